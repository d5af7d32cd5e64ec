//! The new-plan form.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Paragraph};

use super::popups::render_labelled_field;
use crate::i18n::fill;
use crate::sanitize;
use crate::tui::app::App;
use crate::tui::forms::{SetupField, SetupForm};

/// Draws the form in `area`.
pub fn render(app: &App<'_>, form: &SetupForm, frame: &mut Frame<'_>, area: Rect) {
    let s = app.strings();
    let theme = app.theme;
    let block = Block::default()
        .borders(Borders::ALL)
        .border_style(theme.pane(true))
        .title(Span::styled(
            format!(" {} ", s.setup_title),
            theme.pane(true),
        ));
    let inner = block.inner(area);
    frame.render_widget(block, area);
    let [intro, _, name, organisation, kind, hosting, _, error] =
        inner.layout(&Layout::vertical([
            Constraint::Length(1),
            Constraint::Length(1),
            Constraint::Length(1),
            Constraint::Length(1),
            Constraint::Length(1),
            Constraint::Length(1),
            Constraint::Length(1),
            Constraint::Length(1),
        ]));
    let path = app.plan_path.display().to_string();
    frame.render_widget(
        Paragraph::new(fill(s.setup_path, &[&sanitize::line(&path)])),
        intro,
    );
    render_labelled_field(
        s.project_name,
        &form.name,
        form.field == SetupField::Name,
        theme,
        frame,
        name,
        s.colon,
    );
    render_labelled_field(
        s.organisation,
        &form.organisation,
        form.field == SetupField::Organisation,
        theme,
        frame,
        organisation,
        s.colon,
    );
    let choice = |label: &str, value: Option<&str>, focused: bool| {
        let style = if focused {
            theme.pane(true)
        } else {
            theme.label()
        };
        let shown = value.unwrap_or(s.not_set);
        let value_style = if focused {
            theme.selected(true)
        } else if value.is_none() {
            theme.dim()
        } else {
            Default::default()
        };
        Line::from(vec![
            Span::styled(format!("{label}{}", s.colon), style),
            Span::styled(format!("‹ {shown} ›"), value_style),
        ])
    };
    frame.render_widget(
        Paragraph::new(choice(
            s.project_kind,
            form.kind.map(|i| s.project_kinds[i]),
            form.field == SetupField::Kind,
        )),
        kind,
    );
    frame.render_widget(
        Paragraph::new(choice(
            s.hosting_target,
            form.hosting.map(|i| s.hosting_targets[i]),
            form.field == SetupField::Hosting,
        )),
        hosting,
    );
    if let Some(message) = &form.error {
        frame.render_widget(
            Paragraph::new(Span::styled(message.clone(), theme.error())),
            error,
        );
    }
}

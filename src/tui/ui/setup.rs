//! The new-plan form.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Margin, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Paragraph, Wrap};

use super::popups::render_labelled_field;
use crate::i18n::fill;
use crate::sanitize;
use crate::tui::app::App;
use crate::tui::forms::{SetupField, SetupForm};

/// Draws the form, centred in `area`.
pub fn render(app: &App<'_>, form: &SetupForm, frame: &mut Frame<'_>, area: Rect) {
    let s = app.strings();
    let theme = app.theme;
    let area = area.centered(Constraint::Max(90), Constraint::Max(13));
    let block = Block::default()
        .borders(Borders::ALL)
        .border_style(theme.pane(true))
        .title(Span::styled(
            format!(" {} ", s.setup_title),
            theme.pane(true),
        ));
    let inner = block.inner(area).inner(Margin::new(2, 1));
    frame.render_widget(block, area);
    // The message, last, takes the lines left: a long one wraps.
    let mut rows = [Constraint::Length(1); 9];
    rows[8] = Constraint::Fill(1);
    let [intro, _, name, organisation, kind, hosting, _, hint, error] =
        inner.layout(&Layout::vertical(rows));

    let labels = [
        s.project_name,
        s.organisation,
        s.project_kind,
        s.hosting_target,
    ];
    let width = labels.iter().map(|l| l.chars().count()).max().unwrap_or(0);
    let pad = |label: &str| format!("{label:<width$}");

    let path = app.plan_path.display().to_string();
    frame.render_widget(
        Paragraph::new(fill(s.setup_path, &[&sanitize::line(&path)])),
        intro,
    );
    render_labelled_field(
        &pad(s.project_name),
        &form.name,
        form.field == SetupField::Name,
        theme,
        frame,
        name,
        s.colon,
    );
    render_labelled_field(
        &pad(s.organisation),
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
            Span::styled(format!("{}{}", pad(label), s.colon), style),
            Span::styled(format!("‹ {shown} ›"), value_style),
        ])
    };
    let kind_value = form.kind.map(|i| s.project_kinds[i]);
    let hosting_value = form.hosting.map(|i| s.hosting_targets[i]);
    frame.render_widget(
        Paragraph::new(choice(
            s.project_kind,
            kind_value,
            form.field == SetupField::Kind,
        )),
        kind,
    );
    frame.render_widget(
        Paragraph::new(choice(
            s.hosting_target,
            hosting_value,
            form.field == SetupField::Hosting,
        )),
        hosting,
    );
    frame.render_widget(
        Paragraph::new(Span::styled(s.setup_hint, theme.dim())),
        hint,
    );
    if let Some(message) = &form.error {
        frame.render_widget(
            Paragraph::new(Span::styled(message.clone(), theme.error())).wrap(Wrap { trim: true }),
            error,
        );
    }
}

//! Windows drawn over the main screen: editor, help, quit confirmation, warnings; the option list
//! and the decision form are drawn by their screens in `tui/screens/`.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Clear, Paragraph, Wrap};

use crate::tui::app::{App, Editor, Mode, QuitRisk};
use crate::tui::editor::TextField;
use crate::tui::keymap::{self, Screen};
use crate::tui::screens::{choice, decision};
use crate::tui::theme::Theme;

/// Draws the popup of the current mode, if any.
pub fn render(app: &App<'_>, frame: &mut Frame<'_>, area: Rect) {
    match &app.mode {
        Mode::Editing(editor) => render_editor(app, editor, frame, area),
        Mode::Choosing(popup) => choice::render(app, popup, frame, area),
        Mode::Deciding(form) => decision::render(app, form, frame, area),
        Mode::Help => render_help(app, frame, area),
        Mode::ConfirmQuit(risk) => render_confirm(app, *risk, frame, area),
        Mode::Notice(text) => render_notice(app, text, frame, area),
        Mode::Normal | Mode::Setup(_) | Mode::Resources => {}
    }
}

/// A cleared, bordered window of the given size, centred in `area` above the footer.
pub(in crate::tui) fn window(
    frame: &mut Frame<'_>,
    area: Rect,
    width: u16,
    height: u16,
    title: &str,
    theme: Theme,
) -> Rect {
    let usable = Rect {
        height: area.height.saturating_sub(2),
        ..area
    };
    let rect = usable.centered(
        Constraint::Length(width.min(usable.width)),
        Constraint::Length(height.min(usable.height)),
    );
    let block = Block::default()
        .borders(Borders::ALL)
        .border_style(theme.pane(true))
        .title(Span::styled(
            format!(" {} ", crate::sanitize::line(title)),
            theme.pane(true),
        ));
    let inner = block.inner(rect);
    frame.render_widget(Clear, rect);
    frame.render_widget(block, rect);
    inner
}

fn render_editor(app: &App<'_>, editor: &Editor, frame: &mut Frame<'_>, area: Rect) {
    let width = area.width * 4 / 5;
    // The message under the text takes the lines it needs once wrapped, up to four.
    let message = editor.error.as_ref().map(|error| {
        Paragraph::new(Span::styled(error.clone(), app.theme.error())).wrap(Wrap { trim: true })
    });
    let message_height = message.as_ref().map_or(1, |paragraph| {
        (paragraph.line_count(width.saturating_sub(2)) as u16).clamp(1, 4)
    });
    let height = if editor.field.is_multiline() {
        area.height * 3 / 5
    } else {
        5 + message_height
    };
    let inner = window(frame, area, width, height, &editor.title, app.theme);
    let [text, message_area] = inner.layout(&Layout::vertical([
        Constraint::Fill(1),
        Constraint::Length(message_height),
    ]));
    frame.render_widget(editor.field.widget(), text);
    if let Some(paragraph) = message {
        frame.render_widget(paragraph, message_area);
    }
}

/// A one-line text field after its label.
pub fn render_labelled_field(
    label: &str,
    field: &TextField,
    focused: bool,
    theme: Theme,
    frame: &mut Frame<'_>,
    area: Rect,
    colon: &str,
) {
    let label = format!("{label}{colon}");
    let width = label.chars().count() as u16;
    let style = if focused {
        theme.pane(true)
    } else {
        theme.label()
    };
    frame.render_widget(Paragraph::new(Span::styled(label, style)), area);
    let field_area = Rect {
        x: area.x + width,
        width: area.width.saturating_sub(width),
        ..area
    };
    frame.render_widget(field.widget(), field_area);
}

/// The help, read from the bindings: every key of the main screen on its own row, then the keys
/// of each window on one line.
fn render_help(app: &App<'_>, frame: &mut Frame<'_>, area: Rect) {
    let s = app.strings();
    let stages = app.defs.stages.len();
    let mut rows = keymap::help_rows(Screen::Main, stages, true, s);
    rows.extend(s.help_notes().iter().map(|(k, v)| (k.to_string(), *v)));
    let key_width = rows
        .iter()
        .map(|(k, _)| k.chars().count())
        .max()
        .unwrap_or(0)
        + 2;
    let mut lines = vec![Line::raw(s.help_intro), Line::raw("")];
    lines.extend(rows.into_iter().map(|(keys, label)| {
        Line::from(vec![
            Span::styled(format!("{keys:<key_width$}"), app.theme.key()),
            Span::raw(label),
        ])
    }));
    lines.push(Line::raw(""));
    // The help and the warnings close with any key, as their footers say.
    let others = Screen::ALL
        .into_iter()
        .filter(|s| !matches!(s, Screen::Main | Screen::Help | Screen::Notice));
    for screen in others {
        let mut spans = vec![Span::styled(
            format!("{}{}", (keymap::screen_keys(screen).title)(s), s.colon),
            app.theme.label(),
        )];
        for (index, (keys, label)) in keymap::help_rows(screen, stages, false, s)
            .into_iter()
            .enumerate()
        {
            let separator = if index == 0 { "" } else { " · " };
            spans.push(Span::raw(separator));
            spans.push(Span::styled(keys, app.theme.key()));
            spans.push(Span::raw(format!(" {label}")));
        }
        lines.push(Line::from(spans));
    }
    let width = area.width.saturating_sub(8).min(110);
    let help = Paragraph::new(lines).wrap(Wrap { trim: false });
    // As tall as the rows once wrapped, borders included.
    let height = help.line_count(width.saturating_sub(2)) as u16 + 2;
    let inner = window(frame, area, width, height, s.help_title, app.theme);
    frame.render_widget(help, inner);
}

fn render_confirm(app: &App<'_>, risk: QuitRisk, frame: &mut Frame<'_>, area: Rect) {
    let s = app.strings();
    let question = match risk {
        QuitRisk::UnsavedChanges => s.confirm_quit,
        QuitRisk::DecisionDraft => s.confirm_quit_draft,
    };
    let inner = window(frame, area, 60, 6, s.key_quit, app.theme);
    frame.render_widget(
        Paragraph::new(Span::styled(question, app.theme.error())).wrap(Wrap { trim: true }),
        inner,
    );
}

fn render_notice(app: &App<'_>, text: &str, frame: &mut Frame<'_>, area: Rect) {
    let s = app.strings();
    let width = area.width.saturating_sub(8).min(76);
    let lines = vec![
        Line::styled(crate::sanitize::line(text).into_owned(), app.theme.error()),
        Line::raw(""),
        Line::styled(s.notice_close, app.theme.dim()),
    ];
    let height = Paragraph::new(lines.clone())
        .wrap(Wrap { trim: true })
        .line_count(width.saturating_sub(2)) as u16
        + 2;
    let inner = window(frame, area, width, height, s.notice_title, app.theme);
    frame.render_widget(Paragraph::new(lines).wrap(Wrap { trim: true }), inner);
}

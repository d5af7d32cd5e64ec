//! The question before quitting when quitting would lose something: changes that could not be
//! saved, or a decision form closed before it was recorded. Ctrl-C leaves it asked.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::Span;
use ratatui::widgets::{Paragraph, Wrap};

use super::Next;
use crate::tui::action::{Action, Effect};
use crate::tui::app::App;
use crate::tui::keymap::Resolved;
use crate::tui::ui::popups;

/// What quitting now would lose.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum QuitRisk {
    /// Changes that could not be written to the plan file.
    UnsavedChanges,
    /// A decision form closed before it was recorded.
    DecisionDraft,
    /// A joint session still in progress.
    SessionInProgress,
}

/// What the question before quitting asks of the wizard, about a session in progress.
pub(in crate::tui) enum Confirmed {
    /// End the session first, then quit.
    EndSession,
    /// Quit, leaving the session in progress.
    LeaveSession,
}

/// A key in the question: quit anyway, save elsewhere, end the session or leave it in progress, or
/// stay (any other key). Ctrl-C asks to quit, as the question already does: it stays asked.
pub(in crate::tui) fn key(resolved: Resolved) -> Next<Confirmed> {
    match resolved {
        Resolved::Action(Action::EndSession) => Next::Ask(Confirmed::EndSession),
        Resolved::Action(Action::LeaveSession) => Next::Ask(Confirmed::LeaveSession),
        Resolved::Action(Action::QuitWithoutSaving) => Next::Close(Some(Effect::QuitWithoutSaving)),
        Resolved::Action(Action::SaveElsewhere) => Next::Close(Some(Effect::SaveElsewhere)),
        Resolved::Action(Action::Quit) => Next::Stay,
        _ => Next::Close(None),
    }
}

/// Draws the question.
pub(in crate::tui) fn render(app: &App<'_>, risk: QuitRisk, frame: &mut Frame<'_>, area: Rect) {
    let s = app.strings();
    let question = match risk {
        QuitRisk::UnsavedChanges => s.confirm_quit,
        QuitRisk::DecisionDraft => s.confirm_quit_draft,
        QuitRisk::SessionInProgress => s.session_quit_question,
    };
    let inner = popups::window(frame, area, 64, 7, s.key_quit, app.theme);
    frame.render_widget(
        Paragraph::new(Span::styled(question, app.theme.error())).wrap(Wrap { trim: true }),
        inner,
    );
}

impl App<'_> {
    /// Does what the question about the session in progress was answered: end it (then quit), or
    /// quit leaving it in progress.
    pub(in crate::tui) fn confirmed(&mut self, confirmed: Confirmed) -> Option<Effect> {
        self.close();
        match confirmed {
            Confirmed::EndSession => {
                self.open_session_end(true);
                None
            }
            Confirmed::LeaveSession => self.quit(false),
        }
    }
}

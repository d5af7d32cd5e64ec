//! From a key to what it does: the screen and the context the bindings look at, then the
//! screen's handler of the resolved action.

use ratatui::crossterm::event::KeyEvent;

use super::{App, Mode, changes_the_plan};
use crate::tui::action::{Action, Effect};
use crate::tui::forms::DecisionField;
use crate::tui::keymap::{self, Ctx, Field, Resolved, Screen};

impl App<'_> {
    /// The screen the keys go to.
    pub fn screen(&self) -> Screen {
        match &self.mode {
            Mode::Setup(_) => Screen::Setup,
            Mode::Normal => Screen::Main,
            Mode::Editing(_) => Screen::Editor,
            Mode::Choosing(_) => Screen::Choice,
            Mode::Deciding(_) => Screen::Decision,
            Mode::Help => Screen::Help,
            Mode::Resources => Screen::Resources,
            Mode::ConfirmQuit(_) => Screen::Confirm,
            Mode::Notice(_) => Screen::Notice,
        }
    }

    /// What the bindings' conditions look at.
    pub fn key_context(&self) -> Ctx {
        let mut ctx = Ctx {
            focus: self.focus(),
            stages: self.defs.stages.len(),
            ..Ctx::default()
        };
        match &self.mode {
            Mode::Editing(editor) => ctx.multiline = editor.field.is_multiline(),
            Mode::Choosing(popup) => ctx.multi = popup.multi,
            Mode::Deciding(form) => {
                ctx.field = match form.field {
                    DecisionField::Status | DecisionField::By => Field::Choice,
                    DecisionField::Name => Field::Line,
                    DecisionField::Rationale => Field::Long,
                };
                ctx.changed = form.is_changed();
            }
            _ => {}
        }
        ctx
    }

    pub(super) fn handle_key(&mut self, key: KeyEvent) -> Option<Effect> {
        let resolved = keymap::resolve(self.screen(), key, &self.key_context());
        match std::mem::replace(&mut self.mode, Mode::Normal) {
            Mode::Normal => {
                let Resolved::Action(action) = resolved else {
                    return None;
                };
                self.message = None;
                if changes_the_plan(action) && self.refuse_if_read_only() {
                    return None;
                }
                self.update(action)
            }
            Mode::Setup(form) => self.setup_key(form, resolved, key),
            Mode::Editing(editor) => self.editor_key(editor, resolved, key),
            Mode::Choosing(popup) => self.choice_key(popup, resolved),
            Mode::Deciding(form) => self.decision_key(form, resolved, key),
            Mode::Resources => self.resources_key(resolved),
            // Ctrl-C asks to quit, as this question already does: it stays asked.
            Mode::ConfirmQuit(risk) => match resolved {
                Resolved::Action(Action::QuitWithoutSaving) => Some(Effect::QuitWithoutSaving),
                Resolved::Action(Action::SaveElsewhere) => Some(Effect::SaveElsewhere),
                Resolved::Action(Action::Quit) => {
                    self.mode = Mode::ConfirmQuit(risk);
                    None
                }
                _ => None,
            },
            Mode::Help | Mode::Notice(_) => match resolved {
                Resolved::Action(Action::Quit) => self.update(Action::Quit),
                _ => None,
            },
        }
    }

    fn resources_key(&mut self, resolved: Resolved) -> Option<Effect> {
        let count = self.resources.entry_row.len();
        let Resolved::Action(action) = resolved else {
            self.mode = Mode::Resources;
            return None;
        };
        let step = match action {
            Action::Move(step) => step,
            Action::First => -(count as isize),
            Action::Last => count as isize,
            Action::Close => return None,
            Action::Quit => return self.update(Action::Quit),
            action => {
                self.mode = Mode::Resources;
                return match action {
                    Action::Cycle if self.refuse_if_read_only() => None,
                    Action::Cycle => self.toggle_acquired(),
                    Action::Save => Some(Effect::SaveNow),
                    action => self.update(action),
                };
            }
        };
        if count > 0 {
            self.ui.resource =
                (self.ui.resource as isize + step).clamp(0, count as isize - 1) as usize;
        }
        self.mode = Mode::Resources;
        None
    }
}

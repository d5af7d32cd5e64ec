//! From a key to what it does: the screen and the context the bindings look at, then the
//! screen's handler of the resolved action.

use ratatui::crossterm::event::KeyEvent;

use super::{App, Mode, changes_the_plan};
use crate::tui::action::{Action, Effect};
use crate::tui::keymap::{self, Ctx, Field, Resolved, Screen};
use crate::tui::screens::decision::DecisionField;

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

    /// A key: the window's state goes to its handler, which says what is shown next.
    pub(super) fn handle_key(&mut self, key: KeyEvent) -> Option<Effect> {
        let resolved = keymap::resolve(self.screen(), key, &self.key_context());
        // While a handler runs, the main screen is shown: a window stays open only if its handler
        // gives it back in what it returns.
        let next = match std::mem::replace(&mut self.mode, Mode::Normal) {
            Mode::Normal => self.main_key(resolved),
            Mode::Setup(form) => self.setup_key(form, resolved, key),
            Mode::Editing(editor) => self.editor_key(editor, resolved, key),
            Mode::Choosing(popup) => self.choice_key(popup, resolved),
            Mode::Deciding(form) => self.decision_key(form, resolved, key),
            Mode::Resources => self.resources_key(resolved),
            // Ctrl-C asks to quit, as this question already does: it stays asked.
            Mode::ConfirmQuit(risk) => match resolved {
                Resolved::Action(Action::QuitWithoutSaving) => {
                    Next::main(Some(Effect::QuitWithoutSaving))
                }
                Resolved::Action(Action::SaveElsewhere) => Next::main(Some(Effect::SaveElsewhere)),
                Resolved::Action(Action::Quit) => Next::stay(Mode::ConfirmQuit(risk)),
                _ => Next::main(None),
            },
            Mode::Help | Mode::Notice(_) => match resolved {
                Resolved::Action(Action::Quit) => Next::quit(),
                _ => Next::main(None),
            },
        };
        self.follow(next)
    }

    /// Shows what a handler said comes next, and carries out what it asked for.
    fn follow(&mut self, next: Next) -> Option<Effect> {
        match next {
            Next::Show(mode, effect) => {
                self.mode = mode;
                effect
            }
            Next::Then(mode, action) => {
                self.mode = mode;
                self.update(action)
            }
        }
    }

    /// A key on the main screen: its action, unless it would change a plan opened read-only.
    fn main_key(&mut self, resolved: Resolved) -> Next {
        let Resolved::Action(action) = resolved else {
            return Next::main(None);
        };
        self.message = None;
        if changes_the_plan(action) && self.refuse_if_read_only() {
            return Next::main(None);
        }
        Next::Then(Mode::Normal, action)
    }

    fn resources_key(&mut self, resolved: Resolved) -> Next {
        let count = self.resources.entry_row.len();
        let Resolved::Action(action) = resolved else {
            return Next::stay(Mode::Resources);
        };
        let step = match action {
            Action::Move(step) => step,
            Action::First => -(count as isize),
            Action::Last => count as isize,
            Action::Close => return Next::main(None),
            Action::Quit => return Next::quit(),
            Action::Cycle if self.refuse_if_read_only() => return Next::stay(Mode::Resources),
            Action::Cycle => return Next::Show(Mode::Resources, self.toggle_acquired()),
            Action::Save => return Next::Show(Mode::Resources, Some(Effect::SaveNow)),
            action => return Next::Then(Mode::Resources, action),
        };
        if count > 0 {
            self.ui.resource =
                (self.ui.resource as isize + step).clamp(0, count as isize - 1) as usize;
        }
        Next::stay(Mode::Resources)
    }
}

/// What follows a key, as its screen's handler says: the screen shown next, and what to do then.
pub(in crate::tui) enum Next {
    /// This screen is shown (the window as the handler changed it, another one, or the main
    /// screen), and the effect is carried out.
    Show(Mode, Option<Effect>),
    /// This screen is shown, then the main screen's action runs (it may open a window).
    Then(Mode, Action),
}

impl Next {
    /// This screen stays (or comes) on, with nothing more to do.
    pub(in crate::tui) fn stay(mode: Mode) -> Next {
        Next::Show(mode, None)
    }

    /// Back to the main screen, with this effect.
    pub(in crate::tui) fn main(effect: Option<Effect>) -> Next {
        Next::Show(Mode::Normal, effect)
    }

    /// Back to the main screen, then quit as Ctrl-C does there.
    pub(in crate::tui) fn quit() -> Next {
        Next::Then(Mode::Normal, Action::Quit)
    }
}

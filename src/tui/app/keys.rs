//! From a key to what it does: the screen and the context the bindings look at, then the shown
//! screen's handler, given its own state by `&mut`, and what it says comes next.

use ratatui::crossterm::event::KeyEvent;

use super::{App, Mode, View};
use crate::tui::action::{Action, Effect};
use crate::tui::editor::tell_overflow;
use crate::tui::keymap::{self, Ctx, Field, Resolved, Screen};
use crate::tui::screens::confirm::QuitRisk;
use crate::tui::screens::decision::{Checks, DecisionField};
use crate::tui::screens::member::{self, MemberField};
use crate::tui::screens::{Never, Next, confirm, notice};
use crate::tui::ui::footer;

impl App<'_> {
    /// The screen the keys go to.
    pub fn screen(&self) -> Screen {
        match &self.mode {
            Mode::Setup(_) => Screen::Setup,
            Mode::Normal => match self.ui.view {
                View::Panes => Screen::Main,
                View::Presenter => Screen::Presenter,
                View::Review => Screen::Review,
            },
            Mode::Editing(_) => Screen::Editor,
            Mode::Choosing(_) | Mode::Resolving(_) => Screen::Choice,
            Mode::Deciding(_) => Screen::Decision,
            Mode::Session(_) => Screen::Session,
            Mode::EndingSession(_) => Screen::SessionEnd,
            Mode::Help(_) => Screen::Help,
            Mode::Resources => Screen::Resources,
            Mode::Summary(_) => Screen::Summary,
            Mode::Team => Screen::Team,
            Mode::Member(_) => Screen::Member,
            Mode::RemoveMember(_) => Screen::RemoveMember,
            Mode::ConfirmQuit(_) => Screen::Confirm,
            Mode::Notice(_) => Screen::Notice,
        }
    }

    /// What the bindings' conditions look at, with the terminal as wide as the last frame.
    pub fn key_context(&self) -> Ctx {
        self.key_context_at(self.ui.drawn.width)
    }

    /// What the bindings' conditions look at, on a terminal `width` columns wide.
    pub fn key_context_at(&self, width: u16) -> Ctx {
        let mut ctx = Ctx {
            focus: self.focus(),
            stages: self.defs.stages.len(),
            message_cut: footer::message_is_cut(self, width),
            read_only: self.read_only().is_some(),
            session: self.plan.session_in_progress().is_some(),
            conflicts: !self.plan.conflicts.is_empty(),
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
            Mode::Session(form) => {
                ctx.field = form.field_kind();
                ctx.row = form.focused_row().is_some();
                ctx.session = form.in_progress;
            }
            Mode::EndingSession(form) => {
                ctx.field = form.field_kind();
                ctx.row = form.focused_row().is_some();
            }
            Mode::ConfirmQuit(risk) => ctx.session_question = *risk == QuitRisk::SessionInProgress,
            Mode::Member(form) => {
                ctx.field = match form.field {
                    MemberField::Name => Field::Line,
                    MemberField::Role => Field::Choice,
                };
            }
            _ => {}
        }
        ctx
    }

    /// A key: the shown screen's handler changes its own state and says what comes next, which
    /// the wizard then carries out.
    pub(super) fn handle_key(&mut self, key: KeyEvent) -> Option<Effect> {
        let resolved = keymap::resolve(self.screen(), key, &self.key_context());
        // The one place where a read-only plan refuses a change, whatever the screen.
        if let Resolved::Action(action) = resolved
            && action.changes_the_plan()
            && self.refuse_if_read_only()
        {
            return None;
        }
        let strings = self.strings();
        match &mut self.mode {
            Mode::Normal => self.main_key(resolved),
            Mode::Setup(form) => {
                let next = form.key(resolved, key, strings, self.defs, &self.plan);
                self.follow(next, Self::create_plan)
            }
            Mode::Editing(editor) => {
                let next = editor.key(resolved, key, strings);
                self.follow(next, Self::leave_editor)
            }
            Mode::Choosing(list) => {
                let next = list.key(resolved);
                self.follow(next, Self::pick)
            }
            Mode::Resolving(choice) => {
                let next = choice.key(resolved);
                self.follow(next, Self::resolve_conflict)
            }
            Mode::Deciding(form) => {
                let checks = Checks {
                    defs: self.defs,
                    plan: &self.plan,
                    lang: self.lang,
                    today: self.clock.today(),
                };
                let next = form.key(resolved, key, checks);
                self.follow(next, Self::decided)
            }
            Mode::Session(form) => {
                let next = form.key(resolved, key, self.plan.session_in_progress(), strings);
                self.follow(next, Self::record_session)
            }
            Mode::EndingSession(form) => {
                let now = self.clock.time();
                let ending = self
                    .plan
                    .session_in_progress()
                    .map(|session| (session, now));
                let next = form.key(resolved, key, ending, strings);
                self.follow(next, Self::end_session)
            }
            Mode::Resources => {
                let next = self.resources.key(resolved);
                self.follow(next, Self::resources_asked)
            }
            Mode::Team => {
                let (rows, items) = self.team_counts();
                let next = self.team.key(resolved, rows, items);
                self.follow_back(next, Mode::Resources, Self::team_asked)
            }
            Mode::Member(form) => {
                let next = form.key(resolved, key, strings);
                self.follow_back(next, Mode::Team, Self::save_member)
            }
            Mode::RemoveMember(_) => {
                let next = member::remove_key(resolved);
                self.follow_back(next, Mode::Team, Self::remove_member)
            }
            Mode::Summary(summary) => {
                let next = summary.key(resolved, self.ui.drawn.summary_view);
                self.follow(next, Self::go_to_blocker)
            }
            Mode::Help(help) => {
                let next = help.key(resolved, self.ui.drawn.help_max_scroll);
                self.show(next)
            }
            Mode::Notice(_) => {
                let effect = self.show(notice::key(resolved));
                self.after_notice(effect)
            }
            Mode::ConfirmQuit(_) => {
                let next = confirm::key(resolved);
                self.follow(next, Self::confirmed)
            }
        }
    }

    /// Carries out what a window's handler said comes next; `ask` does what the window asked.
    fn follow<A>(
        &mut self,
        next: Next<A>,
        ask: impl FnOnce(&mut Self, A) -> Option<Effect>,
    ) -> Option<Effect> {
        match next {
            Next::Stay => None,
            Next::Under(action) => self.update(action),
            Next::Close(effect) => {
                self.close();
                effect
            }
            Next::Quit => {
                self.close();
                self.update(Action::Quit)
            }
            Next::Ask(asked) => ask(self, asked),
        }
    }

    /// Carries out what a window's handler said comes next, the window going back to `back` when
    /// it closes instead of to the main screen.
    fn follow_back<A>(
        &mut self,
        next: Next<A>,
        back: Mode,
        ask: impl FnOnce(&mut Self, A) -> Option<Effect>,
    ) -> Option<Effect> {
        match next {
            Next::Close(effect) => {
                self.mode = back;
                effect
            }
            next => self.follow(next, ask),
        }
    }

    /// Carries out what the handler of a window that asks nothing said comes next.
    fn show(&mut self, next: Next) -> Option<Effect> {
        self.follow(next, |_, never: Never| match never {})
    }

    /// Closes the shown window, back to the main screen, and gives the window back (a decision
    /// form closed is kept as a draft).
    pub(in crate::tui) fn close(&mut self) -> Mode {
        std::mem::replace(&mut self.mode, Mode::Normal)
    }

    /// Inserts pasted text into the open editor or the focused field of a form; what did not fit
    /// is said under it.
    pub(super) fn paste(&mut self, text: &str) {
        let strings = self.strings();
        let (result, error) = match &mut self.mode {
            Mode::Editing(editor) => (editor.field.paste(text), &mut editor.error),
            Mode::Deciding(form) => match form.focused_text() {
                Some(field) => (field.paste(text), &mut form.error),
                None => return,
            },
            Mode::Setup(form) => match form.focused_text() {
                Some(field) => (field.paste(text), &mut form.error),
                None => return,
            },
            Mode::Session(form) => match form.focused_text() {
                Some(field) => (field.paste(text), &mut form.error),
                None => return,
            },
            Mode::EndingSession(form) => (form.focused_text().paste(text), &mut form.error),
            Mode::Member(form) if form.field == MemberField::Name => {
                (form.name.paste(text), &mut form.error)
            }
            _ => return,
        };
        tell_overflow(result, error, strings);
    }
}

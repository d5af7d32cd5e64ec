//! The main screen's update: the stage sheet, the criteria and the questions, and the windows
//! its keys open. Its state is [`UiState`](crate::tui::app::UiState); its drawing is `tui/ui/`.

use super::decision::DecisionForm;
use super::help::Help;
use super::notice::Notice;
use super::session::side_label;
use super::step_within;
use super::summary::Summary;
use crate::definitions::QuestionKind;
use crate::i18n::fill;
use crate::plan::{AnswerValue, Side};
use crate::tui::action::{Action, Effect};
use crate::tui::app::{App, Mode, Pane, View};
use crate::tui::history::Way;
use crate::tui::keymap::Resolved;
use crate::tui::screens::confirm::QuitRisk;

impl App<'_> {
    /// A key on the main screen: its action, in the view shown.
    pub(in crate::tui) fn main_key(&mut self, resolved: Resolved) -> Option<Effect> {
        let Resolved::Action(action) = resolved else {
            return None;
        };
        // The message line shows one key's outcome; reading it whole keeps it.
        if action != Action::ReadMessage {
            self.message = None;
        }
        match self.ui.view {
            View::Panes => self.update(action),
            View::Presenter => self.presenter_action(action),
            View::Review => self.review_action(action),
        }
    }

    /// Applies an action of the main screen.
    pub fn update(&mut self, action: Action) -> Option<Effect> {
        match action {
            Action::Move(step) => self.move_selection(step),
            Action::First => self.move_selection(isize::MIN / 2),
            Action::Last => self.move_selection(isize::MAX / 2),
            Action::StageBy(step) => {
                let last = self.defs.stages.len() as isize - 1;
                let target = (self.ui.stage as isize + step).clamp(0, last) as usize;
                self.go_to_stage(target);
            }
            Action::StageJump(index) => self.go_to_stage(index),
            Action::PaneNext => self.cycle_pane(1),
            Action::PanePrev => self.cycle_pane(-1),
            Action::Cycle => return self.cycle(),
            Action::Edit => self.edit(),
            Action::EditNote => self.edit_note(false),
            Action::EditInterviewerNote => self.edit_note(true),
            Action::Decide => {
                let stage = self.ui.stage;
                let form = self.ui.decision_drafts[stage].take().unwrap_or_else(|| {
                    DecisionForm::new(
                        stage,
                        &self.plan.decisions(&self.stage().id),
                        self.keyboard_side(),
                    )
                });
                self.mode = Mode::Deciding(form);
            }
            Action::ResolveConflict => self.open_conflict(),
            Action::Help => self.mode = Mode::Help(Help::default()),
            Action::Presenter => self.open_presenter(),
            Action::Review => self.open_review(),
            Action::Resources => self.mode = Mode::Resources,
            Action::Session => self.open_session(),
            Action::SwitchTyping => self.switch_typing(),
            Action::Summary => self.mode = Mode::Summary(Summary::open(self)),
            Action::ReadMessage => {
                if let Some(message) = &self.message {
                    self.mode = Mode::Notice(Notice::message(message, self.strings()));
                }
            }
            Action::Save => return Some(Effect::SaveNow),
            Action::SaveElsewhere => return Some(Effect::SaveElsewhere),
            Action::Reload if self.disk.changed_on_disk() || self.read_only().is_some() => {
                return Some(Effect::Reload);
            }
            Action::Reload => {}
            Action::Close
            | Action::Team
            | Action::Add
            | Action::Remove
            | Action::Confirm
            | Action::Tick
            | Action::Page(_)
            | Action::Field(_)
            | Action::Change(_)
            | Action::Type
            | Action::Item(_)
            | Action::Filter
            | Action::AddRow
            | Action::RemoveRow
            | Action::EndSession
            | Action::LeaveSession
            | Action::QuitWithoutSaving => {}
            Action::Undo => return self.step(Way::Undo),
            Action::Redo => return self.step(Way::Redo),
            Action::Quit => return self.quit(true),
        }
        None
    }

    /// Quits, first asking whether to end the joint session in progress (if `ask_session`), then
    /// about decision forms closed before they were recorded.
    pub(in crate::tui) fn quit(&mut self, ask_session: bool) -> Option<Effect> {
        let session =
            ask_session && self.read_only().is_none() && self.plan.session_in_progress().is_some();
        if session {
            self.mode = Mode::ConfirmQuit(QuitRisk::SessionInProgress);
        } else if self.ui.decision_drafts.iter().any(Option::is_some) {
            self.mode = Mode::ConfirmQuit(QuitRisk::DecisionDraft);
        } else {
            return Some(Effect::Quit);
        }
        None
    }

    /// `w`: the other side types from now on, during a session.
    fn switch_typing(&mut self) {
        let strings = self.strings();
        if self.plan.session_in_progress().is_none() {
            self.inform(strings.session_none.to_string(), false);
            return;
        }
        self.typing = match self.typing {
            Side::ProjectTeam => Side::ServiceTeam,
            Side::ServiceTeam => Side::ProjectTeam,
        };
        let text = fill(
            strings.session_typing_now,
            &[&side_label(strings, self.typing)],
        );
        self.inform(text, false);
    }

    /// Moves the focused list's selection by `step` rows, or scrolls the sheet.
    fn move_selection(&mut self, step: isize) {
        let stage = self.ui.stage;
        let (selected, count) = match self.ui.focus {
            Pane::Sheet => {
                let max = self.ui.drawn.sheet_max_scroll;
                let next = (self.ui.sheet_scroll as isize).saturating_add(step).max(0) as usize;
                self.ui.sheet_scroll = next.min(max);
                return;
            }
            Pane::Criteria => (
                &mut self.ui.criterion[stage],
                self.rows[stage].criteria.item_count(),
            ),
            Pane::Questions => (
                &mut self.ui.question[stage],
                self.rows[stage].questions.item_count(),
            ),
        };
        *selected = step_within(*selected, count, step);
    }

    /// Shows the stage of `index`, its sheet and lists from the top.
    pub(in crate::tui) fn go_to_stage(&mut self, index: usize) {
        if index == self.ui.stage || index >= self.defs.stages.len() {
            return;
        }
        self.ui.stage = index;
        self.ui.sheet_scroll = 0;
        self.ui.drawn.criteria_offset = 0;
        self.ui.drawn.questions_offset = 0;
        if self.ui.focus == Pane::Questions && self.rows[index].questions.item_count() == 0 {
            self.ui.focus = Pane::Criteria;
            self.ui.detail = Pane::Criteria;
        }
    }

    /// The panes Tab goes through: the questions only where the stage has some.
    fn panes(&self) -> Vec<Pane> {
        let mut panes = vec![Pane::Sheet, Pane::Criteria];
        if self.rows[self.ui.stage].questions.item_count() > 0 {
            panes.push(Pane::Questions);
        }
        panes
    }

    /// Focuses the pane `step` places on, wrapping around.
    fn cycle_pane(&mut self, step: isize) {
        let panes = self.panes();
        let at = panes.iter().position(|p| *p == self.ui.focus).unwrap_or(0);
        let next = (at as isize + step).rem_euclid(panes.len() as isize) as usize;
        self.ui.focus = panes[next];
        if self.ui.focus != Pane::Sheet {
            self.ui.detail = self.ui.focus;
        }
    }

    /// Space: the focused criterion's next status, or the focused yes/no answer's next value.
    fn cycle(&mut self) -> Option<Effect> {
        match self.ui.focus {
            Pane::Criteria => {
                let index = self.selected_criterion()?;
                self.change_criterion(index, |record| record.status = record.status.next());
                self.answered()
            }
            Pane::Questions => {
                let (_, question) = self.selected_question()?;
                if question.question.kind != QuestionKind::YesNo {
                    return None;
                }
                self.change_answer(question, |record| {
                    record.value = match record.value {
                        None
                        | Some(
                            AnswerValue::Text(_)
                            | AnswerValue::Integer(_)
                            | AnswerValue::Number(_)
                            | AnswerValue::List(_),
                        ) => Some(AnswerValue::Bool(true)),
                        Some(AnswerValue::Bool(true)) => Some(AnswerValue::Bool(false)),
                        Some(AnswerValue::Bool(false)) => None,
                    };
                });
                self.answered()
            }
            Pane::Sheet => None,
        }
    }
}

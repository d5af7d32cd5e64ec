//! The wizard's state and its update: events in, plan and screen state changed, effects out.

use std::path::PathBuf;
use std::sync::OnceLock;

use jiff::civil::Date;
use jiff::tz::TimeZone;
use jiff::{Timestamp, Zoned};
use ratatui::crossterm::event::{Event, KeyEventKind};

use super::action::{Action, Effect};
use super::editor::TextField;
use super::history::{History, Way};
use super::keymap::Focus;
use super::resources::{Entry, ResourceRows};
use super::rows::{self, Rows};
use super::screens::choice::ChoicePopup;
use super::screens::decision::DecisionForm;
use super::screens::setup::SetupForm;
use crate::definitions::{Definitions, QuestionKind, QuestionRef};
use crate::i18n::{Lang, Strings, fill};
use crate::plan::{
    AnswerValue, Change, DecisionStatus, Holder, OnDisk, Orphan, Plan, Seal, Side, StageProgress,
    orphans, stage_progress,
};
use crate::sanitize;

mod changes;
mod keys;
mod modal;
mod saving;

pub(super) use keys::Next;

/// The panes of the main screen, in Tab order.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Pane {
    /// The stage sheet (objective, steps, contacts…).
    Sheet,
    /// The go/no-go criteria.
    Criteria,
    /// The questionnaire questions.
    Questions,
}

/// What an open editor writes to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EditTarget {
    /// The note on criterion `criterion` of the current stage.
    CriterionNote {
        /// Index in the stage's criteria.
        criterion: usize,
        /// The interviewer's note rather than the team's.
        interviewer: bool,
    },
    /// The answer to question `question` of the current stage.
    Answer {
        /// Index in the stage's questions.
        question: usize,
    },
    /// The note on question `question` of the current stage.
    AnswerNote {
        /// Index in the stage's questions.
        question: usize,
        /// The interviewer's note rather than the team's.
        interviewer: bool,
    },
}

/// An open text editor.
pub struct Editor {
    /// What the text is written to.
    pub target: EditTarget,
    /// The editor's title.
    pub title: String,
    /// The text being edited.
    pub field: TextField,
    /// Why the text was refused, if it was.
    pub error: Option<String>,
}

/// What the screen is doing.
pub enum Mode {
    /// Asking for the project's name before the plan exists.
    Setup(SetupForm),
    /// The main screen.
    Normal,
    /// A text editor is open.
    Editing(Editor),
    /// A list of options is open.
    Choosing(ChoicePopup),
    /// The decision form is open.
    Deciding(DecisionForm),
    /// The help screen is shown.
    Help,
    /// The offer and training screen is shown.
    Resources,
    /// Quitting would lose something: waiting for confirmation.
    ConfirmQuit(QuitRisk),
    /// A warning the user must see before going on; any key closes it.
    Notice(String),
}

/// What quitting now would lose.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum QuitRisk {
    /// Changes that could not be written to the plan file.
    UnsavedChanges,
    /// A decision form closed before it was recorded.
    DecisionDraft,
}

/// Where the program gets the date and time (fixed in tests).
#[derive(Debug, Clone)]
pub enum Clock {
    /// The system clock, in the local time zone.
    System,
    /// Always this instant.
    Fixed(Zoned),
}

impl Clock {
    fn now(&self) -> Zoned {
        match self {
            Clock::System => Timestamp::now().to_zoned(local_zone()),
            Clock::Fixed(at) => at.clone(),
        }
    }

    /// Today's date.
    pub fn today(&self) -> Date {
        self.now().date()
    }

    /// The time of day, as the header shows it.
    pub fn time_label(&self) -> String {
        self.now().strftime("%H:%M:%S").to_string()
    }
}

/// The local time zone. Without `TZ`, it is read from `/etc/localtime` alone: jiff's own lookup
/// would first list every zone of `/usr/share/zoneinfo`, a few milliseconds at start-up.
pub fn local_zone() -> TimeZone {
    static LOCAL: OnceLock<TimeZone> = OnceLock::new();
    LOCAL
        .get_or_init(|| {
            std::env::var_os("TZ")
                .is_none()
                .then(|| std::fs::read("/etc/localtime").ok())
                .flatten()
                .and_then(|data| TimeZone::tzif("localtime", &data).ok())
                .unwrap_or_else(TimeZone::system)
        })
        .clone()
}

/// How the plan stands on disk.
#[derive(Debug, Clone, Default)]
pub struct SaveStatus {
    /// When it was last written (time of day).
    pub last_saved: Option<String>,
    /// Changes not on disk yet.
    pub dirty: bool,
    /// Why the last save failed.
    pub error: Option<String>,
}

/// A line of feedback under the panes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Message {
    /// What to say.
    pub text: String,
    /// Shown as an error.
    pub is_error: bool,
}

/// Screen state that is not part of the plan.
pub struct UiState {
    /// Index of the shown stage.
    pub stage: usize,
    /// The focused pane.
    pub focus: Pane,
    /// The list whose item the detail pane shows.
    pub detail: Pane,
    /// Per stage, the selected criterion.
    pub criterion: Vec<usize>,
    /// Per stage, the selected question.
    pub question: Vec<usize>,
    /// Lines scrolled in the sheet.
    pub sheet_scroll: usize,
    /// Per stage, a decision form closed before it was recorded.
    pub decision_drafts: Vec<Option<DecisionForm>>,
    /// The selected entry of the resources screen.
    pub resource: usize,
    /// What the last frame laid out, stored by the event loop after each draw.
    pub drawn: Drawn,
}

/// What a frame laid out that the next keys depend on. Drawing only reads the state: it returns
/// this, and whoever drew stores it in [`UiState::drawn`] before the next key.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Drawn {
    /// The most the sheet can scroll.
    pub sheet_max_scroll: usize,
    /// The sheet's height once wrapped, and what it was wrapped for (counting it wraps the whole
    /// sheet, the dearest part of a frame, so it is done again only when the shape changes).
    pub sheet_height: Option<(SheetShape, usize)>,
    /// First row shown in the criteria list.
    pub criteria_offset: usize,
    /// First row shown in the questions list.
    pub questions_offset: usize,
    /// First row shown on the resources screen.
    pub resources_offset: usize,
}

impl Default for Drawn {
    /// Nothing drawn yet: the sheet may scroll as far as it likes until it is measured.
    fn default() -> Self {
        Drawn {
            sheet_max_scroll: usize::MAX,
            sheet_height: None,
            criteria_offset: 0,
            questions_offset: 0,
            resources_offset: 0,
        }
    }
}

/// What the stage sheet's wrapped height depends on, the definitions and language aside.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SheetShape {
    /// Index of the stage shown.
    pub stage: usize,
    /// Columns inside the sheet's border.
    pub width: u16,
    /// The stage is locked (the sheet then opens with a notice).
    pub locked: bool,
}

/// The list rows of one stage, built once.
pub struct StageRows<'d> {
    /// Criteria under their group headings.
    pub criteria: Rows<'d>,
    /// Questions under their questionnaire and section headings.
    pub questions: Rows<'d>,
}

/// The wizard.
pub struct App<'d> {
    /// The definitions, read-only.
    pub defs: &'d Definitions,
    /// The team's plan.
    pub plan: Plan,
    /// Where the plan is saved.
    pub plan_path: PathBuf,
    /// Interface language.
    pub lang: Lang,
    /// Screen state.
    pub ui: UiState,
    /// What the screen is doing.
    pub mode: Mode,
    /// The plan on disk.
    pub save: SaveStatus,
    /// The plan file's lock, and what was last read or written there.
    pub disk: OnDisk,
    /// Feedback line.
    pub message: Option<Message>,
    /// Date and time source.
    pub clock: Clock,
    /// Rows of each stage's lists.
    pub rows: Vec<StageRows<'d>>,
    /// Rows of the offer and training screen.
    pub resources: ResourceRows<'d>,
    /// Records of the plan that the definitions do not know.
    pub orphans: Vec<Orphan>,
    /// Progress of each stage, counted at start and again for the stage each change touches.
    pub progress: Vec<StageProgress>,
    /// The changes of the sitting, for undo and redo.
    pub history: History,
    /// The plan file exists (false while the setup form is open).
    pub created: bool,
    /// Colours and emphasis.
    pub theme: super::theme::Theme,
}

impl<'d> App<'d> {
    /// The wizard on an existing plan, at the stage the project has reached.
    pub fn new(defs: &'d Definitions, plan: Plan, plan_path: PathBuf, lang: Lang) -> Self {
        let stage_count = defs.stages.len();
        let stage = usize::from(plan.current_stage.max(1) - 1).min(stage_count.saturating_sub(1));
        let rows = (0..stage_count)
            .map(|index| StageRows {
                criteria: rows::criteria_rows(&defs.stages[index]),
                questions: rows::question_rows(defs, index),
            })
            .collect();
        let orphans = orphans(&plan, defs);
        let progress = all_progress(defs, &plan);
        App {
            defs,
            plan,
            plan_path,
            lang,
            ui: UiState {
                stage,
                focus: Pane::Criteria,
                detail: Pane::Criteria,
                criterion: vec![0; stage_count],
                question: vec![0; stage_count],
                sheet_scroll: 0,
                decision_drafts: (0..stage_count).map(|_| None).collect(),
                resource: 0,
                drawn: Drawn::default(),
            },
            mode: Mode::Normal,
            save: SaveStatus::default(),
            disk: OnDisk::default(),
            message: None,
            clock: Clock::System,
            rows,
            resources: ResourceRows::build(defs, lang),
            orphans,
            progress,
            history: History::default(),
            created: true,
            theme: super::theme::Theme::COLOR,
        }
    }

    /// The wizard on a plan that does not exist yet: the setup form comes first.
    pub fn new_plan(defs: &'d Definitions, plan_path: PathBuf, lang: Lang) -> Self {
        let plan = Plan::new(Default::default(), defs);
        let mut app = App::new(defs, plan, plan_path, lang);
        app.mode = Mode::Setup(SetupForm::new());
        app.created = false;
        app
    }

    /// Takes over the plan file as it was opened, and warns about what the user must know first:
    /// another wizard holds the plan (read-only), or the file was cut or changed by hand.
    pub fn attach(&mut self, disk: OnDisk) {
        self.disk = disk;
        let strings = self.strings();
        let notice = match self.read_only() {
            Some(holder) => Some(fill(strings.read_only_notice, &[&holder.describe(strings)])),
            None => self.damage_notice(),
        };
        if let Some(notice) = notice {
            self.mode = Mode::Notice(notice);
        }
        if let Some(text) = self.disk.lock_notice(strings) {
            self.inform(text, true);
        }
    }

    /// The warning about a plan found cut or changed by hand, until a copy of it is kept (never in
    /// a read-only plan, which is not written).
    pub(super) fn damage_notice(&self) -> Option<String> {
        if self.read_only().is_some() {
            return None;
        }
        let strings = self.strings();
        let template = match self.disk.damage()? {
            Seal::Cut => strings.plan_cut_notice,
            _ => strings.plan_altered_notice,
        };
        let path = self.plan_path.display().to_string();
        Some(fill(template, &[&sanitize::line(&path)]))
    }

    /// Who holds the plan, when this wizard opened it read-only.
    pub fn read_only(&self) -> Option<&Holder> {
        self.disk.holder()
    }

    /// The interface's words.
    pub fn strings(&self) -> &'static Strings {
        self.lang.strings()
    }

    /// The side at the keyboard: the service team's during a joint session, the team's otherwise.
    pub fn keyboard_side(&self) -> Side {
        match self.plan.session_in_progress() {
            Some(_) => Side::ServiceTeam,
            None => Side::ProjectTeam,
        }
    }

    /// The shown stage's definition.
    pub fn stage(&self) -> &'d crate::definitions::Stage {
        &self.defs.stages[self.ui.stage]
    }

    /// True when the stage of `index` cannot be entered yet: the previous stage has no go from the
    /// service team.
    pub fn is_locked(&self, index: usize) -> bool {
        index > 0
            && self
                .plan
                .decisions(&self.defs.stages[index - 1].id)
                .counting()
                != DecisionStatus::Go
    }

    /// The question of index `index` among the shown stage's questions.
    pub fn question(&self, index: usize) -> Option<QuestionRef<'d>> {
        self.defs.stage_question(self.ui.stage, index)
    }

    /// The row kind under the focus, for the keymap and the footer.
    pub fn focus(&self) -> Focus {
        match self.ui.focus {
            Pane::Sheet => Focus::Sheet,
            Pane::Criteria if self.stage().criteria.is_empty() => Focus::Nothing,
            Pane::Criteria => Focus::Criterion,
            Pane::Questions => match self.question(self.ui.question[self.ui.stage]) {
                None => Focus::Nothing,
                Some(q) if q.question.kind == QuestionKind::YesNo => Focus::YesNoQuestion,
                Some(_) => Focus::Question,
            },
        }
    }

    /// Handles one terminal event; returns what the loop must do.
    pub fn handle_event(&mut self, event: Event) -> Option<Effect> {
        match event {
            Event::Key(key) if key.kind != KeyEventKind::Release => self.handle_key(key),
            Event::Paste(text) => {
                self.paste(&text);
                None
            }
            _ => None,
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
                return self.go_to_stage(target);
            }
            Action::StageJump(index) => return self.go_to_stage(index),
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
            Action::Help => self.mode = Mode::Help,
            Action::Resources => self.mode = Mode::Resources,
            Action::Save => return Some(Effect::SaveNow),
            Action::SaveElsewhere => return Some(Effect::SaveElsewhere),
            Action::Reload if self.disk.changed_on_disk() || self.read_only().is_some() => {
                return Some(Effect::Reload);
            }
            Action::Reload => {}
            Action::Undo | Action::Redo if self.refuse_if_read_only() => {}
            Action::Close
            | Action::Confirm
            | Action::Tick
            | Action::Field(_)
            | Action::Change(_)
            | Action::Type
            | Action::QuitWithoutSaving => {}
            Action::Undo => return self.step(Way::Undo),
            Action::Redo => return self.step(Way::Redo),
            Action::Quit => {
                if self.ui.decision_drafts.iter().any(Option::is_some) {
                    self.mode = Mode::ConfirmQuit(QuitRisk::DecisionDraft);
                } else {
                    return Some(Effect::Quit);
                }
            }
        }
        None
    }

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
        if count > 0 {
            *selected = (*selected as isize)
                .saturating_add(step)
                .clamp(0, count as isize - 1) as usize;
        }
    }

    fn go_to_stage(&mut self, index: usize) -> Option<Effect> {
        if index == self.ui.stage || index >= self.defs.stages.len() {
            return None;
        }
        self.ui.stage = index;
        self.ui.sheet_scroll = 0;
        self.ui.drawn.criteria_offset = 0;
        self.ui.drawn.questions_offset = 0;
        if self.ui.focus == Pane::Questions && self.rows[index].questions.item_count() == 0 {
            self.ui.focus = Pane::Criteria;
            self.ui.detail = Pane::Criteria;
        }
        None
    }

    fn panes(&self) -> Vec<Pane> {
        let mut panes = vec![Pane::Sheet, Pane::Criteria];
        if self.rows[self.ui.stage].questions.item_count() > 0 {
            panes.push(Pane::Questions);
        }
        panes
    }

    fn cycle_pane(&mut self, step: isize) {
        let panes = self.panes();
        let at = panes.iter().position(|p| *p == self.ui.focus).unwrap_or(0);
        let next = (at as isize + step).rem_euclid(panes.len() as isize) as usize;
        self.ui.focus = panes[next];
        if self.ui.focus != Pane::Sheet {
            self.ui.detail = self.ui.focus;
        }
    }

    /// Marks the plan as changed; the loop saves it (never a read-only plan, whose edits are
    /// refused before they reach here).
    pub(in crate::tui) fn changed(&mut self) -> Option<Effect> {
        if self.read_only().is_some() {
            return None;
        }
        self.save.dirty = true;
        Some(Effect::Save)
    }

    /// In a read-only plan, says that changes are refused and returns true.
    pub(super) fn refuse_if_read_only(&mut self) -> bool {
        let Some(holder) = self.read_only() else {
            return false;
        };
        let text = fill(self.strings().edit_refused, &[&holder.who(self.strings())]);
        self.inform(text, true);
        true
    }

    /// Marks the plan as changed and logs today's self-assessment sitting, unless a joint session
    /// is in progress (the change then belongs to it).
    pub(in crate::tui) fn answered(&mut self) -> Option<Effect> {
        let today = self.clock.today();
        self.plan.note_self_assessment(today);
        self.changed()
    }

    pub(super) fn selected_criterion(&self) -> Option<usize> {
        let index = self.ui.criterion[self.ui.stage];
        (index < self.stage().criteria.len()).then_some(index)
    }

    pub(super) fn selected_question(&self) -> Option<(usize, QuestionRef<'d>)> {
        let index = self.ui.question[self.ui.stage];
        self.question(index).map(|q| (index, q))
    }

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

    pub(super) fn toggle_acquired(&mut self) -> Option<Effect> {
        let Some(Entry::Item(path, item)) = self.resources.entry_at(self.ui.resource) else {
            return None;
        };
        let acquired = !self.plan.is_acquired(&path.id, &item.id);
        self.change(Change::training(&path.id, &item.id, acquired));
        self.answered()
    }

    /// Writes what an open editor holds to the plan, leaving it open, before the wizard is
    /// interrupted (a signal, Ctrl-Z, a panic). An answer that does not parse is kept as typed. An
    /// open option list writes nothing: its ticks count only once confirmed with Enter.
    pub fn commit_open_edit(&mut self) {
        let Mode::Editing(editor) = &self.mode else {
            return;
        };
        let (target, changed, typed) = (editor.target, editor.changed_text(), editor.field.text());
        if self.commit_editor(target, changed).is_err() {
            self.keep_as_typed(target, &typed);
        }
    }

    /// Stores an answer that does not parse (a number still being typed) as text, so that it is not
    /// lost; opening the editor again shows it as it was.
    fn keep_as_typed(&mut self, target: EditTarget, typed: &str) {
        let EditTarget::Answer { question } = target else {
            return;
        };
        let Some(question) = self.question(question) else {
            return;
        };
        let text = sanitize::typed(typed.trim());
        self.change_answer(question, |record| {
            record.value = Some(AnswerValue::Text(text))
        });
        self.answered();
    }

    /// Asks before quitting, because changes could not be saved.
    pub fn confirm_quit_unsaved(&mut self) {
        self.mode = Mode::ConfirmQuit(QuitRisk::UnsavedChanges);
    }

    /// Shows `text` on the message line.
    pub(super) fn inform(&mut self, text: String, is_error: bool) {
        self.message = Some(Message {
            text: sanitize::line(&text).into_owned(),
            is_error,
        });
    }
}

/// The progress of every stage of `plan`.
fn all_progress(defs: &Definitions, plan: &Plan) -> Vec<StageProgress> {
    (0..defs.stages.len())
        .map(|index| stage_progress(defs, plan, index))
        .collect()
}

/// True for the actions that change the plan, refused when it is read-only.
fn changes_the_plan(action: Action) -> bool {
    matches!(
        action,
        Action::Cycle
            | Action::Edit
            | Action::EditNote
            | Action::EditInterviewerNote
            | Action::Decide
            | Action::Save
    )
}

//! The wizard's state and its update: events in, plan and screen state changed, effects out.

use std::path::PathBuf;

use ratatui::crossterm::event::{Event, KeyEventKind};

use super::action::Effect;
use super::clock::Clock;
use super::history::History;
use super::keymap::Focus;
use super::rows::{self, Rows};
use super::screens::choice::ChoicePopup;
use super::screens::confirm::QuitRisk;
use super::screens::conflict::ConflictChoice;
use super::screens::decision::DecisionForm;
use super::screens::editor::Editor;
use super::screens::help::Help;
use super::screens::member::MemberForm;
use super::screens::notice::Notice;
use super::screens::resources::Resources;
use super::screens::review::ReviewFilter;
use super::screens::session::SessionForm;
use super::screens::session_end::EndForm;
use super::screens::setup::SetupForm;
use super::screens::summary::Summary;
use super::screens::team::Team;
use crate::definitions::{Definitions, QuestionKind, QuestionRef};
use crate::i18n::{Lang, Strings, fill};
use crate::plan::{
    DecisionStatus, OnDisk, Orphan, Plan, ReadOnly, Seal, Side, StageProgress, orphans,
    stage_progress,
};
use crate::sanitize;

mod changes;
mod interview;
mod items;
mod keys;
mod saving;

pub use items::Item;

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

/// What the main screen shows under its windows.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum View {
    /// The sheet, the lists and the detail.
    #[default]
    Panes,
    /// One item at a time, large, for a shared screen (`p`).
    Presenter,
    /// Every item of the stage with its answer and notes (`l`).
    Review,
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
    /// The session window is open (starting a joint session, or editing the one in progress).
    Session(SessionForm),
    /// The window ending the joint session in progress is open.
    EndingSession(EndForm),
    /// The choice that resolves a merge conflict is open.
    Resolving(ConflictChoice),
    /// The help screen is shown.
    Help(Help),
    /// The offer and training screen is shown (its state, kept between openings, is
    /// [`App::resources`]).
    Resources,
    /// The summary, « vue d'ensemble », is shown.
    Summary(Summary),
    /// The team and training screen is shown (its state is [`App::team`]).
    Team,
    /// A team member's form is open over the team screen.
    Member(MemberForm),
    /// Asking before removing the team member of this index.
    RemoveMember(usize),
    /// Quitting would lose something: waiting for confirmation.
    ConfirmQuit(QuitRisk),
    /// A warning the user must see before going on, or a message read whole; any key closes it.
    Notice(Notice),
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
    /// What the main screen shows; its windows open over it and close back to it.
    pub view: View,
    /// Lines scrolled in the presenter view.
    pub presenter_scroll: usize,
    /// The review list's filter.
    pub review_filter: ReviewFilter,
    /// The window ending the session, closed before the session was ended.
    pub session_end_draft: Option<EndForm>,
    /// Open the session window once the setup form has created the plan (`--interview`).
    pub session_once_created: bool,
    /// Open the session window once the warning shown at opening is closed (`--interview`).
    pub session_once_noticed: bool,
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
    /// The most the help can scroll.
    pub help_max_scroll: usize,
    /// The most the presenter view can scroll.
    pub presenter_max_scroll: usize,
    /// First item shown in the review list.
    pub review_offset: usize,
    /// Columns and lines inside the summary window.
    pub summary_view: (u16, u16),
    /// The terminal's width (0 before the first frame): the message line is cut beyond it.
    pub width: u16,
}

impl Default for Drawn {
    /// Nothing drawn yet: the sheet and the help may scroll as far as they like until measured.
    fn default() -> Self {
        Drawn {
            sheet_max_scroll: usize::MAX,
            sheet_height: None,
            criteria_offset: 0,
            questions_offset: 0,
            resources_offset: 0,
            help_max_scroll: usize::MAX,
            presenter_max_scroll: usize::MAX,
            review_offset: 0,
            summary_view: (0, 0),
            width: 0,
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
    /// The offer and training screen: its rows and the selected entry.
    pub resources: Resources<'d>,
    /// The team and training screen: the selected person and item.
    pub team: Team,
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
    /// Who is at the keyboard during a joint session (`w` switches).
    pub typing: Side,
}

impl<'d> App<'d> {
    /// The wizard on an existing plan, at the stage the project has reached (an older plan's
    /// project card read as the answers that hold it now).
    pub fn new(defs: &'d Definitions, mut plan: Plan, plan_path: PathBuf, lang: Lang) -> Self {
        plan.settle_project_card(defs, lang);
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
                view: View::Panes,
                presenter_scroll: 0,
                review_filter: ReviewFilter::All,
                session_end_draft: None,
                session_once_created: false,
                session_once_noticed: false,
                drawn: Drawn::default(),
            },
            mode: Mode::Normal,
            save: SaveStatus::default(),
            disk: OnDisk::default(),
            message: None,
            clock: Clock::System,
            rows,
            resources: Resources::build(defs, lang),
            team: Team::default(),
            orphans,
            progress,
            history: History::default(),
            created: true,
            theme: super::theme::Theme::COLOR,
            typing: Side::ServiceTeam,
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
            Some(ReadOnly::HeldBy(holder)) => {
                Some(fill(strings.read_only_notice, &[&holder.describe(strings)]))
            }
            Some(ReadOnly::Protected) => Some(fill(
                strings.read_only_protected_notice,
                &[&sanitize::line(&self.plan_path.display().to_string())],
            )),
            Some(ReadOnly::Asked) => None,
            None => self.damage_notice(),
        };
        if let Some(notice) = notice {
            self.mode = Mode::Notice(Notice::warning(notice, strings));
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

    /// Why this wizard opened the plan read-only (asked for, or held by another wizard), if it did.
    pub fn read_only(&self) -> Option<&ReadOnly> {
        self.disk.read_only()
    }

    /// The interface's words.
    pub fn strings(&self) -> &'static Strings {
        self.lang.strings()
    }

    /// The side at the keyboard: during a joint session, the one chosen in the session window
    /// (or with `w`); the team's otherwise.
    pub fn keyboard_side(&self) -> Side {
        match self.plan.session_in_progress() {
            Some(_) => self.typing,
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
        is_locked(self.defs, &self.plan, index)
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
        let strings = self.strings();
        let text = match self.read_only() {
            None => return false,
            Some(ReadOnly::Asked) => strings.edit_refused_asked.to_string(),
            Some(ReadOnly::Protected) => strings.edit_refused_protected.to_string(),
            Some(ReadOnly::HeldBy(holder)) => fill(strings.edit_refused, &[&holder.who(strings)]),
        };
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

/// True when the stage of `index` cannot be entered yet: the previous stage has no go from the
/// service team.
pub(super) fn is_locked(defs: &Definitions, plan: &Plan, index: usize) -> bool {
    index > 0 && plan.decisions(&defs.stages[index - 1].id).counting() != DecisionStatus::Go
}

/// The progress of every stage of `plan`.
pub(super) fn all_progress(defs: &Definitions, plan: &Plan) -> Vec<StageProgress> {
    (0..defs.stages.len())
        .map(|index| stage_progress(defs, plan, index))
        .collect()
}

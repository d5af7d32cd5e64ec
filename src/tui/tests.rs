//! Tests of the wizard's update logic: keys in, plan and screen state out; one file per screen.

use std::path::PathBuf;

use ratatui::crossterm::event::{Event, KeyCode, KeyEvent, KeyModifiers};

use super::action::Effect;
use super::app::{App, Pane};
use super::clock::Clock;
use super::{Exit, Input};
use crate::definitions::Definitions;
use crate::i18n::Lang;
use crate::plan::{Plan, Project};

/// Conflicts a merge left: the row's mark, the detail, the choice of `c`.
mod conflicts;
/// Saving, reading again, read-only plans, the event loop and interruptions.
mod disk;
/// One field for one fact: the setup form and the questionnaire, answers taken up.
mod facts;
/// The keys of the editors, lists, forms and dialogs.
mod keys;
/// The main screen: statuses, stages, panes, where the user left off, the counts.
mod main_screen;
/// The presenter view, the review list, and a plan opened read-only.
mod presenter;
/// Joint sessions: starting, editing, ending, who is typing, quitting during one.
mod session;
/// The summary: its rows, its keys, Enter on a blocker.
mod summary;
/// The team and training screen: members, their ticks, the team's older ticks.
mod team;
/// Undo and redo.
mod undo;
/// The windows: editor, option list, decision form, new-plan form, training, help, notices.
mod windows;

use crate::test_support::minimal_definitions as fixture;

fn app(defs: &Definitions) -> App<'_> {
    let project = Project {
        name: "Démo".into(),
        ..Project::default()
    };
    let mut app = App::new(
        defs,
        Plan::new(project, defs),
        PathBuf::from("plan.yaml"),
        Lang::Fr,
    );
    app.clock = Clock::Fixed("2026-11-22T10:30:00[Europe/Paris]".parse().unwrap());
    app
}

/// The wizard on a plan saved as `dir/plan.yaml`.
fn app_in<'d>(defs: &'d Definitions, dir: &std::path::Path) -> App<'d> {
    let mut app = app(defs);
    app.plan_path = dir.join("plan.yaml");
    app
}

fn key(code: KeyCode) -> Event {
    Event::Key(KeyEvent::new(code, KeyModifiers::NONE))
}

fn ctrl(c: char) -> Event {
    Event::Key(KeyEvent::new(KeyCode::Char(c), KeyModifiers::CONTROL))
}

/// Sends each event and returns the effects in order.
fn press(app: &mut App<'_>, events: impl IntoIterator<Item = Event>) -> Vec<Option<Effect>> {
    events
        .into_iter()
        .map(|event| app.handle_event(event))
        .collect()
}

/// The screen drawn for `app` on a terminal of `width` × `height`, row by row.
fn screen_at(app: &mut App<'_>, width: u16, height: u16) -> String {
    let backend = ratatui::backend::TestBackend::new(width, height);
    let mut terminal = ratatui::Terminal::new(backend).unwrap();
    super::ui::draw(&mut terminal, app).unwrap();
    let buffer = terminal.backend().buffer();
    (0..buffer.area.height)
        .map(|y| {
            (0..buffer.area.width)
                .map(|x| buffer[(x, y)].symbol())
                .collect::<String>()
        })
        .collect::<Vec<_>>()
        .join("\n")
}

fn typed(text: &str) -> Vec<Event> {
    text.chars().map(|c| key(KeyCode::Char(c))).collect()
}

/// Selects and focuses the question of id `id` of the shown stage.
pub(super) fn select_question(app: &mut App<'_>, id: &str) {
    let index = (0..)
        .map_while(|index| app.question(index))
        .position(|q| q.question.id == id)
        .unwrap_or_else(|| panic!("no question `{id}` at this stage"));
    app.ui.focus = Pane::Questions;
    app.ui.detail = Pane::Questions;
    app.ui.question[app.ui.stage] = index;
}

/// Selects and focuses the criterion of id `id` of the shown stage.
pub(super) fn select_criterion(app: &mut App<'_>, id: &str) {
    let index = app
        .stage()
        .criteria
        .iter()
        .position(|c| c.id == id)
        .unwrap_or_else(|| panic!("no criterion `{id}` at this stage"));
    app.ui.focus = Pane::Criteria;
    app.ui.detail = Pane::Criteria;
    app.ui.criterion[app.ui.stage] = index;
}

/// The ids of the criterion and the question selected on the shown stage.
fn selected_ids(app: &App<'_>) -> (Option<String>, Option<String>) {
    let stage = app.ui.stage;
    let criterion = app.stage().criteria.get(app.ui.criterion[stage]);
    let question = app.question(app.ui.question[stage]);
    (
        criterion.map(|c| c.id.clone()),
        question.map(|q| q.question.id.clone()),
    )
}

/// The wizard with `text` typed in the editor of the number question `nombre-modules`.
fn typing_a_number<'d>(defs: &'d Definitions, text: &str) -> App<'d> {
    let mut app = app(defs);
    select_question(&mut app, "nombre-modules");
    press(&mut app, [key(KeyCode::Enter)]);
    press(&mut app, typed(text));
    app
}

/// Input from a script, for driving the real event loop.
struct Script(std::vec::IntoIter<Input>);

impl super::EventSource for Script {
    fn next_input(&mut self, _timeout: std::time::Duration) -> std::io::Result<Input> {
        self.0
            .next()
            .ok_or_else(|| std::io::Error::other("the script ran out of events"))
    }
}

/// Runs the event loop over `inputs` on a test terminal; returns how it ended and the last frame's
/// top line.
fn run_script(app: &mut App<'_>, inputs: Vec<Input>) -> (anyhow::Result<Exit>, String) {
    let mut terminal = ratatui::Terminal::new(ratatui::backend::TestBackend::new(100, 30)).unwrap();
    let exit = super::event_loop(&mut terminal, app, &mut Script(inputs.into_iter()));
    let buffer = terminal.backend().buffer();
    let header = (0..buffer.area.width)
        .map(|x| buffer[(x, 0)].symbol())
        .collect();
    (exit, header)
}

/// Runs the event loop over `events`; returns whether it ended by quitting.
fn run_loop(app: &mut App<'_>, events: Vec<Event>) -> bool {
    let inputs = events.into_iter().map(Input::Event).collect();
    matches!(run_script(app, inputs).0, Ok(Exit::Quit))
}

/// A saved plan in a fresh folder, opened as the wizard opens it: (folder, path, app).
fn opened<'d>(defs: &'d Definitions, lock: Option<&str>) -> (tempfile::TempDir, PathBuf, App<'d>) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("plan.yaml");
    let project = Project {
        name: "Démo".into(),
        ..Project::default()
    };
    crate::plan::save(&Plan::new(project, defs), &path).unwrap();
    if let Some(lock) = lock {
        std::fs::write(crate::plan::lock_path(&path), lock).unwrap();
    }
    let (plan, disk) = crate::plan::OnDisk::open(&path).unwrap();
    let mut app = App::new(defs, plan.unwrap(), path.clone(), Lang::Fr);
    app.attach(disk);
    (dir, path, app)
}

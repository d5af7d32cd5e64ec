//! The interactive wizard: terminal set-up, the event loop, and saving.

pub mod action;
pub mod app;
pub mod clock;
pub mod editor;
pub mod history;
pub mod keymap;
pub mod place;
pub mod recovery;
pub mod rows;
pub mod screens;
pub mod signals;
pub mod terminal;
pub mod theme;
pub mod ui;

use std::io::{self, IsTerminal};
use std::panic::{self, AssertUnwindSafe};
use std::path::PathBuf;
use std::sync::mpsc::{self, RecvTimeoutError};
use std::time::Duration;

use anyhow::Context;
use ratatui::Terminal;
use ratatui::backend::{Backend, CrosstermBackend};
use ratatui::crossterm::event::{self, Event, KeyCode, KeyEventKind, KeyModifiers};

use action::Effect;
use app::App;
use recovery::Rescue;
use signals::Signals;
use theme::Theme;

use crate::definitions::Definitions;
use crate::i18n::{Lang, fill};
use crate::plan::{self, OnDisk, Plan, SaveError};

/// How the wizard looks.
#[derive(Debug, Clone, Copy)]
pub struct Options {
    /// Interface language.
    pub lang: Lang,
    /// Colours on.
    pub color: bool,
    /// Start a joint session on opening (`--interview`).
    pub interview: bool,
}

/// What the event loop gets: an event, a terminating signal, or nothing for a while.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Input {
    /// A key, a paste, a resize…
    Event(Event),
    /// A terminating signal (see `signals`).
    Signal(i32),
    /// Nothing happened within the wait.
    Idle,
}

/// Where the loop gets its input: the terminal, or a script in tests.
pub trait EventSource {
    /// Waits at most `timeout` for the next input.
    fn next_input(&mut self, timeout: Duration) -> io::Result<Input>;
}

/// The terminal's events, read on a thread of their own, and the signals caught.
pub struct TerminalEvents {
    events: mpsc::Receiver<io::Result<Event>>,
    signals: Signals,
}

impl TerminalEvents {
    /// Starts reading the terminal on a thread. Once the terminal is gone, crossterm's reading
    /// never returns (it reads the end of input again and again): the loop must not wait inside it,
    /// or it would never see the hang-up and save.
    pub fn start(signals: Signals) -> TerminalEvents {
        let (sender, events) = mpsc::channel();
        std::thread::spawn(move || {
            loop {
                let event = event::read();
                let failed = event.is_err();
                if sender.send(event).is_err() || failed {
                    break;
                }
            }
        });
        TerminalEvents { events, signals }
    }
}

impl EventSource for TerminalEvents {
    fn next_input(&mut self, timeout: Duration) -> io::Result<Input> {
        if let Some(signal) = self.signals.received() {
            return Ok(Input::Signal(signal));
        }
        match self.events.recv_timeout(timeout) {
            Ok(event) => event.map(Input::Event),
            // A hung-up terminal is no terminal any more, whether or not a SIGHUP came with it.
            Err(RecvTimeoutError::Timeout) if !io::stdin().is_terminal() => {
                Ok(Input::Signal(signals::HANG_UP))
            }
            Err(RecvTimeoutError::Timeout) => Ok(Input::Idle),
            Err(RecvTimeoutError::Disconnected) => Err(io::Error::other("the terminal is gone")),
        }
    }
}

/// How long the loop waits for an event before looking at the signals again.
const SIGNAL_CHECK: Duration = Duration::from_millis(200);

/// How the event loop ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Exit {
    /// The user quit.
    Quit,
    /// The user pressed Ctrl-Z.
    Suspend,
    /// A terminating signal arrived.
    Signal(i32),
}

/// How the wizard ended, for the exit code.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Ending {
    /// The user quit.
    Quit,
    /// Stopped by this signal, the answers saved.
    Signal(i32),
    /// A panic: the terminal was restored and the answers kept (the user was told where).
    Crashed,
}

/// Runs the wizard on `plan` (or on a new plan to be created at `path`) until the user quits or a
/// signal stops it. Whatever ends it, the terminal is restored and the answers are kept; `disk` is
/// the plan file as it was opened (its lock is released on return).
pub fn run(
    definitions: &Definitions,
    plan: Option<Plan>,
    disk: OnDisk,
    path: PathBuf,
    options: Options,
) -> anyhow::Result<Ending> {
    let mut app = match plan {
        Some(plan) => App::new(definitions, plan, path, options.lang),
        None => App::new_plan(definitions, path, options.lang),
    };
    app.attach(disk);
    let places = place::folder();
    if let Some(place) = places
        .as_deref()
        .and_then(|folder| place::load(folder, &app.plan_path))
    {
        app.resume_at(&place);
    }
    app.theme = if options.color {
        Theme::COLOR
    } else {
        Theme::MONO
    };
    if app.created {
        app.save.last_saved = last_modified(&app.plan_path);
    }
    // A new plan is created first, a warning shown at opening is read first.
    if options.interview {
        app.start_interview();
    }
    let signals = Signals::catch().context("cannot watch for signals")?;
    terminal::install_panic_hook();
    let started =
        terminal::enter().and_then(|()| Terminal::new(CrosstermBackend::new(screen_writer())));
    let mut screen = match started {
        Ok(screen) => screen,
        Err(error) => {
            terminal::leave();
            return Err(error).context("cannot set up the terminal");
        }
    };
    // crossterm watches for resizes from its first poll on: start watching before the first draw.
    let _ = event::poll(Duration::ZERO);
    let mut events = TerminalEvents::start(signals);
    let outcome = panic::catch_unwind(AssertUnwindSafe(|| {
        drive(&mut screen, &mut app, &mut events)
    }));
    // `terminal::leave` shows the cursor, ignoring errors. ratatui's drop would show it again and,
    // on a terminal gone, report the failure with `eprintln!`, which panics when stderr is gone too.
    std::mem::forget(screen);
    let ending = finish(outcome, &mut app);
    // After a panic the screen state may be half-updated: the last place kept stays.
    if matches!(ending, Ok(Ending::Quit | Ending::Signal(_))) {
        remember_place(&app, places.as_deref());
    }
    ending
}

/// Keeps where the user left off, for the next opening of the same plan; failing to is harmless.
fn remember_place(app: &App<'_>, folder: Option<&std::path::Path>) {
    if let Some(folder) = folder
        && app.created
    {
        let _ = place::store(folder, &app.plan_path, &app.place());
    }
}

/// Where frames are written: a buffer over stdout, flushed once per frame, so that a frame reaches
/// the terminal in one write instead of one per kilobyte.
type ScreenWriter = io::BufWriter<io::Stdout>;

/// A [`ScreenWriter`] large enough for a full frame of a large terminal.
fn screen_writer() -> ScreenWriter {
    io::BufWriter::with_capacity(64 * 1024, io::stdout())
}

/// Restores the terminal, then keeps the answers and tells the user, according to how the loop
/// ended.
fn finish(
    outcome: std::thread::Result<anyhow::Result<Exit>>,
    app: &mut App<'_>,
) -> anyhow::Result<Ending> {
    let strings = app.strings();
    match outcome {
        Ok(Ok(Exit::Quit | Exit::Suspend)) => {
            terminal::leave();
            Ok(Ending::Quit)
        }
        Ok(Ok(Exit::Signal(signal))) => {
            // Saved before the terminal is touched: after a hang-up, writing to it fails.
            let rescue = recovery::save_before_exit(app);
            terminal::leave();
            terminal::tell(&fill(strings.stopped_by_signal, &[&signal]));
            report(rescue, app);
            Ok(Ending::Signal(signal))
        }
        Ok(Err(error)) => {
            let rescue = recovery::save_before_exit(app);
            terminal::leave();
            report(rescue, app);
            Err(error)
        }
        Err(_) => {
            terminal::leave();
            terminal::tell(strings.crashed);
            let rescue = recovery::after_panic(app);
            report(rescue, app);
            Ok(Ending::Crashed)
        }
    }
}

/// Tells the user where the answers are.
fn report(rescue: Option<Rescue>, app: &App<'_>) {
    if let Some(rescue) = rescue {
        terminal::tell(&rescue.message(app.strings(), &app.plan_path));
    }
}

/// Runs the event loop, suspending to the shell on Ctrl-Z, until the user quits or a signal
/// arrives.
fn drive(
    screen: &mut Terminal<CrosstermBackend<ScreenWriter>>,
    app: &mut App<'_>,
    events: &mut TerminalEvents,
) -> anyhow::Result<Exit> {
    loop {
        match event_loop(screen, app, events)? {
            Exit::Suspend => {
                save_open_work(app);
                terminal::suspend(app.strings().suspended).context("cannot suspend")?;
                // A fresh terminal draws every cell on the cleared screen (`Terminal::clear` would
                // ask the terminal where its cursor is, and not every terminal answers).
                *screen = Terminal::new(CrosstermBackend::new(screen_writer()))?;
            }
            exit => return Ok(exit),
        }
    }
}

/// Writes the open editor's text and any pending change to the plan file (before Ctrl-Z).
fn save_open_work(app: &mut App<'_>) {
    app.commit_open_edit();
    if app.save.dirty {
        save(app, false);
    }
}

/// The time of day the file was last written, for the header of a plan just opened.
fn last_modified(path: &std::path::Path) -> Option<String> {
    let modified = std::fs::metadata(path).ok()?.modified().ok()?;
    let at = jiff::Timestamp::try_from(modified)
        .ok()?
        .to_zoned(clock::local_zone());
    let format = if at.date() == clock::Clock::System.today() {
        "%H:%M:%S"
    } else {
        "%Y-%m-%d %H:%M"
    };
    Some(at.strftime(format).to_string())
}

/// Draws, waits for input, applies it, and carries out its effect, until the user quits, presses
/// Ctrl-Z or a signal arrives. A change is drawn first and saved right after, so that a key shows
/// without waiting for the disk; the screen is drawn again once the save is done, to show how it went.
pub fn event_loop<B: Backend>(
    terminal: &mut Terminal<B>,
    app: &mut App<'_>,
    events: &mut impl EventSource,
) -> anyhow::Result<Exit>
where
    B::Error: Send + Sync + 'static,
{
    let mut redraw = true;
    let mut pending_save: Option<bool> = None;
    loop {
        if redraw {
            ui::draw(terminal, app)?;
        }
        redraw = true;
        if let Some(explicit) = pending_save.take() {
            save(app, explicit);
            continue;
        }
        let event = match events
            .next_input(SIGNAL_CHECK)
            .context("cannot read the terminal")?
        {
            Input::Idle => {
                redraw = false;
                continue;
            }
            Input::Signal(signal) => return Ok(Exit::Signal(signal)),
            Input::Event(event) if is_suspend_key(&event) => return Ok(Exit::Suspend),
            Input::Event(event) => event,
        };
        match app.handle_event(event) {
            Some(Effect::Save) => pending_save = Some(false),
            Some(Effect::SaveNow) => pending_save = Some(true),
            Some(Effect::SaveElsewhere) => save_elsewhere(app),
            Some(Effect::Reload) => reload(app),
            Some(Effect::Quit) => {
                if app.save.dirty {
                    save(app, false);
                }
                if !app.save.dirty {
                    return Ok(Exit::Quit);
                }
                app.confirm_quit_unsaved();
            }
            Some(Effect::QuitWithoutSaving) => return Ok(Exit::Quit),
            None => {}
        }
    }
}

/// Ctrl-Z, which in raw mode arrives as a key: suspend to the shell (Unix only).
fn is_suspend_key(event: &Event) -> bool {
    matches!(event, Event::Key(key)
        if cfg!(unix)
            && key.kind != KeyEventKind::Release
            && key.code == KeyCode::Char('z')
            && key.modifiers.contains(KeyModifiers::CONTROL))
}

/// Writes the plan and tells the app how it went. An automatic save leaves alone a plan that
/// saving would take from its owner; an `explicit` one (Ctrl-S) is the user's word.
fn save(app: &mut App<'_>, explicit: bool) {
    if !app.created {
        return;
    }
    let result = if explicit {
        app.disk.save_now(&app.plan, &app.plan_path)
    } else {
        app.disk.save(&app.plan, &app.plan_path)
    };
    app.saved(result, explicit);
}

/// Writes the plan to a new file in the user's data folder and tells the app how it went.
fn save_elsewhere(app: &mut App<'_>) {
    if !app.created {
        return;
    }
    let result = rescue_folder(app)
        .and_then(|folder| app.disk.save_elsewhere(&app.plan, &app.plan_path, &folder));
    app.saved_elsewhere(result);
}

/// Reads the plan again from disk; changes not saved are first copied to the user's data folder,
/// and if that fails nothing is read.
fn reload(app: &mut App<'_>) {
    let kept = if app.save.dirty {
        match rescue_folder(app)
            .and_then(|folder| plan::keep_copy(&app.plan, &app.plan_path, &folder))
        {
            Ok(path) => Some(path),
            Err(error) => return app.saved_elsewhere(Err(error)),
        }
    } else {
        None
    };
    let result = app.disk.reload(&app.plan_path);
    app.reloaded(result, kept);
}

/// The user's data folder, where plans go when their own folder fails.
fn rescue_folder(app: &App<'_>) -> Result<PathBuf, SaveError> {
    plan::rescue_folder().ok_or_else(|| SaveError::Io {
        path: app.plan_path.clone(),
        source: io::Error::other(app.strings().no_data_folder),
    })
}

#[cfg(test)]
mod tests;

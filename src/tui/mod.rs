//! The interactive wizard: terminal set-up, the event loop, and saving.

pub mod action;
pub mod app;
pub mod editor;
pub mod forms;
pub mod keymap;
pub mod resources;
pub mod rows;
pub mod theme;
pub mod ui;

use std::io;
use std::path::PathBuf;

use anyhow::Context;
use ratatui::Terminal;
use ratatui::backend::Backend;
use ratatui::crossterm::event::{self, DisableBracketedPaste, EnableBracketedPaste, Event};
use ratatui::crossterm::execute;

use action::Effect;
use app::App;
use theme::Theme;

use crate::definitions::Definitions;
use crate::i18n::Lang;
use crate::plan::{self, Plan};

/// How the wizard looks.
#[derive(Debug, Clone, Copy)]
pub struct Options {
    /// Interface language.
    pub lang: Lang,
    /// Colours on.
    pub color: bool,
}

/// Where the loop gets its events: the terminal, or a script in tests.
pub trait EventSource {
    /// Blocks until the next event.
    fn next_event(&mut self) -> io::Result<Event>;
}

/// The terminal's events.
pub struct TerminalEvents;

impl EventSource for TerminalEvents {
    fn next_event(&mut self) -> io::Result<Event> {
        event::read()
    }
}

/// Runs the wizard on `plan` (or on a new plan to be created at `path`) until the user quits.
pub fn run(
    definitions: &Definitions,
    plan: Option<Plan>,
    path: PathBuf,
    options: Options,
) -> anyhow::Result<()> {
    let mut app = match plan {
        Some(plan) => App::new(definitions, plan, path, options.lang),
        None => App::new_plan(definitions, path, options.lang),
    };
    app.theme = if options.color {
        Theme::COLOR
    } else {
        Theme::MONO
    };
    if app.created {
        app.save.last_saved = last_modified(&app.plan_path);
    }
    install_paste_restoring_hook();
    let mut terminal = ratatui::try_init().context("cannot set up the terminal")?;
    // crossterm watches for resizes from its first poll on: start watching before the first draw.
    let _ = event::poll(std::time::Duration::ZERO);
    // Bracketed paste keeps pasted text from being read as keys; not every terminal has it.
    let _ = execute!(io::stdout(), EnableBracketedPaste);
    let result = event_loop(&mut terminal, &mut app, &mut TerminalEvents);
    let _ = execute!(io::stdout(), DisableBracketedPaste);
    ratatui::try_restore().context("cannot restore the terminal")?;
    result
}

/// Turns bracketed paste off before a panic is reported; `ratatui::try_init` adds its own hook on top,
/// which restores raw mode and the main screen.
fn install_paste_restoring_hook() {
    let previous = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        let _ = execute!(io::stdout(), DisableBracketedPaste);
        previous(info);
    }));
}

/// The time of day the file was last written, for the header of a plan just opened.
fn last_modified(path: &std::path::Path) -> Option<String> {
    let modified = std::fs::metadata(path).ok()?.modified().ok()?;
    let at = jiff::Timestamp::try_from(modified)
        .ok()?
        .to_zoned(app::local_zone());
    let format = if at.date() == app::Clock::System.today() {
        "%H:%M:%S"
    } else {
        "%Y-%m-%d %H:%M"
    };
    Some(at.strftime(format).to_string())
}

/// Draws, waits for an event, applies it, and carries out its effect, until the user quits.
pub fn event_loop<B: Backend>(
    terminal: &mut Terminal<B>,
    app: &mut App<'_>,
    events: &mut impl EventSource,
) -> anyhow::Result<()>
where
    B::Error: Send + Sync + 'static,
{
    loop {
        terminal.draw(|frame| ui::render(app, frame))?;
        let event = events.next_event().context("cannot read the terminal")?;
        match app.handle_event(event) {
            Some(Effect::Save) => save(app, false),
            Some(Effect::SaveNow) => save(app, true),
            Some(Effect::Quit) => {
                if app.save.dirty {
                    save(app, false);
                }
                if !app.save.dirty {
                    return Ok(());
                }
                app.confirm_quit_unsaved();
            }
            Some(Effect::QuitWithoutSaving) => return Ok(()),
            None => {}
        }
    }
}

/// Writes the plan and tells the app how it went.
fn save(app: &mut App<'_>, explicit: bool) {
    if !app.created {
        return;
    }
    let result = plan::save(&app.plan, &app.plan_path).map_err(|err| err.message(app.strings()));
    app.saved(result, explicit);
}

#[cfg(test)]
mod tests;

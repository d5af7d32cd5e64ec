//! The terminal's modes: entering and leaving the wizard's screen, restoring it before a panic is
//! reported, and handing it back to the shell while the wizard is suspended (Ctrl-Z).

use std::io;
use std::sync::atomic::{AtomicBool, Ordering};

use ratatui::crossterm::cursor::Show;
use ratatui::crossterm::event::{DisableBracketedPaste, EnableBracketedPaste};
use ratatui::crossterm::execute;
use ratatui::crossterm::terminal::{
    Clear, ClearType, EnterAlternateScreen, LeaveAlternateScreen, disable_raw_mode, enable_raw_mode,
};

/// True while the terminal is in the wizard's modes, so that leaving twice writes nothing twice
/// (leaving the alternate screen also moves the cursor back, which would overwrite messages).
static ACTIVE: AtomicBool = AtomicBool::new(false);

/// Raw mode, the alternate screen, and bracketed paste (pasted text is not read as keys).
pub fn enter() -> io::Result<()> {
    ACTIVE.store(true, Ordering::SeqCst);
    enable_raw_mode()?;
    execute!(io::stdout(), EnterAlternateScreen, Clear(ClearType::All))?;
    // Not every terminal has bracketed paste; without it, a paste arrives as typed keys.
    let _ = execute!(io::stdout(), EnableBracketedPaste);
    Ok(())
}

/// Gives the terminal back as it was: bracketed paste off, main screen, cursor shown, raw mode
/// off. Errors are ignored: the terminal may be gone (a closed window, a dropped SSH link).
pub fn leave() {
    if !ACTIVE.swap(false, Ordering::SeqCst) {
        return;
    }
    let _ = execute!(
        io::stdout(),
        DisableBracketedPaste,
        LeaveAlternateScreen,
        Show
    );
    let _ = disable_raw_mode();
}

/// Restores the terminal before a panic is reported, so that the report is readable and the
/// shell usable; the wizard then writes a recovery copy (see `recovery`).
pub fn install_panic_hook() {
    let previous = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        leave();
        previous(info);
    }));
}

pub use crate::output::tell;

/// Hands the terminal to the shell and stops the process, as Ctrl-Z does in other programs; when
/// the shell resumes it (`fg`), takes the terminal back. The caller saves first and redraws after.
#[cfg(unix)]
pub fn suspend(notice: &str) -> io::Result<()> {
    leave();
    tell(notice);
    signal_hook::low_level::raise(signal_hook::consts::SIGTSTP)?;
    enter()
}

/// Without job control (not Unix), Ctrl-Z does nothing.
#[cfg(not(unix))]
pub fn suspend(_notice: &str) -> io::Result<()> {
    Ok(())
}

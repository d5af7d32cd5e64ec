//! Signals that end the wizard — SIGTERM (shutdown, `kill`), SIGHUP (the terminal closed, an SSH
//! link dropped), SIGINT and SIGQUIT (sent by another program: in raw mode Ctrl-C is a key) — are
//! caught as a flag the event loop checks, so that the answers are saved and the terminal restored
//! before the program exits.

use std::io;
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};

#[cfg(unix)]
const CAUGHT: &[i32] = &[
    signal_hook::consts::SIGTERM,
    signal_hook::consts::SIGHUP,
    signal_hook::consts::SIGINT,
    signal_hook::consts::SIGQUIT,
];
#[cfg(not(unix))]
const CAUGHT: &[i32] = &[signal_hook::consts::SIGTERM, signal_hook::consts::SIGINT];

/// The number of SIGHUP on every Unix, also reported when the terminal is found gone without it.
pub const HANG_UP: i32 = 1;

/// The last terminating signal received (0: none).
#[derive(Debug, Clone, Default)]
pub struct Signals(Arc<AtomicUsize>);

impl Signals {
    /// Catches the terminating signals from now on.
    pub fn catch() -> io::Result<Signals> {
        let signals = Signals::default();
        for &signal in CAUGHT {
            signal_hook::flag::register_usize(signal, Arc::clone(&signals.0), signal as usize)?;
        }
        Ok(signals)
    }

    /// The signal received, if one was.
    pub fn received(&self) -> Option<i32> {
        match self.0.load(Ordering::SeqCst) {
            0 => None,
            signal => Some(signal as i32),
        }
    }
}

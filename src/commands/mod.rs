//! The non-interactive commands: they never touch the terminal's modes.

pub mod export;
pub mod init;
pub mod status;
pub mod validate;

use std::io::{self, Write};

/// Writes `text` to standard output. A reader that went away (`embarquement status | head`) is not
/// an error: the output is simply no longer wanted.
pub fn print(text: &str) -> io::Result<()> {
    let mut stdout = io::stdout().lock();
    match stdout
        .write_all(text.as_bytes())
        .and_then(|()| stdout.flush())
    {
        Err(err) if err.kind() == io::ErrorKind::BrokenPipe => Ok(()),
        other => other,
    }
}

//! What the commands and `main` write for the user: results on standard output, messages on
//! standard error, neither of them failing the program when its reader is gone.

use std::io::{self, Write};

use crate::i18n::Lang;
use crate::sanitize;

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

/// Prints `line` to standard error, ignoring a terminal that is gone (`eprintln!` would panic
/// after a hang-up).
pub fn tell(line: &str) {
    let _ = writeln!(io::stderr(), "{line}");
}

/// Prints `message` as an error (« erreur : … »), on one line made safe to print.
pub fn error(message: &str, lang: Lang) {
    let strings = lang.strings();
    tell(&format!(
        "{}{}{}",
        strings.error_word,
        strings.colon,
        sanitize::line(message)
    ));
}

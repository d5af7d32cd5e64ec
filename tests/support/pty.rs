//! Drives the wizard through a real pseudo-terminal: a reader thread feeds a vt100 parser all the
//! time (a child writing to a full PTY would block), keys go in as raw bytes, and every step waits
//! for something on the screen, never for a fixed time.

use std::ffi::OsStr;
use std::io::{Read, Write};
use std::path::Path;
use std::sync::mpsc::{self, Receiver};
use std::sync::{Arc, Condvar, Mutex, MutexGuard, PoisonError};
use std::time::{Duration, Instant};

use portable_pty::{Child, CommandBuilder, ExitStatus, MasterPty, PtySize, native_pty_system};

use super::{BIN, isolated_env};

/// Keys as a terminal sends them.
pub mod key {
    pub const UP: &[u8] = b"\x1b[A";
    pub const DOWN: &[u8] = b"\x1b[B";
    pub const RIGHT: &[u8] = b"\x1b[C";
    pub const LEFT: &[u8] = b"\x1b[D";
    pub const TAB: &[u8] = b"\t";
    pub const SHIFT_TAB: &[u8] = b"\x1b[Z";
    pub const ENTER: &[u8] = b"\r";
    pub const SPACE: &[u8] = b" ";
    pub const BACKSPACE: &[u8] = b"\x7f";
    pub const CTRL_S: &[u8] = b"\x13";
    pub const CTRL_C: &[u8] = b"\x03";
    pub const CTRL_R: &[u8] = b"\x12";
    /// Send it alone, then wait for the screen to change, or it starts an escape sequence.
    pub const ESC: &[u8] = b"\x1b";
}

/// Waits until the file at `path` reads as `ready` wants, and returns its text: the wizard draws a
/// change before it saves it, so a screen showing the change does not mean the file holds it yet.
pub fn wait_for_file(path: &std::path::Path, what: &str, ready: impl Fn(&str) -> bool) -> String {
    let deadline = std::time::Instant::now() + timeout();
    loop {
        let text = std::fs::read_to_string(path).unwrap_or_default();
        if ready(&text) {
            return text;
        }
        assert!(
            std::time::Instant::now() < deadline,
            "timed out after {:?} waiting for {what} in {}; it holds:\n{text}",
            timeout(),
            path.display()
        );
        std::thread::sleep(POLL);
    }
}

/// How long to wait for the screen or the exit; longer on CI machines.
pub fn timeout() -> Duration {
    if std::env::var_os("CI").is_some() {
        Duration::from_secs(30)
    } else {
        Duration::from_secs(10)
    }
}

const POLL: Duration = Duration::from_millis(25);

/// At most this many wizards run at once, whatever the test threads.
const MAX_RUNNING: usize = 4;
static RUNNING: (Mutex<usize>, Condvar) = (Mutex::new(0), Condvar::new());

fn lock<T>(mutex: &Mutex<T>) -> MutexGuard<'_, T> {
    mutex.lock().unwrap_or_else(PoisonError::into_inner)
}

/// A place among the [`MAX_RUNNING`] wizards, given back on drop.
struct Slot;

impl Slot {
    fn take() -> Slot {
        let (count, freed) = &RUNNING;
        let mut running = lock(count);
        while *running >= MAX_RUNNING {
            running = freed.wait(running).unwrap_or_else(PoisonError::into_inner);
        }
        *running += 1;
        Slot
    }
}

impl Drop for Slot {
    fn drop(&mut self) {
        let (count, freed) = &RUNNING;
        *lock(count) -= 1;
        freed.notify_one();
    }
}

/// The wizard running in a pseudo-terminal.
pub struct Pty {
    parser: Arc<Mutex<vt100::Parser>>,
    raw: Arc<Mutex<Vec<u8>>>,
    master: Box<dyn MasterPty + Send>,
    writer: Box<dyn Write + Send>,
    child: Box<dyn Child + Send + Sync>,
    reader_done: Receiver<()>,
    _slot: Slot,
}

impl Pty {
    /// Starts `embarquement ARGS` in `dir` on a 100×30 terminal.
    pub fn spawn<S: AsRef<OsStr>>(dir: &Path, args: &[S]) -> Pty {
        Pty::spawn_sized(dir, args, 100, 30)
    }

    /// Starts `embarquement ARGS` in `dir` on a terminal of `cols`×`rows`.
    pub fn spawn_sized<S: AsRef<OsStr>>(dir: &Path, args: &[S], cols: u16, rows: u16) -> Pty {
        let mut command = CommandBuilder::new(BIN);
        command.args(args);
        Pty::start(command, dir, cols, rows)
    }

    /// Runs `script` with `sh -c` in `dir` on a 100×30 terminal; `$BIN` is the binary under test
    /// (for redirections the plain spawn cannot express).
    pub fn spawn_shell(dir: &Path, script: &str) -> Pty {
        let mut command = CommandBuilder::new("sh");
        command.args(["-c", script]);
        command.env("BIN", BIN);
        Pty::start(command, dir, 100, 30)
    }

    fn start(mut command: CommandBuilder, dir: &Path, cols: u16, rows: u16) -> Pty {
        let slot = Slot::take();
        let pair = native_pty_system()
            .openpty(size(cols, rows))
            .expect("cannot open a pseudo-terminal");
        command.cwd(dir);
        for (name, value) in isolated_env(dir) {
            command.env(name, value);
        }
        command.env("TERM", "xterm-256color");
        command.env_remove("NO_COLOR");
        let child = pair
            .slave
            .spawn_command(command)
            .expect("cannot start embarquement");
        // Only the child holds the terminal side now, so the reader sees the end when it exits.
        drop(pair.slave);
        let parser = Arc::new(Mutex::new(vt100::Parser::new(rows, cols, 0)));
        let raw = Arc::new(Mutex::new(Vec::new()));
        let mut reader = pair.master.try_clone_reader().expect("no PTY reader");
        let (done, reader_done) = mpsc::channel();
        let (feed, log) = (Arc::clone(&parser), Arc::clone(&raw));
        std::thread::spawn(move || {
            let mut buffer = [0u8; 8192];
            while let Ok(n @ 1..) = reader.read(&mut buffer) {
                lock(&log).extend_from_slice(&buffer[..n]);
                lock(&feed).process(&buffer[..n]);
            }
            let _ = done.send(());
        });
        let writer = pair.master.take_writer().expect("no PTY writer");
        Pty {
            parser,
            raw,
            master: pair.master,
            writer,
            child,
            reader_done,
            _slot: slot,
        }
    }

    /// Every byte the program wrote to the terminal so far, escape sequences included.
    pub fn output(&self) -> Vec<u8> {
        lock(&self.raw).clone()
    }

    /// Sends `signal` (`TERM`, `HUP`…) to the program with `kill`.
    pub fn signal(&self, signal: &str) {
        let pid = self.child.process_id().expect("the program has no pid");
        let status = std::process::Command::new("kill")
            .arg(format!("-{signal}"))
            .arg(pid.to_string())
            .status()
            .expect("cannot run kill");
        assert!(status.success(), "kill -{signal} {pid} failed");
    }

    /// True when the terminal is back in its usual line mode (echo and line editing on), as raw
    /// mode is turned off.
    pub fn in_line_mode(&self) -> bool {
        use nix::sys::termios::LocalFlags;
        let termios = self
            .master
            .get_termios()
            .expect("cannot read the PTY modes");
        termios
            .local_flags
            .contains(LocalFlags::ICANON | LocalFlags::ECHO)
    }

    /// Sends raw bytes (keys or typed text).
    pub fn send(&mut self, bytes: impl AsRef<[u8]>) {
        self.writer
            .write_all(bytes.as_ref())
            .and_then(|()| self.writer.flush())
            .expect("cannot write to the PTY");
    }

    /// The screen's text, row by row.
    pub fn text(&self) -> String {
        lock(&self.parser).screen().contents()
    }

    /// Runs `check` on the screen.
    pub fn with_screen<T>(&self, check: impl FnOnce(&vt100::Screen) -> T) -> T {
        check(lock(&self.parser).screen())
    }

    /// Waits until `ready` holds for the screen; panics with the screen after [`timeout`].
    pub fn wait_for_screen(&self, what: &str, ready: impl Fn(&vt100::Screen) -> bool) {
        let deadline = Instant::now() + timeout();
        while !self.with_screen(&ready) {
            if Instant::now() > deadline {
                panic!(
                    "timed out after {:?} waiting for {what}; the screen shows:\n{}",
                    timeout(),
                    self.text()
                );
            }
            std::thread::sleep(POLL);
        }
    }

    /// Waits until `ready` holds for the screen's text, and returns that text.
    pub fn wait_for(&self, what: &str, ready: impl Fn(&str) -> bool) -> String {
        self.wait_for_screen(what, |screen| ready(&screen.contents()));
        self.text()
    }

    /// Waits until the screen shows `needle`.
    pub fn wait_text(&self, needle: &str) -> String {
        self.wait_for(&format!("`{needle}`"), |text| text.contains(needle))
    }

    /// Sends `bytes`, then waits until the screen shows `needle`.
    pub fn press(&mut self, bytes: impl AsRef<[u8]>, needle: &str) -> String {
        self.send(bytes);
        self.wait_text(needle)
    }

    /// Sends `bytes`, then waits until one line shows all of `parts`, in order (a label and its
    /// value, whatever the padding between them).
    pub fn press_line(&mut self, bytes: impl AsRef<[u8]>, parts: &[&str]) -> String {
        self.send(bytes);
        self.wait_for(&format!("a line with {parts:?}"), |text| {
            text.lines().any(|line| has_in_order(line, parts))
        })
    }

    /// Sends `bytes`, then waits until the pane titled `title` shows `needle`.
    pub fn press_pane(&mut self, bytes: impl AsRef<[u8]>, title: &str, needle: &str) -> String {
        self.send(bytes);
        self.wait_for(&format!("`{needle}` in the pane `{title}`"), |text| {
            pane(text, title).contains(needle)
        })
    }

    /// Resizes the terminal, as a user dragging the window would.
    pub fn resize(&mut self, cols: u16, rows: u16) {
        lock(&self.parser).screen_mut().set_size(rows, cols);
        self.master
            .resize(size(cols, rows))
            .expect("cannot resize the PTY");
    }

    /// Waits for the program to exit and for its last output to reach the parser.
    pub fn wait_exit(&mut self) -> ExitStatus {
        let deadline = Instant::now() + timeout();
        let status = loop {
            if let Some(status) = self.child.try_wait().expect("cannot wait for the child") {
                break status;
            }
            if Instant::now() > deadline {
                panic!(
                    "embarquement did not exit within {:?}; the screen shows:\n{}",
                    timeout(),
                    self.text()
                );
            }
            std::thread::sleep(POLL);
        };
        self.reader_done
            .recv_timeout(timeout())
            .expect("the PTY output did not end after the exit");
        status
    }

    /// Quits with `q` and checks the exit code is 0.
    pub fn quit(&mut self) {
        self.send("q");
        let status = self.wait_exit();
        assert!(status.success(), "exit status {status:?}:\n{}", self.text());
    }
}

impl Drop for Pty {
    fn drop(&mut self) {
        if let Ok(None) = self.child.try_wait() {
            let _ = self.child.kill();
            let _ = self.child.wait();
        }
    }
}

fn size(cols: u16, rows: u16) -> PtySize {
    PtySize {
        rows,
        cols,
        pixel_width: 0,
        pixel_height: 0,
    }
}

/// The text inside the bordered pane whose title starts with `title`, one line per row (for
/// panes drawn with single-width characters, which the wizard's are).
pub fn pane(text: &str, title: &str) -> String {
    let top = format!("┌ {title}");
    let mut lines = text.lines();
    let Some(column) = lines.by_ref().find_map(|line| {
        let byte = line.find(&top)?;
        Some(line[..byte].chars().count())
    }) else {
        return String::new();
    };
    lines
        .map(|line| line.chars().skip(column).collect::<String>())
        .take_while(|row| row.starts_with('│'))
        .map(|row| {
            let inner: String = row.chars().skip(1).take_while(|c| *c != '│').collect();
            inner.trim_end().to_string()
        })
        .collect::<Vec<_>>()
        .join("\n")
}

/// True when `line` holds every one of `parts`, in order.
pub fn has_in_order(line: &str, parts: &[&str]) -> bool {
    let mut rest = line;
    parts.iter().all(|part| match rest.find(part) {
        Some(at) => {
            rest = &rest[at + part.len()..];
            true
        }
        None => false,
    })
}

/// True when `needle`, on the first row that shows both `row_marker` and `needle` after it, is
/// drawn in reverse video (the wizard's mark of the selected option).
pub fn is_reversed(screen: &vt100::Screen, row_marker: &str, needle: &str) -> bool {
    let (_, cols) = screen.size();
    screen.rows(0, cols).enumerate().any(|(row, line)| {
        let Some(start) = line.find(row_marker) else {
            return false;
        };
        let Some(offset) = line[start..].find(needle) else {
            return false;
        };
        let column = line[..start + offset].chars().count() as u16;
        (column..column + needle.chars().count() as u16).all(|col| {
            screen
                .cell(row as u16, col)
                .is_some_and(|cell| cell.inverse())
        })
    })
}

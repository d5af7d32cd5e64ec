//! The non-interactive commands: they never touch the terminal's modes, and print through
//! [`crate::output`].

pub mod diff;
pub mod export;
pub mod git_setup;
pub mod init;
pub mod merge;
pub mod status;
pub mod validate;

//! The non-interactive commands: they never touch the terminal's modes, and print through
//! [`crate::output`].

pub mod diff;
pub mod export;
pub mod gate;
pub mod git_setup;
pub mod init;
pub mod merge;
pub mod portfolio;
pub mod status;
pub mod validate;

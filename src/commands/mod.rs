//! The non-interactive commands: they never touch the terminal's modes.

pub mod init;
pub mod status;
pub mod validate;

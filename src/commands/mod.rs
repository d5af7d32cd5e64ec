//! The non-interactive commands: they never touch the terminal's modes, and print through
//! [`crate::output`].

pub mod export;
pub mod init;
pub mod status;
pub mod validate;

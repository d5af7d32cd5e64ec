//! Plans that travel through git: what changed between two plans, and the three-way merge of two
//! plans' changes. Models only: the commands word them.

pub mod diff;
pub mod merge;

pub use diff::{Difference, diff, fields};
pub use merge::merge;

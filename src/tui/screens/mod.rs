//! One file per window over the main screen: its state, the handler of its keys and its drawing.

pub mod choice;
pub mod decision;

//! embarquement: a terminal wizard that walks a public-sector project team through the five
//! onboarding stages of the Cloud Pi Native offer and keeps its answers in a local project plan.

#![forbid(unsafe_code)]

pub mod cli;
pub mod commands;
pub mod definitions;
pub mod files;
pub mod i18n;
pub mod output;
pub mod plan;
pub mod portfolio;
pub mod report;
pub mod roundtrip;
pub mod sanitize;
#[cfg(test)]
pub(crate) mod test_support;
pub mod tui;
pub mod typography;
pub mod words;
mod yaml;

//! The report a team sends and a service team reads: one model ([`model::Report`], built by
//! [`build`]) printed as Markdown, HTML or JSON, so that the three never disagree.

mod build;
pub mod fields;
pub mod html;
pub mod json;
pub mod markdown;
pub mod model;
mod phrases;
pub mod words;

pub use build::build;

/// The mark shown beside a criterion's status or a decision, so that no colour carries it alone.
pub fn mark(code: &str) -> &'static str {
    match code {
        "ok" | "go" => "✓",
        "ko" | "no_go" => "✗",
        "na" => "–",
        _ => "○",
    }
}

/// A status with its mark: « ✓ ok ».
pub fn marked(label: &model::Label) -> String {
    format!("{} {}", mark(&label.code), label.label)
}

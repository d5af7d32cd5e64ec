//! `embarquement validate`: check a definition set and report every problem.

use std::path::Path;

use crate::definitions::{self, Definitions, DefinitionsError, Source};
use crate::i18n::{Lang, fill};
use crate::output;
use crate::sanitize;

/// Loads the definitions of `dir` (or the embedded ones) and returns them, or every problem found.
pub fn load(dir: Option<&Path>) -> Result<Definitions, DefinitionsError> {
    definitions::load(dir.map_or(Source::Embedded, Source::Folder))
}

/// Prints a summary of valid definitions to stdout, or the problems to stderr; returns success.
pub fn run(dir: Option<&Path>, lang: Lang) -> bool {
    match load(dir) {
        Ok(defs) => {
            let criteria: usize = defs.stages.iter().map(|s| s.criteria.len()).sum();
            let questions: usize = defs
                .questionnaires
                .iter()
                .flat_map(|q| &q.sections)
                .map(|s| s.questions.len())
                .sum();
            let summary = fill(
                lang.strings().validate_ok,
                &[
                    &defs.stages.len(),
                    &criteria,
                    &defs.questionnaires.len(),
                    &questions,
                    &sanitize::line(defs.version()),
                    &defs.digest,
                ],
            );
            // A closed output is no reason to call valid definitions invalid.
            let _ = output::print(&format!("{summary}\n"));
            true
        }
        Err(error) => {
            report(&error, lang);
            false
        }
    }
}

/// Prints every problem to stderr, one per line, then what to do.
pub fn report(error: &DefinitionsError, lang: Lang) {
    for diagnostic in &error.diagnostics {
        output::tell(&sanitize::line(&diagnostic.in_lang(lang)));
    }
    output::tell(&fill(
        lang.strings().validate_failed,
        &[&error.diagnostics.len()],
    ));
}

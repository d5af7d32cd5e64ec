//! Reading the plan file: size cap, UTF-8, format check (a newer format is refused untouched).

use std::fmt;
use std::fs;
use std::io;
use std::path::{Path, PathBuf};

use serde::Deserialize;

use super::format1::{FORMAT_1, PlanV1};
use super::integrity::{self, Seal};
use super::model::{AnswerValue, FORMAT, Plan};
use crate::files::{self, Links, NotRegular, ReadError};
use crate::i18n::{Lang, Strings, fill, problems};
use crate::sanitize;
use crate::yaml;

/// The largest plan file accepted, in bytes.
/// Eight times the plan of a 10,000-criteria stage with every answer given (about 0.5 MB): parsing
/// a plan peaks at about 18 bytes of memory per byte of text, so this bounds a load to about 75 MB.
pub const MAX_PLAN_BYTES: u64 = 4 * 1024 * 1024;

/// Why a plan could not be read.
#[derive(Debug)]
pub enum LoadError {
    /// The file does not exist.
    NotFound(PathBuf),
    /// The path is a symbolic link to a file that does not exist: a plan is not created through it.
    DanglingLink(PathBuf),
    /// The path names something other than a regular file (a folder, a named pipe…).
    NotAFile(PathBuf, NotRegular),
    /// The file could not be read.
    Io(PathBuf, io::Error),
    /// The file is larger than [`MAX_PLAN_BYTES`].
    TooLarge(PathBuf, u64),
    /// The file is not UTF-8 text.
    NotUtf8(PathBuf, usize),
    /// The file has no `format: embarquement-plan/…` line.
    NotAPlan(PathBuf),
    /// The plan was written by a newer version of the program.
    NewerFormat(PathBuf, String),
    /// The YAML does not describe a plan.
    Invalid(PathBuf, Box<yaml::YamlError>),
}

impl LoadError {
    /// The message in the interface's language, saying what to do.
    pub fn message(&self, strings: &Strings) -> String {
        match self {
            LoadError::NotFound(path) => {
                fill(strings.plan_not_found, &[&path.display(), &path.display()])
            }
            LoadError::DanglingLink(path) => fill(strings.plan_dangling_link, &[&path.display()]),
            LoadError::NotAFile(path, kind) => fill(
                strings.plan_not_a_file,
                &[&path.display(), &kind.words(strings)],
            ),
            LoadError::Io(path, err) => fill(strings.plan_unreadable, &[&path.display(), err]),
            LoadError::TooLarge(path, size) => fill(
                strings.plan_too_large,
                &[&path.display(), size, &MAX_PLAN_BYTES],
            ),
            LoadError::NotUtf8(path, line) => fill(strings.plan_not_utf8, &[&path.display(), line]),
            LoadError::NotAPlan(path) => fill(strings.not_a_plan, &[&path.display(), &FORMAT]),
            LoadError::NewerFormat(path, found) => fill(
                strings.newer_plan,
                &[&path.display(), &sanitize::quote(found), &FORMAT],
            ),
            LoadError::Invalid(path, error) => fill(
                strings.plan_invalid,
                &[
                    &path.display(),
                    &error.line.max(1),
                    &error.column.max(1),
                    &problems::message(error, strings),
                ],
            ),
        }
    }
}

impl fmt::Display for LoadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message(Lang::En.strings()))
    }
}

impl std::error::Error for LoadError {}

/// Just the `format` key, read before the rest.
#[derive(Deserialize)]
struct FormatHeader {
    #[serde(default)]
    format: Option<String>,
}

/// Reads the plan at `path`, refusing plans of a newer format and anything but a regular file
/// (a named pipe is refused at once, never waited on).
pub fn load(path: &Path) -> Result<Plan, LoadError> {
    let bytes = files::read_regular(path, Links::Follow, MAX_PLAN_BYTES)
        .map_err(|error| read_error(path, error))?;
    from_bytes(path, &bytes)
}

/// Reads the plan at `path` as [`load`] does, a link there followed or not as `links` says, with
/// what its seal says of the text (cut, changed by hand, intact or written before seals).
pub fn load_sealed(path: &Path, links: Links) -> Result<(Plan, Seal), LoadError> {
    let bytes = files::read_regular(path, links, MAX_PLAN_BYTES)
        .map_err(|error| read_error(path, error))?;
    let plan = from_bytes(path, &bytes)?;
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(&bytes);
    let seal = std::str::from_utf8(bytes).map_or(Seal::Altered, integrity::check);
    Ok((plan, seal))
}

/// The [`LoadError`] of a plan file that could not be read.
pub(super) fn read_error(path: &Path, error: ReadError) -> LoadError {
    let path_buf = path.to_path_buf();
    match error {
        ReadError::Io(err) if err.kind() == io::ErrorKind::NotFound => {
            let is_link = fs::symlink_metadata(path).is_ok_and(|m| m.file_type().is_symlink());
            if is_link {
                LoadError::DanglingLink(path_buf)
            } else {
                LoadError::NotFound(path_buf)
            }
        }
        ReadError::Io(err) => LoadError::Io(path_buf, err),
        ReadError::NotRegular(kind) => LoadError::NotAFile(path_buf, kind),
        ReadError::TooLarge(size) => LoadError::TooLarge(path_buf, size),
    }
}

/// Reads a plan from the bytes of the file at `path` (named in errors): size cap, UTF-8 (a leading
/// byte-order mark is dropped), format check; [`load`] without the file system, for the fuzz target.
pub fn from_bytes(path: &Path, bytes: &[u8]) -> Result<Plan, LoadError> {
    if bytes.len() as u64 > MAX_PLAN_BYTES {
        return Err(LoadError::TooLarge(path.to_path_buf(), bytes.len() as u64));
    }
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    let text = std::str::from_utf8(bytes).map_err(|err| {
        let line = yaml::line_breaks(&bytes[..err.valid_up_to()]) + 1;
        LoadError::NotUtf8(path.to_path_buf(), line)
    })?;
    parse(path, text)
}

/// Parses the text of a plan file: as a plan first (the text is read once when all is well), then,
/// when that fails or the format is not ours, through its `format` alone to say why.
fn parse(path: &Path, text: &str) -> Result<Plan, LoadError> {
    let invalid = |err: yaml::YamlError| LoadError::Invalid(path.to_path_buf(), Box::new(err));
    let parsed = yaml::from_str::<Plan>(text).and_then(|plan| numbers_as_written(text, plan));
    if let Ok(plan) = &parsed
        && plan.format == FORMAT
    {
        return parsed.map_err(invalid);
    }
    let header: FormatHeader = match yaml::from_str(text) {
        Ok(header) => header,
        // A parse error is best reported as the plan parser saw it.
        Err(err) => return Err(invalid(parsed.err().unwrap_or(err))),
    };
    let Some(format) = header.format else {
        return Err(LoadError::NotAPlan(path.to_path_buf()));
    };
    if format == FORMAT_1 {
        return yaml::from_str::<PlanV1>(text)
            .map(PlanV1::upgrade)
            .and_then(|plan| numbers_as_written(text, plan))
            .map_err(invalid);
    }
    if format != FORMAT {
        return Err(match format_number(&format) {
            Some(n) if n > format_number(FORMAT).unwrap_or(1) => {
                LoadError::NewerFormat(path.to_path_buf(), format)
            }
            _ => LoadError::NotAPlan(path.to_path_buf()),
        });
    }
    parsed.map_err(invalid)
}

/// `plan` with its answers' numbers as written: an integer beyond 64 bits is refused, a decimal
/// beyond any float kept as its text (see [`yaml::number_as_written`]).
fn numbers_as_written(text: &str, mut plan: Plan) -> Result<Plan, yaml::YamlError> {
    // Such numbers read as a float with no fraction, or as infinity: the only traces of them.
    let suspect =
        |value: f64| value.is_infinite() || (value.fract() == 0.0 && value.abs() >= 2f64.powi(63));
    for (stage, record) in &mut plan.stages {
        for (question, answer) in &mut record.answers {
            if let Some(AnswerValue::Number(value)) = answer.value
                && suspect(value)
            {
                let keys = ["stages", stage, "answers", question, "value"];
                if let Some(written) = yaml::number_as_written(text, &keys)? {
                    answer.value = Some(AnswerValue::Text(written));
                }
            }
        }
    }
    Ok(plan)
}

/// The number after `embarquement-plan/`.
fn format_number(format: &str) -> Option<u32> {
    format.strip_prefix("embarquement-plan/")?.parse().ok()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::plan::AnswerValue;
    use crate::yaml::Problem;

    /// A small valid plan, then `extra` lines.
    fn plan_text(extra: &str) -> String {
        format!(
            "format: {FORMAT}\ndefinitions: {{source: embedded, version: \"1\", digest: \"sha256:00\"}}\n\
             project: {{name: Démo}}\ncurrent_stage: 1\n{extra}"
        )
    }

    fn read(text: &str) -> Result<Plan, LoadError> {
        from_bytes(Path::new("plan.yaml"), text.as_bytes())
    }

    /// The YAML error inside `result`, which must be an [`LoadError::Invalid`].
    fn invalid(result: Result<Plan, LoadError>) -> yaml::YamlError {
        match result {
            Err(LoadError::Invalid(_, error)) => *error,
            other => panic!("expected an invalid plan, got {other:?}"),
        }
    }

    #[test]
    fn a_criterion_given_twice_is_refused_at_the_second() {
        let stages = "stages:\n  etape-1:\n    criteria:\n      a: {status: ok}\n      b: {status: ko}\n      a: {status: na}\n";
        let result = read(&plan_text(stages));
        let fr = result.as_ref().unwrap_err().message(Lang::Fr.strings());
        let error = invalid(result);
        assert_eq!(error.problem, Problem::DuplicateKey("a".into()));
        assert_eq!((error.line, error.column), (10, 7));
        assert!(
            fr.starts_with("plan.yaml:10:7\u{a0}: plan illisible\u{a0}: stages.etape-1.criteria\u{a0}: la clé `a` apparaît deux fois"),
            "{fr}"
        );
    }

    #[test]
    fn a_top_level_key_given_twice_is_refused() {
        let error = invalid(read(&plan_text("current_stage: 2\n")));
        assert_eq!(error.problem, Problem::DuplicateKey("current_stage".into()));
        assert_eq!((error.line, error.column), (5, 1));
    }

    #[test]
    fn aliases_are_refused_before_they_expand() {
        let sessions = "sessions:\n  \
            - {date: 2026-11-22, kind: review, participants: &x [{name: a}, {name: a}]}\n  \
            - {date: 2026-11-23, kind: review, participants: *x}\n";
        let error = invalid(read(&plan_text(sessions)));
        assert_eq!(error.problem, Problem::Alias);
        assert_eq!(error.line, 7);
    }

    #[test]
    fn deep_answer_values_are_refused() {
        let deep = format!("{}{}", "[".repeat(5_000), "]".repeat(5_000));
        let stages = format!("stages:\n  etape-1:\n    answers:\n      q: {{value: {deep}}}\n");
        let error = invalid(read(&plan_text(&stages)));
        assert_eq!(error.problem, Problem::TooDeep);
    }

    #[test]
    fn encoding_and_size_are_checked_before_parsing() {
        let mut bytes = b"\xEF\xBB\xBF".to_vec();
        bytes.extend(plan_text("").as_bytes());
        assert!(from_bytes(Path::new("p"), &bytes).is_ok());
        bytes.extend(b"# caf\xE9\n");
        let err = from_bytes(Path::new("p"), &bytes).unwrap_err();
        assert!(matches!(err, LoadError::NotUtf8(_, 5)), "{err:?}");
        assert_eq!(
            err.message(Lang::Fr.strings()),
            "p:5:1\u{a0}: ce n'est pas du texte UTF-8\u{a0}; le fichier est peut-être abîmé\u{a0}: demandez-en une nouvelle copie"
        );
        let big = vec![b'#'; MAX_PLAN_BYTES as usize + 1];
        let err = from_bytes(Path::new("p"), &big).unwrap_err();
        assert!(matches!(err, LoadError::TooLarge(_, _)), "{err:?}");
    }

    /// A plan whose stage `etape-1` answers question `q` with `value`.
    fn answered(value: &str) -> String {
        plan_text(&format!(
            "stages:\n  etape-1:\n    answers:\n      q: {{value: {value}}}\n"
        ))
    }

    #[test]
    fn answers_keep_their_kind_and_integers_beyond_64_bits_are_refused_at_their_line() {
        let value = |text: &str| {
            let plan = read(&answered(text)).unwrap_or_else(|err| panic!("{err}"));
            plan.answer("etape-1", "q").unwrap().value.clone().unwrap()
        };
        assert_eq!(value("true"), AnswerValue::Bool(true));
        assert_eq!(value("-12"), AnswerValue::Integer(-12));
        assert_eq!(value("2.5"), AnswerValue::Number(2.5));
        assert_eq!(value("'12'"), AnswerValue::Text("12".into()));
        // Beyond any float: kept as written, not read as infinity.
        assert_eq!(value("1e309"), AnswerValue::Text("1e309".into()));
        assert_eq!(value("-.inf"), AnswerValue::Number(f64::NEG_INFINITY));
        assert_eq!(
            value("[a, b]"),
            AnswerValue::List(vec!["a".into(), "b".into()])
        );
        for huge in ["123456789012345678901234567890", "9223372036854775808"] {
            let result = read(&answered(huge));
            let fr = result.as_ref().unwrap_err().message(Lang::Fr.strings());
            let error = invalid(result);
            assert_eq!((error.line, error.column), (8, 18), "{huge}");
            assert!(
                fr.contains("stages.etape-1.answers.q.value\u{a0}: "),
                "{fr}"
            );
            assert!(fr.contains(huge), "{fr}");
        }
        let fr = read(&answered("{a: 1}"))
            .unwrap_err()
            .message(Lang::Fr.strings());
        assert!(
            fr.contains("il faut une réponse (`true` ou `false`, un nombre"),
            "{fr}"
        );
    }

    #[test]
    fn a_date_in_another_format_says_which_format() {
        for date in ["22/11/2026", "2026-11-22T10:00:00Z", "2026-02-31", "[2026]"] {
            let sessions = format!("sessions:\n  - {{date: {date}, kind: self_assessment}}\n");
            let fr = read(&plan_text(&sessions))
                .unwrap_err()
                .message(Lang::Fr.strings());
            assert!(
                fr.starts_with("plan.yaml:6:12\u{a0}: plan illisible\u{a0}: sessions[0].date\u{a0}: il faut une date au format AAAA-MM-JJ (par exemple 2026-11-22), pas "),
                "{fr}"
            );
            assert!(!fr.contains("jiff") && !fr.contains("parse"), "{fr}");
        }
        let decision =
            "stages:\n  etape-1:\n    decisions: {service_team: {status: go, date: 2026-13-01}}\n";
        let error = invalid(read(&plan_text(decision)));
        assert_eq!((error.line, error.column), (7, 50));
        let undated = "stages:\n  etape-1:\n    decisions: {project_team: {status: go, date: ~}}\n";
        assert!(read(&plan_text(undated)).is_ok());
    }

    #[test]
    fn old_mac_line_ends_read_and_place_errors_on_their_line() {
        let text = plan_text("").replace('\n', "\r");
        assert_eq!(read(&text).unwrap().project.name, "Démo");
        let mut bytes = text.into_bytes();
        bytes.extend(b"# caf\xE9\r");
        let err = from_bytes(Path::new("p"), &bytes).unwrap_err();
        assert!(matches!(err, LoadError::NotUtf8(_, 5)), "{err:?}");
    }

    #[test]
    fn a_newer_plan_of_the_same_shape_is_still_refused() {
        let text = plan_text("").replace(FORMAT, "embarquement-plan/9");
        assert!(
            matches!(read(&text), Err(LoadError::NewerFormat(_, f)) if f == "embarquement-plan/9")
        );
    }
}

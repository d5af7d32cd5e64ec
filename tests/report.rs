//! `embarquement export`: the report of a sample plan that uses every feature, in three formats
//! and two languages (golden files), hostile notes that cannot change a document's structure, the
//! examples in docs/ kept as the tool writes them, and `-o`'s rules for files.

mod support;

use std::fs;
use std::path::{Path, PathBuf};

use pulldown_cmark::{Event, Options, Parser, Tag, TagEnd};
use scraper::{Html, Selector};
use serde_json::Value;

/// The plan every golden file is made from (against the embedded definitions).
fn sample() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/report/sample.plan.yaml")
}

/// A plan whose notes, names and answers try to break out of every format (minimal definitions).
fn hostile() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/report/hostile.plan.yaml")
}

/// The definitions' digest, which changes with any edit of them, replaced by a fixed mark.
fn without_digest(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(at) = rest.find("sha256:") {
        out.push_str(&rest[..at + 7]);
        rest = rest[at + 7..].trim_start_matches(|c: char| c.is_ascii_hexdigit());
        out.push('…');
    }
    out.push_str(rest);
    out
}

/// `embarquement export PLAN --format FORMAT [extra…]`, run in a fresh folder; its standard output.
fn export(plan: &Path, format: &str, extra: &[&str]) -> String {
    let dir = support::sandbox();
    let output = support::command(dir.path())
        .arg("export")
        .arg(plan)
        .args(["--format", format])
        .args(extra)
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    String::from_utf8(output).expect("the report is UTF-8")
}

/// The hostile plan's report in `format`.
fn export_hostile(format: &str) -> String {
    let minimal = support::minimal_definitions();
    let minimal = minimal.to_str().expect("a UTF-8 path");
    export(&hostile(), format, &["--questionnaires", minimal])
}

#[test]
fn the_sample_report_reads_the_same_in_every_format_and_language() {
    for (lang, extra) in [("fr", &[][..]), ("en", &["--lang", "en"][..])] {
        for format in ["markdown", "html", "json"] {
            let report = without_digest(&export(&sample(), format, extra));
            insta::assert_snapshot!(format!("{format}_{lang}"), report);
        }
    }
}

#[test]
fn the_examples_in_docs_are_what_the_tool_writes_from_the_sample_plan() {
    let docs = Path::new(env!("CARGO_MANIFEST_DIR")).join("docs");
    for (file, format) in [
        ("exemple-rapport.md", "markdown"),
        ("exemple-rapport.html", "html"),
    ] {
        let written = fs::read_to_string(docs.join(file)).expect("the example is in docs/");
        assert!(
            without_digest(&written) == without_digest(&export(&sample(), format, &[])),
            "docs/{file} is out of date: cargo run -- export tests/fixtures/report/sample.plan.yaml \
             -o docs/{file} --force"
        );
    }
}

/// What a Markdown document is made of, as CommonMark with GitHub tables reads it.
#[derive(Debug, Default)]
struct Structure {
    headings: Vec<String>,
    /// Per table, the number of cells of each row (header included).
    tables: Vec<Vec<usize>>,
    html: Vec<String>,
    code: Vec<String>,
    rules: usize,
    quotes: usize,
    text: String,
}

fn structure(markdown: &str) -> Structure {
    let mut found = Structure::default();
    let mut heading: Option<String> = None;
    let mut cells = 0;
    for event in Parser::new_ext(markdown, Options::ENABLE_TABLES) {
        match event {
            Event::Start(Tag::Heading { .. }) => heading = Some(String::new()),
            Event::End(TagEnd::Heading(_)) => found.headings.extend(heading.take()),
            Event::Start(Tag::Table(_)) => found.tables.push(Vec::new()),
            Event::Start(Tag::TableHead | Tag::TableRow) => cells = 0,
            Event::Start(Tag::TableCell) => cells += 1,
            Event::End(TagEnd::TableHead | TagEnd::TableRow) => {
                found.tables.last_mut().expect("in a table").push(cells)
            }
            Event::Start(Tag::BlockQuote(_)) => found.quotes += 1,
            Event::Start(Tag::CodeBlock(_)) => found.code.push("block".into()),
            Event::Code(code) => found.code.push(code.to_string()),
            Event::Html(html) | Event::InlineHtml(html) => found.html.push(html.to_string()),
            Event::Rule => found.rules += 1,
            Event::Text(text) => {
                if let Some(heading) = &mut heading {
                    heading.push_str(&text);
                }
                found.text.push_str(&text);
            }
            Event::SoftBreak | Event::HardBreak | Event::End(_) => found.text.push('\n'),
            _ => {}
        }
    }
    found
}

#[test]
fn hostile_notes_cannot_change_the_markdown_structure() {
    let markdown = export_hostile("markdown");
    let found = structure(&markdown);
    assert!(found.html.is_empty(), "raw HTML: {:?}", found.html);
    assert!(found.code.is_empty(), "code: {:?}", found.code);
    assert_eq!(found.rules, 0, "a line `---` became a rule");
    assert_eq!(found.quotes, 0, "a `>` became a quote");
    let titles: Vec<&str> = found.headings.iter().map(String::as_str).collect();
    assert!(
        titles
            .iter()
            .all(|h| !h.contains("titre") && !h.contains("faux")),
        "{titles:#?}"
    );
    // One heading of level 1 (the title), then the report's own headings only.
    assert!(titles[0].starts_with("Rapport d'embarquement — Démo | <b>gras</b> `code`"));
    for table in &found.tables {
        assert!(
            table.windows(2).all(|w| w[0] == w[1]),
            "a row of another width: {table:?}"
        );
    }
    let participants = found.tables.iter().filter(|t| t[0] == 3).count();
    assert_eq!(
        participants, 2,
        "participants and actions: three columns each"
    );
    // The text reads as it was written, escape sequences made visible.
    for text in [
        "a | b | c",
        "# titre",
        "<script>alert(1)</script>",
        "| 1 | 2 |",
        "`rm -rf`",
    ] {
        assert!(
            found.text.contains(text),
            "{text} not read back in:\n{}",
            found.text
        );
    }
    assert!(!markdown.contains('\u{1b}') && markdown.contains("\u{241b}\\[31m"));
    assert!(!markdown.contains('\u{7}'), "BEL left raw");
}

#[test]
fn hostile_notes_stay_text_in_the_html() {
    let html = export_hostile("html");
    let page = Html::parse_document(&html);
    let all = |css: &str| page.select(&Selector::parse(css).unwrap()).count();
    assert_eq!(all("script"), 0, "a script element made it in");
    assert_eq!(all("img"), 0);
    assert_eq!(all("b"), 0);
    assert_eq!(all("h1"), 1, "only the report's title is a level-1 heading");
    assert_eq!(all("section.stage"), 5);
    let text: String = page.root_element().text().collect();
    for shown in [
        "<script>alert(1)</script>",
        "</td></tr></table><h1>faux</h1>",
        "<img src=x onerror=alert(1)>",
    ] {
        assert!(text.contains(shown), "{shown} not shown as text");
    }
    assert!(!html.contains('\u{1b}') && !html.contains('\u{7}'));
}

#[test]
fn hostile_notes_are_plain_strings_in_the_json() {
    let json = export_hostile("json");
    assert!(!json.contains('\u{1b}'), "raw escape");
    let report: Value = serde_json::from_str(&json).expect("JSON");
    let criterion = &report["stages"][0]["criteria"][0];
    let note = criterion["note"].as_str().unwrap();
    assert!(note.starts_with("a | b | c\n---\n# titre\n"), "{note}");
    assert!(note.contains("\u{241b}[31m"), "{note}");
    assert_eq!(
        criterion["interviewer_note"],
        "</td></tr></table><h1>faux</h1>"
    );
}

#[test]
fn the_json_report_has_its_documented_shape() {
    let report: Value = serde_json::from_str(&export(&sample(), "json", &[])).unwrap();
    assert_eq!(report["format"], "embarquement-report/1");
    assert_eq!(report["lang"], "fr");
    assert_eq!(report["current_stage"], 2);
    let stage = &report["stages"][0];
    assert_eq!(stage["decisions"]["service_team"]["status"]["code"], "go");
    assert_eq!(
        stage["decisions"]["service_team"]["history"][0]["status"]["code"],
        "no_go"
    );
    assert_eq!(
        stage["decisions"]["service_team"]["date"]["iso"],
        "2026-11-22"
    );
    let question = &stage["questionnaires"][0]["sections"][0]["questions"][1];
    assert_eq!(question["value"], "migration", "the stored id");
    assert_eq!(
        question["answer"],
        "Migration d'une application déjà en production"
    );
    let unanswered = &report["stages"][1]["blockers"]["unanswered"];
    assert!(unanswered.as_array().unwrap().len() > 3);
    assert_eq!(
        report["stages"][4]["next"],
        Value::Null,
        "nothing after the last stage"
    );
    assert_eq!(report["orphans"][0]["id"], "ancienne-question");
    let member = &report["training"]["members"][2];
    assert_eq!(member["paths"][0]["next_level"]["level"], 2);
}

#[test]
fn french_punctuation_never_starts_a_line() {
    for format in ["markdown", "html"] {
        let report = export(&sample(), format, &[]);
        for bad in [" :", " ;", " ?", " !", "« ", " »"] {
            assert!(
                !report.contains(bad),
                "{format}: a breaking space in {bad:?}"
            );
        }
        assert!(report.contains("besoin actuel\u{202F}?"));
    }
}

#[test]
fn answers_read_in_words_with_the_languages_numbers_and_dates() {
    let fr = export(&sample(), "markdown", &[]);
    assert!(fr.contains("1er\u{A0}mars\u{A0}2027"), "the date in words");
    assert!(fr.contains("Cloud Pi Native (usine logicielle et hébergement), Accompagnement"));
    assert!(fr.contains("*non renseigné*"));
    let en = export(&sample(), "markdown", &["--lang", "en"]);
    assert!(en.contains("1\u{A0}March\u{A0}2027"));
    assert!(
        en.contains("1,250\u{A0}modules"),
        "English groups four digits"
    );
    assert!(en.contains("*not set*"));
}

#[test]
fn export_to_a_file_creates_it_and_refuses_to_replace_it_without_force() {
    let dir = support::sandbox();
    let run = |args: &[&str]| {
        let mut command = support::command(dir.path());
        command.arg("export").arg(sample()).args(args);
        command.assert()
    };
    let out = dir.path().join("rapport.html");
    let stdout = run(&["-o", "rapport.html"])
        .success()
        .get_output()
        .stdout
        .clone();
    assert_eq!(String::from_utf8(stdout).unwrap().trim(), "rapport.html");
    let first = fs::read_to_string(&out).unwrap();
    assert!(
        first.starts_with("<!DOCTYPE html>"),
        "the format follows the extension"
    );

    fs::write(&out, "à garder").unwrap();
    let refused = run(&["-o", "rapport.html"])
        .code(1)
        .get_output()
        .stderr
        .clone();
    let refused = String::from_utf8(refused).unwrap();
    assert!(
        refused.contains("existe déjà") && refused.contains("--force"),
        "{refused}"
    );
    assert_eq!(
        fs::read_to_string(&out).unwrap(),
        "à garder",
        "left as it was"
    );

    run(&["-o", "rapport.html", "--force"]).success();
    assert_eq!(fs::read_to_string(&out).unwrap(), first);
    let listed: Vec<_> = fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .collect();
    assert_eq!(listed.len(), 1, "no temporary file left: {listed:?}");
}

#[test]
fn export_never_writes_over_the_plan_itself() {
    let dir = support::sandbox();
    let plan = dir.path().join("plan.yaml");
    fs::copy(sample(), &plan).unwrap();
    let before = fs::read(&plan).unwrap();
    let stderr = support::command(dir.path())
        .args([
            "export",
            "plan.yaml",
            "--format",
            "json",
            "-o",
            "plan.yaml",
            "--force",
        ])
        .assert()
        .code(1)
        .get_output()
        .stderr
        .clone();
    assert!(
        String::from_utf8(stderr)
            .unwrap()
            .contains("le plan lui-même")
    );
    assert_eq!(fs::read(&plan).unwrap(), before);
}

#[cfg(unix)]
#[test]
fn export_does_not_write_through_a_link() {
    let dir = support::sandbox();
    let target = dir.path().join("ailleurs.md");
    std::os::unix::fs::symlink(&target, dir.path().join("rapport.md")).unwrap();
    support::command(dir.path())
        .arg("export")
        .arg(sample())
        .args(["-o", "rapport.md"])
        .assert()
        .code(1);
    assert!(!target.exists(), "written through a link to nowhere");
}

#[test]
fn a_missing_plan_is_an_error_that_says_so() {
    let dir = support::sandbox();
    let stderr = support::command(dir.path())
        .args(["export", "absent.yaml"])
        .assert()
        .code(1)
        .get_output()
        .stderr
        .clone();
    assert!(String::from_utf8(stderr).unwrap().contains("absent.yaml"));
}

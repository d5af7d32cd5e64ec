//! `embarquement portfolio`: a folder of plans as one table (golden files of text, Markdown and
//! JSON), sorted by the column asked, with totals; broken, huge, foreign and hostile files listed
//! or escaped without stopping the rest; the HTML page read back by an HTML5 parser.

mod support;

use std::fs;
use std::path::Path;

use scraper::{Html, Selector};
use serde_json::Value;
use tempfile::TempDir;

/// The report's fixtures: a plan using every feature, and one whose text tries to break out.
fn fixture(name: &str) -> std::path::PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/report")
        .join(name)
}

/// A sandbox holding `plans/` with the sample plan, the hostile plan, a broken plan, a YAML file
/// that is no plan and a text file the portfolio does not read.
fn folder() -> TempDir {
    let dir = support::sandbox();
    let plans = dir.path().join("plans");
    fs::create_dir(&plans).unwrap();
    fs::copy(fixture("sample.plan.yaml"), plans.join("ged.plan.yaml")).unwrap();
    fs::copy(fixture("hostile.plan.yaml"), plans.join("demo.plan.yaml")).unwrap();
    fs::write(
        plans.join("cassé.plan.yaml"),
        "format: embarquement-plan/2\nproject: [\n",
    )
    .unwrap();
    fs::write(plans.join("ci.yaml"), "stages: [test]\n").unwrap();
    fs::write(plans.join("LISEZMOI.txt"), "pas un plan").unwrap();
    dir
}

/// `embarquement portfolio ARGS` in `dir`: exit code, standard output, standard error.
fn portfolio(dir: &Path, args: &[&str]) -> (i32, String, String) {
    let all: Vec<&str> = std::iter::once("portfolio")
        .chain(args.iter().copied())
        .collect();
    support::outcome(dir, &all)
}

fn json(dir: &Path, args: &[&str]) -> Value {
    let mut all = vec!["--format", "json"];
    all.extend(args);
    let (code, out, err) = portfolio(dir, &all);
    assert_eq!((code, err.as_str()), (0, ""));
    serde_json::from_str(&out).unwrap()
}

#[test]
fn the_portfolio_of_a_folder_reads_as_its_golden_files() {
    let dir = folder();
    for (format, lang) in [
        ("text", "fr"),
        ("text", "en"),
        ("markdown", "fr"),
        ("json", "fr"),
    ] {
        let (code, out, err) =
            portfolio(dir.path(), &["plans", "--format", format, "--lang", lang]);
        assert_eq!((code, err.as_str()), (0, ""), "{format} {lang}");
        insta::assert_snapshot!(format!("{format}_{lang}"), out);
    }
}

#[test]
fn rows_follow_the_column_asked_and_totals_count_every_plan() {
    let dir = folder();
    let projects = |value: &Value| -> Vec<String> {
        value["plans"]
            .as_array()
            .unwrap()
            .iter()
            .map(|p| p["file"].as_str().unwrap().to_string())
            .collect()
    };
    let by_stage = json(dir.path(), &["plans", "--sort", "stage"]);
    assert_eq!(
        projects(&by_stage),
        ["plans/demo.plan.yaml", "plans/ged.plan.yaml"]
    );
    let by_readiness = json(dir.path(), &["plans", "--sort", "blockers"]);
    assert_eq!(by_readiness["sort"], "blockers");
    let blockers: Vec<u64> = by_readiness["plans"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["blockers"].as_u64().unwrap())
        .collect();
    assert!(blockers.windows(2).all(|w| w[0] <= w[1]), "{blockers:?}");
    let at_stage: u64 = by_stage["totals"]
        .as_array()
        .unwrap()
        .iter()
        .map(|t| t["at_stage"].as_u64().unwrap())
        .sum();
    assert_eq!(at_stage, 2, "every plan is at one stage");
    assert_eq!(by_stage["format"], "embarquement-portfolio/1");

    let (code, _, err) = portfolio(dir.path(), &["plans", "--sort", "couleur"]);
    assert_eq!(code, 2, "{err}");
}

#[test]
fn hostile_files_never_stop_the_portfolio_nor_reach_the_terminal() {
    let dir = folder();
    let plans = dir.path().join("plans");
    // Larger than any plan may be: refused by its size, unread.
    let mut huge = fs::read_to_string(fixture("sample.plan.yaml")).unwrap();
    huge.push_str(&format!("# {}\n", "x".repeat(5 * 1024 * 1024)));
    fs::write(plans.join("énorme.plan.yaml"), huge).unwrap();
    // A named pipe: refused at once, never waited on.
    let fifo = plans.join("tube.yaml");
    assert!(
        std::process::Command::new("mkfifo")
            .arg(&fifo)
            .status()
            .unwrap()
            .success()
    );
    // Escape sequences in the project card and in file names, read and broken alike.
    let sample = fs::read_to_string(fixture("sample.plan.yaml")).unwrap();
    let escaping = sample
        .replace(
            "name: GED Préfecture du Nord",
            "name: \"\\e[2J\\e]0;titre\\a\\u009b31mRouge\"",
        )
        .replace(
            "organisation: Préfecture du Nord — SIDSIC",
            "organisation: \"\\e[31mSIDSIC\\e[0m\\u202e\"",
        );
    fs::write(plans.join("\u{1b}[31mrouge.plan.yaml"), escaping).unwrap();
    fs::write(plans.join("\u{1b}]0;x\u{7}.yaml"), "format: [\n").unwrap();
    for format in ["text", "markdown", "html", "json"] {
        let started = std::time::Instant::now();
        let (code, out, err) = portfolio(dir.path(), &["plans", "--format", format]);
        assert_eq!((code, err.as_str()), (0, ""), "{format}");
        assert!(started.elapsed().as_secs() < 10, "{format}: waited");
        assert!(
            !out.contains(['\u{1b}', '\u{7}', '\u{9b}', '\u{202e}']),
            "{format}: a control character reached the output"
        );
        assert!(out.contains("GED Préfecture du Nord"), "{format}");
        assert!(out.contains("Rouge") && out.contains("SIDSIC"), "{format}");
    }
    let value = json(dir.path(), &["plans"]);
    let unread: Vec<&str> = value["unread"]
        .as_array()
        .unwrap()
        .iter()
        .map(|u| u["file"].as_str().unwrap())
        .collect();
    assert_eq!(
        unread,
        [
            "plans/␛]0;x␇.yaml",
            "plans/cassé.plan.yaml",
            "plans/ci.yaml",
            "plans/tube.yaml",
            "plans/énorme.plan.yaml"
        ]
    );
    let (_, text, _) = portfolio(dir.path(), &["plans"]);
    assert!(
        text.contains("Démo | <b>gras</b> `code`"),
        "the hostile plan is listed, as text"
    );
}

#[test]
fn a_link_out_of_the_folder_is_not_followed() {
    let dir = folder();
    let outside = support::sandbox();
    fs::copy(
        fixture("sample.plan.yaml"),
        outside.path().join("secret.yaml"),
    )
    .unwrap();
    std::os::unix::fs::symlink(
        outside.path().join("secret.yaml"),
        dir.path().join("plans/lien.yaml"),
    )
    .unwrap();
    let value = json(dir.path(), &["plans"]);
    assert_eq!(value["plans"].as_array().unwrap().len(), 2);
    let reasons = value["unread"].to_string();
    assert!(
        reasons.contains("lien symbolique hors du dossier"),
        "{reasons}"
    );
}

#[test]
fn the_html_portfolio_is_one_accessible_self_contained_page() {
    let dir = folder();
    let (code, html, _) = portfolio(dir.path(), &["plans", "-o", "portefeuille.html"]);
    assert_eq!(code, 0);
    assert_eq!(html, "portefeuille.html\n", "the file written is named");
    let html = fs::read_to_string(dir.path().join("portefeuille.html")).unwrap();
    let page = Html::parse_document(&html);
    assert!(page.errors.is_empty(), "{:?}", page.errors);
    let select = |css: &str| {
        page.select(&Selector::parse(css).unwrap())
            .collect::<Vec<_>>()
    };
    assert_eq!(select("html")[0].value().attr("lang"), Some("fr"));
    let title: String = select("head > title")[0].text().collect();
    assert_eq!(title, "Portefeuille des projets");
    let heads = select("table.portfolio thead th");
    assert!(
        heads
            .iter()
            .all(|th| th.value().attr("scope") == Some("col"))
    );
    let rows = select("table.portfolio tbody tr > th");
    assert_eq!(rows.len(), 2);
    assert!(
        rows.iter()
            .all(|th| th.value().attr("scope") == Some("row"))
    );
    assert!(
        select("table caption").len() >= 3,
        "plans, totals, files not read"
    );
    assert!(select("script").is_empty() && select("link").is_empty() && select("img").is_empty());
    assert!(
        html.contains("&lt;b&gt;gras&lt;/b&gt;"),
        "a plan's markup is escaped"
    );

    let (code, _, err) = portfolio(dir.path(), &["plans", "-o", "portefeuille.html"]);
    assert_eq!(code, 1, "an existing file is kept: {err}");
    assert!(err.contains("--force"), "{err}");
}

#[test]
fn files_named_are_read_and_one_missing_is_listed() {
    let dir = folder();
    let value = json(
        dir.path(),
        &["plans/ged.plan.yaml", "plans/absent.plan.yaml"],
    );
    assert_eq!(value["plans"].as_array().unwrap().len(), 1);
    assert_eq!(value["unread"][0]["file"], "plans/absent.plan.yaml");
    let (code, _, _) = portfolio(dir.path(), &[]);
    assert_eq!(code, 2, "a folder or a file is required");
}

//! The non-interactive commands, run as a user would, each in its own temporary folder.

mod support;

use std::fs;
use std::path::Path;

use serde_json::Value;
use support::{PLAN_FILE, command, command_minimal, init_plan, minimal_definitions, read_plan};

/// Runs `command`, checks it failed with exit code 1 and nothing on stdout, returns stderr.
fn failure(mut command: assert_cmd::Command) -> String {
    let output = command.assert().code(1).get_output().clone();
    assert!(
        output.stdout.is_empty(),
        "stdout: {}",
        String::from_utf8_lossy(&output.stdout)
    );
    String::from_utf8(output.stderr).expect("stderr is UTF-8")
}

/// Runs `command`, checks it succeeded, returns stdout.
fn success(mut command: assert_cmd::Command) -> String {
    let output = command.assert().success().get_output().clone();
    String::from_utf8(output.stdout).expect("stdout is UTF-8")
}

#[test]
fn init_creates_a_plan_then_refuses_to_overwrite_it() {
    let dir = support::sandbox();
    let path = init_plan(dir.path(), "Démo Préfecture");
    let plan = read_plan(&path);
    assert_eq!(plan["format"].as_str(), Some("embarquement-plan/2"));
    assert_eq!(plan["project"]["name"].as_str(), Some("Démo Préfecture"));
    let before = fs::read(&path).unwrap();

    let stderr = failure(command_minimal(dir.path(), &["init", "--name", "Autre"]));
    assert!(stderr.contains("existe déjà"), "{stderr}");
    assert!(stderr.contains(PLAN_FILE), "{stderr}");
    assert_eq!(fs::read(&path).unwrap(), before);
}

#[test]
fn init_records_the_optional_project_fields() {
    let dir = support::sandbox();
    let args = [
        "init",
        "projet.yaml",
        "--name",
        "GED",
        "--organisation",
        "Préfecture du Nord",
        "--kind",
        "migration",
        "--hosting-target",
        "a-definir",
    ];
    let stdout = success(command_minimal(dir.path(), &args));
    assert_eq!(stdout.trim(), "projet.yaml");
    let plan = read_plan(&dir.path().join("projet.yaml"));
    let project = &plan["project"];
    assert_eq!(project["organisation"].as_str(), Some("Préfecture du Nord"));
    // The kind and the hosting target are the answers of the questions that hold them.
    assert!(project.get("kind").is_none(), "{project:?}");
    let answers = |stage: &str| &plan["stages"][stage]["answers"];
    assert_eq!(
        answers("opportunite")["type-projet"]["value"].as_str(),
        Some("migration")
    );
    assert_eq!(
        answers("plan-projet")["cible-hebergement"]["value"].as_str(),
        Some("a-definir")
    );
}

#[test]
fn init_refuses_a_kind_the_definitions_do_not_offer_and_names_those_they_do() {
    let dir = support::sandbox();
    let args = ["init", "projet.yaml", "--name", "GED", "--kind", "refonte"];
    let stderr = failure(command_minimal(dir.path(), &args));
    assert!(
        stderr.contains("--kind\u{a0}: «\u{a0}refonte\u{a0}» n'est pas proposé par ces définitions\u{a0}; choix possibles\u{a0}: nouveau, migration"),
        "{stderr}"
    );
    assert!(!dir.path().join("projet.yaml").exists());
}

#[test]
fn init_refuses_an_unknown_kind_and_names_the_accepted_ones() {
    let dir = support::sandbox();
    let args = ["init", "--name", "GED", "--kind", "nouvelle"];
    let stderr = failure(command_minimal(dir.path(), &args));
    assert!(
        stderr
            .contains("--kind\u{a0}: «\u{a0}nouvelle\u{a0}» n'est pas proposé par ces définitions"),
        "{stderr}"
    );
    assert!(
        stderr.contains("choix possibles\u{a0}: nouveau, migration"),
        "{stderr}"
    );
    assert!(!dir.path().join(PLAN_FILE).exists());
}

/// Checks that `value` is an object with exactly `keys`.
fn assert_keys(value: &Value, keys: &[&str]) {
    let object = value
        .as_object()
        .unwrap_or_else(|| panic!("not an object: {value}"));
    let mut found: Vec<&str> = object.keys().map(String::as_str).collect();
    let mut expected = keys.to_vec();
    found.sort_unstable();
    expected.sort_unstable();
    assert_eq!(found, expected, "in {value:#}");
}

/// The unsigned integer at `key` of `value`.
fn count(value: &Value, key: &str) -> u64 {
    value[key]
        .as_u64()
        .unwrap_or_else(|| panic!("`{key}` is not a count in {value:#}"))
}

/// Checks a `status --format json` summary against the contract of design.md.
fn assert_status_contract(summary: &Value) {
    assert_keys(
        summary,
        &["project", "plan", "current_stage", "stages", "conflicts"],
    );
    assert_eq!(count(summary, "conflicts"), 0);
    assert_keys(&summary["project"], &["name"]);
    assert!(summary["project"]["name"].is_string());
    assert!(summary["plan"].is_string());
    assert!((1..=5).contains(&count(summary, "current_stage")));
    let stages = summary["stages"].as_array().expect("`stages` is a list");
    assert_eq!(stages.len(), 5);
    for (index, stage) in stages.iter().enumerate() {
        let keys = [
            "id",
            "number",
            "title",
            "decision",
            "decisions",
            "criteria",
            "questions",
            "readiness",
            "blockers",
            "unanswered",
        ];
        assert_keys(stage, &keys);
        assert!(stage["id"].as_str().is_some_and(|id| !id.is_empty()));
        assert_eq!(count(stage, "number"), index as u64 + 1);
        assert!(stage["title"].as_str().is_some_and(|t| !t.is_empty()));
        let decision = stage["decision"].as_str().expect("`decision` is a string");
        assert!(["pending", "go", "no_go"].contains(&decision), "{decision}");
        let decisions = &stage["decisions"];
        assert_keys(decisions, &["project_team", "service_team"]);
        assert_eq!(
            decisions["service_team"]["status"], stage["decision"],
            "the service team's counts"
        );
        for side in ["project_team", "service_team"] {
            assert_keys(&decisions[side], &["status", "name", "date", "replaced"]);
        }
        let criteria = &stage["criteria"];
        assert_keys(criteria, &["total", "ok", "ko", "na", "todo"]);
        let settled: u64 = ["ok", "ko", "na", "todo"]
            .iter()
            .map(|k| count(criteria, k))
            .sum();
        assert_eq!(settled, count(criteria, "total"), "{criteria}");
        let questions = &stage["questions"];
        assert_keys(questions, &["total", "answered"]);
        assert!(count(questions, "answered") <= count(questions, "total"));
        let readiness = stage["readiness"]
            .as_f64()
            .expect("`readiness` is a number");
        assert!((0.0..=1.0).contains(&readiness), "{readiness}");
        for list in ["blockers", "unanswered"] {
            for named in stage[list].as_array().expect("a list of named items") {
                assert_keys(named, &["id", "title"]);
                assert!(named["title"].as_str().is_some_and(|t| !t.is_empty()));
            }
        }
    }
}

#[test]
fn status_json_follows_the_contract_on_the_minimal_definitions() {
    let dir = support::sandbox();
    let path = init_plan(dir.path(), "Démo");
    let summary = support::status_json(dir.path(), &path);
    assert_status_contract(&summary);
    assert_eq!(summary["project"]["name"], "Démo");
    assert_eq!(summary["current_stage"], 1);
    let first = support::status_stage(&summary, "opportunite");
    assert_eq!(first["title"], "Juger de l'opportunité");
    assert_eq!(first["readiness"].as_f64(), Some(0.0));
}

#[test]
fn status_json_follows_the_contract_on_the_embedded_definitions() {
    let dir = support::sandbox();
    let mut init = command(dir.path());
    init.args(["init", "--name", "Démo"]);
    success(init);
    let mut status = command(dir.path());
    status.args(["status", "--format", "json"]);
    let stdout = success(status);
    let summary: Value = serde_json::from_str(&stdout).expect("status prints JSON");
    assert_status_contract(&summary);
    assert_eq!(summary["plan"], PLAN_FILE);
}

#[test]
fn status_text_has_one_line_per_stage() {
    let dir = support::sandbox();
    init_plan(dir.path(), "Démo");
    let stdout = success(command_minimal(dir.path(), &["status"]));
    let lines: Vec<&str> = stdout.lines().collect();
    assert!(lines.len() > 1 + 5, "{stdout}");
    assert_eq!(lines[0], format!("Démo — {PLAN_FILE}"));
    let short_titles = [
        "Opportunité",
        "Plan projet",
        "Bac à sable",
        "Production",
        "Standards",
    ];
    for (number, (line, title)) in lines[1..].iter().zip(short_titles).enumerate() {
        let marker = if number == 0 { '▸' } else { ' ' };
        assert!(
            line.starts_with(&format!("{marker} {} {title}", number + 1)),
            "{line}"
        );
        assert!(
            line.contains("en attente") && line.contains("critères"),
            "{line}"
        );
    }
}

/// A plan of the minimal definitions with stage 1 partly assessed: one criterion ok, one n/a, the
/// blocking one ko, two required questions answered (not the project's kind).
fn assessed_plan(dir: &std::path::Path) -> std::path::PathBuf {
    let path = init_plan(dir, "Démo");
    let text = std::fs::read_to_string(&path).unwrap();
    let stages = "stages:\n  opportunite:\n    criteria:\n      organisation: {status: ko}\n      \
                  besoin: {status: ok}\n      pertinence: {status: na}\n    answers:\n      \
                  organisation-application: {value: DNUM}\n      financement: {value: false}\n";
    let text = match text.find("stages:") {
        Some(at) => format!("{}{stages}", &text[..at]),
        None => format!("{text}{stages}"),
    };
    std::fs::write(&path, text).unwrap();
    path
}

#[test]
fn status_text_names_what_blocks_the_current_stage_and_tells_ok_from_na() {
    let dir = support::sandbox();
    assessed_plan(dir.path());
    let stdout = success(command_minimal(dir.path(), &["status"]));
    let lines: Vec<&str> = stdout.lines().collect();
    assert!(
        lines[1].contains("critères 1 ok, 1 n/a, 1 ko, 0 à faire"),
        "{stdout}"
    );
    assert_eq!(
        lines[6..],
        [
            "Ce qui empêche le go de l'étape 1\u{a0}:",
            "  ! Critère bloquant «\u{a0}Organisation de rattachement identifiée\u{a0}»",
            "  ? Question obligatoire sans réponse\u{a0}: «\u{a0}Type de projet\u{a0}»",
            "  ? Question obligatoire sans réponse\u{a0}: «\u{a0}Quel est votre besoin actuel\u{a0}?\u{a0}»",
        ],
        "{stdout}"
    );
    let english = success(command_minimal(dir.path(), &["status", "--lang", "en"]));
    assert!(
        english.contains("criteria 1 ok, 1 n/a, 1 ko, 0 to do"),
        "{english}"
    );
    assert!(
        english.contains("  ! Blocking criterion \"Parent organisation identified\""),
        "{english}"
    );
}

#[test]
fn status_json_lists_the_blockers_by_id_and_title_and_counts_ok_and_na_apart() {
    let dir = support::sandbox();
    let path = assessed_plan(dir.path());
    let summary = support::status_json(dir.path(), &path);
    assert_status_contract(&summary);
    let first = support::status_stage(&summary, "opportunite");
    assert_eq!(first["criteria"]["ok"], 1);
    assert_eq!(first["criteria"]["na"], 1);
    assert_eq!(
        first["blockers"],
        serde_json::json!([{"id": "organisation", "title": "Organisation de rattachement identifiée"}])
    );
    let unanswered: Vec<&str> = first["unanswered"]
        .as_array()
        .unwrap()
        .iter()
        .map(|q| q["id"].as_str().unwrap())
        .collect();
    assert_eq!(unanswered, ["type-projet", "besoin-actuel"]);
}

#[test]
fn status_text_says_when_nothing_blocks_the_go() {
    let dir = support::sandbox();
    let path = assessed_plan(dir.path());
    let text = std::fs::read_to_string(&path)
        .unwrap()
        .replace("organisation: {status: ko}", "organisation: {status: ok}")
        .replace(
            "financement: {value: false}",
            "financement: {value: false}\n      type-projet: {value: nouveau}\n      besoin-actuel: {value: Migrer}",
        );
    std::fs::write(&path, text).unwrap();
    let stdout = success(command_minimal(dir.path(), &["status"]));
    assert!(
        stdout.ends_with("Rien n'empêche un go\u{a0}: les critères bloquants sont ok ou sans objet, les questions obligatoires ont leur réponse.\n"),
        "{stdout}"
    );
}

#[test]
fn lang_en_switches_the_status_words() {
    let dir = support::sandbox();
    init_plan(dir.path(), "Démo");
    let stdout = success(command_minimal(dir.path(), &["status", "--lang", "en"]));
    for word in ["Opportunity", "pending", "criteria", "to do", "progress"] {
        assert!(stdout.contains(word), "no `{word}` in:\n{stdout}");
    }
    for word in [
        "Opportunité",
        "en attente",
        "critères",
        "à faire",
        "avancement",
    ] {
        assert!(!stdout.contains(word), "`{word}` in:\n{stdout}");
    }
}

#[test]
fn global_options_go_before_the_subcommand_too() {
    let dir = support::sandbox();
    init_plan(dir.path(), "Démo");
    let mut status = command(dir.path());
    status
        .arg("--questionnaires")
        .arg(minimal_definitions())
        .args(["--lang", "en", "status"]);
    assert!(success(status).contains("pending"));
}

#[test]
fn status_refuses_a_plan_of_a_newer_format_and_leaves_it_untouched() {
    let dir = support::sandbox();
    let path = dir.path().join(PLAN_FILE);
    let text = "format: embarquement-plan/9\nproject: {name: Futur}\nnouvelle_cle: 1\n";
    fs::write(&path, text).unwrap();
    let stderr = failure(command_minimal(dir.path(), &["status"]));
    assert!(stderr.contains("embarquement-plan/9"), "{stderr}");
    assert!(
        stderr.contains("newer") || stderr.contains("récent"),
        "{stderr}"
    );
    assert_eq!(fs::read_to_string(&path).unwrap(), text);
    let entries: Vec<_> = fs::read_dir(dir.path()).unwrap().collect();
    assert_eq!(entries.len(), 1, "files were added: {entries:?}");
}

#[test]
fn status_refuses_a_plan_of_aliases_and_leaves_it_untouched() {
    let dir = support::sandbox();
    let path = init_plan(dir.path(), "Démo");
    let mut text = fs::read_to_string(&path).unwrap();
    text.push_str(
        "sessions:\n  - {date: 2026-11-22, kind: review, participants: &a [{name: x}, {name: x}]}\n  \
         - {date: 2026-11-23, kind: review, participants: [*a, *a]}\n",
    );
    fs::write(&path, &text).unwrap();
    let stderr = failure(command_minimal(dir.path(), &["status"]));
    let line = text.lines().count();
    let column = text.lines().last().unwrap().find("*a").unwrap() + 1;
    let expected =
        format!("{PLAN_FILE}:{line}:{column}\u{a0}: plan illisible\u{a0}: les ancres et alias");
    assert!(stderr.contains(&expected), "{stderr}");
    assert_eq!(fs::read_to_string(&path).unwrap(), text);
}

/// Words of the libraries that no message may show.
const LIBRARY_WORDS: &[&str] = &[
    "invalid type",
    "invalid value",
    "expected u8",
    "missing field",
    "unknown variant",
    "untagged",
    "did not match",
    "jiff",
    "Timestamp",
    "struct ",
    "sequence",
    "scalar",
];

/// The head of a plan that `status` accepts, before the lines of a test.
const PLAN_HEAD: &str = "format: embarquement-plan/1\n\
    definitions: {source: embedded, version: \"1\", digest: \"sha256:00\"}\n\
    project: {name: Démo}\n";

/// `status` on a plan of `text` in `lang`: checks it fails, leaves the file as it was, and says no
/// library word; returns stderr.
fn status_refuses(text: &str, lang: &str) -> String {
    let dir = support::sandbox();
    let path = dir.path().join(PLAN_FILE);
    fs::write(&path, text).unwrap();
    let stderr = failure(command_minimal(dir.path(), &["status", "--lang", lang]));
    for word in LIBRARY_WORDS {
        assert!(!stderr.contains(word), "`{word}` in {stderr}");
    }
    assert_eq!(fs::read_to_string(&path).unwrap(), text);
    stderr
}

#[test]
fn a_mistyped_plan_says_what_was_expected_at_its_place_in_french_and_in_english() {
    let cases = [
        (
            "current_stage: deux\n",
            ":4:16\u{a0}: plan illisible\u{a0}: current_stage\u{a0}: il faut un nombre entier de 0 à 255, pas le texte «\u{a0}deux\u{a0}»",
            ":4:16: unreadable plan: current_stage: expected a whole number from 0 to 255, not the text \"deux\"",
        ),
        (
            "current_stage: 1\nsessions:\n  - {date: 22/11/2026, kind: self_assessment}\n",
            ":6:12\u{a0}: plan illisible\u{a0}: sessions[0].date\u{a0}: il faut une date au format AAAA-MM-JJ (par exemple 2026-11-22), pas le texte «\u{a0}22/11/2026\u{a0}»",
            ":6:12: unreadable plan: sessions[0].date: expected a date as YYYY-MM-DD (for example 2026-11-22), not the text \"22/11/2026\"",
        ),
        (
            "current_stage: 1\nsessions:\n  - {date: 2026-11-22T10:00:00Z, kind: self_assessment}\n",
            ":6:12\u{a0}: plan illisible\u{a0}: sessions[0].date\u{a0}: il faut une date au format AAAA-MM-JJ",
            ":6:12: unreadable plan: sessions[0].date: expected a date as YYYY-MM-DD",
        ),
        (
            "current_stage: 1\nstages:\n  opportunite:\n    criteria:\n      organisation: {status: fait}\n",
            ":8:30\u{a0}: plan illisible\u{a0}: stages.opportunite.criteria.organisation.status\u{a0}: `fait` n'est pas une valeur possible ici (valeurs possibles\u{a0}: todo, ok, ko, na)",
            ":8:30: unreadable plan: stages.opportunite.criteria.organisation.status: `fait` is not a value accepted here (accepted values: todo, ok, ko, na)",
        ),
        (
            "current_stage: 1\nstages:\n  opportunite:\n    answers:\n      type-projet: {value: {a: 1}}\n",
            ":8:28\u{a0}: plan illisible\u{a0}: stages.opportunite.answers.type-projet.value\u{a0}: il faut une réponse (`true` ou `false`, un nombre, un texte ou une liste de textes), pas des clés et valeurs",
            ":8:28: unreadable plan: stages.opportunite.answers.type-projet.value: expected an answer (`true` or `false`, a number, a text or a list of texts), not keys and values",
        ),
        (
            "current_stage: 1\ntraining: {decision: {item: oui}}\n",
            ":5:29\u{a0}: plan illisible\u{a0}: training.decision.item\u{a0}: il faut `true` ou `false`, pas le texte «\u{a0}oui\u{a0}»",
            ":5:29: unreadable plan: training.decision.item: expected `true` or `false`, not the text \"oui\"",
        ),
        (
            "projet: x\ncurrent_stage: 1\n",
            ":4:1\u{a0}: plan illisible\u{a0}: clé inconnue `projet`\u{a0}: vouliez-vous dire `project`\u{a0}?",
            ":4:1: unreadable plan: unknown key `projet`: did you mean `project`?",
        ),
        (
            "stages: {}\n",
            ":1:1\u{a0}: plan illisible\u{a0}: il manque la clé `current_stage`",
            ":1:1: unreadable plan: the key `current_stage` is missing",
        ),
    ];
    for (lines, fr, en) in cases {
        let text = format!("{PLAN_HEAD}{lines}");
        let said = status_refuses(&text, "fr");
        assert!(
            said.starts_with(&format!("erreur\u{a0}: {PLAN_FILE}{fr}")),
            "{said}"
        );
        assert!(
            said.trim_end()
                .ends_with("\u{a0}; corrigez cette ligne ou demandez une nouvelle copie du plan"),
            "{said}"
        );
        let said = status_refuses(&text, "en");
        assert!(
            said.starts_with(&format!("error: {PLAN_FILE}{en}")),
            "{said}"
        );
    }
}

#[test]
fn a_value_of_three_megabytes_in_the_wrong_place_is_quoted_as_one_short_line() {
    let text = format!(
        "{PLAN_HEAD}current_stage: 1\nstages: {}\n",
        "x".repeat(3_000_000)
    );
    let stderr = status_refuses(&text, "fr");
    assert_eq!(stderr.lines().count(), 1, "{stderr}");
    assert!(
        stderr.chars().count() < 300,
        "{} characters",
        stderr.chars().count()
    );
    let quoted = format!("pas le texte «\u{a0}{}…\u{a0}»", "x".repeat(40));
    assert!(stderr.contains(&quoted), "{stderr}");
}

#[test]
fn a_number_answer_beyond_64_bits_is_refused_at_its_line_instead_of_rounded() {
    let number = "123456789012345678901234567890";
    let text = format!(
        "{PLAN_HEAD}current_stage: 1\nstages:\n  opportunite:\n    answers:\n      nombre-modules: {{value: {number}}}\n"
    );
    let stderr = status_refuses(&text, "fr");
    let expected = format!(
        "{PLAN_FILE}:8:31\u{a0}: plan illisible\u{a0}: stages.opportunite.answers.nombre-modules.value\u{a0}: le nombre {number} est trop grand"
    );
    assert!(stderr.contains(&expected), "{stderr}");
}

#[test]
fn a_nul_byte_in_a_plan_is_reported_as_a_nul_byte_at_its_place() {
    for (lines, place) in [
        ("current_stage: 1\n# note \0\n", ":5:8"),
        ("current_stage: 1\u{0}\n", ":4:17"),
        (
            "current_stage: 1\nsessions: [{date: 2026-11-22, kind: self_assessment, participants: [\"a\0b\"]}]\n",
            ":5:71",
        ),
    ] {
        let stderr = status_refuses(&format!("{PLAN_HEAD}{lines}"), "fr");
        let expected = format!("{PLAN_FILE}{place}\u{a0}: plan illisible\u{a0}: octet nul (NUL)");
        assert!(stderr.contains(&expected), "{stderr}");
    }
}

#[cfg(unix)]
#[test]
fn a_definition_file_linked_to_another_file_prints_one_short_line_of_it() {
    let dir = support::sandbox();
    let folder = dir.path().join("definitions");
    fs::create_dir(&folder).unwrap();
    for entry in fs::read_dir(minimal_definitions()).unwrap() {
        let entry = entry.unwrap();
        fs::copy(entry.path(), folder.join(entry.file_name())).unwrap();
    }
    let secret = dir.path().join("passwd");
    fs::write(
        &secret,
        "root:x:0:0:root:/root:/bin/bash\nclaire:x:1000:1000:secret-line\n",
    )
    .unwrap();
    fs::remove_file(folder.join("offer.yaml")).unwrap();
    std::os::unix::fs::symlink(&secret, folder.join("offer.yaml")).unwrap();
    let mut validate = command(dir.path());
    validate.args(["validate", "definitions"]);
    let stderr = failure(validate);
    assert!(!stderr.contains("secret-line"), "{stderr}");
    let first = stderr.lines().next().unwrap();
    assert!(
        first.ends_with("pas le texte «\u{a0}root:x:0:0:root:/root:/bin/bash claire:x…\u{a0}»"),
        "{first}"
    );
}

#[test]
fn mistyped_definitions_say_what_was_expected_in_the_interface_language() {
    let broken = Broken {
        file: "stages.yaml",
        from: "    number: 3\n",
        to: "    number: trois\n",
        line: "    number: trois",
        column: "trois",
        says: "",
    };
    let dir = support::sandbox();
    let text = break_definitions(dir.path(), &broken);
    let (line, column) = expected_location(&text, &broken);
    for (lang, said) in [
        (
            "fr",
            format!(
                "stages.yaml:{line}:{column}\u{a0}: stages[2].number\u{a0}: il faut un nombre entier de 0 à 255, pas le texte «\u{a0}trois\u{a0}»"
            ),
        ),
        (
            "en",
            format!(
                "stages.yaml:{line}:{column}: stages[2].number: expected a whole number from 0 to 255, not the text \"trois\""
            ),
        ),
    ] {
        let mut validate = command(dir.path());
        validate.args(["validate", ".", "--lang", lang]);
        let stderr = failure(validate);
        assert!(stderr.lines().any(|l| l.ends_with(&said)), "{stderr}");
    }
    let mut validate = command(dir.path());
    validate.args(["validate", ".", "--lang", "en"]);
    assert!(!failure(validate).contains("problème"));
}

#[test]
fn status_without_a_plan_fails_on_stderr() {
    let dir = support::sandbox();
    let stderr = failure(command_minimal(dir.path(), &["status"]));
    assert!(stderr.contains(PLAN_FILE), "{stderr}");
}

#[test]
fn validate_accepts_the_embedded_and_the_minimal_definitions() {
    let dir = support::sandbox();
    let mut embedded = command(dir.path());
    embedded.arg("validate");
    assert!(success(embedded).starts_with("Définitions valides\u{a0}: 5 étapes"));
    let mut minimal = command(dir.path());
    minimal.arg("validate").arg(minimal_definitions());
    let stdout = success(minimal);
    assert!(stdout.contains("(version test-1, sha256:"), "{stdout}");
}

/// A copy of the minimal definitions with one change, and where `validate` must point.
struct Broken {
    /// The file changed.
    file: &'static str,
    /// Text replaced (it must occur exactly once) and its replacement.
    from: &'static str,
    to: &'static str,
    /// The reported line is the one holding `line`, at the column where `column` starts in it.
    line: &'static str,
    column: &'static str,
    /// A word of the message.
    says: &'static str,
}

const BROKEN: &[Broken] = &[
    Broken {
        file: "stages.yaml",
        from: "    title: {fr: \"Juger",
        to: "    titel: {fr: \"Juger",
        line: "titel:",
        column: "titel",
        says: "`titel`",
    },
    Broken {
        file: "prequalification.yaml",
        from: "        label: {fr: \"Type de projet\"",
        to: "        labl: {fr: \"Type de projet\"",
        line: "labl:",
        column: "labl",
        says: "`labl`",
    },
    Broken {
        file: "stages.yaml",
        from: "questionnaires: [prequalification]",
        to: "questionnaires: [inconnu]",
        line: "[inconnu]",
        column: "inconnu",
        says: "`inconnu`",
    },
    Broken {
        file: "stages.yaml",
        from: "      - id: besoin\n",
        to: "      - id: organisation\n",
        line: "      - id: organisation\n        title: {fr: \"Besoin",
        column: "id",
        says: "`organisation`",
    },
    Broken {
        file: "stages.yaml",
        from: "    number: 3\n",
        to: "    number: 7\n",
        line: "    number: 7",
        column: "number",
        says: "7",
    },
    Broken {
        file: "stages.yaml",
        from: "    number: 3\n",
        to: "    number: 3\n    number:  3\n",
        line: "    number:  3",
        column: "number",
        says: "`number` apparaît deux fois",
    },
    Broken {
        file: "stages.yaml",
        from: "url: https://example.org/matrice",
        to: "url: http://example.org/matrice",
        line: "url: http://",
        column: "url",
        says: "https://",
    },
];

/// Copies the minimal definitions into `dir`, applying `broken`; returns the changed file's text.
fn break_definitions(dir: &Path, broken: &Broken) -> String {
    for entry in fs::read_dir(minimal_definitions()).unwrap() {
        let entry = entry.unwrap();
        fs::copy(entry.path(), dir.join(entry.file_name())).unwrap();
    }
    let path = dir.join(broken.file);
    let text = fs::read_to_string(&path).unwrap();
    assert_eq!(text.matches(broken.from).count(), 1, "{:?}", broken.from);
    let text = text.replace(broken.from, broken.to);
    fs::write(&path, &text).unwrap();
    text
}

/// The 1-based `(line, column)` where `broken` must be reported in `text`.
fn expected_location(text: &str, broken: &Broken) -> (usize, usize) {
    let start = text
        .find(broken.line)
        .unwrap_or_else(|| panic!("{:?} not in the broken file", broken.line));
    let line_start = text[..start].rfind('\n').map_or(0, |n| n + 1);
    let line = text[..start].matches('\n').count() + 1;
    let column = text[line_start..]
        .find(broken.column)
        .expect("the column text is on the line")
        + 1;
    (line, column)
}

#[test]
fn validate_reports_broken_definitions_at_their_location() {
    for broken in BROKEN {
        let dir = support::sandbox();
        let text = break_definitions(dir.path(), broken);
        let (line, column) = expected_location(&text, broken);
        let mut validate = command(dir.path());
        validate.args(["validate", "."]);
        let stderr = failure(validate);
        let location = format!("{}:{line}:{column}\u{a0}: ", broken.file);
        assert!(
            stderr.lines().any(|l| {
                l.find(&location)
                    .is_some_and(|at| l[at + location.len()..].contains(broken.says))
            }),
            "no `{location}… {} …` line for {:?}:\n{stderr}",
            broken.says,
            broken.to
        );
        assert!(stderr.contains("embarquement validate"), "{stderr}");
    }
}

#[test]
fn status_into_a_closed_pipe_is_not_a_crash() {
    let dir = support::sandbox();
    init_plan(dir.path(), "Démo");
    let mut child = std::process::Command::new(env!("CARGO_BIN_EXE_embarquement"))
        .current_dir(dir.path())
        .args(["status", "--format", "json"])
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    // The reader goes away before the program writes, as `| head -0` would.
    drop(child.stdout.take());
    let output = child.wait_with_output().unwrap();
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        output.status.success(),
        "exit {:?}: {stderr}",
        output.status
    );
    assert!(!stderr.contains("panicked"), "{stderr}");
}

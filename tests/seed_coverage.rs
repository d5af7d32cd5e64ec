//! The embedded definitions against the source material: every question of both questionnaires
//! ("trames") and every training item of the seeds is there, every stage field is filled in French
//! and English, and every link is a well-formed https URL.

use std::collections::HashSet;
use std::path::{Path, PathBuf};

use serde_yaml::Value;

/// The files of the embedded definition set.
const DEFINITION_FILES: [&str; 5] = [
    "offer.yaml",
    "stages.yaml",
    "prequalification.yaml",
    "qualification.yaml",
    "training.yaml",
];

/// Share of a source line's significant words that must appear in its counterpart.
const MIN_OVERLAP: f64 = 0.6;

fn questionnaires_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("questionnaires")
}

fn load(name: &str) -> Value {
    let text = std::fs::read_to_string(questionnaires_dir().join(name)).unwrap();
    serde_yaml::from_str(&text).unwrap()
}

/// The seed file holding the stage tables, the trames and the training paths, if the seeds are here.
fn seed_text() -> Option<String> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/seeds");
    let entries = std::fs::read_dir(&dir).ok()?;
    let texts: Vec<String> = entries
        .filter_map(|e| std::fs::read_to_string(e.ok()?.path()).ok())
        .collect();
    let seed = texts
        .into_iter()
        .find(|t| t.contains("# Trame de préqualification d'un besoin"));
    if seed.is_none() {
        eprintln!(
            "note: the seeds are not beside the repository; the comparison with them is skipped"
        );
    }
    seed
}

/// Lower case, accents removed, punctuation turned into spaces.
fn normalise(text: &str) -> String {
    let folded: String = text
        .to_lowercase()
        .chars()
        .map(|c| match c {
            'à' | 'â' | 'ä' => 'a',
            'é' | 'è' | 'ê' | 'ë' => 'e',
            'î' | 'ï' => 'i',
            'ô' | 'ö' => 'o',
            'ù' | 'û' | 'ü' => 'u',
            'ç' => 'c',
            c if c.is_alphanumeric() => c,
            _ => ' ',
        })
        .collect();
    folded.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The significant words of a line: no links, no short words.
fn words(text: &str) -> HashSet<String> {
    // A markdown link `[text](url)` points somewhere; its text is not part of the question.
    let mut plain = text.to_string();
    while let (Some(open), Some(close)) = (plain.find('['), plain.find(')')) {
        if close < open {
            break;
        }
        plain.replace_range(open..=close, " ");
    }
    let without_urls: Vec<&str> = plain
        .split_whitespace()
        .filter(|w| !w.contains("http"))
        .collect();
    normalise(&without_urls.join(" "))
        .split(' ')
        .filter(|w| w.chars().count() >= 4)
        .map(str::to_string)
        .collect()
}

/// Share of `source`'s words found in `candidate`.
fn overlap(source: &HashSet<String>, candidate: &HashSet<String>) -> f64 {
    if source.is_empty() {
        return 1.0;
    }
    source.intersection(candidate).count() as f64 / source.len() as f64
}

/// The bullet lines of the part of `seed` between `start` and the next line starting with `end`.
fn bullets_between(seed: &str, start: &str, end: &str) -> Vec<String> {
    let from = seed
        .find(start)
        .unwrap_or_else(|| panic!("`{start}` not in the seed"));
    let rest = &seed[from + start.len()..];
    let until = rest.find(end).unwrap_or(rest.len());
    rest[..until]
        .lines()
        .filter_map(|line| line.trim().strip_prefix("- "))
        .map(str::to_string)
        .collect()
}

fn french(value: &Value) -> String {
    match value {
        Value::String(text) => text.clone(),
        Value::Mapping(map) => map
            .get("fr")
            .and_then(Value::as_str)
            .unwrap_or("")
            .to_string(),
        _ => String::new(),
    }
}

/// Label and help of every question of both questionnaires, as word sets.
fn question_texts() -> Vec<(String, HashSet<String>)> {
    let mut texts = Vec::new();
    for file in ["prequalification.yaml", "qualification.yaml"] {
        for section in load(file)["sections"].as_sequence().unwrap() {
            for question in section["questions"].as_sequence().unwrap() {
                let label = french(&question["label"]);
                let all = format!("{label} {}", french(&question["help"]));
                texts.push((label, words(&all)));
            }
        }
    }
    texts
}

/// Every source line must have a counterpart sharing most of its words.
fn assert_all_present(what: &str, sources: &[String], candidates: &[(String, HashSet<String>)]) {
    assert!(!sources.is_empty(), "no {what} found in the seed");
    let missing: Vec<String> = sources
        .iter()
        .filter(|source| {
            let source_words = words(source);
            !candidates
                .iter()
                .any(|(_, c)| overlap(&source_words, c) >= MIN_OVERLAP)
        })
        .cloned()
        .collect();
    assert!(
        missing.is_empty(),
        "{what} missing from the definitions:\n{}",
        missing.join("\n")
    );
}

#[test]
fn every_question_of_both_trames_is_defined() {
    let Some(seed) = seed_text() else { return };
    let questions = question_texts();
    let prequalification =
        bullets_between(&seed, "# Trame de préqualification d'un besoin", "\n# ");
    assert_all_present("pre-qualification questions", &prequalification, &questions);
    let qualification = bullets_between(&seed, "# Trame de qualification du plan projet", "\n# ");
    assert_all_present("qualification questions", &qualification, &questions);
}

#[test]
fn every_training_item_is_in_its_path_and_level() {
    let Some(seed) = seed_text() else { return };
    let training = load("training.yaml");
    let paths = training["paths"].as_sequence().unwrap();
    for (heading, path_id) in [
        (
            "# Parcours \"qualité des produits numériques\"",
            "qualite-des-produits",
        ),
        (
            "# Parcours \"fiabilité des services & systèmes (SRE)\"",
            "fiabilite-des-services",
        ),
        (
            "# Parcours \"intégrité des projets\"",
            "integrite-des-projets",
        ),
        (
            "# Parcours \"pertinence de la décision stratégique\"",
            "pertinence-de-la-decision",
        ),
    ] {
        let path = paths
            .iter()
            .find(|p| p["id"].as_str() == Some(path_id))
            .unwrap_or_else(|| panic!("no training path `{path_id}`"));
        let from = seed
            .find(heading)
            .unwrap_or_else(|| panic!("`{heading}` not in the seed"));
        let section = &seed[from + heading.len()..];
        let section = &section[..section.find("\n# ").unwrap_or(section.len())];
        for level in 1..=3u64 {
            let marker = format!("## Niveau {level}");
            let sources = bullets_between(section, &marker, "\n## ");
            let items: Vec<(String, HashSet<String>)> = path["levels"]
                .as_sequence()
                .unwrap()
                .iter()
                .filter(|l| l["level"].as_u64() == Some(level))
                .flat_map(|l| l["items"].as_sequence().unwrap().iter())
                .map(|item| (french(&item["title"]), words(&french(&item["title"]))))
                .collect();
            assert_all_present(
                &format!("items of {path_id} level {level}"),
                &sources,
                &items,
            );
        }
    }
}

/// Every text of a value: `{fr, en}` maps must have both languages, and no plain string may stand
/// where a translation is expected.
fn assert_translated(value: &Value, place: &str) {
    match value {
        Value::Mapping(map) if map.contains_key("fr") => {
            for lang in ["fr", "en"] {
                let text = map.get(lang).and_then(Value::as_str).unwrap_or("");
                assert!(!text.trim().is_empty(), "{place}: no `{lang}` text");
            }
        }
        Value::Mapping(map) => {
            for (key, inner) in map {
                let key = key.as_str().unwrap_or("?");
                if !matches!(
                    key,
                    "id" | "kind"
                        | "url"
                        | "version"
                        | "contact_email"
                        | "email"
                        | "number"
                        | "level"
                ) {
                    assert_translated(inner, &format!("{place}.{key}"));
                }
            }
        }
        Value::Sequence(items) => {
            for (index, inner) in items.iter().enumerate() {
                assert_translated(inner, &format!("{place}[{index}]"));
            }
        }
        Value::String(text) => panic!("{place}: `{text}` has no English translation"),
        _ => {}
    }
}

#[test]
fn every_text_is_in_french_and_english() {
    for file in DEFINITION_FILES {
        let mut value = load(file);
        strip_ids(&mut value);
        assert_translated(&value, file);
    }
}

/// Removes the keys that hold ids or flags rather than text, at any depth.
fn strip_ids(value: &mut Value) {
    match value {
        Value::Mapping(map) => {
            for key in [
                "questionnaires",
                "contacts",
                "roles",
                "blocking",
                "optional",
                "kind",
                "role",
            ] {
                map.remove(key);
            }
            for (_, inner) in map.iter_mut() {
                strip_ids(inner);
            }
        }
        Value::Sequence(items) => items.iter_mut().for_each(strip_ids),
        _ => {}
    }
}

#[test]
fn every_stage_has_every_field_of_the_tables() {
    let stages = load("stages.yaml");
    let fields = [
        "title",
        "short_title",
        "theme",
        "step_question",
        "need",
        "objective",
        "achievement",
        "progress_stage",
        "maturity_question",
        "program_support",
        "contacts",
        "key_steps",
        "role_resources",
        "criteria",
        "go_no_go",
    ];
    for stage in stages["stages"].as_sequence().unwrap() {
        let id = stage["id"].as_str().unwrap();
        for field in fields {
            assert!(!stage[field].is_null(), "stage `{id}` has no `{field}`");
        }
        for role in ["decision", "pilotage", "technique"] {
            assert!(
                !stage["role_resources"][role].is_null(),
                "stage `{id}` has no resources for `{role}`"
            );
        }
        let number = stage["number"].as_u64().unwrap();
        if number <= 4 {
            for field in ["offer_resources", "if_eligible"] {
                assert!(!stage[field].is_null(), "stage `{id}` has no `{field}`");
            }
        }
    }
}

/// Every `url:` value anywhere in `value`.
fn urls(value: &Value, found: &mut Vec<String>) {
    match value {
        Value::Mapping(map) => {
            for (key, inner) in map {
                match (key.as_str(), inner.as_str()) {
                    (Some("url"), Some(url)) => found.push(url.to_string()),
                    _ => urls(inner, found),
                }
            }
        }
        Value::Sequence(items) => items.iter().for_each(|inner| urls(inner, found)),
        _ => {}
    }
}

#[test]
fn every_link_is_a_well_formed_https_url() {
    let mut found = Vec::new();
    for file in DEFINITION_FILES {
        urls(&load(file), &mut found);
    }
    assert!(found.len() >= 10, "only {} links", found.len());
    for url in found {
        let rest = url
            .strip_prefix("https://")
            .unwrap_or_else(|| panic!("`{url}` is not https"));
        let host = rest.split(['/', '?', '#']).next().unwrap();
        assert!(
            host.contains('.') && !host.starts_with('.'),
            "`{url}` has no host"
        );
        assert!(
            !url.chars().any(char::is_whitespace),
            "`{url}` has white space"
        );
    }
}

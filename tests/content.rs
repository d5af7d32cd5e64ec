//! The default definitions (`questionnaires/*.yaml`) against their source material.
//!
//! The seeds (`../shared/seeds`, beside the repository) are read as they are: every question of both
//! trames, every training item, the three general tracks, and every cell of the stage tables must be
//! found in the YAML once accents, punctuation and case are set aside. Without the seeds, those
//! comparisons print a note and pass. The other tests need only the YAML: every stage field filled in
//! French and English, every text translated, every link a well-formed https URL, every kind of question
//! used.
//!
//! The YAML is read as plain `serde_yaml::Value`, so these tests do not depend on the loader's API.

use std::collections::BTreeSet;
use std::path::Path;

use serde_yaml::Value;

/// The files of the default definition set.
const DEFINITION_FILES: [&str; 5] = [
    "offer.yaml",
    "stages.yaml",
    "prequalification.yaml",
    "qualification.yaml",
    "training.yaml",
];

/// Wording the definitions changed on purpose: `(source, definitions)`. Accents, case and
/// punctuation need no entry (the comparison ignores them); typos, grammar and anglicisms do.
#[rustfmt::skip]
const REWORDINGS: &[(&str, &str)] = &[
    // Typos.
    ("accompagnment", "accompagnement"),
    ("assitance", "assistance"),
    ("avous", "avez-vous"),
    ("banc à sable", "bac à sable"),
    ("CPus", "CPU"),
    ("déployement", "déploiement"),
    ("déploit", "déploie"),
    ("dévellopement", "développement"),
    ("DevSescOps", "DevSecOps"),
    ("dictaditiels", "didacticiels"),
    ("écéhant", "échéant"),
    ("entreiten", "entretien"),
    ("évaluaton", "évaluation"),
    ("évaluriez", "évalueriez"),
    ("organisationelles", "organisationnelles"),
    ("parr par rapport", "par rapport"),
    ("pérénnité", "pérennité"),
    ("provisionning", "provisioning"),
    ("sont projet", "son projet"),
    ("versionning", "versioning"),
    ("des des", "des"),
    // Grammar.
    ("à orienter son projet", "d'orienter son projet"),
    ("aie accès", "ait accès"),
    ("application concerné", "application concernée"),
    ("application basé sur", "application basée sur"),
    ("architecture en microservice", "architecture en microservices"),
    ("canaux d'aides", "canaux d'aide"),
    ("composants et service seriez", "composants et services seriez"),
    ("cultures portées", "cultures portés"),
    ("des contexte métier", "des contextes métier"),
    ("disposer vous de métriques", "disposez-vous de métriques"),
    ("disposer vus d'élément", "disposez-vous d'éléments"),
    ("dédiée à date", "dédiées à date"),
    ("du numériques/grandes organisation ont tirés", "du numérique et les grandes organisations ont tiré"),
    ("environnement de développement mise en place", "environnement de développement mis en place"),
    ("est chainées, vous semblet-il", "est chaîné, vous semble-t-elle"),
    ("et à assurer de la haute disponibilité", "et assurer la haute disponibilité"),
    ("et d'assurer un plan", "et assurer un plan"),
    ("et les mettrez en pratique", "et leur mise en pratique"),
    ("et vous les mettrez en pratique", "et leur mise en pratique"),
    ("et puisse s'exercer", "et peut s'exercer"),
    ("et saurez en appliquer", "(BDD) et savoir en appliquer"),
    ("fonctionnalités clef", "fonctionnalités clés"),
    ("la transformations", "la transformation"),
    ("missions et usage sont", "missions et usages sont"),
    ("mode d'organisation, culture", "modes d'organisation, culture"),
    ("mutations/enjeux/risques", "mutations, enjeux et risques"),
    ("nous en faisons pas", "nous ne faisons pas"),
    ("organisationnel", "organisationnels"),
    ("quels sont les opportunités", "quelles sont les opportunités"),
    ("qu'emmène", "qu'amène"),
    ("seront passé", "seront passés"),
    ("sur quel infrastructure", "sur quelle infrastructure"),
    ("(pris en main de la chaine", "(prise en main de la chaîne"),
    ("à mettre en place vous semble t-il clair", "à mettre en place vous semblent-ils clairs"),
    ("vous semblent-elles claires", "vous semblent-ils clairs"),
    // Abbreviations and anglicisms spelt out.
    ("completer le formulaire DS", "complétez le formulaire Démarches simplifiées"),
    ("consulter le getting started", "consulter le guide de démarrage (getting started)"),
    ("d'un sponsor/gouvernance", "d'un sponsor ou de la gouvernance"),
    ("deadlines", "échéances"),
    ("devraient/pourraient", "devraient ou pourraient"),
    ("et préparation d'un draft de plan projet", "et préparer un premier plan projet"),
    ("(cluster k8s, repository,", "(cluster Kubernetes, dépôt,"),
    ("code infra et applicatif", "code d'infrastructure et applicatif"),
    ("codes applicatifs et infra", "codes applicatifs et d'infrastructure"),
    ("et une infra dans", "et une infrastructure dans"),
    ("helms/operators", "Helm / opérateurs"),
    ("les gains, couts", "les gains et les coûts"),
    ("orga, dispo,", "organisation, disponibilité,"),
    ("préparer votre rdv", "préparez votre rendez-vous"),
    ("production-> conformité", "production, attestant de sa conformité"),
    ("roadmap", "feuille de route"),
    ("spécifiques cloud pi native", "spécifique Cloud Pi Native"),
    ("un rdv de", "un rendez-vous de"),
    // Authors' notes of the sources, not content.
    ("(à reformuler)", ""),
    ("(à venir: matrice d'éligibilité)", ""),
    ("(mettre le lien)", ""),
];

// ---------------------------------------------------------------------------------------------
// Reading the definitions and the seeds.

fn load(file: &str) -> Value {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("questionnaires")
        .join(file);
    let text = std::fs::read_to_string(&path)
        .unwrap_or_else(|err| panic!("cannot read {}: {err}", path.display()));
    serde_yaml::from_str(&text).unwrap_or_else(|err| panic!("{file}: {err}"))
}

/// Every seed file, in name order, joined; `None` (with a note) when the seeds are not here.
fn seeds() -> Option<String> {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../shared/seeds");
    let Ok(entries) = std::fs::read_dir(dir) else {
        eprintln!("note: no seeds at {dir}; the comparison with the sources is skipped");
        return None;
    };
    let mut paths: Vec<_> = entries.filter_map(|e| Some(e.ok()?.path())).collect();
    paths.sort();
    let texts: Vec<String> = paths
        .iter()
        .filter_map(|path| std::fs::read_to_string(path).ok())
        .collect();
    Some(texts.join("\n"))
}

/// The items of a YAML list (none when the value is not a list).
fn items(value: &Value) -> &[Value] {
    value.as_sequence().map_or(&[], Vec::as_slice)
}

/// The French of a text (a plain string, or the `fr` of a `{fr, en}` map).
fn fr(value: &Value) -> &str {
    value
        .as_str()
        .or_else(|| value["fr"].as_str())
        .unwrap_or("")
}

/// The French of several texts of one item, joined.
fn fr_of(item: &Value, keys: &[&str]) -> String {
    let texts: Vec<&str> = keys.iter().map(|key| fr(&item[*key])).collect();
    texts.join(" ")
}

/// The `id` of an item.
fn id(item: &Value) -> &str {
    item["id"].as_str().unwrap_or("(no id)")
}

/// The URLs of an item's `links`.
fn link_urls(item: &Value) -> Vec<&str> {
    items(&item["links"])
        .iter()
        .filter_map(|link| link["url"].as_str())
        .collect()
}

// ---------------------------------------------------------------------------------------------
// Comparing texts.

/// Lower case, without accents, with punctuation turned into single spaces.
fn normalise(text: &str) -> String {
    let mut plain = String::new();
    for c in text.to_lowercase().chars() {
        match c {
            'à' | 'â' | 'ä' => plain.push('a'),
            'é' | 'è' | 'ê' | 'ë' => plain.push('e'),
            'î' | 'ï' => plain.push('i'),
            'ô' | 'ö' => plain.push('o'),
            'ù' | 'û' | 'ü' => plain.push('u'),
            'ç' => plain.push('c'),
            'œ' => plain.push_str("oe"),
            c if c.is_alphanumeric() => plain.push(c),
            _ => plain.push(' '),
        }
    }
    plain.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Surrounds with spaces, so that a search matches whole words only.
fn padded(normalised: &str) -> String {
    format!(" {normalised} ")
}

/// A source text as the definitions should hold it: normalised, with the rewordings applied.
fn source_form(text: &str) -> String {
    let mut form = padded(&normalise(text));
    for (source, definitions) in REWORDINGS {
        let to = padded(&normalise(definitions));
        form = form.replace(&padded(&normalise(source)), &to);
    }
    normalise(&form)
}

/// True when `definition` holds the (already normalised) source text `wanted`.
fn holds(definition: &str, wanted: &str) -> bool {
    padded(&normalise(definition)).contains(&padded(wanted))
}

// ---------------------------------------------------------------------------------------------
// Reading markdown.

/// The level of a markdown heading line (`## x` is 2), if it is one.
fn heading_level(line: &str) -> Option<usize> {
    let hashes = line.chars().take_while(|&c| c == '#').count();
    (hashes > 0 && line[hashes..].starts_with(' ')).then_some(hashes)
}

/// The text under `heading`, up to the next heading of the same or a higher level.
fn part<'a>(text: &'a str, heading: &str) -> &'a str {
    let level = heading_level(heading).expect("a markdown heading");
    let start = text
        .find(heading)
        .unwrap_or_else(|| panic!("the seeds have no `{heading}`"));
    let body = &text[start + heading.len()..];
    let mut end = 0;
    for (index, line) in body.split_inclusive('\n').enumerate() {
        if index > 0 && heading_level(line).is_some_and(|l| l <= level) {
            break;
        }
        end += line.len();
    }
    &body[..end]
}

/// The sections of `text` headed at `level`: `(title, body)`.
fn sections(text: &str, level: usize) -> Vec<(String, String)> {
    let mut found: Vec<(String, String)> = Vec::new();
    for line in text.lines() {
        match heading_level(line) {
            Some(l) if l == level => found.push((line[l..].trim().to_string(), String::new())),
            Some(l) if l < level => found.push((String::new(), String::new())),
            _ => {
                if let Some((_, body)) = found.last_mut() {
                    body.push_str(line);
                    body.push('\n');
                }
            }
        }
    }
    found.retain(|(title, _)| !title.is_empty());
    found
}

/// The `- ` bullets of a text.
fn bullets(text: &str) -> Vec<&str> {
    text.lines()
        .filter_map(|line| line.trim_start().strip_prefix("- "))
        .collect()
}

/// The items of a table cell written `- a - b - c`.
fn dash_items(cell: &str) -> Vec<String> {
    format!(" {cell}")
        .split(" - ")
        .map(str::trim)
        .filter(|item| !item.is_empty())
        .map(str::to_string)
        .collect()
}

/// A line without its links, and the links: `[text](url)` and bare `https://…` URLs.
fn split_links(line: &str) -> (String, Vec<(String, String)>) {
    let mut text = String::new();
    let mut links = Vec::new();
    let mut rest = line;
    while let Some(open) = rest.find('[') {
        let Some(middle) = rest[open..].find("](").map(|at| open + at) else {
            break;
        };
        let Some(close) = rest[middle..].find(')').map(|at| middle + at) else {
            break;
        };
        text.push_str(&rest[..open]);
        links.push((
            rest[open + 1..middle].to_string(),
            rest[middle + 2..close].to_string(),
        ));
        rest = &rest[close + 1..];
    }
    text.push_str(rest);
    let mut words = Vec::new();
    for word in text.split_whitespace() {
        if word.starts_with("https://") || word.starts_with("http://") {
            let url = word.trim_end_matches(['.', ',', ';', ')']);
            links.push((String::new(), url.to_string()));
        } else {
            words.push(word);
        }
    }
    (words.join(" "), links)
}

/// The cells of the markdown table rows whose first cell is `first`.
fn table_row<'a>(text: &'a str, first: &str) -> Option<Vec<&'a str>> {
    text.lines()
        .map(|line| line.trim().trim_matches('|').split('|').collect::<Vec<_>>())
        .find(|cells| cells.first().is_some_and(|cell| cell.trim() == first))
}

/// The block of a stage description that starts with the bold label `**label**`.
fn labelled_block<'a>(body: &'a str, label: &str) -> Option<&'a str> {
    let marker = format!("**{label}**");
    let start = body.find(&marker)? + marker.len();
    let rest = &body[start..];
    let end = rest.find("\n**").unwrap_or(rest.len());
    Some(&rest[..end])
}

// ---------------------------------------------------------------------------------------------
// The definitions' pieces, and what the comparison did not find.

/// The stage numbered `number`.
fn stage(stages: &Value, number: u64) -> &Value {
    items(&stages["stages"])
        .iter()
        .find(|stage| stage["number"].as_u64() == Some(number))
        .unwrap_or_else(|| panic!("no stage numbered {number}"))
}

/// The item of `list` whose `key` text holds the source text `title`.
fn find_titled<'a>(list: &'a Value, key: &str, title: &str) -> Option<&'a Value> {
    let wanted = source_form(title);
    items(list)
        .iter()
        .find(|item| holds(fr(&item[key]), &wanted))
}

/// The source texts not found in the definitions, each with its place.
#[derive(Default)]
struct Missing(Vec<String>);

impl Missing {
    fn add(&mut self, entry: String) {
        self.0.push(entry);
    }

    /// Notes that `source` is missing at `place`.
    fn note(&mut self, place: &str, source: &str) {
        self.add(format!("{place}: « {} »", source.trim()));
    }

    /// Notes `source` at `place` unless `found`.
    fn unless(&mut self, found: bool, place: &str, source: &str) {
        if !found {
            self.note(place, source);
        }
    }

    /// The French of `item`'s `field` must hold the source text.
    fn field(&mut self, place: &str, item: &Value, field: &str, source: &str) {
        let found = holds(fr(&item[field]), &source_form(source));
        self.unless(found, &format!("{place}, {field}"), source);
    }

    /// One of the texts of `item`'s list `field` must hold the source text.
    fn in_list(&mut self, place: &str, item: &Value, field: &str, source: &str) {
        let wanted = source_form(source);
        let found = items(&item[field])
            .iter()
            .any(|text| holds(fr(text), &wanted));
        self.unless(found, &format!("{place}, {field}"), source);
    }

    /// Fails with every missing element at once.
    fn assert_none(&self, what: &str) {
        assert!(
            self.0.is_empty(),
            "{what} not found in the definitions:\n  {}",
            self.0.join("\n  ")
        );
    }
}

// ---------------------------------------------------------------------------------------------
// Against the seeds.

#[test]
fn every_rewording_is_a_wording_of_the_seeds() {
    let Some(seeds) = seeds() else { return };
    let seeds = padded(&normalise(&seeds));
    let stale: Vec<&str> = REWORDINGS
        .iter()
        .map(|(source, _)| *source)
        .filter(|source| !seeds.contains(&padded(&normalise(source))))
        .collect();
    assert!(
        stale.is_empty(),
        "rewordings of text the seeds do not have:\n  {}",
        stale.join("\n  ")
    );
}

/// The two trames of the seeds and the files that define them.
const TRAMES: [(&str, &str); 2] = [
    (
        "# Trame de préqualification d'un besoin",
        "prequalification.yaml",
    ),
    (
        "# Trame de qualification du plan projet",
        "qualification.yaml",
    ),
];

#[test]
fn every_question_of_both_trames_is_in_its_section_with_its_links() {
    let Some(seeds) = seeds() else { return };
    let mut missing = Missing::default();
    let mut count = 0;
    for (heading, file) in TRAMES {
        let questionnaire = load(file);
        for (title, body) in sections(part(&seeds, heading), 2) {
            let Some(section) = find_titled(&questionnaire["sections"], "title", &title) else {
                missing.add(format!("{file}: section « {title} »"));
                continue;
            };
            for bullet in bullets(&body) {
                count += 1;
                let (question_text, links) = split_links(bullet);
                let wanted = source_form(&question_text);
                let question = items(&section["questions"])
                    .iter()
                    .find(|q| holds(&fr_of(q, &["label", "help"]), &wanted));
                let Some(question) = question else {
                    missing.note(&format!("{file}, « {title} »"), bullet);
                    continue;
                };
                for (_, url) in links {
                    let found = link_urls(question).contains(&url.as_str());
                    missing.unless(found, &format!("{file}, links of `{}`", id(question)), &url);
                }
            }
        }
    }
    assert_eq!(
        count,
        13 + 18,
        "the trames of the seeds have 13 and 18 questions"
    );
    missing.assert_none("questions of the trames");
}

#[test]
fn every_training_item_is_in_its_path_and_level() {
    let Some(seeds) = seeds() else { return };
    let training = load("training.yaml");
    let mut missing = Missing::default();
    let mut paths = 0;
    for (heading, body) in sections(&seeds, 1) {
        let Some(title) = heading.strip_prefix("Parcours ") else {
            continue;
        };
        paths += 1;
        let Some(path) = find_titled(&training["paths"], "title", title) else {
            missing.add(format!("path « {title} »"));
            continue;
        };
        for (level_heading, level_body) in sections(&body, 2) {
            let (number, level_title) = parse_level(&level_heading);
            let place = format!("« {title} », level {number}");
            let levels = items(&path["levels"]);
            let Some(level) = levels.iter().find(|l| l["level"].as_u64() == Some(number)) else {
                missing.add(place);
                continue;
            };
            missing.field(&place, level, "title", level_title);
            for bullet in bullets(&level_body) {
                let wanted = source_form(bullet);
                // "vous apprenez : - À faire…": the item is what follows the « à ».
                let wanted = wanted.strip_prefix("a ").unwrap_or(&wanted);
                let titles = items(&level["items"]).iter().map(|item| fr(&item["title"]));
                let found = titles.into_iter().any(|title| holds(title, wanted));
                missing.unless(found, &place, bullet);
            }
        }
    }
    assert_eq!(paths, 4, "the seeds describe four training paths");
    missing.assert_none("training items");
}

/// `Niveau 2: Avancé/production en DevSecOps :` → `(2, "Avancé/production en DevSecOps")`.
fn parse_level(heading: &str) -> (u64, &str) {
    let rest = heading.trim_start_matches("Niveau").trim_start();
    let digits = rest.chars().take_while(char::is_ascii_digit).count();
    let number = rest[..digits].parse().expect("a level number");
    let title = rest[digits..].trim_matches(|c: char| c == ':' || c.is_whitespace());
    (number, title)
}

#[test]
fn the_general_tracks_have_the_titles_and_links_of_the_seeds() {
    let Some(seeds) = seeds() else { return };
    let training = load("training.yaml");
    let mut missing = Missing::default();
    // "1) [**"Culture générale"**](https://…) : ressources adressées à tous…"
    let numbered = seeds.lines().map(str::trim_start).filter(|line| {
        line.starts_with(|c: char| c.is_ascii_digit()) && line[1..].starts_with(") [")
    });
    let mut count = 0;
    for line in numbered {
        count += 1;
        let (_, links) = split_links(line);
        let (title, url) = &links[0];
        let title = title.trim_matches(['*', '"']);
        match find_titled(&training["general_tracks"], "title", title) {
            Some(track) => {
                let found = link_urls(track).contains(&url.as_str());
                missing.unless(found, &format!("links of track « {title} »"), url);
            }
            None => missing.add(format!("track « {title} »")),
        }
    }
    assert_eq!(count, 3, "the seeds list three general tracks");
    missing.assert_none("general tracks");
}

/// Rows of the support table (« Accompagnement sur… »): row label → stage field.
const SUPPORT_ROWS: [(&str, &str); 5] = [
    ("Accompagnement sur...", "theme"),
    ("Etape projet", "step_question"),
    ("Mon besoin", "need"),
    ("Réalisation visée", "achievement"),
    ("Support du programme Cloud Pi Native", "program_support"),
];

/// Contact rows of the support table: row label → side of `contacts` → offer list naming them.
const CONTACT_ROWS: [(&str, &str, &str); 2] = [
    (
        "Point de contact coté Cloud Pi Native",
        "program",
        "program_contacts",
    ),
    (
        "Point de contact coté équipe projet",
        "project",
        "project_roles",
    ),
];

/// The table row whose first cell is `label`; its cells 1 to 5 are the stages.
fn seed_row<'a>(seeds: &'a str, label: &str) -> Vec<&'a str> {
    table_row(seeds, label).unwrap_or_else(|| panic!("the seeds have no table row « {label} »"))
}

#[test]
fn every_stage_holds_every_cell_of_the_support_table() {
    let Some(seeds) = seeds() else { return };
    let stages = load("stages.yaml");
    let offer = load("offer.yaml");
    let mut missing = Missing::default();
    for (label, field) in SUPPORT_ROWS {
        let row = seed_row(&seeds, label);
        for number in 1..=5 {
            let place = format!("stage {number}");
            missing.field(&place, stage(&stages, number), field, row[number as usize]);
        }
    }
    for (label, side, list) in CONTACT_ROWS {
        let row = seed_row(&seeds, label);
        for number in 1..=5 {
            let ids = items(&stage(&stages, number)["contacts"][side]);
            if ids.is_empty() {
                missing.add(format!("stage {number}: no {side} contact"));
            }
            // Every contact the stage names is one the cell names.
            let cell = source_form(row[number as usize]);
            for wanted in ids.iter().filter_map(Value::as_str) {
                let contact = items(&offer[list]).iter().find(|c| id(c) == wanted);
                let name = normalise(contact.map_or("", |c| fr(&c["name"])));
                let place = format!("stage {number}, {side} contact `{wanted}` « {name} »");
                missing.unless(holds(&cell, &name), &place, row[number as usize]);
            }
        }
    }
    missing.assert_none("cells of the support table");
}

#[test]
fn every_stage_holds_every_cell_of_the_resources_and_checklist_table() {
    let Some(seeds) = seeds() else { return };
    let stages = load("stages.yaml");
    let mut missing = Missing::default();
    for number in 1..=5u64 {
        let row = seed_row(&seeds, &number.to_string());
        let stage = stage(&stages, number);
        let place = format!("stage {number}");
        missing.field(&place, stage, "progress_stage", row[1]);
        missing.field(&place, stage, "maturity_question", row[2]);
        for resource in dash_items(row[3]) {
            missing.in_list(&place, stage, "offer_resources", &resource);
        }
        if !row[4].trim().is_empty() {
            missing.field(&place, stage, "if_eligible", row[4]);
        }
        for (column, role) in [(5, "decision"), (6, "pilotage"), (7, "technique")] {
            missing.field(&place, &stage["role_resources"], role, row[column]);
        }
        check_checklist(&mut missing, &place, &stage["criteria"], row[8]);
    }
    missing.assert_none("cells of the resources and checklist table");
}

/// Every line of a checklist cell is a criterion, under its « Eligible à un accompagnement (…) »
/// group when it has one; an empty cell means every criterion says what it is derived from.
fn check_checklist(missing: &mut Missing, place: &str, criteria: &Value, cell: &str) {
    if cell.trim().is_empty() {
        for criterion in items(criteria) {
            let place = format!("{place}, help of derived criterion `{}`", id(criterion));
            missing.unless(
                holds(fr(&criterion["help"]), "deduit"),
                &place,
                "Déduit de…",
            );
        }
        return;
    }
    let (common, eligible) = cell
        .split_once("Eligible à un accompagnement (")
        .unwrap_or((cell, ""));
    let mut lines: Vec<(Option<String>, String)> = dash_items(common)
        .into_iter()
        .map(|line| (None, line))
        .collect();
    if let Some((name, rest)) = eligible.split_once("):") {
        let group = format!("Eligible à un accompagnement ({name})");
        lines.extend(
            dash_items(rest)
                .into_iter()
                .map(|line| (Some(group.clone()), line)),
        );
    }
    for (group, line) in lines {
        let wanted = source_form(&line);
        let criterion = items(criteria)
            .iter()
            .find(|c| holds(&fr_of(c, &["title", "help"]), &wanted));
        let Some(criterion) = criterion else {
            missing.note(&format!("{place}, criteria"), &line);
            continue;
        };
        if let Some(group) = group {
            missing.field(
                &format!("{place}, `{}`", id(criterion)),
                criterion,
                "group",
                &group,
            );
        }
    }
}

#[test]
fn every_stage_holds_its_title_objective_key_steps_and_go_no_go() {
    let Some(seeds) = seeds() else { return };
    let stages = load("stages.yaml");
    let walkthrough = part(&seeds, "# Comment ca se passe? embarquement pas à pas");
    let mut missing = Missing::default();
    let mut count = 0;
    for (heading, body) in sections(walkthrough, 3) {
        // "Etape 1: juger de…" and "Etape3: lancer…"
        let Some((name, title)) = heading.split_once(':') else {
            continue;
        };
        let number: u64 = name
            .trim_start_matches(|c: char| !c.is_ascii_digit())
            .parse()
            .expect("a stage number");
        count += 1;
        let stage = stage(&stages, number);
        let place = format!("stage {number}");
        missing.field(&place, stage, "title", title);
        let objective = labelled_block(&body, "Objectif").unwrap_or("");
        missing.field(
            &place,
            stage,
            "objective",
            objective.trim_start_matches(':'),
        );
        for step in labelled_block(&body, "Etapes clefs")
            .map(bullets)
            .unwrap_or_default()
        {
            missing.in_list(&place, stage, "key_steps", step);
        }
        for statement in labelled_block(&body, "go/no go")
            .map(bullets)
            .unwrap_or_default()
        {
            missing.field(&place, stage, "go_no_go", statement);
        }
    }
    assert_eq!(count, 5, "the seeds describe five stages step by step");
    missing.assert_none("stage descriptions");
}

// ---------------------------------------------------------------------------------------------
// The definitions on their own.

/// The `{fr, en}` text at `value`, both languages present and not blank.
fn bilingual(value: &Value) -> bool {
    ["fr", "en"].iter().all(|lang| {
        value[*lang]
            .as_str()
            .is_some_and(|text| !text.trim().is_empty())
    })
}

/// Text fields every stage must fill, in both languages.
const STAGE_TEXTS: [&str; 12] = [
    "title",
    "short_title",
    "theme",
    "step_question",
    "need",
    "objective",
    "achievement",
    "progress_stage",
    "maturity_question",
    "if_eligible",
    "program_support",
    "go_no_go",
];

/// List fields every stage must fill.
const STAGE_LISTS: [&str; 4] = ["offer_resources", "key_steps", "criteria", "links"];

#[test]
fn every_stage_has_every_field_filled_in_both_languages() {
    let stages = load("stages.yaml");
    let mut missing = Missing::default();
    for number in 1..=5 {
        let stage = stage(&stages, number);
        let mut lacks = |what: String| missing.add(format!("stage {number}: {what}"));
        for field in STAGE_TEXTS {
            if !bilingual(&stage[field]) {
                lacks(field.to_string());
            }
        }
        for field in STAGE_LISTS {
            if items(&stage[field]).is_empty() {
                lacks(format!("{field} (empty)"));
            }
        }
        for field in ["offer_resources", "key_steps"] {
            for text in items(&stage[field]).iter().filter(|text| !bilingual(text)) {
                lacks(format!("{field}: « {} »", fr(text)));
            }
        }
        for role in ["decision", "pilotage", "technique"] {
            if !bilingual(&stage["role_resources"][role]) {
                lacks(format!("role_resources.{role}"));
            }
        }
        for side in ["program", "project"] {
            if items(&stage["contacts"][side]).is_empty() {
                lacks(format!("contacts.{side}"));
            }
        }
        for criterion in items(&stage["criteria"]) {
            if !bilingual(&criterion["title"]) || !bilingual(&criterion["help"]) {
                lacks(format!("title and help of criterion `{}`", id(criterion)));
            }
        }
        for lang in ["fr", "en"] {
            let short = stage["short_title"][lang].as_str().unwrap_or("");
            if short.chars().count() > 14 {
                lacks(format!(
                    "a short_title of 14 characters at most, not « {short} »"
                ));
            }
        }
    }
    missing.assert_none("stage fields");
}

#[test]
fn stages_one_and_two_name_their_questionnaires() {
    let stages = load("stages.yaml");
    for (number, expected) in [
        (1, vec!["prequalification"]),
        (2, vec!["qualification"]),
        (3, vec![]),
        (4, vec![]),
        (5, vec![]),
    ] {
        let named: Vec<&str> = items(&stage(&stages, number)["questionnaires"])
            .iter()
            .filter_map(Value::as_str)
            .collect();
        assert_eq!(named, expected, "questionnaires of stage {number}");
    }
}

/// Keys whose values are ids, numbers, flags or addresses rather than text to translate.
const NOT_TEXT: [&str; 18] = [
    "id",
    "kind",
    "version",
    "number",
    "level",
    "url",
    "email",
    "contact_email",
    "role",
    "roles",
    "questionnaires",
    "program",
    "project",
    "blocking",
    "optional",
    "project_field",
    "choices_from",
    "follows",
];

/// Every text under `value` that lacks its English (or French), by place.
fn untranslated(value: &Value, place: &str, found: &mut Vec<String>) {
    match value {
        Value::Mapping(map) if map.contains_key("fr") => {
            found.extend((!bilingual(value)).then(|| place.to_string()));
        }
        Value::Mapping(map) => {
            for (key, inner) in map {
                let key = key.as_str().unwrap_or("?");
                if !NOT_TEXT.contains(&key) {
                    untranslated(inner, &format!("{place}.{key}"), found);
                }
            }
        }
        Value::Sequence(list) => {
            for (index, inner) in list.iter().enumerate() {
                untranslated(inner, &format!("{place}[{index}]"), found);
            }
        }
        Value::String(text) => found.push(format!("{place}: « {text} »")),
        _ => {}
    }
}

#[test]
fn every_text_is_in_french_and_english() {
    let mut found = Vec::new();
    for file in DEFINITION_FILES {
        untranslated(&load(file), file, &mut found);
    }
    assert!(
        found.is_empty(),
        "texts without both languages:\n  {}",
        found.join("\n  ")
    );
}

/// Every value of the key `key` under `value`, at any depth.
fn values_of<'a>(value: &'a Value, key: &str, found: &mut Vec<&'a Value>) {
    match value {
        Value::Mapping(map) => {
            for (k, inner) in map {
                if k.as_str() == Some(key) {
                    found.push(inner);
                } else {
                    values_of(inner, key, found);
                }
            }
        }
        Value::Sequence(list) => list.iter().for_each(|inner| values_of(inner, key, found)),
        _ => {}
    }
}

/// An absolute `https://` URL with a host name and no white space.
fn is_well_formed_https(url: &str) -> bool {
    let Some(rest) = url.strip_prefix("https://") else {
        return false;
    };
    let host = rest.split(['/', '?', '#']).next().unwrap_or("");
    let labels_ok = host.split('.').all(|label| {
        !label.is_empty() && label.chars().all(|c| c.is_ascii_alphanumeric() || c == '-')
    });
    host.contains('.') && labels_ok && !url.chars().any(|c| c.is_whitespace() || c.is_control())
}

#[test]
fn every_link_is_a_well_formed_https_url() {
    for file in DEFINITION_FILES {
        let definitions = load(file);
        let mut urls = Vec::new();
        values_of(&definitions, "url", &mut urls);
        let bad: Vec<String> = urls
            .into_iter()
            .map(|url| url.as_str().unwrap_or("(not a string)"))
            .filter(|url| !is_well_formed_https(url))
            .map(|url| format!("{file}: {url}"))
            .collect();
        assert!(
            bad.is_empty(),
            "links that are not well-formed https URLs:\n  {}",
            bad.join("\n  ")
        );
    }
    assert!(is_well_formed_https(
        "https://cloud-pi-native.fr/guide/get-started"
    ));
    for bad in [
        "http://example.org",
        "https://",
        "https://no host/x",
        "https://localhost/",
        "https://a..b/",
    ] {
        assert!(!is_well_formed_https(bad), "{bad}");
    }
}

/// Every question of both questionnaires.
fn questions() -> Vec<Value> {
    ["prequalification.yaml", "qualification.yaml"]
        .iter()
        .flat_map(|file| {
            let questionnaire = load(file);
            items(&questionnaire["sections"])
                .iter()
                .flat_map(|section| items(&section["questions"]).to_vec())
                .collect::<Vec<_>>()
        })
        .collect()
}

#[test]
fn every_kind_of_question_is_used_and_choices_go_with_choice_kinds() {
    let questions = questions();
    let kinds: BTreeSet<&str> = questions
        .iter()
        .filter_map(|q| q["kind"].as_str())
        .collect();
    let all = BTreeSet::from([
        "choice",
        "date",
        "long_text",
        "multi_choice",
        "number",
        "text",
        "yes_no",
    ]);
    assert_eq!(kinds, all, "kinds of question used");
    for question in &questions {
        let takes_choices = matches!(question["kind"].as_str(), Some("choice" | "multi_choice"));
        let choices = items(&question["choices"]).len();
        let from_the_offer = question["choices_from"].as_str().is_some();
        assert_eq!(
            takes_choices,
            choices >= 2 || from_the_offer && choices == 0,
            "choices of `{}`",
            id(question)
        );
    }
}

#[test]
fn ids_are_kebab_case_and_question_ids_unique_across_questionnaires() {
    let kebab = |id: &str| {
        id.split('-').all(|word| {
            !word.is_empty()
                && word
                    .bytes()
                    .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit())
        })
    };
    let mut ids = Vec::new();
    for file in DEFINITION_FILES {
        let definitions = load(file);
        let mut found = Vec::new();
        values_of(&definitions, "id", &mut found);
        ids.extend(
            found
                .into_iter()
                .map(|id| (file, id.as_str().unwrap_or("").to_string())),
        );
    }
    let bad: Vec<String> = ids
        .iter()
        .filter(|(_, id)| !kebab(id))
        .map(|(file, id)| format!("{file}: `{id}`"))
        .collect();
    assert!(
        bad.is_empty(),
        "ids that are not kebab-case:\n  {}",
        bad.join("\n  ")
    );
    let mut seen = BTreeSet::new();
    for question in questions() {
        let id = question["id"].as_str().unwrap_or("").to_string();
        assert!(seen.insert(id.clone()), "question id `{id}` is used twice");
    }
}

#[test]
fn optional_elements_are_optional_and_choices_match_the_offer() {
    let prequalification = load("prequalification.yaml");
    for section in items(&prequalification["sections"]) {
        let facultative = holds(fr(&section["title"]), "facultatifs");
        for question in items(&section["questions"]) {
            let optional = question["optional"].as_bool().unwrap_or(false);
            assert_eq!(optional, facultative, "`optional` of `{}`", id(question));
        }
    }
    let choice_ids = |question_id: &str| -> Vec<String> {
        let question = questions()
            .into_iter()
            .find(|q| q["id"].as_str() == Some(question_id))
            .unwrap_or_else(|| panic!("no question `{question_id}`"));
        items(&question["choices"])
            .iter()
            .filter_map(|c| c["id"].as_str().map(str::to_string))
            .collect()
    };
    let project_kinds = [
        "nouveau",
        "migration",
        "refonte",
        "evolution",
        "experimentation",
    ];
    assert_eq!(choice_ids("type-de-projet"), project_kinds);
    let offer = load("offer.yaml");
    let targets: Vec<String> = items(&offer["hosting_targets"])
        .iter()
        .filter_map(|t| t["id"].as_str().map(str::to_string))
        .collect();
    assert_eq!(targets.len(), 5, "the offer's hosting targets");
    let question = |question_id: &str| {
        questions()
            .into_iter()
            .find(|q| q["id"].as_str() == Some(question_id))
            .unwrap_or_else(|| panic!("no question `{question_id}`"))
    };
    // The hosting target question offers the offer's list itself, and holds the project card's
    // field; so does the project-kind question.
    let hosting = question("cible-d-hebergement");
    assert_eq!(hosting["choices_from"].as_str(), Some("hosting_targets"));
    assert_eq!(choice_ids("cible-d-hebergement"), Vec::<String>::new());
    assert_eq!(hosting["project_field"].as_str(), Some("hosting_target"));
    assert_eq!(
        question("type-de-projet")["project_field"].as_str(),
        Some("kind")
    );
}

#[test]
fn questions_asked_again_at_stage_two_take_up_the_stage_one_answer() {
    let labels = |file: &str| -> Vec<(String, String)> {
        items(&load(file)["sections"])
            .iter()
            .flat_map(|section| items(&section["questions"]).to_vec())
            .map(|q| (id(&q).to_string(), fr(&q["label"]).to_string()))
            .collect()
    };
    let (earlier, later) = (
        labels("prequalification.yaml"),
        labels("qualification.yaml"),
    );
    let repeated: Vec<(String, String)> = later
        .iter()
        .filter_map(|(later_id, label)| {
            let (earlier_id, _) = earlier.iter().find(|(_, l)| l == label)?;
            Some((later_id.clone(), earlier_id.clone()))
        })
        .collect();
    assert_eq!(
        repeated.len(),
        3,
        "labels asked at both stages: {repeated:?}"
    );
    for (later_id, earlier_id) in repeated {
        let later = questions().into_iter().find(|q| id(q) == later_id).unwrap();
        assert_eq!(
            later["follows"].as_str(),
            Some(earlier_id.as_str()),
            "`{later_id}` asks again what `{earlier_id}` asked"
        );
    }
}

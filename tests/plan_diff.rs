//! `embarquement diff` as a user reads it: each kind of change in words, under its stage, with its
//! symbol, in French and in English; exit 0 when the same, 1 when different, 2 on error; Markdown
//! and JSON; `--textconv`, one plan as stable text; text from plans never reaching the terminal raw.

mod support;

use std::path::{Path, PathBuf};
use std::process::Command;

use embarquement::plan::{
    AnswerValue, CriterionStatus, DecisionStatus, Member, PastDecision, Plan, Session, SessionKind,
    Side, load, overwrite,
};
use jiff::civil::date;
use support::BIN;

/// The sample plan of the fixtures.
fn sample() -> Plan {
    load(&Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/report/sample.plan.yaml"))
        .unwrap()
}

/// Writes `plan` as `name` in `dir`.
fn write(dir: &Path, name: &str, plan: &Plan) -> PathBuf {
    let path = dir.join(name);
    overwrite(plan, &path).unwrap();
    path
}

/// `diff` of the sample and the sample changed by `change`, in `lang`: its exit code and output.
fn diff_after(change: impl FnOnce(&mut Plan), lang: &str, format: &str) -> (i32, String) {
    let dir = support::sandbox();
    let old = sample();
    let mut new = old.clone();
    change(&mut new);
    let (old, new) = (
        write(dir.path(), "old.plan.yaml", &old),
        write(dir.path(), "new.plan.yaml", &new),
    );
    let out = Command::new(BIN)
        .args(["diff", "--lang", lang, "--format", format])
        .args([&old, &new])
        .output()
        .unwrap();
    let text = String::from_utf8(out.stdout).unwrap();
    // Spaces as they look: French typography puts non-breaking ones around « » and before « : ».
    (out.status.code().unwrap(), text.replace('\u{a0}', " "))
}

/// The text `diff` in `lang` of the sample changed by `change`, which must differ.
fn words(change: impl FnOnce(&mut Plan), lang: &str) -> String {
    let (code, out) = diff_after(change, lang, "text");
    assert_eq!(code, 1, "{out}");
    out
}

#[test]
fn the_same_plan_twice_is_no_difference() {
    let (code, out) = diff_after(|_| {}, "fr", "text");
    assert_eq!((code, out.as_str()), (0, ""));
}

#[test]
fn a_criterion_status_under_its_stage() {
    let change = |plan: &mut Plan| {
        plan.update_criterion("opportunite", "besoin", |r| r.status = CriterionStatus::Ko)
    };
    let fr = words(change, "fr");
    assert!(fr.starts_with("Étape 1 — "), "{fr}");
    assert!(fr.contains("  ~ statut du critère « Besoin"), "{fr}");
    assert!(fr.contains(" : ok → ko\n"), "{fr}");
    let en = words(change, "en");
    assert!(en.starts_with("Stage 1 — "), "{en}");
    assert!(en.contains("  ~ status of criterion \"Need"), "{en}");
}

#[test]
fn an_answer_with_its_question_and_choice_labels() {
    let change = |plan: &mut Plan| {
        plan.update_answer("opportunite", "type-de-projet", |r| {
            r.value = Some(AnswerValue::Text("refonte".into()))
        })
    };
    let fr = words(change, "fr");
    assert!(
        fr.contains("réponse à « Type de projet et objectif visé ? »"),
        "{fr}"
    );
    assert!(
        fr.contains("« Migration d'une application déjà en production » → « Refonte »"),
        "{fr}"
    );
    let en = words(change, "en");
    assert!(
        en.contains("answer to \"Kind of project and objective?\""),
        "{en}"
    );
    assert!(en.contains("→ \"Rebuild\""), "{en}");
}

#[test]
fn notes_added_and_removed() {
    let change = |plan: &mut Plan| {
        plan.update_criterion("opportunite", "besoin", |r| r.note.clear());
        plan.update_answer("opportunite", "type-de-projet", |r| {
            r.interviewer_note = "Vu en séance.".into()
        });
    };
    let fr = words(change, "fr");
    assert!(fr.contains("  − note sur le critère « Besoin"), "{fr}");
    assert!(
        fr.contains("  + note de l'intervieweur sur la question"),
        "{fr}"
    );
    let en = words(change, "en");
    assert!(en.contains("  − note on criterion \"Need"), "{en}");
    assert!(en.contains("  + interviewer's note on question"), "{en}");
}

#[test]
fn each_sides_decision() {
    let change = |plan: &mut Plan| {
        let decision = PastDecision {
            status: DecisionStatus::NoGo,
            name: "Léa Martin".into(),
            date: Some(date(2026, 12, 1)),
            rationale: String::new(),
        };
        plan.set_decision("plan-projet", Side::ServiceTeam, decision.clone());
        plan.set_decision("plan-projet", Side::ProjectTeam, decision);
    };
    let fr = words(change, "fr");
    assert!(fr.contains("Étape 2 — "), "{fr}");
    assert!(
        fr.contains("+ décision de la service team : no-go · Léa Martin · 2026-12-01"),
        "{fr}"
    );
    assert!(fr.contains("auto-évaluation de l'équipe projet : "), "{fr}");
    let en = words(change, "en");
    assert!(
        en.contains("the service team's decision: no-go · Léa Martin · 2026-12-01"),
        "{en}"
    );
    assert!(en.contains("the project team's self-assessment: "), "{en}");
}

#[test]
fn the_project_card_members_training_and_sessions() {
    let change = |plan: &mut Plan| {
        plan.project.name = "GED Nord".into();
        plan.members.push(Member {
            name: "Inès Roy".into(),
            role: "technique".into(),
            training: Default::default(),
        });
        plan.sessions
            .push(Session::joint(SessionKind::Review, date(2026, 12, 3), None));
    };
    let fr = words(change, "fr");
    assert!(
        fr.starts_with("Projet\n  ~ nom du projet : « GED Préfecture du Nord » → « GED Nord »\n"),
        "{fr}"
    );
    assert!(
        fr.contains("  + membre « Inès Roy » : rôle Réalisation et gestion technique"),
        "{fr}"
    );
    assert!(
        fr.contains("Séances\n  + Revue du 2026-12-03 : 0 participant(s), 0 action(s)"),
        "{fr}"
    );
    let en = words(change, "en");
    assert!(
        en.starts_with("Project\n  ~ project name: \"GED Préfecture du Nord\" → \"GED Nord\"\n"),
        "{en}"
    );
    assert!(
        en.contains("  + member \"Inès Roy\": role Delivery and technical management"),
        "{en}"
    );
    assert!(en.contains("Sessions\n  + Review on 2026-12-03"), "{en}");
}

#[test]
fn markdown_and_json() {
    let change = |plan: &mut Plan| {
        plan.update_criterion("opportunite", "besoin", |r| r.status = CriterionStatus::Ko)
    };
    let (code, markdown) = diff_after(change, "fr", "markdown");
    assert_eq!(code, 1);
    assert!(markdown.starts_with("## Étape 1 — "), "{markdown}");
    assert!(markdown.contains("- `~` statut du critère"), "{markdown}");
    let (code, json) = diff_after(change, "en", "json");
    assert_eq!(code, 1);
    let json: serde_json::Value = serde_json::from_str(&json).unwrap();
    assert_eq!(json["format"], "embarquement-diff/1");
    let first = &json["changes"][0];
    assert_eq!(first["change"], "changed");
    assert_eq!(first["field"]["field"], "criterion_status");
    assert_eq!(first["field"]["criterion"], "besoin");
    assert_eq!(first["before"], "ok");
    assert_eq!(first["after"], "ko");
}

#[test]
fn an_unreadable_plan_is_exit_2() {
    let dir = support::sandbox();
    let old = write(dir.path(), "old.plan.yaml", &sample());
    let out = Command::new(BIN)
        .args(["diff"])
        .arg(&old)
        .arg(dir.path().join("absent.plan.yaml"))
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
}

#[test]
fn escape_sequences_in_a_plan_never_reach_the_terminal() {
    let (_, out) = diff_after(
        |plan| plan.project.name = "\u{1b}]0;pwned\u{7}\u{1b}[2J".into(),
        "fr",
        "text",
    );
    assert!(!out.contains('\u{1b}') && !out.contains('\u{7}'), "{out:?}");
    let (_, json) = diff_after(
        |plan| plan.project.name = "\u{1b}[2J\u{9b}".into(),
        "fr",
        "json",
    );
    assert!(
        !json.contains('\u{1b}') && !json.contains('\u{9b}'),
        "{json:?}"
    );
}

#[test]
fn textconv_prints_one_plan_the_same_way_every_time() {
    let dir = support::sandbox();
    let path = write(dir.path(), "plan.plan.yaml", &sample());
    let run = || {
        let out = Command::new(BIN)
            .args(["diff", "--textconv"])
            .arg(&path)
            .output()
            .unwrap();
        assert!(out.status.success());
        String::from_utf8(out.stdout)
            .unwrap()
            .replace('\u{a0}', " ")
    };
    let text = run();
    assert_eq!(text, run());
    assert!(
        text.starts_with("Projet\n  nom du projet : « GED Préfecture du Nord »\n"),
        "{text}"
    );
    assert!(!text.contains(" + ") && !text.contains(" ~ "), "{text}");
}

/// The sample changed by `change` in the three formats (French text, French Markdown, JSON).
fn three_formats(change: impl Fn(&mut Plan)) -> (String, String, serde_json::Value) {
    let text = words(&change, "fr");
    let (code, markdown) = diff_after(&change, "fr", "markdown");
    assert_eq!(code, 1, "{markdown}");
    let (code, json) = diff_after(&change, "fr", "json");
    assert_eq!(code, 1, "{json}");
    (text, markdown, serde_json::from_str(&json).unwrap())
}

/// The JSON change on the field of kind `field`.
fn json_change<'a>(json: &'a serde_json::Value, field: &str) -> &'a serde_json::Value {
    let changes = json["changes"].as_array().unwrap();
    changes
        .iter()
        .find(|c| c["field"]["field"] == field)
        .unwrap_or_else(|| panic!("no {field} in {json}"))
}

#[test]
fn a_past_decision_added_to_the_history() {
    let change = |plan: &mut Plan| {
        let stage = plan.stages.get_mut("opportunite").unwrap();
        stage.decisions.service_team.history.push(PastDecision {
            status: DecisionStatus::Pending,
            name: "Paul Roy".into(),
            date: Some(date(2026, 11, 21)),
            rationale: String::new(),
        });
    };
    let (text, markdown, json) = three_formats(change);
    assert!(text.starts_with("Étape 1 — "), "{text}");
    assert!(
        text.contains(
            "  + décision passée n° 2 de la service team : en attente · Paul Roy · 2026-11-21\n"
        ),
        "{text}"
    );
    assert!(
        markdown.contains("- `+` décision passée n° 2 de la service team"),
        "{markdown}"
    );
    let added = json_change(&json, "past_decision");
    assert_eq!(added["change"], "added");
    assert_eq!(
        (
            added["field"]["side"].as_str(),
            added["field"]["at"].as_u64()
        ),
        (Some("service_team"), Some(1))
    );
    assert_eq!(added["after_value"]["value"]["name"], "Paul Roy");
    let en = words(change, "en");
    assert!(
        en.contains("  + the service team's past decision no. 2: "),
        "{en}"
    );
}

#[test]
fn who_entered_an_item_in_a_joint_session() {
    let change = |plan: &mut Plan| {
        plan.update_criterion("opportunite", "organisation-de-rattachement", |r| {
            r.entered_by = Some(Side::ProjectTeam)
        });
        plan.update_answer("opportunite", "besoin-actuel", |r| {
            r.entered_by = Some(Side::ServiceTeam);
            r.entered_on = Some(date(2026, 11, 23));
        });
    };
    let (text, markdown, json) = three_formats(change);
    assert!(
        text.contains("  ~ saisie du critère « Organisation de rattachement"),
        "{text}"
    );
    assert!(
        text.contains(" : par la service team en séance commune du 2026-11-22 → par l'équipe projet en séance commune du 2026-11-22\n"),
        "{text}"
    );
    assert!(
        text.contains("  + saisie de la réponse à « ")
            && text.contains(" : par la service team en séance commune du 2026-11-23\n"),
        "{text}"
    );
    assert!(markdown.contains("- `~` saisie du critère"), "{markdown}");
    let changed = json_change(&json, "criterion_entry");
    assert_eq!(changed["after_value"]["value"]["side"], "project_team");
    assert_eq!(json_change(&json, "answer_entry")["change"], "added");
    let en = words(change, "en");
    assert!(en.contains(": by the service team in the joint session of 2026-11-22 → by the project team in the joint session of 2026-11-22\n"), "{en}");
}

#[test]
fn the_stage_the_team_is_on() {
    let change = |plan: &mut Plan| plan.current_stage = 3;
    let (text, markdown, json) = three_formats(change);
    assert!(
        text.starts_with("Projet\n  ~ étape en cours : étape 2 — "),
        "{text}"
    );
    assert!(text.contains(" → étape 3 — "), "{text}");
    assert!(
        markdown.contains("- `~` étape en cours : étape 2 — "),
        "{markdown}"
    );
    let changed = json_change(&json, "current_stage");
    assert_eq!(
        (
            changed["before_value"]["value"].as_u64(),
            changed["after_value"]["value"].as_u64()
        ),
        (Some(2), Some(3))
    );
    let en = words(change, "en");
    assert!(
        en.starts_with("Project\n  ~ current stage: stage 2 — "),
        "{en}"
    );
}

#[test]
fn the_definitions_version() {
    let change = |plan: &mut Plan| plan.definitions.version = "2027.01".into();
    let (text, markdown, json) = three_formats(change);
    assert!(
        text.starts_with("Projet\n  ~ définitions : version 2026.10 (embedded, sha256:00000000…) → version 2027.01 (embedded, sha256:00000000…)\n"),
        "{text}"
    );
    assert!(
        markdown.contains("- `~` définitions : version 2026.10"),
        "{markdown}"
    );
    let changed = json_change(&json, "definitions");
    assert_eq!(changed["after_value"]["value"]["version"], "2027.01");
    let en = words(change, "en");
    assert!(
        en.starts_with("Project\n  ~ definitions: version 2026.10 "),
        "{en}"
    );
}

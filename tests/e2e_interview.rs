//! End to end in a pseudo-terminal: a qualification interview with the service team, from the
//! team's own go to the service team's no-go, minutes and action items, read back from the plan
//! and from `status --format json`.
#![cfg(unix)]

mod support;

use std::path::Path;

use support::pty::{Pty, has_in_order, is_reversed, key, pane};
use support::{
    PLAN_FILE, at, init_plan, minimal_definitions, read_plan, status_json, status_stage, str_at,
};

const MAIN_SCREEN: &str = "Critères go/no-go ·";
const DECISION_FORM: &str = "Décision de l'étape 1";
const SESSION_WINDOW: &str = "Nouvel entretien";
const END_WINDOW: &str = "Fin de l'entretien";
const CTRL_N: &[u8] = b"\x0e";
const IN_PROGRESS: &str = "entretien en cours depuis";
const ENTERED: &str = "saisi par la service team pendant l'entretien du";

/// The wizard on the minimal definitions, in `dir`, with `args` after the global options.
fn wizard(dir: &Path, args: &[&str]) -> Pty {
    let definitions = minimal_definitions();
    let mut all = vec![
        "--questionnaires",
        definitions.to_str().expect("UTF-8 path"),
    ];
    all.extend_from_slice(args);
    Pty::spawn(dir, &all)
}

/// Types `text` and waits until it shows.
fn type_text(pty: &mut Pty, text: &str) {
    pty.press(text, text);
}

/// The team alone: the blocking criterion ok, then its own go, signed by Camille Dupont.
fn the_team_assesses_itself(dir: &Path) {
    let mut pty = wizard(dir, &[]);
    pty.wait_text(MAIN_SCREEN);
    pty.press(key::SPACE, "[✓]!Organisation de rattachement identifiée");
    pty.press("d", DECISION_FORM);
    pty.send(key::RIGHT);
    pty.wait_for_screen("`go` chosen", |screen| {
        is_reversed(screen, "Décision\u{a0}:", " go ")
    });
    pty.send(key::TAB);
    pty.send(key::TAB);
    type_text(&mut pty, "Camille Dupont");
    pty.press(key::CTRL_S, "auto-évaluation\u{a0}: go (Camille Dupont");
    pty.quit();
}

/// In the session window, adds a participant (the side alternates from the last one's).
fn add_participant(pty: &mut Pty, name: &str, side: &str, role: &str) {
    pty.send(CTRL_N);
    type_text(pty, name);
    pty.send(key::TAB);
    pty.send(key::TAB);
    pty.send(role);
    pty.wait_for(&format!("{name}, {side}, {role}"), |text| {
        text.lines()
            .any(|line| has_in_order(line, &[name, &format!("‹ {side} ›"), role]))
    });
}

/// In the end window, adds an action item.
fn add_action(pty: &mut Pty, what: &str, who: &str, due: &str) {
    pty.send(CTRL_N);
    type_text(pty, what);
    pty.send(key::TAB);
    type_text(pty, who);
    pty.send(key::TAB);
    type_text(pty, due);
}

#[test]
fn a_qualification_interview_keeps_both_voices_who_was_there_and_what_comes_next() {
    let dir = support::sandbox();
    let path = init_plan(dir.path(), "Démo Préfecture");
    the_team_assesses_itself(dir.path());

    // The service team opens the plan for the interview: kind, participants on both sides.
    let mut pty = wizard(dir.path(), &["--interview"]);
    pty.wait_text(SESSION_WINDOW);
    pty.press(key::RIGHT, "‹ qualification ›");
    add_participant(
        &mut pty,
        "Camille Dupont",
        "équipe projet",
        "cheffe de projet",
    );
    add_participant(&mut pty, "Alex Martin", "service team", "architecte");
    add_participant(&mut pty, "Sam Leroy", "équipe projet", "développeur");
    pty.press(key::ENTER, "Entretien commencé (qualification)");
    let screen = pty.wait_text(IN_PROGRESS);
    let header = screen.lines().next().unwrap_or_default();
    assert!(header.contains("saisie\u{a0}: service team"), "{header}");

    // The interviewer's note on a criterion, by the service team.
    pty.press_pane(key::DOWN, "Détail", "Besoin exprimé");
    pty.press("i", "Note de l'intervieweur — Besoin exprimé");
    type_text(&mut pty, "Besoin à chiffrer");
    pty.press_pane(key::ESC, "Détail", ENTERED);

    // An answer, by the service team too.
    let label = "Organisation et application concernée";
    pty.press_pane(key::TAB, "Détail", label);
    pty.press(key::ENTER, &format!("Réponse — {label}"));
    type_text(&mut pty, "Préfecture — GED");
    pty.press_pane(key::ENTER, "Détail", "Réponse\u{a0}: Préfecture — GED");
    pty.wait_for("who entered the answer", |text| {
        pane(text, "Détail").contains(ENTERED)
    });

    // The service team's no-go (the side typing decides), beside the team's go.
    pty.press("d", DECISION_FORM);
    pty.wait_text("Décision de l'autre partie (équipe projet");
    pty.send(key::RIGHT);
    pty.send(key::RIGHT);
    pty.wait_for_screen("`no-go` chosen", |screen| {
        is_reversed(screen, "Décision\u{a0}:", " no-go ")
    });
    pty.send(key::TAB);
    pty.send(key::TAB);
    type_text(&mut pty, "Alex Martin");
    pty.send(key::TAB);
    type_text(&mut pty, "Hébergement à préciser.");
    pty.press(key::CTRL_S, "service team\u{a0}: no-go (Alex Martin");

    // Quitting asks whether to end the interview: minutes, two action items, the next meeting.
    pty.press("q", "Un entretien est en cours.");
    pty.press("o", END_WINDOW);
    type_text(&mut pty, "Plan projet relu ensemble.");
    add_action(&mut pty, "Chiffrer", "Camille Dupont", "2026-12-15");
    add_action(&mut pty, "Relire", "Alex Martin", "2026-12-20");
    pty.send(key::TAB);
    type_text(&mut pty, "2027-01-10");
    pty.send(key::ENTER);
    let status = pty.wait_exit();
    assert!(status.success(), "exit status {status:?}:\n{}", pty.text());

    let summary = status_json(dir.path(), &path);
    let first = status_stage(&summary, "opportunite");
    assert_eq!(first["decision"], "no_go");
    assert_eq!(first["decisions"]["project_team"]["status"], "go");
    assert_eq!(first["decisions"]["project_team"]["name"], "Camille Dupont");
    assert_eq!(first["decisions"]["service_team"]["status"], "no_go");
    assert_eq!(first["decisions"]["service_team"]["name"], "Alex Martin");

    let plan = read_plan(&dir.path().join(PLAN_FILE));
    let sessions = at(&plan, &["sessions"])
        .as_sequence()
        .expect("sessions are a list");
    let interview = sessions.last().expect("the interview is logged");
    assert_eq!(str_at(interview, &["kind"]), "qualification");
    let day = str_at(interview, &["date"]);
    assert!(
        interview.get("start").is_some() && interview.get("end").is_some(),
        "{interview:?}"
    );
    let participants: Vec<(&str, &str, &str)> = at(interview, &["participants"])
        .as_sequence()
        .expect("participants are a list")
        .iter()
        .map(|p| {
            (
                str_at(p, &["name"]),
                str_at(p, &["side"]),
                str_at(p, &["role"]),
            )
        })
        .collect();
    assert_eq!(
        participants,
        [
            ("Camille Dupont", "project_team", "cheffe de projet"),
            ("Alex Martin", "service_team", "architecte"),
            ("Sam Leroy", "project_team", "développeur"),
        ]
    );
    assert_eq!(
        str_at(interview, &["minutes"]),
        "Plan projet relu ensemble."
    );
    let actions: Vec<(&str, &str, &str)> = at(interview, &["actions"])
        .as_sequence()
        .expect("actions are a list")
        .iter()
        .map(|a| {
            (
                str_at(a, &["what"]),
                str_at(a, &["who"]),
                str_at(a, &["due"]),
            )
        })
        .collect();
    assert_eq!(
        actions,
        [
            ("Chiffrer", "Camille Dupont", "2026-12-15"),
            ("Relire", "Alex Martin", "2026-12-20"),
        ]
    );
    assert_eq!(str_at(interview, &["next_meeting"]), "2027-01-10");
    // Only the team's sitting before it, and the interview: nothing else became a session.
    assert_eq!(sessions.len(), 2, "{sessions:?}");
    assert_eq!(str_at(&sessions[0], &["kind"]), "self_assessment");

    let stage = at(&plan, &["stages", "opportunite"]);
    for record in [
        at(stage, &["answers", "organisation-application"]),
        at(stage, &["criteria", "besoin"]),
    ] {
        assert_eq!(
            str_at(record, &["entered_by"]),
            "service_team",
            "{record:?}"
        );
        assert_eq!(str_at(record, &["entered_on"]), day, "{record:?}");
    }
    assert_eq!(
        str_at(stage, &["criteria", "besoin", "interviewer_note"]),
        "Besoin à chiffrer"
    );
    // What the team entered alone carries no interview.
    let organisation = at(stage, &["criteria", "organisation"]);
    assert!(organisation.get("entered_by").is_none(), "{organisation:?}");
}

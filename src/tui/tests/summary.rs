use super::*;
use crate::plan::{CriterionStatus, DecisionStatus, Member, PastDecision, Side};
use crate::tui::app::Mode;
use crate::tui::screens::summary::{Target, readiness_bar, rows};

/// The wizard on `plan`, as opened.
fn opened(defs: &Definitions, plan: Plan) -> App<'_> {
    App::new(defs, plan, PathBuf::from("plan.yaml"), Lang::Fr)
}

fn plan(defs: &Definitions) -> Plan {
    let project = Project {
        name: "Démo".into(),
        ..Project::default()
    };
    Plan::new(project, defs)
}

/// Each row of the summary as text, its margin included.
fn texts(app: &App<'_>) -> Vec<String> {
    rows(app)
        .iter()
        .map(|row| {
            let line: String = row.line.spans.iter().map(|s| s.content.as_ref()).collect();
            format!("{}{line}", row.margin)
        })
        .collect()
}

fn targets(app: &App<'_>) -> Vec<Target> {
    rows(app).iter().filter_map(|row| row.target).collect()
}

#[test]
fn the_summary_names_each_stages_blockers_and_questions_unanswered_and_leads_to_them() {
    let defs = fixture();
    let app = opened(&defs, plan(&defs));
    let question = |stage, index| Target::Question { stage, index };
    assert_eq!(
        targets(&app),
        [
            Target::Criterion { stage: 0, index: 0 },
            question(0, 0),
            question(0, 1),
            question(0, 2),
            question(0, 3),
            Target::Criterion { stage: 1, index: 0 },
            question(1, 0),
            question(1, 1),
        ],
        "optional questions and criteria that do not block are left out"
    );
    let texts = texts(&app);
    assert!(
        texts.contains(
            &"  ! Critère bloquant «\u{a0}Organisation de rattachement identifiée\u{a0}» (à faire)"
                .to_string()
        )
    );
    assert!(texts.contains(&"  ? Type de projet (sans réponse)".to_string()));
    assert!(
        texts.contains(&"  ✓ rien n'empêche un go".to_string()),
        "stage 3 has no blocking criterion"
    );
}

#[test]
fn the_summary_tells_both_decisions_the_readiness_and_ok_from_na() {
    let defs = fixture();
    let mut plan = plan(&defs);
    plan.update_criterion("opportunite", "organisation", |c| {
        c.status = CriterionStatus::Ok
    });
    plan.update_criterion("opportunite", "besoin", |c| c.status = CriterionStatus::Na);
    plan.set_decision(
        "opportunite",
        Side::ProjectTeam,
        PastDecision {
            status: DecisionStatus::Go,
            name: "Camille".into(),
            date: Some("2026-11-20".parse().unwrap()),
            ..Default::default()
        },
    );
    let app = opened(&defs, plan);
    let texts = texts(&app);
    let colon = app.strings().colon;
    assert_eq!(
        texts[..4],
        [
            "  Étape 1 — Juger de l'opportunité  (✓) · étape atteinte".to_string(),
            format!("  service team{colon}○ en attente (celle qui compte)"),
            format!("  auto-évaluation{colon}✓ go — Camille, 20\u{a0}novembre\u{a0}2026 (proposée)"),
            "  ▰▰▱▱▱▱▱▱▱▱ 2/7 prêts · critères 1 ok, 1 n/a, 0 ko, 1 à faire · questions obligatoires 0/4"
                .to_string(),
        ]
    );
    assert!(
        !targets(&app).contains(&Target::Criterion { stage: 0, index: 0 }),
        "an ok blocking criterion no longer blocks"
    );
}

#[test]
fn the_readiness_bar_fills_with_what_is_settled() {
    assert_eq!(readiness_bar(0, 9), "▱▱▱▱▱▱▱▱▱▱");
    assert_eq!(readiness_bar(6, 9), "▰▰▰▰▰▰▱▱▱▱");
    assert_eq!(readiness_bar(9, 9), "▰▰▰▰▰▰▰▰▰▰");
    assert_eq!(readiness_bar(0, 0), "▰▰▰▰▰▰▰▰▰▰", "nothing to do is ready");
}

#[test]
fn the_summary_recommends_training_per_member_or_says_to_add_members() {
    let defs = fixture();
    let app = opened(&defs, plan(&defs));
    assert!(
        texts(&app)
            .iter()
            .any(|t| t.contains("ajoutez-les sur l'écran de formation"))
    );

    let mut plan = plan(&defs);
    plan.members.push(Member {
        name: "Eve\u{1b}[31m".into(),
        role: "technique".into(),
        training: Default::default(),
    });
    let app = opened(&defs, plan);
    let texts = texts(&app);
    let at = texts
        .iter()
        .position(|t| t.starts_with("  Eve"))
        .expect("a line for the member");
    assert!(!texts[at].contains('\u{1b}'), "plan text is sanitised");
    assert_eq!(
        texts[at + 1],
        "    • Qualité des produits numériques — niveau 1 à travailler, 1 élément(s) restant(s)"
    );
}

#[test]
fn enter_on_a_blocker_closes_the_summary_and_selects_it_on_the_main_screen() {
    let defs = fixture();
    let mut app = opened(&defs, plan(&defs));
    screen_at(&mut app, 100, 30);
    press(&mut app, [key(KeyCode::Char('v'))]);
    assert!(matches!(app.mode, Mode::Summary(_)));
    screen_at(&mut app, 100, 30);
    press(&mut app, [key(KeyCode::Down), key(KeyCode::Down)]);
    press(&mut app, [key(KeyCode::Enter)]);
    assert!(matches!(app.mode, Mode::Normal));
    assert_eq!((app.ui.stage, app.ui.focus), (0, Pane::Questions));
    assert_eq!(selected_ids(&app).1.as_deref(), Some("type-projet"));

    // The first blocker of stage 2, five rows further down.
    press(&mut app, [key(KeyCode::Char('v'))]);
    press(&mut app, (0..5).map(|_| key(KeyCode::Down)));
    press(&mut app, [key(KeyCode::Enter)]);
    assert_eq!((app.ui.stage, app.ui.focus), (1, Pane::Criteria));
    assert_eq!(selected_ids(&app).0.as_deref(), Some("contexte-technique"));

    press(
        &mut app,
        [
            key(KeyCode::Char('v')),
            key(KeyCode::End),
            key(KeyCode::Enter),
        ],
    );
    assert_eq!((app.ui.stage, app.ui.focus), (1, Pane::Questions));
    assert_eq!(selected_ids(&app).1.as_deref(), Some("cible-hebergement"));
}

#[test]
fn the_summary_scrolls_by_pages_its_selection_following_and_closes_on_esc_v_and_q() {
    let defs = fixture();
    let mut app = opened(&defs, plan(&defs));
    press(&mut app, [key(KeyCode::Char('v'))]);
    screen_at(&mut app, 80, 24);
    press(&mut app, [key(KeyCode::PageDown)]);
    let Mode::Summary(summary) = &app.mode else {
        panic!("the summary stays open");
    };
    assert_eq!(summary.scroll, 10);
    let placed = summary.placed();
    let (line, _) = placed.targets[summary.selected];
    assert!(
        (10..10 + placed.view).contains(&line),
        "the selection follows the page"
    );
    let paged = summary.selected;
    press(&mut app, [key(KeyCode::Up)]);
    let Mode::Summary(summary) = &app.mode else {
        panic!("the summary stays open");
    };
    assert_eq!(summary.selected, paged - 1, "↑ moves to the blocker before");
    press(&mut app, [key(KeyCode::PageUp), key(KeyCode::Home)]);
    let Mode::Summary(summary) = &app.mode else {
        panic!("the summary stays open");
    };
    assert_eq!((summary.scroll, summary.selected), (0, 0));
    for close in ['v', 'q'] {
        press(&mut app, [key(KeyCode::Char(close))]);
        assert!(matches!(app.mode, Mode::Normal), "{close} closes");
        press(&mut app, [key(KeyCode::Char('v'))]);
    }
    press(&mut app, [key(KeyCode::Esc)]);
    assert!(matches!(app.mode, Mode::Normal));
}

#[test]
fn with_nothing_blocking_the_arrows_scroll_the_summary() {
    let defs = fixture();
    let mut plan = plan(&defs);
    for (stage, criterion) in [
        ("opportunite", "organisation"),
        ("plan-projet", "contexte-technique"),
    ] {
        plan.update_criterion(stage, criterion, |c| c.status = CriterionStatus::Na);
    }
    let required: [(&str, &[&str]); 2] = [
        (
            "opportunite",
            &[
                "organisation-application",
                "type-projet",
                "besoin-actuel",
                "financement",
            ],
        ),
        ("plan-projet", &["missions", "cible-hebergement"]),
    ];
    for (stage, questions) in required {
        for id in questions {
            plan.update_answer(stage, id, |a| {
                a.value = Some(crate::plan::AnswerValue::Text("x".into()))
            });
        }
    }
    let mut app = opened(&defs, plan);
    assert!(targets(&app).is_empty(), "nothing to select");
    press(&mut app, [key(KeyCode::Char('v'))]);
    screen_at(&mut app, 80, 24);
    press(&mut app, [key(KeyCode::Down), key(KeyCode::Down)]);
    let Mode::Summary(summary) = &app.mode else {
        panic!("the summary stays open");
    };
    assert_eq!(summary.scroll, 2);
    press(&mut app, [key(KeyCode::Enter)]);
    assert!(
        matches!(app.mode, Mode::Summary(_)),
        "Enter has nowhere to go"
    );
}

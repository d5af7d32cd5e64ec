//! Tests of the plan model, its file and its progress figures.

use std::fs;

use super::*;
use crate::definitions::Definitions;

use super::disk_tests::saved_plan;
use crate::test_support::minimal_definitions as fixture;

/// A plan with something in every part of the file.
pub(super) fn sample_plan(defs: &Definitions) -> Plan {
    let project = Project {
        name: "Démo : préfecture # 1".into(),
        organisation: Some("DNUM".into()),
        contacts: vec![Contact {
            role: "decisionnaire".into(),
            name: "Camille".into(),
            email: None,
        }],
        ..Project::default()
    };
    let mut plan = Plan::new(project, defs);
    plan.update_criterion("opportunite", "organisation", |c| {
        c.status = CriterionStatus::Ok;
        c.note = "Rattaché à la DNUM\nligne 2".into();
    });
    plan.update_criterion("opportunite", "besoin", |c| c.status = CriterionStatus::Ko);
    for (id, value) in [
        ("organisation-application", AnswerValue::Text("yes".into())),
        ("financement", AnswerValue::Bool(false)),
        ("nombre-modules", AnswerValue::Number(12.5)),
        ("composants", AnswerValue::List(vec!["console".into()])),
        ("jalon", AnswerValue::Text("2026-12-01".into())),
        ("besoin-actuel", AnswerValue::Text("012".into())),
    ] {
        plan.update_answer("opportunite", id, |a| a.value = Some(value));
    }
    plan.update_answer("plan-projet", "cible-hebergement", |a| {
        a.value = Some(AnswerValue::Text("a-definir".into()))
    });
    plan.set_decision(
        "opportunite",
        Side::ProjectTeam,
        PastDecision {
            status: DecisionStatus::Go,
            name: "Camille".into(),
            date: Some(jiff::civil::date(2026, 11, 20)),
            rationale: "Prêts".into(),
        },
    );
    plan.set_decision(
        "opportunite",
        Side::ServiceTeam,
        PastDecision {
            status: DecisionStatus::NoGo,
            name: "Alex".into(),
            date: Some(jiff::civil::date(2026, 11, 21)),
            rationale: "Financement à confirmer".into(),
        },
    );
    plan.set_decision(
        "opportunite",
        Side::ServiceTeam,
        PastDecision {
            status: DecisionStatus::Go,
            name: "Alex".into(),
            date: Some(jiff::civil::date(2026, 11, 22)),
            rationale: "---\nnull".into(),
        },
    );
    let mut interview = Session::joint(
        SessionKind::Qualification,
        jiff::civil::date(2026, 11, 22),
        Some(jiff::civil::time(14, 5, 0, 0)),
    );
    interview.end = Some(jiff::civil::time(15, 30, 0, 0));
    interview.participants = vec![
        Participant {
            name: "Alex".into(),
            side: Some(Side::ServiceTeam),
            role: "accompagnement".into(),
        },
        Participant {
            name: "Camille".into(),
            side: Some(Side::ProjectTeam),
            role: "cheffe de projet".into(),
        },
    ];
    interview.minutes = "Go donné.\nSuite : bac à sable.".into();
    interview.actions = vec![ActionItem {
        what: "Demander l'accès".into(),
        who: "Camille".into(),
        due: Some(jiff::civil::date(2026, 12, 1)),
    }];
    interview.next_meeting = Some(jiff::civil::date(2027, 1, 10));
    plan.apply(Change::Sessions(vec![interview]));
    plan
}

#[test]
fn a_plan_survives_save_and_load_byte_for_byte() {
    let defs = fixture();
    let plan = sample_plan(&defs);
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("plan.yaml");
    save(&plan, &path).unwrap();
    let first = fs::read(&path).unwrap();
    let loaded = load(&path).unwrap();
    assert_eq!(loaded, plan);
    save(&loaded, &path).unwrap();
    assert_eq!(fs::read(&path).unwrap(), first);
}

#[test]
fn the_file_reads_like_the_design() {
    let defs = fixture();
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("plan.yaml");
    save(&sample_plan(&defs), &path).unwrap();
    let text = fs::read_to_string(&path).unwrap();
    assert!(
        text.starts_with(&format!(
            "{}\nformat: embarquement-plan/2\ndefinitions:\n  source: ",
            integrity::OPENING
        )),
        "{text}"
    );
    for expected in [
        "current_stage: 1",
        "      organisation:\n        status: ok\n",
        "    decisions:\n      project_team:\n        status: go\n        name: Camille\n",
        "      service_team:\n        status: go\n        name: Alex\n        date: 2026-11-22\n",
        "        history:\n        - status: no_go\n",
        "- kind: qualification\n  date: 2026-11-22\n  start: 14:05\n  end: 15:30\n",
        "    side: service_team\n",
        "  next_meeting: 2027-01-10\n",
        "        value: '012'\n",
    ] {
        assert!(text.contains(expected), "missing {expected:?} in\n{text}");
    }
}

#[test]
fn empty_records_are_dropped() {
    let defs = fixture();
    let mut plan = Plan::new(Project::default(), &defs);
    plan.update_criterion("opportunite", "besoin", |c| c.status = CriterionStatus::Ok);
    plan.update_criterion("opportunite", "besoin", |c| {
        c.status = CriterionStatus::Todo
    });
    plan.update_answer("opportunite", "jalon", |a| {
        a.value = Some(AnswerValue::Text(" ".into()))
    });
    assert!(plan.stages.is_empty(), "{:?}", plan.stages);
}

#[test]
fn a_newer_format_is_refused_and_left_untouched() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("plan.yaml");
    let text = "format: embarquement-plan/3\nfuture: {x: 1}\n";
    fs::write(&path, text).unwrap();
    let err = load(&path).unwrap_err();
    assert!(
        matches!(err, LoadError::NewerFormat(_, ref f) if f == "embarquement-plan/3"),
        "{err}"
    );
    assert!(err.to_string().contains("update embarquement"), "{err}");
    assert_eq!(fs::read_to_string(&path).unwrap(), text);
}

#[test]
fn other_files_are_not_plans() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("plan.yaml");
    for text in ["title: x\n", "format: autre-chose/1\n"] {
        fs::write(&path, text).unwrap();
        assert!(matches!(load(&path), Err(LoadError::NotAPlan(_))), "{text}");
    }
    assert!(matches!(
        load(&dir.path().join("absent.yaml")),
        Err(LoadError::NotFound(_))
    ));
}

#[test]
fn damaged_plans_name_the_line() {
    let defs = fixture();
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("plan.yaml");
    save(&sample_plan(&defs), &path).unwrap();
    let text = fs::read_to_string(&path)
        .unwrap()
        .replace("status: ok", "status: maybe");
    fs::write(&path, text).unwrap();
    let err = load(&path).unwrap_err().to_string();
    assert!(
        err.contains("plan.yaml:") && err.contains("`maybe` is not a value accepted here"),
        "{err}"
    );
}

#[test]
fn orphaned_answers_are_found_and_kept() {
    let defs = fixture();
    let mut plan = sample_plan(&defs);
    plan.update_answer("opportunite", "ancienne-question", |a| {
        a.note = "gardée".into()
    });
    plan.update_criterion("etape-disparue", "x", |c| c.status = CriterionStatus::Ok);
    let found = orphans(&plan, &defs);
    assert_eq!(
        found,
        vec![
            Orphan {
                stage_id: "etape-disparue".into(),
                kind: OrphanKind::Stage,
                id: "etape-disparue".into()
            },
            Orphan {
                stage_id: "opportunite".into(),
                kind: OrphanKind::Answer,
                id: "ancienne-question".into()
            },
        ]
    );
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("plan.yaml");
    save(&plan, &path).unwrap();
    assert_eq!(load(&path).unwrap(), plan);
}

#[test]
fn progress_counts_criteria_and_required_questions() {
    let defs = fixture();
    let plan = sample_plan(&defs);
    let progress = stage_progress(&defs, &plan, 0);
    assert_eq!(
        progress.criteria,
        CriteriaCounts {
            total: 3,
            ok: 1,
            ko: 1,
            na: 0,
            todo: 1
        }
    );
    assert_eq!(
        (progress.questions_total, progress.questions_answered),
        (7, 6)
    );
    assert_eq!(
        (progress.required_total, progress.required_answered),
        (4, 3)
    );
    assert!((progress.readiness() - 4.0 / 7.0).abs() < 1e-9);
    assert_eq!(
        stage_progress(&defs, &Plan::new(Project::default(), &defs), 2).readiness(),
        0.0
    );
}

#[test]
fn blocking_criteria_prevent_a_go() {
    let defs = fixture();
    let mut plan = Plan::new(Project::default(), &defs);
    let ids = |plan: &Plan| -> Vec<String> {
        blocking_unsettled(&defs, plan, 0)
            .iter()
            .map(|c| c.id.clone())
            .collect()
    };
    assert_eq!(ids(&plan), ["organisation"]);
    plan.update_criterion("opportunite", "organisation", |c| {
        c.status = CriterionStatus::Na
    });
    assert!(ids(&plan).is_empty());
}

#[test]
fn self_assessment_is_logged_once_per_day_and_never_during_a_joint_session() {
    let defs = fixture();
    let mut plan = Plan::new(Project::default(), &defs);
    let day = jiff::civil::date(2026, 11, 22);
    plan.note_self_assessment(day);
    plan.note_self_assessment(day);
    assert_eq!(plan.sessions, [Session::self_assessment(day)]);
    let next_day = jiff::civil::date(2026, 11, 23);
    let started = Session::joint(
        SessionKind::Review,
        next_day,
        Some(jiff::civil::time(9, 0, 0, 0)),
    );
    plan.sessions.push(started.clone());
    plan.note_self_assessment(next_day);
    assert_eq!(
        plan.sessions.last(),
        Some(&started),
        "the change belongs to the interview"
    );
}

#[test]
fn a_later_decision_keeps_the_one_it_replaced_in_its_history() {
    let defs = fixture();
    let plan = sample_plan(&defs);
    let decisions = plan.decisions("opportunite");
    assert_eq!(decisions.counting(), DecisionStatus::Go);
    assert_eq!(decisions.project_team.status, DecisionStatus::Go);
    let history: Vec<_> = decisions
        .service_team
        .history
        .iter()
        .map(|d| d.status)
        .collect();
    assert_eq!(history, [DecisionStatus::NoGo]);
}

#[cfg(unix)]
#[test]
fn saving_through_a_symlink_updates_the_target_and_keeps_permissions() {
    use std::os::unix::fs::{PermissionsExt, symlink};
    let defs = fixture();
    let dir = tempfile::tempdir().unwrap();
    let target = dir.path().join("real.yaml");
    let link = dir.path().join("link.yaml");
    save(&Plan::new(Project::default(), &defs), &target).unwrap();
    fs::set_permissions(&target, fs::Permissions::from_mode(0o640)).unwrap();
    symlink(&target, &link).unwrap();
    save(&sample_plan(&defs), &link).unwrap();
    assert!(
        fs::symlink_metadata(&link)
            .unwrap()
            .file_type()
            .is_symlink()
    );
    assert_eq!(load(&target).unwrap(), sample_plan(&defs));
    assert_eq!(
        fs::metadata(&target).unwrap().permissions().mode() & 0o777,
        0o640
    );
}

#[cfg(unix)]
#[test]
fn a_new_plan_is_readable_by_others_as_the_umask_allows() {
    use std::os::unix::fs::PermissionsExt;
    let defs = fixture();
    let (_dir, path) = saved_plan(&defs);
    let mode = fs::metadata(&path).unwrap().permissions().mode() & 0o777;
    // The mode of any new file: 0o666 less the umask, read back from a file made the ordinary way.
    let ordinary = path.with_file_name("ordinary");
    fs::write(&ordinary, "").unwrap();
    let expected = fs::metadata(&ordinary).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode, expected, "{mode:o} != {expected:o}");
}

#[test]
fn a_failed_save_leaves_no_temporary_file_behind() {
    let defs = fixture();
    let dir = tempfile::tempdir().unwrap();
    let occupied = dir.path().join("plan.yaml");
    fs::create_dir(&occupied).unwrap();
    fs::write(occupied.join("keep"), "x").unwrap();
    let err = save(&sample_plan(&defs), &occupied).unwrap_err();
    assert!(err.to_string().contains("cannot save the plan"), "{err}");
    let names: Vec<_> = fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .collect();
    assert_eq!(names, ["plan.yaml"]);
    assert_eq!(fs::read_to_string(occupied.join("keep")).unwrap(), "x");
}

/// A plan saved in a fresh folder: (folder, plan path).
#[test]
fn criteria_read_the_same_in_any_order() {
    let entries: Vec<String> = (0..40)
        .map(|n| format!("  c-{n:02}: {{status: ok}}\n"))
        .collect();
    let in_order = format!("criteria:\n{}", entries.concat());
    let shuffled = format!(
        "criteria:\n{}",
        entries.iter().rev().cloned().collect::<String>()
    );
    let read = |text: &str| crate::yaml::from_str::<StageRecord>(text).unwrap();
    let (first, second) = (read(&in_order), read(&shuffled));
    assert_eq!(first, second);
    assert_eq!(first.criteria.len(), 40);
    assert!(first.criteria.keys().is_sorted());
    let repeated = format!("{shuffled}  c-07: {{status: ko}}\n");
    let error = crate::yaml::from_str::<StageRecord>(&repeated).unwrap_err();
    assert_eq!((error.line, error.column), (42, 3), "{error:?}");
}

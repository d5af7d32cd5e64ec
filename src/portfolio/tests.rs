//! The portfolio's model: rows summed up as `status` and `gate` see a plan, sorted by any column,
//! totals per stage, files not read kept aside.

use std::path::{Path, PathBuf};

use jiff::civil::date;

use super::*;
use crate::plan::{PastDecision, Plan, Project, Session, Side};
use crate::test_support::minimal_definitions;

/// A plan named `name`, of `organisation`, whose first `gone` stages have the service team's go.
fn plan(definitions: &Definitions, name: &str, organisation: Option<&str>, gone: usize) -> Plan {
    let project = Project {
        name: name.into(),
        organisation: organisation.map(String::from),
        ..Project::default()
    };
    let mut plan = Plan::new(project, definitions);
    for stage in &definitions.stages[..gone] {
        let go = PastDecision {
            status: DecisionStatus::Go,
            date: Some(date(2026, 3, stage.number as i8)),
            ..PastDecision::default()
        };
        plan.set_decision(&stage.id, Side::ServiceTeam, go);
    }
    plan
}

fn rows(definitions: &Definitions) -> Vec<Row> {
    let mut proposed = plan(definitions, "Bêta", None, 0);
    let go = PastDecision {
        status: DecisionStatus::Go,
        ..PastDecision::default()
    };
    proposed.set_decision(&definitions.stages[0].id, Side::ProjectTeam, go);
    proposed
        .sessions
        .push(Session::self_assessment(date(2026, 5, 1)));
    [
        (plan(definitions, "Alpha", Some("Zèbre"), 2), "c.yaml"),
        (proposed, "a.yaml"),
        (plan(definitions, "Gamma", Some("Agence"), 1), "b.yaml"),
    ]
    .iter()
    .map(|(plan, file)| row(definitions, plan, Seal::Intact, Path::new(file)))
    .collect()
}

fn order(portfolio: &Portfolio) -> Vec<&str> {
    portfolio.rows.iter().map(|r| r.project.as_str()).collect()
}

#[test]
fn a_row_says_the_stage_reached_its_decisions_and_its_dates() {
    let definitions = minimal_definitions();
    let rows = rows(&definitions);
    let alpha = &rows[0];
    assert_eq!(alpha.stage, 3, "two goes: stage 3 reached");
    assert_eq!(alpha.decisions[1].service_team, DecisionStatus::Go);
    assert_eq!(alpha.last_change, Some(date(2026, 3, 2)));
    assert_eq!(alpha.last_session, None);
    let beta = &rows[1];
    assert_eq!(beta.stage, 1, "the team's own go does not open a stage");
    assert_eq!(beta.last_session, Some(date(2026, 5, 1)));
    assert_eq!(
        beta.blockers, 5,
        "the blocking criterion and the four required questions of stage 1"
    );
}

#[test]
fn rows_sort_by_the_column_asked_ties_by_project() {
    let definitions = minimal_definitions();
    let sorted = |column| {
        let portfolio = assemble(&definitions, rows(&definitions), vec![], column, Lang::Fr);
        order(&portfolio).join(" ")
    };
    assert_eq!(sorted(Column::Project), "Alpha Bêta Gamma");
    assert_eq!(sorted(Column::File), "Bêta Gamma Alpha");
    assert_eq!(
        sorted(Column::Organisation),
        "Gamma Alpha Bêta",
        "no organisation last"
    );
    assert_eq!(sorted(Column::Stage), "Bêta Gamma Alpha");
    assert_eq!(
        sorted(Column::LastSession),
        "Alpha Gamma Bêta",
        "no session first"
    );
    assert_eq!(sorted(Column::LastChange), "Gamma Alpha Bêta");
}

#[test]
fn totals_count_the_plans_at_each_stage_and_the_decisions_on_it() {
    let definitions = minimal_definitions();
    let portfolio = assemble(
        &definitions,
        rows(&definitions),
        vec![],
        Column::Project,
        Lang::Fr,
    );
    let first = portfolio.totals[0];
    assert_eq!(
        (first.at_stage, first.go, first.no_go, first.proposed),
        (1, 2, 0, 1)
    );
    let at: Vec<usize> = portfolio.totals.iter().map(|t| t.at_stage).collect();
    assert_eq!(at, [1, 1, 1, 0, 0]);
    assert_eq!(at.iter().sum::<usize>(), portfolio.rows.len());
}

#[test]
fn a_file_that_is_no_plan_is_listed_with_why_and_the_rest_is_read() {
    let definitions = minimal_definitions();
    let dir = tempfile::tempdir().unwrap();
    let good = dir.path().join("good.plan.yaml");
    crate::plan::create(&plan(&definitions, "Bon", None, 0), &good).unwrap();
    std::fs::write(dir.path().join("ci.yaml"), "stages: [test]\n").unwrap();
    std::fs::write(dir.path().join("broken.yaml"), "format: [\n").unwrap();
    let missing = PathBuf::from("/nonexistent/plan.yaml");
    for threads in [1, 2] {
        let portfolio = build(
            &definitions,
            &[dir.path().to_path_buf(), missing.clone()],
            false,
            Column::Project,
            threads,
            Lang::En,
        );
        assert_eq!(order(&portfolio), ["Bon"]);
        assert_eq!(portfolio.rows[0].seal, Seal::Intact);
        let reasons: Vec<&str> = portfolio.unread.iter().map(|u| u.reason.as_str()).collect();
        assert_eq!(reasons.len(), 3, "{reasons:?}");
        assert!(reasons[0].contains("broken.yaml"), "{reasons:?}");
        assert!(
            reasons[1].contains("not an embarquement plan"),
            "{reasons:?}"
        );
        assert!(reasons[2].contains("no project plan there"));
    }
}

#[test]
fn many_files_read_on_two_threads_keep_their_order() {
    let definitions = minimal_definitions();
    let dir = tempfile::tempdir().unwrap();
    let files: Vec<PathBuf> = (0..40)
        .map(|n| {
            let path = dir.path().join(format!("{n:02}.yaml"));
            crate::plan::create(&plan(&definitions, &format!("P{n:02}"), None, 0), &path).unwrap();
            path
        })
        .collect();
    let one = read(&definitions, &files, 1, Lang::Fr);
    let two = read(&definitions, &files, 2, Lang::Fr);
    assert_eq!(one, two);
}

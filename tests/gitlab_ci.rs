//! docs/gitlab-ci.md stays true: the `.gitlab-ci.yml` it shows is read, and each job's script runs
//! as GitLab runs it (bash, stopping at the first line that fails) on a folder of test plans: ready,
//! claimed but not ready, changed by hand, broken.

mod support;

use std::fs;
use std::path::Path;
use std::process::Command;

use embarquement::definitions::{self, Definitions, QuestionKind, Source};
use embarquement::plan::{self, AnswerRecord, AnswerValue, CriterionStatus, PastDecision, Plan};
use embarquement::plan::{DecisionStatus, Project, Side};

/// The YAML block of docs/gitlab-ci.md.
fn pipeline() -> serde_yaml::Value {
    let doc = fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("docs/gitlab-ci.md"))
        .unwrap();
    let start = doc.find("```yaml\n").expect("a YAML block") + "```yaml\n".len();
    let end = start + doc[start..].find("```").unwrap();
    serde_yaml::from_str(&doc[start..end]).expect("the block is YAML")
}

/// Runs the script of `job` in `dir` as GitLab does; its exit code and output.
fn run_job(job: &str, dir: &Path) -> (i32, String) {
    let pipeline = pipeline();
    let script: Vec<&str> = pipeline[job]["script"]
        .as_sequence()
        .unwrap_or_else(|| panic!("no job {job}"))
        .iter()
        .map(|line| line.as_str().unwrap())
        .collect();
    let plans = pipeline["variables"]["PLANS"].as_str().unwrap();
    let bin = Path::new(support::BIN).parent().unwrap();
    let path = format!("{}:{}", bin.display(), std::env::var("PATH").unwrap());
    let output = Command::new("bash")
        .args(["-e", "-o", "pipefail", "-c", &script.join("\n")])
        .current_dir(dir)
        .envs(support::isolated_env(dir))
        .env("PATH", path)
        .env("PLANS", plans)
        .output()
        .unwrap();
    let text = String::from_utf8_lossy(&output.stdout).into_owned()
        + &String::from_utf8_lossy(&output.stderr);
    (output.status.code().unwrap(), text)
}

/// A plan whose stage 1 is settled and answered, with the team's go proposed on it.
fn ready(definitions: &Definitions) -> Plan {
    let mut plan = claimed(definitions, "Prêt");
    let stage = &definitions.stages[0];
    for criterion in &stage.criteria {
        plan.update_criterion(&stage.id, &criterion.id, |c| c.status = CriterionStatus::Ok);
    }
    for found in definitions.stage_questions(0) {
        let question = found.question;
        let value = match question.kind {
            QuestionKind::YesNo => AnswerValue::Bool(true),
            QuestionKind::Number => AnswerValue::Integer(3),
            QuestionKind::Date => AnswerValue::Text("2027-03-01".into()),
            QuestionKind::Choice => AnswerValue::Text(question.choices[0].id.clone()),
            QuestionKind::MultiChoice => AnswerValue::List(vec![question.choices[0].id.clone()]),
            QuestionKind::Text | QuestionKind::LongText => AnswerValue::Text("Oui.".into()),
        };
        plan.update_answer(&stage.id, &question.id, |a| {
            *a = AnswerRecord {
                value: Some(value),
                ..AnswerRecord::default()
            }
        });
    }
    plan
}

/// A new plan named `name` whose team proposes a go on stage 1.
fn claimed(definitions: &Definitions, name: &str) -> Plan {
    let project = Project {
        name: name.into(),
        ..Project::default()
    };
    let mut plan = Plan::new(project, definitions);
    let go = PastDecision {
        status: DecisionStatus::Go,
        ..PastDecision::default()
    };
    plan.set_decision(&definitions.stages[0].id, Side::ProjectTeam, go);
    plan
}

/// A repository of plans: one ready and claimed, one new (nothing claimed).
fn repository() -> tempfile::TempDir {
    let definitions = definitions::load(Source::Embedded).unwrap();
    let dir = support::sandbox();
    let plans = dir.path().join("plans");
    fs::create_dir(&plans).unwrap();
    plan::create(&ready(&definitions), &plans.join("pret.plan.yaml")).unwrap();
    let new = Plan::new(
        Project {
            name: "Nouveau".into(),
            ..Project::default()
        },
        &definitions,
    );
    plan::create(&new, &plans.join("nouveau.plan.yaml")).unwrap();
    dir
}

#[test]
fn a_repository_of_sound_plans_passes_every_job_and_publishes_its_portfolio() {
    let dir = repository();
    for job in ["plans-lisibles-et-scelles", "etapes-revendiquees", "pages"] {
        let (code, output) = run_job(job, dir.path());
        assert_eq!(code, 0, "{job}: {output}");
    }
    let page = fs::read_to_string(dir.path().join("public/index.html")).unwrap();
    assert!(page.contains("Prêt") && page.contains("Nouveau"), "{page}");
    let json = fs::read_to_string(dir.path().join("public/portefeuille.json")).unwrap();
    assert!(json.contains("embarquement-portfolio/1"));
}

#[test]
fn a_stage_claimed_but_not_ready_fails_the_gate_job() {
    let dir = repository();
    let definitions = definitions::load(Source::Embedded).unwrap();
    let plan = claimed(&definitions, "Pressé");
    plan::create(&plan, &dir.path().join("plans/presse.plan.yaml")).unwrap();
    let (code, output) = run_job("etapes-revendiquees", dir.path());
    assert_eq!(code, 1, "{output}");
    assert!(output.contains("pas prête pour un go"), "{output}");
    assert!(
        output.contains("prête pour un go."),
        "the ready plan passes: {output}"
    );
}

#[test]
fn a_plan_changed_by_hand_or_broken_fails_the_check_but_the_page_is_still_published() {
    let dir = repository();
    let path = dir.path().join("plans/nouveau.plan.yaml");
    let text = fs::read_to_string(&path).unwrap();
    fs::write(&path, text.replace("Nouveau", "Retouché")).unwrap();
    let (code, output) = run_job("plans-lisibles-et-scelles", dir.path());
    assert_eq!(code, 1, "{output}");
    assert!(
        output.contains("non scellé : plans/nouveau.plan.yaml (altered)"),
        "{output}"
    );

    fs::write(&path, text).unwrap();
    fs::write(dir.path().join("plans/casse.yaml"), "format: [\n").unwrap();
    let (code, output) = run_job("plans-lisibles-et-scelles", dir.path());
    assert_eq!(code, 1, "{output}");
    assert!(output.contains("non lu : plans/casse.yaml"), "{output}");
    let (code, output) = run_job("pages", dir.path());
    assert_eq!(code, 0, "{output}");
}

//! Tests of the plan model, its file and its progress figures.

use std::fs;
use std::path::PathBuf;

use super::*;
use crate::definitions::Definitions;
use crate::i18n::FR;

use crate::test_support::minimal_definitions as fixture;

fn sample_plan(defs: &Definitions) -> Plan {
    let project = Project {
        name: "Démo : préfecture # 1".into(),
        organisation: Some("DNUM".into()),
        kind: Some(ProjectKind::Migration),
        hosting_target: Some(HostingTarget::ADefinir),
        contacts: vec![Contact {
            role: "decisionnaire".into(),
            name: "Camille".into(),
            email: None,
        }],
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
    plan.set_decision(
        "opportunite",
        Decision {
            status: DecisionStatus::Go,
            by: Some(DecidedBy::ServiceTeam),
            name: "Alex".into(),
            date: Some(jiff::civil::date(2026, 11, 22)),
            rationale: "---\nnull".into(),
        },
    );
    plan.record_session(
        jiff::civil::date(2026, 11, 22),
        SessionKind::JointInterview,
        Some("Alex"),
    );
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
            "{}\nformat: embarquement-plan/1\ndefinitions:\n  source: ",
            integrity::OPENING
        )),
        "{text}"
    );
    for expected in [
        "current_stage: 1",
        "      organisation:\n        status: ok\n",
        "    decision:\n      status: go\n      by: service_team\n",
        "      date: 2026-11-22\n",
        "  kind: joint_interview\n",
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
    let text = "format: embarquement-plan/2\nfuture: {x: 1}\n";
    fs::write(&path, text).unwrap();
    let err = load(&path).unwrap_err();
    assert!(
        matches!(err, LoadError::NewerFormat(_, ref f) if f == "embarquement-plan/2"),
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
fn sessions_are_logged_once_per_day_and_kind() {
    let defs = fixture();
    let mut plan = Plan::new(Project::default(), &defs);
    let day = jiff::civil::date(2026, 11, 22);
    plan.record_session(day, SessionKind::SelfAssessment, None);
    plan.record_session(day, SessionKind::SelfAssessment, Some("Camille"));
    plan.record_session(day, SessionKind::JointInterview, Some("Alex"));
    plan.record_session(day, SessionKind::JointInterview, Some(" Alex "));
    assert_eq!(plan.sessions.len(), 2);
    assert_eq!(plan.sessions[0].participants, ["Camille"]);
    assert_eq!(plan.sessions[1].participants, ["Alex"]);
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
fn saved_plan(defs: &Definitions) -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("plan.yaml");
    save(&Plan::new(Project::default(), defs), &path).unwrap();
    (dir, path)
}

/// The file names in `dir`, sorted.
fn names_in(dir: &std::path::Path) -> Vec<String> {
    let mut names: Vec<String> = fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}

#[test]
fn the_previous_version_is_kept_as_a_backup() {
    let defs = fixture();
    let (dir, path) = saved_plan(&defs);
    assert_eq!(names_in(dir.path()), ["plan.yaml"], "no backup of nothing");
    let first = fs::read(&path).unwrap();
    save(&sample_plan(&defs), &path).unwrap();
    assert_eq!(fs::read(dir.path().join("plan.yaml.bak")).unwrap(), first);
    let second = fs::read(&path).unwrap();
    save(&Plan::new(Project::default(), &defs), &path).unwrap();
    assert_eq!(fs::read(dir.path().join("plan.yaml.bak")).unwrap(), second);
    assert_eq!(names_in(dir.path()), ["plan.yaml", "plan.yaml.bak"]);
}

#[test]
fn the_seal_closes_every_saved_plan() {
    let defs = fixture();
    let (_dir, path) = saved_plan(&defs);
    let text = fs::read_to_string(&path).unwrap();
    assert_eq!(integrity::check(&text), Seal::Intact);
    assert!(text.lines().last().unwrap().starts_with(integrity::CLOSING));
}

#[test]
fn a_plan_written_before_seals_opens_as_it_is() {
    let defs = fixture();
    let (_dir, path) = saved_plan(&defs);
    let text = fs::read_to_string(&path).unwrap();
    let old: String = text
        .lines()
        .filter(|line| !line.starts_with('#'))
        .map(|line| format!("{line}\n"))
        .collect();
    fs::write(&path, &old).unwrap();
    let (plan, mut disk) = OnDisk::open(&path).unwrap();
    assert_eq!(disk.damage(), None);
    disk.save(&plan.unwrap(), &path).unwrap();
    assert_eq!(
        fs::read_to_string(&path).unwrap(),
        text,
        "sealed on the next save"
    );
}

#[test]
fn a_cut_plan_is_copied_before_its_first_save() {
    let defs = fixture();
    let (dir, path) = saved_plan(&defs);
    save(&sample_plan(&defs), &path).unwrap();
    let text = fs::read_to_string(&path).unwrap();
    let cut = &text[..text
        .find("training:")
        .unwrap_or(text.rfind("sessions:").unwrap())];
    fs::write(&path, cut).unwrap();
    let (plan, mut disk) = OnDisk::open(&path).unwrap();
    assert_eq!(disk.damage(), Some(Seal::Cut));
    let saved = disk.save(&plan.unwrap(), &path).unwrap();
    let copy = saved.damaged_copy.expect("a copy of the cut plan");
    assert!(
        copy.file_name()
            .unwrap()
            .to_string_lossy()
            .starts_with("plan.yaml.damaged-"),
        "{copy:?}"
    );
    assert_eq!(copy.parent(), Some(dir.path()));
    assert_eq!(fs::read_to_string(&copy).unwrap(), cut);
    assert_eq!(disk.damage(), None);
    let again = disk.save(&sample_plan(&defs), &path).unwrap();
    assert_eq!(
        again.damaged_copy, None,
        "one copy, before the first save only"
    );
}

#[test]
fn a_hand_edited_plan_is_noticed() {
    let defs = fixture();
    let (_dir, path) = saved_plan(&defs);
    let text = fs::read_to_string(&path).unwrap();
    fs::write(&path, text.replace("current_stage: 1", "current_stage: 2")).unwrap();
    let (plan, disk) = OnDisk::open(&path).unwrap();
    assert_eq!(plan.unwrap().current_stage, 2);
    assert_eq!(disk.damage(), Some(Seal::Altered));
}

#[test]
fn a_plan_changed_on_disk_is_never_overwritten() {
    let defs = fixture();
    let (_dir, path) = saved_plan(&defs);
    let (plan, mut disk) = OnDisk::open(&path).unwrap();
    let plan = plan.unwrap();
    disk.save(&plan, &path).unwrap();
    let theirs = fs::read_to_string(&path)
        .unwrap()
        .replace("current_stage: 1", "current_stage: 3");
    fs::write(&path, &theirs).unwrap();
    let err = disk.save(&sample_plan(&defs), &path).unwrap_err();
    assert!(matches!(err, SaveError::ChangedOnDisk { .. }), "{err}");
    assert!(err.message(&FR).contains("modifié sur le disque"), "{err}");
    assert!(disk.changed_on_disk());
    assert_eq!(fs::read_to_string(&path).unwrap(), theirs);
    // Even once their file is put back, this wizard no longer writes there.
    save(&plan, &path).unwrap();
    assert!(disk.save(&plan, &path).is_err());
}

#[test]
fn a_plan_created_meanwhile_by_someone_else_is_not_overwritten() {
    let defs = fixture();
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("plan.yaml");
    let (plan, mut disk) = OnDisk::open(&path).unwrap();
    assert!(plan.is_none());
    save(&sample_plan(&defs), &path).unwrap();
    let err = disk
        .save(&Plan::new(Project::default(), &defs), &path)
        .unwrap_err();
    assert!(matches!(err, SaveError::ChangedOnDisk { .. }));
}

#[test]
fn a_vanished_plan_is_written_again() {
    let defs = fixture();
    let (_dir, path) = saved_plan(&defs);
    let (plan, mut disk) = OnDisk::open(&path).unwrap();
    fs::remove_file(&path).unwrap();
    disk.save(&plan.unwrap(), &path).unwrap();
    assert!(path.exists());
}

#[test]
fn the_lock_is_held_while_open_and_given_back_on_close() {
    let defs = fixture();
    let (dir, path) = saved_plan(&defs);
    let (_, disk) = OnDisk::open(&path).unwrap();
    assert!(disk.holder().is_none());
    assert!(lock_path(&path).exists());
    drop(disk);
    assert_eq!(names_in(dir.path()), ["plan.yaml"]);
}

#[test]
fn a_plan_locked_by_another_wizard_opens_read_only() {
    let defs = fixture();
    let (_dir, path) = saved_plan(&defs);
    let lock = "pid: 4242\nhost: poste-de-camille\nuser: camille\nsince: 2026-11-23T08:00:00Z\n";
    fs::write(lock_path(&path), lock).unwrap();
    let (plan, mut second) = OnDisk::open(&path).unwrap();
    let holder = second.holder().expect("read-only").clone();
    assert_eq!((holder.pid, holder.user.as_str()), (4242, "camille"));
    let described = holder.describe(&FR);
    assert!(
        described.starts_with("camille sur poste-de-camille (processus 4242, depuis 2026-11-23 "),
        "{described}"
    );
    let before = fs::read(&path).unwrap();
    let err = second.save(&plan.unwrap(), &path).unwrap_err();
    assert!(matches!(err, SaveError::ReadOnly { .. }));
    assert!(err.message(&FR).contains("lecture seule"), "{err}");
    assert_eq!(fs::read(&path).unwrap(), before);
    drop(second);
    assert_eq!(
        fs::read_to_string(lock_path(&path)).unwrap(),
        lock,
        "not ours to remove"
    );
}

#[test]
fn commands_do_not_take_the_lock() {
    let defs = fixture();
    let (dir, path) = saved_plan(&defs);
    load(&path).unwrap();
    save(&sample_plan(&defs), &path).unwrap();
    assert!(!lock_path(&path).exists());
    assert_eq!(names_in(dir.path()), ["plan.yaml", "plan.yaml.bak"]);
}

#[test]
fn saving_elsewhere_writes_a_new_file_and_works_on_it() {
    let defs = fixture();
    let (dir, path) = saved_plan(&defs);
    let before = fs::read(&path).unwrap();
    let (_, mut disk) = OnDisk::open(&path).unwrap();
    let rescue = dir.path().join("data/embarquement");
    let plan = sample_plan(&defs);
    let copy = disk.save_elsewhere(&plan, &path, &rescue).unwrap();
    assert_eq!(copy.parent(), Some(rescue.as_path()));
    let name = copy.file_name().unwrap().to_string_lossy().into_owned();
    assert!(
        name.starts_with("plan-") && name.ends_with(".yaml"),
        "{name}"
    );
    assert_eq!(load(&copy).unwrap(), plan);
    assert_eq!(
        fs::read(&path).unwrap(),
        before,
        "the plan itself is untouched"
    );
    assert!(!lock_path(&path).exists(), "the first lock is given back");
    assert!(lock_path(&copy).exists(), "the copy is locked");
    let second = disk.save_elsewhere(&plan, &path, &rescue).unwrap();
    assert_ne!(second, copy, "a second copy never replaces the first");
    disk.save(&Plan::new(Project::default(), &defs), &second)
        .unwrap();
}

#[test]
fn a_save_into_a_vanished_folder_fails_and_leaves_the_plan_untouched() {
    let defs = fixture();
    let (dir, path) = saved_plan(&defs);
    let before = fs::read(&path).unwrap();
    let (plan, mut disk) = OnDisk::open(&path).unwrap();
    let moved = dir.path().with_extension("moved");
    fs::rename(dir.path(), &moved).unwrap();
    let err = disk.save(&plan.unwrap(), &path).unwrap_err();
    assert!(matches!(err, SaveError::Io { .. }), "{err}");
    assert!(err.message(&FR).contains("vos réponses restent"), "{err}");
    assert_eq!(fs::read(moved.join("plan.yaml")).unwrap(), before);
    fs::rename(&moved, dir.path()).unwrap();
}

#[test]
fn save_errors_name_the_usual_faults_in_french() {
    let path = PathBuf::from("plan.yaml");
    for (kind, expected) in [
        (std::io::ErrorKind::StorageFull, "disque plein"),
        (std::io::ErrorKind::NotFound, "dossier introuvable"),
        (std::io::ErrorKind::PermissionDenied, "accès refusé"),
        (std::io::ErrorKind::ReadOnlyFilesystem, "lecture seule"),
    ] {
        let err = SaveError::Io {
            path: path.clone(),
            source: kind.into(),
        };
        let message = err.message(&FR);
        assert!(message.contains(expected), "{message}");
        assert!(message.contains("vos réponses restent dans l'assistant"));
    }
}

#[test]
fn reading_again_takes_their_version_and_saving_resumes() {
    let defs = fixture();
    let (dir, path) = saved_plan(&defs);
    let (_, mut disk) = OnDisk::open(&path).unwrap();
    let mut theirs = Plan::new(Project::default(), &defs);
    theirs.current_stage = 3;
    save(&theirs, &path).unwrap();
    let ours = sample_plan(&defs);
    assert!(disk.save(&ours, &path).is_err());
    let copy = keep_copy(&ours, &path, &dir.path().join("data")).unwrap();
    assert_eq!(load(&copy).unwrap(), ours);
    assert!(lock_path(&path).exists() && !lock_path(&copy).exists());
    assert_eq!(disk.reload(&path).unwrap(), theirs);
    assert!(!disk.changed_on_disk());
    disk.save(&ours, &path).unwrap();
    assert_eq!(load(&path).unwrap(), ours);
}

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

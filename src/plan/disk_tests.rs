//! Tests of the plan as one wizard holds it on disk: backups, seals, changes made meanwhile,
//! locks, saving elsewhere, reading again.

use std::fs;
use std::path::PathBuf;

use super::*;
use crate::definitions::Definitions;
use crate::i18n::FR;

use super::tests::sample_plan;
use crate::test_support::minimal_definitions as fixture;

pub(super) fn saved_plan(defs: &Definitions) -> (tempfile::TempDir, PathBuf) {
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
fn a_plan_opened_read_only_takes_no_lock_and_is_never_written() {
    let defs = fixture();
    let (dir, path) = saved_plan(&defs);
    let before = fs::read(&path).unwrap();
    let (plan, mut disk) = OnDisk::open_read_only(&path).unwrap();
    assert_eq!(disk.read_only(), Some(&ReadOnly::Asked));
    assert_eq!(names_in(dir.path()), ["plan.yaml"], "no lock");
    for save in [OnDisk::save, OnDisk::save_now] {
        let err = save(&mut disk, &plan, &path).unwrap_err();
        assert!(err.message(&FR).contains("--read-only"), "{err}");
    }
    assert_eq!(fs::read(&path).unwrap(), before);
    let missing = dir.path().join("absent.yaml");
    assert!(matches!(
        OnDisk::open_read_only(&missing),
        Err(LoadError::NotFound(_))
    ));
}

#[cfg(unix)]
#[test]
fn a_write_protected_plan_opens_read_only_without_a_lock() {
    use std::os::unix::fs::PermissionsExt;
    let defs = fixture();
    let (dir, path) = saved_plan(&defs);
    fs::set_permissions(&path, fs::Permissions::from_mode(0o444)).unwrap();
    let (plan, mut disk) = OnDisk::open(&path).unwrap();
    assert_eq!(disk.read_only(), Some(&ReadOnly::Protected));
    assert_eq!(names_in(dir.path()), ["plan.yaml"], "no lock left");
    let err = disk.save_now(&plan.unwrap(), &path).unwrap_err();
    assert!(err.message(&FR).contains("protégé en écriture"), "{err}");
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

//! Tests of the plan file in a shared folder: links planted where the program writes, files that
//! are not files, the owner of a plan saved by someone else, and the version kept as `PLAN.bak`.
#![cfg(unix)]

use std::fs;
use std::os::unix::fs::{MetadataExt, PermissionsExt, symlink};
use std::path::{Path, PathBuf};

use super::*;
use crate::definitions::Definitions;
use crate::i18n::FR;

use crate::test_support::minimal_definitions as fixture;

/// A plan with one answer changed, so that saving it changes the file.
fn changed(defs: &Definitions, stage: u8) -> Plan {
    let mut plan = Plan::new(Project::default(), defs);
    plan.current_stage = stage;
    plan
}

/// A folder holding a saved plan and a file of the user's that links will point at:
/// (folder, plan, the user's file, its bytes).
fn shared_folder(defs: &Definitions) -> (tempfile::TempDir, PathBuf, PathBuf, Vec<u8>) {
    let dir = tempfile::tempdir().unwrap();
    let plan = dir.path().join("plan.yaml");
    save(&Plan::new(Project::default(), defs), &plan).unwrap();
    let victim = dir.path().join("bashrc");
    let bytes = b"alias ll='ls -l'\n".to_vec();
    fs::write(&victim, &bytes).unwrap();
    (dir, plan, victim, bytes)
}

/// The local times of the next `seconds` seconds, as the program writes them in file names.
fn coming_stamps(seconds: i64) -> Vec<String> {
    let now = jiff::Zoned::now();
    (-1..seconds)
        .map(|s| {
            let at = now.checked_add(jiff::SignedDuration::from_secs(s)).unwrap();
            at.strftime("%Y%m%d-%H%M%S").to_string()
        })
        .collect()
}

fn is_link(path: &Path) -> bool {
    fs::symlink_metadata(path).is_ok_and(|m| m.file_type().is_symlink())
}

#[test]
fn a_link_at_the_backup_name_is_replaced_never_followed() {
    let defs = fixture();
    let (dir, path, victim, before) = shared_folder(&defs);
    let received = fs::read(&path).unwrap();
    let backup = dir.path().join("plan.yaml.bak");
    symlink(&victim, &backup).unwrap();
    let (_, mut disk) = OnDisk::open(&path).unwrap();
    disk.save(&changed(&defs, 2), &path).unwrap();
    assert_eq!(
        fs::read(&victim).unwrap(),
        before,
        "the linked file is untouched"
    );
    assert!(!is_link(&backup), "the link was replaced");
    assert_eq!(fs::read(&backup).unwrap(), received);
}

#[test]
fn the_backup_holds_the_plan_as_received_not_the_previous_save() {
    let defs = fixture();
    let (dir, path, _, _) = shared_folder(&defs);
    let received = fs::read(&path).unwrap();
    let backup = dir.path().join("plan.yaml.bak");
    let (_, mut disk) = OnDisk::open(&path).unwrap();
    for stage in 2..=4 {
        disk.save(&changed(&defs, stage), &path).unwrap();
        assert_eq!(fs::read(&backup).unwrap(), received, "after save {stage}");
    }
    // Someone else saves their version; once read again, it is the one kept at the next save.
    save(&changed(&defs, 5), &path).unwrap();
    let theirs = fs::read(&path).unwrap();
    disk.reload(&path).unwrap();
    disk.save(&changed(&defs, 1), &path).unwrap();
    assert_eq!(fs::read(&backup).unwrap(), theirs);
}

#[test]
fn a_folder_at_the_backup_name_does_not_stop_the_save_and_is_told() {
    let defs = fixture();
    let (dir, path, _, _) = shared_folder(&defs);
    let backup = dir.path().join("plan.yaml.bak");
    fs::create_dir(&backup).unwrap();
    let (_, mut disk) = OnDisk::open(&path).unwrap();
    let saved = disk.save(&changed(&defs, 2), &path).unwrap();
    assert_eq!(load(&path).unwrap().current_stage, 2, "the plan is saved");
    let (failed, _) = saved
        .backup_failed
        .as_ref()
        .expect("the backup failure is told");
    assert_eq!(failed, &backup);
    let notes = saved.notes(&FR).join(" ");
    assert!(
        notes.contains(&format!(
            "Plan enregistré, mais la version précédente n'a pas pu être gardée dans {} (un dossier porte ce nom).",
            backup.display()
        )),
        "{notes}"
    );
    assert!(backup.is_dir());
}

#[test]
fn a_planted_link_never_redirects_the_copy_of_a_damaged_plan() {
    let defs = fixture();
    let (dir, path, victim, before) = shared_folder(&defs);
    let text = fs::read_to_string(&path).unwrap();
    let cut = &text[..text.rfind("# fin du plan").unwrap()];
    fs::write(&path, cut).unwrap();
    let mut planted = Vec::new();
    for stamp in coming_stamps(5) {
        let name = dir.path().join(format!("plan.yaml.damaged-{stamp}"));
        symlink(&victim, &name).unwrap();
        let nowhere = dir.path().join(format!("nowhere-{stamp}"));
        symlink(
            &nowhere,
            dir.path().join(format!("plan.yaml.damaged-{stamp}-2")),
        )
        .unwrap();
        planted.push(name);
    }
    let (plan, mut disk) = OnDisk::open(&path).unwrap();
    let saved = disk.save(&plan.unwrap(), &path).unwrap();
    let copy = saved.damaged_copy.unwrap();
    assert!(!is_link(&copy), "{copy:?}");
    assert!(copy.to_string_lossy().ends_with("-3"), "{copy:?}");
    assert_eq!(fs::read_to_string(&copy).unwrap(), cut);
    assert_eq!(fs::read(&victim).unwrap(), before);
    assert!(planted.iter().all(|link| is_link(link)));
    assert!(
        !fs::read_dir(dir.path()).unwrap().any(|e| e
            .unwrap()
            .file_name()
            .to_string_lossy()
            .starts_with("nowhere")),
        "no file was created at the end of a link"
    );
}

#[test]
fn copies_saved_elsewhere_take_the_next_free_name_past_planted_links() {
    let defs = fixture();
    let (dir, path, victim, before) = shared_folder(&defs);
    let data = dir.path().join("data");
    fs::create_dir(&data).unwrap();
    for stamp in coming_stamps(5) {
        symlink(&victim, data.join(format!("plan-{stamp}.yaml"))).unwrap();
        symlink(
            data.join("nowhere"),
            data.join(format!("plan-{stamp}-2.yaml")),
        )
        .unwrap();
    }
    let ours = changed(&defs, 3);
    let copy = keep_copy(&ours, &path, &data).unwrap();
    assert!(copy.to_string_lossy().ends_with("-3.yaml"), "{copy:?}");
    assert!(!is_link(&copy));
    assert_eq!(load(&copy).unwrap(), ours);
    let (_, mut disk) = OnDisk::open(&path).unwrap();
    let elsewhere = disk.save_elsewhere(&ours, &path, &data).unwrap();
    assert!(!is_link(&elsewhere) && elsewhere != copy);
    assert_eq!(fs::read(&victim).unwrap(), before);
    assert!(!data.join("nowhere").exists());
}

#[test]
fn a_new_file_is_never_created_through_a_link_to_nowhere() {
    let defs = fixture();
    let dir = tempfile::tempdir().unwrap();
    let nowhere = dir.path().join("autostart.desktop");
    let path = dir.path().join("plan.yaml");
    symlink(&nowhere, &path).unwrap();
    let plan = Plan::new(Project::default(), &defs);
    let err = create(&plan, &path).unwrap_err();
    assert!(
        err.message(&FR)
            .contains("un autre fichier, ou un lien, porte déjà ce nom")
    );
    let copy = save_new(&plan, &path).unwrap();
    assert_eq!(copy, dir.path().join("plan-2.yaml"));
    assert!(!nowhere.exists());
    // Given as the plan, such a link is refused, by the wizard and by `status` alike.
    let err = OnDisk::open(&path).unwrap_err();
    assert!(matches!(err, LoadError::DanglingLink(_)), "{err}");
    assert!(matches!(load(&path), Err(LoadError::DanglingLink(_))));
    assert!(
        err.message(&FR)
            .ends_with("plan.yaml est un lien vers un fichier qui n'existe pas\u{a0}: aucun plan n'est créé au travers d'un lien\u{a0}; supprimez le lien ou donnez un autre chemin"),
        "{err}"
    );
    assert!(!nowhere.exists());
}

#[test]
fn a_link_planted_in_place_of_the_plan_is_never_written_through() {
    let defs = fixture();
    let (dir, path, victim, before) = shared_folder(&defs);
    let nowhere = dir.path().join("nowhere");
    for target in [&victim, &nowhere] {
        let (_, mut disk) = OnDisk::open(&path).unwrap();
        let _ = fs::remove_file(&path);
        symlink(target, &path).unwrap();
        let err = disk.save(&changed(&defs, 2), &path).unwrap_err();
        assert!(matches!(err, SaveError::ChangedOnDisk { .. }), "{err}");
        assert!(is_link(&path));
        fs::remove_file(&path).unwrap();
        save(&Plan::new(Project::default(), &defs), &path).unwrap();
    }
    assert_eq!(fs::read(&victim).unwrap(), before);
    assert!(!nowhere.exists());
}

#[test]
fn a_new_plan_is_not_created_over_a_link_planted_meanwhile() {
    let defs = fixture();
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("plan.yaml");
    let (plan, mut disk) = OnDisk::open(&path).unwrap();
    assert!(plan.is_none());
    let nowhere = dir.path().join("nowhere");
    symlink(&nowhere, &path).unwrap();
    let err = disk
        .save(&Plan::new(Project::default(), &defs), &path)
        .unwrap_err();
    assert!(matches!(err, SaveError::ChangedOnDisk { .. }), "{err}");
    assert!(!nowhere.exists() && is_link(&path));
}

#[test]
fn a_named_pipe_given_as_plan_is_refused_at_once() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("plan.yaml");
    crate::files::mkfifo(&path);
    let err = load(&path).unwrap_err();
    assert!(matches!(err, LoadError::NotAFile(..)), "{err}");
    assert!(
        err.message(&FR).ends_with(
            "plan.yaml n'est pas un fichier mais un tube nommé\u{a0}: donnez le chemin d'un plan projet (fichier .yaml)"
        ),
        "{}",
        err.message(&FR)
    );
    assert!(matches!(OnDisk::open(&path), Err(LoadError::NotAFile(..))));
    assert!(matches!(
        OnDisk::open(dir.path()),
        Err(LoadError::NotAFile(..))
    ));
}

#[test]
fn saving_keeps_the_owner_group_and_mode_of_the_plan() {
    if !nix::unistd::geteuid().is_root() {
        eprintln!("skipped: only an administrator can give a file to another user");
        return;
    }
    let defs = fixture();
    let (dir, path, _, _) = shared_folder(&defs);
    std::os::unix::fs::chown(&path, Some(4242), Some(4343)).unwrap();
    fs::set_permissions(&path, fs::Permissions::from_mode(0o640)).unwrap();
    let (_, mut disk) = OnDisk::open(&path).unwrap();
    let saved = disk.save(&changed(&defs, 2), &path).unwrap();
    assert!(saved.owner_changed.is_none());
    for file in [path.clone(), dir.path().join("plan.yaml.bak")] {
        let metadata = fs::metadata(&file).unwrap();
        assert_eq!(
            (metadata.uid(), metadata.gid(), metadata.mode() & 0o777),
            (4242, 4343, 0o640),
            "{file:?}"
        );
    }
    assert_eq!(load(&path).unwrap().current_stage, 2);
}

#[test]
fn the_owner_of_a_plan_is_named_in_the_refusal() {
    let err = SaveError::NotOwner {
        path: PathBuf::from("plan.yaml"),
        owner: Owner { uid: 0, gid: 0 },
        after: Owner {
            uid: 4343,
            gid: 4343,
        },
    };
    assert_eq!(
        err.message(&FR),
        "plan.yaml appartient à root (groupe root)\u{a0}; l'enregistrer d'ici le donnerait à 4343 (groupe 4343), et ses utilisateurs actuels pourraient ne plus y avoir accès\u{a0}: rien n'est enregistré automatiquement"
    );
}

#[test]
fn a_link_at_the_lock_name_is_left_alone_and_said() {
    let defs = fixture();
    let (dir, path, victim, before) = shared_folder(&defs);
    let lock = dir.path().join("plan.yaml.lock");
    symlink(&victim, &lock).unwrap();
    let (plan, mut disk) = OnDisk::open(&path).unwrap();
    let notice = disk.lock_notice(&FR).expect("the missing lock is told");
    assert!(
        notice.starts_with(&format!(
            "Plan ouvert sans verrou\u{a0}: {} n'a pas pu être créé (un autre fichier, ou un lien, porte déjà ce nom).",
            lock.display()
        )),
        "{notice}"
    );
    disk.save(&plan.unwrap(), &path).unwrap();
    drop(disk);
    assert!(is_link(&lock), "not ours to remove");
    assert_eq!(fs::read(&victim).unwrap(), before);
}

#[test]
fn a_plan_too_large_to_open_again_is_not_saved_over_the_plan_but_a_copy_keeps_it() {
    let defs = fixture();
    let (dir, path, _, _) = shared_folder(&defs);
    let before = fs::read(&path).unwrap();
    let mut plan = Plan::new(Project::default(), &defs);
    plan.project.name = "x".repeat(MAX_PLAN_BYTES as usize + 1);
    let error = save(&plan, &path).unwrap_err();
    let message = error.message(&FR);
    assert!(message.contains("4\u{a0}Mio"), "{message}");
    assert!(message.contains("copie ailleurs"), "{message}");
    assert_eq!(fs::read(&path).unwrap(), before);
    let copy = save_new(&plan, &dir.path().join("copie.yaml")).unwrap();
    assert!(fs::metadata(copy).unwrap().len() > MAX_PLAN_BYTES);
}

#[test]
fn a_planted_lock_with_long_names_is_told_in_one_short_line() {
    let dir = tempfile::tempdir().unwrap();
    let plan = dir.path().join("plan.yaml");
    let long = "x".repeat(1000);
    fs::write(
        lock_path(&plan),
        format!("pid: 1\nhost: {long}\nuser: {long}\nsince: {long}\n"),
    )
    .unwrap();
    let (_, disk) = OnDisk::open(&plan).unwrap();
    let holder = disk
        .holder()
        .expect("a lock from another host is never taken over");
    let told = holder.describe(&FR);
    assert!(told.chars().count() < 250, "{told}");
    assert!(told.contains('…'), "{told}");
}

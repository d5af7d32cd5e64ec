//! End-to-end scenarios of saving: the wizard runs in a real pseudo-terminal while its folder
//! fails, a second wizard opens the same plan, a stale lock waits, or the plan arrived cut.
#![cfg(unix)]

mod support;

use std::fs;
use std::os::unix::fs::PermissionsExt;
use std::path::{Path, PathBuf};

use sha2::{Digest, Sha256};
use support::pty::{Pty, key, wait_for_file};
use support::{PLAN_FILE, at, command_minimal, init_plan, minimal_definitions, read_plan, str_at};

/// Shown once the main screen is drawn.
const MAIN_SCREEN: &str = "Critères go/no-go ·";
const PROJECT: &str = "Démo Préfecture";
/// Stage 1's first criterion, once ok.
const ORGANISATION_OK: &str = "[✓]!Organisation de rattachement identifiée";
/// Stage 1's first criterion, once ko.
const ORGANISATION_KO: &str = "[✗]!Organisation de rattachement identifiée";

/// The wizard on the minimal definitions, in `dir`, on the plan at `plan` (relative to `dir`).
fn wizard(dir: &Path, plan: &str) -> Pty {
    let definitions = minimal_definitions();
    Pty::spawn(
        dir,
        &[
            "--questionnaires",
            definitions.to_str().expect("UTF-8 path"),
            plan,
        ],
    )
}

/// A plan created by `init` in `<sandbox>/equipe/`, and the wizard on it once its main screen is
/// drawn: (sandbox, folder, wizard).
fn open_in_a_subfolder() -> (tempfile::TempDir, PathBuf, Pty) {
    let dir = support::sandbox();
    let folder = dir.path().join("equipe");
    fs::create_dir(&folder).unwrap();
    let relative = format!("equipe/{PLAN_FILE}");
    command_minimal(dir.path(), &["init", relative.as_str(), "--name", PROJECT])
        .assert()
        .success();
    let pty = wizard(dir.path(), &relative);
    pty.wait_text(MAIN_SCREEN);
    (dir, folder, pty)
}

/// The `status` of the criterion `organisation` of stage 1 in the plan at `path`.
fn organisation_status(path: &Path) -> String {
    let plan = read_plan(path);
    str_at(
        &plan,
        &[
            "stages",
            "opportunite",
            "criteria",
            "organisation",
            "status",
        ],
    )
    .to_string()
}

/// `text` with its closing line recomputed, as the wizard writes it.
fn sealed(text: &str) -> String {
    let closing = "# fin du plan, sha256:";
    let body = &text[..text.rfind(closing).expect("a closing line")];
    format!("{body}{closing}{:x}\n", Sha256::digest(body.as_bytes()))
}

/// How the test made the plan's folder refuse writes.
enum Fault {
    /// The folder is read-only (mode 0555): the plan file stays where it was.
    ReadOnly(PathBuf),
    /// The folder was renamed away, as if deleted: the plan file is now at this path.
    Gone(PathBuf),
}

impl Fault {
    /// Makes `folder` refuse writes: read-only when permissions hold for this user; renamed away
    /// when they do not (root, or CAP_DAC_OVERRIDE, writes into a read-only folder anyway).
    fn break_folder(folder: &Path) -> Fault {
        fs::set_permissions(folder, fs::Permissions::from_mode(0o555)).unwrap();
        let probe = folder.join("probe");
        if fs::write(&probe, "x").is_err() {
            return Fault::ReadOnly(folder.to_path_buf());
        }
        fs::remove_file(&probe).unwrap();
        fs::set_permissions(folder, fs::Permissions::from_mode(0o755)).unwrap();
        let moved = folder.with_extension("moved");
        fs::rename(folder, &moved).unwrap();
        Fault::Gone(moved)
    }

    /// Where the plan file is now.
    fn plan(&self) -> PathBuf {
        match self {
            Fault::ReadOnly(folder) | Fault::Gone(folder) => folder.join(PLAN_FILE),
        }
    }

    /// Gives the folder its permissions back, so that the sandbox can be removed.
    fn repair(&self) {
        if let Fault::ReadOnly(folder) = self {
            fs::set_permissions(folder, fs::Permissions::from_mode(0o755)).unwrap();
        }
    }
}

/// The files of `dir` whose names start with `prefix` (lock files aside).
fn files_starting_with(dir: &Path, prefix: &str) -> Vec<PathBuf> {
    let Ok(entries) = fs::read_dir(dir) else {
        return Vec::new();
    };
    entries
        .map(|entry| entry.unwrap().path())
        .filter(|path| {
            path.file_name().is_some_and(|name| {
                let name = name.to_string_lossy();
                name.starts_with(prefix) && !name.ends_with(".lock")
            })
        })
        .collect()
}

#[test]
fn a_failed_save_keeps_the_answer_and_saves_it_elsewhere() {
    let (dir, folder, mut pty) = open_in_a_subfolder();
    let before = fs::read(folder.join(PLAN_FILE)).unwrap();
    let fault = Fault::break_folder(&folder);
    let screen = pty.press(key::SPACE, "ÉCHEC DE L'ENREGISTREMENT");
    assert!(
        screen.contains(ORGANISATION_OK),
        "the answer is kept:\n{screen}"
    );
    pty.wait_text("enregistrement impossible");

    // XDG_DATA_HOME is the sandbox: the copy goes to <sandbox>/embarquement/.
    pty.press("e", "Plan enregistré dans");
    let rescue = dir.path().join("embarquement");
    let copies = files_starting_with(&rescue, "embarquement.plan-");
    assert_eq!(copies.len(), 1, "{copies:?}");
    let screen = pty.text();
    assert!(!screen.contains("ÉCHEC DE L'ENREGISTREMENT"), "{screen}");

    // From now on the wizard works on the copy: the next change is saved there.
    pty.press(key::SPACE, ORGANISATION_KO);
    pty.quit();
    assert_eq!(organisation_status(&copies[0]), "ko");
    assert_eq!(
        fs::read(fault.plan()).unwrap(),
        before,
        "the plan is untouched"
    );
    fault.repair();
}

#[test]
fn quitting_after_a_failed_save_asks_first() {
    let (dir, folder, mut pty) = open_in_a_subfolder();
    let fault = Fault::break_folder(&folder);
    pty.press(key::SPACE, "ÉCHEC DE L'ENREGISTREMENT");
    pty.press("q", "e\u{a0}: enregistrer ailleurs ·");
    pty.press("e", "Plan enregistré dans");
    pty.quit();
    let copies = files_starting_with(&dir.path().join("embarquement"), "embarquement.plan-");
    assert_eq!(organisation_status(&copies[0]), "ok");
    fault.repair();
}

#[test]
fn a_second_wizard_opens_the_plan_read_only_and_names_the_holder() {
    let dir = support::sandbox();
    let path = init_plan(dir.path(), PROJECT);
    let received = fs::read(&path).unwrap();
    let mut first = wizard(dir.path(), PLAN_FILE);
    first.wait_text(MAIN_SCREEN);
    first.press(key::SPACE, ORGANISATION_OK);
    let saved = wait_for_file(&path, "the first wizard's change", |text| {
        text.contains("status: ok")
    })
    .into_bytes();
    let lock = fs::read_to_string(dir.path().join(format!("{PLAN_FILE}.lock"))).unwrap();
    let pid = lock
        .lines()
        .find_map(|line| line.strip_prefix("pid: "))
        .expect("the lock names a process");

    let mut second = wizard(dir.path(), PLAN_FILE);
    let notice = second.wait_text("Ce plan est déjà ouvert par");
    assert!(notice.contains("lecture seule"), "{notice}");
    let notice = second.wait_text(&format!("(processus {pid},"));
    assert!(
        notice.contains(ORGANISATION_OK),
        "the first wizard's answer shows"
    );
    second.press("x", "LECTURE SEULE\u{a0}: ouvert par");
    second.press(key::SPACE, "Lecture seule (plan ouvert par ");
    assert!(
        second.text().contains(ORGANISATION_OK),
        "the change was refused"
    );
    second.quit();

    // Commands do not take the lock, and the first wizard goes on saving.
    let status = support::status_json(dir.path(), &path);
    assert_eq!(status["project"]["name"], PROJECT);
    assert_eq!(
        fs::read(&path).unwrap(),
        saved,
        "the second wizard wrote nothing"
    );
    assert!(dir.path().join(format!("{PLAN_FILE}.lock")).exists());
    first.press(key::SPACE, ORGANISATION_KO);
    first.quit();
    assert_eq!(organisation_status(&path), "ko");
    assert!(!dir.path().join(format!("{PLAN_FILE}.lock")).exists());
    assert_eq!(
        fs::read(dir.path().join(format!("{PLAN_FILE}.bak"))).unwrap(),
        received,
        "the backup holds the plan as the first wizard opened it"
    );
}

#[test]
fn a_stale_lock_is_taken_over() {
    let dir = support::sandbox();
    let path = init_plan(dir.path(), PROJECT);
    let mut gone = std::process::Command::new("true").spawn().unwrap();
    let dead = gone.id();
    gone.wait().unwrap();
    let lock_path = dir.path().join(format!("{PLAN_FILE}.lock"));
    let host = fs::read_to_string("/proc/sys/kernel/hostname")
        .map(|name| name.trim().to_string())
        .unwrap_or_default();
    if host.is_empty() {
        return; // Not Linux: the host name cannot be written here the way the wizard reads it.
    }
    fs::write(
        &lock_path,
        format!("pid: {dead}\nhost: {host}\nuser: parti\nsince: 2026-11-22T08:00:00Z\n"),
    )
    .unwrap();
    let mut pty = wizard(dir.path(), PLAN_FILE);
    pty.wait_text(MAIN_SCREEN);
    let lock = fs::read_to_string(&lock_path).unwrap();
    assert!(!lock.contains(&format!("pid: {dead}\n")), "{lock}");
    pty.press(key::SPACE, "enregistré à");
    pty.quit();
    assert_eq!(organisation_status(&path), "ok");
    assert!(!lock_path.exists());
}

#[test]
fn a_cut_plan_is_announced_and_copied_before_it_is_saved() {
    let dir = support::sandbox();
    let path = init_plan(dir.path(), PROJECT);
    let text = fs::read_to_string(&path).unwrap();
    let cut = &text[..text.rfind("# fin du plan").expect("a closing line")];
    fs::write(&path, cut).unwrap();
    let mut pty = wizard(dir.path(), PLAN_FILE);
    pty.wait_text("Ce plan semble coupé");
    pty.press("x", MAIN_SCREEN);
    pty.press(key::SPACE, "gardé dans");
    pty.quit();
    let copies = files_starting_with(dir.path(), &format!("{PLAN_FILE}.damaged-"));
    assert_eq!(copies.len(), 1, "{copies:?}");
    assert_eq!(fs::read_to_string(&copies[0]).unwrap(), cut);
    assert_eq!(organisation_status(&path), "ok");
    let saved = fs::read_to_string(&path).unwrap();
    assert!(
        saved
            .lines()
            .last()
            .unwrap()
            .starts_with("# fin du plan, sha256:")
    );
    assert_eq!(at(&read_plan(&path), &["current_stage"]).as_u64(), Some(1));
}

#[test]
fn a_plan_with_old_mac_line_ends_opens_as_it_is_without_a_cut_warning() {
    let dir = support::sandbox();
    let path = init_plan(dir.path(), PROJECT);
    let old_mac = fs::read_to_string(&path).unwrap().replace('\n', "\r");
    fs::write(&path, &old_mac).unwrap();
    let mut pty = wizard(dir.path(), PLAN_FILE);
    let screen = pty.wait_text(MAIN_SCREEN);
    assert!(
        !screen.contains("coupé") && !screen.contains("abîmé"),
        "{screen}"
    );
    pty.press(key::SPACE, "enregistré à");
    pty.quit();
    let copies = files_starting_with(dir.path(), &format!("{PLAN_FILE}.damaged-"));
    assert!(copies.is_empty(), "copied aside as damaged: {copies:?}");
    assert_eq!(organisation_status(&path), "ok");
}

#[test]
fn a_mistyped_plan_opened_in_the_wizard_says_what_was_expected_and_is_left_as_it_was() {
    let dir = support::sandbox();
    let path = init_plan(dir.path(), PROJECT);
    let text = fs::read_to_string(&path)
        .unwrap()
        .replace("current_stage: 1", "current_stage: deux");
    fs::write(&path, &text).unwrap();
    let mut pty = wizard(dir.path(), PLAN_FILE);
    let status = pty.wait_exit();
    assert_eq!(status.exit_code(), 1, "{}", pty.text());
    let screen = pty.text();
    assert!(
        screen
            .contains("current_stage\u{a0}: il faut un nombre entier de 0 à 255, pas le texte «\u{a0}deux\u{a0}»"),
        "{screen}"
    );
    assert!(!screen.contains("expected u8"), "{screen}");
    assert_eq!(fs::read_to_string(&path).unwrap(), text);
}

#[test]
fn a_plan_being_created_by_another_wizard_is_not_opened() {
    let dir = support::sandbox();
    let lock = "pid: 4242\nhost: poste-de-camille\nuser: camille\nsince: 2026-11-23T08:00:00Z\n";
    fs::write(dir.path().join(format!("{PLAN_FILE}.lock")), lock).unwrap();
    let mut pty = wizard(dir.path(), PLAN_FILE);
    let status = pty.wait_exit();
    assert_eq!(status.exit_code(), 1, "{}", pty.text());
    let screen = pty.text();
    assert!(
        screen.contains("en cours de création par camille"),
        "{screen}"
    );
    assert!(!dir.path().join(PLAN_FILE).exists());
}

#[test]
fn a_plan_changed_on_disk_is_not_overwritten_and_can_be_read_again() {
    let dir = support::sandbox();
    let path = init_plan(dir.path(), PROJECT);
    let mut pty = wizard(dir.path(), PLAN_FILE);
    pty.wait_text(MAIN_SCREEN);
    // Another wizard sets the criterion to "na" and saves the plan.
    let theirs = sealed(&fs::read_to_string(&path).unwrap().replace(
        "current_stage: 1\n",
        "current_stage: 1\nstages:\n  opportunite:\n    criteria:\n      organisation:\n        status: na\n",
    ));
    fs::write(&path, &theirs).unwrap();

    let screen = pty.press(key::SPACE, "modifié sur le disque depuis son ouverture");
    assert!(
        screen.contains(ORGANISATION_OK),
        "our change is kept:\n{screen}"
    );
    pty.press("x", "MODIFIÉ SUR LE DISQUE");
    assert_eq!(
        fs::read_to_string(&path).unwrap(),
        theirs,
        "not overwritten"
    );

    pty.press("r", "Plan relu sur le disque.");
    pty.wait_text("[–]!Organisation de rattachement identifiée");
    let copies = files_starting_with(&dir.path().join("embarquement"), "embarquement.plan-");
    assert_eq!(copies.len(), 1, "{copies:?}");
    assert_eq!(
        organisation_status(&copies[0]),
        "ok",
        "our version kept aside"
    );

    // Saving resumes on their version: na → todo.
    pty.press(key::SPACE, "[ ]!Organisation de rattachement identifiée");
    pty.quit();
    assert!(
        read_plan(&path).get("stages").is_none(),
        "saved after reading again"
    );
}

#[test]
fn a_plan_opened_read_only_refuses_every_change_and_is_left_untouched() {
    let dir = support::sandbox();
    let path = init_plan(dir.path(), PROJECT);
    let before = fs::read(&path).unwrap();
    let modified = fs::metadata(&path).unwrap().modified().unwrap();
    let definitions = minimal_definitions();
    let mut pty = Pty::spawn(
        dir.path(),
        &[
            "--questionnaires",
            definitions.to_str().expect("UTF-8 path"),
            PLAN_FILE,
            "--read-only",
        ],
    );
    let screen = pty.wait_text(MAIN_SCREEN);
    assert!(screen.contains("LECTURE SEULE"), "{screen}");
    let footer = screen.lines().rev().take(3).collect::<Vec<_>>().join("\n");
    for editing in ["Espace", "Entrée", "décision", "note intervieweur", "^S"] {
        assert!(
            !footer.contains(editing),
            "`{editing}` in the footer:\n{footer}"
        );
    }
    let lock = dir.path().join(format!("{PLAN_FILE}.lock"));
    assert!(!lock.exists(), "a read-only plan takes no lock");
    // Every editing key of the main screen, then of the presenter view and the review list; the
    // last one is refused whatever has the focus, so its message comes after every other key.
    let editing_keys: [&[u8]; 20] = [
        key::SPACE,
        key::ENTER,
        b"n",
        b"i",
        b"d",
        b"u",
        key::CTRL_R,
        key::CTRL_S,
        b"p",
        key::SPACE,
        key::ENTER,
        b"e",
        b"i",
        b"p",
        b"l",
        key::ENTER,
        b"n",
        b"l",
        key::TAB,
        key::CTRL_S,
    ];
    for bytes in editing_keys {
        pty.send(bytes);
    }
    pty.wait_text("modification refusée");
    // Every window that edits stayed shut: the criteria are as they were.
    let screen = pty.text();
    assert!(!screen.contains(ORGANISATION_OK) && !screen.contains(ORGANISATION_KO));
    pty.quit();
    assert_eq!(fs::read(&path).unwrap(), before, "the plan's bytes changed");
    assert_eq!(fs::metadata(&path).unwrap().modified().unwrap(), modified);
    assert!(!lock.exists(), "a lock file was left");
    let left: Vec<_> = fs::read_dir(dir.path())
        .unwrap()
        .map(|entry| entry.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|name| name.starts_with(PLAN_FILE) && name != PLAN_FILE)
        .collect();
    assert!(left.is_empty(), "files written beside the plan: {left:?}");
}

//! Shared folders, as a hostile colleague would use them: links planted at every name the wizard
//! writes (recovery copies for the coming minutes, copies in the data folder, `.bak`, `.lock`,
//! `.damaged-…`) pointing at a file of the user's, named pipes given as files, and a plan that
//! belongs to someone else. The real binary runs in a pseudo-terminal; the checks compare the
//! linked file's bytes before and after, and read what was written instead.
#![cfg(unix)]

mod support;

use std::fs;
use std::os::unix::fs::{MetadataExt, PermissionsExt, symlink};
use std::path::{Path, PathBuf};

use support::pty::{Pty, key};
use support::{PLAN_FILE, command, command_minimal, minimal_definitions, read_plan, str_at};

/// Shown once the main screen is drawn.
const MAIN_SCREEN: &str = "Critères go/no-go ·";
const PROJECT: &str = "Démo Préfecture";
/// Stage 1's first criterion, once ok.
const ORGANISATION_OK: &str = "[✓]!Organisation de rattachement identifiée";
/// What the user's own file holds: a login script a planted link would have the wizard overwrite.
const BASHRC: &str = "# ~/.bashrc\nalias ll='ls -l'\n";

/// A sandbox as a colleague finds it: the user's `~/.bashrc` (HOME is the sandbox), and a plan
/// created by `init` in the shared folder `equipe/`.
struct Shared {
    dir: tempfile::TempDir,
}

impl Shared {
    fn new() -> Shared {
        let dir = support::sandbox();
        fs::create_dir(dir.path().join("equipe")).unwrap();
        fs::write(dir.path().join(".bashrc"), BASHRC).unwrap();
        let shared = Shared { dir };
        let plan = shared.relative_plan();
        command_minimal(shared.root(), &["init", plan.as_str(), "--name", PROJECT])
            .assert()
            .success();
        shared
    }

    fn root(&self) -> &Path {
        self.dir.path()
    }

    /// The shared folder.
    fn folder(&self) -> PathBuf {
        self.root().join("equipe")
    }

    /// The user's data folder (XDG_DATA_HOME is the sandbox).
    fn data(&self) -> PathBuf {
        self.root().join("embarquement")
    }

    fn plan(&self) -> PathBuf {
        self.folder().join(PLAN_FILE)
    }

    fn relative_plan(&self) -> String {
        format!("equipe/{PLAN_FILE}")
    }

    fn bashrc(&self) -> PathBuf {
        self.root().join(".bashrc")
    }

    /// Plants a link at `name` to the user's `~/.bashrc`.
    fn plant(&self, name: &Path) {
        symlink(self.bashrc(), name).unwrap();
    }

    /// The wizard on the shared plan, once its main screen is drawn.
    fn wizard(&self) -> Pty {
        let pty = wizard(self.root(), &self.relative_plan());
        pty.wait_text(MAIN_SCREEN);
        pty
    }

    /// Checks that `~/.bashrc` is as it was and that every link planted is still a link.
    fn assert_untouched(&self, planted: &[PathBuf]) {
        assert_eq!(fs::read_to_string(self.bashrc()).unwrap(), BASHRC);
        for link in planted {
            assert!(is_link(link), "{link:?} is no longer a link");
        }
    }
}

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

fn is_link(path: &Path) -> bool {
    fs::symlink_metadata(path).is_ok_and(|m| m.file_type().is_symlink())
}

/// The local times of the coming `seconds` seconds (and of the last one), as the wizard writes them
/// in file names.
fn coming_stamps(seconds: i64) -> Vec<String> {
    let now = jiff::Zoned::now();
    (-1..seconds)
        .map(|s| {
            let at = now.checked_add(jiff::SignedDuration::from_secs(s)).unwrap();
            at.strftime("%Y%m%d-%H%M%S").to_string()
        })
        .collect()
}

/// Plants, for each of the coming two minutes' seconds, a link at each name `names` gives for
/// that time; returns the links.
fn plant_for_two_minutes(shared: &Shared, names: impl Fn(&str) -> Vec<PathBuf>) -> Vec<PathBuf> {
    let planted: Vec<PathBuf> = coming_stamps(120).iter().flat_map(|s| names(s)).collect();
    for link in &planted {
        shared.plant(link);
    }
    planted
}

/// The regular files (links aside) of `dir` whose names start with `prefix`.
fn regular_files_starting_with(dir: &Path, prefix: &str) -> Vec<PathBuf> {
    fs::read_dir(dir)
        .unwrap()
        .map(|entry| entry.unwrap().path())
        .filter(|path| {
            !is_link(path)
                && path
                    .file_name()
                    .is_some_and(|name| name.to_string_lossy().starts_with(prefix))
        })
        .collect()
}

/// The status of stage 1's first criterion in the plan at `path`.
fn organisation_status(path: &Path) -> String {
    let plan = read_plan(path);
    let keys = [
        "stages",
        "opportunite",
        "criteria",
        "organisation",
        "status",
    ];
    str_at(&plan, &keys).to_string()
}

/// Changes the plan on disk behind the wizard's back, as the colleague does to stop its saves.
fn touch_the_plan(path: &Path) {
    let text = fs::read_to_string(path).unwrap();
    fs::write(path, text.replace("current_stage: 1", "current_stage: 2")).unwrap();
}

#[test]
fn a_planted_link_never_redirects_the_recovery_copy() {
    let shared = Shared::new();
    let (folder, data) = (shared.folder(), shared.data());
    fs::create_dir(&data).unwrap();
    let planted = plant_for_two_minutes(&shared, |stamp| {
        let name = format!("embarquement.plan.recovered-{stamp}");
        vec![
            folder.join(format!("{name}.yaml")),
            folder.join(format!("{name}-2.yaml")),
            data.join(format!("{name}.yaml")),
        ]
    });
    let mut pty = shared.wizard();
    touch_the_plan(&shared.plan());
    pty.press(key::SPACE, "modifié sur le disque depuis son ouverture");
    // The terminal closes.
    pty.signal("HUP");
    let status = pty.wait_exit();
    assert_eq!(status.exit_code(), 128 + 1, "{}", pty.text());
    assert!(pty.text().contains("copie de secours"), "{}", pty.text());

    shared.assert_untouched(&planted);
    let copies = regular_files_starting_with(&folder, "embarquement.plan.recovered-");
    assert_eq!(copies.len(), 1, "{copies:?}");
    let name = copies[0]
        .file_name()
        .unwrap()
        .to_string_lossy()
        .into_owned();
    assert!(name.ends_with("-3.yaml"), "the next free name: {name}");
    assert_eq!(organisation_status(&copies[0]), "ok", "the answer is kept");
}

#[test]
fn a_planted_link_never_redirects_the_copy_saved_elsewhere() {
    let shared = Shared::new();
    let data = shared.data();
    fs::create_dir(&data).unwrap();
    let planted = plant_for_two_minutes(&shared, |stamp| {
        vec![
            data.join(format!("embarquement.plan-{stamp}.yaml")),
            data.join(format!("embarquement.plan-{stamp}-2.yaml")),
        ]
    });
    let mut pty = shared.wizard();
    touch_the_plan(&shared.plan());
    pty.press(key::SPACE, "modifié sur le disque depuis son ouverture");
    pty.press("x", "MODIFIÉ SUR LE DISQUE");
    pty.press("e", "Plan enregistré dans");
    pty.quit();

    shared.assert_untouched(&planted);
    let copies = regular_files_starting_with(&data, "embarquement.plan-");
    assert_eq!(copies.len(), 1, "{copies:?}");
    assert_eq!(organisation_status(&copies[0]), "ok");
}

#[test]
fn a_link_planted_at_the_backup_name_is_replaced_not_followed() {
    let shared = Shared::new();
    let received = fs::read(shared.plan()).unwrap();
    let backup = shared.folder().join(format!("{PLAN_FILE}.bak"));
    shared.plant(&backup);
    let mut pty = shared.wizard();
    pty.press(key::SPACE, "enregistré à");
    pty.quit();
    shared.assert_untouched(&[]);
    assert!(!is_link(&backup));
    assert_eq!(fs::read(&backup).unwrap(), received, "the plan as received");
    assert_eq!(organisation_status(&shared.plan()), "ok");
}

#[test]
fn a_folder_at_the_backup_name_is_told_and_the_plan_still_saved() {
    let shared = Shared::new();
    fs::create_dir(shared.folder().join(format!("{PLAN_FILE}.bak"))).unwrap();
    let mut pty = shared.wizard();
    pty.press(
        key::SPACE,
        "Plan enregistré, mais la version précédente n'a pas pu être gardée dans",
    );
    pty.quit();
    assert_eq!(organisation_status(&shared.plan()), "ok");
}

#[test]
fn a_link_planted_at_the_lock_name_is_left_alone_and_the_wizard_says_so() {
    let shared = Shared::new();
    let lock = shared.folder().join(format!("{PLAN_FILE}.lock"));
    shared.plant(&lock);
    let mut pty = shared.wizard();
    pty.wait_text("Plan ouvert sans verrou");
    pty.press(key::SPACE, "enregistré à");
    pty.quit();
    shared.assert_untouched(std::slice::from_ref(&lock));
    assert_eq!(organisation_status(&shared.plan()), "ok");
}

#[test]
fn a_planted_link_never_redirects_the_copy_of_a_damaged_plan() {
    let shared = Shared::new();
    let text = fs::read_to_string(shared.plan()).unwrap();
    let cut = &text[..text.rfind("# fin du plan").expect("a closing line")];
    fs::write(shared.plan(), cut).unwrap();
    let folder = shared.folder();
    let planted = plant_for_two_minutes(&shared, |stamp| {
        vec![folder.join(format!("{PLAN_FILE}.damaged-{stamp}"))]
    });
    let mut pty = shared.wizard();
    pty.wait_text("Ce plan semble coupé");
    pty.press("x", MAIN_SCREEN);
    pty.press(key::SPACE, "gardé dans");
    pty.quit();
    shared.assert_untouched(&planted);
    let copies = regular_files_starting_with(&folder, &format!("{PLAN_FILE}.damaged-"));
    assert_eq!(copies.len(), 1, "{copies:?}");
    assert_eq!(fs::read_to_string(&copies[0]).unwrap(), cut);
}

#[test]
fn a_link_to_nowhere_at_the_plan_name_is_never_written_through() {
    let dir = support::sandbox();
    let autostart = dir.path().join(".config/autostart");
    fs::create_dir_all(&autostart).unwrap();
    let nowhere = autostart.join("plan.desktop");
    symlink(&nowhere, dir.path().join(PLAN_FILE)).unwrap();

    let output = command_minimal(dir.path(), &["init", "--name", PROJECT])
        .assert()
        .failure()
        .get_output()
        .stderr
        .clone();
    let stderr = String::from_utf8_lossy(&output);
    assert!(stderr.contains("existe déjà"), "{stderr}");

    let mut pty = wizard(dir.path(), PLAN_FILE);
    let status = pty.wait_exit();
    assert_eq!(status.exit_code(), 1, "{}", pty.text());
    assert!(
        pty.text()
            .contains("est un lien vers un fichier qui n'existe pas"),
        "{}",
        pty.text()
    );
    assert!(
        !nowhere.exists(),
        "nothing was created at the end of the link"
    );
}

/// Makes a named pipe at `path`.
fn mkfifo(path: &Path) {
    nix::unistd::mkfifo(path, nix::sys::stat::Mode::from_bits_truncate(0o644)).unwrap();
}

#[test]
fn a_named_pipe_given_as_plan_is_refused_at_once() {
    let dir = support::sandbox();
    mkfifo(&dir.path().join(PLAN_FILE));
    // The time limit only stops a test that would otherwise hang: the refusal is immediate.
    let output = command_minimal(dir.path(), &["status"])
        .timeout(support::pty::timeout())
        .assert()
        .failure()
        .get_output()
        .stderr
        .clone();
    let stderr = String::from_utf8_lossy(&output);
    assert!(
        stderr.contains(&format!(
            "{PLAN_FILE} n'est pas un fichier mais un tube nommé\u{a0}: donnez le chemin d'un plan projet"
        )),
        "{stderr}"
    );
    let mut pty = wizard(dir.path(), PLAN_FILE);
    let status = pty.wait_exit();
    assert_eq!(status.exit_code(), 1, "{}", pty.text());
    assert!(pty.text().contains("tube nommé"), "{}", pty.text());
}

#[test]
fn a_named_pipe_in_a_definitions_folder_is_refused_at_once() {
    let dir = support::sandbox();
    let definitions = dir.path().join("definitions");
    fs::create_dir(&definitions).unwrap();
    for entry in fs::read_dir(minimal_definitions()).unwrap() {
        let path = entry.unwrap().path();
        fs::copy(&path, definitions.join(path.file_name().unwrap())).unwrap();
    }
    fs::remove_file(definitions.join("training.yaml")).unwrap();
    mkfifo(&definitions.join("training.yaml"));
    for args in [&["validate", "definitions"][..], &["status"][..]] {
        let output = command(dir.path())
            .args(args)
            .args(["--questionnaires", "definitions"])
            .timeout(support::pty::timeout())
            .assert()
            .failure()
            .get_output()
            .stderr
            .clone();
        let stderr = String::from_utf8_lossy(&output);
        assert!(
            stderr.contains("training.yaml:1:1\u{a0}: ce n'est pas un fichier mais un tube nommé"),
            "{args:?}: {stderr}"
        );
    }
}

/// True when this test runs as the administrator, who can give files to other users.
fn is_root() -> bool {
    nix::unistd::geteuid().is_root()
}

#[test]
fn an_automatic_save_leaves_a_colleagues_plan_alone_until_ctrl_s() {
    if !is_root() {
        eprintln!(
            "skipped: a plan of another user's needs an administrator to set up (run as root)"
        );
        return;
    }
    let (owner, colleague) = (4242, 4343);
    let shared = Shared::new();
    fs::set_permissions(shared.root(), fs::Permissions::from_mode(0o755)).unwrap();
    fs::set_permissions(shared.folder(), fs::Permissions::from_mode(0o777)).unwrap();
    let plan = shared.plan();
    std::os::unix::fs::chown(&plan, Some(owner), Some(owner)).unwrap();
    fs::set_permissions(&plan, fs::Permissions::from_mode(0o644)).unwrap();
    let received = fs::read(&plan).unwrap();

    // The colleague opens the plan in the shared folder.
    let script = format!(
        "exec setpriv --reuid={colleague} --regid={colleague} --clear-groups \"$BIN\" \
         --questionnaires '{}' {}",
        minimal_definitions().display(),
        shared.relative_plan()
    );
    let mut pty = Pty::spawn_shell(shared.root(), &script);
    pty.wait_text(MAIN_SCREEN);
    pty.send(key::SPACE);
    // A window says so, and what to do.
    let notice = format!("appartient à {owner} (groupe {owner})");
    pty.wait_for("the refusal and what to do", |text| {
        text.contains(&notice) && text.contains("Ctrl-S\u{a0}: enregistrer quand même")
    });
    assert_eq!(fs::read(&plan).unwrap(), received, "nothing written");
    assert_eq!(fs::metadata(&plan).unwrap().uid(), owner);

    // Ctrl-S is the colleague's word: the plan is saved, theirs now, its mode kept.
    pty.press("x", ORGANISATION_OK);
    pty.press(key::CTRL_S, "il appartient désormais à");
    pty.quit();
    let metadata = fs::metadata(&plan).unwrap();
    assert_eq!(
        (metadata.uid(), metadata.mode() & 0o777),
        (colleague, 0o644)
    );
    assert_eq!(organisation_status(&plan), "ok");
}

#[test]
fn a_lock_that_cannot_be_written_is_not_left_behind_and_the_wizard_says_so() {
    // A file size limit of zero makes every write fail, as a full disk does once the file exists.
    let shared = Shared::new();
    let script = format!(
        "trap '' XFSZ; ulimit -f 0; exec \"$BIN\" --questionnaires '{}' {}",
        minimal_definitions().display(),
        shared.relative_plan()
    );
    let mut pty = Pty::spawn_shell(shared.root(), &script);
    pty.wait_text("Plan ouvert sans verrou");
    let lock = shared.folder().join(format!("{PLAN_FILE}.lock"));
    assert!(!lock.exists(), "no empty lock left behind");
    pty.quit();
}

//! End to end in a pseudo-terminal: the team and training screen, read back from the plan file the
//! wizard left on disk.
#![cfg(unix)]

mod support;

use support::pty::{Pty, key};
use support::{PLAN_FILE, at, init_plan, minimal_definitions, read_plan, str_at};

/// Shown once the main screen is drawn.
const MAIN_SCREEN: &str = "Critères go/no-go ·";
const TEAM_SCREEN: &str = "Qui doit se former à quoi";

/// Adds a member from the team screen: a, the name, Tab, the role `role_steps` → from the first.
fn add_member(pty: &mut Pty, name: &str, role_steps: usize, shown: &str) {
    pty.press(b"a", "Nouveau membre de l'équipe");
    pty.press(name, name);
    pty.send(key::TAB);
    for _ in 0..role_steps {
        pty.send(key::RIGHT);
    }
    pty.press_line(key::ENTER, &[name, shown]);
}

#[test]
fn two_members_with_different_roles_and_an_item_ticked_for_one_are_in_the_plan() {
    let dir = support::sandbox();
    let plan = init_plan(dir.path(), "Démo Préfecture");
    let definitions = minimal_definitions();
    let mut pty = Pty::spawn(
        dir.path(),
        &[
            "--questionnaires",
            definitions.to_str().expect("UTF-8 path"),
        ],
    );
    pty.wait_text(MAIN_SCREEN);
    pty.press(b"f", "Offre et formation");
    pty.press(b"t", TEAM_SCREEN);
    add_member(&mut pty, "Alex Martin", 1, "pilotage");
    add_member(&mut pty, "Bob Durand", 2, "technique");
    pty.wait_text("Qualité des produits numériques\u{a0}: niveau 1, 1 à acquérir");
    pty.send(key::TAB);
    // The only item of the only level: once ticked, the path is acquired.
    pty.press(
        key::SPACE,
        "Qualité des produits numériques\u{a0}: parcours acquis",
    );
    pty.press(key::ESC, "Offre et formation");
    pty.press(key::ESC, MAIN_SCREEN);
    pty.quit();

    assert_eq!(plan, dir.path().join(PLAN_FILE));
    let saved = read_plan(&plan);
    assert_eq!(str_at(&saved, &["members", "0", "name"]), "Alex Martin");
    assert_eq!(str_at(&saved, &["members", "0", "role"]), "pilotage");
    assert!(saved["members"][0].get("training").is_none());
    assert_eq!(str_at(&saved, &["members", "1", "name"]), "Bob Durand");
    assert_eq!(str_at(&saved, &["members", "1", "role"]), "technique");
    let ticked = at(&saved, &["members", "1", "training", "qualite", "bases"]);
    assert_eq!(ticked.as_bool(), Some(true));
    assert!(saved.get("training").is_none(), "not the whole team's");
}

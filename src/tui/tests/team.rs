use ratatui::crossterm::event::KeyCode;

use super::*;
use crate::tui::app::Mode;

/// The wizard on the team screen (f, then t).
fn on_the_team_screen(defs: &Definitions) -> App<'_> {
    let mut app = app(defs);
    press(&mut app, [key(KeyCode::Char('f')), key(KeyCode::Char('t'))]);
    assert!(matches!(app.mode, Mode::Team));
    app
}

/// Adds a member named `name`, their role moved `role_steps` from « décision ».
fn add_member(app: &mut App<'_>, name: &str, role_steps: usize) -> Vec<Option<Effect>> {
    press(app, [key(KeyCode::Char('a'))]);
    press(app, typed(name));
    press(app, [key(KeyCode::Tab)]);
    press(app, std::iter::repeat_n(key(KeyCode::Right), role_steps));
    press(app, [key(KeyCode::Enter)])
}

#[test]
fn members_are_added_with_a_name_and_a_role_and_edited() {
    let defs = fixture();
    let mut app = on_the_team_screen(&defs);
    assert_eq!(add_member(&mut app, "Claire", 1), [Some(Effect::Save)]);
    assert_eq!(add_member(&mut app, "Bob", 2), [Some(Effect::Save)]);
    assert!(matches!(app.mode, Mode::Team));
    let members: Vec<_> = app
        .plan
        .members
        .iter()
        .map(|m| (m.name.as_str(), m.role.as_str()))
        .collect();
    assert_eq!(members, [("Claire", "pilotage"), ("Bob", "technique")]);
    assert_eq!(app.team.selected, 1, "the new member is selected");

    press(&mut app, [key(KeyCode::Char('e'))]);
    press(&mut app, [ctrl('u')]);
    press(&mut app, typed("Bob Durand"));
    press(&mut app, [key(KeyCode::Enter)]);
    assert_eq!(app.plan.members[1].name, "Bob Durand");
    assert_eq!(app.plan.members[1].role, "technique", "the role is kept");
}

#[test]
fn a_member_needs_a_name_and_esc_adds_nobody() {
    let defs = fixture();
    let mut app = on_the_team_screen(&defs);
    assert_eq!(add_member(&mut app, "  ", 0), [None]);
    let Mode::Member(form) = &app.mode else {
        panic!("the form closed")
    };
    assert_eq!(form.error.as_deref(), Some("Le nom est obligatoire."));
    press(&mut app, [key(KeyCode::Esc)]);
    assert!(matches!(app.mode, Mode::Team));
    assert!(app.plan.members.is_empty());
}

#[test]
fn space_ticks_the_next_levels_item_for_the_selected_person_only() {
    let defs = fixture();
    let mut app = on_the_team_screen(&defs);
    add_member(&mut app, "Alex", 0);
    add_member(&mut app, "Bob", 2);
    assert_eq!(
        press(&mut app, [key(KeyCode::Char(' '))]),
        [None],
        "Space ticks in the level pane only"
    );
    let effects = press(&mut app, [key(KeyCode::Tab), key(KeyCode::Char(' '))]);
    assert_eq!(effects, [None, Some(Effect::Save)]);
    assert!(app.plan.members[1].training["qualite"]["bases"]);
    assert!(app.plan.members[0].training.is_empty());
    assert!(app.plan.training.is_empty(), "not the whole team's");

    press(&mut app, [key(KeyCode::Char('u'))]);
    assert!(app.plan.members[1].training.is_empty(), "undone");
}

#[test]
fn removing_a_member_asks_first_and_is_undone() {
    let defs = fixture();
    let mut app = on_the_team_screen(&defs);
    add_member(&mut app, "Alex", 0);
    press(&mut app, [key(KeyCode::Char('d'))]);
    assert!(matches!(app.mode, Mode::RemoveMember(0)));
    press(&mut app, [key(KeyCode::Esc)]);
    assert!(matches!(app.mode, Mode::Team));
    assert_eq!(app.plan.members.len(), 1, "Esc keeps them");

    let effects = press(&mut app, [key(KeyCode::Char('d')), key(KeyCode::Char('o'))]);
    assert_eq!(effects, [None, Some(Effect::Save)]);
    assert!(app.plan.members.is_empty());
    assert!(app.message.as_ref().unwrap().text.contains("Alex"));
    press(&mut app, [key(KeyCode::Char('u'))]);
    assert_eq!(app.plan.members[0].name, "Alex");
}

#[test]
fn the_teams_older_ticks_show_after_the_members_and_esc_goes_back_to_the_offer() {
    let defs = fixture();
    let mut app = app(&defs);
    app.plan.set_acquired("qualite", "bases", true);
    press(&mut app, [key(KeyCode::Char('f')), key(KeyCode::Char('t'))]);
    let screen = screen_at(&mut app, 80, 24);
    assert!(
        screen.contains("l'équipe (avant les membres)  1/1 acquis"),
        "{screen}"
    );
    press(&mut app, [key(KeyCode::Esc)]);
    assert!(matches!(app.mode, Mode::Resources));
    press(&mut app, [key(KeyCode::Esc)]);
    assert!(matches!(app.mode, Mode::Normal));
}

#[test]
fn a_read_only_plan_refuses_adding_and_ticking_on_the_team_screen() {
    let defs = fixture();
    let lock = "pid: 7\nhost: poste-de-camille\nuser: camille\nsince: 2026-11-23T08:00:00Z\n";
    let (_dir, _path, mut app) = opened(&defs, Some(lock));
    press(&mut app, [key(KeyCode::Esc)]);
    press(&mut app, [key(KeyCode::Char('f')), key(KeyCode::Char('t'))]);
    assert_eq!(press(&mut app, [key(KeyCode::Char('a'))]), [None]);
    assert!(matches!(app.mode, Mode::Team), "no form opens");
    let message = app.message.as_ref().expect("the refusal is explained");
    assert!(message.is_error && message.text.starts_with("Lecture seule"));
    assert!(app.plan.members.is_empty());

    app.plan.members.push(crate::plan::Member {
        name: "Bob".into(),
        role: "technique".into(),
        training: Default::default(),
    });
    let effects = press(&mut app, [key(KeyCode::Tab), key(KeyCode::Char(' '))]);
    assert_eq!(effects, [None, None]);
    assert!(app.plan.members[0].training.is_empty(), "no tick");
    assert!(!app.save.dirty);
}

#[test]
fn a_name_from_the_plan_cannot_control_the_terminal() {
    let defs = fixture();
    let mut app = app(&defs);
    app.plan.members.push(crate::plan::Member {
        name: "Eve\u{1b}]0;pwned\u{7}".into(),
        role: "technique".into(),
        training: Default::default(),
    });
    press(&mut app, [key(KeyCode::Char('f')), key(KeyCode::Char('t'))]);
    let screen = screen_at(&mut app, 80, 24);
    assert!(!screen.contains('\u{1b}'), "{screen}");
    assert!(screen.contains("Eve␛]0;pwned"), "{screen}");
}

#[test]
fn a_format_1_plans_team_ticks_show_as_the_teams_and_stay_in_the_plan() {
    let defs = fixture();
    let text = "format: embarquement-plan/1\n\
                definitions: {source: embedded, version: '1', digest: 'sha256:0'}\n\
                project: {name: Démo}\n\
                current_stage: 1\n\
                training:\n  qualite:\n    bases: true\n";
    let plan = crate::plan::from_bytes(std::path::Path::new("plan.yaml"), text.as_bytes()).unwrap();
    let mut app = App::new(&defs, plan, PathBuf::from("plan.yaml"), Lang::Fr);
    press(&mut app, [key(KeyCode::Char('f')), key(KeyCode::Char('t'))]);
    add_member(&mut app, "Alex", 2);
    let screen = screen_at(&mut app, 80, 24);
    assert!(screen.contains("Alex"), "{screen}");
    assert!(
        screen.contains("l'équipe (avant les membres)  1/1 acquis"),
        "{screen}"
    );
    assert!(
        app.plan.is_acquired("qualite", "bases"),
        "kept as the team's"
    );
    assert!(
        app.plan.members[0].training.is_empty(),
        "not given to anyone"
    );
}

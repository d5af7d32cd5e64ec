//! Saving and reading the plan file: pending changes saved before quitting, read-only and damaged
//! plans, a plan changed on disk, saving elsewhere, and what an interruption keeps.

use ratatui::crossterm::event::KeyCode;

use super::*;
use crate::plan::{AnswerValue, CriterionStatus};
use crate::tui::app::Mode;
use crate::tui::recovery::{Rescue, write_copy};
use crate::tui::screens::confirm::QuitRisk;
use crate::tui::screens::notice::Notice;

#[test]
fn quitting_saves_pending_changes_or_asks_when_it_cannot() {
    let defs = fixture();
    let dir = tempfile::tempdir().unwrap();
    let mut app = app_in(&defs, dir.path());
    assert!(run_loop(
        &mut app,
        vec![key(KeyCode::Enter), typed("x").remove(0), ctrl('c')]
    ));
    assert_eq!(
        crate::plan::load(&app.plan_path)
            .unwrap()
            .criterion("opportunite", "organisation")
            .note,
        "x"
    );

    let mut app = self::app(&defs);
    app.plan_path = dir.path().join("missing-folder/plan.yaml");
    let ended = run_loop(
        &mut app,
        vec![key(KeyCode::Char(' ')), key(KeyCode::Char('q'))],
    );
    assert!(!ended, "the loop must not end while the change is unsaved");
    assert!(matches!(
        app.mode,
        Mode::ConfirmQuit(QuitRisk::UnsavedChanges)
    ));
    assert!(app.save.error.is_some());
    assert!(run_loop(&mut app, vec![key(KeyCode::Char('o'))]));
}

#[test]
fn a_plan_held_by_another_wizard_is_shown_read_only_and_refuses_changes() {
    let defs = fixture();
    let lock = "pid: 7\nhost: poste-de-camille\nuser: camille\nsince: 2026-11-23T08:00:00Z\n";
    let (_dir, path, mut app) = opened(&defs, Some(lock));
    let Mode::Notice(Notice { text: notice, .. }) = &app.mode else {
        panic!("no warning at open")
    };
    assert!(
        notice.contains("déjà ouvert par camille sur poste-de-camille"),
        "{notice}"
    );
    let before = std::fs::read(&path).unwrap();
    press(&mut app, [key(KeyCode::Char('x'))]);
    assert!(matches!(app.mode, Mode::Normal));
    for refused in [key(KeyCode::Char(' ')), key(KeyCode::Enter), ctrl('s')] {
        assert_eq!(press(&mut app, [refused]), [None]);
        let message = app.message.as_ref().expect("the refusal is explained");
        assert!(message.is_error && message.text.starts_with("Lecture seule"));
        assert!(matches!(app.mode, Mode::Normal));
    }
    assert_eq!(press(&mut app, [key(KeyCode::Right)]), [None], "no save");
    assert!(!app.save.dirty);
    assert!(run_loop(&mut app, vec![key(KeyCode::Char('q'))]));
    assert_eq!(std::fs::read(&path).unwrap(), before);
}

#[test]
fn a_damaged_plan_is_announced_before_anything_is_saved() {
    let defs = fixture();
    let (_dir, path, _) = opened(&defs, None);
    let text = std::fs::read_to_string(&path).unwrap();
    std::fs::write(&path, &text[..text.rfind("# fin du plan").unwrap()]).unwrap();
    let (plan, disk) = crate::plan::OnDisk::open(&path).unwrap();
    let mut app = App::new(&defs, plan.unwrap(), path.clone(), Lang::Fr);
    app.attach(disk);
    let Mode::Notice(Notice { text: notice, .. }) = &app.mode else {
        panic!("no warning at open")
    };
    assert!(notice.contains("semble coupé"), "{notice}");
    assert!(!run_loop(
        &mut app,
        vec![key(KeyCode::Esc), key(KeyCode::Char(' '))]
    ));
    let message = &app.message.as_ref().unwrap().text;
    assert!(message.contains("plan.yaml.damaged-"), "{message}");
}

#[test]
fn a_plan_changed_on_disk_stops_autosave_and_says_so_once() {
    let defs = fixture();
    let (_dir, path, mut app) = opened(&defs, None);
    let theirs = std::fs::read_to_string(&path)
        .unwrap()
        .replace("current_stage: 1", "current_stage: 2");
    std::fs::write(&path, &theirs).unwrap();
    assert!(!run_loop(&mut app, vec![key(KeyCode::Char(' '))]));
    let Mode::Notice(Notice { text: notice, .. }) = &app.mode else {
        panic!("the conflict was not shown")
    };
    assert!(notice.contains("modifié sur le disque"), "{notice}");
    assert!(notice.contains("e\u{a0}: enregistrer ailleurs"), "{notice}");
    assert!(app.disk.changed_on_disk() && app.save.dirty);
    assert!(!run_loop(
        &mut app,
        vec![key(KeyCode::Esc), key(KeyCode::Char(' '))]
    ));
    assert!(matches!(app.mode, Mode::Normal), "told once");
    assert_eq!(std::fs::read_to_string(&path).unwrap(), theirs);
    press(&mut app, [key(KeyCode::Char('q'))]);
    assert!(!run_loop(&mut app, vec![key(KeyCode::Char('q'))]));
    assert!(matches!(app.mode, Mode::ConfirmQuit(_)));
    assert_eq!(
        press(&mut app, [key(KeyCode::Char('e'))]),
        [Some(Effect::SaveElsewhere)]
    );
}

#[test]
fn saving_elsewhere_moves_the_wizard_to_the_new_file() {
    let defs = fixture();
    let (dir, path, mut app) = opened(&defs, None);
    assert_eq!(
        press(&mut app, [key(KeyCode::Char('e'))]),
        [Some(Effect::SaveElsewhere)]
    );
    press(&mut app, [key(KeyCode::Char(' '))]);
    let rescue = dir.path().join("data");
    let result = app.disk.save_elsewhere(&app.plan, &app.plan_path, &rescue);
    app.saved_elsewhere(result);
    assert!(app.plan_path.starts_with(&rescue), "{:?}", app.plan_path);
    assert!(!app.save.dirty && app.save.error.is_none());
    assert!(
        app.message
            .as_ref()
            .unwrap()
            .text
            .starts_with("Plan enregistré dans ")
    );
    assert_ne!(app.plan_path, path);
    assert!(crate::plan::load(&app.plan_path).is_ok());
}

#[test]
fn reading_again_after_a_conflict_shows_their_version() {
    let defs = fixture();
    let (dir, path, mut app) = opened(&defs, None);
    let mut theirs = app.plan.clone();
    theirs.update_criterion("opportunite", "besoin", |c| c.status = CriterionStatus::Ko);
    crate::plan::save(&theirs, &path).unwrap();
    assert_eq!(
        press(&mut app, [key(KeyCode::Char('r'))]),
        [None],
        "no conflict yet"
    );
    assert!(!run_loop(&mut app, vec![key(KeyCode::Char(' '))]));
    press(&mut app, [key(KeyCode::Esc)]);
    assert_eq!(
        press(&mut app, [key(KeyCode::Char('r'))]),
        [Some(Effect::Reload)]
    );
    let kept = crate::plan::keep_copy(&app.plan, &app.plan_path, dir.path()).unwrap();
    let result = app.disk.reload(&app.plan_path);
    app.reloaded(result, Some(kept));
    assert_eq!(app.plan, theirs);
    assert_eq!(app.progress[0].criteria.ko, 1);
    assert!(!app.save.dirty && !app.disk.changed_on_disk());
    let message = &app.message.as_ref().unwrap().text;
    assert!(
        message.starts_with(
            "Plan relu sur le disque. Vos modifications non enregistrées sont gardées dans "
        ),
        "{message}"
    );
}

#[test]
fn a_change_is_on_disk_before_the_next_input_and_a_failed_save_shows_at_once() {
    let defs = fixture();
    let dir = tempfile::tempdir().unwrap();
    let mut app = app_in(&defs, dir.path());
    // The loop does not save on a signal (its caller does): the change was saved before.
    let (exit, _) = run_script(
        &mut app,
        vec![Input::Event(key(KeyCode::Char(' '))), Input::Signal(15)],
    );
    assert_eq!(exit.unwrap(), Exit::Signal(15));
    let saved = crate::plan::load(&app.plan_path).unwrap();
    assert_eq!(
        saved.criterion("opportunite", "organisation").status,
        CriterionStatus::Ok
    );

    app.plan_path = dir.path().join("missing-folder/plan.yaml");
    // No key after the change: the frame drawn after the failed save is the last one.
    let (_, header) = run_script(&mut app, vec![Input::Event(key(KeyCode::Char(' ')))]);
    assert!(header.contains("ÉCHEC DE L'ENREGISTREMENT"), "{header}");
}

#[test]
fn ctrl_z_asks_the_loop_to_suspend() {
    let defs = fixture();
    let mut app = app(&defs);
    let (exit, _) = run_script(&mut app, vec![Input::Event(ctrl('z'))]);
    assert_eq!(exit.unwrap(), Exit::Suspend);
}

#[test]
fn an_interrupted_editor_is_saved_and_stays_open() {
    let defs = fixture();
    let dir = tempfile::tempdir().unwrap();
    let mut app = app_in(&defs, dir.path());
    press(&mut app, [key(KeyCode::Enter)]);
    press(&mut app, typed("En cours"));
    assert_eq!(
        crate::tui::recovery::save_before_exit(&mut app),
        Some(Rescue::Saved)
    );
    assert!(matches!(app.mode, Mode::Editing(_)));
    let saved = crate::plan::load(&app.plan_path).unwrap();
    assert_eq!(
        saved.criterion("opportunite", "organisation").note,
        "En cours"
    );
    assert_eq!(
        crate::tui::recovery::save_before_exit(&mut app),
        Some(Rescue::UpToDate)
    );
}

#[test]
fn an_interrupted_answer_that_does_not_parse_is_kept_as_typed() {
    let defs = fixture();
    let mut app = typing_a_number(&defs, "douze");
    app.commit_open_edit();
    let answer = app.plan.answer("opportunite", "nombre-modules").unwrap();
    assert_eq!(answer.value, Some(AnswerValue::Text("douze".into())));
    assert!(app.save.dirty);
}

#[test]
fn after_a_panic_a_recovery_copy_holds_the_open_editor_and_the_plan_is_untouched() {
    let defs = fixture();
    let dir = tempfile::tempdir().unwrap();
    let mut app = app_in(&defs, dir.path());
    crate::plan::save(&app.plan, &app.plan_path).unwrap();
    let before = std::fs::read(&app.plan_path).unwrap();
    let outcome = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
        press(&mut app, [key(KeyCode::Enter)]);
        press(&mut app, typed("Avant la panne"));
        panic!("a bug while editing");
    }));
    assert!(outcome.is_err());
    let Some(Rescue::Copy(copy)) = crate::tui::recovery::after_panic(&mut app) else {
        panic!("no recovery copy");
    };
    assert_eq!(copy.parent(), Some(dir.path()));
    let name = copy.file_name().unwrap().to_string_lossy().into_owned();
    assert!(
        name.starts_with("plan.recovered-") && name.ends_with(".yaml"),
        "{name}"
    );
    let recovered = crate::plan::load(&copy).unwrap();
    assert_eq!(
        recovered.criterion("opportunite", "organisation").note,
        "Avant la panne"
    );
    assert_eq!(std::fs::read(&app.plan_path).unwrap(), before);
    let message = Rescue::Copy(copy.clone()).message(app.strings(), &app.plan_path);
    assert!(
        message.contains(&format!("embarquement {}", copy.display())),
        "{message}"
    );
}

#[test]
fn a_recovery_copy_goes_to_the_data_folder_when_the_plan_folder_refuses_it() {
    let defs = fixture();
    let dir = tempfile::tempdir().unwrap();
    let plan = app(&defs).plan;
    let gone = dir.path().join("gone/plan.yaml");
    let data = dir.path().join("data/embarquement");
    let copy = write_copy(
        &plan,
        &gone,
        "20261123-101500",
        Some(&data),
        Lang::Fr.strings(),
    )
    .unwrap();
    assert_eq!(copy, data.join("plan.recovered-20261123-101500.yaml"));
    assert!(copy.is_file());

    let not_a_folder = dir.path().join("file");
    std::fs::write(&not_a_folder, "").unwrap();
    let error = write_copy(
        &plan,
        &gone,
        "x",
        Some(&not_a_folder.join("sub")),
        Lang::Fr.strings(),
    )
    .unwrap_err();
    assert!(!error.is_empty());
}

//! The three-way merge as a set of laws, on plans of every shape changed on both sides: a side
//! alone changed is taken whole, the same change on both is taken once, a clean merge keeps every
//! change of both sides, a merge with conflicts survives save and load, and resolving them is one
//! change the wizard can undo.

mod support;

use std::collections::BTreeMap;

use embarquement::plan::{Contact, Field, Plan, Resolution, Session, Value, load, save};
use embarquement::roundtrip::{diff, fields, merge};
use proptest::prelude::*;
use support::plans::{change, plan_in_hand};

/// A common ancestor and two versions made from it, each by its own changes.
fn three_versions() -> impl Strategy<Value = (Plan, Plan, Plan)> {
    (
        plan_in_hand(),
        prop::collection::vec(change(), 0..6),
        prop::collection::vec(change(), 0..6),
    )
        .prop_map(|(mut base, ours_changes, theirs_changes)| {
            base.conflicts.clear();
            let (mut ours, mut theirs) = (base.clone(), base.clone());
            for change in ours_changes {
                ours.apply(change);
            }
            for change in theirs_changes {
                theirs.apply(change);
            }
            (base, ours, theirs)
        })
}

/// The sitting of a field, when it is one.
fn sitting(value: Option<&Value>) -> Option<&Session> {
    match value {
        Some(Value::Session(session)) => Some(session),
        _ => None,
    }
}

/// Checks that `merged` holds every change from `base` to `side`: each field takes the side's
/// value, a sitting holds the side's participants and action items (sittings are united), a
/// sitting the side removed is gone unless `other` changed it, the stage reached is the higher,
/// a past decision added is in the united history, and the definitions and who entered a record
/// are the side's unless `other` changed them too.
fn keeps_changes(
    base: &Plan,
    side: &Plan,
    other: &Plan,
    merged: &Plan,
) -> Result<(), TestCaseError> {
    let merged_fields: BTreeMap<Field, Value> = fields(merged);
    let other_fields = fields(other);
    let base_fields = fields(base);
    for change in diff(base, side) {
        let now = merged_fields.get(&change.field);
        match (&change.field, sitting(change.after.as_ref())) {
            (Field::Session { .. }, Some(session)) => {
                let kept = sitting(now);
                prop_assert!(kept.is_some(), "sitting lost: {:?}", change.field);
                let kept = kept.unwrap();
                for participant in &session.participants {
                    prop_assert!(kept.participants.contains(participant));
                }
                for action in &session.actions {
                    prop_assert!(kept.actions.contains(action));
                }
            }
            (Field::Session { .. }, None)
                if other_fields.get(&change.field) != base_fields.get(&change.field) => {}
            // The higher stage is kept.
            (Field::CurrentStage, _) => prop_assert!(merged.current_stage >= side.current_stage),
            // A past decision the side added is in the united history, wherever it comes.
            (
                Field::PastDecision {
                    stage, side: whose, ..
                },
                _,
            ) => {
                let history = |plan: &Plan| {
                    plan.stages.get(stage).map_or_else(Vec::new, |record| {
                        record.decisions.of(*whose).history.clone()
                    })
                };
                if let Some(Value::Decision(past)) = &change.after
                    && !history(base).contains(past)
                {
                    prop_assert!(history(merged).contains(past), "{:?}", change.field);
                }
            }
            // Ours are kept when both sides changed the definitions; the later entry when both
            // changed who entered a record.
            (Field::Definitions | Field::CriterionEntry { .. } | Field::AnswerEntry { .. }, _)
                if other_fields.get(&change.field) != base_fields.get(&change.field) => {}
            _ => prop_assert_eq!(now, change.after.as_ref(), "{:?}", change.field),
        }
    }
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn a_merge_with_only_our_changes_gives_ours((base, ours, _) in three_versions()) {
        prop_assert_eq!(merge(&base, &ours, &base), ours);
    }

    #[test]
    fn a_merge_with_only_their_changes_gives_theirs((base, _, theirs) in three_versions()) {
        prop_assert_eq!(merge(&base, &base, &theirs), theirs);
    }

    #[test]
    fn the_same_changes_on_both_sides_are_taken_once((base, ours, _) in three_versions()) {
        prop_assert_eq!(merge(&base, &ours, &ours), ours);
    }

    #[test]
    fn a_clean_merge_keeps_every_change_of_both_sides((base, ours, theirs) in three_versions()) {
        let merged = merge(&base, &ours, &theirs);
        if merged.conflicts.is_empty() {
            keeps_changes(&base, &ours, &theirs, &merged)?;
            keeps_changes(&base, &theirs, &ours, &merged)?;
        } else {
            // Every conflict names a field both sides changed, each to its own value.
            for conflict in &merged.conflicts {
                prop_assert_ne!(&conflict.ours, &conflict.theirs);
                prop_assert_ne!(&conflict.ours, &conflict.base);
                prop_assert_ne!(&conflict.theirs, &conflict.base);
            }
        }
    }

    #[test]
    fn a_plan_with_conflicts_survives_save_and_load((base, ours, theirs) in three_versions()) {
        let merged = merge(&base, &ours, &theirs);
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("merged.plan.yaml");
        save(&merged, &path).unwrap();
        prop_assert_eq!(load(&path).unwrap(), merged);
    }

    #[test]
    fn resolving_a_conflict_removes_it_and_undoing_brings_it_back(
        (base, ours, theirs) in three_versions(),
        keep_theirs in any::<bool>(),
    ) {
        let merged = merge(&base, &ours, &theirs);
        if merged.conflicts.is_empty() {
            return Ok(());
        }
        let conflict = merged.conflicts[0].clone();
        let resolution = if keep_theirs { Resolution::Theirs } else { Resolution::Ours };
        let mut resolved = merged.clone();
        let undo = resolved.apply(merged.resolve(0, resolution).unwrap());
        prop_assert!(resolved.conflict(&conflict.field).is_none());
        let kept = if keep_theirs { &conflict.theirs } else { &conflict.ours };
        if !matches!(conflict.field, Field::Decision { .. } | Field::Member { .. } | Field::MemberRole { .. }) {
            let now = fields(&resolved);
            prop_assert_eq!(now.get(&conflict.field), kept.as_ref());
        }
        resolved.apply(undo);
        prop_assert_eq!(resolved, merged);
    }
}

#[test]
fn combining_two_notes_keeps_both_texts() {
    let mut base = Plan::new(
        Default::default(),
        &embarquement::definitions::load(embarquement::definitions::Source::Embedded).unwrap(),
    );
    base.update_criterion("opportunite", "besoin", |r| r.note = "Début.".into());
    let (mut ours, mut theirs) = (base.clone(), base.clone());
    ours.update_criterion("opportunite", "besoin", |r| r.note = "Nous.".into());
    theirs.update_criterion("opportunite", "besoin", |r| r.note = "Eux.".into());
    let mut merged = merge(&base, &ours, &theirs);
    assert_eq!(merged.conflicts.len(), 1);
    let combined = merged.conflicts[0].combined().unwrap();
    assert_eq!(combined, "Nous.\n\nEux.");
    merged.apply(
        merged
            .resolve(0, Resolution::Combined(combined.clone()))
            .unwrap(),
    );
    assert!(merged.conflicts.is_empty());
    assert_eq!(merged.criterion("opportunite", "besoin").note, combined);
    assert!(merged.resolve(0, Resolution::Ours).is_none());
}

#[test]
fn a_contact_edited_differently_on_both_sides_is_one_conflict_on_that_contact() {
    let mut base = Plan::new(
        Default::default(),
        &embarquement::definitions::load(embarquement::definitions::Source::Embedded).unwrap(),
    );
    let contact = |email: &str| Contact {
        role: "decisionnaire".into(),
        name: "Alice".into(),
        email: Some(email.into()),
    };
    base.project.contacts = vec![contact("alice@old.fr")];
    let (mut ours, mut theirs) = (base.clone(), base.clone());
    ours.project.contacts = vec![contact("alice@nous.fr")];
    theirs.project.contacts = vec![contact("alice@eux.fr")];
    let mut merged = merge(&base, &ours, &theirs);
    assert_eq!(merged.project.contacts, vec![contact("alice@nous.fr")]);
    assert_eq!(merged.conflicts.len(), 1);
    let conflict = &merged.conflicts[0];
    assert_eq!(
        conflict.field,
        Field::Contact {
            role: "decisionnaire".into(),
            name: "Alice".into()
        }
    );
    assert_eq!(
        conflict.theirs,
        Some(Value::Contact(contact("alice@eux.fr")))
    );
    merged.apply(merged.resolve(0, Resolution::Theirs).unwrap());
    assert_eq!(merged.project.contacts, vec![contact("alice@eux.fr")]);
    assert!(merged.conflicts.is_empty());
}

#[test]
fn contacts_added_on_each_side_are_both_kept() {
    let base = Plan::new(
        Default::default(),
        &embarquement::definitions::load(embarquement::definitions::Source::Embedded).unwrap(),
    );
    let contact = |name: &str| Contact {
        role: "decisionnaire".into(),
        name: name.into(),
        email: None,
    };
    let (mut ours, mut theirs) = (base.clone(), base.clone());
    ours.project.contacts = vec![contact("Alice")];
    theirs.project.contacts = vec![contact("Bob")];
    let merged = merge(&base, &ours, &theirs);
    assert_eq!(
        merged.project.contacts,
        vec![contact("Alice"), contact("Bob")]
    );
    assert!(merged.conflicts.is_empty());
}

//! Property tests: any plan, with awkward strings anywhere, survives save → load unchanged, and
//! saving twice gives the same bytes; any change followed by its inverse leaves a plan as it was.

mod support;

use embarquement::plan::{Change, load, save};
use proptest::prelude::*;
use support::plans::{change, plan, plan_in_hand};

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn any_plan_survives_save_and_load(plan in plan()) {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("plan.yaml");
        save(&plan, &path).unwrap();
        let first = std::fs::read(&path).unwrap();
        let loaded = load(&path).unwrap();
        prop_assert_eq!(&loaded, &plan);
        save(&loaded, &path).unwrap();
        prop_assert_eq!(std::fs::read(&path).unwrap(), first);
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn a_change_then_its_inverse_restores_the_plan_and_redo_makes_it_again(plan in plan_in_hand(), change in change()) {
        let mut changed = plan.clone();
        let inverse = changed.apply(change);
        let after = changed.clone();
        let redo = changed.apply(inverse);
        prop_assert_eq!(&changed, &plan);
        changed.apply(redo);
        prop_assert_eq!(changed, after);
    }

    #[test]
    fn undoing_every_change_in_turn_restores_the_plan(
        plan in plan_in_hand(),
        changes in prop::collection::vec(change(), 1..12),
    ) {
        let mut changed = plan.clone();
        let inverses: Vec<Change> = changes.into_iter().map(|c| changed.apply(c)).collect();
        for inverse in inverses.into_iter().rev() {
            changed.apply(inverse);
        }
        prop_assert_eq!(changed, plan);
    }
}

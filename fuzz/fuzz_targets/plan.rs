//! The plan loader on arbitrary bytes; a plan it accepts must save, load back unchanged, and save to
//! the same bytes again.

#![no_main]

use std::path::Path;

use embarquement::i18n::Lang;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let path = Path::new("fuzz.plan.yaml");
    match embarquement::plan::from_bytes(path, data) {
        Ok(plan) => {
            let dir = tempfile::tempdir().expect("temporary folder");
            let saved = dir.path().join("plan.yaml");
            embarquement::plan::save(&plan, &saved).expect("an accepted plan saves");
            let first = std::fs::read(&saved).expect("the saved plan");
            let again = embarquement::plan::load(&saved).expect("a saved plan loads");
            // NaN, a number YAML can hold, is the one value not equal to itself.
            if !format!("{plan:?}").contains("NaN") {
                assert_eq!(again, plan, "save then load changed the plan");
            }
            embarquement::plan::save(&again, &saved).expect("the plan saves again");
            assert_eq!(std::fs::read(&saved).expect("the saved plan"), first);
        }
        Err(error) => {
            let _ = error.message(Lang::Fr.strings());
            let _ = error.message(Lang::En.strings());
        }
    }
});

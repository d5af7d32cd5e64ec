//! The plan loader on arbitrary bytes; a plan it accepts must save and load back unchanged.

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
            let again = embarquement::plan::load(&saved).expect("a saved plan loads");
            assert_eq!(again, plan, "save then load changed the plan");
        }
        Err(error) => {
            let _ = error.message(Lang::Fr.strings());
            let _ = error.message(Lang::En.strings());
        }
    }
});

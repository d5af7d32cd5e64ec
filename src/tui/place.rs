//! Where the user left off in a plan (stage, pane, selected rows): kept per plan in the user's
//! state folder, never in the plan, so that looking at a plan never writes it.

use std::fs;
use std::io::{self, Read, Write};
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

use super::app::{App, Pane};

/// The largest place file read back; anything larger is not one of ours and is ignored.
const MAX_PLACE_BYTES: u64 = 4096;

/// Where the user left off, by ids, so that definitions may change in between.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Place {
    /// The plan file this place belongs to (for whoever looks into the folder).
    pub plan: String,
    /// Id of the stage shown.
    pub stage: String,
    /// The focused pane: `sheet`, `criteria` or `questions`.
    pub pane: String,
    /// The list the detail pane shows: `criteria` or `questions`.
    #[serde(default)]
    pub detail: String,
    /// Id of the selected criterion of that stage.
    #[serde(default)]
    pub criterion: Option<String>,
    /// Id of the selected question of that stage.
    #[serde(default)]
    pub question: Option<String>,
}

/// The folder of place files: the user's state folder (`~/.local/state/embarquement/places`).
pub fn folder() -> Option<PathBuf> {
    let dirs = directories::ProjectDirs::from("fr", "", "embarquement")?;
    let base = dirs.state_dir().unwrap_or_else(|| dirs.data_local_dir());
    Some(base.join("places"))
}

/// The place file of the plan at `plan_path`: named after a digest of its absolute path.
fn file_for(folder: &Path, plan_path: &Path) -> PathBuf {
    let absolute = fs::canonicalize(plan_path)
        .or_else(|_| std::path::absolute(plan_path))
        .unwrap_or_else(|_| plan_path.to_path_buf());
    let digest = Sha256::digest(absolute.as_os_str().as_encoded_bytes());
    let name: String = digest[..16].iter().map(|b| format!("{b:02x}")).collect();
    folder.join(format!("{name}.json"))
}

/// The place last left in the plan at `plan_path`; `None` when there is none or it is unreadable.
pub fn load(folder: &Path, plan_path: &Path) -> Option<Place> {
    let file = fs::File::open(file_for(folder, plan_path)).ok()?;
    if !file.metadata().ok()?.is_file() {
        return None;
    }
    let mut text = String::new();
    file.take(MAX_PLACE_BYTES + 1)
        .read_to_string(&mut text)
        .ok()?;
    if text.len() as u64 > MAX_PLACE_BYTES {
        return None;
    }
    serde_json::from_str(&text).ok()
}

/// Records `place` for the plan at `plan_path`: a new file renamed over the previous one, so that
/// a link found at its name is replaced, never followed.
pub fn store(folder: &Path, plan_path: &Path, place: &Place) -> io::Result<()> {
    fs::create_dir_all(folder)?;
    let mut temp = tempfile::Builder::new()
        .prefix(".place-")
        .suffix(".tmp")
        .tempfile_in(folder)?;
    temp.write_all(serde_json::to_string(place)?.as_bytes())?;
    temp.persist(file_for(folder, plan_path))
        .map(drop)
        .map_err(|err| err.error)
}

impl App<'_> {
    /// Where the user is now.
    pub fn place(&self) -> Place {
        let index = self.ui.stage;
        let stage = &self.defs.stages[index];
        Place {
            plan: std::path::absolute(&self.plan_path)
                .unwrap_or_else(|_| self.plan_path.clone())
                .display()
                .to_string(),
            stage: stage.id.clone(),
            pane: pane_name(self.ui.focus).to_string(),
            detail: pane_name(self.ui.detail).to_string(),
            criterion: stage
                .criteria
                .get(self.ui.criterion[index])
                .map(|c| c.id.clone()),
            question: self
                .defs
                .stage_question(index, self.ui.question[index])
                .map(|q| q.question.id.clone()),
        }
    }

    /// Goes back to `place`, as far as the definitions still have its stage and rows.
    pub fn resume_at(&mut self, place: &Place) {
        let Some(index) = self.defs.stages.iter().position(|s| s.id == place.stage) else {
            return;
        };
        self.ui.stage = index;
        let stage = &self.defs.stages[index];
        if let Some(row) = place
            .criterion
            .as_ref()
            .and_then(|id| stage.criteria.iter().position(|c| &c.id == id))
        {
            self.ui.criterion[index] = row;
        }
        if let Some(row) = place.question.as_ref().and_then(|id| {
            self.defs
                .stage_questions(index)
                .position(|q| &q.question.id == id)
        }) {
            self.ui.question[index] = row;
        }
        let has_questions = self.rows[index].questions.item_count() > 0;
        let pane = |name: &str| match name {
            "sheet" => Pane::Sheet,
            "questions" if has_questions => Pane::Questions,
            _ => Pane::Criteria,
        };
        self.ui.focus = pane(&place.pane);
        self.ui.detail = match pane(&place.detail) {
            Pane::Sheet => Pane::Criteria,
            detail => detail,
        };
    }
}

/// A pane's name in a place file.
fn pane_name(pane: Pane) -> &'static str {
    match pane {
        Pane::Sheet => "sheet",
        Pane::Criteria => "criteria",
        Pane::Questions => "questions",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_place_is_read_back_for_the_same_plan_only() {
        let dir = tempfile::tempdir().unwrap();
        let place = Place {
            plan: "a.yaml".into(),
            stage: "plan-projet".into(),
            pane: "questions".into(),
            detail: "questions".into(),
            criterion: Some("c".into()),
            question: None,
        };
        let first = dir.path().join("a.yaml");
        store(dir.path(), &first, &place).unwrap();
        assert_eq!(load(dir.path(), &first), Some(place));
        assert_eq!(load(dir.path(), &dir.path().join("b.yaml")), None);
    }

    #[cfg(unix)]
    #[test]
    fn a_link_planted_at_a_place_file_is_replaced_not_followed() {
        let dir = tempfile::tempdir().unwrap();
        let target = dir.path().join("precious");
        fs::write(&target, "keep me").unwrap();
        let plan = dir.path().join("p.yaml");
        std::os::unix::fs::symlink(&target, file_for(dir.path(), &plan)).unwrap();
        store(dir.path(), &plan, &Place::default()).unwrap();
        assert_eq!(fs::read_to_string(&target).unwrap(), "keep me");
        assert_eq!(load(dir.path(), &plan), Some(Place::default()));
    }

    #[test]
    fn a_garbled_or_huge_place_file_is_ignored() {
        let dir = tempfile::tempdir().unwrap();
        let plan = dir.path().join("p.yaml");
        fs::write(file_for(dir.path(), &plan), "{not json").unwrap();
        assert_eq!(load(dir.path(), &plan), None);
        let huge = format!("{{\"plan\":\"{}\"}}", "x".repeat(10_000));
        fs::write(file_for(dir.path(), &plan), huge).unwrap();
        assert_eq!(load(dir.path(), &plan), None);
    }
}

//! The rows of the criteria and questions lists: items under their group or section headings.

use crate::definitions::{Definitions, Stage, Text};

/// One row of a list.
#[derive(Debug, Clone, Copy)]
pub enum Row<'d> {
    /// A heading (criteria group, questionnaire or section title); not selectable.
    Heading(&'d Text),
    /// The item of this index.
    Item(usize),
}

/// The rows of a list and, for each item, the row it stands on.
#[derive(Debug, Clone, Default)]
pub struct Rows<'d> {
    /// Every row, in display order.
    pub rows: Vec<Row<'d>>,
    /// `item_row[i]` is the row of item `i`.
    pub item_row: Vec<usize>,
}

impl<'d> Rows<'d> {
    fn push_heading(&mut self, text: &'d Text) {
        self.rows.push(Row::Heading(text));
    }

    fn push_item(&mut self) {
        self.item_row.push(self.rows.len());
        self.rows.push(Row::Item(self.item_row.len() - 1));
    }

    /// Number of selectable items.
    pub fn item_count(&self) -> usize {
        self.item_row.len()
    }
}

/// The criteria of a stage, with a heading wherever the group changes.
pub fn criteria_rows(stage: &Stage) -> Rows<'_> {
    let mut rows = Rows::default();
    let mut group: Option<&Text> = None;
    for criterion in &stage.criteria {
        if let Some(next) = &criterion.group
            && group != Some(next)
        {
            rows.push_heading(next);
        }
        group = criterion.group.as_ref();
        rows.push_item();
    }
    rows
}

/// The questions of a stage, under their questionnaire and section titles.
pub fn question_rows(definitions: &Definitions, stage_index: usize) -> Rows<'_> {
    let mut rows = Rows::default();
    let mut last: Option<(&str, &str)> = None;
    for question in definitions.stage_questions(stage_index) {
        let here = (
            question.questionnaire.id.as_str(),
            question.section.id.as_str(),
        );
        if last.map(|l| l.0) != Some(here.0) {
            rows.push_heading(&question.questionnaire.title);
        }
        if last != Some(here) {
            rows.push_heading(&question.section.title);
        }
        last = Some(here);
        rows.push_item();
    }
    rows
}

/// The first row to show so that `selected_row` is visible in `height` rows, moving the previous
/// offset as little as possible.
pub fn scroll_offset(previous: usize, selected_row: usize, height: usize, total: usize) -> usize {
    if height == 0 {
        return 0;
    }
    let max_offset = total.saturating_sub(height);
    let offset = if selected_row < previous {
        selected_row
    } else if selected_row >= previous + height {
        selected_row + 1 - height
    } else {
        previous
    };
    offset.min(max_offset)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn offset_follows_the_selection() {
        assert_eq!(scroll_offset(0, 3, 5, 20), 0);
        assert_eq!(scroll_offset(0, 7, 5, 20), 3);
        assert_eq!(scroll_offset(6, 2, 5, 20), 2);
        assert_eq!(scroll_offset(18, 19, 5, 20), 15);
        assert_eq!(scroll_offset(4, 0, 0, 20), 0);
    }
}

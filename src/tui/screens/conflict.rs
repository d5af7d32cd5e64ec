//! The small choice that resolves a merge conflict (key `c`): keep our value, keep theirs, or, for
//! a text, combine both (then edited in the editor when it is the selected item's note). Resolving
//! is one change of the plan, undone as one.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::Line;
use ratatui::widgets::Paragraph;

use super::{Next, cycle};
use crate::i18n::fill;
use crate::plan::{Field, Resolution};
use crate::report::fields::Words;
use crate::sanitize;
use crate::tui::action::{Action, Effect};
use crate::tui::app::{App, Mode, Pane};
use crate::tui::keymap::Resolved;
use crate::tui::ui::popups;

/// What the user may keep.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Keep {
    /// Our value.
    Ours,
    /// Their value.
    Theirs,
    /// Both texts joined.
    Both,
}

/// The open choice for one conflict.
pub struct ConflictChoice {
    /// The conflict (index in the plan's conflicts).
    pub conflict: usize,
    /// The options offered, in order.
    pub options: Vec<Keep>,
    /// The highlighted option.
    pub cursor: usize,
}

impl ConflictChoice {
    /// A key in the open choice: arrows move, Enter resolves, Esc leaves the conflict as it is.
    pub(in crate::tui) fn key(&mut self, resolved: Resolved) -> Next<Resolve> {
        match resolved {
            Resolved::Action(Action::Move(step)) => {
                self.cursor = cycle(self.cursor, self.options.len(), step);
            }
            Resolved::Action(Action::Confirm | Action::Tick) => {
                return Next::Ask(Resolve {
                    conflict: self.conflict,
                    keep: self.options[self.cursor],
                });
            }
            Resolved::Action(Action::Close) => return Next::Close(None),
            Resolved::Action(Action::Quit) => return Next::Quit,
            _ => {}
        }
        Next::Stay
    }
}

/// The option chosen, which the wizard records.
pub(in crate::tui) struct Resolve {
    /// The conflict (index in the plan's conflicts).
    conflict: usize,
    /// What to keep.
    keep: Keep,
}

impl App<'_> {
    /// Opens the choice for the first conflict on the selected criterion or question, else for
    /// the plan's first conflict (`c` is bound only while there is one).
    pub(in crate::tui) fn open_conflict(&mut self) {
        let Some(conflict) = self
            .selected_conflicts()
            .first()
            .copied()
            .or_else(|| (!self.plan.conflicts.is_empty()).then_some(0))
        else {
            return;
        };
        let mut options = vec![Keep::Ours, Keep::Theirs];
        if self.plan.conflicts[conflict].combined().is_some() {
            options.push(Keep::Both);
        }
        self.mode = Mode::Resolving(ConflictChoice {
            conflict,
            options,
            cursor: 0,
        });
    }

    /// The indices of the conflicts on the selected criterion or question.
    pub(in crate::tui) fn selected_conflicts(&self) -> Vec<usize> {
        let stage = &self.stage().id;
        let id = match self.ui.detail {
            Pane::Questions => self.selected_question().map(|(_, q)| &q.question.id),
            _ => self
                .selected_criterion()
                .map(|i| &self.stage().criteria[i].id),
        };
        id.map_or_else(Vec::new, |id| {
            self.plan.conflicts_on(stage, id).map(|(i, _)| i).collect()
        })
    }

    /// Closes the choice and resolves the conflict as chosen; a combined note of the selected
    /// item opens in the editor.
    pub(in crate::tui) fn resolve_conflict(&mut self, chosen: Resolve) -> Option<Effect> {
        self.close();
        let conflict = self.plan.conflicts.get(chosen.conflict)?.clone();
        let resolution = match chosen.keep {
            Keep::Ours => Resolution::Ours,
            Keep::Theirs => Resolution::Theirs,
            Keep::Both => Resolution::Combined(conflict.combined()?),
        };
        let on_selected = self.selected_conflicts().contains(&chosen.conflict);
        let change = self.plan.resolve(chosen.conflict, resolution)?;
        self.change(change);
        let effect = self.answered();
        if chosen.keep == Keep::Both && on_selected {
            match conflict.field {
                Field::CriterionNote { .. } | Field::AnswerNote { .. } => self.edit_note(false),
                Field::CriterionInterviewerNote { .. } | Field::AnswerInterviewerNote { .. } => {
                    self.edit_note(true)
                }
                _ => {}
            }
        }
        effect
    }
}

/// Draws the open choice: the field in the title, one line per option with its value.
pub(in crate::tui) fn render(
    app: &App<'_>,
    choice: &ConflictChoice,
    frame: &mut Frame<'_>,
    area: Rect,
) {
    let Some(conflict) = app.plan.conflicts.get(choice.conflict) else {
        return;
    };
    let s = app.strings();
    let words = Words {
        definitions: app.defs,
        lang: app.lang,
    };
    let title = fill(s.conflict_title, &[&words.what(&conflict.field)]);
    let lines: Vec<String> = choice
        .options
        .iter()
        .map(|keep| match keep {
            Keep::Ours => fill(
                s.conflict_keep_ours,
                &[&words.value(&conflict.field, conflict.ours.as_ref())],
            ),
            Keep::Theirs => fill(
                s.conflict_keep_theirs,
                &[&words.value(&conflict.field, conflict.theirs.as_ref())],
            ),
            Keep::Both => s.conflict_combine.to_string(),
        })
        .collect();
    let width = lines
        .iter()
        .map(|l| l.chars().count() as u16 + 6)
        .max()
        .unwrap_or(20)
        .max(title.chars().count() as u16 + 4)
        .clamp(40, area.width.saturating_sub(4).max(1));
    let inner = popups::window(
        frame,
        area,
        width,
        lines.len() as u16 + 2,
        &title,
        app.theme,
    );
    for (y, (index, line)) in lines.iter().enumerate().enumerate() {
        let row = Rect {
            y: inner.y + y as u16,
            height: 1,
            ..inner
        };
        if row.y >= inner.y + inner.height {
            break;
        }
        let style = if index == choice.cursor {
            app.theme.selected(true)
        } else {
            Default::default()
        };
        let mark = if index == choice.cursor { "›" } else { " " };
        let text = format!("{mark} {}", sanitize::line(line));
        frame.render_widget(Paragraph::new(Line::styled(text, style)), row);
    }
}

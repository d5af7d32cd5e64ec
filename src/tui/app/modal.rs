//! The keys of the text editors over the main screen (the other windows' keys are in
//! `tui/screens/`). Esc leaves without changing what was not confirmed (an editor keeps its text),
//! Enter confirms, and Ctrl-C leaves as Esc does before quitting.

use ratatui::crossterm::event::KeyEvent;

use super::keys::Next;
use super::{App, EditTarget, Editor, Mode, Pane};
use crate::definitions::QuestionKind;
use crate::i18n::fill;
use crate::plan::answers::{self, AnswerError};
use crate::sanitize;
use crate::tui::action::{Action, Effect};
use crate::tui::editor::{TextField, tell_overflow};
use crate::tui::keymap::Resolved;
use crate::tui::screens::choice::ChoicePopup;

/// How a key leaves an editor.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Leave {
    /// Enter on one line, or Ctrl-S: an answer that does not parse keeps the editor open.
    Confirm,
    /// Esc: the text is kept, but an answer that does not parse is dropped.
    Close,
    /// Ctrl-C: as Esc, then quit.
    Quit,
}

/// The most characters of a dropped entry quoted back, so that the message fits on its line.
const QUOTED_CHARS: usize = 16;

impl<'d> App<'d> {
    /// Inserts pasted text into the open editor or the focused field of a form; what did not fit
    /// is said under it.
    pub(super) fn paste(&mut self, text: &str) {
        let strings = self.strings();
        let (result, error) = match &mut self.mode {
            Mode::Editing(editor) => (editor.field.paste(text), &mut editor.error),
            Mode::Deciding(form) => match form.focused_text() {
                Some(field) => (field.paste(text), &mut form.error),
                None => return,
            },
            Mode::Setup(form) => match form.focused_text() {
                Some(field) => (field.paste(text), &mut form.error),
                None => return,
            },
            _ => return,
        };
        tell_overflow(result, error, strings);
    }

    /// Opens the editor or the option list of the focused answer (the note, on a criterion).
    pub(super) fn edit(&mut self) {
        match self.ui.focus {
            Pane::Criteria => self.edit_note(false),
            Pane::Questions => {
                let Some((index, question)) = self.selected_question() else {
                    return;
                };
                let stored = self
                    .plan
                    .answer(&self.stage().id, &question.question.id)
                    .and_then(|a| a.value.as_ref());
                let lang = self.lang;
                match question.question.kind {
                    QuestionKind::YesNo | QuestionKind::Choice | QuestionKind::MultiChoice => {
                        self.mode = Mode::Choosing(ChoicePopup::new(index, question, stored, lang));
                    }
                    kind => {
                        let title = fill(
                            self.strings().edit_answer,
                            &[&sanitize::line(question.question.label.get(lang))],
                        );
                        self.mode = Mode::Editing(Editor {
                            target: EditTarget::Answer { question: index },
                            title,
                            field: TextField::new(
                                &answers::edit_text(stored),
                                kind == QuestionKind::LongText,
                            ),
                            error: None,
                        });
                    }
                }
            }
            Pane::Sheet => {}
        }
    }

    /// Opens the editor of the team's (or the interviewer's) note on the focused item.
    pub(super) fn edit_note(&mut self, interviewer: bool) {
        let strings = self.strings();
        let template = if interviewer {
            strings.edit_interviewer_note
        } else {
            strings.edit_note
        };
        let stage_id = &self.stage().id;
        let (target, title, text) = match self.ui.focus {
            Pane::Criteria => {
                let Some(index) = self.selected_criterion() else {
                    return;
                };
                let criterion = &self.stage().criteria[index];
                let record = self.plan.criterion(stage_id, &criterion.id);
                let text = if interviewer {
                    record.interviewer_note
                } else {
                    record.note
                };
                let target = EditTarget::CriterionNote {
                    criterion: index,
                    interviewer,
                };
                (target, criterion.title.get(self.lang), text)
            }
            Pane::Questions => {
                let Some((index, question)) = self.selected_question() else {
                    return;
                };
                let record = self.plan.answer(stage_id, &question.question.id);
                let text = record
                    .map(|r| {
                        if interviewer {
                            &r.interviewer_note
                        } else {
                            &r.note
                        }
                    })
                    .cloned()
                    .unwrap_or_default();
                let target = EditTarget::AnswerNote {
                    question: index,
                    interviewer,
                };
                (target, question.question.label.get(self.lang), text)
            }
            Pane::Sheet => return,
        };
        self.mode = Mode::Editing(Editor {
            target,
            title: fill(template, &[&sanitize::line(title)]),
            field: TextField::new(&text, true),
            error: None,
        });
    }

    /// A key in the open editor: Esc keeps the text (an answer that does not parse is dropped,
    /// the recorded one kept), Enter on one line and Ctrl-S confirm it, Ctrl-C leaves as Esc does.
    pub(super) fn editor_key(
        &mut self,
        mut editor: Editor,
        resolved: Resolved,
        key: KeyEvent,
    ) -> Next {
        let leave = match resolved {
            Resolved::Action(Action::Close) => Leave::Close,
            Resolved::Action(Action::Quit) => Leave::Quit,
            Resolved::Action(Action::Save | Action::Confirm) => Leave::Confirm,
            _ => {
                let result = editor.field.input(key);
                tell_overflow(result, &mut editor.error, self.strings());
                return Next::stay(Mode::Editing(editor));
            }
        };
        let strings = self.strings();
        let effect = match self.commit_editor(editor.target, editor.changed_text()) {
            Ok(effect) => effect,
            Err(refusal) if leave == Leave::Confirm => {
                let refusal = refusal.message(strings);
                editor.error = Some(fill(strings.invalid_answer_escape, &[&refusal]));
                return Next::stay(Mode::Editing(editor));
            }
            Err(refusal) => {
                let typed = quoted(&editor.field.text());
                self.inform(fill(refusal.dropped(strings), &[&typed]), true);
                None
            }
        };
        if leave == Leave::Quit {
            return Next::quit();
        }
        Next::main(effect)
    }

    /// Writes an editor's text to `target` in the plan, or says why it cannot. A text left as it
    /// was opened (`None`) changes nothing, even where the editor cleaned what it shows.
    pub(super) fn commit_editor(
        &mut self,
        target: EditTarget,
        changed_text: Option<String>,
    ) -> Result<Option<Effect>, AnswerError> {
        let Some(text) = changed_text else {
            return Ok(None);
        };
        let text = sanitize::typed(&text);
        let stage_id = self.stage().id.clone();
        match target {
            EditTarget::CriterionNote {
                criterion,
                interviewer,
            } => {
                let id = &self.stage().criteria[criterion].id;
                let text = text.trim_end().to_string();
                let unchanged = {
                    let record = self.plan.criterion(&stage_id, id);
                    (if interviewer {
                        record.interviewer_note
                    } else {
                        record.note
                    }) == text
                };
                if unchanged {
                    return Ok(None);
                }
                self.change_criterion(criterion, |record| {
                    *(if interviewer {
                        &mut record.interviewer_note
                    } else {
                        &mut record.note
                    }) = text;
                });
                Ok(self.answered())
            }
            EditTarget::Answer { question } => {
                let Some(question) = self.question(question) else {
                    return Ok(None);
                };
                let value = answers::parse(question.question.kind, &text)?;
                let current = self
                    .plan
                    .answer(&stage_id, &question.question.id)
                    .and_then(|a| a.value.clone());
                if current == value {
                    return Ok(None);
                }
                self.change_answer(question, |record| record.value = value);
                Ok(self.answered())
            }
            EditTarget::AnswerNote {
                question,
                interviewer,
            } => {
                let Some(question) = self.question(question) else {
                    return Ok(None);
                };
                let text = text.trim_end().to_string();
                let unchanged = self
                    .plan
                    .answer(&stage_id, &question.question.id)
                    .map(|r| {
                        if interviewer {
                            &r.interviewer_note
                        } else {
                            &r.note
                        }
                    })
                    .map_or(text.is_empty(), |current| *current == text);
                if unchanged {
                    return Ok(None);
                }
                self.change_answer(question, |record| {
                    *(if interviewer {
                        &mut record.interviewer_note
                    } else {
                        &mut record.note
                    }) = text;
                });
                Ok(self.answered())
            }
        }
    }
}

impl Editor {
    /// The text, if it was changed since the editor opened.
    pub(super) fn changed_text(&self) -> Option<String> {
        self.field.is_changed().then(|| self.field.text())
    }
}

/// `text` on one line and at most [`QUOTED_CHARS`] characters long, to be quoted in a message.
fn quoted(text: &str) -> String {
    let line = sanitize::line(text.trim());
    if line.chars().count() <= QUOTED_CHARS {
        return line.into_owned();
    }
    let start: String = line.chars().take(QUOTED_CHARS).collect();
    format!("{start}…")
}

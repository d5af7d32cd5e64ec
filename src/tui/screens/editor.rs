//! The text editor of an answer or a note: its state, its keys and its drawing. Esc leaves keeping
//! the text (an answer that does not parse is dropped, the recorded one kept), Enter on one line
//! and Ctrl-S confirm it, Ctrl-C leaves as Esc does, then quits.

use ratatui::Frame;
use ratatui::crossterm::event::KeyEvent;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::Span;
use ratatui::widgets::{Paragraph, Wrap};

use super::Next;
use super::choice::ChoicePopup;
use crate::definitions::QuestionKind;
use crate::i18n::{Strings, fill};
use crate::plan::AnswerValue;
use crate::plan::answers::{self, AnswerError};
use crate::sanitize;
use crate::tui::action::{Action, Effect};
use crate::tui::app::{App, Mode, Pane};
use crate::tui::editor::{TextField, tell_overflow};
use crate::tui::keymap::Resolved;
use crate::tui::ui::popups;

/// What an open editor writes to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EditTarget {
    /// The note on criterion `criterion` of the current stage.
    CriterionNote {
        /// Index in the stage's criteria.
        criterion: usize,
        /// The interviewer's note rather than the team's.
        interviewer: bool,
    },
    /// The answer to question `question` of the current stage.
    Answer {
        /// Index in the stage's questions.
        question: usize,
        /// What the answer's text is read as.
        kind: QuestionKind,
    },
    /// The note on question `question` of the current stage.
    AnswerNote {
        /// Index in the stage's questions.
        question: usize,
        /// The interviewer's note rather than the team's.
        interviewer: bool,
    },
}

/// An open text editor.
pub struct Editor {
    /// What the text is written to.
    pub target: EditTarget,
    /// The editor's title.
    pub title: String,
    /// The text being edited.
    pub field: TextField,
    /// Why the text was refused, if it was.
    pub error: Option<String>,
    /// It opened on an earlier stage's answer, which confirming records even unchanged.
    pub carried: bool,
}

/// What an editor's text writes to the plan: a note has its trailing blanks dropped, an answer
/// is read by its question's kind.
pub(in crate::tui) enum Written {
    /// The note on criterion `criterion` of the current stage.
    CriterionNote {
        /// Index in the stage's criteria.
        criterion: usize,
        /// The interviewer's note rather than the team's.
        interviewer: bool,
        /// The note.
        text: String,
    },
    /// The answer to question `question` of the current stage.
    Answer {
        /// Index in the stage's questions.
        question: usize,
        /// The answer (none, when the text was emptied).
        value: Option<AnswerValue>,
    },
    /// The note on question `question` of the current stage.
    AnswerNote {
        /// Index in the stage's questions.
        question: usize,
        /// The interviewer's note rather than the team's.
        interviewer: bool,
        /// The note.
        text: String,
    },
}

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

/// What a key leaving the editor asks of the wizard.
pub(in crate::tui) struct Leaving {
    /// What to write (nothing when the text is as it opened), or what to say was dropped.
    written: Result<Option<Written>, String>,
    /// Quit once the editor is closed.
    quit: bool,
}

/// The most characters of a dropped entry quoted back, so that the message fits on its line.
const QUOTED_CHARS: usize = 16;

impl Editor {
    /// What the editor writes, if its text was changed since it opened; an answer that does not
    /// parse says why. A text left as it was opened changes nothing, even where the editor cleaned
    /// what it shows.
    pub(in crate::tui) fn written(&self) -> Result<Option<Written>, AnswerError> {
        if !self.field.is_changed() {
            return Ok(None);
        }
        self.written_anyway()
    }

    /// What the editor writes, changed or not.
    fn written_anyway(&self) -> Result<Option<Written>, AnswerError> {
        let text = sanitize::typed(&self.field.text());
        let note = || text.trim_end().to_string();
        Ok(Some(match self.target {
            EditTarget::CriterionNote {
                criterion,
                interviewer,
            } => Written::CriterionNote {
                criterion,
                interviewer,
                text: note(),
            },
            EditTarget::Answer { question, kind } => Written::Answer {
                question,
                value: answers::parse(kind, &text)?,
            },
            EditTarget::AnswerNote {
                question,
                interviewer,
            } => Written::AnswerNote {
                question,
                interviewer,
                text: note(),
            },
        }))
    }

    /// A key in the editor: typing changes the text; leaving asks the wizard to write it.
    pub(in crate::tui) fn key(
        &mut self,
        resolved: Resolved,
        key: KeyEvent,
        strings: &Strings,
    ) -> Next<Leaving> {
        let leave = match resolved {
            Resolved::Action(Action::Close) => Leave::Close,
            Resolved::Action(Action::Quit) => Leave::Quit,
            Resolved::Action(Action::Save | Action::Confirm) => Leave::Confirm,
            _ => {
                let result = self.field.input(key);
                tell_overflow(result, &mut self.error, strings);
                return Next::Stay;
            }
        };
        // Confirming an earlier stage's answer taken up records it, changed or not.
        let written = match leave {
            Leave::Confirm if self.carried => self.written_anyway(),
            _ => self.written(),
        };
        let written = match written {
            Ok(written) => Ok(written),
            Err(refusal) if leave == Leave::Confirm => {
                let refusal = refusal.message(strings);
                self.error = Some(fill(strings.invalid_answer_escape, &[&refusal]));
                return Next::Stay;
            }
            Err(refusal) => {
                let typed = quoted(&self.field.text());
                Err(fill(refusal.dropped(strings), &[&typed]))
            }
        };
        Next::Ask(Leaving {
            written,
            quit: leave == Leave::Quit,
        })
    }
}

impl<'d> App<'d> {
    /// Opens the editor or the option list of the focused answer (the note, on a criterion).
    pub(in crate::tui) fn edit(&mut self) {
        match self.ui.focus {
            Pane::Criteria => self.edit_note(false),
            Pane::Questions => {
                let Some((index, question)) = self.selected_question() else {
                    return;
                };
                let stage_id = &self.stage().id;
                // An unanswered question that follows an earlier one starts from its answer.
                let carried = self.plan.carried(self.defs, stage_id, question.question);
                let stored = self
                    .plan
                    .answer(stage_id, &question.question.id)
                    .and_then(|a| a.value.as_ref());
                let start = carried.as_ref().map(|c| &c.value).or(stored);
                let lang = self.lang;
                match question.question.kind {
                    QuestionKind::YesNo | QuestionKind::Choice | QuestionKind::MultiChoice => {
                        let mut popup = ChoicePopup::new(index, question, start, lang);
                        popup.carried_from = carried.map(|c| c.stage.number);
                        self.mode = Mode::Choosing(popup);
                    }
                    kind => {
                        let strings = self.strings();
                        let label = sanitize::line(question.question.label.get(lang));
                        let mut title = fill(strings.edit_answer, &[&label]);
                        if let Some(carried) = &carried {
                            title = fill(strings.carried_title, &[&title, &carried.stage.number]);
                        }
                        self.mode = Mode::Editing(Editor {
                            target: EditTarget::Answer {
                                question: index,
                                kind,
                            },
                            title,
                            field: TextField::new(
                                &answers::edit_text(start),
                                kind == QuestionKind::LongText,
                            ),
                            error: None,
                            carried: carried.is_some(),
                        });
                    }
                }
            }
            Pane::Sheet => {}
        }
    }

    /// Opens the editor of the team's (or the interviewer's) note on the focused item.
    pub(in crate::tui) fn edit_note(&mut self, interviewer: bool) {
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
            carried: false,
        });
    }

    /// Closes the editor, writing what it holds or saying what was dropped; quits after Ctrl-C.
    pub(in crate::tui) fn leave_editor(&mut self, leaving: Leaving) -> Option<Effect> {
        self.close();
        let effect = match leaving.written {
            Ok(Some(written)) => self.write(written),
            Ok(None) => None,
            Err(dropped) => {
                self.inform(dropped, true);
                None
            }
        };
        if leaving.quit {
            return self.update(Action::Quit);
        }
        effect
    }

    /// Writes what an open editor holds to the plan, leaving it open, before the wizard is
    /// interrupted (a signal, Ctrl-Z, a panic). An answer that does not parse is kept as typed. An
    /// open option list writes nothing: its ticks count only once confirmed with Enter.
    pub fn commit_open_edit(&mut self) {
        let Mode::Editing(editor) = &self.mode else {
            return;
        };
        let (target, written, typed) = (editor.target, editor.written(), editor.field.text());
        match written {
            Ok(Some(written)) => {
                self.write(written);
            }
            Ok(None) => {}
            Err(_) => self.keep_as_typed(target, &typed),
        }
    }

    /// Stores an answer that does not parse (a number still being typed) as text, so that it is not
    /// lost; opening the editor again shows it as it was.
    fn keep_as_typed(&mut self, target: EditTarget, typed: &str) {
        let EditTarget::Answer { question, .. } = target else {
            return;
        };
        let Some(question) = self.question(question) else {
            return;
        };
        let text = sanitize::typed(typed.trim());
        self.change_answer(question, |record| {
            record.value = Some(AnswerValue::Text(text))
        });
        self.answered();
    }

    /// Writes an editor's text to the plan, unless the plan holds it already.
    fn write(&mut self, written: Written) -> Option<Effect> {
        let stage_id = self.stage().id.clone();
        match written {
            Written::CriterionNote {
                criterion,
                interviewer,
                text,
            } => {
                let id = &self.stage().criteria[criterion].id;
                let record = self.plan.criterion(&stage_id, id);
                let current = if interviewer {
                    record.interviewer_note
                } else {
                    record.note
                };
                if current == text {
                    return None;
                }
                self.change_criterion(criterion, |record| {
                    *(if interviewer {
                        &mut record.interviewer_note
                    } else {
                        &mut record.note
                    }) = text;
                });
                self.answered()
            }
            Written::Answer { question, value } => {
                let question = self.question(question)?;
                self.record_answer(question, value)
            }
            Written::AnswerNote {
                question,
                interviewer,
                text,
            } => {
                let question = self.question(question)?;
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
                    return None;
                }
                self.change_answer(question, |record| {
                    *(if interviewer {
                        &mut record.interviewer_note
                    } else {
                        &mut record.note
                    }) = text;
                });
                self.answered()
            }
        }
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

/// Draws the open editor: its text, and under it why the text was refused, if it was.
pub(in crate::tui) fn render(app: &App<'_>, editor: &Editor, frame: &mut Frame<'_>, area: Rect) {
    let width = area.width * 4 / 5;
    // The message under the text takes the lines it needs once wrapped, up to four.
    let message = editor.error.as_ref().map(|error| {
        Paragraph::new(Span::styled(error.clone(), app.theme.error())).wrap(Wrap { trim: true })
    });
    let message_height = message.as_ref().map_or(1, |paragraph| {
        (paragraph.line_count(width.saturating_sub(2)) as u16).clamp(1, 4)
    });
    let height = if editor.field.is_multiline() {
        area.height * 3 / 5
    } else {
        5 + message_height
    };
    let inner = popups::window(frame, area, width, height, &editor.title, app.theme);
    let [text, message_area] = inner.layout(&Layout::vertical([
        Constraint::Fill(1),
        Constraint::Length(message_height),
    ]));
    frame.render_widget(editor.field.widget(), text);
    if let Some(paragraph) = message {
        frame.render_widget(paragraph, message_area);
    }
}

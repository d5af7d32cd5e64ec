//! The option list of a yes/no, choice or multiple-choice answer: its state, its keys and its
//! drawing. Space ticks, Enter confirms, Esc leaves the answer as it was.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::Line;
use ratatui::widgets::Paragraph;

use super::cycle;
use crate::definitions::{QuestionKind, QuestionRef};
use crate::i18n::Lang;
use crate::plan::AnswerValue;
use crate::tui::action::{Action, Effect};
use crate::tui::app::{App, Mode, Next};
use crate::tui::keymap::Resolved;
use crate::tui::ui::popups;

/// A list of options for a yes/no, choice or multiple-choice answer.
pub struct ChoicePopup {
    /// The question (index in the stage's questions).
    pub question: usize,
    /// Several options may be ticked.
    pub multi: bool,
    /// Option ids and labels.
    pub options: Vec<(String, String)>,
    /// The highlighted option.
    pub cursor: usize,
    /// Which options are ticked.
    pub ticked: Vec<bool>,
}

impl ChoicePopup {
    /// The options of a yes/no or choice question, with the stored answer ticked.
    pub fn new(
        index: usize,
        question: QuestionRef<'_>,
        stored: Option<&AnswerValue>,
        lang: Lang,
    ) -> Self {
        let strings = lang.strings();
        let options: Vec<(String, String)> = match question.question.kind {
            QuestionKind::YesNo => vec![
                ("true".to_string(), strings.yes.to_string()),
                ("false".to_string(), strings.no.to_string()),
            ],
            _ => question
                .question
                .choices
                .iter()
                .map(|c| (c.id.clone(), c.label.get(lang).to_string()))
                .collect(),
        };
        let is_ticked = |id: &str| match stored {
            Some(AnswerValue::Bool(b)) => id == b.to_string(),
            Some(AnswerValue::Text(text)) => text == id,
            Some(AnswerValue::List(items)) => items.iter().any(|i| i == id),
            _ => false,
        };
        let ticked: Vec<bool> = options.iter().map(|(id, _)| is_ticked(id)).collect();
        let cursor = ticked.iter().position(|t| *t).unwrap_or(0);
        ChoicePopup {
            question: index,
            multi: question.question.kind == QuestionKind::MultiChoice,
            options,
            cursor,
            ticked,
        }
    }

    /// Moves the highlight by `step`, wrapping around.
    pub fn move_cursor(&mut self, step: isize) {
        if !self.options.is_empty() {
            self.cursor = cycle(self.cursor, self.options.len(), step);
        }
    }

    /// Ticks the highlighted option (alone, for a single choice; toggled, for several).
    pub fn toggle(&mut self) {
        if self.options.is_empty() {
            return;
        }
        if self.multi {
            self.ticked[self.cursor] = !self.ticked[self.cursor];
        } else {
            let was = self.ticked[self.cursor];
            self.ticked.iter_mut().for_each(|t| *t = false);
            self.ticked[self.cursor] = !was;
        }
    }

    /// The ids of the ticked options.
    pub fn ticked_ids(&self) -> Vec<String> {
        self.options
            .iter()
            .zip(&self.ticked)
            .filter(|(_, ticked)| **ticked)
            .map(|((id, _), _)| id.clone())
            .collect()
    }
}

impl App<'_> {
    /// A key in the open option list: Space ticks, Enter confirms, Esc leaves the answer as it
    /// was, Ctrl-C too before quitting.
    pub(in crate::tui) fn choice_key(
        &mut self,
        mut popup: ChoicePopup,
        resolved: Resolved,
    ) -> Next {
        match resolved {
            Resolved::Action(Action::Move(step)) => popup.move_cursor(step),
            Resolved::Action(Action::Tick) => popup.toggle(),
            Resolved::Action(Action::Confirm) => {
                if !popup.multi && !popup.ticked[popup.cursor] {
                    popup.toggle();
                }
                return Next::main(self.commit_choice(&popup));
            }
            Resolved::Action(Action::Close) => return Next::main(None),
            Resolved::Action(Action::Quit) => return Next::quit(),
            _ => {}
        }
        Next::stay(Mode::Choosing(popup))
    }

    /// Records the ticked options as the answer.
    fn commit_choice(&mut self, popup: &ChoicePopup) -> Option<Effect> {
        let (_, question) = (popup.question, self.question(popup.question)?);
        let ticked = popup.ticked_ids();
        let value = match question.question.kind {
            QuestionKind::YesNo => ticked.first().map(|id| AnswerValue::Bool(id == "true")),
            QuestionKind::MultiChoice => (!ticked.is_empty()).then_some(AnswerValue::List(ticked)),
            _ => ticked.into_iter().next().map(AnswerValue::Text),
        };
        let stage_id = self.stage().id.clone();
        let current = self
            .plan
            .answer(&stage_id, &question.question.id)
            .and_then(|a| a.value.clone());
        if current == value {
            return None;
        }
        self.change_answer(question, |record| record.value = value);
        self.answered()
    }
}

/// Draws the open option list.
pub(in crate::tui) fn render(
    app: &App<'_>,
    popup: &ChoicePopup,
    frame: &mut Frame<'_>,
    area: Rect,
) {
    let title = app
        .question(popup.question)
        .map(|q| q.question.label.get(app.lang).to_string())
        .unwrap_or_default();
    let width = popup
        .options
        .iter()
        .map(|(_, l)| l.chars().count() as u16 + 8)
        .max()
        .unwrap_or(20);
    let height = popup.options.len() as u16 + 2;
    let width = width.max(40).min(area.width - 4);
    let inner = popups::window(frame, area, width, height, &title, app.theme);
    let mark = |ticked: bool| match (popup.multi, ticked) {
        (true, true) => "[x]",
        (true, false) => "[ ]",
        (false, true) => "(•)",
        (false, false) => "( )",
    };
    let offset = popup
        .cursor
        .saturating_sub(inner.height.saturating_sub(1) as usize);
    for (y, (index, (_, label))) in popup
        .options
        .iter()
        .enumerate()
        .skip(offset)
        .take(inner.height as usize)
        .enumerate()
    {
        let row = Rect {
            y: inner.y + y as u16,
            height: 1,
            ..inner
        };
        let style = if index == popup.cursor {
            app.theme.selected(true)
        } else {
            Default::default()
        };
        let text = format!(
            "{} {}",
            mark(popup.ticked[index]),
            crate::sanitize::line(label)
        );
        frame.render_widget(Paragraph::new(Line::styled(text, style)), row);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn single_choice_keeps_one_tick() {
        let mut popup = ChoicePopup {
            question: 0,
            multi: false,
            options: vec![("a".into(), "A".into()), ("b".into(), "B".into())],
            cursor: 0,
            ticked: vec![false, false],
        };
        popup.toggle();
        popup.move_cursor(1);
        popup.toggle();
        assert_eq!(popup.ticked_ids(), vec!["b".to_string()]);
    }
}

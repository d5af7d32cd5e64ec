//! The stage-decision form: its state, its keys and its drawing. Enter records the decision
//! (a go refused while the stage is locked or blocking criteria are unsettled), Esc leaves it as
//! it was, keeping what was changed as a draft.

use ratatui::Frame;
use ratatui::crossterm::event::KeyEvent;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Wrap};

use jiff::civil::Date;

use super::{Next, cycle};
use crate::definitions::Definitions;
use crate::i18n::{Lang, fill};
use crate::plan::{
    Change, DecisionStatus, Decisions, PastDecision, Plan, Side, blocking_unsettled,
    stage_reached_if,
};
use crate::sanitize;
use crate::tui::action::{Action, Effect};
use crate::tui::app::{App, Mode, is_locked};
use crate::tui::editor::{TextField, tell_overflow};
use crate::tui::keymap::Resolved;
use crate::tui::ui::footer::{decided_by_label, decision_label};
use crate::tui::ui::popups;

/// The fields of the decision form.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DecisionField {
    /// Pending / go / no-go.
    Status,
    /// Project team or service team.
    By,
    /// Name of the person recording it.
    Name,
    /// Why.
    Rationale,
}

impl DecisionField {
    const ORDER: [DecisionField; 4] = [
        DecisionField::Status,
        DecisionField::By,
        DecisionField::Name,
        DecisionField::Rationale,
    ];
}

/// The decision statuses in the order the form cycles them.
pub const DECISION_STATUSES: [DecisionStatus; 3] = [
    DecisionStatus::Pending,
    DecisionStatus::Go,
    DecisionStatus::NoGo,
];
/// Who may decide, in the order the form cycles them.
pub const DECIDERS: [Side; 2] = Side::ALL;

/// The stage-decision form; closing it after a change keeps it as a draft.
pub struct DecisionForm {
    /// The stage (index) the decision is for.
    pub stage: usize,
    /// The focused field.
    pub field: DecisionField,
    /// Index into [`DECISION_STATUSES`].
    pub status: usize,
    /// Index into [`DECIDERS`].
    pub by: usize,
    /// Name of the person.
    pub name: TextField,
    /// Why.
    pub rationale: TextField,
    /// A validation message (a refused go), or what became of text that did not fit.
    pub error: Option<String>,
    /// The status and decider the form opened with.
    opened_with: (usize, usize),
}

impl DecisionForm {
    /// A form for `side`'s decision on the stage, filled from the decision in force.
    pub fn new(stage: usize, decisions: &Decisions, side: Side) -> Self {
        let decision = decisions.of(side);
        let status = DECISION_STATUSES
            .iter()
            .position(|s| *s == decision.status)
            .unwrap_or(0);
        let by = DECIDERS.iter().position(|d| *d == side).unwrap_or(0);
        let mut form = DecisionForm {
            stage,
            field: DecisionField::Status,
            status,
            by,
            name: TextField::new(&decision.name, false),
            rationale: TextField::new(&decision.rationale, true),
            error: None,
            opened_with: (status, by),
        };
        form.focus_text();
        form
    }

    /// Moves the focus by `step` fields.
    pub fn move_field(&mut self, step: isize) {
        let at = DecisionField::ORDER
            .iter()
            .position(|f| *f == self.field)
            .unwrap_or(0);
        self.field = DecisionField::ORDER[cycle(at, DecisionField::ORDER.len(), step)];
        self.focus_text();
    }

    fn focus_text(&mut self) {
        self.name.set_focused(self.field == DecisionField::Name);
        self.rationale
            .set_focused(self.field == DecisionField::Rationale);
    }

    /// Changes the focused choice by `step`; returns false on a text field.
    pub fn change_choice(&mut self, step: isize) -> bool {
        match self.field {
            DecisionField::Status => {
                self.status = cycle(self.status, DECISION_STATUSES.len(), step)
            }
            DecisionField::By => self.by = cycle(self.by, DECIDERS.len(), step),
            DecisionField::Name | DecisionField::Rationale => return false,
        }
        true
    }

    /// The focused text field, if the focus is on one.
    pub fn focused_text(&mut self) -> Option<&mut TextField> {
        match self.field {
            DecisionField::Name => Some(&mut self.name),
            DecisionField::Rationale => Some(&mut self.rationale),
            DecisionField::Status | DecisionField::By => None,
        }
    }

    /// True when something differs from the decision the form opened with.
    pub fn is_changed(&self) -> bool {
        (self.status, self.by) != self.opened_with
            || self.name.is_changed()
            || self.rationale.is_changed()
    }

    /// The chosen status.
    pub fn status(&self) -> DecisionStatus {
        DECISION_STATUSES[self.status]
    }

    /// Whose decision the form records.
    pub fn side(&self) -> Side {
        DECIDERS[self.by]
    }

    /// The decision as the form describes it, dated `date`.
    pub fn decision(&self, date: Date) -> PastDecision {
        let status = self.status();
        PastDecision {
            status,
            name: crate::sanitize::typed(self.name.text().trim()),
            date: Some(date),
            rationale: crate::sanitize::typed(self.rationale.text().trim_end()),
        }
    }
}

/// What recording a decision reads of the wizard: a go is checked against the plan, and the
/// decision is dated today.
pub(in crate::tui) struct Checks<'a> {
    /// The definitions (stages, criteria).
    pub defs: &'a Definitions,
    /// The plan as it stands.
    pub plan: &'a Plan,
    /// The language criteria are named in.
    pub lang: Lang,
    /// The decision's date.
    pub today: Date,
}

/// What the decision form asks of the wizard.
pub(in crate::tui) enum Decided {
    /// Close the form, keeping it as the stage's draft if anything was changed; quit after Ctrl-C.
    KeepDraft {
        /// Quit once the form is closed.
        quit: bool,
    },
    /// Close the form and record `side`'s decision for the stage of index `stage`.
    Record {
        /// The stage (index).
        stage: usize,
        /// Whose decision it is.
        side: Side,
        /// The decision, dated.
        decision: PastDecision,
    },
}

impl DecisionForm {
    /// A key in the decision form: Enter (Ctrl-S in the rationale) records the decision, unless a
    /// go is refused; Esc leaves it as it was, keeping what was changed as a draft; Ctrl-C too
    /// before quitting.
    pub(in crate::tui) fn key(
        &mut self,
        resolved: Resolved,
        key: KeyEvent,
        checks: Checks<'_>,
    ) -> Next<Decided> {
        let strings = checks.lang.strings();
        match resolved {
            Resolved::Action(Action::Close) => {
                return Next::Ask(Decided::KeepDraft { quit: false });
            }
            Resolved::Action(Action::Quit) => return Next::Ask(Decided::KeepDraft { quit: true }),
            Resolved::Action(Action::Field(step)) => self.move_field(step),
            Resolved::Action(Action::Confirm) => match self.go_refused(&checks) {
                Some(refusal) => self.error = Some(refusal),
                None => {
                    return Next::Ask(Decided::Record {
                        stage: self.stage,
                        side: self.side(),
                        decision: self.decision(checks.today),
                    });
                }
            },
            Resolved::Action(Action::Change(step)) if self.change_choice(step) => {}
            _ => {
                if let Some(field) = self.focused_text() {
                    let result = field.input(key);
                    tell_overflow(result, &mut self.error, strings);
                }
            }
        }
        Next::Stay
    }

    /// Why a go cannot be recorded: the stage is locked, or blocking criteria are unsettled.
    fn go_refused(&self, checks: &Checks<'_>) -> Option<String> {
        if self.status() != DecisionStatus::Go {
            return None;
        }
        let strings = checks.lang.strings();
        if is_locked(checks.defs, checks.plan, self.stage) {
            let previous = checks.defs.stages[self.stage - 1].number;
            return Some(fill(strings.go_locked, &[&previous]));
        }
        let blocking = blocking_unsettled(checks.defs, checks.plan, self.stage);
        if blocking.is_empty() {
            return None;
        }
        let names: Vec<String> = blocking
            .iter()
            .map(|c| sanitize::line(c.title.get(checks.lang)).into_owned())
            .collect();
        Some(fill(
            strings.go_blocked,
            &[&blocking.len(), &names.join(" ; ")],
        ))
    }
}

impl App<'_> {
    /// Closes the decision form and does what it asked: keep it as a draft, or record it.
    pub(in crate::tui) fn decided(&mut self, decided: Decided) -> Option<Effect> {
        let closed = self.close();
        match decided {
            Decided::KeepDraft { quit } => {
                if let Mode::Deciding(form) = closed {
                    let stage = form.stage;
                    self.ui.decision_drafts[stage] = form.is_changed().then_some(form);
                }
                if quit {
                    return self.update(Action::Quit);
                }
                None
            }
            Decided::Record {
                stage,
                side,
                decision,
            } => {
                let stage_id = self.defs.stages[stage].id.clone();
                let decisions = self.plan.decisions(&stage_id);
                let decision = decisions.of(side).replaced_by(decision);
                let service_status = match side {
                    Side::ServiceTeam => decision.status,
                    Side::ProjectTeam => decisions.counting(),
                };
                let reached = stage_reached_if(self.defs, &self.plan, &stage_id, service_status);
                self.change(Change::Decision {
                    stage: stage_id,
                    side,
                    decision,
                    reached,
                });
                self.answered()
            }
        }
    }
}

/// Draws the open decision form.
pub(in crate::tui) fn render(
    app: &App<'_>,
    form: &DecisionForm,
    frame: &mut Frame<'_>,
    area: Rect,
) {
    let strings = app.strings();
    let stage = &app.defs.stages[form.stage];
    let title = fill(strings.decision_title, &[&stage.number]);
    let inner = popups::window(
        frame,
        area,
        area.width * 4 / 5,
        area.height * 3 / 4,
        &title,
        app.theme,
    );
    // A refused go lists every blocking criterion: the message takes the lines it needs, up to half.
    let error_message = form.error.as_ref().map(|message| {
        Paragraph::new(Span::styled(message.clone(), app.theme.error())).wrap(Wrap { trim: true })
    });
    let error_height = error_message.as_ref().map_or(0, |paragraph| {
        (paragraph.line_count(inner.width) as u16).min(inner.height / 2)
    });
    let other_line = other_side_line(app, form);
    let other_height = u16::from(other_line.width() > 0);
    let [status, by, other, name, rationale_label, rationale, error] =
        inner.layout(&Layout::vertical([
            Constraint::Length(1),
            Constraint::Length(1),
            Constraint::Length(other_height),
            Constraint::Length(1),
            Constraint::Length(1),
            Constraint::Fill(1),
            Constraint::Length(error_height),
        ]));
    let theme = app.theme;
    let choice_line = |label: &str, options: Vec<&str>, chosen: usize, focused: bool| {
        let mut spans = vec![Span::styled(
            format!("{label}{}", strings.colon),
            theme.label(),
        )];
        for (index, option) in options.into_iter().enumerate() {
            let style = if index == chosen {
                theme.selected(focused)
            } else {
                theme.dim()
            };
            spans.push(Span::styled(format!(" {option} "), style));
            spans.push(Span::raw(" "));
        }
        Line::from(spans)
    };
    let statuses = DECISION_STATUSES
        .iter()
        .map(|s| decision_label(strings, *s))
        .collect();
    frame.render_widget(
        Paragraph::new(choice_line(
            strings.decision,
            statuses,
            form.status,
            form.field == DecisionField::Status,
        )),
        status,
    );
    let deciders = DECIDERS
        .iter()
        .map(|d| decided_by_label(strings, *d))
        .collect();
    frame.render_widget(
        Paragraph::new(choice_line(
            strings.decided_by,
            deciders,
            form.by,
            form.field == DecisionField::By,
        )),
        by,
    );
    frame.render_widget(Paragraph::new(other_line), other);
    popups::render_labelled_field(
        strings.decided_name,
        &form.name,
        form.field == DecisionField::Name,
        theme,
        frame,
        name,
        strings.colon,
    );
    let style = if form.field == DecisionField::Rationale {
        theme.pane(true)
    } else {
        theme.label()
    };
    frame.render_widget(
        Paragraph::new(Span::styled(
            format!("{}{}", strings.rationale, strings.colon),
            style,
        )),
        rationale_label,
    );
    frame.render_widget(form.rationale.widget(), rationale);
    if let Some(paragraph) = error_message {
        frame.render_widget(paragraph, error);
    }
}

/// The other side's decision on the stage, beside the one being recorded: the comparison the
/// interview is for. Empty when the other side recorded nothing.
fn other_side_line(app: &App<'_>, form: &DecisionForm) -> Line<'static> {
    let strings = app.strings();
    let other = match form.side() {
        Side::ProjectTeam => Side::ServiceTeam,
        Side::ServiceTeam => Side::ProjectTeam,
    };
    let decisions = app.plan.decisions(&app.defs.stages[form.stage].id);
    let decision = decisions.of(other);
    if decision.is_empty() {
        return Line::default();
    }
    let mut text = fill(
        strings.decision_other_side,
        &[
            &decided_by_label(strings, other),
            &decision_label(strings, decision.status),
        ],
    );
    for part in [&decision.name, &decision.rationale] {
        if let Some(first) = part.lines().next().filter(|line| !line.trim().is_empty()) {
            text.push_str(" — ");
            text.push_str(&sanitize::line(first));
        }
    }
    Line::from(Span::styled(text, app.theme.dim()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_decision_form_changed_back_is_unchanged() {
        let mut form = DecisionForm::new(0, &Decisions::default(), Side::ProjectTeam);
        assert!(!form.is_changed());
        form.change_choice(1);
        assert!(form.is_changed());
        form.change_choice(-1);
        form.move_field(2);
        form.name.paste("Alex").unwrap();
        assert!(form.is_changed());
    }
}

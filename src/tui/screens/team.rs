//! The team and training screen, opened from the offer and training screen: the team view (who
//! needs what, one line per member, and the whole team's ticks kept from before the members), the
//! selected person's level to work on, whose items Space ticks for them, and beside it the role's
//! self-training resources and what the forms said about training needs.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Paragraph, Widget, Wrap};

use super::member::MemberForm;
use super::{Next, step_within};
use crate::definitions::Role;
use crate::definitions::schema::{TrainingItem, TrainingPath};
use crate::i18n::fill;
use crate::plan::next::{self, PathStanding};
use crate::plan::{Change, Member, Plan, answers};
use crate::sanitize;
use crate::tui::action::{Action, Effect};
use crate::tui::app::{App, Mode};
use crate::tui::keymap::Resolved;
use crate::tui::rows::scroll_offset;
use crate::tui::ui::links::link_lines;
use crate::tui::ui::lists::ellipsize;

/// The focused part of the team screen.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum TeamPane {
    /// The team view.
    #[default]
    Members,
    /// The selected person's level to work on.
    Items,
}

/// The team screen's state, kept from one opening to the next.
#[derive(Debug, Clone, Copy, Default)]
pub struct Team {
    /// The selected row of the team view: a member, or after them the whole team's older ticks.
    pub selected: usize,
    /// The focused part.
    pub pane: TeamPane,
    /// The selected item of the level pane.
    pub item: usize,
}

/// Whose training a row of the team view shows.
#[derive(Debug, Clone, Copy)]
pub enum Who<'p> {
    /// A member, with their index.
    Member(usize, &'p Member),
    /// The whole team's ticks, kept from plans that named no members.
    Team,
}

/// The rows of the team view: each member, then the team's older ticks when there are some.
fn team_rows(plan: &Plan) -> usize {
    plan.members.len() + usize::from(!plan.training.is_empty())
}

/// Who the row `index` of the team view shows.
pub fn who(plan: &Plan, index: usize) -> Option<Who<'_>> {
    match plan.members.get(index) {
        Some(member) => Some(Who::Member(index, member)),
        None if index < team_rows(plan) => Some(Who::Team),
        None => None,
    }
}

/// A row of the level pane.
#[derive(Debug, Clone)]
pub enum LevelRow<'d> {
    /// A path and its level, not selectable.
    Heading(String),
    /// An item, acquired or not, that Space ticks.
    Item(&'d TrainingPath, &'d TrainingItem, bool),
}

/// The level pane's rows for `who`: per path, the level to work on with its items; for the team's
/// older ticks, the items ticked.
pub fn level_rows<'d>(app: &App<'d>, who: Option<Who<'_>>) -> Vec<LevelRow<'d>> {
    let training = app.defs.training.as_ref();
    let s = app.strings();
    let mut rows = Vec::new();
    match who {
        Some(Who::Member(_, member)) => {
            for standing in next::member_paths(training, member) {
                let title = standing.path.title.get(app.lang);
                let Some(level) = standing.next_level else {
                    rows.push(LevelRow::Heading(fill(s.team_path_done, &[&title])));
                    continue;
                };
                rows.push(LevelRow::Heading(fill(
                    s.team_level_heading,
                    &[&title, &level.level],
                )));
                for item in &level.items {
                    let acquired = standing.remaining.iter().all(|r| r.id != item.id);
                    rows.push(LevelRow::Item(standing.path, item, acquired));
                }
            }
        }
        Some(Who::Team) => {
            for standing in next::team_paths(training, &app.plan) {
                let path = standing.path;
                rows.push(LevelRow::Heading(path.title.get(app.lang).to_string()));
                let items = path.levels.iter().flat_map(|level| &level.items);
                for item in items.filter(|item| app.plan.is_acquired(&path.id, &item.id)) {
                    rows.push(LevelRow::Item(path, item, true));
                }
            }
        }
        None => {}
    }
    rows
}

/// The items among `rows`, in order.
fn items<'r, 'd>(rows: &'r [LevelRow<'d>]) -> impl Iterator<Item = &'r LevelRow<'d>> {
    rows.iter().filter(|row| matches!(row, LevelRow::Item(..)))
}

/// What the team screen asks of the wizard.
pub(in crate::tui) enum TeamAsk {
    /// Tick or untick the selected item for the selected person.
    Tick,
    /// Open the form of a new member.
    Add,
    /// Open the form of the selected member.
    Edit,
    /// Ask before removing the selected member.
    Remove,
}

impl Team {
    /// A key on the screen, with `rows` rows in the team view and `items` in the level pane: the
    /// arrows move in the focused part, Tab goes from one part to the other, Space, a, e and d
    /// ask to tick, add, edit and remove; Esc goes back to the offer and training screen.
    pub(in crate::tui) fn key(
        &mut self,
        resolved: Resolved,
        rows: usize,
        items: usize,
    ) -> Next<TeamAsk> {
        let Resolved::Action(action) = resolved else {
            return Next::Stay;
        };
        match action {
            Action::Move(step) if self.pane == TeamPane::Members => {
                self.selected = step_within(self.selected, rows, step);
                self.item = 0;
            }
            Action::Move(step) => self.item = step_within(self.item, items, step),
            Action::PaneNext => {
                self.pane = match self.pane {
                    TeamPane::Members if items > 0 => TeamPane::Items,
                    _ => TeamPane::Members,
                }
            }
            Action::Cycle if self.pane == TeamPane::Items => return Next::Ask(TeamAsk::Tick),
            Action::Add => return Next::Ask(TeamAsk::Add),
            Action::Edit => return Next::Ask(TeamAsk::Edit),
            Action::Remove => return Next::Ask(TeamAsk::Remove),
            Action::Close => return Next::Close(None),
            Action::Quit => return Next::Quit,
            Action::Save | Action::Undo | Action::Redo => return Next::Under(action),
            _ => {}
        }
        Next::Stay
    }
}

impl App<'_> {
    /// The rows of the team view and the items of the level pane, for the keys.
    pub(in crate::tui) fn team_counts(&self) -> (usize, usize) {
        let who = who(&self.plan, self.team.selected);
        (team_rows(&self.plan), items(&level_rows(self, who)).count())
    }

    /// Does what the team screen asked: ticks the selected item for the selected person, or opens
    /// the member form or the removal question (refused in a read-only plan).
    pub(in crate::tui) fn team_asked(&mut self, asked: TeamAsk) -> Option<Effect> {
        if self.refuse_if_read_only() {
            return None;
        }
        let who = who(&self.plan, self.team.selected);
        match (asked, who) {
            (TeamAsk::Tick, Some(who)) => {
                let rows = level_rows(self, Some(who));
                let Some(LevelRow::Item(path, item, acquired)) = items(&rows).nth(self.team.item)
                else {
                    return None;
                };
                let change = match who {
                    Who::Member(index, member) => {
                        let mut members = self.plan.members.clone();
                        members[index] = next::with_tick(member, &path.id, &item.id, !acquired);
                        Change::Members(members)
                    }
                    Who::Team => Change::training(&path.id, &item.id, !acquired),
                };
                self.change(change);
                let (_, count) = self.team_counts();
                self.team.item = self.team.item.min(count.saturating_sub(1));
                return self.answered();
            }
            (TeamAsk::Add, _) => self.mode = Mode::Member(MemberForm::new(None, None)),
            (TeamAsk::Edit, Some(Who::Member(index, member))) => {
                self.mode = Mode::Member(MemberForm::new(Some(index), Some(member)));
            }
            (TeamAsk::Remove, Some(Who::Member(index, _))) => {
                self.mode = Mode::RemoveMember(index);
            }
            _ => {}
        }
        None
    }
}

/// The short name of a role in the team view.
fn role_short(app: &App<'_>, role: Option<Role>) -> String {
    let s = app.strings();
    match role {
        Some(Role::Decision) => s.role_short_decision.to_string(),
        Some(Role::Pilotage) => s.role_short_pilotage.to_string(),
        Some(Role::Technique) => s.role_short_technique.to_string(),
        None => String::new(),
    }
}

/// Where someone stands on each of their paths, in one line.
fn standings_line(app: &App<'_>, standings: &[PathStanding<'_>]) -> String {
    let s = app.strings();
    if standings.is_empty() {
        return s.report_no_path.to_string();
    }
    let parts: Vec<String> = standings
        .iter()
        .map(|standing| {
            let title = standing.path.title.get(app.lang);
            match standing.next_level {
                Some(level) => fill(
                    s.team_path_next,
                    &[&title, &level.level, &standing.remaining.len()],
                ),
                None => fill(s.team_path_done, &[&title]),
            }
        })
        .collect();
    parts.join(" · ")
}

/// The team view's line for `who`: name, role, and per path the next level and what is left.
fn team_line(app: &App<'_>, who: Who<'_>) -> String {
    let training = app.defs.training.as_ref();
    let (name, role, standings) = match who {
        Who::Member(_, member) => (
            sanitize::line(&member.name).into_owned(),
            role_short(app, next::member_role(member)),
            next::member_paths(training, member),
        ),
        Who::Team => (
            app.strings().team_older_ticks.to_string(),
            String::new(),
            next::team_paths(training, &app.plan),
        ),
    };
    match who {
        Who::Member(..) => {
            let name = if name.chars().count() > 18 {
                format!("{}…", name.chars().take(17).collect::<String>())
            } else {
                name
            };
            format!("{name:<18} {role:<10} {}", standings_line(app, &standings))
        }
        Who::Team => {
            let (acquired, total) = standings
                .iter()
                .fold((0, 0), |(a, t), s| (a + s.acquired, t + s.total));
            let count = fill(app.strings().acquired_count, &[&acquired, &total]);
            format!("{name:<29} {count}")
        }
    }
}

/// Draws the screen in `area`.
pub(in crate::tui) fn render(app: &App<'_>, frame: &mut Frame<'_>, area: Rect) {
    let rows = team_rows(&app.plan);
    let height = (rows.max(1) as u16 + 2).min((area.height / 3).max(4));
    let [team, below] = area.layout(&Layout::vertical([
        Constraint::Length(height),
        Constraint::Fill(1),
    ]));
    let [level, training] = below.layout(&Layout::horizontal([
        Constraint::Percentage(50),
        Constraint::Percentage(50),
    ]));
    let who = who(&app.plan, app.team.selected);
    render_team(app, frame, team);
    let level_rows = level_rows(app, who);
    render_level(app, who, &level_rows, frame, level);
    let item = match items(&level_rows).nth(app.team.item) {
        Some(LevelRow::Item(_, item, _)) if app.team.pane == TeamPane::Items => Some(*item),
        _ => None,
    };
    render_training(app, who, item, frame, training);
}

/// A bordered pane titled `title`, focused or not; returns the area inside.
fn pane(app: &App<'_>, frame: &mut Frame<'_>, area: Rect, title: &str, focused: bool) -> Rect {
    let style = app.theme.pane(focused);
    let block = Block::default()
        .borders(Borders::ALL)
        .border_style(style)
        .title(Span::styled(format!(" {} ", sanitize::line(title)), style));
    let inner = block.inner(area);
    frame.render_widget(block, area);
    inner
}

/// Draws `lines` in `area`, scrolled so that the row `selected` shows, highlighted.
fn render_rows(
    app: &App<'_>,
    lines: Vec<Line<'static>>,
    selected: Option<usize>,
    focused: bool,
    frame: &mut Frame<'_>,
    area: Rect,
) {
    let height = area.height as usize;
    let offset = scroll_offset(0, selected.unwrap_or(0), height, lines.len());
    let buffer = frame.buffer_mut();
    for (y, (index, line)) in lines
        .into_iter()
        .enumerate()
        .skip(offset)
        .take(height)
        .enumerate()
    {
        let line_area = Rect {
            y: area.y + y as u16,
            height: 1,
            ..area
        };
        if Some(index) == selected {
            buffer.set_style(line_area, app.theme.selected(focused));
        }
        ellipsize(line, line_area.width as usize).render(line_area, buffer);
    }
}

/// Draws the team view: one line per member, then the team's older ticks.
fn render_team(app: &App<'_>, frame: &mut Frame<'_>, area: Rect) {
    let s = app.strings();
    let title = fill(s.team_members_title, &[&app.plan.members.len()]);
    let focused = app.team.pane == TeamPane::Members;
    let inner = pane(app, frame, area, &title, focused);
    let rows = team_rows(&app.plan);
    if rows == 0 {
        let empty =
            Paragraph::new(Span::styled(s.team_empty, app.theme.dim())).wrap(Wrap { trim: true });
        frame.render_widget(empty, inner);
        return;
    }
    let lines = (0..rows)
        .filter_map(|index| who(&app.plan, index))
        .map(|who| Line::raw(sanitize::line(&team_line(app, who)).into_owned()))
        .collect();
    let selected = app.team.selected.min(rows - 1);
    render_rows(app, lines, Some(selected), focused, frame, inner);
}

/// Draws the selected person's level to work on, with its items ticked or not.
fn render_level(
    app: &App<'_>,
    who: Option<Who<'_>>,
    rows: &[LevelRow<'_>],
    frame: &mut Frame<'_>,
    area: Rect,
) {
    let s = app.strings();
    let name = match who {
        Some(Who::Member(_, member)) => sanitize::line(&member.name).into_owned(),
        Some(Who::Team) => s.team_older_ticks.to_string(),
        None => String::new(),
    };
    let focused = app.team.pane == TeamPane::Items;
    let inner = pane(
        app,
        frame,
        area,
        &fill(s.team_level_pane, &[&name]),
        focused,
    );
    let mut selected = None;
    let mut item = 0;
    let lines = rows
        .iter()
        .enumerate()
        .map(|(index, row)| match row {
            LevelRow::Heading(text) => {
                Line::styled(sanitize::line(text).into_owned(), app.theme.heading())
            }
            LevelRow::Item(_, entry, acquired) => {
                if item == app.team.item {
                    selected = Some(index);
                }
                item += 1;
                let mark = if *acquired { "  [✓] " } else { "  [ ] " };
                let title = sanitize::line(entry.title.get(app.lang)).into_owned();
                Line::raw(format!("{mark}{title}"))
            }
        })
        .collect();
    render_rows(app, lines, selected, focused, frame, inner);
}

/// Adds `text`, sanitized, a line at a time, each after `indent`.
fn push_text(lines: &mut Vec<Line<'static>>, text: &str, indent: &str) {
    for line in sanitize::multiline(text).lines() {
        lines.push(Line::raw(format!("{indent}{line}")));
    }
}

/// Draws the pane beside the level: the selected item whole, with its links, when the level is
/// focused, the
/// role's self-training resources at the stage reached, and the answers on training needs.
fn render_training(
    app: &App<'_>,
    who: Option<Who<'_>>,
    item: Option<&TrainingItem>,
    frame: &mut Frame<'_>,
    area: Rect,
) {
    let s = app.strings();
    let lang = app.lang;
    let mut lines: Vec<Line<'static>> = Vec::new();
    if let Some(item) = item {
        let title = sanitize::line(item.title.get(lang)).into_owned();
        lines.push(Line::styled(title, app.theme.label()));
        for link in &item.links {
            for line in link_lines(link, lang, usize::MAX, "↗ ", "  ") {
                lines.push(Line::styled(line, app.theme.dim()));
            }
        }
        lines.push(Line::raw(""));
    }
    match who {
        Some(Who::Member(_, member)) => {
            let stage = app.defs.stage_by_number(app.plan.current_stage.max(1));
            if let (Some(stage), Some(role)) = (stage, next::member_role(member)) {
                let heading = fill(
                    s.team_resources,
                    &[&stage.number, &role_short(app, Some(role))],
                );
                lines.push(Line::styled(heading, app.theme.label()));
                match next::role_resources(stage, role) {
                    Some(resources) => push_text(&mut lines, resources.get(lang), ""),
                    None => lines.push(Line::styled(s.team_no_resources, app.theme.dim())),
                }
                lines.push(Line::raw(""));
            }
        }
        Some(Who::Team) => {
            push_text(&mut lines, s.team_older_explained, "");
            lines.push(Line::raw(""));
        }
        None => {}
    }
    let needs = next::training_needs(app.defs, &app.plan);
    if !needs.is_empty() {
        lines.push(Line::styled(s.team_needs, app.theme.label()));
    }
    for need in needs {
        let question = need.question.question.question;
        push_text(&mut lines, question.label.get(lang), "");
        match need.answer {
            Some(value) => push_text(&mut lines, &answers::display(question, value, lang), "  "),
            None => lines.push(Line::styled(format!("  {}", s.not_set), app.theme.dim())),
        }
    }
    let inner = pane(app, frame, area, s.team_training_pane, false);
    frame.render_widget(Paragraph::new(lines).wrap(Wrap { trim: false }), inner);
}

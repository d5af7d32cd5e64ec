//! The offer and training screen: the offer (contacts, roles, hosting targets, links) and the
//! training plan, whose items the team ticks as acquired. Its rows, its keys and its drawing: a
//! list of entries on the left, the selected one on the right.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Paragraph, Widget, Wrap};

use super::{Next, step_within};
use crate::definitions::schema::{
    HostingTarget, ProgramContact, ProjectRole, Track, TrainingItem, TrainingPath,
};
use crate::definitions::{Definitions, Link, Role, Text};
use crate::i18n::{Lang, fill};
use crate::plan::Change;
use crate::sanitize;
use crate::tui::action::{Action, Effect};
use crate::tui::app::{App, Mode};
use crate::tui::keymap::Resolved;
use crate::tui::rows::scroll_offset;
use crate::tui::ui::links::link_lines;
use crate::tui::ui::lists::ellipsize;

/// What a selectable row of the resources screen shows.
#[derive(Debug, Clone, Copy)]
pub enum Entry<'d> {
    /// The offer itself.
    Offer,
    /// A programme team.
    Contact(&'d ProgramContact),
    /// A project-side role.
    Role(&'d ProjectRole),
    /// A hosting target.
    Hosting(&'d HostingTarget),
    /// A general training track.
    Track(&'d Track),
    /// A training path (its audience, goal and roles).
    Path(&'d TrainingPath),
    /// An item of a training path, which the team can tick.
    Item(&'d TrainingPath, &'d TrainingItem),
}

/// A row of the resources screen.
#[derive(Debug, Clone)]
pub enum ResourceRow<'d> {
    /// A heading, not selectable.
    Heading(String),
    /// A selectable entry with its label.
    Entry(Entry<'d>, String),
}

/// The offer and training screen: its rows, built once, and the selected entry, kept from one
/// opening to the next.
#[derive(Debug, Clone, Default)]
pub struct Resources<'d> {
    /// Every row, in display order.
    pub rows: Vec<ResourceRow<'d>>,
    /// Row index of each selectable entry.
    pub entry_row: Vec<usize>,
    /// The selected entry.
    pub selected: usize,
}

impl<'d> Resources<'d> {
    fn heading(&mut self, text: impl Into<String>) {
        self.rows.push(ResourceRow::Heading(text.into()));
    }

    fn entry(&mut self, entry: Entry<'d>, label: impl Into<String>) {
        self.entry_row.push(self.rows.len());
        self.rows.push(ResourceRow::Entry(entry, label.into()));
    }

    /// The selectable entry of index `index`.
    pub fn entry_at(&self, index: usize) -> Option<Entry<'d>> {
        match self.rows.get(*self.entry_row.get(index)?)? {
            ResourceRow::Entry(entry, _) => Some(*entry),
            ResourceRow::Heading(_) => None,
        }
    }

    /// Builds the rows for `definitions` in `lang`.
    pub fn build(definitions: &'d Definitions, lang: Lang) -> Self {
        let strings = lang.strings();
        let offer = &definitions.offer;
        let mut rows = Resources::default();
        rows.heading(offer.title.get(lang));
        rows.entry(Entry::Offer, strings.about_offer);
        for contact in &offer.program_contacts {
            rows.entry(Entry::Contact(contact), contact.name.get(lang));
        }
        if !offer.project_roles.is_empty() {
            rows.heading(strings.contacts_project);
        }
        for role in &offer.project_roles {
            rows.entry(Entry::Role(role), role.name.get(lang));
        }
        if !offer.hosting_targets.is_empty() {
            rows.heading(strings.hosting_target);
        }
        for target in &offer.hosting_targets {
            rows.entry(Entry::Hosting(target), target.name.get(lang));
        }
        let Some(training) = &definitions.training else {
            return rows;
        };
        if !training.general_tracks.is_empty() {
            rows.heading(strings.general_tracks);
        }
        for track in &training.general_tracks {
            rows.entry(Entry::Track(track), track.title.get(lang));
        }
        for path in &training.paths {
            rows.heading(fill(strings.training_path, &[&path.title.get(lang)]));
            rows.entry(Entry::Path(path), strings.about_path);
            for level in &path.levels {
                let title = level.title.as_ref().map(|t| format!(" — {}", t.get(lang)));
                rows.heading(format!(
                    "  {}{}",
                    fill(strings.level, &[&level.level]),
                    title.unwrap_or_default()
                ));
                for item in &level.items {
                    rows.entry(Entry::Item(path, item), item.title.get(lang));
                }
            }
        }
        rows
    }

    /// A key on the screen: the arrows and the page keys move, Space asks to tick the selected
    /// training item, t asks for the team screen, Esc, f and q close; saving, undo and redo work as on the main screen.
    pub(in crate::tui) fn key(&mut self, resolved: Resolved) -> Next<ResourcesAsk> {
        let Resolved::Action(action) = resolved else {
            return Next::Stay;
        };
        let count = self.entry_row.len();
        let step = match action {
            Action::Move(step) => step,
            Action::First => isize::MIN,
            Action::Last => isize::MAX,
            Action::Close => return Next::Close(None),
            Action::Quit => return Next::Quit,
            Action::Cycle => return Next::Ask(ResourcesAsk::Tick),
            Action::Team => return Next::Ask(ResourcesAsk::Team),
            action => return Next::Under(action),
        };
        self.selected = step_within(self.selected, count, step);
        Next::Stay
    }

    /// The selected entry.
    pub fn selected_entry(&self) -> Option<Entry<'d>> {
        self.entry_at(self.selected)
    }
}

/// What the screen asks of the wizard.
pub(in crate::tui) enum ResourcesAsk {
    /// Space: tick or untick the selected training item for the whole team.
    Tick,
    /// t: show the team and training screen.
    Team,
}

impl App<'_> {
    /// Shows the team screen, or ticks or unticks the selected training item as acquired for the
    /// whole team (a read-only plan refuses the tick before); a plan with members is ticked per
    /// person on the team screen, which the message line then says.
    pub(in crate::tui) fn resources_asked(&mut self, asked: ResourcesAsk) -> Option<Effect> {
        if let ResourcesAsk::Team = asked {
            self.mode = Mode::Team;
            return None;
        }
        if !self.plan.members.is_empty() {
            self.inform(self.strings().resources_ticks_per_person.to_string(), false);
            return None;
        }
        let Some(Entry::Item(path, item)) = self.resources.selected_entry() else {
            return None;
        };
        let acquired = !self.plan.is_acquired(&path.id, &item.id);
        self.change(Change::training(&path.id, &item.id, acquired));
        self.answered()
    }
}

/// Draws the screen in `area`.
pub(in crate::tui) fn render(app: &App<'_>, offset: &mut usize, frame: &mut Frame<'_>, area: Rect) {
    let [list, detail] = area.layout(&Layout::horizontal([
        Constraint::Percentage(50),
        Constraint::Percentage(50),
    ]));
    render_list(app, offset, frame, list);
    render_detail(app, frame, detail);
}

fn acquired_counts(app: &App<'_>) -> (usize, usize) {
    let items = app.resources.rows.iter().filter_map(|row| match row {
        ResourceRow::Entry(Entry::Item(path, item), _) => Some((path, item)),
        _ => None,
    });
    items.fold((0, 0), |(done, total), (path, item)| {
        (
            done + usize::from(app.plan.is_acquired(&path.id, &item.id)),
            total + 1,
        )
    })
}

fn render_list(app: &App<'_>, offset: &mut usize, frame: &mut Frame<'_>, area: Rect) {
    let s = app.strings();
    let theme = app.theme;
    let (done, total) = acquired_counts(app);
    let title = format!(
        " {} · {} ",
        s.resources_title,
        fill(s.acquired_count, &[&done, &total])
    );
    let block = Block::default()
        .borders(Borders::ALL)
        .border_style(theme.pane(true))
        .title(Span::styled(title, theme.pane(true)));
    let inner = block.inner(area);
    frame.render_widget(block, area);
    let rows = &app.resources;
    let selected_row = rows
        .entry_row
        .get(app.resources.selected)
        .copied()
        .unwrap_or(0);
    let height = inner.height as usize;
    *offset = scroll_offset(*offset, selected_row, height, rows.rows.len());
    let offset = *offset;
    let buffer = frame.buffer_mut();
    for (y, (index, row)) in rows
        .rows
        .iter()
        .enumerate()
        .skip(offset)
        .take(height)
        .enumerate()
    {
        let line_area = Rect {
            y: inner.y + y as u16,
            height: 1,
            ..inner
        };
        let line = match row {
            ResourceRow::Heading(text) => {
                Line::styled(sanitize::line(text).into_owned(), theme.heading())
            }
            ResourceRow::Entry(entry, label) => {
                let mark = match entry {
                    Entry::Item(path, item) if app.plan.is_acquired(&path.id, &item.id) => {
                        "    [✓] "
                    }
                    Entry::Item(..) => "    [ ] ",
                    _ => "  • ",
                };
                Line::raw(format!("{mark}{}", sanitize::line(label)))
            }
        };
        if index == selected_row {
            buffer.set_style(line_area, theme.selected(true));
        }
        ellipsize(line, line_area.width as usize).render(line_area, buffer);
    }
}

/// Lines of the detail pane.
struct Lines<'a> {
    app: &'a App<'a>,
    lines: Vec<Line<'static>>,
}

impl Lines<'_> {
    fn title(&mut self, text: &Text) {
        let title = sanitize::line(text.get(self.app.lang)).into_owned();
        self.lines.push(Line::styled(title, self.app.theme.label()));
    }

    fn text(&mut self, text: Option<&Text>) {
        if let Some(text) = text {
            self.lines.push(Line::raw(""));
            for line in sanitize::multiline(text.get(self.app.lang)).lines() {
                self.lines.push(Line::raw(line.to_string()));
            }
        }
    }

    fn field(&mut self, label: &str, value: Option<String>) {
        if let Some(value) = value.filter(|v| !v.trim().is_empty()) {
            let colon = self.app.strings().colon;
            self.lines.push(Line::raw(""));
            self.lines.push(Line::from(vec![
                Span::styled(format!("{label}{colon}"), self.app.theme.label()),
                Span::raw(sanitize::multiline(&value).into_owned()),
            ]));
        }
    }

    fn links(&mut self, links: &[Link]) {
        if !links.is_empty() {
            self.lines.push(Line::raw(""));
        }
        for link in links {
            for line in link_lines(link, self.app.lang, usize::MAX, "↗ ", "  ") {
                self.lines.push(Line::styled(line, self.app.theme.dim()));
            }
        }
    }
}

fn render_detail(app: &App<'_>, frame: &mut Frame<'_>, area: Rect) {
    let s = app.strings();
    let lang = app.lang;
    let mut out = Lines {
        app,
        lines: Vec::new(),
    };
    match app.resources.selected_entry() {
        Some(Entry::Offer) => {
            let offer = &app.defs.offer;
            out.title(&offer.title);
            out.text(offer.description.as_ref());
            out.field(s.email, offer.contact_email.clone());
            out.links(&offer.links);
        }
        Some(Entry::Contact(contact)) => {
            out.title(&contact.name);
            out.text(contact.description.as_ref());
            out.field(s.email, contact.email.clone());
            out.links(&contact.links);
        }
        Some(Entry::Role(role)) => {
            out.title(&role.name);
            out.text(role.description.as_ref());
            out.field(s.roles, role.role.map(|r| role_label(app, r).to_string()));
        }
        Some(Entry::Hosting(target)) => {
            out.title(&target.name);
            out.text(target.description.as_ref());
        }
        Some(Entry::Track(track)) => {
            out.title(&track.title);
            out.text(track.description.as_ref());
            out.links(&track.links);
        }
        Some(Entry::Path(path)) => {
            out.title(&path.title);
            out.field(
                s.audience,
                path.audience.as_ref().map(|t| t.get(lang).to_string()),
            );
            out.field(s.goal, path.goal.as_ref().map(|t| t.get(lang).to_string()));
            let roles: Vec<&str> = path.roles.iter().map(|r| role_label(app, *r)).collect();
            out.field(s.roles, Some(roles.join(", ")));
        }
        Some(Entry::Item(path, item)) => {
            out.title(&item.title);
            out.field(s.path_word, Some(path.title.get(lang).to_string()));
            let acquired = app.plan.is_acquired(&path.id, &item.id);
            out.field(
                s.status,
                Some(if acquired { s.acquired } else { s.status_todo }.to_string()),
            );
            out.links(&item.links);
        }
        None => {}
    }
    let block = Block::default()
        .borders(Borders::ALL)
        .border_style(app.theme.pane(false))
        .title(Span::styled(
            format!(" {} ", s.pane_detail),
            app.theme.pane(false),
        ));
    frame.render_widget(
        Paragraph::new(out.lines)
            .wrap(Wrap { trim: false })
            .block(block),
        area,
    );
}

/// A role's name in the interface's language.
pub(in crate::tui) fn role_label(app: &App<'_>, role: Role) -> &'static str {
    let s = app.strings();
    match role {
        Role::Decision => s.role_decision,
        Role::Pilotage => s.role_pilotage,
        Role::Technique => s.role_technique,
    }
}

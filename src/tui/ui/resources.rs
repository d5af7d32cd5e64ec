//! The offer and training screen: a list of entries on the left, the selected one on the right.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Paragraph, Widget, Wrap};

use super::lists::ellipsize;
use super::sheet::link_text;
use crate::definitions::{Link, Role, Text};
use crate::i18n::fill;
use crate::sanitize;
use crate::tui::app::App;
use crate::tui::resources::{Entry, ResourceRow};
use crate::tui::rows::scroll_offset;

/// Draws the screen in `area`.
pub fn render(app: &App<'_>, offset: &mut usize, frame: &mut Frame<'_>, area: Rect) {
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
    let selected_row = rows.entry_row.get(app.ui.resource).copied().unwrap_or(0);
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
            let text = link_text(link, self.app.lang);
            self.lines.push(Line::styled(
                format!("↗ {}", sanitize::line(&text)),
                self.app.theme.dim(),
            ));
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
    match app.resources.entry_at(app.ui.resource) {
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

fn role_label(app: &App<'_>, role: Role) -> &'static str {
    let s = app.strings();
    match role {
        Role::Decision => s.role_decision,
        Role::Pilotage => s.role_pilotage,
        Role::Technique => s.role_technique,
    }
}

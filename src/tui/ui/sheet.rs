//! The stage sheet: every field of the stage, scrollable.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::Line;
use ratatui::widgets::{Paragraph, Wrap};

use crate::definitions::{Link, Text};
use crate::i18n::{Lang, fill};
use crate::plan::OrphanKind;
use crate::sanitize;
use crate::tui::app::{App, Drawn, Pane, SheetShape};
use crate::tui::theme::Theme;

/// Builds the sheet's lines, one paragraph after the other.
struct SheetWriter {
    lang: Lang,
    theme: Theme,
    /// Columns inside the pane's border.
    width: usize,
    lines: Vec<Line<'static>>,
}

impl SheetWriter {
    fn gap(&mut self) {
        if !self.lines.is_empty() {
            self.lines.push(Line::raw(""));
        }
    }

    fn heading(&mut self, label: &str) {
        self.gap();
        self.lines
            .push(Line::styled(label.to_string(), self.theme.heading()));
    }

    fn paragraph(&mut self, text: &str) {
        for line in sanitize::multiline(text).lines() {
            self.lines.push(Line::raw(line.to_string()));
        }
    }

    fn field(&mut self, label: &str, text: Option<&Text>) {
        if let Some(text) = text.filter(|t| !t.is_empty()) {
            self.heading(label);
            self.paragraph(text.get(self.lang));
        }
    }

    fn bullets(&mut self, label: &str, items: impl IntoIterator<Item = String>) {
        let items: Vec<String> = items.into_iter().collect();
        if items.is_empty() {
            return;
        }
        self.heading(label);
        for item in items {
            self.lines
                .push(Line::raw(format!("• {}", sanitize::line(&item))));
        }
    }

    fn links(&mut self, label: &str, links: &[Link]) {
        if links.is_empty() {
            return;
        }
        self.heading(label);
        for link in links {
            let lines = super::links::link_lines(link, self.lang, self.width, "• ", "  ");
            self.lines.extend(lines.into_iter().map(Line::raw));
        }
    }
}

/// Draws the sheet of the shown stage, noting in `drawn` its wrapped height and scroll limit.
pub fn render(app: &App<'_>, drawn: &mut Drawn, frame: &mut Frame<'_>, area: Rect) {
    let stage = app.stage();
    let strings = app.strings();
    let lang = app.lang;
    let focused = app.ui.focus == Pane::Sheet;
    let title = fill(
        strings.pane_sheet,
        &[&stage.number, &sanitize::line(stage.title.get(lang))],
    );
    let block = super::lists::framed(&title, area.width, app.theme.pane(focused));

    let mut sheet = SheetWriter {
        lang,
        theme: app.theme,
        width: usize::from(area.width.saturating_sub(2)),
        lines: Vec::new(),
    };
    let locked = app.is_locked(app.ui.stage);
    if locked {
        let previous = app.defs.stages[app.ui.stage - 1].number;
        sheet.lines.push(Line::styled(
            fill(strings.locked, &[&previous]),
            app.theme.error(),
        ));
    }
    sheet.field(strings.objective, Some(&stage.objective));
    sheet.field(strings.step_question, stage.step_question.as_ref());
    sheet.field(strings.need, stage.need.as_ref());
    sheet.field(strings.achievement, stage.achievement.as_ref());
    sheet.field(strings.theme, stage.theme.as_ref());
    sheet.field(strings.progress_stage, stage.progress_stage.as_ref());
    sheet.field(strings.maturity, stage.maturity_question.as_ref());
    sheet.bullets(
        strings.key_steps,
        stage.key_steps.iter().map(|s| s.get(lang).to_string()),
    );
    sheet.bullets(
        strings.contacts_program,
        stage.contacts.program.iter().map(|id| {
            app.defs
                .program_contact(id)
                .map_or_else(|| id.clone(), |c| c.name.get(lang).to_string())
        }),
    );
    sheet.bullets(
        strings.contacts_project,
        stage.contacts.project.iter().map(|id| {
            app.defs
                .project_role(id)
                .map_or_else(|| id.clone(), |r| r.name.get(lang).to_string())
        }),
    );
    sheet.bullets(
        strings.offer_resources,
        stage
            .offer_resources
            .iter()
            .map(|s| s.get(lang).to_string()),
    );
    sheet.field(strings.if_eligible, stage.if_eligible.as_ref());
    sheet.field(strings.program_support, stage.program_support.as_ref());
    let roles = &stage.role_resources;
    let role_lines: Vec<String> = [
        (strings.role_decision, &roles.decision),
        (strings.role_pilotage, &roles.pilotage),
        (strings.role_technique, &roles.technique),
    ]
    .into_iter()
    .filter_map(|(label, text)| {
        text.as_ref()
            .map(|t| format!("{label}{}{}", strings.colon, t.get(lang)))
    })
    .collect();
    sheet.bullets(strings.role_resources, role_lines);
    sheet.field(strings.go_no_go, Some(&stage.go_no_go));
    sheet.links(strings.links, &stage.links);
    let orphans: Vec<String> = app
        .orphans
        .iter()
        .filter(|o| o.stage_id == stage.id || o.kind == OrphanKind::Stage)
        .map(|o| {
            let kind = match o.kind {
                OrphanKind::Stage => strings.orphan_stage,
                OrphanKind::Criterion => strings.orphan_criterion,
                OrphanKind::Answer => strings.orphan_answer,
            };
            format!("{kind} `{}` ({})", o.id, o.stage_id)
        })
        .collect();
    sheet.bullets(strings.orphans, orphans);

    let inner_width = area.width.saturating_sub(2);
    let inner_height = area.height.saturating_sub(2) as usize;
    let paragraph = Paragraph::new(sheet.lines).wrap(Wrap { trim: false });
    let shape = SheetShape {
        stage: app.ui.stage,
        width: inner_width,
        locked,
    };
    let height = match drawn.sheet_height {
        Some((counted, height)) if counted == shape => height,
        _ => {
            let height = paragraph.line_count(inner_width);
            drawn.sheet_height = Some((shape, height));
            height
        }
    };
    let max_scroll = height.saturating_sub(inner_height);
    drawn.sheet_max_scroll = max_scroll;
    let scroll = app.ui.sheet_scroll.min(max_scroll) as u16;
    frame.render_widget(paragraph.block(block).scroll((scroll, 0)), area);
}

//! Colours and emphasis by meaning, with a monochrome variant for `--no-color` and `NO_COLOR`.

use ratatui::style::{Color, Modifier, Style};

use crate::plan::{CriterionStatus, DecisionStatus};

/// The styles of the interface.
#[derive(Debug, Clone, Copy)]
pub struct Theme {
    color: bool,
}

impl Theme {
    /// Colours on.
    pub const COLOR: Theme = Theme { color: true };
    /// No colours: emphasis only.
    pub const MONO: Theme = Theme { color: false };

    fn fg(self, color: Color) -> Style {
        if self.color {
            Style::default().fg(color)
        } else {
            Style::default()
        }
    }

    /// Border of a pane, brighter when focused.
    pub fn pane(self, focused: bool) -> Style {
        if focused {
            self.fg(Color::Cyan).add_modifier(Modifier::BOLD)
        } else {
            self.fg(Color::DarkGray)
        }
    }

    /// The selected row of a list.
    pub fn selected(self, focused: bool) -> Style {
        if focused {
            Style::default().add_modifier(Modifier::REVERSED)
        } else {
            Style::default().add_modifier(Modifier::UNDERLINED)
        }
    }

    /// A heading inside a pane.
    pub fn heading(self) -> Style {
        self.fg(Color::Yellow).add_modifier(Modifier::BOLD)
    }

    /// A label before a value.
    pub fn label(self) -> Style {
        Style::default().add_modifier(Modifier::BOLD)
    }

    /// Secondary text.
    pub fn dim(self) -> Style {
        if self.color {
            Style::default().fg(Color::DarkGray)
        } else {
            Style::default().add_modifier(Modifier::DIM)
        }
    }

    /// A criterion's status mark.
    pub fn status(self, status: CriterionStatus) -> Style {
        match status {
            CriterionStatus::Todo => Style::default(),
            CriterionStatus::Ok => self.fg(Color::Green),
            CriterionStatus::Ko => self.fg(Color::Red).add_modifier(Modifier::BOLD),
            CriterionStatus::Na => self.dim(),
        }
    }

    /// A stage's decision mark.
    pub fn decision(self, status: DecisionStatus) -> Style {
        match status {
            DecisionStatus::Pending => Style::default(),
            DecisionStatus::Go => self.fg(Color::Green).add_modifier(Modifier::BOLD),
            DecisionStatus::NoGo => self.fg(Color::Red).add_modifier(Modifier::BOLD),
        }
    }

    /// The current stage's tab.
    pub fn tab(self, current: bool) -> Style {
        if current {
            self.fg(Color::Cyan)
                .add_modifier(Modifier::BOLD | Modifier::REVERSED)
        } else {
            Style::default()
        }
    }

    /// An error message.
    pub fn error(self) -> Style {
        self.fg(Color::Red).add_modifier(Modifier::BOLD)
    }

    /// A confirmation message.
    pub fn info(self) -> Style {
        self.fg(Color::Green)
    }

    /// A key in the footer.
    pub fn key(self) -> Style {
        self.fg(Color::Cyan).add_modifier(Modifier::BOLD)
    }

    /// The header bar.
    pub fn header(self) -> Style {
        Style::default().add_modifier(Modifier::BOLD)
    }
}

//! `--interview`: the session window opened at opening, or as soon as what comes first is out of
//! the way: the setup form of a new plan, or a warning shown at opening.

use super::{App, Mode};
use crate::tui::action::{Action, Effect};

impl App<'_> {
    /// Opens the session window now, or asks for it once the plan is created or the warning shown
    /// at opening (damaged plan, read-only plan…) is closed.
    pub(in crate::tui) fn start_interview(&mut self) {
        if matches!(self.mode, Mode::Normal) {
            self.update(Action::Session);
        }
        self.ui.session_once_created = !self.created;
        self.ui.session_once_noticed = self.created && matches!(self.mode, Mode::Notice(_));
    }

    /// After a notice closed with `effect`: the session window opens if it was asked for once the
    /// warning shown at opening closed, unless the notice led elsewhere (quitting) or the plan is
    /// read-only (which is then said).
    pub(super) fn after_notice(&mut self, effect: Option<Effect>) -> Option<Effect> {
        let asked = std::mem::take(&mut self.ui.session_once_noticed);
        if asked
            && effect.is_none()
            && matches!(self.mode, Mode::Normal)
            && !self.refuse_if_read_only()
        {
            self.open_session();
        }
        effect
    }
}

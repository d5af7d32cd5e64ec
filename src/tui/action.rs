//! What a key asks the wizard to do, independent of the key itself.

/// An action of a screen.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    /// Move the selection (or scroll the sheet) by this many rows.
    Move(isize),
    /// Scroll the window by this many lines, the selection following.
    Page(isize),
    /// Move to the first row.
    First,
    /// Move to the last row.
    Last,
    /// Go to the previous (-1) or next (+1) stage.
    StageBy(isize),
    /// Go to the stage of this index (0-based).
    StageJump(usize),
    /// Focus the next pane.
    PaneNext,
    /// Focus the previous pane.
    PanePrev,
    /// Cycle the focused criterion's status, or a yes/no answer.
    Cycle,
    /// Edit the focused answer, or the focused criterion's note.
    Edit,
    /// Edit the team's note on the focused item.
    EditNote,
    /// Edit the interviewer's note on the focused item.
    EditInterviewerNote,
    /// Record the stage's decision.
    Decide,
    /// Resolve a conflict a merge left: on the selected item, else the plan's first.
    ResolveConflict,
    /// Show the help screen.
    Help,
    /// Show the offer and training screen.
    Resources,
    /// Show the presenter view: one item at a time, large.
    Presenter,
    /// Show the review list of the stage's items.
    Review,
    /// Go to the previous (-1) or next (+1) item of the stage, criteria then questions.
    Item(isize),
    /// Change the review list's filter.
    Filter,
    /// Open the session window: start a joint session, or edit the one in progress.
    Session,
    /// Switch who is typing during a joint session.
    SwitchTyping,
    /// Add a row to the focused list of a form (a participant, an action item).
    AddRow,
    /// Remove the focused row of a form.
    RemoveRow,
    /// Go on to end the joint session in progress.
    EndSession,
    /// Quit, leaving the joint session in progress.
    LeaveSession,
    /// Show the summary, « vue d'ensemble ».
    Summary,
    /// Show the team and training screen.
    Team,
    /// Add an entry (a team member).
    Add,
    /// Remove the selected entry (a team member), after a confirmation.
    Remove,
    /// Show the message line whole, in a window.
    ReadMessage,
    /// Save now.
    Save,
    /// Save to a new file in the user's data folder, and work on it from then on.
    SaveElsewhere,
    /// Read the plan again from disk (after someone else changed it, or in a read-only plan).
    Reload,
    /// Undo the last change of the sitting.
    Undo,
    /// Redo the last change undone.
    Redo,
    /// Close the window: leave the editor keeping its text, cancel a list or a form.
    Close,
    /// Confirm: leave the editor with its text, pick the options, record the form.
    Confirm,
    /// Tick the highlighted option.
    Tick,
    /// Move the focus of a form by this many fields.
    Field(isize),
    /// Change the focused choice of a form by this many options.
    Change(isize),
    /// Give the key to the focused text field.
    Type,
    /// Quit now, leaving unsaved changes.
    QuitWithoutSaving,
    /// Quit (asks first when changes could not be saved).
    Quit,
}

impl Action {
    /// True for the actions that change the plan (or write it): refused, and left out of the
    /// footer and the help, when the plan is read-only.
    pub fn changes_the_plan(self) -> bool {
        matches!(
            self,
            Action::Cycle
                | Action::Edit
                | Action::EditNote
                | Action::EditInterviewerNote
                | Action::Decide
                | Action::Session
                | Action::EndSession
                | Action::Add
                | Action::Remove
                | Action::ResolveConflict
                | Action::Save
                | Action::Undo
                | Action::Redo
        )
    }
}

/// The input/output the event loop must carry out after an update.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Effect {
    /// Write the plan to its file (after a change).
    Save,
    /// Write the plan to its file and confirm it (Ctrl-S).
    SaveNow,
    /// Write the plan to a new file in the user's data folder, and work on it from then on.
    SaveElsewhere,
    /// Read the plan again from disk, first copying changes not saved to the user's data folder.
    Reload,
    /// Leave the wizard once pending changes are saved (the loop asks first if saving fails).
    Quit,
    /// Leave the wizard now, even with changes not saved.
    QuitWithoutSaving,
}

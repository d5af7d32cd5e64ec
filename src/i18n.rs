//! The interface's words in French (the default) and English: one place, no literals in the screens.

use clap::ValueEnum;

/// Language of the interface and of the content where translations exist.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, ValueEnum)]
pub enum Lang {
    /// Français (default).
    #[default]
    Fr,
    /// English.
    En,
}

impl Lang {
    /// The interface's words in this language.
    pub fn strings(self) -> &'static Strings {
        match self {
            Lang::Fr => &FR,
            Lang::En => &EN,
        }
    }
}

/// Fills the `{}` placeholders of `template` with `args`, in order.
pub fn fill(template: &str, args: &[&dyn std::fmt::Display]) -> String {
    let mut out = String::with_capacity(template.len() + 16);
    let mut args = args.iter();
    let mut rest = template;
    while let Some(at) = rest.find("{}") {
        out.push_str(&rest[..at]);
        if let Some(arg) = args.next() {
            out.push_str(&arg.to_string());
        }
        rest = &rest[at + 2..];
    }
    out.push_str(rest);
    out
}

/// `n` with its digits grouped by three, as `strings`' language writes large numbers.
pub fn group_digits(n: usize, strings: &Strings) -> String {
    let digits = n.to_string();
    let mut out = String::with_capacity(digits.len() * 2);
    for (index, digit) in digits.chars().enumerate() {
        if index > 0 && (digits.len() - index).is_multiple_of(3) {
            out.push_str(strings.thousands);
        }
        out.push(digit);
    }
    out
}

/// Every word of the interface. `{}` marks where [`fill`] puts a value.
#[derive(Debug)]
pub struct Strings {
    /// The separator between a label and its value (" : " in French, ": " in English).
    pub colon: &'static str,
    /// Saved-state indicator with the time.
    pub saved_at: &'static str,
    /// Before the first save.
    pub not_saved_yet: &'static str,
    /// After a failed save.
    pub save_failed: &'static str,
    /// Confirmation of Ctrl-S.
    pub saved_now: &'static str,
    /// Header: opened read-only (who holds the lock, short).
    pub read_only_by: &'static str,
    /// Header: the file changed on disk.
    pub changed_on_disk_badge: &'static str,
    /// Who holds a lock, short (user, host).
    pub lock_holder_short: &'static str,
    /// Who holds a lock (user, host, pid, since).
    pub lock_holder: &'static str,
    /// Popup at open: another wizard holds the plan (who).
    pub read_only_notice: &'static str,
    /// An edit refused in a read-only plan (who holds the lock, short).
    pub edit_refused: &'static str,
    /// Popup at open: the plan's last line is missing (path).
    pub plan_cut_notice: &'static str,
    /// Popup at open: the plan's checksum does not match (path).
    pub plan_altered_notice: &'static str,
    /// After the first save of a damaged plan (path of the copy).
    pub damaged_copy_kept: &'static str,
    /// After saving elsewhere (path).
    pub saved_elsewhere: &'static str,
    /// Key hint: save elsewhere.
    pub key_save_elsewhere: &'static str,
    /// Key hint: read the plan again from disk.
    pub key_reload: &'static str,
    /// After a conflict with changes on disk: the keys that save elsewhere or read again.
    pub conflict_hint: &'static str,
    /// After reading the plan again from disk.
    pub reloaded: &'static str,
    /// Message line: a change undone ("Statut du critère « … » rétabli à « … »": title, status).
    pub undone_status: &'static str,
    /// Message line: a change redone (title, status).
    pub redone_status: &'static str,
    /// Message line: a change undone (what it was about).
    pub undone: &'static str,
    /// Message line: a change redone (what it was about).
    pub redone: &'static str,
    /// What an undone change was about: the team's note on a criterion (title).
    pub about_criterion_note: &'static str,
    /// What an undone change was about: the interviewer's note on a criterion (title).
    pub about_criterion_interviewer_note: &'static str,
    /// What an undone change was about: an answer (question).
    pub about_answer: &'static str,
    /// What an undone change was about: the team's note on a question (question).
    pub about_answer_note: &'static str,
    /// What an undone change was about: the interviewer's note on a question (question).
    pub about_answer_interviewer_note: &'static str,
    /// What an undone change was about: a stage's decision (stage number).
    pub about_decision: &'static str,
    /// What an undone change was about: a training item (item).
    pub about_training: &'static str,
    /// What an undone change was about: the project's name, organisation, kind or hosting.
    pub about_project: &'static str,
    /// Message line: `u` with nothing left to undo.
    pub nothing_to_undo: &'static str,
    /// Message line: `u` with nothing to undo since the plan was read again from disk.
    pub nothing_to_undo_since_reload: &'static str,
    /// Message line: Ctrl-R with nothing to redo.
    pub nothing_to_redo: &'static str,
    /// Key hint: undo.
    pub key_undo: &'static str,
    /// Key hint: redo.
    pub key_redo: &'static str,
    /// Where changes not saved were copied before reading the plan again (path).
    pub changes_kept_in: &'static str,
    /// After a failed save: the key that saves elsewhere.
    pub save_elsewhere_hint: &'static str,
    /// No data folder to save elsewhere.
    pub no_data_folder: &'static str,
    /// Title of a warning popup.
    pub notice_title: &'static str,
    /// How to close a warning popup.
    pub notice_close: &'static str,
    /// The wizard cannot start: another one is creating the plan (path, who).
    pub plan_being_created: &'static str,
    /// Confirmation of creation.
    pub plan_created: &'static str,
    /// Title of the stage sheet pane: number, title.
    pub pane_sheet: &'static str,
    /// Title of the criteria pane.
    pub pane_criteria: &'static str,
    /// Title of the questions pane.
    pub pane_questions: &'static str,
    /// Title of the detail pane.
    pub pane_detail: &'static str,
    /// Sheet: theme.
    pub theme: &'static str,
    /// Sheet: step question.
    pub step_question: &'static str,
    /// Sheet: need.
    pub need: &'static str,
    /// Sheet: objective.
    pub objective: &'static str,
    /// Sheet: targeted achievement.
    pub achievement: &'static str,
    /// Sheet: stage of progress.
    pub progress_stage: &'static str,
    /// Sheet: team maturity.
    pub maturity: &'static str,
    /// Sheet: key steps.
    pub key_steps: &'static str,
    /// Sheet: resources of the offer.
    pub offer_resources: &'static str,
    /// Sheet: if eligible.
    pub if_eligible: &'static str,
    /// Sheet: programme support.
    pub program_support: &'static str,
    /// Sheet: programme contacts.
    pub contacts_program: &'static str,
    /// Sheet: project contacts.
    pub contacts_project: &'static str,
    /// Sheet: self-training resources.
    pub role_resources: &'static str,
    /// Role: decision.
    pub role_decision: &'static str,
    /// Role: pilotage.
    pub role_pilotage: &'static str,
    /// Role: technique.
    pub role_technique: &'static str,
    /// Sheet: go/no-go statement.
    pub go_no_go: &'static str,
    /// Links heading.
    pub links: &'static str,
    /// Why a stage is locked: the previous stage's number.
    pub locked: &'static str,
    /// Heading of the orphaned records.
    pub orphans: &'static str,
    /// Orphaned criterion.
    pub orphan_criterion: &'static str,
    /// Orphaned answer.
    pub orphan_answer: &'static str,
    /// Orphaned stage.
    pub orphan_stage: &'static str,
    /// Criterion status: todo.
    pub status_todo: &'static str,
    /// Criterion status: ok.
    pub status_ok: &'static str,
    /// Criterion status: ko.
    pub status_ko: &'static str,
    /// Criterion status: not applicable.
    pub status_na: &'static str,
    /// Decision: pending.
    pub decision_pending: &'static str,
    /// Decision: go.
    pub decision_go: &'static str,
    /// Decision: no-go.
    pub decision_no_go: &'static str,
    /// Decided by the project team.
    pub by_project_team: &'static str,
    /// Decided by the service team.
    pub by_service_team: &'static str,
    /// Detail: status label.
    pub status: &'static str,
    /// Detail: blocking criterion.
    pub blocking: &'static str,
    /// Detail: team's note.
    pub note: &'static str,
    /// Detail: interviewer's note.
    pub interviewer_note: &'static str,
    /// Detail: answer.
    pub answer: &'static str,
    /// Detail: no answer yet.
    pub unanswered: &'static str,
    /// Optional question.
    pub optional: &'static str,
    /// Yes.
    pub yes: &'static str,
    /// No.
    pub no: &'static str,
    /// Question kind: text.
    pub kind_text: &'static str,
    /// Question kind: long text.
    pub kind_long_text: &'static str,
    /// Question kind: yes/no.
    pub kind_yes_no: &'static str,
    /// Question kind: choice.
    pub kind_choice: &'static str,
    /// Question kind: multiple choice.
    pub kind_multi_choice: &'static str,
    /// Question kind: number.
    pub kind_number: &'static str,
    /// Question kind: date.
    pub kind_date: &'static str,
    /// Validation: not a number.
    pub invalid_number: &'static str,
    /// Validation: not a date.
    pub invalid_date: &'static str,
    /// After a refused answer in its editor (the refusal), how to leave keeping the recorded one.
    pub invalid_answer_escape: &'static str,
    /// An editor left with a number that does not parse (the text typed).
    pub number_dropped: &'static str,
    /// An editor left with a date that does not parse (the text typed).
    pub date_dropped: &'static str,
    /// A key refused because its text is at the limit (the limit, in KiB).
    pub text_full: &'static str,
    /// A paste cut at the limit (characters kept, characters pasted, the limit in KiB).
    pub paste_cut: &'static str,
    /// What groups the digits of large numbers by three.
    pub thousands: &'static str,
    /// Validation: the project name is required.
    pub name_required: &'static str,
    /// A go refused: count, list of criteria.
    pub go_blocked: &'static str,
    /// A go refused because the previous stage (number) has no go.
    pub go_locked: &'static str,
    /// The stage has no questionnaire.
    pub no_questions: &'static str,
    /// Decision line prefix.
    pub decision: &'static str,
    /// Decision popup title: stage number.
    pub decision_title: &'static str,
    /// Decision popup: who decided.
    pub decided_by: &'static str,
    /// Decision popup: name.
    pub decided_name: &'static str,
    /// Decision popup: rationale.
    pub rationale: &'static str,
    /// Decision popup: date.
    pub decided_on: &'static str,
    /// Editor title: the team's note on an item.
    pub edit_note: &'static str,
    /// Editor title: the interviewer's note.
    pub edit_interviewer_note: &'static str,
    /// Editor title: an answer.
    pub edit_answer: &'static str,
    /// Setup form title.
    pub setup_title: &'static str,
    /// Setup form: where the plan will be written.
    pub setup_path: &'static str,
    /// Setup: what is required.
    pub setup_hint: &'static str,
    /// Setup: project name.
    pub project_name: &'static str,
    /// Setup: organisation.
    pub organisation: &'static str,
    /// Setup: project kind.
    pub project_kind: &'static str,
    /// Setup: hosting target.
    pub hosting_target: &'static str,
    /// A field left unset.
    pub not_set: &'static str,
    /// Project kinds, in `ProjectKind::ALL` order.
    pub project_kinds: [&'static str; 5],
    /// Hosting targets, in `HostingTarget::ALL` order.
    pub hosting_targets: [&'static str; 5],
    /// Quit with unsaved changes.
    pub confirm_quit: &'static str,
    /// Quit with a decision draft not recorded.
    pub confirm_quit_draft: &'static str,
    /// The terminal is too small: needed width, height, actual width, height.
    pub too_small: &'static str,
    /// Help title.
    pub help_title: &'static str,
    /// Help: introduction.
    pub help_intro: &'static str,
    /// Help: what the key does (move).
    pub help_move: &'static str,
    /// Help: what the key does (fast).
    pub help_fast: &'static str,
    /// Help: what the key does (stage).
    pub help_stage: &'static str,
    /// Help: what the key does (jump).
    pub help_jump: &'static str,
    /// Help: what the key does (pane).
    pub help_pane: &'static str,
    /// Help: what the key does (space).
    pub help_space: &'static str,
    /// Help: what the key does (enter).
    pub help_enter: &'static str,
    /// Help: what the key does (note).
    pub help_note: &'static str,
    /// Help: what the key does (interviewer).
    pub help_interviewer: &'static str,
    /// Help: what the key does (decide).
    pub help_decide: &'static str,
    /// Help: what the key does (resources).
    pub help_resources: &'static str,
    /// Help: what the key does (save).
    pub help_save: &'static str,
    /// Help: what the key does (save elsewhere).
    pub help_save_elsewhere: &'static str,
    /// Help: what the key does (reload).
    pub help_reload: &'static str,
    /// Help: what the key does (help).
    pub help_help: &'static str,
    /// Help: what the key does (quit).
    pub help_quit: &'static str,
    /// Help: undo.
    pub help_undo: &'static str,
    /// Help: redo.
    pub help_redo: &'static str,
    /// Help: section main.
    pub help_section_main: &'static str,
    /// Help: section editor.
    pub help_section_editor: &'static str,
    /// Help: section choice.
    pub help_section_choice: &'static str,
    /// Help: section decision.
    pub help_section_decision: &'static str,
    /// Help: section setup.
    pub help_section_setup: &'static str,
    /// Help: section resources.
    pub help_section_resources: &'static str,
    /// Help: section confirm.
    pub help_section_confirm: &'static str,
    /// Help: section help.
    pub help_section_help: &'static str,
    /// Help: section notice.
    pub help_section_notice: &'static str,
    /// Name of a key in the help: page up.
    pub key_page_up: &'static str,
    /// Name of a key in the help: page down.
    pub key_page_down: &'static str,
    /// Name of a key in the help: home.
    pub key_home: &'static str,
    /// Name of a key in the help: end.
    pub key_end: &'static str,
    /// Name of a key in the help: shift tab.
    pub key_shift_tab: &'static str,
    /// Help: rows about what no binding does (Ctrl-Z, the `!` mark): keys, text.
    pub help_notes: [(&'static str, &'static str); 2],
    /// The key that answers "yes" to a question.
    pub yes_key: &'static str,
    /// Name of the Space key.
    pub space: &'static str,
    /// Name of the Enter key.
    pub enter: &'static str,
    /// Name of the Escape key.
    pub escape: &'static str,
    /// Enter or Escape.
    pub enter_or_escape: &'static str,
    /// Key hint: move.
    pub key_move: &'static str,
    /// Key hint: change stage.
    pub key_stage: &'static str,
    /// Key hint: change pane.
    pub key_pane: &'static str,
    /// Key hint: cycle a criterion's status.
    pub key_cycle: &'static str,
    /// Key hint: cycle a yes/no answer.
    pub key_cycle_answer: &'static str,
    /// Key hint: write a note.
    pub key_note: &'static str,
    /// Key hint: answer a question.
    pub key_answer: &'static str,
    /// Key hint: interviewer's note.
    pub key_interviewer: &'static str,
    /// Key hint: decision.
    pub key_decide: &'static str,
    /// Key hint: help.
    pub key_help: &'static str,
    /// Key hint: save.
    pub key_save: &'static str,
    /// Key hint: quit.
    pub key_quit: &'static str,
    /// Key hint: scroll.
    pub key_scroll: &'static str,
    /// Key hint: leave the editor, keeping the text.
    pub key_leave_editor: &'static str,
    /// Key hint: new line.
    pub key_newline: &'static str,
    /// Key hint: pick an option.
    pub key_pick: &'static str,
    /// Key hint: tick an option.
    pub key_tick: &'static str,
    /// Key hint: confirm.
    pub key_confirm: &'static str,
    /// Key hint: clear the line.
    pub key_clear_line: &'static str,
    /// Key hint: leave the new-plan form, creating nothing.
    pub key_quit_uncreated: &'static str,
    /// Key hint: close, keeping the draft.
    pub key_cancel_draft: &'static str,
    /// Key hint: cancel.
    pub key_cancel: &'static str,
    /// Key hint: next field.
    pub key_field: &'static str,
    /// Key hint: change a value.
    pub key_change: &'static str,
    /// Key hint: create the plan.
    pub key_create: &'static str,
    /// Key hint: close help.
    pub key_close: &'static str,
    /// `validate` on success: stages, criteria, questionnaires, questions, version, digest.
    pub validate_ok: &'static str,
    /// `validate` on failure: number of problems.
    pub validate_failed: &'static str,
    /// The wizard was started without a terminal.
    pub no_terminal: &'static str,
    /// Printed when Ctrl-Z hands the terminal to the shell.
    pub suspended: &'static str,
    /// A terminating signal stopped the wizard: its number.
    pub stopped_by_signal: &'static str,
    /// The wizard stopped on a panic.
    pub crashed: &'static str,
    /// After an interruption, nothing was unsaved: the plan.
    pub rescue_up_to_date: &'static str,
    /// After an interruption, the plan was saved: the plan.
    pub rescue_saved: &'static str,
    /// After an interruption, a recovery copy was written: the copy, the copy, the plan.
    pub rescue_copy: &'static str,
    /// After an interruption, nothing could be written: why, the plan.
    pub rescue_lost: &'static str,
    /// Resources screen: title.
    pub resources_title: &'static str,
    /// Resources screen: the offer's entry.
    pub about_offer: &'static str,
    /// Resources screen: general tracks heading.
    pub general_tracks: &'static str,
    /// Resources screen: a training path heading (title).
    pub training_path: &'static str,
    /// Resources screen: the word for a training path.
    pub path_word: &'static str,
    /// Resources screen: a path's own entry.
    pub about_path: &'static str,
    /// Resources screen: a level heading (number).
    pub level: &'static str,
    /// Resources screen: audience of a path.
    pub audience: &'static str,
    /// Resources screen: goal of a path.
    pub goal: &'static str,
    /// Resources screen: roles a path serves.
    pub roles: &'static str,
    /// Resources screen: an acquired training item.
    pub acquired: &'static str,
    /// Resources screen: training items acquired (count, total).
    pub acquired_count: &'static str,
    /// Resources screen: contact address.
    pub email: &'static str,
    /// Key hint: open the resources screen.
    pub key_resources: &'static str,
    /// Key hint: tick a training item as acquired.
    pub key_acquired: &'static str,
    /// `init` on an existing file (path, path).
    pub plan_exists: &'static str,
    /// Definitions: the folder cannot be read (error).
    pub defs_folder_unreadable: &'static str,
    /// Definitions: no `*.yaml` in the folder.
    pub defs_no_file: &'static str,
    /// Definitions: too many files (count, limit).
    pub defs_too_many_files: &'static str,
    /// Definitions: a file cannot be read (error).
    pub defs_file_unreadable: &'static str,
    /// Definitions: a `*.yaml` name that is not a regular file (what it is).
    pub defs_not_a_file: &'static str,
    /// Definitions: a file is too large (size, limit).
    pub defs_file_too_large: &'static str,
    /// Definitions: a file is not UTF-8.
    pub defs_not_utf8: &'static str,
    /// Definitions: an unknown `kind:` (kind).
    pub defs_unknown_kind: &'static str,
    /// Definitions: a file without `kind:`.
    pub defs_missing_kind: &'static str,
    /// Definitions: no file of a kind the set needs (kind).
    pub defs_no_file_of_kind: &'static str,
    /// Definitions: a second file of a kind the set needs once (kind).
    pub defs_second_file_of_kind: &'static str,
    /// Definitions: a second training file.
    pub defs_second_training: &'static str,
    /// Definitions: an id not in kebab-case (what, id).
    pub defs_id_not_kebab: &'static str,
    /// Definitions: an id given twice (what, id).
    pub defs_id_duplicate: &'static str,
    /// Definitions: a link that is not https (url).
    pub defs_link_not_https: &'static str,
    /// Definitions: an empty `version`.
    pub defs_empty_version: &'static str,
    /// Definitions: a stage number out of range (stage, number, highest).
    pub defs_stage_number_range: &'static str,
    /// Definitions: a stage number given twice (stage, number).
    pub defs_stage_number_repeated: &'static str,
    /// Definitions: no stage with a number (number).
    pub defs_stage_number_missing: &'static str,
    /// Definitions: a stage field left empty (stage, field).
    pub defs_stage_empty_field: &'static str,
    /// Definitions: a stage names an undefined questionnaire (stage, id).
    pub defs_unknown_questionnaire: &'static str,
    /// Definitions: a stage names an undefined programme contact (stage, id).
    pub defs_unknown_contact: &'static str,
    /// Definitions: a stage names an undefined project role (stage, id).
    pub defs_unknown_role: &'static str,
    /// Definitions: a choice question with fewer than two choices (question).
    pub defs_too_few_choices: &'static str,
    /// Definitions: choices on a question that takes none (question).
    pub defs_choices_not_taken: &'static str,
    /// Definitions: a training level out of 1–3 or repeated (path, level).
    pub defs_bad_level: &'static str,
    /// Definitions: what an id names: a stage.
    pub defs_what_stage: &'static str,
    /// Definitions: what an id names: a criterion.
    pub defs_what_criterion: &'static str,
    /// Definitions: what an id names: a programme contact.
    pub defs_what_contact: &'static str,
    /// Definitions: what an id names: a project role.
    pub defs_what_role: &'static str,
    /// Definitions: what an id names: a hosting target.
    pub defs_what_hosting: &'static str,
    /// Definitions: what an id names: a questionnaire.
    pub defs_what_questionnaire: &'static str,
    /// Definitions: what an id names: a section.
    pub defs_what_section: &'static str,
    /// Definitions: what an id names: a question.
    pub defs_what_question: &'static str,
    /// Definitions: what an id names: a choice.
    pub defs_what_choice: &'static str,
    /// Definitions: what an id names: a general training track.
    pub defs_what_track: &'static str,
    /// Definitions: what an id names: a training path.
    pub defs_what_path: &'static str,
    /// Definitions: what an id names: a training item.
    pub defs_what_item: &'static str,
    /// Plan errors: no file (path, path).
    pub plan_not_found: &'static str,
    /// Plan errors: unreadable (path, error).
    pub plan_unreadable: &'static str,
    /// Plan errors: too large (path, size, limit).
    pub plan_too_large: &'static str,
    /// Plan errors: not UTF-8 (path, line).
    pub plan_not_utf8: &'static str,
    /// Plan errors: not a plan (path, format).
    pub not_a_plan: &'static str,
    /// Plan errors: newer format (path, found, supported).
    pub newer_plan: &'static str,
    /// Plan errors: damaged (path, line, column, message).
    pub plan_invalid: &'static str,
    /// A YAML file holds an alias (`*name`).
    pub yaml_alias: &'static str,
    /// A YAML file nests deeper than `{}` levels.
    pub yaml_too_deep: &'static str,
    /// A YAML mapping gives the key `{}` twice.
    pub yaml_duplicate_key: &'static str,
    /// A YAML file holds a NUL byte.
    pub yaml_nul_byte: &'static str,
    /// A mapping has an unknown key (key).
    pub yaml_unknown_key: &'static str,
    /// An unknown key close to a valid one (key, valid key).
    pub yaml_unknown_key_near: &'static str,
    /// An unknown key and the valid ones (key, valid keys).
    pub yaml_unknown_key_among: &'static str,
    /// A value that is not one of the words accepted, close to one (value, word).
    pub yaml_unknown_value_near: &'static str,
    /// A value that is not one of the words accepted (value, words).
    pub yaml_unknown_value_among: &'static str,
    /// An empty value where one of some words is needed (words).
    pub yaml_empty_value: &'static str,
    /// A mapping lacks a key it must have (key).
    pub yaml_missing_key: &'static str,
    /// A value of the wrong kind (what was expected, what was found).
    pub yaml_mismatch: &'static str,
    /// An integer too large to be read exactly (the number, shortened).
    pub yaml_integer_too_large: &'static str,
    /// A tag other than YAML's own (tag).
    pub yaml_tag: &'static str,
    /// A YAML file holds no value.
    pub yaml_empty: &'static str,
    /// A YAML file holds a second document.
    pub yaml_second_document: &'static str,
    /// A value refused by its type, which did not say why in known words.
    pub yaml_refused: &'static str,
    /// Syntax: a quoted value that does not end.
    pub yaml_syntax_quote: &'static str,
    /// Syntax: an unknown escape in double quotes.
    pub yaml_syntax_escape: &'static str,
    /// Syntax: a list in brackets without its comma or `]`.
    pub yaml_syntax_flow_list: &'static str,
    /// Syntax: a mapping in braces without its comma or `}`.
    pub yaml_syntax_flow_map: &'static str,
    /// Syntax: a line indented wrongly, or a key without its colon.
    pub yaml_syntax_indentation: &'static str,
    /// Syntax: `: ` inside an unquoted value.
    pub yaml_syntax_colon: &'static str,
    /// Syntax: a tab where indentation goes.
    pub yaml_syntax_tab: &'static str,
    /// Syntax: any other error.
    pub yaml_syntax_other: &'static str,
    /// Found (or expected): an empty value.
    pub yaml_found_nothing: &'static str,
    /// Found: `true` or `false` (the word).
    pub yaml_found_bool: &'static str,
    /// Found: a number (the number).
    pub yaml_found_number: &'static str,
    /// Found: a text (the text, shortened).
    pub yaml_found_text: &'static str,
    /// Found: a list.
    pub yaml_found_list: &'static str,
    /// Found: keys and values.
    pub yaml_found_mapping: &'static str,
    /// Found: a value serde does not name.
    pub yaml_found_unknown: &'static str,
    /// Expected: a whole number (lowest, highest).
    pub yaml_expected_integer: &'static str,
    /// Expected: a number.
    pub yaml_expected_number: &'static str,
    /// Expected: `true` or `false`.
    pub yaml_expected_yes_no: &'static str,
    /// Expected: a text.
    pub yaml_expected_text: &'static str,
    /// Expected: a date.
    pub yaml_expected_date: &'static str,
    /// Expected: a list.
    pub yaml_expected_list: &'static str,
    /// Expected: keys and values.
    pub yaml_expected_mapping: &'static str,
    /// Expected: a text or its translations.
    pub yaml_expected_translatable: &'static str,
    /// Expected: an answer's value.
    pub yaml_expected_answer: &'static str,
    /// Expected: one of some words (the words).
    pub yaml_expected_one_of: &'static str,
    /// Expected: a key.
    pub yaml_expected_key: &'static str,
    /// Expected: something the type does not tell in known words.
    pub yaml_expected_other: &'static str,
    /// Plan errors: not saved (path, error).
    pub plan_not_saved: &'static str,
    /// Why a save failed: the folder or file is gone.
    pub io_not_found: &'static str,
    /// Why a save failed: no permission.
    pub io_permission_denied: &'static str,
    /// Why a save failed: read-only file system.
    pub io_read_only: &'static str,
    /// Why a save failed: no space left.
    pub io_disk_full: &'static str,
    /// A save refused: the plan would be larger than a plan may be.
    pub io_plan_too_large: &'static str,
    /// Plan errors: read-only (path, who).
    pub plan_read_only: &'static str,
    /// Plan errors: changed on disk by someone else (path).
    pub plan_changed_on_disk: &'static str,
    /// Plan errors: an automatic save would give away someone else's plan (path, owner, after).
    pub plan_not_owned: &'static str,
    /// The message line after [`Strings::plan_not_owned`] (error): what to do.
    pub not_owned_hint: &'static str,
    /// A file's owner and group (user, group).
    pub owner_and_group: &'static str,
    /// After an explicit save of someone else's plan (owner before, owner now).
    pub owner_taken_over: &'static str,
    /// The plan was saved, `PLAN.bak` was not (backup path, reason).
    pub backup_not_kept: &'static str,
    /// At open: no lock could be taken (lock path, reason).
    pub lock_unavailable: &'static str,
    /// Plan errors: a link to nowhere (path).
    pub plan_dangling_link: &'static str,
    /// Plan errors: not a regular file (path, what it is).
    pub plan_not_a_file: &'static str,
    /// What stands in place of a file: a folder.
    pub kind_folder: &'static str,
    /// What stands in place of a file: a named pipe.
    pub kind_fifo: &'static str,
    /// What stands in place of a file: a socket.
    pub kind_socket: &'static str,
    /// What stands in place of a file: a device.
    pub kind_device: &'static str,
    /// What stands in place of a file: anything else.
    pub kind_special: &'static str,
    /// Why a save failed: something other than a regular file stands at the name.
    pub io_not_a_file: &'static str,
    /// Why a save failed: another file or a link already has the name.
    pub io_name_taken: &'static str,
    /// Why a save failed: a folder has the name.
    pub io_is_a_folder: &'static str,
    /// Status command: criteria.
    pub criteria_word: &'static str,
    /// Status command: questions.
    pub questions_word: &'static str,
    /// Status command: readiness.
    pub readiness_word: &'static str,
    /// Status command: locked stage.
    pub locked_word: &'static str,
}

/// Français.
pub static FR: Strings = Strings {
    colon: " : ",
    saved_at: "enregistré à {}",
    not_saved_yet: "pas encore enregistré",
    save_failed: "ÉCHEC DE L'ENREGISTREMENT",
    saved_now: "Plan enregistré dans {}.",
    read_only_by: "LECTURE SEULE : ouvert par {}",
    changed_on_disk_badge: "MODIFIÉ SUR LE DISQUE",
    lock_holder_short: "{} sur {}",
    lock_holder: "{} sur {} (processus {}, depuis {})",
    read_only_notice: "Ce plan est déjà ouvert par {}. Il s'ouvre ici en lecture seule : vous pouvez le consulter, mais rien n'y sera enregistré. Pour le modifier, fermez l'autre assistant puis rouvrez le plan ; r relit le plan, e en enregistre ailleurs une copie modifiable.",
    edit_refused: "Lecture seule (plan ouvert par {}) : modification refusée ; e en enregistre une copie ailleurs.",
    plan_cut_notice: "Ce plan semble coupé : sa dernière ligne (somme de contrôle) manque, la fin du fichier a pu être perdue en route (courriel ?). Vérifiez vos réponses, ou demandez une nouvelle copie. Avant le premier enregistrement, le fichier sera copié à côté de lui ({}.damaged-…).",
    plan_altered_notice: "Ce plan a été modifié à la main ou abîmé : sa somme de contrôle ne correspond plus à son contenu. Vérifiez vos réponses. Avant le premier enregistrement, le fichier sera copié à côté de lui ({}.damaged-…).",
    damaged_copy_kept: "Le plan tel qu'il avait été ouvert est gardé dans {}.",
    saved_elsewhere: "Plan enregistré dans {} ; la suite de la session y est enregistrée.",
    key_save_elsewhere: "enregistrer ailleurs",
    key_reload: "relire le plan",
    conflict_hint: "{} — e : enregistrer ailleurs · r : relire le plan (vos modifications gardées à part)",
    reloaded: "Plan relu sur le disque.",
    undone_status: "Statut du critère « {} » rétabli à « {} ».",
    redone_status: "Statut du critère « {} » remis à « {} ».",
    undone: "Annulé : {}.",
    redone: "Refait : {}.",
    about_criterion_note: "note sur le critère « {} »",
    about_criterion_interviewer_note: "note de l'intervieweur sur le critère « {} »",
    about_answer: "réponse à « {} »",
    about_answer_note: "note sur la question « {} »",
    about_answer_interviewer_note: "note de l'intervieweur sur la question « {} »",
    about_decision: "décision de l'étape {}",
    about_training: "formation « {} »",
    about_project: "fiche du projet",
    nothing_to_undo: "Rien à annuler.",
    nothing_to_undo_since_reload: "Rien à annuler depuis que le plan a été relu sur le disque.",
    nothing_to_redo: "Rien à refaire.",
    key_undo: "annuler",
    key_redo: "refaire",
    changes_kept_in: "Vos modifications non enregistrées sont gardées dans {}.",
    save_elsewhere_hint: "{} — e : enregistrer ailleurs",
    no_data_folder: "aucun dossier de données utilisateur n'est connu (HOME non défini ?)",
    notice_title: "Attention",
    notice_close: "Une touche pour continuer.",
    plan_being_created: "{} est en cours de création par {} ; réessayez une fois cet assistant fermé",
    plan_created: "Plan créé : {}.",
    pane_sheet: "Étape {} — {}",
    pane_criteria: "Critères go/no-go",
    pane_questions: "Questionnaire",
    pane_detail: "Détail",
    theme: "Accompagnement sur",
    step_question: "Question de l'équipe",
    need: "Mon besoin",
    objective: "Objectif",
    achievement: "Réalisation visée",
    progress_stage: "Stade d'avancement",
    maturity: "Maturité de l'équipe",
    key_steps: "Étapes clés",
    offer_resources: "Ressources Cloud Pi Native et mode d'emploi",
    if_eligible: "Si éligible à un accompagnement",
    program_support: "Soutien du programme",
    contacts_program: "Contacts côté Cloud Pi Native",
    contacts_project: "Contacts côté projet",
    role_resources: "Ressources d'autoformation",
    role_decision: "Décision / stratégie",
    role_pilotage: "Pilotage MOE",
    role_technique: "Réalisation et gestion technique",
    go_no_go: "Go/no-go",
    links: "Liens",
    locked: "Étape pas encore ouverte : l'étape {} n'a pas reçu de décision « go ». Vous pouvez la lire et la préparer.",
    orphans: "Réponses orphelines (absentes des définitions, conservées telles quelles)",
    orphan_criterion: "critère",
    orphan_answer: "réponse",
    orphan_stage: "étape",
    status_todo: "à faire",
    status_ok: "ok",
    status_ko: "ko",
    status_na: "sans objet",
    decision_pending: "en attente",
    decision_go: "go",
    decision_no_go: "no-go",
    by_project_team: "équipe projet (auto-évaluation)",
    by_service_team: "service team",
    status: "Statut",
    blocking: "bloquant pour un go",
    note: "Note de l'équipe",
    interviewer_note: "Note de l'intervieweur",
    answer: "Réponse",
    unanswered: "pas encore de réponse",
    optional: "facultatif",
    yes: "oui",
    no: "non",
    kind_text: "texte court",
    kind_long_text: "texte libre",
    kind_yes_no: "oui / non",
    kind_choice: "choix unique",
    kind_multi_choice: "choix multiples",
    kind_number: "nombre",
    kind_date: "date (AAAA-MM-JJ)",
    invalid_number: "Saisissez un nombre, par exemple 12 ou 3,5.",
    invalid_date: "Saisissez une date au format AAAA-MM-JJ, par exemple 2026-11-22.",
    invalid_answer_escape: "{} Échap : abandonner la saisie et garder la réponse enregistrée.",
    number_dropped: "Saisie abandonnée (« {} » n'est pas un nombre) : réponse inchangée.",
    date_dropped: "Saisie abandonnée (« {} » n'est pas une date) : réponse inchangée.",
    text_full: "Ce texte a atteint sa taille maximale ({} Kio dans le plan) : la touche n'a rien ajouté. Supprimez-en une partie pour écrire encore.",
    paste_cut: "Collage coupé : seuls les {} premiers caractères sur {} ont été gardés (un texte tient au plus {} Kio dans le plan).",
    thousands: "\u{a0}",
    name_required: "Le nom du projet est obligatoire.",
    go_blocked: "Go impossible : {} critère(s) bloquant(s) ni « ok » ni « sans objet » : {}.",
    go_locked: "Go impossible : l'étape {} n'a pas encore reçu de décision « go ».",
    no_questions: "Pas de questionnaire à cette étape.",
    decision: "Décision",
    decision_title: "Décision de l'étape {}",
    decided_by: "Décidé par",
    decided_name: "Nom",
    rationale: "Motif",
    decided_on: "le {}",
    edit_note: "Note de l'équipe — {}",
    edit_interviewer_note: "Note de l'intervieweur — {}",
    edit_answer: "Réponse — {}",
    setup_title: "Nouveau plan projet",
    setup_path: "Le plan sera enregistré dans {}",
    setup_hint: "Seul le nom est obligatoire ; le reste pourra être précisé plus tard.",
    project_name: "Nom du projet",
    organisation: "Organisation",
    project_kind: "Type de projet",
    hosting_target: "Cible d'hébergement",
    not_set: "non renseigné",
    project_kinds: [
        "nouveau",
        "migration",
        "refonte",
        "évolution",
        "expérimentation",
    ],
    hosting_targets: [
        "socle mutualisé NP",
        "socle dédié NP",
        "socle dédié DR",
        "cluster géré par le projet",
        "à définir",
    ],
    confirm_quit: "Des modifications n'ont pas pu être enregistrées. Quitter quand même ? o : quitter · e : enregistrer ailleurs · autre touche : rester",
    confirm_quit_draft: "Une décision saisie n'a pas été enregistrée (d pour la reprendre). Quitter quand même ? o : quitter · autre touche : rester",
    too_small: "Agrandissez le terminal : il faut au moins {}×{} (actuellement {}×{}).",
    help_title: "Aide",
    help_intro: "embarquement vous guide à travers les cinq étapes d'embarquement sur Cloud Pi Native. Chaque modification est enregistrée aussitôt dans le plan projet.",
    yes_key: "o",
    space: "Espace",
    enter: "Entrée",
    escape: "Échap",
    enter_or_escape: "Entrée/Échap",
    help_move: "se déplacer dans la liste, ou faire défiler la fiche de l'étape",
    help_fast: "aller plus vite, au début, à la fin",
    help_stage: "étape précédente, étape suivante",
    help_jump: "aller directement à une étape",
    help_pane: "volet suivant, précédent : fiche, critères, questionnaire",
    help_space: "statut du critère : à faire → ok → ko → sans objet ; oui / non sur une question fermée",
    help_enter: "note d'un critère, réponse à une question ; valider une liste ou un formulaire",
    help_note: "note de l'équipe sur la question",
    help_interviewer: "note de l'intervieweur (service team), gardée à part",
    help_decide: "décision de l'étape : en attente, go, no-go ; qui décide, nom, motif",
    help_resources: "l'offre (contacts, cibles d'hébergement) et la formation : cochez ce qui est acquis",
    help_save: "enregistrer tout de suite (chaque modification l'est déjà)",
    help_save_elsewhere: "enregistrer ailleurs, dans le dossier de données, si l'enregistrement échoue",
    help_reload: "relire le plan modifié sur le disque (vos modifications sont d'abord gardées à part)",
    help_help: "cette aide",
    help_quit: "quitter (les modifications sont enregistrées) ; Ctrl-C depuis tout écran",
    help_undo: "annuler la dernière modification de la séance, sur n'importe quelle étape (la ligne de message dit laquelle)",
    help_redo: "refaire ce qui vient d'être annulé",
    help_section_main: "Écran principal",
    help_section_editor: "Éditeur de texte",
    help_section_choice: "Liste d'options",
    help_section_decision: "Décision de l'étape",
    help_section_setup: "Nouveau plan",
    help_section_resources: "Offre et formation",
    help_section_confirm: "Question avant de quitter",
    help_section_help: "Aide",
    help_section_notice: "Avertissement",
    key_page_up: "PgPréc",
    key_page_down: "PgSuiv",
    key_home: "Début",
    key_end: "Fin",
    key_shift_tab: "Maj-Tab",
    help_notes: [
        (
            "Ctrl-Z",
            "mettre en pause, après avoir tout enregistré ; `fg` dans le shell pour reprendre",
        ),
        (
            "!",
            "dans la liste : critère bloquant, sans lequel la décision go est refusée",
        ),
    ],
    key_move: "déplacer",
    key_stage: "étape",
    key_pane: "volet",
    key_cycle: "statut",
    key_cycle_answer: "oui/non",
    key_note: "note",
    key_answer: "répondre",
    key_interviewer: "note intervieweur",
    key_decide: "décision",
    key_help: "aide",
    key_save: "enregistrer",
    key_quit: "quitter",
    key_scroll: "défiler",
    key_leave_editor: "terminer",
    key_newline: "nouvelle ligne",
    key_pick: "choisir",
    key_tick: "cocher",
    key_confirm: "valider",
    key_clear_line: "effacer",
    key_quit_uncreated: "quitter sans rien créer",
    key_cancel_draft: "annuler (brouillon gardé)",
    key_cancel: "annuler",
    key_field: "champ",
    key_change: "changer",
    key_create: "créer le plan",
    key_close: "fermer",
    validate_ok: "Définitions valides : {} étapes, {} critères, {} questionnaires, {} questions (version {}, {}).",
    validate_failed: "{} problème(s) dans les définitions : corrigez-les puis relancez `embarquement validate`.",
    no_terminal: "L'assistant a besoin d'un terminal interactif. Sans terminal, utilisez les commandes `embarquement init`, `embarquement status` et `embarquement validate` (voir `embarquement --help`).",
    suspended: "embarquement est en pause et le plan enregistré. Tapez `fg` pour reprendre.",
    stopped_by_signal: "Arrêt demandé (signal {}).",
    crashed: "L'assistant s'est arrêté sur une erreur interne (détail ci-dessus) ; merci de la signaler.",
    rescue_up_to_date: "Rien n'est perdu : le plan {} est à jour.",
    rescue_saved: "Les réponses sont enregistrées dans le plan {}.",
    rescue_copy: "Vos dernières réponses sont dans la copie de secours {} : ouvrez-la avec `embarquement {}` pour la vérifier, puis remplacez par elle le plan {}.",
    rescue_lost: "Aucune copie de secours n'a pu être écrite ({}) ; le plan {} garde tout, sauf les dernières modifications.",
    resources_title: "Offre et formation",
    about_offer: "L'offre en bref",
    general_tracks: "Parcours généraux",
    training_path: "Parcours : {}",
    path_word: "Parcours",
    about_path: "À propos de ce parcours",
    level: "Niveau {}",
    audience: "Public",
    goal: "Objectif",
    roles: "Rôles",
    acquired: "acquis",
    acquired_count: "{}/{} acquis",
    email: "Contact",
    key_resources: "offre et formation",
    key_acquired: "acquis",
    plan_exists: "{} existe déjà : ouvrez-le avec `embarquement {}`, ou choisissez un autre chemin",
    defs_folder_unreadable: "lecture du dossier impossible ({}) ; donnez un dossier de fichiers de définitions (*.yaml)",
    defs_no_file: "aucun fichier de définitions (*.yaml) dans ce dossier",
    defs_too_many_files: "{} fichiers de définitions, plus que les {} acceptés",
    defs_file_unreadable: "lecture du fichier impossible : {}",
    defs_not_a_file: "ce n'est pas un fichier mais {} : donnez un fichier de définitions (*.yaml), ou retirez celui-ci",
    defs_file_too_large: "le fichier fait {} octets, plus que les {} acceptés",
    defs_not_utf8: "ce n'est pas du texte UTF-8 : enregistrez le fichier en UTF-8",
    defs_unknown_kind: "`kind: {}` inconnu : il faut offer, stages, questionnaire ou training",
    defs_missing_kind: "il manque `kind:` (offer, stages, questionnaire ou training)",
    defs_no_file_of_kind: "aucun fichier `kind: {}` : l'ensemble doit en avoir exactement un",
    defs_second_file_of_kind: "un second fichier `kind: {}` : l'ensemble doit en avoir exactement un",
    defs_second_training: "un second fichier `kind: training` : l'ensemble en accepte un au plus",
    defs_id_not_kebab: "{} : l'identifiant `{}` doit être en kebab-case (a-z, 0-9 et tirets, par exemple `besoin-metier`)",
    defs_id_duplicate: "{} : l'identifiant `{}` est déjà pris : chaque identifiant doit être unique",
    defs_link_not_https: "le lien `{}` doit être une adresse https:// complète",
    defs_empty_version: "`version` ne doit pas être vide",
    defs_stage_number_range: "l'étape `{}` porte le numéro {} : les numéros vont de 1 à {}",
    defs_stage_number_repeated: "l'étape `{}` reprend le numéro {}",
    defs_stage_number_missing: "aucune étape ne porte le numéro {}",
    defs_stage_empty_field: "l'étape `{}` a un champ `{}` vide",
    defs_unknown_questionnaire: "l'étape `{}` cite le questionnaire `{}`, qu'aucun fichier ne définit",
    defs_unknown_contact: "l'étape `{}` cite le contact du programme `{}`, que le fichier de l'offre ne définit pas",
    defs_unknown_role: "l'étape `{}` cite le rôle projet `{}`, que le fichier de l'offre ne définit pas",
    defs_too_few_choices: "la question `{}` est un choix : donnez au moins deux `choices`",
    defs_choices_not_taken: "la question `{}` a des `choices` mais son type n'en prend pas : utilisez `kind: choice` ou `kind: multi_choice`",
    defs_bad_level: "parcours de formation `{}` : le niveau {} sort de 1 à 3 ou se répète",
    defs_what_stage: "étape",
    defs_what_criterion: "critère",
    defs_what_contact: "contact du programme",
    defs_what_role: "rôle projet",
    defs_what_hosting: "cible d'hébergement",
    defs_what_questionnaire: "questionnaire",
    defs_what_section: "section",
    defs_what_question: "question",
    defs_what_choice: "choix",
    defs_what_track: "parcours général",
    defs_what_path: "parcours de formation",
    defs_what_item: "élément de formation",
    plan_not_found: "{} : aucun plan projet à cet endroit ; créez-le avec `embarquement init {} --name \"Mon projet\"` ou en ouvrant l'assistant",
    plan_unreadable: "{} : lecture du plan impossible ({})",
    plan_too_large: "{} : le fichier fait {} octets, plus que les {} qu'un plan peut contenir",
    plan_not_utf8: "{}:{}:1 : ce n'est pas du texte UTF-8 ; le fichier est peut-être abîmé : demandez-en une nouvelle copie",
    not_a_plan: "{} : ce n'est pas un plan embarquement (pas de ligne `format: {}`)",
    newer_plan: "{} : le plan est au format `{}`, plus récent que celui de ce programme (`{}`) ; mettez embarquement à jour pour l'ouvrir (le fichier n'a pas été modifié)",
    plan_invalid: "{}:{}:{} : plan illisible : {} ; corrigez cette ligne ou demandez une nouvelle copie du plan",
    yaml_alias: "les ancres et alias (`&nom`, `*nom`) ne sont pas acceptés : écrivez la valeur en entier",
    yaml_too_deep: "imbrication de plus de {} niveaux",
    yaml_duplicate_key: "la clé `{}` apparaît deux fois : chaque clé ne peut figurer qu'une fois",
    yaml_nul_byte: "octet nul (NUL) : ce caractère n'a pas sa place dans un fichier texte, qui est peut-être abîmé",
    yaml_unknown_key: "clé inconnue `{}`",
    yaml_unknown_key_near: "clé inconnue `{}` : vouliez-vous dire `{}` ?",
    yaml_unknown_key_among: "clé inconnue `{}` (clés possibles : {})",
    yaml_unknown_value_near: "`{}` n'est pas une valeur possible ici : vouliez-vous dire `{}` ?",
    yaml_unknown_value_among: "`{}` n'est pas une valeur possible ici (valeurs possibles : {})",
    yaml_empty_value: "valeur vide : il en faut une parmi {}",
    yaml_missing_key: "il manque la clé `{}`",
    yaml_mismatch: "il faut {}, pas {}",
    yaml_integer_too_large: "le nombre {} est trop grand : un nombre entier va de -9223372036854775808 à 9223372036854775807",
    yaml_tag: "l'étiquette `{}` n'est pas acceptée : retirez-la",
    yaml_empty: "le texte est vide : il ne contient aucune valeur",
    yaml_second_document: "un second document (`---`) suit le premier : un fichier n'en contient qu'un",
    yaml_refused: "valeur refusée à cet endroit",
    yaml_syntax_quote: "guillemet non refermé : la valeur entre guillemets ne se termine pas",
    yaml_syntax_escape: "séquence d'échappement inconnue (`\\…`) entre guillemets doubles",
    yaml_syntax_flow_list: "liste entre crochets mal formée : il manque une virgule ou le `]` final",
    yaml_syntax_flow_map: "accolades mal formées : il manque une virgule ou le `}` final",
    yaml_syntax_indentation: "indentation incorrecte, ou clé sans « : » : alignez cette ligne sur les clés de même niveau, avec des espaces",
    yaml_syntax_colon: "« : » dans une valeur sans guillemets : mettez la valeur entre guillemets",
    yaml_syntax_tab: "tabulation dans l'indentation : indentez avec des espaces",
    yaml_syntax_other: "syntaxe YAML incorrecte à cet endroit",
    yaml_found_nothing: "une valeur vide",
    yaml_found_bool: "la valeur `{}`",
    yaml_found_number: "le nombre {}",
    yaml_found_text: "le texte « {} »",
    yaml_found_list: "une liste",
    yaml_found_mapping: "des clés et valeurs",
    yaml_found_unknown: "cette valeur",
    yaml_expected_integer: "un nombre entier de {} à {}",
    yaml_expected_number: "un nombre",
    yaml_expected_yes_no: "`true` ou `false`",
    yaml_expected_text: "un texte",
    yaml_expected_date: "une date au format AAAA-MM-JJ (par exemple 2026-11-22)",
    yaml_expected_list: "une liste (`- …` ou `[…]`)",
    yaml_expected_mapping: "des clés et valeurs (`clé: valeur`)",
    yaml_expected_translatable: "un texte, ou ses traductions `{fr: …, en: …}`",
    yaml_expected_answer: "une réponse (`true` ou `false`, un nombre, un texte ou une liste de textes)",
    yaml_expected_one_of: "une de ces valeurs : {}",
    yaml_expected_key: "une clé",
    yaml_expected_other: "une valeur d'une autre forme",
    plan_not_saved: "{} : enregistrement impossible ({}) ; vos réponses restent dans l'assistant",
    io_not_found: "dossier introuvable : a-t-il été déplacé ou supprimé ?",
    io_permission_denied: "accès refusé : dossier ou fichier en lecture seule",
    io_read_only: "système de fichiers en lecture seule",
    io_disk_full: "disque plein",
    io_plan_too_large: "le plan dépasserait les {} Mio qu'un plan peut contenir et ne s'ouvrirait plus ; raccourcissez un long texte, ou enregistrez une copie ailleurs avec e",
    plan_read_only: "{} : plan ouvert en lecture seule, il est utilisé par {} ; rien n'y est enregistré",
    plan_changed_on_disk: "{} : le plan a été modifié sur le disque depuis son ouverture (par quelqu'un d'autre ?) ; il n'est plus enregistré automatiquement pour ne pas écraser ces changements",
    plan_not_owned: "{} appartient à {} ; l'enregistrer d'ici le donnerait à {}, et ses utilisateurs actuels pourraient ne plus y avoir accès : rien n'est enregistré automatiquement",
    not_owned_hint: "{} — Ctrl-S : enregistrer quand même · e : enregistrer une copie ailleurs",
    owner_and_group: "{} (groupe {})",
    owner_taken_over: "Plan enregistré : il appartenait à {}, il appartient désormais à {} (droits d'accès gardés).",
    backup_not_kept: "Plan enregistré, mais la version précédente n'a pas pu être gardée dans {} ({}).",
    lock_unavailable: "Plan ouvert sans verrou : {} n'a pas pu être créé ({}). Un autre assistant pourrait ouvrir ce plan en même temps ; ses modifications ne seront pas écrasées sans vous le dire.",
    plan_dangling_link: "{} est un lien vers un fichier qui n'existe pas : aucun plan n'est créé au travers d'un lien ; supprimez le lien ou donnez un autre chemin",
    plan_not_a_file: "{} n'est pas un fichier mais {} : donnez le chemin d'un plan projet (fichier .yaml)",
    kind_folder: "un dossier",
    kind_fifo: "un tube nommé",
    kind_socket: "une socket",
    kind_device: "un périphérique",
    kind_special: "un fichier spécial",
    io_not_a_file: "ce n'est pas un fichier ordinaire",
    io_name_taken: "un autre fichier, ou un lien, porte déjà ce nom",
    io_is_a_folder: "un dossier porte ce nom",
    criteria_word: "critères",
    questions_word: "questions",
    readiness_word: "avancement",
    locked_word: "pas encore ouverte",
};

/// English.
pub static EN: Strings = Strings {
    colon: ": ",
    saved_at: "saved at {}",
    not_saved_yet: "not saved yet",
    save_failed: "SAVE FAILED",
    saved_now: "Plan saved to {}.",
    read_only_by: "READ-ONLY: open by {}",
    changed_on_disk_badge: "CHANGED ON DISK: autosave stopped",
    lock_holder_short: "{} on {}",
    lock_holder: "{} on {} (process {}, since {})",
    read_only_notice: "This plan is already open by {}. It opens here read-only: you can read it, but nothing will be saved to it. To change it, close the other wizard and open the plan again; r reads the plan again, e saves an editable copy elsewhere.",
    edit_refused: "Read-only (plan open by {}): change refused; e saves a copy elsewhere.",
    plan_cut_notice: "This plan looks cut: its last line (a checksum) is missing, so the end of the file may have been lost on the way (email?). Check your answers, or ask for a new copy. Before the first save, the file will be copied beside itself ({}.damaged-…).",
    plan_altered_notice: "This plan was edited by hand or damaged: its checksum no longer matches its content. Check your answers. Before the first save, the file will be copied beside itself ({}.damaged-…).",
    damaged_copy_kept: "The plan as it was opened is kept in {}.",
    saved_elsewhere: "Plan saved to {}; the rest of the session is saved there.",
    key_save_elsewhere: "save elsewhere",
    key_reload: "read the plan again",
    conflict_hint: "{} — e: save elsewhere · r: read the plan again (your changes kept aside)",
    reloaded: "Plan read again from disk.",
    undone_status: "Status of criterion \"{}\" set back to \"{}\".",
    redone_status: "Status of criterion \"{}\" set again to \"{}\".",
    undone: "Undone: {}.",
    redone: "Redone: {}.",
    about_criterion_note: "note on criterion \"{}\"",
    about_criterion_interviewer_note: "interviewer's note on criterion \"{}\"",
    about_answer: "answer to \"{}\"",
    about_answer_note: "note on question \"{}\"",
    about_answer_interviewer_note: "interviewer's note on question \"{}\"",
    about_decision: "decision of stage {}",
    about_training: "training \"{}\"",
    about_project: "project details",
    nothing_to_undo: "Nothing to undo.",
    nothing_to_undo_since_reload: "Nothing to undo since the plan was read again from disk.",
    nothing_to_redo: "Nothing to redo.",
    key_undo: "undo",
    key_redo: "redo",
    changes_kept_in: "Your unsaved changes are kept in {}.",
    save_elsewhere_hint: "{} — e: save elsewhere",
    no_data_folder: "no user data folder is known (HOME not set?)",
    notice_title: "Warning",
    notice_close: "Press any key to continue.",
    plan_being_created: "{} is being created by {}; try again once that wizard is closed",
    plan_created: "Plan created: {}.",
    pane_sheet: "Stage {} — {}",
    pane_criteria: "Go/no-go criteria",
    pane_questions: "Questionnaire",
    pane_detail: "Detail",
    theme: "Support on",
    step_question: "The team's question",
    need: "My need",
    objective: "Objective",
    achievement: "Targeted achievement",
    progress_stage: "Stage of progress",
    maturity: "Team maturity",
    key_steps: "Key steps",
    offer_resources: "Cloud Pi Native resources and how to use them",
    if_eligible: "If eligible for support",
    program_support: "Programme support",
    contacts_program: "Cloud Pi Native contacts",
    contacts_project: "Project contacts",
    role_resources: "Self-training resources",
    role_decision: "Decision / strategy",
    role_pilotage: "Project steering",
    role_technique: "Delivery and technical management",
    go_no_go: "Go/no-go",
    links: "Links",
    locked: "Stage not open yet: stage {} has no \"go\" decision. You can read and prepare it.",
    orphans: "Orphaned answers (not in the definitions, kept as they are)",
    orphan_criterion: "criterion",
    orphan_answer: "answer",
    orphan_stage: "stage",
    status_todo: "to do",
    status_ok: "ok",
    status_ko: "ko",
    status_na: "n/a",
    decision_pending: "pending",
    decision_go: "go",
    decision_no_go: "no-go",
    by_project_team: "project team (self-assessment)",
    by_service_team: "service team",
    status: "Status",
    blocking: "blocks a go",
    note: "Team's note",
    interviewer_note: "Interviewer's note",
    answer: "Answer",
    unanswered: "no answer yet",
    optional: "optional",
    yes: "yes",
    no: "no",
    kind_text: "short text",
    kind_long_text: "free text",
    kind_yes_no: "yes / no",
    kind_choice: "single choice",
    kind_multi_choice: "multiple choice",
    kind_number: "number",
    kind_date: "date (YYYY-MM-DD)",
    invalid_number: "Enter a number, for example 12 or 3.5.",
    invalid_date: "Enter a date as YYYY-MM-DD, for example 2026-11-22.",
    invalid_answer_escape: "{} Esc: drop this entry and keep the recorded answer.",
    number_dropped: "Entry dropped (\"{}\" is not a number): answer unchanged.",
    date_dropped: "Entry dropped (\"{}\" is not a date): answer unchanged.",
    text_full: "This text has reached its maximum size ({} KiB in the plan): the key added nothing. Delete part of it to write more.",
    paste_cut: "Paste cut: only the first {} of {} characters were kept (a text takes at most {} KiB in the plan).",
    thousands: ",",
    name_required: "The project's name is required.",
    go_blocked: "Go refused: {} blocking criteria are neither \"ok\" nor \"n/a\": {}.",
    go_locked: "Go refused: stage {} has no \"go\" decision yet.",
    no_questions: "No questionnaire at this stage.",
    decision: "Decision",
    decision_title: "Decision for stage {}",
    decided_by: "Decided by",
    decided_name: "Name",
    rationale: "Rationale",
    decided_on: "on {}",
    edit_note: "Team's note — {}",
    edit_interviewer_note: "Interviewer's note — {}",
    edit_answer: "Answer — {}",
    setup_title: "New project plan",
    setup_path: "The plan will be saved to {}",
    setup_hint: "Only the name is required; the rest can be filled in later.",
    project_name: "Project name",
    organisation: "Organisation",
    project_kind: "Project kind",
    hosting_target: "Hosting target",
    not_set: "not set",
    project_kinds: ["new", "migration", "rebuild", "evolution", "experiment"],
    hosting_targets: [
        "shared platform, NP zone",
        "dedicated platform, NP zone",
        "dedicated platform, DR zone",
        "cluster run by the project",
        "to be decided",
    ],
    confirm_quit: "Some changes could not be saved. Quit anyway? y: quit · e: save elsewhere · any other key: stay",
    confirm_quit_draft: "A decision you typed was not recorded (d to resume it). Quit anyway? y: quit · any other key: stay",
    too_small: "Please enlarge the terminal: at least {}×{} is needed (now {}×{}).",
    help_title: "Help",
    help_intro: "embarquement walks you through the five stages of onboarding onto Cloud Pi Native. Every change is saved at once in the project plan.",
    yes_key: "y",
    space: "Space",
    enter: "Enter",
    escape: "Esc",
    enter_or_escape: "Enter/Esc",
    help_move: "move in the list, or scroll the stage sheet",
    help_fast: "move faster, to the top, to the bottom",
    help_stage: "previous stage, next stage",
    help_jump: "go straight to a stage",
    help_pane: "next, previous pane: sheet, criteria, questionnaire",
    help_space: "criterion status: to do → ok → ko → n/a; yes / no on a closed question",
    help_enter: "a criterion's note, an answer; confirm a list or a form",
    help_note: "the team's note on the question",
    help_interviewer: "the interviewer's (service team) note, kept apart",
    help_decide: "the stage decision: pending, go, no-go; who decides, name, rationale",
    help_resources: "the offer (contacts, hosting targets) and training: tick what is acquired",
    help_save: "save now (every change already is)",
    help_save_elsewhere: "save elsewhere (the user's data folder) when saving fails",
    help_reload: "read the plan again once changed on disk (your changes are first kept aside)",
    help_help: "this help",
    help_quit: "quit (changes are saved); Ctrl-C from any screen",
    help_undo: "undo the last change of the sitting, on any stage (the message line says which)",
    help_redo: "redo what was just undone",
    help_section_main: "Main screen",
    help_section_editor: "Text editor",
    help_section_choice: "Option list",
    help_section_decision: "Stage decision",
    help_section_setup: "New plan",
    help_section_resources: "Offer and training",
    help_section_confirm: "Question before quitting",
    help_section_help: "Help",
    help_section_notice: "Warning",
    key_page_up: "PgUp",
    key_page_down: "PgDn",
    key_home: "Home",
    key_end: "End",
    key_shift_tab: "Shift-Tab",
    help_notes: [
        (
            "Ctrl-Z",
            "pause, once everything is saved; `fg` in the shell to resume",
        ),
        (
            "!",
            "in the list: a blocking criterion, without which a go is refused",
        ),
    ],
    key_move: "move",
    key_stage: "stage",
    key_pane: "pane",
    key_cycle: "status",
    key_cycle_answer: "yes/no",
    key_note: "note",
    key_answer: "answer",
    key_interviewer: "interviewer note",
    key_decide: "decision",
    key_help: "help",
    key_save: "save",
    key_quit: "quit",
    key_scroll: "scroll",
    key_leave_editor: "done",
    key_newline: "new line",
    key_pick: "pick",
    key_tick: "tick",
    key_confirm: "confirm",
    key_clear_line: "clear",
    key_quit_uncreated: "quit, creating nothing",
    key_cancel_draft: "cancel (draft kept)",
    key_cancel: "cancel",
    key_field: "field",
    key_change: "change",
    key_create: "create the plan",
    key_close: "close",
    validate_ok: "Valid definitions: {} stages, {} criteria, {} questionnaires, {} questions (version {}, {}).",
    validate_failed: "{} problem(s) in the definitions: fix them, then run `embarquement validate` again.",
    no_terminal: "The wizard needs an interactive terminal. Without one, use `embarquement init`, `embarquement status` and `embarquement validate` (see `embarquement --help`).",
    suspended: "embarquement is paused and the plan saved. Type `fg` to resume.",
    stopped_by_signal: "Stop requested (signal {}).",
    crashed: "The wizard stopped on an internal error (details above); please report it.",
    rescue_up_to_date: "Nothing is lost: the plan {} is up to date.",
    rescue_saved: "The answers are saved in the plan {}.",
    rescue_copy: "Your latest answers are in the recovery copy {}: open it with `embarquement {}` to check it, then replace the plan {} with it.",
    rescue_lost: "No recovery copy could be written ({}); the plan {} holds everything but the latest changes.",
    resources_title: "Offer and training",
    about_offer: "The offer in brief",
    general_tracks: "General tracks",
    training_path: "Path: {}",
    path_word: "Path",
    about_path: "About this path",
    level: "Level {}",
    audience: "Audience",
    goal: "Goal",
    roles: "Roles",
    acquired: "acquired",
    acquired_count: "{}/{} acquired",
    email: "Contact",
    key_resources: "offer and training",
    key_acquired: "acquired",
    plan_exists: "{} already exists: open it with `embarquement {}`, or choose another path",
    defs_folder_unreadable: "cannot read the folder ({}); give a folder of definition files (*.yaml)",
    defs_no_file: "no definition file (*.yaml) in this folder",
    defs_too_many_files: "{} definition files, more than the {} accepted",
    defs_file_unreadable: "cannot read the file: {}",
    defs_not_a_file: "not a file but {}: give a definition file (*.yaml), or remove this one",
    defs_file_too_large: "the file is {} bytes, more than the {} accepted",
    defs_not_utf8: "not UTF-8 text: save the file as UTF-8",
    defs_unknown_kind: "unknown kind `{}`: expected offer, stages, questionnaire or training",
    defs_missing_kind: "missing `kind:` (one of offer, stages, questionnaire, training)",
    defs_no_file_of_kind: "no file of `kind: {}`: the set needs exactly one",
    defs_second_file_of_kind: "a second file of `kind: {}`: the set needs exactly one",
    defs_second_training: "a second file of `kind: training`: the set takes at most one",
    defs_id_not_kebab: "{} id `{}` must be kebab-case (a-z, 0-9 and hyphens, e.g. `besoin-metier`)",
    defs_id_duplicate: "duplicate {} id `{}`: ids must be unique",
    defs_link_not_https: "link `{}` must be an absolute https:// URL",
    defs_empty_version: "`version` must not be empty",
    defs_stage_number_range: "stage `{}` has number {}: numbers go from 1 to {}",
    defs_stage_number_repeated: "stage `{}` repeats number {}",
    defs_stage_number_missing: "no stage numbered {}",
    defs_stage_empty_field: "stage `{}` has an empty `{}`",
    defs_unknown_questionnaire: "stage `{}` names questionnaire `{}`, which no file defines",
    defs_unknown_contact: "stage `{}` names programme contact `{}`, which the offer file does not define",
    defs_unknown_role: "stage `{}` names project role `{}`, which the offer file does not define",
    defs_too_few_choices: "question `{}` is a choice: give at least two `choices`",
    defs_choices_not_taken: "question `{}` has `choices` but its kind takes none: use `kind: choice` or `kind: multi_choice`",
    defs_bad_level: "training path `{}`: level {} is out of 1–3 or repeated",
    defs_what_stage: "stage",
    defs_what_criterion: "criterion",
    defs_what_contact: "programme contact",
    defs_what_role: "project role",
    defs_what_hosting: "hosting target",
    defs_what_questionnaire: "questionnaire",
    defs_what_section: "section",
    defs_what_question: "question",
    defs_what_choice: "choice",
    defs_what_track: "training track",
    defs_what_path: "training path",
    defs_what_item: "training item",
    plan_not_found: "{}: no project plan there; create it with `embarquement init {} --name \"My project\"` or by opening the wizard",
    plan_unreadable: "{}: cannot read the plan ({})",
    plan_too_large: "{}: the file is {} bytes, more than the {} a plan may hold",
    plan_not_utf8: "{}:{}:1: not UTF-8 text; the file may be damaged: ask for a new copy",
    not_a_plan: "{}: not an embarquement plan (no `format: {}` line)",
    newer_plan: "{}: the plan is in format `{}`, newer than this program's `{}`; update embarquement to open it (the file was left untouched)",
    plan_invalid: "{}:{}:{}: unreadable plan: {}; fix that line or ask for a new copy of the plan",
    yaml_alias: "anchors and aliases (`&name`, `*name`) are not accepted: write the value out in full",
    yaml_too_deep: "nested more than {} levels deep",
    yaml_duplicate_key: "the key `{}` appears twice: each key may appear once",
    yaml_nul_byte: "NUL byte: this character has no place in a text file, which may be damaged",
    yaml_unknown_key: "unknown key `{}`",
    yaml_unknown_key_near: "unknown key `{}`: did you mean `{}`?",
    yaml_unknown_key_among: "unknown key `{}` (valid keys: {})",
    yaml_unknown_value_near: "`{}` is not a value accepted here: did you mean `{}`?",
    yaml_unknown_value_among: "`{}` is not a value accepted here (accepted values: {})",
    yaml_empty_value: "empty value: one of {} is needed",
    yaml_missing_key: "the key `{}` is missing",
    yaml_mismatch: "expected {}, not {}",
    yaml_integer_too_large: "the number {} is too large: a whole number goes from -9223372036854775808 to 9223372036854775807",
    yaml_tag: "the tag `{}` is not supported: remove it",
    yaml_empty: "the text is empty: it holds no value",
    yaml_second_document: "a second document (`---`) follows the first: a file holds one document",
    yaml_refused: "value refused here",
    yaml_syntax_quote: "unclosed quote: the quoted value does not end",
    yaml_syntax_escape: "unknown escape sequence (`\\…`) in double quotes",
    yaml_syntax_flow_list: "malformed list in brackets: a comma or the closing `]` is missing",
    yaml_syntax_flow_map: "malformed braces: a comma or the closing `}` is missing",
    yaml_syntax_indentation: "wrong indentation, or a key without its \": \": align this line with the keys of its level, using spaces",
    yaml_syntax_colon: "\": \" inside an unquoted value: put the value in quotes",
    yaml_syntax_tab: "tab in the indentation: indent with spaces",
    yaml_syntax_other: "YAML syntax error here",
    yaml_found_nothing: "an empty value",
    yaml_found_bool: "the value `{}`",
    yaml_found_number: "the number {}",
    yaml_found_text: "the text \"{}\"",
    yaml_found_list: "a list",
    yaml_found_mapping: "keys and values",
    yaml_found_unknown: "this value",
    yaml_expected_integer: "a whole number from {} to {}",
    yaml_expected_number: "a number",
    yaml_expected_yes_no: "`true` or `false`",
    yaml_expected_text: "a text",
    yaml_expected_date: "a date as YYYY-MM-DD (for example 2026-11-22)",
    yaml_expected_list: "a list (`- …` or `[…]`)",
    yaml_expected_mapping: "keys and values (`key: value`)",
    yaml_expected_translatable: "a text, or its translations `{fr: …, en: …}`",
    yaml_expected_answer: "an answer (`true` or `false`, a number, a text or a list of texts)",
    yaml_expected_one_of: "one of these values: {}",
    yaml_expected_key: "a key",
    yaml_expected_other: "a value of another kind",
    plan_not_saved: "{}: cannot save the plan ({}); your answers are kept in the wizard",
    io_not_found: "folder not found: was it moved or deleted?",
    io_permission_denied: "permission denied: read-only folder or file",
    io_read_only: "read-only file system",
    io_disk_full: "disk full",
    io_plan_too_large: "the plan would exceed the {} MiB a plan may hold and would no longer open; shorten a long text, or save a copy elsewhere with e",
    plan_read_only: "{}: plan opened read-only, it is in use by {}; nothing is saved to it",
    plan_changed_on_disk: "{}: the plan was changed on disk since it was opened (by someone else?); it is no longer saved automatically, so as not to overwrite those changes",
    plan_not_owned: "{} belongs to {}; saving it from here would give it to {}, and its current users might lose access to it: nothing is saved automatically",
    not_owned_hint: "{} — Ctrl-S: save anyway · e: save a copy elsewhere",
    owner_and_group: "{} (group {})",
    owner_taken_over: "Plan saved: it belonged to {}, it now belongs to {} (access rights kept).",
    backup_not_kept: "Plan saved, but the previous version could not be kept in {} ({}).",
    lock_unavailable: "Plan opened without a lock: {} could not be created ({}). Another wizard could open this plan at the same time; its changes will not be overwritten without telling you.",
    plan_dangling_link: "{} is a link to a file that does not exist: no plan is created through a link; remove the link or give another path",
    plan_not_a_file: "{} is not a file but {}: give the path of a project plan (a .yaml file)",
    kind_folder: "a folder",
    kind_fifo: "a named pipe",
    kind_socket: "a socket",
    kind_device: "a device",
    kind_special: "a special file",
    io_not_a_file: "not a regular file",
    io_name_taken: "another file, or a link, already has this name",
    io_is_a_folder: "a folder has this name",
    criteria_word: "criteria",
    questions_word: "questions",
    readiness_word: "progress",
    locked_word: "not open yet",
};

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fill_replaces_in_order() {
        assert_eq!(fill("{}×{} ({})", &[&80, &24, &"ok"]), "80×24 (ok)");
        assert_eq!(fill("no args", &[]), "no args");
    }

    #[test]
    fn large_numbers_are_grouped_by_three() {
        assert_eq!(group_digits(524_272, &FR), "524\u{a0}272");
        assert_eq!(group_digits(1_000_000, &EN), "1,000,000");
        assert_eq!(group_digits(999, &FR), "999");
    }
}

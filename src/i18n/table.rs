//! Every interface string, once, French then English: the table the `strings!` macro of
//! `i18n` turns into [`Strings`], [`FR`] and [`EN`].

strings! {
    /// The separator between a label and its value (" : " in French, ": " in English).
    colon: "\u{a0}: " / ": ";
    /// Saved-state indicator with the time.
    saved_at: "enregistré à {}" / "saved at {}";
    /// Before the first save.
    not_saved_yet: "pas encore enregistré" / "not saved yet";
    /// After a failed save.
    save_failed: "ÉCHEC DE L'ENREGISTREMENT" / "SAVE FAILED";
    /// Confirmation of Ctrl-S.
    saved_now: "Plan enregistré dans {}." / "Plan saved to {}.";
    /// Header: opened read-only (who holds the lock, short).
    read_only_by: "LECTURE SEULE\u{a0}: ouvert par {}" / "READ-ONLY: open by {}";
    /// Header: the file changed on disk.
    changed_on_disk_badge: "MODIFIÉ SUR LE DISQUE" / "CHANGED ON DISK: autosave stopped";
    /// Who holds a lock, short (user, host).
    lock_holder_short: "{} sur {}" / "{} on {}";
    /// Who holds a lock (user, host, pid, since).
    lock_holder: "{} sur {} (processus {}, depuis {})" / "{} on {} (process {}, since {})";
    /// Popup at open: another wizard holds the plan (who).
    read_only_notice: "Ce plan est déjà ouvert par {}. Il s'ouvre ici en lecture seule\u{a0}: vous pouvez le consulter, mais rien n'y sera enregistré. Pour le modifier, fermez l'autre assistant puis rouvrez le plan\u{a0}; r relit le plan, e en enregistre ailleurs une copie modifiable."
        / "This plan is already open by {}. It opens here read-only: you can read it, but nothing will be saved to it. To change it, close the other wizard and open the plan again; r reads the plan again, e saves an editable copy elsewhere.";
    /// An edit refused in a read-only plan (who holds the lock, short).
    edit_refused: "Lecture seule (plan ouvert par {})\u{a0}: modification refusée\u{a0}; e en enregistre une copie ailleurs."
        / "Read-only (plan open by {}): change refused; e saves a copy elsewhere.";
    /// Popup at open: the plan's last line is missing (path).
    plan_cut_notice: "Ce plan semble coupé\u{a0}: sa dernière ligne (somme de contrôle) manque, la fin du fichier a pu être perdue en route (courriel\u{a0}?). Vérifiez vos réponses, ou demandez une nouvelle copie. Avant le premier enregistrement, le fichier sera copié à côté de lui ({}.damaged-…)."
        / "This plan looks cut: its last line (a checksum) is missing, so the end of the file may have been lost on the way (email?). Check your answers, or ask for a new copy. Before the first save, the file will be copied beside itself ({}.damaged-…).";
    /// Popup at open: the plan's checksum does not match (path).
    plan_altered_notice: "Ce plan a été modifié à la main ou abîmé\u{a0}: sa somme de contrôle ne correspond plus à son contenu. Vérifiez vos réponses. Avant le premier enregistrement, le fichier sera copié à côté de lui ({}.damaged-…)."
        / "This plan was edited by hand or damaged: its checksum no longer matches its content. Check your answers. Before the first save, the file will be copied beside itself ({}.damaged-…).";
    /// After the first save of a damaged plan (path of the copy).
    damaged_copy_kept: "Le plan tel qu'il avait été ouvert est gardé dans {}."
        / "The plan as it was opened is kept in {}.";
    /// After saving elsewhere (path).
    saved_elsewhere: "Plan enregistré dans {}\u{a0}; la suite de la session y est enregistrée."
        / "Plan saved to {}; the rest of the session is saved there.";
    /// Key hint: save elsewhere.
    key_save_elsewhere: "enregistrer ailleurs" / "save elsewhere";
    /// Key hint: read the plan again from disk.
    key_reload: "relire le plan" / "read the plan again";
    /// After a conflict with changes on disk: the keys that save elsewhere or read again.
    conflict_hint: "{} — e\u{a0}: enregistrer ailleurs · r\u{a0}: relire le plan (vos modifications gardées à part)"
        / "{} — e: save elsewhere · r: read the plan again (your changes kept aside)";
    /// After reading the plan again from disk.
    reloaded: "Plan relu sur le disque." / "Plan read again from disk.";
    /// Message line: a change undone ("Statut du critère « … » rétabli à « … »": title, status).
    undone_status: "Statut du critère «\u{a0}{}\u{a0}» rétabli à «\u{a0}{}\u{a0}»."
        / "Status of criterion \"{}\" set back to \"{}\".";
    /// Message line: a change redone (title, status).
    redone_status: "Statut du critère «\u{a0}{}\u{a0}» remis à «\u{a0}{}\u{a0}»."
        / "Status of criterion \"{}\" set again to \"{}\".";
    /// Message line: a change undone (what it was about).
    undone: "Annulé\u{a0}: {}." / "Undone: {}.";
    /// Message line: a change redone (what it was about).
    redone: "Refait\u{a0}: {}." / "Redone: {}.";
    /// What an undone change was about: the team's note on a criterion (title).
    about_criterion_note: "note sur le critère «\u{a0}{}\u{a0}»" / "note on criterion \"{}\"";
    /// What an undone change was about: the interviewer's note on a criterion (title).
    about_criterion_interviewer_note: "note de l'intervieweur sur le critère «\u{a0}{}\u{a0}»"
        / "interviewer's note on criterion \"{}\"";
    /// What an undone change was about: an answer (question).
    about_answer: "réponse à «\u{a0}{}\u{a0}»" / "answer to \"{}\"";
    /// What an undone change was about: the team's note on a question (question).
    about_answer_note: "note sur la question «\u{a0}{}\u{a0}»" / "note on question \"{}\"";
    /// What an undone change was about: the interviewer's note on a question (question).
    about_answer_interviewer_note: "note de l'intervieweur sur la question «\u{a0}{}\u{a0}»"
        / "interviewer's note on question \"{}\"";
    /// What an undone change was about: a stage's decision (stage number).
    about_decision: "décision de l'étape {}" / "decision of stage {}";
    /// What an undone change was about: a training item (item).
    about_training: "formation «\u{a0}{}\u{a0}»" / "training \"{}\"";
    /// What an undone change was about: the project's name, organisation, kind or hosting.
    about_project: "fiche du projet" / "project details";
    /// What an undone change was about: the session log.
    about_sessions: "journal des séances" / "session log";
    /// What an undone change was about: the team members and their training.
    about_members: "membres de l'équipe" / "team members";
    /// Message line: `u` with nothing left to undo.
    nothing_to_undo: "Rien à annuler." / "Nothing to undo.";
    /// Message line: `u` with nothing to undo since the plan was read again from disk.
    nothing_to_undo_since_reload: "Rien à annuler depuis que le plan a été relu sur le disque."
        / "Nothing to undo since the plan was read again from disk.";
    /// Message line: Ctrl-R with nothing to redo.
    nothing_to_redo: "Rien à refaire." / "Nothing to redo.";
    /// Key hint: undo.
    key_undo: "annuler" / "undo";
    /// Key hint: redo.
    key_redo: "refaire" / "redo";
    /// Where changes not saved were copied before reading the plan again (path).
    changes_kept_in: "Vos modifications non enregistrées sont gardées dans {}."
        / "Your unsaved changes are kept in {}.";
    /// After a failed save: the key that saves elsewhere.
    save_elsewhere_hint: "{} — e\u{a0}: enregistrer ailleurs" / "{} — e: save elsewhere";
    /// No data folder to save elsewhere.
    no_data_folder: "aucun dossier de données utilisateur n'est connu (HOME non défini\u{a0}?)"
        / "no user data folder is known (HOME not set?)";
    /// Title of a warning popup.
    notice_title: "Attention" / "Warning";
    /// How to close a warning popup.
    notice_close: "Une touche pour continuer." / "Press any key to continue.";
    /// The wizard cannot start: another one is creating the plan (path, who).
    plan_being_created: "{} est en cours de création par {}\u{a0}; réessayez une fois cet assistant fermé"
        / "{} is being created by {}; try again once that wizard is closed";
    /// Confirmation of creation.
    plan_created: "Plan créé\u{a0}: {}." / "Plan created: {}.";
    /// Title of the stage sheet pane: number, title.
    pane_sheet: "Étape {} — {}" / "Stage {} — {}";
    /// Title of the criteria pane.
    pane_criteria: "Critères go/no-go" / "Go/no-go criteria";
    /// Title of the questions pane.
    pane_questions: "Questionnaire" / "Questionnaire";
    /// Title of the detail pane.
    pane_detail: "Détail" / "Detail";
    /// Sheet: theme.
    theme: "Accompagnement sur" / "Support on";
    /// Sheet: step question.
    step_question: "Question de l'équipe" / "The team's question";
    /// Sheet: need.
    need: "Mon besoin" / "My need";
    /// Sheet: objective.
    objective: "Objectif" / "Objective";
    /// Sheet: targeted achievement.
    achievement: "Réalisation visée" / "Targeted achievement";
    /// Sheet: stage of progress.
    progress_stage: "Stade d'avancement" / "Stage of progress";
    /// Sheet: team maturity.
    maturity: "Maturité de l'équipe" / "Team maturity";
    /// Sheet: key steps.
    key_steps: "Étapes clés" / "Key steps";
    /// Sheet: resources of the offer.
    offer_resources: "Ressources Cloud Pi Native et mode d'emploi"
        / "Cloud Pi Native resources and how to use them";
    /// Sheet: if eligible.
    if_eligible: "Si éligible à un accompagnement" / "If eligible for support";
    /// Sheet: programme support.
    program_support: "Soutien du programme" / "Programme support";
    /// Sheet: programme contacts.
    contacts_program: "Contacts côté Cloud Pi Native" / "Cloud Pi Native contacts";
    /// Sheet: project contacts.
    contacts_project: "Contacts côté projet" / "Project contacts";
    /// Sheet: self-training resources.
    role_resources: "Ressources d'autoformation" / "Self-training resources";
    /// Role: decision.
    role_decision: "Décision / stratégie" / "Decision / strategy";
    /// Role: pilotage.
    role_pilotage: "Pilotage MOE" / "Project steering";
    /// Role: technique.
    role_technique: "Réalisation et gestion technique" / "Delivery and technical management";
    /// Sheet: go/no-go statement.
    go_no_go: "Go/no-go" / "Go/no-go";
    /// Links heading.
    links: "Liens" / "Links";
    /// Why a stage is locked: the previous stage's number.
    locked: "Étape pas encore ouverte\u{a0}: l'étape {} n'a pas reçu de décision «\u{a0}go\u{a0}». Vous pouvez la lire et la préparer."
        / "Stage not open yet: stage {} has no \"go\" decision. You can read and prepare it.";
    /// Heading of the orphaned records.
    orphans: "Réponses orphelines (absentes des définitions, conservées telles quelles)"
        / "Orphaned answers (not in the definitions, kept as they are)";
    /// Orphaned criterion.
    orphan_criterion: "critère" / "criterion";
    /// Orphaned answer.
    orphan_answer: "réponse" / "answer";
    /// Orphaned stage.
    orphan_stage: "étape" / "stage";
    /// Criterion status: todo.
    status_todo: "à faire" / "to do";
    /// Criterion status: ok.
    status_ok: "ok" / "ok";
    /// Criterion status: ko.
    status_ko: "ko" / "ko";
    /// Criterion status: not applicable.
    status_na: "sans objet" / "n/a";
    /// Decision: pending.
    decision_pending: "en attente" / "pending";
    /// Decision: go.
    decision_go: "go" / "go";
    /// Decision: no-go.
    decision_no_go: "no-go" / "no-go";
    /// Decided by the project team.
    by_project_team: "équipe projet (auto-évaluation)" / "project team (self-assessment)";
    /// Decided by the service team.
    by_service_team: "service team" / "service team";
    /// Decision form: the other side's decision, beside the one being recorded (side, status).
    decision_other_side: "Décision de l'autre partie ({})\u{a0}: {}" / "The other side's decision ({}): {}";
    /// The team's own decision, proposed and not final.
    self_assessment: "auto-évaluation" / "self-assessment";
    /// Detail: status label.
    status: "Statut" / "Status";
    /// Detail: blocking criterion.
    blocking: "bloquant pour un go" / "blocks a go";
    /// Detail: team's note.
    note: "Note de l'équipe" / "Team's note";
    /// Detail: interviewer's note.
    interviewer_note: "Note de l'intervieweur" / "Interviewer's note";
    /// Detail: answer.
    answer: "Réponse" / "Answer";
    /// Detail: no answer yet.
    unanswered: "pas encore de réponse" / "no answer yet";
    /// Optional question.
    optional: "facultatif" / "optional";
    /// Yes.
    yes: "oui" / "yes";
    /// No.
    no: "non" / "no";
    /// Question kind: text.
    kind_text: "texte court" / "short text";
    /// Question kind: long text.
    kind_long_text: "texte libre" / "free text";
    /// Question kind: yes/no.
    kind_yes_no: "oui / non" / "yes / no";
    /// Question kind: choice.
    kind_choice: "choix unique" / "single choice";
    /// Question kind: multiple choice.
    kind_multi_choice: "choix multiples" / "multiple choice";
    /// Question kind: number.
    kind_number: "nombre" / "number";
    /// Question kind: date.
    kind_date: "date (AAAA-MM-JJ)" / "date (YYYY-MM-DD)";
    /// Validation: not a number.
    invalid_number: "Saisissez un nombre, par exemple 12 ou 3,5." / "Enter a number, for example 12 or 3.5.";
    /// Validation: not a date.
    invalid_date: "Saisissez une date au format AAAA-MM-JJ, par exemple 2026-11-22."
        / "Enter a date as YYYY-MM-DD, for example 2026-11-22.";
    /// After a refused answer in its editor (the refusal), how to leave keeping the recorded one.
    invalid_answer_escape: "{} Échap\u{a0}: abandonner la saisie et garder la réponse enregistrée."
        / "{} Esc: drop this entry and keep the recorded answer.";
    /// An editor left with a number that does not parse (the text typed).
    number_dropped: "Saisie abandonnée («\u{a0}{}\u{a0}» n'est pas un nombre)\u{a0}: réponse inchangée."
        / "Entry dropped (\"{}\" is not a number): answer unchanged.";
    /// An editor left with a date that does not parse (the text typed).
    date_dropped: "Saisie abandonnée («\u{a0}{}\u{a0}» n'est pas une date)\u{a0}: réponse inchangée."
        / "Entry dropped (\"{}\" is not a date): answer unchanged.";
    /// A key refused because its text is at the limit (the limit, in KiB).
    text_full: "Ce texte a atteint sa taille maximale ({} Kio dans le plan)\u{a0}: la touche n'a rien ajouté. Supprimez-en une partie pour écrire encore."
        / "This text has reached its maximum size ({} KiB in the plan): the key added nothing. Delete part of it to write more.";
    /// A paste cut at the limit (characters kept, characters pasted, the limit in KiB).
    paste_cut: "Collage coupé\u{a0}: seuls les {} premiers caractères sur {} ont été gardés (un texte tient au plus {} Kio dans le plan)."
        / "Paste cut: only the first {} of {} characters were kept (a text takes at most {} KiB in the plan).";
    /// What groups the digits of large numbers by three.
    thousands: "\u{a0}" / ",";
    /// Validation: the project name is required.
    name_required: "Le nom du projet est obligatoire." / "The project's name is required.";
    /// A go refused: count, list of criteria.
    go_blocked: "Go impossible\u{a0}: {} critère(s) bloquant(s) ni «\u{a0}ok\u{a0}» ni «\u{a0}sans objet\u{a0}»\u{a0}: {}."
        / "Go refused: {} blocking criteria are neither \"ok\" nor \"n/a\": {}.";
    /// A go refused because the previous stage (number) has no go.
    go_locked: "Go impossible\u{a0}: l'étape {} n'a pas encore reçu de décision «\u{a0}go\u{a0}»."
        / "Go refused: stage {} has no \"go\" decision yet.";
    /// The stage has no questionnaire.
    no_questions: "Pas de questionnaire à cette étape." / "No questionnaire at this stage.";
    /// Decision line prefix.
    decision: "Décision" / "Decision";
    /// Decision popup title: stage number.
    decision_title: "Décision de l'étape {}" / "Decision for stage {}";
    /// Decision popup: who decided.
    decided_by: "Décidé par" / "Decided by";
    /// Decision popup: name.
    decided_name: "Nom" / "Name";
    /// Decision popup: rationale.
    rationale: "Motif" / "Rationale";
    /// Decision popup: date.
    decided_on: "le {}" / "on {}";
    /// Editor title: the team's note on an item.
    edit_note: "Note de l'équipe — {}" / "Team's note — {}";
    /// Editor title: the interviewer's note.
    edit_interviewer_note: "Note de l'intervieweur — {}" / "Interviewer's note — {}";
    /// Editor title: an answer.
    edit_answer: "Réponse — {}" / "Answer — {}";
    /// Setup form title.
    setup_title: "Nouveau plan projet" / "New project plan";
    /// Setup form: where the plan will be written.
    setup_path: "Le plan sera enregistré dans {}" / "The plan will be saved to {}";
    /// Setup: what is required.
    setup_hint: "Seul le nom est obligatoire\u{a0}; le reste pourra être précisé plus tard."
        / "Only the name is required; the rest can be filled in later.";
    /// Setup: project name.
    project_name: "Nom du projet" / "Project name";
    /// Setup: organisation.
    organisation: "Organisation" / "Organisation";
    /// Setup: project kind.
    project_kind: "Type de projet" / "Project kind";
    /// Setup: hosting target.
    hosting_target: "Cible d'hébergement" / "Hosting target";
    /// A field left unset.
    not_set: "non renseigné" / "not set";
    /// Quit with unsaved changes.
    confirm_quit: "Des modifications n'ont pas pu être enregistrées. Quitter quand même\u{a0}? o\u{a0}: quitter · e\u{a0}: enregistrer ailleurs · autre touche\u{a0}: rester"
        / "Some changes could not be saved. Quit anyway? y: quit · e: save elsewhere · any other key: stay";
    /// Quit with a decision draft not recorded.
    confirm_quit_draft: "Une décision saisie n'a pas été enregistrée (d pour la reprendre). Quitter quand même\u{a0}? o\u{a0}: quitter · autre touche\u{a0}: rester"
        / "A decision you typed was not recorded (d to resume it). Quit anyway? y: quit · any other key: stay";
    /// The terminal is too small: needed width, height, actual width, height.
    too_small: "Agrandissez le terminal\u{a0}: il faut au moins {}×{} (actuellement {}×{})."
        / "Please enlarge the terminal: at least {}×{} is needed (now {}×{}).";
    /// Help title.
    help_title: "Aide" / "Help";
    /// Help: introduction.
    help_intro: "embarquement vous guide à travers les cinq étapes d'embarquement sur Cloud Pi Native. Chaque modification est enregistrée aussitôt dans le plan projet."
        / "embarquement walks you through the five stages of onboarding onto Cloud Pi Native. Every change is saved at once in the project plan.";
    /// Help: what the key does (move).
    help_move: "se déplacer dans la liste, ou faire défiler la fiche de l'étape"
        / "move in the list, or scroll the stage sheet";
    /// Help: what the key does (fast).
    help_fast: "aller plus vite, au début, à la fin" / "move faster, to the top, to the bottom";
    /// Help: what the key does (stage).
    help_stage: "étape précédente, étape suivante" / "previous stage, next stage";
    /// Help: what the key does (jump).
    help_jump: "aller directement à une étape" / "go straight to a stage";
    /// Help: what the key does (pane).
    help_pane: "volet suivant, précédent\u{a0}: fiche, critères, questionnaire"
        / "next, previous pane: sheet, criteria, questionnaire";
    /// Help: what the key does (space).
    help_space: "statut du critère\u{a0}: à faire → ok → ko → sans objet\u{a0}; oui / non sur une question fermée"
        / "criterion status: to do → ok → ko → n/a; yes / no on a closed question";
    /// Help: what the key does (enter).
    help_enter: "note d'un critère, réponse à une question\u{a0}; valider une liste ou un formulaire"
        / "a criterion's note, an answer; confirm a list or a form";
    /// Help: what the key does (note).
    help_note: "note de l'équipe sur la question" / "the team's note on the question";
    /// Help: what the key does (interviewer).
    help_interviewer: "note de l'intervieweur (service team), gardée à part"
        / "the interviewer's (service team) note, kept apart";
    /// Help: what the key does (decide).
    help_decide: "décision de l'étape\u{a0}: en attente, go, no-go\u{a0}; qui décide, nom, motif"
        / "the stage decision: pending, go, no-go; who decides, name, rationale";
    /// Help: what the key does (resources).
    help_resources: "l'offre (contacts, cibles d'hébergement) et la formation\u{a0}: cochez ce qui est acquis"
        / "the offer (contacts, hosting targets) and training: tick what is acquired";
    /// Help: what the key does (save).
    help_save: "enregistrer tout de suite (chaque modification l'est déjà)"
        / "save now (every change already is)";
    /// Help: what the key does (save elsewhere).
    help_save_elsewhere: "enregistrer ailleurs, dans le dossier de données, si l'enregistrement échoue"
        / "save elsewhere (the user's data folder) when saving fails";
    /// Help: what the key does (reload).
    help_reload: "relire le plan modifié sur le disque (vos modifications sont d'abord gardées à part)"
        / "read the plan again once changed on disk (your changes are first kept aside)";
    /// Help: what the key does (help).
    help_help: "cette aide" / "this help";
    /// Help: what the key does (quit).
    help_quit: "quitter (les modifications sont enregistrées)\u{a0}; Ctrl-C depuis tout écran"
        / "quit (changes are saved); Ctrl-C from any screen";
    /// Help: undo.
    help_undo: "annuler la dernière modification de la séance, sur n'importe quelle étape (la ligne de message dit laquelle)"
        / "undo the last change of the sitting, on any stage (the message line says which)";
    /// Help: redo.
    help_redo: "refaire ce qui vient d'être annulé" / "redo what was just undone";
    /// Help: section main.
    help_section_main: "Écran principal" / "Main screen";
    /// Help: section editor.
    help_section_editor: "Éditeur de texte" / "Text editor";
    /// Help: section choice.
    help_section_choice: "Liste d'options" / "Option list";
    /// Help: section decision.
    help_section_decision: "Décision de l'étape" / "Stage decision";
    /// Help: section setup.
    help_section_setup: "Nouveau plan" / "New plan";
    /// Help: section confirm.
    help_section_confirm: "Question avant de quitter" / "Question before quitting";
    /// Help: section notice.
    help_section_notice: "Avertissement" / "Warning";
    /// Name of a key in the help: page up.
    key_page_up: "PgPréc" / "PgUp";
    /// Name of a key in the help: page down.
    key_page_down: "PgSuiv" / "PgDn";
    /// Name of a key in the help: home.
    key_home: "Début" / "Home";
    /// Name of a key in the help: end.
    key_end: "Fin" / "End";
    /// Name of a key in the help: shift tab.
    key_shift_tab: "Maj-Tab" / "Shift-Tab";
    /// Help: rows about what no binding does (Ctrl-Z, the `!` mark): keys, text.
    /// The key that answers "yes" to a question.
    yes_key: "o" / "y";
    /// Name of the Space key.
    space: "Espace" / "Space";
    /// Name of the Enter key.
    enter: "Entrée" / "Enter";
    /// Name of the Escape key.
    escape: "Échap" / "Esc";
    /// Enter or Escape.
    enter_or_escape: "Entrée/Échap" / "Enter/Esc";
    /// Key hint: move.
    key_move: "déplacer" / "move";
    /// Key hint: change stage.
    key_stage: "étape" / "stage";
    /// Key hint: change pane.
    key_pane: "volet" / "pane";
    /// Key hint: cycle a criterion's status.
    key_cycle: "statut" / "status";
    /// Key hint: cycle a yes/no answer.
    key_cycle_answer: "oui/non" / "yes/no";
    /// Key hint: write a note.
    key_note: "note" / "note";
    /// Key hint: answer a question.
    key_answer: "répondre" / "answer";
    /// Key hint: interviewer's note.
    key_interviewer: "note intervieweur" / "interviewer note";
    /// Key hint: decision.
    key_decide: "décision" / "decision";
    /// Key hint: help.
    key_help: "aide" / "help";
    /// Footer: the help's key, when the footer had no room for every key.
    key_help_more: "aide et autres touches" / "help and more keys";
    /// Key hint: save.
    key_save: "enregistrer" / "save";
    /// Key hint: quit.
    key_quit: "quitter" / "quit";
    /// Key hint: scroll.
    key_scroll: "défiler" / "scroll";
    /// Key hint: leave the editor, keeping the text.
    key_leave_editor: "terminer" / "done";
    /// Key hint: new line.
    key_newline: "nouvelle ligne" / "new line";
    /// Key hint: pick an option.
    key_pick: "choisir" / "pick";
    /// Key hint: tick an option.
    key_tick: "cocher" / "tick";
    /// Key hint: confirm.
    key_confirm: "valider" / "confirm";
    /// Key hint: clear the line.
    key_clear_line: "effacer" / "clear";
    /// Key hint: leave the new-plan form, creating nothing.
    key_quit_uncreated: "quitter sans rien créer" / "quit, creating nothing";
    /// Key hint: close, keeping the draft.
    key_cancel_draft: "annuler (brouillon gardé)" / "cancel (draft kept)";
    /// Key hint: cancel.
    key_cancel: "annuler" / "cancel";
    /// Key hint: next field.
    key_field: "champ" / "field";
    /// Key hint: change a value.
    key_change: "changer" / "change";
    /// Key hint: create the plan.
    key_create: "créer le plan" / "create the plan";
    /// Key hint: close help.
    key_close: "fermer" / "close";
    /// `validate` on success: stages, criteria, questionnaires, questions, version, digest.
    validate_ok: "Définitions valides\u{a0}: {} étapes, {} critères, {} questionnaires, {} questions (version {}, {})."
        / "Valid definitions: {} stages, {} criteria, {} questionnaires, {} questions (version {}, {}).";
    /// `validate` on failure: number of problems.
    validate_failed: "{} problème(s) dans les définitions\u{a0}: corrigez-les puis relancez `embarquement validate`."
        / "{} problem(s) in the definitions: fix them, then run `embarquement validate` again.";
    /// The wizard was started without a terminal.
    no_terminal: "L'assistant a besoin d'un terminal interactif. Sans terminal, utilisez les commandes `embarquement init`, `embarquement status` et `embarquement validate` (voir `embarquement --help`)."
        / "The wizard needs an interactive terminal. Without one, use `embarquement init`, `embarquement status` and `embarquement validate` (see `embarquement --help`).";
    /// Printed when Ctrl-Z hands the terminal to the shell.
    suspended: "embarquement est en pause et le plan enregistré. Tapez `fg` pour reprendre."
        / "embarquement is paused and the plan saved. Type `fg` to resume.";
    /// A terminating signal stopped the wizard: its number.
    stopped_by_signal: "Arrêt demandé (signal {})." / "Stop requested (signal {}).";
    /// The wizard stopped on a panic.
    crashed: "L'assistant s'est arrêté sur une erreur interne (détail ci-dessus)\u{a0}; merci de la signaler."
        / "The wizard stopped on an internal error (details above); please report it.";
    /// After an interruption, nothing was unsaved: the plan.
    rescue_up_to_date: "Rien n'est perdu\u{a0}: le plan {} est à jour."
        / "Nothing is lost: the plan {} is up to date.";
    /// After an interruption, the plan was saved: the plan.
    rescue_saved: "Les réponses sont enregistrées dans le plan {}." / "The answers are saved in the plan {}.";
    /// After an interruption, a recovery copy was written: the copy, the copy, the plan.
    rescue_copy: "Vos dernières réponses sont dans la copie de secours {}\u{a0}: ouvrez-la avec `embarquement {}` pour la vérifier, puis remplacez par elle le plan {}."
        / "Your latest answers are in the recovery copy {}: open it with `embarquement {}` to check it, then replace the plan {} with it.";
    /// After an interruption, nothing could be written: why, the plan.
    rescue_lost: "Aucune copie de secours n'a pu être écrite ({})\u{a0}; le plan {} garde tout, sauf les dernières modifications."
        / "No recovery copy could be written ({}); the plan {} holds everything but the latest changes.";
    /// Resources screen: title.
    resources_title: "Offre et formation" / "Offer and training";
    /// Resources screen: the offer's entry.
    about_offer: "L'offre en bref" / "The offer in brief";
    /// Resources screen: general tracks heading.
    general_tracks: "Parcours généraux" / "General tracks";
    /// Resources screen: a training path heading (title).
    training_path: "Parcours\u{a0}: {}" / "Path: {}";
    /// Resources screen: the word for a training path.
    path_word: "Parcours" / "Path";
    /// Resources screen: a path's own entry.
    about_path: "À propos de ce parcours" / "About this path";
    /// Resources screen: a level heading (number).
    level: "Niveau {}" / "Level {}";
    /// Resources screen: audience of a path.
    audience: "Public" / "Audience";
    /// Resources screen: goal of a path.
    goal: "Objectif" / "Goal";
    /// Resources screen: roles a path serves.
    roles: "Rôles" / "Roles";
    /// Resources screen: an acquired training item.
    acquired: "acquis" / "acquired";
    /// Resources screen: training items acquired (count, total).
    acquired_count: "{}/{} acquis" / "{}/{} acquired";
    /// Resources screen: contact address.
    email: "Contact" / "Contact";
    /// Key hint: open the resources screen.
    key_resources: "offre et formation" / "offer and training";
    /// Key hint: tick a training item as acquired.
    key_acquired: "acquis" / "acquired";
    /// `init` on an existing file (path, path).
    plan_exists: "{} existe déjà\u{a0}: ouvrez-le avec `embarquement {}`, ou choisissez un autre chemin"
        / "{} already exists: open it with `embarquement {}`, or choose another path";
    /// Definitions: the folder cannot be read (error).
    defs_folder_unreadable: "lecture du dossier impossible ({})\u{a0}; donnez un dossier de fichiers de définitions (*.yaml)"
        / "cannot read the folder ({}); give a folder of definition files (*.yaml)";
    /// Definitions: no `*.yaml` in the folder.
    defs_no_file: "aucun fichier de définitions (*.yaml) dans ce dossier"
        / "no definition file (*.yaml) in this folder";
    /// Definitions: too many files (count, limit).
    defs_too_many_files: "{} fichiers de définitions, plus que les {} acceptés"
        / "{} definition files, more than the {} accepted";
    /// Definitions: a file cannot be read (error).
    defs_file_unreadable: "lecture du fichier impossible\u{a0}: {}" / "cannot read the file: {}";
    /// Definitions: a `*.yaml` name that is not a regular file (what it is).
    defs_not_a_file: "ce n'est pas un fichier mais {}\u{a0}: donnez un fichier de définitions (*.yaml), ou retirez celui-ci"
        / "not a file but {}: give a definition file (*.yaml), or remove this one";
    /// Definitions: a file is too large (size, limit).
    defs_file_too_large: "le fichier fait {} octets, plus que les {} acceptés"
        / "the file is {} bytes, more than the {} accepted";
    /// Definitions: a file is not UTF-8.
    defs_not_utf8: "ce n'est pas du texte UTF-8\u{a0}: enregistrez le fichier en UTF-8"
        / "not UTF-8 text: save the file as UTF-8";
    /// Definitions: an unknown `kind:` (kind).
    defs_unknown_kind: "`kind: {}` inconnu\u{a0}: il faut offer, stages, questionnaire ou training"
        / "unknown kind `{}`: expected offer, stages, questionnaire or training";
    /// Definitions: a file without `kind:`.
    defs_missing_kind: "il manque `kind:` (offer, stages, questionnaire ou training)"
        / "missing `kind:` (one of offer, stages, questionnaire, training)";
    /// Definitions: no file of a kind the set needs (kind).
    defs_no_file_of_kind: "aucun fichier `kind: {}`\u{a0}: l'ensemble doit en avoir exactement un"
        / "no file of `kind: {}`: the set needs exactly one";
    /// Definitions: a second file of a kind the set needs once (kind).
    defs_second_file_of_kind: "un second fichier `kind: {}`\u{a0}: l'ensemble doit en avoir exactement un"
        / "a second file of `kind: {}`: the set needs exactly one";
    /// Definitions: a second training file.
    defs_second_training: "un second fichier `kind: training`\u{a0}: l'ensemble en accepte un au plus"
        / "a second file of `kind: training`: the set takes at most one";
    /// Definitions: an id not in kebab-case (what, id).
    defs_id_not_kebab: "{}\u{a0}: l'identifiant `{}` doit être en kebab-case (a-z, 0-9 et tirets, par exemple `besoin-metier`)"
        / "{} id `{}` must be kebab-case (a-z, 0-9 and hyphens, e.g. `besoin-metier`)";
    /// Definitions: an id given twice (what, id).
    defs_id_duplicate: "{}\u{a0}: l'identifiant `{}` est déjà pris\u{a0}: chaque identifiant doit être unique"
        / "duplicate {} id `{}`: ids must be unique";
    /// Definitions: a link that is not https (url).
    defs_link_not_https: "le lien `{}` doit être une adresse https:// complète"
        / "link `{}` must be an absolute https:// URL";
    /// Definitions: an empty `version`.
    defs_empty_version: "`version` ne doit pas être vide" / "`version` must not be empty";
    /// Definitions: a stage number out of range (stage, number, highest).
    defs_stage_number_range: "l'étape `{}` porte le numéro {}\u{a0}: les numéros vont de 1 à {}"
        / "stage `{}` has number {}: numbers go from 1 to {}";
    /// Definitions: a stage number given twice (stage, number).
    defs_stage_number_repeated: "l'étape `{}` reprend le numéro {}" / "stage `{}` repeats number {}";
    /// Definitions: no stage with a number (number).
    defs_stage_number_missing: "aucune étape ne porte le numéro {}" / "no stage numbered {}";
    /// Definitions: a stage field left empty (stage, field).
    defs_stage_empty_field: "l'étape `{}` a un champ `{}` vide" / "stage `{}` has an empty `{}`";
    /// Definitions: a stage names an undefined questionnaire (stage, id).
    defs_unknown_questionnaire: "l'étape `{}` cite le questionnaire `{}`, qu'aucun fichier ne définit"
        / "stage `{}` names questionnaire `{}`, which no file defines";
    /// Definitions: a stage names an undefined programme contact (stage, id).
    defs_unknown_contact: "l'étape `{}` cite le contact du programme `{}`, que le fichier de l'offre ne définit pas"
        / "stage `{}` names programme contact `{}`, which the offer file does not define";
    /// Definitions: a stage names an undefined project role (stage, id).
    defs_unknown_role: "l'étape `{}` cite le rôle projet `{}`, que le fichier de l'offre ne définit pas"
        / "stage `{}` names project role `{}`, which the offer file does not define";
    /// Definitions: a choice question with fewer than two choices (question).
    defs_too_few_choices: "la question `{}` est un choix\u{a0}: donnez au moins deux `choices`"
        / "question `{}` is a choice: give at least two `choices`";
    /// Definitions: choices on a question that takes none (question).
    defs_choices_not_taken: "la question `{}` a des `choices` mais son type n'en prend pas\u{a0}: utilisez `kind: choice` ou `kind: multi_choice`"
        / "question `{}` has `choices` but its kind takes none: use `kind: choice` or `kind: multi_choice`";
    /// Definitions: a training level out of 1–3 or repeated (path, level).
    defs_bad_level: "parcours de formation `{}`\u{a0}: le niveau {} sort de 1 à 3 ou se répète"
        / "training path `{}`: level {} is out of 1–3 or repeated";
    /// Definitions: what an id names: a stage.
    defs_what_stage: "étape" / "stage";
    /// Definitions: what an id names: a criterion.
    defs_what_criterion: "critère" / "criterion";
    /// Definitions: what an id names: a programme contact.
    defs_what_contact: "contact du programme" / "programme contact";
    /// Definitions: what an id names: a project role.
    defs_what_role: "rôle projet" / "project role";
    /// Definitions: what an id names: a hosting target.
    defs_what_hosting: "cible d'hébergement" / "hosting target";
    /// Definitions: what an id names: a questionnaire.
    defs_what_questionnaire: "questionnaire" / "questionnaire";
    /// Definitions: what an id names: a section.
    defs_what_section: "section" / "section";
    /// Definitions: what an id names: a question.
    defs_what_question: "question" / "question";
    /// Definitions: what an id names: a choice.
    defs_what_choice: "choix" / "choice";
    /// Definitions: what an id names: a general training track.
    defs_what_track: "parcours général" / "training track";
    /// Definitions: what an id names: a training path.
    defs_what_path: "parcours de formation" / "training path";
    /// Definitions: what an id names: a training item.
    defs_what_item: "élément de formation" / "training item";
    /// Plan errors: no file (path, path).
    plan_not_found: "{}\u{a0}: aucun plan projet à cet endroit\u{a0}; créez-le avec `embarquement init {} --name \"Mon projet\"` ou en ouvrant l'assistant"
        / "{}: no project plan there; create it with `embarquement init {} --name \"My project\"` or by opening the wizard";
    /// Plan errors: unreadable (path, error).
    plan_unreadable: "{}\u{a0}: lecture du plan impossible ({})" / "{}: cannot read the plan ({})";
    /// Plan errors: too large (path, size, limit).
    plan_too_large: "{}\u{a0}: le fichier fait {} octets, plus que les {} qu'un plan peut contenir"
        / "{}: the file is {} bytes, more than the {} a plan may hold";
    /// Plan errors: not UTF-8 (path, line).
    plan_not_utf8: "{}:{}:1\u{a0}: ce n'est pas du texte UTF-8\u{a0}; le fichier est peut-être abîmé\u{a0}: demandez-en une nouvelle copie"
        / "{}:{}:1: not UTF-8 text; the file may be damaged: ask for a new copy";
    /// Plan errors: not a plan (path, format).
    not_a_plan: "{}\u{a0}: ce n'est pas un plan embarquement (pas de ligne `format: {}`)"
        / "{}: not an embarquement plan (no `format: {}` line)";
    /// Plan errors: newer format (path, found, supported).
    newer_plan: "{}\u{a0}: le plan est au format `{}`, plus récent que celui de ce programme (`{}`)\u{a0}; mettez embarquement à jour pour l'ouvrir (le fichier n'a pas été modifié)"
        / "{}: the plan is in format `{}`, newer than this program's `{}`; update embarquement to open it (the file was left untouched)";
    /// Plan errors: damaged (path, line, column, message).
    plan_invalid: "{}:{}:{}\u{a0}: plan illisible\u{a0}: {}\u{a0}; corrigez cette ligne ou demandez une nouvelle copie du plan"
        / "{}:{}:{}: unreadable plan: {}; fix that line or ask for a new copy of the plan";
    /// A YAML file holds an alias (`*name`).
    yaml_alias: "les ancres et alias (`&nom`, `*nom`) ne sont pas acceptés\u{a0}: écrivez la valeur en entier"
        / "anchors and aliases (`&name`, `*name`) are not accepted: write the value out in full";
    /// A YAML file nests deeper than `{}` levels.
    yaml_too_deep: "imbrication de plus de {} niveaux" / "nested more than {} levels deep";
    /// A YAML mapping gives the key `{}` twice.
    yaml_duplicate_key: "la clé `{}` apparaît deux fois\u{a0}: chaque clé ne peut figurer qu'une fois"
        / "the key `{}` appears twice: each key may appear once";
    /// A YAML file holds a NUL byte.
    yaml_nul_byte: "octet nul (NUL)\u{a0}: ce caractère n'a pas sa place dans un fichier texte, qui est peut-être abîmé"
        / "NUL byte: this character has no place in a text file, which may be damaged";
    /// A mapping has an unknown key (key).
    yaml_unknown_key: "clé inconnue `{}`" / "unknown key `{}`";
    /// An unknown key close to a valid one (key, valid key).
    yaml_unknown_key_near: "clé inconnue `{}`\u{a0}: vouliez-vous dire `{}`\u{a0}?"
        / "unknown key `{}`: did you mean `{}`?";
    /// An unknown key and the valid ones (key, valid keys).
    yaml_unknown_key_among: "clé inconnue `{}` (clés possibles\u{a0}: {})" / "unknown key `{}` (valid keys: {})";
    /// A value that is not one of the words accepted, close to one (value, word).
    yaml_unknown_value_near: "`{}` n'est pas une valeur possible ici\u{a0}: vouliez-vous dire `{}`\u{a0}?"
        / "`{}` is not a value accepted here: did you mean `{}`?";
    /// A value that is not one of the words accepted (value, words).
    yaml_unknown_value_among: "`{}` n'est pas une valeur possible ici (valeurs possibles\u{a0}: {})"
        / "`{}` is not a value accepted here (accepted values: {})";
    /// An empty value where one of some words is needed (words).
    yaml_empty_value: "valeur vide\u{a0}: il en faut une parmi {}" / "empty value: one of {} is needed";
    /// A mapping lacks a key it must have (key).
    yaml_missing_key: "il manque la clé `{}`" / "the key `{}` is missing";
    /// A value of the wrong kind (what was expected, what was found).
    yaml_mismatch: "il faut {}, pas {}" / "expected {}, not {}";
    /// An integer too large to be read exactly (the number, shortened).
    yaml_integer_too_large: "le nombre {} est trop grand\u{a0}: un nombre entier va de -9223372036854775808 à 9223372036854775807"
        / "the number {} is too large: a whole number goes from -9223372036854775808 to 9223372036854775807";
    /// A tag other than YAML's own (tag).
    yaml_tag: "l'étiquette `{}` n'est pas acceptée\u{a0}: retirez-la" / "the tag `{}` is not supported: remove it";
    /// A YAML file holds no value.
    yaml_empty: "le texte est vide\u{a0}: il ne contient aucune valeur" / "the text is empty: it holds no value";
    /// A YAML file holds a second document.
    yaml_second_document: "un second document (`---`) suit le premier\u{a0}: un fichier n'en contient qu'un"
        / "a second document (`---`) follows the first: a file holds one document";
    /// A value refused by its type, which did not say why in known words.
    yaml_refused: "valeur refusée à cet endroit" / "value refused here";
    /// Syntax: a quoted value that does not end.
    yaml_syntax_quote: "guillemet non refermé\u{a0}: la valeur entre guillemets ne se termine pas"
        / "unclosed quote: the quoted value does not end";
    /// Syntax: an unknown escape in double quotes.
    yaml_syntax_escape: "séquence d'échappement inconnue (`\\…`) entre guillemets doubles"
        / "unknown escape sequence (`\\…`) in double quotes";
    /// Syntax: a list in brackets without its comma or `]`.
    yaml_syntax_flow_list: "liste entre crochets mal formée\u{a0}: il manque une virgule ou le `]` final"
        / "malformed list in brackets: a comma or the closing `]` is missing";
    /// Syntax: a mapping in braces without its comma or `}`.
    yaml_syntax_flow_map: "accolades mal formées\u{a0}: il manque une virgule ou le `}` final"
        / "malformed braces: a comma or the closing `}` is missing";
    /// Syntax: a line indented wrongly, or a key without its colon.
    yaml_syntax_indentation: "indentation incorrecte, ou clé sans «\u{a0}:\u{a0}»\u{a0}: alignez cette ligne sur les clés de même niveau, avec des espaces"
        / "wrong indentation, or a key without its \": \": align this line with the keys of its level, using spaces";
    /// Syntax: `: ` inside an unquoted value.
    yaml_syntax_colon: "«\u{a0}:\u{a0}» dans une valeur sans guillemets\u{a0}: mettez la valeur entre guillemets"
        / "\": \" inside an unquoted value: put the value in quotes";
    /// Syntax: a tab where indentation goes.
    yaml_syntax_tab: "tabulation dans l'indentation\u{a0}: indentez avec des espaces"
        / "tab in the indentation: indent with spaces";
    /// Syntax: any other error.
    yaml_syntax_other: "syntaxe YAML incorrecte à cet endroit" / "YAML syntax error here";
    /// Found (or expected): an empty value.
    yaml_found_nothing: "une valeur vide" / "an empty value";
    /// Found: `true` or `false` (the word).
    yaml_found_bool: "la valeur `{}`" / "the value `{}`";
    /// Found: a number (the number).
    yaml_found_number: "le nombre {}" / "the number {}";
    /// Found: a text (the text, shortened).
    yaml_found_text: "le texte «\u{a0}{}\u{a0}»" / "the text \"{}\"";
    /// Found: a list.
    yaml_found_list: "une liste" / "a list";
    /// Found: keys and values.
    yaml_found_mapping: "des clés et valeurs" / "keys and values";
    /// Found: a value the reader could not point at.
    yaml_found_unknown: "cette valeur" / "this value";
    /// Expected: a whole number (lowest, highest).
    yaml_expected_integer: "un nombre entier de {} à {}" / "a whole number from {} to {}";
    /// Expected: a number.
    yaml_expected_number: "un nombre" / "a number";
    /// Expected: `true` or `false`.
    yaml_expected_yes_no: "`true` ou `false`" / "`true` or `false`";
    /// Expected: a text.
    yaml_expected_text: "un texte" / "a text";
    /// Expected: a date.
    yaml_expected_date: "une date au format AAAA-MM-JJ (par exemple 2026-11-22)"
        / "a date as YYYY-MM-DD (for example 2026-11-22)";
    /// Expected: a time of day.
    yaml_expected_time: "une heure au format HH:MM (par exemple 14:05)" / "a time as HH:MM (for example 14:05)";
    /// Expected: a list.
    yaml_expected_list: "une liste (`- …` ou `[…]`)" / "a list (`- …` or `[…]`)";
    /// Expected: keys and values.
    yaml_expected_mapping: "des clés et valeurs (`clé: valeur`)" / "keys and values (`key: value`)";
    /// Expected: a text or its translations.
    yaml_expected_translatable: "un texte, ou ses traductions `{fr: …, en: …}`"
        / "a text, or its translations `{fr: …, en: …}`";
    /// Expected: an answer's value.
    yaml_expected_answer: "une réponse (`true` ou `false`, un nombre, un texte ou une liste de textes)"
        / "an answer (`true` or `false`, a number, a text or a list of texts)";
    /// Expected: one of some words (the words).
    yaml_expected_one_of: "une de ces valeurs\u{a0}: {}" / "one of these values: {}";
    /// Expected: one value written out, where a list or keys and values were found.
    yaml_expected_single: "une seule valeur (un texte, un nombre, une date…)"
        / "a single value (a text, a number, a date…)";
    /// Expected: something the type does not tell in known words.
    yaml_expected_other: "une valeur d'une autre forme" / "a value of another kind";
    /// Plan errors: not saved (path, error).
    plan_not_saved: "{}\u{a0}: enregistrement impossible ({})\u{a0}; vos réponses restent dans l'assistant"
        / "{}: cannot save the plan ({}); your answers are kept in the wizard";
    /// Why a save failed: the folder or file is gone.
    io_not_found: "dossier introuvable\u{a0}: a-t-il été déplacé ou supprimé\u{a0}?"
        / "folder not found: was it moved or deleted?";
    /// Why a save failed: no permission.
    io_permission_denied: "accès refusé\u{a0}: dossier ou fichier en lecture seule"
        / "permission denied: read-only folder or file";
    /// Why a save failed: read-only file system.
    io_read_only: "système de fichiers en lecture seule" / "read-only file system";
    /// Why a save failed: no space left.
    io_disk_full: "disque plein" / "disk full";
    /// A save refused: the plan would be larger than a plan may be.
    io_plan_too_large: "le plan dépasserait les {} Mio qu'un plan peut contenir et ne s'ouvrirait plus\u{a0}; raccourcissez un long texte, ou enregistrez une copie ailleurs avec e"
        / "the plan would exceed the {} MiB a plan may hold and would no longer open; shorten a long text, or save a copy elsewhere with e";
    /// Plan errors: read-only (path, who).
    plan_read_only: "{}\u{a0}: plan ouvert en lecture seule, il est utilisé par {}\u{a0}; rien n'y est enregistré"
        / "{}: plan opened read-only, it is in use by {}; nothing is saved to it";
    /// Plan errors: changed on disk by someone else (path).
    plan_changed_on_disk: "{}\u{a0}: le plan a été modifié sur le disque depuis son ouverture (par quelqu'un d'autre\u{a0}?)\u{a0}; il n'est plus enregistré automatiquement pour ne pas écraser ces changements"
        / "{}: the plan was changed on disk since it was opened (by someone else?); it is no longer saved automatically, so as not to overwrite those changes";
    /// Plan errors: an automatic save would give away someone else's plan (path, owner, after).
    plan_not_owned: "{} appartient à {}\u{a0}; l'enregistrer d'ici le donnerait à {}, et ses utilisateurs actuels pourraient ne plus y avoir accès\u{a0}: rien n'est enregistré automatiquement"
        / "{} belongs to {}; saving it from here would give it to {}, and its current users might lose access to it: nothing is saved automatically";
    /// The message line after [`Strings::plan_not_owned`] (error): what to do.
    not_owned_hint: "{} — Ctrl-S\u{a0}: enregistrer quand même · e\u{a0}: enregistrer une copie ailleurs"
        / "{} — Ctrl-S: save anyway · e: save a copy elsewhere";
    /// A file's owner and group (user, group).
    owner_and_group: "{} (groupe {})" / "{} (group {})";
    /// After an explicit save of someone else's plan (owner before, owner now).
    owner_taken_over: "Plan enregistré\u{a0}: il appartenait à {}, il appartient désormais à {} (droits d'accès gardés)."
        / "Plan saved: it belonged to {}, it now belongs to {} (access rights kept).";
    /// The plan was saved, `PLAN.bak` was not (backup path, reason).
    backup_not_kept: "Plan enregistré, mais la version précédente n'a pas pu être gardée dans {} ({})."
        / "Plan saved, but the previous version could not be kept in {} ({}).";
    /// At open: no lock could be taken (lock path, reason).
    lock_unavailable: "Plan ouvert sans verrou\u{a0}: {} n'a pas pu être créé ({}). Un autre assistant pourrait ouvrir ce plan en même temps\u{a0}; ses modifications ne seront pas écrasées sans vous le dire."
        / "Plan opened without a lock: {} could not be created ({}). Another wizard could open this plan at the same time; its changes will not be overwritten without telling you.";
    /// Plan errors: a link to nowhere (path).
    plan_dangling_link: "{} est un lien vers un fichier qui n'existe pas\u{a0}: aucun plan n'est créé au travers d'un lien\u{a0}; supprimez le lien ou donnez un autre chemin"
        / "{} is a link to a file that does not exist: no plan is created through a link; remove the link or give another path";
    /// Plan errors: not a regular file (path, what it is).
    plan_not_a_file: "{} n'est pas un fichier mais {}\u{a0}: donnez le chemin d'un plan projet (fichier .yaml)"
        / "{} is not a file but {}: give the path of a project plan (a .yaml file)";
    /// What stands in place of a file: a folder.
    kind_folder: "un dossier" / "a folder";
    /// What stands in place of a file: a named pipe.
    kind_fifo: "un tube nommé" / "a named pipe";
    /// What stands in place of a file: a socket.
    kind_socket: "une socket" / "a socket";
    /// What stands in place of a file: a device.
    kind_device: "un périphérique" / "a device";
    /// What stands in place of a file: anything else.
    kind_special: "un fichier spécial" / "a special file";
    /// Why a save failed: something other than a regular file stands at the name.
    io_not_a_file: "ce n'est pas un fichier ordinaire" / "not a regular file";
    /// Why a save failed: another file or a link already has the name.
    io_name_taken: "un autre fichier, ou un lien, porte déjà ce nom"
        / "another file, or a link, already has this name";
    /// Why a save failed: a folder has the name.
    io_is_a_folder: "un dossier porte ce nom" / "a folder has this name";
    /// Status command: criteria.
    criteria_word: "critères" / "criteria";
    /// Status command: questions.
    questions_word: "questions" / "questions";
    /// Status command: readiness.
    readiness_word: "avancement" / "progress";
    /// Status command: locked stage.
    locked_word: "pas encore ouverte" / "not open yet";
    /// Help: what Ctrl-Z does (no binding declares it).
    help_note_suspend: "mettre en pause, après avoir tout enregistré\u{a0}; `fg` dans le shell pour reprendre"
        / "pause, once everything is saved; `fg` in the shell to resume";
    /// Help: what the `!` mark in the criteria list means.
    help_note_blocking: "dans la liste\u{a0}: critère bloquant, sans lequel la décision go est refusée"
        / "in the list: a blocking criterion, without which a go is refused";
    /// Key hint: read the cut message line whole.
    key_read_message: "message entier" / "whole message";
    /// Help: what the key reading the message line whole does.
    help_read_message: "lire en entier le message coupé de la ligne du bas"
        / "read the cut message line at the bottom whole";
    /// Title of the window showing the message line whole.
    message_title: "Message" / "Message";
    /// Help, on its bottom border when it scrolls: the lines shown (first, last) and how many.
    help_position: " lignes {}–{} sur {} " / " lines {}–{} of {} ";
    /// Definitions: options taken from the offer by a kind that takes none (question, list).
    defs_choices_from_not_taken: "la question `{}` prend ses choix dans `{}` de l'offre, mais son type n'en prend pas\u{a0}: utilisez `kind: choice` ou `kind: multi_choice`"
        / "question `{}` takes its choices from the offer's `{}` but its kind takes none: use `kind: choice` or `kind: multi_choice`";
    /// Definitions: options taken from the offer and given too (question, list).
    defs_choices_from_with_choices: "la question `{}` prend ses choix dans `{}` de l'offre\u{a0}: retirez ses `choices`, la liste de l'offre suffit"
        / "question `{}` takes its choices from the offer's `{}`: remove its `choices`, the offer's list is enough";
    /// Definitions: options taken from an offer's list of fewer than two (question, list).
    defs_choices_from_too_few: "la question `{}` prend ses choix dans `{}` de l'offre, qui en donne moins de deux"
        / "question `{}` takes its choices from the offer's `{}`, which gives fewer than two";
    /// Definitions: a project field held by a question that is not a single choice (question, field).
    defs_project_field_not_choice: "la question `{}` tient le champ `{}` de la fiche projet\u{a0}: elle doit être de type `choice`"
        / "question `{}` holds the project card's `{}`: it must be of kind `choice`";
    /// Definitions: the hosting target held by a question with options of its own (question).
    defs_hosting_field_own_choices: "la question `{}` tient la cible d'hébergement\u{a0}: donnez-lui `choices_from: hosting_targets` pour reprendre les cibles de l'offre"
        / "question `{}` holds the hosting target: give it `choices_from: hosting_targets` to take the offer's targets";
    /// Definitions: a project field held by a question no stage asks (question, field).
    defs_project_field_not_asked: "la question `{}` tient le champ `{}` de la fiche projet, mais aucune étape ne la pose\u{a0}: citez son questionnaire dans une étape"
        / "question `{}` holds the project card's `{}`, but no stage asks it: name its questionnaire in a stage";
    /// Definitions: a project field held twice (field, first question).
    defs_project_field_taken: "le champ `{}` de la fiche projet est déjà tenu par la question `{}`\u{a0}: une seule question par champ"
        / "the project card's `{}` is already held by question `{}`: one question per field";
    /// Definitions: `follows` names no question (question, id).
    defs_follows_unknown: "la question `{}` reprend la question `{}`, qu'aucun questionnaire ne définit"
        / "question `{}` follows question `{}`, which no questionnaire defines";
    /// Definitions: `follows` names a question not asked at an earlier stage (question, id).
    defs_follows_not_earlier: "la question `{}` reprend la question `{}`, qui doit être posée à une étape antérieure"
        / "question `{}` follows question `{}`, which must be asked at an earlier stage";
    /// Definitions: `follows` names a question whose answer does not fit (question, id).
    defs_follows_kind: "la question `{}` ne peut pas reprendre la réponse de la question `{}`\u{a0}: il faut le même `kind`, ou un texte qui reprend un texte, un nombre ou une date"
        / "question `{}` cannot follow the answer of question `{}`: give the same `kind`, or a text that follows a text, a number or a date";
    /// Plan: an older plan's project card disagreed with the answer, kept in its note (value).
    project_card_value: "valeur de la fiche projet\u{a0}: {}" / "value on the project card: {}";
    /// Detail: the earlier answer an unanswered question starts from (stage number).
    carried_from: "Reprise de l'étape {}" / "Taken up from stage {}";
    /// Editor: its title when it starts from an earlier stage's answer (title, stage number).
    carried_title: "{} (reprise de l'étape {})" / "{} (taken up from stage {})";
    /// Init: a project field given a value the definitions do not offer (option, value, choices).
    init_unknown_choice: "{}\u{a0}: «\u{a0}{}\u{a0}» n'est pas proposé par ces définitions\u{a0}; choix possibles\u{a0}: {}"
        / "{}: `{}` is not offered by these definitions; possible choices: {}";
    /// Init: a project field the definitions hold in no question (option, field).
    init_no_question: "{}\u{a0}: aucune question de ces définitions ne tient ce champ (`project_field: {}`)"
        / "{}: no question of these definitions holds this field (`project_field: {}`)";
    /// Before an error message printed by a command (« erreur : … »).
    error_word: "erreur" / "error";
    /// The command line's help: what the program is.
    cli_about: "Assistant d'embarquement sur l'offre Cloud Pi Native : les cinq étapes, leurs checklists go/no-go et leurs questionnaires, dans un plan projet local à envoyer à la service team."
        / "Onboarding wizard for the Cloud Pi Native offer: the five stages, their go/no-go checklists and their questionnaires, in a local project plan to send to the service team.";
    /// The command line's help: the wizard's plan argument.
    cli_plan: "Plan projet à ouvrir ou à créer (défaut : ./embarquement.plan.yaml ; le nom d'un nouveau plan finit en .yaml)"
        / "Project plan to open or create (default: ./embarquement.plan.yaml; a new plan's name ends in .yaml)";
    /// The command line's help: `--questionnaires`.
    cli_questionnaires: "Dossier de définitions (*.yaml) à utiliser à la place des définitions intégrées"
        / "Folder of definitions (*.yaml) to use instead of the embedded ones";
    /// The command line's help: `--lang`.
    cli_lang: "Langue de l'interface et du contenu traduit : fr ou en (défaut : fr, ou la variable EMBARQUEMENT_LANG)"
        / "Language of the interface and of translated content: fr or en (default: fr, or the EMBARQUEMENT_LANG variable)";
    /// The command line's help: `--no-color`.
    cli_no_color: "Pas de couleurs (la variable NO_COLOR a le même effet)"
        / "No colours (the NO_COLOR variable does the same)";
    /// The command line's help: `-h`, `--help`.
    cli_help: "Afficher l'aide" / "Print help";
    /// The command line's help: `-V`, `--version`.
    cli_version: "Afficher la version" / "Print version";
    /// The command line's help: the `help` command.
    cli_help_command: "Afficher cette aide, ou celle d'une commande"
        / "Print this help, or a command's";
    /// The command line's help: the `help` command's argument.
    cli_help_command_arg: "La commande dont afficher l'aide" / "The command whose help to print";
    /// The command line's help: `init`.
    cli_init: "Créer un plan projet sans ouvrir l'assistant"
        / "Create a project plan without opening the wizard";
    /// The command line's help: `init`'s plan argument.
    cli_init_plan: "Plan à créer (défaut : ./embarquement.plan.yaml)"
        / "Plan to create (default: ./embarquement.plan.yaml)";
    /// The command line's help: `init --name`.
    cli_name: "Nom du projet" / "Name of the project";
    /// The command line's help: `init --organisation`.
    cli_organisation: "Organisation de rattachement" / "Organisation the project belongs to";
    /// The command line's help: `init --kind`.
    cli_kind: "Type de projet : nouveau, migration, refonte, evolution ou experimentation"
        / "Kind of project: nouveau, migration, refonte, evolution or experimentation";
    /// The command line's help: `init --hosting-target`.
    cli_hosting_target: "Cible d'hébergement : socle-mutualise-np, socle-dedie-np, socle-dedie-dr, cluster-projet ou a-definir"
        / "Hosting target: socle-mutualise-np, socle-dedie-np, socle-dedie-dr, cluster-projet or a-definir";
    /// The command line's help: `status`.
    cli_status: "Résumer l'avancement du plan, étape par étape"
        / "Summarise the plan's progress, stage by stage";
    /// The command line's help: `status`'s plan argument.
    cli_status_plan: "Plan à résumer (défaut : ./embarquement.plan.yaml)"
        / "Plan to summarise (default: ./embarquement.plan.yaml)";
    /// The command line's help: `status --format`.
    cli_status_format: "Format de sortie : text (une ligne par étape) ou json (défaut : text)"
        / "Output format: text (one line per stage) or json (default: text)";
    /// The command line's help: `validate`.
    cli_validate: "Vérifier des définitions (par défaut, les définitions intégrées)"
        / "Check definitions (by default, the embedded ones)";
    /// The command line's help: `validate`'s folder argument.
    cli_validate_dir: "Dossier de définitions à vérifier (défaut : les définitions intégrées)"
        / "Folder of definitions to check (default: the embedded ones)";
    /// The command line's help and errors: before the usage line.
    cli_usage: "Utilisation :" / "Usage:";
    /// Help heading of the arguments; clap adds the colon (the French ends in a no-break space).
    cli_arguments: "Arguments " / "Arguments";
    /// Help heading of the options; clap adds the colon (the French ends in a no-break space).
    cli_options: "Options " / "Options";
    /// Help heading of the commands; clap adds the colon (the French ends in a no-break space).
    cli_commands: "Commandes " / "Commands";
    /// The command line's help: the placeholder of a plan.
    cli_value_plan: "PLAN" / "PLAN";
    /// Command line: the placeholder of a file to create.
    cli_value_file: "FICHIER" / "FILE";
    /// Command line: what `export` does.
    cli_export: "Écrire le rapport du plan (Markdown, HTML ou JSON), à lire sans l'assistant"
        / "Write the plan's report (Markdown, HTML or JSON), to read without the wizard";
    /// Command line: `export`'s plan.
    cli_export_plan: "Plan dont faire le rapport (défaut\u{a0}: ./embarquement.plan.yaml)"
        / "Plan to report on (default: ./embarquement.plan.yaml)";
    /// Command line: `export --format`.
    cli_export_format: "Format du rapport\u{a0}: markdown, html ou json (défaut\u{a0}: d'après l'extension de -o, sinon markdown)"
        / "Report format: markdown, html or json (default: from the extension of -o, else markdown)";
    /// Command line: `export -o`.
    cli_export_output: "Fichier à créer (défaut\u{a0}: la sortie standard)\u{a0}; un fichier existant n'est remplacé qu'avec --force"
        / "File to create (default: standard output); an existing file is replaced only with --force";
    /// Command line: `export --force`.
    cli_export_force: "Remplacer le fichier de -o s'il existe déjà" / "Replace the file of -o if it exists";
    /// The command line's help: the placeholder of a folder.
    cli_value_dir: "DOSSIER" / "DIR";
    /// The command line's help: the placeholder of a name.
    cli_value_name: "NOM" / "NAME";
    /// The command line's help: the placeholder of an organisation.
    cli_value_organisation: "ORGANISATION" / "ORGANISATION";
    /// The command line's help: the placeholder of a project kind.
    cli_value_kind: "TYPE" / "KIND";
    /// The command line's help: the placeholder of a hosting target.
    cli_value_target: "CIBLE" / "TARGET";
    /// The command line's help: the placeholder of an output format.
    cli_value_format: "FORMAT" / "FORMAT";
    /// The command line's help: the placeholder of a language.
    cli_value_lang: "LANGUE" / "LANG";
    /// The command line's help: the placeholder of a command.
    cli_value_command: "COMMANDE" / "COMMAND";
    /// Command line refused: a word where a command is expected (the word).
    cli_unknown_command: "commande inconnue « {} »" / "unknown command \"{}\"";
    /// Command line refused: what is wrong, then the nearest command or option (its name).
    cli_did_you_mean: "{} : vouliez-vous dire `{}` ?" / "{}: did you mean `{}`?";
    /// Command line refused: a word no command is near (what is wrong, the commands, the word).
    cli_commands_are: "{} : les commandes sont {} ; le nom d'un nouveau plan finit en .yaml (`embarquement {}.yaml`)"
        / "{}: the commands are {}; a new plan's name ends in .yaml (`embarquement {}.yaml`)";
    /// Command line refused: an option or argument it does not know (the word).
    cli_unknown_argument: "option ou argument inconnu « {} »" / "unknown option or argument \"{}\"";
    /// Command line refused: a value in excess (the value).
    cli_unexpected_value: "valeur en trop « {} »" / "unexpected value \"{}\"";
    /// Command line refused: a value not among the possible ones (value, option, possible values).
    cli_invalid_value: "valeur « {} » refusée pour {} ; valeurs possibles : {}"
        / "value \"{}\" refused for {}; possible values: {}";
    /// Command line refused: an option given without its value (the option).
    cli_value_missing: "{} attend une valeur" / "{} needs a value";
    /// Command line refused: required arguments missing (them).
    cli_missing_argument: "il manque {}" / "missing {}";
    /// Command line refused: an option given twice (the option).
    cli_given_twice: "{} ne se donne qu'une fois" / "{} can be given only once";
    /// Command line refused: two options that do not go together (both).
    cli_conflict: "{} ne va pas avec {}" / "{} cannot be used with {}";
    /// Command line refused, for any other mistake.
    cli_wrong_usage: "ligne de commande incorrecte" / "wrong command line";
    /// Command line refused: where to read more (the program's command).
    cli_more_help: "Pour en savoir plus : `{} --help`." / "For more information, try `{} --help`.";
    /// Report: its title (project name).
    report_title: "Rapport d'embarquement — {}" / "Onboarding report — {}";
    /// Report: the months, January to December, separated by spaces.
    report_months: "janvier février mars avril mai juin juillet août septembre octobre novembre décembre"
        / "January February March April May June July August September October November December";
    /// Report: the project's side.
    report_side_project_team: "équipe projet" / "project team";
    /// Report: the service team's side.
    report_side_service_team: "service team" / "service team";
    /// Report: a joint session of préqualification.
    report_session_prequalification: "Entretien de préqualification" / "Pre-qualification interview";
    /// Report: a joint session of qualification.
    report_session_qualification: "Entretien de qualification" / "Qualification interview";
    /// Report: the launch meeting.
    report_session_launch: "Rendez-vous de lancement" / "Launch meeting";
    /// Report: the session before production.
    report_session_production: "Entretien de passage en production" / "Going-to-production interview";
    /// Report: a review.
    report_session_review: "Revue" / "Review";
    /// Report: a joint session of another kind.
    report_session_other: "Entretien" / "Interview";
    /// Report (HTML): the skip link.
    report_skip: "Aller au contenu" / "Skip to content";
    /// Report (HTML): the banner's name.
    report_brand: "embarquement · Cloud Pi Native" / "embarquement · Cloud Pi Native";
    /// Report (HTML): the table of contents' name.
    report_toc: "Sommaire" / "Contents";
    /// Report (HTML): a stage in the table of contents (number, short title).
    report_stage_short: "Étape {} · {}" / "Stage {} · {}";
    /// Report: heading of the project card.
    report_project_card: "Fiche du projet" / "Project card";
    /// Report: the project card's first column.
    report_col_field: "Rubrique" / "Field";
    /// Report: the project card's second column.
    report_col_value: "Valeur" / "Value";
    /// Report: the plan file's row.
    report_plan_file: "Fichier du plan" / "Plan file";
    /// Report: heading of the overview.
    report_overview: "Où en est le projet" / "Where the project stands";
    /// Report: the stage reached (number, title).
    report_stage_reached: "Étape atteinte\u{a0}: {} — {} (la première sans le go de la service team)."
        / "Stage reached: {} — {} (the first without the service team's go).";
    /// Report (HTML): caption of the overview table.
    report_caption_overview: "Décisions et avancement par étape" / "Decisions and progress by stage";
    /// Report: column of the stage.
    report_col_stage: "Étape" / "Stage";
    /// Report: column of the service team's decision.
    report_col_service_decision: "Décision de la service team" / "Service team's decision";
    /// Report: column of the team's self-assessment.
    report_col_self_assessment: "Auto-évaluation de l'équipe" / "Team's self-assessment";
    /// Report: column of the criteria settled.
    report_col_criteria: "Critères ok ou sans objet" / "Criteria ok or n/a";
    /// Report: column of the required questions answered.
    report_col_required: "Questions obligatoires répondues" / "Required questions answered";
    /// Report: column of the readiness.
    report_col_readiness: "Avancement" / "Readiness";
    /// Report: an open stage.
    report_stage_open: "Étape ouverte" / "Stage open";
    /// Report: a stage not open yet (the previous stage's number).
    report_stage_not_open: "Pas encore ouverte\u{a0}: l'étape {} n'a pas reçu le go de la service team"
        / "Not open yet: stage {} has no go from the service team";
    /// Report: a stage's readiness (the percentage).
    report_readiness: "avancement {}" / "readiness {}";
    /// Report: heading of a stage's decisions.
    report_decisions: "Décisions" / "Decisions";
    /// Report (HTML): caption of a stage's decisions (stage number).
    report_caption_decisions: "Décisions de l'étape {}" / "Decisions on stage {}";
    /// Report: column of the side.
    report_col_side: "Partie" / "Side";
    /// Report: column of a date.
    report_col_date: "Date" / "Date";
    /// Report: a decision replaced by a later one.
    report_replaced: "Décision remplacée" / "Replaced decision";
    /// Report (HTML): heading of a side's replaced decisions (the side's decision, as a heading).
    report_replaced_of: "Décisions remplacées — {}" / "Replaced decisions — {}";
    /// Report (HTML): caption of a stage's criteria (stage number).
    report_caption_criteria: "Critères go/no-go de l'étape {}" / "Go/no-go criteria of stage {}";
    /// Report: column of the criterion.
    report_col_criterion: "Critère" / "Criterion";
    /// Report: column of a criterion's blocking.
    report_col_blocking: "Bloquant" / "Blocking";
    /// Report: column of who entered a record in a joint session.
    report_col_entered: "Saisi en entretien" / "Entered in an interview";
    /// Report: a record entered by the project team in an interview (date).
    report_entered_by_project_team: "saisi par l'équipe projet pendant l'entretien du {}" / "entered by the project team during the interview of {}";
    /// Report: a record entered by the service team in an interview (date).
    report_entered_by_service_team: "saisi par la service team pendant l'entretien du {}" / "entered by the service team during the interview of {}";
    /// Report: the team's decision, as a heading.
    report_decision_project_team: "Auto-évaluation de l'équipe projet" / "The project team's self-assessment";
    /// Report: the service team's decision, as a heading.
    report_decision_service_team: "Décision de la service team" / "The service team's decision";
    /// Report: column of the acquired items.
    report_col_acquired: "Acquis" / "Acquired";
    /// Report: heading of the notes on criteria.
    report_criteria_notes: "Notes sur les critères" / "Notes on the criteria";
    /// Report: heading of a stage's blockers.
    report_blockers: "Ce qui empêche un go" / "What stands in the way of a go";
    /// Report: a blocking criterion not settled (title, status).
    report_blocker_criterion: "Critère bloquant «\u{a0}{}\u{a0}»\u{a0}: {}" / "Blocking criterion \"{}\": {}";
    /// Report: a required question unanswered (question).
    report_blocker_question: "Question obligatoire sans réponse\u{a0}: «\u{a0}{}\u{a0}»" / "Required question unanswered: \"{}\"";
    /// Report: nothing stands in the way of a go.
    report_no_blockers: "Rien n'empêche un go\u{a0}: les critères bloquants sont ok ou sans objet, les questions obligatoires ont leur réponse."
        / "Nothing stands in the way of a go: the blocking criteria are ok or n/a, the required questions are answered.";
    /// Report: what comes after a stage (next stage's number, title).
    report_next: "Et ensuite\u{a0}: étape {} — {}" / "What comes next: stage {} — {}";
    /// Report: heading after the last stage.
    report_next_none_title: "Et ensuite" / "What comes next";
    /// Report: after the last stage.
    report_last_stage: "C'est la dernière étape du parcours d'embarquement." / "This is the last stage of onboarding.";
    /// Report: a project role no one in the plan holds.
    report_nobody_named: "personne n'est nommé dans le plan" / "nobody named in the plan";
    /// Report: heading of the session log.
    report_sessions: "Journal des entretiens" / "Interview log";
    /// Report: no joint session yet.
    report_no_sessions: "Aucun entretien avec la service team n'est encore noté dans le plan."
        / "No interview with the service team is recorded in the plan yet.";
    /// Report (HTML): caption of a session's participants.
    report_caption_participants: "Participants" / "Participants";
    /// Report: column of a participant.
    report_col_participant: "Participant" / "Participant";
    /// Report: column of a role.
    report_col_role: "Rôle" / "Role";
    /// Report: a session's minutes.
    report_minutes: "Compte rendu" / "Minutes";
    /// Report (HTML): caption of a session's action items.
    report_caption_actions: "Actions à mener" / "Action items";
    /// Report: column of an action.
    report_col_action: "Action" / "Action";
    /// Report: column of who does it.
    report_col_who: "Qui" / "Who";
    /// Report: column of by when.
    report_col_due: "Échéance" / "Due";
    /// Report: a session's next meeting.
    report_next_meeting: "Prochain rendez-vous" / "Next meeting";
    /// Report: the days the team worked alone.
    report_self_assessment_days: "Séances d'auto-évaluation de l'équipe" / "The team's self-assessment sittings";
    /// Report: heading of training.
    report_training: "Formation" / "Training";
    /// Report: the whole team's ticks.
    report_team_ticks: "Acquis de toute l'équipe" / "The whole team's acquired items";
    /// Report: heading of the members' training.
    report_members: "Par membre de l'équipe" / "By team member";
    /// Report: no member named.
    report_no_members: "Aucun membre de l'équipe n'est encore nommé dans le plan."
        / "No team member is named in the plan yet.";
    /// Report (HTML): caption of the members' training.
    report_caption_members: "Formation par membre\u{a0}: niveau à travailler" / "Training by member: level to work on";
    /// Report: column of a member.
    report_col_member: "Membre" / "Member";
    /// Report: column of the level to work on.
    report_col_next_level: "À travailler" / "To work on";
    /// Report: the level to work on (number).
    report_next_level: "niveau {} à travailler" / "level {} to work on";
    /// Report: a path fully acquired.
    report_path_done: "parcours acquis" / "path acquired";
    /// Report: a level's items not acquired yet.
    report_remaining: "Reste à acquérir" / "Still to acquire";
    /// Report: a member whose role gives no path.
    report_no_path: "aucun parcours pour ce rôle" / "no path for this role";
    /// Report: the self-training resources of the stage reached (number).
    report_stage_resources: "Ressources d'autoformation de l'étape {}" / "Self-training resources of stage {}";
    /// Report: column of an orphan's kind.
    report_col_kind: "Nature" / "Kind";
    /// Report: column of an id.
    report_col_id: "Identifiant" / "Id";
    /// Report: heading of the definitions.
    report_definitions: "Définitions" / "Definitions";
    /// Report: the definitions (version, source, digest).
    report_definitions_line: "Rapport établi avec les définitions {} ({}), empreinte {}."
        / "Report made with definitions {} ({}), digest {}.";
    /// Report: the embedded definitions, as a source.
    report_embedded: "intégrées au programme" / "built into the program";
    /// Report: the plan was answered against other definitions (version).
    report_plan_version: "Le plan a été rempli avec la version {}." / "The plan was filled in against version {}.";
    /// `export -o` on an existing file (path).
    report_exists: "{} existe déjà\u{a0}: choisissez un autre nom, ou ajoutez --force pour le remplacer"
        / "{} already exists: choose another name, or add --force to replace it";
    /// `export -o` naming the plan itself (path).
    report_is_the_plan: "{} est le plan lui-même\u{a0}: le rapport s'écrit dans un autre fichier"
        / "{} is the plan itself: the report goes to another file";
    /// `export -o` failed (path, reason).
    report_not_written: "rapport non écrit dans {}\u{a0}: {}" / "report not written to {}: {}";

    // presenter view, review list, read-only
    /// `--read-only`'s help.
    cli_read_only: "Ouvrir le plan pour le consulter seulement\u{a0}: aucune modification, aucun verrou, rien n'est écrit (une copie peut être enregistrée ailleurs)"
        / "Open the plan only to look at it: no change, no lock, nothing written (a copy can be saved elsewhere)";
    /// Header: the plan was opened with --read-only.
    read_only_badge: "LECTURE SEULE" / "READ-ONLY";
    /// A change refused in a plan opened with --read-only.
    edit_refused_asked: "Lecture seule\u{a0}: modification refusée, le plan est ouvert avec --read-only\u{a0}; e en enregistre une copie ailleurs"
        / "Read-only: change refused, the plan is open with --read-only; e saves a copy elsewhere";
    /// A save refused in a plan opened with --read-only (path).
    plan_read_only_asked: "{}\u{a0}: plan ouvert en lecture seule (--read-only)\u{a0}; rien n'y est enregistré"
        / "{}: plan opened read-only (--read-only); nothing is saved to it";
    /// Footer: open the presenter view.
    key_presenter: "présentation" / "presenter";
    /// Help: the presenter view.
    help_presenter: "présentation pour l'écran partagé d'une réunion\u{a0}: un critère ou une question à la fois, en grand"
        / "presenter view for a meeting room's shared screen: one criterion or question at a time, large";
    /// Footer: open the review list.
    key_review: "liste de revue" / "review list";
    /// Help: the review list.
    help_review: "liste de revue\u{a0}: tous les critères et questions de l'étape, réponses et notes en entier, filtrables"
        / "review list: every criterion and question of the stage, answers and notes in full, filterable";
    /// Footer: previous or next item of the stage.
    key_item: "précédent / suivant" / "previous / next";
    /// Help: previous or next item of the stage.
    help_item: "critère ou question précédent / suivant de l'étape (les critères, puis les questions)"
        / "previous / next criterion or question of the stage (criteria, then questions)";
    /// Help: the stage's first or last item.
    key_item_ends: "premier / dernier" / "first / last";
    /// Footer: back to the main screen.
    key_back: "retour" / "back";
    /// Footer: change the review list's filter.
    key_filter: "filtre" / "filter";
    /// Presenter view: its title.
    presenter_title: "Présentation" / "Presenter view";
    /// Presenter view: the stage has no criterion or question.
    presenter_nothing: "Rien à présenter à cette étape." / "Nothing to present at this stage.";
    /// Presenter view: where the criterion stands (number, count).
    presenter_criterion_of: "critère {} sur {}" / "criterion {} of {}";
    /// Presenter view: where the question stands (number, count).
    presenter_question_of: "question {} sur {}" / "question {} of {}";
    /// Review list: its title.
    review_title: "Liste de revue" / "Review list";
    /// Review list: the filter, as its title names it.
    review_filter: "filtre" / "filter";
    /// Review list filter: every item.
    review_filter_all: "tout" / "all";
    /// Review list filter: unanswered items.
    review_filter_unanswered: "non répondu" / "unanswered";
    /// Review list filter: criteria ko.
    review_filter_ko: "ko" / "ko";
    /// Review list filter: items with notes.
    review_filter_notes: "avec notes" / "with notes";
    /// Review list: nothing left by the filter.
    review_empty: "Aucun critère ni question pour ce filtre (f en change)." / "No criterion or question for this filter (f changes it).";
    /// A save refused in a plan whose file is protected against writing (path).
    plan_read_only_protected: "{}\u{a0}: le fichier est protégé en écriture, le plan est ouvert en lecture seule\u{a0}; rien n'y est enregistré"
        / "{}: the file is write-protected, the plan is open read-only; nothing is saved to it";
    /// Header: the plan's file is write-protected.
    read_only_protected_badge: "LECTURE SEULE\u{a0}: fichier protégé" / "READ-ONLY: protected file";
    /// A change refused in a plan whose file is write-protected.
    edit_refused_protected: "Lecture seule\u{a0}: modification refusée, le fichier du plan est protégé en écriture\u{a0}; e en enregistre une copie ailleurs"
        / "Read-only: change refused, the plan's file is write-protected; e saves a copy elsewhere";
    /// Popup at open: the plan's file is write-protected (path).
    read_only_protected_notice: "Le fichier {} est protégé en écriture\u{a0}: le plan s'ouvre en lecture seule, rien n'y sera enregistré. Pour le modifier, rendez le fichier modifiable (chmod u+w) puis rouvrez-le\u{a0}; e en enregistre ailleurs une copie modifiable."
        / "The file {} is write-protected: the plan opens read-only, nothing will be saved to it. To change it, make the file writable (chmod u+w) and open it again; e saves an editable copy elsewhere.";
    // joint interview sessions
    /// Header: a joint session in progress (its start time).
    session_badge: "entretien en cours depuis {}" / "interview in progress since {}";
    /// Header: a joint session in progress since an earlier day (the day, its start time).
    session_badge_day: "entretien en cours depuis le {} à {}" / "interview in progress since {} at {}";
    /// Header: who is typing during the session (side).
    session_typing: "saisie\u{a0}: {}" / "typing: {}";
    /// Title of the session window when it starts one.
    session_title_new: "Nouvel entretien" / "New interview";
    /// Title of the session window on the session in progress.
    session_title_edit: "Entretien en cours" / "Interview in progress";
    /// Session window: the kind of session.
    session_kind: "Type d'entretien" / "Kind of interview";
    /// Session kind: préqualification.
    session_kind_prequalification: "préqualification" / "pre-qualification";
    /// Session kind: qualification.
    session_kind_qualification: "qualification" / "qualification";
    /// Session kind: launch.
    session_kind_launch: "lancement" / "launch";
    /// Session kind: going to production.
    session_kind_production: "passage en production" / "going to production";
    /// Session kind: a review.
    session_kind_review: "revue" / "review";
    /// Session kind: another kind.
    session_kind_other: "autre" / "other";
    /// Session window: the day.
    session_date: "Date (AAAA-MM-JJ)" / "Date (YYYY-MM-DD)";
    /// Session window: the start time.
    session_start: "Début (HH:MM)" / "Start (HH:MM)";
    /// Session window: who is typing.
    session_who_types: "Qui saisit" / "Who is typing";
    /// Session window: heading of the participants.
    session_participants: "Participants" / "Participants";
    /// Session window: nobody listed yet (the key that adds one).
    session_no_participants: "Personne pour l'instant\u{a0}: Ctrl-N ajoute un participant."
        / "Nobody yet: Ctrl-N adds a participant.";
    /// Session window: a participant's name.
    session_name: "Nom" / "Name";
    /// Session window: a participant's side.
    session_side: "Côté" / "Side";
    /// Session window: a participant's role.
    session_role: "Rôle" / "Role";
    /// Session window: a date that does not read (what was typed).
    session_bad_date: "Date illisible\u{a0}: «\u{a0}{}\u{a0}». Écrivez-la ainsi\u{a0}: 2026-12-02."
        / "Unreadable date: \"{}\". Write it like this: 2026-12-02.";
    /// Session window: a time that does not read (what was typed).
    session_bad_time: "Heure illisible\u{a0}: «\u{a0}{}\u{a0}». Écrivez-la ainsi\u{a0}: 14:05."
        / "Unreadable time: \"{}\". Write it like this: 14:05.";
    /// Message once a session is started (kind).
    session_started: "Entretien commencé ({})\u{a0}: ce qui est saisi maintenant est noté comme saisi pendant l'entretien."
        / "Interview ({}) started: what is entered now is marked as entered during the interview.";
    /// Message once the session in progress is changed.
    session_updated: "Entretien mis à jour." / "Interview updated.";
    /// Message once a session is ended.
    session_ended: "Entretien terminé\u{a0}: compte rendu et actions notés dans le plan."
        / "Interview ended: minutes and action items recorded in the plan.";
    /// Message after `w` (side now typing).
    session_typing_now: "Saisie au nom de\u{a0}: {}." / "Now typing as: {}.";
    /// Message after `w` with no session in progress.
    session_none: "Aucun entretien en cours\u{a0}: s en commence un." / "No interview in progress: s starts one.";
    /// Title of the window that ends the session.
    session_end_title: "Fin de l'entretien" / "End of the interview";
    /// End window: the minutes.
    session_minutes: "Compte rendu" / "Minutes";
    /// End window: heading of the action items.
    session_actions: "Actions à mener" / "Action items";
    /// End window: no action item yet (the key that adds one).
    session_no_actions: "Aucune action pour l'instant\u{a0}: Ctrl-N en ajoute une."
        / "No action item yet: Ctrl-N adds one.";
    /// End window: what is to be done.
    session_what: "Quoi" / "What";
    /// End window: who does it.
    session_who: "Qui" / "Who";
    /// End window: by when.
    session_due: "Pour le" / "By";
    /// End window: the date of the next meeting.
    session_next: "Prochain rendez-vous (AAAA-MM-JJ)" / "Next meeting (YYYY-MM-DD)";
    /// Question before quitting during a session.
    session_quit_question: "Un entretien est en cours. Le terminer maintenant (compte rendu, actions, prochain rendez-vous)\u{a0}? o\u{a0}: le terminer · n\u{a0}: quitter en le laissant en cours · Échap\u{a0}: rester"
        / "An interview is in progress. End it now (minutes, action items, next meeting)? y: end it · n: quit leaving it in progress · Esc: stay";
    /// Footer: open the session window.
    key_session: "séance" / "session";
    /// Help: open the session window.
    help_session: "entretien avec la service team\u{a0}: le commencer (type, date, participants), ou le modifier et le terminer s'il est en cours"
        / "interview with the service team: start it (kind, date, participants), or edit and end it when in progress";
    /// Footer: switch who is typing.
    key_typing: "qui saisit" / "who types";
    /// Help: switch who is typing.
    help_typing: "pendant un entretien, bascule qui saisit (équipe projet ou service team)\u{a0}: ce qui est saisi est noté à son nom"
        / "during an interview, switches who is typing (project team or service team): entries are marked with that side";
    /// Footer: add a row (participant, action item).
    key_add_row: "ajouter" / "add";
    /// Footer: remove the focused row.
    key_remove_row: "retirer" / "remove";
    /// Footer: end the session.
    key_end_session: "terminer l'entretien" / "end the interview";
    /// Footer: start the session.
    key_start_session: "commencer" / "start";
    /// Footer, question before quitting: end the session.
    key_end_then_quit: "terminer puis quitter" / "end, then quit";
    /// Footer, question before quitting: quit leaving the session in progress.
    key_quit_leaving_session: "quitter sans terminer" / "quit without ending";
    /// Help: title of the session window's keys.
    help_section_session: "Fenêtre de l'entretien" / "Interview window";
    /// Command line: `--interview`.
    cli_interview: "Commencer un entretien avec la service team (type, participants) dès l'ouverture"
        / "Start an interview with the service team (kind, participants) on opening";
    // summary screen and status blockers
    /// Criteria counted by status (ok, n/a, ko, to do).
    criteria_counts: "{} ok, {} n/a, {} ko, {} à faire" / "{} ok, {} n/a, {} ko, {} to do";
    /// `status`: heading of what blocks the current stage's go (stage number).
    status_blockers: "Ce qui empêche le go de l'étape {}\u{a0}:" / "What stands in the way of stage {}'s go:";
    /// `status`: a blocking criterion neither ok nor n/a (title).
    status_blocker: "Critère bloquant «\u{a0}{}\u{a0}»" / "Blocking criterion \"{}\"";
    /// Title of the summary window, and of its keys in the help.
    summary_title: "Vue d'ensemble" / "Overview";
    /// Footer: open the summary.
    key_summary: "vue d'ensemble" / "overview";
    /// Help: the summary.
    help_summary: "la vue d'ensemble\u{a0}: décisions, avancement, ce qui bloque chaque étape et ce qui vient ensuite\u{a0}; Entrée sur un point bloquant y mène"
        / "the overview: decisions, progress, what blocks each stage and what comes next; Enter on a blocker goes to it";
    /// Footer: go to the selected blocker.
    key_go_to: "y aller" / "go to it";
    /// Summary: the service team's decision, the one that counts.
    summary_counts: "(celle qui compte)" / "(the one that counts)";
    /// Summary: the team's self-assessment, proposed.
    summary_proposed: "(proposée)" / "(proposed)";
    /// Summary: readiness figure (settled, total).
    summary_readiness: "{}/{} prêts" / "{}/{} ready";
    /// Summary: required questions answered (answered, total).
    summary_required: "questions obligatoires {}/{}" / "required questions {}/{}";
    /// Summary: a required question without an answer.
    summary_unanswered: "sans réponse" / "unanswered";
    /// Summary: a member's next level (level, items left).
    summary_next_level: "niveau {} à travailler, {} élément(s) restant(s)" / "level {} to work on, {} item(s) left";
    /// Summary: no team member yet.
    summary_no_members: "Aucun membre de l'équipe\u{a0}: ajoutez-les sur l'écran de formation (f) pour voir leurs recommandations."
        / "No team member yet: add them on the training screen (f) to see their recommendations.";
    /// Summary: the stage the project has reached.
    summary_reached: "étape atteinte" / "stage reached";
    /// Summary: nothing stands in the way of a stage's go.
    summary_no_blockers: "rien n'empêche un go" / "nothing stands in the way of a go";
    /// Summary: nobody recorded the decision.
    summary_nobody: "personne" / "nobody";
    // training per person
    /// Team screen: its title.
    team_title: "Équipe et formation" / "Team and training";
    /// Team screen: the team view's title (number of members).
    team_members_title: "Qui doit se former à quoi · {} membre(s)" / "Who needs which training · {} member(s)";
    /// Team screen: the row of the whole team's ticks kept from before the members.
    team_older_ticks: "l'équipe (avant les membres)" / "the team (before members)";
    /// Team screen: nobody named yet.
    team_empty: "Personne n'est encore nommé\u{a0}: a ajoute un membre (nom et rôle)."
        / "Nobody is named yet: a adds a member (name and role).";
    /// Team screen: a path's next level and what is left of it (path, level, count).
    team_path_next: "{}\u{a0}: niveau {}, {} à acquérir" / "{}: level {}, {} to acquire";
    /// Team screen: a path fully acquired (path).
    team_path_done: "{}\u{a0}: parcours acquis" / "{}: path acquired";
    /// Team screen: the pane of the level to work on (who).
    team_level_pane: "À travailler · {}" / "To work on · {}";
    /// Team screen: heading of a path's level to work on (path, level).
    team_level_heading: "{} · niveau {}" / "{} · level {}";
    /// Team screen: the pane with the resources and the needs stated.
    team_training_pane: "Pour se former" / "How to train";
    /// Team screen: heading of the role's self-training resources (stage number, role).
    team_resources: "Autoformation de l'étape {} pour le rôle «\u{a0}{}\u{a0}»" / "Self-training of stage {} for the role \"{}\"";
    /// Team screen: no resources for the role at that stage.
    team_no_resources: "Pas de ressource d'autoformation pour ce rôle à cette étape."
        / "No self-training resource for this role at this stage.";
    /// Team screen: heading of the answers on training needs.
    team_needs: "Ce que disent les trames" / "What the forms say";
    /// Team screen: what the whole team's older ticks are.
    team_older_explained: "Coches faites pour toute l'équipe avant que le plan ne nomme ses membres\u{a0}: elles sont gardées."
        / "Ticks made for the whole team before the plan named its members: they are kept.";
    /// Short role name in the team view: decision.
    role_short_decision: "décision" / "decision";
    /// Short role name in the team view: steering.
    role_short_pilotage: "pilotage" / "steering";
    /// Short role name in the team view: technical.
    role_short_technique: "technique" / "technical";
    /// Member form: title when adding.
    member_add_title: "Nouveau membre de l'équipe" / "New team member";
    /// Member form: title when editing.
    member_edit_title: "Membre de l'équipe" / "Team member";
    /// Member form: the name field.
    member_name: "Nom" / "Name";
    /// Member form: the role field.
    member_role: "Rôle" / "Role";
    /// Member form: the name is missing.
    member_name_required: "Le nom est obligatoire." / "The name is required.";
    /// Removal question: its title.
    member_remove_title: "Retirer un membre" / "Remove a member";
    /// Removal question (name).
    member_remove_question: "Retirer «\u{a0}{}\u{a0}» de l'équipe, avec ses coches de formation\u{a0}? (u annule ensuite)"
        / "Remove \"{}\" from the team, with their training ticks? (u undoes it afterwards)";
    /// After a member is removed (name).
    member_removed: "«\u{a0}{}\u{a0}» retiré de l'équipe\u{a0}; u annule." / "\"{}\" removed from the team; u undoes it.";
    /// Key hint: the team screen.
    key_team: "équipe" / "team";
    /// Key hint: add a member.
    key_add_member: "ajouter" / "add";
    /// Key hint: edit the selected member.
    key_edit_member: "modifier" / "edit";
    /// Key hint: remove the selected member.
    key_remove_member: "retirer" / "remove";
    /// Key hint: confirm a removal.
    key_remove_confirm: "retirer" / "remove";
    /// Key hint: go from the team to the level to work on and back.
    key_team_pane: "équipe / niveau" / "team / level";
    /// The Delete key, as the help names it.
    key_delete: "Suppr" / "Del";
    /// Help: section of the removal question.
    help_section_remove_member: "Retrait d'un membre" / "Removing a member";

    // gate and portfolio
    /// Command line: what `gate` does.
    cli_gate: "Dire si une étape est prête pour un go, avec toutes les raisons (code 0 prête, 3 pas prête)"
        / "Tell whether a stage is ready for a go, with every reason (exit 0 ready, 3 not ready)";
    /// Command line: `gate`'s plan.
    cli_gate_plan: "Plan à juger (défaut\u{a0}: ./embarquement.plan.yaml)"
        / "Plan to judge (default: ./embarquement.plan.yaml)";
    /// Command line: `gate --stage`.
    cli_gate_stage: "Numéro de l'étape à juger (1 à 5)" / "Number of the stage to judge (1 to 5)";
    /// Command line: `gate --format`.
    cli_gate_format: "Format de sortie\u{a0}: text ou json (défaut\u{a0}: text)"
        / "Output format: text or json (default: text)";
    /// Command line: the placeholder of a number.
    cli_value_number: "N" / "N";
    /// Command line: what `portfolio` does.
    cli_portfolio: "Un tableau de tous les plans d'un dossier\u{a0}: étape, décisions, avancement, bloquants"
        / "One table of all the plans in a folder: stage, decisions, progress, blockers";
    /// Command line: `portfolio`'s folders or files.
    cli_portfolio_paths: "Dossiers de plans (leurs fichiers *.yaml) ou fichiers de plans"
        / "Folders of plans (their *.yaml files) or plan files";
    /// Command line: `portfolio --format`.
    cli_portfolio_format: "Format\u{a0}: text, markdown, html ou json (défaut\u{a0}: d'après l'extension de -o, sinon text)"
        / "Format: text, markdown, html or json (default: from the extension of -o, else text)";
    /// Command line: `portfolio --sort`.
    cli_portfolio_sort: "Colonne de tri\u{a0}: file, project, organisation, stage, readiness, blockers, last-session ou last-change (défaut\u{a0}: project)"
        / "Column to sort by: file, project, organisation, stage, readiness, blockers, last-session or last-change (default: project)";
    /// Command line: `portfolio --recursive`.
    cli_portfolio_recursive: "Lire aussi les sous-dossiers" / "Read the subfolders too";
    /// Command line: the placeholder of folders or files.
    cli_value_paths: "DOSSIER|FICHIER" / "DIR|FILE";
    /// Command line: the placeholder of a column.
    cli_value_column: "COLONNE" / "COLUMN";
    /// `gate`: the stage is ready (number, short title).
    gate_ready: "Étape {} «\u{a0}{}\u{a0}»\u{a0}: prête pour un go." / "Stage {} “{}”: ready for a go.";
    /// `gate`: the stage is not ready, reasons follow (number, short title).
    gate_not_ready: "Étape {} «\u{a0}{}\u{a0}»\u{a0}: pas prête pour un go." / "Stage {} “{}”: not ready for a go.";
    /// `gate`: a blocking criterion not settled (its title).
    gate_criterion: "critère bloquant non réglé\u{a0}: {}" / "blocking criterion not settled: {}";
    /// `gate`: a required question without an answer (its text).
    gate_question: "question obligatoire sans réponse\u{a0}: {}" / "required question unanswered: {}";
    /// `gate`: the stage before has no go of the service team (number, its decision).
    gate_previous: "l'étape {} n'a pas le go de l'équipe de service (décision\u{a0}: {})"
        / "stage {} has no go from the service team (decision: {})";
    /// `gate`: the plan's file lost its last line.
    gate_seal_cut: "le fichier du plan est coupé\u{a0}: sa dernière ligne (somme de contrôle) manque"
        / "the plan's file is cut: its last line (checksum) is missing";
    /// `gate`: the plan's file was changed outside the program.
    gate_seal_altered: "le fichier du plan a été modifié hors de l'assistant\u{a0}: sa somme de contrôle ne correspond plus"
        / "the plan's file was changed outside the wizard: its checksum no longer matches";
    /// `gate --stage` naming no stage (number asked, last number).
    gate_no_such_stage: "pas d'étape {}\u{a0}: les étapes vont de 1 à {}" / "no stage {}: stages go from 1 to {}";
    /// Portfolio: the title.
    portfolio_title: "Portefeuille des projets" / "Project portfolio";
    /// Portfolio: how many plans were read and files not read.
    portfolio_counts: "Plans lus\u{a0}: {}\u{a0}; fichiers non lus\u{a0}: {}" / "Plans read: {}; files not read: {}";
    /// Portfolio: column of the file.
    portfolio_col_file: "Fichier" / "File";
    /// Portfolio: column of the project.
    portfolio_col_project: "Projet" / "Project";
    /// Portfolio: column of the organisation.
    portfolio_col_organisation: "Organisation" / "Organisation";
    /// Portfolio: column of the stage reached.
    portfolio_col_stage: "Étape" / "Stage";
    /// Portfolio: column of a stage's decisions, team then service team (stage number).
    portfolio_col_decisions: "É{}" / "S{}";
    /// Portfolio: column of the readiness of the stage reached.
    portfolio_col_readiness: "Avancement" / "Progress";
    /// Portfolio: column of the blockers of the stage reached.
    portfolio_col_blockers: "Bloquants" / "Blockers";
    /// Portfolio: the column of conflicts left by a merge.
    portfolio_col_conflicts: "Conflits" / "Conflicts";
    /// Portfolio: column of the last session.
    portfolio_col_last_session: "Dernière séance" / "Last session";
    /// Portfolio: column of the last change.
    portfolio_col_last_change: "Dernière modification" / "Last change";
    /// Portfolio: column of the file's seal.
    portfolio_col_seal: "Fichier intègre" / "File intact";
    /// Portfolio: how a stage's decisions read (team, service team).
    portfolio_decisions_legend: "Décisions par étape\u{a0}: équipe projet / équipe de service (✓ go, ✗ no-go, ○ en attente)."
        / "Decisions per stage: project team / service team (✓ go, ✗ no-go, ○ pending).";
    /// Portfolio: heading of the totals.
    portfolio_totals: "Totaux par étape" / "Totals per stage";
    /// Portfolio: column of the projects at a stage.
    portfolio_col_at_stage: "Projets à cette étape" / "Projects at this stage";
    /// Portfolio: column of the service team's go.
    portfolio_col_go: "Go de l'équipe de service" / "Service team's go";
    /// Portfolio: column of the service team's no-go.
    portfolio_col_no_go: "No-go de l'équipe de service" / "Service team's no-go";
    /// Portfolio: column of the go proposed by the team, awaiting the service team.
    portfolio_col_proposed: "Go proposé, en attente" / "Go proposed, awaiting";
    /// Portfolio: heading of the files not read.
    portfolio_unread: "Fichiers non lus" / "Files not read";
    /// Portfolio: column of why a file was not read.
    portfolio_col_reason: "Raison" / "Reason";
    /// Portfolio: a link pointing out of the folder read.
    portfolio_link_out: "{}\u{a0}: lien symbolique hors du dossier, non suivi" / "{}: symbolic link out of the folder, not followed";
    /// Portfolio: files beyond the cap (how many, the cap).
    portfolio_too_many: "{} fichiers non lus au-delà des {} premiers" / "{} files not read beyond the first {}";
    /// Portfolio: a seal intact.
    portfolio_seal_intact: "oui" / "yes";
    /// Portfolio: a plan written before seals.
    portfolio_seal_unsealed: "sans somme de contrôle" / "no checksum";
    /// Portfolio: a plan cut.
    portfolio_seal_cut: "coupé" / "cut";
    /// Portfolio: a plan changed outside the program.
    portfolio_seal_altered: "modifié à la main" / "changed by hand";
    /// Portfolio: nothing there (no session, no date).
    portfolio_none: "—" / "—";
    // round trip: diff, merge, conflicts, git
    /// What an undone change was about: the conflicts left by a merge.
    about_conflicts: "conflits de fusion" / "merge conflicts";
    /// `diff`: a text from the plan, quoted.
    diff_quoted: "«\u{a0}{}\u{a0}»" / "\"{}\"";
    /// `diff`: heading of the project's fields, members and training.
    diff_project: "Projet" / "Project";
    /// `diff`: heading of a stage (number, title).
    diff_stage: "Étape {} — {}" / "Stage {} — {}";
    /// `diff`: heading of a stage the definitions do not know (id).
    diff_unknown_stage: "Étape «\u{a0}{}\u{a0}» (inconnue des définitions)" / "Stage \"{}\" (unknown to the definitions)";
    /// `diff`: heading of the session log.
    diff_sessions: "Séances" / "Sessions";
    /// `diff`: the project's name.
    diff_project_name: "nom du projet" / "project name";
    /// `diff`: the project's organisation.
    diff_organisation: "organisation" / "organisation";
    /// `diff`: a contact (name, role).
    diff_contact: "contact «\u{a0}{}\u{a0}» ({})" / "contact \"{}\" ({})";
    /// `diff`: a criterion's status (title).
    diff_criterion_status: "statut du critère «\u{a0}{}\u{a0}»" / "status of criterion \"{}\"";
    /// `diff`: the team's self-assessment on a stage.
    diff_decision_project_team: "auto-évaluation de l'équipe projet" / "the project team's self-assessment";
    /// `diff`: the service team's decision on a stage.
    diff_decision_service_team: "décision de la service team" / "the service team's decision";
    /// `diff`: a team member (name).
    diff_member: "membre «\u{a0}{}\u{a0}»" / "member \"{}\"";
    /// `diff`: a team member's role (role).
    diff_member_role: "rôle {}" / "role {}";
    /// `diff`: a team member's training item (member, item).
    diff_member_training: "formation de «\u{a0}{}\u{a0}»\u{a0}: «\u{a0}{}\u{a0}»" / "training of \"{}\": \"{}\"";
    /// `diff`: a training item acquired.
    diff_acquired: "acquis" / "acquired";
    /// `diff`: a sitting (kind, date).
    diff_session: "{} du {}" / "{} on {}";
    /// `diff`: a sitting's minutes (the sitting).
    diff_minutes: "compte rendu — {}" / "minutes — {}";
    /// `diff`: what a sitting holds (participants, action items).
    diff_session_value: "{} participant(s), {} action(s)" / "{} participant(s), {} action item(s)";
    /// `diff`: the sides of a conflict, in the detail of a field (side).
    conflict_ours: "notre version" / "ours";
    /// `diff`: their side of a conflict.
    conflict_theirs: "leur version" / "theirs";
    /// `diff`: the common ancestor of a conflict.
    conflict_base: "ancêtre commun" / "common ancestor";
    /// A side's value that is empty or absent.
    conflict_nothing: "(rien)" / "(nothing)";
    /// `diff` and `status`: heading of the conflicts left by a merge.
    diff_conflicts: "Conflits à résoudre" / "Conflicts to resolve";
    /// `status`: the count of conflicts to resolve (count).
    status_conflicts: "{} conflit(s) de fusion à résoudre\u{a0}: ouvrez le plan dans l'assistant (touche c)"
        / "{} merge conflict(s) to resolve: open the plan in the wizard (key c)";
    /// `merge`: written without conflict (path).
    merge_clean: "Fusion sans conflit\u{a0}: {}" / "Merged without conflict: {}";
    /// `merge`: written with conflicts (count, path).
    merge_conflicts: "{} conflit(s) enregistré(s) dans {}\u{a0}: ouvrez-le dans l'assistant pour choisir (touche c)"
        / "{} conflict(s) recorded in {}: open it in the wizard to choose (key c)";
    /// `merge`: the merged plan could not be written (path, reason).
    merge_not_written: "plan fusionné non écrit dans {}\u{a0}: {}" / "merged plan not written to {}: {}";
    /// `git-setup`: the merge driver's name in git's settings.
    git_driver_name: "embarquement\u{a0}: fusion des plans champ par champ" / "embarquement: field-by-field merge of plans";
    /// `git-setup`: a line added to .gitattributes (file, line).
    git_setup_attributes: "{}\u{a0}: ligne ajoutée «\u{a0}{}\u{a0}»" / "{}: line added \"{}\"";
    /// `git-setup`: .gitattributes already holds the line (file).
    git_setup_attributes_kept: "{}\u{a0}: la ligne y est déjà" / "{}: the line is already there";
    /// `git-setup`: a git setting written (key, value).
    git_setup_config: "git config {} «\u{a0}{}\u{a0}»" / "git config {} \"{}\"";
    /// `git-setup`: the folder is not a git repository (path).
    git_setup_not_a_repository: "{} n'est pas un dépôt git (pas de dossier .git)\u{a0}: lancez git init d'abord"
        / "{} is not a git repository (no .git folder): run git init first";
    /// `git-setup`: git failed (what it said).
    git_setup_failed: "git a échoué\u{a0}: {}" / "git failed: {}";
    /// Help: `diff`.
    cli_diff: "Montrer ce qui a changé d'un plan à l'autre (code 0\u{a0}: identiques, 1\u{a0}: différents, 2\u{a0}: erreur)"
        / "Show what changed from one plan to another (exit 0: the same, 1: different, 2: error)";
    /// Help: `diff`'s older plan.
    cli_diff_old: "Plan de départ" / "The older plan";
    /// Help: `diff`'s newer plan.
    cli_diff_new: "Plan d'arrivée" / "The newer plan";
    /// Help: `diff --format`.
    cli_diff_format: "Format de sortie\u{a0}: text, markdown ou json (défaut\u{a0}: text)"
        / "Output format: text, markdown or json (default: text)";
    /// Help: `diff --textconv`.
    cli_diff_textconv: "Afficher un seul plan en texte lisible et stable (le textconv de git)"
        / "Print one plan as readable, stable text (git's textconv)";
    /// Help: `merge`.
    cli_merge: "Fusionner deux versions d'un plan depuis leur ancêtre commun, champ par champ (pilote de fusion git\u{a0}; code 0\u{a0}: sans conflit, 1\u{a0}: conflits, 2\u{a0}: erreur)"
        / "Merge two versions of a plan from their common ancestor, field by field (git merge driver; exit 0: clean, 1: conflicts, 2: error)";
    /// Help: `merge`'s common ancestor.
    cli_merge_base: "Ancêtre commun (%O pour git)" / "Common ancestor (git's %O)";
    /// Help: `merge`'s own version.
    cli_merge_ours: "Notre version, remplacée par la fusion sans -o (%A pour git)"
        / "Our version, replaced by the merge without -o (git's %A)";
    /// Help: `merge`'s other version.
    cli_merge_theirs: "Leur version (%B pour git)" / "Their version (git's %B)";
    /// Help: `merge -o`.
    cli_merge_output: "Plan fusionné à écrire (défaut\u{a0}: notre version)" / "The merged plan to write (default: our version)";
    /// Wizard: the mark of an item a merge left in conflict.
    conflict_mark: "conflit" / "conflict";
    /// Wizard: title of the conflict's choice (the field).
    conflict_title: "Conflit\u{a0}: {}" / "Conflict: {}";
    /// Wizard: keep our value (the value).
    conflict_keep_ours: "Garder notre version\u{a0}: {}" / "Keep ours: {}";
    /// Wizard: keep their value (the value).
    conflict_keep_theirs: "Garder leur version\u{a0}: {}" / "Keep theirs: {}";
    /// Wizard: combine both texts.
    conflict_combine: "Combiner les deux textes (puis les retoucher dans l'éditeur)" / "Combine both texts (then edit them in the editor)";
    /// Wizard: the detail's heading of a conflict (the field).
    conflict_detail: "Conflit de fusion sur {}" / "Merge conflict on {}";
    /// Key hint: resolve a conflict.
    key_conflict: "conflit" / "conflict";
    /// Help: resolve a conflict.
    help_conflict: "résoudre un conflit de fusion (celui de l'élément choisi, sinon le premier)\u{a0}: garder notre version, la leur, ou combiner deux textes"
        / "resolve a merge conflict (the selected item's, else the first): keep ours, theirs, or combine two texts";
    /// Command line: the placeholder of the older plan of `diff`.
    cli_value_old: "ANCIEN" / "OLD";
    /// Command line: the placeholder of the newer plan of `diff`.
    cli_value_new: "NOUVEAU" / "NEW";
    /// Command line: the placeholder of `merge`'s common ancestor.
    cli_value_base: "BASE" / "BASE";
    /// Command line: the placeholder of `merge`'s own version.
    cli_value_ours: "NOUS" / "OURS";
    /// Command line: the placeholder of `merge`'s other version.
    cli_value_theirs: "EUX" / "THEIRS";
    /// Help: `git-setup`.
    cli_git_setup: "Préparer un dépôt git pour les plans\u{a0}: .gitattributes, pilote de fusion et diff lisible"
        / "Set a git repository up for plans: .gitattributes, merge driver and readable diff";
    /// Help: `git-setup`'s folder.
    cli_git_setup_dir: "Dépôt à préparer (défaut\u{a0}: le dossier courant)" / "The repository to set up (default: the current folder)";
    // merged round trip
    /// `gate`: a merge conflict not resolved (the field in words).
    gate_conflict: "conflit de fusion non résolu sur {}\u{a0}: ouvrez le plan dans l'assistant et choisissez (touche c)"
        / "merge conflict not resolved on {}: open the plan in the wizard and choose (key c)";
    // summary and training polish
    /// Offer screen: Space on a plan with members, whose ticks are per person.
    resources_ticks_per_person: "La formation se coche par personne, sur l'écran de l'équipe (touche t)"
        / "Training is ticked per person, on the team screen (key t)";
    /// Report: heading of the answers to the questions on training needs.
    report_training_needs: "Besoins de formation exprimés dans les trames" / "Training needs stated in the forms";
    /// Report: no question of the definitions asks about training needs.
    report_no_training_needs: "Aucune question des trames ne porte sur les besoins de formation."
        / "No question of the forms asks about training needs.";
    /// Report: where a training-need question is asked (the stage's number).
    report_need_stage: "étape {}" / "stage {}";
    // diff and merge, complete
    /// `diff`: the definitions a plan was answered against.
    diff_definitions: "définitions" / "definitions";
    /// `diff`: the definitions' stamp (version, source, start of the digest).
    diff_definitions_value: "version {} ({}, {}…)" / "version {} ({}, {}…)";
    /// `diff`: the stage the team is on.
    diff_current_stage: "étape en cours" / "current stage";
    /// `diff`: a stage's number, as the stage the team is on.
    diff_stage_value: "étape {}" / "stage {}";
    /// `diff`: who last changed a criterion in a joint session.
    diff_criterion_entry: "saisie du critère «\u{a0}{}\u{a0}»" / "entry of criterion \"{}\"";
    /// `diff`: who last changed an answer in a joint session.
    diff_answer_entry: "saisie de la réponse à «\u{a0}{}\u{a0}»" / "entry of the answer to \"{}\"";
    /// `diff`: a record entered by the project team in the joint session of a day.
    diff_entered_project_team: "par l'équipe projet en séance commune du {}" / "by the project team in the joint session of {}";
    /// `diff`: a record entered by the service team in the joint session of a day.
    diff_entered_service_team: "par la service team en séance commune du {}" / "by the service team in the joint session of {}";
    /// `diff`: one of the project team's past self-assessments, by its number.
    diff_past_decision_project_team: "auto-évaluation passée n°\u{a0}{} de l'équipe projet" / "the project team's past self-assessment no. {}";
    /// `diff`: one of the service team's past decisions, by its number.
    diff_past_decision_service_team: "décision passée n°\u{a0}{} de la service team" / "the service team's past decision no. {}";
}

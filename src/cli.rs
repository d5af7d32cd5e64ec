//! The command line.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand, ValueEnum};

use crate::i18n::Lang;
use crate::plan::{HostingTarget, ProjectKind};

/// Assistant d'embarquement sur l'offre Cloud Pi Native : les cinq étapes, leurs checklists go/no-go
/// et leurs questionnaires, dans un plan projet local à envoyer à la service team.
#[derive(Debug, Parser)]
#[command(name = "embarquement", version, subcommand_precedence_over_arg = true)]
pub struct Cli {
    /// Plan projet à ouvrir ou à créer (défaut : ./embarquement.plan.yaml).
    pub plan: Option<PathBuf>,

    #[command(flatten)]
    pub global: GlobalOptions,

    #[command(subcommand)]
    pub command: Option<Command>,
}

/// Options accepted by every command.
#[derive(Debug, Args)]
pub struct GlobalOptions {
    /// Dossier de définitions (*.yaml) à utiliser à la place des définitions intégrées.
    #[arg(long, global = true, value_name = "DIR")]
    pub questionnaires: Option<PathBuf>,

    /// Langue de l'interface (et du contenu quand il est traduit).
    #[arg(long, global = true, value_enum, default_value_t = Lang::Fr)]
    pub lang: Lang,

    /// Pas de couleurs (la variable NO_COLOR a le même effet).
    #[arg(long, global = true)]
    pub no_color: bool,
}

/// The subcommands; without one, the wizard opens.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Crée un plan projet sans ouvrir l'assistant.
    Init(InitArgs),
    /// Résume l'avancement du plan, étape par étape.
    Status(StatusArgs),
    /// Écrit le rapport du plan (Markdown, HTML ou JSON), à lire sans l'assistant.
    Export(ExportArgs),
    /// Vérifie des définitions (par défaut, les définitions intégrées).
    Validate(ValidateArgs),
}

/// `init`.
#[derive(Debug, Args)]
pub struct InitArgs {
    /// Plan à créer (défaut : ./embarquement.plan.yaml).
    pub plan: Option<PathBuf>,
    /// Nom du projet.
    #[arg(long)]
    pub name: String,
    /// Organisation de rattachement.
    #[arg(long)]
    pub organisation: Option<String>,
    /// Type de projet.
    #[arg(long, value_enum)]
    pub kind: Option<ProjectKind>,
    /// Cible d'hébergement.
    #[arg(long, value_enum)]
    pub hosting_target: Option<HostingTarget>,
}

/// `status`.
#[derive(Debug, Args)]
pub struct StatusArgs {
    /// Plan à résumer (défaut : ./embarquement.plan.yaml).
    pub plan: Option<PathBuf>,
    /// Format de sortie.
    #[arg(long, value_enum, default_value_t = StatusFormat::Text)]
    pub format: StatusFormat,
}

/// `export`.
#[derive(Debug, Args)]
pub struct ExportArgs {
    /// Plan dont faire le rapport (défaut : ./embarquement.plan.yaml).
    pub plan: Option<PathBuf>,
    /// Format du rapport (défaut : d'après l'extension de -o, sinon markdown).
    #[arg(long, value_enum)]
    pub format: Option<ExportFormat>,
    /// Fichier à créer (défaut : la sortie standard) ; un fichier existant n'est remplacé qu'avec --force.
    #[arg(short, long, value_name = "FILE")]
    pub output: Option<PathBuf>,
    /// Remplacer le fichier de -o s'il existe déjà.
    #[arg(long, requires = "output")]
    pub force: bool,
}

/// `validate`.
#[derive(Debug, Args)]
pub struct ValidateArgs {
    /// Dossier de définitions à vérifier (défaut : les définitions intégrées).
    pub dir: Option<PathBuf>,
}

/// Output of `status`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum StatusFormat {
    /// Une ligne par étape.
    Text,
    /// Un objet JSON.
    Json,
}

/// Format of `export`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ExportFormat {
    /// Markdown (GitLab, Mattermost).
    Markdown,
    /// Une page HTML autonome.
    Html,
    /// JSON (embarquement-report/1).
    Json,
}

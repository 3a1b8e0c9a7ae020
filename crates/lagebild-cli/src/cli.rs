//! The command-line grammar, declared with clap; every subcommand's `--help` carries an
//! example.

use clap::{Args, Parser, Subcommand, ValueEnum};
use std::path::PathBuf;

/// Turn German news articles on military alliances into structured, source-cited data.
#[derive(Debug, Parser)]
#[command(name = "lagebild", version, about, propagate_version = true)]
pub(crate) struct Cli {
    #[command(subcommand)]
    pub(crate) command: Command,

    /// Only errors on standard error: no warnings, progress or summary.
    #[arg(long, short = 'q', global = true, conflicts_with = "verbose")]
    pub(crate) quiet: bool,

    /// Also say what was found in each input.
    #[arg(long, short = 'v', global = true)]
    pub(crate) verbose: bool,
}

#[derive(Debug, Subcommand)]
pub(crate) enum Command {
    /// The main job: a localized briefing of a corpus: what changed, a timeline, a fact
    /// sheet per organisation and a digest per article, every fact footnoted.
    #[command(after_help = "Examples:\n  \
        lagebild brief examples/articles --lang en\n  \
        lagebild brief archive/ --lang de --as-of 2024-03 --format html > briefing.html\n  \
        lagebild extract archive/*.txt --format jsonl > facts.jsonl && lagebild brief facts.jsonl --lang ru")]
    Brief(BriefArgs),
    /// Parse saved article pages: metadata, structure, and every dropped line with its reason.
    #[command(after_help = "Examples:\n  \
        lagebild parse examples/articles/*.txt --format md\n  \
        lagebild parse page.txt --explain\n  \
        cat page.txt | lagebild parse - --format json")]
    Parse(ParseArgs),
    /// Extract facts (memberships, forces, deployments, roles, quotes …) with their sources.
    #[command(after_help = "Examples:\n  \
        lagebild extract examples/articles/*.txt\n  \
        lagebild extract page.txt --format md\n  \
        lagebild extract archive/*.txt --format jsonl > facts.jsonl")]
    Extract(ExtractArgs),
    /// Score extraction against hand-written gold files: precision, recall and F1 per fact
    /// kind, for entities, and the share of dates resolved exactly.
    #[command(
        after_help = "Each ARTICLE.txt in DIR is scored against ARTICLE.gold.json \
        (format: tests/eval/README.md).\n\nExamples:\n  \
        lagebild eval tests/eval\n  \
        lagebild eval tests/eval --verbose"
    )]
    Eval(EvalArgs),
    /// Merge the facts of many articles into one source-cited dossier per organisation.
    #[command(
        after_help = "Inputs are article files (*.txt), facts written by `lagebild extract \
        --format jsonl` (*.jsonl), or directories holding either (searched recursively).\n\n\
        Examples:\n  \
        lagebild dossier examples/articles --format md\n  \
        lagebild dossier archive/ --as-of 2022-01-31\n  \
        lagebild extract archive/*.txt --format jsonl > facts.jsonl && lagebild dossier facts.jsonl"
    )]
    Dossier(DossierArgs),
    /// Free text for human translators: export the titles, leads, subheadings and quotes
    /// of a corpus as a gettext PO file; `brief --translations` renders with it filled in.
    #[command(after_help = "Examples:\n  \
        lagebild translate export examples/articles --lang en -o free-text.en.pot\n  \
        cp free-text.en.pot free-text.en.po   # the translator fills in this copy\n  \
        lagebild brief examples/articles --lang en --translations free-text.en.po")]
    Translate(TranslateArgs),
    /// Translator tools: check locale files, list the built-in locales.
    #[command(after_help = "Examples:\n  \
        lagebild locales list\n  \
        lagebild locales check my-locales/\n  \
        lagebild brief examples/articles --lang fr --locales my-locales/")]
    Locales(LocalesArgs),
    /// Print a shell completion script.
    #[command(after_help = "Examples:\n  \
        lagebild completions bash > /etc/bash_completion.d/lagebild\n  \
        lagebild completions zsh > ~/.zfunc/_lagebild")]
    Completions {
        /// The shell.
        #[arg(value_enum)]
        shell: clap_complete::Shell,
    },
    /// Print the manual page (roff).
    #[command(after_help = "Example:\n  lagebild man > lagebild.1 && man ./lagebild.1")]
    Man,
}

/// Output formats of `lagebild brief`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub(crate) enum BriefFormat {
    /// CommonMark/GFM Markdown with a Mermaid timeline.
    Md,
    /// A standalone HTML page with the timeline as SVG.
    Html,
    /// The dossier view and observations the briefing is written from.
    Json,
}

#[derive(Debug, Args)]
pub(crate) struct TranslateArgs {
    #[command(subcommand)]
    pub(crate) action: TranslateAction,
}

#[derive(Debug, Subcommand)]
pub(crate) enum TranslateAction {
    /// Write the corpus's free-text segments as a PO template: one entry per distinct
    /// title, lead, subheading or quote (`msgctxt` says which), a stable id and the
    /// language of the original as comments, and every file:line it occurs at.
    #[command(after_help = "Examples:\n  \
        lagebild translate export examples/articles --lang en -o free-text.en.pot\n  \
        lagebild translate export archive/ --glob '2024-*.txt' --lang ru > ru.pot")]
    Export {
        #[command(flatten)]
        inputs: InputArgs,

        /// The language translators will translate into (the PO `Language` header).
        #[arg(long, short = 'l', default_value = "en", value_name = "LANG")]
        lang: String,

        /// Write the PO template here (atomically) instead of to standard output. A file
        /// that holds translations is not replaced unless `--force`.
        #[arg(long, short = 'o', value_name = "FILE")]
        output: Option<PathBuf>,

        /// Replace the `-o` file even if it holds translations.
        #[arg(long, requires = "output")]
        force: bool,
    },
}

/// The inputs every subcommand that reads articles takes, with the same conventions.
#[derive(Debug, Args)]
pub(crate) struct InputArgs {
    /// Articles (`*.txt`), extracted facts (`*.jsonl`, where facts are accepted) or
    /// directories, searched recursively; `-` reads an article from standard input.
    #[arg(required = true, value_name = "PATH")]
    pub(crate) paths: Vec<PathBuf>,

    /// Which files to take from directories, matched against the file name (`*` and `?`
    /// wildcards; repeat the option for several patterns). Default: `*.txt`, plus
    /// `*.jsonl` where facts are accepted. Files named directly are always read.
    #[arg(long, value_name = "PATTERN")]
    pub(crate) glob: Vec<String>,

    /// Refuse input files larger than this (bytes, or with a K, M or G suffix).
    #[arg(long, value_name = "SIZE", default_value = "128M", value_parser = parse_size)]
    pub(crate) max_file_bytes: u64,

    /// Leave out lines longer than this, with a warning naming the file and line (bytes,
    /// or with a K, M or G suffix).
    #[arg(long, value_name = "SIZE", default_value = "1M", value_parser = parse_size)]
    pub(crate) max_line_bytes: u64,

    /// Follow symbolic links found inside the directories named, as long as they lead to
    /// a place inside one of them (links named on the command line are always followed).
    #[arg(long)]
    pub(crate) follow: bool,
}

impl InputArgs {
    /// How directories are searched: the `--glob` patterns (or `default`) and `--follow`.
    pub(crate) fn walk(&self, default: &[&str]) -> crate::input::Walk {
        crate::input::Walk {
            patterns: crate::input::patterns(&self.glob, default),
            follow: self.follow,
        }
    }

    /// The parser's limits as the user set them.
    pub(crate) fn limits(&self) -> lagebild_parse::ParseOptions {
        let mut options = lagebild_parse::ParseOptions::default();
        options.max_input_bytes = self.max_file_bytes;
        options.max_line_bytes = usize::try_from(self.max_line_bytes).unwrap_or(usize::MAX);
        options
    }
}

/// A size in bytes: `4096`, `64K`, `1M`, `2G` (binary multiples; `KiB`, `MB` … accepted).
fn parse_size(text: &str) -> Result<u64, String> {
    let trimmed = text.trim();
    let digits_end = trimmed
        .find(|c: char| !c.is_ascii_digit())
        .unwrap_or(trimmed.len());
    let (digits, unit) = trimmed.split_at(digits_end);
    let shift = match unit.trim().to_ascii_uppercase().as_str() {
        "" | "B" => 0,
        "K" | "KB" | "KIB" => 10,
        "M" | "MB" | "MIB" => 20,
        "G" | "GB" | "GIB" => 30,
        _ => {
            return Err(format!(
                "`{text}` is not a size; write it as 4096, 64K, 1M or 2G"
            ));
        }
    };
    digits
        .parse::<u64>()
        .ok()
        .filter(|&n| n > 0)
        .and_then(|n| n.checked_mul(1 << shift))
        .ok_or_else(|| {
            format!("`{text}` is not a size above zero; write it as 4096, 64K, 1M or 2G")
        })
}

/// `--gazetteer`, on every subcommand that extracts facts.
#[derive(Debug, Args)]
pub(crate) struct GazetteerArgs {
    /// A directory of your own names added to the built-in ones: `people.tsv`,
    /// `organisations.tsv`, `places.tsv` and `states.tsv`, each optional, in the format
    /// of lagebild-extract's `data/*.tsv`; and an optional `lexicon.tsv` of your own
    /// trigger words added to the rules' tables (`table<TAB>entry`, the tables of
    /// lagebild-extract's `data/lexicon/*.tsv`; number and date words are fixed).
    #[arg(long, value_name = "DIR")]
    pub(crate) gazetteer: Option<PathBuf>,
}

#[derive(Debug, Args)]
pub(crate) struct BriefArgs {
    #[command(flatten)]
    pub(crate) inputs: InputArgs,

    #[command(flatten)]
    pub(crate) names: GazetteerArgs,

    /// Language of the briefing: one with a locale, built in (`lagebild locales list`) or
    /// in the `--locales` directory; any other is a usage error that lists them. `en-XA`
    /// is the pseudo-locale: English with every letter accented, to spot untranslated text.
    #[arg(long, short = 'l', default_value = "en", value_name = "LANG")]
    pub(crate) lang: String,

    /// Give statuses as of this date (`2022-01-31`, `2024-02`, `31.01.2022`).
    #[arg(long, value_name = "DATE", value_parser = parse_when)]
    pub(crate) as_of: Option<lagebild_model::When>,

    /// Output format.
    #[arg(long, short = 'f', value_enum, default_value_t = BriefFormat::Md)]
    pub(crate) format: BriefFormat,

    /// A directory of translations (`<lang>/*.ftl`) that override or add to the built-in ones.
    #[arg(long, value_name = "DIR")]
    pub(crate) locales: Option<PathBuf>,

    /// A filled-in PO file from `lagebild translate export`: titles, leads, subheadings
    /// and quotes are shown in its translations, with the original beside them.
    #[arg(long, value_name = "FILE")]
    pub(crate) translations: Option<PathBuf>,

    /// Write the briefing, one fact sheet per organisation (`factsheets/`) and one digest
    /// per article (`articles/`) into this directory instead of printing the briefing.
    /// Each file is written whole or not at all.
    #[arg(long, short = 'o', value_name = "DIR")]
    pub(crate) output: Option<PathBuf>,
}

/// Output formats of `lagebild dossier`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub(crate) enum DossierFormat {
    /// The dossier view and the stored observations as JSON (docs/json.md).
    Json,
    /// A readable dossier per organisation with numbered sources.
    Md,
}

#[derive(Debug, Args)]
pub(crate) struct DossierArgs {
    #[command(flatten)]
    pub(crate) inputs: InputArgs,

    #[command(flatten)]
    pub(crate) names: GazetteerArgs,

    /// Give statuses as of this date (`2022-01-31`, `2024-02`, `31.01.2022`); default: the
    /// latest publication date in the corpus.
    #[arg(long, value_name = "DATE", value_parser = parse_when)]
    pub(crate) as_of: Option<lagebild_model::When>,

    /// Output format.
    #[arg(long, short = 'f', value_enum, default_value_t = DossierFormat::Md)]
    pub(crate) format: DossierFormat,

    /// Language of the fact sheets: one with a locale, built in (`lagebild locales list`)
    /// or in the `--locales` directory; any other is a usage error that lists them. `en-XA`
    /// is the pseudo-locale: English with every letter accented, to spot untranslated text.
    #[arg(long, short = 'l', default_value = "en", value_name = "LANG")]
    pub(crate) lang: String,

    /// A directory of translations (`<lang>/*.ftl`) that override or add to the built-in
    /// ones: a new language needs nothing else.
    #[arg(long, value_name = "DIR")]
    pub(crate) locales: Option<PathBuf>,
}

#[derive(Debug, Args)]
pub(crate) struct LocalesArgs {
    #[command(subcommand)]
    pub(crate) command: LocalesCommand,
}

#[derive(Debug, Subcommand)]
pub(crate) enum LocalesCommand {
    /// Check translations against English: missing, obsolete and syntax-broken messages,
    /// mismatched `$variables`, missing plural categories. Exits 1 on any error.
    #[command(after_help = "Examples:\n  \
        lagebild locales check                 # the built-in locales\n  \
        lagebild locales check my-locales/     # a translator's directory (<lang>/*.ftl)")]
    Check {
        /// A directory of `<lang>/*.ftl`; without one, the built-in locales are checked.
        #[arg(value_name = "DIR")]
        dir: Option<PathBuf>,
    },
    /// List the built-in locales.
    #[command(after_help = "Example:\n  lagebild locales list")]
    List,
}

/// `--as-of`: ISO (`2022-01-31`, `2022-01`, `2022`) or a German date (`31.01.2022`).
fn parse_when(text: &str) -> Result<lagebild_model::When, String> {
    if let Some(when) = lagebild_model::When::parse(text) {
        return Ok(when);
    }
    lagebild_parse::parse_date(text)
        .and_then(|d| lagebild_model::When::parse(&d.to_iso()))
        .ok_or_else(|| {
            format!("`{text}` is not a date; write it as 2022-01-31, 2022-01 or 31.01.2022")
        })
}

#[derive(Debug, Args)]
pub(crate) struct EvalArgs {
    /// Directory with articles (`*.txt`) and their gold files (`*.gold.json`).
    #[arg(value_name = "DIR")]
    pub(crate) dir: PathBuf,

    /// List every missed and every spurious item per article.
    #[arg(long, short = 'v')]
    pub(crate) verbose: bool,

    #[command(flatten)]
    pub(crate) names: GazetteerArgs,
}

/// Output formats of `lagebild extract`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub(crate) enum ExtractFormat {
    /// The documented JSON (docs/json.md); an array when several files are given.
    Json,
    /// One JSON object per article per line, for `lagebild dossier` or a map-reduce job.
    Jsonl,
    /// A readable list of the facts with their sentences.
    Md,
}

#[derive(Debug, Args)]
pub(crate) struct ExtractArgs {
    #[command(flatten)]
    pub(crate) inputs: InputArgs,

    #[command(flatten)]
    pub(crate) names: GazetteerArgs,

    /// Output format.
    #[arg(long, short = 'f', value_enum, default_value_t = ExtractFormat::Json)]
    pub(crate) format: ExtractFormat,
}

/// Output formats of `lagebild parse`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub(crate) enum ParseFormat {
    /// The documented JSON (docs/json.md); an array when several files are given.
    Json,
    /// The cleaned article as Markdown.
    Md,
    /// The cleaned article as plain text.
    Text,
}

#[derive(Debug, Args)]
pub(crate) struct ParseArgs {
    #[command(flatten)]
    pub(crate) inputs: InputArgs,

    /// Output format.
    #[arg(long, short = 'f', value_enum, default_value_t = ParseFormat::Json)]
    pub(crate) format: ParseFormat,

    /// Print every input line with its number and how it was classified, instead of the
    /// article.
    #[arg(long)]
    pub(crate) explain: bool,
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::CommandFactory;

    /// The built-in rule table must compile with the features this binary is built with
    /// (a dev-dependency once hid a missing regex feature from the parser's own tests).
    #[test]
    fn builtin_rules_compile_in_the_binary() {
        assert!(lagebild_parse::RuleSet::builtin().rules().len() >= 20);
    }

    #[test]
    fn sizes_take_binary_suffixes() {
        assert_eq!(parse_size("4096"), Ok(4096));
        assert_eq!(parse_size("64K"), Ok(65_536));
        assert_eq!(parse_size("1M"), Ok(1 << 20));
        assert_eq!(parse_size("2gib"), Ok(2 << 30));
        for bad in ["", "0", "M", "1T", "-1", "1.5M", "99999999999999999999G"] {
            assert!(parse_size(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn cli_definition_is_consistent() {
        Cli::command().debug_assert();
    }
}

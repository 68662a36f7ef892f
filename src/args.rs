//! Command-line flags, in one place.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand, ValueEnum};

/// dyad reads news and writes down who did what to whom, when and where.
#[derive(Parser, Debug)]
#[command(name = "dyad", version, about, long_about = None)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Subcommand, Debug)]
pub enum Command {
    /// Code news documents into event records (JSONL or CSV).
    Code(CodeArgs),
    /// Segment, tokenize, tag and parse text (or re-analyse CoNLL-U); writes CoNLL-U to stdout.
    Parse(ParseArgs),
    /// Score dyad against gold data.
    #[command(subcommand)]
    Eval(EvalCommand),
    /// Train models from named data files.
    #[command(subcommand)]
    Train(TrainCommand),
    /// Measure speed and memory.
    #[command(subcommand)]
    Bench(BenchCommand),
}

/// Which language's models to use.
#[derive(ValueEnum, Clone, Copy, Debug, PartialEq, Eq)]
pub enum LangArg {
    /// Detect from the text.
    Auto,
    /// English.
    En,
    /// Spanish.
    Es,
}

#[derive(ValueEnum, Clone, Copy, Debug, PartialEq, Eq)]
pub enum InputFormat {
    /// Plain text.
    Text,
    /// CoNLL-U: tokens kept, everything else predicted afresh.
    Conllu,
}

#[derive(Args, Debug)]
pub struct ModelArgs {
    /// Directory with `<lang>/syntax.dyad` model files overriding the built-in ones.
    #[arg(long, value_name = "DIR")]
    pub models: Option<PathBuf>,
}

#[derive(Args, Debug)]
pub struct ParseArgs {
    /// Language of the input.
    #[arg(long, value_enum, default_value = "auto")]
    pub lang: LangArg,
    /// Input format.
    #[arg(long, value_enum, default_value = "text")]
    pub input_format: InputFormat,
    #[command(flatten)]
    pub models: ModelArgs,
    /// Input file, or `-` for standard input.
    pub input: PathBuf,
}

/// Event output formats.
#[derive(ValueEnum, Clone, Copy, Debug, PartialEq, Eq)]
pub enum OutputFormat {
    /// One JSON event a line (the `dyad code` contract).
    Jsonl,
    /// Flattened, one event a row, with a header.
    Csv,
}

#[derive(Args, Debug)]
pub struct CodeArgs {
    /// Language of documents that do not say (auto detects per document).
    #[arg(long, value_enum, default_value = "auto")]
    pub lang: LangArg,
    /// Publication date for documents that carry none (YYYY-MM-DD).
    #[arg(long, value_name = "YYYY-MM-DD")]
    pub date: Option<String>,
    /// Output format.
    #[arg(long, value_enum, default_value = "jsonl")]
    pub format: OutputFormat,
    /// Output file (`-` or absent: standard output).
    #[arg(long, value_name = "PATH")]
    pub out: Option<PathBuf>,
    /// Do not write the SQLite store.
    #[arg(long)]
    pub no_db: bool,
    /// Directory of dyad-format lexicon files added before the built-in lexicon (entries here
    /// win); either holding `en/` and `es/` folders or one language's files. Repeatable.
    #[arg(long, value_name = "DIR")]
    pub lexicon: Vec<PathBuf>,
    /// PETRARCH verb dictionary; with --petrarch-actors and --petrarch-agents it replaces the
    /// built-in lexicon.
    #[arg(long, value_name = "FILE")]
    pub petrarch_verbs: Option<PathBuf>,
    /// PETRARCH actor dictionaries (repeatable, in precedence order).
    #[arg(long, value_name = "FILE")]
    pub petrarch_actors: Vec<PathBuf>,
    /// PETRARCH agent dictionary.
    #[arg(long, value_name = "FILE")]
    pub petrarch_agents: Option<PathBuf>,
    /// PETRARCH discard list.
    #[arg(long, value_name = "FILE")]
    pub petrarch_discards: Option<PathBuf>,
    /// List every dictionary line that loaded with a warning.
    #[arg(long)]
    pub dict_warnings: bool,
    #[command(flatten)]
    pub models: ModelArgs,
    /// Text files (first line headline), JSONL files (one document a line), folders, or `-`.
    #[arg(required = true)]
    pub inputs: Vec<PathBuf>,
}

#[derive(Subcommand, Debug)]
pub enum EvalCommand {
    /// Tagging, lemmas and attachment on gold tokens; sentences and tokens from raw text.
    Syntax(EvalSyntaxArgs),
    /// Events from raw text against a gold dev set (the built-in lexicon's bars, issue 4).
    Events(EvalEventsArgs),
}

#[derive(Args, Debug)]
#[command(group(clap::ArgGroup::new("devset").required(true).args(["plover", "spanish_cameo"])))]
pub struct EvalEventsArgs {
    /// PLOVER gold-standard records (`PLOVER_GSR_dev.json`), coded as English.
    #[arg(long, value_name = "FILE.json")]
    pub plover: Option<PathBuf>,
    /// UniversalPetrarch Spanish CAMEO records (`spanish_protest_cameo_dev.xml`), coded as Spanish.
    #[arg(long, value_name = "FILE.xml")]
    pub spanish_cameo: Option<PathBuf>,
    /// Directory of dyad-format lexicon files added before the built-in lexicon (repeatable).
    #[arg(long, value_name = "DIR")]
    pub lexicon: Vec<PathBuf>,
    #[command(flatten)]
    pub models: ModelArgs,
    /// List the records missed or with unmatched events: gold vs what dyad emitted.
    #[arg(long)]
    pub failures: bool,
    /// Print JSON instead of a table.
    #[arg(long)]
    pub json: bool,
}

#[derive(Args, Debug)]
pub struct EvalSyntaxArgs {
    /// Gold CoNLL-U file.
    #[arg(long, value_name = "FILE.conllu")]
    pub gold: PathBuf,
    /// Language (auto detects from the gold text).
    #[arg(long, value_enum, default_value = "auto")]
    pub lang: LangArg,
    #[command(flatten)]
    pub models: ModelArgs,
    /// Print JSON instead of a table.
    #[arg(long)]
    pub json: bool,
}

#[derive(Subcommand, Debug)]
pub enum TrainCommand {
    /// Train the tagger, lemmatizer and parser of one language into one model file.
    Syntax(TrainSyntaxArgs),
}

#[derive(Args, Debug)]
pub struct TrainSyntaxArgs {
    /// Language of the data.
    #[arg(long, value_enum)]
    pub lang: LangArg,
    /// Training CoNLL-U files.
    #[arg(long = "train", value_name = "FILE.conllu", required = true, num_args = 1..)]
    pub train: Vec<PathBuf>,
    /// Development CoNLL-U files (tuning and reported dev scores).
    #[arg(long = "dev", value_name = "FILE.conllu", num_args = 1..)]
    pub dev: Vec<PathBuf>,
    /// Without --dev: hold out every Nth training sentence as the dev set.
    #[arg(long, value_name = "N", default_value_t = 10)]
    pub holdout_every: usize,
    /// Harmonization rules applied to training and dev data (e.g. `crates/syntax/data/harmonize/es.txt`).
    #[arg(long, value_name = "FILE")]
    pub harmonize: Option<PathBuf>,
    /// JSON file with training settings (defaults: `crates/syntax/train-config.default.json`).
    #[arg(long, value_name = "FILE")]
    pub config: Option<PathBuf>,
    /// Output model file.
    #[arg(long, value_name = "FILE")]
    pub out: PathBuf,
}

#[derive(Subcommand, Debug)]
pub enum BenchCommand {
    /// Tag and parse speed on one core, and peak memory.
    Syntax(BenchSyntaxArgs),
}

#[derive(Args, Debug)]
pub struct BenchSyntaxArgs {
    /// CoNLL-U (gold tokens) or text input to analyse.
    #[arg(long, value_name = "FILE")]
    pub input: PathBuf,
    /// Input format.
    #[arg(long, value_enum, default_value = "conllu")]
    pub input_format: InputFormat,
    /// Language.
    #[arg(long, value_enum, default_value = "auto")]
    pub lang: LangArg,
    /// Repeat the input until at least this many tokens were analysed.
    #[arg(long, default_value_t = 1_000_000)]
    pub min_tokens: usize,
    #[command(flatten)]
    pub models: ModelArgs,
}

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
    /// Read events from the store, filtered, as a table, CSV or JSON.
    Query(QueryArgs),
    /// Write events from the store to a file: CSV, JSONL, Parquet or GDELT 2.0.
    Export(ExportArgs),
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
    /// Serve the HTTP API and the web page over a store (code documents by POST).
    Serve(ServeArgs),
    /// Inspect the lexicon (built-in plus --lexicon directories).
    #[command(subcommand)]
    Lexicon(LexiconCommand),
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
    /// Tag the built-in lexicon's names (countries, capitals, organizations, people) PROPN,
    /// as `dyad code` does, so the trees are the ones the coder reads.
    #[arg(long)]
    pub names: bool,
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
    /// Also write the analysed sentences as CoNLL-U to this file (`# sent_id = <doc>-<n>`,
    /// `n` the `sentence_index` of the events): the trees the events were coded from, with the
    /// lexicon's name hints that `dyad parse` does not use.
    #[arg(long, value_name = "FILE.conllu")]
    pub trees: Option<PathBuf>,
    /// Do not write the SQLite store.
    #[arg(long)]
    pub no_db: bool,
    /// SQLite store to write (created when missing; a document coded again replaces itself).
    #[arg(
        long,
        value_name = "PATH",
        default_value = "dyad.db",
        conflicts_with = "no_db"
    )]
    pub db: PathBuf,
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
    /// Print the CPU time each stage took (segment, tag+parse, code, date+place).
    #[arg(long)]
    pub timings: bool,
    #[command(flatten)]
    pub models: ModelArgs,
    /// Text files (first line headline), JSONL files (one document a line), folders, globs
    /// (`news/*.jsonl`, expanded when the shell did not), or `-`.
    #[arg(required = true)]
    pub inputs: Vec<PathBuf>,
}

/// Which stored events to read: `dyad query` and `dyad export` share these.
#[derive(Args, Debug, Clone, Default)]
pub struct FilterArgs {
    /// Actor code prefix or country, source or target (`ETH`, `ETHMIL`).
    #[arg(long, value_name = "CODE")]
    pub actor: Option<String>,
    /// Source actor code prefix or country.
    #[arg(long, value_name = "CODE")]
    pub source: Option<String>,
    /// Target actor code prefix or country.
    #[arg(long, value_name = "CODE")]
    pub target: Option<String>,
    /// Country of the source or the target (ISO alpha-3).
    #[arg(long, value_name = "ISO3")]
    pub country: Option<String>,
    /// CAMEO event code prefix (`19`, `190`, `0412`).
    #[arg(long, value_name = "CODE")]
    pub cameo: Option<String>,
    /// CAMEO root code (01-20).
    #[arg(long, value_name = "NN")]
    pub root: Option<String>,
    /// GDELT quad class (1 verbal cooperation ... 4 material conflict).
    #[arg(long, value_name = "1-4", value_parser = clap::value_parser!(u8).range(1..=4))]
    pub quad: Option<u8>,
    /// PLOVER event type (ASSAULT, CONSULT, ...).
    #[arg(long, value_name = "TYPE")]
    pub plover: Option<String>,
    /// First date (YYYY, YYYY-MM or YYYY-MM-DD).
    #[arg(long, value_name = "DATE")]
    pub from: Option<String>,
    /// Last date, inclusive.
    #[arg(long, value_name = "DATE")]
    pub to: Option<String>,
    /// Place name (substring) or its country code.
    #[arg(long, value_name = "NAME")]
    pub place: Option<String>,
    /// Words in the event's sentence.
    #[arg(long, value_name = "WORDS")]
    pub text: Option<String>,
    /// Document id.
    #[arg(long, value_name = "ID")]
    pub doc: Option<String>,
}

/// `dyad query` output formats.
#[derive(ValueEnum, Clone, Copy, Debug, PartialEq, Eq)]
pub enum QueryFormat {
    /// A readable table.
    Table,
    /// Flat columns with a header.
    Csv,
    /// One JSON event record a line.
    Json,
}

#[derive(Args, Debug)]
pub struct QueryArgs {
    /// SQLite store to read.
    #[arg(long, value_name = "PATH", default_value = "dyad.db")]
    pub db: PathBuf,
    #[command(flatten)]
    pub filter: FilterArgs,
    /// Output format.
    #[arg(long, value_enum, default_value = "table")]
    pub format: QueryFormat,
    /// Events to print at most (the total is said on stderr).
    #[arg(long, value_name = "N", default_value_t = 50)]
    pub limit: u64,
}

/// `dyad export` formats.
#[derive(ValueEnum, Clone, Copy, Debug, PartialEq, Eq)]
pub enum ExportFormatArg {
    /// Flat columns with a header.
    Csv,
    /// One JSON event record a line.
    Jsonl,
    /// Parquet (typed flat columns).
    Parquet,
    /// GDELT 2.0 event layout: 61 tab-separated columns, no header.
    Gdelt,
}

#[derive(Args, Debug)]
pub struct ExportArgs {
    /// SQLite store to read.
    #[arg(long, value_name = "PATH", default_value = "dyad.db")]
    pub db: PathBuf,
    /// Output format.
    #[arg(long, value_enum)]
    pub format: ExportFormatArg,
    /// Output file (`-`: standard output, not for parquet).
    #[arg(long, value_name = "PATH")]
    pub out: PathBuf,
    #[command(flatten)]
    pub filter: FilterArgs,
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
    /// Repeat the training (never the held-out) sentences of a --train file N times, as
    /// `FILE.conllu=N`: a small treebank whose conventions the target text follows can count for
    /// more than a big one that follows older ones.
    #[arg(long, value_name = "FILE.conllu=N", value_parser = parse_oversample)]
    pub oversample: Vec<(PathBuf, usize)>,
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

/// Reads `--oversample FILE=N`: N from 1 (no repetition) to 10.
fn parse_oversample(s: &str) -> Result<(PathBuf, usize), String> {
    let (file, n) = s
        .rsplit_once('=')
        .ok_or_else(|| format!("expected FILE.conllu=N, got {s:?}"))?;
    match n.parse::<usize>() {
        Ok(n @ 1..=10) => Ok((PathBuf::from(file), n)),
        _ => Err(format!("N must be a whole number from 1 to 10, got {n:?}")),
    }
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

#[derive(Args, Debug)]
pub struct ServeArgs {
    /// SQLite store to serve and ingest into (created when missing).
    #[arg(long, value_name = "PATH", default_value = "dyad.db")]
    pub db: PathBuf,
    /// Address to listen on (port 0 picks a free port; the address is printed).
    #[arg(long, value_name = "HOST:PORT", default_value = "127.0.0.1:8080")]
    pub addr: String,
    /// Language of posted documents that do not say (auto detects per document).
    #[arg(long, value_enum, default_value = "auto")]
    pub lang: LangArg,
    /// Directory of dyad-format lexicon files added before the built-in lexicon (repeatable).
    #[arg(long, value_name = "DIR")]
    pub lexicon: Vec<PathBuf>,
    /// Largest request body accepted, in bytes (larger: 413).
    #[arg(long, value_name = "BYTES", default_value_t = 10 << 20)]
    pub max_body: usize,
    #[command(flatten)]
    pub models: ModelArgs,
}

#[derive(Subcommand, Debug)]
pub enum LexiconCommand {
    /// Coverage counts per language: actors by kind, agents, verbs, nouns, classes; ISO
    /// countries with names and demonyms; patterns per 3-digit CAMEO code; people and offices.
    Stats(LexiconStatsArgs),
}

/// Which languages `dyad lexicon stats` counts.
#[derive(ValueEnum, Clone, Copy, Debug, PartialEq, Eq)]
pub enum StatsLang {
    /// English and Spanish (the bars then hold in both).
    All,
    /// English.
    En,
    /// Spanish.
    Es,
}

#[derive(Args, Debug)]
pub struct LexiconStatsArgs {
    /// Directory of dyad-format lexicon files counted with the built-in lexicon, as
    /// `dyad code --lexicon` loads them (entries here win). Repeatable.
    #[arg(long, value_name = "DIR")]
    pub lexicon: Vec<PathBuf>,
    /// Languages to count.
    #[arg(long, value_enum, default_value = "all")]
    pub lang: StatsLang,
    /// Print JSON instead of a table.
    #[arg(long)]
    pub json: bool,
    /// Exit with status 1 when a bar fails (countries, CAMEO patterns, offices covered).
    #[arg(long)]
    pub check: bool,
}

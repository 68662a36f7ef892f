//! `dyad`: the command-line glue over dyad's libraries.
//!
//! Each subcommand opens its inputs, builds the stages it needs, calls them and writes output;
//! anything a test or the server would want lives in a library crate, not here.

mod args;
mod cmd;
mod documents;
mod input;
mod lexicon;
mod models;
mod setup;

use std::process::ExitCode;

use clap::Parser as _;

fn main() -> ExitCode {
    let cli = args::Cli::parse();
    match run(cli) {
        Ok(code) => code,
        Err(e) => {
            // A closed pipe (`dyad parse x | head`) is the reader's choice, not our failure.
            if e.chain().any(|c| {
                c.downcast_ref::<std::io::Error>()
                    .is_some_and(|io| io.kind() == std::io::ErrorKind::BrokenPipe)
            }) {
                return ExitCode::SUCCESS;
            }
            eprintln!("dyad: error: {e:#}");
            ExitCode::from(2)
        }
    }
}

fn run(cli: args::Cli) -> anyhow::Result<ExitCode> {
    match cli.command {
        args::Command::Code(a) => cmd::code::run(a),
        args::Command::Query(a) => cmd::query::run(a),
        args::Command::Export(a) => cmd::export::run(a),
        args::Command::Parse(a) => cmd::parse::run(a),
        args::Command::Eval(args::EvalCommand::Syntax(a)) => cmd::eval::run(a),
        args::Command::Eval(args::EvalCommand::Events(a)) => cmd::eval_events::run(a),
        args::Command::Train(args::TrainCommand::Syntax(a)) => cmd::train::run(a),
        args::Command::Bench(args::BenchCommand::Syntax(a)) => cmd::bench::run(a),
        args::Command::Serve(a) => cmd::serve::run(a),
        args::Command::Lexicon(args::LexiconCommand::Stats(a)) => cmd::lexicon::run_stats(a),
    }
}

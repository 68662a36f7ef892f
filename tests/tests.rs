//! End-to-end tests of the `dyad` binary: one test binary, one module per subcommand.

mod cli;
mod code;
mod devset_bars;
mod export;
mod golden;
mod lexicon_cmd;
mod parse;
mod petr_raw;
mod server;
mod shared_bars;
mod store;
mod train;
mod web;

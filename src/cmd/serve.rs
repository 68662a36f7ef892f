//! `dyad serve`: the HTTP API and the web page (`dyad-server`) over a store, coding posted
//! documents with the same pipeline as `dyad code`.

use std::process::ExitCode;
use std::sync::Arc;

use anyhow::Context;
use dyad_core::Lang;

use crate::args::{LangArg, ServeArgs};

pub fn run(a: ServeArgs) -> anyhow::Result<ExitCode> {
    let (langs, default_lang) = match a.lang {
        LangArg::Auto => (Lang::ALL.to_vec(), None),
        LangArg::En => (vec![Lang::En], Some(Lang::En)),
        LangArg::Es => (vec![Lang::Es], Some(Lang::Es)),
    };
    let pipeline = crate::setup::pipeline(&langs, &a.lexicon, a.models.models.as_deref(), None)?;
    let store = dyad_store::Store::open(&a.db)
        .with_context(|| format!("opening store {}", a.db.display()))?;
    let config = dyad_server::Config {
        max_body_bytes: a.max_body,
        default_lang,
        ..Default::default()
    };
    let server = dyad_server::Server::new(Arc::new(pipeline), store, config);
    let db = a.db.display().to_string();
    dyad_server::run(&a.addr, server, |addr| {
        // Tests and scripts read this line to learn the port when --addr ends in :0.
        eprintln!("dyad: serving {db} on http://{addr}/ (Ctrl-C to stop)");
    })
    .context("serving")?;
    eprintln!("dyad: stopped");
    Ok(ExitCode::SUCCESS)
}

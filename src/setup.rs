//! Building the [`Pipeline`] from flags: shared by `dyad code` and `dyad serve`, so that both
//! code a document the same way.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use dyad_core::Lang;
use dyad_events::{Coder, CoderConfig};
use dyad_lexicon::Lexicon;
use dyad_pipeline::Pipeline;
use dyad_text::Segmenter;

/// A pipeline that codes `langs`: each language gets its models (built-in, or from
/// `models_dir`) and its lexicon (`petrarch` for every language when given, as PETRARCH has one
/// dictionary set; otherwise the built-in lexicon with the `lexicon_dirs` files first).
pub fn pipeline(
    langs: &[Lang],
    lexicon_dirs: &[PathBuf],
    models_dir: Option<&Path>,
    petrarch: Option<Arc<Lexicon>>,
) -> anyhow::Result<Pipeline> {
    let mut pipeline = Pipeline::default();
    for &l in langs {
        let lexicon = match &petrarch {
            Some(p) => p.clone(),
            None => Arc::new(crate::lexicon::for_language(l, lexicon_dirs)?),
        };
        let coder = Coder::new(lexicon, CoderConfig::default());
        pipeline.add_language(
            l,
            Segmenter::new(l),
            crate::models::analyzer(l, models_dir)?,
            Some(coder),
        );
    }
    Ok(pipeline)
}

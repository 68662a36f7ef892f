//! `dyad lexicon stats`: what the lexicon covers, counted by `dyad_lexicon::stats`.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::Context;
use dyad_core::Lang;
use dyad_lexicon::dyad::{load_dir, DyadLexicon};
use dyad_lexicon::stats::{LexiconStats, MIN_PATTERNS};
use dyad_lexicon::Office;
use serde_json::json;

use crate::args::{LexiconStatsArgs, StatsLang};

pub fn run_stats(a: LexiconStatsArgs) -> anyhow::Result<ExitCode> {
    let langs: &[Lang] = match a.lang {
        StatsLang::All => &Lang::ALL,
        StatsLang::En => &[Lang::En],
        StatsLang::Es => &[Lang::Es],
    };
    // The user's directories first, then the built-in lexicon: `dyad code`'s precedence.
    let mut loaded: Vec<(Lang, Vec<DyadLexicon>)> = Vec::new();
    for &lang in langs {
        let mut lexs = Vec::new();
        for dir in &a.lexicon {
            lexs.push(user_dir(dir, lang)?);
        }
        lexs.push(crate::lexicon::builtin(lang)?);
        loaded.push((lang, lexs));
    }
    let sources: Vec<(Lang, Vec<&DyadLexicon>)> = loaded
        .iter()
        .map(|(l, v)| (*l, v.iter().collect()))
        .collect();
    let stats = LexiconStats::new(&sources);
    let mut out = std::io::stdout().lock();
    if a.json {
        writeln!(out, "{}", serde_json::to_string_pretty(&to_json(&stats))?)?;
    } else {
        write_table(&mut out, &stats)?;
    }
    Ok(if a.check && !stats.passes() {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}

/// One `--lexicon` directory for `lang`: its `<lang>/` folder when it has one, else itself.
fn user_dir(dir: &Path, lang: Lang) -> anyhow::Result<DyadLexicon> {
    let per_lang: PathBuf = dir.join(lang.code());
    let d: &Path = if per_lang.is_dir() { &per_lang } else { dir };
    load_dir(d).with_context(|| format!("lexicon {}", d.display()))
}

fn to_json(s: &LexiconStats) -> serde_json::Value {
    let langs: serde_json::Map<String, serde_json::Value> = s
        .langs
        .iter()
        .map(|l| {
            let offices: serde_json::Map<String, serde_json::Value> = l
                .people
                .offices
                .iter()
                .map(|(o, n)| (o.as_str().to_string(), json!(n)))
                .collect();
            let cameo: serde_json::Map<String, serde_json::Value> = l
                .cameo
                .iter()
                .map(|(c, n)| (c.as_str().to_string(), json!(n)))
                .collect();
            let v = json!({
                "actors": {
                    "countries": l.actors.countries,
                    "regions": l.actors.regions,
                    "organizations": l.actors.organizations,
                    "armed_groups": l.actors.armed_groups,
                    "people": l.actors.people,
                    "other": l.actors.other,
                },
                "agents": l.agents,
                "agent_terms": l.agent_terms,
                "verbs": l.verbs,
                "nouns": l.nouns,
                "classes": l.classes,
                "patterns": l.patterns,
                "countries_named": l.countries_named.len(),
                "cameo_patterns": cameo,
                "cameo_codes_ok": l.cameo.values().filter(|n| **n >= MIN_PATTERNS).count(),
                "people": {
                    "people": l.people.people,
                    "dated": l.people.dated,
                    "head_countries": l.people.head_countries.len(),
                    "head_country_codes": l.people.head_countries,
                    "offices": offices,
                },
            });
            (l.lang.code().to_string(), v)
        })
        .collect();
    json!({
        "langs": langs,
        "countries": {
            "iso": s.iso_countries.len(),
            "ok": s.countries_ok,
            "missing": s.country_gaps.iter().map(|g| json!({
                "code": g.code,
                "have": g.have.iter().map(|(l, n, d)| json!({
                    "lang": l.code(), "name": n, "demonym": d,
                })).collect::<Vec<_>>(),
            })).collect::<Vec<_>>(),
        },
        "cameo": {
            "min_patterns": MIN_PATTERNS,
            "codes": s.cameo_total,
            "ok": s.cameo_ok,
            "under": s.cameo_gaps.iter().map(|g| json!({
                "code": g.code.as_str(),
                "counts": g.counts.iter().map(|(l, n)| (l.code().to_string(), json!(n)))
                    .collect::<serde_json::Map<_, _>>(),
            })).collect::<Vec<_>>(),
        },
        "failures": s.failures(),
        "passes": s.passes(),
    })
}

fn write_table(out: &mut impl Write, s: &LexiconStats) -> std::io::Result<()> {
    let head: Vec<String> = s
        .langs
        .iter()
        .map(|l| format!("{:>8}", l.lang.code()))
        .collect();
    writeln!(out, "{:<44}{}", "", head.join(""))?;
    let row = |out: &mut dyn Write, name: &str, f: &dyn Fn(usize) -> usize| {
        let cells: Vec<String> = (0..s.langs.len()).map(|i| format!("{:>8}", f(i))).collect();
        writeln!(out, "{name:<44}{}", cells.join(""))
    };
    let l = &s.langs;
    row(out, "actors: countries and territories", &|i| {
        l[i].actors.countries
    })?;
    row(out, "        regions", &|i| l[i].actors.regions)?;
    row(out, "        organizations", &|i| l[i].actors.organizations)?;
    row(out, "        armed groups", &|i| l[i].actors.armed_groups)?;
    row(out, "        people", &|i| l[i].actors.people)?;
    row(out, "        other actors", &|i| l[i].actors.other)?;
    row(out, "agents (blocks)", &|i| l[i].agents)?;
    row(out, "agent terms", &|i| l[i].agent_terms)?;
    row(out, "verbs (lemmas)", &|i| l[i].verbs)?;
    row(out, "nouns (lemmas)", &|i| l[i].nouns)?;
    row(out, "word classes", &|i| l[i].classes)?;
    row(out, "description terms", &|i| l[i].description_terms)?;
    row(out, "patterns (code: and pattern: lines)", &|i| {
        l[i].patterns
    })?;
    row(
        out,
        &format!(
            "ISO countries with name + demonym (/{})",
            s.iso_countries.len()
        ),
        &|i| l[i].countries_named.len(),
    )?;
    row(
        out,
        &format!(
            "CAMEO 3-digit codes with >= {MIN_PATTERNS} patterns (/{})",
            s.cameo_total
        ),
        &|i| l[i].cameo.values().filter(|n| **n >= MIN_PATTERNS).count(),
    )?;
    row(out, "people with dated codes", &|i| l[i].people.dated)?;
    row(out, "countries with a head of state/gov", &|i| {
        l[i].people.head_countries.len()
    })?;
    for o in Office::ALL {
        row(out, &format!("people: {}", o.as_str()), &|i| {
            l[i].people.offices.get(&o).copied().unwrap_or(0)
        })?;
    }
    let names: Vec<&str> = l.iter().map(|x| x.lang.code()).collect();
    let names = names.join(" and ");
    writeln!(out)?;
    writeln!(
        out,
        "countries: {}/{} ISO 3166-1 codes have a name and a demonym in {names}",
        s.countries_ok,
        s.iso_countries.len()
    )?;
    for g in &s.country_gaps {
        let lacks: Vec<String> = g
            .have
            .iter()
            .filter(|(_, n, d)| !(n & d))
            .map(|(lang, n, d)| {
                let what = match (n, d) {
                    (false, false) => "name, demonym",
                    (false, true) => "name",
                    _ => "demonym",
                };
                format!("{lang}: no {what}")
            })
            .collect();
        writeln!(out, "  {} ({})", g.code, lacks.join("; "))?;
    }
    writeln!(
        out,
        "cameo: {}/{} 3-digit codes have >= {MIN_PATTERNS} patterns in {names}",
        s.cameo_ok, s.cameo_total
    )?;
    for g in &s.cameo_gaps {
        let counts: Vec<String> = g
            .counts
            .iter()
            .map(|(lang, n)| format!("{lang} {n}"))
            .collect();
        writeln!(
            out,
            "  {} {} ({})",
            g.code.as_str(),
            g.code.name(),
            counts.join(", ")
        )?;
    }
    for lang in l {
        let heads: Vec<&str> = lang
            .people
            .head_countries
            .iter()
            .map(String::as_str)
            .collect();
        writeln!(
            out,
            "people ({}): {} people, {} with dated codes; heads of state/government for {} countries: {}",
            lang.lang,
            lang.people.people,
            lang.people.dated,
            heads.len(),
            heads.join(" ")
        )?;
    }
    let failures = s.failures();
    if failures.is_empty() {
        writeln!(out, "bars: all hold")?;
    } else {
        writeln!(out, "bars failing:")?;
        for f in failures {
            writeln!(out, "  {f}")?;
        }
    }
    Ok(())
}

#!/usr/bin/env python3
"""Generate crates/core/src/cameo_table.rs from the shared CAMEO and PLOVER tables.

Usage (from the repository root):

    python3 crates/core/gen/gen_cameo.py /work/shared/external > crates/core/src/cameo_table.rs

Inputs, under the directory given as the only argument:

- cameo/CAMEO.eventcodes.txt      GDELT lookup table: code TAB description
- cameo/CAMEO.goldsteinscale.txt  GDELT lookup table: code TAB Goldstein value
- plover/CAMEO2PLOVER-2021.txt    CAMEO -> PLOVER table (PLOVER draft 0.8, Sept 2021,
                                  Open Event Data Alliance, CC BY-SA 4.0)

The mapping file predates the PLOVER names dyad uses in a few places; the
normalizations below are the only editorial decisions and each says why. The generator
fails loudly on any label it does not know, so a new input cannot slip through.
"""

import re
import sys
from pathlib import Path

# PLOVER 2 event types, as named in the mapping file (the 0.8 manual still says DEMAND
# where the mapping and later PLOVER releases say REQUEST).
TYPES = [
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
]

# Modes per type, from the PLOVER manual (draft 0.8) tables. Types absent here have no modes.
MODES = {
    "CONSULT": ["visit", "third-party", "multilateral", "phone"],
    "RETREAT": ["withdraw", "release", "return", "disarm", "ceasefire", "access", "resign"],
    "REQUEST": ["assist", "change", "yield", "meet"],
    "ACCUSE": ["disapprove", "investigate", "allege"],
    "REJECT": ["assist", "change", "yield", "meet"],
    "THREATEN": ["restrict", "ban", "arrest", "relations", "expel", "territory", "violence"],
    "PROTEST": ["demo", "riot", "general", "strike", "hunger", "boycott", "obstruct"],
    "SANCTION": ["convict", "expel", "withdraw", "discontinue"],
    "MOBILIZE": ["troops", "weapons", "police", "militia"],
    "COERCE": ["confiscate", "restrict", "ban", "censor", "curfew", "martial-law", "arrest",
               "deport", "withhold"],
    "ASSAULT": ["abduct", "beat", "torture", "execute", "sexual", "assassinate", "destroy",
                "primitive", "firearms", "explosives", "suicide-attack", "heavy-weapons",
                "cleansing", "massacre", "unconventional", "sideAB"],
}

# Mode labels in the 2021 mapping that are not modes of their type in the manual.
# (type, label) -> replacement mode, or None to drop the mode (the context is kept).
MODE_FIXES = {
    # The mapping's own comment on 0813: '"ease" is no longer a mode'.
    ("RETREAT", "ease"): None,
    # 1321 "threaten to restrict freedom of speech": no THREATEN mode covers speech.
    ("THREATEN", "political"): None,
    # 171/1711 seize or confiscate property; 192 occupy territory has no COERCE mode and
    # is overridden per code below.
    ("COERCE", "seize"): "confiscate",
    # 1712 destroy property.
    ("ASSAULT", "seize"): "destroy",
}
# Per-code overrides applied after MODE_FIXES: code -> mode (None = no mode).
CODE_MODE_FIXES = {"192": None}

# Context labels (manual table "General contexts" plus two the mapping uses that the
# manual's table lacks: democracy, pro_autocracy).
CONTEXTS = [
    "military", "intelligence", "peacekeeping", "economic", "diplomatic", "resource",
    "disease", "enviro_disaster", "migration", "humanitarian", "asylum", "legal",
    "human_rights", "rights_freedoms", "gender", "lgbt", "terrorism", "human_security",
    "religion_ethnicity", "executive", "election", "legislative", "cbrn", "cyber",
    "political_institutions", "corruption", "crime", "illegal_drugs", "democracy",
    "pro_autocracy",
]

# The GDELT description of 044 is mojibake for curly quotes; restore the intended text.
NAME_FIXES = {"044": "Meet at a 'third' location"}


def camel(label):
    """PLOVER label -> Rust variant name."""
    if label == "sideAB":
        return "SideAb"
    return "".join(p[:1].upper() + p[1:] for p in re.split(r"[-_]", label))


def rs_str(s):
    """A Rust string literal."""
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


def read_tsv(path):
    rows = []
    with open(path, encoding="utf-8") as f:
        header = f.readline()
        if not header.startswith("CAMEOEVENTCODE"):
            sys.exit(f"{path}: unexpected header {header!r}")
        for n, line in enumerate(f, 2):
            line = line.rstrip("\n")
            if not line:
                continue
            parts = line.split("\t")
            if len(parts) != 2 or not re.fullmatch(r"\d{2,4}", parts[0]):
                sys.exit(f"{path}:{n}: malformed row {line!r}")
            rows.append((n, parts[0], parts[1]))
    return [(n, c, v.strip()) for n, c, v in rows]


def read_plover(path):
    """code -> (type, mode or None, [contexts]); first row wins for a repeated code."""
    out = {}
    dropped = []
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            body = line.split("#", 1)[0].strip()
            if not body or body.startswith("~"):
                continue
            m = re.fullmatch(r"(\d{2,4}):\s*(.*)", body)
            if not m:
                sys.exit(f"{path}:{n}: malformed row {line!r}")
            code, rest = m.group(1), m.group(2)
            fields = [x.strip() for x in rest.split(",")]
            typ = fields[0]
            if typ not in TYPES:
                sys.exit(f"{path}:{n}: unknown PLOVER type {typ!r}")
            label = fields[1] if len(fields) > 1 else ""
            ctx_field = fields[2] if len(fields) > 2 else ""
            contexts = [c.strip() for c in ctx_field.split(";") if c.strip()]
            mode = label or None
            # 175 puts the context pro_autocracy in the mode column.
            if mode in CONTEXTS:
                contexts.insert(0, mode)
                mode = None
            if mode is not None and mode not in MODES.get(typ, []):
                if (typ, mode) not in MODE_FIXES:
                    sys.exit(f"{path}:{n}: {mode!r} is not a {typ} mode")
                mode = MODE_FIXES[(typ, mode)]
            if code in CODE_MODE_FIXES:
                mode = CODE_MODE_FIXES[code]
            for c in contexts:
                if c not in CONTEXTS:
                    sys.exit(f"{path}:{n}: unknown context {c!r}")
            if code in out:
                if out[code] != (typ, mode, contexts):
                    dropped.append(f"{code} {typ} (line {n}; first row kept)")
                continue
            out[code] = (typ, mode, contexts)
    return out, dropped


def main():
    if len(sys.argv) != 2:
        sys.exit("usage: gen_cameo.py SHARED_EXTERNAL_DIR")
    base = Path(sys.argv[1])
    names = read_tsv(base / "cameo/CAMEO.eventcodes.txt")
    gold = {c: v for _, c, v in read_tsv(base / "cameo/CAMEO.goldsteinscale.txt")}
    plover, dupes = read_plover(base / "plover/CAMEO2PLOVER-2021.txt")
    codes = [c for _, c, _ in names]
    if set(codes) != set(gold):
        sys.exit("event code and Goldstein tables list different codes")
    unknown = sorted(c for c in plover if c not in set(codes))

    rows = sorted(names, key=lambda r: r[1])
    out = []
    w = out.append
    w("// CAMEO event codes: name, Goldstein value and PLOVER mapping, one row per code.")
    w("//")
    w("// generated: do not edit. Regenerate with")
    w("//   python3 crates/core/gen/gen_cameo.py /work/shared/external > crates/core/src/cameo_table.rs")
    w("//")
    w("// Sources:")
    w("//   cameo/CAMEO.eventcodes.txt, cameo/CAMEO.goldsteinscale.txt: GDELT's public CAMEO lookup")
    w("//     tables (CAMEO: Schrodt et al., Parus Analytics; Goldstein 1992 scale as extended for CAMEO).")
    w("//   plover/CAMEO2PLOVER-2021.txt: Open Event Data Alliance, PLOVER draft 0.8, 17-Sep-2021,")
    w("//     licensed CC BY-SA 4.0; this derived table is shared under the same license.")
    w("// Mapping rows dropped because the code is not in the CAMEO table: " + (", ".join(unknown) or "none"))
    w("// Repeated mapping rows that disagree (first kept): " + ("; ".join(dupes) or "none"))
    w("")
    w("use crate::plover::{PloverContext as C, PloverMode as M, PloverType as T};")
    w("")
    w("/// One CAMEO code with everything derived from the reference tables.")
    w("pub(crate) struct Row {")
    w("    /// The code as CAMEO writes it (`\"0874\"`).")
    w("    pub code: &'static str,")
    w("    /// GDELT's description.")
    w("    pub name: &'static str,")
    w("    /// Goldstein conflict-cooperation value, -10..=10.")
    w("    pub goldstein: f32,")
    w("    /// PLOVER type, mode and contexts given by the mapping for exactly this code.")
    w("    pub plover: Option<(T, Option<M>, &'static [C])>,")
    w("}")
    w("")
    w("/// Every CAMEO code, sorted by code string (binary-searchable).")
    w("#[rustfmt::skip]")
    w(f"pub(crate) static ROWS: [Row; {len(rows)}] = [")
    for _, code, name in rows:
        name = NAME_FIXES.get(code, name)
        g = float(gold[code])
        p = plover.get(code)
        if p is None:
            ps = "None"
        else:
            typ, mode, ctx = p
            ms = f"Some(M::{camel(mode)})" if mode else "None"
            cs = "&[" + ", ".join(f"C::{camel(c)}" for c in ctx) + "]"
            ps = f"Some((T::{camel(typ.lower())}, {ms}, {cs}))"
        w(f"    Row {{ code: {rs_str(code)}, name: {rs_str(name)}, goldstein: {g!r}, plover: {ps} }},")
    w("];")
    w("")
    # Emit the label lists so plover.rs can be checked against the generator's view.
    w("/// Mode labels per type, as the generator validated them (checked by a test in plover.rs).")
    w("#[cfg(test)]")
    w("#[rustfmt::skip]")
    w("pub(crate) static MODE_LABELS: &[(&str, &[&str])] = &[")
    for t in TYPES:
        labels = ", ".join(f'"{m}"' for m in MODES.get(t, []))
        w(f'    ("{t}", &[{labels}]),')
    w("];")
    print("\n".join(out))


if __name__ == "__main__":
    main()

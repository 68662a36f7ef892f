#!/usr/bin/env python3
"""Generate dyad's verb form -> lemma tables: crates/syntax/data/lemmas/{es,en}.tsv.gz.

Sources (npm packages, fetched with `npm pack` into a temporary folder, never into the repo):
  - Spanish: `conjugator` 2.1.0 (Edwin Hoogerbeets, HealthTap), Apache-2.0: a rule-based
    conjugator with ~950 verbs (regular lists, stem-changing lists, 102 irregular paradigms).
  - English: `english-verbs-irregular` 3.4.0 (Ludan Stoecklé, RosaeNLG), Apache-2.0 (its README
    also says CC-BY-4.0): 569 irregular verbs with past and past participle.

Why these and not `mlconjug3`/`verbecc`: both declare MIT/LGPL for their code, but their Spanish
and English data files (conjugation-es.xml, verbs-es.xml, ...) carry GPL-2.0-or-later headers
(derived from Verbiste), which cannot be embedded in an MIT OR Apache-2.0 binary.

The conjugator has bugs (e.g. `elegir` -> "ilege", `hacer` subjunctive plural -> "tengan",
conditional "diriría"), so its output is filtered and patched here: forms whose first letter is not
the infinitive's are dropped (except for ser/ir/oler), the conditional is rebuilt from the future
stem, gerunds and participle inflections (-o/-a/-os/-as) are made by rule, some participles are
fixed (-scrito, -cubierto, -vuelto, -suelto), vowel-stem verbs get their y and accents (leyó,
creído), a few wrong presents are replaced (EXTRA_FORMS), and common derived irregular verbs
missing from the package are added through its own "conjugate like" mechanism (EXTRA_DERIVED).

Output: a `#` header line, then `form<TAB>lemma` lines sorted by form (code point order, which is
the UTF-8 byte order the Rust loader binary-searches); a form with several lemmas (es "fue": ser, ir) has
one line per lemma, most plausible first (PRIORITY, then alphabetical). Lemmas follow UD (GSD/PUD,
EWT): infinitive without clitic "se"; participles lemmatize to the infinitive.

Run: python3 crates/syntax/gen/gen_verb_lemmas.py   (needs node and npm; ~10 s)
"""

import gzip
import json
import os
import re
import subprocess
import sys
import tarfile
import tempfile
import unicodedata

ES_PKG = "conjugator@2.1.0"
EN_PKG = "english-verbs-irregular@3.4.0"
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "data", "lemmas")

# Derived irregular verbs the conjugator lacks, conjugated like the base (its exceptions.json
# accepts "verb": "base" entries for exactly this).
EXTRA_DERIVED = {
    "tener": "sostener atener abstener",
    "venir": "provenir sobrevenir devenir contravenir reconvenir",
    "poner": "anteponer contraponer posponer sobreponer yuxtaponer interponer predisponer "
    "recomponer deponer transponer trasponer superponer descomponer presuponer",
    "hacer": "contrahacer",
    "decir": "contradecir desdecir",
    "conducir": "reproducir aducir reconducir reintroducir",
    "traer": "retraer abstraer",
    "ver": "entrever",
    "pedir": "expedir",
    "huir": "atribuir retribuir reconstruir obstruir intuir diluir disminuir fluir confluir "
    "recluir constituir restituir destituir instituir",
    "salir": "sobresalir",
    "sentir": "asentir disentir",
}

# Present forms the conjugator gets wrong (it makes "jugo", "adquiro").
EXTRA_FORMS = {
    "jugar": "juego juegas juega juegan",
    "adquirir": "adquiero adquieres adquiere adquieren adquiera adquieras adquieran",
    "inquirir": "inquiero inquieres inquiere inquieren inquiera inquieras inquieran",
}

# Participles the conjugator gets wrong (it makes "describido", "devolvido").
PARTICIPLE_SUFFIXES = [
    ("scribir", "scrito"),
    ("cubrir", "cubierto"),
    ("volver", "vuelto"),
    ("solver", "suelto"),
]

# When a form belongs to several verbs, the more frequent lemma first (news text).
PRIORITY = ["ser", "ir", "haber", "estar", "tener", "hacer", "poder", "decir", "ver", "dar",
            "be", "have", "do", "see", "find", "lie", "leave",
            "install", "appall", "enroll", "fulfill", "distill", "instill", "enthrall"]

# American -ll spellings of verbs the package lists in British form (instal, installed): EWT and
# PUD lemmatize "installed" as "install", so both are candidates, the American one first.
EN_US_LL = ["install", "appall", "enroll", "fulfill", "distill", "instill", "enthrall"]

# English regular verbs whose base form is an irregular verb's past form: both are candidates.
EN_SELF = ["found", "wound", "fell", "bore", "ground", "bound", "rent", "lay", "saw", "smelt"]

HABER = {"he", "has", "ha", "hemos", "habéis", "han", "había", "habías", "habíamos", "habíais",
         "habían", "habré", "habrás", "habrá", "habremos", "habréis", "habrán", "hube", "hubiste",
         "hubo", "hubimos", "hubisteis", "hubieron", "haya", "hayas", "hayamos", "hayáis", "hayan",
         "hubiera", "hubieras", "hubiéramos", "hubierais", "hubieran", "hubiere", "hubieres",
         "hubiéremos", "hubiereis", "hubieren", "habría", "habrías", "habríamos", "habríais",
         "habrían", "hubiese", "hubieses", "hubiésemos", "hubieseis", "hubiesen"}
REFLEXIVE = {"me", "te", "se", "nos", "os"}

NODE_DUMP = r"""
import { readFileSync } from "fs";
import conjugateVerb from "./lib/conjugateVerb.js";
const verbs = JSON.parse(readFileSync(process.argv[2], "utf-8"));
const out = {};
for (const v of verbs) {
  const c = conjugateVerb(v, {});
  const acc = [];
  (function visit(x, p) {
    if (typeof x === "string") acc.push([p, x]);
    else for (const k in x) visit(x[k], p ? p + "/" + k : k);
  })(c, "");
  out[v] = acc;
}
process.stdout.write(JSON.stringify(out));
"""


def npm_unpack(spec, tmp):
    name = subprocess.run(["npm", "pack", spec, "--silent"], cwd=tmp, check=True,
                          capture_output=True, text=True).stdout.strip().splitlines()[-1]
    dest = os.path.join(tmp, spec.split("@")[0])
    with tarfile.open(os.path.join(tmp, name)) as t:
        if hasattr(tarfile, "data_filter"):
            t.extractall(dest, filter="data")
        else:
            t.extractall(dest)
    return os.path.join(dest, "package")


def strip_accents(s):
    return "".join(c for c in unicodedata.normalize("NFD", s) if unicodedata.category(c) != "Mn")


def es_verbs(pkg):
    data = os.path.join(pkg, "data")
    verbs = []
    for f in sorted(os.listdir(data)):
        if f.endswith(".tsv"):
            with open(os.path.join(data, f), encoding="utf-8") as fh:
                next(fh)
                verbs += [line.split("\t")[0].strip() for line in fh if line.strip()]
    exc_path = os.path.join(data, "exceptions.json")
    with open(exc_path, encoding="utf-8") as fh:
        exc = json.load(fh)
    for base, derived in EXTRA_DERIVED.items():
        for d in derived.split():
            exc.setdefault(d, base if isinstance(exc.get(base), dict) else exc.get(base, base))
    with open(exc_path, "w", encoding="utf-8") as fh:
        json.dump(exc, fh, ensure_ascii=False)
    verbs += list(exc)
    # reflexive infinitives (abstenerse) are conjugated without "se"; UD lemmas drop it too
    return sorted({v[:-2] if v.endswith("se") and v[-4:-2] in ("ar", "er", "ir", "ír") else v
                   for v in verbs})


def gerund(v, pret3pl):
    if v == "ir":
        return "yendo"
    if v.endswith("decir"):
        return v[:-5] + "diciendo"
    if v.endswith("eír"):
        return v[:-3] + "iendo"
    stem, end = v[:-2], strip_accents(v[-2:])
    if end == "ar":
        return stem + "ando"
    if stem.endswith(("ñ", "ll")):
        return stem + "endo"
    if pret3pl and pret3pl.endswith("yeron"):
        return pret3pl[:-5] + "yendo"
    if pret3pl and pret3pl.endswith("ieron"):
        p = pret3pl[:-5]
        # weak preterite with a vowel change (pidieron, durmieron, pudieron): keep the change
        diff = [(a, b) for a, b in zip(stem, p) if a != b]
        if len(p) == len(stem) and diff in ([("e", "i")], [("o", "u")]):
            return p + "iendo"
    return stem + "iendo"


def es_forms(v, paradigm):
    forms = {v}
    first = strip_accents(v)[0]
    by_tag = {}
    for tag, text in paradigm:
        text = text.replace("¡", "").replace("!", "").strip().lower()
        words = text.split()
        if words and words[0] == "no":
            words = words[1:]
        while len(words) > 1 and words[0] in REFLEXIVE:
            words = words[1:]
        if not words:
            continue
        if tag.startswith("conditional"):
            continue  # rebuilt below from the future stem
        if len(words) == 2 and words[0] in HABER:
            part = words[1]
            if v[-3:-2] in "aeo" and v[-2:] in ("er", "ir"):
                part = re.sub(r"([aeo])ido$", r"\1ído", part)
            for suf, rep in PARTICIPLE_SUFFIXES:
                if v.endswith(suf):
                    part = v[: -len(suf)] + rep
            by_tag["participle"] = part
            continue
        if len(words) != 1:
            continue
        w = words[0]
        if strip_accents(w)[0] != first and v not in ("ser", "ir", "oler"):
            continue  # conjugator bugs such as elegir -> "ilege", hacer -> "tengan"
        if tag.startswith("subjunctive/present/plural") and not any(
                strip_accents(w)[:3] == strip_accents(x)[:3]
                for x in (v, by_tag.get("subjunctive/present/singular/first", v))):
            continue  # rehacer -> "retengan"
        if v[-3:-2] in "aeo" and v[-2:] in ("er", "ir"):  # creido -> creído, creimos -> creímos
            words[-1] = re.sub(r"([aeo])i(do|da|dos|das|mos|ste|steis)$", r"\1í\2", words[-1])
            w = words[0]
        if v[-3:-2] in "aeo" and v not in ("oír", "desoír"):
            for a in "aeo":  # leer -> "leió", "leieron": the i between vowels is y
                w = w.replace(a + "ió", a + "yó").replace(a + "ie", a + "ye")
        by_tag[tag] = w
        forms.add(w)
    fut = by_tag.get("indicative/future/singular/first")
    if fut and fut.endswith("é"):
        st = fut[:-1]
        forms |= {st + e for e in ("ía", "ías", "íamos", "íais", "ían")}
    subj1 = by_tag.get("subjunctive/present/singular/first")
    if subj1:
        forms.add(subj1 + "n")
        if subj1.endswith("a") and "subjunctive/present/plural/first" not in by_tag:
            forms |= {subj1[:-1] + "amos", subj1[:-1] + "áis"}  # hacer -> hagamos
        present = ("indicative/present/singular/second", "indicative/present/singular/third",
                   "indicative/present/plural/third")
        if v[-2:] in ("er", "ir") and subj1.endswith("a") and any(t not in by_tag for t in present):
            st = subj1[:-1]  # elegir: elija -> elige, eliges, eligen
            if st.endswith("j") and v.endswith(("gir", "ger")):
                st = st[:-1] + "g"
            elif st.endswith("g") and v.endswith("guir"):
                st += "u"
            forms |= {st + "es", st + "e", st + "en"}
    forms |= set(EXTRA_FORMS.get(v, "").split())
    part = by_tag.get("participle")
    if part and part.endswith("o"):
        forms |= {part, part[:-1] + "a", part + "s", part[:-1] + "as"}
    forms.add(gerund(v, by_tag.get("indicative/preterite/plural/third")))
    return forms


def spanish(tmp):
    pkg = npm_unpack(ES_PKG, tmp)
    verbs = es_verbs(pkg)
    with open(os.path.join(pkg, "verbs.json"), "w", encoding="utf-8") as fh:
        json.dump(verbs, fh, ensure_ascii=False)
    with open(os.path.join(pkg, "dump.mjs"), "w", encoding="utf-8") as fh:
        fh.write(NODE_DUMP)
    out = subprocess.run(["node", "dump.mjs", "verbs.json"], cwd=pkg, check=True,
                         capture_output=True, text=True).stdout
    paradigms = json.loads(out)
    pairs = set()
    for v in verbs:
        for f in es_forms(v, paradigms[v]):
            pairs.add((f, v))
    return pairs, len(verbs)


def en_third(v):
    special = {"be": "is", "have": "has", "do": "does", "go": "goes"}
    if v in special:
        return special[v]
    if v.endswith(("s", "x", "z", "ch", "sh", "o")):
        return v + "es"
    if v.endswith("y") and v[-2:-1] not in "aeiou":
        return v[:-1] + "ies"
    return v + "s"


def en_ing(v, doubled):
    vowels = "aeiou"
    if v == "be":
        return "being"
    if v.endswith("ie"):
        return v[:-2] + "ying"
    if v.endswith(("ee", "ye", "oe")):
        return v + "ing"
    if v.endswith("e") and len(v) > 2:
        return v[:-1] + "ing"
    cvc = (len(v) >= 3 and v[-1] not in vowels + "wxy" and v[-2] in vowels
           and v[-3] not in vowels)
    groups = sum(1 for i, c in enumerate(v) if c in vowels and (i == 0 or v[i - 1] not in vowels))
    if v in doubled or (cvc and (groups == 1 or v.endswith(
            ("run", "get", "set", "bid", "put", "cut", "sit", "win", "spin", "mit", "gin")))):
        return v + v[-1] + "ing"
    return v + "ing"


def english(tmp):
    pkg = npm_unpack(EN_PKG, tmp)
    with open(os.path.join(pkg, "dist", "verbs.json"), encoding="utf-8") as fh:
        verbs = json.load(fh)
    with open(os.path.join(pkg, "resources", "consonantDoubled.json"), encoding="utf-8") as fh:
        doubled = set(json.load(fh))
    pairs = set()
    for v, alts in verbs.items():
        forms = {v, en_third(v), en_ing(v, doubled)}
        for past, part in alts:
            forms |= {past, part}
        if v == "be":
            forms |= {"am", "are", "is", "was", "were", "been"}
        for f in forms:
            pairs.add((f, v))
            if v + "l" in EN_US_LL:
                pairs.add((f.replace(v, v + "l", 1) if f.startswith(v) and not f.startswith(v + "l")
                           else f, v + "l"))
    for v in EN_SELF:
        pairs.add((v, v))
    return pairs, len(verbs)


def write(pairs, path, source):
    by_form = {}
    for f, l in pairs:
        by_form.setdefault(f, set()).add(l)
    rank = {l: i for i, l in enumerate(PRIORITY)}
    lines = []
    for f in sorted(by_form):
        for l in sorted(by_form[f], key=lambda l: (rank.get(l, len(rank)), l)):
            lines.append(f"{f}\t{l}\n")
    header = (f"# verb form -> lemma; generated by crates/syntax/gen/gen_verb_lemmas.py from "
              f"{source}: do not edit\n")
    with gzip.GzipFile(path, "wb", mtime=0) as gz:
        gz.write((header + "".join(lines)).encode("utf-8"))
    ambiguous = sum(1 for ls in by_form.values() if len(ls) > 1)
    print(f"{path}: {len(by_form)} forms, {len(lines)} lines, {ambiguous} ambiguous, "
          f"{os.path.getsize(path)} bytes", file=sys.stderr)


def main():
    with tempfile.TemporaryDirectory() as tmp:
        es, n_es = spanish(tmp)
        en, n_en = english(tmp)
    print(f"es: {n_es} verbs; en: {n_en} verbs", file=sys.stderr)
    write(es, os.path.join(OUT, "es.tsv.gz"), f"npm {ES_PKG} (Apache-2.0)")
    write(en, os.path.join(OUT, "en.tsv.gz"), f"npm {EN_PKG} (Apache-2.0)")


if __name__ == "__main__":
    main()

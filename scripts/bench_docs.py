#!/usr/bin/env python3
"""Builds the end-to-end benchmark input of README's Speed table: the raw text of UD English
and Spanish PUD (from ../shared, never copied into the repo), ten sentences a document,
repeated ten times, as JSONL on stdout.

    python3 scripts/bench_docs.py ../shared > /tmp/docs.jsonl
    /usr/bin/time -v dyad code --no-db --out /dev/null --timings /tmp/docs.jsonl
"""
import json
import sys

shared = sys.argv[1] if len(sys.argv) > 1 else "../shared"
ud = f"{shared}/external/ud"


def texts(path):
    with open(path, encoding="utf-8") as f:
        return [l[len("# text = "):].strip() for l in f if l.startswith("# text = ")]


langs = {
    "en": texts(f"{ud}/UD_English-PUD/en_pud-ud-test.conllu"),
    "es": texts(f"{ud}/UD_Spanish-PUD/es_pud-ud-test.conllu"),
}
for rep in range(10):
    for lang, sents in langs.items():
        for i in range(0, len(sents), 10):
            doc = {"id": f"{lang}{rep}-{i}", "lang": lang, "date": "2024-05-01",
                   "text": " ".join(sents[i:i + 10])}
            print(json.dumps(doc, ensure_ascii=False))

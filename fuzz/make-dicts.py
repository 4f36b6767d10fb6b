#!/usr/bin/env python3
"""Writes the libFuzzer dictionaries of fuzz/dicts/ from the crate's data files, so that the fuzzers put whole
date words, unit words, verbs and large numerals into their inputs instead of finding them byte by byte.

    python3 fuzz/make-dicts.py      # from the repository root or from fuzz/

- dates.dict: every form of data/vocab/*.tsv (and each word of a multi-word form), the punctuation of dates,
  and numerals of every size (the edges of days, months, Hijri and Gregorian years, chrono's year range, and
  of u32, i64 and u64) in ASCII, Arabic-Indic and Extended Arabic-Indic digits, so that counts such as
  "قبل 999999999 يوما" are reached;
- extract.dict: dates.dict, the verb forms and nouns of data/attribution/, the place names of data/places.tsv
  and the words around a quotation;
- catalog.dict: the keys and values of the catalog's JSON form (data/actors/*.json), a few names and ids, and
  the same numerals;
- gazetteer.dict: the header and separators of data/places.tsv, values of its rows (ids, names, kinds,
  coordinates), tatweel and diacritics, and the same numerals.

Run it again after changing data/; the dictionaries are committed.
"""

import json
import os
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DATA = os.path.join(ROOT, "data")
OUT = os.path.join(ROOT, "fuzz", "dicts")

NUMBERS = [
    0, 1, 2, 3, 7, 9, 10, 11, 12, 13, 19, 20, 23, 24, 25, 28, 29, 30, 31, 32, 59, 60, 99, 100, 354, 355, 365,
    366, 999, 1000, 1299, 1300, 1446, 1500, 1501, 1899, 1900, 1999, 2011, 2024, 2100, 2101, 2200, 2201, 9999,
    10000, 99999, 100000, 262143, 262144, 264168, 300000, 500000, 999999, 1000000, 14000000, 99999999,
    999999999, 1000000000, 2147483647, 2147483648, 4294967295, 4294967296, 9223372036854775807,
    9223372036854775808, 18446744073709551615, 18446744073709551616, 99999999999999999999999,
]
PUNCTUATION = ["/", "-", ":", ".", "،", "؛", "(", ")", "«", "»", "\"", "هـ", "م", "\n", " ", "\u0640"]
ZEROS = ["0", "\u0660", "\u06f0"]


def rows(path):
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if line.strip() and not line.startswith("#"):
                yield line.split("\t")


def forms(column_zero):
    out = []
    for form in column_zero:
        form = form.replace("[", "").replace("]", "")
        out.append(form)
        parts = form.split()
        if len(parts) > 1:
            out.extend(parts)
    return out


def numerals():
    out = []
    for n in NUMBERS:
        for zero in ZEROS:
            out.append("".join(chr(ord(zero) + int(d)) for d in str(n)))
    return out


def entry(token):
    """A dictionary line: the token's UTF-8 bytes in quotes, every byte outside printable ASCII escaped."""
    escaped = []
    for b in token.encode("utf-8"):
        c = chr(b)
        if c in "\\\"":
            escaped.append("\\" + c)
        elif 0x20 <= b < 0x7F:
            escaped.append(c)
        else:
            escaped.append("\\x%02X" % b)
    return '"' + "".join(escaped) + '"'


def write(name, tokens, what):
    seen = set()
    # libFuzzer refuses a whole dictionary with an entry longer than 64 bytes.
    unique = [t for t in tokens if 0 < len(t.encode("utf-8")) <= 64 and not (t in seen or seen.add(t))]
    os.makedirs(OUT, exist_ok=True)
    path = os.path.join(OUT, name)
    with open(path, "w", encoding="ascii") as f:
        f.write("# %s\n# Written by fuzz/make-dicts.py from data/; do not edit by hand.\n" % what)
        for t in unique:
            f.write(entry(t) + "\n")
    print("%s: %d entries" % (os.path.relpath(path, ROOT), len(unique)), file=sys.stderr)


def main():
    vocab_dir = os.path.join(DATA, "vocab")
    vocab = []
    for name in sorted(os.listdir(vocab_dir)):
        if name.endswith(".tsv"):
            vocab.extend(forms(r[0] for r in rows(os.path.join(vocab_dir, name))))
    dates = vocab + numerals() + PUNCTUATION
    write("dates.dict", dates, "Date words, numerals of every size and date punctuation")

    verbs = []
    for r in rows(os.path.join(DATA, "attribution", "verbs.tsv")):
        if len(r) >= 4:
            verbs.extend(f for f in r[3].split("|") if f != "-")
            if len(r) >= 5 and r[4] != "-":
                verbs.append(r[4])
    nouns = [r[0] for r in rows(os.path.join(DATA, "attribution", "nouns.tsv"))]
    places = []
    for r in list(rows(os.path.join(DATA, "places.tsv")))[1:]:
        if len(r) >= 3:
            places.extend(r[2].split("|"))
    around = ["إن", "أن", "بأن", "وقال", "وقالت", "لـ", "بـ", "عن", "نقلا عن", "بحسب", "وفق", "في", "على"]
    write("extract.dict", dates + verbs + nouns + places + around, "Date words, verbs, nouns and places")

    catalog = [
        "{", "}", "[", "]", ",", ":", "null", "true", "false", "\"\"", "\"actors\"", "\"roles\"", "\"id\"",
        "\"name\"", "\"name_ar\"", "\"aliases_ar\"", "\"titles_ar\"", "\"kind\"", "\"country\"", "\"gender\"",
        "\"holders\"", "\"actor\"", "\"from\"", "\"to\"", "\"ambiguous\"", "\"person\"", "\"m\"", "\"f\"",
        "\"SY\"", "\"2024-12-08\"", "\"0000-01-01\"", "\"9999-12-31\"", "\"+262143-12-31\"", "\\u0640",
        "\\u064e", "\\ud800", "\"\\u0640\\u0640\"",
    ]
    actors_dir = os.path.join(DATA, "actors")
    for name in sorted(os.listdir(actors_dir)):
        if not name.endswith(".json"):
            continue
        with open(os.path.join(actors_dir, name), encoding="utf-8") as f:
            data = json.load(f)
        for actor in data.get("actors", [])[:40]:
            catalog.append(json.dumps(actor.get("id", ""), ensure_ascii=False))
            catalog.append(json.dumps(actor.get("name_ar", ""), ensure_ascii=False))
        for kind in sorted({a.get("kind", "") for a in data.get("actors", [])}):
            catalog.append(json.dumps(kind))
    write("catalog.dict", catalog + numerals(), "JSON of the actor catalog, names, ids and numerals")

    header = "id\tname\tnames_ar\tkind\tcountry\tadmin1\tlat\tlon"
    gazetteer = [header + "\n", header + "\r\n", "\t", "|", "\n", "\r\n", "#", "\ufeff", "id", "-", ".",
                 "90", "90.5", "-180", "180.1", "1e308", "NaN", "inf", "\u0640", "\u064e", "\u0651"]
    for r in list(rows(os.path.join(DATA, "places.tsv")))[1:60]:
        if len(r) >= 8:
            gazetteer.extend([r[0], r[1], r[3], r[4], r[5], r[6], r[7]])
            gazetteer.extend(r[2].split("|"))
    write("gazetteer.dict", gazetteer + numerals(), "TSV of the gazetteer: header, separators, rows' values")


if __name__ == "__main__":
    main()

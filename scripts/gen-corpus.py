#!/usr/bin/env python3
"""Generates the benchmark corpus of `bench-corpus/` from the project's own fixtures.

The dispatches are recombined from the sentences of `tests/fixtures/articles/*.txt`, the phrases of
`data/corpus/*.tsv` (dates of every kind, and the negatives that only look like dates), the actors of
`data/actors/core.json`, the verbs of `data/attribution/verbs.tsv` and the places of `data/places.tsv`: datelines in
Levantine, Egyptian and Maghrebi months and in Arabic-Indic digits, statements with and without quotation
marks, relays through news agencies, deeds, and now and then a quotation left open or a Latin name.

The output is a function of the seed and the project's data files alone: the random numbers come from a
SplitMix64 written out here (not from `random`, whose algorithms may change between Python versions), every
file list is sorted, and every file is written as UTF-8 with "\\n" line ends. Same seed and same data, same
bytes.

    python3 scripts/gen-corpus.py                 # every file into bench-corpus/
    python3 scripts/gen-corpus.py --no-100mb      # skip the 100 MB batch file
    python3 scripts/gen-corpus.py --seed 7 --out /tmp/corpus

A megabyte here is 10^6 bytes. Each file is cut at the last whole article that fits its size, so it is at most
that size and short of it by less than one article.

Files:
    news-1mb.txt, news-10mb.txt          plain text: one paragraph a line, a blank line between dispatches
    slice-38k.txt, slice-380k.txt,       prefixes of news-10mb.txt, for the comparison with other taggers
    slice-3.8m.txt                       (scripts/compare-peers.sh)
    articles-10mb.jsonl,                 one {"id", "url", "published", "text"} object a line; the 10 MB file
    articles-100mb.jsonl                 is a prefix of the 100 MB one
"""

import argparse
import datetime
import hashlib
import json
import re
import sys
from pathlib import Path

SEED = 20241208
MASK = (1 << 64) - 1
ROOT = Path(__file__).resolve().parent.parent

# (file name, size in bytes) of the plain-text stream; every one is a prefix of the largest.
TEXT_FILES = [
    ("slice-38k.txt", 38_000),
    ("slice-380k.txt", 380_000),
    ("news-1mb.txt", 1_000_000),
    ("slice-3.8m.txt", 3_800_000),
    ("news-10mb.txt", 10_000_000),
]
JSONL_FILES = [
    ("articles-10mb.jsonl", 10_000_000),
    ("articles-100mb.jsonl", 100_000_000),
]


class SplitMix64:
    """A small generator whose every output is fixed by its seed, on any Python."""

    def __init__(self, seed):
        self.state = seed & MASK

    def next(self):
        self.state = (self.state + 0x9E3779B97F4A7C15) & MASK
        z = self.state
        z = ((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9) & MASK
        z = ((z ^ (z >> 27)) * 0x94D049BB133111EB) & MASK
        return z ^ (z >> 31)

    def below(self, n):
        return self.next() % n

    def between(self, lo, hi):
        return lo + self.below(hi - lo + 1)

    def choice(self, seq):
        return seq[self.below(len(seq))]

    def percent(self, p):
        return self.below(100) < p

    def weighted(self, pairs):
        total = sum(w for _, w in pairs)
        r = self.below(total)
        for item, w in pairs:
            if r < w:
                return item
            r -= w
        raise AssertionError("weights sum to total")


def data_lines(path):
    """The non-comment, non-empty lines of a TSV file, split on tabs."""
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        rows.append(line.split("\t"))
    return rows


class Material:
    """Everything the dispatches are made of, read from the project's files in a fixed order."""

    def __init__(self, root):
        fixtures = sorted((root / "tests/fixtures/articles").glob("*.txt"))
        if not fixtures:
            sys.exit(f"gen-corpus: no fixture dispatches in {root / 'tests/fixtures/articles'}")
        self.sentences = []
        self.clauses = []
        self.published = []
        for txt in fixtures:
            gold = json.loads(txt.with_suffix(".json").read_text(encoding="utf-8"))
            self.published.append(gold["published"])
            for para in txt.read_text(encoding="utf-8").splitlines():
                para = para.strip()
                if not para:
                    continue
                # The dateline ("دمشق، الأحد 8 كانون الأول 2024 – ") stays with its fixture: new ones are made.
                para = re.sub(r"^[^–\n]{0,60}– ", "", para)
                for sentence in re.split(r"(?<=[.!؟])\s+", para):
                    if len(sentence) > 20:
                        self.sentences.append(sentence)
                        # Clauses lose their quotation marks: the writer quotes them afresh, so that only
                        # the quotations it leaves open on purpose are unbalanced.
                        words = re.sub(r'["«»“”]', "", sentence.rstrip(".!؟")).split()
                        if len(words) >= 8:
                            self.clauses.append(words)

        self.dated = []
        self.negatives = []
        for tsv in sorted((root / "data/corpus").glob("*.tsv")):
            for row in data_lines(tsv):
                if len(row) < 2 or not row[1].strip():
                    continue
                value = row[2].strip() if len(row) > 2 else ""
                (self.dated if value else self.negatives).append(row[1].strip())
        for anchor in sorted({row[0] for tsv in sorted((root / "data/corpus").glob("*.tsv"))
                              for row in data_lines(tsv)}):
            if re.fullmatch(r"\d{4}-\d{2}-\d{2}", anchor):
                self.published.append(anchor)

        catalog = json.loads((root / "data/actors/core.json").read_text(encoding="utf-8"))
        self.speakers = []
        self.media = []
        for actor in catalog["actors"]:
            names = [actor["name_ar"]] + list(actor.get("aliases_ar", []))
            gender = actor.get("gender", "m")
            if actor["kind"] == "media":
                self.media.append(actor["name_ar"])
            else:
                self.speakers.extend((name, gender) for name in names if len(name) > 3)
        for role in catalog.get("roles", []):
            self.speakers.extend((title, "m") for title in role.get("titles_ar", []))

        self.speech = []
        self.action = []
        for row in data_lines(root / "data/attribution/verbs.tsv"):
            forms = row[3].split("|")
            if len(forms) < 2 or "-" in forms[:2]:
                continue
            target = {"speech": self.speech, "action": self.action}.get(row[1])
            if target is not None:
                target.append((forms[0], forms[1]))

        self.cities = []
        for row in data_lines(root / "data/places.tsv")[1:]:
            if len(row) > 3 and row[3] == "city":
                self.cities.append(row[2].split("|")[0])

        self.months = {}
        for row in data_lines(root / "data/vocab/months.tsv"):
            self.months.setdefault((row[1], int(row[2])), row[0])
        self.weekdays = {}
        for row in data_lines(root / "data/vocab/weekdays.tsv"):
            self.weekdays.setdefault(int(row[1]), row[0])

        for name, seq in [
            ("fixture sentences", self.sentences),
            ("corpus phrases", self.dated),
            ("speakers", self.speakers),
            ("media", self.media),
            ("speech verbs", self.speech),
            ("action verbs", self.action),
            ("cities", self.cities),
        ]:
            if not seq:
                sys.exit(f"gen-corpus: found no {name} in the project's data")


EASTERN_DIGITS = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")
LATIN_NAMES = ["Reuters", "AFP", "Associated Press", "Syrian Observatory", "UNHCR", "SANA", "HTS", "SDF"]


class Writer:
    """Builds dispatches from a Material with one generator."""

    def __init__(self, material, rng):
        self.m = material
        self.rng = rng

    def month(self, system, number):
        return self.m.months.get((system, number)) or self.m.months[("egyptian", number)]

    def dateline(self, day):
        rng, m = self.rng, self.m
        city = rng.choice(m.cities)
        weekday = m.weekdays[day.isoweekday()]
        style = rng.below(7)
        if style == 0:
            return f"{city}، {weekday} {day.day} {self.month('levantine', day.month)} {day.year} – "
        if style == 1:
            return f"{city} - {weekday} {day.day} {self.month('egyptian', day.month)} {day.year}: "
        if style == 2:
            lev, egy = self.month("levantine", day.month), self.month("egyptian", day.month)
            return f"{city}، {weekday} {day.day} {lev} ({egy}) {day.year} – "
        if style == 3:
            return f"{city}، {weekday} {day.day} {self.month('maghrebi', day.month)} {day.year} – "
        if style == 4:
            numeric = f"{day.day}/{day.month}/{day.year}".translate(EASTERN_DIGITS)
            return f"{city} في {numeric} ({rng.choice(m.media)}) – "
        if style == 5:
            return f"{city} ({rng.choice(LATIN_NAMES)}) – "
        return f"{city} – "

    def clause(self):
        words = self.rng.choice(self.m.clauses)
        start = self.rng.below(max(1, len(words) - 6))
        return " ".join(words[start:start + self.rng.between(5, 14)])

    def speaker(self):
        name, gender = self.rng.choice(self.m.speakers)
        return name, 1 if gender == "f" else 0

    def quoted(self, text):
        style = self.rng.below(10)
        if style < 5:
            return f'"{text}"'
        if style < 7:
            return f"«{text}»"
        if style < 8:
            return f"“{text}”"
        return text

    def sentence(self):
        rng, m = self.rng, self.m
        kind = rng.weighted([
            ("fixture", 30),
            ("statement", 22),
            ("relay", 12),
            ("action", 16),
            ("dated", 10),
            ("negative", 6),
            ("odd", 4),
        ])
        if kind == "fixture":
            return rng.choice(m.sentences)
        phrase = rng.choice(m.dated)
        if kind == "statement":
            name, g = self.speaker()
            verb = rng.choice(m.speech)[g]
            if rng.percent(50):
                return f"و{verb} {name} {phrase} إن {self.quoted(self.clause())}."
            return f"و{verb} {name} في بيان {phrase} أن {self.clause()}، مضيفًا أن {self.quoted(self.clause())}."
        if kind == "relay":
            name, g = self.speaker()
            agency = rng.choice(m.media)
            if rng.percent(50):
                pronoun = "قولها" if g else "قوله"
                return f"ونقلت {agency} {phrase} عن {name} {pronoun} إن {self.quoted(self.clause())}."
            verb = rng.choice(m.speech)[g]
            return f"و{verb} {name} لـ{agency} {phrase} إن {self.clause()}."
        if kind == "action":
            name, g = self.speaker()
            verb = rng.choice(m.action)[g]
            if rng.percent(50):
                return f"و{verb} {name} {phrase} {self.clause()}."
            return f"وكانت مصادر محلية قد أفادت بأن {name} {verb} {phrase} {self.clause()}."
        if kind == "dated":
            other = rng.choice(m.dated)
            return f"وفي {phrase}، {self.clause()}، وذلك قبل {other}."
        if kind == "negative":
            name, g = self.speaker()
            verb = rng.choice(m.speech)[g]
            return f"و{verb} {rng.choice(m.negatives)} إن {name} {self.clause()}."
        # odd: a quotation left open, a Latin source, Arabic-Indic digits in a phrase.
        odd = rng.below(3)
        if odd == 0:
            return f"وقال شاهد عيان: \"{self.clause()} {phrase} {self.clause()}"
        if odd == 1:
            return f"According to {rng.choice(LATIN_NAMES)}, {self.clause()} ({phrase})."
        return f"وأعلنت {rng.choice(m.media)} {phrase.translate(EASTERN_DIGITS)} {self.clause()}."

    def article(self):
        rng, m = self.rng, self.m
        published = datetime.date.fromisoformat(rng.choice(m.published))
        paragraphs = []
        for _ in range(rng.between(4, 12)):
            paragraphs.append(" ".join(self.sentence() for _ in range(rng.between(1, 3))))
        paragraphs[0] = self.dateline(published) + paragraphs[0]
        return published.isoformat(), paragraphs


def write_prefixes(out, files, records):
    """Writes each (name, size) of `files` with the longest run of whole records from `records` that fits."""
    files = sorted(files, key=lambda f: f[1])
    handles = [(out / name, size, open(out / name, "wb")) for name, size in files]
    written = [0] * len(handles)
    open_from = 0
    try:
        for record in records:
            data = record.encode("utf-8")
            while open_from < len(handles) and written[open_from] + len(data) > handles[open_from][1]:
                handles[open_from][2].close()
                open_from += 1
            if open_from == len(handles):
                break
            for i in range(open_from, len(handles)):
                handles[i][2].write(data)
                written[i] += len(data)
    finally:
        for _, _, h in handles:
            h.close()
    return [(path, n) for (path, _, _), n in zip(handles, written)]


def text_records(writer):
    first = True
    while True:
        _, paragraphs = writer.article()
        yield ("" if first else "\n") + "\n".join(paragraphs) + "\n"
        first = False


def jsonl_records(writer):
    n = 0
    while True:
        n += 1
        published, paragraphs = writer.article()
        doc_id = f"bench-{n:07d}"
        record = {
            "id": doc_id,
            "url": f"https://news.example/{published.replace('-', '/')}/{doc_id}",
            "published": published,
            "text": "\n".join(paragraphs),
        }
        yield json.dumps(record, ensure_ascii=False, separators=(",", ":")) + "\n"


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, default=ROOT / "bench-corpus", help="output folder")
    parser.add_argument("--seed", type=int, default=SEED, help=f"generator seed (default {SEED})")
    parser.add_argument("--no-100mb", action="store_true", help="skip articles-100mb.jsonl")
    args = parser.parse_args()

    material = Material(ROOT)
    args.out.mkdir(parents=True, exist_ok=True)
    # Two streams from two seeds, so that skipping the 100 MB file changes no other byte.
    text_rng = SplitMix64(args.seed)
    jsonl_rng = SplitMix64(args.seed ^ 0x5EED_0000_0000_0001)
    results = write_prefixes(args.out, TEXT_FILES, text_records(Writer(material, text_rng)))
    jsonl = [f for f in JSONL_FILES if not (args.no_100mb and f[1] > 10_000_000)]
    results += write_prefixes(args.out, jsonl, jsonl_records(Writer(material, jsonl_rng)))
    for path, n in results:
        digest = hashlib.sha256(path.read_bytes()).hexdigest()[:16]
        print(f"{path.relative_to(args.out.parent) if args.out.parent in path.parents else path}"
              f"\t{n} bytes\tsha256 {digest}")


if __name__ == "__main__":
    main()

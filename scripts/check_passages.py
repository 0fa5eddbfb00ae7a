#!/usr/bin/env python3
"""Checks passages.json against static/story.json and the seed articles.

Every citation in the story (each source id in a claim's "sources" and in
each disagreement version's "sources") must carry exactly one passage: a
short excerpt, word for word, of the cited source's seed text that supports
the claim. This script fails (exit 1) when

  - a citation has no passage, or more than one;
  - an entry names no citation in the story (wrong event, claim, version or
    source), or is malformed;
  - the entries are not in story order;
  - a passage is not verbatim in its source's seed text;
  - a passage is longer than 45 words;
  - a claim with a pull quote has no passage of its own sources that
    contains the quoted words.

"Verbatim" is checked after normalising both texts: every run of white space
becomes one space, and typographic quotes and apostrophes become plain ' and ".

It then prints, per source, the number of passages and of quoted words, and
the totals.

Usage: scripts/check_passages.py   (from anywhere; standard library only)
The seeds are read from $PTX_SEEDS, or else ../shared/seeds beside the
repository root, as the Rust tests do.
"""

import json
import os
import sys
from pathlib import Path

MAX_WORDS = 45

ROOT = Path(__file__).resolve().parent.parent
STORY = ROOT / "static" / "story.json"
PASSAGES = ROOT / "passages.json"

QUOTES = str.maketrans(
    {
        "\u2018": "'",  # ‘
        "\u2019": "'",  # ’
        "\u02bc": "'",  # ʼ
        "\u2032": "'",  # ′
        "\u201c": '"',  # “
        "\u201d": '"',  # ”
        "\u2033": '"',  # ″
    }
)


def normalise(text):
    """Plain quotes, and every run of white space as one space."""
    return " ".join(text.translate(QUOTES).split())


def words(text):
    return len(normalise(text).split())


def coverage(seed, passages):
    """How many of the seed's words the passages show (each passage at its
    first occurrence), and how many words the seed has."""
    covered = [False] * len(seed)
    for passage in passages:
        start = seed.find(passage)
        if start >= 0:
            covered[start : start + len(passage)] = [True] * len(passage)
    shown = total = 0
    at = 0
    for word in seed.split(" "):
        total += 1
        if any(covered[at : at + len(word)]):
            shown += 1
        at += len(word) + 1
    return shown, total


def seeds_dir():
    env = os.environ.get("PTX_SEEDS")
    return Path(env) if env else (ROOT / ".." / "shared" / "seeds").resolve()


def load_seeds(story):
    """Normalised seed text by source id."""
    folder = seeds_dir()
    if not folder.is_dir():
        sys.exit(
            f"cannot read the seed articles at {folder}: put 000_*.txt to 004_*.txt "
            "there, or set PTX_SEEDS to their folder"
        )
    by_number = {}
    for path in sorted(folder.glob("*.txt")):
        by_number[path.name[:3]] = normalise(path.read_text(encoding="utf-8"))
    texts = {}
    for source in story["sources"]:
        number = source["seed"]
        if number not in by_number:
            sys.exit(f"source {source['id']} names seed {number}, which is not in {folder}")
        texts[source["id"]] = by_number[number]
    return texts


def citations(story):
    """Every (event, claim, version, source) citation, in story order."""
    found = []
    for event in story["events"]:
        for k, claim in enumerate(event["claims"]):
            for source in claim.get("sources", []):
                found.append((event["id"], k, None, source))
            versions = (claim.get("disagreement") or {}).get("versions", [])
            for v, version in enumerate(versions):
                for source in version.get("sources", []):
                    found.append((event["id"], k, v, source))
    return found


def name(key):
    event, claim, version, source = key
    where = f"event {event}, claim {claim}"
    if version is not None:
        where += f", version {version}"
    return f"{where}, source {source}"


def main():
    story = json.loads(STORY.read_text(encoding="utf-8"))
    entries = json.loads(PASSAGES.read_text(encoding="utf-8"))
    seeds = load_seeds(story)
    problems = []

    wanted = citations(story)
    order = {key: i for i, key in enumerate(wanted)}
    given = {}
    last = -1
    if not isinstance(entries, list):
        sys.exit("passages.json must be a JSON list")
    for i, entry in enumerate(entries):
        try:
            key = (entry["event"], entry["claim"], entry["version"], entry["source"])
            passage = entry["passage"]
        except (KeyError, TypeError):
            problems.append(
                f"passages.json[{i}]: needs event, claim, version, source and passage"
            )
            continue
        if not isinstance(passage, str) or not passage.strip():
            problems.append(f"{name(key)}: the passage is empty")
            continue
        if key not in order:
            problems.append(f"{name(key)}: passages.json[{i}] names no citation in the story")
            continue
        if key in given:
            problems.append(f"{name(key)}: more than one passage")
            continue
        if order[key] < last:
            problems.append(f"{name(key)}: passages.json[{i}] is out of story order")
        last = max(last, order[key])
        given[key] = passage
        if normalise(passage) not in seeds[key[3]]:
            problems.append(
                f"{name(key)}: the passage is not word for word in the seed: {passage!r}"
            )
        n = words(passage)
        if n > MAX_WORDS:
            problems.append(f"{name(key)}: the passage has {n} words (at most {MAX_WORDS})")

    for key in wanted:
        if key not in given:
            problems.append(f"{name(key)}: the citation has no passage")

    # A pull quote must be inside a passage of one of its claim's own sources.
    for event in story["events"]:
        for k, claim in enumerate(event["claims"]):
            quote = claim.get("quote")
            if not quote:
                continue
            needle = normalise(quote["text"])
            own = [given.get((event["id"], k, None, s), "") for s in claim["sources"]]
            if not any(needle in normalise(p) for p in own):
                problems.append(
                    f"event {event['id']}, claim {k}: no passage of its sources "
                    f"contains the quoted words {quote['text']!r}"
                )

    counts = {s["id"]: [0, 0] for s in story["sources"]}
    shown = {s["id"]: [] for s in story["sources"]}
    for key, passage in given.items():
        counts[key[3]][0] += 1
        counts[key[3]][1] += words(passage)
        shown[key[3]].append(normalise(passage))
    # "words" counts every passage, repeats included; "distinct" counts the
    # seed's words that at least one passage shows, and "of seed" what share
    # of the seed's text that is: the measure of how much of an article the
    # story reproduces.
    print(
        f"{'source':<14}{'seed':>5}{'passages':>10}{'words':>8}"
        f"{'distinct':>10}{'seed words':>12}{'of seed':>9}"
    )
    total_n = total_w = total_d = total_s = 0
    for source in story["sources"]:
        n, w = counts[source["id"]]
        d, seed_words = coverage(seeds[source["id"]], shown[source["id"]])
        print(
            f"{source['id']:<14}{source['seed']:>5}{n:>10}{w:>8}"
            f"{d:>10}{seed_words:>12}{d / seed_words:>9.0%}"
        )
        total_n, total_w, total_d, total_s = (
            total_n + n, total_w + w, total_d + d, total_s + seed_words,
        )
    print(
        f"{'total':<14}{'':>5}{total_n:>10}{total_w:>8}"
        f"{total_d:>10}{total_s:>12}{total_d / total_s:>9.0%}"
    )
    print(f"{len(wanted)} citations in the story, {len(entries)} entries in passages.json")

    if problems:
        print(f"\n{len(problems)} problem(s):", file=sys.stderr)
        for p in problems:
            print(f"  {p}", file=sys.stderr)
        return 1
    print("every citation has a verbatim passage")
    return 0


if __name__ == "__main__":
    sys.exit(main())

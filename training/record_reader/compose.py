"""Compose the record reader's labelled corpus from the hand-written fragments beside this file.

Why composed: a reader trained on one sentence per fact learns the sentence and the name in it. Each hand-written
fragment is told about several students, named in the ways staff name a child (a first name, a first name and
initial, a full name, "the Okafor kid", a name with a class or an ID), in several voices (the front office, the
nurse, a counsellor, a teacher typing on a phone) and with the slips busy people make, so the classifier sees the
fact, not the name or the wrapper. Every row keeps the id of its fragment (`group`): cross-validation holds whole
fragments out, so its figure is for facts the model has not seen in any wording.

    python -m training.record_reader.compose     # rewrites corpus.jsonl beside this file (seeded, deterministic)
"""
from __future__ import annotations

import json
import random
from pathlib import Path
from typing import Any

import yaml

from training.second_reader.compose import slip

HERE = Path(__file__).resolve().parent
FRAGMENTS = HERE / "fragments.yaml"
# further writing passes (other voices, look-alikes shaped like a record fact; the settings school chat names a
# student in for no record: accounts, contacts and forms, lists of names, payments), merged into the first file's lists
MORE_FRAGMENTS = (HERE / "fragments-more.yaml", HERE / "fragments-lookalikes.yaml")
CORPUS = HERE / "corpus.jsonl"
SEED = 11
RECORD_VARIANTS = 8      # students and voices per record fragment
NONE_VARIANTS = 11       # the same for a fragment with no record (the larger class: a false record is a false alarm)
OPENER_RATE = 0.5
CLOSER_RATE = 0.35
SLIP_RATE = 0.45

# invented names, a mix of the names a US district's rosters hold; (given name, pronoun set)
GIVEN = [("Jayden", "m"), ("Mia", "f"), ("Darnell", "m"), ("Sofia", "f"), ("Liam", "m"), ("Aaliyah", "f"),
         ("Mateo", "m"), ("Priya", "f"), ("Tyrese", "m"), ("Hannah", "f"), ("Kenji", "m"), ("Zoe", "f"),
         ("Diego", "m"), ("Amara", "f"), ("Owen", "m"), ("Lucia", "f"), ("Malik", "m"), ("Grace", "f"),
         ("Ethan", "m"), ("Fatima", "f"), ("Noah", "m"), ("Brianna", "f"), ("Xavier", "m"), ("Nadia", "f"),
         ("Caleb", "m"), ("Imani", "f"), ("Santiago", "m"), ("Chloe", "f"), ("Andre", "m"), ("Yesenia", "f"),
         ("Eli", "m"), ("Keisha", "f"), ("Arjun", "m"), ("Rosa", "f"), ("Tristan", "m"), ("Leila", "f")]
FAMILY = ["Okafor", "Martinez", "Nguyen", "Johnson", "Patel", "Kowalski", "Williams", "Hernandez", "Brooks",
          "Ramirez", "Kim", "O'Neil", "Washington", "Castillo", "Friedman", "Adeyemi", "Lopez", "Sullivan",
          "Delgado", "Chen", "Harris", "Mendoza", "Novak", "Jackson"]
PRONOUNS = {"m": {"he": "he", "his": "his", "him": "him"}, "f": {"he": "she", "his": "her", "him": "her"}}
CLASSES = ["in 3rd period", "(2nd gr)", "in my 4th period", "from homeroom 12", "(7th)", "in Ms. Park's class",
           "in kinder"]

OPENERS = ["fyi", "heads up,", "nurse here -", "from the counseling office:", "quick update:", "ok so",
           "just so u know",
           "per the AP,", "update from attendance:", "sped team note:", "hey team,", "for the sub:", "reminder -",
           "fwiw", "social work update:", "front office:", "from the dean -", "hi all,", "so", "note for the file:",
           "coach here,", "re: today -", "btw"]
CLOSERS = [" thx", " lmk", " pls advise", ".", "!!", " - will follow up", " just fyi", " ty", " any ideas?",
           " can someone cover?", " :)", " ugh"]


def _student(rng: random.Random) -> tuple[str, str]:
    """One student named one of the ways staff write a child, and the pronoun set that agrees."""
    given, sex = rng.choice(GIVEN)
    family = rng.choice(FAMILY)
    way = rng.random()
    if way < 0.35:
        name = given
    elif way < 0.55:
        name = f"{given} {family[0]}."
    elif way < 0.75:
        name = f"{given} {family}"
    elif way < 0.83:
        name = f"the {family} kid"
    elif way < 0.93:
        name = f"{given} {rng.choice(CLASSES)}"
    else:
        name = f"{given} ({rng.randrange(1000000, 9999999)})"
    return name, sex


def render(fragment: str, rng: random.Random) -> tuple[str, str]:
    """The fragment told about one student, and how that student is named in it."""
    name, sex = _student(rng)
    words = dict(PRONOUNS[sex], s=name)
    text = fragment.format(**words, He=words["he"].capitalize(), His=words["his"].capitalize())
    text = text[:1].upper() + text[1:] if text.startswith(name) or rng.random() < 0.5 else text
    if rng.random() < OPENER_RATE:
        text = f"{rng.choice(OPENERS)} {text[:1].lower() + text[1:] if not text.startswith(name) else text}"
    if rng.random() < CLOSER_RATE:
        text += rng.choice(CLOSERS)
    if rng.random() < SLIP_RATE:
        text = slip(text, rng)
    return text, name


def compose(data: dict[str, Any], seed: int = SEED) -> list[dict[str, Any]]:
    rng = random.Random(seed)
    rows: list[dict[str, Any]] = []
    seen: set[str] = set()
    for label, n in (("record", RECORD_VARIANTS), ("none", NONE_VARIANTS)):
        for kind, fragments in data[label].items():
            for i, fragment in enumerate(fragments):
                for _ in range(n * 2):
                    text, name = render(fragment, rng)
                    if text.lower() not in seen:
                        seen.add(text.lower())
                        # where the student is named (a slip may have changed the name: then nowhere)
                        at = text.lower().find(name.lower())
                        student = [at, at + len(name)] if at >= 0 else []
                        rows.append({"text": text, "label": label, "group": f"{label}/{kind}/{i}", "kind": kind,
                                     "student": student})
                    if sum(r["group"] == f"{label}/{kind}/{i}" for r in rows[-n:]) >= n:
                        break
    return rows


def load_fragments() -> dict[str, Any]:
    """fragments.yaml with the further passes' kinds added (a kind both files name gets both lists)."""
    data: dict[str, Any] = yaml.safe_load(FRAGMENTS.read_text(encoding="utf-8"))
    for path in MORE_FRAGMENTS:
        more = yaml.safe_load(path.read_text(encoding="utf-8"))
        for label in ("record", "none"):
            for kind, fragments in more[label].items():
                data[label][kind] = [*data[label].get(kind, ()), *fragments]
    return data


def main() -> None:
    rows = compose(load_fragments())
    CORPUS.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    counts: dict[str, int] = {}
    for r in rows:
        counts[r["label"]] = counts.get(r["label"], 0) + 1
    print(f"{len(rows)} lines from {len({r['group'] for r in rows})} fragments -> {CORPUS}; per label: {counts}")


if __name__ == "__main__":
    main()

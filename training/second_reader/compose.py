"""Compose the second reader's labelled corpus from the hand-written fragments beside this file.

Why composed: a reader trained on one sentence per act learns the sentence. Each hand-written act is put in
several framings, with and without a story before it, a district channel beside it and the slips busy people
make (typos, "u", no question mark), so the classifier sees the act, not the wrapper. Every row keeps the id of
the fragment it came from (`group`): cross-validation holds whole fragments out, so its figure is for acts the
model has not seen, not for a new wrapper around a seen one.

    python -m training.second_reader.compose     # rewrites corpus.jsonl beside this file (seeded, deterministic)
"""
from __future__ import annotations

import json
import random
import re
from pathlib import Path
from typing import Any

import yaml

HERE = Path(__file__).resolve().parent
FRAGMENTS = HERE / "fragments.yaml"
# further writing passes, merged into the first file's lists: the same labels, acts told as stories; then every
# item's acts in everyday words, with more channels, stories, framings and ordinary questions; then what a message
# on a district channel says or carries (the content that makes it an item, and ordinary school business); then the
# voices of office, support, building and transport staff and substitutes, phone-typed, often about a colleague, and
# the acts on each district system they log into, beside as many ordinary questions in the same voices
MORE_FRAGMENTS = (HERE / "fragments-stories.yaml", HERE / "fragments-everyday.yaml",
                  HERE / "fragments-content.yaml", HERE / "fragments-voices.yaml")
WRAPPERS = ("channels", "stories", "frames", "closers")
CORPUS = HERE / "corpus.jsonl"
# questions written whole by four writers who read only the policy and DESIGN.md, in staff's own voices (each act
# told two or three times, sharing a group id): taken as they are, without wrappers, because what the fragments
# lack is acts nobody wrote a fragment for, not framings
NATURAL = HERE / "natural.jsonl"
SEED = 10
ITEM_VARIANTS = 4          # framings per act for an item
NONE_VARIANTS = 5          # framings per act for ordinary questions (the "none" class is the larger one)
CHANNEL_RATE = 0.55        # an act with no "{ch}" slot gets a channel this often
STORY_RATE = 0.45
SLIP_RATE = 0.5

_SWAPS = [(r"\byou\b", "u"), (r"\byour\b", "ur"), (r"\bplease\b", "pls"), (r"\bgoing to\b", "gonna"),
          (r"\bbecause\b", "bc"), (r"\bwith\b", "w/"), (r"\btomorrow\b", "tmrw"), (r"\bpeople\b", "ppl"),
          (r"\bthough\b", "tho"), (r"'", "")]


def _typo(word: str, rng: random.Random) -> str:
    if len(word) < 5 or not word.isalpha():
        return word
    i = rng.randrange(1, len(word) - 2)
    kind = rng.random()
    if kind < 0.4:
        return word[:i] + word[i + 1] + word[i] + word[i + 2:]     # two letters swapped
    if kind < 0.7:
        return word[:i] + word[i + 1:]                              # one left out
    return word[:i] + word[i] + word[i:]                            # one doubled


def slip(text: str, rng: random.Random) -> str:
    """One or two of the slips people make when typing fast."""
    for _ in range(rng.choice((1, 1, 2))):
        r = rng.random()
        if r < 0.45:
            words = text.split(" ")
            j = rng.randrange(len(words))
            words[j] = _typo(words[j], rng)
            text = " ".join(words)
        elif r < 0.75:
            pattern, repl = rng.choice(_SWAPS)
            text = re.sub(pattern, repl, text)
        elif r < 0.85:
            text = text.rstrip("?").rstrip()
        elif r < 0.93:
            text = text[:1].upper() + text[1:]
        else:
            text = text.lower()
    return text


def _fill(act: str, channels: list[str], rng: random.Random) -> str:
    if "{ch}" in act:
        return act.replace("{ch}", rng.choice(channels))
    if rng.random() < CHANNEL_RATE:
        return f"{act} {rng.choice(channels)}"
    return act


def _variants(act: str, n: int, data: dict[str, Any], rng: random.Random) -> list[str]:
    out: list[str] = []
    frames = rng.sample(data["frames"], k=min(n * 2, len(data["frames"])))
    for frame in frames:
        q = frame.format(act=_fill(act, data["channels"], rng)) + rng.choice(data["closers"])
        if rng.random() < STORY_RATE:
            q = f"{rng.choice(data['stories'])} {q}"
        if rng.random() < SLIP_RATE:
            q = slip(q, rng)
        if q not in out:
            out.append(q)
        if len(out) == n:
            break
    return out


def _whole(question: str, data: dict[str, Any], rng: random.Random) -> list[str]:
    """The question as written, and once more told after a story, typed in a hurry."""
    other = f"{rng.choice(data['stories'])} {question}"
    return [question, slip(other, rng)]


def compose(data: dict[str, Any], seed: int = SEED) -> list[dict[str, str]]:
    rng = random.Random(seed)
    rows: list[dict[str, str]] = []
    seen: set[str] = set()

    passes: dict[str, dict[str, list[str]]] = data.get("passes", {})

    def add(label: str, field: str, i: int, questions: list[str]) -> None:
        written_in = passes.get(label, {}).get(field, [])
        row_pass = written_in[i] if i < len(written_in) else FRAGMENTS.stem
        group = f"{label}/{'act' if field == 'acts' else 'whole'}{i}"
        for q in questions:
            if q.lower() not in seen:
                seen.add(q.lower())
                rows.append({"question": q, "label": label, "group": group, "pass": row_pass})

    for item, block in sorted(data["items"].items()):
        for i, act in enumerate(block["acts"]):
            add(str(item), "acts", i, _variants(act, ITEM_VARIANTS, data, rng))
        for i, question in enumerate(block.get("whole", ())):
            add(str(item), "whole", i, _whole(question, data, rng))
    for i, act in enumerate(data["none"]["acts"]):
        add("none", "acts", i, _variants(act, NONE_VARIANTS, data, rng))
    for i, question in enumerate(data["none"]["whole"]):
        add("none", "whole", i, _whole(question, data, rng))
    return rows


def load_fragments() -> dict[str, Any]:
    """fragments.yaml with the acts, whole questions and wrappers of the further passes added to its lists."""
    data: dict[str, Any] = yaml.safe_load(FRAGMENTS.read_text(encoding="utf-8"))
    # which file (writing pass) each act and whole question came from, by label and field, for train.py's
    # false-alarm rule (one pass of easy ordinary questions must not lower the bar for the others)
    passes: dict[str, dict[str, list[str]]] = {
        str(key): {field: [FRAGMENTS.stem] * len(block.get(field) or ()) for field in ("acts", "whole")}
        for key, block in [*data["items"].items(), ("none", data["none"])]}
    for path in MORE_FRAGMENTS:
        more = yaml.safe_load(path.read_text(encoding="utf-8"))
        for wrapper in WRAPPERS:
            data[wrapper] = [*data[wrapper], *more.get(wrapper, ())]
        for key, block in [*((k, data["items"][k]) for k in more["items"]), ("none", data["none"])]:
            extra = more["items"][key] if key != "none" else more["none"]
            for field in ("acts", "whole"):
                block[field] = [*block.get(field, ()), *extra.get(field, ())]
                passes[str(key)][field] += [path.stem] * len(extra.get(field) or ())
    data["passes"] = passes
    return data


def load_natural(path: Path = NATURAL) -> list[dict[str, str]]:
    """The writers' questions, each row already labelled, grouped and named for its writing pass."""
    if not path.exists():
        return []
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def main() -> None:
    data = load_fragments()
    rows = compose(data) + load_natural()
    CORPUS.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    counts: dict[str, int] = {}
    for r in rows:
        counts[r["label"]] = counts.get(r["label"], 0) + 1
    print(f"{len(rows)} questions -> {CORPUS}; per label: {counts}")


if __name__ == "__main__":
    main()

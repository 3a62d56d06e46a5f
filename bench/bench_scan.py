"""Disclosure detection, side by side on the same generated corpus in the same run:

- throughput (messages/s, MB/s, one core) of `policy.scanner.scan`, of `aupbot scan --jsonl` end to end
  (JSON in and out through a pipe), of Microsoft Presidio's analyzer (offline: a BLANK spaCy English
  pipeline, so only its pattern and checksum recognizers run; no model download) and of detect-secrets;
- the same two tools at first sight: a sample of real chat (the development and review sets), each message
  scanned once by a fresh process of each tool, so no DFA state a pass built for a text is reused for it
  (the generated corpus is a few templates and is always warm);
- message-level and per-type precision/recall of each on the development set;
- peak memory of our scanner (Python allocations, tracemalloc) on the corpus and on a 1 MB message.

`python -m bench scan` runs only this module. Needs the `bench` extra (`pip install -e '.[dev,bench]'`);
without it the rows for the missing tool say why.
"""
from __future__ import annotations

import json
import logging
import multiprocessing
import os
import random
import resource
import statistics
import subprocess
import sys
import time
import tracemalloc
from collections import Counter
from multiprocessing.connection import Connection
from pathlib import Path

from policy.detectors.context import ScanContext
from policy.detectors.registry import build_registry
from policy.normalize import normalize
from policy.scanner import _default_policy, scan

ROOT = Path(__file__).resolve().parent.parent
DEV_SET = ROOT.parent / "shared" / "eval-dev" / "messages.jsonl"
CORPUS_SIZE = 3000
SEED = 20261128
# interleaved rounds of ours beside Presidio (BENCH_ROUNDS overrides: more rounds, a steadier median)
ROUNDS = int(os.environ.get("BENCH_ROUNDS", "5"))

# Presidio entity -> our finding type (entities without a counterpart are ignored, not counted as errors)
PRESIDIO_TYPES = {
    "US_SSN": "ssn", "CREDIT_CARD": "payment_card", "PHONE_NUMBER": "personal_phone",
    "EMAIL_ADDRESS": "personal_email", "US_BANK_NUMBER": "bank_account", "ABA_ROUTING_NUMBER": "bank_account",
    "DATE_TIME": "date_of_birth", "US_ITIN": "ssn",
}


# -- the generated corpus ----------------------------------------------------------------------------------

def _digits(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("0123456789") for _ in range(n))


def _luhn_complete(prefix: str) -> str:
    for last in "0123456789":
        number = prefix + last
        total = 0
        for i, ch in enumerate(reversed(number)):
            d = int(ch) * (2 if i % 2 else 1)
            total += d - 9 if d > 9 else d
        if total % 10 == 0:
            return number
    raise AssertionError


def generate_corpus(n: int = CORPUS_SIZE, seed: int = SEED, sensitive_every: int = 3) -> list[str]:
    """Chat-like messages: one in `sensitive_every` carries a disclosure (a third by default, far more than
    real channels), the rest are the benign look-alikes that make detection hard (room numbers, tickets,
    dates, office lines)."""
    rng = random.Random(seed)
    first = ["Ava", "Liam", "Noor", "Mateo", "Zara", "Eli", "Priya", "Jonah", "Keisha", "Tomas"]
    last = ["Okafor", "Lindqvist", "Ramos", "Chen", "Patel", "Novak", "Brooks", "Haddad", "Ruiz", "Kim"]
    benign = [
        "Room {r} is free during {p}th period if anyone needs it",
        "Ticket {t} is still open for the projector in {r}",
        "PO {po} for the headphones was approved",
        "PD day is {m}/{d}/2026, sign in at the library by 8:00",
        "Call the main office at 773-555-01{x} if you are running late",
        "Reminder: passwords must be 12 characters and change every 90 days",
        "Great job to {f} {l} on the science fair project!",
        "IEP meetings are Thursday in room {r}, bring your data sheets",
        "The bus for the field trip leaves at {h}:15 from the west entrance",
        "Can someone cover my lunch duty at 11:40 tomorrow?",
        "Card ending in {four} was declined at the store, anyone else?",
        "Our vendor number is {po}, put it on the invoice",
        "Agenda: 1) attendance 2) MAP window {m}/{d}-{m}/{d2} 3) fire drill",
    ]
    sensitive = [
        "New hire paperwork: SSN {ssn}, start date Monday",
        "my cell is 312-555-01{x} if anything comes up on the trip",
        "{f} {l} (student ID {sid}) has a 504 plan for anxiety",
        "Sub login for today: username sub_rm{r}, password Maple-{h}-Leaf!",
        "use my card {card} for the registration",
        "Direct deposit: routing 071000013, account {acct}",
        "{f} {l}, DOB {m}/{d}/2013, lives at {r} N Kimball Ave",
        "here's the key for the script: ghp_{gh}",
        "Parent email for the newsletter: {fl}.family{h}@gmail.com",
        "door code for the annex is {pin}",
    ]
    corpus = []
    for i in range(n):
        values = {
            "r": rng.randint(100, 399), "p": rng.randint(1, 8), "t": "205" + _digits(rng, 5),
            "po": "4500" + _digits(rng, 4), "m": rng.randint(1, 12), "d": rng.randint(1, 28),
            "d2": rng.randint(1, 28), "x": f"{rng.randint(0, 99):02d}", "h": rng.randint(1, 9),
            "f": rng.choice(first), "l": rng.choice(last), "four": _digits(rng, 4),
            "ssn": f"{rng.randint(100, 665)}-{rng.randint(10, 99)}-{rng.randint(1000, 9999)}",
            "sid": str(rng.randint(40000000, 69999999)), "card": _luhn_complete("4" + _digits(rng, 14)),
            "acct": _digits(rng, 10), "fl": rng.choice(first).lower(), "pin": rng.randint(1000, 9999),
            "gh": "".join(rng.choice("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")
                          for _ in range(36)),
        }
        template = rng.choice(sensitive if i % sensitive_every == 0 else benign)
        corpus.append(template.format(**values))
    return corpus


# -- the tools ----------------------------------------------------------------------------------------------

def ours(text: str) -> set[str]:
    return {f.type for f in scan(text)}


def presidio_engine():
    """Presidio's AnalyzerEngine on a blank spaCy English pipeline: pattern and checksum recognizers only."""
    import spacy
    from presidio_analyzer import AnalyzerEngine
    from presidio_analyzer.nlp_engine import SpacyNlpEngine

    class BlankSpacyEngine(SpacyNlpEngine):
        def load(self) -> None:  # no model download: a blank tokenizer-only pipeline
            self.nlp = {"en": spacy.blank("en")}

    logging.getLogger("presidio-analyzer").setLevel(logging.ERROR)
    # the e-mail recognizer's tldextract tries to download the public-suffix list, fails (no network
    # here) and falls back to the snapshot it ships; silence that noise
    logging.getLogger("tldextract").setLevel(logging.CRITICAL)
    engine = BlankSpacyEngine(models=[{"lang_code": "en", "model_name": "blank"}])
    engine.load()
    return AnalyzerEngine(nlp_engine=engine, supported_languages=["en"])


def presidio_types(analyzer, text: str) -> set[str]:
    return {PRESIDIO_TYPES[r.entity_type] for r in analyzer.analyze(text=text, language="en")
            if r.entity_type in PRESIDIO_TYPES}


def detect_secrets_scanner():
    from detect_secrets.core.scan import scan_line
    from detect_secrets.settings import default_settings

    context = default_settings()
    context.__enter__()  # stays active while `types` (which holds the reference) lives

    def types(text: str, _context=context) -> set[str]:
        return {"credential"} if any(True for line in text.splitlines() for _ in scan_line(line)) else set()

    return types


# -- measuring ----------------------------------------------------------------------------------------------

def throughput(fn, corpus: list[str], repeat: int = 1) -> tuple[float, float, float]:
    """Best of `repeat` passes over the corpus, in CPU seconds of this process (one core): the machine is
    shared, and CPU time is what a busy neighbour disturbs least."""
    total_bytes = sum(len(t.encode()) for t in corpus)
    seconds = min(_pass_seconds(fn, corpus) for _ in range(repeat))
    return len(corpus) / seconds, total_bytes / seconds / 1e6, seconds


def _pass_seconds(fn, corpus: list[str]) -> float:
    start = time.process_time()
    for text in corpus:
        fn(text)
    return time.process_time() - start


def _serve_passes(conn: Connection, tool: str) -> None:
    """A worker process that times passes of one tool over the corpora it is sent. Each tool runs in a process
    of its own: Presidio and spaCy loaded beside our scanner slow it by about 10% (measured), which is no
    property of either tool."""
    try:
        if tool == "presidio":
            engine = presidio_engine()
            fn = lambda text: presidio_types(engine, text)  # noqa: E731
        else:
            fn = ours
        fn("warm up")
        if tool != "presidio":
            build_registry().warm()  # as `aupbot serve` does at start: nothing is compiled inside a timed pass
    except Exception as exc:  # the extra is optional; the parent prints why
        conn.send(f"{type(exc).__name__}: {exc}")
        return
    conn.send("ready")
    corpora: dict[str, list[str]] = {}
    while (request := conn.recv()) is not None:
        name, texts, repeat = request
        if texts is not None:
            corpora[name] = texts
        conn.send(sum(_pass_seconds(fn, corpora[name]) for _ in range(repeat)) / repeat)


class PassWorker:
    """One tool in a process of its own (spawned, so nothing of the parent's imports comes along)."""

    def __init__(self, tool: str) -> None:
        context = multiprocessing.get_context("spawn")
        self.conn, child = context.Pipe()
        self.process = context.Process(target=_serve_passes, args=(child, tool), daemon=True)
        self.process.start()
        status = self.conn.recv()
        if status != "ready":
            self.process.join(10)
            raise RuntimeError(status)
        self.sent: set[str] = set()

    def seconds(self, name: str, corpus: list[str], repeat: int = 1) -> float:
        """CPU seconds of one pass over `corpus`, averaged over `repeat` passes timed back to back."""
        self.conn.send((name, None if name in self.sent else corpus, repeat))
        self.sent.add(name)
        seconds: float = self.conn.recv()
        return seconds

    def close(self) -> None:
        self.conn.send(None)
        self.process.join(10)


def side_by_side(mine: PassWorker, peer: PassWorker, name: str, corpus: list[str],
                 rounds: int = ROUNDS) -> tuple[tuple[float, float, float], tuple[float, float, float], list[float]]:
    """Our scanner and a peer taking turns on the same corpus: `rounds` rounds of our turn then one pass of
    the peer's, after an untimed pass of each (RE2 builds its DFA states on first sight of a text's
    shape). On a shared machine a neighbour's load comes and goes within seconds, so two tools timed minutes
    apart can differ by 10-20% on load alone; passes taken side by side see the same load. Whole passes, not
    slices: a tool that runs for a millisecond between the other's slices would be timed with cold caches.
    Returns each tool's figures from its best turn, the per-round ratios (the peer's seconds over ours) and,
    last, the ratio of the medians."""
    total_bytes = sum(len(t.encode()) for t in corpus)
    # our turn repeats the corpus until it lasts about as long as the peer's single pass, so both tools are
    # timed over windows of the same length and a burst of load hits them alike (a 30 ms pass is either hit
    # or missed; a 2 s pass averages it)
    repeat = max(1, min(200, round(peer.seconds(name, corpus) / mine.seconds(name, corpus))))
    ours_seconds, theirs_seconds = [], []
    for _ in range(rounds):
        ours_seconds.append(mine.seconds(name, corpus, repeat))
        theirs_seconds.append(peer.seconds(name, corpus))
    ratios = [theirs / own for own, theirs in zip(ours_seconds, theirs_seconds, strict=True)]
    ratios.append(statistics.median(theirs_seconds) / statistics.median(ours_seconds))

    def figures(seconds: float) -> tuple[float, float, float]:
        return len(corpus) / seconds, total_bytes / seconds / 1e6, seconds

    return figures(min(ours_seconds)), figures(min(theirs_seconds)), ratios


FIRST_SIGHT_SIZE = 2000  # real messages in the first-sight sample (every k-th of the development and review sets)


def first_sight_sample(real: list[str], size: int = FIRST_SIGHT_SIZE) -> list[str]:
    """Every k-th real message, about `size` of them: varied chat from every set, small enough that a fresh
    process per tool and round stays within a minute."""
    step = max(1, len(real) // size)
    return real[::step][:size]


def first_sight(corpus: list[str], rounds: int = ROUNDS) -> tuple[list[float], list[float] | None]:
    """CPU seconds of ONE pass over `corpus` in a fresh process of each tool, `rounds` times: every message is
    scanned once by a process that has seen none of them (ours starts as `aupbot serve` does, patterns compiled
    and nothing scanned). This is what a live deployment pays for a message unlike any before it; the passes
    of `side_by_side` repeat the same texts and so time RE2's DFA states once they are built. Presidio's
    seconds are None when it is not installed."""
    ours_seconds: list[float] = []
    theirs_seconds: list[float] | None = []
    for _ in range(rounds):
        mine = PassWorker("ours")
        try:
            ours_seconds.append(mine.seconds("fresh", corpus))
        finally:
            mine.close()
        if theirs_seconds is not None:
            try:
                peer = PassWorker("presidio")
            except Exception:
                theirs_seconds = None
                continue
            try:
                theirs_seconds.append(peer.seconds("fresh", corpus))
            finally:
                peer.close()
    return ours_seconds, theirs_seconds


def _set_passes_worker(conn: Connection, texts: list[str]) -> None:
    registry = build_registry()
    registry.warm()
    datas = [t.encode("utf-8") for t in texts]
    seconds = []
    for _ in range(2):
        start = time.process_time()
        for data in datas:
            registry.combined_match(data)
        seconds.append(time.process_time() - start)
    for text in texts:
        scan(text)
    conn.send((seconds, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024))


def set_passes(texts: list[str]) -> tuple[list[float], float]:
    """In a fresh process: CPU seconds of the prefilter's Sets (every trigger asked, as `combined_match` does)
    over `texts` on a first and a second pass, then the process's peak resident memory (MB) once it has also
    scanned every one of them. The Sets build DFA states lazily, so the first pass is what new text costs."""
    context = multiprocessing.get_context("spawn")
    conn, child = context.Pipe()
    process = context.Process(target=_set_passes_worker, args=(child, texts), daemon=True)
    process.start()
    seconds, peak = conn.recv()
    process.join(10)
    return seconds, peak


def _first_sight_rows(corpus: list[str], ours_seconds: list[float], theirs_seconds: list[float] | None) -> None:
    total_bytes = sum(len(t.encode()) for t in corpus)

    def figures(seconds: float) -> tuple[float, float, float]:
        return len(corpus) / seconds, total_bytes / seconds / 1e6, seconds

    print(f"throughput, first sight ({len(corpus)} real messages, each scanned once by a fresh process; median of "
          f"{len(ours_seconds)} processes per tool):")
    own = statistics.median(ours_seconds)
    base = len(corpus) / statistics.median(theirs_seconds) if theirs_seconds else None
    print(_row("aupbot scan (in process)", figures(own), base))
    print(f"  ({1e6 * own / len(corpus):.0f} us a message; each process "
          f"{', '.join(f'{1e6 * s / len(corpus):.0f}' for s in ours_seconds)} us)")
    if theirs_seconds:
        print(_row("presidio analyzer (blank spaCy)", figures(statistics.median(theirs_seconds)), base))
        ratios = [theirs / own_s for own_s, theirs in zip(ours_seconds, theirs_seconds, strict=True)]
        print(f"  ratio to Presidio: {statistics.median(theirs_seconds) / own:.1f}x (median of ours against "
              f"median of Presidio's); process by process {min(ratios):.1f}x-{max(ratios):.1f}x")


def _ratios_row(ratios: list[float]) -> str:
    per_round, of_medians = ratios[:-1], ratios[-1]
    return (f"  ratio to Presidio over {len(per_round)} interleaved rounds: {of_medians:.1f}x (median of ours "
            f"against median of Presidio's); round by round {min(per_round):.1f}x-{max(per_round):.1f}x, median "
            f"{statistics.median(per_round):.1f}x")


def cli_startup() -> float:
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    subprocess.run([str(ROOT / ".venv" / "bin" / "aupbot"), "scan", "--jsonl"], input=b"", capture_output=True,
                   check=True)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def cli_throughput(corpus: list[str]) -> tuple[float, float, float]:
    payload = "".join(json.dumps({"id": i, "text": t}) + "\n" for i, t in enumerate(corpus)).encode()
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    proc = subprocess.run([str(ROOT / ".venv" / "bin" / "aupbot"), "scan", "--jsonl"], input=payload,
                          capture_output=True, check=True)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    seconds = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)  # the child's CPU time
    assert len(proc.stdout.splitlines()) == len(corpus)
    total_bytes = sum(len(t.encode()) for t in corpus)
    return len(corpus) / seconds, total_bytes / seconds / 1e6, seconds


def review_texts() -> list[str]:
    """The messages of the development set and the review sets (eval/review-*), as staff wrote them."""
    paths = ([DEV_SET] if DEV_SET.exists() else []) + sorted((ROOT / "eval").glob("review-*/messages.jsonl"))
    texts = []
    for path in paths:
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                texts.append(json.loads(line)["text"])
    return texts


def dev_scores(fn, items: list[dict], only: set[str] | None = None) -> dict:
    """Message-level and per-type P/R on the dev set. `only`: the types the tool covers at all (a credential
    scanner is scored on credential messages only)."""
    msg = Counter()
    per_type: dict[str, Counter] = {}
    for it in items:
        expected = set(it["types"]) & only if only else set(it["types"])
        found = fn(it["text"]) & only if only else fn(it["text"])
        key = ("tp" if expected else "fp") if found else ("fn" if expected else "tn")
        msg[key] += 1
        for t in expected | found:
            c = per_type.setdefault(t, Counter())
            c["tp" if t in expected and t in found else "fp" if t in found else "fn"] += 1
    return {"message": _pr(msg), "types": {t: _pr(c) for t, c in sorted(per_type.items())}}


def _pr(c: Counter) -> tuple[float, float]:
    p = c["tp"] / (c["tp"] + c["fp"]) if c["tp"] + c["fp"] else 1.0
    r = c["tp"] / (c["tp"] + c["fn"]) if c["tp"] + c["fn"] else 1.0
    return round(p, 3), round(r, 3)


def peak_memory() -> tuple[float, float]:
    corpus = generate_corpus(500, seed=1)
    big = ("Ava Okafor, DOB 3/4/2013, SSN 287-65-4301, room 214, ticket 20519903. " * 14_000)[:1_000_000]
    tracemalloc.start()
    for text in corpus:
        scan(text)
    corpus_peak = tracemalloc.get_traced_memory()[1] / 1e3
    tracemalloc.reset_peak()
    scan(big)
    big_peak = tracemalloc.get_traced_memory()[1] / 1e6
    tracemalloc.stop()
    return corpus_peak, big_peak


ADVERSARIAL = {
    "digit runs": "4 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 2 ",
    "ssn-like": "SSN 123-45-678 ss# 98765432 ",
    "password labels": "password is pw is password: ",
    "unclosed markup": "<tel:1|<@U1|<#C1|<mailto:a@",
    "private key headers": "-----BEGIN RSA PRIVATE KEY-----\nAAAA",
    "names and terms": "Ava Bell IEP Cole Dunn 504 ",
    # the context rules: unlabelled IDs beside class-list words, addresses with home words after them,
    # long code qualifiers, digit words in comma groups
    "class-list numbers": "roster 61027734 kid 58302716 ",
    "addresses and homes": "1234 W Elm St is where the family lives, 5528 S Justine St, mom 773-555-0148 ",
    "code qualifiers": "keypad code for the side door by the gym changed to ",
    "digit words in groups": "four one nine, two six, ",
    # one long line of records: a search back to the line start for every address was quadratic
    "record lines": "ID 61027734, 4419 S Kedzie Ave, DOB 3/9/2016, ",
    # list headers and the lines under them, emphasis around labels, "#" numbers beside student words
    "header lists": "DOBs for the trip:\nLin, Amy 04/03/2013\nStudent IDs:\n50391827\n",
    "emphasis pairs": "_DOB_: _04/09/2013_ *pw* ~x~ _a ",
    "hash numbers": "student #43480647 #50391827 Ana Ruiz #",
    # given names and numbers on one long line (a row of a name and a number is looked for around each number),
    # and numbers beside a fax or an office word on one long signature line
    "names and numbers": "Rowan 71203948 Isla 71203955 Luz 61730248 goes ",
    "signature lines": "Ph: 773-555-0142 | F: 773-555-0199 | office is closed | ",
}


def unit_costs(corpus: list[str], passes: int = 3) -> tuple[float, list[tuple[str, float, int]]]:
    """Where a scan of `corpus` spends its time: microseconds per corpus message of the plan (the prefilter Set
    pass, normalisation, the per-message context) and of each unit, and how many messages each unit ran on.
    Each unit is timed over its own `find` calls, in the order and on the context `scan` gives it (a context
    attribute such as the labels is charged to the first unit that asks for it), after an untimed pass (RE2
    builds its DFA states on first sight of a text's shape). Each call's time is its best over `passes` passes:
    on a shared machine a neighbour's burst lands on single calls, and a best per pass would keep them all."""
    registry = build_registry()
    registry.warm()
    policy = _default_policy()
    for text in corpus:
        scan(text)
    clock = time.perf_counter
    best: dict[tuple[int, str], float] = {}
    runs: Counter[str] = Counter()
    for _ in range(passes):
        for index, text in enumerate(corpus):
            start = clock()
            units, fired = registry.plan_fired(text)
            if units is None:
                norm = normalize(text)
                units, fired = registry.units_fired(norm.text)
                text = norm.text
            ctx = ScanContext(text, policy.district, registry, fired)
            seconds = clock() - start
            if seconds < best.get((index, ""), float("inf")):
                best[index, ""] = seconds
            for unit in units:
                start = clock()
                for _ in unit.find(ctx):
                    pass
                seconds = clock() - start
                if seconds < best.get((index, unit.name), float("inf")):
                    best[index, unit.name] = seconds
    spent: Counter[str] = Counter()
    for (_, name), seconds in best.items():
        spent[name] += seconds
        if name:
            runs[name] += 1
    per_message = 1e6 / len(corpus)
    plan = spent.pop("", 0.0) * per_message
    costs = sorted(((name, seconds * per_message, runs[name]) for name, seconds in spent.items()),
                   key=lambda row: -row[1])
    return plan, costs


def _print_unit_costs(title: str, corpus: list[str], measured: tuple[float, list[tuple[str, float, int]]] | None = None
                      ) -> None:
    plan, costs = measured or unit_costs(corpus)
    total = plan + sum(cost for _, cost, _ in costs)
    print(f"cost per unit, {title} (us per message of the corpus, each call's best of 3 passes in this process; "
          f"the units' own time, outside the findings' assembly):")
    print(f"  {'plan (Set pass, normalisation, context)':<40} {plan:6.2f} us")
    for name, cost, runs in costs:
        print(f"  {name:<40} {cost:6.2f} us  ({runs} of {len(corpus)} messages, {cost * len(corpus) / runs:5.1f} us "
              f"each)")
    print(f"  {'total':<40} {total:6.2f} us")


def linearity() -> None:
    """Seconds to scan 256 KB and 1 MB of each adversarial input; linear time shows a ratio near 4."""
    print("linear time (adversarial input, 256 KB vs 1 MB):")
    for name, unit in ADVERSARIAL.items():
        times = []
        for size in (256_000, 1_024_000):
            text = (unit * (size // len(unit) + 1))[:size]
            start = time.perf_counter()
            scan(text)
            times.append(time.perf_counter() - start)
        print(f"  {name:<20} {times[0]:6.2f} s  {times[1]:6.2f} s  ratio {times[1] / times[0]:4.1f}")


def _row(name: str, figures: tuple[float, float, float], base: float | None = None) -> str:
    rate, mb, seconds = figures
    ratio = f"  {rate / base:7.1f}x Presidio" if base else ""
    return f"  {name:<34} {rate:10.0f} msg/s {mb:8.3f} MB/s  ({seconds:.2f} CPU s){ratio}"


def main() -> None:
    os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
    corpus = generate_corpus()
    total_mb = sum(len(t.encode()) for t in corpus) / 1e6
    print(f"corpus: {len(corpus)} generated messages, {total_mb:.2f} MB, seed {SEED}; one core, same run; "
          f"rates per CPU second of each tool's own process, best pass; ours and Presidio take turns, {ROUNDS} "
          f"rounds")
    ours(corpus[0])  # compile patterns and load the policy outside the timing
    # the cost table of the corpus is taken here, while this process has scanned nothing else: real chat grows the
    # prefilter Set's DFA, and Presidio loaded beside the scanner slows it (see _serve_passes)
    corpus_costs = unit_costs(corpus)
    cli_fig = cli_throughput(corpus * 5)  # 15,000 lines, so the process start-up is amortised
    startup = cli_startup()

    mixed = generate_corpus(sensitive_every=20)
    real = review_texts()  # real chat: RE2 keeping (or thrashing) its DFA states shows here, not on templates
    ours_real = presidio_real = presidio_fig = presidio_mixed = None
    ratios: list[float] = []
    mixed_ratios: list[float] = []
    real_ratios: list[float] = []
    # first sight before anything else runs in a worker: fresh processes, each message scanned once
    fresh = first_sight_sample(real) if real else []
    fresh_ours, fresh_theirs = first_sight(fresh, max(1, ROUNDS // 2)) if fresh else ([], None)
    mine = PassWorker("ours")
    try:
        peer = PassWorker("presidio")
    except Exception as exc:  # the extra is optional; say exactly why instead of hiding the row
        print(f"  presidio: not run ({exc})")
        peer = None
    if peer is not None:
        ours_fig, presidio_fig, ratios = side_by_side(mine, peer, "corpus", corpus)
        ours_mixed, presidio_mixed, mixed_ratios = side_by_side(mine, peer, "mixed", mixed, max(1, ROUNDS // 2))
        if real:
            ours_real, presidio_real, real_ratios = side_by_side(mine, peer, "real", real, max(1, ROUNDS // 2))
        peer.close()
    else:
        ours_fig = throughput(ours, corpus, repeat=5)
        ours_mixed = throughput(ours, mixed, repeat=5)
    mine.close()
    presidio = None
    try:
        presidio = presidio_engine()  # in this process too, for precision and recall below
    except Exception:
        pass
    secrets = None
    secrets_fig = None
    try:
        secrets = detect_secrets_scanner()
        secrets_fig = throughput(secrets, corpus, repeat=2)
    except Exception as exc:
        print(f"  detect-secrets: not run ({type(exc).__name__}: {exc})")

    base = presidio_fig[0] if presidio_fig else None
    print("throughput:")
    print(_row("aupbot scan (in process)", ours_fig, base))
    print(_row("aupbot scan --jsonl (15k lines, JSON)", cli_fig, base))
    print(f"  (aupbot scan --jsonl start-up with empty input: {startup:.2f} CPU s, included above)")
    if presidio_fig:
        print(_row("presidio analyzer (blank spaCy)", presidio_fig, base))
        print(_ratios_row(ratios))
    if secrets_fig:
        print(_row("detect-secrets (credentials only)", secrets_fig, base))
    print("throughput, a quieter mix (1 message in 20 with a disclosure):")
    mixed_base = presidio_mixed[0] if presidio_mixed else None
    print(_row("aupbot scan (in process)", ours_mixed, mixed_base))
    if presidio_mixed:
        print(_row("presidio analyzer (blank spaCy)", presidio_mixed, mixed_base))
        print(_ratios_row(mixed_ratios))
    if ours_real:
        print(f"throughput, real chat seen before (the development and review sets, {len(real)} messages, after "
              f"one untimed pass over the same messages):")
        real_base = presidio_real[0] if presidio_real else None
        print(_row("aupbot scan (in process)", ours_real, real_base))
        if presidio_real:
            print(_row("presidio analyzer (blank spaCy)", presidio_real, real_base))
            print(_ratios_row(real_ratios))

    if fresh_ours:
        _first_sight_rows(fresh, fresh_ours, fresh_theirs)
    if real:
        (first, second), peak = set_passes(real)
        print(f"prefilter Sets on the {len(real)} real messages in a fresh process: {1e6 * first / len(real):.1f} us a "
              f"message on the first pass, {1e6 * second / len(real):.1f} us on the second; peak resident memory "
              f"{peak:.0f} MB after scanning them all")

    if DEV_SET.exists():
        items = [json.loads(line) for line in DEV_SET.read_text(encoding="utf-8").splitlines() if line.strip()]
        print(f"dev set ({len(items)} messages): message precision/recall, then per type")
        results = [("aupbot scan", dev_scores(ours, items))]
        if presidio:
            covered = set(PRESIDIO_TYPES.values())
            results.append(("presidio (all types)", dev_scores(lambda t: presidio_types(presidio, t), items)))
            results.append((f"presidio (its {len(covered)} types only)",
                             dev_scores(lambda t: presidio_types(presidio, t), items, covered)))
            results.append(("aupbot (same types only)", dev_scores(ours, items, covered)))
        if secrets:
            results.append(("detect-secrets (credentials)", dev_scores(secrets, items, {"credential"})))
            results.append(("aupbot (credentials)", dev_scores(ours, items, {"credential"})))
        for name, s in results:
            p, r = s["message"]
            types = ", ".join(f"{t} {tp:.2f}/{tr:.2f}" for t, (tp, tr) in s["types"].items())
            print(f"  {name:<30} P {p:.3f} R {r:.3f}   [{types}]")
    else:
        print(f"dev set not found at {DEV_SET}; precision/recall skipped")

    _print_unit_costs("generated corpus", corpus, corpus_costs)
    if real:
        _print_unit_costs("real chat", real)
    linearity()
    corpus_peak, big_peak = peak_memory()
    print(f"peak memory of scan (tracemalloc, Python allocations): {corpus_peak:.0f} KB scanning 500 messages, "
          f"{big_peak:.1f} MB scanning one 1 MB message")


if __name__ == "__main__":
    sys.exit(main())

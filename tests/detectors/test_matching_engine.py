"""The matching machinery under every detector: the RE2::Set prefilter fires every trigger that occurs (that it
changes no finding on any labelled message is held by test_prefilter_early_review_sets_and_school_chat.py and
test_prefilter_later_review_sets.py, two files so two workers share the scanning), the fast RE2 path finds what the public API finds, and a pattern that reads one character of context after a
value leaves it to the next value of a list."""
from __future__ import annotations

import datetime
import json
from pathlib import Path

import pytest

from policy.detectors.context import ScanContext
from policy.detectors.credential_statements import _STATEMENT_KINDS, _value_found_after
from policy.detectors.date_of_birth import _today
from policy.detectors.patterns import Pattern
from policy.detectors.registry import build_registry
from policy.document import DEFAULT_POLICY, load_policy

ROOT = Path(__file__).resolve().parents[2]


def _messages() -> list[str]:
    texts = []
    paths = sorted((ROOT / "eval").glob("review-*/messages.jsonl")) + sorted((ROOT / "eval").glob("school-chat/*.jsonl"))
    for path in paths:
        texts += [json.loads(line)["text"] for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return texts


def test_the_public_re2_api_fallback_finds_exactly_what_the_fast_path_finds():
    """Pattern drives RE2's C++ `Match` directly when google-re2 exposes it; a release that hides it must
    only cost speed. The same patterns with the fast path switched off give identical spans and groups."""
    texts = ["call 773-555-0142 or 312.555.0177", "ID 61027734, Ana Ruiz", "José Núñez 61027734", "", "no digits",
             "SSNs 536-22-8741 536-22-8742 — 536-22-8743", "ends with 4417", "line\n", "word ", "x"]
    for source in (r"(?:^|\D)(\d{3})[-.](\d{3})[-.](\d{4})", r"\d{8}", r"(\p{Lu}\p{Ll}+)\s+(\p{Lu}\p{Ll}+)", r"x*",
                   r"(?:^|[^\d-])(\d{3}-\d{2}-\d{4})(?:$|[^\d])",
                   # patterns that may match empty at the end of a text (the fast loops stop at the end otherwise)
                   r"(?m)^\s*$", r"\b", r"\B", r"[^\d]*$"):
        # compiled now: a lazy pattern would compile on first use and bring the fast path back
        fast, public = Pattern(source), Pattern(source, lazy=False)
        public._raw = public.raw_match = None  # as _compile leaves a google-re2 that hides its matcher
        for text in texts:
            def spans(p, resume=None):
                return [tuple(m.span(g) for g in range(p.groups + 1)) for m in p.finditer(text, resume)]
            assert spans(fast) == spans(public), (source, text)
            if fast.groups:
                assert spans(fast, 1) == spans(public, 1), (source, text)
            assert fast.spans(text) == public.spans(text), (source, text)
            a, b = fast.search(text), public.search(text)
            assert (a is None) == (b is None) and (a is None or a.span() == b.span()), (source, text)


def test_resuming_after_the_value_finds_every_value_of_a_list():
    pattern = Pattern(r"(?:^|[^\d])(\d{4})(?:$|[^\d])")
    text = "codes 4417 5521 6630|7712"
    assert [m.group(1) for m in pattern.finditer(text)] == ["4417", "6630"]  # the boundary was consumed
    assert [m.group(1) for m in pattern.finditer(text, 1)] == ["4417", "5521", "6630", "7712"]
    accented = "códigos 4417 5521 6630"  # the str path (non-ASCII text) resumes the same way
    assert [m.group(1) for m in pattern.finditer(accented, 1)] == ["4417", "5521", "6630"]


def test_a_pattern_unit_finds_the_same_values_in_its_own_loop_as_through_the_public_api(monkeypatch):
    """PatternDetector drives RE2's C++ `Match` on the message's bytes itself (the common unit shape, on every
    ASCII message); with that matcher hidden it goes through Pattern.finditer. Both must yield the same
    candidates, lists of values and "last group that took part" patterns included."""
    from policy.detectors.base import PatternDetector
    from policy.detectors.context import ScanContext
    from policy.detectors.registry import build_registry
    from policy.document import DEFAULT_POLICY, load_policy

    registry = build_registry()
    district = load_policy(DEFAULT_POLICY).district
    units = [u for u in registry.detectors if isinstance(u, PatternDetector)]
    assert any(u.group == -1 for u in units) and any(u.group >= 1 for u in units)
    texts = [t for t in _messages() if t.isascii()][:400] + [
        "SSNs 536-22-8741 536-22-8742 536-22-8743", "cells 773-555-0142 312-555-0177", "door 118 is 1357"]

    def found() -> list[list[tuple[str, int, int, str]]]:
        return [[tuple(c) for u in units for c in u.find(ScanContext(t, district, registry))] for t in texts]

    fast = found()
    assert sum(map(len, fast)) > 50  # the texts do hold values for these units
    for unit in units:
        for pattern in unit.compiled:
            monkeypatch.setattr(pattern, "raw_match", None)
    assert found() == fast


def test_a_value_after_its_left_context_is_the_same_value_the_group_gave():
    """A unit whose pattern reads one character of left context before its value may name the characters a value
    opens with (`opens_with`) instead of capturing the value in a group, so RE2 finds the match by DFA alone. The
    values must be exactly the group's: at the start of a text, after a context character, on ASCII text (the C++
    matcher) and on other text (the public API)."""
    import string

    from policy.detectors.base import PatternDetector
    from policy.detectors.context import ScanContext
    from policy.detectors.registry import build_registry
    from policy.document import DEFAULT_POLICY, load_policy

    registry = build_registry()
    district = load_policy(DEFAULT_POLICY).district
    value = r"[A-Za-z0-9][A-Za-z0-9._%+\-]{0,63}@[A-Za-z0-9](?:[A-Za-z0-9\-]{0,62}\.)+[A-Za-z]{2,24}"
    context = r"(?:^|[^A-Za-z0-9._%+\-])"
    grouped = PatternDetector(name="g", finding_type="personal_email", patterns=(context + "(" + value + r")\b",),
                              group=1, accept=lambda ctx, m: True)
    opened = PatternDetector(name="g", finding_type="personal_email", patterns=(context + "(?:" + value + r")\b",),
                             opens_with=frozenset(string.ascii_letters + string.digits), accept=lambda ctx, m: True)
    texts = ["ana.ruiz7@gmail.com", "mail ana.ruiz7@gmail.com now", "(ana@yahoo.com)", "x,b@aol.com;c@aol.com",
             "José <jn@gmail.com>", "émail:é@x.com a1@b.co", "a@b.c", "_ab@gmail.com", "-ab@gmail.com", ""]
    for text in texts:
        ctx = ScanContext(text, district, registry)
        assert list(opened.find(ctx)) == list(grouped.find(ctx)), text
    assert sum(len(list(opened.find(ScanContext(t, district, registry)))) for t in texts) >= 6


def test_units_fired_on_normalised_text_are_the_units_whose_triggers_occur():
    """The Set pass on normalised text (non-ASCII, disguised) names exactly the units one of whose triggers
    occurs, each trigger searched on its own; the normalisation passes' triggers in the same Set are not units."""
    import re2

    from policy.detectors.registry import build_registry
    from policy.normalize import normalize

    registry = build_registry()
    texts = ["José Núñez 61027734, DOB 3/4/2013", "ＳＳＮ ２８７－６５－４３０１", "\u0440\u0430ssword: Bl4ckB1rd!x",
             "her cell is 630-4O2-l957", "no trigger at all here", "café at noon", "student \u200b6l0B4927"]
    compiled = [[re2.compile(trigger) for trigger in unit.triggers] for unit in registry.detectors]
    for text in texts:
        plain = normalize(text).text
        units, fired = registry.units_fired(plain)
        expected = tuple(unit for unit, triggers in zip(registry.detectors, compiled, strict=True)
                         if any(t.search(plain) for t in triggers))
        assert units == expected, text
        assert fired == frozenset(t.pattern for triggers in compiled for t in triggers if t.search(plain)), text


def test_a_pattern_is_compiled_on_first_use_and_compile_all_compiles_the_rest():
    """A cold process that scans one message compiles only the patterns it runs; `aupbot serve` and the benchmark
    compile every other one at start (compile_all), so no first-use cost lands on a served message."""
    from policy.detectors import patterns

    used, unused = Pattern(r"(\d{4})"), Pattern(r"(?i)\bcode\s+(\w+)")
    assert used in patterns._LAZY and unused in patterns._LAZY
    assert [m.group(1) for m in used.finditer("room 1234")] == ["1234"]
    assert used not in patterns._LAZY and unused in patterns._LAZY
    assert patterns.compile_all() >= 1
    assert unused not in patterns._LAZY and unused.groups == 1
    assert Pattern(r"x", lazy=False) not in patterns._LAZY


def test_a_compiled_pattern_is_read_without_the_first_use_hook():
    """Only an uncompiled pattern has `__getattr__`: a class that has one is read through a slow hook on every
    attribute (the units read a pattern's matcher, groups and end flag for every search), so compiling drops it."""
    lazy, eager = Pattern(r"(\d{4})"), Pattern(r"\d{4}", lazy=False)
    assert hasattr(type(lazy), "__getattr__") and isinstance(lazy, Pattern)
    assert lazy.groups == 1  # the first read compiles
    assert type(lazy) is Pattern and type(eager) is Pattern
    assert not hasattr(Pattern, "__getattr__")
    assert lazy.spans("room 1234, 5678") == [(5, 9), (11, 15)]


def test_warming_the_registry_leaves_nothing_to_compile_on_a_served_message():
    from policy.detectors import patterns
    from policy.detectors.registry import build_registry

    registry = build_registry()
    registry.warm()
    assert not [p for p in patterns._LAZY if p.pattern]  # every pattern built so far is compiled
    assert registry.label_set._set is not None


def test_the_str_form_of_a_pattern_is_compiled_only_when_non_ascii_text_needs_it():
    """Building every detector is most of a cold question that carries a value; ASCII chat never needs the str
    form, so it waits for the first non-ASCII text, and then finds what the bytes form finds in ASCII."""
    pattern = Pattern(r"(\d{4})")
    assert [m.group(1) for m in pattern.finditer("room 1234")] == ["1234"]
    assert pattern._str is None
    assert [m.group(1) for m in pattern.finditer("sala 1234 — piso 5678")] == ["1234", "5678"]
    assert pattern._str is not None


def test_a_widened_trigger_leaves_open_only_large_windows_with_small_floors():
    """The prefilter Set holds each trigger with its gap windows left open; exact counts, token floors, and
    braces that are no repetition (in a class, in "\\x{..}" and "\\p{..}") stay as written."""
    from policy.detectors.registry import widened_trigger

    cases = [
        (r"\bpw\b[^\n]{0,60}?:", r"\bpw\b[^\n]*?:"),
        (r"[^\s:/@]{1,64}:([^\s/@]{1,128})@", r"[^\s:/@]+:([^\s/@]+)@"),
        (r"-p[ \t]*([^\s\"']{4,128})", r"-p[ \t]*([^\s\"']{4,})"),
        (r"\b(npm_[A-Za-z0-9]{12,35})\b", r"\b(npm_[A-Za-z0-9]{12,35})\b"),  # a token's floor keeps it precise
        (r"ghp_[A-Za-z0-9]{36}", r"ghp_[A-Za-z0-9]{36}"),
        (r"\d{1,6}[A-Za-z]?", r"\d{1,6}[A-Za-z]?"),  # a small ceiling is no window
        (r"[{0,80}\]x{2}]", r"[{0,80}\]x{2}]"),
        (r"[]{0,20}]a", r"[]{0,20}]a"),
        (r"[\x{2019}'](\p{Lu}\p{Ll}+){0,30}", r"[\x{2019}'](\p{Lu}\p{Ll}+)*"),
        (r"a\{0,20}", r"a\{0,20}"),
        (r"[\]{]{0,20}x{0,40}", r"[\]{]*x*"),  # an escaped "]" does not close the class
    ]
    for source, widened in cases:
        assert widened_trigger(source) == widened, source


def test_the_prefilter_set_fires_every_trigger_that_occurs():
    """The Set holds the widened triggers: on every message of the review sets and school-chat batches it reports
    each trigger that occurs when searched as written (it may report a few more; the units decide)."""
    import re2

    from policy.detectors.registry import build_registry
    from policy.normalize import PASSES

    registry = build_registry()
    passes = len(PASSES)
    compiled = [re2.compile(trigger) for trigger in registry.trigger_patterns]
    texts = [t for t in _messages() if len(t) < 4000][:1500]
    assert len(texts) > 500
    for text in texts:
        hits = {i - passes for i in registry.combined_match(text.encode("utf-8")) if i >= passes}
        assert {i for i, t in enumerate(compiled) if t.search(text)} <= hits, text


def test_the_prefilter_sets_keep_families_whole_and_split_only_a_family_too_large_for_one():
    """The passes' triggers have a Set of their own; whole families are packed in order up to the cap; a family
    above it is split in even, consecutive parts; every trigger is in exactly one Set."""
    from policy.detectors.registry import trigger_groups

    families = [-1, -1, 0, 0, 0, 1, 1, 2, 3, 3, 3, 3, 3, 3, 3, 4]
    groups = trigger_groups(families, most=4)
    assert groups == [(0, 2), (2, 3), (5, 3), (8, 3), (11, 4), (15, 1)]
    assert [i for first, count in groups for i in range(first, first + count)] == list(range(len(families)))
    assert trigger_groups([0, 0, 1], most=48) == [(0, 3)]  # no passes: no empty first Set


def test_a_message_with_a_normalisation_trigger_is_planned_from_the_passes_set_alone():
    """`plan_match` stops at the passes' Set when one of its triggers occurs (the units' Sets are asked again on
    the normalised text); otherwise it reports exactly the units' hits `combined_match` reports."""
    from policy.normalize import PASSES

    registry = build_registry()
    passes = len(PASSES)
    for text in ("Lunch money for Rowan: card 4111 1111 1111 1111", "her pw is Tulip&Fern-88", "nothing to see"):
        data = text.encode("ascii")
        assert sorted(registry.plan_match(data)) == sorted(registry.combined_match(data))
    disguised = b"call me at three one two, five five five"
    planned = registry.plan_match(disguised)
    assert planned and max(planned) < passes
    assert {i for i in registry.combined_match(disguised) if i < passes} == set(planned)


def test_a_pattern_decides_ascii_text_without_its_words_as_no_match_and_searches_any_other():
    """`needs` skips the RE2 call for ASCII text that holds none of the pattern's words; a match is found as
    before, and other text (the Kelvin sign folds onto "k") is always searched."""
    gated, plain = Pattern(r"(?i)\b(?:not|never)\s+(?:a\s+)?key\b", needs=("not", "never")), \
        Pattern(r"(?i)\b(?:not|never)\s+(?:a\s+)?key\b")
    for text in ("that is NOT a key", "never key", "nothing here", "", "a key", "not a \u212aey", "n\u00f6t a key"):
        a, b = gated.search(text), plain.search(text)
        assert (a is None) == (b is None) and (a is None or a.span() == b.span()), text
    assert Pattern(r"(?i)key", needs=("key",)).search("the \u212aey") is not None  # no "key", yet a match


def test_a_unit_of_several_formats_reads_the_groups_its_alternation_gives():
    """A unit whose one pattern is the alternation of its formats may declare them (`alternatives`): ASCII text is
    then searched without groups and the groups read from the first format that matches where the match starts.
    The candidates must be exactly those of the alternation with its groups: where two formats match at one start
    the first one wins even when a later one is longer, a format's left context may be the text's start, and a
    value ends a text."""
    from policy.detectors.base import PatternDetector
    from policy.detectors.context import ScanContext
    from policy.detectors.date_of_birth import DETECTORS as BIRTH_UNITS
    from policy.detectors.registry import build_registry
    from policy.document import DEFAULT_POLICY, load_policy

    registry = build_registry()
    district = load_policy(DEFAULT_POLICY).district
    formats = (r"(?:^|[^\d])(\d{2})-\d{2}(?:$|[^\d])", r"(?:^|[^\d])(\d{2}-\d{2}-\d{4})", r"(?i)\b(?:on|by)\s+(\d{4})\b",
               r"\b([a-z]+)(\d{2})\b")
    whole = "|".join(f"(?:{p})" for p in formats)
    groups: list[list[tuple[int, int]]] = []  # every group's span, as each accepted match gives them to the rule

    def accept(ctx: ScanContext, m: object) -> bool:
        groups.append([m.raw.span(g) for g in range(6)])  # type: ignore[attr-defined]
        return True

    plain = PatternDetector(name="d", finding_type="date_of_birth", patterns=(whole,), group=-1, accept=accept)
    split = PatternDetector(name="d", finding_type="date_of_birth", patterns=(whole,), alternatives=formats, group=-1,
                            accept=accept)
    texts = ["12-34-2015", "x 12-34-2015 y", "due by 2015", "On 1999", "ab12 cd34", "12-34", "99-88-7777,11-22",
             "no values", "", "café 12-34-2015"]
    found = 0
    for text in texts:
        groups.clear()
        expected = list(plain.find(ScanContext(text, district, registry)))
        expected_groups = list(groups)
        groups.clear()
        assert list(split.find(ScanContext(text, district, registry))) == expected, text
        assert groups == expected_groups, text
        found += len(expected)
    assert found >= 9
    # the first format wins at a shared start: "12-34" (its group "12"), not the longer "12-34-2015"
    assert [(c.start, c.end) for c in split.find(ScanContext("12-34-2015", district, registry))] == [(0, 2)]
    assert any(unit.alternatives for unit in BIRTH_UNITS)  # the birth-date formats are read this way


# A label's value another unit found right after it, and shapes where the reading must decide by itself: no connector
# before the value, an example, a denial, number words that could make a combination, an identifier the value is
# said to be, a recipient, a value glued to a mark the reading keeps, a plain word the reading would take first
_BESIDE_A_FOUND_VALUE = [
    "here's the key for the script: ghp_D2FGI7HFzvCGiFqk6RK2zzB9GBcplnPz6bKv",
    "door code for the annex is 1023", "door code for the annex is 1023.", "gate code for the lot: 4471, thanks",
    "keypad code is 8812", "alarm code is twelve then 4417", "the api key is AIzaSyQ-2kd93JdkeLm0Pq8ZxYwVuTsRqPoNm12",
    "here's the key for the Maps embed on the field trip page AIzaPVBt44I0OV8K6UBP8WlFPW0UI5Qdrh7bWxE",
    "never use a key like ghp_Q2w3E4r5T6y7U8i9O0pAsDfGhJkLzXcVbNm1 in a script",
    "the door code is his student id, 59703972", "door code reassigned to 4417 last week",
    "api key is ghp_Q2w3E4r5T6y7U8i9O0pAsDfGhJkLzXcVbNm1! rotate it", "key: for the sub laptop 8812",
    "the key for the printer and the door code is 5521", "door code for room 118 is 1357",
    "token for the grade sync is now set to ghp_Q2w3E4r5T6y7U8i9O0pAsDfGhJkLzXcVbNm1",
    "the safe in the bookstore opens with 24-11-38", "locker 214 combo is 12 - 34 - 08",
    "api key reassigned to ghp_Q2w3E4r5T6y7U8i9O0pAsDfGhJkLzXcVbNm1 yesterday",
    "the key, never share it: ghp_Q2w3E4r5T6y7U8i9O0pAsDfGhJkLzXcVbNm1",
]


# the label kinds whose value the statement unit may take from `ctx.found` (`_value_found_after`; a login never does)
_LABELS_THAT_TAKE_A_FOUND_VALUE = _STATEMENT_KINDS - {"login"}


def test_a_label_takes_a_value_another_unit_found_only_where_its_reading_would_find_it():
    """The statement unit takes the value a unit run before it found right after its label (a vendor token, a code
    beside its door) instead of reading the words again, only where its reading would come to that very value: on
    the review sets, the school-chat batches and shapes written to defeat the shortcut, it reports the same
    candidates with its predecessors' findings in view as with none. Only messages holding a label the shortcut
    serves are compared (in any other the unit never reads the findings, and running every unit there cost most
    of this test)."""
    registry = build_registry()
    district = load_policy(DEFAULT_POLICY).district
    statement = next(unit for unit in registry.detectors if unit.name == "credential_statement")
    earlier = registry.detectors[:registry.detectors.index(statement)]
    taken = compared = 0
    for text in _messages() + _BESIDE_A_FOUND_VALUE:
        informed = ScanContext(text, district, registry)
        if not any(label.kind in _LABELS_THAT_TAKE_A_FOUND_VALUE for label in informed.labels):
            continue  # the unit reads its predecessors' findings only after such a label: nothing to compare
        informed.found.extend((c.start, c.end, c.type) for unit in earlier for c in unit.find(informed))
        with_found = list(statement.find(informed))
        assert with_found == list(statement.find(ScanContext(text, district, registry))), text
        taken += any((c.start, c.end, c.type) in informed.found for c in with_found)
        compared += 1
    assert compared > 1000  # the sets' credential and PIN messages, not only the shapes above
    assert taken >= 5  # the shortcut is taken, not only declined


@pytest.mark.parametrize("text,value", [
    ("here's the key for the script: ghp_D2FGI7HFzvCGiFqk6RK2zzB9GBcplnPz6bKv", "ghp_D2FGI7HFzvCGiFqk6RK2zzB9GBcplnPz6bKv"),
    ("door code for the annex is 1023", "1023"),
])
def test_a_value_found_beside_its_label_is_taken_without_a_second_reading(text, value):
    """The two shapes the shortcut is for: what the statement reports is the earlier unit's span."""
    registry = build_registry()
    ctx = ScanContext(text, load_policy(DEFAULT_POLICY).district, registry)
    statement = next(unit for unit in registry.detectors if unit.name == "credential_statement")
    ctx.found.extend((c.start, c.end, c.type) for unit in registry.detectors[:registry.detectors.index(statement)]
                     for c in unit.find(ctx))
    label = next(label for label in ctx.labels if label.kind in ("password", "pin"))
    span = _value_found_after(ctx, label.kind, label.end)
    assert span is not None and text[span[0]:span[1]] == value


def test_a_search_told_how_many_matches_a_text_can_hold_stops_there_with_the_same_spans():
    """`most`: the first `most` spans of the full search, no fewer where the text holds them; the student-ID unit
    passes the number of eight-digit runs a message's digit count allows, so no ID after the last is lost."""
    pattern = Pattern(r"(?:^|[^\d\-./$])\d{8}")
    for text in ("ID 12345678", "12345678 and 87654321", "12345678, 87654321 and 11223344 and 5", "none", ""):
        full = pattern.spans(text)
        for most in (1, 2, 3):
            assert pattern.spans(text, None, most) == full[:most], (text, most)
        digits = sum(c.isdigit() for c in text)
        assert pattern.spans(text, None, digits // 8) == full or digits < 8, text


def test_a_birth_dates_today_is_the_calendars_today_and_the_day_a_year_before_it():
    """The date unit keeps today's date for the day it names; it must be what `date.today()` says."""
    for _ in range(2):  # the first call reads the clock, the second the kept day
        today, year_ago = _today()
        assert today == datetime.date.today() and year_ago == today - datetime.timedelta(days=365)


@pytest.mark.parametrize("text", [
    "Reading groups:\nMaya P. - level J\nOwen T. - level H",
    "ok so for tomorrow\n\nnurse log\nDante R. 10:40 ice pack\nLila M. 1:15 headache",
    "thx\n  \n   Tardy log wk 3\nAri S.\nBea N.",
    "late bus again, 3rd pd tardy log due 2:30 fri:",
])
def test_a_list_header_trigger_fires_wherever_its_header_pattern_finds_a_header(text):
    """The list headers' triggers leave out the loop from the line's start to the header word (it kept a DFA
    thread alive over every line of every message): what remains must still occur wherever the full header
    pattern matches, or the prefilter would hide a record list."""
    import re2

    from policy.detectors import circumstances

    said = circumstances.load()
    for full, trigger in ((said.header, said.header_trigger), (said.bare_header, said.bare_header_trigger)):
        assert trigger != full.pattern and trigger[trigger.index(")") + 1:] in full.pattern
        if full.search(text) is not None:
            assert re2.compile(trigger).search(text) is not None, (trigger[:40], text)
    assert said.header.search(text) is not None or said.bare_header.search(text) is not None


def test_the_list_header_triggers_fire_on_every_message_whose_headers_the_unit_reads():
    """On every message of the review sets and school-chat batches: where the full header patterns match, their
    loop-less triggers do too."""
    import re2

    from policy.detectors import circumstances

    said = circumstances.load()
    pairs = [(full, re2.compile(trigger)) for full, trigger in ((said.header, said.header_trigger),
                                                                  (said.bare_header, said.bare_header_trigger))]
    for text in _messages():
        for full, trigger in pairs:
            if full.search(text) is not None:
                assert trigger.search(text) is not None, text


@pytest.mark.parametrize("kind", ["birth", "home"])
def test_the_form_labels_with_shared_edges_find_exactly_what_one_branch_per_phrase_finds(kind):
    """A form label in a script outside ASCII is edged by a non-letter on each side; the phrases share one head edge
    and one tail edge per run (each copy of the class is hundreds of UTF-8 ranges to compile). On every phrase in
    every surrounding (start and end of text, a space, a Latin or Cyrillic letter, a digit, a mark, capitals, two
    labels touching) the shared form finds the same spans as a branch per phrase, searched and matched whole with
    a character of context as the label pass types a span."""
    import re2

    from policy.detectors import form_labels

    phrases = sorted({str(p).strip() for words in (form_labels._data().get(kind) or {}).values() for p in words or ()
                      if str(p).strip()}, key=lambda p: (-len(p), p))
    per_phrase = "(?:" + "|".join(form_labels._phrase(p) for p in phrases) + ")"
    shared = form_labels.label_fragment(kind)
    assert shared.count(r"[^\pL\pN]") < per_phrase.count(r"[^\pL\pN]") / 3
    old, new = re2.compile("(?i)" + per_phrase), re2.compile("(?i)" + shared)
    old_whole, new_whole = (re2.compile(r"(?i)(?:" + f + r")[\s\S]?") for f in (per_phrase, shared))
    befores, afters = ["", " ", "x", "ж", "7", "(", "_", "\n"], ["", " ", ":", "x", "ж", "7", ".", "_"]
    around = {(b, a) for b in befores for a in ("", "ж")} | {(b, a) for b in ("", "x") for a in afters}
    texts = [f"{b}{word}{a}" for p in phrases for word in (p, p.upper(), p.replace(" ", "  ")) for b, a in around]
    texts += [f"{p}{q}" for p, q in zip(phrases, phrases[1:] + phrases[:1], strict=True)]
    texts += [f"{p} {q}" for p, q in zip(phrases, reversed(phrases), strict=True)]
    for text in texts:
        spans = [m.span() for m in old.finditer(text)]
        assert [m.span() for m in new.finditer(text)] == spans, text
        for a, b in spans:
            snippet = text[a:b + 1]
            assert (old_whole.fullmatch(snippet) is None) == (new_whole.fullmatch(snippet) is None), snippet
    for text in texts[::3]:  # as the label pass's typing could see any piece of a text
        for start in range(len(text)):
            assert (old_whole.fullmatch(text[start:]) is None) == (new_whole.fullmatch(text[start:]) is None), text


def test_a_block_starts_after_the_last_blank_line_within_reach():
    district = load_policy(DEFAULT_POLICY).district
    text = "intro line\n\nheader:\nrow one\nrow two"
    ctx = ScanContext(text, district, build_registry())
    row = text.index("row two")
    assert ctx.block_start(row, 100) == text.index("header")
    assert ctx.block_start(row, 6) == row - 6           # no blank line that near: the bound, so a caller can tell
    assert ctx.block_start(5, 100) == 0                 # the message's first block

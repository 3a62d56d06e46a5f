"""`scan(text)`: every disclosure in a message, as findings with offsets into the ORIGINAL text, a masked
form, and the severity and policy items the policy file gives the finding type.

Pipeline: normalise (policy/normalize.py, with an offset map) -> run every registered unit
(policy/detectors/registry.py) -> map spans back -> drop a finding contained in a stronger one of another
type (the password inside a URL is not also an e-mail address) -> attach severity from the policy file.
All matching is RE2, so the time is linear in the text.
"""
from __future__ import annotations

import logging
import re
from bisect import bisect_right
from collections.abc import Iterable, Sequence
from typing import Any, NamedTuple, Protocol

from policy.detectors.bound import close_bound, open_bound
from policy.detectors.context import ScanContext
from policy.detectors.registry import PREFILTER_MAX_CHARS, build_registry
from policy.document import DEFAULT_POLICY, FindingRule, PolicyDocument, load_policy
from policy.normalize import Normalized, normalize
from policy.redaction import mask

log = logging.getLogger(__name__)

# Messages larger than this are refused rather than scanned: no chat platform sends one (Slack caps a
# message at 40,000 characters), and it keeps one request's work bounded.
MAX_TEXT_CHARS = 2_000_000

# When findings of different types overlap, the one listed first here is kept; student records span a
# name and a term and may contain others, so they are never dropped for overlap.
_PRECEDENCE = ("credential", "payment_card", "ssn", "bank_account", "student_id", "personal_phone",
               "personal_email", "date_of_birth", "home_address")


class ScanInputError(ValueError):
    """The input cannot be scanned (too large, not text); the message never contains the input."""


class Finding(NamedTuple):
    """One finding. A NamedTuple: immutable like a frozen dataclass, and several times cheaper to build,
    which counts when a busy channel yields thousands of them."""

    type: str
    start: int
    end: int
    severity: str
    policy_items: tuple[int, ...]
    redacted: str
    detector: str

    def to_json(self) -> dict[str, Any]:
        return {"type": self.type, "start": self.start, "end": self.end, "severity": self.severity,
                "policy_items": list(self.policy_items), "redacted": self.redacted}


_DEFAULT: list[PolicyDocument] = []


def _default_policy() -> PolicyDocument:
    if not _DEFAULT:
        _DEFAULT.append(load_policy(DEFAULT_POLICY))
    return _DEFAULT[0]


def _rule(policy: PolicyDocument, ftype: str) -> FindingRule:
    # a policy file that leaves a type out still gets it reported, at the cautious default
    return policy.findings.get(ftype) or FindingRule(ftype, ftype, "medium", ())


def scan(text: str, policy: PolicyDocument | None = None, *, prefilter: bool = True) -> list[Finding]:
    """Every finding in `text`. `prefilter=False` runs every unit and every normalisation pass regardless of
    the RE2::Set triggers; the results must be identical (a test holds the prefilter to that)."""
    if not isinstance(text, str):
        raise ScanInputError("expected text")
    if len(text) > MAX_TEXT_CHARS:
        raise ScanInputError(f"message too large to scan ({len(text)} characters; limit {MAX_TEXT_CHARS})")
    if not text or text.isspace():
        return []
    registry = build_registry()
    # Registry.plan_fired, with the Sets called here on the bytes the units then read (one encoding, one call less)
    data = text.encode("ascii") if prefilter and len(text) <= PREFILTER_MAX_CHARS and text.isascii() else None
    if data is not None:
        hits = registry.plan_match(data)
        if not hits:
            return []  # plain ASCII, no disguise, and no unit's trigger occurs: the common case, in microseconds
        units, fired = registry.plan_hits(hits)
    else:
        units, fired = None, None
    norm: Normalized | None = None  # None: plain ASCII with no disguise, nothing rewritten (the common case)
    if units is None:
        norm = normalize(text, prefilter=prefilter)
        units, fired = registry.units_fired(norm.text) if prefilter else (registry.detectors, None)
        if norm.starts is None:
            norm = None  # nothing was rewritten: normalised offsets are the original ones
        else:
            data = None  # the units read the normalised text, which ScanContext encodes
    elif not units:
        return []  # no unit has anything to look at
    if policy is None:  # (after the returns above: a message no unit reads never needs it)
        policy = _DEFAULT[0] if _DEFAULT else _default_policy()  # loaded once; the lookup without a call
    read = text if norm is None else norm.text
    ctx = ScanContext(read, policy.district, registry, fired, data)
    spans: list[tuple[int, int, str, str]] = []
    found = ctx.found  # what later units may read of the earlier ones' candidates (normalised offsets)
    bound, token = open_bound(read)  # how far every unit read (policy/detectors/bound.py)
    try:
        if norm is None:
            for unit in units:
                for ftype, start, end, detector in unit.find(ctx):  # (unpacked: no attribute lookups per candidate)
                    if end > start:
                        spans.append((start, end, ftype, detector))
                        found.append((start, end, ftype))
        else:
            for unit in units:
                for ftype, start, end, detector in unit.find(ctx):
                    if end > start:
                        found.append((start, end, ftype))
                    start, end = norm.span(start, end)
                    if end > start:
                        spans.append((start, end, ftype, detector))
    finally:
        close_bound(token)
    examined_to = None
    if bound.examined_to < len(read):  # cut short: the offset in the original text, and a scan that says so
        examined_to = bound.examined_to if norm is None else norm.span(bound.examined_to, bound.examined_to)[0]
        log.info("scan: the bound on matches stopped the reading at %d of %d characters; the rest is withheld",
                    examined_to, len(text))
    if not spans:
        return [] if examined_to is None else Partial((), examined_to)
    rules = policy.findings
    findings = []
    for start, end, ftype, detector in _resolve_overlaps(spans):
        rule = rules.get(ftype) or _rule(policy, ftype)
        # tuple.__new__ builds the NamedTuple without its Python-level __new__ (same object, a third cheaper)
        findings.append(_new_tuple(Finding, (ftype, start, end, rule.severity, rule.policy_items,
                                             mask(ftype, text[start:end]), detector)))
    return findings if examined_to is None else Partial(findings, examined_to)


class Partial(list):  # type: ignore[type-arg]  # (a list of Finding, as `scan` returns)
    """The findings of a scan the bound on matches cut short (policy/detectors/bound.py): a list like any scan's,
    and `examined_to`, the offset in the original text before which every unit read everything. What comes after
    was not examined: `mask_text` and `redaction.redact` withhold it. A complete scan returns a plain list."""

    def __init__(self, findings: Iterable[Finding], examined_to: int) -> None:
        super().__init__(findings)
        self.examined_to = examined_to


def examined_to(findings: Iterable[Any], text: str) -> int:
    """The offset before which the scan that gave `findings` read all of `text` (its length: all of it)."""
    cut = getattr(findings, "examined_to", None)
    return len(text) if cut is None else min(int(cut), len(text))


def examined_part(text: str, findings: Iterable[Any]) -> tuple[str, list[Any], bool]:
    """The part of `text` the scan that gave `findings` examined, the findings in it, and whether the scan was cut
    short: the one statement of what may travel of a cut-short text (its unexamined rest never does), for
    `mask_text` and `redaction.redact` alike."""
    cut = examined_to(findings, text)
    if cut < len(text):
        return text[:cut], [f for f in findings if f.start < cut], True
    return text, list(findings), False


_new_tuple = tuple.__new__


def _resolve_overlaps(spans: list[tuple[int, int, str, str]]) -> list[tuple[int, int, str, str]]:
    """Within each cluster of overlapping spans keep the strongest type first, then longer spans. Student
    records (a name through a record term) are resolved among themselves: they may contain other findings.

    Sweeping clusters in start order keeps this linear in the number of findings for ordinary input; only a
    cluster (spans that overlap one another) is compared pairwise."""
    if len(spans) <= 1:
        return spans
    spans = sorted(spans)
    # the usual case: nothing overlaps within records or within the other types, except the same span
    # found twice (by two units, or by two labels of one unit), which keeps its first copy as the full
    # resolution below would
    kept = []
    record_end = other_end = -1
    previous = None
    for span in spans:
        start, end, ftype, _ = span
        if previous is not None and start == previous[0] and end == previous[1] and ftype == previous[2]:
            continue
        if ftype == "student_record":
            if start < record_end:
                break
            record_end = end
        else:
            if start < other_end:
                break
            other_end = end
        kept.append(span)
        previous = span
    else:
        return kept
    records = [s for s in spans if s[2] == "student_record"]
    others = [s for s in spans if s[2] != "student_record"]
    kept = _resolve_group(records) + _resolve_group(others)
    return sorted(kept)


_RANK = {t: i for i, t in enumerate(_PRECEDENCE)}
_END = (1 << 62, 1 << 62, "", "")


def _resolve_group(group: list[tuple[int, int, str, str]]) -> list[tuple[int, int, str, str]]:
    group = sorted(set(group))
    if all(group[i][1] <= group[i + 1][0] for i in range(len(group) - 1)):
        return group  # nothing overlaps: the usual case
    kept: list[tuple[int, int, str, str]] = []
    cluster: list[tuple[int, int, str, str]] = []
    reach = -1
    for s in group + [_END]:
        if cluster and s[0] >= reach:
            chosen: list[tuple[int, int, str, str]] = []
            for c in sorted(cluster, key=lambda c: (_RANK.get(c[2], 99), c[0] - c[1], c[0])):
                if not any(k[0] < c[1] and c[0] < k[1] and not _user_of_a_pair(c, k) for k in chosen):
                    chosen.append(c)
            kept.extend(chosen)
            cluster = []
        cluster.append(s)
        reach = max(reach, s[1]) if len(cluster) > 1 else s[1]
    return kept


def _user_of_a_pair(inner: tuple[int, int, str, str], pair: tuple[int, int, str, str]) -> bool:
    """A student ID that is the user half of a login pair the credential unit reports whole ("41206638 / Fox#12"): the
    ID is a disclosure of its own (whose account it is), so both are kept; masking merges them."""
    # (the ID opens the pair: digits inside a token, "AC955c77710638d6...", are part of the token, no one's ID)
    return inner[2] == "student_id" and pair[2] == "credential" and pair[0] == inner[0] and inner[1] < pair[1]


# Slack link markup carries a value twice, `<mailto:VALUE|VALUE>` or `<tel:VALUE|VALUE>`, and a finding's offsets
# cover only the half people see; masking must take the whole token or the other half leaks. A character class
# with no nesting keeps this linear.
_LINK_MARKUP = re.compile(r"<(?:mailto:|tel:|sms:|https?://|www\.)[^<>\n]{0,2000}>")


def _whole_markup(text: str, start: int, end: int, tokens: list[tuple[int, int]],
                  token_starts: list[int]) -> tuple[int, int]:
    # tokens do not overlap and come in text order: only the last one starting at or before `start` can
    # hold the finding (a scan of every token for every finding would be quadratic on a pasted list)
    i = bisect_right(token_starts, start) - 1
    if i >= 0 and end <= tokens[i][1]:
        return tokens[i]
    return start, end


class Masked(Protocol):
    """What mask_text needs of a finding: where it is and its masked form (a Finding, a redaction span)."""

    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...
    @property
    def redacted(self) -> str: ...


def mask_text(text: str, findings: Sequence[Masked]) -> str:
    """The text with every finding replaced by its masked form (overlaps merged); a finding inside Slack link
    markup replaces the whole `<...|...>` token, both halves. Findings of a scan the bound cut short (Partial):
    the text past where it stopped is not examined and does not travel; the policy data's note in the user's
    language (redaction.yaml `withheld_rest`) stands in for it."""
    checked, kept, cut_short = examined_part(text, findings)
    return _mask_text(checked, kept) + _withheld_rest() if cut_short else _mask_text(text, findings)


def _withheld_rest() -> str:
    from policy.redaction import withheld_rest  # (redaction imports this module: import when used)

    return withheld_rest()


def _mask_text(text: str, findings: Sequence[Masked]) -> str:
    tokens = [m.span() for m in _LINK_MARKUP.finditer(text)] if findings and "<" in text else []
    token_starts = [t[0] for t in tokens]
    spans = sorted(((*_whole_markup(text, f.start, f.end, tokens, token_starts), f.redacted) for f in findings),
                   key=lambda s: (s[0], -s[1]))
    out, pos = [], 0
    for start, end, redacted in spans:
        if start < pos:
            if end > pos:
                pos = end
            continue
        out.append(text[pos:start])
        out.append(redacted)
        pos = end
    out.append(text[pos:])
    return "".join(out)

"""Social Security numbers: 3-2-4 digits that pass the SSA's rules, presented as an SSN.

A dashed 123-45-6789 shape is an SSN unless a label says otherwise (a PO, a routing number); a bare or
space-separated nine-digit number needs an SSN label right before it, because nine digits are just as often
a routing, vendor or invoice number. Area 000, 666 and 900-999, group 00 and serial 0000 were never issued;
the advertising and sample numbers below are public and meaningless.
"""
from __future__ import annotations

from policy.detectors.base import Match, PatternDetector, digits_of
from policy.detectors.context import ScanContext
from policy.detectors.exclusions import is_placeholder

LABELS = (
    ("ssn", r"\b(?:ssn?s?|s\.s\.n\.?|ss\s*#|ss\s+no\.?|soc(?:ial)?\s*sec(?:urity)?(?:\s+(?:number|no\.?|#))?"
            r"|social(?:\s+security)?(?:\s+(?:number|no\.?|#))?|tin|itin)\b|\bss\s*#"),
)

# Published on wallets, in advertising and in documentation; never a person's number.
SAMPLE_NUMBERS = frozenset({"123456789", "078051120", "219099999", "457555462", "111111111", "333333333",
                            "987654320", "012345678"})

_REJECTING_LABELS = frozenset({"reference", "routing", "account", "card", "student_id", "office_line", "phone"})


def ssn_shape_valid(number: str) -> bool:
    if len(number) != 9 or not number.isdigit() or number in SAMPLE_NUMBERS:
        return False
    area, group, serial = number[:3], number[3:5], number[5:]
    return area not in ("000", "666") and area[0] != "9" and group != "00" and serial != "0000" \
        and len(set(number)) > 1


def _accept(ctx: ScanContext, m: Match) -> bool:
    number = digits_of(m.value)
    if is_placeholder(m.value) or not ssn_shape_valid(number):
        return False
    label = ctx.nearest_label_before(m.start, 40)
    separators = [ch for ch in m.value if not ch.isdigit()]
    if separators and set(separators) == {"-"} and len(separators) == 2:
        # "SS#s for payroll: 412-77-5530": an SSN label nearby outweighs a department word nearer the number
        return label not in _REJECTING_LABELS or any(near.kind == "ssn" for near in ctx.labels_before(m.start, 40))
    # "SSNs for the new aides:" and then one per line: the header labels the bare numbers below it
    return label == "ssn" or (label is None and ctx.row_label(m.start) == "ssn")


DETECTORS = (
    PatternDetector(
        name="ssn",
        finding_type="ssn",
        # "SSN-287-65-4301": a hyphen after a letter is a separator, after a digit it joins a longer number
        # dots as separators too ("SSN: 287.65.4301"); only a dashed number stands without an SSN label
        patterns=(r"(?:^|[^\d\-./]|[A-Za-z#:]-)(\d{3}(?:[ .-]|-?\r?\n)?\d{2}(?:[ .-]|-?\r?\n)?\d{4})"
                  r"(?:$|[^\d\-/.]|[-/.][^\d])",),
        group=1,
        accept=_accept,
        # only a dashed 3-2-4 number stands without a label, so nine plain digits (routing, vendor and
        # invoice numbers, common in ordinary messages) do not wake the unit unless an SSN label is there
        trigger_patterns=(r"\d{3}-\d{2}-\d{4}",) + tuple("(?i)" + fragment for _, fragment in LABELS),
    ),
)

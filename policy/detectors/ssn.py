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
from policy.detectors.patterns import Pattern

LABELS = (
    ("ssn", r"\b(?:ssn?s?|s\.s\.n\.?|ss\s*#|ss\s+no\.?|soc(?:ial|\.)?\s*sec(?:urity|\.)?(?:\s+(?:number|no\.?|#))?"
            r"|social(?:\s+security)?(?:\s+(?:number|no\.?|#))?|tin|itin)\b|\bss\s*#"
            # "soc" alone is a course as often ("soc 101"): only when it is said to be the number
            r"|\bsoc\s*[#:]|\bsoc\s+is\b"),
    # the last word of a key in a paste ("guardian_ssn", "EMP_SSN"): the underscore joins it to the key's other
    # words, so the word edge the label above needs is not there
    ("ssn", r"\b[a-z0-9]+_(?:ssn|social(?:_security)?(?:_(?:number|no|num))?)\b"),
)

# Published on wallets, in advertising and in documentation; never a person's number.
SAMPLE_NUMBERS = frozenset({"123456789", "078051120", "219099999", "457555462", "111111111", "333333333",
                            "987654320", "012345678"})

_REJECTING_LABELS = frozenset({"reference", "routing", "account", "card", "student_id", "office_line", "phone"})


# a phone or office word rejects a dashed 3-2-4 number only when it labels it ("cell: 312-55-0148", a typo'd line);
# a phone word with words between names the device or a call, and no line's number has that shape
_LINE_LABELS = frozenset({"phone", "office_line"})
_LABEL_GIVES = Pattern(r"(?i)^[ \t]*(?:#|no\.?|number|num)?[ \t]*(?:is|=|:|-|\x{2013})?[ \t]*$")


def _names_the_number(ctx: ScanContext, start: int) -> bool:
    near = ctx.labels_before(start, 40)
    return bool(near) and _LABEL_GIVES.search(ctx.text[near[-1].end:start]) is not None


def ssn_shape_valid(number: str) -> bool:
    if len(number) != 9 or not number.isdigit() or number in SAMPLE_NUMBERS:
        return False
    area, group, serial = number[:3], number[3:5], number[5:]
    return area not in ("000", "666") and area[0] != "9" and group != "00" and serial != "0000" \
        and len(set(number)) > 1


# "Q-518-22-4410", "INV-287-65-4301": letters glued to the number by a hyphen are a document's own prefix (a quote, an
# invoice, a case), unless they are the SSN's label ("SSN-287-65-4301")
_CODE_PREFIX = Pattern(r"(?:^|[^A-Za-z])([A-Za-z]{1,5})-$")
_SSN_PREFIXES = frozenset({"ssn", "ss", "soc", "sn", "ssno"})


def _accept(ctx: ScanContext, m: Match) -> bool:
    number = digits_of(m.value)
    if is_placeholder(m.value) or not ssn_shape_valid(number):
        return False
    prefix = _CODE_PREFIX.search(ctx.window(m.start - 8, m.start))
    if prefix is not None and prefix.group(1).lower() not in _SSN_PREFIXES \
            and not any(near.kind == "ssn" for near in ctx.labels_before(m.start, 40)):
        return False
    label = ctx.nearest_label_before(m.start, 40)
    separators = [ch for ch in m.value if not ch.isdigit() and ch != " "]
    if separators and set(separators) == {"-"} and len(separators) == 2:
        # "SS#s for payroll: 412-77-5530": an SSN label nearby outweighs a department word nearer the number
        if any(near.kind == "ssn" for near in ctx.labels_before(m.start, 40)) or _said_to_be_the_ssn(ctx, m.start):
            return True
        if _ssn_named_earlier(ctx, m.start) and not (label in _REJECTING_LABELS and _names_the_number(ctx, m.start)):
            return True
        # "contract 287-46-3915-A": a further segment makes it a longer code
        if label in _LINE_LABELS and not _names_the_number(ctx, m.start):
            label = None  # "typed it on my phone: 519-...": the phone is the device, a line's number is never 3-2-4
        return label not in _REJECTING_LABELS and ctx.text[m.end:m.end + 1] != "-"
    # "SSN441 51 3778", "ss#412773019": the label glued to the digits (no word edge for the label to be found at)
    before = ctx.text[m.start - 1:m.start]
    if (before.isalpha() or before in ("#", " ", ".")) and _GLUED_LABEL.search(ctx.window(m.start - 8, m.start)):
        return True
    # "SSNs for the new aides:" and then one per line: the header labels the bare numbers below it, whatever
    # other label its qualifier holds ("SSN for the ref's W-9:" then the number on a line of its own)
    if ctx.row_label(m.start) == "ssn":
        return True
    # "social for the ID badge: 081 92 8592": the SSN label heads a clause qualified by what the number is for
    if ctx.qualified_label(m.start) == "ssn":
        return True
    # "HR needs my SSN on the stipend form, the upload is broken. 729 05 3777": a number typed in the SSN's own
    # 3-2-4 groups, after a message that named the SSN and gave no other number since
    if _spaced_in_groups(m.value) and _ssn_named_earlier(ctx, m.start) and not (
            label in _REJECTING_LABELS and _names_the_number(ctx, m.start)):
        return True
    if label is not None:
        if label == "ssn":
            # "the social worker's case is 529 ...": "social" naming a worker or a subject labels nothing
            near = ctx.labels_before(m.start, 40)[-1]
            return not _social_of_something(ctx, near.end)
        # a nearer label with words after it ("the new bus aide's I-9 is ...") names something else in the clause
        nearer = ctx.labels_before(m.start, 40)[-1:]
        return bool(nearer) and _GIVEN_AFTER_WORDS.search(ctx.text[nearer[0].end:m.start]) is not None \
            and _said_to_be_the_ssn(ctx, m.start)
    return ctx.row_label(m.start) == "ssn" or _labelled_after(ctx, m.end) or _said_to_be_the_ssn(ctx, m.start)


# "the social for student 56581958 for the state report: 185-32-9733", "social security number for the new aide's
# I-9 is 654 30 5082": the label, what the number is for, then "is" or ":" giving it, in one line
_GIVEN = Pattern(r"(?i)(?:\bis|:|=)[ \t]*$")
_GIVEN_AFTER_WORDS = Pattern(r"(?i)[a-z]{2,}[^\n]*[a-z][^\n]*(?:\bis|:|=)[ \t]*$")
# "social worker", "social studies": the word "social" naming something else
_NOT_SSN_AFTER = frozenset({"worker", "workers", "work", "studies", "media", "emotional", "skills", "services",
                            "justice", "story", "stories", "hour", "committee", "club", "security"})
_SAID_REACH = 90


def _said_to_be_the_ssn(ctx: ScanContext, start: int) -> bool:
    if not _GIVEN.search(ctx.window(start - 6, start)):
        return False
    for near in ctx.labels_before(start, _SAID_REACH):
        between = ctx.text[near.end:start]
        if near.kind == "ssn" and "\n" not in between and ". " not in between \
                and between.split(None, 1)[:1] != [] and between.split()[0].lower().strip(".,:") not in _NOT_SSN_AFTER:
            return True
    return False


# how far back an SSN label still names a 3-2-4 number the message gives later ("the SSN on her I-9 didn't match. Per
# her card it's 507-...", "the parent SSN got typo'd on the form. Correct one is 627-...")
_EARLIER_REACH = 200
_OTHER_NUMBER = Pattern(r"\d{3}[^\n\d]{0,3}\d{2}")


def _ssn_named_earlier(ctx: ScanContext, start: int) -> bool:
    """An SSN label within a few sentences before `start` that no other number has used up since: the message is
    about someone's SSN, and the 3-2-4 number it then gives is that SSN, whatever nearer word ("card", "ID",
    "form") the sentence giving it uses."""
    for near in reversed(ctx.labels_before(start, _EARLIER_REACH)):
        if near.kind == "ssn":
            between = ctx.text[near.end:start]
            # ("the social worker's case": the word after "social" says what it is, possessive or not)
            return bool(between.strip()) and not _social_of_something(ctx, near.end) \
                and _OTHER_NUMBER.search(between) is None
    return False


def _social_of_something(ctx: ScanContext, label_end: int) -> bool:
    """Whether the word after a label is one that makes "social" name something else ("social worker's")."""
    words = ctx.window(label_end, label_end + 24).split(None, 1)
    return bool(words) and words[0].lower().strip(".,:").removesuffix("'s") in _NOT_SSN_AFTER


def _spaced_in_groups(value: str) -> bool:
    """"729 05 3777": three groups of 3, 2 and 4 digits with a space (or a spaced dash) between, the way an SSN is
    read off a card; a routing or a PO number is written in one block."""
    groups = value.replace(" - ", " ").split()
    return [len(group) for group in groups] == [3, 2, 4] and all(group.isdigit() for group in groups)


_GLUED_LABEL = Pattern(r"(?i)(?:^|[^a-z])(?:ssn|ss#|ssn#|soc#|ss\s*no\.?)[ \t]?$")


# "412773019 (ssn)", "412 77 3019 is her SSN": the label right after the number, only an aside or "is" between
_LABEL_AFTER = Pattern(r"(?i)^[ \t]*(?:[(\[,:\-\x{2013}\x{2014}][ \t]*|is[ \t]+(?:(?:his|her|my|their|the|mom's|dad's)"
                       r"[ \t]+)?)$")


def _labelled_after(ctx: ScanContext, end: int) -> bool:
    after = ctx.labels_after(end, 24)
    return bool(after) and after[0].kind == "ssn" and bool(_LABEL_AFTER.search(ctx.text[end:after[0].start]))


DETECTORS = (
    PatternDetector(
        name="ssn",
        finding_type="ssn",
        # "SSN-287-65-4301": a hyphen after a letter is a separator, after a digit it joins a longer number
        # dots as separators too ("SSN: 287.65.4301"); only a dashed number stands without an SSN label
        # ("412 - 77 - 3019": a dash with spaces round it is one separator)
        patterns=(r"(?:^|[^\d\-./]|[A-Za-z#:]-|[A-Za-z]\.)(\d{3}(?:[ .-]| - |-?\r?\n)?\d{2}(?:[ .-]| - |-?\r?\n)?\d{4})"
                  r"(?:$|[^\d\-/.]|[-/.](?:[^\d]|$))",),
        group=1,
        accept=_accept,
        # only a dashed 3-2-4 number stands without a label, so nine plain digits (routing, vendor and
        # invoice numbers, common in ordinary messages) do not wake the unit unless an SSN label is there
        trigger_patterns=(r"\d{3}-\d{2}-\d{4}", r"(?i)(?:ssn|ss#)\d")
        + tuple("(?i)" + fragment for _, fragment in LABELS),
    ),
)

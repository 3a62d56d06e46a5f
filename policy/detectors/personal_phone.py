"""Personal phone numbers: a North American number (NANP rules: area and exchange codes start 2-9) that is
not a school, office, fax or help-desk line.

The ITS Service Desk and the configured office numbers (policy file, `district`) never count; a number whose
nearest label is an office, fax, attendance line, support desk or extension is an institution's; a number
labelled as an account, routing, card, SSN or student ID is that instead. 911, extensions and "555
students" are too short to match.
"""
from __future__ import annotations

from policy.detectors.base import Match, PatternDetector, digits_of
from policy.detectors.patterns import Pattern
from policy.detectors.exclusions import is_district_phone

LABELS = (
    ("phone", r"\b(?:cell(?:\s*phone)?|mobile|phone(?:\s*(?:number|no\.?|#))?|tel|telephone|text(?:\s+me)?"
              r"|call(?:\s+me)?|home\s+(?:phone|number)|personal\s+(?:number|cell|phone)|whatsapp|signal)\b"),
)

# Only these 555 numbers are services; a colleague writing "her cell 312-555-7781" means a person's number
# (555-01xx is the fictional block, the rest of 555 reads the same in chat).
_DIRECTORY_ASSISTANCE = frozenset({"5551212", "5554334"})
TOLL_FREE = frozenset({"800", "833", "844", "855", "866", "877", "888"})
_PERSONAL_CUES = Pattern(r"(?i)\b(?:cell|mobile|personal|home|my|his|her|their|mom|dad|mother|father|parent|"
                         r"guardian|grandma|grandpa|aunt|uncle)\b")
_BOOKING = Pattern(r"(?i)^[\s,)\-]*(?:(?:is|'s)\s+(?:the\s+)?(?:number|line|phone)\s+)?(?:(?:to|and)\s+(?:book|reserve|rent|schedule)\s+(?:the|a|an|your)\s+"
                   r"(?:room|space|gym|hall|auditorium|court|field|bus|van|table|venue|tour|appointment|slot|spot"
                   r"|party|lanes?|pavilion|shelter)|for\s+(?:reservations|bookings|room\s+bookings|rentals|tickets"
                   r"|appointments))\b")
_OWN_LINE = Pattern(r"(?i)\b(?:me|my|mine|cell|mobile|personal|home|his|her|their|mom|dad|mother|father|parent"
                    r"|guardian)\b")
# after a reference word, a verb or state makes it a clause ("route changes", "bus is late"), not a label
_CLAUSE_AFTER_REFERENCE = Pattern(r"^\s+(?:is\s+|was\s+|gets\s+)?(?:changes?|changed|changing|runs?|ran|is|was|gets|got"
                                  r"|moves?|moved|comes?|came|leaves?|left|arrives?|arrived|shows|stops?|stopped"
                                  r"|late|early|cancell?ed|delayed|over|done|ready|full|closed|opens?)\b")
_REJECTING = frozenset({"office_line", "reference", "account", "routing", "card", "ssn", "student_id"})
_OFFICE = frozenset({"office_line"})
_AFTER_OFFICE = ("office", "fax", "main line", "front desk", "ext", "x", "attendance", "help desk", "support",
                 "front office", "main office", "school office", "service desk", "switchboard", "transportation",
                 "dispatch")


def _rejected_by_label(ctx, start: int) -> bool:
    """A label that says the number is something else. A student label must sit right before the number
    ("student ID 7732014432"): a ten-digit number is no student ID, and "Students who need a ride, parent
    cells: 773-..." is a list of parents' phones."""
    kind = ctx.governing_label(start, 40)
    if kind == "student_id":
        return ctx.governing_label(start, 12) == "student_id"
    if kind == "reference" and _reference_is_a_clause(ctx, start):
        return False
    return kind in _REJECTING


def _reference_is_a_clause(ctx, start: int) -> bool:
    """"text her cell if the route changes: 773-...": a reference word ("route", "bus", "room") followed by a
    verb or a state ("changes", "is late") is part of a clause, not the number's label, when a phone label with a personal cue
    ("her cell", "mom's phone") comes before it. Without that cue ("Vendor line for Apex service: ...") the
    reference word still says whose number it is."""
    before = ctx.labels_before(start, 60)
    if len(before) < 2 or not _CLAUSE_AFTER_REFERENCE.search(ctx.text[before[-1].end:start]):
        return False
    phone = next((label for label in reversed(before[:-1]) if label.kind == "phone"), None)
    return phone is not None and bool(_PERSONAL_CUES.search(ctx.window(phone.start - 16, phone.end)))


def _accept(ctx, m: Match) -> bool:
    number = digits_of(m.value)
    if len(number) == 11 and number[0] != "1":
        return False
    if is_district_phone(ctx.district, number):
        return False
    national = number[-10:]
    if national[:3] in TOLL_FREE:
        return False  # 800/888/...: businesses and vendors, never a person's own line
    if national[3:] in _DIRECTORY_ASSISTANCE:
        return False  # 555-1212 and 555-4334 are directory assistance, not a person
    if _rejected_by_label(ctx, m.start):
        return False
    after = ctx.window(m.end, m.end + 20).lower().lstrip(" ,()-")
    if after.startswith(_AFTER_OFFICE):
        return False
    # "call 773-... to book the room", "... for reservations": a booking line belongs to a place, unless the
    # text says whose own number it is ("text me at ... to schedule pickup", "my cell ... to book a time")
    if _BOOKING.search(ctx.window(m.end, m.end + 40)) and not _OWN_LINE.search(ctx.window(m.start - 40, m.end)):
        return False
    # "the office says call 773-...": an office word close by outweighs "call", unless the text says whose
    # own number it is ("her cell", "my personal number")
    near_office = ctx.has_label(_OFFICE, m.start - 40, m.start) or \
        ctx.has_label(_OFFICE, m.end, m.end + 20)  # "... or 773-555-0100 for the office"
    if near_office and not _PERSONAL_CUES.search(ctx.window(m.start - 40, m.end + 20)):
        return False
    return True


def _accept_international(ctx, m: Match) -> bool:
    number = digits_of(m.value)
    if not 9 <= len(number) <= 15 or number.startswith("1"):
        return False  # +1 numbers are North American: the unit above judges them
    if ctx.governing_label(m.start, 40) in _REJECTING:
        return False
    after = ctx.window(m.end, m.end + 20).lower().lstrip(" ,()-")
    return not after.startswith(_AFTER_OFFICE)


DETECTORS = (
    PatternDetector(
        name="personal_phone_international",
        finding_type="personal_phone",
        # "+52 55 1234 5678", "+44 20 7946 0958": a country code and 8-14 more digits
        patterns=(r"(?:^|[^\w+])(\+[2-9]\d{0,2}(?:[ .\-]?\(?\d{1,4}\)?){2,5})(?:$|[^\d\-/])",),
        group=1,
        accept=_accept_international,
    ),
    PatternDetector(
        name="personal_phone",
        finding_type="personal_phone",
        # separators may include a line break: a number split across lines is still one number
        patterns=(r"(?:^|[^\d\w+\-./])((?:\+?1[ \t.\-]{0,2})?(?:\([2-9]\d{2}\)|[2-9]\d{2})[ \t.\-\n]{0,3}[2-9]\d{2}"
                  r"[ \t.\-\n]{0,3}\d{4})(?:$|[^\d\-/]|[-/][^\d])",),
        group=1,
        accept=_accept,
    ),
)

"""Personal phone numbers: a number that is a person's own line, not a school's, office's, desk's, hotline's or
business's.

Candidates come from two cheap patterns (a North American shape, and "+" with a country code); Google's
libphonenumber (`phonenumbers`) then decides whether the digits are a real, assigned number, reading numbers
without a country code in the district's region (policy file, `district.phone_region`), and what kind of
line it is: toll-free, premium-rate and shared-cost numbers belong to organisations.

The ITS Service Desk and the configured office numbers (policy file, `district`) never count; a number whose
nearest label is an office, fax, attendance line, support desk or extension is an institution's; a number
labelled as an account, routing, card, SSN or student ID is that instead. 911, extensions and "555
students" are too short to match.
"""
from __future__ import annotations

from functools import cache, lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from policy import yaml_loader
from policy.detectors.base import Match, PatternDetector, digits_of
from policy.detectors.context import ScanContext
from policy.detectors.exclusions import is_district_phone
from policy.detectors.patterns import Pattern
from policy.detectors.personal_email import ROLE_MAILBOXES

if TYPE_CHECKING:
    import phonenumbers

LABELS = (
    ("phone", r"\b(?:cell(?:\s*phone)?|mobile|phone(?:\s*(?:number|no\.?|#))?|tel|telephone|text(?:\s+me)?"
              r"|call(?:\s+me)?|home\s+(?:phone|number)|personal\s+(?:number|cell|phone)|whatsapp|signal)\b"),
)

# Only these 555 numbers are services; a colleague writing "her cell 312-555-7781" means a person's number
# (555-01xx is the fictional block, the rest of 555 reads the same in chat).
_DIRECTORY_ASSISTANCE = frozenset({"5551212", "5554334"})
_PERSONAL_CUES = Pattern(r"(?i)\b(?:cell|mobile|personal|home|my|his|her|their|mom|dad|mother|father|parent|"
                         r"guardian|grandma|grandpa|aunt|uncle)\b")
_BOOKING = Pattern(r"(?i)^[\s,)\-]*(?:(?:is|'s)\s+(?:the\s+)?(?:number|line|phone)\s+)?(?:(?:to|and)\s+(?:book|reserve"
                   r"|rent|schedule)\s+(?:the|a|an|your)\s+"
                   r"(?:room|space|gym|hall|auditorium|court|field|bus|van|table|venue|tour|appointment|slot|spot"
                   r"|party|lanes?|pavilion|shelter)|for\s+(?:reservations|bookings|room\s+bookings|rentals|tickets"
                   r"|appointments))\b", needs=("book", "reserv", "rent", "schedul", "ticket", "appointment"))
_OWN_LINE = Pattern(r"(?i)\b(?:me|my|mine|cell|mobile|personal|home|his|her|their|mom|dad|mother|father|parent"
                    r"|guardian)\b")
# after a reference word, a verb or state makes it a clause ("route changes", "bus is late"), not a label
_CLAUSE_AFTER_REFERENCE = Pattern(r"^\s+(?:is\s+|was\s+|gets\s+)?(?:changes?|changed|changing|runs?|ran|is|was|gets|got"
                                  r"|moves?|moved|comes?|came|leaves?|left|arrives?|arrived|shows|stops?|stopped"
                                  r"|late|early|cancell?ed|delayed|over|done|ready|full|closed|opens?"
                                  # what goes wrong with a bus or a room ("if the bus breaks down", "room is locked")
                                  r"|breaks?|broke|broken|stuck|locked|flooded|lost|missing|running)\b")
_REJECTING = frozenset({"office_line", "reference", "account", "routing", "card", "ssn", "student_id"})
_OFFICE = frozenset({"office_line"})
# the labels a person named after them overrides (the number is the person's); an account, routing, SSN or student-ID
# label still says what the number is, and an office label has its own test of whose the number is
_OWNER_OVERRIDES = frozenset({"reference", "card"})
_AFTER_OFFICE = ("office", "fax", "main line", "front desk", "ext", "x", "attendance", "help desk", "support",
                 "front office", "main office", "school office", "service desk", "switchboard", "transportation",
                 "dispatch",
                 # a phone menu's choice is an organisation's line ("... and press 2 for attendance", "option 3")
                 "and press", "then press", "press ", "option ", "opt ")
# "312-555-0100 (school)", "... (work)": one word after the number that names whose line it is
_OFFICE_WORD_AFTER = frozenset({"school", "work", "classroom", "desk", "reception", "hotline", "business", "store"})


@cache
def _library() -> Any:
    """libphonenumber, imported on the first number there is to judge: the package and its metadata are a tenth of
    building the detectors, which a cold `aupbot ask` whose value is an address, an SSN or a password never needs."""
    import phonenumbers

    return phonenumbers


@cache
def _organisation_types() -> frozenset[int]:
    """Kinds of line that belong to an organisation, whoever dials them."""
    kinds = _library().PhoneNumberType
    return frozenset({kinds.TOLL_FREE, kinds.PREMIUM_RATE, kinds.SHARED_COST, kinds.UAN, kinds.VOICEMAIL})


@cache
def _nanp_regions() -> frozenset[str]:
    """The regions of the North American Numbering Plan (country code 1)."""
    return frozenset(_library().COUNTRY_CODE_TO_REGION_CODE.get(1, ()))


@lru_cache(maxsize=4096)
def parsed_number(value: str, region: str) -> phonenumbers.PhoneNumber | None:
    """The number libphonenumber reads in `value` when it is a valid, assigned one that a person can hold;
    None otherwise (an unassigned area code, a toll-free or premium line, not a number at all)."""
    library = _library()
    try:
        number: phonenumbers.PhoneNumber = library.parse(value, region)
    except library.NumberParseException:
        return None
    if not library.is_valid_number(number):
        return None
    if library.number_type(number) in _organisation_types():
        return None
    return number


# A listing of an organisation's lines: a first line naming a directory or a list of offices ("Staff directory:",
# "School numbers", "Department extensions"), then one line per office or person (bounded look-back: linear).
_DIRECTORY_HEADER = Pattern(r"(?i)\b(?:directory|directories|department\s+(?:lines|numbers|phones)|office\s+(?:lines"
                            r"|numbers"
                            r"|phones)|school\s+(?:lines|numbers|phones)|extensions|important\s+numbers"
                            r"|useful\s+numbers"
                            r"|who\s+to\s+call|main\s+lines)\b")
# (not "phone tree": a phone tree listed name by name is the calling chain of the staff's own cells; a school's menu
# called a phone tree is "press 1 for attendance", whose office words reject its numbers one by one)
_DIRECTORY_REACH = 2000


def _in_a_directory(ctx: ScanContext, start: int) -> bool:
    """Whether the number sits in a listing under a directory header, with no personal cue on its own line."""
    text = ctx.text
    block = ctx.block_start(start, _DIRECTORY_REACH)
    first_line_end = text.find("\n", block, start)
    if first_line_end < 0:
        return False  # the number is on the block's first line: no listing above it
    if not _DIRECTORY_HEADER.search(text[block:first_line_end]):
        return False
    line_start = text.rfind("\n", block, start) + 1
    line_end = text.find("\n", start)
    line = text[line_start:line_end if line_end >= 0 else len(text)]
    return not _OWN_LINE.search(line)


# A pasted table of staff, rooms or departments lists their lines; a column headed as a person's own number
# ("Cell", "Parent phone", "Emergency contact") still holds people's numbers.
_ORGANISATION_COLUMN = Pattern(r"(?i)\b(?:staff|teachers?|department|dept|office|room|rm|ext|extension|location"
                               r"|building"
                               r"|school|title|position|role|vendor|company|business|service)\b")
_PERSONAL_COLUMN = Pattern(r"(?i)\b(?:cell|mobile|personal|home|parent|guardian|mom|dad|mother|father|emergency"
                           r"|family)\b")


def _in_an_organisation_table(ctx: ScanContext, start: int) -> bool:
    where = ctx.cell_at(start)
    if where is None:
        return False
    table, column = where
    if _PERSONAL_COLUMN.search(column.header):
        return False
    return any(_ORGANISATION_COLUMN.search(c.header) for c in table.columns if c is not column)


def _rejected_by_label(ctx: ScanContext, start: int) -> bool:
    """A label that says the number is something else. A student label must sit right before the number
    ("student ID 7732014432"): a ten-digit number is no student ID, and "Students who need a ride, parent
    cells: 773-..." is a list of parents' phones."""
    kind = ctx.governing_label(start, 40)
    if kind == "student_id":
        return ctx.governing_label(start, 12) == "student_id"
    if kind == "reference" and _reference_is_a_clause(ctx, start):
        return False
    if kind in _QUALIFIABLE and _phone_heads_the_clause(ctx, start):
        return False
    if kind == "card" and (_a_document_card(ctx, start) or _expiry_given(ctx, start) or _whose_then_where(ctx, start)):
        return False
    if kind == "office_line":
        # "Attendance: call his mom at ...": whose number it is, said between the office's label and the number
        before = ctx.labels_before(start, 40)
        return not (before and _PERSONAL_CUES.search(ctx.text[before[-1].end:start])
                    or _own_number_asked_for(ctx, start) or _office_set_aside(ctx, start))
    return kind in _REJECTING


# "call him direct instead of the office", "she's not answering the district line", "skip the front desk": an office
# named to be passed over, in the clause of contrast or negation it stands in
_SETS_ASIDE = Pattern(r"(?i)\b(?:instead[ \t]+of|rather[ \t]+than|not|never|isn't|aren't|wasn't|don't|doesn't"
                      r"|didn't|won't|can't|cannot|skip|bypass|avoid|except)\b[^.!?;:,\n\d]{0,30}$")
_SET_ASIDE_REACH = 80


def _office_set_aside(ctx: ScanContext, start: int) -> bool:
    """The office label nearest before the number stands in a clause that passes it over, and a person is spoken of
    around it ("call him direct next time instead of the office, 847-...", "She's not answering the district line.
    It's 630-..., she's better on text"), or it is an enquiry heading with a person named under it: the number is
    that person's own, the office the line it is not."""
    before = [label for label in ctx.labels_before(start, _SET_ASIDE_REACH) if label.kind in _OFFICE]
    if not before:
        return False
    office = before[-1]
    if _ENQUIRY_HEADING.search(ctx.text[office.start:office.end]):
        # "Questions: call Coach Rivera at 312-...": an enquiry heading sends the reader to a desk, unless a person
        # is named between it and the number
        return bool(_PERSON_OWNER.search(ctx.text[office.end:start]))
    if not _SETS_ASIDE.search(ctx.window(office.start - 40, office.start)):
        return False
    return bool(_PERSON_OWNER.search(ctx.window(office.start - 80, start + 40)))


_ENQUIRY_HEADING = Pattern(r"(?i)(?:info|information|questions|inquiries|enquiries)[ \t]*:$")


# "Earl's cell for the late route: 872-...", "Phone on the account is 872-...": a phone word heading a clause whose
# qualifier (what the number is for or on) holds a reference or account word; the qualifier says where the number
# is used, the head what it is
_QUALIFIABLE = frozenset({"reference", "account"})
_PHONE_QUALIFIED = Pattern(r"(?i)^[ \t]+(?:for|of|on)[ \t]+[^\n\d:;.!?=]{1,60}?(?:[ \t]*[:=]|[ \t]+is)[ \t]*$")


def _phone_heads_the_clause(ctx: ScanContext, start: int) -> bool:
    labels = ctx.labels_before(start, 80)
    phone = next((label for label in reversed(labels[:-1]) if label.kind == "phone"), None)
    if phone is None or ctx.text[phone.start:phone.start + 4].lower() in ("call", "text"):
        return False  # "call for the account balance: ..." asks for a call to a line; "cell", "phone" name one
    return bool(_PHONE_QUALIFIED.search(ctx.text[phone.end:start]))


# "Aunt's cell for the emergency card: 312-...", "dad's number on the pickup card": a card the number is written on
# (a form a family fills in), not a payment card's label
_DOCUMENT_CARD = Pattern(r"(?i)\b(?:emergency|contact|enrollment|enrolment|registration|pickup|pick-up|report|library"
                         r"|business|info|information|index|blue|green)[ \t]+$")


# a card's expiry word followed by its date: the label has its value ("card 4917 ... exp 05/28, callback 312-...")
_EXPIRY_DATE = Pattern(r"(?i)^exp(?:iry|ires|iration|\.)?[ \t]*(?:date)?[ \t]*[:\-]?[ \t]*"
                       r"\d{1,2}[ \t]*/[ \t]*\d{2,4}\b")


def _expiry_given(ctx: ScanContext, start: int) -> bool:
    """Whether the card label nearest before the number is an expiry already given its date: the label is used up by
    the date, as a label is by a number, and says nothing of a phone number after it."""
    label = next((lab for lab in reversed(ctx.labels_before(start, 40)) if lab.kind == "card"), None)
    if label is None or ctx.text[label.start:label.start + 3].lower() != "exp":
        return False
    return _EXPIRY_DATE.search(ctx.window(label.start, start)) is not None


def _a_document_card(ctx: ScanContext, start: int) -> bool:
    label = next((lab for lab in reversed(ctx.labels_before(start, 40)) if lab.kind == "card"), None)
    return label is not None and bool(_DOCUMENT_CARD.search(ctx.window(label.start - 16, label.start)))


# the words that may stand between a reference word and the number it labels ("bus number: ...", "route 9 line is")
_LABEL_LINKS = frozenset({"number", "num", "no", "line", "phone", "cell", "contact", "main", "desk", "is", "was",
                          "for", "the", "and", "or", "call", "text", "at"})
_WORD = Pattern(r"[A-Za-z]{2,}")


def _words_after_reference(between: str) -> bool:
    """Words of a sentence between a reference word and the number ("when the bus lands, ...", "to the bus driver
    only): ..."): the reference word is inside a clause, not the number's label."""
    return len(between) <= 48 and any(w.group(0).lower() not in _LABEL_LINKS for w in _WORD.finditer(between))


# "dad's # on the tag is ...", "mom's cell from the bus form: ...": the reference word is where the number is written
# (a relative's or a person's number word right before it says whose)
_OWN_NUMBER_BEFORE = Pattern(r"(?i)\b(?:my|his|her|their|mom|dad|mother|father|parent|guardian|grandma|grandpa"
                             r"|aunt|uncle)(?:['\x{2019}]s)?[ \t]+(?:cell|mobile|phone|number|#|no\.?|home[ \t]+phone)"
                             r"[ \t]+(?:is[ \t]+)?(?:written[ \t]+)?(?:on|in|from|off|inside|per|according[ \t]+to)"
                             r"[ \t]+(?:the|his|her|their|a|an|that|this)[ \t]+(?:[\w'\x{2019}]+[ \t]+)?$")
def _whose_then_where(ctx: ScanContext, start: int) -> bool:
    """A person's number word, then the paper it is written on as the label nearest the number ("her dad's # on the
    tag is", "mom's number per the card:"): the paper says where the number is, the person whose it is."""
    before = ctx.labels_before(start, 100)
    if not before:
        return False
    label = before[-1]
    return _OWN_NUMBER_BEFORE.search(ctx.window(label.start - 48, label.start)) is not None


def _reference_is_a_clause(ctx: ScanContext, start: int) -> bool:
    """"text her cell if the route changes: 773-...": a reference word ("route", "bus", "room") followed by a
    verb or a state ("changes", "is late") is part of a clause, not the number's label, when a phone label with a
    personal cue ("her cell", "mom's phone") comes before it. Without that cue ("Vendor line for Apex service: ...") the
    reference word still says whose number it is."""
    before = ctx.labels_before(start, 100)
    if len(before) < 2:
        return False
    between = ctx.text[before[-1].end:start]
    if _whose_then_where(ctx, start):
        return True  # "her dad's # on the tag is ...": whose number, then where it is written
    if not _CLAUSE_AFTER_REFERENCE.search(between) and not _words_after_reference(between):
        return False
    phone = next((label for label in reversed(before[:-1]) if label.kind == "phone"), None)
    # the cue before the phone word or right after it ("text me if the bus is late: ...")
    return phone is not None and bool(_OWN_LINE.search(ctx.window(phone.start - 16, phone.end + 4)))


# -- whose number it is: the owner named nearest before it in its sentence ------------------------------------
# A person is named by a title and surname ("Ms. Flores"), a full name, a family word (mom, grandma, guardian ...),
# one of the roles a school community gives a person (volunteer, chaperone, room parent, coach, tutor, sitter ...)
# or the writer ("me", "my"). An organisation is named by an office, desk, department or business label
# (exclusions.py: office_line, public_place) or a shop called by its owner's name ("from Lou's", "at Tonino's,").
# "he", "she", "his" and "her" say a person (an organisation is "it" or "they"); "their" and "its" point back to the
# owner before them, so they name nobody themselves.
_PERSON_OWNER = Pattern(r"(?i)\b(?:me|my|mine|he|she|him|his|her|cell(?:\s*phone)?|mobile|personal|mom|mother|mama"
                        r"|dad|father|papa|student|kid|child|son|daughter|boy|girl"
                        r"|parents?|guardians?|step-?(?:mom|dad|mother|father)|grand(?:ma|mother|pa|father|parents?)"
                        r"|abuel[ao]|nana|aunt|auntie|uncle|cousin|sister|brother|foster\s+(?:mom|dad|parents?)"
                        r"|caregiver|babysitter|sitter|nanny|neighbou?r|volunteer|chaperone|coach|tutor|mentor"
                        r"|owner|sponsor|husband|wife|spouse|partner)\b"
                        r"|(?-i:\b(?:Mr|Ms|Mrs|Miss|Mx|Dr|Coach)\.?[ \t]+\p{Lu}[\p{L}'\x{2019}\-]+)")
_NAMED_SHOP = Pattern(r"\b(?i:from|at|with|try|via|through|by)[ \t]+\p{Lu}[\p{L}&.\-]*(?:[ \t]+\p{Lu}[\p{L}&.\-]*)?"
                      r"['\x{2019}]s\b")
_ORGANISATION_KINDS = frozenset({"office_line", "public_place"})
_OWNER_REACH = 90


def _sentence_start(text: str, start: int) -> int:
    """Where the sentence holding `start` begins: after a line break or a full stop, "!" or "?" and a space, a
    full stop after a title or an initial ("Mr.", "B.") not counted (bounded: `_OWNER_REACH` characters)."""
    lo = max(0, start - _OWNER_REACH)
    lo = text.rfind("\n", lo, start) + 1 or lo
    i = start
    while i > lo:
        i = max(text.rfind(". ", lo, i), text.rfind("! ", lo, i), text.rfind("? ", lo, i))
        if i < lo:
            break
        word = text[max(lo, i - 5):i].rsplit(None, 1)[-1] if text[max(lo, i - 5):i].strip() else ""
        if text[i] == "." and (word in {"Mr", "Ms", "Mrs", "Mx", "Dr", "St", "Jr", "Sr"} or
                               (len(word) == 1 and word.isupper())):
            continue
        return i + 2
    return lo


def _person_after_label(ctx: ScanContext, start: int, end: int) -> bool:
    """Whether a person is named between the label that governs the number and the number itself, in the same
    sentence, or in brackets right after it: the number is then that person's, whatever the label says."""
    labels = ctx.labels_before(start, 40)
    if not labels:
        return False
    between = ctx.text[labels[-1].end:start]
    if len(between) > 3 and _PERSON_OWNER.search(between) is not None:
        return owner_before(ctx, start, end) == "person"
    bracket = ctx.window(end, end + 24).lstrip(" \t-\u2013\u2014")
    return bracket.startswith("(") and _PERSON_OWNER.search(bracket[:bracket.find(")") + 1 or None]) is not None


def owner_before(ctx: ScanContext, start: int, end: int) -> str | None:
    """"person", "organisation" or None: who the words nearest before the number (in its sentence) or a bracket
    right after it ("773-... (Ms. Flores)") say the number belongs to. A bare full name is not read as a person:
    a firm is written the same way ("Apex Copier", "Sweet Layers"), so a name needs a title or a role."""
    text = ctx.text
    bracket = ctx.window(end, end + 24).lstrip(" \t-\u2013\u2014")
    if bracket.startswith("(") and _PERSON_OWNER.search(bracket[:bracket.find(")") + 1 or None]):
        return "person"
    lo = _sentence_start(text, start)
    before = text[lo:start]
    best, owner = -1, None
    for m in _PERSON_OWNER.finditer(before):
        best, owner = lo + m.end(), "person"
    for label in ctx.labels_before(start, start - lo):
        if label.kind in _ORGANISATION_KINDS and label.start >= lo and label.end > best:
            best, owner = label.end, "organisation"
    if "'s" in before or "\u2019s" in before:
        for m in _NAMED_SHOP.finditer(before):
            tail = text[lo + m.end():lo + m.end() + 3]
            if lo + m.end() > best and not (tail[:1] == " " and tail[1:2].islower()):
                best, owner = lo + m.end(), "organisation"
    return owner


# an application's own sending number in its settings ("TWILIO_FROM=+1312...", "sms.sender_number: ...", "CALLER_ID="):
# a compound key (joined by "_" or ".") with a sender's word, and no person's word in it ("PARENT_PHONE=" stays a
# parent's; a log's bare "from" key is who texted in)
_SENDER_KEY_BEFORE = Pattern(r"(?i)(?:^|[\s{,\"'])(?:[a-z0-9]+[_.])*(?:[a-z0-9]+[_.](?:from|sender|caller_?id|outbound)"
                             r"|(?:from|sender|caller|outbound|sms|twilio|voice|messaging)[_.](?:number|num|no|phone"
                             r"|from|id|sender))(?:[_.][a-z0-9]+)*[\"']?[ \t]*[:=][ \t]*[\"']?$")
_PERSON_IN_KEY = Pattern(r"(?i)(?:parent|guardian|mom|dad|mother|father|home|cell|mobile|personal|emergency|contact"
                         r"|student|staff|teacher|owner|user)")


def _a_senders_setting(ctx: ScanContext, start: int) -> bool:
    """Whether the number is the value of an application's sender setting (`_SENDER_KEY_BEFORE`)."""
    m = _SENDER_KEY_BEFORE.search(ctx.window(start - 48, start))
    return m is not None and not _PERSON_IN_KEY.search(m.group(0))


# "773-555-0100 through 773-555-0199", "lines 312-555-0100 to -0149": a block of numbers an organisation owns
# (a dash between two numbers is as often a list's separator: "mom 773-... - dad 773-..."; only the words say range)
_RANGE_AFTER = Pattern(r"(?i)^[ \t]*(?:through|thru|until|to)[ \t]+(?:(?:\+?1[ \t.\-]?)?\(?\d{3}\)?[ \t.\-]?\d{3}"
                       r"[ \t.\-]?\d{4}|-?\d{2,4})\b")
_RANGE_BEFORE = Pattern(r"(?i)\d{4}[ \t]+(?:through|thru|until|to)[ \t]+$")
# a cheque's MICR line ("⑆114709679⑆ 3509258725⑈"): the transit and on-us symbols set off the bank's fields
_MICR = frozenset("\u2446\u2447\u2448\u2449")


def _a_range_or_a_cheque_field(ctx: ScanContext, start: int, end: int) -> bool:
    """Whether the number ends or opens a range of numbers, or sits between a cheque's MICR symbols."""
    if any(ch in _MICR for ch in ctx.window(start - 3, end + 3)):
        return True
    return bool(_RANGE_AFTER.search(ctx.window(end, end + 16)) or _RANGE_BEFORE.search(ctx.window(start - 16, start)))


def _accept(ctx: ScanContext, m: Match) -> bool:
    number = digits_of(m.value)
    if _a_senders_setting(ctx, m.start) or _a_range_or_a_cheque_field(ctx, m.start, m.end):
        return False
    if len(number) == 11 and number[0] != "1":
        return False
    if "  " in m.value or "\t" in m.value:
        return False  # groups set off by a run of spaces or a tab: a space-aligned table's columns ("580   650   1230")
    if is_district_phone(ctx.district, number):
        return False
    national = number[-10:]
    if national[3:] in _DIRECTORY_ASSISTANCE:
        return False  # 555-1212 and 555-4334 are directory assistance, not a person
    if _rejected_by_label(ctx, m.start):
        # a person named between a reference or card word and the number is whose number it is ("room
        # parent for 1B is Tasha Greene, 708-...", "Yearbook order - Mr. Dunbar (parent) 773-...")
        if ctx.governing_label(m.start, 40) not in _OWNER_OVERRIDES or not _person_after_label(ctx, m.start, m.end):
            return False
    after = ctx.window(m.end, m.end + 20).lower().lstrip(" ,()-")
    if _office_word_after(after) or after.split(None, 1)[:1] and after.split(None, 1)[0].strip(").,;:") \
            in _OFFICE_WORD_AFTER:
        return False
    if _in_a_directory(ctx, m.start) or _in_an_organisation_table(ctx, m.start) or _beside_a_fax(ctx, m.start, m.end):
        return False
    if ctx.holds("@") and _beside_a_role_mailbox(ctx, m.start, m.end):
        return False
    # "call 773-... to book the room", "... for reservations": a booking line belongs to a place, unless the
    # text says whose own number it is ("text me at ... to schedule pickup", "my cell ... to book a time")
    if _may_book(ctx.window(m.end, m.end + 40)) and not _OWN_LINE.search(ctx.window(m.start - 40, m.end)):
        return False
    # "the office says call 773-...": an office word close by outweighs "call", unless the text says whose
    # own number it is ("her cell", "my personal number")
    # (a message without an office label has no office near any number: decided without cutting a window)
    near_office = "office_line" in ctx.label_kinds and (ctx.has_label(_OFFICE, m.start - 40, m.start) or \
        _office_label_after(ctx, m.end) or \
        _office_number_is_the_subject(ctx, m.start))
    if near_office and not _PERSONAL_CUES.search(ctx.window(m.start - 40, m.end) + _own_clause_after(ctx, m.end)) \
            and not _REACH_ME.search(ctx.window(m.start - 32, m.start)) and not _own_number_asked_for(ctx, m.start) \
            and not _office_set_aside(ctx, m.start):
        return False
    if "office_line" in ctx.label_kinds and _the_office_line_still(ctx, m.start, m.end):
        return False
    # last, as the costliest check: an unassigned area code, or a toll-free (800/888/...) or premium line;
    # a number written without "+1" is read in the district's region
    region = "US" if len(number) == 11 or m.value.lstrip().startswith("+") else ctx.district.phone_region
    if not _valid_personal_line(national, region):
        return False
    # a business or an office named nearest before the number, and no person after it: the organisation's line
    # ("the pizza is from Lou's, their number is ...", "the print shop on Halsted (773-...)")
    kinds = ctx.label_kinds
    if ("office_line" in kinds or "public_place" in kinds or ctx.holds("'s") or ctx.holds("\u2019s")) \
            and _may_name_an_organisation(ctx, m.start):
        return owner_before(ctx, m.start, m.end) != "organisation" or _own_number_asked_for(ctx, m.start) \
            or _office_set_aside(ctx, m.start)
    return True


# a possessive of a capitalised word ("Jaylen's", "Ms. Ortiz's"): somebody's number may follow
_NAMED_POSSESSIVE = Pattern(r"\p{Lu}[\p{L}\-]*['\x{2019}]s\b")
_STILL_REACH = 160


def _the_office_line_still(ctx: ScanContext, start: int, end: int) -> bool:
    """"Attendance line voicemail gets checked at 8:30. Number is 773-...", "the office copy is the official one. If a
    family says theirs is outdated, send them to 773-...": an office named earlier in the number's line, the nearest
    label, and nobody named between it and the number (no person, relative, role, possessive name or personal cue)
    nor in the number's own clause: the number is still that office's line, offered to whoever needs it."""
    lo = max(0, start - _STILL_REACH)
    lo = ctx.text.rfind("\n", lo, start) + 1 or lo  # the number's own line: a form's fields are lines of their own
    before = [label for label in ctx.labels_before(start, start - lo) if label.start >= lo]
    if not before or before[-1].kind not in _OFFICE:
        return False  # no office named, or another label (a name field, a phone word) nearer the number
    office = before[-1]
    between = ctx.text[office.end:start]
    if _PERSON_OWNER.search(between) or _PERSONAL_CUES.search(between + _own_clause_after(ctx, end)) \
            or _NAMED_POSSESSIVE.search(between) or _REACH_ME.search(ctx.window(start - 32, start)) \
            or _own_number_asked_for(ctx, start) or _office_set_aside(ctx, start):
        return False
    return owner_before(ctx, start, end) != "person"


_SHOP_PREPOSITIONS = (" from ", " at ", " with ", " try ", " via ", " through ", " by ")


def _may_name_an_organisation(ctx: ScanContext, start: int) -> bool:
    """A cheap necessary test for `owner_before` saying "organisation": an office or place label, or a shop called
    by its owner's name, within reach before the number (most numbers have neither, and are decided here)."""
    kinds = ctx.label_kinds
    if ("office_line" in kinds or "public_place" in kinds) and ctx.has_label(_ORGANISATION_KINDS,
                                                                              start - _OWNER_REACH, start):
        return True
    before = ctx.window(start - _OWNER_REACH, start)
    if "'s" not in before and "\u2019s" not in before:
        return False
    lowered = before.lower()
    return any(word in lowered for word in _SHOP_PREPOSITIONS)


# "call 773-... or email attendance@...": a number offered in one line with a role mailbox (an office's, a
# desk's, a function's: personal_email.ROLE_MAILBOXES) is that office's line, as the mailbox is; "call me at ..."
# or "my cell" still says whose own it is
_MAILBOX_NEAR = Pattern(r"[A-Za-z0-9._%+\-]+@[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)+")
_LINE_REACH = 80


def _line_around(ctx: ScanContext, start: int, end: int) -> str:
    """The line holding text[start:end], at most _LINE_REACH characters each side: a bounded look, so a long line
    of numbers stays linear."""
    lo, hi = max(0, start - _LINE_REACH), min(len(ctx.text), end + _LINE_REACH)
    line_lo = ctx.text.rfind("\n", lo, start) + 1 or lo
    line_hi = ctx.text.find("\n", end, hi)
    return ctx.text[line_lo:hi if line_hi < 0 else line_hi]


def _beside_a_role_mailbox(ctx: ScanContext, start: int, end: int) -> bool:
    window = _line_around(ctx, start, end)
    if _PERSONAL_CUES.search(window) or _REACH_ME.search(ctx.window(start - 32, start)):
        return False
    for mailbox in _MAILBOX_NEAR.finditer(window):
        local = mailbox.group(0).split("@", 1)[0].lower()
        if not ROLE_MAILBOXES.isdisjoint(local.replace("-", ".").replace("_", ".").split(".")):
            return True
    return False


def _may_book(after: str) -> bool:
    """Whether the words after a number say it is for booking (`_BOOKING`: ASCII text without one of the words it
    needs is decided without an RE2 call, and most numbers are followed by none)."""
    return _BOOKING.search(after) is not None


_CLAUSE_BREAK = Pattern(r"[,;|/\n\d]")


# "TEXT ME if the bus is late, don't call the office. 872-...", "if the office needs me, I'm at 872-...", "driver's cell
# in case you can't get dispatch: 224-...": the sentence opens by asking for the writer (or a person's own phone) and
# names an office only as the alternative or the case it is for; the number it then gives is that person's
_OWN_NUMBER_ASKED = Pattern(r"(?i)(?:\b(?:text|call|reach|ring|message|msg|txt|dm)[ \t]+me\b"
                            r"|\bi['\x{2019}]?m[ \t]+(?:at|on)\b|\bi[ \t]+am[ \t]+(?:at|on)\b"
                            r"|\bi[ \t]+can[ \t]+be[ \t]+reached\b"
                            r"|\b(?:my|his|her|their)[ \t]+(?:own[ \t]+)?(?:cell|mobile|personal)\b"
                            r"|\w['\x{2019}]s[ \t]+(?:cell|mobile)\b)[^\d\n]*$")
_ASKED_REACH = 120


def _own_number_asked_for(ctx: ScanContext, start: int) -> bool:
    """Whether the writer asks to be reached, or names a person's own cell, earlier in the number's line (after any
    question) with no other number between (a bounded look back: a long line of numbers stays linear)."""
    lo = max(0, start - _ASKED_REACH)
    lo = ctx.text.rfind("\n", lo, start) + 1 or lo
    # (nor a question: "her cell? No, use the office line: ..." asks about a number and gives another)
    lo = ctx.text.rfind("?", lo, start) + 1 or lo
    before = ctx.text[lo:start]
    return _OWN_NUMBER_ASKED.search(before) is not None and _ASKS_TO_BE_SENT.search(before) is None


# "text me the office number, it's 773-...": asking to be sent a number is no offer of one's own
_ASKS_TO_BE_SENT = Pattern(r"(?i)\b(?:text|call|message|msg|txt|dm|send|e-?mail)[ \t]+me[ \t]+(?:back[ \t]+)?"
                           r"(?:the|a|an|that|this|his|her|their|its|which|what|whose|at[ \t]+the)\b")


# "text me at 708-...", "call me on ...": the writer gives their own number, whatever office the sentence names
# after it ("..., don't call the office")
_REACH_ME = Pattern(r"(?i)\b(?:text|call|reach|ring|phone|message|msg|dm|whatsapp|txt)[ \t]+me[ \t]+(?:at|on|@)?"
                    r"[ \t:]*$")
# "the front desk number on the new letterhead is wrong, it should be 773-...": an office's own number named as
# the sentence's subject, corrected or given further on; or a business itself as the subject ("the pizza place for
# Friday is Tonino's, (773) ...", "bakery we use: ...")
_OFFICE_NUMBER_WORD = Pattern(r"(?i)^(?:['\x{2019}]s)?[ \t]+(?:[a-z]+[ \t]+)?(?:phone[ \t]+)?"
                              r"(?:number|line|phone|#|no\.?|fax|place|joint|spot|shop|truck|we[ \t]+use"
                              r"|we[ \t]+order)\b")
_SENTENCE_END = Pattern(r"[.!?][ \t]|\n")
_SUBJECT_REACH = 120


def _office_number_is_the_subject(ctx: ScanContext, start: int) -> bool:
    for label in reversed(ctx.labels_before(start, _SUBJECT_REACH)):
        if _SENTENCE_END.search(ctx.text[label.end:start]):
            return False
        if label.kind in _OFFICE and _OFFICE_NUMBER_WORD.search(ctx.window(label.end, label.end + 16)):
            return True
    return False


_FAX = Pattern(r"(?i)(?:^|[\s|/,;(])(?:fax|f)[ \t]*[:.][ \t]*\(?\d|\bfax\b")


def _beside_a_fax(ctx: ScanContext, start: int, end: int) -> bool:
    """"Ph: 773-... | F: 773-...": a number on one line with a fax number is an office's (a signature's or a
    letterhead's), unless the line says whose own it is ("Mobile", "cell", "my")."""
    line = _line_around(ctx, start, end)
    if "ax" not in line and "F" not in line and "f:" not in line:
        return False
    return bool(_FAX.search(line)) and not _PERSONAL_CUES.search(line) and not _PERSONAL_LINE.search(line)


_PERSONAL_LINE = Pattern(r"(?i)\b(?:m|c|cel|celular|mobile|portable)[ \t]*:")


def _office_word_after(after: str) -> bool:
    """"773-555-0100 office", "... fax", "... ext 12": the word right after the number names an office's line,
    unless it opens a clause about the office ("..., office is closed")."""
    if not after.startswith(_AFTER_OFFICE):
        return False  # (one C-level test of every office word: most numbers have none after them)
    word = next(w for w in _AFTER_OFFICE if after.startswith(w))
    return not _CLAUSE_AFTER_OFFICE.search(after[len(word):])


# what may stand between a number and the office it is for: "... (office)", "... for the office", "- main office"
_TO_THE_OFFICE = Pattern(r"(?i)^[\s,;:()\-\x{2013}\x{2014}]*(?:(?:for|at|to|is|or|and|=)[ \t]+)?"
                         r"(?:the[ \t]+|our[ \t]+|la[ \t]+|el[ \t]+)?$")


def _office_label_after(ctx: ScanContext, end: int) -> bool:
    """"... or 773-555-0100 for the office", "773-555-0100 (main office)": an office named right after the number
    is whose line it is. Not when the office word opens a clause of its own ("773-..., office is closed", "...,
    la oficina no la pudo localizar"): the office is then what the sentence goes on about."""
    for label in ctx.labels_after(end, 20):
        if label.kind not in _OFFICE:
            continue
        if not _TO_THE_OFFICE.search(ctx.text[end:label.start]):
            return False
        return not _CLAUSE_AFTER_OFFICE.search(ctx.window(label.end, label.end + 24))
    return False


# an office word followed by a verb or a state: the start of a clause about the office, not a label
_CLAUSE_AFTER_OFFICE = Pattern(r"(?i)^[ \t]+(?:is|was|isn't|wasn't|will|won't|can't|couldn't|could|did|didn't|does"
                               r"|doesn't|has|had|said|says|closes?|closed|opens?|called|calls|no|not|ya|est[aá]"
                               # how the office keeps its line ("main office never answers", "... always picks up")
                               r"|never|always|usually|rarely|seldom|hardly|barely|sometimes|often|answers|picks"
                               r"|cerr[oó]|cerrada|llam[oó]|[a-z]+ed)\b")


def _own_clause_after(ctx: ScanContext, end: int) -> str:
    """The words after a number up to the next clause or number: "773-555-0100, my cell is ..." says nothing
    of whose the first number is."""
    after = ctx.window(end, end + 20)
    cut = _CLAUSE_BREAK.search(after)
    return after[:cut.start()] if cut else after


def _valid_personal_line(national: str, region: str) -> bool:
    """libphonenumber's verdict on a ten-digit number of the North American shape, read in `region`. In the
    NANP its validity and line type follow from the area code and exchange (the metadata looks no further),
    so the verdict is remembered per region and six-digit prefix: a pasted list of a school's numbers costs
    one parse."""
    prefix = region + national[:6]
    verdict = _NANP_VERDICTS.get(prefix)
    if verdict is None:
        verdict = parsed_number("+1" + national if region in _nanp_regions() else national, region) is not None
        if len(_NANP_VERDICTS) >= 8192:
            _NANP_VERDICTS.clear()
        _NANP_VERDICTS[prefix] = verdict
    return verdict


_NANP_VERDICTS: dict[str, bool] = {}


def _accept_international(ctx: ScanContext, m: Match) -> bool:
    number = digits_of(m.value)
    if not 9 <= len(number) <= 15 or number.startswith("1"):
        return False  # +1 numbers are North American: the unit above judges them
    if parsed_number("+" + number, ctx.district.phone_region) is None:
        return False
    if ctx.governing_label(m.start, 40) in _REJECTING:
        return False
    after = ctx.window(m.end, m.end + 20).lower().lstrip(" ,()-")
    return not after.startswith(_AFTER_OFFICE) and not _in_a_directory(ctx, m.start)


COUNTRIES_FILE = Path(__file__).resolve().parent.parent / "data" / "phone-countries.yaml"


def load_country_words(path: Path = COUNTRIES_FILE) -> dict[str, str]:
    """Country word -> libphonenumber region, from the data file."""
    data = yaml_loader.load_file(path) or {}
    return {str(word).lower(): str(region).upper() for word, region in (data.get("countries") or {}).items()}


COUNTRY_WORDS = load_country_words()
_COUNTRY_ALTERNATION = "|".join(sorted((w.replace(" ", r"\s+") for w in COUNTRY_WORDS), key=len, reverse=True))


def _accept_national(ctx: ScanContext, m: Match) -> bool:
    """"My Israeli number is 09-...": a number in another country's national format, read in the region the
    text names. North American regions are left to the unit above (same digits, same verdict)."""
    region = COUNTRY_WORDS.get(" ".join(m.raw.group(1).lower().split()))
    number = digits_of(m.value)
    if region is None or region in _nanp_regions() or not 7 <= len(number) <= 15:
        return False
    value = m.value.strip()
    if parsed_number(value, region) is None:
        return False
    if is_district_phone(ctx.district, number) or ctx.governing_label(m.start, 40) in _REJECTING:
        return False
    after = ctx.window(m.end, m.end + 20).lower().lstrip(" ,()-")
    return not after.startswith(_AFTER_OFFICE) and not _in_a_directory(ctx, m.start)


# A local number with its area code said after it, as people read a number out ("555-0162 (area 773)", "5550123 area
# code 773", "555-01-22, area code 312"): the same number, its ten digits in the area code's order; the same checks
# as a number written whole decide whose line it is.
_LOCAL_THEN_AREA = (r"(?:^|[^\d\w+\-./])([2-9]\d{2}[ \t.\-]{0,2}(?:\d{4}|\d{2}[ \t.\-,]{1,2}\d{2})[ \t,;]{0,3}"
                    r"[(\[]?[ \t]*(?i:area)(?:[ \t]+(?i:code))?[ \t]*(?::|is)?[ \t]*([2-9]\d{2}))(?:$|[^\d\-/])")


def _accept_local_then_area(ctx: ScanContext, m: Match) -> bool:
    area = m.raw.group(2)
    local = digits_of(m.value[:m.value.lower().rfind("area")])
    if area is None or len(local) != 7:
        return False
    return _accept(ctx, Match(m.raw, m.start, m.end, f"{area}-{local[:3]}-{local[3:]}"))


DETECTORS = (
    PatternDetector(
        name="personal_phone_local_then_area",
        finding_type="personal_phone",
        patterns=(_LOCAL_THEN_AREA,),
        group=1,
        accept=_accept_local_then_area,
    ),
    PatternDetector(
        name="personal_phone_national",
        finding_type="personal_phone",
        # "my Israeli number is 09-7625400", "her Japanese cell: 090-1234-5678": a country word, a phone word
        # within a few words, then the number as that country writes it
        patterns=(r"(?i)\b(" + _COUNTRY_ALTERNATION + r")\b[^\n\d]{0,30}?\b(?:number|phone|cell|mobile|whatsapp"
                  r"|line|tel|no\.?)\b[^\n\d+]{0,20}?(\+?\(?\d[\d \-.()]{5,18}\d)(?:$|[^\d\-])",),
        group=2,
        accept=_accept_national,
    ),
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

"""Dates of birth: a full date (day, month and year, in any common format, spelled-out ones included after
normalisation) with a birth label right before it ("DOB", "born", "birthdate", a roster's dob column).

Meeting, due and event dates carry no birth label; `MM/DD/YYYY` placeholders are not dates; a birthday
without a year is not a date of birth. A lesson about a historical figure's birth is not a disclosure, so
lesson and history words near the date reject it.
"""
from __future__ import annotations

import datetime
import time

from policy.detectors.base import Match, PatternDetector
from policy.detectors.context import ScanContext
from policy.detectors.form_labels import label_fragment, month_fragment, month_number
from policy.detectors.patterns import Pattern

LABELS = (
    # plurals too: "needs birthdates", "DOBs:" head a list of them
    # (a scanned form read by OCR gives a zero for the letter O: "D0B", "Date 0f Birth"; an export's column key joins
    # the words with an underscore: "birth_date", "date_of_birth")
    ("dob", r"\b(?:d[./]?[o0][./]?b\.?|dobs|dates?[\s_-]+[o0]f[\s_-]+birth|birth[\s_]*dates?|birth\s*days?|b-?days?"
            r"|born(?:\s+on)?|dob\s*:|birth\s*:"
            # an export's quoted key: '"birth": "2013-12-05"', "'dob' =>"
            r"|birth[\"']\s*(?::|=>?))(?:\b|:|\s|[\"'])"),
    # the document that proves it, read out: "birth cert says 04/17/2015", "per the birth certificate: ..."
    # (the date must follow it, or a verb of reading: see _DOCUMENT_READS)
    ("dob", r"\bbirth[\s-]+(?:cert(?:ificate)?|record)s?\b"),
    # the genealogical "b." for born, set off as an aside: "Abernathy, Cole (b. 4/18/2013)"
    ("dob", r"[(\[,;]\s*b\.\s"),
    # ... or straight after the name, lower case only: "Camila Reyes b. 01/30/2013" (a "B." is a list item)
    ("dob", r"(?-i:[ \t]b\.[ \t])"),
    # ... or as a cell of one person's row: "Hana Yilmaz | 39904988 | b. 01/05/2018 | K"
    ("dob", r"(?-i:[|\t/][ \t]*b\.[ \t])"),
    # the same label on a form in another language ("fecha de nacimiento", "data urodzenia", "ngày sinh", "出生日期")
    ("dob", label_fragment("birth")),
)

_MONTHS = {"jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6, "jul": 7, "aug": 8, "sep": 9,
           "oct": 10, "nov": 11, "dec": 12}
_MONTH = (r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
          r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)")
# a school's own singers, actors and musicians are its students ("each singer's birthdate", "our actors' DOBs"):
# the word said of a group the writer has names no famous person
_ENSEMBLE_ROLE = Pattern(r"(?i)\b(?:each|every|our|my|all\s+(?:the|our|my))\s+(?:singer|actor|actress|musician)s?\b")


# a students' competition named for a subject ("the Metro History Fair", "Biography Bowl"): an event students enter,
# not a lesson about a famous person
_SUBJECT_EVENT = Pattern(r"\b(?:History|Historical|Biography|Poetry|Heritage)[ \t]+(?:Fair|Day|Bowl|Club|Bee|Olympiad"
                         r"|Expo|Contest|Competition|Showcase|Team|Camp)\b")


# a record's own history ("attendance history", "medical history", "his discipline history"): a file kept on a person,
# not a history lesson
_RECORD_HISTORY = Pattern(r"(?i)\b(?:attendance|medical|health|enrou?llment|discipline|disciplinary|academic"
                          r"|grade|grades"
                          r"|transcript|immunization|vaccination|family|employment|work|credit|payment|account|login"
                          r"|address|placement|service|services|behavior|behaviour|absence|tardy|incident|case|court"
                          r"|custody|school|testing|test|housing|residency|contact)[ \t]+history\b")


def _not_a_birth(window: str) -> bool:
    """Whether the words around a date make it history or trivia, not a person's birth date to protect."""
    if _NOT_A_BIRTH.search(window) is None:
        return False
    for a, b in _ENSEMBLE_ROLE.spans(window) + _SUBJECT_EVENT.spans(window) + _RECORD_HISTORY.spans(window):
        window = window[:a] + " " * (b - a) + window[b:]
    return _NOT_A_BIRTH.search(window) is not None


# A birthday or a birth said of a thing or an animal, not a person: "happy 10th birthday to the ticketing system",
# "our department was 'born' on ...", "the class hamster was born ...": a launch, an opening, a pet's date
_THINGS = (r"(?:system|software|building|school|district|department|dept|program|programme|website|site|app|platform"
           r"|portal|network|library|campus|gym|pool|company|business|store|shop|club|initiative|project"
           r"|hamster|gerbil|guinea[ \t]+pig|rabbit|bunny|dog|puppy|cat|kitten|fish|turtle|tortoise|gecko|lizard"
           r"|snake|parrot|bird|chicks?|ducklings?|pet|mascot)")
# the thing is the head of its phrase: "our office manager" is a person, "the building!" is not
_THING_ENDS = r"(?:[ \t]*[!,.;:)\-\x{2013}\x{2014}]|[ \t]*$|[ \t]+(?:was|is|were|got|turns|launched|opened)\b)"
_THING_BORN = Pattern(r"(?i)(?:\b(?:birthday|b-?day)[ \t]+(?:to|of|for)[ \t]+(?:the|our|this|my|your)[ \t]+"
                      r"(?:[\pL\-]+[ \t]+){0,2}" + _THINGS + _THING_ENDS
                      + r"|\b(?:the|our|this|my|your)[ \t]+(?:[\pL\-]+[ \t]+){0,2}" + _THINGS
                      + r"(?:[ \t]+(?-i:\p{Lu})\pL+)?[ \t]+(?:was|is|were|got)[ \t]+[\"'\x{2018}\x{201C}]?born\b)")


def _born_a_thing(ctx: ScanContext, pos: int) -> bool:
    """Whether the birth words before the date are said of a thing or an animal (`_THING_BORN`)."""
    return _THING_BORN.search(ctx.window(pos - 120, pos)) is not None


# No one a school's chat gives a birth date for (a student, a parent, a grandparent raising a child, a colleague or a
# retiree) is older than this; an older birth date is history. Every such date in the labelled sets (some forty:
# "born January 15, 1929" for an assembly, a timeline, a bulletin board) is a historical figure's, told with words
# no list of commemorations can hold.
OLDEST_LIVING_AGE = 90
_NOT_A_BIRTH = Pattern(r"(?i)\b(?:lesson|timeline|history|historical|biography|anniversary|"
                           r"president|inventor|author|famous|founded|established|century|trivia|fun\s+fact|celebrit\w*"
                           r"|singer|actor|actress|rapper"
                       r"|musician|astronaut|scientist|poet|composer"
                       # classroom material and commemorations: "(born January 15, 1929) - reading passage for next
                       # week", "read-aloud for heritage month"
                       r"|passages?|read-?alouds?|worksheets?|mentor\s+texts?|activist|civil\s+rights|heritage\s+month"
                       r"|(?:black|women'?s)\s+history\s+month|holiday|hero|heroes"
                       # the rest of a lesson's openers and closers: "using that in the bellringer", "do now"
                       r"|bell-?ringers?|warm-?ups?|do[\s-]+nows?|exit\s+tickets?"
                       # values the text itself says are not real: a guide's example, training slides' sample data
                       r"|(?:fake|dummy|made-?up|fictional|fictitious|sample|example|test|mock)\s+(?:data|records?"
                       r"|students?|values?|numbers?|dates?|dobs?|names?|info\w*|entr(?:y|ies)|rows?)"
                       r"|(?:these|those|they|it|this|that)(?:'re|\s+are|\s+is|'s)\s+(?:all\s+)?(?:fake|made[\s-]?up"
                       r"|fictional|examples?|samples?|not\s+real)"
                       # "(All fake. ...)", "(all made up, from their public docs)": said of the whole paste
                       r"|all\s+(?:fake|made[\s-]?up|fictional|fictitious|dummy)"
                       r"|(?:examples?|samples?)\s+(?:from|in|on)|training\s+slides?|user\s+guide)\b")

_PATTERNS: tuple[str, ...] = (
    # a date wrapped after a separator ("03/14/" at a line's end, "2012" on the next) is one date
    # (a middle dot as the separator, as some phones' keyboards and forms print it: "9\u00b714\u00b72010")
    r"(?:^|[^\d/.\-\x{00B7}])(\d{1,2}[/.\-\x{00B7}]\r?\n?\d{1,2}[/.\-\x{00B7}]\r?\n?(?:\d{4}|\d{2}))"
    r"(?:$|[^\d/.\-\x{00B7}]|[.\-/\x{00B7}](?:[^\d]|$))",
    r"(?:^|[^\d/.\-])(\d{4}[-/.]\d{1,2}[-/.]\d{1,2})(?:$|[^\d\-/.]|[-/.](?:[^\d]|$))",
    # a named month takes a two-digit year too ("march 4th '15", "4 mar 15"): only a birth label makes any of
    # these a birth date
    # (the day as read aloud, after "the": "January the 3rd, 2008")
    r"(?i)\b(" + _MONTH + r"\.?\s+(?:the\s+)?\d{1,2}(?:st|nd|rd|th)?,?\s+(?:\d{4}|'\d{2}|\d{2}))\b",
    r"(?i)\b(\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?" + _MONTH + r"\.?,?\s+(?:\d{4}|'\d{2}|\d{2}))\b",
    # "4-Mar-2011", "04/Mar/2011", "Mar-04-2015": a form's or an export's dates with the month named
    r"(?i)\b(\d{1,2}[-/]" + _MONTH + r"[-/]\d{4})\b",
    r"(?i)\b(" + _MONTH + r"[-/]\d{1,2}[-/]\d{4})\b",
    # "born in Jan 2014, the 17th": the month and the year, then the day
    r"(?i)\b(" + _MONTH + r"\.?,?\s+\d{4},?\s+(?:the\s+)?\d{1,2}(?:st|nd|rd|th))\b",
    # the year said first, then the month and the day ("DOB 2008, November 4th", "two thousand eight, November
    # fourth" once normalised)
    r"(?i)\b((?:19|20)\d{2},?\s+" + _MONTH + r"\.?\s+(?:the\s+)?\d{1,2}(?:st|nd|rd|th)?)\b",
    # "DOB 03042015", "dob: 20150304": eight digits with no separator, a date only after a birth label
    r"(?:^|[^\d/.\-])(\d{8})(?:$|[^\d/.\-]|[/.\-](?:[^\d]|$))",
    # the month named in another language ("22 de marzo de 2012", "11 maja 2013", "14 juillet 2011", "marzo 22,
    # 2012") and the year-month-day of Chinese, Japanese and Korean forms ("2012年3月22日", "2012년 3월 22일")
    # (one pattern, one scan: every pattern here runs whenever a birth label wakes the unit)
    r"(?i)(?:^|[^\pL\pN])((?:\d{1,2}(?:\s+de)?\s+" + month_fragment() + r"\.?,?|" + month_fragment()
    + r"\s+\d{1,2},?)\s+(?:del?\s+)?\d{4}\b|\d{4}\s*[年년]\s*\d{1,2}\s*[月월]\s*\d{1,2}\s*[日일]?)",
)
# a date on a scanned form read by OCR, with letters for the digits they look like ("O7/ll/2OO8", "02/l4/2O14"):
# only a birth label makes it a date, like every other format; `parse_date` reads the letters as those digits
_OCR_DATE = (r"(?:^|[^\pL\pN/.\-])((?-i:[0-9OlI]{1,2}/[0-9OlI]{1,2}/[0-9OlI]{4}"
             r"|[0-9OlI]{1,2}-[0-9OlI]{1,2}-[0-9OlI]{4}))(?:$|[^\pL\pN/.\-])")
_PATTERNS = (*_PATTERNS, _OCR_DATE)
_OCR_DIGITS = str.maketrans("OlI", "011")
_OCR_SHAPE = frozenset("0123456789OlI/-")
_TEXT_PARTS = Pattern(r"(?i)(\d{1,4})|(\pL+)")
# A date read out as numbers ("DOB seven fourteen two thousand twelve" arrives as "seven fourteen 2012";
# "7 14 2012" typed with spaces): month, day, four-digit year, each a word or digits. Only a birth label
# makes it a date, like every other format.
_NUMBER_WORDS = {w: i for i, w in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen"
    " seventeen eighteen nineteen twenty".split())}
_NUMBER_WORDS["thirty"] = 30
_MONTH_NUMBER = r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2})"
_DAY_NUMBER = (r"(?:(?:twenty|thirty)(?:[ -](?:one|two|three|four|five|six|seven|eight|nine))?|one|two|three"
               r"|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen"
               r"|eighteen|nineteen|\d{1,2}(?:st|nd|rd|th)?)")
_SPOKEN = r"(?i)\b(" + _MONTH_NUMBER + r",?[ \t]+" + _DAY_NUMBER + r",?[ \t]+\d{4})\b"
_PATTERNS = (*_PATTERNS, _SPOKEN)
_SPOKEN_PARTS = Pattern(r"(?i)[a-z]+|\d+")


def _spoken_date(value: str) -> datetime.date | None:
    numbers: list[int] = []
    for part in _SPOKEN_PARTS.finditer(value):
        word = part.group(0).lower()
        if word.isdigit():
            numbers.append(int(word))
        elif word in ("st", "nd", "rd", "th"):
            continue
        elif numbers and numbers[-1] in (20, 30) and len(numbers) == 2 and 0 < _NUMBER_WORDS.get(word, 0) < 10:
            numbers[-1] += _NUMBER_WORDS[word]  # "twenty one"
        elif word in _NUMBER_WORDS:
            numbers.append(_NUMBER_WORDS[word])
        else:
            return None
    if len(numbers) != 3 or numbers[2] < 1000:
        return None
    try:
        return datetime.date(numbers[2], numbers[0], numbers[1])
    except ValueError:
        return None


def parse_date(value: str) -> datetime.date | None:
    """The calendar date a matched string names, or None when it is no real date."""
    if not value.isdigit() and _OCR_SHAPE.issuperset(value) and sum(ch.isdigit() for ch in value) >= 3:
        value = value.translate(_OCR_DIGITS)  # "O7/ll/2OO8": a scan's letters for digits
    parts = value.replace("\r", "").replace("\n", "").replace("/", "-").replace(".", "-").replace("\u00b7", "-") \
        .split("-")
    if len(value) == 8 and value.isascii() and value.isdigit():
        # 20150304 (year first, as exports write it) or 03042015 (as a person keys a form's boxes)
        parts = [value[:4], value[4:6], value[6:]] if value[:2] in ("19", "20") and value[4:6] <= "12" \
            else [value[:2], value[2:4], value[4:]]
    try:
        # three parts, each of ASCII digits (none empty: `all` on the strings, in C, with one test of the joined
        # digits instead of a generator's test per part)
        joined = "".join(parts)
        if len(parts) == 3 and all(parts) and joined.isascii() and joined.isdigit() \
                and len(parts[0]) <= 4 and len(parts[1]) <= 2 and len(parts[2]) <= 4:
            a, b, c = parts
            if len(a) == 4:
                year, month, day = int(a), int(b), int(c)
            else:
                month, day, year = int(a), int(b), int(c)
                if month > 12 and day <= 12:
                    month, day = day, month  # 17/04/2012
                if len(c) == 2:
                    year += 2000 if year <= datetime.date.today().year % 100 else 1900
            return datetime.date(year, month, day)
        numbers: list[int] = []
        named_month: int | None = None
        for part in _TEXT_PARTS.finditer(value):
            if part.group(1):
                numbers.append(int(part.group(1)))
            elif named_month is None:
                word = part.group(2)
                named_month = month_number(word) or _MONTHS.get(word.lower()[:3])
        if named_month is None:
            if ("年" in value or "년" in value) and len(numbers) == 3:
                return datetime.date(numbers[0], numbers[1], numbers[2])  # year, month, day
            return _spoken_date(value)
        if len(numbers) == 2:
            if numbers[0] > 31:
                year, day = numbers  # "Jan 2014, the 17th"
            else:
                day, year = numbers  # "March 4 2015", "4 March '15": the year comes last
                if year < 100:
                    year += 2000 if year <= datetime.date.today().year % 100 else 1900
            return datetime.date(year, named_month, day)
    except ValueError:
        return None
    return None


# Place words say where someone was born, not what the date is ("born at Mercy Hospital on 3/4/2015")
_PLACE_KINDS = frozenset({"public_place", "home", "office_line"})


def _birth_label_before(ctx: ScanContext, pos: int) -> str | None:
    cell = ctx.cell_label(pos)
    if cell:
        return cell
    row = ctx.row_label(pos)
    if row:
        return row
    # "it asks for birthdate and phone: <date> and <phone>": labels listed in the order of the values after the colon
    # give the first value to the first label
    labels = ctx.labels_before(pos, 60)
    if len(labels) >= 2 and labels[-2].kind == "dob" and _LABELS_LISTED.search(ctx.text[labels[-2].end:pos]):
        return "dob"
    for label in reversed(labels):
        if label.kind in _PLACE_KINDS:
            continue
        if label.kind != "dob" and any(c.isalpha() for c in ctx.text[label.end:pos]):
            continue  # "DOB for the bus form - it's 06/19/2014": a noun in the sentence, not the date's label
        return label.kind
    # "the DOB in the SIS is wrong ..., mom says it's actually <date>": a correction carries the birth label on to
    # the date it gives, however far the label is
    if _CORRECTION_BEFORE.search(ctx.text[max(0, pos - 40):pos]):
        if any(label.kind == "dob" for label in ctx.labels_before(pos, _CORRECTION_REACH)):
            return "dob"
    # "HR needs my DOB ... typing it here so Carla can enter it: Lorraine Pfeiffer, 08/11/1979", "a birthdate for the
    # sibling (Aria W.) - dad just texted it: 2020-01-17": the date given after "it:", or after a colon and a person's
    # name, is the one the birth label asked for, however far back, when no other number stands between
    if _GIVEN_AFTER_COLON.search(ctx.window(pos - 48, pos)):
        labels = [label for label in ctx.labels_before(pos, _CORRECTION_REACH) if label.kind == "dob"]
        if labels and not any(ch.isdigit() for ch in ctx.text[labels[-1].end:pos]):
            return "dob"
    return None


# between the first of two listed labels and the first value: "and phone: ", ", cell #: ", " & address - "
_LABELS_LISTED = Pattern(r"(?i)^[ \t]*(?:,|&|\+|/|\band\b)[ \t]*(?:[\pL#]+[ \t]*){1,3}[:\-][ \t]*$")


_GIVEN_NAME_PART = (r"(?:(?:Mr|Ms|Mrs|Mx|Dr|Coach|Miss)\.?[ \t]+)?\p{Lu}[\p{Ll}'\x{2019}\-]+"
                    r"(?:[ \t]+\p{Lu}[\p{Ll}'\x{2019}\-]+)?")
_NAME_SEPARATOR = r"[ \t]*[,\-\x{2013}\x{2014}]"
_GIVEN_AFTER_COLON = Pattern(r"(?:\b(?i:it)[ \t]*:[ \t]*(?:" + _GIVEN_NAME_PART + _NAME_SEPARATOR + r"?[ \t]*)?"
                             r"|:[ \t]*" + _GIVEN_NAME_PART + _NAME_SEPARATOR + r"[ \t]*)$")


# the words that give a date as the right one instead of a wrong one, said of the date already spoken of ("it's
# actually", "the right one is", "should be"); "graduation is actually ..." names another thing the date is of
_CORRECTION_BEFORE = Pattern(r"(?i)(?:\bit['\x{2019}]?s|\bit\s+is|\bit\s+was|\bone\s+is|\bthat['\x{2019}]?s"
                             # "the correct date from her passport is ...", "real one per mom:" (where it was read, not
                             # what it is the date of: "the correct date for the trip is ..." is the trip's)
                             r"|\b(?:correct|right|real|actual|true)\s+(?:date|one)(?:\s+(?:from|per|on|in|according"
                             r"\s+to)\s+[^.!?\n\d:=]{1,30}?)?\s*(?:\bis|=|:)"
                             r"|\bshould\s+(?:be|say|read)|\bsupposed\s+to\s+be|\bcorrect(?:ed)?\s+to)"
                             r"(?:[ \t]+(?:actually|really))?[ \t]*:?[ \t]*$")
_CORRECTION_REACH = 160


# An event between a birth word and the date makes the date the event's ("Born to Read week starts 3/3",
# "birthday assembly is on ...", "b-day party: 5/6/2024")
_EVENT_BETWEEN = Pattern(r"(?i)\b(?:week|night|day|party|parties|celebration|assembly|fair|event|starts?|begins?|due"
                         r"|deadline"
                         r"|kicks?\s+off|club|drive|month|lunch|breakfast|potluck|cake|card|list|calendar)\b")


# the labels that name the date itself (a date of birth), not the day it comes round (a birthday)
_NAMES_THE_DATE = Pattern(r"(?i)^(?:d[./]?[o0][./]?b|dates?[\s_-]+[o0]f[\s_-]+birth|birth[\s_]*dates?)")
_PAPER_FOR_THE_DATE = Pattern(r"(?i)\b(?:card|list|calendar)s?\b")


# A range or a cut-off makes the date an eligibility rule, no one's birth date ("children born between 9/2/2020
# and 9/1/2021", "born on or after 9/2/2020 may register")
# (right before the date: "born before her brother, on 11/19/2013" is a birth date)
_RANGE_BETWEEN = Pattern(r"(?i)\b(?:between|after|before|prior\s+to|on\s+or\s+(?:after|before)|no\s+later\s+than"
                         r"|not\s+later\s+than|no\s+earlier\s+than)\s+(?:the\s+)?$|\bbetween\s+\S+\s+(?:and|to|-)\s+$")


# "(b. 4/18/2013)" is a birth date only right after a person's name ("Whitaker, June (b. ..."), not after
# "item (b. ...)"
# (a short aside may stand between: "Lorraine Hughes (new clerk), b. 11/25/93")
# a first name with its last initial counts ("Marcus D. (b. 7/4/11)")
_NAME_BEFORE = Pattern(r"(\p{Lu}[\p{Ll}'\-]+)(?:[ \t]+\p{Lu})?\.?(?:[ \t]*\([^()\n]{1,30}\))?[ \t]*$")


_FULL_NAME_BEFORE = Pattern(r"\p{Lu}[\p{Ll}'\-]+,?[ \t]+\p{Lu}(?:['\x{2019}]\p{Lu})?[\p{Ll}'\-]+$")
# "Jaylen b. March 4, 2011": a first name alone before a bare "b." too, unless it is an outline's word
_ONE_NAME_BEFORE = Pattern(r"(?:^|[\s(\-])(\p{Lu}[\p{Ll}'\-]+)$")
_OUTLINE_WORDS = frozenset({"item", "plan", "part", "step", "section", "option", "question", "exhibit", "appendix",
                            "chapter", "unit", "page", "line", "note", "level", "tier", "phase", "form", "grade",
                            "room", "table", "figure", "schedule", "group", "team", "version", "column"})


# a dash or a colon between the name and the "b." sets the aside off ("Lucas Ortega - b. 9/2/2014")
_NAME_SET_OFF = Pattern(r"[ \t]*[\-\x{2013}\x{2014}:][ \t]*$")


def _name_before_bare_b(ctx: ScanContext, pos: int) -> bool:
    before = ctx.window(pos - 40, pos)
    set_off = _NAME_SET_OFF.search(before)
    if set_off is not None:
        before = before[:set_off.start()]
    if _FULL_NAME_BEFORE.search(before):
        return True
    one = _ONE_NAME_BEFORE.search(before)
    return one is not None and one.group(1).lower() not in _OUTLINE_WORDS


def _row_names_a_person(ctx: ScanContext, pos: int) -> bool:
    """Whether the row a "| b." cell sits in names a person before it (a whole name or a student ID)."""
    row_start = ctx.text.rfind("\n", 0, pos) + 1
    return any(row_start <= a < pos for a, _ in ctx.person_names) \
        or any(row_start <= a < pos for a, _ in ctx.student_ids)


# a birth certificate or record names the date only when the date is what it reads: "birth cert says 4/17/2015"
_BIRTH_DOCUMENT = Pattern(r"(?i)^birth[\s-]+(?:cert|record)", ("birth",))  # ("DOB": no RE2 call)
# (the paper may be said as the one handed in, and the date set in brackets after it: "the birth certificate they
# brought (3/4/2014)", "birth cert mom dropped off: ...")
_DOCUMENT_READS = Pattern(r"(?i)^[ \t]*(?:(?:that|which)[ \t]+)?"
                          r"(?:(?:they|she|he|mom|dad|the[ \t]+family|the[ \t]+parents?"
                          r"|grandma|we|i)[ \t]+(?:brought(?:[ \t]+in)?|gave[ \t]+us|sent(?:[ \t]+in)?|showed[ \t]+us"
                          r"|provided|dropped[ \t]+off|turned[ \t]+in|uploaded)[ \t]*)?"
                          r"(?:(?:says|said|shows|showed|has|had|reads|lists|is|gives)[ \t]*)?:?[ \t]*\(?$")


def _not_a_birth_label(ctx: ScanContext, pos: int) -> bool:
    """An event word between the birth label and the date, or an aside "b." that follows no name."""
    if ctx.cell_label(pos) == "dob":
        return False  # a table's DOB column: a later header ("event", "due") is another column's, not between
    # the birth label itself: a place word after it ("birthday party for the school is ...") is no birth label
    labels = [label for label in ctx.labels_before(pos, 60) if label.kind == "dob"]
    if not labels:
        return False
    label = labels[-1]
    if ctx.text[label.start] in "|\t/":
        return not _row_names_a_person(ctx, label.start)
    if ctx.text[label.start] in "([,;":
        name = _NAME_BEFORE.search(ctx.window(label.start - 30, label.start))
        if name is None or name.group(1).lower() in _OUTLINE_WORDS:
            return True  # "Plan B. (b. ...)", "item (b. ...)": names no one
    if ctx.text[label.start] in " \t" and not _name_before_bare_b(ctx, label.start):
        return True  # "plan b. 3/4/2019", "Item b. ...": a bare "b." needs a name before it
    between = ctx.window(label.end, pos)
    if _NAMES_THE_DATE.search(ctx.text[label.start:label.end]):
        # "DOB for the tournament card: ...": a label that names the date itself keeps it through the paper it goes on
        # (a card, a list, a calendar); a party or a week has no date of birth, so those still take it
        for a, b in _PAPER_FOR_THE_DATE.spans(between):
            between = between[:a] + " " * (b - a) + between[b:]
    if _BIRTH_DOCUMENT.search(ctx.text[label.start:label.end]):
        return not _DOCUMENT_READS.search(between)  # "birth certificate copies were mailed 3/2/2023": no reading
    if not between.strip(" \t:"):
        return False  # "DOB: 3/4/2013": nothing between, so no event or range word (both need letters)
    return bool(_EVENT_BETWEEN.search(between) or _RANGE_BETWEEN.search(between))


def _two_digit_year_counts_something(ctx: ScanContext, m: Match) -> bool:
    """"born March 4 15 minutes apart": a named month's bare two-digit "year" with a word after it counts
    something ("'15", or the number ending the statement, is a year)."""
    value = m.value
    if not (value[-2:].isdigit() and value[-3:-2] in (" ", "\t", ",") and value[:1].isalpha()):
        return False
    return ctx.window(m.end, m.end + 4).lstrip(" \t")[:1].isalpha()


# [today, the day a year before, the local day's first and last second as time.time() reads them]: the local date,
# read again only once the clock leaves that day (date.today() and the subtraction cost about 1.3 us a candidate)
_DAY: list[tuple[datetime.date, datetime.date, float, float]] = []


def _today() -> tuple[datetime.date, datetime.date]:
    """`datetime.date.today()` and the day 365 days before it: the same local date, kept for the day it names."""
    now = time.time()
    if _DAY:
        today, year_ago, first, last = _DAY[0]
        if first <= now < last:
            return today, year_ago
    today = datetime.date.fromtimestamp(now)  # (what date.today() is)
    first = datetime.datetime.combine(today, datetime.time()).timestamp()
    last = datetime.datetime.combine(today + datetime.timedelta(days=1), datetime.time()).timestamp()
    _DAY[:] = [(today, today - datetime.timedelta(days=365), first, last)]
    return today, _DAY[0][1]


# "If you type 2008-03-14 it rejects it", "when someone enters something like 1/2/2010": a date anyone might type,
# said to test a field or a format, is nobody's (a person's own entry names them: "when I enter her DOB ...")
_TYPED_BY_ANYONE_BEFORE = Pattern(r"(?i)\b(?:if|when|whenever|once)[ \t]+(?:you|u|someone|somebody|anyone|anybody"
                                  r"|a[ \t]+(?:user|parent|teacher))[ \t]+(?:type|enter|put|key|input|paste)s?"
                                  r"(?:[ \t]+in)?[ \t]+(?:(?:a[ \t]+date[ \t]+)?(?:like|such[ \t]+as)[ \t]+"
                                  r"|something[ \t]+like[ \t]+)?[\"'\x{201C}\x{2018}`]?$")


def _accept(ctx: ScanContext, m: Match) -> bool:
    if _two_digit_year_counts_something(ctx, m) or _TYPED_BY_ANYONE_BEFORE.search(ctx.window(m.start - 48, m.start)) \
            or ctx.in_stand_in_row(m.start):
        return False
    date = parse_date(m.value)
    # a birth date lies at least a year back: "Born to Read night is 11/12" and party dates do not
    today, year_ago = _today()
    if date is None or date > year_ago:
        return False
    if date.year < today.year - OLDEST_LIVING_AGE:
        return False  # "Dr. Seuss was born March 2, 1904": a historical figure, not a colleague or a student
    if _birth_label_before(ctx, m.start) != "dob" or _not_a_birth_label(ctx, m.start):
        if not _age_matches(ctx, m, date, today) and not _in_a_birthday_list(ctx, m, date, today) \
                and not _birthday_with_its_year(ctx, m, date, today):
            return False
    return not _not_a_birth(ctx.window(m.start - 120, m.end + 80)) and not _born_a_thing(ctx, m.start)


# a name right before a list item's date: "Webb 05/15/1963", "Ms. Ortiz 7/9/1971", "Patel, Ravi - 3/4/1979"
_LIST_NAME_BEFORE = Pattern(r"(?:^|[\s,;:(|\-])(?:(?:Mr|Ms|Mrs|Mx|Dr|Coach|Miss)\.?[ \t]+)?\p{Lu}[\p{Ll}'\x{2019}\-]+"
                            r"(?:,?[ \t]+\p{Lu}[\p{Ll}'\x{2019}\-]+)?\.?[ \t]*[:\-\x{2013}\x{2014}(]?[ \t]*$")
# between a birthday heading and its list, an event makes the dates the event's ("birthday party on ...");
# a list, a calendar, a card or a committee does not ("birthdays for the staff calendar: Name date, ...")
_EVENT_NOT_LIST = Pattern(r"(?i)\b(?:week|night|party|parties|celebration|assembly|fair|event|starts?|begins?"
                          r"|kicks?\s+off|club|drive|lunch|breakfast|potluck|reading|read)\b")
# a list item is this many years back at least: a year of birth, not the date of a recent event
_LIST_MIN_YEARS = 3
_LIST_REACH = 240


def _in_a_birthday_list(ctx: ScanContext, m: Match, date: datetime.date, today: datetime.date) -> bool:
    """"birthdays for the staff calendar: Webb 05/15/1963, Ng 01/17/1983": a birthday heading over a list of
    names, each with a full date whose year is a plausible year of birth, gives each person's date of birth
    (the year makes it one; "Ortiz 7/9" without a year is a birthday, and no date here)."""
    if today.year - date.year < _LIST_MIN_YEARS:
        return False
    if not _LIST_NAME_BEFORE.search(ctx.window(m.start - 40, m.start)):
        return False
    lo = max(0, m.start - _LIST_REACH)
    if "\n\n" in ctx.window(lo, m.start):
        lo = ctx.text.rfind("\n\n", lo, m.start)
    for label in reversed(ctx.labels_before(m.start, m.start - lo)):
        if label.kind == "dob" and label.start >= lo:
            between = ctx.window(label.end, m.start)
            return not (_EVENT_NOT_LIST.search(between) or _RANGE_BETWEEN.search(between))
    return False


def _birthday_with_its_year(ctx: ScanContext, m: Match, date: datetime.date, today: datetime.date) -> bool:
    """"Adding Ms. Ruiz to the staff birthday calendar: 4/30/1988": a birthday written down (a calendar, a list,
    a card) with a year years back is the person's date of birth; the year is what makes it one. A party, an
    event or a cut-off between the word and the date still makes the date theirs."""
    if today.year - date.year < _LIST_MIN_YEARS:
        return False
    labels = [label for label in ctx.labels_before(m.start, 60) if label.kind not in _PLACE_KINDS]
    if not labels or labels[-1].kind != "dob" or ctx.text[labels[-1].start] in "([,;|\t/ ":
        return False  # another label names the date ("invoice 10/02/2023"); the bare "b." has its own rule
    if _BIRTH_DOCUMENT.search(ctx.text[labels[-1].start:labels[-1].end]):
        return False  # a birth certificate's date is read by _not_a_birth_label
    between = ctx.window(labels[-1].end, m.start)
    return "\n" not in between and not (_EVENT_NOT_LIST.search(between) or _RANGE_BETWEEN.search(between))


_AGE_NUMBER = Pattern(r"(\d{1,2})")


def _age_matches(ctx: ScanContext, m: Match, date: datetime.date, today: datetime.date) -> bool:
    """"Ana R., age 10 (3/4/2015)": a person's age beside a full date that lies that many years back makes the
    date the birth date with no birth word (an event date lies weeks or months back, not a lifetime)."""
    if ctx.window(m.start - 4, m.start).rstrip(" \t")[-1:] not in ("(", ",", "|", "-", ":", "[", "\t", "\n"):
        return False  # "age 10, enrolled 3/4/2015": a date a verb takes is that act's, whatever the years
    ages = list(_AGE_NEAR.finditer(ctx.window(m.start - 40, m.end + 30)))
    if not ages:
        return False
    years = today.year - date.year - ((today.month, today.day) < (date.month, date.day))
    for age in ages:
        number = _AGE_NUMBER.search(age.group(0))
        if number and abs(int(number.group(1)) - years) <= 1 and years >= 2:
            return True
    return False


# -- a birthday without its year beside the person's age: together they are the date of birth ---------------------

# "turns 11 on 3/4", "age 10, bday 3/4", "(9 yrs old, birthday March 4)"
# (an ordinal birthday is an age too: "her 8th birthday is March 4"; "will be 7 on", "'ll be 7 on" as "turns")
_AGE = (r"(?:\b(?:turns?|turning|turned|age|aged|(?:will|'ll|\x{2019}ll)[ \t]+be)[ \t]+\d{1,2}\b"
        r"|\b\d{1,2}[ \t]*(?:yrs?|years?)[ \t-]*old\b|\b\d{1,2}(?:st|nd|rd|th)[ \t]+(?:birthday|bday|b-day)\b)")
# "3/4", "March 4th", "the 4th of March", "4th March"
_MONTH_DAY = (r"(?i)(?:^|[^\d/.\-])(\d{1,2}/\d{1,2})(?:$|[^\d/]|/[^\d])|\b(" + _MONTH
              + r"\.?[ \t]+\d{1,2}(?:st|nd|rd|th)?)\b(?:$|[^,\d]|,[ \t]*[^\d \t])"
              + r"|\b(\d{1,2}(?:st|nd|rd|th)?[ \t]+of[ \t]+" + _MONTH + r"|\d{1,2}(?:st|nd|rd|th)[ \t]+" + _MONTH
              + r")\b(?:$|[^,\d]|,[ \t]*[^\d \t])")
_TURNS_ON = Pattern(r"(?i)\b(?:turn(?:s|ed|ing)?|(?:will|'ll|\x{2019}ll)[ \t]+be)[ \t]+\d{1,2}[ \t]+on[ \t]+"
                    r"(?:the[ \t]+)?$")
_AGE_NEAR = Pattern("(?i)" + _AGE)


def _month_day_valid(value: str) -> bool:
    if "/" in value:
        month, _, day = value.partition("/")
        return 1 <= int(month) <= 12 and 1 <= int(day) <= 31
    return parse_date(value + " 2000") is not None


def _accept_age_and_birthday(ctx: ScanContext, m: Match) -> bool:
    """"Jaylen turns 11 on 3/4", "Ana, age 10, bday 3/4": a month and day become a date of birth when the text
    gives the person's age with them ("turns N on" right before, or an age and a birthday label)."""
    if not _month_day_valid(m.value):
        return False
    before = ctx.window(m.start - 60, m.start)
    if _TURNS_ON.search(before):
        return not _not_a_birth(ctx.window(m.start - 120, m.end + 80))
    if _birth_label_before(ctx, m.start) != "dob" or _not_a_birth_label(ctx, m.start):
        return False
    return bool(_AGE_NEAR.search(ctx.window(m.start - 60, m.end + 40)))


# -- a roster row without a header: a name, a date, a grade ("Jaylen Moore 03/04/2011 Gr 8") -----------------------

# the name, the date and the grade cell in a row; ASCII classes (a roster's export is ASCII and RE2 is faster so)
_ROSTER_ROW_DATE = (r"(?:^|[^A-Za-z])[A-Z][a-z'\-]+,?[ \t]+[A-Z][a-z'\-]+\.?[ \t]*[,|\t]?[ \t]*"
                    r"(\d{1,2}/\d{1,2}/\d{4})[ \t]*[,|\t]?[ \t]*(?:(?i:gr|grade)\.?[ \t]*\d{1,2}\b|\d{1,2}(?:st|nd|rd"
                    r"|th)\b"
                    r"|K\b|PK\b|(?i:kinder)"
                    # or the student's ID after it: "Ruiz, Kimberly 3/14/2013 ID 20734415"
                    r"|(?i:id|sid|student[ \t]*id|stu)?[ \t]*[:#]?[ \t]*\d{8}\b)")
# a student's age: a row's date further back or more recent is an enrolment, a hire or an event
_STUDENT_AGES = (3, 22)


def _age_in(value: str, ages: tuple[int, int]) -> float | None:
    """Years since the date `value` names, where they fall within `ages` (a student's, a living person's); None
    for a text that is no date or an age outside them. The rows' readers each take a date by the age it gives."""
    date = parse_date(value)
    if date is None:
        return None
    years = (datetime.date.today() - date).days / 365.25
    return years if ages[0] <= years <= ages[1] else None


def _accept_roster_row_date(ctx: ScanContext, m: Match) -> bool:
    if _age_in(m.value, _STUDENT_AGES) is None:
        return False
    row_start = ctx.text.rfind("\n", 0, m.start) + 1
    first = ctx.text[row_start:m.start].split(None, 1)[:1]
    return not first or first[0].lower().strip(",") not in _NOT_A_NAME_START


# -- a date in a student's row opened by the ID ("24396293,OKAFOR,CHIDI,M,2012-07-30,6", "51681031 | Tran, Kenji |
# 11/10/2013"): an export of one child per row; a date of a child's age in it is the child's birth date ------------

_ID_ROW_DATE = (r"(?m)^[ \t*>`\x{2022}-]*\d{8}\b[^\n]{1,60}?(?:^|[^\d/.\-])(\d{1,2}/\d{1,2}/\d{4}|\d{4}-\d{2}-\d{2})"
                r"(?:$|[^\d/.\-])")


def _accept_id_row_date(ctx: ScanContext, m: Match) -> bool:
    """The row's opening number is a student ID (the student-ID unit's own reading of the row) and the date is of a
    student's age: an enrolment, an order or a ticket's date is further back or more recent."""
    if _age_in(m.value, _STUDENT_AGES) is None:
        return False
    row_start = ctx.text.rfind("\n", 0, m.start) + 1
    return any(row_start <= a < m.start for a, _ in ctx.student_ids)


# -- the same export pasted anywhere in a line: a date as the next cell after the ID, or after the ID and the name's
# cells ("Ng, Tuan\t\t50967529\t07/19/2013", "reject file: 75875543 | Yusuf Karim | 2012-10-30", CSV cells in quotes,
# "Zainab Farouk 48255694 06/02/2013"). Only separators and capitalised cells stand between the number and the date:
# a word such as "enrolled" or "since" there makes the date something that happened to the student. --------------

_CELL_GAP = r"(?:[ \t]*[,;|\t][ \t]*|[ \t]+)"
_ID_CELL_DATE = (r"(?:^|[^\d\-./])\d{8}[\"']?" + _CELL_GAP + r"(?:[\"']?[A-Z][A-Za-z'\-]*\.?[\"']?" + _CELL_GAP
                 + r"){0,4}[\"']?(\d{1,2}/\d{1,2}/\d{4}|" + r"\d{4}[\-.]\d{2}[\-.]\d{2}"
                 # an export's compact year-first date ("24396293,OKAFOR,CHIDI,20120730,M")
                 + r"|(?:19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01]))(?:$|[^\d/.\-]|\.(?:$|\D))")
# a person's name written as a roster writes it, "Last, First" ("Office Depot" after a PO number is not)
_ID_THEN_NAME = Pattern(r"^\d{8}[\"']?(?:[ \t]*[,;|\t][ \t]*|[ \t]+)[\"']?[A-Z][A-Za-z'\-]+,[ \t]*[A-Z][a-z]")
_EIGHT_DIGITS = Pattern(r"\d{8}")


def _accept_id_cell_date(ctx: ScanContext, m: Match) -> bool:
    """The date is of a student's age and the number before it is a student ID (the ID unit's reading), or a
    "Last, First" name stands between them: a row of one child, whatever came before it on the line."""
    if _age_in(m.value, _STUDENT_AGES) is None:
        return False
    row_start = ctx.text.rfind("\n", 0, m.start) + 1
    cells = ctx.text[max(row_start, m.start - 90):m.start]
    last = None
    for found in _EIGHT_DIGITS.finditer(cells):
        last = found.start()
    if last is None:
        return False
    at = m.start - len(cells) + last
    return any(a == at for a, _ in ctx.student_ids) or _ID_THEN_NAME.search(cells[last:]) is not None


# -- a person's contact row: a name, a full date, then where the person lives or how to reach them ("- Ana Ruiz,
# 4/2/2013, 1818 W Cullerton St, 312-555-0100", "Lorraine Pak | 1988-04-19 | lorrpak@..."): a list of people typed
# from a form, where the one date beside the name and the contact is the person's birth date --------------------

_CONTACT_CELL = (r"(?:\d{1,6}[ \t]+(?:[NSEW]\.?[ \t]+)?\p{Lu}[\pL'.\-]*[ \t]+\p{Lu}"
                 r"|\(?\d{3}\)?[ \t.\-]?\d{3}[ \t.\-]\d{4}\b|[\w.+\-]+@[\w\-]+\.)")
_CONTACT_ROW_DATE = (r"(?m)(?:^[ \t*>\x{2022}\-]*(?:\d{1,2}[.)][ \t]+)?|:[ \t]+)(?:(?:Mr|Ms|Mrs|Mx|Dr)\.?[ \t]+)?"
                     r"\p{Lu}[\p{Ll}'\-]+,?[ \t]+\p{Lu}[\p{Ll}'\-]+\.?[ \t]*(?:[,|\t;]|[\-\x{2013}\x{2014}][ \t])[ \t]*"
                     r"(\d{1,2}/\d{1,2}/\d{4}|\d{4}-\d{2}-\d{2})[ \t]*(?:[,|\t;]|[\-\x{2013}\x{2014}][ \t])[ \t]*"
                     + _CONTACT_CELL)
# a birth year: a person of school age at least, a living person at most
_CONTACT_AGES = (3, OLDEST_LIVING_AGE)


def _accept_contact_row_date(ctx: ScanContext, m: Match) -> bool:
    """A child's age needs no more; an adult's date needs a birth word somewhere in the message ("birthday club
    sheet: Name, 1988-04-19, ...") — a staff row's date years back may be a hire date."""
    years = _age_in(m.value, _CONTACT_AGES)
    if years is None:
        return False
    if years > _STUDENT_AGES[1] and not any(label.kind == "dob" for label in ctx.labels):
        return False
    row_start = max(ctx.text.rfind("\n", 0, m.start), ctx.text.rfind(":", 0, m.start)) + 1
    first = ctx.text[row_start:m.start].strip(" \t*>\u2022-").split(None, 1)[:1]
    if first and first[0].lower().strip(",") in _NOT_A_NAME_START:
        return False
    return not _not_a_birth(ctx.window(m.start - 120, m.end + 80))


# -- a list of children, a line each: a whole name and a full date of a child's age closing the line, and nothing else
# ("- Elijah Park 04/02/2020" over "- Sofia Nunez 12/19/2019"): a screening, a class or a team list gives each child's
# birth date; a list said to be of something that happened (an enrolment, an entry, a hire, a visit) gives its dates --

_NAME_ROW = (r"^[ \t*>\x{2022}-]*[A-Z][a-z'\-]+[ \t]+[A-Z][a-z'\-]+(?:[ \t]+[A-Z][a-z'\-]+)?"
             r"[ \t]*[,:\-]?[ \t]*"
             r"(\d{1,2}/\d{1,2}/\d{4}|\d{4}-\d{2}-\d{2})[ \t]*$")
_NAME_ROW_DATE = "(?m)" + _NAME_ROW     # the detector's: every such row of the message
_NAME_ROW_LINE = Pattern(_NAME_ROW)     # one line of its block, read row by row
# the ages of the children such a list is of (a list of adults' dates is a staff sheet, read by its birth word)
_CHILD_LIST_AGES = (3, 19)
_LIST_OF_HAPPENINGS = Pattern(r"(?i)\b(?:enroll\w*|enrol\w*|entr(?:y|ies)|entered|hired?|hiring|start(?:ed|s|ing)?"
                              r"|since|joined|anniversar\w*|retire\w*|last|attended|visits?|appointments?|due"
                              r"|expir\w*|exit\w*|withdr\w*|moved|transferr?\w*|graduat\w*|absen\w*|tard\w*"
                              r"|incidents?|referrals?|arrived|arrival|admitted|adopted|placed|placement|signed"
                              r"|issued|completed|vaccin\w*|shots?\s+given|immuniz\w*|dose|seen|checked)\b")


def _accept_name_row_date(ctx: ScanContext, m: Match) -> bool:
    """Two lines or more of the block are such rows, every row's date is of a child's age, and neither the block's
    heading nor its rows say the dates are of something that happened."""
    if _age_in(m.value, _CHILD_LIST_AGES) is None:
        return False
    text = ctx.text
    lo = text.rfind("\n\n", 0, m.start)
    lo = 0 if lo < 0 else lo + 2
    hi = text.find("\n\n", m.end)
    block = text[lo:hi if hi >= 0 else len(text)]
    rows = 0
    for line in block.split("\n"):
        row = _NAME_ROW_LINE.search(line)
        if row is None:
            continue
        if _age_in(row.group(1), _CHILD_LIST_AGES) is None:
            return False
        rows += 1
    return rows >= 2 and not _LIST_OF_HAPPENINGS.search(block) and not _not_a_birth(block)


# a row that starts with these is a schedule or a log, not a person
_NOT_A_NAME_START = frozenset({"due", "meeting", "event", "practice", "game", "field", "open", "report", "progress",
                               "picture", "parent", "conference", "conferences", "spring", "fall", "winter"})


DETECTORS = (
    PatternDetector(name="date_of_birth_roster_row", finding_type="date_of_birth", patterns=(_ROSTER_ROW_DATE,),
                    group=1, accept=_accept_roster_row_date),
    PatternDetector(name="date_of_birth_name_rows", finding_type="date_of_birth", patterns=(_NAME_ROW_DATE,),
                    group=1, accept=_accept_name_row_date),
    PatternDetector(name="date_of_birth_id_row", finding_type="date_of_birth", patterns=(_ID_ROW_DATE,),
                    group=1, accept=_accept_id_row_date),
    PatternDetector(name="date_of_birth_id_cell", finding_type="date_of_birth", patterns=(_ID_CELL_DATE,),
                    group=1, accept=_accept_id_cell_date),
    PatternDetector(name="date_of_birth_contact_row", finding_type="date_of_birth", patterns=(_CONTACT_ROW_DATE,),
                    group=1, accept=_accept_contact_row_date),
    PatternDetector(name="date_of_birth_age_and_birthday", finding_type="date_of_birth",
                    patterns=(_MONTH_DAY,), group=-1, accept=_accept_age_and_birthday,
                    trigger_patterns=("(?i)" + _AGE,)),
    # the four formats as one alternation: one pass over the text instead of four
    PatternDetector(name="date_of_birth", finding_type="date_of_birth",
                    patterns=("|".join(f"(?:{p})" for p in _PATTERNS),), alternatives=_PATTERNS, group=-1,
                    accept=_accept, trigger_patterns=tuple("(?i)" + fragment for _, fragment in LABELS)
                    + ("(?i)" + _AGE,)),
)

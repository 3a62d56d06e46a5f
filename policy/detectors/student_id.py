"""Student IDs: eight digits that context ties to a student.

Eight digits alone are as often a ticket, PO, invoice, asset tag or vendor number, so a candidate needs a
student-ID label before it ("student ID", "ID#", "stu#", a roster's student_id column) or a person's name
right beside it ("Aaliyah Harris 44018297", "52764019 (Sofia Mendez)"), and no reference label nearer.
"""
from __future__ import annotations

import datetime
import re
from bisect import bisect_right
from collections.abc import Iterable

from policy.detectors.base import Candidate, counting_filler, digits_of, one_repeated_digit
from policy.detectors.context import Label, ScanContext
from policy.detectors.names import NOT_FIRST_NAMES, STOP_WORDS, TITLES, is_given_name, title_before
from policy.detectors.patterns import Pattern
from policy.document import District
from policy.translate_tables import ascii_table

LABELS = (
    # the card or badge a student ID is printed on names the ID it carries ("new ID card for <number>"): "card"
    # there is no payment card's label
    # (a lunch card is printed with the student's ID as well: "reprint the lunch card for <number>")
    ("student_id", r"\b(?:(?:(?:student|school)\s+)?id|lunch)\s+(?:cards?|badges?)"
                   r"(?:\s+(?:printed|made|reprinted|replaced))?"
                   r"(?:\s+(?:for|of))?(?:\b|\s|:)"),
    ("student_id", r"\b(?:student[\s_]*(?:id|number|no\.?|#)s?|stu(?:dent)?[\s_.]*(?:#|id\b|no\b\.?|nbr\b|num\b)"
                   r"|stu\.?|id\s*(?:#|no\.?|numbers?)"
                   r"|ids?|lunch\s*(?:id|number|no\.?|#|account|acct|balance)|(?:pupil|learner)[\s_]*(?:ids?|numbers?|num\b|nbr\b|no\.?|#)"
                   # the student information system's own number ("SIS #", "sis no.") and the dotted "I.D."
                   r"|sis\s*(?:id|#|no\.?|number|nbr)|i\.d\.(?:\s*#)?|sid|students?)(?:\b|\s|#|:)"),
)

# no capture group (found by DFA alone); the eight digits are located inside the match in Python
# ("#" before the digits is allowed, "student #43480647", but then only a student label or a name counts)
# The right edge is checked in Python: a pattern that consumed the character after the digits would hide
# the next number in a list ("50918273\n61027384").
# ("No.31534293": a number sign's abbreviation glued to the digits, where a full stop is no decimal point)
_CLEAN_START = r"(?:^|[^\d\-./$]|(?i:no)\.)"
_EIGHT_DIGITS = Pattern(_CLEAN_START + r"\d{8}")
_ASCII_DIGITS = frozenset("0123456789")
_DROP_DIGITS = str.maketrans("", "", "0123456789")
_ASCII_DIGIT_BYTES = b"0123456789"
# What may follow the eight digits (`_ends_cleanly`): not a ninth digit or one of `_NOT_AFTER`; one of `_JOINERS`
# only when no digit follows it (it would join another number). The triggers that end on the number are built from
# the same data (`_CLEAN_END`), so the prefilter wakes the unit wherever the unit reads a number: a letter straight
# after the digits ("<number>MARTINEZ, LUIS", cells a PDF copy ran together) is no word boundary, but it is a
# clean end.
_NOT_AFTER = "%"
_JOINERS = "-/"
_CLEAN_END = "(?:$|[^\\d" + re.escape(_NOT_AFTER + _JOINERS) + "]|[" + re.escape(_JOINERS) + "][^\\d])"
# the eight digits with both their edges, as a trigger reads them where the unit would find a number
_EIGHT_FRAGMENT = _CLEAN_START + r"\d{8}" + _CLEAN_END


def _ends_cleanly(text: str, end: int) -> bool:
    """No ninth digit, no "%", and no "-"/"/" joining another number after the eight digits."""
    nxt = text[end:end + 1]
    if not nxt:
        return True
    if nxt in _ASCII_DIGITS or nxt in _NOT_AFTER:
        return False
    if nxt in _JOINERS:
        after = text[end + 1:end + 2]
        return bool(after) and after not in _ASCII_DIGITS
    return True


# "00000001", "00004417": a zero-padded sequence number, a test record's or a form's counter, never an issued ID
_ZERO_PADDED = "00000"
# "75377795-cd5d-4c09-...": the first group of a GUID (a request's, a sync's, a device's), not a number of its own
_GUID_AFTER = re.compile(r"-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}")
# "41206638@cps.edu": the user name of an account on the district's own domain, when it is eight digits, is a
# student's ID (staff accounts are named for the person)
_ACCOUNT_DOMAIN = re.compile(r"@([A-Za-z0-9.-]+)")


_CELL_EDGE = re.compile(r"[ \t\"']*(?:[,;|\t\n]|$)")


def _whole_cell(text: str, start: int, end: int) -> bool:
    """Whether the number alone fills its cell ("...,46443186,1845.00"), not a row of prose under a line read as a
    header ("- Kayla Strom 21334078, cell ..." under "Cap & gown order follow-ups, please call:")."""
    lo = max(0, start - 4)
    before = text[lo:start][::-1]
    return bool(_CELL_EDGE.match(before)) and bool(_CELL_EDGE.match(text, end))


def _district_account(text: str, end: int, district: District) -> bool:
    """The number is the whole user name of an address on one of the district's e-mail domains."""
    if text[end:end + 1] != "@" or not district.email_domains:
        return False
    m = _ACCOUNT_DOMAIN.match(text, end)
    host = m.group(1).lower().rstrip(".") if m else ""
    return any(host == d or host.endswith("." + d) for d in district.email_domains)


# A link into the student information system carries the student's ID in its path or query
# ("https://sis.example/students/40958172/profile", "...?studentid=40958172"); a link anywhere else (a help-desk
# ticket, a document) carries some other number.
_LINK = Pattern(r"(?i)\bhttps?://[^\s<>|\"'`]{1,400}")
_LINK_EIGHT = Pattern(r"(?:^|[^\d])(\d{8})(?:$|[^\d])")
_STUDENT_LINK = Pattern(r"(?i)student|pupil|learner|\bsis\b|powerschool|infinitecampus|skyward|synergy"
                        r"|[?&](?:sid|stu_?id)=")


def _links(text: str, systems: frozenset[str] = frozenset()) -> list[tuple[int, int, bool]]:
    """(start, end, whether it points into the student information system) of every link; `systems` are the
    district's own gradebook and student-system names (policy file `district.systems`)."""
    if "://" not in text:
        return []
    return [(a, b, bool(_STUDENT_LINK.search(text[a:b])) or any(s in text[a:b].lower() for s in systems))
            for a, b in _LINK.spans(text)]


def _link_at(links: list[tuple[int, int, bool]], pos: int) -> tuple[int, int, bool] | None:
    # links do not overlap and come in text order: only the last one starting at or before `pos` can hold it
    i = bisect_right(links, (pos, 1 << 62, True)) - 1
    return links[i] if i >= 0 and links[i][0] <= pos < links[i][1] else None


def student_id_spans(ctx: ScanContext) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    text = ctx.text
    data = ctx.ascii_bytes
    # (counted on the bytes when the text is ASCII: bytes.translate deletes in C, str.translate with a table of
    # deletions builds the string character by character, ten times slower)
    digits = len(data) - len(data.translate(None, _ASCII_DIGIT_BYTES)) if data is not None \
        else len(text) - len(text.translate(_DROP_DIGITS))
    if digits < 8:
        return spans  # fewer than eight digits in all: no ID, whole or split (one C call, no regex pass)
    # the district's system names are read only when the message holds a link for them to be looked for in
    links = _links(text, ctx.district.system_words("gradebook", "student_information")) if "://" in text else []
    for a, b, student_link in links:
        if student_link:
            for m in _LINK_EIGHT.finditer(text[a:b], 1):
                number = m.group(1)
                if not one_repeated_digit(number) and not counting_filler(number):
                    spans.append((a + m.start(1), a + m.end(1)))
    files = _file_name_ids(text) if "." in text else []
    if files:
        spans.extend(files)
    # each match opens a run of digits (none may stand before it) and holds eight of them: a message with n digits
    # holds at most n // 8, so the search stops after the last one it can hold (most messages: one)
    for a, _ in _EIGHT_DIGITS.spans(text, data, digits // 8):
        start = a if text[a] in "0123456789" else (a + 3 if text[a + 1:a + 3] in ("o.", "O.") else a + 1)
        # (RE2's \d is ASCII)
        end = start + 8
        number = text[start:end]
        if not _ends_cleanly(text, end) or one_repeated_digit(number) or counting_filler(number) \
                or number.startswith(_ZERO_PADDED) or _GUID_AFTER.match(text, end):
            continue
        if links and _link_at(links, start):
            continue  # a number inside a link: the link says what it is (above)
        if _district_account(text, end, ctx.district):
            spans.append((start, end))  # "41206638@cps.edu": a student's account is named by the student's ID
            continue
        label = ctx.nearest_label_before(start, 32)
        if label in ("account", "login", "reference", "phone"):
            last = ctx.labels_before(start, 32)
            if last and _names_no_number(ctx, last[-1], start):
                label = None  # "the Aspen account for <number>": whose account, not its number
        if label not in (None, "student_id") and label not in _PLACE_KINDS and ctx.cell_label(start) == label \
                and _whole_cell(text, start, end):
            continue  # a cell of a PO, invoice or card column: the header says what every number under it is
        if label is not None and label != "student_id" and _names_a_list(ctx, start):
            label = _label_of_the_list(ctx, start)  # "the IDs for the bus list: ...": the IDs label names them
        if label != "student_id" and "student_id" in ctx.label_kinds and ctx.qualified_label(start) == "student_id":
            label = "student_id"  # "Student ID for the bus pass: ...": the qualifier says what the ID is for
        if label == "login" and text[start - 1:start] != "#" and _a_students_login(ctx, start, end):
            spans.append((start, end))  # "username 41206638 / password ..." in a message about students' logins
            continue
        if (label in (None, "login") or _label_used_up(ctx, start)) and _user_half_of_a_students_pair(ctx, start, end):
            spans.append((start, end))  # "41206638 / pw Otter55" a row, under "the kids' Clever logins"
            continue
        if label == "student_id" and _made_up_label(ctx, start):
            continue  # "fake student IDs like 00000001": the text says the numbers are made up
        if label == "student_id" or (label is None and ctx.row_label(start) == "student_id"):
            spans.append((start, end))
            continue
        hashed = text[start - 1:start] == "#"
        if hashed and text[start - 2:start - 1] not in (" ", "(", ":", ",", ""):
            continue  # "PO#12345678", "rm#...": glued to another word, that word says what it is
        if _in_a_student_list(ctx, start, end):
            spans.append((start, end))  # "moved into my 4th period:\n41837265\n58290147": a list said to be children
            continue
        if text[end:end + 1] in ("_", ".", "-") or text[start - 1:start] == "_":
            in_file = _file_name_around(text, start, end)
            if in_file is not None:
                # "attendance_20250314.csv": an export's date, written year first
                if parse_yyyymmdd(number) is not None or _file_kind(in_file) is not None:
                    continue  # a student's paper's file name was read above; an invoice's or a photo's says
                    # what its number is
                # a file name that says nothing: the sentence around it decides, as for any number
        if label == "dob" and _BIRTH_DATE_OF.search(ctx.window(start - 16, start)) and parse_yyyymmdd(number) is None:
            spans.append((start, end))  # "the wrong birthday for <number>": whose birth date it is, not the date
            continue
        if _device_assigned_to_a_student(ctx, start, end):
            spans.append((start, end))  # "Chromebook 55120847 is assigned to Dara Voss": an asset of the student's
            continue
        if label != "student_id" and not hashed and _said_whose_after(ctx, end):
            spans.append((start, end))
            continue
        if (label is None or label in _PLACE_KINDS or _label_used_up(ctx, start)) and not hashed \
                and _beside_a_birth_date(ctx, start, end):
            spans.append((start, end))
            continue
        if label is not None and label != "student_id" and _vetoed_by(ctx, start):
            continue  # a ticket, PO, asset tag... sits right before it
        # "Aaliyah Harris 44018297", "Camila Reyes (44018297)", "44018297 (Sofia Mendez)"
        if _glued_student_prefix(text, start) or _last_first_name_before(text, start, ctx.district) \
                or (label is None and (_possessive_number_before(text, start) or _student_label_after(ctx, end))):
            spans.append((start, end))
            continue
        # "57957765  Brooks, J", "51681031 | Tran, Kenji | ...": a row opened by the number, the name last-name-first
        # in the next cell; "Marcus B 61854199": a given name and a bare initial right before it
        # (a place named before, "the after-school club", says where, not what the number is)
        # (a place, an office line or a phone label names a street or a line, never eight digits: "the outreach
        # line from <number> (Maribel)", "one cell per line:\n<number>\nYamamoto, Hana")
        unlabelled = label is None or label in _PLACE_KINDS or (label == "phone" and _words_after_label(ctx, start))
        if unlabelled and not hashed and (_row_of_number_then_last_first(text, start, end)
                                          or _row_of_number_then_kin(text, start, end)
                                          or _first_and_initial_before(text, start)
                                          or _given_name_and_verb_around(text, start, end)
                                          or _given_name_right_before(text, start, end)
                                          or _named_in_a_bracketed_aside(ctx, start, end)):
            spans.append((start, end))
            continue
        # "Rowan 71203948" over "Isla 71203955": rows of a given name and a number, a roster of IDs
        if unlabelled and not hashed and "\n" in text and _rows_of_name_and_number(text, start, end):
            spans.append((start, end))
            continue
        name_ends, name_starts = ctx.name_edges
        if any(start - k in name_ends and (_name_cell_gap(ctx.text, start - k, start, end)
                                           or _name_then_number_under_a_student_label(ctx, start - k, start, end))
               for k in range(1, 4)):
            spans.append((start, end))
            continue
        # "Amir Soltani's (41206638) guardian": the number in brackets after a name in the possessive is that
        # person's, as it is after the name alone
        if text[start - 1:start] == "(" and text[end:end + 1] == ")" and _owner_named_before(ctx, start) is not None:
            spans.append((start, end))
            continue
        # "44018297 (Sofia Mendez)", "68287915 / Valentina Cruz / gr 5": the name is the next cell of the row
        if any(end + k in name_starts and ctx.text[end:end + k].strip(" (:-/|\t") == "" for k in range(1, 4)):
            spans.append((start, end))
            continue
        # "assigned to 41380009 (Tariq)", "41380009 (Maya R.)": the person the number is, named in brackets after it
        if unlabelled and not hashed and text[end:end + 2].lstrip(" \t")[:1] in ("(", "[") \
                and _first_name_in_brackets(text, end):
            spans.append((start, end))
            continue
        # "add 47606525 to my 3rd period section", "who is 60594360? not on my roster": no label at all, but
        # the sentence is about a class list or a child
        # "pull 20918844's schedule": a number spoken of as a person's
        if label is None and not hashed and text[end:end + 2] in ("'s", "\u2019s") and text[end + 2:end + 3] == " ":
            spans.append((start, end))
            continue
        if (label is None or label in _PLACE_KINDS) and not hashed and _about_a_student(ctx, start, end):
            spans.append((start, end))
            continue
        # "63418820 - left campus at lunch": the number opens the line as the subject of a note about a person
        if label is None and not hashed and _note_subject(text, start, end):
            spans.append((start, end))
            continue
        if label is None and not hashed and _person_named_for_the_number(ctx, start, end):
            spans.append((start, end))
            continue
        if (label is None or label in _PLACE_KINDS) and not hashed and _owned_id_given_later(ctx, start):
            spans.append((start, end))
    split = _split_ids(ctx)  # one RE2 pass; the label is looked up only for a 4+4 number
    if split:
        spans.extend(split)
    if links or split or files:
        spans = sorted(set(spans))
    return spans


# A file name holding the number ("IEP_40918273_Garcia.docx", "40918273_schedule.pdf", "Reyes_Marco_40918273.xlsx"):
# exports and scans of one student's papers are named by the student's ID; an invoice, PO, photo or a date's scan
# ("invoice_39281746.pdf", "IMG_40918273.jpg", "scan_20251014.pdf") carries another number.
_FILE_EXTENSIONS = (r"pdf|docx?|xlsx?|csv|tsv|txt|rtf|odt|ods|pptx?|jpe?g|png|heic|gif|tiff?|zip|json|xml")
_FILE_NAME = re.compile(r"[\w\-.]{0,160}?\.(?:" + _FILE_EXTENSIONS + r")\b", re.IGNORECASE)
# a file name holding eight digits between its separators (RE2: found in linear time over the message)
_FILE_WITH_EIGHT = Pattern(r"(?i)(?:^|[^\w\-.])[\w\-.]{0,80}\d{8}[\w\-.]{0,80}\.(?:" + _FILE_EXTENSIONS + r")\b")
_EIGHT_IN_FILE = re.compile(r"(?<!\d)\d{8}(?=[_\-.])")
_FILE_WORDS = re.compile(r"[A-Za-z]+|\d+")


def _file_name_ids(text: str) -> list[tuple[int, int]]:
    """Eight-digit numbers between the separators of a student's paper's file name ("504_Plan-50281937-Nguyen.docx":
    a dash before the digits, which the sentence reading leaves out as part of a longer number, is a separator
    here); a year-first date in a file name is the export's date."""
    found = []
    for a, b in _FILE_WITH_EIGHT.spans(text):
        if text[a] in "\r\n" or not (text[a].isalnum() or text[a] in "_-."):
            a += 1
        name = text[a:b]
        if _file_kind(name) != "student_id":
            continue
        for m in _EIGHT_IN_FILE.finditer(name):
            if parse_yyyymmdd(m.group(0)) is None and not one_repeated_digit(m.group(0)) \
                    and not counting_filler(m.group(0)):
                found.append((a + m.start(), a + m.end()))
    return found


def _file_name_around(text: str, start: int, end: int) -> str | None:
    """The file name (word characters, dots and dashes up to a known extension) the number sits in, or None."""
    lo = start
    while lo > 0 and start - lo < 80 and (text[lo - 1].isalnum() or text[lo - 1] in "_-."):
        lo -= 1
    m = _FILE_NAME.match(text, lo)
    if m is None or m.end() < end:
        return None
    return m.group(0)


def _file_kind(name: str) -> str | None:
    """"student_id" when a file name's other words say it is one student's (a student label, a record or a
    student's paper: "stu", "transcript", "IEP", "schedule"), "reference" when they say it is the office's (an
    invoice, an order, a photo, a scan), None when they say neither."""
    spaced = " ".join(_FILE_WORDS.findall(name.rsplit(".", 1)[0]))
    if _STUDENT_FILE.search(spaced):
        return "student_id"
    return "reference" if _REFERENCE_FILE.search(spaced) else None


# (or the name last-name first, as a roster prints it: "(Reyes, Alondra)", "(Okafor, T.)")
_NAME_IN_BRACKETS = Pattern(r"^[ \t]*[(\[](?:([A-Z][a-z'\-]+),[ \t]*)?([A-Z][a-z'\-]+)(?:[ \t]+[A-Z]\.?)?[)\]]"
                            r"|^[ \t]*[(\[]([A-Z][a-z'\-]+),[ \t]*[A-Z]\.?[)\]]")


def _first_name_in_brackets(text: str, end: int) -> bool:
    """A given name alone in brackets right after the number (one capitalised word, perhaps an initial; or a
    surname, a comma and the given name or its initial), not a word of school chat that is capitalised for another
    reason ("(Attendance)", "(Lunch)", "(Main, Annex)")."""
    m = _NAME_IN_BRACKETS.search(text[end:end + 40])
    if m is None:
        return False
    words = [w.lower() for w in (m.group(1), m.group(2), m.group(3)) if w]
    return all(w not in NOT_FIRST_NAMES and w not in STOP_WORDS for w in words)


# "Ana's number is 41206638", "Kenji's # - 41206638": a child's number, the name said as its owner
_POSSESSIVE_NUMBER_BEFORE = Pattern(r"(?:^|[^\p{L}])(\p{Lu}\p{Ll}+)['\x{2019}]s[ \t]+(?:number|num|no\.?|#)[ \t]*"
                                    r"(?:is|:|=|-|\x{2013})?[ \t]*$")


# "41206638 (student ID)", "41206638 is Maya's ID": the label right after the number, only an aside or "is" between
# ("is 41206638 the right ID for Owen?": a question puts "is" before the number, and the label's adjective after it)
_LABEL_AFTER = Pattern(r"^[ \t]*(?:[(\[,:\-\x{2013}\x{2014}][ \t]*|(?:(?i:is)[ \t]+)?(?:(?:(?i:his|her|their|the)"
                       r"|\p{Lu}\p{Ll}+['\x{2019}]s)[ \t]+)(?:(?i:right|correct|wrong|new|old|actual|real|same)[ \t]+)?"
                       r"|(?i:is)[ \t]+)$")
# "41206638 - it's Nadia Brook's student number", "41206638, that's her ID": a clause after the number that says whose
# it is; it outranks a label before the number ("the tag says 41206638 - it's ...": the tag is where it was read)
# (an arrow pointing at the number is a separator too: "<number> \u2190 that's Kelvin's student ID", "<- that's hers")
_WHOSE_AFTER = Pattern(r"^[ \t]*(?:(?:[,:;\-\x{2013}\x{2014}\x{2190}\x{2192}^]|<-+|-+>|<=|=>)[ \t]*)?"
                       r"(?i:it['\x{2019}]?s|it[ \t]+is|that['\x{2019}]?s"
                       r"|that[ \t]+is|which[ \t]+is)[ \t]+(?:(?i:his|her|their)|\p{Lu}\p{Ll}+(?:[ \t]+\p{Lu}\p{Ll}+)?"
                       r"(?:['\x{2019}]s|s['\x{2019}]))[ \t]+(?:(?i:right|correct|new|old|actual|real)[ \t]+)?$")


def _student_label_after(ctx: ScanContext, end: int, reach: int = 24) -> bool:
    after = ctx.labels_after(end, reach)
    if not after or after[0].kind != "student_id":
        return False
    word = ctx.text[after[0].start:after[0].end].lower().rstrip(" \t:.#")
    rest = ctx.window(after[0].end, after[0].end + 4).lstrip(" \t")
    signed = rest[:1] == "#"  # "41206638 (stu #)": the label's sign, then the aside closes
    if signed:
        rest = rest[1:].lstrip(" \t")
    if rest and rest[0] not in ")].,;:!?\n" and not _FOR_A_PERSON.match(ctx.text, after[0].end) \
            and not (word not in _LOOSE_LABELS and word.startswith(_STUDENT_WORDS)
                     and ctx.window(after[0].end, after[0].end + 8).lstrip(" \t")[:4].lower() in ("for ", "on t")):
        return False  # "41206638 (ID badge order)": the label word names something else ("... ID for Owen", "...
        # student ID for the fee waiver", "... student ID on the form" do not)
    # a bare "stu" or "students" names no number, but "stu #" does ("41206638 (stu #)")
    loose = word in _LOOSE_LABELS and not signed
    between = ctx.text[end:after[0].start]
    return not loose and bool(_LABEL_AFTER.search(between) or _WHOSE_AFTER.search(between))


def _said_whose_after(ctx: ScanContext, end: int) -> bool:
    """"41206638 - it's Nadia Brook's student number": the clause after the number names its kind and its owner."""
    after = ctx.labels_after(end, 32)   # (its kind is checked by _student_label_after)
    return bool(after) and bool(_WHOSE_AFTER.search(ctx.text[end:after[0].start])) \
        and _student_label_after(ctx, end, 32)


# "the right ID for Owen", "the ID of Maya R.": the label's owner named after it, a given name (and an initial)
_FOR_A_PERSON = re.compile(r"[ \t]+(?:for|of)[ \t]+(?!(?:the|a|an|my|our|this|that)\b)[A-Z][a-z]+(?:[ \t]+[A-Z]\.?)?"
                           r"(?:[ \t]*[?.,;:!)]|[ \t]+(?:is|was)\b|[ \t]*$)")


def _names_the_owner(between: str) -> bool:
    """"ID for Kenji is 7204-1938": only the person the label is of stands between the label and the number."""
    m = _FOR_A_PERSON.match(" " + between.strip(" \t:=-"))
    if m is None:
        return False
    word = between.split()[1].strip("?.,;:!)").lower()
    return word not in STOP_WORDS and word not in NOT_FIRST_NAMES


# a birth label, then "for" or "of" right before the number: the number is the person the birth date is of
_BIRTH_DATE_OF = Pattern(r"(?i)\b(?:birthday|birth\s*date|dob|d\.o\.b\.?|date\s+of\s+birth)[ \t]+(?:for|of)[ \t]+#?$")


def _possessive_number_before(text: str, start: int) -> bool:
    m = _POSSESSIVE_NUMBER_BEFORE.search(text[max(0, start - 40):start])
    return m is not None and m.group(1).lower() not in STOP_WORDS


# "Omari's number is wrong. It should be <n>", "check Rashad's ID for the state entry? I have <n>": a child's ID or
# number spoken of by a given name in the possessive, then the number given a clause or a sentence later ("it
# should be", "I have", "shows"), nothing between that is another number or another label
_OWNED_ID = Pattern(r"(?:^|[^\p{L}])(\p{Lu}\p{Ll}+)['\x{2019}]s[ \t]+(?:(?i:student|school|lunch)[ \t]+)?"
                    r"(?i:id|id#|number|num|no\.|#)(?:$|[^\p{L}])")
_GIVEN_LATER = Pattern(r"(?i)(?:\b(?:is|was|be|it's|its|i\s+have|i've\s+got|i\s+got|we\s+have|shows?|says?|reads?)"
                       r"|[:=])[ \t]*$")
_OWNED_REACH = 120


def _owned_id_given_later(ctx: ScanContext, start: int) -> bool:
    text = ctx.text
    lo = ctx.block_start(start, _OWNED_REACH)
    if not _GIVEN_LATER.search(text[max(lo, start - 16):start]):
        return False
    owned = None
    for m in _OWNED_ID.finditer(text[lo:start]):
        owned = m
    if owned is None or not is_given_name(owned.group(1).lower()):
        return False
    gap_start = lo + owned.end()
    if any(c.isdigit() for c in text[gap_start:start]):
        return False  # another number stands between: the label names that one
    return not any(lab.kind not in _PLACE_KINDS and lab.kind != "student_id" and lab.start >= gap_start
                   for lab in ctx.labels_before(start, start - gap_start))


_CELL_SEPARATORS = frozenset(",|\t/")
# "Moore, Jaylen 20481234", "Ruiz, Ana - 20481277": a roster's last-name-first order
# ("Pike, Jordan, 39281047 - re-enable": a comma before the number too, when the number is a whole cell)
_LAST_FIRST_BEFORE = Pattern(r"(?:^|[^A-Za-z])([A-Z][a-z'\-]+),[ \t]+([A-Z][a-z'\-]+)[ \t]*([(:#\-|\t,]?)[ \t]*$")


def _last_first_name_before(text: str, start: int, district: District) -> bool:
    """"Moore, Jaylen 20481234"; the district's own place names ("Chicago, Illinois 60601...") are nobody's."""
    m = _LAST_FIRST_BEFORE.search(text[max(0, start - 40):start])
    if m is None:
        return False
    if m.group(3) == "," and not _cell_closes(text, start + 8):
        return False  # "Moore, Jaylen, 20481234 is the PO": a sentence, not a row
    places = {p.lower() for p in district.place_names}
    return all(m.group(g).lower() not in STOP_WORDS and m.group(g).lower() not in places for g in (1, 2))


# a row that opens with the number, then a separator and a "Last, First" or "Last, F." cell closing at a separator,
# a dash before a note, or the line's end
# (an export copied one cell a line puts the name on the line under the number: "<number>\nYamamoto, Hana")
_LAST_FIRST_AFTER = Pattern(r"^[ \t]*(?:[|\t:\-,\x{2013}\x{2014}]|\r?\n)?[ \t]*(?:Mc|De|La|Le|O['\x{2019}])?"
                            r"(\p{Lu}\p{Ll}+"
                            r"(?:-\p{Lu}\p{Ll}+)?),[ \t]*(\p{Lu}(?:\p{Ll}+(?:-\p{Lu}?\p{Ll}+)?|\.)?)"
                            # (or a dash and a note on the child: "- i-Ready 402", "– moved to 4B"; or the child's
                            # date, the next cell after one space: "23150488 Okafor, Tami 04/19/2012")
                            r"[ \t]*(?:$|\n|[|\t,(]|[ \t]{2}|[-\x{2013}\x{2014}][ \t]"
                            r"|[ \t]\d{1,2}[/\-]\d{1,2}[/\-]\d{2,4}\b)"
                            # an export's row in capitals, a cell each, then a child's own cell, sex, grade or a
                            # date ("24396293,OKAFOR,CHIDI,M,2012-07-30,6"): a system's print of last and first name
                            # (a vendor's row goes on with an amount: "41207763,OFFICE,DEPOT,312.50")
                            # (or in the case typed, "61583094;Ibarra;Lucas;gr=07"; the date year first, "20140809";
                            # a field of the system's own, "key=value")
                            r"|^[ \t]*[,|\t;][ \t]*(\p{Lu}{2,}(?:['\x{2019}-]\p{Lu}+)?"
                            r"|\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)[ \t]*[,|\t;][ \t]*(\p{Lu}{2,}(?:-\p{Lu}+)?"
                            r"|\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)[ \t]*[,|\t;]"
                            r"[ \t]*(?:(?:[MFXK]|PK|\d{1,2}|\d{1,4}[\-/]\d{1,2}[\-/]\d{1,4}|(?:19|20)\d{6})"
                            r"[ \t]*(?:[,|\t;`\n]|$)|[a-z_]{2,12}=)"
                            # a cell of two capitalised words, one a given name ("44107725,Brandt Ilse,..."): a name
                            # in either order, read in `_row_of_number_then_last_first`
                            r"|^[ \t]*[,|\t;][ \t]*(\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)[ \t]+(\p{Lu}\p{Ll}+"
                            r"(?:-\p{Lu}\p{Ll}+)?)[ \t]*[,|\t;]")
# (a row may follow its line's own title: "Bus roster row: 57957765, Brooks, J", "Cap and gown export, one row keeps
# bouncing: <n>, Last, First")
_ROW_OPENING = re.compile(r"(?:^|\n)(?:[^\n:]{1,80}:)?[ \t*>\u2022`-]*(?:\d{1,3}[.)][ \t]+)?$")


# "52071659: mom, 708-555-0170", "<number> - grandma (773) ...": a row opened by the number whose next cell is a
# relative's phone, a call list of the children the relatives are called about
_KIN = r"(?:mom|dad|mother|father|guardian|grandma|grandpa|grandmother|grandfather|aunt|uncle|parent|stepmom|stepdad)"
_KIN_PHONE_AFTER = Pattern(r"(?i)^[ \t]*[:|\t\-,\x{2013}\x{2014}][ \t]*" + _KIN
                           + r"\b[ \t]*[,:\-\x{2013}\x{2014}]?[ \t]*"
                           r"\(?[2-9]\d{2}\)?[ .\-]?\d{3}[ .\-]?\d{4}\b")


def _row_of_number_then_kin(text: str, start: int, end: int) -> bool:
    return bool(_ROW_OPENING.search(text[max(0, start - 96):start])) \
        and bool(_KIN_PHONE_AFTER.search(text[end:end + 48]))


def _row_of_number_then_last_first(text: str, start: int, end: int) -> bool:
    """"57957765  Brooks, J" and "51681031 | Tran, Kenji | 11/10/2013": the number opens its row and the next
    cell is a name written last-name first (a roster printed ID first)."""
    if not _ROW_OPENING.search(text[max(0, start - 96):start]):
        return False
    m = _LAST_FIRST_AFTER.search(text[end:end + 60])
    if m is None:
        return False
    if m.group(5):
        # a name in either order: one of its words a given name, neither a word a company or a place is named with
        words = (m.group(5), m.group(6))
        if not any(is_given_name(w.lower()) for w in words):
            return False
    else:
        words = (m.group(1), m.group(2)) if m.group(1) else (m.group(3), m.group(4))
    return all(w.rstrip(".").lower() not in STOP_WORDS and w.rstrip(".").lower() not in NOT_FIRST_NAMES
               and w.rstrip(".").lower() not in _NOT_A_NAME_BEFORE_LETTER for w in words if len(w.rstrip(".")) > 1)


# "Marcus B 61854199", "Ana R: 61854199": a given name and a bare initial (no period) right before the number
_FIRST_INITIAL_BEFORE = Pattern(r"(?:^|[^\p{L}\p{N}_])(\p{Lu}\p{Ll}+)[ \t]+\p{Lu}[ \t]*[:(\-#]?[ \t]*$")


def _first_and_initial_before(text: str, start: int) -> bool:
    m = _FIRST_INITIAL_BEFORE.search(text[max(0, start - 24):start])
    if m is None:
        return False
    word = m.group(1).lower()
    return word not in STOP_WORDS and word not in NOT_FIRST_NAMES and word not in _NOT_A_NAME_BEFORE_LETTER


# words that stand before a letter as often as a name does ("Plan B", "Exhibit A", "Building C", "Vitamin D")
_NOT_A_NAME_BEFORE_LETTER = frozenset("plan option group table row section part level tier station center seat bus"
                                      " pod team wing hall block day vitamin type exhibit appendix building lot door"
                                      " gate zone area box bin shelf rack cart aisle phase version model series form"
                                      " schedule"
                                      # the makers whose model and serial numbers are eight digits too
                                      " dell lenovo acer asus epson canon xerox ricoh samsung logitech cisco meraki"
                                      " promethean smart".split())
# "Luz 61730248 goes to the YMCA today": a given name, the number, then a verb only a person's act is said with
# ("Ticket 20589368 is still open" is not one: "is", "was" and "has" are said of anything)
_ACTS_OF_A_PERSON = (r"goes|went|rides|rode|walks|walked|takes|took|leaves|left|comes|came|arrived|skipped|missed"
                     r"|refused|refuses|threw|hit|pushed|punched|kicked|cried|fell|eloped|transferred|withdrew|moved"
                     r"|needs|wants|said|says|told|lost|broke|ran|stays|stayed|lives|lived|sits|sat|eats|ate")
_VERB_AFTER_NUMBER = Pattern(r"^[ \t]+(?:" + _ACTS_OF_A_PERSON + r")\b")
_GIVEN_NAME_BEFORE = Pattern(r"(?:^|[^\p{L}\p{N}_'\x{2019}.])(\p{Lu}\p{Ll}+)[ \t]+$")


def _given_name_and_verb_around(text: str, start: int, end: int) -> bool:
    m = _GIVEN_NAME_BEFORE.search(text[max(0, start - 20):start])
    if m is None or _VERB_AFTER_NUMBER.search(text[end:end + 24]) is None:
        return False
    word = m.group(1).lower()
    return word not in STOP_WORDS and word not in NOT_FIRST_NAMES and word not in _NOT_A_NAME_BEFORE_LETTER \
        and m.group(1) not in TITLES and not title_before(text[max(0, start - 34):start - len(m.group(0)) + 1])


# "Simran (42749723) and Arjun (...)", "... only mom for pickup. Tien 58007698": a given name of the names lexicon
# right before the number (bare or in brackets), the number closing its clause; a capitalised word that is no
# given name ("Route 58007698", "Sysco 15547331") or a word before a list ("Jordan 58007698 59001234") is not
_CLAUSE_ENDS = Pattern(r"^\)?[ \t]*(?:$|[.,;!?)\n]|(?:and|&|plus)[ \t])")
_GIVEN_NAME_RIGHT_BEFORE = Pattern(r"(?:^|[^\p{L}\p{N}_'\x{2019}.&])(\p{Lu}\p{Ll}+)[ \t]+\(?$")


def _given_name_right_before(text: str, start: int, end: int) -> bool:
    m = _GIVEN_NAME_RIGHT_BEFORE.search(text[max(0, start - 24):start])
    if m is None:
        return False
    bracketed = m.group(0).endswith("(")
    if bracketed != (text[end:end + 1] == ")") or not _CLAUSE_ENDS.search(text[end:end + 8]):
        return False
    word = m.group(1)
    return is_given_name(word.lower()) and word not in TITLES \
        and not title_before(text[max(0, start - 34):start - len(m.group(0)) + 1])


# "(Kiara Jenkins, 29044792)", "(Diego Villa 4th, 67723208)": an aside in brackets that names a person (a whole name
# from the name pass, perhaps a grade after it) and then the number, which closes the bracket: who the number is
_GRADE_AFTER_NAME = Pattern(r"(?i)^[ \t]*(?:,[ \t]*)?(?:\d{1,2}(?:st|nd|rd|th)(?:[ \t]+(?:grade|gr))?"
                            r"|gr\.?[ \t]*\d{1,2}|grade[ \t]+\d{1,2}|k)?[ \t]*[,:\-][ \t]*$")
_ASIDE_REACH = 60


def _named_in_a_bracketed_aside(ctx: ScanContext, start: int, end: int) -> bool:
    text = ctx.text
    if text[end:end + 1] != ")":
        return False
    opening = text.rfind("(", max(0, start - _ASIDE_REACH), start)
    if opening < 0 or ")" in text[opening:start]:
        return False
    for a, b in ctx.person_names:
        if a > start:
            break
        if text[opening + 1:a].strip(" \t") == "" and b < start and _GRADE_AFTER_NAME.search(text[b:start]):
            return True
    return False


# a row of a given name (perhaps with an initial) and a number that closes the row
_NAME_NUMBER_ROW = re.compile(r"[ \t*>\u2022-]*(?:Mc|De|La|Le|O['\u2019])?([A-Z][a-z]+(?:-[A-Z][a-z]+)?)"
                              r"(?:[ \t]+[A-Z]\.?)?[ \t]*[:|,\t\-\u2013\u2014]?[ \t]*\d{8}[ \t]*$")


def _rows_of_name_and_number(text: str, start: int, end: int) -> bool:
    """"Rowan 71203948" with "Isla 71203955" on the line above or below: the number closes a row that opens with a
    given name, and a neighbouring row has the same shape (one such line alone may be an order or a product)."""
    line = _short_line(text, start, end)
    if line is None or not _is_name_number_row(text[line[0]:line[1]]):
        return False
    line_start, line_end = line
    above = _short_line(text, line_start - 1, line_start - 1) if line_start else None
    if above is not None and _is_name_number_row(text[above[0]:above[1]]):
        return True
    below = _short_line(text, line_end + 1, line_end + 1) if line_end < len(text) else None
    return below is not None and _is_name_number_row(text[below[0]:below[1]])


_ROW_REACH = 80     # a row of a name and a number is short: a longer line is no such row (and is never scanned whole)


def _short_line(text: str, start: int, end: int) -> tuple[int, int] | None:
    """(start, end) of the line holding text[start:end], or None when it runs past _ROW_REACH on either side."""
    lo = max(0, start - _ROW_REACH)
    nl = text.rfind("\n", lo, start)
    if nl < 0 and lo > 0:
        return None
    hi = min(len(text), end + _ROW_REACH)
    line_end = text.find("\n", end, hi)
    if line_end < 0:
        if hi < len(text):
            return None
        line_end = len(text)
    return nl + 1, line_end


def _is_name_number_row(line: str) -> bool:
    m = _NAME_NUMBER_ROW.fullmatch(line)
    if m is None:
        return False
    word = m.group(1).lower()
    return word not in STOP_WORDS and word not in NOT_FIRST_NAMES and word not in _NOT_A_NAME_BEFORE_LETTER


def _name_cell_gap(text: str, gap_start: int, start: int, end: int) -> bool:
    """Whether only a separator stands between a name and the number: a space, "(", ":", "#" or "-" always; a
    comma, a tab or a pipe when the number is a whole cell of a roster row pasted without its header
    ("Ana Ruiz, 20481234, 3rd"), so the next character ends the cell too ("Ana Ruiz, 20481234 is the PO" is
    a sentence)."""
    gap = text[gap_start:start]
    if gap.strip(" (:#-") == "":
        return True
    if gap.strip(" \t") not in _CELL_SEPARATORS and not (gap.strip(" ") == "\t"):
        return False
    return _cell_closes(text, end)


def _name_then_number_under_a_student_label(ctx: ScanContext, name_end: int, start: int, end: int) -> bool:
    """"Found a student ID card in the hallway: Lucas Ferreira, <number>.": a name, a comma and the number ending
    its sentence, after a student label earlier in the sentence (not a bare student word), is the student and the ID
    the label speaks of."""
    if ctx.text[name_end:start].strip(" ") != "," or ctx.text[end:end + 1] not in (".", ";", "!") \
            or ctx.text[end + 1:end + 2] not in ("", " ", "\n"):
        return False
    lo = max(0, start - 80)
    cut = max(ctx.text.rfind(". ", lo, start), ctx.text.rfind("\n", lo, start))
    return any(lab.kind == "student_id" and not _a_child_word(ctx, lab)
               for lab in ctx.labels_before(start, start - (cut + 1 if cut >= 0 else lo)))


def _cell_closes(text: str, end: int) -> bool:
    """Whether the value ending at `end` is a whole cell: a separator, a line end or the end comes next."""
    nxt = text[end:end + 2].lstrip(" ")[:1]
    if nxt == "" or nxt in _CELL_SEPARATORS or nxt in "\r\n":
        return True
    # "Jordan Pike, 39281047 - locked out", "Pike, Jordan, 39281047: re-enable": a dash, colon or semicolon
    # closes the cell as a separator does and opens a note about the person ("... is the PO" is a sentence)
    return bool(_CELL_CLOSER.match(text, end))


_CELL_CLOSER = re.compile(r"[ \t]*(?:[;:\u2013\u2014]|-[ \t])")


# "stu20481234", "ID20481234", "SID20481234": a student prefix glued to the digits (a label needs a word edge)
_GLUED_PREFIXES = ("stu", "stud", "student", "stuid", "sid", "id", "studentid")


def _glued_student_prefix(text: str, start: int) -> bool:
    before = text[max(0, start - 10):start].lower()
    for prefix in _GLUED_PREFIXES:
        if before.endswith(prefix):
            edge = before[:-len(prefix)][-1:]
            if not edge or not edge.isalnum():
                return True
    return False


# "Student ID: 2041 8836", "stu # 2041-8836": an ID split in halves to be read out, only right after a
# student label (four and four digits are as often times, years or part of a longer number)
# A value wrapped across two rows breaks anywhere ("student id 412066" then "38"): two runs of digits a line
# break apart that make eight digits together.
# Read aloud or copied from a card, it is grouped any way ("409 182 73", "40-91-82-73"): after a student label,
# two to four groups of two to four digits that make eight together are one ID.
_SPLIT_EIGHT = Pattern(r"(?:^|[^\d\-./$])(?:\d{2,4}(?:[ \-]\d{2,4}){1,3}|\d{1,7}\r?\n\d{1,7})")
_FOUR_FOUR = re.compile(r"\d{4}-\d{4}")
# every ASCII digit as "0": a digit, a space or dash, a digit is one substring test (see _split_ids)
_DIGITS_AS_ZERO = ascii_table("123456789", "000000000")
_DIGIT_BYTES_AS_ZERO = bytes.maketrans(b"123456789", b"000000000")


_LOOSE_LABELS = frozenset({"student", "students", "stu"})
# the labels that name a student whatever they are said to be for ("student ID for the fee waiver"); a bare "ID" for
# an order is the order's
_STUDENT_WORDS = ("stu", "pupil", "learner", "sis")
_COPULA = re.compile(r"(?i)[\s:]*(?:is|was|=|are|will\s+be)[\s:]*")


def _name_right_before(ctx: ScanContext, start: int) -> bool:
    name_ends, _ = ctx.name_edges
    # a table row's cell separators too ("Ana Ruiz | 4120-6638 | 3rd")
    return any(start - k in name_ends and ctx.text[start - k:start].strip(" (:#->\u2192|\t,") == ""
               for k in range(1, 5))


def _split_ids(ctx: ScanContext) -> list[tuple[int, int]]:
    text = ctx.text
    found: list[tuple[int, int]] = []
    # a split number has a line break inside, or a space or dash between two digits (RE2's \d is ASCII): a message
    # with neither (most) is decided by two substring tests instead of an RE2 pass
    if "\n" not in text:
        data = ctx.ascii_bytes
        if data is not None:  # (the bytes' translate: a C table lookup, where the str's is ten times slower)
            zero_bytes = data.translate(_DIGIT_BYTES_AS_ZERO)
            if b"0 0" not in zero_bytes and b"0-0" not in zero_bytes:
                return found
        else:
            zeros = text.translate(_DIGITS_AS_ZERO)
            if "0 0" not in zeros and "0-0" not in zeros:
                return found
    for a, b in _SPLIT_EIGHT.spans(text):
        start = a if text[a] in _ASCII_DIGITS else a + 1
        nxt = text[b:b + 2]
        if nxt and (nxt[0] in _ASCII_DIGITS or nxt[0] == "%" or (nxt[0] in " -/" and nxt[1:2] in _ASCII_DIGITS)):
            continue  # a longer number: a card, a phone, a range of times
        if text[max(0, start - 2):start].strip(" ")[-1:] in _ASCII_DIGITS:
            continue
        number = digits_of(text[start:b])
        if len(number) != 8:
            continue
        before = ctx.labels_before(start, 24)
        # "5520-1943's account": a number spoken of as a person's, as for eight digits in a row
        spoken_of = text[b:b + 2] in ("'s", "\u2019s") and text[b + 2:b + 3] == " " and not before
        if not before:
            # "pull up 2047-8812 in Aspen, new kid in 4th period", "Maya R - 2047-8812": a hyphenated ID with no
            # label at all, beside a name, spoken of as a person's or in a sentence about a class list or a child,
            # as an unlabelled eight-digit number is read
            if _FOUR_FOUR.fullmatch(text, start, b) and not _is_time_range_or_years(number) \
                    and not one_repeated_digit(number) \
                    and (spoken_of or _name_right_before(ctx, start) or _about_a_student(ctx, start, b)):
                found.append((start, b))
            continue
        if before[-1].kind != "student_id" or any(c in _ASCII_DIGITS for c in text[before[-1].end:start]):
            continue
        if before and text[before[-1].start:before[-1].end].lower().rstrip(" \t:.") in _LOOSE_LABELS:
            continue  # "students 0800 0900 in the gym": a bare student word names no number's kind
        between = text[before[-1].end:start]
        if any(c.isalpha() for c in between) and not _name_right_before(ctx, start) \
                and not all(w.strip(":=-").lower() in _LINKING_WORDS for w in between.split()) \
                and not _names_the_owner(between):
            # "Student ID badges: 0900-1000": another word took the label ("Lunch ID for Kevin Osei: ..." did not;
            # "her cps id is 5021-9834": "is" only links the label to the number)
            continue
        if number[:2] in ("19", "20") and number[4:6] in ("19", "20"):
            continue  # "student ID 2026-2027 cards": a school year, two years
        if "-" in text[start:b] and _is_time_range_or_years(number):
            continue  # "0900-1000": a span between two times of day
        if one_repeated_digit(number) or counting_filler(number):
            continue
        found.append((start, b))
    return found


# words that only link a label to its number ("her cps id is 5021-9834", "stu # should be 2041 8836")
_LINKING_WORDS = frozenset({"is", "was", "are", "=", "", "should", "be", "now", "it's", "its", "number", "no", "no."})


def _is_time_range_or_years(number: str) -> bool:
    """"0900-1000", "2026-2027": two times of day or two years, not one identifier."""
    if number[:2] in ("19", "20") and number[4:6] in ("19", "20"):
        return True
    return number[:2] <= "23" and number[2:4] <= "59" and number[4:6] <= "23" and number[6:] <= "59"


# "the bus list:", "room roster -": a reference word naming a list says nothing about the numbers on it
_LIST_NOUNS = frozenset({"list", "lists", "roster", "rosters", "sheet", "sheets", "sign-up", "signup", "signups"})


def _names_a_list(ctx: ScanContext, start: int) -> bool:
    """Whether the nearest label before the number is followed by a list noun ("bus list:", "room roster -"):
    it names the list the numbers are on, not the numbers."""
    near = ctx.labels_before(start, 32)
    if not near:
        return False
    after = ctx.text[near[-1].end:start].split()
    return bool(after) and after[0].strip(":-,)]").lower() in _LIST_NOUNS


# a student label the text qualifies as made up ("fake student IDs like ...", "sample ID 41206638", "dummy stu #"):
# a guide's or a test system's example, not a child's number
_MADE_UP_BEFORE = Pattern(r"(?i)\b(?:fake|dummy|made[\s-]?up|fictional|fictitious|sample|example|test|mock|placeholder"
                          r"|bogus|pretend)[ \t]+$")


def _made_up_label(ctx: ScanContext, start: int) -> bool:
    near = ctx.labels_before(start, 32)
    return bool(near) and bool(_MADE_UP_BEFORE.search(ctx.window(near[-1].start - 14, near[-1].start)))


# whose login a login label names, said right before it ("my login", "the staff username")
_ADULTS_LOGIN = Pattern(r"(?i)\b(?:my|your|our|staff|teacher|teacher's|employee|admin|administrator|sub's)[ \t]+$")


def _a_students_login(ctx: ScanContext, start: int, end: int) -> bool:
    """An eight-digit user name ("username 41206638 / password ...", "login 41206638@district.org") in a message that
    speaks of students (a student label anywhere, a child's word in its sentence): schools make a student's ID the
    student's user name, so the number is the ID."""
    near = ctx.labels_before(start, 32)
    if not near or _ADULTS_LOGIN.search(ctx.window(near[-1].start - 16, near[-1].start)):
        return False
    if "student_id" in ctx.label_kinds and any(label.kind == "student_id" for label in ctx.labels_before(start, 240)):
        return True  # "Student i-Ready logins:\nusername 41206638 ...": a student label before it
    return bool(_STUDENT_CONTEXT.search(_sentence_around(ctx.text, start, end)))


# the secret half of a login pair written after its user ("41206638 / pw Otter55", "41206638 | Fox#12",
# "41206638 / 03142019"): a separator, an optional password word, one token
_SECRET_HALF_AFTER = Pattern(r"^[ \t]*(?:/{1,2}|\|)[ \t]*(?:(?i:pw|pwd|pass|password)[ \t:=]*)?[^\s/|,;]{4,}")
# the words that make the pairs logins, and those that make the logins a child's
_LOGIN_WORDS = Pattern(r"(?i)\b(?:log-?ins?|logons?|usernames?|user\s+names?|sign-?ins?|credentials|passwords?)\b")
_PAIR_REACH = 400


def _user_half_of_a_students_pair(ctx: ScanContext, start: int, end: int) -> bool:
    """An eight-digit number written as the user half of a login pair, its secret after a slash or a bar, in a
    message that speaks of logins and of students (a child's word or a student label within reach): schools make a
    student's ID the student's user name, as `_a_students_login` reads it after a login label. A staff member's login
    ("my login", "sub logins") names no child."""
    if not _SECRET_HALF_AFTER.search(ctx.window(end, end + 40)):
        return False
    around = ctx.window(start - _PAIR_REACH, end + _PAIR_REACH // 2)
    if not _LOGIN_WORDS.search(around):
        return False
    if "student_id" in ctx.label_kinds and any(label.kind == "student_id"
                                               for label in ctx.labels_before(end + _PAIR_REACH // 2, _PAIR_REACH)):
        return True
    return bool(_STUDENT_CONTEXT.search(around))


def _label_of_the_list(ctx: ScanContext, start: int) -> str | None:
    """The label before a list's own label ("the IDs for the bus list: 3029..."), if one is near."""
    near = ctx.labels_before(start, 48)
    return near[-2].kind if len(near) >= 2 else None


def _vetoed_by(ctx: ScanContext, start: int) -> bool:
    """Whether a non-student label right before the number names it (not a list the number is on). A home,
    office or public-place label names a street or a line, never an eight-digit number ("Address change:
    21446641 Darius Green now at ...": the label is the address's)."""
    near = [lab for lab in ctx.labels_before(start, 16) if lab.kind not in _PLACE_KINDS
            and not (lab.kind == "phone" and _words_after_label(ctx, start))]
    if not near or _names_a_list(ctx, start):
        return False
    # a person named between the label and the number owns the number ("Testing tickets: Nadia Brook 41206638",
    # "bus passes - Owen Tarr 41206638"): the label is the list's heading, the name the row's
    name = _owner_named_before(ctx, start)
    return name is None or name[0] < near[-1].end


# a birth label given its date ("DOB 2014-12-01", "born 06/14/2018"), not "birthday party"; and one right after a
# number ("32062904, born 06/14/2018", "..., b. 3/2/2015"). One definition each, shared by the unit's trigger.
_BIRTH_GIVEN_FRAGMENT = r"\b(?:dob|d\.o\.b\.?|date[ \t]+of[ \t]+birth|birth[ \t]*date|born)\b[ \t:]*\d"
_BORN_AFTER_FRAGMENT = r"[ \t]*[,(;-]?[ \t]*(?:born|dob|d\.o\.b\.?|b\.)[ \t:]*(?:on[ \t]+)?\d"
_BIRTH_GIVEN = Pattern(r"(?i)" + _BIRTH_GIVEN_FRAGMENT)


def _label_used_up(ctx: ScanContext, start: int) -> bool:
    """"Rm 111 is 32062904", "DOB 2014-12-01, one is under 63912496": the nearest label was given a number of its own
    before this one, so it says nothing of this one."""
    before = ctx.labels_before(start, 32)
    return bool(before) and any(ch.isdigit() for ch in ctx.text[before[-1].end:start])


# "the one in Rm 111 is 32062904, born 06/14/2018", "Andre L., DOB 2014-12-01, one is under 63912496": a number beside
# a birth date given in the same clause is the child's number (a date of birth is only ever said of a person)
_BORN_AFTER = Pattern(r"(?i)^" + _BORN_AFTER_FRAGMENT)


def _beside_a_birth_date(ctx: ScanContext, start: int, end: int) -> bool:
    """A birth date given right after the number, or elsewhere in the number's sentence (at most 60 characters
    back, 80 on: "<number> vs <number>, both 'Jordan Smith', both DOB 7/4/2008")."""
    if _BORN_AFTER.search(ctx.window(end, end + 16)):
        return True
    after = ctx.window(end, end + 80)
    stop = min((i for i in (after.find(". "), after.find("\n"), after.find("? ")) if i >= 0), default=len(after))
    if _BIRTH_GIVEN.search(after[:stop]):
        return True
    lo = max(0, start - 60)
    cut = max(ctx.text.rfind("\n", lo, start), ctx.text.rfind(". ", lo, start), ctx.text.rfind("? ", lo, start))
    return bool(_BIRTH_GIVEN.search(ctx.text[(cut + 1 if cut >= 0 else lo):start]))


def _owner_named_before(ctx: ScanContext, start: int) -> tuple[int, int] | None:
    """The person's name (from the context's name pass) that ends right before the number, only a space, "(",
    ":", "#" or "-" between, or a possessive and a bracket ("Ana Ruiz's (41206638)")."""
    name_ends, _ = ctx.name_edges
    for k in range(1, 6):
        if start - k in name_ends:
            gap = ctx.text[start - k:start]
            if gap.strip(" (:#-") == "" or gap.replace("\u2019", "'") in ("'s (", "' (", "'s: ", "'s - ", "'s #"):
                # names do not overlap and come in text order: the one ending here is the last one starting
                # before its end (a bisection, not a walk over every name of a long roster)
                names = ctx.person_names
                i = bisect_right(names, (start - k, -1)) - 1
                if i >= 0 and names[i][1] == start - k:
                    return names[i]
    return None


# Words that put an unlabelled eight-digit number on a class list or a child (RE2, case-insensitive).
_CONTEXT_WORDS = (r"roster|rosters|homeroom|(?:my|your|his|her|their|period)\s+section|(?:\d(?:st|nd|rd|th)\s+)?period"
                  r"|class\s+list|my\s+class"
                  r"|enroll(?:s|ed|ing)|transferr?(?:s|ed|ing)?\s+(?:in|out|to|from)|withdr[ae]wn?|kid|kiddo"
                  r"|child|graders?|her\s+class|his\s+class|caseload|attendance|absent|tardy"
                  # what the lunch office records of one child: "77892909 approved (free)"
                  r"|(?:free|reduced)(?:[\s-]+price)?\s+(?:lunch|breakfast|meals?)|free\s*(?:/|or|and|&)\s*reduced"
                  r"|(?:lunch|meal|breakfast)\s+(?:status|eligibility|applications?|accounts?|benefits)"
                  # the words for a child ("the Okoro boy", "in 2nd grade") as "kid" is one
                  r"|boys?|girls?|sons?|daughters?|kids|children|\d(?:st|nd|rd|th)\s+grade|kindergarten\w*"
                  # a child newly on the roll ("new enrollee <number>", "the enrollees below")
                  r"|enrollees?|enrolees?"
                  # the high-school years a child is in ("a freshman", "she's a senior"; a "senior analyst" is not)
                  r"|freshm[ae]n|sophomores?|(?:is|was|she's|he's|they're|as|a\s+new)\s+(?:a\s+)?(?:junior|senior)"
                  # the student information systems: a number "in PowerSchool" is a student's
                  r"|powerschool|infinite\s+campus|skyward|aspen|sis"
                  # what the student system records of one child: plans, evaluations, discipline, grades,
                  # enrolment, records, health (a number these are said of is the child's)
                  r"|ieps?|504s?|504\s+plan|bip|fba|evals?|evaluations?|re-?evals?|re-?evaluations?|triennials?"
                  r"|annual\s+reviews?|suspensions?|suspended|expulsions?|expelled|detentions?|referrals?"
                  r"|retention|retained|grade\s+changes?|transcripts?|report\s+cards?|credit\s+recovery"
                  r"|enroll?|re-?enroll\w*|student\s+records?|duplicate\s+records?"
                  # a service said of the number: only a person has one ("missing speech minutes for <number>")
                  r"|sped|special\s+ed\w*|related\s+services"
                  r"|speech\s+(?:services|minutes|therapy)|service\s+minutes|accommodations"
                  r"|cum\s+files?|cumulative\s+files?|schedule\s+changes?|truancy|truant|immunizations?"
                  r"|custody|guardianship|mckinney-vento|homebound|manifestation|re-?entry\s+meeting|expulsion\s+hearing"
                  # what a dean's or a discipline log records of one child ("<number> - vape taken, ISS")
                  r"|iss|oss|in-school\s+suspension|out-of-school\s+suspension|vap(?:e|es|ed|ing)|confiscated"
                  r"|infractions?|offen[cs]es?|write-?ups?|parent\s+(?:conf|conference|meeting|contact|call)"
                  r"|tardies|absences|behaviou?r|fight(?:s|ing)?|skipp(?:ed|ing)|cutting\s+class|dress\s+code"
                  # the changes an office files for one child's record ("address change for <number>")
                  # (a contact field may carry its medium, "guardian email", and the request may be a check or a
                  # new value: "bus stop request for <n>", "residency verification for <n>", "new guardian email for")
                  r"|(?:new\s+|updated\s+)?(?:address|name|phone|contact|emergency\s+contact|guardian|parent|program"
                  r"|placement|bus(?:\s+stop)?|stop|route|transportation|locker|course|class|section|teacher|counselor"
                  r"|advisor|lunch|meal|residency|boundary)(?:\s+(?:e-?mail|phone|number|address|contact))?"
                  r"\s+(?:(?:changes?|updates?|corrections?|verifications?|checks?)(?:\s+(?:requests?|forms?))?"
                  r"|requests?)\s+(?:for|on|of)"
                  r"|new\s+(?:guardian|parent|emergency|contact|home)\s+(?:e-?mail|phone|number|address|contact)"
                  r"\s+(?:for|on|of)"
                  # where a child may enrol: "the boundary for <n>", "residency for <n>" are said of one child
                  r"|(?:attendance\s+)?boundar(?:y|ies)|residency")
# ... or the same paper's title, then a colon: "Transportation form: <n>", "Locker change - <n>", "Bus stop request:"
_OFFICE_FORM_TITLE = (r"(?:address|name|phone|contact|emergency\s+contact|guardian|parent|program|placement"
                      r"|bus(?:\s+stop)?|stop|route|transportation|locker|course|class|section|schedule|counselor"
                      r"|advisor|lunch|meal|residency|boundary)(?:\s+(?:e-?mail|phone|number|address|contact))?"
                      r"\s+(?:changes?|updates?|corrections?|verifications?|requests?|forms?)"
                      r"[ \t]*[:\-\x{2013}\x{2014}]")
_STUDENT_CONTEXT = Pattern(r"(?i)\b(?:" + _CONTEXT_WORDS + r")\b|\b" + _OFFICE_FORM_TITLE)
# a file of one student's: the student labels and the record words above, and a report card or schedule
_STUDENT_FILE = Pattern(r"(?i)\b(?:" + _CONTEXT_WORDS + r"|stu|stud|student|students|sid|studentid|pupil|learner"
                        r"|report\s*card|schedule|progress|grades|transcript|enrollment|registration)\b")
# a file of the office's: an invoice, an order, a receipt, a photo or a scan
_REFERENCE_FILE = Pattern(r"(?i)\b(?:invoice|inv|po|order|receipt|quote|img|dsc|photo|scan|ticket|asset|vendor"
                          r"|contract|budget|payroll|employee|emp|staff)\b")
_CONTEXT_REACH = 80
# a record said of the number reaches over the whole sentence (a chat sentence runs to a few hundred characters)
_RECORD_REACH = 240
# "Section 50318842 of the grant", "Chromebook 58302716": a place in a document, or a device's own number
_DOCUMENT_PLACE = Pattern(r"(?i)\b(?:section|sec\.|article|chapter|paragraph|clause|page|pg\.?|line|chromebook"
                          r"|ipad|laptop|device|tablet|hotspot|calculator|serial)\s*#?\s*$")
# "Chromebook 55120847 is assigned to Dara Voss", "iPad 41730295 checked out to Amir K.": a device's number said to
# be a named student's is the student's (DESIGN.md: an asset assigned to a student); a device lent to a titled adult
# ("assigned to Ms. Park"), to a room or a cart keeps its own number.
_DEVICE_RIGHT_BEFORE = Pattern(r"(?i)\b(?:chromebook|ipad|laptop|device|tablet|hotspot|calculator)[ \t]*#?[ \t]*$")
_ASSIGNED = (r"(?:(?:is|was|has\s+been|got)[ \t]+)?(?:assigned|issued|checked[ \t]+out|signed[ \t]+out|loaned|lent"
             r"|given)[ \t]+to[ \t]+")
_ASSIGNED_TO_STUDENT = Pattern(r"^[ \t,]*(?:\([^()\n]{0,30}\)[ \t,]*)?(?i:" + _ASSIGNED + r")"
                               r"(\p{Lu}\p{Ll}+)[ \t]+\p{Lu}(?:\p{Ll}|\.|\b)")
_NOT_A_STUDENT_AFTER = frozenset({"mr", "ms", "mrs", "mx", "dr", "coach", "room", "rm", "cart", "the", "library",
                                  "office", "principal", "nurse", "dean", "teacher"})


def _device_assigned_to_a_student(ctx: ScanContext, start: int, end: int) -> bool:
    if not _DEVICE_RIGHT_BEFORE.search(ctx.window(start - 14, start)):
        return False
    m = _ASSIGNED_TO_STUDENT.search(ctx.window(end, end + 64))
    return m is not None and m.group(1).lower() not in _NOT_A_STUDENT_AFTER


# "12500000 cents", "30000000 views": an amount, not an identifier
_QUANTITY = Pattern(r"(?i)^\s*(?:cents|dollars|usd|points|pts|steps|views|likes|minutes|seconds|hours|miles|pages"
                    r"|words|people|students|kids|calories|bytes|votes|times|x\b|%|total|meals|lunches|breakfasts|servings)")


# the number given as what the sentence's subject is ("... is <n>", "... was: <n>")
_SUBJECT_IS_BEFORE = Pattern(r"(?i)\b(?:is|was|=)[ \t:]*$")
_SUBJECT_REACH = 120


def _reference_subject(ctx: ScanContext, start: int) -> bool:
    """Whether the sentence holding the number opens with a label of another kind of number (a lot, a PO, a
    ticket), the subject "is" then gives: "Lot number on the district's recall notice is <n>"."""
    lo = max(0, start - _SUBJECT_REACH)
    cut = max(ctx.text.rfind(". ", lo, start), ctx.text.rfind("\n", lo, start), ctx.text.rfind("? ", lo, start))
    lo = cut + 1 if cut >= 0 else lo
    labels = ctx.labels_before(start, start - lo)
    if not labels or labels[0].kind in _PLACE_KINDS or labels[0].kind == "student_id":
        return False
    opening = ctx.text[lo:labels[0].start].split()
    return len(opening) <= 2 and all(lab.kind not in ("student_id",) for lab in labels)


def _words_after_label(ctx: ScanContext, start: int) -> bool:
    """Words stand between the nearest label and the number ("text to the outreach line from <number>", "one cell
    per line:\n<number>"): the label named something else ("Phone: <number>" names the number)."""
    near = ctx.labels_before(start, 32)
    return bool(near) and any(ch.isalpha() for ch in ctx.text[near[-1].end:start])


# a reference word that heads a compound noun, then "for" ("bus stop request for", "route change form for")
_REQUEST_FOR = Pattern(r"(?i)^[ \t]+(?:stop|change|update|request|form|pass|card)"
                       r"(?:[ \t]+(?:request|form|change|update)s?)?[ \t]+for[ \t]+$")


# the nouns that make a reference word name a number after all ("bus number:", "route total:")
_NUMBER_NOUNS = frozenset({"number", "num", "no", "id", "ids", "code", "codes", "total", "amount", "count", "ref", "#"})


# "Work order this week:", "PO for the toner:": a time, a state or a function word after the reference word, not the
# noun of a compound
_TIME_WORDS = frozenset({"this", "that", "these", "those", "today", "tomorrow", "tonight", "yesterday", "now", "so",
                         "here", "there", "still", "again", "just", "also", "too", "pending", "open", "closed", "the",
                         "a", "an", "for", "of", "to", "in", "on", "at", "from", "with", "and", "or", "is", "are",
                         "was", "were", "will", "has", "had", "my", "our", "your", "their", "his", "her"})


def _plural(word: str) -> bool:
    """"work orders", "tickets", "POs": a plural reference word names the numbers listed after it ("bus" is no
    plural)."""
    word = word.lower()
    return word.endswith("s") and not word.endswith(("us", "ss", "is"))


def _a_title_of_its_own(between: str) -> bool:
    """"bus team: <number>", "order export, one row is bouncing: <number>": a reference word heading a compound (a
    plain lower-case noun right after it), perhaps a clause on, then the colon of a title; the compound names a group
    or a paper, not the number (which other words must still say is a student's). A number noun anywhere ("order
    export, the number is:") keeps the reference word the number's label."""
    head, colon, rest = between.partition(":")
    words = head.replace(",", " ").split()
    return bool(colon) and not rest.strip() and 1 <= len(words) <= 8 and head[:1] in (" ", "\t") \
        and words[0] not in _TIME_WORDS \
        and all(w.isalpha() and w.islower() and w not in _NUMBER_NOUNS for w in words)


def _names_no_number(ctx: ScanContext, label: Label, start: int) -> bool:
    """A label word that says nothing of the number: a chat mention ("@user"), or an account or a login "for" the
    number ("unlock the Aspen account for <number>": the number is whose account it is)."""
    if ctx.text[label.start - 1:label.start] == "@":
        return True
    between = ctx.text[label.end:start]
    if label.kind == "reference" and (_REQUEST_FOR.search(between) or (
            not _plural(ctx.text[label.start:label.end]) and _a_title_of_its_own(between))):
        return True  # "Bus stop request for <number>": the label names the thing requested, the number whose it is
    # ("the Aspen account for <number>", "new guardian phone for <number>": whose account or phone it is)
    return label.kind in ("account", "login", "phone") and between.strip().lower() == "for"


# a reply's or a forward's subject line opening the message ("Re: Re: duplicate record", "Fwd: schedule change")
_THREAD_SUBJECT = re.compile(r"[ \t>]*(?:(?:re|fwd?|aw|sv)[ \t]*:[ \t]*)+([^\n]{3,120})\n", re.IGNORECASE)


def _thread_subject(text: str, start: int) -> str:
    """The subject of the thread a reply quotes, when the message opens with one above the number's line."""
    m = _THREAD_SUBJECT.match(text)
    return m.group(1) if m is not None and m.end() <= start else ""


def _a_child_word(ctx: ScanContext, label: Label) -> bool:
    """A bare student word ("Student is Gael M."): it names a child, not a number ("SIS batch ID" names one)."""
    return label.kind == "student_id" and ctx.text[label.start:label.end].lower().rstrip(" \t:.#") in _LOOSE_LABELS


def _about_a_student(ctx: ScanContext, start: int, end: int) -> bool:
    """An unlabelled number in a sentence about a class list or a child, and not an amount, a document
    place or a device's number."""
    if any(lab.kind not in _PLACE_KINDS and not _a_child_word(ctx, lab) and not _names_no_number(ctx, lab, start)
           for lab in ctx.labels_before(start, 48)) or ctx.text[start - 1:start] == "$":
        return False  # (an office or an address named before it says where, not what the number is; a student
        # word, "Student is Gael M., 2nd grade, SIS gave him ...", says the sentence is about a child)
    if _QUANTITY.search(ctx.window(end, end + 16)) or _DOCUMENT_PLACE.search(ctx.window(start - 12, start)):
        return False
    if _SUBJECT_IS_BEFORE.search(ctx.window(start - 8, start)) and _reference_subject(ctx, start):
        return False  # "Lot number on the recall notice is <n>": the sentence's subject says what the number is
    if _STUDENT_CONTEXT.search(_sentence_around(ctx.text, start, end)):
        return True
    header = _block_header(ctx.text, start) if "\n" in ctx.text else ""
    if header and _STUDENT_CONTEXT.search(header):
        return True
    subject = _thread_subject(ctx.text, start)
    if subject and _STUDENT_CONTEXT.search(subject):
        return True  # "Re: duplicate record" over "> merging <number> into ...": the thread is about a child's record
    # a number the sentence (or its list's header) says a student record of is the student's: the record unit's
    # own terms, not a second list of them ("request for <number>: he's eloping ..., per his IEP amendment",
    # "chronic absence outreach: <number> (22 days), <number> ...")
    from policy.detectors.student_record import states_a_record

    return states_a_record(_sentence_around(ctx.text, start, end, _RECORD_REACH)) \
        or bool(header) and states_a_record(header)


# A line that opens with the number, a dash or a colon, then a verb said of a person: a dean's, a nurse's or an
# office's note whose subject is the student the number is ("<number> - left campus", "<number>: was sent to the
# nurse", "<number> — needs a new schedule"). A date written as eight digits ("20251014 - agenda posted") is not.
_LINE_OPENING = Pattern(r"(?:^|\n)[ \t*>\x{2022}]*$")
_PERSON_VERBS = (r"(?:was|is|has\s+been|had\s+been|got|gets)\s+"
                 r"(?:sent|caught|found|seen|absent|tardy|late|out|home|sick"
                 r"|suspended|involved|picked\s+up|checked\s+out|released|dismissed|marked|written\s+up|referred"
                 r"|hurt|injured|crying|upset|missing|failing|behind|new|moved|withdrawn|in\s+(?:a|the)\s+fight)"
                 r"|has\s+(?:a|an|no|\d+)|left|leaves|skipped|skips|missed|misses|came|arrived|refused|refuses"
                 r"|threw|hit|pushed|punched|kicked|cursed|swore|walked|ran|cut|said|says|told|needs|keeps|kept|failed"
                 r"|returned|showed|brought|lost|broke|fell|vomited|threw\s+up|cried|tested|scored|absent|tardy|late"
                 r"|sent|caught|found|seen|wandering|sleeping|eloped|didn't|doesn't|won't|can't|isn't|wasn't|hasn't"
                 r"|will|should|wants|asked|reported|complained|claims|admitted|denied|checked|picked|signed|moved"
                 r"|transferred|withdrew|withdrawn|enrolled|stayed|hid|stole|vandalized|bullied|bullying|threatened")
_NOTE_VERB_AFTER = Pattern(r"(?i)^[ \t]*[-:\x{2013}\x{2014}][ \t]+(?:" + _PERSON_VERBS + r")\b")


# ... or a note's subject field ("Re: <number> - mom called", "Subject: <number>"): the number is what the note is
# about, as a name there would be
_SUBJECT_FIELD = Pattern(r"(?i)(?:^|\n)[ \t*>]*(?:re|subject|subj|regarding|about|fwd?)[ \t]*:[ \t]*$")


# a question about the number answered, in the next sentence, by who the number is ("Can someone unlock <number>? He's
# the one with the cracked screen", "re-sync <number> to Clever? Mia Castellanos can't log in"), or the number said to
# be a person ("check if <number> is Aaliyah Grant"): the number is that child's
_QUESTION_ENDS_AFTER = Pattern(r"^[^.!?\n]{0,60}\?[ \t]+")
# a question about what the number amounts to ("Is 41206638 the right total?"): the number is a sum, whoever answers
_SUM_ASKED = re.compile(r"(?i)\b(?:total|amount|balance|sum|cost|price|count|figure|budget|payment|charge)s?\b")
_PERSON_OPENS = Pattern(r"^(?:He|She)(?:['\x{2019}](?:s|ll|d))?\b")
_IS_AFTER = Pattern(r"^[ \t]+(?:is|was)[ \t]+")
# the number ends its sentence, the next opens right after it
_SENTENCE_ENDS_RIGHT_AFTER = Pattern(r"^[.!][ \t]+")
# "His mom ...", "Their current address ...": what only a person (a family) has
_FAMILY_OPENS = Pattern(r"^(?:His|Her|Their)[ \t]+(?:(?:new|current|old|home)[ \t]+)?(?:mom|dad|mother|father|parents?"
                        r"|guardians?|grandma|grandmother|grandpa|family|address|phone|cell|teacher|counselor|schedule)\b")


def _person_named_for_the_number(ctx: ScanContext, start: int, end: int) -> bool:
    """Whether a question about the number is answered by a person in the next sentence, or the number is said to be
    a person ("<number> is Ana Ruiz"): a named person's start counts (the scanner's names), or "He"/"She"."""
    text = ctx.text
    if parse_yyyymmdd(text[start:end]) is not None:
        return False
    _, name_starts = ctx.name_edges
    m = _IS_AFTER.search(text[end:end + 12])
    if m is not None and end + m.end() in name_starts:
        return True
    stated = _SENTENCE_ENDS_RIGHT_AFTER.search(text[end:end + 6])
    if stated is not None:
        # "came back undeliverable for <number>. Their current address ...": the next sentence speaks of the person
        opening = end + stated.end()
        return _FAMILY_OPENS.search(text[opening:opening + 40]) is not None \
            and _SUM_ASKED.search(text, max(0, start - 60), start) is None
    m = _QUESTION_ENDS_AFTER.search(text[end:end + 80])
    if m is None or _SUM_ASKED.search(text, end, end + m.end()) is not None:
        return False
    opening = end + m.end()
    return opening in name_starts or _PERSON_OPENS.search(text[opening:opening + 8]) is not None


def _note_subject(text: str, start: int, end: int) -> bool:
    if parse_yyyymmdd(text[start:end]) is not None:
        return False
    if _LINE_OPENING.search(text[max(0, start - 8):start]):
        return bool(_NOTE_VERB_AFTER.search(text[end:end + 24]))
    return bool(_SUBJECT_FIELD.search(text[max(0, start - 16):start]))


def parse_yyyymmdd(number: str) -> datetime.date | None:
    """Eight digits read as a date written year first (20251014), or None."""
    try:
        return datetime.date(int(number[:4]), int(number[4:6]), int(number[6:])) \
            if number[:2] in ("19", "20") else None
    except ValueError:
        return None


# A bare list of eight-digit numbers: one a line, or side by side between pipes, commas, semicolons or slashes.
_LIST_NEIGHBOUR_BEFORE = Pattern(r"(?:^|[^\d])\d{8}[ \t]*(?:[|,;/][ \t]*|\r?\n[ \t*>\x{2022}-]*)$")
_LIST_NEIGHBOUR_AFTER = Pattern(r"^[ \t]*(?:[|,;/][ \t]*|\r?\n[ \t*>\x{2022}-]*)\d{8}(?:$|[^\d])")
# Words anywhere in the message that say the listed numbers are children: the class-list and student-system
# words above, or the children and what staff collect from them ("missing permission slips from").
_LIST_OF_STUDENTS = Pattern(r"(?i)\b(?:" + _CONTEXT_WORDS + r"|students?|pupils?|kids|learners?|permission\s+slips?"
                            # the groups a school puts children in for a while: intervention and tutoring blocks,
                            # reading and small groups, pull-outs, advisories, summer school, a trip or a bus
                            r"|interventions?|tutoring|tutees|small\s+groups?|reading\s+groups?|pull-?outs?"
                            r"|advisory|summer\s+school|field\s+trip|bus\s+list|after-?school|lunch\s+bunch"
                            r"|(?:these|those|the)\s+(?:two|three|four|five|six|\d)\s+(?:move|moved|moving|go|are|were)"
                            r"|move[sd]?\s+(?:in)?to\s+(?:my|your|his|her|their|the|\w+['\x{2019}]s)\s)")
_LIST_REACH = 400
_PLACE_KINDS = frozenset({"public_place", "office_line", "home"})

_LIST_ITEM = re.compile(r"(?<!\d)\d{8}(?!\d)")
_OTHER_NUMBER = re.compile(r"\d")


def _in_a_student_list(ctx: ScanContext, start: int, end: int) -> bool:
    """A bare eight-digit number listed beside another ("79762483 | 65732520", one a line) in a message whose
    words say the list is of children: the list's framing sits in its own sentence or line, before or after."""
    text = ctx.text
    if not (_LIST_NEIGHBOUR_BEFORE.search(ctx.window(start - 16, start))
            or _LIST_NEIGHBOUR_AFTER.search(ctx.window(end, end + 16))):
        return False
    for lab in ctx.labels_before(start, 48):
        # a PO, ticket, serial... label names the list, unless its own number follows it ("Room 114"); a place
        # ("the museum") never does
        if lab.kind not in _PLACE_KINDS and not _OTHER_NUMBER.search(_LIST_ITEM.sub("", text[lab.end:start])):
            return False
    if _QUANTITY.search(ctx.window(end, end + 16)):
        return False
    head = _list_head(text, start)
    # the line over a list of numbers names them all ("PO numbers for ...:" then rows), unless its label has a
    # number of its own there ("they came from Room 114")
    if head is not None and any(lab.kind not in _PLACE_KINDS and lab.start >= head[0]
                                and not _OTHER_NUMBER.search(text[lab.end:head[1]])
                                for lab in ctx.labels_before(head[1], head[1] - head[0])):
        return False
    return bool(_LIST_OF_STUDENTS.search(text[max(0, start - _LIST_REACH):end + _LIST_REACH]))


_ROW_OF_NUMBERS = re.compile(r"[\s*>\u2022\-,;|/\d]*")


def _list_head(text: str, start: int) -> tuple[int, int] | None:
    """For a number on a line of its own in a run of such lines, the span of the line above the run."""
    line_start = text.rfind("\n", 0, start) + 1
    if line_start == 0:
        return None
    for _ in range(_MAX_HEADER_ROWS):
        above = text.rfind("\n", 0, line_start - 1) + 1
        line = text[above:line_start - 1]
        if not _ROW_OF_NUMBERS.fullmatch(line):
            return above, line_start - 1
        if above == 0:
            return None
        line_start = above
    return None


def _block_header(text: str, start: int) -> str:
    """For a number opening a row ("37814735 - annual 11/14"), the header line ending with ":" that the rows sit
    under ("IEP due dates this month:"); "" otherwise."""
    line_start = text.rfind("\n", 0, start) + 1
    if text[line_start:start].strip(" \t*>-\u2022") or line_start == 0:
        return ""
    pos = line_start - 1  # the line break ending the row above
    for _ in range(_MAX_HEADER_ROWS):
        above = text.rfind("\n", 0, pos) + 1
        line = text[above:pos]
        if not line.strip():
            return ""
        if line.rstrip(" \t*_").endswith(":"):
            return line
        if above == 0:
            return ""
        pos = above - 1
    return ""


_MAX_HEADER_ROWS = 12


def _sentence_around(text: str, start: int, end: int, reach: int = _CONTEXT_REACH) -> str:
    """The text around a number up to the sentence's edges, at most `reach` characters each way."""
    lo = max(0, start - reach)
    hi = min(len(text), end + reach)
    before = text[lo:start]
    cut = max(before.rfind(". "), before.rfind("\n"))
    if cut >= 0:
        lo += cut + 1
    after = text[end:hi]
    cuts = [i for i in (after.find(". "), after.find("\n")) if i >= 0]
    if cuts:
        hi = end + min(cuts)
    return text[lo:hi]


class StudentIdDetector:
    name = "student_id"
    finding_type = "student_id"
    # Eight digits only matter with a student label or a name beside them, so only those wake the unit
    # (tickets, POs and card numbers, which are common, do not).
    triggers = tuple("(?i)" + fragment for _, fragment in LABELS) + (
        r"(?i)student_?id|stu_?id|\bsid\b",
        # any link holding eight digits: whether it is the student system's (a district's own gradebook
        # included) is decided in the unit, which has the district
        r"(?i)https?://[^\s]*[^\d]\d{8}(?:[^\d]|$)",
        r"\p{Lu}\p{Ll}+[ \t]+\p{Lu}[\p{L}'\-.]*[ \t]*[(\[:#\-,|/]?[ \t]*(?:\d{8}|\d{4}-\d{4})",
        r"\d{8}[ \t]*[(\[,|/][ \t]*\p{Lu}\p{Ll}+",
        r"(?i)(?:^|[^a-z0-9])(?:stu|stud|student|stuid|sid|id|studentid)\d{8}",
        r"[A-Z][a-z'\-]+,[ \t]+[A-Z][a-z'\-]+[ \t]*[(:#\-|\t,]?[ \t]*\d{8}",
        # a note's subject field holding the number ("Re: <number>")
        r"(?i)(?:^|\n)[ \t*>]*(?:re|subject|subj|regarding|about|fwd?)[ \t]*:[ \t]*\d{8}" + _CLEAN_END,
        # a note opening with the number, about the person it is ("<number> - left campus")
        r"(?:^|\n)[ \t*>\x{2022}]*\d{8}[ \t]*[-:\x{2013}\x{2014}][ \t]+(?i:" + _PERSON_VERBS + r")\b",
        # "57957765  Brooks, J": a row opened by the number, the name last-name-first after it
        r"(?m)^[ \t*>\x{2022}-]*(?:\d{1,3}[.)][ \t]+)?\d{8}[ \t]*[|\t:\-,\x{2013}\x{2014}]?[ \t]*"
        r"\p{Lu}\p{Ll}+,[ \t]*\p{Lu}",
        # "24396293,OKAFOR,CHIDI,M,...": the same row from an export, in capitals, one cell each (or as typed)
        r"(?m)^[ \t*>\x{2022}`-]*\d{8}[ \t]*[,|\t;][ \t]*\p{Lu}(?:\p{Lu}+|\p{Ll}+)[ \t]*[,|\t;][ \t]*\p{Lu}(?:\p{Lu}+"
        r"|\p{Ll}+)[ \t]*[,|\t;]",
        # "<number>\nYamamoto, Hana": an export copied one cell a line
        r"(?m)^[ \t*>\x{2022}-]*\d{8}[ \t]*\r?\n[ \t]*\p{Lu}\p{Ll}+,[ \t]*\p{Lu}",
        # "52071659: mom, 708-555-0170": a call list's row, a relative's phone after the number
        r"(?m)^[ \t*>\x{2022}-]*\d{8}[ \t]*[:|\t\-,\x{2013}\x{2014}][ \t]*(?i:" + _KIN + r")\b",
        # "the wrong birthday for <number>": the number is the person the birth date is of
        r"(?i)\b(?:birthday|birth\s*date|dob|d\.o\.b\.?|date\s+of\s+birth)[ \t]+(?:for|of)[ \t]+#?\d{8}" + _CLEAN_END,
        # "Simran (42749723)", "Tien 58007698": a given name right before the number (`_given_name_right_before`)
        r"\p{Lu}\p{Ll}+[ \t]+\(?\d{8}(?:$|[^\d])",
        # "(Kiara Jenkins, 29044792)": a bracketed aside naming the person, then the number
        r"\([^()\n]{3,60}[,:\-][ \t]*\d{8}\)",
        # "Luz 61730248 goes to the YMCA": a given name, the number, a verb said of the person
        r"\p{Lu}\p{Ll}+[ \t]+\d{8}[ \t]+(?:" + _ACTS_OF_A_PERSON + r")\b",
        # "Rowan 71203948" over "Isla 71203955": rows of a given name and a number
        r"(?m)^[ \t*>\x{2022}-]*\p{Lu}\p{Ll}+(?:[ \t]+\p{Lu}\.?)?[ \t]*[:|,\t\-]?[ \t]*\d{8}[ \t]*\r?\n"
        r"[ \t*>\x{2022}-]*\p{Lu}\p{Ll}+(?:[ \t]+\p{Lu}\.?)?[ \t]*[:|,\t\-]?[ \t]*\d{8}[ \t]*(?:\r?\n|$)",
        # "#62019384 Ella Frost": a name right after the number, as the name rule reads it
        r"\d{8}[ \t]*[:\-]?[ \t]*\p{Lu}\p{Ll}+[ \t]+\p{Lu}",
        # a file name holding the number ("IEP_40918273_Garcia.docx"): the unit reads the file name's words
        r"(?i)\d{8}[\w\-.]*\.(?:" + _FILE_EXTENSIONS + r")\b",
        # a birth date given beside the number ("32062904, born 06/14/2018", "DOB 2014-12-01, one is under 63912496")
        r"(?i)\d{8}" + _BORN_AFTER_FRAGMENT + "|" + _BIRTH_GIVEN_FRAGMENT + r"[^\n]{0,70}\d{8}"
        r"|\d{8}[^\n]{0,80}" + _BIRTH_GIVEN_FRAGMENT,
        # a device's number assigned to a named student ("Chromebook 55120847 is assigned to Dara Voss")
        r"(?i)\b(?:chromebook|ipad|laptop|device|tablet|hotspot|calculator)[ \t]*#?[ \t]*\d{8}[^\n\d]{0,40}?\b"
        r"(?:assigned|issued|checked[ \t]+out|signed[ \t]+out|loaned|lent|given)[ \t]+to[ \t]+\p{Lu}",
        # an account on a domain named by eight digits ("41206638@cps.edu"): the unit checks the district's domains
        r"(?:^|[^\d])\d{8}@[A-Za-z0-9]",
        # "20918844's schedule": a number spoken of as a person's
        r"\d{8}['\x{2019}]s |\d{4}-\d{4}['\x{2019}]s ",
        # a question about the number answered by a person, or the number said to be one
        # (`_person_named_for_the_number`: a name or "He"/"She" opens with a capital)
        r"\d{8}[^\n]{0,61}\?[ \t]+\p{Lu}|\d{8}[ \t]+(?:is|was)[ \t]+\p{Lu}",
        # ... or the next sentence, right after the number, speaks of the person ("... for <number>. Their mom ...")
        r"\d{8}[.!][ \t]+(?:His|Her|Their)[ \t]",
        r"\p{Lu}\p{Ll}+['\x{2019}]s[ \t]+(?i:number|num|no\.?|#)[^\n\d]{0,6}\d{8}",
        # ... or a clause or a sentence later (`_owned_id_given_later`)
        r"\p{Lu}\p{Ll}+['\x{2019}]s[ \t]+(?:(?i:student|school|lunch)[ \t]+)?(?i:id|number|num|no\.|#)[^\d]{0,110}"
        r"\d{8}(?:$|[^\d])",
        # an unlabelled eight-digit number in a sentence about a class list or a child
        r"(?i)\b(?:" + _CONTEXT_WORDS + r")\b[^\n]{0,80}(?:" + _EIGHT_FRAGMENT + r"|\b\d{4}-\d{4}\b)"
        r"|(?:" + _EIGHT_FRAGMENT + r"|\b\d{4}-\d{4}\b)[^\n]{0,80}\b(?:" + _CONTEXT_WORDS + r")\b",
        r"(?i)\b" + _OFFICE_FORM_TITLE + r"[^\n]{0,80}(?:" + _EIGHT_FRAGMENT + r"|\b\d{4}-\d{4}\b)",
        # a reply whose subject line names a child's matter, the number in the quoted lines under it
        r"(?i)^[ \t>]*(?:(?:re|fwd?|aw|sv)[ \t]*:[ \t]*)+[^\n]{0,120}\b(?:" + _CONTEXT_WORDS + r")\b[^\n]{0,120}\n"
        r"[\s\S]{0,400}?" + _EIGHT_FRAGMENT,
        # a bare list of eight-digit numbers, one a line or side by side (the unit reads the message's words)
        r"\d{8}[ \t]*(?:[|,;/][ \t]*|\r?\n[ \t*>\x{2022}-]*)\d{8}(?:$|[^\d])",
        # rows of numbers under a header line that says what they are ("IEP due dates this month:"), the number
        # ending where the unit's number ends ("<number>MARTINEZ, LUIS" under "Roster row:")
        r"(?i)\b(?:" + _CONTEXT_WORDS + r")\b[^\n]{0,80}:[ \t*_]*\r?\n[ \t*>\x{2022}-]*\d{8}" + _CLEAN_END,
    )

    def find(self, ctx: ScanContext) -> Iterable[Candidate]:
        for start, end in ctx.student_ids:
            yield Candidate(self.finding_type, start, end, self.name)


# what wakes the unit: a message that woke none of it may still hold an ID the record unit read (`states_a_record`)
TRIGGERS = frozenset(StudentIdDetector.triggers)
DETECTORS = (StudentIdDetector(),)

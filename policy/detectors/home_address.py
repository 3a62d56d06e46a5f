"""Home addresses: a street address ("3918 N Kimball Ave", "3342 w. 63rd pl., garden apt") that the text
ties to where a person lives or gets mail.

Schools, stadiums, offices and the district's public addresses (policy file, `district.public_addresses`)
are not homes, so the nearest place word before the address must be a home word (lives, staying, home,
house, address, mailing) or the address must carry an apartment or unit; intersections and ZIP codes alone
have no house number and street type and never match.

Two looser shapes need the tie to a person outright (a home word governing them, a home column, a person's
record), never just a unit: a PO box ("her mailing address is PO Box 4471") and a street without its suffix
("lives at 1420 W Belden", "3318 W 63rd #2"), which chat writes as often as the full form.
"""
from __future__ import annotations

from bisect import bisect_left

from policy.detectors.base import Match, PatternDetector
from policy.detectors.context import Label, ScanContext
from policy.detectors.exclusions import is_district_phone, is_public_address
from policy.detectors.form_labels import label_fragment
from policy.detectors.names import NOT_FIRST_NAMES, STOP_WORDS, is_given_name
from policy.detectors.patterns import Pattern
from policy.detectors.personal_email import personal_mailbox
from policy.detectors.personal_phone import parsed_number
from policy.detectors.tables import header_words, organisation_headers

LABELS = (
    ("home", r"\b(?:home\s+address|mailing\s+address|(?:new|current|street|home|his|her|their|my|family'?s?)"
             r"\s+address|addr[e3]ss|addr|addy|mailing|lives?(?:\s+at)?|living(?:\s+at)?|resides?(?:\s+at)?|residence|staying"
             r"|stays|home|house|apartment|apt"
             # the papers that prove where a family lives ("proof of residency: ComEd bill to ... at ...")
             r"|residency|proof\s+of\s+address"
             # a person's own home office is in their home; a door-to-door bus stop is the child's door
             r"|(?:his|her|their|my)\s+home\s+office|door[\s-]+to[\s-]+door"
             # the address a family gives the school for itself ("the family entered '...'", "mom listed ...")
             r"|(?:famil(?:y|ies)|household|parents?|mom|dad|mother|father|guardians?)\s+(?:(?:had|has|just)\s+)?"
             r"(?:entered|gave|listed|provided|wrote|typed|put\s+down|filled\s+in)"
             # the services a school brings to a child's home ("Homebound visit schedule:", "home instruction at ...");
             # the staff or the office that runs them ("the homebound coordinator's office") sit elsewhere
             r"|(?:on\s+)?home-?bound\s+(?:visits?|schedule|students?|instruction|services|list|stops?|kids?|child"
             r"|cases?|sessions?|tutoring)|home[\s-]+(?:instruction|based\s+services)"
             # "place" is a home only as someone's ("her place", "my new place", "Tasha's place"): a "polling place", a
             # "meeting place" or "McCormick Place" is somewhere else
             r"|(?:(?:his|her|their|my|our|your|(?:new|old)|\p{L}+['\x{2019}]s?)\s+)(?:(?:new|old)\s+)?place"
             # a move said in any tense ("moved to", "is moving to", "moves into", "moving in with her at"): a
             # move of an office or an event is read out by _PLACE_OR_EVENT_MOVED
             r"|moved(?:\s+to)?|mov(?:ed|es|ing)\s+(?:in\s+with\s+\S+\s+at|to|into|over\s+to)|mail(?:\s+it)?(?:\s+to)?|send\s+it\s+to"
             # a person's own post sent to an address ("wants his check mailed to ...", "mail her W-2 to ..."): an
             # organisation as the addressee is read by _ORGANISATION_BETWEEN, an office's mail by _BUSINESS_MAIL
             r"|mail(?:ed|s|ing)?\s+(?:(?:his|her|their|my|the|it|them)\s+)?(?:\S+\s+)?to"
             r"|(?:send|sent|sending|sends|forward(?:ed|ing|s)?|ship(?:ped|ping|s)?)\s+(?:his|her|their|my)\s+(?:\S+\s+)?to"
             # the housing a family without a home of its own has (McKinney-Vento's words: doubled up with
             # relatives, transitional housing)
             r"|doubled[\s-]up|relatives'?|transitional\s+housing"
             r"|shelter|motel|(?:rescue\s+)?mission|extended[\s-]stay|last\s+known(?:\s+address)?|aunt'?s|uncle'?s"
             r"|grandma'?s|grandmother'?s|mom'?s|dad'?s"
             # a named family or household is where people live ("deliver it to the Alvarez family, ...")
             r"|the\s+(?-i:\p{Lu}\p{Ll}+)(?:'s)?\s+famil(?:y|ies)'?s?|(?-i:\p{Lu}\p{Ll}+)\s+household|foster\s+(?:home"
             r"|family|parents?)"
             r"|stay(?:s|ed|ing)?\s+with|aunt|uncle|grandparents'?|cousin'?s"
             # a child picked up or dropped off by name at an address: a carpool's stops are homes ("pick up
             # Lena at 1960 N ...", "drop Rowan off at ...")
             r"|(?:pick(?:s|ing|ed)?\s+up|grab(?:s|bing|bed)?|get(?:s|ting)?|collect(?:s|ing|ed)?)\s+(?-i:\p{Lu}\p{Ll}+)"
             r"\s+(?:from\s+|at\s+)|drop(?:s|ping|ped)?\s+(?:off\s+)?"
             r"(?-i:\p{Lu}\p{Ll}+)\s+(?:off\s+)?at"
             # a transport request's stops ("pickup from 2903 W ...", "AM pick-up address: ..."): where the child is
             # collected and left, a home unless a place word stands nearer
             r"|(?:am\s+|pm\s+)?(?:pick-?\s?up|drop-?\s?off)\s+(?:from|at|address|location|point|spot)"
             # ... or said of the children it is for, as a change ("pickup for the Nowak kids changes to ...", "drop-off
             # for Ines is now at ..."): a day or a month named there is read out in `_tied_to_a_home`
             r"|(?:pick-?\s?up|drop-?\s?off)s?\s+for\s+(?:the\s+)?(?-i:\p{Lu}\p{Ll}+)(?:['\x{2019}]s)?(?:\s+(?:kids"
             r"|children|twins|boys|girls|siblings|family|brothers|sisters))?\s+(?:(?:changes|changed|changing|moves"
             r"|moved|switches|switched|is|are|will|be|now|going|goes|permanently|starting)\s+){0,3}(?:to|at|from)"
             # a rented home ("renting the basement unit at ..."): the unit is a flat, not a budget unit
             r"|(?:rent(?:s|ing|ed)?|leas(?:es|ing|ed)|sublet\w*)\s+(?:(?:a|an|the|their|his|her|my)\s+)?"
             r"(?:(?:basement|garden|rear|front|upstairs|downstairs|attic|coach\s+house)\s+)?(?:unit|apartment|apt"
             r"|flat)"
             r"|(?:basement|garden|rear|front|upstairs|downstairs|attic|coach\s+house)\s+(?:unit|apartment|apt|flat)"
             r"|(?:rent(?:s|ing|ed)?|leas(?:es|ing|ed)|sublet\w*)\s+(?:(?:a|an|the|their|his|her|my)\s+)?(?:house|home"
             r"|place)"
             # a student's own papers give the family's address ("the emergency card says 6508 S Rockwell")
             r"|(?:emergency|enrollment|enrolment|registration|intake)\s+(?:contact\s+)?(?:card|form|packet|sheet)s?"
             r"\s+(?:says|said|has|had|lists|listed|shows|showed)"
             # a family or household "at" an address lives there ("send the packet to the family at ...")
             r"|(?:famil(?:y|ies)|household)\s+(?:at|on)"
             # "Family is at 3350 S Halsted", "the household is now at ...": where a family is, is its home ("they
             # are at ..." is as often a field trip)
             r"|(?:famil(?:y|ies)|household)\s+(?:(?:is|are|now|still)\s+){1,2}(?:at|on))\b"),
    # the same labels on a form in another language ("Dirección:", "adres zamieszkania", "địa chỉ", "住址")
    ("home", label_fragment("home")),
    # a person named with a title, in the possessive, is their home ("drop it at Mrs. Lee's, ...", "over to Coach
    # Diaz's place"); a noun after it that names a business ("Mr. Patel's restaurant") is a place label of its own
    ("home", r"\b(?:at|to|from|by|over\s+to)\s+(?-i:(?:Ms|Mrs|Mr|Miss|Mx|Dr|Coach|Aunt|Uncle|Grandma|Grandpa|Nana"
             r"|Abuela|Abuelo|Tia|Tio|Tía|Tío)\.?\s+\p{Lu}[\p{L}'\-]+)['\x{2019}]s\b"),
)

_SUFFIX = (r"(?:st|street|ave|avenue|av|blvd|boulevard|rd|road|dr|drive|pl|place|ct|court|ln|lane|way|pkwy"
           r"|parkway|ter|terrace|hwy|highway|cir|circle|sq|square|trl|trail|pkway|row|crescent|cres)")
# (a floor said with its ordinal first, "2719 N ... Ave, 1st fl.", "..., 2nd floor", is part of the address; a floor
# alone is an office's as often as a flat's, so it does not make the address a home)
# (a rear house or a basement has no number of its own: the word after it is the sentence's, "... rear into the form")
_UNIT = (r"(?:,?\s*(?:(?:apt|apartment|unit|suite|ste|fl|flr|floor|#|garden\s+apt)\.?"
         r"(?:\s*[A-Za-z0-9][A-Za-z0-9\-]*)?|(?:basement|rear|bsmt)\b\.?"
         r"|\d{1,2}(?:st|nd|rd|th)\s*(?:fl|flr|floor)\b\.?))")
# "1520 1/2 W 59th St": a house number with a half, the rear house of a lot
_HOUSE_NUMBER = r"\d{1,6}[A-Za-z]?(?:[ \t]+1/2)?"
# the space between an address's words, or a line break in a quoted reply ("6733 S\n> Claremont Ave": a forwarded
# message wraps the address and quotes every line)
_GAP = r"(?:[ \t]*\r?\n[ \t]*>[ \t>]*|\s+)"
PATTERN = (r"(?i)\b(" + _HOUSE_NUMBER + _GAP + r"(?:(?:[nsew]|north|south|east|west)\.?" + _GAP + r")?"
           # a street's words hold a letter ("63rd", "Cermak"): a bare number before the address is another field
           # ("...-0148<TAB>4417 W Cermak Rd": a phone's last group is no house number)
           r"(?:\d*[A-Za-z][A-Za-z0-9'\-]*\.?" + _GAP + r"){0,3}?" + _SUFFIX + r"\b\.?" + _UNIT + r"?)")
# "1420 W Belden", "3318 W 63rd #2": a house number, a direction and a capitalised street name (or a numbered
# street), no suffix
BARE_STREET = (r"\b(" + _HOUSE_NUMBER + r"[ \t]+(?i:[nsew]|north|south|east|west)\.?[ \t]+"
               r"(?:[A-Z][a-z]+|\d{1,3}(?i:st|nd|rd|th))"
               r"(?:[ \t]+[A-Z][a-z]+)?" + _UNIT + r"?)\b")
# "moved to 204 N Wing": a part of a building after a room number is no street
_BUILDING_PARTS = frozenset({"wing", "hall", "building", "bldg", "gym", "campus", "entrance", "lot", "door", "side",
                             "stairs", "stairwell", "corridor", "hallway", "annex", "tower", "end", "lobby"})
PO_BOX = r"(?i)\b(p\.?\s?o\.?\s?box\s+\d{1,6})\b"
_PUBLIC_KINDS = frozenset({"public_place", "office_line"})


# "..., dad 773-555-0184", "mom's cell: (312) ...": a family member's phone right after the address
_FAMILY_PHONE_AFTER = Pattern(r"(?i)^[\s,;:/|-]{0,4}(?:(?:his|her|their|the)\s+)?(?:mom|dad|mother|father|guardian"
                              r"|parents?|grandma|grandpa|grandmother|grandfather|aunt|uncle|abuela|abuelo"
                              r"|home|cell)(?:'s)?(?:\s+(?:cell|phone|number|#))?[\s:#.-]{0,4}"
                              r"(?:\+?1[\s.-]?)?\(?[2-9]\d{2}")
# "Nevaeh J. - grandma 773-555-0163, 4780 N ...": a family member's phone, then the address as the row's next field
_FAMILY_PHONE_BEFORE = Pattern(r"(?i)\b(?:mom|dad|mother|father|guardian|parents?|grandma|grandpa|grandmother"
                               r"|grandfather|aunt|uncle|abuela|abuelo)(?:'s)?(?:[ \t]+(?:cell|phone|number|#))?"
                               r"[ \t:#.\-]{0,4}(?:\+?1[ \t.\-]?)?\(?[2-9]\d{2}\)?[ \t.\-]?\d{3}[ \t.\-]?\d{4}"
                               r"[ \t]*[,;|/\-\x{2013}\x{2014}][ \t]*$")
# "4729 S Wood St is where the family lives", "..., that's her grandma's house"
# "... at 10632 S Avenue L? That's where Jada sleeps": the next sentence may say it
# "stop by 7608 S Laflin St? Mom asked for a home visit": a home visit said right after is a visit to that address
# "..., that's their house", "... is where the family lives": the words after the address say outright that it is a
# home; this outranks a place word before it ("the bus skipped 3408 W ... this morning, that's their house")
_HOME_STATED = (r"[^.!?\n]{0,40}?\b(?:(?:is|that's|that\s+is|thats|it's)\s+where\s+(?:[\w'\x{2019}]+\s+){0,3}"
                r"(?:lives?|live|stays?"
                r"|resides?|sleeps?|sleeping|living|staying)"
                r"|(?:is|that's|that\s+is|thats|it's)\s+(?:his|her|their|my|the\s+\w+'s)\s+(?:\w+'s\s+)?"
                r"(?:home|house|apartment|place|address))")
# "ship to 4127 N ... (the Diaz family's home)": a bracket right after the address that says whose home it is states
# it outright, whatever place word came before
# (a family named by its surname: "the Diaz family's", "the Garcias'"; "the Target's" is a shop)
_WHOSE_HOME_AFTER = Pattern(r"(?i)^[ \t,]*[(\[][ \t]*(?:his|her|their|my|our|the[ \t]+(?-i:\p{Lu}\p{Ll}+)(?:[ \t]+"
                            r"(?:famil(?:y|ies)|household|kids|children)['\x{2019}]s?|(?-i:s)['\x{2019}]))[ \t]+"
                            r"(?:new[ \t]+)?(?:home"
                            r"|house|apartment|apt|place|residence)\b")
# (each form opens with "is", "that's", "that is", "thats" or "it's": text holding none of them, as after an address
# that ends its message, is decided without an RE2 call)
_HOME_STATED_AFTER = Pattern(r"(?i)^" + _HOME_STATED + r"\b", ("is", "that", "it's"))
_HOME_AFTER = Pattern(r"(?i)^(?:[^()\[\]\n]{0,40}?[(\[][ \t]*(?:(?:his|her|their|my|our)[ \t]+)?(?:home|house|residence"
                      r"|mailing|res)"
                      # "(grandma's house)", "(her aunt's apartment)": a relative's home in brackets after it
                      r"|[ \t,]*[(\[][ \t]*(?:(?:his|her|their|the\s+kids?['\x{2019}]?s?)[ \t]+)?"
                      r"(?:mom|mother|dad|father|grandma|grandmother|grandpa|grandfather|grandparents|aunt|auntie|uncle"
                      r"|cousin|sister|brother|guardian|foster\s+mom|foster\s+dad|abuela|abuelo)['\x{2019}]s?[ \t]+"
                      r"(?:house|home|place|apartment|apt|condo)\b"
                      r"|[^\n]{0,60}?\bhome[ \t-]+visits?"
                      # (the next sentence may first say why: "..., Chicago, IL 60608 on the way back? Lamar's family
                      # was evicted and that's where they're staying")
                      r"|[^\n]{0,120}?[.!?,]?\s+(?:that's|that\s+is|this\s+is|it's|thats)\s+where\s+"
                      r"(?:[\w'\x{2019}]+\s+){0,3}"
                      r"(?:lives?|live|living|stays?|staying|resides?|sleeps?|sleeping)\b"
                      # "Mrs. Gutierrez at 1841 S Loomis St needs ..., she'll be home after 3": someone who will be
                      # home there
                      r"|[^.!?\n]{0,80}?\b(?:she|he|they|mom|dad|grandma|grandpa|the\s+family)(?:['\x{2019}]ll|\s+will"
                      r"|['\x{2019}]s|\s+is|['\x{2019}]re|\s+are|\s+should\s+be|\s+gets?)\s+(?:be\s+)?(?:back\s+)?home\b"
                      # "the letter to 5217 S ..., not the old place": a move away from a person's old home (read
                      # after the place words before it: an office moves too)
                      r"|[ \t]*[,;(\-\x{2013}\x{2014}][ \t]*(?:not|instead[ \t]+of)[ \t]+(?:the|my|our|his|her"
                      r"|their)[ \t]+(?:old|previous|former)[ \t]+(?:place|address|house|home|apartment|apt)"
                      r"|" + _HOME_STATED + r")\b")


# "I can grab whoever needs a ride, I'm at 3946 W ...": where the one offering the ride starts from is home, in a
# message about a carpool or a ride ("I'm at 4410 W ... for the PD" names a venue)
_SELF_AT_BEFORE = Pattern(r"(?i)\b(?:i['\x{2019}]?m|i[ \t]+am|we['\x{2019}]?re|we[ \t]+are)[ \t]+(?:over[ \t]+)?"
                          r"(?:at|on)[ \t]+$")
_RIDE_NEAR = Pattern(r"(?i)\b(?:carpool\w*|rides?|pick[ \t-]?up|grab|drive|driving|swing[ \t]+by|on[ \t]+my[ \t]+way"
                     r"|near[ \t]+me|close[ \t]+to[ \t]+me|go[ \t]+(?:right[ \t]+)?past)\b")


# "the district office moved to ...", "PD session was moved to ...": an organisation or an event moves, not a home
_PLACE_OR_EVENT_MOVED = Pattern(r"(?i)\b(?:office|offices|school|department|dept|clinic|center|centre|library|program"
                                r"|headquarters|hq|warehouse|store|shop|business|company|agency|pantry|meeting|session"
                                r"|training|event|game|practice|conference|workshop|class|ceremony|party|fair|drive"
                                r"|concert|show|performance|recital|rehearsal|assembly|dance|prom|banquet|tournament"
                                r"|meet|match|sale|fundraiser|festival|camp|clinic|screening|drill|exam|testing)"
                                r"\s+(?:(?:has|have|was|were|is|are|just|recently|officially|been|temporarily|will"
                                r"|be)\s+){0,3}$")


_IN_A_NAME = Pattern(r"^Home[ \t]+\p{Lu}")
_CAPITALISED_BEFORE = Pattern(r"\p{Lu}[\p{Ll}'\x{2019}]+[ \t]+$")


def _in_a_proper_name(ctx: ScanContext, label: Label) -> bool:
    """"Home Run Inn", "McCormick Place", "Hope House": a capitalised home word in a venue's name."""
    first = ctx.text[label.start]
    if not first.isupper():
        return False
    if first == "H" and _IN_A_NAME.search(ctx.window(label.start, label.end + 3)):
        return True
    if ctx.text[label.start:label.end].lower() not in ("place", "house", "home", "apartments"):
        return False  # the one test that needs no search, first
    before = ctx.window(label.start - 24, label.start)
    return bool(_CAPITALISED_BEFORE.search(before)) and before.rstrip()[-1:] not in ".!?:" \
        and len(before.split()) > 0
# a named organisation standing between a home word and the address is whom the mail goes to
# ("Lincoln HS Boosters", "the PTO": a named body, or one the reader knows)
_ORGANISATION_BETWEEN = Pattern(r"(?:\b(?-i:\p{Lu}[\p{L}.&'-]*)|\b(?i:the))[ \t]+(?i:boosters?|pta|pto|foundation"
                                r"|association|club|council"
                                r"|inc|llc|church|school|hs|academy|office|department|company|ministries|center|centre"
                                r"|clinic|pantry|league|alliance)\b")


_PLACE_SAID_AFTER = Pattern(r"(?i)^[ \t]*[(,\x{2013}\x{2014}-][ \t]*(?:the|our)[ \t]+(?:new[ \t]+|main[ \t]+)?"
                            r"(?:high[ \t]+school"
                            r"|middle[ \t]+school|school|office|building|campus|district|academy|library|annex|gym"
                            r"|center|centre|church|clinic)\b")
# a facility's own parts said after its address ("..., loading dock B", "..., park in lot C", "... - gate 4"): a home
# has a door and a driveway, not a dock, a lettered lot or a numbered gate (a family said to live there outranks it)
_FACILITY_PART_AFTER = Pattern(r"(?i)^[ \t]*[(,\x{2013}\x{2014}-][ \t]*(?:(?:use|at|by|via|through|park(?:ing)?"
                               r"[ \t]+(?:is[ \t]+)?(?:in|at))[ \t]+)?(?:the[ \t]+)?(?:loading[ \t]+dock|dock"
                               r"|(?:parking[ \t]+)?lot|gate|garage|deck)[ \t]+(?:#[ \t]*)?(?-i:[A-Z0-9])\b")
# "a cab voucher for Dani from 5539 S Laflin St to school": where a child travels to school from is home
_TO_SCHOOL_AFTER = Pattern(r"(?i)^[ \t,]*(?:to|into)[ \t]+(?:school|class|campus|the[ \t]+school)\b")


_RECORD_KINDS = ("dob", "ssn")
# the columns whose header decides what an address under it is: a home's, or a place's or an organisation's
_TABLE_DECIDES = frozenset({"home", "public_place", "office_line", "reference"})


def _record_lines_start(ctx: ScanContext, start: int) -> int:
    """Where the record an address may belong to starts: its own line, or the line before when the address opens
    a line of its own ("SSN 602-...\n4120 W ..."), at most 100 characters back."""
    lo = max(0, start - 100)
    line = ctx.text.rfind("\n", lo, start)
    if line >= 0 and not ctx.text[line + 1:start].strip():
        line = ctx.text.rfind("\n", lo, line)
    return line + 1 if line >= 0 else lo  # bounded: a search back to 0 would be quadratic


def _record_value_between(ctx: ScanContext, lo: int, start: int) -> bool:
    """A birth or Social Security label given its value between `lo` and the address ("DOB 07/04/2015, ...", "SSN
    602-73-..., "), not "8th birthday party at ...": the address is listed in that person's record."""
    return any(label.kind in _RECORD_KINDS and label.start >= lo
               and any(ch.isdigit() for ch in ctx.text[label.end:start])
               for label in ctx.labels_before(start, start - lo))


_RECORD_FINDINGS = frozenset({"ssn", "date_of_birth"})


def _record_finding_between(ctx: ScanContext, lo: int, start: int) -> bool:
    """A Social Security number or a date of birth the message discloses between `lo` and the address, whatever
    labels it ("Curtis Vance, 039-10-2462, 5209 W ...", "typed it:\n424-62-8725\n1228 S ...", a DOB wrapped onto the
    address's line): one person's record, so the address is theirs."""
    return any(ftype in _RECORD_FINDINGS and lo <= a and b <= start for a, b, ftype in ctx.found)


def _organisations_table(ctx: ScanContext, pos: int) -> bool:
    """Whether the table holding `pos` names an organisation on each row ("Vendor", "Site") and no person (a
    roster's "School" column beside a "Name" or an ID column is the child's school, the address the child's)."""
    at = ctx.cell_at(pos)
    if at is None:
        return False
    columns = at[0].columns
    if any(column.role == "name" or column.label == "student_id" for column in columns):
        return False
    kinds = organisation_headers()
    return any(header_words(column.header) in kinds for column in columns)


def _in_a_person_record(ctx: ScanContext, start: int, end: int) -> bool:
    """"Noah Q., DOB 07/04/2015, ID 66524142, 3140 W Diversey Ave": an address listed after a date of birth, a
    Social Security number or a student ID in the same line (or the line before, when the address has a line of
    its own), or followed by a parent's phone, is one person's record, so it is where they live."""
    lo = _record_lines_start(ctx, start)
    if _record_value_between(ctx, lo, start) or _record_finding_between(ctx, lo, start):
        return True
    ids = ctx.student_ids  # in text order: the first one starting at or after `lo` is the only candidate
    i = bisect_left(ids, (lo, -1))
    if i < len(ids) and ids[i][1] <= start:
        return True
    return bool(_FAMILY_PHONE_AFTER.search(ctx.window(end, end + 48))) \
        or bool(_FAMILY_PHONE_BEFORE.search(ctx.window(start - 64, start))) or _in_a_contact_line(ctx, start, end) \
        or _a_cardholders_billing_address(ctx, start) or _a_payees_record(ctx, start, end)


# a field separator or a key's "=" / ":" (a quote after it) right before the address: "Name, 1437 N ...",
# "VENDOR_ADDR=5553 S ...", '"mail_to": "3027 W ..."'
_FIELD_OR_KEY_BEFORE = Pattern(r"(?:^|[\t,;|/:=]|[ \t][-\x{2013}\x{2014}])[ \t]*[\"']?$")
_PAYEE_REACH = 120


def _a_payees_record(ctx: ScanContext, start: int, end: int) -> bool:
    """"Yolanda Briggs, 1437 N ..., routing 2548..., account 6936...", a form's VENDOR_ADDR= line above its ACH
    lines: an address given as a field of a record whose next fields are a bank account or a card the message
    discloses is the payee's own (a business's remittance address is named as one, and its line names the business)."""
    if not _FIELD_OR_KEY_BEFORE.search(ctx.window(start - 8, start)):
        return False
    field = next((a for a, _, ftype in ctx.found if ftype in ("bank_account", "payment_card")
                  and end <= a <= end + _PAYEE_REACH and "\n\n" not in ctx.text[end:a]), -1)
    if field < 0:
        return False
    # the record: from the clause or line it opens ("... (she's a contractor): Yolanda Briggs, ...") to the account
    lo = max(ctx.text.rfind(":", max(0, start - 80), start - 2), ctx.text.rfind("\n", max(0, start - 80), start))
    record = ctx.text[lo + 1 if lo >= 0 else max(0, start - 80):field]
    return not _ORGANISATION_IN_LINE.search(record) and not _BUSINESS_MAIL.search(ctx.window(start - 60, start))


# "..., exp 06/27, billing at 4410 W ...", "Billing address: ...": the billing word right before the address
_BILLING_BEFORE = Pattern(r"(?i)\bbilling(?:[ \t]+(?:address|addr|zip|info))?[ \t]*(?:(?:is|at|to)[ \t]+|[:=\-\x{2013}]"
                          r"[ \t]*)?$", ("billing",))
_CARDHOLDER_REACH = 240


def _a_cardholders_billing_address(ctx: ScanContext, start: int) -> bool:
    """A billing address given after a payment card number the message discloses is the cardholder's own: a card
    is a person's (a company's billing address comes with its invoice, not with a card read out in chat)."""
    if not _BILLING_BEFORE.search(ctx.window(start - 32, start)):
        return False
    return any(ftype == "payment_card" and start - _CARDHOLDER_REACH <= a < start for a, _, ftype in ctx.found)


# a field separator right before the address: the address is a field of a row ("Name<TAB>phone<TAB>address",
# "Name, e-mail, address"), not a place named in a sentence ("meet at 4417 W ...")
_FIELD_BEFORE = Pattern(r"(?:^|[\t,;|/:]|[ \t][-\x{2013}\x{2014}])[ \t]*$")
# a phone number or an e-mail address in the same line
_CONTACT = Pattern(r"(?:\+?1[ .-]?)?\(?[2-9]\d{2}\)?[ .-]?\d{3}[ .-]?\d{4}\b"
                   r"|[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+")
# an organisation's row ("Acme Office Supply<TAB>773-...<TAB>1400 Industrial Pkwy"): its line is no person's
_ORGANISATION_IN_LINE = Pattern(r"(?i)\b(?:inc|llc|co|corp|company|supply|supplies|store|shop|market|services?"
                                r"|office|school|academy|church|clinic|hospital|pharmacy|museum|library|center|centre"
                                r"|department|dept|district|vendor|bus|transport(?:ation)?|restaurant|cafe|bakery"
                                r"|printing|rentals?|venue|park|zoo|pantry|agency|boosters?|pta|pto|foundation)\b")


def _line(text: str, start: int, end: int) -> str:
    """The line holding the address text[start:end], at most 160 characters each side, with the address itself
    blanked: a place word in the street's own name ("Irving Park Rd", "Market St", "Church St") names no place."""
    lo = text.rfind("\n", max(0, start - 160), start) + 1 or max(0, start - 160)
    hi = text.find("\n", end, end + 160)
    return text[lo:start] + " " + text[end:hi if hi >= 0 else min(len(text), end + 160)]


def _in_a_contact_line(ctx: ScanContext, start: int, end: int) -> bool:
    """"Okonkwo, Grace<TAB>312-555-0185<TAB>8830 S Bishop St", "Parent contact: Denise Ray, denise@..., 2210 N
    ...": an address that is a field of a line (a row of a sheet, a contact line) holding a person's own phone
    number or e-mail address is that person's address. The phone must be one a person can hold (libphonenumber:
    no toll-free line), the mailbox a person's (no role or organisation box), and the line must name no
    organisation or public place."""
    text = ctx.text
    lo = text.rfind("\n", max(0, start - 160), start) + 1 or max(0, start - 160)
    hi = text.find("\n", end, end + 160)
    hi = hi if hi >= 0 else min(len(text), end + 160)
    if not _FIELD_BEFORE.search(text[max(lo, start - 8):start]):
        return False
    line = text[lo:hi]
    if _ORGANISATION_IN_LINE.search(_line(text, start, end)) or ctx.has_label(_PUBLIC_KINDS, lo, start) \
            or ctx.has_label(_PUBLIC_KINDS, end, hi):
        return False
    for contact in _CONTACT.finditer(line):
        value = contact.group(0)
        if lo + contact.start() < end and lo + contact.end() > start:
            continue  # inside the address itself
        if "@" in value:
            if personal_mailbox(ctx, value):
                return True
        elif parsed_number(value, ctx.district.phone_region) is not None \
                and not is_district_phone(ctx.district, "".join(ch for ch in value if ch.isdigit())):
            return True
    return False


# "Jaylen Moore, 2245 W Armitage Ave", "Rosa Diaz - ...", "Ana Ruiz:" then the address on the next line
_NAME_TO_ADDRESS = Pattern(r"^[ \t]*(?:[,:\-|(\x{2013}\x{2014}][ \t]*|\r?\n)$")


# A mailing block: the addressee's name on the line above the street, the city and ZIP (or how to reach the person)
# on the line below ("Jamal Odom\n1207 W ... St\nChicago, IL 60620", "Ms. Patrice Yoon (on leave)\n1821 W ...\ncall
# first: ..."). A person as the addressee, and no organisation on the name line, makes it where the person gets mail.
# (the name line may open with what the block is for: "Certificate re-send: Jamal Odom")
_ADDRESSEE_LINE = Pattern(r"^(?:[^:\n]{1,40}:[ \t]*)?(?:(?:Ms|Mrs|Mr|Miss|Mx)\.?[ \t]+(\p{Lu}[\p{L}'\-]+)"
                          r"(?:[ \t]+\p{Lu}[\p{L}'\-]+)?|(\p{Lu}\p{Ll}+)(?:[ \t]+\p{Lu}\.?)?[ \t]+\p{Lu}[\p{L}'\-]+)"
                          r"[ \t]*(?:\([^()\n]{1,60}\))?[ \t]*$")
_CITY_LINE = Pattern(r"^[ \t]*(?:\p{Lu}[\p{L}.]*(?:[ \t]+\p{Lu}[\p{L}.]*){0,2},?[ \t]+(?:\p{Lu}{2}|\p{Lu}\p{Ll}+)?,?"
                     r"[ \t]*\d{5}(?:-\d{4})?|\d{5}(?:-\d{4})?)[ \t]*$")


def _addressee_block(ctx: ScanContext, start: int, end: int) -> bool:
    """The address opens a line under a person's name, and the next line is its city and ZIP or a personal phone."""
    text = ctx.text
    line_start = text.rfind("\n", max(0, start - 8), start) + 1
    if line_start == 0 or text[line_start:start].strip(" \t*>-\u2022"):
        return False
    above_start = text.rfind("\n", max(0, line_start - 120), line_start - 1) + 1
    above = text[above_start:line_start - 1]
    m = _ADDRESSEE_LINE.search(above.strip(" \t*>"))
    if m is None or _ORGANISATION_IN_LINE.search(above) or _SUITE.search(ctx.window(start, end + 24)) \
            or _BUSINESS_MAIL.search(ctx.window(above_start - 80, line_start)):
        return False  # (a remittance's or a vendor's contact: "Remit to:\nJane Cole\n...")
    given = m.group(2)
    if given is not None and not is_given_name(given.lower()):
        return False
    if m.group(1) is not None and m.group(1).lower() in STOP_WORDS:
        return False
    rest = text[end:text.find("\n", end) if "\n" in text[end:] else len(text)]
    below_start = end + len(rest) + 1
    below_end = text.find("\n", below_start)
    below = text[below_start:below_end if below_end >= 0 else len(text)]
    if _CITY_LINE.search(rest.lstrip(" \t,")) or _CITY_LINE.search(below):
        return True
    return any(a >= below_start and (below_end < 0 or a < below_end) and ftype == "personal_phone"
               for a, _, ftype in ctx.found) or bool(_FAMILY_PHONE_AFTER.search(below))


# a family word near it says the capitalised pair is a person's name: a shop ("Jewel Osco, 3400 N Lincoln Ave") or
# a venue ("Shedd Aquarium - ...") is written the same way
_FAMILY_NEAR = Pattern(r"(?i)\b(?:mom|dad|mother|father|parents?|guardians?|grandma|grandmother|grandpa|grandfather"
                       r"|aunt|uncle|famil(?:y|ies)|son|daughter|household|emergency\s+contacts?"
                       # (foster care, not a street: "Foster Ave")
                       r"|foster\s+(?:home|famil(?:y|ies)|parents?|care|mom|dad|mother|father|kids?|child(?:ren)?))\b")


# a row of a list that pairs a person's whole name with an address ("Brooks, Tamara - 5812 W ...", "- Ana Ruiz: 4410
# N ..."): two rows or more of it are a list of people and where they live (letters returned, a mailing, a call list)
_NAME_THEN_ADDRESS_ROW = (r"(?m)^[ \t*>\x{2022}\-]*(?:\d{1,2}[.)][ \t]+)?\p{Lu}[\p{L}'\-]+(?:,[ \t]*|[ \t]+)\p{Lu}"
                          r"[\p{L}'\-]+\.?[ \t]*(?:[:,|\t]|[\-\x{2013}\x{2014}]|->|\x{2192})[ \t]*")
_NAME_ROW_BEFORE = Pattern(_NAME_THEN_ADDRESS_ROW + r"$")
_NAME_ADDRESS_ROWS = Pattern(_NAME_THEN_ADDRESS_ROW + r"\d{1,6}[ \t]+(?i:[nsew]\.?[ \t]+)?\p{Lu}?[\p{L}\d]")


def _in_a_list_of_people_and_addresses(ctx: ScanContext, start: int, end: int) -> bool:
    """The address ends a row that opens with a person's whole name (a given name first, or after the surname's
    comma), in a list of two such rows or more, and the row names no organisation ("Lakeview Pantry, 4410 W ..." is
    a place's row, "Wells Field, ..." names no person); a word after the address ("... Lake St campus") makes it a
    place's."""
    line_start = ctx.text.rfind("\n", 0, start) + 1
    row = ctx.text[line_start:start]
    if not _NAME_ROW_BEFORE.search(row) or _ORGANISATION_IN_LINE.search(_line(ctx.text, start, end)):
        return False
    words = row.strip(" \t*>\u2022-").replace(",", " , ").split()
    given = words[2] if len(words) > 2 and words[1] == "," else words[0] if words else ""
    if not is_given_name(given.lower()) or words[0].lower() in STOP_WORDS:
        return False
    if ctx.window(end, end + 16).lstrip(" \t")[:1].isalpha():
        return False
    return sum(1 for _ in _NAME_ADDRESS_ROWS.finditer(ctx.text)) >= 2


def _person_right_before(ctx: ScanContext, start: int, end: int) -> bool:
    """A person's name, and only a separator, right before the address, in a message that speaks of a family:
    a contact list's entry ("Parent: Rosa Diaz, 2245 W ..."), whose address is where that person lives."""
    if _TITLED_PERSON_BEFORE.search(ctx.text[max(0, start - 48):start]):
        return True  # "Mrs. Okafor - 4410 W ...": a title names a person, never a shop or a venue
    if _in_a_list_of_people_and_addresses(ctx, start, end):
        return True
    name_ends, _ = ctx.name_edges
    if any(start - k in name_ends and _NAME_TO_ADDRESS.search(ctx.text[start - k:start]) for k in range(1, 5)) \
            and bool(_FAMILY_NEAR.search(ctx.window(start - 160, start + 80))):
        return True
    return _first_name_pair_before(ctx, start)


# "Hollis family, 5519 N ...", "the Osei household: ...": a family named right before the address
_FAMILY_NAMED_BEFORE = Pattern(r"\p{Lu}\p{Ll}+[ \t]+(?i:family|household)['\x{2019}]?s?[ \t]*(?:[,:(\-\x{2013}\x{2014}]"
                               r"[ \t]*|\r?\n)$")


def _family_right_before(ctx: ScanContext, start: int) -> bool:
    """A family, or a person in a message that speaks of a family, named right before the address (only a separator
    between): the entry's address is that family's home, whatever office or place word came earlier in the message
    ("Mailing the library notice: Hollis family, 5519 N ...", "court order in the office: dad (Derek Lyle, 2062 W
    ...)")."""
    if _FAMILY_NAMED_BEFORE.search(ctx.window(start - 48, start)):
        return True
    name_ends, _ = ctx.name_edges
    return any(start - k in name_ends and _NAME_TO_ADDRESS.search(ctx.text[start - k:start]) for k in range(1, 5)) \
        and bool(_FAMILY_NEAR.search(ctx.window(start - 160, start + 80)))


# a first name (and an initial), a dash or a colon, then the address: a drop-off, pick-up or stop list's pair of a
# child and the home the child is taken to ("Jamal - 1455 W ..., Trey - 8140 S ...")
_FIRST_NAME_DASH_BEFORE = Pattern(r"(?:^|[\s,;(>*-])(\p{Lu}\p{Ll}+)(?:[ \t]+\p{Lu}\.?)?[ \t]*"
                                  r"(?:[:\x{2013}\x{2014}]|[ \t]-|->|\x{2192})[ \t]*$")
_PAIRS = Pattern(r"\p{Lu}\p{Ll}+(?:[ \t]+\p{Lu}\.?)?[ \t]*(?:[:\x{2013}\x{2014}]|[ \t]-|->|\x{2192})[ \t]*\d{1,6}[ \t]+"
                 r"(?i:[nsew]|north|south|east|west)\.?[ \t]")
# the runs that take a child home: a family word does the same (`_FAMILY_NEAR`)
_TAKEN_HOME_NEAR = Pattern(r"(?i)\b(?:drop[\s-]?offs?|pick[\s-]?ups?|stops?|carpools?|rides?\s+home|home\s+visits?"
                           r"|dropping|dropped|taking\s+(?:them|him|her)\s+home|walk(?:ing|ed)?\s+(?:them|him|her)\s+home)\b")


def _first_name_pair_before(ctx: ScanContext, start: int) -> bool:
    m = _FIRST_NAME_DASH_BEFORE.search(ctx.window(start - 40, start))
    if m is None:
        return False
    word = m.group(1).lower()
    if word in STOP_WORDS or word in NOT_FIRST_NAMES:
        return False
    window = ctx.window(start - 160, start + 80)
    return bool(_FAMILY_NEAR.search(window) or _TAKEN_HOME_NEAR.search(window)) \
        and (is_given_name(word) or len(_PAIRS.spans(ctx.text)) >= 2)


# a person named with a title, then only a separator, right before the address (not "Dr.": a doctor is as often
# given with the practice's address)
_TITLED_PERSON_BEFORE = Pattern(r"\b(?:Ms|Mrs|Mr|Miss|Mx|Coach)\.?[ \t]+\p{Lu}[\p{L}'\-]+(?:[ \t]+\p{Lu}[\p{L}'\-]+)?"
                                r"[ \t]*(?:[-:,\x{2013}\x{2014}]|->|\x{2192})[ \t]*$")


# a bracketed aside that closes right before the address ("Address for the tutor (Rashid, on hospital homebound till
# Dec): 4417 W ..."): the place words inside it speak of the aside, not of the address after it
_ASIDE_BEFORE = Pattern(r"[(\[][^()\[\]\n]{1,120}[)\]][ \t]*[:,\-\x{2013}\x{2014}]?[ \t]*$")


def _aside_before(ctx: ScanContext, start: int) -> tuple[int, int] | None:
    """The span of a bracketed aside that ends right before `start`, if any."""
    if ctx.text[max(0, start - 4):start].find(")") < 0 and ctx.text[max(0, start - 4):start].find("]") < 0:
        return None
    lo = max(0, start - 130)
    m = _ASIDE_BEFORE.search(ctx.text[lo:start])
    return (lo + m.start(), lo + m.end()) if m else None


# a name right after the address, on a row of a list ("Stop 1 - 4410 W ... - Jacob & Emma Sorensen", "3318 N ...
# -> Oscar & Lupe Benitez"): the stop or delivery list pairs each address with the people who live there
_ADDRESS_TO_NAME = Pattern(r"^[ \t]*(?:->|\x{2192}|=>|[-|:,\x{2013}\x{2014}])[ \t]*"
                           r"(?:\p{Lu}\p{Ll}+[ \t]*(?:&|and)[ \t]*)?$")
_ROW_ADDRESS_NAME = Pattern(r"(?m)^[^\n]{0,24}?\b\d{1,6}[ \t]+[^\n]{3,60}?[ \t]*(?:->|\x{2192}|=>|[-|:,\x{2013}"
                            r"\x{2014}])[ \t]*(?:the[ \t]+)?\p{Lu}\p{Ll}+[^\n]*$")


def _person_right_after(ctx: ScanContext, start: int, end: int) -> bool:
    """A person's name, and only a separator, right after the address, on a row of a list (two rows or more of an
    address and a name) or in a message that speaks of a family; a row naming an organisation is that place's."""
    _, name_starts = ctx.name_edges
    if not any(end + k in name_starts and _ADDRESS_TO_NAME.search(ctx.text[end:end + k]) for k in range(1, 18)):
        return False
    text = ctx.text
    if _ORGANISATION_IN_LINE.search(_line(text, start, end)):
        return False
    return bool(_FAMILY_NEAR.search(ctx.window(start - 160, end + 80))) \
        or sum(1 for _ in _ROW_ADDRESS_NAME.finditer(text)) >= 2


# A key-value paste (JSON, YAML, "key=value"): the address is the value of a street key, and a key of the same
# record names a person ("family", "guardian", "first_name" ...): the record is that person's, the address home.
_KEY_EDGE = r"(?:^|[\s{,;\[(\"'])[\"']?"
# (any key that ends in an address is one: "delivery_address", "ship_to_addr"; whose it is, the record's other keys
# say, and a key naming an organisation, "school_address", is that organisation's)
_STREET_KEY_BEFORE = Pattern(r"(?i)" + _KEY_EDGE + r"((?:[a-z]{1,20}_){0,3}(?:street(?:_?address)?"
                             r"|address(?:_?line)?_?1?|addr(?:ess)?1?|line_?1|home_?address|mailing_?address"
                             r"|residence))[\"']?[ \t]*[:=][ \t]*[\"']?$", needs=(":", "="))
# a key whose value is a person's whole name ('"chaperone": "Dana Whitfield"'), a given name first: the record is
# that person's whatever the key is called
_PERSON_VALUE = Pattern(r"[\"']?[A-Za-z_]{2,30}[\"']?[ \t]*[:=][ \t]*[\"'](\p{Lu}\p{Ll}+)[ \t]+\p{Lu}[\p{Ll}'\-]+"
                        r"(?:-\p{Lu}\p{Ll}+)?[\"']")
_PERSON_KEY = Pattern(r"(?i)" + _KEY_EDGE + r"(?:(?:full|first|last|given|family|middle|sur|student|guardian|parent"
                      r"|contact|resident|child)_?name|name|surname|family|guardian|parent|mother|father|mom|dad"
                      r"|student|resident|household|child|emergency_?contact)[\"']?[ \t]*[:=][ \t]*[\"']?"
                      r"\p{Lu}\p{Ll}")
_RECORD_REACH = 300


def _in_a_person_record_paste(ctx: ScanContext, start: int, end: int) -> bool:
    """'{"family": "Kowalski", "street": "3942 N ...", "city": ...}': a street value in a record with a person's
    key. The record is the enclosing braces, else the block of lines around it (up to a blank line)."""
    text = ctx.text
    key = _STREET_KEY_BEFORE.search(ctx.window(start - 40, start))
    if not key or _ORGANISATION_IN_LINE.search(key.group(1).replace("_", " ")):
        return False
    lo = max(0, start - _RECORD_REACH)
    hi = min(len(text), end + _RECORD_REACH)
    brace = text.rfind("{", lo, start)
    if brace >= 0:
        close = text.find("}", end, hi)
        lo, hi = brace, (close if close >= 0 else hi)
    else:
        blank = text.rfind("\n\n", lo, start)
        lo = blank + 2 if blank >= 0 else lo
        blank = text.find("\n\n", end, hi)
        hi = blank if blank >= 0 else hi
    record = text[lo:hi]
    if _ORGANISATION_IN_LINE.search(record):
        return False
    return bool(_PERSON_KEY.search(record)) or any(is_given_name(m.group(1).lower())
                                                   for m in _PERSON_VALUE.finditer(record))


# an office's suite: an address word that says no more than "address" does not make a suite a home
_SUITE = Pattern(r"(?i)\b(?:suite|ste)\b")
# a business's mail: what the address is for (returns, remittance, shipping, invoices) or an attention line
# ("Address for returns: Lakeshore Learning, attn Returns, 2695 E ...", "remit to", "ship to")
_BUSINESS_MAIL = Pattern(r"(?i)\b(?:returns|remit(?:tance)?|shipping|ship\s+to|invoices?|vendor|warehouse|attn"
                         r"|attention|c/o\s+(?:dept|department|accounts))\b")
_BARE_ADDRESS = frozenset({"address", "addr", "addy", "mailing", "mailing address", "street address"})


# the place named, then its address as a new clause ("at the annex? address is", "the gym - address:"); a person's
# address after the place ("payroll needs the new para's address") is that person's
_PLACE_THEN_ADDRESS = Pattern(r"^[^'\x{2019}\n]*[?.!;\-\x{2013}\x{2014}][ \t]*(?:the[ \t]+|its[ \t]+)?$")


def _place_named_before(ctx: ScanContext, labels: list[Label]) -> Label | None:
    """The label before the last one, passing over a place word inside an aside that closed before the last
    ("the annex (the one by the gym). Address is": the annex; "(school refusal). Address is": no place)."""
    for label in reversed(labels[:-1]):
        if not _in_a_closed_aside(ctx.text, label, labels[-1].start):
            return label
    return None


def _in_a_closed_aside(text: str, place: Label, upto: int) -> bool:
    """"(school refusal, 14 absences). Address is ...": a place word inside brackets that close before `upto`
    qualifies something else in the aside (a record, a reason), it names no place whose address comes next."""
    opened = text.rfind("(", max(0, place.start - 60), place.start)
    return opened >= 0 and ")" not in text[opened:place.start] and ")" in text[place.end:upto]


# "send it to her house instead of school: ...", "shipping to his house since the school dock is closed: ...", "can't
# come to the office:\n...": a place word in a clause of contrast or reason, the address given after a colon or on
# a line of its own, is why the address is not that place's
# ("my home address changed for payroll: ...", "new address for HR:": the office named as whom the address is given
# for, right before the colon, is not where it is)
_SET_ASIDE_BEFORE = Pattern(r"(?i)\b(?:instead[ \t]+of|rather[ \t]+than|not|since|because|cause|can'?t|cannot"
                            r"|won'?t|unable[ \t]+to|closed)\b[^.!?;:,\n]{0,30}$")
# ... or whom it is given for, after a person's own address ("my home address changed for payroll:", "her mailing
# address for HR:"); "the address for the school:" asks for the school's
_GIVEN_FOR_BEFORE = Pattern(r"(?i)\b(?:home|mailing|my|his|her|their|our)[ \t]+(?:(?:new|current|home)[ \t]+)*"
                            r"address\b[^.!?;:\n]{0,30}?\bfor[ \t]+(?:the[ \t]+|our[ \t]+|my[ \t]+)?$")


_DASH_BEFORE_ADDRESS = Pattern(r"[ \t][\-\x{2013}\x{2014}][ \t]*$")


def _place_set_aside(ctx: ScanContext, label: Label, start: int) -> bool:
    """A place word in a clause of contrast or reason before a colon or a line break, then the address."""
    between = ctx.text[label.end:start]
    before = ctx.window(label.start - 72, label.start)
    # (a dash sets the address off as a colon does: "my house since the school is closed - 3548 N ...")
    return (":" in between or "\n" in between or _DASH_BEFORE_ADDRESS.search(between) is not None) \
        and bool(_SET_ASIDE_BEFORE.search(before[-40:]) or _GIVEN_FOR_BEFORE.search(before))


def _record_after_the_place(ctx: ScanContext, place: Label, start: int, end: int) -> bool:
    """"Chaperone sign-ups, Brookfield Zoo:\n1. Marcy Feld, 708-555-..., 2240 W ...": a person's record line (their
    phone or e-mail in the line, a bank account or card as the next field) that starts after the place word, so the
    place heads the list, not the address."""
    line_start = ctx.text.rfind("\n", 0, start) + 1
    if line_start < place.end and ":" not in ctx.text[place.end:start]:
        return False
    return _in_a_contact_line(ctx, start, end) or _a_payees_record(ctx, start, end)


# "after school", "before work", "during practice": a time said by a place word, not the place the address is
_WHEN_BEFORE = Pattern(r"(?i)\b(?:after|before|during|until|till|til|since)(?:[ \t]+|-)$")


# a place word followed by a street type is part of a street's name ("Irving Park Rd", "Library Ln"), not a place
_STREET_TYPE_AFTER = Pattern(r"(?i)^[ \t]+" + _SUFFIX + r"\b")


# a title right before a capitalised place word makes it a surname ("Ms. Park", "Mr. Hall", "Coach Church")
# (or the second half of a double-barrelled surname: "Mr. Lindqvist-Park")
_TITLE_RIGHT_BEFORE = Pattern(r"\b(?:Ms|Mrs|Mr|Miss|Mx|Dr|Coach|Prof)\.?[ \t]+(?:\p{Lu}[\p{L}'\x{2019}]+-)?$")
# a place or a department naming the paper it keeps ("Transportation roster row: ...", "office note: ...", "school
# form says ..."): the paper is about a person, the address in it is no longer the place's
_PAPER_AFTER = Pattern(r"(?i)^[ \t]+(?:roster|request|form|list|sheet|row|record|note|log|file|export|spreadsheet"
                       r"|entry|update|change|intake|application|referral|card)s?\b")


def _names_no_place(ctx: ScanContext, label: Label) -> bool:
    """Whether a public-place or office label, read in its words, names no place the address could be: a time
    ("after school"), a street's own name ("Irving Park Rd"), a titled person's surname ("Ms. Park") or a paper an
    office keeps on someone ("Transportation roster row")."""
    if _WHEN_BEFORE.search(ctx.window(label.start - 10, label.start)):
        return True
    after = ctx.window(label.end, label.end + 16)
    if _STREET_TYPE_AFTER.search(after) or _PAPER_AFTER.search(after):
        return True
    return ctx.text[label.start].isupper() and bool(_TITLE_RIGHT_BEFORE.search(ctx.window(label.start - 32,
                                                                                              label.start)))


_DAYS_AND_MONTHS = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
                              "january", "february", "march", "april", "may", "june", "july", "august", "september",
                              "october", "november", "december", "today", "tomorrow"})


def _pickup_for_a_day(ctx: ScanContext, label: Label) -> bool:
    """"Pickup for Friday is at ...": a pick-up said for a day or a month, not for the children taken home."""
    words = ctx.text[label.start:label.end].lower().replace("'", " ").replace("\u2019", " ").split()
    at = words.index("for") if "for" in words[:3] else -1
    return at >= 0 and bool(_DAYS_AND_MONTHS.intersection(words[at + 1:at + 3]))


# the words a child's pick-up or drop-off is said with: a determiner or a possessive, a time, a run of the day or
# a family member ("the AM pickup at", "Friday drop-off at", "grandma pickup at"); any other word before it names
# what is collected ("Warehouse pickup at ...", "costume rental pickup at ...", "donation drop-off at ..."): goods,
# whose pick-up is at a business or a depot, not at a home
_CHILD_PICKUP_WORDS = frozenset("""
the a an his her their my our your its new usual regular normal daily morning afternoon evening early late am pm bus
carpool car van ride route school after-school weekday weekend next first last same changed updated temporary permanent
one and or for of to with & mom dad mother father parent grandma grandpa grandmother grandfather aunt uncle guardian
family student kid kids child sibling twins today tomorrow tonight
i you we they he she can could will would should must please pls plz who also need needs just then
""".split()) | _DAYS_AND_MONTHS  # (the last line: the verb's subject or helper, "can you pickup from ...")
_PICKUP_WORD = Pattern(r"(?i)^(?:am[ \t]+|pm[ \t]+)?(?:pick-?\s?up|drop-?\s?off)s?[ \t]+(?:from|at|address|location"
                       r"|point|spot)\b")


def _pickup_of_goods(ctx: ScanContext, label: Label) -> bool:
    """"Warehouse pickup at 4800 S ...", "the costume rental pickup at ...": a pick-up named for what is collected is
    goods' pick-up at a business or a depot; a child's is said with a time, a run, a possessive or no word at all."""
    if not _PICKUP_WORD.search(ctx.text[label.start:label.end]):
        return False
    before = ctx.window(label.start - 24, label.start)
    if not before.endswith((" ", "\t", "-")) or before[-2:-1] in ",;:.!?\n":
        return False
    words = before.replace("-", " ").split()
    if not words:
        return False
    word = words[-1].lower()
    if not word.isalpha() or word.endswith("s'") or words[-1].endswith(("'s", "\u2019s")):
        return False
    return word not in _CHILD_PICKUP_WORDS and not is_given_name(word)


# "Address for the UPS pickup:", "address for Friday's furniture delivery": the address a pick-up or a delivery of
# goods is for; a child's ("address for the afternoon pickup", "... for Maya's pickup") keeps the home reading
_FOR_A_PICKUP_AFTER = Pattern(r"(?i)^[ \t]+for[ \t]+(?:the[ \t]+|our[ \t]+|this[ \t]+|a[ \t]+)?"
                              r"(?:\w+['\x{2019}]s[ \t]+)?([\w&'\x{2019}-]+)[ \t]+"
                              r"(?:pick-?\s?ups?|drop-?\s?offs?|deliver(?:y|ies)|shipments?|freight)\b")


def _address_of_a_goods_pickup(ctx: ScanContext, label: Label) -> bool:
    """A bare address label followed by the goods' pick-up or delivery it is for (`_FOR_A_PICKUP_AFTER`)."""
    if ctx.text[label.start:label.end].lower() not in _BARE_ADDRESS:
        return False
    m = _FOR_A_PICKUP_AFTER.search(ctx.window(label.end, label.end + 48))
    if m is None:
        return False
    word = m.group(1).lower()
    return word.isalpha() and word not in _CHILD_PICKUP_WORDS and not is_given_name(word)


# the places a family without a home stays in ("staying at the St. Columba family center, ...", "living at the Star
# motel"): after a verb of living, such a place's address is where the family lives
_HOUSING_PLACES = frozenset({"center", "centre", "motel", "church", "ymca", "mission", "shelter"})
_LIVING_WORDS = ("staying", "stays", "stay", "living", "lives", "live", "resides", "reside", "sleeping")


def _housed_at_the_place(ctx: ScanContext, verb: Label, place: Label) -> bool:
    """A verb of living, then in the same clause a place a family can be housed in, nearest the address."""
    if verb.kind != "home" or place.kind != "public_place" or place.start - verb.end > 48:
        return False
    if ctx.text[place.start:place.end].lower() not in _HOUSING_PLACES:
        return False
    if not ctx.text[verb.start:verb.end].lower().startswith(_LIVING_WORDS):
        return False
    between = ctx.text[verb.end:place.start]
    # (a saint's or a mount's abbreviation in the place's name ends no clause: "the St. Columba center")
    return not any(ch in between for ch in "!?;\n") and all(
        word.rstrip(".").lower() in _NAME_ABBREVIATIONS for word in between.split() if word.endswith("."))


# "the shelter address for the Wilson kids is ...", "motel for the Reyes family: ...": a housing place said as the
# family's own is where the family stays
_FOR_A_FAMILY_AFTER = Pattern(r"^(?:[ \t]+(?i:address|addr))?[ \t]+(?i:for|of)[ \t]+(?i:the[ \t]+)?\p{Lu}\p{Ll}+"
                              r"(?:['\x{2019}]s)?[ \t]+(?i:kids|children|family|families|household|siblings|twins|boys"
                              r"|girls|brothers|sisters)\b")


def _housing_of_a_family(ctx: ScanContext, place: Label) -> bool:
    """A place a family without a home stays in (`_HOUSING_PLACES`), said right away as a named family's."""
    if place.kind != "public_place":
        return False
    words = ctx.text[place.start:place.end].lower().split()
    if not words or words[0] not in _HOUSING_PLACES:
        return False
    return _FOR_A_FAMILY_AFTER.search(ctx.window(place.start + len(words[0]), place.end + 48)) is not None


_NAME_ABBREVIATIONS = frozenset({"st", "ste", "mt", "ft", "sr", "jr", "dr"})


# a delivery's verb, then (in the same sentence) "to" or "at" right before the address: "should go to", "drop Tomasz's
# at", "Drop off the care package for Coach Dunn (recovering) at"
# (a hand-over the other way, a child picked up there, is the same tie: "pick up Dee (IEP, lift) at ..."; and the
# place may be a person's, said by their name's possessive: "dropping the racks at Hannah's: ...")
_DELIVERED_BEFORE = Pattern(r"(?i)\b(?:go|goes|going|went|send|sends|sent|sending|deliver|delivers|delivered|delivering"
                            r"|drop|drops|dropped|dropping|ship|ships|shipped|shipping|mail|mailed|bring|bringing|take|taking|leave|leaving"
                            r"|courier|pick(?:s|ed|ing)?[ \t]+up|visit|visits|visited|visiting)\b"
                            r"(?:[^.!?\n]|(?-i:\p{Lu})\.|(?-i:Ms|Mrs|Mr|Mx|Dr)\.){0,70}?\b(?:to|at)[ \t]+"
                            r"(?:(?-i:\p{Lu}\p{Ll}+)['\x{2019}]s[ \t]*[:,\-\x{2013}\x{2014}]?[ \t]*)?$",
                            ("go", "went", "send", "sent", "deliver", "drop", "ship", "mail", "bring", "tak", "leav",
                             "courier", "pick", "visit"))
# the possessive right before the address, its name a given name ("at Hannah's:"; "at Portillo's" names a shop)
_POSSESSIVE_AT_END = Pattern(r"\b(\p{Lu}\p{Ll}+)['\x{2019}]s[ \t]*[:,\-\x{2013}\x{2014}]?[ \t]*$")
# a child picked up by name ("pick up Dee (Deandra K., ...) at")
_PICKED_UP_NAME = Pattern(r"(?i)\bpick(?:s|ed|ing)?[ \t]+up[ \t]+(?-i:(\p{Lu}\p{Ll}+))\b", ("pick",))
# whom it is for, in the sentence: a titled person or a capitalised possessive ("Mr. Osei's family", "Tomasz's")
_PERSON_IN_SENTENCE = Pattern(r"\b(?:Ms|Mrs|Mr|Miss|Mx|Coach)\.?[ \t]+\p{Lu}[\p{L}'\-]+|\b\p{Lu}\p{Ll}+['\x{2019}]s\b")
_DELIVERY_REACH = 110
_TITLE_BEFORE_STOP = Pattern(r"(?:^|[^\p{L}])(?:Ms|Mrs|Mr|Mx|Dr|St)$")
# a capitalised name right before "at" is the place whose address follows ("to the Salvation Army at"), unless a title
# makes it a person ("to Coach Dunn at")
_NAMED_PLACE_AT = Pattern(r"\p{Lu}[\p{L}&.\-]*[ \t]+(?:at|on)[ \t]+$")
_TITLED_AT = Pattern(r"\b(?:Ms|Mrs|Mr|Miss|Mx|Coach)\.?[ \t]+\p{Lu}[\p{L}'\-]+[ \t]+(?:at|on)[ \t]+$")


def _delivered_to_a_person(ctx: ScanContext, start: int, end: int) -> bool:
    """"Sympathy card for Mr. Osei's family should go to 7742 S ...", "Offer letter for the new hire, Dana Kolar, should
    go to ...", "drop Tomasz's at 2231 W ...": what is sent, dropped or delivered for a person named in the sentence
    (a title, a possessive, a whole name, or a family member near) goes to where that person lives; a sentence naming
    a business or an office sends it there."""
    lo = max(0, start - _DELIVERY_REACH)
    cut = max(ctx.text.rfind(mark, lo, start) for mark in (". ", "! ", "? ", "\n"))
    while cut > lo and ctx.text[cut] == "." and _TITLE_BEFORE_STOP.search(ctx.window(cut - 5, cut)):
        # "visited Ms. Rena Whitlock ... at": a title's full stop ends no sentence
        cut = max(ctx.text.rfind(mark, lo, cut) for mark in (". ", "! ", "? ", "\n"))
    lo = cut + 1 if cut >= 0 else lo
    sentence = ctx.text[lo:start]
    if not _DELIVERED_BEFORE.search(sentence) or _ORGANISATION_IN_LINE.search(sentence):
        return False
    place = _NAMED_PLACE_AT.search(sentence)
    if place is not None and not _TITLED_AT.search(sentence):
        return False  # "bins go to the Salvation Army at 2258 N ...": the address of the place just named
    owner = _POSSESSIVE_AT_END.search(sentence)
    if owner is not None:
        return is_given_name(owner.group(1).lower())  # "at Hannah's: ..." a person's, "at Portillo's" a shop's
    picked = _PICKED_UP_NAME.search(sentence)
    if picked is not None:
        word = picked.group(1).lower()
        # a given name, or a nickname the writer glosses with a name in brackets right after it ("Dee (Deandra K.")
        gloss = sentence[picked.end(1):picked.end(1) + 3]
        if is_given_name(word) or (word not in STOP_WORDS and word not in NOT_FIRST_NAMES
                                   and gloss[:2] == " (" and gloss[2:].isupper()):
            return True
    if _PERSON_IN_SENTENCE.search(sentence) or any(lo <= a < start for a, _ in ctx.person_names):
        return True
    return bool(_KIN_NEAR.search(ctx.window(start - 160, end + 80)))


# one person's relative or a family ("his dad paid ...", "Dad is Emeka ...", "New family moving in"): "parents can help
# unload" speaks of no one's home
_KIN_NEAR = Pattern(r"(?i)\b(?:(?:his|her|their|the\s+kid['\x{2019}]?s|the\s+student['\x{2019}]?s)[ \t]+"
                    r"(?:mom|dad|mother|father|parents?|guardian|grandma|grandmother|grandpa|grandfather|aunt|uncle|wife|husband)"
                    r"|famil(?:y|ies)|(?:mom|dad|mother|father|guardian)[ \t]+(?:is|was|says|said))\b")


def _tied_to_a_home(ctx: ScanContext, m: Match) -> bool | None:
    """True when the context says the address is where a person lives, False when it says it is a public
    place, None when it says neither."""
    if is_public_address(ctx.district, m.value) or ctx.in_stand_in_row(m.start):
        return False  # (a template's row: "Sample,Student,2009-01-01,123 Main St")
    if ctx.text[m.end:m.end + 3].lstrip(" \t")[:1] in ("(", ",", "-", "\u2013", "\u2014") \
            and _PLACE_SAID_AFTER.search(ctx.window(m.end, m.end + 40)):
        return False  # "2750 W 99th St (the high school moved ...)": the words after say what the place is
    if _in_a_person_record_paste(ctx, m.start, m.end) or _HOME_STATED_AFTER.search(ctx.window(m.end, m.end + 80)) \
            or _WHOSE_HOME_AFTER.search(ctx.window(m.end, m.end + 60)):
        return True
    if _SELF_AT_BEFORE.search(ctx.window(m.start - 16, m.start)) and _RIDE_NEAR.search(ctx.window(m.start - 200,
                                                                                                   m.end + 120)):
        return True
    if _family_right_before(ctx, m.start) or _a_cardholders_billing_address(ctx, m.start):
        return True  # (a billing address after a card read out is the cardholder's, whatever venue came earlier)
    if _FACILITY_PART_AFTER.search(ctx.window(m.end, m.end + 40)) and not any(
            label.kind == "home" and ctx.text[label.start:label.end].lower().split()[0] in _LIVING_WORDS
            for label in ctx.labels_before(m.start, 80)):
        return False  # ("the family lives at ..., lot B": a trailer park's lot is a home)
    aside = _aside_before(ctx, m.start)
    labels = [label for label in ctx.labels_before(m.start, 80 + (aside[1] - aside[0] if aside else 0))
              if label.kind in ("home", *_PUBLIC_KINDS)
              and not (aside and aside[0] <= label.start < aside[1])
              and not (label.kind in _PUBLIC_KINDS and _names_no_place(ctx, label))
              and not (label.kind == "home" and (_pickup_for_a_day(ctx, label) or _pickup_of_goods(ctx, label)
                                                 or _address_of_a_goods_pickup(ctx, label)))]
    set_aside_end = -1
    if labels and labels[-1].kind in _PUBLIC_KINDS:
        # a place set aside after a home word ("to her house instead of school: ...") is not where the address is
        first_home = next((label.start for label in labels if label.kind == "home"), m.start)
        aside_places = [label for label in labels if label.kind in _PUBLIC_KINDS and label.start > first_home
                        and _place_set_aside(ctx, label, m.start)]
        if aside_places:
            set_aside_end = aside_places[-1].end
            labels = [label for label in labels if label not in aside_places]
    if len(labels) >= 2 and any(_housed_at_the_place(ctx, verb, labels[-1]) for verb in labels[-3:-1]):
        return True
    if labels and _housing_of_a_family(ctx, labels[-1]):
        return True
    cell = ctx.cell_label(m.start)
    if cell in _TABLE_DECIDES:
        # a table's address column lists homes, unless the address's own row names the place it is ("| 3645 W 59th
        # St | Gage Park Library |") or the table has a vendor's or a site's column; a place or an organisation's
        # column holds their addresses. A column of another kind (a DOB, an ID) under a line misread as a header
        # ("Name, DOB" wrapped; "New student starting Monday, 6th grade:") leaves it to the words and the record
        # around it.
        return cell == "home" and not _ORGANISATION_IN_LINE.search(_line(ctx.text, m.start, m.end)) \
            and not _organisations_table(ctx, m.start)
    # "Home Run Inn", "Home Depot": a capitalised home word in a business's name is no home label
    labels = [label for label in labels if not _in_a_proper_name(ctx, label)]
    if labels:
        last = labels[-1]
        if last.kind in _PUBLIC_KINDS and (
                _record_value_between(ctx, max(last.end, _record_lines_start(ctx, m.start)), m.start)
                or _record_after_the_place(ctx, last, m.start, m.end)):
            return True  # "payroll can key it:\nSSN 846-...\n2101 W ...": the record after the place word owns it
        # (both checks need a word between the label and the address: "lives at 214 ..." has none to search)
        between = ctx.window(max(last.end, set_aside_end), m.start)
        if last.kind == "home" and between.strip() and (_ORGANISATION_BETWEEN.search(between) or (
                ctx.text[last.start:last.start + 4].lower() == "mail"
                and _ORGANISATION_IN_LINE.search(ctx.window(last.end, aside[0]) if aside else between))):
            return False  # "mail checks to Lincoln HS Boosters, PO Box 4417": the addressee is an organisation
        if last.kind == "home" and ctx.text[last.start:last.end].lower() in _BARE_ADDRESS and (
                _SUITE.search(m.value) or _BUSINESS_MAIL.search(ctx.window(last.start - 12, m.start))):
            return False  # "Return address ...: MathQuest Learning, 1200 Commerce Dr, Suite 400": an office's suite
        named = _place_named_before(ctx, labels) if len(labels) > 1 else None
        if last.kind == "home" and ctx.text[last.start:last.end].lower() in _BARE_ADDRESS and named is not None \
                and named.kind in _PUBLIC_KINDS and last.start - named.end <= 40 \
                and _PLACE_THEN_ADDRESS.search(ctx.window(named.end, last.start)):
            return False  # "drop them at the annex? address is 1108 N ...": the address of the place just named
        if last.kind == "home" and ctx.text[last.start:last.start + 3].lower() == "mov" \
                and _PLACE_OR_EVENT_MOVED.search(ctx.window(last.start - 48, last.start)):
            return False
        return last.kind == "home"
    if ctx.row_label(m.start) == "home":
        return True  # "Home addresses:" then one line per family
    if _person_right_before(ctx, m.start, m.end) or _person_right_after(ctx, m.start, m.end) \
            or _addressee_block(ctx, m.start, m.end):
        return True
    if _in_a_person_record(ctx, m.start, m.end) or _HOME_AFTER.search(ctx.window(m.end, m.end + 160)):
        return True
    if ctx.window(m.start - 6, m.start).lower().rstrip().endswith("from") and _TO_SCHOOL_AFTER.search(
            ctx.window(m.end, m.end + 20)):
        return True
    if _delivered_to_a_person(ctx, m.start, m.end):
        return True
    return None


# "60608 on the way back", "12 by the way": a number, then plain words that end in a street's suffix by chance
_PLAIN_WORDS = frozenset({"on", "the", "by", "of", "all", "in", "a", "an", "to", "out", "way", "our", "my", "your",
                          "their", "his", "her", "its", "this", "that", "same", "whole", "long", "right", "wrong"})


def _plain_words(value: str) -> bool:
    """Whether every word after the house number is a plain word ("on the way"), none a street's name."""
    words = value.split()[1:]
    return bool(words) and all(w.lower().strip(".,") in _PLAIN_WORDS for w in words)


def _accept(ctx: ScanContext, m: Match) -> bool:
    if _plain_words(m.value):
        return False
    tied = _tied_to_a_home(ctx, m)
    if tied is not None:
        return tied
    # with no place word before it, an apartment or unit is somebody's home
    return any(w in m.value.lower() for w in ("apt", "unit", "#", "apartment", "basement", "rear"))


def _accept_tied(ctx: ScanContext, m: Match) -> bool:
    return bool(_tied_to_a_home(ctx, m))


_SUFFIX_WORDS = frozenset(_SUFFIX[3:-1].split("|"))


_HOME_UNITS = ("apt", "unit", "#", "apartment", "basement", "rear")


def _accept_bare_street(ctx: ScanContext, m: Match) -> bool:
    words = m.value.split()
    if words[-1].lower().rstrip(".,") in _SUFFIX_WORDS or \
            ctx.window(m.end, m.end + 12).lstrip(" \t").split(" ", 1)[0].lower().rstrip(".,") in _SUFFIX_WORDS:
        return False  # a full street address: the unit above reads it (with its suffix and unit)
    if any(w.lower().strip(",.") in _BUILDING_PARTS for w in words[2:4]):
        return False
    tied = _tied_to_a_home(ctx, m)
    if tied is not None:
        return tied
    # "3350 S Halsted, unit 406": with nothing said about the place, a flat in it is somebody's home, as for a
    # street with its suffix
    return any(w in m.value.lower() for w in _HOME_UNITS)


# "lives at 48 Maplewood", "Dad lives at 901 Elm in Oak Park": a house number and a capitalised street name with
# neither a direction nor a suffix is an address only right after a verb of living there (the verb is in the
# pattern: the shape alone is a count of anything, "3 Oak trees")
HOUSE_AFTER_LIVING = (r"(?i:\b(?:lives?|living|resides?|residing|staying|stays|moved|moving)[ \t]+(?:over[ \t]+)?"
                      r"(?:at|to|on)|\bfamil(?:y|ies)[ \t]+(?:is|are)[ \t]+(?:now[ \t]+)?at)"
                      # a flat right after the first word is tried before a second word ("2290 Linden Apt 4")
                      r"[ \t]+(\d{1,6}[A-Za-z]?[ \t]+[A-Z][a-z]+(?:(?i:" + _UNIT + r")|[ \t]+[A-Z][a-z]+(?i:" + _UNIT
                      + r")?)?)\b")
# a month, a weekday, a direction or a building part after the number is a date, a ward or a wing, no street
_NOT_A_STREET_NAME = frozenset({"january", "february", "march", "april", "may", "june", "july", "august",
                                "september", "october", "november", "december", "monday", "tuesday", "wednesday",
                                "thursday", "friday", "saturday", "sunday", "north", "south", "east", "west",
                                "period", "grade", "block", "pm", "am", "room"}) | _BUILDING_PARTS


def _accept_house_after_living(ctx: ScanContext, m: Match) -> bool:
    words = m.value.split()
    if words[1].lower().strip(",.") in _NOT_A_STREET_NAME:
        return False
    after = ctx.window(m.end, m.end + 12).lstrip(" \t").split(" ", 1)[0].lower().rstrip(".,")
    if len(words) < 3 and after in _SUFFIX_WORDS:
        return False  # "lives at 901 Elm St": the full street address is the first unit's
    return _tied_to_a_home(ctx, m) is not False


DETECTORS = (
    PatternDetector(name="home_address", finding_type="home_address", patterns=(PATTERN,), group=1,
                    accept=_accept),
    PatternDetector(name="home_address_bare_street", finding_type="home_address", patterns=(BARE_STREET,),
                    group=1, accept=_accept_bare_street),
    PatternDetector(name="home_address_after_living", finding_type="home_address", patterns=(HOUSE_AFTER_LIVING,),
                    group=1, accept=_accept_house_after_living),
    PatternDetector(name="home_address_po_box", finding_type="home_address", patterns=(PO_BOX,), group=1,
                    accept=_accept_tied),
)

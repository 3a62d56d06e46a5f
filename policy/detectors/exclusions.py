"""Exclusions as their own units: the labels that say a number or address is NOT a person's data.

Work orders, tickets, POs, invoices, asset tags, vendor numbers, budget strings, rooms and extensions name
numbers that look like IDs; office, fax and help-desk labels name phone lines that are not a person's own;
school and public-place words name addresses nobody lives at. The district's own numbers, domains and
addresses come from the policy file's `district` block (policy/document.py), so another district changes
the file, not this code.
"""
from __future__ import annotations

from functools import lru_cache

from policy.detectors.base import Detector, digits_of
from policy.detectors.form_labels import regex_fragment
from policy.detectors.patterns import Pattern
from policy.document import District

# (kind, RE2 fragment, matched case-insensitively). A unit rejects a candidate whose nearest label is one of
# these kinds.
LABELS: tuple[tuple[str, str], ...] = (
    # an organisation's own address ("Westbrook Academy's address", "the school's mailing address", "the
    # office address") is where it is, not where someone lives. Listed first: at one position the first kind
    # wins, so "Vendor's address" is this label, not the vendor-number label followed by a home word.
    ("public_place", r"\b(?:(?:school|academy|elementary|college|university|office|center|centre|church|museum"
                     r"|park|library|district|company|business|vendor|store|venue|clinic|hospital|campus|building"
                     r"|agency|organi[sz]ation|nonprofit|charter|network|board|cps|hall|ymca|pantry|shelter|zoo"
                     r"|theat(?:er|re)|mall|hotel|restaurant|cafe|bakery|shop|stadium|arena|gym|airport|station"
                     r"|warehouse|depot|firm|bank|pharmacy|studio|club|camp|center's|headquarters|hq|annex|site"
                     # where vehicles and works are kept ("Bus yard address for the drivers: ...")
                     r"|yard|garage|plant|facility|terminal|lot"
                     # where games and meets are played ("Field address is ...", "the pool's address")
                     r"|field|court|pool|rink|track"
                     # parent and school bodies get mail at a box or an office, not at a home
                     r"|pta|pto|lsc|boosters?|foundation|union|association|council|committee)'?s?"
                     r"\s+(?:(?:mailing|street|physical|shipping|billing|main|official)\s+)?address(?:es)?"
                     r")\b"),
    # ... said in another language ("Dirección de la escuela", "adresse de l'école"; policy/data/form-labels.yaml)
    ("public_place", regex_fragment("public_address")),
    ("reference", r"\b(?:work\s+orders?|purchase\s+orders?|incident(?:\s+report)?(?:\s+(?:number|no\.?|#))?"
                  r"|report\s+(?:number|no\.?|#)|p\.?o\.?\s*(?:number|no\.?|#)|po|p\.o\.|invoice|inv"
                  r"|order(?:\s+(?:number|no\.?|id))?|asset(?:\s+tags?)?|tags?|vendor(?:\s+(?:number|no\.?|id))?"
                  r"|tracking(?:\s+(?:number|no\.?|id))?|ticket(?:\s+(?:number|no\.?|id))?|tickets|case\s+(?:number|no\.?|#)|ref(?:erence)?"
                  # the numbers other offices' systems give a matter: a help desk's or an agency's case, an
                  # insurer's claim, a payment's receipt, a returned device's RMA, a service request
                  # ("in case ..." is an idiom, "the Chromebook claim: <stu id>" names the matter: bare, the
                  # capitalised label or with "#"/"number")
                  r"|(?-i:Case|Claim)|case\s*#|claim\s+(?:number|no\.?|#)|receipt(?:\s+(?:number|no\.?|#))?|rma"
                  r"|(?:service|support|help\s*desk)\s+request(?:\s+(?:number|no\.?|#|id))?"
                  r"|confirmation|requisition|req|unit|fund|budget|account\s+code|cost\s+center|contract"
                  r"|employee(?:\s+(?:id|number|no\.?))?|emp\s*id|staff\s+id|badge|school\s+(?:id|code|number)"
                  # (a trip, a stop or a vehicle on the transport office's own lists: "trip_id", "Stop #")
                  r"|(?:district|grant|org(?:anization)?|tax|federal|vendor|program|site|building|unit|trip|stop"
                  r"|vehicle)"
                  # (on one line: "name: Paisley Grant" over "ID: ..." is a name, then the next field)
                  r"[ \t]+(?:id|number|no\.?|#)|ein|fein|duns|uei"
                  # a video meeting's or event's number ("Meeting ID 839 2017 4412") is not a student's
                  r"|(?:meeting|zoom|webinar|conference|teams|session|event|call)\s+(?:id|number|no\.?|#)"
                  # a thing's or a place's own number: a recalled product's lot or batch, an assigning site's game,
                  # a testing center's code ("Lot number ... is <n>", "game ID <n>", "test center ID is <n>")
                  r"|(?:lot|batch)\s*(?:number|no\.?|#)"
                  # a payment processor's or a job's batch, its number right after: "RevTrak batch 2025031407 settled"
                  # ("Truancy letter batch:" over a list heads the list, whose rows say what they are)
                  r"|batch(?:[ \t]+id)?[ \t]+#?"
                  r"|(?:game|match|meet|tournament|league|test(?:ing)?\s+cent(?:er|re)|cent(?:er|re)|facility|venue"
                  r"|location)\s+(?:id|number|no\.?|#|code)"
                  # the numbers a computer system gives its own work: "export failing (job 52718394)", "build 4410"
                  r"|job(?:\s+(?:id|number|no\.?|#))?|(?:task|process|build|transaction)\s+(?:id|number|no\.?|#)|pid|commit"
                  # a software build, often its date ("the transportation app 2.14.0 (build 20241011)")
                  r"|build"
                  r"|(?:exit|error)\s+code"
                  r"|school\s+unit|isbn|serial(?:\s+number)?|model|sku|zip(?:\s+code)?|route|bus|room|rm|ext\.?"
                  r"|extension)\b"),
    ("office_line", r"\b(?:main\s+office|front\s+office|attendance\s+(?:office|line)|office(?:\s+line)?|fax"
                    r"|front\s+desk|main\s+(?:line|one|number|#)|school\s+(?:line|phone|number)|help\s*desk|service\s+desk"
                    r"|support|switchboard|hotline|library|nurse'?s\s+office|counseling\s+office|dispatch"
                    r"|911|voicemail\s+line"
                    # the service named as what the call is for ("to report an absence call ...")
                    r"|(?:to\s+)?report(?:ing)?\s+(?:an?\s+|your\s+child'?s\s+)?(?:absences?|tardies|tardy|illness)"
                    # ... or said the other way round ("absences are reported to ...", "tardies get called in at")
                    r"|(?:absences?|tardies|tardy|illness(?:es)?)\s+(?:are|is|get|gets|must\s+be|should\s+be)\s+"
                    r"(?:reported|called\s+in|phoned\s+in)\s+(?:to|at)"
                    # the recorded lines an organisation keeps: "the attendance voicemail", "absence line", "text line"
                    r"|(?:school|attendance|absence|main|district|office|department|dept|building|front\s+desk|team"
                    r"|club|program|transportation|bus|athletics?|cafeteria|library|nurse|tech|it|court|clerk)"
                    r"(?:['\x{2019}]s)?"
                    r"\s+(?:voice\s*mail(?:box)?|answering\s+machine|message\s+line|text\s+line|absence\s+line"
                    r"|call-?in\s+line|phone\s+tree|recorded\s+line|info\s+line|recording|recorded\s+message)"
                    r"|(?:absence|call-?in|call-?off|sub(?:stitute)?)\s+(?:line|hotline)"
                    # "call the district (office) at ...": the district answers its own line (from "the", so it
                    # starts before the public-place reading of "district office")
                    r"|the\s+district(?:\s+office)?\s+(?:at|line|number)|the\s+district\s+office"
                    # departments answer their own lines ("call HR at ...", "Transportation: 773-...")
                    r"|(?-i:HR)|human\s+resources|payroll|transportation|facilities|purchasing|registrar"
                    # desks, lines and businesses answer for an organisation, not a person
                    r"|(?:reception|security|circulation|information|info|registration|check-?in)\s+desk|reception(?:ist)?"
                    r"|help\s*line|crisis\s+line|tip\s+line|info(?:rmation)?\s+line|non-?emergency|customer\s+service"
                    r"|box\s+office|reservations?\s+line|pharmacy|clinic|pediatrics?|pediatrician'?s?|dentist'?s?|dental"
                    r"|urgent\s+care|hospital|pizza|pizzeria|restaurant|bakery|diner|cater(?:ing|er)|towing|plumb(?:ing|er)"
                    # a food business by what it serves ("the taco place", "that sushi spot", "a bagel shop")
                    r"|(?:taco|burrito|burger|sushi|sandwich|sub|chinese|thai|mexican|indian|bbq|barbecue|wing|chicken"
                    r"|donut|doughnut|bagel|coffee|ice\s+cream|food|noodle|pho|ramen)\s+(?:place|joint|spot|shop|truck)"
                    r"|electrician|locksmith|salon|barbershop|florist|(?:[a-z]+\s+)?(?:company|inc|llc|corp)\.?"
                    r"|ymca|daycare|day\s+care|after-?school\s+program|food\s+pantry|shelter\s+intake"
                    # an organisation's own line: "the Boys & Girls Club line is ...", "the library's number"
                    r"|(?:club|center|centre|program|agency|ministry|church|league|foundation|association|aftercare)"
                    r"(?:'s)?\s+(?:line|number|phone|desk)"
                    # a school function's line, whoever answers it: "the district nurse line", "the dean's line"
                    r"|(?:district|nurse|dean|counsel(?:or|ing|ling)|social\s+work(?:er)?|athletics?|cafeteria|kitchen"
                    r"|enrollment|admissions|records|health\s+(?:office|room)|clinic"
                    # a court's or an agency's clerk answers for the court ("the juvenile court clerk's line")
                    r"|clerk|court|probation|registrar)(?:['\x{2019}]s)?\s+(?:line|hotline"
                    r"|phone\s+line|desk\s+line))\b"),
    # ... said in another language ("Oficina principal", "la línea de asistencia"; policy/data/form-labels.yaml)
    ("office_line", r"\b" + regex_fragment("office_line") + r"\b"),
    # a service's heading over its contact line, a call verb right after it ("Absences: call ...", "Enrollment
    # questions - dial ..."); without the verb the heading stays the record's or the roster's label
    ("office_line", r"\b(?:absences?|attendance|enrollment|enrolment|registration|admissions|transcripts?|records"
                    r"|lost\s+and\s+found|tickets|lunch\s+accounts?|food\s+services?|bus\s+questions|transport)"
                    r"(?:\s+(?:questions|inquiries|info|issues|line))?\s*[:\-\x{2013}\x{2014}]\s*"
                    r"(?:please\s+)?(?:call|phone|dial|ring|contact|text)\b"),
    # an organisation's enquiry heading opening a line or a sentence, then a colon ("Info: 312-...", "> Questions:
    # (312) ...", "... on Wednesdays. Information: ..."): the line a desk answers for it; a person's own number under it
    # says whose it is ("Questions: text me at ...", "Info: her cell ...")
    ("office_line", r"(?:^|\n|[.!?][ \t]+)[ \t>]*(?:general[ \t]+|more[ \t]+)?(?:info|information|questions|inquiries"
                    r"|enquiries)[ \t]*:"),
    ("public_place", r"\b(?:school\s+address|central\s+office|mailroom|stadium|field\s*house|campus|gym"
                     r"|elementary|high\s+school|middle\s+school|academy|school|office|library|museum|park"
                     r"|church|center|warehouse|depot|district\s+office|headquarters|hq|store|restaurant"
                     r"|venue|hotel|meet\s+(?:us\s+)?at|entrance|annex|pantry|food\s+bank|clinic|hospital"
                     r"|ymca|community\s+center|shop|bakery|cafe|mall|theat(?:er|re)|zoo"
                     # an event held at a school, not a home: "Open house flyer: ..., 2250 N Clybourn Ave"
                     r"|open\s+house)\b"),
)

_PLACEHOLDER = Pattern(r"(?i)^(?:[x#*_.\- ]+|0+[-\s]?0+[-\s]?0+)$")


def is_placeholder(value: str) -> bool:
    """XXX-XX-XXXX, ***-**-****, 000-00-0000, ________: a template, not a value."""
    digits = digits_of(value)
    if digits.strip("0"):
        return False  # a digit other than 0: no template character and not all zeros, so no search needed
    return bool(_PLACEHOLDER.search(value)) or set(digits) <= {"0"}


# A value that is wholly a placeholder: ${DB_PASS}, $DB_PASS, {{ vault_pw }}, %(password)s, <your password>,
# [password], YOUR_API_KEY. A value that merely contains "${" or "{{" ("Pa${x}ss9!") is still a value.
_TEMPLATE = Pattern(r"^(?:\$\{[^{}]*\}?|\$[A-Za-z_][A-Za-z0-9_]*|\{\{[^{}]*\}\}|\{%[^{}]*%\}|%\([A-Za-z_][\w.]*\)[sd]"
                    r"|<[^<>]*>|\[[^\[\]]*\]|\{[A-Za-z_][\w.\- ]*\}|(?i:your|my|the)[_\-]?[A-Za-z_\-]*)$")


def is_template(value: str) -> bool:
    """Whether the WHOLE value is a template placeholder (a variable, a template tag, a bracketed hint)."""
    value = value.strip().strip("\"'`")
    if not value or (value[0] not in _TEMPLATE_OPENERS and not value[:4].lower().startswith(("your", "my", "the"))):
        return False  # the usual case, decided without a regex: this runs for every token after a label
    return bool(_TEMPLATE.search(value))


_TEMPLATE_OPENERS = frozenset("${%<[")


@lru_cache(maxsize=16)
def _district_phone_tails(service_desk_phone: str, office_numbers: tuple[str, ...]) -> frozenset[str]:
    return frozenset(digits_of(n)[-10:] for n in (service_desk_phone, *office_numbers) if digits_of(n))


def is_district_phone(district: District, number_digits: str) -> bool:
    return number_digits[-10:] in _district_phone_tails(district.service_desk_phone, district.office_numbers)


@lru_cache(maxsize=16)
def _district_domains(email_domains: tuple[str, ...]) -> tuple[frozenset[str], tuple[str, ...]]:
    """The district's domains as a set and as subdomain suffixes: two C-level tests per address found."""
    return frozenset(email_domains), tuple("." + d for d in email_domains)


def is_district_email(district: District, domain: str) -> bool:
    domain = domain.lower().rstrip(".")
    exact, suffixes = _district_domains(district.email_domains)
    return domain in exact or domain.endswith(suffixes)


def _simple_address(address: str) -> str:
    return " ".join(address.lower().replace(".", "").replace(",", " ").split())


# the street types chat leaves off a well-known address ("the hearing is at 42 W Madison")
_STREET_TYPES = frozenset({"st", "street", "ave", "avenue", "av", "blvd", "boulevard", "rd", "road", "dr", "drive",
                           "pl", "place", "ct", "court", "ln", "lane", "way", "pkwy", "parkway", "ter", "terrace"})


@lru_cache(maxsize=16)
def _simple_public_addresses(public_addresses: tuple[str, ...]) -> tuple[tuple[str, str], ...]:
    """The district's public addresses as `is_public_address` compares them (each whole, and without its street
    type), worked out once per district instead of once per candidate address."""
    simple = []
    for a in public_addresses:
        words = _simple_address(a).split()
        bare = words[:-1] if len(words) > 2 and words[-1] in _STREET_TYPES else words
        simple.append((" ".join(words), " ".join(bare)))
    return tuple(simple)


def is_public_address(district: District, address: str) -> bool:
    """Whether `address` is one of the district's public addresses, written whole or without its street type
    ("42 W Madison" for "42 W Madison St"), as whole words: "142 W Madison St" is somebody else's door."""
    public = _simple_public_addresses(district.public_addresses)
    if not public:
        return False  # (a district that lists none: no address is simplified for nothing)
    simple = " " + _simple_address(address) + " "
    for whole, bare in public:  # (a loop, not any() over a generator: this runs for every candidate address)
        if " " + whole + " " in simple:
            return True
        at = simple.find(" " + bare + " ")
        if at >= 0 and bare != whole and simple[at + len(bare) + 2:].split(" ", 1)[0] not in _STREET_TYPES:
            return True  # (another street type after the name is another street: "42 W Madison Ave")
    return False


DETECTORS: tuple[Detector, ...] = ()


_NUMBER_RUN = Pattern(r"\d(?:[ \-.]?\d){8,18}")


def published_samples(text: str) -> list[str]:
    """Published sample numbers the detectors ignore on purpose (the SSN 123-45-6789 printed on sample cards,
    a test card number such as 4111 1111 1111 1111), so `aupbot scan` can say it saw them instead of a bare
    "nothing found" that makes a first tester think the scanner is broken."""
    from policy.detectors.base import luhn_valid
    from policy.detectors.payment_card import is_test_number
    from policy.detectors.ssn import SAMPLE_NUMBERS

    found = []
    for match in _NUMBER_RUN.finditer(text):
        value = text[match.start():match.end()]
        digits = digits_of(value)
        if len(digits) == 9 and digits in SAMPLE_NUMBERS:
            found.append(value)
        elif 13 <= len(digits) <= 19 and luhn_valid(digits) and is_test_number(digits):
            found.append(value)
    return found

"""Passwords, PINs, codes and logins written out in a sentence: "pw is ...", "password: ...",
"alarm code for the annex door is 4826", "login: jdoe / Spring2026!".

The label finds the statement; the value decides. A password value must look like one (six or more
characters with a letter and a digit or symbol), so talk about passwords ("reset your password every 90
days", "passwords must be 12 characters") never matches; a PIN or door code must be digits. Template
placeholders, masked values and code that reads secrets from the environment are not values.
"""
from __future__ import annotations

import base64
from bisect import bisect_right
from collections.abc import Callable, Iterable
from pathlib import Path

from policy import yaml_loader
from policy.detectors.base import Candidate, Match, PatternDetector
from policy.detectors.context import Label, ScanContext
from policy.detectors.exclusions import is_template
from policy.detectors.patterns import Pattern
from policy.detectors.personal_email import FREE_MAIL_DOMAINS, personal_mailbox
from policy.normalize import number_word_value

LABELS = (
    # the word spelled out letter by letter ("p-a-s-s-w-o-r-d", "p.w.") to slip past a scanner is the word
    ("password", r"\b(?:pass\s*words?|passwd|pass\s*phrase|pwd|pw|p@ss(?:word)?|pword|pass|p\.w\.(?:[ \t]|:)?"
                 r"|p[-._*]a[-._*]s[-._*]s(?:[-._*]w[-._*]o[-._*]r[-._*]d)?"
                 r"|wi-?fi\s+(?:key|code)|network\s+key|api\s*key|secret\s+key"
                 # a Wi-Fi network's pre-shared key, as a router's page and a config name it ("PSK = ...")
                 r"|psk|wpa2?[-\s]?psk|pre-?shared\s+key"
                 r"|access\s+(?:key|token)|auth(?:entication)?\s+token|client\s+secret|bearer\s+token|key"
                 # "the canvas api token for the grade sync: ...", "refresh token", "app secret"
                 r"|(?:api|access|auth|bearer|refresh|secret|developer|integration|app|personal\s+access|service)"
                 r"\s*tokens?|(?:app|api|integration|webhook)\s+secret"
                 # the words in Spanish, the district's second language ("contraseña del portal: ...", "clave: ...")
                 r"|contrase(?:\x{f1}|n)as?|claves?)(?:\b|:)"),
    # a key or a lock-and-key drawn for the word ("hudl → coach.x | \U0001f511 Vikings!Film22"): an emoji is no
    # word character, so it stands outside the word-bounded alternation above
    ("password", r"[\x{1F511}\x{1F510}\x{1F5DD}]\x{FE0F}?"),
    # the device word may carry one more word before "code": "alarm panel code", "door keypad pin",
    # "copier release code", "building entry code"
    ("pin", r"\b(?:(?:door|alarm|gate|lock|keypad|copier|voicemail|vm|garage|building|entry|access|security"
            r"|locker|safe|unlock|admin|printer|phone|device|ipad|lockbox|key\s*box|bike\s+lock|panel|elevator"
            r"|padlock|cabinet|closet|mailbox|vault|storage|supply|workroom|lounge|cage|shed|cart|bathroom"
            # everything else staff open with a code: entry (intercom, buzzer, fob, badge, card reader, dock,
            # parking), security (camera, dvr), office machines (fax, riso, laminator, time clock,
            # kiosk, register), devices (tablet, laptop, chromebook, computer, desktop, smartboard, projector)
            r"|intercom|buzzer|fob|badge|reader|dock|parking|stairwell|camera|dvr|nvr|fax|riso|risograph"
            r"|laminator|time\s*clock|kiosk|register|till|tablet|laptop|chromebook|computer|desktop|smartboard"
            r"|projector|pool|boiler"
            # what the code does: "arm code", "disarm code", "copy code", "print code"
            r"|arm|disarm|copy|print|printing)"
            r"\s+(?:[a-z]+\s+)?"
            # a list of them under one heading is as much a code's label: "copier codes", "locker combos"
            r"(?:codes?|pins?|combos?|combinations?|passcodes?)|pin(?:\s*(?:code|number|#))?|combos?|combination"
            # "PINs" alone in capitals: "pins" in lower case is as often a board's or a bowling lane's
            r"|(?-i:PINs|PINS)|passcodes?|keypad|key\s*codes?"
            # a copier's user number is the code that releases copies ("copier id 5521", "printer # 4410")
            r"|(?:copier|copy\s+machine|printer|xerox)\s+(?:user\s+)?(?:id|number|no\.?|#)"
            # meeting host keys and passcodes are digits as often as not ("zoom host key: 481926")
            r"|(?:(?:zoom|teams|meet|webex|meeting|host)\s+)?host\s+(?:key|code|pin)|meeting\s+(?:key|passcode|pin)"
            r"|(?:zoom|webex)\s+(?:key|passcode|pin)"
            # a code that opens an account: one-time (a reset, an activation, a second factor) or a student's own
            # sign-in code, whatever account: "portal activation code XK4-92Q", "SIS reset code ...: 884120", "home
            # learning code for <name>: QXHT-7729" (a booking's confirmation code and a class's join code open none)
            r"|(?:reset|activation|verification|one-?time|otp|mfa|2fa|two-?factor|authenticator|log-?in|sign-?in"
            r"|home\s+learning)\s+(?:codes?|pins?)"
            # "the code for the copier in the workroom ...", "code to the supply closet"
            r"|codes?\s+(?:for|to|on)\s+(?:the\s+|our\s+|my\s+)?(?:[\w'-]+\s+){0,2}?(?:doors?|alarms?|gates?|locks?"
            r"|keypads?|copiers?|printers?|safes?|lockers?|garages?|lockbox|closets?|cabinets?|building|storage"
            r"|workroom|supply\s+room|lounge|lot|entrance|annex|vault"
            # the rooms a staff code opens: "code to the teacher bathroom is ..."
            r"|bathrooms?|restrooms?|elevators?|mailroom|server\s+room|boiler\s+room|portables?|stairwells?|sheds?)"
            # "the code to get in (the side door) is ...": what the code is for, said as a purpose
            r"|codes?\s+to\s+(?:get|go)\s+in(?:to)?"
            # "the code to unlock the AV cart is ...": what the code does, said as a purpose
            r"|codes?\s+to\s+(?:unlock|open|disarm|arm|release|access|enter)"
            # "code for 212 is ...": a room number is the place (three digits: a year is not a room)
            r"|codes?\s+(?:for|to|on)\s+(?:room\s+|rm\.?\s*|#)?\d{3}[a-z]?)(?:\b|:)"),
    # "the code for the book room", "code to the science lab", "code on the nurse's office": every room a code
    # opens, named by its use, not only the rooms listed above
    ("pin", r"\bcodes?\s+(?:for|to|on|in)\s+(?:the\s+|our\s+|my\s+|this\s+)?(?:[\w'-]+\s+){0,2}?(?:rooms?|labs?"
            r"|offices?|suites?|pantry|kitchen|library|media\s+center|gym|auditorium|stage|greenhouse|studio|booth)"
            r"(?:\b|:)"),
    # the verb "sign in"/"log in" only when it introduces credentials ("log in as ...", "sign in with ...",
    # "sign in:"): "sign in at the library by 8:00" must not wake the unit
    ("login", r"\b(?:log-?ins?|log-?ons?|sign-?ons?|sso|sign-?in|(?:log|sign)\s+in(?:\s+(?:as|with|using)|\s*:)"
              r"|user\s*names?|user(?:\s*id)?"
              r"|creds|credentials|acct\s+login)(?:\b|:)"),
)

_CONNECTORS = frozenset({"is", "was", "are", "=", ":", ":=", "->", "=>", "→", "-", "--", "—", "to", "now", "be",
                         "it's", "its", "as", "of", "will", "should", "changed", "reset", "set", "updated",
                         "switched", "moved", "still", "currently",
                         # "the keypad at the dock takes 6027": what a lock takes is its code
                         "takes", "accepts",
                         # "the PIN is just 1-9-7-4", "it's simply Tiger!88": a filler, the value follows
                         "just", "simply", "literally",
                         # "the password is supposed to be X", "... is meant to be X": what it should be is its value
                         "supposed", "meant"})
# the connectors read in a row before the value ("is supposed to be", "changed, it's now")
_CONNECTOR_RUN = 5
# A number right after one of these names the place the code opens, not the code ("gate code for room 214")
_PLACE_WORDS = frozenset({"room", "rm", "rm.", "door", "building", "bldg", "lot", "suite", "floor", "unit",
                          "gate", "wing", "entrance", "closet", "period", "locker", "bus", "#"})
# A number right after a preposition in the words before the connector names a place too ("copier code
# for 204 is 55821", "the code in 118 is ..."): short numbers only, a value is longer
_PLACE_PREPOSITIONS = frozenset({"for", "in", "on", "at", "near", "by", "of", "outside", "inside", "behind"})
# "pass" is as often a verb ("can you pass it to payroll?", "pass this along") or a ticket ("bus pass",
# "hall pass") as it is a password
_PASS_VERB_AFTER = frozenset({"it", "this", "that", "these", "those", "them", "him", "her", "me", "us", "along",
                              "on", "out", "around", "back", "over", "down", "up", "through", "by", "the",
                              "my", "your", "our", "his", "their", "a", "an", "to", "or", "fail", "rate", "if",
                              "with", "away", "off", "forward", "time", "judgment", "judgement"})
_PASS_NOUN_BEFORE = frozenset({"bus", "hall", "day", "parking", "guest", "visitor", "library", "boarding",
                               "season", "bathroom", "restroom", "nurse", "field", "trip", "transit",
                               "press", "backstage", "all-access", "free", "a", "the", "lunch",
                               # the passes a trip or a family buys ("the museum's group pass:", "zoo pass")
                               "group", "museum", "zoo", "family", "annual", "event", "weekly", "monthly",
                               "daily", "summer", "pool", "gym", "park"})
_STRIP = "\"'`*_()[]{}<>,;"
# a word's first and last characters that send it down the general path of `_tokens_after`: one to strip, a
# connector glued on (":", "="), a sentence's end (".", "?"); any other word is kept as it is
_NOT_PLAIN_FIRST = frozenset(_STRIP + ":=")
_NOT_PLAIN_LAST = frozenset(_STRIP + ".,?")
# a payment card's words or number near "security code": the card's CVV, not a credential
_CARD_NEAR = Pattern(r"(?i)\b(?:cards?|visa|master\s*card|amex|discover|debit|credit|exp(?:ires|iry|iration)?|cvv2?"
                     r"|cvc|ending(?:\s+in)?)\b|\d{4}[ -]?\d{4}[ -]?\d{4}")
_SYMBOLS = frozenset("!@#$%^&*+=?~|\\/<>.,;:-_")
# Values that point at a secret instead of being one, or fill a template (plain substring tests: these run
# for every token after every password label, so they stay at C speed).
_REFERENCES = ("environ", "getenv", "process.env", "vault", "keychain", "secret.", "secrets.",
               "settings.", "config.", "os.", "http://", "https://", "redacted", "example")
_PLACEHOLDER_CHARS = frozenset("x*._-#")
_PLACEHOLDER_STRIP = "x*._-#"
# every punctuated reference above holds one of these; the word references are tested one by one
_REFERENCE_MARKS = frozenset("./:")
_COUNT_WORDS = frozenset({"digit", "digits", "char", "chars", "character", "characters", "day", "days", "month",
                          "months", "minute", "minutes", "hour", "hours", "th", "st", "nd", "rd", "letters",
                          "letter"})
_ARROWS = frozenset({"->", "=>"})
# the key and lock-and-key emoji the label pass reads as a password word
_KEY_EMOJI = frozenset("\U0001f511\U0001f510\U0001f5dd")
_QUALIFIED_CONNECTORS = frozenset({"is", "was", "are", "=", ":", ":=", "->", "=>", "\u2192", "it's", "its", "to", "now",
                                   "be", "takes", "accepts"})
_EXAMPLE_WORDS = frozenset({"like", "e.g.", "eg", "example", "examples", "such", "avoid", "never", "not", "don't",
                            "weak", "bad", "common"})
_PAIR_SEPARATORS = frozenset({"/", "|", "//", "and", "pw", "pw:", "pass", "pass:", "password", "password:",
                              "p/w", "pwd", "pwd:"})


# a login's user name said by what it is ("my email", "his ID", "your badge number"), and the words that join the
# secret to it ("... plus Otter$2031", "... with ...")
_USER_NAMED_BY = frozenset({"email", "e-mail", "address", "id", "username", "number", "badge", "initials"})
_SECRET_JOINED_BY = frozenset({"plus", "+", "and", "with", "w/", "then"})
_LETTERS = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ")
_DIGITS = frozenset("0123456789")
_STRONG_SYMBOLS = frozenset("!@#$%^&*+=?~")


def _is_reference(lowered: str, chars: set[str]) -> bool:
    """`any(ref in lowered for ref in _REFERENCES)`, without a generator: this runs for every candidate token."""
    if "environ" in lowered or "getenv" in lowered or "vault" in lowered or "keychain" in lowered \
            or "redacted" in lowered or "example" in lowered:
        return True
    return not chars.isdisjoint(_REFERENCE_MARKS) and any(ref in lowered for ref in _REFERENCES)


# "my public key for the deploy box: ssh-ed25519 ...", "key fingerprint: SHA256:...": the half of a key pair that is
# published, or a fingerprint of a key, is shared on purpose and opens nothing (a meeting's "host key" is a PIN)
_PUBLIC_BEFORE = Pattern(r"(?i)\b(?:public|pub)[ \t]+$")
_FINGERPRINT_AFTER = Pattern(r"(?i)^[ \t]*(?:fingerprint|thumbprint)")


def _a_public_key(text: str, start: int, end: int) -> bool:
    return bool(_PUBLIC_BEFORE.search(text[max(0, start - 12):start])
                or _FINGERPRINT_AFTER.search(text[end:end + 16]))


def _names_a_setting_or_armour(text: str, start: int, end: int) -> bool:
    """A label word inside a longer name: a setting's CamelCase name that goes on after it
    ("MinimumPasswordLength=12", "PasswordHistorySize") names a rule about passwords, and a PEM armour line
    ("-----BEGIN PUBLIC KEY-----") names the block under it (a private key's is read by the token formats)."""
    after = text[end:end + 2]
    if len(after) == 2 and after[0].isupper() and after[1].islower() and text[start:start + 1].isupper():
        return True
    return text.startswith("-----", end)


def looks_like_password(value: str) -> bool:
    if len(value) < 6 or len(value) > 128 or value.isalpha():
        return False
    chars = set(value)  # set operations run in C: this check runs for every token after every label
    if chars.isdisjoint(_LETTERS) and not any(c.isalpha() for c in chars):
        return False
    has_digit = not chars.isdisjoint(_DIGITS)
    if not has_digit and chars.isdisjoint(_STRONG_SYMBOLS):
        return False  # the final test below needs a digit or a strong symbol: decide before the costly checks
    if "=" in value:
        name, _, number = value.partition("=")
        if name.isalpha() and len(name) > 5 and number.rstrip(",;").isdigit() and len(number) <= 5:
            return False  # "MinimumPasswordLength=12": a setting given its number, not a secret
    if value[-1] == "?" and value.rstrip("?").isalpha():
        return False  # "payroll?", "again??": the end of a question, not a symbol in a secret
    lowered = value.lower()
    if _is_reference(lowered, chars) or not lowered.strip(_PLACEHOLDER_STRIP):
        return False
    if is_template(value):
        return False  # ${DB_PASS}, {{pw}}, <your password>, [password]: wholly a placeholder
    if ";" in value and is_template(value.partition(";")[0]):
        return False  # "Password=<password>;Encrypt=True": a connection string's placeholder, then its next field
    if lowered.endswith(("character", "characters", "chars", "digit", "digits")):
        return False  # "12-characters", "8digits": a rule, not a value
    if lowered.lstrip("0123456789").lstrip("-") in _COUNT_WORDS and lowered[0].isdigit():
        return False  # "12-digit", "90-days"
    if value.replace("_", "").isalpha() and value.upper() == value:
        return False  # DB_PASS: the name of a variable, not its value
    if _masked(value):
        return False  # "ghp_****************", "sk_live_••••3fa1": shown masked, the secret is not in it
    return True  # a digit, or a strong symbol (checked above)


# the characters a screen or a person masks a secret with, four in a row: a generated or chosen secret has no such run
_MASK_RUNS = ("****", "\u2022\u2022\u2022\u2022", "\u25cf\u25cf\u25cf\u25cf", "\u00b7\u00b7\u00b7\u00b7")


def _masked(value: str) -> bool:
    return any(run in value for run in _MASK_RUNS)


def looks_like_pin(value: str) -> bool:
    # "12-34-56", "12 34 56": a combination lock; "#5517*", "*2231#": a keypad's own keys round the digits (a "#"
    # before three digits is a number sign: "room #204")
    core = value.rstrip("#*").replace("-", "").replace(" ", "")
    if core[:1] in ("#", "*") and len(core) >= 5 and core[1:].isdigit():
        core = core[1:]
    if not core.isdigit():
        core = keyed_digits(value) or core
    return core.isdigit() and 3 <= len(core) <= 12 and set(core) != {"0"}  # 0000: a template, not a code


# what people put between the digits of a code they key one at a time: "3.1.7.9", "3/1/7/9", "3*1*7*9", "3_1_7_9"
_KEY_SEPARATORS = frozenset(".-/*_\u00b7\u2022|,")


def keyed_digits(value: str) -> str | None:
    """The digits of a code read out one key at a time with the same mark between every two ("3.1.7.9",
    "3/1/7/9"): four to twelve single digits. A date ("3/1/2024") or a decimal has groups longer than one."""
    value = value.rstrip("#")
    if len(value) < 7 or not value[0].isdigit():
        return None
    mark = value[1]
    if mark not in _KEY_SEPARATORS:
        return None
    groups = value.split(mark)
    if 4 <= len(groups) <= 12 and all(len(g) == 1 and g.isdigit() for g in groups):
        return "".join(groups)
    return None


# letters people type (or a note shows) for digits inside a code: "2O318", "4l7I"
_CODE_LOOK_ALIKES = str.maketrans("OoIl", "0011")


def looks_like_code_with_look_alikes(value: str) -> bool:
    """A code of digits with a few letters drawn like digits ("2O318": a letter O for a zero): four to twelve
    characters, mostly real digits, opening with a digit ("B104", "L12" are a wing's rooms)."""
    if not 4 <= len(value) <= 12 or value.isdigit() or not value.isalnum() or not value[0].isdigit():
        return False
    digits = sum(c.isdigit() for c in value)
    return digits >= 3 and digits > len(value) - digits and value.translate(_CODE_LOOK_ALIKES).isdigit()


def looks_like_password_or_digits(value: str) -> bool:
    """A password may be all digits ("pw for the cart iPads = 2468", "... is 2-4-6-8"): four or more, as a PIN."""
    if value.isalpha():
        return False  # a plain word (most words after a label): no digit, no symbol, decided in one C call
    if value.isdigit():
        return len(value) >= 4 and looks_like_pin(value)
    if value[:1].isdigit() and keyed_digits(value):
        return looks_like_pin(value)
    return looks_like_password(value)


def looks_like_pin_or_code(value: str) -> bool:
    """Door, alarm and meeting codes are usually digits, sometimes a password-like string or digits with a
    look-alike letter."""
    if value.isalpha():
        return False  # a plain word is none of the three (each needs a digit or a symbol): one C call decides
    return looks_like_pin(value) or looks_like_password(value) or looks_like_code_with_look_alikes(value)


def _names_a_place(before: str, value: str) -> bool:
    """Whether `value`, after the word `before`, is the number of the place a code opens, not the code."""
    return before in _PLACE_WORDS or (before in _PLACE_PREPOSITIONS and value.isdigit() and len(value) <= 4)


def _names_a_thing(tokens: list[tuple[str, int, int]], k: int) -> bool:
    """Whether token `k`, inside the qualifier a preposition opened, is part of the name of what the secret is
    for: a model or an extension's number ("BIOS password on the Latitude 5420 batch is ..."), a role mailbox
    written short ("password for the attendance@ mailbox is now ..."). Only the value after the connector can then
    be the secret."""
    value = tokens[k][0]
    if not (value.isdigit() or value.endswith("@") and value[:-1].replace(".", "").replace("-", "").isalpha()):
        return False
    return any(tokens[j][0].lower() in _PLACE_PREPOSITIONS for j in range(k))


def _pass_is_no_password(text: str, start: int, end: int, transit_cards: frozenset[str] = frozenset()) -> bool:
    """"pass" as a verb ("pass it to payroll?") or a ticket ("bus pass is in the office", "Ventra pass": the
    district's transit cards, policy file `district.systems.transit_card`), not a password."""
    after = text[end:end + 16].split()
    if after and after[0].strip(".,;!?").lower() in _PASS_VERB_AFTER:
        return True
    before = text[max(0, start - 16):start].split()
    return bool(before) and (before[-1].strip("\"'(").lower() in _PASS_NOUN_BEFORE
                             or before[-1].strip("\"'(").lower() in transit_cards)


# between a combination's numbers: "4 - 19 - 33", "3 then 27 then 18"
# ("R 12 L 30 R 8", "right 12, left 30, right 8": the turns between are separators too)
_TURNS = frozenset({"left", "right", "l", "r"})
_DIAL_SEPARATORS = frozenset({"-", "\u2013", "\u2014", "then", "and", ">", "->"}) | _TURNS


def _dial_number(value: str) -> str | None:
    """A combination lock's number (0-99) as digits, whether written "19" or "nineteen" / "thirty-six"."""
    if value.isdigit():
        return value if len(value) <= 2 else None
    if not value[:1].isalpha():
        return None
    number = number_word_value(value)
    return None if number is None else str(number)


def _join_combination(tokens: list[tuple[str, int, int]]) -> list[tuple[str, int, int]]:
    """"the combo is 12 34 56", "4 - 19 - 33", "twenty-two, fourteen, thirty-six": three or four dial numbers
    in a row (digits or number words, set apart by spaces, commas, dashes or "then") are one combination."""
    for i in range(len(tokens) - 2):  # plain loops, no generator: this runs after every code label
        numbers: list[str] = []
        end = reach = tokens[i][2]  # the last number's end; the last number's or separator's end
        j = i
        while j < len(tokens) and len(numbers) < 4:
            value, start, stop = tokens[j]
            if numbers and value.lower() in _DIAL_SEPARATORS and j + 1 < len(tokens) and start - reach <= 3:
                reach = stop
                j += 1
                continue
            dial = _dial_number(value)
            if dial is None or (numbers and start - reach > 3):
                break
            numbers.append(dial)
            end = reach = stop
            j += 1
        if len(numbers) >= 3:
            first = i - 1 if i and tokens[i - 1][0].lower() in _TURNS else i  # "R 12 L 30 R 8" opens with a turn
            return tokens[:first] + [(" ".join(numbers), tokens[first][1], end)] + tokens[j:]
    return tokens


# a title's or a street's abbreviation ends no sentence: "the reset code for Mrs. Ortiz is ...", "at 42 W. Main is"
_ABBREVIATIONS = frozenset({"mr.", "mrs.", "ms.", "mx.", "dr.", "prof.", "st.", "ave.", "rd.", "blvd.", "bldg.",
                            "rm.", "dept.", "sr.", "jr."})


def _abbreviation(raw: str) -> bool:
    """A title, a street word or an initial ("W.", "J.") with its full stop."""
    return raw.lower() in _ABBREVIATIONS or len(raw) == 2 and raw[0].isupper() and raw[1] == "."


def _between_keyed_digits(raw: str, tokens: list[tuple[str, int, int]], window: str, cursor: int) -> bool:
    """"6 . 0 . 9 . 2": a lone dot between single digits keys a code, it does not end a sentence."""
    before = tokens[-2][0] if raw == tokens[-1][0] else tokens[-1][0]
    return raw == "." and len(before) == 1 and before.isdigit() and window[cursor:].lstrip(" \t")[:1].isdigit()


def _join_spelled_digits(tokens: list[tuple[str, int, int]]) -> list[tuple[str, int, int]]:
    """"alarm code is 5 5 2 1": single digits in a row are one code (normalisation joins runs of five or
    more; a four-digit code read out digit by digit is joined here, after a code label). A lone mark between
    them ("6 . 0 . 9 . 2", "6 / 0 / 9 / 2") is the writer's spacing, not part of the code."""
    for value, _, _ in tokens:
        if len(value) == 1:
            break
    else:
        return tokens  # no single character, so nothing to join or skip (most statements): the list as it is
    joined: list[tuple[str, int, int]] = []
    run = False  # whether joined[-1] is a run of single digits
    skipped = 0  # the width of a mark skipped since the last digit
    for value, start, end in tokens:
        if run and len(value) == 1 and value in _KEY_SEPARATORS:
            skipped = 2
            continue
        single = len(value) == 1 and value.isdigit()
        if single and run and start - joined[-1][2] <= 2 + skipped:
            skipped = 0
            text, first, _ = joined[-1]
            joined[-1] = (text + value, first, end)
            continue
        joined.append((value, start, end))
        run = single
        skipped = 0
    return joined


def _without_asides(window: str) -> str:
    """"wifi pw (spaces don't matter): Willow$766Q", "password (case sensitive) is ...": an aside in brackets
    between the label and its connector is blanked (offsets kept), so its words neither stand for the value
    nor read as an example ("don't"). An aside not followed by a connector may be the value itself."""
    opening = window.find("(")
    while opening >= 0:
        closing = window.find(")", opening)
        if closing < 0 or closing - opening > 48:
            break
        after = window[closing + 1:].lstrip(" \t")
        if after[:1] in (":", "=", "-") or after.split(None, 1)[:1] in (["is"], ["was"], ["are"]):
            window = window[:opening] + " " * (closing + 1 - opening) + window[closing + 1:]
        opening = window.find("(", closing + 1)
    return window


# Words read after a label before deciding; the full window (up to _MAX_WORDS) only when needed.
_FIRST_WORDS = 5
_MAX_WORDS = 22


class _NeedMoreWords(Exception):
    """The decision depends on words after the ones read so far."""


_DETERMINERS = frozenset({"the", "a", "an", "my", "our", "his", "her", "their", "your", "that", "this"})
_NEGATIONS = frozenset({"not", "never", "don't", "isn't", "avoid", "no"})
_POSSESSIVES = frozenset({"my", "our", "his", "her", "their", "your", "its", "the"})
# a value described as an identifier the scanner reports under a type of its own ("his PIN is his student
# number, ...", "... her cell, ..."): the credential is the fact that the PIN equals it, and the number keeps its
# type; any other description ("her lunch number, 72231") leaves the value the credential
_OWN_TYPE_NOUNS = frozenset({"id", "id#", "ssn", "social", "phone", "cell", "mobile"})


_CHANGE_VERBS = frozenset({"changed", "reset", "set", "updated", "switched", "moved"})
# after these "to" names who got the code or lock, not what it was set to: verbs of assigning, giving and sending
_RECIPIENT_VERBS = frozenset({"assigned", "reassigned", "given", "gave", "issued", "reissued", "sent", "emailed",
                              "texted", "messaged", "handed", "lent", "loaned", "transferred", "forwarded", "shared",
                              "mailed", "passed", "delivered", "distributed", "belongs", "belonged", "went", "goes",
                              "released", "provided", "allocated", "granted", "returned", "submitted",
                              # where questions and requests about it are sent ("password questions go to ...")
                              "go", "going", "gone", "send", "sending", "forward", "route", "routed", "routing",
                              "direct", "directed", "refer", "referred", "escalate", "escalated", "bring", "take",
                              "email", "reply", "write", "report", "reported", "addressed", "talk", "speak",
                              "reach", "turn", "apply", "applies", "applied"})
# the passive of receiving a secret, said in a clause about whoever got it ("the pw he was sent was ...", "the
# password they were issued is ..."): the connector before it opens that clause, the next one gives the value
_RECEIVED = frozenset({"given", "sent", "issued", "assigned", "emailed", "texted", "handed", "told"})
# "to" before an e-mail address names who to write to ("password questions go to help@...")
_MAIL_ADDRESS = Pattern(r"^[A-Za-z0-9._%+\-]+@[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)*\.[A-Za-z]{2,}[.,;:!?)]*$")
# a value the writer says is no secret: "... is 2210 (it's the unit number, not a password)"
_DENIED_AFTER = Pattern(r"(?i)^[^\n.]{0,30}?\b(?:(?:is|'s)?[ \t]*not[ \t]+(?:a|an|the|my|our|your)?[ \t]*"
                        r"(?:real[ \t]+|actual[ \t]+)?(?:password|pw|pin|passcode|code|login))\b", needs=("not",))


# an aside right after the value that says it opens nothing real: "4-17-9 (the answer to the class's padlock
# puzzle, not a real lock)", "(made up, for the slide)"
_DENIED_IN_ASIDE = Pattern(r"(?i)^[ \t]*[\-\x{2014}\x{2013},]?[ \t]*\([^()\n]{0,140}?"
                           r"\b(?:not[ \t]+(?:a[ \t]+|the[ \t]+)?real"
                           r"|made[ \t-]up|fake|pretend|fictional)\b", needs=("(",))


def _preposition(tokens: list[tuple[str, int, int]], i: int) -> bool:
    """"combo to the PE cage is ...": "to" before a determiner names what the code opens, and "PIN to release
    the print jobs is ..." before a verb says what the code is for; neither is the connector before the value
    ("changed to 7741", "set to sunshine")."""
    if tokens[i][0].lower() != "to" or i + 1 >= len(tokens):
        return False
    if i and tokens[i - 1][0].lower() in _RECIPIENT_VERBS:
        return True  # "combo reassigned to 39096259 - Name": the holder it went to, not the value
    after = tokens[i + 1][0]
    if "@" in after and _MAIL_ADDRESS.search(after):
        return True  # "... to help@district.org": a mailbox to write to
    if after.lower() in _DETERMINERS:
        return True
    return after.isalpha() and after.islower() and not (i and tokens[i - 1][0].lower() in _CHANGE_VERBS)


# -- passphrases: several plain words ("the wifi passphrase is purple monkey dishwasher") --------------------

# A connector between the label and the value: "is", ":", "=", ":=", "->", "set to", "it's"
_PHRASE_CONNECTOR = Pattern(r"(?i)^[ \t]*(?:(?:is|was|=|:=|:|->|=>|\x{2192}|now|(?:re)?set\s+to|changed\s+to"
                            r"|updated\s+to|switched\s+to|will\s+be|should\s+be|it's|its"
                            # "is literally: correct horse ...", "is simply ...": a word that stresses the value
                            r"|(?:literally|simply|exactly|actually)(?:[ \t]*:)?"
                            # "passphrase changed: ...", "wifi key updated - ...": the change said, then the value
                            r"|(?:(?:re)?set|changed|updated|switched|rotated)[ \t]*(?::|[-\x{2013}\x{2014}][ \t])"
                            r"|[-\x{2013}\x{2014}][ \t])[ \t]*){1,3}")
# "passphrase for the testing laptops: ...": a qualifier naming what the phrase opens (up to a dozen words: "for the
# cart of chromebooks in room 12 by the window is: ..."), then the connector
# ("the pw to the sub account is ...", "the Wi-Fi password today is ...": a place or a time, then the connector)
_PHRASE_QUALIFIER = Pattern(r"(?i)^[ \t]+(?:(?:for|on|of|to|at|in)[ \t]+(?:[\w'\-]+[ \t]+){0,10}?[\w'\-]+"
                            # an aside in brackets closing the qualifier ("for the music drive (the shared one):")
                            r"(?:[ \t]*\([^()\n]{1,40}\))?"
                            r"|today|tonight|tomorrow|now|this[ \t]+(?:week|month|year|time))"
                            # "is" a word of its own ("in this channel" holds one inside "this")
                            r"(?:[ \t]*(?::|=|->|=>|\x{2192})|[ \t]+(?:is|was|will[ \t]+be"
                            # "the password for the sub account was changed to: ..."
                            r"|(?:(?:was|got|has[ \t]+been|been)[ \t]+)?"
                            r"(?:(?:re)?set|changed|updated|switched)[ \t]+to)\b)")
# the first characters of _PHRASE_CONNECTOR's and _PHRASE_QUALIFIER's ASCII alternatives, either case
_CONNECTOR_OPENERS = frozenset("iIwWnNrRsScCuUlLeEaA=:-")
_QUALIFIER_OPENERS = frozenset("fFoOtTaAiInN")
# (single quotes too: "pw 'Cedar Otter Nine Lake'"; an apostrophe glued to the label, "pw's", is no opening)
_OPENING_QUOTES = frozenset("\"`\u201c'\u2018")
_QUOTED = Pattern("^[\"'`\u201c\u2018]([^\"'`\u201c\u201d\u2018\u2019\n]{3,80})[\"'`\u201d\u2019]")
# the statement ends, or an aside opens: "... dishwasher 42 (with the spaces)"
_PHRASE_WORDS = Pattern(r"^([A-Za-z0-9]+(?:[ \t]+[A-Za-z0-9]+){2,5})[ \t]*(?:$|[.!;,()\n]|\s+-)")
# Words that make the words after a password label a sentence about it, not the passphrase itself.
PHRASE_STOP_WORDS = frozenset("""
a an the this that these those on in at to of for from by with about as and or but not no is are was were be
been being it its it's i you he she we they them my your his her our their me us here there where when what
which who how why will would should can could must may might do does did has have had same different new old
case sensitive insensitive required needed optional changing changed change changes expired expiring expires
reset resetting posted written taped printed attached below above available shared secret private long short
enough strong weak still also too very just now today tomorrow yesterday week weekly monthly daily every
please thanks ask see check send sent emailed texted laminated board sticky note card binder office desk
""".split())


# the marks that assign a label its value, as a form or a config line does
_ASSIGNING_MARKS = frozenset({":", "=", ":=", "->", "=>", "\u2192"})


def _value_offset(tail: str) -> int | None:
    """Where the value starts in `tail` (the text after a password label): after a connector ("is", ":",
    "set to"), or after a short qualifier naming what the password opens and then a connector ("for the
    testing laptops:"); None when neither follows the label."""
    # each pattern can only match where its first word can start: an ASCII character that starts none of them
    # ("passwords must be ...") decides without a regex pass (a non-ASCII one is left to the pattern)
    first = tail.lstrip(" \t")[:1]
    if not first:
        return None
    if not first.isascii() or first in _CONNECTOR_OPENERS:
        connector = _PHRASE_CONNECTOR.search(tail)
        if connector is not None:
            return connector.end()
    if first in _OPENING_QUOTES and tail[0] in " \t":
        # 'passphrase "correct horse library stapler"': a quoted value right after the label gives it with no
        # connector, as a form's field does (a quote of mostly small words is a phrase about it: "in your opinion")
        offset = len(tail) - len(tail.lstrip(" \t"))
        quoted = _QUOTED.search(tail[offset:])
        words = quoted.group(1).lower().split() if quoted else []
        # (a single quote, which an apostrophe may be, opens a phrase of three words or more: "pw 'Cedar Otter Nine
        # Lake'"; "password 'reset link'" names talk about it)
        if words and 2 * sum(1 for w in words if w in PHRASE_STOP_WORDS) < len(words) \
                and (first not in "'\u2018" or len(words) >= 3):
            return offset
        return None
    if tail[0] not in " \t" or (first.isascii() and first not in _QUALIFIER_OPENERS):
        return None
    qualifier = _PHRASE_QUALIFIER.search(tail)
    if qualifier is None:
        return None
    rest = _PHRASE_CONNECTOR.search(tail[qualifier.end():])
    offset = qualifier.end() + (rest.end() if rest else 0)
    return offset + len(tail[offset:]) - len(tail[offset:].lstrip(" \t"))


def _next_line_value(tail: str, offset: int) -> int:
    """"the passphrase for the coaches' drive is" then the words indented on the next line: a connector that ends its
    line hands on to the next line's first word (once; a blank line between ends the statement)."""
    rest = tail[offset:]
    if not rest.startswith(("\n", "\r\n")):
        return offset
    skip = 2 if rest.startswith("\r\n") else 1
    indented = rest[skip:]
    # a blank line, then the value set off as a block ("... is:" / "" / "    maple river seven lanterns"): the
    # indent says the block is the label's
    block = indented.lstrip("\r\n")
    if block is not indented and block.startswith(("    ", "\t")) \
            and indented[:len(indented) - len(block)].count("\n") == 1:
        skip += len(indented) - len(block)
        indented = block
    return offset + skip + len(indented) - len(indented.lstrip(" \t"))


def phrase_value(text: str, label_start: int, label_end: int, offset: int | None = -1) -> tuple[int, int] | None:
    """A passphrase of plain words after a password label: a quoted value with spaces after any password label
    ("password: 'blue river seventeen tacos'"), or, after a label that names a phrase (passphrase, Wi-Fi
    password or key), three to six plain words that end the statement and are none of the words a sentence
    about the password would use ("the passphrase is on the sticky note" is not a value)."""
    tail = text[label_end:label_end + 160]
    if offset == -1:  # not read by the caller yet
        offset = _value_offset(tail)
    if offset is None:
        return None  # "'verify your password'? It's phishing": a quote closing around the label is no value
    offset = _next_line_value(tail, offset)
    quoted = _QUOTED.search(tail[offset:])
    if quoted:
        value = quoted.group(1)
        words = value.split()
        # one quoted word is the password as the writer spelled it ("... quiz is 'photosynthesis'")
        # said in prose ("is"), not assigned in code, where a lone word is as often a stand-in ("= 'somefakekey'")
        single = len(words) == 1 and len(value) >= 6 and value.isalnum() and value.lower() not in PHRASE_STOP_WORDS \
            and " is" in f" {tail[:offset].lower()}" and "=" not in tail[:offset]
        if (len(words) >= 2 or single) and not is_template(value) \
                and not all(w.lower() in PHRASE_STOP_WORDS for w in words):
            start = label_end + offset + 1
            return start, start + len(value)
        return None
    named = text[max(0, label_start - 12):label_end].lower()
    if "phrase" not in named and "wi" not in named and "network" not in named \
            and not _names_a_password(text[label_start:label_end]):
        return None
    plain = _PHRASE_WORDS.search(tail[offset:])
    if not plain:
        return None
    if _typing_instruction_inside(tail[offset:offset + plain.end(1)]):
        return None  # "three blind mice with dashes between": the spoken-value unit reads the words before them
    words = [w.lower() for w in plain.group(1).split()]
    # "password is first initial last name": a recipe for the password, not the password
    if any(w in PASSWORD_RECIPE for w in words):
        return None
    stops = sum(w in PHRASE_STOP_WORDS for w in words)
    # a label assigned its value by a mark ("password: ...", "pw = ...") is a form filled in, not a sentence about
    # the password: its words are the value when none of them is a word that describes a password
    assigned = tail[:offset].strip() in _ASSIGNING_MARKS \
        and not any(w in PASSWORD_TALK for w in words if w not in PHRASE_STOP_WORDS)
    # a passphrase is a sentence of its own and may hold small words inside ("purple otter naps at noon"); what
    # opens or closes with one, or is mostly made of them, is a sentence about the passphrase ("is on the card")
    if stops and (("phrase" not in named and not assigned) or words[0] in PHRASE_STOP_WORDS
                  or words[-1] in PHRASE_STOP_WORDS or 2 * stops >= len(words)):
        return None
    start = label_end + offset
    return start, start + len(plain.group(1))


# -- a plain dictionary word: "the password is sunshine", "new wifi pass is ravenclaw" ----------------------------

TALK_FILE = Path(__file__).resolve().parent.parent / "data" / "secrets" / "password-talk.yaml"


def load_password_talk(path: Path = TALK_FILE, key: str = "describing") -> frozenset[str]:
    """The words that describe a password instead of being one, or that say how it is made (`key` "recipe"),
    from policy/data/secrets/password-talk.yaml."""
    data = yaml_loader.load_file(path) or {}
    return frozenset(str(w).lower() for w in data.get(key) or ())


PASSWORD_RECIPE = load_password_talk(key="recipe")
PASSWORD_TALK = load_password_talk() | PHRASE_STOP_WORDS | PASSWORD_RECIPE
# endings of past participles and adjectives: "expired", "guessable", "pointless", "ridiculous"
_TALK_ENDINGS = ("ed", "able", "ible", "less", "ous")
# one word, perhaps styled (`code`, *bold*, _italic_, quoted), that ends the statement: the line or sentence
# ends, an aside opens, or a word that starts a new clause follows ("... is sunshine for the sub account")
_ONE_WORD = Pattern(r"^([*_`\"'\x{201c}\x{2018}]{0,2})([A-Za-z][A-Za-z'\-]{3,31})([*_`\"'\x{201d}\x{2019}]{0,2})"
                    r"[ \t]*(?:$|[.!,;:)(\n\x{2014}\x{2013}]|-[ \t]|(?i:for|until|till|thru|through|btw|fyi|now|today"
                    r"|tonight|tomorrow|starting|from|after|on|in|at|this|and|but|so|if|lol|thanks|thx|pls|please|all|with)\b)")


_ARTICLE_BEFORE = Pattern(r"(?i)\b(?:the|a|an|its|their|his|her|your|our)[ \t]+$")

_LABEL_WORDS = frozenset({"password", "passwords", "passwd", "pass", "passcode", "passphrase", "login", "logins",
                          "username", "user", "email", "pin", "code", "creds", "credentials", "account", "logout"})


def account_shaped(name: str) -> bool:
    """A user or network name as systems issue them ("sub12", "j.doe", "LHS-Guest", "room12@lhs.org"), not a word
    of prose ("Clever / Google")."""
    return any(c.isdigit() or c in "._@-" for c in name)


def plain_word_secret(value: str) -> bool:
    """A plain word as the second half of a pair ("creds: sub12 / lakeview", "wifi LHS-Guest / bulldogs"): five or
    more letters, and neither a word that describes a password nor a field's name ("username / password")."""
    word = value.lower()
    return value.isalpha() and len(value) >= 5 and word not in PASSWORD_TALK and word not in _LABEL_WORDS \
        and not word.endswith(_TALK_ENDINGS)


def _names_a_password(label: str) -> bool:
    """A label that names a password proper (password, pw, passphrase, Wi-Fi key): a lone word after "key",
    "token" or "secret" is as often prose ("the key is patience")."""
    word = label.lower()
    return "pass" in word or "p@ss" in word or word in ("pw", "pwd", "pword") or word.startswith("wi") \
        or word.startswith("network") or "psk" in word or "shared key" in word


def word_value(text: str, label_start: int, label_end: int, after_login: bool = False,
               offset: int | None = -1) -> tuple[int, int] | None:
    """A single plain word stated as the password ("the password is sunshine", "pwd: `hummingbird`"), when it
    ends the statement and is no word that describes a password ("the password is expired", "... is the same
    as before"). Assigned with "=" it is code, where a lone word is a variable's name, so that is not read.
    Right after a login's user name ("username jdoe password sunshine") no connector is needed: the pair says
    what the word is."""
    if not _names_a_password(text[label_start:label_end]):
        return None
    tail = text[label_end:label_end + 80]
    if offset == -1:  # not read by the caller yet
        offset = _value_offset(tail)
    if offset is None and after_login:
        # a pair's field has no article; "the password" is a sentence's subject and needs its verb ("user reporting
        # - the password comes from the vault": "comes" is that verb)
        if _ARTICLE_BEFORE.search(text[max(0, label_start - 8):label_start]):
            return None
        offset = len(tail) - len(tail.lstrip(" \t"))
    if offset is None or "=" in tail[:offset]:
        return None
    m = _ONE_WORD.search(tail[offset:])
    if m is None:
        return None
    word = m.group(2).lower().strip("'-")
    if len(word) < 4 or word in PASSWORD_TALK or word.endswith(_TALK_ENDINGS):
        return None
    start = label_end + offset + m.start(2)
    return start, start + len(m.group(2))


def _after_a_login(ctx: ScanContext, label: Label) -> bool:
    """Whether a login label and its user name stand right before this password label on the same line
    ("username jdoe password ...", "login: room12@lhs.org, pw ...")."""
    for before in reversed(ctx.labels_before(label.start, 48)):
        if before.kind == "login":
            between = ctx.text[before.end:label.start]
            return "\n" not in between and bool(between.strip(" \t:,;/|-"))
    return False


def _without_personal_mailbox(ctx: ScanContext, span: tuple[int, int]) -> tuple[int, int]:
    """A login pair whose user name is a person's own address on a consumer mail service ("parent login:
    name@gmail.com / X") is two
    disclosures: the credential is the secret, and the address keeps its own type (the overlap rule would
    otherwise drop it inside the pair)."""
    value = ctx.text[span[0]:span[1]]
    if "@" not in value:
        return span  # no address in the pair at all (most pairs): decided before the user name is cut out
    user = value.split(None, 1)[0].rstrip(",;/|") if value.split() else ""
    cut = max(value.rfind(" "), value.rfind("\t"))
    if "@" not in user or cut < 0 or user.rpartition("@")[2].lower() not in FREE_MAIL_DOMAINS \
            or not personal_mailbox(ctx, user):
        return span
    return span[0] + cut + 1, span[1]


# a label's line may end with a pointer to the value under it: an arrow of any drawing, "below", "here"
_POINTER_WORDS = frozenset({"below", "here", "v", "(below)", "underneath", "next"})
# lines that only point or rule ("\u2193", "-->", "-----", "===") or are blank may stand between label and value
_BELOW_GAP_LINES = 3


def _points_down(words: list[str]) -> bool:
    """Words that connect a label to what follows it: connectors, arrows and rules drawn with symbols, "below"."""
    for w in words:
        low = w.lower()
        if low not in _CONNECTORS and low not in _POINTER_WORDS and any(c.isalnum() for c in w):
            return False
    return True


def _next_line_points(text: str, line_end: int) -> bool:
    nxt = text.find("\n", line_end + 1)
    words = text[line_end + 1:nxt if nxt >= 0 else len(text)].split()
    return bool(words) and _points_down(words)


def value_below_label(text: str, kind: str, pos: int) -> tuple[int, int] | None:
    """"Password:" then a blank line then the value; "wifi" / "password" / an arrow / the value, one a line;
    "PIN" over a rule of dashes over "4471": a label whose line holds nothing but connectors or a pointer, then
    up to three blank, arrow or rule lines, then a line that is the value alone. With no connector at all
    the value must be a secret by its shape (a letter and a digit or symbol; digits for a code), so a heading
    over prose ("Password" / "see the sticky note") stays quiet."""
    line_end = text.find("\n", pos, pos + 40)
    if line_end < 0 or kind == "login":
        return None
    head = text[pos:line_end].split()
    # "Passcode for the iPad cart" over ":" or "is": what the value opens may stand on the label's line
    qualified = bool(head) and head[0].lower() in _PLACE_PREPOSITIONS and len(head) <= 8 \
        and all(w.replace("-", "").replace("'", "").isalnum() for w in head[:-1])
    if not _points_down(head) and not (qualified and (head[-1].endswith(":") or _next_line_points(text, line_end))):
        return None
    line_start = text.rfind("\n", 0, pos) + 1
    before = text[line_start:pos].split()
    # the label heads its line ("Sub laptop password:", "wifi pw"): not a line of code or prose that ends in it
    if len(before) > 4 or any(not w.replace("-", "").replace("'", "").isalnum() for w in before[:-1]):
        return None
    cursor = line_end + 1
    for _ in range(_BELOW_GAP_LINES + 1):
        nxt = text.find("\n", cursor)
        line = text[cursor:nxt if nxt >= 0 else len(text)]
        words = line.split()
        if words and not _points_down(words):
            break
        if nxt < 0:
            return None
        cursor = nxt + 1
    else:
        return None
    if len(words) != 1:
        return None
    value = words[0].strip(_STRIP).rstrip(".,;")
    if "=" in value:
        return None  # "API_TOKEN=..." is an assignment of its own line, not the value the label points at
    pointed = bool(head) or text[pos - 1:pos] == ":" or cursor > line_end + 1 and _next_line_points(text, line_end)
    if not pointed:
        # a bare label over one word is as often a list of headings ("room pin" / "2024" / "budget") or a
        # sentence broken over lines ("Change your password" / "Today!"): the word must end the list and be a
        # secret by shape (letters with a digit)
        after = text[cursor + len(line):cursor + len(line) + 2]
        if after not in ("", "\n", "\n\n") and not after.startswith("\n\n"):
            return None
        core = value.rstrip("!?")
        if not (any(c.isdigit() for c in core) and (kind == "pin" or any(c.isalpha() for c in core))):
            return None
    if kind == "pin":
        ok = looks_like_pin_or_code(value)
    else:
        ok = looks_like_password(value) or (pointed and looks_like_password_or_digits(value))
    if not ok:
        return None
    start = cursor + line.find(value)
    return start, start + len(value)


# a list of codes under their heading, one a person, room or department: "Science: 00031", "Ava 4471"; a row is
# short (a name of up to three words, then the code) and the list holds at least two of them
_ROW_CHARS = 48
_HEADING_CHARS = 240
_MIN_ROWS = 2
_MAX_ROWS = 60


# the marks a pasted row is set in ("`Gym: 1357#`", "- Main: 2580#", "* 1188 4402"): a bullet or a code span
_ROW_MARKS = " \t`*>\u2022-"
# a row that is a code alone, a long one or in groups ("4481 2290", "118-204-77"): what an account's backup codes
# and a generator's list look like; a short bare number under a heading ("2024") may be a year or a count
_BARE_CODE = Pattern(r"^\d{3,5}(?:[ \-]\d{3,5}){0,2}$")
_BARE_CODE_DIGITS = 6


def _code_row(line: str, offset: int) -> tuple[int, int] | None:
    """The code in one row of a list of codes ("Math: 64129", "Dani 2205", "Mr. Ortiz - 7713", "`Gym: 1357#`"), or
    None: one to three words that name whose the code is, then the code, nothing after it; or a long code alone
    ("4481 2290", a list of backup codes)."""
    if len(line) > _ROW_CHARS:
        return None
    core = line.strip(_ROW_MARKS)
    if core and core != line:
        offset += line.find(core)
        line = core
    if _BARE_CODE.search(line) and sum(c.isdigit() for c in line) >= _BARE_CODE_DIGITS:
        return offset, offset + len(line)
    words = line.split()
    if not 2 <= len(words) <= 4:
        return None
    value = words[-1].rstrip(".,;")
    if not value or not value[0].isdigit() or not looks_like_pin(value):
        return None
    names = words[:-1]
    if names[-1] in ("-", "\u2013", "\u2014", "=", ":"):
        names = names[:-1]
    if not names or not names[0][0].isalpha():
        return None
    for word in names:
        if not word.rstrip(":").replace(".", "").replace("'", "").replace("-", "").isalpha():
            return None
    start = offset + line.rfind(value)
    return start, start + len(value)


def _list_sentence_end(rest: str) -> int:
    """Where a same-line list of codes ends: at a full stop, "!" or "?" right after a row's code and before a space
    (the next sentence says something else); a title's dot ("Mr. Ortiz 7713") follows letters, not a code."""
    for i in range(1, len(rest)):
        if rest[i] in ".!?" and rest[i - 1].isdigit() and (i + 1 == len(rest) or rest[i + 1].isspace()):
            return i + 1
    return len(rest)


def code_rows(text: str, pos: int, label_start: int | None = None) -> list[tuple[int, int]]:
    """The codes listed after a plural code's label at `pos` ("copier codes for the new staff: Duarte 40211,
    Feeney 40212", "Lunch PINs ...:" over "Ava 4471" / "Sol 6618"): the same line's list after a colon, or the rows
    under the heading; two rows or more, so a single "Math 101" under a heading stays a course. `label_start`: where
    the label begins when it carries its qualifier ("codes for the shared office"), so the words counted before it
    are the heading's own."""
    # (bounded reads: a label repeated along one long line must not read the line again for each)
    line_end = text.find("\n", pos, pos + _HEADING_CHARS)
    if line_end < 0:
        if len(text) - pos > _HEADING_CHARS:
            return []
        line_end = len(text)
    colon = text.find(":", pos, line_end)
    rows: list[tuple[int, int]] = []
    if colon >= 0 and text[colon + 1:line_end].strip():
        cursor = colon + 1
        rest = text[cursor:line_end]
        aside = rest.find("(")
        if aside >= 0:
            rest = rest[:aside]
        rest = rest[:_list_sentence_end(rest)]  # "... Whitaker 11844. the 2nd floor one needs a badge too"
        for item in rest.replace(";", ",").split(","):
            row_text = item.lstrip()
            row_text = row_text[4:] if row_text.startswith("and ") else item  # "..., and Olsen 40213"
            row = _code_row(row_text, cursor + len(item) - len(row_text))
            if row is None:
                if item.strip():
                    return []
            else:
                rows.append(row)
            cursor += len(item) + 1
        return rows if len(rows) >= _MIN_ROWS else []
    line_start = text.rfind("\n", 0, pos) + 1
    if len(text[line_start:pos if label_start is None else label_start].split()) > 4:
        return []  # the label heads its line: not a sentence that ends in a code's name
    heading = text[pos:line_end].strip()
    if heading and not heading.endswith(":") and not (heading[0] == "(" and heading[-1] == ")"):
        return []  # a heading ends with its colon or an aside: "copier codes get reset in June" is a sentence
    cursor = line_end + 1
    while cursor < len(text) and len(rows) < _MAX_ROWS:
        nxt = text.find("\n", cursor, cursor + _ROW_CHARS + 1)
        if nxt < 0:
            if len(text) - cursor > _ROW_CHARS:
                break  # a line longer than a row
            nxt = len(text)
        row = _code_row(text[cursor:nxt], cursor)
        if row is None:
            break
        rows.append(row)
        cursor = nxt + 1
    return rows if len(rows) >= _MIN_ROWS else []


def table_values(ctx: ScanContext) -> list[tuple[int, int]]:
    """The cells under a password or PIN column of a pasted table ("username,password" over
    "msgarcia_rdg,Panda-Lamp-19", "student_id,username,temp_password", "name | pin"), each that looks like its value.
    A caption with a comma above the header ("Teacher logins for the app, CSV:") is read as the table's header
    by the table reader; its first row is then the real header, and the columns are named by that row."""
    values: list[tuple[int, int]] = []
    text = ctx.text
    for table in ctx.tables:
        kinds = [column.label for column in table.columns]
        rows = table.rows
        if "password" not in kinds and "pin" not in kinds and rows:
            kinds = [ctx._header_label(" ".join(text[a:b].strip(" \t*_`\"':").lower().replace("_", " ").split()))
                     if b - a <= 40 else None for a, b in rows[0]]
            rows = rows[1:]
        for index, kind in enumerate(kinds):
            if kind not in ("password", "pin"):
                continue
            check = looks_like_password_or_digits if kind == "password" else looks_like_pin_or_code
            for row in rows:
                if index < len(row):
                    a, b = row[index]
                    value = text[a:b].strip()
                    if value and (" " not in value or value.replace(" ", "").isdigit()) and check(value):
                        a += text[a:b].find(value)
                        values.append((a, a + len(value)))
    return values


# "course code for the lab is CHEM-101", "the dress code for the office": the word before "code" names a code
# that opens nothing (a course's, a class's, a postal, a discount, an error code)
_NOT_OPENING_CODES = frozenset({"course", "class", "dress", "zip", "area", "postal", "promo", "promotional", "coupon",
                                "discount", "qr", "bar", "source", "error", "status", "color", "colour", "country",
                                "dial", "school", "department", "dept", "budget", "account", "billing", "tax",
                                "product", "item", "sku", "job", "cpt", "icd", "diagnosis", "honor", "behavior",
                                "conduct", "ethics", "building", "fire", "zoning", "morse", "genetic", "secret"})


def _another_kind_of_code(text: str, start: int, end: int | None = None) -> bool:
    if text[start:start + 4].lower() == "code":
        before = text[max(0, start - 16):start].split()
    elif end is not None and text[end - 4:end].lower() == "code":
        before = text[start:end - 4].split()  # "copier error code": the device, then what kind of code
    else:
        return False
    return bool(before) and before[-1].lower().strip("\"'(*_") in _NOT_OPENING_CODES


def _a_phone_read_out(value: str) -> bool:
    """A phone number's layout (3-3-4 digits), as normalisation writes one read out as words ("seven seven three,
    five five three, three nine two five"): a line to call; no code is keyed in that layout."""
    return _PHONE_LAYOUT.search(value) is not None


_PHONE_LAYOUT = Pattern(r"^\(?\d{3}\)?[-. ]\d{3}[-. ]\d{4}$")


_QUESTION_OPENING = Pattern(r"(?i)^>[ \t]*(?:what(?:'s|s|[ \t]+is|[ \t]+was)?|where(?:'s|[ \t]+is)?|which|anyone"
                            r"|does[ \t]+anyone|who[ \t]+has|got)\b")


def _after_a_quoted_question(text: str, pos: int, line_end: int) -> int:
    """Where the quoted lines end after a quoted question whose line holds the label at `pos` (-1 when the label's
    line is no quoted question): a reply quotes the question, maybe a line more of it, then answers below."""
    line_start = text.rfind("\n", 0, pos) + 1
    if not _QUESTION_OPENING.search(text[line_start:pos]):
        return -1
    for _ in range(3):
        if not text.startswith(">", line_end + 1):
            return line_end
        line_end = text.find("\n", line_end + 1)
        if line_end < 0:
            return -1
    return -1


def _names_a_placeholder(text: str, start: int, end: int) -> bool:
    """A label that is the name of a stand-in: a variable (`$PASSWORD`, `%DB_PASS%`, `${PASSWORD}`) or a bracketed
    placeholder (`<password>`, `{password}`, `[PASSWORD]`). What follows it is the template's next part."""
    before = text[start - 1:start]
    if before == "$":
        # (code that assigns the variable a literal, PHP's `$password = '...'`, gives its value)
        return not text[end:end + 3].lstrip(" \t").startswith("=")
    if before == "%":
        return text[end:end + 1] == "%"
    if before == "{" and text[start - 2:start - 1] == "$":
        return True
    return before in ("<", "{", "[") and text[end:end + 1] in (">", "}", "]")


def _inside_a_link(text: str, start: int) -> bool:
    """Whether the label is a word in a link's user part ("scheme://user:password@host"): the word opens no statement; a
    password in a link is read whole by the link's own format (token-formats.yaml, url_credentials)."""
    word_start = max(text.rfind(" ", 0, start), text.rfind("\n", 0, start), text.rfind("\t", 0, start)) + 1
    scheme = text.find("://", word_start, start)
    # only the part before the host: a password in the query ("...?user=desk&pass=...") is a statement's
    return scheme >= 0 and not any(c in "/?&#=" for c in text[scheme + 3:start])


# the label kinds a statement gives a value for (the other kinds in the labels are other units')
_STATEMENT_KINDS = frozenset({"password", "pin", "login"})

# How far after a label a value another unit found may start and still be taken as the label's (`_value_found_after`),
# and what may not stand between them: a digit, a symbol or a bracket could be (part of) a value of its own or an
# aside, a sentence end or a line break ends the statement before it
_FOUND_REACH = 60
# up to this many findings so far, a plain look through them is cheaper than keeping them in order
_FEW_FOUND = 16
_NOT_BEFORE_A_FOUND_VALUE = frozenset("0123456789!@#$%^&*+=?~\"'`()[]{}<>|\\/.\n\r\t\u2018\u2019\u201c\u201d")
# words that make the words after a label something other than "label [what it opens] [connector] value": an
# example, a denial, another identifier the value is said to be, a recipient
_NOT_A_PLAIN_LEAD = _EXAMPLE_WORDS | _NEGATIONS | _OWN_TYPE_NOUNS | _RECIPIENT_VERBS | {"student", "number"}


def _found_credentials(ctx: ScanContext) -> tuple[list[tuple[int, int]], list[int]]:
    """The credentials the units found so far (this one's own included, as the scanner adds each as it is yielded), in
    start order, the first found at a start kept; kept on the context and brought up to date with what was added since,
    so a paste of thousands of labels and values stays linear."""
    found = ctx.found
    cached = ctx.__dict__.get("_found_credentials")
    if cached is None:
        cached = ctx.__dict__["_found_credentials"] = [0, [], [], set()]
    seen_count, spans, starts, seen = cached
    for start, end, ftype in found[seen_count:]:
        if ftype == "credential" and start not in seen:
            seen.add(start)
            i = bisect_right(starts, start)
            starts.insert(i, start)
            spans.insert(i, (start, end))
    cached[0] = len(found)
    return spans, starts


def _value_found_after(ctx: ScanContext, kind: str, pos: int) -> tuple[int, int] | None:
    """The credential an earlier unit already found as the first value after a password or PIN label ending at `pos`
    ("key for the script: <a GitHub token>", "door code for the annex is 4417", found by the token formats and the
    code-beside-its-opener unit), when the statement's own reading would come to that value and to nothing else
    before it: only plain words stand between (no digit or symbol that could be a value, no example or denial word,
    no number word that could start a combination), the value is one whole word of its line, and it passes this
    label's own test of a value. That reading would return the same span, so it is not made: the statement reports
    what the reading would have, at the cost of a few string tests instead of a word-by-word reading."""
    text = ctx.text
    value_start = value_end = -1
    if len(ctx.found) <= _FEW_FOUND:
        for start, end, ftype in ctx.found:  # (a few candidates: the first one after the label)
            if ftype == "credential" and pos < start <= pos + _FOUND_REACH and (value_start < 0 or start < value_start):
                value_start, value_end = start, end
    else:
        # many found (a long paste): by bisection over the found spans in start order, so it stays linear
        spans, starts = _found_credentials(ctx)
        i = bisect_right(starts, pos)
        if i < len(starts) and starts[i] <= pos + _FOUND_REACH:
            value_start, value_end = spans[i]
    if value_start < 0 or value_end - pos > 110:
        return None  # none, or one the reading's window (120 characters from the label) would cut
    between = text[pos:value_start]
    if not between.isascii() or not _NOT_BEFORE_A_FOUND_VALUE.isdisjoint(between) or not between[-1:].isspace():
        return None
    after = text[value_end:value_end + 2]
    # the value ends its word, or a sentence or clause mark the reading strips ends it ("... is 4417.")
    if after and not after[0].isspace() and (after[0] not in ".," or len(after) == 2 and not after[1].isspace()):
        return None
    value = text[value_start:value_end]
    if value[0] in _NOT_PLAIN_FIRST or value[-1] in _NOT_PLAIN_LAST:
        return None  # a mark the reading strips: its token would not be this span
    if " " in value or value[-1] in "#*" and value[-2:-1] == "-":
        # "7 2 6 5 #", "5-3-2-0-*": the reading keeps the key a word of its own, or joins it otherwise; "8241 0937"
        # (two groups, as recovery codes are printed) is two words to the reading, which decides for itself
        return None
    # the words before the value as the reading tokenises them (plain words: at most an edge mark stripped)
    words: list[str] = []
    for raw in between.split():
        word = raw.strip(_STRIP)
        if len(word) > 1 and word[0] in ":=":
            word = word.lstrip(":=")
        if not word:
            if raw in (":", "-"):
                words.append(raw)
            continue
        word = word.lower()
        if word in _NOT_A_PLAIN_LEAD or word == "to" or kind == "pin" and number_word_value(word) is not None:
            return None  # an example, a denial, an identifier, a recipient, a preposition or a number: read it
        words.append(word)
    # where the reading decides (`_value`): right after leading connectors, or at the first connector (a word ending
    # in ":" included) after a short qualifier; the value must be the first word there that is no connector
    # (plain loops, no generators: this runs for every label with a value found after it)
    decided_at = -1
    if words:
        if words[0] in _CONNECTORS or words[0] == ":":
            decided_at = 0
        else:
            for i, word in enumerate(words):
                if word in _QUALIFIED_CONNECTORS or len(word) > 1 and word[-1] == ":":
                    decided_at = i
                    break
            if decided_at < 0 or decided_at >= 12:
                return None  # "key for the Maps embed on the page AIza...": no connector, the reading finds none
        if len(words) - decided_at > 3:
            return None
        for word in words[decided_at + 1:]:
            if word not in _CONNECTORS and word != ":":
                return None
    check = looks_like_password_or_digits if kind == "password" else looks_like_pin_or_code
    return (value_start, value_end) if check(value) else None


# the word that gives the value itself after a riddle or a joke about it ("the year we opened backwards... jk, it's
# 7391", "the mascot plus star, so 6291*"): it follows a break (a comma, a dash, an ellipsis, "jk") and the value
# comes right after it
_RESTATING = frozenset({"it's", "its", "so", "jk", "i.e.", "ie", "aka", "really", "actually"})
_BREAKS = (",", "...", "\u2026", "\u2014", "\u2013", " -", ";")


def _restates(text: str, tokens: list[tuple[str, int, int]], j: int, check: Callable[[str], bool]) -> bool:
    """Whether the word at `j` gives the value after a description: a break right before it and a value right
    after it (the word after it may itself be "it's": "jk, it's 6-1-9-1")."""
    before = text[max(0, tokens[j][1] - 4):tokens[j][1]].rstrip()
    if not before.endswith(_BREAKS) and tokens[j - 1][0].lower() not in _RESTATING:
        return False
    if j + 1 >= len(tokens):
        return False
    at = j + 1 if check(tokens[j + 1][0]) else j + 2
    if at >= len(tokens) or at == j + 2 and tokens[j + 1][0].lower() not in _RESTATING or not check(tokens[at][0]):
        return False
    # the value ends the clause: "so 2024 staff can see it" is a count, "so 6291*." and "it's 7391, arm" are values
    after = text[tokens[at][2]:tokens[at][2] + 12].lstrip(" \t#*")
    return not after or not after[0].isalnum() or after.split(None, 1)[0].lower() in _PHRASE_OPENERS


class CredentialStatementDetector:
    name = "credential_statement"
    finding_type = "credential"
    triggers = tuple("(?i)" + fragment for _, fragment in LABELS)

    def find(self, ctx: ScanContext) -> Iterable[Candidate]:
        text = ctx.text
        # a label before the end of a value already found ("username" and "password" inside "login for today:
        # username sub_rm3, password ...") would find that value again, or part of it: skipped, not re-read
        covered = -1
        # the three readers after the statement's own all look past the label's line: one line (most chat) has none
        multiline = "\n" in text
        # (only with a statement's label in the text: the unit's triggers are those labels, so a table the prefilter
        # would not wake the unit for is not read without it either)
        if multiline and ctx.tables and not _STATEMENT_KINDS.isdisjoint(ctx.label_kinds):
            for value_start, value_end in table_values(ctx):
                yield Candidate(self.finding_type, value_start, value_end, self.name)
        for label in ctx.labels:
            kind, start, end = label  # (unpacked once: a NamedTuple's fields are read through descriptors)
            if kind not in _STATEMENT_KINDS or start < covered:
                continue
            if _inside_a_link(text, start):
                continue  # "postgres://USER:PASSWORD@HOST:5432/db": a link's own password is the link format's
            if _names_a_placeholder(text, start, end):
                continue  # "Password=<password>;Encrypt=True", "-u $USER:$PASSWORD https://...": a stand-in's name
            following = text[end:end + 1]
            if (following == "-" or following.isupper()) and _names_a_setting_or_armour(text, start, end):
                continue
            if text[end - 3:end].lower() == "key" and _a_public_key(text, start, end):
                continue
            if kind == "pin" and (text[start:start + 8].lower() == "security"
                                  and _CARD_NEAR.search(ctx.window(start - 80, end + 40))
                                  or _another_kind_of_code(text, start, end)):
                continue  # a card's security code is part of the card (the card's unit), another code no login
            if end - start == 4 and text[start:end].lower() == "pass" \
                    and _pass_is_no_password(text, start, end, ctx.district.system_words("transit_card")):
                continue
            if text[start] in _KEY_EMOJI:
                # a key emoji is a bullet for "key points" as often: only a secret by its shape right after it
                span = self._after_an_emoji(text, end)
                if span is not None:
                    covered = span[1]
                    yield Candidate(self.finding_type, span[0], span[1], self.name)
                continue
            # a value another unit already found right after the label (a vendor token, a code beside its door) is
            # the label's value when nothing the label could introduce stands before it: not read word by word again
            span = _value_found_after(ctx, kind, end) if ctx.found and kind != "login" else None
            if span is None:
                span = self._statement_value(text, kind, end)
            if span is None and multiline:
                span = self._answer_on_next_line(text, kind, end) or \
                    self._value_over_lines(text, kind, end) or \
                    value_below_label(text, kind, end)
            # (the label may carry its qualifier, "codes for the shared office": its first word says it is plural)
            if span is None and kind == "pin" and (text[end - 1:end].lower() == "s"
                                                   or text[start:end].split(None, 1)[0][-1:].lower() == "s"):
                rows = code_rows(text, end, start)  # "copier codes", "PINs": a list of them, one a name
                if rows:
                    covered = rows[-1][1]
                    for row_start, row_end in rows:
                        yield Candidate(self.finding_type, row_start, row_end, self.name)
                    continue
            if span is None and kind == "password":
                # the connector is read once for both: a passphrase of words, or one plain word; without one, only
                # a word right after a login's user name can be the value (neither reader has anything else to read)
                offset = _value_offset(text[end:end + 160])
                if offset is not None:
                    span = phrase_value(text, start, end, offset) or word_value(text, start, end, False, offset)
                elif _after_a_login(ctx, label):
                    span = word_value(text, start, end, True, None)
            if span is None:
                continue
            after = ctx.window(span[1], span[1] + 160)
            if _DENIED_AFTER.search(after[:64]) or _DENIED_IN_ASIDE.search(after):
                continue
            if kind != "login" and _a_phone_read_out(text[span[0]:span[1]]):
                continue  # "the reset number is seven seven three, five five three, ...": a line to call
            if kind == "password" and _MAIL_ADDRESS.search(text[span[0]:span[1]]):
                continue  # "for the password recovery add my address: x@y.com": where it is sent, not the secret
            covered = span[1]
            if kind == "login":
                span = _without_personal_mailbox(ctx, span)
            yield Candidate(self.finding_type, span[0], span[1], self.name)

    def _after_an_emoji(self, text: str, pos: int) -> tuple[int, int] | None:
        """"\U0001f511 Vikings!Film22": the word right after a key emoji, when it is a secret by its shape alone."""
        tokens = self._tokens_after(text, pos, 1)
        if tokens and _unmistakable_secret(tokens[0][0]):
            return tokens[0][1], tokens[0][2]
        return None

    def _statement_value(self, text: str, kind: str, pos: int) -> tuple[int, int] | None:
        """The value after a label at `pos`. Most statements decide within the first few words ("password
        Maple-4-Leaf!", "pin: 4417"), so those are read first; the whole window is read only when the
        decision needs words beyond them (a login pair always does)."""
        if kind != "login":
            tokens = self._tokens_after(text, pos, _FIRST_WORDS)
            # a run of single digits, or of a code's combination numbers, may go on past the words read
            last = tokens[-1][0] if tokens else ""
            if len(tokens) < _FIRST_WORDS or not ((len(last) == 1 and (last.isdigit() or last in _KEY_SEPARATORS))
                                                  or kind == "pin" and (
                    _dial_number(last) is not None or last.lower() in _DIAL_SEPARATORS)):
                try:
                    return self._value(kind, tokens, complete=len(tokens) < _FIRST_WORDS, text=text)
                except _NeedMoreWords:
                    pass
        return self._value(kind, self._tokens_after(text, pos, _MAX_WORDS), complete=True, text=text)

    def _answer_on_next_line(self, text: str, kind: str, pos: int) -> tuple[int, int] | None:
        """"> what's the alarm code?" then "4417, disarm within 30 sec": a question about a code that ends its
        line (within a few words of the label) is answered by the first word of the next line, when that word
        looks like the value ("I don't know" and "ask the office" do not)."""
        line_end = text.find("\n", pos, pos + 64)
        if line_end < 0:
            return None
        if not text[pos:line_end].rstrip(" \t*_").endswith("?"):
            # a quoted question that lost its mark ("> what's the hudl password again" / "> I'm locked out"): the
            # reply under the quoted lines answers it
            line_end = _after_a_quoted_question(text, pos, line_end)
            if line_end < 0:
                return None
        if kind == "login":  # "> what's the login for the sub laptop?" then "sub214 / Maple!Leaf9"
            return self._login_pair(self._tokens_after(text, line_end + 1, 4))
        tokens = self._tokens_after(text, line_end + 1, 2)
        if not tokens:
            return None
        value, start, end = tokens[0]
        check = looks_like_password_or_digits if kind == "password" else looks_like_pin_or_code
        return (start, end) if check(value) else None

    @staticmethod
    def _value_over_lines(text: str, kind: str, pos: int) -> tuple[int, int] | None:
        """"wifi pw is" then "Purple" / "Giraffe" / "2024" on lines of their own, "alarm code:" then one digit a
        line: a label whose line ends with its connector, and a value wrapped one piece a line under it (or given
        whole on the next line). The pieces (one word each, up to eight lines) are read as one value."""
        line_end = text.find("\n", pos, pos + 40)
        if line_end < 0 or kind == "login":
            return None
        head = text[pos:line_end].split()
        if any(w.lower() not in _CONNECTORS for w in head):
            # a qualifier, then the connector ending the line ("pw for the lab iPads is")
            offset = _value_offset(text[pos:line_end + 1])
            if offset is None or pos + offset != line_end or head[-1].lower() not in _QUALIFIED_CONNECTORS:
                return None
        # the label's line ends with its connector ("is", ":", "="); a code's label alone may end it when the
        # lines under it are digits ("Teams room passcode" then "902" / "117")
        bare = not (head or text[pos - 1:pos] == ":")
        if bare and kind != "pin":
            return None
        pieces: list[tuple[str, int, int]] = []
        cursor = line_end + 1
        while len(pieces) < 8 and cursor < len(text):
            nxt = text.find("\n", cursor)
            line = text[cursor:nxt if nxt >= 0 else len(text)]
            words = line.split()
            if len(words) != 1 or words[0][0] in "([":
                break
            start = cursor + line.find(words[0])
            pieces.append((words[0].rstrip(".,;"), start, start + len(words[0].rstrip(".,;"))))
            if nxt < 0:
                break
            cursor = nxt + 1
        if not pieces or bare and not all(p[0].isdigit() for p in pieces):
            return None
        joined = "".join(p[0] for p in pieces)
        check = looks_like_password_or_digits if kind == "password" else looks_like_pin_or_code
        if check(joined):
            return pieces[0][1], pieces[-1][2]
        # plain words a line each, then how to type them on the line after ("`owl" / "moon" / "forest`" then "(three
        # words, no spaces, all lowercase)"): the instructions say the words are the value
        words = [p[0].strip("\"'`") for p in pieces]
        if kind != "password" or len(words) < 2 or not all(w.isalpha() for w in words) \
                or any(w.lower() in PASSWORD_TALK for w in words):
            return None
        after = text[cursor:text.find("\n", cursor) if "\n" in text[cursor:] else len(text)]
        if not after.lstrip().startswith("(") or not _typing_instruction_inside(after):
            return None
        first, last = pieces[0], pieces[-1]
        return (first[1] + len(first[0]) - len(first[0].lstrip("\"'`")),
                last[2] - (len(last[0]) - len(last[0].rstrip("\"'`"))))

    @staticmethod
    def _tokens_after(text: str, pos: int, limit: int = 14) -> list[tuple[str, int, int]]:
        """Up to `limit` words after `pos` (fewer when the line or the sentence ends first)."""
        window = text[pos:pos + 120]
        cut = window.find("\n")
        if cut >= 0:
            window = window[:cut]
        if "(" in window:
            window = _without_asides(window)
        tokens: list[tuple[str, int, int]] = []
        room = limit  # words still to read, counted down (no len() per word: this runs for every word after a label)
        cursor = 0
        for raw in window.split():  # str.split/find: C speed, and trivially linear on a bounded window
            start = window.find(raw, cursor)
            cursor = start + len(raw)
            if raw[0] not in _NOT_PLAIN_FIRST and raw[-1] not in _NOT_PLAIN_LAST and cursor - start > 1 \
                    and raw != "\u2019s":
                # most words: nothing to strip, no connector glued on, no sentence end; the general path below
                # would keep the word as it is
                tokens.append((raw, pos + start, pos + cursor))
                room -= 1
                if room <= 0:
                    break
                continue
            value = raw.strip(_STRIP) if raw not in _ARROWS else raw  # ("->" keeps its head: a connector)
            if raw in ("'s", "\u2019s"):
                value = "is"  # "the password's Tulip88!": the label's contraction is the connector
            if len(value) > 1 and value[0] in ":=":
                value = value.lstrip(":=")  # "password=DB_PASS": the connector glued to the value
            if not value:
                if raw.strip() in (":", "=", "-", "—"):
                    tokens.append((raw.strip(), pos + start, pos + cursor))
                    room -= 1
                continue
            offset = 0 if value is raw else raw.find(value)  # (strip returns the same object when it strips nothing)
            value = value.rstrip(".,") or value  # sentence punctuation, not part of the value
            tokens.append((value, pos + start + offset, pos + start + offset + len(value)))
            room -= 1
            if raw.endswith((".", "?")) and len(tokens) > 1 and not raw.endswith("...") \
                    and not _between_keyed_digits(raw, tokens, window, cursor) and not _abbreviation(raw):
                break  # the sentence ended (values are taken from the tokens before this point)
            if room <= 0:
                break
        return tokens

    @staticmethod
    def _after_description(tokens: list[tuple[str, int, int]], k: int, check: Callable[[str], bool], text: str,
                           complete: bool) -> tuple[int, int] | None:
        """The value given after a description of it: "pw is the same as last year but ending in 2025: Cactus2025!",
        "the lunch pin is just his student number, 59703972". A colon or a dash ends any short description;
        a comma only one that names what the value equals ("his student number", "the same as ..."), so "the
        code is posted on the door, 4417 ..." stays unread. When the description names an identifier of its
        own ("his student number"), the credential is that fact, and the number keeps its own type."""
        # a description ends at a colon, a dash, "=" or a comma: without one in reach there is none (one C-speed
        # scan, so "the password is expired ..." costs no more than before)
        reach = text[tokens[k][1]:tokens[k][1] + 100]
        if ":" not in reach and "," not in reach and "-" not in reach and "=" not in reach \
                and "\u2013" not in reach and "\u2014" not in reach and "\u2192" not in reach:
            return None
        words: list[str] = []
        # (up to a dozen words and more: "the same as last year but with a ! at the end: ...")
        for j in range(k, min(k + 14, len(tokens))):
            value, start, end = tokens[j]
            if value in (":", "-", "\u2013", "\u2014", "=", "\u2192", "->", "=>") and words:
                stop = j
            elif words and value.lower() in _RESTATING and _restates(text, tokens, j, check):
                # "the year we opened backwards... jk, it's 7391", "... backwards, so 6291*"
                stop = j if check(tokens[j + 1][0]) else j + 1
            elif value.endswith(":") and len(value) > 1:
                if text[end - 2:end - 1] in ("\"", "'"):
                    return None  # '"school_id":': the next key of a pasted object, not a description of this value
                words.append(value[:-1].lower())
                stop = j
            else:
                lowered = value.lower()
                if lowered in _NEGATIONS or check(value):
                    return None  # "is not his student number, ...": no description of the value
                words.append(lowered)
                if text[end:end + 1] != "," or not (words[0] in _POSSESSIVES or "same" in words):
                    continue
                stop = j
            if stop + 1 >= len(tokens):
                if not complete:
                    raise _NeedMoreWords
                return None
            later, vstart, vend = tokens[stop + 1]
            if not check(later) and later.lower().rstrip(":") in _RESTATING and stop + 2 < len(tokens):
                later, vstart, vend = tokens[stop + 2]  # "... plus star — so 6291*": the dash, then "so", then it
            if not check(later):
                return None
            if _OWN_TYPE_NOUNS.isdisjoint(words) and not ("student" in words and "number" in words):
                return vstart, vend
            return tokens[k][1], tokens[stop][2] - (1 if tokens[stop][0].endswith(":") else 0)
        if not complete:
            raise _NeedMoreWords
        return None

    def _value(self, kind: str, tokens: list[tuple[str, int, int]], complete: bool = True,
               text: str = "") -> tuple[int, int] | None:
        """The value's span, or None. With `complete` False the words after `tokens` were not read yet:
        a decision that depends on them raises _NeedMoreWords instead of guessing."""
        if not tokens:
            return None
        tokens = _join_spelled_digits(tokens)
        if kind == "pin":
            tokens = _join_combination(tokens)
        if kind == "login":
            return self._login_pair(tokens)
        check = looks_like_password_or_digits if kind == "password" else looks_like_pin_or_code
        first = tokens[0][0].lstrip(":=").lower()
        if len(tokens) < 2 and not complete:
            raise _NeedMoreWords  # "to" before a determiner needs the next word
        if (first in _CONNECTORS and not _preposition(tokens, 0)) or tokens[0][0] in (":", "="):
            # "code changed, it's now 4-4-1-7": connectors may follow one another
            for k in range(1, min(_CONNECTOR_RUN, len(tokens))):
                value, start, end = tokens[k]
                if value.lower() in _CONNECTORS or value in (":", "="):
                    continue
                if check(value):
                    return start, end
                return self._after_description(tokens, k, check, text, complete)
            if not complete and len(tokens) < _CONNECTOR_RUN:
                raise _NeedMoreWords
            return None
        if check(tokens[0][0]):
            return tokens[0][1], tokens[0][2]
        # "password for the gym iPads is Falcon#2024!", "gate code changed to 7741", "she says it's X":
        # a short qualifier, then a connector, then the value
        # (up to a dozen words: "keypad code for the side door by the gym changed to 7731#")
        for i, (value, _, _) in enumerate(tokens[:12]):
            if not complete and i + 1 >= len(tokens):
                raise _NeedMoreWords  # a connector's meaning, and the value, lie in words not read yet
            if (value.lower() in _QUALIFIED_CONNECTORS and not _preposition(tokens, i)) or value.endswith(":"):
                if i + 1 < len(tokens) and tokens[i + 1][0].lower() in _RECEIVED:
                    continue  # "the password she was given was X": a relative clause, its "was" no connector
                # (loops, not any() over generators: this runs at every connector after every label)
                for w, _, _ in tokens[:i]:
                    if w.lower() in _EXAMPLE_WORDS:
                        return None  # "passwords like Summer2024 are weak": an example, not a disclosure
                for k, (v, _, _) in enumerate(tokens[:i]):
                    if check(v) and not (k and _names_a_place(tokens[k - 1][0].lower(), v)) \
                            and not _names_a_thing(tokens, k):
                        return None
                for k in range(i + 1, min(i + _CONNECTOR_RUN, len(tokens))):
                    later, start, end = tokens[k]
                    if later.lower() in _CONNECTORS:
                        continue
                    if check(later):
                        return start, end
                    return self._after_description(tokens, k, check, text, complete)
                if not complete and len(tokens) < i + _CONNECTOR_RUN:
                    raise _NeedMoreWords
                return None
        if not complete:
            raise _NeedMoreWords
        return None

    @staticmethod
    def _login_pair(tokens: list[tuple[str, int, int]]) -> tuple[int, int] | None:
        """"login is mreyes7 / Tulip$Garden44", "username sub_rm214, password ..." (the password label
        handles the second form)."""
        values = [t for t in tokens if t[0].lower() not in _CONNECTORS and t[0] not in (":", "=")]
        for i in range(1, len(values) - 2):
            # "login is my email plus Otter$2031": the user name said by what it is, then the secret after it
            owner, named, joined, told = values[i - 1][0].lower(), values[i][0].lower(), values[i + 1][0].lower(), \
                values[i + 2]
            if owner in _POSSESSIVES and named in _USER_NAMED_BY and joined in _SECRET_JOINED_BY \
                    and _unmistakable_secret(told[0]):
                return told[1], told[2]
        for i in range(len(values) - 2):
            user, sep, secret = values[i], values[i + 1], values[i + 2]
            if sep[0].lower() in _PAIR_SEPARATORS and len(user[0]) >= 3 and user[0].lower() not in _DETERMINERS \
                    and (looks_like_password(secret[0]) or (plain_word_secret(secret[0]) and account_shaped(user[0])
                                                            and secret is values[-1])):
                return user[1], secret[2]
        if values and "/" in values[0][0]:
            name, _, password = values[0][0].partition("/")
            if len(name) >= 3 and looks_like_password(password):
                return values[0][1], values[0][2]
        return None


# -- codes said beside the thing they open, network/password pairs, a hint that spells the password ------------

# "door 118 is 1357", "gate 3: 7719", "alarm: 5521", "lockbox 4417": a code right beside a door, gate, alarm or
# lockbox word (a place number may stand between), ending its clause
_OPENER = (r"(?:doors?|gates?|rooms?|rm\.?|closets?|cages?|alarm|alarm\s+panel|disarm|arm/disarm|override|keypad"
           r"|lockbox|lock\s*box|key\s*box"
           r"|padlock|combo\s+lock|garage|entrance|annex|workroom|copier|printer"
           # any lock's own word: "bike rack lock is 07-22-15", "locker 214 is 12-34-08" (a locker's number alone,
           # without "is" or ":", is no code)
           r"|lock|locker|combo"
           # what holds money or keys behind a dial: "the safe in the bookstore opens with 24-11-38"
           r"|safe|vault|strong\s*box|cash\s*box|key\s*cabinet|deposit\s*box"
           # a phone's mailbox and an alarm's panel: "voicemail: 8812", "security panel: 9041"
           r"|voicemail|vm|panel|security[ \t]+panel)")
# "lockbox on the portable: 3391", "alarm in the annex is 2-7-1-9": a short place phrase may stand between (then a
# connector must say the number is the code), and the digits may be keyed one by one with dashes
_CODE_BESIDE = (r"(?i)\b" + _OPENER + r"(?:[ \t]+#?[A-Za-z]?\d{1,4}[A-Za-z]?|[ \t]+(?:on|in|at|by|for|of)[ \t]+"
                                      r"(?:the[ \t]+)?"
                r"[A-Za-z][A-Za-z0-9'-]*(?:[ \t]+[A-Za-z][A-Za-z0-9'-]*)?)?"
                # an aside in brackets before the connector ("lockbox (the one by the boiler) is 5518"): the connector
                # after it says the number is the code
                r"(?:[ \t]*\([^()\n\d]{1,48}\)[ \t]*(?:is|was|=|:|->|\x{2192}))?"
                r"[ \t]*(?:[ \t]is|[ \t]=|:|=|->|\x{2192}"
                # what a lock "goes", "takes", "opens with"
                r"|[ \t](?:goes|takes|opens[ \t]+(?:with|on)))?"
                # a combination lock's three or four dial numbers: "12-34-08", "31 - 04 - 19", "27, 03, 11"
                # the key that ends the code may follow it, spaced or after one more dash ("6-1-9-1 #", "5-3-2-0-*")
                r"[ \t]*(\d{4,8}(?:[ \t]?[#*])?|\d(?:-\d){3,7}(?:[ \t]?-?[#*])?|\d(?: \d){3,7}(?:[ \t][#*])?"
                r"|\d{1,2}(?:[ \t]*[-\x{2013}][ \t]*\d{1,2}){2,3}"
                r"|\d{1,2}(?:,[ \t]*\d{1,2}){2,3})"
                r"(?:$|[ \t]*[.,;!()\n]|[ \t]+[-\x{2013}\x{2014}][ \t]|[ \t]+(?:for|to|on|and|then"
                r"|or|btw|if|so|but|in"
                # when the code took effect: "lock is 0614 now", "... again", "... starting Monday", "... as of today"
                r"|now|again|today|starting|effective|as[ \t]+of)\b)")
# "laptop is unlocked w/ 8812", "unlock the iPad with 4-4-7-1": a device's passcode said by what it does
# ("the tablet is locked with 2291": a device locked with a code opens with it)
_UNLOCKED_WITH = (r"(?i)\b(?:unlock|disarm|unlatch|lock)(?:s|ed|ing)?"
                  r"(?:[ \t]+(?:it|them|(?:the|my|your|his|her)[ \t]+[A-Za-z-]+))?[ \t]+"
                  r"(?:with|w/|using)"
                  r"[ \t]+(?:code[ \t]+|pin[ \t]+|passcode[ \t]+)?(\d{4,8}|\d(?:[ -]\d){3,7})\b")
# "use 2846 for the lounge door", "punch in 4471 at the side gate": the code, then what it opens
# ("the code is 2846 for the side door": the code said first, then what it opens)
_CODE_FOR_OPENER = (r"(?i)\b(?:use|punch(?:\s+in)?|enter|type(?:\s+in)?|key\s+in|dial|code\s+is|code:)[ \t]+(\d{4,8}#?)"
                    r"[ \t]+(?:for|on"
                    r"|at|to\s+open)"
                    r"[ \t]+(?:the[ \t]+|our[ \t]+)?(?:[A-Za-z0-9'-]+[ \t]+){0,2}?" + _OPENER + r"\b")
# a place or a time, not a code: "room 204 is 1357 sq ft" (the pattern stops there), "alarm 0645 tomorrow"
_TIME_WORDS = Pattern(r"(?i)\b(?:am|pm|a\.m\.|p\.m\.|o'?clock|tomorrow|tonight|morning|wake|rings?|goes\s+off|set\s+for"
                      r"|hours?|hrs|military|time|until|till|at|pick-?up|drop-?off|dismissal|arrival|bell|opens?"
                      r"|closes?)\b|\b\d{1,2}:\d{2}\b")
_ROOM_WORDS = frozenset({"room", "rooms", "rm", "rm."})
# what stands between a code's digits: "12-34-08", "27, 03, 11", "5 5 2 1"
_DIAL_MARKS = str.maketrans("", "", "-\u2013, \t")
_LOCK_VERBS = frozenset({"goes", "takes", "opens"})
# a lock's own word names what the number after it is
_NAMES_ITS_CODE = ("lock", "key", "padlock", "combo", "keypad")


def _looks_like_hhmm(value: str) -> bool:
    return len(value) == 4 and value.isdigit() and value[:2] <= "23" and value[2:] <= "59"


_EXTENSIONS_SAID = Pattern(r"(?i)\b(?:ext\.?|extensions?|x\d{3,5})(?:\W|$)")


def _accept_code_beside(ctx: ScanContext, m: Match) -> bool:
    value = m.value.rstrip("#").translate(_DIAL_MARKS)
    if not looks_like_pin(value) or len(set(value)) == 1:
        return False
    head = ctx.text[m.raw.start():m.start].lower()
    words = head.split()  # split once: every test below reads the same words
    marked = "is" in words or ":" in head or "=" in head or ">" in head or "\u2192" in head
    # "the safe in the bookstore opens with ...": a lock's verb says the number is what opens it
    if words[1:2] and words[1] in ("on", "in", "at", "by", "for", "of") and not marked \
            and _LOCK_VERBS.isdisjoint(words):
        return False  # "alarm in the annex 5521" without "is" or ":" could be anything
    if words[0].rstrip(":") in _ROOM_WORDS and _looks_like_hhmm(value):
        return False  # "room 118 is 1330": a time on a schedule as often as a code
    if words[0].rstrip(":") in _ROOM_WORDS and _EXTENSIONS_SAID.search(ctx.window(m.raw.start() - 120, m.end + 60)):
        return False  # "my ext. is 4412, the speech room is 4419": rooms' phone extensions, called, not keyed
    said_as_code = marked or not _LOCK_VERBS.isdisjoint(words)
    first = words[0].rstrip(":") if words else ""
    if not said_as_code and (not first.startswith(_NAMES_ITS_CODE) or first.startswith("locker")):
        return False  # "door 1357" alone is a door's number; "lockbox 4417" names its code
    if _looks_like_hhmm(value) and _TIME_WORDS.search(ctx.window(m.raw.start() - 30, m.end + 30)):
        return False
    if _of_another_thing(ctx, m.raw.start()):
        return False
    return not _EXAMPLE_NEAR.search(ctx.window(m.raw.start() - 40, m.raw.start()))


# "the asset tag on the printer is 35125827", "the one in Rm 111 is 32062904": the door or device word is the object
# of a preposition, and what "is" gives the value of is the noun before it (a tag, a serial, a person), not the
# door's code; a code word there ("the code on the side door is ...") still says it is the code
_HEAD_BEFORE_PREPOSITION = Pattern(r"(?i)\b([a-z]+)[ \t]+(?:on|in|at|of|by|near|inside|from|beside)[ \t]+"
                                   r"(?:(?:the|our|this|that|each|every|his|her|their|my|your)[ \t]+)?$")
_CODE_HEADS = frozenset({"code", "codes", "combo", "combos", "combination", "combinations", "pin", "pins", "passcode",
                         "passcodes", "password", "passwords", "pw", "key", "keys", "number", "numbers", "digits"})


def _of_another_thing(ctx: ScanContext, opener: int) -> bool:
    head = _HEAD_BEFORE_PREPOSITION.search(ctx.window(opener - 40, opener))
    return head is not None and head.group(1).lower() not in _CODE_HEADS


_EXAMPLE_NEAR = Pattern(r"(?i)\b(?:like|e\.g\.|example|such\s+as|not|never)\b[^.\n]*$",
                        needs=("like", "e.g.", "example", "such", "not", "never"))

# "wifi: Lincoln-Staff / Tig3rs!2026", "network Lincoln-Guest | Eagles2026": a network's name, a separator and its
# password (a labelled password, "pw: ...", is the statement unit's)
# an account's name and its password the same way: "Google acct sub.rm214 / Pencil$Tree9", "creds -> admin@lhs / ..."
_NETWORK_PAIR = (r"(?i)\b(?:(?:wi-?fi|network|ssid)(?:[ \t]+(?:at|in|for|on)[ \t]+(?:the[ \t]+)?[A-Za-z0-9'-]+"
                 r"(?:[ \t]+[A-Za-z0-9'-]+)?)?"
                 # a place or a time said by an adverb: "the wifi there is X / Y", "wifi today: ..."
                 r"(?:[ \t]+(?:(?:out|over|up|down|in)[ \t]+)?(?:there|here|today|tonight|now|downstairs|upstairs"
                 r"|inside|outside))?"
                 # "Network in the gym is LHS-Events / ...": a verb may say which the name is
                 r"[ \t]*(?:name)?(?:[ \t]+(?:is|was|=))?[ \t]*[:=\-]?[ \t]*[\"'`]?[A-Za-z0-9][A-Za-z0-9_\-.]{1,31}"
                 r"[\"'`]?[ \t]*(?:/|\||,)"
                 # an account's pair takes a slash or a pipe only ("account 883017264, ABA ..." is a bank's)
                 r"|(?:(?:acct|account|log-?in|sign-?in|creds|credentials|user(?:name)?|admin)[ \t]*(?:[:=\-]|->"
                 r"|\x{2192})?"
                 # a service's own account named with a colon: "Band boosters gmail: name / Comet$09x"
                 r"|(?:g-?mail|e-?mail|google|microsoft|outlook|office\s*365|icloud|apple\s+id|canvas|clever"
                 r"|schoology|seesaw|powerschool|portal|site|website|zoom|amazon|paypal|venmo|square|facebook"
                 r"|instagram|twitter|tiktok|youtube|dropbox|zelle|cash\s*app|remind|class\s*dojo|bloomz|shutterfly"
                 r"|sign\s*up\s*genius|kahoot|quizlet|spotify|netflix|app)[ \t]*(?::|[\x{2014}\x{2013}-][ \t]))[ \t]*"
                 # a handle may open with "@" ("venmo: @pto-westside / ...")
                 # the pair's separator, or a space before a secret that could be nothing else (the acceptance)
                 r"[\"'`]?@?[A-Za-z0-9][A-Za-z0-9_\-.@]{1,40}[\"'`]?(?:[ \t]*(?://?|\|)|[ \t]))[ \t]*[\"'`]?"
                 # (a sentence's comma or full stop after the value is no part of it)
                 r"([^\s\"'`]{5,63}[^\s\"'`.,;)])")

# a reference number with its number sign ("PO#44519", "inv#2231", "Rm#204"): the "#" says "number", not a secret's
# symbol; a longer capitalised word before "#" and a year or a count ("Spring#2025", "Tigers#12") is how people build
# passwords (read by the pair readers here and in credential_forms.py)
REFERENCE_NUMBER = Pattern(r"^(?:[A-Z]{1,6}|[a-z]{1,6}|[A-Z][a-z]{0,3})#[0-9]{2,}$")

# "the pw is the mascot + 2026 so Tigers2026", "pw hint: school + year, i.e. Lincoln2026": a hint, then the
# password it spells (the hint alone, "it's the mascot + 2026", is no value)
_HINT_SPELLED = (r"(?i)\b(?:pass\s*words?|passwd|pwd|pw|passcode|pass\s*phrase)\b[^\n]{0,60}?[ \t,(](?:so|i\.?e\.?,?"
                 r"|aka"
                 r"|meaning|which\s+is|that's|thats|spelled|as\s+in)[ \t:]+[\"'`]?([^\s\"'`]{6,64})")
_NOT_THE_VALUE_AFTER = Pattern(r"(?i)^[\"'`.,)]*\s+(?:is|was|would\s+be|are)?\s*(?:too|not|won't|wouldn't|isn't|doesn't"
                               r"|weak|bad|invalid|rejected|fails?)\b")


# "use 1530 for the door schedule": the opener word names a thing about the door, not the door
_NOT_THE_OPENER_AFTER = frozenset({"schedule", "schedules", "list", "sign", "signs", "number", "numbers", "count",
                                   "times", "hours", "budget", "order", "orders", "repair", "repairs", "supplies"})


def _accept_code_for_opener(ctx: ScanContext, m: Match) -> bool:
    value = m.value.rstrip("#")
    if not looks_like_pin(value) or len(set(value)) == 1:
        return False
    after = ctx.window(m.raw.end(), m.raw.end() + 16).split()[:1]
    if after and after[0].lower().strip(".,;:!?") in _NOT_THE_OPENER_AFTER:
        return False
    return not (_looks_like_hhmm(value) and _TIME_WORDS.search(ctx.window(m.raw.start() - 30, m.end + 10)))


def _accept_unlocked_with(ctx: ScanContext, m: Match) -> bool:
    value = m.value.replace("-", "").replace(" ", "")
    if not looks_like_pin(value) or len(set(value)) == 1:
        return False
    # "locked with 2024 padlocks", "locked with 2025 funds": the number counts or dates a plural noun after it
    # ("disarmed it with 6021 this morning", "... 246810 now." go on with the clause)
    after = ctx.window(m.end, m.end + 24).split(None, 1)
    word = after[0].rstrip(".,;:!?").lower() if after else ""
    return not (word.isalpha() and len(word) > 4 and word.endswith("s") and not word.endswith("ss")
                and word not in _SET_TO_CLAUSE_GOES_ON and word not in _NOT_COUNTED)


# words ending in "s" that are no plural noun a number counts
_NOT_COUNTED = frozenset({"always", "works", "opens", "unlocks", "sometimes", "thanks", "thx", "afterwards", "tis"})


def _accept_network_pair(ctx: ScanContext, m: Match) -> bool:
    value = m.value.rstrip(".,;)")
    if REFERENCE_NUMBER.search(value):
        return False  # "vendor account: acme_ops / PO#4471": the account's order, not its secret
    head = ctx.text[m.raw.start():m.start]
    if "/" not in head and "|" not in head:
        return _unmistakable_secret(value)  # "admin: lhs-admin Teacher#Pass9": a space only
    if looks_like_password(value):
        return True
    # a plain word needs a name shaped like an account or network ("LHS-Guest", "sub12") before it and nothing
    # after it in the clause ("Wi-Fi network / internet is down" is prose)
    name = ctx.text[m.raw.start():m.start].rstrip(" \t/|,\"'`").split()[-1:]
    rest = ctx.window(m.end, m.end + 12).lstrip(" \t")
    # (a number alone is an account's or a reference's, and the word after it its kind: "Account: 5275... | Savings")
    return plain_word_secret(value) and bool(name) and account_shaped(name[0]) and not name[0].isdigit() \
        and (not rest or rest[0] in ".,;!()\n")


def _unmistakable_secret(value: str) -> bool:
    """A value that is a secret by its shape alone: letters, a digit and a strong symbol ("Teacher#Pass9",
    "Otter!Lake5"), not an address or a link."""
    # (the shape tests first: a value without a strong symbol, the usual case, is decided by one set operation before
    # looks_like_password's many)
    return not _STRONG_SYMBOLS.isdisjoint(value) and "@" not in value[1:] and "://" not in value \
        and any(c.isdigit() for c in value) and any(c.isalpha() for c in value) and looks_like_password(value)


def _accept_hint_spelled(ctx: ScanContext, m: Match) -> bool:
    value = m.value.rstrip(".,;)!")
    if not looks_like_password(value) or _NOT_THE_VALUE_AFTER.search(ctx.window(m.end, m.end + 30)):
        return False
    return not _EXAMPLE_NEAR.search(ctx.window(m.raw.start() - 30, m.raw.start()))


# "Use Winter2025! for the shared gmail", "just use Tiger!88 to log into the sub laptop": a password-like value
# handed over for an account, with no password word at all
# the verbs of keying a value in: use, try, enter, type (in), put in, key in, punch in, paste, input, log or sign
# in with, in every form ("entered", "typing", "logged in with")
_KEYING = (r"(?:us(?:e|ed|ing)|tr(?:y|ied|ying)|it's|its|enter(?:ed|ing)?|typ(?:e|ed|ing)(?:[ \t]+in)?"
           r"|put(?:ting)?[ \t]+in|key(?:ed|ing)?[ \t]+in|punch(?:ed|ing)?[ \t]+in|past(?:e|ed|ing)|input(?:ted)?"
           r"|(?:log|sign)(?:ged|ging)?[ \t]*(?:in|on)[ \t]+(?:with|using|w/))")
_ACCOUNT_NOUNS = (r"(?:gmail|email|e-mail|account|acct|login|log-?in|sign-?in|wi-?fi|laptop|computer|desktop|ipad"
                  r"|chromebook|tablet|portal|canvas|powerschool|clever|google|drive|voicemail|copier|printer|router"
                  r"|admin\s+panel|app|kiosk|site|website|dashboard|server|network|phone)")
_USE_FOR_ACCOUNT = (r"(?i)\b" + _KEYING + r"[ \t]+([^\s]{6,64})[ \t]+"
                    r"(?:for|on|in|into|to[ \t]+(?:log|sign)[ \t]*(?:in|on)"
                    r"(?:[ \t]*(?:to|on))?|to[ \t]+(?:get[ \t]+in(?:to)?|access|open|unlock))[ \t]+"
                    r"(?:the|my|our|your|his|her|their)?[ \t]*(?:shared|sub|staff|guest"
                    r"|teacher|admin|class|classroom|team|office|main|new|old|district|parent|vendor|library)?[ \t]*"
                    + _ACCOUNT_NOUNS + r"\b")
# "sign into the portal using Comet_77x", "log on to the sub laptop with Otter$Moon7": the account first, then the
# value it is opened with
# "log in as `teacher` with `Smart#118`", "use `adm-jkowal` with `Hsi7s...`": the user name, then the value it is
# opened with (after "use", "enter" or "type" the user name must be set off in quotes or backticks, as a name to key)
_LOGIN_WITH_VALUE = (r"(?i)\b(?:(?:log|sign)(?:ged|ging|s)?[ \t]*(?:in|on)(?:[ \t]*to|to)?[ \t]+(?:the|my|our|your|his"
                     r"|her|their)?[ \t]*(?:[A-Za-z0-9'-]+[ \t]+)?" + _ACCOUNT_NOUNS
                     + r"|(?:log|sign)(?:ged|ging|s)?[ \t-]*(?:in|on)[ \t]+as[ \t]+[\"'`]?[\w.@\\-]{2,40}[\"'`]?"
                     r"|(?:use|enter|type)[ \t]+[\"'`][\w.@\\-]{2,40}[\"'`])"
                     r"[ \t]+(?:with|using|w/|via)[ \t]+([^\s]{6,64})")


def _accept_use_for_account(ctx: ScanContext, m: Match) -> bool:
    """A secret's shape, not a product's ("Office365", "K12-Docs", "2-factor"): a strong symbol, or a word with
    four or more digits ("Winter2025")."""
    value = m.value.strip(_STRIP).rstrip(".,")
    if not looks_like_password(value) or not any(c.isalpha() for c in value) or value.startswith("-"):
        return False  # (a command line's option, "--maxfail=2", is what a tool is used with)
    return not _STRONG_SYMBOLS.isdisjoint(value) or sum(c.isdigit() for c in value) >= 4


# "the password got changed ... new one is Epic!Reads88", "copier pin expired. Updated one: 5521": a secret named
# by "one" after a password, PIN, code or login was spoken of earlier in the message
# "... wants an admin code before it'll release jobs. It's 4471", "the copier code isn't 1234 anymore lol it's 60918":
# "it" standing for the code or password just spoken of, in the clause after it (read in `_accept_new_one`)
_NEW_ONE = (r"(?i)\b(?:(?:new|updated|temp(?:orary)?|current|latest|replacement|reset|today's|fresh|working|right"
            r"|correct)[ \t]+one(?:[ \t]*(?:is|was|=|:|->|\x{2192}|'s)|[ \t]+(?:is|should[ \t]+be)[ \t]+now)"
            r"|it(?:['\x{2019}]s|[ \t]+is)(?:[ \t]+(?:now|actually))?)[ \t]*"
            # (the punctuation that ends the value's clause is not part of it: "New one is 2580. Please ...")
            r"[\"'`*_]?([^\s\"'`*]{3,63}[^\s\"'`*.,;:!?)])")


# "I reset it to Harbor#2031 and ticked must-change", "just set mine to Autumn2026!!Kessel": a change said of the
# account's secret by a pronoun standing for it (the label-led form, "reset her password to ...", is the statement
# unit's); read in `_accept_set_to`
_SET_TO = (r"(?i)\b(?:re-?set|set|chang(?:e|ed)|updat(?:e|ed)|switch(?:ed)?)[ \t]+(?:it|mine|yours|his|hers|theirs"
           r"|them)(?:[ \t]+back)?[ \t]+to[ \t]*:?[ \t]*[\"'`*]?([^\s\"'`*][^\s\"'`]{4,62}[^\s\"'`*.,;:?)])")
# what makes the thing set an account: a sign-in said, a password or an account word anywhere in the message
# ("won't let her in", "it let me in": a system letting a person in is a sign-in said the other way round)
_ACCESS_TALK = Pattern(r"(?i)\b(?:(?:log|sign)(?:ged|ging)?[ \t-]*(?:in|on|into)|login|locked[ \t]+out|account"
                       r"|let(?:s|ting)?[ \t]+(?:me|you|him|her|them|us)[ \t]+(?:back[ \t]+)?in\b"
                       r"|get(?:ting)?[ \t]+in(?:to)?|pass\s*words?|pw|passcodes?|credentials?|self-service)\b")


# the words that may follow the value set, its clause going on ("... to X for now", "... to X, please tell ...")
_SET_TO_CLAUSE_GOES_ON = frozenset({"for", "to", "on", "and", "then", "or", "if", "so", "but", "in", "at", "until",
                                    "till", "now", "please", "pls", "temporarily", "as", "while", "because", "which",
                                    "with", "after", "before", "just", "lol", "fyi"})


def _accept_set_to(ctx: ScanContext, m: Match) -> bool:
    """A secret's shape (as a value keyed in for an account: a strong symbol, or letters with four digits), and a
    sign-in or an account spoken of outside the change itself: "set it to 1080p60", "changed it to Tuesday2025"
    said of a stream or a meeting stay quiet."""
    if not _accept_use_for_account(ctx, m):
        return False
    rest = ctx.window(m.end, m.end + 16).lstrip(" \t\"'`*")
    if rest[:1].isalpha() and rest.split(None, 1)[0].lower() not in _SET_TO_CLAUSE_GOES_ON:
        return False  # "reset it to Win11-2024 image": the value names a kind of thing, not the secret
    start = m.raw.start()
    return _ACCESS_TALK.search(ctx.window(start - 300, start)) is not None \
        or _ACCESS_TALK.search(ctx.window(m.end, m.end + 200)) is not None


# "the wifi is Heron#Bay22", "here you go: Otter!Lake5 for the staff wifi": a network or an account given a value
# that is a secret by its shape alone, with no password word
# "east entrance keypad changed, new code 2580#", "alarm panel: user #14, code 9317": a bare "code" given digits
# after the message has named what it opens (a door, a keypad, an alarm) a little before
_CODE_AFTER_OPENER = (r"(?i)\bcode[ \t]*(?:is[ \t]+|was[ \t]+|=[ \t]*|:[ \t]*|->[ \t]*)?(?:now[ \t]+)?"
                      r"(\d{4,8}(?:[ \t]?[#*])?|\d(?:-\d){3,7}(?:[ \t]?-?[#*])?)"
                      r"(?:$|[ \t]*[.,;!()\n]|[ \t]+[-\x{2013}\x{2014}][ \t]"
                      r"|[ \t]+(?:for|to|on|and|then|or|if|so|but|in)\b"
                      # how the code reached the person ("override code 90417 given by phone", "... sent to her")
                      r"|[ \t]+(?:given|sent|texted|emailed|read|provided|shared)[ \t]+(?:by|to|over|via|out)\b)")
_OPENER_BEFORE = Pattern(r"(?i)\b(?:" + _OPENER + r"|entry|fob|building|side\s+door|front\s+door)\b")
# "backup codes for the Zoom admin: 4829 1176 / 9043 5521": an account's recovery codes, each a way into it
# (whose account and why may take a long clause: "... for the CFO's account, she asked me to keep them here: ...")
# (the first code may open the next line, a list's first row: ":\n- 4481 2290")
_RECOVERY_CODES = (r"(?i)\b(?:backup|recovery|2fa|mfa|one-?time|bypass)[ \t]+codes?\b[^:\n]{0,110}:[ \t]*"
                   r"(?:\r?\n[ \t*>\x{2022}`-]*)?"
                   r"(\d{4}[ \t-]?\d{4}|\d{6,10})\b")


def _accept_code_after_opener(ctx: ScanContext, m: Match) -> bool:
    value = m.value.rstrip("#*").replace("-", "")
    if not looks_like_pin(value) or len(set(value)) == 1 or _another_kind_of_code(ctx.text, m.raw.start()):
        return False
    if _looks_like_hhmm(value) and _TIME_WORDS.search(ctx.window(m.raw.start() - 30, m.end + 30)):
        return False
    before = ctx.window(m.raw.start() - 120, m.raw.start())
    if before.split()[-1:] and before.split()[-1].lower() in _SUPERSEDED:
        return False  # "the old code 2231": no longer the way in
    if _NO_LONGER.search(ctx.window(m.end, m.end + 60)):
        return False  # "code is 2231 (that's the old one)"
    return _OPENER_BEFORE.search(before) is not None and not _EXAMPLE_NEAR.search(before[-40:])


_SUPERSEDED = frozenset({"old", "former", "previous", "expired", "last", "outdated"})
_NO_LONGER = Pattern(r"(?i)\b(?:old\s+one|no\s+longer|anymore|used\s+to\s+be|expired|doesn't\s+work)\b")


def _accept_recovery_codes(ctx: ScanContext, m: Match) -> bool:
    # (the heading itself may say the list is a sample: "backup codes example:")
    return not _EXAMPLE_NEAR.search(ctx.window(m.raw.start() - 40, m.raw.start())) \
        and not _EXAMPLE_NEAR.search(ctx.window(m.raw.start(), m.start).split("\n", 1)[0])


# the rows after the first: each line of the list is a code alone (a bullet or a code span around it), and the
# list's heading, the first line of its block, names recovery codes and ends with a colon
_RECOVERY_ROW = (r"(?m)^[ \t*>\x{2022}`-]*(\d{4}[ \t-]?\d{4}|\d{6,10})[ \t`]*$")
_RECOVERY_HEADING = Pattern(r"(?i)\b(?:backup|recovery|2fa|mfa|one-?time|bypass)[ \t]+codes?\b[^:\n]{0,110}:[ \t*_]*$")
_ROW_REACH = 400


def _accept_recovery_row(ctx: ScanContext, m: Match) -> bool:
    text = ctx.text
    line_start = m.raw.start()
    block = ctx.block_start(line_start, _ROW_REACH)
    if block == line_start - _ROW_REACH > 0:     # no blank line within reach: a block longer than the rows reach
        return False
    heading_end = text.find("\n", block, line_start)
    if heading_end < 0:
        return False
    rows = text[heading_end + 1:line_start].splitlines()
    if any(not _BARE_ROW.search(row) for row in rows):
        return False  # every line between the heading and this one is a code of the list too
    return _RECOVERY_HEADING.search(text[block:heading_end]) is not None \
        and not _EXAMPLE_NEAR.search(text[block:heading_end])


_BARE_ROW = Pattern(r"^[ \t*>\x{2022}`-]*(?:\d{4}[ \t-]?\d{4}|\d{6,10})[ \t`]*$")


_WIFI_VALUE = (r"(?i)\b(?:wi-?fi|network|hotspot|internet)(?:[ \t]+(?:at|in|for|on)[ \t]+(?:the[ \t]+)?[A-Za-z0-9'-]+"
               r"(?:[ \t]+[A-Za-z0-9'-]+)?)?[ \t]*(?:[ \t]is|[ \t]was|:|=|->|\x{2192})[ \t]*[\"'`]?([^\s\"'`]{6,64})")
_VALUE_FOR_ACCOUNT = (r"(?i)(?:^|[\s:(])([^\s:(]{6,64})[ \t]+(?:for|on)[ \t]+(?:the|my|our|your|his|her|their)?[ \t]*"
                      r"(?:shared|sub|staff|guest|teacher|admin|class|classroom|team|office|main|new|district|parent"
                      r"|vendor|library)?[ \t]*" + _ACCOUNT_NOUNS + r"\b")


def _accept_unmistakable(ctx: ScanContext, m: Match) -> bool:
    return _unmistakable_secret(m.value.strip(_STRIP).rstrip(".,"))


# words that open a phrase or a clause after a value, not a noun the value would be the number of
_PHRASE_OPENERS = frozenset({"for", "to", "on", "and", "then", "or", "if", "so", "but", "in", "at", "until", "till",
                             "starting", "from", "now", "since"})


# between the code's label and "it's": a clause that ended, or an old value said to be no longer it
_CLAUSE_ENDED = Pattern(r"(?i)[.!?;][ \t]|\b(?:anymore|any[ \t]+more|no[ \t]+longer|isn't|is[ \t]+not|wasn't)\b")
_IT_REACH = 120


def _it_stands_for_a_code(ctx: ScanContext, m: Match) -> bool:
    """"It's 4471" means the code only right after a code, PIN or password label (within a sentence or so) whose own
    clause ended first or denied an old value; a year ("it's 2026 now") is a date."""
    start = m.raw.start()
    labels = [label for label in ctx.labels_before(start, _IT_REACH) if label.kind in ("pin", "password")]
    if not labels:
        return False
    digits = m.value.rstrip(".,;!?)_*#")
    if digits.isdigit() and len(digits) == 4 and digits[:2] in ("19", "20"):
        return False
    return bool(_CLAUSE_ENDED.search(ctx.window(labels[-1].end, start)))


def _accept_new_one(ctx: ScanContext, m: Match) -> bool:
    value = m.value.rstrip(".,;!?)_*")
    if ctx.text[m.raw.start():m.raw.start() + 2].lower() == "it" and not _it_stands_for_a_code(ctx, m):
        return False
    kinds = {label.kind for label in ctx.labels_before(m.raw.start(), 400)}
    keyed = value.replace("#", "").replace("*", "")  # a keypad's keys among the digits ("7#2219", "2580*")
    if not keyed.isdigit() and keyed[:1].isdigit():
        keyed = keyed_digits(keyed.rstrip("-.")) or keyed  # keyed one digit at a time: "4-7-1-9"
    if keyed.isdigit():
        # digits after a code or PIN spoken of, ending the clause or followed by what it is for ("New one is 40817 for
        # the 7th grade team"); not a noun after it ("the new one is 2026 model" is a year)
        rest = ctx.window(m.end, m.end + 12).lstrip(" \t")
        return "pin" in kinds and looks_like_pin(keyed) and (not rest or not rest[0].isalpha()
                                                             or rest.split(None, 1)[0].lower() in _PHRASE_OPENERS)
    return looks_like_password(value) and not kinds.isdisjoint(("password", "pin", "login"))


# a secret written to be decoded ("base64 of the login: dXNlcj..."): a long base64 token that decodes to text
# holding a password, PIN or login statement, or a "user:secret" pair
_ENCODED = r"(?:^|[\s:=(\"'`])([A-Za-z0-9+/]{16,}={0,2})(?:$|[\s.,;)\"'`])"
# (a JSON object's first key, '{"alg":', is no user name: a JWT's header decodes so)
_DECODED_SECRET = Pattern(r"(?i)(?:\b(?:pass(?:word)?|pwd|pw|pin|passcode|secret|token|key)\b[ \t]*[:=]"
                          r"|^[^\s:{\[\"][^\s:]{1,39}:)"
                          r"[ \t]*[^\s]{4,}")


_SAID_ENCODED = Pattern(r"(?i)\b(?:base[ \t-]?64|b64|encoded|decode[ds]?|decoding)")


def _accept_encoded(ctx: ScanContext, m: Match) -> bool:
    value = m.value
    if len(value) % 4 or value.isalpha() or value.isdigit():
        return False
    try:
        decoded = base64.b64decode(value, validate=True).decode("ascii")
    except (ValueError, UnicodeDecodeError):
        return False
    if not decoded.isprintable():
        return False
    if _DECODED_SECRET.search(decoded) is not None:
        return True
    # a password alone, encoded "so it's not in plain text": the message says it is encoded, and what it decodes to
    # is a secret by its shape ("base64'd: Q29w..."); a base64 blob of prose or of an id stays quiet
    return " " not in decoded and _unmistakable_secret(decoded) \
        and _SAID_ENCODED.search(ctx.window(m.start - 200, m.end + 200)) is not None


# -- a password read out with the instructions for typing it --------------------------------------------------

# symbols named as words; the second group are everyday words too ("3rd period", "a dash of", "hash browns")
_RARE_SYMBOL_WORDS = (r"exclamation(?:[ \t]+(?:point|mark))?|question[ \t]+mark|at[ \t]+sign|dollar[ \t]+sign"
                      r"|pound[ \t]+sign|hashtag|number[ \t]+sign|ampersand|asterisk|underscore|plus[ \t]+sign"
                      r"|percent[ \t]+sign")
_COMMON_SYMBOL_WORDS = r"hash|hyphen|dash|period|caret|tilde|bang"
_SYMBOL_WORDS = _RARE_SYMBOL_WORDS + "|" + _COMMON_SYMBOL_WORDS
# every instruction for typing a value read out: a letter's case, spaces, what stands between the words, a
# symbol named as a word and where it goes
_CASE_AND_SPACING = (r"capital(?:[ \t]+[a-z]\b|ized|s)?|upper[ \t-]*case|lower[ \t-]*case|all[ \t]+(?:caps|lower"
                     r"(?:[ \t-]*case)?|upper(?:[ \t-]*case)?|small(?:[ \t]+letters)?|one[ \t]+word)"
                     r"|no[ \t]+(?:spaces|caps)|spaces[ \t]+included|(?:with|w/|keep)[ \t]+(?:the[ \t]+)?spaces"
                     r"|one[ \t]+word|(?:dashes|hyphens|underscores|dots|periods|spaces)[ \t]+(?:in[ \t]+)?between"
                     r"|separated[ \t]+by|in[ \t]+(?:all[ \t]+)?caps")
_INSTRUCTION = (_CASE_AND_SPACING + "|(?:" + _SYMBOL_WORDS
                + r")(?:[ \t]+(?:at|on)[ \t]+the[ \t]+(?:end|start|front|beginning))?")
_SPELLING = Pattern(r"(?i)^[ \t]*[,(]?[ \t]*(?:(?:with|w/|and|then|plus|but|in)[ \t]+)?(?:(?:a|an|the)[ \t]+)?(?:"
                    + _INSTRUCTION + r")\b")
# the words read before the instructions: letters or digits, up to six
_SPOKEN_WORDS = Pattern(r"^[\"'`]?([A-Za-z0-9]+(?:-[A-Za-z0-9]+)*(?:[ \t]+[A-Za-z0-9]+(?:-[A-Za-z0-9]+)*){0,5})")


def _typing_instruction_inside(words: str) -> bool:
    """Whether an instruction for typing the value opens after one of `words` ("... with a capital T")."""
    return any(_SPELLING.search(words[i:]) for i, c in enumerate(words) if c in " \t" and i)


# A password dictated piece by piece ("the word 'harbor' then 58 then a dollar sign", "capital R, lowercase 'iver',
# then 2031 and an asterisk"): pieces joined by commas, "then", "and", "plus" or "followed by", each a word to type
# (quoted, after "the word", or one plain word), digits, or an instruction (a case, a symbol named as a word); the
# value runs from the first piece to the last. It needs a piece to type and an instruction among them, so a rule
# ("a capital, a number and a symbol") names no value.
_PIECE_JOINER = Pattern(r"(?i)^[ \t]*(?:,[ \t]*)?(?:(?:then|and|plus|followed[ \t]+by)[ \t]+)?")
_PIECE_INSTRUCTION = Pattern(r"(?i)^(?:(?:a|an|the)[ \t]+)?(?:" + _INSTRUCTION + r")\b(?:[ \t]+[\"'`\x{2018}\x{201c}]"
                             r"[A-Za-z]{1,20}[\"'`\x{2019}\x{201d}]|[ \t]+[A-Za-z]\b)?")
_PIECE_TYPED = Pattern(r"(?i)^(?:(?:the[ \t]+)?(?:word|number|digits|letters)[ \t]+)?"
                       r"(?:[\"'`\x{2018}\x{201c}]([A-Za-z0-9]{2,24})[\"'`\x{2019}\x{201d}]|(\d{2,8})\b|([A-Za-z]{3,16})\b)")
_MAX_PIECES = 8


def dictated_value(tail: str, offset: int) -> tuple[int, int] | None:
    """The span in `tail` of a password dictated in pieces from `offset`, or None."""
    cursor = offset
    first = last = -1
    typed = instructed = 0
    for _ in range(_MAX_PIECES):
        joiner = _PIECE_JOINER.search(tail[cursor:])
        at = cursor + (joiner.end() if joiner else 0)
        if first >= 0 and not tail[cursor:at].strip():
            break  # pieces are joined by a comma or a word ("then", "and"): "case sensitive" is one phrase
        piece = _PIECE_INSTRUCTION.search(tail[at:])
        if piece is not None:
            instructed += 1
        else:
            piece = _PIECE_TYPED.search(tail[at:])
            if piece is None:
                break
            word = piece.group(3)
            if word is not None and (word.lower() in PASSWORD_TALK or word.lower() in _PIECE_NOT_TYPED):
                break
            typed += 1
        if first < 0:
            first = at
        last = at + piece.end()
        cursor = last
    if typed and instructed and typed + instructed >= 3:
        return first, last
    return None


# words that carry a dictation's talk, never a piece of the value ("then it asks", "and you're in")
_PIECE_NOT_TYPED = frozenset({"the", "a", "an", "it", "you", "she", "he", "they", "we", "i", "then", "and", "plus",
                              "no", "not", "with", "all", "your", "their", "his", "her", "its", "one", "number",
                              "letter", "letters", "symbol", "character", "characters", "digit", "digits", "capital",
                              "lowercase", "uppercase", "spaces", "space", "must", "should", "has", "have", "needs",
                              "at", "least", "end", "start", "so", "but", "or", "to", "for", "on", "in", "of"})


class SpokenPasswordDetector:
    """A password label, its connector, then words and the instructions for typing them (or the value dictated
    piece by piece, `dictated_value`)."""

    name = "credential_spoken_value"
    finding_type = "credential"
    # the instructions, with the symbol names that are everyday words only after an article or "then", or before
    # "at"/"on": the unit, and the label pass it needs, stay off ordinary chat ("3rd period", "a dash of")
    triggers = (r"(?i)\b(?:" + _CASE_AND_SPACING + "|" + _RARE_SYMBOL_WORDS + r")\b"
                r"|\b(?:a|an|the|then)[ \t]+(?:" + _COMMON_SYMBOL_WORDS + r")\b"
                r"|\b(?:" + _COMMON_SYMBOL_WORDS + r")[ \t]+(?:at|on)\b",)

    def find(self, ctx: ScanContext) -> Iterable[Candidate]:
        text = ctx.text
        for label in ctx.labels:
            if label.kind not in ("password", "pin"):
                continue
            tail = text[label.end:label.end + 160]
            offset = _value_offset(tail)
            if offset is None:
                continue
            dictated = dictated_value(tail, offset + len(tail[offset:]) - len(tail[offset:].lstrip(" \t")))
            if dictated is not None:
                yield Candidate(self.finding_type, label.end + dictated[0], label.end + dictated[1], self.name)
                continue
            words = _SPOKEN_WORDS.search(tail[offset:])
            if words is None:
                continue
            said = words.group(1).split()
            if _SPELLING.search(tail[max(0, offset + words.start(1) - 1):]) is not None:
                continue  # "the password is all lowercase": the instructions alone, no value before them
            # the instructions may follow any of the words read ("tigers 2024 with a capital T ...")
            for count in range(1, len(said) + 1):
                if said[count - 1].lower() in PASSWORD_TALK:
                    break  # "is case sensitive, with a capital ...": a rule about the password, not one
                value = " ".join(said[:count])
                rest = tail[offset + words.start(1) + len(value):]
                if _SPELLING.search(rest) is None:
                    continue
                start = label.end + offset + words.start(1)
                yield Candidate(self.finding_type, start, start + len(value), self.name)
                break


# The statement unit runs after the others here (and after the token formats' module): it takes a value they found
# right after its label as the label's value instead of reading it again (`_value_found_after`)
DETECTORS = (
    SpokenPasswordDetector(),
    PatternDetector(name="credential_use_for_account", finding_type="credential", patterns=(_USE_FOR_ACCOUNT,),
                    group=1, accept=_accept_use_for_account),
    PatternDetector(name="credential_login_with_value", finding_type="credential", patterns=(_LOGIN_WITH_VALUE,),
                    group=1, accept=_accept_use_for_account),
    PatternDetector(name="credential_code_beside_opener", finding_type="credential", patterns=(_CODE_BESIDE,),
                    group=1, accept=_accept_code_beside),
    PatternDetector(name="credential_code_for_opener", finding_type="credential", patterns=(_CODE_FOR_OPENER,),
                    group=1, accept=_accept_code_for_opener),
    PatternDetector(name="credential_unlocked_with", finding_type="credential", patterns=(_UNLOCKED_WITH,),
                    group=1, accept=_accept_unlocked_with),
    PatternDetector(name="credential_network_pair", finding_type="credential", patterns=(_NETWORK_PAIR,),
                    group=1, accept=_accept_network_pair),
    PatternDetector(name="credential_network_value", finding_type="credential", patterns=(_WIFI_VALUE,),
                    group=1, accept=_accept_unmistakable),
    PatternDetector(name="credential_value_for_account", finding_type="credential", patterns=(_VALUE_FOR_ACCOUNT,),
                    group=1, accept=_accept_unmistakable),
    PatternDetector(name="credential_new_one", finding_type="credential", patterns=(_NEW_ONE,),
                    group=1, accept=_accept_new_one),
    PatternDetector(name="credential_set_to", finding_type="credential", patterns=(_SET_TO,),
                    group=1, accept=_accept_set_to),
    PatternDetector(name="credential_code_after_opener", finding_type="credential", patterns=(_CODE_AFTER_OPENER,),
                    group=1, accept=_accept_code_after_opener),
    PatternDetector(name="credential_recovery_codes", finding_type="credential", patterns=(_RECOVERY_CODES,),
                    group=1, accept=_accept_recovery_codes),
    PatternDetector(name="credential_recovery_rows", finding_type="credential", patterns=(_RECOVERY_ROW,),
                    group=1, accept=_accept_recovery_row),
    PatternDetector(name="credential_encoded", finding_type="credential", patterns=(_ENCODED,),
                    group=1, accept=_accept_encoded),
    PatternDetector(name="credential_hint_spelled", finding_type="credential", patterns=(_HINT_SPELLED,),
                    group=1, accept=_accept_hint_spelled),
    CredentialStatementDetector(),
)

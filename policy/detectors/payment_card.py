"""Payment card numbers: 13-19 digits in a card's own grouping, Luhn-valid, in a card network's range.

"Card ending in 4417" and masked numbers have too few digits; a 16-digit order number fails Luhn or sits
after an order label; a 22-digit tracking number is not grouped like a card. Digits may be split by spaces,
dashes, dots, slashes, underscores or line breaks (normalisation already joined digits written one by one).
"""
from __future__ import annotations

from collections.abc import Iterable
from itertools import islice
from pathlib import Path
from typing import Any

from policy import yaml_loader
from policy.detectors.base import Candidate, luhn_valid
from policy.detectors.bound import MOST_MATCHES, first
from policy.detectors.context import ScanContext
from policy.detectors.patterns import Pattern

NETWORKS_FILE = Path(__file__).resolve().parent.parent / "data" / "card-networks.yaml"
_NETWORKS_DATA = yaml_loader.load_file(NETWORKS_FILE) or {}
# the other networks by the names printed on their cards (card-networks.yaml `card_words`), longest first
_NETWORK_WORDS = "|".join(r"\s*".join(word.split()) for word in sorted(
    (str(w) for w in _NETWORKS_DATA.get("card_words") or ()), key=len, reverse=True))

LABELS = (
    ("card", r"\b(?:(?:credit|debit|p-?|pro)\s*card(?:\s*(?:number|num|no\.?|#))?|card(?:\s*(?:number|num|no\.?|#))?"
             r"|visa|master\s*card|mc|amex|american\s+express|discover|cc\s*#?|cvv|exp(?:iry|iration)?|"
             + _NETWORK_WORDS + r")(?:\b|#)"),
)

# a run of any length: a pasted list of cards, one per line, is one run read card by card
# Separators are every mark people print a card's groups with: spaces, dashes, dots, slashes, underscores
# ("6011.0207.3937.6582", "5425/0307/..."); the card's grouping, Luhn and its network still decide.
_SEPARATORS = r"[ \-./_\x{00B7}]"
_RUN = Pattern(r"(?:^|[^\d\-./_])(\d{1,19}(?:(?:" + _SEPARATORS + r"|\r?\n){1,2}\d{1,19})*)(?:$|[^\d])")
_GROUP = Pattern(r"\d+")
# How issuers print numbers: one block, 4-4-4-4(-3), Amex 4-6-5, Diners 4-6-4.
CARD_SHAPES = frozenset({(4, 4, 4, 4), (4, 6, 5), (4, 6, 4), (4, 4, 4, 4, 3), (4, 4, 4, 3), (4, 4, 4, 2),
                         (4, 4, 5)})
# Labels that can name a 13-19 digit number as something else. A phone or office word cannot ("paid over the
# phone: 6011 ..."): no phone number is that long, so those words never hide a card.
_REJECTING = frozenset({"reference", "account", "routing", "student_id", "ssn"})


def card_network(number: str) -> str | None:
    n = len(number)
    two, four = int(number[:2]), int(number[:4])
    if number[0] == "4" and n in (13, 16, 19):
        return "visa"
    if (51 <= two <= 55 or 2221 <= four <= 2720) and n == 16:
        return "mastercard"
    if two in (34, 37) and n == 15:
        return "amex"
    if (number.startswith("6011") or number.startswith("65") or 644 <= int(number[:3]) <= 649) and n in (16, 19):
        return "discover"
    if two in (36, 38) or 300 <= int(number[:3]) <= 305:
        return "diners" if n in (14, 16) else None
    if 3528 <= four <= 3589 and n in (16, 19):
        return "jcb"
    return _other_network(number)


def load_networks(data: dict[str, Any]) -> tuple[tuple[int, int, int, frozenset[int], str], ...]:
    """The national and debit networks of policy/data/card-networks.yaml as (low, high, prefix length, lengths,
    name) rows."""
    rows = []
    for network in data.get("networks") or ():
        lengths = frozenset(int(n) for n in network["lengths"])
        for prefix in network["ranges"]:
            low, _, high = str(prefix).partition("-")
            rows.append((int(low), int(high or low), len(low), lengths, str(network["name"])))
    return tuple(rows)


OTHER_NETWORKS = load_networks(_NETWORKS_DATA)


def _other_network(number: str) -> str | None:
    n = len(number)
    for low, high, width, lengths, name in OTHER_NETWORKS:
        if n in lengths and low <= int(number[:width]) <= high:
            return name
    return None


def is_test_number(digits: str) -> bool:
    """A run of one or two digits repeated (4111 1111 1111 1111, 4242 4242 4242 4242): the networks' published
    test numbers and keypad filler, never a person's card. Other published test numbers are flagged unless the
    text says they are test numbers (`_said_to_be_a_test_number`): staff cannot be expected to know them."""
    return len(set(digits)) <= 2


# The text says the number is a vendor's test number ("(test debit)", "Stripe test decline", "from the vendor's
# published test list", "sandbox"): a payment page's QA notes and a lesson on Luhn cite them, nobody's card does.
# A test of something else ("the $1 test charge went on my own card", "ACCESS test shipping") names no number.
_SAID_TO_BE_A_TEST_NUMBER = Pattern(r"(?i)\b(?:(?:test|sample|sandbox|dummy|demo)[ \t]+(?:cards?|numbers?|debit|credit"
                                    r"|declines?|mode|list|data|pans?)|sandbox)\b")
_TEST_REACH = 200


def _said_to_be_a_test_number(ctx: ScanContext, start: int, end: int) -> bool:
    return _SAID_TO_BE_A_TEST_NUMBER.search(ctx.window(start - _TEST_REACH, end + _TEST_REACH)) is not None


def _valid(digits: str, labelled: bool = False) -> bool:
    """Luhn and a known network's range; a number the text itself calls a card (Maestro 50/56-69, a store
    or regional issuer) needs only Luhn and a card's length."""
    return 13 <= len(digits) <= 19 and luhn_valid(digits) and not is_test_number(digits) \
        and (labelled or card_network(digits) is not None)


# "card" within a few words before ("use my card for the book order, 5055 ...") or after ("... on the
# school card") the number; a label another kind owns ("gift card order #") is judged by _card_label_allows.
_CARD_WORD = Pattern(r"(?i)\b(?:card|visa|mastercard|debit|credit|" + _NETWORK_WORDS + r")\b")


# "card" naming a thing of its own ("gift card order", "card reader serial", "card stock") does not call the
# number after it a card
_CARD_COMPOUND = Pattern(r"(?i)^\s*(?:orders?|readers?|terminals?|machines?|stock|tables?|games?|catalog|suppliers?"
                         r"|vendors?|serial|batch|shipment|boxe?s?|packs?|printers?|swipers?|slots?)\b")


def _called_a_card(ctx: ScanContext, start: int, end: int) -> bool:
    for label in ctx.labels_before(start, 48):
        if label.kind == "card" and not _CARD_COMPOUND.search(ctx.window(label.end, label.end + 16)):
            return True
    return bool(_CARD_WORD.search(ctx.window(end, end + 24)))


class PaymentCardDetector:
    name = "payment_card"
    finding_type = "payment_card"
    triggers = (r"\d(?:(?:" + _SEPARATORS + r"|\r?\n){0,2}\d){12}",)

    def find(self, ctx: ScanContext) -> Iterable[Candidate]:
        for m in _RUN.finditer(ctx.text, 1):
            run = m.group(1)
            if run.isdigit():  # one block of digits, the usual paste: no grouping to try
                start, end = m.span(1)
                if 13 <= len(run) <= 19 and (_valid(run) or _valid(run, _called_a_card(ctx, start, end))):
                    if _card_label_allows(ctx, start, end) and not _said_to_be_a_test_number(ctx, start, end):
                        yield Candidate("payment_card", start, end, self.name)
                continue
            offset = m.start(1)
            # the groups of one run are a unit's candidates like any pattern's matches: the scan's bound holds (a
            # hostile 200 KB run of dates or phone numbers is one run of 60,000 groups)
            groups = first(ctx.text, [(g.start() + offset, g.end() + offset, g.group(0))
                                      for g in islice(_GROUP.finditer(run), MOST_MATCHES + 1)])
            # from each group, the longest run of groups that is a card; after a card the search goes on
            # after it, so a list of cards (one per line, or side by side) gives every one
            i = 0
            while i < len(groups):
                i, span = _card_from(ctx, groups, i)
                if span is not None:
                    yield Candidate("payment_card", span[0], span[1], self.name)


def _card_from(ctx: ScanContext, groups: list[tuple[int, int, str]], i: int) -> tuple[int, tuple[int, int] | None]:
    """The card that starts at group `i` (longest first) and the group to go on from."""
    for j in range(min(len(groups), i + 6), i, -1):
        digits = "".join(g[2] for g in groups[i:j])
        shape = tuple(len(g[2]) for g in groups[i:j])
        start, end = groups[i][0], groups[j - 1][1]
        if (len(shape) == 1 or shape in CARD_SHAPES or _split_over_lines(ctx.text, groups[i:j])
                or _halves_called_a_card(ctx, groups[i:j])) \
                and (_valid(digits) or _valid(digits, _called_a_card(ctx, start, end))):
            if _said_to_be_a_test_number(ctx, start, end):
                return j, None
            return j, ((start, end) if _card_label_allows(ctx, start, end) else None)
    return i + 1, None


# A card's own attributes after the number: its expiry ("exp 10/25", "expires 12/2027", "valid thru 03/28", "exp
# 0925" as the terminal prints it) or its security code ("CVC 902", "cvv: 4417"). Only a card has them, so they
# outweigh an order, account or deposit word before the number ("book order total $212 - charge it to 6011 ...
# exp 10/25": the order names the purchase, not the number).
_EXPIRY_AFTER = Pattern(r"(?i)^[ \t]*[,;(\-]?[ \t]*(?:(?:exp(?:iry|ires|iration|\.)?|valid[ \t]+(?:thru|through|until)"
                        r"|good[ \t]+(?:thru|through))[ \t]*(?:date)?[ \t]*[:\-]?[ \t]*"
                        r"(?:\d{1,2}[ \t]*/[ \t]*\d{2,4}|(?:0[1-9]|1[0-2])\d{2})"
                        r"|(?:cvc2?|cvv2?|cid|csc|security[ \t]+code)[ \t]*[:#\-]?[ \t]*\d{3,4})\b")

# A verb of paying between an order, ticket or account word and the number: the word names what was bought and
# the number what paid for it ("Order #4471 paid with 4539 ...", "for the uniform order: charge 6011 ...",
# "your order was charged to 4485 ...", "charging the tickets to this one: 5311 ...", "on file now as 3782 ...").
_PAID_WITH = Pattern(r"(?i)\b(?:paid|pay(?:ing)?|charg(?:e|ed|ing)|bill(?:ed|ing)?|put[ \t]+(?:it|them)[ \t]+on"
                     r"|on[ \t]+file|run[ \t]+(?:it|them)[ \t]+on)\b")

_PAID_TO = Pattern(r"(?i)^[^\n.!?\d]*\b(?:to|on|with|using)\b[^\n.!?\d]*$")


# What a card label is for, after it: "card # for the Flinn order, it wrapped ...:", "the card's on the back of the
# PO scan": an order or a PO inside the card's qualifier names the purchase, not the number
_CARD_QUALIFIER = Pattern(r"(?i)^(?:['\x{2019}]s|[ \t]+is|[ \t]*#)?[ \t]+(?:for|on|of|from|in)[ \t][^\n.!?\d:;]*$")
_QUALIFIER_REACH = 96


def _card_label_allows(ctx: ScanContext, start: int, end: int) -> bool:
    # a label another number stands between is used up by it ("for student 51643064 with 6011 ...": the student
    # label names the ID, not the card after it)
    label = ctx.governing_label(start, 32)
    if label not in _REJECTING:
        return True
    # "my card for the field trip tickets: 4179 ...": a card label outweighs a nearer one
    if any(near.kind == "card" for near in ctx.labels_before(start, 48)) \
            or _EXPIRY_AFTER.search(ctx.window(end, end + 32)) is not None:
        return True
    rejecting = ctx.labels_before(start, 32)
    if not rejecting or rejecting[-1].kind != label:
        return False
    if _in_a_card_qualifier(ctx, rejecting[-1].start):
        return True
    between = ctx.text[rejecting[-1].end:start]
    if _PAID_WITH.search(between) is not None:
        return True
    # the verb before the word, its object after it: "charging the banquet tickets to this one: 4556 ..."
    return _PAID_TO.search(between) is not None \
        and _PAID_WITH.search(ctx.window(max(0, rejecting[-1].start - 40), rejecting[-1].start)) is not None


def _in_a_card_qualifier(ctx: ScanContext, pos: int) -> bool:
    """Whether the label at `pos` sits in the qualifier of a card label before it ("card for the ... order")."""
    for label in reversed(ctx.labels_before(pos, _QUALIFIER_REACH)):
        if label.kind == "card":
            return _CARD_QUALIFIER.search(ctx.text[label.end:pos]) is not None
    return False


def _halves_called_a_card(ctx: ScanContext, groups: list[tuple[int, int, str]]) -> bool:
    """Two eight-digit halves on one line ("card 45865902 90079825, exp 02/28": a paste that lost its spaces)
    are one number only when the text calls it a card, by a card label right before or its expiry after: two
    student IDs side by side are no card."""
    if len(groups) != 2 or any(len(g[2]) != 8 for g in groups) or "\n" in ctx.text[groups[0][1]:groups[1][0]]:
        return False
    start, end = groups[0][0], groups[1][1]
    return any(label.kind == "card" for label in ctx.labels_before(start, 24)) \
        or _EXPIRY_AFTER.search(ctx.window(end, end + 32)) is not None


def _split_over_lines(text: str, groups: list[tuple[int, int, str]]) -> bool:
    """Two halves of one number on two lines (8+8, 7+9): a paste that dodges auto-linking. Only a line break
    joins them, so two IDs on one line ("61027734 61027801") never read as a card."""
    return len(groups) == 2 and "\n" in text[groups[0][1]:groups[1][0]] and min(len(g[2]) for g in groups) >= 4




DETECTORS = (PaymentCardDetector(),)

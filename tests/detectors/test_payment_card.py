"""Must-flag and must-not-flag tables for payment cards: Luhn-valid numbers in a card's grouping (one per line or side by side) are; last four digits, masked, Luhn-invalid and tracking numbers are not.

Rows are grouped here from every earlier review of the detectors, then new wording written for these tests; every
value is made up (numbers generated to pass or fail their checksums on purpose).
"""
from __future__ import annotations

import pytest

from policy.detectors.base import luhn_valid

# (text, expected): None, any finding of this type; a string, one of this type's findings; a list, exactly
# this type's findings (in any order)
MUST_FLAG = [
    ('visa 4666 1760 3137 2159 for the bus deposit', ['4666 1760 3137 2159']),
    ('card: 5279-9075-1163-7265 exp 02/29', ['5279-9075-1163-7265']),
    ('Amex 3744 024264 62889 on file', ['3744 024264 62889']),
    ('use 6011201462016849 for the Amazon order please', ['6011201462016849']),
    ('cc\n4414 3337\n7617 4093', ['4414 3337\n7617 4093']),
    # a phone word cannot name a 16-digit number; halves on two lines are one number
    ('mom read it to me over the phone: 4666 1760 3137 2159', ['4666 1760 3137 2159']),
    ("the card (split so Slack won't link it):\n46661760\n31372159", ['46661760\n31372159']),
    # a Luhn-valid number the text calls a card is a card, whatever its issuer range
    ('pay with my card, 5018 0000 0000 0009, for the lab kits', '5018 0000 0000 0009'),
    ('debit card 6304 0000 0000 0000 exp 09/29', '6304 0000 0000 0000'),
    ("6762 8888 8888 8883 is the PTA's debit card", '6762 8888 8888 8883'),
    # a list of cards, one per line or side by side: every one
    ("cards for the refund:\n4539 1488 0343 6467\n5425 2334 3010 9903\n6011 0009 9013 9424\n3782 822463 10005",
     ["4539 1488 0343 6467", "5425 2334 3010 9903", "6011 0009 9013 9424", "3782 822463 10005"]),
    ("charge 4539148803436467 5425233430109903 for the two trips", ["4539148803436467", "5425233430109903"]),
]

# no finding of this type
MUST_NOT_FLAG = [
    'P-card ending in 2159 was declined',
    'card number **** **** **** 2159 on the receipt',
    'Order 4192544992070741 shipped today',
    'visa 4192 5449 9207 0741 (that one fails the checksum)',
    'UPS tracking 1Z 9999 9999 9999 9999 9999 99',
    'tracking 9405 5036 9930 0120 4410 41',
    'student IDs 46661760 31372159 need new logins',
    # "card" naming a thing of its own, and numbers outside the networks that nobody calls a card
    'gift card order 5055 0866 7006 7208 shipped today',
    'card reader serial 5055 0866 7006 7208 goes back to the vendor',
    'tracking 6759 6498 2643 8453 for the envelopes',
    'card 5018 0000 0000 0008 was declined',  # fails Luhn
    "order numbers 4539148803436468 5425233430109904 shipped",
]

# every mark a card's groups are printed with: dots, slashes, underscores
SEPARATED = [
    ("charge the deposit to 4485.3650.9080.0452 exp 09/29", "4485.3650.9080.0452"),
    ("card 5311/0177/1534/2462 for the bus", "5311/0177/1534/2462"),
    ("`6011_8321_3982_1219` cvv on the back", "6011_8321_3982_1219"),
]
SEPARATED_LOOK_ALIKES = [
    "PO 4485.3650 and invoice 2026.01.14.0452",
    "server 10.20.30.40 and 10.20.30.41",
    "budget string 4024.1884.9107.1328 (fund.dept.prog.obj)",  # fails Luhn
]


@pytest.mark.parametrize("text,expected", SEPARATED)
def test_a_card_printed_with_any_separator_is_flagged(text, expected, assert_flagged):
    assert_flagged(text, "payment_card", expected)


@pytest.mark.parametrize("text", SEPARATED_LOOK_ALIKES)
def test_dotted_numbers_that_are_no_card_are_not_flagged(text, values_of):
    assert values_of(text, "payment_card") == []


@pytest.mark.parametrize("text,expected", MUST_FLAG)
def test_payment_card_disclosures_are_flagged(text, expected, assert_flagged):
    assert_flagged(text, "payment_card", expected)


@pytest.mark.parametrize("text", MUST_NOT_FLAG)
def test_payment_card_look_alikes_are_not_flagged(text, values_of):
    assert values_of(text, "payment_card") == []


def test_luhn_checksum():
    assert luhn_valid("4666176031372159") and not luhn_valid("4192544992070741")


@pytest.mark.parametrize("text,expected", [
    # a card's expiry after the number outweighs an order or deposit word before it
    ("field trip order total $48.00, put it on 4819093786579753 exp 04/27", ["4819093786579753"]),
    ("deposit for the bus: 3411\u00a0862527\u00a060181 expires 09/28", ["3411\u00a0862527\u00a060181"]),
])
def test_a_number_with_a_cards_expiry_is_a_card_whatever_word_comes_before(text, expected, assert_flagged):
    assert luhn_valid("4819093786579753") and luhn_valid("341186252760181")
    assert_flagged(text, "payment_card", expected)


def test_an_order_number_without_an_expiry_stays_an_order(values_of):
    assert values_of("order 4819093786579753 shipped", "payment_card") == []


def _with_check_digit(body: str) -> str:
    """`body` and the Luhn digit that makes it valid: card numbers generated here, never a real one."""
    for d in "0123456789":
        if luhn_valid(body + d):
            return body + d
    raise AssertionError(body)


# the national and debit networks of policy/data/card-networks.yaml, each a generated Luhn-valid number
OTHER_NETWORKS = {
    "dankort": _with_check_digit("501938274615203"),
    "maestro": _with_check_digit("675938120456781"),
    "maestro 5018": _with_check_digit("501872650193846"),
    "mir": _with_check_digit("220246183920571"),
    "unionpay": _with_check_digit("621483920175639"),
    "troy": _with_check_digit("979204618273645"),
    "verve": _with_check_digit("506123847261930"),
    "elo": _with_check_digit("509142837465091"),
}


@pytest.mark.parametrize("network", sorted(OTHER_NETWORKS))
def test_a_national_or_debit_network_card_is_flagged_without_a_card_word(network, values_of):
    number = OTHER_NETWORKS[network]
    assert values_of(f"pls charge {number} for the trip", "payment_card") == [number]


def test_a_network_named_on_the_card_outweighs_an_order_word(values_of):
    number = OTHER_NETWORKS["dankort"]
    grouped = " ".join(number[i:i + 4] for i in range(0, 16, 4))
    assert values_of(f"for the booster order use my Dankort {grouped}", "payment_card") == [grouped]


@pytest.mark.parametrize("text", [
    f"tracking {_with_check_digit('812345678901234')} arrives friday",  # RuPay's broad 81 prefix is left out
    f"Order {_with_check_digit('620000000000000')[:-1]}9 shipped",     # fails Luhn
])
def test_numbers_outside_every_listed_range_or_failing_luhn_are_no_card(text, values_of):
    assert values_of(text, "payment_card") == []


# a verb of paying between an order, ticket or account word and the number: the word names the purchase, the
# number what paid for it; the order word used up by its own number does not reach the card after it
PAID_FOR = [
    f"Order #20417 paid with {_with_check_digit('453918274650193')}, pls file the receipt",
    f"for the yearbook order: just charge {_with_check_digit('601183726450918')} and send me the total",
    f"the choir order was charged to {_with_check_digit('542093817265401')} by mistake, it's mine not the p-card",
    f"charging the band banquet tickets to this one: {_with_check_digit('455627381904562')}",
    f"tickets for the spring musical, put it on {_with_check_digit('601139482716503')} when the box office opens",
]
# a card's own code or a terminal-style expiry after the number, whatever word comes before
CARD_ATTRIBUTES = [
    f"ticket order for the gala, 2 seats: {_with_check_digit('37194826501938')} exp 1127",
    f"re: the supply order - {_with_check_digit('542093817265401')}, cvc 318",
]
PAID_FOR_LOOK_ALIKES = [
    f"paid the vendor from account {_with_check_digit('453918274650193')} last week",  # the account word is nearest
    f"Order {_with_check_digit('453918274650193')} was paid in full",                  # the order's own number
    f"ticket {_with_check_digit('542093817265401')} exp 13 days ago",                  # not an expiry
]


@pytest.mark.parametrize("text", PAID_FOR + CARD_ATTRIBUTES)
def test_a_number_that_paid_for_an_order_or_carries_a_cards_code_is_a_card(text, values_of):
    assert len(values_of(text, "payment_card")) == 1


@pytest.mark.parametrize("text", PAID_FOR_LOOK_ALIKES)
def test_an_order_or_account_word_still_names_its_own_number(text, values_of):
    assert values_of(text, "payment_card") == []


# A label another number stands between is used up by it: the student label names the ID, the card after it is a
# card; an order or PO word inside a card label's qualifier ("card for the ... order") names the purchase; halves
# of eight digits on one line are a card when the text calls them one (a card label before or its expiry after)
@pytest.mark.parametrize("text,expected", [
    ("refund for student 61827730 goes back on 4532 6912 9854 8434, the office swiped it twice", "4532 6912 9854 8434"),
    ("the library card # for the Scholastic order, it broke over two lines:\n5137 3236\n6214 5078",
     "5137 3236\n6214 5078"),
    ("the card's in the folder with the PO printout, copied as 6011100977682832", "6011100977682832"),
    ("visa 47161795 63392140 exp 04/28, the copy lost its spaces", "47161795 63392140"),
])
def test_a_card_after_a_used_up_or_qualifying_label_is_flagged(text, expected, assert_flagged):
    assert_flagged(text, "payment_card", expected)


@pytest.mark.parametrize("text", [
    "PO 4532691298548434 for the Scholastic order",
    "order for the field trip buses 5137323662145078 shipped",
    "student IDs 61827730 47161795 need new library cards",
])
def test_an_order_or_student_label_still_names_its_own_number(text, values_of):
    assert values_of(text, "payment_card") == []


# A number the text says is a vendor's test number (a QA list, a sandbox, "test decline") is nobody's card; a test of
# something else names no number
def test_a_card_number_said_to_be_a_test_number_is_not_flagged(values_of):
    assert values_of("Checkout QA: 4929 6663 7571 7491 (sandbox) should approve, the failing one is in the test "
                     "card list", "payment_card") == []


def test_a_test_of_something_else_does_not_hide_a_card(assert_flagged):
    assert_flagged("the practice test fee went on my card 4929 6663 7571 7491, please refund it", "payment_card",
                   "4929 6663 7571 7491")

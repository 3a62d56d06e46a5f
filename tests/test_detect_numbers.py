"""Must-flag / must-not-flag tables for the number detectors (SSN, student ID, card, bank, phone).

Every string here is written for these tests (no data-set items). Numbers were generated to pass or fail
the relevant checksum on purpose.
"""
from __future__ import annotations

import pytest

from policy.detectors.base import aba_valid, luhn_valid
from policy.detectors.ssn import ssn_shape_valid
from policy.scanner import scan


def types_in(text: str) -> set[str]:
    return {f.type for f in scan(text)}


def flagged_values(text: str, ftype: str) -> list[str]:
    return [text[f.start:f.end] for f in scan(text) if f.type == ftype]


SSN_FLAG = [
    ("new aide's SSN is 287-65-4301, please add to the file", "287-65-4301"),
    ("social security no. 401 22 7789 for the W-4", "401 22 7789"),
    ("ssn:  533902214", "533902214"),
    ("SS# 145-60-3382", "145-60-3382"),
    ("her social is 671-48-2290 I think", "671-48-2290"),
    ("Volunteer form - 224-81-9035 - need it back by Fri", "224-81-9035"),
    ("SSN-287-65-4301 for the file", "287-65-4301"),
    ("Her SSN is 4 1 2 - 6 3 - 8 8 1 0", "4 1 2 - 6 3 - 8 8 1 0"),
    ("ssn: two eight seven, six five, four three zero one", "two eight seven, six five, four three zero one"),
    ("SSN 28765\n4301 (split on purpose)", "28765\n4301"),
]
SSN_PASS = [
    "Enter the SSN as XXX-XX-XXXX on the form",
    "The example number 123-45-6789 is fine for the demo",
    "ssn field: 000-00-0000 is the placeholder",
    "SSN 666-12-3456 came back invalid from the portal",
    "social 912-44-5678 is an ITIN range, not an SSN",
    "routing 083695801 for the PTA deposit, no SSN needed",
    "PO 401227789 was approved",
    "Invoice 287654301 needs a signature",
    "Ticket 533-90-2214 is closed",
    "Our SSN policy: never post one here",
]


@pytest.mark.parametrize("text,value", SSN_FLAG)
def test_social_security_numbers_are_flagged(text, value):
    assert flagged_values(text, "ssn") == [value]


@pytest.mark.parametrize("text", SSN_PASS)
def test_placeholders_samples_and_other_nine_digit_numbers_are_not_ssns(text):
    assert "ssn" not in types_in(text)


def test_ssn_rules_reject_never_issued_areas_groups_and_serials():
    assert ssn_shape_valid("287654301")
    for bad in ("000123456", "666123456", "912345678", "287004301", "287650000", "123456789"):
        assert not ssn_shape_valid(bad)


STUDENT_ID_FLAG = [
    ("student ID 61027734 cannot log in to the reading app", "61027734"),
    ("stu# 70281946 moves to room 210", "70281946"),
    ("ID# 55019283 still owes a library book", "55019283"),
    ("Priya Shah 63820015 needs a new bus pass", "63820015"),
    ("the student number is 48271190, can you reset it?", "48271190"),
    ("SID 61027734 is locked out", "61027734"),
    ("Student 50318842 was sent home with a fever", "50318842"),
    ("student_id: 61234578", "61234578"),
    ("Ángel Núñez 63820015 needs a new bus pass", "63820015"),
    ("Marcus Oyelaran (ID 50912284) was moved to 4th period", "50912284"),
    # no "ID" at all: a bare "stu", or a sentence about a class list or a child
    ("stu 62039917 lost her lunch card", "62039917"),
    ("please add 71840263 to my 6th period section, he just enrolled", "71840263"),
    ("is 58302716 on anyone's homeroom list? kid says he's ours", "58302716"),
    ("new kid 49016638 starts tomorrow", "49016638"),
]
STUDENT_ID_PASS = [
    "Work order 61027734 for the leaking sink",
    "PO #70281946 covers the headphones",
    "asset tag 55019283 is missing its charger",
    "vendor number 63820015 on the invoice",
    "tracking number 48271190 shows delivered",
    "Use 00000000 as the student ID in the training site",
    "our school ID is 609912 and employee ID 123456",
    "The count today was 12345678 steps across the school",
    "Our district ID for the grant is 12345678",
    # class-list words near a number that is a document place, an amount, a meeting or a reference
    "Section 71840263 of the grant pays for homeroom laptops",
    "my 3rd period class read 10000000 words this year",
    "Zoom meeting ID 71840263 for the 2nd period parent night",
    "Invoice 58302716 covers the kid-sized chairs for homeroom",
    "Our enrollment total is 58302716? that can't be right",
    "Chromebook 58302716 goes back to homeroom 112",
    "kid 12345678 is the sample record in the training site",
]


@pytest.mark.parametrize("text,value", STUDENT_ID_FLAG)
def test_eight_digit_numbers_tied_to_a_student_are_student_ids(text, value):
    assert flagged_values(text, "student_id") == [value]


@pytest.mark.parametrize("text", STUDENT_ID_PASS)
def test_reference_numbers_and_placeholders_are_not_student_ids(text):
    assert "student_id" not in types_in(text)


CARD_FLAG = [
    ("visa 4666 1760 3137 2159 for the bus deposit", "4666 1760 3137 2159"),
    ("card: 5279-9075-1163-7265 exp 02/29", "5279-9075-1163-7265"),
    ("Amex 3744 024264 62889 on file", "3744 024264 62889"),
    ("use 6011201462016849 for the Amazon order please", "6011201462016849"),
    ("cc\n4414 3337\n7617 4093", "4414 3337\n7617 4093"),
    # a phone word cannot name a 16-digit number; halves on two lines are one number
    ("mom read it to me over the phone: 4666 1760 3137 2159", "4666 1760 3137 2159"),
    ("the card (split so Slack won't link it):\n46661760\n31372159", "46661760\n31372159"),
]
CARD_PASS = [
    "P-card ending in 2159 was declined",
    "card number **** **** **** 2159 on the receipt",
    "Order 4192544992070741 shipped today",
    "visa 4192 5449 9207 0741 (that one fails the checksum)",
    "UPS tracking 1Z 9999 9999 9999 9999 9999 99",
    "tracking 9405 5036 9930 0120 4410 41",
    "student IDs 46661760 31372159 need new logins",
]


@pytest.mark.parametrize("text,value", CARD_FLAG)
def test_luhn_valid_card_numbers_are_flagged(text, value):
    assert flagged_values(text, "payment_card") == [value]


@pytest.mark.parametrize("text", CARD_PASS)
def test_last_four_masked_luhn_invalid_and_tracking_numbers_are_not_cards(text):
    assert "payment_card" not in types_in(text)


def test_luhn_and_aba_checksums():
    assert luhn_valid("4666176031372159") and not luhn_valid("4192544992070741")
    assert aba_valid("083695801") and not aba_valid("083695802") and not aba_valid("993695801")


BANK_FLAG = [
    ("direct deposit: routing 083695801 account 1029384756", {"083695801", "1029384756"}),
    ("ABA 079328247, checking acct 550012998", {"079328247", "550012998"}),
    ("wire the refund to routing # 058258464", {"058258464"}),
    ("my savings account number is 88120045531 at the credit union", {"88120045531"}),
    ("acct # 0012345678 rtg 083695801", {"0012345678", "083695801"}),
    ("bank: Chase, routing 021000021, acct 4400 1234 5678", {"021000021", "4400 1234 5678"}),
    ("Please deposit to account #44120098 routing #071000013", {"44120098", "071000013"}),
]
BANK_PASS = [
    "Budget string: unit 14020, fund 115, account 55110",
    "account code 512000 for classroom supplies",
    "routing 083695802 (that number fails the checksum)",
    "Our vendor account 10293847 with the bus company is active",
]


@pytest.mark.parametrize("text,values", BANK_FLAG)
def test_bank_accounts_and_valid_routing_numbers_are_flagged(text, values):
    assert set(flagged_values(text, "bank_account")) == values


@pytest.mark.parametrize("text", BANK_PASS)
def test_budget_strings_and_invalid_routing_numbers_are_not_bank_accounts(text):
    assert "bank_account" not in types_in(text)


PHONE_FLAG = [
    ("call my cell 312-555-0177 if the bus is late", "312-555-0177"),
    ("Grandma's number: (708) 555-0123", "(708) 555-0123"),
    ("text me at 773.555.0145", "773.555.0145"),
    ("her mom is at +1 872 555 0190 after 6", "+1 872 555 0190"),
    ("dad: 2245550118", "2245550118"),
    ("+1 (312) 555-0144 is her cell", "+1 (312) 555-0144"),
    ("The office has her cell: 773-555-0145", "773-555-0145"),
    ("Abuela en Mexico: +52 55 1234 5678", "+52 55 1234 5678"),
    # a label is used up by the number after it: the ID label does not make the mom's cell an ID
    ("student ID 61027734, mom 872-555-0155", "872-555-0155"),
    ("acct 7723014458, text me at 773-555-0191 when it clears", "773-555-0191"),
    # read out in comma groups
    ("her dad: three one two, five five five, zero one six six", "three one two, five five five, zero one six six"),
]
PHONE_PASS = [
    "Call the ITS Service Desk at 773-553-3925 for help",
    "main office 312-555-0100, attendance line 312-555-0101",
    "fax it to 773-555-0199",
    "In an emergency dial 911",
    "we have 555 students this year",
    "room 214, ext. 4410",
    "account 7723014458 at the credit union",
    "call 1-800-555-0199 for the textbook vendor",
    "The office says call 773-555-0100 for late buses",
    "Call 311 for the pothole, or 773-555-0100 for the office",
    "we need three, maybe four, chaperones and two, one or zero drivers",
]


@pytest.mark.parametrize("text,value", PHONE_FLAG)
def test_personal_phone_numbers_are_flagged(text, value):
    assert flagged_values(text, "personal_phone") == [value]


@pytest.mark.parametrize("text", PHONE_PASS)
def test_office_lines_the_service_desk_and_short_numbers_are_not_personal_phones(text):
    assert "personal_phone" not in types_in(text)


def test_configured_office_numbers_come_from_the_policy_file(tmp_path):
    from dataclasses import replace

    from policy.document import load_policy
    from policy.scanner import DEFAULT_POLICY

    policy = load_policy(DEFAULT_POLICY)
    custom = replace(policy, district=replace(policy.district, office_numbers=("312-555-0177",)))
    assert scan("call 312-555-0177 tomorrow", custom) == []
    assert [f.type for f in scan("call 312-555-0177 tomorrow", policy)] == ["personal_phone"]

"""Must-flag and must-not-flag tables for social security numbers: a dashed, spaced, dotted, spelled or split 3-2-4 number presented as an SSN is one; masked, sample and never-issued numbers, and nine-digit PO, invoice or routing numbers are not.

Rows are grouped here from every earlier review of the detectors, then new wording written for these tests; every
value is made up (numbers generated to pass or fail their checksums on purpose).
"""
from __future__ import annotations

import pytest

from policy.detectors.ssn import ssn_shape_valid

# (text, expected): None, any finding of this type; a string, one of this type's findings; a list, exactly
# this type's findings (in any order)
MUST_FLAG = [
    ("new aide's SSN is 287-65-4301, please add to the file", ['287-65-4301']),
    ('social security no. 401 22 7789 for the W-4', ['401 22 7789']),
    ('ssn:  533902214', ['533902214']),
    ('SS# 145-60-3382', ['145-60-3382']),
    ('her social is 671-48-2290 I think', ['671-48-2290']),
    ('Volunteer form - 224-81-9035 - need it back by Fri', ['224-81-9035']),
    ('SSN-287-65-4301 for the file', ['287-65-4301']),
    ('Her SSN is 4 1 2 - 6 3 - 8 8 1 0', ['4 1 2 - 6 3 - 8 8 1 0']),
    ('ssn: two eight seven, six five, four three zero one', ['two eight seven, six five, four three zero one']),
    ('SSN 28765\n4301 (split on purpose)', ['28765\n4301']),
    ('SSNs for the two subs:\nHale 287408816\nKamau 401559023', '401559023'),
    ('ssn 401.62.7719 per the I-9', '401.62.7719'),
    # every value of a list: separated by spaces, tabs, pipes or new lines
    ("SSNs: 536-22-8741 536-22-8742 536-22-8743", ["536-22-8741", "536-22-8742", "536-22-8743"]),
    ("new hires ssn\t418-27-6630\t418-27-6631", ["418-27-6630", "418-27-6631"]),
    ("SSN 402-19-7734 | 402-19-7735", ["402-19-7734", "402-19-7735"]),
    ("social security numbers for the aides:\n305-44-1289\n305-44-1290", ["305-44-1289", "305-44-1290"]),
    # a table column headed SSN
    ("name,ssn,start\nPia Lund,612-30-4471,1/6\nOmar Haddad,612-30-4472,1/6", ["612-30-4471", "612-30-4472"]),
    # an SSN label nearby outweighs a department word nearer the numbers
    ("SS#s for payroll: 412-77-5530, 412-77-5531", ["412-77-5530", "412-77-5531"]),
    ("SSN 536-22-\n8741 for the file", ["536-22-\n8741"]),
    # a number that ends the message with a full stop
    ("SSN for the new bus aide: 318-52-7740.", ['318-52-7740']),
    # the label, what the number is for, then "is" or ":" giving it
    ("the social for the new sub's W-4 is 372 40 1186", ['372 40 1186']),
    ("need the social for student 40871236 for the state upload: 266-31-4807", ['266-31-4807']),
]

# no finding of this type
MUST_NOT_FLAG = [
    'Enter the SSN as XXX-XX-XXXX on the form',
    'The example number 123-45-6789 is fine for the demo',
    'ssn field: 000-00-0000 is the placeholder',
    'SSN 666-12-3456 came back invalid from the portal',
    'social 912-44-5678 is an ITIN range, not an SSN',
    'routing 083695801 for the PTA deposit, no SSN needed',
    'PO 401227789 was approved',
    'Invoice 287654301 needs a signature',
    'Ticket 533-90-2214 is closed',
    'Our SSN policy: never post one here',
    'SSNs go to HR in a sealed envelope.\nHR extension 4412, room 108',
    'server 287.65.4301 is the old print queue',
    'SSN help: IP 10.287.65.4301 is not a thing, ask the desk',
    "ssn column: XXX-XX-XXXX XXX-XX-XXXX (left blank on purpose)",
    "PO numbers 536228741 536228742 for the books",
    "the social worker for the family at the shelter: 412 55 9083 is her case number",
]


@pytest.mark.parametrize("text,expected", MUST_FLAG)
def test_ssn_disclosures_are_flagged(text, expected, assert_flagged):
    assert_flagged(text, "ssn", expected)


@pytest.mark.parametrize("text", MUST_NOT_FLAG)
def test_ssn_look_alikes_are_not_flagged(text, values_of):
    assert values_of(text, "ssn") == []


def test_ssn_rules_reject_never_issued_areas_groups_and_serials():
    assert ssn_shape_valid("287654301")
    for bad in ("000123456", "666123456", "912345678", "287004301", "287650000", "123456789"):
        assert not ssn_shape_valid(bad)


# -- the forms people type: "soc", dotted "soc. sec.", spaced dashes, the label after the number ------------------

@pytest.mark.parametrize("text,expected", [
    ("dad's soc is 508 14 6627", "508 14 6627"),
    ("Soc. Sec. 508146627 for the stipend", "508146627"),
    ("social security: 508 - 14 - 6627", "508 - 14 - 6627"),
    ("508146627 (SSN) for the sub packet", "508146627"),
    ("508 14 6627 is her social", "508 14 6627"),
])
def test_an_ssn_in_the_forms_people_type_is_flagged(text, expected, assert_flagged):
    assert_flagged(text, "ssn", expected)


@pytest.mark.parametrize("text", [
    "contract 508-14-6627-B is renewed",  # a further segment: a longer code
    "Contract 508-14-6627 for the buses",
    "soc 101 section 508146627",  # a course, and a section number
    "PO 508146627 (ssn field left blank)",  # a reference label before the number names it
])
def test_codes_and_references_shaped_like_an_ssn_are_not_flagged(text, values_of):
    assert values_of(text, "ssn") == []


@pytest.mark.parametrize("text,expected", [
    ("SSN508 14 6627 for the W-2 fix", "508 14 6627"),
    ("ss#508146627 on the I-9", "508146627"),
    ("ssn508-14-6627", "508-14-6627"),
])
def test_an_ssn_label_glued_to_its_digits_is_flagged(text, expected, assert_flagged):
    assert_flagged(text, "ssn", expected)


@pytest.mark.parametrize("text", ["CLASSN508 14 6627", "class508 14 6627 roster"])
def test_letters_ending_like_a_label_inside_another_word_say_nothing(text, values_of):
    assert values_of(text, "ssn") == []


@pytest.mark.parametrize("text", [
    "SSN for the umpire's tax form (sent by text):\n468 22 7391",
    "Social security numbers from the ref crew:\n468-22-7391\n512 40 8817",
])
def test_a_header_names_its_kind_first_and_a_purpose_label_after_for_or_from_does_not_unlabel_the_rows(text, types_in):
    assert "ssn" in types_in(text)


# A phone or office word rejects a dashed 3-2-4 number only when it labels it: with words between, the phone is the
# device the number was typed on or a call, the office the one asking for it; no line's number has that shape
@pytest.mark.parametrize("text,expected", [
    ("sorry, copying it from my phone screen, it's 531-48-2267", "531-48-2267"),
    ("the benefits office wants it again: 531-48-2290", "531-48-2290"),
])
def test_a_phone_or_office_word_that_does_not_label_a_dashed_3_2_4_number_does_not_unmake_it(
        text, expected, assert_flagged):
    assert_flagged(text, "ssn", expected)


@pytest.mark.parametrize("text", [
    "phone: 531-48-2267",
    "front office # 531-48-2290",
])
def test_a_phone_or_office_label_right_before_a_dashed_number_still_says_it_is_no_ssn(text, values_of):
    assert values_of(text, "ssn") == []


# An SSN named earlier in the message names the 3-2-4 number given later, whatever nearer word the sentence giving it
# uses ("card", "ID", "form"), as long as no other number came between; a spaced 3-2-4 number needs the same
@pytest.mark.parametrize("text,expected", [
    ("The sub's SSN bounced in Oracle again. Going by the card it's 318-40-2275, can you retry?", "318-40-2275"),
    ("Dad's SSN on the aid form was mistyped. The right ID should be 529-61-0843 per his letter", "529-61-0843"),
    ("payroll wants my SSN for the summer stipend and the portal keeps timing out. 318 40 2276 - delete after",
     "318 40 2276"),
    ("the social for the new parking tag: 529 61 0844", "529 61 0844"),
    ("Social Security No.318402277 for the volunteer packet", "318402277"),
    ('{"name": "Tova Brandt", "employee_ssn": "529-61-0845", "dept": 12}', "529-61-0845"),
    # the first number uses the label up: the spaced one after it is another number
    ("SSN 318-40-2278 is on file. Call the desk at 312 55 0142 if it changed", ["318-40-2278"]),
])
def test_an_ssn_named_earlier_or_in_a_key_labels_the_number_given_later(text, expected, assert_flagged):
    assert_flagged(text, "ssn", expected)


@pytest.mark.parametrize("text", [
    # a rejecting label that names the number outright
    "Her SSN was fine. PO 318 40 2279 is the one that bounced",
    "SSN policy reminder. Invoice 529 61 0846 is still open",
    # a social worker is no SSN label
    "the social worker's case is 529 61 0847 in the county system",
    "is_social_worker: 529618048",
])
def test_an_earlier_ssn_label_does_not_name_numbers_another_label_or_number_owns(text, values_of):
    assert values_of(text, "ssn") == []


# Letters glued to a 3-2-4 number by a hyphen are a document's prefix, unless they are the SSN's label
# (issue 11, scanrec24)
@pytest.mark.parametrize("text", [
    "the bus quote Q-482-31-7765 replaces the one from March",
    "vendor case CS-512-44-9081 is closed",
])
def test_a_documents_prefixed_number_is_no_ssn(text, values_of):
    assert values_of(text, "ssn") == []


def test_the_ssns_own_label_glued_by_a_hyphen_still_gives_it(assert_flagged):
    assert_flagged("payroll keyed SS-482-31-7765 for the new sub", "ssn", "482-31-7765")

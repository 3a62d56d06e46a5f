"""Must-flag / must-not-flag rows for the third generalisation round: abbreviation periods inside a sentence
("d.o.b. 7/1/2012, uses an inhaler"), a bare "b." for born after a whole name, Luhn-valid numbers the text
calls a card outside the big networks' ranges (Maestro, store and regional issuers), place names that look
like person names ("the Harbor Light shelter"), dates of birth read out as numbers, and booking lines.

Every string is written for these tests (no data-set items); all values are made up.
"""
from __future__ import annotations

import pytest

from policy.scanner import scan


def flagged_values(text: str, ftype: str) -> list[str]:
    return [text[f.start:f.end] for f in scan(text) if f.type == ftype]


FLAG = [
    # an abbreviation's period does not end the sentence: the name and the record term stay together
    ("student_record", "Sign-out sheet: Tomas Greer, d.o.b. 4/22/2012, takes Ritalin at noon", None),
    ("student_record", "Wren Abbott, dob. 9/9/2013, has a seizure plan with the nurse", None),
    ("student_record", "Iris Mendel approx. three weeks behind after the concussion", None),
    # "b." for born straight after a whole name, in any date format
    ("date_of_birth", "Soren Hale b. 02/11/2013 joins room 12 Monday", "02/11/2013"),
    ("date_of_birth", "Quinn Adair b. June 3, 2012 (from Evanston)", "June 3, 2012"),
    ("date_of_birth", "Delacroix, Remy b. 2012-10-05", "2012-10-05"),
    # a Luhn-valid number the text calls a card is a card, whatever its issuer range
    ("payment_card", "pay with my card, 5018 0000 0000 0009, for the lab kits", "5018 0000 0000 0009"),
    ("payment_card", "debit card 6304 0000 0000 0000 exp 09/29", "6304 0000 0000 0000"),
    ("payment_card", "6762 8888 8888 8883 is the PTA's debit card", "6762 8888 8888 8883"),
    # a date of birth read out as numbers
    ("date_of_birth", "DOB: eight twenty-one two thousand eleven", "eight twenty-one two thousand eleven"),
    ("date_of_birth", "born five nine twenty thirteen", None),
    ("date_of_birth", "date of birth 11 4 2012, for the bus form", "11 4 2012"),
    # a booking line is still someone's own when the text says so
    ("personal_phone", "text me at 312-555-0163 to schedule the pickup", "312-555-0163"),
    ("personal_phone", "her dad, 773-555-0172, wants to reserve the room for a talk", "773-555-0172"),
]

PASS = [
    # a lower-case word after a full stop is still a new sentence in chat unless the word was an abbreviation
    ("student_record", "Cora Diaz read the poem aloud. anxiety about public speaking is common, see the guide"),
    ("date_of_birth", "Option a. 4/1/2024 or option b. 4/8/2024 for the PD day"),
    ("date_of_birth", "Appendix b. 3/3/2021 has the budget"),
    ("date_of_birth", "Section B. 5/6/2019 of the handbook changed"),
    ("date_of_birth", "Isaac Newton b. 1/4/1643 for the science timeline"),
    # "card" naming a thing of its own, and numbers outside the networks that nobody calls a card
    ("payment_card", "gift card order 5055 0866 7006 7208 shipped today"),
    ("payment_card", "card reader serial 5055 0866 7006 7208 goes back to the vendor"),
    ("payment_card", "tracking 6759 6498 2643 8453 for the envelopes"),
    ("payment_card", "card 5018 0000 0000 0008 was declined"),  # fails Luhn
    # a capitalised pair before a place noun is the place's name, not a student's
    ("student_record", "the Harbor Light shelter on Ogden serves families, donations welcome"),
    ("student_record", "Maple Grove clinic offers free asthma checks Saturday"),
    ("student_record", "Holy Name church runs a grief counseling group"),
    # a number read out beside a year that no birth label names
    ("date_of_birth", "we need three twelve 2024 calendars"),
    ("date_of_birth", "meeting nine twelve twenty twenty-six in room 204"),
    # a booking line is a place's, not a person's
    ("personal_phone", "call 312-555-0142 to reserve the gym for Saturday"),
    ("personal_phone", "872-555-0123 for reservations at the banquet hall"),
    ("personal_phone", "773-555-0122 is the number to book the auditorium"),
]


@pytest.mark.parametrize("ftype,text,value", FLAG)
def test_third_round_forms_are_flagged(ftype, text, value):
    found = flagged_values(text, ftype)
    assert found, f"{ftype} not found in {text!r}"
    if value is not None:
        assert value in found


@pytest.mark.parametrize("ftype,text", PASS)
def test_third_round_look_alikes_are_not_flagged(ftype, text):
    assert flagged_values(text, ftype) == []


def test_a_shelter_address_is_a_home_but_the_shelter_name_is_no_student():
    text = "the family moved into the Harbor Light shelter, 2210 W Ogden Ave, mail goes there"
    types = {f.type for f in scan(text)}
    assert types == {"home_address"}

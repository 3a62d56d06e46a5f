"""Must-flag / must-not-flag rows for the fourth generalisation round (rounds of fresh probes by area:
parent-contact notes, school-operations look-alikes, IEP/504/nurse/counselling wording, help-desk chat and
config pastes, chat formatting and quoted replies): 555 numbers outside the fictional block, "open house" as
an event, a reference word inside a clause ("if the route changes:"), role nouns said of a colleague ("is the
new counselor"), a code or login asked for in a question and answered on the next line, more role mailboxes, a
student ID split in halves after a student label, spaces around "@" in an e-mail address, birth-date ranges
("born between ... and ...") and departments' lines ("call HR at ...").

Every string is written for these tests (no data-set items); all values are made up.
"""
from __future__ import annotations

import pytest

from policy.scanner import scan


def flagged_values(text: str, ftype: str) -> list[str]:
    return [text[f.start:f.end] for f in scan(text) if f.type == ftype]


FLAG = [
    # a 555 number outside the fictional 0100-0199 block is still what the colleague wrote down
    ("personal_phone", "contact log: reached grandma on her cell 312-555-7781 after school", "312-555-7781"),
    ("personal_phone", "stepdad's best # is 773 555 6620, texts only", "773 555 6620"),
    ("personal_phone", "aunt's number for pickup: (708) 555-2294", "(708) 555-2294"),
    # a reference word inside a clause is not the number's label when a personal phone label came first
    ("personal_phone", "text her cell if the route changes: 773-294-8811", "773-294-8811"),
    ("personal_phone", "call my cell if the bus is late 773-294-8811", "773-294-8811"),
    # role nouns are records when they are the student's ("sees", "her therapist", "referred to")
    ("student_record", "Devon Price sees the counselor weekly", None),
    ("student_record", "Ana Ruiz was referred to our school social worker", None),
    ("student_record", "Ana Ruiz's therapist called the office", None),
    # a question that ends with the label, answered on the next line
    ("credential", "> what's the alarm code?\n4417, disarm within 30 sec", "4417"),
    ("credential", "what is the staff wifi password?\nGuest-Net-2026!", "Guest-Net-2026!"),
    ("credential", "> door code?\n> 8812#", "8812#"),
    ("credential", "what is the alarm code for the annex?\n4417", "4417"),
    ("credential", "> what's the login for the sub laptop?\nsub214 / Maple!Leaf9", "sub214 / Maple!Leaf9"),
    # an ID split in halves right after a student label
    ("student_id", "*Student ID*: 3052 7719", "3052 7719"),
    ("student_id", "stu # 3052-7719 for the bus list", "3052-7719"),
    # spaces around "@" before a common top-level domain
    ("personal_email", "Her personal email: *dana.whitfield* @ *gmail.com*", None),
    ("personal_email", "mom: rosa.d @ yahoo.com", "rosa.d @ yahoo.com"),
    ("student_id", "Lunch ID for Kevin Osei → 5091 8273", "5091 8273"),
    ("student_id", "student ID 1204 0815", "1204 0815"),
    ("date_of_birth", "Hana Sato was born before her brother, on 11/19/2013", "11/19/2013"),
    # a person's own date and line next to the new range and department rules
    ("date_of_birth", "Leo Park, born Oct 3 2020, mom says he's shy", "Oct 3 2020"),
    ("personal_phone", "Dana from HR, her cell is 773-294-8811", "773-294-8811"),
    ("personal_phone", "reply within 24 hr, my cell 773-294-8811", "773-294-8811"),
]

PASS = [
    # directory assistance is a service, not a person
    ("personal_phone", "dial 312-555-1212 for directory assistance"),
    # "open house" is an event held at a school
    ("home_address", "Open house flyer: 9 AM Saturday, 2250 N Clybourn Ave (the school gym entrance)"),
    ("home_address", "the open house is at 4410 W Addison St this year"),
    # without a personal cue before it, a reference word still says whose number it is
    ("personal_phone", "Vendor line for Apex Copier service: 312-294-0142"),
    ("personal_phone", "Bus route changes: call 773-294-8811 (transportation)"),
    # a role noun said of a colleague
    ("student_record", "Devon Price is the new counselor for grades 9-10, welcome him!"),
    ("student_record", "Our new therapist is Ana Ruiz"),
    ("student_record", "Welcome Ana Ruiz, who joins us as our social worker"),
    # a question answered with no value
    ("credential", "what is the wifi password?\nI dont know"),
    ("credential", "whats the alarm code?\nroom 204 has it"),
    ("credential", "does anyone know the copier code?\n2 of us need it"),
    ("credential", "Who has the login for Aspen?\nMs. Reyes / Room 204"),
    ("credential", "password reset again?\n3 times this week"),
    # four and four digits are an ID only right after a student label that names a number
    ("student_id", "students 0800 0900 in the gym"),
    ("student_id", "students: 1200-1300 lunch"),
    ("student_id", "student ID 2026-2027 cards are ready"),
    ("student_id", "Student ID 3052 7719 2211"),
    ("student_id", "meeting 0800 0900, student ID cards in the office"),
    ("student_id", "Student ID badges: 0900-1000 in the library"),
    ("student_id", "student ID photos 0815-0945"),
    # "@" between words that are no address
    ("personal_email", "ask @ the front desk, meet @ 3pm"),
    # a range or a cut-off of birth dates is an eligibility rule
    ("date_of_birth", "Registration opens 2/1 for children born between 9/2/2020 and 9/1/2021"),
    ("date_of_birth", "born on or after 9/2/2020 may register for kindergarten"),
    # a department's line
    ("personal_phone", "Background checks take two weeks; call HR at 773-553-1000"),
    ("personal_phone", "Transportation: 773-553-2800"),
    # role mailboxes in a config paste
    ("personal_email", "smtp:\n  user: alerts@schoolmail.org\n  password: \"Bl0ck-Party-77\""),
    ("personal_email", "scans go to scanner@lincolnmail.org and backups to backups@lincolnmail.org"),
]


@pytest.mark.parametrize("ftype,text,value", FLAG)
def test_fourth_round_forms_are_flagged(ftype, text, value):
    found = flagged_values(text, ftype)
    assert found, f"{ftype} not found in {text!r}"
    if value is not None:
        assert value in found


@pytest.mark.parametrize("ftype,text", PASS)
def test_fourth_round_look_alikes_are_not_flagged(ftype, text):
    assert flagged_values(text, ftype) == []

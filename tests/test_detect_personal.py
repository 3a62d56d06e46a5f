"""Must-flag / must-not-flag tables for dates of birth, e-mail addresses, home addresses and student
records. Names, addresses and numbers are invented for these tests."""
from __future__ import annotations

import pytest

from policy.scanner import scan


def values(text: str, ftype: str) -> list[str]:
    return [text[f.start:f.end] for f in scan(text) if f.type == ftype]


def types_in(text: str) -> set[str]:
    return {f.type for f in scan(text)}


DOB_FLAG = [
    ("Kai Ortiz, DOB 7/4/2014, transferring in", "7/4/2014"),
    ("date of birth: 2013-11-02", "2013-11-02"),
    ("she was born March 3rd, 2012 in Peoria", "March 3rd, 2012"),
    ("birthdate 03.15.2011 per the enrollment packet", "03.15.2011"),
    ("born on the twenty-first of May, two thousand twelve", "twenty-first of May, two thousand twelve"),
    ("b-day 12 Jan 2015 for the insurance form", "12 Jan 2015"),
    ("date of birth 2012/04/17", "2012/04/17"),
    ("DOB April 17th 2012", "April 17th 2012"),
    ("Sami was born at Mercy Hospital on 3/4/2015", "3/4/2015"),
]
DOB_PASS = [
    "Field trip is 5/14/2026, forms due 5/1",
    "Template: DOB MM/DD/YYYY",
    "Happy birthday Ms. Ruiz! Cake in the lounge at 3",
    "Our unit on Rosa Parks: she was born February 4, 1913 - timeline project due Friday",
    "Board meeting 2025-10-14 at 6pm",
    "born in 2012 (that's all the form asks)",
    # a birth date older than any living colleague, parent or student, or a celebrity's in trivia
    "Library display: Louisa May Alcott was born November 29, 1832",
    "music trivia: Stevie Wonder was born May 13, 1950",
]


@pytest.mark.parametrize("text,value", DOB_FLAG)
def test_dates_of_birth_in_any_format_are_flagged(text, value):
    assert values(text, "date_of_birth") == [value]


@pytest.mark.parametrize("text", DOB_PASS)
def test_event_dates_placeholders_and_history_lessons_are_not_dates_of_birth(text):
    assert "date_of_birth" not in types_in(text)


EMAIL_FLAG = [
    ("send it to my personal one, coachmarv.22@gmail.com", "coachmarv.22@gmail.com"),
    ("Dad prefers t.nguyen.family@outlook.com", "t.nguyen.family@outlook.com"),
    ("parent email: kim_r1984 (at) yahoo (dot) com", "kim_r1984 (at) yahoo (dot) com"),
    ("<mailto:lbaker77@icloud.com|lbaker77@icloud.com> is her home address", "lbaker77@icloud.com"),
]
EMAIL_PASS = [
    "email me at mgarcia3@cps.edu",
    "the district box is enroll@cps.edu",
    "vendor support: help@readingpals.com",
    "orders@booksforschools.org confirmed the shipment",
    "RSVP to events@ourpta.org",
    "no-reply@notifications.example.com sent it",
    "email the office at harmon-office@gmail.com",
    "RSVP to lincoln.pta@gmail.com by Friday",
]


@pytest.mark.parametrize("text,value", EMAIL_FLAG)
def test_personal_email_addresses_are_flagged(text, value):
    assert values(text, "personal_email") == [value]


@pytest.mark.parametrize("text", EMAIL_PASS)
def test_district_role_and_vendor_mailboxes_are_not_personal(text):
    assert "personal_email" not in types_in(text)


ADDRESS_FLAG = [
    ("the Okafor family lives at 4521 S Wabash Ave", "4521 S Wabash Ave"),
    ("her new address is 1187 N Milwaukee Avenue, Apt 3F", "1187 N Milwaukee Avenue, Apt 3F"),
    ("mail my W-2 to my house: 96 E Oak St", "96 E Oak St"),
    ("staying at her grandma's, 7710 s. kedzie ave., basement", "7710 s. kedzie ave., basement"),
    # a named family or household, a stay, a record line, or the home word after the address
    ("Drop the Thanksgiving basket with the Okoro family, 1822 W 51st St", "1822 W 51st St"),
    ("the Pham household moved over the summer: 6120 N Kenmore Ave", "6120 N Kenmore Ave"),
    ("Luis and his mom now stay with an aunt at 3418 W 26th St", "3418 W 26th St"),
    ("Registration: Luis Ortega, DOB 3/9/2016, 4419 S Kedzie Ave", "4419 S Kedzie Ave"),
    ("Ana Ruiz, 5528 S Justine St, mom 773-555-0148", "5528 S Justine St"),
    ("1187 N Hoyne Ave is where the twins live now", "1187 N Hoyne Ave"),
]
ADDRESS_PASS = [
    "Game is at the stadium, 2200 W Pershing Rd",
    "The school address is 4400 N Central Park Ave",
    "Send returns to the central office, 42 W Madison St",
    "Meet at the corner of Kedzie and 63rd",
    "ZIP code 60629 only, please",
    "PD at Lincoln Elementary, 615 W Kemper Pl",
    "Families: the food pantry is at 4500 S Halsted St, open Sat",
    "Join us at the Kaplan family's bakery, 2210 W Cermak Rd, on Friday",
    "Noah's 8th birthday party is Saturday at 1234 W Elm St",
    "Family Fun Night moves to the field house, 1400 W Augusta Blvd",
    "1500 W Lake St, phone 312-555-0122 for the box office",
    "Please stay at 2200 W Pershing Rd until the bus comes",
]


@pytest.mark.parametrize("text,value", ADDRESS_FLAG)
def test_home_addresses_are_flagged(text, value):
    assert values(text, "home_address") == [value]


@pytest.mark.parametrize("text", ADDRESS_PASS)
def test_school_public_and_partial_addresses_are_not_home_addresses(text):
    assert "home_address" not in types_in(text)


RECORD_FLAG = [
    "Jamal Peters has a 504 plan for anxiety",
    "Sofia Lindqvist is failing Biology with a 52%",
    "Heads up, Ethan Brooks was suspended for 2 days",
    "Lena M. takes medication at lunch, the nurse has it",
    "Carlos Vega's family is undocumented, please be discreet",
    "Student ID 61027734 qualifies for free lunch",
    "Ruby Sandoval's IEP goals were updated. She now gets a scribe.",
    "Nate Coleman qualifies for credit recovery this summer",
    "Kevin Park was absent 12 days this quarter",
    "José Núñez has an IEP for reading",
    "The kid in 3rd period, Tommy R., has been cutting himself",
    "Tyrell Adams got 3 days OSS for vaping",
    "Maya Singh is repeating 3rd grade",
    "Ángel Ortiz was suspended for 2 days",
    # scores and ranks, named medicines, failing a subject
    "Hannah B. scored in the 8th percentile on the winter NWEA",
    "Owen Park's math score fell 30 points since fall",
    "Aiden Cole reads at a 1st grade level",
    "Mateo Ruiz is on Ritalin now, give it at lunch",
    "Zoe Lin is failing 3rd period chem",
]
RECORD_PASS = [
    "Great job to Ruby Sandoval on the spelling bee!",
    "IEP meetings are Tuesday in room 118, bring your data",
    "12 students in 5th grade have 504 plans",
    "Ms. Patel is the new 504 coordinator",
    "The class average on the unit test was 71%",
    "Please don't name students when you discuss medication forms",
    "Coach Rivera has the allergy action plans for the bus",
    "Our 504 coordinator, Maria Lopez, is out today",
    "Maria Lopez (sped teacher) is covering room 204",
    "Jordan Lee got an A in Math, great work!",
    "The counseling office moved, see Kim Tran in room 110",
    "Thanks Maria Lopez for covering my IEP meeting today!",
    "Can Jamal Green grab the allergy forms from the nurse?",
    "Ms. Rivera said Tyler Brown did great on his benchmark",
    "Sarah Kim got 95% on the quiz!",
    # a login or a printer failing, a report card as a document, a grade level in brackets
    "Chromebook login failing for Maya Singh, can you reset it?",
    "Can Lucas Gray pick up the report card envelopes?",
    "Sam Reyes (5th grade) won the science fair",
    "The Ritalin shortage article is in the nurses' newsletter",
    "MAP scores are in for 4th grade, average 62nd percentile",
    "Kevin Park says the projector in 204 is failing",
    "Grace Hill's team score fell in the second half but they won",
]


@pytest.mark.parametrize("text", RECORD_FLAG)
def test_record_information_about_an_identified_student_is_flagged(text):
    assert "student_record" in types_in(text)


@pytest.mark.parametrize("text", RECORD_PASS)
def test_praise_logistics_aggregates_and_staff_are_not_student_records(text):
    assert "student_record" not in types_in(text)


def test_a_pasted_roster_flags_every_row():
    roster = "name,student_id,dob\nAna Ruiz,61027734,2014-03-02\nBo Chen,61027801,2013-12-30\n"
    found = scan(roster)
    assert [f.type for f in found].count("student_id") == 2
    assert [f.type for f in found].count("date_of_birth") == 2

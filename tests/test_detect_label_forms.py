"""Must-flag / must-not-flag rows for label forms and context families: "#" after a student word, plural
labels and list headers that label the lines below, codes whose label carries an extra word or a room number,
token formats (Canvas, bearer headers, connection strings), family and organisation addresses, prefixed
surnames, record families (referrals, services, attendance rates), chat emphasis around labels, Slack links
whose label is not the value, the aside "b." for born, and "pass" as a verb or a ticket.

Every string is written for these tests (no data-set items); all values are made up.
"""
from __future__ import annotations

import pytest

from policy.scanner import scan


def types_in(text: str) -> set[str]:
    return {f.type for f in scan(text)}


def flagged_values(text: str, ftype: str) -> list[str]:
    return [text[f.start:f.end] for f in scan(text) if f.type == ftype]


FLAG = [
    # "#" after a student word, or a "#" number beside a name
    ("student_id", "Locker swap for Imani Reyes, student # 61830274, starts Tuesday", "61830274"),
    ("student_id", "pupil #50392817 moved to the afternoon bus", "50392817"),
    ("student_id", "Theo Hartman #71029385 needs a new lunch card", "71029385"),
    ("student_id", "for the route sheet: 60392718 Dara Finch", "60392718"),
    # plural labels and list headers: the header labels each line under it
    ("date_of_birth", "Office needs birthdates. Mendoza, Carla: 5/17/1986", "5/17/1986"),
    ("date_of_birth", "DOBs for the field trip insurance:\nOkoro, Femi 10/03/2014\nBlake, Ivy 6/21/2013",
     "6/21/2013"),
    ("student_id", "Student numbers:\n50918273\n61027384", "61027384"),
    ("ssn", "SSNs for the two subs:\nHale 287408816\nKamau 401559023", "401559023"),
    ("ssn", "ssn 401.62.7719 per the I-9", "401.62.7719"),
    ("home_address", "Home addresses:\nThe Rossi kids - 3512 W Belden Ave", "3512 W Belden Ave"),
    # codes: an extra word between the device and "code", a room number after "for"
    ("credential", "the alarm keypad code is 60814, set it on your way out", "60814"),
    ("credential", "workroom copier release code: 4473", "4473"),
    ("credential", "printer code for 306 is 90512 until Friday", "90512"),
    ("credential", "code for 118 is 2209, same as the side door", "2209"),
    # token formats and token labels
    ("credential",
     "sync script token 3391~Wd7nQ2xLp9ZkR4vT8mYc1bHs6Jf3Ge0uAo5NiKq7lXwBzCrDtEyFhGjSaMuPvOiX, rotate monthly",
     "3391~Wd7nQ2xLp9ZkR4vT8mYc1bHs6Jf3Ge0uAo5NiKq7lXwBzCrDtEyFhGjSaMuPvOiX"),
    ("credential", "the integration token for the roster sync: Mv7Qx2Lp9Zk4Rt", "Mv7Qx2Lp9Zk4Rt"),
    ("credential", "deploy with glpat-Q8m2Lx7Vp4Zk9Rt1Wn3B", "glpat-Q8m2Lx7Vp4Zk9Rt1Wn3B"),
    # a family or household at an address lives there
    ("home_address", "the family at 2741 N Mozart St needs the Spanish letter", "2741 N Mozart St"),
    ("home_address", "meal delivery for the household on 6120 S Rhodes Ave", "6120 S Rhodes Ave"),
    # prefixed surnames are names, so the record beside them is a student's
    ("student_record", "Niamh O'Sullivan has 14 unexcused absences and a truancy referral",
     "Niamh O'Sullivan has 14 unexcused absences and a truancy"),
    ("student_record", "Caleb McNair was suspended Friday", "Caleb McNair was suspended"),
    # chat emphasis around a label
    ("date_of_birth", "_DOB:_ 02/14/2012 (Sami Haddad)", "02/14/2012"),
    ("student_id", "*student ID* 58203917 for the new transfer", "58203917"),
    # a Slack link whose label is not the number or address
    ("personal_phone", "Coach Vance's sister: <tel:7735550148|tap here>", "7735550148"),
    ("personal_email", "the tutor's personal mail <mailto:rkline.tutor@gmail.com|write to her>",
     "rkline.tutor@gmail.com"),
    # the aside "b." after a name; "sign in" / "log in" pairs
    ("date_of_birth", "Ferris, Noor (b. 7/22/2013) starts Monday", "7/22/2013"),
    ("credential", "log in as kbaker3 / Juniper#28 on the cart laptop", "kbaker3 / Juniper#28"),
    ("credential", "the sub laptop password's Harbor#61 for now", "Harbor#61"),
    # authorisation headers and connection strings
    ("credential", "Authorization: Bearer Lx9Vp4Zk8Rm1Wn3Bc6Hd0Fs5Gj7Tq2", "Lx9Vp4Zk8Rm1Wn3Bc6Hd0Fs5Gj7Tq2"),
    ("credential", "AccountName=roster;AccountKey=Pq0Rs3Lp9Xq2Vm7Rt4Wn8Bc1Hd6Fs0Gj5Ue3Ai7Ko9Nl2Pm4Qr6St8Uv==",
     "Pq0Rs3Lp9Xq2Vm7Rt4Wn8Bc1Hd6Fs0Gj5Ue3Ai7Ko9Nl2Pm4Qr6St8Uv=="),
    # record families: referrals, services, attendance rates
    ("student_record", "Keon Bradley was referred to the dean twice this week",
     "Keon Bradley was referred to the dean"),
    ("student_record", "Lily Osei qualifies for speech services", "Lily Osei qualifies for speech"),
    ("student_record", "Mateus Prado's attendance is down to 68% after the move",
     "Mateus Prado's attendance is down to 68%"),
]

PASS = [
    ("student_id", "SR#61830274 was closed by the vendor"),
    ("student_id", "ticket #50392817 for the projector"),
    ("student_id", "bus 50392817 Dara Finch rides it"),
    ("student_id", "Students with permission slips:\nroom 204 has 28, room 206 has 31"),
    ("date_of_birth", "Testing dates:\nMAP 1/15/2025\nACCESS 2/3/2025"),
    ("date_of_birth", "Birthdays this month:\nMr. Grant 3/9\nMs. Ochoa 3/22"),
    ("ssn", "SSNs go to HR in a sealed envelope.\nHR extension 4412, room 108"),
    ("ssn", "server 287.65.4301 is the old print queue"),
    ("ssn", "SSN help: IP 10.287.65.4301 is not a thing, ask the desk"),
    ("personal_phone", "Students who need rides, parent cells below. Nothing yet, I'll post at 3"),
    ("credential", "copier code for 306 is coming from the office next week"),
    ("credential", "the alarm keypad is broken in room 214"),
    ("credential", "code for 118 refers to the science budget line"),
    ("credential", "canvas api token expired, who can issue a new one?"),
    ("credential", "we use a token board: 5 tokens per good day~ then a prize"),
    ("credential", "example token 1~aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa for the docs"),
    ("home_address", "Marlowe Academy's address for the field trip form is 2250 W Cermak Rd"),
    ("home_address", "the museum's mailing address is 57 E Jackson Blvd"),
    ("home_address", "Vendor's billing address: 931 W Randolph St"),
    ("student_record", "O'Hare Airport shuttle for the debate team, no detention that day"),
    ("student_record", "PowerPoint Slides on accommodations are in the shared drive"),
    ("date_of_birth", "*born* to read week starts 3/3/2025"),
    ("credential", "DB_PASS and API_TOKEN stay in the vault"),
    ("personal_phone", "<tel:3125550100|Front office> for late arrivals"),
    ("credential", "please pass this on to the 5th grade team?"),
    ("credential", "can you pass the attendance sheets back to me by noon?"),
    ("credential", "the visitor pass is Green4 this week"),
    ("credential", "did everyone pass the CPR test?"),
    ("date_of_birth", "see item (b. 6/2/2024 deadline) in the grant report"),
    ("date_of_birth", "Born to Learn week starts 4/7/2025 in the library"),
    ("credential", "sign in with Clever / Google, either works"),
    ("credential", "PD day: sign in at the library table by 8:00"),
    ("credential", "the password's reset link is on the portal"),
    ("credential", "Bearer authentication is required on every route"),
    ("credential", "AccountKey=<paste the key here> in the template"),
    ("student_record", "Office referrals go to the dean by Friday"),
    ("student_record", "Attendance rate for the building was 93% in October"),
    ("student_record", "Shelter in place drill at 1:40, Omar Reyes will lead the 3rd floor"),
    ("student_record", "Sing the fight song, Kira Dunn starts it at the assembly"),
    ("home_address", "the zoo's address for the bus company is 2001 N Clark St"),
    ("home_address", "Pharmacy address on the form: 1550 N Damen Ave"),
]


@pytest.mark.parametrize("ftype,text,value", FLAG)
def test_label_forms_and_context_families_are_flagged(ftype, text, value):
    assert value in flagged_values(text, ftype)


@pytest.mark.parametrize("ftype,text", PASS)
def test_look_alikes_of_those_label_forms_are_not_flagged(ftype, text):
    assert ftype not in types_in(text)


def test_a_list_header_labels_only_the_kind_it_names():
    """A "Students:" header says what 8-digit numbers below it are; it does not turn a parent's phone on
    those lines into a student ID, and a line with its own label speaks for itself."""
    text = "Students:\nAva Ruiz - mom 773-201-4432\nticket 50193827 for her laptop"
    found = {(f.type, text[f.start:f.end]) for f in scan(text)}
    assert ("personal_phone", "773-201-4432") in found
    assert not any(t == "student_id" for t, _ in found)


def test_a_slack_link_label_still_says_whose_line_the_number_is():
    assert flagged_values("<tel:7735550142|Ms. Ruiz's cell> if the bus is late", "personal_phone") == ["7735550142"]
    assert flagged_values("<tel:7735550100|Front office> if the bus is late", "personal_phone") == []

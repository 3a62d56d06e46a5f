"""A disclosure buried in long pasted notes is found, and the notes around it add nothing: the context rules
must not leak from one line of a long message into another."""
from __future__ import annotations

import pytest

from policy.scanner import scan

NOTES = """Staff meeting notes - Mon 11/17, 3:15-4:30, library
Present: Alvarez, Brennan, Chu, Ms. Okafor (principal), Mr. Diaz (counselor)
1. Report cards: grades close 12/19 at 4pm. Failing grades need a parent contact logged first.
2. IEP/504: annual reviews due before winter break; the case managers will send the schedule. Don't name students in chat.
3. Attendance is 92.1% for November, our goal is 95%. Chronic absence letters go out Friday.
4. Tech: tickets 20611234 and 20611240 are open for the Smartboards; call the ITS Service Desk at 773-553-3925.
5. Budget: PO 45002211 for headphones approved, unit 23410, fund 115, account code 512000.
6. Safety: drill on 12/3 at 10:05. Main office line 773-555-0100. Nurse Patel has the EpiPens and the medication log.
7. Field trip to the museum, 1400 S Lake Shore Dr, on 1/15; buses at 8:30. Permission slips due 1/9.
8. Wellness: the social worker, Ms. Grant, runs the anxiety group Tuesdays in room 118.
9. Passwords expire every 90 days; use the reset link, never share logins.
{buried}
Next meeting Mon 12/15. Questions? Email jtorres14@cps.edu or ext. 4410."""


def test_the_notes_alone_have_no_findings():
    assert scan(NOTES.format(buried="")) == []


@pytest.mark.parametrize("buried,ftype", [
    ("10. HR still needs the SSN for the new aide: 287-65-4301", "ssn"),
    ("10. Reminder: Andre's mom's cell is 773-555-0161 if he is absent", "personal_phone"),
    ("10. Lab login for subs: subteacher / Lab$Coat2026", "credential"),
    ("10. Kai Ortiz, DOB 7/4/2014, starts Monday", "date_of_birth"),
    ("10. student ID 61027734 is missing from the bus list", "student_id"),
    ("10. Jamal Peters has a 504 plan for anxiety, please read it", "student_record"),
    ("10. The Okafor family lives at 4521 S Wabash Ave now", "home_address"),
    ("10. Parent email for the newsletter: coachmarv.22@gmail.com", "personal_email"),
    ("10. Use my card 4666 1760 3137 2159 for the snacks", "payment_card"),
    ("10. Deposit the refund to routing 083695801 account 1029384756", "bank_account"),
])
def test_one_buried_disclosure_is_the_only_finding(buried, ftype):
    text = NOTES.format(buried=buried)
    found = scan(text)
    assert {f.type for f in found} == {ftype}
    start = text.index(buried)
    assert all(start <= f.start and f.end <= start + len(buried) for f in found)

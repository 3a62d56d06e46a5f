"""Must-flag / must-not-flag rows for the fifth generalisation round: a pasted table whose header names a
grade, score or status column ("q3_grade", "rit_score", "ell_status") makes rows with a student's ID or name a
record; a named test's score said of a student ("scored a 158 on NWEA math"); a bank number cut by a line
break after its label; losing a home said plainly ("lost their house", "sleeping in the car"); immigration
status in other words ("visa ran out", "overstayed"); a first name alone when the student's family is spoken
of ("Marisol's dad ..."); a shelter people donate to is a place.

Every string is written for these tests (no data-set items); all values are made up.
"""
from __future__ import annotations

import pytest

from policy.scanner import scan


def types(text: str) -> set[str]:
    return {f.type for f in scan(text)}


FLAG = [
    ("student_record", "grades to fix\nstudent_id,last,first,q3_grade\n48813207,Ibarra,Nico,F\n48813299,Lund,Tess,D"),
    ("student_record", "```\nid\trit_score\tteacher\n53390127\t149\tKerr\n```"),
    ("student_record", "name;ell_status\nRosa Quintero;newcomer\nDmitri Volkov;level 2"),
    ("student_record", "Nia Holloway scored a 158 on NWEA math, bottom of the class"),
    ("student_record", "Ethan Szabo got a 6 on the placement test so he is going to the support section"),
    ("bank_account", "payroll update: routing 0710\n00013 thanks"),
    ("bank_account", "for the refund my checking account is 9031\n447210"),
    ("student_record", "Caleb Ortega's family lost their house in October and they are sleeping in the car"),
    ("student_record", "Yusuf Demir's mother said their visas ran out last spring"),
    ("student_record", "Marisol's dad says they are couch surfing until January"),
    ("student_record", "Imani's family was evicted, staying at the St. Martin shelter"),
]

NOT_FLAG = [
    "district summary\nschool,avg_score,pct_tested\nNorth,203,91\nEast,198,87",
    "tryouts\nname,grade,position\nMia,7,goalie\nLuis,8,forward",
    "The 3rd grade scored a 71 on the unit test on average, nice growth",
    "MAP testing moves to Thursday, rooms 104 and 106",
    "routing slip #4471\n2026 budget review moved to Friday",
    "Shelter in place practice at 1:40, Dana Cole will call it over the PA",
    "Coat drive for the Lakeview family shelter ends Friday, see Joel Park",
    "Visa paperwork for the chaperones on the Quebec trip is with Anna Moss",
    "Our account 7781\nroom 210 lunch duty",
    "Final score, what a game\nKendra Wolfe scored twice in the second half",
]


@pytest.mark.parametrize("ftype, text", FLAG)
def test_fifth_round_disclosures_are_flagged(ftype: str, text: str) -> None:
    assert ftype in types(text)


@pytest.mark.parametrize("text", NOT_FLAG)
def test_fifth_round_look_alikes_are_not_flagged(text: str) -> None:
    assert types(text) == set()

"""Must-flag and must-not-flag tables for student IDs: an eight-digit number a student label, a student's name, a class-list sentence, a table column or a link into the student information system ties to a student is one; work orders, tickets, POs, asset tags, meeting IDs and placeholders are not.

Rows are grouped here from every earlier review of the detectors, then new wording written for these tests; every
value is made up (numbers generated to pass or fail their checksums on purpose).
"""
from __future__ import annotations

import pytest

from policy.scanner import scan

# (text, expected): None, any finding of this type; a string, one of this type's findings; a list, exactly
# this type's findings (in any order)
MUST_FLAG = [
    ('student ID 61027734 cannot log in to the reading app', ['61027734']),
    ('stu# 70281946 moves to room 210', ['70281946']),
    ('ID# 55019283 still owes a library book', ['55019283']),
    ('Priya Shah 63820015 needs a new bus pass', ['63820015']),
    ('the student number is 48271190, can you reset it?', ['48271190']),
    ('SID 61027734 is locked out', ['61027734']),
    ('Student 50318842 was sent home with a fever', ['50318842']),
    ('student_id: 61234578', ['61234578']),
    ('Ángel Núñez 63820015 needs a new bus pass', ['63820015']),
    ('Marcus Oyelaran (ID 50912284) was moved to 4th period', ['50912284']),
    # no "ID" at all: a bare "stu", or a sentence about a class list or a child
    ('stu 62039917 lost her lunch card', ['62039917']),
    ('please add 71840263 to my 6th period section, he just enrolled', ['71840263']),
    ("is 58302716 on anyone's homeroom list? kid says he's ours", ['58302716']),
    ('new kid 49016638 starts tomorrow', ['49016638']),
    # an ID split in halves right after a student label
    ('*Student ID*: 3052 7719', '3052 7719'),
    ('stu # 3052-7719 for the bus list', '3052-7719'),
    ('Lunch ID for Kevin Osei → 5091 8273', '5091 8273'),
    ('student ID 1204 0815', '1204 0815'),
    # "#" after a student word, or a "#" number beside a name
    ('Locker swap for Imani Reyes, student # 61830274, starts Tuesday', '61830274'),
    ('pupil #50392817 moved to the afternoon bus', '50392817'),
    ('Theo Hartman #71029385 needs a new lunch card', '71029385'),
    ('for the route sheet: 60392718 Dara Finch', '60392718'),
    ('Student numbers:\n50918273\n61027384', '61027384'),
    ('*student ID* 58203917 for the new transfer', '58203917'),
    # tables: a column headed ID or Student ID labels every cell under it (Markdown, CSV, TSV)
    ("| Name | Student ID | DOB |\n|---|---|---|\n| Ava Lin | 50912834 | 3/4/2012 |\n| Ben Ortiz | 50912835 | 11/30/2011 |",
     ["50912834", "50912835"]),
    ("ID\tFirst\n61029384\tMarta\n61029385\tJon", ["61029384", "61029385"]),
    ("student ids 40958172\t40958173\t40958174", ["40958172", "40958173", "40958174"]),
    # a link into the student information system carries the ID
    ("can you look at https://sis.district.org/students/40958172/profile", ["40958172"]),
    ("link: https://powerschool.example.org/guardian/home.html?studentid=40958172", ["40958172"]),
    # an ID wrapped over two lines after its label
    ("Student ID:\n4095\n8172", ["4095\n8172"]),
    ("Student #,Last,First,Birthdate\n50238811,Okafor,Chidi,04/12/2013\n50238812,Hale,June,11/02/2012",
     ["50238811", "50238812"]),
    ("Local ID\tName\tD.O.B.\n50238811\tChidi Okafor\t4/12/13", ["50238811"]),
    # a lunch account or balance names the student it belongs to
    ("lunch balance for 40917725 is -$6, can we send a note home", None),
    # a number spoken of as a person's
    ("is 40662917's mom the one who called about the bus?", None),
]

# no finding of this type
MUST_NOT_FLAG = [
    'Work order 61027734 for the leaking sink',
    'PO #70281946 covers the headphones',
    'asset tag 55019283 is missing its charger',
    'vendor number 63820015 on the invoice',
    'tracking number 48271190 shows delivered',
    'Use 00000000 as the student ID in the training site',
    'our school ID is 609912 and employee ID 123456',
    'The count today was 12345678 steps across the school',
    'Our district ID for the grant is 12345678',
    # class-list words near a number that is a document place, an amount, a meeting or a reference
    'Section 71840263 of the grant pays for homeroom laptops',
    'my 3rd period class read 10000000 words this year',
    'Zoom meeting ID 71840263 for the 2nd period parent night',
    'Invoice 58302716 covers the kid-sized chairs for homeroom',
    "Our enrollment total is 58302716? that can't be right",
    'Chromebook 58302716 goes back to homeroom 112',
    'kid 12345678 is the sample record in the training site',
    # four and four digits are an ID only right after a student label that names a number
    'students 0800 0900 in the gym',
    'students: 1200-1300 lunch',
    'student ID 2026-2027 cards are ready',
    'Student ID 3052 7719 2211',
    'meeting 0800 0900, student ID cards in the office',
    'Student ID badges: 0900-1000 in the library',
    'student ID photos 0815-0945',
    'SR#61830274 was closed by the vendor',
    'ticket #50392817 for the projector',
    'bus 50392817 Dara Finch rides it',
    'Students with permission slips:\nroom 204 has 28, room 206 has 31',
    # a link anywhere else carries some other number
    "ticket https://help.example.org/ticket?id=40958172",
    "the doc is at https://docs.example.org/d/40958172/edit",
    "| Item | Qty |\n|---|---|\n| Chromebook 40958172 | 2 |",
    "Employee ID,Name,Ext\n50238811,Dana Reyes,4410",
    "lunch account refunds go through PO 41229018",
    "PO 40662917's status is still pending",
]


@pytest.mark.parametrize("text,expected", MUST_FLAG)
def test_student_id_disclosures_are_flagged(text, expected, assert_flagged):
    assert_flagged(text, "student_id", expected)


@pytest.mark.parametrize("text", MUST_NOT_FLAG)
def test_student_id_look_alikes_are_not_flagged(text, values_of):
    assert values_of(text, "student_id") == []


def test_a_list_header_labels_only_the_kind_it_names():
    """A "Students:" header says what 8-digit numbers below it are; it does not turn a parent's phone on
    those lines into a student ID, and a line with its own label speaks for itself."""
    text = "Students:\nAva Ruiz - mom 773-201-4432\nticket 50193827 for her laptop"
    found = {(f.type, text[f.start:f.end]) for f in scan(text)}
    assert ("personal_phone", "773-201-4432") in found
    assert not any(t == "student_id" for t, _ in found)


# -- roster rows pasted without a header, a student prefix glued to the digits ------------------------------------

@pytest.mark.parametrize("text,expected", [
    ("Ana Ruiz, 20481234, 3rd\nTom Bell, 20481277, 3rd", ["20481234", "20481277"]),
    ("Ana Ruiz\t20481234\t3rd\nTom Bell\t20481277\t3rd", ["20481234", "20481277"]),
    ("Ana Ruiz | 20481234 | 3rd", ["20481234"]),
    ("ID#20481234 needs a new laptop", ["20481234"]),
    ("stu20481234 locked out of Clever", ["20481234"]),
    ("SID20481234 needs a reset", ["20481234"]),
    ("- Jayden M. - 20481234\n- Ana Ruiz - 20481277", ["20481234", "20481277"]),
    ("Moore, Jaylen 20481234\nRuiz, Ana - 20481277", ["20481234", "20481277"]),
    ("his number is 20481234 in PowerSchool", ["20481234"]),
    ("lunch # 20481234 for Ana", ["20481234"]),
    # the ID first, "Last, First", then a dash and a note on the child
    ("fluency group B\n30917754 Halvorsen, Greta - WCPM 62\n30917788 Mbeki, Thabo - WCPM 48",
     ["30917754", "30917788"]),
    # a pupil or learner number column, its label abbreviated as an export writes it
    ("LEARNER_NBR,LAST,FIRST,HR\n30917754,Halvorsen,Greta,12\n30917788,Mbeki,Thabo,12", ["30917754", "30917788"]),
])
def test_ids_in_roster_rows_and_glued_prefixes_are_flagged(text, expected, values_of):
    assert values_of(text, "student_id") == expected


@pytest.mark.parametrize("text", [
    "Ana Ruiz, 20481234 is the PO for her order",
    "meeting 3/4 in room 204, ticket INC20481234",
    "invoice id20481234x",
    "valid20481234",
    "order #20481234 shipped",
    "Invoice 20481234 - $420.00",
    "Thanks, Maria - 20481234 is the work order",
    "Chicago, Illinois 20481234",
    "PO 20481234 in PowerSchool",
    # a maker and a model written "Maker, Model" after an asset number, then a dash and a note
    "20481234 Lenovo, Thinkpad - 4 on the cart\n20481277 Epson, Projector - bulb out",
])
def test_eight_digits_beside_a_name_in_a_sentence_or_glued_to_another_word_are_not_ids(text, values_of):
    assert values_of(text, "student_id") == []


# -- an ID split in halves or wrapped across rows, labelled loosely or not at all ------------------------------------

@pytest.mark.parametrize("text,expected", [
    ("Ximena's id should be 3305-7719, not what's on the form", "3305-7719"),
    ("his student number is 3305 7719", "3305 7719"),
    ("Ximena Duarte - 3305-7719", "3305-7719"),
    ("who is 3305-7719? not on my homeroom roster", "3305-7719"),
    ("Student ID 330577\n19 (the export wrapped it)", "330577\n19"),
    ("stu no: 3305\n7719", "3305\n7719"),
])
def test_a_split_or_wrapped_student_id_is_flagged(text, expected, assert_flagged):
    assert_flagged(text, "student_id", expected)


@pytest.mark.parametrize("text", [
    "my homeroom runs 0815-0905 this week",  # two times of day
    "roster for 2026-2027 is posted",  # two years
    "order 3305-7719 for my class supplies",  # a reference label names it
    "Student ID photos are 1130\n1215 in the library",  # the times of a session, wrapped
    "Ximena Duarte 773-555-0142",  # a phone beside a name
])
def test_a_split_number_that_is_no_student_id_is_not_flagged(text, values_of):
    assert values_of(text, "student_id") == []


@pytest.mark.parametrize("text,expected", [
    ("Name,Lunch #,Gr\nTeo V,51730264,5\nIris P,51730281,5", ["51730264", "51730281"]),
    ("Teo Vargas | 5173-0264 | 5th", "5173-0264"),
    ("Iris's number is 51730281, she forgot it at the register", "51730281"),
    ("Teo's # - 51730264", "51730264"),
])
def test_an_id_under_a_symbol_header_beside_a_name_or_owned_by_one_is_flagged(text, expected, assert_flagged):
    assert_flagged(text, "student_id", expected)


@pytest.mark.parametrize("text", [
    "Mom's number is 51730264 per the card",  # a parent's number is no student's ID
    "Today's number is 51730264 on the counter display",
    "Name,Phone #\nTeo V,7735550142",  # a phone column
])
def test_a_number_owned_by_no_student_is_not_a_student_id(text, values_of):
    assert values_of(text, "student_id") == []


@pytest.mark.parametrize("text,expected", [
    ("60318274 is Dmitri's ID", "60318274"),
    ("60318274 (student ID) - can you fix his lunch", "60318274"),
    ("new kid: 60318274 - student id", "60318274"),
])
def test_an_id_labelled_right_after_the_number_is_flagged(text, expected, assert_flagged):
    assert_flagged(text, "student_id", expected)


@pytest.mark.parametrize("text", [
    "60318274 (ID badge order) shipped",  # the label word names another thing
    "60318274 students took the survey statewide",
])
def test_a_label_word_after_a_number_that_names_something_else_is_not_a_student_id(text, values_of):
    assert values_of(text, "student_id") == []


@pytest.mark.parametrize("text,expected", [
    ("which one is 7720-4418, the Baptiste girl or her twin?", "7720-4418"),
    ("77204418 just moved up to 3rd grade from Evanston", "77204418"),
])
def test_a_number_said_of_a_boy_girl_or_grade_is_a_student_id(text, expected, assert_flagged):
    assert_flagged(text, "student_id", expected)
# -- IDs written four and four, and IDs listed under a list's own label --------------------------------------
SPLIT_AND_LISTED = [
    ("his student number is 3318-0427 if the lunch line asks", "3318-0427"),
    ("student id was 4402 7719, per the office", "4402 7719"),
    ("reset 6120-3348's chromebook login please, it's Aurora's", "6120-3348"),
    ("IDs for the library list: 40918827, 40917730", ["40918827", "40917730"]),
]
NOT_SPLIT_IDS = [
    "Asset tag 6120-3348 goes with the cart in 204",
    "student hours are 0800-1500 on Fridays",
    "the 2025-2026's calendar is posted",
    "bus list: 40918827 is the route contract number",
]


@pytest.mark.parametrize("text,expected", SPLIT_AND_LISTED)
def test_split_ids_after_a_verb_or_spoken_of_as_a_persons_and_ids_on_a_named_list_are_flagged(
        text, expected, assert_flagged):
    assert_flagged(text, "student_id", expected)


@pytest.mark.parametrize("text", NOT_SPLIT_IDS)
def test_four_and_four_digits_without_a_student_are_not_ids(text, values_of):
    assert values_of(text, "student_id") == []


# An unlabelled eight-digit number that a record act is said of (a plan, an evaluation, discipline, a grade
# change, a records merge, an enrolment) is the child's ID, and so is one opening a row under a header that
# names such an act; a reference label before it, an amount after it or a total still say otherwise.
@pytest.mark.parametrize("text,expected", [
    ("Triennial eval for 63029184 is overdue, psych says next week", "63029184"),
    ("Detention served: 72104839, 45 min, Tuesday", "72104839"),
    ("Grade change request for 58291037, Algebra from F to D", "58291037"),
    ("BIP review list:\n61820394 - Monday\n70482915 - Thursday", ["61820394", "70482915"]),
    ("Enroll: 49201836, starts Monday in room 12", "49201836"),
    ("please merge the duplicate records 38475012 and 38475021, same kid", ["38475012", "38475021"]),
])
def test_a_number_a_record_act_is_said_of_is_a_student_id(text, expected, assert_flagged):
    assert_flagged(text, "student_id", expected)


@pytest.mark.parametrize("text", [
    "Invoice 48120957 for the 504 plan binders is approved",
    "Our enrollment total is 58302716? that can't be right",
    "PO list:\n61820394 - toner\n70482915 - paper",
    "Referral bonus budget line 61820394 closes Friday",
])
def test_numbers_beside_record_words_with_another_label_are_not_ids(text, values_of):
    assert values_of(text, "student_id") == []


@pytest.mark.parametrize("text,values", [
    ("These kids still owe me the museum permission slips:\n52718406\n60934152\n71285093",
     ["52718406", "60934152", "71285093"]),
    ("Added to my 6th period today (they came from Room 114). Can you fix Infinite Campus?\n41837265\n58290147",
     ["41837265", "58290147"]),
    ("63018274 | 47129308 : both move to Mr. Haldane's homeroom after break", ["63018274", "47129308"]),
    ("the two new students are 29471836, 38520617 per the counselor", ["29471836", "38520617"]),
    ("switched into Mrs. Adeyemi's homeroom: 47201938 / 58302914", ["47201938", "58302914"]),
])
def test_a_bare_list_of_numbers_said_to_be_students_is_a_list_of_ids(text, values, values_of):
    assert sorted(values_of(text, "student_id")) == sorted(values)


@pytest.mark.parametrize("text", [
    "Tracking numbers for the book order:\n52718406\n60934152",
    "PO 52718406 | PO 60934152 both approved",
    "Serials for the new projectors:\n52718406\n60934152\nthey go in rooms 204 and 210",
])
def test_a_bare_list_of_numbers_not_said_to_be_students_is_no_id(text, values_of):
    assert values_of(text, "student_id") == []


@pytest.mark.parametrize("text,expected", [
    # an address or office label before the number says where, not what the number is
    ("Address update: 50617283 Nadia Brooks, new apt", ["50617283"]),
    # a name and its ID as cells set off by slashes
    ("Nadia Brooks / 50617283 / gr 3", ["50617283"]),
    ("50617283 / Nadia Brooks / 2nd", ["50617283"]),
    # what the lunch office records of each child
    ("Breakfast status from the cafeteria: 48120975 approved (free), 48120976 approved (reduced)",
     ["48120975", "48120976"]),
])
def test_ids_beside_a_name_across_a_slash_or_in_a_meal_status_list_are_flagged(text, expected, assert_flagged):
    assert_flagged(text, "student_id", expected)


@pytest.mark.parametrize("text", [
    "PO 50617283 / Nadia Brooks signed for it",
    "District free breakfast count: 48120975 meals served since 2019",
])
def test_a_reference_before_a_slash_row_or_a_meal_count_is_no_student_id(text, values_of):
    assert values_of(text, "student_id") == []


@pytest.mark.parametrize("text,values", [
    ("iPad 3391 checked out to 52718406 (Marisol) has a dead battery", ["52718406"]),
    ("the locker went to 60934152 [Dev R.] after the switch", ["60934152"]),
    ("tutoring group this week\n52718406\n60934152", ["52718406", "60934152"]),
    ("small-group pull-out list: 71285093, 48120957", ["71285093", "48120957"]),
    ("Field trip roster (IDs for the bus list): 52718406 Okafor, 60934152 Lind", ["52718406", "60934152"]),
])
def test_numbers_named_by_a_child_in_brackets_or_a_group_of_children_are_ids(text, values, values_of):
    assert sorted(values_of(text, "student_id")) == sorted(values)


@pytest.mark.parametrize("text", [
    "Serial numbers for the intervention kits:\n52718406\n60934152",
    "invoice total 52718406 (Staples)",
    "the count was 52718406 (approx)",
])
def test_numbers_a_list_head_or_a_bracket_names_otherwise_are_no_ids(text, values_of):
    assert values_of(text, "student_id") == []


# Every position a student ID takes in a note: opening a line before a dash or a colon as the note's subject, after
# an office's change request ("address change for ..."), beside a discipline log's words
@pytest.mark.parametrize("text,expected", [
    ("53018274 - left 4th period without a pass, parent called", "53018274"),
    ("dean log:\n61730295: was sent to the office twice today", "61730295"),
    ("47291036 \u2013 vape taken in the locker room, 1 day ISS", "47291036"),
    ("address change for 38162047: now 2241 W 51st St", "38162047"),
    ("locker change request for 29471638, top row please", "29471638"),
    ("72930461 - has 6 tardies this month", "72930461"),
    ("Re: 61093827 - dad called about pickup", "61093827"),
    ("need a replacement ID card printed for 39012746", "39012746"),
])
def test_an_id_as_a_notes_subject_or_in_a_change_request_is_flagged(text, expected, assert_flagged):
    assert_flagged(text, "student_id", [expected])


@pytest.mark.parametrize("text", [
    "20251014 - was the PD day, agenda in the drive",
    "84410293 - was shipped friday",
    "incident report 84410293 filed for the fight in the hallway",
    "Work order 84410293 - heater in 305 still broken",
    "48213907 - updated the budget lines",
    "Subject: 20251014 agenda",
    "fwd: PO 71829304 approved",
    "ID card reader serial 44172093",
])
def test_a_date_a_shipment_or_a_report_number_opening_a_line_is_no_student_id(text, values_of):
    assert values_of(text, "student_id") == []


# the student information system's own labels, glued or dotted, and a roster cell closed by a note's dash or colon
@pytest.mark.parametrize("text,expected", [
    ('SIS#50281937 will not sync to the reading app', '50281937'),
    ('sis no. 50281937 shows two enrollments', '50281937'),
    ('I.D. # 50281937 on the field trip form', '50281937'),
    ('Keisha Grant, 50281937 - dropped from the bus roster by mistake', '50281937'),
    ('Okoro, Daniel 50281937; moved to 2nd lunch', '50281937'),
])
def test_sis_and_dotted_labels_and_a_roster_cell_before_a_note_are_ids(text, expected, assert_flagged):
    assert_flagged(text, "student_id", expected)


@pytest.mark.parametrize("text", [
    'Keisha Grant, 50281937 is the PO for the book fair',
    'Dr. Grant, 50281937 is your confirmation number',
])
def test_a_number_after_a_name_and_a_comma_in_a_sentence_is_no_id(text, values_of):
    assert values_of(text, "student_id") == []


# a file named for one student's paper carries the student's ID; an office's file carries another number
@pytest.mark.parametrize("text,expected", [
    ('uploaded progress_report_50281937.pdf to the portal', '50281937'),
    ('504_Plan-50281937-Nguyen.docx is the current one', '50281937'),
    ('stu50281937_schedule.csv from the counselor', '50281937'),
])
def test_an_id_in_a_student_papers_file_name_is_flagged(text, expected, assert_flagged):
    assert_flagged(text, "student_id", expected)


@pytest.mark.parametrize("text", [
    'receipt_50281937.pdf for the field trip bus',
    'Photo_50281937.JPG from the kindergarten picnic',
    'enrollment counts are in roster_export_20250911.csv',
    'order_50281937.xlsx lists the new Chromebooks for my class',
])
def test_an_office_file_name_or_a_dated_export_is_no_id(text, values_of):
    assert values_of(text, "student_id") == []


# after a student label an ID grouped any way is one; without a label only 4-4 is read, and years and times never
@pytest.mark.parametrize("text,expected", [
    ('student ID: 502 819 37', '502 819 37'),
    ('stu # 50-28-19-37 please check', '50-28-19-37'),
    ('pupil no. 50 28 19 37', '50 28 19 37'),
])
def test_an_id_in_groups_of_two_to_four_digits_after_a_label_is_flagged(text, expected, assert_flagged):
    assert_flagged(text, "student_id", expected)


@pytest.mark.parametrize("text", [
    'student ID 502 819 37 45 is not a valid number',
    'room 50-28-19-37 on the map',
    'students 08 00 09 00 in the gym',
    'call 50 28 19 37 about the new kid',
])
def test_groups_of_digits_without_a_student_label_or_longer_than_an_id_are_not_ids(text, values_of):
    assert values_of(text, "student_id") == []


# the high-school years a child is in say a number is the child's; an adult's "senior" title does not
@pytest.mark.parametrize("text,expected", [
    ('can you check 50281937? he is a junior and needs a parking pass', '50281937'),
    ('50281937 is a sophomore transferring from Lane', '50281937'),
])
def test_a_number_said_of_a_high_school_year_is_a_student_id(text, expected, assert_flagged):
    assert_flagged(text, "student_id", expected)


@pytest.mark.parametrize("text", [
    'the senior accountant keyed 50281937 into the ledger',
    'junior varsity fees: 50281937 total cents collected',
])
def test_a_senior_title_or_a_junior_team_is_no_students_year(text, values_of):
    assert values_of(text, "student_id") == []


# a last-name-first name and a comma before a whole cell, and a student label with its sign after the number
@pytest.mark.parametrize("text,expected", [
    ('Haddad, Lina, 50281937 - needs a new badge photo', '50281937'),
    ('Haddad, Lina, 50281937\nOwens, Cal, 61392048', '50281937'),
    ('pulled 50281937 (student #) from the waitlist', '50281937'),
])
def test_a_last_first_row_cell_and_a_signed_label_after_the_number_are_ids(text, expected, assert_flagged):
    assert_flagged(text, "student_id", expected)


@pytest.mark.parametrize("text", [
    'Haddad, Lina, 50281937 is the vendor number on her invoice',
    'Springfield, Illinois, 50281937 households were counted',
    'ordered 50281937 (students) worth of nothing',
])
def test_a_last_first_sentence_a_place_and_a_bare_student_word_after_are_no_id(text, values_of):
    assert values_of(text, "student_id") == []


@pytest.mark.parametrize("text,expected", [
    ('lunch no. 50 28 19 37 keeps coming up negative', '50 28 19 37'),
    ('progress_monitoring_50281937.pdf is in her folder', '50281937'),
])
def test_a_lunch_number_label_and_a_progress_file_carry_ids(text, expected, assert_flagged):
    assert_flagged(text, "student_id", expected)


# How a roster lays an ID beside the person it is: a row opened by the number with the name last-name-first after
# it, a given name and a bare initial before it, rows of a given name and a number one under another, the label's
# owner named between the label and the number ("ID for Kenji is ..."), the label after the number in a question
# ("is <number> the right ID for Owen?"), and a number a birth date or a service is said of.
@pytest.mark.parametrize("text,expected", [
    ("chess club, fall\n30592817\tAdeyemi, Tobi\n30592824\tFarrow, L", "30592817"),
    ("3) 30592817 - Farrow, Lucia (left early)", "30592817"),
    ("the sticker on the water bottle says Priya K 30592817", "30592817"),
    ("early pickup today\nTobi 30592817\nLucia 30592824", "30592824"),
    ("the SIS ID for Lucia is 3059-2817", "3059-2817"),
    ("was 30592817 the correct ID for Tobi?", "30592817"),
    ("the nurse has the wrong birthday for 30592817 in the system", "30592817"),
    ("speech services for 30592817 were never logged in October", "30592817"),
    ("early dismissal: Tobi 30592817 walks home with his aunt today", "30592817"),
])
def test_an_id_laid_out_beside_its_student_in_a_row_a_question_or_a_record_is_an_id(text, expected,
                                                                                    assert_flagged):
    assert_flagged(text, "student_id", expected)


@pytest.mark.parametrize("text", [
    "PO log\n30592817  Staples, Inc\n30592824  Office Depot",
    "Plan B 30592817 is the budget line for the spring",
    "Order 30592817\nOrder 30592824",
    "is 30592817 the ID for the badge printer?",
    "Exhibit A 30592817 in the contract binder",
    "Dell 30592817 was sent back for repair",
    "Order 30592817 was sent yesterday",
])
def test_vendors_orders_documents_and_a_printer_beside_a_number_are_no_id(text, values_of):
    assert values_of(text, "student_id") == []


# An export's row in capitals, a cell each, opened by the ID and going on with a child's own cells (sex, grade, a
# date): a student system's print; a vendor's row goes on with an amount. "Ticket ID" and "Order ID" name a ticket
# and an order.
@pytest.mark.parametrize("text,expected", [
    ("which of these failed to load?\n38120945,NWOSU,ADAEZE,F,2014-02-03,5", "38120945"),
    ("bus list export\n47720391|KOWALSKI|PETRA|3\n47720392|DIALLO|SEKOU|4", "47720391"),
])
def test_an_export_row_in_capitals_opened_by_the_id_is_a_student_id(text, expected, assert_flagged):
    assert_flagged(text, "student_id", expected)


@pytest.mark.parametrize("text", [
    "vendor export:\n41207763,OFFICE,DEPOT,312.50\n52918804,ACME,SUPPLY,88.00",
    "Ticket ID 61730045 - the student laptops in cart B need re-imaging",
    "Order ID 70214456 for the student planners shipped Tuesday",
])
def test_a_vendor_row_a_ticket_or_an_order_id_is_no_student_id(text, values_of):
    assert values_of(text, "student_id") == []


@pytest.mark.parametrize("text", [
    "- overnight roster import erroring out (job 52718394), vendor case filed",
    "the SIS export task id 60417283 died at 2am again, attendance sync still stale",
    "gradebook sync build number 71830295 rolled out to the roster servers",
    "class list refresh failed, process id 40918273 in the scheduler log",
])
def test_a_number_a_computer_system_gives_its_own_work_is_not_a_student_id(text, values_of):
    assert values_of(text, "student_id") == []


@pytest.mark.parametrize("text,expected", [
    ("Truancy notices run:\n71928304 - 9 days\n80192734 - 11 days", ["71928304", "80192734"]),
    ("please process 52718394's transfer today", "52718394"),
    ("can you build a schedule for Ramos, Ivy 52718394", "52718394"),
    ("task for today: enroll 52718394 in 6th period", "52718394"),
])
def test_ids_under_a_batch_header_or_after_a_verb_of_office_work_are_still_ids(text, expected, assert_flagged):
    assert_flagged(text, "student_id", expected)


# An unlabelled eight-digit number in a sentence that states a student record (the record unit's own terms) is a
# student's ID, however far in the sentence the record is; another office's case, claim or receipt number is not
@pytest.mark.parametrize("text", [
    "Transport change for 63018842: she uses a wheelchair now and needs the lift bus per her IEP review last week",
    "Truancy follow-up list: 51947203 (14 days), 51947288 (9 days)",
    "need a behavior plan meeting for 70183365, three write-ups since Monday",
])
def test_a_number_a_record_is_stated_of_is_a_student_id(text, types_in):
    assert "student_id" in types_in(text)


@pytest.mark.parametrize("text", [
    "Case 58821047 is open with the state help desk about the duplicate enrollment records",
    "Claim 40218876 for the nurse's office flood damage was approved",
    "Receipt 71820394 for the IEP software renewal is in the shared drive",
])
def test_other_offices_case_claim_and_receipt_numbers_are_no_student_id(text, values_of):
    assert values_of(text, "student_id") == []


# Who owns the number: a person named between a list's reference word and the number ("Locker tickets: <name>
# <number>"), a name in the possessive with the number in brackets, a clause after the number that says whose
# student number it is (outranking where it was read, "the tag says"), a short title before a row opened by the number
# and a "Last, First" cell, an eight-digit user name in a message about students' logins
@pytest.mark.parametrize("text,expected", [
    ("Locker tickets: Yusra Albright 61028394, locker 212", "61028394"),
    ("bus passes - Corwin Ashby 61028377 (route 9)", "61028377"),
    ("Still waiting on Delphine Okoro's (61028355) bus form from home", "61028355"),
    ("the label on the lost calculator reads 61028311 - that's Bram Whitlock's student ID", "61028311"),
    ("Lunch roster line: 61028300, Quill, Odessa, table 4", "61028300"),
    ("Students' Zearn logins for Monday:\nuser 61028288 / pw maple44\nuser 61028266 / pw cedar19",
     ["61028288", "61028266"]),
    ("Lexia reset for the new kid in 2nd period - username 61028244, she'll choose a new one", "61028244"),
])
def test_the_owner_named_beside_or_after_the_number_makes_it_a_student_id(text, expected, assert_flagged):
    assert_flagged(text, "student_id", expected)


@pytest.mark.parametrize("text", [
    "our training sandbox uses fake student IDs such as 61000001 and 61000002",
    "for the slide deck, sample student ID 61028222 is fine to show",
    "my login 61028200 stopped working on the staff portal, students are fine",
    "ticket 61028188 Oren Vale in IT is handling the projector",
    "PO 61028177 - that's the district's vendor number for the buses",
])
def test_made_up_ids_an_adults_login_and_a_ticket_before_a_staff_name_are_no_student_id(text, values_of):
    assert values_of(text, "student_id") == []


# A student label qualified by what the ID is for ("<label> for <purpose or owner>: <value>"): the qualifier's words
# (a pass, a library, a trip's bus) say what the ID is for, so the label before them still names the value, and a
# list of values after the colon; a qualifier holding its own number, or another label after the colon, does not
@pytest.mark.parametrize("text,expected", [
    ("Student ID for Odalys's locker request: 47103982", "47103982"),
    ("student number for the summer reading library account = 47103965", "47103965"),
    ("IDs for the new gym lockers: 47103948 47103931 47103927", ["47103948", "47103931", "47103927"]),
    ("Stu ID of the boy who found the phone on the bus is 47103910", "47103910"),
])
def test_a_student_label_qualified_by_what_the_id_is_for_names_the_value(text, expected, assert_flagged):
    assert_flagged(text, "student_id", expected)


@pytest.mark.parametrize("text", [
    "Student ID for the field trip: PO 47103893 covers the buses",
    "student ID cards for room 214: work order 47103876",
    "Student ID for the survey. Ticket 47103859 is still open",
])
def test_a_qualified_student_label_with_another_label_or_sentence_before_the_value_is_no_id(text, values_of):
    assert values_of(text, "student_id") == []



# A birth date given beside an unlabelled number makes it a person's (a date of birth is only ever said of a person):
# right after it ("..., born 09/22/2016") or earlier in its sentence ("DOB 2015-03-09, first one is under ..."), also
# over a label that was already given a number of its own ("Rm 204 is ...")
@pytest.mark.parametrize("text,expected", [
    ("Two Leon Acosta in 3rd. The one in Rm 204 is 73041856, born 09/22/2016.", "73041856"),
    ("merge the meal accounts for the same child? Ivo Brandt, DOB 2015-03-09, first one is under 73041856", "73041856"),
    ("the transfer packet lists 73041856 (b. 4/17/2014) but no guardian signature", "73041856"),
    ("Date of birth 5/30/2012 on the intake, the number is 73041856", "73041856"),
])
def test_a_number_beside_a_given_birth_date_is_a_persons_id(text, expected, assert_flagged):
    assert_flagged(text, "student_id", expected)


@pytest.mark.parametrize("text", [
    "DOB 03/04/1981 is on the W-4, invoice 73041856 is separate",
    "born 1998, she joined in 2019; PO 73041856 covers her laptop",
    "birthday party for the class is 5/30, order 73041856 has the cupcakes",
])
def test_a_birth_date_beside_a_labelled_reference_number_is_no_id(text, values_of):
    assert values_of(text, "student_id") == []


# -- the prefilter reads the number as the unit does (student_id._CLEAN_START / _CLEAN_END) -------------------------
# The triggers that end on the number are built from the unit's own edge data, so a letter glued to the digits (a
# PDF copy that ran a roster's cells together) wakes the unit wherever the unit reads the number.

@pytest.mark.parametrize("text", [
    "Homeroom roster (pasted from a PDF):\n58120934NGUYEN THAO gr7\n58120977OKAFOR EMEKA gr7",
    "caseload export: 40381726ABERNATHY ROSE",
    "41230987VASQUEZ ANA transferred in from Lincoln",
    "my 3rd period: 40381726A",
])
def test_a_number_glued_to_the_next_cell_is_found_with_and_without_the_prefilter(text, values_of):
    assert values_of(text, "student_id")
    assert scan(text) == scan(text, prefilter=False)


def test_the_unit_and_its_triggers_read_the_numbers_right_edge_from_one_rule():
    import re

    import re2

    from policy.detectors import student_id

    edge = re2.compile("^" + student_id._CLEAN_END)
    for after in ["", "M", " ", "\n", ",", ")", "5", "%", "-", "-7", "-b", "/", "/3", "/x", ".", "_"]:
        assert bool(edge.search(after)) == student_id._ends_cleanly("41230987" + after, 8), repr(after)
    triggers = student_id.StudentIdDetector.triggers
    # no trigger asks a word boundary after the digits, which the unit does not ask
    assert not any(re.search(r"\\d\{8\}\\b", t) for t in triggers)
    assert sum(student_id._CLEAN_END in t for t in triggers) >= 4
    assert student_id._EIGHT_DIGITS.pattern.startswith(student_id._CLEAN_START)


# A trip, a stop or a vehicle numbered by the transport office is its own reference, in a sentence or as a column
# key ("trip_id"), with or without the prefilter; a student's ID on a trip list stays one.
@pytest.mark.parametrize("text", [
    "Trip ID 58120447 is the Friday museum run, leaves at 8:10",
    "trip_id,route,school\n58120447,R-22,Harmon\n58120449,R-23,Harmon",
    "Vehicle # 61830552 goes in for brakes Tuesday; stop id 61830553 is moved to Elm",
])
def test_a_transport_offices_own_numbers_are_no_student_ids(text, values_of):
    assert values_of(text, "student_id") == []
    assert [f for f in scan(text) if f.type == "student_id"] == [f for f in scan(text, prefilter=False)
                                                                 if f.type == "student_id"]


def test_a_student_id_on_a_trip_list_is_still_one(values_of):
    assert values_of("Field trip roster, student id then name:\n58120447 Rosa Delgado", "student_id") == ["58120447"]


def test_rows_under_a_header_whose_record_term_the_list_reader_sets_aside_are_ids_with_or_without_the_prefilter():
    """The ID unit reads the header's record term ("exam") and makes its rows' numbers IDs; when nothing woke the ID
    unit, the record unit reports them, before its own reading sets the header aside as logistics."""
    text = "IB exam fees paid at the bookkeeper's window:\n51837264 — card — $119\n62049183 — check — $119"
    assert "51837264" in [text[f.start:f.end] for f in scan(text) if f.type == "student_id"]
    assert scan(text) == scan(text, prefilter=False)


# A device's number said to be assigned, issued or checked out to a named student is the student's (DESIGN.md: an
# asset assigned to a student); the same device lent to a titled adult, a cart or a room keeps its own number.
@pytest.mark.parametrize("text,expected", [
    ("Chromebook 51830264 is assigned to Dara Voss, she says the hinge snapped on the bus", "51830264"),
    ("iPad #51203384 (the blue case) was checked out to Omar Haddad yesterday", "51203384"),
    ("hotspot 62019457 issued to Lena Ostrova never came back after break", "62019457"),
])
def test_a_device_assigned_to_a_named_student_carries_the_students_id(text, expected, assert_flagged):
    assert_flagged(text, "student_id", expected)


@pytest.mark.parametrize("text", [
    "Laptop 51830264 assigned to Ms. Voss came back with a dead battery",
    "Chromebook 51830264 is assigned to Cart B in room 12",
    "Chromebook 51830264 needs a new screen",
])
def test_a_device_lent_to_an_adult_or_a_place_or_no_one_keeps_its_own_number(text, values_of):
    assert values_of(text, "student_id") == []



# A row opened by the number whose next cell is the student's name: last-name-first followed by the child's date
# after one space ("30418862 Lindqvist, Tova 05/02/2013"), or a cell of two capitalised words, one a given name, in
# either order ("30418862,Oduya Keziah,..."). A company's or a store's name in that cell, or a reference label before
# the number, keeps the number its own.
@pytest.mark.parametrize("text,expected", [
    ("Spelling bee entries:\n30418862 Lindqvist, Tova 05/02/2013\n30418877 Achebe, Femi 11/23/2012", "30418862"),
    ("Locker export:\n30418862,Oduya Keziah,B-114\n30418877,Marek Tobiasz,B-115", ["30418862", "30418877"]),
    ("30418862,Marisol Tanaka,gr 4", "30418862"),
])
def test_a_row_opened_by_the_number_then_the_students_name_is_a_student_id(text, expected, assert_flagged):
    assert_flagged(text, "student_id", expected)


@pytest.mark.parametrize("text", [
    "Vendor payments:\n30418862,Office Depot,312.50\n30418877,Lakeshore Learning,88.10",
    "PO 30418862 Lindqvist, Tova 05/02/2025",
    "30418862,Jewel Osco,44.75",
])
def test_a_row_opened_by_a_number_then_a_company_or_after_a_reference_label_is_no_student_id(text, values_of):
    assert values_of(text, "student_id") == []


# A thing's or a place's own number, named by its label: a recalled product's lot or batch, a game or a meet on the
# assigning site, a testing center's code. The ID word inside the label belongs to the thing; a student's ID said
# beside the same words is still one.
@pytest.mark.parametrize("text", [
    "Batch number 47120938 on the sunscreen recall: pull any bottles from the trainer's kit",
    "The meet ID 62019374 on the swim entries is for the conference prelims, not finals",
    "Our testing center number is 30571846, the proctor needs it on the sign-in",
    "Tournament ID 55193027 for the chess regional, register the team under it",
])
def test_a_things_or_a_places_own_number_is_no_student_id(text, values_of):
    assert values_of(text, "student_id") == []


@pytest.mark.parametrize("text,expected", [
    ("Student ID 47120938 missed the meet bus, can someone call home?", "47120938"),
    ("Tournament roster: Ines Vukovic 55193027, Theo Marsh 55193041", ["55193027", "55193041"]),
])
def test_a_students_id_beside_a_game_or_a_meet_is_still_one(text, expected, assert_flagged):
    assert_flagged(text, "student_id", expected)


# A question about a bare number answered, in the next sentence, by who the number is ("Can you reset 40317826? She's
# locked out of Canvas"), or the number said to be a person ("is 40317826 Talia Brennan or her cousin?"): the number
# is that child's. A number asked about as a sum, a label before it, or an answer that is no person keeps it unknown.
@pytest.mark.parametrize("text,expected", [
    ("Could someone reactivate 40317826? She's been locked out of Canvas since the weekend.", "40317826"),
    ("Quick one: is 40317826 Talia Brennan? The scanner at the library desk only shows the number.", "40317826"),
    ("can you re-add 40317826 to Canvas? Desmond Achterberg says his login stopped working", "40317826"),
])
def test_a_number_a_question_asks_about_and_a_person_answers_is_a_student_id(text, expected, assert_flagged):
    assert_flagged(text, "student_id", expected)


@pytest.mark.parametrize("text", [
    "Is 40317826 the right total for the field trip deposit? Dana Whitfield thinks it is off.",
    "Can someone approve PO 40317826? She needs the books by Friday.",
    "Who has 40317826 on their list? Thanks in advance!",
    "Can you check 40317826? The vendor says it never arrived.",
])
def test_a_number_asked_about_as_a_sum_or_answered_by_no_person_is_no_student_id(text, values_of):
    assert values_of(text, "student_id") == []


# A software build's number, often its date ("(build 20250312)"), is the program's, not a student's; a student's ID
# beside the verb "build" is still one.
@pytest.mark.parametrize("text", [
    "Gradebook sync broke again after the Skyward update (build 20250312), ticket is in",
    "Which build is the lab image on? Mine says build 31740592 and the projector app won't start",
])
def test_a_software_builds_number_is_no_student_id(text, values_of):
    assert values_of(text, "student_id") == []


@pytest.mark.parametrize("text,expected", [
    ("Student ID 31740592 will build the bridge model with Priya on Friday", "31740592"),
])
def test_a_student_id_beside_the_verb_build_is_still_one(text, expected, assert_flagged):
    assert_flagged(text, "student_id", expected)


# A header given in brackets at the end of the line over the rows ("... (ID; guardian; phone):", "(student ID -
# street)") labels the rows' cells as a header row does; a CSV header's column of PO or invoice numbers keeps its own.
@pytest.mark.parametrize("text,expected", [
    ("Field day pickup sheet (ID; guardian; phone):\n41867302; Nora Vance (aunt); 312-555-0148\n"
     "52907714; Eli Brandt (dad); 773-555-0199", ["41867302", "52907714"]),
    ("Library fines to clear before June (student ID \u2014 amount):\n60718325 \u2014 $4.50\n71829436 \u2014 $12.00",
     ["60718325", "71829436"]),
])
def test_a_header_named_in_brackets_over_the_rows_labels_their_ids(text, expected, assert_flagged):
    assert_flagged(text, "student_id", expected)


@pytest.mark.parametrize("text", [
    "Toner reorder (PO; vendor; total):\n41867302; Midwest Imaging; 212.00\n52907714; Toner Depot; 98.40",
    "supplier,invoice,total\nNorthside Books,60718325,340.10\nLakeview Art Supply,71829436,88.00",
])
def test_a_column_a_header_calls_a_po_or_an_invoice_keeps_its_numbers(text, values_of):
    assert values_of(text, "student_id") == []


# An account on the district's own domain named by eight digits is a student's account, named by the student's ID;
# the same digits on a personal mail provider are a mailbox, not an ID.
@pytest.mark.parametrize("text,expected", [
    ("Reset done, have him sign in as 38164027@cps.edu with Maple!Otter52", "38164027"),
    ("The two new fourth graders:\n40271936@cps.edu / Comet8812\n40271977@cps.edu / Puddle4407",
     ["40271936", "40271977"]),
])
def test_an_eight_digit_account_on_the_districts_domain_is_a_student_id(text, expected, assert_flagged):
    assert_flagged(text, "student_id", expected)


@pytest.mark.parametrize("text", [
    "my old account 38164027@gmail.com still gets the newsletters",
    "forward the quote to 38164027@vendorparts.com please",
])
def test_eight_digits_on_another_domain_are_no_student_id(text, values_of):
    assert values_of(text, "student_id") == []


# The first group of a GUID and a zero-padded counter are no issued ID, whatever label stands before them.
@pytest.mark.parametrize("text", [
    "The roster sync job id is 81620447-3bd2-4e1a-9c0f-77aa12de5b01, Clever support has it",
    "Training sandbox: student ID 00000042 is the practice account, use it freely",
])
def test_a_guid_group_or_a_zero_padded_counter_is_no_student_id(text, values_of):
    assert values_of(text, "student_id") == []


# Rows as exports and call lists print them: the name cells in the case typed with a system's key=value field or a
# year-first date after them, and a relative's phone as the next cell of a row the number opens; a vendor's row with
# an amount, or a note that is no phone, stays quiet.
@pytest.mark.parametrize("text,expected", [
    ("importer choked on this line:\n`70218834|Nakamura|Ren|grade=04|bus=12`", "70218834"),
    ("from the enrollment dump:\n81920377;OYELARAN;TOMI;20150322;M", "81920377"),
    ("Waitlist calls still to make:\n- 63310582 \u2014 grandma, 773-555-0131\n- 63310599 \u2014 dad, 312-555-0177",
     ["63310582", "63310599"]),
])
def test_an_export_row_or_a_call_list_row_opened_by_the_number_is_a_student_id(text, expected, assert_flagged):
    assert_flagged(text, "student_id", expected)


@pytest.mark.parametrize("text", [
    "reconcile this line:\n70218834;Office;Depot;412.75",
    "Warranty returns:\n- 63310582 \u2014 dad, the unit rattles when shaken",
])
def test_a_vendor_row_or_a_row_with_no_phone_is_no_student_id(text, values_of):
    assert values_of(text, "student_id") == []


# Whose it is, said after the number behind an arrow ("<number> <- that's Noor's student ID for the waiver"); a
# bare "ID for" an order names the order. A child's word in the sentence ("the Osei girls", "new enrollee", a bare
# "Student is ...") makes a number the child's; an ID label of another thing ("batch ID") keeps its own.
@pytest.mark.parametrize("text,expected", [
    ("51730946 <- that's Noor's student ID for the SAT waiver", "51730946"),
    ("Fees still open for the Osei girls (47201385 and 47201399), their aunt will pay Friday",
     ["47201385", "47201399"]),
    ("Student is Ines Marlow, 4th grade, PowerSchool shows her under 58214670 now", "58214670"),
    ("Loaner Chromebook is checked out to student No.62048817 until Friday", "62048817"),
])
def test_a_number_said_to_be_a_childs_is_a_student_id(text, expected, assert_flagged):
    assert_flagged(text, "student_id", expected)


@pytest.mark.parametrize("text", [
    "51730946 is the ID for the lamination order",
    "The PowerSchool export job ID from last night was 58214670, it timed out",
    "Invoice No.62048817 from the bus company is past due",
])
def test_an_id_of_an_order_a_job_or_an_invoice_is_no_student_id(text, values_of):
    assert values_of(text, "student_id") == []


# "ID numbers" is a label as "ID number" is, so a qualifier after it ("for Thursday's retest:") leaves the list to
# it; a label of another thing does not reach over a line break into the next field ("name: Ivy Grant" over "ID:").
# A sentence that opens with another number's label and gives the number after "is" keeps it that label's, whatever
# record words follow.
@pytest.mark.parametrize("text,expected", [
    ("ID numbers for Thursday's retest: 30581294, 30581317", ["30581294", "30581317"]),
    ("early pickup\nname: Ivy Grant\nID: 47709215\nmom at the front desk 2:15", "47709215"),
])
def test_an_id_numbers_list_or_an_id_field_under_a_name_is_a_student_id(text, expected, assert_flagged):
    assert_flagged(text, "student_id", expected)


@pytest.mark.parametrize("text", [
    "Grant ID 47709215 pays for the robotics kits",
    "Batch number on the nurse's recalled thermometer strips is 63391028, none of the kids were tested with them",
])
def test_a_grant_id_or_a_recalled_batch_is_no_student_id(text, values_of):
    assert values_of(text, "student_id") == []


# Labels that say nothing of the number: a chat mention ("<@U...>" read as "@user"), an account or a login "for" the
# number (whose account it is), a phone or line word with other words before the number ("the help line from
# <number> (Name)"); a reply's subject line says what its quoted lines are about. A phone label right before the
# number, a bank account for it, or a subject about an order leave it alone.
@pytest.mark.parametrize("text,expected", [
    ("<@U01AB2CD3> could you pull the attendance history for 60318274? <@U09ZZ8YY7> thinks he's chronically late",
     "60318274"),
    ("please reset the Skyward account for 74120596, the kid is locked out before the quiz", "74120596"),
    ("Voicemail on the attendance line from 38829105 (Tobias): he's home sick", "38829105"),
    ("Re: Re: transcript request\n> can you send 55261890's to the new school\non it", "55261890"),
])
def test_a_label_that_names_no_number_leaves_it_to_the_child_around_it(text, expected, assert_flagged):
    assert_flagged(text, "student_id", expected)


@pytest.mark.parametrize("text", [
    "Phone: 38829105 (Tobias)",
    "please close the bank account for 74120596 at the credit union",
    "Re: Re: toner order\n> PO 55261890 was approved\nthanks",
])
def test_a_phone_label_a_bank_account_or_an_order_thread_keeps_its_number(text, values_of):
    assert values_of(text, "student_id") == []


# A number that ends its sentence, the next opening with a family's word ("His mom ...", "Their current address ..."),
# is that child's; a total, or a sentence that opens otherwise, is not.
@pytest.mark.parametrize("text,expected", [
    ("Chromebook return label printed for 40695127. Her dad will bring the charger too", "40695127"),
    ("Progress report bounced for 40695133. Their new address is on the blue card", "40695133"),
])
def test_a_number_the_next_sentence_gives_a_family_to_is_a_student_id(text, expected, assert_flagged):
    assert_flagged(text, "student_id", expected)


@pytest.mark.parametrize("text", [
    "The grant total came to 40695127. Their family night budget is separate",
    "Please check 40695127. She thinks the count is wrong",
])
def test_a_total_or_a_sentence_with_no_family_after_the_number_is_no_student_id(text, values_of):
    assert values_of(text, "student_id") == []


# A name, a comma and the number ending its sentence, under a student label earlier in the sentence, is the student
# and the ID; under an order's label, or as a sentence's subject, it is not.
def test_a_name_and_a_number_after_a_student_label_in_the_sentence_is_a_student_id(assert_flagged):
    assert_flagged("Somebody left a student ID badge on the bus: Wren Halvorsen, 50817263. It's in the office.",
                   "student_id", "50817263")


@pytest.mark.parametrize("text", [
    "Order for the science lab: Wren Halvorsen, 50817263. It's in the office.",
    "Wren Halvorsen, 50817263 is the PO for the lab order",
])
def test_a_name_and_a_number_after_an_order_label_is_no_student_id(text, values_of):
    assert values_of(text, "student_id") == []


# A birth date given later in the number's own sentence makes the number a person's; a ticket's or a meeting's
# label before the number keeps it theirs.
def test_a_birth_date_later_in_the_sentence_makes_the_number_a_childs(assert_flagged):
    assert_flagged("possible duplicate: 72603158 and 72611904 are both 'Ari Katz' with DOB 11/2/2013, which one stays?",
                   "student_id", ["72603158", "72611904"])


@pytest.mark.parametrize("text", [
    "Ticket 72603158, DOB 11/2/2013 is on the scanned form",
    "Meeting ID 72603158 for the DOB 11/2/2013 correction review",
])
def test_a_ticket_or_a_meeting_before_a_birth_date_keeps_its_number(text, values_of):
    assert values_of(text, "student_id") == []


# An eight-digit number written as the user half of a login pair (its secret after a slash or a bar) in a message that
# speaks of logins and of children is the child's ID: schools make the ID the user name. The ID is kept beside the
# credential the pair also is. A staff member's pair, or a pair with no login word, names no child; digits inside a
# token are the token's.
@pytest.mark.parametrize(("text", "expected"), [
    ("Reading app sign-ins for my 2nd graders, tape these inside their folders:\n63019472 / pw Otter55\n"
     "63019488 / pw Heron71", ["63019472", "63019488"]),
    ("iPad logins for the two kids who joined today: 58120937 | Maple#62, 58120945 | Cedar#17",
     ["58120937", "58120945"]),
    ("Their usernames are the student IDs; for Ezra Lindqvist it's 70213396 / 09212017", "70213396"),
])
def test_the_user_half_of_a_childs_login_pair_is_a_student_id(text, expected, assert_flagged):
    assert_flagged(text, "student_id", expected)


@pytest.mark.parametrize("text", [
    "Sub logins for the week: 63019472 / Otter55!, 63019488 / Heron71!",
    "Copier codes for the new kids' classroom: 63019472 / 4471",
    "Twilio for the kids' pickup alerts:\nAccount SID: AC9f2e63019472d4c1b7e0aa35c6d9e812\nAuth token: 4be0c2d9f8a17e35b6c9d0e1f2a3b4c5",
])
def test_a_staff_pair_or_no_login_names_no_student_id(text, values_of):
    assert values_of(text, "student_id") == []


# Forms of enrollment and the front office (issue 11 item 2, scanrec23): a given name of the names lexicon right
# before the number, bare or in brackets, the number closing its clause; an aside in brackets naming a whole name (a
# grade may follow it) and then the number; a request an office files for one child ("bus stop request for", "new
# guardian phone for", "residency verification for", "the boundary for"); a lunch card printed with the number.
@pytest.mark.parametrize(("text", "expected"), [
    ("the twins' pickup list changed. Priya (51820937) and Rohan (51820945)", ["51820937", "51820945"]),
    ("only grandma can sign out this week. Malik 60418823", "60418823"),
    ("mom called about the field trip form (Tobias Grant, 73019466)", "73019466"),
    ("please add her to the reading group (Leila Haddad 3rd, 48270915)", "48270915"),
    ("new guardian phone for 39017264 is on the card she dropped off", "39017264"),
    ("Residency check for 52208731, they brought a lease and a gas bill", "52208731"),
    ("Bus stop request for 66120874, nearest corner to the new apartment please", "66120874"),
    ("can you print a new lunch card for 44019386? his got wet", "44019386"),
    # a child's ID spoken of in the possessive, the number given a sentence later
    ("Nadia's ID on the testing roster is off by a digit. It should be 30927184", "30927184"),
    ("is Tomas's student number right for the district form? we have 71530286 on file", "71530286"),
    # a row of an HTML table pasted from a portal
    ("copied out of the SIS:\n<tr><td>Ortiz, Lena</td><td>50418827</td><td>Rm 114</td></tr>\n"
     "<tr><td>Park, Daniel</td><td>50418835</td><td>Rm 114</td></tr>", ["50418827", "50418835"]),
])
def test_front_office_forms_of_a_childs_number_are_flagged(text, expected, assert_flagged):
    assert_flagged(text, "student_id", expected)


@pytest.mark.parametrize("text", [
    "Route 58007698 runs late on Fridays",
    "the shipment came from Sysco (15547331) this morning",
    "call Mr. Jordan (58007698) about the invoice",
    "Invoice (Amazon, 29044792) is still unpaid",
    "PO request for 20481234 approved by the business office",
    "lunch card reader serial 55120847 is broken again",
    "Nadia's number is on the sign-up sheet. The PO is 30927184",
    "Amazon's number changed. It should be 30927184 on the vendor form",
    "<table><tr><th>Item</th><th>PO</th></tr><tr><td>Toner</td><td>30927184</td></tr></table>",
])
def test_look_alikes_of_front_office_forms_name_no_student_id(text, values_of):
    assert values_of(text, "student_id") == []


# The student named in brackets after the number last-name first, an office paper's title before the number, and a
# reference word heading a compound title ("bus team:") that names no number (issue 11, scanrec24)
@pytest.mark.parametrize("text,expected", [
    ("pls look at 50928817 (Okafor, Temi) - the 61 on the unit test is a typo", "50928817"),
    ("Dean's list correction: 66120473 [Brandt, L.] should be on it", "66120473"),
    ("Locker change - 71840255, moved to the east wing", "71840255"),
    ("Schedule change: 40917732 wants out of 7th period art", "40917732"),
    ("Note for the bus crew: 58027713 (Ines R.) gets off at the library stop now", "58027713"),
])
def test_a_bracketed_name_or_an_office_papers_title_gives_the_id(text, expected, assert_flagged):
    assert_flagged(text, "student_id", expected)


@pytest.mark.parametrize("text", [
    "Invoice 44120398 (Main, Annex) is paid in full",
    "PO 37120998 (Staples, Inc) covers the toner",
    "bus number: 44120398 (Maya R. rides it)",
    "Purchase request: 55123409 for the printer toner",
    "Budget form: 71840255 is the grant line for the robotics club",
])
def test_a_bracketed_place_or_a_purchase_papers_title_gives_no_id(text, values_of):
    assert values_of(text, "student_id") == []


def test_an_export_row_after_a_long_title_gives_its_id(assert_flagged):
    assert_flagged("Locker order export, two rows keep failing: 57120934, Haddad, Noor, gr 6", "student_id",
                   "57120934")


@pytest.mark.parametrize("text", [
    "Supply order export, one row is bouncing: 57120934, OFFICE, DEPOT, 312.50",
    "Supply order export, one row is bouncing: 57120934, toner, 4 boxes",
])
def test_a_vendor_row_after_a_long_title_gives_no_id(text, values_of):
    assert values_of(text, "student_id") == []


def test_plural_work_orders_name_their_numbers(values_of):
    assert values_of("Work orders today: 71840255 (sink in 112), 71840262 (door closer, Maya's room)",
                     "student_id") == []

"""Must-flag and must-not-flag tables for personal phone numbers: a person's own number (a parent's, a student's, a staff member's cell), validated by libphonenumber, is one; offices, desks, hotlines, businesses, directory listings, toll-free and unassigned numbers are not.

Rows are grouped here from every earlier review of the detectors, then new wording written for these tests; every
value is made up (numbers generated to pass or fail their checksums on purpose).
"""
from __future__ import annotations

import pytest

from policy.scanner import scan

# (text, expected): None, any finding of this type; a string, one of this type's findings; a list, exactly
# this type's findings (in any order)
MUST_FLAG = [
    ('call my cell 312-555-0177 if the bus is late', ['312-555-0177']),
    ("Grandma's number: (708) 555-0123", ['(708) 555-0123']),
    ('text me at 773.555.0145', ['773.555.0145']),
    ('her mom is at +1 872 555 0190 after 6', ['+1 872 555 0190']),
    ('dad: 2245550118', ['2245550118']),
    ('+1 (312) 555-0144 is her cell', ['+1 (312) 555-0144']),
    ('The office has her cell: 773-555-0145', ['773-555-0145']),
    ('Abuela en Mexico: +52 55 1234 5678', ['+52 55 1234 5678']),
    # a label is used up by the number after it: the ID label does not make the mom's cell an ID
    ('student ID 61027734, mom 872-555-0155', ['872-555-0155']),
    ('acct 7723014458, text me at 773-555-0191 when it clears', ['773-555-0191']),
    # read out in comma groups
    ('her dad: three one two, five five five, zero one six six', ['three one two, five five five, zero one six six']),
    # a booking line is still someone's own when the text says so
    ('text me at 312-555-0163 to schedule the pickup', '312-555-0163'),
    ('her dad, 773-555-0172, wants to reserve the room for a talk', '773-555-0172'),
    # a 555 number outside the fictional 0100-0199 block is still what the colleague wrote down
    ('contact log: reached grandma on her cell 312-555-7781 after school', '312-555-7781'),
    ("stepdad's best # is 773 555 6620, texts only", '773 555 6620'),
    ("aunt's number for pickup: (708) 555-2294", '(708) 555-2294'),
    # a reference word inside a clause is not the number's label when a personal phone label came first
    ('text her cell if the route changes: 773-294-8811', '773-294-8811'),
    ('call my cell if the bus is late 773-294-8811', '773-294-8811'),
    ('Dana from HR, her cell is 773-294-8811', '773-294-8811'),
    ('reply within 24 hr, my cell 773-294-8811', '773-294-8811'),
    # a Slack link whose label is not the number or address
    ("Coach Vance's sister: <tel:7735550148|tap here>", '7735550148'),
    # two numbers side by side, or split by a pipe: both
    ("call 312-555-0147 773-555-0182 for the twins", ["312-555-0147", "773-555-0182"]),
    ("dad 312-555-0147 | mom 773-555-0182", ["312-555-0147", "773-555-0182"]),
    # a person's own line, whoever it belongs to, validated by libphonenumber
    ("Maria's mom: 312 555 0133", ["312 555 0133"]),
    ("my personal number if the sub needs me: (872) 555-0119", ["(872) 555-0119"]),
    ("Kinder dad 312.555.0142", ["312.555.0142"]),
    ("+44 7911 123456 is my UK mobile", ["+44 7911 123456"]),
    # a column of parents' cells
    ("Parent,Cell\nAna Ruiz,312-555-0199\nTom Bell,773-555-0142", ["312-555-0199", "773-555-0142"]),
    # the word after each number says whose line it is
    ("contact: 312-555-0177 (cell) / 312-555-0100 (school)", ["312-555-0177"]),
    ("grandpa 312.555.0163, works nights so call before 3", ["312.555.0163"]),
    # a personal cue after one number does not reach back to the number before it
    ("Front desk phone is 773-555-0100, my cell is 773-555-0145", ["773-555-0145"]),
    ("| Parent | Phone |\n|---|---|\n| Rosa Diaz | 773-555-0131 |", ["773-555-0131"]),
    ("| Staff | Room | Cell |\n|---|---|---|\n| Ms. Reyes | 104 | 773-555-0144 |", ["773-555-0144"]),
    ("mom's cell 773-555-\n0188 after 5", ["773-555-\n0188"]),
    # the writer's own number, whatever office the sentence names after it
    ("need me before 7? call me at 773-555-0157, the office won't be open", "773-555-0157"),
    # an office word after the number that opens a clause about the office is not the number's label
    ("after 3 reach the trainer on 312-555-0161, office closed for the holiday", "312-555-0161"),
    ("abuelo recoge a Luis: 708-555-0175, la oficina ya tiene el permiso", "708-555-0175"),
    ("the sitter called from 872-555-0133, office transferred her to my room", "872-555-0133"),
    # a label inside a pipe-separated signature's cell says what its number is, whatever the line above says
    ("Dana Li | Assistant Principal\nOffice: 312-555-0100 | Cell: 312-555-0188", "312-555-0188"),
    # a person named between a reference, card or office word and the number owns it (a title and surname, a
    # family word, a school-community role), and a person in brackets right after it does too
    ("he rides bus 9. Grandpa has him today: 773-555-0126", "773-555-0126"),
    ("locker cleanout order: Mrs. Abara will bring the boxes, 312-555-0138", "312-555-0138"),
    ("class trip room 108 - chaperone Dwayne Fox 872-555-0147 has the first aid kit", "872-555-0147"),
    ("refund went back to the card on file; questions to 708-555-0159 (Mr. Iqbal)", "708-555-0159"),
    # "he", "she", "his", "her" say a person, whatever place the sentence named first
    ("the boy who left his hoodie at the library says his number is 312-555-0164, text him", "312-555-0164"),
]

# no finding of this type
MUST_NOT_FLAG = [
    'Call the ITS Service Desk at 773-553-3925 for help',
    'main office 312-555-0100, attendance line 312-555-0101',
    'fax it to 773-555-0199',
    'In an emergency dial 911',
    'we have 555 students this year',
    'room 214, ext. 4410',
    'account 7723014458 at the credit union',
    'call 1-800-555-0199 for the textbook vendor',
    'The office says call 773-555-0100 for late buses',
    'Call 311 for the pothole, or 773-555-0100 for the office',
    'we need three, maybe four, chaperones and two, one or zero drivers',
    # a booking line is a place's, not a person's
    'call 312-555-0142 to reserve the gym for Saturday',
    '872-555-0123 for reservations at the banquet hall',
    '773-555-0122 is the number to book the auditorium',
    # directory assistance is a service, not a person
    'dial 312-555-1212 for directory assistance',
    # without a personal cue before it, a reference word still says whose number it is
    'Vendor line for Apex Copier service: 312-294-0142',
    'Bus route changes: call 773-294-8811 (transportation)',
    # a department's line
    'Background checks take two weeks; call HR at 773-553-1000',
    'Transportation: 773-553-2800',
    "Students who need rides, parent cells below. Nothing yet, I'll post at 3",
    '<tel:3125550100|Front office> for late arrivals',
    # organisations' lines: a staff directory of <tel:> links, desks, hotlines and businesses
    "Staff directory:\nMain Office <tel:7735550100|773-555-0100>\nNurse <tel:7735550111|773-555-0111>\n"
    "Ms. Rivera, counselor <tel:7735550123|773-555-0123>",
    "Department lines\nAttendance 773-555-0102\nAthletics 773-555-0107",
    "Tony's Pizza on Clark: 773-555-0166, they deliver to the school",
    "Reception desk: 312-555-0177",
    "Joe's Towing 312-555-0198",
    "Walgreens pharmacy line 312-555-0121",
    "Pediatric clinic 773-555-0190 for the vaccine appt",
    "the crisis line is 773-555-0135",
    "DCFS hotline 800-252-2873",
    # numbers libphonenumber knows no one can hold: unassigned area codes, premium and fictional ranges
    "call 721-905-4831 for the survey",
    "premium line 1-900-555-0143",
    "+44 7700 900123 is in every TV script",
    # a table of staff, rooms or departments lists their lines
    "| Staff | Room | Phone |\n|---|---|---|\n| Ms. Reyes | 104 | 773-555-0104 |\n| Mr. Tate | 210 | 773-555-0110 |",
    "Department,Phone\nAthletics,773-555-0107\nLibrary,773-555-0108",
    "the Police Athletic League number is 312-555-0139 for the summer program",
    # an office's number named as the sentence's subject, corrected further on
    "the attendance office number printed on the flyer is a typo, it's really 773-555-0109",
    "main office phone on the website is out of date, the right one is 312-555-0102",
    "the nurse office fax number on the form is old, use 773-555-0116 instead",
    # an organisation's line named in another language
    "Oficina principal 312-555-0104; para reportar ausencias use la línea de asistencia 312-555-0106",
    "Secrétariat : 312-555-0107, merci de ne pas appeler les enseignants",
    # a number named right before the office it is for, or beside a fax on a signature line
    "families can call 312-555-0108 or fax the form to the front office",
    "Tel: 312-555-0109 | Fax: 312-555-0199 | Westbrook Academy",
    # the service a line is for, said the other way round, and the school's main number by another name
    "per the family handbook, tardies are called in to 312-555-0103 before 8",
    "for anything after hours use the main number, 312-555-0105, not the teachers",
    # a business named nearest before the number (a shop called by its owner's name, a shop or office word),
    # "their" pointing back to it
    "the balloons came from Rosie's, their line is 773-555-0128 if we want more for graduation",
    "Uniform shop by the Brown Line (312-555-0137) has polos in every size",
    "the tent rental we use for field day is at Marco's - 708-555-0146",
]


@pytest.mark.parametrize("text,expected", MUST_FLAG)
def test_personal_phone_disclosures_are_flagged(text, expected, assert_flagged):
    assert_flagged(text, "personal_phone", expected)


@pytest.mark.parametrize("text", MUST_NOT_FLAG)
def test_personal_phone_look_alikes_are_not_flagged(text, values_of):
    assert values_of(text, "personal_phone") == []


def test_configured_office_numbers_come_from_the_policy_file():
    from dataclasses import replace

    from policy.document import load_policy
    from policy.scanner import DEFAULT_POLICY

    policy = load_policy(DEFAULT_POLICY)
    custom = replace(policy, district=replace(policy.district, office_numbers=("312-555-0177",)))
    assert scan("call 312-555-0177 tomorrow", custom) == []
    assert [f.type for f in scan("call 312-555-0177 tomorrow", policy)] == ["personal_phone"]


def test_a_slack_link_label_still_says_whose_line_the_number_is(values_of):
    assert values_of("<tel:7735550142|Ms. Ruiz's cell> if the bus is late", "personal_phone") == ["7735550142"]
    assert values_of("<tel:7735550100|Front office> if the bus is late", "personal_phone") == []


def test_numbers_without_a_country_code_are_read_in_the_districts_region():
    """The policy file's `district.phone_region` says where a bare number is dialled: the same ten digits
    are a Chicago cell for a US district and no valid number for a district in Britain (where 773... would
    be a British mobile, so the example is a 312 number)."""
    from dataclasses import replace

    from policy.document import load_policy
    from policy.scanner import DEFAULT_POLICY

    policy = load_policy(DEFAULT_POLICY)
    assert policy.district.phone_region == "US"
    british = replace(policy, district=replace(policy.district, phone_region="GB"))
    text = "her cell 312-555-0142"
    assert [f.type for f in scan(text, policy)] == ["personal_phone"]
    assert scan(text, british) == []
    assert [f.type for f in scan("her cell +1 312-555-0142", british)] == ["personal_phone"]


# -- a number in another country's national format, when the text says whose country it is ---------------------
# (the country word -> region table is policy/data/phone-countries.yaml; every number is made up and checked
# only for the shape of its country's numbering plan)

@pytest.mark.parametrize("text,number", [
    ("My Israeli number is 03-6091234 until the 20th", "03-6091234"),
    ("my Japanese number is 080-4417-2290", "080-4417-2290"),
    ("her mexican cell: 55 4821 7730 after 6", "55 4821 7730"),
    ("Dad's Chinese phone 139 2817 4406, WeChat too", "139 2817 4406"),
    ("my UK mobile 07400 482913 while I'm away", "07400 482913"),
    ("grandma's Polish number: 512 448 903", "512 448 903"),
])
def test_a_national_number_read_in_the_country_the_text_names_is_flagged(text, number, values_of):
    assert values_of(text, "personal_phone") == [number]


@pytest.mark.parametrize("text", [
    "my Japanese class number is 204",
    "Israeli dance night: line 3 starts at 9-12",
    "Chinese New Year assembly, number 3 on the program, 10:30",
    "the Mexican consulate line is busy, ext 4410",
    "UK exchange trip: phone tree number 12 of 40",
])
def test_a_country_word_near_a_number_that_is_no_phone_is_not_flagged(text, values_of):
    assert values_of(text, "personal_phone") == []


@pytest.mark.parametrize("text", [
    "Call the district office at (773) 555-0107 if the badge printer jams",
    "Call the district at 773-555-0107 for transcripts",
])
def test_the_district_answers_its_own_lines(text, values_of):
    assert values_of(text, "personal_phone") == []
# -- a school function's line is the organisation's, whoever answers it --------------------------------------
@pytest.mark.parametrize("text", [
    "the district nurse line is 312-555-0135",
    "Dean's line: (773) 555-0129 for tardies",
    "counseling line 708-555-0172, leave a message",
])
def test_a_school_functions_line_is_not_a_personal_phone(text, values_of):
    assert values_of(text, "personal_phone") == []


def test_a_parents_own_line_stays_personal(assert_flagged):
    assert_flagged("Her mom's line is 312-555-0147, call after 5", "personal_phone", "312-555-0147")


# Every alternative of the booking pattern, in several cases, and text that names none of it: the word pre-check
# that skips the search must answer as the search does, or a booking line would be reported as a person's.
_BOOKING_TEXTS = [
    " to book the gym", " and reserve a room", " to RENT the hall", " to Schedule an appointment",
    ", is the number to book the auditorium", " for reservations", " for bookings", " for room bookings",
    " for rentals", " for tickets", " for APPOINTMENTS", "'s the line to reserve the van",
    " if the bus is late", " (cell)", "", " after 6 pm, ask for the schedule", " booked solid",
    " to reserve\u212a", " for ticketing",
]


@pytest.mark.parametrize("after", _BOOKING_TEXTS)
def test_booking_word_precheck_answers_as_the_booking_pattern(after: str) -> None:
    from policy.detectors.personal_phone import _BOOKING, _may_book

    assert _may_book(after) == bool(_BOOKING.search(after))


@pytest.mark.parametrize("text", [
    "Taco place for the field day lunch is Los Primos, 312-555-0149, order by noon",
    "the catering spot we liked last year is Mama Lu's at (708) 555-0173",
])
def test_a_business_named_as_the_subject_owns_the_number(text, values_of):
    assert values_of(text, "personal_phone") == []


def test_a_personal_cue_still_wins_over_a_business_subject(assert_flagged):
    assert_flagged("Pizza place is booked; my cell is 312-555-0196 if they call", "personal_phone", "312-555-0196")


def test_a_phone_for_the_emergency_card_is_a_persons_not_a_cards(values_of):
    assert values_of("Grandpa's cell for the emergency card: 773-555-0142", "personal_phone") == ["773-555-0142"]


@pytest.mark.parametrize("text", [
    "the attendance voicemail is 312-555-0162, parents can call it any time",
    "Transportation's message line: 312-555-0177",
    "absence line for subs is (773) 555-0188",
    "call the building voice mailbox at 312-555-0131 after 4",
])
def test_an_organisations_recorded_lines_are_not_personal(text, values_of):
    assert values_of(text, "personal_phone") == []


def test_a_persons_own_voicemail_is_still_personal(assert_flagged):
    assert_flagged("my voicemail is 312-555-0164, leave a message", "personal_phone", "312-555-0164")


@pytest.mark.parametrize("text", [
    "ACT practice\n```\nName              Eng  Math  Comp\nRivera, Luis      312   555   0164\n```",
    "Lopez, Ana\t773\t555\t0123",
])
def test_digit_columns_of_a_space_aligned_table_are_no_phone(text, values_of):
    """A phone's groups are set off by one space, a dash or a dot; a run of spaces or a tab is a column break."""
    assert values_of(text, "personal_phone") == []


# Every way a line is marked as an organisation's: a role mailbox offered with it, a service's heading with a call
# verb, a phone menu's choice after it; a personal cue still says whose own number it is
@pytest.mark.parametrize("text", [
    "absences: call <tel:+17735550110|(773) 555-0110> or email <mailto:attendance-lhs@cps.edu|attendance-lhs@cps.edu>",
    "call 773-555-0134 or email registrar@lincolnhs.org",
    "attendance: call 773-555-0110",
    "Enrollment questions - dial 773-555-0110, M-F 8-4",
    "call 773-555-0110 and press 2 for attendance",
    "to report an absence call 773-555-0110",
])
def test_an_organisations_line_marked_by_mailbox_heading_or_menu_is_not_personal(text, values_of):
    assert values_of(text, "personal_phone") == []


@pytest.mark.parametrize("text,expected", [
    ("attendance: call his mom at 773-555-0110", "773-555-0110"),
    ("my cell 773-555-0110 or email office@lhs.org", "773-555-0110"),
    ("call 773-555-0110 or email jsmith@cps.edu", "773-555-0110"),
])
def test_a_personal_cue_beside_an_office_word_or_a_colleagues_mailbox_keeps_the_phone(text, expected, assert_flagged):
    assert_flagged(text, "personal_phone", [expected])


# "bus" or "room" in a clause about what goes wrong ("if the bus breaks down") labels no number when the writer
# says the line is their own
@pytest.mark.parametrize("text", [
    "text me if the van gets stuck in traffic: 773-555-0161 (my cell)",
    "Call my cell if the bus breaks down on the way back: 312-555-0174",
])
def test_a_transport_clause_between_the_writers_own_line_and_the_number_is_no_label(text, types_in):
    assert "personal_phone" in types_in(text)


# An office's line offered on: an office named earlier in the number's line, the nearest label, and nobody named
# between it and the number (no person, relative, role, possessive name or personal cue) leaves the number the office's
@pytest.mark.parametrize("text", [
    "The nurse's office voicemail is checked at 9 and 2. The number is 312-555-0137.",
    "Lunch forms: the main office keeps the list now. For a missing form, point families to 312-555-0137.",
])
def test_an_office_named_earlier_in_the_line_keeps_its_number(text, values_of):
    assert values_of(text, "personal_phone") == []


@pytest.mark.parametrize("text,expected", [
    ("The office closed early today. Her dad's cell is 312-555-0162 if you need him.", "312-555-0162"),
    ("Front office forwarded this: Mr. Albescu asked for a callback at 312-555-0162.", "312-555-0162"),
    ("The office closes at 4 on Fridays. After that, text me at 312-555-0162.", "312-555-0162"),
])
def test_a_person_between_the_office_and_the_number_keeps_the_phone(text, expected, assert_flagged):
    assert_flagged(text, "personal_phone", [expected])


# A phone tree listed name by name is the staff's calling chain: their own cells, not an organisation's directory;
# a school's menu called a phone tree still names its offices, which reject their numbers
@pytest.mark.parametrize("text,expected", [
    ("Winter break calling chain (phone tree):\nMr. Okafor 312-555-0147\nMs. Lindqvist 773-555-0182",
     ["312-555-0147", "773-555-0182"]),
    ("Fourth grade phone tree - snow closures\nPriya 708-555-0139\nGus 872-555-0166", ["708-555-0139", "872-555-0166"]),
])
def test_a_phone_tree_listed_by_name_holds_personal_numbers(text, expected, assert_flagged):
    assert_flagged(text, "personal_phone", expected)


@pytest.mark.parametrize("text", [
    "Updated phone tree:\nAttendance line 773-555-0110\nNurse's office 773-555-0111",
    "phone tree recording: press 1 for attendance (773-555-0110), press 2 for the main office",
])
def test_a_schools_phone_tree_of_offices_is_not_personal(text, values_of):
    assert values_of(text, "personal_phone") == []


# A card's expiry followed by its date is used up by the date: a phone number after it is somebody's line, not the card
@pytest.mark.parametrize("text,expected", [
    ("Grandma paid the band fee: Visa 4539 1488 0343 6467 exp 11/27, call back 312-555-0148", "312-555-0148"),
    ("card ending 0343, expiration 08/2029 - her number 708 555 0171 if it declines", "708 555 0171"),
])
def test_a_phone_after_a_cards_expiry_date_is_still_personal(text, expected, assert_flagged):
    assert_flagged(text, "personal_phone", [expected])


def test_an_expiry_word_without_its_date_still_names_the_number_after_it(values_of):
    assert values_of("card exp: 3125550148", "personal_phone") == []


# A phone word heading a clause whose qualifier names what the number is for or on ("for the late bus", "on the
# account") is the number's label; the reference or account word inside the qualifier is not
@pytest.mark.parametrize("text,expected", [
    ("Grandpa's cell for the field trip bus: 312-555-0157", "312-555-0157"),
    ("Mobile on the PayPal account is 708-555-0129, the dad's", "708-555-0129"),
    ("her phone for the order pickup = 872-555-0133", "872-555-0133"),
])
def test_a_phone_word_heading_a_qualified_clause_labels_the_number(text, expected, assert_flagged):
    assert_flagged(text, "personal_phone", [expected])


@pytest.mark.parametrize("text", [
    "call for the account balance: 773-555-0100",
    "phone for the transportation office: 773-555-0112",
])
def test_a_call_for_an_account_or_an_office_phone_is_not_a_persons_line(text, values_of):
    assert values_of(text, "personal_phone") == []


# A line that opens by asking for the writer ("text me", "I'm at") or names a person's own cell, and names an office
# only as the alternative or the case the number is for, gives that person's number
@pytest.mark.parametrize("text,expected", [
    ("Running late from the dentist. If the front office asks for me, I'm at 312-555-0147", "312-555-0147"),
    ("Call me if anything comes up at the game, not the main office: 773 555 0129 - Coach Berrios", "773 555 0129"),
    ("the sub's cell in case the attendance line is busy: 708-555-0182", "708-555-0182"),
])
def test_an_office_named_as_the_alternative_to_the_person_asked_for_does_not_make_it_the_offices_line(
        text, expected, assert_flagged):
    assert_flagged(text, "personal_phone", expected)


@pytest.mark.parametrize("text", [
    # asking to be sent a number offers none of one's own
    "can someone text me the front office number? I think it's 773-555-0161",
    "call me back at the main office, 773-555-0162",
    # no one asked for: the office's line
    "If the office is closed, the attendance line is 773-555-0163",
])
def test_asking_to_be_sent_an_offices_number_keeps_it_the_offices_line(text, values_of):
    assert values_of(text, "personal_phone") == []


def test_a_persons_cell_asked_about_in_a_question_does_not_own_the_office_line_given_instead(values_of):
    text = "the tutor's cell? No, go through the main office line: 773-555-0164"
    assert values_of(text, "personal_phone") == []


# A local number read out with its area code after it is the whole number, in digits or in words; an office's or a
# fax's number said that way is still the organisation's.
@pytest.mark.parametrize("text", [
    "text the coach directly, 555-0147 area code 708",
    "grandpa's cell: five five five, oh one three nine (area 630)",
    "her mom said to use five five five zero one, eight eight, area code seven seven three",
])
def test_a_local_number_with_its_area_code_after_it_is_a_phone(text, values_of):
    assert len(values_of(text, "personal_phone")) == 1


@pytest.mark.parametrize("text", [
    "the attendance office is 555-0147 area code 708",
    "fax it to 555-0147, area code 312",
    "room 214 area code 773 callers go to voicemail",
])
def test_an_offices_local_number_or_no_number_before_an_area_code_is_not_flagged(text, values_of):
    assert values_of(text, "personal_phone") == []


# After a person's own phone word, a reference word ("bus", "route", "room") followed by more words of the sentence is
# inside a clause, not the number's label; without the personal phone word, or with only "number"/"line" between,
# the reference word still names the line.
@pytest.mark.parametrize("text", [
    "ring Mr. Adebayo on his cell once the bus pulls in, 773-555-0128, he meets them at the curb",
    "her personal cell for the tournament (only give it to the bus chaperones): 312-555-0164",
])
def test_a_persons_cell_before_a_reference_word_inside_a_clause_is_a_phone(text, values_of):
    assert len(values_of(text, "personal_phone")) == 1


@pytest.mark.parametrize("text", [
    "Bus company dispatch: 773-555-0147",
    "text her cell about the bus number: 773-555-0147",
    "route 9 dispatch line is 773-555-0147",
])
def test_a_reference_word_right_before_the_number_still_names_the_line(text, values_of):
    assert values_of(text, "personal_phone") == []


# An office named only to be passed over ("instead of the front desk", "she never picks up the school line", "main
# office never answers") leaves the number beside it to the person the sentence speaks of; an office named as the
# line, even in a negative sentence about someone else's number, still owns it
@pytest.mark.parametrize("text,expected", [
    ("the plumber said to ring him directly rather than the main office: 872-555-0131", "872-555-0131"),
    ("Grandpa doesn't pick up the school line, so it's (708) 555-0193 for him", "(708) 555-0193"),
    ("the caseworker's direct cell is 312-555-0172, main office never calls back", "312-555-0172"),
])
def test_a_number_beside_an_office_passed_over_is_the_persons(text, expected, assert_flagged):
    assert_flagged(text, "personal_phone", expected)


@pytest.mark.parametrize("text", [
    "don't call the front desk after 4, 773-555-0108 is the attendance line",
    "Not the main office: 773-555-0108 for the registrar",
    "Front office 773-555-0108, it never picks up before 8",
])
def test_an_office_line_in_a_negative_sentence_is_still_the_offices(text, values_of):
    assert values_of(text, "personal_phone") == []


# An enquiry heading opening a line or a sentence ("Info:", "Questions:") gives an organisation's desk line, unless a
# person is named between it and the number, or the number is said to be someone's own
@pytest.mark.parametrize("text", [
    "Free tax help for families at the library on Saturdays. Info: 773-555-0126.",
    "> Subject: Field day buses\n> Questions: <tel:7735550126|(773) 555-0126>",
    "Questions: Student Accounts, 773-555-0126",
])
def test_a_number_under_an_enquiry_heading_is_an_organisations_line(text, values_of):
    assert values_of(text, "personal_phone") == []


@pytest.mark.parametrize("text,expected", [
    ("Questions: ask Coach Brandt, 773-555-0127", "773-555-0127"),
    ("Info: text me at 773-555-0127 after practice", "773-555-0127"),
    ("Emergency contact info: 773-555-0127 (grandma)", "773-555-0127"),
])
def test_a_persons_number_under_an_enquiry_heading_is_still_personal(text, expected, assert_flagged):
    assert_flagged(text, "personal_phone", expected)


# An application's sending number in its settings is the system's line; a person's key keeps a person's number
# (issue 11, scanrec24)
@pytest.mark.parametrize("text", [
    "pasting the old notifier config before we wipe it:\nSMS_FROM_NUMBER=+17735550142\nRETRY=3",
    "bell app settings: voice.caller_id: \"+1 312 555 0166\"",
])
def test_an_applications_sender_setting_is_no_personal_phone(text, values_of):
    assert values_of(text, "personal_phone") == []


@pytest.mark.parametrize("text,expected", [
    ("import row: GUARDIAN_CELL=+17735550142", "+17735550142"),
    ("inbound log: {\"from\": \"+13125550166\", \"body\": \"running late, sorry\"}", "+13125550166"),
])
def test_a_persons_key_or_an_inbound_sender_stays_personal(text, expected, assert_flagged):
    assert_flagged(text, "personal_phone", expected)


# A relative's number word, then where it is written ("on the tag", "from the field-trip form"): the paper's reference
# word says where, not what, the number is (issue 11, scanrec24)
def test_a_relatives_number_written_on_a_paper_is_personal(assert_flagged):
    assert_flagged("found a lunchbox in the gym, his mom's # on the label is 773-555-0148, I'll text her",
                   "personal_phone", "773-555-0148")


def test_a_number_on_a_paper_with_no_owner_stays_the_papers(values_of):
    assert values_of("the number on the asset tag is 773-555-0148", "personal_phone") == []


def test_a_relatives_number_read_per_a_card_is_personal(assert_flagged):
    assert_flagged("grandpa's number per the pickup card: (708) 555-0163, he is the backup", "personal_phone",
                   "(708) 555-0163")


# A block of an organisation's numbers, a cheque's MICR field, a court clerk's line and recording, and a processor's
# batch number are no one's phone; a list of two people's numbers stays two phones (issue 11, scanrec24)
@pytest.mark.parametrize("text", [
    "the new phone system owns 312-555-0140 thru 312-555-0159, please don't hand those out",
    "voided check OCR: \u2446071000013\u2446 4402918836\u2448 2201",
    "the county court clerk's line is 773-555-0131, they only confirm dates",
    "hearing moved, the court's recording at 773-555-0139 says 9am",
    "Square batch 7735550123 paid out to the club account",
])
def test_ranges_cheque_fields_and_court_lines_are_no_personal_phones(text, values_of):
    assert values_of(text, "personal_phone") == []


@pytest.mark.parametrize("text,expected", [
    ("volunteer row: Ines Okafor - 773-555-0162 - 1402 W Berwyn Ave", "773-555-0162"),
    ("grandma 773-555-0171 - grandpa 773-555-0172", ["773-555-0171", "773-555-0172"]),
])
def test_phones_in_rows_and_lists_stay_personal(text, expected, assert_flagged):
    assert_flagged(text, "personal_phone", expected)

"""Must-flag and must-not-flag tables for dates of birth: a full date with a birth label, in any format, spelled out included, is one; event dates, eligibility ranges, history lessons and placeholders are not.

Rows are grouped here from every earlier review of the detectors, then new wording written for these tests; every
value is made up (numbers generated to pass or fail their checksums on purpose).
"""
from __future__ import annotations

import pytest

from policy.scanner import scan

# (text, expected): None, any finding of this type; a string, one of this type's findings; a list, exactly
# this type's findings (in any order)
MUST_FLAG = [
    ('Kai Ortiz, DOB 7/4/2014, transferring in', ['7/4/2014']),
    ('date of birth: 2013-11-02', ['2013-11-02']),
    ('she was born March 3rd, 2012 in Peoria', ['March 3rd, 2012']),
    ('birthdate 03.15.2011 per the enrollment packet', ['03.15.2011']),
    ('born on the twenty-first of May, two thousand twelve', ['twenty-first of May, two thousand twelve']),
    ('b-day 12 Jan 2015 for the insurance form', ['12 Jan 2015']),
    ('date of birth 2012/04/17', ['2012/04/17']),
    ('DOB April 17th 2012', ['April 17th 2012']),
    ('Sami was born at Mercy Hospital on 3/4/2015', ['3/4/2015']),
    # "b." for born straight after a whole name, in any date format
    ('Soren Hale b. 02/11/2013 joins room 12 Monday', '02/11/2013'),
    ('Quinn Adair b. June 3, 2012 (from Evanston)', 'June 3, 2012'),
    ('Delacroix, Remy b. 2012-10-05', '2012-10-05'),
    # a date of birth read out as numbers
    ('DOB: eight twenty-one two thousand eleven', 'eight twenty-one two thousand eleven'),
    ('born five nine twenty thirteen', None),
    ('date of birth 11 4 2012, for the bus form', '11 4 2012'),
    ('Hana Sato was born before her brother, on 11/19/2013', '11/19/2013'),
    # a person's own date and line next to the new range and department rules
    ("Leo Park, born Oct 3 2020, mom says he's shy", 'Oct 3 2020'),
    # plural labels and list headers: the header labels each line under it
    ('Office needs birthdates. Mendoza, Carla: 5/17/1986', '5/17/1986'),
    ('DOBs for the field trip insurance:\nOkoro, Femi 10/03/2014\nBlake, Ivy 6/21/2013', '6/21/2013'),
    # chat emphasis around a label
    ('_DOB:_ 02/14/2012 (Sami Haddad)', '02/14/2012'),
    # the aside "b." after a name; "sign in" / "log in" pairs
    ('Ferris, Noor (b. 7/22/2013) starts Monday', '7/22/2013'),
    # a DOB column of a Markdown or CSV paste
    ("| Name | DOB |\n|---|---|\n| Ava Lin | 3/4/2012 |\n| Ben Ortiz | 11/30/2011 |", ["3/4/2012", "11/30/2011"]),
    ("first;last;dob\nNoor;Aziz;2013-05-09\nEli;Park;2012-12-01", ["2013-05-09", "2012-12-01"]),
    # a value wrapped across two rows
    ("DOB 03/14/\n2012", ["03/14/\n2012"]),
    # a header-less roster row: a name, a date a student's age back, then the student's ID
    ("new enrollee: Okoye, Adaeze 9/2/2014 SID 40615529", "9/2/2014"),
    # a birthday list gives each person's date of birth when it carries a year of birth
    ("bday list for the staff room - Kowalski 02/11/1976, Mendez 09/03/1990", ["02/11/1976", "09/03/1990"]),
    ("staff birthdays:\nMs. Adeyemi 6/18/1982\nMr. Price 12/1/1969", ["6/18/1982", "12/1/1969"]),
    ("Tomasz Wojcik (night custodian), b. 4/2/71, starts Monday", "4/2/71"),
    # a date that ends the message with a full stop
    ("Nadia Volkov DOB 09/14/2012.", "09/14/2012"),
    ("date of birth for Eamon: 2013-05-30.", "2013-05-30"),
    # a birth certificate read out
    ("birth cert says 10/03/2014 but the form says 10/08/2014 for Nils Berg", "10/03/2014"),
    ("Amara's birth certificate shows 2015-01-22", "2015-01-22"),
]

# no finding of this type
MUST_NOT_FLAG = [
    'Field trip is 5/14/2026, forms due 5/1',
    'Template: DOB MM/DD/YYYY',
    'Happy birthday Ms. Ruiz! Cake in the lounge at 3',
    # values the text says are examples or made up, and a lesson's opener
    'From the enrollment user guide: Student DOB 02/02/2002, name Test Kid - all fake data',
    "Screenshot for the training: DOB 06/15/2010 - these are made up, don't panic",
    'Warm-up question: Jackie Robinson was born January 31, 1919. What year did he join the Dodgers?',
    'Our unit on Rosa Parks: she was born February 4, 1913 - timeline project due Friday',
    'Board meeting 2025-10-14 at 6pm',
    "born in 2012 (that's all the form asks)",
    # a birth date older than any living colleague, parent or student, or a celebrity's in trivia
    'Library display: Louisa May Alcott was born November 29, 1832',
    'music trivia: Stevie Wonder was born May 13, 1950',
    'Option a. 4/1/2024 or option b. 4/8/2024 for the PD day',
    'Appendix b. 3/3/2021 has the budget',
    'Section B. 5/6/2019 of the handbook changed',
    'Isaac Newton b. 1/4/1643 for the science timeline',
    # a number read out beside a year that no birth label names
    'we need three twelve 2024 calendars',
    'meeting nine twelve twenty twenty-six in room 204',
    # a range or a cut-off of birth dates is an eligibility rule
    'Registration opens 2/1 for children born between 9/2/2020 and 9/1/2021',
    'born on or after 9/2/2020 may register for kindergarten',
    'Testing dates:\nMAP 1/15/2025\nACCESS 2/3/2025',
    'Birthdays this month:\nMr. Grant 3/9\nMs. Ochoa 3/22',
    '*born* to read week starts 3/3/2025',
    'see item (b. 6/2/2024 deadline) in the grant report',
    'Born to Learn week starts 4/7/2025 in the library',
    "| Event | Date |\n|---|---|\n| Open house | 3/4/2026 |\n| Field day | 5/30/2026 |",
    "due 03/14/\n2026 for the field trip forms",
    "Hired: Ramos, Elena 8/15/1998 ID 40615529",
    "staff birthdays this week: Kowalski 2/11, Mendez 9/3",
    "birthday party list: RSVPs by 05/06/2026, cake from Mendez",
    "birthday calendar update meeting on 03/12/2026 with Kowalski",
    "Birth certificate copies were mailed 03/02/2023 to the families",
    "birth certificates due 9/1/2024 for every new kindergartner",
]


@pytest.mark.parametrize("text,expected", MUST_FLAG)
def test_date_of_birth_disclosures_are_flagged(text, expected, assert_flagged):
    assert_flagged(text, "date_of_birth", expected)


@pytest.mark.parametrize("text", MUST_NOT_FLAG)
def test_date_of_birth_look_alikes_are_not_flagged(text, values_of):
    assert values_of(text, "date_of_birth") == []


# -- the ways chat writes a birth date: "b.", dotted and day-month-name forms, a birthday beside an age ---------

@pytest.mark.parametrize("text,expected", [
    ("Jaylen Moore, b. 3/4/2011", "3/4/2011"),
    ("Jaylen b. March 4, 2011", "March 4, 2011"),
    ("Ana Ruiz DOB 03.04.11", "03.04.11"),
    ("Ana Ruiz (DOB: 4-Mar-2011)", "4-Mar-2011"),
    ("she was born on the 4th of March 2011", "4th of March 2011"),
    ("Jaylen turns 11 on 3/4", "3/4"),
    ("Ana, age 10, bday 3/4", "3/4"),
    ("Ana is 9 years old, her birthday is March 4th", "March 4th"),
    # a roster row pasted without its header: a name, a date a student's age back, a grade
    ("Jaylen Moore 03/04/2013 Gr 8 IEP", "03/04/2013"),
    ("Moore, Jaylen, 03/04/2013, 8th", "03/04/2013"),
])
def test_birth_dates_in_chat_forms_are_flagged(text, expected, assert_flagged):
    assert_flagged(text, "date_of_birth", expected)


@pytest.mark.parametrize("text", [
    "meeting on the 4th of March 2026",
    "Ana turns in her project on 3/4",
    "the form is due 3/4, age 10 and up",
    "the kids turn 5 on the field trip 3/4",
    "Item b. March 4, 2011 budget line",
    "age 10 and up, birthday party 3/4 at the gym",
    "Jaylen is 11 yrs old, meeting on 3/4",
    "the board was established on the 4th of March 1911",
    "Report Cards 03/04/2026 Gr 5",
    "Field Day 05/12/2026 Gr 3",
    "Jaylen Moore 09/02/2024 Gr 8 enrolled",
    "Ms. Park 03/04/2011 Gr 5 hire date",
])
def test_dates_beside_ages_or_b_that_are_no_birth_date_are_not_flagged(text, values_of):
    assert values_of(text, "date_of_birth") == []


# -- the formats people type: a named month with a short year, eight bare digits, the day said first or last ------

@pytest.mark.parametrize("text,expected", [
    ("Rafael's dob is sept 9th '14", "sept 9th '14"),
    ("b-day 22 nov 13 per the registration card", "22 nov 13"),
    ("DOB 11092014 on the enrollment form", "11092014"),
    ("birthdate: 20140911", "20140911"),
    ("date of birth: Sep-11-2014", "Sep-11-2014"),
    ("he was born in Sept 2014, the 11th, at home", "Sept 2014, the 11th"),
    ("Rafael turned 11 on the 9th of September", "9th of September"),
    ("she'll be 10 on Feb 3, cupcakes ok?", "Feb 3"),
    ("it's his 9th birthday on 9/11", "9/11"),
])
def test_a_birth_date_in_the_forms_people_type_is_flagged(text, expected, assert_flagged):
    assert_flagged(text, "date_of_birth", expected)


@pytest.mark.parametrize("text", [
    "twins were born Sept 9 12 minutes apart",  # a count after the month and day, no year
    "field trip on the 9th of September, 40 students",
    "invoice date 11092014 from the bus company",  # eight digits with no birth label
    "our 9th birthday party for the school is Sept 9",  # an event between the birth word and the date
    "the 8th grade trip will be 3 on the list",
    "she'll be out on Feb 3 for a dentist visit",
])
def test_event_dates_and_counts_are_not_birth_dates(text, values_of):
    assert values_of(text, "date_of_birth") == []


def _years_ago(years: int, month: int = 1, day: int = 15) -> str:
    """A date `years` whole years back (month and day early in the year, so the age is exact today)."""
    import datetime

    return f"{month}/{day}/{datetime.date.today().year - years}"


@pytest.mark.parametrize("text,expected", [
    (f"Noor H., age 9 ({_years_ago(9)})", _years_ago(9)),
    (f"Noor Haddad | 9 yrs old | {_years_ago(9)}", _years_ago(9)),
    ("Birth: 2/14/2016", "2/14/2016"),
    ("d/o/b 2/14/2016", "2/14/2016"),
    ("date-of-birth 2/14/2016", "2/14/2016"),
])
def test_an_age_beside_a_date_that_many_years_back_or_a_loose_birth_label_gives_the_birth_date(text, expected,
                                                                                                 assert_flagged):
    assert_flagged(text, "date_of_birth", expected)


@pytest.mark.parametrize("text", [
    f"Noor, age 9, enrolled {_years_ago(9)}",  # a verb's date is that act's
    f"9 years old program, founded {_years_ago(9)}",
    "birth certificate received 2/14/2024",
    f"Noor is 9 - the report is from {_years_ago(2)}",  # an age and a date that do not agree
])
def test_an_age_near_a_date_of_some_act_is_no_birth_date(text, values_of):
    assert values_of(text, "date_of_birth") == []


def test_a_reference_word_in_the_sentence_does_not_take_the_birth_label(assert_flagged):
    # "bus" is a reference label, but here a noun of the sentence: the DOB label names the date
    assert_flagged("DOB needed for the bus roster, it's 10/02/2013", "date_of_birth", "10/02/2013")


def test_a_reference_label_right_before_the_date_still_names_it(values_of):
    assert values_of("born in Ghana; invoice 10/02/2023 from the travel agent", "date_of_birth") == []


# "b." as a cell of one person's row (after a name or a student ID, between pipes, tabs or slashes) is "born";
# a "b." cell in a row that names no one (an option list, a room's row) is not.
@pytest.mark.parametrize("text,expected", [
    ("Intake: Rosa Quintero | b. 02/14/2016 | gr 3 | bus 7", "02/14/2016"),
    ("New: stu 61730982 | b. 9/30/2014 | 5th", "9/30/2014"),
    ("Theo Park\tb. 04/02/2017\tK\tPM", "04/02/2017"),
])
def test_a_born_cell_in_a_persons_row_is_a_birth_date(text, expected, assert_flagged):
    assert_flagged(text, "date_of_birth", expected)


@pytest.mark.parametrize("text", [
    "Options | a. 01/05/2018 | b. 02/05/2018",
    "Room 12 | b. 01/05/2018 | closed",
])
def test_a_born_cell_in_a_row_naming_no_one_is_no_birth_date(text, values_of):
    assert values_of(text, "date_of_birth") == []


@pytest.mark.parametrize("text,value", [
    ("Seating chart issue: Tobias K. (b. 2/19/12) keeps getting put with the 3rd graders", "2/19/12"),
    ("Can you add Mrs. Delacroix-Amari to the staff birthday calendar: 8/23/1976? Thanks!", "8/23/1976"),
    ("For the birthday list in the lounge, Mr. Oyelaran's is 12/5/1990", "12/5/1990"),
    ('{"student": "Renata Szabo", "birthdate": "2014-10-02", "grade": 4}', "2014-10-02"),
])
def test_a_birthday_with_its_year_or_after_a_names_b_is_a_date_of_birth(text, value, assert_flagged):
    assert_flagged(text, "date_of_birth", value)


@pytest.mark.parametrize("text", [
    "Staff birthday potluck: 3/14/2024 in the lounge",
    "Option C. (b. 5/6/2019 revision) is the cheaper one",
])
def test_an_event_date_or_an_outline_b_is_no_date_of_birth(text, values_of):
    assert values_of(text, "date_of_birth") == []


def test_a_birth_date_typed_one_character_at_a_time_is_flagged(assert_flagged):
    assert_flagged("B i r t h d a t e  0 3 / 0 9 / 2 0 1 6 for the new kinder", "date_of_birth", None)


def test_a_birth_date_in_classroom_material_is_no_disclosure(values_of):
    assert values_of("Wilma Rudolph (born June 23, 1940) - passage for the sports unit", "date_of_birth") == []


# A birth label on a form in another language the district's families write (policy/data/form-labels.yaml), the
# month named in that language, and the year-month-day of Chinese, Japanese and Korean forms
OTHER_LANGUAGES = [
    ("Alumna nueva: Renata Solís, fecha de nacimiento 04/17/2012, 7o grado", "04/17/2012"),
    ("F. de nac.: 2013-09-02 (hermano de Iker)", "2013-09-02"),
    ("nació el 5 de agosto de 2011 en Monterrey", "5 de agosto de 2011"),
    ("Data urodzenia: 21.03.2014, klasa 4", "21.03.2014"),
    ("ur. 8 lutego 2012 w Rzeszowie", "8 lutego 2012"),
    ("Ngày sinh: 12/30/2010 - em Pham Minh Khoa", "12/30/2010"),
    ("出生日期：2013年11月4日", "2013年11月4日"),
    ("생년월일 2012년 6월 19일", "2012년 6월 19일"),
    ("née le 14 juillet 2011 à Port-au-Prince", "14 juillet 2011"),
    ("dat nesans: 03/09/2013", "03/09/2013"),
    ("дата рождения 05.04.2013", "05.04.2013"),
    ("data de nascimento: 27/10/2012", "27/10/2012"),
    ("petsa ng kapanganakan: 01/15/2011", "01/15/2011"),
    ("تاريخ الميلاد: 2012-02-11", "2012-02-11"),
    ("Nombre: Itzel Paredes / Fecha de nac: 9 de octubre de 2013", "9 de octubre de 2013"),
]
OTHER_LANGUAGE_EVENTS = [
    "Fecha de la reunión: 10/14/2025 a las 6pm",
    "Data spotkania: 14.10.2025, sala 112",
    "ngày họp 10/14/2025 lúc 6 giờ",
    "the 22 de marzo de 2025 assembly is moved",
    "出发日期：2025年10月14日",
]


@pytest.mark.parametrize("text,expected", OTHER_LANGUAGES)
def test_a_birth_label_in_another_language_gives_the_birth_date(text, expected, assert_flagged):
    assert_flagged(text, "date_of_birth", [expected])


@pytest.mark.parametrize("text", OTHER_LANGUAGE_EVENTS)
def test_a_meeting_or_event_date_in_another_language_is_no_birth_date(text, values_of):
    assert values_of(text, "date_of_birth") == []


# A date of a child's age in a row opened by a student ID is that child's birth date; an order's or a ticket's row
# with a date is not (its number is no student's).
@pytest.mark.parametrize("text,expected", [
    ("import error on this one:\n38120945,NWOSU,ADAEZE,F,2014-02-03,5", "2014-02-03"),
    ("rows from SIS\n61238804 | Halloran, Quinn | 07/22/2012\n61238805 | Baptiste, Remy | 01/09/2013", "07/22/2012"),
])
def test_a_childs_date_in_a_row_opened_by_a_student_id_is_a_birth_date(text, expected, assert_flagged):
    assert_flagged(text, "date_of_birth", expected)


@pytest.mark.parametrize("text", [
    "PO list\n41207763 | Office Depot | 2015-06-02",
    "Ticket 61730045 | opened 03/04/2016 | closed",
])
def test_a_date_in_a_row_no_student_id_opens_is_no_birth_date(text, values_of):
    assert values_of(text, "date_of_birth") == []


@pytest.mark.parametrize("text,expected", [
    ("Sam's birthdate is off in Aspen, shows 4/31/2012 haha, his dad says it's really Mar 4, 2012. can you fix",
     "Mar 4, 2012"),
    ("the DOB field for Ana is blank in Aspen and the registrar says to leave it, the real one is 3/14/2011",
     "3/14/2011"),
])
def test_a_correction_carries_a_far_birth_label_to_the_date_it_gives(text, expected, assert_flagged):
    assert_flagged(text, "date_of_birth", expected)


@pytest.mark.parametrize("text", [
    "the DOB column got shifted in the export so the dates are off, graduation is actually 6/12/2024",
    "the field trip date on the form was wrong, it's actually 3/14/2011",
])
def test_a_correction_of_another_things_date_is_no_birth_date(text, values_of):
    assert values_of(text, "date_of_birth") == []


# A table typed as inline code, one row a line, and a DOB column beside an event column; a school's own singers,
# actors and musicians are its students, not celebrities
@pytest.mark.parametrize("text", [
    "`student,dob,heat`\n`Mara Quinn,2011-05-30,200m`\n`Joel Park,2010-12-02,relay`",
    "name|birthdate|event\nAda Moss|03/19/2012|long jump\nKip Lane|07/01/2011|hurdles",
    "The festival form needs every actor's birthdate: Rosa Vidal 2 May 2010, Ike Bell 30 Jan 2011",
])
def test_birth_dates_in_code_rows_beside_event_columns_and_of_our_own_performers_are_flagged(text, types_in):
    assert "date_of_birth" in types_in(text)


def test_a_famous_singers_birth_date_stays_trivia(values_of):
    assert values_of("Fun fact for music class: the singer was born May 3, 1990 in Ohio", "date_of_birth") == []


# A scanned form read by OCR gives letters for the digits they look like, in the label and in the date: after a birth
# label the letters are read as those digits
@pytest.mark.parametrize("text,expected", [
    ("pasted from the scanned intake: D0B 1l/O3/2Ol2, grade 5", "1l/O3/2Ol2"),
    ("OCR of the sports physical: Date 0f Birth: O9/2l/2O1O", "O9/2l/2O1O"),
    ("dob from the scan came through as 0I-17-2Ol1", "0I-17-2Ol1"),
])
def test_a_birth_date_read_by_ocr_with_letters_for_digits_is_flagged(text, expected, assert_flagged):
    assert_flagged(text, "date_of_birth", expected)


@pytest.mark.parametrize("text", [
    "D0B 13/4O/2Ol2 came through garbled, I'll ask the office",  # no such month and day
    "scanned the form code lO/ll/IIII for the records clerk",  # no birth label, and no year
    "see section O1/l2/2O14 of the handbook",  # no birth label
])
def test_ocr_shaped_text_without_a_birth_label_or_a_real_date_is_not_flagged(text, values_of):
    assert values_of(text, "date_of_birth") == []


# An export's column key joins the label's words with an underscore ("birth_date", "date_of_birth"): the unit reads
# the column, and the prefilter must wake it for that key, or the dates are lost on the fast path only.
@pytest.mark.parametrize("header", ["surname,given,birth_date,homeroom", "surname\tgiven\tdate_of_birth\thomeroom"])
def test_a_birth_date_column_keyed_with_underscores_is_read_with_the_prefilter(header):
    sep = "\t" if "\t" in header else ","
    rows = [sep.join(r) for r in (("Okonkwo", "Adaeze", "2012-03-14", "6B"), ("Lindgren", "Tobias", "2011-11-02", "6A"))]
    text = "rows the import rejected:\n" + header + "\n" + "\n".join(rows)
    fast, full = scan(text), scan(text, prefilter=False)
    assert fast == full
    assert len([f for f in fast if f.type == "date_of_birth"]) == 2


# The same rows pasted after other words on the line, with the name before the ID or "Last, First" after it, CSV
# cells in quotes: the date next to the student's ID (only cells between) is the child's birth date.
@pytest.mark.parametrize("text,expected", [
    ("can you check this line from the export: 47120398 | Okonkwo, Femi | 2013-05-14 | gr 7", "2013-05-14"),
    ("two kids for the bus list, Ilse Brandt 58203147 09/30/2014 and Tomas Reyes 58203148 02/11/2015.",
     ["09/30/2014", "02/11/2015"]),
    ('the loader chokes on "63018274","Idris","Malouf","2011-12-02","504"', "2011-12-02"),
    ("old system paste\nKaur, Simran\t\t72310456\t04/17/2012", "04/17/2012"),
    ("recheck these\n81230457 Lindqvist, Mae 06/25/2013", "06/25/2013"),
])
def test_a_childs_date_in_the_cell_after_a_student_id_anywhere_on_the_line_is_a_birth_date(text, expected,
                                                                                          assert_flagged):
    assert_flagged(text, "date_of_birth", expected)


@pytest.mark.parametrize("text", [
    "student 47120398 enrolled 09/02/2019 from Dunbar",        # a word between: the date is an act's
    "PO 58203147 Office Depot 2015-06-02 came back short",      # a vendor after an order number
    "Ilse Brandt 58203147 was hired 09/30/2014",
])
def test_a_date_after_a_number_with_words_between_is_no_birth_date(text, values_of):
    assert values_of(text, "date_of_birth") == []


# A day read out as a cardinal beside a month, before the year ("fourteen October 2010", "June twenty-two, 2012"):
# the same date as with the ordinal; without a year after it the words stay words ("ten March kids")
@pytest.mark.parametrize("text,expected", [
    ("DOB for the camp roster is fourteen October two thousand ten", "fourteen October two thousand ten"),
    ("her date of birth: June twenty-two, 2012, per the clinic sheet", "June twenty-two, 2012"),
    ("Birthdate: three Feb 2014 (dad spelled it out on the phone)", "three Feb 2014"),
])
def test_a_day_said_as_a_cardinal_beside_a_month_is_a_birth_date(text, expected, assert_flagged):
    assert_flagged(text, "date_of_birth", expected)


@pytest.mark.parametrize("text", [
    "we printed ten March 2024 calendars for the birthday wall",
    "one may wonder why the DOB field is blank",
    "DOB forms: twelve came back, March 2025 is the deadline",
])
def test_cardinal_words_near_a_month_that_are_no_birth_date_are_not_flagged(text, values_of):
    assert values_of(text, "date_of_birth") == []


# A label that names the date itself (DOB, date of birth, birthdate) keeps it through the paper the date goes on ("DOB
# for the league card: ..."); a birthday's card or list is still an event's
@pytest.mark.parametrize("text,expected", [
    ("Mateo's DOB for the league card: the fourth of March, 2011", "fourth of March, 2011"),
    ("date of birth for the bus list - 2/14/2012 (Ana P.)", "2/14/2012"),
])
def test_a_date_of_birth_label_keeps_its_date_through_the_paper_it_goes_on(text, expected, assert_flagged):
    assert_flagged(text, "date_of_birth", expected)


def test_a_birthday_card_list_with_a_recent_date_is_no_birth_date(values_of):
    assert values_of("birthday card list goes around 5/2/2024, sign it by Friday", "date_of_birth") == []


# A students' competition named for a subject ("State History Bowl", "Poetry Contest") is an event a student enters,
# not a lesson about a famous person; a history lesson's birth date stays history
def test_a_subject_named_competition_does_not_make_a_birth_date_history(assert_flagged):
    assert_flagged("Registering for the State History Bowl: Jonah Feld, DOB 11/03/2010", "date_of_birth", "11/03/2010")


def test_a_history_lessons_birth_date_is_still_history(values_of):
    assert values_of("History lesson for Monday: Frederick Douglass, DOB listed as 2/14/1950 in the worksheet key",
                     "date_of_birth") == []


# A birth label carried to the date the message gives later, after "it:" or after a colon and the person's name,
# however far back the label is, when no other number stands between; a date given after another label, or after a
# number, is not the label's
@pytest.mark.parametrize("text,expected", [
    ("the benefits portal wants my date of birth and keeps timing out, so Dev please key it: Ruth Adair, 03/22/1984",
     "03/22/1984"),
    ("we still need a DOB for the new kindergartner (Milo Tran) on the bus list - grandma sent it: 2019-06-30",
     "2019-06-30"),
])
def test_a_birth_label_carries_to_the_date_given_after_it_or_a_name(text, expected, assert_flagged):
    assert_flagged(text, "date_of_birth", expected)


@pytest.mark.parametrize("text", [
    "collecting DOBs for the roster next week. Room 204 key code changed, Ms. Adair has it: 3/22/2024 was the reset",
    "DOB fields are optional on this form. Invoice 4471 came in, pay it: Dana Ruiz, 03/22/1984",
])
def test_a_date_after_another_number_or_a_recent_date_is_not_the_birth_labels(text, values_of):
    assert values_of(text, "date_of_birth") == []


# Forms new writers use (issue 11 item 2, scanrec22): a middle dot as the separator; the day read aloud after "the"
# and the year said first; a "b." set off from the name by a dash; an export's quoted "birth" key and its compact or
# dotted year-first date after the ID and the name; labels listed in the order of the values after the colon
@pytest.mark.parametrize("text,expected", [
    ("passport form for the Quebec trip: Noor Haddad, DOB 11\u00b703\u00b72011", "11\u00b703\u00b72011"),
    ("one more for the regional team, Idris Bello, born March the ninth, 2010", "March the ninth, 2010"),
    ("insurance card says DOB 2009, August 21st for Pia", "2009, August 21st"),
    ("Keanu Alvarado - b. 6/19/2012 - needs the corrected badge", "6/19/2012"),
    ('rows from the import log:\n{"sid": "83302175", "name": "Ruiz, Teo", "birth": "2012-05-06"}', "2012-05-06"),
    ("bad line in the upload:\n83302175|RUIZ|TEO|20120506|M", "20120506"),
    ("bad line in the SIS upload:\n83302175;RUIZ;TEO;2012.05.06;GR8", "2012.05.06"),
    ("the pharmacy app needs date of birth and cell: 02/27/1981 and 312-555-0176", "02/27/1981"),
])
def test_birth_dates_in_the_forms_new_writers_paste_are_flagged(text, expected, assert_flagged):
    assert_flagged(text, "date_of_birth", expected)


@pytest.mark.parametrize("text", [
    "Room 3\u00b712\u00b72019 schedule: math then art",
    "Option - b. 6/19/2012 was the old deadline",
    "the form asks for phone and date: 312-555-0176 and 02/27/2026",
    "bad line in the upload:\n83302175|PO|BOOKS|20250506|shipped",
])
def test_dates_in_those_forms_without_a_birth_or_a_person_are_not_flagged(text, values_of):
    assert values_of(text, "date_of_birth") == []


# A person's contact row typed from a form (a name, a full date years back, then an address, a phone or an e-mail):
# the date beside the name and the contact is the birth date
@pytest.mark.parametrize("text,expected", [
    ("sign-ups for the robotics camp:\n- Tomasz Wilk, 5/14/2013, 4410 W Belden Ave\n- Ada Nwosu, 8/2/2012, "
     "312-555-0147", ["5/14/2013", "8/2/2012"]),
    ("staff birthday calendar sign-up: Regina Solis | 1979-10-02 | regina.solis@example.net", ["1979-10-02"]),
])
def test_a_date_in_a_persons_contact_row_is_a_birth_date(text, expected, assert_flagged):
    assert_flagged(text, "date_of_birth", expected)


@pytest.mark.parametrize("text", [
    "- Tomasz Wilk, 5/14/2026, 312-555-0147 (called back about the camp)",
    "- Open House, 10/12/2019, 4410 W Belden Ave",
    "Spring Concert, 4/30/2025, 312-555-0100 for tickets",
    # an adult's row without a birth word anywhere: a hire or a start date as often
    "new aides:\n- Regina Solis, 9/12/2001, 312-555-0147\n- Omar Haddad, 8/1/1999, 312-555-0148",
])
def test_a_recent_date_or_an_event_row_is_no_contact_rows_birth_date(text, values_of):
    assert values_of(text, "date_of_birth") == []


# A birthday or a birth said of a thing or an animal (a system's launch, a building's opening, the class pet) is no
# person's birth date; a person's birthday keeps it
@pytest.mark.parametrize("text", [
    "happy 8th birthday to the gradebook platform, which went live 8/20/2018",
    "our tutoring program was born on September 3, 2017, back when we had two tutors",
    "the science room gecko Pickles was born 5/5/2022 per the breeder's note",
])
def test_the_birth_of_a_thing_or_an_animal_is_not_flagged(text, values_of):
    assert values_of(text, "date_of_birth") == []


@pytest.mark.parametrize("text,expected", [
    ("happy birthday to our office manager Lourdes, born 2/9/1980!", "2/9/1980"),
    ("the school counselor says Remy was born 7/7/2014", "7/7/2014"),
])
def test_a_persons_birth_beside_a_place_word_is_still_flagged(text, expected, assert_flagged):
    assert_flagged(text, "date_of_birth", expected)


# A record's own history ("attendance history", "medical history") is a file kept on a person, not a history lesson:
# the birth date asked for beside it is still one; a history lesson stays history
def test_a_birth_date_beside_a_records_history_is_flagged(assert_flagged):
    assert_flagged("for the 504 meeting I need Tavi Lund's medical history and her DOB, listed as 3/30/2012",
                   "date_of_birth", "3/30/2012")


def test_a_history_lesson_beside_a_records_history_stays_history(values_of):
    assert values_of("History lesson: Cesar Chavez, born March 31, 1927; his work history is in the reading packet",
                     "date_of_birth") == []


# "the correct date from her passport is ...": a correction read from a source carries the birth label on; a paste
# the text calls all fake is no one's
def test_a_correct_date_read_from_a_source_is_the_birth_date(assert_flagged):
    assert_flagged("Theo Marsh's DOB shows 01/01/1901 in Aspen, a typo; the right date per the birth certificate is "
                   "6/2/2013", "date_of_birth", "6/2/2013")


def test_a_paste_said_to_be_all_fake_is_no_birth_date(values_of):
    assert values_of("Slide for the privacy training:\nStudent: Pat Example\nDOB: 02/02/2002\n(all made up, copied "
                     "from the vendor manual)", "date_of_birth") == []


# Dates nobody in a school's chat was born on (issue 11, scanrec24): a birth more than 90 years back is a historical
# figure's however the event is named, a date anyone might type into a field to test it is nobody's, and a template's
# stand-in row holds the format's date; a person's own entry and an older relative raising a child still count
@pytest.mark.parametrize("text", [
    "Women's History program Friday: she was born March 25, 1934, and the 3rd graders will act out her speech",
    "Heritage night playbill draft: Mr. Ruiz wrote that the poet was born 7/12/1904 in Parral",
    "the enrollment portal chokes on dashes - if you enter 2013-06-30 it says invalid, slashes work",
    "QA note: when someone types something like 02/30/2012 in the birthdate box it should refuse it",
    "import template:\nlast,first,birthdate,grade\nTest,Student,2014-04-04,5\n(row 2 is the vendor's sample)",
    "Name | DOB\nJohn Doe | 09/09/2010",
])
def test_history_typed_examples_and_stand_in_rows_are_no_birth_dates(text, values_of):
    assert values_of(text, "date_of_birth") == []


@pytest.mark.parametrize("text,expected", [
    ("when I enter Lucia's DOB 2012-08-14 the portal says she is too young for 6th", "2012-08-14"),
    ("kinship placement: great-aunt Odessa Ray (DOB 4/9/1943) is the guardian now", "4/9/1943"),
    ("Name | DOB\nJane Dolan | 09/09/2010", "09/09/2010"),
])
def test_a_persons_entry_an_old_guardian_and_a_real_row_are_birth_dates(text, expected, assert_flagged):
    assert_flagged(text, "date_of_birth", expected)


# A list of children a line each, a whole name and a date of a child's age closing the line, gives each birth date; a
# list said to be of something that happened, a single row, or adults' dates with no birth word do not. A birth
# document handed in, its date in brackets after it, is read as the document's date (issue 11, scanrec24)
def test_a_list_of_children_with_dates_of_their_age_gives_birth_dates(values_of):
    text = "Hearing screen Thursday, 1st period:\n* Noor Haddad 05/11/2018\n* Levi Stroud 10/30/2017\nbring the forms"
    assert values_of(text, "date_of_birth") == ["05/11/2018", "10/30/2017"]


@pytest.mark.parametrize("text", [
    "Entry dates for the newcomer report:\nNoor Haddad 05/11/2018\nLevi Stroud 10/30/2017",
    "Noor Haddad 05/11/2018",
    "Retirement party list\nGwen Alder 03/03/1961\nRuth Ames 09/09/1958",
])
def test_a_list_of_happenings_a_single_row_or_adults_gives_no_birth_date(text, values_of):
    assert values_of(text, "date_of_birth") == []


def test_a_birth_document_handed_in_gives_its_date(assert_flagged):
    assert_flagged("Kindergarten intake: DOB on the birth certificate grandma brought in (2/9/2021) is not what the "
                   "preschool sent", "date_of_birth", "2/9/2021")

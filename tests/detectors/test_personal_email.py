"""Must-flag and must-not-flag tables for personal e-mail addresses: a person's non-district address, disguised or not, is one; district, role and vendor mailboxes are not.

Rows are grouped here from every earlier review of the detectors, then new wording written for these tests; every
value is made up (numbers generated to pass or fail their checksums on purpose).
"""
from __future__ import annotations

import pytest

# (text, expected): None, any finding of this type; a string, one of this type's findings; a list, exactly
# this type's findings (in any order)
MUST_FLAG = [
    ('send it to my personal one, coachmarv.22@gmail.com', ['coachmarv.22@gmail.com']),
    # the writer says the box is someone's own, whatever role word its name carries
    ("I set the robotics Canva up on my personal email, jo.alvarez.club@gmail.com", ['jo.alvarez.club@gmail.com']),
    ("she runs the boosters from her own account: lena.boosters.k@yahoo.com", ['lena.boosters.k@yahoo.com']),
    ('Dad prefers t.nguyen.family@outlook.com', ['t.nguyen.family@outlook.com']),
    ('parent email: kim_r1984 (at) yahoo (dot) com', ['kim_r1984 (at) yahoo (dot) com']),
    ('<mailto:lbaker77@icloud.com|lbaker77@icloud.com> is her home address', ['lbaker77@icloud.com']),
    # spaces around "@" before a common top-level domain
    ('Her personal email: *dana.whitfield* @ *gmail.com*', None),
    ('mom: rosa.d @ yahoo.com', 'rosa.d @ yahoo.com'),
    ("the tutor's personal mail <mailto:rkline.tutor@gmail.com|write to her>", 'rkline.tutor@gmail.com'),
]

# no finding of this type
MUST_NOT_FLAG = [
    # an organisation's own box stays the organisation's ("its own", "their own")
    "the PTO uses its own account for sign-ups: lincoln.pto@gmail.com",
    "the boosters have their own email, eagles.boosters@gmail.com",
    'email me at mgarcia3@cps.edu',
    'the district box is enroll@cps.edu',
    'vendor support: help@readingpals.com',
    'orders@booksforschools.org confirmed the shipment',
    'RSVP to events@ourpta.org',
    'no-reply@notifications.example.com sent it',
    'email the office at harmon-office@gmail.com',
    'RSVP to lincoln.pta@gmail.com by Friday',
    # "@" between words that are no address
    'ask @ the front desk, meet @ 3pm',
    # role mailboxes in a config paste
    'smtp:\n  user: alerts@schoolmail.org\n  password: "Bl0ck-Party-77"',
    'scans go to scanner@lincolnmail.org and backups to backups@lincolnmail.org',
    "ask the device team, devices@gmail.com, for a loaner",
    "chess club sign-ups go to lhschessclub@gmail.com",
    "sub account for the lab: rm214.lhs@gmail.com",
    "the substitute login is lhs.substitute@gmail.com, ask the office for the password",
    # the officers and functions of a parent group or club: a role, whoever holds it
    "receipts for the fun fair go to treasurer@westfieldpto.org",
    "the boosters president is at president@eaglesboosters.org",
    "questions? email secretary@parkviewlsc.org or donations@parkviewfund.org",
    "yearbook photos to yearbook@lhsclass2027.org",
]


# a consumer mail service named without its ending, after a spoken "at", or with spaces round "@" and the dot
DISGUISED = [
    ("text her or try m.quinn58@yahoo, she checks it nightly", "m.quinn58@yahoo"),
    ("his own address is d_haddad9 at outlook.com", "d_haddad9 at outlook.com"),
    ("reach grandma at rosa.vidal41 @ aol . com", "rosa.vidal41 @ aol . com"),
]
DISGUISE_LOOK_ALIKES = [
    "look at gmail.com for the forwarding settings",
    "ask @ the front desk . com-munity night is Friday",
    "tag the PTO page @yahoo groups",
]


@pytest.mark.parametrize("text,expected", DISGUISED)
def test_a_disguised_consumer_mail_address_is_personal(text, expected, assert_flagged):
    assert_flagged(text, "personal_email", expected)


@pytest.mark.parametrize("text", DISGUISE_LOOK_ALIKES)
def test_prose_around_mail_service_names_is_no_address(text, values_of):
    assert values_of(text, "personal_email") == []


@pytest.mark.parametrize("text,expected", MUST_FLAG)
def test_personal_email_disclosures_are_flagged(text, expected, assert_flagged):
    assert_flagged(text, "personal_email", expected)


@pytest.mark.parametrize("text", MUST_NOT_FLAG)
def test_personal_email_look_alikes_are_not_flagged(text, values_of):
    assert values_of(text, "personal_email") == []


@pytest.mark.parametrize("text", [
    "spirit wear orders: spiritwear@lincolnpto.org",
    "questions to carnival@harmonpta.org",
    "write to maria.lopez@lincolnboosters.org about the banquet",
])
def test_a_parent_groups_own_domain_and_event_mailboxes_are_not_personal(text, values_of):
    assert values_of(text, "personal_email") == []


def test_a_free_mail_address_of_a_parent_is_still_personal(values_of):
    assert values_of("room mom's email: jlee.home@gmail.com", "personal_email") == ["jlee.home@gmail.com"]


@pytest.mark.parametrize("text", [
    '"client_email": "roster-sync@lhs-sheets-4410.iam.gserviceaccount.com"',
    "share the sheet with grades-import@lhs-data.iam.gserviceaccount.com",
    "the OAuth client is 1049-abc@apps.googleusercontent.com",
    "commits show 1234567+jdoe@users.noreply.github.com",
    "the forms-bot@lhsdata.org account sends these",
])
def test_machines_accounts_are_not_personal_email(text, values_of):
    assert values_of(text, "personal_email") == []


# A free-mail box that carries the name of the person titled just before it in the line is that person's own, whatever
# role word it also holds ("Coach Imani, ... imani.coaching@..."); a parent body's box stays the body's
@pytest.mark.parametrize("text,expected", [
    ("reach Coach Imani about the 5K plan: imani.coaching@gmail.com", "imani.coaching@gmail.com"),
    ("Ms. Szabo, our reading volunteer - szabo.tutoring (at) yahoo (dot) com", "szabo.tutoring (at) yahoo (dot) com"),
    ("Dr. Achebe's line for the career day speakers is achebe.counseling@outlook.com", "achebe.counseling@outlook.com"),
])
def test_a_role_box_carrying_the_titled_persons_name_is_theirs(text, expected, assert_flagged):
    assert_flagged(text, "personal_email", expected)


@pytest.mark.parametrize("text", [
    "Mr. Hawthorne reminded everyone to RSVP at hawthorne.pto@gmail.com",
    "Coach Imani says the sign-ups go to eagles.coaching@gmail.com",
    "Ms. Szabo asked for the volunteers box, volunteers@gmail.com",
])
def test_a_role_box_without_the_titled_persons_name_is_not_theirs(text, values_of):
    assert values_of(text, "personal_email") == []


# On a consumer mail service, a box that carries a given name or a title is that person's own, whatever word of their
# job it carries too; without one, the job word still makes it a role's box
@pytest.mark.parametrize("text,expected", [
    ("grades questions can go to my other inbox, priya.nandakumar.counseling@yahoo.com", "priya.nandakumar.counseling@yahoo.com"),
    ("sign-ups: ms.okonjo.coaching@gmail.com", "ms.okonjo.coaching@gmail.com"),
])
def test_a_free_mail_box_with_a_given_name_or_title_is_personal_despite_a_role_word(text, expected, assert_flagged):
    assert_flagged(text, "personal_email", expected)


@pytest.mark.parametrize("text", [
    "the club's shared inbox is westfield.coaching@gmail.com",
    "booster sign-ups: maria.pta@gmail.com",  # an organisation word keeps it the body's
    # a function's box on an organisation's own domain: a gerund or a plural naming the activity
    "For intake, write to referrals@brightpaththerapy.com",
    "Vendor scheduling inbox: scheduling@lakemonttutors.com",
    "send the forms to registrations@summerstarscamp.org",
])
def test_a_role_box_and_a_function_box_on_an_organisations_domain_are_not_personal(text, values_of):
    assert values_of(text, "personal_email") == []


def test_a_given_name_box_on_an_organisations_domain_stays_personal(values_of):
    assert values_of("you can reach her at jessica@lakemonttutors.com", "personal_email") == \
        ["jessica@lakemonttutors.com"]


# A free-mail box that joins a club's or a role's word to a handle made from the name of a person named beside it
# (initial and surname, first name and initial) is that person's own; a bare surname or no one named leaves it the
# club's
@pytest.mark.parametrize("text,expected", [
    ("Concessions volunteer: Priya Raman, 312-555-0147, praman.boosters@gmail.com", "praman.boosters@gmail.com"),
    ("mail the receipts to tomask.coaching@yahoo.com (Tomas Kowal, the assistant coach)", "tomask.coaching@yahoo.com"),
])
def test_a_club_box_built_from_a_named_persons_name_is_theirs(text, expected, assert_flagged):
    assert_flagged(text, "personal_email", expected)


@pytest.mark.parametrize("text", [
    "Priya Raman set up westside.boosters@gmail.com for the raffle",
    "Tomas Kowal says sign-ups go to kowal.team@gmail.com",
    "order forms to eagles.boosters@gmail.com by Friday",
])
def test_a_club_box_without_a_named_persons_handle_stays_the_clubs(text, values_of):
    assert values_of(text, "personal_email") == []


# Forms new writers use (issue 11, scanrec22): a spoken "dot" on either side of an "@" written as "(at)"; a form's
# "Email:" field under the record's name line; the login name of an account the clause calls a group's (shared, a
# team's, a staff's, a demo) is the account's, not a person's own box
@pytest.mark.parametrize("text,expected", [
    ("her dad's is r.okafor22 (at) outlook dot com if the portal bounces", "r.okafor22 (at) outlook dot com"),
    ("tutor's email: lena dot brandt (at) gmail dot com", "lena dot brandt (at) gmail dot com"),
    ("from the sign-up sheet:\nName: Oren Pike\nGrade: 3\nEmail: orenpike.chaperone@gmail.com",
     "orenpike.chaperone@gmail.com"),
])
def test_personal_addresses_in_the_forms_new_writers_use_are_flagged(text, expected, assert_flagged):
    assert_flagged(text, "personal_email", expected)


@pytest.mark.parametrize("text", [
    "the 3rd grade team's shared Quizizz login: grade3quiz.lhs@gmail.com / Triangles!42",
    "demo account for the parent night: lhs.parentdemo@gmail.com / ShowMe#2026",
])
def test_a_shared_accounts_login_name_is_not_a_personal_address(text, values_of):
    assert values_of(text, "personal_email") == []


def test_a_person_named_beside_a_shared_login_keeps_their_own_box(assert_flagged):
    assert_flagged("shared with the team, it's Nadia Ferro's own: nferro@gmail.com / Tulip#9921", "personal_email",
                   "nferro@gmail.com")


@pytest.mark.parametrize("text,expected", [
    ("shared parent portal login for the Okafor family: ngozi.okafor.k@gmail.com / Portal2026!",
     "ngozi.okafor.k@gmail.com"),
    ("team demo account, the rep made it with her personal gmail: jlowe.reps@gmail.com / Sample#2026",
     "jlowe.reps@gmail.com"),
])
def test_a_shared_login_on_a_named_persons_or_a_personal_box_stays_personal(text, expected, assert_flagged):
    assert_flagged(text, "personal_email", expected)


# A firm's accounts payable and receivable boxes are roles (issue 11, scanrec24)
@pytest.mark.parametrize("text", [
    "the bus vendor wants statements sent to ap@northlinecoach.com, not to the driver",
    "payment questions for the museum trip go to receivables@fieldtripsinc.org",
])
def test_a_firms_finance_box_is_no_personal_email(text, values_of):
    assert values_of(text, "personal_email") == []


def test_a_persons_box_with_those_letters_stays_personal(assert_flagged):
    assert_flagged("the new aide's email is aprilm.reyes@gmail.com", "personal_email", "aprilm.reyes@gmail.com")


# An agency's or a court's intake, notices and outreach boxes are roles; a person's box that carries such a word
# beside their given name stays theirs (issue 11, scanrec24)
@pytest.mark.parametrize("text", [
    "send the signed release to intake@northside-family-services.org",
    "the probation office mails from notices@cookcountyprobation.org, it is real",
    "their outreach@ box is outreach@lakeviewpantry.org",
])
def test_an_agencys_intake_and_notices_boxes_are_roles(text, values_of):
    assert values_of(text, "personal_email") == []


def test_a_given_name_beside_a_role_word_on_webmail_stays_personal(assert_flagged):
    assert_flagged("her email: outreach.sofia@gmail.com", "personal_email", "outreach.sofia@gmail.com")

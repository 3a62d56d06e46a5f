"""Questions written for the fifth review: asking where or to whom to report something someone else did or
something that happened to the asker (the reporting intent wins over the violation described), British and other
English ("ring", "mobile", "nicked"), notification systems named in new ways (a text-alert service, automated
texts, an alert vendor), content over channel in a staff chat (a crime stated as fact about a colleague, jokes at a
colleague's age or disability), and other gaps (ripping DVDs, watching explicit material, a student running the
team account, hanging on to work texts). None is copied from the development set or a held-out set.

Each row: (question, accepted verdicts, accepted citations), as in test_policy_generalisation.py.
"""
from __future__ import annotations

import pytest
from test_policy_paraphrases import A, C, N, P, Q, U, _check, _ids  # tests/ is on sys.path (not a package)

REPORTING = [
    ("A colleague keeps emailing students' IEP summaries to an outside tutor from her yahoo account. Where does that get reported?", {A}, {"report"}),
    ("Someone sent the whole staff a 'reset your password here' email and it looks fake. Who do I forward it to?", {A}, {"report"}),
    ("I'm pretty sure one of the subs is using the library computer for things he's not supposed to. Who should I tell?", {A}, {"report"}),
    ("who do i ring when a school laptop gets pinched out of my car?", {A}, {"report"}),
    ("My classroom chromebook cart was nicked over the weekend. Who do I ring?", {A}, {"report"}),
    ("Where is misuse of the network reported to?", {A}, {"report"}),
]

BRITISH_ENGLISH = [
    ("Can I ring our head of department on her mobile on Sunday to sort out the exam rota?", {A}, {"staff", "note"}),
    ("Is it alright to ring a colleague's mobile after school about cover for tomorrow?", {A}, {"staff", "note"}),
]

BULK_NAMED_NEW_WAYS = [
    ("The office wants an SMS-alert system to let our 10th graders know when buses are late. What has to happen first?", {C}, {"mobile"}),
    ("We're thinking of automatic absence texts to our high school students' cells. What are the requirements?", {C}, {"mobile"}),
    ("Our notification provider was reviewed by the CIO's office, all families signed the written permission form and parents receive the identical messages. Can we begin texting the students?", {A, C}, {"mobile"}),
]

CONTENT_IN_STAFF_CHAT = [
    ("Can I tell the grade level team in our Google Chat that Ms. R has been pocketing money from the field trip fund? The whole staff knows she is.", {P}, {1}),
    ("ok to post gifs in the staff hangouts making fun of the new para's wheelchair? just banter", {P}, {2}),
    ("Can I send my coworkers memes in our CPS chat about the librarian's age? It's harmless.", {P}, {2}),
]

OTHER_GAPS = [
    ("Could I rip our department's Blu-rays onto the server so teachers can stream them in class?", {P}, {3}),
    ("A security guard saw a teacher viewing sexually explicit videos on a classroom laptop. Does that break the AUP?", {P}, {4}),
    ("Is it fine if I have two of my juniors run the volleyball team's TikTok and handle the comments?", {P}, {"social"}),
    ("Am I supposed to hang onto the texts I send colleagues from my own cell about school business?", {C}, {"note"}),
    ("Is it ok to add 'Vote Delgado for Mayor' at the bottom of my district emails?", {P}, {22}),
    ("The kids keep complaining, so can I shut off the content filter on the classroom Chromebooks for the day?", {P}, {8, 11}),
    ("The after-school coaches want to keep using our WhatsApp group. It's only adults, no kids. Fine?", {A, C, "under_review"}, {"staff"}),
]

# Questions near the new cues that must keep their verdict.
NEAR_MISSES = [
    ("Can I use a video of a student reading aloud in class?", {A, C, N, P, Q}, set()),
    ("How many pins can I put on the staff bulletin board?", {N}, set()),
    ("Can I show a DVD from the library in my history class?", {N, A}, set()),
    ("Can I email my 8th graders at their cps.edu address about the field trip?", {A}, {"mobile"}),
    ("Can I text a coworker about covering my lunch duty?", {A, U}, {"staff"}),
]


@pytest.mark.parametrize("question,verdicts,cites", REPORTING, ids=_ids)
def test_asking_where_to_report_what_someone_did_is_answered_with_the_reporting_procedure(question, verdicts, cites):
    _check(question, verdicts, cites)


@pytest.mark.parametrize("question,verdicts,cites", BRITISH_ENGLISH, ids=_ids)
def test_british_english_calls_on_a_mobile_are_read_as_phone_calls(question, verdicts, cites):
    _check(question, verdicts, cites)


@pytest.mark.parametrize("question,verdicts,cites", BULK_NAMED_NEW_WAYS, ids=_ids)
def test_notification_systems_named_in_new_ways_are_the_bulk_channel(question, verdicts, cites):
    _check(question, verdicts, cites)


@pytest.mark.parametrize("question,verdicts,cites", CONTENT_IN_STAFF_CHAT, ids=_ids)
def test_defamation_and_jokes_at_a_colleague_are_prohibited_even_in_staff_chat(question, verdicts, cites):
    _check(question, verdicts, cites)


@pytest.mark.parametrize("question,verdicts,cites", OTHER_GAPS, ids=_ids)
def test_ripping_discs_explicit_material_student_run_accounts_and_keeping_texts(question, verdicts, cites):
    _check(question, verdicts, cites)


@pytest.mark.parametrize("question,verdicts,cites", NEAR_MISSES, ids=_ids)
def test_everyday_questions_near_the_new_cues_keep_their_verdict(question, verdicts, cites):
    _check(question, verdicts, cites)

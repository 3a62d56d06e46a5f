"""Questions written for the third held-out review's weaknesses: Exception conditions that fail for part of the
group (some forms missing) or rest on a parent's own email; staff named by their role ("the custodial team",
"our social workers", "between staff"); reporting in everyday words ("who should be notified", "I clicked it")
while a found item is not a report; unacceptable uses said without their keywords; records from work calls on a
personal phone, the asker's own sick child, a school-run account. None is copied from the development set or a
held-out set; each round was run once before the fixes it prompted (first-run figures in docs/policy.md).

Each row: (question, accepted verdicts, accepted citations), as in test_policy_generalisation.py.
"""
from __future__ import annotations

import pytest

from handlers import ask

from test_policy_paraphrases import A, C, N, P, U, _cited  # tests/ is on sys.path (not a package)

FAILED_CONDITIONS = [
    ("Our principal approved group texts for the robotics team (all seniors) but a handful of families never sent the permission slip back. Can I still text the whole team?", {P}, {"exception"}),
    ("I coach 11th grade soccer. Most parents signed the CPS texting form but not every family did. Ok to start the group text anyway?", {P}, {"exception"}),
    ("Still waiting on three forms for my juniors' field trip group chat, principal already signed. Can I add everyone now?", {P}, {"exception"}),
    ("A dad texted me that it's fine for his daughter to be in our varsity volleyball group text. Is his text enough permission?", {P}, {"exception"}),
    ("A mom wrote me an email saying it's ok to message her 10th grader about practice times. Can I text him then?", {P}, {"exception"}),
    ("Only about half my 12th grade band kids have the signed CPS form back; principal said yes in writing. Can I text the whole section?", {P}, {"exception"}),
    ("One parent replied to my email saying it's okay for her son to join the cross country group text. Good to go?", {P}, {"exception"}),
]

STAFF_BY_ROLE = [
    ("the custodial team uses a whatsapp group for overtime shifts. is that allowed?", {U}, {"staff"}),
    ("Our social workers text each other on personal cells to coordinate home visits (no kid names). Is texting between staff ok?", {U}, {"staff"}),
    ("Can the maintenance crew use a group text to cover each other's shift changes?", {U}, {"staff"}),
    ("Do the security officers' group texts about lunch coverage fall under any rule? We use our own phones.", {U}, {"staff"}),
    ("Can I post the new teacher evaluation scores in my colleagues' Facebook group?", {P}, {"social", 15, 17}),
    ("Can I share a list of which staff are being laid off in our teachers' Instagram group chat?", {P}, {"social", 15, 17}),
]

REPORTING = [
    ("I think someone is doing port scans against our school network from a strange laptop. Who should be notified?", {A}, {"report"}),
    ("I clicked on a link in a fake invoice email this morning. what now?", {A}, {"report"}),
    ("Who else gets notified when an unrecognized device shows up on the network? I already told my AP.", {A}, {"report"}),
    ("I opened an attachment from a weird sender and clicked it before thinking. Who should be notified?", {A}, {"report"}),
    # a found item handed back is not a loss to report
    ("Can I email a 9th grader at his CPS account to let him know his lost calculator is in the main office?", {A}, {"mobile"}),
]

ITEMS_IN_OTHER_WORDS = [
    ("Could I send my coworker a macro that makes her laptop freeze for a minute as a joke?", {P}, {6}),
    ("Could I write a little program that makes a colleague's Chromebook restart every few minutes as a joke?", {P}, {6}),
    ("Is it ok to email all CPS staff about my yard sale this weekend?", {P}, {7, 18}),
    ("Can I use wireshark to sniff traffic on another school's wifi just out of curiosity?", {P}, {8, 33}),
    ("Can I use nmap on the district network from home to see what's exposed? nobody asked me to", {P}, {8, 33}),
    ("Can I set up a Gmail that looks like the district's HR office to trick my coworkers for fun?", {P}, {10}),
    ("I found a sub's old login on a sticky note in the desk. Can I use it to get into the attendance system?", {P}, {9, 14}),
    ("My wife has an Etsy shop. Can she use my CPS Adobe license to design her product labels?", {P}, {24, 31}),
    ("Can my brother use my CPS Zoom license for his consulting business meetings?", {P}, {24, 31}),
    ("Two of my 10th graders want to help out at my family's restaurant on Sunday. Is that ok if the principal and parents approve in writing?", {C, A}, {29}),
    ("can I blast music over the intercom between periods to pump kids up, without telling the office?", {P}, {32}),
    ("is it ok to play songs on the PA during 5th period just for fun?", {P}, {32}),
    ("Is it ok to share a spreadsheet of which teachers are on maternity leave and why in the all-staff folder?", {P}, {17, 36}),
    ("Can I split a big laptop cart purchase into three smaller orders so it stays under the bid limit?", {P}, {37}),
    ("Is it ok to paste my students' 504 plans into ChatGPT to draft accommodation letters?", {P}, {16, 26, 30}),
    ("Can I upload my students' IEP goals to Gemini to get ideas for lesson plans?", {P}, {16, 26, 30}),
    ("I want to share where my old principal lives in the group chat and tell people to pay him a visit. ok?", {P}, {1, 5}),
]

RECORDS_FAMILY_ACCOUNTS = [
    ("I make parent calls on my own cell sometimes. Do I have to keep any records?", {C}, {"note"}),
    ("my kid has a fever and I need to call off tomorrow, who do I tell?", {N}, set()),
    ("my son is sick, what's the process for calling off work?", {N}, set()),
    ("Can our school's counseling office have a school-run Instagram account?", {C}, {"social"}),
    ("Can our athletic department start a school-run TikTok account?", {C}, {"social"}),
]


def _check(question: str, verdicts: set, cites: set) -> None:
    reply = ask.answer(question)
    assert reply.verdict in verdicts, (reply.verdict, ask.explain(question))
    if cites and reply.verdict != "not_covered":
        assert cites & _cited(reply), (sorted(_cited(reply), key=str), ask.explain(question))


def _ids(x):
    return x[:60] if isinstance(x, str) else ""


@pytest.mark.parametrize("question,verdicts,cites", FAILED_CONDITIONS, ids=_ids)
def test_exception_permission_missing_for_some_or_only_a_parents_email_is_prohibited(question, verdicts, cites):
    _check(question, verdicts, cites)


@pytest.mark.parametrize("question,verdicts,cites", STAFF_BY_ROLE, ids=_ids)
def test_staff_named_by_role_are_staff(question, verdicts, cites):
    _check(question, verdicts, cites)


@pytest.mark.parametrize("question,verdicts,cites", REPORTING, ids=_ids)
def test_reporting_in_everyday_words_gets_the_procedure_and_a_found_item_does_not(question, verdicts, cites):
    _check(question, verdicts, cites)


@pytest.mark.parametrize("question,verdicts,cites", ITEMS_IN_OTHER_WORDS, ids=_ids)
def test_unacceptable_uses_without_their_keywords_are_found(question, verdicts, cites):
    _check(question, verdicts, cites)


@pytest.mark.parametrize("question,verdicts,cites", RECORDS_FAMILY_ACCOUNTS, ids=_ids)
def test_records_own_family_and_school_run_accounts_are_read(question, verdicts, cites):
    _check(question, verdicts, cites)

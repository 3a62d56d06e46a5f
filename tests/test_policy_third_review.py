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
from test_policy_paraphrases import A, C, N, P, U, _check, _ids  # tests/ is on sys.path (not a package)

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

# written after the fixes above, in other voices (first runs 11/18 and 15/18, then fixed in general)
LATER_ROUNDS = [
    ("Principal OK'd the group text in writing for our 10th grade chess trip but two kids' parents haven't turned in the CPS form. Can I include those two anyway?", {P}, {'exception'}),
    ("I got a text from a grandma saying it's fine for her grandson to be on the JV basketball group text. Is that enough?", {P}, {'exception'}),
    ("We have signed forms from 18 of 22 families for the 11th grade retreat group text. Can I message all 22?", {P}, {'exception'}),
    ("the lunchroom staff have a group chat on their own phones for who's covering which line. allowed?", {U}, {'staff'}),
    ("Our counselors DM each other on WhatsApp about scheduling. Is that permitted between staff?", {U}, {'staff'}),
    ("Can I put the names of teachers under investigation in our staff Facebook page?", {P}, {"social", 15, 17}),
    ("An email said my mailbox was full and I entered my password on the page it linked to. who do I tell?", {A}, {'report'}),
    ("There's a device I don't recognize plugged into the server closet switch. Who do I notify?", {A}, {'report'}),
    ("can I send my teammate a file that makes her mouse move on its own as a prank?", {P}, {6}),
    ("Can I email everyone in the district about my church's bake sale?", {P}, {7, 18, 21}),
    ("Can I try logging into the payroll system without credentials through a trick a student showed me?", {P}, {8, 14, 33}),
    ("Could I make a fake Instagram that looks like our principal's to post funny memes?", {P}, {10}),
    ("My daughter needs Photoshop for her wedding photography side gig; can she use my CPS license?", {P}, {24, 31}),
    ("can the band kids blast the fight song over the loudspeaker during testing as a surprise?", {P}, {32}),
    ("Can I type my students' names and reading scores into a free AI website to group them?", {P}, {16}),
    ("Do I need to save texts I send from my personal phone for work?", {C}, {'note'}),
    ("my daughter has strep and daycare won't take her. how do I call in?", {N}, set()),
    ("Can the front office run a school-run Facebook page for announcements?", {C}, {'social'}),
    ("principal signed the cps texting form for our 9th grade scholars bowl trip, parents mostly signed too, a couple are still out. text them all tonight?", {P}, {'exception'}),
    ("A stepdad sent me a note saying it's okay for his stepson to be added to the wrestling group text. Does that work?", {P}, {'exception'}),
    ("Permission slips came back from 14 out of 20 families for the 12th grade college visit. Can I start the group text with everyone?", {P}, {'exception'}),
    ("Our bus aides keep a group chat on their personal cells about late routes. Is that within policy?", {U}, {'staff'}),
    ("Is it ok for the ESL team and me to use Telegram to message each other about testing schedules?", {U}, {'staff'}),
    ("Can I list which coworkers got non-renewed on our staff Facebook group?", {P}, {"social", 15, 17}),
    ("I gave my login to a site that looked like Google after a weird email. Who should be notified?", {A}, {'report'}),
    ("A laptop I don't recognize keeps connecting to our classroom wifi. who do i tell?", {A}, {'report'}),
    ("Can I share a program with my deskmate that makes her screen go black for a few seconds as a prank?", {P}, {6}),
    ("Is it ok to email every teacher in the district about my side business selling candles?", {P}, {7, 18, 24}),
    ("Can I break into the gradebook without logging in using the trick my student found?", {P}, {8, 14, 33}),
    ("Could I make a fake TikTok that looks like the superintendent's for laughs?", {P}, {10}),
    ("My nephew wants to use my CPS Microsoft license for his startup. Ok?", {P}, {24, 31}),
    ("Can I play a prank song over the intercom during the state test?", {P}, {32}),
    ("Can I copy my students' names and behavior notes into an AI chatbot to write parent emails?", {P}, {16}),
    ("Am I supposed to keep my work texts if they're on my own cell?", {C}, {'note'}),
    ("my son has a doctor's appointment, how do I take a personal day?", {N}, set()),
    ("Could the library start its own school-run YouTube channel?", {C}, {'social'}),
]

# everyday questions near the new cues that must stay as they are
NEAR_MISSES = [
    ("Can I swap my lunch duty shift with another teacher?", {N}, set()),
    ("Is there a dress code for the school-run spring carnival?", {N}, set()),
    ("Can I keep a plant on my desk?", {N}, set()),
    ("Who should be notified if I'm going to be late tomorrow?", {N}, set()),
    ("Can I play music in my classroom during independent work?", {N}, set()),
    ("Only half my students turned in their homework. Can I give a makeup day?", {N}, set()),
    ("How many personal days do I get per year?", {N}, set()),
    ("Can my son come to the school play on Friday?", {N}, set()),
    ("Can I bring snacks for my team meeting?", {N}, set()),
    ("Is it ok to use the copier for the PTA flyer?", {N}, set()),
    ("Can I email the 10th grade team's CPS accounts the meeting agenda?", {A}, set()),
    ("Who do I call to report that my school laptop was stolen from my car?", {A}, set()),
]


# a fifth round, failed Exception and account conditions in other words (first run 5/10, then fixed)
FAILED_CONDITIONS_AGAIN = [
    ("The principal approved the group text for the 10th grade math league, but we're still chasing down a few signatures from families. Can I go ahead?", {P}, {'exception'}),
    ("Everyone's parents signed except two. Can I still put all my juniors on the track meet group text?", {P}, {'exception'}),
    ("A guardian left me a voicemail saying it's fine to text her 11th grader about rides to the game. Is that permission?", {P}, {'exception'}),
    ("Most of the forms are in for my 12th graders' overnight trip group chat; a few stragglers. Start texting?", {P}, {'exception'}),
    ("Our principal only gave a thumbs up in the hallway for texting the 9th grade cheer squad with parents on it. Enough?", {P}, {'exception'}),
    ("Can I text my 10th grade debate kids with the parents on the thread? The CPS forms are signed but it's just to remind them about the essay due Friday.", {P}, {'exception'}),
    ("I'd like to group text the 11th grade volleyball team for the away tournament, parents included, but the principal hasn't gotten back to me on the form.", {P}, {'exception'}),
    ("The CPS form is signed by parents but our principal is out on leave and nobody else signed it. Can I text my 12th grade robotics team?", {P}, {'exception'}),
    ("Our class Instagram was approved by the old principal; the new principal hasn't re-approved it this year. Ok to keep posting?", {P}, {'social'}),
    ("We use a texting app for 10th grade attendance alerts that IT never reviewed. Ok?", {P}, {'mobile'}),
]

NEAR_MISSES += [
    ("Most of the field trip forms are in; can I email my 8th graders' CPS accounts a reminder to bring theirs?", {A}, set()),
    ("Everyone signed the retirement card except two people. Can I leave it in the office?", {N}, set()),
    ("My principal gave me a thumbs up to leave early Friday. Do I need to fill anything out?", {N}, set()),
]



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


@pytest.mark.parametrize("question,verdicts,cites", LATER_ROUNDS, ids=_ids)
def test_later_rounds_of_the_same_kinds_are_read(question, verdicts, cites):
    _check(question, verdicts, cites)


@pytest.mark.parametrize("question,verdicts,cites", NEAR_MISSES, ids=_ids)
def test_everyday_questions_near_the_new_cues_keep_their_verdict(question, verdicts, cites):
    _check(question, verdicts, cites)


@pytest.mark.parametrize("question,verdicts,cites", FAILED_CONDITIONS_AGAIN, ids=_ids)
def test_failed_conditions_in_other_words_are_prohibited(question, verdicts, cites):
    _check(question, verdicts, cites)

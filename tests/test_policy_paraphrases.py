"""Verdicts and citations for questions phrased the way staff ask them: every channel line of the policy, all 37
unacceptable uses, clarify and not_covered, slang and typos. None of these are from the development set; they
pin the understanding in general, so a miss here is fixed in the vocabulary or the rules, never per question.

Each row: (question, accepted verdicts, accepted citations). A citation is a section key (see SECTIONS) or an
item number; the answer must cite at least one of them (an empty set accepts any citation).
"""
from __future__ import annotations

import pytest

from handlers import ask

SECTIONS = {
    "mobile": "Staff to Student Mobile Device Communications",
    "exception": "Exception to Policy",
    "social": "Staff to Student Social Media Communications",
    "staff": "Staff to Staff Mobile Device Communication",
    "note": "Special Note",
    "report": "Report Improper Conduct",
}
A, C, P, U, Q, N = "allowed", "conditional", "prohibited", "under_review", "clarify", "not_covered"

CHANNELS = [
    # Staff to Student Mobile Device Communications: Acceptable
    ("Is it ok to email a 7th grader at her cps.edu address about missing work?", {A}, {"mobile"}),
    ("can i send an email to my students' school accounts with the study guide", {A}, {"mobile"}),
    ("can i emial my 3rd graders on there cps acount", {A}, {"mobile"}),
    ("Can I use Google Chat with my 8th graders from my CPS account?", {A}, {"mobile"}),
    ("Is Hangouts ok for talking to my students?", {C, A}, {"mobile"}),
    ("can i reach my 11th graders on google hangouts with my work account", {A}, {"mobile"}),
    # Acceptable but with conditions: bulk text notification systems
    ("We want to use ClassDojo to send text alerts to families and students, what's required?", {C}, {"mobile"}),
    ("Can our school sign up for a mass texting service to text students about snow days?", {C}, {"mobile"}),
    ("my principal wants to use remind for the whole 7th grade. ok?", {C}, {"mobile"}),
    ("Can I use a bulk texting app that hasn't been approved by the CIO to text my class?", {P}, {"mobile"}),
    # Prohibited: personal email, other channels to a student's phone
    ("One of my sophomores asked me to email him at his yahoo account instead, can I?", {P}, {"mobile"}),
    ("is emailing a kid at their personal email ok if the parent asked?", {P}, {"mobile"}),
    ("can I message students on google hangouts using my personal gmail?", {P}, {"mobile"}),
    ("Can I call a student on her cell phone to check why she missed class?", {P}, {"mobile"}),
    ("is it ok to facetime a student who is home sick?", {P}, {"mobile"}),
    ("can I whatsapp my 4th graders homework reminders?", {P}, {"mobile", "exception"}),
    ("Can I text a 2nd grader?", {P}, {"mobile", "exception"}),
    ("I teach middle school. Can I text my students about the science fair?", {P}, {"mobile", "exception"}),
    ("ok 2 snap my 8th graders?", {P}, {"mobile", "social", "exception"}),
    # Exception to Policy
    ("Can I text my varsity basketball players to make sure everyone got home after the away game? Parents and "
     "principal signed the form and parents are in the group.", {C, A}, {"exception"}),
    ("For our overnight college trip with 11th graders, can I set up a GroupMe with students and parents for "
     "safety updates? We have the signed CPS permission forms from parents and the principal.", {C, A}, {"exception"}),
    ("can I text one of my juniors privately to check on her?", {P}, {"exception", "mobile"}),
    ("I want to text my high school students reminders about homework", {P}, {"exception", "mobile"}),
    ("principal verbally said I can text my seniors during the trip, is that enough?", {P}, {"exception", "mobile"}),
    ("can I text my 10th graders during the field trip so nobody gets lost? the parents haven't signed anything yet",
     {P}, {"exception", "mobile"}),
    ("can I text my freshmen?", {C, Q}, {"exception"}),
    ("what do I need to text my HS soccer team for away games?", {C}, {"exception"}),
    ("can i text the kids on the trip", {Q, C}, {"exception", "mobile"}),
    ("Can I text students?", {Q}, {"exception", "mobile"}),
    # Staff to Student Social Media Communications
    ("Can I start a Facebook page for my 5th grade class?", {C}, {"social"}),
    ("Our coach wants an instagram account for the track team. what are the rules?", {C}, {"social"}),
    ("Can the school have an official twitter account?", {C}, {"social"}),
    ("Can I add my students on Snapchat?", {P}, {"social", "mobile"}),
    ("A parent wants to connect with me on LinkedIn. Can I accept?", {P}, {"social"}),
    ("is it ok to follow my students on instagram", {P}, {"social"}),
    ("can I use my personal Facebook to post reminders for my class?", {P}, {"social"}),
    ("can I post about my students' progress on my own instagram?", {P}, {"social", 16}),
    ("Is it ok to bully a student's family on Twitter?", {P}, {"social", 1}),
    ("can I post a student's report card on facebook", {P, Q}, {"social", 16, 17}),
    ("Can I DM a student on Instagram?", {P}, {"social", "mobile"}),
    ("is it chill to dm my seniors on insta", {P}, {"social", "mobile"}),
    ("is it kosher to friend a kids mom on fb", {P}, {"social"}),
    ("Can I be friends with coworkers on Facebook?", {N}, set()),
    ("Is it ok to have a TikTok account?", {N}, set()),
    ("Can I connect with other teachers on LinkedIn?", {N}, set()),
    # Staff to Staff Mobile Device Communication
    ("can I text my principal that I'm sick?", {U}, {"staff"}),
    ("Is WhatsApp ok for our department group chat?", {U}, {"staff"}),
    ("Can teachers text each other?", {U}, {"staff"}),
    ("is it against policy for staff to use GroupMe with each other?", {U}, {"staff"}),
    ("Can I call a coworker on my personal phone?", {A}, {"staff", "note"}),
    ("Is it ok to email colleagues from my CPS account?", {A}, {"staff"}),
    ("can our grade level team use google chat to coordinate?", {A}, {"staff"}),
    # Special Note
    ("Do I need to save text messages I send to parents from my cell?", {C}, {"note"}),
    ("Can I turn on disappearing messages in WhatsApp for my work chats?", {P}, {"note"}),
    ("How long do I have to keep work-related texts?", {C}, {"note"}),
    ("Can I clear my call log on my work phone?", {P}, {"note"}),
    # Report Improper Conduct
    ("I lost my district chromebook, who do I call?", {A}, {"report"}),
    ("I think my account was hacked, what should I do?", {A}, {"report"}),
    ("Where do I report a coworker who is sharing student data?", {A}, {"report"}),
    ("How do I report a phishing email?", {A}, {"report"}),
    ("someone stole my work laptop out of my classroom", {A}, {"report"}),
    ("what's the phone number for the ITS service desk?", {A}, {"report"}),
    ("I got a suspicious email asking for my password, who do I tell?", {A}, {"report"}),
]

ITEMS = [
    ("Can I send an email to a parent calling her a liar and threatening to sue?", {P}, {1}),
    ("is it ok to post mean memes about a coworker in the staff chat", {P}, {1}),
    ("A colleague sends racist jokes on the staff email list. Is that allowed?", {P}, {2}),
    ("Can I use a cracked version of Photoshop on my school computer?", {P}, {3, 30, 35}),
    ("can I share a pirated copy of a textbook pdf with my class?", {P}, {3}),
    ("Is it ok to look at porn on my work laptop after hours?", {P}, {4}),
    ("Can I post where a parent who has been stalking me lives so people can confront him?", {P}, {5, 1}),
    ("Can I email a file that has a virus in it to my coworkers?", {P}, {6}),
    ("Can I send a chain letter to all the staff in the district?", {P}, {7}),
    ("Can I spam the all-staff list with ads for my yard sale?", {P}, {7, 18, 24}),
    ("Can I use a proxy site to get around the web filter?", {P}, {8}),
    ("is it ok to turn off the antivirus on my school laptop, it slows things down", {P}, {8}),
    ("My principal gave me her login so I can enter attendance for her. Is that ok?", {P}, {9, 13, 25}),
    ("Can I log into a coworker's email to find a file she forgot to send?", {P}, {9}),
    ("Can I send an email pretending to be the principal as a joke?", {P}, {10}),
    ("Can I make a fake Instagram account to keep an eye on what my students post?", {P}, {10}),
    ("Can I mine bitcoin on the school computers overnight?", {P}, {11, 24}),
    ("is it ok to stream netflix all day on the school wifi", {P}, {11}),
    ("can I change the password on the shared account so my coworker can't get in?", {P}, {12, 9}),
    ("Can I use the admin password I found to get into the gradebook settings?", {P}, {13, 9, 8}),
    ("Is it ok to get into the SIS database without authorization to check something?", {P}, {14, 13}),
    ("Can I forward the confidential budget memo to a reporter?", {P}, {15}),
    ("Can I post my students' photos with their full names on my public blog?", {P}, {16, 26}),
    ("Can I share a video of my class on my personal YouTube?", {P}, {16, "social"}),
    ("Can I tell the lunch staff about a student's diagnosis?", {C, Q, P}, {17, 36}),
    ("Can I email the whole staff about a colleague's medical leave?", {P}, {17}),
    ("A vendor asked for our staff email addresses. Can I give them to the vendor?", {P}, {18}),
    ("Can we do a Super Bowl betting pool in the teachers' group chat?", {P}, {19}),
    ("fantasy football league with a $20 buy-in over work email, ok?", {P}, {19}),
    ("Can I play online games on my school laptop during lunch?", {P}, {20}),
    ("Can my students play Blooket to review for the test?", {A}, {20}),
    ("Can I email staff about a raffle for my daughter's dance team?", {P}, {21}),
    ("Can I sell raffle tickets through the school's email?", {P}, {21}),
    ("Can I share a flyer for a mayoral candidate on the staff listserv?", {P}, {22}),
    ("Can I email my coworkers asking them to vote for the Republican candidate?", {P}, {22}),
    ("Can I use my CPS email to campaign for CTU delegate?", {P}, {23}),
    ("Can I sell my essential oils to coworkers through CPS email?", {P}, {24}),
    ("Can I advertise my tutoring business on the district email?", {P}, {24}),
    ("Can I write the classroom wifi password on the board for everyone?", {P}, {25}),
    ("Can I give my coworker's password to the sub?", {P}, {25, 9}),
    ("Can I save student social security numbers to a USB drive?", {P}, {26}),
    ("Can I email a list of student home addresses to my personal email?", {P}, {26, 16}),
    ("can I change a kid's grade in the system so he's eligible for the game?", {P}, {27}),
    ("Can I backdate attendance records?", {P}, {27}),
    ("Can I look up my neighbor's kid's address in Aspen?", {P}, {28}),
    ("Is it ok to use student data from the dashboard for my personal side project?", {P}, {28, 24}),
    ("Can I hire one of my students to mow my lawn?", {C}, {29}),
    ("Can I take a student out to dinner for her birthday?", {C}, {29}),
    ("Can I date a student?", {P}, {29, 34}),
    ("Can I install Zoom on my school laptop without IT approval?", {P}, {30}),
    ("can i download a free PDF converter app on my work computer?", {P}, {30, 35}),
    ("Can I sign my class up for a new free quiz website?", {P, C, Q}, {30}),
    ("Can I share my school Canva login with my friends?", {P}, {31, 25}),
    ("Is it ok to use the district's Zoom license for my church meetings?", {P}, {31}),
    ("Can I AirDrop a prank picture to every iPad in the school?", {P}, {32}),
    ("Can I try to crack the wifi password at school?", {P}, {33}),
    ("Is it ok to hack into the gradebook to fix an error?", {P}, {33, 14}),
    ("Can I send a flirty selfie to a coworker on Hangouts?", {P}, {34}),
    ("a colleague keeps sending me sexual messages on google chat, is that allowed", {P, A}, {34, "report"}),
    ("Can I download music from a torrent site on my school laptop?", {P}, {35, 3}),
    ("can I download a random screensaver program from the internet on my cps pc", {P}, {35, 30}),
    ("Can I email a student's IEP to my personal gmail to work on it at home?", {P}, {36, 26, 17, 16}),
    ("Can I use my CPS email for something another Board policy prohibits?", {P}, {37}),
]

NOT_COVERED_AND_CLARIFY = [
    ("Can I wear jeans on Fridays?", {N}, set()),
    ("How do I request a substitute for my sick day?", {N}, set()),
    ("Can I bring my dog to school?", {N}, set()),
    ("Can I give my students candy as a reward?", {N}, set()),
    ("When is the next PD day?", {N}, set()),
    ("Can I text parents about a field trip?", {N}, set()),
    ("Can I call a parent from my personal cell?", {N}, set()),
    ("Is it ok to use Gemini to grade essays?", {N, Q, C}, {30, 16, 26}),
    ("What's the policy on accepting gifts from parents?", {N}, set()),
    ("Can I text my group?", {Q}, {"staff", "mobile", "exception"}),
    ("can I make a whatsapp group for my crew?", {Q}, {"staff", "mobile", "exception"}),
    ("Is it ok to start a GroupMe for my team?", {Q}, {"staff", "mobile", "exception"}),
    ("Can I text my aides?", {Q}, {"staff", "mobile", "exception"}),
    ("Can I post class pictures on Facebook?", {Q, C}, {"social", 16}),
    ("can i message my students", {Q}, {"mobile", "exception"}),
    ("can i text my club members", {Q}, {"staff", "mobile", "exception"}),
    ("cn i txt my studnets abt the feild trip", {Q, C}, {"exception", "mobile"}),
]


def _cited(reply) -> set:
    out = set()
    for q in reply.citations:
        if q.item is not None:
            out.add(q.item)
        else:
            out.update(k for k, v in SECTIONS.items() if v == q.section)
    return out


# Shared by the review-round test files (test_policy_*_review.py, test_policy_generalisation.py).
def _check(question: str, verdicts: set, cites: set) -> None:
    reply = ask.answer(question)
    assert reply.verdict in verdicts, (reply.verdict, ask.explain(question))
    if cites and reply.verdict != "not_covered":
        assert cites & _cited(reply), (sorted(_cited(reply), key=str), ask.explain(question))


def _ids(x):
    return x[:60] if isinstance(x, str) else ""


@pytest.mark.parametrize("question,verdicts,cites", CHANNELS + ITEMS + NOT_COVERED_AND_CLARIFY,
                         ids=lambda x: x[:60] if isinstance(x, str) else "")
def test_paraphrased_question_gets_the_policy_verdict_and_citation(question, verdicts, cites):
    reply = ask.answer(question)
    assert reply.verdict in verdicts, (reply.verdict, reply.answer, ask.explain(question))
    if cites and reply.verdict != "not_covered":
        assert cites & _cited(reply), (sorted(_cited(reply), key=str), ask.explain(question))


def test_the_tables_cover_all_37_items():
    covered = {c for _, _, cites in ITEMS for c in cites if isinstance(c, int)}
    assert covered >= set(range(1, 38))


def test_the_tables_hold_more_than_a_hundred_questions():
    assert len(CHANNELS + ITEMS + NOT_COVERED_AND_CLARIFY) >= 100

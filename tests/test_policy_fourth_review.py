"""Questions written for the fourth review: failed conditions worded in new ways (a bulk-text app nobody at the
CIO's office vetted, parents who get a digest instead of each alert, permission given over the phone; the Exception
for a middle school team, a lab-report reminder, the principal's missing signature, texting each student
separately; a class account whose principal has no access, that posts memes and personal content, or whose
parents got no letter), then other voices (custodian, nurse, counselor, security, lunchroom, tech coordinator, band
director) asking about the 37 items, and everyday questions near the new cues that must keep their verdict. None is
copied from the development set or a held-out set; each round was run once before the fixes it prompted (first-run
figures in docs/policy.md).

Each row: (question, accepted verdicts, accepted citations), as in test_policy_generalisation.py.
"""
from __future__ import annotations

import pytest

from handlers import ask

from test_policy_paraphrases import A, C, N, P, _cited  # tests/ is on sys.path (not a package)

FAILED_CONDITIONS = [
    ("We bought a texting service for the cross country team but the district's tech security people never looked at it. Fine to send the kids meet updates on it?", {P}, {"mobile"}),
    ("our attendance text blast app wasn't vetted by the chief information officer's office, can we still use it to text students?", {P}, {"mobile"}),
    ("Can the school text all students about spirit week through SchoolMessenger if we just told families at open house and didn't get anything signed?", {P}, {"mobile"}),
    ("For our mass text alerts to kids, parents who sign up only get a weekly digest instead of each alert. ok?", {P}, {"mobile"}),
    ("is it ok to use a mass texting app to reach my students when the parents only gave permission over the phone?", {P}, {"mobile"}),
    ("I coach 7th and 8th grade volleyball. The parents signed the CPS form and they're on the group text. Can I text the girls about bus times?", {P}, {"exception"}),
    ("Parents and the principal signed off on the district form and moms are in the group chat. Can I text my juniors a reminder that the chem lab report is due Friday?", {P}, {"exception"}),
    ("The principal signed the CPS exception form for our robotics trip but the parents haven't yet. Can I start the group text with the 11th graders and their parents?", {P}, {"exception"}),
    ("All the parents signed the CPS texting form but our principal is out on leave and hasn't signed. Can I group text my seniors and their parents about the field trip pickup?", {P}, {"exception"}),
    ("I have written permission from the families and admin for the debate tournament, but I'd rather text each student separately instead of a group with their parents. ok?", {P}, {"exception"}),
    ("Going to the state track meet with sophomores; forms signed by parents and principal. Can I make a group text with just the athletes, leaving the parents out to keep it less noisy?", {P}, {"exception"}),
    ("Can I text my 10th grade band kids about the marching band trip if the principal just gave me a thumbs up in the hallway?", {P}, {"exception"}),
    ("Can I group text my high school seniors and their parents to tell them about the prom dress sale?", {P}, {"exception"}),
    ("I started an Instagram for our chess team; the principal said it was fine last fall but never put anything in writing. Can I keep posting?", {P}, {"social"}),
    ("Our class TikTok got principal sign-off in 2022 and we never asked again since. Is that still ok?", {P}, {"social"}),
    ("I'm running our team's Facebook page myself and the principal doesn't have any access to it or know who the admins are. Is it allowed?", {P}, {"social"}),
    ("Can our soccer team's Instagram mostly be used to post funny memes and personal stuff rather than anything about the program?", {P}, {"social"}),
    ("We have a class Twitter account approved in writing by the principal this year, but families were never told about it. Is that ok?", {P}, {"social"}),
    ("Our debate club Insta was approved in writing this school year but no letter went home to parents about it. fine?", {P}, {"social"}),
    ("can the GSA start a club instagram without asking the principal at all?", {P}, {"social"}),
]

OTHER_VOICES = [
    ("I'm the custodian. Can I use the school's wifi to stream movies on my phone all night during my overnight shift?", {P}, {28, 11, 31, 32}),
    ("As the school nurse, can I email a list of kids with seizure plans to my personal gmail so I can work on it from home?", {P}, {16, 26, 15, 17, 36}),
    ("Counselor here: a parent from another school asked me to forward her a student's 504 plan since they're neighbors. ok?", {P}, {15, 16, 17, 36}),
    ("I work security. Can I look up a student's home address in Aspen because I think my nephew is dating her?", {P}, {28, 16, 17, 36}),
    ("Lunchroom manager here, can I put a sign-up sheet in the staff email for my Tupperware party orders?", {P}, {24, 18, 7}),
    ("Tech coordinator: is it ok if I turn off the web filter on my own laptop so it stops blocking sites I need?", {P}, {8, 13, 31}),
    ("I'm the band director. A kid left his Google login on the music room computer. Can I log in to see if he turned in his practice log?", {P}, {9, 13, 14, 33}),
    ("Security guard question: can we bet on the Bears game in the staff group chat, just $5 each?", {P}, {19}),
    ("School clerk: a teacher asked me to bump a student's attendance to present for days he was absent. Can I do it?", {P}, {27}),
    ("I'm the band director and want to email all band parents from my CPS account telling them to vote for my friend running for alderman.", {P}, {22}),
    ("Custodian here, the union is picking a new steward. Can I send a message from my CPS email to the other engineers asking them to vote for me?", {P}, {23}),
    ("As the tech coordinator can I put a cracked copy of Minecraft on the library computers for a club?", {P}, {30, 35, 20}),
    ("Nurse: can I take my lunch break playing solitaire online on the health office computer?", {P}, {20}),
    ("Security: a student keeps mouthing off. Can I send him a text saying he'll regret it if he keeps it up?", {P}, {1, 5}),
    ("Band director question: can I set up an email under the principal's name to send out the concert announcements so people read it?", {P}, {10}),
    ("I'm in the lunchroom; can I show the kids a gross-out video with cuss words and racial jokes on the cafeteria projector?", {P}, {2, 32, 4}),
    ("Tech coordinator: I want to install a cryptocurrency miner on the lab computers overnight to make some extra money. Thoughts?", {P}, {24, 11, 30, 28}),
    ("The school nurse wants to forward a chain email to every staff address she can find warning about a fake virus. ok?", {P}, {7, 18}),
    ("Custodial supervisor here — can I lock a night engineer out of the work order system because we argued?", {P}, {12}),
]

NEAR_MISSES = [
    ("The principal hasn't signed my personal day request yet. How long does that usually take?", {N}, set()),
    ("Parents gave permission over the phone for their child to leave early with an aunt. Is that enough for the front office?", {N}, set()),
    ("Is there a rule about selling bake sale items in the teacher's lounge during lunch?", {N, P}, set()),
    ("Where do I find the weekly digest of district announcements?", {N}, set()),
    ("Can I put funny memes in my slides for my own staff PD presentation?", {A, N}, set()),
    ("The kids, parents and teachers are all invited to the spring concert. Where do I post the flyer in the building?", {N}, set()),
    ("My AP is out on leave and hasn't signed my evaluation. Who signs instead?", {N}, set()),
    ("No letter went home about picture day, should I remind my class in person?", {N}, set()),
    ("Can I email my students at their CPS addresses about the book fair sale?", {A}, set()),
    ("The principal doesn't have access to the gym schedule spreadsheet. How do I share it with her on CPS Google Drive?", {A, N}, set()),
    ("Is it ok to call a colleague over the phone to swap lunch duty?", {A}, set()),
    ("Our school's bulk alert system is approved by the CIO, parents signed permission, and parents get the same texts as the kids. Good to go?", {A, C}, set()),
    ("We're still waiting on the principal's approval for the new reading curriculum. Can I start planning units?", {N}, set()),
    ("Can I tell my students in class that the yearbook is on sale?", {N}, set()),
    ("Where do I get the form parents sign for the overnight field trip?", {N}, set()),
    ("Is it fine to message a coworker in CPS Google Chat about the weekly digest we put together?", {A}, set()),
    ("What should I wear to the staff holiday party? Is there a dress code?", {N}, set()),
    ("My own kid's school sends a weekly summary instead of each alert; can I ask our office to do the same for staff emails?", {A, N}, set()),
    ("Is there a discount for CPS employees at the museum?", {N}, set()),
    ("The parents don't even know about the after-school tutoring program; how do I advertise it on our school's website?", {C, N}, set()),
    ("Custodian here: the gym lights were on all night. Who do I tell about the electric bill?", {A, N}, set()),
    ("Can I stream the school's graduation on the district YouTube channel?", {A, C, N}, set()),
    ("Our union steward asked when the next building meeting is. Where is the calendar?", {N}, set()),
    ("I locked myself out of my classroom. Who has the spare key?", {N}, set()),
    ("The nurse from another school is covering for ours tomorrow. Where does she park?", {N}, set()),
    ("Can we watch a documentary about the history of racial segregation in my US history class?", {A, N}, set()),
    ("Band director: is there a form to request a bus for the marching band competition?", {N}, set()),
    ("Security here, who do I email to get my CPS badge reprinted?", {N}, set()),
    ("Lunchroom manager: can I email the cafeteria staff their new schedule from my CPS account?", {A}, set()),
    ("Counselor: since my sister and I are both CPS employees, can we carpool and share a parking pass?", {N}, set()),
    ("Tech coordinator: how do I request more chromebook carts for the 3rd grade?", {N}, set()),
    ("Can I stream music quietly at my desk during my lunch break?", {N}, set()),
    ("The engineer says the boiler is locked out again. Who do we call for facilities?", {N}, set()),
    ("Nurse here, can I call another nurse on my team to ask about vaccine clinic hours?", {A}, set()),
    ("Are we allowed to vote in the school's LSC election if we are staff?", {N}, set()),
    ("Can I put up a poster in the hallway against racist jokes for anti-bullying week?", {A, N}, set()),
    ("Custodian question: can I take the overnight shift instead of days next month?", {N}, set()),
    ("A teacher from another school wants to observe my class next week. Do I need the principal's ok?", {N}, set()),
    ("Where can I find the union contract to check my sick days?", {N}, set()),
    ("Band director: can I email my students at their CPS accounts about the concert call time?", {A}, set()),
]


def _check(question: str, verdicts: set, cites: set) -> None:
    reply = ask.answer(question)
    assert reply.verdict in verdicts, (reply.verdict, ask.explain(question))
    if cites and reply.verdict != "not_covered":
        assert cites & _cited(reply), (sorted(_cited(reply), key=str), ask.explain(question))


def _ids(x):
    return x[:60] if isinstance(x, str) else ""


@pytest.mark.parametrize("question,verdicts,cites", FAILED_CONDITIONS, ids=_ids)
def test_failed_bulk_exception_and_class_account_conditions_in_new_words_are_prohibited(question, verdicts, cites):
    _check(question, verdicts, cites)


@pytest.mark.parametrize("question,verdicts,cites", OTHER_VOICES, ids=_ids)
def test_unacceptable_uses_asked_by_other_staff_roles_are_found(question, verdicts, cites):
    _check(question, verdicts, cites)


@pytest.mark.parametrize("question,verdicts,cites", NEAR_MISSES, ids=_ids)
def test_everyday_questions_near_the_new_cues_keep_their_verdict(question, verdicts, cites):
    _check(question, verdicts, cites)

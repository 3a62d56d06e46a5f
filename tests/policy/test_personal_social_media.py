"""Staff to Student Social Media Communications on personal accounts: friending, following or messaging students
and parents, or posting students and school business, is prohibited; colleagues and former students who are adults
are not covered."""
from __future__ import annotations

import pytest

from handlers.ask import answer
from policy.document import DEFAULT_POLICY, parse_policy, read_yaml

# Questions and the answers they must get: (question, accepted verdicts, accepted citations). A citation is a
# section key or an item number (conftest.SECTION_KEYS); the answer must cite one of them unless it is
# not_covered, and an empty set accepts any citation. New cases go in these tables.

# Friending, following or messaging students and parents, or posting school business, on a personal account:
# prohibited.
STUDENTS_AND_PARENTS_ON_PERSONAL_ACCOUNTS = [
    ("ok 2 snap my 8th graders?", {"prohibited"}, {"exception", "mobile", "social"}),
    ("Can I add my students on Snapchat?", {"prohibited"}, {"mobile", "social"}),
    ("A parent wants to connect with me on LinkedIn. Can I accept?", {"prohibited"}, {"social"}),
    ("is it ok to follow my students on instagram", {"prohibited"}, {"social"}),
    ("can I use my personal Facebook to post reminders for my class?", {"prohibited"}, {"social"}),
    ("Can I DM a student on Instagram?", {"prohibited"}, {"mobile", "social"}),
    ("is it chill to dm my seniors on insta", {"prohibited"}, {"mobile", "social"}),
    ("is it kosher to friend a kids mom on fb", {"prohibited"}, {"social"}),
    ("Is it ok to accept a Facebook friend request from a 12th grader?", {"prohibited"}, {"social"}),
    ("can i snap chat with my seniors about prom?", {"prohibited"}, {"exception", "mobile", "social"}),
    ("Can I DM a parent on Facebook about their child's behavior?", {"prohibited"}, {"social"}),
    ("my 9th graders keep asking to follow me on Tiktok, can I accept?", {"prohibited"}, {"social"}),
    ("Can I accept a LinkedIn request from a student's father?", {"prohibited"}, {"social"}),
    ("can i snapchat my students?", {"prohibited"}, {"mobile", "social"}),
    ("Can I vent about a student on my private Instagram?", {"prohibited"}, {"social"}),
    ("Can I tell my students my personal Instagram handle?", {"prohibited"}, {"social"}),
    ("Can I message a parent on Facebook Messenger about their kid?", {"prohibited"}, {"social"}),
    ("Can I be Facebook friends with my students' parents?", {"prohibited"}, {"social"}),
    ("Can I snapchat my scholars?", {"prohibited"}, set()),
    ("is it ok if i snapchatted a studnt back, she messaged me first", {"prohibited"}, set()),
    ("wat if a parnt adds me on fb can i accept", {"prohibited"}, set()),
    ("can i add my students to a group chat on instagram", {"prohibited"}, set()),
    ("Can I friend my student's parents on Facebook if we're neighbors?", {"prohibited"}, set()),
    ("Can I DM students on TikTok about assignments?", {"prohibited"}, set()),
    ("Can I use my personal Instagram to share class announcements?", {"prohibited"}, set()),
    ("Are teachers allowed to have students on snapchat?", {"prohibited"}, set()),
    ("Can a teacher follow a student back on Instagram if the student followed first?", {"prohibited"}, set()),
    ("Can I post on my personal Facebook about how proud I am of my class, with a group photo?", {"prohibited"}, set()),
    ("is it ok to message a parent on instagram about a field trip", {"prohibited"}, set()),
    ("Is it appropriate to comment on my students' TikToks?", {"prohibited"}, set()),
    ("my middle schoolers want me on snap lol can i", {"prohibited"}, set()),
    ("Can I comment on a student's Facebook post?", {"prohibited"}, set()),
    ("Can I message a parent through my personal Instagram about a school event?", {"prohibited"}, set()),
    ("Can I post about a student's behavior on my Facebook?", {"prohibited"}, set()),
    ("I'm not allowed to friend parents on Facebook, right?", {"prohibited"}, set()),
    ("Friend request from a student. Accept?", {"prohibited"}, set()),
    ("i want to add my 12th graders on linkedin to help with jobs, ok?", {"prohibited"}, set()),
    ("What do I do if a student sends me a friend request?", {"prohibited"}, set()),
    ("junior high cheer: can I DM the girls on insta about practice?", {"prohibited"}, {"mobile", "social"}),
    ("My principal wants me to use my personal Instagram to promote the school's open house. Can I?", {"prohibited"}, {"social"}),
    ("Our 7th grade girls basketball players want to DM me on instagram. allowed?", {"prohibited"}, {"mobile", "social"}),
    ("i'm the band director. can i start a snapchat group with my 6th-8th grade band kids for concert reminders?", {"prohibited"}, {"exception", "mobile", "social"}),
    ("Is it okay if I accept friend requests from parents of students I had years ago?", {"prohibited"}, {"social"}),
    ("Can I friend a kid's mom on IG? we're close", {"prohibited"}, {"social"}),
    ("A parent wants to friend me on Facebook so she can see class photos. ok?", {"prohibited"}, {"social"}),
    ("JV cheer coach here. can I make a snapchat group with the girls?", {"prohibited"}, {"exception", "mobile", "social"}),
    ("my middle-school basketball boys want to snap me. okay?", {"prohibited"}, {"exception", "mobile", "social"}),
    ("A parent asked me to message her daughter on Snapchat about the makeup test. ok?", {"prohibited"}, {"mobile", "social"}),
    ("can I friend my students' parents on facebook?", {"prohibited"}, {"social"}),
    ("Can I post about school events on my own Twitter?", {"prohibited"}, {"social"}),
    ("Can I send my senior class a Snapchat group message?", {"prohibited"}, {"exception", "mobile", "social"}),
    ("can I send a parent a DM on instagram to thank them?", {"prohibited"}, {"social"}),
    ("Can I wish my students happy birthday on my personal instagram story and tag them?", {"prohibited"}, {"social"}),
    ("Is it ok to message my 12th grade mentee on LinkedIn?", {"prohibited"}, {"social"}),
    ("can i dm a student on ig if they dm me first", {"prohibited"}, {"social"}),
    ("can I accept a follow request from one of my 4th graders on tiktok?", {"prohibited"}, {"social"}),
    ("a parent in my class sent me a LinkedIn invite. accept?", {"prohibited"}, {"social"}),
    ("is it ok to add my 11th grade students on snapchat?", {"prohibited"}, {"social"}),
    ("a kid from my 2nd period sent me a friend request on Facebook, can I accept it?", {"prohibited"}, {"social"}),
    ("can I accept a snapchat friend request from a 9th grader?", {"prohibited"}, {"social"}),
    ("can I message a student's mom on facebook messenger from my personal account?", {"prohibited"}, {"social"}),
    ("puedo agregar a un estudiante de 10mo grado en instagram?", {"prohibited"}, {"social"}),
    ("a 6th grader sent me a follow request on instagram. ok to accept?", {"prohibited"}, {"social"}),
    ("can I connect with my students' parents on facebook?", {"prohibited"}, {"social"}),
    ("puedo agregar a mis estudiantes en snapchat?", {"prohibited"}, {"social"}),
    ("a student's grandma sent me a facebook friend request. accept?", {"prohibited"}, {"social"}),
    ("can I friend request my 5th graders' parents on facebook?", {"prohibited"}, {"social"}),
    ("can I dm a student on instagram to remind her about practice?", {"prohibited"}, {"social"}),
    # a connection asked for on a platform named by brand, in either order
    ("linkedin invite from one of my seniors, ok to accept?", {"prohibited"}, {"social"}),
    ("a 6th grader sent me a tiktok follow request", {"prohibited"}, {"social"}),
    ("reddit request from a student's mom, accept it?", {"prohibited"}, {"social"}),
]

# Wording that leaves the account or the audience open.
PERSONAL_ACCOUNTS_WITH_SEVERAL_READINGS = [
    ("Can I show students my personal Instagram in class?", {"prohibited", "not_covered"}, set()),
    ("Can students add me on snapchat after they graduate from 8th grade?", {"prohibited", "not_covered"}, {"social"}),
]


@pytest.mark.parametrize("question, verdicts, cites", STUDENTS_AND_PARENTS_ON_PERSONAL_ACCOUNTS)
def test_students_parents_and_school_business_on_a_personal_account_are_prohibited(check_answer, question, verdicts, cites):
    check_answer(question, verdicts, cites)


@pytest.mark.parametrize("question, verdicts, cites", PERSONAL_ACCOUNTS_WITH_SEVERAL_READINGS)
def test_a_personal_account_question_gets_one_of_its_accepted_verdicts(check_answer, question, verdicts, cites):
    check_answer(question, verdicts, cites)


def test_a_rule_can_require_that_no_act_is_present():
    policy = parse_policy(DEFAULT_POLICY, read_yaml(DEFAULT_POLICY))
    rule = next(r for r in policy.rules if r.id == "personal_social_colleagues")
    assert rule.when["acts_none"] == frozenset({"post", "business"})
    # chatting with colleagues on a personal account: not addressed; posting school business there: prohibited
    assert answer("can I chat with my coworkers on instagram?").verdict == "not_covered"
    assert answer("can I post school announcements for my coworkers on my personal facebook?").verdict == "prohibited"


# A personal account kept for personal things, with school and students ruled out ("nothing about school"): what
# the asker rules out is not what they post, so the account is theirs alone and the policy does not address it.
@pytest.mark.parametrize("question", [
    "I have a personal instagram where I post hiking photos, nothing about school or my students. is that allowed?",
    "Can I keep a personal youtube channel for my cooking, not about school at all?",
    "my own facebook page is just for my band, nothing about school, no students follow it. ok?",
])
def test_a_personal_account_with_school_ruled_out_is_not_covered(question):
    assert answer(question).verdict == "not_covered"


# The people the asker says they never befriend are ruled out the same way: "never add students", "I don't friend
# parents" say who is kept off the account, not who is on it.
@pytest.mark.parametrize("question", [
    "is a snapchat of my own ok? I never add students and it's just my friends",
    "ok to keep my own tiktok for dance videos if I never friend any students or parents?",
])
def test_a_personal_account_with_students_never_befriended_is_not_covered(question):
    assert answer(question).verdict == "not_covered"


# A parent who chaperones, or volunteers in a class, is a parent: befriending them is befriending a parent.
def test_a_parent_who_chaperones_is_a_parent(situation):
    assert situation("can I friend the chaperone dads from the field trip on facebook?").audience == "parent"


def test_befriending_students_said_beside_a_personal_account_is_still_prohibited(check_answer):
    check_answer("I have my own instagram, can I add my students on it?", {"prohibited"}, {"social"})


def test_the_same_account_posting_school_events_is_prohibited():
    assert answer("can I post about our school events on my personal facebook?").verdict == "prohibited"


# Students written to on a social app ("DM my players on Instagram", "message the robotics kids on Discord"): the
# club or team names who is written to, not a page set up for it, so the messages are personal social media
# communication with students; a page's own questions (set it up, students commenting or following) keep its rules.
@pytest.mark.parametrize("question", [
    "is it ok to dm my cheer girls on instagram about practice? it's for the school squad",
    "can I message the kids in my gaming club on discord about the next match? they're juniors",
    "ok to snapchat students from the yearbook club about photo deadlines?",
])
def test_messages_to_students_on_a_social_app_are_personal_social_media(check_answer, question):
    # (an app some read as instant messaging answers under the mobile-device rules: prohibited all the same)
    check_answer(question, {"prohibited"}, {"social", "mobile", "exception", 20})


# Students adding the asker: the one added is the asker, on the asker's own account, whatever school group the
# request is made for (a club named beside a platform otherwise reads as the club's account)
@pytest.mark.parametrize("question", [
    "my players want to add me on discord for the gaming club, ok?",
    "the robotics kids keep adding me on their club discord, is that a problem?",
])
def test_students_adding_the_asker_for_a_school_group_is_the_askers_own_account(ask, situation, question):
    # (Discord alone reads as instant messaging: the asker's own app either way, never the club's page)
    assert situation(question).channel in ("personal_social", "im")
    assert ask(question)["verdict"] == "prohibited"


# Befriending, following or adding a person on a social platform is done from the asker's own account (a class
# page posts; it befriends nobody): the account is not asked about.
@pytest.mark.parametrize("question", [
    "I'm friends with a couple of dads from my class on facebook, is that a problem?",
    "I added one of the moms from our PTA on instagram. ok?",
    "one of my student's parents followed me on tiktok, can I follow her back?",
])
def test_befriending_a_parent_on_a_social_platform_is_the_askers_own_account(ask, situation, question):
    assert situation(question).channel == "personal_social"
    assert ask(question)["verdict"] == "prohibited"
# "Discussing CPS or school matters that cause disruption at school": a heated or rude post on one's own account
# about nothing of the school (a team one roots for, traffic, a TV show) discusses no school matter; the same
# heat about something at school (a place of its day, its people, the school itself) keeps the rule.
@pytest.mark.parametrize("question", [
    "I went on a long angry rant about my cable company on my own facebook last night. does the AUP have anything to "
    "say?",
    "lowkey roasted the refs from Sunday's Bulls game on my personal X account, some cussing. I'm a sub. problem?",
    "I trashed a reality show contestant on my private instagram story. teacher here. is that covered?",
])
def test_a_rant_about_nothing_of_the_school_on_ones_own_account_is_not_covered(question):
    reply = answer(question)
    assert reply.verdict == "not_covered", reply.answer


@pytest.mark.parametrize("question", [
    "can I rant on my own facebook about the food fight in our lunchroom today?",
    "I want to roast our school's terrible dismissal process on my personal TikTok. ok?",
])
def test_a_rant_about_a_school_matter_on_ones_own_account_keeps_the_disruption_rule(question):
    assert answer(question).verdict == "prohibited"


# "Accept it" is a connection accepted only when what was offered is one: a gift, a plaque or an invitation to speak
# accepted from a parent is no social media act (gifts are not covered), while a request accepted stays one.
@pytest.mark.parametrize("question", [
    "a dad is offering me a basket of homemade tamales for teacher appreciation. may I accept it?",
    "the PTO president wants to hand me a coffee shop voucher at the end of the year, ok to accept it?",
])
def test_a_gift_accepted_from_a_parent_is_no_friend_request(question):
    reply = answer(question)
    assert reply.verdict == "not_covered", reply.answer


@pytest.mark.parametrize("question", [
    "a junior's mom sent me a follow request on instagram. can I accept it?",
    "one of my 7th graders' dads sent me an invite on facebook; should I accept him?",
])
def test_a_request_from_a_parent_accepted_is_still_friending(question):
    assert answer(question).verdict == "prohibited"


# A student's brother or sister said to be grown ("she's 27", "an adult", "not his guardian") is no parent or
# guardian and no student: connecting with them is the asker's own life. Said without it, a sibling stays family.
@pytest.mark.parametrize("question", [
    "one of my students' sisters (27, not her guardian) asked to connect on instagram. fine?",
    "my student's older brother, an adult, sent me a friend request on snapchat. can I accept?",
])
def test_a_students_grown_sibling_is_nobody_the_policy_addresses(question):
    reply = answer(question)
    assert reply.verdict == "not_covered", reply.answer


# The district's own work named by what it is (filling its jobs, what a school teaches, the events it holds for its
# families, its staffing and budget), carried out on a personal page or inbox: conducting CPS business there is
# prohibited, whoever else is in it. A relative's own event of the same name is theirs, and stays not covered.
@pytest.mark.parametrize("question", [
    "the hiring committee wants to screen job applicants through my personal LinkedIn messages. fine?",
    "can our grade team plan the curriculum night in a group on our own Facebook accounts?",
    "I'd like to share the school budget cuts on my own Twitter before the LSC meeting. ok?",
])
def test_district_work_done_on_a_personal_account_is_cps_business(question):
    reply = answer(question)
    assert reply.verdict == "prohibited", reply.answer


# The school's own event filmed or photographed and put on a personal channel: its students are in it, so the post
# is CPS business on personal social media, whatever "own" says about the account
@pytest.mark.parametrize("question", [
    "can i post a clip of our science olympiad meet to my own instagram reel?",
    "is it fine to put footage of our winter band concert on my own youtube channel?",
])
def test_the_schools_own_event_on_video_on_a_personal_account_is_cps_business(check_answer, question):
    check_answer(question, {"prohibited"}, set())


@pytest.mark.parametrize("question", [
    "can I share pics from my son's back to school night at his college on my own Instagram?",
])
def test_a_relatives_event_on_ones_own_account_stays_not_covered(question):
    reply = answer(question)
    assert reply.verdict == "not_covered", reply.answer


# A page the asker says has nothing of the school in it ("nothing to do with school", "no school stuff") is the
# asker's own, whatever hobby word it names ("choir covers", "my soccer clips"): not a class or team account. A
# page named for the school's group, with no such words, stays one.
@pytest.mark.parametrize("question", [
    "can I keep a youtube channel where I upload my choir covers? nothing to do with school",
    "Is it fine to run an instagram where I share my soccer clips (no school stuff at all)?",
])
def test_a_page_said_to_have_nothing_of_the_school_is_the_askers_own(question):
    reply = answer(question)
    assert reply.verdict == "not_covered", reply.answer


@pytest.mark.parametrize("question", [
    "can I set up an instagram for the choir so families see our concerts?",
])
def test_a_page_for_the_schools_group_is_still_a_class_account(question):
    reply = answer(question)
    assert reply.verdict == "conditional", reply.answer


# A social platform with no kind of account named is the asker's own (DESIGN.md: clarify is for an unknown
# audience, not for which account): a DM, a streak, a duet or a list of close friends on it is personal social media,
# and so is a hobby page. What is posted may be a class page's, so a post still asks which account.
@pytest.mark.parametrize("question, verdict", [
    ("DMing a sophomore on snapchat to say nice race, no big deal right?", "prohibited"),
    ("is a bereal friendship with my homeroom kids ok?", "prohibited"),
    ("I keep a tiktok about woodworking on weekends, nothing to do with school. any rule on that?", "not_covered"),
    ("can I put photos from the science fair on instagram?", "clarify"),
])
def test_a_platform_with_no_account_named_is_the_askers_own(ask, question, verdict):
    assert ask(question)["verdict"] == verdict


# Friending with no platform named: the verb's own forms ("friending", "befriended"), the bare verb where a verb
# stands ("to friend", "should I friend"), a student or parent who connects to the asker ("they keep adding me", "a
# dad friends me") or students invited to like or follow a page are the section's "adding, inviting and accepting".
# Being added to a group chat or as an editor is a membership or a role, a club or an evening joined is no page, and
# "my friend" names a person, not the act.
@pytest.mark.parametrize("question", [
    "I haven't befriended any of my 6th graders' parents yet, is that even a thing I can do?",
    "our new TA is planning to friend a few sophomores after the dance. should I stop her?",
    "the seniors keep adding me since graduation practice started. I'm fine to accept, right?",
    "a grandma of one of my pupils friended me out of the blue. is accepting ok as long as I don't reach out?",
    "coach wants to invite his players to follow his personal workout page. thoughts?",
    "a mom from my classroom asked to connect on nextdoor since we live on the same block. ok?",
])
def test_friending_students_or_parents_with_no_platform_named_is_prohibited(check_answer, question):
    check_answer(question, {"prohibited"}, {"social"})


@pytest.mark.parametrize("question", [
    "my 8th graders keep adding me to their group chat for the science fair. is that ok?",
    "one of my juniors added me as a viewer on her slideshow, should I accept?",
    "can I email my friend the photos of my own dog from my cps account?",
    "is it ok to ask my 10th graders to sign up for the chess club?",
    "can I invite the parents to join our curriculum night?",
])
def test_a_group_chat_membership_or_a_friend_named_is_no_friend_request(situation, question):
    assert "friend" not in situation(question).acts


# The school's day-to-day operations (who covers a class, what a meeting decided, a paycheck, a candidate's
# interview, a changed bus route) run on a personal page or inbox are CPS business there, whoever else is in it.
@pytest.mark.parametrize("question", [
    "our AP wants teachers to swap class coverage in a Facebook group on our own accounts. is that allowed?",
    "I keep the faculty meeting notes and agenda on my personal Instagram for anyone who missed it. fine?",
    "can I DM the new hire about her direct deposit problem on my own Facebook Messenger?",
    "HR asked me to schedule interviews with the applicants over my personal LinkedIn. ok?",
    "can I post next week's bus schedule changes to my own TikTok for the families?",
])
def test_school_operations_run_on_a_personal_account_are_cps_business(check_answer, question):
    check_answer(question, {"prohibited"}, {"social"})


# The particulars of a building's security or of an emergency under way (which entrance is left unlocked, when
# the alarm is off, which room the responders were in) are CPS confidential/protected information: posting them on
# social media is prohibited, on one's own account and own time too. Naming the security without its particulars
# is no disclosure of it.
@pytest.mark.parametrize("question", [
    "is it ok if I put on my instagram which side entrances the custodians leave unlocked after 6? people should know",
    "my neighbor asked on our town's facebook group which hallways the cameras miss at my school, can I answer there?",
    "during the shelter-in-place I tweeted which wing the police were searching. was that a problem?",
])
def test_a_buildings_security_particulars_posted_on_social_media_are_confidential(check_answer, question):
    check_answer(question, {"prohibited"}, {"social"})


@pytest.mark.parametrize("question", [
    "can I post on my own facebook that I'm proud of how calm my class was during the fire drill?",
    "ok to share a photo of my garden on instagram? the camera on my new phone is great",
])
def test_security_named_without_its_particulars_is_no_confidential_fact(situation, question):
    assert "confidential" not in situation(question).facts


# The school's running told as news (a bus route or a practice changed, a match called off, a rescheduled
# rehearsal) is CPS business: posted from the asker's own account it is personal social media used to conduct CPS
# business, whoever the asker is. A personal matter named with the same words stays the asker's own.
@pytest.mark.parametrize("question", [
    "band director: I put rehearsal changes up on my personal instagram story so everyone sees them. ok?",
    "as the dean I'd tweet bus route updates from my own twitter, it's faster than the district one",
    "tennis coach here, I post rescheduled matches on my own TikTok. allowed?",
])
def test_the_schools_running_posted_on_a_personal_account_is_cps_business(check_answer, question):
    check_answer(question, {"prohibited"}, {"social"})


def test_ones_own_plans_changed_on_ones_own_account_stay_personal(ask):
    assert ask("can I post on my own instagram that my vacation plans changed?")["verdict"] == "not_covered"

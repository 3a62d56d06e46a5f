"""Staff to Student Social Media Communications: a class, team, library, school or district account is acceptable
on the policy's conditions (written principal approval, staff administrators, the annual notice to parents, no
personal content); a question that says one failed is prohibited."""
from __future__ import annotations

import pytest

# Questions and the answers they must get: (question, accepted verdicts, accepted citations). A citation is a
# section key or an item number (conftest.SECTION_KEYS); the answer must cite one of them unless it is
# not_covered, and an empty set accepts any citation. New cases go in these tables.

# Class, team, library, school and district accounts: acceptable on the policy's conditions.
CLASS_ACCOUNTS_WITH_THEIR_CONDITIONS = [
    ("Can I start a Facebook page for my 5th grade class?", {"conditional"}, {"social"}),
    ("Our coach wants an instagram account for the track team. what are the rules?", {"conditional"}, {"social"}),
    ("Can the school have an official twitter account?", {"conditional"}, {"social"}),
    ("Can I post our robotics team's win on the school's Facebook page?", {"conditional"}, {"social"}),
    ("I made a Twitter for my AP Bio class, do I need anything from the principal?", {"conditional"}, {"social"}),
    ("Can students follow my class Instagram?", {"conditional"}, {"social"}),
    ("Can I create an Instagram page for our school's chess club?", {"conditional"}, {"social"}),
    # a page's name in quotes: the closing mark stands where the possessive would
    ("can a teacher start a separate 'Ms. R's Class' Instagram page, not her own account, for class updates?",
     {"conditional"}, {"social"}),
    ("Do I need permission to post student art on the school's Instagram?", {"conditional"}, {"social"}),
    ("If the principal approves, can our club have an Instagram page?", {"conditional"}, set()),
    ("Can I manage the school's Twitter account?", {"conditional"}, set()),
    ("My principal approved our class TikTok. Can students comment on it?", {"conditional"}, set()),
    ("Can I delete a student's post from our class Instagram?", {"conditional"}, set()),
    ("What rules apply to a teacher-run Instagram for the debate team?", {"conditional"}, set()),
    ("i want to make a class insta for my 3rd graders' art, what do i need", {"conditional"}, set()),
    ("Can our school start a YouTube channel for announcements?", {"conditional"}, set()),
    ("Our principal wants a school TikTok. Who needs to approve that?", {"conditional"}, set()),
    ("I'd like to create a Facebook group for my 8th grade class so I can share assignments. What do I need to do first?", {"conditional"}, set()),
    ("what about instagram for my class", {"conditional"}, set()),
    ("Can I make my students follow our class Twitter?", {"conditional"}, set()),
    ("Can I livestream the graduation on the school's Facebook?", {"conditional"}, set()),
    ("Our girls basketball Instagram has the principal's written approval for this school year. what else applies?", {"conditional"}, {"social"}),
    ("Our esports club's twitter got principal approval last fall. do we need a new approval?", {"conditional"}, {"social"}),
    ("our varsity tennis team has a principal-approved Instagram from this fall. what are the rules we must follow?", {"conditional"}, {"social"}),
    ("Can I post our robotics team's trophy photo on the team Facebook page the principal approved?", {"conditional"}, {"social"}),
    ("Can the school post lunch menus on the school's official X account?", {"conditional"}, {"social"}),
    ("Can I post the approved school newsletter on the school's facebook?", {"conditional"}, {"social"}),
    ("Can I post a sign-up sheet for parent volunteers on the school's approved Facebook page?", {"conditional"}, {"social"}),
    ("our JV soccer team's instagram got principal approval in August. anything else we need?", {"conditional"}, {"social"}),
    ("our science club facebook page was approved two years ago, is that still good?", {"conditional"}, {"social"}),
    ("Our counseling department wants to start a Facebook page for college info. What do we need?", {"conditional"}, {"social"}),
    ("The library wants a school Instagram to post new books. rules?", {"conditional"}, {"social"}),
    ("Our cheer squad's TikTok was approved by the principal back in 2022. Are we still okay?", {"conditional"}, {"social"}),
    ("our marching band's facebook got written approval from the principal this year. anything else?", {"conditional"}, {"social"}),
    ("The athletics department wants an X account for scores. what are the rules for a department account?", {"conditional"}, {"social"}),
    ("Do I have to get the principal's approval every year for the team's Instagram?", {"conditional"}, {"social"}),
    ("Can our choir have an Instagram account for concert updates?", {"conditional"}, {"social"}),
    ("our library wants its own Facebook page for events, what do we need?", {"conditional"}, {"social"}),
    ("My principal approved our class Twitter in writing this year. Anything else we need?", {"conditional"}, {"social"}),
    ("does the science department's Facebook page need anything special?", {"conditional"}, {"social"}),
    ("can our chess club have a facebook page?", {"conditional"}, {"social"}),
    ("our counseling office wants a school instagram for college deadlines. what's required?", {"conditional"}, {"social"}),
    ("can our drama club get a tiktok account?", {"conditional"}, {"social"}),
    ("the athletic department wants a facebook page for game results. allowed?", {"conditional"}, {"social"}),
    ("can the debate team have its own instagram?", {"conditional"}, {"social"}),
    ("what do we need to start a club youtube channel?", {"conditional"}, {"social"}),
    ("can our school set up an official instagram?", {"conditional"}, {"social"}),
    ("Can the front office run a school-run Facebook page for announcements?", {"conditional"}, {"social"}),
    ("Could the library start its own school-run YouTube channel?", {"conditional"}, {"social"}),
    ("Can our school's counseling office have a school-run Instagram account?", {"conditional"}, {"social"}),
    ("Can our athletic department start a school-run TikTok account?", {"conditional"}, {"social"}),
    ("Our department runs the district-approved YouTube channel; can my 7th graders appear in our lab videos on it?", {"conditional"}, {"social"}),
    ("The library's Instagram account belongs to the school. Can I post photos of middle schoolers at our book fair?", {"conditional"}, {"social"}),
    ("Can I post my 3rd graders' reading videos on the school library's YouTube channel?", {"conditional"}, {"social"}),
    ("The school library runs an Instagram. Can I share photos of 11th graders at the poetry slam there?", {"conditional"}, {"social"}),
    ("The district's YouTube channel is filming my high school chemistry class. Can my students be in it?", {"conditional"}, {"social"}),
    # a page said with a pronoun or a wish, or as the group's own
    ("The robotics club would like an Instagram to post build photos - how do we set it up?", {"conditional"}, {"social"}),
    ("Could the 4th grade class have its own Facebook page for families? I'd manage it.", {"conditional"}, {"social"}),
    ("our debate team wants its own tiktok, what steps do I take?", {"conditional"}, {"social"}),
]

# No written principal approval, no staff administrator, no annual notice to parents, personal content: prohibited.
CLASS_ACCOUNTS_MISSING_A_CONDITION = [
    ("can I keep my club's Instagram going without asking the principal to approve it?", {"prohibited"}, {"social"}),
    ("Can I start a class TikTok for my 10th graders? the principal hasn't approved it", {"prohibited"}, {"social"}),
    ("Can I run our club's twitter without getting the principal's approval this year?", {"prohibited"}, {"social"}),
    ("Principal told me verbally our team facebook page is fine. Good enough?", {"prohibited"}, {"social"}),
    ("My team's insta (JV hoops) - principal okayed it verbally. good to go?", {"prohibited"}, {"social"}),
    ("Our robotics team's Instagram got written principal approval in 2022 and it's never been renewed. can we keep using it?", {"prohibited"}, {"social"}),
    ("a student manages our class TikTok by herself and no teacher has the password. ok?", {"prohibited"}, {"social"}),
    ("the principal never sent parents the annual notice about our team's Facebook page. can we keep posting?", {"prohibited"}, {"social"}),
    ("principal said out loud it's fine to start a class instagram. good to go?", {"prohibited"}, {"social"}),
    ("The booster club parents run our team's Twitter account on their own, no coaches have access. is that allowed?", {"prohibited"}, {"social"}),
    ("our basketball team's instagram approval expired last spring. can we post the schedule?", {"prohibited"}, {"social"}),
    ("the class Facebook page approval from two years ago was never redone. still ok to post field trip photos?", {"prohibited"}, {"social"}),
    ("a senior runs our team's instagram alone and no coach has the login, is that allowed?", {"prohibited"}, {"social"}),
    ("the principal's approval for our class instagram was for last school year and we haven't renewed it. still fine?", {"prohibited"}, {"social"}),
    ("our PE class youtube channel is run entirely by a parent volunteer, no staff access. allowed?", {"prohibited"}, {"social"}),
    ("our team's twitter was approved in writing back in 2021 and no one ever re-approved it. fine to post?", {"prohibited"}, {"social"}),
    ("a junior handles all the posting on our club instagram and no adult can log in. ok?", {"prohibited"}, {"social"}),
    ("our yearbook instagram hasn't had principal approval since the old principal left two years ago. keep going?", {"prohibited"}, {"social"}),
    ("the class Facebook page is managed by an outside photographer we hired, no staff log in. ok?", {"prohibited"}, {"social"}),
    ("Our class Instagram was approved by the old principal; the new principal hasn't re-approved it this year. Ok to keep posting?", {"prohibited"}, {"social"}),
    ("I started an Instagram for our chess team; the principal said it was fine last fall but never put anything in writing. Can I keep posting?", {"prohibited"}, {"social"}),
    ("Our class TikTok got principal sign-off in 2022 and we never asked again since. Is that still ok?", {"prohibited"}, {"social"}),
    ("I'm running our team's Facebook page myself and the principal doesn't have any access to it or know who the admins are. Is it allowed?", {"prohibited"}, {"social"}),
    ("Can our soccer team's Instagram mostly be used to post funny memes and personal stuff rather than anything about the program?", {"prohibited"}, {"social"}),
    ("We have a class Twitter account approved in writing by the principal this year, but families were never told about it. Is that ok?", {"prohibited"}, {"social"}),
    ("Our debate club Insta was approved in writing this school year but no letter went home to parents about it. fine?", {"prohibited"}, {"social"}),
    ("can the GSA start a club instagram without asking the principal at all?", {"prohibited"}, {"social"}),
    ("The assistant coach's girlfriend runs our basketball team's Instagram and none of the staff have the password. Allowed?", {"prohibited"}, {"social"}),
    ("Can I make a Snapchat account for my homeroom? I haven't talked to the principal about it.", {"prohibited"}, {"social"}),
    ("The principal okayed our team's Twitter in a hallway conversation. Do I need anything else?", {"prohibited"}, {"social"}),
    ("Our school band has a YouTube channel approved in writing each year, but parents have never gotten any notice that it exists. Fine?", {"prohibited"}, {"social"}),
    ("I want to run the class Instagram for the art club, but the principal hasn't given approval this school year yet. Can I post student art in the meantime?", {"prohibited"}, {"social"}),
    ("team insta was ok'd by the principal over the phone this summer, no written approval. keep posting?", {"prohibited"}, {"social"}),
    ("our class fb page hasnt had principal approval since 2021, is it still fine", {"prohibited"}, {"social"}),
    ("we gave the robotics team tiktok login to a senior to run, no staff can get in anymore. allowed?", {"prohibited"}, {"social"}),
    ("the volleyball ig is approved in writing but parents never got told about it this year. ok?", {"prohibited"}, {"social"}),
    ("can i start a class youtube channel without the principal knowing, just for my students?", {"prohibited"}, {"social"}),
    ("we made a class snapchat; principal approved it but no one from school manages it, the kids do.", {"prohibited"}, {"social"}),
    ("Is it fine if I have two of my juniors run the volleyball team's TikTok and handle the comments?", {"prohibited"}, {"social"}),
]

# Wording that leaves a condition open.
CLASS_ACCOUNTS_WITH_SEVERAL_READINGS = [
    ("Can I DM my students on Instagram from the class account?", {"prohibited", "conditional"}, set()),
    ("Can I start a Twitter for our school's PTA?", {"conditional", "not_covered"}, set()),
    ("can I DM parents from the school's official instagram?", {"conditional", "not_covered"}, set()),
    ("my seniors want me to join their discord server for the class project, can I?", {"prohibited", "conditional"}, {"exception", "mobile", "social"}),
    ("the principal hasn't objected to our team's instagram and gave written approval this year. ok?", {"conditional", "allowed"}, {"social"}),
    ("Can my team's captain (a senior) run the team's Instagram without me?", {"prohibited", "conditional"}, {"social"}),
    ("Can I stream the school's graduation on the district YouTube channel?", {"conditional", "allowed", "not_covered"}, set()),
    ("who runs the school's facebook page? nobody monitors the comments and a parent asked me", {"conditional", "not_covered"}, set()),
    ("We run a Facebook page for the 4th grade class. The principal approved it back when we started three years ago. Still ok?", {"prohibited", "conditional"}, {"social"}),
]


@pytest.mark.parametrize("question, verdicts, cites", CLASS_ACCOUNTS_WITH_THEIR_CONDITIONS)
def test_a_class_or_school_account_is_acceptable_with_its_conditions(check_answer, question, verdicts, cites):
    check_answer(question, verdicts, cites)


@pytest.mark.parametrize("question, verdicts, cites", CLASS_ACCOUNTS_MISSING_A_CONDITION)
def test_a_class_account_missing_a_condition_is_prohibited(check_answer, question, verdicts, cites):
    check_answer(question, verdicts, cites)


@pytest.mark.parametrize("question, verdicts, cites", CLASS_ACCOUNTS_WITH_SEVERAL_READINGS)
def test_a_class_account_question_gets_one_of_its_accepted_verdicts(check_answer, question, verdicts, cites):
    check_answer(question, verdicts, cites)


# A group, server or chat on a social app is a conversation held from someone's own account, not a class page the
# principal approved: with students it is personal social media, prohibited. The app is read from the concept
# even where the channel patterns saw a messaging word or nothing.
@pytest.mark.parametrize("question", [
    "The 10th grade gaming club wants a server on Discord; I'd host it from my personal account. ok?",
    "can I spin up a snapchat group with my varsity juniors to share practice updates this season?",
    "my 11th grade anime club asked me to moderate their discord server, is that fine?",
    "thinking of an insta group chat with the seniors on my debate team for tournament stuff, ok?",
])
def test_a_group_or_server_on_a_social_app_with_students_is_personal_social_media(check_answer, situation, question):
    assert situation(question).channel == "personal_social"
    check_answer(question, {"prohibited"}, {"social", "mobile"})


# Messages on a messaging app stay messages (the text rules decide); a class page stays a class account.
@pytest.mark.parametrize("question, channels", [
    ("Is it ok to message my 12th graders on WhatsApp about the trip?", {"text", "im"}),
    ("can I message my students on discord about the homework?", {"text", "im"}),
    ("I'd like a class Instagram page for my 4th graders' art show, what do I need?", {"class_social"}),
])
def test_a_messaging_app_or_a_class_page_is_not_read_as_a_social_chat(situation, question, channels):
    assert situation(question).channel in channels


# A class or team page is a school account approved by the Principal: run from a personal account, or with
# students followed back from one, it is personal social media used for CPS business (issue 10).
@pytest.mark.parametrize("question", [
    "I run our cheer squad's Facebook group from my personal profile. Is that allowed?",
    "Our class Instagram has the principal's written ok. Is it fine to accept the students' follows on my own insta?",
    "I started a personal Snapchat group for the 9th grade robotics club to post meeting times. ok?",
])
def test_a_class_page_run_from_a_personal_account_is_prohibited(check_answer, question):
    check_answer(question, {"prohibited"}, {"social"})


# The asker's own platform named as the place for the class or the school's event ("my personal YouTube for my
# students", "my own Facebook for the debate team", "my private Instagram to promote our open house"): the class's
# posts go out on a personal account, which the section prohibits; a page said to be the team's own keeps its rules.
@pytest.mark.parametrize("question", [
    "I upload the lab walkthrough videos to my personal YouTube for my chemistry students. is that ok?",
    "thinking of using my own Facebook for the debate team's tournament updates - any issue?",
    "can I promote our school's open house on my private Instagram and tag a few of my 7th graders?",
])
def test_the_askers_own_platform_used_for_the_class_is_personal_social_media(check_answer, question):
    check_answer(question, {"prohibited"}, {"social"})


@pytest.mark.parametrize("question", [
    "our team's private Instagram has the principal's written approval; can I post the meet results there?",
])
def test_a_private_page_of_the_team_is_no_personal_account(situation, question):
    facts = situation(question).facts
    assert "class_on_personal" not in facts and "personal_means" not in facts


@pytest.mark.parametrize("question", [
    "the principal signed off on our robotics club's TikTok; I post to it from my own iPad for the club. still fine?",
])
def test_the_class_account_used_from_ones_own_device_is_no_personal_account(situation, question):
    assert "class_on_personal" not in situation(question).facts


@pytest.mark.parametrize("question", [
    "The principal approved our science club page in writing this year and can take down posts. Are we set?",
    "Can the band have an Instagram if the principal approves it each year and manages it with me?",
])
def test_a_class_page_with_its_conditions_met_or_asked_about_stays_conditional(check_answer, question):
    check_answer(question, {"conditional", "allowed"}, {"social"})


# A page for any school unit (a department, a sport, a program, a grade team), on any social site (a YouTube channel,
# a blog on a social site): the class or team account's conditions. An approval the asker plans to get first asks
# what the account needs.
@pytest.mark.parametrize("question", [
    "the science dept would like a youtube channel for our experiment videos, what's needed?",
    "our girls volleyball program wants to start a tiktok, can we?",
    "could the 4th grade team make a blog on a social media site to share class projects?",
    pytest.param("the orchestra wants an instagram to post concert clips; the principal hasn't signed off yet but I'll "
                 "ask her first. ok?", marks=pytest.mark.xfail(
        reason="a pronoun anywhere ('ask her') cancels the class-account reading, which guards 'make her an account'",
        strict=True)),
])
def test_a_page_for_any_school_unit_is_a_class_or_team_account(check_answer, question):
    check_answer(question, {"conditional"}, {"social"})


# A page a class, team or club holds is a class or team account whatever site it is on (a blog, a fitness or reading
# club, a video or streaming channel, a server), named as the group's own or as a page for the group.
PAGES_ON_OTHER_SITES = [
    ("the 5th grade wants a class blog on wordpress to share their writing. what do I need?", {"conditional"}, {"social"}),
    ("can our running club have a strava club that the members join?", {"conditional"}, {"social"}),
    ("a strava club for the cross country girls, principal approved in writing this year. anything else?",
     {"conditional", "allowed"}, {"social"}),
    pytest.param("I'd like a goodreads group for my AP lit class. what has to be in place?", {"conditional"}, {"social"},
                 marks=pytest.mark.xfail(reason="a 'group' on a social site reads as a chat (social_group), not a page",
                                         strict=True)),
    ("a twitch channel for the esports team to stream matches, approved in writing by the principal this year. ok?",
     {"conditional", "allowed"}, {"social"}),
]


@pytest.mark.parametrize("question, verdicts, cites", PAGES_ON_OTHER_SITES)
def test_a_class_page_on_any_kind_of_site_is_a_class_account(check_answer, question, verdicts, cites):
    check_answer(question, verdicts, cites)


# The approval is yearly: a last-year approval asked about for this year, or a verbal OK when asking what the page
# needs before it starts, is answered with the conditions and the reason (the approval still to get); a lapse or a
# verbal OK relied on, or a page already run for students with no approval in the story, is a condition failed.
APPROVAL_STILL_TO_GET = [
    ("the principal signed off on our drama club instagram last school year. is it still ok for this year too?",
     {"conditional"}, {"social"}),
    ("principal approved the band's facebook page last fall. does that carry over to this year?", {"conditional"},
     {"social"}),
    ("my AP is on board with a class tiktok but only verbally so far. what do I need before we start it?",
     {"conditional"}, {"social"}),
]
APPROVAL_FAILED = [
    pytest.param("we've been running a youtube channel for the swim team since september and the kids upload their "
                 "races. ok?", {"prohibited"}, {"social"},
                 marks=pytest.mark.xfail(reason="'we've been running ..., ok?' is not read as a done act (done_act), so "
                                         "the approval the story does not show is not read as failed", strict=True)),
    ("the principal said out loud our science club ig is fine. can we keep posting?", {"prohibited"}, {"social"}),
    ("our class blog was approved two years ago and nobody renewed it. still ok to post?", {"prohibited"}, {"social"}),
]


@pytest.mark.parametrize("question, verdicts, cites", APPROVAL_STILL_TO_GET)
def test_an_approval_still_to_get_is_answered_with_the_conditions(check_answer, question, verdicts, cites):
    check_answer(question, verdicts, cites)


@pytest.mark.parametrize("question, verdicts, cites", APPROVAL_FAILED)
def test_an_approval_lapsed_verbal_or_missing_for_a_running_page_is_prohibited(check_answer, question, verdicts,
                                                                               cites):
    check_answer(question, verdicts, cites)


def test_the_lapsed_approval_reason_is_named_in_the_conditional_answer(ask):
    reply = ask("the principal signed off on our drama club instagram last school year. is it still ok for this "
                "year too?")
    assert reply["verdict"] == "conditional"
    assert "every year" in reply["answer"]


def test_a_page_already_run_for_students_with_no_approval_shown_is_prohibited(situation, ask):
    question = "I run a TikTok for the dance team and the girls post on it all semester. Is that allowed?"
    assert "done_act" in situation(question).facts
    assert ask(question)["verdict"] == "prohibited"


# Whose page: a platform held by a unit of the school (a class, team or club; a school, department or office) is that
# unit's account, with its section's conditions, whatever the owner word's place ("our department's new Twitter",
# "the library's own Facebook", "social media accounts for the chess club"); a page's administrator asked about is
# the account's requirement, not access to the network beyond a role (item 13).
@pytest.mark.parametrize("question", [
    "Does our department's new Instagram need anyone's sign-off?",
    pytest.param("who is in charge of the library's own Facebook page, and what do the district guidelines say?",
                 marks=pytest.mark.xfail(reason="'own Facebook page' is read as the asker's own means, which outranks "
                                                "the unit before it", strict=True)),
    "what does a chess club tiktok need before we launch it?",
    "Is the principal supposed to be an admin on our class Instagram?",
    "the principal approved our team page in writing this fall, she has admin rights and the parents got the yearly letter. anything else?",
])
def test_a_page_held_by_a_unit_of_the_school_keeps_its_conditions(check_answer, ask, items_cited, question):
    check_answer(question, {"conditional", "allowed"}, {"social"})
    assert 13 not in items_cited(ask(question))


# A school word that is no owner of the page ("from my school on Facebook") leaves the account the asker's own.
@pytest.mark.parametrize("question", [
    "can i follow the retired librarian from my school on instagram?",
    "is it ok to add my co-teacher from school on facebook?",
    "can I friend the kids on my team on insta?",
])
def test_a_school_word_that_owns_no_page_leaves_it_personal(situation, question):
    assert situation(question).channel in ("personal_social", "social")


# A personal account denied as the means ("not my personal one", "rather than my own") leaves the approved class
# account: its conditions, not the personal-account prohibition
@pytest.mark.parametrize("question", [
    "the approved team instagram (not my personal one) - can it follow the players' accounts back?",
    "Can the class Facebook page the principal approved, rather than my own profile, accept friend requests from students?",
    "we'd post from the official class account, not from my personal account. can it follow the kids back?",
])
def test_a_personal_account_denied_leaves_the_class_accounts_conditions(check_answer, situation, question):
    assert "class_on_personal" not in situation(question).facts
    check_answer(question, {"conditional", "allowed"}, {"social"})


# An approval said to be absent ("no admin approval", "without principal approval") fails the account's first
# condition; asked about as what is still needed, it is the condition to list.
@pytest.mark.parametrize("question, verdicts", [
    ("I opened a youtube channel for my art class, no admin approval. is that okay?", {"prohibited"}),
    ("our debate team has a twitter page now, still no principal approval. fine?", {"prohibited"}),
    ("made a facebook page for the 8th grade class without principal approval; can I keep posting?", {"prohibited"}),
    ("what do I need before I start a class instagram? there's no approval yet", {"conditional"}),
])
def test_an_approval_said_to_be_absent_fails_the_class_accounts_condition(check_answer, question, verdicts):
    check_answer(question, verdicts, {"social"})


# "my personal one" after an account names the asker's personal account: following students back from it is the
# personal social media rule's, whatever approval the class account has
@pytest.mark.parametrize("question", [
    "the team page on insta is approved by the AD, can I also follow my players back from my personal one?",
    "can i run a class tiktok with the principal's ok and friend the kids from my personal one too",
])
def test_the_askers_own_one_after_an_account_is_a_personal_account(ask, question):
    assert ask(question)["verdict"] == "prohibited"


# A unit said to want, start or have a page, with the platform left out or named only by its kind ("a social
# page", "a social account") or named after the wish ("the nurse's office wants a Facebook page"), is that unit's
# account with its section's conditions; a bare account asked for with no unit wanting it stays a login.
@pytest.mark.parametrize("question", [
    "our media center would like a social account to share book picks. what's needed?",
    "the science department wants a department-level page, what has to happen first?",
    "the food services team wants to start a school page for weekly menus. who signs off?",
    "can the robotics club set up a social profile for meet results?",
    "my wood shop wants a tiktok for the kids' projects - what's required?",
    "does the class social page need the principal to approve it every year?",
])
def test_a_unit_wanting_a_page_named_without_its_platform_is_its_account(check_answer, question):
    check_answer(question, {"conditional"}, {"social"})


@pytest.mark.parametrize("question", [
    "how do I get a school account for our new para?",
    "the office needs an account on the vendor portal for ordering, who sets that up?",
    # a group on a social app that colleagues at an office have is their own conversation, not the office's page
    "the secretaries at our network office have a private facebook group for recipes. any issue?",
])
def test_an_account_wanted_for_a_login_is_no_social_page(situation, question):
    assert situation(question).channel not in ("class_social", "district_social")

"""Question -> situation: how questions are read (typos and shorthand, who the audience is, grade bands, channels,
accounts, facts), before any verdict. The verdict for a situation is pinned in test_engine.py."""
from __future__ import annotations

import pytest

from policy.understanding import normalize


@pytest.mark.parametrize("typed,read", [
    ("can i txt my studnets", "can i text my students"),
    ("hangots with my stuednts", "hangouts with my students"),
    ("my colleauges want a whatsap group", "my colleagues want a whatsapp group"),
    ("is it ok to frend a parnet on facebok", "is it ok to friend a parent on facebook"),
    ("principle said ok", "principal said ok"),
    # who is written to and where, typed with a letter left out
    ("my 6th gradrs and their parens at scool", "my 6th graders and their parents at school"),
    ("a studnt and a techer", "a student and a teacher"),
    ("testing texting", "testing texting"),                 # a substitution is a different word, not a slip
    ("deleted reports", "deleted reports"),                 # endings are word forms, not slips
    ("selling misusing stalking", "selling misusing stalking"),
    ("can teachers use imessage", "can teachers use imessage"),  # a word the vocabulary spells is never a slip
    # texting shorthand typed on a phone
    ("can u txt ur team rn", "can you text your team right now"),
    ("ok2 dm her b/c she missed hw", "ok to dm her because she missed homework"),
    ("idk nvm thx", "idk nvm thx"),                        # stopwords: no "don't" or "never" to read as a negation
    ("she dmd me, msgd her back", "she dm'd me, messaged her back"),
    ("w/out the ap w parents tmr", "without the ap with parents tomorrow"),
    ("ok 2 use it bcuz yall asked", "ok to use it because you all asked"),
    ("can i im them", "can i im them"),                      # IM is an instant message, not "I'm"
    # brands typed split, joined or short
    ("tik tok or you tube", "tiktok or youtube"),
    ("my gdrive or drop box", "my google drive or dropbox"),
    ("chatgbt on the x box", "chatgpt on the xbox"),
    ("our ring doorbell", "our doorbell camera"),
    ("a ring light for videos", "a ring light for videos"),  # a light, not a call
    ("a groupchat or grouptext on socialmedia", "a group chat or group text on social media"),
    ("i google-chat her, we google-chatted", "i google chat her, we google chatted"),
])
def test_typos_and_shorthand_are_read_as_meant(understanding, typed, read):
    assert understanding.fix_typos(normalize(typed)) == read


def test_normalize_strips_invisible_characters_and_curly_quotes():
    assert normalize("Can\u200b I \u201ctext\u201d my\u00a0students\u2019 parents?") == \
        "can i \"text\" my students' parents?"


@pytest.mark.parametrize("question,audience", [
    ("can I text a student's dad?", "parent"),
    ("can I email the parents of my students?", "parent"),
    ("our grade level team has a group text", "staff"),
    ("can I text my AP that I'm late?", "staff"),
    ("can I text my AP students?", "student_9_12"),
    ("can I text my team?", "group"),
    ("I coach 8th grade robotics, can I text the team?", "student_k8"),
    ("the 9-12 safety group text for our trip", "student_9_12"),
    ("can I text my 3rd grader's cell?", "student_k8"),
    ("can I text the kids on the trip?", "student"),
    ("principal said it's fine to text my varsity players", "student_9_12"),
    ("when is the grading deadline?", None),
    # a grade said of the person with "grade" left out ("she's in 8th"), never a class period
    ("ok to text the boy from my homeroom? he's in 7th", "student_k8"),
    ("she's in the 4th and lost her chromebook, can I call her cell?", "student_k8"),
    ("can I snap a kid from robotics, she is in 10th", "student_9_12"),
    ("can I text him? he's in 6th period with me", None),   # a class period is no grade band
])
def test_the_audience_and_grade_band_are_read_from_the_question(understanding, question, audience):
    assert understanding.read(question).audience == audience


@pytest.mark.parametrize("question,channel", [
    ("can i use Remind to send reminders to my class?", "bulk"),
    ("can I remind her about the quiz by text?", "text"),
    ("class instagram for my art students", "class_social"),
    ("a facebook page for the school", "district_social"),
    ("on my personal TikTok", "personal_social"),
    ("post pics on instagram", "social"),
    ("friend a parent on facebook", "personal_social"),
    ("message them on google chat", "group_app"),
    ("send it to his gmail", "personal_email"),
    ("facetime a student", "phone_call"),
    ("whatsapp my crew", "im"),
    ("email my colleagues", "district_email"),
    ("can I message my students?", "message"),
])
def test_the_channel_is_read_from_the_question(understanding, question, channel):
    assert understanding.read(question).channel == channel


def test_negation_is_not_read_as_approval(understanding):
    facts = understanding.read("can I use an app that was not approved by the CIO?").facts
    assert "unauthorized" in facts and "authorized" not in facts


def test_no_parents_on_it_is_not_parents_on_the_thread(understanding):
    facts = understanding.read("text one of my seniors directly, no parents on it").facts
    assert {"no_parent", "one_to_one"} <= facts and "parent_on_thread" not in facts


def test_a_report_card_is_not_a_report(understanding):
    assert "report" not in understanding.read("can I use ChatGPT for report card comments?").acts
    assert "report" in understanding.read("how do I report a stolen laptop?").acts


@pytest.mark.parametrize("question,channel", [
    ("Can I email my students instead of texting them?", "district_email"),
    ("I never text students, but can I call them?", "phone_call"),
    ("I don't want to text my 3rd graders, can I use Google Chat?", "group_app"),
    ("Is it not ok to text my students?", "text"),
])
def test_a_channel_the_asker_rules_out_is_not_the_channel(understanding, question, channel):
    assert understanding.read(question).channel == channel



# The question's kind: one that asks for the rule itself (the list of acceptable ways) is told from one that asks
# permission for an act, or how or whom to report.
ASKS_FOR_THE_LIST = [
    "what are the sanctioned ways for a coach to communicate with athletes?",
    "which channels am I allowed to use with coworkers?",
    "give me the list of acceptable options for contacting kids",
    "how am I supposed to get in touch with my advisees?",
    # the same ways asked from the students' end, or with the what-question closing the sentence
    "which way is ok for my debate kids to message me on weekends?",
    "my 7th graders want to be able to get hold of me during the science fair, what can we use?",
]
ASKS_FOR_ONE_ACT_OR_A_REPORT = [
    "can I email my advisees at their cps accounts?",
    "which channel do I use to report a phishing email?",
    "what ways are there to store student data?",
]


@pytest.mark.parametrize("question", ASKS_FOR_THE_LIST)
def test_a_question_asking_for_the_acceptable_ways_is_read_as_asking_the_rule(situation, question):
    assert "asks_channels" in situation(question).facts


@pytest.mark.parametrize("question", ASKS_FOR_ONE_ACT_OR_A_REPORT)
def test_a_question_on_one_act_or_a_report_is_not_read_as_asking_the_list(situation, question):
    assert "asks_channels" not in situation(question).facts

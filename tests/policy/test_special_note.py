"""Special Note: work texts, calls and voicemails are records, on a personal phone too; keeping them is a
condition, and deleting them (disappearing messages, wiping a phone, clearing call history) is prohibited."""
from __future__ import annotations

import pytest

# Questions and the answers they must get: (question, accepted verdicts, accepted citations). A citation is a
# section key or an item number (conftest.SECTION_KEYS); the answer must cite one of them unless it is
# not_covered, and an empty set accepts any citation. New cases go in these tables.

# Work texts, calls and voicemails on a personal or work phone are records to keep: conditional.
WORK_MESSAGES_TO_KEEP = [
    ("Do I need to save text messages I send to parents from my cell?", {"conditional"}, {"note"}),
    ("How long do I have to keep work-related texts?", {"conditional"}, {"note"}),
    ("What should I do with old texts from parents on my phone when I change phones?", {"conditional"}, {"note"}),
    ("Do I have to keep the group texts from my overnight field trip?", {"conditional"}, {"note"}),
    ("Can I keep text threads with my players on my phone after the season?", {"conditional"}, set()),
    ("I text parents from my personal phone. Am I supposed to keep those?", {"conditional"}, set()),
    ("Can I keep my work texts on my personal phone forever?", {"conditional"}, set()),
    ("Do I need to save voicemails from parents?", {"conditional"}, set()),
    ("We keep all our team's texts on a shared phone. Do we have to save them?", {"conditional"}, set()),
    ("Am I required to keep copies of texts with students from the trip?", {"conditional"}, set()),
    ("Do I have to keep texts I sent to coworkers about work?", {"conditional"}, set()),
    ("should I screenshot and save my texts with the team parents?", {"conditional"}, {"note"}),
    ("what do I have to do to keep the texts I send families?", {"conditional"}, {"note"}),
    ("I got a new phone, do I need to transfer my old work texts?", {"conditional"}, {"note"}),
    ("how long do I have to keep work voicemails on my cell?", {"conditional"}, {"note"}),
    ("do I have to keep texts I sent to families from my personal phone?", {"conditional"}, {"note"}),
    ("Do I need to save texts I send from my personal phone for work?", {"conditional"}, {"note"}),
    ("Am I supposed to keep my work texts if they're on my own cell?", {"conditional"}, {"note"}),
    ("I make parent calls on my own cell sometimes. Do I have to keep any records?", {"conditional"}, {"note"}),
    ("Am I supposed to hang onto the texts I send colleagues from my own cell about school business?", {"conditional"}, {"note"}),
]

# Disappearing messages, wiping a phone, clearing call history: prohibited.
WORK_MESSAGES_DELETED = [
    ("Can I turn on disappearing messages in WhatsApp for my work chats?", {"prohibited"}, {"note"}),
    ("Can I clear my call log on my work phone?", {"prohibited"}, {"note"}),
    ("Can I set my Hangouts messages with students to auto-delete?", {"prohibited"}, {"note"}),
    ("Can I set my phone to delete texts after 30 days?", {"prohibited"}, set()),
    ("Can I factory reset my work phone without saving the texts?", {"prohibited"}, set()),
    ("Can I set iMessage to delete old messages after 30 days on my work phone?", {"prohibited"}, set()),
    ("Is it ok to wipe my phone's texts before I return my work phone?", {"prohibited"}, set()),
    ("can i delete my call history with parents", {"prohibited"}, set()),
    ("heads up, my iPhone is set to wipe old conversations every month - problem for my texts with parents?", {"prohibited"}, {"note"}),
    ("Can I set my school phone's call history to clear every week?", {"prohibited"}, {"note"}),
    ("can I turn on disappearing messages in whatsapp for my team chat with the coaches?", {"prohibited"}, {"note"}),
    ("can i wipe my phone before turning it in? it has texts with parents", {"prohibited"}, {"note"}),
    ("Last week at the staff meeting the AP mentioned we should keep our texts with parents. I've been deleting them every Friday to save space. is that bad?", {"prohibited"}, {"note"}),
    ("can I turn on disappearing messages on my work phone chats with parents?", {"prohibited"}, {"note"}),
]

# Wording that leaves the records or the audience open.
RECORDS_QUESTIONS_WITH_SEVERAL_READINGS = [
    ("Do I need to save my Google Chat messages with students?", {"conditional", "allowed"}, set()),
    ("How do I delete messages from students in Google Chat?", {"prohibited", "not_covered"}, set()),
    ("how do i keep records of phone calls with parents if I use my own phone?", {"conditional", "not_covered"}, {"note"}),
    ("Am I breaking policy if I don't save my work texts?", {"prohibited", "conditional"}, {"note"}),
]


@pytest.mark.parametrize("question, verdicts, cites", WORK_MESSAGES_TO_KEEP)
def test_work_messages_on_a_phone_must_be_kept(check_answer, question, verdicts, cites):
    check_answer(question, verdicts, cites)


@pytest.mark.parametrize("question, verdicts, cites", WORK_MESSAGES_DELETED)
def test_deleting_or_auto_deleting_work_messages_is_prohibited(check_answer, question, verdicts, cites):
    check_answer(question, verdicts, cites)


@pytest.mark.parametrize("question, verdicts, cites", RECORDS_QUESTIONS_WITH_SEVERAL_READINGS)
def test_a_records_question_gets_one_of_its_accepted_verdicts(check_answer, question, verdicts, cites):
    check_answer(question, verdicts, cites)


# Business texts and call records lost however it happens: a phone wiped, threads cleared (Special Note).
@pytest.mark.parametrize("question", [
    "I'm going to factory reset my cell tonight, it has my texts with the team parents. Any issue?",
    "Can I clear the call history on my phone? It's mostly calls with families about absences.",
    "My old phone has text conversations with my HS players' parents; I'm just going to wipe it and recycle it. OK?",
])
def test_wiping_or_clearing_business_texts_is_prohibited(check_answer, question):
    check_answer(question, {"prohibited"}, {"note"})


# A phone set to keep messages only for a time deletes the older ones itself: auto-expiring business texts, whatever
# word names the setting; "em" is "them" cleared
@pytest.mark.parametrize("question", [
    "my android saves texts for only 7 days by default and I use it for parent texts. is that an issue?",
    "the school cell I carry on trips keeps call history a month, then it's gone. ok?",
    "I text families about pickups from my phone and wipe 'em every weekend, fine?",
])
def test_a_phone_that_keeps_work_messages_only_for_a_time_is_prohibited(check_answer, question):
    check_answer(question, {"prohibited"}, {"note"})


# What a phone keeps of work (voicemails, call logs, text history), kept or cleared, and the retention rule asked
# about for a phone, in loose words: the Special Note, whatever regex named no act.
RECORDS_NAMED_LOOSELY = [
    ("can I wipe the call log on my work phone every friday?", {"prohibited"}, {"note"}),
    ("do I need to save my voicemails from parents on my cell?", {"conditional"}, {"note"}),
    ("does the records law cover the calls I make on my school-issued phone?", {"conditional"}, {"note"}),
    ("my work cell is full of old voicemails from families, ok to purge them?", {"prohibited"}, {"note"}),
]


@pytest.mark.parametrize("question, verdicts, cites", RECORDS_NAMED_LOOSELY)
def test_phone_records_kept_or_cleared_in_loose_words_follow_the_special_note(check_answer, question, verdicts,
                                                                              cites):
    check_answer(question, verdicts, cites)


# Work texts not carried over when the phone is replaced ("rather not transfer them", "start from scratch"): the
# business records are lost, which the Special Note forbids. Carrying them over first is keeping them.
@pytest.mark.parametrize("question, verdicts", [
    ("upgrading my phone this weekend and I'd rather not transfer the old text threads with parents, is that fine?",
     {"prohibited"}),
    ("switching carriers and can't be bothered to back up my texts with parents about their kids. just let them go?",
     {"prohibited"}),
    ("got a new android. do I have to keep the old texts with my students' families or can I start from scratch?",
     {"prohibited", "conditional"}),
    ("getting a new phone - I already exported all my texts with parents. can I wipe the old one now?",
     {"conditional", "allowed", "not_covered"}),
])
def test_work_texts_left_behind_on_a_replaced_phone_are_records_lost(check_answer, question, verdicts):
    check_answer(question, verdicts, {"note"})


# Whether messages or calls are records the asker must keep is the Special Note's question, whoever they are with.
@pytest.mark.parametrize("question", [
    "are the texts I get from my AP about students considered records I need to hang on to?",
    "does a voicemail from a parent count as a record I have to keep?",
    "do calls on my work cell count as business records?",
])
def test_whether_messages_are_records_to_keep_is_the_special_notes_question(check_answer, question):
    check_answer(question, {"conditional"}, {"note"})


# The records rule asked of a kind of message ("the records law for texts", "do group chats count as records?"):
# the Special Note answers it; who the messages went to does not change that, so the bot does not ask.
@pytest.mark.parametrize("question", [
    "what's the records law for work texts?",
    "do my group chats with the booster parents count as records?",
    "is there a records rule for the group texts on the trip, and which act is it?",
])
def test_the_records_rule_asked_of_messages_is_the_special_note_not_a_question_back(check_answer, question):
    check_answer(question, {"conditional"}, {"note"})


# "keep asking", "kept texting": keep before a verb in -ing goes on doing it; nothing is kept as a record.
@pytest.mark.parametrize("question", [
    "my clerks keep texting me about coverage, is that allowed?",
    "the counselors keep messaging me on whatsapp about schedules, ok?",
    "parents kept calling my cell about the bus, can I block them?",
])
def test_keep_before_a_verb_in_ing_keeps_no_records(situation, question):
    assert "retain_records" not in situation(question).acts


# The message is named first and the clearing is said of a pronoun later ("... on my cell, can I erase it?"), or a
# whole phone is cleared with the work messages on it, however far apart the two are said: the records are lost
# (Special Note), whatever item the clearing also reads as.
@pytest.mark.parametrize("question", [
    "a bus driver left me a voicemail about a kid who got off at the wrong stop. once it's handled can I erase it?",
    "the grade-level group text on my cell is full of drama now, ok if I just clear it out... clear them all?",
    "the lunchroom manager messaged me about a food allergy scare on my phone last week, fine to delete it now?",
    "our dean reset his work cell to factory settings over break, and with it every message he had with families."
    " is that a problem?",
])
def test_work_messages_cleared_by_a_pronoun_or_a_whole_phone_wipe_cite_the_special_note(check_answer, question):
    check_answer(question, {"prohibited"}, {"note"})


# Whether the messages named before are records: "do those count as records?" points back to them.
@pytest.mark.parametrize("question", [
    "I've got months of texts with our bus vendor's dispatcher on my own phone. do they count as records?",
])
def test_messages_pointed_back_to_as_records_are_the_special_notes_question(check_answer, question):
    check_answer(question, {"conditional", "under_review"}, {"note"})


# The records themselves asked about, after work calls or texts on a mobile device are told ("any rule about the
# records?", "do those call logs matter?"): the Special Note's question, whatever is to be done with them, never a
# bare yes to the calls.
@pytest.mark.parametrize("question", [
    "Our attendance clerks phone families' emergency contacts from their own cells all day. Is there a policy on the"
    " call logs?",
    "I'm the band director and take rehearsal calls from other staff on my iPhone. What about the phone history?",
    "The deans call each other on their personal cells during lunch duty. Any requirement about those records?",
])
def test_the_records_of_work_calls_asked_about_are_the_special_notes_question(check_answer, question):
    check_answer(question, {"conditional", "under_review"}, {"note"})


# A phone set to keep messages only for a while, written as its settings screen spells it ("Keep Messages: 1 Year")
# or with the messages named first ("set my texts to save only 7 days"): the phone deletes business texts itself.
@pytest.mark.parametrize("question", [
    "the 'Keep Messages - 1 Year' option is on my work cell where I text the lunchroom manager about orders. fine?",
    "I coordinate subs by text on my own phone. can I set the texts to save only 7 days so it doesn't fill up?",
])
def test_a_phone_set_to_keep_messages_for_a_time_deletes_business_texts(check_answer, question):
    check_answer(question, {"prohibited"}, {"note"})


# The replaced phone named back by a pronoun or as "the old one" and cleared whole, with the work messages told
# earlier; or the carrying-over refused in other words ("skip", "just not", "without"): business records lost. A
# transfer done first ("I transferred them") is keeping them; "skip transferring" is not.
@pytest.mark.parametrize("question", [
    "my district cell is being swapped for a new model. the old one has months of texts with bus dispatch. can I just"
    " reset it tonight?",
    "upgrading phones friday. fine to erase the old one? my texts with the room parents about the book fair are on it",
    "new iphone arrives monday - can I skip copying over the old threads with my department head?",
    "trading in my cell for a new one, ok if I just don't move them, the parent texts I mean? too much hassle",
    "I'm changing phones and plan to hand in the old device without backing anything up. the voicemails from families"
    " are on it. problem?",
])
def test_a_replaced_phone_cleared_or_its_work_texts_left_behind_in_other_words_is_prohibited(check_answer, question):
    check_answer(question, {"prohibited"}, {"note"})


@pytest.mark.parametrize("question", [
    "new phone next week. I transferred the texts with parents already, ok to factory reset the old one now?",
])
def test_work_texts_carried_over_first_let_the_old_phone_be_cleared(check_answer, question):
    check_answer(question, {"conditional", "allowed", "not_covered"}, {"note"})


# What must be kept, asked the other way round ("anything I need to save?", "a record I should hold onto?") or by the
# rule's name ("my duty about the records", "does the records requirement cover ..."), about calls or texts for work
# on the asker's own phone, is the Special Note's question; "anything to keep in mind" asks no keeping.
@pytest.mark.parametrize("question", [
    "coach here, I text bus times to the other coaches from my own cell. something I'm meant to save?",
    "the food vendor calls my personal phone with delivery changes. are those a record I should hold onto?",
    "what's my duty about the records when I call families from my own phone for school reasons?",
    "does the records requirement cover my own cell if I text the AP about coverage once in a while?",
])
def test_keeping_asked_about_work_calls_or_texts_on_ones_own_phone_is_the_special_note(check_answer, question):
    check_answer(question, {"conditional"}, {"note"})


def test_something_to_keep_in_mind_asks_no_keeping(situation):
    assert "retain_records" not in situation(
        "calling a colleague from my cell about the field trip, anything I should keep in mind?").acts


# The records rule named as one word ("recordkeeping", "record-keeping") is the rule named.
@pytest.mark.parametrize("question", [
    "our bus drivers text parents from district phones - any record-keeping rules for that?",
    "Custodians take work calls on the district cells. Is there a recordkeeping requirement for those?",
])
def test_the_records_rule_named_as_one_word_is_the_special_note(check_answer, question):
    check_answer(question, {"conditional"}, {"note"})


# What to keep asked outright ("what do I need to save?", "what should I be keeping?") about work calls or texts on
# the asker's own phone is the Special Note's question, whatever loss the story tells first.
@pytest.mark.parametrize("question", [
    "my cell got water damage and I lost all my work voicemails from families. what do I need to save going forward?",
    "I text my volleyball parents from my personal phone. what am I supposed to be keeping?",
])
def test_what_to_keep_asked_outright_is_the_special_note(check_answer, question):
    check_answer(question, {"conditional"}, {"note"})


# Everything told, pointed back to at once ("all that", "all of it") after a keeping asked as a duty or after a
# clearing, stands for the work calls and texts named before; the retention rule named by its parts ("the call
# retention stuff", "the records requirements") and asked of the asker's own phone is the Special Note's question.
@pytest.mark.parametrize("question, verdicts", [
    ("I coordinate the robotics club from my own android, calls and texts with families every week. should I keep all of it?",
     {"conditional"}),
    ("the AD and I text about schedules on my personal cell all season. do I need to save all of that?",
     {"conditional"}),
    ("is the call retention stuff something that covers my own cell or just district-issued ones?", {"conditional"}),
    ("do the records requirements reach my personal phone if I only use it for parent calls now and then?",
     {"conditional"}),
    ("I have two years of texts with parents on my personal phone. I exported them to the shared drive; "
     "can I clear them off the phone now?", {"conditional", "allowed"}),
    ("my co-teacher says once the semester ends I should wipe all of it, the texts with the parents on my cell. ok?",
     {"prohibited"}),
])
def test_everything_told_kept_or_cleared_and_the_rule_by_its_parts_follow_the_special_note(check_answer, question,
                                                                                           verdicts):
    check_answer(question, verdicts, {"note"})


# Must stay: "keep all of them" as a state of people, a rule word with no phone or message in it, and the retention
# of a student (held back a grade) are no records question.
@pytest.mark.parametrize("question", [
    "how do I keep all of them engaged during the last period on a friday?",
    "what's the retention policy for 3rd graders who don't pass the reading test?",
    "do I have to keep everything in my classroom locked over the summer?",
])
def test_keeping_people_or_a_students_retention_is_no_records_question(situation, question):
    assert not situation(question).acts & {"retain_records", "delete_records"}


# Whose duty the keeping is, asked in the words of handling ("who is responsible for saving them?"), is the Special
# Note's question ("employees are responsible for retaining ..."), not whom to tell; whom to tell about a loss
# asked the same way stays a report.
@pytest.mark.parametrize("question", [
    "work texts on my district cell: who is responsible for saving them, the school or me?",
    "the voicemails parents leave on my school phone, who is responsible for keeping those?",
])
def test_whose_duty_the_keeping_is_follows_the_special_note(check_answer, question):
    check_answer(question, {"conditional"}, {"note"})


def test_who_is_responsible_for_a_loss_stays_a_report(ask):
    reply = ask("who is responsible for the district projector that was stolen from my room?")
    assert reply["kind"] == "report" and reply["verdict"] == "allowed", reply["answer"]

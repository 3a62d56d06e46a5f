"""Never a confident yes on what the reader did not understand (DESIGN.md): an act it cannot place, sent over a
channel the policy accepts, gets the channel's rule and the items that may apply, and is not `allowed`. The
words it could not place are part of the reply."""
from __future__ import annotations

from dataclasses import replace

import pytest

from policy.bundle import load_bundle

UNKNOWN_ACTS = [
    ("can I use my cps email to organize a walkout", "walkout"),
    ("can I email the staff to promote my church's revival", "revival"),
    ("can I use my district email to rally folks for the sit-in at city hall?", "sit-in"),
    ("ok to hangouts the dept about joining the sickout on monday", "sickout"),
    ("can I hangouts my colleagues to hawk my zumba passes?", "hawk"),
    ("can I use the staff email list to petition for a four-day week?", "petition"),
]


@pytest.mark.parametrize("question, word", UNKNOWN_ACTS)
def test_an_act_it_cannot_place_over_an_acceptable_channel_is_not_allowed(ask, question, word):
    reply = ask(question)
    assert reply["verdict"] != "allowed"
    assert word in reply["unplaced"]
    assert word in reply["answer"]


def test_the_reply_keeps_the_channels_rule(ask, sections_cited):
    reply = ask("can I use my cps email to organize a walkout")
    assert reply["verdict"] == "not_covered"
    assert "Staff to Staff Mobile Device Communication" in sections_cited(reply)


def test_items_whose_act_is_named_are_offered_as_may_apply(ask):
    # canvassing is a political act, but no office or candidate is named: item 22 may apply, it is not found
    reply = ask("can I use district email to canvass the teachers at the charter across town")
    assert reply["verdict"] == "not_covered"
    assert "item 22" in reply["answer"]


@pytest.mark.parametrize("question", [
    "can I email the grade team to divvy up the chaperone slots",
    "can I call my AP to run an idea by her",
    "can I email colleagues from my cps account to borrow a projector cart",
    "can I email my 10th graders at their cps addresses to hype up the pep rally",
    "can I email the night custodians from my cps account about the boiler schedule",
    "is google chat ok for our science department to coordinate lab schedules?",
    "can I ping my 9th graders in google chat from my cps account about the quiz?",
    "can I email a 10th grader at her cps address to remind her to bring back her inhaler form?",
])
def test_a_topic_after_about_or_an_everyday_work_verb_is_not_an_unknown_act(ask, question):
    reply = ask(question)
    assert reply["verdict"] == "allowed", reply["unplaced"]
    assert reply["unplaced"] == []


def test_names_are_not_unknown_acts(reading):
    assert reading("can I email Ms. Okonkwo the sub plans from my cps account").unplaced == ()


# An accepted channel carrying what an item is about, with the item's frame incomplete: the reader names the act's
# subject (an accusation, a vote, a boycott, a petition) but cannot place it, so the channel's rule never answers
# alone. Accepted verdicts: anything but `allowed`.
CHANNEL_WITH_CONTENT_IT_CANNOT_CLEAR = [
    "can I email the whole building from my cps account saying the music teacher fakes her sick days?",
    "ok to hangouts my grade team that the new sub drinks before school? everyone suspects it",
    "can I use my district email to tell staff the counselor forged a signature on a form",
    "can I google chat my colleagues asking them to vote for me as union treasurer",
    "ok to email my team from my cps account urging them to vote in favor of the caucus slate",
    "can I message the staff chat to drum up votes for our chapter delegate race",
    "can I email my department asking them to boycott the principal's meeting",
    "ok to send the all-staff list a petition about our parking lot from my district email",
    "can I email coworkers from my cps account about joining my crypto mining pool",
]


@pytest.mark.parametrize("question", CHANNEL_WITH_CONTENT_IT_CANNOT_CLEAR)
def test_an_accepted_channel_carrying_an_items_subject_is_never_a_bare_yes(ask, question):
    assert ask(question)["verdict"] != "allowed"


# The same channels carrying ordinary work stay a plain yes: the doubt is about what an item is about, not the channel
ORDINARY_WORK_STAYS_ALLOWED = [
    "can I email my co-teacher from my cps account about swapping lunch duty next week",
    "ok to use google chat with my dept to share the updated bell schedule",
    "can I email the office staff from my district account to confirm the assembly time",
    "can I message my 10th graders on google chat from my cps account to remind them the lab report is due",
    "can I call my AP on her cell to tell her I'll be late tomorrow",
    "can I hangouts my grade team to vote for the best t-shirt design for field day",
]


@pytest.mark.parametrize("question", ORDINARY_WORK_STAYS_ALLOWED)
def test_ordinary_work_through_an_accepted_channel_is_still_allowed(ask, question):
    reply = ask(question)
    assert reply["verdict"] in {"allowed", "conditional"}, reply["unplaced"]
    assert reply["unplaced"] == []


def test_an_items_subject_named_without_its_frame_is_reported_with_the_items_that_may_apply(ask):
    # a union office named with no act: not item 23 yet, but item 23 may apply, and the reply never opens with "Yes"
    reply = ask("can I email my team from my cps account that I'm thinking about the building rep job")
    assert reply["verdict"] == "not_covered"
    assert "building rep" in reply["unplaced"]
    assert "item 23" in reply["answer"]
    assert not reply["answer"].startswith("Yes")


@pytest.mark.parametrize("question, word", [
    ("vote 4 my guy in the dept google chat? it's on our cps accounts", None),
    ("can I ping my coworkers on hangouts to go vote for my pal, he's on the ballot", None),
    ("is it fine to remind everyone by cps email to vote for our friend down the block", None),
])
def test_a_vote_urged_for_a_person_is_never_allowed(ask, question, word):
    assert ask(question)["verdict"] != "allowed"


def test_a_ruled_out_frame_clears_its_concepts_of_doubt(reading):
    # the student council's sale is what item 24's `unless` rules out: the sale is understood, not doubted
    assert reading("can I email the staff that the student council is selling candy grams").unplaced == ()
    assert "selling" in reading("can I email the staff that I'm selling candy from home").unplaced or \
        24 in reading("can I email the staff that I'm selling candy from home").items


@pytest.mark.parametrize("question", [
    "can I use my school laptop to play online chess at lunch? nobody assigned it",
    "ok to play online word games on my district chromebook during prep, it was not assigned by anyone",
    "can the aides play online games on the classroom computers after school? no one assigned them",
])
def test_a_game_nobody_assigned_is_not_an_educational_activity(ask, items_cited, question):
    reply = ask(question)
    assert reply["verdict"] == "prohibited"
    assert 20 in items_cited(reply)


@pytest.mark.parametrize("question", [
    "my cat is lost, can I send every cps address in the district a photo of her?",
    "a student lost her library book, can I mark it as returned in the library system so she isn't charged?",
    "my reading glasses went missing, can I blast the whole staff directory to ask if anyone found them?",
])
def test_a_permission_question_that_mentions_a_loss_is_not_a_report(ask, question):
    reply = ask(question)
    assert reply["verdict"] != "allowed"
    assert reply["kind"] != "report"


# Words whose presence alone means the content needs a human look (the vocabulary's `harm_alone`): where no item
# was placed, the final answer is not a bare `allowed`; it is `not_covered`, names the word and keeps the channel's
# rule. Where an item was placed, the item's own reading decides (its condition met, or broken).
def test_a_harm_alone_word_with_no_item_keeps_an_acceptable_channel_from_allowed(ask):
    # (the second reader may place the act itself, as item 25: then the item answers; never a bare `allowed`)
    reply = ask("can I send my co-teacher a google chat saying the password is on the sticky note")
    assert reply["verdict"] in {"not_covered", "prohibited"}
    if reply["verdict"] == "not_covered":
        assert "password" in reply["unplaced"] and "password" in reply["answer"]


def test_the_engine_turns_a_bare_allowed_beside_a_harm_word_into_not_covered():
    from policy.engine import engine_for
    from policy.situation import Situation

    engine = engine_for()
    plain = Situation("staff", "district_email", acts=frozenset({"share"}))
    assert engine.verdict_for(plain).verdict == "allowed"
    marked = plain.with_(harm_words=("confidential",))
    v = engine.needs_a_human_look(marked, engine.verdict_for(marked))
    assert v.verdict == "not_covered" and "confidential" in v.unplaced
    assert v.citations == engine.verdict_for(plain).citations    # the channel's rule is still given


@pytest.mark.parametrize("changes", [
    {"items": (17,)},                      # an item placed: its own reading decides
    {"acts": frozenset({"share", "report"})},   # how to report it: the procedure, not a verdict on the content
])
def test_a_harm_word_beside_a_placed_item_or_a_report_changes_nothing(changes):
    from policy.engine import engine_for
    from policy.situation import Situation

    engine = engine_for()
    s = Situation("staff", "district_email", acts=frozenset({"share"}), harm_words=("pregnant",)).with_(**changes)
    v = engine.verdict_for(s)
    assert engine.needs_a_human_look(s, v) is v


@pytest.mark.parametrize("question", [
    "can I email my coworkers the agenda for the confidentiality training",   # no harm word: "confidentiality"
    "can I email my co-teacher the sub plans for tomorrow",
])
def test_ordinary_staff_email_without_a_harm_word_stays_allowed(ask, question):
    assert ask(question)["verdict"] == "allowed"


def test_the_harm_alone_list_stays_small(bundled_vocabulary_file):
    # each word costs answers that are really allowed: a blanket list (every item's concepts) cost 4-9% of the
    # verdicts on every labelled set, a list with logins and private matters 9 allowed answers (issue 10)
    raw = bundled_vocabulary_file
    words = [w for c in raw["harm_alone"] for w in raw["concepts"][c]]
    assert len(words) <= 8, words


# Acts told rather than asked (concepts.told_acts): a judged clause ("is it a violation if a coworker ..."), a
# colleague's act narrated, the asker's own act already done, an act someone asked of the asker. The clause is read
# as an act after "can I" is, and more strictly: the asker judges it, so a verb no concept places is not understood,
# and the channel it rode on (a district video call, district email) never answers `allowed` alone.
TOLD_ACTS_IT_CANNOT_PLACE = [
    # judged clauses
    ("is it a violation if a coworker disrobed on the district google meet during PD?", "disrobed"),
    ("would it be a problem that our registrar smooched a colleague on camera in the staff zoom", "smooched"),
    ("is it against the rules if someone in the front office wolfwhistled at a teacher during the district zoom?",
     "wolfwhistled"),
    # a colleague's act narrated
    ("my AP hazed the new hires in the staff google chat last week", "hazed"),
    ("she says the gym teacher disrobed on the staff google meet as a joke", "disrobed"),
    ("our librarian keeps jabbing the new sub in the staff google chat thread", "jabbing"),
    # ... or by name
    ("Ms. Alvarez disrobed on the staff google meet, is that allowed?", "disrobed"),
    ("Is it a problem if Dave from IT smooched the registrar on a district zoom?", "smooched"),
    ("Coach Reyes keeps hazing the new assistant coaches in our staff google chat", "hazing"),
    # the asker's own act, done
    ("last week I serenaded my grade team over cps email, was that ok?", "serenaded"),
    ("I gyrated on my webcam during the staff google meet yesterday, was that a problem?", "gyrated"),
    ("was it wrong that I smooched my co-teacher on the department's google meet?", "smooched"),
    # an act asked of the asker
    ("my principal told me to photobomb the superintendent's google meet", "photobomb"),
    ("the AP asked me to haze the new teachers in the staff google chat", "haze"),
    ("our secretary asked me to serenade the staff list from my district email", "serenade"),
]


@pytest.mark.parametrize("question, word", TOLD_ACTS_IT_CANNOT_PLACE)
def test_a_told_act_it_cannot_place_is_never_allowed_from_the_channel(ask, question, word):
    reply = ask(question)
    assert reply["verdict"] != "allowed"
    if reply["verdict"] == "not_covered":
        assert word in reply["unplaced"] and word in reply["answer"]


@pytest.mark.parametrize("question", [
    "would it be a problem if the reading specialist sends me her running records notes through district email?",
    "I already emailed my department chair the field trip roster from my cps account, that's fine right?",
    "my grade partner called my cell last night to swap recess duty, is that allowed?",
    "our registrar wants me to forward her the enrollment checklist over cps email today",
])
def test_a_told_act_the_concepts_place_keeps_its_answer(ask, question):
    reply = ask(question)
    assert reply["verdict"] == "allowed", reply["unplaced"]
    assert reply["unplaced"] == []


@pytest.mark.parametrize("question, word", [
    # a circumstance of the act asked about, told by someone the items do not govern or after "when" / "because"
    ("can I call the front office from my cell when a parent drops by?", "drops"),
    ("can I ring my AP on her cell because the sub finally showed?", "showed"),
    # a state or a passive, not an act
    ("can I email the counselor from my cps account that a new kid is enrolled in two homerooms?", "enrolled"),
    ("my co-teacher was reassigned, can I email her the unit plans from my cps account?", "reassigned"),
    # an adverb before the verb, and a verb that hands on to the act after "to"
    ("my co-teacher and I usually just call each other on our cells about lesson plans, any rule?", "usually"),
    ("I prefer to email my teammates from my cps account instead of texting, is that fine?", "prefer"),
    # a person right after a preposition is its object, and the word right after a subject's preposition is that
    # preposition's object: neither is a clause's verb
    ("are calls between faculty peers on our cells ok?", "peers"),
    ("we alert the building engineers of closures through district email, fine?", "closures"),
    # the asker's aside of assurance or belief hands on to the act, it is none
    ("I'm using Hangouts, I believe, district account to district account with my AP. OK?", "believe"),
    ("I'm only on CPS email, I assure you, writing to my department chair. Fine?", "assure"),
    # a preposition is no verb
    ("we coach new hires throughout the network and phone them on district cells after school. ok?", "throughout"),
])
def test_what_is_not_a_told_act_is_not_reported(reading, question, word):
    assert word not in reading(question).unplaced


@pytest.mark.parametrize("question, verb", [
    ("is it a problem if a teacher on my floor rebooted the hallway printer?", "rebooted"),
    ("our office manager keeps forwarding the bell schedule to her gmail", "forwarding"),
    ("last week I already uploaded the rubric to the shared drive", "uploaded"),
    ("the principal asked me to laminate the hall passes", "laminate"),
    ("is it ok for the night custodian to rearrange the library tables?", "rearrange"),
])
def test_the_reader_finds_the_verb_of_a_told_act(understanding, question, verb):
    from policy.concepts import told_acts
    from policy.understanding import normalize

    text = understanding.fix_typos(normalize(question))
    r = understanding.reading(question)
    verbs = [r.tokens[v].text for v, _, _ in told_acts(r.tokens, list(r.hits), text, understanding.lexicon.irregular,
                                                        understanding.lexicon.concepts.get("judge_eval", frozenset()))]
    assert verb in verbs


def test_a_word_written_as_one_that_names_ordinary_work_is_not_an_unsure_act(reading):
    # "a make-up lab" is the lab; "to make-up the records" is still a record made up
    assert reading("can I message my kids on their district accounts to reschedule a make-up lab?").unplaced == ()
    assert "make-up" in reading("can I use district email to make-up attendance records").unplaced


def test_a_word_naming_a_person_is_never_the_verb_of_a_told_act(understanding):
    # "building tech coordinators", "counselors aides": a person word after another is the same subject's noun
    from policy.concepts import told_acts
    from policy.understanding import normalize

    for question, verb in [("our building tech coordinators reset the laptops on weekends", "reset"),
                           ("our school counselors aides forwarded the schedule", "forwarded")]:
        text = understanding.fix_typos(normalize(question))
        r = understanding.reading(question)
        verbs = [r.tokens[v].text for v, _, _ in told_acts(r.tokens, list(r.hits), text,
                                                            understanding.lexicon.irregular)]
        assert verbs == [verb]


# The allowed-gate (issue 10, item 3): what travels through an accepted channel must be understood as acceptable.
# Content told in the question ("about ...", "saying ...", what is sent) that holds a person's character, a threat,
# money or a cause, someone's information for a recipient with no need to know it, or a bulk send with no ordinary
# work in it is not a bare `allowed`: the reply keeps the channel's rule and names the words.
CONTENT_NOT_ORDINARY = [
    ("can I google chat the other 3rd grade teachers about what a pathetic excuse for a teacher our new hire is?",
     "pathetic"),
    ("ok to email my department from my cps account saying the librarian is a total idiot", "idiot"),
    ("can I send the whole staff a gofundme for my cousin's surgery from my work email?", "gofundme"),
    ("is it fine to email every staff distribution list in the network from my cps account my band's new album",
     "distribution list"),
    ("my landlord wants the names of the kids in my class. can I email him the roster from my cps account?", "roster"),
    ("can I send the dance studio down the street a list of my students with their home addresses from my work "
     "email?", "home addresses"),
]


@pytest.mark.parametrize("question, word", CONTENT_NOT_ORDINARY)
def test_content_not_understood_as_ordinary_keeps_an_accepted_channel_from_allowed(ask, question, word):
    reply = ask(question)
    assert reply["verdict"] != "allowed"
    if reply["verdict"] == "not_covered":
        assert any(word in w for w in reply["unplaced"]), reply["unplaced"]


def test_content_the_gate_holds_back_gets_the_channels_rule_and_its_words(ask, sections_cited):
    reply = ask("can I email the science teachers from my cps account about how clueless and lazy the new chair is?")
    assert reply["verdict"] == "not_covered"
    assert "Staff to Staff Mobile Device Communication" in sections_cited(reply)
    assert "lazy" in reply["answer"]


@pytest.mark.parametrize("question", [
    "can I email the whole staff from my cps account about the new bell schedule for testing week?",
    "ok to google chat my 11th graders' cps accounts the rubric for the research paper?",
    "can I send my co-teacher our student's behavior plan through district email before the IEP meeting?",
    "can I message everyone on staff in google chat that the copier on floor 2 is fixed?",
    "can I email the counselor from my work account about a senior's scholarship deadline?",
    "can I call the front office to say I'm out sick and where my sub plans are?",
    "can I email my 6th graders' school accounts a link to the video lesson on fractions?",
])
def test_ordinary_work_through_an_accepted_channel_stays_allowed(ask, question):
    reply = ask(question)
    assert reply["verdict"] == "allowed", reply["unplaced"]


@pytest.mark.parametrize("question", [
    "can I email my 9th graders at their cps accounts?",
    "is district email to district email fine between me and my AP?",
    "can our grade team use a google chat space on our cps accounts?",
])
def test_a_question_about_the_channel_itself_tells_no_content_to_doubt(situation, question):
    assert situation(question).content_doubt == ()


def test_information_about_others_is_doubted_only_for_a_recipient_with_no_need_to_know_it(understanding):
    from policy.concepts import untold_content
    from policy.understanding import normalize

    question = "can I email her from my cps account which of my kids have allergies?"
    text = understanding.fix_typos(normalize(question))
    reading = understanding.reading(question)
    assert untold_content(understanding.lexicon, reading, text, need_to_know=True) == ()
    assert untold_content(understanding.lexicon, reading, text, need_to_know=False) != ()


def test_ordinary_work_told_beside_it_lets_information_about_others_through(situation):
    assert situation("can I email the nurse from my cps account about a student's allergy?").content_doubt == ()
    assert situation("can I email my team the seating chart with every kid's name on it?").content_doubt == ()


@pytest.mark.parametrize("gate, where", [
    ({"cue": ["about"], "carry": ["send"], "end": ["from"], "ordinary": ["no_such_concept"], "never": ["w"],
      "ordinary_only": ["w"], "need_to_know": ["w"], "recipient": ["w"]}, "allowed_gate.ordinary"),
    ({"cue": ["talk about"], "carry": ["send"], "end": ["from"], "ordinary": ["w"], "never": ["w"],
      "ordinary_only": ["w"], "need_to_know": ["w"], "recipient": ["w"]}, "allowed_gate.cue"),
    ({"cue": ["about"], "carry": ["send"], "end": ["from"], "ordinary": ["w"], "never": ["w"],
      "ordinary_only": ["w"], "need_to_know": ["w"], "recipient": ["w"], "reach": 0}, "allowed_gate.reach"),
    ({"cue": ["about"], "carry": ["send"], "end": ["from"], "ordinary": ["w"], "never": ["w"],
      "ordinary_only": ["w"], "need_to_know": ["w"], "recipient": ["w"], "kinds": {"odd": [["w"], ["nope"]]}},
     "allowed_gate.kinds.odd"),
])
def test_a_bad_allowed_gate_block_is_named_in_the_error(gate, where):
    from policy.concepts import parse_lexicon

    def fail(place: str, problem: str) -> Exception:
        return ValueError(f"{place}: {problem}")

    with pytest.raises(ValueError, match=where.replace(".", r"\.")):
        parse_lexicon({"concepts": {"w": ["word"]}, "allowed_gate": gate}, fail)


# Kinds of act no ordinary work explains (`allowed_gate.kinds`), read over the whole question, not only in what a
# message carries, and beside an item the reader placed: never a bare `allowed` from the channel's rule.
ACTS_NO_WORK_EXPLAINS = [
    # a record changed so it shows what did not happen
    "the secretary wants me to change the attendance entry in the system so it looks like he was there, fine?",
    "can I edit the sign-in sheet on the shared drive to make it look like the training was finished?",
    "my AP asked me to alter the incident log so it looks like the fight happened off campus. ok to do from my "
    "district laptop?",
    # codes and passwords given to people outside the district
    "the pta president wants the alarm code for the gym so the fundraiser can set up early, can I email it to her?",
    "my brother-in-law wants my district password to fix my email, ok to text it to him?",
    "the company doing our yearbook wants the admin password for the photo server, can I email it over?",
    "can I text the booster club the lockbox combination for the concession stand from my work phone?",
    # software fetched from an unvetted source onto district machines
    "can I download a screen recorder I found online onto my classroom computer? it's free",
    "is it fine to install a font pack from some random site on the district laptops in the library?",
    "a colleague sent me a program off the internet that speeds up grading; can I install it on my work laptop?",
    # union or campaign business sent to district lists
    "can I email the union election ballot to the whole staff distribution list?",
    "ok to use the all-staff email list to organize signatures for our union card drive?",
    "can I post the campaign rally flyer for our school board candidate to the staff distribution list?",
    # copies of a bought work made for many
    "I bought one workbook; can I scan it and email copies to all 28 kids?",
    "can I make copies of the novel we have one copy of and share the pdf with all my sections in google classroom?",
    "we purchased a single license of the song; can I copy the recording for every student to take home?",
    # a private matter told to a group
    "can I message all the 4th grade teachers in google chat that a kid's family was evicted so they understand?",
    "can I post in the staff chat for all the teachers that one of my students has depression and just got out of "
    "the hospital?",
    "ok to tell the whole grade team by email that a student's dad was arrested last night?",
    "ok to tell all the coaches in our chat that one of our athletes is in rehab?",
    # a student's record to someone outside, or to another student
    "a realtor asked for a student's address on file, can I email it to him from my cps account?",
    "can I email my student a classmate's graded essay as a model, with her name still at the top?",
    "can I send a student another kid's report card so he can see what good grades look like?",
]


@pytest.mark.parametrize("question", ACTS_NO_WORK_EXPLAINS)
def test_an_act_no_ordinary_work_explains_is_never_allowed_from_the_channel(ask, situation, question):
    assert situation(question).act_doubt != ()
    reply = ask(question)
    assert reply["verdict"] != "allowed", reply


def test_an_act_no_ordinary_work_explains_holds_back_the_channels_yes_and_names_its_words(ask):
    # the rules' own gate, without the second reader (which may place the act as an item: a stricter answer) and
    # the answer reader (which reads the rules' answer with the second reader's look in it)
    bundle = load_bundle()
    reply = ask("I bought one workbook; can I scan it and email copies to all 28 kids?",
                bundle=replace(bundle, second_reader=None, answer_reader=None))
    assert reply["verdict"] == "not_covered"
    assert "scan" in reply["unplaced"], reply["unplaced"]


def test_each_part_of_a_kind_is_read_in_words_of_its_own(situation):
    # "photos" is a work and a copy at once: one word is not both parts of "copies of a bought work for many"
    assert situation("can I email all my students the photos from our field trip?").act_doubt == ()
    assert situation("I bought one copy of the workbook, can I scan it for all my students?").act_doubt != ()


@pytest.mark.parametrize("question", [
    "someone changed the attendance entry so it looks like a kid was there when he wasn't, who do I tell?",
    "a teacher downloaded a program she found online onto the lab computers, how do I report it?",
    "a parent volunteer got hold of the door code, who should I notify?",
])
def test_the_report_route_keeps_its_answer_beside_such_an_act(ask, question):
    assert ask(question)["verdict"] == "allowed"


# the asker's own question about the act ("... or is that odd") is no part of what the message carries; an everyday
# coming and going (not "show up": item 5 reads it), and a word for a colleague, are placed words: none of them keeps a channel's yes back
EVERYDAY_WORDS_BESIDE_AN_ACCEPTED_CHANNEL = [
    "can I email a first grader at his cps account, or is that odd for a kid that young?",
    "emailing one of my 4th graders at her cps address about her reading log: fine, or would that seem strange?",
    "Is it ok to google chat my juniors from my cps account about tomorrow's quiz and is that something I can do daily?",
    "the registrar wants to email a senior at his cps account asking him to come to the counseling office today",
    "can I email my 8th grader's cps account to tell her to drop by the library to pick up her book",
    "ok for the front desk to google chat the AP from a cps account when the substitute arrives for the day?",
    "can I email my counterparts at the other middle schools from cps email about the spring testing calendar",
    "the bookkeeper emails her workmates at the network office from cps to cps about budget codes. fine?",
]


@pytest.mark.parametrize("question", EVERYDAY_WORDS_BESIDE_AN_ACCEPTED_CHANNEL)
def test_everyday_words_tied_to_no_item_leave_an_accepted_channel_allowed(ask, question):
    assert ask(question)["verdict"] == "allowed"


# ... while what the message says is still read up to the asker's question, and a place an item is about still counts
STILL_NOT_A_BARE_YES = [
    "can I email a 5th grader at her cps account that her brother is a loser, or is that harsh?",
    "could I email my colleagues on district email that our new principal is a liar or would that be bad",
    "can I email one of my sophomores at his cps account to come over to my house on sunday",
    "ok to email a 9th grader's cps account asking her to show up at the park after dark to settle it with the other girl?",
    "can I email the staff from cps to come to the protest downtown or is that a problem",
    "ok to google chat a junior from my cps account that the girl she sits with is a skank?",
    "can I email my co-teacher from cps that the new aide dresses like a tramp",
]


@pytest.mark.parametrize("question", STILL_NOT_A_BARE_YES)
def test_a_told_putdown_or_an_items_place_is_still_never_a_bare_yes(ask, question):
    assert ask(question)["verdict"] != "allowed"


# A word the reader knows in no role, standing where a verb stands (after "to", "so I can", "in order to", before
# what it acts on; an -ing after "for"), is an act nobody placed: an accepted channel does not make it a yes.
VERB_NOBODY_KNOWS = [
    ("is it ok to message my 11th graders on their cps email to blarfen them before finals?", "blarfen"),
    ("can I use my cps email to snorgle the 12th graders in my homeroom?", "snorgle"),
    ("can I set up a google chat space on my cps account for my 10th graders so I can wuzzle them", "wuzzle"),
    ("can I use my district email with my senior advisory for flumphing?", "flumphing"),
    ("ok to email my juniors at their cps accounts in order to quibbify their essays?", "quibbify"),
    ("can I email my 9th graders at their cps addresses to gaslight them?", "gaslight"),
]


@pytest.mark.parametrize("question, word", VERB_NOBODY_KNOWS)
def test_an_unknown_word_in_a_verbs_place_after_an_accepted_channel_is_not_allowed(ask, question, word):
    reply = ask(question)
    assert reply["verdict"] == "not_covered"
    assert word in reply["unplaced"]


@pytest.mark.parametrize("question", [
    "can I email my 10th graders' cps accounts to congratulate them?",
    "can I email my 12th graders from my cps account to quiz them on vocab?",
    "can I email a reminder to the juniors' cps accounts so I can nudge them?",
    "can I use google chat on my cps account with my 11th graders for tutoring?",
    "can I email the field trip form to the kids from my cps account?",
    "can I email my colleagues on cps email about getting to school early tomorrow?",
    "can I email my 10th graders at their cps accounts to forwrad them the notes?",
    "can I use my cps account to emial my 11th graders the study guide?",
])
def test_a_known_verb_a_noun_after_to_or_a_corrected_slip_stays_allowed(ask, question):
    reply = ask(question)
    assert reply["verdict"] == "allowed", reply["unplaced"]
    assert reply["unplaced"] == []


@pytest.mark.parametrize("question", [
    "can I email the parents from my cps account about our band trip to milwaukee?",
    "can I use google chat on my cps account to remind my 11th graders they're late to ROTC a lot?",
])
def test_a_place_or_an_acronym_after_to_is_no_unknown_act(reading, question):
    assert reading(question).unplaced == ()


def test_an_unknown_verb_closing_a_clause_after_so_we_can_is_unplaced(reading):
    assert "skadoodle" in reading("could we get a google chat space with our 12th graders so we can skadoodle?").unplaced


# -- one owner for the list of unplaced words (policy/unplaced.py) -------------------------------------------------
# The readers report the words they found; policy.unplaced orders them by reason, names each once and says which
# channel-content doubts an item placed answers. These rows are written for the owner, not taken from a set.

def test_the_words_of_every_reason_are_named_in_reason_order_and_each_once():
    from policy import unplaced

    words = unplaced.act_words({unplaced.DOUBTED: ["pocketed"], unplaced.ACT_SLOT: ["zorbify", "pocketed"],
                                unplaced.UNKNOWN_VERB: ["zorbify", "blarg"]})
    assert words == ("zorbify", "pocketed", "blarg")


def test_a_reader_reporting_under_a_reason_the_act_stage_does_not_know_is_refused():
    from policy import unplaced

    with pytest.raises(ValueError):
        unplaced.act_words({unplaced.HARM_ALONE: ["confidential"]})


def test_an_item_placed_answers_harm_and_content_doubts_but_not_an_unexplained_act():
    from policy import unplaced
    from policy.situation import Situation

    told = Situation("staff", "district_email", harm_words=("pregnant",), content_doubt=("how lazy he is",),
                     act_doubt=("the door code",))
    assert unplaced.look_words(told) == ("pregnant", "how lazy he is", "the door code")
    assert unplaced.look_words(told.with_(items=(25,))) == ("the door code",)


def test_the_doubts_needing_a_look_are_named_after_the_words_already_unplaced_once_each():
    from policy import unplaced
    from policy.situation import Situation

    told = Situation("staff", "district_email", harm_words=("confidential", "wibble"), act_doubt=("wibble",))
    assert unplaced.with_look_words(("wibble", "glorp"), told) == ("wibble", "glorp", "confidential")


def test_the_engine_names_what_policy_unplaced_names(monkeypatch):
    """The engine asks the owner which words count: a change of the item rule there is the engine's answer."""
    from policy import unplaced
    from policy.engine import engine_for
    from policy.situation import Situation

    engine = engine_for()
    s = Situation("staff", "district_email", acts=frozenset({"share"}), items=(17,), harm_words=("pregnant",))
    monkeypatch.setattr(unplaced, "ANSWERED_BY_AN_ITEM", frozenset())
    v = engine.needs_a_human_look(s, replace(engine.verdict_for(s), verdict="allowed"))
    assert v.verdict == "not_covered" and v.unplaced == ("pregnant",)


def test_a_word_two_parts_leave_unplaced_is_named_once_in_the_whole_reply(ask):
    reply = ask("can I use my cps email to organize a walkout? and can I use google chat to organize a walkout?")
    assert len(reply["parts"]) == 2
    assert reply["unplaced"].count("walkout") == 1

"""handlers/ask: the neutral reply adapters render, clarify resolution by choice_id, bad input, and the question
log (masked) with feedback."""
from __future__ import annotations

import json

import pytest
from hypothesis import given
from hypothesis import settings as hsettings
from hypothesis import strategies as st

from handlers import ask
from handlers.types import Person
from policy.bundle import load_bundle

PERSON = Person("console:alice")


def test_reply_carries_verdict_label_answer_conditions_and_exact_quotes():
    reply = ask.answer("can I text my 11th graders about the away game?")
    assert reply.verdict == "conditional"
    assert reply.verdict_label == "Allowed with conditions"
    assert reply.answer
    assert any("CPS form" in c for c in reply.conditions)
    (quote,) = reply.citations
    assert quote.section == "Exception to Policy" and quote.item is None
    assert quote.text.startswith("Staff may communicate with students in grade levels 9-12")


def test_jsonl_line_has_the_design_shape():
    row = ask.answer("can I run a fantasy football pool with a buy-in over cps email?").to_json("q1")
    assert set(row) >= {"id", "verdict", "answer", "citations", "conditions", "options"}
    assert row["id"] == "q1" and row["verdict"] == "prohibited"
    assert {"section": "Staff Policy on Unacceptable Use", "item": 19} in [
        {"section": c["section"], "item": c["item"]} for c in row["citations"]]
    json.dumps(row)


def test_clarify_options_are_short_ids_that_resolve_to_their_verdict():
    first = ask.answer("can I text my team?")
    assert first.verdict == "clarify"
    assert [o.label for o in first.options] == ["Colleagues (other staff)", "Students in grades K-8",
                                                "Students in grades 9-12"]
    for option in first.options:
        assert len(option.choice_id) < 60
        final = ask.answer("can I text my team?", choice_id=option.choice_id)
        assert final.verdict == option.verdict
        assert not final.options


def test_nested_clarify_keeps_the_first_choice():
    # the CPS app with students: whose account it is opens a second question (an open "group chat" no longer
    # does: an unnamed app is answered by its strictest reading, a text)
    question = "can I start a google chat for my team?"
    first = ask.answer(question)
    assert first.verdict == "clarify"
    students = next(o for o in first.options if o.choice_id == "audience=student_9_12")
    second = ask.answer(question, choice_id=students.choice_id)
    assert second.verdict == "clarify" and second.options
    assert all(o.choice_id.startswith("audience=student_9_12,") for o in second.options)
    final = ask.answer(question, choice_id=second.options[0].choice_id)
    assert final.verdict == second.options[0].verdict


def test_tampered_choice_id_is_ignored_not_trusted():
    assert ask.answer("can I text my team?", choice_id="audience=root;drop").verdict == "clarify"


def test_not_covered_points_to_the_service_desk():
    reply = ask.answer("what's the dress code for PD day?")
    assert reply.verdict == "not_covered"
    assert "773-553-3925" in reply.answer


def test_ai_question_mentions_the_items_that_bear_on_it():
    reply = ask.answer("can I use ChatGPT to write report card comments?")
    assert reply.verdict == "not_covered"
    assert {30, 16} <= {q.item for q in reply.citations}
    assert "item 30" in reply.answer


@pytest.mark.parametrize("question", [
    "", "   \n\t ", "x" * 100_000, "\x00\x01\x02\x03\x04\x05\x06\x07\x08", "\ufffd\ufffd\ufffd\ufffd",
    "Saanko lähettää oppilailleni viestejä puhelimella?", "我可以给学生发短信吗", "????", "🙂🙂🙂",
    "Hi all, the staff meeting moved to Thursday 3:15 in room 204. Bring laptops and the updated rosters. Lunch "
    "will be provided by the PTA. Reminder that progress reports are due Friday and the copier on 2 is broken "
    "again. Thanks for everything you do, see you there. Ms. Rivera, Assistant Principal, Harmon Elementary",
])
def test_bad_input_gets_a_friendly_reply_not_an_error(question):
    reply = ask.answer(question)
    assert reply.verdict == "not_covered"
    assert reply.answer and "Traceback" not in reply.answer
    assert len(reply.question) <= 100_000


PASTED_REPLY = "looks like a pasted message"


@pytest.mark.parametrize("question", [
    # a formal request, no question mark
    "Writing for our school's local school council, which received a complaint last month. The complaint states that "
    "a seventh-grade math teacher used a district Chromebook to stream live sports betting odds during lunch "
    "duty and placed several wagers from it. The council members would like guidance on the matter. Kindly "
    "confirm which sections of the staff policy are engaged by that conduct.",
    # the question asked only at the end, after a comma, without a question mark
    "So I coach the middle school cross country team and the season starts in two weeks, we run after school "
    "on the trails behind the park district building and sometimes practice runs late when the sun goes down "
    "early. The parents asked me to set up a group text with all the runners so I can tell them when we are "
    "back at the school, is that all right or do I need something signed first",
    # an embedded question
    "Our reading specialist retired in June and her district Google Drive still has intervention folders "
    "with every student's fluency scores and notes from parent meetings over six years. The new specialist "
    "starts Monday and the principal wants those folders handed over before then, and I am not sure whether "
    "I can just log in with the old password she left in her desk to move them over.",
])
def test_a_long_question_asked_without_a_question_mark_is_answered_not_taken_for_a_paste(question):
    reply = ask.answer(question)
    assert len(question) >= ask.PASTE_MIN_CHARS
    assert PASTED_REPLY not in reply.answer
    assert reply.citations, "read as a question, the reply rests on the policy's text"


@pytest.mark.parametrize("message", [
    "Good morning team! Picture day is moved to next Wednesday because the photographer double booked. Order "
    "forms go home in Friday folders and are due back the following Monday. Retakes will be in November. "
    "Please remind your classes to wear something without logos. Thank you for being flexible, it has been a "
    "long week for all of us. Coach Dana, PE department",
    "Dear Ms. Alvarez, thank you for the update on the science fair project. Maria has been working very hard on "
    "her volcano at home and her little brother helped with the painting. We will bring it in on Thursday "
    "morning before the bell. She was sick on Monday so she missed the lab, sorry for the trouble. Have a "
    "wonderful weekend. Best regards, the Ortega family",
    # the forms a notice uses to its readers: "please note", "do the reading", "let me know", "please double-check"
    "Please note that the library will be closed all next week for inventory. Students should do the reading on "
    "their Chromebooks instead, and you can pick up extra copies from the office. Please double-check your "
    "rosters for the new schedule before Friday, and here is what you need to know about the assembly. Let me "
    "know if anything is missing. Thanks, Mr. Pham",
])
def test_a_long_message_that_asks_nothing_is_taken_for_a_paste(message):
    assert len(message) >= ask.PASTE_MIN_CHARS
    assert PASTED_REPLY in ask.answer(message).answer


ENGLISH_ONLY_REPLY = "only answer questions in English"


@pytest.mark.parametrize("question", [
    "usb stick popups everywhere help",
    "chromebook cracked screen whom",
    "kid drew gun doodle notebook",
])
def test_a_terse_english_question_is_not_taken_for_another_language(question):
    assert ENGLISH_ONLY_REPLY not in ask.answer(question).answer


@pytest.mark.parametrize("question", [
    "Est-ce que je peux envoyer un texto à mes élèves?",
    "Wie lange muss ich die Anrufliste aufbewahren?",
    "Saanko lähettää oppilailleni viestejä puhelimella?",
])
def test_a_question_in_another_language_the_reader_cannot_place_gets_the_english_request(question):
    assert ENGLISH_ONLY_REPLY in ask.answer(question).answer


def test_bytes_and_none_are_answered():
    assert ask.answer(b"can i text my 3rd graders?").verdict == "prohibited"
    assert ask.answer(None).verdict == "not_covered"


@hsettings(max_examples=300, deadline=None)
@given(st.text(max_size=400))
def test_answer_never_raises(question):
    reply = ask.answer(question)
    assert reply.verdict in ("allowed", "conditional", "prohibited", "under_review", "clarify", "not_covered")


def test_question_log_masks_what_the_detectors_find(db):
    pytest.importorskip("policy.scanner")
    reply = ask.answer("my coworker's password is Tr0ub4dor&3xyz, can I use it to post grades for her?")
    ref = ask.record(db, PERSON, reply, load_bundle())
    row = db.query("SELECT * FROM questions WHERE id = ?", (ref,))[0]
    assert row["verdict"] == "prohibited"
    assert row["person"] == "console:alice"
    assert "Tr0ub4dor&3xyz" not in json.dumps(row)


def test_feedback_is_recorded_on_the_question(db):
    ref = ask.record(db, PERSON, ask.answer("can I email my students at their cps address?"), load_bundle())
    ask.record_feedback(db, PERSON, ref, True)
    row = db.query("SELECT helpful, feedback_by FROM questions WHERE id = ?", (ref,))[0]
    assert row == {"helpful": 1, "feedback_by": "console:alice"}
    ask.record_feedback(db, PERSON, 999_999, False)   # an unknown ref is ignored, not an error


def test_a_pasted_value_in_a_question_gets_the_paste_warning_and_a_grade_number_does_not():
    """The warning runs the detectors only when a value could be there (an "@", a password word, four digits):
    "my 10th graders" carries none, and a cold `aupbot ask` then builds no detector."""
    from handlers.ask import answer
    warned = answer("the sub wifi password is Marigold7731!, can I text it to the sub?").to_json()
    assert "sensitive data" in warned["answer"]
    plain = answer("can I text my 10th graders about the bus?").to_json()
    assert "sensitive data" not in plain["answer"]

"""Follow-up questions (issue 14): in a DM or the console a fragment ("what about parents?", "and by text?")
continues the question before it, for a few minutes, per person and place; what is kept is the reading, never
the words typed. Through the handler, the console and a Slack DM on the real serve stack."""
from __future__ import annotations

import io
import re

from bot.commands.console import console_main
from handlers import ask
from handlers.conversation import Conversations
from handlers.types import Person
from policy.bundle import load_bundle
from tests.servers.slack_api import RunningBot

TEACHER = Person("console:rivera")
OTHER = Person("console:okafor")


def _said(talk: Conversations, question: str, person: Person, place: str):
    """A question through the one ask use case, in the conversation `place` (no database: nothing logged)."""
    return ask.ask(load_bundle(), None, person, question, private=True, conversation=(talk, place)).reply


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def test_a_fragment_naming_younger_students_continues_the_texting_question():
    talk = Conversations()
    assert _said(talk, "can I text my 10th graders about the game?", TEACHER, "dm").verdict == "conditional"
    reply = _said(talk, "what about my 4th graders?", TEACHER, "dm")
    assert reply.verdict == "prohibited"
    assert reply.situation.channel == "text" and reply.situation.audience == "student_k8"


def test_a_fragment_naming_another_channel_keeps_who_it_is_for():
    talk = Conversations()
    assert _said(talk, "ok to email a coworker the bus schedule?", TEACHER, "dm").verdict == "allowed"
    reply = _said(talk, "and by text?", TEACHER, "dm")
    assert reply.verdict == "under_review"       # staff-to-staff texting
    assert reply.situation.audience == "staff"


def test_a_short_fragment_without_an_opener_also_continues():
    talk = Conversations()
    _said(talk, "is it ok to email my 9th graders' cps accounts about the trip?", TEACHER, "dm")
    assert _said(talk, "8th graders too?", TEACHER, "dm").situation.audience == "student_k8"


def test_a_whole_question_after_another_is_read_on_its_own():
    talk = Conversations()
    _said(talk, "can I text my 10th graders about the game?", TEACHER, "dm")
    reply = _said(talk, "can I email my colleague the sub plans on district email?", TEACHER, "dm")
    assert reply.verdict == "allowed" and reply.situation.audience == "staff"


def test_the_context_is_per_person_and_place():
    talk = Conversations()
    _said(talk, "can I text my 10th graders about the game?", TEACHER, "dm")
    assert _said(talk, "what about my 4th graders?", OTHER, "dm").verdict != "prohibited"
    assert _said(talk, "what about my 4th graders?", TEACHER, "another-dm").verdict != "prohibited"


def test_the_context_expires_after_a_few_minutes():
    clock = Clock()
    talk = Conversations(ttl=300, clock=clock)
    _said(talk, "can I text my 10th graders about the game?", TEACHER, "dm")
    clock.now += 301
    assert talk.previous(TEACHER, "dm") is None
    assert _said(talk, "what about my 4th graders?", TEACHER, "dm").verdict != "prohibited"


def test_the_number_of_conversations_kept_is_bounded():
    talk = Conversations(limit=2)
    for n in range(3):
        _said(talk, "can I text my 10th graders?", Person(f"console:t{n}"), "dm")
    assert talk.previous(Person("console:t0"), "dm") is None
    assert talk.previous(Person("console:t2"), "dm") is not None


def test_what_is_kept_holds_no_words_of_the_question():
    talk = Conversations()
    _said(talk, "can I text my 10th grader Jaylen at 312-555-0199 about zumbathon?", TEACHER, "dm")
    kept = repr(talk.previous(TEACHER, "dm").describe())
    assert "555" not in kept and "jaylen" not in kept.lower() and "zumbathon" not in kept


def test_bad_input_forgets_the_context():
    talk = Conversations()
    _said(talk, "can I text my 10th graders about the game?", TEACHER, "dm")
    _said(talk, "   ", TEACHER, "dm")
    assert talk.previous(TEACHER, "dm") is None


def test_the_console_reads_a_follow_up_against_the_question_before(settings):
    out = io.StringIO()
    script = "can I text my 10th graders about the game?\nwhat about my 4th graders?\nquit\n"
    assert console_main(settings, stdin=io.StringIO(script), stdout=out) == 0
    answers = re.findall(r"bot> \[([^\]]+)\]", out.getvalue())
    assert answers == ["Allowed with conditions", "Prohibited"]


def _dm(bot: RunningBot, text: str, ts: str, *, channel: str = "D0DMRIVERA", user: str = "U0RIVERA") -> None:
    bot.slack.event({"type": "message", "channel": channel, "channel_type": "im", "user": user, "text": text,
                     "ts": ts})


def test_a_slack_dm_follow_up_keeps_the_previous_question(settings, db):
    with RunningBot(settings, db) as bot:
        _dm(bot, "ok to email a coworker the bus schedule?", "1700000000.000100")
        bot.api.wait_for("chat.postMessage", where=lambda p: p.get("channel") == "D0DMRIVERA")
        _dm(bot, "and by text?", "1700000000.000200")
        (first, second) = bot.api.wait_for("chat.postMessage", count=2,
                                           where=lambda p: p.get("channel") == "D0DMRIVERA")
        # the fragment alone asks who it is for; after the staff question it is staff-to-staff texting
        _dm(bot, "and by text?", "1700000000.000300", channel="D0DMOKAFOR", user="U0OKAFOR")
        (alone,) = bot.api.wait_for("chat.postMessage", where=lambda p: p.get("channel") == "D0DMOKAFOR")
    assert "Allowed" in first["text"]
    assert "Under review" in second["text"]
    assert "Under review" not in alone["text"]


def test_a_google_chat_dm_follow_up_keeps_the_previous_question(settings, db, tmp_path):
    import json

    import requests

    from tests.servers.google import ChatSigner, GoogleStandIn, events, service_account_file, serving, signing_key

    audience = "123456789012"
    with GoogleStandIn() as google:
        chat_settings = settings.with_(port=0, gchat_audience=audience, gchat_certs_url=google.certs_url,
                                       gchat_api_url=google.url,
                                       gchat_credentials=str(service_account_file(tmp_path, google.token_url)))
        signer = ChatSigner(signing_key(), audience)

        def ask_in_dm(url: str, question: str) -> str:
            response = requests.post(url, data=json.dumps(events.message(question)), timeout=30, headers={
                "Content-Type": "application/json", "Authorization": f"Bearer {signer.token()}"})
            return response.json()["text"]

        with serving(chat_settings, db) as (_, url):
            first = ask_in_dm(url, "can I text my 10th graders about the game?")
            second = ask_in_dm(url, "what about my 4th graders?")
    assert first.startswith("Allowed with conditions")
    assert second.startswith("Prohibited")


def test_an_answer_read_with_the_previous_question_says_so():
    talk = Conversations()
    assert "previous question" not in _said(talk, "can I text my 10th graders about the game?", TEACHER, "dm").answer
    assert _said(talk, "what about my 4th graders?", TEACHER, "dm").answer.startswith(
        "(Read together with your previous question.)")

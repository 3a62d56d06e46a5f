"""Parsing Chat's interaction events (classic and Workspace add-on shapes) and shaping the replies."""
from __future__ import annotations

import pytest

from bot.gchat import cards
from bot.gchat.cards import Response
from bot.gchat.events import BadEvent, parse_event
from tests.servers.google import events


def test_a_direct_message_is_a_message_from_its_sender_in_a_dm():
    event = parse_event(events.message("can I text my team?"))
    assert (event.kind, event.text, event.user_name, event.space, event.is_dm) == (
        "message", "can I text my team?", "users/100", "spaces/DM100", True)


def test_an_at_mention_keeps_only_what_was_said_to_the_bot():
    event = parse_event(events.message("can I text my team?", space_type="SPACE", mention=True))
    assert event.text == "can I text my team?" and not event.is_dm
    assert event.thread == "spaces/ROOM1/threads/t1"


def test_a_slash_command_carries_its_id_and_argument():
    event = parse_event(events.slash_command(1, "can I friend a parent?"))
    assert (event.kind, event.command_id, event.text) == ("slash_command", 1, "can I friend a parent?")


def test_a_classic_space_type_field_is_understood():
    body = events.message("hi")
    body["space"] = {"name": "spaces/X", "type": "DM"}
    assert parse_event(body).is_dm


def test_a_button_click_carries_its_function_and_parameters_in_either_place():
    body = events.card_clicked("aup_choose", {"question": "q", "choice": "students"})
    del body["common"]["parameters"]  # older events carry only action.parameters
    event = parse_event(body)
    assert (event.kind, event.function, event.parameters) == ("card_clicked", "aup_choose",
                                                             {"question": "q", "choice": "students"})


def test_dialog_form_inputs_become_plain_text_and_dates_become_iso_times():
    body = events.dialog_submit("report_submit", {"category": "misuse"})
    body["common"]["formInputs"]["when"] = {"dateTimeInput": {"msSinceEpoch": 1764338400000}}
    body["common"]["formInputs"]["tags"] = {"stringInputs": {"value": ["a", "b"]}}
    event = parse_event(body)
    assert event.kind == "dialog_submit"
    assert event.form == {"category": "misuse", "when": "2025-11-28T14:00+00:00", "tags": "a, b"}


@pytest.mark.parametrize("dialog_type, kind", [("REQUEST_DIALOG", "dialog_request"),
                                               ("SUBMIT_DIALOG", "dialog_submit"),
                                               ("CANCEL_DIALOG", "dialog_cancel")])
def test_dialog_event_types_are_told_apart(dialog_type, kind):
    body = events.card_clicked("report_open", {})
    body["isDialogEvent"], body["dialogEventType"] = True, dialog_type
    assert parse_event(body).kind == kind


@pytest.mark.parametrize("body, reason", [
    ("a string", "JSON object"),
    ({"type": ""}, "type"),
    ({"type": "CARD_CLICKED", "user": {"name": "users/1"}}, "space.name"),
    ({"type": "MESSAGE", "user": {}, "space": {"name": "spaces/A"}, "message": {"text": "x"}}, "user.name"),
])
def test_unusable_bodies_are_refused_with_the_reason(body, reason):
    with pytest.raises(BadEvent, match=reason):
        parse_event(body)


def test_an_unknown_event_type_is_parsed_as_unknown_not_refused():
    assert parse_event({"type": "WIDGET_UPDATED"}).kind == "unknown"


# -- the Workspace add-on event object -----------------------------------------------------------------------

ADDON_USER = {"name": "users/100", "displayName": "Dana", "email": "dana@school.example"}


def test_an_addon_message_event_is_understood():
    body = {"commonEventObject": {"hostApp": "CHAT"}, "chat": {"user": ADDON_USER, "messagePayload": {
        "space": {"name": "spaces/DM100", "spaceType": "DIRECT_MESSAGE"},
        "message": {"name": "spaces/DM100/messages/1", "text": "can I text a student?",
                    "argumentText": "can I text a student?"}}}}
    event = parse_event(body)
    assert (event.kind, event.addon, event.text, event.is_dm) == ("message", True, "can I text a student?", True)


def test_an_addon_app_command_and_button_click_are_understood():
    command = {"chat": {"user": ADDON_USER, "appCommandPayload": {
        "appCommandMetadata": {"appCommandId": 2, "appCommandType": "SLASH_COMMAND"},
        "space": {"name": "spaces/R", "spaceType": "SPACE"}, "message": {"argumentText": " list"}}}}
    assert (parse_event(command).kind, parse_event(command).command_id, parse_event(command).text) == (
        "slash_command", 2, "list")
    click = {"commonEventObject": {"invokedFunction": "report_show", "parameters": {"ticket": "AUP-2026-000001"}},
             "chat": {"user": ADDON_USER, "buttonClickedPayload": {"space": {"name": "spaces/R"}}}}
    event = parse_event(click)
    assert (event.kind, event.function, event.parameters["ticket"]) == ("card_clicked", "report_show",
                                                                       "AUP-2026-000001")


def test_replies_are_shaped_for_the_format_the_event_came_in():
    reply = cards.text_response("hello")
    assert reply.to_classic() == {"text": "hello"}
    assert reply.to_addon() == {"hostAppDataAction": {"chatDataAction": {"createMessageAction": {
        "message": {"text": "hello"}}}}}
    dialog = Response("dialog", dialog={"sections": []})
    assert dialog.to_classic()["actionResponse"]["dialogAction"]["dialog"]["body"] == {"sections": []}
    assert dialog.to_addon() == {"action": {"navigations": [{"pushCard": {"sections": []}}]}}
    closing = Response("close_dialog", notice="Sent")
    assert closing.to_addon()["action"]["navigations"] == [{"endNavigation": {"action": "CLOSE_DIALOG"}}]


def test_text_shown_in_cards_is_html_escaped():
    widget = cards.paragraph("<b>not bold</b> & <script>")
    assert widget["textParagraph"]["text"] == "&lt;b&gt;not bold&lt;/b&gt; &amp; &lt;script&gt;"


def test_the_card_previews_for_the_docs_render_every_sample(settings):
    from bot.gchat.preview import card_html, samples

    drawn = samples(settings)
    assert {"answer", "clarify", "report-dialog", "nudge"} <= set(drawn)
    for card, private in drawn.values():
        page = card_html(card, private=private)
        assert page.startswith("<!doctype html>") and 'class="card"' in page


def test_an_app_command_event_carries_its_command_id():
    body = events.message("list", space_type="SPACE")
    body["type"] = "APP_COMMAND"
    body["appCommandMetadata"] = {"appCommandId": 2, "appCommandType": "QUICK_COMMAND"}
    event = parse_event(body)
    assert (event.kind, event.command_id, event.text) == ("slash_command", 2, "list")


def test_feedback_buttons_wait_for_the_final_verdict_not_the_clarify_question():
    from handlers.ask import answer

    def functions(message):
        return {b["onClick"]["action"]["function"] for s in message["cardsV2"][0]["card"]["sections"]
                for w in s["widgets"] for b in w.get("buttonList", {}).get("buttons", [])}

    from policy.bundle import load_bundle

    clarify = answer("can I text my team?")
    assert clarify.verdict == "clarify"
    final = answer("can I text my team?", choice_id=clarify.options[0].choice_id)
    policy = load_bundle().policy
    assert "aup_feedback" not in functions(cards.answer_message(clarify, policy, question_ref=1))
    assert "aup_feedback" in functions(cards.answer_message(final, policy, question_ref=2))

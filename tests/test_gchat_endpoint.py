"""The Chat endpoint end to end: the real serve stack on loopback, tokens signed as Chat signs them."""
from __future__ import annotations

import json
import os
import shutil
import time

import pytest
import requests

from bot.gchat.api import client_message_id
from tests.servers.google import ChatSigner, GoogleStandIn, events, service_account_file, serving, signing_key

AUDIENCE = "123456789012"
REVIEWER = "gchat:users/900"
ADMIN = "gchat:users/901"


@pytest.fixture(scope="module")
def google():
    with GoogleStandIn() as stand_in:
        yield stand_in


@pytest.fixture
def chat_settings(settings, google, tmp_path):
    return settings.with_(
        port=0, gchat_audience=AUDIENCE, gchat_certs_url=google.certs_url, gchat_api_url=google.url,
        gchat_credentials=str(service_account_file(tmp_path, google.token_url)),
        gchat_it_space="spaces/ITDESK", reviewers=(REVIEWER,), admins=(ADMIN,))


@pytest.fixture
def chat(chat_settings, db):
    with serving(chat_settings, db) as (comp, url):
        yield Client(url, ChatSigner(signing_key(), AUDIENCE), comp)


class Client:
    def __init__(self, url: str, signer: ChatSigner, comp) -> None:
        self.url = url
        self.signer = signer
        self.component = comp
        self.session = requests.Session()

    def post(self, event, *, token: str | None = "valid", raw: bytes | None = None) -> requests.Response:
        headers = {"Content-Type": "application/json"}
        if token == "valid":
            token = self.signer.token()
        if token is not None:
            headers["Authorization"] = f"Bearer {token}"
        data = raw if raw is not None else json.dumps(event).encode()
        return self.session.post(self.url, data=data, headers=headers, timeout=30)


def _user(person_id: str) -> dict:
    return {"name": person_id.removeprefix("gchat:"), "displayName": "Someone", "email": "x@school.example",
            "type": "HUMAN"}


# -- verification ------------------------------------------------------------------------------------------


@pytest.mark.parametrize("token_kind", ["missing", "wrong_audience", "expired", "wrong_issuer", "bad_signature"])
def test_unverified_requests_get_401_and_nothing_is_processed(chat, db, token_kind):
    now = int(time.time())
    tokens = {
        "missing": None,
        "wrong_audience": chat.signer.token(aud="1"),
        "expired": chat.signer.token(iat=now - 7200, exp=now - 3600),
        "wrong_issuer": chat.signer.token(iss="someone@example.com"),
        "bad_signature": chat.signer.token()[:-6] + "AAAAAA",
    }
    submit = events.dialog_submit("report_submit", {"category": "misuse", "description": "Someone shared a "
                                                    "login on a sticky note", "location": "its"})
    response = chat.post(submit, token=tokens[token_kind])
    assert response.status_code == 401
    assert response.json() == {"error": "unauthorized"}
    assert db.query("SELECT COUNT(*) AS n FROM reports")[0]["n"] == 0


# -- bad input ---------------------------------------------------------------------------------------------


def test_a_body_that_is_not_json_gets_400(chat):
    response = chat.post(None, raw=b"{not json")
    assert response.status_code == 400
    assert "not JSON" in response.json()["error"]


@pytest.mark.parametrize("body, missing", [
    ({}, "type"),
    ([1, 2], "JSON object"),
    ({"type": "MESSAGE", "space": {"name": "spaces/A"}}, "user.name"),
    ({"type": "MESSAGE", "user": {"name": "users/1"}, "space": {"name": "spaces/A"}}, "message"),
])
def test_an_event_missing_its_fields_gets_400_naming_the_field(chat, body, missing):
    response = chat.post(body)
    assert response.status_code == 400
    assert missing in response.json()["error"]


def test_an_unknown_event_type_gets_a_clear_message_not_an_error(chat):
    response = chat.post({"type": "SOMETHING_NEW", "user": events.USER, "space": {"name": "spaces/A"}})
    assert response.status_code == 200
    assert "can't handle that kind" in response.json()["text"]


def test_get_is_not_allowed(chat):
    assert requests.get(chat.url, timeout=10).status_code == 405


# -- welcome, commands ---------------------------------------------------------------------------------------


def test_being_added_to_a_space_says_hello_and_how_to_use_the_bot(chat):
    body = chat.post(events.added_to_space("SPACE")).json()
    assert "/aup" in body["text"] and "/report" in body["text"]


def test_being_added_to_a_dm_says_hello_privately(chat):
    body = chat.post(events.added_to_space("DIRECT_MESSAGE")).json()
    assert "stay between you and me" in body["text"]


def test_removal_from_a_space_gets_an_empty_answer(chat):
    assert chat.post(events._base("REMOVED_FROM_SPACE", "SPACE")).json() == {}


def test_an_unconfigured_command_id_is_explained_privately(chat):
    body = chat.post(events.slash_command(77, "hello")).json()
    assert "don't know that command" in body["text"]
    assert body["privateMessageViewer"] == {"name": "users/100"}


def test_an_unknown_button_function_is_explained(chat):
    body = chat.post(events.card_clicked("no_such_function", {})).json()
    assert "no longer supported" in body["text"]


# -- reports: the dialog, the list, reviewer buttons ------------------------------------------------------------

GOOD_REPORT = {"category": "misuse", "description": "A teacher posted the copier code on a public page",
               "location": "its", "urgency": "normal"}


def _dialog(body: dict) -> dict:
    assert body["actionResponse"]["type"] == "DIALOG", body
    return body["actionResponse"]["dialogAction"]["dialog"]["body"]


def _widgets(card: dict) -> list[dict]:
    return [w for s in card["sections"] for w in s["widgets"]]


def _submit(chat, form, user=None) -> dict:
    return chat.post(events.dialog_submit("report_submit", form, user=user)).json()


def test_report_command_set_up_as_a_dialog_opens_the_report_form(chat):
    event = events.slash_command(2)
    event["isDialogEvent"], event["dialogEventType"] = True, "REQUEST_DIALOG"
    card = _dialog(chat.post(event).json())
    names = [next(iter(w.values())).get("name") for w in _widgets(card)]
    assert {"category", "description", "location", "when"} <= set(names)
    category = next(w["selectionInput"] for w in _widgets(card) if "selectionInput" in w
                    and w["selectionInput"]["name"] == "category")
    assert len(category["items"]) >= 37 + 4
    assert card["fixedFooter"]["primaryButton"]["onClick"]["action"]["function"] == "report_submit"


def test_plain_report_command_offers_a_button_that_opens_the_dialog(chat):
    body = chat.post(events.slash_command(2)).json()
    action = body["cardsV2"][0]["card"]["sections"][0]["widgets"][1]["buttonList"]["buttons"][0]["onClick"]["action"]
    assert action == {"function": "report_open", "parameters": [], "interaction": "OPEN_DIALOG"}
    assert body["privateMessageViewer"] == {"name": "users/100"}
    clicked = events.card_clicked("report_open", {}, space_type="SPACE")
    clicked["isDialogEvent"], clicked["dialogEventType"] = True, "REQUEST_DIALOG"
    assert _dialog(chat.post(clicked).json())["header"]["title"] == "Report a problem"


def test_a_dialog_submission_with_missing_fields_comes_back_with_the_problems_and_saves_nothing(chat, db):
    card = _dialog(_submit(chat, {"description": "too short"}))
    shown = json.dumps(card)
    assert "Please fix the fields marked below" in shown
    assert "is required" in shown and "too short" in shown
    description = next(w["textInput"] for w in _widgets(card) if w.get("textInput", {}).get("name") == "description")
    assert description["value"] == "too short"  # what was typed is kept
    assert db.query("SELECT COUNT(*) AS n FROM reports")[0]["n"] == 0


def test_a_valid_report_closes_the_dialog_with_the_ticket_and_is_stored_first(chat, db):
    body = _submit(chat, GOOD_REPORT)
    status = body["actionResponse"]["dialogAction"]["actionStatus"]
    assert status["statusCode"] == "OK"
    ticket = db.query("SELECT ticket, reporter_id, source FROM reports")[0]
    assert ticket["ticket"] in status["userFacingMessage"]
    assert ticket["reporter_id"] == "gchat:users/100" and ticket["source"] == "gchat"


def test_a_date_picked_in_the_dialog_reaches_the_report_as_a_time(chat, db):
    event = events.dialog_submit("report_submit", GOOD_REPORT)
    event["common"]["formInputs"]["when"] = {"dateTimeInput": {"msSinceEpoch": "1764338400000",
                                                               "hasDate": True, "hasTime": True}}
    assert chat.post(event).json()["actionResponse"]["dialogAction"]["actionStatus"]["statusCode"] == "OK"
    assert db.query("SELECT occurred_at FROM reports")[0]["occurred_at"].startswith("2025-11-28T14:00")


def test_closing_the_dialog_sends_nothing(chat, db):
    event = events.dialog_submit("report_submit", {})
    event["dialogEventType"] = "CANCEL_DIALOG"
    body = chat.post(event).json()
    assert body["actionResponse"]["dialogAction"]["actionStatus"]["userFacingMessage"] == "Report not sent."
    assert db.query("SELECT COUNT(*) AS n FROM reports")[0]["n"] == 0


def test_the_reporter_sees_their_reports_and_status(chat):
    _submit(chat, GOOD_REPORT)
    body = chat.post(events.slash_command(2, "list", space_type="DIRECT_MESSAGE")).json()
    item = body["cardsV2"][0]["card"]["sections"][0]["widgets"][0]["decoratedText"]
    assert item["topLabel"].startswith("AUP-")
    assert "received" in item["bottomLabel"]
    assert "privateMessageViewer" not in body  # a DM is already private


def test_someone_else_cannot_see_a_report_that_is_not_theirs(chat, db):
    _submit(chat, GOOD_REPORT)
    ticket = db.query("SELECT ticket FROM reports")[0]["ticket"]
    stranger = _user("gchat:users/555")
    body = chat.post(events.slash_command(2, ticket, user=stranger)).json()
    assert body["text"] == f"No report {ticket} that you can see."


def test_a_reviewer_changes_the_status_with_a_button_and_the_card_is_redrawn(chat, db):
    _submit(chat, GOOD_REPORT)
    ticket = db.query("SELECT ticket FROM reports")[0]["ticket"]
    detail = chat.post(events.slash_command(2, ticket, user=_user(REVIEWER))).json()
    buttons = detail["cardsV2"][0]["card"]["sections"][1]["widgets"][0]["buttonList"]["buttons"]
    in_progress = next(b for b in buttons if b["onClick"]["action"]["parameters"][1]["value"] == "in_progress")
    params = {p["key"]: p["value"] for p in in_progress["onClick"]["action"]["parameters"]}
    body = chat.post(events.card_clicked("report_status", params, user=_user(REVIEWER), space_type="SPACE")).json()
    assert body["actionResponse"]["type"] == "UPDATE_MESSAGE"
    assert ticket in body["text"]
    assert db.query("SELECT status FROM reports")[0]["status"] == "in_progress"


def test_a_status_button_pressed_by_a_non_reviewer_changes_nothing(chat, db):
    _submit(chat, GOOD_REPORT)
    ticket = db.query("SELECT ticket FROM reports")[0]["ticket"]
    body = chat.post(events.card_clicked("report_status", {"ticket": ticket, "status": "closed"})).json()
    assert db.query("SELECT status FROM reports")[0]["status"] == "received"
    assert body["actionResponse"]["type"] == "UPDATE_MESSAGE"


# -- Chat's deadline: answer at once, post the result later ---------------------------------------------------


def _wait_for(predicate, seconds=10.0):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if predicate():
            return True
        time.sleep(0.02)
    return False


def test_work_past_the_budget_is_answered_at_once_and_posted_through_the_chat_api(chat_settings, db, google):
    with serving(chat_settings, db) as (comp, url):
        comp.endpoint.budget = 0.0  # every answer passes the budget
        client = Client(url, ChatSigner(signing_key(), AUDIENCE), comp)
        event = events.message("help")
        event["message"]["name"] = "spaces/DM100/messages/late-1"
        body = client.post(event).json()
        assert body["text"].startswith("Working on it")
        assert _wait_for(lambda: google.posts_to("spaces/DM100"))
        post = google.posts_to("spaces/DM100")[0]
        assert "/aup <question>" in post.body["text"]
        assert post.body["thread"] == {"name": "spaces/DM100/threads/t1"}
        assert post.query["messageId"].startswith("client-gchat-late")


def test_a_late_answer_is_retried_after_a_429_and_posted_once(chat_settings, db, google):
    google.fail(429, times=1, method="POST", path_contains="spaces/DM100")
    with serving(chat_settings, db) as (comp, url):
        comp.endpoint.budget = 0.0  # every answer passes the budget
        comp.endpoint.late_post_delays = (0.05, 0.05)
        client = Client(url, ChatSigner(signing_key(), AUDIENCE), comp)
        event = events.message("help")
        event["message"]["name"] = "spaces/DM100/messages/late-2"
        client.post(event)
        assert _wait_for(lambda: all(f.done() for f in comp.endpoint.late_posts))
        assert all(f.result() for f in comp.endpoint.late_posts)
    key = client_message_id("gchat-late:spaces/DM100/messages/late-2")
    posted = [p for p in google.posts_to("spaces/DM100") if p.query["messageId"] == key]
    assert len(posted) == 1
    assert len([r for r in google.data.requests if r.query.get("messageId") == key]) == 2  # 429, then OK


def test_in_a_space_the_working_notice_is_private_to_the_asker(chat_settings, db, google):
    with serving(chat_settings, db) as (comp, url):
        comp.endpoint.budget = 0.0  # every answer passes the budget
        client = Client(url, ChatSigner(signing_key(), AUDIENCE), comp)
        body = client.post(events.slash_command(1, "help")).json()
    assert body["privateMessageViewer"] == {"name": "users/100"}


def test_an_addon_shaped_event_is_answered_in_the_addon_shape(chat):
    body = {"commonEventObject": {"hostApp": "CHAT"}, "chat": {
        "user": events.USER, "addedToSpacePayload": {"space": {"name": "spaces/R", "spaceType": "SPACE"}}}}
    reply = chat.post(body).json()
    message = reply["hostAppDataAction"]["chatDataAction"]["createMessageAction"]["message"]
    assert "/aup" in message["text"]


# -- answers (handlers.ask) as Cards v2 ---------------------------------------------------------------------


def _card(body: dict) -> dict:
    return body["cardsV2"][0]["card"]


def _section(card: dict, header: str) -> dict:
    return next(s for s in card["sections"] if s.get("header") == header)


def test_a_dm_question_is_answered_with_verdict_conditions_and_the_cited_policy_text(chat):
    body = chat.post(events.message("Can I set up a social media account for my class?")).json()
    card = _card(body)
    assert body["text"].startswith(card["header"]["subtitle"] + ":")  # the notification text names the verdict
    assert "Verdict:" in json.dumps(card)
    conditions = _section(card, "Conditions")["widgets"]
    assert len(conditions) >= 2 and all("decoratedText" in w for w in conditions)
    policy = _section(card, "What the policy says")
    assert policy["widgets"] and "<b>" in policy["widgets"][0]["textParagraph"]["text"]
    assert "privateMessageViewer" not in body


def test_an_ambiguous_question_offers_the_cases_and_a_click_gives_the_final_verdict(chat):
    card = _card(chat.post(events.message("can I text my team?")).json())
    buttons = _section(card, "Which one applies?")["widgets"][0]["buttonList"]["buttons"]
    labels = [b["text"] for b in buttons]
    assert "Students in grades K-8" in labels
    k8 = next(b for b in buttons if b["text"] == "Students in grades K-8")["onClick"]["action"]
    params = {p["key"]: p["value"] for p in k8["parameters"]}
    final = chat.post(events.card_clicked(k8["function"], params)).json()
    assert final["actionResponse"]["type"] == "UPDATE_MESSAGE"  # the DM card is replaced by the answer
    assert _card(final)["header"]["subtitle"] == "Prohibited"
    assert not any(s.get("header") == "Which one applies?" for s in _card(final)["sections"])


def test_feedback_buttons_record_whether_the_answer_helped(chat, db):
    card = _card(chat.post(events.message("can I friend a student on Facebook?")).json())
    yes = _section(card, "Was this helpful?")["widgets"][0]["buttonList"]["buttons"][0]["onClick"]["action"]
    params = {p["key"]: p["value"] for p in yes["parameters"]}
    reply = chat.post(events.card_clicked("aup_feedback", params)).json()
    assert reply["text"] == "Thanks for the feedback."
    assert db.query("SELECT helpful FROM questions WHERE id = ?", (int(params["ref"]),))[0]["helpful"] == 1


def test_a_mention_in_a_space_is_answered_in_place_and_a_slash_command_privately(chat):
    mention = chat.post(events.message("can I text my team?", space_type="SPACE", mention=True)).json()
    assert "privateMessageViewer" not in mention and mention["cardsV2"]
    command = chat.post(events.slash_command(1, "can I text my team?")).json()
    assert command["privateMessageViewer"] == {"name": "users/100"}


def test_an_empty_aup_command_explains_how_to_ask(chat):
    assert "Ask me a question" in chat.post(events.slash_command(1, "")).json()["text"]


def test_a_value_pasted_into_a_question_is_not_repeated_by_the_card(chat):
    body = chat.post(events.message("can I text a parent her SSN 287-65-4321?")).json()
    shown = json.dumps(body)
    assert "287-65-4321" not in shown and "4321" in shown


def test_a_failure_inside_a_handler_gets_an_apology_not_a_500(chat_settings, tmp_path):
    from bot.store import Database

    broken = Database(tmp_path / "closed.db")
    with serving(chat_settings, broken) as (comp, url):
        client = Client(url, ChatSigner(signing_key(), AUDIENCE), comp)
        broken.close()  # the database goes away under the running app
        response = client.post(events.message("can I friend a student on Facebook?"))
    assert response.status_code == 200
    assert response.json()["text"].startswith("Sorry, the bot cannot save anything right now")   # no false "received"


def test_a_question_the_bot_cannot_save_is_answered_as_not_received_not_as_handled(chat, db, settings):
    # the database file replaced under the running process: the question cannot be logged, so the answer must
    # not be given as if all went well (nor claim that nothing was lost)
    shutil.copy(settings.db_path, settings.db_path.with_suffix(".copy"))
    os.replace(settings.db_path.with_suffix(".copy"), settings.db_path)
    response = chat.post(events.message("can I friend a student on Facebook?"))
    assert response.status_code == 200
    assert "nothing you sent was received" in response.json()["text"]


# -- every event shape Chat sends ----------------------------------------------------------------------------


def test_a_quick_command_without_a_message_is_answered_not_refused(chat):
    # APP_COMMAND events for quick commands carry appCommandMetadata and no message at all.
    event = events._base("APP_COMMAND", "SPACE")
    event["appCommandMetadata"] = {"appCommandId": 1, "appCommandType": "QUICK_COMMAND"}
    response = chat.post(event)
    assert response.status_code == 200
    body = response.json()
    assert body["text"] and body["privateMessageViewer"] == {"name": "users/100"}


def test_being_added_with_a_question_answers_the_question(chat):
    event = events.added_to_space("SPACE")
    event["message"] = events.message("can I friend a student on Facebook?", space_type="SPACE",
                                      mention=True)["message"]
    card = _card(chat.post(event).json())
    assert card["header"]["subtitle"] != ""
    assert "Facebook" in card["header"]["title"]


def test_an_update_never_carries_a_private_viewer_which_chat_refuses_there():
    from bot.gchat.cards import text_response

    update = text_response("redrawn", private_to="users/100", update=True)
    assert "privateMessageViewer" not in update.to_classic()
    message = update.to_addon()["hostAppDataAction"]["chatDataAction"]["updateMessageAction"]["message"]
    assert "privateMessageViewer" not in message
    created = text_response("new", private_to="users/100")
    assert created.to_classic()["privateMessageViewer"] == {"name": "users/100"}


def test_card_header_titles_show_what_was_asked_literally_not_as_html_entities(chat):
    card = _card(chat.post(events.message("can I text parents & students <from> my cell?")).json())
    assert card["header"]["title"] == "can I text parents & students <from> my cell?"


def test_a_dialog_submitted_for_a_function_that_is_not_ours_gets_a_dialog_answer(chat, db):
    body = chat.post(events.dialog_submit("someone_elses_function", {"x": "y"})).json()
    status = body["actionResponse"]["dialogAction"]["actionStatus"]
    assert body["actionResponse"]["type"] == "DIALOG" and status["userFacingMessage"]

"""The outbox's chat sender for Google Chat: IT-space posts, DMs to people, idempotency and failures."""
from __future__ import annotations

import pytest

from bot.delivery import DeliveryError
from bot.delivery.chat import send, unregister_sender
from bot.gchat.component import component
from tests.servers.google import TOKEN_EXCHANGE, GoogleStandIn, service_account_file, workload_identity_file


@pytest.fixture
def google():
    with GoogleStandIn() as stand_in:
        yield stand_in


@pytest.fixture
def sender_settings(settings, google, tmp_path):
    return settings.with_(gchat_audience="1", gchat_api_url=google.url, gchat_it_space="spaces/ITDESK",
                          gchat_credentials=str(service_account_file(tmp_path, google.token_url)))


@pytest.fixture
def registered(sender_settings, db):
    comp = component(sender_settings, db)
    yield sender_settings
    comp.stop()
    unregister_sender("gchat")


def test_a_post_to_the_it_space_is_sent_once_however_often_it_is_retried(registered, google):
    for _ in range(3):
        send(registered, "gchat:spaces/ITDESK", {"text": "Finding in spaces/A: ssn (masked)"}, "none/alert/42")
    posts = google.posts_to("spaces/ITDESK")
    assert len(posts) == 1
    assert posts[0].body == {"text": "Finding in spaces/A: ssn (masked)"}
    assert posts[0].authorization.startswith("Bearer test-access-")


def test_a_new_report_in_the_it_space_carries_the_reviewers_status_buttons(registered, google):
    send(registered, "gchat:spaces/ITDESK", {"text": "New report AUP-2026-000001"}, "AUP-2026-000001/report/it")
    card = google.posts_to("spaces/ITDESK")[0].body["cardsV2"][0]["card"]
    actions = [b["onClick"]["action"] for b in card["sections"][1]["widgets"][0]["buttonList"]["buttons"]]
    statuses = [dict((p["key"], p["value"]) for p in a["parameters"]).get("status") for a in actions]
    assert {"acknowledged", "in_progress", "resolved", "closed"} <= set(statuses)
    assert all(a["function"] in ("report_status", "report_show") for a in actions)


def test_a_person_is_reached_in_their_direct_message_with_the_app(registered, google):
    google.add_dm_space("users/100", "spaces/DM100")
    send(registered, "gchat:users/100", {"text": "Your report AUP-2026-000001 is now in progress."}, "k/notify/1")
    assert google.posts_to("spaces/DM100")[0].body["text"].startswith("Your report")


def test_a_person_without_a_direct_message_cannot_be_reached_and_it_is_not_retried(registered, google):
    with pytest.raises(DeliveryError) as failure:
        send(registered, "gchat:users/555", {"text": "nudge"}, "k/nudge/2")
    assert failure.value.retryable is False
    assert "no direct message" in str(failure.value)


def test_a_chat_api_outage_is_a_retryable_failure(registered, google):
    google.fail(503, times=1, method="POST")
    with pytest.raises(DeliveryError) as failure:
        send(registered, "gchat:spaces/ITDESK", {"text": "alert"}, "k/alert/3")
    assert failure.value.retryable is True
    send(registered, "gchat:spaces/ITDESK", {"text": "alert"}, "k/alert/3")
    assert len(google.posts_to("spaces/ITDESK")) == 1


def test_without_an_audience_there_is_no_google_chat_component(settings, db):
    assert component(settings, db) is None


def test_outbox_text_escaped_for_html_reads_plainly_in_chat_and_cannot_mention_everyone(registered, google):
    send(registered, "gchat:spaces/ITDESK", {"text": "Q&amp;A: &lt;users/all&gt; look"}, "none/alert/9")
    text = google.posts_to("spaces/ITDESK")[0].body["text"]
    assert text.startswith("Q&A: <") and "<users/all>" not in text


def test_an_organisation_that_blocks_service_account_keys_posts_through_workload_identity(
        settings, google, tmp_path, db):
    federated = settings.with_(gchat_audience="1", gchat_api_url=google.url, gchat_it_space="spaces/ITDESK",
                               gchat_credentials=str(workload_identity_file(tmp_path, google.token_url)))
    comp = component(federated, db)
    try:
        send(federated, "gchat:spaces/ITDESK", {"text": "Finding in spaces/A: ssn (masked)"}, "none/alert/7")
    finally:
        comp.stop()
        unregister_sender("gchat")
    assert google.posts_to("spaces/ITDESK")[0].authorization.startswith("Bearer test-access-sts-")
    grant = google.data.token_grants[-1]
    assert grant["grant_type"] == TOKEN_EXCHANGE and "chat.bot" in grant["scope"]


def test_unusable_credentials_are_named_without_a_traceback(settings, tmp_path):
    from bot.gchat.api import ChatApi

    broken = tmp_path / "key.json"
    broken.write_text('{"type": "nothing-google-knows"}')
    with pytest.raises(ValueError, match="cannot load the Chat app's credentials"):
        ChatApi(settings.with_(gchat_credentials=str(broken)))

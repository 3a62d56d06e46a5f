"""A Chat app published as a Google Workspace add-on: its requests carry a Google ID token of the add-on's own
service account (service-<project number>@gcp-sa-gsuiteaddons.iam.gserviceaccount.com) with the endpoint URL as
audience, signed by Google's OAuth keys. Accepted beside Chat's own tokens, each kind against its own keys."""
from __future__ import annotations

import json

import pytest
import requests

from bot.gchat.verify import AnyOfVerifiers, ChatTokenVerifier, Unauthorized, verifier_for
from bot.settings import Settings, SettingsError
from tests.servers.google import ChatSigner, GoogleStandIn, events, service_account_file, serving, signing_key

PROJECT_AUDIENCE = "123456789012"
ENDPOINT = "https://aupbot.example.org/google-chat/events"
ADDON = "service-123456789012@gcp-sa-gsuiteaddons.iam.gserviceaccount.com"
OTHER_ADDON = "service-999999999999@gcp-sa-gsuiteaddons.iam.gserviceaccount.com"
ID_ISSUER = "https://accounts.google.com"


@pytest.fixture(scope="module")
def chat_keys():
    with GoogleStandIn((signing_key("chat-key-1"),)) as stand_in:
        yield stand_in


@pytest.fixture(scope="module")
def oauth_keys():
    """Google's OAuth certificates (https://www.googleapis.com/oauth2/v1/certs), which sign ID tokens."""
    with GoogleStandIn((signing_key("oauth-key-1"),)) as stand_in:
        yield stand_in


def addon_token(**overrides) -> str:
    claims = {"iss": ID_ISSUER, "aud": ENDPOINT, "email": ADDON, "email_verified": True, "sub": "1029384756",
              **overrides}
    return ChatSigner(signing_key("oauth-key-1"), ENDPOINT).token(**claims)


def chat_token(**overrides) -> str:
    return ChatSigner(signing_key("chat-key-1"), PROJECT_AUDIENCE).token(**overrides)


@pytest.fixture
def both(settings, chat_keys, oauth_keys):
    verifier = verifier_for(settings.with_(
        gchat_audience=PROJECT_AUDIENCE, gchat_certs_url=chat_keys.certs_url, gchat_addon_audience=ENDPOINT,
        gchat_addon_email=ADDON, gchat_addon_certs_url=oauth_keys.certs_url))
    yield verifier
    verifier.stop()


def test_an_addon_id_token_and_a_chat_token_are_both_accepted(both):
    assert both.verify(f"Bearer {addon_token()}")["email"] == ADDON
    assert both.verify(f"Bearer {chat_token()}")["iss"] == "chat@system.gserviceaccount.com"


@pytest.mark.parametrize("claims, why", [
    ({"email": OTHER_ADDON}, "another project's add-on"),
    ({"email": "intruder@example.com"}, "an ordinary account"),
    ({"email_verified": False}, "an unverified email"),
    ({"aud": "https://elsewhere.example.org/hook"}, "another endpoint"),
    ({"iss": "https://evil.example"}, "another issuer"),
    ({"iss": "chat@system.gserviceaccount.com", "email": None}, "Chat's issuer on the add-on audience"),
])
def test_an_addon_token_that_is_not_ours_is_refused(both, claims, why):
    with pytest.raises(Unauthorized):
        both.verify(f"Bearer {addon_token(**claims)}")


def test_an_addon_token_signed_with_chat_keys_is_refused(both):
    forged = ChatSigner(signing_key("chat-key-1"), ENDPOINT).token(iss=ID_ISSUER, email=ADDON, email_verified=True)
    with pytest.raises(Unauthorized):
        both.verify(f"Bearer {forged}")


def test_malformed_tokens_are_refused_before_any_certificate_fetch(settings, chat_keys, oauth_keys):
    verifier = verifier_for(settings.with_(
        gchat_audience=PROJECT_AUDIENCE, gchat_certs_url=chat_keys.certs_url, gchat_addon_audience=ENDPOINT,
        gchat_addon_email=ADDON, gchat_addon_certs_url=oauth_keys.certs_url))
    before = (chat_keys.cert_fetches, oauth_keys.cert_fetches)
    for garbage in ("Bearer not-a-jwt", "Bearer a.b", "Basic dXNlcjpwdw==", "Bearer " + "x" * 9000):
        with pytest.raises(Unauthorized):
            verifier.verify(garbage)
    assert (chat_keys.cert_fetches, oauth_keys.cert_fetches) == before   # no fetcher was even started
    verifier.stop()


def test_only_the_addon_kind_configured_refuses_chat_tokens(settings, oauth_keys):
    verifier = verifier_for(settings.with_(gchat_addon_audience=ENDPOINT, gchat_addon_email=ADDON,
                                           gchat_addon_certs_url=oauth_keys.certs_url))
    assert verifier.verify(f"Bearer {addon_token()}")["aud"] == ENDPOINT
    with pytest.raises(Unauthorized):
        verifier.verify(f"Bearer {chat_token()}")
    verifier.stop()


def test_no_token_kind_configured_is_a_configuration_error():
    with pytest.raises(ValueError):
        AnyOfVerifiers([])


def test_the_addon_service_account_setting_is_checked():
    with pytest.raises(SettingsError, match="AUPBOT_GCHAT_ADDON_EMAIL"):
        Settings.from_env({"AUPBOT_GCHAT_ADDON_EMAIL": "chat@system.gserviceaccount.com"})
    env = {"AUPBOT_GCHAT_ADDON_EMAIL": ADDON, "AUPBOT_GCHAT_ADDON_AUDIENCE": ENDPOINT}
    assert Settings.from_env(env).gchat_configured
    assert any("AUPBOT_GCHAT_ADDON_AUDIENCE" in w for w in
               Settings.from_env({"AUPBOT_GCHAT_ADDON_EMAIL": ADDON}).warnings())


def test_a_single_kind_still_refuses_an_id_token_of_another_account(chat_keys):
    verifier = ChatTokenVerifier(PROJECT_AUDIENCE, chat_keys.certs_url)
    with pytest.raises(Unauthorized):
        verifier.verify(f"Bearer {chat_token(iss=ID_ISSUER, email=ADDON, email_verified=True)}")
    verifier.stop()


# -- through the real serve stack --------------------------------------------------------------------------

def test_serve_answers_an_addon_event_with_an_addon_token_and_refuses_a_foreign_one(settings, db, tmp_path,
                                                                                    chat_keys, oauth_keys):

    served = settings.with_(port=0, gchat_addon_audience=ENDPOINT, gchat_addon_email=ADDON,
                            gchat_addon_certs_url=oauth_keys.certs_url, gchat_api_url=oauth_keys.url,
                            gchat_credentials=str(service_account_file(tmp_path, oauth_keys.token_url)))
    body = {"commonEventObject": {"hostApp": "CHAT"}, "chat": {
        "user": events.USER, "messagePayload": {
            "space": {"name": "spaces/DM100", "spaceType": "DIRECT_MESSAGE", "singleUserBotDm": True},
            "message": {"name": "spaces/DM100/messages/m1", "text": "can I text my team?",
                        "argumentText": "can I text my team?", "sender": events.USER,
                        "space": {"name": "spaces/DM100", "spaceType": "DIRECT_MESSAGE"}}}}}
    with serving(served, db) as (_, url):
        session = requests.Session()

        def post(token: str) -> requests.Response:
            return session.post(url, data=json.dumps(body), timeout=30, headers={
                "Content-Type": "application/json", "Authorization": f"Bearer {token}"})

        answered = post(addon_token())
        assert answered.status_code == 200
        assert "hostAppDataAction" in answered.json()
        refused = post(addon_token(email=OTHER_ADDON))
        assert refused.status_code == 401 and "Traceback" not in refused.text
        assert post(chat_token()).status_code == 401   # no project-number audience configured

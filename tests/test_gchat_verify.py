"""Every Chat request is verified with google-auth against certificates a loopback server serves."""
from __future__ import annotations

import time

import pytest

from bot.gchat.verify import CertsUnavailable, ChatTokenVerifier, Unauthorized
from tests.servers.google import ChatSigner, GoogleStandIn, SigningKey, signing_key

AUDIENCE = "123456789012"


@pytest.fixture(scope="module")
def google():
    with GoogleStandIn() as stand_in:
        yield stand_in


@pytest.fixture
def verifier(google):
    return ChatTokenVerifier(AUDIENCE, google.certs_url)


@pytest.fixture
def signer():
    return ChatSigner(signing_key(), AUDIENCE)


def test_a_token_signed_by_chat_for_our_project_is_accepted(verifier, signer):
    claims = verifier.verify(f"Bearer {signer.token()}")
    assert claims["iss"] == "chat@system.gserviceaccount.com"
    assert claims["aud"] == AUDIENCE


def test_an_id_token_for_the_endpoint_url_audience_is_accepted(google, signer):
    url_verifier = ChatTokenVerifier("https://bot.example.org/google-chat/events", google.certs_url)
    token = ChatSigner(signing_key(), "https://bot.example.org/google-chat/events").token(
        iss="https://accounts.google.com", email="chat@system.gserviceaccount.com", email_verified=True)
    assert url_verifier.verify(f"Bearer {token}")["email"] == "chat@system.gserviceaccount.com"


@pytest.mark.parametrize("header", [None, "", "Bearer", "Bearer   ", "Basic dXNlcjpwYXNz", "Bearer not-a-jwt"])
def test_missing_or_malformed_tokens_are_refused(verifier, header):
    with pytest.raises(Unauthorized):
        verifier.verify(header)


def test_a_token_for_another_audience_is_refused(verifier, signer):
    with pytest.raises(Unauthorized, match="audience"):
        verifier.verify(f"Bearer {signer.token(aud='999999999999')}")


def test_an_expired_token_is_refused(verifier, signer):
    now = int(time.time())
    with pytest.raises(Unauthorized, match="expired"):
        verifier.verify(f"Bearer {signer.token(iat=now - 7200, exp=now - 3600)}")


def test_a_token_from_another_issuer_is_refused(verifier, signer):
    with pytest.raises(Unauthorized, match="not issued by Google Chat"):
        verifier.verify(f"Bearer {signer.token(iss='someone@evil.example')}")


def test_an_id_token_for_someone_else_than_chat_is_refused(verifier, signer):
    token = signer.token(iss="https://accounts.google.com", email="intruder@example.com", email_verified=True)
    with pytest.raises(Unauthorized):
        verifier.verify(f"Bearer {token}")


def test_a_token_signed_with_another_key_under_chats_key_id_is_refused(verifier):
    rogue = signing_key("rogue")
    forged = ChatSigner(SigningKey("test-key-1", rogue.private_pem, rogue.cert_pem), AUDIENCE)
    with pytest.raises(Unauthorized, match="signature"):
        verifier.verify(f"Bearer {forged.token()}")


def test_a_token_naming_an_unknown_key_is_refused(verifier):
    with pytest.raises(Unauthorized, match="unknown key"):
        verifier.verify(f"Bearer {ChatSigner(signing_key('unknown-kid'), AUDIENCE).token()}")


def test_certificates_are_fetched_once_and_cached(google, signer):
    fresh = ChatTokenVerifier(AUDIENCE, google.certs_url)
    before = google.cert_fetches
    for _ in range(5):
        fresh.verify(f"Bearer {signer.token()}")
    assert google.cert_fetches - before == 1


def test_unreachable_certificates_are_reported_as_unavailable_not_as_a_forgery(signer):
    with GoogleStandIn() as gone:
        url = gone.certs_url
    with pytest.raises(CertsUnavailable):
        ChatTokenVerifier(AUDIENCE, url).verify(f"Bearer {signer.token()}")


@pytest.mark.parametrize("token", [
    "garbage.token.x",                                   # three parts, but the header is not JSON
    "a.b",                                               # two parts
    "a.b.c.d",
    "eyJhbGciOiJSUzI1NiJ9.e30.c2ln!",                    # not base64url
    "W10.e30.c2ln",                                      # header `[]`: not an object
    "eyJhbGciOiJub25lIiwia2lkIjoidGVzdC1rZXktMSJ9.e30.c2ln",   # alg none
    "eyJhbGciOiJIUzI1NiIsImtpZCI6InRlc3Qta2V5LTEifQ.e30.c2ln",   # alg HS256 (key confusion)
    "eyJhbGciOiJSUzI1NiJ9.e30.c2ln",                     # no key id
    "x" * 9000,
])
def test_malformed_tokens_are_refused_without_fetching_any_certificate(google, token):
    fresh = ChatTokenVerifier(AUDIENCE, google.certs_url)
    before = google.cert_fetches
    with pytest.raises(Unauthorized):
        fresh.verify(f"Bearer {token}")
    assert google.cert_fetches == before


def test_an_unknown_key_id_refetches_at_most_once_per_interval(google, verifier, signer):
    verifier.verify(f"Bearer {signer.token()}")
    before = google.cert_fetches
    stranger = ChatSigner(signing_key("never-published"), AUDIENCE)
    for _ in range(10):
        with pytest.raises(Unauthorized, match="unknown key"):
            verifier.verify(f"Bearer {stranger.token()}")
    assert google.cert_fetches - before <= 1


def test_a_key_google_publishes_later_is_picked_up_by_the_refetch(signer):
    new_key = signing_key("rotated-in")
    with GoogleStandIn(keys=(signing_key(),)) as rotating:
        fresh = ChatTokenVerifier(AUDIENCE, rotating.certs_url)
        fresh.verify(f"Bearer {signer.token()}")
        rotating.keys = (signing_key(), new_key)          # Google rotates
        claims = fresh.verify(f"Bearer {ChatSigner(new_key, AUDIENCE).token()}")
        assert claims["aud"] == AUDIENCE

"""Must-flag / must-not-flag tables for credentials: token formats, private keys, URL credentials,
password/PIN/code statements, login pairs and pasted configuration. All values are made up here."""
from __future__ import annotations

import pytest

from policy.scanner import scan


def credential_values(text: str) -> list[str]:
    return [text[f.start:f.end] for f in scan(text) if f.type == "credential"]


FLAG = [
    ("bot token xoxb-2048-99887766-AbCdEfGhIjKlMnOp for the test app", "xoxb-2048-99887766-AbCdEfGhIjKlMnOp"),
    ("key AKIAZ7QW3RTY5UIO9PAS and secret in the vault", "AKIAZ7QW3RTY5UIO9PAS"),
    ("aws_secret_access_key = Zm9vYmFyYmF6cXV4MTIzNDU2Nzg5MGFiY2RlZmdo", "Zm9vYmFyYmF6cXV4MTIzNDU2Nzg5MGFiY2RlZmdo"),
    ("token ghp_Q2w3E4r5T6y7U8i9O0pAsDfGhJkLzXcVbNm1", "ghp_Q2w3E4r5T6y7U8i9O0pAsDfGhJkLzXcVbNm1"),
    ("maps key AIzaSyQ-2kd93JdkeLm0Pq8ZxYwVuTsRqPoNm12 in the page", "AIzaSyQ-2kd93JdkeLm0Pq8ZxYwVuTsRqPoNm12"),
    ("curl -H 'Authorization: Bearer eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ0ZWFjaGVyMSJ9.c2lnbmF0dXJlLXBhcnQtaGVyZQ'",
     "eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ0ZWFjaGVyMSJ9.c2lnbmF0dXJlLXBhcnQtaGVyZQ"),
    ("db is at postgres://gradebook:Tr0ub4dor&3@10.0.0.5/grades", "Tr0ub4dor&3"),
    ("pw is Owl$Night55", "Owl$Night55"),
    ("password: Winter-Bus-2031", "Winter-Bus-2031"),
    ("the wifi password for the library network is Reading4All!", "Reading4All!"),
    ("door code for the loading dock is 7316#", "7316#"),
    ("copier pin: 55821", "55821"),
    ("voicemail PIN is 90417", "90417"),
    ("i changed your portal password to Lighthouse88 - log in and change it", "Lighthouse88"),
    ("login: rparker / Sunset#Drive9", "rparker / Sunset#Drive9"),
    ("passphrase = correct-horse-battery-9", "correct-horse-battery-9"),
    ("Zoom for the IEP: meeting ID 845 2231 9904, passcode 771204", "771204"),
    ("SMTP_PASSWORD=f7Gh!2kLm9Qw", "f7Gh!2kLm9Qw"),
    ("password: `Xk9!pp22`", "Xk9!pp22"),
    ("API key: sk-proj-Ab12Cd34Ef56Gh78Ij90Kl12Mn34Op56Qr", "sk-proj-Ab12Cd34Ef56Gh78Ij90Kl12Mn34Op56Qr"),
    ("api key: Zq9X-77kLmN2", "Zq9X-77kLmN2"),
    ("Here are the creds: jsmith / Blue$ky42", "jsmith / Blue$ky42"),
    ("New PIN: 0420", "0420"),
    ("pls reset Destiny Cole's password, she says it's Destiny2014", "Destiny2014"),
    ("FYI the gate code changed to 7741 starting Monday", "7741"),
    ("alarm code is 5 5 2 1", "5 5 2 1"),
    ("Here is the Wi-Fi info: network HarmonStaff, key Bl4ckb0ard!", "Bl4ckb0ard!"),
    ("the safe combination is 12-34-56", "12-34-56"),
    ('{"api_key": "k3Yf9a8B7c6D5e4F3g2H1", "user": "sync"}', "k3Yf9a8B7c6D5e4F3g2H1"),
    # meeting host keys and device codes without a password word, the value far from the label
    ("teams host code for the board mtg tonight: 582913", "582913"),
    ("Webex host pin 7716", "7716"),
    ("garage door code for lot B behind the annex was reset to 66120 this morning", "66120"),
    ("the code for the copier in the workroom was changed to 44017", "44017"),
    ("gate code for room 214 is 4417", "4417"),
    ("combo to the PE storage cage is 12-38-04", "12-38-04"),
]
PASS = [
    "I forgot my password again, how do I reset it?",
    "Passwords must have 12 characters, a number and a symbol",
    "Never share your password, even with IT",
    "Change your password every 60 days",
    "Ask the front office for your copier PIN",
    "The new badge readers want a 4-digit PIN, same as your lunch code",
    "password: ******** (redacted)",
    "password=<your password here>",
    "DB_PASSWORD = os.environ['DB_PASSWORD']",
    "password = settings.DB_PASSWORD",
    "export API_TOKEN=${API_TOKEN}",
    "url: https://user:${DB_PASS}@db.internal/app",
    "Got a phishing email asking to 'confirm your password' - don't click it",
    "The password reset link is on the portal home page",
    "username is your CPS email, password is the one you use for Google",
    "-----BEGIN PUBLIC KEY----- is fine to share, it is the public half",
    "Passwords like Summer2024 are weak, pick something longer",
    "key dates: 9/2 and 10/14",
    "the answer key 2024-25 is posted",
    "Zoom host key is in the admin portal, don't post it",
    "keypad code for the cafeteria side entrance got changed again, ask the engineer",
    "the alarm code for the annex door will be emailed tomorrow",
    "aws key AKIAIOSFODNN7EXAMPLE from the docs",
]


@pytest.mark.parametrize("text,value", FLAG)
def test_shared_credentials_are_flagged(text, value):
    assert value in credential_values(text)


@pytest.mark.parametrize("text", PASS)
def test_talk_about_passwords_placeholders_and_env_reads_are_not_credentials(text):
    assert credential_values(text) == []


def test_a_pem_private_key_block_is_one_credential():
    block = "-----BEGIN RSA PRIVATE KEY-----\nMIIEpAIBAAKCAQEA7x9+abc\nQW1zZ2Vk/xyz==\n-----END RSA PRIVATE KEY-----"
    found = credential_values(f"here you go:\n```\n{block}\n```")
    assert found == [block]


def test_a_truncated_private_key_paste_is_still_flagged():
    assert credential_values("-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAABG5vbmU")


def test_redacted_form_never_contains_the_password():
    finding = [f for f in scan("pw is Owl$Night55") if f.type == "credential"][0]
    assert "Night" not in finding.redacted and finding.redacted.startswith("O")

"""Must-flag and must-not-flag tables for credentials: passwords, passphrases, PINs, door and meeting codes, logins, vendor tokens and private keys in every form a person types are; talk about passwords, redacted values, wholly placeholder values and code that reads a secret from elsewhere are not.

Rows are grouped here from every earlier review of the detectors, then new wording written for these tests; every
value is made up (numbers generated to pass or fail their checksums on purpose).
"""
from __future__ import annotations

import base64
import json
import random
import string

import pytest

from policy.scanner import scan

# (text, expected): None, any finding of this type; a string, one of this type's findings; a list, exactly
# this type's findings (in any order)
MUST_FLAG = [
    # when a lock's code took effect, said after it
    ("storage cage padlock is 4471 now, the old one leaked", '4471'),
    ("the gym office lock is 2203 again after the reset", '2203'),
    ("PE closet combo is 18-04-27 starting Monday", '18-04-27'),
    ('bot token xoxb-2048-99887766-AbCdEfGhIjKlMnOp for the test app', 'xoxb-2048-99887766-AbCdEfGhIjKlMnOp'),
    ('key AKIAZ7QW3RTY5UIO9PAS and secret in the vault', 'AKIAZ7QW3RTY5UIO9PAS'),
    ('aws_secret_access_key = Zm9vYmFyYmF6cXV4MTIzNDU2Nzg5MGFiY2RlZmdo', 'Zm9vYmFyYmF6cXV4MTIzNDU2Nzg5MGFiY2RlZmdo'),
    ('token ghp_Q2w3E4r5T6y7U8i9O0pAsDfGhJkLzXcVbNm1', 'ghp_Q2w3E4r5T6y7U8i9O0pAsDfGhJkLzXcVbNm1'),
    ('maps key AIzaSyQ-2kd93JdkeLm0Pq8ZxYwVuTsRqPoNm12 in the page', 'AIzaSyQ-2kd93JdkeLm0Pq8ZxYwVuTsRqPoNm12'),
    ("curl -H 'Authorization: Bearer eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ0ZWFjaGVyMSJ9.c2lnbmF0dXJlLXBhcnQtaGVyZQ'", 'eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ0ZWFjaGVyMSJ9.c2lnbmF0dXJlLXBhcnQtaGVyZQ'),
    ('db is at postgres://gradebook:Tr0ub4dor&3@10.0.0.5/grades', 'Tr0ub4dor&3'),
    ('pw is Owl$Night55', 'Owl$Night55'),
    ('password: Winter-Bus-2031', 'Winter-Bus-2031'),
    ('the wifi password for the library network is Reading4All!', 'Reading4All!'),
    ('door code for the loading dock is 7316#', '7316#'),
    ('copier pin: 55821', '55821'),
    ('voicemail PIN is 90417', '90417'),
    ('i changed your portal password to Lighthouse88 - log in and change it', 'Lighthouse88'),
    ('login: rparker / Sunset#Drive9', 'rparker / Sunset#Drive9'),
    ('passphrase = correct-horse-battery-9', 'correct-horse-battery-9'),
    ('Zoom for the IEP: meeting ID 845 2231 9904, passcode 771204', '771204'),
    ('SMTP_PASSWORD=f7Gh!2kLm9Qw', 'f7Gh!2kLm9Qw'),
    ('password: `Xk9!pp22`', 'Xk9!pp22'),
    ('API key: sk-proj-Ab12Cd34Ef56Gh78Ij90Kl12Mn34Op56Qr', 'sk-proj-Ab12Cd34Ef56Gh78Ij90Kl12Mn34Op56Qr'),
    ('api key: Zq9X-77kLmN2', 'Zq9X-77kLmN2'),
    ('Here are the creds: jsmith / Blue$ky42', 'jsmith / Blue$ky42'),
    ('New PIN: 0420', '0420'),
    ("pls reset Destiny Cole's password, she says it's Destiny2014", 'Destiny2014'),
    ('FYI the gate code changed to 7741 starting Monday', '7741'),
    ('alarm code is 5 5 2 1', '5 5 2 1'),
    ('Here is the Wi-Fi info: network HarmonStaff, key Bl4ckb0ard!', 'Bl4ckb0ard!'),
    ('the safe combination is 12-34-56', '12-34-56'),
    ('{"api_key": "k3Yf9a8B7c6D5e4F3g2H1", "user": "sync"}', 'k3Yf9a8B7c6D5e4F3g2H1'),
    # meeting host keys and device codes without a password word, the value far from the label
    ('teams host code for the board mtg tonight: 582913', '582913'),
    ('Webex host pin 7716', '7716'),
    ('garage door code for lot B behind the annex was reset to 66120 this morning', '66120'),
    ('the code for the copier in the workroom was changed to 44017', '44017'),
    ('gate code for room 214 is 4417', '4417'),
    ('combo to the PE storage cage is 12-38-04', '12-38-04'),
    # a question that ends with the label, answered on the next line
    ("> what's the alarm code?\n4417, disarm within 30 sec", '4417'),
    ('what is the staff wifi password?\nGuest-Net-2026!', 'Guest-Net-2026!'),
    ('> door code?\n> 8812#', '8812#'),
    ('what is the alarm code for the annex?\n4417', '4417'),
    ("> what's the login for the sub laptop?\nsub214 / Maple!Leaf9", 'sub214 / Maple!Leaf9'),
    # codes: an extra word between the device and "code", a room number after "for"
    ('the alarm keypad code is 60814, set it on your way out', '60814'),
    ('workroom copier release code: 4473', '4473'),
    ('printer code for 306 is 90512 until Friday', '90512'),
    ('code for 118 is 2209, same as the side door', '2209'),
    # token formats and token labels
    ('sync script token 3391~Wd7nQ2xLp9ZkR4vT8mYc1bHs6Jf3Ge0uAo5NiKq7lXwBzCrDtEyFhGjSaMuPvOiX, rotate monthly', '3391~Wd7nQ2xLp9ZkR4vT8mYc1bHs6Jf3Ge0uAo5NiKq7lXwBzCrDtEyFhGjSaMuPvOiX'),
    ('the integration token for the roster sync: Mv7Qx2Lp9Zk4Rt', 'Mv7Qx2Lp9Zk4Rt'),
    ('deploy with glpat-Q8m2Lx7Vp4Zk9Rt1Wn3B', 'glpat-Q8m2Lx7Vp4Zk9Rt1Wn3B'),
    ('log in as kbaker3 / Juniper#28 on the cart laptop', 'kbaker3 / Juniper#28'),
    ("the sub laptop password's Harbor#61 for now", 'Harbor#61'),
    # authorisation headers and connection strings
    ('Authorization: Bearer Lx9Vp4Zk8Rm1Wn3Bc6Hd0Fs5Gj7Tq2', 'Lx9Vp4Zk8Rm1Wn3Bc6Hd0Fs5Gj7Tq2'),
    ('AccountName=roster;AccountKey=Pq0Rs3Lp9Xq2Vm7Rt4Wn8Bc1Hd6Fs0Gj5Ue3Ai7Ko9Nl2Pm4Qr6St8Uv==', 'Pq0Rs3Lp9Xq2Vm7Rt4Wn8Bc1Hd6Fs0Gj5Ue3Ai7Ko9Nl2Pm4Qr6St8Uv=='),
    # passphrases of plain words, and quoted values with spaces
    ("the wifi passphrase is purple monkey dishwasher", "purple monkey dishwasher"),
    ("Guest wifi password: Falcons Fly High", "Falcons Fly High"),
    ("passphrase: correct horse battery staple", "correct horse battery staple"),
    ('password: "blue river seventeen tacos"', "blue river seventeen tacos"),
    ("my password is \u201cBlue Heron 4ever\u201d", "Blue Heron 4ever"),
    # the change said before the value, or the value on the line under its label
    ("guest wifi passphrase changed: seven orange kites drifting", "seven orange kites drifting"),
    ("the lab wifi key updated - tiny robot bakes bread", "tiny robot bakes bread"),
    ("passphrase for the shared band drive is\n   copper lantern meadow falcon\n(all lowercase)",
     "copper lantern meadow falcon"),
    # every assignment form: =, :, :=, "is", ->, *styled*, `code`
    ("db_password := Kx7#pLm2qR", "Kx7#pLm2qR"),
    ("admin pw -> Tr0ub4dor&3", "Tr0ub4dor&3"),
    ("*password*: Hx93!kslq", "Hx93!kslq"),
    ("password is `Qm4!zzTa8`", "Qm4!zzTa8"),
    # a value is a template only when the WHOLE value is a placeholder
    ("password=Pa${x}ss9word!", "Pa${x}ss9word!"),
    ("smtp_pass: Rq{{7}}mLx2!", "Rq{{7}}mLx2!"),
    # keycap emoji digits and look-alike letters from other scripts are read as what they show
    ("door code is 4\ufe0f\u20e38\ufe0f\u20e32\ufe0f\u20e36\ufe0f\u20e3", None),
    ("\u0440\u0430ssword: Bl4ckB1rd!x", "Bl4ckB1rd!x"),
    ("p\u03b1ssword is Gr3y-Owl-77", "Gr3y-Owl-77"),
    # a basic-auth URL: the finding is the password, never the host
    ("postgres://sync_user:Wq8!rTz2@db.district-internal.org:5432/sis", ["Wq8!rTz2"]),
    # an AWS secret access key pasted after its key id
    ("aws key AKIAQ4ZT7NVXK2MB3WLP secret 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",
     ["AKIAQ4ZT7NVXK2MB3WLP", "Jq7Xk2Lm9Pq4Rs6Tu8Vw0Xy2Za4Bc6De8Fg0Hi2J"]),
    ("the alarm code changed, it's now 4-4-1-7", "4-4-1-7"),
    ("the code to get in the side door is 8841", "8841"),
    ("Google admin pw for the sub account \u2192 Sub#Account7", "Sub#Account7"),
    ("garage keypad: 4471#", "4471#"),
    ("ssid: Lincoln-Guest  pw: lincoln2026", "lincoln2026"),
    ('wifi pw is "go eagles go" all lowercase', "go eagles go"),
    ("here is the secret: DxK9-mmQ2-88Lp-Zt4R", "DxK9-mmQ2-88Lp-Zt4R"),
    # a passphrase after a short qualifier naming what it opens
    ("the passphrase for the library kiosk is maple river lantern", "maple river lantern"),
    ("wifi passphrase on the 3rd floor: tangerine otter seventy", "tangerine otter seventy"),
    # a code beside what it opens, with a short place phrase between or keyed digit by digit
    ("keypad by the loading dock = 6620", "6620"),
    ("the garage on Wells is 9-3-5-1", "9-3-5-1"),
    ("lockbox for the portable classroom: 8814.", "8814"),
    # an account's name and its password; a device's passcode said by what it does; digits spaced one by one
    ("Quizlet acct grade7science / Mitosis#42 if anyone wants it", "Mitosis#42"),
    ("the cart iPads unlock with 2-9-0-4", "2-9-0-4"),
    ("copier in the workroom is 6 0 2 8", "6 0 2 8"),
    ("Jamf admin: mdm.lhs@gmail.com // Cart-Ipad-Sync9", "Cart-Ipad-Sync9"),
    ("arm/disarm: 3 8 0 6, then the star key", "3 8 0 6"),
    ("the override for the projector lock is 7781 (teachers only)", "7781"),
    # one quoted word after a password label; a network named with where it is
    ("the password for the exit ticket form is 'mitochondria'", "mitochondria"),
    ("wifi in the annex: Annex-Guest / owls4ever!", "owls4ever!"),
    # every way a value is given: an aside before the connector, a purpose after the label, a filler, a value
    # described first ("the same as ..., but ...: X"), dial numbers in digits or words, a service's account pair
    ("copier code (the new one, not the sticker): 60418", "60418"),
    ("staff wifi password (capital T) is Tundra!Fox31", "Tundra!Fox31"),
    ("the code to unlock the AV cart is 7305", "7305"),
    ("passcode for the ipad cart is simply 2-8-6-1", "2-8-6-1"),
    ("pw is like last year's but with a 7 on the end: Maple$Leaf7", "Maple$Leaf7"),
    ("locker combo is 7 - 22 - 14", "7 - 22 - 14"),
    ("the gym padlock combination is five, thirty, eleven", "five, thirty, eleven"),
    ("combination to the cage: 28 4 16", "28 4 16"),
    ("Robotics club canvas: rbx_coach / Gear#Shift52", "Gear#Shift52"),
    # a PIN said to equal another identifier: the fact is the credential, the number keeps its own type
    ("her cafeteria PIN is her student ID, 30561827", "her student ID"),
    ("boosters cash app: @eagle-boost / Pine#Cone44", "Pine#Cone44"),
    ("practice room combo: 9 then 31 then 2", "9 then 31 then 2"),
    ("PE closet combination: R 14 L 2 R 29", "R 14 L 2 R 29"),
    ("the kiosk pin for Omar is his library card number, 60213", "60213"),
    # a bare "code" given digits after the message named what it opens
    ("loading dock keypad was reprogrammed, new code: 5290#", "5290#"),
    ("Alarm system for the annex: user 3, code 8-2-7-1 to disarm", "8-2-7-1"),
    # an account's recovery codes
    ("recovery codes for the shared gradebook admin: 6621 0483, 9917 2254", "6621 0483"),
]

# no finding of this type
MUST_NOT_FLAG = [
    'I forgot my password again, how do I reset it?',
    # a change announced with where the new value is, or a label whose line ends a paragraph
    'wifi password changed: see the sticky note on the front desk',
    'passphrase rotated: check the binder in the office',
    'the passphrase is\n\nfor the new laptops, ask the office',
    'Passwords must have 12 characters, a number and a symbol',
    'Never share your password, even with IT',
    'Change your password every 60 days',
    'Ask the front office for your copier PIN',
    'The new badge readers want a 4-digit PIN, same as your lunch code',
    'password: ******** (redacted)',
    'password=<your password here>',
    "DB_PASSWORD = os.environ['DB_PASSWORD']",
    'password = settings.DB_PASSWORD',
    'export API_TOKEN=${API_TOKEN}',
    'url: https://user:${DB_PASS}@db.internal/app',
    "Got a phishing email asking to 'confirm your password' - don't click it",
    'The password reset link is on the portal home page',
    'username is your CPS email, password is the one you use for Google',
    '-----BEGIN PUBLIC KEY----- is fine to share, it is the public half',
    'Passwords like Summer2024 are weak, pick something longer',
    'key dates: 9/2 and 10/14',
    'the answer key 2024-25 is posted',
    "Zoom host key is in the admin portal, don't post it",
    'keypad code for the cafeteria side entrance got changed again, ask the engineer',
    'the alarm code for the annex door will be emailed tomorrow',
    'aws key AKIAIOSFODNN7EXAMPLE from the docs',
    # a question answered with no value
    'what is the wifi password?\nI dont know',
    'whats the alarm code?\nroom 204 has it',
    'does anyone know the copier code?\n2 of us need it',
    'Who has the login for Aspen?\nMs. Reyes / Room 204',
    'password reset again?\n3 times this week',
    'copier code for 306 is coming from the office next week',
    'the alarm keypad is broken in room 214',
    'code for 118 refers to the science budget line',
    'canvas api token expired, who can issue a new one?',
    'we use a token board: 5 tokens per good day~ then a prize',
    'example token 1~aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa for the docs',
    'DB_PASS and API_TOKEN stay in the vault',
    'please pass this on to the 5th grade team?',
    'can you pass the attendance sheets back to me by noon?',
    'the visitor pass is Green4 this week',
    'did everyone pass the CPR test?',
    'sign in with Clever / Google, either works',
    'PD day: sign in at the library table by 8:00',
    "the password's reset link is on the portal",
    'Bearer authentication is required on every route',
    'AccountKey=<paste the key here> in the template',
    # sentences about a passphrase, and values that are wholly a placeholder
    "the wifi passphrase is on the sticky note",
    "wifi password is case sensitive btw",
    "the passphrase changes every month",
    "Did anyone else get that email asking us to 'verify your password'? It's phishing",
    "password=${DB_PASSWORD}",
    "password: {{ vault_pw }}",
    "api_key = YOUR_API_KEY",
    "token: <paste token here>",
    "a Russian keyboard types \u043f\u0430\u0440\u043e\u043b\u044c for password",
    "The admin password is the same as last year",
    "the copier code is your employee ID",
    "I reset it, the new one is on a sticky note on your monitor",
    "The alarm code is four digits",
    "the keypad by the gym door is broken again",
    "the passphrase for the kiosk is on the laminated card in the drawer",
    "passphrase for the new laptops: ask the tech office",
    "the alarm in the gym went off at 1545 again",
    "gate on the north side 2250 is where the buses wait",
    "doors at the front: 0730 sharp for arrival",
    "account 55120 / 2026 is the budget line for field trips",
    "the login / logout buttons moved to the top right",
    "the cabinet unlocked with a key from the office",
    "Room 5 is 1 2 3 4 on the seating chart",
    "admin: please read // updated policy below",
    "the disarm button is on the left of the panel",
    "override requests go to the tech office (form 2231)",
    "the password field says 'required' when it's empty",
    "password is 'expired' on my screen, who do I call?",
    'in the fixture we set password = "sampleword"',
    "the combination lock order came in, 40 of them",
    "the code is posted by the door, 3 copies on the wall",
    "her PIN is the same as before, she just forgot it",
    "code to open a ticket: use the help form, not email",
    # a card's security code belongs to the card
    "visa ending 0417, security code on the back, exp 11/27",
    "the combo lock has 3 then 2 digits printed on it, weird design",
    "turn right 2 times, then left to 0 to reset the combination",
    "Copier error code 55231 means the fuser is going, call the vendor",
    "side door keypad is fine, but the old code 4410 no longer works",
    "recovery codes are in the vault now, ask IT if you need one",
]


@pytest.mark.parametrize("text,expected", MUST_FLAG)
def test_credential_disclosures_are_flagged(text, expected, assert_flagged):
    assert_flagged(text, "credential", expected)


@pytest.mark.parametrize("text", MUST_NOT_FLAG)
def test_credential_look_alikes_are_not_flagged(text, values_of):
    assert values_of(text, "credential") == []


def test_a_pem_private_key_block_is_one_credential(values_of):
    block = "-----BEGIN RSA PRIVATE KEY-----\nMIIEpAIBAAKCAQEA7x9+abc\nQW1zZ2Vk/xyz==\n-----END RSA PRIVATE KEY-----"
    assert values_of(f"here you go:\n```\n{block}\n```", "credential") == [block]


def test_a_truncated_private_key_paste_is_still_flagged(values_of):
    assert values_of("-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAABG5vbmU", "credential")


def test_redacted_form_never_contains_the_password():
    finding = [f for f in scan("pw is Owl$Night55") if f.type == "credential"][0]
    assert "Night" not in finding.redacted and finding.redacted.startswith("O")


# -- vendor token formats, pinned with values generated here (a seeded generator: the same values every run) --

_RNG = random.Random(20261204)
_ALNUM = string.ascii_letters + string.digits
_HEX = "0123456789abcdef"


def _pick(alphabet: str, n: int) -> str:
    return "".join(_RNG.choice(alphabet) for _ in range(n))


def _mixed(n: int) -> str:
    """Random letters and digits with at least one upper, one lower and one digit (a generated secret)."""
    return _pick(string.ascii_uppercase, 1) + _pick(string.ascii_lowercase, 1) + _pick(string.digits, 1) + _pick(_ALNUM, n - 3)


VENDOR_TOKENS = {
    **{f"gitlab {prefix}": f"{prefix}-{_mixed(20)}"
       for prefix in ("glpat", "gldt", "glptt", "glrt", "glcbt", "glimt", "glagent", "gloas", "glsoat")},
    "gitlab runner registration": "GR1348941" + _mixed(20),
    "discord bot token": "M" + _mixed(25) + "." + _mixed(6) + "." + _mixed(27),
    "mailchimp": _pick(_HEX, 32) + "-us" + str(_RNG.randint(1, 21)),
    "telegram bot token": str(_RNG.randint(10**8, 10**10 - 1)) + ":AA" + _mixed(33),
    "square access token": "sq0atp-" + _mixed(22),
    "square application secret": "sq0csp-" + _mixed(43),
    "square production token": "EAAA" + _mixed(60),
    "twilio api key": "SK" + _pick(_HEX, 32),
    "twilio account sid": "AC" + _pick(_HEX, 32),
}


@pytest.mark.parametrize("vendor", sorted(VENDOR_TOKENS))
def test_vendor_tokens_are_flagged_whole(vendor, values_of):
    token = VENDOR_TOKENS[vendor]
    assert values_of(f"here is the {vendor} for the sync job: {token} (rotate after)", "credential") == [token]
    assert values_of(token, "credential") == [token]


def test_a_telegram_bot_token_is_a_credential_not_a_phone(types_in):
    token = VENDOR_TOKENS["telegram bot token"]
    assert types_in(f"bot {token}") == {"credential"}


def test_an_npmrc_auth_line_gives_its_token():
    secret = _mixed(36)
    for line in (f"//registry.npmjs.org/:_authToken={secret}", f"//npm.district.example/repo/:_authToken = {secret}"):
        found = [line[f.start:f.end] for f in scan(line) if f.type == "credential"]
        assert secret in found or f"npm_{secret}" in found, line


def test_a_google_service_account_json_gives_its_key_id_and_private_key(values_of):
    key_id = _pick(_HEX, 40)
    body = _mixed(60)
    paste = ('{"type": "service_account", "project_id": "roster-sync", "private_key_id": "%s", "private_key": '
             '"-----BEGIN PRIVATE KEY-----\\n%s\\n-----END PRIVATE KEY-----\\n", "client_email": '
             '"sync@roster-sync.iam.gserviceaccount.com"}' % (key_id, body))
    found = values_of(paste, "credential")
    assert key_id in found
    assert any(body in value for value in found)


def test_a_look_alike_of_a_vendor_format_is_not_a_credential(values_of):
    assert values_of("order glpat- is a GitLab prefix, see the docs", "credential") == []
    assert values_of("SK is the state code for the Saskatchewan trip", "credential") == []
    assert values_of("sq0atp- tokens start with that prefix", "credential") == []


# -- a key or password assigned to a name that ends in a secret word, in every assignment form --------------

_KEY_NAMES = ("cloudant_pw", "clou_pw", "sl_key", "ibm-iam_key", "softlayer_key", "gradebook_sync_token")
_ASSIGNMENTS = ("{name}={value}", "{name} = '{value}'", '{name}: "{value}"', '"{name}" := "{value}"',
                '{name}:= "{value}"', '{{"{name}": "{value}"}}', "{name}= {value}")


@pytest.mark.parametrize("form", _ASSIGNMENTS)
@pytest.mark.parametrize("name", _KEY_NAMES)
def test_a_long_token_assigned_to_a_secret_suffixed_name_is_flagged(name, form, values_of):
    value = _mixed(32)
    assert values_of(form.format(name=name, value=value), "credential") == [value]


def test_a_long_run_of_letters_assigned_to_a_key_name_is_flagged(values_of):
    value = _pick(string.ascii_lowercase, 24)
    assert values_of(f'cloudant_key = "{value}"', "credential") == [value]


@pytest.mark.parametrize("text", [
    "answer_key = B",
    "answer_key: C for question 4",
    "sort_key: created_at_descending_order_by_grade",
    "primary_key = student_id",
    "the key: value pairs go in the settings sheet",
    "foreign_key = enrollments_section_teacher_id",
    "door_key = the brass one on the blue lanyard",
    "sl_key = AKIAEXAMPLEKEY1234567890EXAMPLE",
])
def test_a_short_or_word_shaped_value_after_a_key_name_is_not_a_credential(text, values_of):
    assert values_of(text, "credential") == []


# -- a secret compared with or constructed from a literal in pasted code ----------------------------------------

@pytest.mark.parametrize("form", [
    'if (secret == "{value}")',
    'if (db_pass != "{value}") {{ deny(); }}',
    "if api_token === '{value}':",
    'std::string secret("{value}");',
    'secrete.assign("{value}", 17);',
    'my_password_secure = "{value}";',
])
def test_a_secret_compared_or_constructed_in_code_is_flagged(form, values_of):
    # a value with braces and parentheses inside the quotes is still one literal
    value = "q{" + _mixed(10) + "}(" + _mixed(6) + ")$#"
    assert values_of(form.format(value=value), "credential") == [value]


@pytest.mark.parametrize("text", [
    'if (secret == null) return;',
    'get_password("user")',
    'std::string name("Zq9!mLx-44pr");',
    'if (password == "") { prompt(); }',
    'token = read_secret("gradebook")',
])
def test_code_that_only_names_a_secret_is_not_a_credential(text, values_of):
    assert values_of(text, "credential") == []


# -- JWTs: header and payload decode as base64url JSON; the signature may be missing ---------------------------

def _b64url(data: dict) -> str:
    import base64
    import json
    return base64.urlsafe_b64encode(json.dumps(data).encode()).decode().rstrip("=")


@pytest.mark.parametrize("header", [{"alg": "HS256", "typ": "JWT"}, {"alg": "none"}, {"typ": "JWT", "kid": _mixed(8)}])
@pytest.mark.parametrize("signature", ["." + _mixed(43), ".", ""])
def test_a_jwt_with_or_without_its_signature_is_flagged(header, signature, values_of):
    token = _b64url(header) + "." + _b64url({"sub": _mixed(10), "name": "sub teacher"}) + signature
    found = values_of(f"the session token was {token} when it failed", "credential")
    assert len(found) == 1 and found[0].rstrip(".") == token.rstrip(".")


def test_text_shaped_like_a_jwt_that_does_not_decode_is_not_a_credential(values_of):
    payload = _b64url({"sub": _mixed(10)})
    assert values_of("eyJhbXqGciOiJIUzXI1NiIsIn." + payload, "credential") == []  # header is not JSON
    assert values_of(_b64url({"alg": "HS256"})[:-1] + "." + payload, "credential") == []  # header cut short


def test_a_discord_token_whose_id_starts_with_another_letter_is_flagged(values_of):
    token = "A" + _mixed(25) + "." + _mixed(6) + "." + _mixed(38)
    assert values_of(f"bot token {token}", "credential") == [token]


def test_a_softlayer_api_url_gives_its_key(values_of):
    key = _pick(string.ascii_lowercase + string.digits, 64)
    assert values_of(f"endpoint https://api.softlayer.com/rest/v3.1/{key}/Account", "credential") == [key]


# -- codes said beside what they open, network/password pairs, a hint that spells the password ---------------------

@pytest.mark.parametrize("text,expected", [
    ("the code for the copier is 4821", "4821"),
    ("door 118 is 1357", "1357"),
    ("gate 3 is 7719, change it Friday", "7719"),
    ("alarm: 5521, disarm within 30 sec", "5521"),
    ("lockbox 4417 for the sub keys", "4417"),
    ("wifi: Lincoln-Staff / Tig3rs!2026", "Tig3rs!2026"),
    ("network: Lincoln-Staff / pw: Tig3rs!2026", "Tig3rs!2026"),
    ("SSID Lincoln-Staff key Tig3rs2026", "Tig3rs2026"),
    ("the pw is the mascot + 2026 so Tigers2026", "Tigers2026"),
    ("use 2846 for the lounge door", "2846"),
    ("door code is still 1357#", "1357#"),
    ("the combo is 12 34 56", "12 34 56"),
])
def test_codes_and_network_passwords_in_chat_forms_are_flagged(text, expected, assert_flagged):
    assert_flagged(text, "credential", expected)


@pytest.mark.parametrize("text", [
    "it's the mascot + 2026",
    "the wifi password is the mascot + the year",
    "passwords need a symbol, so Summer2024 is too weak",
    "door 118 is locked",
    "door 1357 is stuck",
    "gate 3 is closed",
    "room 204 is 1357 sq ft",
    "room 118 is 1330 on Tuesdays",
    "meeting in room 118 at 1357",
    "the alarm: 0645 tomorrow",
    "gate 3: 1530 pickup",
    "the gate is open 7:15-7:45, gate 3 is 1530 for pickup",
    "the ticket code is 4417 for the show",
    "the price is $4821",
    "copier: 2040 pages this month",
    "network: Lincoln-Staff, Lincoln-Guest",
    "SSID Lincoln-Guest is down again",
    "use 1530 for the door schedule",
    "the door is still 1357 sq ft",
    "the combo for the cage is on the whiteboard",
    "rooms 12 34 56 are closed for testing",
])
def test_numbers_beside_doors_and_network_names_that_are_no_code_are_not_flagged(text, values_of):
    assert values_of(text, "credential") == []


# -- a plain dictionary word stated as the password: the value is a word, the statement says it is the password --

PLAIN_WORD_PASSWORDS = [
    ("the chromebook cart password is lemonade", "lemonade"),
    ("Kahoot pw: walrus (lowercase)", "walrus"),
    ("password for the makerspace ipads is **glacier**", "glacier"),
    ("our team's shared passwd is 'thunder'", "thunder"),
    ("guest wifi pass is now otter for the open house", "otter"),
    ("Pass for the printer admin page -> cobblestone", "cobblestone"),
    ("the sub's Nearpod password is _maplewood_, pls don't share", "maplewood"),
]
PASSWORD_TALK_SENTENCES = [
    "the chromebook cart password is expired again",
    "Kahoot pw: pending, IT is on it",
    "password for the makerspace ipads is unchanged",
    "my password is guessable apparently",
    "the wifi password is different for each building",
    "their password is useless now",
    "the password is on the whiteboard",
    "password = lemonade",  # code: a lone word after "=" is a variable as often as a value
    "the key is patience with this group",
    "the bus pass is yellow this year",
    "the password is whatever you set in August",
    "password is required for the new portal",
]


@pytest.mark.parametrize("text,value", PLAIN_WORD_PASSWORDS)
def test_a_plain_word_stated_as_the_password_is_a_credential(text, value, assert_flagged):
    assert_flagged(text, "credential", value)


@pytest.mark.parametrize("text", PASSWORD_TALK_SENTENCES)
def test_a_word_that_describes_the_password_is_not_a_credential(text, values_of):
    assert values_of(text, "credential") == []


# -- the connectors and pairs people type around a password --------------------------------------------------------

@pytest.mark.parametrize("text,value", [
    ("user name t.okafor password clementine", "t.okafor password clementine"),  # the login pair, whole
    ("Google login for the sub: t.okafor@lhs.org, pw clementine", "t.okafor@lhs.org, pw clementine"),  # the user name makes it a pair
    ("Password \u2013 clementine", "clementine"),  # a dash as the connector
    ("the pw to the library kiosk is clementine", "clementine"),
    ("The guest wifi password this week is clementine", "clementine"),
    ("pw for the attendance tablets: 8642", "8642"),  # a password of digits
    ("keycode 9713 for the loading dock", "9713"),
    ("the code is 9713 for the back gate", "9713"),
    ("creds: kiosk7 / clementine", "kiosk7 / clementine"),  # a plain word after an issued account name
    ("Wi-Fi: EastCampus-Guest / clementine", "clementine"),
])
def test_a_password_after_any_connector_or_in_a_pair_is_a_credential(text, value, assert_flagged):
    assert_flagged(text, "credential", value)


@pytest.mark.parametrize("text", [
    "Please never post your password in this channel. If you did, change it now",  # "is" inside "this"
    "Password \u2013 see the sub binder",
    "sign in with Clever / Google, either works",
    "Wi-Fi network / internet is down on the 2nd floor",
    "login: username / password",  # a form's field names
    "password must be 8 characters",
    "the zip code is 60622 for the school",
])
def test_connectors_and_pairs_without_a_value_are_not_credentials(text, values_of):
    assert values_of(text, "credential") == []


# -- a plain word said as the password, and a password handed over for an account with no password word ------
PLAIN_AND_HANDED_OVER = [
    ("the lab password is marigold", "marigold"),
    ("guest wifi password: pinecone.", "pinecone"),
    ("password for the sub account was changed to: lighthouse, all lowercase", "lighthouse"),
    ("just use Otter#44 for the shared email", "Otter#44"),
    ("use Harvest2031 to log into the sub laptop", "Harvest2031"),
    ("Use Finch&22 to get into the shared Clever account", "Finch&22"),
    ("the code to the staff restroom is 8642", "8642"),
]
DESCRIBED_OR_PRODUCTS = [
    "my password is expired again",
    "the password is case sensitive btw",
    "the new password is on the whiteboard",
    "password is what? I forgot",
    "use Office365 for your email, not gmail",
    "use 2-factor for the district account",
]


@pytest.mark.parametrize("text,expected", PLAIN_AND_HANDED_OVER)
def test_a_plain_word_password_and_a_password_handed_over_for_an_account_are_flagged(text, expected, assert_flagged):
    assert_flagged(text, "credential", expected)


@pytest.mark.parametrize("text", DESCRIBED_OR_PRODUCTS)
def test_words_describing_a_password_and_product_names_are_not_credentials(text, values_of):
    assert values_of(text, "credential") == []


# -- every way of giving a value: combinations beside a lock, anaphora, wrapped lines, keying verbs ------------
GIVEN_IN_OTHER_FORMS = [
    # a lock's own word and a combination's dial numbers
    ("the chem storeroom lock is 09-31-17, put it back after", "09-31-17"),
    ("yearbook cage padlock: 22 - 05 - 38", "22 - 05 - 38"),
    ("locker 331 is 14-02-26", "14-02-26"),
    # "one" standing for the password or code spoken of before it
    ("the laminator pin got reset overnight. the new one is 40718", "40718"),
    ("library kiosk password expired; temp one: Quill&Ink62", "Quill&Ink62"),
    # a value wrapped one piece a line, or given on the next line after its connector
    ("the guest network password is\nCobalt\nFerris\n19\n(one word)", "Cobalt\nFerris\n19"),
    ("front office alarm code:\n8\n2\n0\n6", "8\n2\n0\n6"),
    ("copier password:\nStaple$Jam4", "Staple$Jam4"),
    # verbs of keying a value in, in their forms
    ("I entered Marble#Oak5 for the sub laptop and it worked", "Marble#Oak5"),
    ("typing in Plume*River8 on the shared gmail", "Plume*River8"),
    ("logged on to the attendance kiosk with Grove!Lamp73", "Grove!Lamp73"),
    # more things staff open with a code, and what a lock "takes"
    ("intercom code for the after-school door: 6619#", "6619#"),
    ("the keypad by the bus lane takes 3308", "3308"),
    ("time clock pin 7245", "7245"),
    # a network and its password with a verb between
    ("The wifi in the portable is Portable-3 / Cedar!Moth8", "Cedar!Moth8"),
    # a passphrase after a long qualifier
    ("the passphrase for the two testing carts parked in the media center is: amber canyon whistle tonight",
     "amber canyon whistle tonight"),
    # a token shown in part, and a login encoded to be decoded
    ("first part of the deploy token glpat-Xb7kQ2mZr9LwT4 rest coming", "glpat-Xb7kQ2mZr9LwT4"),
    # what a lock "goes", with commas between the dial numbers; a meeting code's digits under a bare label
    ("band closet lock goes 8, 29, 14 - spin right first", "8, 29, 14"),
    ("webex host pin\n5520\n93", "5520\n93"),
    # a value that is a secret by its shape alone, given to a network or an account with no password word
    ("guest hotspot is Marlin$Reef44", "Marlin$Reef44"),
    ("sending this over: Walnut&Pier7 for the library kiosk", "Walnut&Pier7"),
    ("Securly admin: lab-admin Quarry!Dust2", "Quarry!Dust2"),
    # codes named by what they do, and the mailbox and panel beside their code
    ("disarm code 3318", "3318"),
    ("my print code is 66071", "66071"),
    ("vm: 40572", "40572"),
    ("alarm panel on the annex wall: 7390", "7390"),
    ("disarmed it with 6021 this morning", "6021"),
    ("sso: rgomez4 / Thistle%9", "rgomez4 / Thistle%9"),
    # the password word spelled out letter by letter to slip past a scanner
    ("p-a-s-s-w-o-r-d for the lab: Walrus^Ice6", "Walrus^Ice6"),
    ("p.w. Kestrel*Moor1", "Kestrel*Moor1"),
    # a service named with a dash before its pair
    ("Seesaw \u2014 lab.cart4 / Pebble!Fox7", "Pebble!Fox7"),
    ("front desk login in b64: dXNlcjogZnJvbnRkZXNrMjsgcGFzczogSGVyb24hU2t5MzE=",
     "dXNlcjogZnJvbnRkZXNrMjsgcGFzczogSGVyb24hU2t5MzE="),
]
GIVEN_LOOK_ALIKES = [
    "the lock is 3-4-5 years old, we need new ones",
    "locker 1140 is empty now",
    "the new one is in the supply closet, grab it before first period",
    "password is the same as before, the new one is 2026 model laptop",  # no code spoken of
    "wifi password is\nposted on the board\nin the lounge",
    "the code is\nin\nthe\nbinder",
    "Change your password\nToday!",
    "the keypad takes 4 digits",
    "the lock takes 10, 20, 30 seconds to reset",
    "room pin\n2024\nbudget",
    "the wifi is down again in the east wing",
    "wifi: LHS-Guest",
    "FY2026 for the district portal",
    "Q3-2025 for the portal",
    "call security: 4410",
    "use $25 for the app store card",
    "the token prefix for GitHub classic tokens is ghp_ followed by 36 characters",
    "meeting notes encoded as bWVldGluZyBub3RlcyBmb3IgdGh1cnNkYXk= for the demo",  # decodes to no secret
    "the locker combo was reassigned to 7th grade",
    "locker 5-210 combo reassigned to Priya Nair (8th)",  # "to" after assigning names the holder
    "the dock code for the supplier portal is 3305 (it's our suite number, not a password)",
]


@pytest.mark.parametrize("text,expected", GIVEN_IN_OTHER_FORMS)
def test_a_secret_given_in_any_form_is_a_credential(text, expected, assert_flagged):
    assert_flagged(text, "credential", expected)


@pytest.mark.parametrize("text", GIVEN_LOOK_ALIKES)
def test_look_alikes_of_the_forms_of_giving_are_not_credentials(text, values_of):
    assert values_of(text, "credential") == []


def test_a_parents_free_mail_login_is_a_credential_and_a_personal_address(values_of):
    text = "the Osei family's Bloomz login: kwame.osei.fam@yahoo.com / Bloomz#2027"
    assert values_of(text, "credential") == ["Bloomz#2027"]
    assert values_of(text, "personal_email") == ["kwame.osei.fam@yahoo.com"]


@pytest.mark.parametrize("text,value", [
    ("the shared Padlet passphrase is copper heron waltzes 5 (with the spaces)", "copper heron waltzes 5"),
    ("Chromebook cart passphrase is amber violin orchard 28 (lowercase, keep the spaces)", "amber violin orchard 28"),
    ("Guest network passphrase: minty glacier lobster 3 (spaces between)", "minty glacier lobster 3"),
])
def test_a_passphrase_of_plain_words_before_an_aside_is_a_credential(text, value, assert_flagged):
    assert_flagged(text, "credential", value)


def test_a_passphrase_sentence_before_an_aside_is_no_credential(values_of):
    assert values_of("the passphrase is on the sticky note (back of the router)", "credential") == []


@pytest.mark.parametrize("text", [
    "In the wiki the example reads ghp_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA so swap in yours",
    "set SLACK_TOKEN to xoxp-insert-your-token-here before running the script",
    "the sample config has sk_live_000000000000000000000000 as the key",
])
def test_a_vendor_prefix_on_a_filler_or_placeholder_words_is_no_credential(text, values_of):
    assert values_of(text, "credential") == []


@pytest.mark.parametrize("body", [
    "D2FGI7HFzvCGiFqk6RK2zzB9GBcplnPz6bKv", "zzzzz9GBcplnPz6bKvD2FGI7HFzvCGiFqk6R", "aaaaaaD2FGI7HFzvCGiFqk6RK2zzB9GBcpln",
    "D2FGI7HFzvCGiFqk6RK2zzB9GBcplnP000000", "D2FGI7HFzvCGiFqk6RK2zzB9GBcplnPzzzzz", "",
])
def test_a_filler_run_is_found_as_a_comparison_of_every_neighbouring_pair_finds_it(body):
    """Six of one character in a row make a token body a filler; the run is looked for by XOR of the body's bytes
    with themselves one place on (ASCII) or pair by pair (other text). Both must answer as comparing each pair does,
    on these bodies, the same with a non-ASCII letter, and 20,000 random bodies of few letters."""
    from policy.detectors.credential_tokens import _five_equal_neighbours

    def pairwise(value: str) -> bool:
        return "11111" in "".join("1" if a == b else "0" for a, b in zip(value, value[1:], strict=False))

    rng = random.Random(11)
    values = [body, body + "\u00e9", "\u00e9" * 6 + body]
    values += ["".join(rng.choice("ab\u00e9") for _ in range(rng.randint(0, 30))) for _ in range(20000)]
    for value in values:
        assert _five_equal_neighbours(value) == pairwise(value), value


# -- secrets in command lines: every client's way of taking a password in a flag -----------------------------------

COMMAND_LINE_SECRETS = [
    ("curl -u svc_roster:Vq7!mTz2Lp https://sis.lhs.local/api/export", "Vq7!mTz2Lp"),
    ("curl --user 'svc_roster:Vq7!mTz2Lp' https://sis.lhs.local/api", "Vq7!mTz2Lp"),
    ("http -a svc_roster:Vq7!mTz2Lp GET https://sis.lhs.local/api", "Vq7!mTz2Lp"),
    ("mysql -h db01 -u gradebook -pHx4#rW9kq gradebook_prod", "Hx4#rW9kq"),
    ("mysqldump -uroot -pHx4#rW9kq sis > nightly.sql", "Hx4#rW9kq"),
    # a quoted value glued to the flag, and the clients whose flag takes the value glued or after a space
    ("mysql -u attendance -p'Qv7&mR2x' -h 10.20.0.4 sis", "Qv7&mR2x"),
    ("mongosh --host rpt02 -u svc_reports -pLp9Vk2Wm", "Lp9Vk2Wm"),
    ("redis-cli -h cache01 -aTz4Nq8Rk ping", "Tz4Nq8Rk"),
    ("ldapsearch -x -D cn=svc,dc=district -wMk3Jr7Pz -b dc=district", "Mk3Jr7Pz"),
    ("az login -u svc-backup@district.org -p Rq5Wn8Lk", "Rq5Wn8Lk"),
    ("sshpass -p 'Nq3$vLp8Zt' ssh admin@10.20.1.4", "Nq3$vLp8Zt"),
    ("docker login -u ci-bot -p Rb6^tK2wQm registry.lhs.local", "Rb6^tK2wQm"),
    ("redis-cli -h cache01 -a Zm8!pQ4xLc ping", "Zm8!pQ4xLc"),
    ("ldapsearch -x -D cn=svc,dc=lhs -w Jt5%nR7bWd -b dc=lhs uid=jdoe", "Jt5%nR7bWd"),
    ("sqlcmd -S sql02 -U sa -P Kw2&hM9tVs -Q \"select 1\"", "Kw2&hM9tVs"),
    ("smbclient //fs01/staff -U tech%Pd7*qX3mNr", "Pd7*qX3mNr"),
    ("net use S: \\\\fs01\\staff /user:LHS\\tech Lc4!wZ8rTy", "Lc4!wZ8rTy"),
    ("xfreerdp /v:10.20.3.9 /u:tech /p:Gs9@kV2nXq", "Gs9@kV2nXq"),
    ("echo Fy6#mB3qWz | sudo -S systemctl restart sis-sync", "Fy6#mB3qWz"),
    ("htpasswd -bc /etc/nginx/.htpasswd teacher Tu8$rN5vKp", "Tu8$rN5vKp"),
    ("openssl pkcs12 -in staff.p12 -passin pass:Wv3^cH7mLz", "Wv3^cH7mLz"),
    ("mount -t cifs //fs01/share /mnt/s -o username=tech,password=Qe5!dJ2xRb", "Qe5!dJ2xRb"),
    ("roster-sync --db-password Yh7%tG4wNc --dry-run", "Yh7%tG4wNc"),
    ("curl -H 'X-Api-Key: 4f9a2c7e1d8b3f6a0e5c9d2b' https://lms.lhs.local/v1", "4f9a2c7e1d8b3f6a0e5c9d2b"),
    ("$env:SIS_PASSWORD = 'Mk2&vR8pXs'", "Mk2&vR8pXs"),
    ("$pw = ConvertTo-SecureString 'Mk2&vR8pXs' -AsPlainText -Force", "Mk2&vR8pXs"),
    ("curl -H 'Authorization: Token 7d1f9b3e5a2c8f4d6b0e' https://lms.lhs.local/api", "7d1f9b3e5a2c8f4d6b0e"),
    ("Authorization: Basic dGVjaDpRdzMhcjg=", "dGVjaDpRdzMhcjg="),
]
COMMAND_LINE_PLACEHOLDERS = [
    "curl -u USERNAME:PASSWORD https://api.vendor.net/v2/export",
    "curl -u 'svc:<password>' https://sis.lhs.local/api",
    "mysql -u root -p gradebook",  # -p with a space prompts; the next word is the database
    "mysql -u root -p   (it asks for the password)",
    "sshpass -p $SSH_PASS ssh admin@host",
    "docker login -u ci-bot --password-stdin < token.txt",
    "run the sync with --token <your token>",
    "use --password to give it on the command line",
    "ssh -p 2222 admin@10.20.1.4",
    "sqlcmd -S sql02 -U sa -P %SQL_PASSWORD%",
    "Authorization: Token <your token here>",
    "the Authorization: token header goes on every request",
]


@pytest.mark.parametrize("text,expected", COMMAND_LINE_SECRETS)
def test_a_password_given_to_a_program_in_a_flag_is_a_credential(text, expected, assert_flagged):
    assert_flagged(text, "credential", expected)


@pytest.mark.parametrize("text", COMMAND_LINE_PLACEHOLDERS)
def test_a_command_with_a_placeholder_prompt_or_variable_is_no_credential(text, values_of):
    assert values_of(text, "credential") == []


# -- a shared account's pair after words about the account --------------------------------------------------------

ACCOUNT_PAIRS_AFTER_WORDS = [
    ("Epic shared librarian account - epic.lib2 \\ Story#Time41", "Story#Time41"),
    ("the IXL account everyone in 4th uses: ixl4th // Hop!Scotch27", "Hop!Scotch27"),
    ("Kahoot team account we share -> kahoot.gr3 | Blue!Jay2020", "Blue!Jay2020"),
    ("test acct for Tuesday's training is trainer07 / Mild#Pepper15", "Mild#Pepper15"),
    ("the science dept account anyone can borrow... sci.dept :: Lab$Coat38", "Lab$Coat38"),
]
ACCOUNT_WORDS_WITHOUT_A_PAIR = [
    "the accounts for the kids are first.last / their lunch number",
    "accounts payable: invoice 2231 / PO#44519",
    "account for the field trip: use the PTA card / not the office one",
]


@pytest.mark.parametrize("text,expected", ACCOUNT_PAIRS_AFTER_WORDS)
def test_a_shared_accounts_pair_after_words_about_it_is_a_credential(text, expected, assert_flagged):
    assert_flagged(text, "credential", expected)


@pytest.mark.parametrize("text", ACCOUNT_WORDS_WITHOUT_A_PAIR)
def test_account_words_before_a_recipe_or_a_reference_are_no_credential(text, values_of):
    assert values_of(text, "credential") == []


# -- a label and its value on separate lines ----------------------------------------------------------------------

LABEL_OVER_VALUE = [
    ("Sub laptop password:\n\nQuartz#Fern31", "Quartz#Fern31"),
    ("wifi\npassword\n\u2193\nHarbor-Lights-77", "Harbor-Lights-77"),
    ("PW\n\u2b07\ufe0f\nHarbor-Lights-77", "Harbor-Lights-77"),
    ("the password \U0001f447\nHarbor-Lights-77", "Harbor-Lights-77"),
    ("password below\nHarbor-Lights-77", "Harbor-Lights-77"),
    ("PASSWORD\n========\nHarbor-Lights-77", "Harbor-Lights-77"),
    ("Wifi password\nis\nHarbor-Lights-77", "Harbor-Lights-77"),
    ("Passcode for the iPad cart\n:\n7142", "7142"),
    ("New password\n\nHarbor-Lights-77", "Harbor-Lights-77"),
]
LABEL_OVER_OTHER_LINES = [
    "Password\n\u2193\nsee the sticky note on the monitor",
    "Sub laptop password:\n\n(ask Ms. Ortiz, she has it)",
    "Password\nReset required\nMarble",
    "Password for the sub laptop\nis on the sticky note",
    "Password\n2024",
    "config template:\nSIS_PASSWORD=<your password>\nAPI_TOKEN=${SIS_API_TOKEN}",
]


@pytest.mark.parametrize("text,expected", LABEL_OVER_VALUE)
def test_a_value_under_its_label_on_a_later_line_is_a_credential(text, expected, assert_flagged):
    assert_flagged(text, "credential", expected)


@pytest.mark.parametrize("text", LABEL_OVER_OTHER_LINES)
def test_a_label_over_prose_a_heading_list_or_code_is_no_credential(text, values_of):
    assert values_of(text, "credential") == []


# -- a password read out with the instructions for typing it ------------------------------------------------------

READ_OUT_PASSWORDS = [
    ("the library wifi password is maple eighty one with a capital M, no spaces", "maple eighty one"),
    ("pw for the cart is sunset nineteen ninety nine, all lowercase, dollar sign at the end",
     "sunset nineteen ninety nine"),
    ("the staff pw is otters twenty twenty five with a capital O and an exclamation point at the end",
     "otters twenty twenty five"),
    ("the passphrase is three blind mice with dashes between", "three blind mice"),
    ("password: blue heron, one word, capital B", "blue heron"),
    ("the tablet password is comet sixty-two, uppercase C", "comet sixty-two"),
]
PASSWORD_RULES_READ_OUT = [
    "the wifi password has a capital letter and an exclamation point at the end, check the sign",
    "the password is case sensitive, with a capital at the start",
    "reset your password: at least twelve characters, one capital, one number",
    "the password is all lowercase",
    "the password is your last name with a capital first letter",
    "the password is the same as before but with an exclamation point at the end",
]


@pytest.mark.parametrize("text,expected", READ_OUT_PASSWORDS)
def test_a_password_read_out_with_typing_instructions_is_a_credential(text, expected, assert_flagged):
    assert_flagged(text, "credential", expected)


@pytest.mark.parametrize("text", PASSWORD_RULES_READ_OUT)
def test_a_password_rule_with_typing_words_is_no_credential(text, values_of):
    assert values_of(text, "credential") == []


# -- credential words typed with look-alike characters; codes keyed digit by digit --------------------------------

LOOK_ALIKE_WORDS_AND_KEYED_CODES = [
    ("printer c0de is 4471", "4471"),
    ("new p4ssw0rd for the sub account: Cedar!Loop84", "Cedar!Loop84"),
    ("l0gin for the attendance kiosk: kiosk3 / Lantern^Bay5", "kiosk3 / Lantern^Bay5"),
    ("wifi pa$$ is Heron!Bay22", "Heron!Bay22"),
    ("pw: Pa$$w0rd", "Pa$$w0rd"),  # a look-alike word after a connector is the value, kept as typed
    ("copier c0de: 5O712", "5O712"),
    ("key box code is 4-8-2-6", "4-8-2-6"),
    ("copier code: 3.1.7.9", "3.1.7.9"),
    ("alarm code is 6 . 0 . 9 . 2", "6 . 0 . 9 . 2"),
    ("storage room alarm code is 3/1/7/9", "3/1/7/9"),
    ("code to the science lab is 7731", "7731"),
]
LOOK_ALIKE_WORDS_AND_OTHER_NUMBERS = [
    "c0de club meets thursday in room 118",
    "door code: 3/1/2024",
    "gate code is B100",
    "the password is 2024-25 school year stuff",
    "course code for the lab is CHEM-101",
    "the dress code for the office is business casual",
    "the alarm code is 4. Then go upstairs.",
]


@pytest.mark.parametrize("text,expected", LOOK_ALIKE_WORDS_AND_KEYED_CODES)
def test_look_alike_credential_words_and_keyed_codes_are_credentials(text, expected, assert_flagged):
    assert_flagged(text, "credential", expected)


@pytest.mark.parametrize("text", LOOK_ALIKE_WORDS_AND_OTHER_NUMBERS)
def test_look_alike_words_dates_rooms_and_course_codes_are_no_credential(text, values_of):
    assert values_of(text, "credential") == []


# Where no password word stands before the value: a login pair in a bullet or a table row, a client's password
# option on a command line, a passphrase holding small words, letters keyed one by one, what a safe opens with,
# a network named with an adverb of place
PAIRS_AND_COMMAND_LINES = [
    ("- the team's Padlet login is lhs.bio7 / Osmosis!42 for the lab reports", None),
    ("sub folder: my Schoology: kbarrett9 / Meadow#Lark31", "Meadow#Lark31"),
    ("| app | username | pw |\n| Clever | tnguyen2 | Harbor$Light8 |", "Harbor$Light8"),
    ("shared Canva (personal acct, sorry) — rms.art12 / Crayon&Box55", "Crayon&Box55"),
    ("pg_dump -h 10.4.0.9 -U attend --password=Qz7rT2vLp attendance > out.sql", "Qz7rT2vLp"),
    ("mysqldump -u report -pWq8Lm3Zt sis > nightly.sql", "Wq8Lm3Zt"),
    ("PGPASSWORD=Rv5Tk9Wm psql -h db -U grades", "Rv5Tk9Wm"),
    ("curl -u apiuser:Hn4Jx8Qe https://sis.local/api/roster", "Hn4Jx8Qe"),
    ("sshpass -p 'Lantern77x' ssh admin@10.2.3.4", "Lantern77x"),
    ("smbclient //files/share -U jdoe%Maple3Oak", "Maple3Oak"),
    ("bcp dbo.Roster out r.csv -S sisdb -U loader -P Kw3Rt8Zn -c", "Kw3Rt8Zn"),
    ("docker login -u deploy -p Hq6Vn2Tb registry.district.local", "Hq6Vn2Tb"),
    ("openssl rsa -in key.pem -passin pass:Birch4Lake", "Birch4Lake"),
    ("sqlplus gradesvc/Quartz7Moon@SISDB @export.sql", "Quartz7Moon"),
    ("$cred = ConvertTo-SecureString \"Fern$Hill42\" -AsPlainText -Force", "Fern$Hill42"),
    ("the passphrase for the cart laptops: seven blue owls sing at dawn", "seven blue owls sing at dawn"),
    ("hall printer pin is  4 8 2 7 1 9  (no spaces)", None),
    ("portal pw: r i v e r 7 7 , all lower", None),
    ("the safe in the main office opens with 17-33-08", "17-33-08"),
    ("cash box in the concession stand is 22-09-41", "22-09-41"),
    ("the wifi out there is Field-Guest / kickoff2026", "kickoff2026"),
]

PAIRS_AND_COMMAND_LINES_QUIET = [
    "Grade 10 / Room 214 / Period 3",
    "Q1 / Q2 comparison attached, 12% / 15%",
    "login format e.g. jdoe / Winter#2025, use your own",
    "| Room | Teacher | Period |\n| 214 | Ms. Ortiz | 3 |",
    "mysql -u report -p sis   <- it will prompt for the password",
    "psql --password=$DB_PASS -h db",
    "curl -u user:<password> https://sis.local/api",
    "sqlcmd -S sisdb -U loader -P $env:SQLPASS -i export.sql",
    "docker login -u deploy --password-stdin < token.txt",
    "the passphrase is on the sticky note in the office",
    "the passphrase changes at the start of every month",
    "pick a b c d e or f on the quiz",
    "the safe in the office is locked tonight",
    "is the room safe now? 12-14 kids",
]


@pytest.mark.parametrize("text,expected", PAIRS_AND_COMMAND_LINES)
def test_credentials_pasted_without_a_password_word_before_them_are_flagged(text, expected, assert_flagged):
    assert_flagged(text, "credential", expected)


@pytest.mark.parametrize("text", PAIRS_AND_COMMAND_LINES_QUIET)
def test_pairs_prompts_placeholders_and_talk_stay_quiet(text, values_of):
    assert values_of(text, "credential") == []


@pytest.mark.parametrize("prefix,body", [("AKIA", _pick(string.ascii_uppercase + string.digits, 16)),
                                         ("ghp_", _mixed(36)), ("glpat-", _mixed(20)), ("xoxb-", _mixed(40))])
def test_a_vendor_token_wrapped_over_lines_is_one_credential(prefix, body, values_of):
    token = prefix + body
    wrapped = "\n".join(token[i:i + 10] for i in range(0, len(token), 10))
    found = values_of(f"split it so nobody sees lol\n{wrapped}", "credential")
    assert found and "".join(found[0].split()) == token


def test_lines_of_plain_words_under_a_prefix_are_no_token(values_of):
    assert values_of("sk-ip\nthis\nline", "credential") == []


def test_a_slack_token_whose_numeric_ids_repeat_a_digit_is_still_a_token(values_of):
    token = "xoxp-" + "4" + "7" * 8 + "12-" + "9" * 7 + "3-" + str(_RNG.randint(10**12, 10**13 - 1)) + "-" + _pick(_HEX, 32)
    assert values_of(f"user token for the tests: {token}", "credential") == [token]


# A device's own account (admin, root, ubnt, pi, cisco ...) and a set password, in every way a label, a sticker or
# a setup note pairs them; the values are generated here
_DEVICE_SECRET = _mixed(10)
DEVICE_LOGINS = [
    f"NAS in the back closet: admin / {_DEVICE_SECRET}. Web UI at 10.4.0.9",
    f"camera recorder https://192.168.12.40 , root / {_DEVICE_SECRET}",
    f"sticker on the AP says ubnt/{_DEVICE_SECRET}",
    f"U: admin P: {_DEVICE_SECRET} (the front-office switch)",
    f"the lab pi - pi - {_DEVICE_SECRET}",
    f"ssh admin:{_DEVICE_SECRET}@10.2.2.1 for the controller",
    f"UPS card: user apc pw {_DEVICE_SECRET}",
    f"admin : {_DEVICE_SECRET}",
    f"creds (admin, {_DEVICE_SECRET})",
    f"administrator account - {_DEVICE_SECRET}",
    f"NVR login admin {_DEVICE_SECRET}",
]
DEVICE_LOOK_ALIKES = [
    "router default is admin / admin out of the box, IT changed it",
    "label says root / raspberry (the factory default)",
    "send it to admin / Grade10 team",
    "the admin - Mr. Jones",
    "root, sysadmin and operator accounts are all locked out",
    "sha256 of the installer: 3f5a9c0e1b2d4f6a8c0e1b2d4f6a8c0e1b2d4f6a8c0e1b2d4f6a8c0e1b2d4f6a",
    "Supervisor: J0hnson22 signed the form",
    "guest, Welcome22x, and the rest of the list",
    "send it to admin, Room214b",
]


@pytest.mark.parametrize("text", DEVICE_LOGINS)
def test_a_devices_own_account_and_its_set_password_is_a_credential(text, values_of):
    found = values_of(text, "credential")
    assert len(found) == 1 and found[0].endswith(_DEVICE_SECRET), found  # ("user apc pw X": the login statement's span)


@pytest.mark.parametrize("text", DEVICE_LOOK_ALIKES)
def test_a_factory_default_a_group_or_a_digest_beside_an_account_name_is_no_credential(text, values_of):
    assert values_of(text, "credential") == []


def _spaced(value: str) -> str:
    return " ".join(value)


_SPELLED = _pick(string.ascii_uppercase, 1) + _pick(string.ascii_lowercase, 5) + "_" + _pick(string.digits, 4)
SPELLED_OUT = [
    (f"wifi key (spaced so nobody greps it): {_spaced(_SPELLED)}", _SPELLED),
    (f"the guest passcode = {_spaced(_SPELLED + '!')} don't post it", _SPELLED + "!"),
    (f"pw={_spaced(_SPELLED)}", _SPELLED),
    (f"password: '{_spaced(_SPELLED)}'", _SPELLED),
]
SPELLED_LOOK_ALIKES = [
    "spell it for the kids: C O L L E G E is this week's word",
    "the answer is x = 4 y + 2",
    "our motto: W E  A R E  O N E",
    "grade it on the A B C D F scale",
]


@pytest.mark.parametrize("text,value", SPELLED_OUT)
def test_a_password_spelled_out_with_spaces_after_a_colon_or_equals_is_one_value(text, value, values_of):
    found = [v.replace(" ", "").strip("'") for v in values_of(text, "credential")]
    assert found == [value]


@pytest.mark.parametrize("text", SPELLED_LOOK_ALIKES)
def test_letters_spaced_out_in_a_lesson_or_a_formula_are_no_credential(text, values_of):
    assert values_of(text, "credential") == []


@pytest.mark.parametrize("text", [
    "questions about the new password policy go to its-help (at) cps (dot) edu",
    "password questions go to helpdesk@lhs.org, not me",
    "the password rules apply to staff@district.org accounts too",
    "route password reset requests to techteam@school.org",
])
def test_where_password_questions_are_sent_is_no_credential(text, values_of):
    assert values_of(text, "credential") == []


def test_a_slack_token_whose_ids_run_one_digit_is_still_a_token_but_a_zeroed_one_is_a_filler(values_of):
    token = f"xoxa-2-5{'1' * 8}-3{'1' * 10}-3{'1' * 12}-{_pick(_HEX, 18)}"
    assert values_of(f"app token {token}", "credential") == [token]
    assert values_of(f"xoxb-{'0' * 12}-{'0' * 12}-{_pick(_HEX, 12)}", "credential") == []


@pytest.mark.parametrize("text,expected", [
    ("shared library kiosk -> user: kiosk_lib2  pass: purple otter under the bridge", "purple otter under the bridge"),
    ("password: green lantern by the harbor", "green lantern by the harbor"),
    ("sub account pw = seven owls in a barn", "seven owls in a barn"),
])
def test_plain_words_assigned_to_a_password_label_by_a_mark_are_the_passphrase(text, expected, assert_flagged):
    assert_flagged(text, "credential", expected)


@pytest.mark.parametrize("text", [
    "password: same as the one for the copier",
    "password: district default for new hires",
    "password: ask Ms Lopez in the front office",
    "password: temporary one from the help desk",
    "password: on a sticky note under the keyboard",
    "the password is purple otter under the bridge of course",
])
def test_words_after_a_password_label_that_describe_it_are_no_passphrase(text, values_of):
    assert values_of(text, "credential") == []


@pytest.mark.parametrize("text", [
    "```\nDB_URL=mysql://USER:PASSWORD@HOST:3306/NAME\n```\nfill these in from the vault",
    "template: postgres://APPUSER:PASSWORD@db.internal:5432/gradebook",
])
def test_a_placeholder_password_in_a_links_user_part_is_not_read_as_a_statement_or_a_mailbox(text, types_in):
    assert not types_in(text) & {"credential", "personal_email"}


def test_a_real_password_in_a_link_or_its_query_is_still_flagged(values_of):
    assert values_of("postgres://report:Qv7!rT2x@db1.school.org:5432/x", "credential") == ["Qv7!rT2x"]
    assert values_of("https://orders.vendor.net/admin?user=desk&pass=Heron4417", "credential") != []


@pytest.mark.parametrize("text,expected", [
    ("contraseña del portal de padres: Rio2024!x", "Rio2024!x"),
    ("la contrasena para la computadora del salón: Sol-77verde", "Sol-77verde"),
    ("clave de la impresora del segundo piso: Tinta#4410", "Tinta#4410"),
])
def test_a_password_labelled_in_spanish_is_flagged(text, expected, assert_flagged):
    assert_flagged(text, "credential", expected)


@pytest.mark.parametrize("text", [
    "palabra clave: fotosintesis",
    "la palabra clave del tema es ecosistema",
    "clave del examen: B, C, A, D",
    "la clave de respuestas está en el escritorio",
])
def test_spanish_key_words_that_name_no_password_are_not_credentials(text, values_of):
    assert values_of(text, "credential") == []


# A quoted value right after a password label gives it with no connector; an aside in brackets may close the
# qualifier; a setting's CamelCase name, a PEM armour line and a question's "??" are no password
@pytest.mark.parametrize("text", [
    'Seesaw class login: user rm12class, passphrase "maple kites drift west"',
    'wifi key for the annex (the guest one): "blue heron quiet lake"',
    'the password "Lantern-Hill-58" works for both carts',
])
def test_a_quoted_value_right_after_a_label_or_after_a_bracketed_qualifier_is_a_credential(text, types_in):
    assert "credential" in types_in(text)


@pytest.mark.parametrize("text", [
    "GPO for staff laptops: MaximumPasswordAge=90, MinimumPasswordLength=14",
    "-----BEGIN PUBLIC KEY-----\nMIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAzq4lgOEePzNm0tRgeLezV6ffAt0gunVTLw\n-----END PUBLIC KEY-----",
    "the copier code changed again?? anyone know it",
    'what makes a good password "in your opinion" for 2nd graders?',
])
def test_settings_public_keys_and_questions_are_no_credential(text, values_of):
    assert values_of(text, "credential") == []


@pytest.mark.parametrize("text", [
    "the Seesaw demo account is demo_rm4 / Autumn#2026, please don't change it",
    "our shared Kahoot account is kahoot_gr7 / Panthers#12",
])
def test_a_capitalised_word_a_number_sign_and_a_year_is_a_password_in_a_pair(text, types_in):
    assert "credential" in types_in(text)


def test_an_abbreviation_a_number_sign_and_its_number_is_a_reference_in_a_pair(values_of):
    assert values_of("vendor account is acme_ops / PO#4471", "credential") == []


# A door or device word after a preposition is where a thing is, not what "is" gives the value of: "the serial on the
# alarm panel is ...", "the kid in room 9 is ..." give the head noun's number; a code word as the head ("the combo on
# the gym lock is ...") or the opener first ("keypad in the annex is ...") still gives its code
@pytest.mark.parametrize("text", [
    "the inventory sticker on the copier is 66104825, for the repair form",
    "the new girl in rm 204 is 66104808, can you add her to lunch?",
    "serial number? the label by the garage is 66104791",
])
def test_a_number_said_of_a_thing_beside_a_door_or_device_is_not_its_code(text, values_of):
    assert values_of(text, "credential") == []


@pytest.mark.parametrize("text,expected", [
    ("the combo on the gym padlock is 31-07-22", "31-07-22"),
    ("keypad in the annex is 6640", "6640"),
    ("code on the storage closet is 7193#", "7193#"),
])
def test_a_code_word_or_the_opener_heading_the_clause_still_gives_a_code(text, expected, assert_flagged):
    assert_flagged(text, "credential", expected)



# A replacement named by "one" after a code was spoken of, followed by what it is for ("New one is 40817 for the
# team") rather than only at the clause's end, and a keypad's "#" or "*" among its digits
@pytest.mark.parametrize("text,expected", [
    ("Laminator code for the workroom got reset Monday. New one is 58143 for all staff.", "58143"),
    ("Keypad on the boiler room door changed, new one is 4#8172", "4#8172"),
    ("the garage door pin expired; the new one is 6093 starting Monday", "6093"),
])
def test_a_new_code_named_by_one_is_flagged_before_a_phrase_or_with_keypad_keys(text, expected, assert_flagged):
    assert_flagged(text, "credential", expected)


@pytest.mark.parametrize("text", [
    "The lunch line code changed, the new one is 2026 model year",
    "the bus route changed, new one is 4417 for the AM run",
    "copier code changed, new one is 2291 pages long, the manual",
])
def test_a_number_named_by_one_that_is_no_code_is_not_flagged(text, values_of):
    assert values_of(text, "credential") == []


# A PEM block is a key only when it holds key material: a placeholder or a redaction between the armour lines, an
# empty block, or the BEGIN line named in a sentence shows the format, not a key
@pytest.mark.parametrize("text", [
    "Template for the badge printer config:\n-----BEGIN EC PRIVATE KEY-----\n(key goes here, ask Dana)\n"
    "-----END EC PRIVATE KEY-----",
    "-----BEGIN ENCRYPTED PRIVATE KEY-----\n*** scrubbed by the helpdesk bot ***\n-----END ENCRYPTED PRIVATE KEY-----",
    "-----BEGIN PRIVATE KEY-----\n-----END PRIVATE KEY-----\nthat empty shell is what the import wizard wants",
    "Training slide: a line like -----BEGIN RSA PRIVATE KEY----- means stop and call security before you scroll",
])
def test_a_private_key_block_without_key_material_is_not_a_credential(text, values_of):
    assert values_of(text, "credential") == []


def test_a_private_key_block_with_material_between_the_armour_lines_is_still_flagged(values_of):
    body = "MC4CAQAwBQYDK2VwBCIEIOq7vZP3nUuH1XkR9sYt2Lw0aFbJc5Gd8eQm4iNhTzAb"
    block = f"-----BEGIN PRIVATE KEY-----\n{body}\n-----END PRIVATE KEY-----"
    assert values_of(f"old kiosk key, please rotate:\n{block}", "credential") == [block]


# A value shown masked (a run of asterisks or bullets, as a dashboard or a person prints it) holds no secret; a
# password with a star or two in it is still one
@pytest.mark.parametrize("text", [
    "the portal shows my saved password as ********, can't read it back",
    "API secret in the vendor console: whsec_\u2022\u2022\u2022\u2022\u2022\u2022\u2022\u2022Q7",
    '`db_password = "P4ss****"` is how the audit export prints it',
])
def test_a_masked_value_is_not_a_credential(text, values_of):
    assert values_of(text, "credential") == []


def test_a_password_with_a_star_in_it_is_still_flagged(assert_flagged):
    assert_flagged("new pw for the cart: Gr*ve1Lark", "credential", "Gr*ve1Lark")


# The published half of a key pair, or a key's fingerprint, is shared on purpose and opens nothing; a private or an
# API key given after its label still is a secret
@pytest.mark.parametrize("text", [
    "Add my pub key to the lab server please: ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABgQC7mK2pLx9 dana@lab-laptop",
    "Host key fingerprint for the new SFTP box: SHA256:Zt4mQ8vL2xR7pN0wK3yB6cF9hJ1dS5gA",
    "the vendor's public key for verifying the webhook: MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAE4x7Lq",
])
def test_a_public_key_or_a_fingerprint_is_not_a_credential(text, values_of):
    assert values_of(text, "credential") == []


@pytest.mark.parametrize("text,expected", [
    ("the private key for the kiosk: Zt4mQ8vL2xR7pN0wK3yB", "Zt4mQ8vL2xR7pN0wK3yB"),
    ("api key for the bell-schedule app is Qm7Rx2Lp9Vw4Kt8N", "Qm7Rx2Lp9Vw4Kt8N"),
    ("Zoom host key for the board meeting: 604187", "604187"),
])
def test_a_private_or_api_key_after_its_label_is_still_flagged(text, expected, assert_flagged):
    assert_flagged(text, "credential", expected)


# A request's query string carries the secret itself when the parameter is named for one ("?api_key=", "&access_token=",
# "&client_secret="): the value, generated here, is the credential; a paging or a CSRF parameter, a placeholder of
# words, and a short value are not
def _generated_key(rng: random.Random, n: int = 32) -> str:
    return "".join(rng.choice(string.ascii_lowercase + string.digits) for _ in range(n - 2)) + "7q"


@pytest.mark.parametrize("param", ["api_key", "apikey", "access_token", "client_secret", "X-Api-Key", "token"])
def test_a_secret_named_query_parameter_in_a_request_is_a_credential(param, assert_flagged):
    key = _generated_key(random.Random(param))
    text = f"the roster sync keeps failing: GET https://sync.vendor-hub.example.net/v3/rosters?term=fall&{param}={key}"
    assert_flagged(text, "credential", key)
    assert scan(text) == scan(text, prefilter=False)


@pytest.mark.parametrize("text", [
    "next page: https://lms.vendor-hub.example.net/api/v1/courses?pageToken=ChAxNzM4OTk0ODIzNDU2Nzg5EgYI&per_page=50",
    "https://sso.vendor-hub.example.net/login?csrf_token=9f8e7d6c5b4a39281706f5e4d3c2b1a0&next=/home",
    "docs say: https://api.vendor-hub.example.net/v2/items?api_key=YOUR_API_KEY_GOES_HERE_1",
    "https://api.vendor-hub.example.net/v2/items?api_key=abc123&limit=5",
])
def test_a_paging_or_csrf_parameter_a_worded_placeholder_or_a_short_value_is_no_credential(text, values_of):
    assert values_of(text, "credential") == []


# -- the forms the elementary and office chat pastes: code lists, table columns, `_pw` names, keyed endings ------

def _code(rng: random.Random, n: int = 4) -> str:
    return "".join(rng.choice(string.digits[1:]) for _ in range(n))


# A heading that names codes in the plural ("copier codes", "locker combos", "PINs") over rows of a name and a code,
# or a colon and a list of them on its own line: every code in the list is one
@pytest.mark.parametrize("heading,layout", [
    ("Printer codes for the 4th grade team:", "rows"),
    ("Locker combos (boys' locker room)", "rows"),
    ("Reading-group PINs, keep on the clipboard:", "rows"),
    ("riso codes for next week:", "line"),
    ("Supply closet codes:", "line"),
    ("Supply closet codes, by wing:", "and"),
])
def test_a_list_of_codes_under_a_plural_heading_gives_every_code(heading, layout, values_of):
    rng = random.Random(heading)
    codes = [_code(rng, 5), _code(rng, 5), _code(rng, 5)]
    names = ["Okafor", "Lindqvist", "Mr. Baptiste"]
    if layout == "rows":
        text = heading + "\n" + "\n".join(f"{n}: {c}" if i % 2 else f"{n} {c}" for i, (n, c) in
                                          enumerate(zip(names, codes, strict=True))) + "\nthanks!"
    elif layout == "line":
        text = heading + " " + ", ".join(f"{n} {c}" for n, c in zip(names, codes, strict=True)) + " (ask me if yours fails)"
    else:
        text = f"{heading} {names[0]} {codes[0]}, {names[1]} {codes[1]}, and {names[2]} {codes[2]}"
    assert sorted(values_of(text, "credential")) == sorted(codes)


@pytest.mark.parametrize("text", [
    # a sentence that ends in a code's name is no heading; one row is a course, not a list
    "Printer codes get reset every June\nMath 6103\nScience 6104",
    "Locker combos:\nGrade 7 only",
    "copier codes are on the sheet in the workroom, ask Ms. Ferrante",
    # pins in lower case are a board's or a lane's
    "bowling pins for field day:\nGym 10\nField 20",
])
def test_a_code_heading_over_no_list_or_a_sentence_is_not_a_credential(text, values_of):
    assert values_of(text, "credential") == []


# A pasted table's password or PIN column (its header may carry a prefix, "temp_password", or sit under a caption
# with a comma that the table reader takes for the header): every cell that looks like one
def test_the_cells_under_a_password_column_are_credentials(values_of):
    rng = random.Random("columns")
    secrets = ["".join(rng.choice(string.ascii_letters) for _ in range(5)) + "-" + _code(rng, 2) + "!" for _ in range(3)]
    text = "Accounts for the new aides, from the sheet:\nlogin,initial_password\n" + "\n".join(
        f"aide{i}_k2,{s}" for i, s in enumerate(secrets))
    assert sorted(values_of(text, "credential")) == sorted(secrets)
    captioned = "Kiosk logins for the front office, CSV:\nuser,password\n" + "\n".join(
        f"kiosk{i},{s}" for i, s in enumerate(secrets))
    assert sorted(values_of(captioned, "credential")) == sorted(secrets)
    assert scan(captioned) == scan(captioned, prefilter=False)


@pytest.mark.parametrize("text", [
    "Password rules, summary:\nrule,password\nlength,14 characters\nrotation,90 days",
    "user,password\nmrivera,<set at first login>\ntchen,(expired)",
])
def test_a_password_column_of_rules_or_placeholders_is_not_a_credential(text, values_of):
    assert values_of(text, "credential") == []


# A name that ends in a password's abbreviation (`bind_pw`, `kiosk_pwd`, `adminpw`) names a password: a value shaped
# like one is enough, in config or in a link's query
@pytest.mark.parametrize("form", ["svc_bind_pw: {v}", "KIOSK_PWD = {v}", "`relay_pw := {v}`",
                                  "https://lab.vendor.example/reset?user=ab12&adminpw={v}&x=1"])
def test_a_value_assigned_to_a_pw_suffixed_name_is_a_credential(form, assert_flagged):
    rng = random.Random(form)
    value = "".join(rng.choice(string.ascii_letters) for _ in range(6)) + "#" + _code(rng, 3)
    assert_flagged(form.format(v=value), "credential", value)


@pytest.mark.parametrize("text", [
    "bind_pw: ${LDAP_BIND_PW}", "relay_pwd = <from the vault>", "pwd: /home/sub", "cmd_pw = 1234",
])
def test_a_pw_suffixed_name_given_a_reference_a_path_or_digits_is_not_a_credential(text, values_of):
    assert values_of(text, "credential") == []


# The key that ends a keyed code, spaced or after one more dash ("3-8-2-6 #", "3-8-2-6-*"), and a value given after a
# riddle or a joke about it ("... backwards, jk it's 8142", "... plus star - so 8142*")
@pytest.mark.parametrize("text,expected", [
    ("custodians: gym alarm disarm is 3-8-2-6-* then wait for the beep", "3-8-2-6-*"),
    ("the alarm code is 3-8-2-6 # and arm with STAY", "3-8-2-6 #"),
    ("new keypad code for the annex, new one is 9-1-4-4 then #", "9-1-4-4"),
    ("the door code is our room number twice... jk, it's 8142, don't share", "8142"),
    ("the lounge door code is the principal's birthday plus star \u2014 so 0731*. shh", "0731"),
    ("the storage cage pin is a pain, it's 5529", "5529"),
])
def test_a_code_with_its_ending_key_or_after_a_riddle_is_a_credential(text, expected, assert_flagged):
    assert_flagged(text, "credential", expected)


@pytest.mark.parametrize("text", [
    "the door code is on the board by the office, so 2026 staff can find it",
    "the alarm code is changing next week, so ask the office",
    "the pin is whatever you chose, it's 4 digits",
])
def test_a_riddle_without_a_value_or_a_count_after_it_is_not_a_credential(text, values_of):
    assert values_of(text, "credential") == []


@pytest.mark.parametrize("text,expected", [
    ("wifi for the portables\nSSID: Rm-Portable-3\nPSK: Lemon Drop 4417 (spaces and all)", "Lemon Drop 4417"),
    ("the password for the laminator tablet is literally: violet tractor moon soup (with spaces)",
     "violet tractor moon soup"),
    ("copier pw is the same as before plus the year \u2192 Ferrante#2026", "Ferrante#2026"),
    ("the cart pw is what we had last spring except with a % sign at the very end: 'Cart_Spr1ng_26%'",
     "Cart_Spr1ng_26%"),
])
def test_codes_and_passwords_in_the_forms_staff_type_are_credentials(text, expected, assert_flagged):
    assert_flagged(text, "credential", expected)


@pytest.mark.parametrize("text", [
    "the password is literally on the sticky note",
    "the password is the same as last year \u2192 ask me if you forgot",
])
def test_look_alikes_of_the_forms_staff_type_are_not_credentials(text, values_of):
    assert values_of(text, "credential") == []


# The next key of a pasted object is no description of a placeholder's value
@pytest.mark.parametrize("text", [
    '{"user": "roster-svc", "password": "<SET_ME>", "school_id": 730125}',
])
def test_the_next_key_of_a_pasted_object_after_a_placeholder_is_not_a_credential(text, values_of):
    assert values_of(text, "credential") == []


# "It" standing for the code or password just spoken of gives its value in the next clause: after the label's
# sentence ended ("... wants a release code first. It's 3816"), or after an old value denied ("isn't 2468 anymore,
# it's 71395"); a value that ends its sentence after "new one is" is read even when another sentence follows. A year
# after "it's", a count, or an "it's" with no code or password spoken of just before are not values.
@pytest.mark.parametrize("text,expected", [
    ("The laminator cabinet got a new keypad code over the weekend. It's 8362, keep it off the whiteboard", "8362"),
    ("staff lounge code isn't 2468 anymore, it's 71395", "71395"),
    ("Alarm code for the gym changed during winter break. New one is 50917#. Tell the evening coaches", "50917"),
])
def test_a_value_given_as_it_in_the_clause_after_the_code_is_a_credential(text, expected, values_of):
    # (the finding may carry the punctuation that ends the value's clause)
    assert [v for v in values_of(text, "credential") if v.rstrip(".,#") in (expected, expected + "#")], \
        values_of(text, "credential")


@pytest.mark.parametrize("text", [
    "The keypad code sheet is in the office binder. It's 2026 now so ask for the new one",
    "the alarm code is posted in the office and it is 6 digits long",
    "It's 4471 steps from the gym to the library, we counted",
    "the door code hasn't changed. It's the same as before, ask the office",
])
def test_it_without_a_code_just_spoken_of_or_a_year_is_no_credential(text, values_of):
    assert values_of(text, "credential") == []


# A user name, then "with" the value it is opened with: "log in as <user> with <value>", and "use/enter/type" a user
# name set off in quotes or backticks "with" a value; the value must look like a secret. A role or a method after
# "as"/"with" ("as a guest with your district email") and a tool used with an option are no login.
@pytest.mark.parametrize("text,expected", [
    ("For the document camera in 204, sign in as `avcart` with `Lens!2040`, it resets nightly", "`Lens!2040`,"),
    ("during the outage use 'svc-gradebook' with Qm7#rtP2wx then log off", "Qm7#rtP2wx"),
])
def test_a_user_name_then_the_value_it_is_opened_with_is_a_credential(text, expected, assert_flagged):
    assert_flagged(text, "credential", expected)


@pytest.mark.parametrize("text", [
    "log in as a guest with your district email and pick the 3rd grade room",
    "use `pytest` with `--maxfail=2` when the suite is slow",
    "sign in as admin with the reset link IT sent",
])
def test_a_role_a_method_or_a_tools_option_after_log_in_as_is_no_credential(text, values_of):
    assert values_of(text, "credential") == []


# -- forms new writers use (issue 11, item 4: cred21) -----------------------------------------------------------

def _b64(text: str) -> str:
    return base64.b64encode(text.encode()).decode()


def _b64url_json(obj: dict) -> str:
    return base64.urlsafe_b64encode(json.dumps(obj).encode()).decode().rstrip("=")


# A change said of an account's secret by a pronoun standing for it ("reset it to ...", "set mine to ..."): the value
# has a secret's shape and a sign-in or an account is spoken of around the change
@pytest.mark.parametrize("text,expected", [
    ("the sub couldn't sign in to the gradebook so I reset it to Lantern#4417 and told her to change it", "Lantern#4417"),
    ("Locked out of the library kiosk account again. Changed it to `Quill*Harbor26`, will fix Monday", "Quill*Harbor26"),
    ("the self-service page hung, so I just set mine to Maple2031!Rowe until IT calls back", "Maple2031!Rowe"),
])
def test_a_secret_set_by_a_pronoun_for_an_account_is_a_credential(text, expected, assert_flagged):
    assert_flagged(text, "credential", expected)


@pytest.mark.parametrize("text", [
    "the gym stream looked choppy so I set it to 1080p60 and it cleared up",
    "moved the staff meeting, changed it to Thursday2026 on the shared calendar",
    "the copier kept jamming, I reset it to factory settings",
    "after the account mix-up I reset it to Win11-2024 image and re-enrolled it",
    "can't log in to the portal, I set it to remember me but it still logs me out",
])
def test_a_setting_changed_by_a_pronoun_is_no_credential(text, values_of):
    assert values_of(text, "credential") == []


# A password encoded "so it's not in plain text": the message says it is encoded, and the text decodes to a secret
@pytest.mark.parametrize("form", [
    "not pasting it raw, here's the base64: {v} (pipe it to base64 -d), it's the kiosk admin",
    "encoded so the bot won't read it: {v}",
])
def test_a_password_encoded_in_base64_is_a_credential(form, values_of):
    value = _b64("Otter!Brook73")
    assert value in values_of(form.format(v=value), "credential")


@pytest.mark.parametrize("text", [
    f"the export column is {_b64('Otter!Brook73')} for every row, from the vendor",
    f"decode this for the puzzle: {_b64('the library opens at nine')}",
])
def test_base64_without_encoding_said_or_without_a_secret_inside_is_no_credential(text, values_of):
    assert values_of(text, "credential") == []


# Other marks and words that introduce a secret: a key or lock-and-key emoji, a single-quoted passphrase after "pw",
# the user named by what it is and the secret joined to it, a qualifier that names a model or a role mailbox, a
# one-time code that opens an account, a title's full stop inside the qualifier, "so:" after a recipe
@pytest.mark.parametrize("text,expected", [
    ("scorebook site \u2192 asst.coach  |  \U0001f511 Pitch#Corner48", "Pitch#Corner48"),
    ("\U0001f510 Velvet!Ridge09 for the band laptop", "Velvet!Ridge09"),
    ("break-glass tenant admin: bg-admin@cps.edu pw 'Copper Lantern Seven Moss', sealed envelope too", "Copper Lantern Seven Moss"),
    ("the officials' portal sign-on is my email plus Referee$2031 while I'm away", "Referee$2031"),
    ("BIOS supervisor password on the OptiPlex 7010 carts is Dll-7010-Bx!3, for imaging only", "Dll-7010-Bx!3"),
    ("Password for the frontdesk@ inbox is now `Kestrel-Bay-57` after the reset", "Kestrel-Bay-57"),
    ("The portal reset code for Mr. Oyelaran is 58 13 90, he's on the phone now", "58 13 90"),
    ("student account activation code KQ7-44M-ZP2 expires tonight", "KQ7-44M-ZP2"),
    ("verification code for the SIS came to my desk phone: 604127", "604127"),
    ("the lab password for the shared science cart account is the room + mascot + a hash, so: 118Ravens#",
     "118Ravens#"),
])
def test_a_secret_introduced_by_other_marks_and_words_is_a_credential(text, expected, assert_flagged):
    assert_flagged(text, "credential", expected)


@pytest.mark.parametrize("text", [
    "\U0001f511 Keys to the van are in the front office",
    "\U0001f511 Q3-2025 priorities for the grade team",
    "\U0001f511 Reminder: rubric scores due 11/04 for Unit-3B",
    "did you get the password 'reset link' mail or not",
    "the sign-on is your email plus the usual year",
    "enter the 6-digit verification code from the text message",
    "your reset code expires in 15 minutes, request another if it lapses",
    "the activation code for the projector license is in the box",
])
def test_the_same_marks_and_words_without_a_value_are_no_credential(text, values_of):
    assert values_of(text, "credential") == []


# Secrets by construction in the formats a help desk pastes: a stream's ingest link, the string behind a Wi-Fi QR
# code, a PostgreSQL password file's line, an OAuth token (dots and all) in a query string
@pytest.mark.parametrize("text,expected", [
    ("graduation stream: rtmp://a.rtmp.youtube.com/live2/k3q9-77ab-m2xd-p0we-4hzt", "k3q9-77ab-m2xd-p0we-4hzt"),
    ("rtmps://live-api-s.facebook.com:443/rtmp/FB-88120394-0-AbqLx92KdPe0", "FB-88120394-0-AbqLx92KdPe0"),
    ("```\nWIFI:T:WPA;S:Lab-Annex;P:qTrwUbnMxKeo;;\n```", "qTrwUbnMxKeo"),
    ("```\nattendance-db.cps.internal:5432:attend:att_reader:Rk29wLmQp0xTz\n```", "Rk29wLmQp0xTz"),
    ("proxy log: GET /api/v2/rosters?access_token=ya29.Qm81-xZ_k2Lp0wQe7Tn4Rb.Vy3u9 -> 401",
     "ya29.Qm81-xZ_k2Lp0wQe7Tn4Rb.Vy3u9"),
])
def test_a_secret_in_a_help_desk_format_is_a_credential(text, expected, assert_flagged):
    assert_flagged(text, "credential", expected)


@pytest.mark.parametrize("text", [
    "the ingest server is rtmp://a.rtmp.youtube.com/live2 and the key is in the studio binder",
    "WIFI:T:nopass;S:Library-Guest;;",
    "WIFI:T:WPA;S:Lab-Annex;P:<password>;;",
    "```\nlocalhost:5432:attend:att_reader:<PASSWORD>\n```",
    "docs: GET /api/v2/rosters?access_token=YOUR.ACCESS.TOKEN.HERE",
])
def test_the_same_formats_without_a_secret_are_no_credential(text, values_of):
    assert values_of(text, "credential") == []


# Code and documentation that only name a secret: a placeholder label and what follows it, a JWT's header before the
# parts a writer redacted; a script's variable assigned a literal still gives it, and a JWT wrapped over lines is one
@pytest.mark.parametrize("text", [
    "template: `Server=db01;Database=Grades;User ID=<user>;Password=<password>;TrustServerCertificate=True;`",
    "runbook: `curl -u $API_USER:$API_PASSWORD https://sis-sync.cps.internal/v2/ping`",
    f"header only, the rest redacted: `Authorization: Bearer {_b64url_json({'alg': 'RS256', 'typ': 'JWT'})}.<redacted>.<redacted>`",
])
def test_a_placeholder_or_a_redacted_token_is_no_credential(text, values_of):
    assert values_of(text, "credential") == []


def test_a_scripts_variable_assigned_a_literal_is_a_credential(values_of):
    assert values_of('$smtp_pass = "Gx7!qLm22w";', "credential") == ["Gx7!qLm22w"]


def test_a_jwt_wrapped_over_lines_is_one_credential(values_of):
    token = (_b64url_json({"alg": "HS256", "typ": "JWT"}) + "." + _b64url_json({"sub": "cart-7", "role": "kiosk"})
             + ".Wq8dL2mZp0Rx7vTn4Kb9Ys1Hc6Fg3Je5")
    text = "token the cart uses, broken up:\n" + "\n".join(token[i:i + 30] for i in range(0, len(token), 30))
    assert len(values_of(text, "credential")) == 1


# Look-alikes the help desk and the front office write: a log's next field after a name ending in "pass", a bank
# account's number and its kind, the address a recovery mail goes to, rooms' phone extensions, a phone number read
# out after PIN talk, a code an aside says is not real
@pytest.mark.parametrize("text", [
    "2026-01-12T09:14:02Z INFO hallpass: student=40917735 period=3 destination=nurse",
    "Payroll change: Gina Ruiz | Harbor Credit Union | Account: 88120443 | Checking",
    "For the password reset mails please use my other address: g.ruiz.home@outlook.com",
    "my room's extension is 3318, the counseling room is 3322, call either",
    "If the copier PIN fails, the help line is two one two, five five five, zero one four four. Don't post PINs here.",
    "Lock codes for the breakout game: 3-8-1-5 (the answer to the riddle on card 4, not a real lock)",
])
def test_a_help_desk_or_front_office_look_alike_is_no_credential(text, values_of):
    assert values_of(text, "credential") == []


# Connectors and layouts: an arrow after a qualifier, what the value "is supposed to be", a student's own sign-in
# code, recovery codes after a long clause, a value set off as an indented block after a blank line, plain words a
# line each with how to type them on the line after
@pytest.mark.parametrize("text,expected", [
    ("voicemail PIN for the attendance line -> 60418", "60418"),
    ("her Lexia login is her lunch number and the password is supposed to be tulip4471, it keeps failing", "tulip4471"),
    ("the kiosk password is meant to be Harbor!Gate6 but the sticker says otherwise", "Harbor!Gate6"),
    ("Reading app sign-in code for Mateo (works at home too): WQZT-5821", "WQZT-5821"),
    ("home learning code for Priya, her mom asked again: KMRT-GW44-9081-PLXD", "KMRT-GW44-9081-PLXD"),
    ("2FA backup codes for the treasurer's bank portal, he asked me to hold them till the audit is done: 7140 2288",
     "7140 2288"),
    ("the cart passphrase is:\n\n    copper kettle winter lane\n\n(four words, one space each)", "copper kettle winter lane"),
    ("pw for the music room laptops is\n\"heron\ncanyon\nplum\"\n(three words, no spaces, all lowercase)",
     "heron\ncanyon\nplum"),
])
def test_a_value_after_other_connectors_and_layouts_is_a_credential(text, expected, assert_flagged):
    assert_flagged(text, "credential", expected)


@pytest.mark.parametrize("text", [
    "the password is supposed to be changed every 90 days",
    "the login code never showed up on my phone, can someone resend it",
    "print the home learning codes before conferences",
    "the passphrase is:\n\nask me in person, not here",
    "the password for the new portal is\nannoying\nhonestly\n(all lowercase though)",
    "the password is\nin\nthe\nbinder\n(ask the office, all lowercase)",
])
def test_the_same_connectors_and_layouts_without_a_value_are_no_credential(text, values_of):
    assert values_of(text, "credential") == []


def test_a_determiner_is_no_user_name_of_a_pair(values_of):
    assert values_of("his username is his ID and the password is Kite7Ridge", "credential") == ["Kite7Ridge"]


# A device's account glued to a generated password (case changing inside the letters, a digit), and a quoted
# question that lost its question mark answered under the quoted lines
@pytest.mark.parametrize("text,expected", [
    ("the lobby signage players have a local admin: admin:TzqWmbKe7r. AV needs it for the firmware", "TzqWmbKe7r"),
    ("> what's the field cam password again\n> it logged me out\nwcsfield2031 (lowercase w)", "wcsfield2031"),
])
def test_a_generated_device_password_and_a_quoted_questions_answer_are_credentials(text, expected, assert_flagged):
    assert_flagged(text, "credential", expected)


@pytest.mark.parametrize("text", [
    "admin:Welcome1 is what the box ships with, change it on first login",
    "> what's the field cam password policy\n> it logged me out\nask the tech office",
])
def test_a_shipped_default_and_a_quoted_question_without_an_answer_are_no_credential(text, values_of):
    assert values_of(text, "credential") == []


# A number as a pair's user name when the message makes IDs the user names: the secret after it is a login's, a
# birthday's digits included; without that convention a number and a slash are a roster's or a room's
@pytest.mark.parametrize("text,expected", [
    ("iPad sign-ins for the 9:15 group (IDs are usernames):\n51093386 / Red-Kite-27\n51093412 / Blue-Owl-83",
     ["Red-Kite-27", "Blue-Owl-83"]),
    ("the username is the student ID and the password is the birthday, so for Dev it is 51093386 / 06112018",
     "06112018"),
])
def test_a_secret_after_an_id_made_the_user_name_is_a_credential(text, expected, assert_flagged):
    assert_flagged(text, "credential", expected)


@pytest.mark.parametrize("text", [
    "bus roster 51093386 / 2 stops, 51093412 / 4 stops",
    "locker list (IDs are usernames on the portal): 51093386 / B-114",
    "51093386 / Red-Kite-27 are the two codes from the printout",
])
def test_a_number_and_a_slash_without_ids_made_user_names_are_no_credential(text, values_of):
    assert values_of(text, "credential") == []


# Configuration a help desk pastes as XML (.NET appSettings, an element named for the secret), and a token named in
# prose with a generated value; a placeholder, a setting's number, a UUID and a classroom's tokens are none
@pytest.mark.parametrize("text,expected", [
    ('<add key="MailRelayPassword" value="Sx4!vNq82p"/>', "Sx4!vNq82p"),
    ("<server><id>repo</id><username>ci</username><password>Hw7#pLz3Qe</password></server>", "Hw7#pLz3Qe"),
    ("the roster vendor's district token is 8e1f0c3b7a92d45e6f18c0b3a7d9e2f41c5b6a80", "8e1f0c3b7a92d45e6f18c0b3a7d9e2f41c5b6a80"),
])
def test_a_secret_in_xml_config_or_a_token_named_in_prose_is_a_credential(text, expected, assert_flagged):
    assert_flagged(text, "credential", expected)


@pytest.mark.parametrize("text", [
    '<add key="MailRelayPassword" value="{MAIL_RELAY_PASSWORD}"/>',
    '<add key="PasswordMinLength" value="12"/>',
    "<password>${env.REPO_PW}</password>",
    "the tablet's enrollment token is 7c9e6679-7425-40de-944b-e07fc1f90ae7",
    "token economy reminder: each student can earn 20 tokens is the rule this week",
    "the token is expired, generate a new one from the admin page",
])
def test_xml_placeholders_settings_uuids_and_classroom_tokens_are_no_credential(text, values_of):
    assert values_of(text, "credential") == []


# Forms new writers use (issue 11 item 4, scanrec22): a pair whose secret ends in "!" ("Summer2024!" keeps its mark);
# both halves set off in backticks or quotes, joined by a slash, a pipe or a colon; an account's pair given by "is";
# a keypad code between its own keys ("#4418*"); "user / secret" lines listed under a header that names them logins,
# whatever the secret's shape (young children's passwords are plain short words)
@pytest.mark.parametrize("text,expected", [
    ("the laminator service (in the binder, page 3): lam.tech / 7rQ9vB2k!", "7rQ9vB2k!"),
    ("> which one for the science kiosk?\n`kiosk_sci2` / `Lab!rat2031`", "Lab!rat2031"),
    ('set these in the sync tool: "svc-gradesync" : "Wp8!zKe3#Qn"', "Wp8!zKe3#Qn"),
    ("the PE department account is pe.dept4 / jumprope77, keep it off the board", "jumprope77"),
    ("storage cage code, from the old binder: #4418*", "#4418"),
    ("Reading app logins for the K room (they forget every Monday):\nAva T - avat31 / moon\nLeo B - leob09 / kite",
     ["moon", "kite"]),
])
def test_credentials_in_the_forms_new_writers_paste_are_flagged(text, expected, assert_flagged):
    assert_flagged(text, "credential", expected)


@pytest.mark.parametrize("text", [
    "set `TZ` : `America/Chicago` in the config",
    "Period 4 / Section 12B! done for the day",
    "the office account is acme_ops / PO#4471",
    "supply room code list for room #204 is in the binder",
    "Reading app logins for the K room:\nava31 / TBD\nleo09 / pending",
    "Reading groups for the K room:\nava31 / moon\nleo09 / kite",
    "Logins:\nRoom12 / Gym3",
])
def test_look_alikes_of_those_forms_are_no_credential(text, values_of):
    assert values_of(text, "credential") == []


# Forms of the front office and the help desk (issue 11 item 4, scanrec23): rows of "user - secret" under a header
# that names passwords or logins (a dash joins a row to its status as often, so the secret must then hold a digit or
# a symbol; a colon is a configuration's key); a list of codes under a plural code label that carries its qualifier ("codes
# for the annex:"), its rows set in backticks or bullets, or each a long code alone (an account's backup codes, the
# first one on the line under the colon); a change said by a pronoun where the system "won't let her in"; an aside in
# brackets between a lock and "is"; a relative clause of receiving between the label and its value
@pytest.mark.parametrize("text,expected", [
    ("onboarding passwords for the two new paras (force change at first sign-in):\nd.okafor — Lantern#5521\n"
     "p.silva — Lantern#7740", ["Lantern#5521", "Lantern#7740"]),
    ("sub logins this week:\nsub.rm14 - Otter!2219\nsub.rm15 - Heron!6604", ["Otter!2219", "Heron!6604"]),
    ("keypad codes for the annex (custodians only):\n`North: 4417#`\n`Boiler room: 9023#`", ["4417#", "9023#"]),
    ("recovery codes for the payroll admin login, print and lock away:\n- 3308 1942\n- 5561 0387\n- 2274 9016",
     ["3308 1942", "5561 0387", "2274 9016"]),
    ("the attendance kiosk wouldn't let him in so I reset it to Badger#3391, he's back on", "Badger#3391"),
    ("the key cabinet (the grey one behind the mailboxes) is 6042 now", "6042"),
    ("the pw he was sent by HR was Copperfield2291 and it bounces", "Copperfield2291"),
    ("the class tablet by the sink is locked with 5820, tell the sub", "5820"),
    ("U: lib.aide2  P: Quill#7731 (reset Friday)", "Quill#7731"),
    ("Resolved: walk-in freezer keypad locked up, override code 66120 given over the phone", "66120"),
    # dictated piece by piece: words to type, digits and instructions joined by commas, "then", "and"
    ("guest network password is the word 'lantern' then 318 then a question mark",
     "the word 'lantern' then 318 then a question mark"),
    ("new pw for the kiosk: capital M, lowercase 'aple', then 77 and an asterisk",
     "capital M, lowercase 'aple', then 77 and an asterisk"),
])
def test_front_office_and_help_desk_forms_are_flagged(text, expected, assert_flagged):
    assert_flagged(text, "credential", expected)


@pytest.mark.parametrize("text", [
    "Logins still failing after the update:\nkiosk3 - yes\nlab2 - fixed",
    "SSO login config for the new vendor:\nclient_id: 55120-lhs-arts.apps.googleusercontent.com\nscope: openid",
    "Password resets done today:\nm.okafor - done\nj.lee - waiting",
    "codes for the year:\n2024\n2025",
    "course codes for the fall:\n110233\n220344",
    "backup codes example from the vendor's guide:\n33081942\n55610387",
    "let them in the gym at 7, I set it to 68F for the assembly",
    "the alarm (ask Dana) is at 9pm",
    "the password was given to the sub yesterday, she knows it",
    "the password is case sensitive, then it asks for a capital letter",
    "password rules: a capital, a number and a dollar sign",
    "the password is 12 characters, a capital and a dollar sign",
    "the storage shed is locked with 2024 padlocks from the hardware order",
    "ID: 4471 P: parent called back about the bus",
    "U: lib.aide2 P: TBD",
    "the new course code 66120 given to the counselors is for Algebra II",
])
def test_look_alikes_of_front_office_forms_are_no_credential(text, values_of):
    assert values_of(text, "credential") == []


# Settings pages and password notes in the forms new writers paste (issue 11, scanrec24): an Azure app's client
# secret and an Okta token by their vendors' shapes, a password word over a "user / secret" pair, a same-line list
# of people's codes that a new sentence follows, and "the password" as a sentence's subject with its own verb
@pytest.mark.parametrize("text,expected", [
    ("Entra app for the library SSO: client secret Value is Ab94Q~Zr0tKqW3mLpX9vY_Tn2eHs7DfGcJ8uBw.R (rotate in May)",
     "Ab94Q~Zr0tKqW3mLpX9vY_Tn2eHs7DfGcJ8uBw.R"),
    ("for the roster sync the header is SSWS 00Tq7LmZx3Rv9KpN2bWc8YhJ4dFs6GaE1uXo5iQw0e, owner is svc-sync",
     "00Tq7LmZx3Rv9KpN2bWc8YhJ4dFs6GaE1uXo5iQw0e"),
    ("gym scoreboard controller password (the one in the booth): operator / Board7719", "Board7719"),
    ("laminator passcodes for the new aides: Moreno 40817, Blake 40818, Quist 40819. the old ones stop Friday",
     ["40817", "40818", "40819"]),
])
def test_settings_pages_and_password_notes_give_their_secret(text, expected, assert_flagged):
    assert_flagged(text, "credential", expected)


@pytest.mark.parametrize("text", [
    "SIS mirror: host 10.8.1.4, user readonly - the password lives in the vault, ask Priya",
    "the Okta docs say to send SSWS followed by your token in the Authorization header",
    "client secret value rotates every 180 days, the portal emails a reminder",
    "password rules: upper / lowercase mix, 14 characters",
])
def test_talk_about_secrets_and_their_rules_gives_none(text, values_of):
    assert values_of(text, "credential") == []


# A testing centre's code is the centre's number, and a trip's or a family's pass is a ticket, not a password
# (issue 11, scanrec24)
@pytest.mark.parametrize("text", [
    "SAT test center code for our campus is 140982, it goes on every registration",
    "Field trip roster for the zoo's group pass:\n57120934 Noor Haddad\n57120941 Levi Stroud",
])
def test_a_centres_code_and_a_group_pass_give_no_credential(text, values_of):
    assert values_of(text, "credential") == []

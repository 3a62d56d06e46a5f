"""Report intake: validation, tickets, one-transaction commit, masking, markup, confidentiality, status."""
from __future__ import annotations

import re
from datetime import UTC

import pytest

from bot.store import audit
from bot.store import outbox as outbox_store
from bot.store import reports as report_store
from handlers import report
from handlers.types import Person

ALICE = Person("slack:UALICE", name="Alice Teacher", email="alice@cps.edu")
BOB = Person("slack:UBOB", name="Bob Teacher")
REVIEWER = Person("slack:UIT", name="Ivy IT", roles=frozenset({"reviewer"}))

GOOD = {"category": "security_breach", "description": "A laptop cart was left unlocked overnight in room 204.",
        "location": "lincoln-park-hs", "urgency": "normal"}


@pytest.fixture
def routed_settings(settings):
    """Every route configured (nothing is sent in these tests; the outbox rows are inspected)."""
    return settings.with_(smtp_url="smtp://127.0.0.1:9", servicedesk_email="servicedesk@cps.edu",
                          servicedesk_url="http://127.0.0.1:9/api/now/table/incident",
                          webhook_url="http://127.0.0.1:9/hook", slack_it_channel="CITALERTS")


def test_a_valid_report_gets_a_ticket_numbered_by_year_and_sequence(db, settings):
    first = report.submit(db, settings, ALICE, GOOD, source="cli")
    second = report.submit(db, settings, BOB, GOOD, source="slack")
    assert first.ok and second.ok
    assert re.fullmatch(r"AUP-\d{4}-\d{6}", first.ticket)
    year, number = first.ticket.split("-")[1:]
    assert second.ticket == f"AUP-{year}-{int(number) + 1:06d}"
    assert first.ticket in first.text and "773-553-3925" in first.text


def test_reply_says_what_happens_next(db, routed_settings):
    reply = report.submit(db, routed_settings, ALICE, GOOD, source="cli")
    assert "What happens next" in reply.text and reply.errors == {}


def test_with_no_desk_route_the_reply_says_stored_not_sent_instead_of_claiming_the_desk_heard(db, settings):
    reply = report.submit(db, settings, ALICE, GOOD, source="cli")
    assert reply.ok and "not been sent" in reply.text and "notified" not in reply.text
    assert reply.ticket in reply.text and "773-553-3925" in reply.text


@pytest.mark.parametrize("said, expected", [
    ("yesterday 3pm", "2026-12-03T15:00+00:00"),
    ("Yesterday at 3:15 p.m.", "2026-12-03T15:15+00:00"),
    ("today 9:05", "2026-12-04T09:05+00:00"),
    ("2 days ago", "2026-12-02T00:00+00:00"),
    ("this morning", "2026-12-04T09:00+00:00"),
    ("last night", "2026-12-03T21:00+00:00"),
    ("11am", "2026-12-04T11:00+00:00"),
    ("2026-11-28 14:30", "2026-11-28T14:30+00:00"),
])
def test_when_it_happened_may_be_said_the_way_people_say_it(said, expected):
    from datetime import datetime

    now = datetime(2026, 12, 4, 20, 0, tzinfo=UTC).timestamp()
    assert report.parse_when(said, now) == expected


@pytest.mark.parametrize("said", ["yesterday 25pm", "13pm", "tomorrowish", "today at noonish", "0am"])
def test_a_time_that_is_no_time_is_refused_not_guessed(said):
    assert report.parse_when(said, 1_780_000_000.0) is None


def test_category_labels_are_shortened_at_a_word_not_mid_word():
    short = report.shorten("Unauthorized access to another user's files, mail and records", 30)
    assert short.endswith("…") and len(short) <= 30
    assert short[:-1] == "Unauthorized access to"
    assert report.shorten("fits", 30) == "fits"


@pytest.mark.parametrize("fields, field, words", [
    ({**GOOD, "category": ""}, "category", "required"),
    ({**GOOD, "description": ""}, "description", "required"),
    ({**GOOD, "location": ""}, "location", "required"),
    ({**GOOD, "description": "x" * 4001}, "description", "too long"),
    ({**GOOD, "people_involved": "y" * 501}, "people_involved", "too long"),
    ({**GOOD, "category": "42"}, "category", "Unknown category"),
    ({**GOOD, "category": "cyberbullying"}, "category", "Unknown category"),
    ({**GOOD, "location": "Hogwarts"}, "location", "Unknown school or department"),
    ({**GOOD, "urgency": "extreme"}, "urgency", "Urgency must be one of"),
    ({**GOOD, "when": "last tuesday-ish"}, "when", "not a date"),
    ({**GOOD, "when": "2999-01-01"}, "when", "in the future"),
    ({**GOOD, "evidence": "javascript:alert(1)"}, "evidence", "not a link"),
    ({**GOOD, "description": "short"}, "description", "too short"),
])
def test_bad_input_is_refused_with_a_message_naming_the_field(db, settings, fields, field, words):
    reply = report.submit(db, settings, ALICE, fields, source="cli")
    assert not reply.ok and reply.ticket is None
    assert words in reply.errors[field]
    assert words in reply.text
    assert report_store.count(db) == 0


def test_category_accepts_an_item_number_or_a_name(db, settings):
    for value in ("7", "item 7", "#7", "theft_or_loss", "Theft or loss", "misuse", "other"):
        assert report.resolve_category(value, settings.policy_path) is not None, value
    assert report.resolve_category("38", settings.policy_path) is None
    reply = report.submit(db, settings, ALICE, {**GOOD, "category": "7"}, source="cli")
    stored = report_store.get(db, reply.ticket)
    assert stored["category"] == "7" and stored["category_label"].startswith("Unacceptable use 7")


def test_categories_are_the_policy_items_plus_the_named_kinds(settings):
    values = [c.value for c in report.categories_for(settings.policy_path)]
    assert values[:4] == ["security_breach", "theft_or_loss", "misuse", "other"]
    assert values[4:] == [str(n) for n in range(1, 38)]


def test_form_fields_describe_the_form_for_the_chat_adapters(settings):
    fields = {f.name: f for f in report.form_fields(settings)}
    assert list(fields) == ["category", "description", "when", "location", "people_involved", "urgency"]
    assert fields["category"].kind == "select" and fields["category"].required
    assert ("lincoln-park-hs", "Lincoln Park High School") in fields["location"].options
    assert fields["description"].max_length == 4000
    assert {f.kind for f in fields.values()} <= {"select", "text", "multiline", "datetime"}


def test_when_accepts_dates_and_times(db, settings):
    # a picker's value arrives as ISO 8601: each adapter converts its own (bot.slack.blocks.view_values)
    for value, expected in (("2026-11-02 14:30", "2026-11-02T14:30+00:00"), ("2026-11-02", "2026-11-02T00:00+00:00"),
                            ("2026-10-26T07:33:20+00:00", "2026-10-26T07:33+00:00")):
        reply = report.submit(db, settings, ALICE, {**GOOD, "when": value}, source="slack")
        assert reply.ok, reply.text
        assert report_store.get(db, reply.ticket)["occurred_at"] == expected


def test_the_report_and_all_its_deliveries_are_committed_before_the_reply(db, routed_settings):
    reply = report.submit(db, routed_settings, ALICE, GOOD, source="slack")
    rows = outbox_store.for_ticket(db, reply.ticket)
    # service desk mail, REST incident, webhook, two Lincoln Park managers, the IT Slack channel
    assert sorted((r["kind"], r["transport"]) for r in rows) == sorted([
        ("report", "smtp"), ("report", "servicenow"), ("report", "webhook"), ("management", "smtp"),
        ("management", "smtp"), ("report", "chat")])
    assert all(r["status"] == "pending" for r in rows)
    assert len({r["idempotency_key"] for r in rows}) == len(rows)
    assert [e["action"] for e in audit.entries(db, reply.ticket)] == ["report.submitted"]


def test_a_failure_inside_the_transaction_keeps_neither_report_nor_deliveries(db, routed_settings):
    db.conn.execute("CREATE TRIGGER outbox_breaks BEFORE INSERT ON outbox BEGIN "
                    "SELECT RAISE(ABORT, 'disk trouble'); END")
    reply = report.submit(db, routed_settings, ALICE, GOOD, source="slack")
    assert not reply.ok and reply.ticket is None and "NOT received" in reply.text
    assert report_store.count(db) == 0
    assert db.query("SELECT count(*) AS n FROM report_sequences")[0]["n"] == 0


def test_detected_values_are_masked_before_storage_and_delivery(db, routed_settings):
    raw_ssn = "536-22-8471"
    fields = {**GOOD, "description": f"Ms. K posted student Jordan's SSN {raw_ssn} in the staff channel.",
              "people_involved": "Ms. K, phone 312-555-0199"}
    reply = report.submit(db, routed_settings, ALICE, fields, source="slack")
    assert reply.ok
    stored = report_store.get(db, reply.ticket)
    assert raw_ssn not in stored["description"] and stored["finding_types"]
    assert "312-555-0199" not in stored["people_involved"]
    for row in outbox_store.for_ticket(db, reply.ticket):
        assert raw_ssn not in str(row["payload"])
    db.close()
    assert raw_ssn.encode() not in routed_settings.db_path.read_bytes()


def test_html_and_slack_markup_in_a_description_is_neutralised_in_what_is_sent(db, routed_settings):
    fields = {**GOOD, "description": "Look <script>alert(1)</script> <!channel> <@U999> @here "
                                     "<https://evil.example|click me> please"}
    reply = report.submit(db, routed_settings, ALICE, fields, source="slack")
    for row in outbox_store.for_ticket(db, reply.ticket):
        sent = str(row["payload"])
        for raw in ("<script>", "<!channel>", "<@U999>", "<https://evil.example|", "@here"):
            assert raw not in sent, (row["transport"], raw)
        assert "&lt;script&gt;" in sent


def test_the_reporters_identity_is_not_in_what_is_sent(db, routed_settings):
    reply = report.submit(db, routed_settings, ALICE, GOOD, source="slack")
    for row in outbox_store.for_ticket(db, reply.ticket):
        sent = str(row["payload"])
        assert "UALICE" not in sent and "Alice" not in sent and "alice@cps.edu" not in sent
        assert reply.ticket in sent


def test_a_non_reviewer_cannot_read_another_persons_report(db, settings):
    ticket = report.submit(db, settings, ALICE, GOOD, source="slack").ticket
    assert report.show(db, BOB, ticket) is None
    assert report.show(db, BOB, "AUP-2026-999999") is None   # same answer: existence does not leak
    assert [s.ticket for s in report.my_reports(db, BOB)] == []


def test_a_reporter_sees_their_own_report_without_reviewer_details(db, settings):
    ticket = report.submit(db, settings, ALICE, GOOD, source="slack").ticket
    own = report.show(db, ALICE, ticket)
    assert own["ticket"] == ticket and "reporter" not in own and "deliveries" not in own
    assert all("actor" not in h for h in own["history"])
    assert [(s.ticket, s.status) for s in report.my_reports(db, ALICE)] == [(ticket, "received")]


def test_a_reviewer_sees_any_report_with_the_reporters_identity(db, settings):
    ticket = report.submit(db, settings, ALICE, GOOD, source="slack").ticket
    full = report.show(db, REVIEWER, ticket.lower())
    assert full["reporter"] == {"id": "slack:UALICE", "name": "Alice Teacher", "email": "alice@cps.edu"}
    assert full["history"][0]["actor"] == "slack:UALICE"


def test_only_reviewers_change_status(db, settings):
    ticket = report.submit(db, settings, ALICE, GOOD, source="slack").ticket
    assert "Only IT reviewers" in report.change_status(db, settings, ALICE, ticket, "closed")
    assert report_store.get(db, ticket)["status"] == "received"


def test_a_status_change_records_history_audit_and_notifies_the_reporter(db, settings):
    ticket = report.submit(db, settings, ALICE, GOOD, source="slack").ticket
    msg = report.change_status(db, settings, REVIEWER, ticket, "in progress", note="call me at 312-555-0199")
    assert "now in progress" in msg
    assert [h["status"] for h in report_store.history(db, ticket)] == ["received", "in_progress"]
    assert "312-555-0199" not in str(report_store.history(db, ticket))
    notes = [r for r in outbox_store.for_ticket(db, ticket) if r["kind"] == "notification"]
    assert len(notes) == 1 and notes[0]["target"] == "slack:UALICE"
    assert ticket in notes[0]["payload"]["text"] and "in progress" in notes[0]["payload"]["text"]
    assert "report.status" in [e["action"] for e in audit.entries(db, ticket)]


@pytest.mark.parametrize("status, words", [("done", "Unknown status"), ("received", "already")])
def test_bad_status_changes_are_refused_with_a_message(db, settings, status, words):
    ticket = report.submit(db, settings, ALICE, GOOD, source="slack").ticket
    assert words in report.change_status(db, settings, REVIEWER, ticket, status)
    assert "no report" in report.change_status(db, settings, REVIEWER, "AUP-1999-000001", "closed")


def test_console_reporters_get_no_chat_notification(db, settings):
    console = Person("console:alice")
    ticket = report.submit(db, settings, console, GOOD, source="console").ticket
    report.change_status(db, settings, REVIEWER, ticket, "acknowledged")
    assert [r for r in outbox_store.for_ticket(db, ticket) if r["kind"] == "notification"] == []


def test_open_incident_files_a_ticket_for_the_watcher(db, routed_settings):
    ticket = report.open_incident(db, routed_settings, source="slack", summary="SSN posted: ***-**-6789",
                                  evidence="https://x.slack.com/archives/C1/p1", severity="high",
                                  finding_types=["ssn"])
    stored = report_store.get(db, ticket)
    assert stored["kind"] == "incident" and stored["urgency"] == "high" and stored["reporter_id"] == "system:slack"
    assert stored["finding_types"] == ["ssn"]
    assert {r["transport"] for r in outbox_store.for_ticket(db, ticket)} == {"smtp", "servicenow", "webhook", "chat"}


def test_a_broken_directory_does_not_lose_the_report(db, settings, tmp_path):
    broken = tmp_path / "directory.yaml"
    broken.write_text("locations: [{id: BAD ID}]\n")
    reply = report.submit(db, settings.with_(directory_path=broken), ALICE,
                          {**GOOD, "location": "Some School"}, source="slack")
    assert reply.ok
    assert report_store.get(db, reply.ticket)["location_name"] == "Some School"


def test_two_processes_filing_at_once_never_share_a_ticket_number(settings, db):
    import subprocess
    import sys
    from pathlib import Path

    script = (
        "import sys\n"
        "from bot.settings import Settings\nfrom bot.store import Database\nfrom handlers import report\n"
        "from handlers.types import Person\n"
        "s = Settings().with_(db_path=__import__('pathlib').Path(sys.argv[1]))\n"
        "db = Database(s.db_path)\n"
        "for i in range(40):\n"
        "    assert report.submit(db, s, Person('cli:p' + sys.argv[2]), {'category': 'other', 'location': 'other',"
        " 'description': 'Concurrent filing number %d.' % i}, source='cli').ok\n"
    )
    root = Path(__file__).resolve().parent.parent
    procs = [subprocess.Popen([sys.executable, "-c", script, str(settings.db_path), str(n)], cwd=root)
             for n in range(2)]
    assert [p.wait(timeout=60) for p in procs] == [0, 0]
    tickets = [r["ticket"] for r in db.query("SELECT ticket FROM reports")]
    assert len(tickets) == 80 == len(set(tickets))
    assert sorted(int(t.rsplit("-", 1)[1]) for t in tickets) == list(range(1, 81))


def test_terminal_escape_and_bidi_characters_are_stripped_from_reports(db, settings):
    fields = {**GOOD, "description": "Door left open\x1b[2J\x1b[31m in room \u202e402\u202c overnight.\r\nSecond line"}
    reply = report.submit(db, settings, ALICE, fields, source="cli")
    stored = report_store.get(db, reply.ticket)["description"]
    assert stored == "Door left open[2J[31m in room 402 overnight.\nSecond line"


def test_ticket_numbers_restart_each_year(db):
    with db.transaction() as d:
        tickets = [report_store.next_ticket(d, 2026), report_store.next_ticket(d, 2026),
                   report_store.next_ticket(d, 2027)]
    assert tickets == ["AUP-2026-000001", "AUP-2026-000002", "AUP-2027-000001"]


def test_the_reply_tells_the_reporter_what_was_masked(db, settings):
    reply = report.submit(db, settings, ALICE, {**GOOD, "description": "The front office password is Tr0ub4dor&3x!"},
                          source="slack")
    assert reply.ok and "masked" in reply.text and "Tr0ub4dor" not in str(report.show(db, REVIEWER, reply.ticket))

"""Slack writes a link's value twice (`<mailto:V|V>`, `<tel:V|V>`); masking must remove both halves, everywhere
the masked text goes: the scan CLI, stored reports and what the outbox sends."""
from __future__ import annotations

import json
import subprocess
import sys

import pytest

from handlers import report
from handlers.types import Person
from policy.scanner import mask_text, scan

RAW_VALUES = ["jane.doe77@gmail.com", "3125550142", "312-555-0142", "Xr9mm2Lq4"]
MESSAGES = [
    "parent email <mailto:jane.doe77@gmail.com|jane.doe77@gmail.com> pls add",
    "call mom at <tel:+13125550142|312-555-0142> after 5",
    "export: <https://svc:Xr9mm2Lq4@reports.example/x|https://svc:Xr9mm2Lq4@reports.example/x>",
]


@pytest.mark.parametrize("text", MESSAGES)
def test_masking_a_finding_inside_slack_link_markup_removes_both_halves(text):
    findings = scan(text)
    assert findings, "the value in the markup must be found"
    masked = mask_text(text, findings)
    assert not [raw for raw in RAW_VALUES if raw in masked], masked


def test_the_scan_cli_never_prints_a_raw_value_from_markup():
    lines = "".join(json.dumps({"id": i, "text": t}) + "\n" for i, t in enumerate(MESSAGES))
    out = subprocess.run([sys.executable, "-m", "bot.cli", "scan", "--jsonl"], input=lines, capture_output=True,
                         text=True, check=True).stdout
    human = subprocess.run([sys.executable, "-m", "bot.cli", "scan", "\n".join(MESSAGES)], capture_output=True,
                           text=True).stdout
    for raw in RAW_VALUES:
        assert raw not in out and raw not in human


def test_a_report_quoting_slack_markup_stores_and_sends_only_masked_values(db, settings):
    reporter = Person(id="slack:U0TEACH", name="Teacher")
    reply = report.submit(db, settings.with_(webhook_url="http://127.0.0.1:9/hook"), reporter, {
        "category": "16", "description": "Coach posted " + " and ".join(MESSAGES), "location": "other",
    }, source="slack")
    assert reply.ok, reply.errors
    db.close()
    stored = settings.db_path.read_bytes()
    for suffix in ("-wal", "-shm"):
        side = settings.db_path.with_name(settings.db_path.name + suffix)
        stored += side.read_bytes() if side.exists() else b""
    for raw in RAW_VALUES:
        assert raw.encode() not in stored, f"{raw} reached the database"

"""The service desk number in report replies comes from the policy file's district block, never from code."""
from __future__ import annotations

import shutil

from bot.settings import DEFAULT_POLICY
from handlers import report
from handlers.types import Person

ALICE = Person("slack:UALICE", name="Alice Teacher")
GOOD = {"category": "security_breach", "description": "A laptop cart was left unlocked overnight in room 204.",
        "location": "lincoln-park-hs", "urgency": "normal"}


def _policy_with_phone(tmp_path, phone_line: str):
    folder = tmp_path / "district"
    folder.mkdir()
    for name in ("vocabulary.yaml", "approvals.yaml"):
        if (DEFAULT_POLICY.parent / name).exists():
            shutil.copy(DEFAULT_POLICY.parent / name, folder / name)
    text = DEFAULT_POLICY.read_text(encoding="utf-8")
    assert '  service_desk_phone: "773-553-3925"\n' in text
    path = folder / "other-district.yaml"
    path.write_text(text.replace('  service_desk_phone: "773-553-3925"\n', phone_line), encoding="utf-8")
    return path


def test_another_districts_desk_number_is_shown(db, settings, tmp_path):
    policy = _policy_with_phone(tmp_path, '  service_desk_phone: "608-555-0199"\n')
    reply = report.submit(db, settings.with_(policy_path=policy), ALICE, GOOD, source="cli")
    assert reply.ok and "608-555-0199" in reply.text and "773-553-3925" not in reply.text


def test_a_policy_without_a_desk_number_never_shows_another_districts(db, settings, tmp_path):
    policy = _policy_with_phone(tmp_path, "")
    reply = report.submit(db, settings.with_(policy_path=policy), ALICE, GOOD, source="cli")
    assert reply.ok and "773-553-3925" not in reply.text and "staff directory" in reply.text

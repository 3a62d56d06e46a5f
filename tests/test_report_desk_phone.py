"""The service desk number in report replies comes from the policy file's district block, never from code."""
from __future__ import annotations

import shutil

import yaml

from bot.settings import DEFAULT_POLICY
from handlers import report
from handlers.types import Person

ALICE = Person("slack:UALICE", name="Alice Teacher")
GOOD = {"category": "security_breach", "description": "A laptop cart was left unlocked overnight in room 204.",
        "location": "lincoln-park-hs", "urgency": "normal"}


def _policy_with_phone(tmp_path, phone: str | None):
    """The shipped policy with another district block: its files copied beside it, the desk number changed."""
    folder = tmp_path / "district"
    shutil.copytree(DEFAULT_POLICY.parent, folder)
    raw = yaml.safe_load(DEFAULT_POLICY.read_text(encoding="utf-8"))
    if phone is None:
        raw["district"].pop("service_desk_phone", None)
    else:
        raw["district"]["service_desk_phone"] = phone
    path = folder / "other-district.yaml"
    path.write_text(yaml.safe_dump(raw, sort_keys=False, allow_unicode=True), encoding="utf-8")
    return path


def test_another_districts_desk_number_is_shown(db, settings, tmp_path):
    policy = _policy_with_phone(tmp_path, "608-555-0199")
    reply = report.submit(db, settings.with_(policy_path=policy), ALICE, GOOD, source="cli")
    assert reply.ok and "608-555-0199" in reply.text and "773-553-3925" not in reply.text


def test_a_policy_without_a_desk_number_never_shows_another_districts(db, settings, tmp_path):
    policy = _policy_with_phone(tmp_path, None)
    reply = report.submit(db, settings.with_(policy_path=policy), ALICE, GOOD, source="cli")
    assert reply.ok and "773-553-3925" not in reply.text and "staff directory" in reply.text

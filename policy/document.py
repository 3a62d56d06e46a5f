"""Loading the policy file: the typed view of policy/data/*.yaml that the engine and the detectors read.

The verdict engine's parts of the file (sections, channels, the 37 items) are added by the policy engine; the
detectors read `findings` (severity and policy items per finding type) and `district` (exclusions).
"""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

SEVERITIES = ("low", "medium", "high")
FINDING_TYPES = ("ssn", "student_id", "date_of_birth", "credential", "payment_card", "bank_account",
                 "personal_phone", "personal_email", "home_address", "student_record")


class PolicyFileError(ValueError):
    """The policy file is broken; the message names the file, the place and the field."""


@dataclass(frozen=True)
class FindingRule:
    type: str
    label: str
    severity: str
    policy_items: tuple[int, ...]


@dataclass(frozen=True)
class District:
    service_desk_phone: str
    email_domains: tuple[str, ...]
    office_numbers: tuple[str, ...] = ()
    public_addresses: tuple[str, ...] = ()


@dataclass(frozen=True)
class PolicyDocument:
    path: Path
    meta: dict[str, Any]
    district: District
    findings: dict[str, FindingRule]
    raw: dict[str, Any] = field(repr=False, default_factory=dict)


def _fail(path: Path, where: str, problem: str) -> PolicyFileError:
    return PolicyFileError(f"{path}: {where}: {problem}")


def parse_policy(path: Path, raw: Any) -> PolicyDocument:
    if not isinstance(raw, dict):
        raise _fail(path, "top level", "expected a mapping")
    findings = {}
    for ftype, rule in (raw.get("findings") or {}).items():
        where = f"findings.{ftype}"
        if ftype not in FINDING_TYPES:
            raise _fail(path, where, f"unknown finding type (one of {', '.join(FINDING_TYPES)})")
        if not isinstance(rule, dict):
            raise _fail(path, where, "expected a mapping with label, severity, policy_items")
        if rule.get("severity") not in SEVERITIES:
            raise _fail(path, f"{where}.severity", f"must be one of {', '.join(SEVERITIES)}")
        items = rule.get("policy_items") or []
        if not all(isinstance(i, int) and 1 <= i <= 37 for i in items):
            raise _fail(path, f"{where}.policy_items", "must be item numbers 1-37")
        findings[ftype] = FindingRule(ftype, str(rule.get("label") or ftype), rule["severity"], tuple(items))
    d = raw.get("district") or {}
    district = District(
        service_desk_phone=str(d.get("service_desk_phone", "")),
        email_domains=tuple(str(x).lower() for x in d.get("email_domains") or ()),
        office_numbers=tuple(str(x) for x in d.get("office_numbers") or ()),
        public_addresses=tuple(str(x) for x in d.get("public_addresses") or ()),
    )
    return PolicyDocument(path=path, meta=dict(raw.get("meta") or {}), district=district, findings=findings, raw=raw)


@lru_cache(maxsize=8)
def load_policy(path: Path | str) -> PolicyDocument:
    path = Path(path)
    try:
        raw = yaml.safe_load(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise PolicyFileError(f"{path}: cannot read: {exc.strerror}") from exc
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f"line {mark.line + 1}, column {mark.column + 1}" if mark else "YAML"
        raise PolicyFileError(f"{path}: {where}: not valid YAML ({getattr(exc, 'problem', exc)})") from exc
    return parse_policy(path, raw)

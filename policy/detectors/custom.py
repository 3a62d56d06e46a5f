"""District-defined identifiers, as data: every YAML file in policy/data/detectors/ adds units.

    # policy/data/detectors/badge-numbers.yaml
    detectors:
      - name: lunch_pin
        type: student_id                 # a DESIGN.md finding type
        pattern: '\\b(\\d{5})\\b'          # RE2; group 1 (or the whole match) is the value
        labels: ['lunch pin', 'lunch code']   # required right before the value (48 characters)
        validate: luhn                   # optional: luhn | aba

A broken file is reported with its name and the entry, never silently skipped.
"""
from __future__ import annotations

from pathlib import Path
from typing import Any

import re2

from policy import yaml_loader
from policy.detectors.base import Match, PatternDetector, aba_valid, digits_of, luhn_valid
from policy.detectors.context import ScanContext
from policy.document import FINDING_TYPES

VALIDATORS = {"luhn": luhn_valid, "aba": aba_valid}


class CustomDetectorError(ValueError):
    """A file in policy/data/detectors/ is broken; the message names the file and the entry."""


def _unit(path: Path, index: int, entry: dict[str, Any]) -> tuple[PatternDetector, list[tuple[str, str]]]:
    where = f"{path.name}: detectors[{index}]"
    if not isinstance(entry, dict) or not entry.get("name") or not entry.get("pattern"):
        raise CustomDetectorError(f"{where}: needs name and pattern")
    ftype = entry.get("type")
    if ftype not in FINDING_TYPES:
        raise CustomDetectorError(f"{where}: type must be one of {', '.join(FINDING_TYPES)}")
    try:
        regex = re2.compile(entry["pattern"])
    except re2.error as exc:
        raise CustomDetectorError(f"{where}: pattern is not valid RE2 ({exc})") from None
    validator = VALIDATORS.get(entry.get("validate") or "", None)
    if entry.get("validate") and validator is None:
        raise CustomDetectorError(f"{where}: validate must be one of {', '.join(VALIDATORS)}")
    kind = f"custom:{entry['name']}"
    phrases = [str(p) for p in entry.get("labels") or []]
    labels = [(kind, r"\b(?:" + "|".join(re2.escape(p) for p in phrases) + r")\b")] if phrases else []

    def accept(ctx: ScanContext, m: Match) -> bool:
        if validator and not validator(digits_of(m.value)):
            return False
        return not phrases or ctx.nearest_label_before(m.start, 48) == kind

    group = 1 if regex.groups >= 1 else 0
    return PatternDetector(name=str(entry["name"]), finding_type=ftype, patterns=(entry["pattern"],),
                           group=group, accept=accept), labels


def load_custom_detectors(directory: Path) -> tuple[list[PatternDetector], list[tuple[str, str]]]:
    units: list[PatternDetector] = []
    labels: list[tuple[str, str]] = []
    if not directory.is_dir():
        return units, labels
    for path in sorted(directory.glob("*.yaml")):
        try:
            data = yaml_loader.safe_load(path.read_text(encoding="utf-8")) or {}
        except Exception as exc:
            if not isinstance(exc, OSError) and not yaml_loader.is_syntax_error(exc):
                raise
            raise CustomDetectorError(f"{path.name}: cannot read ({exc})") from None
        for index, entry in enumerate(data.get("detectors") or []):
            unit, unit_labels = _unit(path, index, entry)
            units.append(unit)
            labels.extend(unit_labels)
    return units, labels

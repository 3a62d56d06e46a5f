"""The directory: which management contacts hear about a report from each school or department.

The file is data the district maintains (YAML or CSV, `AUPBOT_DIRECTORY`). It is validated as a whole on load
and every problem is named with its place (file, entry or line, field), because a mistyped address here would
otherwise surface only as a dead delivery days later.
"""
from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

KINDS = ("school", "department")
EMAIL = re.compile(r"^[^@\s<>,;\"']+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}$")
LOCATION_ID = re.compile(r"^[a-z0-9][a-z0-9_-]{0,63}$")
CSV_COLUMNS = ("id", "name", "kind", "contact_name", "contact_email")


class DirectoryError(ValueError):
    """The directory file is unusable; the message names the file and each problem's place."""


@dataclass(frozen=True)
class Contact:
    name: str
    email: str


@dataclass(frozen=True)
class Location:
    id: str
    name: str
    kind: str
    contacts: tuple[Contact, ...]


@dataclass(frozen=True)
class Directory:
    path: Path
    locations: tuple[Location, ...]

    def find(self, wanted: str) -> Location | None:
        """By id or by name, ignoring case and surrounding space (forms send ids, people type names)."""
        key = wanted.strip().lower()
        for loc in self.locations:
            if key in (loc.id, loc.name.lower()):
                return loc
        return None


def _entries_from_yaml(path: Path) -> list[tuple[str, dict[str, Any]]]:
    try:
        raw = yaml.safe_load(path.read_text(encoding="utf-8"))
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f"line {mark.line + 1}" if mark else "YAML"
        raise DirectoryError(f"{path}: {where}: not valid YAML ({getattr(exc, 'problem', exc)})") from None
    if not isinstance(raw, dict) or not isinstance(raw.get("locations"), list):
        raise DirectoryError(f"{path}: expected a mapping with a list under 'locations'")
    entries = []
    for i, item in enumerate(raw["locations"], start=1):
        where = f"locations[{i}]"
        if not isinstance(item, dict):
            raise DirectoryError(f"{path}: {where}: expected a mapping with id, name, kind, contacts")
        entries.append((where, item))
    return entries


def _entries_from_csv(path: Path) -> list[tuple[str, dict[str, Any]]]:
    with path.open(encoding="utf-8", newline="") as f:
        reader = csv.DictReader(f)
        missing = [c for c in CSV_COLUMNS if c not in (reader.fieldnames or [])]
        if missing:
            raise DirectoryError(f"{path}: line 1: missing column(s) {', '.join(missing)} "
                                 f"(expected {','.join(CSV_COLUMNS)})")
        grouped: dict[str, tuple[str, dict[str, Any]]] = {}
        for row in reader:
            line = reader.line_num
            loc_id = (row.get("id") or "").strip()
            where, entry = grouped.setdefault(loc_id, (f"line {line}", {
                "id": loc_id, "name": (row.get("name") or "").strip(), "kind": (row.get("kind") or "").strip(),
                "contacts": []}))
            entry["contacts"].append({"name": (row.get("contact_name") or "").strip(),
                                      "email": (row.get("contact_email") or "").strip(), "_where": f"line {line}"})
    return list(grouped.values())


def parse_entries(path: Path, entries: list[tuple[str, dict[str, Any]]]) -> Directory:
    problems: list[str] = []
    locations: list[Location] = []
    seen: set[str] = set()
    for where, item in entries:
        loc_id = str(item.get("id") or "").strip()
        name = str(item.get("name") or "").strip()
        kind = str(item.get("kind") or "").strip()
        if not LOCATION_ID.match(loc_id):
            problems.append(f"{where}: id {loc_id!r} must be lowercase letters, digits, - or _")
        elif loc_id in seen:
            problems.append(f"{where}: id {loc_id!r} appears twice")
        seen.add(loc_id)
        if not name:
            problems.append(f"{where}: name is missing")
        if kind not in KINDS:
            problems.append(f"{where}: kind {kind!r} must be one of {', '.join(KINDS)}")
        contacts = []
        raw_contacts = item.get("contacts")
        if not isinstance(raw_contacts, list) or not raw_contacts:
            problems.append(f"{where}: at least one contact is needed")
            raw_contacts = []
        for j, c in enumerate(raw_contacts, start=1):
            cwhere = c.get("_where", f"{where}.contacts[{j}]") if isinstance(c, dict) else f"{where}.contacts[{j}]"
            if not isinstance(c, dict):
                problems.append(f"{cwhere}: expected a mapping with name and email")
                continue
            email = str(c.get("email") or "").strip()
            if not EMAIL.match(email):
                problems.append(f"{cwhere}: email {email!r} is not an email address")
                continue
            contacts.append(Contact(str(c.get("name") or "").strip() or email, email))
        locations.append(Location(loc_id, name, kind, tuple(contacts)))
    if problems:
        raise DirectoryError(f"{path}: " + "; ".join(problems))
    return Directory(path, tuple(locations))


@lru_cache(maxsize=8)
def _load(path: Path, mtime_ns: int) -> Directory:
    if path.suffix.lower() == ".csv":
        return parse_entries(path, _entries_from_csv(path))
    return parse_entries(path, _entries_from_yaml(path))


def load_directory(path: Path | str) -> Directory:
    """Load and validate; cached per file version so editing the file takes effect without a restart."""
    path = Path(path)
    try:
        mtime = path.stat().st_mtime_ns
    except OSError as exc:
        raise DirectoryError(f"{path}: cannot read: {exc.strerror}") from None
    return _load(path, mtime)

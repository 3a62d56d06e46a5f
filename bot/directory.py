"""The directory: which management contacts hear about a report from each school or department.

The file is data the district maintains (YAML or CSV, `AUPBOT_DIRECTORY`). It is validated as a whole on load
and every problem is named with its place (file, entry or line, field), because a mistyped address here would
otherwise surface only as a dead delivery days later.
"""
from __future__ import annotations

import csv
import difflib
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

from policy import yaml_loader

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
        """By id or by name, ignoring case and surrounding space (forms send ids, people type names); then
        loosely, as people type on a phone ("lincoln elem", "Lincoln Elementry"), but only when exactly one
        location fits: a report is never filed under a school the reporter did not mean."""
        key = wanted.strip().lower()
        for loc in self.locations:
            if key in (loc.id, loc.name.lower()):
                return loc
        words = _words(wanted)
        if not words:
            return None
        prefixed = [loc for loc in self.locations if _starts_each(words, _words(loc.name))]
        if len(prefixed) == 1:
            return prefixed[0]
        close = difflib.get_close_matches(" ".join(words), [" ".join(_words(loc.name)) for loc in self.locations],
                                          n=2, cutoff=0.85)
        if len(close) == 1:
            return next(loc for loc in self.locations if " ".join(_words(loc.name)) == close[0])
        return None

    def suggestions(self, wanted: str, limit: int = 8) -> list[str]:
        """The names nearest to what was typed, for a reply that offers the list instead of a bare "unknown"."""
        names = [loc.name for loc in self.locations]
        near = difflib.get_close_matches(wanted.strip(), names, n=limit, cutoff=0.3)
        return near or names[:limit]


def _words(value: str) -> list[str]:
    return re.findall(r"[a-z0-9]+", value.lower())


def _starts_each(typed: list[str], name: list[str]) -> bool:
    """Every typed word begins a word of the name, in order ("lincoln elem" fits "Lincoln Elementary School"),
    or is the initials of the next words ("HS" for "High School", "ES" for "Elementary School")."""
    position = 0
    for word in typed:
        while position < len(name):
            if name[position].startswith(word):
                position += 1
                break
            span = name[position:position + len(word)]
            if 1 < len(word) <= 4 and len(span) == len(word) and "".join(w[0] for w in span) == word:
                position += len(word)
                break
            position += 1
        else:
            return False
    return True


def _entries_from_yaml(path: Path) -> list[tuple[str, dict[str, Any]]]:
    try:
        raw = yaml_loader.safe_load(path.read_text(encoding="utf-8"))
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

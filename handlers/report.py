"""Violation reports: intake, tickets, status, and who may read what.

Platform-neutral: the Slack and Google Chat adapters render `form_fields()` as a modal or dialog and pass the
answers to `submit()`; the CLI and the console do the same with prompts. The report and every delivery it
owes are committed in one transaction before the reply says "received" (DESIGN.md: nothing lost).

Privacy: free text is run through the detectors first and only the masked form is stored or sent; the
reporter's identity is shown to IT reviewers only (policy: "Report Improper Conduct").
"""
from __future__ import annotations

import logging
import re
import sqlite3
import time
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from functools import lru_cache
from pathlib import Path
from typing import Any

from bot.directory import Directory, DirectoryError, load_directory
from bot.outbox import routing
from bot.settings import Settings
from bot.store import audit
from bot.store import outbox as outbox_store
from bot.store import reports as store
from bot.store.db import Database, StoreError
from bot.texts import district_values, text
from handlers.types import Person
from policy.bundle import load_bundle
from policy.document import PolicyDocument
from policy.redaction import redact

log = logging.getLogger(__name__)

STATUSES = ("received", "routed", "acknowledged", "in_progress", "resolved", "closed")
URGENCIES = ("low", "normal", "high")
NAMED_CATEGORIES = ("security_breach", "theft_or_loss", "misuse", "other")
OTHER_LOCATION = "other"
LIMITS = {"description": 4000, "people_involved": 500, "when": 64, "location": 120, "evidence": 1000,
          "category": 80, "urgency": 16}
MIN_DESCRIPTION = 10


# -- categories: the policy's unacceptable uses plus the kinds the "Report Improper Conduct" section names --

@dataclass(frozen=True)
class Category:
    value: str   # an item number ("1".."37" for CPS) or a named category
    label: str


def _item_texts(policy_path: Path) -> dict[int, str]:
    """The policy's own unacceptable uses as {number: text}: another district's list gives other categories."""
    try:
        uses = load_bundle(policy_path).policy.unacceptable_uses
    except Exception as exc:  # a broken policy file is reported by `aupbot policy check`; keep intake usable
        log.warning("categories: policy file unusable (%s); only the named categories are offered",
                    type(exc).__name__)
        return {}
    return {n: " ".join(use.text.split()).rstrip(";.") for n, use in sorted(uses.items())}


def shorten(label: str, limit: int) -> str:
    """Shortened at a word boundary: "Unauthorized access to…", never "Unauthorized acc…". Each surface passes
    its own limit (a Slack select option, a terminal column)."""
    if len(label) <= limit:
        return label
    cut = label[: limit - 1]
    head = cut.rsplit(" ", 1)[0] if " " in cut else cut
    return head.rstrip(" ,;:-") + "…"


@lru_cache(maxsize=8)
def categories_for(policy_path: Path) -> tuple[Category, ...]:
    items = _item_texts(policy_path)
    # labels in full: each surface shortens them to its own limit (shorten)
    numbered = tuple(Category(str(n), text("report.category_item", number=n, text=label).rstrip(": "))
                     for n, label in items.items())
    named = tuple(Category(name, text(f"report.category_{name}")) for name in NAMED_CATEGORIES)
    return named + numbered


def resolve_category(value: str, policy_path: Path) -> Category | None:
    """An item number of the policy ("12", "item 12", "#12"), a named category, or a label typed in full."""
    wanted = value.strip().lower()
    number = re.fullmatch(r"(?:item\s*|#)?(\d{1,2})", wanted)
    key = str(int(number.group(1))) if number else wanted.replace(" ", "_").replace("-", "_")
    for cat in categories_for(policy_path):
        if key == cat.value or wanted == cat.label.lower():
            return cat
    return None


# -- the form ------------------------------------------------------------------------------------------------

@dataclass(frozen=True)
class FormField:
    name: str
    label: str
    kind: str                 # "select" | "text" | "multiline" | "datetime"
    required: bool
    max_length: int | None
    options: tuple[tuple[str, str], ...] = ()   # (value, label)


def _directory(settings: Settings) -> Directory | None:
    try:
        return load_directory(settings.directory_path)
    except DirectoryError as exc:
        log.error("directory unusable, reports go to the service desk only: %s", exc)
        return None


def form_fields(settings: Settings) -> tuple[FormField, ...]:
    """The report form; locations come from the directory of `settings`, categories from its policy."""
    directory = _directory(settings)
    locations = tuple((loc.id, loc.name) for loc in (directory.locations if directory else ()))
    cats = categories_for(Path(settings.policy_path))
    return (
        FormField("category", text("report.field_category"), "select", True, None,
                  tuple((c.value, c.label) for c in cats)),
        FormField("description", text("report.field_description"), "multiline", True, LIMITS["description"]),
        FormField("when", text("report.field_when"), "datetime", False, LIMITS["when"]),
        FormField("location", text("report.field_location"), "select", True, None,
                  locations + ((OTHER_LOCATION, text("report.location_other")),)),
        FormField("people_involved", text("report.field_people_involved"), "text", False,
                  LIMITS["people_involved"]),
        FormField("urgency", text("report.field_urgency"), "select", False, None,
                  tuple((u, text(f"report.urgency_{u}")) for u in URGENCIES)),
    )


# -- free text before it is stored or sent -------------------------------------------------------------------

def redacted_fields(settings: Settings, **values: str) -> tuple[dict[str, str], set[str]]:
    """Each free-text value through policy.redaction.redact (findings, then the second pass; withheld when it
    cannot be checked) under the district's policy, and the labels of what was masked, for the reporter's note."""
    policy = _policy(settings)
    out: dict[str, str] = {}
    masked: set[str] = set()
    for name, value in values.items():
        r = redact(value, policy=policy)
        out[name] = r.text
        masked |= set(r.kinds)
        if r.second_pass:
            masked.add(SHAPES)
        if r.withheld:
            masked.add(WITHHELD)
    return out, masked


# Pseudo-kinds for the reporter's note: text masked by shape only, and text withheld because it was not checked
SHAPES, WITHHELD = "masked_shapes", "masked_withheld"


def _policy(settings: Settings) -> PolicyDocument:
    # the loaded policy (policy.bundle: one load per file, checked when the process starts)
    return load_bundle(settings.policy_path).policy


# -- intake ------------------------------------------------------------------------------------------------

@dataclass(frozen=True)
class ReportReply:
    ok: bool
    ticket: str | None
    text: str
    errors: dict[str, str]


def _district(settings: Settings) -> dict[str, str]:
    """The district's placeholders (its desk, the desk's number, its policy title) from the loaded policy's
    district block: another district's bot must show its own desk, so none is written in code; without them
    the reply uses generic wording that points to the district's directory."""
    try:
        district = load_bundle(settings.policy_path).district
    except Exception:  # the reply to a report must still go out (the policy is checked at start-up)
        return district_values(None)
    return district_values(district)


def _kind_labels(settings: Settings, kinds: set[str]) -> str:
    """The policy file's labels for finding types ("Social Security number; password, key or login"), then
    what the second pass masked by shape alone."""
    rules = _policy(settings).findings
    found = sorted(rules[k].label if k in rules else k.replace("_", " ") for k in kinds - {SHAPES, WITHHELD})
    return "; ".join(found + [text(f"report.{k}") for k in (SHAPES, WITHHELD) if k in kinds])


# How people say when something happened: "yesterday 3pm", "today at 14:30", "2 days ago", "this morning".
_RELATIVE_DAY = re.compile(r"(?i)^(today|yesterday|(\d{1,2}) days? ago)\b(?:\s*(?:at|,)?\s*(.*))?$")
_CLOCK = re.compile(r"(?i)^(\d{1,2})(?:[:.](\d{2}))?\s*([ap])\.?m?\.?$|^(\d{1,2})[:.](\d{2})$")
_PARTS_OF_DAY = {"this morning": 9, "morning": 9, "noon": 12, "lunch": 12, "this afternoon": 14,
                 "afternoon": 14, "tonight": 20, "this evening": 19, "evening": 19, "last night": 21}


def _clock(value: str) -> tuple[int, int] | None:
    value = value.strip()
    if not value:
        return (0, 0)
    if value.lower() in _PARTS_OF_DAY:
        return (_PARTS_OF_DAY[value.lower()], 0)
    m = _CLOCK.match(value)
    if m is None:
        return None
    if m.group(4):
        hour, minute = int(m.group(4)), int(m.group(5))
    else:
        if not 1 <= int(m.group(1)) <= 12:
            return None
        hour, minute = int(m.group(1)) % 12, int(m.group(2) or 0)
        hour += 12 if m.group(3).lower() == "p" else 0
    return (hour, minute) if hour < 24 and minute < 60 else None


def _relative(value: str, now: float) -> datetime | None:
    """A day named relative to now, with an optional time of day, read in UTC like the rest of the form."""
    lowered = value.strip().lower()
    if lowered in ("this morning", "this afternoon", "this evening", "tonight", "last night"):
        lowered = ("yesterday " if lowered == "last night" else "today ") + lowered
    if _CLOCK.match(lowered):
        lowered = "today " + lowered  # a bare time of day ("3pm") means today
    m = _RELATIVE_DAY.match(lowered)
    if m is None:
        return None
    days = 1 if m.group(1) == "yesterday" else int(m.group(2) or 0)
    clock = _clock(m.group(3) or "")
    if clock is None:
        return None
    day = datetime.fromtimestamp(now, tz=UTC) - timedelta(days=days)
    return day.replace(hour=clock[0], minute=clock[1], second=0, microsecond=0)


def parse_when(value: str, now: float) -> str | None:
    """ISO date/time, a date, or a day said relative to now ("yesterday 3pm"); normalised to UTC ISO 8601.
    The adapters turn their pickers' values into ISO 8601 first (bot.slack.blocks, bot.gchat.events)."""
    value = value.strip()
    relative = _relative(value, now)
    if relative is not None:
        moment = relative
    else:
        try:
            moment = datetime.fromisoformat(value.replace("Z", "+00:00"))
        except ValueError:
            return None
        if moment.tzinfo is None:
            moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC).isoformat(timespec="minutes")


_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def plain_text(value: str) -> str:
    """Strip control characters (terminal escape sequences, bidi overrides) that could disguise a report
    in a reviewer's terminal or export; newlines and tabs stay."""
    return _CONTROL.sub("", value.replace("\r\n", "\n").replace("\r", "\n")).strip()


def one_line(value: Any) -> str:
    """`plain_text` on one line, for listings printed to a terminal (`aupbot register list`, `aupbot findings
    exceptions`): a newline in a subject or a reason must not forge a row of its own."""
    return " ".join(plain_text(str(value)).split())


def _label(name: str) -> str:
    return text(f"report.field_{name}").rstrip("?").replace(" (optional)", "")


def validate(settings: Settings, fields: dict[str, str], directory: Directory | None, now: float
             ) -> tuple[dict[str, Any], dict[str, str]]:
    """Clean values and problems keyed by field name; every problem says what to do about it."""
    errors: dict[str, str] = {}
    clean: dict[str, Any] = {}
    values = {k: plain_text("" if v is None else str(v)) for k, v in fields.items()}
    for name, limit in LIMITS.items():
        value = values.get(name, "")
        if len(value) > limit:
            errors[name] = text("report.too_long", label=_label(name), length=len(value), limit=limit)
    for name in ("category", "description", "location"):
        if not values.get(name) and name not in errors:
            errors[name] = text("report.required", label=_label(name))

    if values.get("category") and "category" not in errors:
        cat = resolve_category(values["category"], Path(settings.policy_path))
        if cat is None:
            errors["category"] = text("report.unknown_category", value=values["category"][:40],
                                      named=", ".join(NAMED_CATEGORIES),
                                      last=max(_item_texts(Path(settings.policy_path)), default=0))
        else:
            clean["category"] = cat
    if values.get("description") and "description" not in errors:
        if len(values["description"]) < MIN_DESCRIPTION:
            errors["description"] = text("report.too_short", label=_label("description"), limit=MIN_DESCRIPTION)
    if values.get("when") and "when" not in errors:
        when = parse_when(values["when"], now)
        if when is None:
            errors["when"] = text("report.bad_when", label=_label("when"), value=values["when"][:40])
        elif datetime.fromisoformat(when).timestamp() > now + 86400:
            errors["when"] = text("report.future_when", label=_label("when"))
        else:
            clean["when"] = when
    if values.get("location") and "location" not in errors:
        loc = directory.find(values["location"]) if directory else None
        if loc is not None:
            clean["location"] = (loc.id, loc.name)
        elif values["location"].lower() == OTHER_LOCATION:
            clean["location"] = (OTHER_LOCATION, text("report.location_other"))
        elif directory is None:
            # the directory is broken: keep the report (it still reaches the service desk) rather than refuse it
            clean["location"] = (None, values["location"])
        else:
            errors["location"] = text("report.unknown_location", value=values["location"][:60],
                                      other=OTHER_LOCATION,
                                      choices="; ".join(directory.suggestions(values["location"])))
    urgency = (values.get("urgency") or "normal").lower()
    if urgency not in URGENCIES and "urgency" not in errors:
        errors["urgency"] = text("report.unknown_urgency", choices=", ".join(URGENCIES))
    clean["urgency"] = urgency
    if values.get("evidence") and "evidence" not in errors:
        links = values["evidence"].split()
        bad = next((link for link in links if not re.match(r"^https?://[^\s<>\"']+$", link)), None)
        if bad:
            errors["evidence"] = text("report.bad_evidence", label=_label("evidence"), value=bad[:60])
        else:
            clean["evidence"] = " ".join(links)
    return clean, errors


def submit(db: Database, settings: Settings, reporter: Person, fields: dict[str, str], *, source: str) -> ReportReply:
    now = time.time()
    directory = _directory(settings)
    clean, errors = validate(settings, fields, directory, now)
    if errors:
        problems = "\n".join(f"- {msg}" for msg in errors.values())
        return ReportReply(False, None, text("report.not_received", problems=problems), errors)

    masked, kinds = redacted_fields(settings, description=plain_text(fields["description"]),
                                    people=plain_text(fields.get("people_involved") or ""),
                                    evidence=clean.get("evidence", ""))
    description, people, evidence = masked["description"], masked["people"], masked["evidence"]
    category: Category = clean["category"]
    location_id, location_name = clean["location"]
    report = {
        "kind": "report", "created_at": now, "updated_at": now, "status": "received",
        "category": category.value, "category_label": category.label, "description": description,
        "occurred_at": clean.get("when"), "location_id": location_id, "location_name": location_name,
        "people_involved": people or None, "evidence": evidence or None, "urgency": clean["urgency"],
        "severity": None, "reporter_id": reporter.id, "reporter_name": reporter.name or None,
        "reporter_email": reporter.email or None, "source": source,
        "finding_types": sorted(kinds - {SHAPES, WITHHELD}),
    }
    try:
        ticket = _commit(db, settings, report, directory, actor=reporter.id, now=now)
    except (sqlite3.Error, StoreError) as exc:
        log.error("report not stored: %s", type(exc).__name__)
        return ReportReply(False, None, text("report.store_failed", **_district(settings)), {})
    # Say what really happened: without a desk route the report waits in the database for IT to read it.
    received = "report.received" if settings.desk_route_configured() else "report.received_not_sent"
    reply = text(received, ticket=ticket, **_district(settings))
    if kinds:
        reply += "\n" + text("report.masked_note", kinds=_kind_labels(settings, kinds))
    return ReportReply(True, ticket, reply, {})


def _commit(db: Database, settings: Settings, report: dict[str, Any], directory: Directory | None, *, actor: str,
            now: float) -> str:
    """The report, its first history entry, its deliveries and the audit entry: one transaction."""
    year = datetime.fromtimestamp(now, tz=UTC).year
    with db.transaction() as d:
        ticket = store.next_ticket(d, year)
        report["ticket"] = ticket
        store.insert(d, report, actor=actor)
        if report["kind"] == "incident":
            planned = routing.incident_deliveries(settings, ticket, source=report["source"],
                                                  summary=report["description"], evidence=report["evidence"] or "",
                                                  severity=report["severity"] or "high")
        else:
            planned = routing.report_deliveries(settings, directory, report, district=_district(settings))
        for delivery in planned:
            outbox_store.enqueue(d, delivery, now=now)
        audit.record(db, actor, f"{report['kind']}.submitted", ticket, category=report["category"],
                     source=report["source"], deliveries=len(planned), finding_types=report["finding_types"])
    return ticket


def open_incident(db: Database, settings: Settings, *, source: str, summary: str, evidence: str, severity: str,
                  finding_types: list[str]) -> str:
    """A ticket for a high-severity finding, opened by the watcher (no human reporter). `summary` is built by
    the watcher from the findings alone (types, masked values, offsets, the message reference), never from the
    message's words, so it is stored as given: the second pass would mask its labels ("password, key ...")."""
    now = time.time()
    category = next(c for c in categories_for(Path(settings.policy_path)) if c.value == "security_breach")
    report = {
        "kind": "incident", "created_at": now, "updated_at": now, "status": "received",
        "category": category.value, "category_label": category.label, "description": summary,
        "occurred_at": datetime.fromtimestamp(now, tz=UTC).isoformat(timespec="minutes"),
        "location_id": None, "location_name": None, "people_involved": None,
        "evidence": (evidence or "")[:LIMITS["evidence"]] or None,
        "urgency": "high" if severity == "high" else "normal", "severity": severity,
        "reporter_id": f"system:{source}", "reporter_name": None, "reporter_email": None, "source": source,
        "finding_types": sorted(finding_types),
    }
    return _commit(db, settings, report, None, actor=f"system:{source}", now=now)


# -- reading and status --------------------------------------------------------------------------------------

@dataclass(frozen=True)
class ReportSummary:
    ticket: str
    category_label: str
    status: str
    created_at: float
    updated_at: float


def my_reports(db: Database, person: Person) -> list[ReportSummary]:
    return [ReportSummary(r["ticket"], r["category_label"], r["status"], r["created_at"], r["updated_at"])
            for r in store.by_reporter(db, person.id)]


def show(db: Database, person: Person, ticket: str) -> dict[str, Any] | None:
    """The full report for reviewers; reporters see their own without the deliveries; others see nothing
    (None, the same answer as for a ticket that does not exist, so existence does not leak)."""
    row = store.get(db, ticket.strip().upper())
    if row is None or not (person.is_reviewer or row["reporter_id"] == person.id):
        return None
    report = {
        "ticket": row["ticket"], "kind": row["kind"], "status": row["status"],
        "category": row["category"], "category_label": row["category_label"],
        "description": row["description"], "when": row["occurred_at"],
        "location_id": row["location_id"], "location": row["location_name"],
        "people_involved": row["people_involved"], "evidence": row["evidence"], "urgency": row["urgency"],
        "severity": row["severity"], "source": row["source"], "finding_types": row["finding_types"],
        "created_at": row["created_at"], "updated_at": row["updated_at"],
    }
    history = store.history(db, row["ticket"])
    if person.is_reviewer:
        report["reporter"] = {"id": row["reporter_id"], "name": row["reporter_name"], "email": row["reporter_email"]}
        report["history"] = history
        report["deliveries"] = [
            {"id": d["id"], "kind": d["kind"], "transport": d["transport"], "target": d["target"],
             "status": d["status"], "attempts": d["attempts"], "last_error": d["last_error"],
             "remote_ref": d["remote_ref"]} for d in outbox_store.for_ticket(db, row["ticket"])]
    else:
        report["history"] = [{k: v for k, v in h.items() if k != "actor"} for h in history]
    return report


def change_status(db: Database, settings: Settings, person: Person, ticket: str, status: str, note: str = "") -> str:
    if not person.is_reviewer:
        return text("report.not_reviewer")
    ticket = ticket.strip().upper()
    status = status.strip().lower().replace(" ", "_").replace("-", "_")
    if status not in STATUSES:
        return text("report.bad_status", status=status[:30], choices=", ".join(STATUSES))
    row = store.get(db, ticket)
    if row is None:
        return text("report.unknown_ticket", ticket=ticket[:40])
    if row["status"] == status:
        return text("report.same_status", ticket=ticket, status=routing.status_label(status))
    masked_note = redact((note or "").strip()[:1000], policy=_policy(settings)).text
    routing.apply_status(db, row, status, person.id, masked_note)
    return text("report.status_changed", ticket=ticket, status=routing.status_label(status))

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
from datetime import datetime, timezone
from functools import lru_cache
from pathlib import Path
from typing import Any

from bot.delivery import routing
from bot.directory import Directory, DirectoryError, load_directory
from bot.settings import DEFAULT_POLICY
from bot.store import audit
from bot.store import outbox as outbox_store
from bot.store import reports as store
from bot.store.db import Database, StoreError
from handlers.texts import text
from handlers.types import Person

log = logging.getLogger(__name__)

STATUSES = ("received", "routed", "acknowledged", "in_progress", "resolved", "closed")
URGENCIES = ("low", "normal", "high")
NAMED_CATEGORIES = ("security_breach", "theft_or_loss", "misuse", "other")
OTHER_LOCATION = "other"
ITEM_COUNT = 37
SLACK_OPTION_LIMIT = 75   # Slack static_select option text: at most 75 characters
LIMITS = {"description": 4000, "people_involved": 500, "when": 64, "location": 120, "evidence": 1000,
          "category": 80, "urgency": 16}
MIN_DESCRIPTION = 10


# -- categories: the policy's 37 unacceptable uses plus the kinds the "Report Improper Conduct" section names --

@dataclass(frozen=True)
class Category:
    value: str   # "1".."37" or a named category
    label: str


def _item_texts(policy_path: Path) -> dict[int, str]:
    """The unacceptable uses as {number: short text}, from the policy file (tolerant of the file's layout)."""
    try:
        from policy.document import load_policy

        raw = load_policy(policy_path).raw
    except Exception as exc:  # a broken policy file is reported by `aupbot policy check`; keep intake usable
        log.warning("categories: policy file unusable (%s); items listed by number only", type(exc).__name__)
        return {}
    found: dict[int, str] = {}
    for key in ("unacceptable_uses", "unacceptable_use", "items"):
        block = raw.get(key)
        if isinstance(block, dict) and isinstance(block.get("items"), (list, dict)):
            block = block["items"]
        if isinstance(block, dict):
            block = [{"number": k, "text": v} for k, v in block.items()]
        if not isinstance(block, list):
            continue
        for entry in block:
            if not isinstance(entry, dict):
                continue
            number = next((entry[k] for k in ("number", "item", "n", "id") if k in entry), None)
            label = next((entry[k] for k in ("short", "label", "title", "summary", "text") if entry.get(k)), None)
            try:
                number = int(number)
            except (TypeError, ValueError):
                continue
            if 1 <= number <= ITEM_COUNT and label:
                found[number] = " ".join(str(label).split()).rstrip(";.")
        if found:
            break
    return found


def _short(label: str, limit: int = SLACK_OPTION_LIMIT) -> str:
    return label if len(label) <= limit else label[: limit - 1].rstrip() + "…"


@lru_cache(maxsize=8)
def categories_for(policy_path: Path = DEFAULT_POLICY) -> tuple[Category, ...]:
    items = _item_texts(policy_path)
    numbered = tuple(Category(str(n), _short(text("report.category_item", number=n, text=items.get(n, "")).rstrip(": ")))
                     for n in range(1, ITEM_COUNT + 1))
    named = tuple(Category(name, text(f"report.category_{name}")) for name in NAMED_CATEGORIES)
    return named + numbered


CATEGORIES: tuple[Category, ...] = categories_for(DEFAULT_POLICY)


def resolve_category(value: str, policy_path: Path = DEFAULT_POLICY) -> Category | None:
    """A number 1-37 ("12", "item 12", "#12"), a named category, or a label typed in full."""
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


def _directory(settings) -> Directory | None:
    try:
        return load_directory(settings.directory_path)
    except DirectoryError as exc:
        log.error("directory unusable, reports go to the service desk only: %s", exc)
        return None


def form_fields(settings=None) -> tuple[FormField, ...]:
    """The report form; locations come from the directory of `settings` (the environment's when None)."""
    if settings is None:
        from bot.settings import Settings, SettingsError

        try:
            settings = Settings.from_env()
        except SettingsError:
            settings = Settings()
    directory = _directory(settings)
    locations = tuple((loc.id, _short(loc.name)) for loc in (directory.locations if directory else ()))
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


# -- scanning free text before it is stored or sent ----------------------------------------------------------

_FALLBACK_PATTERNS = (
    (re.compile(r"(?<![\w-])\d(?:[ -]?\d){5,}(?![\w-])"), "[masked]"),                  # long digit runs
    (re.compile(r"(?i)\b(password|passcode|passwd|pwd|pin|token|key)(\s*(?:is|:|=)\s*|\s+)\S+"), r"\1\2[masked]"),
    (re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+"), "[masked]"),
)


def _fallback_mask(value: str) -> tuple[str, set[str]]:
    """Used only while policy.scanner is missing: fails closed by masking anything number- or secret-shaped."""
    kinds: set[str] = set()
    for pattern, replacement in _FALLBACK_PATTERNS:
        value, n = pattern.subn(replacement, value)
        if n:
            kinds.add("unclassified")
    return value, kinds


def mask_free_text(value: str) -> tuple[str, set[str]]:
    """(masked text, finding types) through the detection engine (policy.scanner)."""
    if not value:
        return value, set()
    try:
        from policy import scanner
    except ImportError:
        return _fallback_mask(value)
    try:
        findings = scanner.scan(value)
        if not findings:
            return value, set()
        kinds = {f["type"] if isinstance(f, dict) else f.type for f in findings}
        return scanner.mask_text(value, findings), kinds
    except Exception as exc:  # a detector bug must neither lose the report nor let a raw value through
        log.error("scanner failed (%s); masking conservatively", type(exc).__name__)
        return _fallback_mask(value)


# -- intake ------------------------------------------------------------------------------------------------

@dataclass(frozen=True)
class ReportReply:
    ok: bool
    ticket: str | None
    text: str
    errors: dict[str, str]


def _phone(settings) -> str:
    """The service desk's number from the policy file's district block: another district's bot must show its
    own desk, so no number is written in code; without one the reply points to the district's directory."""
    try:
        from policy.document import load_policy

        phone = load_policy(settings.policy_path).district.service_desk_phone
    except Exception:  # the reply to a report must still go out (the policy is checked at start-up)
        phone = ""
    return phone or text("report.desk_phone_unknown")


def _kind_labels(settings, kinds: set[str]) -> str:
    """The policy file's labels for finding types ("Social Security number; password, key or login")."""
    try:
        from policy.document import load_policy

        rules = load_policy(settings.policy_path).findings
    except Exception:
        rules = {}
    return "; ".join(sorted(rules[k].label if k in rules else k.replace("_", " ") for k in kinds))


def parse_when(value: str, now: float) -> str | None:
    """ISO date/time, a date, or a Unix timestamp (Slack's datetimepicker); normalised to UTC ISO 8601."""
    value = value.strip()
    if re.fullmatch(r"\d{9,11}(\.\d+)?", value):
        moment = datetime.fromtimestamp(float(value), tz=timezone.utc)
    else:
        try:
            moment = datetime.fromisoformat(value.replace("Z", "+00:00"))
        except ValueError:
            return None
        if moment.tzinfo is None:
            moment = moment.replace(tzinfo=timezone.utc)
    return moment.astimezone(timezone.utc).isoformat(timespec="minutes")


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


def validate(settings, fields: dict[str, str], directory: Directory | None, now: float
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
                                      named=", ".join(NAMED_CATEGORIES))
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
                                      other=OTHER_LOCATION)
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


def submit(db: Database, settings, reporter: Person, fields: dict[str, str], *, source: str) -> ReportReply:
    now = time.time()
    directory = _directory(settings)
    clean, errors = validate(settings, fields, directory, now)
    if errors:
        problems = "\n".join(f"- {msg}" for msg in errors.values())
        return ReportReply(False, None, text("report.not_received", problems=problems), errors)

    description, kinds = mask_free_text(plain_text(fields["description"]))
    people, more = mask_free_text(plain_text(fields.get("people_involved") or ""))
    evidence, links = mask_free_text(clean.get("evidence", ""))
    kinds |= more | links
    category: Category = clean["category"]
    location_id, location_name = clean["location"]
    report = {
        "kind": "report", "created_at": now, "updated_at": now, "status": "received",
        "category": category.value, "category_label": category.label, "description": description,
        "occurred_at": clean.get("when"), "location_id": location_id, "location_name": location_name,
        "people_involved": people or None, "evidence": evidence or None, "urgency": clean["urgency"],
        "severity": None, "reporter_id": reporter.id, "reporter_name": reporter.name or None,
        "reporter_email": reporter.email or None, "source": source, "finding_types": sorted(kinds),
    }
    try:
        ticket = _commit(db, settings, report, directory, actor=reporter.id, now=now)
    except (sqlite3.Error, StoreError) as exc:
        log.error("report not stored: %s", type(exc).__name__)
        return ReportReply(False, None, text("report.store_failed", phone=_phone(settings)), {})
    reply = text("report.received", ticket=ticket, phone=_phone(settings))
    if kinds:
        reply += "\n" + text("report.masked_note", kinds=_kind_labels(settings, kinds))
    return ReportReply(True, ticket, reply, {})


def _commit(db: Database, settings, report: dict[str, Any], directory: Directory | None, *, actor: str,
            now: float) -> str:
    """The report, its first history entry, its deliveries and the audit entry: one transaction."""
    year = datetime.fromtimestamp(now, tz=timezone.utc).year
    with db.transaction() as d:
        ticket = store.next_ticket(d, year)
        report["ticket"] = ticket
        store.insert(d, report, actor=actor)
        if report["kind"] == "incident":
            planned = routing.incident_deliveries(settings, ticket, source=report["source"],
                                                  summary=report["description"], evidence=report["evidence"] or "",
                                                  severity=report["severity"] or "high")
        else:
            planned = routing.report_deliveries(settings, directory, report)
        for delivery in planned:
            outbox_store.enqueue(d, delivery, now=now)
        audit.record(db, actor, f"{report['kind']}.submitted", ticket, category=report["category"],
                     source=report["source"], deliveries=len(planned), finding_types=report["finding_types"])
    return ticket


def open_incident(db: Database, settings, *, source: str, summary: str, evidence: str, severity: str) -> str:
    """A ticket for a high-severity finding, opened by the watcher (no human reporter)."""
    now = time.time()
    masked, kinds = mask_free_text(summary)   # already masked by the caller; scanning again costs little
    category = next(c for c in categories_for(Path(settings.policy_path)) if c.value == "security_breach")
    report = {
        "kind": "incident", "created_at": now, "updated_at": now, "status": "received",
        "category": category.value, "category_label": category.label, "description": masked,
        "occurred_at": datetime.fromtimestamp(now, tz=timezone.utc).isoformat(timespec="minutes"),
        "location_id": None, "location_name": None, "people_involved": None,
        "evidence": (evidence or "")[:LIMITS["evidence"]] or None,
        "urgency": "high" if severity == "high" else "normal", "severity": severity,
        "reporter_id": f"system:{source}", "reporter_name": None, "reporter_email": None, "source": source,
        "finding_types": sorted(kinds),
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


def show(db: Database, person: Person, ticket: str) -> dict | None:
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


def status_label(status: str) -> str:
    return text(f"report.status_{status}")


def change_status(db: Database, settings, person: Person, ticket: str, status: str, note: str = "") -> str:
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
        return text("report.same_status", ticket=ticket, status=status_label(status))
    masked_note, _ = mask_free_text((note or "").strip()[:1000])
    _apply_status(db, row, status, person.id, masked_note)
    return text("report.status_changed", ticket=ticket, status=status_label(status))


def _apply_status(db: Database, row: dict, status: str, actor: str, note: str) -> None:
    """Status, history, audit and the reporter's notification: one transaction."""
    from bot.delivery.markup import neutralise

    with db.transaction() as d:
        history_id = store.set_status(d, row["ticket"], status, actor, note)
        message = text("report.status_notification", ticket=row["ticket"], status=status_label(status),
                       note=text("report.status_notification_note", note=neutralise(note)) if note else "")
        notice = routing.notification_delivery(row["reporter_id"], row["ticket"], history_id, message)
        if notice is not None:
            outbox_store.enqueue(d, notice)
        audit.record(db, actor, "report.status", row["ticket"], status=status, previous=row["status"])


def mark_routed_if_complete(db: Database, ticket: str) -> bool:
    """Called by the outbox after a delivery: once every report delivery is out, the report is "routed".

    Checked and changed inside one (IMMEDIATE) transaction, so two delivering threads or processes that finish
    the last two deliveries at once cannot both mark it and notify the reporter twice."""
    with db.transaction():
        row = store.get(db, ticket)
        if row is None or row["status"] != "received":
            return False
        rows = [d for d in outbox_store.for_ticket(db, ticket) if d["kind"] in ("report", "management", "incident")]
        if not rows or any(d["status"] != "delivered" for d in rows):
            return False
        _apply_status(db, row, "routed", "system:outbox", "")
    return True

"""Watching sanctioned channels: one message in, what to do about it out (platform-neutral).

Findings come from policy.scanner; what happens next depends on severity (from the policy file) and the
place: the poster gets a private nudge, IT gets an alert from medium severity up, a high-severity finding
opens an incident ticket and asks the adapter to delete the message. Only masked values and keyed hashes
are recorded.

Fails closed: the scanner can miss a value, so what leaves a flagged message (the IT alert, the incident, the
stored findings) is its findings (types, masked values, offsets, keyed hashes) and a reference to the message
(permalink, or the message id where there is none), never the words around them. A missed secret beside a
found SSN stays where the poster wrote it. Rate limits keep one noisy channel or poster from flooding anyone:
held-back nudges and alerts are still recorded, and the next alert for the channel says how many were held back.
"""
from __future__ import annotations

import logging
import os
import secrets
import time
from bisect import bisect_right
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from bot.settings import Settings
from bot.store import Database, audit
from bot.store import findings as store
from bot.texts import district_values, text
from handlers import report
from handlers.types import Person, Place
from policy.bundle import load_bundle
from policy.document import SEVERITIES, PolicyDocument
from policy.redaction import fingerprint, redact
from policy.scanner import Finding, ScanInputError, examined_to, scan

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class WatchLimits:
    """Per-hour ceilings. A poster who pastes ten SSNs in a minute gets a few nudges, not ten."""

    nudges_per_poster: int = 5
    alerts_per_channel: int = 10
    incidents_per_channel: int = 5
    window_seconds: int = 3600
    alert_min_severity: str = "medium"
    incident_min_severity: str = "high"
    delete_min_severity: str = "high"


LIMITS = WatchLimits()
# An alert or incident lists at most this many findings (a pasted roster has hundreds); the rest are counted.
LISTED_FINDINGS = 20
SHOWN_IN_FILE = 10   # a roster holds hundreds of values: a nudge lists the first few and counts the rest
clock = time.time  # the rate limits' clock; tests move it forward instead of sleeping


@dataclass(frozen=True)
class WatchedMessage:
    place: Place
    author: Person
    message_id: str
    text: str
    permalink: str = ""
    edited: bool = False
    # A shared file's text (handlers/watch_files.py): the file's name, and where each part of `text` starts in
    # the file ((offset, "row 12"), ...), so each finding names the file and the row. Empty for a message's words.
    source: str = ""
    locations: tuple[tuple[int, str], ...] = ()


@dataclass(frozen=True)
class Nudge:
    to: str
    text: str
    finding_ids: tuple[str, ...]


@dataclass(frozen=True)
class Alert:
    text: str
    finding_ids: tuple[str, ...]


@dataclass(frozen=True)
class WatchOutcome:
    findings: tuple[Finding, ...]
    finding_ids: tuple[str, ...]
    nudge: Nudge | None
    alert: Alert | None
    incident_ticket: str | None
    delete: bool
    suppressed: str | None


def _nothing(reason: str | None, found: tuple[Finding, ...] = ()) -> WatchOutcome:
    return WatchOutcome(found, (), None, None, None, False, reason)


def _at_least(severity: str, threshold: str) -> bool:
    return SEVERITIES.index(severity) >= SEVERITIES.index(threshold)


def hash_secret(settings: Settings) -> str:
    """AUPBOT_HASH_SECRET, or a random key generated once beside the database (mode 0600)."""
    if settings.hash_secret:
        return settings.hash_secret
    path = Path(settings.db_path).parent / "hash-secret"
    try:
        return path.read_text(encoding="utf-8").strip()
    except FileNotFoundError:
        path.parent.mkdir(parents=True, exist_ok=True)
        key = secrets.token_hex(32)
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            f.write(key)
        return key


def _place_name(place: Place) -> str:
    if place.channel_name or place.channel:
        return text("watch.place_channel", name=place.channel_name or place.channel)
    return text("watch.place_dm")


def _labels(policy: PolicyDocument, found: list[Finding]) -> str:
    names = []
    for f in found:
        rule = policy.findings.get(f.type)
        label = rule.label if rule else f.type
        if label not in names:
            names.append(label)
    return " and ".join(names) if len(names) <= 2 else ", ".join(names[:-1]) + " and " + names[-1]


def _finding_list(policy: PolicyDocument, found: list[Finding], ids: tuple[str, ...],
                  where: Callable[[Finding], str] | None = None) -> str:
    """What IT reads about a flagged message: per finding its id, type, masked value and offsets (or, in a
    shared file, its file and row), in text order. Built from the findings alone, so nothing the scanner did
    not see can be in it."""
    lines = []
    for f, finding_id in list(zip(found, ids, strict=False))[:LISTED_FINDINGS]:
        rule = policy.findings.get(f.type)
        label = rule.label if rule else f.type
        if where is None:
            lines.append(text("watch.finding_line", id=finding_id, label=label, masked=f.redacted,
                              start=f.start, end=f.end))
        else:
            lines.append(text("watch.finding_line_in_file", id=finding_id, label=label, masked=f.redacted,
                              location=where(f)))
    more = len(found) - LISTED_FINDINGS
    return "; ".join(lines) + (text("watch.findings_more", count=more) if more > 0 else "")


def _reference(msg: WatchedMessage) -> str:
    """The message's permalink, or its id in its place where the platform gives no link."""
    if msg.permalink:
        return text("watch.reference_link", permalink=msg.permalink)
    return text("watch.reference_id", platform=msg.place.platform, channel=msg.place.channel,
                message_id=msg.message_id)


def is_watched(db: Database, settings: Settings, place: Place) -> bool:
    state = store.watched_state(db, place.platform, place.channel)
    if state is not None:
        return state
    return place.channel in settings.watched_at_start(place.platform)


def switch_watched(db: Database, person: Person, place: Place, on: bool) -> tuple[bool, str]:
    """Turn watching of a place on or off: an administrator's decision, and never for a direct conversation
    (what a person says to the bot alone is a question, not a post to watch). (whether it was switched, the
    reply): an adapter that follows the switch (the Chat poller's checkpoint) acts only on a real one."""
    if place.direct:
        return False, text("watch.watch_direct")
    if not person.is_admin:
        return False, text("watch.watch_refused")
    store.set_watched(db, place.platform, place.channel, on, person.id)
    audit.record(db, person.id, "watch.on" if on else "watch.off", f"{place.platform}:{place.channel}")
    return True, text("watch.watch_on" if on else "watch.watch_off", place=_place_name(place))


def set_watched(db: Database, person: Person, place: Place, on: bool) -> str:
    return switch_watched(db, person, place, on)[1]


def _allowed(db: Database, kind: str, key: str, limit: int, now: float) -> bool:
    if store.count_actions(db, kind, key, now - LIMITS.window_seconds) >= limit:
        return False
    store.note_action(db, kind, key, now=now)
    return True


def handle_message(db: Database, settings: Settings, msg: WatchedMessage) -> WatchOutcome:
    if not is_watched(db, settings, msg.place):
        return _nothing("not watched")
    policy = load_bundle(settings.policy_path).policy
    try:
        found = scan(msg.text, policy)
    except ScanInputError as exc:
        log.warning("watch: message %s not scanned: %s", msg.message_id, exc)
        return _nothing("not scanned: message too large")
    partial = _partial_note(msg.text, found)
    if partial:  # the bound on the scan's work stopped it early: IT learns the rest was not read (offsets only)
        audit.record(db, "system:watch", "watch.scanned_in_part", msg.message_id,
                     place=f"{msg.place.platform}:{msg.place.channel}", poster=msg.author.id,
                     examined_to=examined_to(found, msg.text), length=len(msg.text))
    if not found:
        return _nothing("scanned in part" if partial else None)
    key = hash_secret(settings)
    hashes = [fingerprint(msg.text[f.start:f.end], key) for f in found]
    pairs = [(f, h) for f, h in zip(found, hashes, strict=False) if not store.is_excepted(db, h, f.type)]
    if not pairs:
        return _nothing("reviewed as not sensitive", tuple(found))
    if msg.edited:
        # an edit re-sends the whole text: values already recorded for this message were already acted on
        seen = {(r["type"], r["value_hash"]) for r in
                store.findings_for_message(db, msg.place.platform, msg.place.channel, msg.message_id)}
        pairs = [(f, h) for f, h in pairs if (f.type, h) not in seen]
        if not pairs:
            return _nothing("already handled", tuple(found))
    kept = [f for f, _ in pairs]
    where = _locator(policy, msg)
    # a value the poster asked IT to exempt: still recorded and alerted, but the poster is not nudged again
    nudgeable = [f for f, h in pairs if not store.is_requested_by(db, h, f.type, msg.author.id)]
    ids = store.record_findings(db, [{
        "platform": msg.place.platform, "channel": msg.place.channel, "channel_name": msg.place.channel_name,
        "message_id": msg.message_id,
        "poster_id": msg.author.id, "type": f.type, "severity": f.severity, "policy_items": f.policy_items,
        "start": f.start, "end": f.end, "redacted": f.redacted, "value_hash": h, "detector": f.detector,
        **({"location": where(f)} if msg.source else {}),
    } for f, h in pairs])
    return _act(db, settings, policy, msg, kept, tuple(ids), nudgeable, partial)


def _partial_note(said: str, found: list[Finding]) -> str:
    """For IT, when the scan was cut short by its bound (policy/detectors/bound.py): how much of the message was
    read, as offsets; nothing of the text."""
    cut = examined_to(found, said)
    return text("watch.scanned_in_part", examined=cut, length=len(said)) if cut < len(said) else ""


def _act(db: Database, settings: Settings, policy: PolicyDocument, msg: WatchedMessage, kept: list[Finding],
         ids: tuple[str, ...], nudgeable: list[Finding], partial: str = "") -> WatchOutcome:
    now = clock()
    severity = max((f.severity for f in kept), key=SEVERITIES.index)
    place_key = f"{msg.place.platform}:{msg.place.channel}"
    place = _place_name(msg.place)
    labels = _labels(policy, kept)
    listed = _finding_list(policy, kept, ids, _locator(policy, msg) if msg.source else None)
    reference = _reference(msg)
    held: list[str] = []

    delete = _at_least(severity, LIMITS.delete_min_severity)
    nudge = None
    if not nudgeable:
        held.append("not-sensitive request by the poster awaits IT review")
    elif _allowed(db, "nudge", msg.author.id, LIMITS.nudges_per_poster, now):
        masked = (", ".join(dict.fromkeys(f.redacted for f in nudgeable)) if not msg.source
                  else _located(policy, msg, nudgeable))
        nudge_items = ", ".join(str(i) for i in sorted({i for f in nudgeable for i in f.policy_items})) or "-"
        nudge = Nudge(to=msg.author.id, finding_ids=ids, text=text(
            "watch.nudge", place=place, labels=_labels(policy, nudgeable), masked=masked, items=nudge_items,
            **district_values(policy.district)))
    else:
        held.append("nudge rate limit (poster)")

    ticket = None
    if _at_least(severity, LIMITS.incident_min_severity):
        if _allowed(db, "incident", place_key, LIMITS.incidents_per_channel, now):
            ticket = report.open_incident(db, settings, source=f"watch:{msg.place.platform}", severity=severity,
                                    summary=text("watch.incident_summary", labels=labels, place=place,
                                                 poster=msg.author.shown, findings=listed, reference=reference)
                                    + partial,
                                    evidence=" ".join(filter(None, [msg.permalink, "findings " + ", ".join(ids)])),
                                    finding_types=sorted({f.type for f in kept}))
        else:
            held.append("incident rate limit (channel)")

    alert = None
    if _at_least(severity, LIMITS.alert_min_severity):
        if _allowed(db, "alert", place_key, LIMITS.alerts_per_channel, now):
            count = store.take_suppressed(db, place_key)
            alert = Alert(finding_ids=ids, text=text(
                "watch.alert", severity=severity.capitalize(), labels=labels, place=place, poster=msg.author.shown,
                findings=listed, reference=reference,
                ticket=text("watch.alert_ticket", ticket=ticket) if ticket else "",
                held=text("watch.alert_held", count=count) if count else "") + partial)
        else:
            store.add_suppressed(db, place_key, now=now)
            held.append("alert rate limit (channel)")

    suppressed = "; ".join(held) or None
    store.update_actions(db, list(ids), nudged=nudge is not None, alerted=alert is not None,
                         incident_ticket=ticket, suppressed=suppressed)
    audit.record(db, "system:watch", "watch.findings", ids[0], place=place_key, poster=msg.author.id,
                 types=sorted({f.type for f in kept}), severity=severity, ticket=ticket, suppressed=suppressed,
                 **({"scanned_in_part": True} if partial else {}))
    return WatchOutcome(tuple(kept), ids, nudge, alert, ticket, delete, suppressed)


def _locator(policy: PolicyDocument, msg: WatchedMessage) -> Callable[[Finding], str]:
    """Where a finding sits in a shared file: "roster.csv, row 12". The file and sheet names are masked too (a
    name can hold a value); the row numbers are ours."""
    name = _masked(policy, msg.source) if msg.source else ""
    starts = [offset for offset, _ in msg.locations]
    heads: dict[str, str] = {}

    def where(f: Finding) -> str:
        i = bisect_right(starts, f.start) - 1
        head, _, number = (msg.locations[i][1] if i >= 0 else "").rpartition(" ")
        if head not in heads:
            heads[head] = _masked(policy, head)
        return ", ".join(part for part in (name, f"{heads[head]} {number}".strip()) if part)
    return where


def _located(policy: PolicyDocument, msg: WatchedMessage, found: list[Finding]) -> str:
    where = _locator(policy, msg)
    shown = list(dict.fromkeys(f"{f.redacted} ({where(f)})" for f in found))
    more = len(shown) - SHOWN_IN_FILE
    return ", ".join(shown[:SHOWN_IN_FILE]) + (text("watch.and_more", count=more) if more > 0 else "")


def mark_not_sensitive(db: Database, settings: Settings, finding_id: str, person: Person, reason: str) -> str:
    """An IT reviewer's mark is a reviewed exception at once: the value is not flagged again, for anyone. The
    poster's mark is a request: it is queued for IT review (it shows in the reviewers' recent findings and in
    `aupbot findings exceptions`) and silences only the poster's own nudges about that value meanwhile, so
    nobody can exempt a value for everyone without a reviewer."""
    finding = store.get_finding(db, finding_id.strip())
    if finding is None:
        return text("watch.not_sensitive_unknown", finding_id=finding_id.strip()[:40])
    if not (person.is_reviewer or person.id == finding["poster_id"]):
        return text("watch.not_sensitive_refused")
    reason = (reason or "").strip()
    if not reason:
        return text("watch.not_sensitive_reason_required")
    if finding["status"] == "not_sensitive":
        return text("watch.not_sensitive_already", finding_id=finding_id)
    pending = store.open_request_for(db, finding["id"])
    if pending is not None and not person.is_reviewer:
        return text("watch.not_sensitive_pending", finding_id=finding_id, exception_id=pending["id"])
    policy = load_bundle(settings.policy_path).policy
    safe_reason = _masked(policy, reason)  # a reason may quote the value itself
    rule = policy.findings.get(finding["type"])
    label = rule.label if rule else finding["type"]
    if not person.is_reviewer:
        exception_id = store.request_exception(db, finding, person.id, safe_reason)
        audit.record(db, person.id, "watch.not_sensitive_requested", finding_id, type=finding["type"],
                     exception=exception_id, reason=safe_reason)
        return text("watch.not_sensitive_requested", finding_id=finding_id, label=label, exception_id=exception_id)
    if pending is not None:   # a reviewer marking a finding someone asked about answers that request
        return review_exception(db, settings, pending["id"], person, True, reason)
    store.add_exception(db, finding, person.id, safe_reason)
    audit.record(db, person.id, "watch.not_sensitive", finding_id, type=finding["type"], reason=safe_reason)
    return text("watch.not_sensitive_done", finding_id=finding_id, label=label, who=person.name or person.id)


def review_exception(db: Database, settings: Settings, exception_id: int, reviewer: Person, accept: bool,
                     note: str) -> str:
    """A reviewer's answer to a poster's not-sensitive request: accepted, the value is exempt everywhere
    (matched by its keyed hash); rejected, the finding is open again and the poster's nudges resume."""
    if not reviewer.is_reviewer:
        return text("watch.exception_refused")
    request = store.get_exception(db, int(exception_id))
    if request is None:
        return text("watch.exception_unknown", exception_id=exception_id)
    if request["status"] != "requested":
        return text("watch.exception_decided", exception_id=exception_id, status=request["status"])
    policy = load_bundle(settings.policy_path).policy
    safe_note = _masked(policy, note or "")
    if not store.decide_exception(db, int(exception_id), reviewer.id, accept, safe_note):
        current = store.get_exception(db, int(exception_id)) or request
        return text("watch.exception_decided", exception_id=exception_id, status=current["status"])
    audit.record(db, reviewer.id, "watch.exception_accepted" if accept else "watch.exception_rejected",
                 request["finding_id"], exception=int(exception_id), type=request["type"],
                 requested_by=request["requested_by"], note=safe_note)
    rule = policy.findings.get(request["type"])
    return text("watch.exception_accepted" if accept else "watch.exception_rejected", exception_id=exception_id,
                label=rule.label if rule else request["type"], who=reviewer.name or reviewer.id)


def _masked(policy: PolicyDocument, words: str) -> str:
    return redact(words.strip()[:1000], policy=policy).text

"""The approvals register: staff record the written approvals a practice depends on, the bot keeps track of
their expiry and reminds the owner and the approver before it comes.

Which approvals exist, who gives them, what written evidence is recorded and how long they last is data
(policy/data/approvals.yaml), quoted from the policy. Platform-neutral: chat adapters pass the text after
`/aup` to `command()`, the CLI calls `register()` / `approvals_of()` / `revoke()` directly, and the policy
answers call `active_for()` to mention a registration that applies.

Privacy: free text (subjects, form references, reasons) goes through the detectors and only its masked form is
stored or sent, like every other record the bot keeps.
"""
from __future__ import annotations

import logging
import re
import shlex
import sqlite3
import time
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

from bot.settings import Settings
from bot.store import approvals as store
from bot.store import audit
from bot.store.db import Database, StoreError
from bot.texts import text
from handlers.report import plain_text
from handlers.types import Person
from policy import yaml_loader
from policy.bundle import load_bundle
from policy.document import PolicyDocument
from policy.redaction import redact

log = logging.getLogger(__name__)

DEFAULT_RULES = Path(__file__).resolve().parent.parent / "policy" / "data" / "approvals.yaml"
COMMANDS = ("register", "approvals", "revoke")   # the /aup sub-commands `command()` answers
LIMITS = {"subject": 200, "approver": 120, "approver_contact": 200, "evidence": 200, "reason": 300}
DATE_FORMATS = ("%Y-%m-%d", "%m/%d/%Y", "%d %B %Y", "%B %d, %Y", "%B %d %Y")
CORE_FIELDS = ("kind", "subject", "approver", "date", "approver_contact", "owner")


class ApprovalRulesError(ValueError):
    """policy/data/approvals.yaml is broken; the message names the file and the place."""


@dataclass(frozen=True)
class EvidenceSpec:
    name: str
    label: str
    kind: str = "text"        # "text" or "date"
    required: bool = True


@dataclass(frozen=True)
class ApprovalKind:
    id: str
    label: str
    aliases: tuple[str, ...]
    section: str
    policy_line: str
    approver: str
    validity_days: int
    subject_label: str
    conditions: tuple[str, ...]
    evidence: tuple[EvidenceSpec, ...]
    grade_bands: tuple[str, ...] = ()    # the bands it can cover (vocabulary `bands`); empty: any audience

    @property
    def field_names(self) -> tuple[str, ...]:
        return CORE_FIELDS + tuple(e.name for e in self.evidence)


@dataclass(frozen=True)
class ApprovalRules:
    remind_days_before: int
    kinds: dict[str, ApprovalKind]
    per_hour: int = 5          # registrations one person may make in an hour and in a day (registration_limits)
    per_day: int = 20

    def find(self, name: str) -> ApprovalKind | None:
        key = name.strip().lower().replace("-", "_").replace(" ", "_")
        for kind in self.kinds.values():
            if key == kind.id or key in kind.aliases:
                return kind
        return None


@dataclass(frozen=True)
class Approval:
    id: int
    kind: str
    kind_label: str
    owner_id: str
    owner_name: str
    subject: str
    approver: str
    approver_contact: str
    approved_on: date
    expires_on: date
    evidence: dict[str, str]
    state: str                       # active, expiring, expired, revoked
    missing: tuple[str, ...] = ()    # labels of optional evidence not yet recorded
    days_left: int = 0

    def to_json(self) -> dict[str, Any]:
        return {"id": self.id, "kind": self.kind, "kind_label": self.kind_label, "owner_id": self.owner_id,
                "subject": self.subject, "approver": self.approver, "approved_on": self.approved_on.isoformat(),
                "expires_on": self.expires_on.isoformat(), "state": self.state, "days_left": self.days_left,
                "evidence": dict(self.evidence), "missing": list(self.missing)}


@dataclass(frozen=True)
class ApprovalReply:
    ok: bool
    text: str
    approval: Approval | None = None
    errors: dict[str, str] = field(default_factory=dict)


# -- the rules file ------------------------------------------------------------------------------------------

@lru_cache(maxsize=4)
def load_rules(path: Path | str = DEFAULT_RULES) -> ApprovalRules:
    path = Path(path)
    try:
        raw = yaml_loader.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        raise ApprovalRulesError(f"{path}: cannot be read ({type(exc).__name__})") from None
    if not isinstance(raw, dict) or not isinstance(raw.get("kinds"), dict):
        raise ApprovalRulesError(f"{path}: expected a mapping with `kinds`")
    kinds = {}
    for kind_id, spec in raw["kinds"].items():
        where = f"{path}: kinds.{kind_id}"
        try:
            evidence = tuple(EvidenceSpec(str(e["name"]), str(e["label"]), str(e.get("kind", "text")),
                                          bool(e.get("required", True))) for e in spec.get("evidence") or ())
            kinds[kind_id] = ApprovalKind(
                id=kind_id, label=str(spec["label"]),
                aliases=tuple(str(a).lower() for a in spec.get("aliases") or ()),
                section=str(spec["section"]), policy_line=str(spec.get("policy_line", "")),
                approver=str(spec["approver"]), validity_days=int(spec["validity_days"]),
                subject_label=str(spec.get("subject_label", "subject")),
                conditions=tuple(str(c) for c in spec.get("conditions") or ()), evidence=evidence,
                grade_bands=tuple(str(b) for b in spec.get("grade_bands") or ()))
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise ApprovalRulesError(f"{where}: missing or invalid field ({exc})") from None
        if kinds[kind_id].validity_days <= 0:
            raise ApprovalRulesError(f"{where}.validity_days: must be a positive number of days")
    limits = raw.get("registration_limits") or {}
    try:
        per_hour, per_day = int(limits.get("per_hour", 5)), int(limits.get("per_day", 20))
    except (TypeError, ValueError, AttributeError):
        raise ApprovalRulesError(f"{path}: registration_limits: per_hour and per_day must be numbers") from None
    if per_hour <= 0 or per_day <= 0:
        raise ApprovalRulesError(f"{path}: registration_limits: per_hour and per_day must be positive")
    return ApprovalRules(remind_days_before=int(raw.get("remind_days_before", 30)), kinds=kinds,
                         per_hour=per_hour, per_day=per_day)


def rules() -> ApprovalRules:
    return load_rules(DEFAULT_RULES)


# -- reading -------------------------------------------------------------------------------------------------

def _today(today: date | None) -> date:
    return today or datetime.now().date()


def from_row(row: dict[str, Any], today: date) -> Approval:
    """The stored row as an Approval, its state judged on `today` (expiry is a date, not a moment)."""
    r = rules()
    kind = r.kinds.get(row["kind"])
    expires = date.fromisoformat(row["expires_on"])
    days_left = (expires - today).days
    if row.get("revoked_at"):
        state = "revoked"
    elif days_left <= 0:
        state = "expired"
    elif days_left <= r.remind_days_before:
        state = "expiring"
    else:
        state = "active"
    evidence = row.get("evidence") or {}
    missing = tuple(e.label for e in (kind.evidence if kind else ()) if not e.required and not evidence.get(e.name))
    return Approval(id=row["id"], kind=row["kind"], kind_label=kind.label if kind else row["kind"],
                    owner_id=row["owner_id"], owner_name=row.get("owner_name") or "", subject=row["subject"],
                    approver=row["approver"], approver_contact=row.get("approver_contact") or "",
                    approved_on=date.fromisoformat(row["approved_on"]), expires_on=expires, evidence=evidence,
                    state=state, missing=missing, days_left=max(0, days_left))


def get(db: Database, approval_id: int, *, today: date | None = None) -> Approval | None:
    row = store.get(db, approval_id)
    return from_row(row, _today(today)) if row else None


def approvals_of(db: Database, person: Person, *, everyone: bool = False,
                 today: date | None = None) -> list[Approval]:
    """The person's own approvals; every approval when `everyone` and the person is a reviewer or admin."""
    today = _today(today)
    rows = store.listing(db) if everyone and person.is_reviewer else store.for_owner(db, person.id)
    return [from_row(r, today) for r in rows]


def active_for(db: Database, person: Person, kind: str, *, today: date | None = None) -> list[Approval]:
    """The person's live (not expired, not revoked) approvals of `kind` (an id or alias), newest first: what a
    policy answer mentions ("You have a registered ... approval valid until ...")."""
    found = rules().find(kind)
    if found is None:
        return []
    today = _today(today)
    live = [from_row(r, today) for r in store.for_owner(db, person.id, found.id)]
    return [a for a in live if a.state in ("active", "expiring")]


def kinds_for_conditions(conditions: Iterable[str]) -> list[ApprovalKind]:
    """The kinds whose policy conditions a policy answer lists (exact policy text on both sides)."""
    given = set(conditions)
    return [k for k in rules().kinds.values() if given & set(k.conditions)]


def mentions_for(db: Database, person: Person, reply: Any, *, today: date | None = None) -> list[str]:
    """What a policy answer adds for this person: one line per live registered approval of a kind whose
    conditions the answer names ("You have a registered ... approval (#12, ...) valid until ...")."""
    lines: list[str] = []
    for kind in kinds_for_conditions(getattr(reply, "conditions", ()) or ()):
        lines.extend(mention(a) for a in active_for(db, person, kind.id, today=today))
    return lines


def mention(approval: Approval) -> str:
    return text("approvals.mention", id=approval.id, kind_label=approval.kind_label, subject=approval.subject,
                expires_on=approval.expires_on.isoformat())


def describe(approval: Approval) -> str:
    state_text = text(f"approvals.state_{approval.state}", expires_on=approval.expires_on.isoformat(),
                      days_left=approval.days_left)
    if approval.missing and approval.state != "revoked":
        state_text += text("approvals.missing_suffix", items=", ".join(approval.missing))
    return text("approvals.list_line", id=approval.id, kind_label=approval.kind_label, subject=approval.subject,
                owner=approval.owner_name or approval.owner_id, approver=approval.approver,
                approved_on=approval.approved_on.isoformat(), state_text=state_text)


# Where a person typed the command, named by the part of their id before ":" (handlers.types.Person).
SURFACES = ("slack", "gchat", "console", "cli")


def surface_of(person: Person) -> str:
    return person.id.split(":", 1)[0]


def syntax(surface: str) -> dict[str, str]:
    """How {register}, {approvals} and {revoke} are typed on this surface (messages/approvals.yaml syntax_*): the
    wording depends on the surface through the templates, so a CLI user reads `aupbot register add`, never
    `/aup register`. An id from no surface of ours reads the chat form."""
    surface = surface if surface in SURFACES else "slack"
    return {verb: text(f"approvals.syntax_{surface}_{verb}") for verb in ("register", "approvals", "revoke")}


def listing_text(approvals: list[Approval], *, everyone: bool, surface: str = "slack") -> str:
    if not approvals:
        return text("approvals.none_at_all") if everyone else text("approvals.none_yours", **syntax(surface))
    return "\n".join([text("approvals.list_header"), *(describe(a) for a in approvals)])


def help_text(surface: str = "slack") -> str:
    lines = []
    for k in rules().kinds.values():
        fields = ", ".join(["subject", "approver", "date", *(e.name + ("" if e.required else " (optional)")
                                                             for e in k.evidence), "approver_contact (optional)"])
        lines.append(text("approvals.help_kind", id=k.id, aliases=", ".join(k.aliases), label=k.label,
                          approver=k.approver, days=k.validity_days, fields=fields))
    return text("approvals.help", kinds="\n".join(lines), **syntax(surface))


# -- who may be reminded ---------------------------------------------------------------------------------------

# A Slack person: user ids start with U (or W on Enterprise Grid); C/G/D are channels, groups and DMs, and
# <!channel>-style broadcasts are not ids at all. A Chat person: users/ and a numeric id (not users/all, not
# users/app, not a space). One e-mail address: no list separators, no display name, no comments.
_SLACK_PERSON = re.compile(r"slack:[UW][A-Z0-9]{2,20}")
_SLACK_MENTION = re.compile(r"<@([UW][A-Z0-9]{2,20})(?:\|[^<>]*)?>")
_CHAT_PERSON = re.compile(r"gchat:users/[0-9]{1,30}")
_EMAIL = re.compile(r"[A-Za-z0-9][A-Za-z0-9._%+-]{0,63}@([A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63})+)")
_LOCAL_PERSON = re.compile(r"(?:console|cli):[^\s:<>@,;]{1,80}")


def district_domains(settings: Settings) -> tuple[str, ...]:
    """The district's e-mail domains, from the policy file's district facts (policy `district.email_domains`):
    another district's file names its own, so no domain is written in code."""
    try:
        return load_bundle(settings.policy_path).district.email_domains
    except Exception:  # an unreadable policy is reported at start-up; here it only means "no e-mail contacts"
        log.warning("approvals: the policy file's district e-mail domains could not be read")
        return ()


def it_destinations(settings: Settings) -> tuple[str, ...]:
    """The configured IT destinations an approval may name as its contact (the IT channel and space, the
    service desk mailbox), as reminders address them; the IT chat targets are listed in one place
    (Settings.it_chat_targets)."""

    found = list(settings.it_chat_targets())
    if getattr(settings, "servicedesk_email", ""):
        found.append(settings.servicedesk_email.strip().lower())
    return tuple(found)


def contact_for(settings: Settings, value: str) -> tuple[str | None, str | None]:
    """(the contact as reminders address it, None) or (None, why it is refused).

    A registration reminds its contact, so a contact must be a district person or a configured IT destination:
    a Slack user id, a Chat users/NUMBER, or one e-mail address in the district's domains. Never a channel,
    a space, a broadcast or a list: the register is not a way to post to, or mail, anyone else."""
    value = (value or "").strip()
    mention = _SLACK_MENTION.fullmatch(value)
    if mention:
        value = f"slack:{mention.group(1)}"
    if value in it_destinations(settings) or value.lower() in it_destinations(settings):
        return (value.lower() if "@" in value else value), None
    if _SLACK_PERSON.fullmatch(value) or _CHAT_PERSON.fullmatch(value):
        return value, None
    email = _EMAIL.fullmatch(value)
    if email:
        domains = district_domains(settings)
        if not domains:
            return None, text("approvals.contact_no_domains")
        if email.group(1).lower() not in domains:
            return None, text("approvals.contact_outside_district", domains=", ".join(domains))
        return value.lower(), None
    return None, text("approvals.bad_contact")


def is_person(value: str) -> bool:
    """An owner: a chat person or a local (console, CLI) one; never a channel, a space or an address."""
    return bool(_SLACK_PERSON.fullmatch(value) or _CHAT_PERSON.fullmatch(value) or _LOCAL_PERSON.fullmatch(value))


def _over_limit(db: Database, person: Person, now: float) -> str | None:
    """The per-person registration limit (registration_limits in the rules file); CLI operators, who hold the
    database file itself, are not limited."""
    if person.id.startswith("cli:"):
        return None
    r = rules()
    for window, limit, key in ((3600, r.per_hour, "approvals.rate_limited_hour"),
                               (86400, r.per_day, "approvals.rate_limited_day")):
        if store.created_by_since(db, person.id, now - window) >= limit:
            return text(key, limit=limit)
    return None


# -- writing -------------------------------------------------------------------------------------------------

def _policy(settings: Settings) -> PolicyDocument:
    return load_bundle(settings.policy_path).policy


def _masked(value: str, policy: PolicyDocument) -> str:
    """Free text as it may be stored: detected values (a password pasted by mistake) and whatever is shaped like
    one replaced by masks (policy.redaction.redact; withheld when it cannot be checked)."""
    return redact(value, policy=policy).text


def _reference(value: str, policy: PolicyDocument) -> str:
    """An identifier that must stay matchable (a form number an auditor looks up, the address reminders go
    to): detected values masked, a failure withholds it, but the second pass, which would mask every form
    number and every address, is off."""
    return redact(value, policy=policy, second_pass=False).text


def _masked_evidence(evidence: dict[str, str], policy: PolicyDocument) -> dict[str, str]:
    """Evidence fields are references (form numbers) or dates the bot parsed, not prose."""
    return {k: _reference(v, policy) for k, v in evidence.items()}


def parse_date(raw: str) -> date | None:
    value = raw.strip()
    for fmt in DATE_FORMATS:
        try:
            return datetime.strptime(value, fmt).date()
        except ValueError:
            continue
    return None


def _label(name: str, kind: ApprovalKind | None) -> str:
    for e in kind.evidence if kind else ():
        if e.name == name:
            return e.label
    try:
        return text(f"approvals.field_{name}")
    except KeyError:
        return name


def _outside_bands(settings: Settings, kind: ApprovalKind, subject: str) -> str | None:
    """Why the policy cannot grant this kind for this subject, or None. A subject that names a grade band the
    kind does not cover ("7th-grade team" for a texting exception, which the Exception to Policy limits to
    grades 9-12) is refused: registering it would record as approved what the policy prohibits. The bands are
    read with the policy vocabulary's own cues, the one definition of "7th grade" the answers use too."""
    if not kind.grade_bands:
        return None
    from policy.engine import engine_for
    from policy.understanding import normalize

    vocabulary = engine_for(settings.policy_path).vocabulary
    said = normalize(subject)
    named = [c.value for c in vocabulary.bands if any(cue.pattern.search(said) for cue in c.cues)]
    outside = [band for band in named if band not in kind.grade_bands]
    if not outside:
        return None
    return text("approvals.outside_grade_bands", kind_label=kind.label, section=kind.section,
                policy_line=kind.policy_line,
                named=" and ".join(vocabulary.label("audience", f"student_{b}") for b in outside),
                covered=" and ".join(vocabulary.label("audience", f"student_{b}") for b in kind.grade_bands))


def _validate(settings: Settings, person: Person, fields: dict[str, str], today: date
              ) -> tuple[dict[str, Any], dict[str, str]]:
    errors: dict[str, str] = {}
    r = rules()
    # terminal escapes and bidi overrides are stripped as reports do (handlers.report.plain_text): a subject
    # must read the same in `aupbot register list` as it was registered
    given = {k.strip().lower(): plain_text(v or "") for k, v in fields.items()}
    kind = r.find(given.get("kind", ""))
    if kind is None:
        errors["kind"] = text("approvals.unknown_kind", given=given.get("kind", ""),
                              kinds=", ".join(r.kinds))
        return {}, errors
    unknown = sorted(set(given) - set(kind.field_names) - {"approved_on"})
    if unknown:
        errors["fields"] = text("approvals.unknown_field", names=", ".join(unknown),
                                fields=", ".join(kind.field_names[1:]))
    if "approved_on" in given and "date" not in given:
        given["date"] = given["approved_on"]
    for name in ("subject", "approver", "approver_contact"):
        value = given.get(name, "")
        if not value and name != "approver_contact":
            errors[name] = text("approvals.required", label=_label(name, kind))
        elif len(value) > LIMITS[name]:
            errors[name] = text("approvals.too_long", label=_label(name, kind), length=len(value),
                                limit=LIMITS[name])
    if given.get("subject") and "subject" not in errors:
        refused = _outside_bands(settings, kind, given["subject"])
        if refused:
            errors["subject"] = refused
    approved_on = None
    if not given.get("date"):
        errors["date"] = text("approvals.required", label=_label("date", kind))
    else:
        approved_on = parse_date(given["date"])
        if approved_on is None:
            errors["date"] = text("approvals.bad_date", label=_label("date", kind), given=given["date"][:40])
        elif approved_on > today:
            errors["date"] = text("approvals.future_date", label=_label("date", kind))
        elif approved_on + timedelta(days=kind.validity_days) <= today:
            errors["date"] = text("approvals.already_expired", approved_on=approved_on.isoformat(),
                                  expires_on=(approved_on + timedelta(days=kind.validity_days)).isoformat())
    evidence: dict[str, str] = {}
    for spec in kind.evidence:
        value = given.get(spec.name, "")
        if not value:
            if spec.required:
                errors[spec.name] = text("approvals.required", label=spec.label)
            continue
        if spec.kind == "date":
            parsed = parse_date(value)
            if parsed is None:
                errors[spec.name] = text("approvals.bad_date", label=spec.label, given=value[:40])
                continue
            if parsed > today:   # a notice dated tomorrow has not been given: it cannot be recorded as given
                errors[spec.name] = text("approvals.future_date", label=spec.label)
                continue
            value = parsed.isoformat()
        elif len(value) > LIMITS["evidence"]:
            errors[spec.name] = text("approvals.too_long", label=spec.label, length=len(value),
                                     limit=LIMITS["evidence"])
            continue
        evidence[spec.name] = value
    contact: str | None = ""
    if given.get("approver_contact") and "approver_contact" not in errors:
        contact, problem = contact_for(settings, given["approver_contact"])
        if problem:
            errors["approver_contact"] = problem
    owner = given.get("owner") or person.id
    if owner != person.id:
        if not person.is_reviewer:
            errors["owner"] = text("approvals.owner_not_allowed")
        elif not is_person(owner):
            errors["owner"] = text("approvals.bad_owner")
    if errors:
        return {}, errors
    return {"kind": kind, "owner": owner, "subject": given["subject"], "approver": given["approver"],
            "approver_contact": contact or "", "approved_on": approved_on,
            "evidence": evidence}, {}


def register(db: Database, settings: Settings, person: Person, fields: dict[str, str], *,
             today: date | None = None, now: float | None = None) -> ApprovalReply:
    """Record an approval. Repeating the same registration (a double click) returns the first one."""
    today = _today(today)
    now = time.time() if now is None else now
    valid, errors = _validate(settings, person, fields, today)
    if errors:
        return ApprovalReply(False, text("approvals.not_registered",
                                         problems="\n".join(f"- {m}" for m in errors.values())), errors=errors)
    kind: ApprovalKind = valid["kind"]
    policy = _policy(settings)
    subject = _masked(valid["subject"], policy)
    approved_on = valid["approved_on"]
    try:
        existing = store.find_same(db, valid["owner"], kind.id, subject, approved_on.isoformat())
        if existing:
            return _amended(db, person, existing, valid["evidence"], today, policy)
        limited = _over_limit(db, person, now)
        if limited:
            log.warning("approval refused: %s reached the registration limit", person.id[:80])
            return ApprovalReply(False, limited, errors={"limit": limited})
        row = {
            "kind": kind.id, "owner_id": valid["owner"],
            "owner_name": plain_text(person.name or "") if valid["owner"] == person.id else "",
            "subject": subject, "approver": _masked(valid["approver"], policy),
            "approver_contact": valid["approver_contact"] or None,   # checked by contact_for, not free text
            "approved_on": approved_on.isoformat(),
            "expires_on": (approved_on + timedelta(days=kind.validity_days)).isoformat(),
            "evidence": _masked_evidence(valid["evidence"], policy),
            "created_at": now, "created_by": person.id,
        }
        with db.transaction() as d:
            new_id = store.insert(d, row)
            audit.record(db, person.id, "approval.registered", f"approval:{new_id}", kind=kind.id,
                         owner=valid["owner"], expires_on=row["expires_on"])
    except (sqlite3.Error, StoreError) as exc:
        log.error("approval not saved: %s", type(exc).__name__)
        return ApprovalReply(False, text("approvals.store_failed"))
    approval = from_row({**row, "id": new_id}, today)
    reply = text("approvals.registered", id=new_id, kind_label=kind.label, subject=approval.subject,
                 approver=approval.approver, approved_on=row["approved_on"], expires_on=row["expires_on"])
    reply += " " + text("approvals.reminded_both" if approval.approver_contact else "approvals.reminded_owner",
                        days=rules().remind_days_before)
    if approval.missing:
        reply += "\n" + text("approvals.missing_evidence", items=", ".join(approval.missing))
    return ApprovalReply(True, reply, approval)


def _amended(db: Database, person: Person, existing: dict[str, Any], evidence: dict[str, str], today: date,
             policy: PolicyDocument) -> ApprovalReply:
    """The same registration again: a double click changes nothing; new evidence (this year's parent notice,
    given after the approval) is added to it."""
    new = _masked_evidence({k: v for k, v in evidence.items() if v and not existing["evidence"].get(k)}, policy)
    if not new:
        approval = from_row(existing, today)
        return ApprovalReply(True, text("approvals.already_registered", id=approval.id,
                                        expires_on=approval.expires_on.isoformat()), approval)
    merged = {**existing["evidence"], **new}
    with db.transaction() as d:
        store.add_evidence(d, existing["id"], merged)
        audit.record(db, person.id, "approval.evidence_added", f"approval:{existing['id']}", fields=sorted(new))
    approval = from_row({**existing, "evidence": merged}, today)
    kind = rules().kinds.get(approval.kind)
    labels = [e.label for e in (kind.evidence if kind else ()) if e.name in new]
    reply = text("approvals.evidence_added", id=approval.id, items=", ".join(labels))
    if approval.missing:
        reply += "\n" + text("approvals.missing_evidence", items=", ".join(approval.missing))
    return ApprovalReply(True, reply, approval)


def revoke(db: Database, settings: Settings, person: Person, approval_id: int, reason: str = "") -> str:
    return revoke_reply(db, settings, person, approval_id, reason).text


def revoke_reply(db: Database, settings: Settings, person: Person, approval_id: int, reason: str = "") -> ApprovalReply:
    """Revoke an approval; `ok` is False only when there is no such approval of this person's (the CLI exits
    non-zero then). Revoking one already revoked is ok: it is in the state that was asked for."""
    row = store.get(db, approval_id)
    if row is None or (row["owner_id"] != person.id and not person.is_reviewer):
        # the same answer for an unknown number and for someone else's: the answer must not tell a staff
        # member which numbers exist (and so how many approvals others hold)
        return ApprovalReply(False, text("approvals.revoke_not_found", id=approval_id))
    with db.transaction() as d:
        masked_reason = _masked(plain_text(reason)[:LIMITS["reason"]], _policy(settings))
        done = store.revoke(d, approval_id, person.id, masked_reason, time.time())
        if done:
            audit.record(db, person.id, "approval.revoked", f"approval:{approval_id}", kind=row["kind"])
    return ApprovalReply(True, text("approvals.revoked" if done else "approvals.revoke_already", id=approval_id))


# -- the chat command ----------------------------------------------------------------------------------------

def command(db: Database, settings: Settings, person: Person, line: str, *, today: date | None = None) -> str:
    """Answer `/aup register ...`, `/aup approvals [all]` or `/aup revoke N [reason]` (the text after /aup)."""
    said = syntax(surface_of(person))
    try:
        words = shlex.split(line.replace("“", '"').replace("”", '"'))
    except ValueError as exc:
        return text("approvals.bad_syntax", problem=str(exc), **said)
    if not words:
        return help_text(surface_of(person))
    verb, rest = words[0].lower(), words[1:]
    if verb == "approvals":
        everyone = bool(rest) and rest[0].lower() == "all" and person.is_reviewer
        return listing_text(approvals_of(db, person, everyone=everyone, today=today), everyone=everyone,
                            surface=surface_of(person))
    if verb == "revoke":
        if not rest or not rest[0].lstrip("#").isdigit():
            return text("approvals.revoke_usage", **said)
        return revoke(db, settings, person, int(rest[0].lstrip("#")), " ".join(rest[1:]))
    if verb != "register" or not rest or rest[0].lower() in ("help", "?"):
        return help_text(surface_of(person))
    fields = {"kind": rest[0]}
    for word in rest[1:]:
        name, sep, value = word.partition("=")
        if not sep:
            shown = _masked(word[:40], _policy(settings))
            return text("approvals.bad_syntax", problem=f"expected name=value, got {shown!r}",
                        **said)
        fields[name] = value
    return register(db, settings, person, fields, today=today).text

"""Loading the policy file: the typed view of policy/data/*.yaml that the engine and the detectors read.

The detectors read `findings` (severity and policy items per finding type) and `district` (exclusions); the
verdict engine reads the policy text (`sections`, `unacceptable_uses`), the reading rules (`rules`) and the
vocabulary file the policy names. The whole file is validated on load: a broken file raises PolicyFileError
naming the file, the place and the field ("cps-staff-aup.yaml: unacceptable_uses[12].text: missing").
"""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from policy import yaml_loader
from policy.verdicts import RULE_VERDICTS

SEVERITIES = ("low", "medium", "high")
FINDING_TYPES = ("ssn", "student_id", "date_of_birth", "credential", "payment_card", "bank_account",
                 "personal_phone", "personal_email", "home_address", "student_record")
LINE_STATUSES = ("acceptable", "acceptable_with_conditions", "prohibited", "exception", "under_review",
                 "requirement", "procedure")
RULE_WHEN_KEYS = ("audience", "channel", "account", "acts", "acts_none", "facts", "facts_any", "facts_none", "topics")
DEFAULT_POLICY = Path(__file__).resolve().parent / "data" / "cps-staff-aup.yaml"


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
    """What is true of one district and nowhere else: its names, its service desk, its systems and formats.
    Messages take these as placeholders (`message_values`) and the detectors read them, so a second district
    changes its policy file, not the templates or the code."""

    service_desk_phone: str
    email_domains: tuple[str, ...]
    office_numbers: tuple[str, ...] = ()
    public_addresses: tuple[str, ...] = ()
    # the region a phone number without a country code is read in (ISO 3166 code, for libphonenumber)
    phone_region: str = "US"
    name: str = ""                       # "Chicago Public Schools"
    short_name: str = ""                 # "CPS"
    service_desk: str = "service desk"   # "ITS Service Desk"
    service_desk_address: str = ""
    management: str = "school or department management"   # who is told beside the desk
    policy_title: str = ""               # "Staff Acceptable Use Policy"
    # kind -> the names staff use for the district's own systems ({"gradebook": ("Aspen",), "transit_card":
    # ("Ventra",)}); the detectors read them as context words (a student link, a transit pass)
    systems: dict[str, tuple[str, ...]] = field(default_factory=dict)
    place_names: tuple[str, ...] = ()    # the district's city and state: capitalised words that are no person's name

    def system_words(self, *kinds: str) -> frozenset[str]:
        """The lower-cased names of the district's systems of these kinds (all kinds when none is named)."""
        wanted = kinds or tuple(self.systems)
        return frozenset(n.lower() for k in wanted for n in self.systems.get(k, ()))

    def message_values(self) -> dict[str, str]:
        """The placeholders every user-facing template may use: {district}, {district_name}, {desk}, {desk_phone},
        {desk_address}, {management}, {policy_title}."""
        return {"district": self.short_name or self.name, "district_name": self.name or self.short_name,
                "desk": self.service_desk, "desk_phone": self.service_desk_phone,
                "desk_address": self.service_desk_address, "management": self.management,
                "policy_title": self.policy_title}


@dataclass(frozen=True)
class ConditionCheck:
    """What a question says that shows one of a line's conditions unmet (the policy file's `unmet_when`).

    DESIGN.md: a channel acceptable with conditions is prohibited where one condition fails. Any fact of
    `facts_any` present, every fact of `facts` present and none of `facts_none`, and the condition fails; `reason`
    says which, in the words a person reads."""

    condition: int                # 1-based index into the line's conditions; 0: the line's own text
    reason: str
    facts_any: frozenset[str] = frozenset()
    facts: frozenset[str] = frozenset()
    facts_none: frozenset[str] = frozenset()

    def fails(self, facts: frozenset[str]) -> bool:
        if self.facts_any and not (self.facts_any & facts):
            return False
        return self.facts <= facts and not (self.facts_none & facts)


@dataclass(frozen=True)
class PolicyLine:
    """One line of the policy (a bullet, a rule, a note), quoted verbatim in citations."""

    key: str                      # "student_mobile.email_cps"
    section: str                  # the section's exact heading
    status: str
    text: str
    lead: str = ""                # the sentence the bullet hangs from ("Staff are prohibited ... via:")
    conditions: tuple[str, ...] = ()
    unmet_when: tuple[ConditionCheck, ...] = ()   # what shows a condition failed (ConditionCheck)
    unmet: str = ""               # the answer's opening when one has failed ("No. ... only when every ...")
    unmet_cite: tuple[str, ...] = ()   # lines cited beside this one when a condition failed (the Prohibited line)

    @property
    def quote(self) -> str:
        return f"{self.lead} {self.text}" if self.lead else self.text


@dataclass(frozen=True)
class Section:
    id: str
    heading: str
    intro: str
    lines: tuple[PolicyLine, ...]


@dataclass(frozen=True)
class UnacceptableUse:
    item: int
    text: str
    # the vocabulary's cue sets that point at this item (their keys); empty when the vocabulary is keyed by this
    # policy's own numbers. A district whose list differs reuses the shared paraphrases this way.
    reads: tuple[int, ...] = ()
    condition: str = ""     # what a conditional answer lists, when this policy words it differently


@dataclass(frozen=True)
class Rule:
    """One reading rule: when a situation looks like `when`, the policy gives `verdict` (see the policy file)."""

    id: str
    group: str
    when: dict[str, frozenset[str]]
    verdict: str
    cite: tuple[str, ...]          # "section.line" or "item:N"
    conditions: tuple[str, ...]    # "section.line" whose conditions apply
    explain: str
    final: bool = False
    reasons: dict[str, str] = field(default_factory=dict)   # fact -> why it decided, when that fact is present


@dataclass(frozen=True)
class PolicyDocument:
    path: Path
    meta: dict[str, Any]
    district: District
    findings: dict[str, FindingRule]
    raw: dict[str, Any] = field(repr=False, default_factory=dict)
    sections: tuple[Section, ...] = ()
    unacceptable_uses: dict[int, UnacceptableUse] = field(default_factory=dict)
    rules: tuple[Rule, ...] = ()
    report_contacts: dict[str, str] = field(default_factory=dict)
    vocabulary_path: Path | None = None
    vocabulary_overlay_path: Path | None = None   # the district's own words, merged over the vocabulary

    def line(self, key: str) -> PolicyLine:
        return self._lines()[key]

    def section_heading(self, section_id: str) -> str:
        return next(s.heading for s in self.sections if s.id == section_id)

    def _lines(self) -> dict[str, PolicyLine]:
        cached = self.__dict__.get("_line_index")
        if cached is None:
            cached = {ln.key: ln for s in self.sections for ln in s.lines}
            object.__setattr__(self, "_line_index", cached)
        return cached


def _fail(path: Path, where: str, problem: str) -> PolicyFileError:
    return PolicyFileError(f"{path.name if path.name else path}: {where}: {problem}")


def _text(path: Path, obj: dict[str, Any], where: str, key: str, *, required: bool = True) -> str:
    value = obj.get(key)
    if value is None or (isinstance(value, str) and not value.strip()):
        if required:
            raise _fail(path, f"{where}.{key}", "missing")
        return ""
    if not isinstance(value, str):
        raise _fail(path, f"{where}.{key}", f"expected text, got {type(value).__name__}")
    return value


def _list(path: Path, obj: dict[str, Any], where: str, key: str, *, required: bool = True) -> list[Any]:
    value = obj.get(key)
    if value is None:
        if required:
            raise _fail(path, f"{where}.{key}" if where else key, "missing")
        return []
    if not isinstance(value, list):
        raise _fail(path, f"{where}.{key}" if where else key, "expected a list")
    return value


def _new_id(path: Path, entry: dict[str, Any], where: str, seen: set[str], kind: str) -> str:
    """The entry's `id`, added to `seen`: rules and lines are cited by id, so one named twice is refused."""
    eid = _text(path, entry, where, "id")
    if eid in seen:
        raise _fail(path, f"{where}.id", f"duplicate {kind} id {eid!r}")
    seen.add(eid)
    return eid


def _parse_sections(path: Path, raw: dict[str, Any]) -> tuple[Section, ...]:
    sections = []
    seen_ids: set[str] = set()
    for i, s in enumerate(_list(path, raw, "", "sections")):
        where = f"sections[{i}]"
        if not isinstance(s, dict):
            raise _fail(path, where, "expected a mapping with id, heading and lines")
        sid = _new_id(path, s, where, seen_ids, "section")
        heading = _text(path, s, where, "heading")
        lines = []
        for j, ln in enumerate(_list(path, s, where, "lines")):
            lw = f"{where}.lines[{j}]"
            if not isinstance(ln, dict):
                raise _fail(path, lw, "expected a mapping with id, status and text")
            status = _text(path, ln, lw, "status")
            if status not in LINE_STATUSES:
                raise _fail(path, f"{lw}.status", f"must be one of {', '.join(LINE_STATUSES)}")
            conditions = _list(path, ln, lw, "conditions", required=False)
            for k, c in enumerate(conditions):
                if not isinstance(c, str) or not c.strip():
                    raise _fail(path, f"{lw}.conditions[{k}]", "expected the condition's text")
            checks = _parse_checks(path, ln, lw, len(conditions))
            unmet = _text(path, ln, lw, "unmet", required=bool(checks))
            unmet_cite = _list(path, ln, lw, "unmet_cite", required=False)
            if not all(isinstance(ref, str) for ref in unmet_cite):
                raise _fail(path, f"{lw}.unmet_cite", "expected a list of policy lines (section.line)")
            lines.append(PolicyLine(key=f"{sid}.{_text(path, ln, lw, 'id')}", section=heading, status=status,
                                    text=_text(path, ln, lw, "text"), lead=_text(path, ln, lw, "lead", required=False),
                                    conditions=tuple(conditions), unmet_when=checks, unmet=unmet,
                                    unmet_cite=tuple(unmet_cite)))
        sections.append(Section(sid, heading, _text(path, s, where, "intro", required=False), tuple(lines)))
    keys = {ln.key for sec in sections for ln in sec.lines}
    for i, sec in enumerate(sections):
        for j, ln in enumerate(sec.lines):
            for k, ref in enumerate(ln.unmet_cite):
                if ref not in keys:
                    raise _fail(path, f"sections[{i}].lines[{j}].unmet_cite[{k}]",
                                f"{ref!r}: no such policy line (section.line)")
    return tuple(sections)


def _parse_checks(path: Path, ln: dict[str, Any], lw: str, n_conditions: int) -> tuple[ConditionCheck, ...]:
    checks = []
    for k, c in enumerate(_list(path, ln, lw, "unmet_when", required=False)):
        cw = f"{lw}.unmet_when[{k}]"
        if not isinstance(c, dict):
            raise _fail(path, cw, "expected a mapping with condition, reason and facts_any / facts / facts_none")
        index = c.get("condition")
        if not isinstance(index, int) or not 0 <= index <= n_conditions:
            raise _fail(path, f"{cw}.condition", f"expected 0 (the line itself) to {n_conditions}")
        sets: dict[str, frozenset[str]] = {}
        for key in ("facts_any", "facts", "facts_none"):
            values = c.get(key) or []
            if not isinstance(values, list) or not all(isinstance(v, str) for v in values):
                raise _fail(path, f"{cw}.{key}", "expected a list of facts")
            sets[key] = frozenset(values)
        if not (sets["facts_any"] or sets["facts"]):
            raise _fail(path, cw, "names no fact (facts_any or facts)")
        checks.append(ConditionCheck(index, _text(path, c, cw, "reason"), **sets))
    return tuple(checks)


def _parse_items(path: Path, raw: dict[str, Any]) -> dict[int, UnacceptableUse]:
    items: dict[int, UnacceptableUse] = {}
    for i, it in enumerate(_list(path, raw, "", "unacceptable_uses")):
        where = f"unacceptable_uses[{i}]"
        if not isinstance(it, dict):
            raise _fail(path, where, "expected a mapping with item and text")
        number = it.get("item")
        if not isinstance(number, int) or number < 1:
            raise _fail(path, f"{where}.item", "missing or not a positive whole number")
        if number in items:
            raise _fail(path, f"{where}.item", f"item {number} appears twice")
        reads = it.get("reads") or []
        if not isinstance(reads, list) or not all(isinstance(n, int) and n > 0 for n in reads):
            raise _fail(path, f"{where}.reads", "expected a list of the vocabulary's item keys")
        items[number] = UnacceptableUse(number, _text(path, it, where, "text"), tuple(reads),
                                        _text(path, it, where, "condition", required=False))
    if items and sorted(items) != list(range(1, max(items) + 1)):
        missing = sorted(set(range(1, max(items) + 1)) - set(items))
        raise _fail(path, "unacceptable_uses",
                    f"items are not numbered 1-{max(items)} without gaps (missing {missing})")
    return items


def _check_ref(path: Path, where: str, ref: Any, lines: set[str], items: dict[int, UnacceptableUse]) -> str:
    if not isinstance(ref, str):
        raise _fail(path, where, "expected a reference: section.line or item:N")
    if ref.startswith("item:"):
        try:
            n = int(ref[5:])
        except ValueError:
            raise _fail(path, where, f"{ref!r} is not item:N") from None
        if n not in items:
            raise _fail(path, where, f"{ref!r}: no such unacceptable use")
    elif ref not in lines:
        raise _fail(path, where, f"{ref!r}: no such policy line (section.line)")
    return ref


def _parse_rules(path: Path, raw: dict[str, Any], sections: tuple[Section, ...],
                 items: dict[int, UnacceptableUse]) -> tuple[Rule, ...]:
    lines = {ln.key for s in sections for ln in s.lines}
    rules = []
    seen: set[str] = set()
    for i, r in enumerate(_list(path, raw, "", "rules")):
        where = f"rules[{i}]"
        if not isinstance(r, dict):
            raise _fail(path, where, "expected a mapping with id, group, when, verdict, cite, explain")
        rid = _new_id(path, r, where, seen, "rule")
        verdict = _text(path, r, where, "verdict")
        if verdict not in RULE_VERDICTS:
            raise _fail(path, f"{where}.verdict", f"must be one of {', '.join(RULE_VERDICTS)}")
        when_raw = r.get("when")
        if not isinstance(when_raw, dict) or not when_raw:
            raise _fail(path, f"{where}.when", "missing (a mapping of situation fields)")
        when = {}
        for key, values in when_raw.items():
            if key not in RULE_WHEN_KEYS:
                raise _fail(path, f"{where}.when.{key}", f"unknown field (one of {', '.join(RULE_WHEN_KEYS)})")
            if not isinstance(values, list) or not all(isinstance(v, str) for v in values):
                raise _fail(path, f"{where}.when.{key}", "expected a list of values")
            when[key] = frozenset(values)
        cite = tuple(_check_ref(path, f"{where}.cite[{k}]", ref, lines, items)
                     for k, ref in enumerate(_list(path, r, where, "cite")))
        conditions = tuple(_check_ref(path, f"{where}.conditions[{k}]", ref, lines, items)
                           for k, ref in enumerate(_list(path, r, where, "conditions", required=False)))
        reasons = r.get("reasons") or {}
        if not isinstance(reasons, dict) or not all(isinstance(k, str) and isinstance(v, str) and v.strip()
                                                    for k, v in reasons.items()):
            raise _fail(path, f"{where}.reasons", "expected a mapping of fact: sentence")
        rules.append(Rule(rid, _text(path, r, where, "group"), when, verdict, cite, conditions,
                          _text(path, r, where, "explain"), bool(r.get("final", False)), dict(reasons)))
    return tuple(rules)


def parse_policy(path: Path, raw: Any) -> PolicyDocument:
    if not isinstance(raw, dict):
        raise _fail(path, "top level", "expected a mapping")
    unacceptable = _parse_items(path, raw)
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
        if not all(isinstance(i, int) and i in unacceptable for i in items):
            raise _fail(path, f"{where}.policy_items", f"must be item numbers 1-{len(unacceptable)}")
        findings[ftype] = FindingRule(ftype, str(rule.get("label") or ftype), rule["severity"], tuple(items))
    d = raw.get("district") or {}
    if not isinstance(d, dict):
        raise _fail(path, "district", "expected a mapping")
    systems = d.get("systems") or {}
    if not isinstance(systems, dict) or not all(isinstance(v, list) and all(isinstance(x, str) for x in v)
                                                for v in systems.values()):
        raise _fail(path, "district.systems", "expected a mapping of kind: [names]")
    district = District(
        service_desk_phone=str(d.get("service_desk_phone", "")),
        email_domains=tuple(str(x).lower() for x in d.get("email_domains") or ()),
        office_numbers=tuple(str(x) for x in d.get("office_numbers") or ()),
        public_addresses=tuple(str(x) for x in d.get("public_addresses") or ()),
        phone_region=str(d.get("phone_region") or "US").upper(),
        name=str(d.get("name") or (raw.get("meta") or {}).get("organisation") or ""),
        short_name=str(d.get("short_name") or (raw.get("meta") or {}).get("short_name") or ""),
        service_desk=str(d.get("service_desk") or (raw.get("report_contacts") or {}).get("service_desk")
                         or "service desk"),
        management=str(d.get("management") or (raw.get("report_contacts") or {}).get("management")
                       or "school or department management"),
        policy_title=str(d.get("policy_title") or (raw.get("meta") or {}).get("title") or ""),
        service_desk_address=str(d.get("service_desk_address") or ""),
        systems={str(k): tuple(v) for k, v in systems.items()},
        place_names=tuple(str(x) for x in d.get("place_names") or ()),
    )
    sections = _parse_sections(path, raw)
    rules = _parse_rules(path, raw, sections, unacceptable)
    contacts = raw.get("report_contacts") or {}
    if not isinstance(contacts, dict):
        raise _fail(path, "report_contacts", "expected a mapping")
    vocab = raw.get("vocabulary")
    if vocab is not None and not isinstance(vocab, str):
        raise _fail(path, "vocabulary", "expected a file name beside the policy file")
    overlay = raw.get("vocabulary_overlay")
    if overlay is not None and not isinstance(overlay, str):
        raise _fail(path, "vocabulary_overlay", "expected a file name beside the policy file")
    return PolicyDocument(path=path, meta=dict(raw.get("meta") or {}), district=district, findings=findings, raw=raw,
                          sections=sections, unacceptable_uses=unacceptable, rules=rules,
                          report_contacts={str(k): str(v) for k, v in contacts.items()},
                          vocabulary_path=(path.parent / vocab) if vocab else None,
                          vocabulary_overlay_path=(path.parent / overlay) if overlay else None)


def read_bytes(path: Path) -> bytes:
    """A data file's bytes, a read error as PolicyFileError naming the file."""
    try:
        return path.read_bytes()
    except OSError as exc:
        raise PolicyFileError(f"{path}: cannot read: {exc.strerror}") from exc


def read_yaml(path: Path, data: bytes | None = None, *, kept: bool = False) -> Any:
    """Parse a YAML file (or `data`, its bytes already read), turning read and syntax errors into PolicyFileError
    with the file and line. `kept`: the parse kept between processes (`yaml_loader.load_kept`), for a file read
    whole at every start (the policy file; the vocabulary has a parsed form of its own)."""
    if data is None:
        data = read_bytes(path)
    try:
        # newlines as `Path.read_text` gives them (universal newlines)
        text = data.decode("utf-8").replace("\r\n", "\n").replace("\r", "\n")
    except UnicodeDecodeError:
        raise PolicyFileError(f"{path}: not UTF-8 text") from None
    try:
        return yaml_loader.load_kept(path, text) if kept else yaml_loader.safe_load(text)
    except Exception as exc:
        if not yaml_loader.is_syntax_error(exc):
            raise
        mark = getattr(exc, "problem_mark", None)
        where = f"line {mark.line + 1}, column {mark.column + 1}" if mark else "YAML"
        raise PolicyFileError(f"{path.name}: {where}: not valid YAML ({getattr(exc, 'problem', exc)})") from exc


@lru_cache(maxsize=8)
def load_policy(path: Path | str) -> PolicyDocument:
    path = Path(path)
    return parse_policy(path, read_yaml(path, kept=True))

"""Policy answers, platform-neutral: a question in, an AskReply out (verdict, answer, conditions, quoted policy
text, clarify options). Slack, Google Chat, the CLI and the console only render the reply.

`answer()` never raises on bad input: empty, huge, binary, another language or a pasted message each get a
friendly `not_covered` reply. A clarify option carries a short `choice_id`; `answer(question, choice_id=...)`
re-reads the same question with that case fixed, so no conversation state is kept anywhere.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from bot.store import Database, questions
from bot.texts import text
from handlers import approvals
from handlers.types import Person
from policy.bundle import PolicyBundle, load_bundle
from policy.document import PolicyFileError
from policy.engine import Citation, Engine, Verdict
from policy.situation import AUDIENCES, CHANNELS, Situation

# Longer than any question people type; longer input is a paste, answered with a request for a short question.
MAX_QUESTION_CHARS = 4000
# A pasted chat message (no question in it) is usually longer than this.
PASTE_MIN_CHARS = 280
_QUESTION_CUES = re.compile(
    r"\?|^\W*(?:can|could|may|might|should|shall|must|is|are|am|do|does|did|will|would|what|how|who|where|when|"
    r"which|why|ok|okay|allowed|any)\b|\b(?:ok|okay|allowed|permitted|fine|alright) to\b|\bam i allowed\b|"
    r"\bagainst (?:the )?(?:policy|rules|aup)\b|\b(?:is|are) (?:it|this|that|they) (?:ok|okay|allowed|fine)\b", re.I)
_ENGLISH = frozenset("""an the i me my we our you your he she it they them is are am was be can could may
should would do does to of in on for with at by from about and or not no ok if what how who when where which
this that there students student kids parents text email use school class question high teacher teachers grade
team staff phone parent chat group account principal coworker""".split())
_WORD = re.compile(r"[^\W\d_]+", re.U)
_CHOICE = re.compile(r"^[a-z_]+=[a-z0-9_]+$")
_CHOICE_FIELDS = {"audience": frozenset(AUDIENCES), "channel": frozenset(CHANNELS)}


@dataclass(frozen=True)
class Quote:
    """One citation with the exact policy text it quotes."""

    section: str        # exact policy heading (DESIGN.md list)
    item: int | None    # 1-37 for "Staff Policy on Unacceptable Use", else None
    text: str           # the exact policy wording being relied on

    def to_json(self) -> dict:
        return {"section": self.section, "item": self.item, "text": self.text}


@dataclass(frozen=True)
class Choice:
    """One clarify option."""

    label: str          # "Students in grades 9-12"
    verdict: str        # the verdict this choice leads to
    choice_id: str      # opaque, short, safe to put in a button value

    def to_json(self) -> dict:
        return {"label": self.label, "verdict": self.verdict, "choice_id": self.choice_id}


@dataclass(frozen=True)
class AskReply:
    question: str
    verdict: str                  # allowed|conditional|prohibited|under_review|clarify|not_covered
    verdict_label: str
    answer: str
    conditions: tuple[str, ...] = ()
    citations: tuple[Quote, ...] = ()
    options: tuple[Choice, ...] = ()

    def to_json(self, id=None) -> dict:
        """The `aupbot ask --jsonl` line (DESIGN.md), with the label and quoted text as extras."""
        return {"id": id, "verdict": self.verdict, "verdict_label": self.verdict_label, "answer": self.answer,
                "citations": [q.to_json() for q in self.citations], "conditions": list(self.conditions),
                "options": [o.to_json() for o in self.options]}


def _bundle(bundle: PolicyBundle | None) -> PolicyBundle:
    # the default policy only where no caller chose one: the question-reading tests and benchmarks; every
    # adapter passes the bundle its settings built
    return bundle if bundle is not None else load_bundle()


def _label(verdict: str) -> str:
    return text(f"ask.verdict_{verdict}")


def _service_desk_phone(engine: Engine) -> str:
    return (engine.policy.report_contacts.get("service_desk_phone")
            or engine.policy.district.service_desk_phone or "")


def _friendly(question: str, key: str, **values) -> AskReply:
    return AskReply(question=question, verdict="not_covered", verdict_label=_label("not_covered"),
                    answer=text(f"ask.{key}", **values))


def _bad_input(question: str, engine: Engine) -> AskReply | None:
    stripped = question.strip()
    if not stripped:
        return _friendly(question, "bad_empty")
    if len(question) > MAX_QUESTION_CHARS:
        return _friendly(question[:200], "bad_too_long", chars=len(question))
    printable = sum(1 for ch in stripped if ch.isprintable() or ch in "\n\t")
    if printable < 0.85 * len(stripped) or "\ufffd" * 3 in stripped:
        return _friendly(question, "bad_unreadable")
    letters = [ch for ch in stripped if ch.isalpha()]
    if letters and sum(not ch.isascii() for ch in letters) > 0.5 * len(letters):
        return _friendly(question, "bad_language", phone=_service_desk_phone(engine))
    words = _WORD.findall(stripped.lower())
    if not words:
        return _friendly(question, "bad_unreadable")
    if len(stripped) >= PASTE_MIN_CHARS and not _QUESTION_CUES.search(stripped):
        return _friendly(question, "bad_pasted")
    return None


def _mostly_foreign(question: str) -> bool:
    words = _WORD.findall(question.lower())
    return len(words) >= 3 and sum(w in _ENGLISH for w in words) < max(1, len(words) // 5)


def _read_enough(situation: Situation) -> bool:
    """A mostly Spanish question whose words still name a channel, an unacceptable use or a report (the
    vocabulary maps common Spanish words) is answered; otherwise the reply asks for English."""
    return bool(situation.channel or situation.items or "report" in situation.acts)


def _parse_choice(choice_id: str | None) -> dict[str, str]:
    chosen: dict[str, str] = {}
    for part in (choice_id or "").split(",")[:4]:
        part = part.strip()
        if not _CHOICE.match(part):
            continue
        fieldname, value = part.split("=", 1)
        if value in _CHOICE_FIELDS.get(fieldname, ()):
            chosen[fieldname] = value
    return chosen


def _item_phrase(engine: Engine, n: int) -> str:
    wording = engine.policy.unacceptable_uses[n].text.rstrip(" ;.").removesuffix("; or").removesuffix(" or")
    return text("ask.item_ref", item=n, text=wording[:1].lower() + wording[1:])


def _compose(engine: Engine, v: Verdict) -> str:
    deciding = [c for c in v.contributions if c.verdict == v.verdict]
    if v.verdict == "conditional":
        # what is allowed outright reads first: "Yes, calls are fine. Keep the records."
        deciding = [c for c in v.contributions if c.verdict == "allowed" and c.item is None] + deciding
    rule_explains = []
    for c in deciding:
        if c.item is None and c.explain and c.explain not in rule_explains:
            rule_explains.append(c.explain)
    items = [c.item for c in deciding if c.item is not None]
    parts = list(rule_explains)
    if items:
        phrase = "; ".join(_item_phrase(engine, n) for n in items)
        if v.verdict == "prohibited":
            parts.append(text("ask.items_prohibited_also" if rule_explains else "ask.items_prohibited", items=phrase))
        elif v.verdict == "conditional":
            parts.append(text("ask.items_conditional", items=phrase))
        elif v.verdict == "allowed":
            parts.append(text("ask.items_allowed", items=phrase))
    if v.verdict == "not_covered":
        if not rule_explains:
            parts.insert(0, text("ask.not_covered"))
        if not v.contributions:
            parts.append(text("ask.not_covered_hint"))
        parts.append(text("ask.not_covered_pointer", phone=_service_desk_phone(engine)))
    return " ".join(parts)


def _quote(c: Citation) -> Quote:
    return Quote(c.section, c.item, c.text)


def _sensitive_warning(question: str, bundle: PolicyBundle) -> str:
    """Warn when a question carries a value that must not be pasted (uses the detectors when they exist)."""
    if not any(ch.isdigit() for ch in question) and "@" not in question and "pass" not in question.lower():
        return ""
    try:
        from policy.scanner import scan
        findings = scan(question, bundle.policy)
    except Exception:  # the warning is a courtesy; an answer must not depend on the detectors
        return ""
    labels = bundle.policy.findings
    kinds = sorted({labels[f.type].label if f.type in labels else f.type.replace("_", " ")
                    for f in findings if f.severity in ("high", "medium")})
    return text("ask.sensitive_warning", kinds=", ".join(kinds)) if kinds else ""


def answer(question: str, person: Person | None = None, *, choice_id: str | None = None,
           bundle: PolicyBundle | None = None) -> AskReply:
    """The policy's answer to a free-text question. Never raises on bad input."""
    if isinstance(question, bytes):
        question = question.decode("utf-8", errors="replace")
    elif not isinstance(question, str):
        question = "" if question is None else str(question)
    loaded = _bundle(bundle)
    engine, understanding = loaded.engine, loaded.understanding
    bad = _bad_input(question, engine)
    if bad is not None:
        return bad
    situation = understanding.read(question)
    if _mostly_foreign(question) and not _read_enough(situation):
        return _friendly(question, "bad_language", phone=_service_desk_phone(engine))
    chosen = _parse_choice(choice_id)
    if chosen:
        situation = situation.with_(**chosen)
    v = engine.verdict_for(situation)
    if v.verdict == "clarify":
        prefix = ",".join(f"{k}={val}" for k, val in chosen.items())
        options = tuple(Choice(o.label, o.verdict, f"{prefix + ',' if prefix else ''}{o.field}={o.value}")
                        for o in v.options)
        field = v.options[0].field if v.options else "audience"
        body = text(f"ask.clarify_{field}")
        conditions: tuple[str, ...] = ()
    else:
        options = ()
        body = _compose(engine, v)
        conditions = v.conditions
    warning = _sensitive_warning(question, loaded)
    if warning:
        body = f"{warning} {body}"
    return AskReply(question=question, verdict=v.verdict, verdict_label=_label(v.verdict), answer=body,
                    conditions=conditions, citations=tuple(_quote(c) for c in v.citations), options=options)


def explain(question: str, bundle: PolicyBundle | None = None) -> dict:
    """How the question was read (for `aupbot ask --explain` and for tuning the vocabulary)."""
    return _bundle(bundle).understanding.read(question).describe()


def record(db: Database, person: Person, reply: AskReply, bundle: PolicyBundle) -> int:
    """Log the question (masked under the loaded policy) and its verdict; returns the question's ref for
    feedback buttons."""
    return questions.record(db, person.id, reply.question, reply.verdict,
                            [(q.section, q.item) for q in reply.citations], policy=bundle.policy)


@dataclass(frozen=True)
class Asked:
    """Everything an adapter renders for one question: the reply, the ref its feedback buttons carry (None when
    nothing was logged), and the asker's registered approvals the answer may name."""

    reply: AskReply
    question_ref: int | None
    mentions: tuple[str, ...] = ()


def ask(bundle: PolicyBundle, db: Database | None, person: Person, question: str, *, private: bool,
        choice_id: str | None = None, question_ref: int | None = None) -> Asked:
    """The ask use case every surface calls: answer, log, and add the asker's approvals.

    `private`: whether only the asker reads the answer (a one-to-one DM, an ephemeral or private message, the
    console). The asker's registered approvals are named only there; a channel thread is read by everyone.
    `question_ref`: the ref of the question a clarify choice answers; the final answer keeps it (a reply that
    asks again is logged anew). With no database (a console that cannot open its file) nothing is logged.
    A database that fails raises: each adapter says "nothing was saved" its own way."""
    reply = answer(question, person, choice_id=choice_id, bundle=bundle)
    if db is None:
        return Asked(reply, None)
    ref = record(db, person, reply, bundle) if question_ref is None or reply.options else question_ref
    mentions = tuple(approvals.mentions_for(db, person, reply)) if private else ()
    return Asked(reply, ref, mentions)


def record_feedback(db: Database, person: Person, question_ref: int, helpful: bool) -> bool:
    """Record whether the answer helped; only the person who asked may rate it (False otherwise, and for an
    unknown ref: the two are answered alike)."""
    return questions.record_feedback(db, person.id, question_ref, helpful)


__all__ = ["AskReply", "Asked", "Choice", "PolicyFileError", "Quote", "answer", "ask", "explain", "record", "record_feedback"]

"""Policy answers, platform-neutral: a question in, an AskReply out (verdict, answer, conditions, quoted policy
text, clarify options). Slack, Google Chat, the CLI and the console only render the reply.

`answer()` never raises on bad input: empty, huge, binary, another language or a pasted message each get a
friendly `not_covered` reply. A clarify option carries a short `choice_id`; `answer(question, choice_id=...)`
re-reads the same question with that case fixed, so no conversation state is kept anywhere.
"""
from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Any

from bot.texts import district_values, text
from handlers.conversation import Conversations
from handlers.types import Person
from policy import concepts
from policy.answer_reader import answer_for
from policy.bundle import PolicyBundle, load_bundle
from policy.document import PolicyFileError
from policy.engine import Citation, Engine, Verdict
from policy.second_reader import SECOND_ITEM_VERDICTS, second_item, second_look, wants_second_look
from policy.situation import (
    ACCOUNTS,
    AUDIENCES,
    CHANNELS,
    COLLEAGUE_NAMED,
    INCIDENT_ASIDE,
    JUDGED_INCIDENT,
    OPEN_AUDIENCES,
    OPEN_CHANNELS,
    PERSONAL_SCOPE,
    Situation,
)
from policy.understanding import ASKS_WHOM_TO_TELL, Understanding, split_parts
from policy.unplaced import named_once
from policy.verdicts import SHOWN_FIRST, stricter

if TYPE_CHECKING:
    from bot.store import Database

# Longer than any question people type; longer input is a paste, answered with a request for a short question.
MAX_QUESTION_CHARS = 4000
# A pasted chat message (no question in it) is usually longer than this.
PASTE_MIN_CHARS = 280
# What marks a long text as asking something, anywhere in it (`_bad_input`): a long question often asks only at its
# end, without a question mark, and staff writing formally ask by request ("Please advise whether I may proceed").
# A question mark; a question word first; an inverted clause at a clause's start ("..., is that all ok",
# ". can I do that", "or should I just": `_INVERTED`); a judgement asked of "that" ("is that true"); an embedded
# question ("whether", "I need to know who", "not sure if"); a request for an answer ("please advise", "kindly
# confirm", "which provisions"). Never the forms a pasted notice uses to its readers: "you" as the subject, "do the
# reading", "please note", "let me know", "please check", "what you need to know".
# (At first sight 157 of the review sets' and corpora's 45,564 labelled questions were answered as pasted messages,
# 130 of them one writer's formal complaint and investigation write-ups.)
_CLAUSE_START = r"(?:^|[.!,;:\n)\u2014\u2013]|\s-|\b(?:and|or|but|so|then|also|just))\s*"
# an auxiliary and the subjects it asks about when inverted ("do it" and "do the reading" tell, "does it" asks)
_INVERTED = (
    ("can could may might should shall must is are am was were will would",
     "i we it this that these those there he she they my our his her their the a an staff someone anyone somebody "
     "anybody everyone"),
    ("do did", "i we they he she anyone someone"),
    ("does", "it this that he she my our the a an anyone someone"),
)
_JUDGEMENTS = ("ok", "okay", "allowed", "permitted", "fine", "alright", "acceptable", "appropriate", "true", "right",
               "correct", "legal", "legit", "a problem", "an issue", "a violation", "against")
_REQUESTS = ("advise", "confirm", "clarify", "explain", "indicate", "specify", "weigh in", "state", "identify",
             "determine", "assess", "evaluate", "outline", "opine", "tell me", "tell us")
_SOUGHT = ("guidance", "advice", "clarification", "a ruling", "ruling", "a determination", "determination",
           "confirmation", "an answer", "answer", "opinion")


def _any(words: Iterable[str]) -> str:
    return "(?:" + "|".join(re.escape(w) for w in words) + ")"


_QUESTION_CUES = re.compile(
    r"\?|^\W*(?:can|could|may|might|should|shall|must|is|are|am|do|does|did|will|would|what|how|who|where|when|"
    r"which|why|ok|okay|allowed|any)\b|\b(?:ok|okay|allowed|permitted|fine|alright) to\b|\bam i allowed\b|"
    r"\bagainst (?:the )?(?:policy|rules|aup)\b"
    + "".join(f"|{_CLAUSE_START}{_any(aux.split())} {_any(subjects.split())}\\b" for aux, subjects in _INVERTED)
    + r"|\b(?:is|are|was|would|will) (?:it|this|that|these|those|they) (?:all |even |actually |really |still )?"
    + _any(_JUDGEMENTS) + r"\b"
    r"|\bwhether\b|\bwondering\b|\bnot sure (?:if|whether|what|who|how|where|which)\b"
    r"|\b(?:i|we)(?:'d| would| just| really| only| still)? (?:need|needed|want|wanted|like|have|had) to "
    r"(?:know|find out|check|ask)\b|\b(?:am|i'm|im|we're|me to|us to) double[- ]?check"
    r"|\b(?:please|pls|plz|kindly) " + _any(_REQUESTS) + r"\b"
    r"|\b(?:need|want|seek|seeking|like|appreciate|request|requesting|looking for|asking for|ask for)"
    r"(?: some| your| any)? " + _any(_SOUGHT) + r"\b"
    r"|\b(?:which|what) (?:provisions?|sections?|rules?|parts?|items?|polic(?:y|ies))\b"
    r"|\byour (?:view|opinion|assessment|determination|take)\b"
    r"|\bany (?:thoughts|ideas|advice|guidance|rules?|polic(?:y|ies))\b"
    r"|\b(?:applicable|relevant|implicated) (?:provisions?|sections?|rules?|parts?|items?)\b", re.I)
_ENGLISH = frozenset("""an the i me my we our you your he she it they them is are am was be can could may
should would do does to of in on for with at by from about and or not no ok if what how who when where which
this that there students student kids parents text email use school class question high teacher teachers grade
team staff phone parent chat group account principal coworker""".split())
# Common words of the other languages staff write whole questions in (Spanish, Polish, French): with few of the
# words above, one of these says the question is in another language (`_mostly_foreign`); without one, a terse
# English question ("whatsapp w coworkers", "ITS number pls") is English when the reader knows a third of its words.
_OTHER_LANGUAGES = frozenset("""de la que el en los las por para con una uno es mi mis yo puedo tengo esta está son
del al se su sus le les lo como pero porque cuando donde quien qué quién cómo también muy hay eso este estoy soy
tiene hacer czy mogę jest nie się że jak co ja mój moja są może mam je peux est les des une avec pour mes sur
dans pas qui""".split())
_WORD = re.compile(r"[^\W\d_]+", re.U)
_CHOICE = re.compile(r"^[a-z_]+=[a-z0-9_]+$")
_OPEN_VALUES = frozenset((None, *OPEN_AUDIENCES, *OPEN_CHANNELS))
_CHOICE_FIELDS = {"audience": frozenset(AUDIENCES), "channel": frozenset(CHANNELS), "account": frozenset(ACCOUNTS)}


@dataclass(frozen=True)
class Quote:
    """One citation with the exact policy text it quotes."""

    section: str        # exact policy heading (DESIGN.md list)
    item: int | None    # 1-37 for "Staff Policy on Unacceptable Use", else None
    text: str           # the exact policy wording being relied on

    def to_json(self) -> dict[str, Any]:
        return {"section": self.section, "item": self.item, "text": self.text}


@dataclass(frozen=True)
class Choice:
    """One clarify option."""

    label: str          # "Students in grades 9-12"
    verdict: str        # the verdict this choice leads to
    choice_id: str      # opaque, short, safe to put in a button value

    def to_json(self) -> dict[str, Any]:
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
    kind: str = "answer"          # "report": a how/where/who-to-tell question, shown as "Report it"
    unplaced: tuple[str, ...] = ()          # words the reader could not place (kept the answer from "allowed")
    parts: tuple[AskReply, ...] = ()      # a multi-part question: one reply per part, strictest first
    policy_title: str = ""        # the district's name for its policy, for renderings that cite it by name
    # how the question was read (who, channel, acts, facts: no words of the question), so a conversation can
    # read the next fragment against it (handlers/conversation.py); None for bad input and multi-part replies
    situation: Situation | None = field(default=None, compare=False, repr=False)

    def to_json(self, id: object = None) -> dict[str, Any]:
        """The `aupbot ask --jsonl` line (DESIGN.md), with the label, quoted text, kind, unplaced words and
        parts as extras."""
        out: dict[str, Any] = {
            "id": id, "verdict": self.verdict, "verdict_label": self.verdict_label, "answer": self.answer,
            "citations": [q.to_json() for q in self.citations], "conditions": list(self.conditions),
            "options": [o.to_json() for o in self.options], "kind": self.kind, "unplaced": list(self.unplaced)}
        if self.parts:
            out["parts"] = [{"question": p.question, "verdict": p.verdict, "verdict_label": p.verdict_label,
                             "answer": p.answer, "kind": p.kind, "unplaced": list(p.unplaced),
                             "citations": [q.to_json() for q in p.citations], "conditions": list(p.conditions),
                             "options": [o.to_json() for o in p.options]} for p in self.parts]
        return out


def _bundle(bundle: PolicyBundle | None) -> PolicyBundle:
    # the default policy only where no caller chose one: the question-reading tests and benchmarks; every
    # adapter passes the bundle its settings built
    return bundle if bundle is not None else load_bundle()


def _label(verdict: str) -> str:
    return text(f"ask.verdict_{verdict}")


def _district(engine: Engine) -> dict[str, str]:
    """The district's name and service desk for this engine's policy, as message placeholders."""
    return district_values(engine.policy.district)


def _friendly(question: str, key: str, **values: str | int) -> AskReply:
    return AskReply(question=question, verdict="not_covered", verdict_label=_label("not_covered"),
                    answer=text(f"ask.{key}", **values))


def _bad_input(question: str, engine: Engine) -> AskReply | None:
    stripped = question.strip()
    if not stripped:
        return _friendly(question, "bad_empty", **_district(engine))
    if len(question) > MAX_QUESTION_CHARS:
        return _friendly(question[:200], "bad_too_long", chars=len(question))
    # (the per-character counts only where a whole-string test leaves them in doubt: every question pays these)
    printable = len(stripped) if stripped.isprintable() \
        else sum(1 for ch in stripped if ch.isprintable() or ch in "\n\t")
    if printable < 0.85 * len(stripped) or "\ufffd" * 3 in stripped:
        return _friendly(question, "bad_unreadable")
    if not stripped.isascii():      # an ASCII question has no letter outside ASCII
        letters = [ch for ch in stripped if ch.isalpha()]
        if letters and sum(not ch.isascii() for ch in letters) > 0.5 * len(letters):
            return _friendly(question, "bad_language", **_district(engine))
    words = _WORD.findall(stripped.lower())
    if not words:
        return _friendly(question, "bad_unreadable")
    if len(stripped) >= PASTE_MIN_CHARS and not _QUESTION_CUES.search(stripped):
        return _friendly(question, "bad_pasted")
    return None


def _mostly_foreign(question: str, lexicon: concepts.Lexicon | None = None) -> bool:
    """Few common English words (`_ENGLISH`), and either a common word of another language or few words the reader
    knows (`lexicon`). (The first test alone took 160 of the review sets' and corpora's labelled questions for
    another language, terse English ones most, and refused 23 English questions the reader could not place.)"""
    words = _WORD.findall(question.lower())
    english = [w for w in words if w in _ENGLISH]
    if len(words) < 3 or len(english) >= max(1, len(words) // 5):
        return False
    if lexicon is None or any(w in _OTHER_LANGUAGES for w in words):
        return True
    known = len(english) + sum(w not in _ENGLISH and (w in lexicon.spelled or
                                                      concepts.stem(w, lexicon.irregular) in lexicon.known)
                               for w in words)
    return known < len(words) / 3


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
    parts = _without_repeated_openers(rule_explains)
    section = engine.policy.section_heading("unacceptable_use")   # the policy's own heading for its list
    if items:
        phrase = "; ".join(_item_phrase(engine, n) for n in items)
        if v.verdict == "prohibited":
            parts.append(text("ask.items_prohibited_also" if rule_explains else "ask.items_prohibited", items=phrase,
                              section=section))
        elif v.verdict == "conditional":
            parts.append(text("ask.items_conditional", items=phrase, section=section))
        elif v.verdict == "allowed":
            parts.append(text("ask.items_allowed", items=phrase, section=section))
    if v.unplaced and v.verdict == "not_covered":
        # an acceptable channel carrying an act the reader could not place: the channel's rule in the policy's
        # words (never the rule's own "Yes."), then what it could not read and which items may bear on it
        # (DESIGN.md "Never a confident yes")
        parts = [text("ask.channel_rule", quote=q.text, section=q.section) for q in dict.fromkeys(
            x for c in v.contributions if c.verdict == "allowed" and c.item is None for x in c.citations)]
        parts.append(text("ask.unplaced", words=", ".join(f"\u201c{w}\u201d" for w in v.unplaced), section=section))
        if v.may_apply:
            parts.append(text("ask.may_apply", items="; ".join(_item_phrase(engine, n) for n in v.may_apply)))
        else:
            parts.append(text("ask.may_apply_any", section=section))
        parts.append(text("ask.not_covered_pointer", **_district(engine)))
        return " ".join(parts)
    if v.unplaced:
        parts.append(text("ask.unplaced_conditional", words=", ".join(f"\u201c{w}\u201d" for w in v.unplaced),
                          section=section))
        if v.may_apply:
            parts.append(text("ask.may_apply", items="; ".join(_item_phrase(engine, n) for n in v.may_apply)))
    if v.verdict == "not_covered":
        if not rule_explains:
            parts.insert(0, text("ask.not_covered", **_district(engine)))
        if not v.contributions:
            parts.append(text("ask.not_covered_hint", **_district(engine)))
        parts.append(text("ask.not_covered_pointer", **_district(engine)))
    return " ".join(parts)


def _without_repeated_openers(explains: list[str]) -> list[str]:
    """Rule explanations in a row, the one-word answer they open with ("Yes.", "No.") said once: an answer that
    rests on two rules ("students or colleagues, both acceptable") reads as one answer, not two."""
    out = list(explains[:1])
    opener = explains[0].split(" ", 1)[0] if explains else ""
    for e in explains[1:]:
        head, _, rest = e.partition(" ")
        out.append(rest if head == opener and head.endswith(".") and len(head) <= 4 and rest else e)
    return out


def _judged_unplaced(v: Verdict, situation: Situation) -> bool:
    """A question whether something breaks the policy, where nothing placed the act (engine.verdict_for)."""
    return v.verdict == "not_covered" and not v.contributions and JUDGED_INCIDENT in situation.facts


def _judged_body(engine: Engine, v: Verdict) -> str:
    parts = [text("ask.judged_unplaced", section=engine.policy.section_heading("unacceptable_use"))]
    if v.may_apply:
        parts.append(text("ask.may_apply", items="; ".join(_item_phrase(engine, n) for n in v.may_apply)))
    return " ".join(parts)


def _quote(c: Citation) -> Quote:
    return Quote(c.section, c.item, c.text)


_MIN_VALUE_DIGITS = 4


def _sensitive_warning(question: str, bundle: PolicyBundle) -> str:
    """Warn when a question carries a value that must not be pasted (uses the detectors when they exist)."""
    # every value worth the warning holds an "@", a password word or at least four digits (a phone, an ID, a
    # date, a card, a code); "my 10th graders" does not, and skips building the detectors in a cold process
    if "@" not in question and "pass" not in question.lower() \
            and sum(map(str.isdigit, question)) < _MIN_VALUE_DIGITS:
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
           bundle: PolicyBundle | None = None, previous: Situation | None = None) -> AskReply:
    """The policy's answer to a free-text question. Never raises on bad input. `previous`: how the last question
    in the same conversation was read; a fragment ("what about parents?") is read against it."""
    if isinstance(question, bytes):
        question = question.decode("utf-8", errors="replace")
    elif not isinstance(question, str):
        question = "" if question is None else str(question)
    loaded = _bundle(bundle)
    engine, understanding = loaded.engine, loaded.understanding
    bad = _bad_input(question, engine)
    if bad is not None:
        return bad
    if previous is not None:
        continued = understanding.follow_up(previous, question)
        if continued is not None:
            # say so: the verdict rests on words the asker typed before, not only on these
            reply = _answer_one(question, loaded, choice_id, continued)
            return replace(reply, answer=f"{text('ask.follow_up')} {reply.answer}")
    reply = _by_the_rules(question, loaded, choice_id)
    return reply if choice_id or reply.parts else _with_answer_reader(question, loaded, reply)


def _by_the_rules(question: str, loaded: PolicyBundle, choice_id: str | None) -> AskReply:
    """The rules' reply: one part, or one reply per part with the strictest first."""
    pieces = _own_parts(split_parts(question), loaded.understanding)
    if len(pieces) > 1:
        return _multi_part(question, [_answer_one(p, loaded, choice_id, sit, multi_part=True) for p, sit in pieces])
    return _answer_one(question, loaded, choice_id)


_POINTS_BACK = re.compile(r"\b(?:them|they|him|her|he|she|those|these|their|the ones|any of them)\b", re.I)
_AUDIENCE_FACTS = frozenset({"audience_student"})


def _own_parts(pieces: list[str], understanding: Understanding) -> list[tuple[str, Situation | None]]:
    """A piece that names no channel, audience, act or item on its own ("do I need the form?") depends on the
    one before: the two are read as one question. Each part comes with its reading when it was not merged."""
    if len(pieces) < 2:
        return [(p, None) for p in pieces]
    merged: list[tuple[str, Situation | None]] = [(pieces[0], understanding.read(pieces[0]))]
    for piece in pieces[1:]:
        sit = understanding.read(piece)
        before = merged[-1][1]
        if sit.audience is None and before is not None and before.audience and _POINTS_BACK.search(piece):
            # "can I email my 9th graders ..., and can I text them?": "them" are the 9th graders
            sit = sit.with_(audience=before.audience,
                            facts=(sit.facts | (before.facts & _AUDIENCE_FACTS)) - {PERSONAL_SCOPE, COLLEAGUE_NAMED})
        if before is not None and "report" in before.acts and ASKS_WHOM_TO_TELL in sit.facts and not sit.items:
            # "who do I tell? do I also tell my principal?": whom else to tell about the incident just reported
            merged[-1] = (f"{merged[-1][0]} {piece}", None)
        elif sit.channel or sit.audience or sit.items or sit.acts or sit.topics:
            merged.append((piece, sit))
        else:
            merged[-1] = (f"{merged[-1][0]} {piece}", None)
    return merged


def _multi_part(question: str, replies: list[AskReply]) -> AskReply:
    """One reply per part (DESIGN.md: the strictest verdict leads); the whole carries the leading verdict."""
    ordered = sorted(replies, key=lambda r: SHOWN_FIRST.index(r.verdict))
    lead = ordered[0]
    body = " ".join(text("ask.part", n=n, question=r.question.strip(), label=r.verdict_label, answer=r.answer)
                    for n, r in enumerate(ordered, 1))
    citations: list[Quote] = []
    conditions: list[str] = []
    for r in ordered:
        citations.extend(q for q in r.citations if q not in citations)
        conditions.extend(c for c in r.conditions if c not in conditions)
    return AskReply(question=question, verdict=lead.verdict, verdict_label=lead.verdict_label, answer=body,
                    conditions=tuple(conditions), citations=tuple(citations), options=lead.options,
                    kind=lead.kind, unplaced=named_once(*(r.unplaced for r in ordered)), parts=tuple(ordered))


def _answer_one(question: str, loaded: PolicyBundle, choice_id: str | None, situation: Situation | None = None,
                multi_part: bool = False) -> AskReply:
    engine, understanding = loaded.engine, loaded.understanding
    situation = situation or understanding.read(question)
    if _mostly_foreign(question, understanding.lexicon) and not _read_enough(situation):
        return _friendly(question, "bad_language", **_district(engine))
    chosen = _parse_choice(choice_id)
    if chosen and multi_part:
        # a choice answers the part that asked for it: a part that named its audience or channel keeps it
        chosen = {k: val for k, val in chosen.items() if getattr(situation, k) in _OPEN_VALUES}
    if chosen:
        situation = situation.with_(**chosen)
    elif situation.other_channels:
        situation = _strictest_channel(question, loaded, situation)
    situation, v = _with_second_reader(loaded, question, situation, engine.verdict_for(situation))
    return _reply(question, loaded, situation, engine.needs_a_human_look(situation, v), chosen)


def _reply(question: str, loaded: PolicyBundle, situation: Situation, v: Verdict,
           chosen: dict[str, str]) -> AskReply:
    """The reply a person sees for the final verdict on this reading of the question."""
    engine = loaded.engine
    if v.verdict == "clarify":
        prefix = ",".join(f"{k}={val}" for k, val in chosen.items())
        options = tuple(Choice(o.label, o.verdict, f"{prefix + ',' if prefix else ''}{o.field}={o.value}")
                        for o in v.options)
        field = v.options[0].field if v.options else "audience"
        labels = list(dict.fromkeys(o.label for o in v.options))
        choices = ", ".join(labels[:-1]) + (f" and {labels[-1]}" if len(labels) > 1 else "".join(labels))
        body = text(f"ask.clarify_{field}", choices=choices)
        conditions: tuple[str, ...] = ()
    else:
        options = ()
        body = _compose(engine, v) if not _judged_unplaced(v, situation) else _judged_body(engine, v)
        conditions = v.conditions
    if JUDGED_INCIDENT in situation.facts and v.verdict != "clarify":
        # the verdict on the act first; how to report it is still what someone who saw it may need
        body = f"{body} {text('ask.report_also', **_district(engine))}"
    elif INCIDENT_ASIDE in situation.facts and v.verdict != "clarify":
        # the act asked about is answered; what the story told happened can still be reported
        body = f"{body} {text('ask.incident_aside', **_district(engine))}"
    warning = _sensitive_warning(question, loaded)
    if warning:
        body = f"{warning} {body}"
    # DESIGN.md: a how/where/who-to-tell question gets the procedure and an offer to file a report; its verdict
    # stays `allowed` for the batch interface, but a person sees "Report it", not a green "Allowed"
    kind = "report" if v.verdict == "allowed" and "report" in situation.acts else "answer"
    if kind == "report":
        body = f"{body} {text('ask.report_offer', **_district(engine))}"
    return AskReply(question=question, verdict=v.verdict,
                    verdict_label=text("ask.verdict_report") if kind == "report" else _label(v.verdict),
                    answer=body, conditions=conditions, citations=tuple(_quote(c) for c in v.citations),
                    options=options, kind=kind, unplaced=v.unplaced,
                    policy_title=_district(engine)["policy_title"], situation=situation.with_(unplaced=()))


def _strictest_channel(question: str, loaded: PolicyBundle, situation: Situation) -> Situation:
    """A choice question ("call or text the principal, which one?", "texting vs google chat") is answered for
    every channel it names, and the strictest answer leads (DESIGN.md: the strictest verdict leads), so a yes for
    one channel never hides the rule of another the asker may pick."""
    engine = loaded.engine
    best, rank = situation, SHOWN_FIRST.index(engine.verdict_for(situation).verdict)
    for other in situation.other_channels:
        alt = loaded.understanding.read(question, first_channel=other)
        alt_verdict = engine.verdict_for(alt).verdict
        if alt.channel is None or alt_verdict == "clarify":
            continue    # whom the asker means is not asked back for a channel they did not lead with
        alt_rank = SHOWN_FIRST.index(alt_verdict)
        if alt_rank < rank:
            best, rank = alt, alt_rank
    return best


def _with_second_reader(loaded: PolicyBundle, question: str, situation: Situation,
                        v: Verdict) -> tuple[Situation, Verdict]:
    """Issue 10: an act the rules could not place, which the second reader is confident is an unacceptable use,
    is judged by that item. Kept only when the item makes the answer stricter: it never loosens one. A prohibited
    act the rules placed gets the model's item cited beside theirs (`second_item`) when the engine, judging it,
    gives the same verdict and cites it: a second item, never another verdict."""
    if v.verdict in SECOND_ITEM_VERDICTS:
        added = second_item(loaded.second_reader, question, situation, loaded.understanding)
        if added is not None and (av := loaded.engine.verdict_for(added)).verdict == v.verdict \
                and len(av.citations) > len(v.citations):
            return added, av
        return situation, v
    if not wants_second_look(v.verdict, situation, loaded.understanding, question):
        return situation, v
    second = second_look(loaded.second_reader, question, situation, loaded.understanding,
                         strict=v.verdict == "not_covered")
    if second is not None and stricter((sv := loaded.engine.verdict_for(second)).verdict, than=v.verdict):
        return second, sv
    return situation, v


def _cited(citations: Iterable[Quote] | Iterable[Citation]) -> list[tuple[str, int | None]]:
    return [(c.section, c.item) for c in citations]


def rules_answer(question: str, bundle: PolicyBundle | None = None) -> AskReply:
    """The answer before the answer reader's look: what it was trained to read beside the question."""
    loaded = _bundle(bundle)
    return _bad_input(question, loaded.engine) or _by_the_rules(question, loaded, None)


def _with_answer_reader(question: str, loaded: PolicyBundle, reply: AskReply) -> AskReply:
    """Issue 10: where the answer reader is confident staff mean another answer, the reply is that answer, composed
    as any other (`_answer_readers_turn`); otherwise the rules' reply stands."""
    turn = _answer_readers_turn(question, loaded, reply)
    return reply if turn is None else _reply(question, loaded, turn[1], turn[2], {})


def _answer_readers_turn(question: str, loaded: PolicyBundle,
                         reply: AskReply) -> tuple[str, Situation, Verdict] | None:
    """How the answer reader turns the rules' reply, if it does (`policy.answer_reader.answer_for`: a reading one fact
    away, the answer stated from the policy's text, or a reading two facts away), and the reading and answer. Never
    toward `allowed` or `clarify`; a report question only toward the permission question it also asks (`readings`),
    where the model is confident of it. The policy's text is quoted either way."""
    reader, situation = loaded.answer_reader, reply.situation
    if reader is None or situation is None:
        return None
    guess = reader.guess_away_from(question, reply.verdict, _cited(reply.citations), situation)
    if guess is None:
        return None
    return answer_for(loaded.engine, situation, guess, reader.states(guess))


def explain(question: str, bundle: PolicyBundle | None = None) -> dict[str, Any]:
    """How the question was read, part by part (for `aupbot ask --explain` and for tuning the vocabulary): the
    tokens and their stems, the concepts found, the frames and rules that fired, the words it could not place."""
    loaded = _bundle(bundle)
    engine, understanding = loaded.engine, loaded.understanding
    parts = []
    for piece in split_parts(question) or [question]:
        situation = understanding.read(piece)
        reading = understanding.reading(piece)
        ruled = engine.verdict_for(situation)
        situation_after, v = _with_second_reader(loaded, piece, situation, ruled)
        second = None
        if loaded.second_reader is not None:
            # the model's reading, and whether it changed the answer (the item it added, or nothing)
            second = {**loaded.second_reader.predict(piece).describe(),
                      "applied": situation_after is not situation, "rules_verdict": ruled.verdict}
        guess = None
        if loaded.answer_reader is not None:
            # the answer reader reads the whole question beside the rules' whole answer (`answer`)
            ruled_reply = rules_answer(piece, loaded)
            guess = loaded.answer_reader.guess(piece, ruled_reply.verdict, _cited(ruled_reply.citations),
                                               ruled_reply.situation).describe()
            # whether the reader answered: through a reading of the rules, by stating its answer, or not at all
            turn = _answer_readers_turn(piece, loaded, ruled_reply)
            guess["answered"] = turn[0] if turn is not None else None
        parts.append({"question": piece, **situation.describe(), **(reading.describe() if reading else {}),
                      "rules": [c.source for c in v.contributions], "verdict": v.verdict, "second_reader": second,
                      "answer_reader": guess})
    # one part: its reading; several: the first part's reading at the top, every part under "parts"
    return parts[0] if len(parts) == 1 else {**parts[0], "question": question, "parts": parts}


def record(db: Database, person: Person, reply: AskReply, bundle: PolicyBundle) -> int:
    """Log the question (masked under the loaded policy) and its verdict; returns the question's ref for
    feedback buttons."""
    from bot.store import questions  # storage on first use: `aupbot ask` answers without a database (cold start)

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
        choice_id: str | None = None, question_ref: int | None = None,
        conversation: tuple[Conversations, str] | None = None) -> Asked:
    """The ask use case every surface calls: answer, log, and add the asker's approvals.

    `private`: whether only the asker reads the answer (a one-to-one DM, an ephemeral or private message, the
    console). The asker's registered approvals are named only there; a channel thread is read by everyone.
    `question_ref`: the ref of the question a clarify choice answers; the final answer keeps it (a reply that
    asks again is logged anew). With no database (a console that cannot open its file) nothing is logged.
    A database that fails raises: each adapter says "nothing was saved" its own way."""
    # `conversation`: the surface's conversations and this one's place (a DM, the console): a fragment such as
    # "what about parents?" is read against the question before it (handlers/conversation.py)
    previous = conversation[0].previous(person, conversation[1]) if conversation else None
    reply = answer(question, person, choice_id=choice_id, bundle=bundle, previous=previous)
    if conversation:
        conversation[0].remember(person, conversation[1], reply.situation)
    if db is None:
        return Asked(reply, None)
    ref = record(db, person, reply, bundle) if question_ref is None or reply.options else question_ref
    if not private:
        return Asked(reply, ref)
    from handlers import approvals  # imported here, as storage is: it brings the database and the outbox

    return Asked(reply, ref, tuple(approvals.mentions_for(db, person, reply)))


def record_feedback(db: Database, person: Person, question_ref: int, helpful: bool) -> bool:
    """Record whether the answer helped; only the person who asked may rate it (False otherwise, and for an
    unknown ref: the two are answered alike)."""
    from bot.store import questions

    return questions.record_feedback(db, person.id, question_ref, helpful)


__all__ = ["AskReply", "Asked", "Choice", "PolicyFileError", "Quote", "answer", "ask", "explain", "record",
           "record_feedback"]

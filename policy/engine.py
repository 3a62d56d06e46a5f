"""The verdict engine: a Situation in, a Verdict out, by the policy file's rules and the vocabulary's item cues.

`verdict_for(situation)` reads DESIGN.md's "How the policy is read" as encoded in the policy file: every rule
group contributes its first matching rule, every matched unacceptable use contributes its verdict, and the
strictest wins. Open facts (who "my team" is, which grade band, which account) are answered for each possible
value; when the verdicts differ the engine returns `clarify` with one option per value, each with the verdict
it leads to, and never picks one silently. Nothing matched: `not_covered`.
"""
from __future__ import annotations

from dataclasses import dataclass, replace
from functools import cached_property, lru_cache
from pathlib import Path

from policy import unplaced
from policy.document import DEFAULT_POLICY, PolicyDocument, PolicyLine, Rule, load_policy
from policy.overlay import vocabulary_for
from policy.situation import (
    ASKS_POSSIBILITY,
    ASKS_REQUIREMENTS,
    COLLEAGUE_NAMED,
    DONE_ACT,
    JUDGED_INCIDENT,
    PERSONAL_MEANS,
    PERSONAL_SCOPE,
    Situation,
)
from policy.verdicts import SEVERITY
from policy.vocabulary import ItemCues, Vocabulary

# the grade bands an unnamed band of students opens into
_STUDENT_BANDS = ("student_k8", "student_9_12")


@dataclass(frozen=True)
class Citation:
    section: str           # exact policy heading
    item: int | None       # 1-37 for the unacceptable uses
    text: str              # the exact policy wording


@dataclass(frozen=True)
class Contribution:
    source: str            # rule id, or "item:N"
    verdict: str
    citations: tuple[Citation, ...]
    conditions: tuple[str, ...]
    explain: str           # the rule's plain-language reason ("" for items: the handler words those)
    item: int | None = None


@dataclass(frozen=True)
class Option:
    field: str             # "audience" or "channel"
    value: str
    label: str
    verdict: str


@dataclass(frozen=True)
class Verdict:
    verdict: str
    citations: tuple[Citation, ...]
    conditions: tuple[str, ...]
    contributions: tuple[Contribution, ...]   # those that decided it, strongest first
    options: tuple[Option, ...] = ()
    prompt: str = ""                          # the clarify question
    situation: Situation | None = None
    unplaced: tuple[str, ...] = ()            # words that kept an acceptable channel from a bare `allowed`
    may_apply: tuple[int, ...] = ()           # items whose act was named though their frame was not complete


class Engine:
    def __init__(self, policy: PolicyDocument, vocabulary: Vocabulary) -> None:
        self.policy = policy
        self.vocabulary = vocabulary
        self._items = {ic.item: ic for ic in vocabulary.items}
        # vocabulary cue set -> this policy's item number: the identity unless the policy maps its own list
        # onto the shared paraphrases (`reads` on an unacceptable use)
        mapped = {key: use.item for use in policy.unacceptable_uses.values() for key in use.reads}
        self._item_of = mapped or {n: n for n in policy.unacceptable_uses}
        groups: dict[str, list[Rule]] = {}
        for rule in policy.rules:
            groups.setdefault(rule.group, []).append(rule)
        self._groups = tuple(tuple(rules) for rules in groups.values())

    # -- citations ------------------------------------------------------------------------------------------

    def citation(self, ref: str) -> Citation:
        if ref.startswith("item:"):
            n = int(ref[5:])
            return Citation(self.policy.section_heading("unacceptable_use"), n, self.policy.unacceptable_uses[n].text)
        line: PolicyLine = self.policy.line(ref)
        return Citation(line.section, None, line.quote)

    def _conditions(self, refs: tuple[str, ...]) -> tuple[str, ...]:
        out: list[str] = []
        for ref in refs:
            line = self.policy.line(ref)
            out.extend(line.conditions or (line.text,))
        return tuple(out)

    # -- deciding -------------------------------------------------------------------------------------------

    def verdict_for(self, situation: Situation) -> Verdict:
        v = self._resolve(situation)
        if v.verdict == "allowed" and JUDGED_INCIDENT in situation.facts:
            # "a coworker keeps sending me <something>: is that against the AUP?": the verdict is on what was done,
            # and nothing placed it; the channel it travelled on says nothing about it, so no `allowed`. The reply
            # gives the reporting procedure beside the items that may apply.
            report = self._resolve(situation.with_(acts=situation.acts | {"report"}))
            return Verdict("not_covered", report.citations, (), (), situation=situation,
                           unplaced=situation.unplaced, may_apply=situation.near_items)
        if v.verdict == "allowed" and situation.unplaced and "report" not in situation.acts:
            # DESIGN.md "Never a confident yes": the channel is acceptable, but an act the reader could not
            # place rides on it. The answer keeps the channel's rule and says what it could not read.
            return _not_placed(v, situation, situation.unplaced)
        if v.verdict == "conditional" and situation.unplaced and "report" not in situation.acts:
            # a yes with conditions keeps its conditions, and says what it could not read beside them
            return replace(v, unplaced=situation.unplaced, may_apply=situation.near_items)
        return v

    def needs_a_human_look(self, situation: Situation, v: Verdict) -> Verdict:
        """The final answer (after every reader had its say) is never a bare `allowed` beside a word whose presence
        alone means the content needs a human look (the vocabulary's `harm_alone`: a slur, "confidential",
        "pregnant", "undocumented", a password) or beside what travels through the channel told and not understood
        as acceptable (`Situation.content_doubt`: a put-down, money for a cause, a file sent to a neighbour) where no
        item was placed: `not_covered`, with the channel's rule, the items that may apply and the words named, as
        for an act the reader could not place. Applied last so
        that a reader that places an item (the second reader) is not held to a stricter bar by it."""
        if "report" in situation.acts:
            # the report route answers how to tell what happened, whatever was done
            return v
        # which of these words still count once an item is placed, and in which order they are named, is
        # policy.unplaced's to say
        if not unplaced.look_words(situation):
            return v
        words = unplaced.with_look_words(v.unplaced, situation)
        if v.verdict == "not_covered" and v.unplaced:
            # an accepted channel's answer already held back for words nobody placed: name these beside them
            return replace(v, unplaced=words)
        if v.verdict != "allowed":
            return v
        return _not_placed(v, situation, words)

    def _resolve(self, sit: Situation) -> Verdict:
        for fieldname in ("audience", "channel", "account"):
            current = getattr(sit, fieldname)
            if fieldname == "audience" and not self._audience_open(sit):
                continue
            if fieldname == "account" and not self._account_open(sit):
                continue
            # "contact HR about my leave": no channel named, and none matters for the asker's own affairs
            if fieldname == "channel" and current == "message" \
                    and sit.topics & self.vocabulary.open_audience_unless_topics:
                continue
            candidates = self._candidates(sit, fieldname, current)
            if not candidates:
                continue
            results = [(value, self._resolve(sit.with_(**{fieldname: value}))) for value in candidates]
            shapes = {(r.verdict, tuple((o.field, o.value, o.verdict) for o in r.options)) for _, r in results}
            if len(shapes) == 1:
                return _one_answer_for_all(results) if fieldname == "audience" else results[0][1]
            verdicts = {r.verdict for _, r in results}
            default, unless_acts, unless_facts = self.vocabulary.default_channels.get(
                current or "none", (None, frozenset(), frozenset())) if fieldname == "channel" \
                else (None, frozenset(), frozenset())
            if default is not None and verdicts - {"clarify"} and not sit.acts & unless_acts \
                    and not sit.facts & unless_facts:
                # "can I DM my players on instagram?": which kind of account is no fact DESIGN.md asks for; with no
                # class, team or school account named, the account is the asker's own (what is posted, students'
                # photos above all, may be a class page's, so a post is still asked about)
                return next((r for value, r in results if value == default and r.verdict != "clarify"),
                            max((r for _, r in results if r.verdict != "clarify"), key=lambda r: SEVERITY[r.verdict]))
            if fieldname == "channel" and (current or "none") in self.vocabulary.strictest_channels \
                    and verdicts - {"clarify"}:
                # "can I message my department chair?": which app is no fact the policy asks for (DESIGN.md: clarify
                # is for an unknown audience); the strictest reading answers, the app's own rule being no stricter
                return max((r for _, r in results if r.verdict != "clarify"), key=lambda r: SEVERITY[r.verdict])
            if fieldname == "audience" and verdicts <= {"allowed", "conditional", "not_covered"} \
                    and verdicts & {"allowed", "conditional"}:
                # "yes" for every case the policy addresses, with conditions in some: answer once, strictest
                return max((r for _, r in results if r.verdict != "not_covered"), key=lambda r: SEVERITY[r.verdict])
            if fieldname == "audience" and any(r.verdict == "conditional" for _, r in results) \
                    and (ASKS_POSSIBILITY in sit.facts
                         or (ASKS_REQUIREMENTS in sit.facts and set(candidates) <= set(_STUDENT_BANDS))):
                # "is there any scenario where I can text a kid?", "what does texting the team's kids take?":
                # whether it is ever possible, or what it needs, is answered by the case the policy allows under
                # conditions; its conditions name the grade band it covers (grades 9-12)
                return next(r for _, r in results if r.verdict == "conditional")
            citations: list[Citation] = []
            for _, r in results:
                citations.extend(c for c in r.citations if c not in citations)
            # values the policy does not tell apart (one label, one verdict) are offered once
            options = tuple({(o.label, o.verdict): o for o in reversed(
                [Option(fieldname, value, self.vocabulary.label(fieldname, value), r.verdict)
                 for value, r in results])}.values())[::-1]
            return Verdict("clarify", tuple(citations), (), (), options,
                           self.vocabulary.label("question", fieldname), sit)
        return self._decide(sit)

    def _candidates(self, sit: Situation, fieldname: str, current: str | None) -> tuple[str, ...]:
        """The values an open value is answered for: the vocabulary's `expand`, and those its `expand_with` adds
        where the question gives the facts that make them possible ("my kids" with nothing of school beside them:
        the asker's own children too). DESIGN.md: a fact that changes the verdict and is not given is asked."""
        key = current or "none"
        candidates = self.vocabulary.expand.get(fieldname, {}).get(key, ())
        for facts, added in self.vocabulary.expand_with.get(fieldname, {}).get(key, ()):
            if facts <= sit.facts:
                candidates = (*candidates, *(a for a in added if a not in candidates))
        return candidates

    def _audience_open(self, sit: Situation) -> bool:
        """Who it is for matters only for talking to someone: not for keeping records, reporting or support
        questions. An audience nobody named is opened only for the channels people talk over."""
        v = self.vocabulary
        if sit.acts & v.open_audience_unless_acts or sit.topics & v.open_audience_unless_topics:
            return False
        if sit.audience is None and sit.facts & v.open_audience_facts:
            # a fact that puts someone on the other end (open_audience.facts: befriending a person nobody
            # identified, "the people in my program"): who they are is the whole answer, on whatever platform and
            # whatever the asker's own time and means
            return True
        if sit.audience is None:
            # the asker's own phone or time says nothing of who is written to when the people are a school
            # activity's ("text the choir members from my phone during the trip"): they may be its students
            # (DESIGN.md: personal means count only with no students involved)
            return sit.channel in v.open_audience_channels and (
                not (sit.facts & v.open_audience_unless_facts) or bool(sit.facts & v.open_audience_kept_by))
        return True

    def _account_open(self, sit: Situation) -> bool:
        """Which account sends it decides the CPS app's verdict for students (DESIGN.md: clarify on "which
        account"). Opened only once the audience and channel are settled, for the audiences whose rule turns on
        it (students: among staff the app is acceptable from either), not for a learning platform only district logins
        reach (`open_account.unless_facts`), and not where an unacceptable use is placed
        (what is sent decides it, and its own conditions speak for the means) or where what it takes or whether it
        is ever possible is asked: the conditional answer names the account the policy requires."""
        v = self.vocabulary
        if sit.account is not None or sit.channel not in v.open_account_channels \
                or sit.audience not in v.open_account_audiences or sit.items \
                or sit.facts & v.open_account_unless_facts:
            return False
        return not (sit.facts & {ASKS_POSSIBILITY, ASKS_REQUIREMENTS})

    @staticmethod
    def _matches(rule: Rule, sit: Situation, facts: frozenset[str]) -> bool:
        w = rule.when
        if "audience" in w and (sit.audience or "none") not in w["audience"]:
            return False
        if "channel" in w and (sit.channel or "none") not in w["channel"]:
            return False
        if "account" in w and (sit.account or "none") not in w["account"]:
            return False
        if "acts" in w and not (w["acts"] & sit.acts):
            return False
        if "acts_none" in w and (w["acts_none"] & sit.acts):
            return False
        if "topics" in w and not (w["topics"] & sit.topics):
            return False
        if "facts" in w and not (w["facts"] <= facts):
            return False
        if "facts_any" in w and not (w["facts_any"] & facts):
            return False
        if "facts_none" in w and (w["facts_none"] & facts):
            return False
        return True

    def _facts(self, sit: Situation) -> frozenset[str]:
        # derived here, not when reading: an open channel ("social") is only personal once it is expanded
        facts = sit.facts
        if sit.channel in self.vocabulary.personal_channels or sit.account == "personal":
            facts = facts | {"personal_channel"}
        if sit.account == "personal" or facts & self.vocabulary.personal_means_facts:
            facts = facts | {PERSONAL_MEANS}
        return facts

    def _unmet(self, rule: Rule, facts: frozenset[str]) -> tuple[PolicyLine, list[str]] | None:
        """DESIGN.md: a channel acceptable with conditions is prohibited where one condition fails. The first line
        whose conditions a `conditional` rule lists, with the failures the question shows (the line's own
        `unmet_when`, read on every rule that names it), or None when nothing said shows a condition unmet."""
        if rule.verdict != "conditional":
            return None
        for ref in rule.conditions:
            line = self.policy.line(ref)
            reasons = [c.reason for c in line.unmet_when if c.fails(facts)]
            if reasons:
                return line, list(dict.fromkeys(reasons))
        return None

    def _kept_in_personal_scope(self, n: int, facts: frozenset[str]) -> bool:
        """DESIGN.md: on personal means and time only the items about students, student information and privacy
        still apply, and those about what is done to a colleague when the question names one."""
        v = self.vocabulary
        return n in v.personal_scope_keeps or (COLLEAGUE_NAMED in facts and n in v.personal_scope_keeps_with_colleague)

    def _item_verdict(self, ic: ItemCues, facts: frozenset[str]) -> str:
        if ic.allowed_if & facts:
            return "allowed"
        if ic.prohibited_if & facts:
            return "prohibited"
        if ic.conditional_if & facts:
            return "conditional"
        if ic.default == "conditional" and DONE_ACT in facts \
                and not ((self.vocabulary.condition_shown_facts | ic.met_if) & facts):
            # "conditional" is "yes, with authorization": said of an act already done, with no authorization in the
            # story, the condition failed. Fail closed: the verdict on what was done is the item's prohibition.
            return "prohibited"
        return ic.default

    def _decide(self, sit: Situation) -> Verdict:
        facts = self._facts(sit)
        found: list[Contribution] = []
        for rules in self._groups:
            rule = next((r for r in rules if self._matches(r, sit, facts)), None)
            if rule is None:
                continue
            contribution = self._rule_contribution(rule, facts)
            unmet = self._unmet(rule, facts)
            if unmet is not None:
                # the channel's own conditions, read against what the question says: one failed, so no
                line, reasons = unmet
                contribution = replace(contribution, source=f"{rule.id}:unmet", verdict="prohibited",
                                       citations=contribution.citations
                                       + tuple(self.citation(c) for c in line.unmet_cite),
                                       explain=" ".join([line.unmet, *reasons]))
            if rule.final:
                return self._verdict(sit, [contribution])
            found.append(contribution)
        cited: set[int] = set()
        for key in sit.items:
            ic = self._items.get(key)
            n = self._item_of.get(key)
            if ic is None or n is None or n in cited or sit.channel in ic.covered_by_channels \
                    or (ic.dropped_if & facts):
                continue
            if PERSONAL_SCOPE in facts and not self._kept_in_personal_scope(n, facts):
                continue    # the items govern district systems; a personal act on personal time is not covered
            verdict = self._item_verdict(ic, facts)
            if verdict == "conditional" and ic.met_if & facts:
                continue    # the question shows the item's condition met: the channel's own rule answers
            cited.add(n)
            found.append(self._item_contribution(n, ic, verdict))
        return self._verdict(sit, found)

    def _item_contribution(self, n: int, ic: ItemCues | None, verdict: str) -> Contribution:
        """Item n's part of an answer with this verdict: its text as the policy words it and, for a conditional
        answer, the condition the policy (or the vocabulary's paraphrase) states for it."""
        condition = self.policy.unacceptable_uses[n].condition or (ic.condition if ic is not None else "")
        conditions = (condition,) if condition and verdict == "conditional" else ()
        return Contribution(f"item:{n}", verdict, (self.citation(f"item:{n}"),), conditions, "", n)

    def _rule_contribution(self, rule: Rule, facts: frozenset[str]) -> Contribution:
        """A rule's part of an answer: its verdict, citations and conditions, and its reason with the reasons the
        question's facts add."""
        explain = rule.explain
        why = [text for fact, text in rule.reasons.items() if fact in facts]
        if why:
            explain = " ".join([explain, *dict.fromkeys(why)])
        return Contribution(rule.id, rule.verdict, tuple(self.citation(c) for c in rule.cite),
                            self._conditions(rule.conditions), explain)

    @cached_property
    def _rules_by_answer(self) -> dict[tuple[str, str, int | None], tuple[Rule, ...]]:
        """The policy file's rules by the answer each gives: its verdict and its first citation (section lower-cased,
        item)."""
        out: dict[tuple[str, str, int | None], tuple[Rule, ...]] = {}
        for rule in self.policy.rules:
            if rule.cite:
                first = self.citation(rule.cite[0])
                key = (rule.verdict, first.section.lower(), first.item)
                out[key] = (*out.get(key, ()), rule)
        return out

    def reads_item(self, situation: Situation, item: int) -> bool:
        """Whether the rules' reading placed unacceptable use `item` (by its key in the policy file)."""
        return self._key_of(item) in situation.items

    def _key_of(self, item: int) -> int:
        """The policy file's key for unacceptable use `item`."""
        return next((k for k, m in self._item_of.items() if m == item), item)

    def stated_answer(self, situation: Situation, verdict: str, section: str, item: int | None) -> Verdict | None:
        """The answer the policy gives with this verdict and first citation, stated on its own: item N's (its exact
        text cited, its condition listed when conditional), or the one rule of the policy file that gives it (its
        citations, conditions and reason). None when several rules give it: which one applies is the rules' reading
        to choose. For a reader that knows which answer staff mean where no reading of the question the rules can
        build reaches it (the answer reader's stated answer, `policy.answer_reader.stated_answer`); the engine's own
        reading of the facts is not asked."""
        if item is not None and section == self.policy.section_heading("unacceptable_use").lower():
            if item not in self.policy.unacceptable_uses:
                return None
            if self.reads_item(situation, item):
                return None  # the rules read this item: its verdict is their reading of its condition, not the model's
            key = self._key_of(item)
            return self._verdict(situation.with_(items=(key,)),
                                 [self._item_contribution(item, self._items.get(key), verdict)])
        rules = self._rules_by_answer.get((verdict, section, item), ())
        if len(rules) != 1:
            return None
        return self._verdict(situation, [self._rule_contribution(rules[0], self._facts(situation))])

    def _verdict(self, sit: Situation, found: list[Contribution]) -> Verdict:
        if not found:
            return Verdict("not_covered", (), (), (), situation=sit)
        # stable sort: strictest first, policy-file order within a verdict
        ordered = sorted(found, key=lambda c: -SEVERITY[c.verdict])
        verdict = ordered[0].verdict
        deciding = [c for c in ordered if c.verdict == verdict]
        if verdict == "conditional":
            # "calls are acceptable; keep the records": what is allowed outright is part of a conditional answer
            deciding += [c for c in ordered if c.verdict == "allowed"]
        # the answer rests on what decided it; an allowed channel beside a prohibited raffle is not cited
        citations: list[Citation] = []
        for c in deciding:
            citations.extend(x for x in c.citations if x not in citations)
        conditions: list[str] = []
        for c in deciding:
            conditions.extend(x for x in c.conditions if x not in conditions)
        return Verdict(verdict, tuple(citations), tuple(conditions), tuple(ordered), situation=sit)


@lru_cache(maxsize=8)
def engine_for(policy_path: Path | str = DEFAULT_POLICY) -> Engine:
    policy = load_policy(Path(policy_path))
    if policy.vocabulary_path is None:
        from policy.document import PolicyFileError

        raise PolicyFileError(f"{Path(policy_path).name}: vocabulary: missing (the engine needs a vocabulary file)")
    vocabulary = vocabulary_for(policy)
    return Engine(policy, vocabulary)


def verdict_for(situation: Situation, policy_path: Path | str = DEFAULT_POLICY) -> Verdict:
    return engine_for(policy_path).verdict_for(situation)


def _not_placed(v: Verdict, situation: Situation, words: tuple[str, ...]) -> Verdict:
    """An acceptable channel's `allowed` held back because of words nobody placed: `not_covered`, keeping the
    channel's rule and citations, naming the words and the items that may apply."""
    return Verdict("not_covered", v.citations, (), v.contributions, situation=situation, unplaced=words,
                   may_apply=situation.near_items)


def _one_answer_for_all(results: list[tuple[str, Verdict]]) -> Verdict:
    """The answer for an audience nobody named whose every case gets the same verdict ("email my chess club from my
    CPS account": students or colleagues, both acceptable): it rests on each case's rule, so it cites and explains
    them all, the first case's first."""
    first = results[0][1]
    citations = list(first.citations)
    contributions = list(first.contributions)
    for _, r in results[1:]:
        citations.extend(c for c in r.citations if c not in citations)
        contributions.extend(c for c in r.contributions if c not in contributions)
    return replace(first, citations=tuple(citations), contributions=tuple(contributions))

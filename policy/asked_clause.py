"""What a question asks, read from the sentence that asks it, not from the story around it.

DESIGN.md: "A question about how or where to report (a loss, a breach, misuse) is answered with the procedure ...
A permission question that merely mentions something missing, lost or stolen is still a permission question."
(issue 10, items 3 and 5). Staff tell a story first ("my laptop was stolen, reported it", "lost my badge and my
login is locked", "our vendor lost a laptop") and then ask: leave for an act ("can I forward the roster to my
gmail?", "Ok to send?", "That works, right?", "Am I covered?"), the verdict on what the story told ("Is that an AUP
issue?"), what an act needs ("what has to happen before the new one can text our students?"), or the route of a
report ("who do I tell?"). The report answer is for the last kind only; the others get the asked act's verdict,
and the reply still mentions how to report what happened.

So the decision is made on the sentence holding the last ask: the question asks leave when that sentence asks for
an act, a verdict or an act's requirements, and no sentence from it onwards asks the route. A desk named alone
("without waiting for the help desk", a "Help desk:" opening) asks no route; neither does the route told as done
in the story ("reported it, ticket's open").
"""
from __future__ import annotations

import re

from policy import concepts

# the words of an ask for leave: the act after "can I" / "ok to" (concepts.ASKED_ACT); a tag offering the told act
# for approval ("that's fine, right?", "am I covered?") counts where it closes its sentence ("the right parent" is
# no tag); the judged clause and the requirements of an act are read below from their parts
_ASKED_ACT, _TAG = concepts.ASKED_ACT, "approval_tag"
# the words of asking the route of a report: whom to tell, how or where to report, the procedure or process, and
# reporting itself named in the asking sentence ("the right number for reporting a lost laptop?", "what's the
# reporting step?", "dont bother reporting ..., is that right?")
_REPORTING = "report_verb"
_ROUTE = frozenset({"report_ask", "tell_whom", "report_how", "procedure_ask", "process_ask", _REPORTING})
# the desk named alone is where a report would go, not a way asked for ("Help desk: ...", "without waiting for the
# help desk"): `tell_whom` holds the desk's names, `it_office` says it is only the desk
_DESK = "it_office"
# "is that an AUP issue?", "would it be a problem?": whether what the story told breaks a rule
_WHETHER, _VERDICT_WORD = "asks_whether", "judge_eval"
_VERDICT_REACH = 5
# "what has to happen before the new one can text our students?": what an act needs, the act named after it
_REQUIREMENTS, _CONTACT = "requirements_ask", "contact_act"
# "can I call my co-teacher?": the words of asking leave, and whom a report goes to (a desk, an administrator,
# "anyone"): a call to one of them asks for help, not leave
_ASK = "ask_permission"
_HANDLERS = frozenset({"report_authority", _DESK})
_HANDLER_DETS = frozenset({"the", "my", "our", "a", "an", "your", "its"})
# going on using what was breached, or the breach in the asking sentence itself ("can I keep using my email if it
# got hacked?", "could I keep working on my laptop after I clicked the link?") asks about the breach: the procedure
# answers it (the vocabulary's `report_question` reading of `keep_on` beside a breach)
# (so does the breached account or login named in the asking sentence: "My account got hacked. Can I change the
# password myself?")
_BREACH = frozenset({"breach_word", "compromise_sign"})
_BREACH_ASKED = _BREACH | {"keep_on", "security_incident", "incident_word", "account_word", "credential"}
_SENTENCE_END = re.compile(r"[.?!;]|\s[-\u2013\u2014]+\s")


def _sentence_starts(reading: concepts.Reading, text: str) -> list[int]:
    """The index of each sentence's first token."""
    toks = reading.tokens
    return [0] + [i for i in range(1, len(toks)) if _SENTENCE_END.search(text[toks[i - 1].end:toks[i].start])]


def _sentence_of(starts: list[int], i: int) -> int:
    """The number of the sentence holding token `i`."""
    return max(n for n, s in enumerate(starts) if s <= i)


def _closes(reading: concepts.Reading, text: str, end: int) -> bool:
    """The span ending before token `end` closes its sentence."""
    toks = reading.tokens
    return end >= len(toks) or bool(_SENTENCE_END.search(text[toks[end - 1].end:toks[end].start]))


def _contact_asked(reading: concepts.Reading, text: str, starts: list[int]) -> list[int]:
    """Where "can I" asks to call or write to someone who handles no report ("can I call my co-teacher from my
    cell?"): the verbs of reaching someone are no asked act of their own (the vocabulary's `not_an_act`: "can I
    call IT?", "could I contact someone?" ask for help), so whom they reach decides."""
    toks = reading.tokens
    contacts = {h.start: h for h in reading.hits if h.concept == _CONTACT}
    handlers = [h.start for h in reading.hits if h.concept in _HANDLERS]
    out = []
    for h in reading.hits:
        if h.concept != _ASK:
            continue
        j = h.end
        while j < len(toks) and toks[j].text in concepts.ASK_FILLER:
            j += 1
        verb = contacts.get(j)
        if verb is None or concepts.punct_between(text, toks, j):
            continue
        sentence = _sentence_of(starts, j)
        if not any(i >= verb.end and _sentence_of(starts, i) == sentence for i in handlers):
            out.append(j)
    return out


def _acts_asked(reading: concepts.Reading, text: str, starts: list[int]) -> list[int]:
    """Where the question names the act it asks leave for, or whose requirements it asks (token indices)."""
    hits = reading.hits
    contacts = [h.start for h in hits if h.concept == _CONTACT]
    return [h.start for h in hits if h.concept == _ASKED_ACT
            or h.concept == _REQUIREMENTS and any(c > h.start for c in contacts)] \
        + _contact_asked(reading, text, starts)


def _story_judged(reading: concepts.Reading, text: str) -> list[int]:
    """Where the question asks the verdict on what its story told ("That works, right?", "Am I covered?", "Is
    that an AUP issue?"): the act judged is the story's (token indices)."""
    hits = reading.hits
    verdict_words = [h.start for h in hits if h.concept == _VERDICT_WORD]
    return [h.start for h in hits if h.concept == _TAG and _closes(reading, text, h.end)
            or h.concept == _WHETHER and any(0 < v - h.start <= _VERDICT_REACH for v in verdict_words)]


def _route_asks(reading: concepts.Reading) -> list[int]:
    """Where the question asks the route of a report (token indices): the route's words, or whoever handles a report
    named as where something goes or who is written to ("can I forward it to the help desk?", "can I email my
    principal about it?"); the desk's name alone is none ("without waiting for the help desk")."""
    toks = reading.tokens
    desks = [(h.start, h.end) for h in reading.hits if h.concept == _DESK]
    out = [h.start for h in reading.hits if h.concept in _ROUTE
           and not any(a <= h.start and h.end <= b for a, b in desks)]
    contact_ends = {h.end for h in reading.hits if h.concept == _CONTACT}
    for h in reading.hits:
        if h.concept not in _HANDLERS:
            continue
        i = h.start - 1
        while i >= 0 and toks[i].text in _HANDLER_DETS:
            i -= 1
        # (or written to or called: "can I email my principal about it?")
        if i >= 0 and (toks[i].text == "to" or i + 1 in contact_ends):
            out.append(h.start)
    return out


def asks_leave_not_route(reading: concepts.Reading, text: str) -> bool:
    """The last sentence that asks something asks leave for an act (or its verdict, or its requirements), and
    neither it nor a later sentence asks the route of a report: the question is about the act, whatever loss,
    lockout or report the story before it tells."""
    starts = _sentence_starts(reading, text)
    acts, judged = _acts_asked(reading, text, starts), _story_judged(reading, text)
    if not acts and not judged:
        return False
    last = max(acts + judged)
    asked = _sentence_of(starts, last)
    if any(_sentence_of(starts, i) >= asked for i in _route_asks(reading)):
        return False
    if last not in acts and any(h.concept == _REPORTING for h in reading.hits):
        # the story's act judged is reporting itself ("my AP said don't bother reporting the stolen laptop. is
        # that right?"): the procedure answers
        return False
    if reading.concepts & _BREACH and any(h.concept in _BREACH_ASKED and _sentence_of(starts, h.start) == asked
                                          for h in reading.hits):
        return False
    return True

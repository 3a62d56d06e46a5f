"""Free text -> Situation, by the vocabulary file's patterns. Deterministic, no model, microseconds per question.

The steps mirror how a person reads a question: fix typos and shorthand, find who it is about (a parent of a
student is a parent, a "grade level team" is staff, a "team" with no other clue may be either), the grade band,
the channel and account, what the asker wants to do, the facts that decide conditions (permission in writing,
parents on the thread, a safety purpose), and which of the 37 unacceptable uses the words point at.
"""
from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Container
from dataclasses import replace
from functools import lru_cache

from policy import asked_clause, concepts
from policy.required_text import strings_in
from policy.situation import (
    ASKS_JUDGEMENT,
    ASKS_POSSIBILITY,
    ASKS_REQUIREMENTS,
    AUDIENCES,
    COLLEAGUE_NAMED,
    DONE_ACT,
    INCIDENT_ASIDE,
    JUDGED_INCIDENT,
    OPEN_AUDIENCES,
    OPEN_CHANNELS,
    PERSONAL_SCOPE,
    UNSECURED_CHANNEL,
    Situation,
)
from policy.vocabulary import Concept, Cue, Vocabulary

# how many questions' texts and readings one reader keeps (`Understanding._prepared`): those of one answer
READINGS_KEPT = 8
# Long pastes are read up to this many characters: enough for any real question, bounded work per request.
MAX_READ_CHARS = 1200

_ZERO_WIDTH = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad"), None)
_QUOTES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u201b": "'", "\u02bc": "'", "\u201c": '"', "\u201d": '"',
                         "\u2013": "-", "\u2014": " - ", "\u2010": "-", "\u2011": "-", "\u00a0": " "})
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")
_SPACES = re.compile(r"\s+")


def normalize(text: str) -> str:
    text = unicodedata.normalize("NFKC", text[: MAX_READ_CHARS * 2]).translate(_ZERO_WIDTH).translate(_QUOTES)
    text = _CONTROL.sub(" ", text).lower()
    return _SPACES.sub(" ", text).strip()[:MAX_READ_CHARS]


# A new question starts after "?" or after ", and" / ";" / "also" when it opens like a question. Anything else
# ("can I call a student? he's in 10th") is context for the part before it, so it is not split off.
# A question opens with a modal and who or what it is about ("can I", "is it", "should my"), or "what about".
_OPENER = (r"(?:(?:can|could|may|might|should|would|will|do|does|did|is|are|am)\s+(?:i|we|you|it|my|our|they|he|"
           r"she|this|that|there|the|a|an|someone|staff|teachers|parents|students)\b|what about\b|how about\b|"
           r"ok to\b|okay to\b|any problem\b)")
# a new line, or a list's number ("1)", "2.", "(b)"), before a question is a break of its own, the number inline
# too, since a phone keyboard often puts the list on one line; a dash or a bullet only opening a line (inline, a
# dash is a pause: "the principal said ok - can I ..."); a marked piece that does not open like a question
# ("1) the parents signed") is still context
_NUMBER_MARKER = r"(?:\(?\d{1,2}[.)]|\(?[a-d]\))"
_LIST_MARKER = r"(?:" + _NUMBER_MARKER + r"|[-*\u2022])"
# a second act joined to the first and sharing its "can I" ("can I call the sub AND email my students' CPS
# accounts?", "I'd like to (1) email the teachers and (2) message the students"): a verb of contact and whom it
# reaches open a part of their own, so each act is answered for its own recipient and channel, never the one's
# channel with the other's audience
_COORDINATED_ACT = (r"(?:e-?mail|text|call|phone|ring|message|dm)\s+(?:my|our|the|a|an|his|her|their|each|every|all|"
                    r"some|one|two|both|students|kids|parents|teachers|staff|colleagues|coworkers|him)\b")
_PART_BREAK = re.compile(r"\?+\s+|\s*(?:[,;]\s*(?:and\s+)?(?:also\s+)?|\s+(?:and|also|plus)\s+(?:also\s+)?"
                         r"|\s*\n\s*(?:" + _LIST_MARKER + r"\s*)?|\s+" + _NUMBER_MARKER + r"\s+)"
                         r"(?=" + _OPENER + "|" + _COORDINATED_ACT + r")", re.I)
_LEADING_MARKER = re.compile(r"^\s*" + _LIST_MARKER + r"\s+(?=" + _OPENER + r")", re.I)
# the part before may open with a preamble ("Quick one: can I"); a modal after a subject or a negation is a
# statement ("dad won't do the form", "she does the scheduling"), not a question opening
_ASKS = re.compile(r"\b(?<!n't )(?<!not )(?<!never )(?<!\bi )(?<!we )(?<!he )(?<!she )(?<!they )(?<!you )(?<!to )"
                   + _OPENER, re.I)
# a question may open on its condition ("and if I don't, who do I tell?", "if she says no, how do I report it?"):
# the question word after the clause opens it (the clause is short and holds no "?")
_CONDITION_THEN_ASK = r"(?:if|when)\b[^?,]{1,60},\s*(?:who|how|where|what)\b"
_OPENS_QUESTION = re.compile(r"^\W*(?:and\s+|also\s+|plus\s+|so\s+|quick q\W+|hey\W+)?(?:" + _OPENER + "|"
                             + _CONDITION_THEN_ASK + ")", re.I)
_OPENS_ACT = re.compile(r"^\W*(?:and\s+|also\s+|plus\s+|then\s+)?" + _COORDINATED_ACT, re.I)
# the part before a coordinated act asks for or plans an act of contact of its own, which the new act shares
_INTENDS = re.compile(r"\b(?:i'?d like to|i would like to|i want to|i need to|i plan to|i'm going to|"
                      r"i am going to)\b", re.I)
_LISTED_ACT = re.compile(_NUMBER_MARKER + r"\s*" + _COORDINATED_ACT, re.I)   # "1) email the class ... 2) call ..."
# (a verb of contact with whom it reaches: "email my department" after "change my CPS email display name" is the
# same plan carried on, not a second act beside one of its own)
_CONTACTS_SOMEONE = re.compile(r"\b" + _COORDINATED_ACT, re.I)
# "is that ok?", "can it be done?", "can he log in from home?": a piece that points back at the one before (at the
# matter, or at the person it named) is not a question of its own
_REFERS_BACK = re.compile(r"^\W*(?:and\s+|so\s+)?(?:is|are|was|would|does|do|can|could|will|should)\s+"
                          r"(?:that|this|it|those|these|they|them|there|he|she)\b", re.I)
# "since texting is out, would email work?": a clause opened by a subordinator is context for the question after it
_SUBORDINATE = re.compile(r"^\W*(?:since|because|as|given that|now that|seeing as)\b", re.I)
MAX_PARTS = 4
# a question that offers channels as alternatives ("X vs Y", "which of these"); a bare "or" also asks what a
# channel counts as ("is iMessage texting or messaging?") or closes a yes/no ("ok or not")
_CHOICE = re.compile(r"\b(?:vs|versus|which|either)\b", re.I)
MIN_PART_WORDS = 3


def split_parts(question: str) -> list[str]:
    """The separate questions in one message, in order ("can I text my 10th graders, and can my team have an
    IG?" is two), each the asker's own words. A piece that does not open like a question, or points back at the
    one before ("is that ok?"), stays with the one before it."""
    text = question[:MAX_READ_CHARS]
    spans: list[tuple[int, int]] = []
    lead = _LEADING_MARKER.match(text)
    start = lead.end() if lead else 0
    for m in _PART_BREAK.finditer(text):
        spans.append((start, m.start()))
        start = m.end()
    spans.append((start, len(text)))
    parts: list[tuple[int, int]] = []
    for a, b in spans:
        piece = text[a:b].strip(" ,;")
        if not piece:
            continue
        before = text[slice(*parts[-1])] if parts else ""
        if parts and _OPENS_ACT.match(piece) and not _OPENS_QUESTION.match(piece):
            # a coordinated act is its own part only beside an act of contact the part before asks for or plans
            if not ((_ASKS.search(before) or _INTENDS.search(before) or _LISTED_ACT.search(before))
                    and _CONTACTS_SOMEONE.search(before)) or len(parts) >= MAX_PARTS:
                parts[-1] = (parts[-1][0], b)
            else:
                parts.append((a, b))
            continue
        if parts and (not _OPENS_QUESTION.match(piece) or not _ASKS.search(text[slice(*parts[-1])])
                      or (_SUBORDINATE.match(text[slice(*parts[-1])]) and "?" not in text[slice(*parts[-1])])
                      or _REFERS_BACK.match(piece) or len(piece.split()) < MIN_PART_WORDS
                      or len(parts) >= MAX_PARTS):
            parts[-1] = (parts[-1][0], b)
        else:
            parts.append((a, b))
    return [text[a:b].strip(" ,;") for a, b in parts] or [question]


# the shortest slip the short key words are read from ("tel" for "tell")
SHORT_FUZZY_MIN = 3


def _blank(m: re.Match[str]) -> str:
    return " " * (m.end() - m.start())


_TOKEN = re.compile(r"[a-z]+")
# The Exception to Policy's own conditions: a question that names them is about group texts.
_EXCEPTION_FACTS = frozenset({"parent_on_thread", "written_permission", "no_parent"})
# The Exception's purpose: a message to students said to be for their safety names the case the Exception governs
# (texts during an activity), not the district app, which needs no purpose at all.
_EXCEPTION_PURPOSE = frozenset({"safety"})
_GROUP_WORDS = frozenset({"social_group", "group_chat"})


# A follow-up in a conversation (Understanding.follow_up): the concept that opens one, and how short a question
# may be to count as a fragment without it ("parents?", "on insta?", "my 7th graders then?").
FOLLOW_UP_OPENER = "follow_up_opener"
FACT_READING = "fact:"
NOT_FACT_READING = "not_fact:"
# a reading named "act:<name>" establishes that act from concepts ("wipe the phone ... the texts with the team" is
# deleting business records, "clear the voicemails", whatever verb the story uses)
ACT_READING = "act:"
FRAGMENT_MAX_WORDS = 5
ADULT_FORMER_STUDENT = "adult_former_student"
KIN_STUDENT = "kin_student"
ITEM_GAMES = "item:20"      # games, except in an assigned educational or training activity
GROUP_OWNED = "group_owned"
# conditions that are not yet met rather than broken: an approval, a review or a form still to come
_CONDITIONS_STILL_TO_COME = frozenset({"unauthorized", "no_permission", "not_prior", "lapsed", "wrong_form"})
# a permission said to come (a form due back, a signature pending): read against the days told (_permission_timing)
_PERMISSION_STILL_TO_COME = frozenset({"no_permission", "not_prior"})
# a permission refused, only spoken or only partly given stays so whenever the rest comes
_PERMISSION_REFUSED = frozenset({"verbal_only", "partial_permission", "unauthorized", "wrong_form"})
PERMISSION_TIME = "permission_time"
DATED_EVENT = "dated_event"
_DAY_OWNER_GAP = 6
_MESSAGE_ANCHORS = ("group_chat", "contact_act")
# words that say a page or account is made or run for a group (not messages sent to its members)
_ACCOUNT_MADE = frozenset({"account_setup"})
# words that say colleagues talk about work (not weekend plans)
_WORK_TALK = frozenset({"district_business", "school_business", "school_ops"})
STAFF_BAND = "staff_band"
OUTSIDE_CHAT_APP = "outside_chat_app"
NOT_DISTRICT_STUDENT = "not_district_student"
# the readings that make who is written to someone of the asker's own life, whatever "student" the story says
OWN_FAMILY_ONLY = "own_family_only"
_PERSONAL_RELATIONS = frozenset({FACT_READING + ADULT_FORMER_STUDENT, FACT_READING + KIN_STUDENT,
                                 FACT_READING + NOT_DISTRICT_STUDENT})
# The vocabulary's reading of who receives student information said in words ("send the counselor ...", "her own
# grades"); it counts only over the district's own channels, or none named: a text or a personal mailbox is no
# proper security measure, so there the items keep their say (understanding._authorized_recipient owns the fact).
RECIPIENT_SAID = "recipient_authorized"
_SECURED_CHANNELS = (None, "message", "district_email", "group_app")
# the channels that are the district's own systems (its mail, its group app, its and its classes' pages, its bulk
# notifications): an act carried on one is on district means, whatever time or place the question tells
_DISTRICT_CHANNELS = frozenset({"district_email", "group_app", "district_social", "class_social", "bulk"})
_STUDENT_AUDIENCES = ("student", "student_k8", "student_9_12", "former_student")
# a group, server or chat on a social app ("a snap group", "a Discord server"): a personal account's conversation
SOCIAL_CHAT = "social_chat"
OWN_GROUP_CHAT = "own_group_chat"
CLASS_ACCOUNT = "class_account_setup"
# a platform held by a unit of the school (the vocabulary's `fact:unit_account_class` / `fact:unit_account_school`)
UNIT_ACCOUNT_CLASS = "unit_account_class"
UNIT_ACCOUNT_SCHOOL = "unit_account_school"
# the asker's own body, home, money, other job or civic life with nothing of the district's in it (vocabulary frame)
OWN_LIFE = "own_life"
NOTIFY_ASK = "notify_ask"          # the frame: whom to tell, or whether to tell someone who handles it
ASK_PERMISSION = "ask_permission"  # the concept: "can I", "am I allowed to"
# leave asked for an act: "can I ...", or the act named and judged ("is texting the tech ok?")
_LEAVE_ASKED = frozenset({ASK_PERMISSION, "judge_eval"})
# what an incident is reported under the policy about: the district's devices, accounts, systems and data
_REPORTED_MEANS = frozenset({"district_means", "it_office", "security_incident"})
# facts that belong to who the question was about; a follow-up that names someone else drops them
_AUDIENCE_FACTS = frozenset({"audience_student", "single_student"})
# a colleague on a district channel, or a student about their own work: items 16, 17 and 36 have their condition met
AUTHORIZED_RECIPIENT = "authorized_recipient"
COLLEAGUE_RECIPIENT = "colleague_recipient"     # the audience precedence table reads it
PARENT_RECIPIENT = "parent_recipient"           # a mention: the parent is the one written to (the table reads it)
VICTIM = "victim"   # the asker or the asker's account was hacked, phished or breached (the vocabulary's fact)
COLLEAGUE_CONTACTS_ME = "colleague_contacts_me"  # a colleague calls or texts the asker (a reading establishes it)
STUDENT_RECIPIENT = "student_recipient"         # the same, a student alone written to ("to a kid's CPS email")
RECIPIENT_DET = "recipient_det"
CLASS_MATERIAL = "class_material"   # the vocabulary's `fact:class_material`: work, reminders, the teacher's own media
ADDRESS_WORD = "address_word"
# mentions that may be students or parents beside colleagues: staff alone are then not known to be the recipients
_NOT_ONLY_COLLEAGUES = frozenset({"student", "student_possessive", "student_account", "group", "parent",
                                  "parent_recipient", "requester"})
# someone outside, or more people than need to know, is on it: nobody is an authorized recipient then
# and some information no recipient's role makes routine: a family's immigration status, photos of students
# and information whose recipient has no need to know it (the vocabulary's `fact:no_need_to_know` and
# `fact:pupil_no_need`)
_NOT_AUTHORIZED = frozenset({"outside", "broad", "unauthorized", "protected_status", "student_images",
                             "no_need_to_know", "pupil_no_need"})


# Who a question is about when the patterns found nobody, or only a "team" or "group" that may be students: a staff
# role word that names only adults, with no student, parent or former student beside it (DESIGN.md: "clarify" is
# for an audience that is really unknown).
_NOT_ONLY_STAFF = frozenset({"student", "one_student", "parent", "former_student"})
# the jobs a school gives students and adults alike ("aides", "helpers", "volunteers"): a group they name is open
SHARED_ROLE = "shared_role"
PROGRAM_STAFF = "program_staff"     # the adults who run an activity or a programme (a sponsor, an instructor)
# "Para here.", "Nurse: ...", "Counselor question -": the asker's own role opening the question
_INTRO_LEAD = 2
# words between "I'm a" / "as a" and the role they introduce ("as a 7th grade science teacher")
_INTRO_MODIFIERS = 3
# words that start another phrase or clause: after them the role is someone else's ("I'm a sub and the teacher ...")
_NEW_PHRASE = frozenset({"and", "or", "but", "the", "my", "our", "his", "her", "their", "who", "that", "with", "for",
                         "to", "of"})
_NOT_WORD = re.compile(r"[^\w\s]")
# (a full stop too: "Lunchroom manager. can I ...")
_INTRO_AFTER = re.compile(r"^\s*(?:[:,\-(]|\.(?=\s)|here\b|question\b|q\b)")


def _askers_role(reading: concepts.Reading, text: str, hit: concepts.ConceptHit) -> bool:
    """The staff word is the asker introducing themself: "I'm a (sped) teacher", "as a middle school coach",
    "Para here", "Nurse: ..." (a few words of band, subject or building between, no break)."""
    toks = reading.tokens
    if any(h.concept == "self_intro" and 0 <= hit.start - h.end <= _INTRO_MODIFIERS
           and not _NOT_WORD.search(text[toks[h.end - 1].end:toks[hit.start].start].replace("-", " "))
           and not any(t.text in _NEW_PHRASE for t in toks[h.end:hit.start])
           for h in reading.hits):
        return True
    if hit.start == 0:
        return _INTRO_AFTER.match(text[toks[hit.end - 1].end:]) is not None
    # "Theatre director. ...", "HS counselor: ...": the role named by its field or building, opening the question
    # (not "My AP, ...", "The coach: ...": a determiner or an owner before it names someone else)
    return _opens_as_role(reading, text, hit) and not any(t.text in _NEW_PHRASE for t in toks[:hit.start])


def _opens_as_role(reading: concepts.Reading, text: str, hit: concepts.ConceptHit) -> bool:
    """A role word or two into the opening, then a break ("Band director, ...", "HS counselor: ..."): the asker's
    own role too likely to count as a colleague written to, though not sure enough to blank."""
    opening = hit.start <= _INTRO_LEAD and not _NOT_WORD.search(text[:reading.tokens[hit.start].start])
    return opening and _INTRO_AFTER.match(text[reading.tokens[hit.end - 1].end:]) is not None


def _blanked(reading: concepts.Reading, text: str, hit: concepts.ConceptHit) -> str:
    """`text` with the words of `hit` blanked to spaces (offsets kept): a span read as something else (the asker,
    an approver, a sender) is taken out before the audience is read again."""
    a, b = reading.tokens[hit.start].start, reading.tokens[hit.end - 1].end
    return text[:a] + " " * (b - a) + text[b:]


def _askers_role_text(reading: concepts.Reading, text: str) -> str:
    """`text` with the asker's own role blanked: who asks is not who is written to ("I'm a para, can I call from my
    own phone?" names no colleague)."""
    leads_students = {(h.start, h.end) for h in reading.hits if h.concept == PROGRAM_STAFF}
    for h in reading.hits:
        if h.concept == "staff_role" and (_askers_role(reading, text, h) or (
                (h.start, h.end) in leads_students and _opens_as_role(reading, text, h))):
            # ("Club sponsor - can I text the members?": the title of one who runs a students' activity, opening the
            # question, is the asker's own)
            text = _blanked(reading, text, h)
    return text


# what an approver does: a staff role right before or after these words signs or approves, and is not written to
_APPROVAL_WORDS = frozenset({"sign_act", "signed_word", "permission_doc", "approve_word", "approval_phrase",
                             "permission_done"})
_APPROVER_REACH = 3
_ARRANGED = "arranged_word"
# ("the principal set it up", "our AP already organized it"; not "the principal wants me to set up ...")
_ARRANGER_REACH = 1
# "is it ok if the principal and I text?": an "ok" the asker asks for is nobody's sign-off
_ASKED_OK = frozenset({"ok", "okay", "alright", "fine"})


def _approvers_text(reading: concepts.Reading, text: str) -> str:
    """`text` with the staff who sign or approve blanked: "the principal's signature", "signed by the AP", "admin
    approved it" name whose permission it is, not a colleague written to."""
    for h in _approvers(reading):
        text = _blanked(reading, text, h)
    return text


def _approvers(reading: concepts.Reading) -> list[concepts.ConceptHit]:
    """The staff roles that sign, approve or arranged what is asked about ("the principal's signature", "signed by
    the AP", "the principal set it up"): whose permission or doing it is, not a colleague written to."""
    marks = [h for h in reading.hits if h.concept in _APPROVAL_WORDS and reading.tokens[h.start].text not in _ASKED_OK]
    arrangers = _arrangers(reading)
    return [h for h in reading.hits if h.concept == "staff_role" and (
        any((m.start, m.end) != (h.start, h.end) and (0 <= m.start - h.end <= _APPROVER_REACH
                                                      or 0 <= h.start - m.end <= _APPROVER_REACH - 1) for m in marks)
        or (h.start, h.end) in arrangers)]


def _arrangers(reading: concepts.Reading) -> set[tuple[int, int]]:
    """The staff roles right before a verb of arranging ("principal set it up", "our AP organized it"): who made
    what is asked about, never who is written to ("set up a chat with the principal" still writes to her)."""
    arranged = [h.start for h in reading.hits if h.concept == _ARRANGED]
    return {(h.start, h.end) for h in reading.hits
            if h.concept == "staff_role" and any(0 <= a - h.end <= _ARRANGER_REACH for a in arranged)}


CONTACT_ACT = "contact_act"     # a verb of calling or writing to someone
# a verb that puts people on a thread ("can my para ADD the club to a GroupMe"): whoever adds them would write too
ADDS_TO_THREAD = "adds_to_thread"
_SENDS_VERBS = frozenset({CONTACT_ACT, ADDS_TO_THREAD})
USE_VERB = "use_verb"
_USE_WITH_REACH = 6     # words from "use" to its "with": "use the new class chat app with"
# what asks whether someone may act ("CAN my para text", "is it ok FOR the office to call"), and the words that may
# stand between it and the colleague named as the one who acts
# (and what lets someone act: "my old school LET coaches text the team", "do we ALLOW aides to call ...")
_ASKS_ACT = frozenset({"can", "could", "may", "might", "should", "will", "would", "for", "let", "lets", "letting",
                       "allow", "allows", "allowing", "permit", "permits"})
_SENDER_DETS = frozenset({"a", "an", "the", "my", "our", "his", "her", "their", "your", "this", "that", "one"})
_SENDER_KIND_WORDS = 2
_PRONOUNS = frozenset({"i", "we", "you", "he", "she", "they", "it", "me", "us", "them", "him"})
# words that may stand between the colleague and the verb ("for the office TO call", "can the para JUST text")
_SENDER_GAP_WORDS = frozenset({"to", "just", "also", "only"})
# words that open what follows the verb when nobody is named as written to: the colleagues write among themselves
_NO_OBJECT = frozenset({"about", "on", "over", "during", "at", "in", "for", "when", "if", "while", "together", "with",
                        "among", "amongst", "between", "so", "and", "or", "to", "from", "before", "after", "all",
                        "whenever", "instead", "ok", "okay"})
# what follows the verb when the colleague writes to the asker or among staff: the colleague is then an end too
_SENDER_TO_ASKER = frozenset({"me", "us", "each", "one", "back"})


def _sends(reading: concepts.Reading, text: str, hit: concepts.ConceptHit) -> bool:
    """The staff word is the subject of an act asked about ("can my para text the group", "could a facilities
    supervisor call the apprentices", "ok for the office to text them"): who would write, not who is written to,
    unless the verb's object is the asker or the colleagues themselves ("can my co-teacher text me", "can the aides
    text each other")."""
    toks = reading.tokens
    verbs = {h.start for h in reading.hits if h.concept in _SENDS_VERBS}
    if _wishes_to_send(reading, text, hit):
        return True
    i, described = hit.start - 1, 0
    # ("the NIGHT custodian", "our GROUNDS supervisor": a word or two of what kind of colleague, no verb or pronoun)
    while i >= 0 and described < _SENDER_KIND_WORDS and toks[i].text not in _SENDER_DETS | _ASKS_ACT \
            and toks[i].text not in _PRONOUNS and i not in verbs:
        i, described = i - 1, described + 1
    while i >= 0 and toks[i].text in _SENDER_DETS:
        i -= 1
    if i < 0 or toks[i].text not in _ASKS_ACT:
        return False
    k = hit.end
    while k < len(toks) and k - hit.end < 2 and toks[k].text in _SENDER_GAP_WORDS:
        k += 1
    verb = next((h for h in reading.hits if h.concept in _SENDS_VERBS and h.start == k), None) \
        or _uses_with(reading, text, k)
    if verb is None or any(concepts.punct_between(text, toks, j) for j in range(i + 1, k + 1)):
        return False
    # (no one after the verb, "can our instructors group text about orders?": they write among themselves)
    return verb.end < len(toks) and not concepts.punct_between(text, toks, verb.end) \
        and toks[verb.end].text not in _SENDER_TO_ASKER | _NO_OBJECT


def _uses_with(reading: concepts.Reading, text: str, k: int) -> concepts.ConceptHit | None:
    """A verb of using at token k with a "with" a few words on in its clause ("let my coaches USE GroupMe WITH the
    team", "can the aides use the class chat with the kids"): the colleague uses a tool with people, who are the ones
    written to; the tool's span up to the "with" stands for the verb (`_sends`)."""
    use = next((h for h in reading.hits if h.concept == USE_VERB and h.start == k), None)
    if use is None:
        return None
    with_at = _ahead_in_clause(reading, text, use.end, _USE_WITH_REACH, lambda t: t.text == "with")
    return None if with_at is None else concepts.ConceptHit(USE_VERB, use.start, with_at + 1)


def _ahead_in_clause(reading: concepts.Reading, text: str, start: int, reach: int,
                     wanted: Callable[[concepts.Token], bool]) -> int | None:
    """The first token from `start` on, within `reach` tokens and before the clause ends, that is `wanted`."""
    toks = reading.tokens
    for j in range(start, min(len(toks), start + reach)):
        if concepts.punct_between(text, toks, j):
            return None
        if wanted(toks[j]):
            return j
    return None


# a colleague's wish said of the colleague ("wants to", "asked if she can"): the concept's name, and how many words
# may stand between the wish and the verb of writing ("wants to SET UP A group text with", "wants to MAKE A snapchat")
WISH_TO = "wish_to"
_WISH_REACH = 3


def _wishes_to_send(reading: concepts.Reading, text: str, hit: concepts.ConceptHit) -> bool:
    """The staff word is the subject of a wish to write ("the coach wants to text the squad", "a teacher asked if
    she can follow her group", "our counselor would like to set up a group text with the seniors"): who would write,
    as in "can my para text the group", unless the verb's object is the asker or the colleagues themselves ("my
    co-teacher wants to text me")."""
    toks = reading.tokens
    wish = next((h for h in reading.hits if h.concept == WISH_TO and h.start == hit.end), None)
    if wish is None or concepts.punct_between(text, toks, wish.start):
        return False
    verb = min((h for h in reading.hits if h.concept in _SENDS_VERBS
                and wish.end <= h.start <= wish.end + _WISH_REACH), key=lambda h: h.start, default=None)
    if verb is None or any(concepts.punct_between(text, toks, j) for j in range(wish.start, verb.end)):
        return False
    return verb.end < len(toks) and not concepts.punct_between(text, toks, verb.end) \
        and toks[verb.end].text not in _SENDER_TO_ASKER | _NO_OBJECT


# who has the asker put the question: the role right before "told me to ask" (a word between: "my principal JUST
# told me to ask"), or right after "asking for" (a determiner and a word of kind between: "asking for OUR NEW ap")
ASKS_THROUGH_AFTER = "asks_through_after"
ASKS_THROUGH_BEFORE = "asks_through_before"
_ASKS_THROUGH_REACH = 1
# who the asker would write back to: the colleague who asked, as likely as anyone
_WRITTEN_BACK_TO = frozenset({"her", "him", "them"})
_ASKS_FOR_REACH = 2


def _pronoun_is_object(reading: concepts.Reading, text: str, j: int) -> bool:
    """The pronoun at token j stands alone as who is written to ("text HER the plans", "call HIM about it", "text
    THEM"), not as the owner of what follows ("friend HER team")."""
    toks = reading.tokens
    if toks[j].text == "them" or j + 1 >= len(toks) or concepts.punct_between(text, toks, j + 1):
        return True
    return toks[j + 1].text in _SENDER_DETS | _NO_OBJECT | _PRONOUNS


def _asks_through(reading: concepts.Reading, text: str, hit: concepts.ConceptHit) -> bool:
    """The staff word is the colleague the question is asked for ("my principal told me to ask: can I text the
    members?", "Asking for a colleague: can she friend her team?"): who wants the answer, not who is written to,
    so the people after the verb of writing decide, as after "can my para text ..." (`_sends`). Not when the asker
    would write back to someone named by a pronoun ("my co-teacher asked me to check if I can text her the plans"):
    the colleague may be the one written to."""
    toks = reading.tokens
    if any(h.concept == CONTACT_ACT and h.end < len(toks) and toks[h.end].text in _WRITTEN_BACK_TO
           and _pronoun_is_object(reading, text, h.end) for h in reading.hits):
        return False
    for h in reading.hits:
        if h.concept == ASKS_THROUGH_AFTER and 0 <= h.start - hit.end <= _ASKS_THROUGH_REACH \
                and not any(concepts.punct_between(text, toks, j) for j in range(hit.end, h.start + 1)):
            return True
        if h.concept == ASKS_THROUGH_BEFORE and 0 <= hit.start - h.end <= _ASKS_FOR_REACH \
                and not any(concepts.punct_between(text, toks, j) for j in range(h.end, hit.start + 1)):
            return True
    return False


def _senders_text(reading: concepts.Reading, text: str) -> str:
    """`text` with the colleagues who would write (`_sends`) or who have the asker ask for them (`_asks_through`)
    blanked: "can my para text the group" asks who the group is, not whether a para may be texted."""
    for h in reading.hits:
        if h.concept == "staff_role" and (_sends(reading, text, h) or _asks_through(reading, text, h)):
            text = _blanked(reading, text, h)
    return text


def _parents_only_approve(reading: concepts.Reading) -> bool:
    """Every parent the question names is one who signs or permits ("does the principal have to sign too or just
    the parents?", "the parents' permission form"): whose permission it is, not who is written to. The policy asks
    parents' permission only for texts to students (the Exception, bulk alerts), so the students are the audience."""
    # ("is it ok for messaging parents?": an "ok" asked for is no parent's sign-off)
    marks = [h for h in reading.hits if (h.concept in _APPROVAL_WORDS or h.concept == "permission_word")
             and reading.tokens[h.start].text not in _ASKED_OK]
    parents = [h for h in reading.hits if h.concept == "parent"]
    return bool(parents) and bool(marks) and all(
        any(0 <= m.start - h.end <= _PARENT_APPROVER_REACH or 0 <= h.start - m.end <= _PARENT_APPROVER_REACH
            for m in marks)
        for h in parents) and not reading.concepts & _PARENT_WRITTEN_TO


# an address someone gave or a form holds, its kind not said (the vocabulary's `fact:address_given`)
ADDRESS_GIVEN = "address_given"


def _without_handsets_ruled_out(reading: concepts.Reading, text: str,
                                handsets: frozenset[tuple[str, ...]]) -> str:
    """`text` with the asker's own handset blanked where a negation rules it out as the means ("not from my own
    cell"): the phone is not the question's device. Only a handset: an act or a district means ruled out ("not
    texting", "not on school wifi") keeps its words, which the fact patterns read with their negation."""
    for h in reading.hits:
        if h.concept == concepts.MEANS_LEFT_OUT \
                and tuple(t.stem for t in reading.tokens[h.start:h.end]) in handsets:
            text = _blanked(reading, text, h)
    return text


def _without_spans(reading: concepts.Reading, text: str, concept: str) -> str:
    """`text` with the words of every `concept` span blanked (offsets kept)."""
    for h in reading.hits:
        if h.concept == concept:
            text = _blanked(reading, text, h)
    return text


_KIN_JOB_REACH = 3


def _relatives_job(reading: concepts.Reading, hit: concepts.ConceptHit) -> bool:
    """The staff word is what the asker's relative does ("my sister teaches in another district", "my husband is
    a principal"): family, not a colleague the asker acts on."""
    return any(h.concept == "kin" and 0 <= hit.start - h.end <= _KIN_JOB_REACH for h in reading.hits)


def _bulk_cues_for_students(reading: concepts.Reading) -> bool:
    """Words that make a bulk-text question one about texts to students: the parents' consent or opting in, a
    school group. A principal or an AP named is who sends or approves, not the parents' permission."""
    parties = {(h.start, h.end) for h in reading.hits if h.concept == "permission_party"}
    return any(h.concept in _BULK_FOR_STUDENTS
               and not (h.concept == "permission_word" and (h.start, h.end) in parties) for h in reading.hits)


# the district's own systems the policy lists as Acceptable (its group app, its mailboxes, its video calls); a text
# or phone messaging app named beside one of them is a channel of its own, whose rule the system's yes must not hide
# (a call is left out: "called" also names, "the form called ...", and a call beside a text is read in order)
_LISTED_CHANNELS = frozenset({"group_app", "district_email", "video"})
_TEXT_CHANNELS = frozenset({"text", "im"})
_OR = re.compile(r"\bor\b")
# a text named as what the listed channel is compared with or set against ("or is that like texting?", "does it count
# as 'texting'?", "through Google Chat, not personal texts"): a kind asked about or ruled out, not one to be sent
_NOT_OFFERED = re.compile(r"\b(?:like|as|than|not|no|instead\s+of|rather\s+than)(?:\s+[\w'\u2019-]+){0,2}"
                          r"[\s\"'\u2018\u201c]*$")
_SOCIAL_CHANNELS = frozenset({"social", "personal_social"})


def _a_text_beside_a_listed_channel(channels: list[str], read: tuple[Concept, ...], text: str) -> bool:
    """"I can't get on Google Chat, can I text them instead?", "Hangouts and calls are approved, so SMS must be
    too", "iMessage, or should we move to Google Chat?": a text named after a listed channel, or offered beside it
    as a choice, is one the asker may send, whichever the vocabulary's order reads first, so each is answered and
    the strictest leads. A text named only before the listed channel is the one left behind ("we moved from a group
    text to google chat", "off group texts, is google chat ok instead?"). (Not a notification system's texts: a
    bulk system is the text's own kind, its texts are no second channel.)"""
    named = set(channels)
    if "im" in named and named & _SOCIAL_CHANNELS:
        # "Facebook Messenger", "fb messenger": a social platform's messaging app is both the platform and a phone
        # messaging app, and each rule is answered (a parent on it: personal social media; colleagues: the
        # staff texting under review)
        return True
    if not (named & _TEXT_CHANNELS and named & _LISTED_CHANNELS) or "bulk" in named:
        return False
    texts = [m.start() for c in read if c.value in _TEXT_CHANNELS for cue in c.cues for m in cue.pattern.finditer(text)
             if not _NOT_OFFERED.search(text[max(0, m.start() - 30):m.start()])]
    if not texts:
        return False
    if _OR.search(text):
        return True
    listed = [m.start() for c in read if c.value in _LISTED_CHANNELS for cue in c.cues
              for m in cue.pattern.finditer(text)]
    return bool(texts and listed) and max(texts) > min(listed)


# "the OTHER aides", "my FELLOW monitors": the rest of a group the asker belongs to
_PEER_WORDS = frozenset({"other", "fellow"})
_PEER_REACH = 3
_PEER_INTRO_REACH = 4


def _askers_peers(reading: concepts.Reading, text: str, hit: concepts.ConceptHit) -> bool:
    """A role students and adults share, named as the rest of the asker's own ("the other aides", "my fellow
    monitors", "the other 1:1 aides"): the asker holds the role, and the asker is staff, so they are colleagues.
    Not when the role was named before as someone else's ("one of my helpers is out, can I text the other
    helpers?": the others are the same helpers, whoever they are)."""
    toks = reading.tokens
    if not any(toks[i].text in _PEER_WORDS and not concepts.punct_between(text, toks, i + 1)
               for i in range(max(0, hit.start - _PEER_REACH), hit.start)):
        return False
    intros = [h.end for h in reading.hits if h.concept == "self_intro"]
    # (the asker's own "as a one-to-one aide" before it says the same: a few words of what kind between)
    return not any(h.concept == SHARED_ROLE and h.end <= hit.start and not _askers_role(reading, text, h)
                   and not any(0 <= h.start - end <= _PEER_INTRO_REACH for end in intros)
                   and not any(toks[i].text in _PEER_WORDS for i in range(max(0, h.start - _PEER_REACH), h.start))
                   for h in reading.hits)


# what stands before a role word used as a verb: its subject or a form of "be" ("she COACHES", "I'M chaperoning")
_VERB_SUBJECTS = frozenset({"i", "we", "you", "he", "she", "they", "i'm", "im", "we're", "she's", "he's", "they're",
                            "am", "is", "are", "was", "were", "been", "be", "also", "too"})
_GERUND = "ing"


def _role_as_verb(reading: concepts.Reading, hit: concepts.ConceptHit) -> bool:
    """The role word names what someone does, not a colleague ("she coaches too", "I'm chaperoning the trip", "my
    mentoring group"): written as a verb after its subject, or as the activity ("-ing") where the role's own word
    is not; it settles nobody as staff."""
    toks = reading.tokens
    last = toks[hit.end - 1]
    if last.text.endswith(_GERUND) and not last.stem.endswith(_GERUND):
        return True
    return hit.end - hit.start == 1 and hit.start > 0 and toks[hit.start - 1].text in _VERB_SUBJECTS


def _names_only_staff(reading: concepts.Reading, text: str) -> bool:
    """A colleague named by a role only adults hold ("the lunchroom aides", "my AP", "our IT tech"), not the
    asker introducing themself ("I'm a para", "Nurse: ...", "Kitchen manager, ..."), and no student, parent or
    former student named. A group named by a job students hold too (`shared_role`: "my helpers", "the aides") is
    not made staff by a role that only may be the asker's own (`_opens_as_role`): "Office lead: can I text my
    helpers?" still asks who the helpers are, where "Custodial supervisor: my night crew" names a staff crew."""
    if reading.concepts & _NOT_ONLY_STAFF:
        return False
    # (a colleague who arranged it, "principal set it up", names no colleague written to either)
    not_written_to = {(h.start, h.end) for h in reading.hits if h.concept == "ambiguous_role"
                      and not _askers_peers(reading, text, h)} | _arrangers(reading)
    # the asker's own title as one who runs a students' activity ("Club sponsor: can I text the members?"): the
    # group they then name is the activity's, as open as a shared role's
    leads_students = {(h.start, h.end) for h in reading.hits if h.concept == PROGRAM_STAFF}
    shared = SHARED_ROLE in reading.concepts
    return any(h.concept == "staff_role" and (h.start, h.end) not in not_written_to
               and not _askers_role(reading, text, h) and not _sends(reading, text, h)
               and not _asks_through(reading, text, h) and not _role_as_verb(reading, h)
               and not ((shared or (h.start, h.end) in leads_students) and _opens_as_role(reading, text, h))
               for h in reading.hits) \
        or any(h.concept == SHARED_ROLE and _askers_peers(reading, text, h) for h in reading.hits)


# words that put parents on the thread or say they are written to: then they are more than approvers
_PARENT_WRITTEN_TO = frozenset({"add_verb", "be_on", "group_chat", "omit_verb"})
# "sign it too, or just the parents?": a parent a few words from the signing still signs
_PARENT_APPROVER_REACH = 5
FOLLOW_WORD = "follow_word"
# "adding me", "friends me": the asker is the one added, so the account is the asker's own
BEFRIENDS_ME = "befriends_me"
# a site where only people have accounts (a professional profile), or the asker's own account named
_PERSONAL_ACCOUNT_WORDS = frozenset({"personal_means", "professional_network"})
# the asker's own account or device named ("my personal blog", "my own instagram")
PERSONAL_MEANS = "personal_means"
# where a student is sent in person: "send the kid down", "send him to the office"
PLACE_SENT = "place_sent"
SENT_ALONG = "sent_along"     # "send a student down", right after the student: sent in person, not written to
# information the asker says is left out of it ("no students named", "no student names")
INFO_LEFT_OUT = "info_left_out"
# the Exception to Policy named as such: it is about students in grades 9-12 and nobody else
EXCEPTION_NAMED = "exception_named"
# the Exception named by its parts: its name, its form, the parents on the students' thread
EXCEPTION_PART = "exception_part"
EXCEPTION_FORM = "exception_form"     # the concept: the CPS form the Exception's permission is given on

_RECIPIENT_DET_GAP = 4
LET_WORD, KNOW_WORD = "let_word", "know_word"      # "let <someone> know" (vocabulary.yaml)
_LET_KNOW_REACH = 7     # words from "let my" to its "know": "let my 9th grade team and the parents know"
WITH_RECIPIENT_VERB = "with_recipient_verb"
_WITH_GAP = 8       # words between the verb and its "with": what is shared ("my students' reading test results")
_PERSON_KINDS = frozenset({"staff_role", "student", "not_colleague", "outside_recipient", "family_member",
                           "staff_recipient", "work_desk", "it_office"})
# the one reached at a district office or desk is a colleague (unless a student is sent there in person)
_STAFFED = frozenset({"staff_recipient", "work_desk", "it_office"})
_OUTSIDE_PEOPLE = frozenset({"outside_recipient", "family_member"})
_ORDINAL = re.compile(r"\d+(?:st|nd|rd|th)?")
# words that open a phrase or a clause of their own, or name someone themselves: never part of a colleague's job
# title ("told me her coach", "a snapchat where a coach asks")
_OPENS_PHRASE = frozenset({"from", "to", "with", "for", "about", "on", "in", "at", "by", "of", "and", "or", "if",
                           "as", "that", "so", "but", "when", "while", "because", "where", "who", "what", "which",
                           "a", "an", "the", "me", "us", "you", "him", "her", "them", "it", "his", "their", "my",
                           "our", "your", "i", "we", "he", "she", "they"})


def _with_starts(reading: concepts.Reading, text: str) -> set[int]:
    """Where a recipient said after "with" begins: the "with" after a verb that names its recipient so ("share the
    grades with the counselor", "go over the plan with her teacher"), in the same clause, a few words on."""
    toks = reading.tokens
    verbs = [h.end for h in reading.hits if h.concept == WITH_RECIPIENT_VERB]
    if not verbs:
        return set()
    starts: set[int] = set()
    for k, t in enumerate(toks):
        if t.text == "with" and any(v <= k <= v + _WITH_GAP and not any(
                concepts.punct_between(text, toks, i) for i in range(v, k + 1)) for v in verbs):
            starts.add(k + 1)
    return starts


def _lets_someone_act(reading: concepts.Reading, text: str, words: dict[str, frozenset[tuple[str, ...]]],
                      hit: concepts.ConceptHit) -> bool:
    """Whether a telling that starts with "let" ("let my", "let the") lets the person after it do something instead
    ("let my coaches use GroupMe with their players", "let the aides run the class chat"): it tells them only with a
    "know" in the clause after the person ("let my coaches know the bus is late"). Who is let act is not who is
    written to; the ones they act with are (`_sends`, `_uses_with`)."""
    return _word_in(words, LET_WORD, reading.tokens[hit.start]) and _ahead_in_clause(
        reading, text, hit.end, _LET_KNOW_REACH, lambda t: _word_in(words, KNOW_WORD, t)) is None


def _between_starts(reading: concepts.Reading) -> set[int]:
    """Where the other party of a call or message "between me and ..." begins ("a phone call between me and my
    principal", "between us and the nurse"): the asker is one end, the one named after "and" the other."""
    toks = reading.tokens
    return {k + 3 for k in range(len(toks) - 3)
            if toks[k].text == "between" and toks[k + 1].text in ("me", "us") and toks[k + 2].text == "and"}


def recipients(reading: concepts.Reading, text: str, words: dict[str, frozenset[tuple[str, ...]]]) -> frozenset[str]:
    """Who is written to ("staff", "student", "parent", `PARENT_RECIPIENT` for a parent a pronoun points back to): the
    person right after a verb of telling or after "to" / "cc", with only `recipient_det` words between, in one
    clause. A student named after "about" is the topic, not the recipient. A possessive is what is sent or whose
    people ("email another teacher's evaluation", "the coach's players"), not who is written to, unless an address
    follows ("to the social worker's CPS address")."""
    toks = reading.tokens
    dets, addresses = words.get(RECIPIENT_DET, frozenset()), words.get(ADDRESS_WORD, frozenset())
    starts: dict[int, list[concepts.ConceptHit]] = {}
    for h in reading.hits:
        starts.setdefault(h.start, []).append(h)
    found: set[str] = set()
    ends = {h.end for h in reading.hits if h.concept == "to_word"
            or h.concept == "tell_people" and not _lets_someone_act(reading, text, words, h)}
    withs = _with_starts(reading, text)
    for j in sorted(ends | withs | _between_starts(reading)):
        if _each_other_among_staff(reading, text, j, starts):
            found.add("staff")
            continue
        if j < len(toks) and toks[j].text in _OBJECT_PRONOUNS and j in ends \
                and (j + 1 == len(toks) or concepts.punct_between(text, toks, j + 1)
                     or toks[j + 1].text in _AFTER_OBJECT):
            # "my lead teacher wants me to call her", "the parent asked me to ring her": the one called is whom the
            # pronoun points back to, so the question's other people (the kid the call is about) are not
            # (a parent so pointed back to is the one written to, not a parent merely named: `PARENT_RECIPIENT`)
            found |= {PARENT_RECIPIENT if kind == "parent" else kind for kind in _antecedent(reading, text, j)}
            continue
        k, steps, band = j, 0, False
        while k < len(toks) and steps <= _RECIPIENT_DET_GAP and not concepts.punct_between(text, toks, k):
            here = [h for h in starts.get(k, ()) if h.concept in _PERSON_KINDS]
            if here:
                end = max(h.end for h in here)
                # the support roles staff share a student's needs with ("the reading specialist") are colleagues
                names = {"staff_role" if h.concept in _STAFFED else h.concept for h in here}
                if {h.concept for h in here} & {"work_desk", "it_office"} and PLACE_SENT in reading.concepts:
                    break       # "send him to the front office": the student goes there in person
                if names <= _OUTSIDE_PEOPLE and _staff_role_at(reading, text, starts, end):
                    # "the newspaper co-sponsor", "the yearbook adviser": the outside word names the activity, the
                    # role after it is who is written to (the last noun of a compound is its head)
                    k, steps = end, steps + 1
                    continue
                after = {h.concept for i in range(end, min(end + 3, len(toks))) for h in starts.get(i, [])}
                address = _address_after(toks, end, addresses)
                if (toks[end - 1].text.endswith("'s") or text[toks[end - 1].end:toks[end - 1].end + 1] == "'") \
                        and not address:
                    k, steps = end, steps + 1      # "the kid's teacher": whose, then who
                    continue
                ambiguous = "ambiguous_role" in {h.concept for h in starts.get(k, ())}
                named_by_band = any(_ORDINAL.fullmatch(toks[i].text) for i in range(k, end))
                if (named_by_band or (band and ("staff_role" not in names or ambiguous))) and "student" not in names:
                    break       # "the 9th grade team": the team is students or their teachers; the reader can't tell
                # ("the 3rd grade teacher", "the 8th grade counselor": a role only staff hold, the band says which)
                if "staff_role" in names and any(h.concept == "student"
                                                 for i in (end, end + 1)[:_compound_reach(toks, end)]
                                                 for h in starts.get(i, ())) \
                        and not any(h.concept == "joiner" for h in starts.get(end, ())):
                    found.add("student")        # "my AP students", "the sped kids": a word about the students
                elif "staff_role" in names and "ambiguous_role" not in {h.concept for h in starts.get(k, ())}:
                    found.add("staff")
                    if any(h.concept == "joiner" for h in starts.get(end, ())) \
                            and after & {"not_colleague", "student", "grade_band"}:
                        found.add("others")      # "the coach and the players", "the custodian and my 8th graders"
                elif "student" in names and (any(h.concept == PLACE_SENT for i in range(end, end + 5)
                                                 for h in starts.get(i, ()))
                                             or any(h.concept == SENT_ALONG for i in range(end, end + 2)
                                                    for h in starts.get(i, ()))):
                    pass        # "send the kid to the office", "send a student down": sent in person, not written to
                elif "student" in names:
                    found.add("student")
                elif "not_colleague" in names:
                    found.add("parent")
                elif names & _OUTSIDE_PEOPLE:
                    found.add("outside")        # "to my brother", "to a reporter"
                break
            t = toks[k]
            if _ORDINAL.fullmatch(t.text) or any(h.concept == "grade_band" for h in starts.get(k, ())):
                k, steps, band = k + 1, steps + 1, True
                continue
            if t.text == "that" and k + 1 < len(toks) and toks[k + 1].text in _CLAUSE_OPENERS:
                break       # "email the parents that a teacher is out": what they are told, not who is written to
            if (t.stem,) in dets or (concepts.EXACT + t.text,) in dets:
                k, steps = k + 1, steps + 1
                continue
            # "the attendance clerk", "our resource teacher", "the day school counselor": what kind of colleague,
            # in a word or two that name nobody of their own
            # (two words only after a verb of telling or "to", and where neither opens a phrase of its own nor
            # names a person: "message from my teacher account" names the sender's account, "text if the
            # principal" another clause; who information is shared "with" is read by the items' recipient frames)
            ahead = next((n for n in ((1,) if j in withs else (1, 2)) if k + n < len(toks)
                          and not any(concepts.punct_between(text, toks, k + i) for i in range(1, n + 1))
                          and (n == 1 or not any(toks[i].text in _OPENS_PHRASE
                                                 or any(h.concept in _PERSON_KINDS for h in starts.get(i, ()))
                                                 for i in range(k, k + n)))
                          and any(h.concept == "staff_role" for h in starts.get(k + n, ()))), None)
            if ahead is not None:
                k, steps = k + ahead, steps + ahead
                continue
            break
    return frozenset(found)


# a single person written to by pronoun right after the verb ("call her", "text him"); "them" is a group whose
# members the question may leave open (DESIGN.md: "my team" asks who), so it is not resolved
_OBJECT_PRONOUNS = frozenset({"her", "him"})
# the words that may follow a pronoun that is the object ("call her when ...", "text him if ..."); any other word makes
# it an owner ("text her 12th graders", "call her cell": whose, read by the loop below)
_AFTER_OBJECT = frozenset({"when", "if", "whenever", "before", "after", "during", "about", "to", "on", "at", "and",
                           "so", "because", "tonight", "tomorrow", "today", "later", "now", "back", "directly", "too",
                           "from", "while", "once", "right", "ok", "okay", "any", "anytime", "every"})
_ANTECEDENT_KINDS = {"staff_role": "staff", "staff_recipient": "staff", "work_desk": "staff", "it_office": "staff",
                     "student": "student", "not_colleague": "parent", "outside_recipient": "outside",
                     "family_member": "outside"}
# the kinds a pronoun is resolved to when they alone are named before it (`_antecedent`)
_ONE_KIND_ANTECEDENTS = frozenset({"staff", "parent"})
# the possessives that name a child before its parent ("his dad", "her mom"), with the object pronoun of the same
# child: "his dad asked me to remind him" may mean the child, "her dad asked me to call him" means the dad
_CHILDS_PRONOUNS = {"his": "him", "her": "her", "their": "them"}


def _antecedent(reading: concepts.Reading, text: str, at: int) -> set[str]:
    """Who a pronoun written to at token `at` points back to, read only where it can be one kind of person alone:
    the people named before it in the same sentence, less the asker's own role ("Para. My lead teacher wants me to
    call her") and anyone named only as an owner, are all staff ("staff"), or all parents ("a mom asked me to text
    her whenever her son is late": "parent"), and no student or outsider is named before it anywhere in the question
    ("the kid's mom said to call her" stays unresolved: "her" may be the kid). A pronoun that may be a student is
    left to the other mentions (the strict reading)."""
    toks = reading.tokens
    kinds: set[str] = set()
    for h in reading.hits:
        if h.end > at or h.concept not in _ANTECEDENT_KINDS:
            continue
        kind = _ANTECEDENT_KINDS[h.concept]
        if kind not in _ONE_KIND_ANTECEDENTS:
            return set()
        last = toks[h.end - 1]
        if last.text.endswith("'s") or text[last.end:last.end + 1] == "'" \
                or _SENTENCE_END.search(text[last.end:toks[at].start]) or _askers_role(reading, text, h):
            continue
        if kind == "parent" and h.start and _CHILDS_PRONOUNS.get(toks[h.start - 1].text) == toks[at].text:
            return set()        # "his dad asked me to remind him": "his" names the child, whom "him" may be
        kinds.add(kind)
    return kinds if len(kinds) == 1 else set()


def _staff_role_at(reading: concepts.Reading, text: str, starts: dict[int, list[concepts.ConceptHit]],
                   k: int) -> bool:
    """A role only staff hold begins at word `k`, in the same clause as the word before it."""
    here = starts.get(k, ())
    return k < len(reading.tokens) and not concepts.punct_between(text, reading.tokens, k) \
        and any(h.concept == "staff_role" for h in here) and not any(h.concept == "ambiguous_role" for h in here)


_RECIPROCAL = (("each", "other"), ("one", "another"))
# a "that" before these opens what is told ("that a teacher is out", "that our coach quit"), not a person pointed at
_CLAUSE_OPENERS = frozenset({"a", "an", "the", "my", "our", "his", "her", "their", "your", "one", "some", "he", "she",
                             "they", "we", "i", "it", "someone", "somebody"})


def _each_other_among_staff(reading: concepts.Reading, text: str, j: int,
                            starts: dict[int, list[concepts.ConceptHit]]) -> bool:
    """"The front office tells each other", "can my co-teachers and I text one another": the ones written to are
    the ones who write, named earlier in the sentence; staff when every one named there holds a staff role."""
    toks = reading.tokens
    if tuple(t.text for t in toks[j:j + 2]) not in _RECIPROCAL:
        return False
    first = j
    while first > 0 and not _SENTENCE_END.search(text[toks[first - 1].end:toks[first].start]):
        first -= 1
    named = {h.concept for i in range(first, j) for h in starts.get(i, ()) if h.concept in _PERSON_KINDS}
    return bool(named) and named <= {"staff_role", *_STAFFED}


# words that open a second object: "send the gym teacher a kid's plan" names the teacher, then what is sent
_SECOND_OBJECT_OPENERS = frozenset({"a", "an", "the", "this", "that", "these", "those", "each", "every", "one"})


def _compound_reach(toks: list[concepts.Token] | tuple[concepts.Token, ...], end: int) -> int:
    """How many words after a role word a student word may stand and still belong to it ("my AP students", "the sped
    kids"): two, unless the next word opens a second object of the verb ("the gym teacher a kid's 504 plan")."""
    return 1 if end < len(toks) and toks[end].text in _SECOND_OBJECT_OPENERS else 2


def _address_after(toks: list[concepts.Token] | tuple[concepts.Token, ...], start: int,
                   addresses: frozenset[tuple[str, ...]], reach: int = 3) -> bool:
    """An address word among the `reach` words from `start`: after a possessive it says whose inbox or line is
    written to ("a kid's CPS email", "the janitor's cell"), not whose thing is sent."""
    return any((t.stem,) in addresses for t in toks[start:start + reach])


def _a_students_address(reading: concepts.Reading | None, text: str,
                        words: dict[str, frozenset[tuple[str, ...]]]) -> bool:
    """A student's own address named ("a kid's CPS email", "a 6th grader's account"): whose inbox it is, so the
    student is written to, whatever role word (the asker's, the sender's) stands elsewhere in the question."""
    if reading is None:
        return False
    addresses = words.get(ADDRESS_WORD, frozenset())
    toks = reading.tokens
    return any(h.concept == "student" and (toks[h.end - 1].text.endswith("'s")
                                            or text[toks[h.end - 1].end:toks[h.end - 1].end + 1] in ("'", "\u2019"))
               and _address_after(toks, h.end, addresses) for h in reading.hits)


# DESIGN.md (the channel's two ends): the receiving end named as a district account or mailbox of the one written
# to. Whose account it is, is said right before it; a verb of entering or using right before the owner makes it an
# account entered ("log into their school accounts"), not one written to.
DISTRICT_END_TO = "district_end_to"
# (a breach word when the longer span: "log into my student's account" is read as "logged into my")
_ENTERING = frozenset({"entry_act", "lend_act", "lend_any", "breach_word"})
_MAILBOX_STEMS = frozenset({"email", "e-mail", "inbox", "mailbox", "gmail", "address"})
_CHAT_WORDS = frozenset({"message_word", "contact_act"})
# (an account word may be read inside a longer phrase: "google accounts", "email account")
_ACCOUNT_WORDS = frozenset({"account_address", "account_word"})
GROUP_CHAT = "group_chat"


def _district_end_named(reading: concepts.Reading, words: dict[str, frozenset[tuple[str, ...]]]) -> bool:
    """A district account or address named as its owner's: "their school google accounts", "a kid's CPS email",
    "my 10th graders' CPS accounts", "his district account", or as a student's kind of account between the marker
    and its word ("the team's CPS student accounts")."""
    ends = _district_accounts_at(reading, words)
    entering = {h.end for h in reading.hits if h.concept in _ENTERING}
    return any(h.concept in ("other_owner", "student") and h.end in ends
               and not entering & {h.start, h.start - 1, h.start + 1} for h in reading.hits) \
        or any(h.concept == "student" and h.start - 1 in ends for h in reading.hits)


def _owners_only_of_district_accounts(reading: concepts.Reading, words: dict[str, frozenset[tuple[str, ...]]]) -> bool:
    """Everyone else whose mailbox is named owns a district one ("their cps accounts"), or nobody's is: "his gmail"
    beside "his cps email" still names a personal mailbox."""
    ends = _district_accounts_at(reading, words)
    return all(h.end in ends for h in reading.hits if h.concept == "other_owner")


def _district_accounts_at(reading: concepts.Reading, words: dict[str, frozenset[tuple[str, ...]]]) -> set[int]:
    """Where a district account or mailbox is named: a word of the vocabulary's `district_marker` with a word of
    `account_address` within two words after it ("a CPS account", "cps.edu addresses", "school google accounts"),
    read word by word (a longer phrase another concept reads over them does not hide them)."""
    toks = reading.tokens
    markers = [i for i, t in enumerate(toks) if _word_in(words, "district_marker", t)]
    return {i for i in markers if any(_word_in(words, "account_address", t) for t in toks[i + 1:i + 3])}


def _word_in(words: dict[str, frozenset[tuple[str, ...]]], name: str, tok: concepts.Token) -> bool:
    """The word is one of the concept's single words, by stem or (a short word) as written."""
    entries = words.get(name, frozenset())
    text = tok.text.removesuffix("'s")
    return (tok.stem,) in entries or (concepts.EXACT + text,) in entries \
        or (concepts.EXACT + text.removesuffix("s"),) in entries


# Whose district login is used or entered: the pronoun before the account agrees with the verb's subject. "a sub
# uses his CPS account", "a 9th grader logged into her CPS account", "they're logged in with their school accts":
# each on their own login (item 9 is dropped on it). "can I use her CPS account", "I log into their school
# accounts": the asker in someone else's (item 9).
OWN_LOGIN_USED = "own_login_used"
OTHER_LOGIN_USED = "other_login_used"
_PEOPLE = frozenset({"student", "staff_role"})
# the words that may stand between a subject and its verb ("can a sub use", "they are using", "I have been using"),
# and the subjects themselves: the asker, or someone else by pronoun
_AUX = frozenset({"are", "is", "was", "were", "be", "been", "being", "am", "has", "have", "had", "will", "would",
                  "can", "could", "should", "may", "might", "must", "do", "does", "did", "also", "just", "still",
                  "already", "always", "usually", "all", "both", "each", "then", "to"})
_ASKER = frozenset({"i", "we", "i'm", "we're", "i've", "we've", "i'll", "we'll", "me", "im", "ive"})
_THIRD = frozenset({"he", "she", "they", "he's", "she's", "they're", "theyre", "hes", "shes", "they've"})


def _subject_of(reading: concepts.Reading, verb_start: int) -> str | None:
    """"asker" or "other" for the subject right before a verb (past auxiliaries), None when none is named."""
    people = {h.end for h in reading.hits if h.concept in _PEOPLE}
    i = verb_start
    while i > 0 and reading.tokens[i - 1].text in _AUX:
        i -= 1
    if i in people:
        return "other"
    if i == 0:
        return None
    word = reading.tokens[i - 1].text
    return "asker" if word in _ASKER else "other" if word in _THIRD else None


def _logins_used(reading: concepts.Reading, words: dict[str, frozenset[tuple[str, ...]]]) -> tuple[bool, bool]:
    """(someone uses their own district login, the asker uses someone else's): a verb of entering or using, at most
    one word ("with", "on") before his, her or their district account, read with the verb's subject; or a person
    right before the account ("students on their school accounts")."""
    ends = _district_accounts_at(reading, words)
    people = {h.end for h in reading.hits if h.concept in _PEOPLE}
    verbs = [h for h in reading.hits if h.concept in _ENTERING]
    own = other = False
    for h in reading.hits:
        if h.concept != "other_owner" or h.end not in ends:
            continue
        verb = next((v for v in verbs if h.start - v.end in (0, 1)), None)
        subject = _subject_of(reading, verb.start) if verb is not None else None
        if subject == "other" or (verb is None and people & {h.start, h.start - 1}):
            own = True
        elif subject == "asker":
            other = True
    return own, other


# Issue 10 (the question's kind and the channel's own words). A question that asks for the list of acceptable ways
# (the vocabulary's `fact:asks_channels`) names no one act: an open messaging word in it ("how am I supposed to
# message students?") is the means asked about, not an app to expand. The district's own chat ("the district chat
# space", "the chat built into our district google") is the CPS group messaging app; "phone the clerks" is a call.
ASKS_CHANNELS = "asks_channels"
DISTRICT_CHAT = "district_chat"
PHONE_CALL_VERB = "phone_call_verb"
NOTICE_APP = "notice_app"


def _channel_by_frames(channel: str | None, frames: frozenset[str], facts: set[str]) -> str | None:
    """The channel the readings name where the channel patterns read none, or only an open messaging word."""
    if channel in (None, "message") and DISTRICT_CHAT in frames:
        return "group_app"
    if channel in (None, "message") and PHONE_CALL_VERB in frames:
        return "phone_call"     # the phone named says how an open "chatting" or "talking" is done
    if channel == "message" and ASKS_CHANNELS in facts:
        return None
    if channel in ("text", "im") and NOTICE_APP in frames:
        return "bulk"       # "can the newsletter app text the kids too?": the school's notification system
    return channel


def _games_exception(reading: concepts.Reading) -> bool:
    """"the exception" said beside a game and no text: item 20's exception (an assigned educational activity), not
    the Exception to Policy for texting students."""
    return EXCEPTION_NAMED in reading.concepts and "game_word" in reading.concepts \
        and not any(t.stem.startswith(("text", "sms")) for t in reading.tokens)


def _names_a_school_matter(reading: concepts.Reading, words: dict[str, frozenset[tuple[str, ...]]]) -> bool:
    """The policy's "CPS or school matters that cause disruption": the question names the district's business,
    students, parents or records, the school itself, or a place of the school's day (read word by word, so a longer
    phrase that holds the word, "in the hallway", "the whole school", still names it)."""
    if reading.concepts & {"district_business", "school_place"}:
        return True
    return any(_word_in(words, "school_place", t) or _word_in(words, "district_marker", t) for t in reading.tokens)


def _school_ruled_out(reading: concepts.Reading, words: dict[str, frozenset[tuple[str, ...]]]) -> bool:
    """The asker rules the school itself out of what is said ("no school", "nothing about school"), or says it is
    about the profession at large ("teaching in general")."""
    if "general_scope" in reading.concepts:
        return True
    return any(_word_in(words, "district_marker", t) and any(a <= t.start and t.end <= b for a, b in reading.left_out)
               for t in reading.tokens)


ENDS_CONTACT = "ends_contact"
# what asks to reach or write to someone, said after the asked act ("block him and then message his son")
_REACHING = frozenset({"contact_act", "message_word", "share_act", "reply_act", "add_verb"})


def _asks_only_to_end_contact(reading: concepts.Reading, words: dict[str, frozenset[tuple[str, ...]]]) -> bool:
    """The act asked about ("can I", "am I allowed to" and the verb) ends contact (block, unfriend, mute), and no
    verb of reaching someone follows it: what the story says the other person did before does not count."""
    asked = [h for h in reading.hits if h.concept == concepts.ASKED_ACT]
    if not asked or not _word_in(words, "cut_contact", reading.tokens[asked[0].start]):
        return False
    return not any(h.concept in _REACHING and h.start > asked[0].start for h in reading.hits)


# "that's fine", "it's ok", "what's allowed": a pronoun's 's is "is" or "has", no one's possession
_CONTRACTED = frozenset({"that's", "it's", "what's", "he's", "she's", "there's", "here's", "who's", "let's",
                         "where's", "how's", "when's", "why's", "this's", "nothing's", "something's", "everything's"})



def _others_ends(reading: concepts.Reading) -> tuple[tuple[int, int], ...]:
    """The ends of a send that are someone else's district account (`concepts.send_ends`), not the asker's own."""
    return tuple((a, b) for a, b in reading.send_ends
                 if not any(t.text in concepts.ASKERS_OWN for t in reading.tokens[a:b]))


def _sent_from_anothers_account(reading: concepts.Reading) -> bool:
    """The asker sends from someone else's district account: an end of the send after "from" that is not the
    asker's own, the verb of sending the asker's ("can I message a student from another teacher's cps account");
    "a kid emails me from her cps account" is the kid's own."""
    for a, b in _others_ends(reading):
        # (whose account said by a possessive noun: a pronoun may point back at the one written to, "cc my
        # co-teacher from her cps email", and "from cps email to cps email" names no one's)
        if a < 1 or reading.tokens[a - 1].text != "from" \
                or not any(t.text.endswith("'s") for t in reading.tokens[a:b]):
            continue
        verbs = [h for h in reading.hits if h.concept == concepts.END_VERB and h.end <= a - 1]
        if not verbs:
            continue
        verb = max(verbs, key=lambda h: h.start)
        subject = _subject_of(reading, verb.start)
        if subject == "asker" or subject is None and any(
                h.concept == concepts.ASKED_ACT and h.start == verb.start for h in reading.hits):
            return True
    return False


_MAIL_APPS = frozenset({"gmail", "outlook"})


def _mail_app_on_own_account(reading: concepts.Reading) -> bool:
    """A mail app named right before the asker's own district account as an end of the send ("use Gmail on my CPS
    account to send ..."): the district's mail in that app, not a personal mailbox ("his hotmail ... from my work
    account" keeps the personal one)."""
    own = [a for a, b in reading.send_ends if (a, b) not in _others_ends(reading)]
    return any(a >= 2 and reading.tokens[a - 2].text in _MAIL_APPS for a in own)


def _without_token_spans(reading: concepts.Reading, text: str, spans: tuple[tuple[int, int], ...]) -> str:
    """`text` with each word of the token spans masked by a word no pattern reads (offsets and the count of words
    kept, so a pattern's "within N words" still measures the question as written)."""
    for a, b in spans:
        for t in reading.tokens[a:b]:
            text = text[:t.start] + "_" * (t.end - t.start) + text[t.end:]
    return text


def possessives_besides_an_address(reading: concepts.Reading, words: dict[str, frozenset[tuple[str, ...]]]) -> int:
    """How many possessives name whose a thing is ("her lab partner's scores"), not whose address is written to ("a
    10th grader's CPS account"): a student written to about anyone's but their own work is not their own work."""
    addresses = words.get(ADDRESS_WORD, frozenset())
    toks = reading.tokens
    students = {h.end - 1 for h in reading.hits if h.concept == "student"}
    # (an institution's 's, "the school's coordinator", is no one's information either)
    return sum(1 for i, t in enumerate(toks) if t.text.endswith("'s") and t.text not in _CONTRACTED
               and not _word_in(words, "district_marker", t)
               and not any(a <= i < b for a, b in reading.send_ends)
               and not _address_after(toks, i + 1, addresses, reach=2)
               and not (i in students and _returned_to_its_owner(toks, i, words, addresses)))


# the pronouns that name, after a student's possessive, the same student's own address ("to her school email")
_OWNER_PRONOUNS = frozenset({"his", "her", "their"})
# how far after the possessive the work and then the owner's address may stand
_WORK_REACH, _OWNER_REACH = 3, 12


def _returned_to_its_owner(toks: tuple[concepts.Token, ...], i: int, words: dict[str, frozenset[tuple[str, ...]]],
                           addresses: frozenset[tuple[str, ...]]) -> bool:
    """A student's own work sent back to that student ("feedback on a senior's capstone draft to her school email",
    "a 9th grader's essay with comments, to his cps account"): the work is named right after the possessive and the
    address after it is the student's by pronoun, so it is the recipient's own work, not another's information."""
    if not any(_word_in(words, "own_work", t) for t in toks[i + 1:i + 1 + _WORK_REACH]):
        return False
    return any(t.text in _OWNER_PRONOUNS and _address_after(toks, j + 1, addresses, reach=2)
               for j, t in enumerate(toks[i + 1:i + 1 + _OWNER_REACH], start=i + 1))


# a copy of a student's or colleague's record made to pass on (the vocabulary's `fact:record_copy` reading)
RECORD_COPY = "record_copy"
# "A teacher emailed the parents about it. Allowed?": a story, then one word asking its verdict ("ok?" after a story
# is as often a request: "she invited me to the game. ok?"). Not when the question asks permission or tells a plan
# (`fact:done_act`'s own `unless`), nor how or whom to report.
# (a lone "problem?" / "any issue?" closing a story asks the same: did what was done break a rule; a lone "ok?"
# also asks leave for what an invitation or an offer told in the story proposes, so it is not among them)
_VERDICT_TAIL = frozenset({"allowed", "legal", "acceptable", "appropriate", "legit", "permitted", "problem", "issue",
                           "issues"})
_TAIL_DET = frozenset({"any", "a", "an", "big"})
_NOT_YET = frozenset({"will", "gonna", "want", "wants", "wanna", "would", "planning", "thinking", "hoping"})
# (an act proposed to the asker, "a parent offered me ... to tutor him", is not yet done either)
_NOT_DONE = frozenset({"ask_permission", "plan_word", "future_word", "report_how", "tell_whom", "asked_act",
                       "proposed_to_me"})


# a question closed by a word asking whether the act may be done ("... ok?", "... fine?")
_PERMISSION_TAIL = _VERDICT_TAIL | {"ok", "okay", "fine", "alright"}


def _item_asked_ok(reading: concepts.Reading, text: str, frames: frozenset[str]) -> bool:
    """An unacceptable use placed by its frame, and the question closing on a lone word asking whether it is ok,
    or on a sentence that opens by asking whether "that" is ok ("Is that ok just for a couple of days?", "would
    this be fine since I'm not the one sending?"): the asker asks leave to do the act the story told, not how to
    report what the story tells."""
    toks = reading.tokens
    if not toks or not text.rstrip().endswith("?") or not any(f.startswith("item:") for f in frames):
        return False
    if toks[-1].text in _PERMISSION_TAIL and concepts.punct_between(text, toks, len(toks) - 1):
        return True
    first = len(toks) - 1
    while first > 0 and not _SENTENCE_END.search(text[toks[first - 1].end:toks[first].start]):
        first -= 1
    words = [t.text for t in toks[first:first + 6]]
    while words and words[0] in _TAIL_FILLER:
        words.pop(0)
    if words[:1] == ["is"] or words[:1] == ["would"]:
        words = words[1:]
    elif words[:1] in (["that's"], ["thats"], ["it's"]):
        words = ["that", *words[1:]]
    else:
        return False
    if words[:1] not in (["that"], ["this"], ["it"]):
        return False
    rest = words[1:]
    if rest[:1] == ["be"]:
        rest = rest[1:]
    # ("is it ok to call the desk from my cell?" asks of a new act, which its own reading answers)
    return rest[:1] != [] and rest[0] in _PERMISSION_TAIL and rest[1:2] not in (["to"], ["if"])


# words that may open the closing question before its "is that ok" ("so is that ok?", "but would it be fine?")
_TAIL_FILLER = frozenset({"so", "but", "and", "then", "ok", "okay", "um", "like", "just", "still"})


def _ends_asking_verdict(reading: concepts.Reading, text: str) -> bool:
    """The question closes on a lone verdict word after a story told in sentences: "... Allowed?"."""
    toks = reading.tokens
    if len(toks) < 6 or not text.rstrip().endswith("?") or toks[-1].text not in _VERDICT_TAIL:
        return False
    first = len(toks) - 2 if toks[-2].text in _TAIL_DET else len(toks) - 1     # "any issue?", "a problem?"
    # a wish or a plan told in the story ("the dept wants a channel", "kids will comment") is not yet done
    if any(t.text in _NOT_YET or t.text.endswith("'ll") for t in toks):
        return False
    return concepts.punct_between(text, toks, first) and not reading.concepts & _NOT_DONE


# words of the bulk-text conditions on parents: consent given, opting in to the same messages
_BULK_FOR_STUDENTS = frozenset({"opt_in", "permission_doc", "permission_word", "school_group"})
# acts that take district mail out to a personal mailbox: there the personal address is the point
_MOVES_MAIL_OUT = frozenset({"self_forward", "move_data"})
# A report about the asker's own things (a personal account hacked, the car broken into at home, a jury summons):
# the procedure is for the district's technology and conduct, so with nothing of the district's in it the policy
# does not address it (DESIGN.md: not_covered for personal life).
PERSONAL_INCIDENT = "personal_incident"
# the district's device, system or storage named as an act's means (the vocabulary's concepts): they outrank the
# asker's own people and time words for scope, unless the means are the asker's own too. The act layer's list of
# the systems staff sign into (`staff_system`) and the mail rules only the work mailbox has (`mail_rule`) are such
# means: an auto-reply set "all weekend" is still the district's mail system
DISTRICT_MEANS_NAMED = frozenset({"district_means_named", "posted_device", "staff_system", "mail_rule"})
# the district's systems, devices and records, used for someone of the asker's own circle: the items keep their say
# ("look up my neighbor's kid in the student system")
_DISTRICT_SYSTEMS_USED = frozenset({"district_data_system", "district_device", "district_storage", "student_info",
                                    "work_data", "lookup"}) | DISTRICT_MEANS_NAMED
# student information named (a list, records, scores): the items keep their say on personal means and time
_STUDENT_INFORMATION = frozenset({"student_pii"})
_PERSONAL_THINGS = frozenset({"personal_dest", "personal_means", "own_phone", "life_event", "own_property",
                               "other_job"})
_DISTRICT_THINGS = frozenset({"district_means", "district_device", "district_data_system", "district_storage",
                              "district_issued", "student", "one_student", "any_student", "parent", "staff_role",
                              "someone_else_did", "grade_band", "tied_to_work", "student_info", "school_record",
                              "work_data"})
_WHERE_REPORTED = frozenset({"it_office", "it_helper"})


_TELLING_WORDS = frozenset({"notify_verb", "report_ask", "report_verb", "report_how"})

# a word of the district's business said only to rule it out ("never at school", "not on my cps email") or to name
# the district as whom the question is put to ("a problem with the district?", "does CPS care?")
_DENYING = frozenset({"negator", "exclusion"})
_DENIED_REACH = 3
_JUDGING_BEFORE = frozenset({"judge_eval", "judge_after"})
_JUDGED_REACH = 3
_JUDGING_AFTER = frozenset({"rule_maker_verb"})


def _district_business_told(reading: concepts.Reading) -> bool:
    """The question tells the district's business (its means, students, parents, records or work) as part of the
    act: a mention the asker denies ("never at school", "I don't use my cps email for it") or one naming the
    district as the judge asked ("is that a problem with the district?", "does CPS even care?") is no such part, so
    a venture on the asker's own laptop and Wi-Fi stays the asker's own (DESIGN.md: a side business run from a
    personal laptop and hotspot is not covered)."""
    denials = [h.end for h in reading.hits if h.concept in _DENYING]
    judges = [h.end for h in reading.hits if h.concept in _JUDGING_BEFORE]
    after = [h.start for h in reading.hits if h.concept in _JUDGING_AFTER]
    owners = {(h.start, h.end) for h in reading.hits if h.concept == "policy_owner"}
    for h in reading.hits:
        if h.concept != "district_business":
            continue
        if any(0 <= h.start - end <= _DENIED_REACH for end in denials):
            continue
        if (h.start, h.end) in owners and (any(0 <= h.start - end <= _JUDGED_REACH for end in judges)
                                           or any(0 <= start - h.end <= 1 for start in after)):
            continue
        return True
    return False


def _personal_incident(reading: concepts.Reading, text: str, personal_channel: bool) -> bool:
    """The matter reported is the asker's own and personal, and nothing of the district's (a device, an account,
    data, a student, a colleague) is named apart from the desk it would be reported to ("the CPS help desk")."""
    if not (personal_channel or reading.concepts & _PERSONAL_THINGS):
        return False
    desks = [(h.start, h.end) for h in reading.hits if h.concept in _WHERE_REPORTED]
    # "should I tell CPS?", "do I notify the district?": the district named as whom to tell is where it goes
    # ("report that to the district": the district after "to", with a verb of telling before it)
    tellers = [h.end for h in reading.hits if h.concept in _TELLING_WORDS]
    if tellers:
        tellers += [h.end for h in reading.hits if h.concept == "to_word" and h.start >= min(tellers)]
    desks += [(h.start, h.end) for h in reading.hits
              if h.concept in _DISTRICT_THINGS and any(0 <= h.start - end <= 1 for end in tellers)]
    for h in reading.hits:
        if h.concept not in _DISTRICT_THINGS:
            continue
        if any(a - 1 <= h.start and h.end <= b for a, b in desks):
            continue        # "the CPS service desk" is where it goes, not what happened
        if h.concept == "staff_role" and _askers_role(reading, text, h):
            continue
        return False
    return True


# a personal means right after a negator or a word of separation ("not my personal one", "rather than my own
# profile"): denied as the means, the account used is another one
_DENIERS = frozenset({"negator", "separate_word"})
_PERSONAL_WORDS = frozenset({"personal_means", "personal_owner"})
_DENIED_GAP = 1
_DENIED_NOUN_REACH = 2


# the acts of writing to someone, or the thread they go on ("parents are on the thread"): a question on the
# Exception's form that names none of them outside the form's own name ("texting form") asks about the form, not
# for a text or about texts going on
_WRITING_ACTS = frozenset({"contact_act", "group_chat", "reply_act", "thread_place"})


def _asks_of_the_form_alone(reading: concepts.Reading) -> bool:
    """The question is about the CPS texting form itself ("does the form expire?", "one per student or one per
    family?"), with no text to anyone asked beside it: the condition is what is asked, its state is not told."""
    forms = [(h.start, h.end) for h in reading.hits if h.concept == EXCEPTION_FORM]
    if not forms or ASK_PERMISSION in reading.concepts:
        return False        # "can I reuse last year's forms?": an act of the asker's own with the form is asked
    return not any(h.concept in _WRITING_ACTS and not any(h.start < b and a < h.end for a, b in forms)
                   for h in reading.hits)


def _personal_denied_text(reading: concepts.Reading | None, text: str) -> str:
    """`text` with a personal account denied as the means blanked, with the noun after it ("not my personal one",
    "rather than my own profile"): the account the question uses is another one, not the asker's own."""
    if reading is None:
        return text
    deniers = [h.end for h in reading.hits if h.concept in _DENIERS]
    for h in reading.hits:
        if h.concept not in _PERSONAL_WORDS or not any(0 <= h.start - e <= _DENIED_GAP for e in deniers):
            continue
        end = h.end
        while end < len(reading.tokens) and end - h.end < _DENIED_NOUN_REACH \
                and not _NOT_WORD.search(text[reading.tokens[end - 1].end:reading.tokens[end].start]):
            end += 1
        a, b = reading.tokens[h.start].start, reading.tokens[end - 1].end
        text = text[:a] + " " * (b - a) + text[b:]
    return text


def _without_set_phrases(reading: concepts.Reading | None, text: str, names: frozenset[str]) -> str:
    """`text` with the spans of the vocabulary's `set_phrases` concepts blanked (offsets kept)."""
    if reading is None or not names:
        return text
    for h in reading.hits:
        if h.concept in names:
            text = _blanked(reading, text, h)
    return text


# DESIGN.md: "questions on how or where to report misuse, a loss or a breach" are reports. A question is one when it
# TELLS an incident and ASKS for the route, whatever the words of either: the incident is something that happened to
# the district's things (lost, taken, gone, broken, broken into, opened by someone else) or a breach of the asker's
# account (a phishing click, a password typed into a fake page, mail sent that nobody wrote); the route is whom to
# tell, whether to tell a handler, or what the steps are; or nothing is asked at all ("4 are gone", "think i
# clicked a phishing link"): an incident told to the conduct bot is told to be reported. Never where the question
# asks to do something ("can I", an act right after it), nor where it asks the verdict on an act.
_INCIDENT_TOLD = frozenset({"security_incident", "incident_word", "breach_word", "passive_loss", "theft_word",
                            "unrecognized", "leftover_access", "compromise_sign"})
# "left", "forgot", "dropped": a loss only of a district device or record ("left the workroom a mess" is not); a
# thing broken is the building's or the desk's repair, not a report (the vocabulary's own frames read a district
# device damaged)
_MISPLACED = frozenset({"misplace"})
# "left her email open", "left the cart unlocked overnight": a thing left in a state (`open_state`: open, unlocked,
# logged in) is not left behind; the state follows the leaving within its clause
_LEAVING = frozenset({"left", "leave", "leaves", "leaving"})
_LEFT_STATE = "open_state"
_LEFT_STATE_REACH = 4
_DEVICE_OR_RECORD = frozenset({"lost_district_thing", "district_means", "district_device", "district_issued"})
# a breach of an account stands alone; a loss is the policy's only when it is the district's (a boiler is not)
_BREACH_TOLD = frozenset({"breach_word", "compromise_sign"})
COMPROMISE_TOLD = "compromise_told"     # the vocabulary frame: an account sends what its owner did not write
_DISTRICT_OWNED = frozenset({"district_means", "it_office", "lost_district_thing", "district_device",
                             "district_issued", "classroom_device", "student_info", "school_record",
                             "district_resource", "shared_resource"})
_ASKS_STEPS = frozenset({"process_ask", "procedure_ask", "requirements_ask"})
_ASKS_SOMETHING_ELSE = frozenset({ASK_PERMISSION, concepts.ASKED_ACT, "asks_whether", "approval_tag"})
# whom to tell, asked where nothing was read as an incident: a later part of the same question may ask it of the
# incident an earlier part told ("who do I tell? do I also tell my principal?"; handlers.ask merges the two)
ASKS_WHOM_TO_TELL = "asks_whom_to_tell"


# a question made of nothing but the procedure's name ("Steps?", "Next steps?", "Protocol?"): asks for the procedure
# (not "any conditions?", "approvals?": what an act asked about needs is `requirement_noun`'s, no procedure)
_ROUTE_NOUNS = frozenset({"route_noun"})
_ROUTE_NOUN_FILLER = frozenset({"next", "the", "what", "which"})


def _asks_the_route_noun_alone(reading: concepts.Reading, text: str) -> bool:
    """The question's last sentence is the procedure's name alone, asked ("... two laptops gone. Steps?"): the
    steps after what the sentences before it told."""
    toks = reading.tokens
    if not toks or not text.rstrip().endswith("?"):
        return False
    last = len(toks) - 1
    if not any(h.concept in _ROUTE_NOUNS and h.start <= last < h.end for h in reading.hits):
        return False
    first = last
    while first > 0 and not concepts.punct_between(text, toks, first) and toks[first - 1].text in _ROUTE_NOUN_FILLER:
        first -= 1
    return first > 0 and concepts.punct_between(text, toks, first)


def _reports_an_incident(reading: concepts.Reading, text: str, facts: set[str], frames: frozenset[str]) -> bool:
    """The question tells an incident to the district's things or the asker's account, and asks whom to tell or
    what to do about it."""
    found = reading.concepts
    if found & _ASKS_SOMETHING_ELSE or frames & {concepts.JUDGEMENT, "permission_to_contact", "not_misuse"}:
        return False
    if not (NOTIFY_ASK in frames or found & _ASKS_STEPS or _asks_the_route_noun_alone(reading, text)):
        return False
    if found & _BREACH_TOLD or COMPROMISE_TOLD in frames:
        return True
    if found & _MISPLACED and found & _DEVICE_OR_RECORD and _loss_misplaced(reading, text):
        return True
    return ("incident" in facts or bool(found & _INCIDENT_TOLD)) and bool(found & _DISTRICT_OWNED)


# what happened TO the asker or the district's things, told with nothing asked: a loss, a theft, the asker's
# account breached. (Not what anyone did: "my coworker keeps ...", "I ran a script ..." told without a question
# ask for the verdict on the act, and the items answer it.)
# the acts any mention of mail or a message reads ("clicked a phishing email"): no act of the asker's to judge
_ANY_MESSAGE = frozenset({"share", "communicate"})
_THEFT_TOLD = frozenset({"passive_loss", "theft_word"})
_LOSS_TOLD = _MISPLACED | _THEFT_TOLD


def _loss_misplaced(reading: concepts.Reading, text: str) -> bool:
    """A word of `misplace` tells a loss, unless every one is a leaving whose state follows it ("left her email
    open on the shared desktop": the mailbox is still there, what happened next is the story)."""
    toks = reading.tokens
    states = [h.start for h in reading.hits if h.concept == _LEFT_STATE]
    for h in reading.hits:
        if h.concept not in _MISPLACED:
            continue
        left_in_a_state = h.end - h.start == 1 and toks[h.start].text in _LEAVING and any(
            h.end <= at <= h.end + _LEFT_STATE_REACH
            and not any(concepts.punct_between(text, toks, j) for j in range(h.end, at + 1)) for at in states)
        if not left_in_a_state:
            return True
    return False


def _tells_a_loss_or_breach(reading: concepts.Reading, text: str, facts: set[str], frames: frozenset[str]) -> bool:
    """Nothing is asked ("4 are gone", "think i clicked a phishing link"): a loss of the district's things or a
    breach of the asker's account told to the conduct bot is told to be reported."""
    found = reading.concepts
    if "?" in text or found & (_ASKS_SOMETHING_ELSE | {"plan_word"}) \
            or frames & {concepts.JUDGEMENT, "permission_to_contact", "not_misuse"}:
        return False
    if found & {"others_doing", "someone_else_did"} and not (found & _THEFT_TOLD and found & _DEVICE_OR_RECORD):
        # what someone else did is judged by the items; a theft of the district's things ("someone swiped the
        # ipad cart") is the act the procedure names (theft or loss of computer resources), whoever did it
        return False
    # (a breach word, not a sign of one: "the aide has been logging in as me" tells what she did, and her act is
    # what is asked about)
    if COMPROMISE_TOLD in frames or "breach_word" in found and facts & {"victim", "incident"}:
        return True
    told = bool(found & _THEFT_TOLD) or bool(found & _MISPLACED) and _loss_misplaced(reading, text)
    return told and bool(found & _DEVICE_OR_RECORD)


# DESIGN.md and Report Improper Conduct: the procedure is for "actual or suspected security violations or breaches,
# theft or loss of computer resources, misuse or abuse of CPS technology, unacceptable use of the CPS Network ... or
# any other violation". An item's act is such a matter when it is not the asker's act asked about: told as done by
# someone else (a student, a colleague, a relative: "a kid is posting passwords", "put online by a staff member"),
# or as something that happened, or as the asker's own act already done ("I accidentally sent ..."). A question
# that tells one and asks for the ROUTE (whom to tell, where or how to report, the procedure, a step, a number or a
# hotline, whether to tell someone) reports it, whichever item fires. It stays a question about the act when the
# act is the asker's to do: "can I" / an act right after it (permission), a plan in the asker's words ("I want
# to", "we're thinking of"), an approval sought, or a verdict asked ("is that against the AUP?").
_ROUTE_ASKS = frozenset({"tell_whom", "report_ask", "report_how", "procedure_ask"})
ADVICE_ASK = "advice_ask"   # "what do I do?", "what now?": the vocabulary holds it inside `tell_whom` as well
# (or something the asker means to get through the route: "who do I talk to about getting admin access?")
_ASKS_OWN_ACT = _ASKS_SOMETHING_ELSE | {"own_intent", "approve_word", "obtain_ask"}
_NOT_A_ROUTE_FRAMES = frozenset({concepts.JUDGEMENT, "permission_to_contact", "not_misuse"})
# who may be the actor of an act told: anyone but the asker
_ACTORS = frozenset({"student", "any_student", "one_student", "staff_role", "kin", "family_member",
                     "own_child_word", "outsider", concepts.PROPER_NAME})
_ACTOR_PRONOUNS = frozenset({"someone", "somebody", "he", "she", "they", "anyone", "people"})
_ACTOR_REACH = 6
# words right after someone named that are no verb of theirs ("the kids info", "a student the other day")
_NOT_A_VERB = frozenset({"a", "an", "the", "my", "our", "his", "her", "their", "this", "that", "these", "those",
                         "info", "data", "and", "or", "who", "whose", "which", "in", "at", "of", "on"})
_SENTENCE_END = re.compile(r"[.?!;]")
# the district's technology an act by someone else is done with or to (a computer, an account, a password, a
# drive, the filter): misuse or abuse of CPS technology, whatever the words of the act
_TECH_THINGS = _DISTRICT_OWNED | frozenset({"credential", "account_word", "removable_media", "security_control",
                                            "district_system", "malware", "personal_device"})
# a student named, and a contact or a social connection told: what a colleague's conduct with a student is made of
_STUDENT_NAMED = frozenset({"student", "any_student", "one_student"})
_CONTACT_TOLD = frozenset({"contact_act", "social_platform", "connect_word"})


def _anothers_act(reading: concepts.Reading, text: str, irregular: Container[str], colleague: bool = False) -> bool:
    """Someone other than the asker does something in the question: an actor (a student, a colleague, a relative,
    a name, "someone", "she") followed in the same sentence by a word that reads as a verb ("my coworker plugged
    in", "the teacher I work with is letting", "my son (not a CPS student) figured out"), or named as the agent of
    a passive ("put on a website by a staff member"). `colleague`: the actor is a member of staff named by role,
    not the asker introducing themself ("Coach here, ...")."""
    toks = reading.tokens
    if colleague:
        starts = {h.end: h.start for h in reading.hits
                  if h.concept == "staff_role" and not _askers_role(reading, text, h)}
    else:
        starts = {h.end: h.start for h in reading.hits if h.concept in _ACTORS}
        starts.update({i + 1: i for i, t in enumerate(toks) if t.text in _ACTOR_PRONOUNS})
    for end, start in starts.items():
        if start and toks[start - 1].text == "by" or start >= 2 and toks[start - 2].text == "by" \
                and toks[start - 1].text in ("a", "an", "the", "some", "another"):
            return True
        # "a student's account is sending": the thing owned acts for its owner (and is no verb itself)
        first = end + 1 if toks[end - 1].text.endswith("'s") else end
        for j in range(first, min(len(toks), end + _ACTOR_REACH)):
            if _SENTENCE_END.search(text[toks[j - 1].end:toks[j].start]):
                break
            if toks[j].text in concepts.BOUNDARY or toks[j].text in _NOT_A_VERB:
                break       # "the kids during the trip": a preposition ends the subject, no verb follows it
            if concepts.verb_like(toks[j], irregular, bare=j == first):
                return True
    return False


# what a witness does to come to know of an act, or does with the telling: not an act of the asker's own to judge
_WITNESS_STEMS = frozenset(concepts.stem(w) for w in """see saw seen notice noticed find found discover discovered
hear heard catch caught learn learned realize realized suspect suspected think thought know knew walk walked come came
check checked get got tell told ask asked say said report reported""".split())
_SELF = frozenset({"i", "we"})


def _own_act_told(reading: concepts.Reading, text: str, irregular: Container[str]) -> bool:
    """The asker tells an act of their own besides ("I replied with an emoji", "we forwarded it"): then a bare
    "what now?" may ask about that act, not about whom to tell. Seeing, finding or hearing of it is no act."""
    toks = reading.tokens
    for i, t in enumerate(toks[:-1]):
        if t.text not in _SELF or i and toks[i - 1].text in concepts.ASKING_BEFORE:
            continue
        j = i + 1
        while j < len(toks) - 1 and toks[j].text in concepts.TOLD_FILLER:
            j += 1
        if not _SENTENCE_END.search(text[t.end:toks[j].start]) and toks[j].stem not in _WITNESS_STEMS \
                and concepts.verb_like(toks[j], irregular):
            return True
    return False


# "so she doesn't have to call anyone", "I'm not going to email anyone": nobody is to be reached, so no route asked
_ANYONE = frozenset({"anyone", "anybody", "someone", "somebody"})
_NEGATION_REACH = 4


def _nobody_to_reach(reading: concepts.Reading, hit: concepts.ConceptHit) -> bool:
    """A "call anyone" / "email anyone" under a negation a few words before it: the asker says nobody is to be
    reached, which asks no route."""
    toks = reading.tokens
    if toks[hit.end - 1].text not in _ANYONE:
        return False
    # the vocabulary owns the negations: `negator` (the apostrophe-less forms of a phone keyboard included) and
    # `decline`, which adds the "n't" forms of the other auxiliaries ("so she doesn't have to call anyone")
    return any(h.concept in _NEGATING and hit.start - _NEGATION_REACH <= h.start < hit.start for h in reading.hits)


_NEGATING = frozenset({"negator", "decline"})


def _asks_to_do_an_item(reading: concepts.Reading) -> bool:
    """A "can I" question whose asked act places an item, with no route asked beside it and no breach told apart
    from the act asked ("can I keep using my email if it got hacked?" asks about the breached account: the
    procedure answers; "can I log into her account" is the act asked, not a breach told). A call or an email to
    nobody ("so she doesn't have to call anyone") asks no route: the act asked decides (DESIGN.md: a permission
    question stays one)."""
    found = reading.concepts
    if ASK_PERMISSION not in found:
        return False
    route = [h for h in reading.hits if h.concept in _ROUTE_ASKS | {ADVICE_ASK}]
    # (the reporting frame is read from those route words: with all of them negated, it asks nothing either)
    if (route or "report_question" in reading.frames) \
            and not (route and all(_nobody_to_reach(reading, h) for h in route)):
        return False
    asked = [h.start for h in reading.hits if h.concept == concepts.ASKED_ACT]
    return bool(asked) and not any(h.concept in _BREACH_TOLD and not any(h.start <= a < h.end for a in asked)
                                   for h in reading.hits)


def _route_asked_of_what_happened(reading: concepts.Reading, text: str, facts: set[str], frames: frozenset[str],
                                  items: tuple[int, ...], irregular: Container[str]) -> bool:
    """The question asks the route of a report about a matter the policy's reporting covers that is not the
    asker's act to do: an item's act, an incident, or someone else's act on the district's technology."""
    found = reading.concepts
    if found & _ASKS_OWN_ACT or frames & _NOT_A_ROUTE_FRAMES:
        return False
    advice = {(h.start, h.end) for h in reading.hits if h.concept == ADVICE_ASK}
    # (the desk's name alone, "a service desk ticket", asks nothing: the vocabulary lists it as whom to tell)
    desk = {(h.start, h.end) for h in reading.hits if h.concept == "it_office"}
    route = any(h.concept in _ROUTE_ASKS and (h.start, h.end) not in advice | desk for h in reading.hits)
    if route and items:
        return True
    # an incident of the district's technology, or a violation of the policy itself ("reporting violations of the
    # AUP"); a boiler locked out is the building's
    if route and ("incident" in facts or found & _INCIDENT_TOLD or COMPROMISE_TOLD in frames) \
            and found & (_TECH_THINGS | {"policy_ref"}):
        return True
    # "what now?" after what someone else did to the district's technology asks the procedure too; after an act
    # alone ("I replied with an emoji, what now?") it asks for advice on the act, which the items give
    # so does "what should I do?" after something that happened to it with no act of anyone's told ("a usb stick
    # nobody recognizes is plugged into the office computer", "my account got hacked"): a suspected violation
    happened = "incident" in facts or bool(found & _INCIDENT_TOLD) or COMPROMISE_TOLD in frames
    if (route or advice) and found & _STUDENT_NAMED and found & _CONTACT_TOLD \
            and _anothers_act(reading, text, irregular, colleague=True):
        # a colleague's contact with a student told ("an assistant coach is messaging players on a social app",
        # "another teacher added her from his own account") and whom to tell or what to do asked: the conduct the
        # procedure's "any other violation of this policy" covers, not a channel the asker asks leave to use
        return True
    return bool(route or advice) and bool(found & _TECH_THINGS) \
        and (_anothers_act(reading, text, irregular) or happened and not items) \
        and not (advice and not route and _own_act_told(reading, text, irregular))


# what asks for the reporting procedure itself ("who do I tell", "how do I report it", "what now")
_ASKS_PROCEDURE = frozenset({"report_ask", "tell_whom", "process_ask"})
_BARRED_REACH = 2
_CHANNEL_WORDS = frozenset({"contact_act", "carrier", "message_word"})


def _without_barred_channels(reading: concepts.Reading, text: str) -> str:
    """`text` with a channel word the asker says is barred blanked: one right after "I can't" / "we're not allowed
    to", or right before "is off the table" / "isn't allowed" (a word or two between: "texting kids is out")."""
    before = [h for h in reading.hits if h.concept == "channel_barred_before"]
    after = [h for h in reading.hits if h.concept == "channel_barred_after"]
    for h in reading.hits:
        if h.concept not in _CHANNEL_WORDS:
            continue
        if any(0 <= h.start - b.end <= _BARRED_REACH for b in before) \
                or any(0 <= a.start - h.end <= _BARRED_REACH for a in after):
            a_, b_ = reading.tokens[h.start].start, reading.tokens[h.end - 1].end
            text = text[:a_] + " " * (b_ - a_) + text[b_:]
    parents = [h.end for h in reading.hits if h.concept == "parent"]
    for h in reading.hits:
        # "the group chat is just the students; parents get a summary email": the parents' own copy names how
        # they are told apart from the thread, not the channel the question asks about
        if h.concept == _APART_COPY and any(0 <= h.start - p <= _APART_REACH for p in parents):
            # (with the channel word beside it: "a summary email", "a recap text")
            start = min([h.start, *(c.start for c in reading.hits if c.concept in _CHANNEL_WORDS and c.end == h.start)])
            end = max([h.end, *(c.end for c in reading.hits if c.concept in _CHANNEL_WORDS and c.start == h.end)])
            a_, b_ = reading.tokens[start].start, reading.tokens[end - 1].end
            text = text[:a_] + " " * (b_ - a_) + text[b_:]
    return text


_APART_COPY = "apart_copy"
_APART_REACH = 4


class Understanding:
    def __init__(self, vocabulary: Vocabulary) -> None:
        self.v = vocabulary
        # Near-miss spelling: a long word one slip away (a letter missing, doubled or swapped with its
        # neighbour) from one of the vocabulary's fuzzy_words is read as that word ("studnets", "hangots").
        # Substitutions are not corrected: "testing" must not become "texting".
        self._min_fuzzy = vocabulary.fuzzy_min_length
        self._lexicon = vocabulary.fuzzy_words if self._min_fuzzy else frozenset()
        # a word the patterns themselves spell ("imessage", "selling") is known, never a slip for another
        self._known = vocabulary.pattern_words | self._lexicon if self._min_fuzzy else frozenset()
        lexicon = vocabulary.lexicon
        self.lexicon: concepts.Lexicon | None = None
        if lexicon is not None:
            # a word the channel, audience, act and fact patterns spell is placed, in any of its forms; a word
            # only an item's patterns spell ("protest", "rally") is placed only when its item is read
            spelled = vocabulary.pattern_words_outside_items | frozenset(vocabulary.typos.values())
            fuzzy = vocabulary.fuzzy_words | vocabulary.fuzzy_short_words
            self.lexicon = replace(lexicon, known=frozenset(spelled | {concepts.stem(w, lexicon.irregular)
                                                                       for w in spelled}),
                                   spelled=lexicon.spelled | fuzzy
                                   | {concepts.stem(w, lexicon.irregular) for w in fuzzy})
            if self._min_fuzzy:
                self._lexicon = self._lexicon | {w for w in lexicon.words() if len(w) >= self._min_fuzzy}
                self._known = self._known | self._lexicon
        self._missing_one: dict[str, str] = {}
        for w in sorted(self._lexicon):
            for i in range(len(w)):
                self._missing_one.setdefault(w[:i] + w[i + 1:], w)
        # a short key word with one letter left out ("tel", "contct"), never a word the vocabulary spells
        self._short_missing_one: dict[str, str] = {}
        # a word some concept phrase spells ("off the table") is a word, not a slip ("tablet")
        phrased = vocabulary.phrase_words
        for w in sorted(vocabulary.fuzzy_short_words):
            for i in range(len(w)):
                cut = w[:i] + w[i + 1:]
                if len(cut) >= SHORT_FUZZY_MIN and cut not in self._known \
                        and concepts.stem(cut, lexicon.irregular if lexicon else None) not in phrased:
                    self._short_missing_one.setdefault(cut, w)
        # One answer reads the same words several times: `read` for the situation, then `reading` for the second
        # reader, a choice question again per channel, a conversation's fragment again as a follow-up. The text and
        # its concepts' reading (immutable: tuples and frozensets) are made once and kept for the last few
        # questions; a few, so the work saved is within one answer, not a store of what people asked.
        self._prepared = lru_cache(maxsize=READINGS_KEPT)(self._prepare)

    def _near(self, token: str) -> str:
        if len(token) < self._min_fuzzy:
            return self._short_missing_one.get(token, token)
        if token in self._known:
            return token
        # an ending is a different word form, not a slip: "reports" stays, "deleted" stays
        full = self._missing_one.get(token)
        if full is not None and not full.startswith(token):  # a letter left out
            return full
        for i in range(len(token) - 1):                      # a letter too many (not the last one)
            cand = token[:i] + token[i + 1:]
            if cand in self._lexicon:
                return cand
        for i in range(len(token) - 1):                      # two letters swapped
            cand = token[:i] + token[i + 1] + token[i] + token[i + 2:]
            if cand in self._lexicon:
                return cand
        return token

    def fix_typos(self, text: str) -> str:
        if self.v.typo_pattern is not None:
            text = self.v.typo_pattern.sub(lambda m: self.v.typos[m.group(0)], text)
        if self._min_fuzzy:
            text = _TOKEN.sub(lambda m: self._near(m.group(0)), text)
        return text

    def _denied_facts(self, reading: concepts.Reading, content: str, facts: set[str]) -> set[str]:
        """Facts of `denied_where_ruled_out` whose words the asker rules out ("not a lesson, just for fun", "no
        assignment"): the reading drops a concept a negation rules out, but the fact patterns read the words
        whatever stands before them, so an item's exception would answer a purpose the question denies."""
        asked = facts & self.v.denied_where_ruled_out
        if not asked or not reading.left_out:
            return set()
        from_concepts = {fact for concept, fact in self.v.concept_facts.items() if concept in reading.concepts} \
            | {f[len(FACT_READING):] for f in reading.frames if f.startswith(FACT_READING)}
        kept = set(self._found(tuple(c for c in self.v.facts if c.value in asked), reading.left_out_text(content),
                               consume_all=False)[0])
        return asked - kept - from_concepts

    @staticmethod
    def _found(concepts: tuple[Concept, ...], text: str, *, consume_all: bool) -> tuple[list[str], str]:
        """Values whose patterns match, in vocabulary order; consuming entries blank their words."""
        found = []
        # the strings the text holds, looked up once and again only after a blank changed the text
        present = strings_in(text)
        for c in concepts:
            if c.needs_any and c.needs_any.isdisjoint(present):
                continue        # no cue of the concept can match (nor blank anything)
            hit = False
            if consume_all or c.consume:
                for cue in c.cues:
                    text, n = cue.blank_in(text, present)
                    if n:
                        hit = True
                        present = strings_in(text)
            else:
                for cue in c.cues:
                    if cue.search_in(text, present):
                        hit = True
                        break
            if hit:
                found.append(c.value)
        return found, text

    @staticmethod
    def _cue_hits(cue: Cue, text: str, known: frozenset[str], present: frozenset[str]) -> bool:
        """Whether `cue` matches `text` (whose strings are `present`, `strings_in(text)`) with its facts known."""
        if cue.requires_any and cue.requires_any.isdisjoint(known):
            return False
        return cue.search_in(text, present)

    def _prepare(self, question: str) -> tuple[str, concepts.Reading | None]:
        """The question's text as the patterns read it (normalised, typos fixed) and its concepts' reading."""
        text = self.fix_typos(normalize(question))
        return text, concepts.read(self.lexicon, text, question[:MAX_READ_CHARS]) if self.lexicon else None

    def reading(self, question: str) -> concepts.Reading | None:
        """Tokens, concepts, frames and unplaced words (for `read` and `aupbot ask --explain`)."""
        return self._prepared(question)[1]

    def read(self, question: str, first_channel: str | None = None) -> Situation:
        """How the question is read. `first_channel`: of the channels a choice question names, the one to read it
        as (`Situation.other_channels` lists the others)."""
        text, reading = self._prepared(question)
        v = self.v
        read_text = text        # the text the reading's token offsets point into
        frames = frozenset(reading.frames) if reading else frozenset()

        # what the fact, act and item patterns read: set phrases that name something else ("grades 9-12" is a band,
        # not grades given; "cleared to text" is an approval, not texts cleared away) are blanked first
        content = _without_set_phrases(reading, text, v.set_phrases)
        # (and a phone the asker rules out as the means is no fact of the question: "from a system, not my
        # personal phone")
        facts, _ = self._found(v.facts, content if reading is None else _without_handsets_ruled_out(
            reading, content, self.lexicon.concepts.get(concepts.PERSONAL_HANDSET, frozenset())
            if self.lexicon else frozenset()), consume_all=False)
        facts_set = set(facts)
        if reading is not None:
            # read before the audience: "parents left off the chat" names who is left out, not who is written to
            facts_set |= {fact for concept, fact in v.concept_facts.items() if concept in reading.concepts}
            # a reading named "fact:<name>" establishes that fact from concepts in order ("forms come back next
            # week": permission still to come is no prior written permission)
            facts_set |= {f[len(FACT_READING):] for f in frames if f.startswith(FACT_READING)}
            # a reading named "not_fact:<name>" cancels a fact the patterns read without its negation ("I'd never
            # leave the parents off" keeps them on)
            facts_set -= {f[len(NOT_FACT_READING):] for f in frames if f.startswith(NOT_FACT_READING)}
            facts_set -= self._denied_facts(reading, content, facts_set)
            if NOT_FACT_READING + "partial_permission" in frames and "parent_on_thread" in facts_set:
                # "only the signed ones and their parents": the "only" keeps the texts to the part whose permission
                # is signed, the parents told on the thread with them; it leaves no parent off
                facts_set.discard("no_parent")
        timing = _permission_timing(reading, self.lexicon.concepts, self.v.week_days, self.v.next_week_words,
                                    self.v.next_week_after_words) \
            if reading is not None and self.lexicon is not None else None
        if timing == "before" and not facts_set & _PERMISSION_REFUSED:
            # "forms come back Friday, the parade is Saturday": the written permission comes before the act (prior
            # permission still to come is a condition the answer lists, not one broken)
            facts_set -= _PERMISSION_STILL_TO_COME
        elif timing == "after":
            facts_set.add("not_prior")      # "the trip is Thursday, forms are due next Monday": not prior
        if ASKS_POSSIBILITY in facts_set or (reading is not None and _asks_of_the_form_alone(reading)):
            facts_set.add(ASKS_REQUIREMENTS)
        if ASKS_REQUIREMENTS in facts_set:
            # "what has to happen first? IT hasn't looked at it yet": a condition still to come is what is asked about
            facts_set -= _CONDITIONS_STILL_TO_COME
            if "safety" in facts_set:
                facts_set.discard("non_safety")     # the purpose asked about is safety, whatever else the story says
        written_to = recipients(reading, text, self.lexicon.concepts) \
            if reading is not None and self.lexicon is not None else frozenset()
        if "student" in written_to:
            # "the principal emailed me that I can text the seniors": the asker writes to students, the colleague's
            # message is the story
            facts_set.discard(COLLEAGUE_CONTACTS_ME)
        if written_to == {"staff"} or COLLEAGUE_CONTACTS_ME in facts_set:
            # a colleague written to, or a colleague who calls or texts the asker: the other end is staff
            facts_set.add(COLLEAGUE_RECIPIENT)
        elif written_to == {"student"} \
                and _a_students_address(reading, text, self.lexicon.concepts if self.lexicon else {}):
            facts_set.add(STUDENT_RECIPIENT)
        elif "outside" in written_to:
            facts_set.add("outside")    # someone outside the district is written to: never an authorized recipient
        # who, how and what the asker rules out ("no coworkers or parents", "no emails, no posts", "nothing about
        # school") is not read as the audience, the channel or the act
        ruled_out = reading.left_out_text(text) if reading else text
        audience_text = ruled_out
        for cue in v.negated_content:
            # "no student names in it" rules students out of the message, so they are not who it is for
            audience_text = cue.blank(audience_text)[0]
        if reading is not None:
            # the same said in the concepts' words ("no students named", "nothing about my kids")
            audience_text = _without_spans(reading, audience_text, INFO_LEFT_OUT)
        mentions, _ = self._found(v.audience, audience_text, consume_all=True)
        if PARENT_RECIPIENT in written_to:
            mentions.append(PARENT_RECIPIENT)   # "a mom asked me to text her": the parent a pronoun points back to
        if "no_parent" in facts_set and "parent" in mentions:
            mentions.remove("parent")     # "no parents on it" names who is left out, not who is written to
        bands, _ = self._found(v.bands, text, consume_all=False)
        if "staff" in mentions and reading is not None:
            # "I'm a para, can I call from my own phone?", "Para here. ... my students' group, parents on it": when
            # the asker's own role is all that said "staff", no colleague is named; the other mentions keep their
            # place in the precedence table
            own_text = _senders_text(reading, _approvers_text(reading, _askers_role_text(reading, audience_text)))
            if own_text != audience_text:
                own_mentions, _ = self._found(v.audience, own_text, consume_all=True)
                # a colleague the concepts still see ("the lead teacher wants me to text her") keeps "staff"
                other_staff = any(h.concept == "staff_role" and own_text[reading.tokens[h.start].start] != " "
                                  and not _opens_as_role(reading, text, h) for h in reading.hits)
                if "staff" not in own_mentions and not other_staff:
                    mentions = own_mentions
        if STAFF_BAND in frames and not {"student", "student_possessive", "student_account"} & set(mentions) \
                and not ("group" in mentions and "staff" not in mentions):
            # "the 6th grade teachers want a chat": the band says which colleagues, not students (but "can high
            # school coaches text the team?", "as a middle school coach, can I text my team?": a team no colleague
            # is named in, once the asker's own role is set aside, is the one the band's staff coach)
            bands = []
        audience = v.audience_for(set(mentions), set(bands), facts_set)
        if audience == "parent" and reading is not None and _parents_only_approve(reading):
            # "does the principal have to sign too or just the parents?": the parents permit, the students are
            # written to
            audience = v.audience_for(set(mentions) - {"parent"} | {"student"}, set(bands), facts_set)
        if audience in (None, "student", "group") and not bands and reading is not None \
                and EXCEPTION_NAMED in reading.concepts and not _games_exception(reading):
            # "what is the texting exception?": the Exception to Policy is for students in grades 9-12
            audience = "student_9_12"
        elif audience == "parent" and FACT_READING + EXCEPTION_PART in frames and "parents_only" not in facts_set \
                and reading is not None and not _games_exception(reading):
            # a follow-up on the Exception's parts ("does the parent have to be ON the text?", "the CPS forms from
            # last season"): the parents are a party to the students' thread, the students are written to (the
            # Exception is for grades 9-12 unless a band says otherwise)
            # (with no band named, the Exception named outright is for grades 9-12; its parts alone leave the
            # students' grades to ask)
            audience = v.audience_for(set(mentions) - {"parent"} | {"student"}, set(bands), facts_set) \
                if bands or EXCEPTION_NAMED not in reading.concepts else "student_9_12"
        student_words = {"student", "student_possessive", "student_account"}
        if audience in (None, "group") and reading is not None and _names_only_staff(reading, text):
            # "the lunchroom aides' GroupMe", "me and my AP": a role only adults hold, nobody else named
            audience = "staff"
        staff_written_to = False
        if audience in (None, "group", "parent", *_STUDENT_AUDIENCES) and written_to == {"staff"}:
            # "I text the clerk when a kid goes home sick": a colleague is written to, the kid is what it is about
            audience, staff_written_to = "staff", True
        elif audience == "staff" and COLLEAGUE_RECIPIENT in facts_set:
            # "my co-teacher texted me about a kid", "text the chaperones if a child gets lost": a colleague is on
            # the other end, the kid is what it is about
            staff_written_to = True
        if FACT_READING + ADULT_FORMER_STUDENT in frames and audience in (None, "staff", *_STUDENT_AUDIENCES):
            # "my old student is 26 now, can I text her?": an adult the policy's channel rules do not address,
            # whatever else the story mentions ("wants to talk about becoming a teacher")
            audience = "personal"
        elif FACT_READING + OWN_FAMILY_ONLY in frames and audience in ("student", *_STUDENT_AUDIENCES):
            # "pics of my own kids": the asker's own children, no student named: nobody the student rules are about
            audience = None
            facts_set.discard("student_images")     # photos of the asker's own children are no student's
        elif frames & _PERSONAL_RELATIONS and audience in (None, "staff", "parent", *_STUDENT_AUDIENCES):
            # "my sister is a CPS student at another school", "kids from a different district": the asker's own
            # family, or students who are not the district's, not students the asker works with
            audience = "personal"
        elif audience == "staff" and "outside" in written_to and "staff" not in written_to \
                and COLLEAGUE_RECIPIENT not in facts_set:
            # "email another teacher's report to my brother": a colleague is named, someone outside is written to
            # (not "email the other advisers about sharing a photographer": the colleagues are written to as well)
            audience = "personal"
        elif not staff_written_to and ((audience or "").startswith("student") or student_words & set(mentions)):
            facts_set.add("audience_student")     # items about relationships with a student need one

        channel_text = ruled_out
        for cue in v.negated_channels:
            channel_text = cue.blank(channel_text)[0]
        channels, _ = self._found(v.channels, channel_text, consume_all=True)
        if len(channels) > 1 and reading is not None:
            # "I know we can't text them, but can I email their CPS accounts?": the channel said to be barred is the
            # contrast, the other one is asked about (only when another channel is left to ask about)
            others, _ = self._found(v.channels, _without_barred_channels(reading, channel_text), consume_all=True)
            if others:
                channels = others
        elif channels and reading is not None and ASKS_CHANNELS in facts_set:
            # "if I can't text them, what's the right way to reach them?": the channel said to be barred is not the
            # one asked about; the list of acceptable ways is
            channels, _ = self._found(v.channels, _without_barred_channels(reading, channel_text), consume_all=True)
        if len(channels) > 1 and reading is not None and EXCEPTION_FORM in reading.concepts:
            # "emailing their CPS accounts is fine without the text permission form?": the channel that names a
            # form's kind is not one the asker uses, when another channel is named
            others, _ = self._found(v.channels, _without_spans(reading, channel_text, EXCEPTION_FORM),
                                    consume_all=True)
            if others:
                channels = others
        channel = channels[0] if channels else None
        others_named: tuple[str, ...] = ()
        if len(set(channels)) > 1 and (_CHOICE.search(channel_text)
                                       or _a_text_beside_a_listed_channel(channels, v.channels, channel_text)):
            # "texting vs google chat, which one's allowed?", "which one, call or email?": each channel named
            # is one the asker may pick; the vocabulary's order must not decide which of them is answered
            if first_channel in channels:
                channel = first_channel
            # an open channel ("messaging", "social") is the same app left unnamed, not a further choice
            others_named = tuple(c for c in dict.fromkeys(channels) if c != channel and c not in OPEN_CHANNELS)
        if channel == "text" and reading is not None and _games_exception(reading):
            channel = None      # "that's the exception for games": item 20's exception, no text sent
        elif audience is None and channel in ("text", "im") and not bands and reading is not None \
                and EXCEPTION_FORM in reading.concepts:
            # "do the texting permission forms need renewing?", nobody named: the CPS form for texts exists only for
            # the Exception, so naming it names the Exception (students in grades 9-12)
            audience = "student_9_12"
            facts_set.add("audience_student")
        words = self.lexicon.concepts if self.lexicon is not None else {}
        own_login, other_login = _logins_used(reading, words) if reading is not None else (False, False)
        if other_login or reading is not None and _sent_from_anothers_account(reading):
            facts_set.add(OTHER_LOGIN_USED)
        elif own_login:
            facts_set.add(OWN_LOGIN_USED)
        if channel in (None, "message", "video") and reading is not None \
                and (_district_end_named(reading, words) or bool(_others_ends(reading))
                     or OWN_LOGIN_USED in facts_set and bool(reading.concepts & _CHAT_WORDS)):
            # what goes to a student's or a colleague's district account travels by CPS email or the CPS group app
            # (the policy's Acceptable lists), whatever app word the question used ("Meet chat", "messages")
            facts_set.add(DISTRICT_END_TO)
            mailbox = any(t.stem in _MAILBOX_STEMS for t in reading.tokens)
            channel = "district_email" if mailbox else "group_app"
        elif channel in ("district_email", "group_app") and reading is not None \
                and (_district_end_named(reading, words) or bool(_others_ends(reading))):
            # the channel named, and the other end named as its owner's district account ("an email to their school
            # accounts"): the recipients are the account's owners (`_authorized_recipient`)
            facts_set.add(DISTRICT_END_TO)
        if channel == "message" and facts_set & _EXCEPTION_FACTS and (audience or "").startswith("student"):
            # "a group chat with the parents on it, forms signed": the Exception's words say it is a group text
            channel = "text"
        elif channel is None and "parent_on_thread" in facts_set and (audience or "").startswith("student") \
                and reading is not None and reading.concepts & _GROUP_WORDS:
            # "the group includes every parent", no app named: a group message with the students and their parents
            channel = "text"
        accounts, _ = self._found(v.accounts, _personal_denied_text(reading, text), consume_all=True)
        account = accounts[0] if accounts else None
        if account is None and reading is not None and len(_others_ends(reading)) < len(reading.send_ends):
            account = "district"    # "from my @cps.edu", "my school login to theirs": the asker's own district account
        elif account is None and channel == "group_app" and DISTRICT_END_TO in facts_set \
                and (audience or "").startswith("student"):
            # the CPS group app to the students' own CPS accounts: the district's app, reached from an employee's
            # CPS account, as email to a student's CPS account is (`student_cps_email`); a personal account said
            # keeps its own rule
            account = "district"
        if account == "personal" and reading is not None and GROUP_OWNED in reading.concepts:
            account = None      # "can the team have its own Twitter?": the group's account, not the asker's own
        if channel in ("video", "message") and account == "district" and reading is not None \
                and GROUP_CHAT in reading.concepts:
            # "a Meet chat from my CPS account": the chat of a district meeting tool is the CPS group messaging app
            channel = "group_app"
        if channel == "bulk" and OWN_GROUP_CHAT in frames:
            # a group chat the asker made on their own phone is a group text, not a notification system
            channel = "text"
        if reading is not None:
            for concept, (named, replaces) in v.concept_channels.items():
                if concept in reading.concepts and (channel or "none") in replaces:
                    channel = named
                    break
        if reading is not None:
            channel = _channel_by_frames(channel, frames, facts_set)
        if channel == "message" and facts_set & _EXCEPTION_PURPOSE and account != "district" \
                and (audience or "").startswith("student"):
            # "a group chat with the seniors on the trip for headcounts": the Exception's purpose (students' safety
            # during an activity) is what the question turns on, and the Exception is about texts (no district
            # account or app named: "a check-in note from my staff account to theirs" stays the district's app)
            channel = "text"
        topics, _ = self._found(v.topics, text, consume_all=False)
        if channel == "bulk" and audience in ("parent", "staff", "group") and reading is not None \
                and ("audience_student" in facts_set or _bulk_cues_for_students(reading)):
            # the bulk-text conditions are about parents: their prior written consent, their opting in to the
            # same alerts as the child. A question on them, or on a system for the school's clubs and teams that
            # a department already uses, asks about texts to the students
            audience = "student"
            facts_set.add("audience_student")

        # acts may depend on facts (a "what do I do?" is a report only after an incident)
        acts = set()
        act_text = reading.left_out_text(content) if reading else content
        facts_known = frozenset(facts_set)       # (made once: the loop reads it for every act cue)
        act_strings = strings_in(act_text)
        for c in v.acts:
            if c.needs_any and c.needs_any.isdisjoint(act_strings):
                continue
            if any(self._cue_hits(cue, act_text, facts_known, act_strings) for cue in c.cues):
                acts.add(c.value)
        acts |= {f[len(ACT_READING):] for f in frames if f.startswith(ACT_READING)}
        concepts_read = reading.concepts if reading is not None else frozenset()
        if channel == "group_app" and not acts and "educational" in facts_set and ITEM_GAMES in frames:
            # "a math game I assigned in Google Classroom": where a lesson's activity is assigned, no message sent
            channel = None
        if channel in ("social", "group_app") and audience == "staff" and OUTSIDE_CHAT_APP in concepts_read \
                and ("business" in acts or concepts_read & _WORK_TALK):
            # Messenger, Slack, Signal among colleagues for work: a phone messaging app (under review), not the CPS
            # group app nor a page; weekend plans there stay the asker's own social media
            channel = "im"
        elif channel == "social" and ("friend" in acts or "one_to_one" in facts_set
                                    or (SOCIAL_CHAT in frames and CLASS_ACCOUNT not in frames)
                                    or account == "personal"
                                    or ("communicate" in acts and "post" not in acts
                                        and CLASS_ACCOUNT not in frames)
                                    or ((audience or "").startswith("student") and "post" not in acts
                                        and reading is not None and one_written_to(reading, text))):
            # friend requests, DMs and private messages are personal-account acts, not a class page's; so is a
            # message to one student ("send a snap to a player")
            channel = "personal_social"
        elif channel in ("social", "class_social") and "communicate" in acts and not acts & {"post", "business"} \
                and (audience or "").startswith("student") and FOLLOW_WORD not in concepts_read \
                and "friend" not in acts and reading is not None \
                and ("one_to_one" in facts_set or not concepts_read & _ACCOUNT_MADE and _writes_to_students(reading)):
            # "message students on Discord for my esports club", "DM the debate kids on Instagram": the club names
            # who is written to, not a page set up for it; messages to students on a social app are personal social
            # media communication, not a class account's posts (students following the page, or asking whether
            # that is friending, stay with the page's rules). A DM or a private message to a student is one-to-one
            # whatever page the club has ("we have a discord for the club, can I DM players there?")
            channel = "personal_social"
        elif channel == "class_social" and "friend" in acts and BEFRIENDS_ME in concepts_read \
                and CLASS_ACCOUNT not in frames:
            # "my players want to add me on discord for the gaming club": whoever the group is, the one added is
            # the asker, on the asker's own account (a class page set up is still the page's: CLASS_ACCOUNT)
            channel = "personal_social"
        elif channel in ("social", "personal_social") and CLASS_ACCOUNT in frames and account != "personal":
            # "the student council wants a TikTok, can I set it up?": an account for a school group is a class
            # or team account, with that section's conditions
            channel = "class_social"
        elif channel == "social" and audience is None and "class_on_personal" not in facts_set \
                and ("personal_scope" in frames or concepts_read & _PERSONAL_ACCOUNT_WORDS):
            # "a public Instagram of my travel pics, not school-related": the asker's own account, nobody named
            channel = "personal_social"
        elif channel == "social" and audience == "personal":
            # a former student now an adult, the asker's own family or friends: the asker's own account
            channel = "personal_social"
        elif channel == "social" and audience == "staff":
            # a class or team account is for students; colleagues' groups and pages are personal social media
            channel = "personal_social"

        if channel in (None, "message") and audience in _STUDENT_AUDIENCES and FACT_READING + EXCEPTION_PART in frames \
                and not acts & {"report", "retain_records", "delete_records"}:
            # a follow-up on the Exception's parts with no channel of its own ("the CPS forms from last season",
            # "do the parents have to be in the group chat?"): the Exception is about texting students
            channel = "text"
        elif (audience or "").startswith("student") and facts_set & v.personal_means_facts \
                and (channel == "message" or channel is None and acts & _ANY_MESSAGE and "student" in written_to
                     and account != "district"):
            # the asker's own device carries what goes to the students, no district app named: a text ("message my
            # juniors from my own cell"; "send the reminders to my students from my personal phone", no channel word
            # at all, but not "...from my CPS account on my own laptop": the district's account carries that)
            channel = "text"
        if channel == "district_email" and ADDRESS_GIVEN in facts_set and account is None \
                and DISTRICT_END_TO not in facts_set and (audience or "").startswith("student"):
            # an address a student or a parent gave, or a form holds ("email the kid at the address his mom put on
            # the enrollment form"): the student's CPS account or a personal one, which the question does not say
            channel = "email"
        if channel in (None, "social", "personal_social") and account != "personal" \
                and facts_set & {UNIT_ACCOUNT_CLASS, UNIT_ACCOUNT_SCHOOL} and "friend" not in acts \
                and ("communicate" not in acts or audience is None) \
                and "class_on_personal" not in facts_set and PERSONAL_MEANS not in concepts_read:
            # whose page: a platform held by a unit of the school ("our department's Twitter", "the school's own
            # Facebook", "social media accounts for student clubs") is that unit's account, with its section's
            # conditions, not the asker's own social media (a class, team or club: the class account's; a school,
            # department or office: the district guidelines')
            channel = "class_social" if UNIT_ACCOUNT_CLASS in facts_set else "district_social"
        if channel in ("district_social", "class_social") and audience is None and reading is not None \
                and FOLLOW_WORD in concepts_read and (account == "personal" or PERSONAL_MEANS in concepts_read) \
                and not acts & {"post", "business"} and CLASS_ACCOUNT not in frames:
            # "follow the school's official Instagram from my personal account": the asker's own account, as any
            # member of the public; running or posting for the page keeps its rules (and following it is neither
            # a message sent nor a class page followed back from a personal account)
            channel = "personal_social"
            acts.discard("communicate")
            facts_set.discard("class_on_personal")
        if channel == "personal_email" and account == "district" and not acts & _MOVES_MAIL_OUT \
                and reading is not None and "personal_dest" not in reading.concepts \
                and ("app_word" in reading.concepts and _owners_only_of_district_accounts(reading, words)
                     or _mail_app_on_own_account(reading)):
            # "the gmail app on my phone, signed into my cps account": CPS mail is Google mail; the account decides
            # (only the app named, nobody's own mailbox but a district one: "email me at my gmail", "his gmail" stay
            # personal email, "their cps accounts" is the district's; or the
            # asker's own district account the end of the send: "use Gmail on my CPS account to send ...")
            channel = "district_email"
        if "read_own" in acts and reading is not None and "reply_verb" in reading.concepts \
                and audience in (*AUDIENCES, *OPEN_AUDIENCES):
            # "I read my cps mail on my phone; can I answer a student from there?": reading one's own mail is the
            # setting, the question is the reply to the person named
            acts.discard("read_own")
        if reading is not None and _asks_only_to_end_contact(reading, words):
            # "am I allowed to block him?": nothing is sent; the story's "keeps commenting" is the other's doing
            facts_set.add(ENDS_CONTACT)
            acts -= {"communicate", "friend", "post", "move_data", "share"}
        if "not_misuse" in frames:
            acts.discard("report")      # a gift the asker received is not an incident, whatever the verb
        if "permission_to_contact" in frames:
            # "can I DM a student about her lost phone?" asks to contact someone, "can I mark the lost laptop as
            # returned?" asks to act: "lost" does not make either a report
            acts.discard("report")
        elif "report_question" in frames:
            acts.add("report")
        elif NOTIFY_ASK in frames and reading is not None and ASK_PERMISSION not in reading.concepts \
                and "incident" in facts_set and reading.concepts & _REPORTED_MEANS:
            # whom to tell (or whether to tell the desk or a principal), asked beside an incident to the district's
            # means: no "can I" asks to do anything, so the question reports it (DESIGN.md). A boiler or a leak is
            # the building's, not the policy's; and beside an unacceptable use alone it does not: "who is supposed
            # to take it down?" asks who acts, and a report there would answer a bare yes
            acts.add("report")
        elif reading is not None and _reports_an_incident(reading, text, facts_set, frames):
            acts.add("report")
        if NOTIFY_ASK in frames and "report" not in acts:
            facts_set.add(ASKS_WHOM_TO_TELL)
        if channel in v.unsecured_channels and RECORD_COPY in facts_set and audience in (None, "staff", "group"):
            # items 15-17 and 36: a copy of a record (a photo of the roster, a screenshot of an IEP) sent over a
            # phone's text thread to a colleague is outside every CPS system: no proper security measure. (To a
            # student or a parent the Exception's and the parents' own rules answer.)
            facts_set.add(UNSECURED_CHANNEL)
        if reading is not None and DONE_ACT not in facts_set and _ends_asking_verdict(reading, text):
            facts_set.add(DONE_ACT)
        judged_done = DONE_ACT in facts_set and reading is not None \
            and not reading.concepts & _ASKS_PROCEDURE
        if concepts.JUDGEMENT in frames or (judged_done and "report" in acts):
            # DESIGN.md: the reporting answer is for questions on HOW or WHOM to report. "Is that against the AUP?"
            # asks for the verdict on the act, whatever report or incident the story mentions; so does "the para
            # asked a student to ..., allowed?" (a done act judged, no way to report asked for)
            facts_set.add(ASKS_JUDGEMENT)
            if "report" in acts:
                acts.discard("report")
                facts_set.add(JUDGED_INCIDENT)
        if "report" in acts and reading is not None \
                and _personal_incident(reading, text, channel in v.personal_channels):
            facts_set.add(PERSONAL_INCIDENT)
        if ASKS_POSSIBILITY in facts_set or (reading is not None and _asks_of_the_form_alone(reading)):
            # "any scenario where I can text a 10th grader", "one form per student?": any student of the kind, or
            # each one's form, not one student written to alone
            facts_set.discard("single_student")
        elif reading is not None and many_written_to(reading, text):
            # "if a kid gets lost, can I text them?", "on the senior trip, can I text students?": the one student
            # the words name is not whom the text goes to
            facts_set.discard("single_student")
        elif reading is not None and "one_student" in reading.concepts and "parent_on_thread" not in facts_set:
            facts_set.add("single_student")     # "text a freshman's cell": one student, not a group message
        elif reading is not None and channel in v.unsecured_channels and "parent_on_thread" not in facts_set \
                and (audience or "").startswith("student") and one_written_to(reading, text):
            # the Exception's group message with the parents on it is read from whom the text goes to: one
            # student ("text my 11th grade debate kid", "iMessage w my TA", "each player") is a one-to-one text
            facts_set.add("single_student")
        if reading is not None and self.lexicon is not None \
                and possessives_besides_an_address(reading, self.lexicon.concepts):
            facts_set.add("someone_elses")
        if self._authorized_recipient(audience, channel, account, facts_set, written_to, set(mentions), frames):
            facts_set.add(AUTHORIZED_RECIPIENT)
        if reading is not None and self._personal_scope(reading, frames, audience, channel, account, facts_set, acts):
            facts_set.add(PERSONAL_SCOPE)
            if _school_ruled_out(reading, words) or not _names_a_school_matter(reading, words):
                # "vent about teaching in general on my own account, no names, no school": the school ruled out,
                # or none named ("a rant about the Bears on my own twitter"), no school matter is discussed, so none
                # causes disruption at school ("the fight in the cafeteria, no names" still discusses one)
                facts_set.discard("disruption")
            if any(h.concept == "staff_role" and not _askers_role(reading, text, h) and not _relatives_job(reading, h)
                   for h in reading.hits):
                facts_set.add(COLLEAGUE_NAMED)      # acts against a colleague keep their items (engine)
        known = frozenset(facts_set | acts)
        text = content
        for cue in v.negated_content:
            # content the asker rules out ("no student info in it") is not what the question is about
            text = cue.blank(text)[0]
        if reading is not None and reading.send_ends:
            # the account a message goes to ("to a student's CPS login") is not what it carries; the asker's own
            # ("through my district email") is the district's means, which the patterns of items 24-26 read
            text = _without_token_spans(reading, text, _others_ends(reading))
        if reading is not None and reading.looked_for:
            # the harm looked for in someone else's account ("to see if he sent the threat") is theirs
            text = _without_token_spans(reading, text, reading.looked_for)
        strong, supported = [], []
        item_strings = strings_in(text)
        for ic in v.items:
            if any(self._cue_hits(c, text, known, item_strings) for c in ic.cues):
                strong.append(ic)
            elif any(self._cue_hits(c, text, known, item_strings) for c in ic.support_cues):
                supported.append(ic)
        hits = strong + (supported if strong else [])
        numbers = {ic.item for ic in hits}
        if reading is not None:
            numbers |= set(reading.items)
        for fact in facts_set & v.fact_items.keys():
            numbers |= v.fact_items[fact]     # a fact that is itself the breach ("no_need_to_know") names its items
        by_number = {ic.item: ic for ic in v.items}
        items = tuple(sorted(n for n in numbers
                             if not (by_number[n].suppressed_by & numbers if n in by_number else False)))
        if not items and not acts - _ANY_MESSAGE and reading is not None \
                and _tells_a_loss_or_breach(reading, text, facts_set, frames):
            acts.add("report")
        if "report" in acts and items and reading is not None \
                and (_asks_to_do_an_item(reading) or _item_asked_ok(reading, read_text, frames)):
            # "can I log into her account since her laptop was stolen?": the act asked for is itself an unacceptable
            # use, whatever loss led to it; the items answer it (DESIGN.md: a permission question stays one). So
            # does a story that closes on "ok?" after an act an item places ("a parent called ... the driver asked
            # me to edit the GPS log so it shows the bus on time. ok?")
            acts.discard("report")
        elif "report" in acts and items and concepts.JUDGED_BESIDE_ROUTE in frames:
            # "was he allowed to send that on CPS email? should I report it?": two questions. The act's verdict
            # is the item's, never the route's bare yes (DESIGN.md "Never a confident yes"); the reply still gives
            # how to report it
            acts.discard("report")
            facts_set |= {ASKS_JUDGEMENT, JUDGED_INCIDENT}
        elif "report" not in acts and reading is not None and self.lexicon is not None \
                and _route_asked_of_what_happened(reading, content, facts_set, frames, items, self.lexicon.irregular):
            acts.add("report")
            facts_set.discard(ASKS_WHOM_TO_TELL)
            if _personal_incident(reading, content, channel in v.personal_channels):
                facts_set.add(PERSONAL_INCIDENT)
        if "report" in acts and reading is not None and VICTIM not in facts_set \
                and asked_clause.asks_leave_not_route(reading, read_text):
            # DESIGN.md: a permission question that mentions a loss, a theft or a report made stays one. What the
            # last asking sentence asks decides ("... reported it. Can I forward the roster to my gmail?", "...
            # That works, right?"): the asked act's verdict, with the incident mentioned in the reply. (Not when the
            # asker's own account was breached: "my login was compromised. Can I just make a new password?" asks
            # about the breach itself, which the procedure answers)
            acts.discard("report")
            facts_set -= {PERSONAL_INCIDENT, ASKS_WHOM_TO_TELL}
            facts_set.add(INCIDENT_ASIDE)
        if "report" in acts and reading is not None and reading.concepts & _LEAVE_ASKED \
                and COLLEAGUE_RECIPIENT in facts_set and "incident" not in facts_set \
                and not items and not reading.concepts & (_INCIDENT_TOLD | _LOSS_TOLD):
            # "is it ok to call the help desk from my cell?": permission to reach a district desk, nothing to report;
            # "is texting the tech on site ok, or do I have to put in a ticket?": the ticket is the other way of
            # reaching him, not a report of anything
            acts.discard("report")
            if NOTIFY_ASK in frames:
                facts_set.add(ASKS_WHOM_TO_TELL)
        # a word whose presence alone needs a human look (a slur, "confidential", "pregnant"), with no item placed
        harm = concepts.harm_alone_words(self.lexicon, reading) if reading is not None and not items \
            and self.lexicon is not None else ()
        # what the message carries, told and not understood as ordinary work (an accepted channel says nothing of it)
        doubt = concepts.untold_content(self.lexicon, reading, read_text, AUTHORIZED_RECIPIENT in facts_set) \
            if reading is not None and not items and self.lexicon is not None else ()
        return Situation(audience=audience, channel=channel, account=account, acts=frozenset(acts),
                         facts=frozenset(facts_set), items=items, topics=frozenset(topics), harm_words=harm,
                         content_doubt=doubt,
                         act_doubt=concepts.unexplained_acts(self.lexicon, reading, read_text)
                         if reading is not None and self.lexicon is not None else (),
                         unplaced=reading.unplaced if reading else (),
                         near_items=reading.near_items if reading else (),
                         other_channels=others_named)

    def follow_up(self, previous: Situation, question: str) -> Situation | None:
        """The question read as a continuation of the one before it in the same conversation, or None when it
        stands on its own. A fragment ("what about parents?", "and on instagram?", "10th graders?") opens with a
        follow-up word or is a few words naming neither both who nor how; what it does not say (who, the
        channel, the act) is the previous question's. What it does say replaces the previous value."""
        if self.lexicon is None:
            return None
        current = self.read(question)
        reading = self.reading(question)
        if reading is None:
            return None
        opens = any(h.concept == FOLLOW_UP_OPENER and h.start == 0 for h in reading.hits)
        short = len(reading.tokens) <= FRAGMENT_MAX_WORDS
        if "report" in current.acts or not (opens or short):
            return None
        if current.audience and current.channel and (current.acts or current.items):
            return None         # a whole question of its own, however it opens
        if not (opens or not (current.audience and current.channel)):
            return None
        kept_facts = previous.facts - {PERSONAL_SCOPE, COLLEAGUE_NAMED}
        if current.audience in OPEN_AUDIENCES and previous.audience in AUDIENCES:
            current = current.with_(audience=None)  # "the group app" says how, not a new "group" to write to
        if current.audience:
            kept_facts -= _AUDIENCE_FACTS   # "what about parents?": the student facts were about the students
        return current.with_(
            audience=current.audience or previous.audience,
            channel=current.channel or previous.channel,
            account=current.account if current.channel else (current.account or previous.account),
            acts=current.acts | previous.acts, facts=current.facts | kept_facts,
            items=tuple(sorted(set(current.items) | set(previous.items))), topics=current.topics | previous.topics,
            near_items=tuple(sorted(set(current.near_items) | set(previous.near_items))))

    def _authorized_recipient(self, audience: str | None, channel: str | None, account: str | None,
                              facts: set[str], written_to: frozenset[str], mentions: set[str],
                              frames: frozenset[str]) -> bool:
        """DESIGN.md: staff business between colleagues on district channels is acceptable, and so is email to a
        student's CPS account about the student's own work; a topic word (an IEP, grades, a behaviour plan) does
        not make either a disclosure. Items 16, 17 and 36 read this as their condition met (`met_if`); item 15
        (Board confidential and proprietary information) does not: a colleague is not thereby authorized for an
        answer key. Only when the reader knows who is written to: a colleague named as the one written to, or
        colleagues alone; a student written to directly about that student's own work; or the vocabulary's reading
        of a recipient said in words, over the district's own channels or none named."""
        if account == "personal" or facts & _NOT_AUTHORIZED:
            return False
        if RECIPIENT_SAID in frames and channel in _SECURED_CHANNELS:
            return True
        kinds = self.v.authorized_recipient_channels
        if audience == "staff":
            alone = not (mentions & _NOT_ONLY_COLLEAGUES) and not written_to - {"staff"}
            return channel in kinds.get("staff", ()) and (COLLEAGUE_RECIPIENT in facts or alone)
        if (audience or "").startswith("student") and channel in kinds.get("student", ()):
            # the students written to at their own district accounts, and what they get is their own, or the
            # teacher's class material that is nobody's record: nobody else's information reaches them
            own_end = written_to == {"student"} or bool(facts & {DISTRICT_END_TO, STUDENT_RECIPIENT})
            return own_end and not written_to - {"student"} and not facts & {"others_info", "someone_elses"} \
                and bool(facts & {"single_student", "recipients_own", CLASS_MATERIAL})
        return False

    def _personal_scope(self, reading: concepts.Reading, frames: frozenset[str], audience: str | None,
                        channel: str | None, account: str | None, facts: set[str], acts: set[str]) -> bool:
        """DESIGN.md: the 37 items govern district systems; the same act on a personal account, device or time,
        with no students, parents, student information or district business in it, is not covered."""
        if (audience or "").startswith("student") or audience == "parent" or "business" in acts \
                or "colleague_data" in frames:
            return False          # a colleague's mail or files are district data, whatever account carries them
        means_personal = account == "personal" or channel in self.v.personal_channels or "device_personal" in facts
        if not means_personal and channel in _DISTRICT_CHANNELS:
            # the district's mail, chat or pages carry the act (the channel as read, which a negation rules out:
            # "not using any school email"): whatever time, people, paper or talk the story tells beside it
            return False
        if "school_event_media" in frames:
            return False          # the school's own event filmed: its students are in it, whatever account shows it
        if "personal_event" in frames:
            return True           # colleagues at a party, posted on one's own account: no CPS business
        if audience == "personal" and frames & _PERSONAL_RELATIONS \
                and not reading.concepts & _DISTRICT_SYSTEMS_USED:
            return True           # a grown former student, one's own relative: no students, no CPS business
        if OWN_LIFE in frames and account != "district" and channel in (None, *self.v.personal_channels) \
                and "post" not in acts:
            return True           # one's own clothes, home, money, other job: the place ("at school") is no system
        if _district_business_told(reading):
            return False          # colleagues alone are not district business (DESIGN.md)
        if reading.concepts & _STUDENT_INFORMATION:
            return False          # student information is in it ("the free lunch list for my weekend catering")
        if not means_personal and reading.concepts & DISTRICT_MEANS_NAMED:
            return False          # the district's device or system is the act's means: its time or people are not
        return "personal_scope" in frames or means_personal


def _permission_timing(reading: concepts.Reading, lexicon: dict[str, frozenset[tuple[str, ...]]],
                       week_days: tuple[str, ...], next_week_words: frozenset[str],
                       next_week_after_words: frozenset[str] = frozenset()) -> str | None:
    """Whether the permission told to come arrives "before" or "after" the act, from the days told for each (a day
    belongs to the nearest permission or activity word before it, within a few words; "next" moves it a week
    on), or None when the question does not tell both. Issue 10: a fact's time scope, not its words, decides
    whether permission still to come is prior permission ("forms back Friday, the parade is Saturday")."""
    if not week_days:
        return None
    rank = {day: i for i, day in enumerate(week_days)}
    if not any(t.text.removesuffix("'s").removesuffix("s") in rank or t.text in rank for t in reading.tokens):
        return None             # no day told (most questions): nothing to compare
    # a day after a message word is the day the texts start ("start the group text Saturday"): the act's day too.
    # A one-word anchor counts wherever it stands, even inside a longer phrase another concept took ("our game")
    owners = {PERMISSION_TIME: PERMISSION_TIME, DATED_EVENT: DATED_EVENT} | dict.fromkeys(_MESSAGE_ANCHORS, DATED_EVENT)
    one_word = {seq[0]: owner for concept, owner in owners.items() for seq in lexicon.get(concept, ()) if len(seq) == 1}
    found = {(h.end, owners[h.concept]) for h in reading.hits if h.concept in owners}
    found |= {(i + 1, one_word[t.stem]) for i, t in enumerate(reading.tokens) if t.stem in one_word}
    anchors = sorted((end, owner) for end, owner in found if reading.tokens[end - 1].text not in next_week_words)
    if not anchors:
        return None
    told: dict[str, list[int]] = {PERMISSION_TIME: [], DATED_EVENT: []}
    seen: set[int] = set()
    for i, token in enumerate(reading.tokens):
        word = token.text.removesuffix("'s")
        day = rank.get(word, rank.get(word.removesuffix("s")))
        if day is None:
            continue
        owner = None
        for end, concept in anchors:
            if end <= i and i - end <= _DAY_OWNER_GAP:
                owner = concept         # the nearest before the day wins (anchors are in order)
        if owner is None:
            continue
        if (i and reading.tokens[i - 1].text in next_week_words) \
                or (i + 1 < len(reading.tokens) and reading.tokens[i + 1].text in next_week_after_words):
            day += len(week_days)       # "next Monday", "the following Monday", "the Saturday after"
        elif day + len(week_days) in seen:
            day += len(week_days)       # a day told again is the one told before ("the following Monday ... Monday")
        seen.add(day)
        told[owner].append(day)
    permission, act = told[PERMISSION_TIME], told[DATED_EVENT]
    if not permission or not act:
        return None
    if max(permission) < min(act):
        return "before"
    if min(permission) > max(act):
        return "after"
    return None


_WRITE_TO_GAP = 3

# Whom a text goes to, counted from the grammar of its object (issue 10, the Exception's conditions): a determiner
# of one ("a", "my", "the", "each", "one of"), a few modifiers (a grade, an activity: "my 11th grade debate kid"),
# and a head noun in the singular that names a student, or any singular role a grade band names ("my 12th grade
# TA"). Plural heads, collectives ("my class", "the team") and determiners of many ("all", "every", "some") are not.
_ONE_DETS = frozenset({"a", "an", "one", "this", "that", "my", "our", "the", "each", "his", "her", "their"})
_COLLECTIVE = frozenset({"class", "team", "group", "section", "club", "squad", "cohort", "homeroom", "advisory",
                         "roster", "list", "chat", "thread", "children", "freshmen", "people", "crew", "band",
                         "choir", "cast", "grade", "staff", "family", "families", "parent", "parents", "mom", "dad"})
_TO_WITH = frozenset({"w", "with", "to", "back"})
_WRITING_TO = frozenset({"contact_act", "reply_act"})
_NP_REACH = 5
# words after a head noun that end its phrase (when, how or how often it is written, not more of the noun)
_AFTER_HEAD = frozenset({"tomorrow", "tonight", "today", "again", "back", "directly", "privately", "alone", "now",
                         "quick", "quickly", "once", "separately", "individually", "personally", "real", "every",
                         "each", "later", "before", "after", "this", "next", "sometimes", "too", "also", "please",
                         "myself", "himself", "herself", "themselves"})
_ONE_PRONOUNS = frozenset({"him", "her"})
# an article after the head opens the next noun phrase ("text my stage crew kid the call time")
_NEXT_PHRASE = frozenset({"the", "a", "an"})


def one_written_to(reading: concepts.Reading, text: str) -> bool:
    """One student is what a verb of contacting takes as its object ("text my debate kid", "call a senior",
    "DM him", "iMessage w my 12th grade TA", "text each player", "one of my juniors")."""
    return ONE in _counts_written_to(reading, text)


def many_written_to(reading: concepts.Reading, text: str) -> bool:
    """Students are written to, and never one alone: every verb of contacting that takes a student object takes
    many ("text them", "message the kids", "text students", "group text my runners"). A student word elsewhere in
    the question ("if a kid gets lost", "the senior trip", "one per kid") is not whom the message goes to, so it
    makes no one-to-one text (the Exception's group message, issue 10, conditional23)."""
    return _counts_written_to(reading, text) == {MANY}


ONE, MANY = "one", "many"
# the pronouns and determiners that say many are written to ("text them", "message all the kids")
_MANY_PRONOUNS = frozenset({"them", "everyone", "everybody", "y'all", "yall"})
_MANY_DETS = frozenset({"all", "every", "some", "both", "these", "those", "several", "multiple", "the", "my", "our",
                        "their"})


def _counts_written_to(reading: concepts.Reading, text: str) -> set[str]:
    """How many students each verb of contacting takes as its object: ONE for a determiner of one and a singular
    head that names a student, MANY for a plural or collective student head or a plural pronoun; verbs whose object
    is no student (or none at all) add nothing."""
    toks = reading.tokens
    covered: dict[int, set[str]] = {}
    for h in reading.hits:
        for i in range(h.start, h.end):
            covered.setdefault(i, set()).add(h.concept)

    def stops(j: int) -> bool:
        if j >= len(toks) or concepts.punct_between(text, toks, j):
            return True
        w = toks[j].text
        return w in concepts.BOUNDARY or w in _AFTER_HEAD or w in _NEXT_PHRASE or w.endswith(("ing", "ed"))

    found: set[str] = set()
    for verb in (h for h in reading.hits if h.concept in _WRITING_TO):
        k = verb.end
        while k < min(len(toks), verb.end + 2) and toks[k].text in _TO_WITH \
                and not concepts.punct_between(text, toks, k):
            k += 1          # "iMessage w my TA", "FaceTime with a student", "reply back to a kid"
        if k >= len(toks) or concepts.punct_between(text, toks, k):
            continue
        first = toks[k].text
        if first in _ONE_PRONOUNS and stops(k + 1):
            found.add(ONE)  # "text him", "DM her privately" (not "text her mom")
            continue
        if first in _MANY_PRONOUNS:
            found.add(MANY)
            continue
        if first == "one" and k + 1 < len(toks) and toks[k + 1].text == "of":
            if any("student" in covered.get(j, ()) for j in range(k + 2, min(len(toks), k + 2 + _NP_REACH))):
                found.add(ONE)
            continue
        if "student" in covered.get(k, ()) and first not in _ONE_DETS:
            # a bare head: "text students", "message kids"
            word = first.removesuffix("'s")
            if word.endswith("s") and not word.endswith("ss") and not first.endswith(("'s", "s'")):
                found.add(MANY)
            continue
        if first not in _ONE_DETS | _MANY_DETS:
            continue
        band = False
        for j in range(k + 1, min(len(toks), k + 1 + _NP_REACH)):
            if concepts.punct_between(text, toks, j) or toks[j].text in concepts.BOUNDARY:
                break
            here = covered.get(j, set())
            if "grade_band" in here or _ORDINAL.fullmatch(toks[j].text):
                band = True
            if not stops(j + 1):
                continue    # a modifier: the head is further on
            word = toks[j].text.removesuffix("'s")
            plural = (word.endswith("s") and not word.endswith("ss")) or word in _COLLECTIVE
            named = "student" in here or (band and "ambiguous_role" in here)
            if toks[j].text.endswith(("'s", "s'")):
                break
            if plural and ("student" in here or word in _COLLECTIVE or band):
                found.add(MANY)
            elif named and not plural and first in _ONE_DETS:
                found.add(ONE)
            break
    return found


def _writes_to_students(reading: concepts.Reading) -> bool:
    """A message verb with students right after it ("message students", "DM the kids on the team"): the students
    are written to, one by one or together, not shown a page's posts."""
    verbs = [h.end for h in reading.hits if h.concept == "contact_act"]
    return any(h.concept == "student" and any(0 <= h.start - end <= _WRITE_TO_GAP for end in verbs)
               for h in reading.hits)

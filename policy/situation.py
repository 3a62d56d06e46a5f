"""The structured situation a question describes: what the verdict engine reads.

Open values are explicit: `audience` may be None (not said), "student" (grade band unknown) or "group" (a team
or group that may be staff or students); `channel` may be "social" (which account unknown), "message" (which
app unknown) or "email" (an address someone gave, whose kind is unknown). The engine answers for each possible
value and asks (clarify) only when the verdicts differ.
"""
from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Any

# Closed values (DESIGN.md): who the communication is with, and how it travels.
AUDIENCES = ("staff", "student_k8", "student_9_12", "parent", "personal", "own_child")
# (a former student may still be a student or may have graduated: "personal", someone the channel rules do not
# address, is then one of the cases; "my kids" with nothing of school beside them may be the asker's own children,
# "own_child", whom the channel rules do not address either)
OPEN_AUDIENCES = ("student", "group", "former_student")
CHANNELS = ("text", "im", "phone_call", "district_email", "personal_email", "group_app", "bulk",
            "personal_social", "class_social", "district_social", "video")
OPEN_CHANNELS = ("social", "message", "email")
ACCOUNTS = ("personal", "district")
# Facts the reader sets for the engine: the act is on personal means and time with no district business in it
# (DESIGN.md), and a colleague is named in it (acts against a colleague keep their items there).
PERSONAL_SCOPE = "personal_scope"
COLLEAGUE_NAMED = "colleague_named"
# The question asks whether an act breaks the policy (not how or whom to report it), and, when it also spoke of
# reporting or an incident, that it was read as a report before: the verdict is on the act, the reply adds how
# to report it, and an act the reader could not place is never answered with the report's `allowed`.
ASKS_JUDGEMENT = "asks_judgement"
# "is there any scenario where I can text a 10th grader?": whether an act is ever possible (understanding reads it)
ASKS_POSSIBILITY = "asks_possibility"
# "what do I need before I text the team?": what must be in place is what is asked (understanding reads it)
ASKS_REQUIREMENTS = "asks_requirements"
JUDGED_INCIDENT = "judged_incident"
# The story told an incident (a loss, a theft, a lockout, a report already made) and the question then asks leave for
# an act (policy/asked_clause.py): the verdict is the act's, and the reply mentions how to report what happened.
INCIDENT_ASIDE = "incident_aside"
# The question judges an act already done ("the sub posted ..., is that ok?"), not one asked permission for or
# planned: an authorization the story does not show was not given (engine), and the engine's derived fact for a
# channel that is no proper security measure for student or personnel information.
DONE_ACT = "done_act"
# The asker's own means (a personal account, phone or number) carry it: derived by the engine from the account
# and the vocabulary's `personal_means_facts`, for the conditions that name the means (an authorized system).
PERSONAL_MEANS = "personal_means"
UNSECURED_CHANNEL = "unsecured_channel"


@dataclass(frozen=True)
class Situation:
    audience: str | None = None
    channel: str | None = None
    account: str | None = None
    acts: frozenset[str] = field(default_factory=frozenset)
    facts: frozenset[str] = field(default_factory=frozenset)
    items: tuple[int, ...] = ()          # unacceptable uses the question points at
    topics: frozenset[str] = field(default_factory=frozenset)
    # words the reader could not place, and the items whose act is named but not the rest of their frame:
    # an acceptable channel beside them is never a bare `allowed` (DESIGN.md "Never a confident yes"); which words,
    # in which order, and which of the three doubts below still count beside an item: `policy.unplaced`
    unplaced: tuple[str, ...] = ()
    near_items: tuple[int, ...] = ()
    # words whose presence alone means the content needs a human look (a slur, "confidential", "pregnant"), read
    # where no item was placed: the final answer is never a bare `allowed` beside them (Engine.needs_a_human_look)
    harm_words: tuple[str, ...] = ()
    # what travels through the channel, told in the question and not understood as acceptable (a put-down, money,
    # someone's information to an outsider; `concepts.untold_content`): no bare `allowed` beside it either
    content_doubt: tuple[str, ...] = ()
    # an act no ordinary work explains (a record made untrue, a door code to an outsider; `concepts.unexplained_acts`),
    # read whatever item or report was placed beside it: no bare `allowed` beside it
    act_doubt: tuple[str, ...] = ()
    # the other channels a choice question names beside `channel` ("texting vs google chat, which one's allowed?"):
    # each is an answer the asker may act on, so the strictest of them leads (DESIGN.md, several parts)
    other_channels: tuple[str, ...] = ()

    def with_(self, **changes: Any) -> Situation:
        return replace(self, **changes)

    def describe(self) -> dict[str, Any]:
        """A plain view for logs, tests and `aupbot ask --explain`."""
        return {"audience": self.audience, "channel": self.channel, "account": self.account,
                "acts": sorted(self.acts), "facts": sorted(self.facts), "items": list(self.items),
                "topics": sorted(self.topics), "unplaced": list(self.unplaced), "near_items": list(self.near_items),
                "harm_words": list(self.harm_words),
                "content_doubt": list(self.content_doubt), "act_doubt": list(self.act_doubt),
                "other_channels": list(self.other_channels)}

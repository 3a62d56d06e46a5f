"""Credentials in the layouts people use when they hand one over in chat, beyond "label: value":

- a shared account described first, its pair after ("the IXL account everyone uses: room4 // Maple$Row19",
  "test acct for the training - trainer02 | Spring!Rain5"): an account word, a few words saying whose or
  what for, a colon, dash, arrow or "is", then user SEP secret, where SEP is any way a pair is split (`/`,
  `//`, `|`, `\\`, `,`, " and ", " pw ");
- a password read out as words, with the instructions for typing it ("maple eighty one with a capital M, no
  spaces", "sunset 1999, all lowercase, dollar sign at the end"): the spelling instructions say the words
  before them are the value, whatever they are.

Both need the value to be a value: a pair's secret looks like a password; a spoken value's words are none of
the words that describe a password ("the password has a capital letter ..." states a rule, not a value).
"""
from __future__ import annotations

from collections.abc import Iterable

from policy.detectors.base import Candidate, Match, PatternDetector
from policy.detectors.context import ScanContext
from policy.detectors.credential_statements import PASSWORD_TALK, _value_offset, looks_like_password
from policy.detectors.exclusions import is_template
from policy.detectors.patterns import Pattern

# -- a shared account's pair after words about it ---------------------------------------------------------------

# every way a pair's two halves are split
_PAIR_SPLIT = r"(?:[ \t]*(?://?|\||\\|,|::)[ \t]*|[ \t]+(?:and|&|pw|pass|password|p/w|pwd)[ \t]*:?[ \t]+)"
_ACCOUNT_THEN_PAIR = (r"(?i)\b(?:acct|accts|accounts?|log-?ins?|sign-?ins?|sign-?ons?|creds|credentials|logon)\b"
                      # a few words about the account: whose, what for ("we all share", "for training")
                      r"[^\n:.?!=|/]{0,60}?"
                      # the words end at a colon, "is", an arrow, a dash or an ellipsis ("... anyone can use... ")
                      r"(?:[ \t]*:|[ \t]+(?:is|are|=)|[ \t]*(?:->|=>|\x{2192}|\.{3}|\x{2026})"
                      r"|[ \t]+[-\x{2013}\x{2014}])[ \t]*"
                      r"[\"'`]?@?[A-Za-z0-9][A-Za-z0-9_\-.@]{1,40}[\"'`]?" + _PAIR_SPLIT
                      + r"[\"'`]?([^\s\"'`]{6,64})")
_STRONG = frozenset("!@#$%^&*+=?~")


def _accept_account_pair(ctx: ScanContext, m: Match) -> bool:
    """A secret's shape: a password with a strong symbol, or letters with two or more digits ("Maple2024")."""
    value = m.value.rstrip(".,;)")
    if is_template(value) or not looks_like_password(value) or "://" in value:
        return False
    letters = sum(c.isalpha() for c in value)
    digits = sum(c.isdigit() for c in value)
    return letters >= 3 and (not _STRONG.isdisjoint(value) or digits >= 2)


# -- a password read out with the instructions for typing it --------------------------------------------------

# symbols named as words; the second group are everyday words too ("3rd period", "a dash of", "hash browns")
_RARE_SYMBOL_WORDS = (r"exclamation(?:[ \t]+(?:point|mark))?|question[ \t]+mark|at[ \t]+sign|dollar[ \t]+sign"
                      r"|pound[ \t]+sign|hashtag|number[ \t]+sign|ampersand|asterisk|underscore|plus[ \t]+sign"
                      r"|percent[ \t]+sign")
_COMMON_SYMBOL_WORDS = r"hash|hyphen|dash|period|caret|tilde|bang"
_SYMBOL_WORDS = _RARE_SYMBOL_WORDS + "|" + _COMMON_SYMBOL_WORDS
# every instruction for typing a value read out: a letter's case, spaces, what stands between the words, a
# symbol named as a word and where it goes
_CASE_AND_SPACING = (r"capital(?:[ \t]+[a-z]\b|ized|s)?|upper[ \t-]*case|lower[ \t-]*case|all[ \t]+(?:caps|lower"
                     r"(?:[ \t-]*case)?|upper(?:[ \t-]*case)?|small(?:[ \t]+letters)?|one[ \t]+word)"
                     r"|no[ \t]+(?:spaces|caps)"
                     r"|one[ \t]+word|(?:dashes|hyphens|underscores|dots|periods|spaces)[ \t]+(?:in[ \t]+)?between"
                     r"|separated[ \t]+by|in[ \t]+(?:all[ \t]+)?caps")
_INSTRUCTION = (_CASE_AND_SPACING + "|(?:" + _SYMBOL_WORDS
                + r")(?:[ \t]+(?:at|on)[ \t]+the[ \t]+(?:end|start|front|beginning))?")
_SPELLING = Pattern(r"(?i)^[ \t]*,?[ \t]*(?:(?:with|w/|and|then|plus|but|in)[ \t]+)?(?:(?:a|an|the)[ \t]+)?(?:"
                    + _INSTRUCTION + r")\b")
# the words read before the instructions: letters or digits, up to six
_SPOKEN_WORDS = Pattern(r"^[\"'`]?([A-Za-z0-9]+(?:-[A-Za-z0-9]+)*(?:[ \t]+[A-Za-z0-9]+(?:-[A-Za-z0-9]+)*){0,5})")


class SpokenPasswordDetector:
    """A password label, its connector, then words and the instructions for typing them."""

    name = "credential_spoken_value"
    finding_type = "credential"
    # the instructions, with the symbol names that are everyday words only after an article or "then", or before
    # "at"/"on": the unit, and the label pass it needs, stay off ordinary chat ("3rd period", "a dash of")
    triggers = (r"(?i)\b(?:" + _CASE_AND_SPACING + "|" + _RARE_SYMBOL_WORDS + r")\b"
                r"|\b(?:a|an|the|then)[ \t]+(?:" + _COMMON_SYMBOL_WORDS + r")\b"
                r"|\b(?:" + _COMMON_SYMBOL_WORDS + r")[ \t]+(?:at|on)\b",)

    def find(self, ctx: ScanContext) -> Iterable[Candidate]:
        text = ctx.text
        for label in ctx.labels:
            if label.kind not in ("password", "pin"):
                continue
            tail = text[label.end:label.end + 160]
            offset = _value_offset(tail)
            if offset is None:
                continue
            words = _SPOKEN_WORDS.search(tail[offset:])
            if words is None:
                continue
            said = words.group(1).split()
            if _SPELLING.search(tail[max(0, offset + words.start(1) - 1):]) is not None:
                continue  # "the password is all lowercase": the instructions alone, no value before them
            # the instructions may follow any of the words read ("tigers 2024 with a capital T ...")
            for count in range(1, len(said) + 1):
                if said[count - 1].lower() in PASSWORD_TALK:
                    break  # "is case sensitive, with a capital ...": a rule about the password, not one
                value = " ".join(said[:count])
                rest = tail[offset + words.start(1) + len(value):]
                if _SPELLING.search(rest) is None:
                    continue
                start = label.end + offset + words.start(1)
                yield Candidate(self.finding_type, start, start + len(value), self.name)
                break


DETECTORS = (
    PatternDetector(name="credential_account_then_pair", finding_type="credential", patterns=(_ACCOUNT_THEN_PAIR,),
                    group=1, accept=_accept_account_pair),
    SpokenPasswordDetector(),
)

"""Bank accounts: an ABA-valid routing number after a routing label, and an account number after an
account label when the message is about banking (routing, deposit, checking, a bank or credit union).

A district budget string ("unit 23410, fund 115, account 53405") has no banking words and short codes; a
vendor number has a vendor label; nine digits without a routing label are not called a routing number.
"""
from __future__ import annotations

from collections.abc import Iterable

from policy.detectors.base import Candidate, aba_valid, counting_filler, one_repeated_digit
from policy.detectors.context import ScanContext
from policy.detectors.patterns import Pattern

LABELS = (
    ("routing", r"\b(?:routing(?:\s*(?:number|num|no\.?|#|transit))?|aba(?:\s*(?:number|no\.?|#|routing))?"
                r"|rtn|rtg|r/t|transit(?:\s+number)?|bank\s+routing)(?:\b|#)"),
    ("account", r"\b(?:acct\.?(?:\s*(?:number|num|no\.?|#))?|acc\s*#|a/c|account(?:\s*(?:number|num|no\.?|#))?"
                r"|checking(?:\s+account)?|savings(?:\s+account)?|iban|credit\s+union|bank\s+account)(?:\b|#)"),
    # the last word of a key in a paste ("dd_routing: ...", "ACH_ACCOUNT=..."): the underscore joins it to the key's
    # other words, so the word edge the labels above need is not there
    ("routing", r"\b[a-z0-9]+_(?:routing|aba|rtn|transit)(?:_?(?:number|num|no))?\b"),
    ("account", r"\b[a-z0-9]+_(?:account|acct)(?:_?(?:number|num|no))?\b"),
)

# one block, or groups of digits split by single spaces or dashes ("4400 1234 5678")
_NUMBER = Pattern(r"(?:^|[^\d\-./])(\d{2,17}(?:[ \-]\d{2,17}){0,5})(?:$|[^\d\-/]|[-/][^\d])")
# (a word of a key counts too: "dd_routing", "ACH_ACCOUNT")
_BANKING = Pattern(r"(?i)(?:\b|_)(?:routing|aba|rtn|rtg|transit|bank|banking|credit\s+union|checking|savings"
                   r"|direct\s+deposit|deposit|wire|ach|payroll|reimbursement|refund)(?:\b|_)")

# numbers the text says are a lesson's or a publisher's, not anyone's: "sample checks", "a demo cheque", "both fake
# numbers", "for demo only", "practice check" (a financial-literacy lesson prints an account on every cheque)
_SAID_TO_BE_A_SAMPLE = Pattern(r"(?i)\b(?:(?:sample|demo|dummy|fake|practice|example|specimen|training|mock|play)"
                               r"[ \t]+(?:checks?|cheques?|numbers?|accounts?|deposit[ \t]+slips?|data)"
                               r"|(?:for|as)[ \t]+(?:a[ \t]+)?(?:demo|example|practice)(?:[ \t]+only)?"
                               r"|(?:both|all|these|those|they'?re|are)[ \t]+(?:are[ \t]+)?"
                               r"(?:fake|made[ \t-]up|not[ \t]+real)"
                               r"|specimen|void[ \t]+sample)\b")
_SAMPLE_REACH = 160

# a North American phone number as people write it (3-3-4 with dashes or dots): after an account label that an
# earlier number has used up, it is the phone the sentence goes on to give, not a second account
_PHONE_SHAPED = Pattern(r"^[2-9]\d{2}[\-.][2-9]\d{2}[\-.]\d{4}$")


def _continued_on_next_line(text: str, end: int) -> str:
    """The digits that open the next line when a number ends its line (bounded: at most 12 digits)."""
    if end >= len(text) or text[end] != "\n":
        return ""
    j = end + 1
    while j < len(text) and j - end <= 12 and text[j].isdigit():
        j += 1
    if j == end + 1 or j < len(text) and (text[j].isdigit() or text[j] in "-/."):
        return ""
    return text[end + 1:j]


class BankAccountDetector:
    name = "bank_account"
    finding_type = "bank_account"
    triggers = tuple("(?i)" + fragment for _, fragment in LABELS)  # both kinds need their label

    def find(self, ctx: ScanContext) -> Iterable[Candidate]:
        text = ctx.text
        for m in _NUMBER.finditer(text):
            start, end = m.span(1)
            number = m.group(1).replace(" ", "").replace("-", "")
            rest = _continued_on_next_line(text, end)
            if rest and (len(number) < 6 or len(number) + len(rest) == 9 and not aba_valid(number)):
                # "routing 26107\n3591": a number cut by a line break after its label is one number
                number, end = number + rest, end + 1 + len(rest)
            if not 6 <= len(number) <= 17 or one_repeated_digit(number) or counting_filler(number):
                continue
            label = ctx.nearest_label_before(start, 40) or ctx.row_label(start)
            if label is not None and _PHONE_SHAPED.search(m.group(1)) and ctx.governing_label(start, 40) != label:
                continue  # "acct 6154548338; her number's 872-555-0161": the label was used up, a phone is no account
            if label is not None and _SAID_TO_BE_A_SAMPLE.search(ctx.window(start - _SAMPLE_REACH,
                                                                             end + _SAMPLE_REACH)):
                continue  # "sample checks: routing ..., acct ..., for demo only"
            if label == "routing" and aba_valid(number):
                yield Candidate(self.finding_type, start, end, "aba_routing")
            elif label == "account" and len(number) >= 6 and \
                    _BANKING.search(ctx.window(start - 160, end + 160)):
                yield Candidate(self.finding_type, start, end, "bank_account")


DETECTORS = (BankAccountDetector(),)

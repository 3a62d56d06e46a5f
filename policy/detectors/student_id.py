"""Student IDs: eight digits that context ties to a student.

Eight digits alone are as often a ticket, PO, invoice, asset tag or vendor number, so a candidate needs a
student-ID label before it ("student ID", "ID#", "stu#", a roster's student_id column) or a person's name
right beside it ("Aaliyah Harris 44018297", "52764019 (Sofia Mendez)"), and no reference label nearer.
"""
from __future__ import annotations

from typing import Iterable

from policy.detectors.base import Candidate, one_repeated_digit
from policy.detectors.patterns import Pattern

LABELS = (
    ("student_id", r"\b(?:student[\s_]*(?:id|number|no\.?|#)s?|stu(?:dent)?[\s_]*(?:#|id\b)|id\s*(?:#|no\.?|number)"
                   r"|ids?|lunch\s+(?:id|number)|pupil\s+(?:id|number)|learner\s+id|sis\s+id|sid|students?)(?:\b|\s|#|:)"),
)

_EIGHT_DIGITS = Pattern(r"(?:^|[^\d\-./#$])(\d{8})(?:$|[^\d\-/%]|[-/][^\d])")


def student_id_spans(ctx) -> list[tuple[int, int]]:
    spans = []
    for m in _EIGHT_DIGITS.finditer(ctx.text):
        start, end = m.span(1)
        if one_repeated_digit(m.group(1)):
            continue
        label = ctx.nearest_label_before(start, 32)
        if label == "student_id":
            spans.append((start, end))
            continue
        if label is not None and label != "student_id" and ctx.labels_before(start, 16):
            continue  # a ticket, PO, asset tag... sits right before it
        # "Aaliyah Harris 44018297", "Camila Reyes (44018297)", "44018297 (Sofia Mendez)"
        name_ends, name_starts = ctx.name_edges
        if any(start - k in name_ends and ctx.text[start - k:start].strip(" (:#-") == "" for k in range(1, 4)):
            spans.append((start, end))
            continue
        if any(end + k in name_starts and ctx.text[end:end + k].strip(" (:-") == "" for k in range(1, 4)):
            spans.append((start, end))
    return spans


class StudentIdDetector:
    name = "student_id"
    finding_type = "student_id"
    # Eight digits only matter with a student label or a name beside them, so only those wake the unit
    # (tickets, POs and card numbers, which are common, do not).
    triggers = tuple("(?i)" + fragment for _, fragment in LABELS) + (
        r"(?i)student_?id|stu_?id|\bsid\b",
        r"\p{Lu}\p{Ll}+[ \t]+\p{Lu}[\p{L}'\-.]*[ \t]*[(\[:#\-]?[ \t]*\d{8}",
        r"\d{8}[ \t]*[(\[][ \t]*\p{Lu}\p{Ll}+",
    )

    def find(self, ctx) -> Iterable[Candidate]:
        for start, end in ctx.student_ids:
            yield Candidate(self.finding_type, start, end, self.name)


DETECTORS = (StudentIdDetector(),)

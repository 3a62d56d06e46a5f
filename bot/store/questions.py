"""Questions asked and whether the answer helped: the verdict, the citations and a masked copy of the question.

A pasted question may carry a password or a student's details, so the text is stored only after the one
redaction function (policy.redaction.redact) has masked every finding and every value-shaped string; if the
detectors cannot run, only the length is kept.
"""
from __future__ import annotations

import json
import time

from bot.store.db import Database, Migration
from policy.document import PolicyDocument
from policy.redaction import redact

MIGRATIONS = [
    Migration("questions", 1, """
        CREATE TABLE questions (
            id INTEGER PRIMARY KEY,
            at REAL NOT NULL,
            person TEXT NOT NULL,
            question TEXT,
            question_chars INTEGER NOT NULL,
            masked INTEGER NOT NULL,
            verdict TEXT NOT NULL,
            citations TEXT NOT NULL,
            helpful INTEGER,
            feedback_at REAL,
            feedback_by TEXT
        );
        CREATE INDEX questions_at ON questions(at);
        CREATE INDEX questions_verdict ON questions(verdict)
    """),
]

# Stored questions are for tuning the vocabulary; a question longer than this is cut (after masking).
MAX_STORED_CHARS = 1000


def masked_question(question: str, policy: PolicyDocument) -> str | None:
    """The question through policy.redaction.redact (findings, then the second pass), or None when it could
    not be checked: never store what could not be checked."""
    shown = redact(question, policy=policy)
    return None if shown.withheld else shown.text[:MAX_STORED_CHARS]


def record(db: Database, person: str, question: str, verdict: str,
           citations: list[tuple[str, int | None]], *, policy: PolicyDocument) -> int:
    masked = masked_question(question, policy)
    with db.transaction() as d:
        table = d["questions"]
        table.insert({
            "at": time.time(), "person": person, "question": masked, "question_chars": len(question),
            "masked": 1 if masked is not None else 0, "verdict": verdict,
            "citations": json.dumps([{"section": s, "item": i} for s, i in citations]),
        })
        return int(table.last_pk)


def record_feedback(db: Database, person: str, question_ref: int, helpful: bool) -> bool:
    """Mark an answer helpful or not; returns False when there is no such question or `person` did not ask it
    (a button's value is only a number: anyone could send another person's)."""
    with db.transaction() as d:
        cur = d.execute("UPDATE questions SET helpful = ?, feedback_at = ?, feedback_by = ? "
                        "WHERE id = ? AND person = ?",
                        (1 if helpful else 0, time.time(), person, int(question_ref), person))
        return cur.rowcount > 0


def get(db: Database, question_ref: int) -> dict | None:
    rows = db.query("SELECT * FROM questions WHERE id = ?", (int(question_ref),))
    return rows[0] if rows else None


def purge(db: Database, cutoff: float, *, batch: int = 500) -> int:
    """Delete questions asked before `cutoff` (who asked and a masked copy: kept like findings, not forever).
    Small batches, each its own transaction, so a first purge never holds the write lock for long."""
    return db.delete_in_batches("questions", "at < ?", (cutoff,), batch=batch)

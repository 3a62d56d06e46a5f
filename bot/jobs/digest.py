"""The weekly digest to IT: last week's findings (by type, severity and channel), reports (by status), the
questions most asked and those answered `not_covered` (which show where the policy is unclear), with a small
bar chart, posted to the IT channel(s) through the outbox.

The scheduler runs this hourly; the digest for an ISO week goes out once, the first run after Monday
`SEND_HOUR` of the following week (the idempotency key names the week, so a missed Monday is caught up and a
second run sends nothing). Question text is masked again before it leaves: the digest must never be the leak.

The chart travels in the outbox payload (`image`: PNG as base64, with a file name and alt text) and is also
written beside the database (`digests/digest-YYYY-Www.png`) for anyone reading the digest by e-mail or on the
server.
"""
from __future__ import annotations

import base64
import hashlib
import io
import logging
import time
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path

from bot.delivery.markup import neutralise
from bot.settings import Settings
from bot.store import metrics as counts
from bot.store import outbox
from bot.store.db import Database
from bot.texts import text
from policy.bundle import load_bundle
from policy.document import PolicyDocument
from policy.redaction import redact

log = logging.getLogger(__name__)

SEND_HOUR = 7            # Monday 07:00 local: the digest is waiting when IT starts the week
TOP_QUESTIONS = 5
QUESTION_CHARS = 140
CHART_SIZE = (880, 340)
CHART_ROWS = 10          # bars per panel
PANEL_COLOURS = ((46, 110, 180), (214, 120, 40))

FINDING_TYPE = ("type", "finding_type", "kind")
FINDING_CHANNEL = ("channel", "channel_id", "place", "space")
FINDING_TIME = ("created_at", "detected_at", "at", "posted_at")
QUESTION_TEXT = ("question", "question_text", "text")
QUESTION_TIME = ("asked_at", "created_at", "at")
OPEN_STATUSES = ("received", "routed", "acknowledged", "in_progress")


@dataclass
class Digest:
    week: str
    start: datetime
    end: datetime
    findings_by_type: dict[str, int] = field(default_factory=dict)
    findings_by_severity: dict[str, int] = field(default_factory=dict)
    findings_by_channel: dict[str, int] = field(default_factory=dict)
    reports_by_status: dict[str, int] = field(default_factory=dict)
    open_reports: int = 0
    questions_total: int = 0
    top_questions: list[tuple[str, int]] = field(default_factory=list)
    not_covered: list[tuple[str, int]] = field(default_factory=list)
    outbox_pending: int = 0
    outbox_dead: int = 0
    approvals_expiring: int = 0
    approvals_expired: int = 0


@dataclass
class DigestRun:
    week: str
    queued: int = 0
    skipped: str | None = None
    chart_path: Path | None = None

    def __str__(self) -> str:
        return f"digest {self.week}: " + (self.skipped or f"{self.queued} deliveries queued")


def last_complete_week(now: float) -> tuple[str, datetime, datetime, datetime]:
    """(ISO week label, its Monday 00:00, next Monday 00:00, when its digest is due), in local time."""
    this_monday = datetime.fromtimestamp(now).replace(hour=0, minute=0, second=0, microsecond=0)
    this_monday -= timedelta(days=this_monday.weekday())
    start = this_monday - timedelta(days=7)
    year, week, _ = start.isocalendar()
    return f"{year}-W{week:02d}", start, this_monday, this_monday + timedelta(hours=SEND_HOUR)


def _grouped(db: Database, table: str, column_candidates: tuple[str, ...], since: float, until: float,
             time_candidates: tuple[str, ...]) -> dict[str, int]:
    """Counts of the week's rows by one column, largest first; empty while the owning area is not installed."""
    column = counts.first_column(db, table, column_candidates)
    time_column = counts.first_column(db, table, time_candidates)
    if column is None or time_column is None:
        return {}
    found = counts.count_by(db, table, (column,), since=since, until=until, time_column=time_column)
    return dict(sorted(((key[0] or "unknown", n) for key, n in found.items()), key=lambda kv: (-kv[1], kv[0])))


def _by_place(db: Database, since: float, until: float) -> dict[str, int]:
    """Findings by channel or space, each shown by the name it had when flagged (bot/names.py), else its id."""
    time_column = counts.first_column(db, "findings", FINDING_TIME)
    if "channel_name" not in counts.columns(db, "findings") or time_column is None:
        return _grouped(db, "findings", FINDING_CHANNEL, since, until, FINDING_TIME)
    found = counts.count_by(db, "findings", ("channel", "channel_name"), since=since, until=until,
                            time_column=time_column)
    by_place: dict[str, int] = {}
    names: dict[str, str] = {}
    for (channel, name), n in found.items():
        by_place[channel or "unknown"] = by_place.get(channel or "unknown", 0) + n
        if name:
            names[channel or "unknown"] = name
    shown: dict[str, int] = {}
    for channel, n in by_place.items():
        label = names.get(channel, channel)
        shown[label if label not in shown else f"{label} ({channel})"] = n   # two channels of one name
    return dict(sorted(shown.items(), key=lambda kv: (-kv[1], kv[0])))


def _questions(db: Database, since: float, until: float, verdict: str | None) -> list[tuple[str, int]]:
    column = counts.first_column(db, "questions", QUESTION_TEXT)
    time_column = counts.first_column(db, "questions", QUESTION_TIME)
    if column is None or time_column is None:
        return []
    return counts.top_values(db, "questions", column, limit=TOP_QUESTIONS, since=since, until=until,
                             time_column=time_column, where={"verdict": verdict} if verdict else None)


def collect(db: Database, start: datetime, end: datetime, week: str) -> Digest:
    since, until = start.timestamp(), end.timestamp()
    digest = Digest(week=week, start=start, end=end)
    digest.findings_by_type = _grouped(db, "findings", FINDING_TYPE, since, until, FINDING_TIME)
    digest.findings_by_severity = _grouped(db, "findings", ("severity",), since, until, FINDING_TIME)
    digest.findings_by_channel = _by_place(db, since, until)
    digest.reports_by_status = _grouped(db, "reports", ("status",), since, until, ("created_at",))
    open_counts = counts.count_by(db, "reports", ("status",))
    digest.open_reports = sum(n for (status,), n in open_counts.items() if status in OPEN_STATUSES)
    digest.questions_total = sum(_grouped(db, "questions", ("verdict",), since, until, QUESTION_TIME).values())
    digest.top_questions = _questions(db, since, until, None)
    digest.not_covered = _questions(db, since, until, "not_covered")
    figures = counts.outbox_figures(db)
    digest.outbox_pending, digest.outbox_dead = int(figures["pending"]), int(figures["dead"])
    if counts.columns(db, "approvals"):
        from bot.store import approvals

        today = end.date()
        by_state = approvals.counts_by_state(db, today.isoformat(), (today + timedelta(days=30)).isoformat())
        digest.approvals_expiring = sum(n for (_, state), n in by_state.items() if state == "expiring")
        digest.approvals_expired = sum(n for (_, state), n in by_state.items() if state == "expired")
    return digest


def _masked(question: str, policy: PolicyDocument) -> str:
    """A staff-typed question as the digest quotes it: redacted, then neutralised (the outbox's form, see
    bot.delivery.markup), so a question such as "<!channel> <http://evil|reset>" is shown, never posted live."""
    return neutralise(redact(" ".join(question.split())[:QUESTION_CHARS], policy=policy).text)


def _items(mapping: dict[str, int]) -> str:
    # keys include channel and space names, which staff choose: neutralised like any other staff text
    return ", ".join(f"{neutralise(str(k))} {v}" for k, v in mapping.items())


def render_text(d: Digest, policy: PolicyDocument, chart_name: str | None = None) -> str:
    lines = [text("digest.title", week=d.week, start=d.start.date().isoformat(),
                  end=(d.end - timedelta(days=1)).date().isoformat())]
    total = sum(d.findings_by_type.values())
    if total:
        lines.append(text("digest.findings_header", total=total))
        lines.append(text("digest.by_type", items=_items(d.findings_by_type)))
        if d.findings_by_severity:
            lines.append(text("digest.by_severity", items=_items(d.findings_by_severity)))
        if d.findings_by_channel:
            lines.append(text("digest.by_channel", items=_items(d.findings_by_channel)))
    else:
        lines.append(text("digest.findings_none"))
    reports_total = sum(d.reports_by_status.values())
    if reports_total:
        lines.append(text("digest.reports_header", total=reports_total))
        lines.append(text("digest.by_status", items=_items(d.reports_by_status)))
    else:
        lines.append(text("digest.reports_none"))
    lines.append(text("digest.open_reports", count=d.open_reports))
    if d.questions_total:
        lines.append(text("digest.questions_header", total=d.questions_total))
    else:
        lines.append(text("digest.questions_none"))
    for header, rows in (("digest.top_questions", d.top_questions), ("digest.not_covered", d.not_covered)):
        if rows:
            lines.append(text(header))
            lines.extend(text("digest.question_line", count=n, question=_masked(q, policy)) for q, n in rows)
    lines.append(text("digest.outbox_line", pending=d.outbox_pending, dead=d.outbox_dead))
    lines.append(text("digest.approvals_line", expiring=d.approvals_expiring, expired=d.approvals_expired))
    if chart_name:
        lines.append(text("digest.chart_note", filename=chart_name))
    return "\n".join(lines)


def chart_figures(d: Digest) -> list[tuple[str, list[tuple[str, int]]]]:
    """What the chart draws, panel by panel: also sent beside the PNG for platforms that cannot show it."""
    return [(text("digest.chart_title_findings"), list(d.findings_by_type.items())[:CHART_ROWS]),
            (text("digest.chart_title_reports"), list(d.reports_by_status.items())[:CHART_ROWS])]


def render_chart(d: Digest) -> bytes:
    """Two horizontal bar charts side by side (findings by type, reports by status) as a PNG."""
    from PIL import Image, ImageDraw, ImageFont

    width, height = CHART_SIZE
    image = Image.new("RGB", CHART_SIZE, "white")
    draw = ImageDraw.Draw(image)
    try:
        font, title_font = ImageFont.load_default(size=13), ImageFont.load_default(size=16)
    except TypeError:   # Pillow built without FreeType: the fixed bitmap font still draws every label
        font = title_font = ImageFont.load_default()
    panels = [(title, rows, colour) for (title, rows), colour in zip(chart_figures(d), PANEL_COLOURS, strict=False)]
    panel_width = width // len(panels)
    for index, (title, rows, colour) in enumerate(panels):
        left = index * panel_width + 16
        draw.text((left, 12), title, fill="black", font=title_font)
        if not rows:
            draw.text((left, 48), text("digest.chart_empty"), fill="gray", font=font)
            continue
        label_width, bar_left_pad = 130, 8
        bar_max = panel_width - label_width - 70
        top, row_height = 44, min(28, (height - 56) // len(rows))
        biggest = max(n for _, n in rows) or 1
        for row, (label, n) in enumerate(rows):
            y = top + row * row_height
            draw.text((left, y + 4), label[:18], fill="black", font=font)
            bar = max(2, round(bar_max * n / biggest))
            x0 = left + label_width + bar_left_pad
            draw.rectangle((x0, y + 3, x0 + bar, y + row_height - 5), fill=colour)
            draw.text((x0 + bar + 6, y + 4), str(n), fill="black", font=font)
    out = io.BytesIO()
    image.save(out, format="PNG", optimize=True)
    return out.getvalue()


def run(settings: Settings, db: Database, *, now: float | None = None) -> DigestRun:
    now = time.time() if now is None else now
    week, start, end, due = last_complete_week(now)
    result = DigestRun(week)
    if now < due.timestamp():
        result.skipped = f"not due until {due.isoformat(timespec='minutes')}"
        return result
    key_prefix = f"digest/{week}/"
    if counts.outbox_key_exists(db, key_prefix):
        result.skipped = "already sent"
        return result
    targets = settings.it_chat_targets()
    if not targets:
        result.skipped = "no IT channel configured (AUPBOT_SLACK_IT_CHANNEL, AUPBOT_GCHAT_IT_SPACE)"
        return result
    digest = collect(db, start, end, week)
    png = render_chart(digest)
    name = f"digest-{week}.png"
    chart_path = Path(settings.db_path).parent / "digests" / name
    try:
        chart_path.parent.mkdir(parents=True, exist_ok=True)
        chart_path.write_bytes(png)
        result.chart_path = chart_path
    except OSError as exc:   # the digest still goes out with the chart inside it
        log.warning("digest chart not written to %s (%s)", chart_path, exc.strerror or type(exc).__name__)
    payload = {"text": render_text(digest, load_bundle(settings.policy_path).policy, name),
               "image": {"filename": name, "content_type": "image/png", "alt": text("digest.chart_alt"),
                         "base64": base64.b64encode(png).decode("ascii"),
                         "figures": [{"title": title, "rows": [[label, n] for label, n in rows]}
                                     for title, rows in chart_figures(digest)]}}
    with db.transaction() as d:
        for target in targets:
            key = key_prefix + "chat/" + hashlib.sha256(target.encode()).hexdigest()[:12]
            result.queued += outbox.enqueue(d, outbox.NewDelivery("digest", "chat", target, key, payload), now=now)
    log.info("%s", result)
    return result

"""`aupbot report`, `aupbot reports`, `aupbot outbox`, `aupbot deliver`: violation reports from the shell.

`report` files one (prompting for what is missing when run in a terminal); `reports` is the reviewers' desk
(list, show, export, status); `outbox` shows pending and dead deliveries and retries dead ones; `deliver`
runs due deliveries now, the same work the scheduler does every few seconds inside `aupbot serve`.
"""
from __future__ import annotations

import argparse
import csv
import getpass
import json
import sys
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from bot.settings import Settings


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("report", help="report a violation of the policy (prompts when run in a terminal)")
    p.add_argument("--category", help="an item number of the policy's unacceptable uses, or security_breach, "
                                      "theft_or_loss, misuse, other")
    p.add_argument("--description", help="what happened")
    p.add_argument("--location", help="school or department (id or name from the directory, or 'other')")
    p.add_argument("--when", help="when it happened (2026-11-28 14:30, 2026-11-28, or a Unix timestamp)")
    p.add_argument("--people", dest="people_involved", help="people involved (optional)")
    p.add_argument("--urgency", choices=("low", "normal", "high"), help="default: normal")
    p.add_argument("--evidence", help="link(s) to the evidence, e.g. a message permalink")
    p.add_argument("--reporter", help="who reports, platform-qualified (default cli:$USER)")
    p.add_argument("--json", action="store_true", help="print the stored report as JSON (with its ticket)")
    p.set_defaults(run=_report)

    r = sub.add_parser("reports", help="reviewers: list, show, export reports and change their status")
    r.add_argument("--as", dest="actor", help="who is asking, platform-qualified (default cli:$USER); "
                                              "must be in AUPBOT_REVIEWERS to see others' reports")
    rsub = r.add_subparsers(dest="reports_command", metavar="ACTION")
    lst = rsub.add_parser("list", help="list reports (reviewers: all; others: their own)")
    lst.add_argument("--status", help="only reports with this status")
    lst.add_argument("--json", action="store_true")
    shw = rsub.add_parser("show", help="show one report in full")
    shw.add_argument("ticket")
    shw.add_argument("--json", action="store_true")
    exp = rsub.add_parser("export", help="export reports (reviewers only)")
    exp.add_argument("--csv", action="store_true", help="CSV (the only format; the default)")
    exp.add_argument("--output", "-o", help="file to write (default: standard output)")
    st = rsub.add_parser("status", help="change a report's status (reviewers only); the reporter is notified")
    st.add_argument("ticket")
    st.add_argument("status", help="received, routed, acknowledged, in_progress, resolved, closed")
    st.add_argument("--note", default="", help="a note for the reporter")
    r.set_defaults(run=_reports, reports_command="list", status=None, json=False)

    o = sub.add_parser("outbox", help="pending and dead deliveries; retry dead ones; check the configuration")
    osub = o.add_subparsers(dest="outbox_command", metavar="ACTION")
    ol = osub.add_parser("list", help="pending and dead deliveries (the default)")
    ol.add_argument("--dead", action="store_true", help="only dead deliveries")
    ol.add_argument("--json", action="store_true")
    orr = osub.add_parser("retry", help="put dead deliveries back in the queue")
    orr.add_argument("ids", nargs="*", type=int, help="delivery ids (see `aupbot outbox`)")
    orr.add_argument("--all-dead", action="store_true", help="every dead delivery")
    osub.add_parser("check", help="check the directory file and the delivery settings (connects to SMTP)")
    o.set_defaults(run=_outbox, outbox_command="list", dead=False, json=False)

    d = sub.add_parser("deliver", help="run the due deliveries now")
    d.add_argument("--all", action="store_true", help="also those still waiting out their backoff")
    d.set_defaults(run=_deliver)


# -- shared ------------------------------------------------------------------------------------------------

def _fail(message: str, code: int = 2) -> int:
    print(f"aupbot: {message}", file=sys.stderr)
    return code


def _open():
    """Settings and database, or a one-line reason (never a traceback)."""
    from bot.settings import Settings
    from bot.store.db import Database

    settings = Settings.from_env()   # bot.cli turns SettingsError/StoreError into one clear line
    return settings, Database(settings.db_path)


def _person(settings: Settings, person_id: str | None):
    from handlers.types import person_from_settings

    pid = person_id or f"cli:{getpass.getuser()}"
    if ":" not in pid:
        pid = f"cli:{pid}"
    return person_from_settings(pid, settings)


def _iso(ts: float | None) -> str:
    return datetime.fromtimestamp(ts, tz=UTC).isoformat(timespec="seconds") if ts else ""


def _when(ts: float | None) -> str:
    return datetime.fromtimestamp(ts, tz=UTC).strftime("%Y-%m-%d %H:%M") if ts else "-"


# -- report ------------------------------------------------------------------------------------------------

def _prompt_missing(settings: Settings, fields: dict[str, str], only: set[str] | None = None) -> dict[str, str]:
    """Ask for each missing field (or each field in `only`, the ones a previous try got wrong)."""
    from handlers.report import form_fields

    def wanted(name: str) -> bool:
        return name in only if only is not None else not fields.get(name)

    for f in form_fields(settings):
        if not wanted(f.name):
            continue
        skip = "" if f.required or "(optional)" in f.label else " (Enter to skip)"
        if f.options:
            print(f.label)
            # Where the values are numbers of their own (the policy's items 1-37), the menu keys are those
            # numbers, so "12" means item 12 as it does in every other place; other lists are numbered in order.
            own_numbers = any(value.isdigit() for value, _ in f.options)
            for i, (value, label) in enumerate(f.options, start=1):
                key = value if own_numbers else str(i)
                print(f"  {key:>2}. {label}" if key.isdigit() else f"  {label}  [{value}]")
            answer = input(f"Choose a number or a value{skip}: ").strip()
            if not own_numbers and answer.isdigit() and 1 <= int(answer) <= len(f.options):
                answer = f.options[int(answer) - 1][0]
        elif f.kind == "multiline":
            print(f"{f.label} (end with an empty line)")
            lines = []
            while line := input():
                lines.append(line)
            answer = "\n".join(lines)
        else:
            answer = input(f"{f.label}{skip}: ").strip()
        fields[f.name] = answer
    if wanted("evidence"):
        fields["evidence"] = input("Evidence link (Enter to skip): ").strip()
    return fields


def _report(args: argparse.Namespace) -> int:
    from handlers.report import show, submit

    settings, db = _open()
    fields = {k: v for k, v in {
        "category": args.category, "description": args.description, "location": args.location,
        "when": args.when, "people_involved": args.people_involved, "urgency": args.urgency,
        "evidence": args.evidence}.items() if v}
    interactive = sys.stdin.isatty() and not (args.category and args.description and args.location)
    reporter = _person(settings, args.reporter)
    try:
        if interactive:
            fields = _prompt_missing(settings, fields)
        reply = submit(db, settings, reporter, fields, source="cli")
        for _ in range(3):   # in a terminal, ask again for just the fields that were wrong
            if reply.ok or not interactive or not reply.errors:
                break
            print(reply.text)
            fields = _prompt_missing(settings, fields, only=set(reply.errors))
            reply = submit(db, settings, reporter, fields, source="cli")
    except EOFError:
        return _fail("cancelled; nothing was reported")
    if not reply.ok:
        if args.json:
            print(json.dumps({"ok": False, "errors": reply.errors, "text": reply.text}, indent=2))
        else:
            print(reply.text, file=sys.stderr)
        return 2 if reply.errors else 1
    if args.json:
        print(json.dumps(show(db, reporter, reply.ticket), indent=2, default=str))
    else:
        print(reply.text)
    return 0


# -- reports -----------------------------------------------------------------------------------------------

def _print_report(report: dict[str, Any]) -> None:
    rows = [("ticket", report["ticket"]), ("status", report["status"]), ("category", report["category_label"]),
            ("urgency", report["urgency"]), ("when", report["when"] or "-"), ("where", report["location"] or "-"),
            ("people involved", report["people_involved"] or "-"), ("evidence", report["evidence"] or "-"),
            ("masked", ", ".join(report["finding_types"]) or "-"), ("created", _when(report["created_at"]))]
    if "reporter" in report:
        rep = report["reporter"]
        rows.append(("reporter", " ".join(x for x in (rep["id"], rep["name"] or "", rep["email"] or "") if x)))
    for k, v in rows:
        print(f"{k:>16}: {v}")
    print(f"{'description':>16}:\n{report['description']}\n")
    for h in report["history"]:
        who = f" by {h['actor']}" if "actor" in h else ""
        print(f"  {_when(h['at'])}  {h['status']}{who}{': ' + h['note'] if h.get('note') else ''}")
    for d in report.get("deliveries", []):
        print(f"  delivery #{d['id']} {d['kind']} via {d['transport']} -> {d['target']}: {d['status']} "
              f"({d['attempts']} attempts)"
              f"{' ' + d['last_error'] if d['last_error'] and d['status'] != 'delivered' else ''}")


EXPORT_COLUMNS = ("ticket", "kind", "status", "category", "category_label", "urgency", "severity", "occurred_at",
                  "location_id", "location_name", "people_involved", "evidence", "description", "finding_types",
                  "reporter_id", "reporter_name", "reporter_email", "source", "created_at", "updated_at")


def _cell(value: Any) -> Any:
    """A text cell a spreadsheet would run as a formula (=, +, -, @) is prefixed with ' (CSV injection)."""
    if isinstance(value, str) and value[:1] in ("=", "+", "-", "@", "\t", "\r"):
        return "'" + value
    return value


def _reports(args: argparse.Namespace) -> int:
    from bot.store import audit
    from bot.store import reports as store
    from handlers.report import change_status, my_reports, shorten, show

    settings, db = _open()
    person = _person(settings, args.actor)
    command = args.reports_command
    if command == "status":
        print(change_status(db, settings, person, args.ticket, args.status, args.note))
        # success is the report now holding that status (a bad status or an unknown ticket changes nothing)
        row = store.get(db, args.ticket.strip().upper()) if person.is_reviewer else None
        wanted = args.status.strip().lower().replace(" ", "_").replace("-", "_")
        return 0 if row is not None and row["status"] == wanted else 1
    if command == "show":
        report = show(db, person, args.ticket)
        if report is None:
            return _fail(f"there is no report {args.ticket.strip()[:40]} that {person.id} can see", 1)
        if args.json:
            print(json.dumps(report, indent=2, default=str))
        else:
            _print_report(report)
        return 0
    if command == "export":
        if not person.is_reviewer:
            return _fail(f"{person.id} is not an IT reviewer (AUPBOT_REVIEWERS); use --as", 1)
        out = open(args.output, "w", newline="", encoding="utf-8") if args.output else sys.stdout
        try:
            writer = csv.DictWriter(out, fieldnames=EXPORT_COLUMNS, extrasaction="ignore")
            writer.writeheader()
            for row in store.listing(db, limit=1_000_000):
                row["finding_types"] = " ".join(row["finding_types"])
                for column in ("created_at", "updated_at"):  # spreadsheets read ISO 8601, not Unix seconds
                    row[column] = _iso(row[column])
                writer.writerow({k: _cell(v) for k, v in row.items()})
        finally:
            if args.output:
                out.close()
        audit.record(db, person.id, "reports.export", None, output=args.output or "stdout")
        return 0
    # list
    if person.is_reviewer:
        rows = [{"ticket": r["ticket"], "status": r["status"], "category_label": r["category_label"],
                 "created_at": r["created_at"], "updated_at": r["updated_at"], "urgency": r["urgency"],
                 "location": r["location_name"], "reporter": r["reporter_id"]}
                for r in store.listing(db, status=args.status)]
    else:
        rows = [vars(s) for s in my_reports(db, person) if not args.status or s.status == args.status]
    if args.json:
        print(json.dumps(rows, indent=2, default=str))
        return 0
    if not rows:
        print("no reports")
    for r in rows:
        extra = f"  {r['urgency']:<6}  {r['reporter']}" if "reporter" in r else ""
        print(f"{r['ticket']}  {_when(r['created_at'])}  {r['status']:<12}  {shorten(r['category_label'], 50)}{extra}")
    return 0


# -- outbox and deliver ------------------------------------------------------------------------------------

def _outbox(args: argparse.Namespace) -> int:
    from bot.outbox import Outbox
    from bot.store import outbox as store

    settings, db = _open()
    if args.outbox_command == "check":
        from bot.delivery.preflight import problems

        found = problems(settings)
        for p in found:
            print(f"problem: {p}")
        if not found:
            print("delivery configuration OK")
        return 1 if found else 0
    if args.outbox_command == "retry":
        if not args.ids and not args.all_dead:
            return _fail("name the delivery ids to retry, or pass --all-dead")
        revived = Outbox(db, settings).retry_dead(None if args.all_dead else args.ids)
        print(f"{revived} dead deliver{'y' if revived == 1 else 'ies'} queued again; run `aupbot deliver`")
        return 0
    rows = store.listing(db, ("dead",) if args.dead else ("pending", "dead"))
    if args.json:
        print(json.dumps([{k: v for k, v in r.items() if k != "payload"} for r in rows], indent=2, default=str))
        return 0
    counts = store.counts(db)
    print(f"pending {counts['pending']}, dead {counts['dead']}, delivered {counts['delivered']}")
    for r in rows:
        due = "now" if r["next_attempt_at"] <= datetime.now(tz=UTC).timestamp() else _when(r["next_attempt_at"])
        print(f"#{r['id']:<6} {r['status']:<8} {r['kind']:<12} {r['transport']:<10} {r['ticket'] or '-':<16} "
              f"attempts {r['attempts']}  next {due}  {r['last_error'] or ''}")
    return 0


def _deliver(args: argparse.Namespace) -> int:
    import logging

    from bot.outbox import Outbox

    settings, db = _open()
    logging.basicConfig(level=getattr(logging, str(settings.log_level).upper(), logging.INFO),
                        format="%(levelname)s %(name)s: %(message)s")
    outbox = Outbox(db, settings)
    run = outbox.deliver_all() if args.all else outbox.deliver_due()
    print(run)
    return 0 if not run.dead else 1

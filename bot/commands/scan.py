"""`aupbot scan`: find disclosures in text.

    aupbot scan "text"            print the findings for a person (masked; never the raw values)
    aupbot scan --json "text"     the same as one JSON object
    echo text | aupbot scan       the same, text on stdin
    aupbot scan --jsonl           lines {"id", "text"} in, lines {"id", "findings": [...]} out (DESIGN.md)

Bad input never produces a traceback: invalid UTF-8 is decoded with replacement characters (offsets then
refer to the decoded text) and reported on stderr, a line that is not JSON gets an output line with an
`error`, and an oversized message is refused with its size, never its content.
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path


def register(sub: argparse._SubParsersAction) -> None:
    # allow_abbrev=False: "--json" must not be read as an abbreviation of "--jsonl" (which reads stdin)
    p = sub.add_parser("scan", help="find SSNs, passwords, student records and other disclosures in text",
                       description="Find prohibited disclosures in text (argument or stdin).", allow_abbrev=False)
    p.add_argument("text", nargs="*", help="text to scan (default: read stdin)")
    mode = p.add_mutually_exclusive_group()
    mode.add_argument("--json", action="store_true", help='print one JSON object {"findings": [...]}')
    mode.add_argument("--jsonl", action="store_true", help='batch mode: {"id", "text"} lines on stdin')
    p.add_argument("--policy", type=Path, default=None, help="policy file (default: AUPBOT_POLICY or bundled)")
    p.set_defaults(run=run)


def _policy(path: Path | None):
    from bot.settings import Settings
    from policy.document import load_policy

    return load_policy(path or Settings.from_env().policy_path)


def _read_stdin() -> str:
    data = sys.stdin.buffer.read()
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        sys.stderr.write(f"warning: input is not valid UTF-8 (first bad byte at offset {exc.start}); "
                         "invalid bytes were replaced and offsets refer to the decoded text\n")
        return data.decode("utf-8", errors="replace")


def run(args: argparse.Namespace) -> int:
    from policy.detectors.custom import CustomDetectorError
    from policy.document import PolicyFileError
    from policy.scanner import ScanInputError, scan

    try:
        policy = _policy(args.policy)
    except (PolicyFileError, CustomDetectorError) as exc:
        sys.stderr.write(f"aupbot scan: {exc}\n")
        return 2
    if args.jsonl:
        return _run_jsonl(policy)
    text = " ".join(args.text) if args.text else _read_stdin()
    try:
        findings = scan(text, policy)
    except ScanInputError as exc:
        sys.stderr.write(f"aupbot scan: {exc}\n")
        return 2
    if args.json:
        print(json.dumps(_reply(text, findings), ensure_ascii=False))
    else:
        _print_for_person(text, findings, policy)
    return 1 if findings else 0


def _reply(text: str, findings) -> dict:
    """The findings as JSON; and `examined_to` (offset) when the scan's bound stopped it before the end of the text
    (policy/detectors/bound.py): what comes after was not examined. A complete scan has no such key."""
    from policy.scanner import examined_to

    reply: dict = {"findings": [f.to_json() for f in findings]}
    cut = examined_to(findings, text)
    if cut < len(text):
        reply["examined_to"] = cut
    return reply


def _print_for_person(text: str, findings, policy) -> None:
    from policy.scanner import examined_to, mask_text

    cut = examined_to(findings, text)
    if cut < len(text):
        print(f"Scanned in part: only the first {cut} of {len(text)} characters were checked (the bound on a scan's "
              "work); the rest is not shown.")
    if not findings:
        from policy.detectors.exclusions import published_samples

        print("No sensitive information found" + (" in the part checked." if cut < len(text) else "."))
        samples = published_samples(text)
        if samples:
            print("Ignored on purpose, as published sample or test numbers that belong to no one: "
                  + ", ".join(samples[:5]) + ". Try a made-up number to see a finding.")
        return
    print(f"{len(findings)} finding{'s' if len(findings) != 1 else ''}:")
    for f in findings:
        rule = policy.findings.get(f.type)
        label = rule.label if rule else f.type
        items = ", ".join(str(i) for i in f.policy_items) or "none"
        print(f"  - {label} ({f.type}), severity {f.severity}, characters {f.start}-{f.end}: {f.redacted}"
              f"  [policy items {items}]")
    print("Masked text:")
    print("  " + mask_text(text, findings).replace("\n", "\n  "))


def _run_jsonl(policy) -> int:
    from policy.scanner import ScanInputError, scan

    out = sys.stdout
    stdin = sys.stdin.buffer
    pending: list[str] = []
    for number, raw in enumerate(stdin, 1):
        if not raw.strip():
            continue
        reply: dict = {"id": None, "findings": []}
        try:
            try:
                item = json.loads(raw)
            except UnicodeDecodeError:  # invalid UTF-8 inside the line: scan what can be read
                item = json.loads(raw.decode("utf-8", errors="replace"))
            if not isinstance(item, dict):
                raise ValueError("expected a JSON object")
            reply["id"] = item.get("id")
            text = item.get("text")
            if not isinstance(text, str):
                raise ValueError('expected "text" to be a string')
            reply.update(_reply(text, scan(text, policy)))
        except json.JSONDecodeError:
            reply["error"] = f"line {number}: not valid JSON"
        except (ValueError, ScanInputError) as exc:
            reply["error"] = f"line {number}: {exc}"
        pending.append(json.dumps(reply, ensure_ascii=False))
        if len(pending) >= 256:  # write in batches: one write per line costs more than the scan
            out.write("\n".join(pending) + "\n")
            pending.clear()
    if pending:
        out.write("\n".join(pending) + "\n")
    out.flush()
    return 0

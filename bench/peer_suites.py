"""Run the peers' own recognizer and plugin test tables through `aupbot scan --jsonl`.

Presidio and detect-secrets publish must-match / must-not-match tables in their test suites. They are the
closest thing to an outside opinion on what a detector of our types should catch, so we score ourselves on
them (issue 11). Their strings stay out of this repository: the script reads a fetched copy of each
repository (a checkout or a bare git directory), pulls the literal tables out of the test files with `ast`
(nothing of theirs is imported or executed), and prints recall per type and false alarms on their negatives.

    python -m bench.peer_suites --presidio PATH --detect-secrets PATH [--cmd ".venv/bin/aupbot scan --jsonl"]
        [--show-misses]

Differences that are ours by design (a bare high-entropy string with no label, a published sample number,
an organisation's address) are grouped by `BY_DESIGN` below and reported apart; docs/detection.md lists them.
"""
from __future__ import annotations

import argparse
import ast
import json
import re
import shlex
import subprocess
import sys
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

# Which of the peers' test files cover which of our finding types. Their other recognizers (IBAN, crypto
# wallets, national IDs of other countries, IP addresses) are types we do not have.
PRESIDIO_FILES = {
    "presidio-analyzer/tests/test_us_ssn_recognizer.py": "ssn",
    "presidio-analyzer/tests/test_credit_card_recognizer.py": "payment_card",
    "presidio-analyzer/tests/test_email_recognizer.py": "personal_email",
    "presidio-analyzer/tests/test_phone_recognizer.py": "personal_phone",
    "presidio-analyzer/tests/test_aba_routing_recognizer.py": "bank_account",
    "presidio-analyzer/tests/test_us_bank_recognizer.py": "bank_account",
}
DETECT_SECRETS_DIR = "tests/plugins/"
DETECT_SECRETS_SKIP = {"base_test.py", "ip_public_test.py"}  # not a credential type

# Whole files whose cases differ from our reading on purpose; each is said once in docs/detection.md.
BY_DESIGN = {
    "tests/plugins/high_entropy_strings_test.py": "a bare high-entropy string with no label or key format",
}

POSITIVE_FLAGS = ("should_flag", "should_be_caught", "expected_result", "expected")

# Where our reading differs from a peer's on purpose (DESIGN.md, "Findings"), said as rules over the case's
# text rather than a list of their strings. Each rule names the difference; docs/detection.md explains them.
_TOKENISH = re.compile(r"[A-Za-z0-9_\-./+=]{20,}")
# a vendor's fixed token prefix with a body after it, however short: a token cut short, not prose
_VENDOR_PREFIXED = re.compile(r"\b(?:gl[a-z]{2,6}-|gh[pousr]_|github_pat_|AKIA|ASIA|sk-|SG\.|npm_|pypi-|AIza"
                              r"|xox[abpr]-)[A-Za-z0-9_\-]{8,}")
_ROLE_MAILBOX = re.compile(r"\b(?:info|support|admin|sales|contact|help|noreply|no-reply|office|orders)@", re.I)
_CARD_LABEL = re.compile(r"(?i)\b(?:card|visa|mastercard|amex|discover|cc)\b")
_SSN_LABEL = re.compile(r"(?i)\b(?:ssn|social security|ss#)")
# a link's user-info whose password is the word for one ("https://user:password@host"): a template, as the
# credential units read it (DESIGN.md: template placeholders are not credentials)
_WORD_FOR_VALUE = re.compile(r"(?i)://[^:/@\s]+:(?:pass(?:word|wd)?|pwd|secret)@")


def _placeholder(text: str) -> bool:
    """A value written as a stand-in: one character repeated where the secret would be (AP6xxxxxxxxxx,
    SKxxxx..., A3T0ZZZZ...). DESIGN.md: template placeholders are not credentials. (A short unit repeated,
    abcd1234abcd1234..., is not counted here: a real key could look like that to a reader.)"""
    return bool(re.search(r"([xXzZ*#0])\1{7,}", text))


def by_design(case: Case) -> str | None:
    """The reason a case is one of our intended differences, or None."""
    text = case.text
    if case.source in BY_DESIGN:
        return BY_DESIGN[case.source]
    if not case.positive:
        return None
    if "EXAMPLE" in text:
        return "a vendor's documentation sample key"
    if _placeholder(text):
        return "a placeholder value (one character repeated where the secret would be)"
    if _WORD_FOR_VALUE.search(text):
        return "a placeholder value (the word 'password' where the password would be)"
    if case.finding_type == "personal_email" and _ROLE_MAILBOX.search(text):
        return "an organisation's role mailbox (info@, support@), not a person's address"
    digits = re.sub(r"\D", "", text)
    if case.finding_type == "payment_card" and not _CARD_LABEL.search(text):
        if len(set(digits)) <= 2 or not digits.startswith(("4", "5", "34", "37", "6011", "65", "36", "38", "35")):
            return "an unlabelled published test number or a number outside the major card networks"
    if case.finding_type == "ssn" and not _SSN_LABEL.search(text) and not re.search(r"\b\d{3}-\d{2}-\d{4}\b", text):
        return "nine digits neither labelled as an SSN nor written in the SSN's dashed form"
    return None


def clean_negative(case: Case) -> bool:
    """A negative with nothing secret-shaped in it. The peers' other negatives are near-misses of one vendor's
    exact format (a GitLab token a character short, another vendor's real token): a leak to a district, so ours
    may flag them. A vendor's prefix with a shortened body counts as token-shaped too: ours reads a token shown in
    part as a secret (policy/data/secrets/token-formats.yaml, the `_part` formats)."""
    return not case.positive and not _TOKENISH.search(case.text) and not _VENDOR_PREFIXED.search(case.text) \
        and not re.search(
        r"(?i)(pass(word|wd)?|secret|token|api_?key)\s*[:=]+\s*[\"']?[^\s\"']{6,}", case.text)


@dataclass(frozen=True)
class Case:
    source: str  # the peer's test file
    finding_type: str
    text: str
    positive: bool


def read_tree(repo: Path) -> tuple[list[str], Any]:
    """List and read files from a checkout or a bare git directory, whichever was fetched."""
    if (repo / ".git").exists() or not (repo / "HEAD").exists():
        files = [str(p.relative_to(repo)) for p in repo.rglob("*.py")]
        return files, lambda name: (repo / name).read_text(encoding="utf-8")
    out = subprocess.run(["git", "--git-dir", str(repo), "ls-tree", "-r", "--name-only", "HEAD"],
                         capture_output=True, text=True, check=True).stdout.split()
    return out, lambda name: subprocess.run(["git", "--git-dir", str(repo), "show", f"HEAD:{name}"],
                                            capture_output=True, text=True, check=True).stdout


class Literal:
    """Evaluates the literal part of a test module: constants, tuples, lists, names bound to them,
    `+`, `*`, slices and `str.format`. Anything else raises, and that row is counted as not extracted."""

    def __init__(self, module: ast.Module) -> None:
        self.names: dict[str, Any] = {}
        for node in module.body:
            if isinstance(node, ast.Assign) and len(node.targets) == 1 and isinstance(node.targets[0], ast.Name):
                try:
                    self.names[node.targets[0].id] = self.eval(node.value)
                except ValueError:
                    pass

    def eval(self, node: ast.AST) -> Any:
        match node:
            case ast.Constant(value=value):
                return value
            case ast.Tuple(elts=elts) | ast.List(elts=elts):
                return [self.eval(e) for e in elts]
            case ast.Name(id=name) if name in self.names:
                return self.names[name]
            case ast.BinOp(left=left, op=ast.Add(), right=right):
                return self.eval(left) + self.eval(right)
            case ast.BinOp(left=left, op=ast.Mult(), right=right):
                return self.eval(left) * self.eval(right)
            case ast.Subscript(value=value, slice=ast.Slice(lower=lo, upper=hi, step=None)):
                return self.eval(value)[self.eval(lo) if lo else None: self.eval(hi) if hi else None]
            case ast.Call(func=ast.Attribute(value=base, attr="format"), args=args, keywords=kws):
                return self.eval(base).format(*[self.eval(a) for a in args],
                                              **{k.arg: self.eval(k.value) for k in kws if k.arg})
            case ast.JoinedStr(values=parts):
                return "".join(str(self.eval(p.value) if isinstance(p, ast.FormattedValue) else p.value)
                               for p in parts)
        raise ValueError(type(node).__name__)


def parametrize_tables(module: ast.Module) -> Iterator[tuple[list[str], list[Any]]]:
    literal = Literal(module)
    for node in ast.walk(module):
        if not isinstance(node, (ast.FunctionDef, ast.ClassDef)):
            continue
        for dec in node.decorator_list:
            if not (isinstance(dec, ast.Call) and getattr(dec.func, "attr", "") == "parametrize"
                    and len(dec.args) >= 2 and isinstance(dec.args[0], ast.Constant)):
                continue
            names = [n.strip() for n in str(dec.args[0].value).split(",")]
            try:
                rows = literal.eval(dec.args[1])
            except ValueError:
                continue
            yield names, rows
    # detect-secrets' keyword test feeds module-level (line, expected_secret) tables through a generator.
    for name, value in literal.names.items():
        if name.endswith("_TEST_CASES") and isinstance(value, list):
            yield ["line", "expected_secret"], value


def cases_from(source: str, text: str, finding_type: str) -> Iterator[Case]:
    for names, rows in parametrize_tables(ast.parse(text)):
        for row in rows:
            values = row if isinstance(row, list) and len(names) > 1 else [row]
            if len(values) != len(names):
                continue
            fields = dict(zip(names, values, strict=False))
            sample = next((fields[k] for k in ("text", "line", "payload", "file_content", "secret")
                           if isinstance(fields.get(k), str)), None)
            if sample is None:
                continue
            if "expected_len" in fields:
                positive = bool(fields["expected_len"])
            elif "expected_secret" in fields:
                positive = fields["expected_secret"] is not None
            else:
                flag = next((fields[k] for k in POSITIVE_FLAGS if k in fields), True)
                positive = bool(flag)
            yield Case(source, finding_type, sample, positive)


def collect(presidio: Path | None, detect_secrets: Path | None) -> list[Case]:
    cases: list[Case] = []
    if presidio:
        files, read = read_tree(presidio)
        for name, finding_type in PRESIDIO_FILES.items():
            if name in files:
                cases.extend(cases_from(name, read(name), finding_type))
    if detect_secrets:
        files, read = read_tree(detect_secrets)
        for name in sorted(files):
            if name.startswith(DETECT_SECRETS_DIR) and name.endswith("_test.py") \
                    and name.rsplit("/", 1)[-1] not in DETECT_SECRETS_SKIP:
                cases.extend(cases_from(name, read(name), "credential"))
    seen: set[tuple[str, str, bool]] = set()
    unique = []
    for case in cases:
        key = (case.source, case.text, case.positive)
        if key not in seen:
            seen.add(key)
            unique.append(case)
    return unique


def scan_all(cmd: str, cases: list[Case]) -> list[set[str]]:
    payload = "".join(json.dumps({"id": i, "text": c.text}) + "\n" for i, c in enumerate(cases))
    proc = subprocess.run(shlex.split(cmd), input=payload, capture_output=True, text=True, check=True)
    found: list[set[str]] = [set() for _ in cases]
    for line in proc.stdout.splitlines():
        answer = json.loads(line)
        found[int(answer["id"])] = {f["type"] for f in answer.get("findings", [])}
    return found


def report(cases: list[Case], found: list[set[str]], show_misses: bool) -> None:
    per_file: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0, 0])  # pos, caught, neg, false alarms
    per_type: dict[str, list[int]] = defaultdict(lambda: [0, 0])         # outside the by-design differences
    designed: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    clean = [0, 0]
    lines: list[str] = []
    for case, types in zip(cases, found, strict=False):
        row = per_file[case.source]
        reason = by_design(case)
        if case.positive:
            hit = case.finding_type in types
            row[0] += 1
            row[1] += hit
            if reason:
                designed[reason][0] += 1
                designed[reason][1] += hit
            else:
                per_type[case.finding_type][0] += 1
                per_type[case.finding_type][1] += hit
            if not hit:
                design_note = f"  [by design: {reason}]" if reason else ""
                lines.append(f"miss  {case.source}: {case.text[:90]!r}" + design_note)
        else:
            row[2] += 1
            row[3] += bool(types)
            is_clean = clean_negative(case)
            clean[0] += is_clean
            clean[1] += is_clean and bool(types)
            if types:
                lines.append(f"alarm {case.source}: {case.text[:90]!r} -> {sorted(types)}"
                             + ("  [clean negative]" if is_clean else "  [token-shaped negative]"))
    print(f"{'peer test file':58} {'pos':>4} {'caught':>6} {'neg':>4} {'alarms':>6}")
    for name, (pos, caught, neg, alarms) in sorted(per_file.items()):
        print(f"{name:58} {pos:4} {caught:6} {neg:4} {alarms:6}")
    print("\nBy-design differences (left out of the recall below):")
    for reason, (pos, caught) in sorted(designed.items()):
        print(f"  {pos:3} cases, {caught:3} caught anyway: {reason}")
    print()
    for finding_type, (pos, caught) in sorted(per_type.items()):
        print(f"{finding_type:16} recall {caught / pos if pos else 1:.3f} ({caught}/{pos})")
    if show_misses:
        print("\n".join(["", *lines]))
    pos = sum(v[0] for v in per_type.values())
    caught = sum(v[1] for v in per_type.values())
    neg = sum(r[2] for r in per_file.values())
    alarms = sum(r[3] for r in per_file.values())
    print(f"\npeers' suites: recall {caught / pos:.3f} ({caught}/{pos}) apart from by-design differences; "
          f"false alarms on clean negatives {clean[1]}/{clean[0]} (on all negatives {alarms}/{neg})")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--presidio", type=Path, help="a fetched copy of microsoft/presidio")
    parser.add_argument("--detect-secrets", type=Path, help="a fetched copy of Yelp/detect-secrets")
    parser.add_argument("--cmd", default=".venv/bin/aupbot scan --jsonl")
    parser.add_argument("--show-misses", action="store_true")
    args = parser.parse_args(argv)
    if not (args.presidio or args.detect_secrets):
        parser.error("name at least one fetched repository")
    cases = collect(args.presidio, args.detect_secrets)
    if not cases:
        print("no cases found: is the path a copy of the peer's repository?", file=sys.stderr)
        return 1
    report(cases, scan_all(args.cmd, cases), args.show_misses)
    return 0


if __name__ == "__main__":
    sys.exit(main())

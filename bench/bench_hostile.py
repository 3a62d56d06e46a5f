"""Hostile input: how long `scan` takes on a ~200 KB message that repeats one detector's own trigger.

Every pattern is RE2 (linear in the text), but the Python work around the matches can grow with the number of
hits (or, worse, with hits times text). Each shape below repeats one unit's trigger words or value shapes (a
label with a value, a label alone, a value alone, separators, a table's header and many rows) to about
`SIZE` characters and times one `scan` (CPU seconds: the machine is often shared); `python -m bench.bench_hostile
[SECONDS]` lists every shape slower than SECONDS (default 0.3), and whether the scan's bound (policy/detectors/bound.py)
cut it short. The shapes are also the cases of tests/detectors/test_hostile_input.py.
"""
from __future__ import annotations

import sys
import time
from typing import NamedTuple

SIZE = 200_000


class Shape(NamedTuple):
    name: str
    head: str  # said once, before the repeats (a table's header), may be ""
    unit: str  # repeated to SIZE characters
    finding: str | None  # the type the message must still yield, None when it need not yield one


SHAPES: tuple[Shape, ...] = (
    # credentials
    Shape("pem_begin_lines", "", "-----BEGIN PRIVATE KEY-----\n", None),
    Shape("pem_blocks", "",
          "-----BEGIN RSA PRIVATE KEY-----\nMIIEowIBAAKCAQEAu1SU1LfVLPHCozMxH2Mo4lgOEePzNm0tRgeLezV6ffAt0gun\n"
          "-----END RSA PRIVATE KEY-----\n", "credential"),
    Shape("password_label_value", "", "password: Tr0ub4dor&3x\n", "credential"),
    Shape("password_label_alone", "", "password: ", None),
    Shape("password_word", "", "password ", None),
    Shape("password_is", "", "the password is Qx7!mPlv9 and ", "credential"),
    Shape("door_code", "", "door code 4471 ", "credential"),
    Shape("login_pairs", "", "Username: jdoe42 Password: hunter2202\n", "credential"),
    Shape("aws_key_ids", "", "AKIADXYEKJENSFP2DOKV ", "credential"),
    Shape("config_secret", "", "aws_secret_access_key = 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\n", "credential"),
    Shape("env_blank", "", "STAR_PASSWORD=\n", None),
    Shape("cli_password", "", "mysql -u admin -pS3cretPass9 gradebook\n", "credential"),
    Shape("bearer_tokens", "", "Authorization: Bearer eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0In0.abcDEF123ghiJKL456\n",
          "credential"),
    Shape("masked_secrets", "", "password: ******** ", None),
    # government and school identifiers
    Shape("ssn_values", "", "862-07-7546 ", None),
    Shape("ssn_label_value", "", "SSN: 862-07-7546\n", "ssn"),
    Shape("ssn_label_alone", "", "SSN: ", None),
    Shape("student_id_label_value", "", "Student ID: 20451877\n", "student_id"),
    Shape("student_id_label_alone", "", "student id ", None),
    Shape("id_hash", "", "ID# 20451877 ", None),
    Shape("dob_label_value", "", "DOB 2/23/2018 ", "date_of_birth"),
    Shape("dob_label_alone", "", "DOB: ", None),
    Shape("born_dates", "", "born 2/23/2018, ", "date_of_birth"),
    Shape("dates", "", "2/23/2018 ", None),
    # money
    Shape("card_numbers", "", "4538945354702283 ", "payment_card"),
    Shape("card_label_value", "", "Visa 4038-2264-2729-3922 exp 11/26\n", "payment_card"),
    Shape("card_label_alone", "", "card ending ", None),
    Shape("card_table", "date,card,payer,amount\n", "10/03,4267827289969129,Ochoa family,$25.00\n", "payment_card"),
    Shape("bank_label_value", "", "routing 022397144 acct 9154967677 ", "bank_account"),
    Shape("bank_label_alone", "", "acct routing ", None),
    Shape("account_numbers", "", "account 9154967677\n", None),
    # contact
    Shape("phone_label_value", "", "cell 312-555-0111 ", "personal_phone"),
    Shape("phone_values", "", "312-555-0111 ", None),
    Shape("phone_label_alone", "", "cell: ", None),
    Shape("email_label_value", "", "mom's email jane.doe@gmail.com ", "personal_email"),
    Shape("email_values", "", "jane.doe@gmail.com ", None),
    Shape("email_label_alone", "", "personal email: ", None),
    Shape("address_values", "", "3219 N Hermitage Ave Apt 1 ", None),
    Shape("address_label_value", "", "home address: 3219 N Hermitage Ave\n", "home_address"),
    Shape("address_label_alone", "", "lives at ", None),
    Shape("contact_table", "Name | Address | Phone\n", "Nkosi family | 3046 W. Marquette Rd | 630-555-0131\n", None),
    # student records
    Shape("record_phrase", "", "Brianna's 504 got updated, ", None),
    Shape("record_rows", "Reading levels after the benchmark:\n", "Sofia R - level C (was A)\n", None),
    Shape("id_table", "Name | Student ID | DOB\n", "Sofia R | 20451877 | 2/23/2018\n", None),
    # separators and fillers
    Shape("digits", "", "7", None),
    Shape("letters", "", "a", None),
    Shape("dashes", "", "-", None),
    Shape("colons", "", ": ", None),
    Shape("pipes", "", "| ", None),
    Shape("newlines", "", "x\n", None),
    Shape("digit_groups", "", "1234 ", None),
)


def build(shape: Shape, size: int = SIZE) -> str:
    """The shape's message: its head, then its unit repeated to `size` characters (whole units only)."""
    return shape.head + shape.unit * max(1, (size - len(shape.head)) // len(shape.unit))


def time_shape(shape: Shape, size: int = SIZE) -> tuple[float, list[str], int | None]:
    """CPU seconds of one scan, the finding types, and where the bound stopped the reading (None: read whole)."""
    from policy.scanner import scan

    text = build(shape, size)
    t0 = time.process_time()
    findings = scan(text)
    return time.process_time() - t0, sorted({f.type for f in findings}), getattr(findings, "examined_to", None)


def main(argv: list[str]) -> int:
    from policy.scanner import scan

    limit = float(argv[0]) if argv else 0.3
    only = set(argv[1:])
    for shape in SHAPES:  # every unit's patterns compiled before anything is timed (RE2 compiles them lazily)
        scan(build(shape, 2_000), prefilter=False)
    slow = []
    for shape in SHAPES:
        if only and shape.name not in only:
            continue
        seconds, types, cut = time_shape(shape)
        mark = "SLOW" if seconds > limit else "    "
        read = "whole" if cut is None else f"to {cut}"
        print(f"{mark} {seconds:7.3f}s {shape.name:26} {read:10} {','.join(types)}", flush=True)
        if seconds > limit:
            slow.append(shape.name)
    print(f"{len(slow)} slower than {limit}s: {' '.join(slow)}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

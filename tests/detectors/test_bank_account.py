"""Must-flag and must-not-flag tables for bank accounts: account numbers after an account label and ABA-valid routing numbers are; budget strings, vendor accounts and invalid routing numbers are not.

Rows are grouped here from every earlier review of the detectors, then new wording written for these tests; every
value is made up (numbers generated to pass or fail their checksums on purpose).
"""
from __future__ import annotations

import pytest

from policy.detectors.base import aba_valid

# (text, expected): None, any finding of this type; a string, one of this type's findings; a list, exactly
# this type's findings (in any order)
MUST_FLAG = [
    ('direct deposit: routing 083695801 account 1029384756', ['083695801', '1029384756']),
    ('ABA 079328247, checking acct 550012998', ['079328247', '550012998']),
    ('wire the refund to routing # 058258464', ['058258464']),
    ('my savings account number is 88120045531 at the credit union', ['88120045531']),
    ('acct # 0012345678 rtg 083695801', ['0012345678', '083695801']),
    ('bank: Chase, routing 021000021, acct 4400 1234 5678', ['021000021', '4400 1234 5678']),
    ('Please deposit to account #44120098 routing #071000013', ['071000013', '44120098']),
    ('payroll update: routing 0710\n00013 thanks', None),
    ('for the refund my checking account is 9031\n447210', None),
]

# no finding of this type
MUST_NOT_FLAG = [
    'Budget string: unit 14020, fund 115, account 55110',
    'account code 512000 for classroom supplies',
    'routing 083695802 (that number fails the checksum)',
    'Our vendor account 10293847 with the bus company is active',
]

# look-alikes that must give no finding of any type
QUIET = [
    'routing slip #4471\n2026 budget review moved to Friday',
    'Our account 7781\nroom 210 lunch duty',
]


@pytest.mark.parametrize("text,expected", MUST_FLAG)
def test_bank_account_disclosures_are_flagged(text, expected, assert_flagged):
    assert_flagged(text, "bank_account", expected)


@pytest.mark.parametrize("text", MUST_NOT_FLAG)
def test_bank_account_look_alikes_are_not_flagged(text, values_of):
    assert values_of(text, "bank_account") == []


@pytest.mark.parametrize("text", QUIET)
def test_bank_account_look_alikes_give_no_finding_at_all(text, types_in):
    assert types_in(text) == set()


def test_aba_routing_checksum():
    assert aba_valid("083695801") and not aba_valid("083695802") and not aba_valid("993695801")


# The last word of a key in a paste is the label, though the underscore joins it to the key's other words
@pytest.mark.parametrize("text,expected", [
    ("payee_name: Odile Marsh\npayee_routing: 125265209\npayee_account: 4471209933", ["125265209", "4471209933"]),
    ("DD_ROUTING_NO=222966210\nDD_ACCT=98120455160", ["222966210", "98120455160"]),
    ('{"refund_aba": "035008886", "refund_account_number": "30018822741"}', ["035008886", "30018822741"]),
])
def test_a_bank_label_ending_a_key_is_a_label(text, expected, assert_flagged):
    assert_flagged(text, "bank_account", expected)


@pytest.mark.parametrize("text", [
    "service_account: 100293847561 for the roster sync job",  # no banking word: a login's account
    "payee_routing: 125265208",  # fails the checksum
    "misrouting_count: 125265209",  # a word ending in a label's letters is no key word
])
def test_a_key_ending_in_a_bank_word_without_banking_or_a_valid_number_is_not_flagged(text, values_of):
    assert values_of(text, "bank_account") == []


# An account label used up by its own number does not reach a phone number the sentence goes on to give: that is
# the person's phone, not a second account; a phone-shaped number right after the label is still the account.
@pytest.mark.parametrize("text,phone", [
    ("refund by ACH to routing 071000013 acct 58203317, and his number's 708-555-0139 if the bank calls",
     "708-555-0139"),
    ("stipend: routing 071000013 / account 44120937, her cell for Venmo is 312.555.0186", "312.555.0186"),
])
def test_a_phone_after_a_used_up_account_label_is_a_phone_not_an_account(text, phone, values_of):
    assert phone not in values_of(text, "bank_account")
    assert values_of(text, "personal_phone") == [phone]


def test_a_phone_shaped_number_right_after_its_account_label_stays_an_account(values_of):
    assert values_of("direct deposit: checking account 312-555-0147", "bank_account") == ["312-555-0147"]


# A lesson's or a publisher's cheque prints numbers the text says are samples, and digits counted up or down are a
# template's filler; the same labels on a person's refund stay an account (issue 11, scanrec24)
@pytest.mark.parametrize("text", [
    "Econ unit: the practice cheques in the packet read routing 071000013, account 5518842297",
    "credit union volunteers hand out demo checks (routing 083695801 / acct 7720419933) for the budgeting lab",
    "the worksheet's deposit slip shows acct 44120937 and routing 071000013 - they're all made up by the publisher",
    "template for the reimbursement form: routing ________, account 9876543210",
])
def test_sample_cheques_and_counting_fillers_are_no_accounts(text, values_of):
    assert values_of(text, "bank_account") == []


@pytest.mark.parametrize("text,expected", [
    ("refund for the trip fee: routing 071000013, checking 5518842297; the demo night is Thursday",
     ["071000013", "5518842297"]),
    ("stipend direct deposit, routing 083695801 acct 0098765432", ["083695801", "0098765432"]),
])
def test_an_account_beside_an_unrelated_sample_word_is_still_flagged(text, expected, assert_flagged):
    assert_flagged(text, "bank_account", expected)

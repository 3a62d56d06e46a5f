"""Normalisation: disguised values are found, and every finding points at the ORIGINAL characters."""
from __future__ import annotations

import pytest

from policy.normalize import normalize
from policy.scanner import scan


def only(text: str, ftype: str) -> str:
    found = [f for f in scan(text) if f.type == ftype]
    assert len(found) == 1, [(f.type, text[f.start:f.end]) for f in scan(text)]
    return text[found[0].start:found[0].end]


@pytest.mark.parametrize("text,value", [
    ("ＳＳＮ ２８７－６５－４３０１", "２８７－６５－４３０１"),                      # fullwidth digits and dashes
    ("SSN 287\u200b-65\u200c-43\u206001", "287\u200b-65\u200c-43\u206001"),       # zero-width inside
    ("SSN 287\u00a065\u00a04301", "287\u00a065\u00a04301"),                         # no-break spaces
    ("SSN 287\u201265\u20134301", "287\u201265\u20134301"),                         # figure and en dashes
    ("SSN _287-65-4301_", "287-65-4301"),                                           # chat italics
    ("ssn two eight seven six five four three zero one",
     "two eight seven six five four three zero one"),                               # digits in words
])
def test_disguised_ssns_are_found_at_their_original_offsets(text, value):
    assert only(text, "ssn") == value


def test_slack_tel_markup_reports_the_visible_number():
    text = "mom: <tel:+17085550133|(708) 555-0133> after 5"
    assert only(text, "personal_phone") == "(708) 555-0133"


def test_slack_user_mentions_are_not_read_as_numbers():
    assert scan("<@U0455501234> can you check the projector?") == []


def test_slack_channel_links_keep_their_names():
    assert normalize("see <#C024BE91L|general>").text == "see #general"


def test_slack_links_keep_the_url_so_credentials_inside_are_found():
    text = "<https://svc:Pa55word!x@reports.example.org/x|the report>"
    assert only(text, "credential") == "Pa55word!x"


def test_slack_escaped_entities_are_unescaped():
    assert normalize("a &lt;b&gt; &amp; c").text == "a <b> & c"


def test_at_dot_email_addresses_map_back_to_the_whole_disguise():
    text = "her email is jlee.home [at] gmail [dot] com"
    assert only(text, "personal_email") == "jlee.home [at] gmail [dot] com"


def test_a_card_number_split_over_lines_is_one_finding():
    text = "card\n4666 1760\n3137 2159\nthanks"
    assert only(text, "payment_card") == "4666 1760\n3137 2159"


def test_digits_spaced_one_by_one_are_joined():
    text = "routing 0 8 3 6 9 5 8 0 1"
    assert only(text, "bank_account") == "0 8 3 6 9 5 8 0 1"


def test_quoted_email_threads_and_code_blocks_are_scanned():
    text = "> From: office\n> her cell is 312-555-0166\n```\nDB_PASSWORD=Rt5$kk90Lq\n```"
    assert {f.type for f in scan(text)} == {"personal_phone", "credential"}


def test_offset_map_points_every_normalised_character_inside_the_original():
    original = "Ｘ\u200b<tel:1|a\u00a0b> twenty thirteen"
    norm = normalize(original)
    for i in range(len(norm.text)):
        start, end = norm.span(i, i + 1)
        assert 0 <= start < end <= len(original)


def test_spelled_out_years_and_ordinals_become_digits():
    assert normalize("the ninth of June, nineteen ninety-nine").text == "the 9th of June, 1999"
    assert normalize("first period starts at nine").text == "first period starts at nine"


@pytest.mark.parametrize("text,ftype,value", [
    ("my ssn is 287-65-\n4301 thanks", "ssn", "287-65-\n4301"),
    ("call my cell 773-555-\n0187", "personal_phone", "773-555-\n0187"),
    ("email jlee.home at gmail dot com please", "personal_email", "jlee.home at gmail dot com"),
    ("grandpa's cell seven-seven-three, five-five-five, zero-one-two-nine",
     "personal_phone", "seven-seven-three, five-five-five, zero-one-two-nine"),
])
def test_values_split_across_lines_or_spelled_with_words_are_found(text, ftype, value):
    assert only(text, ftype) == value


def test_at_in_a_sentence_is_not_an_email_address():
    assert scan("meet at noon in the library, at least 20 of us") == []


def test_keycap_emoji_digits_are_read_as_digits():
    keycaps = "".join(f"{d}\ufe0f\u20e3" for d in "4826")
    assert normalize(f"door code is {keycaps}").text == "door code is 4826"


def test_look_alike_letters_inside_a_latin_word_are_read_as_latin():
    assert normalize("\u0440\u0430ssword: x").text == "password: x"  # Cyrillic р and а
    assert normalize("p\u03b1ss").text == "pass"  # Greek alpha


def test_a_word_wholly_in_another_script_is_left_alone():
    assert normalize("\u043f\u0430\u0440\u043e\u043b\u044c: x").text == "\u043f\u0430\u0440\u043e\u043b\u044c: x"


def test_findings_in_normalised_look_alikes_point_at_the_original_characters():
    text = "\u0440\u0430ssword: Bl4ckB1rd!x"
    (finding,) = [f for f in scan(text) if f.type == "credential"]
    assert text[finding.start:finding.end] == "Bl4ckB1rd!x"


@pytest.mark.parametrize("text,ftype,value", [
    ("grandma's cell is 630-4O2-l957 if the office can't reach mom", "personal_phone", "630-4O2-l957"),
    ("her home number: 847-S19-0З62", "personal_phone", "847-S19-0З62"),
    ("Please check student 6l0B4927, his schedule is blank", "student_id", "6l0B4927"),
    ("new enrollee, date of birth 1l/O9/2014", "date_of_birth", "1l/O9/2014"),
])
def test_look_alike_letters_inside_a_number_are_read_as_digits(text, ftype, value):
    assert only(text, ftype) == value


@pytest.mark.parametrize("text", [
    "Room B2O4 is locked, try SB-1204 instead",          # a room and a bill code: too short, letters beside
    "the token starts with Zk9lI0OlBB1sQ2",              # letters inside a key stay letters
    "Flight BOS 4421, the SOS drill is at 10",
])
def test_look_alike_letters_in_words_and_codes_stay_letters(text):
    assert normalize(text).text == text


@pytest.mark.parametrize("typed,read", [
    ("D O B  0 4 / 2 2 / 2 0 1 3", "DOB  04/22/2013"),
    ("h o m e  a d d r e s s: 9 1 8  W  O a k  St", "home  address: 918  W  Oak  St"),
    ("D O B 0 4 / 2 2 / 2 0 1 3", "DOB 04/22/2013"),
])
def test_text_typed_one_character_at_a_time_is_read_as_words(typed, read):
    assert normalize(typed).text == read


@pytest.mark.parametrize("text", ["Plan A B or C", "grades K 1 2 3 in the gym", "pin 1 2 3 4", "see I T dept"])
def test_single_letters_and_digits_in_ordinary_text_stay_apart(text):
    assert normalize(text).text == text


@pytest.mark.parametrize("text", [
    "here's the key for the script: ghp_D2FGI7HFzvCGiFqk6RK2zzB9GBcplnPz6bKv",  # a look-alike beside a digit in a key
    "the token starts with Zk9lI0OlBB1sQ2",
    "asset tag LHS-XK9O4417 on the cart",
])
def test_look_alikes_glued_to_letters_do_not_wake_the_normalisation(text):
    """The look-alike pass reads only a token no letter touches, so its trigger wants the token's left edge: a
    key or a code with a look-alike beside a digit leaves the message on the plain path (no normalisation)."""
    from policy.detectors.registry import build_registry
    units, _ = build_registry().plan_fired(text)
    assert units is not None


@pytest.mark.parametrize("text", ["call 630-4O2-l957", "O5551234 is her cell", "student 6l0B4927", "dob 1l/O9/2014"])
def test_look_alikes_at_the_edge_of_a_number_still_wake_the_normalisation(text):
    from policy.detectors.registry import build_registry
    units, _ = build_registry().plan_fired(text)
    assert units is None


# A date or a house number typed or scanned with gaps: digits spaced one by one around the separators, a scanner's
# gap inside a group, half the digits drawn as letters in a date's shape; the separators are kept, so a date never
# becomes an eight-digit number. A label the scanner broke ("lD", "Stu dent") is read whole again.
@pytest.mark.parametrize("text,plain", [
    ("birth date 0 3 / 1 9 / 2 0 1 4 per the card", "birth date 03/19/2014 per the card"),
    ("DOB: 2 0 1 3 - 0 9 - 2 1", "DOB: 2013-09-21"),
    ("DOB 12/0 4/2012 (smudged)", "DOB 12/04/2012 (smudged)"),
    ("dob O7/I2/2OO8", "dob 07/12/2008"),
    ("now at 3 9 0 2 N. Kedvale Ave", "now at 3902 N. Kedvale Ave"),
    ("St udent: Rosa M   lD# 40917733", "Student: Rosa M   ID# 40917733"),
])
def test_spaced_and_scanned_dates_house_numbers_and_labels_are_read_plain(text, plain):
    assert normalize(text).text == plain


@pytest.mark.parametrize("text", [
    "grades 3 - 5 meet at 9 - 10 in the gym",
    "score was 4 5/6 on the rubric",
    "the SOLO/IOOO/SOS series",
    "call 4 1 2 - 6 3 - 8 8 1 0",
])
def test_ranges_fractions_and_words_are_no_spaced_date(text):
    assert "/" not in normalize(text).text.replace(text, "") and not any(
        d in normalize(text).text for d in ("45/6", "3-5-9", "0000"))


@pytest.mark.parametrize("text", [
    "alarm pin: t w o - s i x - e i g h t - z e r o, ok",
    "the gate code is n i n e - t h r e e - f i v e - o n e",
    "s e v e n - f o u r - t w o - e i g h t is the copier code",
])
def test_a_pass_whose_output_another_pass_reads_gets_its_turn_with_the_prefilter_on(text):
    # letters spaced out are joined first ("t w o" -> "two"); the spelled-numbers pass then reads the joined words,
    # though its trigger never saw them in the message as typed
    assert normalize(text).text == normalize(text, prefilter=False).text


# A word spelled letter by letter with hyphens ("M-a-r-i-s-o-l", "B-R-E-N-N-A-N", fullwidth too) is read as the word,
# written as a name is, so a student named that way and a label spelled that way are found at their original offsets;
# a hyphenated word that is not one letter a piece ("T-shirt", "pre-K-8") stays as it is
@pytest.mark.parametrize("text,expected", [
    ("M-a-r-i-s-o-l got 2 days ISS for the cafeteria fight", "Marisol got 2 days ISS"),
    ("ＢＲＥＮＮＡＮ-typed: Ｂ-Ｒ-Ｅ-Ｎ-Ｎ-Ａ-Ｎ in 4C was suspended for the fight", "Brennan in 4C was suspended"),
    ("S-S-N 412-77-3019 for the sub form", "Ssn 412-77-3019"),
])
def test_a_word_spelled_with_hyphens_is_read_as_the_word(text, expected):
    assert expected in normalize(text).text
    assert normalize(text).text == normalize(text, prefilter=False).text
    assert scan(text) == scan(text, prefilter=False) and scan(text)


@pytest.mark.parametrize("text", [
    "Our T-shirt order for room 3-A is in",
    "the pre-K-8 campus and the K-12 one share a nurse",
    "Use A-B order for the folders",
])
def test_hyphenated_words_not_spelled_letter_by_letter_stay_as_written(text):
    assert normalize(text).text == text


# A date read out with its slashes, as words or words and digits, is written as the date; a list or a ratio of
# words with slashes is written out but stays no date without a birth label.
@pytest.mark.parametrize("text,plain", [
    ("DOB for the camp form: nine / fourteen / oh-nine", "DOB for the camp form: 9/14/09"),
    ("birthdate four slash thirty slash twenty eleven", "birthdate 4/30/2011"),
    ("b-day is eleven / 2 / ninety-one", "b-day is 11/2/91"),
])
def test_a_date_read_out_with_slashes_is_written_as_a_date(text, plain):
    assert normalize(text).text == plain


def test_a_date_read_out_with_slashes_after_a_birth_label_is_a_date_of_birth():
    text = "DOB for the camp form (Ines Varga): nine / fourteen / oh-nine"
    assert [text[f.start:f.end] for f in scan(text) if f.type == "date_of_birth"] == ["nine / fourteen / oh-nine"]


@pytest.mark.parametrize("text", [
    "pick one / two / three options on the survey",
    "the mix is one / two / ten parts water",
])
def test_words_with_slashes_that_are_no_date_give_no_date_of_birth(text):
    assert [f for f in scan(text) if f.type == "date_of_birth"] == []


@pytest.mark.parametrize("text", [
    "Caf\u00e9 sign-up \U0001f389 \u2014 Jos\u00e9\u2019s sister, SSN \uff14\uff11\uff12-\uff16\uff13-\uff18\uff18\uff11\uff10 thx",
    "\u201cquoted\u201d note \u2026 \U0001f44d\U0001f3fd then 412\u201163\u20118810 at the end\u00a0",
    "\u00e9\u00e8 start and end \u00fc\u00f6",
])
def test_every_run_above_ascii_is_read_at_its_own_offsets(text):
    """The runs of characters above ASCII (emoji with skin tones, accented names, curly quotes, fullwidth digits, no-break
    hyphens) at the start, middle and end: each normalised character maps inside the run or the character it came from,
    and an unchanged character maps to itself."""
    norm = normalize(text)
    for i, ch in enumerate(norm.text):
        start, end = norm.span(i, i + 1)
        assert 0 <= start < end <= len(text)
        if end - start == 1 and text[start] == ch:
            continue
        assert not text[start:end].isascii() or ch in " -0123456789"


# An HTML table copied out of a portal (issue 11, scanrec23): the tags between two cells read as a pipe, the rows on
# one line as two lines, the table's own tags as nothing; a value keeps its offsets in the original.
def test_an_html_table_reads_as_pipe_separated_rows():
    text = "<table><tr><th>Pupil</th><th>ID</th></tr><tr><td>Lena Ortiz</td><td>50418827</td></tr></table>"
    norm = normalize(text)
    assert norm.text == "Pupil | ID\nLena Ortiz | 50418827"
    start, end = norm.span(norm.text.index("50418827"), norm.text.index("50418827") + 8)
    assert text[start:end] == "50418827"


def test_a_tag_named_in_prose_is_left_alone():
    assert normalize("wrap each value in <td> tags please").text == "wrap each value in <td> tags please"

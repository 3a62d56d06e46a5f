"""Person names, for the units that need "a student's name beside it": two capitalised words in a row
("Camila Reyes", "Maria Lopez-Gomez", "Tyler Novak's") or a first name and an initial ("Maria L."),
neither of them a word that is capitalised for another reason (days, months, subjects, places, titles,
sentence openers). A name right after a title (Ms., Mr., Dr., Coach) is a staff member's, not a student's.
"""
from __future__ import annotations

from policy.detectors.patterns import Pattern

# Unicode letters, so "José Núñez" and "Ángel Ortiz" are names too (RE2's \b only knows ASCII letters, hence
# the explicit left edge).
# No capture group: RE2 finds a match's two ends by DFA alone, twice as fast as with a group; the one
# character of left context is dropped in Python.
# Irish and other prefixed surnames are one word: O'Neill, D'Angelo, McKenzie, DeShawn, LaToya.
# Only those prefixes join a second capital: "PowerPoint" or "YouTube" stay brand names, not names.
_WORD = Pattern(r"(?:^|[^\p{L}\p{N}_'\x{2019}])(?:(?:\p{Lu}['\x{2019}]|Mc|De|Da|Di|La|Le|Du)?\p{Lu}\p{Ll}+"
                r"(?:[-'\x{2019}]\p{Lu}\p{Ll}+)*|\p{Lu}\.)")
TITLES = frozenset({"Ms", "Mr", "Mrs", "Miss", "Mx", "Dr", "Prof", "Coach", "Principal", "Dean", "Nurse", "Officer",
                    "Judge", "Sister", "Father", "Rev", "Supt", "Superintendent", "Counselor", "Sgt"})

STOP_WORDS = frozenset("""
a an the this that these those there here it its i we you he she they our my your his her their me us him
them who what when where why how which can could would should will shall may might must do does did is are
was were be been am has have had not no yes if in on at for from to of and or but so as by with per via
please thanks thank hi hello call text email ask tell see send meet contact remind let get give
check welcome hey dear fyi re fw fwd note notes reminder update heads sent subject from to
cc bcc attached attachment also just new old next last first second third all any each every some many
monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs fri sat sun
january february march april may june july august september october november december jan feb mar apr
jun jul aug sep sept oct nov dec today tomorrow yesterday morning afternoon evening week month year
ms mr mrs miss mx dr prof coach principal dean nurse counselor teacher officer superintendent sister father
school schools elementary middle high academy college university district public board office center
centre department dept team grade grades class classes room rooms lab labs library gym cafeteria
auditorium stadium field hall building campus annex wing north south east west main front back
street st avenue ave road rd boulevard blvd drive lane ln place pl court ct way parkway pkwy chicago
illinois il service desk help support its it tech technology network wifi wi fi
student students staff parent parents family families guardian mom dad mother father grandma grandpa
session unit test tests quiz exam exams math mathematics science reading writing english ela history
social studies algebra geometry biology chemistry physics art music pe spanish french band choir lunch
recess homeroom period advisory assembly field trip bus buses route
google chat slack classroom zoom teams meet aspen clever canvas powerschool iready chromebook chromebooks
ipad ipads gmail outlook yahoo drive docs sheets forms microsoft apple amazon staples visa mastercard
amex discover
emergency contact card cards form forms packet roster list report reports plan plans meeting meetings
agenda action items item present absent tardy excused unexcused attendance behavior behaviour discipline
special education learning disability specific services iep sped ell esl pta pto hr payroll benefits
nurse's counselor's principal's approved denied pending open closed done urgent important quick sorry
great good nice congrats congratulations welcome happy birthday holiday spirit potluck pd professional
development training policy rules rule acceptable use
""".split())

_STOP_PAIR_SECOND = frozenset("""
elementary school academy high middle center office desk team department street avenue ave road drive
boulevard lane place court hall room lab library building campus district board services
airport station county hospital museum plaza
""".split())


# A place noun right after the pair makes it a place's name, whatever its case: "the Pacific Garden shelter",
# "Holy Name church", "Lakeview Family clinic".
PLACE_NOUNS = frozenset("shelter shelters pantry church clinic hospital mission ministry ministries motel hotel"
                        " apartments ymca museum library school academy center centre community".split())


def _place_after(text: str, end: int) -> bool:
    if text[end:end + 1] not in (" ", "\t"):
        return False
    following = text[end + 1:end + 14].split(None, 1)
    return bool(following) and following[0].lower().rstrip(".,;:!?)") in PLACE_NOUNS


def _is_name_word(word: str) -> bool:
    return word.lower().rstrip(".") not in STOP_WORDS


def _title_before(before: str) -> bool:
    """Whether `before` (the text just before a name) ends with a title word ("Ms. ", "Coach ")."""
    before = before.rstrip()
    if before.endswith("."):
        before = before[:-1]
    j = len(before)
    while j and before[j - 1].isascii() and before[j - 1].isalpha():
        j -= 1
    if j and (before[j - 1].isascii() and (before[j - 1].isalnum() or before[j - 1] == "_")):
        return False  # "...xMs": not a word of its own
    return before[j:] in TITLES


def find_person_names(text: str) -> list[tuple[int, int]]:
    """Spans of likely person names that are not preceded by a title, in text order."""
    words = []
    for a, b in _WORD.spans(text):
        if not text[a].isalpha():
            a += 1  # the left-context character
        words.append((a, b, text[a:b]))
    names: list[tuple[int, int]] = []
    i = 0
    while i + 1 < len(words):
        (a, b, first), (c, d, second) = words[i], words[i + 1]
        gap = text[b:c]
        if (gap.strip(" \t") == "" and gap and not first.endswith(".")
                and _is_name_word(first) and _is_name_word(second) and second.lower() not in _STOP_PAIR_SECOND):
            if not _title_before(text[max(0, a - 14):a]) and not _place_after(text, d):
                names.append((a, d))
            i += 2
            continue
        i += 1
    return names


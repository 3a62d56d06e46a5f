"""Person names, for the units that need "a student's name beside it": two capitalised words in a row
("Camila Reyes", "Maria Lopez-Gomez", "Tyler Novak's") or a first name and an initial ("Maria L."),
neither of them a word that is capitalised for another reason (days, months, subjects, places, titles,
sentence openers). A name right after a title (Ms., Mr., Dr., Coach) is a staff member's, not a student's.
"""
from __future__ import annotations

import re
from functools import cache
from pathlib import Path

from policy import yaml_loader
from policy.detectors.bound import first as bounded_first
from policy.detectors.patterns import Pattern
from policy.detectors.tables import is_placeholder_name

GIVEN_NAMES_FILE = Path(__file__).resolve().parent.parent / "data" / "given-names.yaml"

# Unicode letters, so "José Núñez" and "Ángel Ortiz" are names too (RE2's \b only knows ASCII letters, hence
# the explicit left edge).
# No capture group: RE2 finds a match's two ends by DFA alone, twice as fast as with a group; the one
# character of left context is dropped in Python.
# Irish and other prefixed surnames are one word: O'Neill, D'Angelo, McKenzie, DeShawn, LaToya.
# Only those prefixes join a second capital: "PowerPoint" or "YouTube" stay brand names, not names.
# A scanned form's OCR reads a letter as 0 or 1 inside a name ("D1ego", "Petr0v"): one such digit between lower-case
# letters (or right after the capital) is still the name's letter.
_OCR_NAME = r"\p{Lu}[01]?\p{Ll}+(?:[01]\p{Ll}+)?"
_WORD = Pattern(r"(?:^|[^\p{L}\p{N}_'\x{2019}])(?:(?:\p{Lu}['\x{2019}]|Mc|De|Da|Di|La|Le|Du)?" + _OCR_NAME +
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
mondays tuesdays wednesdays thursdays fridays saturdays sundays weekdays weekends
january february march april may june july august september october november december jan feb mar apr
jun jul aug sep sept oct nov dec today tomorrow yesterday morning afternoon evening week month year
ms mr mrs miss mx dr prof coach principal dean nurse counselor teacher officer superintendent sister father
school schools elementary middle high academy college university district public board office center
centre department dept team grade grades class classes room rooms lab labs library gym cafeteria
auditorium stadium field hall building campus annex wing north south east west main front back
street st avenue ave road rd boulevard blvd drive lane ln place pl court ct way parkway pkwy
il service desk help support its it tech technology network wifi wi fi
student students staff parent parents family families guardian mom dad mother father grandma grandpa
session unit test tests quiz exam exams math mathematics science reading writing english ela history
social studies algebra geometry biology chemistry physics art music pe spanish french band choir lunch
alg geo bio chem eng calc precalc hist lit gov econ stats trig phys apes apush
recess homeroom period advisory assembly field trip bus buses route
google chat slack classroom zoom teams meet clever canvas powerschool iready chromebook chromebooks
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
lifeline lifelines hotline hotlines helpline helplines warmline
app apps script scripts portal properties software platform plugin extension bot
learners
committee committees council commission association foundation club coalition alliance union network bureau
agency division program programs initiative taskforce
""".split())


# A place noun right after the pair makes it a place's name, whatever its case: "the Pacific Garden shelter",
# "Holy Name church", "Lakeview Family clinic".
PLACE_NOUNS = frozenset("shelter shelters pantry church clinic hospital mission ministry ministries motel hotel"
                        " apartments ymca museum library school academy center centre community"
                        # the sites an organisation works from ("the Garfield Park office", "Lincoln Square branch")
                        " office offices building campus branch annex site headquarters hq station depot"
                        " warehouse fieldhouse stadium arena pool complex".split())


def _place_after(text: str, end: int) -> bool:
    if text[end:end + 1] not in (" ", "\t"):
        return False
    following = text[end + 1:end + 14].split(None, 1)
    if not following:
        return False
    word = following[0].rstrip(".,;:!?)")
    # "Bright Steps Therapy", "Kid Power Learning LLC": a capitalised trade word after the pair names a firm;
    # "Benton Ridge MS", "Cedar Point Elementary": a school's kind, as its sign or a letterhead writes it
    return word.lower() in PLACE_NOUNS or (word[:1].isupper() and word.lower() in FIRM_NOUNS) \
        or word in _SCHOOL_KINDS or word[:1].isupper() and word.lower() in _SCHOOL_KIND_WORDS


_SCHOOL_KINDS = frozenset("MS HS ES JHS SHS ECC ECE STEM".split())
_SCHOOL_KIND_WORDS = frozenset("elementary middle high prep preparatory magnet charter montessori".split())


# the trades a firm is named by ("Bright Steps Therapy", "Apex Speech Services"), capitalised after the pair
FIRM_NOUNS = frozenset("therapy therapies therapeutics services solutions learning consulting consultants health"
                       " healthcare care group associates partners pediatrics transport transportation tutoring"
                       " counseling behavioral llc inc corp co company staffing institute supply supplies".split())


# a capitalised pair after "the" or inside a title that opens with it is a place, a programme or a firm, not a
# person: "the Little Village intake", "the Lakeshore Learning order", "the Illinois Alternative Application", "the
# Office of Diverse Learner Supports" (a person is named without an article; "the Jones kid" is a surname alone, read
# elsewhere; "Mom of Owen S.", "Insulin for Devin Acosta" name a child after "of" and "for")
_NAMED_THING_BEFORE = Pattern(r"\b(?i:the)(?:[ \t]+\p{Lu}\p{Ll}+)?(?:[ \t]+(?:of|for))?[ \t]+$")


def title_before(before: str) -> bool:
    """Whether `before` (the text just before a name) ends with a staff title ("Ms. ", "Coach ")."""
    return _title_before(before)


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


# surnames that are also street words ("Aubrey Lane", "Madison Drive", "Tess Court")
_STREET_SURNAMES = frozenset("lane drive court place street way hall park".split())
# what follows a person's name and never a street's: a birth date, an age, a grade, a student ID, a class aside
_PERSON_FIELD_AFTER = Pattern(r"(?i)^[ \t]*[,(:\-\x{2013}\x{2014}]?[ \t]*(?:dob\b|d\.o\.b|born\b|b\.[ \t]*\d"
                              r"|age[ \t:]*\d"
                              r"|gr\.?[ \t]*\d|grade[ \t:]*\d|\d{1,2}(?:st|nd|rd|th)[ \t-]+(?:grade|gr\b|period|pd\b)"
                              r"|kinder|pre-?k\b|student[ \t]+(?:id|#)|id[ \t:#]*\d|\d{8}\b)")


def _street_word_surname(text: str, start: int, second: str, end: int) -> bool:
    """"Aubrey Lane, DOB 03/06/2021": a surname that is a street word is still a surname when a person's field
    follows and no house number stands before ("4729 Aubrey Lane" is a street)."""
    if second.lower() not in _STREET_SURNAMES:
        return False
    before = text[max(0, start - 12):start].rstrip().split()
    if before and (before[-1][:1].isdigit() or len(before) > 1 and before[-2][:1].isdigit()):
        return False
    return _PERSON_FIELD_AFTER.search(text[end:end + 24]) is not None


def find_person_names(text: str, district_words: frozenset[str] = frozenset(),
                      data: bytes | None = None) -> list[tuple[int, int]]:
    """Spans of likely person names that are not preceded by a title, in text order. `district_words` are the
    district's own place and system names (policy file `district`), lower-cased: "Chicago Illinois" and
    "Aspen Gradebook" are nobody's name. `data`: the text already encoded (ScanContext.ascii_bytes)."""
    words = []
    # every word, uncut: a lookup or two a word, and a long letter must not be cut at its 500th capitalised word;
    # the names handed on are bounded below
    for a, b in _WORD.spans(text, data, bounded=False):
        if not text[a].isalpha():
            a += 1  # the left-context character
        words.append((a, b, text[a:b]))
    names: list[tuple[int, int]] = []
    i = 0
    while i + 1 < len(words):
        (a, b, first), (c, d, second) = words[i], words[i + 1]
        gap = text[b:c]
        if (gap.strip(" \t") == "" and gap and not first.endswith(".")
                and _is_name_word(first) and (_is_name_word(second) or second in ("A.", "I.")
                                              or _street_word_surname(text, a, second, d))
                and (second.lower() not in _STOP_PAIR_SECOND or _street_word_surname(text, a, second, d))
                # "Bright Hands Therapy" (its first word a quote's or lost): a trade word is no surname
                and second.lower() not in FIRM_NOUNS
                and first.lower() not in district_words and second.lower().rstrip(".") not in district_words):
            # (a name that opens the message has no title before it: no slice to read)
            # "Bring EpiPens": a second word that goes on in letters ("Epi" of "EpiPens") is a product's name cut in
            # two, not a surname
            if not (a and _title_before(text[max(0, a - 14):a])) and not _place_after(text, d) \
                    and not text[d:d + 1].isalpha() and not (a and _NAMED_THING_BEFORE.search(text[max(0, a - 24):a])):
                names.append((a, d))
            i += 2
            continue
        i += 1
    return bounded_first(text, names)



# -- a student named by a first name alone ("Marcus is on my list", "Priya's ACCESS score", "for Tyler") ------

# A capitalised word is read as a first name only in a person's slot: before a possessive, before a verb
# people say of a student, or after a word that takes a person ("threat assessment for Tyler", "is Kayla
# still absent?"). Only looked for when the message already holds a record term.
# Given names are also written with an inner capital (TeShawn, JoJo, MacKenzie, JoAnn: a short first part) or
# with a lower-case syllable after a hyphen (Min-jun, Seo-yeon, Ji-woo: romanised Korean and Chinese names).
_SINGLE_WORD = Pattern(r"(?:^|[^\p{L}\p{N}_'\x{2019}.])\p{Lu}\p{Ll}{1,2}c?\p{Lu}\p{Ll}+"
                       r"|(?:^|[^\p{L}\p{N}_'\x{2019}.])(?:Mc|De|La|Le|O')?\p{Lu}\p{Ll}{1,}(?:-\p{Lu}?\p{Ll}+)?")
# words ending in "ed" that are not a verb said of someone ("Friday red day", "Lincoln based")
_NOT_PAST_TENSE = frozenset("need speed seed feed bed red shed bred based related dated advanced limited"
                            " detailed".split())
PERSON_VERBS_AFTER = frozenset("""
is was isn't wasn't has had hasn't hadn't got gets getting scored scores missed misses needs needed will won't
can can't cannot could couldn't did didn't does doesn't keeps kept came comes left went goes failed fails
failing passed passes tested qualifies qualified takes took sees saw started stopped refuses refused says said
told threw hit brought moved lives lived stays stayed just still now also has been hasn't been showed shows
tried tries dropped drops earned earns received receives reads wrote writes turned turns ran runs walked
started joined transferred withdrew transfers withdraws eats ate sleeps slept cried cries screamed yelled
bit kicked punched pushed threatened vaped skipped skips ditched lost been being might may should would
screened disclosed admitted attempted reported flagged asked broke sprained fractured spent spends sat sits
fell slept fought stole hid ate drank sent says told
uses used wears wore carries carried rides rode struggles struggled attends attended hides stands talks bites hits
kicks screams cries runs walks sleeps refuses
read wet peed pooped made put cut woke forgot drew spoke drank stood held heard found bled shut felt hurt tore wore
gave took lost swore hid spit spat
""".split())
# "Mateo finally read ...", "Ava never turned ...": an adverb between the name and its verb
ADVERBS_BEFORE_VERB = frozenset("finally only still just never always also even again really actually already suddenly"
                                 " totally literally apparently".split())
# "Elijah RIT 198", "Ana ACCESS 3.4": a record's acronym and its result right after the word
_ACRONYM_RESULT = Pattern(r"^[ \t]+(?:RIT|MAP|IAR|ACCESS|WIDA|STAR|GPA|Lexile)[ \t]+(?:scores?[ \t]+|levels?[ \t]+)?\d")
PERSON_SLOT_BEFORE = frozenset("""
for with about and is was does did has have had can will saw see tell told called call text texted
email emailed refer referred suspend suspended gave give moved moving got get put placed pulled sent send keep
kept watch watched check checked help helped tutor tutoring that if when because why how student kid child
named re regarding include including includes plus or nor but like meet met assess assessed evaluate
evaluated screen screened test tested retain retained pick picked drop dropped up boy girl son daughter
grader kiddo freshman sophomore junior senior kinder kindergartner take taking release released how's hows
how'd howd how're where's wheres where'd what's whats
move moves seat seats seated sit sits send sends pull pulls excuse excused remind reminded escort escorted walk
walked bring brings switch switched swap swapped transfer place places schedule scheduled enroll enrolled withdraw
withdrew expel expelled isolate isolated restrain restrained separate separated dismiss dismissed reassign
reassigned assign assigned notice noticed noticing observe observed observing seen spotted caught found watching
w/ w/o add added adding sign signed signing
""".split())
# "update on Kenji", "worried about Ava": "on" takes a person only after these words ("shelter on Ogden" is a street)
_ON_A_PERSON_AFTER = frozenset("update updates note notes news info check checking focus concern concerns eyes eye"
                               " worried follow-up followup".split())
# "talked to Brandon", "custody of Brianna": "to" and "of" take a person only after these words ("went to Lincoln"
# and "the University of Chicago" are places)
_TO_A_PERSON_AFTER = frozenset("talked talk talking spoke speak speaking spoken explained said listened reached"
                               " reported".split())
_OF_A_PERSON_AFTER = frozenset("custody guardianship guardian parent parents mom mother dad father grandmother"
                               " grandma behalf".split())
# "heard from Quentin", "anything from Lena?": "from" takes a person only after these words ("a letter from Lincoln")
_FROM_A_PERSON_AFTER = frozenset("heard hear hearing anything word".split())
_PLACE_PREPOSITIONS = frozenset("on at near off in from to across along onto into via toward towards past".split())
# "Grace (period 3)", "Leo (5th grade)", "Kai, 2nd gr": a name with the class it sits in
# (the class may be anyone's: "in your homeroom", "in Ms. Ortiz's 2nd period"; kindergarten and pre-K are classes too)
_WHOSE_CLASS_NAMED = (r"(?:(?:my|your|our|his|her|their)[ \t]+|(?:(?-i:Ms|Mr|Mrs|Mx|Dr)\.?[ \t]+)?\p{Lu}\p{Ll}+"
                      r"['\x{2019}]s[ \t]+)")
_WHOSE_CLASS = r"(?:the[ \t]+|" + _WHOSE_CLASS_NAMED + r")?"
_CLASS_ASIDE = Pattern(r"(?i)^[ \t]*(?:\([ \t]*(?:(?:my|your|our|his|her)[ \t]+)?"
                       r"(?:period|pd|per|hr|homeroom|room|rm|grade|gr|\d|kinder\w*|pre-?k\b|k\b|first|second|third"
                       r"|fourth|fifth|sixth|seventh|eighth)"
                       r"|,[ \t]*(?:(?:my|your|our)[ \t]+)?(?:(?:period|pd"
                       r"|per|hr"
                      r"|homeroom|rm\.?|room)\s*\d|grade\s*\d|gr\.?\s*\d"
                      # "Kayla R, 3rd per", "Omar, 2nd hr": the class written short
                      r"|\d(?:st|nd|rd|th)?[ \t]*(?:gr\b|grade|period|pd|per\b|hr\b|hour|block)|k\b"
                      r"|kinder"
                      # "Marco, 5th, asthma ...": an ordinal alone between commas is the child's grade
                      r"|\d{1,2}(?:st|nd|rd|th)[ \t]*(?:,|\)|[ \t]-[ \t]))"
                      # "Owen in 2nd period", "Hailey in 4th hour", "Chris in 6B", "Delaney in 10th": the class a
                      # child sits in, said after the name at the head of the clause
                      r"|[ \t]+in[ \t]+" + _WHOSE_CLASS + r"(?:\d{1,2}(?:st|nd|rd|th)(?:[ \t-]+(?:period|pd|per|hour"
                      r"|hr|block|grade|gr))?\b|\d{1,2}(?-i:[A-Z])\b|(?:period|pd|hour|block|room|rm)[ \t]*\d{1,2}\b"
                      r"|(?:first|second|third|fourth|fifth|sixth|seventh|eighth)[ \t-]+(?:period|hour|block|grade)\b"
                      r"|kinder\w*|pre-?k\b|homeroom|advisory)"
                      # "in your class", "in Ms. Ortiz's room": a class said by whose it is ("in room 118" is a place)
                      r"|[ \t]+in[ \t]+" + _WHOSE_CLASS_NAMED + r"(?:class|room|classroom)\b)")


# "the new boy in 2nd period, Ezra, ...", "my student in the back, Lena, ...": a child's description before
# a name in commas (the name is the description's); a team's or a show's place a student holds ("our goalie,
# Mateus, ...", "the lead in the spring musical, Ana, ...")
_CHILD_BEFORE_APPOSITION = Pattern(r"(?i)\b(?:girl|boy|kid|kiddo|student|child|newcomer|transfer|freshman|sophomore"
                                   r"|junior|senior|grader|twin|one|goalie|keeper|captain|pitcher|catcher|shortstop"
                                   r"|quarterback|qb|striker|setter|point\s+guard|leadoff|drum\s+major|valedictorian"
                                   r"|lead|understudy|anchor|mascot)\b[^,.;!?\n]{0,40},[ \t]$")
_CHILD_BEFORE_BRACKET = Pattern(r"(?i)\b(?:girl|boy|kid|kiddo|student|child|newcomer|freshman|sophomore|junior"
                                r"|senior|grader|twin|one)\b[^,.;!?\n()]{0,40}[ \t]\($")
# "1) Brody - ...", "2. Selah: ...": a numbered list's item opening its line
_NUMBERED_ITEM = Pattern(r"(?:^|\n)[ \t]*\d{1,2}[.)][ \t]+$")
_DASHES = frozenset("-\u2013\u2014")
# a note's kind and a dash before the name it is about ("BIP update - DeShawn:", "check-in – Maya:")
_NOTE_WORD_DASH = Pattern(r"(?i)\b(?:update|updates|notes?|check-?in|log|review|summary|plan|data|progress|concern)"
                          r"[ \t]+[-\x{2013}\x{2014}][ \t]+$")
# "Row 1 - Caleb (...)", "9:30 - Ben: ...", "Table 3 - Zoe": a layout's short label and a dash before the row's name
_ROW_LABEL_DASH = Pattern(r"(?:^|\n)[ \t]*[\w:]{1,8}(?:[ \t]+[\w:]{1,5})?[ \t]+[-\x{2013}\x{2014}][ \t]+$")
# "Xavier today:", "Nia this week -": a day's or a week's note about one child, the name heading its line
_NOTE_TIME_HEAD = Pattern(r"(?i)^[ \t]+(?:today|yesterday|this\s+(?:morning|afternoon|week)|last\s+(?:night|week)"
                          r"|at\s+(?:lunch|recess))[ \t]*(?::|\s-\s|\s\x{2013}\s|\s\x{2014}\s)")


# "Ugh, Lexi again.", "Marcus today -", "Nia update:": a name standing alone as what the next sentences are about
# ("Marcus again today period five he ...": dictated, the topic runs on with no stop after it)
_TOPIC_AFTER = Pattern(r"(?i)^[ \t]+(?:again[ \t]+(?:today|this\s+(?:morning|afternoon)|in\s+class)\b"
                       # "lol Trevon again <emoji> ...": an emoji or a sign after "again" ends the topic as a stop does
                       r"|again[ \t]*[^\w\s,;'\x{2019}]"
                       r"|(?:again|today|update|news|situation)[ \t]*(?:[.!?:\x{2013}\x{2014}]|\s-\s|$))")


def in_class(text: str, end: int) -> bool:
    """Whether the name ending at `end` is followed by the class the child sits in ("Owen in 2nd period",
    "Grace (period 3)", "Kai, 2nd gr"): a child at school, whatever is said of them."""
    return _CLASS_ASIDE.search(text[end:end + 40]) is not None


# "He (Josiah) got a 42", "the new kid (Amara) ...": a name in brackets right after a word that stands for a person
_NAMED_IN_BRACKETS_AFTER = frozenset("he she they him her them kid kids student students child son daughter boy girl"
                                     " twin twins brother sister".split())
_AND_ANOTHER_CHILD = Pattern(r"^[ \t]+and[ \t]+(?:another|a|her|his|their|two|some|the[ \t]+other)[ \t]+(?:kid|student"
                             r"|boy|girl"
                            r"|friend|classmate|child)s?\b"
                             # "Elijah and his mom have been staying ...": a child and the family they live with
                             r"|^[ \t]+and[ \t]+(?:his|her|their)[ \t]+(?:mom|mother|dad|father|parents|grandma"
                             r"|grandmother|grandpa|grandparents|family|siblings|brothers?|sisters?|guardian)\b")
# Capitalised for other reasons as often as names: sentence openers and common nouns of school chat.
NOT_FIRST_NAMES = frozenset("""
everyone everybody someone somebody anyone anybody nobody nothing something everything none both either
neither whoever admin admins management security maintenance custodian custodians sub subs substitute
kindergarten kinder freshman freshmen sophomore sophomores junior juniors senior seniors cohort group groups
data testing attendance lunch recess dismissal arrival breakfast snack okay ok yeah yep nope sure maybe
sounds looks seems got need needs still also again apparently honestly basically currently unfortunately
luckily hopefully anyway anyways btw fyi lol omg update reminder question questions answer answers yes
per via re regarding following next last another other others whose whom where there here then than
spring fall winter summer semester quarter term unit lesson chapter test quiz exam benchmark map iar access
rit star sat act psat parcc wida lexia dreambox seesaw edulastic naviance ixl newsela khan quizlet kahoot
nearpod desmos prodigy epic raz zearn amplify eureka wonders lexile
english spanish french chinese arabic polish korean mandarin catholic christian muslim jewish
teachers counselors counsellors nurses aides clerks deans principals paras paraprofessionals coaches caregivers
guardians advisors advisers folks colleagues friends
gran granny gramps grams abuela abuelita abuelo auntie stepmom stepdad stepmother stepfather
concern concerns issue issues action actions outcome summary reason status incident location contact plan
name names reason grade date time signature dob birthdate tardies tardy absences absent grades scores
referrals detentions suspensions
bs cs ds fs
template templates sample samples placeholder mockup
mine yours ours theirs hers
flu covid strep mono rsv norovirus measles chickenpox lice pinkeye
medicaid medicare snap wic tanf ssi ebt
learners
vision hearing dental screening screenings rescreen rescreens immunizations vaccines
transportation facilities payroll guidance registrar registration enrollment admissions technology custodial
nutrition athletics legal law compliance finance accounting procurement purchasing psych routing
engineer clerk secretary janitor driver dispatcher technician receptionist librarian
epipen epipens youtube facetime goguardian gofundme linkedin tiktok whatsapp doordash fedex github javascript
flipgrid gimkit
big huge massive kudos shoutout shout
forwarded attached enclosed updated revised corrected resent shared reposted
blooket wevideo edpuzzle readworks booknook boomcards noredink gonoodle seesaw ipad iphone imac macbook
check-in drop-off pick-up sign-up log-in follow-up self-harm re-eval x-ray e-mail t-shirt co-teach co-taught
follow followup background context observation observations intervention interventions
bank account acct routing amount total cost price payment phone cell email address street city state zip
emergency room vendor item items qty notes note comments comment subject topic goal goals agenda
""".split())


# a child's room between a first name and its verb: "Ruby in Rm 109 has", "Omar from room 12 was" (a class
# period is not read so: "Sofia from 3rd period asked if she can retake the quiz" asks about a policy)
# the groups a school puts a child in outside the timetable, between the name and its verb the same way ("Jasper
# in choir has ...", "Maya on the JV soccer team was ...", "Amir from marching band -"): its ensembles, stage,
# teams, clubs and programs
_SCHOOL_GROUPS = (
    # ensembles
    "band", "marching band", "concert band", "jazz band", "symphonic band", "pep band", "wind ensemble",
    "drumline", "drum line", "color guard", "colorguard", "orchestra", "strings", "choir", "chorus", "show choir",
    "glee", "a cappella", "ensemble",
    # the stage
    "drama", "theater", "theatre", "the musical", "the play", "stage crew", "tech crew", "dance", "dance team",
    "poms", "cheer", "cheerleading",
    # teams (the sport alone, or with "team"/"squad" after it)
    "football", "soccer", "basketball", "baseball", "softball", "volleyball", "track", "cross country", "xc",
    "wrestling", "swim", "swimming", "tennis", "golf", "lacrosse", "hockey", "bowling", "esports",
    # clubs and activities
    "robotics", "debate", "speech team", "model un", "mock trial", "yearbook", "newspaper", "student council",
    "stuco", "chess club", "math team", "scholastic bowl", "key club", "nhs", "fbla", "deca", "hosa", "jrotc",
    "rotc", "avid", "gsa", "art club", "book club", "anime club", "club",
    # programs and rooms a child is placed in
    "after-school", "aftercare", "before care", "tutoring", "the gifted program", "gifted", "ell", "esl",
    "bilingual", "resource", "the resource room", "sped", "life skills", "the cluster", "the transition program",
)
_GROUP_ALTERNATION = "|".join(re.escape(g).replace(r"\ ", r"[ \t]+") for g in sorted(_SCHOOL_GROUPS, key=len,
                                                                                     reverse=True))
# a child's room between a first name and its verb: "Ruby in Rm 109 has", "Omar from room 12 was" (a class
# period is not read so: "Sofia from 3rd period asked if she can retake the quiz" asks about a policy)
_ROOM_AFTER_NAME = Pattern(r"(?i)^[ \t]+(?:in|from)[ \t]+(?:rm\.?|room|homeroom)[ \t]*#?\d{1,4}[a-z]?[ \t,]"
                           r"|^[ \t]+(?:in|from|on)[ \t]+(?:(?:the|my|our|your|his|her)[ \t]+)?"
                           r"(?:(?:jv|varsity|freshman|frosh|boys'?|girls'?)[ \t]+)?(?:" + _GROUP_ALTERNATION + r")"
                           r"(?:[ \t]+(?:team|squad|club|crew|section))?([ \t]*[-\x{2013}\x{2014}:]|[ \t,])")


_COMMON_WORDS = STOP_WORDS | NOT_FIRST_NAMES


def _in_a_title_cased_name(text: str, a: int) -> bool:
    """"Office of Student Protections", "Dept. of Family Services": a capitalised word after a capitalised common
    noun that itself follows "of" or another capitalised word is part of an organisation's title-cased name."""
    words = text[max(0, a - 32):a].split()
    if len(words) < 2 or text[a - 1:a] not in (" ", "\t"):
        return False
    prev, prev2 = words[-1], words[-2]
    if not prev[:1].isupper() or not prev.isalpha() or prev.lower() not in _COMMON_WORDS:
        return False
    return prev2.lower() in ("of", "for") or (prev2[:1].isupper() and prev2.isalpha())


def find_first_names(text: str, lo: int = 0, hi: int | None = None) -> list[tuple[int, int]]:
    """Spans of capitalised single words in a person's slot (see above), not stop words or titles' objects,
    within text[lo:hi] (which starts at a sentence boundary)."""
    found = []
    hi = len(text) if hi is None else hi
    for a, b in _SINGLE_WORD.spans(text[lo:hi]):
        a, b = a + lo, b + lo
        if not text[a].isalpha():
            a += 1
        word = text[a:b]
        lowered = word.lower()
        if text[b:b + 1].isalpha():
            continue  # part of a longer word ("PowerPoint", "GoFundMe"): a brand, not a name
        if lowered in STOP_WORDS or lowered in NOT_FIRST_NAMES or word in TITLES:
            continue
        if _title_before(text[max(0, a - 14):a]) or _place_after(text, b):
            continue
        if _in_a_title_cased_name(text, a) or _in_a_corner(text, a, b) or _stand_in(text, a, b):
            continue
        before = text[max(0, a - 24):a].lower().split()
        if before and before[-1] in _PLACE_PREPOSITIONS and not (len(before) > 1 and (
                before[-2] in _ON_A_PERSON_AFTER or before[-1] == "to" and before[-2] in _TO_A_PERSON_AFTER
                or before[-1] == "from" and before[-2] in _FROM_A_PERSON_AFTER)) \
                and not (text[b:b + 2] in ("'s", "\u2019s") and is_given_name(lowered)):
            # ("a bruise on Mackenzie's arm": a given name's possessive after the preposition is a person's)
            continue  # "the shelter on Ogden needs ...", "lives off Pulaski": a street or a place
        following = text[b:b + 24]
        if following[:1] == " " and following[1:2].isupper() and following[2:3] in (" ", ",", "'", "\u2019", ":") \
                and lowered not in PERSON_SLOT_BEFORE:
            following = following[2:]  # "Jess P is on ...": an initial without its period
        bracketed = [w for w in (w.strip("(") for w in before) if w]
        if a and text[a - 1] == "(" and following[:1] == ")" and bracketed \
                and bracketed[-1] in _NAMED_IN_BRACKETS_AFTER:
            found.append((a, b))
            continue
        # "the kid w/ the broken wrist (Andre P)", "the girl with the nut thing (Owen in 2B)": the name a
        # description of a child is given in brackets (closed within a short aside: an initial, the class)
        if a and text[a - 1] == "(" and 0 <= text.find(")", b, b + 16) \
                and _CHILD_BEFORE_BRACKET.search(text[max(0, a - 60):a]) is not None:
            found.append((a, b))
            continue
        if following[:2] in ("'s", "\u2019s") or following[:1] in ("'", "\u2019") and following[1:2] == " ":
            found.append((a, b))
            continue
        if following[:2] == " (" and following[2:3].isupper():
            close = text.find(")", b, b + 48)
            if close > 0:
                following = text[close + 1:close + 25]  # "JoJo (Josephine in the system) had ...": the aside skipped
        room = _ROOM_AFTER_NAME.search(text[b:b + 48]) if following[:4] in (" in ", " fro", " on ") else None
        if room is not None and room.group(1) is not None:
            # a group is a place too ("Practice in band was ..."): only a word of the given-name lexicon (an
            # ordinary word too, "Jasper", "Amir", may be one here) is a child in it
            if lowered not in _given_names()[0] or lowered in _COMMON_WORDS:
                room = None
            elif room.group(1).strip():
                found.append((a, b))  # "Amir from marching band - his dad ...": the child the clause is about
                continue
        if room is not None:
            # "Ruby in Rm 109 has ...": her room, then her verb
            following = text[b + room.end() - 1:b + room.end() + 23]
        after = following.split(None, 1)
        # "the quiet girl in the back row, Maddie, is ...": a name set off by commas after words for a child
        if text[a - 2:a] == ", " and following[:1] == "," and _CHILD_BEFORE_APPOSITION.search(text[max(0, a - 60):a]):
            found.append((a, b))
            continue
        if _AND_ANOTHER_CHILD.search(following):
            found.append((a, b))  # "Ximena and another girl had ...": one of two children
            continue
        verb = after[0].lower().strip(".,;:!?") if after else ""
        if verb in ADVERBS_BEFORE_VERB and len(after) > 1:
            verb = after[1].split(None, 1)[0].lower().strip(".,;:!?")
        # a verb said of a person: a listed one, or a regular past tense ("Talia complained", "Reggie yelled")
        if verb and following[:1] in (" ", "\t") and (verb in PERSON_VERBS_AFTER or (
                after[0].islower() and verb.endswith("ed") and len(verb) > 4 and verb not in _NOT_PAST_TENSE)):
            found.append((a, b))
            continue
        # ("- Aubree L: ...": a bulleted line, the bullet after a line break or opening the message)
        line_start = a == 0 or text[a - 1] == "\n" or text[max(0, a - 3):a].strip(" \t-*\u2022>\r\n") == "" \
            and (text[max(0, a - 3):a].find("\n") >= 0 or a <= 3) \
            or text[max(0, a - 3):a].rstrip(" \t").endswith(":") \
            or (text[max(0, a - 2):a - 1] in _DASHES
                and (_NOTE_WORD_DASH.search(text[max(0, a - 24):a]) is not None
                     or _ROW_LABEL_DASH.search(text[max(0, a - 20):a]) is not None))
        # "counselor update: Jamir - ...", "BIP update - DeShawn: ...": a note's kind, a dash, then whom it is about
        # "Adrian K - 5 tardies": an initial without its period may stand before the dash
        item = following[2:] if following[:1] == " " and following[1:2].isupper() and following[2:3] in (" ", ".") \
            else following
        item = item[1:] if item[:1] == "." else item
        # "1) Brody - out all week": a numbered item's name before a dash ("8. Wellness: ..." is an agenda's topic)
        if not line_start and item[:3] in (" - ", " \u2013 ", " \u2014 ") \
                and _NUMBERED_ITEM.search(text[max(0, a - 8):a]) is not None:
            found.append((a, b))
            continue
        if line_start and (following[:1] == ":" or item[:3] in (" - ", " \u2013 ", " \u2014 ")
                           or following[:2] == " (" and following[2:3].islower()  # "- Caleb (needs to sit ...)"
                           or _NOTE_TIME_HEAD.search(following)) \
                or _ACRONYM_RESULT.search(following) or _CLASS_ASIDE.search(following) \
                or _TOPIC_AFTER.search(following):
            found.append((a, b))  # "Kayla: 14 absences", "- Omar - BIP review": a list item of students
            continue
        slot = before and (before[-1].strip(",;:(\"\u201c\u201d\u2018") in PERSON_SLOT_BEFORE
                           or (before[-1] == "on" and len(before) > 1 and before[-2] in _ON_A_PERSON_AFTER)
                           or (before[-1] == "from" and len(before) > 1 and before[-2] in _FROM_A_PERSON_AFTER)
                           or (before[-1] in ("to", "of") and len(before) > 1
                               and before[-2] in (_TO_A_PERSON_AFTER if before[-1] == "to" else _OF_A_PERSON_AFTER)))
        # "BIP review for Connor Friday": a weekday or a month after the word is no surname
        if after and after[0][:1].isupper() and after[0].lower().strip(".,;:!?") not in STOP_WORDS:
            continue
        # a word every reader takes for a given name needs no slot ("Shoutout to Priya", "Keisha, the girl in 7th,
        # has ...", "wrote Josiah up"); one that is also an ordinary word ("Grace", "Will") does
        if slot or is_given_name(lowered) and _may_be_named_alone(text, a, b):
            found.append((a, b))
    if _writes_in_lower_case(text):
        found += _lower_case_given_names(text, lo, hi)
    return found


@cache
def _given_names() -> tuple[frozenset[str], frozenset[str]]:
    data = yaml_loader.load_file(GIVEN_NAMES_FILE)
    return frozenset(data["given_names"].split()), frozenset(data["ordinary_words"].split())


def is_listed_given_name(lowered: str) -> bool:
    """Whether a lower-cased word is in the lexicon of given names at all, an ordinary word too ("grace", "will"):
    whether a capitalised word may be a name where its capital says nothing (opening a sentence)."""
    return lowered in _given_names()[0]


def is_given_name(lowered: str) -> bool:
    """Whether a lower-cased word is a given name and nothing else: in the lexicon of children's and families'
    given names (`policy/data/given-names.yaml`, built by `training/given_names/build.py`), and neither an ordinary
    word ("grace", "hunter"), a word capitalised for another reason (days, subjects, titles) nor a school word.
    Loaded on the first call: only a record term without a student of its own asks."""
    names, ordinary = _given_names()
    return lowered in names and lowered not in ordinary and lowered not in _COMMON_WORDS


# a message typed without capitals: its first letter, or a sentence's, is lower case ("jaylen absent again",
# "ok. can u send marcus down")
# (a chat export's time stamp or speaker may stand before the first letter: "[3:02] para: zeke bit ...")
_LOWER_CASE_START = re.compile(r"(?:^|[.!?]\s+|\n)[^A-Za-z\n]{0,12}[a-z]")
# a word of three letters or more, possessive or not ("luca's been ..."), not inside an address, a link or a path
_LOWER_WORD = re.compile(r"(?<![\w'@./#\\-])[a-z]{3,}(?=['\u2019]s\b|(?![\w'\u2019@/\\-]|\.\w))")
# the words before a lower-case name that give it a person's slot, beside PERSON_SLOT_BEFORE
_LOWER_SLOT_BEFORE = frozenset("grab bring brought w w/ have saw".split())
_LOWER_TITLES = frozenset("ms mr mrs mx miss dr coach prof dean nurse principal officer sgt".split())


# "kenji from the district office", "Maria in payroll", "Dan at the help desk": a colleague named by where they work
_WORKPLACE_AFTER = Pattern(r"(?i)^[ \t]+(?:from|in|at|with|over[ \t]+in)[ \t]+(?:the[ \t]+|our[ \t]+)?"
                           r"(?:[\w-]+[ \t]+){0,2}?"
                           r"(?:office|department|dept|it|hr|payroll|district|help[ \t]?desk|tech|maintenance"
                           r"|transportation|facilities|board|accounting|finance|purchasing|custodial|security"
                           r"|admin|administration|registrar|cafeteria[ \t]+staff|kitchen)\b")


def works_at(text: str, end: int) -> bool:
    """Whether the name ending at `end` is followed by the workplace that says who they are: a colleague."""
    return _WORKPLACE_AFTER.search(text[end:end + 48]) is not None


# a street's name: a suffix after it, or a house number or a direction before ("S Perry Ave", "on 42 W. Madison")
_STREET_SUFFIX_AFTER = Pattern(r"(?i)^[ \t]+(?:st|street|ave|avenue|blvd|boulevard|rd|road|dr|drive|ln|lane|pkwy"
                               r"|parkway|ct|court|pl|place|way|hwy|highway|ter|terrace|sq|square|park|manor|heights)\b")
_STREET_BEFORE = Pattern(r"(?:\d[ \t]+|\b[NSEW]\.?[ \t]+)$")
# "Sofia from 3rd period asked if she can retake the quiz": what a child asks is a question about a rule, not a
# fact of their record (a name in a person's slot is still read: "Sofia asked to see the nurse, she has a fever")
_ASKS_AFTER = Pattern(r"(?i)^(?:[ \t]+(?:from|in)[ \t]+[^,.!?\n]{1,24}?)?[ \t]+(?:asked|asks|is[ \t]+asking"
                      r"|was[ \t]+asking|wants[ \t]+to[ \t]+know|wanted[ \t]+to[ \t]+know|wondered|wonders)[ \t]+"
                      r"(?:if|whether|why|when|how)\b")
# "ask Zora (bring the IEP templates to the PLC)": a bracket that opens with an errand is what the person is asked
# to do: a colleague
_ERRAND_AFTER = Pattern(r"(?i)^[ \t]*\((?:please[ \t]+)?(?:bring|send|grab|take|drop|pick|print|copy|make|call|email"
                        r"|cover|collect|return|share|forward)\b")
# "Zoe won the science fair with her seizure-alert dog project!": a child named for an award is praised; the words
# after describe the work, not the child (the module's note: praise and awards are no record)
_AWARD_AFTER = Pattern(r"(?i)^[ \t]+(?:won|wins|placed|took[ \t]+(?:first|second|third|home)|made[ \t]+(?:the[ \t]+)?"
                       r"(?:honou?r[ \t]+roll|finals?|all-?state|varsity)|earned[ \t]+(?:a[ \t]+)?"
                       r"(?:award|medal|trophy|ribbon|scholarship))\b")
# "pearson login", "Seesaw account": a product or a service named before what it gives
_ACCOUNT_AFTER = Pattern(r"(?i)^[ \t]+(?:log-?in|account|acct|portal|app|site|website|password|pw|username|user"
                         r"|inbox|platform|license|licence|subscription)\b")
_CAPITALISED_ITEM_BEFORE = Pattern(r"\p{Lu}[\p{L}'-]+,[ \t]*$")
_CAPITALISED_ITEM_AFTER = Pattern(r"^,[ \t]*\p{Lu}")
# "thanks Ava and the student council", "thx Bree for covering lunch": a person thanked has helped, not been recorded
_THANKED_BEFORE = Pattern(r"(?i)\b(?:thanks|thank[ \t]+you|thx|ty|kudos[ \t]+to|props[ \t]+to)[ \t,]+$")


def _may_be_named_alone(text: str, a: int, b: int) -> bool:
    """Whether a given name found by the lexicon alone (no person's slot around it) stands for a person who may
    be a student: not a street ("Madison St", "S Perry Ave"), a product's login, a table's cell, a colleague named
    by where they work, or someone thanked."""
    if _STREET_SUFFIX_AFTER.search(text[b:b + 12]) or _STREET_BEFORE.search(text[max(0, a - 8):a]) \
            or _ACCOUNT_AFTER.search(text[b:b + 16]):
        return False
    if _CAPITALISED_ITEM_BEFORE.search(text[max(0, a - 24):a]) or _CAPITALISED_ITEM_AFTER.search(text[b:b + 6]):
        return False  # "Present: Alvarez, Brennan, Chu": a capitalised word in a comma list of surnames is one too
    line_start, line_end = text.rfind("\n", 0, a) + 1, text.find("\n", b)
    if "|" in text[line_start:a] and "|" in text[b:len(text) if line_end < 0 else line_end]:
        return False  # a table's cell: its column's header says whose it is (tables.py reads it)
    if _ASKS_AFTER.search(text[b:b + 48]) or _ERRAND_AFTER.search(text[b:b + 16]) \
            or _AWARD_AFTER.search(text[b:b + 24]):
        return False
    return not works_at(text, b) and _THANKED_BEFORE.search(text[max(0, a - 16):a]) is None


def _writes_in_lower_case(text: str) -> bool:
    return _LOWER_CASE_START.search(text) is not None


def _lower_case_given_names(text: str, lo: int, hi: int) -> list[tuple[int, int]]:
    """A writer who capitalises no sentence capitalises no name either ("can u grab breanna from lunch"): in such
    a message a lower-case word that is a given name and nothing else is a person, unless a title stands before
    it ("mrs. b", "coach dan") or a place noun after it ("kenwood academy")."""
    found = []
    for m in _LOWER_WORD.finditer(text, lo, hi):
        if not is_given_name(m.group()):
            continue
        a, b = m.span()
        before = text[max(0, a - 12):a].lower().replace(".", " ").split()
        if before and before[-1] in _LOWER_TITLES or _place_after(text, b) or not _may_be_named_alone(text, a, b):
            continue
        # a person's slot: the name opens its sentence or line, follows a word that takes a person, or a verb said
        # of a person follows it ("jaylen absent again", "send marcus down", "that jordyn failed")
        opens = text[max(0, a - 4):a].strip(" \t>*-\u2022") == "" or text[max(0, a - 3):a].rstrip(" \t")[-1:] in (
            ".", "!", "?", "\n", ":", ",", "(")
        after = text[b:b + 16].split(None, 1)
        verb = after[0].lower().strip(".,;:!?") if after and text[b:b + 1] == " " else ""
        said = verb in PERSON_VERBS_AFTER or verb.endswith("ed") and verb not in _NOT_PAST_TENSE \
            or text[b:b + 2] in ("'s", "\u2019s")
        # a three-letter name ("kai", "eli") only with a verb or a possessive after it: three letters are as often
        # a chat abbreviation
        if said or b - a > 3 and (opens or before and (before[-1] in PERSON_SLOT_BEFORE
                                                      or before[-1] in _LOWER_SLOT_BEFORE)):
            found.append((a, b))
    return found


# "the Jones kid", "the Patel twins": a family name standing for the student
_FAMILY_NAME_KID = Pattern(r"(?:^|[^\p{L}])[Tt]he\s+(" + _OCR_NAME + r")\s+(?:kid|kids|boy|boys|girl|girls"
                           r"|child|children|twins|brothers|sisters|siblings|student)\b"
                           # "Morales kids' custody hearing": the family's children, possessive, with no "the"
                           r"|(?:^|[^\p{L}])(\p{Lu}\p{Ll}+)\s+(?:kids|twins|siblings|children)['\x{2019}](?:[ \t]|$)")


# "DJ (the tall one in 7th)", "Bree (the new girl)": a name, nickname or initials with an aside saying who it is
_DESCRIBED_NAME = Pattern(r"(?:^|[^\p{L}\p{N}_])(\p{Lu}[\p{L}'\x{2019}-]{1,20})[ \t]+\((?:the|our|my"
                          r"|that)[ \t]+[^()\n]{0,30}?"
                          r"\b(?:one|kid|boy|girl|student|twin|freshman|sophomore|junior|senior|\d+(?:st|nd|rd"
                          # "Brayden (my 2nd period)": the class the child sits in
                          r"|th)[ \t-]?grader|period|pd|class|homeroom|section|block)\b")


def find_described_names(text: str) -> list[tuple[int, int]]:
    # the aside opens with one of its four words right after the bracket: without one, no regex pass
    if "(th" not in text and "(our" not in text and "(my" not in text:
        return []
    return [m.span(1) for m in _DESCRIBED_NAME.finditer(text)
            if m.group(1).lower() not in STOP_WORDS and m.group(1) not in TITLES]


# "Omari, Bella, Ruben all below ...", "Kiara, Mateo and Josiah": three or more capitalised words in a comma
# list (or two joined by "and") are people named one after another
_NAME_LIST = Pattern(r"(?:^|[^\p{L}\p{N}_])\p{Lu}\p{Ll}+(?:,[ \t]+\p{Lu}\p{Ll}+){1,}"
                     r"(?:,?[ \t]+(?:and|&)[ \t]+\p{Lu}\p{Ll}+)?"
                     r"|(?:^|[^\p{L}\p{N}_])\p{Lu}\p{Ll}+[ \t]+(?:and|&)[ \t]+\p{Lu}\p{Ll}+")
_LIST_WORD = Pattern(r"\p{Lu}\p{Ll}+")


def find_name_lists(text: str, lo: int = 0, hi: int | None = None) -> list[tuple[int, int]]:
    """Each name of a list of first names within text[lo:hi] (see _NAME_LIST); a list holding a stop word or
    a word capitalised for another reason ("Math, Science and Art") names no one."""
    hi = len(text) if hi is None else hi
    found: list[tuple[int, int]] = []
    for a, b in _NAME_LIST.spans(text[lo:hi]):
        words = [(lo + a + x, lo + a + y) for x, y in _LIST_WORD.spans(text[lo + a:lo + b])]
        if len(words) < 2 or (len(words) == 2 and "," in text[lo + a:lo + b]):
            continue
        if any(text[x:y].lower() in STOP_WORDS or text[x:y].lower() in NOT_FIRST_NAMES or text[x:y] in TITLES
               for x, y in words):
            continue
        # "Inhalers and EpiPens": a word running on into more letters is a brand, and the list names things
        if any(text[y:y + 1].isalpha() for _, y in words):
            continue
        if len(words) == 2 and _names_a_corner(text, words[0][0], words[1][1]):
            continue
        found.extend(words)
    return found


# where a corner of two streets is said to be: "lives near Pulaski & Armitage", "NE corner of Cicero and Belmont";
# after "on" or "at" only with an ampersand, as a corner is written ("the stop at Ogden & Western", "the building on
# Roosevelt & Ogden"): "yelled at Maya and Leo" is two children
_CORNER_BEFORE = Pattern(r"(?i)(?:\b(?:near|off)|\b(?:corner|intersection)[ \t]+of)[ \t]+$")
_CORNER_AMPERSAND_BEFORE = Pattern(r"(?i)\b(?:on|at)[ \t]+$")


def _names_a_corner(text: str, start: int, end: int) -> bool:
    """Whether the pair text[start:end] ("Pulaski & Armitage") is two streets: the place words of a corner stand
    before it, and no possessive follows ("sat near Maya and Leo's cubbies" is theirs)."""
    if text[end:end + 2] in ("'s", "\u2019s"):
        return False
    before = text[max(0, start - 24):start]
    return _CORNER_BEFORE.search(before) is not None \
        or "&" in text[start:end] and _CORNER_AMPERSAND_BEFORE.search(before) is not None


def _in_a_corner(text: str, a: int, b: int) -> bool:
    """Whether the capitalised word text[a:b], read alone by the first-name reader, is one street of a corner
    ("... corner of Lawrence and Kimball", "... on Roosevelt & Ogden")."""
    if text[a - 2:a] in ("& ", "d "):
        window = text[max(0, a - 40):a]
        m = _CORNER_HEAD.search(window)
        if m is not None and _names_a_corner(text, a - (len(window) - m.start(1)), b):
            return True
    if text[b:b + 3] in (" & ", " an"):
        m = _CORNER_TAIL.match(text, b, b + 40)
        return m is not None and _names_a_corner(text, a, m.end())
    return False


_CORNER_HEAD = re.compile(r"(?:^|[^\w'])([A-Z][a-z]+)[ \t]+(?:and|&)[ \t]+$")
_CORNER_TAIL = re.compile(r"[ \t]+(?:and|&)[ \t]+[A-Z][a-z]+")


def _stand_in(text: str, a: int, b: int) -> bool:
    """Whether the word text[a:b] and the letter or number after it are a case study's stand-in ("Learner C - 6th
    grade", "Kid 2: ..."), no one's name (tables.is_placeholder_name)."""
    m = _STAND_IN_MARK.match(text, b, b + 8)
    return m is not None and is_placeholder_name(text[a:m.end()])


_STAND_IN_MARK = re.compile(r"[ \t]+#?(?:[A-Z]|\d{1,2})(?![\w.'\u2019])")


# the child words of _FAMILY_NAME_KID (case-sensitive, like the pattern): one must be in the text
_KID_WORDS = ("kid", "boy", "girl", "child", "twins", "brothers", "sisters", "siblings", "student")


def find_family_name_students(text: str) -> list[tuple[int, int]]:
    # neither form can match without "the" (the first) or an apostrophe (the second), nor without a child word:
    # most messages are decided by these C-level tests, the cheaper first, without a regex pass
    if "the" not in text and "The" not in text and "'" not in text and "\u2019" not in text:
        return []
    if not any(w in text for w in _KID_WORDS):
        return []
    found = []
    for m in _FAMILY_NAME_KID.finditer(text):
        group = 1 if m.group(1) else 2
        name = m.group(group).lower()
        if name not in STOP_WORDS and name not in NOT_FIRST_NAMES:
            found.append(m.span(group))
    return found


# a list row that opens with a name: "Leo", "Aria: 17 days", "Kendrick - 21", "Maya T.", "Omar (5th)"
# "Malik 62", "Serena B. 91": a name then its value, under a header of marks
# "Kevin O'Brien .... 12", "DeShawn Carter - F Geometry": a whole name, dot leaders before the value
_LISTED_NAME = Pattern(r"^((?:Mc|De|La|Le|Da|Di|O['\x{2019}])?\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)"
                       r"(?:[ \t]+\p{Lu}\.?"
                       r"|[ \t]+((?:Mc|De|La|Le|Da|Di|O['\x{2019}])?\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?))?"
                       r"[ \t]*(?:$|[:,(\-\x{2013}\x{2014}]"
                       r"|[ \t]+-"
                       r"|[ \t.]+\d{1,3}(?:\.\d+)?%?[ \t]*$"
                       # "Diego 34 -> 41 -> 39 (flat)": a series of a child's scores, each after an arrow or a slash
                       r"|[ \t.]+\d{1,3}(?:\.\d+)?%?(?:[ \t]*(?:\x{2192}|->|=>|/|,|>)[ \t]*\d{1,3}(?:\.\d+)?%?)+"
                       r"[ \t]*(?:\(.*\))?[ \t]*$)")


def is_listed_name(row: str) -> bool:
    """Whether a row listed under a header opens with a first name (not a stop word, a title or a weekday)."""
    m = _LISTED_NAME.search(row.rstrip())
    if not m:
        return False
    return all(word.lower() not in STOP_WORDS and word.lower() not in NOT_FIRST_NAMES and word not in TITLES
               for word in (m.group(1), m.group(2) or m.group(1)))


# A student pointed at without a full name: "the new kid in 3rd", "my kiddo Marcus", "my little Ella", "the girl
# in 6th", initials "J.M." / "A.R." (a staff member's initials follow a title, "Ms. J.M.", which TITLES keeps as
# an adult's).
# "one of my students", "one of my 4th graders", "a junior in my advisory", "a new kid" point at nobody a reader
# can name: any of a teacher's class (the blind review sets label such a child's record no record, DESIGN.md:
# a name, a first name and initial, or an ID). "the new kid in 3rd", "that girl from my 3rd period" point at one.
_POINTED_STUDENT = Pattern(
    r"(?i)\b(?:my|our)\s+(?:little\s+|sweet\s+|new\s+)?(?:kiddo|kiddos|cutie|student|mentee|advisee)\b"
    r"|\b(?:my|our)\s+little\s+(?-i:\p{Lu}\p{Ll}+)\b"
    r"|\b(?:the|this|that)\s+new\s+(?:kid|boy|girl|student|transfer)\b(?:\s+in\s+(?:my\s+)?\d{1,2}"
    r"(?:st|nd|rd|th)?(?:\s+(?:grade|period|pd|hour|block))?)?"
    # "the kid in 5B", "that girl from my 3rd period" point at one child; "a student in 5th" is anyone in it
    r"|\b(?:the|one|this|that)\s+(?:kid|boy|girl|student|child)\s+(?:in|from)\s+(?:my\s+)?(?:\d{1,2}"
    r"(?:st|nd|rd|th)?|\d{1,2}-?(?-i:[A-Z])|first|second|third|fourth|fifth|sixth|seventh|eighth)(?:\s+(?:grade"
    r"|period|pd|hour|block|class))?\b"
    r"|\b(?:this|that)\s+(?:\d{1,2}(?:st|nd|rd|th)[ \t-]?grader|freshman|sophomore|junior|senior|kinder"
    r"|kindergartner)\b")
# lower-case words that stand before a letter as often as a name does ("plan b", "option a", "group c", "grade k")
_NOT_A_LOWER_NAME = frozenset("plan option group table row section part grade level tier station center centre"
                              " seat bus lunch pod team wing hall block day vitamin type".split())
_INITIALS = Pattern(r"(?:^|[^\p{L}\p{N}_.])(\p{Lu}\.[ \t]?\p{Lu}\.?)(?:[^\p{L}\p{N}_.]|$)")
# initials that are places, times, subjects and titles, not a child
_NOT_INITIALS = frozenset({"AM", "PM", "US", "PE", "DC", "NY", "LA", "IT", "ER", "RN", "OT", "PT", "BA", "MA",
                           "UK", "IE", "EG", "HS", "MS", "ES", "JV", "VP", "AP", "PA", "TA", "SS", "ST", "DR", "MR",
                           "NB", "PS", "OK", "TV", "UN", "EU", "BC", "AD", "RE", "CC", "HR", "PD", "GT", "SW",
                           "PO", "MD", "DO", "ID", "HW", "JK", "BS", "QA", "NJ", "NC", "SC", "WA", "PR"})


# words each of _POINTED_STUDENT's alternatives holds (alternative 5 holds one of each pair of sets)
_POINTING_WORDS = ("my", "our", "new", "grader", "freshman", "sophomore", "junior", "senior", "kinder")
_POINTED_CHILD = ("kid", "boy", "girl", "student", "child")
_POINTING_WORD = re.compile("|".join(re.escape(word) for word in _POINTING_WORDS))


def _may_point(text: str) -> bool:
    """Whether _POINTED_STUDENT can match: an ASCII text without any of its words cannot (a non-ASCII one may
    fold to them, so it is always read)."""
    if not text.isascii():
        return True
    lowered = text.lower()
    if _POINTING_WORD.search(lowered) is not None:  # (one C-level scan for any of the words)
        return True
    # the one alternative without such a word ("the kid in 5B") opens with "the", "one", "this" or "that"
    return ("in" in lowered or "from" in lowered) and ("th" in lowered or "one" in lowered) \
        and any(w in lowered for w in _POINTED_CHILD)


# "jordan h in 5th", "maya r in my 3rd period": chat typed in lower case, a given name and its initial with the class
_LOWER_NAME_IN_CLASS = Pattern(r"(?:^|[^\p{L}\p{N}_'])(\p{Ll}{3,12}[ \t]+\p{Ll}\.?)[ \t]+in[ \t]+"
                               r"(?:my[ \t]+|your[ \t]+)?"
                               r"(?:\d{1,2}(?:st|nd|rd|th)|\d{1,2}-?[A-Za-z]|kinder\w*|homeroom)\b")


def find_pointed_students(text: str) -> list[tuple[int, int]]:
    """Students named without a full name: a description that points at one child, or their initials."""
    found = list(_POINTED_STUDENT.spans(text)) if _may_point(text) else []
    if " in " in text:
        for m in _LOWER_NAME_IN_CLASS.finditer(text):
            word = m.group(1).split()[0]
            if word not in STOP_WORDS and word not in NOT_FIRST_NAMES and word not in _NOT_A_LOWER_NAME:
                found.append(m.span(1))
    if "." in text:
        for m in _INITIALS.finditer(text):
            a, b = m.span(1)
            letters = "".join(ch for ch in text[a:b] if ch.isalpha())
            if letters not in _NOT_INITIALS and not _title_before(text[max(0, a - 12):a]):
                found.append((a, b))
    return found

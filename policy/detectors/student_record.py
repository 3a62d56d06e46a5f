"""Student records: education-record information (grades and scores, attendance, discipline, IEP/504 and
services, disability, health, counselling, immigration, lunch eligibility, housing, custody, retention)
tied to an identifiable student: a name, a first name and initial, or a student ID in the same sentence
(or the next one when it goes on with "he"/"she").

Praise, awards, rosters, schedules, meeting logistics and IEP talk with no student identified are not
records; names after a title (Ms., Mr., Dr., Coach) are staff.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable, Iterable
from typing import Literal

from policy.detectors import circumstances, student_id
from policy.detectors.base import Candidate
from policy.detectors.bound import first
from policy.detectors.context import ScanContext
from policy.detectors.names import (
    ADVERBS_BEFORE_VERB,
    NOT_FIRST_NAMES,
    PERSON_VERBS_AFTER,
    STOP_WORDS,
    TITLES,
    find_described_names,
    find_family_name_students,
    find_first_names,
    find_name_lists,
    find_pointed_students,
    in_class,
    is_given_name,
    is_listed_given_name,
    is_listed_name,
    title_before,
)
from policy.detectors.patterns import Pattern, RegexMatch
from policy.detectors.tables import name_column_trigger, record_rows

# Record terms by category: data, so a district can extend them. Matched case-insensitively except where
# the fragment sets (?-i) (IEP, ELA grades).
# school subjects as a report card or a gradebook names them
_SUBJECTS = (r"reading|math|maths|science|ela|english|writing|spelling|phonics|social\s+studies|history|spanish|french"
             r"|art|music|pe|health|bio|biology|chem|chemistry|physics|algebra|alg\s?(?:i|ii|1|2)|geometry|geo|civics"
             r"|gov|government|econ|conduct|behaviou?r|effort|eng\s+(?:i|ii|iii|iv|\d+)")
# a course as a high-school transcript names it: an optional AP/IB/Honors prefix, the subject (the report card's
# words above and the upper-level ones), an optional level ("AP Calc AB", "Hon Chem", "Alg2", "Span 3")
_COURSE = (r"(?:(?-i:AP|IB|H|Hon|Honors)[ \t]+)?(?:" + _SUBJECTS
           + r"|calc|calculus|precalc|pre-?calc|stats?|statistics|lit|literature|lang|psych|psychology|span"
             r"|apush|euro|comp\s+sci)"
           + r"(?:[ \t]?(?-i:AB|BC|I{1,3}|IV|[1-4]))?")
RECORD_TERMS: dict[str, str] = {
    # "failing" alone is as often a login or a printer; a report card named as a document is no grade
    "grades": r"\bfail(?:ing|ed|s)\s+(?:(?:his|her|their|the|all|two|three|four|both|most|every|\d)\s+)?"
              # "failed the unit test", "failing her chem midterm": one more word before what was failed
              r"(?:(?:unit|chapter|math|reading|science|spelling|vocab|history|chem|bio|final|weekly|last)\s+)?"
              r"(?:(?:\d(?:st|nd|rd|th)\s+period|classes|class|courses?|subjects?|math|algebra|geometry|reading"
              r"|science|biology|chemistry|physics|english|ela|history|spanish|french|art|music|pe|writing"
              r"|civics|government|econ(?:omics)?|(?:pre-?)?calc(?:ulus)?|statistics|psychology"
              r"|social\s+studies|[A-Z][a-z]+\s+\d|tests?|quiz(?:zes)?|exams?|midterms?|finals?|grades?|marks?)\b)"
              # a failing percentage at a grading checkpoint: "had a 41% at the progress report", "52% at midterm"
              # (a high one said of someone is praise, DESIGN.md)
              r"|(?:^|[^\d.])[0-6]?\d(?:\.\d)?\s?%\s+(?:at|on|for|going\s+into|as\s+of)\s+(?:the\s+)?"
              r"(?:progress\s+reports?|mid-?terms?|mid-?quarter|interims?|report\s+cards?|(?:grading|marking)\s+period"
              r"|end\s+of\s+(?:the\s+)?(?:quarter|semester|term))\b"
              r"|\bfailing\s+grades?\b"
              r"|\breport\s+card\s+(?:grades?|comments?|says|shows)\b|"
              # scores and ranks: "12th percentile", "reading score dropped", "reads at a 2nd grade level"
              r"\b\d{1,2}(?:st|nd|rd|th)\s+percentile\b|\bpercentile\s+(?:rank\s+)?(?:of\s+)?\d"
              r"|\b(?:reading|math|map|nwea|test|sat|act|psat|star|i-?ready|benchmark|exam|assessment|lexile|rit|ela)"
              r"\s+scores?\s+(?:dropped|fell|declined|went\s+down|tanked|plummeted)\b"
              # a fall counted in points: "dropped 19 points since fall", "fell 12 RIT points"
              r"|\b(?:dropped|fell|slipped|declined|went\s+down)\s+(?:by\s+)?\d{1,2}\s+(?:rit\s+|scale\s+)?points\s+"
              r"(?:since\s+(?:the\s+)?(?:fall|winter|spring|boy|moy|last\s+(?:test|benchmark|window|screener))"
              r"|(?:in|on)\s+(?:math|reading|ela|writing|science|the\s+(?:map|benchmark|screener|test|i-?ready)))\b"
              r"|\b(?:reads|reading|performing|works?)\s+(?:at|below)\s+(?:a\s+)?(?:\d(?:st|nd|rd|th)|kinder\w*)"
              r"[\s-]+grade\b|\bbelow\s+(?:the\s+)?\d+(?:st|nd|rd|th)\s+percentile\b|\b(?-i:[DF][+-]?|C-)\s+in\s+"
              r"(?-i:[A-Z][A-Za-z]+)\b"
              # a low mark in a course as a transcript writes it, the course in any case: "F in science"
              # standards-based marks counted: "mostly 2s in reading", "all 1's in math"
              r"|\b(?:mostly|all|straight|only)\s+[1-4]['\x{2019}]?s\s+(?:and\s+[1-4]['\x{2019}]?s\s+)?in\s+"
              r"(?:" + _COURSE + r")\b"
              r"|\b(?-i:[DF][+-]?|C-)\s+in\s+(?:" + _COURSE + r")(?:[ \t]*(?:[,.;:)!?]|$)"
              r"|[ \t]+(?:this|last|for|again|and|but|so|class|because|(?-i:S[12]|Q[1-4]|T[1-3]|MP[1-4]))\b)"
              # low letter grades counted ("had two Cs", "3 Ds"): a transcript's marks, capitals only (counted As and
              # Bs said of someone are praise, and "no Fs allowed" is a rule)
              r"|\b(?:[1-9]|one|two|three|four|five|six)\s+(?-i:[CDF])['\x{2019}]?s\b"
              r"|\bgpa\b|\b\d+(?:st|nd|rd|th)\s+grade\s+(?:reading\s+)?level\b|\bscored\s+(?:an?\s+)?\d{1,3}\s?%"
              r"|\bacademic\s+probation\b|\bbelow\s+(?:grade|average|basic)\b"
              # "way behind in reading", "two years behind in math"
              r"|\b(?:way|far|really|so|years?|months?|two|three|\d)\s+behind\s+(?:in\s+|on\s+)?(?:reading|math|writing"
              r"|phonics|credits|class(?:es)?|school\s*work|grade\s+level)\b"
              # a named test's score said of someone: "scored a 162 on MAP reading", "got a 14 on the ACT"
              r"|\b(?:scored|got|earned|received)\s+(?:an?\s+)?\d{1,4}(?:\.\d{1,2})?\s+on\s+(?:the\s+|her\s+|his\s+"
              r"|their\s+)?"
              r"(?:map|nwea|star|i-?ready|sat|act|psat|parcc|iar|wida|access|aspire|lexile|rit|benchmark|reading"
              r"|math|ela|science|unit|final|midterm|placement|state)\b"
              # "got a 55 on the chapter 4 quiz", "scored 38 on her lab practical exam": a mark on a named piece of work
              r"|\b(?:scored|got|earned|received|gets|scores)\s+(?:an?\s+|only\s+)?\d{1,3}(?:\.\d{1,2})?(?:/\d{1,3})?"
              r"\s+on\s+"
              r"(?:the\s+|her\s+|his\s+"
              r"|their\s+|this\s+|last\s+|that\s+)?(?:[\w-]+\s+){0,3}?(?:tests?|quiz(?:zes)?|exams?|midterms?|finals?"
              r"|essays?"
              r"|projects?|labs?|practicals?|assessments?|check-?ins?|retakes?)\b"
              # "missing 14 assignments", "passed his Algebra retake"
              r"|\bmissing\s+\d{1,3}\+?\s+(?:assignments|homeworks?|labs|quizzes|tests|essays)\b"
              r"|\b\d{1,3}\s+missing\s+assignments\b"
              r"|\b(?:passed|failed|failing|passing|flunked)\s+(?:his|her|their|the)\s+(?:\w+\s+)?(?:retake|re-?test"
              r"|make-?up\s+(?:test|exam))\b"
              # "2 Fs this quarter", "ineligible for the game"
              r"|\b\d\s+(?-i:F|D)['\x{2019}]?s\b|\b(?:academically\s+)?ineligible\b"
              # "reading is at a K level", "reads at a first-grade level"
              r"|\b(?:reads|reading(?:\s+is)?|performing|works?|is|math\s+is)\s+(?:at|below)\s+(?:an?\s+)?(?-i:K"
              r"|PK)\s+level\b"
              r"|\b(?:reads|reading(?:\s+is)?|performing)\s+(?:at|below)\s+(?:an?\s+)?(?:kinder\w*|first|second|third"
              r"|fourth|fifth|sixth)"
              r"[\s-]+grade(?:\s+level)?\b"
              # "67% Q1, 54% Q2": a percentage for a marking period
              r"|\b\d{1,3}(?:\.\d)?\s?%\s+(?-i:Q[1-4]|S[12]|T[1-3]|MP[1-4])\b|\b(?-i:Q[1-4]|S[12]|T[1-3]"
              r"|MP[1-4])\s*:?\s*\d{1,3}(?:\.\d)?\s?%"
              # "52 / F", "89/B+": a score beside its letter grade
              r"|\b\d{2,3}(?:\.\d)?%?[ \t]*/[ \t]*(?-i:[A-DF][+-]?)(?:[^\w+\-]|$)"
              # "48 on the final", "a 12/30 on her vocab quiz": a mark on a test, the verb left out as chat does
              r"|(?:^|[\s,;:(])(?:an?\s+)?\d{1,3}(?:\.\d{1,2})?(?:/\d{1,3})?\s+on\s+(?:the|his|her|their)\s+"
              r"(?:[\w-]+\s+){0,2}?"
              r"(?:finals?|midterms?"
              r"|tests?|quiz(?:zes)?|exams?)\b"
              r"|\b(?:lowest|highest|worst)\s+(?:score\s+)?in\s+(?:the|her|his|their)\s+(?:grade|class)\b",
    "attendance": r"\btruan(?:t|cy)\b|\bchronic(?:ally)?\s+absen\w*\b"
                  # "14 unexcused absences", "15 consecutive absences"
                  r"|\b\d+\s+(?:(?:unexcused|excused|consecutive|straight|unverified|total)\s+)?(?:absences|tardies)\b"
                  r"|\bmissed\s+\d+\s+(?:days|classes|school\s+days|periods|class\s+periods)\b|\b\d+\s+days\s+(?:absent"
                  r"|missed)\b"
                  r"|\babsent\s+(?:again|all\s+week|\d+\s+times)\b|\babsence\s+list\b"
                  r"|\babsent\s+(?:for\s+)?\d+\s+days\b|\bunexcused\b"
                  # "hasn't been to school since the 3rd", "hasn't shown up in class for a week"
                  r"|\b(?:hasn't|has\s+not|hadn't|had\s+not|hasnt|not|never)\s+(?:been|come|shown\s+up|showed\s+up)\s+"
                  r"(?:to|in|at)"
                  r"\s+(?:school|class)\s+(?:since|for|in|all)\b"
                  # "attendance for 6612... (Ana G.) is 58%": whose rate it is may sit between the word and the figure
                  r"|\battendance\s+(?:rate\s+)?(?:(?:for|of)\s+[^!?\n%]{1,40}?\s+)?(?:(?:is|was|has|had|'s)\s+)?(?:(?:dropped|fallen|fell|down|now|at|of"
                  r"|only|just|barely)\s+){0,2}(?:to\s+)?\d{1,2}(?:\.\d)?\s?%"
                  # the rate first: "0% attendance since January", "a 62% attendance rate" (below 90: chronic absence)
                  r"|(?:^|[^\d.])[0-8]?\d(?:\.\d)?\s?%\s+attendance\b",
    "discipline": r"\bsuspen(?:ded|sion)\b|\bexpel(?:led)?\b|\bexpulsion\b|\bdetention\b|\bbehaviou?r\s+"
                  r"(?:contract|plan|intervention)\b|\bdisciplin\w*\b|\bfight(?:ing)?\b|\barrest(?:ed)?\b"
                  r"|\bin-school\s+suspension\b"
                  # counts of referrals and what they were for; referrals to a service
                  r"|\b\d+\s+(?:behaviou?r\s+|office\s+|discipline\s+|major\s+|minor\s+)?referrals\b|\bdefiance\b"
                  r"|\b(?-i:SW|SST|MTSS)\s+referral\b|\b(?:social\s+work|nurse|counsel\w*)\s+referral\b"
                  # "threw a chair", "hit a classmate": what a dean is called for
                  r"|\bthrew\s+(?:a|the|his|her)\s+(?:chair|desk|book|punch|chromebook|laptop)\b"
                  r"|\b(?:hit|punched|kicked|bit|slapped|choked)\s+(?:a|another|his|her)\s+(?:classmate|student|kid"
                  r"|peer|teacher|sub)\b"
                  # academic dishonesty
                  r"|\b(?:caught|accused\s+of|admitted\s+to|suspected\s+of)\s+(?:cheating|plagiari\w*|copying)\b"
                  r"|\bplagiari[sz]ed\b"
                  r"|\bacademic\s+(?:dishonesty|integrity\s+violation)\b"
                  r"|\brefer(?:red|ring)?\s+(?:[\w'\x{2019}.-]+\s+){0,2}?for\s+(?:an?\s+)?(?:eval|evaluation|testing"
                  r"|sped|special\s+ed)\b"
                  # the juvenile courts and fights said plainly
                  r"|\bprobation\s+officer\b|\bon\s+probation\b|\bjuvenile\s+(?:court|detention|justice|probation"
                  r"|record)\b"
                  r"|\bjuvie\b|\baltercation\b|\bscuffle\b|\bgot\s+into\s+(?:it|a\s+fight)\s+with\b"
                  # restraint and seclusion reports: "was restrained today (CPI hold)", "put in seclusion"
                  r"|\b(?:was|were|got|been|being)\s+restrained\b|\bphysical(?:ly)?\s+(?:restraint|restrained|hold)\b"
                  r"|\b(?-i:CPI)\s+(?:hold|restraint)\b|\bseclu(?:sion|ded)\b|\bprone\s+restraint\b|\b(?-i:OSS|ISS)\b"
                  r"|\bvaping\b|\bvaped\b|\bexpelled\b"
                  r"|\b(?:behaviou?r|disciplin\w*|office|conduct|incident)\s+referrals?\b"
                  r"|\breferred\s+(?:to|for)\s+(?:the\s+)?(?:dean|counsel\w*|social\s+work\w*|psych\w*|sped"
                  r"|special\s+ed\w*|evaluation|testing|dcfs|discipline)",
    "special_education": r"\bhomebound\b|\b(?-i:ELL|EL|ESL|ELD|LEP)\s+(?:level|status|services|program|student)\s*\d?"
                         r"|\benglish\s+learner\b|\b(?:modified|shortened|reduced|abbreviated|partial)\s+(?:school\s+)?"
                         r"(?:day|schedule)\b|\b(?-i:IEP)s?\b|\b504\b|\bspecial\s+ed(?:ucation)?\b|\bsped\b"
                         r"|\blearning\s+disabilit"
                         r"\w*|\bpsych(?:ological)?\s+eval\w*|\bextended\s+time\b|\bscribe\b|\baccommodations?\b"
                         r"|\bresource\s+room\b|\bspeech\s+therapy\b"
                         # services and referrals: "qualifies for speech services", "OT services"
                         r"|\b(?:speech|language|occupational|physical|ot|pt|sped|special\s+ed|related|iep)"
                         r"\s+services\b|\bqualif(?:y|ies|ied)\s+for\s+(?:an?\s+)?(?:speech|special|sped|services"
                         r"|iep|504|ot|pt|free|reduced|mckinney)",
    "health": r"\bdiagnos\w*|\badhd\b|\bautis\w*|\bdyslexi\w*|\bdiabet\w*|\basthma\w*|\ballerg\w*"
              r"|\bepi-?pen\b|\binhaler\b|\binsulin\b|\bseizures?\b|\bepilep\w*|\bmedications?\b|\bmedicated\b"
              r"|\bprescri\w*|\bdepress\w*|\banxiety\b|\bself[\s-]?harm\w*|\bsuicid\w*|\bself[- ]?injur\w*"
              r"|\bcutting\s+(?:him|her|them)sel(?:f|ves)\b"
              # injuries and illnesses a school hears of: "on crutches", "elevator pass", "stomach bug", "has the flu"
              r"|\bcrutches\b|\bwheelchair\b|\belevator\s+pass\b|\b(?:broke|broken|sprained|fractured)\s+(?:his|her"
              r"|their|an?)?\s*"
              r"(?:arm|leg|wrist|ankle|foot|hand|collarbone)\b|\bstomach\s+bug\b|\bstrep\b|\bpink\s*eye\b"
              r"|\b(?:has|had|with|got|caught|for)\s+(?:the\s+|a\s+)?(?:flu|fever|virus|covid|chicken\s*pox)\b"
              r"|\bsent\s+home\s+(?:\w+\s+){0,4}?(?:for|with|because\s+of)\s+(?:a\s+)?(?:fever|lice|vomiting|rash"
              r"|pink\s*eye)\b"
              # wishes to die said plainly: "doesn't want to live anymore", "wants to die"
              r"|\b(?:doesn't|does\s+not|didn't|don't|dont|doesnt)\s+want\s+to\s+(?:live|be\s+alive|be\s+here\s+anymore"
              r"|wake\s+up)\b"
              r"|\bwants?\s+to\s+die\b|\bkill\s+(?:him|her|them)sel(?:f|ves)\b|\bend\s+(?:his|her|their)\s+"
              r"(?:own\s+)?life\b"
              # "she's been cutting." (not "cutting 7th period", not "cutting class")
              r"|\b(?:been|started|is|was|'s|keeps)\s+cutting[ \t]*(?:again[ \t]*)?(?:[.!,;]|$)|\blice\b|\bpregnan\w*"
              r"|\bdisorder\b"
              r"|\btherap(?:y|ist)\b|\bsocial\s+worker\b|\bcounsel(?:or|ing|ling)\b|\bmental\s+health\b"
              r"|\bconcussion\b|\bcancer\b|\bhospitali[sz]ed\b|\beating\s+disorder\b|\bbipolar\b|\bptsd\b"
              r"|\bdisabilit\w*"
              # medicines a school nurse gives by name (ADHD, psychiatric, asthma, diabetes, seizures)
              r"|\badderall\b|\britalin\b|\bconcerta\b|\bvyvanse\b|\bfocalin\b|\bstrattera\b|\bintuniv\b"
              r"|\bguanfacine\b|\bmethylphenidate\b|\bprozac\b|\bzoloft\b|\blexapro\b|\bsertraline\b"
              r"|\bfluoxetine\b|\babilify\b|\brisperdal\b|\bseroquel\b|\balbuterol\b|\bglucagon\b"
              r"|\bkeppra\b|\bdepakote\b|\bmeds\b|\bstimulants?\b|\bmedicine\b"
              r"|\b(?:takes|gets|needs|missed)\s+(?:his|her|their)\s+(?:pills?|shots?|dose|medicine|meds)\b"
              # a nurse's note: what a child came in with
              # screenings and their results: "screened positive on the ASQ", "PHQ-9 of 17"
              r"|\bscreened\s+(?:positive|negative|at\s+risk)\b|\bpositive\s+(?:suicide\s+|depression\s+"
              r"|risk\s+)?screen\w*"
              r"|\b(?-i:PHQ)-?(?:9|A|2)\b|\b(?-i:GAD)-?7\b|\b(?-i:C-?SSRS|ASQ)\b|\bcolumbia\s+(?:scale|screen\w*)"
              # ideation as counsellors write it: "passive SI, no plan", "active HI", "suicidal ideation"
              r"|\b(?:passive|active|reported|denies|denied|endorsed|endorses|disclosed|history\s+of)\s+(?-i:SI|HI"
              r"|SIB)\b"
              r"|\bideation\b|\b(?-i:SI)\s+(?:screen\w*|assessment|risk|protocol|disclosure)\b"
              # what brings a child to the nurse: "in the nurse's office every morning w/ headaches"
              r"|\bheadaches\b|\bmigraines?\b|\bfainted\b|\bpassed\s+out\b|\bpanic\s+attacks?\b|\bnauseous\b"
              r"|\bstomach\s*aches?\b|\bvomit(?:ed|ing)\b|\bthrew\s+up\b|\bnose\s*bleeds?\b|\bsent\s+home\s+sick\b",
    "immigration": r"\bundocumented\b|\bimmigration\s+status\b|\bdaca\b|\bdeport\w*|\basylum\b"
                   r"|\brefugee\s+status\b|\billegal(?:ly)?\s+(?:here|immigrant)\b|\bno\s+papers\b"
                   # status said in other words: "here on expired visas", "overstayed", "out of status"
                   r"|\b(?:expired|lapsed|overstay\w*)\s+(?:tourist\s+|student\s+|work\s+)?visas?\b"
                   r"|\bvisas?\s+(?:expired|ran\s+out|lapsed|overstay\w*)\b|\boverstay(?:ed|ing)\b"
                   r"|\bout\s+of\s+(?:immigration\s+)?status\b|\bgreen\s+card\s+(?:expired|pending|denied)\b"
                   r"|\b(?-i:ICE)\s+(?:detained|picked\s+up|arrested|took|raid)\w*"
                   r"|\b(?:picked\s+up|detained|arrested|taken)\s+by\s+(?-i:ICE)\b",
    "lunch": r"\bfree\s+(?:or\s+reduced\s+)?lunch\b|\breduced(?:-price)?\s+lunch\b|\bfree/reduced\b"
             r"|\bfree\s+(?:and|or|&)\s+reduced\b|\b(?:f/r|frl)\s+(?:lunch|eligible|status|meals?)\b"
             r"|\bmeal\s+(?:waiver|benefits)\b|\b(?:lunch|meal)\s+(?:status|eligibility)\b|\bfood\s+insecur\w*"
             r"|\bsnap\s+benefits\b",
    "housing": r"\bhomeless\w*|\bmckinney|\bshelter\b|\bdoubled[\s-]up\b|\bevict\w*|\bfoster\s+care\b"
               r"|\b(?-i:STLS)\b|\btemporary\s+(?:living|housing|shelter)\b|\btransitional\s+housing\b"
               # losing a home said plainly: "lost their apartment", "living in their car", "couch surfing"
               r"|\blost\s+(?:their|his|her|the)\s+(?:apartment|home|house|housing|place)\b"
               r"|\b(?:living|sleeping|staying)\s+(?:(?:in|out\s+of)\s+(?:a|the|their|his|her)\s+(?:car|van|truck"
               r"|motel)"
               r"|at\s+(?:a|the)\s+motel)\b|\bcouch[\s-]?surf\w*",
    "custody": r"\bdivorce\b|\b(?:isn't|is\s+not|not)\s+(?:supposed|allowed)\s+to\s+(?:have|see|take|contact)\s+(?:him"
               r"|her|them)\b"
               r"|\b(?:picked\s+up|arrested|detained|taken)\s+by\s+(?:the\s+)?police\b|\bincarcerated\b|\b(?:is|was|in"
               r"|went\s+to)\s+(?:jail|prison)\b|\bcustody\b|\bdcfs\b|\bprotective\s+order\b|\bchild\s+welfare\b"
               r"|\babuse[ds]?\b|\bneglect\w*"
               r"|\border\s+of\s+protection\b|\b(?-i:OP|OOP)\s+(?:against|on|for|with)\b"
               # who alone may sign a child out: "no one but her can sign her out", "nobody except dad picks up"
               r"|\b(?:no\s*one|nobody)\s+(?:but|except|other\s+than|besides)\s+(?:\w+\s+){1,2}(?:can|may"
               r"|is\s+allowed\s+to"
               r"|should)\s+(?:sign|pick|take)\s+(?:him|her|them|\w+)\b"
               # court orders and who may not pick a child up
               r"|\bcourt\s+order\w*|\brestraining\s+order\b|\bno[- ]contact\s+order\b|\bguardianship\b"
               r"|\b(?:not\s+allowed|isn't\s+allowed|can(?:'|\x{2019})?t|cannot|may\s+not)\s+(?:to\s+)?pick\s+(?:him"
               r"|her|them)\s+up\b"
               r"|\bvisitation\b|\bfoster\s+(?:parents?|home|placement)\b|\bcase\s*worker\b"
               # who alone may collect a child: "only grandma can pick up ..."
               r"|\bonly\s+(?:her\s+|his\s+|their\s+|the\s+)?(?:mom|dad|mother|father|grandma|grandmother|grandpa"
               r"|grandfather"
               r"|aunt|uncle|guardian|parent|stepmom|stepdad)\s+(?:can|may|is\s+allowed\s+to)\s+pick\s+(?:up|him|her"
               r"|them)\b",
    # the trade's words for plans and teams around one student
    "plans": r"\b(?-i:BIP|FBA)s?\b|\bbehaviou?r(?:al)?\s+intervention\s+plan\b|\bfunctional\s+behaviou?r(?:al)?\s+"
             r"assessment\b|\b(?-i:SAP)\s+(?:referral|team|group|meeting|plan)s?\b|\bstudent\s+assistance\s+"
             r"(?:program|team|referral)\b|\bthreat\s+assessment\b|\bsafety\s+plan\b|\b(?-i:MTSS|RTI|SST)\s+"
             r"(?:referral|plan|tier|meeting|team)\b|\btier\s+(?:2|3|ii|iii|two|three)\s+(?:for\s+)?(?:interventions?"
             r"|supports?|group"
             r"|reading|math|literacy|behaviou?r|sel|services)\b",
    # named assessments with a result: ACCESS, MAP/RIT, IAR levels, benchmark percentages
    "assessments": r"\b(?-i:ACCESS|WIDA|MAP|IAR|RIT|STAR)\s+(?:scores?\s+|results?\s+)?(?:came\s+back|was|is|of|at)\s+"
                   r"(?:an?\s+)?\d"
                   r"|\bexit(?:s|ed|ing)?\s+(?:out\s+of\s+)?(?-i:EL|ELL|ESL|ELD)\b|\b(?-i:ACCESS)\s+(?:scores?|levels?"
                   r"|composite|results?|proficiency|\d(?:\.\d)?)\b"
                   r"|\bWIDA\s+(?:scores?|levels?|composite|results?|\d(?:\.\d)?)\b"
                   r"|\bRIT\s+(?:scores?\s+)?(?:of\s+|was\s+|is\s+)?\d{3}\b|\b\d{3}\s+RIT\b|\bRIT\s+scores?\b"
                   r"|\b(?-i:MAP)\s+(?:math|reading|scores?|growth|results?|percentile)\b"
                   r"|\b(?-i:IAR)\s+(?:levels?|scores?|results?)\b|\blevel\s+[1-5]\s+on\s+(?:the\s+|her\s+|his\s+)?"
                   r"(?-i:IAR)\b"
                   r"|\b\d{1,3}(?:\.\d)?\s?%\s+(?:on|in)\s+(?:the\s+|her\s+|his\s+|their\s+|this\s+|last\s+)?"
                   r"(?:\w+\s+){0,2}"
                   r"(?:benchmark|interim|assessment|screener|diagnostic)\b"
                   r"|\b(?:benchmark|interim|screener)\s+(?:score\s+)?(?:of\s+|was\s+|is\s+|at\s+)?\d{1,3}"
                   r"(?:\.\d)?\s?%",
    # a student's own marks: "Penelope's grades", "has an A in math", "reading level is DRA 14"
    # "Keyon's report card" as a thing mailed is no grade; what it says or holds is
    # a transcript sent, requested or paid for is a document changing hands ("paying for her daughter's transcript",
    # "push Ana Ruiz's transcript through Parchment"); what it shows is the record ("Jo's transcript shows 2 Fs")
    "marks": r"['\x{2019}]s\s+(?:grades|test\s+scores|gpa|reading\s+level|lexile)\b"
             r"|['\x{2019}]s\s+(?:\w+\s+)?(?:report\s+card|progress\s+report)\s*(?::|says|shows|has|had|is|was"
             r"|came|grades|comments)"
             r"|['\x{2019}]s\s+(?:\w+\s+)?transcripts?\s+(?:says|shows|showed|has|had|lists|listed|is|was|came\s+back"
             r"|grades)\b"
             # "Reading D, Math C-, Science F", "ELA 62, Math 58": two subjects in a row, each with its mark
             r"|\b(?:" + _COURSE + r")[ \t]*:?[ \t]*(?:(?-i:[A-DF][+-]?)|\d{1,3}(?:\.\d)?%?)[ \t]*[,;/|][ \t]*"
             r"(?:" + _COURSE + r")[ \t]*:?[ \t]*(?:(?-i:[A-DF][+-]?)|\d{1,3}(?:\.\d)?%?)(?:[^\w+-]|$)"
             # a low mark (an A said of someone is praise, DESIGN.md)
             r"|\b(?:has|had|got|earned|getting|gets|with)\s+an?\s+(?-i:[CDF][+-]?)\s+in\s+(?:\w+\s+)?\w+"
             # a failing mark as the student's own: "about his F.", "her D- in chem", "their F on the lab"
             r"|\b(?:his|her|their)\s+(?-i:[DF][+-]?)(?:\s+(?:in|on|for|from|to|before|after|and|but|so|because"
             r"|now|this|that|again|stands|stays|turned?|became|went)\b|[.,;!?)]|$)"
             r"|\breading\s+level\s+(?:is\s+|of\s+|at\s+)?(?:(?-i:DRA|F&P)\s+)?(?:\d{1,2}|(?-i:[A-Z]))\b|\b(?-i:DRA)\s+"
             r"(?:level\s+)?\d{1,2}\b"
             r"|\blexile\s+(?:of\s+|is\s+|at\s+)?\d{3,4}\b",
    # a piece of work's result said with "was"/"came back": "her Calc final was a 31/100", "the retake came back 48%"
    # (a score out of a total, a failing percentage or a failing letter; "the quiz was 10 questions" is no mark)
    "work_results": r"\b(?:tests?|quiz(?:zes)?|exams?|finals?|midterms?|retakes?|essays?|projects?|labs?)\s+"
                    r"(?:(?:score|grade|mark)\s+)?(?:was|is|came\s+back(?:\s+as)?|came\s+in\s+at)\s+(?:an?\s+|only\s+)?"
                    r"(?:\d{1,3}(?:\.\d)?\s?/\s?\d{1,3}\b|[0-6]?\d(?:\.\d)?\s?%|(?-i:[DF][+-]?)(?:[^\w+-]|$))",
    "grade_changes": r"\b(?:chang(?:e|ed|es|ing)|bump(?:ed)?|rais(?:e|ed|ing)|lower(?:ed|ing)?|fix(?:ed)?)\s+"
                     r"(?:[\p{L}'\x{2019}]+['\x{2019}]s\s+|his\s+"
                     r"|her\s+|their\s+|the\s+)?(?:\w+\s+)?(?:grade|mark|score)s?\s+(?:from|to)\b"
                     r"|\bgrade\s+change\s+(?:for|form\s+for)\b|\bfrom\s+an?\s+(?-i:[A-DF][+-]?)\s+to\s+an?\s+"
                     r"(?-i:[A-DF][+-]?)\b"
                     r"|\bfrom\s+(?-i:[A-DF][+-]?)\s+to\s+(?-i:[A-DF][+-]?)\b",
    # a list header of marks or absences ("Period 4 grades:", "quiz scores:"): the rows under it are read
    # a mark given or got, ending its clause: "he got a 41.", "scored a 58 on it", "entering the F tonight"
    "marks_given": r"\b(?:got|gets|scored|scores|earned|received|pulled)\s+(?:a|an)\s+(?:\d{1,3}(?:\.\d)?%?"
                   r"|(?-i:[A-DF][+-]?))(?:\s*(?:[.,;!)]|$)|\s+(?:on|in)\s+(?:the|his|her|their|it|that|this)\b"
                   r"|\s+(?:and|but|so|after|which)\s)"
                   # "54% after the retake", "38% on her unit test": a failing percentage on a named piece of work
                   # (below 70: "95% on the quiz" said of someone is praise, DESIGN.md)
                   r"|(?:^|[^\d.])[0-6]?\d(?:\.\d)?\s?%\s+(?:on|after|in|for)\s+(?:the|his|her|their|this|that|last)\s+"
                   r"(?:[\w-]+\s+){0,3}?(?:retakes?|re-?tests?|tests?|quiz(?:zes)?|exams?|finals?|midterms?|labs?|essays?"
                   r"|projects?|assessments?)\b"
                   # "the unit 5 test, 41%": a failing percentage set off after the work it was on
                   r"|\b(?:tests?|quiz(?:zes)?|exams?|finals?|midterms?|retakes?|labs?|essays?|projects?)"
                   r"[ \t]*[,:\x{2013}-]"
                   r"[ \t]*[0-6]?\d(?:\.\d)?[ \t]?%"
                   r"|\b(?:enter(?:s|ing|ed)?|put(?:ting)?\s+in|giv(?:e|es|ing)|gave)\s+(?:(?:him|her|them)\s+)?"
                   r"(?:the|an?)\s+(?-i:[DF][+-]?|0|zero)(?:\s|[.,;!)]|$)",
    # a test's own name opening a list of results ("Fall MAP: Aiden 178, ...", "IAR ELA:\n..."): what follows
    # the colon is each student's result
    "test_lists": r"\b(?-i:MAP|RIT|IAR|ACCESS|WIDA|STAR|DIBELS|NWEA|PSAT|SAT|ACT|PARCC|CogAT|Lexile|i-?Ready|Acadience"
                  r"|aimsweb|FastBridge|mCLASS|F&P|DRA)(?:[ \t]+(?:fall|winter|spring|boy|moy|eoy|reading|math|ela"
                  r"|science|rit|lexile|results|scores|levels|data|growth|bands?|percentiles?)){0,2}[ \t]*:"
                  # any test, exam or quiz named on the header line, its result words after it ("PSAT 10 results for
                  # my advisory:", "AP Bio practice exam:", "WorkKeys retake list:", "Unit 3 test scores:")
                  r"|\b(?-i:MAP|IAR|ACCESS|WIDA|STAR|DIBELS|NWEA|PSAT|SAT|ACT|PARCC|CogAT|AP|IB|EOC|TSI|ASVAB|WorkKeys"
                  r"|Accuplacer|Regents|Keystone|CLEP|TOEFL|IELTS|Lexile|i-?Ready|Acadience|aimsweb|FastBridge|mCLASS)\b"
                  r"[^\n:]{0,48}?\b(?:results?|scores?|exams?|tests?|retakes?|levels?|bands?|cut\s*offs?)\b[^\n:]{0,40}:"
                  # the same header without its colon, alone on its line ("Keystone Algebra retake roster" then rows
                  # of names and scores: the list reader wants those rows before it reads any)
                  r"|(?m:^)[ \t*_#]*(?-i:PSAT|SAT|ACT|AP|IB|EOC|TSI|ASVAB|WorkKeys|Accuplacer|Regents|Keystone|CLEP|MAP"
                  r"|IAR|ACCESS|WIDA|STAR|DIBELS|NWEA|i-?Ready)\b[^\n:.!?]{0,48}?\b(?:results?|scores?|retakes?|roster"
                  r"|levels?)\b[^\n:.!?]{0,30}(?m:$)"
                  r"|\b(?:practice|mock|unit|chapter|final|midterm|placement|benchmark|diagnostic)\s+(?:\w+\s+)?"
                  r"(?:exam|test|quiz)(?:\s+(?:results|scores|grades|retakes?))?[ \t]*:",
    "mark_lists": r"\b(?:grades|scores|marks|averages|absences|tardies|results)[ \t]*:[ \t]*\n",
    "retention": r"\bcredit[\s-]deficien\w*|\b(?:short|behind)\s+(?:on\s+)?(?:\d+\s+)?credits\b"
                 r"|\bneeds?\s+\d+\s+more\s+(?:\w+\s+)?credits\b|\b(?:needs?|needed|need\s+to\s+(?:do|take|attend)"
                 r"|has\s+to\s+(?:do|take|attend)|headed\s+(?:to|for)"
                 r"|going\s+to|required\s+to\s+(?:do|take|attend)|referred\s+to)\s+summer\s+school\b|\bretained\b"
                 r"|\bretention\b|\bheld\s+back\b|\bcredit\s+recovery\b|\brepeat(?:ing|s|ed)?\s+"
                 r"(?:the\s+|\d+(?:st|nd|rd|th)\s+)?(?:grade|year)\b",
}

_TERMS_PATTERN = "(?i)(?:" + "|".join(f"(?:{p})" for p in RECORD_TERMS.values()) + ")"
_TERMS = Pattern(_TERMS_PATTERN)
# A pasted table's column that holds grades, scores or a status ("q2_grade", "map_score", "iep_status"): its
# rows are records when they carry a student's ID or name. A bare "grade" column is a grade level.
_HEADER_CELL_PATTERN = (
    r"(?im)(?:^|[,\t|;])[ \"']*(?:[a-z0-9]+[_ ])?(?:[a-z0-9]+_)*(?:(?:q[1-4]|t[1-3]|s[12]|mp[1-4]|quarter|semester|term"
    r"|final"
    r"|midterm|current|course|letter|overall|avg|average|report)[_ ]?grades?|scores?|gpa|rit|percentile"
    r"|(?:iep|504|ell|housing|immigration|lunch|frl|sped|disability|discipline|attendance)[_ ]?"
    r"(?:status|flag|plan|eligibility|rate))[ \"']*(?:[,\t|;]|$)")
_HEADER_CELL = Pattern(_HEADER_CELL_PATTERN)
# A gradebook pasted without its header: each line a name ("Okafor, Chidi", "Wen Liu", "Maya T.") and then marks
# (a percentage, a letter grade) as cells. Two such lines, or one line with two marks, are records.
_MARK = r"(?:\d{1,3}(?:\.\d{1,2})?[ \t]?%|(?-i:[A-DF][+-]?))"
_MARK_ROW_PATTERN = (r"(?m)(?:^|[:;.][ \t]+)[ \t>*-]*(\p{Lu}\p{Ll}+(?:[-'\x{2019}]\p{Lu}\p{Ll}+)?"
                     r"(?:,[ \t]*\p{Lu}\p{Ll}+"
                     r"|[ \t]+\p{Lu}\p{Ll}+"
                     r"|[ \t]+\p{Lu}\.?)?)[ \t]*(?:(?:\t|\||,)[ \t]*"
                     # a course or section cell before the marks ("Hale, Jo<TAB>Alg II<TAB>F<TAB>(38%)"): tab or
                     # pipe only
                     r"(?:[A-Za-z][\w .&/-]{0,23}[ \t]*(?:\t|\|)[ \t]*){0,2}" + _MARK
                     # a dash or a colon as chat writes a row ("Perez, Lia - 54%"): a percentage only (a letter after
                     # a dash is as often a group or a station: "Maria - A")
                     + r"|[ \t]*[\-:\x{2013}\x{2014}][ \t]*\d{1,3}(?:\.\d{1,2})?[ \t]?%)"
                     + r"[ \t]*(?:(?:\t|\||,|\()[ \t]*" + _MARK
                     + r"\)?)?"
                     # a note cell after the marks ("Lexi B | Math 7 | 48% | missing 12 assignments"): tab or pipe
                     + r"(?:[ \t]*(?:\t|\|)[ \t]*[A-Za-z0-9][^\t|\n]{0,40})?"
                     # the line's end, or, rows written on one line, a dash before the row's verdict ("Ruiz, Ivan |
                     # F | D - ineligible. Moss, Jo | C | B - OK"): cells after a colon or a full stop
                     + r"(?:[ \t]*$|[ \t]+[\x{2013}\x{2014}-][ \t])")
_MARK_ROW = Pattern(_MARK_ROW_PATTERN)
# A period after a lone capital is an initial ("Lena M. takes..."), not the end of a sentence.
_SENTENCE_END = Pattern(r"(?:(?:^|[^A-Z])[.!?]|[A-Z][a-z]+[.!?]|[!?])(?:\s|$)|\n")
# A term followed by one of these names a staff role or a service, not a student's record ("504 coordinator",
# "sped teacher", "counseling office").
STAFF_ROLE_AFTER = ("coordinator", "teacher", "case manager", "department", "dept", "office", "training",
                    "compliance", "policy", "staff", "director", "team lead", "specialist", "aide", "clerk",
                    "chair", "liaison", "supervisor", "administrator", "services office",
                    # an account a role or a programme holds: "the shared counselor gmail", "the 504 inbox"
                    "gmail", "inbox", "mailbox", "login", "account", "voicemail",
                    # logistics and materials: "IEP meeting", "allergy forms", "depression screening resources"
                    "meeting", "forms", "form ", "form.", "form,", "paperwork", "screening", "resources",
                    # staff learning about a topic: "chronic absenteeism PD is at 3:30", "the trauma PLC"
                    "pd ", "pd.", "pd,", "pd:", "pd session", "plc", "session", "webinar", "in-service",
                    "inservice", "presentation", "committee", "task force", "initiative", "campaign",
                    "schedule", "window", "calendar", "binder", "folder", "template", "workshop", "awareness",
                    # a class's materials on a topic: "anxiety workbook pages 4-6", "the grief lesson"
                    "workbook", "worksheet", "curriculum", "lesson", "toolkit", "handout", "poster", "slides",
                    # set phrases that only share a word with a record: "shelter-in-place drill", "fight song"
                    "in-place", "in place", "drill", "song",
                    # who covers whom: "counselor caseloads by last name", "social worker assignments"
                    "caseload", "caseloads", "assignments", "coverage", "rotation",
                    # documents and windows sent to everyone: "ACCESS score reports go home Friday"
                    "reports", "letters", "windows",
                    # a colleague's qualifications: "Karen's counseling certification"
                    "certification", "certificate", "license", "licence", "degree", "endorsement",
                    # paperwork about a service, not a child's record: "Medicaid billing form", "the sped file"
                    "billing", "file ", "file.", "file,", "file)", "files",
                    # a service's pages on the web: "the link is on the counseling page", "the SPED portal"
                    "page", "website", "webpage", "web page", "site ", "site.", "site,", "portal", "newsletter",
                    "blog",
                    # the systems and tools a programme runs on: "the truancy case system", "truancy text alerts"
                    "system", "case system", "case management", "software", "database", "platform", "app ", "app.",
                    "app,", "text alert", "alerts", "bot ", "bot.", "bot,")
# STAFF_ROLE_AFTER as one anchored alternation, longest first, a plural allowed, then no further letter
_ROLE_AFTER = re.compile("(?:" + "|".join(re.escape(r) for r in sorted(STAFF_ROLE_AFTER, key=len, reverse=True))
                         + ")(?:e?s)?(?![a-z])")


# STAFF_ROLE_AFTER by each word's first two characters (every word has three or more): the prefix test below reads
# only the few words that open like `after`, not all of them
_ROLES_BY_OPENING: dict[str, tuple[str, ...]] = {}
for _role in STAFF_ROLE_AFTER:
    _ROLES_BY_OPENING[_role[:2]] = (*_ROLES_BY_OPENING.get(_role[:2], ()), _role)
assert all(len(role) >= 2 for role in STAFF_ROLE_AFTER)


# the helping roles a record term names (a student's counselling, a therapist): the office or the person in the role
# when the sentence asks them to act ("Can counseling confirm ...", "Counselor, please set up ..."), or a job a
# young adult holds ("junior counselor stipend", "a camp counselor"); "sees the counselor", "her therapist",
# "referred to counseling" are still the student's
_HELPING_ROLE = re.compile(r"(?i)(?:counsel(?:l)?(?:ors?|ing)|social\s+workers?|therapists?|psychologists?)")
_ASKED_TO_ACT_BEFORE = Pattern(r"(?i)(?:^|[^\w'])(?:can|could|would|will|should|does|did|may)[ \t]+"
                               r"(?:the[ \t]+|our[ \t]+|your[ \t]+|a[ \t]+|school[ \t]+|the[ \t]+school[ \t]+)?$"
                               r"|\b(?:junior|camp|summer)[ \t-]+$")
# (addressed, the role opens its sentence and a comma may stand before "please": "Counselor, please set up ...";
# inside a sentence ", please" opens another clause: "referred to the social worker, please keep it quiet")
_PLEASE_AFTER = re.compile(r"[ \t]+(?:please|pls|plz)\b", re.IGNORECASE)
_ADDRESSED_PLEASE_AFTER = re.compile(r"[ \t]*,[ \t]*(?:please|pls|plz)\b", re.IGNORECASE)
# what a helping role does with a child, asked or not ("Can the counselor see Maya today?", "Could the social worker
# check in with ..."): the student's service, not an errand
_SERVICE_VERBS = frozenset("see meet check talk speak pull call visit reach follow work touch connect screen assess"
                           " evaluate sit help support counsel start".split())


def _helping_role_asked_to_act(text: str, start: int, end: int) -> bool:
    """Whether a helping role's term (`_HELPING_ROLE`) is the office or the person asked to do an errand, or a job's
    title."""
    if _HELPING_ROLE.fullmatch(text, start, end) is None:
        return False
    # "Lindqvist (counselor)", "Ms. Ortiz (social worker)": the role alone in a bracket after a name is that
    # colleague's job, as a duty roster or a contact list gives it
    if text[start - 1:start] == "(" and text[end:end + 1] == ")" \
            and text[max(0, start - 3):start - 1].strip()[-1:].isalpha():
        return True
    if _PLEASE_AFTER.match(text, end) is not None or _ADDRESSED_PLEASE_AFTER.match(text, end) is not None \
            and text[max(0, start - 40):start].rstrip(" \t@*>-\u2022")[-1:] in ("", ".", "!", "?", "\n", ":"):
        return True
    # "Counseling can do it Thursday.", "Social worker will send the form": the role opening its sentence, then what
    # it can or will do (an errand unless the verb is a service done with a child: "Counselor will see him")
    opens = text[max(0, start - 40):start].rstrip(" \t@*>-\u2022")[-1:] in ("", ".", "!", "?", "\n", ":")
    modal = _MODAL_AFTER.match(text, end, end + 24) if opens else None
    if modal is not None:
        verb = text[modal.end():modal.end() + 24].split(None, 1)
        return not verb or verb[0].lower().strip(".,;:!?") not in _SERVICE_VERBS
    if _ASKED_TO_ACT_BEFORE.search(text[max(0, start - 32):start]) is None:
        return False
    verb = text[end:end + 24].split(None, 2)
    return not verb or verb[0].lower() not in _SERVICE_VERBS


_MODAL_AFTER = re.compile(r"[ \t]+(?:can|could|will|would|should|may|is[ \t]+going[ \t]+to|'ll)[ \t]+", re.IGNORECASE)


# a form's field whose value says there is nothing to record ("Allergy: none listed", "Meds: N/A", "IEP: no"), or
# a blank form's field left to fill in ("Accommodations: 1. ___ 2. ___", "Disability: [ ]", "Plan: {{plan_type}}",
# "Services: <list them>"): a template names no one's record
_EMPTY_FIELD_AFTER = re.compile(r"[ \t*_]*:[ \t*_]*(?:none|n/?a|no|nka|nkda|nothing|not\s+applicable|-+|\u2014)"
                                r"(?![\w/])"
                                r"|[ \t*]*:[ \t*]*(?:\(?\d{1,2}[.)][ \t]*)?(?:_{2,}|\.{3,}(?:[ \t]*$|[ \t]*\n)"
                                r"|\[[ \t]*\]|\([ \t]*\)|\{\{|\[[ \t]*[A-Za-z][A-Za-z _/-]{0,30}\]"
                                r"|<[A-Za-z][A-Za-z _/-]{0,30}>)", re.IGNORECASE | re.MULTILINE)


def _field_left_empty(text: str, end: int) -> bool:
    """Whether the term ending at `end` is a form's field label whose value is empty ("Allergy: none listed"); the
    label may go on for a few words after the term ("Disability/impairment: [ ]", "IEP services received: N/A")."""
    label = _LABEL_GOES_ON.match(text, end, end + 40)
    at = label.end() if label is not None else end
    return _EMPTY_FIELD_AFTER.match(text, at, at + 40) is not None


# the rest of a field's label after its record term, up to the colon: a slash or up to three words on the line
# (lower-case words: "diet order for Ezekiel Mbeki: no dairy" names the child before its colon, and lists a fact)
_LABEL_GOES_ON = re.compile(r"(?:/[\w-]+|[ \t]+[a-z][a-z/-]*){1,3}(?=[ \t*_]*:)")


def _names_a_role_after(after: str) -> bool:
    """Whether `after` opens with a STAFF_ROLE_AFTER word as a whole word (plural included): "aide" is a role,
    "Aiden" a student's name. The tuple's C-level prefix test first: most terms have no role after them."""
    roles = _ROLES_BY_OPENING.get(after[:2])
    return roles is not None and after.startswith(roles) and _ROLE_AFTER.match(after) is not None


# A meeting that decides a child's retention, expulsion or suspension is that record, not logistics
# ("Retention meeting for 5183... Tuesday"), as an "IEP meeting" or a "504 meeting" on a calendar is not
_DECISIONS_ABOUT_A_CHILD = ("retention", "retain", "expul", "suspens", "truan", "disciplin", "manifestation")
_DECIDING_MEETINGS = ("meeting", "hearing", "conference")
# A document or a tally about many students ("the detention list", "suspension data", "MAP scores for the
# building") is no one student's record, unless the student is on it ("Marcus is on my absence list").
_DOCUMENT_AFTER = Pattern(r"(?i)^(?:\s+\w+)?\s+(?:lists?|rosters?|data|sheets?|spreadsheets?|numbers|totals|rates"
                          r"|counts"
                          r"|tallies|trends|summary|dashboard)\b|^\s+for\s+(?:the\s+|our\s+|all\s+|each\s+)?(?:building"
                          r"|school|whole|entire|grade|class|district|team|cohort|department|network)\b")
# the words _DOCUMENT_AFTER can open on: a document's word as the first or second word after the term, or "for" then
# a group's word (perhaps after a determiner). ASCII text without one of them cannot match (a necessary test, not
# the rule: the pattern still decides)
_DOCUMENT_WORDS = ("list", "roster", "data", "sheet", "spreadsheet", "numbers", "total", "rates", "counts", "tallies",
                   "trends", "summary", "dashboard")
_GROUP_WORDS = ("building", "school", "whole", "entire", "grade", "class", "district", "team", "cohort", "department",
                "network")
_GROUP_DETERMINERS = frozenset({"the", "our", "all", "each"})


def _names_a_document_after(after: str, lowered: str) -> bool:
    """`_DOCUMENT_AFTER.search(after)`, decided without a regex pass when the words after the term cannot open
    either of its forms (most terms: "504 plan for anxiety"). `lowered`: `after.lower()`, which the caller has."""
    if after.isascii():
        # RE2's \s is ASCII white space, which str.split() also splits on; \w+ holds none of it, so the pattern's
        # words are the split's words
        words = lowered.split(None, 3) + ["", ""]
        if not (words[0].startswith(_DOCUMENT_WORDS) or words[1].startswith(_DOCUMENT_WORDS)
                or words[0] == "for" and (words[1].startswith(_GROUP_WORDS)
                                          or words[1] in _GROUP_DETERMINERS and words[2].startswith(_GROUP_WORDS))):
            return False
    return _DOCUMENT_AFTER.search(after) is not None


# A role word after the term that is one child's own paperwork or meeting when an owner stands before the term ("his
# son Mateo's free lunch app", "her IEP meeting", "Kofi's 504 paperwork"): that child's record, not a programme's
# system or calendar ("the free lunch app", "IEP meetings this week")
_ONE_CHILDS_PAPERS = ("app ", "app.", "app,", "app?", "application", "paperwork", "form", "file", "folder", "meeting")
_ON_THE_LIST = Pattern(r"(?i)\bon\s+(?:the|my|our|a|his|her|their|this|that)\s+(?:\w+\s+){0,2}$")
# the document is one child's when a singular owner stands before its term ("her IEP summary", "his attendance
# sheet", "Harmonie's counseling summary"): a record of that child, not a tally of many ("their" may be a class's,
# and a capitalised possessive a school's unless it is a given name of the lexicon: "Lincoln's attendance data")
_OWNER_BEFORE = Pattern(r"(?:^|[^\p{L}'\x{2019}])(?:(?i:his|her)|(\p{Lu}\p{Ll}+)['\x{2019}]s)[ \t]+(?:[\w-]+[ \t]+)?$")


def _one_childs_document(text: str, t_start: int) -> bool:
    """Whether the term a document word follows is owned by one person: "his"/"her", or a given name's possessive."""
    m = _OWNER_BEFORE.search(text[max(0, t_start - 32):t_start])
    if m is None:
        return False
    name = m.group(1)
    return name is None or is_given_name(name.lower())


# A role noun said of someone ("Devon Price is the new counselor", "joins us as our therapist") names a
# colleague's job, as does "our new therapist is ...", not a student's counselling ("Devon Price sees the
# counselor weekly", "her therapist called" still count).
_ROLE_INITIALS = frozenset("cCtTsS")
_ROLE_BEFORE = Pattern(r"(?i)\b(?:is|was|are|as|joins\s+us\s+as|'s)\s+(?:the|our|a|an|your)\s+"
                       r"(?:(?:new|school|interim|lead|head|district|building|grade[-\s]level|\d+\w*\s+grade)\s+)?$"
                       # at the start of a sentence only: "referred to our school social worker" is a record
                       r"|[.!?:;\n]\s*(?:our|the\s+new)\s+(?:new\s+|school\s+|interim\s+)?$")
# A first name alone identifies a student when their family is spoken of ("Devontae's family lost their
# apartment", "Keisha's mom ..."); only looked for once a record term is present.
_FAMILY_OF = Pattern(r"(?:^|[^\p{L}\p{N}_])(\p{Lu}\p{Ll}+)['\x{2019}]s\s+(?:family|mom|mother|dad|father|parents?"
                     r"|grandma|grandmother|grandpa|guardians?|aunt|uncle|household|foster\s+family)\b")
# the same in Spanish, as parents and the front office write it: "la mamá de Mateo", "los padres de Ana"
_FAMILY_OF_ES = Pattern(r"(?i:\b(?:la|el|los|las|su)\s+(?:mam[aá]|pap[aá]|madre|padre|padres|abuel[ao]s?|t[ií][ao]s?"
                        r"|familia|tutor[a]?|hermano|hermana)\s+de)\s+(\p{Lu}\p{Ll}+)\b")
# A shelter people give to or help at is a place, not where a student lives ("food drive for the Hope House
# shelter", "volunteering at the shelter").
_HELPING_BEFORE = Pattern(r"(?i)\b(?:drive|donations?|donating|donate|volunteer\w*|fundrais\w*|collection)\s+"
                          r"(?:for|to|at)\s+(?:the|a|our)\s+(?:\p{Lu}\p{Ll}+\s+){0,3}$")
# a helping role that signs off on an office's act ("both approved by counselor", "cleared by the social worker") is the
# office's approval, not a child's counselling
_APPROVED_BY_BEFORE = Pattern(r"(?i)\b(?:approved|signed\s+off|okayed|ok['\x{2019}]?d|cleared|authori[sz]ed)\s+by\s+"
                              r"(?:the\s+|our\s+|their\s+)?$")
# a list header's marks of groups ("Team scores:", "Homeroom averages:"), not of students
_GROUPS_BEFORE = Pattern(r"(?i)\b(?:teams?|class(?:es)?|houses?|schools?|buildings?|sections?|rooms?|homerooms?"
                         r"|departments?|districts?|networks?|grade[\s-]levels?|cohorts?|groups?)[ \t]+$")
# a note's subject: a field naming the student ("Student: Faith O.", "Re: Marcus T."), or the note's title ending
# with them ("Annual review notes - Ruby T.", "Check-in log: Devon")
# (a key-value paste names its student the same way: '"student": "Ana Ruiz",', "student_name: Ana Ruiz")
# a field line may open with a bullet ("- Student: ...") or a reply's quote mark ("> Student: ..."), and a typed
# form sets a field's value off with a colon or a run of leader dots ("Student ....... Nevaeh S."); a clinic's or
# nurse's form calls its subject the patient, a coach's or a trainer's the athlete or the player, an office's the pupil
# or the enrollee
_SUBJECT_FIELD = Pattern(r"(?im)^[ \t*_{,\-\x{2022}>]*[\"']?(?:student(?:[\s_]*name)?|name|re|subject|child|about"
                         r"|family|pt|patient|athlete|player|pupil|learner|enrollee|camper|participant)[\"']?"
                         r"[ \t*_]*(?::|\.{3,})[ \t]*[\"']?"
                         # an opening aside may come first ("Long one, sorry. For the staffing on ...:")
                         r"|\A(?:[^\n.!?]{0,40}[.!?][ \t]+)?[ \t*_#]*(?:[\w'\-/]+[ \t]+){0,4}"
                         r"(?:notes?|review|update|summary|observations?|log|check-?in"
                         r"|progress|concerns?|profile|snapshot|plan"
                         # a form, card or report filled in for one child ("Field trip medical form - Ximena C.")
                         r"|form|card|report|record|packet|slip|printout|referral"
                         # the paperwork an office files for one child ("accident claim for ...", "transfer
                         # paperwork for ...", "EI transition - ...", "intake - ...")
                         r"|claim|intake|paperwork|application|transition"
                         # the meetings held about one child
                         r"|staffing|case\s+conference|conference|mdt|sst|eligibility\s+meeting)[ \t*_]*"
                         # ("Emergency card (<name>)": the child's name in brackets after the title)
                         r"(?:[-:\x{2013}\x{2014}|(]|for|on|about|re:?)[ \t]*")
_LONE_GIVEN_NAME = re.compile(r"[ \t*_]*((?:Mc|De|La|Le|O')?[A-Z][a-z]+(?:-[A-Z][a-z]+)?)(?:[ \t]+[A-Z]\.?)?[ \t*_]*$")
_PERSONAL_PRONOUN = Pattern(r"(?i)\b(?:he|she|his|her|him|hers)\b")
_PRONOUN = Pattern(r"(?i)\b(?:he|she|his|her|him|hers|they|their|both)\b")
# a sentence that opens by saying what a document or a person reports ("Psych report says ...", "Mom said ...",
# "Results came back ...") goes on about the student the sentence before named, as a pronoun would
_REPORTS_ON = Pattern(r"(?i)^\W*(?:(?:the|his|her|their|a|an|my)\s+)?(?:[\w'-]+\s+){0,2}?"
                      r"(?:reports?|evals?|evaluations?|notes?|letters?|results?|scores?|testing|records?|file|chart|doctor|dr|nurse|mom|dad|psych"
                      r"|counselor|counsellor|parents?|guardian|grandma|grandpa|screening)\s+(?:says|said|shows|showed"
                      r"|notes|noted|reports|reported|indicates|indicated|came\s+back|confirms|confirmed)\b")


# a sentence whose subject is the student's family ("Mom has sole custody as of Monday.", "Dad may not pick up.")
# goes on about the student the sentence before named, as a pronoun would
_FAMILY_OPENS = Pattern(r"(?i)^\W*(?:(?:the|his|her|their)\s+)?(?:mom|mother|dad|father|guardians?|grandma"
                        r"|grandmother|grandpa|grandfather|stepmom|stepdad|foster\s+(?:mom|dad|parents?))\b")


# A name that completes "the <staff role> ... is": the colleague who holds the role ("the tutor we hired for the
# credit recovery group is <name>", "our new speech therapist will be <name>"), the mirror of _ROLE_BEFORE
# (a role opening its line needs no determiner: "sub driver for the lift bus tomorrow is <name>")
_STAFF_ROLE_IS = Pattern(r"(?i)(?:(?m:^)[ \t*_>-]*(?:[\w-]+\s+)?|\b(?:the|our|a|an|my|your|this|their)\s+)"
                         r"(?:new\s+|interim\s+|school\s+|district\s+)?"
                         r"(?:tutor|teacher|sub|substitute|coach|aide|para|paraprofessional|counsel(?:l)?or|nurse"
                         r"|social\s+worker|psychologist|volunteer|chaperone|interpreter|translator|therapist|consultant"
                         r"|vendor|contractor|speaker|presenter|trainer|instructor|coordinator|principal|director|clerk"
                         r"|secretary|custodian|driver|mentor|case\s+manager|liaison|specialist|advisor|adviser"
                         r"|facilitator|monitor)s?\b[^.!?\n]{0,60}?\s(?:is|was|will\s+be|are|were)\s+$")
_STAFF_ROLE_REACH = 100


# a name set right after a helping role's noun is the one who holds it ("the ABA therapist Corinne Walsh", "our
# social worker Dana Ruiz"): a colleague or a vendor, as after a title
_ROLE_NOUN_BEFORE_NAME = Pattern(r"(?i)\b(?:counsel(?:l)?or|social[ \t]+worker|therapist|psychologist|case[ \t]*manager"
                                 r"|case[ \t]*worker|interpreter|liaison)[ \t]+(?:\p{Lu}[\p{L}'\x{2019}-]*[ \t]+)?$")


# a name set beside a family word is the relative's ("her aunt, Gina Alvarez", "the grandmother, Bernice Hollins",
# "Gran's info for the referral: Corinne Baptiste", "mail it to the dad since he has no email: Ricardo Paz"): an adult
# the school writes to, not the student (a brother or a sister may be a pupil too, and is not read here)
_RELATIVE = (r"(?:mom|mother|mama|dad|father|papa|parents?|guardians?|grandma|grandmother|grandpa|grandfather|gran"
             r"|granny|nana|aunt|auntie|uncle|stepmom|stepdad|stepmother|stepfather|caregiver)")
_RELATIVE_DETAILS_BEFORE = Pattern(r"(?i)\b" + _RELATIVE + r"(?:['\x{2019}]s)?\b[^.!?\n:]{0,40}?\b(?:info"
                                   r"|information|contact|details|name|email|address|number|cell|phone)\b[^.!?\n:]{0,40}:"
                                   r"[ \t]*\n?[ \t]*$")
# (set beside the family word, a whole name only: "spoke w/ mom, Caleb has been ..." goes on about the child)
_RELATIVE_BESIDE_NAME = Pattern(r"(?i)\b" + _RELATIVE + r"[ \t]*,?[ \t]+$")


# a line that lists names, and nothing else, after a header of adults on a duty ("Staff on hall duty: Okafor,
# Lindqvist, Pham.", "Chaperones: Ruiz and Tran") lists colleagues, whatever record word the message holds ("tardy
# sweep"); "Heads up for subs: Ben O. is on a behavior contract" goes on about a child and is no such list
_LISTED_NAME = r"\p{Lu}[\p{L}'\x{2019}-]+(?:[ \t]+\p{Lu}[\p{L}'\x{2019}-]+|[ \t]+\p{Lu}\.)?"
_ADULTS_LIST_LINE = Pattern(r"(?i:\b(?:staff|teachers|chaperones|coaches|subs|substitutes|aides|paras|volunteers|adults"
                            r"|proctors|supervisors|monitors|(?:hall|lunch|bus|recess|car\s*line)\s+duty))"
                            r"(?i:[ \t]+on[ \t]+(?:[\w-]+[ \t]+){0,2}duty)?[ \t]*:[ \t]*"
                            r"(?:" + _LISTED_NAME + r"[ \t]*(?:,|;|&|\band\b)[ \t]*)*" + _LISTED_NAME
                            + r"[ \t]*(?:[.;!?](?:\s|$)|$)")


def _in_adults_list(text: str, pos: int) -> bool:
    """Whether the line around `pos` is a list of adults on a duty (`_ADULTS_LIST_LINE`) that reaches `pos`."""
    start = text.rfind("\n", 0, pos) + 1
    end = text.find("\n", pos)
    m = _ADULTS_LIST_LINE.search(text[start:len(text) if end < 0 else end])
    return m is not None and m.start() <= pos - start < m.end()


def _named_as_adult(text: str, span: tuple[int, int]) -> bool:
    """Whether the name at `span` is a colleague's (`_named_as_staff`) or a relative's: under the relative's details
    ("parent info on the form:", "dad's cell:"), or a whole name set beside the family word ("her aunt, Gina
    Alvarez"). The relative's patterns are read only for a name after a space or a colon's line."""
    start = span[0]
    if start > 1 and text[start - 1] in " \t\n":
        before = text[max(0, start - 120):start]
        if _RELATIVE_DETAILS_BEFORE.search(before) is not None \
                or " " in text[start:span[1]] and _RELATIVE_BESIDE_NAME.search(before[-24:]) is not None \
                or _in_adults_list(text, start):
            return True
    return _named_as_staff(text, start)


def _without_adults(text: str, identifiers: list[tuple[int, int]],
                    adults: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The identifiers that are no adult's (`_named_as_adult`), nor a word inside an adult's name (the surname alone,
    read as a first name: "Paz" of "the dad: Ricardo Paz"). `adults` collects the adults' names across calls."""
    adults += [n for n in identifiers if _named_as_adult(text, n)]
    if not adults:
        return identifiers
    adults.sort()
    starts = [a for a, _ in adults]

    def inside(pos: int) -> bool:  # within the adult's name that starts last at or before `pos` (bisect: linear)
        i = bisect_left(starts, pos + 1) - 1
        return i >= 0 and pos < adults[i][1]

    return [n for n in identifiers if not inside(n[0])]


def _named_as_staff(text: str, start: int) -> bool:
    """Whether the name at `start` completes "the <staff role> ... is" (a colleague, whatever record word the
    sentence holds), or stands right after a helping role's noun (its surname too: "therapist Lucinda Farrow"). The
    role's pattern is read only for a name after a space, the other only after "is"/"was"/"be"/"are"/"were"."""
    if start > 1 and text[start - 1] in " \t" \
            and _ROLE_NOUN_BEFORE_NAME.search(text[max(0, start - 48):start]) is not None:
        return True
    before = text[max(0, start - 6):start]
    if not before.endswith((" is ", " was ", " be ", " are ", " were ")):
        return False
    return _STAFF_ROLE_IS.search(("\n" if start <= _STAFF_ROLE_REACH else "")
                                 + text[max(0, start - _STAFF_ROLE_REACH):start]) is not None


# Words that make a tentative term part of another phrase, by the term's first word: "out" after a verb that takes it
# for an account, a device or a stock ("locked out", "logged out", "sold out"), not for being away; a retake of
# something that is no test ("yearbook photos retaken", "ID picture retake")
_PHRASE_BEFORE: dict[str, frozenset[str]] = {
    "out": frozenset("locked logged kicked timed signed checked opted sold shut blocked printed handed sent cleared"
                     " cleaned ran run running zoomed".split()),
    # a device's battery, not the offence ("a dead battery", "the Chromebook battery")
    "batter": frozenset("dead low weak drained drains replacement spare new old laptop laptops chromebook chromebooks"
                        " phone ipad tablet calculator aa aaa lithium swollen backup".split()),
    "retak": frozenset("photo photos picture pictures pic pics headshot headshots portrait portraits id badge"
                       " video videos".split()),
    "retook": frozenset("photo photos picture pictures pic pics headshot headshots portrait portraits id badge"
                        " video videos".split()),
    # a job a computer runs fails, not a pupil ("the nightly sync is failing", "rows that failed import", "the
    # state ID match failed for ..."): the job's noun just before the term, or (below) what it failed to do after it
    "fail": frozenset("sync syncs import imports export exports upload uploads download downloads match matches"
                      " login logins log-in backup backups job jobs script scripts server connection printer scanner"
                      " payment payments transaction transactions charge rows row update install build validation"
                      " verification integration feed api request requests query link email emails delivery"
                      " transfer invite invites invitation invitations notification notifications alert alerts"
                      " text texts message messages sms".split()),
}
# what a job fails at, after the term: "failed validation", "failed to upload"
_FAILED_OPERATION_AFTER = re.compile(r"[ \t]+(?:import|validation|verification|(?:the[ \t]+)?(?:upload|sync|import"
                                     r"|export|checksum)|to[ \t]+(?:load|sync|upload|import|export|save|connect|install"
                                     r"|update|download|print|post|validate|authenticate|process|send|log[ \t]*in))\b")


# the words of a header that lists when, where or how a test happens, not how anyone did on it
_LOGISTICS_WORDS = (r"(?:dates?|days?|schedules?|times?|rooms?|locations?|calendar|sign-?ups?"
                    r"|registration|deadlines?|fees?|seating|proctors?|windows?|makeup\s+days?|logistics"
                    r"|reminders?|supplies|materials)")
_LOGISTICS_HEADER = Pattern(r"(?i)\b" + _LOGISTICS_WORDS + r"\b")
# the same words right after a test's name ("retest rooms", "quiz make-up dates"): the numbers are where and when
_LOGISTICS_AFTER = Pattern(r"(?i)^[ \t]+(?:[\w-]+[ \t]+)?" + _LOGISTICS_WORDS + r"\b")


def _logistics_header(text: str, start: int, end: int) -> bool:
    """Whether a term is a list header (it ends with ":") that names a test's logistics ("AP exam dates:")."""
    return text[start:end].rstrip().endswith(":") and _LOGISTICS_HEADER.search(text[start:end]) is not None


# a long number right after a term: the term is that number's label ("ABA 092524125" is a routing number, not the
# therapy), as a form or a bank's paper writes it; a header's colon before a student's eight-digit number ("Grade
# change: <ID>") introduces whom the term is said of
_LABELS_A_NUMBER = re.compile(r"[ \t]+(?:#|no\.?|number)?[ \t]*\d{9,}", re.IGNORECASE)


# a device, an app or a system's part right after a tentative term: the term is said of the thing ("a dead battery",
# "the only failed row", "keeps getting kicked out of the reading app", "skipping section enrollment")
_THING_AFTER = re.compile(r"[ \t]+(?:(?:out[ \t]+of|off(?:[ \t]+of)?|from)[ \t]+(?:the|his|her|their|my|our)[ \t]+"
                          r"(?:[\w-]+[ \t]+)?)?(?:batter(?:y|ies)|chargers?|chromebooks?|laptops?|ipads?|tablets?"
                          r"|screens?|apps?|website|site|portal|accounts?|logins?|printers?|servers?|syncs?|exports?"
                          r"|files?|rows?|records?|section[ \t]+enrol?lment|jobs?|attempts?|deliver(?:y|ies))\b",
                          re.IGNORECASE)


def _part_of_another_phrase(text: str, start: int, end: int) -> bool:
    """Whether the words just before a tentative term make it another phrase (`_PHRASE_BEFORE`), the term is said of
    a thing named right after it (`_THING_AFTER`), or the term labels the long number right after it
    (`_LABELS_A_NUMBER`)."""
    if _LABELS_A_NUMBER.match(text, end, end + 40) is not None or _THING_AFTER.match(text, end, end + 48) is not None:
        return True
    term = text[start:end].lower()
    for opening, words in _PHRASE_BEFORE.items():
        if term.startswith(opening):
            if opening == "fail" and _FAILED_OPERATION_AFTER.match(text, end):
                return True
            before = [w.strip(":,;-'\"") for w in text[max(0, start - 40):start].lower().split()]
            return bool(before) and (before[-1] in words or len(before) > 1 and before[-2] in words
                                     and opening != "out")
    return False


def _reports_on(sentence: str, term_at: int) -> bool:
    """Whether the sentence opens with a report ("Psych report says") and the term is what it reports."""
    opening = _REPORTS_ON.search(sentence)
    return opening is not None and term_at >= opening.end()


_TITLE_WORDS = [[t] for t in ("Ms", "Mr", "Mrs", "Mx", "Dr", "Prof", "Sgt", "Rev", "Supt")]
_ABBREVIATIONS = frozenset("approx appt apt gr dept vs etc est incl wk wks yr yrs mo mos hr hrs min mins no dob"
                           " e.g i.e"
                           # a record's own words cut short in chat ("3 day susp. for vaping", "excused abs. on Fri")
                           " susp abs exc unexc attn mtg eval evals dx rx meds sched approx req".split())


_MONTH_AFTER_DOTTED = Pattern(r"\b(?:\pL\.){2,}[ \t]+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
                              r"[ \t]+\d")


def _ends_sentence(text: str, end: int) -> bool:
    """A period followed by a digit or a lowercase word is an abbreviation inside the sentence ("d.o.b.
    7/14/2011, allergic to ...", "approx. two weeks"), not its end; a line break always ends one."""
    if text[end - 1] == "\n" or end >= len(text):
        return True
    following = text[end:end + 3].lstrip(" \t")
    if following[:1].isupper() and text.count(".", max(0, end - 8), end) >= 2 \
            and _MONTH_AFTER_DOTTED.search(text[max(0, end - 12):end + 12]):
        return False  # "d.o.b. Nov 5 2019, ...": a dotted label's date, named by its month, goes on the sentence
    if not following or not (following[0].isdigit() or following[0].islower()):
        return True
    if following[0].isdigit():
        return False
    # lower case after a period is often just chat ("wrote the essay. diagnosis ..."): only a dotted or
    # known abbreviation carries the sentence on
    period = end - 1
    while period > 0 and text[period].isspace():
        period -= 1
    j = period
    while j > 0 and text[j - 1] != "." and not text[j - 1].isspace():
        j -= 1
    word = text[j:period].lower()
    return not (len(word) == 1 or (j > 0 and text[j - 1] == ".") or word in _ABBREVIATIONS)


# a person named with a staff title ("Ms. Ramirez", "Coach Diaz"): an adult, never the student of a list's row
_TITLED_ADULT = Pattern(r"(?:^|[\s(])(?:Ms|Mrs|Mr|Mx|Miss|Dr|Coach|Prof)\.?[ \t]+\p{Lu}")


def _after_title(text: str, end: int) -> bool:
    """A period after a title ("seeing Ms. Obi", "Dr. Patel said", "(Ms. Grady's 2nd grader)") ends no
    sentence."""
    period = end - 1
    while period > 0 and text[period].isspace():
        period -= 1
    return text[period] == "." and [w.lstrip("([\"'\u201c\u2018") for w in
                                     text[max(0, period - 6):period].split()[-1:]] in _TITLE_WORDS


_REPLY_LINES = 3


def _quoted_line_above(text: str, pos: int) -> tuple[int, int] | None:
    """The quoted lines ("> how did Ethan do?") a reply's line at `pos` answers: the block of quoted lines that ends
    up to three lines up, without a blank line between (every sentence of a short reply is about whom the quote
    names, "yep." first included), or right above the reply's first line across one blank line, as a mail client
    sets a reply off. The whole block is read: a quote's question may stand above its signature ("> Mrs. Whitlaw")."""
    if ">" not in text:
        return None
    end = text.rfind("\n", max(0, pos - 300), pos + 1)
    crossed_blank = False
    for _ in range(_REPLY_LINES + 1):
        if end < 0:
            return None
        start = text.rfind("\n", max(0, end - 300), end) + 1
        line = text[start:end]
        if line.lstrip().startswith(">"):
            block_end = end
            # the rest of the block above: the quoted lines right above this one
            while start > 0:
                above = text.rfind("\n", max(0, start - 1 - 300), start - 1) + 1
                if not text[above:start - 1].lstrip().startswith(">") or start - above > 300:
                    break
                start = above
                if block_end - start > 600:
                    break
            return start, block_end
        if not line.strip() and not crossed_blank and "\n" not in text[end + 1:pos] and start > 0:
            crossed_blank = True  # the blank line a mail client leaves between a quote and the reply under it
        elif not line.strip() or start == 0:
            return None
        end = start - 1
    return None


def _answers_a_quote(text: str, start: int) -> bool:
    """Whether the sentence at `start` opens the reply to a quoted line ("> Any update on Noor?" then
    "Grandma has guardianship now"): the reply is about whoever the quote names."""
    line_start = text.rfind("\n", max(0, start - 2), start + 1)
    if line_start < 0 or text[line_start + 1:start].strip():
        return False
    previous = text.rfind("\n", max(0, line_start - 300), line_start) + 1
    return text[previous:line_start].lstrip().startswith(">")


# "the Brown family", "the Okafor household": a family named for the children the school knows (an identifier;
# not by itself a child, so a tentative term still needs a child cue: "the kids ride bus 9 from there")
_THE_FAMILY = Pattern(r"\b[Tt]he[ \t]+((?:Mc|De|La|Le|O['\x{2019}])?\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)[ \t]+"
                      r"(?:family|families|household)\b")
# a family the school thanks or that gives ("Thanks to the Lund family for ...", "the Lund family donated ..."):
# a donor, so what it gave ("free meals for the staff") is no child's record
_THANKED_BEFORE = Pattern(r"(?i)\b(?:thanks?|thank\s+you|shout-?\s?outs?|kudos|grateful|gratitude)\b[^.!?\n]{0,24}$")
_GIVING_AFTER = Pattern(r"(?i)^[ \t]+(?:family|families|household)[ \t]+(?:(?:has|have|kindly|generously)[ \t]+)?"
                        r"(?:donat|gave|giv|brought|bring|provid|sponsor|volunteer|cater|paid|pays|treat|dropped)")


def _family_giving(text: str, span: tuple[int, int]) -> bool:
    """Whether the named family at `span` is thanked or gives, read only for a family a record word was said of."""
    return _THANKED_BEFORE.search(text[max(0, span[0] - 40):span[0]]) is not None \
        or _GIVING_AFTER.search(text[span[1]:span[1] + 40]) is not None


def _named_families(text: str) -> list[tuple[int, int]]:
    if "amil" not in text and "household" not in text:
        return []  # no family named: most messages, decided without a regex pass
    return [m.span(1) for m in _THE_FAMILY.finditer(text)
            if m.group(1).lower() not in STOP_WORDS and m.group(1).lower() not in NOT_FIRST_NAMES]


def _first_names_with_family(text: str) -> list[tuple[int, int]]:
    spanish = " de " in text
    if "'" not in text and "\u2019" not in text and not spanish:
        return []  # no possessive: most messages, decided without a regex pass
    # "Coach Davis's father": a colleague's family
    matches = [*_FAMILY_OF.finditer(text), *(_FAMILY_OF_ES.finditer(text) if spanish else ())]
    return [m.span(1) for m in matches
            if m.group(1).lower() not in STOP_WORDS and m.group(1) not in TITLES
            and not title_before(text[max(0, m.start(1) - 14):m.start(1)])]


# the words a clause opens with before its record fact: a capitalised given name, then at most three lower-case
# words ("Ivan carries an EpiPen", "Mason tore his ACL", "IMPORTANT: Dev has a severe peanut allergy")
# ("Devonte, 68051510, needs credit recovery": the student's number may stand between name and verb)
_CLAUSE_HEAD = re.compile(r"[\s*_>\-\u2022]*((?:Mc|De|La|Le|O')?[A-Z][a-z]+(?:-[A-Z][a-z]+)?)(?:,\s*\d{6,10},)?"
                          r"((?:\s+[a-z][\w'\u2019-]*){0,3})\s*$")
_IRREGULAR_PAST = frozenset("tore broke fell got had was hurt wore took gave went came ran bit hit threw told"
                            " felt lost spent caught swallowed spit hid stole swore shook"
                            # the rest of the irregular past tenses said of what a child did or had happen
                            " wet peed pooped spat cut put kept left slept woke forgot drew wrote spoke ate drank"
                            " sat stood held heard found fought bled shut sank flung stuck swung wept".split())
_CLAUSE_OPENERS = (":", ";", "\u2014", " - ", "\u2013")


def _clause_heads(text: str, terms: list[tuple[int, int]], bounds: list[int]) -> list[tuple[int, int]]:
    """A capitalised given name at the head of the clause whose predicate is the record fact: a student named by
    first name alone, whatever the verb ("Rosa carries", "Mason tore"). The clause starts at the sentence or
    after a colon, semicolon or dash in it; only the few words before each term are read."""
    found = []
    for t_start, _ in terms:
        lo = bounds[bisect_left(bounds, t_start + 1) - 1]
        lo = max([lo] + [k + len(o) for o in _CLAUSE_OPENERS if (k := text.rfind(o, lo, t_start)) >= 0])
        if t_start - lo > 60:
            continue
        m = _CLAUSE_HEAD.match(text, lo, t_start)
        if m is None:
            continue
        # the verb may be the record fact's own first word ("Mason tore his ACL")
        words = m.group(2).split() + text[t_start:t_start + 24].split()
        if words and words[0].lower() in ADVERBS_BEFORE_VERB:
            words = words[1:]  # "Yusuf only knows ...": an adverb between the name and its verb
        word, verb = m.group(1), (words or [""])[0].lower()
        # the next word must be a verb said of the person ("has", "carries", "tore", "needed"): "Chronic
        # absence", "Bring your accommodation checklists" and "Going with the social worker" open no clause about
        # someone
        if not (verb in PERSON_VERBS_AFTER or verb in _IRREGULAR_PAST or len(verb) > 3 and verb.endswith(("es", "ed"))
                or len(verb) > 3 and verb.endswith("s") and not verb.endswith(("ss", "us", "is"))):
            continue
        if word.lower() in STOP_WORDS or word.lower() in NOT_FIRST_NAMES or word in TITLES or word.endswith("ing") \
                or title_before(text[max(0, m.start(1) - 14):m.start(1)]):
            continue
        found.append(m.span(1))
    return found


# a roster row that opens with "Last, First" and then a cell ("Diaz, Eva     204   Walker", "Ramirez, Lucia | gr 7")
# ("Cho, Min-jun - row 2 (...)": a dash between spaces is a cell's edge too, and a bracketed note one; a given
# name may go on in lower case after a hyphen)
# (a numbered row too: "3 Carmichael, Eli   (IEP: ...)")
_ROW_NAME = Pattern(r"(?m)^[ \t>*\x{2022}-]*(?:\d{1,3}[.)]?[ \t]+)?"
                    r"((?:Mc|De|La|Le|O['\x{2019}])?\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?,[ \t]*"
                    r"\p{Lu}\p{Ll}+(?:-\p{Ll}+)?)(?:[ \t]*(?:\||\t)|[ \t]{2,}\S|[ \t]+[-\x{2013}\x{2014}][ \t]+\S"
                    # "Chen, Wei (no swim: ear tubes)": a roster row's note in brackets
                    r"|[ \t]*\([^()\n]{2,80}\)[ \t]*$)")


def _row_names(text: str) -> list[tuple[int, int]]:
    found = []
    if "\n" in text or "|" in text or "\t" in text or "  " in text:  # (no cells: most messages, no regex pass)
        found = [m.span(1) for m in _ROW_NAME.finditer(text)]
    if ":" in text:
        found += [m.span(1) for m in _LAST_FIRST_HEADING.finditer(text)]
    return [(a, b) for a, b in found
            if not any(w.strip().lower() in STOP_WORDS or w.strip().lower() in NOT_FIRST_NAMES
                       for w in text[a:b].split(","))]


# "Gradebook audit - Fuentes, Lucia: quarter grade ...": a name written last-name first as the heading of what
# follows, after a dash or a note's colon and before its own colon (a roster's order, in a sentence)
_LAST_FIRST_HEADING = Pattern(r"(?:[\x{2013}\x{2014}|][ \t]+|-[ \t]+|(?i:re|student|for|about)[ \t]*:[ \t]*)"
                              r"((?:Mc|De|La|Le|O['\x{2019}])?\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?,[ \t]*\p{Lu}\p{Ll}+"
                              r"(?:-\p{Ll}+)?)[ \t]*:[ \t]")


# "Rohan (IEP - hearing, keep him up front)": a given name (perhaps with an initial) right before the bracket the
# record fact is in; "(Reyes - 504 for epilepsy)": a name opening the bracket, then a dash, a colon or a comma
_NAME_BEFORE_BRACKET = re.compile(r"(?:^|[^\w'\u2019])((?:Mc|De|La|Le|O')?[A-Z][a-z]+(?:-[A-Z][a-z]+)?)"
                                  r"(?:[ \t]+[A-Z]\.?)?[ \t]*$")
_NAME_OPENING_BRACKET = re.compile(r"[ \t]*((?:Mc|De|La|Le|O')?[A-Z][a-z]+(?:-[A-Z][a-z]+)?)"
                                   r"(?:[ \t]+[A-Z][a-z]*\.?)?[ \t]*(?:[-:,\u2013\u2014])")


# the words a bracketed note about a child may open with before its fact ("(on a 504)", "(has an IEP)", "(his BIP)")
_STATE_WORDS = frozenset("on a an has had his her their with w/ no new in".split())


def _bracketed_notes(text: str, terms: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The name a bracketed note holding a record term is about: the name right before the bracket, or the one
    opening it. Only the bracket around each term is read."""
    if "(" not in text:
        return []
    found = []
    for t_start, _ in terms:
        opened = text.rfind("(", max(0, t_start - 80), t_start)
        if opened < 0 or ")" in text[opened:t_start] or "\n" in text[opened:t_start]:
            continue
        # the note before the name's bracket is about the name when it opens with the fact or speaks of the child
        # ("Rohan (IEP - hearing, keep him up front)"); "Pia (bring the IEP goal templates)" is an errand
        lead = text[opened + 1:t_start].split()
        about = len(lead) <= 2 and all(w.lower() in _STATE_WORDS for w in lead) \
            or _PERSONAL_PRONOUN.search(text[opened:t_start + 60].split(")", 1)[0])
        for m in (_NAME_BEFORE_BRACKET.search(text, max(0, opened - 30), opened) if about else None,
                  _NAME_OPENING_BRACKET.match(text, opened + 1, t_start)):
            if m is None:
                continue
            word = m.group(1)
            if word.lower() in STOP_WORDS or word.lower() in NOT_FIRST_NAMES or word in TITLES \
                    or title_before(text[max(0, m.start(1) - 14):m.start(1)]):
                continue
            found.append(m.span(1))
    return found


# what may stand before a line's first word: a bullet, a numbering, a quote mark
_LINE_LEAD = " \t\n*>-\u2022\u2013\u2014\"'\u201c#0123456789.)"


def _unknown_opener(text: str, span: tuple[int, int], bounds: list[int]) -> bool:
    """Whether a lone capitalised word read as a first name opens its sentence or line and is no given name of the
    lexicon: there its capital says nothing, and an imperative or a topic opens a sentence far more often than a
    child's unusual name ("Fax signed consents to ...", "Draft IEPs go ...", "- Safety: 2 minor incidents").
    Inside a sentence the capital is evidence, and a given name of the lexicon is one anywhere."""
    a, b = span
    if " " in text[a:b] or "." in text[a:b] or is_listed_given_name(text[a:b].lower()):
        return False
    start = bounds[bisect_left(bounds, a + 1) - 1]
    line = text.rfind("\n", 0, a) + 1
    if text[max(start, line):a].strip(_LINE_LEAD):
        return False  # inside its sentence: the capital is evidence
    # a possessive or an initial after it, a verb said only of a person, or the children a family name stands for,
    # still makes it someone ("Ty M's grandma ...", "Chino got caught ...", "Morales kids are doubled up ...")
    if text[b:b + 2] in ("'s", "\u2019s") or _INITIAL_AFTER.match(text, b):
        return False
    after = text[b:b + 32].split()
    if after and after[0].lower() in ADVERBS_BEFORE_VERB:
        after = after[1:]
    word = after[0].strip(".,;:!?").lower() if after and text[b:b + 1] in (" ", "\t") else ""
    return word not in PERSON_VERBS_AFTER and word not in _CHILDREN_AFTER


_INITIAL_AFTER = re.compile(r"[ \t]+[A-Z](?:\.|['\u2019]s\b|[ \t,:;]|$)")
# the children a family name opening a sentence stands for ("Okafor twins are ...", "Lindqvist kids moved")
_CHILDREN_AFTER = frozenset("kid kids boys girls twins triplets siblings children brothers sisters family".split())


# the people a school, a program or a building is said to have: a capitalised word right before one of them names the
# place ("84.2% of Harmon students", "Calloway families got the letter"), not a child
# ("Morales kids", "the Okafor children" are one family's: not read here)
_GROUP_NOUN_AFTER = re.compile(r"[ \t]+(?:students|staff|families|teachers|parents|scholars|learners"
                               r"|classrooms|campus|enrollment|enrolment|population|caseloads?"
                               # a topic a class studies: "the Lincoln unit", "Tubman biography", "Parks timeline"
                               r"|units?|lessons?|biograph(?:y|ies)|timelines?|documentar(?:y|ies)"
                               # a help line's name: "Suicide & Crisis Lifeline", "Crisis Text Line"
                               r"|(?i:(?:text[ \t]+line|lifeline|hotline|helpline|warmline)s?))\b")


def _names_a_group(text: str, end: int) -> bool:
    """Whether the capitalised word ending at `end` stands before the people of a place or a program, or names the
    topic of a unit of study ("Lincoln unit for the self-contained 5th grade") or a help line ("Crisis Lifeline")."""
    return text[end:end + 1] in (" ", "\t") and _GROUP_NOUN_AFTER.match(text, end) is not None


# "re: M. Bell - his IEP team ...": an initial and a surname (a title before it makes it a colleague's)
_INITIAL_SURNAME = Pattern(r"(?:^|[\s(:>\[])(\p{Lu}\.[ \t]?(?:Mc|De|La|Le|O['\x{2019}])?\p{Lu}\p{Ll}+)")


def _initial_and_surname(text: str) -> list[tuple[int, int]]:
    if ". " not in text and "." not in text:
        return []
    found = []
    for m in _INITIAL_SURNAME.finditer(text):
        a, b = m.span(1)
        surname = text[a:b].split(".", 1)[1].strip()
        if surname.lower() in STOP_WORDS or surname.lower() in NOT_FIRST_NAMES or title_before(text[max(0, a - 14):a]):
            continue
        if text[max(0, a - 8):a].rstrip()[-1:].isdigit() or _STREET_AFTER.match(text, b):
            continue  # "8827 S. Escanaba Ave": a street's direction and name
        found.append((a, b))
    return found


# a house number, perhaps a direction, then a street's name and its kind: "6652 S. Peoria St", "12 Oak Lane"
_STREET_ADDRESS = re.compile(r"\b\d{1,6}[ \t]+(?:[NSEW]\.?[ \t]+)?(?:[A-Z][A-Za-z'.-]*[ \t]+){1,3}"
                             r"(?:Ave|Avenue|St|Street|Rd|Road|Blvd|Boulevard|Dr|Drive|Ln|Lane|Pkwy|Parkway|Ct|Court"
                             r"|Pl|Place|Way|Hwy|Ter|Terrace)\b")
_STREET_AFTER = re.compile(r"[ \t]+(?:Ave|Avenue|St|Street|Rd|Road|Blvd|Dr|Drive|Ln|Lane|Pkwy|Ct|Pl|Way|Hwy)\b\.?")


# the words a sentence may open with when its subject, the student of the sentence before, is left out ("Absent 6
# days straight", "Failing two classes now", "Sent home again")
_PREDICATE_OPENERS = frozenset("absent out home sick late tardy failing missing suspended sent diagnosed hospitalized"
                               " hospitalised admitted refused refuses still also now currently been has had was is"
                               " got gets needs keeps says said left came went skipped missed"
                               # Spanish leaves the subject out as a rule ("Dice que no tienen papeles ...")
                               " dice dijo tiene tienen sigue siguen falta faltó".split())
_CHAIN_SENTENCES = 3   # sentences a pronoun may reach back over to the student it stands for
_CHAIN_REACH = 300     # characters, at most


def _elided_subject(sentence: str) -> bool:
    """Whether the sentence opens with its predicate, the subject left out as chat does ("Absent 6 days
    straight, no call home."): its first word is a verb or a state said of a person."""
    stripped = sentence.lstrip(" \t\n*>-\u2022\u2014\u2013\"'\u201c\u201d")
    if not stripped or not stripped[0].isupper():
        return False
    first = stripped.split(None, 1)[0].strip(".,;:!?").lower()
    return first in _PREDICATE_OPENERS


def _header_columns(text: str) -> list[tuple[int, int, int]]:
    """(start, end, end of the rows under it) of each grade/score/status cell in a table's header line: a
    line with separators and no all-digit cell; its rows run to a blank line or a code fence (bounded)."""
    columns = []
    for start, end in _HEADER_CELL.spans(text):
        line_start = text.rfind("\n", max(0, start - 400), start) + 1
        line_end = text.find("\n", end - 1, end + 400)
        line_end = len(text) if line_end < 0 else line_end
        line = text[line_start:line_end]
        cells = [c.strip(" \"'") for c in re.split(r"[,\t|;]", line)]
        if len(cells) < 2 or any(c.isdigit() or len(c) > 32 for c in cells):
            continue
        # a table, not a sentence with a comma: the next line has as many separators as the header
        separator = max(",\t|;", key=line.count)
        next_end = text.find("\n", line_end + 1, line_end + 800)
        if text[line_end + 1:next_end if next_end >= 0 else line_end + 800].count(separator) != line.count(separator):
            continue
        block_end = min(len(text), line_end + 4000)
        for stop in ("\n\n", "\n```"):
            k = text.find(stop, line_end, block_end)
            if k >= 0:
                block_end = k
        core = (start + 1 if text[start] in ",\t|;" else start, end - 1 if text[end - 1] in ",\t|;" else end)
        columns.append((core[0], core[1], block_end))
    return columns


_MARK_CELL = r"(?:^|[\t|,(])[ \t]*(?:\d{1,3}(?:\.\d{1,2})?[ \t]?%|[A-DF][+-]?)[ \t]*(?=$|[\t|,()])"

# an item of a list on one line: a name, then an aside or a mark ("Andre (English III)", "Marcus D. (Gov)")
# ("Ximena 187 (below)", "Paul 201": a name and its score)
_NAMED_ITEM = Pattern(r"^(?:Mc|De|La|Le|O')?\p{Lu}\p{Ll}+(?:[ \t]+(?:\p{Lu}\.?|\p{Lu}\p{Ll}+))?[ \t]*(?:\(|-[ \t]|$"
                      r"|[:=]?[ \t]*\d{1,4}(?:\.\d)?%?[ \t]*(?:\(|$))")
_LIST_SEPARATOR = re.compile(r"[,;]|\.(?=\s|$)")
# the key that opens a row of a list and sorts its names ("Math:", "ELA -", "3rd period:", "Tier 2:"): a subject, a
# class period or a group, then a colon or a dash; the names after it are the header's rows. A form's field ("Name:",
# "Student:") is no key: the value after it is that field's.
_ROW_KEY = re.compile(r"(?i)[ \t]*(?:" + _SUBJECTS + r"|(?:\d(?:st|nd|rd|th)|p\d)[ \t]*(?:period|pd|hour|block)?"
                      r"|(?:period|pd|hour|block|tier|group|level)[ \t]*[\dA-Z])"
                      r"[ \t]*(?::|[ \t]-|[\u2013\u2014])[ \t]*")
# a row of a name and its number or mark: "Yusuf A.      1.8", "Kevin O'Brien .... 12", "Tyrone - 48%"
_NUMBERED_ROW = Pattern(r"^[ \t*>\x{2022}-]*(?:Mc|De|La|Le|O['\x{2019}])?\p{Lu}\p{Ll}+"
                        r"(?:[ \t]+(?:\p{Lu}\.?|(?:O['\x{2019}]|Mc)?"
                        r"\p{Lu}\p{Ll}+))?[ \t.:\-\x{2013}|]+(?:\d{1,4}(?:\.\d+)?%?|(?-i:[A-DF][+-]?))[ \t]*$")

# one child's result in a list: a name (a first name, a whole name, a first name and an initial), then the number,
# bare or bracketed, a percentage or a fraction ("Ana 41", "Theo Lam (88)", "Ivy R. - 3/5", "Noor\t97\tbelow"),
# ending its item: a comma, a full stop, a bracket, a tab, the line's end, or the test or the cut it is on ("5 on
# Lang", "87 well below"). A count with its noun ("Ana 38 books") is no result. The pattern resumes after the number
# (group 2), so the separator that ends one item opens the next.
_NAME_WORD = r"(?:Mc|De|La|Le|Da|Di|O['\x{2019}])?\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?"
_SCORED_ITEM = Pattern(r"(?m)(?:^[ \t>*\x{2022}-]*|[,;:][ \t]*|[!.][ \t]+|\t)"
                       r"(" + _NAME_WORD + r"(?:[ \t]+(?:" + _NAME_WORD + r"|\p{Lu}\.?))?)"
                       r"[ \t]*(?:[:=\x{2013}\x{2014}-][ \t]*)?\(?"
                       r"(\d{1,4}(?:\.\d{1,2})?(?:[ \t]?%|/\d{1,3})?)\)?"
                       r"(?:[ \t]*(?:[,;.)(\t]|$)|[ \t]+(?:on|in|(?:well[ \t]+)?(?:below|above))\b)")
# a row keyed by a result and listing the children who got it ("0/4: Ana, Theo R.", "90%+ - Noor, Sam"): a fraction
# out of one total, a percentage or a percentage range
_SCORE_KEYED_ROW = Pattern(r"(?m)^[ \t>*\x{2022}-]*(?:[<>][ \t]*)?(\d{1,3}/\d{1,3}|\d{1,3}(?:-\d{1,3})?[ \t]?%)\+?"
                           r"[ \t]*(?::|[ \t]-|[\x{2013}\x{2014}])[ \t]*(\p{Lu}[^\n]*)$")
# a gradebook's row typed out: a line opening with a name, its results after it ("Ana R  quiz 3 7/10, lab 88, avg
# 71%"); the results counted are percentages and fractions out of a total (`_marks_in`)
_MARKED_LINE = Pattern(r"(?m)^[ \t>*\x{2022}-]*(" + _NAME_WORD + r"(?:[ \t]+(?:" + _NAME_WORD + r"|\p{Lu}\.?))?)"
                       r"(?:[ \t]*[,:|\x{2013}\x{2014}-][ \t]*|[ \t]{2,}|\t)([^\n]+)$")
_LINE_MARK = re.compile(r"(?<![\d/.])(?:\d{1,3}(?:\.\d)?[ \t]?%|(\d{1,3})/(\d{1,3}))(?![\d/])")


def _marks_in(cells: str) -> int:
    """How many results a row's cells hold: percentages, and fractions no greater than their total (a date's "3/14"
    is none)."""
    count = 0
    for m in _LINE_MARK.finditer(cells):
        if m.group(1) is None or int(m.group(1)) <= int(m.group(2)) != 0:
            count += 1
    return count


# the text between two results of one list: a separator, the test a result is on, at most one line break
_SCORED_GAP = 60
# how far before a list its header may say what the numbers are (the line above, or the sentence before)
_SCORED_LEAD = 240


# the screeners and state tests a district exports scores from, as their publishers write them (capitals kept where
# the name is also a word: "MAP", "STAR", "ACCESS"): a table titled with one holds each row's scores
_ASSESSMENT_NAMED = re.compile(r"\b(?:MAP|NWEA|STAR|i-?Ready|iReady|DIBELS|Acadience|mCLASS|aimsweb|AIMSweb|FastBridge"
                               r"|ACCESS|WIDA|IAR|PARCC|SBAC|STAAR|Aspire|ACT|SAT|PSAT|Lexile|RIT|F&P|DRA|CogAT|KRA"
                               r"|Istation|Renaissance|Amira|Lexia)\b")

# rows read under one list header (a pasted list is rarely longer; the bound keeps a header's work fixed)
_MAX_LISTED_ROWS = 200
# Record terms read per message: each term costs a search back to its sentence's start and a look for its student,
# so a hostile paste of one phrase thousands of times (a 100 KB message took seconds) would cost per hit. The bound
# is the scan's (policy/detectors/bound.py): the terms' and each family's spans stop at MOST_MATCHES by themselves
# (Pattern.spans), and `first` cuts their union, each recording where the reading stopped.
_HEADER_TAIL = 160      # characters a header line may run past its record term ("On a 504 plan:")


def _sentence_of(bounds: list[int], pos: int, length: int) -> tuple[int, int]:
    """The sentence around `pos`."""
    s = bisect_left(bounds, pos + 1) - 1
    return bounds[s], bounds[s + 1] if s + 1 < len(bounds) else length


def states_a_record(sentence: str) -> bool:
    """Whether a sentence holds a record term or a (not tentative) circumstance of policy/data/student-records.yaml,
    whoever it is said of: the student-ID unit asks it of the sentence around an unlabelled eight-digit number,
    which such a sentence makes a student's."""
    if _TERMS.search(sentence) is not None:
        return True
    families = circumstances.load().families
    return any(not tentative and family.search(sentence) is not None for family, tentative in families)


class StudentRecordDetector:
    name = "student_record"
    finding_type = "student_record"
    triggers = (_TERMS_PATTERN, _HEADER_CELL_PATTERN, name_column_trigger(), _MARK_ROW_PATTERN,
                *(family.pattern for family, _ in circumstances.load().families), circumstances.load().header_trigger,
                circumstances.load().bare_header_trigger, circumstances.load().score_words.pattern)

    def find(self, ctx: ScanContext) -> Iterable[Candidate]:
        if not ctx.fired_among(student_id.TRIGGERS):
            # an unlabelled number the record makes a student's ID ("request for <number>: he's eloping ..., per
            # his IEP", rows under "AP exam fees:"): the ID unit, which nothing in the message woke, has not reported
            # it; the rule is its own, and it reads the record terms before any of them is set aside here (a
            # logistics header, a term the list reader owns)
            for start, end in sorted(ctx.student_ids):
                yield Candidate("student_id", start, end, student_id.StudentIdDetector.name)
        # a pasted table with a name (or student ID) column beside a grade, score, attendance or service
        # column: every row is one student's record
        for table in ctx.tables:
            rows = record_rows(table, ctx.text)
            if not rows and table.rows:
                rows = record_rows(table, ctx.text, titled=self._record_title(ctx.text, table.rows[0][0][0]))
            for start, end in rows:
                yield Candidate(self.finding_type, start, end, self.name)
        # each family below runs only when the scanner's Set pass saw its trigger (ctx.fired)
        if ("\n" in ctx.text or "%" in ctx.text or "|" in ctx.text) and ctx.fired(_MARK_ROW_PATTERN):
            yield from self._mark_rows(ctx.text)  # two gradebook lines, or one with a percentage
        if ctx.fired(circumstances.load().score_words.pattern):
            yield from self._scored_names(ctx)  # names each with a number, under a word that makes them results
        # the trade's terms, the circumstances of policy/data/student-records.yaml (tentative ones need a child
        # cue near), and list headers that name what their rows are ("Absent list 3rd pd:")
        # (a separate pattern, not more alternatives in _TERMS: one alternation of both outgrows RE2's DFA memory
        # and falls back to the slow matcher)
        said = circumstances.load()
        data = ctx.ascii_bytes  # the message's bytes, encoded once by the context: no pass below encodes it again
        terms = _TERMS.spans(ctx.text, data) if ctx.fired(_TERMS_PATTERN) else []
        more: list[tuple[int, int]] = []
        tentative: set[tuple[int, int]] = set()  # only a circumstance can be tentative ("struggling")
        strong: set[tuple[int, int]] = set()
        hit = ctx.fired_among(said.family_triggers)  # one set operation, not one `fired` call per family
        if hit:
            text = ctx.text
            for trigger in hit:  # (the order is immaterial: the spans are sorted and kept as sets below)
                for family, family_is_tentative in said.by_trigger[trigger]:
                    family_spans = family.spans(text, data)
                    if family_spans:
                        more += family_spans
                        (tentative if family_is_tentative else strong).update(family_spans)
        # a word the tentative lists also hold ("shelter", "foster") stays soft for a named family, whatever else
        # found it: "The Abara family donated coats to the shelter drive"
        soft = set(tentative)
        if tentative:  # a span a strong family or the trade's terms also found is no tentative one
            tentative -= strong | set(terms)
        if tentative:  # "locked out since Friday", "photos retaken": another phrase that holds the term's words
            other = {span for span in tentative if _part_of_another_phrase(ctx.text, *span)}
            if other:
                more = [t for t in more if t not in other]
                tentative -= other
        if tentative:  # (what is left: most tentative terms are the trade's terms too, and leave nothing to read)
            # "Allen, Cho, Foster, Garcia": a capitalised word among capitalised names is a surname, not the term
            named = {span for a, b in tentative if ctx.text[a].isupper() and "," in ctx.text[max(0, a - 2):b + 1]
                     for span in find_name_lists(ctx.text, *self._line_of(ctx.text, a))}
            # "the corner of Foster & Kedzie": a capitalised word inside a sentence is a street, a place or a
            # surname, not the word said of a child (a term opening a sentence or a line is capitalised anyway)
            named |= {(a, b) for a, b in tentative if ctx.text[a].isupper() and ctx.text[a + 1:b].islower()
                      and ctx.text[max(0, a - 3):a].rstrip(" \t")[-1:] not in ("", ".", "!", "?", "\n", ":", ">",
                                                                                "-", "*", "(", '"')}
            if named:
                more = [t for t in more if t not in named]
                tentative -= named
        if ctx.fired(said.header_trigger):
            more += circumstances.list_header_spans(ctx.text)
        # a header with no colon heads a list only when the two lines under it each open with a student
        bare = {span for span in circumstances.bare_header_spans(ctx.text)
                if self._named_rows_follow(ctx, span[1])} if ctx.fired(said.bare_header_trigger) else set()
        more += bare
        if more:
            terms = first(ctx.text, sorted(set(terms) | set(more)))
        # "AP exam dates:", "MAP testing schedule:": a header of logistics heads no results; "Allergy: none listed":
        # a form's field left empty says nothing of the child
        if terms and ":" in ctx.text:
            terms = [t for t in terms if not _logistics_header(ctx.text, *t) and not _field_left_empty(ctx.text, t[1])]
        columns = _header_columns(ctx.text) if ctx.fired(_HEADER_CELL_PATTERN) else []
        if not terms and not columns:
            return
        if columns:
            yield from self._table_rows(ctx, columns)
        text = ctx.text
        # a term that names a staff role, a service or a place ("IEP meeting", "504 coordinator", "food drive for
        # the shelter") is no record whoever is named, so it is set aside before any name is looked for
        # a list header may name a document ("failing list:", "detention roster tmrw:"): its rows are the records
        # the list reader owns a header's rows: a header term that listed rows on its own line is read for nothing
        # else (its names are the rows', so joining the term to the first of them would swallow that row's span)
        headers: set[tuple[int, int]] = set()
        if ":" in text or "\n" in text:  # (a list needs a header's colon or a line break: most messages have neither)
            yield from self._listed_under(ctx, terms, lambda t: not self._names_no_record(ctx, *t, documents=False)
                                          and self._said_of_a_child(text, t, tentative), headers, bare)
        terms = [(a, b) for a, b in terms if (a, b) not in headers and not self._names_no_record(ctx, a, b)]
        if not terms:
            return
        # every sentence end holds ".", "!", "?" or a line break: a message without one is one sentence, no regex pass
        bounds = [0] + [end for _, end in _SENTENCE_END.spans(text)
                        if _ends_sentence(text, end) and not _after_title(text, end)] + [len(text)] \
            if "." in text or "!" in text or "?" in text or "\n" in text else [0, len(text)]
        # identifiers that say by themselves that the person is a child at school: a student ID, "the Jones kid",
        # "DJ (the tall one in 7th)", "one of my 4th graders" (a first name with its class is read below)
        student_ids = set(ctx.student_ids)
        childlike = set(ctx.student_ids + find_family_name_students(text) + find_described_names(text)
                        + find_pointed_students(text))
        families = _named_families(text)
        identifiers = sorted(set(ctx.person_names + _first_names_with_family(text) + _row_names(text) + families)
                             | childlike)
        adults_named: list[tuple[int, int]] = []
        identifiers = _without_adults(text, identifiers, adults_named)
        # first names are read word by word, so only in the sentences whose terms no full name or ID reaches
        ident_starts = [a for a, _ in identifiers]
        # each term's identifier in its own sentence: read once here, and reused below unless first names join
        # (one sentence, as most chat is: every term's sentence is the whole message, so it is read once for all)
        in_sentence = [self._identifier_in(ident_starts, identifiers, 0, len(text))] * len(terms) if len(bounds) == 2 \
            else [self._identifier_in(ident_starts, identifiers, *_sentence_of(bounds, t[0], len(text))) for t in terms]
        unnamed = [t for t, found in zip(terms, in_sentence, strict=True) if found is None]
        if unnamed:
            # a capitalised record term ("EpiPens?", "Tier 3") is the fact, not the student's first name
            spans = set(terms)
            # (a lone word opening its sentence, or naming a school's people, is read for nobody)
            lone_words = [n for n in self._first_names_near(text, unnamed, bounds)
                          + _clause_heads(text, unnamed, bounds)
                          if not _unknown_opener(text, n, bounds) and not _names_a_group(text, n[1])]
            identifiers = sorted(set(identifiers) | {n for n in lone_words
                                                     + _bracketed_notes(text, unnamed)
                                                     + _initial_and_surname(text)
                                                     + (self._lone_subject(text) if ":" in text else [])
                                                     if n not in spans})
            identifiers = _without_adults(text, identifiers, adults_named)
            if not identifiers:
                return
            ident_starts = [a for a, _ in identifiers]
        # read once, only when a term has no student of its own
        subject: tuple[int, int] | None | Literal[False] = False
        adults: bool | None = None  # whether the message speaks of a colleague at all: read once, when needed
        reported: dict[int, int] = {}
        for i, (t_start, t_end) in enumerate(terms):
            s = bisect_left(bounds, t_start + 1) - 1
            sentence = (bounds[s], bounds[s + 1] if s + 1 < len(bounds) else len(ctx.text))
            found = self._identifier_in(ident_starts, identifiers, *sentence) if unnamed else in_sentence[i]
            if found is None and s > 0:
                words = ctx.window(*sentence)
                # (a tentative term, "Dad called it in", is said of the parent, not of the child before)
                chained = _PRONOUN.search(words) is not None or _elided_subject(words) \
                    or (t_start, t_end) not in tentative and _FAMILY_OPENS.search(words) is not None
                if chained or _answers_a_quote(text, sentence[0]) or _reports_on(words, t_start - sentence[0]):
                    previous = (bounds[s - 1], bounds[s])
                    found = self._identifier_in(ident_starts, identifiers, *previous)
                # "Talked with Marcus Webb." / "We went over the essay." / "He admitted ...": a pronoun (or a
                # sentence with its subject left out) goes on about the student named a few sentences up, when no
                # one is named between
                back = s - 2
                while found is None and chained and back >= 0 and back >= s - _CHAIN_SENTENCES \
                        and sentence[0] - bounds[back] <= _CHAIN_REACH:
                    found = self._identifier_in(ident_starts, identifiers, bounds[back], bounds[back + 1])
                    back -= 1
            if found is None:
                quote = _quoted_line_above(text, sentence[0])
                if quote is not None:
                    found = self._identifier_in(ident_starts, identifiers, *quote)
            if found is None and subject is False:
                # (a note's title may end with a dash and no colon: "home visit notes — <name>. Lives ...")
                subject = self._note_subject(text, ident_starts, identifiers) \
                    if ":" in text or "\n" in text or "\u2014" in text or "\u2013" in text or " - " in text else None
            if found is None and subject and subject[1] <= t_start <= subject[1] + 600:
                found = subject  # "Student: Faith O." then "Concern: food insecurity ...": the note's subject
            if found is None:
                continue
            # (a family named by the school, "the Jenkins family", is a student's: a strong term said of it, "is
            # doubled up", "reapplied for free meals", is that child's record; a tentative one, "donated to the
            # shelter", still wants a child near)
            if found in families and _family_giving(text, found):
                continue  # "Thanks to the Lund family for the free meals at the staff lunch": a donor
            if ((t_start, t_end) in tentative or found in families and (t_start, t_end) in soft) \
                    and not circumstances.child_cue_near(text, t_start, t_end) \
                    and not (found in childlike or in_class(text, found[1])):
                continue  # "Karen is struggling with the copier": said of anyone, a record only of a child
            if adults is None:
                adults = circumstances.adult_context_anywhere(text)
            # a student's ID says whom the fact is about ("Leah P. (ID ...) is on medical leave for mono")
            if adults and found not in student_ids and circumstances.adult_context_near(text, t_start, t_end):
                continue  # "Sam is pregnant!! baby shower Friday": a colleague
            start, end = min(found[0], t_start), max(found[1], t_end)
            if end - start > 240:
                start, end = t_start, t_end
            # spans from one start overlap; the scanner would keep only the longest, so keep it here
            if end > reported.get(start, -1):
                reported[start] = end
        for start, end in reported.items():
            yield Candidate(self.finding_type, start, end, self.name)

    @staticmethod
    def _line_of(text: str, pos: int) -> tuple[int, int]:
        start = text.rfind("\n", max(0, pos - 400), pos) + 1
        end = text.find("\n", pos, pos + 400)
        return start, (min(len(text), pos + 400) if end < 0 else end)

    @staticmethod
    def _said_of_a_child(text: str, term: tuple[int, int], tentative: set[tuple[int, int]]) -> bool:
        """Whether a list header's term may name its rows' records: a tentative term needs a child cue, and no
        colleague may be spoken of around it ("payroll form for the new para:" lists an adult)."""
        if term in tentative and not circumstances.child_cue_near(text, *term):
            return False
        return not circumstances.adult_context_near(text, *term)

    def _note_subject(self, text: str, starts: list[int],
                      identifiers: list[tuple[int, int]]) -> tuple[int, int] | None:
        """The student a note is about when it opens with a field naming them ("Student: Faith O.",
        "Re: Marcus T."): the identifier on that line."""
        # the first field that names someone: a form's title may name a place ("Field trip form - Museum of
        # Science") and its "Student:" field the child
        for m in _SUBJECT_FIELD.finditer(text[:2000]):
            line_end = text.find("\n", m.end())
            line_end = len(text) if line_end < 0 else line_end
            found = self._identifier_in(starts, identifiers, m.end(), line_end)
            if found is not None:
                return found
        return None

    @staticmethod
    def _lone_subject(text: str) -> list[tuple[int, int]]:
        """"Re: Liam", "Subject: Jonah": a note's subject field that holds one given name alone names its student
        (a first name is otherwise read only in the sentences of a term, and a reply's may be lines below)."""
        m = _SUBJECT_FIELD.search(text[:2000])
        if m is None or _PERSONAL_PRONOUN.search(text) is None:
            return []  # a topic ("Re: Budget") is spoken of as "it": a person's note goes on with "he" or "she"
        line_end = text.find("\n", m.end())
        lone = _LONE_GIVEN_NAME.match(text, m.end(), len(text) if line_end < 0 else line_end)
        if lone is None:
            return []
        word = lone.group(1)
        if word.lower() in STOP_WORDS or word.lower() in NOT_FIRST_NAMES or word in TITLES:
            return []
        return [lone.span(1)]

    def _listed_under(self, ctx: ScanContext, terms: list[tuple[int, int]],
                      heads: Callable[[tuple[int, int]], bool],
                      headers: set[tuple[int, int]] | None = None,
                      bare: set[tuple[int, int]] | None = None) -> Iterable[Candidate]:
        """A header line with a record term (one `heads` accepts) makes each line listed under it that starts with a
        student (a name, a first name and initial, an ID) a record, up to a blank line: when the header ends with ":"
        ("Chronic absentees:", "On a 504 plan:"), or when at least two rows under it each end with a number or a mark
        ("ACCESS scores for my newcomers" then "Yusuf A.   1.8"), or when it is one of the `bare` headers (no colon,
        opening the message or a block, two rows of students under it). Names listed on the header's own line after its
        colon ("failing list: Bryce, Kennedy M., Juan Ortiz") are rows too. Each block is read once, so stacked
        headers stay linear."""
        text = ctx.text
        if ":" not in text and "\n" not in text:
            return  # no header: one line without a colon (most messages), decided without reading a term
        covered = -1
        known: set[int] | None = None  # where names and IDs start: read once, only when a header has rows
        for t_start, t_end in terms:
            # a header term may end with its line break ("grades:\n"); a header line is short, so the search for
            # its end is bounded: unbounded, every term of a long unbroken paste would scan to its end (quadratic)
            line_end = text.find("\n", t_end - 1, t_end + _HEADER_TAIL)
            if line_end < 0 and (":" in text[t_end:t_end + _HEADER_TAIL] or text[t_end - 1:t_end] == ":"):
                line_end = min(len(text), t_end + _HEADER_TAIL)
            if line_end < 0 or line_end < covered:
                continue
            head = text[t_end:line_end] if line_end >= t_end else text[max(0, line_end - 4):line_end]
            # a term may hold its own colon ("Winter DIBELS:"): the list opens right after it
            colon = -1 if text[t_end - 1:t_end] == ":" and line_end >= t_end else head.find(":")
            inline = (colon >= 0 or text[t_end - 1:t_end] == ":") and head[colon + 1:].strip(" \t*_")
            # ("DIBELS:" then rows: the term holds the header's colon, and nothing follows it on the line)
            headed = not inline and (head.rstrip(" \t*_").endswith(":") or bare is not None and (t_start, t_end) in bare
                                     or text[t_end - 1:t_end] == ":" and not head.strip(" \t*_"))
            if not (inline or headed or self._numbered_rows_follow(text, line_end)) or not heads((t_start, t_end)):
                continue  # no rows, or a term that heads no child's list (a staff role, a colleague's form)
            # "parent info on the form:", "Gran's info for the referral:": the rows are the relative's details
            colon_at = t_end + colon if inline and colon >= 0 else t_end - 1 if inline else line_end
            line_start = text.rfind("\n", 0, t_start) + 1
            header_to_colon = text[max(line_start, colon_at - 120):colon_at + 1].rstrip(" \t*_") + " "
            # ... and "Staff on hall duty:", "Chaperones:": the rows are colleagues
            if _RELATIVE_DETAILS_BEFORE.search(header_to_colon) is not None \
                    or _in_adults_list(text, colon_at):
                continue
            before = ctx.window(max(0, t_start - 24), t_start)
            if _GROUPS_BEFORE.search(before) and not before.lower().rstrip().endswith(
                    ("after school", "before school")):
                continue  # "Team scores:", "Class averages:": the rows are groups, not students
            if known is None:
                known = {a for a, _ in ctx.person_names} | {a for a, _ in ctx.student_ids}
            name_starts = known
            if inline:  # (a term whose inline list held rows goes into `headers`)
                rows = list(self._listed_inline(text, t_end + colon + 1, line_end, name_starts))
                if rows and headers is not None:
                    headers.add((t_start, t_end))
                yield from rows
                covered = line_end
                continue
            pos = line_end + 1
            for _ in range(_MAX_LISTED_ROWS):
                if pos >= len(text):
                    break
                next_break = text.find("\n", pos)
                end = len(text) if next_break < 0 else next_break
                row = text[pos:end]
                if not row.strip():
                    break
                first = pos + len(row) - len(row.lstrip(" \t-*\u2022>0123456789.)"))
                bullet = pos + len(row) - len(row.lstrip(" \t-*\u2022>"))
                if bullet in name_starts:
                    first = bullet  # "71928304 - 12 days": a row opened by the student's ID, not a numbering
                word_end = first + len(text[first:end].split(None, 1)[0].split(":", 1)[0]) if first < end else end
                if first < end and _field_left_empty(text, word_end):
                    pass  # "Accommodations: 1. ___", "Name: [STUDENT]": a blank form's field, no one's row
                elif first < end and (first in name_starts or is_listed_name(text[first:end])):
                    yield Candidate(self.finding_type, first, pos + len(row.rstrip()), self.name)
                else:
                    # "Math: Jonah, Keyla", "Period 3 - Abdi": a row keyed by a subject, a period or a group and
                    # listing the header's students after it (one is enough: the header already says what they are)
                    key = _ROW_KEY.match(text, bullet, end)
                    if key is not None:
                        yield from self._listed_inline(text, key.end(), end, name_starts, least=1)
                pos = end + 1
            covered = pos

    def _listed_inline(self, text: str, lo: int, hi: int, name_starts: set[int],
                       least: int = 2) -> Iterable[Candidate]:
        """Names listed after a header's colon on its own line, separated by commas or semicolons; two at least
        (`least`), so a sentence after a colon is not read as a list. A line that holds a street address ("pickup at
        1404 W. Iowa St, Chicago", "Jayden Wells, 6652 S. Peoria St, 2nd floor") is one person's contact line, its
        parts a name, a street and a city, not a list of students."""
        if _STREET_ADDRESS.search(text, lo, hi) is not None:
            return
        items = []
        pos = lo
        for part in _LIST_SEPARATOR.split(text[lo:hi]):
            a = pos + len(part) - len(part.lstrip())
            pos += len(part) + 1
            item = text[a:a + len(part.strip())]
            if item and (_TITLED_ADULT.search(item) or _after_title(text, a)):
                continue  # "A-F Ms. Ramirez, G-O Mr. Delgado": staff named by title split a caseload, no student
            if item and (a in name_starts or is_listed_name(item) or _NAMED_ITEM.search(item)
                         and is_listed_name(item.split(None, 1)[0].rstrip("(,"))):
                items.append((a, a + len(item)))
        if len(items) >= least:
            for a, b in items:
                yield Candidate(self.finding_type, a, b, self.name)

    @staticmethod
    def _record_title(text: str, first_row: int) -> bool:
        """Whether the line above a table's header (its title: "Winter MAP export", "Free/Reduced roster") names a
        record with one of the trade's terms: its rows are then records whatever the columns are called."""
        header_start = text.rfind("\n", 0, max(0, first_row - 1)) + 1
        line = text[header_start:first_row].strip()
        while header_start > 0 and line and not line.strip("|-: \t"):  # a Markdown rule under the header
            header_start = text.rfind("\n", 0, header_start - 1) + 1
            line = text[header_start:first_row].split("\n", 1)[0].strip()
        if header_start == 0:
            return False
        title_start = text.rfind("\n", 0, header_start - 1) + 1
        title = text[title_start:header_start - 1]
        return bool(title.strip()) and len(title) <= 160 and (bool(_TERMS.spans(title))
                                                              or _ASSESSMENT_NAMED.search(title) is not None)

    @staticmethod
    def _named_rows_follow(ctx: ScanContext, line_end: int) -> bool:
        """Whether the two lines after a header line each open with a student: a name the scanner found, or a
        first name (with an initial, a surname or a note after it)."""
        text = ctx.text
        rows = text[line_end + 1:line_end + 400].split("\n", 2)[:2]
        if len(rows) < 2:
            return False
        names = {a for a, _ in ctx.person_names} | {a for a, _ in ctx.student_ids}
        pos = line_end + 1
        for row in rows:
            first = pos + len(row) - len(row.lstrip(" \t-*\u2022>"))
            if not (first in names or is_listed_name(row.lstrip(" \t-*\u2022>"))):
                return False
            pos += len(row) + 1
        return True

    @staticmethod
    def _numbered_rows_follow(text: str, line_end: int) -> bool:
        """Whether the two lines after a header are rows of a name and a number or a mark."""
        rows = text[line_end + 1:line_end + 400].split("\n", 2)[:2]
        return len(rows) == 2 and all(_NUMBERED_ROW.search(r) for r in rows)

    def _mark_rows(self, text: str) -> Iterable[Candidate]:
        """Header-less gradebook lines: a name cell and its marks. A lone line with one mark ("Lunch, B")
        could be anything; two lines, or a percentage beside a letter grade, are a gradebook."""
        rows = []
        for m in _MARK_ROW.finditer(text):
            words = [w.strip(",.").lower() for w in m.group(1).split()]
            if any(w in STOP_WORDS or w in NOT_FIRST_NAMES for w in words if len(w) > 1):
                continue
            if len(words) == 1 and text[m.end(1):m.end()].lstrip(" \t")[:1] in ("-", ":", "\u2013", "\u2014"):
                continue  # "Projector - 54%": a dashed row needs a whole name ("Perez, Lia - 54%", "Lia P - 54%")
            rows.append((m.start(1), m.end(), sum(1 for _ in re.finditer(_MARK_CELL, text[m.end(1):m.end()]))))
        if len(rows) >= 2 or (rows and rows[0][2] >= 2):
            for start, end, _ in rows:
                yield Candidate(self.finding_type, start, end, self.name)

    def _scored_names(self, ctx: ScanContext) -> Iterable[Candidate]:
        """Two names or more, each with its own number, in one list ("Worst: Ana 38, Theo 41", a name and a score a
        line), where the list or the line or sentence before it says the numbers are results (quiz, scores, a
        screener's name: `score_headers` of policy/data/student-records.yaml). Each child's number is their record;
        a list of a game's, a vote's or a group's numbers, a test's rooms or dates, or grade levels under "grades"
        (every number 12 or under) is none."""
        text = ctx.text
        said = circumstances.load()
        person_starts = ctx.name_edges[1]
        # each item: where the name starts, where the number ends, the number, whether the name is surely a person's
        # (a given name of the lexicon or a name the scanner found); a list of children holds a few names the lexicon
        # does not know ("Sunny Park") between those it does
        items: list[tuple[int, int, str, bool]] = []
        for m in _SCORED_ITEM.finditer(text, 2):
            start, end = m.span(1)
            first_word = text[start:end].split(None, 1)[0].rstrip(".")
            lowered = first_word.lower()
            if lowered in STOP_WORDS or lowered in NOT_FIRST_NAMES or first_word in TITLES:
                continue
            if title_before(text[max(0, start - 12):start]):
                continue  # "Ms. Ruiz 3.4": a colleague's rating, no child's result
            items.append((start, m.end(2), m.group(2), start in person_starts or is_given_name(lowered)))
        yield from self._score_keyed_rows(ctx)
        if "\n" in text:
            # "Ana R  quiz 3 7/10, avg 71%" a line: a row of two results or more is a scored item of its own
            for m in _MARKED_LINE.finditer(text):
                start, end = m.span(1)
                first_word = text[start:end].split(None, 1)[0]
                if first_word.lower() in STOP_WORDS or first_word.lower() in NOT_FIRST_NAMES \
                        or _marks_in(m.group(2)) < 2:
                    continue
                items.append((start, m.end(2), "", start in person_starts or is_given_name(first_word.lower())))
            items.sort()
        clusters: list[list[tuple[int, int, str, bool]]] = []
        for item in items:
            if clusters and item[0] - clusters[-1][-1][1] <= _SCORED_GAP \
                    and text.count("\n", clusters[-1][-1][1], item[0]) <= 1:
                clusters[-1].append(item)
            else:
                clusters.append([item])
        for cluster in clusters:
            if sum(1 for *_, named in cluster if named) < 2:
                continue
            first_start, last_end = cluster[0][0], cluster[-1][1]
            lead_from = max(0, first_start - _SCORED_LEAD)
            line_start = text.rfind("\n", 0, first_start) + 1
            above = text.rfind("\n", lead_from, max(lead_from, line_start - 1)) + 1 if line_start > 0 else 0
            lead = text[max(lead_from, above):first_start]
            whole = lead + text[first_start:last_end]
            words = said.score_words.spans(whole)
            if not words or said.not_results.search(lead) is not None:
                continue
            # "Retest rooms: Ana 214, Theo 108", "exam dates": the numbers are where and when the test is (a room
            # named elsewhere in the header, "room 110, the ones I'm worried about", is the class's)
            if any(_LOGISTICS_AFTER.search(whole[b:b + 32]) is not None for _, b in words):
                continue
            said_words = {whole[a:b].lower() for a, b in words}
            if said_words <= {"grades", "gradebook"} and all(n.isdigit() and int(n) <= 12 for _, _, n, _ in cluster):
                continue  # "grades: Ana 7, Theo 8": grade levels, as a table's "Grade" column of small numbers
            for start, end, _, _ in cluster:
                yield Candidate(self.finding_type, start, end, self.name)

    def _score_keyed_rows(self, ctx: ScanContext) -> Iterable[Candidate]:
        """Rows on consecutive lines, each keyed by a result and listing the children who got it ("0/4: Ana, Theo
        R." then "1/4: Noor"), under a header that says the keys are results (`_scored_names`): the names are
        records. Fractions must be out of one total and no more than it, so dates ("3/4: Ana", "3/11: Theo") stay
        a schedule."""
        text = ctx.text
        if "\n" not in text:
            return
        said = circumstances.load()
        rows = list(_SCORE_KEYED_ROW.finditer(text))
        blocks: list[list[RegexMatch]] = []
        for m in rows:
            if blocks and text.count("\n", blocks[-1][-1].end(), m.start()) <= 1:
                blocks[-1].append(m)
            else:
                blocks.append([m])
        for block in blocks:
            if len(block) < 2:
                continue
            keys = [m.group(1) for m in block]
            fractions = [k.split("/") for k in keys if "/" in k]
            if fractions and (len({d for _, d in fractions}) > 1 or any(int(n) > int(d) for n, d in fractions)):
                continue
            first_row = block[0].start()
            header_start = text.rfind("\n", 0, max(0, first_row - 1)) + 1
            header = text[header_start:first_row]
            words = said.score_words.spans(header)
            if not words or said.not_results.search(header) is not None \
                    or any(_LOGISTICS_AFTER.search(header[b:b + 32]) is not None for _, b in words):
                continue
            starts = ctx.name_edges[1]
            found = [c for m in block for c in self._listed_inline(text, m.start(2), m.end(2), starts, least=1)]
            if len(found) >= 2:
                yield from found

    @staticmethod
    def _names_no_record(ctx: ScanContext, t_start: int, t_end: int, documents: bool = True) -> bool:
        text = ctx.text
        # "user lindell.sped", "sped.team@...": a term glued by a dot into a user name or a mailbox is part of that
        # name, not a fact said of anyone
        if t_start > 1 and text[t_start - 1] == "." and text[t_start - 2].isalnum():
            return True
        if text[t_end:t_end + 1] in (".", "@") and text[t_end + 1:t_end + 2].isalnum() \
                and "@" in text[t_end:t_end + 40].split(None, 1)[0]:
            return True
        after = text[t_end:t_end + 40]
        # the words after the term lower-cased once for both tests below: in ASCII a prefix of the lowered window is
        # the lowered prefix (not in all Unicode: a dotted capital I lower-cases to two characters, a capital sigma
        # to a final one at a word's end)
        lowered = after.lower()
        if after.isascii():
            role, meeting = lowered[:24], lowered[:12]
        else:
            role, meeting = text[t_end:t_end + 24].lower(), text[t_end:t_end + 12].lower()
        if _names_a_role_after(role.lstrip(" -")) \
                and not (text[t_start:t_end].lower().startswith(_DECISIONS_ABOUT_A_CHILD)
                         and meeting.lstrip(" -").startswith(_DECIDING_MEETINGS)) \
                and not (role.lstrip(" -").startswith(_ONE_CHILDS_PAPERS) and _one_childs_document(text, t_start)):
            return True
        # both of _DOCUMENT_AFTER's forms open with a space (a superset of RE2's \s): no space, no regex pass
        if documents and after[:1].isspace() and _names_a_document_after(after, lowered) \
                and not _ON_THE_LIST.search(ctx.window(t_start - 40, t_start)) \
                and not _one_childs_document(text, t_start):
            return True
        if text[t_start] in "cCsStTpP" and _helping_role_asked_to_act(text, t_start, t_end):
            return True
        if text[t_start] in _ROLE_INITIALS and _ROLE_BEFORE.search(
                ("\n" if t_start <= 32 else "") + ctx.window(t_start - 32, t_start)):
            return True
        if text[t_start] in "cCsStTpP" and _APPROVED_BY_BEFORE.search(ctx.window(t_start - 32, t_start)):
            return True
        return text[t_start] in "sS" and bool(_HELPING_BEFORE.search(ctx.window(t_start - 48, t_start)))

    @staticmethod
    def _first_names_near(text: str, terms: list[tuple[int, int]], bounds: list[int]) -> list[tuple[int, int]]:
        """First names in the sentences that hold a record term and the sentences before them (where a
        pronoun's student is named): the only places a first name can matter, so the rest of a long message
        is not read word by word."""
        windows: list[tuple[int, int]] = []
        for t_start, _ in terms:
            s = bisect_left(bounds, t_start + 1) - 1
            lo, hi = bounds[max(0, s - 1)], bounds[s + 1] if s + 1 < len(bounds) else len(text)
            if s > 1:  # a pronoun's student may be named a few sentences up (the chain read in `find`)
                lo = max(bounds[max(0, s - _CHAIN_SENTENCES)], lo - _CHAIN_REACH) if lo > 0 else lo
                lo = bounds[bisect_left(bounds, lo)]
            quote = _quoted_line_above(text, bounds[s])
            if quote is not None:
                lo = min(lo, quote[0])  # a reply's student is named in the line it quotes
            if windows and lo <= windows[-1][1]:
                windows[-1] = (windows[-1][0], max(windows[-1][1], hi))
            else:
                windows.append((lo, hi))
        return [span for lo, hi in windows for span in find_first_names(text, lo, hi) + find_name_lists(text, lo, hi)]

    def _table_rows(self, ctx: ScanContext, columns: list[tuple[int, int, int]]) -> Iterable[Candidate]:
        """A grade or status column over rows that carry a student ID or a name: the table is a record."""
        identifiers = sorted(ctx.student_ids + ctx.person_names)
        starts = [a for a, _ in identifiers]
        for t_start, t_end, block_end in columns:
            found = self._identifier_in(starts, identifiers, t_end, block_end)
            if found is not None:
                end = found[1] if found[1] - t_start <= 240 else t_end
                yield Candidate(self.finding_type, t_start, end, self.name)

    @staticmethod
    def _identifier_in(starts: list[int], identifiers: list[tuple[int, int]], lo: int,
                       hi: int) -> tuple[int, int] | None:
        i = bisect_left(starts, lo)
        return identifiers[i] if i < len(identifiers) and identifiers[i][0] < hi else None


DETECTORS = (StudentRecordDetector(),)

"""Must-flag and must-not-flag tables for student records: education-record information tied to an identifiable student (a full name, a first name, a first name and initial, "the Jones kid", an ID, a pronoun after a named student, a table row) is one; praise, logistics, aggregates, staff roles and record words with no student are not.

Rows are grouped here from every earlier review of the detectors, then new wording written for these tests; every
value is made up (numbers generated to pass or fail their checksums on purpose).
"""
from __future__ import annotations

import pytest

# (text, expected): None, any finding of this type; a string, one of this type's findings; a list, exactly
# this type's findings (in any order)
MUST_FLAG = [
    ('Jamal Peters has a 504 plan for anxiety', None),
    ('Sofia Lindqvist is failing Biology with a 52%', None),
    ('Heads up, Ethan Brooks was suspended for 2 days', None),
    ('Lena M. takes medication at lunch, the nurse has it', None),
    ("Carlos Vega's family is undocumented, please be discreet", None),
    ('Student ID 61027734 qualifies for free lunch', None),
    ("Ruby Sandoval's IEP goals were updated. She now gets a scribe.", None),
    ('Nate Coleman qualifies for credit recovery this summer', None),
    ('Kevin Park was absent 12 days this quarter', None),
    ('José Núñez has an IEP for reading', None),
    ('The kid in 3rd period, Tommy R., has been cutting himself', None),
    ('Tyrell Adams got 3 days OSS for vaping', None),
    ('Maya Singh is repeating 3rd grade', None),
    ('Ángel Ortiz was suspended for 2 days', None),
    # scores and ranks, named medicines, failing a subject
    ('Hannah B. scored in the 8th percentile on the winter NWEA', None),
    ("Owen Park's math score fell 30 points since fall", None),
    ('Aiden Cole reads at a 1st grade level', None),
    ('Mateo Ruiz is on Ritalin now, give it at lunch', None),
    ('Zoe Lin is failing 3rd period chem', None),
    # an abbreviation's period does not end the sentence: the name and the record term stay together
    ('Sign-out sheet: Tomas Greer, d.o.b. 4/22/2012, takes Ritalin at noon', None),
    ('Wren Abbott, dob. 9/9/2013, has a seizure plan with the nurse', None),
    ('Iris Mendel approx. three weeks behind after the concussion', None),
    # role nouns are records when they are the student's ("sees", "her therapist", "referred to")
    ('Devon Price sees the counselor weekly', None),
    ('Ana Ruiz was referred to our school social worker', None),
    ("Ana Ruiz's therapist called the office", None),
    # prefixed surnames are names, so the record beside them is a student's
    ("Niamh O'Sullivan has 14 unexcused absences and a truancy referral", "Niamh O'Sullivan has 14 unexcused absences and a truancy"),
    ('Caleb McNair was suspended Friday', 'Caleb McNair was suspended'),
    # record families: referrals, services, attendance rates
    ('Keon Bradley was referred to the dean twice this week', 'Keon Bradley was referred to the dean'),
    ('Lily Osei qualifies for speech services', 'Lily Osei qualifies for speech'),
    ("Mateus Prado's attendance is down to 68% after the move", "Mateus Prado's attendance is down to 68%"),
    ('grades to fix\nstudent_id,last,first,q3_grade\n48813207,Ibarra,Nico,F\n48813299,Lund,Tess,D', None),
    ('```\nid\trit_score\tteacher\n53390127\t149\tKerr\n```', None),
    ('name;ell_status\nRosa Quintero;newcomer\nDmitri Volkov;level 2', None),
    ('Nia Holloway scored a 158 on NWEA math, bottom of the class', None),
    ('Ethan Szabo got a 6 on the placement test so he is going to the support section', None),
    ("Caleb Ortega's family lost their house in October and they are sleeping in the car", None),
    ("Yusuf Demir's mother said their visas ran out last spring", None),
    ("Marisol's dad says they are couch surfing until January", None),
    ("Imani's family was evicted, staying at the St. Martin shelter", None),
    # tables: a name column beside a score, attendance, service or accommodation column makes each row a record
    ("Name,Score,Absences\nJayden,78,12\nMaria,91,3", ["Jayden,78,12", "Maria,91,3"]),
    ("name\tattendance\tservices\nKiara\t84%\tspeech\nOmar\t92%\tOT", None),
    ("| Student | Grade |\n|---|---|\n| Ava | B+ |\n| Ben | D |", ["Ava | B+", "Ben | D"]),
    ("Student,Accommodations\nLuis,extended time\nAna,read aloud", None),
    # first name only, first name and initial, "the Jones kid", a pronoun after a named student, quoted replies
    ("Marcus is on my chronic absence list again", None),
    ("Jayden M. has a BIP now after the FBA", None),
    ("the Jones kid got a SAP referral today", None),
    ("> Is Kayla still absent?\nyes, she's missed 14 days this semester", None),
    ("Talked to Ruben Ortiz today. He says his meds make him sleepy in 3rd period", None),
    # the trade's words
    ("threat assessment for Tyler this afternoon", None),
    ("Priya's ACCESS score came back 3.2", None),
    ("Elijah RIT 198 on MAP math", None),
    ("Sofia scored IAR level 2 in ELA", None),
    ("Dev is at 42% on the benchmark", None),
    ("changed Aiden's grade from F to C", None),
    ("Mateo's mom has a court order, dad can't pick up", None),
    ("Lila goes to the nurse at noon for her meds", None),
    ("Noah is on free lunch", None),
    ("DCFS came for Imani Brooks this morning", None),
    ("Wesley's family is in an STLS placement since March", None),
    # a list under a header with a record term: every row that starts with a student
    ("Students on the chronic absence list:\nKendrick: 21 days\nAria: 17 days", ["Kendrick: 21 days", "Aria: 17 days"]),
    ("On a 504 plan this year:\n- Maya T.\n- Jordan Ellis", ["Maya T.", "Jordan Ellis"]),
    ("Needs meds at lunch:\nLeo\nSam", ["Leo", "Sam"]),
    # more ways to name the student and the record
    ("Quick update on Kenji: mom called, he's starting Concerta next week", None),
    ("Per the custody paperwork, only grandma can pick up Leilani", None),
    ("Is Tre in temporary housing? his address changed twice", None),
    ("Santiago's reading level is DRA 14, way behind", None),
    ("can you check Penelope's grades? she says the portal shows a D in math", None),
    ("Grace (period 3) disclosed self harm, counselor notified", None),
    ("Student\tIEP minutes\tCase manager\nAiden\t300\tReyes\nBella\t120\tReyes", None),
    # nurse notes, health columns, a student named with their grade
    ("nurse log 10:15 - Kai, 2nd gr, stomach ache, called home", None),
    ("Name | Allergies | Meds\nRuby | peanuts | EpiPen\nTheo | none | inhaler", None),
    ("Zahra takes her meds in the office at 11:30", None),
    ("Name,Lunch status\nAva,Free\nBen,Reduced", ["Ava,Free", "Ben,Reduced"]),
    ("first,last,gpa\nAva,Lin,2.1\nBen,Ortiz,3.9", None),
    # a gradebook pasted without its header: a name cell and its marks (two lines, or a percent beside a letter)
    ("Reyes, Marisol | 58% | F\nTan, Kevin | 97% | A", ["Reyes, Marisol | 58% | F", "Tan, Kevin | 97% | A"]),
    ("Omari\t72%\nBeatriz\t64%", None),
    ("Lena P., 49% (F)", None),
    # a name in brackets after the pronoun that stands for it
    ("she (Camila) only got a 55 on the chapter 4 quiz", None),
    ("the new kid (Oluwaseun) missed 9 days in October", None),
    # screenings and their results
    ("Deshawn screened positive on the PHQ-A, parent called", None),
    ("Marisol W. had a positive suicide screen at 2nd period, protocol started", None),
    # tiers named by subject, a mark with its verb left out, summer school as a consequence
    ("Kiara B. is Tier 2 for math this cycle", None),
    ("> how did Rafael do?\n22/50 on the chapter test, not great", None),
    ("Tomas needs summer school or he won't move up", None),
    # orders of protection and who alone may sign a child out
    ("Kendra has an OP on her stepdad, front desk has the copy", None),
    ("nobody except Grandpa Lou may sign Isaiah out", None),
    # ideation as counsellors note it
    ("Mariah T. denies SI today but endorsed it last week", None),
    ("check-in note: Zion - reported passive SI, safety plan reviewed", None),
    # a name with an undotted initial as a list item; a list of marks under its header
    ("Brooke R - 9 absences since Labor Day", None),
    ("Unit 2 scores:\nTeagan 74\nRory 58%", ["Teagan 74", "Rory 58%"]),
    # a nickname with an aside saying who it is; behind in a subject; restraint; not at school since
    ("Boo (the little one in 2nd) has lice again, sent a note home", None),
    ("Ezra is two years behind in math, the psych wants more data", None),
    ("Nevaeh was physically restrained in the hallway at 1:10, admin notified", None),
    ("Kenny hasn't come to school since Halloween, mom isn't answering", None),
    # a modified day, missing work, a retake, what brings a child to the nurse
    ("Rico V is on a shortened schedule until the team meets again", None),
    ("Anaya - missing 9 assignments in bio", None),
    ("Luca failed his geometry retake, so he's in credit recovery", None),
    ("Sienna keeps coming down with migraines, mom wants a plan", None),
    # the reply to a quoted line is about whoever the quote names
    ("> any news on Mateo?\nDCFS opened a case on Monday", None),
    # self-harm said plainly, EL levels, a score beside its letter, the juvenile courts, a fight in other words
    ("Harper told me she has been cutting again, counselor is with her now", None),
    ("Dmitri is EL level 3 per the last screener", None),
    ("Quarter marks: Omar Haddad 64/D, Ella Rossi 91/A-", None),
    ("Terrell has to see his probation officer Friday, he'll leave at 1", None),
    ("Ximena and another girl had an altercation in the locker room", None),
    # wishes to die, failing counts and eligibility, K-level reading, homebound, cheating, a referral for testing
    ("Micah said he wants to die, I stayed with him until the SW came", None),
    ("Gianna has 3 Fs and is academically ineligible for volleyball", None),
    ("Theo's reading is at a K level and he is in 2nd", None),
    ("Esme is on homebound services after the surgery", None),
    ("Parker was caught plagiarizing the history essay", None),
    ("we should refer Amani for an evaluation, the data is there", None),
    # a grade between commas, living out of a vehicle, an ACCESS result in other words, a graded-work column
    ("Health room 9:40 - Simone, 3rd, seizure, 911 not needed", None),
    ("Cam Ortiz's family has been sleeping out of their truck since the eviction", None),
    ("Bilal's WIDA came back 4.2, so he exits EL in June", None),
    ("Name\tQuiz 3\nRhea\t14\nGus\t6", None),
    # a parent in prison, counts of referrals, lunch status, injuries and illness, a note's subject field
    ("Marisol's brother is in jail and she is taking it hard", None),
    ("Deon W. - 4 office referrals since October", None),
    ("meal eligibility for Yesenia was approved this morning", None),
    ("Kobe broke his wrist at practice, needs a scribe for two weeks", None),
    ("Grandma says Lupe has the flu and won't be in", None),
    ("Name: Joaquin R.\nIssue: food insecurity, sends snacks home\nPlan: pantry bag Fridays", None),
    # credits short of graduating, custody limits said plainly, sent home sick, thrown objects, the police,
    # a percentage for a marking period
    ("Dylan R. is short 3 credits, counselor is building a plan", None),
    ("Amelia's stepmom is not allowed to take her on school days, per mom", None),
    ("Yara was sent home again today for lice", None),
    ("Isaac threw a desk during math and hit another kid", None),
    ("Xander was arrested by police on Friday night, per his aunt", None),
    ("Nina Park: Q1 58%, Q2 61%", None),
    # the special-education office's file: consent, eligibility, extended school year, a goal's progress data
    ("Harlan B. parent returned consent for testing yesterday, eval due by March", None),
    ("Both Priya Nand and Colin Shaw qualify for ESY this summer", None),
    ("Goal 2 for Wes Tran: reads CVC words with 60% accuracy, 3/5 trials", None),
    ("Isla Moreno - speech: artic group Tues, 30 min", None),
    # the health office's medication log
    ("Rafael got 10 mg of his Focalin at 11:30, mom was called about the missed dose", None),
    ("Nurse gave Leni Ortiz her glucagon kit check today, backup is in the office", None),
    # the counsellor's notes, the front office's file, a teacher's marks out of a total
    ("Kamal S. worked on coping skills today after the blow-up in gym", None),
    ("Enrolling Yusuf Haddad, the family is applying for asylum, no transcripts yet", None),
    ("Rosa Ibarra scored 2/10 on the vocab check, retake Friday", None),
    # Spanish, as parents and the front office write it
    ("el papá de Lucas Moreno dice que toma medicamento para la epilepsia", None),
    # a sentence that opens with what a report says goes on about the student named before it
    ("Please file the form for Dario Pike. The eval says a specific learning disability in reading.", None),
    # a goal table with a name column
    ("| Name | Goal | Baseline |\n|---|---|---|\n| Ines Cole | Oral reading | 41 wcpm |", None),
    # how the student is named: a room or class hour between the name and its verb; a family's children,
    # possessive, with no "the"; a numbered roster row "Last, First"; a note's "Family:" field; a gradebook row
    # with a note cell after its mark
    ("Keira in room 212 has asthma, her inhaler is in my desk", None),
    ("Bashir from room 7 was written up for fighting", None),
    ("Nakamura twins' custody order changed, only mom picks up now", None),
    ("sub list (3rd hr)\n1 Abbott, Grace\n2 Barros, Theo   (504: extended time, breaks)\n3 Cole, Ivy", None),
    ("Home visit notes\nFamily: Duarte (student: Eva Duarte, gr 2)\nConcerns: eviction notice, no heat", None),
    ("Jonah K | ELA 6 | 52% | 9 missing\nAria P | ELA 6 | 91% | none", None),
    # a child named through a relative in Spanish ("la abuela de Mateo")
    ("el papá de Tomás dice que tiene epilepsia y toma medicamento en la mañana", None),
    # medical care by who treats a child and how: the pediatric specialties, treatments that keep a child out
    ("Priyanka Rao sees a nephrologist every other Thursday, so she leaves at noon", None),
    ("Deshawn Miles is out through March for dialysis three days a week", None),
    ("Lucia Ortega will be doing infusions at Lurie on Fridays, plan for home-bound work", None),
    # what a drug screen finds
    ("Kayden Fisher's tox screen came back positive, dean wants a SAP meeting", None),
    ("Bryce Nolan was under the influence during 6th period, mom is on her way", None),
    # the tests a school reports with their scales: AP and IB scores, an ELL composite
    ("Ximena Flores earned a 5 on the AP Spanish exam, first in her family!", None),
    ("Andre Watts: IB History score came back a 3, he needs a 4 for the credit", None),
    ("Omar Haidari scored 3.9 overall composite on the WIDA test this spring", None),
    # the standing that holds a diploma; a service a child leaves, the name between the verb and the service
    ("Jenna Kowalski has a diploma hold until the library fines clear", None),
    ("Quinn Avery was exited today from OT services after the annual review", None),
    # a failing mark as the student's own
    ("Devonte Hayes keeps asking me to change his F before progress reports", None),
    # a transcript line: upper-level courses with their prefix and level, each with its mark
    ("Need Priya Raman's semester marks for the scholarship form: Hon Chem B-, AP Stats A, Span 3 B+", None),
    ("Marcus Bell sitting at Precalc 54% / Alg2 61% going into break", None),
    # a piece of work's result said with "was" or "came back"
    ("Lorenzo Vidal's chem midterm was a 22/80, can someone check the key?", None),
    ("fyi Tasha Greene's retake came back 47%", None),
    # whose rate it is between "attendance" and the figure
    ("attendance for Rowan Pike this semester was 61%, letter going home", None),
    # a role word after the term that is one child's paperwork: the owner stands before the term
    ("his sister Noor's free lunch application never reached the office", None),
    # a header naming the adults who read it, then a sentence about a child: no list of colleagues
    ("Note for the lunch aides: Kaia R. has a peanut allergy, EpiPen is in her bag", None),
    # a given name that is also a unit's topic is still a child when a record follows it
    ("Jackson Ortiz has a 504 plan and uses the resource room for math", None),
    # a blow at an adult named by title, a restraint spoken of as one event, the child's crisis plan
    ("Devin Moss kicked Mr. Ortiz in the shin at dismissal", None),
    ("Talia Brooks's dad keeps calling about the restraint yesterday", None),
    ("Rafael K. melted down at lunch. No restraint needed. Please reread his crisis plan before Monday.", None),
    # a test's result said plainly, adult education's placement tests included; the attendance rate said first
    ("New enrollee Dorota Wisniewska: CASAS math came back 209, so she starts in the pre-GED group", None),
    ("Kwame Asante shows 41% attendance since winter break, can the social worker do a home visit?", None),
    # a low mark in a course in lower case, a benchmark named in two words, a fall counted in points
    ("Odalys Ferrer leaves Friday; final marks are B in art, D in geometry, C- in chem", None),
    ("Benji Novak had 38% on the winter reading benchmark, parent call Thursday", None),
    ("heads up: Soraya Kent fell 14 points on the MAP since last spring", None),
    # absences counted with a word between, standards-based marks counted, a sugar reading as a parent says it
    ("Gideon Marsh is back after 12 straight absences, re-entry meeting at 9", None),
    ("Paloma Reyes brought home all 1s and 2s in math on the standards report", None),
    ("If Wesley Tan's sugar drops below 80 at recess, juice first, then the nurse", None),
]

# no finding of this type
MUST_NOT_FLAG = [
    'Great job to Ruby Sandoval on the spelling bee!',
    'IEP meetings are Tuesday in room 118, bring your data',
    '12 students in 5th grade have 504 plans',
    'Ms. Patel is the new 504 coordinator',
    'The class average on the unit test was 71%',
    "Please don't name students when you discuss medication forms",
    'Coach Rivera has the allergy action plans for the bus',
    'Our 504 coordinator, Maria Lopez, is out today',
    'Maria Lopez (sped teacher) is covering room 204',
    'Jordan Lee got an A in Math, great work!',
    'The counseling office moved, see Kim Tran in room 110',
    'Thanks Maria Lopez for covering my IEP meeting today!',
    'Can Jamal Green grab the allergy forms from the nurse?',
    'Ms. Rivera said Tyler Brown did great on his benchmark',
    'Sarah Kim got 95% on the quiz!',
    # a login or a printer failing, a report card as a document, a grade level in brackets
    'Chromebook login failing for Maya Singh, can you reset it?',
    'Can Lucas Gray pick up the report card envelopes?',
    'Sam Reyes (5th grade) won the science fair',
    "The Ritalin shortage article is in the nurses' newsletter",
    'MAP scores are in for 4th grade, average 62nd percentile',
    'Kevin Park says the projector in 204 is failing',
    "Grace Hill's team score fell in the second half but they won",
    # a lower-case word after a full stop is still a new sentence in chat unless the word was an abbreviation
    'Cora Diaz read the poem aloud. anxiety about public speaking is common, see the guide',
    # a capitalised pair before a place noun is the place's name, not a student's
    'the Harbor Light shelter on Ogden serves families, donations welcome',
    'Maple Grove clinic offers free asthma checks Saturday',
    'Holy Name church runs a grief counseling group',
    # a role noun said of a colleague
    'Devon Price is the new counselor for grades 9-10, welcome him!',
    'Our new therapist is Ana Ruiz',
    'Welcome Ana Ruiz, who joins us as our social worker',
    "O'Hare Airport shuttle for the debate team, no detention that day",
    'PowerPoint Slides on accommodations are in the shared drive',
    'Office referrals go to the dean by Friday',
    'Attendance rate for the building was 93% in October',
    'Shelter in place drill at 1:40, Omar Reyes will lead the 3rd floor',
    'Sing the fight song, Kira Dunn starts it at the assembly',
    # record words with no student identified
    "the BIP template is in the shared drive",
    "we have a threat assessment training Friday",
    "Reminder: BIP and FBA paperwork is due Friday for everyone on your caseload",
    "MAP testing window opens Monday, bring headphones",
    "ACCESS testing starts next week for all ELs",
    "Thanks Maria, the IEP meeting moved to 3pm",
    "Jasmine is running the book fair this year",
    "Ask Devon about the free lunch forms, he is the coordinator",
    "Ms. Lopez has a BIP training at 2",
    "Chen will send the ACCESS score reports to families next week",
    "Can you change the grade from B to A on the rubric template?",
    "Schedule 504 reviews for everyone due this month",
    # a roster is no record: a grade column of grade levels, no record column
    "| Student | Grade | Homeroom |\n|---|---|---|\n| Ava | 3 | 104 |\n| Ben | 4 | 210 |",
    "Name,Shirt size,Bus\nLuis,M,12\nAna,S,7",
    "IEP meeting schedule:\nMonday 9:00 room 104\nTuesday 10:00 room 210",
    "Detention room duty:\nMs. Ruiz - Monday\nMr. Tate - Tuesday",
    "Shoutout to Camila for reading 40 books this year!",
    "Can everyone update their grades by Friday? Admin wants the grade change forms too",
    "Please review the custody policy in the handbook before Monday",
    "We're doing a threat assessment refresher at PD on Wednesday",
    "the shelter on Ogden needs coats, drop them at the front desk",
    "Dana is out today, can someone cover her 3rd period?",
    "I have a stomach ache from the potluck lol",
    # colleagues named by first name beside documents, tallies and qualifications, not a student's record
    "Karen's counseling certification came through!",
    "Carlos is out sick, his sub has the detention list",
    "Jen has the suspension data for the board report",
    "Maria is covering lunch, she has the free lunch roster",
    "Priya said MAP scores for the building are up 4%",
    "Mike is handling the 504 meetings this week",
    "Ask Rob, he did the FBA training last year",
    "Team,Score\nEagles,42\nHawks,38",
    # one line with one mark is no gradebook; a team's or a school's percentages are not a student's
    "Lunch, B",
    "Attendance | 94%\nEnrollment | 512",
    "She (the sub) gave out the PHQ-9 flyers from the wellness fair",
    "Depression screenings for all 9th graders start Monday, see the counselors",
    "Summer school registration for all grades opens May 1",
    "Tier 2 groups meet in the library this week",
    "We got 30 on the field trip list so far",
    "the SI unit for force is the newton, Caleb asked",
    "OP ed in the Tribune about school funding, worth a read",
    "Team scores:\nEagles 74\nHawks 58",
    "Quiz results:\nRoom 12 72%\nRoom 14 80%",
    "the new copier (the big one in the workroom) is behind in its updates",
    "Coach Dee restrained herself from yelling at the ref, ha",
    "Nobody has been to school since the pipes burst, the building is closed",
    "Thursday is a shortened day for everyone, dismissal at 1:15",
    "> any news on the copier?\nDCFS training moved to Monday",
    "Reminder: retake tests must be done by Friday, see your teacher",
    "Jordan has been cutting the grass at the field, the fence looks great",
    "Sara is cutting 3x5 cards for the vocab game",
    "ELL level descriptors are in the shared drive",
    "Ana Diaz, please sign up for 1/A or 2/B lunch duty",
    "Teachers: 504 progress notes go in the shared drive by Friday",
    "Counselors: the anxiety workshop is Thursday at 3:30",
    "Reminder that cheating policies are in the student handbook",
    "Players with 2 Fs are ineligible, per the athletics handbook",
    "Unit\tRoom\nScience\t204\nMath\t118",
    "Halloween, 31st, is a half day for students",
    "Re: the staff potluck\nConcern: food insecurity in the neighborhood, let's do a drive",
    "Lunch status letters go home to all families Monday",
    "Flu shots for staff are Thursday in the library",
    "Seniors short on credits can sign up for the credit recovery info night",
    "Q1 89% of our families attended conferences",
    "the police are doing a safety talk for all grades Friday",
    "ESY registration is open until May 1, flyers in the front office",
    "Goal 2 of the school improvement plan: 60% accuracy on the district writing task",
    "the nurse keeps 200 mg ibuprofen for staff only, ask her if you need some",
    "coping skills lesson for all 4th grade classes is in the counseling binder",
    "Congrats to Maya Lopez on the art award! The psych report templates moved to Tuesday.",
    "Field trip home visit sign-ups: see the shared sheet",
    "Maya in room 109 has a new smartboard, can IT set it up?",
    "Sofia from 3rd period asked if she can retake the quiz under the new grading policy",
    "Band kids' uniforms are back from the cleaners, the IEP meeting room moved",
    "Vision screening: 52 kids screened, 6 referred for follow-up. Big thanks to the nurse team!",
    "la mamá de Sofía dice que la fiesta es el viernes, ella trae el pastel",
    # a name that completes "the <staff role> ... is" is the colleague in that role
    "the reading interventionist for our IEP caseload this year is Monica Reyes",
    "Our sub for the suspension room on Friday will be Curtis Lang",
    # a name before a site word is the site ("the Douglas Park office", "Lincoln Square branch")
    "Attendance intervention training for deans is at the Douglas Park office on the 12th",
    # another phrase holding a term's words: an account locked out, photos retaken
    "Emeka Obi has been locked out since the password reset, can IT look at his Clever login?",
    "did the Reyes sisters get their ID pictures retaken yet?",
    # a header of a test's logistics (dates, rooms, schedule) heads no results
    "AP exam days: Maya 5/6, Leo 5/8",
    "IB testing rooms:\nPriya - library\nOwen - room 214",
    # adults listed on a duty after a record word: colleagues, not students
    "Detention hall tomorrow after 8th. Teachers on lunch duty: Abernathy, Kowalczyk, Tran",
    "Suspension room coverage this week, subs: Delacroix, Whitfield",
    # a role opening its line with no determiner, and the name that completes it
    "lead aide for the sped van on Monday is Renata, she has the route sheet",
    # course marks with no student identified, and a test's length
    "Department averages: Hon Chem 81%, AP Stats 77%",
    "Tomasz Lee said the chem final was 40 questions, all multiple choice",
    # a help line's name, a unit of study's topic, a document word opening a sentence: no one named
    "Numbers for the wellness board: 988 (Suicide & Crisis Lifeline) and the Trevor Hotline for LGBTQ youth",
    "Jackson unit for the resource room starts Monday, the timeline cards are laminated",
    "Washington lesson for the self-contained 4th graders is in the drive",
    "Homework policy for the sped team. Template is in the shared drive, IEP goals go in section 2",
    # restraint and crisis plans as training topics, a blow that is a figure of speech
    "Restraint and seclusion training is Thursday, crisis plans template in the drive",
    "Crisis plan refresher for all staff Wednesday, Ms. Bell presents",
    "Coach Reyes hit Ms. Lopez's class with a pop quiz, they survived",
    # a device's battery, a test's length, a school's rate
    "Chromebook swap for student 53318270: the old one had a dead battery, issued a new one",
    "student 53318270 dropped off his calculator, low battery again",
    "Reminder from Ines Fuller: the SAT is 3 hours, bring snacks",
    "Westfield hit 94% attendance in October, pizza party for the building",
    # a letter key in a mode, a market's fall
    "Press D in math mode to clear it, Jenna Ruiz found that",
    "Marco Diaz said the Dow dropped 30 points today lol",
    # counting by twos, a recipe's sugar
    "Count by 2s in math today, Ellis Grant brought the chart",
    "Nadia Rahman says the sugar was 2 cups in the cookie recipe",
    # a helping role signing off on an office's act
    "Section swap for 40917735: Bio 2 P3 to P5, cleared by the counselor this morning",
]

# look-alikes that must give no finding of any type
QUIET = [
    'district summary\nschool,avg_score,pct_tested\nNorth,203,91\nEast,198,87',
    'tryouts\nname,grade,position\nMia,7,goalie\nLuis,8,forward',
    'The 3rd grade scored a 71 on the unit test on average, nice growth',
    'MAP testing moves to Thursday, rooms 104 and 106',
    'Shelter in place practice at 1:40, Dana Cole will call it over the PA',
    'Coat drive for the Lakeview family shelter ends Friday, see Joel Park',
    'Visa paperwork for the chaperones on the Quebec trip is with Anna Moss',
    'Final score, what a game\nKendra Wolfe scored twice in the second half',
]


@pytest.mark.parametrize("text,expected", MUST_FLAG)
def test_student_record_disclosures_are_flagged(text, expected, assert_flagged):
    assert_flagged(text, "student_record", expected)


@pytest.mark.parametrize("text", MUST_NOT_FLAG)
def test_student_record_look_alikes_are_not_flagged(text, values_of):
    assert values_of(text, "student_record") == []


@pytest.mark.parametrize("text", QUIET)
def test_student_record_look_alikes_give_no_finding_at_all(text, types_in):
    assert types_in(text) == set()


# -- circumstances as teachers write them (policy/data/student-records.yaml) --------------------------------
# A sensitive circumstance said of an identified student, in the words of the trade rather than the record's:
# one row per category, each in wording no data file entry was written from.
CIRCUMSTANCES_OF_A_STUDENT = [
    # health: nurse visits, temperatures, going home
    ("Talia spent most of 4th period at the nurse again, says her ears hurt", None),
    ("Kofi B. left at noon with a 101 temp, mom picked up", None),
    # discipline: written up, vapes, incidents, a desk thrown
    ("Reggie got written up by the sub for the second time", None),
    ("Bryce was caught with a vape pen in the locker room", None),
    ("Wes (my 5th period) flipped a table during the lab", None),
    # attendance: tardies and days out, said without the word "absent"
    ("Nadia has 9 tardies and it's only October", None),
    # academic standing: a percentage in a subject, a reading level letter, a percentile shorthand
    ("Quinn D. - 38% in Chem right now", None),
    ("Benji K. is still reading at a level C", None),
    ("Zuri, Malik, Hana all under the 20th %ile on the screener", None),
    # services: pull-outs and para support
    ("the Ramirez girl starts ELL pull-out on Monday", None),
    # family: court dates and a parent's loss, with a child cue near
    ("Moses's dad has a court date about the kids, Moses is anxious in class", None),
    ("Lila's grandpa passed away, she'll be out for the funeral, please excuse her classwork", None),
    # housing and food
    ("Elan told me they've had no food at home since Friday, can the kid get a backpack program bag", None),
    # a list header naming what its rows are
    ("Tardy list this week:\nOrion\nBeatrix S.\nCyrus", None),
    # chat shorthand and the words a second batch brought: "w/", an allergy's reaction, a runner, rehab
    ("Silas is living w/ his aunt since the fire", None),
    ("Maren had an anaphylactic episode at recess, epi given", None),
    ("Keep an eye on Ignacio, his mom is in rehab again", None),
    ("my 2nd grader Petra soiled herself during the assembly", None),
    ("Dario is 3 yrs behind in math per the diagnostic", None),

    ("Scores from Friday's quiz:\nMilo 44%\nAnya 90%", None),
]

ADULTS_AND_NOBODY = [
    # a colleague, by first name, with adult context near
    "Dana is pregnant!! gender reveal party in the lounge after school",
    "My coworker Brent has been struggling since his surgery, send cards",
    "Our principal tested positive, the staff meeting is virtual",
    "Priscilla has a court date for her divorce so she needs sub coverage Tuesday",
    # tentative words said of a named adult with no child near
    "Karen is struggling with the new copier again",
    "Luis stole the show at the staff talent night",
    # circumstance words with no student identified
    "Anyone know who handles ELL pull-out scheduling this year?",
    "Kids who were written up last year start fresh in September",
    "Reminder: tardy passes are at the front desk",
]


# Staff named by title in a list after a record word's header (a caseload split by letters of the alphabet) are
# adults, no student's row
STAFF_LISTED_BY_TITLE = [
    "Counselor caseloads: A-F Ms. Ferreira, G-O Mr. Abara, P-Z Ms. Lindqvist. Post it in your rooms",
    "IEP case managers: Coach Whitfield, Ms. Duarte, Dr. Mensah",
    "504 coordinators this year: Mrs. Halvorsen, Mr. Quispe",
]


@pytest.mark.parametrize("text", STAFF_LISTED_BY_TITLE)
def test_staff_listed_by_title_under_a_record_word_are_no_student_record(text, values_of):
    assert values_of(text, "student_record") == []


@pytest.mark.parametrize("text,expected", CIRCUMSTANCES_OF_A_STUDENT)
def test_a_circumstance_said_of_an_identified_student_is_a_record(text, expected, assert_flagged):
    assert_flagged(text, "student_record", expected)


@pytest.mark.parametrize("text", ADULTS_AND_NOBODY)
def test_circumstances_of_adults_or_of_no_one_are_not_records(text, values_of):
    assert values_of(text, "student_record") == []


def test_every_circumstance_phrase_survives_yaml_and_matches_its_own_wording():
    """An entry with " #" and no quotes is cut short by YAML's comment rule ("out # days" became "out", which
    matched "helping out"); every phrase must compile and, with its placeholders filled in, match itself."""
    import re

    import yaml

    from policy.detectors.circumstances import DATA_FILE, phrase_regex
    from policy.detectors.patterns import Pattern

    data = yaml.safe_load(DATA_FILE.read_text(encoding="utf-8"))
    sets = data["sets"]
    raw_lines = DATA_FILE.read_text(encoding="utf-8").splitlines()
    for line in raw_lines:
        entry = line.strip()
        if entry.startswith("- ") and not entry[2:].startswith(("'", '"')):
            assert " #" not in entry, f"quote this entry: {entry}"
    for section in ("circumstances", "tentative", "child_cues", "adult_context", "list_headers"):
        value = data[section]
        phrases = [p for group in value.values() for p in group] if isinstance(value, dict) else value
        for phrase in phrases:
            example = re.sub(r"\{(\w+)\}", lambda m: sets[m.group(1)][0], str(phrase))
            example = example.replace("#", "12").replace("@L", "E").replace("*", "").replace("?", "")
            example = " ".join(w.split("|")[0] for w in example.split())
            assert Pattern("(?i)" + phrase_regex(str(phrase), sets)).search(example), phrase


def test_each_alternative_of_an_ordinal_carries_its_own_number_sign():
    """'|' splits a token into whole alternatives, so "#st|nd|rd|th grader" read "1st grader" or the bare word "nd
    grader", never "4th grader": an ordinal's every ending needs its '#' ("#st|#nd|#rd|#th")."""
    import yaml

    from policy.detectors.circumstances import DATA_FILE

    def strings(node: object) -> list[str]:
        if isinstance(node, dict):
            return [s for v in node.values() for s in strings(v)]
        if isinstance(node, list):
            return [s for v in node for s in strings(v)]
        return [node] if isinstance(node, str) else []

    bare = [token for phrase in strings(yaml.safe_load(DATA_FILE.read_text(encoding="utf-8")))
            for token in phrase.split() if "#" in token
            and any(alt.lower() in {"st", "nd", "rd", "th"} for alt in token.split("|"))]
    assert bare == []


@pytest.mark.parametrize(("text", "flagged"), [
    ("Quincy is repeating 2nd grade next year, mom agreed at the conference", True),
    ("the 4th grader in room 12 (Odalys) has her inhaler in the nurse's office now", True),
    ("4th grader assembly moved to the gym, bring the banner", False),
])
def test_an_ordinal_reads_every_ending(text, flagged, types_in):
    assert ("student_record" in types_in(text)) is flagged


@pytest.mark.parametrize("written", ["epipen", "epi-pen", "Epi-Pen"])
def test_an_optional_character_in_a_phrase_matches_with_and_without_it(written, types_in):
    """"x?" in the data's phrase syntax makes the character before it optional; escaped as a literal "?" it
    matched nothing ("epi-?pen" found neither "epipen" nor "epi-pen")."""
    from policy.detectors.circumstances import phrase_regex
    from policy.detectors.patterns import Pattern

    assert Pattern("(?i)" + phrase_regex("epi-?pen", {})).search(f"Noor keeps her {written} in her backpack")
    assert types_in(f"Noor keeps her {written} in her backpack") == {"student_record"}


@pytest.mark.parametrize("text", [
    # the district's own initials and an enrolment status read as circumstances before
    "Her login still shows the old cps.edu address, can IT fix it? Student ID 43501177",
    "student id 40917762 still shows as withdrawn in the system, she's in my room today",
])
def test_a_district_domain_or_an_enrolment_status_is_no_circumstance(text, values_of):
    assert values_of(text, "student_record") == []


# -- the domain taxonomies (policy/data/student-records.yaml, issue 11 fifth round) -------------------------
# One row per family, each in wording written for this test, not taken from a batch: the families are written
# out from the domain, so a word no batch has used is a record when said of an identified student.
TAXONOMY_OF_A_STUDENT = [
    # conditions and diagnoses
    ("Tomas has celiac so no cupcakes for him at the party", None),
    ("Heads up: Freya was just diagnosed with leukemia, mom asked us to keep it quiet", None),
    # medications and treatments
    ("Ines takes Vyvanse in the morning and crashes by 6th period", None),
    ("Hugo's nebulizer is in the health office, he may need a treatment after PE", None),
    # special education services, plans and evaluations
    ("Omar's FBA is done, the BIP goes to the team Friday", None),
    ("Pilar qualified under SLD in written expression", None),
    # behaviour incidents and consequences
    ("Rocco got three days of in-school suspension for the graffiti", None),
    ("Delia was expelled from her last school, per the transfer file", None),
    # counselling, safety, abuse, self-harm
    ("Bastian told the sub he wants to die, counselor has him now", None),
    ("Lupe has a safety plan on file, check in with her after lunch", None),
    # family, custody, court, foster, immigration
    ("Wren's foster placement changed again, she's with a new family in Elmhurst", None),
    ("Ibrahim's family has an immigration hearing Tuesday, he may be out", None),
    # housing and income
    ("Dax's family is McKinney-Vento eligible, they're doubled up with an aunt", None),
    # attendance
    ("Greta is chronically absent, the attendance letter goes home today", None),
    # academics
    ("Vera is credit deficient and might not walk in June", None),
]

# Ways of pointing at a student without a full name (policy/detectors/names.py find_pointed_students).
POINTED_STUDENTS = [
    ("the new boy in 2nd has a peanut allergy, please read his care plan", None),
    ("my kiddo Rafa has an IEP for speech", None),
    ("R.T. in my 4th period got an ISS for the fight", None),
]

# The taxonomies' words said of a colleague, a staff title, a policy or no one stay quiet.
TAXONOMY_ADULTS_AND_NOBODY = [
    "Coach Benson is on crutches after his knee surgery",
    "Mrs. Alvarez is out on FMLA for chemo, her sub is in room 12",
    "Training on the new FBA and BIP forms is in the library Thursday",
    "Reminder: the district's suspension data is due to the board next month",
    "Anyone know a good allergist for my son? his pediatrician is retiring",
    "The food pantry needs volunteers for Saturday",
    "Our attendance rate dipped to 91% this quarter",
    "Jordan has been cutting coupons for the staff fundraiser",
    "I.T. says the laptops will be reimaged over break",
]


@pytest.mark.parametrize("text,expected", TAXONOMY_OF_A_STUDENT + POINTED_STUDENTS)
def test_a_taxonomy_word_said_of_a_pointed_at_student_is_a_record(text, expected, assert_flagged):
    assert_flagged(text, "student_record", expected)


@pytest.mark.parametrize("text", TAXONOMY_ADULTS_AND_NOBODY)
def test_taxonomy_words_of_adults_or_of_no_one_are_not_records(text, values_of):
    assert values_of(text, "student_record") == []


def test_each_taxonomy_family_is_its_own_alternation():
    """Several hundred phrases in one alternation outgrow RE2's DFA memory and fall back to the slow matcher;
    one pattern per family of the data file keeps each small."""
    from policy.detectors import circumstances

    families = circumstances.load().families
    assert len(families) >= 9
    assert any(tentative for _, tentative in families) and any(not tentative for _, tentative in families)


@pytest.mark.parametrize("text", [
    "please send the retention letter to the P.O. box on file, not the house",
    "Dr. K.M. is covering the suspension hearing today",
])
def test_initials_that_are_a_box_or_a_staff_member_name_no_student(text, values_of):
    assert values_of(text, "student_record") == []


# One student named by first name (or with their class), and one record fact said of them in ordinary words:
# hospital and psychiatric admissions, injuries that stop PE, allergies, grief, consequences, restraint, custody
# orders, screenings and evaluations, marks, test levels, attendance counts (policy/data/student-records.yaml,
# the sixth round's families).
RECORD_FACTS_OF_ONE_STUDENT = [
    ("Quinn was admitted to the psych unit Sunday night, no visitors from school please", None),
    ("Rocio spent a night in the hospital after her asthma got bad, she's back Tuesday", None),
    ("Mason tore his ACL at the game, no PE until his doctor clears him", None),
    ("Leila in 5th period can't do gym for a month, she dislocated her elbow", None),
    ("Ivan carries an EpiPen for a shellfish allergy, it's in his backpack's front pocket", None),
    ("Tobias's sister died last month and he meets with the social worker on Fridays for grief counseling", None),
    ("Nora got 2 days ISS after she admitted the juul was hers", None),
    ("Felix needed a two-person hold in the hallway, the restraint form is with the AP", None),
    ("Per the custody order, do not release Ava to her father; only grandma picks her up", None),
    ("Kira in 1st period is being evaluated for ADHD, the psych is observing Thursday", None),
    ("Levi's speech screening flagged him for articulation, referral is going home", None),
    ("Piper's midterm progress report: Math D+, Science C-, ELA F", None),
    ("Darius scored level 1 on the IAR math and level 2 in ELA", None),
    ("Cora has been tardy 14 times since January", None),
    ("Talked to Jonah this morning. He admitted he took the phone, so he's getting lunch detention all week", None),
    ("Dad does not have custody of Elena, the court papers are in the office", None),
    ("Benny in 3rd hour failed the unit test again (34%)", None),
    ("Sami and his mom are staying at a shelter on the west side since the fire", None),
    ("Referral filed on Nadia A. for the threat she wrote in her notebook; she's suspended pending review", None),
    ("> how's Felipe doing in science?\nHe bombed both labs and is sitting at a D", None),
    ("Yara's reading RIT dropped 11 points between fall and winter", None),
    ("Kenzo, 40518826, needs summer school for Algebra or he can't move up", None),
]

# Names listed with numbers or marks are rows, with or without a colon after the header.
RECORD_LISTS = [
    ("WIDA scores for my ELs\nAnaya 2.7\nKofi B. 1.9\nLucas 3.3", "Anaya 2.7"),
    ("Detention list for Friday: Mila (tardies), Rowan T. (phone), Andre (dress code)", None),
    ("Late arrivals - October\nPriya Shah .... 9\nOmar Haddad .... 6", "Priya Shah .... 9"),
    ("Below 60% in 6th period:\nSkye 52%\nJude 48%", "Skye 52%"),
    ("Nguyen, Bao    room 12   Bus 4   504 - diabetes, snacks in class", None),
    ("STAR percentiles for my reading group: Lior 18, Macy 22, Abel 9", None),
    # a header with no colon opening the message, a student a line under it (a first name, an initial, a note)
    ("meds at lunch for the field trip\nOlivia P - inhaler\nDarnell - ritalin at noon", "Olivia P - inhaler"),
    ("reading lvls, 3rd grade\nBeatriz N\nCallum R\nIfeoma T", "Beatriz N"),
    # a table whose title names the record, its columns called what a vendor's tool calls them
    ("Spring STAR export\nsid|last|first|ss|pr\n30917754|Halvorsen|Greta|512|61\n30917788|Mbeki|Thabo|430|22",
     None),
    ("Thanks all.\n\nallergies in the portable\nWilla - tree nuts\nKasim - shellfish", "Willa - tree nuts"),
]

# a mark on a piece of work named in three words, a decimal score on a named test
MARKS_WRITTEN_OTHER_WAYS = [
    ("Rosalind T. got 38% on the ch 7 fractions quiz, she needs a retake", None),
    ("Our newcomer Emeka scored 1.7 on the WIDA screener, so he starts in level 1 ESL", None),
]


# the domain's facts told without its usual words: a place of care, a treatment being done, a procedure, a test's
# result come back, a score as a bare number on a named exam, a GPA without its letters, a hold, eligibility,
# money owed, barred from campus
RECORDS_TOLD_IN_OTHER_WORDS = [
    ("Bettina has been back and forth to the children's hospital all month", None),
    ("Arlo is getting infusions every other Friday, he'll miss the morning block", None),
    ("Marisol had her appendix out over break, no lifting for two weeks", None),
    ("Deshawn's blood work came back abnormal, mom is taking him to a specialist", None),
    ("Lena ended up at urgent care after practice, the trainer filled out the form", None),
    ("Tomas pulled a 3 on AP Bio, so he won't get the credit", None),
    ("Gia is at 1.9 unweighted, the coach has to sit her", None),
    ("Caleb can't get his transcript sent, there's a records hold on his account", None),
    ("Noor is no longer eligible for the Washington trip", None),
    ("Sebastian still owes $85 for the lost calculator, the office won't release his schedule", None),
    ("Elio was trespassed from the high school after the game incident", None),
]
# the same words with no student, or a reservation rather than a standing
RECORD_WORDS_TOLD_OF_NO_STUDENT = [
    "library hold list: Odalys V. - Dog Man",
    "Flu tests came back negative for the whole staff wing, relax everyone",
    "Transcript holds lift once the fees are paid, link on the portal",
    "Our ER trips for playground injuries dropped by half this year",
]


@pytest.mark.parametrize("text,expected", RECORD_FACTS_OF_ONE_STUDENT + RECORD_LISTS + MARKS_WRITTEN_OTHER_WAYS
                         + RECORDS_TOLD_IN_OTHER_WORDS)
def test_a_record_fact_said_of_one_student_by_first_name_is_a_record(text, expected, assert_flagged):
    assert_flagged(text, "student_record", expected)


# Forms with blanks, surname rosters with no record fact, logistics of a service with no student, a staff
# member's paperwork, a colleague's family, results and screenings announced to everyone.
RECORD_LOOK_ALIKES_WITHOUT_A_STUDENT = [
    "Nurse log template: Name: _______ Date: _____ Reason: __________",
    "Homeroom 221 roster: Barnes, Castillo, Foster, Kowalski, Nakamura, Wright",
    "IEP annual reviews for February are on the shared calendar, please pick a slot",
    "Fax the signed 504 consent to 773-555-0123, attention Diverse Learners",
    "Payroll form for the new para:\nName: Rosa Delgado\nStart date: 1/12",
    "Coach Harris's mother passed away Saturday, the service is Thursday",
    "Hearing and vision screenings for kindergarten are Tuesday in the gym",
    "IAR results get mailed home in June, level descriptions are on the state site",
    "Level 3 of the parking deck is closed Monday",
    "The restraint and seclusion refresher is on the PD day, all paras attend",
    "Returned mail: the report card for room 204 came back, can the office check the address?",
    "Quinn, can you send the ISS schedule to the front office?",
    # a record word heading lines that are no students, or said inside a running note rather than as its header
    "reading levels reset in January\nPlease retest everyone\nForms are in the lounge",
    "allergy list is posted in the cafeteria\nMonday we start the new menu\nAsk the manager with questions",
    "We talked about how the meds cart works and\nSantos has the key\nLina has the log",
    "Kirra H. got 96% on the unit 3 math test!",
    # a table whose title names no record: a bus list export's columns are stops, not records
    "bus list export\nlast|first|stop\nHalvorsen|Greta|Elm & 5th\nMbeki|Thabo|Oak & 2nd",
]


@pytest.mark.parametrize("text", RECORD_LOOK_ALIKES_WITHOUT_A_STUDENT + RECORD_WORDS_TOLD_OF_NO_STUDENT)
def test_record_words_with_no_student_or_a_staff_member_are_not_records(text, values_of):
    assert values_of(text, "student_record") == []


# Students written the ways a slot reader missed: a given name with an inner capital or a lower-case syllable
# after a hyphen, a name set off by commas after words for a child, a class aside after "your", an initial with
# a possessive, a nickname with the system's name in brackets, a day's note headed by the name, a staff act done
# to the child ("move", "seat", "noticed"), a note whose title ends with the student, a named family with their
# children in reach, a surname roster whose row carries a bracketed note.
STUDENTS_WRITTEN_OTHER_WAYS = [
    ("LaVonne has a new insulin pump, the nurse will show you the alarms", None),
    ("RaShad is having his tonsils out Tuesday and then 2 wks of homebound", None),
    ("Hye-jin has a shellfish allergy, her auto-injector is in the office", None),
    ("the tall boy by the window, Corbin, is on a safety plan after Friday", None),
    ("fyi Selah, your 6th period, is on a 504 for migraines now", None),
    ("re: Noor (my 1st hour), her dad has sole custody, mom may not pick up", None),
    ("Ty M's grandma called, he starts speech services next week", None),
    ("BeBe (Beatrice on the roster) had a seizure in music, it lasted a minute", None),
    ("Dario this morning: bit a para, two elopements, parent called", None),
    ("Could you seat Ines near the front? she just got hearing aids", None),
    ("I've noticed Rafferty struggling, he's failing algebra with a 41", None),
    ("Progress notes - Wes K.\n- math 2 years behind\n- OT goals partially met\n- continue speech", None),
    ("The liaison moved the Abara family into the shelter on 63rd. The kids are on bus 4 now", None),
    ("Field day list\nOkafor, Ada\nPruitt, Jonah (no running: heart condition)\nQuinn, Mei", None),
    ("Elena has a trach, the para is trained on suctioning it", None),
    ("the driver wrote up Mikey for throwing food, he loses the bus for 3 days", None),
    ("moving Priyanka to Tier 3 for reading after the winter screener", None),
    ("That makes Desmond's 11th tardy this quarter", None),
]
QUIET_STAFF_AND_PRODUCTS = [
    "LaVonne from payroll fixed my direct deposit, thanks!",
    "Can someone share the PowerPoint on seizure first aid for the PD day?",
    "Is there a list of which kids need EpiPens on the trip?",
    "Moving the Tier 3 data meeting to Thursday, bring your binders",
    "The Abara family donated new coats to the shelter drive",
    "Potluck sign-up\nOkafor, Ada (salad)\nPruitt, Jonah (drinks, cups)",
    "reset the shared nurse gmail, new pass is on the sticky note in the office",
    "Dario this morning: copier jammed again, toner is low",
]


@pytest.mark.parametrize("text,expected", STUDENTS_WRITTEN_OTHER_WAYS)
def test_a_record_fact_of_a_student_written_other_ways_is_a_record(text, expected, assert_flagged):
    assert_flagged(text, "student_record", expected)


@pytest.mark.parametrize("text", QUIET_STAFF_AND_PRODUCTS)
def test_staff_products_and_families_helping_are_not_records(text, values_of):
    assert values_of(text, "student_record") == []


# Tables the way reports print them: aligned with spaces, or standards-graded subject columns (1-4, S/N); a
# schedule's subject columns hold rooms and a staff list's columns hold extensions, neither a record.
@pytest.mark.parametrize("text,row", [
    ("Absences by student\n\nStudent           Gr   Days out   Rate\nAlvarez, Rosa     6    19         84%\n"
     "Bell, Otis        7    23         80%", "Alvarez, Rosa     6    19"),
    ("trimester export\nstudent_id,name,reading,math,conduct\n40295817,Ivy Chen,2,3,S\n51938264,Omar Rios,1,2,N",
     "51938264,Omar Rios,1,2,N"),
    ("name | writing | effort\nLuca Bianchi | 3+ | E\nMara Stone | 1 | NI", "Luca Bianchi | 3+ | E"),
])
def test_space_aligned_and_standards_graded_tables_are_records(text, row, values_of):
    assert row in values_of(text, "student_record")


@pytest.mark.parametrize("text", [
    "Schedule\nname  math  reading\nIvy Chen  Rm 204  Rm 210\nOmar Rios  Rm 204  Rm 212",
    "Staff list\nName       Room   Ext\nJo Park    204    5512\nAl Diaz    210    5514",
    "name,grade,bus\nIvy Chen,3,12\nOmar Rios,4,9",
])
def test_schedules_staff_lists_and_grade_levels_are_no_records(text, values_of):
    assert values_of(text, "student_record") == []


@pytest.mark.parametrize("text", [
    "Quarter 2 benchmark by class\n\n| Section | Students | Average | % proficient |\n|---|---|---|---|\n"
    "| 2 | 24 | 81% | 70% |\n| 4 | 29 | 68% | 45% |\n| 6 | 26 | 73% | 58% |",
    "homeroom,students,avg score\n101,27,78%\n103,25,82%\n",
])
def test_a_class_level_table_of_averages_is_no_student_record(text, values_of):
    assert values_of(text, "student_record") == []


def test_a_table_of_named_students_and_their_scores_is_still_a_record(values_of):
    text = "| Student | Score |\n|---|---|\n| Imani Cortland | 64% |\n| Rhys Abernathy | 88% |"
    assert len(values_of(text, "student_record")) == 2


# Elementary and middle-school records: a student named by anyone's class, a homeroom code, a lower-case name and
# initial, a name standing alone as the topic, or a quoted question the reply answers; meal benefits, PBIS majors
# and minors, nurse visits, release orders and a test season's results as fact families; table columns for one
# marking period
ELEMENTARY_RECORDS = [
    ("Noor in your 2nd period has a seizure plan now", None),
    ("Eli (pre-K) bit a classmate at recess", None),
    ("Sam in Mr. Diaz's class keeps his inhaler in the office", None),
    ("the girl in 4C with the red glasses has asthma", None),
    ("maya r in 3rd threw up twice, nurse sent her home", None),
    ("Sigh, Talia again. she got 2 lunch detentions this week", None),
    ("> is Omar still pulled for speech?\nyep, twice a week. his articulation goal is in the IEP", None),
    ("Priya's family was approved for reduced meals", None),
    ("Dev switched to free breakfast this week", None),
    ("Kenji got a major for pushing at recess", None),
    ("Ayla - 3 minors this week (calling out)", None),
    ("Jonah lost recess for the rest of the week", None),
    ("Mila was seen by the nurse, bumped her head on the slide", None),
    ("please do not release Ben Ortiz to his stepdad", None),
    ("Emma's DIBELS MOY scores came back low", None),
    ("MAP spring scores for my group: Leo 188, Nia 203 (below), Sara 176", ["Leo 188", "Nia 203 (below)", "Sara 176"]),
    ("student,days_absent_q2\nLena Ortiz,9\nOmar Haddad,4", ["Lena Ortiz,9", "Omar Haddad,4"]),
    ("Name | Office visits\nKai P | 4\nRue S | 2", ["Kai P | 4", "Rue S | 2"]),
    ("Breakfast status from the cafeteria: 48120975 approved (free), 48120976 approved (reduced)", None),
]

ELEMENTARY_LOOK_ALIKES = [
    "a kid in 4th got sent to the office today, so recess duty needs a second adult",
    "Trauma-informed attendance PD is Wednesday after school",
    "The field trip bus picks up at Foster and Western at 8:10",
    "Free breakfast is served to every student from 7:30 in the gym",
    "Our PBIS data shows majors down 20% this quarter",
    "Nurse's reminder: ice packs are in the freezer in room 110",
    "group c in 2nd period had the most absences",
    "Breakfast status changes start Monday for all families",
    "Name | Grade level\nAva R | 3\nMiles P | 4",
    "the social worker, Ms. Grant, runs the anxiety group Tuesdays in room 118",
]


@pytest.mark.parametrize("text,expected", ELEMENTARY_RECORDS)
def test_elementary_records_of_a_student_named_the_ways_teachers_do_are_flagged(text, expected, assert_flagged):
    assert_flagged(text, "student_record", expected)


@pytest.mark.parametrize("text", ELEMENTARY_LOOK_ALIKES)
def test_elementary_record_words_of_no_one_or_of_a_group_are_not_flagged(text, values_of):
    assert values_of(text, "student_record") == []


# a health-room log's bulleted rows, a family's meal form, aggression towards staff, reading-group levels under
# their header
SECOND_ELEMENTARY_RECORDS = [
    ("clinic log\n- Jude K: earache, rested 10 min\n- Ivy T: sore throat, mom called",
     ["Jude K: earache, rested 10 min", "Ivy T: sore throat"]),
    ("the Okafor girls' lunch form was approved today", None),
    ("Remy kicked the sub during specials", None),
    ("Bea spit at me at dismissal", None),
    ("guided reading:\nGreen - Otis 8, Lark 10\nYellow - Pia 3", None),
]


@pytest.mark.parametrize("text,expected", SECOND_ELEMENTARY_RECORDS)
def test_health_logs_meal_forms_aggression_and_reading_groups_of_named_students_are_flagged(text, expected,
                                                                                              assert_flagged):
    assert_flagged(text, "student_record", expected)


@pytest.mark.parametrize("text", ["Inhalers and EpiPens go home on the last day",
                                  "Agenda:\n- Reading: new units start\n- Math: fever pitch for the fair",
                                  "Fwd: vendor form\n> Bank: First Midwest\n> ABA therapy provider list is attached"])
def test_capitalised_products_and_agenda_items_are_no_students(text, values_of):
    assert values_of(text, "student_record") == []


# The record families written out from the domain (behaviour plans, related services and eligibility, illnesses,
# marks given, test results listed), and the ways a student is named that the sentence alone does not show: the
# line a reply quotes, a note's dash or meeting header, a name and its result as a list item
FAMILIES_AND_REPLIES = [
    "Behavior plan check-in - Rafael: 3 elopements Monday, he used the break card twice",
    "Kiera's replacement behavior is asking for a break instead of work refusal",
    "Keon is SLD/OHI, re-eval in March",
    "Anya qualified under ED last spring",
    "Micah P. dismissed from speech after the annual",
    "Sofia R. 30 min/wk OT starting Monday",
    "Lucas T. is on my speech caseload now",
    "Zara has strep, out till Thursday",
    "Omar is recovering from pneumonia, lighter homework please",
    "Dante got an F.",
    "Bella scored a 52 on the unit 3 test",
    "> what did Jonah end up with?\nyeah. a 38, putting in the F tonight",
    "> is that Priya from 2nd?\nmm-hm. she's the one with the new ADHD dx",
    "Rough week. For the case conference on Malik Harris:\n- eligibility: OHI\n- reading two years below",
    "Winter DIBELS: Mateo 42, Ivy 88%, Theo 51",
    "Retention meeting for Callum Price is Thursday at 3",
    "Isla (ID 52718406) is out on medical leave for mono",
    "Health office 2/9: Rowan K., bg 61 at 1:40, glucose tabs, rechecked 94",
    "Mila's peak flow was low again, 2 puffs before recess",
]

FAMILIES_AND_REPLIES_QUIET = [
    "One of my students said her family might move. Who handles transfers?",
    "our speech caseloads are huge this year",
    "MAP testing window: Room 204, Ms. Lee proctoring",
    "the Illinois MAP grant app for seniors is due Friday",
    "Ty has an IEP aide starting Monday",
    "Mr. Dorsey has strep, sub plans are in the office",
    "Retention meetings are in April for the whole grade",
    "Summer school roster goes out Friday",
    "the ACT: Saturday 8am at Lincoln HS",
    "the nurse ordered more glucose tabs and a new pulse ox for the health office",
]


@pytest.mark.parametrize("text", FAMILIES_AND_REPLIES)
def test_record_families_and_students_named_by_a_reply_or_header_are_records(text, types_in):
    assert "student_record" in types_in(text)


@pytest.mark.parametrize("text", FAMILIES_AND_REPLIES_QUIET)
def test_record_words_of_nobody_in_particular_or_of_adults_stay_quiet(text, values_of):
    assert values_of(text, "student_record") == []


def test_a_space_aligned_table_of_names_and_scores_wakes_the_record_unit(values_of):
    """A paste whose columns are set off by runs of spaces (a fixed-width export in a code block) is a table too:
    the prefilter must let the record unit see it, so each student's row is a record with the prefilter on."""
    text = ("PSAT practice results, 3rd period\n```\nName                 Reading  Math\n"
            "Villanueva, Tomas      510     480\nOkonkwo, Adaeze        620     590\n```")
    rows = values_of(text, "student_record")
    assert len(rows) == 2 and all(r.split(",")[0] in ("Villanueva", "Okonkwo") for r in rows), rows


# Every office that keeps a record on a child, written out from the domain (the health office's immunisation and
# screening records, counselling referrals and disclosures, the juvenile courts, transport, the cafeteria's diet
# orders, assessment results against their line), and the layouts a teacher pastes them in: a list header naming
# any test, a gradebook row with a course cell, a failing percentage on named work, a struck-through reply
OFFICES_OF_THE_SCHOOL = [
    # health office: immunisations and screenings
    "Per the nurse, Odalys Ferreira still has no MMR on file and can't start Monday",
    "Bram needs his meningococcal booster before senior year or he's excluded",
    "Tavi K. has a religious exemption for vaccines, keep the copy in the health folder",
    "hearing rescreen: Cosmo Adeyemi referred on the right ear again",
    "Linnea told me she can't see the board even from row 2, she failed her vision check last week",
    "Nurse sent a referral letter home for Pascal Undset, needs to see an optometrist",
    # counselling, social work and mental health
    "Henrik Soto - bereavement referral, his dad passed on Sunday",
    "Ottilie has been restricting her food since winter break, counselor is aware",
    "Priscila disclosed self-harm in advisory, SW has her now",
    "Yusuf Marangoni is doing intensive outpatient afternoons so he leaves at 11:30",
    # juvenile justice and the court's people
    "Quillon's probation officer wants his attendance weekly",
    "Anselm Reyes has an ankle monitor, he can't go on the field trip",
    # transport
    "Dorian's bus privileges got suspended for a week after the fight at the stop",
    "Mireille Obi gets special transportation per her IEP, lift bus at 2:50",
    # nutrition
    "Cafeteria has a diet order for Ezekiel Mbeki: no dairy, no eggs",
    # assessment and academics, and the layouts they come in
    "Regents results for my 4th period:\nAmara Lindgren 61\nSeth Okonjo 58\nNoor Velasquez 83",
    "SAT practice test: Kaito Brandt 980, Lucia Ferro 1110, Abel Nunez 860",
    "Rufus Achterberg\tChem\tD-\t(59%)\nCarys Mbatha\tChem\tF\t(41%)",
    "Felipe got a 38 and didn't turn in the lab",
    "Wendeline P. is at 46% after the chapter 5 test",
    "Jarrah threw his phone at the sub during 5th",
    "> any news on Tobiah?\n~~he's passing~~ he's missing the last three labs",
    # health results and clearances, immigration said plainly, standing toward graduation, gifted identification
    "Clinic called: Anouk Sadeghi has an elevated lead level, retest in a month",
    "Bastien's athletic physical is expired so he sits out tonight",
    "Per the trainer, Ximeno is not cleared for contact until the neuro follow-up",
    "Farida came across the border alone in the spring, she lives with a sponsor now",
    "Gustavo has an immigration hearing on the 20th, mom asked for a letter",
    "Leopold Amsel is 3 credits short and off track to graduate",
    "Saanvi qualifies as gifted, IQ 141 on the district screener",
    # a course to take again, a test failed in slang, a percentage set off after its test, missing days by their start
    "Oswin needs to retake chemistry next fall",
    "Marisela tanked her vocab quiz again",
    "Henrike: chapter 2 exam - 38%, no retake yet",
    "Tycho has been absent since the field trip, no answer at home",
    # abuse signs, a child who left home, food programmes, communication without speech
    "Aurelio came in with belt marks on his legs, I called the hotline",
    "Philippa ran away from home over the weekend, she's back today",
    "Can we add Matteo to the weekend food bags? he asked for seconds all week",
    "Ines is non-verbal and uses her communication device for answers",
]

OFFICES_QUIET = [
    "Tdap clinic for incoming 7th graders is Thursday in the gym",
    "Vision rescreens are next Wednesday for anyone absent on screening day",
    "Ms. Haverford needs to see an optometrist, can someone cover her 3rd?",
    "Bereavement leave for staff is three days, see the HR handbook",
    "Social worker assignments by grade: 9-10 Mr. Quist, 11-12 Ms. Abara",
    "Juvenile court liaison visits central office on the 3rd",
    "Special transportation requests are due to the bus office by Friday",
    "Our PSAT 10 average was 940, up from last year",
    "Unit 4 test: Tuesday, bring a calculator",
    "Kindergarten screening: kids born after Sept 1 are under the age cutoff",
    "Coach Ibsen got a 95% on his CPR recert",
    "Renata Solberg got 92% on the quiz, so proud of her",
    "Athletic physicals are $20 at the clinic on Saturday, tell the team",
    "Mr. Fairweather got cleared to return after his surgery",
    "Our graduation rate is up and fewer seniors are off track to graduate",
    "Gifted testing nominations for 2nd grade are due December 9",
    "Fountain lead levels came back fine, the report is on the website",
    "Anders Holm got 96% on the retake, proud of him",
    "Anyone who tanked the midterm can come to Saturday review",
    "The weekend food bags come Thursday, we need packers",
    "Unit 5 test - 41% of students scored proficient",
    "Foster family recruitment night is in the library on the 9th",
]


@pytest.mark.parametrize("text", OFFICES_OF_THE_SCHOOL)
def test_each_office_of_the_school_keeps_records_on_a_named_student(text, types_in):
    assert "student_record" in types_in(text)


@pytest.mark.parametrize("text", OFFICES_QUIET)
def test_the_offices_words_with_no_student_or_about_staff_stay_quiet(text, values_of):
    assert values_of(text, "student_record") == []


def test_any_one_word_in_a_phrase_matches_a_word_and_not_a_gap():
    """"_" in the data's phrase syntax stands for one word ("threw his _ at"), so the family names the act, not
    each object thrown; it is a word, so it cannot stretch across a sentence."""
    from policy.detectors.circumstances import phrase_regex
    from policy.detectors.patterns import Pattern

    one_word = Pattern("(?i)" + phrase_regex("threw his _ at", {}))
    assert one_word.search("he threw his stapler at me")
    assert not one_word.search("he threw his. At lunch")


# What a teacher sees, said in plain words with no record term: a child's body, sleep, home, fear and learning
PLAIN_WORDS_OF_A_CHILD = [
    "Nadia soiled her clothes at recess, we called home for a change",
    "Felix has been sleeping in their van since the landlord changed the locks",
    "Rosalind still doesn't know her letters and it's March",
    "Quentin has not turned in any homework since break",
    "Imani is three years behind in reading per the screener",
    "Bastian said he's afraid to go home because of his uncle",
    "Lorenzo flipped the table during centers and ran out of the classroom",
    "Odette keeps picking at her skin until it bled, nurse cleaned it up",
    "Yusuf only knows ten letter sounds, mid-year",
    "Ines has been throwing up after lunch and hiding it, per her 4th period teacher",
    "Wendell hid under his desk for most of 2nd hour and wouldn't talk",
    "Pilar asks other kids for their lunch every day, I don't think there's enough food at home",
]

# The same plain words said of an adult, a thing or no one
PLAIN_WORDS_QUIET = [
    "Greg slept in the car on the long drive to the conference, poor guy",
    "Our sub Ms. Wren is three years behind on her license renewal paperwork",
    "The toddler room mat got wet on the floor during the leak, maintenance is drying it",
    "Hector flipped the tables in the cafeteria for the assembly setup",
    "Moira knocked over the tables stacking them for the staff party",
    "Dinah has not turned in her timesheet yet, payroll closes today",
]


@pytest.mark.parametrize("text", PLAIN_WORDS_OF_A_CHILD)
def test_a_childs_health_behaviour_home_or_learning_in_plain_words_is_a_record(text, types_in):
    assert "student_record" in types_in(text)


@pytest.mark.parametrize("text", PLAIN_WORDS_QUIET)
def test_plain_words_said_of_adults_or_things_stay_quiet(text, values_of):
    assert values_of(text, "student_record") == []


@pytest.mark.parametrize("number", ["3", "three"])
def test_a_number_in_a_phrase_reads_figures_and_words(number, types_in):
    """Dictation and chat write numbers as words ("out three days"): '#' in the data's syntax reads both."""
    assert "student_record" in types_in(f"Corbin is {number} grade levels behind in math")


@pytest.mark.parametrize("text,flagged", [
    ("Re: Anselm\n> anything new?\nyes, he has been so withdrawn in class and his grandma says he isn't eating", True),
    ("Re: Anselm\n> anything new?\nyes, the grant report is failing its audit, it needs a rewrite", False),
])
def test_a_note_subject_holding_one_given_name_names_its_student(text, flagged, types_in):
    """A reply thread's student is named once in its subject; the record below says "he" or "she"."""
    assert ("student_record" in types_in(text)) is flagged


@pytest.mark.parametrize("text", [
    "Seating plan:\nTable 2 - Marguerite (can't see the board without her glasses, needs to sit near the front)",
    "Schedule\n10:15 - Ravi (wet himself during centers)",
    "Dictated: Kira again today in class she threw chairs and hid in the bathroom",
    "Desmond finally turned in one essay but he is still two years behind in writing",
])
def test_a_student_named_in_a_layout_or_dictation_is_found(text, types_in):
    """A row's short label and dash, a lower-case note in brackets after a name, a topic run on without a stop,
    and an adverb before the verb all leave the name in a person's place."""
    assert "student_record" in types_in(text)


# Tables whose headers say too little: the cells say what the column holds. A status or a day's column of attendance
# codes (two codes or more, one an absence or a tardy), a period's letter or percentage column ("q3_letter"), and any
# column of letter grades with a plus or a minus are records beside a name; a stand-in name ("Learner 2") names no
# one, and a bracketed aside under a table is no row.
@pytest.mark.parametrize("text", [
    "homeroom 108 sign-in\nStudent | Code\nBenitez Alma | P\nCrowe Felix | UA\nDunmore Isa | T",
    "wk of 3/2\nname\tMon\tTue\tWed\nAlma Benitez\tP\tA\tP\nFelix Crowe\tP\tP\tT",
    "last,first,q3_letter\nCrowe,Felix,D\nBenitez,Alma,B",
    "name,essay 2,final project\nFelix Crowe,C-,D+\nAlma Benitez,B+,A-",
    "name,q1_pct\nFelix Crowe,58.5\nAlma Benitez,92.0",
])
def test_a_column_the_header_leaves_open_is_a_record_when_its_cells_are_marks_or_codes(text, types_in):
    assert "student_record" in types_in(text)


@pytest.mark.parametrize("text", [
    "Teams for field day\nName,Team,Color\nAlma Benitez,A,red\nFelix Crowe,A,blue\nIsa Dunmore,A,red",
    "Practice sheet\nLearner,Quiz\nLearner 1,7\nLearner 2,9\nLearner 3,6",
    "Sample gradebook for the PD demo\nStudent Name,Score\nSample Student,88\nStudent B,71",
    "Name,Score\nStudent 1,\nStudent 2,\n(fill in after Friday's quiz, then share)",
    "name,status\nAlma Benitez,active\nFelix Crowe,withdrawn pending paperwork",
])
def test_group_letters_stand_in_names_and_asides_under_a_table_are_no_records(text, values_of):
    assert values_of(text, "student_record") == []


# How a student is carried to the record word: a pronoun a few sentences (or lines of a thread) below the name, a
# sentence that leaves its subject out ("Absent again ..."), a bracketed note after a name or opening with one, a
# form filled in for one child, a roster name written last-first as a heading, an initial and a surname, a class
# written short ("2nd hr"), a topic name stopped by an emoji, a chat abbreviation that ends no sentence ("susp."),
# OCR's digits inside a name, and a series of scores after a listed name.
@pytest.mark.parametrize("text", [
    "Spoke to Nadia Ferris at pickup.\nHer dad was there too.\nShe told me she's been self-harming again.",
    "[2:14] Coach Ruiz: where is Benji?\n[2:15] Mr. Tan: went home early. he threw up twice and has a fever",
    "Has anyone heard from Quentin? Suspended through Friday per the dean.",
    "Group B: Zora (504 - diabetes, snacks allowed any time), Milo, Pia",
    "bus list\nAlvarez, T\nBright, K\n(Bright: IEP says she rides with a para)",
    "Emergency card - Oren Vasquez. Allergies: tree nuts, carries an EpiPen.",
    "Permission form - Shedd Aquarium\nStudent: Ilse Marsh\nAllergies: shellfish, carries an EpiPen",
    "Progress report check - Lindqvist, Ada: current grade changed from D to C- after retakes",
    "fwd: J. Whitcombe has an IEP meeting moved, and his BIP now includes a break card",
    "Tomas R, 2nd hr - 504 says preferential seating",
    "ugh Priya again \U0001f62c sent to the office for fighting at recess",
    "the Osw4ld kid? no, the Oswald kid (7th) - 2 day susp. for vaping in the bathroom",
    "M1les K. (rm 9) - inhaler in the nurse's office, used it after PE",
    "DIBELS:\nMina 41 -> 44 -> 40\nKofi 22 / 25 / 21",
    "1) Tamsin - out since Monday with strep\n2) Arlo - fine",
    "our starting pitcher, Desmond, is out with a concussion till cleared",
    "the Lindqvist twins both have lice, letters going home",
])
def test_a_student_carried_to_the_record_by_layout_or_reference_is_a_record(text, types_in):
    assert "student_record" in types_in(text)


@pytest.mark.parametrize("text", [
    "Spoke to the bus company at pickup.\nThe driver was there too.\nHe said route 9 will run late all week.",
    "[2:14] Coach Ruiz: where are the extra inhalers?\n[2:15] Mr. Tan: nurse has them, she restocked Monday",
    "Has anyone seen the stapler? Absent from the copy room since Friday.",
    "ask Zora (bring the IEP goal templates to the PLC, please)",
    "Emergency cards are due Friday. Allergies go on the back, please.",
    "Course catalog - Algebra, Geometry: sections open for credit recovery in the spring",
    "CR-ALG1-S. Counselors will do the credit recovery enrollment next week",
    "a 4th grader left a lunchbox in the gym; a kinder was sent home with a fever too, so wipe the tables",
    "ugh the copier again \U0001f62c jammed on the suspension letters template",
    "Centers: Juno, Cal and Bea run the library cart; anxiety workbook pages 2-3 for the whole class",
    "she's with her aunt at 4410 W. Armitage Ave for now, so the counseling letters go there",
    "Thursday jobs: Tamsin waters the plants, Arlo takes the lunch count to the office",
    "Agenda\n7. Wellness: the counselor runs the anxiety group Thursdays\n8. Safety: drill at 10",
])
def test_record_words_with_no_student_carried_to_them_stay_quiet(text, values_of):
    assert values_of(text, "student_record") == []


@pytest.mark.parametrize("text,flagged", [
    ("Kinder screening: Harper Court, DOB 02/11/2021, failed the hearing screening, rescreen in May", True),
    ("Jonah Place (3rd grade) was sent home with lice this morning", True),
    ("The 3100 Harper Court lot floods; the hearing screening van will park on the street", False),
    ("Jonah Place and 5th, grade 3 walkers leave first; the nurse says lice checks are Monday", False),
])
def test_a_surname_that_is_a_street_word_is_a_name_when_a_persons_field_follows(text, flagged, types_in):
    """A name read as a street ("Aubrey Lane"): a birth date, a grade or a class after it say it is a child; a house
    number before it, or no person's field, leave it a street."""
    assert ("student_record" in types_in(text)) is flagged


# Record families written out from the domain: the health office's file by body system (heart, cancer care, sleep
# and toileting), a mark stated plainly, a visa running out, Spanish attendance, immigration and harm at home (a
# Spanish sentence leaves its subject out, so it goes on about the child the sentence before named).
@pytest.mark.parametrize("text", [
    "Trip med sheet: Tobias K. has an arrhythmia, no energy drinks, coach has the plan",
    "Overnight lock-in: Nadia Flores wets the bed sometimes, pack a spare sleeping bag quietly",
    "re Hollis: his current grade is 58, he needs the retake",
    "Talked to Imani Price's dad about her D in chemistry",
    "Wen Li's family says their visas are about to expire, she may withdraw in March",
    "Llamé a la casa de Bruno Reyes. Dice que tienen miedo de la migra y por eso no viene a la escuela.",
    "Valeria Cruz ya tiene 9 faltas este mes",
])
def test_record_families_from_the_domain_are_records(text, types_in):
    assert "student_record" in types_in(text)


@pytest.mark.parametrize("text", [
    "CPR and AED recertification covers cardiac arrest in athletes; sign up by Friday",
    "Reminder: the passing grade is 65 for all credit recovery courses",
    "Visa paperwork for the exchange teacher is expiring, HR has it",
    "Taller para familias: qué hacer si tienen miedo de ICE. Jueves a las 6.",
])
def test_record_family_words_with_no_student_stay_quiet(text, values_of):
    assert values_of(text, "student_record") == []


# A header-less gradebook row written with a dash or a colon ("Perez, Lia - 54%"): a whole name and a percentage; a
# single word before the dash is a thing ("Projector - 54%") and a letter after it a group ("Maria - A").
@pytest.mark.parametrize("text,flagged", [
    ("Wk 6 check\nAlvarado, Tess - 48%\nKim, Joon - 77%", True),
    ("Nia R: 52%\nOmar T: 64%", True),
    ("Battery check\nProjector - 54%\nSpeaker - 91%", False),
    ("Stations today\nMaria - A\nJose - B", False),
])
def test_a_dashed_gradebook_row_is_a_record_only_with_a_whole_name_and_a_percentage(text, flagged, types_in):
    assert ("student_record" in types_in(text)) is flagged


# An organisation's title-cased name is nobody's name: "Office of Student Protections", a "Transportation Committee"
# heading its minutes; a first name after a capitalised word that stands alone is still read.
@pytest.mark.parametrize("text,flagged", [
    ("Dept. of Family Wellness hotline is posted in the lounge", False),
    ("Minutes - Safety Committee\n1. Bus 9 late arrivals: 4 this month", False),
    ("Student Marisol has 6 unexcused absences this month", True),
])
def test_an_organisations_title_cased_name_names_no_student(text, flagged, types_in):
    assert ("student_record" in types_in(text)) is flagged


# A given name is read as a person's by the lexicon of children's and families' given names
# (`policy/data/given-names.yaml`) wherever it stands in the record's sentence: in apposition, after a greeting, as
# a verb's object; and in a message typed without capitals, in lower case at a person's slot.
@pytest.mark.parametrize("text", [
    "Yaretzi, the one who sits by the sink, has celiac so no goldfish crackers",
    "fyi the aide wrote Dashiell up for hitting at recess",
    "Keep an extra eye out today \u2014 Anneliese, whose dad was deported last week",
    "He's had three nosebleeds this week, Thaddeus I mean, and mom says he's anemic",
    "tamika absent again, 8 unexcused now",
    "can u walk oluwaseun to the nurse, she needs her inhaler before PE",
    "pls tell coach that jovani has a concussion, no practice till cleared",
    "Ezekiel from 4B was suspended for 2 days for vaping",
])
def test_a_given_name_in_any_slot_of_a_record_sentence_names_its_student(text, types_in):
    assert "student_record" in types_in(text)


@pytest.mark.parametrize("text", [
    "Rosalind from payroll says the IEP stipend checks went out",  # a colleague named by where they work
    "thx Marisol for covering my lunch duty, I was out sick",  # someone thanked for helping
    "the 504 meeting moved to 3 Anderson Ave, across from the clinic",  # a street
    "Ask Leopold (bring the counseling referral forms to the front desk)",  # an errand
    "Cordelia from 2nd period asked whether she could retake the test on Friday",  # a child's question
    "Ximena won the art contest with her poster on diabetes awareness",  # praise
    "| Case manager | Caseload |\n|---|---|\n| Rosalind | 14 IEPs |",  # a table's staff column
    "pearson account for the sped team is locked again",  # a product, lower case
    "tamika from the district office is running the attendance training",  # a colleague, lower case
    "Grace period for the lunch balance ends Friday, then accounts are flagged",  # an ordinary word
])
def test_a_given_name_read_by_the_lexicon_alone_is_no_student_when_the_sentence_says_otherwise(text, values_of):
    assert values_of(text, "student_record") == []


# An attendance or discipline count said as an ordinal within a stretch of the calendar, with no possessive
@pytest.mark.parametrize("text", [
    "Tobias R. - 5th tardy this week, lunch detention tomorrow",
    "Marguerite Olsen: third referral this quarter",
])
def test_an_ordinal_count_in_a_stretch_of_the_calendar_is_a_record(text, types_in):
    assert "student_record" in types_in(text)


# Lower case after a chat export's stamp or speaker, a lower-case possessive, a three-letter name with its verb, and a
# given name's possessive after a preposition ("a scrape on X's knee") are a person's too.
@pytest.mark.parametrize("text", [
    "[09:14] aide: gianna threw up in the reading corner, nurse is calling home",
    "ok so dominic's mom called, he's been hospitalized since friday",
    "heads up, eli punched a classmate at recess, 2nd write-up",
    "There's a burn mark on Saoirse's wrist again and she won't say how, filing with the counselor",
])
def test_a_given_name_in_chat_layouts_and_possessives_names_its_student(text, types_in):
    assert "student_record" in types_in(text)


# Academic results said as numbers and placements decided by a test, and the health office's Spanish
@pytest.mark.parametrize("text", [
    "Perpetua Nwosu: her 47 in Chem is the lowest in the class",
    "Osvaldo Reyes has 6 missing worksheets this unit",
    "Marguerite Olsen placed into remedial reading after the fall screener",
    "Llamó la mamá: Itzel Romero sigue en el hospital con fiebre",
])
def test_results_placements_and_spanish_health_of_a_named_student_are_records(text, types_in):
    assert "student_record" in types_in(text)


@pytest.mark.parametrize("text", [
    "The class average was a 74 in Chem, up from last year",
    "6 missing worksheets from the copier tray, anyone seen them?",
    "Sign-ups: placement into honors English needs a teacher recommendation",
    "El hospital del barrio da vacunas gratis el sábado",
])
def test_results_and_placements_said_of_no_student_stay_quiet(text, values_of):
    assert values_of(text, "student_record") == []


def test_a_given_name_in_a_comma_list_of_surnames_is_a_surname(values_of):
    """"Present: Okonkwo, Tristan, Weiss": a meeting's list of people present names no student for the record
    words of the lines below."""
    assert values_of("Present: Okonkwo, Tristan, Weiss, Mr. Lund (AP)\n1. Failing grades need a parent call",
                     "student_record") == []


# The groups a school puts a child in (ensembles, teams, clubs, programs) between a given name and what is said of
# the child; a title inside a bracketed aside ("(Mrs. Ocampo's 4th grader)") ends no sentence; a bracketed name
# after a description of a child; what a doctor's note limits, a period's mark, guardianship, benefit matches,
# the housing of a family that lost its home, an intellectual disability's level; gradebook rows on one line
@pytest.mark.parametrize("text", [
    "Tobias on the varsity wrestling team has a torn meniscus, no mats till March",
    "Priya from robotics was diagnosed with epilepsy over the summer",
    "Milo in show choir has a 504 for hearing loss, seat him up front",
    "Esme (Mrs. Ocampo's 4th grader) was referred for a dyslexia evaluation",
    "Lucia (Dr. Hale's advisee) is on a reduced schedule after the surgery on her knee",
    "the girl with the red glasses (Noor K) got a walking boot, elevator pass please",
    "Rafael Duarte is not cleared to sprint until his orthopedist signs off",
    "Keanu Brooks has a lifting restriction through winter break",
    "Yusuf Adeyemi earned a D for the trimester in Spanish",
    "Delia Marsh's aunt became her legal guardian last month",
    "Corbin Hale and his sister are SNAP matched, so they're on the free status list",
    "Ines Vargas has been staying at a motel with her dad since their apartment fire",
    "Wendell Ortiz (16, ID-mild) will stay in life skills through 21",
    "Gym eligibility: Pratt, Lonnie | D | F | C - not eligible. Yates, Bree | B | A | B - fine",
    "Dev Malik's grandma says they cannot pay his lunch bill until the 1st",
])
def test_a_record_said_of_a_child_named_with_a_group_an_aside_or_a_description_is_a_record(text, types_in):
    assert "student_record" in types_in(text)


@pytest.mark.parametrize("text", [
    "Rehearsal in orchestra is cancelled today, 9 absences from the flu",
    "Tryouts for soccer: bring a doctor's note and a water bottle",
    "Ask the surgeon's office whether the lifting restriction form changed",
    "Who processes the SNAP match file for the whole building?",
    "Kiosk in the cafeteria takes lunch balance payments by card now",
    "Somebody's laptop was stolen from the lounge, check the cameras",
    "Ms. Ocampo (room 14) is out, the sub has the anxiety lesson plan",
])
def test_groups_forms_and_files_without_a_child_stay_quiet(text, values_of):
    assert values_of(text, "student_record") == []


@pytest.mark.parametrize("text", [
    "Anyone have a stapler? Mine broke during the IEP meeting",
    "Flu is wiping out 3rd period, 9 absences today",
    "Medicaid reimbursement forms for speech services are due Friday",
])
def test_pronouns_illnesses_and_benefit_programs_are_no_first_names(text, values_of):
    assert values_of(text, "student_record") == []


# Record facts in a score report's and a transcript's shorthand: a percentile shortened to "pct", letter grades
# counted ("three Ds"), an attendance rate given with no verb ("attendance 58%")
@pytest.mark.parametrize("text", [
    "Odalys Fenwick: spring NWEA math was 23rd pct, reading 31 pct",
    "Thaddeus Crane's transcript shows three Ds and one F this term",
    "Renata Voss - attendance 58% since winter break, letter going home",
])
def test_a_score_report_or_transcript_shorthand_is_a_record(text, types_in):
    assert "student_record" in types_in(text)


# Not a student: a product's name cut in two after an imperative ("Pack EpiPens"), a firm named by its trade
# ("Little Oaks Therapy LLC"), a record word glued into a user name or a mailbox ("user moreno.sped")
@pytest.mark.parametrize("text", [
    "Science camp is Monday. Send EpiPens and inhalers for whoever needs them",
    "Contract for Little Oaks Therapy renewed through June, invoice attached",
    "ACH form: holder Sunny Path Counseling LLC, ABA on file",
    "the team account is user moreno.sped on the Boardmaker site, ask before changing it",
    "send the draft to the iep.desk@ mailbox",
])
def test_a_product_a_firm_or_a_user_name_is_no_students_record(text, types_in):
    assert "student_record" not in types_in(text)


# A record pasted as key-value (JSON, YAML) names its student in a quoted key; a list header holding a time of day
# ("Lunch detention 12:05-12:35 in 204:") still heads its rows; a grade written short beside a child ("gr 3") is a
# child's cue for a family's circumstance
@pytest.mark.parametrize("text", [
    '{\n  "student_name": "Perpetua Lindqvist",\n  "plan": {"504": true},\n  "health": "type 1 diabetes"\n}',
    'student: "Osric Hale"\nattendance: 12 unexcused absences\nnotes: truancy referral sent',
    "Lunch detention 12:05-12:35 in 204:\n- Wendeline P.\n- Caspian Roe\nbring a book",
    "the Okonjo family (Tobiah, gr 3) is doubled up with relatives since the eviction",
])
def test_a_key_value_paste_a_timed_list_header_and_a_short_grade_tie_the_record(text, types_in):
    assert "student_record" in types_in(text)


@pytest.mark.parametrize("text", [
    '{\n  "student_count": 412,\n  "iep_rate": "14%",\n  "name": "Harmon spring report"\n}',
    "Detention duty 3:15-4:00 in rm 118: Mr. Pike Mon, Ms. Ode Tue",
])
def test_a_groups_figures_and_a_duty_roster_are_no_record(text, types_in):
    assert "student_record" not in types_in(text)


# A related service named by its referral or its slot in the week ("an OT referral went in", "has resource at 1:10"),
# and a dotted birth label's date named by its month, which carries the sentence on to the record after it
@pytest.mark.parametrize("text", [
    "Leopold Marsh - OT referral went in this morning, mom signed consent",
    "pia has resource at 1:10 on wednesdays now, please send her with her folder",
    "Pre-K screen: Anouk Delacroix, d.o.b. Feb 19 2021, language referral suggested",
])
def test_a_service_by_its_referral_or_its_weekly_slot_is_a_record(text, types_in):
    assert "student_record" in types_in(text)


@pytest.mark.parametrize("text", [
    "Reminder: I have reading at 9:40 with the 2nd graders, so cover my door",
    "OT referral forms are in the main office for anyone who needs one",
])
def test_a_teachers_own_block_or_blank_referral_forms_are_no_record(text, types_in):
    assert "student_record" not in types_in(text)


@pytest.mark.parametrize("text", [
    "Imogen P. finished strong, 4 As and a B this semester!",
    "reminder for the team: no Fs allowed on the eligibility check Friday",
])
def test_counted_high_marks_and_a_rule_about_fs_are_no_record(text, types_in):
    assert "student_record" not in types_in(text)


# A capitalised word opening a sentence or a line says nothing by its capital: an imperative ("Scan signed 504s"), a
# topic ("Security: 3 incidents"), a notice's title ("Residency update: ...") is nobody, unless the word is a given
# name of the lexicon or a verb said only of a person follows it; a word right before a place's people ("Lindell
# students") names the school, not a child
@pytest.mark.parametrize("text", [
    "Scan signed 504s into the shared folder by Friday, originals to the vault",
    "Upload IEPs to the portal, not to the team drive",
    "Agenda\n- Security: 4 minor incidents in the east lot\n- Parking passes",
    "Residency update: 71% of Lindell students are now approved free/reduced this year",
    "Translate finished IEP summaries before the parent nights, please",
])
def test_an_opening_imperative_a_topic_or_a_schools_people_are_no_student(text, types_in):
    assert "student_record" not in types_in(text)


@pytest.mark.parametrize("text", [
    "Tavo got suspended again for the hallway thing",
    "Quispe twins are doubled up with their cousins since the fire",
    "Xochi still has her inhaler in the office, remind her",
])
def test_an_unusual_given_name_opening_a_sentence_with_a_persons_verb_is_a_student(text, types_in):
    assert "student_record" in types_in(text)


# Two capitalised words are no person when the second is a trade ("'Sunny Paws Therapy'", its first word a quote's)
# or a software part ("the Common Portal", "Form Script"), or a school's kind follows ("Alder Creek HS")
@pytest.mark.parametrize("text", [
    "Invoice from 'Tiny Steps Therapy' for the OT minutes, please route to the sped clerk",
    "The counselor letters template lives in the Parent Portal, not in email",
    "The IEP reminder runs from Sheet Script, do not paste student names in it",
    "Extended school year is at Alder Creek HS this summer, 4 days a week, for kids who qualify",
])
def test_a_firm_a_software_part_or_a_school_by_its_kind_is_no_student(text, types_in):
    assert "student_record" not in types_in(text)


@pytest.mark.parametrize("text", [
    "Ottilie Marsh has an IEP for reading and a scribe for tests",
    "Brielle Hart at Alder Creek has 9 unexcused absences",
])
def test_a_named_student_beside_a_school_stays_a_record(text, types_in):
    assert "student_record" in types_in(text)


# A failing percentage at a grading checkpoint is a grade ("sitting at 47% at the progress report"); failing a
# subject as high schools name it is one too ("failed Econ")
@pytest.mark.parametrize("text", [
    "Moving Caspar Lund down to Algebra 1. He was sitting at 47% at the progress report.",
    "Wilhelmina Ford failed Econ last semester and needs it for graduation",
])
def test_a_failing_mark_at_a_checkpoint_or_in_a_high_school_subject_is_a_record(text, types_in):
    assert "student_record" in types_in(text)


@pytest.mark.parametrize("text", [
    "Grade-level average was 55% at the progress report, so reteach unit 2",
    "Dorian Vance is sitting at 96% at midterm, great work this quarter",
])
def test_a_groups_checkpoint_average_or_a_high_mark_is_no_record(text, types_in):
    assert "student_record" not in types_in(text)


# The benefits a child draws for a disability (SSI) and the school's Medicaid claims for a child's services are that
# child's disability and services record when a student is named; the paperwork with nobody named, or the blank
# form a claim is made on, is not
@pytest.mark.parametrize("text", [
    "The SSI appeal for Thaddeus Crane is due at the field office Friday",
    "Medicaid claims were denied for Wren Okoro again this month, can you call the billing office?",
    "Bastian L.'s Medicaid eligibility lapsed in May, who tells the family?",
])
def test_a_childs_ssi_or_medicaid_claims_named_are_a_record(text, types_in):
    assert "student_record" in types_in(text)


@pytest.mark.parametrize("text", [
    "Medicaid billing logs for the speech team are due on the 5th, use the new template",
    "Reminder: SSI application help for families is in the parent center on Tuesdays",
    "Medicaid billing form for Jonas Whitley (OT): who signs it before it goes to the clinician?",
])
def test_medicaid_or_ssi_paperwork_with_no_student_or_a_claim_form_is_no_record(text, types_in):
    assert "student_record" not in types_in(text)


# A family the school names ("the Pellegrino family", "the Ruiz-Tan household") stands for its children: a strong
# record word said of it (free meals, doubled up, STLS) is their record without a child's word near; a word the
# tentative lists hold ("shelter") still wants one
@pytest.mark.parametrize("text", [
    "The Pellegrino family reapplied for free meals after the layoff.",
    "the Ruiz-Tan household is doubled up with cousins since March, flag them STLS",
    "Verification pull: the Okwu household lost their apartment in the fire, flag them STLS.",
])
def test_a_strong_record_word_said_of_a_named_family_is_a_record(text, types_in):
    assert "student_record" in types_in(text)


@pytest.mark.parametrize("text", [
    "The Lindgren family dropped off coats for the shelter collection",
    "Thank you to the Marchetti family for the free meals at the staff luncheon",
])
def test_a_named_family_helping_or_giving_is_no_record(text, types_in):
    assert "student_record" not in types_in(text)


# A sentence whose subject is the child's family ("Mom has sole custody now.") goes on about the student the
# sentence before named, as a pronoun would; with no student named before it, it stays quiet
@pytest.mark.parametrize("text", [
    "Dismissal note for Perpetua Vance, room 212. Dad has a no-contact order as of Friday, release only to mom.",
    "New enrollee: Octavian Reyes, grade 4. Grandma was granted guardianship last month, mom has visitation.",
])
def test_a_family_sentence_after_a_named_student_is_that_students_record(text, types_in):
    assert "student_record" in types_in(text)


def test_a_family_sentence_with_no_student_before_it_is_no_record(types_in):
    assert "student_record" not in types_in("Pickup changes go through the office. Mom or dad must sign the custody "
                                             "form in person.")


# A deportation case in the court's words ("removal proceedings") and a crime victim's visa are immigration status;
# a concussion's steps back ("return-to-play") and the symptoms a child reported to the nurse or the trainer are
# health: said of a named student each is a record, said of no one it is not
@pytest.mark.parametrize("text", [
    "Ilse Moreno's dad is in removal proceedings, she may miss Thursday for the hearing",
    "Tobias K. just got his U visa approved, the family is so relieved",
    "Fernando Lyle is on step 3 of return-to-play, no contact drills until Monday",
    "Marguerite Fox reported dizziness and nausea after the collision in 5th period gym",
])
def test_removal_proceedings_a_return_to_play_step_or_a_reported_symptom_is_a_record(text, types_in):
    assert "student_record" in types_in(text)


@pytest.mark.parametrize("text", [
    "Know-your-rights night: a lawyer explains removal proceedings to families, Thursday at 6 in the library",
    "The return-to-play protocol for all athletes is posted on the athletics page",
    "Return-to-learn steps (for every coach):\n1. Rest at home\n2. Half days with breaks",
    "I reported dizziness to the nurse myself, might be the heat in 204",
])
def test_the_same_words_said_of_no_student_are_no_record(text, types_in):
    assert "student_record" not in types_in(text)



# A typed form or a case note lists its student in a field, the facts in the fields under it: the field line may open
# with a bullet, set its value off with leader dots instead of a colon, or call the student the patient (a clinic's,
# a nurse's form); the facts of the other fields are that student's record
TYPED_FORMS_OF_ONE_STUDENT = [
    "Nurse intake for the new kid\n- Student: Odalys Brenner\n- Grade: 4\n- Concern: seizure disorder, Keppra at 11:30",
    "Counseling form, copied over:\nStudent ........ Pascal Ferreira\nHomeroom ....... 214\n"
    "Notes .......... grief group since the funeral in March",
    "Clinic referral (after-hours)\nPatient: Marisela Duong\nReason: ADHD follow-up, Concerta refill",
    "* Pt: Benedikt Ashworth\n* Room: 117\n* Today: sent home with a fever of 101.8",
]
TYPED_FORMS_OF_NO_STUDENT = [
    "Workshop sign-up\n- Name: Library B\n- Topic: EpiPen training for every lunchroom aide",
    "Supply order\n- Item ........ ice packs, gauze\n- For ......... the health office restock",
    "Pt: see page 2 of the packet\nReason: the annual asthma plan training for coaches",
]


@pytest.mark.parametrize("text", TYPED_FORMS_OF_ONE_STUDENT)
def test_a_typed_form_naming_its_student_in_a_bulleted_dotted_or_patient_field_is_a_record(text, types_in):
    assert "student_record" in types_in(text)


@pytest.mark.parametrize("text", TYPED_FORMS_OF_NO_STUDENT)
def test_a_typed_form_with_no_student_in_its_fields_is_no_record(text, types_in):
    assert "student_record" not in types_in(text)


# A table's column named by a test and the subject it was taken in ("MAP Reading", "SAT Math"), a transcript audit's
# credits, and a grade cell that gives a score with its letter ("63 D") are record columns beside a student's name
TABLES_OF_RESULTS = [
    "| Student | MAP Reading | MAP Math |\n|---|---|---|\n| Ilse Warrick | 204 | 211 |\n| Tomas Obi | 188 | 197 |",
    "name,grade,credits earned\nHollis Vane,11,17.5\nMarta Quill,11,22",
    "Student\tGrade\nBeck Lorne\t63 D\nSuri Abad\t88 B+",
    "Learner,DIBELS Composite\nPim Aalders,312\nNoor Haddad,276",
]
TABLES_OF_NO_RESULT = [
    # a grade level and a homeroom letter in the Grade column, a test's logistics, a code column
    "Student\tGrade\nBeck Lorne\t7 B\nSuri Abad\t8 A",
    "| Student | MAP Room | MAP Time |\n|---|---|---|\n| Ilse Warrick | 118 | 9:10 |\n| Tomas Obi | 118 | 9:10 |",
    "| Student | Access Code |\n|---|---|\n| Ilse Warrick | blue |\n| Tomas Obi | green |",
    "| Period | IAR Math | IAR ELA |\n|---|---|---|\n| 1st | 34% | 41% |\n| 2nd | 29% | 44% |",
]


@pytest.mark.parametrize("text", TABLES_OF_RESULTS)
def test_test_and_subject_columns_credits_and_scored_letter_grades_make_table_rows_records(text, types_in):
    assert "student_record" in types_in(text)


@pytest.mark.parametrize("text", TABLES_OF_NO_RESULT)
def test_grade_levels_test_logistics_and_class_averages_in_a_table_are_no_records(text, types_in):
    assert "student_record" not in types_in(text)


# Meal benefits as the lunch office decides them: a household's determination, a move from one level to another, the
# verification that ends one; said of a named student or family each is a record, said of no one it is not
MEAL_STATUS_OF_A_FAMILY = [
    "The Varga household's renewal came back: determination is reduced-price for both girls.",
    "Eliska T. went from free to paid after the verification letter",
    "Income verification for the Madu family is still open, Chiamaka and Obi stay free until it closes.",
]
MEAL_STATUS_OF_NO_ONE = [
    "Reminder: income verification letters go out to a sample of households in November",
    "Reduced-price tickets for the spring musical are $5 at the door",
    "Can someone explain how a determination is made from free to paid? Asking for the training deck.",
]


@pytest.mark.parametrize("text", MEAL_STATUS_OF_A_FAMILY)
def test_a_meal_determination_or_level_change_of_a_named_family_is_a_record(text, types_in):
    assert "student_record" in types_in(text)


@pytest.mark.parametrize("text", MEAL_STATUS_OF_NO_ONE)
def test_meal_status_words_of_no_family_are_no_record(text, types_in):
    assert "student_record" not in types_in(text)


# A computer's job that fails ("the nightly export keeps failing", "the state match failed for ...", "failed to
# post") is no pupil failing, whoever the job was about; a pupil who failed, in the same words, still is
FAILING_JOBS = [
    "Heads up, the state match failed for my student Priscilla Okonjo, her birthdate is off by a day",
    "The nightly export keeps failing on one kid, Odessa Pryce in 4th grade, can IT look?",
    "Grade sync failed to post for Bram Lutz in 6th period, the teacher re-entered it by hand",
]
FAILING_PUPILS = [
    ("Bram Lutz failed again in 6th period, that is his third F this term", "Bram Lutz failed"),
    ("Priscilla Okonjo is failing chemistry and her login keeps failing too", None),
    ("Jonas Whitcombe failed his chemistry final", None),
]


@pytest.mark.parametrize("text", FAILING_JOBS)
def test_a_computer_job_that_fails_is_no_student_failing(text, values_of):
    assert values_of(text, "student_record") == []


@pytest.mark.parametrize("text,expected", FAILING_PUPILS)
def test_a_student_who_fails_is_still_a_record(text, expected, assert_flagged):
    assert_flagged(text, "student_record", expected)


# A helping role's word (counselor, counseling, social worker, therapist) is the office or the colleague when it is
# asked to do an errand ("Can counseling send ...", "Counselor, please email ..."), a job's title ("a junior
# counselor"), a page of the office's ("the counseling website"), or the role of the person named right after it
# ("the speech therapist Lucinda Farrow"); the same words are the student's service when the role sees, meets or
# checks in with the student, or is theirs
HELPING_ROLES_ON_ERRANDS = [
    "Can counseling send Wilhelmina Castro's mom the scholarship link?",
    "Counselor, please email Thaddeus Moreau the dual-credit sign-up form",
    "Desmond Achterberg is a junior counselor at the park district camp this summer",
    "Invoice from the speech therapist Lucinda Farrow is on my desk",
    "Scholarship deadlines are on the counseling website, Ezekiel Brandt built it",
    "Could the social worker drop off Marisol Quintero's coat drive donations at the front desk?",
    "The play therapist Odile Marchetti from the agency needs a visitor badge, please sign her in at the front desk",
]
HELPING_ROLES_SERVING_A_STUDENT = [
    ("Can the counselor meet with Maya Lopez today?", None),
    ("Can counseling check in with Ruben Altamirano this afternoon?", None),
    ("Mireille Dufresne was referred to the school social worker, please keep it quiet", None),
    ("Thaddeus Moreau's therapist called, please call back", None),
    ("Counselor, please see Anselm Petrov before 3rd period, he was crying at lunch", None),
    ("Liesel Brandauer sees the social worker every Tuesday", None),
]


@pytest.mark.parametrize("text", HELPING_ROLES_ON_ERRANDS)
def test_a_helping_role_on_an_errand_or_as_a_job_is_no_student_record(text, values_of):
    assert values_of(text, "student_record") == []


@pytest.mark.parametrize("text,expected", HELPING_ROLES_SERVING_A_STUDENT)
def test_a_helping_role_serving_a_named_student_is_still_a_record(text, expected, assert_flagged):
    assert_flagged(text, "student_record", expected)


# A name set beside a family word ("her aunt, Philippa Nwosu", "the grandmother, Henrietta Osei"), or under a
# relative's details ("parent contact on the form:", "Grandpa's info for the referral:"), is the relative the school
# writes to, not the student, whatever record word the message holds; the student named beside a relative who speaks
# for them is still the record's
RELATIVES_NAMED = [
    "Mailing the signed 504 copy to the mom since she has no email: Rosalind Ferreira, 1187 W. Argyle St",
    "Meds authorization came back signed, the guardian is her aunt, Philippa Nwosu, call her for refills",
    "Consent for the speech eval is back - parent contact on the form:\nDorothea Vance\n(312) 555-0148",
    "Grandpa's info for the counseling referral: Augustin Beaumont, 4410 N. Keeler Ave",
    "Emergency contact for the asthma plan is the grandmother, Henrietta Osei, she lives next door",
]
STUDENTS_BESIDE_RELATIVES = [
    ("Gran said Leopold Ashby has had a fever since Sunday and will be out", None),
    ("Ignatius Kowal's mom says he has strep, he'll be out till Thursday", None),
    ("Tia Ferreira's 504 copy is ready, mail it to her mom", None),
    # a first name after "mom," opens the next clause, about the child
    ("Left a voicemail, then spoke w/ grandma, Bartholomew has had panic attacks before school all week", None),
    ("Absences:\nLeopold Ashby\nIgnatius Kowal", ["Leopold Ashby", "Ignatius Kowal"]),
]


@pytest.mark.parametrize("text", RELATIVES_NAMED)
def test_a_relative_named_beside_a_family_word_is_no_student(text, values_of):
    assert values_of(text, "student_record") == []


@pytest.mark.parametrize("text,expected", STUDENTS_BESIDE_RELATIVES)
def test_a_student_beside_a_relative_is_still_a_record(text, expected, assert_flagged):
    assert_flagged(text, "student_record", expected)



# -- one child's document ------------------------------------------------------------------------------------------
# A document word after a record term ("summary", "sheet", "data", "for the class") names a tally of many unless one
# child owns the term ("her IEP summary", "Marguerite's counseling summary", "Kai's nut allergy for the class party")
ONE_CHILDS_DOCUMENTS = [
    "Brought home Marguerite's counseling summary by mistake, shredding it now",
    "The sub left Tobiah Frey's folder out, with his IEP summary on top",
    "Reminder that Ottilie's peanut allergy list for the classroom is posted by the door",
]
NO_ONE_CHILDS_DOCUMENTS = [
    "Our building's IEP summary for the board is due Friday",
    "Lincoln's attendance data for the network review is in the shared drive",
    "Ms. Ferris posted her IEP summary sheet for the grade level",
]


@pytest.mark.parametrize("text", ONE_CHILDS_DOCUMENTS)
def test_a_document_one_named_child_owns_is_that_childs_record(text, types_in):
    assert "student_record" in types_in(text)


@pytest.mark.parametrize("text", NO_ONE_CHILDS_DOCUMENTS)
def test_a_document_of_a_school_or_a_colleague_is_no_childs_record(text, values_of):
    assert values_of(text, "student_record") == []



# -- injuries as an athletic trainer writes them ---------------------------------------------------------------------
# The part first and the injury after ("hamstring strain", "wrist contusion", "MCL tear"), an ankle rolled or a finger
# jammed, an imaging result, a hold or a clearance to play: said of a named athlete, each is a health record. The
# same words said of no one, or of a colleague's leave, stay quiet.
ATHLETES_HURT = [
    "Priyanka Desai has a hamstring strain from the 400 relay, no sprints this week",
    "Matteo tweaked his shoulder at the scrimmage, ice after every practice for now",
    "Tallulah K. jammed her finger in warmups; x-ray clear, buddy-tape it for the match",
    "Wrestling: Osei Mensah is not cleared for contact until the ortho signs off",
    "Moved Juniper Hale to the bench list, quad contusion from Saturday's meet",
    "Dashiell's rotator cuff surgery is scheduled for 12/9, he'll be out for the winter season",
    "Lacrosse: Imani P. is on a medical hold after the MRI, no practice until further notice",
]
NO_ATHLETE_HURT = [
    "The trainer's room has new ice packs for ankle sprain care; grab some before the meet",
    "Hamstring strain prevention clinic for all runners on Thursday at 3:30",
    "A medical hold form has to come from a physician, not the coach",
    "The x-ray clear film covers for the science lab arrived, ask Room 212",
]


@pytest.mark.parametrize("text", ATHLETES_HURT)
def test_an_injury_written_part_first_of_a_named_athlete_is_a_record(text, types_in):
    assert "student_record" in types_in(text)


@pytest.mark.parametrize("text", NO_ATHLETE_HURT)
def test_injury_words_said_of_no_one_are_no_record(text, values_of):
    assert values_of(text, "student_record") == []


# -- a form's field left empty -------------------------------------------------------------------------------------
# "Allergies: none", "Meds: N/A", "IEP: no": the field's label is a record word but its value says there is nothing
# to record, so the child named on the form has no record there; a field with a value still has one.
EMPTY_FIELDS = [
    "Overnight trip card\nStudent: Ravi Castellanos\nAllergies: none\nMedications: N/A",
    "Choir retreat form - Lucia Brandvold\nMedication: none on file\nDietary: vegetarian",
    "Robotics travel sheet\nName: Kwame Asante\nAllergy: NKA\nEmergency contact on the back",
]
FILLED_FIELDS = [
    "Overnight trip card\nStudent: Ravi Castellanos\nAllergies: tree nuts, carries an EpiPen\nMedications: N/A",
    "Choir retreat form - Lucia Brandvold\nMedication: albuterol before warmups\nDietary: vegetarian",
]


@pytest.mark.parametrize("text", EMPTY_FIELDS)
def test_a_record_field_left_empty_on_a_named_form_is_no_record(text, values_of):
    assert values_of(text, "student_record") == []


@pytest.mark.parametrize("text", FILLED_FIELDS)
def test_a_record_field_with_a_value_on_a_named_form_is_a_record(text, types_in):
    assert "student_record" in types_in(text)


# -- days of the week in the plural ----------------------------------------------------------------------------------
# "on Mondays and Wednesdays" says when, not who: a capitalised weekday, plural or not, is no student's first name, so a
# visiting professional's schedule names no child; a child named beside the same days still has the record.
@pytest.mark.parametrize("text", [
    "The speech therapist from the co-op will be in room 221 on Mondays and Wednesdays starting in March.",
    "Grief counselor from the district is here on Thursdays and Fridays, room 102.",
    "Our district counselor covers the annex on Fridays; book her through the front desk",
])
def test_a_weekday_in_the_plural_is_no_students_name(text, values_of):
    assert values_of(text, "student_record") == []


@pytest.mark.parametrize("text", [
    "Anneliese has OT on Mondays and Wednesdays in room 214",
    "Rafferty sees the counselor on Fridays before lunch",
])
def test_a_named_child_with_a_service_on_weekdays_is_still_a_record(text, types_in):
    assert "student_record" in types_in(text)


# -- a transcript as a document changing hands --------------------------------------------------------------------
# A transcript sent, ordered, paid for or pushed through a service is a document moving (as a report card mailed home
# is); what the transcript shows or has is the record.
@pytest.mark.parametrize("text", [
    "Can you resend Odalys Perrin's transcript to the Army recruiter? He paid the fee online.",
    "Grandpa is paying for his granddaughter's transcript over the phone, the order number is on the receipt",
    "Naviance still wants Cosimo Brandt's transcript uploaded before the early-action deadline",
])
def test_a_transcript_sent_or_paid_for_is_no_record(text, values_of):
    assert values_of(text, "student_record") == []


@pytest.mark.parametrize("text", [
    "Tobiah Lenz's transcript shows a D in Chemistry and an F in Spanish II",
    "Heads up, Marisela's transcript has two incompletes from sophomore year",
])
def test_what_a_named_students_transcript_shows_is_a_record(text, types_in):
    assert "student_record" in types_in(text)


# -- names each with a number, under a word that makes the numbers results ---------------------------------------
# A list of two children or more, each with a number of their own (in a line, one a line, bracketed, as a fraction),
# is each child's result when the list, its line or the sentence before it says the numbers are results (a quiz,
# scores, a screener's name, "gradebook"): the results sit beside the names, not behind a record term. Numbers beside
# names with no such word (rooms, ages, a game's points, votes, a test's rooms and dates, grade levels under
# "grades") are no record.
SCORED_LISTS = [
    ("Chapter 6 quiz went badly. Lowest three: Priscilla 44, Darnell 51, Yesenia 39. Reteach Monday.",
     ["Priscilla 44", "Darnell 51", "Yesenia 39"]),
    ("Midterm check — below 65 in my chem section: Harriet Lowe (61), Ezequiel Bautista (58)", None),
    ("STAR reading for my intervention kids:\nMarisol 412\nTobias K. 388\nAnnika 405\nstill flat since Sept", None),
    ("aimsweb fall composites\n\tGideon Marsh\t41\tsome risk\n\tRosalind Ayers\t29\thigh risk", None),
    ("SAT practice test results are back! Leticia Ramos 1340, Desmond Hale 980 (needs the prep block).", None),
    ("Spelling test 12 (out of 20): Cordelia 11/20, Anders 19/20, Mirela 8/20", None),
    # a gradebook's rows typed out: a name, then its results (percentages, fractions out of a total)
    ("copying the gradebook over by hand, portal is down:\nMarisol T   ch 5 test 31/50, project 70%, avg 64%\n"
     "Gideon W   ch 5 test 47/50, project 95%, avg 91%", None),
]
NO_SCORED_LISTS = [
    "Quiz retake rooms: Priscilla 214, Darnell 108, Yesenia 110",
    "Midterm exam dates: Priscilla 3/14, Darnell 3/15",
    "Scrimmage recap: Priscilla 12, Darnell 9, Yesenia 4 points, great hustle",
    "Student council votes for the test prep fundraiser: Priscilla 44, Darnell 51",
    "Grades for the two new enrollees: Priscilla 7, Darnell 8",
    "Lunch table seats this week: Priscilla 4, Darnell 6, Yesenia 2",
    "Test scores by homeroom: Room 12 81%, Room 14 77%",
    "Observation scores from the walkthrough: Ms. Kaplan 3.4, Mr. Oduya 3.1",
    # rows of a name and dates (a fraction greater than its total is a date), under no results word
    "Make-up test schedule:\nMarisol T   room 114 on 3/14, 4/22\nGideon W   room 116 on 3/15, 4/23",
    "Carpool sheet:\nMarisol T   2/3 seats, 100% confirmed\nGideon W   1/3 seats, 50% confirmed",
]
# Rows keyed by what sorts them: a result ("0/3:", "90%+:", out of one total) under a header that says the keys are
# results, or a subject, a class period or a tier under a record list's header ("failing list:" then "Math: ...").
# Keys that are dates, or a form's fields ("Name:", "Student:"), sort nothing.
KEYED_ROWS = [
    "Ratios quiz, reteach group:\n0/3: Leopold, Maribel T., Quincy\n1/3: Salome, Idris",
    "Unit 4 test by band:\n90%+: Fernanda, Tobias\n70-89%: Griselda\n<70%: Osvaldo, Bettina R.",
    "Failing list going to the counselors:\nChem: Florian, Ximena\n4th period - Osvaldo, Bettina R.",
]
NO_KEYED_ROWS = [
    "Quiz retakes this month:\n3/4: Leopold, Maribel\n3/11: Quincy, Salome",
    "Ratios quiz, tables for tomorrow:\nTable 1: Leopold, Maribel\nTable 2: Salome, Idris",
    "Field trip buses:\n0/3: Leopold, Maribel\n1/3: Salome, Idris",
]


@pytest.mark.parametrize(("text", "expected"), SCORED_LISTS)
def test_names_each_with_a_result_under_a_results_word_are_records(text, expected, assert_flagged):
    assert_flagged(text, "student_record", expected)


@pytest.mark.parametrize("text", NO_SCORED_LISTS)
def test_names_with_numbers_that_are_no_results_are_no_record(text, values_of):
    assert values_of(text, "student_record") == []


@pytest.mark.parametrize("text", KEYED_ROWS)
def test_rows_keyed_by_a_result_or_a_subject_list_records(text, types_in):
    assert "student_record" in types_in(text)


@pytest.mark.parametrize("text", NO_KEYED_ROWS)
def test_rows_keyed_by_dates_tables_or_buses_list_no_record(text, values_of):
    assert values_of(text, "student_record") == []


# -- living with a relative ----------------------------------------------------------------------------------------
# Where a child lives and with whom ("staying with her grandpa at ...", "moved in with his aunt") is a home address, not
# a record; what makes the move a record has its own words (custody, DCFS, a deportation, an eviction, a shelter).
@pytest.mark.parametrize("text", [
    "Bus stop update for Marguerite: she's staying with her grandpa this semester at 2291 N Lister Ave",
    "New mailing address for Thaddeus, he moved in with his uncle: 8802 S Paxton Ave, 1st floor",
    "Dismissal change, the Okonkwo boys are living with their grandmother for now, she'll walk them home",
])
def test_living_with_a_relative_is_no_record_by_itself(text, values_of):
    assert values_of(text, "student_record") == []


@pytest.mark.parametrize("text", [
    "Marguerite is staying with her grandpa since DCFS removed her from mom's apartment",
    "Thaddeus moved in with his uncle after the family was evicted in March",
    "Pilar lives with her aunt now, mom lost custody at the hearing",
])
def test_living_with_a_relative_after_a_removal_or_an_eviction_is_a_record(text, types_in):
    assert "student_record" in types_in(text)


# -- a form forwarded as a quote ---------------------------------------------------------------------------------
# A form pasted as a reply's quote ("> Student: ..." then "> Notes: ...") names its student in its field as the bare
# form does, so a record field lines below is that student's; a quoted form with no record field, or a field naming a
# staff member, is none.
@pytest.mark.parametrize("text", [
    "transfer packet, fyi:\n> Student: Odalys Ferreira\n> Grade: 4\n> Notes: 504 for anxiety, sees the counselor weekly",
    ">> Name: Casimir Obuya\n>> Room: 12\n>> Health: seizure plan on file with the nurse",
])
def test_a_quoted_forms_student_field_names_the_child_of_its_record_fields(text, types_in):
    assert "student_record" in types_in(text)


@pytest.mark.parametrize("text", [
    "transfer packet, fyi:\n> Student: Odalys Ferreira\n> Grade: 4\n> Notes: rides bus 17, loves art",
    "> Name: Priya Raman (new 504 coordinator)\n> Room: 12\n> Notes: 504 meeting calendar is in the drive",
])
def test_a_quoted_form_without_a_childs_record_field_is_no_record(text, values_of):
    assert values_of(text, "student_record") == []


# -- a status column of meal benefits ----------------------------------------------------------------------------
# A table's status column whose cells are meal-benefit statuses (two kinds at least, one a benefit: "Free", "Reduced",
# "Paid") holds each named row's eligibility, a record; a column of one status alone ("Free" for every row) may be a
# room's or a slot's availability, and statuses beside no name or ID identify no one.
@pytest.mark.parametrize("text", [
    "meal apps from the drop box\nname;status\nGideon Achterberg;Reduced\nMarisela Quon;Free\nTobiah Renfro;Paid",
    "| Kid | Meal status |\n|---|---|\n| Anouk Prevost | Free |\n| Caspian Oyelaran | Reduced |",
])
def test_a_status_column_of_meal_benefits_makes_each_named_row_a_record(text, types_in):
    assert "student_record" in types_in(text)


@pytest.mark.parametrize("text", [
    "Name,Status\nGideon Achterberg,Free\nMarisela Quon,Free",
    "Room,Status\n114,Free\n116,Reduced",
    "Teacher,Status\nMs. Achterberg,Free\nMr. Quon,Paid",
])
def test_a_status_column_of_one_status_or_no_child_is_no_record(text, values_of):
    assert values_of(text, "student_record") == []


# -- a meal-benefit decision with the status right after the verb ------------------------------------------------
# "she's approved reduced", "was certified free since August": the benefit decided for a child identified before (a
# pronoun after a student ID or a name) is a record; "approved free of charge" is a price, said of no child's status.
@pytest.mark.parametrize("text", [
    "Register keeps ringing up 30418826 at full pay. The office says he was certified reduced-price last week.",
    "Pilar Quon shows as paid in the POS, but she's approved free since August per the benefits letter",
])
def test_a_meal_benefit_decided_for_an_identified_child_is_a_record(text, types_in):
    assert "student_record" in types_in(text)


@pytest.mark.parametrize("text", [
    "The replacement oven for the cafeteria was approved free of charge by the vendor",
    "Pilar Quon's mileage claim was approved free of the usual paperwork",
])
def test_approved_free_of_something_is_no_meal_benefit(text, values_of):
    assert values_of(text, "student_record") == []


# -- a record word naming a system or a tool ---------------------------------------------------------------------
# "the truancy case system", "attendance text alerts", "the IEP bot": a record word that names the system or the tool
# a programme runs on says nothing of anyone named beside it (a parent signing up, a colleague's login); the same word
# said of a child is still the child's record.
@pytest.mark.parametrize("text", [
    "Signing Dolores Achebe up for the truancy text alerts, she's the grandmother and wants texts only",
    "Who has admin on the suspension database? Wendell Osei needs his password reset before Monday",
    "Octavia Brandt set up the IEP software for our building, ask her for a seat license",
])
def test_a_record_word_naming_a_system_is_no_record(text, values_of):
    assert values_of(text, "student_record") == []


@pytest.mark.parametrize("text", [
    "Dolores Achebe has a truancy referral pending with the attendance office",
    "Wendell Osei's suspension was entered in the database today, 3 days OSS",
])
def test_the_same_word_said_of_a_child_stays_a_record(text, types_in):
    assert "student_record" in types_in(text)


# -- a record word that labels a long number ---------------------------------------------------------------------
# "ABA 061000052" on a bank form is the routing number's label, not the therapy: a tentative record word right before
# a long number (nine digits or more) is that number's label. The therapy said of a child, or a header's colon before
# a student's number, is still a record.
@pytest.mark.parametrize("text", [
    "Reimbursement for the Okafor family's field trip deposit, mom sent: ABA 061000052 acct 48812399017",
])
def test_a_record_word_labelling_a_long_number_is_no_record(text, values_of):
    assert values_of(text, "student_record") == []


@pytest.mark.parametrize("text", [
    "Tobenna Okafor starts ABA at the clinic after school on Tuesdays",
    "Grade change: 30418826 - Biology S1 from 55 (F) to 62 (D) after the retake",
])
def test_the_therapy_or_a_grade_change_said_of_a_child_stays_a_record(text, types_in):
    assert "student_record" in types_in(text)


# -- a child no reader can name (records23) ------------------------------------------------------------------------
# "one of my 2nd graders", "a junior in my homeroom", "a new kid" point at any child of a class: nobody is identified
# (DESIGN.md: a name, a first name and initial, or an ID), and the blind review sets label such a record no record.
# "the new girl in 4th" and "that boy from my 6th period" still point at one child; a name beside them still names.
@pytest.mark.parametrize("text", [
    "two of my 3rd graders have head lice, can the nurse send the letter home?",
    "a junior in my homeroom told me she's pregnant, who do I loop in?",
    "One of my kinders had a seizure at recess, the nurse is with him now",
    "Thanks for walking a new kid down to the counselor this morning",
])
def test_a_child_pointed_at_among_a_class_is_no_record(text, values_of):
    assert values_of(text, "student_record") == []


@pytest.mark.parametrize("text", [
    "the new girl in 4th has a nut allergy, her EpiPen is in the office",
    "one of my 2nd graders, Ximena R., has a seizure plan on file with the nurse",
])
def test_a_child_pointed_at_by_one_description_or_a_name_stays_a_record(text, types_in):
    assert "student_record" in types_in(text)


# -- two streets at a corner ---------------------------------------------------------------------------------------
# "near Halsted & Division", "the corner of Kostner and Grand", "the stop at Ashland & 63rd": a pair of capitalised
# words after a corner's place words is two streets (names.find_name_lists, find_first_names), not two children.
@pytest.mark.parametrize("text", [
    "The shelter the family moved to is near Halsted & Division, closer to the annex for summer school",
    "Foster care office is the brick building on Kostner & Grand. Subpoenas go through Legal first.",
    "New bus stop for the IEP transport: SW corner of Lawrence and Kimball, by the laundromat",
])
def test_two_streets_at_a_corner_are_no_students(text, values_of):
    assert values_of(text, "student_record") == []


@pytest.mark.parametrize("text", [
    "Priya & Tomas both got ISS after the fight at lunch",
    "The counselor is meeting Priya and Tomas about the bullying referral",
])
def test_two_children_joined_by_and_stay_named(text, types_in):
    assert "student_record" in types_in(text)


# -- a blank form, a stand-in, a role in brackets ----------------------------------------------------------------
# A template's fields left to fill in ("Diagnosis: ____", "Accommodations: 1. ___", "Disability/impairment: [ ]"), a
# de-identified case study's stand-ins ("Learner C - 6th grade ...", a table whose student cells are single letters)
# and a colleague's job in brackets after a surname ("Okonjo (social worker)") name no one's record.
@pytest.mark.parametrize("text", [
    "IHP template for the nurses, copy it before you type:\nName: ________\nDiagnosis/condition: ________\n"
    "Medications: 1. ____ 2. ____\nEmergency steps: [ ]",
    "Case studies for Thursday's PD (names removed):\nLearner C - 6th grade, OHI, 9 office referrals, BIP pending.\n"
    "Learner D - 2nd grade, SLD math, 3 missing assignments.",
    "Anonymized for the data meeting:\n| Student | Absences | Referrals |\n|---|---|---|\n| X | 14 | 2 |\n| Y | 3 | 0 |",
    "Duty roster for the threat assessment team\nLead: Okonjo (social worker)\nBackup: Halvorsen (counselor)\n"
    "Admin: AP Whitcombe",
])
def test_a_template_a_stand_in_or_a_staff_role_is_no_record(text, values_of):
    assert values_of(text, "student_record") == []


@pytest.mark.parametrize("text", [
    "IHP for Dariela Montes:\nDiagnosis/condition: type 1 diabetes\nMedications: insulin before lunch",
    "| Student | Absences | Referrals |\n|---|---|---|\n| Jo Anne Pryce | 14 | 2 |\n| Lu Chen | 3 | 0 |",
    "Okonjo (the 7th grader, not the social worker) has 14 absences this quarter",
])
def test_the_same_fields_filled_in_for_a_student_stay_a_record(text, types_in):
    assert "student_record" in types_in(text)


# -- a contact line after a record word's colon, course names, a job as a subject -----------------------------------
# After "the 504 review:" or "for the IEP:" a line holding a street address is where someone is picked up or visited
# (a name, a street, a city), not a list of students; short course names on a schedule ("Chem, Geo, Alg II") and a
# school job opening a sentence ("Janitor said ...") are no first names.
@pytest.mark.parametrize("text", [
    "Cab for grandma to make the 504 review: pickup at 5120 N. Kenmore Ave, Evanston, 7:40 sharp",
    "Summer credit recovery runs Chem, Geo, Alg II and Eng 3, sign-ups close Friday",
    "Door code for the early IEP is on the sheet at the desk. Janitor said the side door sticks, use the main one",
])
def test_a_contact_line_a_course_or_a_job_is_no_student(text, values_of):
    assert values_of(text, "student_record") == []


@pytest.mark.parametrize("text", [
    "failing Chem and Geo this quarter: Dashawn Pruitt, Marisol Vega",
    "Credit recovery: Annika Stromberg, Theo Marchetti, both short on Eng 3",
])
def test_students_listed_beside_courses_stay_a_record(text, types_in):
    assert "student_record" in types_in(text)


# -- a note titled for one child, services owed --------------------------------------------------------------------
# A note whose title ends with a dash or opens a bracket before the child's name ("nurse call log \u2013 <name>.",
# "Field trip card (<name>)") is about that child through its later lines; hours of a related service and
# compensatory services said of a child are IEP services. A staff member's comp time is pay, not a record.
@pytest.mark.parametrize("text", [
    "nurse call log \u2013 Benedikt Sorensen. Came in twice before lunch, inhaler used both times, mom notified.",
    "Field trip card (Oriana Velasquez)\nContact: Ruth Velasquez (aunt)\nMedical: asthma \u2014 inhaler in the front pocket",
    "After the due process hearing, Thaddeus Kim is owed compensatory services, 12 hrs of OT by spring",
    "Marisol Vega gets 6 hours speech therapy as make-up speech sessions over the summer",
])
def test_a_note_titled_for_a_child_and_services_owed_are_records(text, types_in):
    assert "student_record" in types_in(text)


@pytest.mark.parametrize("text", [
    "Comp time for Dorothea Lindgren after the Saturday IEP meetings goes through payroll",
    "Field trip card (blank copy)\nContact: ____\nMedical: ____",
    "I spent 3 hours of speech prep for the board meeting, Dorothea Lindgren helped",
])
def test_staff_comp_time_and_blank_cards_are_no_records(text, values_of):
    assert values_of(text, "student_record") == []


# -- a place, a programme or a firm named in capitals -------------------------------------------------------------
# A capitalised pair after "the" ("the Rogers Park clinic", "the Illinois Tuition Waiver") or inside an organisation's
# title ("Bureau of Family Supports") names a place, a programme or a firm, not a student (names.find_person_names).
@pytest.mark.parametrize("text", [
    "Newcomer intake at the Rogers Park clinic moved to Thursday, bring the ESL referral forms",
    "Undocumented seniors can still file the Illinois Tuition Waiver, the counseling office has the link",
    "Medicaid questions go to the Bureau of Family Supports, not to the school nurse",
])
def test_a_place_or_a_programme_in_capitals_is_no_student(text, values_of):
    assert values_of(text, "student_record") == []


@pytest.mark.parametrize("text", [
    "Rosalind Ferrer has a 504 for migraines, the nurse keeps her meds",
    "the 504 for Rosalind Ferrer is in the Student Services drive",
    "Parent of Tobiah K. asked that the nurse call before giving the seizure rescue med",
    "Glucagon for Amadou Diallo: the pump alarms above 300, call mom first",
])
def test_a_student_named_beside_a_programme_stays_a_record(text, types_in):
    assert "student_record" in types_in(text)


# -- a tentative word said of a device, an app or a system's part --------------------------------------------------
# "kicked out of the typing app", "the failed rows in the export", "the SMS alert failed for <ID>": the word is said of
# the thing named with it, not of the student whose ID is beside it. Said of the student, it is still a record.
@pytest.mark.parametrize("text", [
    "Student 61830274 keeps getting kicked out of the typing app after lunch, is it the filter?",
    "Bus delay SMS alert failed for student 61830274, the number on file is bad",
    "Only 61830274 is in the failed rows of the roster export, the rest synced",
])
def test_a_word_said_of_a_device_or_a_system_is_no_record(text, values_of):
    assert values_of(text, "student_record") == []


@pytest.mark.parametrize("text", [
    "Student 61830274 got kicked out of class twice today for fighting",
    "61830274 failed algebra and needs the summer section",
])
def test_the_same_word_said_of_the_student_stays_a_record(text, types_in):
    assert "student_record" in types_in(text)


# -- the subject field of a trainer's, a coach's or an office's form ------------------------------------------------
# "Athlete: <name>", "Player: <name>", "Enrollee: <name>" and a title naming an office's paperwork for one child
# ("sports accident claim for <name>:", "EI transition - <name>") name the form's student: its later fields (a
# history, an injury, a diagnosis) are that student's record. A blank subject field names no one.
@pytest.mark.parametrize("text", [
    "Pre-season screening\nPlayer: Ignatius Mwangi   #14\nHx: a concussion last year, wears glasses",
    "Camp medical claim for Rosamund Achterberg:\nInjury: sprained wrist, splint for 3 weeks",
    "Preschool transition \u2013 Leopold Fairweather, turns 3 in May. Private eval found a speech delay.",
])
def test_a_forms_subject_field_names_its_student(text, types_in):
    assert "student_record" in types_in(text)


@pytest.mark.parametrize("text", [
    "Pre-season screening\nPlayer: ________   #__\nHx: ________",
    "Camp medical claim forms are in the AD's office, bring them Friday",
])
def test_a_blank_subject_field_names_no_one(text, values_of):
    assert values_of(text, "student_record") == []


# -- a billing or a screening export's columns -------------------------------------------------------------------
# A diagnosis or a procedure code column ("dx", "cpt"), a screening's result and an English-proficiency composite
# ("ACCESS_comp") beside a name column make each row a student's record (policy/data/tables.yaml); the same codes
# in a cheat sheet with no one named are no record.
@pytest.mark.parametrize("text", [
    "Medicaid batch\nline,student,cpt,dx\n1,Oksana Petrenko,92507,F80.1\n2,Bram Visser,97530,F82",
    "EL roster for the coaches\nlast,first,access_comp\nPetrenko,Oksana,2.4\nVisser,Bram,3.1",
])
def test_a_billing_or_proficiency_column_beside_names_is_a_record(text, types_in):
    assert "student_record" in types_in(text)


@pytest.mark.parametrize("text", [
    "Billing codes cheat sheet\nservice,cpt,dx\nspeech eval,92523,F80.9\nOT eval,97165,F82",
    "Screening volunteers\nname,day,room\nMs. Ortiz,Mon,112\nMr. Bell,Wed,114",
])
def test_codes_with_no_one_named_are_no_record(text, values_of):
    assert values_of(text, "student_record") == []


# -- an employee's injury and leave paperwork ---------------------------------------------------------------------
# Workers' comp, light or modified duty, return-to-work and fitness-for-duty are said only of staff: a health word
# beside them is a colleague's (the adult context of policy/data/student-records.yaml). A child's injury beside a
# gym class or a return-to-school note is still a record.
@pytest.mark.parametrize("text", [
    "Workers' comp paperwork for Rosalba Quintero (lunchroom) after she sprained her ankle on the wet floor",
    "Bernard Okoye is on modified duty after his shoulder surgery, no lifting until the return-to-work visit",
])
def test_an_employees_injury_paperwork_is_no_student_record(text, values_of):
    assert values_of(text, "student_record") == []


@pytest.mark.parametrize("text", [
    "Rosalba Quintero sprained her ankle at recess, no PE until the doctor clears her",
])
def test_a_childs_injury_stays_a_record(text, types_in):
    assert "student_record" in types_in(text)


# -- a reply set off from its quote ---------------------------------------------------------------------------------
# A mail client leaves a blank line between the quoted message and the reply, and a quote may end with its writer's
# signature: the reply's first paragraph answers the whole quoted block above it, so the student the quoted question
# names is the one its pronouns mean. A reply to a quote that names no student stays quiet.
@pytest.mark.parametrize("text", [
    "> Anyone know why Thaddeus was out Monday?\n\nYes. His mom says he is in the hospital with pneumonia, back next week.",
    "> How is Marisol settling in with the new para?\n> Mr. Oyelaran\n\nBetter. The ADHD eval came back and she is getting a 504.",
])
def test_a_reply_after_a_blank_line_answers_the_quoted_student(text, types_in):
    """(the helping role opening the reply with what it will do is the office on an errand: "Counseling will do
    it"; "Counselor will see him" is the child's service)"""
    assert "student_record" in types_in(text)


@pytest.mark.parametrize("text", [
    "> Anyone know where the spare chargers went?\n\nYes. Thaddeus has them in the library office.",
    "> Who is covering lunch duty Friday?\n\nMe. The ADHD training got moved so I am free.",
    "> Can someone stamp Ezra Lindqvist's transcript request?\n\nCounseling will do it after lunch.",
])
def test_a_reply_to_a_quote_naming_no_student_stays_quiet(text, values_of):
    assert values_of(text, "student_record") == []


@pytest.mark.parametrize("text", [
    "Ezra Lindqvist had a panic attack in 2nd period. Counselor will see him after lunch.",
])
def test_a_helping_role_that_will_see_the_child_is_the_childs_service(text, types_in):
    assert "student_record" in types_in(text)


def test_the_record_phrases_kept_spelled_are_what_the_data_file_spells(tmp_path):
    # the circumstances' pattern texts are kept between processes (circumstances._spelled_kept): the kept form is
    # what spelling the file's phrases gives, and an edited file is spelled again, never read stale
    from policy import yaml_loader
    from policy.detectors import circumstances

    copy = tmp_path / "student-records.yaml"
    copy.write_bytes(circumstances.DATA_FILE.read_bytes())
    spelled = circumstances._spelled(yaml_loader.safe_load(copy.read_text(encoding="utf-8")))
    assert circumstances._spelled_kept(copy) == spelled        # parsed and kept
    assert circumstances._spelled_kept(copy) == spelled        # read back
    copy.write_text("circumstances:\n  made_up:\n    - 'flunked the {subject} quiz'\nsets:\n  subject: [spelling]\n",
                    encoding="utf-8")
    edited = circumstances._spelled_kept(copy)
    assert edited != spelled
    assert "spelling" in edited.families[0][0]

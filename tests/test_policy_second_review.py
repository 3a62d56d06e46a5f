"""Questions written for the second held-out review's weaknesses (failed bulk-text, Exception and class-account
conditions; friend requests in other words and staff-to-staff social media; reporting in everyday words; Spanish
mixed into English; unacceptable uses said without their keywords), then a second round written after those fixes,
and everyday questions that must stay not_covered. None is copied from the development set or a held-out set;
each was run once before any fix that touches it (first-run figures in docs/policy.md).

Each row: (question, accepted verdicts, accepted citations), as in test_policy_generalisation.py.
"""
from __future__ import annotations

import pytest
from test_policy_paraphrases import A, C, N, P, Q, U, _check, _ids  # tests/ is on sys.path (not a package)

from handlers import ask
from policy.document import DEFAULT_POLICY, parse_policy, read_yaml

BULK_CONDITIONS = [
    ("We use SchoolMessenger to text the 8th graders. it's CIO approved but we never sent home the consent forms. fine?", {P}, {'mobile'}),
    ('the district-approved alert texting tool: parents said yes at open house, nothing signed. can we turn it on for our juniors?', {P}, {'mobile'}),
    ("Our bulk text platform was vetted by IT, but families can't opt in to receive the alerts their kids get. problem?", {P}, {'mobile'}),
    ("Mass-text service for sophomores hasn't had its security review yet. can we start it monday?", {P}, {'mobile'}),
    ("we're using a bulk SMS tool for the 11th grade; we assume families are fine since nobody opted out. okay?", {P}, {'mobile'}),
    ("can my school use a text notification system to send snow day alerts to students' phones?", {C}, {'mobile'}),
    ('The alert system texts the athletes the full schedule but parents only get a condensed version. ok?', {P}, {'mobile'}),
    ('Parents were told about the notification app over the phone, not in writing. The CIO approved it. can we launch?', {P}, {'mobile'}),
    ('Our bulk text system is CIO-reviewed, parents signed permission, and parents get the same alerts. we good?', {C, A}, {'mobile'}),
    ('we collected the bulk-text permission forms after we already started texting the kids. is that ok?', {P}, {'exception', 'mobile'}),
]

EXCEPTION_CONDITIONS = [
    ('we had parents sign a google form (not the cps one) so I can group text my 10th grade debate team. ok?', {P}, {'exception', 'mobile'}),
    ('Can I group text my 12th grade seniors the club meeting agenda with parents on it? forms are signed', {P}, {'exception', 'mobile'}),
    ('Parents turned in the CPS texting form after the season had already started. can I keep texting the varsity group?', {P}, {'exception', 'mobile'}),
    ("We're using the school's own permission slip for texting our 9th grade field trip group, parents cc'd. fine?", {P}, {'exception', 'mobile'}),
    ('For the 11th grade overnight trip I want a group text with students and parents for safety; CPS form signed by parents and principal beforehand. ok?', {C, A}, {'exception'}),
    ('can I text my 7th graders on the bus for safety during the field trip? parents on the thread', {P}, {'exception', 'mobile'}),
    ('I want to text one of my juniors individually about where to meet for the away game', {P}, {'exception', 'mobile'}),
    ('group text with my 10th graders and their parents about the essay due date, forms signed. ok?', {P}, {'exception', 'mobile'}),
    ("Coach here: parents said verbally it's ok to text the JV girls about bus times. good enough?", {P}, {'exception', 'mobile'}),
]

CLASS_ACCOUNT_CONDITIONS = [
    ("Our robotics team's Instagram got written principal approval in 2022 and it's never been renewed. can we keep using it?", {P}, {'social'}),
    ('a student manages our class TikTok by herself and no teacher has the password. ok?', {P}, {'social'}),
    ("the principal never sent parents the annual notice about our team's Facebook page. can we keep posting?", {P}, {'social'}),
    ('Can our choir have an Instagram account for concert updates?', {C}, {'social'}),
    ("principal said out loud it's fine to start a class instagram. good to go?", {P}, {'social'}),
    ('our library wants its own Facebook page for events, what do we need?', {C}, {'social'}),
    ("The booster club parents run our team's Twitter account on their own, no coaches have access. is that allowed?", {P}, {'social'}),
    ('My principal approved our class Twitter in writing this year. Anything else we need?', {C}, {'social'}),
    ("our basketball team's instagram approval expired last spring. can we post the schedule?", {P}, {'social'}),
    ("does the science department's Facebook page need anything special?", {C}, {'social'}),
]

# friend requests in other words; colleagues, former students and open groups on personal accounts
SOCIAL_CONNECTIONS = [
    ('can I accept a follow request from one of my 4th graders on tiktok?', {P}, {'social'}),
    ('a parent in my class sent me a LinkedIn invite. accept?', {P}, {'social'}),
    ('is it ok to add my 11th grade students on snapchat?', {P}, {'social'}),
    ('my grade level team and I all follow each other on Instagram. any rule against that?', {N}, set()),
    ('can I connect with my principal on LinkedIn?', {N}, set()),
    ('I want to friend a student I had 10 years ago who is now an adult and graduated. any issue?', {N}, set()),
    ('can I follow my team on instagram?', {Q}, {'social'}),
    ('a kid from my 2nd period sent me a friend request on Facebook, can I accept it?', {P}, {'social'}),
    ('can I message a coworker on facebook messenger about weekend plans?', {N}, set()),
    ('I post class updates and student photos on my personal instagram. is that ok?', {P}, {16, 'social'}),
]

REPORTING = [
    ('i just got a text claiming to be from our principal asking me to buy Apple gift cards. who do I tell?', {A}, {'report'}),
    ("there's a password written on a post-it stuck to the library computer. who should I notify?", {A}, {'report'}),
    ("what's the procedure for reporting a stolen chromebook?", {A}, {'report'}),
    ('my cps account got compromised and is sending weird emails rn', {A}, {'report'}),
    ('I think a student got into my email somehow. what should I do?', {A}, {'report'}),
    ('where do I report that a colleague is misusing the district network?', {A}, {'report'}),
    ('heads up, my district laptop was hacked this morning', {A}, {'report'}),
    ('how do I report a phishing email?', {A}, {'report'}),
    ("who do i call if a parent's data may have been leaked?", {A}, {'report'}),
    ('a sub left his login info taped to the desk. who do I tell?', {A}, {'report'}),
]

# Spanish words mixed into a question: read through the vocabulary's typo table
SPANISH_MIX = [
    ('puedo mandar un text a mis estudiantes de 3er grado?', {P}, {'exception', 'mobile'}),
    ('puedo agregar a un estudiante de 10mo grado en instagram?', {P}, {'social'}),
    ('a quien llamo para reportar un laptop robado?', {A}, {'report'}),
    ('puedo mandarle un text a un estudiante de 6to grado sobre la tarea?', {P}, {'exception', 'mobile'}),
    ('puedo mandar email a mis estudiantes a su cps email?', {A}, {'mobile'}),
    ('quiero hacer una rifa con los padres de mis estudiantes por email. se puede?', {P}, {21}),
    ('¿Puedo pedir vacaciones en marzo?', {N}, set()),
    ('puedo compartir las calificaciones de un estudiante en facebook?', {P}, {16, 'social'}),
    ('puedo mandar text a mis colegas sobre la reunión?', {U}, {'staff'}),
    ('puedo llamar al celular de un estudiante de 8vo grado?', {P}, {'mobile'}),
]

ITEMS_IN_OTHER_WORDS = [
    ("a dad asked me to bump his son's C to a B in aspen before the report cards go out. can I?", {P}, {27}),
    ("Can I change a student's attendance from absent to present without checking with the teacher?", {P}, {27}),
    ('a vendor wants me to email them what the competing companies bid on the copier contract. ok?', {P}, {15}),
    ("can I send the school's emergency evacuation plan to my brother-in-law who runs a podcast?", {P}, {15}),
    ('my co-teacher keeps editing our shared google classroom; can I reset the password so only I can log in?', {P}, {12}),
    ('I teach piano lessons on the side. can I send a flyer to all the parents through my school email?', {P}, {24}),
    ('one of my 11th graders invited me to a basketball game with her, just the two of us. ok?', {C}, {29}),  # nothing said about authorization: the condition is named
    ('could I use the copy room code of the dean (he told it to me) for my personal printing?', {P}, {9}),
    ('is it ok to browse steamy pictures on my school computer after hours?', {P}, {34, 4}),
    ('can I send my class a joke program that makes their cursors go crazy?', {P}, {30}),
    ("The Board's travel policy bans personal trips on district money; can I use the district email to book a vacation?", {P}, {37}),
    ('can I use an AI tool to write my weekly newsletter to staff? no student names in it', {N, C}, set()),
    ('can the kids play roblox on school ipads during lunch? not for any lesson', {P}, {20}),
    ('can I post a video of the cafeteria food fight where you can see the students in the faculty group chat?', {P}, {16}),
]

# written after the fixes above, in other voices: the second first-run measurement
SECOND_ROUND = [
    ('our text alert vendor got the CIO sign-off, but we only emailed parents a heads-up and never got anything signed. can we text the freshmen?', {P}, {'mobile'}),
    ('is it fine that parents get a shorter text than the students from our bulk messaging system?', {P}, {'mobile'}),
    ('Principal signed, parents signed, but it was on a homemade form rather than the CPS one. can I group text my 11th grade science olympiad kids?', {P}, {'exception', 'mobile'}),
    ('can I group text the 12th grade prom committee about the dress code? parents are on it and forms are signed', {P}, {'exception', 'mobile'}),
    ('the class Facebook page approval from two years ago was never redone. still ok to post field trip photos?', {P}, {'social'}),
    ("a senior runs our team's instagram alone and no coach has the login, is that allowed?", {P}, {'social'}),
    ('can our chess club have a facebook page?', {C}, {'social'}),
    ("our counseling office wants a school instagram for college deadlines. what's required?", {C}, {'social'}),
    ('can I accept a snapchat friend request from a 9th grader?', {P}, {'social'}),
    ('is it ok to add coworkers on facebook?', {N}, set()),
    ('can I follow the other 3rd grade teachers on tiktok?', {N}, set()),
    ('can I add my mentees on linkedin?', {Q}, {'social'}),
    ('a former player of mine who graduated years ago wants to connect on facebook. ok?', {N}, set()),
    ("can I message a student's mom on facebook messenger from my personal account?", {P}, {'social'}),
    ('someone texted me pretending to be the superintendent and wants iTunes cards. who do I send this to?', {A}, {'report'}),
    ("what's the process to report a lost district phone?", {A}, {'report'}),
    ('my gmail linked to school got hacked and is emailing everybody', {A}, {'report'}),
    ('found the wifi admin password written on the whiteboard in the tech closet. who do i tell?', {A}, {'report'}),
    ('puedo mandar un text a un estudiante de 4to grado?', {P}, {'exception', 'mobile'}),
    ('puedo mandar un email a mis estudiantes de 9no grado a su cps email?', {A}, {'mobile'}),
    ("can I tell the entire staff in an email that the new para is the laziest person I've ever worked with?", {P}, {1}),
    ("can I change a kid's D to a C so he stays eligible for basketball?", {P}, {27}),
    ('can I forward the draft school safety plan to a friend who writes for the local paper?', {P}, {15}),
    ("can I use the AP's photocopier pin since mine ran out?", {P}, {9}),
    ('I sell skincare on the side. can I email the staff about it?', {P}, {24}),
    ('can I take a student to a movie on saturday, just the two of us? nobody knows', {P}, {29}),
    ('can I use an AI chatbot to plan my lessons? no student information involved', {N}, set()),
    ("can the class play video games during indoor recess if it's not for any lesson?", {P}, {20}),
    ('how do I set up my voicemail greeting?', {N}, set()),
    ('can I take a personal day the friday before spring break?', {N}, set()),
    ('can I wear a team jersey on game day?', {N}, set()),
    ('is it ok to get a parent a thank you card?', {N}, set()),
    ('can I leave my laptop charger at school overnight?', {N}, set()),
    ("who do I tell that I'll be late tomorrow?", {N}, set()),
]

# leave, parking, dress code, gifts, equipment: the policy does not address them
EVERYDAY_NOT_COVERED = [
    ('how many personal days do I get this year?', {N}, set()),
    ("can I park in the visitor spot if I'm running late?", {N}, set()),
    ('is there a dress code for teachers on fridays?', {N}, set()),
    ('can I accept a gift card from a parent at the holidays?', {N}, set()),
    ('where do I pick up a new projector bulb?', {N}, set()),
    ('can I take a long lunch on my birthday?', {N}, set()),
    ('is jeans day still on for friday?', {N}, set()),
    ('how do I request maternity leave?', {N}, set()),
    ('can I bring my dog to school for a day?', {N}, set()),
    ('who approves field trip buses?', {N}, set()),
    ('can I wear sneakers with my suit?', {N}, set()),
    ("can I leave early for a doctor's appointment?", {N}, set()),
    ('can a parent volunteer help in my classroom?', {N}, set()),
    ('can I keep the old classroom printer when we get new ones?', {N}, set()),
    ('do I need to sign in at the front desk when I arrive?', {N}, set()),
    ('can I swap my lunch duty with a colleague?', {N}, set()),
    ('what is the sick leave policy for subs?', {N}, set()),
    ('can I order new chairs for my room?', {N}, set()),
    ('is it ok to eat lunch in my classroom?', {N}, set()),
    ('can I decorate my door for halloween?', {N}, set()),
    ('can I leave my car in the school lot over spring break?', {N}, set()),
    ('what time does the building open on saturdays?', {N}, set()),
    ('can I get reimbursed for classroom supplies I bought?', {N}, set()),
    ('is it ok to wear a hat in the building?', {N}, set()),
    ('can I accept flowers from a student on teacher appreciation day?', {N}, set()),
    ('can I borrow a district projector for a weekend church event?', {N}, set()),
    ('how do I update my direct deposit?', {N}, set()),
    ('can I take home a school laptop over the summer?', {N}, set()),
    ('do I need to clock in when I arrive?', {N}, set()),
    ("can I use my sick days for my child's doctor visit?", {N}, set()),
    ('can I bring my own coffee maker to my classroom?', {N}, set()),
    ('who do I ask about getting a parking permit?', {N}, set()),
    ('can I swap rooms with another teacher?', {N}, set()),
    ('can I attend a conference during the school week?', {N}, set()),
    ('is there a limit on how many copies I can make?', {N}, set()),
    ('can I request a new desk chair?', {N}, set()),
    ('can a student teacher use the staff bathroom?', {N}, set()),
    ('can I put up a poster about the book fair?', {N}, set()),
    ('can teachers wear shorts in the summer program?', {N}, set()),
    ('can I have a potluck in the staff lounge?', {N}, set()),
    ("what's the procedure for requesting a substitute?", {N}, set()),
    ('can I work from home on a snow day?', {N}, set()),
    ('can I take my class outside for a walk?', {N}, set()),
    ('can I give my students candy as a reward?', {N}, set()),
    ('how do I get my name plate changed after I got married?', {N}, set()),
    ('can I have a plant in my classroom?', {N}, set()),
    ('do I need permission to move furniture in my room?', {N}, set()),
    ('can I store my bike in the classroom?', {N}, set()),
    ('is it ok to listen to music with headphones during my prep?', {N}, set()),
    ('can I wear a costume on halloween?', {N}, set()),
]


# one question per unacceptable use, in words none of the item's cues were written for (a first-run probe of
# the item cues; first run, before the fixes: 31/37 and 32/37 right verdicts)
ALL_ITEMS_FRESH = [
    ("can I send the new para an email telling her she's the worst hire we've ever had?", {P}, {1}),
    ("is it ok to forward a cartoon that makes fun of people's accents to the staff list?", {P}, {2}),
    ("can I scan the entire teacher's edition and put it on the drive for all the grade level teachers?", {P}, {3}),
    ("can I keep some adult magazines' websites bookmarked on my work laptop?", {P}, {4}),
    ("could I use the school's cameras to find out which car my ex drives now?", {P}, {5, 28}),
    ('a parent sent a file the antivirus flagged, can I forward it to the nurse anyway?', {P}, {6}),
    ('can I blast an email about my lost cat to every school in the network?', {P}, {7}),
    ('is it ok to send a petition for my alderman candidate to the staff listserv?', {P}, {22}),
    ('my co-teacher is out, can I log into her email to find the lesson plan?', {P}, {9}),
    ('can I write an email to a parent and make it look like the principal sent it?', {P}, {10}),
    ('can I mine bitcoin on the library computers overnight?', {P}, {11}),
    ("can I revoke my para's access to our shared drive since we had an argument?", {P}, {12}),
    ('can I get the tech coordinator to give me admin rights so I can install stuff?', {P}, {13}),
    ('can I query the student database directly instead of going through the dashboard?', {P}, {14}),
    ('can I give a reporter the draft budget before the board meeting?', {P}, {15}),
    ("can I post my students' test scores with their names on the hallway bulletin board?", {P}, {16}),
    ('can I tell the other parents at pickup that a kid in my class has an IEP for behavior?', {P}, {17}),
    ('can I give the staff email list to my cousin who sells insurance?', {P}, {18}),
    ('is it ok to email my staff a video about why they should vote for a particular mayor?', {P}, {22}),
    ('can I let my class play fortnite on friday afternoons as a reward?', {P}, {20}),
    ("can I sell raffle tickets to parents for my kid's baseball team using my school email?", {P}, {21}),
    ("can I run a march madness bracket pool with a $5 buy-in in the teachers' lounge chat?", {P}, {19}),
    ("can I email the staff about joining the union's strike vote rally?", {P}, {23}),
    ('can I sell my homemade candles to coworkers through district email?', {P}, {24}),
    ('can I share the copier codes with my student teacher?', {P}, {25}),
    ('can I email the class list with home addresses to the bus company from my gmail?', {P}, {15, 16, 26}),
    ('the principal wants me to mark the kids present on the days I forgot to take attendance. ok?', {P}, {27}),
    ("can I look up where my new neighbor's kid goes to school in aspen?", {P}, {28}),
    ('can I invite a student to my house for dinner with my family?', {C}, {29}),
    ('can I install a free screen recorder from a random site on my school laptop?', {P}, {30}),
    ('can I use my school email to sign up for Netflix?', {P}, {31}),
    ('can I play a fake fire alarm sound during class as a joke?', {P}, {32}),
    ('can I try to crack the wifi password at school to test it?', {P}, {33}),
    ('can I send a flirty message to a coworker on the school chat?', {P}, {34}),
    ('can I download a game emulator onto my district laptop?', {P}, {35}),
    ("can I email a student's IEP to my personal gmail to work on it at home?", {P}, {36}),
    ("can I ignore the board's residency policy since no one checks?", {P}, {37}),
    ("can I reply-all and tell the parent she's a terrible mother?", {P}, {1}),
    ("is a joke about a coworker's religion in the staff chat ok if it's funny?", {P}, {1, 2}),
    ("can I make photocopies of a whole workbook so I don't need to order more?", {P}, {3}),
    ('is viewing explicit videos on the school wifi during my break ok?', {P}, {4}),
    ('can I encourage students to jump a kid after school?', {P}, {5}),
    ('can I share a usb stick that I know has a trojan on it?', {P}, {6}),
    ('can I send chain letters to all the teachers in the district?', {P}, {7}),
    ('can I hand out flyers for a city council candidate in the staff mailboxes using the district email?', {P}, {22}),
    ("I know my neighbor teacher's password, can I check her grades for her?", {P}, {9}),
    ("can I send a message signed with the principal's name without asking her?", {P}, {10}),
    ('can I stream movies all day on the school network so the kids can watch?', {P}, {11}),
    ("can I kick the sub out of our google classroom so she can't see the grades?", {P}, {12}),
    ('can I use the admin account the tech guy left logged in to change my settings?', {P}, {13}),
    ('can I ssh into the school server to fix a bug myself?', {P}, {14}),
    ('can I send the confidential personnel memo to a friend at another school?', {P}, {15}),
    ("can I email a list of my students' birthdays and addresses to a party company?", {P}, {16}),
    ("can I tell the PTA president about a student's diagnosis?", {P}, {17}),
    ('can I give the parent email list to a local pizza place for coupons?', {P}, {18}),
    ('can I send an email to my class urging them to support a ballot measure?', {P}, {22}),
    ('can my students play games on their chromebooks during free time?', {P}, {20}),
    ('can I collect money for my personal vacation fund through my class page?', {P}, {21}),
    ('can I set up a football betting pool on the staff email?', {P}, {19}),
    ('can I email staff to recruit them for the union organizing meeting?', {P}, {23}),
    ('can I promote my real estate business in my email signature at school?', {P}, {24}),
    ('can I email my password to my teaching assistant so she can grade?', {P}, {25}),
    ('can I text a list of student phone numbers to a volunteer from my personal phone?', {P}, {16, 26}),
    ('can I delete a few tardies from the system before the audit?', {P}, {27}),
    ("can I use aspen to find my daughter's boyfriend's address?", {P}, {28}),
    ('can I drive a student to her job after school?', {C}, {29}),
    ('can I use an unapproved quiz website with my students?', {P}, {30}),
    ('can I let my husband use my district adobe license for his business?', {P}, {31}),
    ('can I airdrop a meme to every ipad in the room during the test?', {P}, {32}),
    ("can I try hacking the school's firewall to see if it's secure?", {P}, {33}),
    ('can I send a sexy photo to another teacher via school email?', {P}, {34}),
    ('can I download a torrent app on my work laptop?', {P}, {35}),
    ('can I move student records to my personal dropbox?', {P}, {15, 26, 36}),
    ('another board policy says no political ads, but can I email one anyway?', {P}, {37}),
]


# a third round, written after the second round's fixes
THIRD_ROUND = [
    ('our ParentSquare texts to students were approved by IT but parents never opted in in writing. can we keep sending?', {P}, {'mobile'}),
    ("the bulk text app we use doesn't let parents get copies of what the kids get. is that allowed?", {P}, {'mobile'}),
    ('is it ok for the school to text students through a bulk alert system?', {C}, {'mobile'}),
    ('We asked parents for permission by text message instead of the CPS form to group text our 10th grade travel team. ok?', {P}, {'exception', 'mobile'}),
    ('can I group text my 11th grade volunteers about the bake sale? parents on the thread and forms signed', {P}, {21}),
    ('the permission forms for the 12th grade retreat texts came in on day two of the retreat. can I keep texting the group?', {P}, {'exception', 'mobile'}),
    ("the principal's approval for our class instagram was for last school year and we haven't renewed it. still fine?", {P}, {'social'}),
    ('our PE class youtube channel is run entirely by a parent volunteer, no staff access. allowed?', {P}, {'social'}),
    ('can our drama club get a tiktok account?', {C}, {'social'}),
    ('the athletic department wants a facebook page for game results. allowed?', {C}, {'social'}),
    ('a 6th grader sent me a follow request on instagram. ok to accept?', {P}, {'social'}),
    ("can I connect with my students' parents on facebook?", {P}, {'social'}),
    ('is it a problem to be facebook friends with my co-teacher?', {N}, set()),
    ('can I accept a linkedin request from a teacher at another school?', {N}, set()),
    ('can I friend my crew on facebook?', {Q}, {'social'}),
    ("a weird email says it's from HR and asks for my login. who do I forward this to?", {A}, {'report'}),
    ('someone is logging into my cps account from another state. what do I do?', {A}, {'report'}),
    ('the office printer has the admin password taped to it. who should I tell?', {A}, {'report'}),
    ("what's the procedure if my school laptop gets stolen from my car?", {A}, {'report'}),
    ('puedo mandar un text a mis estudiantes de 2do grado sobre la tarea?', {P}, {'exception', 'mobile'}),
    ('puedo agregar a mis estudiantes en snapchat?', {P}, {'social'}),
    ('can I post on the staff chat that the new sub is the dumbest person in the building?', {P}, {1}),
    ("can I switch a student's grade from an F to a C because his mom keeps calling?", {P}, {27}),
    ("can I email the other vendors' price quotes to my friend who sells the same stuff?", {P}, {15}),
    ("can I use my department chair's printer code since mine doesn't work?", {P}, {9}),
    ('I do nails on the side. can I advertise to the staff through my work email?', {P}, {24}),
    ('can I bring one of my 8th graders to a concert, just me and her, and not tell her parents?', {P}, {29}),
    ('can I use an AI tool to help draft an email to staff about the schedule? no personal info in it', {N}, set()),
    ("can the students play online games during study hall if it's not part of the lesson?", {P}, {20}),
    ('can I get a new whiteboard for my room?', {N}, set()),
    ('is it ok to wear jeans on friday?', {N}, set()),
    ('can I take a half day next wednesday?', {N}, set()),
    ('who do I tell that I need a new badge photo?', {N}, set()),
    ("can I accept a holiday gift from a student's family?", {N}, set()),
]


# a fourth round, written after the third round's fixes
FOURTH_ROUND = [
    ('our alert texting service has IT approval but we just put a notice in the newsletter instead of getting signed forms. is that enough to text the juniors?', {P}, {'mobile'}),
    ('the notification system sends students detailed texts but parents who signed up get a generic version. compliant?', {P}, {'mobile'}),
    ("we're texting our 9th grade cross country group with parents on it, but the forms we used were the athletic department's own, not the CPS one. ok?", {P}, {'exception', 'mobile'}),
    ('can I group text my 10th grade homeroom the picture day schedule? parents are on it and forms signed', {P}, {'exception', 'mobile'}),
    ("our team's twitter was approved in writing back in 2021 and no one ever re-approved it. fine to post?", {P}, {'social'}),
    ('a junior handles all the posting on our club instagram and no adult can log in. ok?', {P}, {'social'}),
    ('can the debate team have its own instagram?', {C}, {'social'}),
    ("a student's grandma sent me a facebook friend request. accept?", {P}, {'social'}),
    ('got a suspicious text saying my paycheck is on hold unless I click a link. where do I report it?', {A}, {'report'}),
    ("I think someone used my login to change grades. what's the process?", {A}, {'report'}),
    ('puedo mandar un text a un estudiante de 7mo grado?', {P}, {'exception', 'mobile'}),
    ('can I email the staff that the librarian is the most useless employee we have?', {P}, {1}),
    ("can I raise a student's grade from a D to a B so he can play in the tournament?", {P}, {27}),
    ("can I use the nurse's copier code to print my wedding invites?", {P}, {13, 25, 9}),
    ('I make jewelry on the side. can I post about it in the staff google chat?', {P}, {24}),
    ("can I meet one of my 10th graders at the mall on sunday, just us? her parents don't know", {P}, {29}),
    ('can I use ChatGPT to write a letter to parents about the field trip? no student info in it', {N}, set()),
    ('can I get extra bulletin board paper?', {N}, set()),
]


# a fifth round, written after the fourth round's fixes
FIFTH_ROUND = [
    ("ms. k here - our school messenger alerts go to kids' phones; IT okayed it, but permission was just a checkbox on the online registration, no signature. ok?", {P}, {'mobile'}),
    ('the text alert tool sends kids reminders but only lets parents get the emergency ones. is that a problem?', {P}, {'mobile'}),
    ('do we need anything before starting a bulk text system for our high schoolers?', {C}, {'mobile'}),
    ("is a parent's email saying 'fine by me' enough to add her 10th grader to my team group text?", {P}, {'exception', 'mobile'}),
    ("I'll get the cps forms signed next week, can I start the 11th grade group text now with parents in it?", {P}, {'exception', 'mobile'}),
    ('can I text my 9th grade advisory group a reminder about the PSAT? parents are on it, forms done', {P}, {'exception', 'mobile'}),
    ("our yearbook instagram hasn't had principal approval since the old principal left two years ago. keep going?", {P}, {'social'}),
    ('the class Facebook page is managed by an outside photographer we hired, no staff log in. ok?', {P}, {'social'}),
    ('what do we need to start a club youtube channel?', {C}, {'social'}),
    ("can I friend request my 5th graders' parents on facebook?", {P}, {'social'}),
    ('any problem with being friends with colleagues on snapchat?', {N}, set()),
    ('can I add my volunteers on instagram?', {Q}, {'social'}),
    ('I clicked a link in a fake password reset email. who do I contact?', {A}, {'report'}),
    ('our shared drive just got encrypted by ransomware, what now?', {A}, {'report'}),
    ('puedo mandar un mensaje de text a un estudiante de 1er grado?', {P}, {'exception', 'mobile'}),
    ('can I call the new counselor an incompetent fool in an email to my team?', {P}, {1}),
    ('can I modify a failing grade in aspen to passing for a student whose parent is my friend?', {P}, {27, 28}),
    ('I run a cupcake business on the side. can I email the parents a menu?', {P}, {24}),
    ('can I take one of my 3rd graders to the zoo this weekend without telling anyone?', {P}, {29}),
    ('can I ask ChatGPT to rewrite my email to the principal? nothing confidential in it', {N}, set()),
]


# a sixth round across the channel lines, records and items nobody targeted this review (a regression probe)
SIXTH_ROUND = [
    ('can I send my 4th graders a reminder through their cps email accounts?', {A}, {'mobile'}),
    ("is it ok to ring a 7th grader's cell to check why she was absent?", {P}, {'mobile'}),
    ('can I email a sophomore from my yahoo account?', {P}, {'mobile'}),
    ('can our department use a whatsapp group for planning?', {U}, {'staff'}),
    ("is calling my co-teacher's cell about tomorrow's lesson fine?", {A}, {'note', 'staff'}),
    ('can I email the assistant principal from my cps account?', {A}, {'staff'}),
    ('can I turn on disappearing messages on my work phone chats with parents?', {P}, {'note'}),
    ('do I have to keep texts I sent to families from my personal phone?', {C}, {'note'}),
    ('can I text my group about tomorrow?', {Q}, {'exception', 'mobile', 'staff'}),
    ('can I WhatsApp my crew?', {Q}, {'exception', 'mobile', 'staff'}),
    ('can I call a parent from my cell phone?', {N}, set()),
    ("can I text my principal's husband about the surprise party?", {N}, set()),
    ("can I post my students' artwork with their names on my personal facebook?", {P}, {16, 'social'}),
    ('can I dm a student on instagram to remind her about practice?', {P}, {'social'}),
    ('can our school set up an official instagram?', {C}, {'social'}),
    ('whats the it help desk number to report a lost badge?', {A}, {'report'}),
    ('can I run a super bowl squares pool for staff over school email?', {P}, {19}),
    ('can I send a campaign flyer for my friend running for alderman to the parents list?', {P}, {18, 22}),
    ('can I sell girl scout cookies for my daughter to coworkers over google chat?', {P}, {21}),
    ('can I use my personal laptop at school?', {N}, set()),
]


@pytest.mark.parametrize("question,verdicts,cites", BULK_CONDITIONS, ids=_ids)
def test_a_bulk_text_system_missing_a_condition_is_prohibited(question, verdicts, cites):
    _check(question, verdicts, cites)


@pytest.mark.parametrize("question,verdicts,cites", EXCEPTION_CONDITIONS, ids=_ids)
def test_a_group_text_outside_the_exception_is_prohibited(question, verdicts, cites):
    _check(question, verdicts, cites)


@pytest.mark.parametrize("question,verdicts,cites", CLASS_ACCOUNT_CONDITIONS, ids=_ids)
def test_a_class_account_missing_a_condition_is_prohibited(question, verdicts, cites):
    _check(question, verdicts, cites)


@pytest.mark.parametrize("question,verdicts,cites", SOCIAL_CONNECTIONS, ids=_ids)
def test_friending_students_is_prohibited_and_colleagues_not_covered(question, verdicts, cites):
    _check(question, verdicts, cites)


@pytest.mark.parametrize("question,verdicts,cites", REPORTING, ids=_ids)
def test_reporting_in_everyday_words_gets_the_procedure(question, verdicts, cites):
    _check(question, verdicts, cites)


@pytest.mark.parametrize("question,verdicts,cites", SPANISH_MIX, ids=_ids)
def test_spanish_words_in_a_question_are_read(question, verdicts, cites):
    _check(question, verdicts, cites)


@pytest.mark.parametrize("question,verdicts,cites", ITEMS_IN_OTHER_WORDS, ids=_ids)
def test_unacceptable_uses_in_other_words_are_found(question, verdicts, cites):
    _check(question, verdicts, cites)


@pytest.mark.parametrize("question,verdicts,cites", ALL_ITEMS_FRESH, ids=_ids)
def test_each_unacceptable_use_is_found_in_fresh_words(question, verdicts, cites):
    _check(question, verdicts, cites)


@pytest.mark.parametrize("question,verdicts,cites", SECOND_ROUND, ids=_ids)
def test_second_round_questions_get_the_policy_verdict(question, verdicts, cites):
    _check(question, verdicts, cites)


@pytest.mark.parametrize("question,verdicts,cites", THIRD_ROUND + FOURTH_ROUND + FIFTH_ROUND + SIXTH_ROUND, ids=_ids)
def test_third_round_questions_get_the_policy_verdict(question, verdicts, cites):
    _check(question, verdicts, cites)


@pytest.mark.parametrize("question,verdicts,cites", EVERYDAY_NOT_COVERED, ids=_ids)
def test_everyday_questions_stay_not_covered(question, verdicts, cites):
    _check(question, verdicts, cites)


def test_a_question_mostly_in_another_language_with_nothing_readable_asks_for_english():
    reply = ask.answer("¿Puedo pedir vacaciones en marzo?")
    assert reply.verdict == "not_covered"
    assert "English" in reply.answer


def test_content_the_asker_rules_out_is_not_read_as_an_unacceptable_use():
    assert ask.answer("can I share a spreadsheet of student names with the PTA?").verdict == "prohibited"
    reply = ask.answer("can I share a spreadsheet with the PTA? no student names in it, just totals")
    assert reply.verdict == "not_covered"
    assert 16 not in ask.explain("can I share a spreadsheet with the PTA? no student names in it, just totals")["items"]


def test_draft_as_a_verb_is_not_a_leaked_draft():
    assert 15 not in ask.explain("can I use ChatGPT to draft parent emails?")["items"]
    assert 15 in ask.explain("can I send the draft budget to a reporter?")["items"]


def test_a_rule_can_require_that_no_act_is_present():
    raw = read_yaml(DEFAULT_POLICY)
    policy = parse_policy(DEFAULT_POLICY, raw)
    rule = next(r for r in policy.rules if r.id == "personal_social_colleagues")
    assert rule.when["acts_none"] == frozenset({"post", "business"})
    # chatting with colleagues on a personal account: not addressed; posting school business there: prohibited
    assert ask.answer("can I chat with my coworkers on instagram?").verdict == "not_covered"
    assert ask.answer("can I post school announcements for my coworkers on my personal facebook?").verdict == "prohibited"

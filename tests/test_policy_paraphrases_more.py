"""A second table of staff questions, written as a held-out check after the first table passed: the same rules
(a miss is fixed in the vocabulary or the rules), more voices: coaches, counselors, office staff, slang."""
from __future__ import annotations

import pytest

from handlers import ask

A, C, P, U, Q, N = "allowed", "conditional", "prohibited", "under_review", "clarify", "not_covered"
SECTIONS = {
    "mobile": "Staff to Student Mobile Device Communications",
    "exception": "Exception to Policy",
    "social": "Staff to Student Social Media Communications",
    "staff": "Staff to Staff Mobile Device Communication",
    "note": "Special Note",
    "report": "Report Improper Conduct",
}


def _cited(reply) -> set:
    return {q.item if q.item is not None else next(k for k, v in SECTIONS.items() if v == q.section)
            for q in reply.citations}

CASES = [
    ("Is it against the rules to send my 9th graders a group text with their parents about the bus leaving early "
     "from the tournament? I have the signed forms from parents and the principal.", {C, A}, {"exception"}),
    ("my AD wants me to text the JV girls directly about practice changes, can I?", {P}, {"exception", "mobile"}),
    ("can i text a 10th grader who's having a rough night?", {P}, {"exception", "mobile"}),
    ("can I text my seniors and cc their parents about graduation practice times", {C}, {"exception"}),
    ("Texting my track kids + their parents for the meet tomorrow so everyone's safe, principal approved it in "
     "writing. good?", {C, A, Q}, {"exception"}),
    ("can i text my 6th grade class", {P}, {"mobile", "exception"}),
    ("Can I use my own cell to call my students' parents?", {N}, set()),
    ("Can I text the moms of my players to confirm the ride schedule?", {N}, set()),
    ("Can I email the parents of my students from my CPS email?", {N}, set()),
    ("Can I post our robotics team's win on the school's Facebook page?", {C}, {"social"}),
    ("I made a Twitter for my AP Bio class, do I need anything from the principal?", {C}, {"social"}),
    ("Can students follow my class Instagram?", {C}, {"social"}),
    ("Is it ok to accept a Facebook friend request from a 12th grader?", {P}, {"social"}),
    ("can i snap chat with my seniors about prom?", {P}, {"social", "mobile", "exception"}),
    ("Can I DM a parent on Facebook about their child's behavior?", {P}, {"social"}),
    ("Can I add my team on Instagram?", {Q}, {"social"}),
    ("Can I text a colleague's personal cell about subbing for me?", {U}, {"staff"}),
    ("Our team of teachers wants a GroupMe. allowed?", {U}, {"staff"}),
    ("Can the lunchroom staff text each other?", {U}, {"staff"}),
    ("Can I set my Hangouts messages with students to auto-delete?", {P}, {"note"}),
    ("What should I do with old texts from parents on my phone when I change phones?", {C}, {"note"}),
    ("I accidentally emailed a student's IEP to the wrong parent. Who do I tell?", {A}, {"report"}),
    ("My coworker is using a VPN to watch Netflix at school, should I report it?", {A}, {"report"}),
    ("Is there a number I can call to report a stolen iPad?", {A}, {"report"}),
    ("Can I let a student use my login to take a test?", {P}, {9, 25, 13}),
    ("Is it fine to keep my students' grades in a Google Sheet on my personal Drive?", {P}, {26, 16}),
    ("Can I put my class roster in a free online app to make seating charts?", {P, C, Q}, {16, 26, 30}),
    ("Can I use ChatGPT to write parent emails if I leave out student names?", {N, C, Q}, {30, 16, 26}),
    ("Can I install Minecraft Education on student Chromebooks for a lesson?", {A, C, P}, {20, 30}),
    ("Can I show a movie I streamed from a sketchy site in class?", {P}, {3, 35}),
    ("can I tell my coworkers which kid has ADHD?", {C, P, Q}, {17, 16, 36}),
    ("Can I post a student's grades on the classroom door?", {P}, {16, 17}),
    ("can I use school email to organize a strike vote?", {P}, {23}),
    ("Can I send a political cartoon to coworkers on Hangouts?", {P}, {22}),
    ("Is it ok to email my coworkers about my Girl Scout cookie sale?", {P}, {21, 24}),
    ("Can I run an NCAA bracket with no money involved?", {N}, set()),
    ("Can I play solitaire on my work computer during my break?", {P}, {20}),
    ("My students want to play Fortnite during indoor recess on the school chromebooks. OK?", {P}, {20}),
    ("Can I use a hotspot to get around the school firewall?", {P}, {8}),
    ("Can I share my login with my student teacher?", {P}, {25, 9}),
    ("Can I give out the door code to the parent volunteers?", {P}, {25}),
    ("I want to email all CPS employees about my lost cat", {P}, {7}),
    ("Can I pretend to be a parent on the phone to test the front office?", {P}, {10}),
    ("Can I leave early on Friday for a doctor appointment?", {N}, set()),
    ("how do i sign up for health insurance", {N}, set()),
    ("is it ok to eat lunch in my classroom?", {N}, set()),
    ("Can I get reimbursed for classroom supplies?", {N}, set()),
    ("Can I use my personal laptop at school?", {N}, set()),
    ("Can I start a group text for the kids going on the trip?", {Q, C}, {"exception", "mobile"}),
    ("Can I call my team tonight?", {Q}, {"staff", "mobile"}),
    ("Is it ok to WhatsApp my group about tomorrow?", {Q}, {"staff", "mobile", "exception"}),
    # third batch, written after the first two passed
    ("What's the deadline for turning in lesson plans?", {N}, set()),
    ("can I message a junior on whatsapp about her missing lab report, just me and her", {P}, {"exception", "mobile"}),
    ("Is it cool to text my assistant principal if I'm stuck in traffic?", {U}, {"staff"}),
    ("The sub left her Aspen login on a sticky note, can I use it to take attendance?", {P}, {9, 13, 25}),
    ("Want to blast the whole staff list with tickets for my kid's hockey raffle. allowed?", {P}, {21}),
    ("Is Remind ok for sending my 2nd graders' families homework reminders?", {C, N}, {"mobile"}),
    ("Is there a TB test requirement for volunteers?", {N}, set()),
    ("We're going to Springfield overnight with the 10th grade choir, parents and principal signed the CPS text "
     "form, and every message will include parents. Can I text the group if someone gets separated?", {C, A},
     {"exception"}),
    ("Is it okay to send an email to a 1st grader's school email account?", {A}, {"mobile"}),
    ("I coach the 7th grade volleyball team. Can I text them the game schedule?", {P}, {"mobile", "exception"}),
    ("Do I have to keep the group texts from my overnight field trip?", {C}, {"note"}),
    ("What number do I call if I see someone misusing CPS computers?", {A}, {"report"}),
    ("my 9th graders keep asking to follow me on Tiktok, can I accept?", {P}, {"social"}),
    ("Can I create an Instagram page for our school's chess club?", {C}, {"social"}),
    ("Can I put a picture of my class on my personal Facebook?", {P}, {"social", 16}),
    ("Is texting between teachers allowed?", {U}, {"staff"}),
    ("Can I use my cps gmail to message my students in Google Chat?", {A, C}, {"mobile"}),
    ("My team wants to do a group text, ok?", {Q}, {"staff", "mobile", "exception"}),
    ("Is it ok to send my 12th graders a GroupMe invite so they know when the bus arrives at the college fair? "
     "Parents will be in it and we have the permission forms.", {C, A}, {"exception"}),
    ("Can I accept a LinkedIn request from a student's father?", {P}, {"social"}),
    ("can i snapchat my students?", {P}, {"social", "mobile"}),
    ("Our PTA wants to run a raffle, can I email it to staff?", {P, C}, {21}),
    ("Can I bet on the Bears game with coworkers over email?", {P}, {19}),
    ("Can I forward a political petition to my colleagues?", {P}, {22}),
    ("Can I sell Avon products to coworkers through the staff email?", {P}, {24}),
    ("Can I tell another teacher my password so she can cover my class?", {P}, {25, 9}),
    ("Can I store student IDs and birthdays in a spreadsheet on my personal laptop?", {P}, {26, 16, 15}),
    ("Can I edit a student's attendance after the fact so the school's numbers look good?", {P}, {27}),
    ("can I look up where my student lives for personal reasons?", {P}, {28}),
    ("Can I tutor one of my students for money after school?", {P, C}, {29, 24}),
    ("Can I download an unapproved browser on my CPS laptop?", {P}, {30, 35}),
    ("Can I let my son use my work laptop to play games?", {P}, {20, 31, 9}),
    ("Can I send an email that looks like it came from the district office as a prank?", {P}, {10, 32}),
    ("Can I try to get into my principal's email to see what she said about me?", {P}, {9}),
    ("is it ok to share a kid's behavior plan in the grade level group chat?", {C, P, Q}, {17, 16}),
    ("Can I email my class roster to a tutoring company?", {C, P}, {16, 15, 26}),
    ("Can I install a keylogger on the classroom computers to catch cheaters?", {P}, {6, 8, 33, 30}),
    ("Can I use a student's Google account to test an assignment?", {P}, {9, 13}),
    ("Is it ok to message my students on Discord?", {Q, P}, {"mobile", "exception"}),
    ("Can I add students to a WhatsApp group for the field trip?", {Q, C, P}, {"mobile", "exception"}),
    ("Can I email a parent from my personal gmail?", {N}, set()),
    ("Is FaceTime with my coworkers ok?", {A}, {"staff"}),
    ("Can I send a Google Hangouts message to a colleague?", {A}, {"staff"}),
    ("What do I do if I see a student's SSN in a shared Google Doc?", {A}, {"report"}),
    ("Can students use their phones to text me during the field trip?", {Q, C, P}, {"mobile", "exception"}),
    ("is using WhatsApp with parents ok?", {N}, set()),
    ("Can I vent about a student on my private Instagram?", {P}, {"social"}),
    # fourth batch
    ("Can I use my school laptop for my side business on weekends?", {P}, {24}),
    ("Is it ok to check my personal email on my work computer?", {N}, set()),
    ("Can I record my class on Zoom and post it on YouTube?", {P, C, Q}, {16, "social"}),
    ("Can I forward a funny chain email to my coworkers?", {P}, {7}),
    ("Can I send a reply all to the whole district asking about a lost lunchbox?", {P}, {7}),
    ("Is it ok to put the gradebook on the projector so the whole class sees everyone's grades?", {P, C}, {16, 17}),
    ("Can I upload student essays to a plagiarism checker site the district hasn't approved?", {P}, {30, 16, 26}),
    ("Can I ask a parent to send me their Venmo so I can pay them back?", {N}, set()),
    ("I got a text from a student at midnight, should I respond?", {P, Q}, {"mobile", "exception"}),
    ("Can I have my students text me their answers during class?", {Q, P, C}, {"mobile", "exception"}),
    ("My principal wants all teachers to join a WhatsApp group. Is that allowed?", {U}, {"staff"}),
    ("Can I text my department chair about a sub plan?", {U}, {"staff"}),
    ("Our secretary wants to text parents about attendance from her cell", {N}, set()),
    ("Do I need permission to post student art on the school's Instagram?", {C}, {"social"}),
    ("Can my student council have a Twitter account?", {C, Q}, {"social"}),
    ("Can I tell my students my personal Instagram handle?", {P}, {"social"}),
    ("Can I message a parent on Facebook Messenger about their kid?", {P}, {"social"}),
    ("Can I be Facebook friends with my students' parents?", {P}, {"social"}),
    ("Can I run a betting pool for the World Cup on Google Chat?", {P}, {19}),
    ("Can I use CPS email to promote my church's bake sale?", {P}, {21, 24}),
    ("Can I email staff a link to vote in the union election?", {P}, {23}),
    ("Can I forward a GoFundMe for a coworker's family to the staff?", {P, C}, {21}),
    ("Is it okay to post a TikTok of my class dancing?", {Q, C, P}, {"social", 16}),
    ("Can I use my phone to take pictures of students for the yearbook?", {C, A, N}, {16}),
    ("Can I save my students' IEPs to my personal Google Drive?", {P}, {26, 36, 17, 16}),
    ("Can I share the Wi-Fi password with parents at open house?", {P, N}, {25}),
    ("Can I copy software from my school computer to my home computer?", {P}, {3, 30, 31}),
    ("My coworker is posting racist stuff on Facebook. Is that allowed?", {P, A}, {2, "report"}),
    ("Can I use the school copier for my personal stuff?", {N}, set()),
]


@pytest.mark.parametrize("question,verdicts,cites", CASES, ids=lambda x: x[:60] if isinstance(x, str) else "")
def test_held_out_question_gets_the_policy_verdict_and_citation(question, verdicts, cites):
    reply = ask.answer(question)
    assert reply.verdict in verdicts, (reply.verdict, reply.answer, ask.explain(question))
    if cites and reply.verdict != "not_covered":
        assert cites & _cited(reply), (sorted(_cited(reply), key=str), ask.explain(question))


# Everyday questions with technology words in them that the policy does not address (or allows): the bot must not
# read a policy problem into them (a lesson about cyberbullying is not bullying; a broken projector is support).
EVERYDAY = [
    ('How do I reset my CPS password?', {N}, set()),
    ('Where can I find the staff handbook?', {N}, set()),
    ('Can I get a second monitor for my classroom?', {N}, set()),
    ('Who do I contact about a broken projector?', {N}, set()),
    ('Can I take my laptop home over winter break?', {N}, set()),
    ('Is there a limit on how many copies I can print?', {N}, set()),
    ('How do I set up my voicemail?', {N}, set()),
    ('How do I set up my CPS email on my phone?', {N}, set()),
    ("Google Chat isn't loading on my laptop, what do I do?", {N}, set()),
    ('How do I get a Zoom license?', {N}, set()),
    ('Can I wear sneakers on field day?', {N}, set()),
    ('What time does the building open?', {N}, set()),
    ('How many sick days can I roll over?', {N}, set()),
    ('Can I bring snacks for my class party?', {N}, set()),
    ("What's the process for requesting a field trip bus?", {N}, set()),
    ('Can I park in the visitor spot?', {N}, set()),
    ('Can I eat at my desk during PD?', {N}, set()),
    ('When are report cards due?', {N}, set()),
    ('How do I submit my timesheet?', {N}, set()),
    ('Can I decorate my classroom door for Halloween?', {N}, set()),
    ('Is there a dress code for parent-teacher conferences?', {N}, set()),
    ('Can I leave school during my lunch break?', {N}, set()),
    ('Do we get paid for after-school tutoring?', {N}, set()),
    ('How do I order new textbooks?', {N}, set()),
    ('Who approves professional development hours?', {N}, set()),
    ('Can I put up a bulletin board about voting rights history?', {N}, set()),
    ('Can I teach a lesson about the election?', {N}, set()),
    ('Can I show my students a video about cyberbullying?', {N}, set()),
    ('Can I teach my students about internet safety and passwords?', {N}, set()),
    ('Can I use Google Classroom to post assignments?', {C, A}, set()),
    ('Is Google Meet ok for parent conferences?', {N}, set()),
    ('Can I have students use Kahoot in class?', {A, N}, set()),
    ('Can I print photos for the class scrapbook?', {N}, set()),
    ('Should I back up my lesson plans to Google Drive?', {N}, set()),
    ('Can I play music in my classroom?', {N}, set()),
]


@pytest.mark.parametrize("question,verdicts,cites", EVERYDAY, ids=lambda x: x[:60] if isinstance(x, str) else "")
def test_everyday_question_is_not_read_as_a_policy_problem(question, verdicts, cites):
    assert ask.answer(question).verdict in verdicts, ask.explain(question)


# Fifth batch: longer stories, negations ("I won't be adding parents"), plurals and slang; verdicts only.
STORIES = [
    ("So our JV soccer team has an away game two hours away. I'd like to have a group chat on WhatsApp with the players and their parents so I can tell everyone when we're back. Principal and parents all signed the district form. Is that ok?", {A, C}),
    ("I won't be adding parents to the chat, but can I text my varsity girls about the bus time?", {P}),
    ("Can I text my 11th graders without their parents on the thread if it's just about safety on the trip?", {P}),
    ("My 5th graders' parents said it's fine if I text the kids directly. Can I?", {P}),
    ("Is calling a high school student on her cell ok if it's an emergency on a field trip?", {C, P}),
    ('Can I use Hangouts from my personal google account to chat with students?', {P}),
    ("Can I email my students' personal emails if the school email is down?", {P}),
    ("we want to start using a mass text alert for the whole school but I'm not sure it's been security reviewed", {C, P}),
    ('What rules apply to a teacher-run Instagram for the debate team?', {C}),
    ('Can a teacher follow a student back on Instagram if the student followed first?', {P}),
    ('Can I post on my personal Facebook about how proud I am of my class, with a group photo?', {P}),
    ('is it ok to message a parent on instagram about a field trip', {P}),
    ("Is it appropriate to comment on my students' TikToks?", {P}),
    ('Can I text my teaching partner on the weekend about lesson plans?', {U}),
    ('Are group texts with other teachers in my building allowed?', {U}),
    ('Is it ok to use Signal with my coworkers?', {U}),
    ('Can I call other teachers from my own phone?', {A}),
    ('Can I email my coworker from my CPS address to hers?', {A}),
    ('Can I set iMessage to delete old messages after 30 days on my work phone?', {P}),
    ('I text parents from my personal phone. Am I supposed to keep those?', {C}),
    ('I think someone got into my Google account and sent emails as me. Who should I call?', {A}),
    ('I found a list of student SSNs on a shared drive anyone can open. What should I do?', {A}),
    ('How do I report a coworker who is gambling on a work computer?', {A}),
    ('A teacher is sending inappropriate messages to a student. Where do I report it?', {A}),
    ("Can I use the staff email list to promote my spouse's real estate business?", {P}),
    ('Can I send all staff a petition supporting a candidate for governor?', {P}),
    ('Can I remind staff to vote in the CTU officer election through school email?', {P}),
    ("Can I email a funny meme mocking a student's accent to a coworker?", {P}),
    ('Can I forward an email with a suspicious attachment to the whole staff to warn them?', {A, P}),
    ("Can I get around the YouTube block using my phone's hotspot on my school laptop?", {P}),
    ("Can I log into the gradebook as my co-teacher while she's on leave?", {P}),
    ("Can I use a sub's account to print?", {P}),
    ('Can I download a torrent of a movie to show at movie night?', {P}),
    ("Can I email student test scores to a tutoring company without the principal's ok?", {P}),
    ("Can I share a student's photo on the school newsletter without parent permission?", {C, P}),
    ('Can I hold a 50/50 raffle at the staff meeting using Google Forms?', {P}),
    ('Can we do a Fantasy football league with money on the line through our work emails?', {P}),
    ('Is it ok to play chess.com during my prep period?', {P}),
    ('Can I have my students play Prodigy math during class?', {A}),
    ("Can I change a student's grade from F to D so she graduates?", {P}),
    ("Can I check Aspen to find out my ex's kid's schedule?", {P}),
    ('Can I hire a senior to help me move this weekend?', {C}),
    ('Can I install a free VPN app on my work phone?', {P}),
    ('Can I sell my old school-issued laptop?', {N, P}),
    ('Can I send a nude photo to my partner from my work phone?', {P}),
    ('Can I download a game from the internet onto my classroom computer?', {P}),
    ("Can I discuss a student's IEP with the parent of a different student?", {C, P}),
    ('Can I use ChatGPT to summarize IEPs with names in them?', {C, N, P, Q}),
    ('Can I text my group?', {Q}),
    ("Can I call my kids' parents?", {N}),
    ('can i add my aides on facebook', {P, Q}),
    ('Can I Snapchat my crew?', {P, Q}),
    ("What's the policy on teachers having Instagram?", {N, Q}),
    ('Can I get a new laptop charger?', {N}),
    ('Are we allowed to wear hats?', {N}),
]


@pytest.mark.parametrize("question,verdicts", STORIES, ids=lambda x: x[:60] if isinstance(x, str) else "")
def test_story_question_gets_the_policy_verdict(question, verdicts):
    assert ask.answer(question).verdict in verdicts, ask.explain(question)


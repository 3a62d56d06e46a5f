"""The Exception to Policy allows texts with 9-12 students only as group messages with the parent/guardian on them,
with written permission on the CPS form, for safety; a question that says one condition failed is prohibited. One
student, named in the singular ("a freshman's cell", "my 11th grader"), is a one-to-one text."""
from __future__ import annotations

import pytest

# Questions and the answers they must get: (question, accepted verdicts, accepted citations). A citation is a
# section key or an item number (conftest.SECTION_KEYS); the answer must cite one of them unless it is
# not_covered, and an empty set accepts any citation. New cases go in these tables.

# Texts and instant messages to students that miss one of the Exception's conditions (grades 9-12, written
# permission on the CPS form, a group with the parents on it, safety): prohibited.
TEXTS_OUTSIDE_THE_EXCEPTION = [
    ("can I whatsapp my 4th graders homework reminders?", {"prohibited"}, {"exception", "mobile"}),
    ("Can I text a 2nd grader?", {"prohibited"}, {"exception", "mobile"}),
    ("I teach middle school. Can I text my students about the science fair?", {"prohibited"}, {"exception", "mobile"}),
    ("can I text one of my juniors privately to check on her?", {"prohibited"}, {"exception", "mobile"}),
    ("I want to text my high school students reminders about homework", {"prohibited"}, {"exception", "mobile"}),
    ("principal verbally said I can text my seniors during the trip, is that enough?", {"prohibited"}, {"exception", "mobile"}),
    ("can I text my 10th graders during the field trip so nobody gets lost? the parents haven't signed anything yet", {"prohibited"}, {"exception", "mobile"}),
    ("my AD wants me to text the JV girls directly about practice changes, can I?", {"prohibited"}, {"exception", "mobile"}),
    ("can i text a 10th grader who's having a rough night?", {"prohibited"}, {"exception", "mobile"}),
    ("can i text my 6th grade class", {"prohibited"}, {"exception", "mobile"}),
    ("can I message a junior on whatsapp about her missing lab report, just me and her", {"prohibited"}, {"exception", "mobile"}),
    ("I coach the 7th grade volleyball team. Can I text them the game schedule?", {"prohibited"}, {"exception", "mobile"}),
    ("Can I text my 3rd grade class reminders?", {"prohibited"}, set()),
    ("Can I WhatsApp one of my 10th graders about a missing assignment?", {"prohibited"}, set()),
    ("Can I use Google Voice to text my 4th graders?", {"prohibited"}, set()),
    ("Can I text a student to tell them they left their phone in my room?", {"prohibited"}, set()),
    ("I won't be adding parents to the chat, but can I text my varsity girls about the bus time?", {"prohibited"}, set()),
    ("Can I text my 11th graders without their parents on the thread if it's just about safety on the trip?", {"prohibited"}, set()),
    ("My 5th graders' parents said it's fine if I text the kids directly. Can I?", {"prohibited"}, set()),
    ("ngl i text my high schoolers all the time about assignments, is that actually against the rules?", {"prohibited"}, set()),
    ("can I text my 7/8 split class about the field trip?", {"prohibited"}, set()),
    ("Can I text my 9th grade advisory one-on-one?", {"prohibited"}, set()),
    ("I'm a coach. Can I text my players individually?", {"prohibited"}, set()),
    ("Can I text my 6th graders' parents and the kids together?", {"prohibited"}, set()),
    ("Can I text my 11th graders on the trip without the permission form if it's an emergency?", {"prohibited"}, set()),
    ("Texting 8th graders - yes or no?", {"prohibited"}, set()),
    ("If my principal signs off, can I text my 6th graders about the trip?", {"prohibited"}, set()),
    ("Is it enough if parents give verbal ok for me to text their high schoolers?", {"prohibited"}, set()),
    ("I coach varsity soccer. can I group text the team and their parents to remind them about picture day? forms are signed", {"prohibited"}, {"exception", "mobile"}),
    ("Can I group text my 12th graders about their essay due dates? parents are included and the forms are in", {"prohibited"}, {"exception", "mobile"}),
    ("Texting my 11th grade robotics team and parents about the competition bus time, forms signed by parents but I never asked the principal. ok?", {"prohibited"}, {"exception"}),
    ("High school track team group text with parents for the away meet. The principal signed but the parents didn't sign anything. ok?", {"prohibited"}, {"exception"}),
    ("I coach JV baseball. parents want to be removed from the team group text. can I keep texting the players about the bus?", {"prohibited"}, {"exception"}),
    ("group text my high school band kids about the late bus, permission forms done, but the parents don't want to be on it. allowed?", {"prohibited"}, {"exception"}),
    ("Our senior class group text includes parents and has the forms, can I use it to remind kids to finish their scholarship essays?", {"prohibited"}, {"exception", "mobile"}),
    ("The soccer parents signed but our principal didn't sign the texting form yet. can I group text the varsity team anyway?", {"prohibited"}, {"exception"}),
    ("group text with my 10th grade field trip kids; the parents told me they'd rather not be on it. is that fine?", {"prohibited"}, {"exception"}),
    ("Cross country group text, parents included, forms signed by parents, principal only said yes out loud. ok?", {"prohibited"}, {"exception"}),
    ("Can I text my 11th grade lacrosse players + parents about a team dinner? forms signed by everyone", {"prohibited"}, {"exception", "mobile"}),
    ("Can I text my 7th grade girls' soccer team w/ parents on it for safety at the tournament? forms signed", {"prohibited"}, {"exception", "mobile"}),
    ("can I group text my 10th grade volleyball team with parents but without the principal signing off on the form?", {"prohibited"}, {"exception"}),
    ("my 11th grade hockey kids' parents don't want to be in the group text, can I still text the kids for rides?", {"prohibited"}, {"exception"}),
    ("The grandma of one of my students asked me to text her grandson's cell about homework. He's in 8th. Can I?", {"prohibited"}, {"exception", "mobile"}),
    ("tengo una pregunta: can I text mis students de 7th grade about the quiz?", {"prohibited"}, {"exception", "mobile"}),
    ("CAN I TEXT MY 3RD GRADERS???", {"prohibited"}, {"exception", "mobile"}),
    ("texting 11th graders 1:1 abt grades - yes or no", {"prohibited"}, {"exception", "mobile"}),
    ("Quick: can a para text the kids in her small group? they're 5th graders", {"prohibited"}, {"exception", "mobile"}),
    ("my 12th graders made a group chat and added me. parents aren't in it. can I stay in it?", {"prohibited"}, {"exception"}),
    ("Can I text my high school golf team + parents about a fun team photo day? forms are in.", {"prohibited"}, {"exception", "mobile"}),
    ("Is a group text with 9th grade cross country runners ok if the principal approved but the families haven't signed yet?", {"prohibited"}, {"exception"}),
    ("my volleyball girls (varsity) want the parents off the group text. can I do that?", {"prohibited"}, {"exception"}),
    ("A dad asked me to text his daughter's cell about the test; she's a sophomore. Can I?", {"prohibited"}, {"exception", "mobile"}),
    ("Parent volunteer coordinator here: can I text the 10th grade volunteers (students) one by one about their shifts?", {"prohibited"}, {"exception", "mobile"}),
    ("Is it okay to text my whole 9th grade team (the kids) about tryouts without parents?", {"prohibited"}, {"exception"}),
    ("My 8th grader's teacher wants to text her. Is that allowed?", {"prohibited"}, {"exception", "mobile"}),
    ("Can a first-year teacher like me text my AP Lit students one-on-one about their essays?", {"prohibited"}, {"exception", "mobile"}),
    ("coach question: kids on my JV squad want me in their group chat. no parents, no forms. yes or no?", {"prohibited"}, {"exception", "mobile"}),
    ("Is it ok to text a student who got hurt at practice to see if she's ok? she's a junior, no parents on it", {"prohibited"}, {"exception", "mobile"}),
    ("can I text my middle school volleyball girls about the late bus? parents are on the group", {"prohibited"}, {"exception", "mobile"}),
    ("my junior high robotics kids want a WhatsApp group with me, ok?", {"prohibited"}, {"exception", "mobile"}),
    ("Can I DM my elementary schoolers on GroupMe?", {"prohibited"}, {"exception", "mobile"}),
    ("is it ok to text my sixth graders' group chat about the field trip?", {"prohibited"}, {"exception", "mobile"}),
    ("Dad asked if I could text his 8th grader directly about missing work. Can I?", {"prohibited"}, {"exception", "mobile"}),
    ("Is a one-on-one text to a varsity player ok if his mom said it's fine?", {"prohibited"}, {"exception", "mobile"}),
    ("would i be in trouble for making a group chat on imessage with my 8th grade students for the spelling bee", {"prohibited"}, {"exception", "mobile"}),
    ("yo can i hit up my 11th graders on groupme about tmrw's quiz", {"prohibited"}, {"exception", "mobile"}),
    ("counselor q: can I text a junior who's in crisis from my personal phone?", {"prohibited"}, {"exception", "mobile"}),
    ("my 8th graders keep texting me after hours, can I text back?", {"prohibited"}, {"exception", "mobile"}),
    ("So this year I'm coaching the freshman girls basketball team and a lot of the girls take the CTA home after late practices. A couple of parents asked if I could just text the girls directly when practice ends so they know to leave. I don't have any forms. Is that allowed?", {"prohibited"}, {"exception", "mobile"}),
    ("would I get in trouble for texting one of my sixth graders a reminder about the science fair?", {"prohibited"}, {"exception", "mobile"}),
    ("a friend wants to know if she can text her 11th grade volleyball team without parents on the thread", {"prohibited"}, {"exception", "mobile"}),
    ("we collected the bulk-text permission forms after we already started texting the kids. is that ok?", {"prohibited"}, {"exception", "mobile"}),
    ("we had parents sign a google form (not the cps one) so I can group text my 10th grade debate team. ok?", {"prohibited"}, {"exception", "mobile"}),
    ("Can I group text my 12th grade seniors the club meeting agenda with parents on it? forms are signed", {"prohibited"}, {"exception", "mobile"}),
    ("Parents turned in the CPS texting form after the season had already started. can I keep texting the varsity group?", {"prohibited"}, {"exception", "mobile"}),
    ("We're using the school's own permission slip for texting our 9th grade field trip group, parents cc'd. fine?", {"prohibited"}, {"exception", "mobile"}),
    ("can I text my 7th graders on the bus for safety during the field trip? parents on the thread", {"prohibited"}, {"exception", "mobile"}),
    ("I want to text one of my juniors individually about where to meet for the away game", {"prohibited"}, {"exception", "mobile"}),
    ("group text with my 10th graders and their parents about the essay due date, forms signed. ok?", {"prohibited"}, {"exception", "mobile"}),
    ("Coach here: parents said verbally it's ok to text the JV girls about bus times. good enough?", {"prohibited"}, {"exception", "mobile"}),
    ("Principal signed, parents signed, but it was on a homemade form rather than the CPS one. can I group text my 11th grade science olympiad kids?", {"prohibited"}, {"exception", "mobile"}),
    ("can I group text the 12th grade prom committee about the dress code? parents are on it and forms are signed", {"prohibited"}, {"exception", "mobile"}),
    ("puedo mandar un text a un estudiante de 4to grado?", {"prohibited"}, {"exception", "mobile"}),
    ("puedo mandar un text a mis estudiantes de 3er grado?", {"prohibited"}, {"exception", "mobile"}),
    ("puedo mandarle un text a un estudiante de 6to grado sobre la tarea?", {"prohibited"}, {"exception", "mobile"}),
    ("We asked parents for permission by text message instead of the CPS form to group text our 10th grade travel team. ok?", {"prohibited"}, {"exception", "mobile"}),
    ("the permission forms for the 12th grade retreat texts came in on day two of the retreat. can I keep texting the group?", {"prohibited"}, {"exception", "mobile"}),
    ("puedo mandar un text a mis estudiantes de 2do grado sobre la tarea?", {"prohibited"}, {"exception", "mobile"}),
    ("we're texting our 9th grade cross country group with parents on it, but the forms we used were the athletic department's own, not the CPS one. ok?", {"prohibited"}, {"exception", "mobile"}),
    ("can I group text my 10th grade homeroom the picture day schedule? parents are on it and forms signed", {"prohibited"}, {"exception", "mobile"}),
    ("puedo mandar un text a un estudiante de 7mo grado?", {"prohibited"}, {"exception", "mobile"}),
    ("is a parent's email saying 'fine by me' enough to add her 10th grader to my team group text?", {"prohibited"}, {"exception", "mobile"}),
    ("I'll get the cps forms signed next week, can I start the 11th grade group text now with parents in it?", {"prohibited"}, {"exception", "mobile"}),
    ("can I text my 9th grade advisory group a reminder about the PSAT? parents are on it, forms done", {"prohibited"}, {"exception", "mobile"}),
    ("puedo mandar un mensaje de text a un estudiante de 1er grado?", {"prohibited"}, {"exception", "mobile"}),
    ("Our principal approved group texts for the robotics team (all seniors) but a handful of families never sent the permission slip back. Can I still text the whole team?", {"prohibited"}, {"exception"}),
    ("I coach 11th grade soccer. Most parents signed the CPS texting form but not every family did. Ok to start the group text anyway?", {"prohibited"}, {"exception"}),
    ("Still waiting on three forms for my juniors' field trip group chat, principal already signed. Can I add everyone now?", {"prohibited"}, {"exception"}),
    ("A dad texted me that it's fine for his daughter to be in our varsity volleyball group text. Is his text enough permission?", {"prohibited"}, {"exception"}),
    ("A mom wrote me an email saying it's ok to message her 10th grader about practice times. Can I text him then?", {"prohibited"}, {"exception"}),
    ("Only about half my 12th grade band kids have the signed CPS form back; principal said yes in writing. Can I text the whole section?", {"prohibited"}, {"exception"}),
    ("One parent replied to my email saying it's okay for her son to join the cross country group text. Good to go?", {"prohibited"}, {"exception"}),
    ("The principal approved the group text for the 10th grade math league, but we're still chasing down a few signatures from families. Can I go ahead?", {"prohibited"}, {"exception"}),
    ("Everyone's parents signed except two. Can I still put all my juniors on the track meet group text?", {"prohibited"}, {"exception"}),
    ("A guardian left me a voicemail saying it's fine to text her 11th grader about rides to the game. Is that permission?", {"prohibited"}, {"exception"}),
    ("Most of the forms are in for my 12th graders' overnight trip group chat; a few stragglers. Start texting?", {"prohibited"}, {"exception"}),
    ("Our principal only gave a thumbs up in the hallway for texting the 9th grade cheer squad with parents on it. Enough?", {"prohibited"}, {"exception"}),
    ("Can I text my 10th grade debate kids with the parents on the thread? The CPS forms are signed but it's just to remind them about the essay due Friday.", {"prohibited"}, {"exception"}),
    ("I'd like to group text the 11th grade volleyball team for the away tournament, parents included, but the principal hasn't gotten back to me on the form.", {"prohibited"}, {"exception"}),
    ("The CPS form is signed by parents but our principal is out on leave and nobody else signed it. Can I text my 12th grade robotics team?", {"prohibited"}, {"exception"}),
    ("Principal OK'd the group text in writing for our 10th grade chess trip but two kids' parents haven't turned in the CPS form. Can I include those two anyway?", {"prohibited"}, {"exception"}),
    ("I got a text from a grandma saying it's fine for her grandson to be on the JV basketball group text. Is that enough?", {"prohibited"}, {"exception"}),
    ("We have signed forms from 18 of 22 families for the 11th grade retreat group text. Can I message all 22?", {"prohibited"}, {"exception"}),
    ("principal signed the cps texting form for our 9th grade scholars bowl trip, parents mostly signed too, a couple are still out. text them all tonight?", {"prohibited"}, {"exception"}),
    ("A stepdad sent me a note saying it's okay for his stepson to be added to the wrestling group text. Does that work?", {"prohibited"}, {"exception"}),
    ("Permission slips came back from 14 out of 20 families for the 12th grade college visit. Can I start the group text with everyone?", {"prohibited"}, {"exception"}),
    ("I coach 7th and 8th grade volleyball. The parents signed the CPS form and they're on the group text. Can I text the girls about bus times?", {"prohibited"}, {"exception"}),
    ("Parents and the principal signed off on the district form and moms are in the group chat. Can I text my juniors a reminder that the chem lab report is due Friday?", {"prohibited"}, {"exception"}),
    ("The principal signed the CPS exception form for our robotics trip but the parents haven't yet. Can I start the group text with the 11th graders and their parents?", {"prohibited"}, {"exception"}),
    ("All the parents signed the CPS texting form but our principal is out on leave and hasn't signed. Can I group text my seniors and their parents about the field trip pickup?", {"prohibited"}, {"exception"}),
    ("I have written permission from the families and admin for the debate tournament, but I'd rather text each student separately instead of a group with their parents. ok?", {"prohibited"}, {"exception"}),
    ("Going to the state track meet with sophomores; forms signed by parents and principal. Can I make a group text with just the athletes, leaving the parents out to keep it less noisy?", {"prohibited"}, {"exception"}),
    ("Can I text my 10th grade band kids about the marching band trip if the principal just gave me a thumbs up in the hallway?", {"prohibited"}, {"exception"}),
    ("Can I group text my high school seniors and their parents to tell them about the prom dress sale?", {"prohibited"}, {"exception"}),
    ("Can I sign my students up for a texting reminder service when I only sent a letter home saying parents could opt out?", {"prohibited"}, {"mobile"}),
    ("I sponsor the 8th grade trip to DC. Parents and the principal signed the CPS form and parents are on the group. Can I group text the kids during the trip for safety?", {"prohibited"}, {"exception"}),
    ("Can I text my varsity seniors about who is bringing snacks to Saturday's meet? Forms are signed and parents are on the chat.", {"prohibited"}, {"exception"}),
    ("I got the parents' signatures on the CPS form but forgot to get my principal's. Is a group text with my juniors and their parents ok for the away game?", {"prohibited"}, {"exception"}),
    ("My sophomores' parents all signed our football team's own consent sheet, not the district one. Can I text the team and parents about practice getting moved for lightning?", {"prohibited"}, {"exception"}),
    ("The mom of one of my 12th graders said at conferences she's fine with me texting him about the robotics competition. Good enough?", {"prohibited"}, {"exception"}),
    ("We've got signed CPS forms from parents and the principal, but can I just text one junior by himself to make sure he got home after the game?", {"prohibited"}, {"exception"}),
    ("Can I add my 11th grade choir kids to a group text without their parents for the overnight trip? Forms are all signed.", {"prohibited"}, {"exception"}),
    ("Forms are signed and parents are on the thread. Can I text my 10th graders to remind them to vote for homecoming court?", {"prohibited"}, {"exception"}),
    ("we signed up for a free sms blast site for our 9th grade academy, IT hasnt cleared it. ok to use w/ kids?", {"prohibited"}, {"mobile"}),
    ("5th grade overnight camp, forms signed by everyone, parents on the thread. can I group text the kids if someone gets lost?", {"prohibited"}, {"exception"}),
    ("varsity girls hoops away game, principal approved in writing, parents havent done the form. group text w/ parents on it ok?", {"prohibited"}, {"exception"}),
    ("principal signed but we used a google form for parent permission instead of the cps paper. can i text my seniors and parents on the trip?", {"prohibited"}, {"exception"}),
    ("is it ok to txt my juniors on the trip in a group w/o parents if the principal + parents signed?", {"prohibited"}, {"exception"}),
    ("signed cps forms, parents in the chat, but i want to dm one kid privately bc hes having a rough time on the trip. ok?", {"prohibited"}, {"exception"}),
    ("parents signed the cps form for the bball season but the principal said she'd rather not sign. can i still group text the team + parents?", {"prohibited"}, {"exception"}),
    ("can i text my 12th graders group (parents on it, forms signed) to remind them to submit their FAFSA?", {"prohibited"}, {"exception"}),
    ("I text my 11th grade robotics team as a group under the Exception, but only about half their parents are on the thread. Is that ok?", {"prohibited"}, {"exception"}),
    ("Our 10th grade travel team group text has the kids plus most of the parents, a few parents never got added. Fine under the exception?", {"prohibited"}, {"exception"}),
    ("For my 12th grade debate group text (principal approved, forms signed), I left some of the parents off because the thread was getting too big. Ok?", {"prohibited"}, {"exception"}),
    ("Can I keep texting my 9th grade cross country runners as a group if a couple of the parents dropped off the chat?", {"prohibited"}, {"exception"}),
    ("I added the seniors on my yearbook staff to a group text but didn't add their parents yet. Allowed under the exception?", {"prohibited"}, {"exception"}),
    ("Group text for my varsity swimmers (grades 9-12) includes the kids and only some parents. Is that within the exception?", {"prohibited"}, {"exception"}),
    ("Our 11th grade field trip group text has all the students but just three of the parents. is that ok?", {"prohibited"}, {"exception"}),
    ("Does the exception still apply if not every parent is on my group text with my 10th grade band kids?", {"prohibited"}, {"exception"}),
    ("My group text with my 12th grade mock trial team leaves out the parents who don't have cell phones. Ok?", {"prohibited"}, {"exception"}),
    # one condition not yet met, whoever signed the rest
    ("The principal's signature is on the CPS form but half the families still haven't returned theirs. Can I start the debate trip group text now, parents on it?", {"prohibited"}, {"exception", "mobile"}),
    ("AP signed our texting form; most 11th grade parents haven't yet. ok to begin the group chat for the college tour with the parents cc'd?", {"prohibited"}, {"exception", "mobile"}),
    ("I have the principal's approval in writing but no parent forms back. Can I group text my varsity runners with their parents on it for the meet?", {"prohibited"}, {"exception", "mobile"}),
    # permission that arrives after the texts would start
    ("the signed texting forms come back Monday but we leave for the junior class trip Sunday. Can I start the parent-included group text Saturday?", {"prohibited"}, {"exception", "mobile"}),
    ("Permission slips for texting are due back next week; the 10th grade robotics kids compete this weekend. can I group text them and their parents now?", {"prohibited"}, {"exception", "mobile"}),
    ("CPS forms won't be back until after the meet. Can I text my varsity swimmers with parents on the thread for the meet itself?", {"prohibited"}, {"exception", "mobile"}),
]

# A high-school group text that may fall under the Exception: conditional.
TEXTS_UNDER_THE_EXCEPTION = [
    ("what do I need to text my HS soccer team for away games?", {"conditional"}, {"exception"}),
    ("can I text my seniors and cc their parents about graduation practice times", {"conditional"}, {"exception"}),
    ("Do I need parents on the group chat if I'm texting my 12th graders about safety on a trip?", {"conditional"}, set()),
    ("Do I need parent permission to text 11th graders on a trip?", {"conditional"}, set()),
    ("What do I need to be able to text my 12th grade students?", {"conditional"}, set()),
    ("What are the requirements if I want to text my 10th grade robotics team during competitions?", {"conditional"}, set()),
    ("Do I need both the parent and principal to sign before I text my 10th grade students on a field trip?", {"conditional"}, set()),
]

# Conditions stated as met, or wording that leaves the grade band or the conditions open.
TEXTS_NEAR_THE_EXCEPTION = [
    ("Can I text my varsity basketball players to make sure everyone got home after the away game? Parents and principal signed the form and parents are in the group.", {"conditional", "allowed"}, {"exception"}),
    ("For our overnight college trip with 11th graders, can I set up a GroupMe with students and parents for safety updates? We have the signed CPS permission forms from parents and the principal.", {"conditional", "allowed"}, {"exception"}),
    ("Is it against the rules to send my 9th graders a group text with their parents about the bus leaving early from the tournament? I have the signed forms from parents and the principal.", {"conditional", "allowed"}, {"exception"}),
    ("Texting my track kids + their parents for the meet tomorrow so everyone's safe, principal approved it in writing. good?", {"conditional", "allowed", "clarify"}, {"exception"}),
    ("We're going to Springfield overnight with the 10th grade choir, parents and principal signed the CPS text form, and every message will include parents. Can I text the group if someone gets separated?", {"conditional", "allowed"}, {"exception"}),
    ("Is it ok to send my 12th graders a GroupMe invite so they know when the bus arrives at the college fair? Parents will be in it and we have the permission forms.", {"conditional", "allowed"}, {"exception"}),
    ("Is it ok to message my students on Discord?", {"prohibited", "clarify"}, {"exception", "mobile"}),
    ("Can I add students to a WhatsApp group for the field trip?", {"prohibited", "conditional", "clarify"}, {"exception", "mobile"}),
    ("Can students use their phones to text me during the field trip?", {"prohibited", "conditional", "clarify"}, {"exception", "mobile"}),
    ("I got a text from a student at midnight, should I respond?", {"prohibited", "clarify"}, {"exception", "mobile"}),
    ("Can I have my students text me their answers during class?", {"prohibited", "conditional", "clarify"}, {"exception", "mobile"}),
    ("Can my assistant coach and I text the varsity team group with parents for bus updates? Forms are signed.", {"conditional", "allowed"}, set()),
    ("So our JV soccer team has an away game two hours away. I'd like to have a group chat on WhatsApp with the players and their parents so I can tell everyone when we're back. Principal and parents all signed the district form. Is that ok?", {"conditional", "allowed"}, set()),
    ("can u text ur upperclassmen for the college visit if parents r on the thread and forms r signed", {"conditional", "allowed"}, set()),
    ("Can I text the seniors on my team about the game using the CPS form process with parents included?", {"conditional", "allowed"}, set()),
    ("During the overnight trip can I text my sophomores if there's an emergency? I have the signed CPS form and parents on every text.", {"conditional", "allowed"}, set()),
    ("My principal is ok with me texting my 10th graders, is that enough?", {"prohibited", "conditional"}, set()),
    ("Our band is going to a competition downstate and I'd like a text thread with the high schoolers and their parents so I can check everyone is on the bus. The permission forms are signed by parents and the principal. Is this allowed?", {"conditional", "allowed"}, set()),
    ("For the senior trip, do the texts have to include the parents or can I just message the seniors as a group?", {"prohibited", "conditional"}, set()),
    ("is it ok to text my 11th grade lab partner group about tomorrow's quiz?", {"prohibited", "conditional"}, set()),
    ("I'm chaperoning the junior class trip to DC. Can I set up a text group with the kids and their parents for emergencies? We have all the forms.", {"conditional", "allowed"}, set()),
    ("For prom night can I text my seniors to make sure they got home okay? Parents would be included.", {"conditional", "allowed"}, set()),
    ("Can I text my JV players as a group with parents on it about a lockdown at the away school?", {"conditional", "allowed"}, set()),
    ("11th grade cross country group text with every parent on it, principal + parents signed the CPS form, just to confirm everyone made it home after meets. ok?", {"conditional", "allowed"}, {"exception"}),
    ("is the exception usable for the whole baseball season to check kids got rides home? varsity, forms signed, parents on the chat", {"conditional", "allowed"}, {"exception"}),
    ("high school debate: group text including parents to make sure everyone got back to the hotel safe. signed forms from principal and parents. good?", {"conditional", "allowed"}, {"exception"}),
    ("Varsity swim: group text me + swimmers + their parents to confirm everyone was picked up after late meets. Principal and parents signed the district form. okay?", {"conditional", "allowed"}, {"exception"}),
    ("12th grade band trip, group chat with parents included, signed forms from principal and parents, for bus departure safety updates. allowed?", {"conditional", "allowed"}, {"exception"}),
    ("does the exception cover texting my high school track team + parents about storms cancelling practice? forms are signed by everyone", {"conditional", "allowed"}, {"exception"}),
    ("Varsity football group text with parents on it, principal + parents signed, to make sure kids got home after the away game. ok?", {"conditional", "allowed"}, {"exception"}),
    ("is it ok to text my 12th grade debate team with parents about the college fair? forms signed", {"prohibited", "conditional"}, {"exception", "mobile"}),
    ("High school soccer: group text with all parents included, principal and parents signed the CPS form, to confirm pickups after night games. ok?", {"conditional", "allowed"}, {"exception"}),
    ("if a student texts me first at 11pm saying she's scared, can i text back?", {"prohibited", "conditional"}, {"exception", "mobile"}),
    ("12th grade robotics: group text including parents, principal + parent forms signed, to confirm all students got home safely after late builds. ok?", {"conditional", "allowed"}, {"exception"}),
    ("Can I hand out my personal cell number to my seniors so they can text me?", {"prohibited", "conditional"}, {"exception", "mobile"}),
    ("Can my 9th grade advisory and I have a group chat on GroupMe with parents included and signed forms, to coordinate safe pickup after the dance?", {"conditional", "allowed"}, {"exception"}),
    ("varsity wrestling coach: group text the wrestlers + parents for weigh-in times, principal and parents signed the form", {"conditional", "allowed"}, {"exception"}),
    ("Can I text my intermediate school chess kids about the tournament?", {"prohibited", "clarify"}, {"exception", "mobile"}),
    ("freshman football coach here - can I group text the players and their parents about practice being moved for lightning?", {"prohibited", "conditional"}, {"exception"}),
    ("Parents don't mind being on the group text with my 11th grade track team; forms signed by principal and parents, for meet-day safety. good?", {"conditional", "allowed"}, {"exception"}),
    ("Is it ok to keep texting my seniors' group thread (parents on it, forms signed) to check everyone is safe on the overnight trip?", {"conditional", "allowed"}, {"exception"}),
    ("can i text my 10th graders from the CPS google voice number?", {"prohibited", "conditional"}, {"exception", "mobile"}),
    ("cn i txt my 9th grd advisory abt the fire drill", {"prohibited", "conditional"}, {"exception", "mobile"}),
    ("Maestra question: puedo usar WhatsApp con mis high school students?", {"prohibited", "conditional"}, {"exception", "mobile"}),
    ("For the 11th grade overnight trip I want a group text with students and parents for safety; CPS form signed by parents and principal beforehand. ok?", {"conditional", "allowed"}, {"exception"}),
    ("coach here, jv boys 9th/10th, CPS forms signed by parents + principal, parents on the group txt... can i txt them about lifting times next week?", {"prohibited", "conditional"}, {"exception"}),
    # every condition said to be met in other words: a band said as a range, forms "done", "keep them safe",
    # "cleared to", the asker's own role or the approving principal beside the students
    ("Band director, grades 9-12: the principal and all guardians signed the CPS texting form, parents on every group text, for safety during the parade. Am I cleared to start?", {"conditional", "allowed"}, {"exception"}),
    ("for the senior retreat the permission forms are completed by every family and the principal; I'd group text the seniors with their parents included to keep them safe. ok?", {"conditional", "allowed"}, {"exception"}),
    ("Para here: parent and principal forms are done, and the parents are in my students' group chat for the zoo trip so nobody wanders off. Fine?", {"clarify", "conditional", "allowed"}, {"exception", "mobile"}),
]


@pytest.mark.parametrize("question, verdicts, cites", TEXTS_OUTSIDE_THE_EXCEPTION)
def test_a_text_to_students_outside_the_exceptions_conditions_is_prohibited(check_answer, question, verdicts, cites):
    check_answer(question, verdicts, cites)


@pytest.mark.parametrize("question, verdicts, cites", TEXTS_UNDER_THE_EXCEPTION)
def test_a_high_school_group_text_under_the_exception_keeps_its_conditions(check_answer, question, verdicts, cites):
    check_answer(question, verdicts, cites)


@pytest.mark.parametrize("question, verdicts, cites", TEXTS_NEAR_THE_EXCEPTION)
def test_a_text_to_students_gets_one_of_the_exceptions_accepted_verdicts(check_answer, question, verdicts, cites):
    check_answer(question, verdicts, cites)


@pytest.mark.parametrize("question", [
    "can I text a sophomore's cell to say his lost jacket is in the office",
    "can I text my 12th grader about tomorrow's bus time?",
    "ok to text one of my juniors that practice moved indoors",
])
def test_a_text_to_one_high_school_student_is_prohibited(ask, sections_cited, question):
    reply = ask(question)
    assert reply["verdict"] == "prohibited", reply["answer"]
    assert "Exception to Policy" in sections_cited(reply)


# How many students a text goes to is read from the grammar of its object (issue 10): a determiner of one, a few
# modifiers and a singular student word (or any singular role a grade band names) is one student, a one-to-one
# text outside the Exception's group message; plural heads and collectives keep the Exception's conditions.
@pytest.mark.parametrize("question", [
    "ok to text my junior varsity pitcher from my cell that practice moved to 4?",
    "Can I shoot a quick text to our 12th grade class president about the assembly run-through?",
    "could I imessage with one of my seniors tonight about her scholarship essay?",
    "is it ok to text my 10th grade stage crew kid the call time for the show?",
    "can I whatsapp my 11th grade aide which worksheets to copy?",
    "a freshman texted my personal phone about the field trip, can I reply back to her?",
    "can I text each player on my varsity soccer team separately about the ride to the game?",
])
def test_a_text_to_one_student_read_from_its_object_is_one_to_one(check_answer, situation, question):
    assert "single_student" in situation(question).facts
    check_answer(question, {"prohibited"}, {"exception", "mobile"})


@pytest.mark.parametrize("question, one", [
    ("my 10th grade debate kid", True), ("our 12th grade class president", True), ("each player", True),
    ("one of my juniors", True), ("my 10th grade debate kids", False), ("my 11th grade debate team", False),
    ("all my seniors", False), ("her mom", False), ("every student", False),
    # "student" before the plural name of a job a group of students holds: the group, not one student
    ("the student ushers at graduation", False), ("the senior class officers", False),
    ("the student volunteer", True),
])
def test_whom_a_text_goes_to_is_counted_from_its_object(situation, question, one):
    assert ("single_student" in situation(f"can I text {question} about the trip? they're in high school").facts) \
        is one


@pytest.mark.parametrize("question", ["can I text my 11th grade robotics kids about the competition bus?",
                                      "can I text my 10th grade debate team about the tournament schedule?",
                                      "ok to text all my seniors about the senior trip meeting point?"])
def test_a_text_to_a_group_of_students_is_no_one_to_one_text(check_answer, situation, question):
    assert "single_student" not in situation(question).facts
    check_answer(question, {"conditional", "clarify"}, {"exception"})


@pytest.mark.parametrize("question", ["can I text my 12th graders about tomorrow's bus time?",
                                      "can I text my freshmen about the trip?"])
def test_a_text_to_high_school_students_as_a_group_keeps_the_exceptions_conditions(ask, question):
    assert ask(question)["verdict"] == "conditional"


# "the student ushers", "the student captains": a group of students named by the job they hold, not one student
@pytest.mark.parametrize("question", [
    "can I text the student ushers at graduation about where to line up? they're seniors",
    "ok to text the student captains on the varsity bus if the game runs late so they're safe?",
])
def test_students_named_by_a_job_they_hold_are_a_group(check_answer, situation, question):
    assert "single_student" not in situation(question).facts
    check_answer(question, {"conditional"}, {"exception"})


@pytest.mark.parametrize("question, one", [
    ("a freshman's cell", True), ("my 11th grader", True), ("one of my seniors", True),
    ("my 11th graders", False), ("my freshmen", False), ("my homeroom", False),
])
def test_one_student_is_read_from_the_singular(reading, question, one):
    assert ("one_student" in reading(f"can I text {question}").concepts) is one


# permission still to come is not prior written permission: the fact is read from concepts in order
# ("forms come back next week"), so the wording around it does not matter
@pytest.mark.parametrize("question", [
    "the permission slips are still out for the robotics trip, can I group text my 11th graders and their parents "
    "about the bus now?",
    "I'll collect the cps forms tomorrow but can I start the group chat w/ my seniors + parents today for safety "
    "stuff on the trip",
])
def test_permission_that_comes_later_is_no_permission(ask, question):
    reply = ask(question)
    assert reply["verdict"] == "prohibited", reply["answer"]


def test_forms_all_in_before_a_trip_tomorrow_keep_the_exception(ask, situation):
    question = ("all the forms are signed and the trip is tomorrow, can I group text my 11th graders with their "
                "parents on it for safety updates?")
    assert "no_permission" not in situation(question).facts
    assert ask(question)["verdict"] in ("conditional", "allowed")


# A condition stated as failed, in words no pattern spells: read as a fact from concepts in order, with the
# negation that cancels it ("I won't leave any parents out" keeps them on). Each fact is checked on the reading
# and on the answer.
CONDITIONS_SAID_TO_FAIL = [
    # parents kept off the thread, or only the students on it
    ("Our JV soccer chat has the permission forms on file, but I'd like to leave the moms and dads out of it so "
     "it stays quiet. Fine for texting the 10th graders?", "no_parent"),
    ("I set up a text thread with only my senior cross-country runners; both the principal and families signed "
     "the CPS form. ok?", "no_parent"),
    ("Forms are signed for the debate trip. Can I keep the guardians off the group message and text the juniors "
     "for safety check-ins?", "no_parent"),
    ("cps forms all back for the 11th grade field trip. I'd text nobody but the kids on the trip, the families "
     "stay off it. safety stuff only. good?", "no_parent"),
    # permission spoken, not written
    ("Principal nodded yes when I asked in the parking lot about texting my juniors + their parents for the "
     "college visit trip, but I never got it written down. Is that enough?", "no_permission"),
    ("Our principal is fine with a group text with my 9th graders and their families during the overnight trip, "
     "we just haven't put anything in writing yet. OK to start?", "no_permission"),
    ("my AP said go ahead over the phone for a trip group text with my sophomores and their parents, for "
     "safety. we're set, right?", "verbal_only"),
    # one message to one student
    ("A junior left her calculator in my room. Could I send her a single text from my phone to let her know?",
     "one_to_one"),
    ("his dad asked me to remind him about the bus, can I text him once? he's a senior", "one_to_one"),
    ("a 12th grader's ride fell through, can I shoot her a quick text from my cell with the late bus time?",
     "one_to_one"),
    # the parents' place refused or impossible, whatever the reason given
    ("Both forms are signed for the mock trial team. I'm not going to include the parents in the thread, "
     "can I text the 11th graders?", "no_parent"),
    ("signed CPS forms for the 10th grade bio trip. can I group text the students and skip their families?",
     "no_parent"),
    ("forms done for the HS quiz bowl trip, but the guardians cannot be added to the chat app. text the seniors "
     "anyway?", "no_parent"),
    # a routine purpose, or the safety purpose denied
    ("Forms on file. Can I text my juniors + parents a reminder to bring their calculators?", "non_safety"),
    ("principal and parents signed. ok to text the 12th grade class and families about the cap and gown deadline?",
     "non_safety"),
    ("we have forms for the 9th grade club, it's not a safety thing, just want to text them + parents. fine?",
     "non_safety"),
    # routine school business by its kinds: money owed, gear and uniforms, work missed while absent
    ("can I text my 11th grade volleyball girls to bring the cash for their warmups?", "non_safety"),
    ("ok to text the seniors on the team that their uniform payment is overdue?", "non_safety"),
    ("is it alright to text my sophomores who were absent today what they missed in class?", "non_safety"),
    # permission from an earlier year or season
    ("Can I reuse the signed texting forms from last year for my sophomores and their parents on this trip?",
     "lapsed"),
    ("the consent forms we got last spring for the HS band, good enough to group text kids and parents now?",
     "lapsed"),
    ("Last season's permission slips are on file; can I text the varsity players and families for the away "
     "game?", "lapsed"),
    # the purpose told, and not the safety the Exception names: praise, thanks, greetings and wishes, or every
    # purpose at once ("for any reason", "whenever I want"), whatever conditions are met beside it
    ("forms signed, parents on the thread: ok to text my juniors a quick 'well done' after the "
     "showcase?", "non_safety"),
    ("can I group text the varsity swimmers and their parents to wish them good luck before state? cps "
     "forms in", "non_safety"),
    ("I'd like to text my 12th grade mentees a shoutout for finishing the service project, parents "
     "cc'd", "non_safety"),
    ("principal signed a letter so I can text my sophomores whenever I need to, parents copied. am I "
     "good?", "non_safety"),
    ("hs coach - parents and principal signed, parents in the chat. can I use the thread for any reason "
     "at all?", "non_safety"),
    # one student and nobody else, said without the words "one-to-one": "the captain alone", "her by herself"
    ("can I text our goalie alone about the bus time? she's a senior, her mom signed the form", "one_to_one"),
    ("ok to text the drum major by himself about the parade route? he's in 11th", "one_to_one"),
    ("I want to text my junior class president alone about the trip safety plan, forms signed", "one_to_one"),
    # a part of the parents said to have signed: the written permission is not in hand for the group
    ("most of the parents of my 10th grade robotics team signed the cps form. can I start the group text "
     "for regionals?", "partial_permission"),
    ("only some families of my HS choir kids have turned in the permission forms - ok to text the whole "
     "choir about the trip?", "partial_permission"),
    ("about half the forms are back for my juniors' overnight trip; can I set up the group text with "
     "parents now?", "partial_permission"),
]


@pytest.mark.parametrize("question, fact", CONDITIONS_SAID_TO_FAIL)
def test_an_exception_condition_said_to_fail_is_read_and_prohibits(check_answer, situation, question, fact):
    assert fact in situation(question).facts
    check_answer(question, {"prohibited"}, {"exception", "mobile"})


# The same words with the condition met, or the exclusion negated: the Exception keeps its conditions.
@pytest.mark.parametrize("question", [
    "I won't leave any parents out: a group text with my 12th graders and their parents for the retreat's safety "
    "check-ins, CPS forms signed by the principal and everyone. ok?",
    "Can I group text my 11th graders and their parents about safety on the trip? forms signed by principal and "
    "parents",
    "The principal and every parent signed the CPS texting form in writing; can I group text my 12th graders with "
    "the parents on it for the trip's safety check-ins?",
    "for the overnight trip, a group text with just the seniors and their parents for safety, forms signed. ok?",
])
def test_the_exceptions_conditions_met_or_the_exclusion_negated_stay_under_the_exception(ask, situation, question):
    facts = situation(question).facts
    assert not facts & {"no_parent", "no_permission", "verbal_only", "one_to_one"}, facts
    assert ask(question)["verdict"] in ("conditional", "allowed")


# A group chat the asker made on their own phone is a group text, not a bulk notification system, whatever app
# it runs in: the text rules (K-8, the Exception) decide it.
@pytest.mark.parametrize("question", [
    "I run a chat group for my 4th grade chess club in a free messaging app off my personal cell, parents are on "
    "it. is that allowed?",
    "the 7th grade band kids are in a group thread I started from my own number in a texting app, parents too. ok?",
    "our 2nd grade class has a chat group on my phone in a messaging app with the parents in it for reminders. "
    "a problem?",
])
def test_a_group_chat_on_ones_own_phone_is_a_group_text_not_a_bulk_system(check_answer, situation, question):
    assert situation(question).channel == "text"
    check_answer(question, {"prohibited"}, {"exception", "mobile"})


# A signature promised for later is not prior written permission, whoever is to sign.
@pytest.mark.parametrize("question", [
    "the parents all signed, and the principal will sign the texting form on monday. can I open the group text "
    "with my 10th graders and their parents for the trip this weekend?",
    "my AP is gonna approve it after break, so can I start texting my 12th grade team + parents about bus safety now?",
    "families signed; the principal said she'll sign off next week. ok to start the junior class group text with "
    "the parents on it for the overnight?",
])
def test_a_signature_still_to_come_is_no_prior_written_permission(check_answer, situation, question):
    check_answer(question, {"prohibited"}, {"exception"})


@pytest.mark.parametrize("question", [
    "my AP is gonna approve it after break, so can I start texting my 12th grade team + parents about bus safety now?",
    "the principal will okay the form when she's back, can I text the seniors and their parents today?",
])
def test_a_signature_still_to_come_is_read_as_no_permission(situation, question):
    assert "no_permission" in situation(question).facts


# An exclusion the asker negates cancels the fact the patterns read without its negation.
@pytest.mark.parametrize("question", [
    "I'd never leave parents off the group text. can I text my 11th graders and their parents about safety on the "
    "trip? forms signed",
    "parents won't be left out: group text with my 10th graders and their parents for the trip, forms signed by "
    "everyone",
    "we don't kick any parents off the group text: the varsity juniors and their parents are in it for away-game "
    "safety, cps forms signed. fine?",
])
def test_a_negated_exclusion_keeps_the_parents_on_the_thread(ask, situation, question):
    assert not situation(question).facts & {"no_parent", "no_permission"}
    assert ask(question)["verdict"] in ("conditional", "allowed")


# A one-to-one message the asker rules out ("not ... one-on-one", "never individually", "no private messages") is
# not the manner asked about: the group with the parents on it keeps the Exception's conditions.
@pytest.mark.parametrize("question", [
    "I won't message any of my sophomores individually, only a group thread with their moms and dads on it. what forms "
    "does the district want for the regional meet?",
    "for the high school band's overnight competition I'd never text a kid one on one; the parents are all in the group. "
    "what do I still need?",
    "no private messages to my juniors; we keep a group thread with their parents on it. what has to be signed "
    "first for the robotics trip?",
])
def test_a_one_to_one_text_the_asker_rules_out_keeps_the_exception(ask, situation, question):
    assert "one_to_one" not in situation(question).facts
    assert ask(question)["verdict"] in ("conditional", "allowed")


@pytest.mark.parametrize("question", [
    "can I text my juniors one on one about the trip? not the parents though",
    "If the forms don't come back, can I just message my seniors individually?",
])
def test_a_one_to_one_text_asked_about_stays_one_to_one(situation, question):
    assert "one_to_one" in situation(question).facts


# A condition shown failed in everyday words: parents who never signed, texts started before the forms come back,
# students writing to the asker's own phone one by one (no group message with the parent on it), a second-number
# app on the asker's phone for routine reminders. Asking what form is needed keeps the conditions.
@pytest.mark.parametrize("question, verdicts, cites", [
    ("our text alert service is approved. can we add the 10th graders whose parents haven't signed the consent "
     "form yet?", {"prohibited"}, {"mobile"}),
    ("the district-approved notification app is set up. some families didn't sign the permission slip - can we "
     "still text those 11th graders?", {"prohibited"}, {"mobile"}),
    ("can I start the safety group text for the 12th grade trip before the parent forms are turned in?",
     {"prohibited"}, {"exception", "mobile"}),
    ("can my 11th grade debate kids text me on my cell if they get separated at the tournament?",
     {"prohibited"}, {"exception", "mobile"}),
    ("I coach 9th grade volleyball. is it fine if the players message me on whatsapp when they're running late?",
     {"prohibited"}, {"exception", "mobile"}),
    ("can my 12th grade yearbook kids text my own cell when they need a ride home from the print shop?",
     {"prohibited"}, {"exception", "mobile"}),
    ("can i use google voice to text my 10th graders reminders about homework?", {"prohibited"},
     {"exception", "mobile"}),
    ("What form do my 10th graders' parents sign so the kids can text me during the Springfield trip?",
     {"conditional"}, {"exception"}),
])
def test_an_exception_condition_shown_failed_in_everyday_words_is_prohibited(check_answer, question, verdicts, cites):
    check_answer(question, verdicts, cites)


# A question ABOUT one of the Exception's conditions ("do the parents have to be on it?", "does the principal need to
# sign too?") or a plan that waits for the permission ("once the forms are back", "after they're signed") asks what
# the Exception needs: the conditions are listed, not read as failed.
@pytest.mark.parametrize("question", [
    "do the parents need to be in every message if I text my varsity runners about meet safety?",
    "once the signed CPS forms are back from every family, can I group text my seniors and their parents on the retreat for safety?",
    "as soon as the principal signs off and the parents return the forms, can I text my 10th grade choir + parents during the tour?",
    "what is the texting exception exactly, and who has to sign?",
])
def test_a_question_on_the_exceptions_conditions_or_a_plan_waiting_for_them_keeps_the_conditions(check_answer,
                                                                                                 question):
    check_answer(question, {"conditional", "allowed"}, {"exception"})


# A student word used as an adjective names an event or a group of students ("the senior trip", "the junior class
# meeting"), not one student; the athletic director's "AD here" is no advertisement (no routine purpose).
@pytest.mark.parametrize("question, fact, present", [
    ("for the junior retreat can we have a group text with the kids and their parents for safety?", "single_student", False),
    ("is a group text ok for the senior picnic if parents are on it?", "single_student", False),
    ("can I text the senior on my team who missed the bus?", "single_student", True),
    ("AD here - can I group text the varsity players and parents about a storm delay?", "non_safety", False),
])
def test_a_student_word_before_an_event_names_no_single_student(situation, question, fact, present):
    assert (fact in situation(question).facts) is present


# A group with the parents in it, the chat named in one word or not named at all: the Exception's group message.
@pytest.mark.parametrize("question", [
    "11th grade science olympiad trip: the principal and every parent signed the CPS form and the group will include all the parents. are we set?",
    "can I start a groupchat with my juniors for the college fair trip? their parents are in it and the forms are signed",
    "10-12 grade robotics team travels saturday; the chat includes each parent and the permission forms are done. fine?",
])
def test_a_group_with_the_parents_in_it_is_the_exceptions_group_message(check_answer, question):
    check_answer(question, {"conditional", "allowed", "clarify"}, {"exception"})


# Only the students whose parents signed, with those parents on the thread: the Exception's group, not parents left off.
@pytest.mark.parametrize("question", [
    "a few forms are still out for the 10th grade museum trip; can I text only the kids whose parents signed, those parents on the thread, for safety?",
    "can I group text just the juniors whose parents signed the CPS form, parents included, while we're at the tournament for safety?",
    "principal approved. I'll only add the seniors whose parents returned the signed form, with those parents on it, for the overnight's safety texts. ok?",
])
def test_only_the_students_with_permission_and_their_parents_is_the_exceptions_group(check_answer, question):
    check_answer(question, {"conditional", "allowed"}, {"exception"})


# Each way a condition of the Exception fails that the words only imply: students of a K-8 band in the same group
# (the Exception is for grades 9-12), the parents kept off a grade band's thread, only some students (the captains,
# one student, one on one), the everyday bus route (no educational or extracurricular activity), a young student's
# own device written to at the parents' request.
CONDITIONS_FAILED_BY_WHAT_THE_WORDS_IMPLY = [
    # two grade bands in one group: the group holds K-8 students
    ("the chess club is 6th through 10th graders together. forms and parents on the thread, can I text them for the "
     "tournament bus?", {"prohibited"}, {"exception", "mobile"}),
    ("my cross country squad mixes 8th and 9th graders - ok to do one group text with the families for the meet?",
     {"prohibited"}, {"exception", "mobile"}),
    ("We pair 4th grade readers with 12th grade tutors. Can I group text the tutors and the readers?",
     {"prohibited"}, {"exception", "mobile"}),
    # the parents kept off a grade band's thread: its students are written to, not a teachers' grade team
    ("want to text my 11th grade team on the bus home, no parents in it, forms are signed", {"prohibited"},
     {"exception", "mobile"}),
    ("leaving the families out, can I message my 12th grade crew during the college fair trip?", {"prohibited"},
     {"exception", "mobile"}),
    # only some students: the team's captains, a class officer
    ("I just want to text my co-captains about warmups, not the whole team or the parents. HS soccer.",
     {"prohibited"}, {"exception", "mobile"}),
    ("can I message only the class president about the homecoming float, she's a junior?", {"prohibited"},
     {"exception", "mobile"}),
    ("11th grade, forms signed - ok to text each athlete 1 on 1 about the bus home?", {"prohibited"},
     {"exception", "mobile"}),
    # only the students written to, by the positions they play: nobody else is on the thread
    ("I only need to message the pitchers about the bullpen schedule, all juniors, forms signed", {"prohibited"},
     {"exception", "mobile"}),
    ("varsity hockey: can I only text my goalkeeper and backup about the early skate? forms are in", {"prohibited"},
     {"exception", "mobile"}),
    ("we only text the quarterback and his backup about film sessions, HS, permission on file. ok?", {"prohibited"},
     {"exception", "mobile"}),
    # the colleague's message is the story when the asker writes to students
    ("my AP texted me that it's fine to text the sophomores on the trip; parents are in the chat but no CPS form. "
     "enough?", {"prohibited"}, {"exception"}),
    # the everyday bus route is no activity of the kind the Exception is for
    ("I'm a bus monitor. Could I group text the high school kids on my route when we're running behind?",
     {"prohibited"}, {"exception", "mobile"}),
    ("can a driver text the bus riders (all seniors) if the afternoon route changes?", {"prohibited"},
     {"exception", "mobile"}),
    # forms signed and parents on the thread, but the purpose is the asker's own cause, outside the school
    ("CPS forms are done and the families are in our 10th grade group text. Can I invite the kids to my temple's "
     "fundraiser there?", {"prohibited"}, {"exception", "mobile"}),
    ("the parents + principal signed for my junior class group chat. ok to use it to recruit for my little league "
     "team?", {"prohibited"}, {"exception", "mobile"}),
    ("Permission forms signed, guardians in the chat for my 12th graders - can I remind them about my church's "
     "youth night?", {"prohibited"}, {"exception", "mobile"}),
    # (no grade band named: no need to ask, the route fails the Exception in every band)
    ("Can I text the kids on my bus route?", {"prohibited"}, {"exception", "mobile"}),
    # a young student's own device, even when the parents ask for it
    ("A 2nd grader's mom asked me to send reading reminders by text to her son's iPad. ok?", {"prohibited"},
     {"exception", "mobile"}),
    ("the parents of my kindergartner want me to text their child's tablet directly. allowed?", {"prohibited"},
     {"exception", "mobile"}),
]


# The parents denied with the rest of the clause left out ("the kids are on it, parents aren't"): parents off the
# thread, whatever grade band is named or left out
@pytest.mark.parametrize("question", [
    "the debate kids all joined my group text for the state tournament. their parents aren't. forms are in, fine?",
    "11th graders are in the field trip group text, the guardians aren't tho, principal signed. ok to keep using it?",
])
def test_parents_said_not_to_be_on_it_in_a_clipped_clause_fail_the_exception(check_answer, question):
    check_answer(question, {"prohibited"}, {"exception", "mobile"})


# the parents placed first, then their wish to be off it: "two moms on the band trip text thread asked to be dropped"
@pytest.mark.parametrize("question", [
    "some of the dads in the 12th grade ski trip group text asked to be taken off it. can I keep the seniors on it?",
])
def test_parents_who_asked_to_be_taken_off_the_thread_fail_the_exception(check_answer, question):
    check_answer(question, {"prohibited"}, {"exception", "mobile"})


@pytest.mark.parametrize("question", [
    "my sophomores want a group text for the trip but the parents aren't sure about it. what do I need?",
])
def test_parents_unsure_are_not_parents_left_off(situation, question):
    assert "no_parent" not in situation(question).facts


# The asker's own phone by another name (a line, a plan, "my personal one" after a phone), with nothing of the
# Exception said: texting students over an ordinary channel
@pytest.mark.parametrize("question", [
    "school-issued cell is in the shop, so I've been texting my 10th graders from my personal one. that's fine?",
    "I message my juniors about homework from my own cell line, is that a problem?",
    "do the rules even apply if I text my seniors on my own phone plan after hours?",
])
def test_the_askers_own_line_plan_or_phone_texting_students_is_prohibited(check_answer, question):
    check_answer(question, {"prohibited"}, {"exception", "mobile"})


# A message to each student in turn is one-to-one texting, not the Exception's group message with the parents
@pytest.mark.parametrize("question", [
    "11th grade orchestra at the festival: forms signed, can I text each one of them when their warmup room opens?",
    "senior class trip to the zoo. I was going to whatsapp them each about the meeting spot, is that ok?",
])
def test_a_text_to_each_student_in_turn_is_one_to_one(check_answer, question):
    check_answer(question, {"prohibited"}, {"exception", "mobile"})


# A group of one band with a few students of the other counted in ("except", "plus", "besides"): the group holds
# K-8 students, so the Exception (grades 9-12) cannot cover it
@pytest.mark.parametrize("question", [
    "the robotics club is 10th and 11th graders plus three 7th graders from the feeder school. group text with "
    "their families for the competition, forms in?",
    "track relay squad: all 9th graders except one 8th grader who runs up. ok to text the squad with parents on it?",
])
def test_a_band_with_a_few_of_the_other_band_counted_in_is_a_mixed_group(check_answer, question):
    check_answer(question, {"prohibited"}, {"exception", "mobile"})


def test_two_bands_taught_apart_still_ask_which(check_answer):
    check_answer("I teach 7th graders but I also coach 11th graders. can I text them about practice?",
                 {"clarify"}, set())


# "message" said with the asker's own phone named: a text from that phone, not the district's group app
@pytest.mark.parametrize("question", [
    "is it ok to message my juniors from my personal cell about tomorrow's lab?",
    "I message my 10th graders from my own phone line when they miss class. problem?",
])
def test_a_message_from_the_askers_own_phone_to_students_is_a_text(situation, question):
    assert situation(question).channel == "text"


@pytest.mark.parametrize("question, verdicts, cites", CONDITIONS_FAILED_BY_WHAT_THE_WORDS_IMPLY)
def test_an_exception_condition_failed_by_what_the_words_imply_is_prohibited(check_answer, question, verdicts,
                                                                            cites):
    check_answer(question, verdicts, cites)


@pytest.mark.parametrize("question", [
    "can I text the kids on my bus route when I'm late?",
    "my bus riders are all 10th graders, ok to text them about stops?",
    "texting the students who ride my bus to and from school, forms signed",
])
def test_the_everyday_bus_route_is_read_as_no_activity(situation, question):
    assert "no_activity" in situation(question).facts


# Every condition said to hold, in shorthand and with an event named: the Exception's conditional answer (or yes).
@pytest.mark.parametrize("question", [
    "JV soccer, all 10th graders. principal + every parent signed the CPS texting form, group chat incl the parents, "
    "only for safety at away games. ok?",
    "Senior prom chaperone here: group text with the seniors and their parents for the night, CPS form signed by the "
    "principal and parents, for keeping everyone safe.",
    "homecoming dance (HS): cps forms signed by admin and all families, parents in the thread, just so no one gets "
    "stranded. good?",
])
def test_every_condition_said_to_hold_keeps_the_exception(check_answer, question):
    check_answer(question, {"conditional", "allowed"}, {"exception"})


@pytest.mark.parametrize("question", [
    "can I text my players before the game tonight?",
    "ok to text the team after the game about the bus?",
    "want to group text my players the game schedule",
])
def test_players_before_a_game_are_a_team_not_someone_playing_a_game(ask, items_cited, question):
    reply = ask(question)
    assert 20 not in items_cited(reply), reply


# Two grade bands named of the asker's work, not of one group ("I coach both the middle school and the high school
# teams"): which students are texted is unknown, so the bot asks; said of one group, the group holds K-8 students.
@pytest.mark.parametrize("question", [
    "I coach both the 8th grade and the 10th grade teams. Forms signed, parents on it, for safety at the meet. "
    "can I text the team?",
    "I teach 7th grade science and 11th grade chem; can I group text my students with their parents on the trip?",
    "I sponsor the middle school and the high school clubs - can I text my club members?",
])
def test_two_bands_of_the_askers_work_leave_the_band_open(check_answer, question):
    check_answer(question, {"clarify"}, {"exception", "mobile"})


# ... and the look-alikes: a safety purpose told, or the courtesy said to the asker, keep the conditions.
@pytest.mark.parametrize("question", [
    "thanks! one more: can I group text my 11th graders and their parents so nobody is stranded after the away game? forms signed",
    "good luck to me lol - I want a group text w/ my HS debate kids + parents for safety at the overnight tournament, forms are in",
    "can I text my high school runners and their parents where to meet if the race gets moved? cps forms signed",
])
def test_a_courtesy_word_beside_a_safety_purpose_keeps_the_exception(check_answer, question):
    check_answer(question, {"conditional", "allowed"}, {"exception"})


# The time a permission comes read against the time of the act: before it, prior permission still to come (the
# conditions are listed); after it, no prior written permission.
@pytest.mark.parametrize("question, verdicts", [
    ("HS band trip: permission forms come back Tuesday, the trip is Thursday. can I group text the kids and parents "
     "for safety on the trip?", {"conditional", "allowed"}),
    ("the cps forms are due Monday and the tournament is Saturday; group text with my 11th graders and their parents "
     "for safety then?", {"conditional", "allowed"}),
    ("the overnight retreat is Wednesday but the permission slips are due back next Monday. group text the seniors "
     "and parents for the retreat?", {"prohibited"}),
    ("our game is Friday and the signatures come in the following Tuesday. can I text my varsity players and their "
     "parents for pickup safety at the game?", {"prohibited"}),
])
def test_a_permission_is_prior_only_when_it_comes_before_the_act(check_answer, question, verdicts):
    check_answer(question, verdicts, {"exception", "mobile"})


# Two bands said to be on one thread ("the same group text", "plays up on the JV team", "like everyone else"):
# the group holds K-8 students, so the Exception cannot cover it.
@pytest.mark.parametrize("question", [
    "I coach 7th grade and 10th grade cross country; can I use the same group text for both squads if parents are on it?",
    "an 8th grader practices with our varsity team. can I add her to the team group chat like everyone else, parents included?",
    "two 8th graders moved up to the high school JV team - ok to put them in one group text with the 10th graders and parents?",
])
def test_two_bands_on_one_thread_hold_k8_students(check_answer, question):
    check_answer(question, {"prohibited"}, {"exception", "mobile"})


# An age says the band: 5 to 13 only a K-8 student has, 15 to 18 a high school student.
@pytest.mark.parametrize("question, audience", [
    ("can I group text the 11-year-olds on the trip with their parents? forms signed", "student_k8"),
    ("our robotics kids are all 16 year olds; group text with parents for the comp, forms signed?", "student_9_12"),
    ("ok to text the 9 yr olds in my chess club about the tournament?", "student_k8"),
])
def test_an_age_names_the_grade_band(situation, question, audience):
    assert situation(question).audience == audience


# Every condition told met, with the principal and the parents named as the ones who signed and the parents on the
# thread: the students are who is texted (the signers are whose permission it is), and the Exception holds.
@pytest.mark.parametrize("question", [
    "grades 10-12 robotics: forms back from every parent and the principal, and the group chat has all the parents in "
    "it. we only use it to say where to meet and when the bus gets in. ok?",
    "HS cross country - the principal and all families signed the cps texting form, and we're on one thread with all "
    "the parents. fine to post bus arrival times for the away meet there?",
    "for our juniors' overnight retreat the principal and parents signed the CPS form; our group text is with every "
    "parent. good to send safety check-ins on it?",
])
def test_every_condition_told_met_with_the_signers_named_keeps_the_exception(check_answer, situation, question):
    assert situation(question).audience == "student_9_12"
    check_answer(question, {"conditional", "allowed"}, {"exception"})


# A colleague's "ok" sent to the asker for a thread with the parents on it is the permission, not a conversation
# among staff: the students' thread keeps the Exception's rules (and a spoken parent's yes still fails it).
@pytest.mark.parametrize("question, verdicts", [
    ("JV wrestling: the AD texted me a thumbs up and the parents said sure at the meeting. group chat with the parents "
     "in it for tournament pickup?", {"prohibited"}),
    ("the principal emailed me her approval and the parents signed the cps form; the group text has the parents on "
     "it. ok to send my 11th graders the bus times for the meet?", {"conditional", "allowed"}),
    ("my AP messaged me a yes, and every parent signed the district form; the thread has the parents in it. can I text "
     "the seniors where to meet on the trip?", {"conditional", "allowed"}),
])
def test_a_colleagues_ok_for_a_thread_with_parents_is_permission_not_staff_talk(check_answer, situation, question,
                                                                               verdicts):
    assert situation(question).audience == "student_9_12"
    check_answer(question, verdicts, {"exception", "mobile"})


# A range of high school grades said in ordinals names the band.
@pytest.mark.parametrize("question", [
    "can I text the cadets (9th-12th) and their parents for safety on the overnight trip? forms signed",
    "our club is 10th through 12th graders; group text with parents for the tournament, forms in?",
    "the 11th-12th grade peer mentors: a group text with their parents for the retreat?",
])
def test_a_range_of_high_school_grades_in_ordinals_names_the_band(situation, question):
    assert situation(question).audience == "student_9_12"


# Conditions told in the story's own order and words: the parents' place on the thread said after what they did, a
# group of students "only" with the parents included, a blanket or standing permission, a few families signed.
@pytest.mark.parametrize("question, fact, present", [
    ("the moms and dads signed the form last week and they're all on the thread now. text my 10th graders there?",
     "parent_on_thread", True),
    ("seniors only, parents cc'd, forms signed: group text for the grad night bus?", "no_parent", False),
    ("varsity girls only in the chat, no parents. forms are signed. ok for the bus times?", "no_parent", True),
    ("the principal issued a blanket approval for texting students on trips, so I'm covered for my juniors, right?",
     "no_permission", True),
    ("a handful of parents have signed the cps form for the junior trip. start the group text?",
     "partial_permission", True),
])
def test_conditions_told_in_the_storys_order_are_read(situation, question, fact, present):
    assert (fact in situation(question).facts) is present


# A class or team page's yearly approval with its renewal denied ("nobody renewed it", "it was never redone") lapsed.
@pytest.mark.parametrize("question", [
    "the principal approved our class facebook page back in 2021 and nobody has renewed the approval. still fine?",
    "our team's instagram was approved when it started; it hasn't been re-approved since. keep posting?",
    "the art club youtube got the principal's sign-off years ago, never redone. ok to keep it up?",
])
def test_a_class_page_whose_renewal_is_denied_has_lapsed(check_answer, situation, question):
    assert "lapsed" in situation(question).facts
    check_answer(question, {"prohibited"}, {"social"})


# A follow-up on the Exception named by its parts (its name, its form, the parents on the students' thread): the
# parents are a party to the students' thread, so the answer is the Exception's conditions, or prohibited when a part
# is told missing and the texts go ahead.
@pytest.mark.parametrize("question", [
    "Under the exception, do the parents need to be on every group text or can they just get a copy?",
    "For the texting exception, is it enough that a parent knows about the chat, or must she be in it?",
    "exception to policy question: does the mom have to be in the text thread with her 11th grader?",
])
def test_a_follow_up_on_the_exceptions_parents_on_the_thread_keeps_its_conditions(check_answer, question):
    check_answer(question, {"conditional", "allowed"}, {"exception"})


@pytest.mark.parametrize("question", [
    "Seniors' parents signed already but the principal hasn't signed yet. I'm starting the group text for the robotics trip tomorrow, ok?",
    "high school track: every parent signed, principal still hasn't. we kick off the team group text monday regardless. fine?",
    "All the 10th grade debate parents have signed; our principal has not. Can I begin group texting them this weekend?",
])
def test_the_principals_signature_told_missing_with_the_texts_going_ahead_is_prohibited(check_answer, question):
    check_answer(question, {"prohibited"}, {"exception", "mobile"})


# Whether texting students is ever possible ("is there any situation", "under what circumstances") asks for the
# Exception and its conditions: conditional, the one student named being anyone of the kind, the grade band among
# the conditions (no clarify on K-8 or 9-12).
@pytest.mark.parametrize("question", [
    "Are there any circumstances where I'd be allowed to text one of my sophomores?",
    "under what circumstances can a teacher text students on their cell phones?",
    "is there a single situation where texting a high school kid is permitted?",
    # "ever" in the permission question asks the same
    "is messaging a student on my cell ever alright? say the bus breaks down on a trip",
    "could I ever text one of my juniors?",
])
def test_whether_texting_students_is_ever_possible_is_answered_with_the_exceptions_conditions(check_answer, situation,
                                                                                             question):
    assert "asks_possibility" in situation(question).facts
    check_answer(question, {"conditional"}, {"exception"})


# Days told for the permission and for the texts are compared as one calendar: a day told again is the one told
# before ("the following Tuesday ... Tuesday"), and "the Friday after" is a week on; the forms due before the
# texts start are a condition still to come, not one failed.
@pytest.mark.parametrize("question", [
    "cps forms are due back thursday and the meet is the following tuesday. can I open the safety group chat with "
    "my 11th graders and their parents tuesday morning? principal signs wednesday",
    "principal's signature comes monday, parents' forms by wednesday, and the debate trip is the friday after. "
    "ok to group text my seniors and their parents for safety on the trip?",
    "the signed texting forms for my 10th graders come in tuesday; the band trip is the next saturday. can I start "
    "the safety group text with parents in it saturday morning?",
])
def test_permission_due_before_the_texts_start_on_the_days_told_keeps_the_exception(check_answer, situation,
                                                                                    question):
    assert "no_permission" not in situation(question).facts
    check_answer(question, {"conditional", "allowed"}, {"exception"})


# "what hoops", "which conditions", "next steps": what must be in place, asked by its name
@pytest.mark.parametrize("question", [
    "which requirements apply before I can group text my 12th grade class trip with the parents in it?",
    "what approvals must be in place for me to text my 11th graders during the museum trip?",
    "Parents haven't signed the CPS form yet for my juniors' overnight trip, principal has. next steps for the safety text?",
])
def test_the_exceptions_conditions_asked_by_their_name_are_the_answer(check_answer, situation, question):
    assert "asks_requirements" in situation(question).facts
    check_answer(question, {"conditional"}, {"exception"})


# A part of the parents counted ("12 of 15", "3 out of 4", "70%") is a permission only partly given: the texts to
# every student fail the condition ...
@pytest.mark.parametrize("question", [
    "12 of 15 parents turned in the CPS texting form for the chess tournament and the principal signed. can I group "
    "text all 15 of my 10th graders with parents on it for safety?",
    "about 70% of the families signed the text permission for the debate trip (juniors). Can I just text the whole team, parents included?",
    "3 out of 4 parents signed the CPS form for my seniors' robotics trip; the principal signed. Group text everybody for safety anyway?",
])
def test_a_counted_part_of_the_parents_signing_is_a_partial_permission(check_answer, situation, question):
    assert "partial_permission" in situation(question).facts
    check_answer(question, {"prohibited"}, {"exception", "mobile"})


# ... and the texts kept to the part that signed ("only those 9 students", "just the ones whose parents signed")
# meet it for everyone texted
@pytest.mark.parametrize("question", [
    "9 of 12 parents signed the CPS texting form, principal too. can I group text only those 9 students and their "
    "parents for safety on the 11th grade trip?",
    "Most of the juniors' parents returned the signed CPS form and the principal signed. For the trip, can I group "
    "text just the students whose forms are signed, parents on the thread, about safety?",
    "Only some parents of my 12th graders signed the texting form (principal did). Safety group text with only the "
    "signed ones and their parents ok?",
])
def test_texts_kept_to_the_part_whose_permission_is_signed_keep_the_exception(check_answer, situation, question):
    assert "partial_permission" not in situation(question).facts
    check_answer(question, {"conditional", "allowed"}, {"exception"})


# The CPS texting form exists only for the Exception: a question about the form with nobody named is about the
# Exception's texts to students in grades 9-12, answered with its conditions (no clarify on who is texted).
@pytest.mark.parametrize("question", [
    "how long is a signed CPS texting form good for? a semester? the whole year?",
    "where do I find the text permission form, is it on the intranet?",
    "can the CPS texting form be signed electronically, or does it have to be on paper?",
])
def test_a_question_about_the_cps_texting_form_is_about_the_exception(check_answer, situation, question):
    assert situation(question).audience == "student_9_12"
    check_answer(question, {"conditional"}, {"exception"})


# What texting students needs, asked with their grade band unknown: the Exception's conditions, grades 9-12 among
# them (the K-8 case is what the conditions rule out, not a separate answer to choose)
@pytest.mark.parametrize("question", [
    "what do I need to have in place to group text the kids in my robotics club on competition weekends?",
    "which approvals are required before a coach texts her players during away tournaments?",
    "what are the requirements for texting students on an overnight field trip?",
])
def test_what_texting_students_needs_is_the_exceptions_conditions_whatever_the_band(check_answer, question):
    check_answer(question, {"conditional"}, {"exception"})


# A question about the CPS texting form itself (who signs it, how long it lasts, how many are needed), no text asked
# beside it: the form's requirements are asked, answered with the Exception's conditions, whatever it counts per
# student
@pytest.mark.parametrize("question", [
    "quick q on the CPS text permission form: can one parent sign for twins or does each twin need their own?",
    "Is the texting form good for a single trip or for the whole season?",
    "does the cps texting form need a new signature if a student changes teams midyear?",
])
def test_a_question_on_the_texting_form_alone_asks_its_requirements(check_answer, situation, question):
    facts = situation(question).facts
    assert "asks_requirements" in facts and "single_student" not in facts
    check_answer(question, {"conditional"}, {"exception"})


# The Exception's conditions (the CPS form, prior written permission, parents on the thread) are said only of a
# thread with students: a group they are said of is students, never a colleagues' thread to ask about.
@pytest.mark.parametrize("question", [
    "the permission slips for the team aren't signed yet, can I make the group text today?",
    "the principal okayed texting the club. anything else I need before I start?",
    "what if only half the squad's parents sign the form, can I still text the squad?",
])
def test_a_group_the_exceptions_conditions_are_said_of_is_students(situation, question):
    assert (situation(question).audience or "").startswith("student")


# Texts to students already sent, judged ("is that ok?"), with none of the Exception's conditions in the story:
# the conditions were not in place before the texts, so the grade band changes nothing and the bot does not ask.
@pytest.mark.parametrize("question", [
    "I texted my players from my cell after practice last night. Is that allowed?",
    "we chat with our robotics kids on whatsapp every night. is that allowed?",
    "a colleague texts his players on his cell all season long, is that against the rules?",
])
def test_texts_already_sent_without_the_exceptions_conditions_are_prohibited(ask, question):
    assert ask(question)["verdict"] == "prohibited"
# The asker's own phone, number or account named for texting high school students, nothing of the Exception said
# (no activity, safety, forms or parents): an ordinary channel to a student's phone, outside the Exception. Naming
# the Exception's parts, or asking what it takes, keeps its conditions.
@pytest.mark.parametrize("question, verdicts", [
    # "message" names no app: from a cell it may be CPS Google Chat on the asker's CPS account, so the bot asks
    ("is it fine if I message my 11th graders from my personal cell when they have questions about the lab?",
     {"prohibited", "clarify"}),
    ("is it fine if I text my 11th graders from my personal cell when they have questions about the lab?",
     {"prohibited"}),
    ("thinking of giving my sophomores my google voice number so they can text me. yes?", {"prohibited"}),
    ("I'd text my juniors from my own phone, nothing fancy, just to stay in touch. problem?", {"prohibited"}),
    ("For the regional tournament can I group text my 10th grade wrestlers from my personal cell with their parents "
     "on it, forms signed?", {"conditional", "allowed"}),
    ("what would I need to text my 12th graders from my own phone on the overnight trip?", {"conditional"}),
])
def test_texting_students_from_ones_own_means_is_outside_the_exception_unless_its_parts_are_named(
        check_answer, question, verdicts):
    check_answer(question, verdicts, {"exception", "mobile"})


# A list of grades that shares one noun names each grade in it: a list reaching below 9th grade is a group the
# Exception cannot cover (grades 9-12 only), one wholly in 9-12 keeps its conditions.
@pytest.mark.parametrize("question, verdicts", [
    ("our 7th, 9th and 11th graders share one chess club. all forms signed, parents on the chat. can I text the club "
     "for the tournament?", {"prohibited"}),
    ("the choir has sixth, tenth and twelfth graders; group text with parents on it for the concert trip?",
     {"prohibited"}),
    ("the trip group is 8th, 9th or 10th graders depending on the week, forms are in. one group text with parents?",
     {"prohibited"}),
    ("my 9th, 10th and 11th graders on the trip, parents in the group, forms signed: group text ok?",
     {"conditional", "allowed"}),
])
def test_a_list_of_grades_reaching_below_ninth_is_outside_the_exception(check_answer, question, verdicts):
    check_answer(question, verdicts, {"exception", "mobile"})


# The Exception's group message has the parent/guardian on it: parents left free to join if they like are not.
@pytest.mark.parametrize("question", [
    "group chat with my seniors for the trip; parents may subscribe if they'd like. forms signed. ok?",
    "can I start a whatsapp group with my 10th grade soccer team for away games? parents can hop on if they want",
    "I'll text the juniors on the college visit, their parents can join if interested",
    pytest.param("group text for the 10th grade band trip, forms signed; we add parents on request",
                 marks=pytest.mark.xfail(reason="'add parents' is read as friending them: prohibited, but citing "
                                                "the social media section's friending line", strict=True)),
])
def test_parents_left_free_to_join_are_not_on_the_thread(check_answer, situation, question):
    assert "no_parent" in situation(question).facts
    check_answer(question, {"prohibited"}, {"exception", "mobile"})


# A group named for a skill it works on ("my social skills group") or a colleague named by a job ("the social
# worker") is no social outing (`non_safety`): with the Exception's conditions told and the band unknown, the bot
# asks which grades.
@pytest.mark.parametrize("question", [
    "I'm taking my social skills group to the aquarium. For their safety can I do a group text with them and "
    "their parents?",
    "Social worker here, covering two campuses: can I text the kids in my coping skills group during the overnight "
    "retreat? parents will be on it",
])
def test_a_skill_or_a_job_named_social_is_no_social_outing(ask, situation, question):
    assert "non_safety" not in situation(question).facts
    reply = ask(question)
    assert reply["verdict"] == "clarify"
    assert {o["verdict"] for o in reply["options"]} >= {"prohibited", "conditional"}


# Socialising as the message's purpose is still no safety purpose.
def test_socialising_is_no_safety_purpose(situation):
    assert "non_safety" in situation("can I group text my 10th graders on the trip just to socialize?").facts


# A channel set against the one asked about ("not texting", "rather than text", "instead of a text", "different
# than texts") is not the question: a voice call to a high schooler's cell is asked, and calls to a student's phone
# are prohibited (the Exception covers group texts only), whatever forms are signed.
@pytest.mark.parametrize("question", [
    "Not texting, promise. Could I just phone my 11th grade stage manager's cell about tomorrow's rehearsal time?",
    "We have the CPS permission forms for the robotics trip. I'd rather ring the juniors' cells than text them. ok?",
    "can I call my sophomore goalie on her cell instead of texting her? calls are different from texts, right?",
])
def test_a_call_asked_beside_a_text_set_aside_is_a_call_to_a_students_phone(ask, question):
    reply = ask(question)
    assert reply["verdict"] == "prohibited", reply["answer"]


# Parents sent their own copy apart from the thread ("a separate recap email", "a summary afterwards") are not on the
# group message: the Exception's group-with-the-parents condition fails, whatever forms are signed
@pytest.mark.parametrize("question", [
    "Track team, all 10th-12th, CPS forms signed by parents and principal. The group text is only the runners; the "
    "parents get a separate recap email every Friday. fine?",
    "Model UN trip for juniors, forms are in. I'll text the delegates on a group thread and their moms and dads get "
    "a summary text from me separately. that works?",
])
def test_parents_sent_a_copy_apart_from_the_thread_are_not_on_it(ask, question):
    reply = ask(question)
    assert reply["verdict"] == "prohibited", reply["answer"]


# a copy sent to the parents as well as the thread they are on leaves them on it
def test_a_copy_sent_to_parents_as_well_keeps_them_on_the_thread(ask):
    reply = ask("11th grade field trip, CPS forms signed, the group text has the parents on it; I also email the "
                "parents a recap of the day. ok?")
    assert reply["verdict"] != "prohibited", reply["answer"]


# The usual channel out of reach (a district laptop lost, the mailbox or the chat app down, "until the new one
# comes") is why the text would be sent: ordinary class business, not the safety the Exception weighs; and a lost
# device is never a student lost.
@pytest.mark.parametrize("question", [
    "our school's hangouts went down this morning. can I text my juniors the new room number instead?",
    "I broke my district laptop and can't log into my cps email, ok to text the seniors their reading until a new "
    "laptop arrives?",
])
def test_a_text_because_the_district_channel_is_out_is_outside_the_exception(ask, situation, question):
    facts = situation(question).facts
    assert "safety" not in facts
    reply = ask(question)
    assert reply["verdict"] == "prohibited", reply["answer"]


# A student word that is not whom the text goes to (the subject of the trouble the text is for, "if a kid gets
# hurt"; an event named by a class year, "the senior trip") is no one-to-one text when the text goes to students
# as a group ("text them", "message the kids"): the Exception keeps its conditions. One student written to stays
# one-to-one.
@pytest.mark.parametrize("question", [
    "On the sophomore museum outing, if a child wanders off, may I message them on their phones?",
    "At the junior ring ceremony downtown, in case a student feels sick, can I text the kids to regroup?",
    "could our attendance clerk text students on the senior college visit if the bus is delayed?",
])
def test_a_student_named_beside_a_text_to_the_group_is_no_one_to_one_text(check_answer, situation, question):
    assert "single_student" not in situation(question).facts
    check_answer(question, {"conditional", "clarify"}, {"exception"})


@pytest.mark.parametrize("question", [
    "On the sophomore museum outing, if a child wanders off, may I message her on her phone?",
    "At the junior ring ceremony, can I text a senior who left early to see where he went?",
    "on the senior college visit can I text one of my juniors about the bus?",
])
def test_one_student_written_to_beside_an_event_stays_one_to_one(check_answer, situation, question):
    assert "single_student" in situation(question).facts or "one_to_one" in situation(question).facts
    check_answer(question, {"prohibited"}, {"exception", "mobile"})


@pytest.mark.parametrize("question, many", [
    ("can I text them about the bus?", True), ("can I message the kids on the trip?", True),
    ("can I text students after the game?", True), ("can I text all my seniors?", True),
    ("can I text a senior about the bus?", False), ("can I text him about the bus?", False),
    ("can I text my 11th grader about the bus?", False), ("can I text the principal about the bus?", False),
])
def test_students_written_to_as_many_are_counted_from_the_object(reading, question, many):
    from policy.understanding import many_written_to
    r = reading(question)
    assert many_written_to(r, question.lower()) is many


# Which document the condition needs, asked ("is there an official form for this, or may I draft my own note?"):
# the home-made one beside it is an alternative asked about, not a form used, so the Exception keeps its conditions.
# A home-made form said to be used stays the wrong form.
@pytest.mark.parametrize("question", [
    "is there an official district form for texting my 11th graders on the trip, or may I draft my own consent note?",
    "Do we need a particular form for the exception, or could our office make a permission letter? juniors",
])
def test_which_form_the_exception_needs_asked_keeps_its_conditions(check_answer, situation, question):
    assert "wrong_form" not in situation(question).facts
    check_answer(question, {"conditional"}, {"exception"})


@pytest.mark.parametrize("question", [
    "our team drafted its own consent note instead of the CPS form, parents signed it. can I text my juniors on the "
    "trip with their parents in the group?",
    "For the HS choir trip we used our own school permission slip, not the district one. good enough to group text "
    "with parents for safety?",
])
def test_a_home_made_form_told_as_used_stays_the_wrong_form(check_answer, question):
    check_answer(question, {"prohibited"}, {"exception", "mobile"})


# Parents put off until later ("I'll add their parents later", "loop the families in once I get the numbers"): the
# group starts without them, so the first texts miss the Exception's group message with the parents on it.
@pytest.mark.parametrize("question", [
    "for the junior field trip, can I open a group chat with the students today and add the parents later?",
    "i'd start a whatsapp with my 10th grade robotics kids now and include the families once I get their numbers. ok?",
])
def test_parents_added_only_later_fail_the_exceptions_group_message(check_answer, situation, question):
    assert "no_parent" in situation(question).facts
    check_answer(question, {"prohibited"}, {"exception", "mobile"})


@pytest.mark.parametrize("question", [
    "for the junior field trip I have a group chat with the students and their parents, forms signed. I'll add the "
    "chaperones later. ok to text about the bus for safety?",
    "can I add the parents to our 11th grade trip group text? the forms are all signed and it's for safety",
])
def test_others_added_later_or_parents_added_now_keep_the_exception(check_answer, situation, question):
    assert "no_parent" not in situation(question).facts
    check_answer(question, {"conditional", "allowed"}, {"exception"})


# The act asked for from the moment a condition is met ("fine once they're signed?", "can we begin as soon as the
# forms are back?"): what the Exception needs is asked, not a condition broken. Texts started before the
# signatures stay prohibited.
@pytest.mark.parametrize("question", [
    "Debate trip for our 11th graders: group texts with the parents on them, for safety. Consent forms are still "
    "being collected. Fine once they're all signed?",
    "HS choir tour: may we begin the safety group chat, parents included, as soon as the CPS forms are back?",
])
def test_texts_asked_for_once_the_forms_are_signed_keep_the_conditions(check_answer, situation, question):
    assert "asks_requirements" in situation(question).facts
    check_answer(question, {"conditional"}, {"exception"})


@pytest.mark.parametrize("question", [
    "Debate trip for our 11th graders: the parents haven't signed yet, can I start the safety group text with "
    "parents on it today and collect the forms once we're back?",
    "HS choir tour: the principal hasn't signed the CPS form. can I text the kids and parents for safety anyway?",
])
def test_texts_started_before_the_signatures_stay_prohibited(check_answer, question):
    check_answer(question, {"prohibited"}, {"exception", "mobile"})

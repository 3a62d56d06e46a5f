"""Questions written for the fourth review: failed conditions worded in new ways (a bulk-text app nobody at the
CIO's office vetted, parents who get a digest instead of each alert, permission given over the phone; the Exception
for a middle school team, a lab-report reminder, the principal's missing signature, texting each student
separately; a class account whose principal has no access, that posts memes and personal content, or whose
parents got no letter), then other voices (custodian, nurse, counselor, security, lunchroom, tech coordinator, band
director) asking about the 37 items, and everyday questions near the new cues that must keep their verdict. None is
copied from the development set or a held-out set; each round was run once before the fixes it prompted (first-run
figures in docs/policy.md).

Each row: (question, accepted verdicts, accepted citations), as in test_policy_generalisation.py.
"""
from __future__ import annotations

import pytest
from test_policy_paraphrases import A, C, N, P, Q, _check, _ids  # tests/ is on sys.path (not a package)

FAILED_CONDITIONS = [
    ("We bought a texting service for the cross country team but the district's tech security people never looked at it. Fine to send the kids meet updates on it?", {P}, {"mobile"}),
    ("our attendance text blast app wasn't vetted by the chief information officer's office, can we still use it to text students?", {P}, {"mobile"}),
    ("Can the school text all students about spirit week through SchoolMessenger if we just told families at open house and didn't get anything signed?", {P}, {"mobile"}),
    ("For our mass text alerts to kids, parents who sign up only get a weekly digest instead of each alert. ok?", {P}, {"mobile"}),
    ("is it ok to use a mass texting app to reach my students when the parents only gave permission over the phone?", {P}, {"mobile"}),
    ("I coach 7th and 8th grade volleyball. The parents signed the CPS form and they're on the group text. Can I text the girls about bus times?", {P}, {"exception"}),
    ("Parents and the principal signed off on the district form and moms are in the group chat. Can I text my juniors a reminder that the chem lab report is due Friday?", {P}, {"exception"}),
    ("The principal signed the CPS exception form for our robotics trip but the parents haven't yet. Can I start the group text with the 11th graders and their parents?", {P}, {"exception"}),
    ("All the parents signed the CPS texting form but our principal is out on leave and hasn't signed. Can I group text my seniors and their parents about the field trip pickup?", {P}, {"exception"}),
    ("I have written permission from the families and admin for the debate tournament, but I'd rather text each student separately instead of a group with their parents. ok?", {P}, {"exception"}),
    ("Going to the state track meet with sophomores; forms signed by parents and principal. Can I make a group text with just the athletes, leaving the parents out to keep it less noisy?", {P}, {"exception"}),
    ("Can I text my 10th grade band kids about the marching band trip if the principal just gave me a thumbs up in the hallway?", {P}, {"exception"}),
    ("Can I group text my high school seniors and their parents to tell them about the prom dress sale?", {P}, {"exception"}),
    ("I started an Instagram for our chess team; the principal said it was fine last fall but never put anything in writing. Can I keep posting?", {P}, {"social"}),
    ("Our class TikTok got principal sign-off in 2022 and we never asked again since. Is that still ok?", {P}, {"social"}),
    ("I'm running our team's Facebook page myself and the principal doesn't have any access to it or know who the admins are. Is it allowed?", {P}, {"social"}),
    ("Can our soccer team's Instagram mostly be used to post funny memes and personal stuff rather than anything about the program?", {P}, {"social"}),
    ("We have a class Twitter account approved in writing by the principal this year, but families were never told about it. Is that ok?", {P}, {"social"}),
    ("Our debate club Insta was approved in writing this school year but no letter went home to parents about it. fine?", {P}, {"social"}),
    ("can the GSA start a club instagram without asking the principal at all?", {P}, {"social"}),
]

# a third round of the same kind, written after the first round's fixes
FAILED_CONDITIONS_AGAIN = [
    ("Our text alert vendor was picked by the PTO and nobody from the CIO's team ever did a security review on it. Can teachers use it to text kids?", {P}, {"mobile"}),
    ("Can I sign my students up for a texting reminder service when I only sent a letter home saying parents could opt out?", {P}, {"mobile"}),
    ("The school's new SMS alert tool only sends to students; parents can't be added at all. Is that allowed?", {P}, {"mobile"}),
    ("is our bulk texting to students ok if permission slips will be collected next week, after we start sending?", {P}, {"mobile"}),
    ("Is it ok to text students through a mass messaging app that IT told us is still pending approval?", {P}, {"mobile"}),
    ("I sponsor the 8th grade trip to DC. Parents and the principal signed the CPS form and parents are on the group. Can I group text the kids during the trip for safety?", {P}, {"exception"}),
    ("Can I text my varsity seniors about who is bringing snacks to Saturday's meet? Forms are signed and parents are on the chat.", {P}, {"exception"}),
    ("I got the parents' signatures on the CPS form but forgot to get my principal's. Is a group text with my juniors and their parents ok for the away game?", {P}, {"exception"}),
    ("My sophomores' parents all signed our football team's own consent sheet, not the district one. Can I text the team and parents about practice getting moved for lightning?", {P}, {"exception"}),
    ("The mom of one of my 12th graders said at conferences she's fine with me texting him about the robotics competition. Good enough?", {P}, {"exception"}),
    ("We've got signed CPS forms from parents and the principal, but can I just text one junior by himself to make sure he got home after the game?", {P}, {"exception"}),
    ("Can I add my 11th grade choir kids to a group text without their parents for the overnight trip? Forms are all signed.", {P}, {"exception"}),
    ("Forms are signed and parents are on the thread. Can I text my 10th graders to remind them to vote for homecoming court?", {P}, {"exception"}),
    ("We run a Facebook page for the 4th grade class. The principal approved it back when we started three years ago. Still ok?", {C, P}, {"social"}),
    ("The assistant coach's girlfriend runs our basketball team's Instagram and none of the staff have the password. Allowed?", {P}, {"social"}),
    ("Our class Instagram is approved but I mostly use it to promote my tutoring business. Is that ok?", {P}, {"social", 24}),
    ("Can I make a Snapchat account for my homeroom? I haven't talked to the principal about it.", {P}, {"social"}),
    ("The principal okayed our team's Twitter in a hallway conversation. Do I need anything else?", {P}, {"social"}),
    ("Our school band has a YouTube channel approved in writing each year, but parents have never gotten any notice that it exists. Fine?", {P}, {"social"}),
    ("I want to run the class Instagram for the art club, but the principal hasn't given approval this school year yet. Can I post student art in the meantime?", {P}, {"social"}),

    # round five: the same kinds typed tersely (no apostrophes, shorthand), written after round three's fixes
    ("we signed up for a free sms blast site for our 9th grade academy, IT hasnt cleared it. ok to use w/ kids?", {P}, {"mobile"}),
    ("r we allowed to mass text students on the attendance app if we never got anything from parents in writing", {P}, {"mobile"}),
    ("does it matter that parents on our text alert list get a different message than the kids get?", {P}, {"mobile"}),
    ("can our reminder texting app go to students if parent consent is just a checkbox on the online registration no signature?", {P}, {"mobile"}),
    ("mass txt app for hs kids - parents said its cool at the back to school night, nothing signed. good?", {P}, {"mobile"}),
    ("coach here, jv boys 9th/10th, CPS forms signed by parents + principal, parents on the group txt... can i txt them about lifting times next week?", {C, P}, {"exception"}),
    ("5th grade overnight camp, forms signed by everyone, parents on the thread. can I group text the kids if someone gets lost?", {P}, {"exception"}),
    ("varsity girls hoops away game, principal approved in writing, parents havent done the form. group text w/ parents on it ok?", {P}, {"exception"}),
    ("principal signed but we used a google form for parent permission instead of the cps paper. can i text my seniors and parents on the trip?", {P}, {"exception"}),
    ("is it ok to txt my juniors on the trip in a group w/o parents if the principal + parents signed?", {P}, {"exception"}),
    ("signed cps forms, parents in the chat, but i want to dm one kid privately bc hes having a rough time on the trip. ok?", {P}, {"exception"}),
    ("parents signed the cps form for the bball season but the principal said she'd rather not sign. can i still group text the team + parents?", {P}, {"exception"}),
    ("can i text my 12th graders group (parents on it, forms signed) to remind them to submit their FAFSA?", {P}, {"exception"}),
    ("team insta was ok'd by the principal over the phone this summer, no written approval. keep posting?", {P}, {"social"}),
    ("our class fb page hasnt had principal approval since 2021, is it still fine", {P}, {"social"}),
    ("we gave the robotics team tiktok login to a senior to run, no staff can get in anymore. allowed?", {P}, {"social"}),
    ("the volleyball ig is approved in writing but parents never got told about it this year. ok?", {P}, {"social"}),
    ("can i start a class youtube channel without the principal knowing, just for my students?", {P}, {"social"}),
    ("the soccer team's insta, approved and all, is mostly me posting my weekend pics and political opinions. problem?", {P}, {"social", 22}),
    ("we made a class snapchat; principal approved it but no one from school manages it, the kids do.", {P}, {"social"}),
]

OTHER_VOICES = [
    ("I'm the custodian. Can I use the school's wifi to stream movies on my phone all night during my overnight shift?", {P}, {28, 11, 31, 32}),
    ("As the school nurse, can I email a list of kids with seizure plans to my personal gmail so I can work on it from home?", {P}, {16, 26, 15, 17, 36}),
    ("Counselor here: a parent from another school asked me to forward her a student's 504 plan since they're neighbors. ok?", {P}, {15, 16, 17, 36}),
    ("I work security. Can I look up a student's home address in Aspen because I think my nephew is dating her?", {P}, {28, 16, 17, 36}),
    ("Lunchroom manager here, can I put a sign-up sheet in the staff email for my Tupperware party orders?", {P}, {24, 18, 7}),
    ("Tech coordinator: is it ok if I turn off the web filter on my own laptop so it stops blocking sites I need?", {P}, {8, 13, 31}),
    ("I'm the band director. A kid left his Google login on the music room computer. Can I log in to see if he turned in his practice log?", {P}, {9, 13, 14, 33}),
    ("Security guard question: can we bet on the Bears game in the staff group chat, just $5 each?", {P}, {19}),
    ("School clerk: a teacher asked me to bump a student's attendance to present for days he was absent. Can I do it?", {P}, {27}),
    ("I'm the band director and want to email all band parents from my CPS account telling them to vote for my friend running for alderman.", {P}, {22}),
    ("Custodian here, the union is picking a new steward. Can I send a message from my CPS email to the other engineers asking them to vote for me?", {P}, {23}),
    ("As the tech coordinator can I put a cracked copy of Minecraft on the library computers for a club?", {P}, {30, 35, 20}),
    ("Nurse: can I take my lunch break playing solitaire online on the health office computer?", {P}, {20}),
    ("Security: a student keeps mouthing off. Can I send him a text saying he'll regret it if he keeps it up?", {P}, {1, 5}),
    ("Band director question: can I set up an email under the principal's name to send out the concert announcements so people read it?", {P}, {10}),
    ("I'm in the lunchroom; can I show the kids a gross-out video with cuss words and racial jokes on the cafeteria projector?", {P}, {2, 32, 4}),
    ("Tech coordinator: I want to install a cryptocurrency miner on the lab computers overnight to make some extra money. Thoughts?", {P}, {24, 11, 30, 28}),
    ("The school nurse wants to forward a chain email to every staff address she can find warning about a fake virus. ok?", {P}, {7, 18}),
    ("Custodial supervisor here — can I lock a night engineer out of the work order system because we argued?", {P}, {12}),

    # a second round of other voices, written after the first round's fixes
    ("Night custodian here. Can I use the principal's computer after hours since it's faster, he never logs out?", {P}, {9, 13, 14, 28}),
    ("School nurse: a teacher asked me which kids in her class are on ADHD meds. Can I send her the list on my personal email?", {P}, {16, 17, 26, 36, 15}),
    ("I'm a counselor. Can I post screenshots of a student's self-harm messages in my friends' group chat to ask for advice?", {P}, {15, 16, 17, 36}),
    ("Security officer: can I use the camera system to see what time my coworker leaves every day? I think she's cheating on her hours and I'm curious.", {P}, {28, 36}),
    ("Lunchroom aide: can I sell my homemade tamales to teachers through the staff email list?", {P}, {24, 18, 7}),
    ("Tech coordinator here, can I give myself admin rights on the gradebook so I don't have to wait for tickets?", {P}, {13, 8, 27}),
    ("Band director: can I organize a March Madness bracket with $10 buy-ins among the music department on our CPS email?", {P}, {19}),
    ("Custodian: can I plug my own wifi router into the wall jack in the boiler room so I get better signal?", {P}, {8, 11, 30, 31}),
    ("As the nurse, can I change a kid's immunization record in the system so he can come to school tomorrow?", {P}, {27}),
    ("Security here. Can I print the staff email list and give it to my cousin who sells insurance?", {P}, {18, 24, 15}),
    ("Counselor: is it ok to hand out flyers for a mayoral candidate at the parent night using school printers?", {P}, {22}),
    ("Band director here, can I copy a DVD of a concert movie off a torrent site to show the band?", {P}, {3, 35, 30}),
    ("Tech coordinator: a teacher forgot her password, can I just tell her another teacher's so she can get in today?", {P}, {9, 25}),
    ("Custodian: a coworker keeps sending me nasty messages calling me names on our CPS chat. Can I reply with the same?", {P}, {1}),
    ("Nurse here — can I download a free unapproved app on the health office computer to track inhalers?", {P}, {30, 35}),
    ("Counselor: can I message a senior on Instagram to see if she wants to go shopping with me this weekend?", {P}, {"social", 29}),
    ("Band director: is it ok to send all parents a message from my CPS email pretending it's from the principal so they'll pay band fees faster?", {P}, {10}),
    ("Tech coordinator here: can I pull the network cable on a teacher's classroom computer because she keeps complaining about me?", {P}, {12}),
]

NEAR_MISSES = [
    ("The principal hasn't signed my personal day request yet. How long does that usually take?", {N}, set()),
    ("Parents gave permission over the phone for their child to leave early with an aunt. Is that enough for the front office?", {N}, set()),
    ("Is there a rule about selling bake sale items in the teacher's lounge during lunch?", {N, P}, set()),
    ("Where do I find the weekly digest of district announcements?", {N}, set()),
    ("Can I put funny memes in my slides for my own staff PD presentation?", {A, N}, set()),
    ("The kids, parents and teachers are all invited to the spring concert. Where do I post the flyer in the building?", {N}, set()),
    ("My AP is out on leave and hasn't signed my evaluation. Who signs instead?", {N}, set()),
    ("No letter went home about picture day, should I remind my class in person?", {N}, set()),
    ("Can I email my students at their CPS addresses about the book fair sale?", {A}, set()),
    ("The principal doesn't have access to the gym schedule spreadsheet. How do I share it with her on CPS Google Drive?", {A, N}, set()),
    ("Is it ok to call a colleague over the phone to swap lunch duty?", {A}, set()),
    ("Our school's bulk alert system is approved by the CIO, parents signed permission, and parents get the same texts as the kids. Good to go?", {A, C}, set()),
    ("We're still waiting on the principal's approval for the new reading curriculum. Can I start planning units?", {N}, set()),
    ("Can I tell my students in class that the yearbook is on sale?", {N}, set()),
    ("Where do I get the form parents sign for the overnight field trip?", {N}, set()),
    ("Is it fine to message a coworker in CPS Google Chat about the weekly digest we put together?", {A}, set()),
    ("What should I wear to the staff holiday party? Is there a dress code?", {N}, set()),
    ("My own kid's school sends a weekly summary instead of each alert; can I ask our office to do the same for staff emails?", {A, N}, set()),
    ("Is there a discount for CPS employees at the museum?", {N}, set()),
    ("The parents don't even know about the after-school tutoring program; how do I advertise it on our school's website?", {C, N}, set()),
    ("Custodian here: the gym lights were on all night. Who do I tell about the electric bill?", {A, N}, set()),
    ("Can I stream the school's graduation on the district YouTube channel?", {A, C, N}, set()),
    ("Our union steward asked when the next building meeting is. Where is the calendar?", {N}, set()),
    ("I locked myself out of my classroom. Who has the spare key?", {N}, set()),
    ("The nurse from another school is covering for ours tomorrow. Where does she park?", {N}, set()),
    ("Can we watch a documentary about the history of racial segregation in my US history class?", {A, N}, set()),
    ("Band director: is there a form to request a bus for the marching band competition?", {N}, set()),
    ("Security here, who do I email to get my CPS badge reprinted?", {N}, set()),
    ("Lunchroom manager: can I email the cafeteria staff their new schedule from my CPS account?", {A}, set()),
    ("Counselor: since my sister and I are both CPS employees, can we carpool and share a parking pass?", {N}, set()),
    ("Tech coordinator: how do I request more chromebook carts for the 3rd grade?", {N}, set()),
    ("Can I stream music quietly at my desk during my lunch break?", {N}, set()),
    ("The engineer says the boiler is locked out again. Who do we call for facilities?", {N}, set()),
    ("Nurse here, can I call another nurse on my team to ask about vaccine clinic hours?", {A}, set()),
    ("Are we allowed to vote in the school's LSC election if we are staff?", {N}, set()),
    ("Can I put up a poster in the hallway against racist jokes for anti-bullying week?", {A, N}, set()),
    ("Custodian question: can I take the overnight shift instead of days next month?", {N}, set()),
    ("A teacher from another school wants to observe my class next week. Do I need the principal's ok?", {N}, set()),
    ("Where can I find the union contract to check my sick days?", {N}, set()),
    ("Band director: can I email my students at their CPS accounts about the concert call time?", {A}, set()),

    # round three's near misses
    ("My leave request is still pending approval from HR. Can I book flights yet?", {N}, set()),
    ("I forgot to get my principal's signature on my PD reimbursement form. Who else can sign?", {N}, set()),
    ("Can I bring snacks for my homeroom on Friday? Any rule about food?", {N}, set()),
    ("The mom of one of my 3rd graders said at conferences that she loves our class newsletter. How do I add her to the email list?", {N}, set()),
    ("My girlfriend runs a bakery; can I order the staff appreciation cake from her with my own money?", {N}, set()),
    ("Where do I get the district form for jury duty? Our school's own sheet is not the district one.", {N}, set()),
    ("The fire alarm only goes to the office; who do I ask about adding a strobe to my room?", {N}, set()),
    ("After we start the new semester, when are report cards due?", {N}, set()),
    ("My principal okayed my vacation day in passing. Do I still need to enter it in the system?", {N}, set()),
    ("Nobody did a fire drill review last year. Is that something I should bring up at the staff meeting?", {N}, set()),
    ("Can I email my homeroom's CPS accounts a reminder to bring snacks for the party?", {A}, set()),
    ("Is it ok to call a fellow teacher about the t-shirt order for field day?", {A}, set()),
    ("We haven't talked to the principal about the new bell schedule yet. Who decides that?", {N}, set()),
    ("Forms will be collected next week for the field trip. Where do I turn them in?", {N}, set()),
    ("Can I vote for the new CTU contract during my prep period?", {N, P}, set()),
    ("Can I post a pizza party photo with no student faces on our principal-approved class Instagram?", {A, C}, set()),
    ("The approval for our new copier lease is pending. Who do I call about the old one jamming?", {N}, set()),
    ("Our school's bulk text system was reviewed by the CIO's office, parents opted in in writing, and they get the same alerts as the kids. ok?", {A, C}, set()),
    ("My brother runs a print shop. Where can I find the district's approved vendor list?", {N}, set()),

    # round four's near misses
    ("Custodian: the router in the main office is blinking red. Who do I call?", {A, N}, set()),
    ("Can I plug my phone charger into the outlet in the library?", {N}, set()),
    ("I'm curious whether the district offers tuition reimbursement for a master's degree.", {N}, set()),
    ("Nurse here: can I go shopping for the health office supplies with my own card and get reimbursed?", {N}, set()),
    ("Security: the network cable in the front desk computer is frayed. Who replaces it?", {A, N}, set()),
    ("Counselor: can I email a student at her CPS account to ask if she wants to join the college visit trip?", {A}, set()),
    ("Lunchroom manager: can I order a new freezer through the district's purchasing system?", {N}, set()),
    ("Tech coordinator: how do I set up a new printer in the 2nd floor office?", {N}, set()),
    ("Can I pretend to be a customer in a role-play lesson on job interviews with my seniors?", {A, N}, set()),
    ("Custodian: who do I tell that the gym camera is pointing at the wall now?", {A, N}, set()),
    ("Our band is going bowling with parents chaperoning as a school-sponsored trip. Does the permission form need the principal's signature?", {C, N}, set()),
    ("Nurse: I'm curious how many sick days I have left. Where do I check?", {N}, set()),
    ("Can I unplug the classroom projector at night to save power?", {N}, set()),
    ("Tech coordinator: can I call a teacher on her school extension to walk her through resetting her own password?", {A, N}, set()),
    ("Security: is it ok to call my supervisor on his cell if the radio dies?", {A}, set()),
    ("Counselor: can I use the CPS Google Meet with a student for a scheduled check-in from my CPS account?", {A, N}, set()),
    ("Custodian: can I connect the new floor scrubber's charger in the boiler room?", {N}, set()),

    # round five's near misses
    ("I havent done the form for my benefits enrollment yet, when is the deadline?", {N}, set()),
    ("The principal said she'd rather not sign off on my transfer. Who else can I talk to?", {N}, set()),
    ("Nobody manages the lost and found anymore. Can I just donate the old coats?", {N}, set()),
    ("We haven't had a fire drill since October, is that normal?", {N}, set()),
    ("There's no written approval process for room swaps at our school. Who decides?", {N}, set()),
    ("the copier in room 210 doesnt work and nobody checks it. who fixes it?", {N}, set()),
    ("can i email my 10th graders at their cps accounts to remind them to bring their permission forms back?", {A}, set()),
    ("My AP wouldnt sign my PD request. Can I still go on my own time?", {N}, set()),
    ("is it ok to call my colleague on her cell about the sub plans? she wasnt at the meeting", {A}, set()),
    ("Our class fb page was approved in writing by the principal this September, parents were notified, and I manage it. ok to post the field trip photos of kids whose parents consented?", {A, C}, set()),
    ("The kids arent allowed to use phones in the lunchroom. Who enforces that?", {N}, set()),
    ("werent we supposed to get new laptops this year? who do i ask?", {N}, set()),
    ("Can I message my coworkers in CPS Google Chat to ask who hasnt done the compliance training?", {A}, set()),
    ("The principal declined to sign my leave form because it was late. What do I do?", {N}, set()),
    ("couldnt log in to aspen this morning, is it down?", {A, N}, set()),
    ("Our team group text with the parents and signed CPS forms is for safety on the trip to state. Good?", {A, C, Q}, set()),
    ("who runs the school's facebook page? nobody monitors the comments and a parent asked me", {C, N}, set()),
]


@pytest.mark.parametrize("question,verdicts,cites", FAILED_CONDITIONS, ids=_ids)
def test_failed_bulk_exception_and_class_account_conditions_in_new_words_are_prohibited(question, verdicts, cites):
    _check(question, verdicts, cites)


@pytest.mark.parametrize("question,verdicts,cites", FAILED_CONDITIONS_AGAIN, ids=_ids)
def test_failed_conditions_written_after_the_first_fixes_are_prohibited(question, verdicts, cites):
    _check(question, verdicts, cites)


@pytest.mark.parametrize("question,verdicts,cites", OTHER_VOICES, ids=_ids)
def test_unacceptable_uses_asked_by_other_staff_roles_are_found(question, verdicts, cites):
    _check(question, verdicts, cites)


@pytest.mark.parametrize("question,verdicts,cites", NEAR_MISSES, ids=_ids)
def test_everyday_questions_near_the_new_cues_keep_their_verdict(question, verdicts, cites):
    _check(question, verdicts, cites)

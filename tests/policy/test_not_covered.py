"""DESIGN.md: the 37 unacceptable uses govern the district's network, devices, accounts and systems. The same act
on a personal account, device and time, with no students, parents, student information or district business in
it, is `not_covered`; acts with students keep their sections and items."""
from __future__ import annotations

import pytest

from handlers.ask import answer

# Questions and the answers they must get: (question, accepted verdicts, accepted citations). A citation is a
# section key or an item number (conftest.SECTION_KEYS); the answer must cite one of them unless it is
# not_covered, and an empty set accepts any citation. New cases go in these tables.

# Everyday questions, many with words near the policy's cues (a lesson about cyberbullying, a broken projector,
# one's own leave or pay, a gift card from a family): not covered.
EVERYDAY_QUESTIONS = [
    ("Can I be friends with coworkers on Facebook?", {"not_covered"}, set()),
    ("Is it ok to have a TikTok account?", {"not_covered"}, set()),
    ("Can I connect with other teachers on LinkedIn?", {"not_covered"}, set()),
    ("Can I wear jeans on Fridays?", {"not_covered"}, set()),
    ("How do I request a substitute for my sick day?", {"not_covered"}, set()),
    ("Can I bring my dog to school?", {"not_covered"}, set()),
    ("Can I give my students candy as a reward?", {"not_covered"}, set()),
    ("When is the next PD day?", {"not_covered"}, set()),
    ("Can I text parents about a field trip?", {"not_covered"}, set()),
    ("Can I call a parent from my personal cell?", {"not_covered"}, set()),
    ("What's the policy on accepting gifts from parents?", {"not_covered"}, set()),
    ("Can I use my own cell to call my students' parents?", {"not_covered"}, set()),
    ("Can I text the moms of my players to confirm the ride schedule?", {"not_covered"}, set()),
    ("Can I email the parents of my students from my CPS email?", {"not_covered"}, set()),
    ("Can I run an NCAA bracket with no money involved?", {"not_covered"}, set()),
    ("Can I leave early on Friday for a doctor appointment?", {"not_covered"}, set()),
    ("how do i sign up for health insurance", {"not_covered"}, set()),
    ("is it ok to eat lunch in my classroom?", {"not_covered"}, set()),
    ("Can I get reimbursed for classroom supplies?", {"not_covered"}, set()),
    ("Can I use my personal laptop at school?", {"not_covered"}, set()),
    ("What's the deadline for turning in lesson plans?", {"not_covered"}, set()),
    ("Is there a TB test requirement for volunteers?", {"not_covered"}, set()),
    ("Can I email a parent from my personal gmail?", {"not_covered"}, set()),
    ("is using WhatsApp with parents ok?", {"not_covered"}, set()),
    ("Is it ok to check my personal email on my work computer?", {"not_covered"}, set()),
    ("Can I ask a parent to send me their Venmo so I can pay them back?", {"not_covered"}, set()),
    ("Our secretary wants to text parents about attendance from her cell", {"not_covered"}, set()),
    ("Can I use the school copier for my personal stuff?", {"not_covered"}, set()),
    ("can I call my babies' parents tonight", {"not_covered"}, set()),
    ("Can I text the room parents about the party?", {"not_covered"}, set()),
    ("Can I add the booster club parents to a WhatsApp group?", {"not_covered"}, set()),
    ("Is it ok to accept a coffee gift card from a student's family?", {"not_covered"}, set()),
    ("Can I use the school's laminator for my kid's birthday decorations?", {"not_covered"}, set()),
    ("Can I connect with my principal on LinkedIn?", {"not_covered"}, set()),
    ("Can I follow my coworkers on TikTok?", {"not_covered"}, set()),
    ("Is it okay to have a personal Facebook page as a teacher?", {"not_covered"}, set()),
    ("Can I call parents about their kids' grades?", {"not_covered"}, set()),
    ("Can I ask ChatGPT for lesson ideas?", {"not_covered"}, set()),
    ("Can I use Copilot in Word for emails?", {"not_covered"}, set()),
    ("Do I need to wear my badge at all times?", {"not_covered"}, set()),
    ("What's the process for a leave of absence?", {"not_covered"}, set()),
    ("How do I get reimbursed for mileage?", {"not_covered"}, set()),
    ("Can I bring my own laptop to use in class?", {"not_covered"}, set()),
    ("Is there a policy on cell phone use during class for teachers?", {"not_covered"}, set()),
    ("Can I listen to podcasts on my school computer during lunch?", {"not_covered"}, set()),
    ("Can I watch the news on my school laptop?", {"not_covered"}, set()),
    ("How do I reset my CPS password?", {"not_covered"}, set()),
    ("Where can I find the staff handbook?", {"not_covered"}, set()),
    ("Can I get a second monitor for my classroom?", {"not_covered"}, set()),
    ("Who do I contact about a broken projector?", {"not_covered"}, set()),
    ("Can I take my laptop home over winter break?", {"not_covered"}, set()),
    ("Is there a limit on how many copies I can print?", {"not_covered"}, set()),
    ("How do I set up my voicemail?", {"not_covered"}, set()),
    ("How do I set up my CPS email on my phone?", {"not_covered"}, set()),
    ("Google Chat isn't loading on my laptop, what do I do?", {"not_covered"}, set()),
    ("How do I get a Zoom license?", {"not_covered"}, set()),
    ("Can I wear sneakers on field day?", {"not_covered"}, set()),
    ("What time does the building open?", {"not_covered"}, set()),
    ("How many sick days can I roll over?", {"not_covered"}, set()),
    ("Can I bring snacks for my class party?", {"not_covered"}, set()),
    ("What's the process for requesting a field trip bus?", {"not_covered"}, set()),
    ("Can I park in the visitor spot?", {"not_covered"}, set()),
    ("Can I eat at my desk during PD?", {"not_covered"}, set()),
    ("When are report cards due?", {"not_covered"}, set()),
    ("How do I submit my timesheet?", {"not_covered"}, set()),
    ("Can I decorate my classroom door for Halloween?", {"not_covered"}, set()),
    ("Is there a dress code for parent-teacher conferences?", {"not_covered"}, set()),
    ("Can I leave school during my lunch break?", {"not_covered"}, set()),
    ("Do we get paid for after-school tutoring?", {"not_covered"}, set()),
    ("How do I order new textbooks?", {"not_covered"}, set()),
    ("Who approves professional development hours?", {"not_covered"}, set()),
    ("Can I put up a bulletin board about voting rights history?", {"not_covered"}, set()),
    ("Can I teach a lesson about the election?", {"not_covered"}, set()),
    ("Can I show my students a video about cyberbullying?", {"not_covered"}, set()),
    ("Can I teach my students about internet safety and passwords?", {"not_covered"}, set()),
    ("Is Google Meet ok for parent conferences?", {"not_covered"}, set()),
    ("Can I print photos for the class scrapbook?", {"not_covered"}, set()),
    ("Should I back up my lesson plans to Google Drive?", {"not_covered"}, set()),
    ("Can I play music in my classroom?", {"not_covered"}, set()),
    ("can i text a student's parent about the student?", {"not_covered"}, set()),
    ("can I text the parents about their kid's behavior?", {"not_covered"}, set()),
    ("Can I call my kids' parents?", {"not_covered"}, set()),
    ("Can I get a new laptop charger?", {"not_covered"}, set()),
    ("Are we allowed to wear hats?", {"not_covered"}, set()),
    ("Can I use my personal phone for work calls?", {"not_covered"}, set()),
    ("Is it ok to text from my personal cell for work?", {"not_covered"}, set()),
    ("tbh can i just txt my kinder kids' parents", {"not_covered"}, set()),
    ("Can I friend former coworkers on Facebook?", {"not_covered"}, set()),
    ("Can I follow other teachers on Instagram?", {"not_covered"}, set()),
    ("Can I text my students' parents?", {"not_covered"}, set()),
    ("Can I call parents from my personal cell?", {"not_covered"}, set()),
    ("What's the policy on staff using their own phones at work?", {"not_covered"}, set()),
    ("Can I use my personal cell at school?", {"not_covered"}, set()),
    ("Can I accept a gift card from a parent?", {"not_covered"}, set()),
    ("How many vacation days do I have left?", {"not_covered"}, set()),
    ("Can I take my school chromebook on vacation?", {"not_covered"}, set()),
    ("A student's grandma asked if she could take me out to lunch to thank me. Can I accept?", {"not_covered"}, set()),
    ("Can I email my principal from my gmail?", {"not_covered"}, set()),
    ("Can I use the school network to check my personal bank account?", {"not_covered"}, set()),
    ("Can I message my students' parents on WhatsApp?", {"not_covered"}, set()),
    ("Can I use my personal cell to call my 10th graders' parents?", {"not_covered"}, set()),
    ("Is it ok to wear my union shirt on Fridays?", {"not_covered"}, set()),
    ("Can I send out a survey about school lunches to parents?", {"not_covered"}, set()),
    ("Can I message a mom on WhatsApp to say her son is doing great in class?", {"not_covered"}, set()),
    ("is it fine to text a dad that his kid forgot her permission slip?", {"not_covered"}, set()),
    ("Can I bcc parents on an email to the class about a field trip?", {"not_covered"}, set()),
    ("is there any rule about coaches texting players' parents in a group chat?", {"not_covered"}, set()),
    ("Can I text a mom to tell her that her daughter forgot her glasses?", {"not_covered"}, set()),
    ("ok to email a parent that her kid is failing?", {"not_covered"}, set()),
    ("Can I text my own daughter during the school day? she's in college", {"not_covered"}, set()),
    ("can I ask the tech coordinator to reset my password?", {"not_covered"}, set()),
    ("can I bring my own kid to the school's family movie night?", {"not_covered"}, set()),
    ("Can I take my class to the museum on a field trip?", {"not_covered"}, set()),
    ("how do I get the copier code?", {"not_covered"}, set()),
    ("can I email the parents in my class a reminder about picture day?", {"not_covered"}, set()),
    ("can I keep my personal phone in my desk during class?", {"not_covered"}, set()),
    ("can I connect my laptop to the projector?", {"not_covered"}, set()),
    ("who do I call to fix my classroom phone?", {"not_covered"}, set()),
    ("Can I text my wife during my lunch break?", {"not_covered"}, set()),
    ("Can I connect my classroom printer to the school wifi?", {"not_covered"}, set()),
    ("how do I get access to the shared drive for my department?", {"not_covered"}, set()),
    ("Can I look at my own pay stub in the HR system?", {"not_covered"}, set()),
    ("Is it ok to take attendance on the school chromebook?", {"not_covered"}, set()),
    ("Can I email the parents in my class that school is closed tomorrow?", {"not_covered"}, set()),
    ("Can I bring my own laptop to work?", {"not_covered"}, set()),
    ("Can I tell parents at open house how to reach me at my cps email?", {"not_covered"}, set()),
    ("Can I call a dad to tell him his son aced the test?", {"not_covered"}, set()),
    ("Can I text a mom that her daughter was a great helper today?", {"not_covered"}, set()),
    ("is it ok to text a student's grandma that he forgot his lunch", {"not_covered"}, set()),
    ("Can I whatsapp a parent about their kid's behavior in class?", {"not_covered"}, set()),
    ("Can I call a grandmother to tell her that her grandson was kind to a new student?", {"not_covered"}, set()),
    ("Is it ok to text a dad that his daughter left her jacket in my room?", {"not_covered"}, set()),
    ("can i email a parent about their child's progress", {"not_covered"}, set()),
    ("Can I text the mom of one of my students to say thanks for the cupcakes?", {"not_covered"}, set()),
    ("ok to call a guardian about their kid missing the bus?", {"not_covered"}, set()),
    ("Is it fine to Google Meet with my 10th graders from my CPS account for office hours?", {"not_covered"}, set()),
    ("Can I accept my principal's friend request on Facebook?", {"not_covered"}, set()),
    ("Is it ok to have a TikTok account as a teacher?", {"not_covered"}, set()),
    ("what's the dress code for teachers on fridays?", {"not_covered"}, set()),
    ("Can I accept a $20 gift card from a parent?", {"not_covered"}, set()),
    ("is it ok to use ChatGPT to write report card comments without names?", {"not_covered"}, set()),
    ("my projector won't turn on, who do I call?", {"not_covered"}, set()),
    ("Can I text the band parents about the concert time?", {"not_covered"}, set()),
    ("I teach 3rd grade and one of my students' moms is also a good friend of mine from college. We text all the time about personal stuff. Is that a problem under the policy?", {"not_covered"}, set()),
    ("puedo texting a los padres de mis students about the field trip?", {"not_covered"}, set()),
    ("how many personal days do I get this year?", {"not_covered"}, set()),
    ("can I park in the visitor spot if I'm running late?", {"not_covered"}, set()),
    ("is there a dress code for teachers on fridays?", {"not_covered"}, set()),
    ("can I accept a gift card from a parent at the holidays?", {"not_covered"}, set()),
    ("where do I pick up a new projector bulb?", {"not_covered"}, set()),
    ("can I take a long lunch on my birthday?", {"not_covered"}, set()),
    ("is jeans day still on for friday?", {"not_covered"}, set()),
    ("how do I request maternity leave?", {"not_covered"}, set()),
    ("can I bring my dog to school for a day?", {"not_covered"}, set()),
    ("who approves field trip buses?", {"not_covered"}, set()),
    ("can I wear sneakers with my suit?", {"not_covered"}, set()),
    ("can I leave early for a doctor's appointment?", {"not_covered"}, set()),
    ("can a parent volunteer help in my classroom?", {"not_covered"}, set()),
    ("can I keep the old classroom printer when we get new ones?", {"not_covered"}, set()),
    ("do I need to sign in at the front desk when I arrive?", {"not_covered"}, set()),
    ("can I swap my lunch duty with a colleague?", {"not_covered"}, set()),
    ("what is the sick leave policy for subs?", {"not_covered"}, set()),
    ("can I order new chairs for my room?", {"not_covered"}, set()),
    ("can I decorate my door for halloween?", {"not_covered"}, set()),
    ("can I leave my car in the school lot over spring break?", {"not_covered"}, set()),
    ("what time does the building open on saturdays?", {"not_covered"}, set()),
    ("can I get reimbursed for classroom supplies I bought?", {"not_covered"}, set()),
    ("is it ok to wear a hat in the building?", {"not_covered"}, set()),
    ("can I accept flowers from a student on teacher appreciation day?", {"not_covered"}, set()),
    ("can I borrow a district projector for a weekend church event?", {"not_covered"}, set()),
    ("how do I update my direct deposit?", {"not_covered"}, set()),
    ("can I take home a school laptop over the summer?", {"not_covered"}, set()),
    ("do I need to clock in when I arrive?", {"not_covered"}, set()),
    ("can I use my sick days for my child's doctor visit?", {"not_covered"}, set()),
    ("can I bring my own coffee maker to my classroom?", {"not_covered"}, set()),
    ("who do I ask about getting a parking permit?", {"not_covered"}, set()),
    ("can I swap rooms with another teacher?", {"not_covered"}, set()),
    ("can I attend a conference during the school week?", {"not_covered"}, set()),
    ("is there a limit on how many copies I can make?", {"not_covered"}, set()),
    ("can I request a new desk chair?", {"not_covered"}, set()),
    ("can a student teacher use the staff bathroom?", {"not_covered"}, set()),
    ("can I put up a poster about the book fair?", {"not_covered"}, set()),
    ("can teachers wear shorts in the summer program?", {"not_covered"}, set()),
    ("can I have a potluck in the staff lounge?", {"not_covered"}, set()),
    ("what's the procedure for requesting a substitute?", {"not_covered"}, set()),
    ("can I work from home on a snow day?", {"not_covered"}, set()),
    ("can I take my class outside for a walk?", {"not_covered"}, set()),
    ("can I give my students candy as a reward?", {"not_covered"}, set()),
    ("how do I get my name plate changed after I got married?", {"not_covered"}, set()),
    ("can I have a plant in my classroom?", {"not_covered"}, set()),
    ("do I need permission to move furniture in my room?", {"not_covered"}, set()),
    ("can I store my bike in the classroom?", {"not_covered"}, set()),
    ("is it ok to listen to music with headphones during my prep?", {"not_covered"}, set()),
    ("can I wear a costume on halloween?", {"not_covered"}, set()),
    ("my grade level team and I all follow each other on Instagram. any rule against that?", {"not_covered"}, set()),
    ("can I connect with my principal on LinkedIn?", {"not_covered"}, set()),
    ("I want to friend a student I had 10 years ago who is now an adult and graduated. any issue?", {"not_covered"}, set()),
    ("can I comment on a coworker's facebook post about her weekend plans?", {"not_covered"}, set()),
    ("is it ok to add coworkers on facebook?", {"not_covered"}, set()),
    ("can I follow the other 3rd grade teachers on tiktok?", {"not_covered"}, set()),
    ("a former player of mine who graduated years ago wants to connect on facebook. ok?", {"not_covered"}, set()),
    ("can I use an AI chatbot to plan my lessons? no student information involved", {"not_covered"}, set()),
    ("how do I set up my voicemail greeting?", {"not_covered"}, set()),
    ("can I take a personal day the friday before spring break?", {"not_covered"}, set()),
    ("can I wear a team jersey on game day?", {"not_covered"}, set()),
    ("is it ok to get a parent a thank you card?", {"not_covered"}, set()),
    ("can I leave my laptop charger at school overnight?", {"not_covered"}, set()),
    ("who do I tell that I'll be late tomorrow?", {"not_covered"}, set()),
    ("¿Puedo pedir vacaciones en marzo?", {"not_covered"}, set()),
    ("is it a problem to be facebook friends with my co-teacher?", {"not_covered"}, set()),
    ("can I accept a linkedin request from a teacher at another school?", {"not_covered"}, set()),
    ("can I use an AI tool to help draft an email to staff about the schedule? no personal info in it", {"not_covered"}, set()),
    ("can I get a new whiteboard for my room?", {"not_covered"}, set()),
    ("is it ok to wear jeans on friday?", {"not_covered"}, set()),
    ("can I take a half day next wednesday?", {"not_covered"}, set()),
    ("who do I tell that I need a new badge photo?", {"not_covered"}, set()),
    ("can I accept a holiday gift from a student's family?", {"not_covered"}, set()),
    ("can I use ChatGPT to write a letter to parents about the field trip? no student info in it", {"not_covered"}, set()),
    ("can I get extra bulletin board paper?", {"not_covered"}, set()),
    ("any problem with being friends with colleagues on snapchat?", {"not_covered"}, set()),
    ("can I ask ChatGPT to rewrite my email to the principal? nothing confidential in it", {"not_covered"}, set()),
    ("can I call a parent from my cell phone?", {"not_covered"}, set()),
    ("can I text my principal's husband about the surprise party?", {"not_covered"}, set()),
    ("can I use my personal laptop at school?", {"not_covered"}, set()),
    ("Can I swap my lunch duty shift with another teacher?", {"not_covered"}, set()),
    ("Is there a dress code for the school-run spring carnival?", {"not_covered"}, set()),
    ("Can I keep a plant on my desk?", {"not_covered"}, set()),
    ("Who should be notified if I'm going to be late tomorrow?", {"not_covered"}, set()),
    ("Can I play music in my classroom during independent work?", {"not_covered"}, set()),
    ("Only half my students turned in their homework. Can I give a makeup day?", {"not_covered"}, set()),
    ("How many personal days do I get per year?", {"not_covered"}, set()),
    ("Can my son come to the school play on Friday?", {"not_covered"}, set()),
    ("Can I bring snacks for my team meeting?", {"not_covered"}, set()),
    ("Is it ok to use the copier for the PTA flyer?", {"not_covered"}, set()),
    ("Everyone signed the retirement card except two people. Can I leave it in the office?", {"not_covered"}, set()),
    ("My principal gave me a thumbs up to leave early Friday. Do I need to fill anything out?", {"not_covered"}, set()),
    ("my daughter has strep and daycare won't take her. how do I call in?", {"not_covered"}, set()),
    ("my son has a doctor's appointment, how do I take a personal day?", {"not_covered"}, set()),
    ("my kid has a fever and I need to call off tomorrow, who do I tell?", {"not_covered"}, set()),
    ("my son is sick, what's the process for calling off work?", {"not_covered"}, set()),
    ("The principal hasn't signed my personal day request yet. How long does that usually take?", {"not_covered"}, set()),
    ("Parents gave permission over the phone for their child to leave early with an aunt. Is that enough for the front office?", {"not_covered"}, set()),
    ("Where do I find the weekly digest of district announcements?", {"not_covered"}, set()),
    ("The kids, parents and teachers are all invited to the spring concert. Where do I post the flyer in the building?", {"not_covered"}, set()),
    ("My AP is out on leave and hasn't signed my evaluation. Who signs instead?", {"not_covered"}, set()),
    ("No letter went home about picture day, should I remind my class in person?", {"not_covered"}, set()),
    ("We're still waiting on the principal's approval for the new reading curriculum. Can I start planning units?", {"not_covered"}, set()),
    ("Can I tell my students in class that the yearbook is on sale?", {"not_covered"}, set()),
    ("Where do I get the form parents sign for the overnight field trip?", {"not_covered"}, set()),
    ("What should I wear to the staff holiday party? Is there a dress code?", {"not_covered"}, set()),
    ("Is there a discount for CPS employees at the museum?", {"not_covered"}, set()),
    ("Our union steward asked when the next building meeting is. Where is the calendar?", {"not_covered"}, set()),
    ("I locked myself out of my classroom. Who has the spare key?", {"not_covered"}, set()),
    ("The nurse from another school is covering for ours tomorrow. Where does she park?", {"not_covered"}, set()),
    ("Band director: is there a form to request a bus for the marching band competition?", {"not_covered"}, set()),
    ("Security here, who do I email to get my CPS badge reprinted?", {"not_covered"}, set()),
    ("Counselor: since my sister and I are both CPS employees, can we carpool and share a parking pass?", {"not_covered"}, set()),
    ("Tech coordinator: how do I request more chromebook carts for the 3rd grade?", {"not_covered"}, set()),
    ("Can I stream music quietly at my desk during my lunch break?", {"not_covered"}, set()),
    ("The engineer says the boiler is locked out again. Who do we call for facilities?", {"not_covered"}, set()),
    ("Are we allowed to vote in the school's LSC election if we are staff?", {"not_covered"}, set()),
    ("Custodian question: can I take the overnight shift instead of days next month?", {"not_covered"}, set()),
    ("A teacher from another school wants to observe my class next week. Do I need the principal's ok?", {"not_covered"}, set()),
    ("Where can I find the union contract to check my sick days?", {"not_covered"}, set()),
    ("My leave request is still pending approval from HR. Can I book flights yet?", {"not_covered"}, set()),
    ("I forgot to get my principal's signature on my PD reimbursement form. Who else can sign?", {"not_covered"}, set()),
    ("Can I bring snacks for my homeroom on Friday? Any rule about food?", {"not_covered"}, set()),
    ("The mom of one of my 3rd graders said at conferences that she loves our class newsletter. How do I add her to the email list?", {"not_covered"}, set()),
    ("My girlfriend runs a bakery; can I order the staff appreciation cake from her with my own money?", {"not_covered"}, set()),
    ("Where do I get the district form for jury duty? Our school's own sheet is not the district one.", {"not_covered"}, set()),
    ("The fire alarm only goes to the office; who do I ask about adding a strobe to my room?", {"not_covered"}, set()),
    ("After we start the new semester, when are report cards due?", {"not_covered"}, set()),
    ("My principal okayed my vacation day in passing. Do I still need to enter it in the system?", {"not_covered"}, set()),
    ("Nobody did a fire drill review last year. Is that something I should bring up at the staff meeting?", {"not_covered"}, set()),
    ("We haven't talked to the principal about the new bell schedule yet. Who decides that?", {"not_covered"}, set()),
    ("Forms will be collected next week for the field trip. Where do I turn them in?", {"not_covered"}, set()),
    ("The approval for our new copier lease is pending. Who do I call about the old one jamming?", {"not_covered"}, set()),
    ("My brother runs a print shop. Where can I find the district's approved vendor list?", {"not_covered"}, set()),
    ("Can I plug my phone charger into the outlet in the library?", {"not_covered"}, set()),
    ("I'm curious whether the district offers tuition reimbursement for a master's degree.", {"not_covered"}, set()),
    ("Nurse here: can I go shopping for the health office supplies with my own card and get reimbursed?", {"not_covered"}, set()),
    ("Lunchroom manager: can I order a new freezer through the district's purchasing system?", {"not_covered"}, set()),
    ("Tech coordinator: how do I set up a new printer in the 2nd floor office?", {"not_covered"}, set()),
    ("Nurse: I'm curious how many sick days I have left. Where do I check?", {"not_covered"}, set()),
    ("Can I unplug the classroom projector at night to save power?", {"not_covered"}, set()),
    ("Custodian: can I connect the new floor scrubber's charger in the boiler room?", {"not_covered"}, set()),
    ("I havent done the form for my benefits enrollment yet, when is the deadline?", {"not_covered"}, set()),
    ("The principal said she'd rather not sign off on my transfer. Who else can I talk to?", {"not_covered"}, set()),
    ("Nobody manages the lost and found anymore. Can I just donate the old coats?", {"not_covered"}, set()),
    ("We haven't had a fire drill since October, is that normal?", {"not_covered"}, set()),
    ("There's no written approval process for room swaps at our school. Who decides?", {"not_covered"}, set()),
    ("the copier in room 210 doesnt work and nobody checks it. who fixes it?", {"not_covered"}, set()),
    ("My AP wouldnt sign my PD request. Can I still go on my own time?", {"not_covered"}, set()),
    ("The kids arent allowed to use phones in the lunchroom. Who enforces that?", {"not_covered"}, set()),
    ("werent we supposed to get new laptops this year? who do i ask?", {"not_covered"}, set()),
    ("The principal declined to sign my leave form because it was late. What do I do?", {"not_covered"}, set()),
    ("How many pins can I put on the staff bulletin board?", {"not_covered"}, set()),
    ("My mother-in-law (not a parent at our school) gave me a gift card for my birthday, can I keep it?", {"not_covered"}, set()),
    ("A parent gave me a $20 Starbucks gift card for teacher appreciation week. Is that ok to accept?", {"not_covered"}, set()),
    ("a family sent in an amazon gift card as a holiday present, am I allowed to keep it?", {"not_covered"}, set()),
    ("Can I accept a Target gift card a student's grandma gave me at the end of the year?", {"not_covered"}, set()),
    ("The PTA gave every teacher a $10 gift card. Can I use it?", {"not_covered"}, set()),
    ("can I accept flowers from a parent on the last day?", {"not_covered"}, set()),
    ("who should I contact about my pension?", {"not_covered"}, set()),
    ("can I contact the district about my maternity leave?", {"not_covered"}, set()),
    ("who do I call about a mistake on my paycheck?", {"not_covered"}, set()),
    ("is it ok to reach out to the benefits office about my dental plan?", {"not_covered"}, set()),
    ("who do I message about my retirement date?", {"not_covered"}, set()),
    ("Can I call payroll about my direct deposit?", {"not_covered"}, set()),
    ("who can I talk to about switching to part time?", {"not_covered"}, set()),
    ("who do I contact about updating my address in the HR system?", {"not_covered"}, set()),
    ("can I contact someone about my sick days balance?", {"not_covered"}, set()),
    ("Who should I reach out to about my teaching license renewal?", {"not_covered"}, set()),
    ("Can I contact my union rep about my evaluation?", {"not_covered"}, set()),
    ("Can I call in sick the morning of?", {"not_covered"}, set()),
    ("Who do I see about my retirement paperwork?", {"not_covered"}, set()),
    ("Can I reach out to the district about a change to my health insurance?", {"not_covered"}, set()),
    ("Only a few parents came to open house. Any ideas for next time?", {"not_covered"}, set()),
    ("Half the parents didn't sign up for conferences. What's the deadline?", {"not_covered"}, set()),
    ("Not every parent speaks English; can I get a translator for conferences?", {"not_covered"}, set()),
    ("most parents prefer morning conferences, can I schedule them before school?", {"not_covered"}, set()),
    ("Some of the parents want to volunteer at field day; who coordinates that?", {"not_covered"}, set()),
    ("Can I check out library books for my own kids?", {"not_covered"}, set()),
    ("Can I take a personal day the Friday before spring break?", {"not_covered"}, set()),
]

# Questions the policy may or may not address, depending on a reading the words leave open.
QUESTIONS_AT_THE_EDGE_OF_THE_POLICY = [
    ("Can I give my students the answers to the district test?", {"prohibited", "not_covered"}, set()),
    ("Can I tell my class who I voted for?", {"prohibited", "not_covered"}, set()),
    ("can i keep my cps emails on my personal phone", {"conditional", "not_covered"}, set()),
    ("can i forward work emails to my personal gmail so i can read them at home", {"prohibited", "not_covered"}, set()),
    ("Can I borrow a projector from the library for a family party?", {"prohibited", "not_covered"}, set()),
    ("Can I text my child's teacher as a parent?", {"under_review", "not_covered"}, set()),
    ("Is it ok to use Grammarly on student essays?", {"prohibited", "conditional", "clarify", "not_covered"}, set()),
    ("Can I Zoom with a student one-on-one from my personal account?", {"prohibited", "not_covered"}, set()),
    ("Can I send a Snapchat to my co-teacher?", {"under_review", "not_covered"}, set()),
    ("Can I call a student on Google Meet for tutoring from my CPS account?", {"conditional", "allowed", "not_covered"}, set()),
    ("Can I use ChatGPT to summarize IEPs with names in them?", {"prohibited", "conditional", "clarify", "not_covered"}, set()),
    ("What's the policy on teachers having Instagram?", {"clarify", "not_covered"}, set()),
    ("i clicked on a weird link and now my computer is acting strange", {"allowed", "not_covered"}, set()),
    ("My district iPad cracked and stopped working, who do I call?", {"allowed", "not_covered"}, set()),
    ("What happens if I lose my work phone?", {"allowed", "not_covered"}, set()),
    ("does the AUP let me use school wifi for Netflix", {"prohibited", "not_covered"}, set()),
    ("Can I use AI to grade?", {"conditional", "clarify", "not_covered"}, set()),
    ("Is Canva ok to use with students?", {"conditional", "clarify", "not_covered"}, set()),
    ("Can I use my CPS email for personal stuff like online shopping?", {"prohibited", "not_covered"}, set()),
    ("Can I let students use my teacher computer?", {"prohibited", "not_covered"}, set()),
    ("Can I use the school's Zoom to host my book club?", {"prohibited", "not_covered"}, set()),
    ("Can I text a student's older brother to pass a message to her?", {"prohibited", "not_covered"}, set()),
    ("Can I buy a student lunch?", {"conditional", "not_covered"}, set()),
    ("is it ok to tell a journalist my opinion about the new CEO on the record?", {"prohibited", "not_covered"}, set()),
    ("I'm a teacher and a parent at my school. Can I text my own kid's teacher?", {"under_review", "not_covered"}, set()),
    ("Can I text a student's older sibling to pass a message?", {"prohibited", "not_covered"}, set()),
    ("Is it ok to use the classroom camera to record my own lesson for my evaluation?", {"conditional", "allowed", "not_covered"}, set()),
    ("Can I tell my principal I regret missing the meeting?", {"allowed", "not_covered"}, set()),
    ("is it ok to watch the school security cameras as part of my duties as dean?", {"allowed", "not_covered"}, set()),
    ("can I ask my coworkers to sign a birthday card for the principal?", {"allowed", "not_covered"}, set()),
    ("Is it ok to log into my own email on a classroom computer?", {"allowed", "not_covered"}, set()),
    ("can I teach a lesson about internet scams and phishing?", {"allowed", "not_covered"}, set()),
    ("Can I show the class a youtube video about the election process?", {"allowed", "not_covered"}, set()),
    ("Can I ask the tech coordinator to take a former employee off the shared drive?", {"allowed", "not_covered"}, set()),
    ("Can I tell my class about the history of the presidential election process in a lesson?", {"allowed", "not_covered"}, set()),
    ("can I use the district's zoom account for a parent-teacher conference?", {"allowed", "not_covered"}, set()),
    ("Can I check my students' attendance in Aspen before parent conferences?", {"allowed", "not_covered"}, set()),
    ("Is it ok to teach a unit on the 2024 election and have students debate candidates?", {"allowed", "not_covered"}, set()),
    ("Can my students play chess during indoor recess?", {"prohibited", "not_covered", "clarify"}, set()),
    ("Can I invite the whole class to the school's family picnic?", {"allowed", "not_covered"}, set()),
    ("can I call in to the union meeting on zoom during lunch?", {"allowed", "not_covered"}, set()),
    ("Can I watch a YouTube video with my class about the water cycle?", {"allowed", "not_covered"}, set()),
    ("Can I share my lesson plans with other teachers in my network?", {"allowed", "not_covered"}, set()),
    ("is it ok to have a classroom economy game with fake money?", {"not_covered", "clarify"}, set()),
    ("Can I screenshot a colleague's private Facebook post and show it to the principal?", {"prohibited", "not_covered"}, set()),
    ("Can I use Remind for my 3rd graders' parents only?", {"conditional", "not_covered"}, set()),
    ("can i snap my coworkrs", {"under_review", "not_covered"}, set()),
    ("would it be wrong to accept a linkedin request from a former student who graduated?", {"prohibited", "not_covered"}, set()),
    ("can I use an AI tool to write my weekly newsletter to staff? no student names in it", {"conditional", "not_covered"}, set()),
    ("Can I put funny memes in my slides for my own staff PD presentation?", {"allowed", "not_covered"}, set()),
    ("The principal doesn't have access to the gym schedule spreadsheet. How do I share it with her on CPS Google Drive?", {"allowed", "not_covered"}, set()),
    ("The parents don't even know about the after-school tutoring program; how do I advertise it on our school's website?", {"conditional", "not_covered"}, set()),
    ("Custodian here: the gym lights were on all night. Who do I tell about the electric bill?", {"allowed", "not_covered"}, set()),
    ("Can we watch a documentary about the history of racial segregation in my US history class?", {"allowed", "not_covered"}, set()),
    ("Can I put up a poster in the hallway against racist jokes for anti-bullying week?", {"allowed", "not_covered"}, set()),
    ("Security: the network cable in the front desk computer is frayed. Who replaces it?", {"allowed", "not_covered"}, set()),
    ("Can I pretend to be a customer in a role-play lesson on job interviews with my seniors?", {"allowed", "not_covered"}, set()),
    ("Custodian: who do I tell that the gym camera is pointing at the wall now?", {"allowed", "not_covered"}, set()),
    ("Our band is going bowling with parents chaperoning as a school-sponsored trip. Does the permission form need the principal's signature?", {"conditional", "not_covered"}, set()),
    ("Counselor: can I use the CPS Google Meet with a student for a scheduled check-in from my CPS account?", {"allowed", "not_covered"}, set()),
    ("couldnt log in to aspen this morning, is it down?", {"allowed", "not_covered"}, set()),
    ("Can I show a DVD from the library in my history class?", {"allowed", "not_covered"}, set()),
]


@pytest.mark.parametrize("question, verdicts, cites", EVERYDAY_QUESTIONS)
def test_an_everyday_question_the_policy_does_not_address_is_not_covered(check_answer, question, verdicts, cites):
    check_answer(question, verdicts, cites)


@pytest.mark.parametrize("question, verdicts, cites", QUESTIONS_AT_THE_EDGE_OF_THE_POLICY)
def test_a_question_at_the_edge_of_the_policy_gets_one_of_its_accepted_verdicts(check_answer, question, verdicts, cites):
    check_answer(question, verdicts, cites)


def test_a_question_mostly_in_another_language_with_nothing_readable_asks_for_english():
    reply = answer("¿Puedo pedir vacaciones en marzo?")
    assert reply.verdict == "not_covered"
    assert "English" in reply.answer


PERSONAL_ONLY = [
    "can I post for a candidate on my personal facebook on the weekend",
    "I sell candles as a side business from my own laptop and hotspot at home, is that ok",
    "can I bet on the bears game with my buddies from my personal phone",
    "on my own time can I canvass for the alderman using my personal gmail",
    "can I run a fantasy football pool with $20 buy-in from my home computer with old college friends",
    "from my personal twitter on a sunday can I retweet a school board candidate's post",
    # the owner word composed with any device or platform, the policy named by whose it is
    "i stream minecraft on youtube from my own desktop on weekends for some ad money, problem?",
    "I shared on my personal bluesky who I'm voting for in the mayor's race, from my couch sunday night. does the board policy care?",
    "does the district's policy say anything about me selling used books on ebay from my home tablet at night",
]


# The mirror of the act layer's data, software and access frames (issue 10, dataout): the asker's own pay papers,
# a copy of software bought for a home machine, a home or friend's network, each on personal means, name no
# district record, district machine or district system, and stay not_covered
OWN_DATA_SOFTWARE_AND_NETWORKS = [
    "can I keep a scan of my own pay stub in my personal dropbox for my mortgage application",
    "is it a problem if I forward my own W-2 to my husband's gmail for our taxes",
    "I bought a home edition of a photo editor for my family laptop, does the district policy care?",
    "my sister lets me use her wifi password at her apartment on weekends, does the AUP say anything about that",
    "can I post my own vacation photos on my instagram story from my personal phone",
    # the codes of the asker's own home or building: no district system (the act layer's `own_place`)
    "can my husband have the door code to our apartment building?",
    pytest.param("is it ok to text my roommate the keypad code for my condo while I'm at work",
                 marks=pytest.mark.xfail(strict=True, reason="item 25's patterns read a code shared without the "
                                         "place it opens")),
    pytest.param("can I give my brother-in-law the door code to my garage so he can borrow the mower",
                 marks=pytest.mark.xfail(strict=True, reason="the `share_act`, `credential_list` frame reads a "
                                         "door code shared without the place it opens")),
]


@pytest.mark.parametrize("question", PERSONAL_ONLY)
def test_an_act_on_personal_means_and_time_is_not_covered(ask, question):
    reply = ask(question)
    assert reply["verdict"] == "not_covered", reply["answer"]
    assert reply["citations"] == [] or all(c["item"] is None for c in reply["citations"])


# The district as the one the asker would tell ("should I let CPS know?") is who decides, not a means the act uses,
# and the asker's own used belongings sold once are no venture: with nothing else of the district in it, the items
# have no say.
SCHOOL_RULED_OUT_OR_OWN_BELONGINGS = [
    "I design wedding invitations on my own macbook at night and never in the building. is that a problem?",
    "I tutor adults for the GED from my own laptop on weekends. should I let CPS know?",
    "am I allowed to sell my used kayak to the gym teacher?",
    "can I sell my spare bike on facebook marketplace from my own phone?",
]
# The same sale or venture through district means, or to the whole staff, keeps item 24.
OWN_BELONGINGS_THROUGH_DISTRICT_MEANS = [
    "can I email the whole staff from my cps account to sell my old couch?",
    "can I use my school laptop to sell my used textbooks online?",
]


@pytest.mark.parametrize("question", SCHOOL_RULED_OUT_OR_OWN_BELONGINGS)
def test_school_ruled_out_or_ones_own_belongings_sold_is_not_covered(ask, question):
    reply = ask(question)
    assert reply["verdict"] == "not_covered", reply["answer"]


@pytest.mark.parametrize("question", OWN_BELONGINGS_THROUGH_DISTRICT_MEANS)
def test_ones_own_belongings_sold_through_district_means_is_item_24(ask, items_cited, question):
    reply = ask(question)
    assert reply["verdict"] == "prohibited", reply["answer"]
    assert 24 in items_cited(reply)


DISTRICT_MEANS = [
    ("can I use my school laptop to bet on the bears game", 19),
    ("can I use my cps laptop to sell candles on etsy", 24),
    ("on the weekend can I email coworkers from my cps account to endorse the mayor", 22),
    ("after hours can I look at adult sites on the lab pc?", 4),
    ("on a saturday can I run my side business from the office pc?", 24),
    ("after work can my coworker and I bet on the game from the school pc?", 19),
    # the machine named by the room it stands in, or by a use only a post's machine has, is the district's whatever
    # the hour ("the desktops in the media center", "the kiosk laptop")
    ("on sunday evenings can I place my fantasy football bets on the desktop in the copy room?", 19),
    ("late at night can I watch x-rated clips on the computers in the library?", 4),
    ("after closing can I sell my homemade candles online from the checkout laptop?", 24),
]


@pytest.mark.parametrize("question, item", DISTRICT_MEANS)
def test_the_same_act_on_district_means_is_prohibited(ask, items_cited, question, item):
    reply = ask(question)
    assert reply["verdict"] == "prohibited"
    assert item in items_cited(reply)


# Precedence for scope (DESIGN.md): the asker's own people (an ex, a spouse, a cousin, a neighbour) and own time
# make an act personal only when its means are personal too; a district device or system named as the means keeps
# the items' say. The mirror: the same people on the asker's own phone, laptop or account stay not covered.
OWN_PEOPLE_ON_PERSONAL_MEANS = [
    "over the weekend can I use a location app on my own phone to see where my ex goes",
    "from my home laptop at night can I look up my cousin's new address on a people-search site",
    "can I text my girlfriend from my personal cell during my planning period",
    "my neighbor keeps parking across my driveway. can I post about it on my own facebook after work?",
    # the asker's own machine carried into a school room stays the asker's ("my laptop in the lounge")
    "on the weekend can I bet on the fight from my laptop in the staff lounge?",
    "after work can I shop for concert tickets on my own tablet in the library?",
]


@pytest.mark.parametrize("question", OWN_PEOPLE_ON_PERSONAL_MEANS)
def test_ones_own_people_on_personal_means_are_not_covered(ask, question):
    reply = ask(question)
    assert reply["verdict"] == "not_covered", reply["answer"]


OWN_PEOPLE_ON_DISTRICT_MEANS = [
    # a system looked through for a person of the asker's own life (the act layer's `look_at`, `staff_system`,
    # `personal_tie`)
    ("after hours can I open the route tablet's GPS to see where my husband has been driving", 28),
    ("on my day off can I look in the SIS for the new address of my brother's ex", 28),
    ("in the evening can I use the front desk computer to dig through the visitor log for when my boyfriend came by", 28),
    ("after work can I send my ex a message from my CPS email saying I know where she lives and she should watch out", 1),
]


@pytest.mark.parametrize("question, item", OWN_PEOPLE_ON_DISTRICT_MEANS)
def test_ones_own_people_on_district_means_keep_the_items(ask, items_cited, question, item):
    reply = ask(question)
    assert reply["verdict"] == "prohibited", reply["answer"]
    assert item in items_cited(reply)


def test_students_keep_their_rules_on_a_personal_account(ask):
    reply = ask("on the weekend can I dm my 11th graders from my personal instagram")
    assert reply["verdict"] == "prohibited"


def test_a_colleague_named_makes_it_school_business(ask, items_cited):
    reply = ask("can i post on my personal twitter that our principal is stealing money? i have no proof")
    assert reply["verdict"] == "prohibited"
    assert 1 in items_cited(reply)


def test_personal_scope_is_a_fact_the_engine_reads(situation):
    assert "personal_scope" in situation("can I bet on the bears game from my personal phone").facts
    assert "personal_scope" not in situation("can I bet on the bears game from my work phone").facts


@pytest.mark.parametrize("question", [
    "an old student of mine (graduated, in college now) wants to message me on insta, am i allowed to answer",
    "one of our alums who's 22 now asked to follow me on my personal tiktok, ok to follow back?",
])
def test_a_former_student_on_personal_social_media_is_not_covered(ask, question):
    assert ask(question)["verdict"] == "not_covered"


def test_a_former_student_is_not_a_student(reading):
    concepts = reading("can I dm a former student on instagram").concepts
    assert "former_student" in concepts and "student" not in concepts


@pytest.mark.parametrize("question", [
    "can I put pics from the retirement party for Mr. Ruiz on my personal facebook? just staff there",
    "can I post a selfie from the staff potluck on my own instagram, no kids in it",
])
def test_a_colleagues_party_on_ones_own_account_is_not_covered(ask, question):
    assert ask(question)["verdict"] == "not_covered"


def test_the_same_party_with_ones_students_in_it_is_prohibited(ask):
    assert ask("can I post my 4th graders' holiday party pics on my personal facebook")["verdict"] == "prohibited"


def test_students_the_asker_rules_out_are_not_students(reading):
    concepts = reading("a pic of the staff potluck, no kids in it").concepts
    assert "students_left_out" in concepts and "student" not in concepts


# DESIGN.md: colleagues are not district business. What the asker does WITH colleagues on personal means and time
# (a sale, a donation, a friend request) is not covered; what a negation rules out ("no students", "nothing to do
# with school") is not in the question; an adult former student is not a student; "does the district care?"
# names who decides, not the means used.
PERSONAL_ACTS_BESIDE_COLLEAGUES_OR_RULED_OUT = [
    "my principal's husband followed me on instagram, anything in the AUP about that?",
    "a coworker's teenage son who goes to another district sent me a friend request on my personal facebook, is that covered?",
    "I sell handmade soap through my own website, all done from my home computer on weekends, nothing school related. is that an AUP problem?",
    "can I post pics from my beach vacation on my personal instagram? a few teachers from my building follow me",
    "ok to chip in $25 on my own phone for a colleague's baby registry?",
    "Going to a march downtown on Sunday for the teachers union, just showing up, not posting, not using any school email. does the AUP care?",
    "can I add the other 3rd grade teachers on my personal snapchat? all grown-ups, no kids",
    "Listing my old treadmill on craigslist from my laptop at home, someone from work might buy it. is that ok?",
    "my neighbors and I have a poker night on fridays with $10 chips, at my house, phones away. any AUP issue?",
    "I want to give to a fellow teacher's gofundme for her surgery using my own venmo at home. is that fine?",
    "I want to sell my old bike on offerup from my phone, none of my students or their parents would see it. problem?",
    "I'm making a tiktok about my garden on my personal account, not involving school at all. any AUP issue?",
    "I play poker online from my own laptop at home on weekends for real money. does CPS care?",
    "My husband and I run a cleaning business from our home computer at night. Will the district mind?",
    "I do paid photography gigs on saturdays with my own camera and laptop, is the district ok with that?",
    "I sell my paintings at weekend art fairs and take payments on my own phone. does that break the district policy?",
    "is there anything in the CPS rules against me running a dog walking side gig from my own cell after work?",
    "Does my side hustle reselling sneakers from my own laptop at night go against cps policy?",
    "we pooled money for a coworker's wedding gift on venmo from our own phones, the 2nd grade team did it. any issue?",
    "ok to stream hulu on my own tablet using my own data during my planning period? not on the school wifi",
    "Can I play a game on my own phone at lunch, not on any school device or network?",
]


@pytest.mark.parametrize("question", PERSONAL_ACTS_BESIDE_COLLEAGUES_OR_RULED_OUT)
def test_a_personal_act_beside_colleagues_or_with_school_ruled_out_is_not_covered(ask, question):
    reply = ask(question)
    assert reply["verdict"] == "not_covered", reply["answer"]
    assert all(c["item"] is None for c in reply["citations"])


@pytest.mark.parametrize("question", [
    "A guy I taught back in 2014 is 25 now and asked me for a job reference. Can I call him on my cell?",
    "One of my former students is in her 30s now and a nurse. Ok to text her about my mom's surgery?",
    "my ex-student from years back (he's 24) asked me to be a reference, can I call him?",
    "A graduate of our school from 2012 friended me on facebook. She's an adult now. Can I accept?",
    "can I text a former student who's 25 now?",
])
def test_an_adult_former_student_is_not_a_student(ask, question):
    assert ask(question)["verdict"] == "not_covered"


# The reverse: students, parents, student information or district systems keep their rules on personal means, and
# what is done TO a colleague (mocking, threats, impersonation, getting into their account) keeps its items.
STILL_COVERED_ON_PERSONAL_MEANS = [
    ("can I sell my candles to my students' parents through my personal facebook?", {24}),
    ("No coworkers involved, but can I sell my jewelry to my students' moms on my personal insta?", {24}),
    ("can I advertise my tutoring business to families at my school from my personal instagram?", {24}),
    ("From home on my own laptop, can I post my class's test scores with their names on my personal blog?", {16}),
    ("can I sell raffle tickets to coworkers over the staff email list?", {21}),
    ("Does the district care if I sell my candles to coworkers through the staff email?", {24}),
    ("from my own phone at home can I run a football pool for the staff at my school, $10 a square?", {19}),
    ("on my personal twitter at night can I make fun of my coworker's accent?", {1, 2}),
    ("on my personal instagram can I post a meme mocking my coworker's weight?", {1, 2}),
    ("from my home laptop can I log into my coworker's email to see what she said about me?", {9}),
    ("can I make a fake instagram account pretending to be my assistant principal?", {10}),
    ("on the weekend from my own phone can I text my principal a threat?", {1}),
    ("A kid who used to be in my class is now a junior here. can I text her on my personal phone about her weekend?",
     set()),
    ("My former student is a sophomore at the high school now. Can I text her on my cell?", set()),
    ("an old student of mine is now in 8th grade, ok to snap him?", set()),
    ("can I stream netflix on the school wifi during my lunch?", set()),
    ("I sell candles from my own laptop; can I send the order link to parents on the class email list? does that "
     "break cps policy?", {24}),
    # student information in it, whatever time and trade: the district's lists are no personal matter
    ("on weekends could I look through the free lunch list for customers for my cake baking?", {24, 28}),
    ("after hours can I use the class list to find clients for my weekend dog grooming?", {24}),
]


@pytest.mark.parametrize("question, items", STILL_COVERED_ON_PERSONAL_MEANS)
def test_students_parents_district_systems_and_acts_against_a_colleague_stay_covered(ask, items_cited, question,
                                                                                     items):
    reply = ask(question)
    assert reply["verdict"] == "prohibited", reply["answer"]
    assert not items or items & set(items_cited(reply))


def test_what_a_negation_rules_out_is_not_in_the_reading(reading):
    concepts = reading("I run a shop at night, no school stuff, no coworkers or parents as customers").concepts
    assert not {"staff_role", "parent", "school_business"} & concepts
    assert {"staff_role", "parent"} <= reading("I run a shop, my coworkers and parents are customers").concepts


def test_a_ruled_out_channel_or_audience_is_not_read(situation):
    assert situation("can I ring my co-teacher, not text her, about monday?").channel == "phone_call"
    assert situation("no emails, no posts: can I go to a rally on saturday?").channel is None
    assert situation("can I post my trip pics on my own insta? no students in them").audience is None


def test_colleagues_alone_leave_an_act_in_personal_scope_and_are_noted(situation):
    facts = situation("can I venmo my coworker for concert tickets from my own phone?").facts
    assert {"personal_scope", "colleague_named"} <= facts
    assert "personal_scope" not in situation("can I venmo my students' parents from my own phone?").facts
    assert "personal_scope" not in situation("can I post my principal's emails on my own facebook?").facts


# Personal life with no district means, students, parents or student information in it: one's own streaming,
# shopping or music accounts (their logins shared at home included), and a colleague written to from a personal
# address about logistics only.
PERSONAL_LIFE = [
    "my boyfriend uses my hbo max password, is that against the aup?",
    "can I give my aunt the login to my amazon prime account",
    "is sharing a spotify family plan password with my brother a policy thing?",
    "my roommate and I split a netflix account and share the login, ok?",
    "my husband and I split a Hulu subscription and I gave him my password, does the AUP care?",
    "can I keep my Spotify login on my own laptop at home?",
    "I use my personal Amazon account on my own phone to order stuff for my kitchen, anything in the policy?",
    "I sometimes write to my teaching partner from my personal yahoo to plan our carpool, nothing about students. problem?",
    # the asker's own relative who is a student somewhere, a former student long grown, students of another
    # district, a home venture said never to touch students or work
    "My nephew is a sophomore at a CPS high school across the city. Can I text him about Thanksgiving?",
    "my daughter is in 5th grade at a CPS school, not mine. can I call her at lunch?",
    "A player I coached way back in 2012 is now a firefighter and wants to connect on instagram. Problem?",
    "A student I had years ago just finished college and followed me on twitter, can I follow back?",
    "I give piano lessons to kids from a suburban district on Saturdays at my house for money. Does CPS policy care?",
    "I run a small cake business from home on my own laptop, never selling to students or coworkers. Is that an AUP issue?",
    # one's own public account with nothing of school in it
    "Can a teacher keep a public Instagram of their hiking photos? Nothing to do with school.",
    "is it ok that my personal twitter is public? I only post about cooking, never about work",
    "I have a public facebook profile with my vacation pictures, no students or coworkers on it. Is that a policy issue?",
]


@pytest.mark.parametrize("question", PERSONAL_LIFE)
def test_personal_life_with_nothing_of_the_district_in_it_is_not_covered(ask, question):
    assert ask(question)["verdict"] == "not_covered"


# a relative or a friend's child whom the asker also teaches in a class period, block, section or caseload is one of
# the asker's students: the student rules come back
KIN_THE_ASKER_TEACHES = [
    "my neighbor's son is in my 4th period chem, can I text him the lab instructions? he's a junior",
    "my cousin's kid is in my B block now (10th grade), ok to text her about missing work?",
    "my wife's nephew is a senior in my 2nd period gov class, can I text him about the project?",
]


@pytest.mark.parametrize("question", KIN_THE_ASKER_TEACHES)
def test_a_relative_the_asker_teaches_in_a_period_or_block_keeps_the_student_rules(ask, question):
    assert ask(question)["verdict"] == "prohibited"


def test_the_same_login_sharing_with_a_district_account_is_prohibited(ask):
    assert ask("can I give my mom the login to my cps google account")["verdict"] == "prohibited"


def test_ones_own_streaming_account_on_a_district_laptop_keeps_its_items(ask):
    assert ask("can I log into my netflix account on my school laptop during class")["verdict"] == "prohibited"


# An adult from the asker's past (a former student now grown, teaching, or in their 20s) on social media, or the
# asker's own account with students and school ruled out in so many words: the asker's own life.
@pytest.mark.parametrize("question", [
    "a girl I coached in 7th grade ages ago is now 28 and a nurse. fine to follow each other on instagram?",
    "an ex-student who's a teacher herself now wants to connect on facebook, ok?",
    "can I run a personal blog on tumblr about lesson planning? no students or school named",
])
def test_adults_from_the_askers_past_and_accounts_with_school_ruled_out_are_not_covered(check_answer, question):
    check_answer(question, {"not_covered"}, set())


# The asker's own social media beside school words: a relative's job names no colleague, an official page followed
# from one's own account is not run by the asker, a professional profile is a person's own account.
@pytest.mark.parametrize("question", [
    pytest.param("my brother is a principal in Ohio, can I tag him in my vacation photos on facebook?",
                 marks=pytest.mark.xfail(strict=True, reason="the statement before ', can I' is split off as a part of "
                                                             "its own, so the question part no longer says whose photos")),
    "my sister works as a teacher in Texas; is it ok to follow her on instagram from my phone?",
    "is it fine to like and follow the district's official facebook page from my own account?",
    "can I put my CPS teaching job and certifications on my linkedin?",
])
def test_the_askers_own_social_media_beside_school_words_is_not_covered(check_answer, question):
    check_answer(question, {"not_covered"}, set())


# Colleagues (or a friend who teaches elsewhere) texting about their own lives on their own phones: the policy's
# staff-texting line is about work messages (kept under the Special Note); a personal chat is not covered. Texting a
# colleague with no content said, or about work, stays staff-to-staff texting (under review).
@pytest.mark.parametrize("question", [
    pytest.param("my teammate and I text about our own kids' soccer carpool from our personal phones, nothing work "
                 "related. ok?", marks=pytest.mark.xfail(reason="'teammate' may be a student and 'kids' reads as "
                                                           "students: the audience is unsure (clarify)", strict=True)),
    "Is texting my old college roommate, who teaches across town, about a concert from my cell covered by the AUP?",
    "a coworker and I message on whatsapp about our book club, on our personal phones. problem?",
])
def test_colleagues_texting_about_their_own_lives_on_their_own_phones_is_not_covered(ask, question):
    assert ask(question)["verdict"] == "not_covered"


@pytest.mark.parametrize("question", [
    "can I text my co-teacher from my personal cell?",
    "can I text the AP from my own phone that I'm running late?",
    # a grade partner is a colleague (staff_role), not the asker's own partner
    "is it ok to text my grade partner about tomorrow's lesson plan from my own phone?",
])
def test_texting_a_colleague_about_work_or_nothing_said_stays_under_review(ask, question):
    assert ask(question)["verdict"] == "under_review"


# The asker's own life outside every district means: what one wears, one's own home and car, a donation of one's
# own money, another job, canvassing, days of one's own leave given to a colleague. The place named ("to school",
# "the staff lot") is no district system (DESIGN.md: the items govern the district's network, devices, accounts
# and systems).
OWN_LIFE = [
    "can I wear a t-shirt for my union's candidate to the staff potluck?",
    "is it against the rules to put a sign for the alderman in my window at home?",
    "I have a sticker for a congressional candidate on my truck, and I park at school. a problem?",
    "can I contribute to my cousin's state senate campaign?",
    "I waitress at a diner on weekends. does the AUP care about a second job?",
    "is it ok if I moonlight as a rideshare driver in the summer?",
    "can I go canvassing for a ballot measure after work?",
    "My teammate just had surgery. Can I give her three of my sick days?",
    # one's own money given to a campaign
    "I sent $40 to a mayoral campaign out of my own pocket. does the AUP care?",
    "is it ok to pay for a senate candidate's t-shirt with my personal card?",
    "I gave to a congressional candidate from my paycheck last month, is that a policy thing?",
]


@pytest.mark.parametrize("question", OWN_LIFE)
def test_the_askers_own_life_outside_district_means_is_not_covered(ask, question):
    assert ask(question)["verdict"] == "not_covered", ask(question)["answer"]


# The same acts through the district's means, to its people or with its records keep their items.
OWN_LIFE_ACTS_ON_DISTRICT_MEANS = [
    ("can I put a campaign sticker for the alderman on my district chromebook?", 22),
    ("can I email my students' parents asking them to donate to my candidate?", 22),
    ("can I use the school copier to print menus for my second job at the diner?", 24),
    ("can I email all staff that Ms. Ortiz is out with cancer so they donate sick days to her?", 17),
]


@pytest.mark.parametrize("question, item", OWN_LIFE_ACTS_ON_DISTRICT_MEANS)
def test_the_same_own_life_act_on_district_means_keeps_its_item(ask, items_cited, question, item):
    reply = ask(question)
    assert reply["verdict"] == "prohibited", reply["answer"]
    assert item in items_cited(reply)


# Whom the asker is with, read from the words around them: a thread of parents alone, students spoken of after they
# graduate, one's own child named by the child's school or daycare, what is already public about the school.
PERSONAL_RELATIONS_AND_PUBLIC_NEWS = [
    "the team moms set up a whatsapp with only the parents and me in it. is it fine to stay?",
    "a text thread for the band parents, no students on it, added me. fine?",
    "the 2nd grade families have a group chat without any kids in it and want me in. ok?",
    "once they graduate, can I connect with my students on linkedin?",
    "can I use the front office phone to call my son's daycare at lunch?",
    "is it ok to share on my own twitter that our school's graduation rate was in the news?",
]


@pytest.mark.parametrize("question", PERSONAL_RELATIONS_AND_PUBLIC_NEWS)
def test_parents_alone_graduates_ones_own_child_and_public_news_are_not_covered(ask, question):
    assert ask(question)["verdict"] == "not_covered", ask(question)["answer"]


@pytest.mark.parametrize("question", [
    "can I post on my own instagram the list of my students who made honor roll? it was in the paper",
    "can I text my juniors' group chat without their parents since only the parents signed the form?",
])
def test_public_news_naming_students_or_parents_signing_keep_their_rules(ask, question):
    assert ask(question)["verdict"] == "prohibited", ask(question)["answer"]


# Ending contact on one's own account (blocking, unfriending, muting a parent or a student) sends nothing: the
# policy's personal-social-media rules are about friending, messaging and posting, and do not address it.
@pytest.mark.parametrize("question", [
    "a dad keeps commenting on my personal instagram. am I allowed to block him?",
    pytest.param("is it ok to unfriend a student's mother on my own facebook after she got nasty?",
                 marks=pytest.mark.xfail(strict=True, reason="'nasty' is read as item 2 (demeaning), whoever said it")),
    "is it ok to unfriend a student's mother on my own facebook after an argument?",
    "can I mute a parent who keeps tagging me on my personal twitter",
])
def test_blocking_or_unfriending_on_ones_own_account_is_not_covered(check_answer, question):
    check_answer(question, {"not_covered"}, set())


@pytest.mark.parametrize("question", [
    "can I block a parent on facebook and then message his son about it there?",
])
def test_ending_contact_beside_a_message_to_a_student_keeps_the_prohibition(check_answer, question):
    check_answer(question, {"prohibited"}, {"social"})


# The asker's own children, no student named beside them: family photos on one's own account are personal life.
@pytest.mark.parametrize("question", [
    "ok to share photos of my own kids' birthday party on my personal facebook?",
    "can I put a picture of my daughter's soccer game on my instagram story?",
    "is posting my son's graduation pics on my own tiktok a problem?",
    # the relative's own team, match or recital named after them is the child's activity, not the school's group
    "any rule against sharing clips of my own kids' hockey tournament on my personal facebook?",
    "can I put up a video of my stepdaughter at her travel volleyball match on my own instagram?",
])
def test_photos_of_ones_own_family_are_not_covered(check_answer, question):
    check_answer(question, {"not_covered"}, set())


# The relative's team with the asker's own students on it: the students are named, and the social media rules
# answer.
@pytest.mark.parametrize("question", [
    "can I post my nephew's hockey team photo on my facebook? two of my 7th graders play on it",
])
def test_a_relatives_team_with_the_askers_students_in_it_keeps_the_students_rules(check_answer, question):
    check_answer(question, {"prohibited", "conditional"}, {"social"})


# Opinions about the profession in general on one's own account, with no school, student or colleague in it: no
# school matter is discussed, so none disrupts school.
@pytest.mark.parametrize("question", [
    "can I rant about standardized testing in general on my personal blog? nothing about my school",
    "is it ok to post my general thoughts on teacher pay on my own twitter, no names?",
    "can i complain about lesson planning in general on my personal tiktok",
])
def test_general_opinions_on_ones_own_account_are_not_covered(check_answer, question):
    check_answer(question, {"not_covered"}, set())


@pytest.mark.parametrize("question", OWN_DATA_SOFTWARE_AND_NETWORKS)
def test_ones_own_papers_software_and_networks_on_personal_means_are_not_covered(ask, question):
    reply = ask(question)
    assert reply["verdict"] == "not_covered", reply["answer"]


# DESIGN.md: the items govern the district's network, devices, accounts and systems. An act done with none of
# them (said aloud, on paper, paid in cash, or every means named only to be ruled out) is not covered, wherever it
# is done; the same act carried on a district system keeps its item.
DONE_WITHOUT_TECHNOLOGY = [
    "a teammate on the faculty asked to buy my old lawnmower, we settled it face to face in the hallway. is the AUP "
    "involved?",
    "can I tack a handwritten index card on the teachers' lounge corkboard advertising my dog-sitting?",
    "my coworker pays me in cash for the jewelry I make, she picks it up at my apartment. policy problem?",
    "I sold concert tickets to the gym teacher, we only talked about it at lunch, nothing by email or text. any "
    "issue?",
]


@pytest.mark.parametrize("question", DONE_WITHOUT_TECHNOLOGY)
def test_an_act_done_without_any_district_technology_is_not_covered(ask, question):
    reply = ask(question)
    assert reply["verdict"] == "not_covered", reply["answer"]


ON_A_DISTRICT_SYSTEM_AFTER_ALL = [
    ("can I advertise my dog-sitting business in the staff google chat space? I'd take cash", 24),
    ("my coworker pays me in cash for the jewelry I make. can I send her the order form from my cps email?", 24),
    ("we talked in person, but can I email all staff from my district account to sell the rest of my concert "
     "tickets?", 24),
]


@pytest.mark.parametrize("question, item", ON_A_DISTRICT_SYSTEM_AFTER_ALL)
def test_the_same_act_on_a_district_system_keeps_its_item_whatever_is_done_aloud(ask, items_cited, question, item):
    reply = ask(question)
    assert reply["verdict"] == "prohibited", reply["answer"]
    assert item in items_cited(reply)


def test_a_means_named_only_to_be_ruled_out_is_read_as_such(reading):
    assert "means_left_out" in reading("we agreed on the price over coffee, no email or anything").concepts
    assert "means_left_out" not in reading("we agreed on the price by email").concepts


# The district named as the asker's employer ("I'm a para at CPS", "I work for the district") or as the maker of
# the rule asked about ("does CPS have a say") is who the asker works for, never the means of the act.
@pytest.mark.parametrize("question", [
    "I'm a clerk at CPS and I sell homemade tamales to my neighbors on Sundays, face to face. ok?",
    "I work for the district, and on weekends I do paid face painting at street festivals in person. do the rules "
    "apply?",
    "does cps have a say in me selling my paintings at a street fair in person?",
])
def test_the_district_named_as_employer_is_not_the_means_of_an_act(ask, question):
    reply = ask(question)
    assert reply["verdict"] == "not_covered", reply["answer"]


def test_the_district_as_employer_is_not_read_as_a_district_system(reading):
    concepts = reading("I'm a teacher at cps and I knit scarves to sell at a craft fair").concepts
    assert "district_employer" in concepts
    assert "district_means" not in concepts
    assert "district_means" in reading("can I use the cps printer for my craft fair signs").concepts


# Standing for a public office oneself is the asker's civic life (DESIGN.md: a personal act with no district means,
# students or business in it); asking colleagues, families or the district's lists for votes keeps item 22.
@pytest.mark.parametrize("question", [
    "is a CPS counselor allowed to run for the park district board?",
    "thinking about running for state representative next year. as a teacher, can I?",
    pytest.param("could a para run for village trustee in the suburb where she lives?",
                 marks=pytest.mark.xfail(strict=True, reason="item 5's patterns read 'where she lives' as finding "
                                         "where a person lives, and a colleague named keeps item 5 in personal scope")),
])
def test_ones_own_candidacy_for_public_office_is_not_covered(ask, question):
    reply = ask(question)
    assert reply["verdict"] == "not_covered", reply["answer"]


@pytest.mark.parametrize("question", [
    "I'm running for village trustee. can I email every teacher on the staff list from my district account to ask "
    "for their vote?",
    "running for alderman: ok to hand my campaign flyers to my students' parents at pickup and ask them to vote "
    "for me?",
])
def test_a_candidacy_taken_to_district_means_or_families_is_prohibited(ask, items_cited, question):
    reply = ask(question)
    assert reply["verdict"] == "prohibited", reply["answer"]
    assert items_cited(reply) & {22, 23}


# Whether the asker must answer or check messages off the clock (weekends, evenings, a break, a reply deadline) is a
# question about their own working terms, not about a channel: the policy does not set it. A channel asked about for
# someone the policy addresses keeps its rule.
@pytest.mark.parametrize("question, verdicts", [
    ("am I expected to reply to work emails over winter break?", {"not_covered"}),
    ("do I need to check my cps inbox in the evenings?", {"not_covered"}),
    ("are we supposed to pick up work calls on days off?", {"not_covered"}),
    ("do I have to answer my 8th graders' texts on weekends?", {"prohibited"}),
])
def test_a_duty_to_answer_off_the_clock_is_not_covered(check_answer, question, verdicts):
    check_answer(question, verdicts, set())


# A word of the district said only to rule it out of the act ("never on school grounds", "not through my cps
# mail") or to name the district as the judge asked ("is the district going to have an issue?", "would CPS mind?")
# is no district business in the act: a venture on the asker's own laptop and connection stays the asker's own
# (DESIGN.md). The district's means used for it keep item 24.
@pytest.mark.parametrize("question, verdict", [
    ("I flip furniture and list it from my own tablet and home internet, never on school grounds. fine?", "not_covered"),
    ("my own laptop, my own data plan, I do bookkeeping for a florist on weekends. will the district have an issue with that?",
     "not_covered"),
    ("I run my bookkeeping side business on weekends from my school laptop. fine?", "prohibited"),
])
def test_the_district_named_only_to_rule_it_out_or_as_the_judge_is_no_district_business(ask, question, verdict):
    reply = ask(question)
    assert reply["verdict"] == verdict, reply["answer"]


# People or the school named only to say none of them is in it ("nobody from work", "no one from school", "none of
# my buyers are from CPS", the exclusion reaching over the words of being) are not in the question. What is left is
# the asker's own venture on personal means and time (DESIGN.md).
@pytest.mark.parametrize("question", [
    "I bake wedding cakes out of my kitchen on sundays, buyers are grownups from church, no one from school. ok?",
    "weekend dog grooming from my garage for a few regulars, none of them are from school. any AUP thing?",
])
def test_school_people_named_only_to_be_ruled_out_leave_a_personal_act(ask, question):
    reply = ask(question)
    assert reply["verdict"] == "not_covered", reply["answer"]


# The same exclusion does not reach past what it names: students or district means told as part of the act keep
# their items.
@pytest.mark.parametrize("question, item", [
    ("no one from the office will know, can I sell my candles to my students' parents from my school email?", 24),
    ("I sell candles, nobody from school buys them, but I take orders on my district laptop. ok?", 24),
])
def test_an_exclusion_leaves_the_district_means_told_beside_it(ask, items_cited, question, item):
    reply = ask(question)
    assert reply["verdict"] == "prohibited", reply["answer"]
    assert item in items_cited(reply)


# Item 29 is a relationship with a student: dating, going out or an app for it with no student in the question is
# the asker's own life, not covered; a date with a student stays prohibited.
@pytest.mark.parametrize("question", [
    "is having a profile on a dating site a problem for a teacher? only from my own phone",
    "I've been going out with a guy I met on Hinge, does CPS care? nobody from work knows him",
])
def test_dating_with_no_student_in_it_is_not_covered(ask, question):
    reply = ask(question)
    assert reply["verdict"] == "not_covered", reply["answer"]


def test_dating_a_student_stays_item_29(ask, items_cited):
    reply = ask("can I go out on a date with one of my juniors? she asked me")
    assert reply["verdict"] == "prohibited", reply["answer"]
    assert 29 in items_cited(reply)




# An everyday message over an accepted channel about harm that already happened to someone ("a kid who got hurt",
# "was injured") is the channel's answer: the harm told in the past passive is the event the message is about, not
# a threat it makes, so it raises no doubt that would turn the yes into "not covered". A harm still to come or
# done by the sender keeps item 5.
@pytest.mark.parametrize("question", [
    "can I phone the assistant principal tonight about a fourth grader who was badly scratched at recess?",
    "ok to email the other coaches from my cps account about a runner who got injured at the meet?",
])
def test_a_message_about_harm_someone_suffered_keeps_the_channels_yes(ask, question):
    assert ask(question)["verdict"] == "allowed"


@pytest.mark.parametrize("question", [
    "can I email the parent that her son will get hurt if he keeps talking back?",
    "can I call my coworker and tell him I'll punch him tomorrow?",
])
def test_harm_to_come_or_done_by_the_sender_stays_prohibited(ask, items_cited, question):
    reply = ask(question)
    assert reply["verdict"] == "prohibited", reply["answer"]
    assert items_cited(reply) & {1, 5}

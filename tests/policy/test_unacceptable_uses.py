"""The 37 unacceptable uses recognised by what they are about, even when an acceptable channel (district email,
the group app, staff phone calls) is named in the same question: the channel says nothing about what is sent
through it. The wording here was written for these tests, not taken from any scored set."""
from __future__ import annotations

import pytest

from handlers.ask import answer, explain

# Questions and the answers they must get: (question, accepted verdicts, accepted citations). A citation is a
# section key or an item number (conftest.SECTION_KEYS); the answer must cite one of them unless it is
# not_covered, and an empty set accepts any citation. New cases go in these tables.

# Each of the 37 items in words staff use, sorted by item; the answer must cite one of the listed items or sections.
UNACCEPTABLE_USES_BY_ITEM = [
    # a secure test's answers or questions handed to students, over any channel: confidential, and nobody can
    # authorize it (item 15); the same answers gone over after the test are teaching
    ("someone texted me the answer key to the IAR reading section, can I put it in the google chat with my 8th graders before testing week?", {"prohibited"}, {15}),
    ("ok to email my 10th graders the questions from the state exam that leaked? from my cps account", {"prohibited"}, {15}),
    ("can i post the midterm answer key on the class page tonight so my kids do better", {"prohibited"}, {15}),
    # one student's record told to every family in the class: no parent but the student's own may have it
    ("can I tell all the parents in my class about one boy's IEP so they understand his outbursts?", {"prohibited"}, {16, 17, 36}),
    ("ok to include a girl's allergy plan and diagnosis in my email to every family on the team?", {"prohibited"}, {16, 17, 36}),
    ("should I mention Jayden's behavior plan in the newsletter to all my families?", {"prohibited"}, {16, 17, 36}),
    # a room of the chat app is a space many read; a class's own record names its students without a student word
    ("can I drop the list of kids with 504 plans into our staff google chat?", {"prohibited"}, {16, 17, 36}),
    ("can I share my attendance sheet with the booster club", {"prohibited"}, {16}),
    ("Is it ok to bully a student's family on Twitter?", {"prohibited"}, {1, "social"}),
    ("Can I send an email to a parent calling her a liar and threatening to sue?", {"prohibited"}, {1}),
    # someone who blocked the asker, reached another way: contact kept up against their wish
    ("the parent blocked my number, so can I message her a bunch from my school gmail instead?", {"prohibited"}, {1, 5}),
    # a game given once the work is done is a reward, not the work assigned
    ("once homework is done can my after-school group play minecraft on the laptops?", {"prohibited"}, {20}),
    ("is it ok to post mean memes about a coworker in the staff chat", {"prohibited"}, {1}),
    ("Can I post where a parent who has been stalking me lives so people can confront him?", {"prohibited"}, {1, 5}),
    ("Can I send a nasty email to a parent who keeps yelling at me?", {"prohibited"}, {1}),
    ("A coworker keeps sending me threatening messages on Hangouts. Is that against the policy?", {"prohibited"}, {1, 5}),
    ("Can I post a mean review of my principal on the staff Google Chat?", {"prohibited"}, {1}),
    ("Can I forward an email making fun of a colleague's weight?", {"prohibited"}, {1, 2}),
    ("Could I send the faculty an email saying our AP is a backstabbing snake?", {"prohibited"}, {1}),
    ("can I message a parent: 'keep it up and you'll see what happens'", {"prohibited"}, {1, 5}),
    ("Would it be a problem to post in our grade-level chat that the new para is dumb as a rock?", {"prohibited"}, {1}),
    ("can I write to a dad that I'll call DCFS on him if he doesn't pay the field trip fee", {"prohibited"}, {1, 5}),
    ("a teacher at my school keeps calling a student 'stupid' in the class google chat. is that allowed?", {"prohibited"}, {1}),
    ("Could I share screenshots of a parent's rude texts on my Facebook to vent?", {"prohibited"}, {1, 15, 17, "social"}),
    ("Can I email the whole staff calling out the clerk as a gossip who can't keep her mouth shut?", {"prohibited"}, {1}),
    ("is it ok to send a coworker a text saying 'I know what you did and everyone will find out'?", {"prohibited"}, {1, 5}),
    ("can I text a coworker 'you're gonna get what's coming to you'", {"prohibited"}, {1, 5}),
    ("Is it ok to send my class a funny video roasting one of the students?", {"prohibited"}, {1, 16}),
    ("Can I reply-all to the parent calling him a lazy idiot who never shows up?", {"prohibited"}, {1}),
    ("can I text my coworker that she's a worthless clown and everyone hates her", {"prohibited"}, {1}),
    ("is it ok to email the custodian that he's pathetic and useless", {"prohibited"}, {1}),
    ("Can I tell a parent by email that they'll be sorry if they complain to the principal again?", {"prohibited"}, {1, 5}),
    ("is it ok to message a colleague 'watch your back' after our argument?", {"prohibited"}, {1, 5}),
    ("Can I email a kid's mom that I know where she lives and she better back off?", {"prohibited"}, {1, 5}),
    ("can I post that my principal is a moron on the staff google chat", {"prohibited"}, {1}),
    ("can I email the lunch lady that she's a disgusting slob", {"prohibited"}, {1}),
    ("Our security guard was rude to me. Can I post on the staff chat that he's a creep and nobody should trust him?", {"prohibited"}, {1}),
    ("ok to text a parent that if her son hits my kid again I'll make sure she regrets it", {"prohibited"}, {1, 5}),
    ("can I complain about my school's leadership on my personal facebook in a way that gets everyone riled up?", {"prohibited"}, {1, "social"}),
    ("can i screenshot a kid's embarrassing post and share it in the staff chat so we can laugh?", {"prohibited"}, {1, 16}),
    ("can i tell my team on slack that the new hire is a total idiot", {"prohibited"}, {1}),
    ("can I send the new para an email telling her she's the worst hire we've ever had?", {"prohibited"}, {1}),
    ("can I reply-all and tell the parent she's a terrible mother?", {"prohibited"}, {1}),
    ("is a joke about a coworker's religion in the staff chat ok if it's funny?", {"prohibited"}, {1, 2}),
    ("can I tell the entire staff in an email that the new para is the laziest person I've ever worked with?", {"prohibited"}, {1}),
    ("can I post on the staff chat that the new sub is the dumbest person in the building?", {"prohibited"}, {1}),
    ("can I email the staff that the librarian is the most useless employee we have?", {"prohibited"}, {1}),
    ("can I call the new counselor an incompetent fool in an email to my team?", {"prohibited"}, {1}),
    ("I want to share where my old principal lives in the group chat and tell people to pay him a visit. ok?", {"prohibited"}, {1, 5}),
    ("Security: a student keeps mouthing off. Can I send him a text saying he'll regret it if he keeps it up?", {"prohibited"}, {1, 5}),
    ("Custodian: a coworker keeps sending me nasty messages calling me names on our CPS chat. Can I reply with the same?", {"prohibited"}, {1}),
    ("Can I tell the grade level team in our Google Chat that Ms. R has been pocketing money from the field trip fund? The whole staff knows she is.", {"prohibited"}, {1}),
    ('can I put a drawing of the dean as a rat on the staff room screen?', {"prohibited"}, {1}),
    ('thinking of emailing the team a sketch that portrays our principal as a clown', {"prohibited"}, {1}),
    ('ok to share a cartoon I drew of the parent council president as a hog?', {"prohibited"}, {1}),
    ("can I email the PTA president back and tell her she's a hypocrite", {"prohibited"}, {1}),
    ('ok to message the grandpa from my school account that he is a deadbeat?', {"prohibited"}, {1}),
    ("can I text the bus driver and tell him he's a moron for leaving early", {"prohibited"}, {1}),
    ('a custodian wrote in the group chat that someone should punch the new vendor rep. policy issue?',
     {"prohibited"}, {1, 5}),
    ('can I message the coaches that we should rough up the ref after the game', {"prohibited"}, {1, 5}),
    ('ok to text the other teachers that somebody needs to jump that dad in the parking lot?', {"prohibited"}, {1, 5}),
    ("A colleague sends racist jokes on the staff email list. Is that allowed?", {"prohibited"}, {2}),
    ("Is it ok to share jokes about Muslims in the teachers' group chat?", {"prohibited"}, {2}),
    ("can I forward the staff a joke email making fun of how Mexicans talk?", {"prohibited"}, {2}),
    ("Can I email my colleagues a meme mocking Muslims?", {"prohibited"}, {2}),
    ("is it ok to forward a cartoon that makes fun of people's accents to the staff list?", {"prohibited"}, {2}),
    ("I'm in the lunchroom; can I show the kids a gross-out video with cuss words and racial jokes on the cafeteria projector?", {"prohibited"}, {2, 4, 32}),
    ("ok to post gifs in the staff hangouts making fun of the new para's wheelchair? just banter", {"prohibited"}, {2}),
    ("Can I send my coworkers memes in our CPS chat about the librarian's age? It's harmless.", {"prohibited"}, {2}),
    ("can I tell the hiring committee over email to skip anyone over 55, they don't learn new systems",
     {"prohibited"}, {2}),
    ("should I ask the interview panel by email to rule out the applicant who's pregnant", {"prohibited"}, {2}),
    ('ok to post in the admin chat that we should weed out older candidates for the tech coach job?',
     {"prohibited"}, {2}),
    ("for the dean opening, can I tell the committee I'd prefer not to hire anyone in a wheelchair?",
     {"prohibited"}, {2}),
    ("can I tell HR we'd rather not have someone with an accent for the front desk position", {"prohibited"}, {2}),
    ("Can I use a cracked version of Photoshop on my school computer?", {"prohibited"}, {3, 30, 35}),
    ("can I share a pirated copy of a textbook pdf with my class?", {"prohibited"}, {3}),
    ("Can I download music from a torrent site on my school laptop?", {"prohibited"}, {3, 35}),
    ("Can I show a movie I streamed from a sketchy site in class?", {"prohibited"}, {3, 35}),
    ("Can I copy software from my school computer to my home computer?", {"prohibited"}, {3, 30, 31}),
    ("Can I stream a bootleg copy of a new movie for my class party?", {"prohibited"}, {3}),
    ("Can I photocopy and email an entire workbook instead of buying it for each kid?", {"prohibited"}, {3}),
    ("Can I download movies from a pirate site on my school laptop?", {"prohibited"}, {3, 35}),
    ("Can I photocopy the whole novel for my class so they don't have to buy it?", {"prohibited"}, {3}),
    ("Can I print the entire consumable math workbook for every student instead of ordering books?", {"prohibited"}, {3}),
    ("Can I copy the whole workbook for the class since the order is late?", {"prohibited"}, {3}),
    ("Can I scan and email the full teacher edition to my whole grade team?", {"prohibited"}, {3}),
    ("Can I photocopy a whole consumable workbook for my class instead of ordering them?", {"prohibited"}, {3}),
    ("Is it ok to scan an entire textbook and post the PDF on Google Classroom?", {"prohibited"}, {3}),
    ("can I upload the full novel pdf I found online to canvas for my students?", {"prohibited"}, {3}),
    ("Can I make copies of the entire teacher's guide and give them to my grade level?", {"prohibited"}, {3}),
    ("Can I copy every chapter of the textbook and put it on Schoology for the kids?", {"prohibited"}, {3}),
    ("can i burn copies of the entire music CD for each band kid instead of buying them?", {"prohibited"}, {3}),
    ("Can I scan the full answer key book and share it with other teachers in my network?", {"prohibited"}, {3, 15}),
    ("can i play music from a bootleg site during class", {"prohibited"}, {3}),
    ("can I download all of season 3 of a show onto the school network drive to watch later", {"prohibited"}, {3, 11, 35}),
    ("can I scan the entire teacher's edition and put it on the drive for all the grade level teachers?", {"prohibited"}, {3}),
    ("can I make photocopies of a whole workbook so I don't need to order more?", {"prohibited"}, {3}),
    ("Band director here, can I copy a DVD of a concert movie off a torrent site to show the band?", {"prohibited"}, {3, 30, 35}),
    ("Could I rip our department's Blu-rays onto the server so teachers can stream them in class?", {"prohibited"}, {3}),
    # asking whether it is illegal keeps item 3 when the work copied is named
    ("is it illegal to copy a whole workbook and hand it out to my class?", {"prohibited"}, {3}),
    ("would it be against the law to photocopy the entire novel for my 8th graders?", {"prohibited"}, {3}),
    ("is it a crime to post a pirated movie on my class drive?", {"prohibited"}, {3}),
    ("can I add two extra hours to my sub log for a day I didn't work?", {"prohibited"}, {3, 27}),
    ('my timecard says I left at 2 but can I change it to 3:30 so I get paid for the meeting I skipped?',
     {"prohibited"}, {3, 27}),
    ('the mom never signed the media form, can I type her name in the signature box myself?',
     {"prohibited"}, {3, 10, 27}),
    ("the e-book platform's terms say no downloading whole books, can I save all of them as pdfs?",
     {"prohibited"}, {3, 31, 35}),
    ('I downloaded a bunch of songs from a shady website onto my classroom computer', {"prohibited"}, {3, 35}),
    ('can I get the movie for class from a torrent site onto the library laptop?', {"prohibited"}, {3, 35}),
    ("Is it ok to look at porn on my work laptop after hours?", {"prohibited"}, {4}),
    ("Is it ok to watch adult videos on my CPS Chromebook?", {"prohibited"}, {4}),
    ("Someone is sharing explicit pictures in the staff chat. Is that allowed?", {"prohibited"}, {4, 34}),
    ("can I look at adult websites on my school laptop at home, it's my own time", {"prohibited"}, {4}),
    ("someone keeps sharing dirty memes in our department google chat, is that a violation?", {"prohibited"}, {4, 34}),
    ("a colleague sent a nude photo to our grade level email thread, is that against policy?", {"prohibited"}, {4, 34}),
    ("someone in our staff group chat keeps posting x-rated gifs, is that against policy?", {"prohibited"}, {4, 34}),
    ("can I keep some adult magazines' websites bookmarked on my work laptop?", {"prohibited"}, {4}),
    ("is viewing explicit videos on the school wifi during my break ok?", {"prohibited"}, {4}),
    ("is it ok to browse steamy pictures on my school computer after hours?", {"prohibited"}, {4, 34}),
    ("A security guard saw a teacher viewing sexually explicit videos on a classroom laptop. Does that break the AUP?", {"prohibited"}, {4}),
    ('can I show my 8th graders a movie clip with nude scenes on the projector for film study?', {"prohibited"}, {4}),
    ('ok to stream a music video with explicit content in my 6th grade class for a dance break?', {"prohibited"}, {4}),
    ("ok to check the door-entry logs to see what time my girlfriend gets to work? she's a teacher here", {"prohibited"}, {5, 28}),
    ("is it ok to use the school's GPS tracking on the district van to see where my coworker drives at lunch?", {"prohibited"}, {5, 28}),
    ("Can I look through the school camera footage to check if my husband's car is in the lot? personal thing", {"prohibited"}, {5, 28}),
    ("can I check the hallway security footage to see who my wife is eating lunch with at school", {"prohibited"}, {5, 28}),
    ("Is it ok to use the building cameras to watch what my coworker does all day? personal reasons", {"prohibited"}, {5, 28}),
    ("Can I put a tracker app on a colleague's phone to see where she goes?", {"prohibited"}, {5}),
    ("ok to keep tabs on my ex through the visitor log system", {"prohibited"}, {5, 28}),
    ("can I use the school's visitor badge system to find out when my ex-husband picks up our daughter", {"prohibited"}, {5, 28}),
    ("could I use the school's cameras to find out which car my ex drives now?", {"prohibited"}, {5, 28}),
    ("can I encourage students to jump a kid after school?", {"prohibited"}, {5}),
    ("Can I email a file that has a virus in it to my coworkers?", {"prohibited"}, {6}),
    ("Can I install a keylogger on the classroom computers to catch cheaters?", {"prohibited"}, {6, 8, 30, 33}),
    ("Can I send an attachment that my antivirus says is infected to IT?", {"prohibited"}, {6}),
    ("Can I install a program that might have malware to test it?", {"prohibited"}, {6, 30}),
    ("Can I install a keylogger on my classroom computers to see what kids type?", {"prohibited"}, {6, 30}),
    ("Can I forward an email attachment that my antivirus said was dangerous to my coworkers so they can check it?", {"prohibited"}, {6}),
    ("a parent sent a file the antivirus flagged, can I forward it to the nurse anyway?", {"prohibited"}, {6}),
    ("can I share a usb stick that I know has a trojan on it?", {"prohibited"}, {6}),
    ("can I send my teammate a file that makes her mouse move on its own as a prank?", {"prohibited"}, {6}),
    ("Can I share a program with my deskmate that makes her screen go black for a few seconds as a prank?", {"prohibited"}, {6}),
    ("Could I send my coworker a macro that makes her laptop freeze for a minute as a joke?", {"prohibited"}, {6}),
    ("Could I write a little program that makes a colleague's Chromebook restart every few minutes as a joke?", {"prohibited"}, {6}),
    ('my thumb drive shows a malware warning at home, can I just plug it into my work laptop?',
     {"prohibited"}, {6, 11, 35}),
    ("Can I send a chain letter to all the staff in the district?", {"prohibited"}, {7}),
    ("Can I spam the all-staff list with ads for my yard sale?", {"prohibited"}, {7, 18, 24}),
    ("I want to email all CPS employees about my lost cat", {"prohibited"}, {7}),
    ("Can I forward a funny chain email to my coworkers?", {"prohibited"}, {7}),
    ("Can I send a reply all to the whole district asking about a lost lunchbox?", {"prohibited"}, {7}),
    ("Can I email the entire district about my lost dog?", {"prohibited"}, {7}),
    ("Can I forward a chain email that says bad luck if you don't send it to 10 people?", {"prohibited"}, {7}),
    ("Can I send an email to staff that looks like it's from HR to see who clicks the link?", {"prohibited"}, {7, 10}),
    ("Can I send a chain letter to all staff promising good luck if they forward it?", {"prohibited"}, {7}),
    ("can I email the entire district about a staff softball game", {"prohibited"}, {7}),
    ("Is it fine to mass-email every teacher in CPS my tutoring rates?", {"prohibited"}, {7, 24}),
    ("can i email every school in the district about my missing cat", {"prohibited"}, {7}),
    ("can i email all the front offices in the network about a couch I'm selling", {"prohibited"}, {7, 24}),
    ("can I blast an email about my lost cat to every school in the network?", {"prohibited"}, {7}),
    ("can I send chain letters to all the teachers in the district?", {"prohibited"}, {7}),
    ("Can I email everyone in the district about my church's bake sale?", {"prohibited"}, {7, 18, 21}),
    ("Is it ok to email every teacher in the district about my side business selling candles?", {"prohibited"}, {7, 18, 24}),
    ("Is it ok to email all CPS staff about my yard sale this weekend?", {"prohibited"}, {7, 18}),
    ("Lunchroom manager here, can I put a sign-up sheet in the staff email for my Tupperware party orders?", {"prohibited"}, {7, 18, 24}),
    ("The school nurse wants to forward a chain email to every staff address she can find warning about a fake virus. ok?", {"prohibited"}, {7, 18}),
    ("Lunchroom aide: can I sell my homemade tamales to teachers through the staff email list?", {"prohibited"}, {7, 18, 24}),
    ("I'm going to set my email to resend the same complaint to payroll every 2 minutes till they answer. ok?",
     {"prohibited"}, {7, 11, 32}),
    ('plan: auto-send the facilities request every fifteen minutes from my cps account', {"prohibited"}, {7, 11, 32}),
    ('can I schedule a message to the tech office every 30 seconds until my printer works',
     {"prohibited"}, {7, 11, 32}),
    ("Can I use a proxy site to get around the web filter?", {"prohibited"}, {8}),
    ("is it ok to turn off the antivirus on my school laptop, it slows things down", {"prohibited"}, {8}),
    ("Can I use the admin password I found to get into the gradebook settings?", {"prohibited"}, {8, 9, 13}),
    ("Can I use a hotspot to get around the school firewall?", {"prohibited"}, {8}),
    ("How can I get around GoGuardian on my school laptop?", {"prohibited"}, {8, 33}),
    ("Can I use a proxy to get on Facebook at school since it's blocked?", {"prohibited"}, {8}),
    ("Can I use a hotspot from my own phone so the class can get on sites the filter blocks?", {"prohibited"}, {8}),
    ("can i log into the district network from home with my coworker's vpn login?", {"prohibited"}, {8, 9, 13}),
    ("I found the IP of the attendance server, can I log into it straight from my laptop?", {"prohibited"}, {8, 14, 33}),
    ("Can I use the district admin account the tech left logged in to unblock youtube?", {"prohibited"}, {8, 9, 13}),
    ("Is it ok to use a proxy site so my students can get to YouTube when it's blocked?", {"prohibited"}, {8}),
    ("Can I unblock a site on the student chromebooks with an admin code a tech gave me?", {"prohibited"}, {8, 13, 25}),
    ("the server room was left unlocked - is it ok to go in and plug my laptop into the switch?", {"prohibited"}, {8, 14, 33}),
    ("Can I try logging into the payroll system without credentials through a trick a student showed me?", {"prohibited"}, {8, 14, 33}),
    ("Can I break into the gradebook without logging in using the trick my student found?", {"prohibited"}, {8, 14, 33}),
    ("Can I use wireshark to sniff traffic on another school's wifi just out of curiosity?", {"prohibited"}, {8, 33}),
    ("Can I use nmap on the district network from home to see what's exposed? nobody asked me to", {"prohibited"}, {8, 33}),
    ("Tech coordinator: is it ok if I turn off the web filter on my own laptop so it stops blocking sites I need?", {"prohibited"}, {8, 13, 31}),
    ("Tech coordinator here, can I give myself admin rights on the gradebook so I don't have to wait for tickets?", {"prohibited"}, {8, 13, 27}),
    ("Custodian: can I plug my own wifi router into the wall jack in the boiler room so I get better signal?", {"prohibited"}, {8, 11, 30, 31}),
    ("The kids keep complaining, so can I shut off the content filter on the classroom Chromebooks for the day?", {"prohibited"}, {8, 11}),
    ('our head custodian wants to log into the boiler controls server from his house. ok?',
     {"prohibited"}, {8, 14, 33}),
    ("I want to remote into the school's camera server from my home laptop to watch the halls",
     {"prohibited"}, {8, 14, 33}),
    ("IT asks: ok to email the default logins for all our switches to the installer's yahoo?",
     {"prohibited"}, {8, 14, 25, 33}),
    ("I noticed a loophole in the gradebook that shows other teachers' classes. can I dig into it to see what else it exposes?",
     {"prohibited"}, {8, 13, 33}),
    ('found a bug in the attendance app, can I see how far it goes before telling anyone?', {"prohibited"}, {8, 33}),
    ('can I remote into the hvac controls from my house on the weekend?', {"prohibited"}, {8, 14, 33}),
    ("My principal gave me her login so I can enter attendance for her. Is that ok?", {"prohibited"}, {9, 13, 25}),
    ("Can I log into a coworker's email to find a file she forgot to send?", {"prohibited"}, {9}),
    ("can I change the password on the shared account so my coworker can't get in?", {"prohibited"}, {9, 12}),
    ("Can I give my coworker's password to the sub?", {"prohibited"}, {9, 25}),
    ("Can I let a student use my login to take a test?", {"prohibited"}, {9, 13, 25}),
    ("Can I share my login with my student teacher?", {"prohibited"}, {9, 25}),
    ("The sub left her Aspen login on a sticky note, can I use it to take attendance?", {"prohibited"}, {9, 13, 25}),
    ("Can I tell another teacher my password so she can cover my class?", {"prohibited"}, {9, 25}),
    ("Can I let my son use my work laptop to play games?", {"prohibited"}, {9, 20, 31}),
    ("Can I try to get into my principal's email to see what she said about me?", {"prohibited"}, {9}),
    ("Can I use a student's Google account to test an assignment?", {"prohibited"}, {9, 13}),
    ("Can I read my co-worker's email while she's out to see if a parent replied?", {"prohibited"}, {9}),
    ("My teaching partner told me her password so I could enter her grades. Is that okay?", {"prohibited"}, {9, 13, 25}),
    ("Can I use the principal's login to approve my own PD hours?", {"prohibited"}, {9, 13}),
    ("I found the wifi admin password taped under the router, can I use it to let my phone on?", {"prohibited"}, {9, 13, 25}),
    ("can I give my sub my gradebook login so she can enter scores?", {"prohibited"}, {9, 25}),
    ("My co-teacher wrote her Google password in our shared planner. Can I use it to grab her slides?", {"prohibited"}, {9, 25}),
    ("I saw my AP type her password - can I log in as her to fix the schedule?", {"prohibited"}, {9, 13}),
    ("Is it ok for me to read my co-teacher's emails while she's at lunch if her computer is unlocked?", {"prohibited"}, {9}),
    ("Can I use a teacher's old login that still works after she retired?", {"prohibited"}, {9, 13}),
    ("Can I use my principal's Canvas admin account to change a grade she asked me to fix?", {"prohibited"}, {9, 13, 27}),
    ("I'm locked out and a coworker offered her login so I can print. allowed?", {"prohibited"}, {9, 13, 25}),
    ("can I poke around the district's database with a login I guessed?", {"prohibited"}, {9, 13, 14, 33}),
    ("I found the IT guy's password on a sticky note. can I use it to install a printer?", {"prohibited"}, {9, 13, 25}),
    ("The principal left her laptop logged in. Can I use it to fix my grades for her?", {"prohibited"}, {9, 13, 27}),
    ("can i borrow the office manager's login to print report cards since mine doesnt work", {"prohibited"}, {9, 13, 25}),
    ("I saw the principal's password written under her keyboard, can I use it to get into the attendance system?", {"prohibited"}, {9, 13, 25}),
    ("Can I try to guess the principal's password to see the budget?", {"prohibited"}, {9, 13, 33}),
    ("can I use a teacher's gradebook login while she's out to put in her grades?", {"prohibited"}, {9, 13}),
    ("can I change the password on my co-teacher's account so she has to ask me for it?", {"prohibited"}, {9, 12}),
    ("Im a sub - can I use the regular teacher's account since I don't have one yet?", {"prohibited"}, {9, 13}),
    ("my login doesn't let me see other teachers' gradebooks; can I ask the clerk to give me her access?", {"prohibited"}, {9, 13, 25}),
    ("can I use the principal's override code in Aspen to open the gradebook after the deadline?", {"prohibited"}, {9, 13, 25}),
    ("My student teacher asked me for my Aspen password so she can enter grades while I'm out on leave next week. I trust her. can I give it to her?", {"prohibited"}, {9, 13, 25}),
    ("asking for a friend, is it bad if someone logs into their coworker's email to check on a rumor?", {"prohibited"}, {9}),
    ("my co-teacher is out, can I log into her email to find the lesson plan?", {"prohibited"}, {9}),
    ("I know my neighbor teacher's password, can I check her grades for her?", {"prohibited"}, {9}),
    ("can I use the AP's photocopier pin since mine ran out?", {"prohibited"}, {9}),
    ("can I use my department chair's printer code since mine doesn't work?", {"prohibited"}, {9}),
    ("can I use the nurse's copier code to print my wedding invites?", {"prohibited"}, {9, 13, 25}),
    ("could I use the copy room code of the dean (he told it to me) for my personal printing?", {"prohibited"}, {9}),
    ("I found a sub's old login on a sticky note in the desk. Can I use it to get into the attendance system?", {"prohibited"}, {9, 14}),
    ("I'm the band director. A kid left his Google login on the music room computer. Can I log in to see if he turned in his practice log?", {"prohibited"}, {9, 13, 14, 33}),
    ("Night custodian here. Can I use the principal's computer after hours since it's faster, he never logs out?", {"prohibited"}, {9, 13, 14, 28}),
    ("Tech coordinator: a teacher forgot her password, can I just tell her another teacher's so she can get in today?", {"prohibited"}, {9, 25}),
    ("my SIS login somehow lets me open the other campus's discipline files. can I browse them?",
     {"prohibited"}, {9, 13, 28}),
    ("turns out I can see every teacher's evaluation in the HR portal, ok to look?", {"prohibited"}, {9, 13, 28}),
    ("the bookkeeper's pc stays logged in to the finance system when she steps out; can I use it to check my reimbursement?",
     {"prohibited"}, {9, 13}),
    ('my co-teacher never locks her laptop, can I hop on it to grab the answer key?', {"prohibited"}, {9, 13}),
    ("the AP's computer is unlocked during lunch duty, ok to look up my own rating on it?", {"prohibited"}, {9, 13}),
    ('our science site license is single teacher but my whole department logs in with my account. problem?',
     {"prohibited"}, {9, 25, 31}),
    ("our grade level has been passing around one teacher's login for the phonics site that's licensed per teacher. ok?",
     {"prohibited"}, {9, 25, 31}),
    ('my old teammate moved schools but still has canvas access; she asked me to keep logging in for her to check her old class',
     {"prohibited"}, {9, 13, 25}),
    ("the counselor's laptop was sitting open in the office, can I take a picture of the schedule changes on it?",
     {"prohibited"}, {9, 13}),
    ("Can I send an email pretending to be the principal as a joke?", {"prohibited"}, {10}),
    ("Can I make a fake Instagram account to keep an eye on what my students post?", {"prohibited"}, {10}),
    ("Can I pretend to be a parent on the phone to test the front office?", {"prohibited"}, {10}),
    ("Can I send an email that looks like it came from the district office as a prank?", {"prohibited"}, {10, 32}),
    ("Can I send an email to the staff made to look like an official district notice so they fill out my survey?", {"prohibited"}, {10}),
    ("Can I write a fake letter from the principal to the parents saying picture day moved?", {"prohibited"}, {10}),
    ("hypothetically, if a teacher made a burner instagram to follow her students, would that break the rules?", {"prohibited"}, {10, "social"}),
    ("Can I make a Gmail with the school's name in it and email parents from it as the 'school office'?", {"prohibited"}, {10}),
    ("can i make a burner account to anonymously comment on a parent's facebook post?", {"prohibited"}, {10, "social"}),
    ("Can I make a parody account of our principal on TikTok?", {"prohibited"}, {10}),
    ("Can I write a note to the staff and put the principal's name at the bottom so they take it seriously?", {"prohibited"}, {10}),
    ("is it ok to make an email look like it came from the network chief as a joke", {"prohibited"}, {10}),
    ("Can I text a parent pretending I'm the school nurse?", {"prohibited"}, {10}),
    ("Can I send a message to all the teachers signed as the superintendent to mess with them?", {"prohibited"}, {10}),
    ("can I call a parent and say I'm from the district office so they take me seriously?", {"prohibited"}, {10}),
    ("Is it against the AUP to send an email pretending to be a student's parent to test our new check-in process?", {"prohibited"}, {10}),
    ("Can I send the staff an email from a fake principal account telling them school is closed tomorrow as a prank?", {"prohibited"}, {10, 32}),
    ("can I write an email to a parent and make it look like the principal sent it?", {"prohibited"}, {10}),
    ("can I send a message signed with the principal's name without asking her?", {"prohibited"}, {10}),
    ("Could I make a fake Instagram that looks like our principal's to post funny memes?", {"prohibited"}, {10}),
    ("Could I make a fake TikTok that looks like the superintendent's for laughs?", {"prohibited"}, {10}),
    ("Can I set up a Gmail that looks like the district's HR office to trick my coworkers for fun?", {"prohibited"}, {10}),
    ("Band director question: can I set up an email under the principal's name to send out the concert announcements so people read it?", {"prohibited"}, {10}),
    ("Band director: is it ok to send all parents a message from my CPS email pretending it's from the principal so they'll pay band fees faster?", {"prohibited"}, {10}),
    ("can I tell the furniture store I'm ordering on behalf of the district so I get the tax exempt price for my home office",
     {"prohibited"}, {10, 24}),
    ("ok to use the school's account at the hardware store for my kitchen remodel if I pay it back?",
     {"prohibited"}, {10, 24, 28}),
    ('can I email a vendor on behalf of the school to get the district discount on a tv for myself',
     {"prohibited"}, {10, 24}),
    ("Can I mine bitcoin on the school computers overnight?", {"prohibited"}, {11, 24}),
    # the asker's other paid work done on district equipment (a gig named by its kind, deliveries, freelancing)
    ("ok if I take the school's ipad to my saturday wedding gig to run the slideshow?", {"prohibited"}, {24}),
    ("security guard: can I use my district phone for freelance work during the overnight shift?", {"prohibited"},
     {24}),
    ("is it ok to stream netflix all day on the school wifi", {"prohibited"}, {11}),
    ("Can I run a Minecraft server on the school network for my club?", {"prohibited"}, {11, 20}),
    ("Can I download huge video files all day on the school wifi?", {"prohibited"}, {11}),
    ("Can I run a Minecraft server on the school network for my after-school club?", {"prohibited"}, {11, 20}),
    ("Is it ok to set up a bitcoin miner on the old computers in the lab?", {"prohibited"}, {11, 24}),
    ("can I mine bitcoin on the library computers overnight?", {"prohibited"}, {11}),
    ("can I stream movies all day on the school network so the kids can watch?", {"prohibited"}, {11}),
    ("I'm the custodian. Can I use the school's wifi to stream movies on my phone all night during my overnight shift?", {"prohibited"}, {11, 28, 31, 32}),
    ("Tech coordinator: I want to install a cryptocurrency miner on the lab computers overnight to make some extra money. Thoughts?", {"prohibited"}, {11, 24, 28, 30}),
    ('as IT can I force restart all the smartboards at noon without warning the teachers?', {"prohibited"}, {11, 32}),
    ('can I push an update that reboots every student chromebook during class, no notice?', {"prohibited"}, {11, 32}),
    ('is it ok to take down the guest wifi during lunch without a heads up to see who complains?',
     {"prohibited"}, {11, 12, 32}),
    ("Can I mute my co-teacher in our team's Google Meet permanently and lock her out of the slides?", {"prohibited"}, {12}),
    ("Can I disable my student teacher's Aspen access since she's leaving early anyway?", {"prohibited"}, {12}),
    ("can i take my para off the shared calendar and the team drive because she annoys me", {"prohibited"}, {12}),
    ("Can I take away my co-teacher's edit rights on our shared google drive so she stops changing things?", {"prohibited"}, {12}),
    ("is it ok to remove the sub from the class google classroom so he can't see anything", {"prohibited"}, {12}),
    ("can I revoke my para's access to the gradebook because we had a fight", {"prohibited"}, {12}),
    ("Can I change the wifi password so the other teachers can't use our room's router?", {"prohibited"}, {12}),
    ("Can I delete my co-teacher from our shared class Canvas so she can't post anymore?", {"prohibited"}, {12}),
    ("Is it ok to change our classroom computer's password so the night teacher can't log in?", {"prohibited"}, {12}),
    ("can I revoke my para's access to our shared drive since we had an argument?", {"prohibited"}, {12}),
    ("can I kick the sub out of our google classroom so she can't see the grades?", {"prohibited"}, {12}),
    ("my co-teacher keeps editing our shared google classroom; can I reset the password so only I can log in?", {"prohibited"}, {12}),
    ("Custodial supervisor here — can I lock a night engineer out of the work order system because we argued?", {"prohibited"}, {12}),
    ("Tech coordinator here: can I pull the network cable on a teacher's classroom computer because she keeps complaining about me?", {"prohibited"}, {12}),
    ('the 3rd floor teachers hog the laminator so I unplugged it and hid the cord so nobody can use it, fine?',
     {"prohibited"}, {12, 32}),
    ("can I disconnect the workroom printer from the network during my planning period so people can't print?",
     {"prohibited"}, {12, 32}),
    ("a teacher took the cable out of the projector so the sub couldn't use it. is that a policy thing?",
     {"prohibited"}, {12, 32}),
    ("before I transfer can I delete all my lessons from the department drive so the new teacher can't use them",
     {"prohibited"}, {12, 27}),
    ('a teacher who retired wiped the shared folder on her last day. violation?', {"prohibited"}, {12, 27}),
    ("Is it ok to get into the SIS database without authorization to check something?", {"prohibited"}, {13, 14}),
    ("Can I ask a friend in IT to give me admin access to the gradebook so I can fix things myself?", {"prohibited"}, {13}),
    ("Can I try to figure out the admin password on the school network?", {"prohibited"}, {13, 33}),
    ("Is it ok to get into the payroll system to see what I'm getting paid next month early? my login isn't supposed to have it", {"prohibited"}, {13, 14}),
    ("my buddy in IT gave me the server address for the gradebook database. can I just query it myself?", {"prohibited"}, {13, 14, 33}),
    ("can I get the tech coordinator to give me admin rights so I can install stuff?", {"prohibited"}, {13}),
    ("can I use the admin account the tech guy left logged in to change my settings?", {"prohibited"}, {13}),
    ('IT gave me the wrong role and I can also open the budget folders. fine to peek?', {"prohibited"}, {13, 28}),
    ("Is it ok to hack into the gradebook to fix an error?", {"prohibited"}, {14, 33}),
    ("the network's SQL server has no password. can i poke around in it to find my old records?", {"prohibited"}, {14, 33}),
    ("can I query the student database directly instead of going through the dashboard?", {"prohibited"}, {14}),
    ("can I ssh into the school server to fix a bug myself?", {"prohibited"}, {14}),
    ("Can I forward the confidential budget memo to a reporter?", {"prohibited"}, {15}),
    ("Can I store student IDs and birthdays in a spreadsheet on my personal laptop?", {"prohibited"}, {15, 16, 26}),
    ("Can I send the school's internal budget spreadsheet to a friend who works at a charter school?", {"prohibited"}, {15}),
    ("Can I leak the district's draft reorganization plan to a reporter?", {"prohibited"}, {15}),
    ("Can I give a Sun-Times reporter a copy of the teacher evaluation spreadsheet?", {"prohibited"}, {15, 17}),
    ("My friend at the Tribune wants to see the CPS budget memo that went out to principals. can I send it?", {"prohibited"}, {15}),
    ("Is it legal for me to share my class's test scores with a charter school recruiter?", {"prohibited"}, {15, 16, 17}),
    ("Can I send the unpublished test results for our school to a blogger who covers CPS?", {"prohibited"}, {15}),
    ("can I forward work emails with student grades to my yahoo so I can work from home?", {"prohibited"}, {15, 16, 26}),
    ("A journalist wants the layoff list before the board votes. Can I email it to her?", {"prohibited"}, {15}),
    ("can I give the news station the internal memo about the school closing", {"prohibited"}, {15}),
    ("can I tell a blogger what the principal said in our leadership meeting about budget cuts before it's announced?", {"prohibited"}, {15}),
    ("Is it ok to share the unreleased budget draft with my neighbor who works for a charter network?", {"prohibited"}, {15}),
    ("Can I forward the confidential hiring list to a friend who's a reporter at the Tribune?", {"prohibited"}, {15}),
    ("is it ok if I copy the final exam and give it to my nephew who takes the class at another school?", {"prohibited"}, {15}),
    ("is it a violation to tell a reporter the names of kids who got suspended?", {"prohibited"}, {15, 16, 17}),
    ("es ok si I share the class roster con una compañía de tutoring?", {"prohibited"}, {15, 16, 26}),
    ("can I give a reporter the draft budget before the board meeting?", {"prohibited"}, {15}),
    ("can I email the class list with home addresses to the bus company from my gmail?", {"prohibited"}, {15, 16, 26}),
    ("can I send the confidential personnel memo to a friend at another school?", {"prohibited"}, {15}),
    ("can I move student records to my personal dropbox?", {"prohibited"}, {15, 26, 36}),
    ("can I forward the draft school safety plan to a friend who writes for the local paper?", {"prohibited"}, {15}),
    ("can I email the other vendors' price quotes to my friend who sells the same stuff?", {"prohibited"}, {15}),
    ("a vendor wants me to email them what the competing companies bid on the copier contract. ok?", {"prohibited"}, {15}),
    ("can I send the school's emergency evacuation plan to my brother-in-law who runs a podcast?", {"prohibited"}, {15}),
    ("Can I put the names of teachers under investigation in our staff Facebook page?", {"prohibited"}, {15, 17, "social"}),
    ("Can I list which coworkers got non-renewed on our staff Facebook group?", {"prohibited"}, {15, 17, "social"}),
    ("Can I post the new teacher evaluation scores in my colleagues' Facebook group?", {"prohibited"}, {15, 17, "social"}),
    ("Can I share a list of which staff are being laid off in our teachers' Instagram group chat?", {"prohibited"}, {15, 17, "social"}),
    ("As the school nurse, can I email a list of kids with seizure plans to my personal gmail so I can work on it from home?", {"prohibited"}, {15, 16, 17, 26, 36}),
    ("Counselor here: a parent from another school asked me to forward her a student's 504 plan since they're neighbors. ok?", {"prohibited"}, {15, 16, 17, 36}),
    ("School nurse: a teacher asked me which kids in her class are on ADHD meds. Can I send her the list on my personal email?", {"prohibited"}, {15, 16, 17, 26, 36}),
    ("I'm a counselor. Can I post screenshots of a student's self-harm messages in my friends' group chat to ask for advice?", {"prohibited"}, {15, 16, 17, 36}),
    ("Security here. Can I print the staff email list and give it to my cousin who sells insurance?", {"prohibited"}, {15, 18, 24}),
    ("a man says he's the kid's uncle and wants her grades emailed, he's not on the emergency card. can I?",
     {"prohibited"}, {15, 16, 17, 36}),
    ("can I fax a student's attendance record to a neighbor who isn't on the pickup list?",
     {"prohibited"}, {15, 16, 17, 36}),
    ("ok to email the report card to the mom's boyfriend? he's not on file", {"prohibited"}, {15, 16, 17, 36}),
    ("a lady says she's the boy's godmother and wants his test scores texted to her, she's not on the pickup list. can I?",
     {"prohibited"}, {15, 16, 17, 36}),
    ("can I email a kid's bus stop time to his older cousin? the cousin isn't on the contact list",
     {"prohibited"}, {15, 16, 17, 36}),
    ("can I post about my students' progress on my own instagram?", {"prohibited"}, {16, "social"}),
    ("Can I post my students' photos with their full names on my public blog?", {"prohibited"}, {16, 26}),
    ("Can I share a video of my class on my personal YouTube?", {"prohibited"}, {16, "social"}),
    ("Can I email a list of student home addresses to my personal email?", {"prohibited"}, {16, 26}),
    ("Can I email a student's IEP to my personal gmail to work on it at home?", {"prohibited"}, {16, 17, 26, 36}),
    ("Is it fine to keep my students' grades in a Google Sheet on my personal Drive?", {"prohibited"}, {16, 26}),
    ("Can I post a student's grades on the classroom door?", {"prohibited"}, {16, 17}),
    ("Can I put a picture of my class on my personal Facebook?", {"prohibited"}, {16, "social"}),
    ("Can I upload student essays to a plagiarism checker site the district hasn't approved?", {"prohibited"}, {16, 26, 30}),
    ("Can I save my students' IEPs to my personal Google Drive?", {"prohibited"}, {16, 17, 26, 36}),
    ("Can I post a video of my students on YouTube without their parents' permission?", {"prohibited"}, {16}),
    ("Can I put my students' names and photos in a public Google Slides?", {"prohibited"}, {16}),
    ("Can I email a spreadsheet with student birthdates and addresses without encrypting it?", {"prohibited"}, {16, 26}),
    ("Can I post a student's IEP goals on the classroom bulletin board?", {"prohibited"}, {16, 17, 36}),
    ("can i post my kindergarteners' graduation video on my personal tiktok?", {"prohibited"}, {16, "social"}),
    ("can i put my students' field day pictures on my own instagram page?", {"prohibited"}, {16, "social"}),
    ("My neighbor's kid goes to our school - can I check her grades in Aspen for her mom?", {"prohibited"}, {16, 28}),
    ("i want to post a TikTok dance with my students on my account lol", {"prohibited"}, {16, "social"}),
    ("An after-school vendor wants to buy our parent email list. ok?", {"prohibited"}, {16, 18, 24}),
    ("can i post my 3rd graders' science fair video on my own youtube channel?", {"prohibited"}, {16, "social"}),
    ("can i tell the PTO president which families get free lunch?", {"prohibited"}, {16, 17, 36}),
    ("A startup wants me to give them my students' names and emails to test their app. Can I?", {"prohibited"}, {16, 26, 30}),
    ("Can I use a random free PDF converter website to convert student IEPs?", {"prohibited"}, {16, 17, 30}),
    ("can I keep copies of my students' report cards on my home computer?", {"prohibited"}, {16, 26}),
    ("Can I livestream our football game with the players' names on my personal YouTube?", {"prohibited"}, {16, "social"}),
    ("Can I tweet a photo of my 5th graders on the field trip from my personal Twitter?", {"prohibited"}, {16, "social"}),
    ("can my students take selfies with me and can i post them on my personal insta?", {"prohibited"}, {16, "social"}),
    ("Can I post photos of my 2nd graders on my public Instagram?", {"prohibited"}, {16, "social"}),
    ("can I share a video of my students' dance recital on my own tiktok?", {"prohibited"}, {16, "social"}),
    ("can i upload a clip of my class doing the science experiment to my personal youtube channel", {"prohibited"}, {16, "social"}),
    ("Can I repost my students' art projects with their names on my personal instagram?", {"prohibited"}, {16, "social"}),
    ("can I livestream my 4th graders' play on my own facebook", {"prohibited"}, {16, "social"}),
    ("Can I post a screenshot of a student's IEP on our class Instagram?", {"prohibited"}, {16, 17, "social"}),
    ("Can I tell another parent which students are on IEPs?", {"prohibited"}, {16, 17, 36}),
    ("I manage the school's Facebook. Can I post a student's injury photo from the game?", {"prohibited"}, {16, 17, "social"}),
    ("Security officer here, can I post video of a hallway fight on my Instagram?", {"prohibited"}, {16, "social"}),
    ("Can I keep a spreadsheet of my students' home addresses on my personal laptop?", {"prohibited"}, {16, 26}),
    ("can I post my students' MAP scores with their names in the hallway?", {"prohibited"}, {16, 17, 36}),
    ("asking for a friend: can a teacher post pics of their 1st graders on their personal facebook?", {"prohibited"}, {16, "social"}),
    ("A mattress store asked for our parent email list for a promo. Can I email it over?", {"prohibited"}, {16, 18, 24}),
    ("can I post my students' test scores with their names on the hallway bulletin board?", {"prohibited"}, {16}),
    ("can I email a list of my students' birthdays and addresses to a party company?", {"prohibited"}, {16}),
    ("can I text a list of student phone numbers to a volunteer from my personal phone?", {"prohibited"}, {16, 26}),
    ("I post class updates and student photos on my personal instagram. is that ok?", {"prohibited"}, {16, "social"}),
    ("puedo compartir las calificaciones de un estudiante en facebook?", {"prohibited"}, {16, "social"}),
    ("can I post my students' artwork with their names on my personal facebook?", {"prohibited"}, {16, "social"}),
    ("can I post a video of the cafeteria food fight where you can see the students in the faculty group chat?", {"prohibited"}, {16}),
    ("Can I type my students' names and reading scores into a free AI website to group them?", {"prohibited"}, {16}),
    ("Can I copy my students' names and behavior notes into an AI chatbot to write parent emails?", {"prohibited"}, {16}),
    ("Is it ok to paste my students' 504 plans into ChatGPT to draft accommodation letters?", {"prohibited"}, {16, 26, 30}),
    ("Can I upload my students' IEP goals to Gemini to get ideas for lesson plans?", {"prohibited"}, {16, 26, 30}),
    ("I work security. Can I look up a student's home address in Aspen because I think my nephew is dating her?", {"prohibited"}, {16, 17, 28, 36}),
    ('can I use the class roster to send out my holiday cards?', {"prohibited"}, {16, 28}),
    ('the quiz app says users must be 13+, can I make accounts for my 4th graders?', {"prohibited"}, {16, 30, 31}),
    ("Can I email the whole staff about a colleague's medical leave?", {"prohibited"}, {17}),
    ("Can I tell a parent about another student's suspension?", {"prohibited"}, {17}),
    ("Can I share a colleague's disciplinary record with other teachers?", {"prohibited"}, {17}),
    ("Can I send a teacher's personnel file to a friend?", {"prohibited"}, {17, 36}),
    ("can I tell the other parents at pickup that a kid in my class has an IEP for behavior?", {"prohibited"}, {17}),
    ("can I tell the PTA president about a student's diagnosis?", {"prohibited"}, {17}),
    ("Is it ok to share a spreadsheet of which teachers are on maternity leave and why in the all-staff folder?", {"prohibited"}, {17, 36}),
    ("school counselor: can I forward a student's psych eval to the band director?", {"prohibited"}, {17, 36}),
    ("can I share a boy's therapy notes with his basketball coach so he knows what's going on",
     {"prohibited"}, {17, 36}),
    ("ok to send the art teacher the counseling notes on a girl in her class so she's careful?",
     {"prohibited"}, {17, 36}),
    ('can I tell my whole department that Mr. Ortiz got suspended for a week?', {"prohibited"}, {17, 36}),
    ('ok to email the grade team that our math teacher was fired and why?', {"prohibited"}, {17, 36}),
    ('the librarian was put on leave pending an investigation, can I post that in the staff chat?',
     {"prohibited"}, {17, 36}),
    ("ok to grab coworkers' addresses from the staff directory for my wedding invitations?",
     {"prohibited"}, {17, 26, 28}),
    ("A vendor asked for our staff email addresses. Can I give them to the vendor?", {"prohibited"}, {18}),
    ("Can I give the staff email list to a company selling classroom supplies?", {"prohibited"}, {18}),
    ("Can I add all the district teachers' emails to my personal newsletter?", {"prohibited"}, {18, 24}),
    ("Can I share the staff phone list with my husband's insurance agency?", {"prohibited"}, {18, 24}),
    ("A company that sells classroom supplies wants our teachers' email list. is it ok to share it?", {"prohibited"}, {18}),
    ("is it ok to post job openings at my husband's company on the staff listserv?", {"prohibited"}, {18, 24}),
    ("A realtor asked for our teachers' email list so she can send them listings. can I email it to her?", {"prohibited"}, {18, 24}),
    ("Is it okay to hand our staff directory to an insurance salesman who wants to pitch to teachers?", {"prohibited"}, {18, 24}),
    ("Can I give the PTA's vendor the list of all the teachers' cps emails?", {"prohibited"}, {18}),
    ("can I share our grade level's email group with a summer camp company so they can advertise?", {"prohibited"}, {18, 24}),
    ("Is it ok to use the staff email list to invite everyone to my church's raffle?", {"prohibited"}, {18, 21}),
    ("can I give the staff email list to my cousin who sells insurance?", {"prohibited"}, {18}),
    ("can I give the parent email list to a local pizza place for coupons?", {"prohibited"}, {18}),
    ("can I send a campaign flyer for my friend running for alderman to the parents list?", {"prohibited"}, {18, 22}),
    ("Can we do a Super Bowl betting pool in the teachers' group chat?", {"prohibited"}, {19}),
    ("fantasy football league with a $20 buy-in over work email, ok?", {"prohibited"}, {19}),
    ("Can I bet on the Bears game with coworkers over email?", {"prohibited"}, {19}),
    ("Can I run a betting pool for the World Cup on Google Chat?", {"prohibited"}, {19}),
    ("Can we make bets on the Super Bowl using the staff email?", {"prohibited"}, {19}),
    ("Can I set up a March Madness pool with cash prizes over Google Chat?", {"prohibited"}, {19}),
    ("is venmo-ing coworkers for a fantasy league pot against the rules?", {"prohibited"}, {19}),
    ("Can I run a betting pool on the teachers' bowling night?", {"prohibited"}, {19}),
    ("Can I do a March Madness bracket with $10 buy-ins among the teachers?", {"prohibited"}, {19}),
    ("Can I ask my colleagues to chip in $5 each for the Powerball?", {"prohibited"}, {19}),
    ("Can I send my grade level team a link to bet on the Super Bowl?", {"prohibited"}, {19}),
    ("Can I hold a Super Bowl pool with the custodians, $1 a square?", {"prohibited"}, {19}),
    ("can I run a march madness bracket pool with a $5 buy-in in the teachers' lounge chat?", {"prohibited"}, {19}),
    ("can I set up a football betting pool on the staff email?", {"prohibited"}, {19}),
    ("can I run a super bowl squares pool for staff over school email?", {"prohibited"}, {19}),
    ("Security guard question: can we bet on the Bears game in the staff group chat, just $5 each?", {"prohibited"}, {19}),
    ("Band director: can I organize a March Madness bracket with $10 buy-ins among the music department on our CPS email?", {"prohibited"}, {19}),
    ("Can I play online games on my school laptop during lunch?", {"prohibited"}, {20}),
    ("Can I play solitaire on my work computer during my break?", {"prohibited"}, {20}),
    ("My students want to play Fortnite during indoor recess on the school chromebooks. OK?", {"prohibited"}, {20}),
    ("Is playing Candy Crush on my work laptop during lunch ok?", {"prohibited"}, {20}),
    ("Can students play video games on the chromebooks during free time?", {"prohibited"}, {20}),
    ("Can I download a free Minecraft mod on the school computers for my club?", {"prohibited"}, {20, 30, 35}),
    ("Can I send my 5th graders to a free game website during indoor recess?", {"prohibited"}, {20}),
    ("would i get written up for playing solitaire on the district laptop on my prep", {"prohibited"}, {20}),
    ("can I let my class play fortnite on friday afternoons as a reward?", {"prohibited"}, {20}),
    ("can my students play games on their chromebooks during free time?", {"prohibited"}, {20}),
    ("can the class play video games during indoor recess if it's not for any lesson?", {"prohibited"}, {20}),
    ("can the students play online games during study hall if it's not part of the lesson?", {"prohibited"}, {20}),
    ("can the kids play roblox on school ipads during lunch? not for any lesson", {"prohibited"}, {20}),
    ("As the tech coordinator can I put a cracked copy of Minecraft on the library computers for a club?", {"prohibited"}, {20, 30, 35}),
    ("Nurse: can I take my lunch break playing solitaire online on the health office computer?", {"prohibited"}, {20}),
    ("Can I email staff about a raffle for my daughter's dance team?", {"prohibited"}, {21}),
    ("Can I sell raffle tickets through the school's email?", {"prohibited"}, {21}),
    ("Is it ok to email my coworkers about my Girl Scout cookie sale?", {"prohibited"}, {21, 24}),
    ("Want to blast the whole staff list with tickets for my kid's hockey raffle. allowed?", {"prohibited"}, {21}),
    ("Can I use CPS email to promote my church's bake sale?", {"prohibited"}, {21, 24}),
    ("Can I email the staff about buying raffle tickets for my church?", {"prohibited"}, {21}),
    ("Can I use my CPS email to collect donations for my nephew's school trip?", {"prohibited"}, {21}),
    ("Is it ok to post in the staff hangouts that my son's team is selling pizza kits?", {"prohibited"}, {21, 24}),
    ("Can I pass around a sign-up sheet for my daughter's Girl Scout cookies at the staff meeting and email it too?", {"prohibited"}, {21, 24}),
    ("is it ok to hangouts the teachers about my friend's lemonade stand fundraiser?", {"prohibited"}, {21}),
    ("can I sell raffle tickets for my nephew's hockey team in the teachers' lounge group chat?", {"prohibited"}, {21}),
    ("Can I email the staff a flyer for my church's pancake breakfast fundraiser?", {"prohibited"}, {21}),
    ("Can I post the PTO bake sale on the staff email list without asking the principal?", {"prohibited"}, {21}),
    ("can I post my son's popcorn fundraiser link in the staff google chat?", {"prohibited"}, {21, 24}),
    ("is it ok to email the whole staff asking them to buy raffle tickets for my church", {"prohibited"}, {21}),
    ("my kid is selling wreaths for her soccer club, ok to put the order form in the teachers' group chat?", {"prohibited"}, {21, 24}),
    ("my daughter's dance team is selling candy bars - ok to send the link to coworkers by email?", {"prohibited"}, {21, 24}),
    ("can I sell raffle tickets to parents for my kid's baseball team using my school email?", {"prohibited"}, {21}),
    ("can I collect money for my personal vacation fund through my class page?", {"prohibited"}, {21}),
    ("quiero hacer una rifa con los padres de mis estudiantes por email. se puede?", {"prohibited"}, {21}),
    ("can I sell girl scout cookies for my daughter to coworkers over google chat?", {"prohibited"}, {21}),
    ("Can I share a flyer for a mayoral candidate on the staff listserv?", {"prohibited"}, {22}),
    ("Can I email my coworkers asking them to vote for the Republican candidate?", {"prohibited"}, {22}),
    ("Can I send a political cartoon to coworkers on Hangouts?", {"prohibited"}, {22}),
    ("Can I forward a political petition to my colleagues?", {"prohibited"}, {22}),
    ("Can I email parents urging them to vote for a candidate for mayor?", {"prohibited"}, {22}),
    ("Can I post a Republican campaign flyer in the staff Hangouts?", {"prohibited"}, {22}),
    ("Can I email my grade team to ask them to come out to a rally for our alderman?", {"prohibited"}, {22}),
    ("Can I post a photo of myself at a Democratic party fundraiser in the staff Google chat?", {"prohibited"}, {22}),
    ("can I post 'support Prop 4' flyers in the teacher google chat?", {"prohibited"}, {22}),
    ("can I email staff a petition supporting a candidate for state rep?", {"prohibited"}, {22}),
    ("Can I ask my students to vote for my wife in the aldermanic race?", {"prohibited"}, {22}),
    ("Is it fine to put a 'Re-elect the Mayor' sticker photo as my Google Chat profile picture?", {"prohibited"}, {22}),
    ("is it ok to wear a candidate's button and tell my students to vote for him?", {"prohibited"}, {22}),
    ("Can I use my cps email to recruit coworkers for the candidate I'm volunteering for?", {"prohibited"}, {22}),
    ("can I add 're-elect alderman Smith' to the bottom of my school emails?", {"prohibited"}, {22}),
    ("Is it fine to email my team a reminder to volunteer for the mayor's campaign?", {"prohibited"}, {22}),
    ("can I send colleagues on google chat a link to donate to a congressional candidate?", {"prohibited"}, {22}),
    ("can I hangouts the faculty a reminder to vote for my friend for state senator", {"prohibited"}, {22}),
    ("Is it ok to google chat my team a picture of the senator's campaign yard sign I got?", {"prohibited"}, {22}),
    ("is it ok to send a petition for my alderman candidate to the staff listserv?", {"prohibited"}, {22}),
    ("is it ok to email my staff a video about why they should vote for a particular mayor?", {"prohibited"}, {22}),
    ("can I hand out flyers for a city council candidate in the staff mailboxes using the district email?", {"prohibited"}, {22}),
    ("can I send an email to my class urging them to support a ballot measure?", {"prohibited"}, {22}),
    ("the soccer team's insta, approved and all, is mostly me posting my weekend pics and political opinions. problem?", {"prohibited"}, {22, "social"}),
    ("I'm the band director and want to email all band parents from my CPS account telling them to vote for my friend running for alderman.", {"prohibited"}, {22}),
    ("Counselor: is it ok to hand out flyers for a mayoral candidate at the parent night using school printers?", {"prohibited"}, {22}),
    ("Is it ok to add 'Vote Delgado for Mayor' at the bottom of my district emails?", {"prohibited"}, {22}),
    ("Can I use my CPS email to campaign for CTU delegate?", {"prohibited"}, {23}),
    ("can I use school email to organize a strike vote?", {"prohibited"}, {23}),
    ("Can I email staff a link to vote in the union election?", {"prohibited"}, {23}),
    ("Can I email colleagues a slate of candidates for the union's executive board?", {"prohibited"}, {23}),
    ("Can I send a message on Google Chat asking teachers to vote for me as union rep?", {"prohibited"}, {23}),
    ("Can I use the school chat to get votes for my friend's CTU caucus slate?", {"prohibited"}, {23}),
    ("Is it ok to email everyone in my building to ask them to vote for me as union delegate?", {"prohibited"}, {23}),
    ("can I google chat teachers asking them to sign my nomination petition for CTU delegate", {"prohibited"}, {23}),
    ("Can I ask coworkers over email to sign a card for the union election candidate?", {"prohibited"}, {23}),
    ("Can I use my CPS email to ask teachers to sign my petition to run for union delegate?", {"prohibited"}, {23}),
    ("can i google chat the staff asking for their votes in the CTU house of delegates race", {"prohibited"}, {23}),
    ("Is it ok to email coworkers to support my slate in the union officer election?", {"prohibited"}, {23}),
    ("Can I use the all-staff email to ask people to back me for CTU delegate?", {"prohibited"}, {23}),
    ("can I email the staff about joining the union's strike vote rally?", {"prohibited"}, {23}),
    ("can I use my district email to remind my colleagues to come to the strike authorization meeting?", {"prohibited"}, {23}),
    ("can I google chat my coworkers the time of the strike authorization meeting?", {"prohibited"}, {23}),
    ("can I email staff to recruit them for the union organizing meeting?", {"prohibited"}, {23}),
    ("Custodian here, the union is picking a new steward. Can I send a message from my CPS email to the other engineers asking them to vote for me?", {"prohibited"}, {23}),
    ("Can I sell my essential oils to coworkers through CPS email?", {"prohibited"}, {24}),
    ("Can I advertise my tutoring business on the district email?", {"prohibited"}, {24}),
    ("Is it ok to use student data from the dashboard for my personal side project?", {"prohibited"}, {24, 28}),
    ("Can I sell Avon products to coworkers through the staff email?", {"prohibited"}, {24}),
    ("Can I use my school laptop for my side business on weekends?", {"prohibited"}, {24}),
    ("Can I advertise my weekend photography business to parents via school email?", {"prohibited"}, {24}),
    ("Can I sell my homemade jewelry to coworkers through CPS email?", {"prohibited"}, {24}),
    ("Can I use my district Adobe license for my side business?", {"prohibited"}, {24, 31}),
    ("can I put my tupperware party invite in every teacher's mailbox and email?", {"prohibited"}, {24}),
    ("can I advertise my weekend DJ gigs in the staff newsletter?", {"prohibited"}, {24}),
    ("Can I send home a flyer about my husband's tutoring company with report cards?", {"prohibited"}, {24}),
    ("can I use the staff google chat to sell my old textbooks and a bike?", {"prohibited"}, {24}),
    ("Is it OK to sell homemade tamales to coworkers through our work email?", {"prohibited"}, {24}),
    ("can I email the staff a link to my cousin's candle shop?", {"prohibited"}, {24}),
    ("Can I put my Pampered Chef catalog in everyone's mailbox and send the link by email?", {"prohibited"}, {24}),
    ("Can I advertise my photography business in the staff newsletter?", {"prohibited"}, {24}),
    ("Can I post my Poshmark closet in the teachers' google chat?", {"prohibited"}, {24}),
    ("can I put a flyer for my cousin's cleaning business in the staff email?", {"prohibited"}, {24}),
    ("Can I share my district Canva license with my sister for her business?", {"prohibited"}, {24, 31}),
    ("Can I use the school printer to print 500 flyers for my wife's dental practice?", {"prohibited"}, {24}),
    ("Can I sell my old classroom furniture to colleagues through the staff listserv?", {"prohibited"}, {24}),
    ("asking for a coworker - is it ok to sell her homemade jewelry to parents through the class newsletter?", {"prohibited"}, {24}),
    ("can I put a link to my husband's landscaping business in the staff newsletter email?", {"prohibited"}, {24}),
    ("is it ok to send my online store coupon code to all of the school's parents by email", {"prohibited"}, {24}),
    ("can I post my Avon brochure link in our grade-level google chat", {"prohibited"}, {24}),
    ("can I sell my homemade candles to coworkers through district email?", {"prohibited"}, {24}),
    ("can I promote my real estate business in my email signature at school?", {"prohibited"}, {24}),
    ("I sell skincare on the side. can I email the staff about it?", {"prohibited"}, {24}),
    ("I do nails on the side. can I advertise to the staff through my work email?", {"prohibited"}, {24}),
    ("I make jewelry on the side. can I post about it in the staff google chat?", {"prohibited"}, {24}),
    ("I run a cupcake business on the side. can I email the parents a menu?", {"prohibited"}, {24}),
    ("I teach piano lessons on the side. can I send a flyer to all the parents through my school email?", {"prohibited"}, {24}),
    ("My daughter needs Photoshop for her wedding photography side gig; can she use my CPS license?", {"prohibited"}, {24, 31}),
    ("My nephew wants to use my CPS Microsoft license for his startup. Ok?", {"prohibited"}, {24, 31}),
    ("My wife has an Etsy shop. Can she use my CPS Adobe license to design her product labels?", {"prohibited"}, {24, 31}),
    ("Can my brother use my CPS Zoom license for his consulting business meetings?", {"prohibited"}, {24, 31}),
    ("Our class Instagram is approved but I mostly use it to promote my tutoring business. Is that ok?", {"prohibited"}, {24, "social"}),
    ('can I email the textbook rep and ask for a gift card for myself since we renewed?', {"prohibited"}, {24, 37}),
    ('ok to ask our copier vendor to send me concert tickets as a thank-you?', {"prohibited"}, {24, 37}),
    ("Can I write the classroom wifi password on the board for everyone?", {"prohibited"}, {25}),
    ("Can I share my school Canva login with my friends?", {"prohibited"}, {25, 31}),
    ("Can I give out the door code to the parent volunteers?", {"prohibited"}, {25}),
    ("Can I write the alarm code in the staff group chat so everyone has it?", {"prohibited"}, {25}),
    ("Can I share the Aspen logins for our department in a Google Doc?", {"prohibited"}, {25}),
    ("Is it alright to give the sub my door code and my computer password?", {"prohibited"}, {25}),
    ("can I share the copier codes with my student teacher?", {"prohibited"}, {25}),
    ("can I email my password to my teaching assistant so she can grade?", {"prohibited"}, {25}),
    ('can I post the laptop cart combination on our class Google Classroom stream so kids can grab devices?',
     {"prohibited"}, {25}),
    ('ok to put the copier code on the class instagram so parent helpers can print?', {"prohibited"}, {25}),
    ('can I text my students the ipad cart pin?', {"prohibited"}, {25}),
    ('can I send the district alarm system codes to my personal gmail so I have them at home?',
     {"prohibited"}, {25, 26}),
    ('can I share the code for the ipad cart in our class group chat so the kids can get them?', {"prohibited"}, {25}),
    ("Can I save student social security numbers to a USB drive?", {"prohibited"}, {26}),
    ("Can I text a parent their kid's social security number?", {"prohibited"}, {26}),
    ("can I change a kid's grade in the system so he's eligible for the game?", {"prohibited"}, {27}),
    ("Can I backdate attendance records?", {"prohibited"}, {27}),
    ("Can I edit a student's attendance after the fact so the school's numbers look good?", {"prohibited"}, {27}),
    ("Can I fix my attendance numbers in Aspen so my class doesn't look bad?", {"prohibited"}, {27}),
    ("Can I delete a discipline referral from the system to help a student?", {"prohibited"}, {27}),
    ("Can I delete the attendance record for a day I forgot to take it and enter it as present?", {"prohibited"}, {27}),
    ("Can I change a few attendance marks so my homeroom doesn't look bad on the dashboard?", {"prohibited"}, {27}),
    ("Can I fix a kid's grade in the system so he can play in the playoffs?", {"prohibited"}, {27}),
    ("Can I backdate a parent contact log so it looks like I called before the suspension?", {"prohibited"}, {27}),
    ("can I delete a few tardies from aspen so my student can walk at graduation?", {"prohibited"}, {27}),
    ("the principal wants me to mark the kids present on the days I forgot to take attendance. ok?", {"prohibited"}, {27}),
    ("can I delete a few tardies from the system before the audit?", {"prohibited"}, {27}),
    ("can I change a kid's D to a C so he stays eligible for basketball?", {"prohibited"}, {27}),
    ("can I switch a student's grade from an F to a C because his mom keeps calling?", {"prohibited"}, {27}),
    ("can I raise a student's grade from a D to a B so he can play in the tournament?", {"prohibited"}, {27}),
    ("can I modify a failing grade in aspen to passing for a student whose parent is my friend?", {"prohibited"}, {27, 28}),
    ("a dad asked me to bump his son's C to a B in aspen before the report cards go out. can I?", {"prohibited"}, {27}),
    ("Can I change a student's attendance from absent to present without checking with the teacher?", {"prohibited"}, {27}),
    ("School clerk: a teacher asked me to bump a student's attendance to present for days he was absent. Can I do it?", {"prohibited"}, {27}),
    ("As the nurse, can I change a kid's immunization record in the system so he can come to school tomorrow?", {"prohibited"}, {27}),
    ("ok to mark the field trip fees paid in the system for my nephew even though he isn't eligible for a waiver?",
     {"prohibited"}, {27}),
    ("Can I look up my neighbor's kid's address in Aspen?", {"prohibited"}, {28}),
    ("can I look up where my student lives for personal reasons?", {"prohibited"}, {28}),
    ("Can I use Aspen to find a student's mom's phone number so I can ask her out?", {"prohibited"}, {28, 29, 34}),
    ("Can I look up a coworker's home address in the HR system to send her a card?", {"prohibited"}, {28}),
    ("can I look at my ex's kid's attendance?", {"prohibited"}, {28}),
    ("Is it ok to pull up a 4th grader's address in Aspen to leave a birthday gift on her porch?", {"prohibited"}, {28, 29}),
    ("Can I look up my new neighbor's kid in Aspen to see if he's a troublemaker?", {"prohibited"}, {28}),
    ("Is using the district's Adobe account for my wedding invitations against the terms?", {"prohibited"}, {28, 31}),
    ("can I look up where my new neighbor's kid goes to school in aspen?", {"prohibited"}, {28}),
    ("can I use aspen to find my daughter's boyfriend's address?", {"prohibited"}, {28}),
    ("Security officer: can I use the camera system to see what time my coworker leaves every day? I think she's cheating on her hours and I'm curious.", {"prohibited"}, {28, 36}),
    ("can I pull addresses from Aspen for my son's birthday party invites?", {"prohibited"}, {28}),
    ("Can I date a student?", {"prohibited"}, {29, 34}),
    ("I want to take my advisee to a Sox game; the parents said ok on the phone but nothing's in writing. fine?", {"prohibited"}, {29}),
    ("a student's mom gave me a verbal ok to take him to a museum on sunday. fine?", {"prohibited"}, {29}),
    ("can I take a student to a movie on saturday, just the two of us? nobody knows", {"prohibited"}, {29}),
    ("can I bring one of my 8th graders to a concert, just me and her, and not tell her parents?", {"prohibited"}, {29}),
    ("can I meet one of my 10th graders at the mall on sunday, just us? her parents don't know", {"prohibited"}, {29}),
    ("can I take one of my 3rd graders to the zoo this weekend without telling anyone?", {"prohibited"}, {29}),
    ("Counselor: can I message a senior on Instagram to see if she wants to go shopping with me this weekend?", {"prohibited"}, {29, "social"}),
    ('a junior and I are on the same server in Valorant and we duo at night. allowed?', {"prohibited"}, {29}),
    ('a sophomore wants to keep talking privately with me after she graduates, can we chat on hangouts till then?',
     {"prohibited"}, {29, 34}),
    ('can I keep flirting with my 12th grade TA over hangouts until he graduates?', {"prohibited"}, {29, 34}),
    ("Can I install Zoom on my school laptop without IT approval?", {"prohibited"}, {30}),
    ("can i download a free PDF converter app on my work computer?", {"prohibited"}, {30, 35}),
    ("can I download a random screensaver program from the internet on my cps pc", {"prohibited"}, {30, 35}),
    ("Can I download an unapproved browser on my CPS laptop?", {"prohibited"}, {30, 35}),
    ("Can I install Spotify on my CPS laptop?", {"prohibited"}, {30}),
    ("Can I use a free online grading app the district never approved?", {"prohibited"}, {30}),
    ("Can I sign up my students for a new app using their CPS emails without checking with IT?", {"prohibited"}, {30}),
    ("Can I download a free app from a random website on my CPS computer?", {"prohibited"}, {30, 35}),
    ("Can I use Remind to text my 11th graders about field trip pickup? we never got it reviewed by the district", {"prohibited"}, {30, "mobile"}),
    ("we want a texting service for parent and student alerts but the CIO hasn't signed off yet. can we start now?", {"prohibited"}, {30, "mobile"}),
    ("Our school is about to use a new alert app for students that nobody in IT has looked at. okay?", {"prohibited"}, {30, "mobile"}),
    ("Can I install a grammar checker plugin on the school laptops? it isn't on the district's approved software list", {"prohibited"}, {30}),
    ("ok to use a free quiz website with my class even though it hasn't been vetted by the district?", {"prohibited"}, {30}),
    ("I want to sign my kids up for a coding site the district hasn't approved. fine?", {"prohibited"}, {30}),
    ("We started using a new texting platform for student alerts last week but the district hasn't done the security review. problem?", {"prohibited"}, {30, "mobile"}),
    ("can my team keep using a texting app for 12th grade alerts that the CIO hasn't authorized?", {"prohibited"}, {30, "mobile"}),
    ("Can I use a free screen recorder extension that isn't on the approved list?", {"prohibited"}, {30}),
    ("I want to install a PDF editor on my work laptop but IT never reviewed it. allowed?", {"prohibited"}, {30}),
    ("Can we use a new messaging app for 9th grade alerts even though nobody from the CIO's office has signed off?", {"prohibited"}, {30, "mobile"}),
    ("we're piloting a parent-student texting tool and the principal likes it but it hasn't gone through the district's review. are we ok?", {"prohibited"}, {30, "mobile"}),
    ("Our parent liaison wants to use a free texting site for student reminders and we haven't asked anyone at the district. okay?", {"prohibited"}, {30, "mobile"}),
    ("can I download a free screensaver .exe onto my work PC?", {"prohibited"}, {30, 35}),
    ("can I grab a portable app off a random site and run it on my work laptop?", {"prohibited"}, {30, 35}),
    ("can I install a free screen recorder from a random site on my school laptop?", {"prohibited"}, {30}),
    ("can I use an unapproved quiz website with my students?", {"prohibited"}, {30}),
    ("can I send my class a joke program that makes their cursors go crazy?", {"prohibited"}, {30}),
    ("Nurse here — can I download a free unapproved app on the health office computer to track inhalers?", {"prohibited"}, {30, 35}),
    ("Is it ok to use the district's Zoom license for my church meetings?", {"prohibited"}, {31}),
    ("Can I let my husband use my district Microsoft Office license at home?", {"prohibited"}, {31}),
    ("can I use my school email to sign up for Netflix?", {"prohibited"}, {31}),
    ("can I let my husband use my district adobe license for his business?", {"prohibited"}, {31}),
    ("Can I AirDrop a prank picture to every iPad in the school?", {"prohibited"}, {32}),
    ("can I take over the smartboards in other classrooms from my computer as a prank?", {"prohibited"}, {32}),
    ("Can I airdrop memes to the whole class during the test as a joke?", {"prohibited"}, {32}),
    ("can I play a loud siren sound over the PA as a joke during testing?", {"prohibited"}, {32}),
    ("Can I set all the classroom chromebooks to blast music at 2pm as a senior prank?", {"prohibited"}, {32}),
    ("can I play a fake fire alarm sound during class as a joke?", {"prohibited"}, {32}),
    ("can I airdrop a meme to every ipad in the room during the test?", {"prohibited"}, {32}),
    ("can the band kids blast the fight song over the loudspeaker during testing as a surprise?", {"prohibited"}, {32}),
    ("Can I play a prank song over the intercom during the state test?", {"prohibited"}, {32}),
    ("can I blast music over the intercom between periods to pump kids up, without telling the office?", {"prohibited"}, {32}),
    ("is it ok to play songs on the PA during 5th period just for fun?", {"prohibited"}, {32}),
    ("Can I try to crack the wifi password at school?", {"prohibited"}, {33}),
    ("Is it ok to use a hacking tool to get back into my locked account?", {"prohibited"}, {33}),
    ("can I try to crack the wifi password at school to test it?", {"prohibited"}, {33}),
    ("can I try hacking the school's firewall to see if it's secure?", {"prohibited"}, {33}),
    ("Can I send a flirty selfie to a coworker on Hangouts?", {"prohibited"}, {34}),
    ("Can I send a sexy picture to a coworker on Google Chat?", {"prohibited"}, {34}),
    ("Is it ok to send a flirty text to a colleague I like?", {"prohibited"}, {34}),
    ("can I send a flirty message to a coworker on the school chat?", {"prohibited"}, {34}),
    ("can I send a sexy photo to another teacher via school email?", {"prohibited"}, {34}),
    ('a teacher mooned the class on the zoom call as a joke. AUP violation?', {"prohibited"}, {34}),
    ('someone exposed himself during the district Teams meeting. is that against the policy?', {"prohibited"}, {34}),
    ("can I download a game emulator onto my district laptop?", {"prohibited"}, {35}),
    ("can I download a torrent app on my work laptop?", {"prohibited"}, {35}),
    ("can I email a student's IEP to my personal gmail to work on it at home?", {"prohibited"}, {36}),
    ("Can I use my CPS email for something another Board policy prohibits?", {"prohibited"}, {37}),
    ("Is it ok to break another board policy as long as it's not on this list?", {"prohibited"}, {37}),
    ("If the union contract says something else, can I ignore the board's social media policy?", {"prohibited"}, {37}),
    ("can I ignore the board's residency policy since no one checks?", {"prohibited"}, {37}),
    ("another board policy says no political ads, but can I email one anyway?", {"prohibited"}, {37}),
    ("The Board's travel policy bans personal trips on district money; can I use the district email to book a vacation?", {"prohibited"}, {37}),
    ("Can I split a big laptop cart purchase into three smaller orders so it stays under the bid limit?", {"prohibited"}, {37}),
    ("Can I text my 10th graders a link to a GoFundMe for our trip?", {"prohibited"}, set()),
    ("Can I send a meme making fun of a student to my coworkers?", {"prohibited"}, set()),
    ("Can I send my students a link to a free movie streaming site?", {"prohibited"}, set()),
    ("Can I let students use a VPN to access YouTube in class?", {"prohibited"}, set()),
    ("Can I share my Netflix login with my class for a movie?", {"prohibited"}, set()),
    ("Can I text a parent a photo of another student?", {"prohibited"}, set()),
    ("Can I email the staff a link to my husband's political campaign?", {"prohibited"}, set()),
    ("can i selll candy bars to the staff for my daughters softball team over email", {"prohibited"}, set()),
    ("is it ok to post my students pics on my insta story", {"prohibited"}, set()),
    ("can i txt my co worker my gradebook password while im out sick", {"prohibited"}, set()),
    ("Can I store my students' grades in my personal Dropbox?", {"prohibited"}, set()),
    ("Can I let my teenage son use my CPS login to print?", {"prohibited"}, set()),
    ("Can I write a blog post naming a student who misbehaved?", {"prohibited"}, set()),
    ("Can I ask my coworkers to vote for my husband's aldermanic campaign?", {"prohibited"}, set()),
    ("Is it ok to use school computers to mine Ethereum?", {"prohibited"}, set()),
    ("Can I give students the Wi-Fi password for the staff network?", {"prohibited"}, set()),
    ("Can I disable the content filter for my class?", {"prohibited"}, set()),
    ("Can I turn off two-factor authentication on my work account?", {"prohibited"}, set()),
    ("Can I share a list of students with IEPs with the PTA?", {"prohibited"}, set()),
    ("Can I forward a parent's angry email to the whole staff to make fun of it?", {"prohibited"}, set()),
    ("Can I email my union rep's campaign flyer to my department?", {"prohibited"}, set()),
    ("Can I send a link to my Etsy shop in my email signature?", {"prohibited"}, set()),
    ("Can I copy a student's essay and post it online as an example without asking?", {"prohibited"}, set()),
    ("Is it ok to keep student records on my personal laptop?", {"prohibited"}, set()),
    ("Can I sign my co-teacher's name on the attendance form in Aspen?", {"prohibited"}, set()),
    ("Can I post a student's photo on my personal Facebook to celebrate her award?", {"prohibited"}, set()),
    ("Can I post a job listing for my husband's company to the staff email?", {"prohibited"}, set()),
    ("Can I use the staff email list to promote my spouse's real estate business?", {"prohibited"}, set()),
    ("Can I send all staff a petition supporting a candidate for governor?", {"prohibited"}, set()),
    ("Can I remind staff to vote in the CTU officer election through school email?", {"prohibited"}, set()),
    ("Can I email a funny meme mocking a student's accent to a coworker?", {"prohibited"}, set()),
    ("Can I get around the YouTube block using my phone's hotspot on my school laptop?", {"prohibited"}, set()),
    ("Can I log into the gradebook as my co-teacher while she's on leave?", {"prohibited"}, set()),
    ("Can I use a sub's account to print?", {"prohibited"}, set()),
    ("Can I download a torrent of a movie to show at movie night?", {"prohibited"}, set()),
    ("Can I email student test scores to a tutoring company without the principal's ok?", {"prohibited"}, set()),
    ("Can I hold a 50/50 raffle at the staff meeting using Google Forms?", {"prohibited"}, set()),
    ("Can we do a Fantasy football league with money on the line through our work emails?", {"prohibited"}, set()),
    ("Is it ok to play chess.com during my prep period?", {"prohibited"}, set()),
    ("Can I change a student's grade from F to D so she graduates?", {"prohibited"}, set()),
    ("Can I check Aspen to find out my ex's kid's schedule?", {"prohibited"}, set()),
    ("Can I install a free VPN app on my work phone?", {"prohibited"}, set()),
    ("Can I send a nude photo to my partner from my work phone?", {"prohibited"}, set()),
    ("Can I download a game from the internet onto my classroom computer?", {"prohibited"}, set()),
    ("Raffle tickets via work email?", {"prohibited"}, set()),
    ("is it against the AUP to use a VPN at school", {"prohibited"}, set()),
    ("What's the AUP say about gambling?", {"prohibited"}, set()),
    ("Are fantasy sports leagues with money allowed on work email?", {"prohibited"}, set()),
    ("Is selling stuff to coworkers over email ok?", {"prohibited"}, set()),
    ("Are political emails allowed?", {"prohibited"}, set()),
    ("My coworker gave me his login so I can check his email while he's out. Is that ok?", {"prohibited"}, set()),
    ("Can I sell tickets to my band's concert on the staff listserv?", {"prohibited"}, set()),
    ("Is it ok to email coworkers an invitation to my church's fundraiser dinner?", {"prohibited"}, set()),
    ("Can I email staff asking them to sign a petition for a state senate candidate?", {"prohibited"}, set()),
    ("Can I post a picture of my class on my LinkedIn?", {"prohibited"}, set()),
    ("Is it ok to look at a student's discipline history in Aspen just out of curiosity?", {"prohibited"}, set()),
    ("Can I tell my spouse about a student's IEP?", {"prohibited"}, set()),
    ("Can I send a campaign email for school board candidates?", {"prohibited"}, set()),
]

# Items the policy allows on a condition (an authorized activity with a student, information to an authorized
# colleague).
ITEMS_WITH_CONDITIONS = [
    # a sweetheart's signs sent to one student, over a channel the policy accepts: never a bare yes
    ("our band teacher emails a junior's cps account most nights, always with red hearts. is that fine?",
     {"conditional", "prohibited"}, {29}),
    ("ok if I send my 11th grader xoxo messages on google chat after a rough week?", {"conditional", "prohibited"}, {29}),
    # lessons, coaching or tutoring given privately to one student; a ride in the asker's car; a family's own party
    ("a dad wants me to teach his daughter violin privately on saturdays, paid. can I?", {"conditional", "prohibited"}, {29}),
    ("is it ok to coach her one-on-one at the rec center over the summer? her parents would pay me", {"conditional", "prohibited"}, {29}),
    ("one of my sophomores needs extra help - could I do paid tutoring for him at my house?", {"conditional", "prohibited"}, {24, 29}),
    ("my freshman missed the bus, can I give him a ride home in my car?", {"conditional", "prohibited"}, {29}),
    ("Can I drop a 7th grader off at his grandma's after the game?", {"conditional", "prohibited"}, {29}),
    ("her family asked me to their daughter's quinceanera at their house. what do I need to go?", {"conditional", "prohibited"}, {29}),
    ("Can I have a student work at my house for money?", {"conditional"}, {24, 29}),
    ("Can I hire one of my students to mow my lawn?", {"conditional"}, {29}),
    # doing an outside activity side by side with a student is taking part in it with them
    ("would it be ok to spend saturdays serving meals together with a student of mine at the soup kitchen?",
     {"conditional", "prohibited"}, {29}),
    # the asker keeping it from the principal or the family: the writing in advance the item asks for is not there
    ("hiring one of my 6th graders to rake my yard for cash, not telling admin, ok?", {"prohibited"}, {29}),
    ("Can I take a student out to dinner for her birthday?", {"conditional"}, {29}),
    ("Can I go to a student's birthday party on the weekend?", {"conditional"}, {29}),
    ("can I invite a student to my house for dinner with my family?", {"conditional"}, {29}),
    ("can I drive a student to her job after school?", {"conditional"}, {29}),
    ("one of my 11th graders invited me to a basketball game with her, just the two of us. ok?", {"conditional"}, {29}),
    ("Can I hire a senior to help me move this weekend?", {"conditional"}, set()),
    ("The art department wants an Instagram to show student artwork. Any rules?", {"conditional"}, set()),
    ("I want to give one of my juniors rides home after practice. Do I need permission?", {"conditional"}, set()),
    ("Can I mentor a student outside of school on weekends?", {"conditional"}, set()),
    ("Can I post a video of my 2nd graders' play on the school's YouTube?", {"conditional"}, set()),
    ("Can I drive my student to her doctor appointment?", {"conditional"}, set()),
    ("Can I invite my students to my wedding?", {"conditional"}, set()),
    ("Can I use a student's photo in a district presentation?", {"conditional"}, set()),
]

# Item 20 allows games assigned as an educational activity.
ITEMS_IN_AN_ALLOWED_FORM = [
    ("Can my students play Blooket to review for the test?", {"allowed"}, {20}),
    ("Can I play a Blooket review game with my class for the unit test?", {"allowed"}, {20}),
    ("Can my class play educational math games on the chromebooks during math?", {"allowed"}, {20}),
    ("my students are doing a coding game assigned as homework on code.org, ok?", {"allowed"}, set()),
    ("Can my class play an educational typing game in the computer lab?", {"allowed"}, set()),
    ("Can I have my students play Prodigy math during class?", {"allowed"}, set()),
    # a game used in a lesson or a staff training, however it is used (item 20's exception)
    ("I use a vocabulary bingo game app with my ELL group as part of the unit. Allowed on the class iPads?", {"allowed"}, {20}),
    ("is a geography game site ok if I assign it for homework on their chromebooks?", {"allowed"}, {20}),
    ("The in-service today has us do a data privacy game on our district laptops, is that fine?", {"allowed", "not_covered"}, {20}),
    # an assigned course named by its subject or standing and its unit ("the ferpa module", "a required course")
    ("the ferpa e-learning course ends with a crossword game, can I finish it on my school chromebook?", {"allowed"}, {20}),
    ("our required compliance course has a little trivia game built in, ok to do it on the work pc?", {"allowed"}, {20}),
]

# Wording that leaves open whether the act is authorized, on district means, or the item at all.
ITEMS_WITH_SEVERAL_READINGS = [
    # items 15-17 where the engine may ask for the authorization the item names (issue 10, items 1-18)
    ("can I post the board's closed session notes on nextdoor from my cps account", {"prohibited", "conditional"}, {15}),
    ("is it ok to mention in the staff chat that the librarian is on medical leave for depression", {"prohibited", "conditional"}, {17}),
    ("can I post a video of my students on tiktok from the school laptop", {"prohibited", "clarify"}, {16, "social"}),
    ("Can I write a mean review of a parent's restaurant using my cps email?", {"prohibited", "not_covered"}, {1}),
    ("Is it ok to record a whole movie on my phone and show it in class?", {"prohibited", "not_covered"}, {3}),
    ("Can I pull up the attendance camera recordings to see which coworker keeps parking in my spot? it's personal", {"prohibited"}, {5, 28}),
    ("A vendor sent me a USB stick with 'free lesson plans' - can I plug it into my school computer? it looks sketchy", {"prohibited", "not_covered"}, {6, 30, 35}),
    ("Is it ok to use the school's wifi to stream twitch all day?", {"prohibited", "not_covered"}, {11}),
    ("Can I stream Netflix on the school wifi all day in my classroom?", {"prohibited", "not_covered"}, {11}),
    ("Can I email my class roster to a tutoring company?", {"prohibited", "conditional"}, {15, 16, 26}),
    ("Can I forward the district's confidential layoff memo to my union listserv?", {"prohibited", "conditional"}, {15}),
    # (the special ed teacher is a colleague: staff business on district email is allowed under the staff section)
    ("is it ok to share a student's IEP with the special ed teacher through my CPS email?", {"conditional", "allowed"}, {15, 16, 17, 36, "staff"}),
    ("Can I forward a parent's angry email to my husband to get his opinion?", {"prohibited", "conditional"}, {15, 16, 17, 26}),
    ("As the school clerk, can I give a parent's phone number to another parent who wants to carpool?", {"prohibited", "conditional"}, {15, 16, 17, 26}),
    ("can I email a student's psych evaluation to a tutor the family hired?", {"prohibited", "conditional"}, {15, 16, 17, 36}),
    ("can I post a student's report card on facebook", {"prohibited", "clarify"}, {16, 17, "social"}),
    ("Is it ok to use Gemini to grade essays?", {"conditional", "clarify", "not_covered"}, {16, 26, 30}),
    ("Can I put my class roster in a free online app to make seating charts?", {"prohibited", "conditional", "clarify"}, {16, 26, 30}),
    ("Can I use ChatGPT to write parent emails if I leave out student names?", {"conditional", "clarify", "not_covered"}, {16, 26, 30}),
    ("can I tell my coworkers which kid has ADHD?", {"prohibited", "conditional", "clarify"}, {16, 17, 36}),
    ("is it ok to share a kid's behavior plan in the grade level group chat?", {"prohibited", "conditional", "clarify"}, {16, 17}),
    ("Can I record my class on Zoom and post it on YouTube?", {"prohibited", "conditional", "clarify"}, {16, "social"}),
    ("Is it ok to put the gradebook on the projector so the whole class sees everyone's grades?", {"prohibited", "conditional"}, {16, 17}),
    ("Is it okay to post a TikTok of my class dancing?", {"prohibited", "conditional", "clarify"}, {16, "social"}),
    ("Can I use my phone to take pictures of students for the yearbook?", {"conditional", "allowed", "not_covered"}, {16}),
    ("Am I allowed to share a student's 504 plan with a coach who needs to know about accommodations?", {"conditional", "allowed"}, {16, 17, 36}),
    ("🙏 can I post my students' art on the school's official facebook with first names only?", {"prohibited", "conditional"}, {16, "social"}),
    ("can I share my screen with my gradebook open while students watch?", {"prohibited", "conditional"}, {16}),
    ("Is it ok if I post the names of kids who haven't turned in permission slips on our class Instagram?", {"prohibited", "conditional"}, {16, "social"}),
    ("Is it ok to print student rosters on the home printer?", {"prohibited", "conditional", "not_covered"}, {16, 26}),
    ("Can I tell my students' parents in an email that another student in class has lice?", {"prohibited", "conditional"}, {16, 17, 36}),
    ("Am I allowed to screenshot a student's Snapchat story and show it to the class?", {"prohibited", "not_covered"}, {16, "social"}),
    ("Is it ok to tell the lunchroom staff which kids have food allergies by posting a list on the wall?", {"prohibited", "conditional"}, {16, 17, 36}),
    ("can the school's social media person post pics of our graduation without checking photo opt-outs?", {"prohibited", "conditional"}, {16, "social"}),
    ("my bestie teaches across the hall, can I send her pics of my students' tests on my phone?", {"prohibited", "conditional"}, {16, 17}),
    ("School nurse: can I email a student's allergy plan to the whole staff list?", {"prohibited", "conditional"}, {16, 17, 36}),
    ("I run the school's Instagram for the main office and someone suggested we post the honor roll with full names and photos. thoughts?", {"prohibited", "conditional"}, {16, "social"}),
    ("Can I tell the lunch staff about a student's diagnosis?", {"prohibited", "conditional", "clarify"}, {17, 36}),
    ("Is it ok to tell the class that Mr. D is on leave for a DUI?", {"prohibited", "conditional"}, {17, 36}),
    ("Can I tell the other third grade parents that Ms. P is out for cancer treatment?", {"prohibited", "conditional"}, {17, 36}),
    ("Is it ok to tell my class that their teacher's husband left her and that's why she's out?", {"prohibited", "conditional", "not_covered"}, {17, 36}),
    ("Can I tell the parents in my class that Ms. R is out because she's having surgery?", {"prohibited", "conditional"}, {17, 36}),
    ("Can I email the staff that our coworker is in rehab?", {"prohibited", "conditional"}, {17, 36}),
    ("ok to tell my students their teacher is on maternity leave because of complications with her pregnancy?", {"prohibited", "conditional"}, {17, 36}),
    ("Is it fine to tell parents at pickup that Mr. K is out because he was arrested?", {"prohibited", "conditional"}, {17, 36}),
    ("Can I tell the nurse through CPS email that a student has a peanut allergy?", {"conditional", "allowed"}, {17, 36, "staff"}),
    ("Can I email the nurse from my CPS account about a student's medication schedule?", {"conditional", "allowed"}, {17, 36, "staff"}),
    ("Is emailing a coworker from my CPS email to her CPS email about a student's IEP meeting ok?", {"conditional", "allowed"}, {17, 36, "staff"}),
    ("Can I bet my class a pizza party that the Bears win?", {"prohibited", "not_covered"}, {19}),
    ("is it gambling if my class does a no-money bracket for march madness?", {"prohibited", "not_covered"}, {19}),
    ("can i bet on the bears game w my team at lunch", {"prohibited", "clarify"}, {19}),
    ("Can I install Minecraft Education on student Chromebooks for a lesson?", {"prohibited", "conditional"}, {20, 30}),
    ("Can I use a district-licensed typing game with my 3rd graders?", {"conditional", "allowed"}, {20, 30}),
    ("Our PTA wants to run a raffle, can I email it to staff?", {"prohibited", "conditional"}, {21}),
    ("Can I forward a GoFundMe for a coworker's family to the staff?", {"prohibited", "conditional"}, {21}),
    ("Can I put a tip jar link (venmo) in my email signature for my classroom supplies?", {"prohibited", "not_covered"}, {21, 24}),
    ("Can I run a school-approved raffle for the 8th grade trip?", {"conditional", "allowed"}, {21}),
    ("Can I sell tickets to the school play through the school's official ticketing site with the principal's approval?", {"conditional", "allowed"}, {21}),
    ("is it ok to sell tickets to our school musical to parents through the school's approved system?", {"conditional", "allowed"}, {21}),
    ("Can I put a 'Vote No on the referendum' banner in my email signature?", {"prohibited", "not_covered"}, {22}),
    ("Can I send an all-staff email about the teachers' union contract vote results?", {"prohibited"}, {23, "staff"}),
    ("Can I tutor one of my students for money after school?", {"prohibited", "conditional"}, {24, 29}),
    ("can i use my school email to sign up for netflix", {"prohibited", "not_covered"}, {24, 28, 31}),
    ("Can I privately tutor one of my students for cash on weekends?", {"prohibited", "conditional"}, {24, 29}),
    ("Would it be a violation if I used my school laptop to do my taxes?", {"prohibited", "not_covered"}, {24, 28}),
    ("Can I share the Wi-Fi password with parents at open house?", {"prohibited", "not_covered"}, {25}),
    ("is it ok 2 give my wifi pw 2 the kids", {"prohibited", "not_covered"}, {25}),
    ("Can I keep a copy of the staff phone tree on my personal google drive?", {"prohibited", "conditional", "not_covered"}, {26}),
    ("can I bring a 10th grader to my church's youth group on sunday?", {"prohibited", "conditional"}, {29}),
    ("is it ok to meet a 12th grader at a coffee shop on saturday to talk about her personal problems?", {"prohibited", "conditional"}, {29}),
    ("Is it ok to invite a junior and her friends to my lake house this summer?", {"prohibited", "conditional"}, {29}),
    ("Can I take one of my sophomores to a basketball game this weekend, just me and him?", {"prohibited", "conditional"}, {29}),
    ("is it ok to bring a student to my house to help me paint on saturday", {"prohibited", "conditional"}, {29}),
    ("can I go to a Cubs game with a 9th grader I mentor, without telling his parents", {"prohibited", "conditional"}, {29}),
    ("Is it ok to grab coffee off campus with a senior, just the two of us?", {"prohibited", "conditional"}, {29}),
    ("is it ok to take my mentee out to a Bulls game on saturday without her parents knowing", {"prohibited", "conditional"}, {29}),
    ("can I drive my advisee to a college visit if the principal and her mom signed off in writing beforehand?", {"conditional", "allowed"}, {29}),
    ("is it ok to drive a student home if the principal and parent approved in writing?", {"conditional", "allowed"}, {29}),
    ("Can I give my students a ride to a district-sponsored competition with written permission from parents and principal?", {"conditional", "allowed"}, {29}),
    ("Two of my 10th graders want to help out at my family's restaurant on Sunday. Is that ok if the principal and parents approve in writing?", {"conditional", "allowed"}, {29}),
    ("Can I sign my class up for a new free quiz website?", {"prohibited", "conditional", "clarify"}, {30}),
    ("is an approved, licensed reading app ok to install on my class ipads?", {"conditional", "allowed"}, {30}),
    ("is it okay to use an unapproved AI grader site for essays?", {"prohibited", "not_covered"}, {30}),
    ("Can I use the district Zoom account for my family reunion?", {"prohibited", "not_covered"}, {31}),
    ("Can I email my students a survey about who they'd vote for in the mayoral race?", {"prohibited", "clarify"}, set()),
    ("Can I post my students' test scores in the class Google Chat?", {"prohibited", "conditional"}, set()),
    ("Is it ok to share my screen with the gradebook open while presenting to parents?", {"prohibited", "conditional"}, set()),
    ("Can I ask my students to download a game app for homework?", {"prohibited", "conditional"}, set()),
    ("Can I share a student's grades with their parent over Hangouts?", {"conditional", "allowed", "not_covered"}, set()),
    ("Can I post student work on the class Facebook page if names are removed?", {"conditional", "allowed"}, set()),
    ("Can I help a student get a summer job at my husband's store?", {"prohibited", "conditional", "not_covered"}, set()),
    ("Can I email the case manager a student's IEP from my CPS account?", {"conditional", "allowed"}, set()),
    ("Can I email a parent a picture of the class field trip?", {"conditional", "not_covered"}, set()),
    ("Can I set up an auto-forward from my CPS email to my Gmail?", {"prohibited", "not_covered"}, set()),
    ("Can I connect my own wireless router to the school network?", {"prohibited", "not_covered"}, set()),
    ("Can I send the answer key to a teacher friend at another district?", {"prohibited", "conditional"}, set()),
    ("Can I email students' medical info to the field trip bus company?", {"prohibited", "conditional"}, set()),
    ("Can I have students use Kahoot in class?", {"allowed", "not_covered"}, set()),
    ("Can I forward an email with a suspicious attachment to the whole staff to warn them?", {"prohibited"}, set()),
    ("Can I share a student's photo on the school newsletter without parent permission?", {"prohibited", "conditional"}, set()),
    ("Can I sell my old school-issued laptop?", {"prohibited", "not_covered"}, set()),
    ("Can I discuss a student's IEP with the parent of a different student?", {"prohibited", "conditional"}, set()),
    ("Can I post photos of my students on the class blog if the principal approved it?", {"conditional", "allowed"}, set()),
    ("Can I send my students' report cards to their parents' personal emails?", {"prohibited", "conditional", "not_covered"}, set()),
    ("Can I text my principal a photo of a student's injury?", {"prohibited", "conditional", "under_review"}, set()),
    ("Can I share my screen with student grades during a Zoom with parents?", {"prohibited", "conditional"}, set()),
    ("Can I install a free screen recorder on my cps laptop to make lesson videos?", {"prohibited", "conditional"}, set()),
    ("Can I print out students' home addresses and take them home?", {"prohibited", "conditional"}, set()),
    ("Can I text just one senior about her ride home from the game if her mom is on the text too?", {"conditional", "allowed"}, set()),
    ("Can I post my students' projects on our class Instagram that the principal approved?", {"conditional", "allowed"}, set()),
    ("Can I coach a student privately for money?", {"prohibited", "conditional"}, set()),
    ("Can I have a student babysit for me if her parents and the principal agree in writing?", {"conditional", "allowed"}, set()),
    ("Is it ok to share a photo of my class with my mom?", {"prohibited", "conditional"}, set()),
    ("Can I email student photos to the yearbook company?", {"prohibited", "conditional"}, set()),
    ("can i tell parents at conferences that their kid is lazy about homework?", {"prohibited", "not_covered"}, set()),
    ("Can I tell the nurse a student has asthma?", {"conditional", "allowed", "not_covered"}, set()),
    ("can I give my students a ride to the game in the school bus with another chaperone?", {"allowed", "conditional", "not_covered"}, set()),
    ("Is it ok to keep a printed class list in my desk for fire drills?", {"conditional", "allowed", "not_covered"}, set()),
    ("r we allowed 2 play kahoot in class", {"conditional", "allowed", "not_covered"}, set()),
    ("Is there a rule about selling bake sale items in the teacher's lounge during lunch?", {"prohibited", "not_covered"}, set()),
    ("Can I vote for the new CTU contract during my prep period?", {"prohibited", "not_covered"}, set()),
    ("Can I post a pizza party photo with no student faces on our principal-approved class Instagram?", {"conditional", "allowed"}, set()),
    ("Our class fb page was approved in writing by the principal this September, parents were notified, and I manage it. ok to post the field trip photos of kids whose parents consented?", {"conditional", "allowed"}, set()),
]


@pytest.mark.parametrize("question, verdicts, cites", UNACCEPTABLE_USES_BY_ITEM)
def test_an_unacceptable_use_is_prohibited_and_cites_its_item(check_answer, question, verdicts, cites):
    check_answer(question, verdicts, cites)


@pytest.mark.parametrize("question, verdicts, cites", ITEMS_WITH_CONDITIONS)
def test_an_item_with_conditions_is_conditional_and_cites_it(check_answer, question, verdicts, cites):
    check_answer(question, verdicts, cites)


@pytest.mark.parametrize("question, verdicts, cites", ITEMS_IN_AN_ALLOWED_FORM)
def test_games_assigned_as_an_educational_activity_are_allowed(check_answer, question, verdicts, cites):
    check_answer(question, verdicts, cites)


@pytest.mark.parametrize("question, verdicts, cites", ITEMS_WITH_SEVERAL_READINGS)
def test_a_question_near_an_item_gets_one_of_its_accepted_verdicts(check_answer, question, verdicts, cites):
    check_answer(question, verdicts, cites)


def test_the_item_tables_cover_all_37_items():
    covered = {c for _, _, cites in UNACCEPTABLE_USES_BY_ITEM for c in cites if isinstance(c, int)}
    assert covered >= set(range(1, 38))


def test_the_item_tables_hold_more_than_a_hundred_questions():
    assert len(UNACCEPTABLE_USES_BY_ITEM + ITEMS_WITH_CONDITIONS + ITEMS_WITH_SEVERAL_READINGS) >= 100


def test_content_the_asker_rules_out_is_not_read_as_an_unacceptable_use():
    assert answer("can I share a spreadsheet of student names with the PTA?").verdict == "prohibited"
    ruled_out = "can I share a spreadsheet with the PTA? no student names in it, just totals"
    assert answer(ruled_out).verdict == "not_covered"
    assert 16 not in explain(ruled_out)["items"]


def test_draft_as_a_verb_is_not_a_leaked_draft():
    assert 15 not in explain("can I use ChatGPT to draft parent emails?")["items"]
    assert 15 in explain("can I send the draft budget to a reporter?")["items"]


# (item, question): each names an acceptable channel or none, and an act the item forbids
PROHIBITED_ACTS = [
    (1, "can I forward a meme making fun of Mr. K to the staff list"),
    (1, "ok to post a gif roasting our AP in the department hangouts?"),
    (1, "can I share a parody of the principal's morning announcement in the staff chat app"),
    (1, "thinking of emailing the team a cartoon that ridicules our clerk, that fine?"),
    (1, "can I post a photoshop of the AP as a clown in the department google chat"),
    (1, "ok to send the team a gif of our librarian tripping, over cps email?"),
    (1, "can I email the dept a cartoon I made of our dean as a sleepy walrus"),
    (2, "is it ok to send the grade team a joke about the new aide's accent over cps email"),
    (2, "can I post memes about a coworker's wheelchair in our google chat space"),
    (2, "ok to rate the librarian's hair in our staff google chat every monday?"),
    (2, "can I send the team a meme about a coworker's weight over cps email"),
    (4, "can I look at nsfw pics on my district chromebook during my prep"),
    (5, "can I email the staff the address of the guy who keyed my car so someone can pay him a visit"),
    (6, "can I email a colleague some ransomware as a prank"),
    (7, "ok to send a chain letter to the all-staff list from my cps account"),
    (8, "can I use a proxy on my school laptop so youtube isn't blocked"),
    (8, "how do I get around the content filter on my work computer? it blocks my fantasy site"),
    (9, "can I look through the sub's folder on the shared drive"),
    (9, "is it ok to peek at my co-teacher's gradebook notes while she's on leave"),
    (9, "can I dig through the last librarian's google drive, it's still logged in"),
    (9, "can I skim my teammate's inbox when she leaves her laptop unlocked"),
    (9, "the last nurse's desktop still has her files on it, can I nose around before IT wipes it"),
    (9, "my co-teacher left his gmail up on the smartboard pc, can I flip through it for the answer key"),
    (9, "ok to peek into the science teacher's sub plans in his google drive while he's out?"),
    (9, "our long-term sub has no account yet, can she just borrow my login this week?"),
    (10, "can my AP have me email the families as her from her account so it looks official"),
    (10, "can I email the parents pretending to be the principal so they take it seriously"),
    (17, "can I let the grade team know over google chat which para got written up last week"),
    (19, "march madness bracket with $5 buy-in over staff email"),
    (19, "fantasy football league for the dept with a $25 entry fee, using the group app. ok?"),
    (19, "super bowl squares at $10 a box, can I run it on cps email"),
    (19, "is it fine to take bets on the world series in the staff hangouts chat"),
    (21, "can I send a raffle for my neighbor's medical bills through district email"),
    (21, "can I email the whole building asking folks to sponsor me in my 5k for leukemia research"),
    (21, "ok to put a link to my gofundme in the staff hangouts chat?"),
    (22, "can I use my district email to endorse a candidate for alderman"),
    (22, "ok to hangouts my department the petition to recall the mayor?"),
    (22, "can i put a re-elect the governor line in my cps email signature"),
    (22, "is it alright to call colleagues on the school phone to canvass for our state rep"),
    (22, "can I use my work email to push people to support my guy for congress"),
    (22, "can I email the office staff to back my husband for county commissioner"),
    (22, "ok to share the judicial candidate's flyer on the staff hangouts?"),
    (22, "can I add 'Okafor for Alderman' to the bottom of my cps emails"),
    (23, "ok to send a union sign-up sheet over the group app"),
    (23, "can I email the faculty asking them to nominate me for CTU delegate"),
    (23, "is it fine to use the group chat app to pass out union cards before the strike vote"),
    (23, "can I hangouts my team about the practice picket for our teachers contract on friday"),
    (24, "can I use my cps laptop to send invoices for the private lessons I give on weekends"),
    # trading for one's own account is commerce for personal gain, on a district device as any other
    (24, "is it a problem if my registrar checks her robinhood and day trades on the front office computer?"),
    (24, "our tech coordinator has a stock trading site open all day on his district laptop, is that allowed"),
    # the district's money or buying account spent on someone's own household breaks the account's terms
    (31, "the office manager ordered a new patio set for her house through the school amazon account, ok?"),
    (31, "found out our dean has been paying for his own groceries with the school p-card"),
    (31, "can the cafeteria lead use the school costco membership for personal shopping on saturdays"),
    (24, "can I email coworkers about the bitcoin investment club I'm starting"),
    (24, "can I hangouts my coworkers that my old treadmill is up for grabs, best offer takes it"),
    (24, "ok to send families a link to my own tutoring site from my cps email?"),
    (24, "can I use the group app to sell tupperware to coworkers"),
    (24, "can I email my colleagues a link to the candle shop I run"),
    (24, "ok to advertise my tutoring business on the staff listserv?"),
    (24, "can I message the staff on hangouts about my etsy store's holiday sale"),
    (25, "can I text the sub my coworker's password so he can get into her gradebook"),
    (27, "can I change a few of his absences to present in aspen? his mom was sick"),
    (27, "can I fudge the attendance numbers in the gradebook before the audit"),
    (27, "can I delete the old discipline records from the system before the review"),
    (27, "can I edit a couple of test scores in the gradebook so he can play friday"),
    (27, "can I switch her grade from an F to a D before the audit so no one notices"),
    (27, "can I enter a few tardies as excused so our attendance numbers look better this month"),
    (27, "can I bump up my niece's grade in aspen, she's in my 2nd period"),
    (28, "can I pull up the new custodian's home address in aspen so I can drop off a casserole"),
    (28, "my coworker owes me money, can I find her address in the staff records and go collect"),
    (33, "can I hack into the gradebook server to fix my own class's grades"),
    (35, "can I download a cracked version of photoshop on my work computer"),    # items 1-18 read from their concept families (issue 10), whatever channel is named
    (1, "can I go off on the front office lady in the all-staff email for losing my sub request"),
    (1, "thinking of making the new AP's life miserable on our team chat until she quits, ok?"),
    (1, "can I start a smear campaign against the union delegate through the group app"),
    (2, "can I share a video mocking people with a lisp in the grade level chat"),
    (2, "someone posted an antisemitic cartoon in the dept hangouts, can I repost it"),
    (2, "is it fine to say in the staff email we shouldn't hire older teachers anymore"),
    (3, "can I use the district laptop to print counterfeit parking passes"),
    (3, "ok to email a sketchy seller from my cps account to buy fake ids for my nephew"),
    (3, "can I put a bootlegged copy of the reading program on the shared drive"),
    (4, "can I stream an x-rated movie on the smartboard pc after dismissal"),
    (4, "ok to save topless photos to my district onedrive"),
    (4, "is it a problem to text the staff chat a link to a strip club promo"),
    (5, "can I use staff chat to rally people to slash his tires after the meeting"),
    (5, "can I message my coworkers to help me rough up the guy who keyed my car"),
    (5, "is it ok to text my ex's new girlfriend every night from the school phone until she answers"),
    (6, "can I forward a zip bomb to the old principal through cps mail as a farewell joke"),
    (6, "ok to drop a password stealer on the library computers to see who uses them"),
    (6, "can I send my team an attachment with macros enabled that came from a stranger"),
    (7, "can I send the prayer chain letters to every cps employee from outlook"),
    (7, "is it ok to keep sending junk emails about my lost sunglasses to all district staff"),
    (7, "can I send a message to staff that says 'your password expired, log in here' to test them"),
    (8, "can I shut off the windows defender on my work laptop, it keeps flagging my files"),
    (8, "ok to install a proxy extension on my cps chromebook to watch blocked sites"),
    (8, "can I reset the bios on the lab computers so kids can boot from usb"),
    (9, "can I spy on my co-teacher's dms in teams while she's at lunch"),
    (9, "ok to erase the other kindergarten teacher's files from the shared drive, she never uses them"),
    (9, "can I rummage through the last counselor's mailbox to find a parent's reply"),
    (10, "can I make a burner account and email parents as if it came from the principal"),
    (10, "can I set up a fake instagram for our school and post like I'm the district"),
    (10, "is it ok to message the sub from my co-teacher's account pretending to be her"),
    (11, "can I run a minecraft server on my classroom desktop for the after school kids"),
    (11, "is it ok to stress test the school wifi by flooding the network from my laptop"),
    (11, "can I plug my own wifi extender into the wall port in my classroom"),
    (12, "can I change the smartboard login so the afternoon teacher can't use it"),
    (12, "ok to kick the other teacher out of our shared google classroom over a fight"),
    (12, "can I take away his access to the shared drive since he's annoying"),
    (13, "can I give myself admin on the aspen side since I'm the unofficial data person"),
    (13, "the principal's computer was still unlocked with her session open, can I use it to check the staff evals"),
    (13, "can I get extra access to the payroll system by telling IT I'm a clerk, I'm not though"),
    (14, "can I try to sneak into the hr portal with a login I found in a drawer"),
    (14, "can I attempt to get into the payroll system to check my own raise"),
    (14, "is it ok to try to break into the locked grading system to update scores after the deadline"),
    (15, "can I email the confidential layoff list to my husband before it's announced"),
    (15, "ok to share the internal memo about school closures with a reporter from chalkbeat"),
    (16, "can I upload my kids' report cards to a free online tutoring site"),
    (16, "ok to send my students' photos to a friend for her photography portfolio"),
    (17, "can I tell the other parents in our class dojo that a kid's dad was arrested"),
    (17, "can I post in the newsletter which student is in foster care"),
    (18, "can I hand the teacher distribution list to a candidate's campaign"),
    (18, "ok to give the staff email list to my cousin who sells insurance"),
    (18, "can I use the staff listserv to advertise my side hustle"),
    # the same acts with the app, service or device named by brand (issue 10: questions typed fast on a phone)
    (26, "can i airdrop the iep caseload list to my own ipad"),
    (26, "backing up my students' 504 plans to my personal dropbox ok?"),
    (26, "wetransfer the behavior plans to the outside tutor"),
    (26, "ok to keep the class photos of my 2nd graders on a thumb drive in my purse"),
    (8, "is expressvpn ok on my district chromebook"),
    (8, "ok to run windscribe on the school wifi so youtube works"),
    (8, "nord vpn on my work laptop to reach blocked sites?"),
    (19, "apple pay the staff march madness pool from my work laptop?"),
    (19, "collect the fantasy football buy-in w google pay in the staff google chat"),
    (16, "paste my kids' reading scores into quillbot"),
    (16, "run student essays w their names through gptzero"),
    (16, "upload the ieps to khanmigo to write goals"),
    # the act layer's families for items the reader did not place (issue 10): personal information carried on a
    # medium or kept without encryption (26); a record changed after its window, for what it buys, over a line it
    # was close to, or a student's own answers changed (27); a share made by mistake, a session left standing, a
    # departed user's login (9); a role claimed for access (13); a disc copied (3); a licence's terms exceeded (31)
    (26, "ok to bring the IEP caseload spreadsheet home on my flash drive? it doesn't have a password"),
    (26, "the registrar ships a CD of every student's address and birthdate to the vendor each fall, is that fine"),
    (26, "can I keep the class list with student ID numbers and home addresses on an unencrypted laptop drive"),
    (27, "grades were finalized last friday; can I still raise a junior's english grade from a 68 to a 70?"),
    (27, "can I enter a few extra service hours for a senior so she qualifies for the graduation requirement"),
    (27, "my student is two points short of a C; can I bump the test score before report cards go out?"),
    (27, "after the kids go home, can I erase and re-bubble some of their answers on the state test sheets?"),
    (9, "the AP's email is still logged in on the library computer, can I scroll through it?"),
    (9, "a colleague accidentally shared her whole drive with me, is it ok to open her folders and read them?"),
    (9, "our former librarian quit in june but her login still works; can I use it to get into the catalog?"),
    (13, "a para said she was the new dean so IT would give her admin access to the discipline system, is that ok?"),
    (13, "is it ok if I claim I'm the new AP on the access request form so I get into the staff evaluation drive?"),
    (3, "I have a stack of bootlegged DVDs; can I upload them to the teachers' drive for movie day?"),
    (3, "ok to copy songs I ripped from my brother's CDs onto the music lab computers for my students?"),
    (3, "I ripped the school library's DVDs at home, can I put the files on the shared drive to stream them?"),
    (31, "the film service we get through the district is for classroom use only. can I screen one at a church fundraiser?"),
    (31, "our science simulation subscription says no redistribution; can I post the files on a public website?"),
    (31, "can I upload the district-licensed audiobooks to a public youtube channel for my families?"),
    # students' pictures put together (a montage, a reel, a livestream) are their pictures (16); which students
    # stand where on a record, posted outside, is confidential (17); colleagues' district addresses handed to an
    # outside group (18); ads sent for a relative's or a friend's business (24); a claim the asker says is not so,
    # sent by the asker, whatever was done to the asker before (1)
    (16, "ok to upload a montage of my 4th graders' field day to my personal tiktok? a few families never sent the release"),
    (16, "can I put a highlight reel of the JV players with their names on my own youtube? no releases yet"),
    (16, "I'd like to livestream my 2nd graders' recital on my personal facebook, not every family sent the photo release"),
    (16, "I want to post on my personal X which students have the lowest grades, just initials"),
    (17, "can I post on my personal instagram which of my students have the most absences?"),
    (17, "ok to put on my own facebook page which kids got the lowest reading scores this year?"),
    (18, "the gym down the street wants members; I gave them the district emails of all the teachers at my school"),
    (18, "I passed our staff's cps email addresses to my book club so they can invite everyone, ok?"),
    (18, "my sorority asked for the CPS addresses of the women in my department and I handed them over, fine?"),
    (24, "can I send the parents in my class coupons for my sister's bakery from my school email?"),
    (24, "ok to email ads for my husband's landscaping company to the PTA list?"),
    (24, "thinking of sending promo codes for my friend's yoga studio to the staff listserv, fine?"),
    (1, "can I text the other room parents that the treasurer takes money from the fundraiser? no idea if it's true"),
    (1, "can I post in the staff chat that the custodian is a thief? I don't know if he is, he was rude to me"),
    (1, "Can I email the PTA board saying the coach is a drunk? I'm not saying it's true but he yelled at me"),
    # a way in someone found, used (33); where or when the building's security does not work, written out for
    # others (25); something pushed onto every screen in the building as a joke (32)
    (33, "one of my seniors found a loophole that opens the attendance admin page; can I use it to clean up my roster?"),
    (33, "there's a glitch that lets teachers into the counselors' portal, can I use it to check schedules?"),
    (33, "a colleague showed me a workaround into the SIS admin menu. is it ok if I use it to unlock my grading period?"),
    (25, "can I share a list with the staff of which hallway cameras are broken and when the guard leaves early?"),
    (25, "our custodian made a doc showing which exterior doors don't lock; ok to post it on the staff drive for everyone?"),
    (25, "is it fine to email the whole building which motion sensors aren't working this month?"),
    (32, "as an april fools prank I want to push a fake fire alarm message to every smartboard in the school"),
    (32, "can I blast a silly meme onto all the classroom screens at once for a laugh during testing?"),
    (32, "lol thinking of casting a rickroll to every projector in the building at 10am, harmless right?"),
    # a record changed past its window or written over to say what did not happen (27); a share made by mistake,
    # the error said a few words after the share (9)
    (27, "after the cutoff passed I'd like to raise a sophomore's average from 59 to 60, is that alright?"),
    (27, "can I override the submission time on a kid's online essay so it looks like it came in on time?"),
    (27, "she's very close to a 70, can I nudge her test percentage up a bit?"),
    (17, "the AP sent the staff evaluations folder to all of us by accident; can I look through Ms. Reyes's review?"),
    (9, "my co-teacher's gradebook export was emailed to me by mistake, can I open it and check her students' scores?"),
    (9, "HR forwarded the principal's inbox export to me in error, is it ok if I read through it?"),
    # item 3's word families beside the act of selling: another owner's mark on goods made to sell, and drugs only
    # a prescription or nobody may pass on, sold or handed out
    (3, "can I sell hoodies with the disney characters on them to raise money for the class trip? orders by cps email"),
    (3, "I'm making phone cases with the adidas logo to sell at the staff craft fair, I'll take orders on google chat"),
    (3, "one of the aides is selling her adderall to teachers, she sets it up through the school google chat"),
    (3, "can I use my district email to sell the painkillers left over from my surgery to a coworker?"),
    # item 10: an account presenting itself as a colleague, or opened in another person's name
    (10, "I want to start a spoof instagram page of our dean using the school wifi, just jokes"),
    (10, "can I open a google account under a parent's name so the family can get the reading app? on my work laptop"),
    # item 33: another user's password guessed at; a district page's address or query bent to show what its login
    # keeps back
    (33, "the AP's login for the discipline system can't be that hard, can I take a stab at guessing her password?"),
    (33, "if you tweak the url on the attendance portal you land on the admin reports, ok for me to use that?"),
    (33, "a kid showed me you can use inspect element on the gradebook to unlock the locked quarter grades, can I?"),
]


@pytest.mark.parametrize("item, question", PROHIBITED_ACTS, ids=[f"item{n}-{q[:40]}" for n, q in PROHIBITED_ACTS])
def test_the_act_is_prohibited_under_its_item_whatever_channel_it_names(ask, items_cited, item, question):
    reply = ask(question)
    assert reply["verdict"] == "prohibited", reply["answer"]
    assert item in items_cited(reply)


# Acts through the same channels that the items do not touch stay answered by the channel's rule
ACCEPTABLE_ACTS = [
    "can I email a junior's cps account about her own quiz grade?",
    "ok to email my 10th graders' district accounts re their grades on the lab?",
    "can I email my class's cps accounts to thank them for the flowers?",
    "can I email my coworkers the sub plans for tomorrow from my cps account",
    "can I use google chat with my grade level team to plan the field trip",
    "ok to email the staff a reminder about the fire drill",    # the work these items' families sit beside (issue 10, items 1-18)
    "can I share the lesson plan with my grade team in google chat",
    "ok to forward the schedule to the whole staff from my district email",
    "can I email the sub plans to my co-teacher on the district account",
    # the work beside the items lane's families: a note sent once, a person named without an insult (issue 10)
    "can I email the front office every morning with my attendance count",
    "ok to email my department that our chair got the teacher of the year award",
    "can I email the tech office from my cps account that the projector in room 204 works again",
]


@pytest.mark.parametrize("question", ACCEPTABLE_ACTS)
def test_ordinary_work_over_an_acceptable_channel_stays_allowed(ask, question):
    assert ask(question)["verdict"] == "allowed"


# A school activity whose name holds an item's word is not that item
NOT_THE_ITEM = [
    # the students reached on one's own phone are the audience, not information moved onto it (item 26 is data
    # carried onto personal storage; "students' grades onto my laptop" still is)
    (26, "is it fine to message my students on my own phone during summer session?"),
    (26, "can I text my students on my personal phone over the summer?"),
    # the school buying for itself on its own account; a debt paid back is no threat that someone "will pay"
    (31, "can the secretary order the copy paper and toner on the school amazon account?"),
    (31, "our pcard covers the robotics parts for the team, ok to buy them on it tonight?"),
    (1, "my teammate borrowed forty bucks and says she'll pay it back friday, can I remind her over google chat?"),
    # (a teaching portfolio is no investment account)
    (24, "can I keep copies of my lesson plans on my district drive for my teaching portfolio?"),
    # hiding or removing hateful replies on a page the asker runs is moderation; leave days given away are no fundraiser
    (1, "as the admin of the team's facebook, can I hide the rude replies people left under the game photos?"),
    (2, "can I take down the racist comments someone left on our class blog?"),
    (21, "is it ok to give a few of my personal days to the leave bank for a colleague after surgery?"),
    (21, "our union lets us donate vacation days to a sick coworker, can I do that?"),
    # colleagues pooling money for a colleague's present or farewell: a collection among staff, not a fundraiser
    (21, "the 2nd grade team is chipping in for the custodian's retirement party, can I pass around an envelope to staff?"),
    (21, "ok to ask the teachers to pitch in for flowers and a card for the librarian's 60th?"),
    # a colleague called about a lesson on the weekend, a class sent to the gym: no activity with a student
    # a caring note to a sick or absent student is no sweetheart's sign
    (29, "can I email a 9th grader's cps account 'we miss you, get well soon' from the whole class?"),
    (29, "my 10th grader said she didn't have the heart to tell her team, can I email her some advice on it?"),
    (29, "is it ok to phone my grade partner saturday about her lesson plans for the unit?"),
    (29, "can I give my co-teacher a ride to the PD session on the weekend?"),
    (29, "can I drop off the permission slips at the office after the game?"),
    (17, "can I email the staff a reminder about friday's fire drill"),
    (28, "can I find his phone number in aspen to call home about his grades"),
    (22, "can I email my class about running for student council president"),
    (1, "can I start a staff google chat to swap memes about lesson planning"),
    (1, "can I post an i voted sticker pic in the staff chat"),
    (27, "can I mark a kid absent in aspen if he left after first period"),
    (24, "who do I tell about the gym lights running up the electric bill"),
    (9, "can I open a student's google doc to grade it"),
    (9, "can I check my coworker's calendar to find a time for our meeting"),
    (24, "can we sell tickets for the spring musical over the group app"),
    (1, "can I email the mock trial team's parents the competition schedule from my cps account"),
    (24, "can I email staff about the bake sale for the school store"),
    (22, "can I teach a lesson about the mayoral candidates in my civics class"),    # items 1-18 families beside ordinary work (issue 10)
    (12, "can I lock the student chromebooks during testing so kids can't open other tabs"),
    (2, "can I teach a lesson on stereotypes and discrimination in my history class"),
    (17, "can I tell my team in the staff chat that I'm going on medical leave next week"),
    (6, "I got a suspicious attachment from an unknown sender, can I forward it to the help desk"),
    # the items lane's families beside ordinary work (issue 10): a device moved, a game in class, a licence
    # for everyone, a record corrected, a suspension of a student told to the dean, a drawing for a lesson
    (12, "can I unplug the projector cart to move it to the library for my lesson"),
    (29, "can I play a vocabulary game with my 5th graders in class on the smartboard"),
    pytest.param(31, "our district license covers every teacher, can my whole grade team log in with their own accounts",
                 marks=pytest.mark.xfail(strict=True, reason="the second reader places it as item 31 and the licence "
                                         "said to cover it cancels none of item 31's frames (dropping item 31 on "
                                         "'district_licensed' lost 4 answers elsewhere)")),
    (27, "I typed the wrong grade for a student by mistake, can I fix it in the gradebook"),
    (17, "can I email the dean that one of my students got suspended so she can plan the re-entry meeting"),
    (1, "can I show my art class a drawing of a pig for our farm animal unit"),
    (7, "can I send my team one reminder email about the meeting in ten minutes"),
    # the act layer's families beside the same work done properly: an encrypted drive, a typo fixed after the
    # window, an address corrected for the bus, a folder shared on purpose, a licensed film shown in class
    (26, "can I carry the grade reports between campuses on the district's encrypted usb drive?"),
    (27, "the deadline closed but I entered a grade for the wrong student by mistake, can I fix it?"),
    (27, "can I update a student's address in the system so the bus company has the right stop?"),
    pytest.param(9, "my co-teacher shared her lesson plan folder with me on purpose, can I look through it?",
                 marks=pytest.mark.xfail(strict=True, reason="'shared X with me' is read as access given only when "
                                         "the words stand together; the other user's folder frame fires")),
    (31, "the district video library says classroom use only, can I show a film from it to my 3rd period class?"),
    (3, "can I burn a CD of our choir's own concert recording for the families?"),
    # ... and beside the second families: a list handed over for a school trip, a coupon for the school's own
    # store, a complaint about tone, a slideshow with no students in it, a class's favourite books
    (18, "can I give the field trip bus company the district emails of the chaperoning teachers?"),
    (24, "can I email the parents a coupon for the school's spirit wear store?"),
    (1, "a parent was rude to me; can I email her that I'm not comfortable with her tone?"),
    (16, "can I post a slideshow of my classroom setup, no students in it, on my personal instagram?"),
    (17, "can I post on my personal instagram which books my class liked best this year?"),
    # ... and beside the third: a broken camera told to the people who fix it, a slideshow shown in one room
    (25, "the camera by the gym door doesn't work, who do I tell?"),
    (32, "can I display a funny math meme on my classroom smartboard to start the lesson?"),
    # a school's own mark, goods licensed by the brand, a medicine the nurse hands back: no trademark, no crime
    (3, "can I sell shirts with our school logo for the spirit week fundraiser, orders through my cps email?"),
    (3, "can I sell officially licensed nike team socks for the booster club over school email?"),
    (3, "the nurse wants to email parents about picking up leftover prescription meds at the end of the year"),
    # a colleague's own account named, a page about the school run openly: nobody's identity taken
    (10, "can I follow the principal's instagram account from my district phone?"),
    # one's own forgotten password tried again is no one else's
    (33, "I forgot my password and keep guessing it, I'm locked out of my cps email, who do I call?"),
    # a child who gets hurt is an injury to report, not harm meant to anyone
    (5, "recess aide: when a kid gets hurt on the slide can I ring the front desk from my cell?"),
    (5, "can I email the nurse a heads up that a 4th grader got hurt in PE?"),
    # one's own speaker is no public-address system, and one's own tickets sold are no fundraiser
    (32, "lunchroom monitor here, can I hook my bluetooth speaker up to the cafeteria laptop for some music at lunch?"),
    (21, "anybody mind if I sell my spare playoff tickets to coworkers through my district email?"),
    # a name the text holds is what it mentions, not whose name it goes out under; a school's tutoring group is no
    # tutoring venture of the asker's
    (10, "can I have an AI tool draft a behavior report with the boy's name in it?"),
    (24, "can I email my tutoring group the worksheet from my cps account?"),
    # a match watched is a sports event, not a game played
    (20, "can I catch the game on the library computer after school"),
]


@pytest.mark.parametrize("item, question", NOT_THE_ITEM)
def test_a_school_activity_named_with_an_item_word_is_not_that_item(ask, items_cited, item, question):
    assert item not in items_cited(ask(question))


def test_the_other_users_files_frame_does_not_fire_on_files_shared_with_me(reading):
    assert 9 not in reading("can I look through my co-teacher's folder she shared with me on the drive").items
    assert 9 in reading("can I look through my co-teacher's folder on the drive").items


def test_an_email_from_the_principal_is_not_the_principals_email(ask, items_cited):
    assert 9 not in items_cited(ask("can I open an email from my principal on my phone"))


# -- staff-voice batch 1 (issue 10, second round): each fix pinned with wording of its own ---------------------

@pytest.mark.parametrize("question", [
    "thinking of uploading a couple of my kids' 504 accommodations to magicschool so it drafts the parent letter, ok?",
    "is it fine to feed my reading group's test scores into gemini to sort them into groups",
])
def test_student_information_given_to_an_ai_tool_is_item_16_and_prohibited(ask, items_cited, question):
    reply = ask(question)
    assert reply["verdict"] == "prohibited" and 16 in items_cited(reply)


# Students' information for someone outside the school's circle: named by an institution outside the district, or
# someone the school cannot place at all (a random caller, a stranger, an anonymous texter)
STUDENT_INFORMATION_OUTSIDE_THE_CIRCLE = [
    "a researcher from a university wants my 3rd graders' reading levels with their names for her study, can I email them?",
    "a guy at a tutoring company asked me for a list of my students who failed algebra so he can reach out, ok to send?",
    "someone with the newspaper wants the names of the kids on the honor roll with their GPAs. can I give it to her?",
    "an anonymous texter asked which bus a 2nd grader rides, can I reply?",
    "a stranger at the fence asked what time the kindergarteners get out, can I answer",
    "some random caller wants to know if a 7th grader is enrolled here, can the office tell her?",
]


@pytest.mark.parametrize("question", STUDENT_INFORMATION_OUTSIDE_THE_CIRCLE)
def test_student_information_for_someone_outside_the_schools_circle_is_item_16(ask, items_cited, question):
    reply = ask(question)
    assert reply["verdict"] == "prohibited" and 16 in items_cited(reply), reply["answer"]


def test_a_college_fair_is_the_schools_own_business_not_an_outside_institution(ask):
    assert ask("can I email my seniors' counselor the list of who signed up for the trip to the college fair?")[
        "verdict"] != "prohibited"


def test_an_ai_tool_given_made_up_names_is_not_prohibited(ask):
    assert ask("can I paste a sample IEP goal into chatgpt using fake names only?")["verdict"] != "prohibited"


def test_taking_words_out_is_not_taking_a_student_out(ask, items_cited):
    assert 29 not in items_cited(ask("I'd take out their last names first, then can I paste my students' essays "
                                     "into the district's writing tool?"))


@pytest.mark.parametrize("question", [
    "the network is slow so can I tether the student ipads to my own phone?",
    "our wifi is trash, ok if I put the chromebook cart on my mifi for testing week?",
    # the students or the class put on it while the school's network is named, whatever device they bring
    "is it alright to let my class use my hotspot while the school wifi is out?",
    "wifi's been spotty so can my students just use my hotspot for the test?",
])
def test_a_personal_network_for_classroom_devices_is_item_8(ask, items_cited, question):
    reply = ask(question)
    assert reply["verdict"] == "prohibited" and 8 in items_cited(reply)


def test_a_district_issued_hotspot_is_not_a_way_around_the_filter(ask, items_cited):
    assert 8 not in items_cited(ask("can I use the district-issued hotspot for my classroom chromebooks on the trip?"))


@pytest.mark.parametrize("question", [
    "our clerk asked for my gradebook login so she can fix a typo, can I email it to her?",
    "ok to jot my aspen password down for the sub so he can take attendance",
])
def test_handing_ones_own_login_to_a_colleague_is_item_9(ask, items_cited, question):
    reply = ask(question)
    assert reply["verdict"] == "prohibited" and 9 in items_cited(reply)


def test_reading_a_colleagues_mail_with_admin_rights_is_item_13(ask, items_cited):
    reply = ask("as the tech coordinator I have admin rights, can I read through the dean's email to see if he's "
                "talking about me?")
    assert reply["verdict"] == "prohibited" and 13 in items_cited(reply)


@pytest.mark.parametrize("question", [
    "can I log into his outlook and grab the sub plans?",
    "ok to skim through my coworker's inbox on google chat if she left it open",
])
def test_opening_someone_elses_mail_is_item_9_whatever_the_channel(ask, items_cited, question):
    reply = ask(question)
    assert reply["verdict"] == "prohibited" and 9 in items_cited(reply)


# A student is a User of the network too: their district mailbox or drive, gone through, is another User's account;
# the harm looked for there ("to find out whether he wrote the threatening note") is theirs, not the asker's content
@pytest.mark.parametrize("question", [
    "as dean am I allowed to dig through a student's school gmail to find out whether he wrote the threatening note?",
    "could our AP get into one kid's google drive to check if she's the one spreading the rumors?",
])
def test_going_through_a_students_account_is_item_9_and_what_is_looked_for_is_not_item_1(ask, items_cited,
                                                                                          question):
    reply = ask(question)
    assert reply["verdict"] == "prohibited" and 9 in items_cited(reply) and 1 not in items_cited(reply)


@pytest.mark.parametrize("question, looked_for", [
    ("can the dean search her chat history to verify whether she sent the slurs?", "slurs"),
    ("I want to read through his inbox to find out if he's been harassing the new hire", "harassing"),
])
def test_a_harm_looked_for_is_marked_and_not_read_as_the_askers(reading, question, looked_for):
    read = reading(question)
    assert [" ".join(t.text for t in read.tokens[a:b]) for a, b in read.looked_for] == [looked_for]
    assert not {1, 2} & set(read.items)


def test_a_harm_the_asker_sends_is_still_read(reading):
    assert 1 in reading("can I email him to see if he gets the hint, and tell him he'll regret it?").items


# A colleague's private life (a divorce, rehab) told to a class is told to people with no need to know it; the
# asker's own condition is the asker's to tell
@pytest.mark.parametrize("question", [
    "would it be ok to let my 4th period know which of their teachers is going through a divorce?",
    "can I let my 2nd period know the reason the band teacher is out is her depression?",
])
def test_a_colleagues_private_life_told_to_a_class_is_item_17_prohibited(check_answer, question):
    check_answer(question, {"prohibited"}, {17})


@pytest.mark.parametrize("question", [
    "I'm pregnant, is it ok to tell my class before winter break?",
    "my diagnosis came back and I'll be out for treatment, can I tell my students?",
])
def test_the_askers_own_condition_told_is_not_item_17(ask, items_cited, question):
    reply = ask(question)
    assert reply["verdict"] != "prohibited" and 17 not in items_cited(reply)


# Someone's session left open, then any act of the asker's in it: the act is done in another user's account,
# whatever the verb; closing or locking it for them, or an act the owner said the asker could do, is not.
@pytest.mark.parametrize("question", [
    "my co-teacher left her gradebook logged in on the shared desktop, can I bump up a few of my kids' scores while I'm there?",
    "the AP left his Outlook wide open at the front desk. can I just peek at the staffing emails?",
])
def test_an_act_in_someone_elses_session_left_open_is_item_9(ask, items_cited, question):
    reply = ask(question)
    assert reply["verdict"] == "prohibited" and 9 in items_cited(reply)


@pytest.mark.parametrize("question", [
    "a colleague left her laptop unlocked in the lounge, should I log her out?",
    "I left my laptop open in class, can I still submit attendance from my phone?",
])
def test_closing_a_session_left_open_or_ones_own_left_open_is_not_item_9(ask, items_cited, question):
    assert 9 not in items_cited(ask(question))


# Each of many signing in with their own login ("everyone uses their cps login") uses nobody else's account; one
# person using another's login is item 9 still.
def test_each_person_using_their_own_login_is_not_item_9(ask, items_cited):
    assert 9 not in items_cited(ask("the lunchroom crew wants a google chat space, everybody signs in with their cps "
                                    "login. any problem?"))
    assert 9 in items_cited(ask("can I sign in with her cps login to finish the attendance?"))


def test_an_email_someone_sent_me_is_not_their_mailbox(ask, items_cited):
    assert 9 not in items_cited(ask("can I open her email she sent me about the field trip?"))


def test_snooping_words_never_place_an_act_alone(understanding):
    assert "snooping" in understanding.lexicon.unsure_alone


# Content put on a web site is posted there: a personal matter told beside it ("wear a button") does not make the
# site's post one's own life
@pytest.mark.parametrize("question", [
    "I'd like to wear a pin for my candidate and also put her campaign link on the class website, both ok?",
    "can I drop a link to the ballot measure's yes campaign onto our school web page, and wear the t-shirt on friday?",
])
def test_a_campaign_link_put_on_a_school_site_is_item_22_beside_ones_own_clothes(check_answer, question):
    check_answer(question, {"prohibited"}, {22})


def test_orders_taken_for_ones_own_products_are_item_24(ask, items_cited):
    reply = ask("my sister and I do custom t-shirts, can I pass out an order form at the staff meeting and collect "
                "orders through my cps email?")
    assert reply["verdict"] == "prohibited" and 24 in items_cited(reply)


# Item 24 is private gain: the school buying a system for itself, and "business" said of the asker's work texts
# and calls (the Special Note's business purposes), are no private venture; a colleague buying the asker's own
# things still is
@pytest.mark.parametrize("question", [
    "the district wants to purchase a new alert app that texts families and students. what has to happen first?",
    "our middle school is planning to buy a texting service for attendance alerts, what do we need approved?",
    "new phone next month - what do I do with my business text messages on the old one?",
    "do I have to keep my business calls on my work cell after the season ends?",
])
def test_the_school_buying_or_the_askers_business_texts_are_not_private_gain(ask, items_cited, question):
    assert 24 not in items_cited(ask(question))


def test_a_colleague_buying_the_askers_own_things_is_still_item_24(ask, items_cited):
    reply = ask("the librarian wants to buy my old bike, ok to settle the price over my cps email?")
    assert reply["verdict"] == "prohibited" and 24 in items_cited(reply)


# Access beyond the role, item 13: a way in left open after a move, or access given by mistake, used to look
@pytest.mark.parametrize("question", [
    "I moved to the central office last spring but can still log in to my old school's attendance system. ok to "
    "peek at how my former homeroom is doing?",
    "the IT guy mistakenly gave me access to every network's SIS records when I only cover two schools. can I "
    "browse the other schools?",
])
def test_access_left_open_or_given_by_mistake_used_to_look_is_item_13(ask, items_cited, question):
    reply = ask(question)
    assert reply["verdict"] == "prohibited" and 13 in items_cited(reply), reply["answer"]


def test_recording_students_without_the_media_form_is_item_16_prohibited(ask, items_cited):
    reply = ask("can I livestream my 2nd graders' spelling bee? not all parents filled out the media form")
    assert reply["verdict"] == "prohibited" and 16 in items_cited(reply)


def test_a_pool_with_nothing_at_stake_is_not_wagering_and_one_with_money_is(ask, items_cited):
    assert 19 not in items_cited(ask("we do a pick em pool in the staff google chat every week, totally free, no "
                                     "prizes. ok?"))
    assert 19 in items_cited(ask("we do a pick em pool in the staff google chat every week, $5 each. ok?"))


def test_a_mock_award_for_a_colleague_is_item_1(ask, items_cited):
    reply = ask("can we do a 'laziest coworker award' as a joke in the staff group app?")
    assert reply["verdict"] == "prohibited" and 1 in items_cited(reply)


def test_answers_to_a_required_training_handed_around_are_item_31(ask, items_cited):
    reply = ask("ok to post a cheat sheet with the answers to the annual training in the staff google chat?")
    assert reply["verdict"] == "prohibited" and 31 in items_cited(reply)


def test_marking_present_where_the_student_was_not_is_item_27(ask, items_cited):
    reply = ask("a dad said he'd pay me to mark his daughter present for the days she cut class, can I?")
    assert reply["verdict"] == "prohibited" and 27 in items_cited(reply)


def test_marking_present_for_a_plain_reason_is_not_item_27(ask, items_cited):
    assert 27 not in items_cited(ask("can I mark a kid present, he was in the nurse's office during roll"))


# A change to an attendance mark read with what happened and why (the vocabulary's `entry_grounded`: an appointment,
# the health office, the counselor, the late bus) is no tampering; the status the change sets ("excused") is no
# reason, and a change made for what it buys stays item 27
@pytest.mark.parametrize("question", [
    "she was at an orthodontist appointment, can I change her absence to excused?",
    "he was in the counselor's office during roll, can I change his absence?",
    "the late bus dropped them at 8:30, can I change their tardies?",
])
def test_an_attendance_change_told_with_its_reason_is_not_item_27(ask, items_cited, question):
    assert 27 not in items_cited(ask(question))


@pytest.mark.parametrize("question", [
    "the AD wants me to change the QB's unexcused absences to excused so he can play",
    "can I change her absences to present so the count looks right",
    "my principal asked me to change a family's absences to excused because they are big donors",
])
def test_an_attendance_change_made_for_what_it_buys_stays_item_27(ask, items_cited, question):
    reply = ask(question)
    assert reply["verdict"] == "prohibited" and 27 in items_cited(reply)


# Figures made to look better than they are: an entry changed to reach a goal or a target, or changed because the
# figures look bad. Entering one's own entries on time for the same goal changes nothing.
@pytest.mark.parametrize("question", [
    "can I change a couple of the lunch counts in the system so our cafeteria meets its participation target?",
    "our enrollment numbers look terrible this month, ok to delete a few of the withdrawals in Aspen?",
    "can I mark the late kids present so we hit our attendance target",
])
def test_an_entry_changed_to_make_the_figures_look_better_is_item_27(ask, items_cited, question):
    reply = ask(question)
    assert reply["verdict"] == "prohibited" and 27 in items_cited(reply)


@pytest.mark.parametrize("question", [
    "can I enter my attendance on time so we meet the district goal",
    "our school is trying to hit its attendance goal, can I email families a reminder about being on time?",
])
def test_honest_entries_or_reminders_for_a_goal_are_not_item_27(ask, items_cited, question):
    assert 27 not in items_cited(ask(question))


def test_a_present_is_a_gift_only_when_nothing_marks_attendance(reading):
    assert "not_misuse" in reading("a parent gave me a gift card, do I need to report it?").frames


def test_an_app_nobody_approved_is_item_30(ask, items_cited):
    reply = ask("can our team use a quiz website for our 3rd graders that nobody approved? it's free")
    assert reply["verdict"] == "prohibited" and 30 in items_cited(reply)


def test_a_district_approved_app_is_not_item_30(ask, items_cited):
    assert 30 not in items_cited(ask("can I use the new district-approved reading app with my 3rd graders?"))


def test_student_information_the_asker_leaves_out_is_not_disclosed(ask, situation):
    question = "we won't be uploading any student data, just want magicschool to make a rubric"
    assert "student_info_excluded" in situation(question).facts
    assert ask(question)["verdict"] != "prohibited"


def test_a_but_brings_back_student_information_into_an_ai_tool(ask, items_cited):
    reply = ask("I won't paste any student names, but can I put my class's test scores into chatgpt?")
    assert reply["verdict"] == "prohibited" and 16 in items_cited(reply)


def test_personal_services_signed_up_with_a_district_address_are_item_31(ask, items_cited):
    reply = ask("is it ok to sign up for doordash and spotify with my school email?")
    assert reply["verdict"] == "prohibited" and 31 in items_cited(reply)


def test_students_on_their_own_school_accounts_are_not_someone_elses_account(ask, items_cited):
    cited = items_cited(ask("can my 8th graders use their school google accounts to post in the class stream?"))
    assert not cited & {9, 13}


def test_a_student_working_in_the_askers_account_is_item_9(ask, items_cited):
    reply = ask("ok if my TA (a junior) puts in grades for me using my login?")
    assert reply["verdict"] == "prohibited" and 9 in items_cited(reply)


def test_software_the_district_licenses_is_not_unauthorized(ask, items_cited):
    reply = ask("can I download the district-licensed typing game onto our classroom computers for practice?")
    assert reply["verdict"] != "prohibited" and not items_cited(reply) & {30, 35}


def test_student_scores_sent_to_a_whole_grade_of_parents_are_item_16_and_broad(ask, items_cited, situation):
    question = "can I email the whole grade's parents a spreadsheet with each kid's map score?"
    assert "broad" in situation(question).facts
    reply = ask(question)
    assert reply["verdict"] == "prohibited" and 16 in items_cited(reply)


def test_every_parent_signing_the_form_is_not_a_broad_disclosure(situation):
    assert "broad" not in situation("group text with my 11th graders and parents for the trip, every parent signed "
                                    "the CPS form").facts


def test_colleagues_home_addresses_sent_around_are_item_26(ask, items_cited):
    reply = ask("can I post all the teachers' home addresses in the staff group app for the card drive?")
    assert reply["verdict"] == "prohibited" and 26 in items_cited(reply)


def test_ones_own_address_given_is_not_item_26(ask, items_cited):
    assert 26 not in items_cited(ask("can I send my home address to the PTA for the potluck?"))


def test_looking_up_a_colleagues_records_for_someone_else_is_item_9(ask, items_cited):
    reply = ask("my AP asked me to pull up the sub's timesheet so she can see if he's lying, can I?")
    assert reply["verdict"] == "prohibited" and 9 in items_cited(reply)


def test_changing_a_colleagues_settings_is_item_9(ask, items_cited):
    reply = ask("while my co-teacher is at recess can I switch her desktop background to a picture of a potato lol")
    assert reply["verdict"] == "prohibited" and 9 in items_cited(reply)


def test_ripping_streaming_media_is_item_35(ask, items_cited):
    reply = ask("can I rip a few netflix episodes to show my class later?")
    assert reply["verdict"] == "prohibited" and 35 in items_cited(reply)


def test_ones_own_equipment_wired_into_the_network_is_item_11(ask, items_cited):
    reply = ask("can I plug my own wifi extender into the wall jack in room 204?")
    assert reply["verdict"] == "prohibited" and 11 in items_cited(reply)


def test_asking_the_it_office_for_access_is_not_unauthorized_access(ask, items_cited):
    reply = ask("ok if I request admin rights from the tech department to install the smartboard software?")
    assert reply["verdict"] != "prohibited" and not items_cited(reply) & {13, 30}


def test_it_as_a_pronoun_is_not_the_it_office(ask, items_cited):
    assert 30 in items_cited(ask("can I ask if it's ok to install an unapproved app on the school laptops?"))


def test_ranking_how_people_look_is_item_2(ask, items_cited):
    reply = ask("in our staff google chat can we vote on the best looking dads at drop-off lol")
    assert reply["verdict"] == "prohibited" and 2 in items_cited(reply)


def test_other_families_contact_details_handed_out_are_item_26(ask, items_cited):
    reply = ask("a parent wants the other families' home addresses for thank-you cards, can I send them to her?")
    assert reply["verdict"] == "prohibited" and 26 in items_cited(reply)


def test_ones_own_number_shared_with_colleagues_is_not_item_26(ask, items_cited):
    assert 26 not in items_cited(ask("can I share my phone number with the other teachers for the carpool?"))


def test_a_found_drive_plugged_into_a_school_computer_is_item_11(ask, items_cited):
    reply = ask("someone left a thumb drive in the copy room, ok to pop it into my classroom computer and check "
                "what's on it?")
    assert reply["verdict"] == "prohibited" and 11 in items_cited(reply)


def test_whom_to_hand_a_found_drive_to_is_a_report(ask):
    assert ask("I found a usb drive in the library, who do I give it to?")["kind"] == "report"


def test_another_students_incident_told_to_a_parent_is_item_17(ask, items_cited):
    reply = ask("a dad wants to know the name of the student who pushed his daughter at recess, can I tell him?")
    assert reply["verdict"] in ("conditional", "prohibited") and 17 in items_cited(reply)


def test_a_licence_the_question_negates_is_no_licence(ask, items_cited):
    reply = ask("can I install a mind-map extension on the class chromebooks? it isn't district approved")
    assert reply["verdict"] == "prohibited" and 30 in items_cited(reply)


def test_a_grade_band_is_not_a_grade_given(reading):
    assert "student_info" not in reading("group text with my 12th grade runners and every parent on it").concepts


def test_names_left_out_of_an_ai_tool_drop_item_16_unless_something_sensitive_stays(ask, items_cited):
    assert ask("can gemini help me draft a newsletter for families if I strip the names?")["verdict"] != "prohibited"
    reply = ask("I'll redact the names but can I upload my kids' behavior plans to chatgpt to summarize them")
    assert reply["verdict"] == "prohibited" and 16 in items_cited(reply)


def test_the_asker_using_their_own_login_with_students_is_not_item_9(ask, items_cited):
    assert 9 not in items_cited(ask("is it ok to sign in with my cps login on the smartboard to show my 9th graders "
                                    "the slides?"))


def test_a_personal_notice_to_the_whole_staff_is_item_7(ask, items_cited):
    reply = ask("can I email the whole staff a flyer for my garage sale this weekend?")
    assert reply["verdict"] == "prohibited" and 7 in items_cited(reply)


def test_work_mail_forwarded_to_a_personal_account_is_item_15(ask, items_cited):
    reply = ask("before I retire can I forward my whole inbox of work emails to my personal gmail?")
    assert reply["verdict"] == "prohibited" and 15 in items_cited(reply)


def test_a_familys_immigration_matter_told_at_school_is_item_17(ask, items_cited):
    reply = ask("is it ok to let my class know a classmate's dad was deported?")
    assert reply["verdict"] in ("conditional", "prohibited") and 17 in items_cited(reply)


def test_a_lesson_about_deportation_is_not_item_17(ask, items_cited):
    assert 17 not in items_cited(ask("can I teach a lesson on deportation history to my 8th graders?"))


def test_a_parent_emailed_from_a_personal_address_is_not_work_mail_taken_out(ask, items_cited):
    assert 15 not in items_cited(ask("can I email a parent from my personal gmail since my cps email is down?"))


# Item 29 read from concepts: one student, an activity outside school, and the asker in it, whatever the verb or
# the place; the principal or parents "not knowing" is authorization missing (prohibited), written authorization
# asked about first keeps it conditional. A school activity, or a relative of the student, is not it.
ONE_STUDENT_OUTSIDE_SCHOOL = [
    ("Can I bring one of my 6th graders to the Cubs game with my family this Sunday?", {"conditional", "prohibited"}),
    ("A 9th grader in my advisory asked me to be at her sweet sixteen party. can I go?", {"conditional", "prohibited"}),
    ("One of my 11th graders needs a ride to her church youth retreat, could I drive her? her dad's ok with it",
     {"conditional", "prohibited"}),
    ("my student's family wants me to nanny their 2nd grader over the summer, principal has no idea. fine?",
     {"prohibited"}),
    ("A 7th grader's mom asked if I can take him camping with my kids this weekend; the principal doesn't know. ok?",
     {"prohibited"}),
    ("one of my juniors wants to go bowling with me and my son on saturday, if his mom and the principal sign off "
     "in writing first is that ok?", {"conditional", "allowed"}),
    # the authorization waved away or its parties said to be out of it
    ("I tutor one of my 7th graders at the library on sundays, paid by her aunt. no need to loop in the principal, "
     "right?", {"prohibited"}),
    ("taking a junior from my class to a climbing gym this weekend; his mom is fine with it, the principal isn't "
     "involved. ok?", {"prohibited"}),
]


@pytest.mark.parametrize("question, verdicts", ONE_STUDENT_OUTSIDE_SCHOOL)
def test_one_student_in_an_activity_outside_school_is_item_29(check_answer, question, verdicts):
    check_answer(question, verdicts, {29})


@pytest.mark.parametrize("question", [
    "A student's grandma asked if she could take me out to lunch",
    "can I take my 10th grade biology class on the field trip to the zoo?",
    "one of my 8th graders went camping last weekend and wrote a great essay about it, can I email her praise?",
])
def test_a_school_trip_a_relative_or_a_story_is_not_item_29(ask, items_cited, question):
    assert 29 not in items_cited(ask(question))


@pytest.mark.parametrize("question", [
    "my principal doesn't know about the ride home, is that a problem?",
    "her parents have no idea I'm her tutor outside school",
])
def test_the_one_who_authorizes_not_knowing_is_no_authorization(situation, question):
    assert "unauthorized" in situation(question).facts


# An act an item forbids, named beside a channel the policy accepts (district email, the group app, a district
# device): recognised by what it is about, so the channel's rule never answers it alone. (accepted items, question)
ITEM_ACTS_THROUGH_AN_ACCEPTED_CHANNEL = [
    # a colleague's mail answered as if the asker were them (item 10), not their own role beside someone
    ({10}, "can I answer the principal's parent emails as her while she's on leave?"),
    ({10}, "I help the AP with her inbox. ok to respond to families as if I were her?"),
    ({10}, "my principal is on vacation, can I answer the parent emails in her inbox pretending to be her?"),
    # students' data where anyone can open it, health kept on one's own phone, a whole school's records to one
    # colleague, something told in confidence passed on, district data for one's own social life
    ({16, 26}, "I put my roster of kids with their diagnoses in a Google Sheet set to public so the paras can check it"),
    ({16, 26}, "I saved our caseload's behavior plans in a doc shared as anyone with the link can view, for the paras"),
    ({26}, "I keep my students' medications and seizure plans in the notes app on my own phone, ok?"),
    ({17}, "the athletic director asked for every student's allergy list. can I just send him the whole school's health records?"),
    ({17}, "the cheer coach asked which girls have asthma, can I forward her the nurse's spreadsheet for the entire school?"),
    ({17}, "a student told me in confidence her parents are divorcing and asked me not to tell anyone. can I email her teachers?"),
    ({17}, "one of my kids confided he's failing everything and begged me not to say anything. ok to post it in the grade chat?"),
    ({28}, "can I look up the cute parent volunteer's number in Aspen and ask him out?"),
    ({28}, "I'm getting married! can I pull my class's home addresses from the SIS for invitations?"),
    ({15}, "my buddy's company is bidding on the school's roofing job. can I email him what the competing bids came in at?"),
    ({15}, "can I forward the other quotes we got for the gym floor to my brother-in-law's company from my CPS email?"),
    ({2}, "I emailed the other interviewers on district email that we should pass on the applicant who wears a hijab"),
    ({2}, "is it ok to tell the hiring committee by cps email not to interview the older applicant since she'd retire soon?"),
    ({2}, "a few of us in the staff group chat keep making fun of mexicans, just jokes. policy issue?"),
    ({2}, "our department ranks which of the new hires is too old to keep up, all in good fun on teams chat. ok?"),
    ({1}, 'can I tell the dept in our google chat that the bookkeeper has been skimming from the activity account?'),
    ({1}, "thinking of emailing all staff from my district account that our AP stole the grant money. I'm pretty sure"),
    ({1}, 'ok to let everyone on the staff listserv know the night custodian has been swiping supplies? no proof yet but come on'),
    ({7}, "my cat got out last night, can I send a 'please look for her' email with a photo to the entire staff directory?"),
    ({7}, 'can I blast every cps address in our network about my garage sale this saturday'),
    ({7}, 'ok to email the whole district list asking if anyone found my lost wedding ring?'),
    ({20}, 'can I play wordle and online sudoku on my work laptop during lunch? nobody assigned it, just to unwind'),
    ({20}, "can I play online solitaire on my district chromebook while I wait for pickup? it's not for any class"),
    ({20}, 'can the paras play online games on the classroom chromebooks after dismissal, just for fun'),
    ({27}, "a 5th grader broke his school ipad, can I mark it as returned undamaged in the device system so his family isn't charged?"),
    ({27}, "can I change the inventory record to say the projector was returned so my room doesn't get billed"),
    ({27}, "ok to log the missing laptop as turned in so the family doesn't have to pay? nobody will check"),
    ({24, 18}, "my cousin sells insurance, can I send him our school's staff email list so he can reach the teachers?"),
    ({24, 18}, "can I give my neighbor the staff directory emails for her yoga studio's newsletter?"),
    ({24, 18}, "ok to export the teachers' email list from outlook for my sister's tutoring company?"),
    ({22}, "vote for my cousin for alderman y'all! ok to post that in the staff google chat?"),
    ({22}, "can I message my team on hangouts telling them to vote for the mayor's challenger?"),
    ({22}, 'ok to send an all-staff email from my cps account urging everyone to vote republican this fall'),
    ({23}, "I'm running for union delegate, can I email the staff from my cps account asking for their votes?"),
    ({23}, "can I post my platform for building rep in the school's google chat and ask people to vote for me?"),
    ({23}, 'ok to email teachers at my school to support my slate for the chapter election?'),
    ({17, 15}, "I work in HR. can I email a principal what another teacher's evaluation rating was last year?"),
    ({17, 15}, "ok to forward a coworker's performance review to her teammate over cps email?"),
    ({17, 15}, 'as the office manager I see salaries. can I tell a teacher in google chat what her colleague makes?'),
    ({16, 17, 36}, "can I post the list of students on anxiety meds in our team's shared google doc so everyone's aware?"),
    ({16, 17, 36}, 'social worker here: ok to drop a spreadsheet of which kids have suicidal ideation into the grade-level chat?'),
    ({16, 17, 36}, 'I filmed a student having a seizure in class, can I share the video in the staff google chat so people know what it looks like?'),
    ({16, 5}, "can I send the video of the fight to the victim's uncle and tell him where the other kid lives so he can deal with him?"),
    ({5}, 'ok to email a parent the address of the boy who bullied her son so she can go after him?'),
    ({5}, 'can I text a dad where the kid who hit his daughter lives and tell him to handle it himself'),
    ({9}, 'my teammate walked away from her desk with her outlook open, can I scroll through it to see if she complained about me?'),
    ({9}, "the principal's email was up on the office computer, ok to skim it for the budget numbers?"),
    ({9}, "can I read my co-teacher's messages on her laptop while she's at lunch? it's unlocked"),
    ({8, 33, 14}, "there's an old admin box in the server room, can I try to get into it and see what's on it?"),
    ({8, 33, 14}, 'curious if I could log into the attendance database server without an account, would trying hurt?'),
    ({8, 33, 14}, "can I see if I can get into the district's payroll system with a default password? just testing"),
    ({24}, 'can I add my nail biz booking link to my cps email signature?'),
    ({24}, 'ok to put my photography biz link at the bottom of my district emails'),
    ({24}, 'can I put a link to my tutoring business in my work email signature?'),
    ({10, 7}, "as a joke can I send my team a fake 'your account is locked, log in here' email from my cps account?"),
    ({10, 7}, 'ok to email coworkers a fake phishing link to prank them for april fools?'),
    ({10, 7}, "can I send the dept a phony 'IT says reset your password' message over google chat to see who clicks"),
    ({12}, "I'm the tech lead with admin rights, can I remove my coworker's login access to the lab computers since she's annoying?"),
    ({12}, "can I disable the sub's account on the classroom laptops so he can't use them?"),
    ({12}, 'ok to kick the new para off the wifi network with my admin access? she streams all day'),
    ({1}, 'can I send an all-staff email saying the gym teacher has been taking cash from the concession stand?'),
    ({1}, 'ok to warn everybody in the department hangouts that our clerk is a thief'),
    ({1}, 'want to tell the whole faculty by email that the vice principal lied on her resume. fine?'),
    ({24, 18, 7}, "can I email every teacher in the district asking them to sign up for my husband's insurance webinar?"),
    ({7}, "is it ok to mass email the staff about my kid's lemonade stand"),
    ({7}, 'my parakeet escaped, can I send a schoolwide email with his photo?'),
    ({20}, 'can I play solitaire on the classroom smartboard computer during lunch'),
    ({27}, "can I change the return date in the chromebook checkout system so the kid isn't fined for losing it"),
    ({24, 18}, 'can I sell the staff contact list to a vendor'),
    ({24, 18}, "can my friend who sells solar panels get our school's staff emails from me?"),
    ({22}, "can I post 'vote for Garcia' in the staff google space?"),
    ({23}, 'ok to email my coworkers to support my run for CTU vice president?'),
    ({17, 15}, "can I tell another teacher over google chat what the AP wrote in my colleague's evaluation"),
    ({16, 17, 36}, "ok to share the counselor's notes about a kid's depression in the grade team chat?"),
    ({16, 17, 36}, "can I put a video of a student's tantrum in our staff hangouts so we can all see it"),
    ({5}, "can I forward the bullying video to the other kid's older brother so he can go after him"),
    ({9, 14, 33}, "can I try logging into the old principal's admin account to see if it still works"),
    ({10, 7}, "can I send a fake 'your mailbox is full' email to the staff to test them?"),
    ({12}, "can I remove the sub's access to the shared drive so she can't see our plans"),
    ({24}, 'can I email the team a link to my candle business in my signature'),
    ({21}, "ok to ask the dept on google chat to donate toward my brother's hospital bills?"),
    ({21}, "can I email my coworkers from my cps account asking them to help pay for my daughter's dance competition trip"),
    ({21}, 'is it fine to send a venmo me note to the staff listserv so folks can give money for my wedding'),
    ({2}, 'can I start a hangouts poll guessing which of our teachers are secretly lesbian'),
    ({2}, 'ok to email the team asking who they think is gay among the new hires'),
    ({2}, 'can I send the staff chat a rumor that the new counselor is secretly trans'),
    ({31}, 'can I share the answer key to the mandatory ethics module with the whole staff by email?'),
    ({31}, 'ok to post the answers to the annual compliance quiz in our department hangouts'),
    ({31}, "can I email my friend at another school the answers to the district's required safety course"),
]


@pytest.mark.parametrize("items, question", ITEM_ACTS_THROUGH_AN_ACCEPTED_CHANNEL,
                         ids=[f"item{min(n)}-{q[:40]}" for n, q in ITEM_ACTS_THROUGH_AN_ACCEPTED_CHANNEL])
def test_an_items_act_through_an_accepted_channel_is_prohibited_under_it(ask, items_cited, items, question):
    reply = ask(question)
    assert reply["verdict"] == "prohibited", (reply["answer"], explain(question))
    assert items & items_cited(reply), (items_cited(reply), explain(question))


# A question asking whether what someone did breaks the policy ("is that against the AUP?", "is he breaking the
# policy?", "AUP thing or HR?") gets the verdict on the act and its item, not the reporting procedure, whatever
# report, target or incident the story mentions (DESIGN.md: the reporting answer is for HOW / WHOM questions).
JUDGEMENT_QUESTIONS = [
    ({1, 5}, "the lunchroom manager pinged me on google chat that if I write her up again I'll 'see what happens to my car'. is that covered by the AUP or is it only a union matter?"),
    ({1, 5}, "my co-teacher emailed me from her cps account 'drop the complaint or you'll be sorry'. I'm not ready to report her, does that violate the technology policy?"),
    ({34, 1}, "the band director keeps hangouts-ing me about my body and asking for a pic in my swimsuit. is he in violation of the acceptable use policy?"),
    ({34, 1}, "a coworker sent me a photo of himself I never asked for over district chat. AUP issue?"),
    ({2, 1}, "people in our staff hangout keep calling the refugee families 'illegals'. I'm not asking how to report, just is that against the rules?"),
    ({1}, "our counselor emailed the whole faculty that the dean is a crook who steals field trip money. does that break the AUP?"),
    ({4, 34}, "somebody shared a raunchy meme in the 2nd grade team chat on district accounts. is that a violation?"),
    ({1, 2}, "a teacher made a meme of me with my face onto a cow and put it in the staff google chat, does the AUP deal with that?"),
]


@pytest.mark.parametrize("items, question", JUDGEMENT_QUESTIONS)
def test_a_question_whether_an_act_breaks_the_policy_gets_the_verdict_on_the_act(ask, items_cited, items, question):
    reply = ask(question)
    assert reply["verdict"] == "prohibited" and reply["kind"] == "answer", (reply["answer"], explain(question))
    assert items & items_cited(reply), (items_cited(reply), explain(question))


def test_a_judged_act_that_mentioned_reporting_adds_how_to_report(ask):
    reply = ask("my coworker keeps messaging me on hangouts that I'll regret reporting him. is that against the AUP?")
    assert reply["verdict"] == "prohibited" and "report" in reply["answer"].lower()


def test_a_judged_act_nobody_could_place_is_never_the_reports_allowed(ask):
    # the act is not read, so no verdict on it; the reporting story beside it does not make it `allowed`
    reply = ask("a coworker keeps doing the thing again on google chat and I'm not ready to report her yet. "
                "is that against the AUP?")
    assert reply["verdict"] != "allowed" and "report" in reply["answer"].lower()


# An unacceptable act carried by a channel the policy accepts (issue 10, round 3): the act decides.
ACTS_THROUGH_AN_ACCEPTED_CHANNEL_ROUND_3 = [
    ({24}, "can I use my cps email to book clients for my weekend catering business?"),
    ({24}, "ok to email my sister's candle price list to the staff from my work account?"),
    ({24}, "my wife and I flip houses - can I email our contractors from my district account during prep?"),
    ({16, 17, 36}, "the pto asked for the names of my students who are on the spectrum, can I email them the list from my cps account?"),
    ({16, 17, 36}, "can I send the booster club a list of which kids get free and reduced lunch over hangouts?"),
    ({17, 26, 28, 36}, "the office sent out everyone's home addresses by accident. can I keep a copy on my district drive?"),
    ({1}, "can I email all staff a ranking of which teachers are laziest about hall duty?"),
    ({1}, "can I tell my class on google classroom that Mrs. Duarte is incompetent?"),
    ({20}, "can my 4th graders play roblox on the chromebooks on fridays? it isn't part of any lesson"),
    ({29}, "can I email my 8th graders' cps accounts to invite them over to my place for a movie night, just for fun?"),
    ({29, 34}, "is it ok to chat a junior on her district account that she looks gorgeous today?"),
    ({4, 34}, "can I send the team a dirty cartoon from my cps email?"),
]


@pytest.mark.parametrize("items, question", ACTS_THROUGH_AN_ACCEPTED_CHANNEL_ROUND_3)
def test_the_act_not_the_accepted_channel_decides(ask, items_cited, items, question):
    reply = ask(question)
    assert reply["verdict"] in ("prohibited", "conditional") and reply["verdict"] != "allowed", explain(question)
    assert items & items_cited(reply), (items_cited(reply), explain(question))


# What the same concepts do not touch: a school choice put to a vote, a colleague's good news, one's own review
NOT_THE_ITEMS_ACT = [
    (22, "can I hangouts my team to vote for the best t-shirt design for field day"),
    (22, "can I ask the staff on google chat to vote for teacher of the year"),
    (17, "can I email my principal from my cps account to ask about my own evaluation rating"),
    (1, "can I email the staff that the librarian found the missing book fair money in the safe"),
    (27, "can I mark the returned chromebooks as returned in the inventory system"),
    (12, "can I ask the service desk to reset my own login access"),
    (21, "can I email the staff to donate to the student council food drive"),
    (31, "can I email my class the answers to friday's quiz"),
    (2, "can I email the team that the new para might be out tomorrow, she's old friends with the sub"),
]


@pytest.mark.parametrize("item, question", NOT_THE_ITEMS_ACT)
def test_a_word_of_an_items_concept_in_ordinary_work_is_not_that_item(ask, items_cited, item, question):
    assert item not in items_cited(ask(question)), explain(question)


# Items 19-37 read from their concept families (issue 10, wave 2): each act the item names, in everyday words,
# with an acceptable channel named beside it. (item, question); the answer is prohibited and cites the item.
ITEMS_19_TO_37_BY_CONCEPT = [
    (19, "can I collect everyone's $20 for the office pool on the oscars over district email"),
    (19, "ok to post the over under for friday's game and take bets in the dept chat?"),
    (19, "can I check my fanduel parlays on the cps laptop between classes"),
    (20, "is it fine to play valorant on the school pc during my lunch break"),
    (20, "can I keep a game of words with friends going on my district ipad during prep"),
    (21, "can I email the staff about my church's 50/50 drawing, tickets are $5"),
    (21, "ok to post my niece's cheer team fundraiser link on the staff google chat?"),
    (21, "can I ask coworkers on cps email to buy girl scout cookies from my daughter"),
    (22, "can I use the staff list to ask people to phonebank for the congressional candidate"),
    (22, "is it ok to put a blue wave sticker image in my district email signature"),
    (23, "can I use the group app to push the uprising caucus slate for the union election"),
    (23, "ok to email the faculty a ballot guide for the CTU delegate race from my cps account?"),
    (24, "can I send the staff my tax prep business flyer over district email"),
    (24, "can I post my younique link in the grade team chat so coworkers can order"),
    (25, "can I email the new clerk the principal's password so she can check his inbox"),
    (25, "is it ok to tell the staff chat where the camera blind spots are in the parking lot"),
    (26, "can I save a list of my students' home addresses and birthdates on a flash drive I keep in my car"),
    (26, "ok to paste the staff's social security numbers into a public google doc for payroll?"),
    (27, "can I fudge the lunch count in the system so our numbers look better"),
    (27, "can I delete the incident entries from the log so nobody asks about it"),
    (28, "can I pull my neighbor's kid's address out of aspen, just curious where they moved"),
    (28, "is it ok to use the hr system to look up my ex's new address"),
    (29, "can I ask one of my seniors out on a date after graduation practice"),
    (29, "is it ok to go on a date with one of my 12th graders if she's 18"),
    (29, "can I slip a love letter to a sophomore I have feelings for"),
    (30, "can I install teamviewer on the lab computers from some website so I can fix them from home"),
    (30, "can I put anydesk on my classroom pc from some random site so I can get on it from home"),
    (30, "ok to run a free converter exe I found online on my district laptop?"),
    (31, "my husband wants to borrow my cps laptop for his business trip, can he?"),
    (31, "can my nephew log into my district account to use the adobe license"),
    (32, "can I rickroll every classroom smartboard during state testing"),
    (32, "is it ok to play fart sounds over the intercom as a prank during class"),
    (33, "can I run hashcat against the staff wifi to see if the password is weak"),
    (33, "ok to try a sql injection on the gradebook site from my cps laptop?"),
    (34, "can I send a coworker a topless selfie over google chat"),
    (34, "is it ok to text my student a flirty pic"),
    (35, "can I stream free movies off putlocker on my district laptop during my prep"),
    (35, "ok to grab a cracked copy of photoshop off the internet for the lab computers?"),
]


@pytest.mark.parametrize("item, question", ITEMS_19_TO_37_BY_CONCEPT,
                         ids=[f"item{n}-{q[:40]}" for n, q in ITEMS_19_TO_37_BY_CONCEPT])
def test_items_19_to_37_are_read_from_their_concepts_whatever_channel_is_named(ask, items_cited, item, question):
    reply = ask(question)
    assert reply["verdict"] == "prohibited" and item in items_cited(reply), (reply["verdict"], items_cited(reply),
                                                                             explain(question))


# Ordinary work beside those concepts' words: the item stays out (the frames' `unless` guards, and words kept out
# of the families because they have an ordinary school sense)
ITEMS_19_TO_37_ORDINARY_WORK = [
    (26, "can I email parents at their gmail addresses from my district account"),
    (27, "can I delete the duplicate entries in my gradebook"),
    (28, "can I look up a student's emergency contact in aspen to call home about an injury"),
    (30, "can I download the district-approved reading app onto my classroom ipads"),
    (31, "can I use my district email to contact my son's teacher at another cps school"),
    (32, "a student keeps blasting music in class, can I email his mom"),
    (34, "can I email parents the permission slip for the health class puberty unit"),
    (27, "can I remove the absence I entered for the wrong kid in aspen"),
    (27, "ok to erase the grade I typed in by mistake?"),
    (27, "can I delete the test entry I made in the gradebook while learning it"),
    (32, "someone set off the fire alarm during testing, can I email the staff about it"),
    (32, "a student keeps rickrolling the class smartboard, can I call his mom"),
    (32, "some kid keeps hijacking the projector in my classroom, can I email his dad"),
    (23, "can I email my building rep to ask a question about my contract"),
]


@pytest.mark.parametrize("item, question", ITEMS_19_TO_37_ORDINARY_WORK)
def test_ordinary_work_beside_an_items_words_is_not_that_item(ask, items_cited, item, question):
    assert item not in items_cited(ask(question)), explain(question)


# What is done to or with the district's systems, network, devices, accounts, data and resources, described in
# everyday words with no channel named (DESIGN.md: the items govern these). Each row: the items any of which
# answers it, and the question.
ACTS_ON_DISTRICT_SYSTEMS = [
    ({3}, "can I run the whole workbook through the copier so I never have to order the class set"),
    ({3}, "is it fine to put every episode of that documentary series up on the class drive for the kids"),
    ({3, 35}, "where can I grab a free pdf of the AP bio textbook for my school laptop"),
    ({7, 21}, "can I record a robocall to all the families about my son's car wash this weekend"),
    ({7}, "could the school messenger system go out to everyone for my bridal shower"),
    ({7, 24}, "I'm selling my old furniture, can the alert system send a note to all the parents"),
    ({8}, "the content filter slows my district laptop down, can I get rid of it"),
    ({8, 11}, "can I disable the auto logout on the gradebook so it never kicks me off"),
    ({8, 13, 14}, "someone taped the admin wifi password under the desk, can I get on that network instead"),
    ({8, 13, 14}, "the network closet on 3 is propped open, can I plug my laptop straight into a switch in there"),
    ({8, 14, 33}, "the door system still has its factory password, ok if I sign in and unlock the gym myself"),
    ({9}, "can I use the principals login to sign off on my own field trip form"),
    ({9}, "the registrar left the sis logged in with the principal's account, can I use it"),
    ({9, 25}, "can I stay logged in on the lab pc so my para can finish entering my grades"),
    ({11}, "I wrote a macro that reloads the attendance portal nonstop until the new roster shows up, ok?"),
    ({11}, "can I hammer the district's print server with a few thousand pages to see how fast it is"),
    ({11, 31}, "is it ok to dump about 300 gigs of my family's videos on the district onedrive"),
    ({11, 31}, "my husband streams movies on the cps hotspot all day, huge downloads, is that an issue"),
    ({12}, "can I reserve all the chromebook carts for the whole month so no other grade gets them"),
    ({12}, "can I put every license for the typing program on my roster so the other teachers cant use it"),
    ({12}, "ok to change the code on the shared printer so the 5th grade wing can't print"),
    ({13}, "I still have access to the hr portal from my old job at central office, can I keep using it"),
    ({13}, "can I tell the tech the AP approved my admin access to the portal? she hasn't yet"),
    ({24}, "I sell real estate on the side, can I print my listings on the school copier"),
    ({24}, "can I run my tutoring business zooms from the school wifi after dismissal"),
    ({24, 31}, "can I use the district's canva license to make logos for my clients"),
    ({25}, "can I send the sub the list of passwords for all the classroom pcs in a text"),
    ({25}, "the office has everyone's voicemail pins on a sheet, can I post it in the staff chat"),
    ({27}, "can I tweak the sign-in times on my timesheet so it looks like I came in at 7"),
    ({27}, "my athlete is ineligible by two points, can I raise his grade in the gradebook"),
    ({28}, "my cousin wants to know a teacher's birthday, I can see it in the hr system, ok to tell him?"),
    ({28}, "can I search the staff directory for my ex's new school"),
    ({26, 28}, "can I export all the parent emails from aspen into my personal gmail contacts"),
    ({31}, "can I host my church group's meetings on the school zoom account"),
    ({31}, "ok to back up my personal phone photos onto the cps google drive"),
    # asking to do it first and report it after is a permission question, not a question of whom to tell
    ({8, 13, 14}, "the kids found the admin panel password in a doc, can I log in and look around before I report it?"),
    ({8, 13, 14}, "can I poke around the server room myself before telling the principal?"),
    ({8, 13, 14}, "the sis admin page is open to anyone, can I check it out and then tell IT?"),
    # a district licence or device used for a relative's business or activity
    ({24, 31}, "can I design flyers for my wife's bakery with the school's adobe license"),
    ({31}, "can my brother use my cps zoom for his church meetings"),
    ({24, 31}, "can I do the books for my sister's salon on the district laptop"),
    # the asker's session left open for someone else
    ({9, 25}, "I'll stay signed in on my desk computer so my sub can take attendance, fine?"),
    ({9, 25}, "can I leave the gradebook open on my laptop overnight so the TA can grade quizzes"),
    ({9, 25}, "can I keep myself logged in on the smartboard pc so the student teacher can use my account"),
    # the district's wired network is the district's, even when the gear plugged in serves a personal phone
    ({8, 11}, "can I hook my personal mesh router into the ethernet port in my classroom for my own phone"),
    ({8, 11}, "I want to plug my home router into the network jack in the library so my tablet works better"),
    ({8, 11}, "can I connect my own access point to the wall port by my desk, just for my phone"),
    # guessing one's way into a place only IT may use
    ({8, 13, 14}, "can I try guessing the password on the admin wifi"),
    ({8, 13, 14}, "ok to crack the admin network key so my laptop is faster"),
    ({8, 13, 14}, "can I guess the login for the admin console on the copier"),
    # another network or machine probed, a device's lockdown broken out of
    ({8, 33}, "our tech guy ran nmap against the city library's network from the school lab to see what was open"),
    ({8, 33}, "I plugged a packet sniffer into the staff network to see what sites people visit, allowed?"),
    ({8, 33}, "I'm curious how secure the high school's wifi is, can I run wireshark on my school laptop to watch it"),
    ({8, 33}, "the test-day chromebooks are stuck in kiosk mode, can I break out of it to browse at lunch"),
    # streams that run on and on, or that the asker sees slow the network
    ({11}, "can I leave six YouTube livestreams running on the lab PCs all day during the Olympics"),
    ({11}, "I stream the March Madness games on the library laptops and the network slows a bit, ok?"),
    ({11}, "the streaming radio I play on the lab PCs makes the wifi crawl for the other rooms, is that on me?"),
    # a code changed so that only some can use a shared machine
    ({12}, "I reprogrammed the door code on the laminator room so the 2nd floor teachers can't get in anymore"),
    ({12}, "I changed the PIN on the shared laminator so only my grade level can run it"),
    ({12}, "I switched the copier's print code so only our department can use it"),
    # a session left open, or access known to be too wide, then used
    ({9, 13}, "my AP walked away with Infinite Campus still logged in as admin, so I hopped on and pulled a report"),
    ({9, 13}, "the registrar's session was open on the front desk pc, I used it to run the enrollment export"),
    ({13, 28}, "the gradebook somehow lets me open every kid's IEP in the building, I've been reading a few"),
    ({13, 28}, "my account can somehow see the payroll files, I looked up what the new hire makes"),
    ({13, 28}, "by mistake my account has every school's health files and I've been checking them, fine?"),
    # a login found written down, then used
    ({9, 14}, "the AP's gradebook login was written on a sticky note, I used it to fix my students' grades"),
    ({9, 14}, "someone taped the attendance admin password to the monitor and I used it to get in"),
    # a note, letter or certificate forged, or letterhead used for a relative
    ({10}, "can I type up a doctor's note on school letterhead for my cousin's job"),
    ({10}, "I wrote my friend a fake volunteer hours certificate signed as our principal"),
    ({10}, "my nephew needs a note from a school nurse excusing him from gym, can I whip one up on CPS letterhead"),
    # a resource's terms of use named, then ignored
    ({31}, "the reading site says you have to be 13, can I make accounts for my 3rd graders anyway?"),
    ({31}, "my district office license says one work device, can I put the same key on my husband's pc"),
    ({31}, "zoom's licence says district business only, can I use the same login for my paid yoga classes anyway"),
]


@pytest.mark.parametrize("items, question", ACTS_ON_DISTRICT_SYSTEMS, ids=[q[:50] for _, q in ACTS_ON_DISTRICT_SYSTEMS])
def test_an_act_on_the_districts_systems_in_everyday_words_is_prohibited_under_its_item(ask, items_cited, items,
                                                                                          question):
    reply = ask(question)
    assert reply["verdict"] == "prohibited", reply["answer"]
    assert items & set(items_cited(reply)), (items, items_cited(reply))


# Ordinary work on the same systems: the words of a resource or an act alone do not make one of these items
SYSTEM_WORK_NOT_AN_ITEM = [
    (10, "as her assistant, can I email the parents about tomorrow's schedule change?"),
    (17, "my student told me in confidence she is being abused, who do I have to tell?"),
    (14, "can I email IT that the network closet door won't lock"),
    (11, "the gradebook keeps timing out on me, who do I call?"),
    (12, "can I book the laptop cart for my class on thursday"),
    (31, "can I save my lesson videos to my district onedrive"),
    (8, "as the tech coordinator can I reset the router in the server room"),
    (28, "can I look up a student's parent phone number in aspen to call about attendance"),
    (11, "can I show a live stream of the eclipse to my class during science"),
    (11, "the wifi is slow in my room all day, who do I tell?"),
    (10, "can I print the permission slip on school letterhead for my class trip"),
    (31, "the coding site says kids must be 13, so I won't use it with my 3rd graders. is there an approved one?"),
    (26, "can I share a google doc of my lesson plan with anyone with the link"),
    (28, "I'm getting married next month, how do I request the days off?"),
    (14, "I found a password written on a sticky note in the lab, who should I tell?"),
]


@pytest.mark.parametrize("item, question", SYSTEM_WORK_NOT_AN_ITEM)
def test_ordinary_work_on_a_district_system_is_not_that_item(ask, items_cited, item, question):
    assert item not in items_cited(ask(question))


# Who receives student information decides item 16 (issue 10): the student about their own work, or staff who
# work with the student over district channels, is no disclosure without authorization; outsiders are.
@pytest.mark.parametrize("question", [
    "Can I email my 7th grader her own test results at her CPS address?",
    "ok to send each senior their own attendance summary to their CPS email?",
    "Can I email the counselor from my CPS account about a student's grades dropping?",
    "Is it fine to send the social worker a student's attendance record through CPS email?",
])
def test_student_information_to_the_student_or_staff_who_work_with_them_is_the_channels_answer(
        check_answer, situation, question):
    assert "authorized_recipient" in situation(question).facts
    check_answer(question, {"allowed"}, {"mobile", "staff"})


@pytest.mark.parametrize("question", [
    "Can I send the PTO the list of students who get free lunch so they can plan snacks?",
    "the vendor wants our class roster with student birthdays, can I upload it to their site?",
    "Can I email the booster club the test scores of our athletes?",
    # people in a family's life outside the school (clergy, youth and scout leaders, a nanny, an employer) are outsiders
    "the boy's scout leader asked for his report card so he can earn a badge. can I forward it to him from cps email?",
    "Her rabbi wants to see the girl's attendance record. Ok to send it over?",
    "can I give my 8th grader's test scores to the nanny who picks him up?",
])
def test_student_information_to_outsiders_is_prohibited_under_item_16(check_answer, situation, question):
    assert "outside" in situation(question).facts
    check_answer(question, {"prohibited"}, {16, 17, 26, 30})


# Someone whose claim to a student cannot be checked ("says she's his aunt", "not on the pickup list") is nobody the
# school has authorized: a student's information sent to them is a disclosure, whatever channel carries it.
@pytest.mark.parametrize("question", [
    "a woman claiming to be the kid's godmother wants his grades emailed to her. she's not on file. should I?",
    "A man on the phone says he is the student's uncle and asks for her attendance. Can I tell him?",
    "someone who isn't on the emergency card wants the 2nd grader's report card sent to her. ok from my cps email?",
])
def test_student_information_to_someone_unverified_is_prohibited(check_answer, situation, question):
    assert "unauthorized" in situation(question).facts
    check_answer(question, {"prohibited"}, {16, 17, 36})


# "says" before what a message or a student says is no claim to a student: only who someone says they are (a
# relative, a guardian, an agency's worker) is a claim the school cannot check.
@pytest.mark.parametrize("question", [
    "can I email a 4th grader's school account to say his library book came in?",
    "a senior messaged me from her cps email saying she's stuck at the dentist, ok to answer her there?",
    "Our 7th grader wrote in saying he is done with the project early. Can I email him back at his cps address?",
])
def test_what_a_message_says_is_no_unverified_claim(check_answer, situation, question):
    assert "unauthorized" not in situation(question).facts
    check_answer(question, {"allowed", "conditional"}, {"mobile"})


@pytest.mark.parametrize("question", [
    # (a relative who claims a tie to the child is a recipient with no need to know: content10's frame)
    "the front desk got a call from a guy who says he's the girl's stepbrother, he wants her bus stop. can I give it?",
    "A woman says she's from DCFS and wants a 3rd grader's attendance emailed to her gmail. Ok?",
    "someone emailed saying they're the kid's grandpa and asked for his report card. send it?",
])
def test_who_someone_says_they_are_to_a_student_is_unverified(check_answer, situation, question):
    assert "unauthorized" in situation(question).facts
    check_answer(question, {"prohibited"}, {16, 17, 36})


@pytest.mark.parametrize("question", [
    "Can I text my co-teacher a student's IEP goals from my phone?",
    "can I forward the counselor a student's grades from my gmail?",
])
def test_staff_who_work_with_the_student_over_a_personal_channel_keep_item_16(situation, question):
    assert "authorized_recipient" not in situation(question).facts


# Students picked out by what is true of them, for the class, the team or a page to read (item 16, prohibited).
@pytest.mark.parametrize("question", [
    "Can I put up a list of who still owes lab fees on our Google Classroom stream?",
    "ok to email my whole 5th grade class the names of kids who didn't pass the spelling test?",
])
def test_students_picked_out_for_the_class_or_a_page_to_read_are_disclosed(check_answer, question):
    check_answer(question, {"prohibited"}, {16, 17})


# Item 20's exception: a game that is an assigned educational or training activity. The game may be named before
# the play ("a spelling game in our unit, can the class play it?"); a purpose the asker denies keeps the item.
@pytest.mark.parametrize("question, verdict", [
    ("the phonics program the district adopted has a word-building game; can my first graders play it in centers?", "allowed"),
    ("a geography game is part of our social studies unit this month. ok for the kids to play it on chromebooks?", "allowed"),
    ("kids play a zombie game on the chromebooks during free time, it isn't connected to any lesson. ok?", "prohibited"),
    ("my students play an online racing game after tests, not for any unit, just fun. allowed?", "prohibited"),
])
def test_a_game_is_allowed_only_as_an_assigned_educational_activity(ask, items_cited, question, verdict):
    reply = ask(question)
    assert reply["verdict"] == verdict, reply["answer"]
    assert 20 in items_cited(reply)


# Item families widened from what each item names (issue 10, items lane): every act an item names and the
# everyday ways staff say it, read whatever channel or lesson the question names beside it. Each row: the items
# any of which is a right citation.
ITEM_FAMILIES = [
    # item 6: malicious code written, sent or spread (a lesson does not make it harmless)
    ({6}, "for our coding club I'd like the students to build a virus and try it on the library PCs"),
    ({6}, "can I forward my class a self-replicating script as a prank through their school email"),
    ({6}, "is it ok to make a small computer worm with my AP CS kids and release it on the school network"),
    # items 6 / 11 / 35: storage media nobody issued, put into a district machine
    ({6, 11, 35}, "a parent dropped off a flash drive with no label, ok to open it on my classroom computer?"),
    ({6, 11, 35}, "got a free USB key at a conference booth. fine to stick it in my school laptop?"),
    ({6, 11, 35}, "there's a dvd lying on the bleachers, can I load it on the office PC to see who it belongs to"),
    # item 11: a device of one's own wired into the district network
    ({8, 11}, "can I connect my home modem to the network port behind my desk so the smartboard works better"),
    ({8, 11}, "I picked up a wifi repeater at best buy, ok to plug it into the data port in my room?"),
    ({8, 11}, "would it be a problem to hook my own roku up to the school's ethernet for movie day"),
    # item 4: explicit material shown or viewed, whatever lesson it is for
    ({4}, "for my media unit can I play some sexually explicit clips so the seniors see how ads use sex?"),
    ({4}, "ok to display a pornographic image on the screen in health class to start a discussion?"),
    ({4}, "can I stream an nsfw music video in 12th grade lit since it ties into our lesson on censorship"),
    # item 22: a campaign's sticker, button or image on district means
    ({22}, "can my zoom background be the mayoral candidate's logo while I teach remotely?"),
    ({22}, "is it alright to put a presidential campaign graphic in my CPS email footer"),
    ({22}, "I'd like to wear a political button for my party's nominee in the classroom photos I post on the school page"),
    # item 17: another student's discipline told to someone
    ({17}, "a dad asked me which classmate got suspended for the hallway fight. can I tell him?"),
    ({17}, "can I let the parents on our class remind know another student was expelled for vaping"),
    ({17}, "ok to explain to a grandma why a different kid was sent home, she keeps asking"),
    # item 13: access left over from an old role, still used
    ({13}, "I was the registrar last year and still have those SIS privileges. fine to keep using them as a teacher?"),
    ({13}, "my admin rights from when I switched from the tech office still work, can I keep using them to look up kids"),
    ({13}, "transferred from attendance to a classroom but my old role permissions are still active. ok to use them?"),
    # item 9: the asker's own account lent to someone else
    ({9, 25}, "the student teacher has no login yet, can she just use mine this week?"),
    ({9, 25}, "is it fine if my para does the gradebook under my login while I'm at the IEP meeting"),
    ({9, 25}, "our new clerk wants to borrow mine until IT sets her account up. ok?"),
    # items 15-17, 36: student records sent to a school or programme outside the district
    ({15, 16, 17, 36}, "can I send a student's IEP to his new school in the suburbs, a teacher there emailed me for it"),
    ({15, 16, 17, 36}, "my grad program wants a real student's behavior plan for an assignment, can I email my professor a copy?"),
    ({15, 16, 17, 36}, "a private school is considering one of my 8th graders. can I email them his discipline file?"),
    ({15, 16, 17, 36}, "the family moved out of state and the new school there wants his IEP, ok to attach it to an email?"),
    ({15, 16, 17, 26, 36}, "a private therapist the mom hired wants my notes on her son, can I send them over?"),
    ({15, 16, 17, 26}, "the daycare down the block (not CPS) asked for the pickup list with kids' names, can I forward it?"),
    # items 6 / 11 / 35: media handed over by someone
    ({6, 11, 35}, "a salesman handed me a usb stick with a demo of his reading program, can I run it on the lab PC?"),
    ({6, 11, 35}, "someone gave me a dvd at the door saying it's the new safety video, ok to pop it in the classroom computer?"),
    # item 11: a smart device of one's own on the network
    ({8, 11}, "can I connect my sonos speaker to the school network cable so I can play music during work time"),
    ({8, 11}, "is it ok to plug my own amazon echo show into the classroom ethernet port"),
    # item 4: nudity shown in a lesson
    ({4, 34}, "for art history can I project a nude centerfold next to the classical statues to compare?"),
    # items 7 / 11: an inbox flooded
    ({7, 11}, "can I set up a bot that floods the principal's inbox with the same complaint every minute"),
    ({7, 11}, "ok to bombard a coworker's district email with joke messages on her birthday, like 200 of them?"),
    # item 13: access from an old job, the "used to" said
    ({13}, "I used to be the attendance clerk and still have access to the whole SIS. ok to check on my old students?"),
    # item 14: into the network from someone's home
    ({14, 33}, "my roommate is a network guy, can he log into our school's firewall from his house to tune it?"),
    # network gear connected with "hook up" is a device on the network, not item 34
    ({8, 11}, "can I hook up my personal mini PC to the school lan to host a minecraft server for the club"),
    ({6, 11, 35}, "a flash drive was slipped into my mailbox anonymously, can I check what's on it with my cps laptop?"),
    ({6, 11}, "my coding class wants to write a script that copies itself to every shared drive folder, ok?"),
    ({25}, "can I tell the subs how to get past the keypad on the supply room door"),
    ({7, 11}, "can I have a script send hundreds of emails to the bus company every minute until they fix the route"),
    # item 37: what another of the Board's rulebooks bans, asked of this policy ("is it also against the AUP?")
    ({37}, "our gift policy forbids taking anything over $50 from vendors. if a vendor emails me a gift card on my cps account, does that break the tech policy too?"),
    ({37}, "the conflict of interest rules ban steering contracts to relatives. is using my district laptop to do it also against the AUP?"),
    ({37}, "the employee handbook prohibits running a side business on work time; doing it from my CPS email would violate the acceptable use policy as well, right?"),
    # item 9: into or through someone else's mailbox or account, and the asker's login held by someone else
    ({9}, "as the AP can i look through a teacher's district inbox to check what she told the family"),
    ({9}, "can i peek at the sub's gradebook to see if she entered the quiz"),
    ({9}, "our sub has my powerschool password so she can take attendance, that ok?"),
    ({9}, "my TA (a senior) knows my canvas login and grades quizzes for me, is that an issue"),
    # item 16: students' photos or videos passed on while some families' release is said missing
    ({16}, "can i share the videos from our class play with the whole grade's parents? two families never sent back the photo release"),
    ({16}, "ok to send the kids' spring concert video to the PTA list? three students don't have a media release"),
    # item 1 (defamatory): a person labelled with a crime or a vice before others, the claim said unfounded
    ({1}, "can I tell the other moms in the class group chat that the crossing guard is on drugs? I can't prove it but come on"),
    ({1}, "my coworker posted in the staff channel that the new custodian steals from classrooms, which isn't true. is that an AUP thing?"),
    # item 10: a parent's consent marked by the asker (signed, initialled, a name typed in) for the parent
    ({10}, "a mom keeps forgetting the permission slip, can I just sign it for her so her son isn't left behind?"),
    ({10}, "grandma can't get to school, ok if I initial the medication consent on her behalf?"),
    ({10}, "dad won't do the online field trip form, can I type his name into it so his kid can go"),
    # item 12: a colleague's account or access cut off (suspended, frozen, disabled) for the asker's own reasons
    ({12}, "as the google admin for our school can i suspend the band director's account for a day, she was rude to me"),
    ({12}, "can I freeze the music teacher's account until she apologizes"),
]


@pytest.mark.parametrize("items, question", ITEM_FAMILIES, ids=[f"items{sorted(n)}-{q[:40]}" for n, q in ITEM_FAMILIES])
def test_an_act_an_item_names_is_prohibited_in_everyday_words(ask, items_cited, items, question):
    reply = ask(question)
    assert reply["verdict"] == "prohibited", reply["answer"]
    assert items & items_cited(reply), (items_cited(reply), reply["answer"])


# Item 29: a student invited to the asker's own outside activity is never a plain yes, whatever approved channel
# carries the invitation (conditional on the principal's and the parent's prior written authorization)
OUTSIDE_ACTIVITIES_WITH_A_STUDENT = [
    "can I ask one of my seniors after class to come to my art show at a gallery downtown",
    "one of my sophomores wants to come to my open mic night, can I message him the details on google chat?",
    "ok to email a 9th grader from my cps account about helping at my garage sale",
    # a student's help or paid work with the asker's own chores, asked through a district channel or not
    "our para used school chat to ask a 5th grader to help haul boxes out of her basement on saturday, allowed?",
    "one of my 6th graders offered to rake my yard, can I say yes?",
    "is it fine to email a senior from my district account asking him to help out at my food truck this summer",
    # moving house is the asker's own chore; moving desks is not (see SCHOOL_CHORES_WITH_A_STUDENT)
    "two juniors said they'd help me move house over the break for gas money, fine?",
    "could a student from my homeroom help me move out of my old apartment this weekend",
]

# a student's help with the work of the school itself (desks, a lab, a mural) is no relationship outside academics
SCHOOL_CHORES_WITH_A_STUDENT = [
    "can a student help me move the desks in my classroom after school",
    "is it ok if two 7th graders stay at lunch to help me clean the science lab",
    "my student council kids want to help me paint the hallway mural, ok?",
]


@pytest.mark.parametrize("question", SCHOOL_CHORES_WITH_A_STUDENT)
def test_a_students_help_with_the_schools_own_work_is_not_item_29(ask, items_cited, question):
    reply = ask(question)
    assert 29 not in items_cited(reply), reply["answer"]
    assert reply["verdict"] != "prohibited", reply["answer"]


@pytest.mark.parametrize("question", OUTSIDE_ACTIVITIES_WITH_A_STUDENT)
def test_a_student_asked_to_the_askers_own_activity_is_item_29(ask, items_cited, question):
    reply = ask(question)
    assert reply["verdict"] in ("prohibited", "conditional"), reply["answer"]
    assert 29 in items_cited(reply)


# The same words with an ordinary meaning name no item
ITEM_WORDS_IN_ORDINARY_WORK = [
    ("can I run a virus scan on the classroom laptops before testing", 6),
    ("there's a stomach virus going around, can I email the parents to remind them to keep sick kids home", 6),
    ("can I show a video about the history of political campaigns in my civics lesson", 22),
    ("can I email a parent about why her own son was suspended", 17),
    ("can I plug the district-issued hotspot into my laptop", 11),
]


@pytest.mark.parametrize("question, item", ITEM_WORDS_IN_ORDINARY_WORK)
def test_an_item_word_in_ordinary_work_does_not_cite_the_item(ask, items_cited, question, item):
    assert item not in items_cited(ask(question))


# Near items told apart by what each is about (the object and the harm): a question that names the one item's
# object cites that item, beside any neighbour that also fires.
NEAR_ITEMS_BY_OBJECT = [
    # item 2 (economic status) rather than item 1 alone
    ({2}, "a teacher keeps joking in our staff chat about which families are on welfare. against the rules?"),
    ({2}, "can I forward the meme making fun of kids who get free lunch to my team"),
    ({2}, "is it ok to post a joke in the dept channel about parents living on food stamps"),
    # item 3 (trademark) rather than item 24 alone
    ({3}, "can I sell replica designer bags to other staff through my district email"),
    ({3}, "my cousin makes bootleg jerseys, ok to share her order form on the staff chat?"),
    ({3}, "can I advertise fake jordans in the school newsletter, I don't profit"),
    # item 26 (PII without safeguards) for a personal mailbox
    ({26}, "can I email the allergy list for my homeroom to my own gmail so I have it on the trip"),
    ({26}, "ok to text the class roster with birthdays to a volunteer's personal whatsapp?"),
    ({26}, "counselor: can I send the medical conditions list for the grade to my personal email"),
    # item 36 (confidentiality of records) for records kept on one's own device
    ({36, 26}, "I save my students' IEPs to my home computer so I can work on them at night. ok?"),
    ({36, 26}, "can I keep the diagnosis notes for my caseload on my personal laptop"),
    ({36, 26}, "is it fine to store my kids' behavior plans on my own phone"),
    # item 33 (hacking) for passwords guessed or an exploit tried
    ({33}, "the old projector computer is locked, can I guess passwords until one works?"),
    ({33}, "a kid showed me a loophole to get into the grading system, can I test it myself first?"),
    ({33}, "can I run a brute force tool on the library router to get in"),
    # item 25 (information on security systems) for how one is got around, told to someone
    ({25}, "can I tell the new aide how to get around the web filter so she can use youtube"),
    ({25}, "ok to explain to my friend how our keycard readers can be bypassed?"),
    ({25}, "can I email the parent volunteers how to get past the door badge system after hours"),
    # item 31 (terms of use) for a login shared or an account made outside the licence's terms
    ({31}, "the license says single user but can my co-teacher and I both use my account on the reading site?"),
    ({31}, "the terms of use say students only, can I make an account for my nephew with our class code"),
    ({31}, "our quizizz license agreement is one user per seat, ok if the whole dept shares my login?"),
    # item 28 (district data for personal use) for a record looked up for the asker's own circle
    ({28}, "can I check my nephew's attendance in the SIS for my sister"),
    ({28}, "ok to look at my friend's son's grades in the gradebook, she asked me to"),
    ({28}, "can I peek at my neighbor's daughter's test score in the system"),
    # item 3 (trademark) for counterfeit goods sold to colleagues, whoever profits
    ({3}, "a friend sells counterfeit purses, can I send her catalog to my coworkers? I get nothing from it"),
    # item 30 for software the question says is not approved
    ({30}, "can I install a screen recorder on my work laptop even though it isn't approved by the district"),
    ({30}, "ok to download a video chat app that's not on the approved list onto the classroom PC?"),
    ({30}, "I want to put an unlicensed pdf editor on the office computer, fine?"),
    # item 13 for administrator rights handed to a role that does not carry them
    ({13}, "tech coordinator here, can I grant a teacher admin privileges on the lab computers so he can add apps?"),
    ({13}, "a sub wants install rights on the classroom laptop, can I give them to her"),
    ({13}, "can I make my para a full admin in our google classroom domain settings"),
    # item 14 for someone outside the district let into its network from elsewhere
    ({14, 33}, "my brother fixes computers for a living, can he use teamviewer to get on my school desktop from his house"),
    ({14, 33}, "can a friend who does IT remote in to our school server tonight to look at the printer issue"),
    ({14, 33}, "my husband could connect remotely to the district network and fix my email settings, is that ok"),
    # item 27 for a record replaced or changed to hide what happened or over the owner's refusal
    ({27}, "I wiped some of the team's files by mistake, can I overwrite them with empty ones so nobody notices?"),
    ({27}, "as dean can I change a student's grade in the gradebook even though the teacher said no"),
    # item 5 for a group set on someone
    ({5}, "can I text the other dads on the team to go deal with the ref after the game"),
    ({5}, "ok to use the staff chat to get a few guys to teach him a lesson in the parking lot"),
    ({5}, "can I email my coworkers to help me slash his tires after what he said"),
    # item 34 for sexual activity between colleagues over district means
    ({34, 4}, "me and another teacher are hooking up and we sext on our cps accounts, problem?"),
    ({34, 4}, "my coworker and I are seeing each other and our teams calls at night get steamy. is that against policy?"),
    ({34, 4}, "a colleague and I have an affair going and things got spicy on google meet from our work laptops, trouble?"),
]


@pytest.mark.parametrize("items, question", NEAR_ITEMS_BY_OBJECT, ids=[f"items{sorted(n)}-{q[:40]}" for n, q in NEAR_ITEMS_BY_OBJECT])
def test_a_near_item_is_told_apart_by_what_it_is_about(ask, items_cited, items, question):
    reply = ask(question)
    assert reply["verdict"] == "prohibited", reply["answer"]
    assert items & items_cited(reply), (items_cited(reply), reply["answer"])


# What an item is about, named with its frame incomplete, is never a bare yes (DESIGN.md "Never a confident yes")
@pytest.mark.parametrize("question", [
    "can I give the new clerk full admin on the attendance system from my district email",
    "ok to post in our google chat how someone could remote into the office PC from home",
    "can I email the team that my neighbor sells counterfeit tickets",
])
def test_an_items_object_named_alone_is_not_allowed(ask, question):
    assert ask(question)["verdict"] != "allowed"


# An item acceptable only with authorization (items 15-17, 29, 36: "unless authorized in advance in writing"), said of
# an act already done ("the sub did X, was that ok?", "... Allowed?"), with no authorization in the story: the
# condition failed, so the verdict on the act is prohibited, not "yes with conditions" (engine, `done_act`).
@pytest.mark.parametrize("question, item", [
    ("the lunch aide told a couple of moms at dismissal that our art teacher is out on medical leave for chemo. "
     "was that ok?", 17),
    ("one of our subs took a 5th grader out for pizza after the game, just the two of them. is that allowed?", 29),
    ("Our new gym teacher drove a 7th grader home from practice and bought her dinner on the way. Allowed?", 29),
])
def test_an_act_done_without_the_authorization_its_item_requires_is_prohibited(check_answer, question, item):
    check_answer(question, {"prohibited"}, {item})


# ... but the authorization shown in the story, or the same act asked permission for, keeps its conditions; and a
# colleague written to on a CPS channel meets items 16 and 17's condition whatever tense the story is told in.
@pytest.mark.parametrize("question, verdicts, cites", [
    ("the principal and his mother signed off in writing, so our band director takes a 10th grader fishing on "
     "weekends. is that ok?", {"conditional", "allowed"}, {29}),
    ("can I take one of my 8th graders to a museum on a weekend if the principal and her dad sign off in writing?",
     {"conditional", "allowed"}, {29}),
    ("my co-teacher emailed the case manager from her cps account about a boy's IEP goals. is that ok?",
     {"allowed"}, {"staff"}),
])
def test_an_authorization_shown_or_still_to_come_keeps_the_items_conditions(check_answer, question, verdicts, cites):
    check_answer(question, verdicts, cites)


# A copy of a record (a photo of the attendance sheet, a screenshot of scores, a picture of a 504 plan) sent over a
# phone's text thread is outside every CPS system: no proper security measure (items 16, 17, 26, 36). Talking about a
# plan by text between colleagues stays the staff-texting rule.
@pytest.mark.parametrize("question, verdicts, cites", [
    ("I snapped a photo of the attendance sheet with kids' names and texted it to the office clerk's cell. fine right?",
     {"prohibited"}, {16, 26}),
    ("can i text my para a screenshot of the reading scores for my small group?", {"prohibited"}, {16, 26}),
    ("our sped teacher sent a picture of a student's 504 plan by text to the gym teacher. is that a problem?",
     {"prohibited"}, {16, 17, 36}),
    ("can my co-teacher and I text each other about how a student's behavior plan is going?",
     {"under_review", "conditional"}, set()),
])
def test_a_copy_of_a_record_sent_by_text_has_no_proper_security(check_answer, question, verdicts, cites):
    check_answer(question, verdicts, cites)


# The same message sent again and again to a staff list, or enough mail that a mailbox or the server failed: an
# unauthorized broadcast (item 7) degrading the district's systems (item 11), whatever account it came from.
@pytest.mark.parametrize("question, cites", [
    ("the front office secretary hit reply-all on the district-wide list over and over until the mail server went "
     "down. policy violation?", {7, 11}),
    ("can I send my reminder to the all-staff list every few minutes until people answer?", {7}),
    ("a coworker emailed the whole staff 30 times in one morning about her lost keys and it clogged everyone's "
     "inbox. is that allowed?", {7, 11}),
])
def test_mail_sent_again_and_again_to_everyone_is_a_broadcast_that_degrades_the_system(check_answer, question, cites):
    check_answer(question, {"prohibited"}, cites)


# Something of value from a seller tied to the asker's choice of what the school buys: the Board's ethics code
# (item 37), however the gift travels (a CPS email reply is no acceptable act here).
@pytest.mark.parametrize("question", [
    "the yearbook company says they'll send me a gift card if I sign with them for next year. ok to accept?",
    "can i take the free dinner the laptop vendor is offering if i recommend their chromebooks to the principal?",
    "a curriculum publisher offered our department head a free trip if she picks their math series. is that allowed?",
])
def test_a_sellers_gift_for_a_purchasing_choice_is_prohibited_by_the_boards_ethics_rules(check_answer, question):
    check_answer(question, {"prohibited"}, {37})


# A false emergency (a lockdown, an evacuation, a fire alarm) announced as a joke disrupts the school (item 32).
@pytest.mark.parametrize("question", [
    "can I pull the fire alarm as a prank on the last day of school?",
    "is it ok to play a joke evacuation message on the PA for april fools?",
    "a teacher announced a fake lockdown over the intercom to scare her 6th graders. is that allowed?",
])
def test_a_false_emergency_announced_for_a_laugh_is_a_disruption(check_answer, question):
    check_answer(question, {"prohibited"}, {32})


# Items 15-17 and 36 ask for authorization: a spoken yes (at pickup, on the phone) is no written consent for a
# record to leave, and a family's photo opt-out is a refusal for their child's picture.
@pytest.mark.parametrize("question, cites", [
    ("the boy's mom verbally said it's fine to share his behavior records with his club soccer coach, can I forward "
     "them?", {15, 16, 17, 36}),
    ("his dad said yes on the phone, so can I send the kid's counseling notes to the family's pastor?",
     {15, 16, 17, 36}),
    ("a grandma told me at pickup I could send her grandson's IEP to his outside speech therapist. ok to email it "
     "from my cps account?", {15, 16, 17, 36}),
    ("three kids in my 2nd grade class opted out of photos. can I still put the group picture on our class page?",
     {16, "social"}),
    ("two of my 6th graders' families opted out of pictures, can I still use the class photo in the school "
     "newsletter?", {16}),
])
def test_a_spoken_yes_or_a_photo_opt_out_is_no_authorization(check_answer, question, cites):
    check_answer(question, {"prohibited"}, cites)


# Acts done ON a district system (issue 10): the system named in any everyday form, the act whoever asks.
# (item, question): each names a system and an act on it the item forbids
SYSTEM_ACTS_BY_ITEM = [
    # a login that is someone else's, found, or left over from a past role (items 9, 13, 14)
    (9, "can I sign into the benefits portal using the payroll clerk's password to fix my deductions"),
    (9, "my department chair's login is on a post-it, ok to hop into Skyward with it and pull the schedule"),
    (14, "a login for the transportation software was written on the whiteboard in the bus office, can I use it"),
    (14, "is it fine to use my old account from my sub days to get into the attendance app"),
    (13, "I moved from counselor to teacher but my old password to the scheduling system still gets me in. keep using it?"),
    # records beyond the asker's role looked at (items 13, 28)
    (28, "can I browse the enrollment database for kids at a different school just to compare"),
    (28, "as a para could I view students who aren't mine in the health office software"),
    (28, "ok to look up how much the new AP gets paid in the payroll portal"),
    # a record made to say what did not happen (item 27)
    (27, "the bus was late, can I mark him on time anyway in the attendance software"),
    (27, "can I mark the boys' team fees as paid even though they haven't paid, season starts monday"),
    (27, "our register is off by $40, can I change a couple of meal balances so the totals match"),
    # a colleague put out of a shared system, a shared code changed so others cannot use it (item 12)
    (12, "we had a fight so I want to remove my grade partner from the team drive, allowed?"),
    (12, "can I change the code on the chromebook cart so the 2nd floor teachers can't take it"),
    (12, "thinking of revoking the art teacher from our shared calendar so she stops booking the lab"),
    # screens beyond the asker's own room taken over (items 13, 32)
    (32, "could I cast a birthday video onto all the smartboards in the school from my desk"),
    (32, "is it ok to lock everyone's screens in the building with hapara as an april fools thing"),
    (32, "I want to shut off the projector in the room next door from my laptop, he never stops talking"),
    # a hole in a system used instead of reported (items 8, 13, 33)
    (33, "the lunch kiosk has a glitch that lets you skip the PIN, can I take advantage of it to test it"),
    (33, "there's a loophole in the library system so I could exploit it to renew forever, ok?"),
    # a gadget of one's own joined to a district network (item 11)
    (11, "can I hook a google home up to the guest wifi in my classroom"),
    (11, "ok to connect my roku to the school wi-fi so my kids can watch during indoor recess"),
    # students given the staff-only network (item 13)
    (13, "can I give my 8th graders the staff wifi password, the student one keeps dropping"),
    # someone else's rights in a system, or their open session, used (items 9, 13)
    (13, "could I borrow the registrar's admin rights for an afternoon to fix the schedules myself"),
    (9, "the nurse's health office software was still logged in at her desk, ok if I pop in and check one allergy"),
    (9, "my co-teacher never signed out of canvas on the shared laptop, can I jump in and edit her rubric"),
    # a colleague's staff record looked at (items 13, 28)
    (28, "could I check the absence management system to see how many sick days the librarian has taken"),
    pytest.param(28, "is it ok to open the evaluation portal and read everyone's observation scores before the meeting",
                 marks=pytest.mark.xfail(strict=True, reason="'everyone's' stems to 'everyone': a concept for "
                                         "everybody's records would also take 'the whole staff' from the audience")),
    # a hole that lets one do more, used (items 8, 13, 33)
    (33, "the sub finder app has a flaw that lets you see every teacher's pay rate, can I poke around in it"),
    # a shared code changed so only the asker can use it (item 12)
    (12, "the door code for the computer lab is shared by the whole floor; if I change it just me gets in, fine?"),
    # balances cleared for the asker's own benefit (item 27)
    (27, "can I waive the library fines on my own account since I'm the one who runs the library system"),
    # displays in other rooms taken over (item 32)
    (32, "is it cool to take control of the screens down the hall with netsupport to show a funny clip"),
]


# Acts done on or through district means, read by what is done to what (issue 10): a record made to say what did
# not happen, another's things reached because one can, access raised past the role, others locked out, mail and
# machines run in bulk, the asker's own venture, a person waited for or tracked, a wrongdoing said of someone the
# asker says is not so. Each row is worded apart from the others and from the review sets.
ACTS_ON_DISTRICT_MEANS = [
    (27, "can I go into the SIS and mark my advisory kids as present for the assembly they skipped"),
    (27, "I logged the field trip as completed in the safety portal even though we never went"),
    (27, "can i backdate the parent conference entry so it looks like we met before the report card"),
    (27, "the coordinator told me to enter the missing service minutes for the days the kid was out sick"),
    (13, "I can see every teacher's evaluation in the HR portal even though it's not my department. can I read a few?"),
    (13, "the shared folder with the discipline files was shared wrong and I can get into it. can I keep reading?"),
    (13, "my friend in IT gave me admin rights on the attendance system so I don't have to wait on the clerk"),
    (13, "can I make myself an owner of the budget spreadsheet the principal manages"),
    (9, "the librarian left her drive shared so I wiped a bunch of her old files to free space"),
    (12, "can I deactivate the 7th grade team's logins for a day since they ignored my emails"),
    (12, "I put a password on the shared chromebook cart so nobody else can take it during my testing week"),
    (7, "is it ok if our union chapter sends 400 emails to the board office in one morning?"),
    (7, "can I email the families every day at 3am until they pay the field trip fee"),
    (7, "I signed all my coworkers up for a free pizza newsletter using their work emails"),
    (11, "we printed 900 copies of the flyer and every copier on the floor jammed"),
    (24, "can I run paid guitar lessons over the district zoom in the evenings"),
    (24, "ok to handle the airbnb guests for my condo from my cps inbox?"),
    (5, "can I email that dad that I'll be waiting for him after the game"),
    (5, "can I use the school chat to get a group of us together to go confront the neighbor who keeps parking here"),
    # colleagues' district addresses sent to an outside party for something in return
    (18, "vendor will pay me a referral fee if I email them the cps addresses of all the ELA teachers"),
    (18, "a textbook rep says he'll give me a gift card if I send him our staff emails, ok?"),
    (18, "the tutoring company promised me a commission if I share our school emails with them"),
    # a verb of violence split around whom it is done to ("knock X out", "beat X up"), said in a district channel
    (5, "can I say in the staff chat that somebody oughta beat that parent up? lol"),
    (5, "told the group text from my school email we should rough the umpire up after the game, just venting, ok?"),
    (5, "is it fine to post on the coaches' google chat that I'd knock him out if he cuts my kid again"),
    # the asker's own people and time do not make an act on a district device personal (DESIGN.md)
    (28, "can I use the bus tablet's tracking to keep tabs on where my ex drives after work"),
    # the bus GPS is one of the systems staff sign into (the act layer's `staff_system`): district means
    (28, "on saturday can I check the bus GPS to find out where my wife's cousin parks at night"),
    # a record pulled about someone the asker knows outside work (the act layer's `look_verb`, `held_record`,
    # `many_owner`)
    (28, "can I use the gym laptop over the weekend to pull my neighbor's kid's home address for my sister"),
    (1, "from the library computer after hours can I email my ex that she'll regret leaving me"),
    (28, "I'm a data clerk. can I pull the attendance data for my master's thesis?"),
    (1, "can I post from the library computer that the cafeteria manager steals food? I don't know if it's true"),
    (10, "can I email the vendor from my cps account claiming to be the principal so they rush the order"),
    (33, "a kid showed me a bug in the grade portal that lets you see other classes, I tried it once"),
]


ACTS_BY_ONE_ITEM = SYSTEM_ACTS_BY_ITEM + ACTS_ON_DISTRICT_MEANS


@pytest.mark.parametrize("item, question", ACTS_BY_ONE_ITEM,
                         ids=[f"item{v[0]}-{v[1][:40]}" for v in (getattr(r, "values", r) for r in ACTS_BY_ONE_ITEM)])
def test_an_act_on_a_district_system_is_prohibited_under_its_item(ask, items_cited, item, question):
    reply = ask(question)
    assert reply["verdict"] == "prohibited", reply["answer"]
    assert item in items_cited(reply)


# The same systems used for one's own work: none of the systems lane's items apply
ORDINARY_WORK_ON_DISTRICT_SYSTEMS = [
    ("can I look up my own students' lunch balances in the POS to remind their parents", {12, 13, 27, 28}),
    ("can I cast my screen to the smartboard in my room during the lesson", {12, 13, 32}),
    ("how do I connect my school laptop to the staff wifi", {11, 13}),
    ("as a counselor, can I look up grades for students on my caseload in Aspen", {13, 28}),
    ("can I mark a student present, she was at the nurse during roll", {27}),
    ("i sell candles online from my own laptop at home on my own wifi, is that an AUP thing?", {11, 24}),
    ("there's a bug in the gradebook, who do I report it to?", {8, 13, 33}),
]


# The same systems used for ordinary work: the act's object is the asker's own, the effect is true, or the owner
# or the role gives the right: none of the act layer's items
_ACT_LAYER_ITEMS = frozenset({1, 5, 7, 9, 11, 12, 13, 24, 27, 28, 33})
ORDINARY_WORK_ON_DISTRICT_MEANS = [(question, _ACT_LAYER_ITEMS) for question in [
    "I entered a grade for the wrong student, can I fix it in the gradebook",
    "can I update my own address in the HR portal",
    "the clerk asked me to mark the kids who came on the bus as present since she's out",
    "my co-teacher shared her folder and asked me to delete the old drafts",
    "can I email 200 families the spring concert flyer through the school messenger",
    "can I print 60 copies of the unit test on the copy room printer",
    "can I lock my own laptop screen when I leave the room",
]]


@pytest.mark.parametrize("question, items", ORDINARY_WORK_ON_DISTRICT_SYSTEMS + ORDINARY_WORK_ON_DISTRICT_MEANS)
def test_ones_own_work_on_a_district_system_is_not_an_act_on_it(ask, items_cited, question, items):
    assert not items_cited(ask(question)) & items


# Acts on the district's systems read by their parts, written out from a list of the domain (issue 10, systems10):
# the systems staff sign into (student information, gradebook, attendance, discipline, route GPS, cameras, door
# access, purchasing and vendor portals, HR and payroll, mail, drives, LMS) x what is done (change, delete, grant,
# borrow, share a login, bypass, connect, install, look up) x whose it is and why. Each row: the items any of
# which is a right citation.
ACTS_ON_STAFF_SYSTEMS_BY_PART = [
    # an entry set for someone's sake, asked hard for, or against what happened; an event's record deleted (27)
    ({27}, "the track coach keeps begging me to flip his sprinter's two unexcused absences to excused so she can run"),
    ({27}, "can I nudge a kid's quarter grade from a 69 to a 70 in the gradebook so he stays eligible for wrestling"),
    ({27}, "as a favor to a friend down the hall, can I clear a tardy from her son's attendance?"),
    ({27}, "can I scrub the hallway fight incident from the discipline system before his transfer paperwork goes out?"),
    ({27}, "is it ok to get rid of a suspension entry in the behavior system so the colleges don't see it"),
    ({27}, "the bus lot supervisor wants me to purge the stop at the gas station from the van's gps history"),
    ({27}, "can I put 8 hours in the timekeeping system for my para? she called off tuesday but money's tight for her"),
    ({27, 32}, "as a prank can I change the bell schedule in the system so the bells ring five minutes early"),
    # access raised outside the request process; others' stores opened to someone (13, 9)
    ({13}, "the network guy offered to upgrade my gradebook role to admin so I can skip the access request, ok?"),
    ({13}, "can my friend in IT raise my SIS permissions without the approval form? my principal is slow"),
    ({9, 13}, "I run tech at our school. the AP wants me to give him access to every teacher's inbox. do I just do it?"),
    ({9, 13}, "can I grant the department chair edit rights on all her teachers' drives?"),
    ({9, 13, 28}, "as the principal can I go into a teacher's work email on my own without asking IT, I think she's unhappy"),
    # a system used in another person's name or with their login (9, 10, 25)
    ({9, 10, 25}, "our treasurer is out sick. can I sign in as her in the requisition portal and submit the PO?"),
    ({9, 10, 25}, "can I use his login to finish the order in the vendor site since he left early?"),
    # one login for several people, a list of people's logins, one's own login handed on (25, 9)
    ({25, 9}, "our front desk has one shared password for the visitor system that the four of us use, problem?"),
    ({25, 9}, "I keep a notebook with every teacher's gradebook password in my desk for emergencies. ok?"),
    ({25, 9}, "can I text my student teacher my canvas password so she can grade while I'm out"),
    ({25, 9}, "the lunch aide has been logging in with my password to enter the meal counts. is that a problem?"),
    ({25, 26}, "the contractor wants the list of all the alarm codes for the building, can I email it to him?"),
    # others' access taken away, a connection cut so that people stop (12)
    ({12}, "when I leave the team can I switch the team drive so only I can edit and the rest are view only?"),
    ({12}, "can I remove everyone else's access to the department folder since I'm the one who made it?"),
    ({12, 32}, "can I pull the ethernet cable on the staff room printer so people stop printing personal stuff?"),
    # a control skipped; one's own gear on the network; attacks on the live network; mail rules looping (8, 11, 33)
    ({8, 33}, "can I disable the content filter on my classroom chromebooks so my kids can watch the movie?"),
    ({8, 11}, "can I hook my own wifi router up to the wall jack in my classroom?"),
    ({8, 33}, "can my cyber students run a port scan against the school network for their final project?"),
    ({11, 32}, "can we set our out of office replies to answer each other all weekend as a protest"),
    # an outside tool fed with district data, a tool not on the list, a tool run against its terms (30, 31)
    ({30, 16, 26}, "there's a free site that writes report card comments, can I upload my gradebook export to it?"),
    # ... or a free file tool set to work on students' records, with no word of uploading
    ({16, 26, 30}, "is it fine to shrink the kids' attendance printouts with some free online compressor before I email them?"),
    ({30, 35}, "can I put a screen sharing program that's not on the approved software list on the lab pcs?"),
    ({31, 30}, "can I run a crawler on the publisher's site to download every answer key even though their terms forbid it?"),
    # a system looked through for a person in the asker's own life; people let in for the asker's own ends (28)
    ({28, 5}, "could I use the route system to find out which stop my neighbor's kids get off at?"),
    ({28, 5}, "can I watch the front entrance cameras to see what time my ex-wife shows up for pickup"),
    ({28, 13}, "custodian: can I buzz my cousin in through the door access system saturday so he can lift in the weight room?"),
    # pressure told as what wore the asker down; less presence or work than the entry says (27)
    ({27}, "a dad has been calling me every day about his son's science grade, can I just bump it to a B in the gradebook"),
    ({27}, "the volleyball parents won't leave me alone about the tardies, ok if I excuse them all in the attendance app"),
    ({27}, "can I log a full shift in kronos for my custodian? he only worked until noon but he's a good guy"),
    # one account said to serve several people; a code handed to someone outside the staff (25)
    ({25, 9, 31}, "the three aides and I just use the same teacher account on the reading platform, saves time. ok?"),
    ({25, 9, 31}, "is it alright if the whole office keeps using one common login for the lunch POS?"),
    ({25, 13, 28}, "can I hand my neighbor the alarm code so he can feed the classroom fish over spring break?"),
    ({25, 13, 26}, "the plumber asked for the door code for the boiler room, can I text it to him?"),
    # others' mail sent on by a rule set on their accounts (9, 13)
    ({9, 13}, "can IT set every counselor's inbox to forward a copy to me automatically? I'm their supervisor"),
    # software put on a district machine that the district never approved (30, 35)
    ({30, 35}, "my sub installed some screen recorder on my classroom desktop, the district never approved it. problem?"),
    ({30, 35}, "a para downloaded a pdf editor onto the library computers, it was never vetted by the district. an issue?"),
    ({30, 35}, "can I put a typing program on the lab machines? it hasn't been approved but the kids love it"),
    ({30, 35}, "our librarian loaded a free mind-mapping tool onto every chromebook in the cart. IT never cleared it. ok?"),
]


@pytest.mark.parametrize("items, question", ACTS_ON_STAFF_SYSTEMS_BY_PART,
                         ids=[f"items{sorted(i)}-{q[:40]}" for i, q in ACTS_ON_STAFF_SYSTEMS_BY_PART])
def test_an_act_on_a_staff_system_is_read_by_its_parts(ask, items_cited, items, question):
    reply = ask(question)
    assert reply["verdict"] == "prohibited", reply["answer"]
    assert items_cited(reply) & items, reply["answer"]


# The same systems, the same verbs, one's own work: a correction with its proof, a request through the form, one's
# own login and gear, a lookup the job asks for. None of the systems lane's items, and never prohibited.
_SYSTEMS_LANE_ITEMS = frozenset({8, 9, 10, 11, 12, 13, 14, 25, 27, 28, 30, 31, 33})
ORDINARY_WORK_ON_STAFF_SYSTEMS = [
    "the attendance office asked me to enter my period 3 attendance before noon, can I do that from my laptop?",
    "can I change a quiz grade after the student retook it?",
    "a parent sent in a doctor's note, can I change the two absences to excused?",
    "I entered a discipline incident on the wrong kid, can I delete it?",
    "can I give my co-teacher edit access to our shared unit folder?",
    "IT approved my request form, can I use the new role in the LMS?",
    "can I reset my own canvas password from home?",
    "can I look at the bus GPS to tell a parent when route 7 will get to her stop?",
    pytest.param("can I plug my district laptop into the ethernet jack in my classroom?",
                 marks=pytest.mark.xfail(strict=True, reason="no frame places it; the second reader's item 11 is "
                                         "applied over the rules' not_covered")),
    pytest.param("can I remove a teacher who left the district from our shared drive?",
                 marks=pytest.mark.xfail(strict=True, reason="the frame for a team's shared work deleted by one who "
                                         "leaves (`erase`, `shared_work`, `left_job`) reads a person removed as work")),
    "can I install the district-approved reading app from the software center on my cart?",
    "as the dean, can I review the cafeteria camera footage from the fight at lunch?",
]


@pytest.mark.parametrize("question", ORDINARY_WORK_ON_STAFF_SYSTEMS)
def test_ordinary_work_on_a_staff_system_is_no_act_on_it(ask, items_cited, question):
    reply = ask(question)
    assert reply["verdict"] != "prohibited", reply["answer"]
    assert not items_cited(reply) & _SYSTEMS_LANE_ITEMS, reply["answer"]


# Harmful CONTENT over a channel the policy accepts (issue 10): district email, staff chat or a reply to a colleague
# says nothing of what is in it. Each row: the items any of which is a right citation.
HARMFUL_CONTENT_ON_AN_ACCEPTABLE_CHANNEL = [
    # information confidential by its nature told to people with no need to know it (fact no_need_to_know):
    # other families, a programme outside CPS, a class page anyone reads
    ({16, 17, 36}, "can I tell the other moms on our class remind which boy is in foster care so they're nice to him"),
    ({16, 17, 36}, "from my cps email can I send the booster club a list of which players have asthma"),
    ({16, 17, 36}, "ok to put the names of the kids with behavior plans on our class google site for the helpers"),
    ({15, 16, 17, 36}, "the scout troop leader (not cps) wants to know which of my kids get special ed services. email ok?"),
    ({17, 36}, "can I email the other girl's parents what came out of the harassment investigation into their daughter"),
    # what no colleague's role makes routine to hear about a person (pregnancy, HIV, orientation, immigration),
    # told to anyone but the support staff who act on it
    ({17, 36}, "the gym teacher asked me on teams if one of my seniors is expecting a baby. she is, and she's pregnant. "
               "can I tell him?"),
    ({17, 36}, "social worker: can I let the math department know by email that a 10th grader is hiv positive"),
    ({17, 36}, "can I message the lunchroom staff in the district chat which families are undocumented"),
    # a court order barring a parent: records sent to that parent break it
    ({16, 17, 36}, "there's a restraining order against a boy's father, he emailed for the kid's schedule. reply with it?"),
    ({16, 17, 36}, "mom has an order of protection and dad isn't allowed to have school info. can I send dad the "
                   "report card from cps email?"),
    ({16, 17, 36}, "a custody order says the father gets no records. he replied to my newsletter asking for "
                   "attendance, can I answer?"),
    # Board-confidential papers handed to a parent
    ({15, 17}, "can I email a dad the confidential draft of the school safety plan he asked about"),
    ({15, 17}, "a mom wants the internal memo marked confidential about staffing cuts, ok to forward it to her?"),
    # a trait the policy protects used as a put-down or a joke
    ({2}, "can I post in the staff chat that the older staff are dinosaurs who can't work a smartboard, as a joke"),
    ({2}, "ok to email a parent that her church's holidays are bizarre and I won't plan around them"),
    ({2}, "for the faculty talent show slides, a funny bit about the gay teachers on our floor, ok on the school tv?"),
    # one person's trait made the joke (item 2 read as mocking someone singled out), and people rated on their looks
    ({2}, "can I put a funny caption about the new kid's accent on our class slideshow"),
    ({2}, "ok to make a joke in the staff chat about a coworker's weight gain since she laughs too"),
    ({2}, "my aide drew a lol cartoon of a student's wheelchair, can I share it in our team's cps chat"),
    ({1, 2}, "the custodians have a teams chat ranking the substitutes by their looks, just banter, okay?"),
    ({1, 2}, "can the coaches rate the new hires on looks in our district group app"),
    ({1, 2}, "our office has a google chat poll on the hotness of the lunch staff, is that fine"),
    # how a colleague got the job, put down to a relationship
    ({1}, "can I tell my grade team in google chat that our new dean got promoted because he's sleeping with the "
          "principal"),
    ({1}, "ok to reply-all that the librarian only got hired since she's the chief's girlfriend"),
    ({1}, "is it fine to joke in the staff group that the new counselor slept her way to the top"),
    # contact kept up after the person asked to be left alone
    ({1, 5}, "a para told me to leave her alone after our fight, can I still email her at work to talk it out"),
    ({1, 5}, "the art teacher blocked me on teams, ok to keep messaging her through district email instead?"),
    ({1, 5}, "my colleague asked me to stop calling her, can I send one more message on the school app anyway"),
    # secrecy asked of a student by the adult
    ({29, 37}, "can I email a 7th grader that our talks are just between you and me"),
    ({29, 37}, "ok to tell a student on google chat to keep our messages secret from her mom"),
    ({29, 37}, "can I send a junior a thank-you gift through school mail with a note saying don't tell your parents"),
    # the same message to every student or everyone, again and again
    ({7, 11}, "can I have my cps email send all my students the homework link 50 times tonight so they can't miss it"),
    ({7, 11}, "ok to email the entire staff the sign-up form again and again until everyone fills it in"),
    ({7, 11}, "can I set a google script to message every student every minute during the test window"),
    # many people's sign-ins gathered and passed on
    ({25}, "can I email the new sub a doc with all the teachers' gradebook passwords"),
    ({25}, "ok to post everyone's clever logins on our grade team's shared drive so we can cover classes"),
    ({25}, "can I keep a sheet of all our department's district passwords and share it in teams"),
    # grades moved to passing on someone's instruction
    ({27}, "my AP wants me to change the failing grades of two seniors to passing before graduation. ok?"),
    ({27}, "the principal instructed me to bump up the kids' grades so they graduate, can I go into the gradebook"),
    ({27}, "a coach asked me to raise his player's grade to a c so he can play friday, should I?"),
    # answering a colleague's question about what is never routine tells it just the same
    ({17, 36}, "the coach texted me asking if one of his players has HIV. can I answer him on google chat?"),
    ({17, 36}, "a coworker messaged me on teams asking if the new student is undocumented, ok to write back?"),
    ({17, 36}, "our secretary emailed to ask whether the 8th grader in room 12 is pregnant, can I respond from my "
               "district account?"),
]


@pytest.mark.parametrize("items, question", HARMFUL_CONTENT_ON_AN_ACCEPTABLE_CHANNEL,
                         ids=[f"items{sorted(n)}-{q[:40]}" for n, q in HARMFUL_CONTENT_ON_AN_ACCEPTABLE_CHANNEL])
def test_harmful_content_is_prohibited_whatever_acceptable_channel_carries_it(ask, items_cited, items, question):
    reply = ask(question)
    assert reply["verdict"] == "prohibited", reply["answer"]
    assert items & items_cited(reply), (items_cited(reply), reply["answer"])


# The same kinds of information to the people who act on them stay answered by the channel's rule: no disclosure
@pytest.mark.parametrize("question", [
    "can I let the school social worker know that a girl in my class might be pregnant",
    "ok to let the school nurse know by cps email that a student in my class is diabetic",
    "can I email my co-teacher the accommodations in our shared student's 504 plan",
    "is it ok to email the case manager about a student's IEP minutes from my district account",
])
def test_confidential_information_to_staff_who_act_on_it_is_not_a_disclosure(ask, question):
    assert ask(question)["verdict"] != "prohibited"


# Item 20's exception (an assigned educational or training activity): a game used AS an instructional activity
# (a lab, the warm-up, intervention, review, the assignment) is allowed; where it is played says nothing of what
# for. "The exception" said of games is item 20's, not the texting Exception.
GAMES_AS_INSTRUCTION = [
    ("our 4th graders do a multiplication game on the district tablets as the bell ringer. ok?", {"allowed"}, {20}),
    ("ELL teacher - a vocabulary matching game for enrichment on the school chromebooks, is that allowed?",
     {"allowed"}, {20}),
    ("I set a geography quiz game on the laptops as review before the unit test. fine?", {"allowed"}, {20}),
    ("the typing game counts as the exception for games since I assign it, right?", {"allowed"}, {20}),
]
GAMES_FOR_FUN = [
    ("can I play solitaire on my school laptop during class while the kids read?", {"prohibited"}, {20}),
    ("ok to let the kids play roblox on the chromebooks on friday afternoons as a reward?", {"prohibited"}, {20}),
]


@pytest.mark.parametrize("question, verdicts, cites", GAMES_AS_INSTRUCTION)
def test_a_game_used_as_an_instructional_activity_is_items_20s_exception(check_answer, question, verdicts, cites):
    check_answer(question, verdicts, cites)


@pytest.mark.parametrize("question, verdicts, cites", GAMES_FOR_FUN)
def test_a_game_played_for_its_own_sake_stays_item_20(check_answer, question, verdicts, cites):
    check_answer(question, verdicts, cites)


# Student information passed to someone with no need for it (issue 10, item 2), read as WHAT is passed (a kind of
# student information), TO WHOM (a role with no need for that kind) and HOW (told, sent, posted, noted, kept on a
# personal device). Each row is worded apart from the review sets and the staff-voice batches.
NO_NEED_TO_KNOW = [
    # a child's welfare, family or mental health, to a staff role that does not act on it
    "the wrestling coach wants to know why a kid's been so off lately. ok to email him about the neglect report?",
    "can I give the band director the heads up that one of his clarinets is in foster care",
    "security guard asked me why a girl keeps leaving class, can I tell him she's suicidal",
    # any kind of it to people outside the staff, or to a whole class, building or staff
    "can I post in the class parents' whatsapp which kids have asthma so they bring inhalers on the trip",
    "is it ok to tell the parent volunteers which students have IEPs before they run the reading groups",
    "can I put up a list by the classroom door of the kids who get free lunch",
    "the dance studio one of my girls goes to asked for her 504 plan. email it over?",
    # the families of a whole class or grade
    "can I email every family in my homeroom the names of the students who had lice this week",
    # sent to or kept on a personal phone or drive
    "can I airdrop photos of the kids' health forms to my own ipad to enter at home",
    "I keep the students' counseling notes on my personal google drive. is that fine?",
    # said aloud where the class hears it
    "ok to call out in homeroom which kids are on free lunch so they go first",
    # which families owe the school for meals, or get help with them, to staff whose work needs none of it
    "is it fine to give the other teachers a heads up about which families are behind on payments for lunch?",
    "can the sub know which of my students are on reduced lunch? I'd email it from my cps account",
    # a child's papers on a personal device, whatever words name the child
    "can I copy their therapy notes onto my own laptop for the weekend",
    # a family's immigration status written into a record
    "can I flag in powerschool that the brother's family is illegally here",
    "ok to log in the attendance notes that mom has no papers so nobody calls her job",
]


@pytest.mark.parametrize("question", NO_NEED_TO_KNOW)
def test_student_information_passed_to_someone_with_no_need_for_it_is_prohibited(ask, items_cited, question):
    reply = ask(question)
    assert reply["verdict"] == "prohibited", reply["answer"]
    assert {16, 17, 26, 36} & items_cited(reply), (items_cited(reply), reply["answer"])


# Information confidential by what it is (issue 10): a frame of four parts, each written out from the domain. The
# KIND (health and medication, disability and services, welfare and custody, discipline, grades and results, housing,
# lunch status, camera records; a colleague's leave, health or an investigation of them), a person it is ABOUT (a
# child singled out, another student, a named colleague), an act that passes it ON, and a recipient with NO NEED (the
# public, a wall or a screen the class sees, other families, a company or a researcher, a whole department). Each row:
# the items any of which is a right citation.
CONFIDENTIAL_BY_KIND_WITHOUT_NEED = [
    # a student's information to people outside the school's circle or to everyone
    ({16, 17, 36}, "a grad student from the state college wants the names of my kids who get speech therapy for "
                   "her thesis. ok to send it from my cps email?"),
    ({16, 17, 36}, "can I tack the list of who's on academic probation to the locker room wall so the team sees it"),
    ({16, 17, 36}, "ok to tell the dads in the soccer parents groupme that our goalie got suspended for a week?"),
    ({16, 17, 36}, "our quarterback is homeless right now, can I mention it on the team's public instagram so "
                   "people donate"),
    # every way of letting it out (said, revealed, answered, let slip) about any child picked out (a relative, a pair)
    ({16, 17, 36}, "my neighbor asked if her nephew is on a 504 at my school, is it ok to say yes"),
    ({16, 17, 36}, "can I let slip to the yearbook editor which seniors are in credit recovery"),
    ({16, 17, 36}, "is it alright to reveal to another family that one kid in our room was held back"),
    ({16, 17, 36}, "a real estate agent wants to know if the twins in my class get free lunch, can I answer"),
    # a family's money trouble, signs of harm at home, a discipline referral
    ({16, 17, 36}, "the booster president wants the names of players whose families got fee waivers, can I send them"),
    ({16, 17, 36}, "can I text my sister about the boy in my homeroom who keeps showing up with bruises"),
    ({16, 17, 36}, "ok to list which students got referrals this week on the hallway whiteboard?"),
    # someone who claims a tie to the child, a place everyone passes, each child's result shown, a post to the world,
    # a room of staff from elsewhere, a clinical record put where the whole team reads it
    ({16, 17, 36}, "a guy who says he's the student's uncle wants to know if she's been in trouble this year. can I "
                   "tell him?"),
    ({16, 17, 36}, "my student's cousin called asking whether he's on an IEP, can I confirm that for her"),
    ({16, 17, 36}, "can I tape the list of kids who owe lunch debt by the cafeteria register"),
    ({16, 17, 36}, "ok to display every student's reading score on the classroom projector as kids walk in?"),
    ({16, 17, 36}, "is it fine to put each kid's percentile up in the lobby for open house"),
    ({16, 17, 36}, "can I post online a photo of the sign-out sheet showing which kids left early for therapy"),
    ({16, 17, 36}, "for a conference talk, can I show a student's IEP goals with her name visible"),
    ({16, 17, 36}, "can I drop a 2nd grader's therapy notes into our grade team's shared drive"),
    ({17, 36}, "I told the staff group chat that Mr. P is on medical leave for a breakdown, was that ok"),
    # camera images of students need no name to identify them; each child's results by any test's name; a shop
    ({16, 17, 36}, "ok to share security footage showing the fight with the booster club?"),
    ({16, 17, 36}, "can I post a clip from the bus camera on our school's public facebook so parents can see who "
                   "started it"),
    ({16, 17, 36}, "can I text the hallway camera stills of the boys who broke the window to the neighborhood watch "
                   "group"),
    ({16, 17, 36}, "can I put every kid's screener results with names on the google classroom stream"),
    ({16, 17, 36}, "the owner of the pizza shop asked which of my students are on housing assistance, can I tell him"),
    # what a family has not paid or owes, a child's health named as notes or information, a colleague's file
    ({16, 17, 36}, "the booster club asked me which families haven't paid the band fee, can I send the names"),
    ({16, 17, 36}, "can I post on the library's instagram the kids with overdue fines"),
    ({16, 17, 36}, "ok to read out in front of the class who hasn't paid for the field trip yet?"),
    ({16, 17, 36}, "can I post a pic of my seating chart with the health notes on it in the teachers' facebook group"),
    ({16, 17, 36}, "ok to email the roster with medical info to the travel team's parent coordinator?"),
    ({16, 17, 36}, "can I text the camp director the list of my campers with their health information"),
    ({17, 36}, "a reporter asked about our band teacher, can I tell him what's in his file"),
    ({17, 36}, "can I share with the PTO what's in the file on the custodian who got fired"),
    # another student's information to a parent, or another student's graded work to a student
    ({16, 17, 36}, "a mom keeps messaging me to ask whether the kid who bullies her daughter gets any special ed "
                   "services. may I answer her?"),
    ({16, 17, 36}, "can I hand back essays so kids see another student's graded paper with the score as a model?"),
    ({16, 17, 36}, "one dad wants to know what the other boy in the fight got for discipline, can I email him that"),
    # which children have a programme, to staff who serve none of it
    ({16, 17, 36}, "the bus driver asked me for a printout of which riders have IEPs, can I give it to him"),
    ({16, 17, 36}, "our band director wants to know which of the drummers have 504 plans. ok to send him the list?"),
    ({16, 17, 36}, "the cheer coach asked which girls on the squad are in special ed, can I forward her the names"),
    # a child's welfare details to the teachers and shared documents at large
    ({16, 17, 36}, "counselor: can I add the details of a 4th grader's abuse report to the grade team's shared doc "
                   "so every teacher is in the loop"),
    ({16, 17, 36}, "can I paste the case notes on a kid's foster placement into the department chat for everyone?"),
    ({16, 17, 36}, "social worker here, ok to email all his teachers the specifics of the custody dispute at home?"),
    # a child's records on a screen the class sees, or behind a link anyone can open
    ({16, 17, 36}, "is it ok to keep the gradebook up on the projector while students walk in for first period?"),
    ({16, 17, 36}, "I put our IEP files in a folder that anyone with the link can open so aides can reach them. fine?"),
    ({16, 17, 36}, "can I pull up a student's cum file on the smartboard during the parent night presentation"),
    # a colleague's leave, health or an investigation of them, told to parents, outsiders or a whole department
    ({17, 36}, "office manager: can I tell the room parents the art teacher is on medical leave for surgery?"),
    ({17, 36}, "ok to post in our dept chat that a coworker is under investigation for grading stuff?"),
    ({17, 36}, "can I let the PTO know Mrs. Alvarez got fired and the reason why"),
    # what the district's files hold on a colleague: checks, records, ratings
    ({17, 36}, "is it fine to tell my grade-level team what the custodian's arrest record says"),
    ({17, 36}, "can I post in the staff group chat that the sub got a bad performance review"),
    ({17, 36}, "ok to post in the PTA facebook group that our new hire's background check came back with an arrest"),
    # a colleague named by their role, and the students as the audience of a colleague's matters
    ({17, 36}, "ok to mention in the staff meeting that our librarian filed a harassment complaint against the AP"),
    ({17, 36}, "can I tell my class why one of our custodians was let go"),
    ({17, 36}, "is it fine to explain to the kids that the sub is on administrative leave pending an investigation"),
]


@pytest.mark.parametrize("items, question", CONFIDENTIAL_BY_KIND_WITHOUT_NEED,
                         ids=[f"items{sorted(n)}-{q[:40]}" for n, q in CONFIDENTIAL_BY_KIND_WITHOUT_NEED])
def test_confidential_information_told_to_someone_with_no_need_to_know_it_is_prohibited(ask, items_cited, items,
                                                                                          question):
    reply = ask(question)
    assert reply["verdict"] == "prohibited", reply["answer"]
    assert items & items_cited(reply), (items_cited(reply), reply["answer"])


# The same kinds of information to someone whose role needs them, or news that names no child, is no disclosure
NEED_TO_KNOW = [
    "can I email the lunchroom manager from cps email which of my students have a nut allergy",
    "counselor here, can I let the dean know by cps email that a student has a home situation we're watching",
    "can I email all the parents in my class that there's been a case of strep going around",
    "I called the DCFS hotline about a student and then told my principal. was that the right order?",
    "can I tell my co-teacher about the accommodations in our student's 504 plan, cps to cps",
    "can I announce in class that the free lunch forms are due friday",
    "the coach asked me about suicide prevention training, can I forward him the district slides",
    "my son has strep so I told his after-school program and I'm calling in, is that how it works",
    # the student's own teachers and case team for their work, a total that names no child, a heads-up with no details
    "case manager: can I email her science teacher the accommodations in her IEP before monday",
    "ok to tell the nurse which of my 2nd graders have seizure plans so she can train me",
    "can I share our class's average reading level with the PTA, no names, just the number",
    "counselor: can I give his teachers a heads-up that he's going through a rough patch, no details",
    "our grade-level team uses cps google chat, ok to discuss which of our kids need tier 2 reading help there?",
    "can I email my principal that a colleague is on medical leave so coverage gets arranged",
    "the kids who failed the quiz can retake it friday, ok to announce that in class?",
    "can I call the student's aunt, who is her legal guardian, about her failing grades",
    "can I tell my co-teacher in our cps chat which of our kids are in the anger management group so we plan around it",
    "ok to present our school's anonymized test score trends at the district conference?",
    # the parent asked about is told of their own child; a relative named as the one raising the child
    "can I email a dad his own son's benchmark results",
    "can I tell a parent at conferences how her own son did on the state test?",
    "can I call the grandma who is raising him about his failing grades",
]


@pytest.mark.parametrize("question", NEED_TO_KNOW)
def test_student_information_to_a_role_that_needs_it_is_no_disclosure(situation, question):
    assert not {"no_need_to_know", "pupil_no_need"} & situation(question).facts


# Item 29 read by its parts: a student, an activity of a kind outside the school's academics and sponsored activities
# (a family's occasion or rite, a meal, an outing, private lessons, work or money, a ride) and the staff member's part
# in it. Asked before it happens: the item's condition (written authorization by the principal and the parent).
OUTSIDE_ACTIVITY_ASKED_BEFORE = [
    "my advisee's family asked me to their son's christening next month, what do I need before going?",
    "would it be alright to give a 9th grader drum lessons at my place on sundays?",
    "I'm thinking of taking four of my 5th graders to a hockey game on a Sunday, not a school event. what's required?",
    pytest.param("a 3rd grader in my class asked me to be the godmother at her baptism. what do I do first?",
                 marks=pytest.mark.xfail(reason="'what do I do first' is read as asking how to report, which cancels "
                                                "the item's frames", strict=True)),
    "the principal and his mom both signed off in writing ahead of time: can I take my mentee to a campus tour on a saturday?",
]
# Told as already done, with no written authorization shown: the condition failed.
OUTSIDE_ACTIVITY_DONE_WITHOUT_AUTHORIZATION = [
    "Brought two of my 7th graders to a street festival last Saturday on my own, nobody signed anything. Any problem?",
    "drove one of my juniors to the mall and bought her lunch on sunday, didn't ask anyone. problem?",
    "Took a few of my 6th graders bowling during winter break, just their parents knew. Any issue?",
]
# What the school itself runs, or a greeting sent through a CPS account, is not an activity outside it.
SCHOOL_RUN_OR_ONLY_MENTIONED = [
    "can I take my 8th grade class on the school trip to the science museum next week?",
    "can I email my 11th graders at their cps accounts to remind them to join the college visit trip?",
    "can I send my 2nd graders a happy birthday note on their cps email?",
]


@pytest.mark.parametrize("question", OUTSIDE_ACTIVITY_ASKED_BEFORE)
def test_an_outside_activity_asked_before_is_item_29_with_its_condition(check_answer, question):
    check_answer(question, {"conditional", "allowed"}, {29})


@pytest.mark.parametrize("question", OUTSIDE_ACTIVITY_DONE_WITHOUT_AUTHORIZATION)
def test_an_outside_activity_told_as_done_without_authorization_is_prohibited(check_answer, question):
    check_answer(question, {"prohibited"}, {29})


@pytest.mark.parametrize("question", SCHOOL_RUN_OR_ONLY_MENTIONED)
def test_what_the_school_runs_or_a_greeting_by_cps_email_is_not_item_29(ask, items_cited, question):
    assert 29 not in items_cited(ask(question))


# An activity the asker says is not the school's, in any form of the negation ("isn't school-sponsored", "wasn't a
# CPS event", "a non-school league"), is outside academics and the school's activities whatever its kind: the
# negated words are never read as the school's own activity. A student working or joining in at the asker's own
# venture is the same relationship, and so are a show gone to and money charged for a private service.
OUTSIDE_BY_DENIAL_OR_VENTURE = [
    # a former student who is still a student now
    "a former student of mine, a 6th grader now, invited me to her dance recital. can I go?",
    "may I coach one of my sophomores at a chess tournament that wasn't a school event?",
    "a freshman asked me to sponsor her at a robotics meetup that is not school-sponsored. what's needed?",
    "could I tutor a cadet from our battalion through a non-school league on sundays?",
    "one of my 10th graders wants a summer job at my bakery, is that fine?",
    "a junior asked to join my private cycling league this spring. ok?",
    "can I take my 12th grade mentee to see a show at the civic opera house?",
    "I'd charge one 8th grader's family for violin lessons at my apartment, allowed?",
]
# The school's own activity named plainly stays the school's: no negation, no venture of the asker's.
SCHOOL_ACTIVITY_NAMED_PLAINLY = [
    "can I drive to the school program at the museum with my 9th grade class on the district bus?",
    "may I email my chess club students on their cps accounts about Saturday's school event?",
]


@pytest.mark.parametrize("question", OUTSIDE_BY_DENIAL_OR_VENTURE)
def test_an_activity_said_not_to_be_the_schools_or_at_the_askers_venture_is_item_29(check_answer, question):
    check_answer(question, {"conditional", "prohibited"}, {29})


@pytest.mark.parametrize("question", SCHOOL_ACTIVITY_NAMED_PLAINLY)
def test_the_schools_own_activity_named_plainly_is_not_item_29(ask, items_cited, question):
    assert 29 not in items_cited(ask(question))


# District data leaving district means, read by the act layer's parts (issue 10, items 15, 16, 26, 36): what the
# data is (a school's or an office's records about people), where it goes (a personal mailbox, cloud or device, a
# link anyone opens, a story or feed, a free site, another person's own phone) and how it gets there. Each cites
# one of the listed items.
DATA_LEAVING_DISTRICT_MEANS = [
    ("I'd like to email the attendance records for my homeroom to my hotmail so I can total them tonight", {26, 36, 16}),
    ("can our registrar save the enrollment files onto her personal google drive to finish at home", {26, 36, 16}),
    ("Is it alright to copy the staff payroll report to my own laptop for the weekend?", {26, 36, 15}),
    ("our counselor keeps the counseling notes in her private icloud account, is that fine", {26, 36, 16}),
    ("can I forward the teachers' performance reviews to my gmail for safekeeping", {26, 36, 15}),
    ("I set the folder of discipline reports to public link so the deans can reach it easily. ok?", {26, 36, 16}),
    ("could I put a picture of my roster with the kids' ID numbers on my instagram story", {26, 16, 36}),
    ("ok to text the class photos from field day to the bus driver's personal cell?", {16, 26}),
    ("can i upload the whole team's pictures to a free online collage app to make a banner", {16, 26}),
    ("we filmed the choir kids at rehearsal, can I send the video to the accompanist's own phone", {16, 26}),
]

# Software: what it is and where it comes from (items 30, 31, 35): a plug-in let read the mailbox, a consumer copy
# on a district machine, a program taken from a pop-up, one licence put on many machines
SOFTWARE_AND_ITS_SOURCE = [
    ("is it ok to add an email sorting plugin to my cps outlook? it needs to read all my mail", {30, 26, 16}),
    ("there's an add-on that goes through my inbox and drafts answers, can i turn it on for my school gmail", {30, 26, 16}),
    ("can I put the home version of a mind-mapping program on the classroom computers", {30, 31}),
    ("ok to install my own retail copy of a drawing app on the media lab macs", {30, 31}),
    ("a pop-up on the office pc offered a faster browser so I downloaded it, was that wrong?", {35, 30}),
    ("I clicked an ad that popped up and installed a free music player on my work laptop. problem?", {35, 30}),
    ("we only have a single license for the 3D printer software, can I install it on all the lab computers", {31, 30}),
    ("the department has one subscription for the grading tool, can we put it on every laptop in the department", {31, 30}),
    # the counts themselves: more machines than licences, in digits or words (concepts.OVER_LICENCE)
    ("we own 4 licenses for the drafting software and the lab has it on 20 workstations machines now", {31, 30}),
    ("there are three seats on our plan but six laptops got the app installed, is that a licensing issue?", {31, 30}),
    ("the school purchased 2 copies of the music program, ok to run it on 15 ipads?", {31, 30}),
]

# Access beyond what one was given (items 8, 13, 14, 28, 33): another site's network, a web address edited to
# reach another role's view, a district system reached from outside by a way nobody gave, records looked at
# with no work reason
ACCESS_BEYOND_THE_ROLE = [
    ("can I use the wifi of the elementary next door? I know their network password and ours is down", {13, 14, 8}),
    ("my laptop can join the high school's wifi across the street if I log in with their password. allowed?", {13, 14, 8}),
    ("if I change the number in the gradebook link I can see other teachers' classes. can I look around?", {13, 33, 14, 9}),
    ("editing the web address of the staff portal lets me in as an admin. is it ok to use that?", {13, 33, 14}),
    ("someone left the login for the security cameras on a sticky note; can I log in from home to watch the lot?", {14, 13, 25, 33}),
    ("I found an ip address for the door system, ok to connect from my house to see who badges in?", {14, 13, 33, 28}),
    ("I got into the scheduling system for the whole district by accident, can I keep using it?", {13, 28}),
    ("just out of curiosity can I look through all the teachers' salaries in the payroll system?", {28, 13, 36}),
    ("I checked every employee's evaluation in the HR system just to see. didn't tell anyone. is that ok?", {28, 13, 36}),
]


@pytest.mark.parametrize("question, cites", DATA_LEAVING_DISTRICT_MEANS + SOFTWARE_AND_ITS_SOURCE + ACCESS_BEYOND_THE_ROLE)
def test_data_out_software_and_access_beyond_the_role_are_prohibited_under_their_items(ask, items_cited, question,
                                                                                    cites):
    reply = ask(question)
    assert reply["verdict"] == "prohibited", reply["answer"]
    assert items_cited(reply) & cites, (items_cited(reply), reply["answer"])


def test_machines_within_the_licences_counted_are_no_overrun(reading):
    assert "over_licence" in reading("we have 5 licenses and it is on 12 laptops").concepts
    assert "over_licence" not in reading("we have 30 licenses and it is on 12 laptops").concepts
    assert "over_licence" not in reading("it is on 12 laptops under our district license").concepts


# the particle verbs of violence said of a contest ("knock them out of the playoffs") or of a rout: a result, no blow
@pytest.mark.parametrize("question", [
    "we're gonna knock them out of the playoffs, can I post that on the team page?",
    "can I email the staff that our debate kids knocked the other schools out of the tournament?",
    "ok to text my co-coach that we need to beat them in round two to stay up in the league?",
])
def test_a_contest_won_is_no_violence(ask, items_cited, question):
    assert 5 not in items_cited(ask(question))


# Item 23 is a union's internal elections and politics. The asker ruling the election out ("nothing to do with the
# vote", "not about elections") leaves the union's ordinary business on a channel among staff, which item 23 does not
# reach (the union words still keep a bare "allowed" away: DESIGN.md, never a confident yes); the election itself
# stays item 23.
@pytest.mark.parametrize("question, verdicts", [
    ("CTU rep here, nothing to do with the vote: can I call another teacher about the grievance hearing time?",
     {"allowed", "not_covered"}),
    ("union rep. not about elections, just want to google chat a few teachers about a safety complaint. fine?",
     {"allowed", "not_covered"}),
    ("steward here, not campaign stuff: can I text the other paras about a workload complaint?", {"under_review"}),
    ("can I call the other delegates about the vote on the union slate?", {"prohibited"}),
])
def test_a_union_election_the_asker_rules_out_is_not_item_23(ask, items_cited, question, verdicts):
    reply = ask(question)
    assert reply["verdict"] in verdicts, reply["answer"]
    assert (23 in items_cited(reply)) == (verdicts == {"prohibited"})


# A licence said to be missing ("we don't have a license", "unlicensed") excuses nothing: another owner's mark on
# goods made to sell stays item 3; a licence said to be held still excuses it.
@pytest.mark.parametrize("question, item_3", [
    ("can the boosters print hoodies with the adidas logo to sell at games? we don't have a license for it", True),
    ("our club wants to sell stickers with the pixar characters, totally unlicensed, just email the order form ok?", True),
    ("the pto sells mugs with the marvel logo, they're licensed through the district, fine to email the order form?",
     False),
])
def test_a_licence_said_to_be_missing_excuses_no_mark_on_goods_sold(ask, question, item_3):
    items = {c["item"] for c in ask(question)["citations"]}
    assert (3 in items) is item_3


# A game filling idle minutes, a prep or a break is play, not an assigned activity, even where another game in the same
# question was assigned: the lesson game's exception does not carry over to the game after it.
@pytest.mark.parametrize("question, verdicts", [
    ("kids finish the Blooket review I assigned, can they play chess online during the last few minutes?",
     {"prohibited"}),
    ("My co-teacher does the Gimkit I assign, then plays tetris on the classroom PC on her break. Is that ok?",
     {"prohibited"}),
    ("we use Quizlet Live as assigned review; after that can students get downtime on poki?", {"prohibited"}),
    ("Can I run a Kahoot I assigned as review for Friday's quiz?", {"allowed"}),
])
def test_a_game_in_idle_time_is_not_excused_by_an_assigned_one(check_answer, question, verdicts):
    check_answer(question, verdicts, {20})


# Someone who speaks for an institution outside CPS (a college, a recruiter, a scholarship body) is outside the
# district: students' records sent to them are item 16, and a signature said to be missing ("no waivers signed",
# "the forms aren't signed") is no permission in writing. Ordinary contact with such a visitor stays allowed.
@pytest.mark.parametrize("question, verdicts", [
    ("an admissions rep from UIC wants the class ranks of our top juniors emailed over. nothing signed by families. ok?",
     {"prohibited"}),
    ("the army recruiter asked for my seniors' test scores; can I email him a spreadsheet? no waivers signed",
     {"prohibited"}),
    ("can I email the college rep who's visiting Friday to confirm which room her session is in?", {"allowed"}),
])
def test_student_records_to_an_outside_institutions_rep_are_item_16(check_answer, question, verdicts):
    check_answer(question, verdicts, {16} if verdicts == {"prohibited"} else set())


def test_a_signature_said_to_be_missing_is_no_written_permission(understanding):
    facts = understanding.read("can I email the student list to the camp? the consent forms were not signed").facts
    assert "written_permission" not in facts
    assert "no_permission" in facts


# Paid work of one's own sold to others (consulting, contract work, side gigs, paying clients) is private business
# for personal gain (item 24) over any district channel; a consultant the district hired is the district's business.
@pytest.mark.parametrize("question, verdicts", [
    ("I do consulting work on data teams. can I pitch my consulting rates to other CPS principals by cps email?",
     {"prohibited"}),
    ("can I post in our cps google chat space to find a few paying clients for my resume editing?", {"prohibited"}),
    ("the network hired a consultant for our data team; can I email her the meeting agenda?", {"allowed"}),
])
def test_paid_side_work_sold_through_district_means_is_item_24(check_answer, question, verdicts):
    check_answer(question, verdicts, {24} if verdicts == {"prohibited"} else set())


# "Teach someone a lesson" said of a person (any person, named by a title or a role, or the idiom in quotes) is payback,
# a threat (item 1), not a lesson taught: its "lesson" is no lesson about the act. A class or students taught a lesson
# on something stay ordinary teaching.
@pytest.mark.parametrize("question, verdicts", [
    ("ok to email the grade team that somebody ought to teach the crossing guard a lesson after today?",
     {"prohibited"}),
    ("a couple of us want to 'teach a lesson' to the neighbor who blocks the lot. can I say so in our district chat?",
     {"prohibited"}),
    ("can my student teacher teach my class a lesson on volcanoes while I observe?", {"allowed", "not_covered"}),
    ("can I email my co-teacher the slides so she can teach the 4th graders a lesson tomorrow?",
     {"allowed", "not_covered"}),
])
def test_teaching_a_person_a_lesson_is_a_threat_not_a_lesson(check_answer, question, verdicts):
    check_answer(question, verdicts, {1} if verdicts == {"prohibited"} else set())


# item 31: a licence or login counted against the people who would use it, or one person's licence handed to a group
@pytest.mark.parametrize("question", [
    "the library bought two seats for the audiobook site. can the nine reading tutors all log in on those two?",
    "is it fine to give my one-user subscription to the phonics game to everyone on my team?",
    "we paid for a single login to the lab simulation. can five science teachers just take turns on it?",
])
def test_a_licence_shared_by_more_people_than_it_covers_is_item_31(ask, items_cited, question):
    reply = ask(question)
    assert reply["verdict"] == "prohibited"
    assert 31 in items_cited(reply)


@pytest.mark.parametrize("question", [
    "we have 40 licenses for the typing program and 25 teachers. can each teacher get their own seat?",
    "the district gave every teacher a license for the math app. can I use mine with all my classes?",
])
def test_a_licence_with_enough_seats_for_its_users_is_not_item_31(ask, items_cited, question):
    assert 31 not in items_cited(ask(question))


# item 14: a way into a district system that its sign-in does not guard, whatever the way is called
@pytest.mark.parametrize("question", [
    "a coworker bookmarked a url that gets past the gradebook sign-in. ok for me to use it when my password expires?",
    "the payroll portal has a shortcut page that does not require a password. can I check my stub through it?",
    "there's a direct link into the nurse system that bypasses the login screen, can I use it on busy days?",
])
def test_a_way_past_a_district_systems_sign_in_is_item_14(ask, items_cited, question):
    reply = ask(question)
    assert reply["verdict"] == "prohibited"
    assert 14 in items_cited(reply)


@pytest.mark.parametrize("question", [
    "the district portal link skips the login when I'm already signed into chrome. is that ok to use?",
    "I noticed a page in the gradebook that skips the login. who do I report that to?",
])
def test_single_sign_on_or_a_report_of_the_gap_is_not_item_14(ask, items_cited, question):
    assert 14 not in items_cited(ask(question))


# item 20: a game named beside a district machine is a game on district means, with no verb of playing said, and
# a game's name misspelt by a letter is still the game
@pytest.mark.parametrize("question", [
    "mahjong on the lab desktop while the kids test?",
    "quick round of minesweeper on my work laptop between meetings, ok?",
    "minesweper on the front office computer when the phones are quiet?",
])
def test_a_game_named_beside_a_district_machine_is_item_20(ask, items_cited, question):
    reply = ask(question)
    assert reply["verdict"] == "prohibited"
    assert 20 in items_cited(reply)


@pytest.mark.parametrize("question", [
    "can the chess club meet in the library and use the laptops to look up openings?",
    "can I put my own crossword about the water cycle on the classroom smartboard for the lesson?",
])
def test_a_game_club_or_a_lesson_beside_a_district_machine_is_not_a_prohibited_game(ask, question):
    assert ask(question)["verdict"] != "prohibited"


# A game whose educational purpose the asker denies ("not a lesson", "no assignment, just for fun") is no assigned
# educational activity, whatever the lesson word named in the denial; and an edition's name is no purpose.
@pytest.mark.parametrize("question", [
    "Can I put Fortnite on the lab desktops for Friday afternoons? It isn't an assignment, just a treat.",
    "ok to download Roblox on the class chromebooks for the last day? not a lesson or anything, purely for fun",
])
def test_a_game_whose_lesson_is_denied_is_not_item_20s_exception(ask, items_cited, question):
    reply = ask(question)
    assert reply["verdict"] == "prohibited" and 20 in items_cited(reply)


# item 27: a presence entered where the question says the person really was somewhere else, or a roll never taken
# filled in for everyone at once afterwards: the record would say what nobody saw. A correction with what happened
# told, or a roll taken, is ordinary work.
@pytest.mark.parametrize("question, verdicts", [
    ("my mentor teacher asked me to mark a boy present even though he's actually at a tournament out of state. ok?",
     {"prohibited"}),
    ("I never did attendance for 3rd period yesterday. can I go in now and mark the whole class present?",
     {"prohibited"}),
    ("the counselor wants me to enter her as present for Friday; she was on vacation with her family.",
     {"prohibited"}),
    ("can I mark everyone present for the field trip? I took the roll on the bus and they were all there",
     {"allowed", "not_covered", "conditional"}),
])
def test_a_presence_entered_against_where_the_person_was_is_item_27(check_answer, question, verdicts):
    check_answer(question, verdicts, {27} if verdicts == {"prohibited"} else set())


# Item 5's watching and following reach a person ("follow her home", "watching her on the cameras"), not what a
# pronoun owns: going to see a student's recital or following a class account is no stalking (the student
# relationship, item 29, and the class-account conditions still answer those)
@pytest.mark.parametrize("question", [
    "A 7th grader invited me to watch her piano recital on Sunday. Can I attend?",
    "Is it ok to ask students to follow the team page (the official one, not her own profile)?",
])
def test_watching_or_following_what_a_pronoun_owns_is_not_item_5(ask, items_cited, question):
    assert 5 not in items_cited(ask(question))


@pytest.mark.parametrize("question", [
    "can I follow her home after practice to see where she lives?",
    "I keep watching her on the hallway cameras during my prep, is that a problem?",
])
def test_watching_or_following_a_person_is_still_item_5(ask, items_cited, question):
    reply = ask(question)
    assert reply["verdict"] == "prohibited" and 5 in items_cited(reply)


# A student named by the school level ("a high schooler", "a middle schooler") is a student: one of them taken
# along on an outing of the asker's own is item 29's relationship, which needs written authorization in advance.
@pytest.mark.parametrize("question", [
    "Could I bring a middle schooler along on my family's camping trip if her mom signs off in writing?",
    "is it fine to take a high schooler from my homeroom to a hockey game with my family on Sunday?",
])
def test_a_student_named_by_the_school_level_is_a_student(ask, items_cited, question):
    reply = ask(question)
    assert 29 in items_cited(reply) and reply["verdict"] in {"conditional", "prohibited"}


# Following a person about is item 5; following an account on a social app is a connection, which the social media
# sections answer (a colleague on Instagram is not covered).
@pytest.mark.parametrize("question", [
    "is it weird to follow a coworker from my old school on TikTok?",
    "can I follow someone from the district office on Twitter?",
])
def test_following_an_account_on_a_social_app_is_not_item_5(ask, items_cited, question):
    assert 5 not in items_cited(ask(question))


# Item 32 by its parts: the asker's own music or stream put out over the building's sound system (the PA, the
# intercom, the bell software) reaches every room, whatever words tell it; music in one's own room is no broadcast.
@pytest.mark.parametrize("question", [
    "could I get the bell program to blast a few of my favorite songs at dismissal?",
    "my advisory wants me to stream a Pandora station through the intercom during lunch, can I?",
    "is it cool if I queue up my podcast on the all-call speakers before first period?",
])
def test_own_audio_over_the_buildings_sound_system_is_item_32(ask, items_cited, question):
    reply = ask(question)
    assert reply["verdict"] == "prohibited", reply["answer"]
    assert 32 in items_cited(reply)


@pytest.mark.parametrize("question", [
    "can I play quiet music from my own speaker while my class works?",
    "the PA crackles during announcements, who do I tell?",
])
def test_music_in_ones_own_room_or_a_faulty_pa_is_not_item_32(ask, items_cited, question):
    assert 32 not in items_cited(ask(question))


# A machine named by the post or the teaching shop it belongs to, with what it is for between ("the wood shop's
# laser cutter computer", "the security desk monitoring pc"), is the district's means: the asker's own time ("after
# hours", "at night") does not make the act on it personal, so the items keep their say.
@pytest.mark.parametrize("question, item", [
    ("after hours can I run invoices for my landscaping business on the wood shop's shared computer?", 24),
    ("on the overnight shift can I look at porn on the security desk monitoring pc?", 4),
    ("at night can I place bets on the science lab spare laptop?", 19),
])
def test_a_posts_or_shops_machine_is_district_means_whatever_the_hour(ask, items_cited, question, item):
    reply = ask(question)
    assert reply["verdict"] == "prohibited", reply["answer"]
    assert item in items_cited(reply)


# Item 24's words for the asker's own venture ("my shop", "my tutoring") read the act, not a word that shares their
# stem or spelling: a shop class named by its trade ("my welding shop class") is a course, and "my tutors" are
# people who help in a programme, so neither is a business of the asker's.
@pytest.mark.parametrize("question", [
    "can I set up a google chat space for my metal shop class, all on their cps accounts?",
    "ok to email the handouts for my wood shop class to the students' cps addresses?",
    "is it alright to message my tutors on cps google chat about the schedule?",
])
def test_a_shop_class_or_ones_tutors_are_no_business_of_the_askers(ask, items_cited, question):
    assert 24 not in items_cited(ask(question))


@pytest.mark.parametrize("question", [
    "can I email staff a coupon for my auto repair shop from my cps account?",
    "can I advertise my tutoring to the parents on the class newsletter?",
])
def test_the_askers_own_shop_or_tutoring_is_still_item_24(ask, items_cited, question):
    reply = ask(question)
    assert reply["verdict"] == "prohibited" and 24 in items_cited(reply)


# "cell" typed as its homophone where only a phone fits ("on his sell", "their sell phones") is a phone: no sale,
# no item 24.
@pytest.mark.parametrize("question", [
    "ok to ring the other 3rd grade teacher on his sell about tomorrow's assembly?",
    "can the office send a bulk text to the families' sell phones about early dismissal?",
])
def test_sell_for_cell_is_a_phone_not_a_sale(ask, items_cited, question):
    assert 24 not in items_cited(ask(question))


# Looking for other work is not doing it: applying for a job on a district laptop places no private business.
def test_applying_for_another_job_on_district_equipment_is_not_item_24(situation):
    assert 24 not in situation("can I write my cover letter for a weekend job on my district laptop at lunch?").items


# A purpose the asker only asks about ("so that counts as educational, right?", "would it be considered
# instructional?") is not told: item 20's exception needs a lesson or an assignment said, not a game's merit argued.
@pytest.mark.parametrize("question, verdicts, cites", [
    ("I do crossword puzzles on my work laptop at lunch. word games are good for the brain, so that counts as "
     "educational, right?", {"prohibited"}, {20}),
    ("we use Prodigy math games in my 3rd grade lesson, does that count as educational?", {"allowed"}, {20}),
])
def test_a_purpose_only_asked_about_is_not_told(check_answer, question, verdicts, cites):
    check_answer(question, verdicts, cites)


# Someone's competence run down, or their going wished for, over an accepted channel is no plain yes (items 1, 36);
# the same colleague's ordinary work told is.
@pytest.mark.parametrize("question, verdicts", [
    ("ok to email my grade team about how the new assistant principal has no idea what she's doing?",
     {"not_covered", "prohibited"}),
    ("ok to email my grade team about how the new assistant principal is doing the testing schedule?", {"allowed"}),
])
def test_a_colleagues_competence_run_down_is_no_plain_yes(check_answer, question, verdicts):
    check_answer(question, verdicts, {"staff", 1, 36})


# A write-up with the colleague between the verb and its particle ("wrote her up") is a personnel matter (item 17).
def test_a_write_up_split_by_its_object_is_a_personnel_matter(check_answer):
    check_answer("the principal wrote her up for being late again; can I message the department in Google Chat to "
                 "fill them in?", {"prohibited"}, {17})


# A publisher's edition of a program the school never bought, copied whole to colleagues, is copyright (item 3).
def test_a_publishers_edition_copied_whole_is_copyright(check_answer):
    check_answer("a friend at another school sent me the pdf teacher's edition for a math series we never bought. ok "
                 "to share the whole thing with my grade team by email?", {"prohibited", "not_covered"}, {3})


# The district login students are reached at ("in Google Chat with their CPS logins") is where a message goes, not
# another person's login used (item 9); getting into someone's login stays item 9.
@pytest.mark.parametrize("question, verdicts, cites", [
    ("Can I message my 11th grade jazz band in Google Chat with my district login and their cps logins about the gig "
     "schedule?", {"allowed"}, {"mobile"}),
    ("can I sign into her cps login to finish entering her attendance while she's out?", {"prohibited"}, {9}),
])
def test_the_login_a_student_is_reached_at_is_no_login_used(check_answer, question, verdicts, cites):
    check_answer(question, verdicts, cites)


# A reply-all answers a thread: to a team's or a department's thread it is ordinary staff mail; to a whole list again
# and again, or a count of times, it is item 7's flood (`send_repeat`), and what it says keeps its own items.
@pytest.mark.parametrize("question, verdicts, cites", [
    ("can I hit reply-all on the science department's cps email chain to share my lab schedule?", {"allowed"},
     {"staff"}),
    ("ok to reply all to my co-teachers' thread (cps email) with the field trip headcount?", {"allowed"}, {"staff"}),
    ("can I reply-all to the whole-district email list every hour until central office fixes the payroll glitch?",
     {"prohibited"}, {7}),
    ("thinking of replying all to the principal's email 200 times so she notices, ok?", {"prohibited"}, {7}),
    ("our grade team email thread: can I reply-all that our new sub is a thief? no proof, just a feeling",
     {"prohibited"}, {1}),
])
def test_a_reply_all_is_a_flood_only_to_a_list_or_again_and_again(check_answer, question, verdicts, cites):
    check_answer(question, verdicts, cites)


# An act someone proposed to the asker ("a dad offered me $25 an hour to coach his son", "a student asked if I'd
# help at her family's shop"), judged ("allowed?"): the proposal is told in the past, the act is still to be decided,
# so item 29 keeps its written-authorization condition. The act told as done without it stays prohibited.
@pytest.mark.parametrize("question", [
    "A dad from my homeroom offered me $25 an hour to coach his son's pitching on Sundays. Allowed?",
    pytest.param("one of my 10th graders asked if I'd help out at her family's food truck over the summer. is that ok?",
                 marks=pytest.mark.xfail(strict=True, reason="the rules place no item for work at a student's family's "
                                         "business (second_look's strict check finds item 29's frame unread); it was "
                                         "conditional on its lane's branch only through the previous answer reader")),
    "A junior's mother invited me to chaperone their family's lake weekend with her son. Is that appropriate?",
])
def test_an_outside_activity_proposed_to_the_asker_is_item_29_with_its_condition(check_answer, question):
    check_answer(question, {"conditional"}, {29})


@pytest.mark.parametrize("question", [
    "A dad from my homeroom asked me to coach his son, so I have coached him every Sunday this fall for $25 an hour. "
    "nobody signed anything. Allowed?",
    "one of my 10th graders worked at my food truck over the summer, nobody signed anything. is that ok?",
])
def test_an_outside_activity_done_stays_prohibited_beside_a_proposal(check_answer, question):
    check_answer(question, {"prohibited"}, {29})


# A whole unit written to at once, said with "-wide" ("a building-wide email"), is everyone in it, whoever needs to
# know: student information sent that way is not to an authorized recipient (item 16). The same send with no student
# information stays the channel's answer.
@pytest.mark.parametrize("question, verdicts, cites", [
    ("Can I send a building-wide email with the kids' IEP info attached to every teacher?", {"prohibited"}, {16}),
    ("thinking of a staff-wide email from my cps account listing which students failed the benchmark. ok?",
     {"prohibited"}, {16}),
    ("ok to send a department-wide email about the meeting agenda from my cps account?", {"allowed"}, {"staff"}),
    ("can I email the biology teachers my roster so they know who is in the lab section?", {"allowed"}, {"staff"}),
])
def test_student_information_sent_unit_wide_is_no_authorized_recipient(check_answer, question, verdicts, cites):
    check_answer(question, verdicts, cites)


# A pastime named by its title played while a staff session runs ("sudoku during the staff meeting") fills the
# session's time: the session is no assigned training activity of the game. A game the session itself uses, or one
# assigned in it, keeps item 20's exception.
@pytest.mark.parametrize("question, verdicts", [
    ("doing the crossword on my work laptop in the middle of the faculty meeting, is that really against the rules?",
     {"prohibited"}),
    ("candy crush on the school chromebook while sitting through the in-service. big deal?", {"prohibited"}),
    ("our in-service had us play a budgeting simulation game on district laptops as the training activity, ok?",
     {"allowed"}),
    ("the PD presenter assigned a wordle-style vocab game during the workshop so we could try it for class. fine?",
     {"allowed"}),
])
def test_a_pastime_during_a_staff_session_is_not_the_sessions_training(check_answer, question, verdicts):
    check_answer(question, verdicts, {20})


# A colleague's session left open, then the asker's own act in it told as done ("... left the gradebook up so I put
# in a few scores"): done in another user's account, item 9, whoever left it open. Something that is no account left
# open (an office, a door), or the asker's own, is no such act.
@pytest.mark.parametrize("question, verdicts", [
    ("the long-term sub left the gradebook up on the smartboard so I put in a few scores for my homeroom. no harm "
     "done?", {"prohibited"}),
    ("our librarian left her email open at the circulation desk and I skimmed a few of her messages. whatever, it "
     "was right there", {"prohibited"}),
])
def test_the_askers_act_in_a_colleagues_session_left_open_is_item_9(check_answer, question, verdicts):
    check_answer(question, verdicts, {9})


@pytest.mark.parametrize("question", [
    "the nurse left her office open so I dropped the permission slips on her desk",
    "I left my own laptop open in the lounge and I checked my email when I got back",
])
def test_something_else_left_open_is_no_account_used(situation, question):
    assert 9 not in situation(question).items

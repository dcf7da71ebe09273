"""summarization: condense given text (articles, threads, transcripts, letters, reports, policies, changelogs)
into a shorter prose or bullet version: the gist, a TL;DR, a recap. Asking for named fields is extraction."""

from common import A, S, ex

AGENT = S("You are a coding agent working in the user's repository. Make small, reviewed changes and explain them.")
PEOPLEDESK = S("You are PeopleDesk, the HR assistant at Orsolo Logistics. Answer questions about leave, payroll "
               "dates, benefits and policies, citing the handbook section.")
HARBOR = S("You are Quay, the staff assistant inside Harbormaster, a ferry booking system used by port offices.")
CRUMB = S("You are Dispatch Desk, the planning assistant for Crumb & Co bakery's delivery team. Help plan routes, "
          "driver shifts and order cut-off times.")
QUESTKEEPER = S("You are Questkeeper, a prep tool for tabletop game masters: encounter balancing, NPC names, loot "
                "tables and session notes.")

POSTMORTEM = '''Postmortem: checkout errors, 3 December

Impact: between 14:05 and 14:51 UTC, 23% of checkout attempts on web and mobile failed with a generic "payment
could not be processed" message. Roughly 4,100 customers were affected; 61% of them retried successfully within the
hour. No payments were taken twice.

What happened: at 13:58 we rotated the API credentials for our card processor as part of the quarterly rotation.
The new secret was written to the vault correctly, but the payment service only reloads secrets on restart, and
only 2 of its 9 pods had been restarted by the deployment job before the job timed out. The remaining 7 pods kept
using the old credentials, which the processor revoked at 14:05 as scheduled. Our alerting on payment failures fired
at 14:09, but it was routed to the old payments on-call rotation, which no longer exists after the team merge in
November, so nobody was paged until a support lead escalated manually at 14:31. The on-call engineer restarted the
remaining pods at 14:49.

What went well: the retry flow on mobile preserved baskets, and the processor's idempotency keys meant no double
charges.

What we're changing: (1) the payment service will watch the vault for secret changes instead of loading them only
at start; (2) the rotation runbook now waits for all pods to report the new secret version before the old one is
revoked; (3) all alert routes were audited and 14 routes pointing at retired rotations were fixed; (4) the
deployment job's timeout no longer fails silently.'''

PARENTAL = '''Section 9: Family leave (summary of changes effective 1 January 2027)

9.1 Maternity and adoption leave. Employees with at least 26 weeks of service are entitled to 52 weeks of leave.
Orsolo pays full salary for the first 16 weeks (previously 12), then statutory pay for the following 23 weeks. The
final 13 weeks are unpaid. Employees who return to work for at least 6 months afterwards keep the enhanced pay;
those who leave within 6 months of returning repay the difference between enhanced and statutory pay for weeks
13-16 only.

9.2 Paternity and partner leave. Partners may take 4 weeks at full pay (previously 2), in one block or two blocks
of 2 weeks, within 12 months of the birth or placement.

9.3 Shared parental leave. Eligible parents can share up to 50 weeks. Orsolo now matches the enhanced rate for the
first 16 weeks in total across both parents who work here.

9.4 Keeping-in-touch days. Up to 10 paid days during leave, agreed with your manager, without ending your leave.

9.5 Return. Employees may request a phased return of up to 8 weeks at 60-80% of their hours on full pay. Requests
must be made 8 weeks before the planned return date through the PeopleDesk form.'''

SUPPLIER_LETTER = '''Dear valued customer,

We are writing to let you know about changes to our prices and delivery schedule from 1 February.

As you will have seen in the news, wheat prices rose sharply this autumn after a poor harvest in several of our
sourcing regions, and energy costs for our mill remain about 40% above their 2023 level. We have absorbed these
costs for as long as we could. From 1 February, the price of our type 550 bread flour will rise from 38.40 to
42.90 per 25 kg sack, and rye flour from 41.00 to 44.20. Organic lines rise by about 8%.

We are also reorganising our delivery rounds to reduce fuel use. Customers in the eastern district, which includes
your address, will move from Tuesday and Friday deliveries to a single Wednesday delivery, with a larger minimum
order of 10 sacks. If you need a second delivery in a week, we can offer it for a flat fee of 25.

We know this is not welcome news. To help with the transition, any order placed before 20 January will be invoiced at
the current prices, even if delivered in February, up to your average monthly volume. We have valued working with
Crumb & Co for eleven years and would be happy to discuss the changes by phone.

Kind regards,
Helga Marten, Customer Accounts, Marten Mühle'''

PODCAST = '''[Transcript, "Small Rooms" episode 88, 14:20-17:05]

JUNE: So the thing nobody tells you about opening a restaurant with twenty covers is that you can't hide anything.
If the dishwasher's in a mood, the whole room knows.

OMAR: (laughs) Our dishwasher was a guy called Felix and he sang. Opera. Badly. People started booking the eight
o'clock slot because that's when he did the big numbers.

JUNE: No!

OMAR: Genuinely. We got a review that said "come for the lamb, stay for the Puccini from the kitchen." But okay,
the real point. In a small room, every cost is visible too. We worked it out once: if two tables cancel on a
Friday, that's the margin for the whole night gone. Gone. So we started taking deposits, ten pounds a head, and I
was terrified. I thought, people will hate this, they'll think we're greedy.

JUNE: And?

OMAR: No-shows went from about one in eight bookings to basically nothing. Maybe one a month. And the people who did
complain, honestly, were mostly people who never turned up anyway.

JUNE: We did the opposite, actually. We stopped taking bookings at all for lunch. Walk-ins only. Because the lunch
crowd is office people, they don't know at nine a.m. if they'll get out at one.

OMAR: Did that work?

JUNE: For lunch, yes. Busier than ever. For dinner it would be a disaster. You'd have people queuing in the rain
and half of them are on a date and that's the date ruined.

OMAR: So the lesson is basically: know who your lunch people are and who your dinner people are.

JUNE: And don't let Felix choose the music.

OMAR: Felix IS the music.'''

ARTICLE = '''Why the town of Lindqvist Bay stopped mowing its verges

When the council of Lindqvist Bay announced three years ago that it would stop mowing most of its road verges
between April and August, the reaction was, in the words of one councillor, "somewhere between puzzled and
furious." Residents complained that the town looked untidy. A petition to "bring back the mowers" gathered 900
signatures, a lot for a town of 11,000.

The idea came from a volunteer group of retired teachers who had been counting bees on the edges of the town's
allotments since 2015. Their counts showed a steady decline in bumblebee numbers, which they linked to the loss of
wildflowers along roads and field margins. Verges, they argued, are the largest area of semi-natural grassland the
town owns, and mowing them every two weeks turned them into green carpets with nothing for insects to feed on.

The council agreed to a trial on 14 kilometres of verge. It kept a one-metre strip next to the road mown for
visibility and safety, and left the rest until late summer, when the cuttings were collected rather than left to
rot, to keep the soil poor enough for wildflowers to compete with grass.

The results, published this month, are modest but clear. Bumblebee counts on the trial verges rose by 60% over
three summers, compared with 12% on verges that were still mown. Volunteers recorded 41 species of flowering plant
on the trial verges, up from 17. The council also saved about 38,000 a year in mowing contracts, although part of
that went on the specialist machinery needed to collect the cuttings.

Not everyone is convinced. Some residents still find the long grass untidy, and two complaints about ticks were
made last summer. The council has responded with small signs explaining the project and by mowing neat edges along
footpaths, which one ecologist called "the single most effective thing you can do: it shows people it's
deliberate."

The scheme will now be extended to most of the town's verges. The petition organiser, a retired engineer, says he
has come round to it. "I still like a tidy lawn," he said. "But I've started noticing the bees."'''

DESIGN_DOC = '''Design doc: offline mode for the field inspection app (draft 3)

Problem. Inspectors visit farms, quarries and construction sites where mobile signal is weak or absent. Today the
app needs a connection to open an inspection form, attach photos and submit. Inspectors work around this by
writing notes on paper and typing them up in the evening, which takes 45-90 minutes a day and causes errors: in
the last audit, 1 in 12 reports had a photo attached to the wrong site.

Goals. An inspector can start, fill in and finish an inspection with no connection at all, including photos and
signatures. Everything syncs automatically when a connection returns. No inspection is ever lost, even if the
phone is switched off mid-form. Supervisors see a clear status for reports that are finished but not yet synced.

Non-goals. Editing the same inspection on two devices at once. Offline access to the full archive of past reports
(only the last 90 days for sites on the inspector's schedule will be available offline). Offline sign-up.

Approach. Forms and site data for the coming two weeks are downloaded each night over Wi-Fi. Each inspection is
stored on the device as a local draft with its own identifier, created on the phone, so the server can recognise
it when it arrives and duplicates cannot happen. Photos are compressed on the device to about 400 KB and uploaded
one by one, so a weak connection can make progress. If the server has a newer version of the form template than
the one used offline, the report is accepted as it is and flagged for the supervisor rather than rejected.

Risks. Phones with little storage: a full day of photos can reach 300 MB before compression. Clock drift: the
time of an inspection is taken from the phone, which can be wrong; we will record both the phone time and the
server receipt time. Lost phones: local drafts are encrypted and wiped after 30 days without login.

Rollout. Pilot with 20 inspectors in the northern region in March, measuring time spent on evening admin and
the wrong-photo rate. Wider rollout in May if the pilot shows at least a 50% cut in evening admin time and no lost
reports.

Open questions. Should supervisors be able to force a sync remotely? Do we need a manual "export to file" escape
hatch for inspectors who stay offline for more than a week?'''

EXAMPLES = [
    ex("en", AGENT, "summarise this postmortem for the exec channel. 4 sentences max, no jargon\n\n" + POSTMORTEM),
    ex("en", S("You are the SQL helper in Ledgerly, a reporting tool on PostgreSQL 15. Reply with SQL."),
       "no query, sorry. I missed this whole finance thread about the Q4 close, what's the gist?\n\nNadia: "
       "close moves to 8 Jan because of the audit\nPiet: that means accruals by the 5th, not the 7th\nNadia: "
       "yes, and the FX revaluation uses the 31 Dec ECB rate this year, not our own\nSamir: so the dashboards "
       "will be off for a week, can we flag that?\nNadia: yes, banner on the revenue dashboard until the 9th\n"
       "Piet: I'll tell the regional leads"),
    ex("en", PEOPLEDESK, "when's the next payday",
       A("The 28th, or the last working day before it if the 28th falls on a weekend (handbook section 3.1)."),
       "thanks. and the new family leave section, tl;dr this for me please, I'm 20 weeks pregnant and don't have "
       "the energy for section "
       "numbers\n\n" + PARENTAL),
    ex("en", S("You are the guide bot of the Kessler Museum of Maritime History. Use the exhibit text below.\n\n"
               "Room 6: The Kessler line was founded in 1868 by Johann Kessler, a grain merchant who bought his "
               "first ship to stop paying other people's freight rates. Within twenty years the line ran six "
               "steamers to North America, carrying emigrants west and grain and cotton east. The Aurelia was "
               "lost off Cape Race in 1884 with 212 people; the inquiry blamed fog, speed and too few lifeboats, "
               "and the line was nearly ruined by the claims. Johann's widow Margarethe took over in 1886, cut "
               "the fleet to three ships, and turned the line towards safer Baltic routes, where it survived "
               "until it was sold in 1921."),
       "we have 5 minutes before closing. give me the short version of room 6"),
    ex("en", HARBOR, "what's the gist of this, I need to forward it to the manager with a one-line note\n\n'To "
       "whom it may concern. I have travelled with you for twenty years and never complained. On Sunday the "
       "16:40 was cancelled with no announcement, the staff at Ardcraig said they knew nothing, and we waited "
       "in the car for three hours with two children and a dog before boarding the 19:50. The café was closed. "
       "Nobody apologised. I am not asking for money, I am asking that someone explains why you could not tell "
       "us anything, and what you will do so that this doesn't happen to the next family. Yours, D. Farquhar'"),
    ex("en", CRUMB, "who's on the early shift thursday",
       A("Marek and Aisha, starting at 04:30."),
       "ok. also summarise this letter in plain words for the drivers' meeting tomorrow, a few bullets\n\n"
       + SUPPLIER_LETTER),
    ex("en", QUESTKEEPER, "recap last session for my players as a short 'previously on' paragraph:\n\nThey "
       "finally reached the salt caves. Jory the ferryman led them through the flooded passage but refused to "
       "go past the carved door. Inside they found the missing novice Petra, alive, guarding a shrine she says "
       "the Abbess ordered her to protect. Kira read the stolen letter aloud and Petra went pale: the Abbess "
       "and Mother Grieve are working together. A tremor collapsed the way back. Brannoc's torch is the last "
       "light they have."),
    ex("en", S("You are MathPal, a tutor for secondary-school maths. Guide the student step by step."),
       "can you shorten this textbook intro so I can revise from it? test tomorrow.\n\n'A vector is a quantity "
       "that has both a size, called its magnitude, and a direction. This is different from a scalar, such as "
       "temperature or mass, which has only a size. Vectors are often drawn as arrows: the length of the arrow "
       "shows the magnitude and the way it points shows the direction. Two vectors are equal if they have the "
       "same magnitude and the same direction, even if they start at different points. Vectors can be added "
       "by placing them head to tail; the resultant goes from the start of the first to the end of the last. "
       "Multiplying a vector by a number, a scalar, changes its magnitude and, if the number is negative, "
       "reverses its direction.'"),
    ex("en", S("You are Stride, the coach in a running app. Build training plans, adjust paces and explain "
               "workouts."),
       "my club posted this, what's the gist?\n\n'Zone 2 training means running at an intensity where your "
       "body still relies mostly on fat for fuel and lactate stays low, usually a pace at which you can hold a "
       "full conversation. For most recreational runners this feels almost embarrassingly slow. The case for "
       "it is that it builds the aerobic base, more mitochondria and better capillary density, with little "
       "fatigue, so you can run more total volume. The risk is that people who only ever run slowly never "
       "practise running fast. Most coaches now suggest around 80% of weekly time in easy zones and 20% in "
       "harder sessions, rather than all of one or the other.'"),
    ex("en", S("Reply ONLY with JSON: {\"intent\": string, \"entities\": object}. No prose."),
       "tldr: 'Heavy snow closed the A9 between Dalwhinnie and Drumochter overnight. Police say the road will "
       "stay shut until at least midday while ploughs clear drifts, and drivers should not attempt the route.'"),
    ex("en", S("You are Nova, the assistant in the Fernbank mobile banking app. Help with cards, transfers and "
               "statements."),
       "got this letter in the app, what's actually changing for me? short version\n\n'From 1 March, our "
       "Everyday account will no longer charge a monthly fee if you pay in at least 500 a month; otherwise the "
       "fee rises from 3 to 4. Overdraft interest changes from 19.9% to 21.9% EAR. Cash withdrawals abroad will "
       "be free up to 200 a month, then 2%. If you don't agree, you can close your account free of charge "
       "before 1 March.'"),
    ex("en", S("You are Amplify, a marketing assistant for newsletters: subject lines, segments and send times."),
       "summarise what readers are saying overall in a paragraph, these are from the survey:\n\n- 'too many "
       "emails, I'd read one a week happily'\n- 'the recipes are the best part'\n- 'I open it for the recipes "
       "and skip the product stuff'\n- 'love the staff stories'\n- 'it's every other day now?? unsubscribing "
       "soon'\n- 'more recipes less sales please'\n- 'the Sunday one is my favourite'"),
    ex("en", S("You are Clausewise, a contract review assistant for small businesses. You are not a lawyer."),
       "plain-English summary of this NDA, not clause by clause, just what I'm signing up to\n\n'1. The "
       "Recipient shall keep confidential all information disclosed by the Discloser that is marked "
       "confidential or would reasonably be understood to be confidential. 2. The Recipient shall use such "
       "information solely to evaluate a potential partnership. 3. These obligations do not apply to "
       "information that is public, already known to the Recipient, or independently developed. 4. The "
       "obligations last three (3) years from the date of disclosure. 5. On request, the Recipient shall "
       "return or destroy all confidential information. 6. Nothing in this Agreement obliges either party to "
       "enter into any further agreement.'"),
    ex("en", S("You are Pip, the tutor in CodeCubs, an app that teaches Python to children aged 10 to 14."),
       "pip can you make this shorter so I can say it in my presentation? 'Ada Lovelace was an English "
       "mathematician who lived from 1815 to 1852. She worked with Charles Babbage on his Analytical Engine, a "
       "design for a mechanical computer that was never finished. In her notes on the engine she described how "
       "it could follow a sequence of instructions to calculate Bernoulli numbers, which is why many people call "
       "her the first computer programmer. She also guessed that machines like it might one day make music.'"),
    ex("en", S("You are Nestwise, a home-buying assistant. Explain listings, fees and the buying process."),
       "summarise the surveyor's report for me, I'm overwhelmed\n\n'Condition rating 3 (urgent): the rear "
       "chimney stack is leaning and should be rebuilt; there is evidence of damp in the rear bedroom wall. "
       "Condition rating 2: the roof coverings are nearing the end of their life (estimated 5-10 years); "
       "several windows have failed seals; the boiler is 14 years old. Condition rating 1: walls, floors and "
       "drainage are in reasonable condition for the age. The electrics were last tested in 2015 and a new "
       "test is recommended before moving in.'"),
    ex("en", S("You are the claims assistant at Halden Mutual. Explain cover, claim status and required documents."),
       "in a few sentences, what does this actually cover?\n\n'Section B, Accidental damage: We will pay for "
       "sudden and unexpected damage to the contents of your home, including damage to televisions, computers "
       "and audio equipment. We will not pay for damage caused by pets, wear and tear, or damage while the "
       "home is let or unoccupied for more than 60 days. The most we will pay for any one item is 2,000 "
       "unless it is listed on your schedule.'"),
    ex("en", S("You are Railhop, a rail booking assistant for European trains."),
       "tl;dr this notice please\n\n'Due to engineering works between Utrecht Centraal and Arnhem from "
       "Saturday 12 to Monday 14 December, ICE International services will run only between Amsterdam and "
       "Utrecht and between Arnhem and Frankfurt. Replacement buses run between Utrecht and Arnhem, adding about "
       "75 minutes. Reserved seats remain valid on the train sections. Bicycles cannot be carried on the "
       "buses.'"),

    ex("en", "translate into English please: 'Beste buren, vanaf maandag wordt de stoep opengebroken voor nieuwe "
       "glasvezelkabels. De werkzaamheden duren ongeveer drie weken. Parkeren voor de deur is in die periode "
       "niet mogelijk.'",
       A("\"Dear neighbours, from Monday the pavement will be dug up for new fibre-optic cables. The work will "
         "take about three weeks. Parking in front of the door won't be possible during that time.\""),
       "ok and a one-line summary of it for our house group chat"),
    ex("en", "how do I squash my last 3 commits into one",
       A("`git reset --soft HEAD~3` then `git commit`, or `git rebase -i HEAD~3` and mark the last two as "
         "`squash`."),
       "thx. different thing: summarise this RFC thread for my manager, she wasn't in it\n\nAlex: proposal is to "
       "move feature flags from env vars to the flag service\nBea: +1, but what happens if the flag service is "
       "down at boot?\nAlex: we cache the last known values on disk and fall back to them\nCho: that cache "
       "could be days old after a long outage\nAlex: fair, we'll log a warning when the cache is older than 24h "
       "and default to 'off' for anything new\nBea: ok with that. ship it behind a... flag, I guess\nCho: lol. "
       "approve"),
    ex("en", "write a four-line poem about Mondays",
       A("The kettle sighs, the inbox swells,\nthe week begins with tiny hells;\nyet somewhere in the "
         "coffee's steam,\na Monday hums a Friday dream."),
       "ha. ok work. tl;dr this memo\n\n'Team, from January we're moving to a hybrid model: Tuesday and "
       "Thursday are office days for everyone, other days are flexible. Desks will be bookable through the app. "
       "The third floor closes for refurbishment in February, so the design team moves to the second floor. "
       "Parking permits will be reissued, with priority for people who car-share.'"),
    ex("en", "pull every date out of this letter: 'Your tenancy ends 31 March. We'll inspect on 24 March. The "
       "deposit is returned within 10 days of the inspection.'",
       A("- 31 March: tenancy ends\n- 24 March: inspection\n- within 10 days of 24 March: deposit returned"),
       "great, and now summarise the whole letter for my flatmate in two sentences. it's the full one:\n\n'Dear "
       "tenants, as discussed, your tenancy will end on 31 March, as the owner is selling the flat. We will "
       "carry out a check-out inspection on 24 March; please make sure the flat is clean and all keys are "
       "available. Minor wear is expected and will not be deducted. Your deposit will be returned within 10 "
       "days of the inspection, minus any agreed deductions. Thank you for looking after the flat so well.'"),
    ex("en", "is 0 even or odd",
       A("Even: it is divisible by 2 with no remainder, and it sits between two odd numbers, -1 and 1."),
       "our teacher gave us this to read, summarise it for me:\n\n'The idea of zero as a number, rather than "
       "just an empty place, took a long time to develop. Babylonian scribes used a placeholder symbol to show "
       "an empty position in numbers, but never used it on its own. In India, by the 7th century, the "
       "mathematician Brahmagupta wrote rules for calculating with zero, such as that a number minus itself is "
       "zero. These ideas travelled to the Islamic world, where al-Khwarizmi wrote about the Hindu numerals, "
       "and later to Europe through translations and merchants like Fibonacci, who promoted the numerals in "
       "1202. Many European merchants resisted them for centuries because they were easier to forge.'"),
    ex("en", "I love this podcast so much, it's my commute ritual",
       A("That's a nice ritual to have. Which one is it?"),
       "Small Rooms, about restaurants. summarise this bit for my sister, she's opening a café:\n\n" + PODCAST),
    ex("en", "should we take the bus or the train to the conference, reason it out",
       A("The train is faster and you can work on it; the bus is cheaper and drops you closer. If time matters "
         "more than money, take the train."),
       "we're taking the train. unrelated: summarise the arguments on both sides from this debate\n\n"
       "CHAIR: The motion is that the town should ban cars from the high street on Saturdays.\nFOR: Footfall "
       "rises when streets are pedestrianised; cafés can use the road; it's safer for children.\nAGAINST: "
       "Elderly and disabled residents rely on parking near the shops; deliveries become harder; trade may move "
       "to the retail park.\nFOR: Blue-badge parking can stay at both ends, and deliveries can happen before "
       "10am.\nAGAINST: The trial in Westbury saw two shops close.\nFOR: Two shops closed that were already "
       "closing."),
    ex("en", "how do you say 'the fish market' in Italian",
       A("\"Il mercato del pesce.\""),
       "nice. there's an Italian article about it, I already have the translation, just give me the gist in two "
       "sentences:\n\n'Venice's Rialto fish market, open since the 11th century, is struggling: the number of "
       "stalls has fallen from 18 to 6 in a decade, as residents leave the city and tourists photograph the fish "
       "but rarely buy it. The city council has proposed lower rents and a cooking school in the upper hall, "
       "but the fishmongers say what they need is customers, not classrooms.'"),
    ex("en", "ugh I was offline for two days",
       A("Welcome back! Anything you need to catch up on?"),
       "the group chat. can you tl;dr it? it's the flat chat\n\nRosie: the boiler man is coming thursday 8-12\n"
       "Kwame: I'm in, I can let him in\nRosie: legend. also who ate my halloumi\nTheo: it was on MY shelf\n"
       "Rosie: it had my NAME on it\nTheo: ok fair, I'll replace it\nKwame: can we please do a cleaning rota "
       "like adults\nRosie: yes\nTheo: fine but I'm not doing the bathroom two weeks in a row again\nKwame: "
       "I'll make a spreadsheet\nRosie: of course you will"),
    ex("en", "what does `npm outdated` show me",
       A("It lists installed packages with their current version, the latest version your semver range allows "
         "(Wanted), and the newest published version (Latest)."),
       "right. and summarise what matters in this changelog overall, I don't need every line\n\n## 5.0.0\n- "
       "BREAKING: drop Node 16 support; Node 18.18+ required\n- BREAKING: `parse()` now throws on invalid dates "
       "instead of returning null\n- BREAKING: default timezone is UTC, not local\n- feat: `format()` accepts "
       "Intl options\n- feat: 30% faster parsing of ISO strings\n- fix: `addMonths` on 31 Jan now clamps to "
       "the end of February\n- docs: new migration guide"),

    ex("en", "summarise this article in one paragraph for our community newsletter\n\n" + ARTICLE),
    ex("en", "summarise this for the product managers, no implementation detail, they want to know what changes "
       "for inspectors and when\n\n" + DESIGN_DOC),
    ex("en", "we need a name for our book club, it's 6 nurses who never finish the book",
       A("Some options: The Half-Read Society, Chapter Three Club, Night Shift Readers, Spoiler Alert, "
         "Bookmarks & Bandages."),
       "Chapter Three Club, obviously. I didn't finish this month's either, give me the main points of the bit "
       "we're discussing in 3 bullets so I can bluff:\n\n'Eliza had kept the shop open for forty years by "
       "never changing anything. The bell above the door was the same bell, the ledger the same brown cloth "
       "ledger, and the dust on the top shelf, she liked to say, was older than most of her customers. So when "
       "her nephew Daniel arrived with a laptop and a plan to sell the rare books online, she gave him the "
       "smallest room and the worst chair and waited for him to give up. He didn't. By spring he had found a "
       "first edition wedged behind the radiator, sold it to a collector in Kyoto, and paid for a new roof. "
       "Eliza did not thank him. She moved the ledger to his desk, which he understood, eventually, was the "
       "same thing.'"),
    ex("en", "can you write an abstract for my paper from the intro? about 120 words.\n\n'Public libraries in "
       "mid-sized European cities have shifted in the last decade from lending institutions towards "
       "multipurpose community spaces. This study examines that shift in six libraries in Poland, Portugal and "
       "Finland using visitor counts, interviews with 48 staff and 112 visitors, and observation over 14 weeks. "
       "We find that lending fell in all six libraries, by between 18% and 41%, while visits rose in five of "
       "them, driven by study space, children's activities and digital help desks. Staff describe a growing "
       "gap between these roles and their training. Visitors value the library most as a warm, free place to "
       "spend time. We argue that funding models based on loans misread how libraries are now used.'"),
    ex("en", "monday again huh",
       A("It does keep happening. How's yours starting?"),
       "with 60 unread. first one: what's this email saying? one line\n\n'Hi all, quick update on the office move: "
       "the landlord has "
       "pushed the handover from 1 to 15 March because the electrics failed inspection, so we'll stay in the "
       "current office two weeks longer. Nothing changes for your desk bookings. The farewell drinks are still "
       "on 26 February. Thanks, Ingrid'"),
    ex("en", "summarise these 6 reviews of the hotel into a short paragraph, good and bad\n\n1. 'Great location, "
       "tiny room.' 2. 'Breakfast was excellent, staff lovely.' 3. 'Thin walls, heard everything from the "
       "corridor.' 4. 'Perfect for a city break, 5 minutes to the old town.' 5. 'Room was small but spotless.' "
       "6. 'Noisy at night because of the bar downstairs.'"),

    # non-English
    ex("es", "Resúmeme este artículo en tres frases, que tengo prisa: «El Ayuntamiento de Córdoba ha aprobado "
       "restricciones de agua a partir del lunes: queda prohibido regar jardines entre las 10 y las 20 horas, "
       "llenar piscinas privadas y lavar coches en la calle. Las fuentes ornamentales se apagarán. Los embalses "
       "que abastecen a la ciudad están al 19 % de su capacidad, el nivel más bajo desde 1995. Las multas irán "
       "de 300 a 3.000 euros.»"),
    ex("fr", "Tu peux me résumer ce fil de la copro ? J'ai pas le courage de tout lire.\n\nM. Durand : la "
       "porte du garage est encore en panne\nMme Petit : troisième fois ce mois-ci\nSyndic : le réparateur "
       "passe jeudi, mais il recommande de la changer (devis 4 800 €)\nM. Haddad : on vote ça à l'AG de "
       "janvier ?\nSyndic : oui, je l'ajoute à l'ordre du jour\nMme Petit : en attendant laissez-la ouverte "
       "la journée svp"),
    ex("de", S("Du bist der Assistent der Eltern-App Schulfux. Hilf bei Terminen, Krankmeldungen und Elternbriefen."),
       "Fass mir diese Mail vom Elternbeirat kurz zusammen, ich hab keine Zeit: »Liebe Eltern, der Elternabend "
       "am 14.1. entfällt wegen Krankheit der Klassenleitung und wird auf den 28.1. verschoben. Die "
       "Klassenfahrt nach Rügen im Mai ist genehmigt, die Anzahlung von 120 € ist bis 15.2. fällig. Bitte gebt "
       "außerdem bis Freitag Bescheid, wer beim Kuchenverkauf helfen kann.«"),
    ex("pt", "resume esse áudio transcrito do meu chefe, tô sem tempo: \"então pessoal, rapidinho, a reunião com "
       "o cliente de Recife foi remarcada pra quinta, às três, e vai ser presencial. O Júnior leva a "
       "apresentação nova, aquela com os números de outubro. Quem não puder ir me avisa até amanhã, tá? E não "
       "esqueçam do relatório de horas, que o financeiro tá cobrando.\""),
    ex("it", "Riassumi questa recensione in due righe: «Siamo stati alla trattoria Da Nello sabato sera. Il "
       "ragù era eccezionale, come quello di mia nonna, e i prezzi onesti. Però abbiamo aspettato 50 minuti "
       "per il secondo, e il cameriere si è scordato il vino due volte. Torneremo, ma a pranzo.»"),
    ex("nl", "Vat dit nieuwsbericht samen in twee zinnen: «De gemeente Zwolle gaat vanaf volgend jaar "
       "betaald parkeren invoeren in vier wijken rond het centrum. Bewoners kunnen een vergunning aanvragen "
       "voor 85 euro per jaar. Volgens de gemeente parkeren forenzen nu gratis in de wijken en lopen ze het "
       "laatste stuk naar het station. Een bewonersgroep noemt de maatregel 'een verkapte belasting'.»"),
    ex("pl", S("Jesteś asystentem aplikacji siłowni FitBlok: grafik zajęć, karnety, rezerwacje."),
       "Streść mi ten nowy regulamin w kilku punktach: «Od 1 stycznia rezerwacja zajęć grupowych jest możliwa "
       "najwcześniej 7 dni przed zajęciami. Nieodwołanie rezerwacji na mniej niż 6 godzin przed zajęciami "
       "skutkuje blokadą rezerwacji na 3 dni. Szafki zamykane są na kłódki własne, a rzeczy pozostawione na noc "
       "zostaną usunięte. Strefa wolnych ciężarów jest dostępna od 16 roku życia.»"),
    ex("tr", "Şu haberi kısaca özetler misin: «İzmir'de belediye, Kordon boyunca bisiklet yolunu 4 kilometre "
       "uzatma kararı aldı. Çalışmalar mart ayında başlayacak ve yaklaşık beş ay sürecek. Esnaf, çalışmalar "
       "sırasında park yerlerinin kapanmasından endişe ediyor; belediye ise geçici otopark sözü verdi.»"),
    ex("ru", "Кратко перескажи этот отзыв, мне лень читать целиком: «Пылесос отлично тянет, особенно шерсть "
       "кота, и тихий. Но аккумулятора хватает минут на 25, а не на 60, как обещано. Щётка забивается "
       "длинными волосами, приходится чистить ножницами. За свои деньги нормально, но не восторг.»"),
    ex("uk", "Стисло перекажи, про що цей лист від ОСББ: «Шановні мешканці! З 1 лютого внесок на утримання "
       "будинку зростає до 9,80 грн за кв. м через подорожчання вивезення сміття. Ремонт ліфта в другому "
       "під'їзді завершать до 20 січня. Просимо не залишати велосипеди в коридорах.»"),
    ex("zh", "帮我总结一下这段话的要点，三条以内：“公司决定从明年一月起实行弹性工作制，员工每天10点到16点必须在岗，"
       "其余时间可自行安排。每月可申请四天远程办公，需提前一周在系统中提交。加班费政策不变。”"),
    ex("ja", S("あなたは地域ニュースアプリ「まちかど」のアシスタントです。"),
       "この記事を3行でまとめて：「市は来年4月から、燃えるごみの収集を週3回から週2回に減らすと発表した。"
       "収集費用の増加とごみの量の減少が理由だという。プラスチックごみの分別を徹底すれば、家庭のごみは十分"
       "収まる見込みとしている。一方、子育て世帯からは不安の声も上がっている。」"),
    ex("ko", "이 회의록 요약해 줘. 세 줄로요.\n\n- 신제품 출시일 3월 2일로 확정\n- 사전 예약 이벤트는 2월 "
       "중순부터, 담당 마케팅팀\n- 초기 물량 5천 대, 부족하면 4월 추가 생산\n- 고객센터 인력 2명 충원 "
       "필요, 인사팀과 협의\n- 다음 회의 2월 5일"),
    ex("hi", "इस ख़बर का सार दो-तीन लाइनों में बता दो: \"पुणे नगर निगम ने घोषणा की है कि अगले महीने से शहर के "
       "बारह इलाक़ों में पानी की आपूर्ति दिन में एक बार होगी। बाँधों में पानी का स्तर पिछले साल से 30 प्रतिशत "
       "कम है। निगम ने नागरिकों से पानी बचाने की अपील की है और टैंकरों की संख्या बढ़ाने की बात कही है।\""),
    ex("ar", "لخص لي هذا المقال في فقرة قصيرة: «أعلنت وزارة التعليم عن تمديد إجازة منتصف العام الدراسي "
       "أسبوعًا إضافيًا، لتبدأ الدراسة في الثاني من فبراير بدلًا من السادس والعشرين من يناير. وقالت الوزارة إن "
       "القرار جاء بعد مطالبات من أولياء الأمور بسبب موجة البرد. وسيتم تعويض الأيام في نهاية العام.»"),
    ex("id", "Rangkumin dong chat grup ini, aku ketinggalan:\n\nDewi: arisan bulan ini di rumah Bu Rina ya, "
       "Minggu jam 4\nRina: siap, aku masak rendang\nTika: aku bawa es buah\nDewi: jangan lupa iuran 200rb, "
       "transfer ke aku paling lambat Jumat\nSari: aku telat dikit ya, jemput anak les\nRina: gapapa, "
       "ditunggu"),
    ex("vi", "Tóm tắt giúp mình bài này trong vài câu: \"Từ tháng sau, thành phố sẽ thí điểm cấm xe máy vào phố "
       "đi bộ Nguyễn Huệ vào tối thứ sáu. Người dân được khuyến khích đi xe buýt, và sẽ có thêm ba bãi giữ xe "
       "xung quanh. Nhiều hộ kinh doanh lo ngại lượng khách giảm, nhưng chính quyền cho rằng phố sẽ sạch và an "
       "toàn hơn.\""),
]

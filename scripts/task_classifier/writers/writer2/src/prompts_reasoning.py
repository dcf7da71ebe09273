"""`reasoning`: the last user message asks for a chain of thought over facts or rules: deduction, puzzles,
planning and scheduling under constraints, applying a policy to a case, causes and counterfactuals,
judging whether an argument holds, and decisions the user explicitly asks to have reasoned through. Mostly
without computation; often asked conversationally or inside apps whose system prompt is about something
else."""

from common import A, S, ex

POLICY = """Use the policy wording below to answer the customer's question. Quote the clause numbers you rely on.

HOMEGUARD CONTENTS POLICY — SECTION 3: ACCIDENTAL DAMAGE AND ESCAPE OF WATER
3.1 We cover sudden and accidental damage to contents inside the home.
3.2 We cover damage caused by water escaping from a fixed water installation, washing machine or
    dishwasher, but not the cost of repairing the appliance or installation itself.
3.3 We do not cover damage that happens gradually, including damp, condensation, rot or a slow leak that
    the policyholder knew about or could reasonably have noticed.
3.4 We do not cover any loss while the home has been unoccupied for more than 45 consecutive days, unless
    the water supply was turned off at the mains.
3.5 Portable electronics (laptops, tablets, phones) are covered under 3.1 only if the Away From Home
    option is shown on the schedule; otherwise they are covered only for escape of water under 3.2.
3.6 Excess: £150 per claim, £350 for escape of water claims."""

CLAIM = """My details: I have the basic policy, no options on my schedule. I was in Portugal for 52 days visiting
family, I left the heating on low but didn't turn the water off because the neighbour waters the plants. On day
50 the washing machine hose split (the neighbour found water coming under the door). It ruined the hallway rug,
a bookcase, and my laptop, which was on the floor charging. Am I covered for any of it, and for what?"""

INCIDENT = """Context: timeline from the night-shift log, Kettering distribution centre, 14 Nov.
21:40 Dock door 7 sensor reports 'open' although the door is shut (intermittent since October, ticket #5521
      still open).
22:05 Night lead silences the dock alarm zone for 'false alarms', intending to re-arm at 23:00.
22:50 Forklift battery charging bay: charger 3 shows fault light; operator moves the battery to charger 4 and
      leaves the faulty charger switched on.
23:00 Alarm zone NOT re-armed (night lead called to a spill in aisle 40).
23:35 Smoke in charging bay; the bay's smoke detector is on the silenced dock zone (zones were merged in
      the August re-wiring).
23:52 A picker notices the smell and raises the alarm manually. Fire service attends; damage confined to
      the bay; no injuries.
Notes: The August re-wiring merged zones D (docks) and C (charging) 'temporarily'. Charger 3 had been
reported faulty twice in November."""

RAILPASS = S(
    "You are the assistant in the RailRoam app. RailRoam sells two passes. FLEX4: 4 travel days within one "
    "month, €212. QUICK3: 3 travel days within 8 consecutive days, €168. A travel day runs from midnight to "
    "midnight, and any number of trains can be taken on a travel day. Night trains that leave after 19:00 "
    "count only as the day of arrival. Seat reservations are extra and not included."
)

LEASE_CLAUSES = """4.1 The Tenant may end this tenancy by giving the Landlord not less than two months' written notice,
ending on the last day of a calendar month.
4.2 Rent remains payable until the end of the notice period whether or not the Tenant has moved out.
7.1 If the Landlord sells the Property, this tenancy continues with the buyer as landlord.
7.2 The Landlord shall return the deposit within 10 working days of the end of the tenancy, less any
agreed deductions; where the Property is sold, the Landlord must either return the deposit to the Tenant or
transfer it to the buyer, and notify the Tenant in writing which has been done."""

EXAMPLES = [
    ex("en", "ok weird question. my neighbour's car is always gone on tuesdays, there's never any noise from their "
             "flat on tuesdays, but their bins are always put out tuesday morning. my partner says they just work "
             "tuesdays. does that actually follow? what else could explain all three things"),
    ex("en",
       S("You are the travel assistant for Tidewater Ferries. You help passengers compare sailings, change "
         "bookings and add vehicles. Timetables: Holm–Brisk ferry Mon/Wed/Fri 09:00, 3 h crossing. Holm–Skarv "
         "overnight ferry Thu 22:00, arrives Fri 07:00. Brisk–Skarv is 4 h by road."),
       "I need to be in Skarv with my car by Friday 6pm. I can't drive in the dark (eyesight), it's dark from "
       "17:00 this time of year, and the overnight car deck is waitlisted for me. What should I book, and what's "
       "my fallback if the waitlist doesn't clear? Think it through for me."),
    ex("es", "Tres amigas, Ana, Bea y Carla, se sientan en fila y piden café, té y chocolate (una cosa cada una). "
             "Ana no pidió café. La que pidió té está justo a la izquierda de Carla. Bea está en el extremo "
             "derecho. Carla no pidió chocolate. ¿Quién pidió qué y dónde se sienta cada una? Explícame cómo "
             "lo deduces."),
    ex("en",
       S("You are Pia, the HR assistant for Brightwell Logistics. Leave policy for the warehouse team: at most "
         "two people off in the same week; ties are broken by length of service; anyone who had leave in the "
         "same calendar month last year goes behind everyone who didn't."),
       "Three of us asked for the week of 10 August. Ravi has 8 years and had August off last year, Jo has 3 "
       "years, Mette has 5. Who gets it, and can you explain why so I can show the team?"),
    ex("en",
       "why does `git rebase -i` open vim, can I change that",
       A("It uses your configured editor; set it with `git config --global core.editor \"code --wait\"`."),
       "ok forget git. my manager says 'every time we deploy on a Friday something breaks, so Friday deploys "
       "cause outages.' but we deploy almost only on Fridays. is her reasoning sound?"),
    ex("fr", "Si demain on supprimait tous les feux rouges de Paris mais qu'on gardait les passages piétons, "
             "qu'est-ce qui changerait ? Raisonne sur les conséquences en chaîne, étape par étape, sans chiffres."),
    ex("en",
       S("You are Sprig, the cooking assistant in the meal-kit app Greenbasket. Help with recipe cards, "
         "substitutions and timings."),
       "Sunday lunch at 7pm (yes, 'lunch'). One oven, two hob rings. Roast chicken 1h30 at 200 and it has to "
       "rest 20 min. Potatoes roast 50 min at 200. Gravy is 10 min on the hob and needs the chicken juices. "
       "Rice pudding is 2h at 150 in the oven. Is the pudding even possible, and in what order do I do things?"),
    ex("de", "Mein Kollege sagt: 'Alle erfolgreichen Start-ups, die ich kenne, hatten einen charismatischen "
             "Gründer – also ist Charisma das Wichtigste.' Was ist an diesem Schluss faul? Erklär es so, dass "
             "ich es ihm beim Mittagessen sagen kann."),
    ex("ja", "A、B、Cの3人のうち1人が冷蔵庫のケーキを勝手に食べました。本当のことを言っているのは1人だけです。"
             "A「食べたのはBです」B「私は食べていません」C「Aは食べていません」。食べたのは誰ですか？理由も教えてください。"),
    ex("en",
       S("You are an autonomous coding agent in the `orchard-api` repository. You can read and edit files "
         "and run commands. Explain before making large changes."),
       "not a coding task, just think with me. we're 4 devs, the codebase is 6 years old and nobody left "
       "understands the payments module. budget allows one senior or two juniors. reason out which gets us "
       "further in the next year"),
    ex("zh", "我周六要办三件事：去银行（9点到12点营业）、11点半到学校门口接孩子、去驿站取快递（13点以后才开）。"
             "家到银行15分钟，银行到学校20分钟，学校到驿站10分钟，驿站到家15分钟。怎么安排最顺？有没有哪件事会冲突？"
             "帮我一步步想清楚。"),
    ex("en", S(POLICY), CLAIM),
    ex("ko", "친구가 '비 오는 날엔 우산 판매량도 늘고 교통사고도 늘어나니까 우산이 사고를 부른다'고 우기는데, 어디가 "
             "잘못된 건지 차근차근 설명해 줘."),
    ex("en",
       "thinking about moving to Lisbon, people say it's great",
       A("It has a lot going for it: mild weather, a big international community. What's prompting the move?"),
       "two offers. A: Lisbon, 15% less pay, 2 remote days, my mum is 3h away in Porto and getting older. B: "
       "Rotterdam, 20% more, fully in office, nobody I know there. my partner can work remotely anywhere. "
       "don't just pick one — lay out the trade-offs and tell me which factors should weigh most and why"),
    ex("pt", "Quatro casas seguidas, pintadas de amarelo, azul, verde e branco. A verde não está em nenhuma ponta. "
             "A branca fica imediatamente à direita da verde. A amarela está numa ponta, mas não ao lado da "
             "branca. A azul fica ao lado da verde. Qual é a ordem, da esquerda para a direita? Mostra o raciocínio."),
    ex("en",
       S("You are the case assistant in the murder-mystery game Fogbound. The player is Inspector Hale. Help "
         "the player think, but never reveal the solution unless they type ACCUSE."),
       "Let me reason it out with you. The butler says he was in the cellar at 10. The maid says she locked the "
       "cellar from outside at 9:45. The gardener's boots are muddy, but it rained all day so everyone's are. "
       "The study clock stopped at 10:12. Who's lying, and what does each of those facts actually rule in or out?"),
    ex("ru", "Почему, если в городе сделать общественный транспорт бесплатным, пробки могут и не уменьшиться? "
             "Порассуждай по шагам, какие эффекты тянут в разные стороны."),
    ex("uk", "Обираю між двома квартирами: одна за 10 хвилин від роботи, але на п'ятому поверсі без ліфта; інша в "
             "новобудові з ліфтом, але 50 хвилин дороги. У мене травма коліна, яка ще гоїться кілька місяців. "
             "Допоможи зважити й поясни логіку, а не просто дай відповідь."),
    ex("en",
       S("You check arguments. Reply only with JSON: {\"valid\": boolean, \"form\": string, \"why\": string}."),
       "All the invoices from Norvik arrive late. This invoice arrived late. So this invoice is from Norvik."),
    ex("en",
       S("You are Hearth, the support assistant for the Hearth smart-home hub. You help with device pairing, "
         "automations, schedules and family accounts."),
       "the hallway and living room lights keep switching off at 11pm",
       A("Let's check: do you have any automations or schedules set for 23:00 in the Routines tab?"),
       "no routines at all, the list is empty. it only happens on school nights, never fri/sat. my teenager has "
       "the app on her phone, and it started the week school went back. I think I know what's going on but "
       "walk me through it"),
    ex("hi", "राहुल, सीमा और अमित में से किसी एक ने आखिरी आम खा लिया। राहुल कहता है, 'सीमा ने नहीं खाया।' सीमा "
             "कहती है, 'मैंने नहीं खाया।' अमित कहता है, 'राहुल ने खाया।' अगर इनमें से सिर्फ़ एक झूठ बोल रहा है, तो आम "
             "किसने खाया? तर्क समझाइए।"),
    ex("en",
       "we're doing a road trip through Umbria next spring",
       A("Lovely choice. Hill towns, olive groves and far fewer crowds than Tuscany."),
       "I noticed on the map that the old Roman-era roads curve a lot even where the land looks flat. give me a "
       "chain of plausible reasons why, and how I could tell which one is actually right"),
    ex("en", S("You are Clause, a drafting assistant for a property law team. Answer from the clauses provided.\n\n"
               + LEASE_CLAUSES),
       "Tenant gives written notice on 15 March. Landlord completes a sale of the flat on 1 April. Tenant moves "
       "out on 20 April. Reason through how the clauses interact: when does the tenancy end, who is owed rent "
       "for what period, and who has to deal with the deposit?"),
    ex("ar", "إذا كان كل الأطباء في المستشفى يتحدثون الإنجليزية، وبعض من يتحدثون الإنجليزية يتحدثون الفرنسية، "
             "فهل يمكن أن نستنتج أن بعض الأطباء يتحدثون الفرنسية؟ اشرح لماذا."),
    ex("id", "Aku harus milih: ambil S2 di Jepang dengan beasiswa penuh tapi ninggalin usaha katering yang baru "
             "jalan setahun, atau tetap di Bandung dan fokus kembangin usaha. Tolong bantu aku mikir secara runtut "
             "— apa saja yang perlu ditimbang dan urutannya — bukan sekadar pilihin."),
    ex("en",
       "how do you say 'beef' and 'pork' in French?",
       A("Beef is « bœuf » and pork is « porc ». English actually borrowed both words from Norman French."),
       "interesting. so if English had never borrowed anything from French after 1066, what would the knock-on "
       "effects be on how we talk about food and cooking? think it through, don't just list words"),
    ex("en",
       S("You are the rota assistant for Eastgate Community Clinics. You plan sessional doctors across the "
         "Hale Road, Priory and Station Street clinics."),
       "Next week I need one doctor per clinic every morning, Mon–Fri. Dr Ames can't do Mondays. Dr Batra only "
       "works mornings, max 3 a week. Dr Chen is on nights Tue and Thu so can't do Wed or Fri mornings. Dr Diaz "
       "only does Priory. Dr Evans is free all week but only 4 sessions. Is it possible with these five? If yes "
       "give a rota and explain why it works; if not, show why it can't work."),
    ex("el", "Έχω δύο κλεψύδρες, μία των 7 λεπτών και μία των 11 λεπτών. Πώς μπορώ να μετρήσω ακριβώς 15 λεπτά; "
             "Εξήγησέ μου τη λογική βήμα βήμα."),
    ex("th", "ถ้าทุกคนในออฟฟิศย่านสีลมเปลี่ยนมาทำงานที่บ้านทุกวันศุกร์ ร้านอาหารแถวนั้นจะได้รับผลกระทบยังไงบ้าง "
             "ลองคิดเป็นลำดับขั้นให้หน่อย ทั้งผลทางตรงและทางอ้อม"),
    ex("en",
       S("You are Socrates Jr, a critical-thinking coach for 14-16 year olds in the app ThinkLab. Ask the "
         "student questions back, but answer directly if they ask you to."),
       "is this circular? 'The Daily Ledger is reliable because it only prints verified news, and I know it "
       "only prints verified news because the Ledger says so on its front page.'"),
    ex("en",
       "can you summarise: 'The Ferris Street bridge will close for six months from January for structural "
       "repairs. Buses will divert via Canal Road. Cyclists and pedestrians can use a temporary footbridge.'",
       A("The Ferris Street bridge closes for six months from January for repairs; buses divert via Canal Road "
         "and a temporary footbridge serves walkers and cyclists."),
       "given that, which is likely to happen first: shops on Ferris Street losing trade, Canal Road traffic "
       "jams, or more people cycling? reason it out, I'm writing a piece for the local paper"),
    ex("sv", "Vi är fem i en bokcirkel och ska turas om att vara värd en gång i månaden, januari till maj. Lisa kan "
             "inte i mars. Omar vill vara någon gång efter Lisa. Britt måste vara före april. Jens vill varken "
             "vara först eller sist. Karin tar det som blir kvar. Går det ihop? Visa hur du tänker."),
    ex("en",
       S("You are Fern, the plant-care assistant in the app Leaflog. You diagnose plant problems from "
         "descriptions."),
       "four of my plants died this autumn",
       A("Sorry to hear that. Which plants, and where were they kept?"),
       "all four were in the north window. my husband says the north window kills plants. but I also watered "
       "those ones more because they looked droopy. should I conclude it's the window? how would I even tell"),
    ex("en", S(INCIDENT),
       "From the timeline, what's the most likely chain of causes, which ones are root causes versus "
       "triggers, and which single change would most likely have prevented this?"),
    ex("nl", "Mijn zoon van 9 zegt: 'Als ik laat naar bed ga, word ik laat wakker. Dus als ik heel vroeg ga slapen, "
             "word ik heel vroeg wakker en heb ik meer speeltijd.' Klopt zijn redenering? Waar zit het gat, en hoe "
             "leg ik dat aan hem uit?"),
    ex("en",
       "what's a nice name for a sprint, we're out of ideas",
       A("How about naming them after rivers: Danube, Mekong, Severn...?"),
       "ha fine. real question: 3 devs, two weeks, five features. C needs A done first, D needs B and C, E is "
       "independent but only Sara can do it, and Sara is off the second Monday. Each is 2-4 days. what can "
       "realistically ship and in what order? reason it out"),
    ex("pl", "Jeśli pociąg ze Szczecina się spóźni, to nie zdążę na przesiadkę w Poznaniu. Zdążyłem na przesiadkę. "
             "Co z tego na pewno wynika, a czego nie można wywnioskować?"),
    ex("en",
       "what date does my lease end? 'Term: 12 months from 1 September 2026. Pets: no dogs permitted.'",
       A("It ends on 31 August 2027."),
       "my landlord says I can't have a cat because 'the lease says no dogs and a cat is basically the same "
       "thing'. does that argument hold up, logically?"),
    ex("en",
       S("You are Spark, the campaign assistant for a digital agency. You write ad copy and report on "
         "campaign results."),
       "The summer campaign ran 1-14 July and sales went up 12% vs June. But we also cut prices 10% that same "
       "week and our biggest competitor went bust on the 3rd. My boss wants the campaign to get the credit. "
       "How should I think about what actually caused the bump?"),
    ex("it",
       "Dammi solo gli orari da questa tabella: 'Regionale 8:12 Lecco–Milano arr. 9:20; Regionale 9:12 arr. "
       "10:20; Bus 8:40 Lecco–Bergamo arr. 9:35; Treno 9:50 Bergamo–Milano arr. 10:38.'",
       A("Regionale 8:12 → 9:20; Regionale 9:12 → 10:20; Bus 8:40 → Bergamo 9:35; Treno 9:50 Bergamo → "
         "Milano 10:38."),
       "Ok. Se perdo il regionale delle 8:12, mi conviene aspettare quello delle 9:12 o prendere il bus per "
       "Bergamo? Devo essere in ufficio alle 10:30 e dalla stazione ci metto 7 minuti a piedi. Ragiona con me."),
    ex("en",
       "can you check my kid's maths answer: 7 × 8 = 54?",
       A("Not quite: 7 × 8 = 56."),
       "oops. there's another one I can't do: Anna is taller than Ben. Ben is taller than Cara but shorter "
       "than Dev. Dev is shorter than Anna. who's second tallest? and how do you know"),
    ex("en",
       S("You are Keystone, the assistant inside a CRM for independent estate agents. Use British English."),
       "Two offers on the Frome flat. 410k, chain-free, but their mortgage isn't approved yet. 425k, approval in "
       "principle, but they're in a chain of three. Seller wants to be moved before the school year in "
       "September. Reason through which is safer for her and why — I need to explain it to her properly."),
    ex("en",
       S("You are the front-desk assistant for Overhang Climbing Centre. You handle bookings, memberships, "
         "shoe hire and course enquiries."),
       "not a booking question. I get totally pumped forearms on the overhang wall but never on the slab, even "
       "though the slab routes I do are graded harder. what could explain that, and how would I test which "
       "explanation is right?"),
    ex("en",
       S("You are the Dungeon Scribe, a helper for tabletop RPG game masters. You track initiative and look up "
         "rules."),
       "Party has to cross a 40 ft chasm before the bridge burns in 3 rounds. Ranger has a broken leg, the "
       "wizard has one Fly spell left (one target), the fighter can jump 15 ft, there's 50 ft of rope. Which "
       "plan gets everyone across, and what's the weakest point in it?"),
    ex("en", "three essays due: history on wed (needs the library, which is closed tuesday), biology thursday "
             "(needs the lab data from monday's class), english friday (my tutor gives feedback but only within "
             "24 hours of me sending a draft). it's sunday night. help me work out what I do on which day and why"),
    ex("en",
       S("You are Stella, the guide in the StarHop astronomy club app. You tell members what's visible "
         "tonight and explain sky events."),
       "if the moon were twice as far away as it is now, what would change for tides, eclipses and how bright "
       "nights are? reason it through qualitatively, no formulas"),
    ex("en", RAILPASS,
       "How much is FLEX4 vs QUICK3?",
       A("FLEX4 is €212 (4 travel days in a month); QUICK3 is €168 (3 travel days within 8 consecutive days)."),
       "My plan: Vienna → Budapest on Tuesday the 3rd, Budapest → Zagreb Thursday the 5th, Zagreb → Ljubljana "
       "Saturday the 7th, Ljubljana → Venice Thursday the 12th. Which pass fits? And is there a small change "
       "to the plan that would make the cheaper one work? Walk me through it."),
    ex("en",
       S("You answer staff questions about Hendry & Cole Consulting Engineers' internal guidance documents. "
         "Cite the document you use."),
       "off-topic but a council member told us 'we shouldn't spend money on the Mill Lane bridge because it "
       "hasn't collapsed in 80 years'. what exactly is wrong with that argument?"),
    ex("en",
       "we've started a board game night at work, monopoly this week",
       A("Nice! Monopoly can get competitive. Are you playing with the official rules or house rules?"),
       "official, which is the problem. settle an argument: early in the game, is it smarter to buy everything "
       "you land on or keep cash back? don't quote me statistics, reason about how the game actually works"),
    ex("en", "two supermarkets near me have the exact same self-checkout machines but one says 'unexpected item "
             "in bagging area' way more. what could be going on? give me a few hypotheses and how I'd tell "
             "them apart next time I shop"),
]

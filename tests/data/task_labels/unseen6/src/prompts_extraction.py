"""extraction: pull named fields, entities, dates, amounts, line items or action items out of given text into
lists, tables or JSON, including when the user says "summarise" but asks for fields."""

from common import A, S, ex

CALLBACK_JSON = S("You are a call-centre pipeline step. From the voicemail transcript, return ONLY a JSON object "
                  "with keys name, company, phone, email, callback_time (ISO 8601 or null) and topic. Use null for "
                  "anything not stated. No prose.")
INVOICE_JSON = S("Extract invoice data. Output only JSON: {\"supplier\": str, \"invoice_no\": str, \"issue_date\": "
                 "\"YYYY-MM-DD\", \"due_date\": \"YYYY-MM-DD\", \"currency\": str, \"lines\": [{\"description\": str, "
                 "\"qty\": number, \"unit_price\": number}], \"total\": number}.")
RECRUIT = S("You are TalentSift, a screening step in a recruiting pipeline. Read the CV and return JSON with "
            "full_name, years_experience (number), languages (list), last_employer, highest_degree, notice_period. "
            "Never infer protected characteristics.")
HARBOR = S("You are Quay, the staff assistant inside Harbormaster, a ferry booking system used by port offices.")
CRUMB = S("You are Dispatch Desk, the planning assistant for Crumb & Co bakery's delivery team. Help plan routes, "
          "driver shifts and order cut-off times.")
AGENT = S("You are a coding agent working in the user's repository. Make small, reviewed changes and explain them.")
QUESTKEEPER = S("You are Questkeeper, a prep tool for tabletop game masters: encounter balancing, NPC names, loot "
                "tables and session notes.")

INVOICE = '''NORDLICHT PRINT GmbH · Hafenstraße 12 · 20457 Hamburg
USt-IdNr. DE 298 114 507

INVOICE  No. NP-26-04417
Date of issue: 14 November 2026          Customer no.: K-1182
Payment due: within 30 days (by 14 December 2026)

Bill to: Fjordline Cafés ApS, Strandvejen 88, 2900 Hellerup, Denmark

Pos  Description                                   Qty     Unit price EUR   Amount EUR
1    Menu cards A4, 350 g, matt laminated           400     0.85             340.00
2    Coffee loyalty cards, 85x55, 2-sided           2,000   0.06             120.00
3    Window decal "Winter Blend", 60x90 cm          6       18.50            111.00
4    Design adjustment (hours)                      1.5     65.00            97.50
                                                         Net                668.50
                                                         Reverse charge VAT 0.00
                                                         TOTAL EUR          668.50
Reverse charge: VAT to be accounted for by the recipient (Art. 196 Directive 2006/112/EC).
Bank: Hamburger Sparkasse · IBAN DE12 2005 0550 1234 5678 90 · BIC HASPDEHHXXX'''

CV = '''MARGARETA (GRETA) OKONKWO-LIND
Gothenburg, Sweden · greta.ol@example.se · +46 70 123 45 67

PROFILE
Backend engineer with a soft spot for payments and boring, reliable systems. Happiest when a migration ships
with no one noticing.

EXPERIENCE
Senior Software Engineer, Klarvik Payments AB (Mar 2022 - present)
- Led the move of the settlement batch from cron scripts to an event-driven pipeline (Kafka, Go).
- Cut reconciliation mismatches by 80% by introducing idempotency keys end to end.

Software Engineer, Volvo Cars Digital (Sep 2018 - Feb 2022)
- Built internal APIs for dealer inventory in Java/Spring; on-call for 40 services.

Junior Developer, Hemköp Online (Jun 2016 - Aug 2018)
- Maintained the PHP web shop and wrote the first automated test suite.

EDUCATION
MSc Computer Science, Chalmers University of Technology (2016)
BSc Mathematics, University of Lagos (2013)

LANGUAGES
English (fluent), Swedish (fluent), Yoruba (native), German (basic)

OTHER
Notice period: 3 months. Swedish driving licence. Organiser of the Gothenburg Go meetup.'''

RECIPE_BLOG = '''Okay friends, before we get to the soup, I have to tell you about the week I've had. The boiler broke on
Monday (of course it did, it was minus four), the dog ate half a sponge, and my sister announced she's moving to
Canada. So obviously I needed soup. This is the red lentil soup my grandmother made every winter in her tiny
kitchen in Gaziantep, except she never measured anything, so it took me about nine attempts to pin it down.

A quick word on lentils: red ones, split, please. Green ones will not collapse and you'll end up with a sort of
lentil stew, which is nice but is not this. Rinse them until the water runs mostly clear. Don't obsess.

What you'll need:
1 and 1/2 cups (300 g) red lentils
1 large onion, chopped
1 carrot, grated (grandma would never, but trust me)
2 tablespoons butter plus 1 tablespoon olive oil
1 tablespoon tomato paste and 1 teaspoon pepper paste (biber salçası) if you can find it
1 teaspoon ground cumin
1 teaspoon dried mint
6 cups (1.5 litres) stock, chicken or vegetable
Salt, about 1 teaspoon, more to taste
Lemon wedges and chili flakes to serve

Melt the butter with the oil, soften the onion and carrot for ten minutes, then stir in the pastes and cumin for
a minute. Add the lentils and stock, simmer for 25 minutes, blend it smooth. At the end, sizzle a little more
butter with the mint and chili and drizzle it over each bowl. My sister says it's the only thing she'll miss.
She's wrong, but I'll allow it.'''

SESSION_NOTES = '''Session 14 notes (Ashfall campaign)
Party arrived at Greywater by barge. Met Harbourmistress Oona Pell at the docks; she was rude but let them pass
after Brannoc flashed the guild seal. At the Drowned Lantern inn they met the bard Silas Crane, who sold them a
map (probably fake, he's working for the Veil). Kira pickpocketed a letter from a sleeping courier, name unknown,
addressed to "the Abbess". Next morning, fight in the fish market with four Veil enforcers led by a half-orc called
Mother Grieve, who escaped over the rooftops. Brother Anselm at the Chapel of Tides healed Kira for free and
asked them to find his missing novice, Petra. Petra was last seen at the salt caves north of town. On the way out,
the old ferryman Jory (friendly, knows the caves) offered to guide them for 5 gp. Session ended at the cave mouth.'''

ACCESS_LOG = '''2026-12-06T08:14:02Z 10.2.14.7 GET /api/v2/reports/841 403 user=u_5521 ua=okhttp/4.12
2026-12-06T08:14:09Z 10.2.14.7 GET /api/v2/reports/842 403 user=u_5521 ua=okhttp/4.12
2026-12-06T08:15:40Z 10.2.9.31 GET /api/v2/reports/17 200 user=u_0093 ua=Mozilla/5.0
2026-12-06T08:16:11Z 10.2.14.7 GET /api/v2/reports/843 403 user=u_5521 ua=okhttp/4.12
2026-12-06T08:21:55Z 10.2.3.104 POST /api/v2/exports 403 user=u_7710 ua=python-requests/2.32
2026-12-06T08:22:03Z 10.2.3.104 POST /api/v2/exports 403 user=u_7710 ua=python-requests/2.32
2026-12-06T08:30:18Z 10.2.9.31 GET /api/v2/reports/18 200 user=u_0093 ua=Mozilla/5.0
2026-12-06T08:41:47Z 10.2.20.5 DELETE /api/v2/reports/17 403 user=u_1204 ua=Mozilla/5.0
2026-12-06T08:44:30Z 10.2.14.7 GET /api/v2/reports/844 403 user=u_5521 ua=okhttp/4.12'''

EXAMPLES = [
    ex("en", CALLBACK_JSON, "hi it's uh Deepa Raman from Larchmont Joinery, we spoke last week about the shop fit-out "
       "quote, could someone call me back tomorrow after two, my mobile is 07700 900 412, or email deepa at "
       "larchmont joinery dot co dot uk, thanks, bye"),
    ex("en", INVOICE_JSON, INVOICE),
    ex("en", RECRUIT, CV),
    ex("en", S("You are Kite, the support triage assistant for an online plant shop. Be friendly."),
       "from this customer email grab the order number, the product, what's wrong and what they want us to do, "
       "as four lines:\n\n'Hello, my order #PL-20931 arrived yesterday and the monstera (the big one, 80cm) has a "
       "snapped stem and half the soil is in the box. I'd honestly prefer a replacement over a refund if you have "
       "another one, it was a birthday present for my mum. Thanks, Hanne'"),
    ex("en", HARBOR, "can a booking be moved to another sailing without a fee?",
       A("Yes, once, free of charge, up to 24 hours before departure (fare rules section 2)."),
       "good, she'll want that later. customer emailed instead of using the form, can you pull out the booking "
       "ref, passenger names, "
       "vehicle reg and sailing so I can type them in:\n\n'Dear sir/madam, regarding booking HM-7731-Q for the "
       "08:15 from Ardcraig to Port Ellis on Saturday 19 December, please note we will be travelling as three "
       "now: myself (Fiona McAuley), my husband Callum McAuley and our son Rory (age 9). We're bringing the car, "
       "reg SK21 BFX, not the camper. Kind regards, Fiona'"),
    ex("en", CRUMB, "turn these whatsapp orders into a list: customer, item, qty, delivery day\n\n[Mon 07:02] Rosa "
       "(Olive Tree café): 3 sourdough, 2 dozen croissants for wed pls\n[Mon 07:15] Hendrik: same as last week "
       "but no rye. last week was 4 baguettes + 2 rye, thursday\n[Mon 08:40] Olive Tree again: actually make that "
       "30 croissants\n[Mon 09:12] St Brigid's school kitchen: 12 large tin loaves friday, early"),
    ex("en", AGENT, "not asking for a fix yet. from this log just list the distinct users that got a 403, with how "
       "many times and the first timestamp for each\n\n" + ACCESS_LOG),
    ex("en", S("You are the SQL helper in Ledgerly, a reporting tool on PostgreSQL 15."),
       "no sql needed, I copied this out of a bank PDF and it's a mess. give me the rows as a JSON array with "
       "date, description, amount (negative for debits):\n\n03.11. CARD PAYMENT TESCO EXTRA 4402 -54,20\n"
       "04.11. SEPA CREDIT ACME GMBH SALARY NOV +3.180,00\n05.11. DIRECT DEBIT VODAFONE -39,99\n06.11. CARD "
       "PAYMENT SHELL 1177 -71,45"),
    ex("en", QUESTKEEPER, "give me a twist for next session, they're getting too comfortable",
       A("The friendly ferryman Jory has been paid by the Veil to lead them into the caves, and he is starting "
         "to regret it."),
       "ooh. first, from my notes list every NPC they met, with where, and friendly/hostile/unknown\n\n"
       + SESSION_NOTES),
    ex("en", S("You are the guide bot of the Kessler Museum of Maritime History. Use only this exhibit text:\n\n"
               "Room 6 tells the story of the Kessler line: the Aurelia (launched 1871) carried emigrants to "
               "Baltimore until she was lost off Cape Race in 1884; her sister the Constance (1873) served until "
               "1902. The steamer Margarethe Kessler, named after the founder's widow, entered service in 1890 and "
               "was requisitioned as a hospital ship in 1915."),
       "for my kid's worksheet: list every ship in that text with the years mentioned for it"),
    ex("en", S("You are the claims assistant at Halden Mutual. Explain cover, claim status and required documents."),
       "fill in the form fields from what I wrote: date, time, location, other party's plate, witnesses.\n\n"
       "'On Tuesday 1 December at about quarter to six I was stopped at the lights on Corn Street by the old "
       "bus station when a white van (plate ending 4KR, I think full plate YD70 4KR) rolled into the back of me. "
       "A woman at the bus stop, Mrs Eileen Batty, saw it and gave me her number. The van driver said his "
       "handbrake slipped.'"),
    ex("en", S("You are MathPal, a tutor for secondary-school maths."),
       "not maths sorry. from this timetable message pick out just the test dates and subjects:\n\n'Y10 "
       "reminders: maths mock Tues 12 Jan p3-4, bring calculators. Chemistry practical write-up due Fri 15 Jan "
       "(not a test). English lit closed-book test Mon 18 Jan. French oral 20-22 Jan, slots on the board. Maths "
       "retake for absentees Thurs 21 Jan after school.'"),
    ex("en", S("You are Amplify, a marketing assistant for newsletters: subject lines, segments and send times."),
       "pull out every product feature these reviews mention and how many reviews mention it\n\n1. 'battery is "
       "amazing, screen a bit dim outdoors'\n2. 'love the battery, strap broke after a month'\n3. 'sleep tracking "
       "is spot on, app is clunky'\n4. 'app keeps logging me out, battery fine'\n5. 'screen is gorgeous indoors, "
       "strap is itchy'"),
    ex("en", S("You are Nestwise, a home-buying assistant. Explain listings, fees and the buying process."),
       "table please: size, price, floor, lift yes/no, energy label, service charge.\n\n'Bright 2-bed on the 4th "
       "floor of a 1930s block, 71 m², asking 389,000. Lift installed 2019. EPC band C. Service charge 1,840/yr, "
       "ground rent peppercorn. Chain free.'"),
    ex("en", S("You are Forkful, a recipe app assistant. Suggest recipes and substitutions."),
       "just the ingredients with quantities please, I don't need her week\n\n" + RECIPE_BLOG),
    ex("en", S("You are Clausewise, a contract review assistant for small businesses. You are not a lawyer."),
       "I don't want an opinion yet. list as JSON: parties, start date, term, notice period for termination, "
       "fee and payment terms, governing law\n\n'This Agreement is made on 2 January 2027 between Brightwell "
       "Studio Ltd (\"Agency\") and Halloran & Daughters Ltd (\"Client\"). The Agency will provide social media "
       "management for an initial term of twelve (12) months from the Start Date of 1 February 2027, renewing "
       "automatically for further periods of six (6) months unless either party gives no less than sixty (60) "
       "days' written notice before the end of the then-current term. The Client shall pay a monthly retainer "
       "of GBP 2,400 plus VAT, invoiced on the first working day of each month and payable within 14 days. This "
       "Agreement is governed by the laws of Scotland.'"),

    ex("en", "can you translate this email from my German landlord to English?\n\n'Sehr geehrte Frau Ruiz, die "
       "Nebenkostenabrechnung 2025 ergibt eine Nachzahlung von 214,60 €, fällig zum 15.01.2027. Ab dem 01.02.2027 "
       "erhöht sich die monatliche Vorauszahlung von 180 € auf 205 €.'",
       A("\"Dear Ms Ruiz, the 2025 service charge statement shows an additional payment of €214.60, due by "
         "15 January 2027. From 1 February 2027 the monthly advance payment rises from €180 to €205.\""),
       "ugh. ok make me a little table of every amount and date in it so I can put it in my budget sheet"),
    ex("en", "summarise this thread for me:\n\nMira: can we move the launch to the 14th?\nTom: fine, but legal "
       "needs the T&Cs by the 9th\nMira: Priya can you do the T&Cs?\nPriya: yes, draft by the 7th, final the 9th\n"
       "Tom: I'll book the press call for the 13th\nMira: and I'll tell the store team on Monday",
       A("The launch moves to the 14th. Priya drafts the T&Cs by the 7th for legal's deadline on the 9th, Tom "
         "books a press call for the 13th, and Mira briefs the store team on Monday."),
       "actually I just need the action items: who, what, by when. one per line"),
    ex("en", "write a two-line poem for my email signature",
       A("Replies may be slow, but never unkind;\ngood things take time, and so does my mind."),
       "lol no. work thing: get every email address and phone number out of this signature mess\n\n"
       "--\nJonas Berg | Head of Ops | jonas.berg@fjellhus.no | mob +47 412 33 908 | sentralbord +47 22 40 10 00 | "
       "for invoices: faktura@fjellhus.no"),
    ex("en", "why is my npm install so slow",
       A("Common causes: no lockfile, a cold cache, a slow registry mirror, or postinstall scripts compiling native "
         "modules. Try `npm ci` with a warm cache first."),
       "anyway. list each package and its exact version from this lockfile bit, as name: version\n\n"
       "\"node_modules/axios\": {\"version\": \"1.7.9\"},\n\"node_modules/dayjs\": {\"version\": \"1.11.13\"},\n"
       "\"node_modules/zod\": {\"version\": \"3.23.8\"}"),
    ex("en", "I'm so nervous about flying tomorrow",
       A("That's very common. It might help to know exactly what to expect at each step; want to go through the "
         "day together?"),
       "maybe later. first pull the flight numbers, times and terminals out of this so I can put them in my "
       "calendar:\n\n'Your itinerary: 10 Dec KL1070 MAN 06:40 - AMS 09:00 (T2 -> Schiphol). Connection KL0605 "
       "AMS 10:25 - SFO 12:45, arriving Terminal I.'"),
    ex("en", "we're 5, the bill is 212.50 with a 12.5% service charge already in. how much each",
       A("42.50 each (212.50 / 5)."),
       "and list the items with quantities from the receipt for the expense claim:\n\n'2 x Margherita 23.00, "
       "1 x Diavola 13.50, 3 x House red 175ml 22.50, 5 x Tiramisu 35.00, 2 x Sparkling water 1L 9.00'"),
    ex("en", "help me find a time for the book club, 4 people, weekday evenings",
       A("Share everyone's availability and I'll look for an overlap."),
       "here. make a table of who can do which evening, no suggestion yet:\n\nAnneke: mon or thu\nBo: anything "
       "but wednesday\nCiarán: tue, thu\nDilnoza: thursday only, and maybe monday if it's after 8"),
    ex("en", "translate this product page to English please: 静音設計のコードレス掃除機。重さ1.2kg、最大60分"
       "運転、充電時間4時間、ダストカップ0.4L。",
       A("\"A cordless vacuum cleaner with a quiet design. Weight 1.2 kg, up to 60 minutes of runtime, 4-hour "
         "charging time, 0.4 L dust cup.\""),
       "now give me just the specs as JSON with units"),
    ex("en", "summarise this in one sentence: 'The European Commission on Tuesday fined chipmaker Valtrix 310 "
       "million euros for abusing its dominant position. Commissioner Anja Levik said Valtrix had pressured PC "
       "makers Orvel and Tandem Systems to avoid rival chips. Valtrix chief executive Marc Dufresne said the company "
       "would appeal to the General Court in Luxembourg.'",
       A("The EU fined Valtrix €310 million for pressuring PC makers to shun rival chips, and Valtrix says it "
         "will appeal."),
       "which people and organisations does it name? just a list, no descriptions"),
    ex("en", "write a haiku about docker",
       A("Layers stacked like snow,\nit works on my machine, and\nnow it works on yours."),
       "cute. now list each container name with its published ports from this, nothing else\n\n"
       "CONTAINER ID   IMAGE                 STATUS        PORTS                                        NAMES\n"
       "3f2a1c9e0b7d   postgres:16           Up 3 hours    0.0.0.0:5433->5432/tcp                       db\n"
       "a81b44f2c6e0   redis:7-alpine        Up 3 hours    6379/tcp                                     cache\n"
       "c09e7d5b1a22   ghcr.io/acme/api:1.9  Up 2 minutes  0.0.0.0:8080->8080/tcp, 0.0.0.0:9090->9090/tcp  api\n"
       "7d3e0f6a9c41   grafana/grafana:11    Up 3 hours    0.0.0.0:3000->3000/tcp                       grafana"),
    ex("en", "give me a tagline for a soap brand that smells like the seaside",
       A("\"Wash up on the shore.\""),
       "ha. from this brief, extract target audience, price point and launch date:\n\n'Tidewash is a bar soap "
       "for 25-40 year old city renters who miss the coast. RRP 6.50 a bar or 17 for three. Launch 1 March in "
       "60 independent shops, online the same week.'"),

    ex("en", "pull every date out of this wedding invitation with what happens on it\n\n'Together with their "
       "families, Nia & Owen invite you to celebrate their marriage on Saturday 5 June 2027 at 2pm at Caer Rhun "
       "Hall. RSVP by 1 March. Welcome drinks the evening before (Friday 4 June) at the Ship Inn from 7pm. Brunch "
       "on Sunday 6 June for anyone still standing.'"),
    ex("en", "all the IPs from this that got a 403, deduplicated\n\n" + ACCESS_LOG.replace("user=", "uid=")),
    ex("en", "how do you say 'welcome to the team' in Polish",
       A("\"Witamy w zespole!\""),
       "thanks, for Tomasz. now grab the names, roles and start dates from this announcement into a table: 'Please "
       "welcome three new "
       "colleagues: Farah Idris joins Finance as Payroll Lead on 11 January, Tomasz Wróbel starts in Warehouse Ops "
       "as Shift Supervisor on 18 January, and Lucía Gómez returns from parental leave to Customer Care on 1 "
       "February, now as Team Manager.'"),
    ex("en", "what medications and doses are listed here? I'm making a chart for my dad's fridge. 'Discharge "
       "meds: amlodipine 5 mg once daily in the morning; atorvastatin 20 mg at night; aspirin 75 mg daily with "
       "food; paracetamol 1 g up to four times a day if needed, max 4 g in 24h.'"),
    ex("en", "summarise these tickets as a table with columns id, customer, product, severity. nothing else.\n\n"
       "#4410 from Brunel Dental: the X-ray viewer crashes on export, blocking, they have patients waiting.\n"
       "#4412 Marsh & Co: typo on the invoice PDF footer, whenever you get to it.\n#4415 Brunel Dental again: "
       "login slow on the scheduler, annoying but works.\n#4419 Kowalczyk Physio: scheduler double-booked two "
       "rooms this morning, urgent."),
    ex("en", "from the job ad, just: title, salary, hours, location, closing date\n\n'We're hiring a Community "
       "Gardener (part-time, 22.5 hours/week) to run our growing sessions at Ashgrove Allotments, Leeds. Salary "
       "£24,600 FTE (£14,967 actual). Closing date: noon, 8 January. Interviews week of 18 January.'"),

    # non-English
    ex("es", "Sácame de este correo el número de pedido, la dirección de envío y la fecha de entrega prometida:\n\n"
       "«Hola, te confirmo que el pedido 55-A-9917 sale hoy. Va a Calle Jazmín 14, 3ºB, 41005 Sevilla, y "
       "debería llegar el jueves 17. Si no estás, lo dejan en el estanco de abajo. Un saludo, Maite»"),
    ex("fr", "Extrais de ce programme les noms des intervenants et l'heure de leur passage, sous forme de liste :\n\n"
       "« 9h00 accueil café. 9h30 ouverture par Hélène Marchand (directrice). 10h15 table ronde animée par Karim "
       "Benali avec Sophie Lenoir et Dr Paul Aubert. 12h00 déjeuner. 14h00 atelier pratique, Inès Rocha. 16h30 "
       "clôture. »"),
    ex("de", "Aus dieser Nebenkostenabrechnung bitte alle Posten mit Betrag als Tabelle, ohne Kommentar:\n\n"
       "Grundsteuer 212,40 €; Wasser/Abwasser 388,15 €; Müllabfuhr 164,00 €; Hausmeister 296,80 €; Treppenhaus"
       "reinigung 141,20 €; Gebäudeversicherung 198,55 €; Allgemeinstrom 47,90 €. Summe 1.449,00 €, abzüglich "
       "Vorauszahlungen 1.320,00 €, Nachzahlung 129,00 €."),
    ex("pt", INVOICE_JSON, "extraia os dados desse boleto em JSON, mesmo que não seja bem uma fatura: Beneficiário "
       "ESCOLA PEQUENO PRÍNCIPE LTDA, referência mensalidade dezembro/2026, vencimento 10/12/2026, valor R$ "
       "1.280,00, multa 2% após vencimento, nosso número 00091873-4."),
    ex("it", "Dal verbale estrai solo le delibere approvate, con i voti:\n\n«Assemblea condominiale del 28/11. "
       "Punto 1: rifacimento facciata, approvato con 640 millesimi favorevoli. Punto 2: installazione "
       "colonnine di ricarica, respinto (380 favorevoli). Punto 3: nuovo amministratore Studio Ferri, approvato "
       "all'unanimità. Punto 4: varie ed eventuali, nessuna delibera.»"),
    ex("nl", S("Je bent de assistent van vacaturesite WerkWijzer. Help werkzoekenden met vacatures en sollicitaties."),
       "Haal uit deze vacature: functie, salaris, uren, locatie en sluitingsdatum.\n\n«Wij zoeken een "
       "Logistiek Planner (m/v/x) voor ons distributiecentrum in Tilburg. 32-40 uur per week. Salaris € 3.300 - "
       "€ 4.100 bruto per maand. Reageren kan tot en met 15 januari.»"),
    ex("pl", "Wypisz z tej faktury: NIP sprzedawcy, numer faktury, kwotę brutto i termin płatności.\n\n"
       "«Faktura VAT nr FV/2026/12/088. Sprzedawca: Drukarnia Orzeł sp. z o.o., NIP 521-301-77-64. Data "
       "wystawienia 03.12.2026. Netto 1 250,00 zł, VAT 23% 287,50 zł, brutto 1 537,50 zł. Termin płatności: 14 "
       "dni.»"),
    ex("tr", "Bu kargo mesajından takip numarasını, tahmini teslim tarihini ve şubeyi çıkar:\n\n«Sayın Elif "
       "Y., 7284 3310 9925 takip numaralı gönderiniz Kadıköy Moda şubemize ulaşmıştır. Tahmini teslim: 9 Aralık "
       "Çarşamba, 13:00-18:00.»"),
    ex("ru", "Вытащи из переписки все даты и суммы и сделай таблицу: дата, сумма, за что.\n\n— Оплатил аренду "
       "за декабрь 45 000 ₽ 1 декабря.\n— А коммуналку?\n— 6 340 ₽, переведу 10-го.\n— И не забудь залог "
       "вернуть: 45 000 ₽ до 31 января."),
    ex("uk", RECRUIT, "Витягни з резюме в JSON: ім'я, досвід у роках, мови, останнє місце роботи.\n\nОксана "
       "Петренко. Бухгалтерка з 2014 року. 2019-2026: головна бухгалтерка в ТОВ «Карпатський мед». 2014-2019: "
       "бухгалтерка в аудиторській фірмі «Баланс». Мови: українська, англійська (B2), польська (A2)."),
    ex("zh", S("你是售后系统的结构化提取模块，只输出JSON。"),
       "从这段客户投诉里提取：订单号、商品名称、问题类型、客户诉求。\n\n“我12月2号买的空气炸锅，订单号"
       "JD88120473，用了两次就不加热了，客服一直不回。我要退货退款，不要换货。”"),
    ex("ja", "この会議メモから、決定事項と担当者と期限だけを箇条書きで抜き出して。\n\n「来期の展示会は幕張に"
       "決定。ブース設計は佐藤さん、1月末まで。予算は前年並み。パンフレット改訂は山口さんが2月10日までに"
       "初稿。懇親会をやるかは保留。」"),
    ex("ko", "이 문자에서 운송장 번호랑 도착 예정일만 뽑아줘\n\n[한빛택배] 고객님의 상품(운송장 6402-1187-3390)이 "
       "간선 하차되었습니다. 도착 예정일 12/9(수). 부재 시 경비실 보관."),
    ex("hi", "इस मैसेज से शादी की तारीख़, जगह और RSVP की आख़िरी तारीख़ निकाल दो:\n\n\"आप सादर आमंत्रित हैं! "
       "अंकित और मेघा का विवाह 14 फ़रवरी 2027 को शाम 7 बजे, शगुन बैंक्वेट हॉल, इंदौर में होगा। कृपया 20 "
       "जनवरी तक बताएं कि आप आ रहे हैं।\""),
    ex("ar", "استخرج من هذا الإعلان: المساحة، السعر، عدد الغرف، والحي، بصيغة JSON\n\n«للإيجار شقة في حي "
       "الروضة، 140 متر مربع، ثلاث غرف نوم وصالة، الدور الثاني، الإيجار السنوي 48,000 ريال، دفعتين.»"),
    ex("id", "Tolong ambil nama obat, dosis, dan jadwal minumnya dari resep ini, bikin tabel ya:\n\n"
       "Amoxicillin 500 mg 3x sehari sesudah makan, habiskan. Paracetamol 500 mg bila demam, maks 4x sehari. "
       "Cetirizine 10 mg 1x sehari malam."),
    ex("vi", "Lấy giúp mình tên khách, số điện thoại và địa chỉ giao hàng từ tin nhắn này:\n\n\"Chị ơi em lấy 2 "
       "hộp bánh pía nhé, giao cho em Trần Thu Hà, 0912 345 678, số 27 ngõ 80 Chùa Láng, Đống Đa, Hà Nội. Giao "
       "sau 5h chiều giúp em.\""),
]

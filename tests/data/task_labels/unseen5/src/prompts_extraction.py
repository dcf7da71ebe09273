"""extraction: the last user message asks for specific fields, entities, values or items pulled out of
given text (into JSON, a table, a list or a single value). "Summarise this as a table of parties, dates
and amounts" is extraction; a prose overview of the same text is summarization."""

from common import A, S, ex

INVOICE_JSON = S(
    'You are an invoice parser. Return only JSON with keys: supplier, invoice_number, invoice_date '
    '(YYYY-MM-DD), currency, net, vat, total, iban. Use null for anything not present.'
)
RESUME_PIPELINE = S(
    "You convert CVs to structured records for the Talentgrid ATS. Output JSON with: name, email, phone, "
    "location, years_experience (int), skills (list), last_employer, last_title. No commentary."
)
COPYWRITER = S(
    "You are the copywriter for Bramble & Oak, an independent furniture shop in Bristol. Voice: warm, "
    "slightly wry. Product descriptions are 60-90 words."
)
SUPPORT_COURIER = S(
    "You are the assistant of Swiftparcel couriers. Help customers track parcels, rearrange deliveries "
    "and report damage. Tracking numbers look like SP followed by 10 digits."
)
CODING_ASSISTANT = S(
    "You are a coding assistant in the user's terminal. Prefer short answers with commands they can run."
)
LEGAL_RAG = S(
    "You answer questions for the tenants' association using only the lease excerpt the user pastes. "
    "Quote the lease where possible. You are not a lawyer."
)
MEDICAL_FORMS = S(
    "Eres el asistente de admisión de la Clínica Dental Sonrisa. Ayudas a los pacientes a rellenar el "
    "formulario de primera visita y respondes dudas sobre horarios y seguros."
)
EVENTS_APP = S(
    "Tu es l'assistant de Sortir Lyon, une appli d'agenda culturel. Tu recommandes des concerts, "
    "expositions et spectacles selon les goûts de l'utilisateur."
)
RECIPE_APP = S(
    "You are Mise, the assistant in a recipe app. Suggest recipes from what the user has, scale "
    "quantities and give substitutions. Metric units."
)
SHIPPING_JSON = S(
    'Извлеки данные из сообщения клиента. Верни только JSON: {"order_id": str|null, "city": str|null, '
    '"problem": "late"|"damaged"|"wrong_item"|"other", "wants_refund": bool}.'
)

MEDIA_MONITOR = S(
    "You are the media-monitoring assistant of Lattice PR. You read press coverage for our clients and "
    "flag mentions, tone and reach."
)
THREADLINE = S(
    "You are the order-help assistant for Threadline, a custom T-shirt printer. Help with order status, "
    "print files, sizing and returns."
)
LUMENBOARD_SQL = S(
    "You are the SQL copilot inside Lumenboard. Answer with a single SQL query in a ```sql block and one "
    "sentence explaining it."
)
BRIGHTPATH = S(
    "You are Brightpath, a tutoring assistant for secondary-school students. Show working step by step "
    "and check the student's understanding at the end."
)
ONBOARD_BOT = S(
    "You are Onboard, the new-starter assistant at Fenwick Digital. Help new employees through their "
    "first week: laptop setup, who's who, where the coffee is, and the handbook."
)
MUSE_COWRITER = S(
    "You are Muse, a co-writer for novelists. Match the author's voice, keep continuity and never "
    "summarise chapters unless asked."
)

INVOICE_TEXT = """HOLZWERK MEYER GmbH · Industriestraße 14 · 79108 Freiburg
USt-IdNr. DE291847335

Rechnung Nr. 2026-1187          Datum: 18.11.2026
Kunde: Bramble & Oak Ltd, 22 Gloucester Rd, Bristol BS7 8AE, UK

Pos  Artikel                            Menge   Einzelpreis   Gesamt
1    Eichenplatte geölt 180x90          4       310,00        1.240,00
2    Tischbeine Stahl schwarz (4er Set) 4       85,00         340,00
3    Verpackung und Versand UK          1       145,00        145,00

Nettobetrag                                                    1.725,00 EUR
Steuerfreie innergemeinschaftliche Lieferung / Reverse Charge  0,00 EUR
Gesamtbetrag                                                   1.725,00 EUR

Zahlbar innerhalb 14 Tagen ohne Abzug.
Bankverbindung: Sparkasse Freiburg, IBAN DE44 6805 0101 0012 4456 78, BIC FRSPDE66XXX"""

CV_TEXT = """AMARA OKONKWO-BELL
Manchester, UK · amara.ob@fastmail.example · +44 7700 900 418 · github.com/amaraob

Senior Data Engineer with 9 years building batch and streaming pipelines for retail and logistics.

EXPERIENCE
Northpeak Retail — Senior Data Engineer (2022 – present)
- Moved 140 nightly batch jobs from Airflow 1 to Dagster; cut failed runs by 70%.
- Built the Kafka → Flink → Iceberg clickstream pipeline (2bn events/day).
Carta Freight — Data Engineer (2018 – 2022)
- Designed the shipment ETA model features in Spark; owned the dbt project (600 models).
Halden Analytics — Junior Analyst (2017 – 2018)
- SQL reporting for three supermarket clients.

SKILLS
Python, SQL, Scala, Spark, Flink, Kafka, dbt, Dagster, Airflow, Iceberg, Terraform, AWS (Glue, EMR, S3)

EDUCATION
BSc Mathematics, University of Leeds, 2016

Languages: English (native), Igbo (conversational), German (B1)"""

THREAD = """From: Ingrid Solberg <ingrid@fjellco.example>
To: events@harbourhotel.example
Date: Mon, 2 Nov 2026 09:14
Subject: Team offsite 3-5 December — booking

Hi, we'd like to book the offsite we discussed. 18 people, arriving 3 December, leaving 5 December
(two nights). Single rooms for everyone please. We need the Lighthouse meeting room both full days,
and a dinner on the 4th for 18 — two vegetarians and one with a nut allergy (Kasper). Invoice to Fjellco
AS, org. no. 921 334 560, PO number FJ-7781.

From: Tobias Lind <events@harbourhotel.example>
Date: Mon, 2 Nov 2026 15:40

Dear Ingrid, thank you! We can confirm 16 single rooms; for the last two we can offer doubles for
single use at a 300 NOK supplement per night each. The Lighthouse room is free on the 4th, but on the
3rd it's booked until 13:00 — we can give you the Harbour room for the morning. Dinner on the 4th is
fine, 19:00 in the Net Loft. Room rate 1,450 NOK per night, meeting package 690 NOK per person per day.

From: Ingrid Solberg
Date: Tue, 3 Nov 2026 08:05

Doubles are fine. Harbour room in the morning of the 3rd is fine too. Can we move dinner to 19:30?
And one more vegetarian — Oda. Also, Kasper's allergy is peanuts and tree nuts, both.

From: Tobias Lind
Date: Tue, 3 Nov 2026 11:20

Done: dinner 19:30. I've noted three vegetarians and Kasper's peanut and tree nut allergy. A deposit
of 20% is due by 17 November. Confirmation number HH-26-0412."""

EXAMPLES = [
    ex("en", INVOICE_JSON, INVOICE_TEXT),
    ex("en", RESUME_PIPELINE, CV_TEXT),
    ex("en", "From this email thread, give me a table of everything that was finally agreed: rooms (how "
       "many of each type and price), meeting rooms per day, dinner time and place, dietary needs by "
       "person, deposit amount rule and deadline, confirmation number. Only the final state, not what "
       "changed.\n\n" + THREAD),
    ex("en", COPYWRITER,
       "Not a description this time: our supplier's invoice is below. I just need the IBAN, the invoice "
       "number and the total, nothing else.\n\n" + INVOICE_TEXT),
    ex("en", SUPPORT_COURIER,
       "my neighbour forwarded me this, which parcels are mine? I'm flat 4B. just give me the tracking "
       "numbers.\n\n'SP4471029385 - Flat 2A - left in porch\nSP4471029391 - Flat 4B - left with "
       "neighbour\nSP4471030012 - Flat 4 - returned to depot\nSP4471030877 - Flat 4B - left in porch'"),
    ex("en", CODING_ASSISTANT,
       "I don't want a script, just read it yourself: which IPs got a 429 in this and how many times "
       "each?\n\n10.0.3.7 - - [07/Dec/2026:10:01:02] \"GET /v1/chat HTTP/1.1\" 200 812\n10.0.3.9 - - "
       "[07/Dec/2026:10:01:02] \"GET /v1/chat HTTP/1.1\" 429 41\n10.0.3.7 - - [07/Dec/2026:10:01:03] "
       "\"POST /v1/chat HTTP/1.1\" 429 41\n10.0.3.12 - - [07/Dec/2026:10:01:03] \"GET /health HTTP/1.1\" "
       "200 2\n10.0.3.9 - - [07/Dec/2026:10:01:04] \"POST /v1/chat HTTP/1.1\" 429 41\n10.0.3.9 - - "
       "[07/Dec/2026:10:01:05] \"POST /v1/chat HTTP/1.1\" 200 1022"),
    ex("en", LEGAL_RAG,
       "12.1 The Tenant shall give not less than two (2) months' written notice to terminate this "
       "Agreement after the expiry of the Fixed Term.\n12.2 Notice shall be served by recorded delivery to "
       "the Landlord's address at Clause 1 or by email to lettings@brackenprop.example.\n14.3 The Deposit "
       "of £1,650 is protected with the Deposit Protection Service under certificate DPS-884120.\n"
       "17.4 Pets are permitted with the Landlord's prior written consent, not to be unreasonably "
       "withheld.\n\nWhat's the notice period, how exactly do I send it, and what's the deposit "
       "certificate number? bullet points, quotes from the lease"),
    ex("en", RECIPE_APP,
       "Before you suggest anything: from this recipe, list only the ingredients I need to buy, with "
       "amounts. I already have flour, eggs, butter, salt and sugar.\n\nLemon drizzle loaf: 225 g "
       "unsalted butter, 225 g caster sugar, 4 eggs, 1 lemon (zest), 225 g self-raising flour. Drizzle: "
       "juice of 1½ lemons, 85 g caster sugar. Optional: 2 tbsp poppy seeds."),
    ex("en",
       "Can you summarise this meeting note? 'Decided to move launch to 14 Jan. Priya owns the pricing "
       "page, due 20 Dec. Marcus to fix SSO bug by 18 Dec. Legal review still pending, no owner yet. Next "
       "sync 9 Dec.'",
       A("The launch moves to 14 January. Pricing page and an SSO fix are due before Christmas, legal "
         "review is unassigned, and the team meets again on 9 December."),
       "now just the action items as a table: task, owner, due date. put 'none' where there's no owner"),
    ex("en",
       "write a limerick about a pharmacist",
       A("A pharmacist down in Dundee\nCould read any scrawl, to a T.\nShe'd squint at a note\nThat a "
         "surgeon once wrote,\nAnd say, 'That's for gout. Or for tea.'"),
       "ha. ok real task: from this prescription text give me drug, dose, frequency, duration as JSON: "
       "'Amoxicillin 500 mg capsules, one capsule three times a day for 7 days. Ibuprofen 400 mg as needed, "
       "max 3 a day.'"),
    ex("en", MEDIA_MONITOR, "extract every person and the organisation they're linked to from this: "
       "'Speaking at the summit, Dr. Helena Varga of the Budapest Institute of Technology praised the work "
       "of Kenji Mori (Toyota Research) and said her former student, Lucas Ferreira, now at Embraer, had "
       "\"rewritten the textbook\". The session was chaired by Aisha Bello, head of policy at the African "
       "Union Commission.'"),
    ex("en",
       "off to Helsinki tomorrow for the first time, kind of nervous about the cold",
       A("Exciting! Early December there is dark and around zero degrees, so layers, a warm hat and "
         "waterproof shoes will do most of the work. The saunas help too."),
       "ha noted. what's the flight number and departure time in here? 'Your flight AY1332 to Helsinki "
       "departs 06:55 from Terminal 2, gate closes 06:35. Seat 14C.'"),
    ex("en", CODING_ASSISTANT,
       "how do I lowercase a string in bash",
       A("With bash 4+: ${var,,}. Portable: echo \"$var\" | tr '[:upper:]' '[:lower:]'."),
       "thanks, not scripting it after all, it's one message. pull out all the email addresses from this "
       "signature block mess: Jon Rees | Sales | "
       "jon.rees@marlowe.example (out of office? try sales@marlowe.example) | cc my assistant "
       "b.achebe@marlowe.example"),
    ex("en",
       "average of these star ratings: 4, 5, 2, 5",
       A("(4 + 5 + 2 + 5) / 4 = 4.0 stars."),
       "ok and the text of those reviews is below. From the reviews below, list each product mentioned and "
       "whether the review is positive, "
       "negative or mixed about it, as CSV with columns product,sentiment.\n\n1. 'The Kettle Pro boils "
       "fast but the lid broke in a month.'\n2. 'Love my Toastmaster 2, perfect every time.'\n3. 'Returned "
       "the Blendy Mini, way too loud.'\n4. 'Kettle Pro again, replacement lid is much sturdier, happy "
       "now.'"),
    ex("en", "I need the dates only, as YYYY-MM-DD: 'The festival runs from the second Friday of July "
       "2027 — the 9th — through Sunday the 11th, with a preview night on 8 July and the closing party "
       "moved to 12/07/2027.'"),
    ex("en",
       "Help me reply politely to my landlord who wants to visit tomorrow.",
       A("Hi Mr. Daly, thanks for letting me know. Tomorrow is difficult for me; could we arrange a "
         "visit later in the week? Thursday after 5pm or Saturday morning would work well."),
       "He replied with this: 'Thursday 18:00 fine. I'll bring the plumber, Gary, 07700 900 211, he'll "
       "check the boiler, ref BG-44127. Bring the meter readings.' Just list the facts I need: time, who, "
       "phone, reference, what to prepare."),
    ex("en", THREADLINE, "bulk order from our school, can you sort it? Get the SKU, size and quantity from "
       "each line into JSON array: 'TSH-BLK-M x3, TSH-WHT-L x1, HOOD-GRY-XL x2 (gift wrap), cap-navy x 1'"),
    ex("en", LUMENBOARD_SQL,
       "don't write a query yet. the client sent this request; list every metric they want and the date "
       "range for each, as a table, so I can check we have the data:\n\n'Hi! For the board pack could "
       "you pull net revenue by month for all of 2026, refunds as a % of revenue for Q3 and Q4 only, and "
       "new customers per country since the Spain launch on 1 June? Also average order value for Black "
       "Friday week (24-30 Nov) compared with the same week last year.'"),
    ex("en", "From this job ad give me salary range, location, remote policy, contract type and closing "
       "date. 'Product Designer, Lisbon (hybrid: 2 days in office). Permanent, full-time. €48k–€58k + "
       "equity. Apply by 15 January 2027. Portuguese not required.'"),
    ex("en",
       "Is the Cairo Museum open on Fridays?",
       A("The Egyptian Museum in Tahrir Square is generally open every day, including Friday, but hours "
         "can change during Ramadan and holidays, so check the official site before you go."),
       "ok here's what the hotel sent. which museums, the days they're closed, and ticket prices, as a "
       "list please: 'Egyptian Museum (Tahrir): daily 9-17, 550 EGP. Grand Egyptian Museum: closed "
       "Tuesdays, 1,200 EGP. Coptic Museum: closed Mondays, 300 EGP.'"),
    ex("en", "give me just the numbers from this in a table: 'Q3 revenue rose to $48.2m from $41.7m, "
       "gross margin slipped to 61% (Q2: 63%), headcount 412, and the company guided Q4 revenue of "
       "$50-52m.'"),
    ex("en", ONBOARD_BOT,
       "Rewrite this to sound friendlier: 'Submit your timesheet by Friday or it won't be paid.'",
       A("\"Friendly reminder: please send your timesheet by Friday so we can pay you on time!\""),
       "thanks. from the rota below who works Saturday and which shift? 'Sat: Mo early, Lin late, Ravi "
       "early. Sun: Lin early, Ade late.'"),
    ex("en", "Extract the key-value pairs from this error into JSON: 'ERR 4012 at 2026-12-01T08:14:22Z "
       "service=checkout region=eu-west-1 user=u_88213 cause=card_declined retry=false'"),
    ex("en", BRIGHTPATH, "list every chemical element mentioned in this paragraph, once each: 'Stainless "
       "steel is iron with chromium, often nickel, and a little carbon; marine grades add molybdenum. "
       "Titanium is lighter; aluminium is cheaper.'"),
    ex("en", "pull out all the questions the customer actually asked in this chat, word for word:\n\n"
       "Customer: hi, I ordered the blue sofa last week. when will it come? also, can I change the "
       "legs to oak? my sister says you do that. the delivery guy last time was rude btw. is there a "
       "charge for taking the old one away?"),
    ex("es", MEDICAL_FORMS,
       "Le copio lo que me mandó mi médico, ¿me saca solo los medicamentos que tomo y las alergias para "
       "el formulario? 'Paciente de 54 años, hipertensa, en tratamiento con enalapril 10 mg/día y "
       "atorvastatina 20 mg. Alergia a la penicilina. Intolerancia a la lactosa. Fumadora de 5 "
       "cigarrillos/día.'"),
    ex("fr", EVENTS_APP,
       "Pas de recommandation cette fois. Dans ce texte, relève pour chaque concert la date, la salle et "
       "le prix : « Le 12 janvier, Ibeyi au Transbordeur (32 €). Le 19, Feu! Chatterton à la Halle "
       "Tony Garnier, 45 €. Enfin le 2 février, un récital de Khatia Buniatishvili à l'Auditorium, "
       "places de 25 à 60 €. »"),
    ex("de", "Hol mir aus diesem Text bitte alle Termine mit Uhrzeit raus: 'Elternabend am Dienstag, 9. "
       "Dezember, 19 Uhr. Weihnachtsbasar am Freitag, 12.12., ab 15:30. Letzter Schultag vor den Ferien: "
       "19.12., Schluss um 11:20.'"),
    ex("pt",
       "Qual é a capital de Moçambique?",
       A("Maputo."),
       "Valeu. Agora desse texto me tira os nomes das cidades e a população de cada uma, em lista: "
       "'Maputo tem cerca de 1,1 milhão de habitantes, a Matola 1,6 milhão, a Beira uns 600 mil e "
       "Nampula perto de 740 mil.'"),
    ex("it", "Dal seguente annuncio estrai: prezzo, metri quadri, piano, presenza di ascensore, spese "
       "condominiali. 'Trilocale luminoso in zona Navigli, 78 mq, terzo piano senza ascensore, "
       "riscaldamento autonomo. 395.000 €. Spese condominiali 120 €/mese.'"),
    ex("nl", "Haal uit deze melding het kenteken, de locatie en het tijdstip: 'Om 14:32 is op de A2 "
       "bij Vught een grijze Volvo met kenteken 45-XKL-7 tegen de vangrail gereden.'"),
    ex("pl", "Wypisz z tej umowy strony, kwotę wynagrodzenia i termin wykonania: 'Umowa o dzieło zawarta "
       "dnia 3 listopada 2026 r. pomiędzy Fundacją Zielone Miasto a Panem Tomaszem Wróblem. Wykonawca "
       "zobowiązuje się wykonać projekt ogrodu do 31 stycznia 2027 r. za wynagrodzeniem 8 400 zł "
       "brutto.'"),
    ex("tr",
       "Bu paragrafı bir cümleyle özetle: 'Belediye, yeni bisiklet yollarının ilk etabını tamamladı. "
       "Proje 2027'de bitecek.'",
       A("Belediye bisiklet yollarının ilk etabını bitirdi; proje 2027'de tamamlanacak."),
       "Şimdi şu duyurudan sadece durak adlarını ve saatleri çıkar: 'Servis 07:10'da Kadıköy'den, "
       "07:25'te Acıbadem'den, 07:40'ta Ataşehir'den geçer.'"),
    ex("ru", SHIPPING_JSON,
       "Здравствуйте, заказ 58-20331 пришёл в Казань на неделю позже, да ещё и коробка мятая, но "
       "внутри всё целое. Возврат денег не нужен, просто примите к сведению."),
    ex("uk", "Витягни з цього оголошення номер телефону, адресу і ціну: «Продам дитячий велосипед, "
       "майже новий, 2300 грн. Київ, вул. Саксаганського 41. Дзвоніть 067 345 12 90 після 18:00.»"),
    ex("zh", "从下面这段话里提取所有的人名和他们的职位，用表格列出：\n“会议由销售总监王丽主持，财务经理陈刚"
       "汇报了第三季度预算，新来的产品经理李晓明介绍了上线计划，最后CEO张伟做了总结。”"),
    ex("ja", "次のメールから、日時・場所・持ち物だけを箇条書きで抜き出してください。\n"
       "「来週の見学会は12月15日(月)13時から、本社3階の大会議室で行います。筆記用具と社員証を"
       "お持ちください。終了は16時頃の予定です。」"),
    ex("ko", "이 문자에서 택배사, 운송장 번호, 도착 예정일만 뽑아 줘: '[CJ대한통운] 고객님의 상품이 "
       "발송되었습니다. 운송장번호 6842-1193-0057, 12월 9일 도착 예정입니다.'"),
    ex("hi", "is message se naam, date aur amount nikaal do: 'Priya ne 5 December ko 2,450 rupaye bheje "
       "aur Rohit ne 7 December ko 1,200.'"),
    ex("ar", "استخرج من هذا النص اسم الشركة وتاريخ التأسيس وعدد الموظفين: «تأسست شركة النخيل للتقنية "
       "في عام 2011 في الرياض، ويعمل بها اليوم أكثر من 340 موظفاً في ثلاثة مكاتب.»"),
    ex("id", "Dari struk ini tolong ambil nama toko, tanggal, dan total belanjanya aja: 'TOKO SUMBER "
       "REJEKI Jl. Kaliurang Km 5 — 03/12/2026 — Beras 5kg 72.000, Minyak 2L 38.500, Telur 1kg 29.000 — "
       "TOTAL 139.500 — Tunai 150.000 Kembali 10.500'"),
    ex("vi",
       "Dịch giúp mình câu này sang tiếng Anh: 'Cảm ơn anh đã hỗ trợ.'",
       A("\"Thank you for your help.\""),
       "Ok. Giờ từ tin nhắn này lấy ra tên khách, số phòng, ngày nhận và ngày trả phòng nhé: 'Khách Nguyễn "
       "Văn Bình, phòng 305, nhận 20/12, trả 23/12, yêu cầu thêm giường phụ.'"),
    ex("sv", "Plocka ut alla belopp och vad de gäller ur det här: 'Hyran är 9 850 kr, el ungefär 600 kr, "
       "bredband 399 kr och hemförsäkring 145 kr i månaden.'"),
    ex("es", "oye del correo este saca only the names and the dates, en una lista: 'Hola equipo, Marta "
       "presenta el 14 de enero, Diego el 21 y yo (Sofía) cierro el 28.'"),
    ex("en", "the bank's statement line is 'CRD 0412 TESCO STORES 3217 LONDON GB 04/12/26 23.48 GBP'. "
       "merchant name, date and amount only"),
    ex("en", "tags for this blog post, as a JSON list of lowercase keywords that appear in the text: "
       "'We tested five e-bikes on the hills around Sheffield over a month: battery range, motor noise and "
       "how they cope with potholes.'"),
    ex("en", ONBOARD_BOT,
       "I got my contract PDF, copying the bit that matters. just tell me start date, salary, notice "
       "period and probation length, nothing else:\n\n'Your employment will commence on 5 January 2027. "
       "Your starting salary is £41,500 per annum, paid monthly in arrears. The first six (6) months of "
       "employment constitute a probationary period, during which either party may terminate with one "
       "(1) week's notice. Thereafter, the notice period is one (1) month on either side, rising to two "
       "(2) months after five years' continuous service.'"),
    ex("en", MUSE_COWRITER,
       "Write the moment Inés finds the letter in the piano.",
       A("The lid groaned as Inés lifted it. Between the hammers, folded into a strip as thin as a "
         "matchstick, was paper the colour of weak tea. She knew her grandmother's hand before she read "
         "a word: the looping d, the impatient dots. 'Tomás,' it began, 'if Father finds this, tell him "
         "the boat was mine.'"),
       "good. before I write chapter 3, list every character named or mentioned so far in the book, with "
       "who they are in a few words. Chapter 1 had Inés, her brother Aurelio and the tuner Mr. Baptiste; "
       "chapter 2 had the neighbour Doña Pilar, and now the letter mentions Tomás and Father."),
    ex("en", BRIGHTPATH,
       "Don't solve this one, my teacher wants us to set it up first. Just list the known quantities with "
       "units and what the question asks for: 'A cyclist rides 18 km at 24 km/h, stops for 20 minutes, "
       "then rides a further 12 km at 16 km/h. What is her average speed for the whole trip, including "
       "the stop?'"),
    ex("en", "who's the sender, what's the deadline and how much do they want? 'Dear customer, this is "
       "HMRC. Pay £312.40 by 10 December to avoid a penalty. Link: hmrc-refund-check.example'"),
]

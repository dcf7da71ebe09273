"""extraction: pull specific fields, entities, numbers, dates or items out of given text, often into JSON or a table.

The ask names what to pull out; a request for the gist in prose is summarization.
"""

from common import A, S, ex

JSON_CONTACT = S(
    'Extract {"name", "email", "phone", "company", "role"} from the user message. Reply with one JSON object '
    "and nothing else. Use null for missing fields. Normalise phone numbers to E.164."
)
JSON_INVOICE = S(
    "You are an invoice parsing service. Output JSON with keys vendor, invoice_number, issue_date (YYYY-MM-DD), "
    "due_date, currency, subtotal, tax, total, line_items[{description, qty, unit_price}]. No prose."
)
HR = S(
    "You are Ava, the HR helpdesk assistant for Brightwater Logistics employees. You answer questions about "
    "leave, payroll dates, benefits and internal tools. Be friendly and concise."
)
AGENT = S(
    "You are Tern, an autonomous coding agent running inside the user's repository. You can read files, "
    "run shell commands and propose edits as unified diffs. State a one-line plan before editing."
)
SUPPORT_TRIAGE = S(
    "You triage inbound support emails for Parcelly. For each email return: customer_id (if present), "
    "product_area (one of api, billing, labels, pickups, other), urgency (low/medium/high), and order_ids. "
    "Return JSON only."
)
RECRUIT = S(
    "You are the assistant in HireFlow, an applicant tracking system. Help recruiters search candidates, "
    "draft emails and fill candidate records from CVs."
)
RAG_MEDICAL = S(
    "You help clinic staff fill in forms from referral letters. Only use the text provided. Never guess "
    "values that are not stated."
)
MARKETING = S(
    "You are Loop, the in-app assistant of a newsletter platform for small businesses. Help users write "
    "campaigns, pick subject lines and understand their open-rate stats."
)
LEGAL = S(
    "You are ClauseCheck, a contract review assistant for a procurement team. Be exact and quote clause "
    "numbers."
)

INVOICE = """NORDLICHT DRUCK GmbH · Hafenstraße 12 · 20457 Hamburg
USt-IdNr. DE 298 441 776

Rechnung Nr. 2026-11-0893                      Datum: 28.11.2026
Kunde: Kaffeerösterei Bohnenwerk, Kundennr. 10442
Leistungszeitraum: November 2026

Pos  Beschreibung                          Menge   Einzelpreis   Gesamt
1    Etiketten 60x40 mm, matt, 4-farbig     5.000       0,046 €    230,00 €
2    Versandkartons bedruckt, 30x20x10      400         1,15 €     460,00 €
3    Gestaltungspauschale                   1          85,00 €     85,00 €

Zwischensumme                                                    775,00 €
zzgl. 19 % MwSt.                                                 147,25 €
Rechnungsbetrag                                                  922,25 €

Zahlbar innerhalb von 14 Tagen ohne Abzug. IBAN DE44 2005 0550 1234 5678 90"""

CONTRACT = """MASTER SERVICES AGREEMENT (excerpt)

1. Parties. This Agreement is entered into on 3 March 2026 ("Effective Date") between Halden Analytics Ltd,
a company registered in England and Wales under number 11873420 ("Provider"), and Calloway Foods B.V., a
company registered in the Netherlands under KvK 70219934 ("Customer").

2. Term. The initial term is twenty-four (24) months from the Effective Date. Thereafter the Agreement renews
automatically for successive twelve (12) month periods unless either party gives at least ninety (90) days'
written notice of non-renewal before the end of the then-current term.

3. Fees. Customer shall pay a monthly platform fee of EUR 8,400, invoiced monthly in advance, plus usage fees
set out in Schedule 2. Invoices are payable within thirty (30) days. Late payments accrue interest at 4% per
annum above the European Central Bank main refinancing rate.

4. Price adjustment. Provider may increase fees once per contract year by no more than the lower of (a) 5% and
(b) the annual change in the Eurozone HICP, with sixty (60) days' notice.

5. Service levels. Provider shall make the platform available 99.5% of each calendar month, excluding
scheduled maintenance announced at least 72 hours in advance. If availability falls below 99.5%, Customer
receives a credit of 5% of the monthly platform fee for each full 0.5% below the target, capped at 30%.

6. Data protection. Provider acts as processor. Personal data is stored in the EU (Frankfurt, Germany). Provider
shall notify Customer of a personal data breach without undue delay and in any case within forty-eight (48)
hours of becoming aware of it.

7. Liability. Each party's aggregate liability is capped at the fees paid in the twelve (12) months preceding
the claim, except for breaches of clause 6, where the cap is three (3) times that amount.

8. Termination for convenience. Customer may terminate for convenience after month 12 with one hundred and
twenty (120) days' notice, paying an early termination fee equal to three (3) months of platform fees.

9. Governing law. This Agreement is governed by the laws of the Netherlands; courts of Amsterdam have
exclusive jurisdiction."""

EMAILS = """From: j.okafor@brightmart.ng
Subject: URGENT pickups not collected
Hi, customer 55201 here. Pickups for orders PX-77120 and PX-77124 were booked for today 10-12 and nobody came.
We have 40 parcels blocking the loading bay. Please call me.

---
From: billing@sunnyside-crafts.co.uk
Subject: VAT on last invoice
Hello, our invoice for October shows VAT at 20% but we're VAT registered in Ireland. Account 48133. No rush,
just need a corrected copy before month end.

---
From: dev@fjordtech.no
Subject: 429s
We get 429 Too Many Requests when creating labels in batches of 200. Is there a documented limit? Our
customer id is 60917."""

CV = """SOFIA MARTÍNEZ RUIZ
Valencia, Spain · sofia.mruiz@posteo.es · +34 612 44 09 81 · linkedin.com/in/sofiamruiz

Experience
2022–present  Senior Data Engineer, Lumen Travel (remote). Built the bookings lakehouse on Databricks,
              cut nightly batch from 6h to 50 min. Led a team of 3.
2019–2022     Data Engineer, Ferrovial Digital, Madrid. Airflow pipelines for toll data, Kafka ingestion.
2017–2019     BI Analyst, Mercadona, Valencia. Power BI dashboards for 1,600 stores.

Education
MSc Data Science, Universitat Politècnica de València, 2017
BSc Mathematics, Universitat de València, 2015

Skills: Python, SQL, Spark, Databricks, Airflow, Kafka, dbt, Terraform, Power BI
Languages: Spanish (native), Catalan (native), English (C1), German (A2)"""

REFERRAL = """Dear Dr Lindqvist,

Thank you for seeing Mr Aaron Whitfield (DOB 14/02/1961, NHS no. 485 777 3456), a 65-year-old retired bus
driver, who presents with a 4-month history of exertional chest tightness relieved by rest. He has type 2
diabetes (HbA1c 58 mmol/mol in October) and hypertension. Current medication: metformin 1 g twice daily,
ramipril 5 mg once daily, atorvastatin 40 mg at night. He is allergic to penicillin (rash). Ex-smoker, 30
pack-years, stopped 2015. ECG today shows sinus rhythm, no acute changes. BP 148/92.

I would be grateful for your assessment and consideration of further investigation.

Kind regards,
Dr Helen Moss, Riverside Surgery"""

GENERIC = S("You are a helpful assistant.")
LEDGERLY = S("You are the help assistant inside Ledgerly, invoicing software for freelancers. Explain features and help with invoice questions.")
TAXNEST = S("You are the assistant in TaxNest, a tax filing app for US residents. Explain forms and help users enter their numbers. You are not a tax adviser.")

EXAMPLES = [
    ex("en", JSON_CONTACT, "hey it's Daniel Okoye from Brightmart, I'm the new ops lead. reach me at d.okoye@brightmart.ng or 0803 555 0192"),
    ex("en", JSON_INVOICE, INVOICE),
    ex("en", LEGAL, CONTRACT + "\n\nI need a table: parties, effective date, initial term, renewal notice period, monthly fee, payment terms, SLA target and max credit, breach notification window, governing law"),
    ex("en", "Here's the same agreement again:\n\n" + CONTRACT + "\n\njust list every deadline or notice period in it, with the number of days and what it's for"),
    ex("en", SUPPORT_TRIAGE, EMAILS),
    ex("en", RECRUIT, "fill the candidate record from this CV: name, email, phone, current title, current employer, years of experience, highest degree, skills as a list, languages with levels\n\n" + CV),
    ex("en", RAG_MEDICAL, REFERRAL + "\n\nfill: patient name, DOB, NHS number, referring GP, presenting complaint, comorbidities, current medications (drug, dose, frequency), allergies, smoking status"),
    ex("en", "pull every date out of this and tell me what happens on it:\n\n'Kickoff is on the 14th of January. Design review two weeks later, on the 28th. Beta goes to customers March 3, GA is planned for April 21 unless the security audit (due March 24) finds something.'"),
    ex("en", "what are the names of the people in this paragraph and their jobs?\n\nAfter the session, Ingrid Solberg, who chairs the finance committee, spoke briefly with the mayor, Tomás Ferreira, while council clerk Amina Yusuf took notes. Later, local baker Piet de Wit joined them to complain about the parking fees."),
    ex("en", "extract all the email addresses from this mess\n\nping sara (sara.k@contoso.io) and maybe cc legal - legal@contoso.io? also old one was s.kowalski@contoso-old.com, don't use it. bob is bob at gmail dot com"),
    ex("en", HR, "I'm pasting the holiday calendar our office manager sent. can you just give me the dates that fall on a Monday or Friday?\n\nNew Year's Day - Thu 1 Jan\nGood Friday - Fri 3 Apr\nEaster Monday - Mon 6 Apr\nEarly May bank holiday - Mon 4 May\nSpring bank holiday - Mon 25 May\nSummer bank holiday - Mon 31 Aug\nChristmas Day - Fri 25 Dec\nBoxing Day (substitute) - Mon 28 Dec"),
    ex("en", AGENT, "from the test output below, give me just the names of the failing tests and the file each is in, as a list. don't fix anything yet\n\nFAIL  packages/billing/src/__tests__/formatInvoice.test.ts\n  ● formatInvoice › renders currency for EUR\n  ● formatInvoice › handles zero tax\nPASS  packages/billing/src/__tests__/totals.test.ts\nFAIL  packages/web/src/cart/__tests__/Cart.test.tsx\n  ● Cart › shows empty state\nPASS  packages/web/src/__tests__/App.test.tsx\n\nTests: 3 failed, 57 passed, 60 total"),
    ex("en", MARKETING, "these are replies to our survey. pull out every product someone says they want us to stock, and how many people mentioned each:\n\n1. more oat milk options pls\n2. gluten free bread! and oat milk\n3. kombucha\n4. honestly just oat milk\n5. vegan cheese, kombucha\n6. gluten-free bread"),
    ex("en", LEDGERLY, "Can you help me write a polite reminder to a client who hasn't paid?",
       A("Hi Clara, just a friendly reminder that invoice 2026-114 for 1,250 EUR was due on 15 November. Could you let me know when to expect payment? Thanks, Jo"),
       "thanks. now from this bank statement line, give me the payer name, the amount, the date and the reference as separate fields: 'SEPA CR 02.12.2026 CALLOWAY FOODS BV NL91ABNA0417164300 EUR 8.400,00 REF INV-2026-117'"),
    ex("en", GENERIC, "Summarise the review in one line: 'Great battery, awful camera, the screen is ok.'",
       A("Strong battery, weak camera, average screen."),
       "ok now for all of these give me JSON per review with battery/camera/screen each as positive/negative/neutral/not mentioned\n\n1. 'Camera is stunning. Battery dies by 4pm.'\n2. 'Screen too dim outside, otherwise fine.'\n3. 'Best phone I've had. Everything works.'\n4. 'Battery ok, camera meh.'"),
    ex("en", "Translate to English: 'Lieferung am Dienstag zwischen 8 und 12 Uhr, bitte Tor 4 benutzen.'",
       A("\"Delivery on Tuesday between 8 and 12, please use gate 4.\""),
       "ok from that, give me day, time window and gate as three fields for our dock system"),
    ex("en", "is barley gluten free", A("No, barley contains gluten, and so does malt made from it."), "ok then which ingredients in this list contain gluten? only the names\n\nwater, wheat flour, sugar, sunflower oil, barley malt extract, salt, yeast, rice flour, emulsifier (E471), oat fibre"),
    ex("en", S("You are SecBot, the security operations assistant for an MSP. Be terse. Never run actions without confirmation."), "from this log, every distinct IP that got a 401, with how many times\n\n10.0.3.14 - - [06/Dec/2026:09:01:12] \"POST /login\" 401\n10.0.3.14 - - [06/Dec/2026:09:01:15] \"POST /login\" 401\n172.16.0.9 - - [06/Dec/2026:09:02:40] \"GET /admin\" 401\n10.0.3.22 - - [06/Dec/2026:09:03:01] \"POST /login\" 200\n10.0.3.14 - - [06/Dec/2026:09:03:10] \"POST /login\" 401\n192.168.8.5 - - [06/Dec/2026:09:05:55] \"GET /api/me\" 401"),
    ex("en", "ugh the support queue is insane today", A("Sounds rough. Anything I can take off your plate?"), "yes. list all the ticket numbers mentioned: 'as discussed in SUP-4412 and later in SUP-4420, the fix from ENG-981 didn't cover the case in SUP-4431'"),
    ex("en", S("You are the assistant in Wayfarer, a trip planner app. Help users build itineraries, add bookings and share trips with friends."), "flight confirmation below, I just need flight numbers, dates, departure/arrival airports and times in a table\n\nYour trip: LIS → CPH → TRD\nTP 754  Fri 19 Dec  Lisbon (LIS) 06:45 → Copenhagen (CPH) 11:25\nSK 4108 Fri 19 Dec  Copenhagen (CPH) 13:10 → Trondheim (TRD) 14:45\nReturn\nSK 4101 Sat 3 Jan  Trondheim (TRD) 07:05 → Copenhagen (CPH) 08:40\nTP 755  Sat 3 Jan  Copenhagen (CPH) 12:20 → Lisbon (LIS) 15:15\nBooking ref: K7QX2M"),
    ex("en", "give me the numbers from this paragraph as key: value\n\nThe city's bike-share scheme logged 1.2 million trips in 2025, up from 870,000 the year before. The average trip lasted 14 minutes, 61% of riders were subscribers, and the fleet grew to 3,400 bikes across 290 stations."),
    ex("en", "my parcel has been 'in transit' for 6 days, is that normal", A("For international express it's unusual; for standard shipping across borders 5 to 8 days can happen. Do you have the tracking details?"), "I have this email. what's the tracking number and carrier in this: 'Your order #88213 has shipped with DHL Express, waybill 4829 1093 55. Estimated delivery Thursday.'"),
    ex("en", "pull out the action items with owners and due dates only, skip the discussion\n\nWeekly sync 4 Dec\n- Discussed Q1 hiring, agreed to open 2 backend roles. Maya to write JDs by 11 Dec.\n- Customer churn up in DACH; long debate about pricing. Leo to pull churn by plan, due Monday.\n- Office move postponed to March, nothing to do yet.\n- Security audit: Priya books the pentest vendor before the holidays."),
    ex("en", "write an instagram caption for our tree planting day", A("10,000 trees, 300 volunteers, one very muddy Saturday. Thank you all! 🌳"), "we posted a different one in the end, below. hashtags and mentions from this post please, separately\n\nSo proud of the team at @greenroots_co for planting 10k trees this year 🌳 #climateaction #volunteer thanks @mayor_lisa for joining! #Leeds"),
    ex("en", "I'm pasting a recipe. give me just the shopping list with quantities, grouped by supermarket section\n\nShakshuka for 4: heat 2 tbsp olive oil, fry 1 onion and 1 red pepper, add 3 garlic cloves, 1 tsp cumin, 1 tsp paprika, 2 cans chopped tomatoes, simmer 10 min, make wells and crack 6 eggs, cover 6 min, top with feta (100 g) and a handful of coriander. serve with crusty bread."),
    ex("es", JSON_CONTACT, "Buenas, soy Lucía Herrera, jefa de compras en Distribuciones Alba. Mi correo es lherrera@dalba.es y mi móvil el 655 12 34 98."),
    ex("fr", "Dans ce texte, relève tous les noms de lieux et classe-les par pays :\n\n« Partis de Lyon, nous avons longé le Rhône jusqu'à Avignon, puis franchi la frontière à Vintimille pour rejoindre Gênes et enfin Florence. »"),
    ex("de", "Aus dieser Rechnung brauche ich nur Rechnungsnummer, Datum, Nettobetrag, MwSt. und Bruttobetrag:\n\n" + INVOICE),
    ex("pt", "Desse texto, me dá só os valores em reais e a que cada um se refere:\n\n'O aluguel ficou em R$ 2.300, o condomínio R$ 640, e o IPTU parcelado sai R$ 185 por mês. A mudança custou R$ 1.150.'"),
    ex("it", RECRUIT, "Dal CV qui sotto estrai solo le lingue con il livello e gli anni di esperienza totali:\n\n" + CV),
    ex("nl", "Haal uit dit bericht de afspraakdatum, het tijdstip en het adres:\n\n'Beste meneer Jansen, uw afspraak bij de tandarts is verplaatst naar donderdag 18 december om 14:30, Lange Voorhout 22 in Den Haag.'"),
    ex("pl", "Wypisz z tego ogłoszenia: metraż, liczbę pokoi, piętro, cenę i czynsz.\n\n'Sprzedam mieszkanie 54 m², 3 pokoje, 4 piętro z windą, Kraków Podgórze. Cena 689 000 zł, czynsz administracyjny 520 zł.'"),
    ex("tr", "Bu mesajdan sipariş numarasını, ürün adını ve iade nedenini çıkarır mısın? 'Merhaba, 4471920 numaralı siparişimdeki mavi spor ayakkabı küçük geldi, iade etmek istiyorum.'"),
    ex("ru", "Вытащи из текста все даты и суммы в виде таблицы:\n\n«Аванс 150 000 руб. оплачен 12 ноября, второй платёж 200 000 руб. — до 15 декабря, остаток 90 000 руб. — после сдачи проекта 30 января»."),
    ex("uk", HR, "З цього листа випиши, будь ласка, дати відпустки, які я просив, і хто має погодити:\n\n«Прошу надати відпустку з 22 по 31 грудня та з 2 по 4 січня. Погоджує мій керівник Олег Петренко, копія — Марині з HR.»"),
    ex("zh", "你能读中文新闻吗？", A("可以，请把内容发给我。"), "好的。从下面的文字中提取所有公司名称和对应的城市：\n\n“华为在深圳举办了发布会，小米随后在北京回应，而比亚迪则选择在西安展示新车型。”"),
    ex("ja", "この文章から人名と役職をすべて抜き出して、表にしてください。\n\n「本日の会議には、営業部長の山田太郎、開発リーダーの佐藤花子、そして新任の広報担当・鈴木一郎が出席した。」"),
    ex("ko", SUPPORT_TRIAGE, "안녕하세요, 고객번호 71820입니다. 어제 주문한 PX-80211 라벨이 출력이 안 돼요. 오늘 오후 발송 건이라 급합니다."),
    ex("hi", "इस संदेश से नाम, फ़ोन नंबर और पता अलग-अलग निकालो: 'मैं सुनील वर्मा, 98110 44321, मकान नं. 17, सेक्टर 9, रोहिणी, दिल्ली से बोल रहा हूँ।'"),
    ex("ar", "استخرج من هذا النص أسماء الأدوية والجرعات فقط:\n\n«يتناول المريض باراسيتامول 500 ملغ ثلاث مرات يومياً، وأموكسيسيلين 250 ملغ كل ثماني ساعات لمدة أسبوع.»"),
    ex("id", "Dari chat ini, tolong ambil nama barang, jumlah, dan harga satuannya saja:\n\n'Kak pesan 3 kaos polos hitam @75rb, 2 celana chino krem @180rb, sama 1 topi @50rb ya'"),
    ex("vi", "Lấy giúp mình số hóa đơn, ngày và tổng tiền từ tin nhắn này: 'Hóa đơn HD-20931 ngày 02/12/2026, tổng thanh toán 3.450.000đ, đã bao gồm VAT.'"),
    ex("es", "Necesito que me hagas un email para pedir una reunión con el proveedor",
       A("Hola Marcos, ¿tendrías 30 minutos esta semana para revisar los plazos de entrega del próximo trimestre? Un saludo, Elena"),
       "Perfecto. Ahora de su respuesta saca solo los días y horas que propone: 'Hola Elena, me viene bien el martes a las 10 o el jueves entre 16 y 17:30. El miércoles imposible.'"),
    ex("en", TAXNEST, "Explain what a W-2 form is briefly",
       A("It's the US form employers send each year showing an employee's wages and the taxes withheld."),
       "great. here are the numbers I typed off mine, give me box number and amount as JSON: box 1 wages 68,412.55, box 2 federal tax withheld 7,930.10, box 4 social security tax 4,241.58, box 6 medicare 991.98"),
    ex("en", "yes or no and the exact sentence: does this privacy policy say anything about selling data to third parties?\n\n'We share information with service providers who process it on our behalf. We do not sell personal information. We may disclose information if required by law.'"),
    ex("en", "who's coming to the workshop? here's the signup sheet\n\nMarta Nowak, marta.n@fieldlab.eu, facilitator\nJoel Baptiste, jbaptiste@fieldlab.eu, notes\nRita Osei, rita.osei@partner.org, guest\nHugo Lind, hugo@fieldlab.eu, participant",
       A("Four people: Marta Nowak (facilitator), Joel Baptiste (taking notes), Rita Osei (guest from partner.org) and Hugo Lind (participant)."),
       "names only"),
    ex("en", "from this job ad, the salary range, location, contract type and closing date. nothing else\n\nWe're hiring a Junior Product Designer to join our Lisbon studio (hybrid, 3 days on site). Permanent contract, €32,000–€38,000 depending on experience, plus a learning budget. You'll work with two senior designers on our booking app. Apply by 9 January with a portfolio link."),
    ex("en", "Tell me the main idea of this email in one sentence: 'Team, the Q4 offsite moves from Porto to Lisbon, dates unchanged (Nov 12-14). Hotel details to follow.'",
       A("The Q4 offsite is moving from Porto to Lisbon on the same dates."),
       "and just the city and the dates as fields"),
    ex("en", LEGAL, "From the agreement I pasted yesterday, clause 5 and 7 only: the SLA percentage, the credit per step, the credit cap, and the two liability caps. bullet list, quote the numbers exactly"),
    ex("en", "get the SKU and the quantity out of each line, ignore everything else\n\nORD-1 | 2x BLUE-MUG-350 (gift wrap) | ship to Berlin\nORD-2 | 1x OAT-MUG-350 | pickup\nORD-3 | 4x BLUE-MUG-350, 1x LID-BAMBOO | ship to Graz"),
]

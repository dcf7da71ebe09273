from common import ex, system, bot, user

LABEL = "extraction"

EXAMPLES = [
    ex("en", """Pull the invoice number, date, vendor, line items (description, qty, unit price) and total out of this as JSON:

INVOICE #INV-20931
Date: 14 Nov 2026
From: Northfield Office Supplies Ltd, 22 Mill Lane, Leeds
Bill to: Harper & Cole Architects

Desk lamp, LED, black      x4   @ 38.50
A4 paper, 80gsm, box of 5  x10  @ 24.99
Whiteboard markers (12)    x3   @ 11.20

Subtotal: 437.50
VAT 20%: 87.50
TOTAL DUE: 525.00
Payment terms: 30 days"""),
    ex("en", """From this email, extract: sender name, meeting date, meeting time, location, and list of attendees. Return JSON only.

Hi all,

Following up on Tuesday's call — let's meet in person on Thursday 3 December at 10:30 in the Birch Room (2nd floor). Attending: Mariam Okafor, Luis Ortega, Chen Wei and me. Dan can't make it but will dial in.

Thanks,
Helen Brandt
Programme Manager"""),
    ex("en", system('You are a log analysis assistant. Output must be valid JSON.'), """Get every ERROR line from this log and give me a JSON array of {timestamp, service, message}:

2026-12-01T08:14:02Z INFO  auth-svc   user login ok uid=1182
2026-12-01T08:14:05Z ERROR payment   card declined: insufficient funds order=55120
2026-12-01T08:14:09Z WARN  auth-svc   slow token refresh 1.8s
2026-12-01T08:15:11Z ERROR inventory stock count negative for sku=AB-119
2026-12-01T08:15:12Z INFO  payment   retry scheduled order=55120
2026-12-01T08:16:40Z ERROR auth-svc   jwks fetch timeout after 5000ms"""),
    ex("en", "list all the people and organisations mentioned: 'After meeting with Satya Nadella in Redmond, the mayor of Lyon, Grégory Doucet, announced a partnership between the city and the Institut Pasteur, with funding from the European Investment Bank.'"),
    ex("en", """Extract the candidate's name, email, phone, years of experience and a list of programming languages from this CV snippet. JSON.

JOANNA PIETRZAK
joanna.pietrzak@mailbox.pl | +48 601 222 913 | Kraków

Backend developer with 7 years of experience building payment systems.
2021–now  Senior Engineer, PayFlow — Go, PostgreSQL, Kafka
2018–2021 Developer, Softline — Java, Kotlin
2016–2018 Junior Developer, WebWorks — PHP, JavaScript"""),
    ex("en", "What dates are mentioned in this text? 'The lease starts on March 1st 2027 and ends February 28th 2029, with rent reviews due each January 15. Notice must be given by 1 December 2028.' Output as ISO dates in a list."),
    ex("en", """Turn this messy shipping note into structured fields (sender, recipient, tracking number, weight in kg, carrier):

shipped via DHL express, trk 1Z 999 AA1 0123 4567 84 — from: Kamala Textiles, Jaipur IN → to: Ms. R. Lindqvist, Storgatan 14, Uppsala SE. pkg wt 3.2kg, 2 boxes"""),
    ex("en", "extract all email addresses and phone numbers from this: 'Contact sales at sales@brightwave.io or call +1 (415) 555-0199. Support: help@brightwave.io, 0800 123 4567 (UK toll free). Press: Nina Ruiz <nina.ruiz@brightwave.io>'"),
    ex("en", """I don't need a summary of this review, I need a table: product aspect | sentiment (positive/negative/mixed) | quote.

"The battery easily lasts two days, which is amazing. Screen is bright but the colours look a bit washed out. The camera is honestly disappointing in low light. Shipping was fast and the box was nice. The fingerprint sensor fails maybe one time out of five, which is annoying." """),
    ex("en", """From this contract clause, extract: parties, effective date, term length, termination notice period, governing law.

THIS SERVICES AGREEMENT is made on 2 January 2027 between Lumen Analytics GmbH ("Provider"), Berlin, and Oakridge Retail Inc. ("Client"), Delaware. The Agreement shall remain in force for an initial term of twenty-four (24) months and renew automatically for successive twelve-month periods unless either party gives no less than ninety (90) days' written notice. This Agreement is governed by the laws of England and Wales."""),
    ex("en", system('You are a travel assistant that fills calendar entries from booking emails.'), "pls extarct the flight number, departure airport, arrival airport, date and seat from: 'Your booking is confirmed! LH 2027 Munich (MUC) → Lisbon (LIS), Fri 18 Dec, dep 07:05 arr 09:25. Passenger: MR DAVID KIM. Seat 14C. Booking ref QXT7PL.'"),
    ex("en", """Parse these bank transactions into JSON objects with date, description, amount (negative for debits) and category guess:

03/11  TESCO STORES 2231      -54.20
03/11  SALARY ACME LTD      +2,850.00
04/11  NETFLIX.COM            -10.99
05/11  SHELL FUEL M25        -71.43
06/11  TRANSFER TO J SMITH   -200.00"""),
    ex("en", "From the recipe below, give me just the ingredient list as JSON with name, quantity and unit:\n\nFor the pancakes, whisk 200 g flour with 2 eggs, then slowly add 300 ml milk and a pinch of salt. Melt 30 g butter and stir in. Serve with 2 tbsp maple syrup and a handful of blueberries (about 100 g)."),
    ex("en", """Which error codes and affected hosts appear in this alert dump? Output: [{host, code, count}]

[alert] host=web-03 code=E502 count=17
[alert] host=web-01 code=E504 count=3
[alert] host=db-02 code=E_CONN_RESET count=41
[alert] host=web-03 code=E504 count=9"""),
    ex("en", system('You are a helpful assistant.'), "Extract the company names and the amounts they raised from this news blurb, as CSV (company,amount,currency,round): 'Fintech startup Kova raised $12M in a Series A led by Atlas Ventures, while Berlin-based Greenloop closed a €4.5M seed round. Meanwhile, Lagos's PayNest announced a $30 million Series B.'"),
    ex("en", """Go through this OpenAPI snippet and give me a flat list of endpoint | method | required query params. Nothing else.

paths:
  /orders:
    get:
      parameters:
        - {name: status, in: query, required: false}
        - {name: customer_id, in: query, required: true}
    post: {}
  /orders/{id}/refund:
    post:
      parameters:
        - {name: reason, in: query, required: true}"""),
    ex("en", """Grab the key medical values from this lab report into JSON (test name, value, unit, reference range, flag):

PATIENT: [redacted]   DATE: 2026-11-28
Haemoglobin       13.1  g/dL     (13.5–17.5)   LOW
WBC               7.2   x10^9/L  (4.0–11.0)
Platelets         310   x10^9/L  (150–400)
Ferritin          12    ng/mL    (30–400)      LOW
TSH               2.1   mIU/L    (0.4–4.0)"""),
    ex("en", "From this support ticket get: customer id, product, OS version, severity, and steps to reproduce as a list.\n\nTicket from cust_8812: The Notes app (v5.2.1) crashes on iPadOS 18.1 every time I try to export a note with images to PDF. Steps: open a note, insert 2+ photos, tap Share → Export as PDF → app closes. This blocks my work, please treat as urgent."),
    ex("en", "Extract every product SKU (format: 3 letters, dash, 4 digits) from this order history text and dedupe them: 'Ordered ABC-1234 and XYZ-0099 on Monday, returned ABC-1234, reordered QRS-5521 and xyz-0099 by mistake, then DEF-7000.'"),
    ex("en", """Meeting notes below — I only want the action items as a JSON list of {owner, task, due}:

- Sara will send the revised budget to finance by Friday
- Discussed Q1 hiring, no decision yet
- Tom to book the venue for the offsite (before Dec 15)
- Priya: draft the customer survey, due next Wednesday
- Everyone agreed the logo looks fine"""),
    ex("en", "what are the addresses in this text? return them one per line, normalised: 'we moved from 12b baker st, london nw1 to unit 4, 88 Canal Road, Manchester M1 5AN. our warehouse stays at 7 industrial way, slough SL1 4QP.'"),
    ex("en", "Extract name, birth year and nationality for each person: 'Marie Curie (1867, Polish-French) shared the prize with Pierre Curie (b. 1859, French) and Henri Becquerel, a Frenchman born in 1852.'"),
    ex("en",
       system("You are a data entry assistant. Always return valid JSON and nothing else."),
       "Receipt:\nCAFÉ NORTE  —  Rua Augusta 120, Lisboa\n2x Pastel de nata   2,40\n1x Galão             1,80\n1x Água 50cl         1,20\nTOTAL EUR            5,40\nNIF 509 123 456   28/11/2026 16:42"),
    ex("en",
       system("You extract structured data for a recruiting CRM. Output fields: name, current_title, current_company, location, skills[]."),
       "Hi! I'm Arjun Mehta, currently a data engineer at Zalando in Berlin. I mostly work with Spark, Airflow and dbt, and I've recently been learning Rust. Open to roles in Amsterdam."),
    ex("en",
       user("Can you summarize this email for me?\n\nFrom: Greta Holm <greta@nordlys.no>\nSubject: Order 4471 delay\n\nHi Sam, the 40 units of model NL-200 in order 4471 will now ship on 12 January instead of 20 December because of a supplier delay. We'll refund the express shipping fee of 85 EUR. Sorry! Greta"),
       bot("Greta says order 4471 (40 × NL-200) is delayed from 20 December to 12 January due to a supplier problem, and the 85 EUR express fee will be refunded."),
       user("great. now give me just the fields for our tracker as JSON: order_id, sender_email, model, quantity, old_ship_date, new_ship_date, refund_amount, refund_currency")),
    ex("en", "List all the URLs in this markdown and their link text:\n\nSee the [install guide](https://docs.example.com/install), the [FAQ](https://example.com/faq) and our [status page](https://status.example.com). Older docs: https://old.example.com/v1"),
    ex("en", """Here's a table pasted from a PDF, the columns got mangled. Extract country, capital and population (millions) as clean JSON:

Country Capital Pop(m) Norway Oslo 5.5 Kenya Nairobi 55.1 Chile Santiago 19.6 Vietnam Hanoi 100.3"""),
    ex("en", "from this tweet, extract the hashtags, mentions and any $ticker symbols: 'Huge quarter for $NVDA and $AMD 🚀 @jane_trades called it months ago #AI #semis #earnings'"),
    ex("en", "Extract all the quantities with units from this spec sheet line and convert nothing, just list them: 'Weight 1.35 kg, thickness 15.9 mm, 14-inch 2880x1800 display, 70 Wh battery, 65 W USB-C charger, 16 GB RAM'"),
    ex("en", """Pull out who said what — speaker and the exact quote — from this article paragraph:

"We are not going to raise prices this year," said CEO Dana Whitfield at the shareholder meeting. CFO Marcus Lee added that "margins remain healthy despite inflation." An analyst at Redstone, Priya Nair, was less convinced: "Holding prices flat while costs rise is a bet, not a plan." """),
    ex("en", "Give me the version numbers and release dates from this changelog as a JSON list:\n\n## [2.4.0] - 2026-10-02\n### Added\n- dark mode\n## [2.3.1] - 2026-08-17\n### Fixed\n- crash on startup\n## [2.3.0] - 2026-07-30\n- new export format"),
    ex("en", "extract the key/value config settings from this env dump into a JSON object, skip the comments and mask anything that looks like a secret:\n\n# db\nDB_HOST=10.0.3.4\nDB_PORT=5432\nDB_PASSWORD=hunter2hunter2\n# app\nLOG_LEVEL=debug\nAPI_KEY=sk_live_51HxYz\nWORKERS=4"),
    ex("en", "What are the ingredients and allergens on this label? Separate lists please.\n\nINGREDIENTS: wheat flour, sugar, palm oil, HAZELNUTS (13%), skimmed MILK powder, cocoa, SOY lecithin, salt. May contain traces of PEANUTS and other nuts."),
    ex("en", "From this list of GitHub issue titles, extract the issue number and any component mentioned in brackets:\n#4412 [parser] fails on empty input\n#4415 docs typo in README\n#4420 [cli][auth] token not refreshed\n#4431 [ui] button misaligned on Safari"),
    ex("en", "Extract the start time, end time and timezone of each session:\n\nKeynote 09:00–09:45 CET\nWorkshop A 10:00–12:30 CET\nPanel (remote, NYC) 10:00–11:00 EST\nClosing 17:15–17:30 CET"),
    ex("en", """Form submission below. Map it to these fields: first_name, last_name, email, country, newsletter (bool), message.

name: o'connor, siobhan
mail -> S.OConnor@gmx.ie
where are you from? ireland
subscribe? yes pls
comments: your checkout page logged me out twice"""),
    ex("en", "pull the ISBNs and titles out of this reading list: 'Week 1: Thinking, Fast and Slow (ISBN 978-0374533557). Week 2: The Design of Everyday Things, ISBN 9780465050659. Week 3: no book, just articles.'"),
    ex("en", "Which medications and doses are mentioned? 'Continue metformin 500 mg twice daily, start atorvastatin 20 mg at night, stop ibuprofen, and paracetamol 1 g up to four times a day as needed.' Return JSON [{drug, dose, frequency, action}]."),
    ex("en", "Extract the tracking events as a table (date, time, location, status):\n\n29 Nov 14:02 Leipzig Hub - Departed facility\n28 Nov 22:47 Leipzig Hub - Arrived at facility\n28 Nov 09:15 Prague - Picked up\n30 Nov 08:30 Vienna - Out for delivery"),
    ex("en", "From this job ad, extract: title, company, location, salary range, remote policy, required skills. 'Senior Data Analyst at Fjord Energy (Bergen, Norway). NOK 750k–900k. Hybrid: 3 days in office. Must have: SQL, Python, Power BI; nice to have: dbt.'"),
    ex("en", "Get me the IP addresses and the HTTP status codes from these access log lines:\n\n203.0.113.7 - - [02/Dec/2026:10:01:22 +0000] \"GET /login HTTP/1.1\" 200 512\n198.51.100.23 - - [02/Dec/2026:10:01:25 +0000] \"POST /api/pay HTTP/1.1\" 502 0\n203.0.113.7 - - [02/Dec/2026:10:01:30 +0000] \"GET /admin HTTP/1.1\" 403 128"),
    ex("en", "Extract the names of all the characters in this paragraph and who they're related to: 'Elena's brother Tomas married Ines, whose father, old Baltasar, never forgave Elena for selling the farm to her cousin Rafa.'"),
    ex("en", "What numbers and units are in this sentence, structured as {value, unit, what}? 'The bridge is 1.2 km long, 45 m high, and took 3 years and 180 million euros to build.' Don't calculate anything."),
    ex("es", """Extrae de esta factura el número, la fecha, el CIF del emisor, la base imponible, el IVA y el total, en formato JSON:

FACTURA Nº 2026/0457 — Fecha: 12/11/2026
Emisor: Reformas Hermanos Gil S.L. — CIF B-45123987
Cliente: Comunidad de Propietarios C/ Olmo 8
Concepto: reparación de tejado
Base imponible: 1.850,00 €
IVA (21%): 388,50 €
TOTAL: 2.238,50 €"""),
    ex("es", "Saca todos los nombres de personas y ciudades que aparecen en este texto: 'Lucía viajó de Sevilla a Bilbao para ver a su tío Andrés, y luego siguió hasta Burdeos con su amiga Carmen.'"),
    ex("fr", """À partir de ce courriel, extrais l'expéditeur, la date du rendez-vous, l'heure, l'adresse et le motif, en JSON :

Bonjour Madame Leroy,
Je vous confirme votre rendez-vous le mardi 8 décembre à 14h15 au cabinet, 27 rue des Lilas, 69003 Lyon, pour le contrôle annuel.
Cordialement,
Dr Antoine Marchal"""),
    ex("fr", "Liste toutes les dates et tous les montants mentionnés dans ce paragraphe : « Le loyer de 950 € est payable le 5 de chaque mois ; la caution de 1 900 € a été versée le 2 septembre 2026 et sera rendue au plus tard le 30 juin 2028. »"),
    ex("de", """Bitte extrahiere aus dieser Bestellbestätigung Bestellnummer, Datum, Artikel (Name, Menge, Preis) und Gesamtbetrag als JSON:

Bestellung Nr. 771-34-2290 vom 21.11.2026
1 × Wanderschuhe Alpina Größe 43 — 129,90 €
2 × Merinosocken — je 14,95 €
Versand: kostenlos
Gesamt: 159,80 €"""),
    ex("de", "Welche Firmen und Produkte werden hier genannt? 'Siemens liefert die Steuerung, Bosch die Sensoren, und der neue ID.7 von Volkswagen nutzt beide. Auch der Akkuschrauber GSR 18V von Bosch wurde erwähnt.' Gib zwei Listen zurück."),
    ex("pt", """Extraia nome, CPF, endereço e telefone deste cadastro e devolva em JSON:

Nome completo: Ana Beatriz Souza Lima
CPF: 123.456.789-09
Endereço: Rua das Palmeiras, 45, apto 302, Belo Horizonte - MG
Tel.: (31) 98877-6655"""),
    ex("pt", "Quais são os prazos e responsáveis nesta ata? 'Carlos entrega o relatório até 10/12. Fernanda revisa o contrato até o fim do mês. Decidido: o lançamento fica para fevereiro.' Responda em tabela."),
    ex("it", "Estrai dal testo i nomi dei farmaci e le dosi: 'Assumere tachipirina 1000 mg fino a tre volte al giorno e omeprazolo 20 mg al mattino a digiuno per due settimane.'"),
    ex("zh", system('你是一个数据录入助手，只输出JSON。'), """请从下面的快递信息中提取寄件人、收件人、电话、地址和运单号，输出JSON：

顺丰速运 运单号 SF1402938475621
寄件人：王磊 138-1234-5678 上海市浦东新区世纪大道100号
收件人：李娜 139-8765-4321 北京市海淀区中关村南大街5号"""),
    ex("zh", "从这段文字中提取所有公司名称和金额：“阿里巴巴宣布投资50亿元人民币，腾讯随后追加20亿元，小米则表示暂不参与。”"),
    ex("ja", """次のメールから、会議の日付、時間、場所、参加者を抽出してJSONで出力してください。

件名：定例会議のお知らせ
12月10日（木）15:00〜16:00、本社3階第2会議室にて定例会議を行います。
参加者：佐藤、田中、鈴木、山本（オンライン）"""),
    ex("ko", "다음 문장에서 사람 이름, 날짜, 장소를 뽑아서 JSON으로 정리해 주세요: '김민수와 박지영은 2026년 12월 24일 부산 해운대에서 결혼식을 올린다.'"),
    ex("hi", "इस संदेश से नाम, मोबाइल नंबर, पता और ऑर्डर नंबर निकालकर JSON में दीजिए: 'नमस्ते, मैं राकेश वर्मा, ऑर्डर #45821 अभी तक नहीं मिला। पता: 12, गांधी नगर, जयपुर। मेरा नंबर 98290 12345 है।'"),
    ex("ru", """Извлеки из этого резюме ФИО, email, телефон, последнюю должность и список навыков в JSON:

Иванова Мария Сергеевна
maria.ivanova@yandex.ru, +7 912 345-67-89
2022–наст. время — Ведущий аналитик, ООО «Северсталь-Инфо»
Навыки: SQL, Python, Tableau, A/B-тесты"""),
    ex("ar", "استخرج من هذا النص أسماء الأشخاص والمدن والتواريخ في صيغة JSON: 'وصل أحمد إلى القاهرة يوم ٣ مارس، ثم سافر مع صديقه خالد إلى الإسكندرية في ١٠ مارس.'"),
    ex("en", "Here's our Slack export line. Extract user, channel, timestamp and whether it mentions a deadline (true/false): `[2026-12-03 09:12] #launch-team @kofi: reminder, copy freeze is EOD Friday, no exceptions`"),
]

"""`extraction`: pull named fields, entities, rows or verbatim items out of given text, often as JSON or a table.

Written by hand for the writer4 training set. The documents are the same kinds as in `summarization`
(changelogs, transcripts, contracts, papers, tickets, HTML, JSON): here the ask is for specific pieces of the
text, even when the user says "summarise ... as a table of X, Y, Z"; a condensed overview is summarization.
"""

from common import A, S, ex

JSON_PIPE = S("You are an extraction service. Reply with a single JSON object that matches the schema in the "
              "user message. No prose, no markdown fences. Use null for missing fields.")
CRM = S("You are the assistant inside Relay CRM. You can read the user's pasted emails and call "
        "update_contact(id, fields). Confirm before writing.")
ATS = S("You are the résumé parser of Hireloop, an applicant-tracking system. Output YAML.")
NEWSROOM = S("You are the assistant built into Inkwell, the newsroom CMS. Help reporters with quotes, "
             "fact-check lists and style-guide questions.")
CS_TEAM = S("You are Helix, the internal assistant for the customer-success team at Tallyroom. Be concise.")
AP_BOT = S("You post-process OCR output of supplier invoices for the accounts-payable team. Amounts in the "
           "document's currency; dates as YYYY-MM-DD.")

CHANGELOG = """## 5.0.0 (2026-10-02)
### Breaking
- Dropped support for Node 18. Node 20.11+ is required.
- `client.query()` now returns an async iterator instead of an array; use `await client.queryAll()` for the
  old behaviour.
- The `timeout` option is now in milliseconds (was seconds).
### Added
- Streaming inserts via `client.stream()`.
- `retry` option with exponential backoff.
### Fixed
- Connection leak when a query was cancelled mid-flight (#1842).

## 4.9.2 (2026-08-14)
### Fixed
- TLS handshake failing on servers that send an empty certificate chain (#1799).
- Typo in the `ConnectionRefused` error message.

## 4.9.0 (2026-07-01)
### Added
- `client.ping()`.
### Deprecated
- `client.raw()`; will be removed in 5.0. (It was.)
### Breaking
- None."""

TRANSCRIPT = """[Weekly ops sync — 18 Nov]
Priya: Okay, quick one today. Warehouse B first. Tomás?
Tomás: The new scanners arrived Monday, 40 of them. Twelve are still in boxes because we don't have the
charging racks. I'll chase the vendor and get the racks in by Friday the 21st.
Priya: Good. Holiday staffing?
Amara: We need nine more temps for the peak weeks. I've spoken to Staffline; they can do six. I'll ask
Kelly Temps for the other three and confirm by Wednesday.
Priya: And the returns backlog?
Jun: Down to 1,430 parcels from 2,100 last week. I'd like two people from Warehouse A on returns next week.
Priya: Tomás, can you spare two?
Tomás: Monday to Wednesday, yes. Not Thursday, that's the big inbound.
Priya: Fine. Jun, you own the returns plan. Last thing — the fire inspection moved to 2 December. Amara, can
you make sure the aisle markings are repainted before then?
Amara: Yes, I'll book the painters.
Jun: One more from me — the label printer in returns jams about twice a day. It's out of warranty.
Priya: How much is a new one?
Jun: About 1,900 euros for the model IT recommends. I'll send the quote to Priya by Thursday.
Priya: Fine, I'll approve it if it's under 2,000. Tomás, is the forklift certification sorted?
Tomás: Three of the five drivers passed last week. The other two retake on the 28th.
Priya: Good. Let's keep the sync at 20 minutes next week as well. Thanks all."""

PRODUCT_HTML = """<div class="product" data-sku="TK-2291-BLK">
  <h1 class="title">Trekline 45L Hiking Backpack</h1>
  <span class="price" data-currency="EUR">129,00 €</span>
  <span class="price--old">159,00 €</span>
  <ul class="specs">
    <li>Volume: 45 L</li><li>Weight: 1.38 kg</li><li>Colour: Black</li>
    <li>Material: 210D recycled nylon</li>
  </ul>
  <div class="stock" data-qty="7">Only 7 left</div>
  <div class="rating" data-score="4.6" data-count="312"></div>
  <a class="variant" data-sku="TK-2291-OLV">Olive</a>
  <a class="variant" data-sku="TK-2291-RUS">Rust</a>
</div>"""

WEBHOOK = """{"id":"evt_1Q9xA2","type":"invoice.payment_failed","created":1764831600,
"data":{"object":{"id":"in_7781","customer":"cus_Pz31","customer_email":"billing@harborlight.co",
"amount_due":48900,"currency":"usd","attempt_count":3,"next_payment_attempt":null,
"lines":{"data":[{"description":"Team plan (seats × 10)","amount":49000},
{"description":"Credit applied","amount":-100}]},
"last_payment_error":{"code":"card_declined","decline_code":"insufficient_funds"}}}}"""

EXAMPLES = [
    ex("en", "emails only, one per line:\n\nping ana.ruiz@kestrel.dev or the shared inbox (ops@kestrel.dev); "
             "bills go to ap@kestrel-finance.com, NOT billing@kestrel.dev which is dead"),
    ex("en", f"""{CHANGELOG}

list every breaking change with the version it landed in. just the list, no commentary"""),
    ex("en", f"""{TRANSCRIPT}

action items as a table: owner | task | deadline (blank if none was said)"""),
    ex("en", JSON_PIPE, f"""schema: {{"sku": str, "title": str, "price_eur": number, "old_price_eur": number,
"in_stock": int, "variants": [str]}}

{PRODUCT_HTML}"""),
    ex("en", f"""{WEBHOOK}

which customer, how much (in dollars), and why did it fail?"""),
    ex("en", CRM, "from this bio pull out the person's current employer, job title and the year they started:\n\n"
             "Dr. Halima Osei is a principal scientist at Verdant Bio, where she has led the soil microbiome "
             "group since 2021. Before that she spent six years at the Rothamsted Institute and completed "
             "her PhD at Wageningen."),
    ex("en",
       "cron expression for every 5 minutes?",
       A("`*/5 * * * *`"),
       "ty. which rows in this have status=failed? give me the job ids\n\njob_id,started,status,duration_s\n"
             "j-101,08:00,ok,42\nj-102,08:05,failed,3\nj-103,08:10,ok,39\nj-104,08:15,failed,0\n"
             "j-105,08:20,retrying,12"),
    ex("en", NEWSROOM, "Get me every dollar amount mentioned and what it's for:\n\nThe council approved $2.4 million for "
             "road repairs, down from the $3.1 million requested. A further $450,000 goes to the library "
             "roof, and the mayor's proposed $80,000 study on a tram line was rejected."),
    ex("en", S("You are the assistant in Citely, a reference manager."), "pull the DOIs out of this reference list:\n\n[1] Kim, J. et al. (2023). Sparse routing. JMLR 24. "
             "doi:10.5555/3648699.3648712\n[2] Alvarez, P. (2021). On calibration. NeurIPS. "
             "https://doi.org/10.48550/arXiv.2106.04015\n[3] Okafor, N. (2019). Thesis, Univ. of Lagos. "
             "(no DOI)"),
    ex("en", S("You are Nova, the customer support assistant for Parcelio, a parcel-tracking service."),
       "get the tracking number and carrier from this: 'Your order #55120 has shipped with DHL Express. "
             "Tracking: JD014600003825940127. Expected delivery Thu 4 Dec.'"),
    ex("en", S("You are the incident assistant in our #inc channel. Be precise about timestamps."),
       "from these log lines, give me each distinct error code and how many times it appears\n\n"
             "2026-12-01T10:00:01Z ERR E1042 upstream timeout\n2026-12-01T10:00:03Z ERR E2001 bad token\n"
             "2026-12-01T10:00:04Z ERR E1042 upstream timeout\n2026-12-01T10:00:09Z WARN W300 slow query\n"
             "2026-12-01T10:00:11Z ERR E1042 upstream timeout\n2026-12-01T10:00:12Z ERR E2001 bad token"),
    ex("en", S("You are the assistant in Lettly, a property-management tool for small landlords."),
       """Summarise this lease as a table with: landlord, tenant, address, start date, monthly rent,
deposit, notice period.

THIS LEASE is made on 3 January 2027 between Grovewood Properties Ltd ("Landlord") and Ines Carvalho
("Tenant") for the flat at 14B Marlow Street, Leeds LS6 2QT. The term begins on 1 February 2027 and runs
for twelve months. Rent is £1,150 per calendar month payable in advance on the first day of each month. The
Tenant shall pay a deposit of £1,326, held in a government-approved scheme. Either party may end this lease
after the first six months by giving two months' written notice."""),
    ex("es", "Del siguiente correo, sácame el nombre del cliente, el número de pedido y la fecha de entrega "
             "prometida:\n\nHola, soy Lucía Fernández. Os escribo por el pedido 88-4410; me dijisteis que "
             "llegaría el 12 de diciembre y todavía no tengo noticias."),
    ex("en", "list everyone quoted in this French article, with their role:\n\n« Nous ne "
             "fermerons pas l'usine », a assuré Claire Dumont, directrice du site de Vénissieux. Le délégué "
             "CGT, Karim Benali, se dit « prudent ». Pour le maire, Jean-Paul Mercier, « c'est une bonne "
             "nouvelle, mais il faut des garanties écrites »."),
    ex("en", "salary range, location, remote days and required languages from this German job ad:\n\nWir suchen eine:n Senior Data Engineer (m/w/d) in München. Gehalt: "
             "78.000–92.000 € brutto/Jahr. Bis zu 3 Tage pro Woche Homeoffice. Sehr gute Deutsch- und "
             "Englischkenntnisse setzen wir voraus."),
    ex("pt", "Extrai os valores e datas de vencimento destas faturas em formato de lista:\n\nFatura 2026/118 "
             "– 1.240,00 € – vence a 15/01/2027\nFatura 2026/121 – 389,50 € – vence a 31/01/2027\n"
             "Nota de crédito NC-07 – -120,00 €"),
    ex("it", "Dammi in JSON nome, cognome, codice fiscale e data di nascita da questo testo:\n\nIl sottoscritto "
             "Marco Bellini, nato a Bologna il 04/07/1988, codice fiscale BLLMRC88L04A944K, dichiara..."),
    ex("nl", "Haal uit deze notulen alle besluiten (geen discussiepunten):\n\n1. Begroting 2027: besproken, "
             "besluit uitgesteld naar januari.\n2. Nieuwe huisstijl: aangenomen met 7 stemmen voor.\n"
             "3. Parkeerbeleid: discussie over fietsenstalling.\n4. Kerstborrel: besloten op 19 december."),
    ex("tr", "Bu mesajdan randevu tarihini, saatini ve doktorun adını çıkarır mısın?\n\n\"Sayın Ayşe Hanım, "
             "Dr. Mehmet Yıldız ile randevunuz 9 Ocak 2027 Cuma günü saat 14:30'da Kadıköy şubemizdedir.\""),
    ex("en", "every deadline (in days) in this Russian contract clause and what it applies to:\n\nПоставщик обязан поставить "
             "товар в течение 14 дней с момента оплаты. Покупатель вправе вернуть товар в течение 30 дней. "
             "Претензии рассматриваются в течение 10 рабочих дней."),
    ex("uk", "Знайди в тексті всі назви міст і країн і поверни їх двома списками:\n\nПісля конференції у "
             "Варшаві делегація поїхала до Кракова, а звідти — через Братиславу до Відня. Частина учасників "
             "повернулася до Києва літаком з Австрії."),
    ex("en", "JSON with name, phone, email, highest degree and most recent employer from this CV:\n\n王磊，"
             "138-0013-8000，wanglei.dev@example.cn。2016年毕业于浙江大学计算机硕士。2019年至今就职于"
             "杭州云帆科技，任后端工程师；此前在上海某外包公司工作三年。"),
    ex("en", "only the decisions and their owners from these Japanese minutes, as bullets:\n\n・新サイトの公開日は"
             "3月1日に決定（担当：佐藤）\n・デザイン案についてはまだ議論が続いている\n・問い合わせフォームの"
             "改修は鈴木さんが担当することで合意"),
    ex("en", S("You are the expense assistant in Spendwise. Users paste receipts."),
       "merchant, date, total and payment method from this receipt:\n\n스타벅스 강남역점\n2026-11-28 "
             "08:41\n아메리카노 T 4,500\n치즈 베이글 3,900\n합계 8,400원\n신한카드 ****-1234 승인"),
    ex("hi", "इस संदेश से ऑर्डर नंबर, रकम और डिलीवरी की तारीख निकालिए:\n\n\"आपका ऑर्डर #IN-55821 "
             "(₹2,349) 6 दिसंबर तक पहुँच जाएगा। धन्यवाद!\""),
    ex("ar", "استخرج من هذا الإعلان: اسم الشركة، المسمى الوظيفي، المدينة، وآخر موعد للتقديم.\n\n"
             "تعلن شركة النخبة للتقنية عن حاجتها إلى مهندس شبكات في مدينة جدة. آخر موعد لاستقبال الطلبات "
             "هو 20 يناير 2027."),
    ex("id", "Tolong ambil semua nomor telepon dan nama pemiliknya dari chat grup ini:\n\nBudi: nomorku "
             "0812-3456-7890 ya\nSari: aku 0857 1122 3344\nDewi: hubungi kantor aja, 021-555-0123"),
    ex("vi", "Lấy ra danh sách sản phẩm và số lượng từ đơn hàng này, dạng bảng:\n\nKhách đặt: 3 hộp trà "
             "sen, 2 gói cà phê Buôn Ma Thuột 500g, 1 bộ ấm chén gốm Bát Tràng."),
    ex("sw", "Toa majina ya watu wote na miji wanayotoka kutoka kwenye maandishi haya:\n\nAmina anatoka "
             "Mombasa, Juma anaishi Arusha, na rafiki yao Baraka alihamia Kisumu mwaka jana."),
    ex("fi", "Poimi tästä viestistä kokouksen päivämäärä, kellonaika, paikka ja osallistujat:\n\n"
             "Hei kaikki, projektipalaveri pidetään torstaina 11.12. klo 13.00 neuvotteluhuone Kuusessa. "
             "Paikalle tulevat Anna, Mikko ja Jussi, Laura osallistuu etänä."),
    ex("en", CRM, "from this email, pull the new phone number and job title for Sam and tell me what you'd "
                  "update:\n\n'Hi all — quick note that I've moved into the Head of Procurement role as of "
                  "this month. New direct line is +44 20 7946 0321. Best, Sam Whitfield'"),
    ex("en", ATS, """Jordan Lee — jordan.lee@protonmail.com — Toronto, ON
Experience
Staff Engineer, Maplewave (2022–present): led migration to Kafka; managed 4 engineers.
Senior Engineer, Northcode (2018–2022): payments APIs in Go.
Education
BSc Computer Science, University of Waterloo, 2018
Skills: Go, Kafka, PostgreSQL, Terraform, French (fluent)"""),
    ex("en", NEWSROOM, """give me every direct quote in this interview with who said it, verbatim:

The minister said the plan was "fully funded". Asked about delays, she added: "We are on schedule and I
expect shovels in the ground by spring." Opposition spokesman Rhys Morgan disagreed: "There isn't a single
signed contract." A spokesperson for the contractor declined to comment."""),
    ex("en", CS_TEAM, """From this account note, give me the renewal date, ARR, the champion's name and any risks
that were explicitly flagged:

Northgate Dental (ARR $84,000, renews 30 Apr 2027). Champion: Dr. Elise Varga, very engaged. Admin Tom
mentioned they're "looking at cheaper options" on the last call. Usage steady at 92% of seats. Open ticket
about SMS reminders failing in Poland — flagged as a risk by support."""),
    ex("en", AP_BOT, """OCR text:
INVOICE No. 2026-4471   Date: 28.11.2026
Nordvik Supplies AS, Org.nr 923 456 789
Bill to: Harborlight Ltd
Description           Qty   Unit    Total
Pallet wrap 500mm      40   89,00   3 560,00
Label rolls            12  145,00   1 740,00
Net                                   5 300,00
VAT 25%                               1 325,00
Total NOK                             6 625,00
Due date: 28.12.2026   Account: 1503.12.34567

need invoice number, supplier, invoice date, due date, net, VAT and total"""),
    ex("de", JSON_PIPE, "Schema: {\"firma\": str, \"ust_id\": str, \"iban\": str}\n\nImpressum: Fehrmann & "
                        "Söhne GmbH, Hafenstraße 12, 20457 Hamburg. USt-IdNr.: DE812345678. Bankverbindung: "
                        "Hamburger Sparkasse, IBAN DE89 3704 0044 0532 0130 00."),
    ex("en", S("You are a research assistant for a university lab. Quote exactly."),
       "from the abstract below list the datasets they evaluated on and the metric they report for each, "
       "nothing else:\n\nWe evaluate our retriever on Natural Questions (top-20 accuracy 81.2), TriviaQA "
       "(top-20 accuracy 79.5) and MS MARCO (MRR@10 0.391), outperforming BM25 by large margins on all three."),
    ex("en", S("You are Orbit, an agent that manages cloud cost reports. Tools: query_billing(sql), "
               "send_report(channel, text)."),
       """no query needed, it's in this paste. which services cost more than $1,000 last month?
service,cost_usd
ec2,14210.55
s3,812.40
rds,3390.00
cloudfront,1004.12
lambda,96.30"""),
    ex("en",
       "write a friendly out-of-office reply, I'm back on the 6th",
       A("Thanks for your message! I'm out of the office until 6 January with limited access to email. "
         "I'll get back to you as soon as I can after I return."),
       "thanks. now from this thread pull out who asked me for what while I'm away:\n\nMaya: can you review "
       "the Q1 budget draft?\nLeo: need your sign-off on the vendor contract\nMaya: also the hiring plan "
       "slides when you can\nRaj: fyi, nothing needed from you"),
    ex("en",
       f"""{CHANGELOG}

summarise this for our customers in 3 bullets""",
       A("- Version 5.0 requires Node 20.11 or newer and changes how queries return results.\n"
         "- New streaming inserts and automatic retries.\n- Several stability fixes, including a connection "
         "leak and a TLS handshake bug."),
       "ok now the opposite: every issue number (#...) mentioned and the version that fixed it"),
    ex("en",
       "explain what a 409 conflict means",
       A("The request conflicts with the current state of the resource: for example, creating something that "
         "already exists or updating with a stale version."),
       f"""got it. in this payload, what are the id, type and decline_code?

{WEBHOOK}"""),
    ex("en",
       f"""{TRANSCRIPT}

one-paragraph summary for people who missed it""",
       A("The team covered Warehouse B's scanner roll-out (racks pending), holiday temp staffing (six of nine "
         "secured), the shrinking returns backlog and an upcoming fire inspection on 2 December."),
       "thanks. now every number that was mentioned, with what it counts"),
    ex("en",
       "is 'data' singular or plural",
       A("Both are accepted; in everyday and technical English it's usually singular (\"the data is\"), while "
         "some academic styles keep it plural."),
       "lol ok. grab all the dates from this and put them in ISO format: 'kickoff 3rd of March, design review "
       "March 17, launch 2/4 (we're in the UK, all 2027)'"),
    ex("fr",
       "Écris-moi un petit mot pour remercier mon équipe après le lancement.",
       A("Merci à toutes et à tous pour ce lancement : votre énergie et votre rigueur ont fait la différence !"),
       "Parfait. Et dans ce fil de mails, donne-moi juste qui a validé quoi et à quelle date :\n\n"
       "Sophie (02/12) : OK pour la maquette.\nThomas (03/12) : je valide le budget.\nSophie (05/12) : "
       "d'accord pour la date de lancement."),
    ex("zh",
       S("你是公司内部的知识库助手。"),
       "报销政策里餐补上限是多少？",
       A("根据报销政策，每日餐补上限为 150 元，需要提供发票。"),
       "好的。下面这段会议纪要里，帮我把所有提到的截止日期和对应的任务列出来：\n\n"
       "市场部 12 月 10 日前提交年度总结；技术部 12 月 15 日完成系统升级；财务部月底前完成对账。"),
    ex("ru",
       "Привет! Как правильно: «в течение» или «в течении»?",
       A("«В течение» — когда речь о времени: «в течение недели». «В течении» — о потоке: «в течении реки»."),
       "Спасибо! Теперь из этого письма выпиши ФИО, должность и телефон отправителя:\n\n«С уважением, "
       "Ковалёва Ирина Сергеевна, руководитель отдела закупок, тел. +7 495 123-45-67»"),
    ex("ja",
       S("あなたは経理チームのアシスタントです。"),
       "この請求書の処理は誰に頼めばいい？",
       A("通常は経理の山田さんが担当です。"),
       "了解。では以下の請求書から、請求番号・発行日・合計金額（税込）だけ取り出して。\n\n請求書番号 "
       "INV-2026-0932　発行日 2026年11月30日　小計 ¥120,000　消費税 ¥12,000　合計 ¥132,000"),
    ex("ko",
       "이 문장 좀 자연스럽게 다듬어줘: 회의는 내일로 연기되어졌습니다.",
       A("\"회의는 내일로 연기되었습니다.\""),
       "고마워. 그리고 아래 공지에서 날짜, 장소, 준비물만 뽑아줘.\n\n12월 14일(토) 오전 9시, 남산 "
       "입구에서 모입니다. 편한 운동화와 물, 간단한 간식을 챙겨오세요."),
    ex("en",
       "regex for SKUs like TK-2291-BLK",
       A("`^[A-Z]{2}-\\d{4}-[A-Z]{3}$`"),
       f"""actually forget the regex, just give me every SKU in this snippet and the colour it belongs to:

{PRODUCT_HTML}"""),
    ex("en", """GET /v2/orders?since=2026-11-01 returned this. which orders were refunded (fully or partly)?
table: order id, customer email, refunded amount, reason. ignore everything else

{"data":[
 {"id":"ord_5521","created":"2026-11-02T09:14:03Z","customer":{"email":"h.tanaka@mailbox.jp"},
  "total":{"amount":18900,"currency":"EUR"},"status":"fulfilled","refunds":[]},
 {"id":"ord_5527","created":"2026-11-03T17:40:51Z","customer":{"email":"m.okafor@proton.me"},
  "total":{"amount":4250,"currency":"EUR"},"status":"refunded",
  "refunds":[{"amount":4250,"reason":"item_not_received","created":"2026-11-19T08:02:11Z"}]},
 {"id":"ord_5530","created":"2026-11-04T11:03:27Z","customer":{"email":"laura.becker@web.de"},
  "total":{"amount":12999,"currency":"EUR"},"status":"partially_refunded",
  "refunds":[{"amount":3000,"reason":"damaged","created":"2026-11-12T13:55:00Z"}]},
 {"id":"ord_5534","created":"2026-11-06T20:21:45Z","customer":{"email":"p.novak@seznam.cz"},
  "total":{"amount":7600,"currency":"EUR"},"status":"cancelled","refunds":[]},
 {"id":"ord_5541","created":"2026-11-09T06:48:12Z","customer":{"email":"ines.carvalho@sapo.pt"},
  "total":{"amount":25400,"currency":"EUR"},"status":"partially_refunded",
  "refunds":[{"amount":5400,"reason":"price_adjustment","created":"2026-11-10T10:00:00Z"},
             {"amount":2000,"reason":"damaged","created":"2026-11-21T16:31:09Z"}]},
 {"id":"ord_5548","created":"2026-11-12T14:05:39Z","customer":{"email":"jamal.h@outlook.com"},
  "total":{"amount":9900,"currency":"EUR"},"status":"fulfilled","refunds":[]},
 {"id":"ord_5552","created":"2026-11-15T22:17:02Z","customer":{"email":"s.lindqvist@telia.se"},
  "total":{"amount":15650,"currency":"EUR"},"status":"refunded",
  "refunds":[{"amount":15650,"reason":"duplicate_order","created":"2026-11-16T07:12:44Z"}]},
 {"id":"ord_5560","created":"2026-11-18T12:00:58Z","customer":{"email":"a.rossi@libero.it"},
  "total":{"amount":3300,"currency":"EUR"},"status":"fulfilled","refunds":[]}
],
"has_more":false,
"meta":{"amounts":"minor units (cents)","request_id":"req_8c1f02"}}"""),
]

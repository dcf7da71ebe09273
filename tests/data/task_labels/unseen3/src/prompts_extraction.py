"""extraction: the last user message asks to pull fields, entities, dates, amounts or rows out of a given text
into JSON, a table or a list (even when the user calls it a 'summary')."""

from common import A, S, ex

PIPE = ("You are an extraction service in a document pipeline. Output only valid JSON matching the schema the "
        "user gives. Use null for missing fields. No prose.")
SUPPORT = ("You are the support copilot for ParcelNow couriers. Agents paste customer messages; help them "
           "handle the case.")
HRBOT = "You are an assistant for the recruiting team at Tessel GmbH. Be precise; never invent facts."
AGENT = "You are a coding agent with shell access in the user's repository."

INVOICE = """INVOICE #INV-2026-0457
Nordlicht Print GmbH, Hafenstraße 12, 20457 Hamburg, VAT DE298374615
Bill to: Kestrel Studio Ltd, 4 Mill Lane, Bristol BS1 4QA
Date: 03.11.2026    Due: 03.12.2026
1x Banner print 3x1m ............ 240.00 EUR
250x Flyers A5 ................... 87.50 EUR
Design hours 3 @ 65.00 ........... 195.00 EUR
Subtotal 522.50  VAT 19% 99.28  Total 621.78 EUR
IBAN DE44 2005 0550 1234 5678 90"""

CONTRACT = """SERVICE AGREEMENT
This Service Agreement ("Agreement") is entered into on 1 February 2026 between Halvorsen Marine AS, a company
registered in Norway with org. no. 987 654 321 ("Client"), and BluePeak Consulting LLC, a Delaware limited
liability company ("Provider").
1. Term. The Agreement starts on 15 February 2026 and continues for twenty-four (24) months unless terminated
earlier under Section 9. It renews automatically for successive twelve (12) month periods unless either party
gives ninety (90) days' written notice.
2. Fees. Client shall pay Provider a monthly retainer of USD 18,500, invoiced on the first business day of each
month and payable within thirty (30) days. Late payments bear interest of 1% per month.
3. Liability. Provider's aggregate liability shall not exceed the fees paid in the twelve (12) months preceding
the claim.
4. Confidentiality. Each party shall keep the other's Confidential Information secret during the term and for
three (3) years after it ends, except where disclosure is required by law.
5. Personnel. Provider shall assign at least two (2) senior consultants, including Dr. Ingrid Solberg as
engagement lead, who may not be replaced without Client's prior written consent, not to be unreasonably
withheld.
6. Expenses. Reasonable travel expenses pre-approved in writing by Client are reimbursed at cost, capped at
USD 4,000 per calendar quarter.
7. Intellectual property. Deliverables created specifically for Client become Client's property upon full
payment. Provider retains its pre-existing tools and know-how and grants Client a perpetual licence to use
them as embedded in the Deliverables.
8. Non-solicitation. Neither party shall solicit the other's employees for twelve (12) months after the term.
9. Termination. Either party may terminate for material breach not cured within twenty (20) days of notice.
Client may terminate for convenience on sixty (60) days' notice, paying a termination fee equal to one
monthly retainer.
10. Notices. Notices must be in writing and sent to legal@halvorsen-marine.example (Client) and
contracts@bluepeak.example (Provider).
11. Assignment. Neither party may assign this Agreement without consent, except to an affiliate.
12. Governing law. This Agreement is governed by the laws of the State of New York."""

LOG = """2026-12-01 08:14:02 INFO  user=u_8812 action=login ip=81.12.4.200 ok
2026-12-01 08:14:40 WARN  user=u_1190 action=login ip=45.77.10.3 failed reason=bad_password
2026-12-01 08:14:41 WARN  user=u_1190 action=login ip=45.77.10.3 failed reason=bad_password
2026-12-01 08:15:03 INFO  user=u_5521 action=export ip=10.0.3.7 rows=1200 ok
2026-12-01 08:15:10 WARN  user=u_1190 action=login ip=45.77.10.3 failed reason=account_locked
2026-12-01 08:16:55 ERROR user=u_7003 action=payment ip=92.40.1.18 failed reason=card_declined amount=49.00
2026-12-01 08:17:20 INFO  user=u_7003 action=payment ip=92.40.1.18 ok amount=49.00
2026-12-01 08:18:02 INFO  user=u_2210 action=login ip=178.62.9.41 ok
2026-12-01 08:18:09 WARN  user=u_6634 action=login ip=103.21.4.77 failed reason=bad_password
2026-12-01 08:18:30 INFO  user=u_2210 action=view_invoice ip=178.62.9.41 invoice=INV-8812 ok
2026-12-01 08:19:44 WARN  user=u_6634 action=login ip=103.21.4.77 failed reason=bad_otp
2026-12-01 08:20:01 INFO  user=u_6634 action=login ip=103.21.4.77 ok
2026-12-01 08:21:15 INFO  user=u_8812 action=logout ip=81.12.4.200 ok
2026-12-01 08:22:40 WARN  user=admin action=login ip=185.220.101.5 failed reason=bad_password
2026-12-01 08:22:41 WARN  user=admin action=login ip=185.220.101.5 failed reason=bad_password
2026-12-01 08:22:43 WARN  user=admin action=login ip=185.220.101.5 failed reason=bad_password
2026-12-01 08:22:44 WARN  user=root action=login ip=185.220.101.5 failed reason=unknown_user
2026-12-01 08:23:10 INFO  user=u_5521 action=export ip=10.0.3.7 rows=40 ok
2026-12-01 08:24:55 ERROR user=u_9901 action=password_reset ip=88.3.12.9 failed reason=token_expired
2026-12-01 08:25:30 INFO  user=u_9901 action=password_reset ip=88.3.12.9 ok
2026-12-01 08:26:02 WARN  user=u_9901 action=login ip=88.3.12.9 failed reason=bad_password
2026-12-01 08:26:20 INFO  user=u_9901 action=login ip=88.3.12.9 ok"""

EXAMPLES = [
    ex("en", S(PIPE), "Schema: {vendor, vendor_vat, customer, invoice_number, issue_date (ISO), due_date (ISO), "
       "currency, subtotal, vat_rate, vat_amount, total, iban}\n\n" + INVOICE),
    ex("en", "summarise this contract as a table: parties, start date, term, renewal notice, monthly fee, "
       "payment terms, liability cap, termination for convenience, expense cap, governing law. one row per field.\n\n" + CONTRACT),
    ex("en", "pull out every failed login (user, ip, time, reason) from this:\n\n" + LOG),
    ex("es", S(SUPPORT.replace("ParcelNow", "EnvíaYa")), "Extrae del mensaje: nombre, número de seguimiento, "
       "dirección y qué pide el cliente.\n\n\"Hola, soy Lucía Ferrer, mi paquete ES88231190 debía llegar ayer a "
       "Calle Olivo 23, 3ºB, Valencia y sigue en reparto. ¿Pueden entregarlo el sábado por la mañana? Gracias.\""),
    ex("en", "write a headline for a local news story about a store opening", A("'Ribbon Cut, Doors Open: "
       "Main Street Welcomes Its Newest Neighbour'"), "nice. from the article itself, get me the list of all people mentioned and their roles:\n\n\"At yesterday's launch, CEO Marta "
       "Quinn thanked lead designer Raj Patel and the contractor team from Bellweather, led by Sofia Grant. "
       "Board member Ellis Odum joined remotely, and the city's deputy mayor, Tomás Rivera, cut the ribbon.\""),
    ex("fr", "Voici un CV, donne-moi en JSON : nom, email, téléphone, années d'expérience, langues, "
       "dernier employeur.\n\nCamille Roux — camille.roux@mail.example — +33 6 12 34 56 78\nDéveloppeuse "
       "back-end depuis 2017. 2021–aujourd'hui : Ingénieure senior chez Qonto. 2017–2021 : Développeuse chez "
       "Doctolib. Langues : français (natif), anglais (courant), espagnol (notions)."),
    ex("en", S(HRBOT), "From these interview notes, list the candidate's notice period, salary expectation, "
       "earliest start date and any red flags mentioned. Nothing else.\n\nNotes (K. Meyer, 12 Nov): Strong "
       "on Kafka, weak-ish on testing. Currently at Zalando, 3 months notice but thinks they can negotiate to 6 "
       "weeks. Wants 78-82k. Could start 1 Feb at the earliest. Mentioned leaving last job after 7 months "
       "('bad culture'); didn't elaborate. Asked about remote twice."),
    ex("en", S(PIPE), "Schema: {\"events\": [{\"date\": \"YYYY-MM-DD\", \"time\": \"HH:MM\", "
       "\"place\": str, \"occasion\": str}]}\n\nHi all, quick overview: team dinner on 12 Dec at 7pm at "
       "the Brewhouse, year-end review on the 15th at 10:30 in room 4.02, and the holiday party on 19 Dec from "
       "6pm at Hangar 7. All 2026."),
    ex("en", "Translate this into English please: 'Reunión el martes 4 a las 16h con el proveedor de Murcia.'",
       A("Meeting on Tuesday the 4th at 4 pm with the supplier from Murcia."), "ok now from that and this next "
       "one, extract date, time, who, where as a list: 'Llamada con Ana (RR.HH.) el jueves 6 a las 9:30 por "
       "Teams.'"),
    ex("pt", "Extraia os valores e datas de cada parcela deste texto: \"O pagamento será feito em 3 parcelas: "
       "R$ 4.000,00 na assinatura (10/01/2027), R$ 3.500,00 em 10/03/2027 e o saldo de R$ 2.500,00 na entrega "
       "final, prevista para 30/05/2027.\""),
    ex("en", S(AGENT), "grep through this package.json output and give me just the dependency names and versions "
       "that are pinned with ^ as a markdown table:\n\n\"dependencies\": {\n  \"react\": \"^18.2.0\",\n  "
       "\"react-dom\": \"18.2.0\",\n  \"zod\": \"^3.22.4\",\n  \"date-fns\": \"~2.30.0\",\n  \"axios\": "
       "\"^1.6.2\"\n}"),
    ex("it", "Dalla seguente email estrai: mittente, data dell'evento, numero di partecipanti e budget.\n\n"
       "\"Buongiorno, sono Giulia Bassi dell'ufficio eventi di Ferro SpA. Vorremmo organizzare una cena "
       "aziendale il 22 gennaio per circa 45 persone, budget massimo 3.800 euro. Restiamo in attesa.\""),
    ex("en", "Here's our Slack export from #incident-442. Give me a timeline table (time, who, action) of only "
       "the actions people actually took, skip chatter.\n\n[09:02] dana: anyone else seeing 502s?\n[09:03] "
       "li: yep, on checkout\n[09:05] li: rolled back deploy 8831\n[09:06] sam: lol monday\n[09:09] dana: "
       "502s still there, restarting nginx on lb-2\n[09:12] dana: restarted, looks better\n[09:15] li: "
       "opened ticket OPS-2210 for root cause\n[09:16] sam: coffee anyone"),
    ex("nl", S(PIPE), "Schema: {naam, geboortedatum, adres, polisnummer, schadedatum, omschrijving_kort}\n\n"
       "Geachte heer/mevrouw, ik, Pieter de Vries (geb. 14-03-1981), wonend aan de Lindelaan 8 te Utrecht, "
       "meld hierbij schade aan mijn fiets (polis 77-4412-NL). Op 28 november werd mijn fiets bij het station "
       "aangereden door een bestelbus."),
    ex("en", "what does 'PRN' mean on a prescription", A("PRN is Latin 'pro re nata', meaning 'as needed'."),
       "thanks. can you list all the medications and doses from this discharge note: 'Continue metformin 500 mg "
       "twice daily. Start atorvastatin 20 mg at night. Stop ibuprofen. Paracetamol 1 g up to four times a day "
       "as needed.'"),
    ex("pl", "Wyciągnij z tego ogłoszenia: metraż, cenę, dzielnicę, piętro i czy jest balkon.\n\n\"Sprzedam "
       "mieszkanie 54 m², 2 pokoje, Kraków Podgórze, 3 piętro z 4, balkon od południa, cena 719 000 zł, "
       "bezpośrednio.\""),
    ex("en", S(SUPPORT), "Customer message below. Just give me the fields for the claim form: tracking no., "
       "damage description, item value, preferred compensation.\n\n\"Your driver threw my parcel PN-55120-UK "
       "over the gate, and the ceramic lamp inside (paid £89) is in pieces. I'd like a refund, not a "
       "replacement. Photos attached.\""),
    ex("tr", "Şu metindeki tüm tarihleri ve olayları liste halinde çıkar: \"Şirket 1998'de İzmir'de kuruldu, "
       "2005'te İstanbul'a taşındı, 2014'te halka açıldı ve 2021'de Almanya'da ilk ofisini açtı.\""),
    ex("en", "Which of these emails contain a meeting request? Give sender and proposed time only.\n\n1) From: "
       "jo@acme.example - 'Can we sync Thursday 3pm about the Q1 plan?'\n2) From: news@shop.example - 'Black "
       "Friday deals inside!'\n3) From: r.khan@partner.example - 'Would Monday 10:00 CET work for the contract "
       "call?'\n4) From: it@acme.example - 'Your password expires in 5 days.'"),
    ex("ru", S(PIPE), "Схема: {\"компания\": str, \"ИНН\": str, \"сумма\": number, \"валюта\": str, "
       "\"назначение\": str}\n\nПлатёжное поручение № 118 от 02.12.2026. Плательщик: ООО «Северный ветер», ИНН "
       "7702345678. Сумма: 156 400,00 руб. Назначение платежа: оплата по счёту 45 за поставку оборудования."),
    ex("en", "Briefly summarise the attached receipt... actually no, I just need the total, the date and the store "
       "name for my expense report:\n\nTESCO EXPRESS 2291\nCamden High St\n12/11/2026 18:42\nMILK 2L 1.65\nBREAD "
       "1.40\nCOFFEE BEANS 6.50\nTOTAL GBP 9.55\nCARD ****4421"),
    ex("uk", "Витягни з тексту всі імена, посади та організації у вигляді таблиці: \"На зустрічі були "
       "присутні директорка школи Олена Коваль, заступник мера Ігор Петренко та представник ГО «Світло» "
       "Андрій Мельник.\""),
    ex("en", S(HRBOT), "Earlier you helped me write the job ad", A("Yes, for the Senior Data Engineer role in "
       "Berlin."), "right. now from the 3 applications below pull name, years of experience, current company, "
       "and whether they mention Spark. table please.\n\nA) Jonas Weber, 6 yrs, now at Delivery Hero, built "
       "Spark pipelines on EMR.\nB) Aylin Demir, 4 years, currently Trade Republic, mostly Flink and Kafka.\n"
       "C) Marco Rossi, 9 yrs, currently freelance, Spark + Databricks, before that at SAP."),
    ex("zh", "请从下面的新闻中提取：时间、地点、伤亡人数、事故原因，用JSON输出。\n\n“11月28日凌晨3时许，杭州市西湖区一居民楼发生火灾，"
       "造成2人受伤，无人死亡。初步调查显示，火灾由电动自行车在室内充电引起。”"),
    ex("en", "From this CSV give me only the rows where status is 'overdue' and amount > 1000, as JSON:\n\n"
       "id,client,amount,status,due\n101,Acme,850,overdue,2026-10-01\n102,Birch,1200,paid,2026-10-05\n103,"
       "Cobalt,3400,overdue,2026-09-20\n104,Dune,1100,overdue,2026-11-02\n105,Ember,90,pending,2026-12-01"),
    ex("ja", S(PIPE), "スキーマ: {\"氏名\": str, \"会社\": str, \"役職\": str, \"電話\": str, \"メール\": str}\n\n"
       "株式会社ミドリ技研 営業部 部長 佐藤 健一 TEL 03-1234-5678 k.sato@midori.example"),
    ex("en", "Earlier you explained GDPR to me", A("Yes, we went through lawful bases and data subject rights."),
       "ok. now this privacy notice: which categories of personal data do they say they collect, and the "
       "retention period for each? list only.\n\n\"We collect your name and email when you register (kept "
       "while your account is active plus 12 months), payment details via our processor (we keep the last four "
       "digits for 7 years for tax), and usage logs including IP address (kept 90 days).\""),
    ex("ko", "다음 문자에서 택배사, 송장번호, 도착 예정일만 뽑아줘: \"[한빛택배] 고객님의 상품(송장 6021-8834-"
       "1175)이 12월 9일(수) 도착 예정입니다.\""),
    ex("en", S(AGENT), "from the output below, list the failing test names and their error type only:\n\n"
       "FAILED tests/test_auth.py::test_refresh_token - AssertionError: 401 != 200\nPASSED "
       "tests/test_auth.py::test_login\nFAILED tests/test_cart.py::test_merge_carts - KeyError: 'sku'\nFAILED "
       "tests/test_cart.py::test_discount - TypeError: unsupported operand\nPASSED tests/test_cart.py::test_add"),
    ex("hi", "इस संदेश से नाम, तारीख, समय और जगह निकालकर सूची बनाइए: \"नमस्ते, मैं राहुल शर्मा हूँ। 15 "
       "दिसंबर को शाम 6 बजे कनॉट प्लेस वाले ऑफिस में मीटिंग रखी है।\""),
    ex("en", "transcript of our customer call below. extract every commitment we made to the customer (what, "
       "who owns it, deadline if said).\n\nCUSTOMER: The export keeps timing out.\nPRIYA (us): I'll get "
       "engineering to look at it today and update you by Friday.\nCUSTOMER: And the invoice had the wrong VAT "
       "number.\nTOM (us): I'll reissue it this afternoon.\nCUSTOMER: Any news on SSO?\nPRIYA: It's on the "
       "roadmap, no date yet.\nTOM: I'll also send you the SOC 2 report after the call."),
    ex("ar", S(PIPE), "المخطط: {\"الاسم\": str, \"رقم_الهاتف\": str, \"المدينة\": str, \"الطلب\": str}\n\n"
       "مرحبا، اسمي سارة العلي من الرياض، رقمي 0551234567، أريد حجز موعد لصيانة المكيف يوم الأحد."),
    ex("en", S("You are a helpful assistant."), "hi, quick one", A("Sure, go ahead."), "what are all the URLs in this text? 'Docs at https://docs.example.com/v2, status page "
       "status.example.com, and the old wiki (http://wiki.internal/old) is deprecated.'"),
    ex("id", "Tolong ambil nama produk, jumlah, dan harga satuan dari pesanan ini dalam bentuk tabel: "
       "\"Saya pesan 3 kaos polos hitam @Rp65.000, 2 celana chino @Rp189.000, dan 1 topi @Rp45.000.\""),
    ex("en", S(SUPPORT), "We chatted about the late delivery case before", A("Yes — the parcel to Leeds that "
       "was two days late. Is there an update?"), "customer replied. get me every address and phone number "
       "she mentions, she changed her mind twice:\n\n\"Deliver to 14 Oak Rd, Leeds LS6 2AB. Actually no, my "
       "office: Unit 3, Canal Wharf, Leeds LS11 5PS, call 0113 496 0123. Hmm, if nobody's there try my mobile "
       "07700 900456.\""),
    ex("vi", "Trích xuất các mốc thời gian và sự kiện trong đoạn sau thành danh sách: \"Dự án khởi động ngày "
       "5/1, bản thử nghiệm ra mắt 20/3, và phát hành chính thức vào 1/7.\""),
    ex("en", "here's an article. I don't need a summary, I need every statistic it cites with its source, as "
       "bullet points.\n\n\"Remote work is sticking. According to a 2025 Gallup survey, 52% of US remote-capable "
       "employees now work hybrid. Stanford's WFH Research estimates that 28% of paid workdays were done from "
       "home in 2024, up from 5% in 2019. Meanwhile, office occupancy in major US cities sits at about 53% of "
       "pre-pandemic levels, per Kastle Systems badge data.\""),
    ex("en", S(PIPE), "Schema: {\"items\": [{\"product\": str, \"size\": str, \"colour\": str, "
       "\"qty\": int}]}\n\nHi, I'd like two medium t-shirts in navy, one large grey hoodie and three pairs of "
       "black socks, one size."),
    ex("en", "extract the key dates from the contract above", A("I don't see a contract in our conversation — "
       "could you paste it?"), "oops. here:\n\n" + CONTRACT.split("3. Liability")[0]),
    ex("en", "Can you explain what a merger is?", A("A merger is when two companies combine into one, usually "
       "with shareholders of both getting shares in the new company."), "ok. names of all the companies in this paragraph please: 'After the merger of Nimbus and Vertex, the "
       "combined firm signed deals with Halcyon Foods and the Ostrava-based Železo a.s., while rival Quarry "
       "Labs stayed with its supplier, Pellucid.'"),
    ex("en", S(SUPPORT), "handling a case", A("Sure, paste the customer's message."), "just get me the "
       "tracking numbers and destination cities: 'I'm waiting on two parcels, PN-448210 going to Manchester and "
       "PN-448233 to York, neither has moved since Tuesday.'"),
    ex("en", "From these meeting notes, extract the action items as a checklist with owner and due date:\n\n"
       "- Budget review pushed; Karin to send revised numbers by Wed\n- Website copy: Omar owns, draft due "
       "20 Dec\n- Discussed holiday rota, no decision\n- Legal check of the NDA template (Felix, end of month)"),
    ex("de", "Fass mir das Rezept zusammen — also eigentlich nur die Zutatenliste mit Mengen, sonst nichts:\n\n"
       "Für den Teig 250 g Mehl mit 125 g kalter Butter, 80 g Zucker und einem Ei verkneten. Für die Füllung "
       "1 kg Äpfel schälen, mit 2 EL Zitronensaft und 1 TL Zimt mischen. Mit 50 g Mandelblättchen bestreuen."),
    ex("en", S(HRBOT), "Pull the leave dates and types from these requests into a table (employee, type, from, "
       "to):\n\n- Nora: vacation 22 Dec to 2 Jan\n- Felix: sick leave since Monday 1 Dec, doctor's note till 5 "
       "Dec\n- Ines: parental leave starting 1 Feb 2027 for 6 months"),
    ex("en", "can you summarise my prescription", A("Sure, paste it in."), "ok but really I just need "
       "drug, dose and when to take it, as a list:\n\n'Amoxicillin 500 mg every 8 hours for 7 days. Metamizole "
       "1 g if fever. Omeprazole 20 mg on an empty stomach each morning.'"),
    ex("en", S("You clean up address data for a CRM. Reply in JSON."), "parse this address into street, number, postcode, city, country: 'Rua Augusta 274, 1100-053 "
       "Lisboa, Portugal'"),
    ex("en", S(AGENT), "Look at this docker ps output and tell me just the container names and their published "
       "ports:\n\nCONTAINER ID  IMAGE          PORTS                    NAMES\n3f2a1c  postgres:16    "
       "0.0.0.0:5432->5432/tcp   db\n9b7e44  redis:7        6379/tcp                 cache\n1d0c88  app:latest     "
       "0.0.0.0:8000->8000/tcp   web"),
    ex("en", "We're doing the wedding budget", A("Great, send me what you've spent and what's left to pay."),
       "list all the amounts of money in this and what each is for: 'We paid €1,200 deposit, the "
       "photographer charged €950, flowers were €430 and we still owe the caterer €3,100.'"),
    ex("en", S(PIPE), "Schema: [{pod, reason, count, last_seen}]\n\nLAST SEEN  TYPE     REASON     "
       "OBJECT              MESSAGE\n2m         Warning  BackOff    pod/api-7c9f-x2k   Back-off restarting "
       "failed container (x14)\n5m         Warning  Unhealthy  pod/api-7c9f-q8d   Readiness probe failed "
       "(x6)\n11m        Normal   Pulled     pod/worker-55b-lt  Container image pulled (x1)\n1m         "
       "Warning  OOMKilled  pod/worker-55b-zz  Container killed: memory limit (x3)"),
    ex("en", "i'm pasting my bank's SMS alerts. extract merchant, amount and date for each card purchase, ignore "
       "the rest:\n\n'Purchase GBP 12.40 at PRET A MANGER on 02/12'\n'Your statement is ready'\n'Purchase GBP "
       "64.99 at AMAZON UK on 03/12'\n'Payment received, thank you'\n'Purchase GBP 3.20 at TFL on 03/12'"),
]

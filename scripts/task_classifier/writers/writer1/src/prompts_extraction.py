"""`extraction`: pull named fields, entities, dates, amounts or rows out of pasted material, usually into a
list, table or JSON.

Pasted logs, emails, invoices, a freight booking, a lease, a lab-referral form, chat threads. "Summarise it as a
table of parties, dates and fees" is `extraction`; a prose gist is `summarization`; writing a regex or script
that would do the pulling is `code`.
"""

from common import A, S, ex

JSON_PIPE = S("You are an extraction step in a document pipeline. Output only valid JSON matching the schema "
              "the user gives. No prose, no markdown fences. Use null for missing fields.")
FREIGHT = S("You are the assistant for Castellan Freight Forwarding's ops desk. Help agents with bookings, "
            "customs documents and carrier emails.")
MEDADMIN = S("You are the admin assistant for the referrals office of St Aldric's Hospital. You help staff "
             "process referral letters and appointment requests. You never give clinical advice.")
RAG = S("Answer using only the context below. If the answer is not in the context, say so.\n\nCONTEXT:\n"
        "Bramwell Logistics Travel Policy v3 (2026). Economy class for flights under 6 hours; premium economy "
        "allowed above 6 hours with director approval. Hotel cap: 140 EUR/night in EU capitals, 110 elsewhere. "
        "Per diem: 45 EUR domestic, 60 EUR international. Receipts within 30 days via Expensa. Taxis only when "
        "public transport takes over 45 minutes longer or after 22:00.")
RECRUIT = S("Du bist der Recruiting-Assistent von Halden Pflege GmbH. Du hilfst dem HR-Team, Bewerbungen zu "
            "sichten und Termine zu planen.")

ACCESS_LOG = """10.4.2.17 - - [05/Dec/2026:11:02:13 +0000] "POST /api/v2/orders HTTP/1.1" 201 512 "-" "okhttp/4.12"
10.4.2.17 - - [05/Dec/2026:11:02:14 +0000] "GET /api/v2/orders/88213 HTTP/1.1" 200 1840 "-" "okhttp/4.12"
10.4.9.3 - - [05/Dec/2026:11:02:15 +0000] "GET /admin HTTP/1.1" 403 162 "-" "curl/8.4.0"
10.4.2.20 - - [05/Dec/2026:11:02:15 +0000] "POST /api/v2/payments HTTP/1.1" 502 88 "-" "okhttp/4.12"
10.4.2.20 - - [05/Dec/2026:11:02:18 +0000] "POST /api/v2/payments HTTP/1.1" 502 88 "-" "okhttp/4.12"
10.4.9.3 - - [05/Dec/2026:11:02:19 +0000] "GET /admin/../etc/passwd HTTP/1.1" 400 0 "-" "curl/8.4.0"
10.4.2.17 - - [05/Dec/2026:11:02:21 +0000] "DELETE /api/v2/orders/88213 HTTP/1.1" 204 0 "-" "okhttp/4.12"
10.4.2.20 - - [05/Dec/2026:11:02:22 +0000] "POST /api/v2/payments HTTP/1.1" 200 301 "-" "okhttp/4.12\""""

LEASE = """COMMERCIAL LEASE — SUMMARY OF KEY TERMS AND FULL CLAUSES

This Lease is made on 14 October 2026 between HALLOWAY ESTATES LIMITED (company no. 08812345), whose registered
office is at 3 Quay Street, Leeds LS1 4DX (the "Landlord") and BRIGHTKILN CERAMICS LTD (company no. 12990871) of
Unit 7, Foundry Yard, Leeds LS9 8AB (the "Tenant").

1. PREMISES. Unit 12, Foundry Yard, Leeds LS9 8AB, being approximately 2,150 sq ft of ground-floor workshop
space together with the right to use two parking spaces marked 12A and 12B.

2. TERM. Five (5) years beginning on 1 December 2026 (the "Term Commencement Date") and ending on 30 November
2031, subject to clause 9.

3. RENT. £21,500 per annum exclusive of VAT, payable quarterly in advance on the usual quarter days. The first
payment, being a proportionate sum from the Term Commencement Date to the next quarter day, is due on signing.
Rent-free period: the first three (3) months of the Term.

4. RENT REVIEW. Upward-only review to open market rent on the third anniversary of the Term Commencement Date.

5. DEPOSIT. The Tenant shall pay a rent deposit equal to six months' rent (£10,750) to be held by the Landlord
in a designated account and returned within 60 days of the end of the Term less any sums properly due.

6. SERVICE CHARGE. A fair proportion of the Landlord's costs of maintaining the common parts of Foundry Yard,
currently estimated at £2.40 per sq ft per annum.

7. USE. Manufacture, firing and retail sale of ceramics and ancillary office use. Kiln operation only between
07:00 and 21:00.

8. REPAIR. The Tenant keeps the interior in good repair; the Landlord is responsible for the roof, structure
and external walls.

9. BREAK CLAUSE. The Tenant may terminate this Lease on the third anniversary of the Term Commencement Date by
giving not less than six (6) months' prior written notice, provided all rent due has been paid.

10. ALIENATION. No assignment or subletting of part. Assignment of the whole with Landlord's consent, not to
be unreasonably withheld.

11. INSURANCE. Landlord insures the building; Tenant reimburses the premium attributable to the Premises and
insures its own contents and kiln equipment.

12. GOVERNING LAW. England and Wales.

Signed for the Landlord: D. Halloway, Director. Signed for the Tenant: P. Osei-Bonsu, Director."""

THREAD = """[09:12] Nadia: can someone take the Lisbon client call thu 3pm?
[09:13] Piotr: I can't, dentist
[09:15] Greta: I'll do it if someone covers my 2pm review with Kemal
[09:15] Piotr: I'll cover the review
[09:20] Nadia: great. also budget sheet due to finance by fri EOD, Greta owns it
[09:22] Kemal: reminder the office is closed mon 14th for the electricians
[09:30] Greta: ok, and @Piotr pls send me the Q4 numbers by wed so I can do the sheet
[09:31] Piotr: 👍"""

EXAMPLES = [
    ex("en", f"from this access log give me a table: time, ip, method, path, status. only the non-2xx ones\n\n{ACCESS_LOG}"),
    ex("en", f"Summarise this lease as a table: parties (with company numbers), premises, term start and end, rent, rent-free period, deposit, break clause date and notice period. nothing else\n\n{LEASE}"),
    ex("en", f"ok from the same lease I only need the money: every amount with what it's for, as a list\n\n{LEASE}"),
    ex("en", f"action items from this slack thread as: owner — task — due. skip chit-chat\n\n{THREAD}"),
    ex("en", JSON_PIPE, 'schema: {"invoice_no": str, "date": "YYYY-MM-DD", "supplier": str, "total": number, "currency": str, "vat": number|null}\n\nINVOICE 2026/1187\nKlarbach Druckerei GmbH · Lindenweg 4 · 79098 Freiburg\nDatum: 28.11.2026\n500 Flyer A5 4/4 .......... 119,00\nVersand ................... 6,90\nNetto 125,90 · MwSt 19% 23,92\nGesamt 149,82 EUR'),
    ex("en", JSON_PIPE, 'schema: {"name": str, "email": str|null, "phone": str|null, "company": str|null, "role": str|null}\n\n--\nBest,\nTomasz Wrona | Head of Procurement\nOrlen Agro Sp. z o.o.\nm: +48 601 220 994\nt.wrona@orlenagro.example.pl'),
    ex("en", JSON_PIPE, 'schema: {"flight": str, "from": str, "to": str, "departure_local": str, "seat": str|null, "passenger": str}\n\nYour boarding pass: MS EVELINE VAN DAM — KL1342 AMS → WAW — Dep 06:55 (Gate D7, boarding 06:15) — Seat 14C — Group 3'),
    ex("en", FREIGHT, "pull the booking details from this carrier email: booking ref, vessel, voyage, POL, POD, ETD, ETA, container count & type, cut-off\n\n---\nDear Castellan team,\nPlease find confirmed booking MSCU8812094 for your shipper Tarn Valley Foods. 3 x 40'HC reefer, set temp -18C. Vessel MSC ALINA voy. 649W loading Felixstowe, discharge Port Klang. ETD 18 Dec, ETA 21 Jan (subject to change). VGM cut-off 15 Dec 12:00, CY cut-off 16 Dec 08:00. Empty pick-up from Maritime depot.\nRegards, Jeroen"),
    ex("en", FREIGHT, "thx for the summary of the customs rules", A("You're welcome! Anything else?"),
       "yes, the HS codes and quantities from this packing list, as a table:\n\nItem | Desc | Qty | HS\n1 | Frozen raspberries 10kg | 240 ctn | 0811.20\n2 | Frozen blackcurrants 10kg | 180 ctn | 0811.90\n3 | Apple puree 5kg | 400 ctn | 2007.99"),
    ex("en", MEDADMIN, "extract for the booking system: patient name, DOB, NHS number, referring GP, clinic requested, urgency, and any access needs. don't summarise the clinical bit\n\nDear Colleague,\nRe: Mrs Agnieszka Borowska, DOB 03/07/1958, NHS No 943 476 5919, 14 Cedar Rise, Harrogate.\nI would be grateful if you could see this lady in the Rheumatology clinic, routine. She has had bilateral hand pain and morning stiffness for four months... She uses a wheelchair and would need step-free access. Polish interpreter would help.\nYours sincerely, Dr K. Achterberg, Beck Lane Surgery"),
    ex("en", RAG, "what's the hotel cap for a trip to Lyon and the per diem? just the two numbers"),
    ex("en", "make this sound less rude: 'send the file. now.'", A("\"Could you send the file over when you get a moment? I need it fairly soon.\""), "haha thanks. now get me every email address and phone number in this mess\n\nhey it's Marta (marta.k@fjordline.example) — call me at 07700 900123 or the office +44 20 7946 0018. cc dan_ops@fjordline.example, and the old one martak@gmail.example doesn't work anymore"),
    ex("en", "list all the dates and deadlines mentioned here with what they're for:\n\nThe call for papers closes 15 Jan. Reviews are due back 20 Feb and authors hear by 1 Mar. Camera-ready is 22 Mar, early-bird registration ends the same day, and the conference itself is 9-11 May in Porto."),
    ex("en", S("You are Sprig, a recipe and meal-planning assistant. Suggest recipes, shopping lists and swaps for dietary needs."), "ingredients with quantities from this recipe as a shopping list, merge duplicates:\n\nFry 2 onions and 3 cloves garlic in 2 tbsp oil. Add 400g chopped tomatoes, 1 tsp cumin and another onion. Stir in 250g red lentils and 800ml stock. Finish with 1 tbsp oil and a handful of coriander."),
    ex("en", S("You are the media-monitoring assistant at Kettle PR. You help account managers track coverage of their clients."), "which people and organisations are mentioned? two lists\n\nAfter talks in Nairobi, Amina Odhiambo of the Kenya Red Cross and officials from UNICEF agreed with Siemens Healthineers on a pilot, according to health minister Peter Kamau. The World Bank will fund the first year."),
    ex("en", "Write me a tweet about our new office", A("New year, new desks: we've moved into our bright new office on Canal Street! Come say hi 👋"),
       "thanks. now from this lease abstract, just tell me the break date and the notice period, nothing else:\n\nTerm: 10 years from 1 March 2025. Tenant break at year 5 on 6 months' notice. Rent review year 5."),
    ex("en", "CSV with columns sku, size, colour from these product titles:\n\nTrail Runner X2 – Men's 44 – Slate Grey\nTrail Runner X2 – Women's 38 – Coral\nCity Loafer – 41 – Tan\nTrail Runner X2 – Men's 46 – Black"),
    ex("en", S("You are Kestrel Court's tenant helpdesk. Answer questions about rent, repairs and building rules."),
       "can you pull out of this notice what days the water is off, between what times, and which blocks?\n\nNOTICE: Essential pipe works. Water supply will be interrupted in Blocks A and C on Tue 12 Jan 09:00–13:00 and in Block B on Wed 13 Jan 10:00–16:00. Block D unaffected."),
    ex("en", "grab the order numbers and tracking numbers from these three shipping emails, pair them up\n\n1) Your order #A-55102 has shipped! Track it: DPD 15501234567890\n2) Order #A-55117 — dispatched via Royal Mail, tracking RM 4421 0092 11GB\n3) Good news: #A-55120 is on its way. UPS 1Z 999 AA1 01 2345 6784"),
    ex("en", "why does pip say ResolutionImpossible", A("Two of your requirements need incompatible versions of the same dependency; pip prints which ones just above the error."), "ugh ok. first: what versions of each package are pinned in this?\n\nrequests==2.32.3\nnumpy>=1.26,<2\npandas==2.2.2\n# pinned for CUDA\ntorch==2.3.1+cu121\nuvicorn[standard]==0.30.1"),
    ex("en", "pull the KPIs into a table (metric, Q2, Q3):\n\nIn Q3 active users reached 48.2k (Q2: 41.9k). Churn fell to 3.1% from 3.8%. ARPU rose slightly to €12.40 (€12.10). NPS held at 41."),
    ex("en", "the error codes and how many times each shows up:\n\nE1042 timeout upstream\nE2201 bad signature\nE1042 timeout upstream\nE3300 quota\nE1042 timeout upstream\nE2201 bad signature"),
    ex("en", JSON_PIPE, 'schema: {"candidate": str, "years_experience": int|null, "languages": [str], "notice_period_weeks": int|null, "salary_expectation": str|null}\n\nHi! I\'m Joon-ho, 6 yrs in warehouse ops, last 2 as shift lead. I speak Korean, English and decent German. I\'d need to give 4 weeks notice. Looking for around 42k.'),
    ex("en", "Can you translate this to English? 'Zahlung fällig bis 15.01., Kontonummer DE44 5001 0517 5407 3249 31'", A("\"Payment due by 15 January, account number DE44 5001 0517 5407 3249 31.\""),
       "ok, and from the whole email below I just need the amounts, due dates and IBANs, one line per invoice:\n\nRechnung 771: 1.240,00 € fällig 15.01., IBAN DE44 5001 0517 5407 3249 31\nRechnung 772: 310,50 € fällig 31.01., selbe IBAN\nGutschrift 12: -80,00 €"),
    ex("en", "extract the meeting: who, when, where, dial-in\n\nHi all, let's do the vendor review Thurs 11 Dec 14:30 CET in Room Fjord (3rd fl). Attendees: me, Sanne, Oskar, and Lea from Tallmark. Dial-in for remote folks: +31 20 123 4567, PIN 88201#"),
    ex("en", "hey", A("Hi! What can I do for you?"), "which SKUs are below reorder level?\n\nsku,on_hand,reorder\nBLT-10,40,50\nBLT-12,120,60\nNUT-M8,900,1000\nWSH-8,15,200\nSCR-40,300,250"),
    ex("en", "from this stack trace, just give me the file names and line numbers, top to bottom. don't explain the error\n\nTraceback (most recent call last):\n  File \"/srv/app/main.py\", line 41, in <module>\n    run()\n  File \"/srv/app/jobs/nightly.py\", line 118, in run\n    export(batch)\n  File \"/srv/app/jobs/export.py\", line 67, in export\n    writer.writerow(row)\nValueError: dict contains fields not in fieldnames: 'vat_id'"),
    ex("en", "just the names of the people who RSVP'd yes:\n\nTom - yes!\nAiko: can't, sorry\nbeatriz — yes + 1\nLars maybe\nFemi: YES\nGus no"),
    ex("en", "Write a short poem about spreadsheets.", A("Rows that never sleep, / columns standing straight..."),
       "lol. ok real work: from this bank export, give me all the transactions over 500 with date and payee\n\n2026-11-02;Nordlicht Energie;-612.40\n2026-11-03;Salary ACME;+3200.00\n2026-11-05;Rewe;-84.12\n2026-11-09;Landlord J. Berg;-950.00\n2026-11-18;Bauhaus;-233.70"),
    ex("en", S("You are the insights assistant in ReviewLoop, a tool for e-commerce teams to read customer reviews."), "tag the sentiment AND the product mentioned in each review, as a table\n\n1. the kettle boils fast but the lid broke in a week\n2. Love the headphones, battery lasts forever\n3. toaster is ok I guess\n4. worst vacuum I've owned, returned it"),
    ex("en", S("You are PeopleDesk, the HR assistant of Bramwell Logistics. You answer questions about leave, payroll dates, benefits and policies."),
       "how many weeks of paternity leave do we get?", A("Bramwell offers 4 weeks of fully paid paternity leave, to be taken within 6 months of the birth."),
       "ok good. different thing, I'm a shift manager: from these clock-in lines list every shift longer than 10 hours, with name, date and hours worked\n\nK. Mensah 02/12 05:58-16:40\nL. Ferraro 02/12 06:02-14:10\nK. Mensah 03/12 06:00-14:05\nD. Nowak 03/12 13:45-00:20\nL. Ferraro 04/12 05:50-17:15"),
    ex("en", "is `except Exception` bad practice?", A("Not always, but it hides bugs if you catch too broadly and do nothing; catch what you can handle and log the rest."),
       "noted. now from this firewall log just give me each source IP that got blocked and how many times\n\nDEC 05 11:01 BLOCK src=203.0.113.9 dst=10.0.0.4:22\nDEC 05 11:01 ALLOW src=10.0.0.8 dst=10.0.0.4:443\nDEC 05 11:02 BLOCK src=203.0.113.9 dst=10.0.0.4:22\nDEC 05 11:03 BLOCK src=198.51.100.77 dst=10.0.0.4:3389\nDEC 05 11:05 BLOCK src=203.0.113.9 dst=10.0.0.4:23"),
    ex("es", "¿Cuánto tarda un envío a Canarias normalmente?", A("Suele tardar entre 3 y 6 días laborables, según la agencia y la aduana."), "Vale. Sácame de este correo el nombre del cliente, el número de pedido, el producto y qué quiere (devolución o cambio):\n\nHola, soy Begoña Ruiz. Pedido 44-9812. Me llegaron las zapatillas Ultra Trail en talla 39 y me quedan pequeñas. Quiero cambiarlas por la 40, no devolverlas. Gracias!"),
    ex("fr", FREIGHT, "Peux-tu extraire les infos du connaissement : expéditeur, destinataire, port de chargement, port de déchargement, poids brut, nombre de colis ?\n\nSHIPPER: Fromagerie des Aravis SARL, Thônes FR\nCONSIGNEE: Gourmet Import Pte Ltd, Singapore\nPort of loading: Le Havre — Port of discharge: Singapore\n24 pallets, 9,860 kg gross"),
    ex("de", RECRUIT, "Zieh mir aus diesen drei Kurzbewerbungen Name, Qualifikation, frühestes Startdatum und Wunschstunden raus, als Tabelle:\n\n1) Hallo, ich bin Ayşe Demir, examinierte Altenpflegerin, könnte ab 1. Februar, gern 30 Std.\n2) Markus Feld, Pflegehelfer (1 Jahr), ab sofort, Vollzeit\n3) Oksana Melnyk, Krankenschwester (Anerkennung läuft), ab März, 20–25 Std."),
    ex("pt", "quais valores e datas de vencimento aparecem nesse boleto? \n\nBeneficiário: Condomínio Edifício Ipê Roxo\nVencimento: 10/01/2027\nValor do documento: R$ 842,17\nMulta após vencimento: 2% + juros 1% a.m.\nCompetência: dezembro/2026"),
    ex("nl", "Haal uit deze mail de afspraken: wie doet wat en wanneer.\n\nHoi allen, Fleur regelt de zaal voor 20 januari, Bram stuurt uiterlijk vrijdag de uitnodigingen, en ik bel de cateraar maandag. Sanne maakt de presentatie af vóór de 15e."),
    ex("pl", S("Jesteś asystentem księgowości w biurze rachunkowym Bilans. Pomagasz przy fakturach, terminach ZUS i VAT."),
       "Wyciągnij z tej faktury: NIP sprzedawcy, NIP nabywcy, datę wystawienia, kwotę brutto.\n\nFaktura VAT nr 12/11/2026\nSprzedawca: Drewnex s.c., NIP 712-100-44-21\nNabywca: Pracownia Stolarska Kos, NIP 946-255-90-13\nData wystawienia: 30.11.2026\nRazem brutto: 4 305,00 zł"),
    ex("tr", "Bu mesajdan sipariş detaylarını çıkar: ürün, adet, adres, teslim tarihi.\n\nMerhaba, 3 kasa Ayvalık zeytinyağı (5 lt) ve 2 kg kekik istiyorum. Adres: Moda Cad. No:17 D:4 Kadıköy. Cumartesiye kadar gelirse süper olur."),
    ex("ru", JSON_PIPE, 'schema: {"ФИО": str, "должность": str, "отдел": str, "дата_начала": "YYYY-MM-DD"}\n\nПриказ № 214-к от 01.12.2026. Принять на работу Смирнову Ольгу Игоревну на должность ведущего аналитика в отдел закупок с 15 декабря 2026 года.'),
    ex("uk", "Випиши з цього оголошення всі ціни і що саме продається, списком:\n\nПродам велосипед Trek Marlin 5 — 14 000 грн, шолом — 900 грн, замок у подарунок. Окремо дитяче крісло на багажник за 1 200."),
    ex("zh", "Translate '请假' into English", A("\"To ask for leave\" / \"leave request\"."), "谢谢。从下面这段请假邮件里提取：请假人、请假类型、开始日期、结束日期、代理人。用JSON。\n\n王经理您好，我是财务部的李娜，因家中有事需请事假，时间为12月18日至12月20日，共三天。期间工作由张伟代为处理。谢谢！"),
    ex("ja", "この議事録から「決定事項」だけを箇条書きで抜き出してください。\n\n・来期の予算案は1月10日までに各部署が提出\n・新しい勤怠システムについては次回再検討\n・社員旅行は沖縄に決定\n・会議室Bのプロジェクターは修理に出す（担当：佐藤）"),
    ex("hi", "is message se naam, mobile number aur booking date nikaal do:\n\nNamaste, main Suresh Yadav, mera number 98765 43210 hai. 24 December ko Jaipur wali tour ke liye 4 log ki booking chahiye."),
    ex("ar", MEDADMIN, "استخرج من هذه الرسالة: اسم المريض، رقم الملف، الموعد المطلوب، واللغة المفضلة.\n\nالسلام عليكم، أنا أكتب نيابة عن والدي حسن الخطيب، رقم ملفه 55-20931، نريد موعد متابعة في عيادة القلب يوم الثلاثاء القادم صباحاً إن أمكن، وهو يفضل التحدث بالعربية."),
    ex("id", "Tolong ambil semua nama barang dan harganya dari struk ini, bikin tabel:\n\nINDOMART KEMANG\nIndomie goreng x5   15.500\nAqua 1.5L x2        11.000\nTelur 1kg           29.900\nKopi sachet x10     17.000\nTOTAL               73.400"),
    ex("vi", "Lọc giúp mình từ tin nhắn nhóm: ai đã chuyển tiền quỹ lớp và bao nhiêu.\n\nLan: mình ck 200k rồi nha\nHùng: đã chuyển 200k\nMai: mai mình chuyển\nTuấn: ck 150k, thiếu 50k tuần sau bù\nThảo: done 200k"),
    ex("sv", "Vad heter luciatåg på engelska?", A("Ungefär \"Lucia procession\"."), "Tack! Plocka ut alla datum och tider från det här schemat och vad som händer då:\n\nMåndag 8/12 kl 18 föräldramöte. Onsdag 10/12 luciatåg kl 8.30 i aulan. Fredag 12/12 sista dagen innan lov, skolan slutar 12.15."),
    ex("el", "Βγάλε μου από αυτό το email τον αριθμό κράτησης, τις ημερομηνίες και το σύνολο:\n\nΑγαπητή κα Παππά, επιβεβαιώνουμε την κράτηση #HX-4471 στο Ξενοδοχείο Αιγαίο, άφιξη 3/7, αναχώρηση 8/7, δίκλινο με θέα θάλασσα. Σύνολο: 640€."),
    ex("th", "ช่วยดึงชื่อสินค้า จำนวน และราคารวม ออกมาจากออเดอร์นี้เป็นตารางหน่อย\n\nคุณมะลิ สั่ง: เสื้อยืดสีขาว 3 ตัว ตัวละ 250 บาท, กางเกงยีนส์ 1 ตัว 890 บาท, ค่าส่ง 50 บาท"),
]

"""Batch 11 (written 2026-12-07 by a separate writer, app-style traffic). Natural extraction requests shaped like application traffic (see __init__.py): RAG bots, data pipelines that
want JSON, HR/finance/legal assistants and support bots asked to pull fields, entities, dates, amounts or rows
out of pasted text, phrased many ways and in several languages."""

ONE_LINERS = """
what's the PO number here: 'Please reference PO-88213 on all invoices for the Q3 order'
grab all the emails from this: contact anna@fjord.io or billing@fjord.io, not support@old-fjord.com
pull out every date: kickoff 3 March, review 17 April, launch sometime in June, retro 2 July
which phone numbers are in this? call +44 20 7946 0018 or the mobile 07700 900123
get me the tracking number out of this mess: Your parcel 1Z999AA10123456784 was handed to UPS on Monday
list the company names mentioned: Acme signed with Globex after talks with Initech collapsed
find the invoice total in: Subtotal 420.00 EUR, VAT 79.80 EUR, Total due 499.80 EUR
what's the IBAN in this email? Please pay to DE89 3704 0044 0532 0130 00 by Friday
extract the version numbers: upgraded nginx 1.24.0 to 1.25.3 and openssl 3.0.2 to 3.0.13
just the URLs please: docs at https://docs.example.com, status at https://status.example.com/api
names only: Dr. Amal Haddad, nurse Tom Price and the intern Sofia Ruiz were on shift
what error code does this log line contain? [2026-11-02 10:14:03] ERROR E4012 payment gateway timeout
who is the sender and what's the subject? From: Jan Novak <jan@novak.cz> Subject: Q4 budget
sácame el número de pedido: Tu pedido ES-4471-B ha sido enviado
extrae los importes: alquiler 850 €, luz 64,20 €, internet 39,99 €
récupère les dates du texte : réunion le 12 mai, livraison le 3 juin, facture au 30 juin
quel est le numéro SIRET dans ce texte ? Société Belair, SIRET 732 829 320 00074, Paris
zieh mir alle E-Mail-Adressen raus: info@bauer-gmbh.de, m.bauer@bauer-gmbh.de
welche Beträge stehen hier? Miete 1.200 €, Kaution 3.600 €, Nebenkosten 240 €
extraia o CPF e o nome: Cliente Maria Souza, CPF 123.456.789-09
estrai i nomi delle città: siamo passati da Bologna, Firenze e poi Siena
haal de postcode eruit: Stationsstraat 14, 3511 CE Utrecht
wyciągnij numer faktury: Faktura VAT nr FV/2026/11/0042 z dnia 14.11.2026
fatura numarasını bul: Fatura No: TR-2026-00981, tarih 02.11.2026
вытащи все даты: договор от 01.09.2026, оплата до 15.09.2026, поставка 30.09.2026
витягни номер телефону: пишіть або дзвоніть +380 44 123 4567
从这段话里提取所有人名：张伟和李娜在会上见到了王强
この文から金額だけ抜き出して：交通費3,200円、宿泊費12,000円、食費4,500円
이 문장에서 날짜만 뽑아줘: 11월 3일 회의, 11월 10일 마감
इस टेक्स्ट से ईमेल निकालो: संपर्क करें rahul@example.in पर
استخرج رقم الهاتف: للتواصل 0501234567
ambil semua nama produk: kami jual Kopi Toraja, Teh Melati dan Gula Aren
hashtags only: loving the #autumn vibes in #Kyoto, back to #work monday
vilka personnummer finns i texten? Anna 850709-9805 och Erik 900101-1234 har anmält sig
vytáhni z textu všechna IČO: firmy Alfa s.r.o. (IČO 27082440) a Beta a.s. (IČO 45274649)
"""

LONG = [
    "Fill this schema from the text below: {\"name\": str, \"role\": str, \"start_date\": \"YYYY-MM-DD\", "
    "\"salary\": number}\n\nWe're delighted to confirm that Priya Raman will join us as Senior Data Engineer "
    "starting 5 January 2027, with an annual base salary of 96,000.",
    "CSV please, columns sku,qty,price:\n\nHi team, for the restock we need 40 units of TB-220 at 12.50 each, "
    "15 of the TB-310 (price 19.90) and the usual 100 x TB-100 at 3.20. Thanks, Mo",
    "Turn the attendees into a JSON list with name and company:\n\nAttending: Laura Kim (Brightwave), Oskar "
    "Lind (Nordbyte), Felipe Araujo (independent), and two people from Hexa whose names I don't have yet.",
    "From this contract excerpt, give me the parties, the effective date, the term and the notice period, "
    "nothing else:\n\nThis Services Agreement is entered into on 1 February 2026 by and between Oakridge "
    "Analytics Ltd ('Provider') and Celta Foods S.A. ('Client'). The initial term is twenty-four (24) months. "
    "Either party may terminate for convenience with ninety (90) days' written notice.",
    "Here's a server log. List every distinct IP that got a 401, one per line:\n\n10.0.0.4 - - [02/Nov/2026:10:01:11] "
    "\"GET /api/me\" 200\n10.0.0.9 - - [02/Nov/2026:10:01:14] \"POST /login\" 401\n172.16.3.2 - - "
    "[02/Nov/2026:10:01:20] \"POST /login\" 401\n10.0.0.9 - - [02/Nov/2026:10:01:22] \"POST /login\" 401\n"
    "10.0.0.4 - - [02/Nov/2026:10:02:00] \"GET /api/orders\" 200",
    "Meeting transcript below. Pull out the action items as owner / task / due date. Don't summarise the "
    "discussion.\n\nLena: OK so I'll send the revised budget by Thursday.\nRavi: I can book the venue, "
    "probably next Monday.\nLena: And Chris, can you check the catering quotes before the 20th?\nChris: Sure.",
    "Receipt text (OCR, sorry for the mess):\nSUPERMARKT EDEKA\nMilch 1,19\nBrot 2,49\nKaese 3,79\nPfand -0,25\n"
    "SUMME EUR 7,22\nKARTE 02.11.26 18:44\n\nI need: store, date, time, total. JSON.",
    "De este correo saca el nombre del cliente, el número de reserva, las fechas de entrada y salida y el "
    "número de huéspedes, en JSON:\n\nEstimado Sr. Ortega, confirmamos su reserva RSV-20931 para 2 adultos y "
    "1 niño, con entrada el 14/12/2026 y salida el 18/12/2026. Un saludo, Hotel Mirador.",
    "Voici un extrait de relevé bancaire. Donne-moi uniquement les prélèvements (montants négatifs) sous forme "
    "de tableau date | libellé | montant :\n03/11 VIR SALAIRE +2 450,00\n04/11 PRLV EDF -78,40\n05/11 CB "
    "CARREFOUR -54,12\n06/11 PRLV FREE MOBILE -19,99\n07/11 VIR REMB. SECU +23,00",
    "Aus dieser Stellenanzeige bitte nur: Titel, Ort, Gehaltsspanne, Bewerbungsfrist.\n\nWir suchen ab sofort "
    "eine*n Backend-Entwickler*in (m/w/d) für unser Team in Leipzig. Gehalt: 58.000–70.000 € brutto. "
    "Bewerbungen bis zum 15.01.2027 an jobs@example.de.",
    "请把下面订单信息里的收件人、电话、地址和商品提取成JSON：\n收件人：刘洋，电话：13800138000，地址：上海市浦东新区世纪大道100号，"
    "商品：无线耳机 x1，充电器 x2",
    "Wyciągnij z tej wiadomości wszystkie terminy i do czego się odnoszą:\nCześć, przypominam: spotkanie z "
    "klientem 18.11 o 10:00, oddanie makiet do 22.11, a prezentacja dla zarządu 2.12.",
]

CHATS = [
    ("Answer using only the context below.\n\nContext:\nThe Harbour Bridge opened on 19 March 1932. Restoration "
     "works ran from 1986 to 1992, and a second inspection programme began on 4 July 2011. The pedestrian walkway "
     "was widened in 2019.",
     ["pull out all the years and full dates mentioned above, in order"]),
    ("Answer using only the context below.\n\nContext:\nCustomer: Hanna Berg. Account: 88-1203. Plan: Business "
     "Plus. Renewal: 2027-02-01. Billing contact: finance@bergdesign.se. Seats: 14.",
     ["Is Business Plus more expensive than Business?",
      "The context doesn't say anything about prices, only about this account.",
      "What's the renewal date and the billing contact? Just those two."]),
    ("You are a RAG assistant for the legal team. Use only the retrieved passages.\n\n[1] The Licensee shall pay "
     "a royalty of 6% of net sales. [2] Payments are due within 45 days of quarter end. [3] The Agreement is "
     "governed by the laws of Ireland.",
     ["What does passage 1 cover?", "Passage 1 sets the royalty: 6% of net sales.",
      "ok now give me a table of every obligation with its number, deadline and rate if any"]),
    ("You are a data pipeline assistant. Always reply with valid JSON and nothing else.",
     ["Extract {\"merchant\", \"amount\", \"currency\", \"date\"} from: 'Card ending 4471 charged USD 18.40 at "
      "BLUE BOTTLE COFFEE on 2026-11-03'"]),
    ("You are a data pipeline assistant. Always reply with valid JSON and nothing else.",
     ["Write a friendly shipping confirmation message", "Great news, your order is on its way to you!",
      "Parse this address into street, number, postcode, city, country: 'Karlavägen 42, 114 49 Stockholm, "
      "Sweden'"]),
    ("You are a data pipeline assistant. Reply with JSON only.",
     ["Classify this review as positive or negative: 'Arrived broken, but support replaced it fast.'",
      "{\"sentiment\": \"mixed\"}",
      "fine. now from the same review just pull the product issue and the resolution as fields"]),
    ("You are ShopBot, the customer-support assistant for Lumen Home.",
     ["do you ship to Ireland?", "Yes, we ship to Ireland; delivery usually takes 4-6 working days.",
      "here's the confirmation email I got, what's my order number and delivery window?\n\nThanks for shopping "
      "with Lumen Home! Order LH-330918. Estimated delivery: 11–13 November. Items: Arco floor lamp (1)."]),
    ("You are a customer support assistant for a telecom operator.",
     ["My bill looks wrong", "I'm sorry to hear that. Could you paste the bill lines you're unsure about?",
      "Line rental 15.00\nRoaming data FR 22.50\nRoaming data ES 9.75\nPremium SMS 4.00\nDiscount -5.00\n\njust "
      "list the roaming charges and their countries, I'll dispute those"]),
    ("You are a coding assistant inside an IDE.",
     ["from this stack trace, which file and line did it actually blow up in? not why, just where\n\nTraceback "
      "(most recent call last):\n  File \"app/main.py\", line 41, in <module>\n    run()\n  File "
      "\"app/jobs.py\", line 118, in run\n    total = sum(row['amt'] for row in rows)\nKeyError: 'amt'"]),
    ("You are a coding agent working in this repository.",
     ["refactor utils.py to remove the duplicate helpers", "Done: merged parse_date and parse_day into one "
      "helper and updated the two call sites.",
      "thanks. now from this requirements file, list the package names with pinned versions as name,version "
      "CSV:\nrequests==2.32.3\nnumpy>=1.26\npandas==2.2.2\nrich\npydantic==2.8.2"]),
    ("You are a coding assistant.",
     ["why is my postgres container restarting?",
      "Often because of a bad PGDATA path or a permissions problem on the volume.",
      "what environment variables does this docker-compose snippet set for the db service?\n\nservices:\n  db:\n"
      "    image: postgres:16\n    environment:\n      POSTGRES_USER: app\n      POSTGRES_DB: orders\n      "
      "PGDATA: /data/pg\n  web:\n    environment:\n      DEBUG: '1'"]),
    ("You are an HR assistant for Northwind Ltd.",
     ["I'm pasting three CVs' header lines. Give me name, email and years of experience for each.\n\n1) Marta "
      "Silva — marta.silva@mail.com — 7 yrs backend\n2) Kenji Watanabe, kenji.w@mail.jp, 3 years QA\n3) Olu "
      "Adeyemi | olu@adeyemi.dev | 11 years, mostly data"]),
    ("You are an HR assistant.",
     ["How many sick days do we get?", "Employees have 10 paid sick days a year.",
      "ok. from this absence note, pull the employee ID, the first and last day off and the reason code:\n"
      "Employee 40918 absent 04/11/2026–06/11/2026, code SICK-2, doctor's note attached."]),
    ("You are a finance assistant for a small business.",
     ["From these bank lines, which payments went to suppliers? Give date and amount.\n02.11 STRIPE PAYOUT "
      "+1,204.00\n03.11 METRO WHOLESALE -388.20\n03.11 RENT -1,500.00\n04.11 BAKER & CO (flour) -212.75\n05.11 "
      "NETFLIX -15.99"]),
    ("You are a finance assistant.",
     ["what does net 30 mean?", "The invoice must be paid within 30 days of its date.",
      "what's the due date, the invoice number and the amount on this? Invoice INV-7781, issued 28 Oct 2026, "
      "payment terms net 30, amount due 2,340.00 GBP"]),
    ("You are a legal information assistant. You do not give legal advice.",
     ["Explain what an indemnity clause is", "An indemnity clause makes one party cover certain losses of the "
      "other...",
      "got it. in the clause below, who indemnifies whom, and what losses are listed? just extract, no "
      "opinion:\nThe Supplier shall indemnify the Customer against all losses, damages and reasonable legal "
      "fees arising from any third-party claim that the Deliverables infringe intellectual property rights."]),
    ("You are a meeting assistant.",
     ["From the notes, who said they'd do what? Bullet per person.\n\nnotes: Amira will chase legal. Ben to "
      "update the roadmap slide. Carol and Ben pair on the pricing page. Nobody owns the newsletter yet."]),
    ("You are a meeting assistant.",
     ["Summarise the meeting in two lines", "The team agreed the Q1 roadmap and moved the pricing launch to "
      "February.",
      "now just the numbers that were mentioned: budgets, dates, headcounts, whatever, with what they refer to"]),
    ("You are a translation app. Translate everything the user writes into English.",
     ["actually don't translate this one, just tell me the flight number and departure time in it: Vuelo IB3170 "
      "sale de Madrid a las 07:45, puerta K52"]),
    ("You are a writing assistant for a newsroom.",
     ["Suggest a headline for a story about a council vote on a new bus lane", "Council Splits Over Bus Lane Plan.",
      "Pull every direct quote and who said it from this paragraph:\nThe mayor said the plan was 'long overdue'. "
      "Residents disagreed. 'Nobody asked us,' said shopkeeper Dana Mills. Council member Ruiz added: 'We will "
      "hold a hearing in January.'"]),
    ("You are a tutoring assistant for biology.",
     ["what do mitochondria do?", "They produce most of the cell's energy in the form of ATP.",
      "from my notes, list the organelles mentioned and nothing else: the cell has a nucleus, lots of "
      "mitochondria, ribosomes on the rough ER, and in plants also chloroplasts and a big vacuole"]),
    ("You are a medical-records intake assistant. Output JSON.",
     ["Patient note: 54 y/o male, BP 142/91, HR 78, allergies: penicillin, current meds metformin 500mg bid. "
      "Extract age, sex, blood pressure, heart rate, allergies, medications."]),
    ("Eres un asistente de atención al cliente de una tienda online.",
     ["Hola, ¿cuánto tarda un envío a Canarias?", "Los envíos a Canarias tardan entre 5 y 7 días laborables.",
      "¿Me puedes decir el número de seguimiento y la empresa de transporte de este mensaje? 'Tu paquete va con "
      "SEUR, seguimiento 0891234567ES, entrega prevista el jueves.'"]),
    ("Eres un asistente de datos. Responde solo con JSON.",
     ["Extrae nombre, DNI y fecha de nacimiento: 'Don Luis Pérez Gómez, con DNI 12345678Z, nacido el 3 de "
      "abril de 1981'"]),
    ("Tu es un assistant juridique. Réponds en français.",
     ["Résume ce bail en une phrase", "Bail de trois ans pour un local commercial à Lyon, loyer mensuel de "
      "2 000 €.",
      "Maintenant extrais seulement : bailleur, preneur, adresse du local, montant du dépôt de garantie.\n"
      "Entre SCI Les Tilleuls (bailleur) et M. Karim Benali (preneur), local situé 8 rue Mercière 69002 Lyon, "
      "dépôt de garantie 4 000 €."]),
    ("Tu es un assistant de support technique.",
     ["Quels codes d'erreur apparaissent dans ces logs ? Liste-les sans doublon.\nERR_502 upstream\nWARN_12 "
      "slow\nERR_504 timeout\nERR_502 upstream"]),
    ("Du bist ein Assistent für die Buchhaltung.",
     ["Aus diesen Rechnungszeilen bitte Lieferant, Rechnungsnummer und Bruttobetrag als CSV:\nMüller GmbH RE-"
      "1182 brutto 1.190,00\nSchmidt & Co RE-77 brutto 595,00\nWeber AG R2026-15 brutto 2.380,00"]),
    ("Du bist ein Kundenservice-Bot einer Versicherung.",
     ["Wie melde ich einen Schaden?", "Sie können den Schaden online im Kundenportal melden.",
      "Okay. Hier ist mein Schreiben, such bitte die Schadennummer und das Schadendatum raus: 'Ihre Schadennummer "
      "lautet SN-2026-44871, Schadentag 29.10.2026.'"]),
    ("Você é um assistente de RH.",
     ["Desse e-mail, pegue o nome do candidato, a vaga e a pretensão salarial: 'Olá, sou Rafael Lima, me "
      "candidato à vaga de Analista de Dados, pretensão de R$ 8.500.'"]),
    ("Sei un assistente per la gestione documentale.",
     ["scrivi l'oggetto per l'email del verbale", "Verbale della riunione del comitato del 12 novembre.",
      "Dal verbale estrai i presenti e gli assenti in due elenchi: presenti Rossi, Bianchi, Verdi; assente "
      "giustificato Neri; assente Gallo."]),
    ("Je bent een assistent voor de administratie.",
     ["Schrijf een beleefde betalingsherinnering",
      "Beste klant, uit onze administratie blijkt dat een factuur nog openstaat...",
      "Welke bedragen en vervaldata staan in deze herinnering? 'Factuur 2026-311 van € 450,- verviel op 1 "
      "november; factuur 2026-340 van € 120,- vervalt op 1 december.'"]),
    ("Jesteś asystentem działu sprzedaży.",
     ["Napisz maila z podziękowaniem", "Dziękujemy za spotkanie i zainteresowanie naszą ofertą...",
      "super. a teraz z tej notatki wyciągnij nazwy firm i osoby kontaktowe: Spotkanie z Polbud (p. Kowalski) "
      "i z TechNova (p. Wiśniewska)."]),
    ("Sen bir veri çıkarma asistanısın. Sadece JSON döndür.",
     ["Bu metinden ad, telefon ve şehir çıkar: 'Ayşe Demir, 0532 111 22 33, İzmir'"]),
    ("Ты — ассистент отдела закупок.",
     ["Переведи на английский: срочная поставка", "Urgent delivery.",
      "Из письма выпиши позиции и количества таблицей: «Просим поставить 200 шт. болтов М8, 150 гаек М8 и 50 "
      "упаковок шайб»."]),
    ("Ти — асистент бухгалтерії.",
     ["Знайди в тексті ЄДРПОУ та суму договору: «ТОВ Світанок, код ЄДРПОУ 12345678, сума договору 84 000 грн»."]),
    ("你是一个客服助手。",
     ["我的订单怎么还没到？", "您好，请提供订单号，我帮您查询。",
      "订单短信在这：【快递】您的包裹SF1234567890已到达杭州转运中心。帮我找出快递单号和现在的位置就行"]),
    ("あなたは経費精算アプリのアシスタントです。JSONで返してください。",
     ["交通費は精算できますか？", "はい、領収書があれば精算できます。",
      "このレシートから店名、日付、合計金額を抽出して：セブンイレブン新宿店 2026/11/02 合計 ¥1,248"]),
    ("당신은 HR 어시스턴트입니다.",
     ["이 이메일에서 면접 날짜와 장소만 알려줘: '면접은 11월 20일 오후 2시, 본사 3층 회의실에서 진행됩니다.'"]),
    ("आप एक बिलिंग सहायक हैं।",
     ["इस बिल से ग्राहक का नाम, बिल नंबर और कुल राशि निकालो: ग्राहक: सुनील वर्मा, बिल नं. 5582, कुल ₹3,450"]),
    ("أنت مساعد لاستخراج البيانات.",
     ["ترجم إلى الإنجليزية: رحلة سعيدة", "Have a nice trip.",
      "استخرج أسماء الأشخاص والمدن من النص: زار أحمد القاهرة ثم سافر مع ليلى إلى دبي"]),
    ("Kamu adalah asisten administrasi kantor.",
     ["buatkan salam pembuka surat resmi", "Dengan hormat, bersama surat ini kami sampaikan...",
      "tolong ambil nomor surat dan tanggalnya: Surat No. 045/HRD/XI/2026 tertanggal 4 November 2026"]),
    (None, ["translate this to English: Zahlung bis 30.11. an Konto DE12 5001 0517 0648 4898 90",
            "Payment by 30 Nov to account DE12 5001 0517 0648 4898 90.",
            "now pull out just the IBAN and the deadline as two fields"]),
    (None, ["what's a good name for a bakery", "How about 'Rise & Crumb'?",
            "ha nice. different thing: from this list of signups grab only the gmail addresses\nli@gmail.com, "
            "tom@work.org, sara.k@gmail.com, x@yahoo.com"]),
]

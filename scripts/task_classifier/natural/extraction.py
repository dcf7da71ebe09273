"""Natural extraction requests (see __init__.py). Extraction: pull specific
fields, entities or structured data out of given text (dates, names, amounts,
emails, a JSON record), whatever the text is about."""

ONE_LINERS = """
pull the dates out of this email: "Kickoff is on March 4, the review on the 18th, and launch April 2."
Extract all email addresses: contact john.doe@acme.com or sales@acme.io, not noreply@x.org
Get me the phone numbers from this text: Call 555-0199 or the office at (212) 555-0143.
list every person mentioned: Maria met Dr. Okafor and his assistant Lee at the station.
Which cities are mentioned here? We flew from Lisbon to Berlin, then drove to Prague and Vienna.
Parse this into JSON with name, age, city: "Tom Baker, 42, lives in Leeds"
extract the order number from: "Your order #A-77812 has shipped via DHL"
What's the invoice total in this text? Subtotal 120.00, VAT 24.00, Total due 144.00 EUR
Pull out the company names: Apple, Nvidia and a small startup called Lumen all announced chips.
grab all the URLs from this: see https://a.io/docs and http://b.com/x?y=1 and also www.c.org
Extract the ingredients and quantities from: 2 cups flour, 1 tsp salt, 3 eggs, 200 ml milk
find the flight number and departure time: "LH 454 departs FRA at 13:25, gate B44"
Give me a JSON with fields date, amount, merchant from: "12/03/2024 STARBUCKS #1234 $5.75"
extract all hashtags from this post: Loving the #sunset at #Malibu today #nofilter
what is the tracking number in this? Your parcel 1Z999AA10123456784 is out for delivery
list the medications and dosages: Patient takes metformin 500mg twice daily and lisinopril 10mg once daily.
Identify the sender, recipient and subject line of this email header: From: ann@x.com To: bo@y.com Subject: Q2 numbers
Extract the key-value pairs: color=red; size=XL; qty=3; sku=TS-114
pull out every dollar amount from: rent $1,450, utilities $120.50, internet $60
From this CV line, extract the job title, company and years: "Senior Data Engineer at Spotify, 2019–2023"
Get the street, city and postal code from: 221B Baker Street, London NW1 6XE
Which dates in this sentence are deadlines? "Draft due May 1, comments by May 8, final May 15."
Extract all the numbers from this paragraph and label what each one is: The stadium holds 60,000 people, was built in 1998 and cost 400 million.
what's the name of the hotel and check-in date in this booking confirmation: Hotel Astoria, check-in 14 Aug 2025, 3 nights
Find all IP addresses in this log line: 10.0.0.12 - - [01/Jan] "GET /" 200 from 192.168.1.7
pull the error codes out of this log: E1002 at boot, then W220, then E1007 twice
Turn this into a CSV with columns name,email: Anna anna@x.com; Ben ben@y.com; Cleo cleo@z.com
Extract the author, title and year: Smith, J. (2019). Deep Learning for Cats. Journal of Whiskers.
Which products and prices are listed? Latte 3.20, Croissant 2.10, Orange juice 2.80
find the due date and amount in this bill: "Amount due: $82.14. Please pay by 07/15/2025."
list all the countries mentioned in the article: trade between Chile, Peru and Japan grew, while Canada lagged.
pull out the action items and who owns them: Sam will send the deck, Priya books the room, I'll email the client.
extract just the email addresses, one per line
Extract named entities (PERSON, ORG, LOC) from: Angela Merkel visited Siemens in Munich.
Can you find the SSN-like numbers in this text so I can redact them? 123-45-6789 and 987-65-4321
grab the version numbers from this changelog: v1.2.0, 1.2.1-beta, and release 2.0
from this job ad, pull out salary range, location and whether remote is allowed: "€70–85k, Berlin, hybrid (2 days remote)"
Extract the questions the customer asked in this message: Do you ship to Canada? How long does it take? Can I return it?
what are the start and end times in this: "Maintenance window 02:00–04:30 UTC Sunday"
Identify all the dates and convert them to ISO format: 3rd of May 2024, 12/25/23, Jan 7th
extract the sentiment-bearing adjectives from this review: The room was cramped but the staff were lovely and the view stunning.
Get the list of attendees from these notes: Present — Ravi, Mona, Jules; Absent — Kim
find every mention of a drug name in this paragraph: She was switched from ibuprofen to naproxen and later paracetamol.
What's the license plate in: "Silver Toyota, plate KX-4421, parked on Elm St"
extract the coordinates: the site is at 48.8584° N, 2.2945° E
get the names of all the functions defined in this file: def load(): ... def save(x): ... def _helper(): ...
List all imported packages in this script: import os, sys\\nimport numpy as np\\nfrom flask import Flask
pull out the table names used in this query: SELECT * FROM orders o JOIN customers c ON o.cid = c.id JOIN regions r ON c.rid=r.id
extract the env var names from this config: DATABASE_URL=..., REDIS_URL=..., SECRET_KEY=...
Extract every word written in capitals: The API uses JSON over HTTP with OAUTH tokens.
""" + """
Extrae los nombres y teléfonos de este texto: Llama a Ana al 600 123 456 o a Luis al 611 987 654.
Sacá las fechas de este mensaje: la entrega es el 3 de junio y la reunión el 10.
Extrae en JSON el nombre, la empresa y el cargo: "Laura Gómez, directora de marketing en Telefónica"
Extrais les adresses e-mail de ce texte : écrivez à marie@exemple.fr ou à support@site.com.
Relève toutes les dates mentionnées : le 2 mars, le 15 avril et le 1er mai.
Donne-moi le montant total et la date de cette facture : Total TTC 245,90 € — émise le 12/02/2025.
Extrahiere alle Namen und Geburtsdaten: Max Müller (geb. 12.03.1990), Eva Klein (geb. 05.11.1985).
Zieh mir bitte die Bestellnummer und den Betrag aus dieser Mail: Bestellung 55821 über 89,99 €.
Welche Orte werden in diesem Satz genannt? Wir fuhren von Köln über Mainz nach Freiburg.
Extraia os nomes das empresas deste parágrafo: A Petrobras e a Vale lideraram as altas, enquanto o Itaú caiu.
Tire os valores e as datas deste extrato: 05/03 Mercado R$ 120,00; 07/03 Farmácia R$ 45,50
Estrai tutti i numeri di telefono: chiamare lo 02 1234567 oppure il 333 7654321.
Извлеки все даты и суммы из текста: 12 марта оплачено 5000 рублей, 20 марта — ещё 2500.
Найди в тексте все имена людей: Вчера Иван встретил Ольгу и её брата Петра.
从这段话中提取所有的人名和地名：李明和王芳上周去了上海和杭州。
请把下面的信息提取成JSON：姓名张伟，年龄35岁，电话13800138000。
この文章から日付と金額を抜き出してください：3月5日に1万円、4月1日に2万円を支払いました。
次のメールから会議の日時と場所を抽出して：会議は6月10日14時、本社3階会議室です。
इस पाठ से सभी ईमेल पते निकालें: संपर्क करें raj@example.in या info@shop.com पर।
استخرج أسماء الأشخاص والتواريخ من النص: التقى أحمد بسارة في ٥ مايو.
Wypisz wszystkie kwoty z tego tekstu: czynsz 2000 zł, prąd 150 zł, internet 60 zł.
Bu metinden isimleri ve telefon numaralarını çıkar: Ayşe 0532 111 22 33, Mehmet 0544 555 66 77.
Haal alle datums uit deze tekst: de vergadering is op 4 april en de deadline op 20 april.
"""

LONG = [
    """Hi, can you pull all the dates and times out of this email and list them?

Hi Sara,
Just confirming: the site visit is on Tuesday 9 April at 10:30. The contractor needs the final drawings
by Friday 5 April, and we'll do the handover on 30 April at 3pm. Invoices are due 15 May.
Thanks,
Raj""",
    """Resume text:

JANE DOE
jane.doe@mail.com | +44 7700 900123 | London
Experience: Product Manager, Monzo (2021–present); Business Analyst, Deloitte (2018–2021)
Education: MSc Economics, LSE (2018)
Skills: SQL, Figma, stakeholder management

Extract name, email, phone, current employer and education into JSON.""",
    """Extract every product, quantity and unit price from this order and return a table:

Order #8812
3 x USB-C cable (1m) @ 9.99
1 x Wireless mouse @ 24.50
2 x Laptop stand @ 39.00
Shipping: 5.00""",
    """Here's a log excerpt. I only need the timestamps of the ERROR lines and their messages, nothing else.

2025-03-01 10:00:01 INFO starting worker
2025-03-01 10:00:05 ERROR connection refused: db:5432
2025-03-01 10:00:06 INFO retrying
2025-03-01 10:00:11 ERROR connection refused: db:5432
2025-03-01 10:00:20 INFO connected""",
    """```json
{"users": [{"id": 1, "name": "Ana", "email": "ana@x.com", "plan": "pro"},
           {"id": 2, "name": "Ben", "email": "ben@y.com", "plan": "free"},
           {"id": 3, "name": "Chloé", "email": "chloe@z.fr", "plan": "pro"}]}
```
Give me just the emails of the users on the pro plan.""",
    """Can you extract the key terms from this lease into a list (rent, deposit, start date, length, notice period)?

The Tenant agrees to pay a monthly rent of £1,200, due on the first day of each month. A security deposit
of £1,800 is payable on signing. The tenancy begins on 1 September 2025 for a fixed term of twelve months.
Either party may end the tenancy after the fixed term with two months' written notice.""",
    """Patient note: 58 y/o male presenting with chest pain for 2 days. BP 150/95, HR 88. History of type 2
diabetes. Current meds: metformin 1000 mg BID, atorvastatin 20 mg daily. Allergic to penicillin.

Extract age, sex, vitals, conditions, medications and allergies as structured fields.""",
    """Below is a news article. List every organisation and person it mentions, with their role.

The European Central Bank held rates steady on Thursday. President Christine Lagarde said inflation was
falling faster than expected. Analysts at Goldman Sachs and ING expect a cut in June, while Bundesbank
chief Joachim Nagel urged caution.""",
    """Please go through these customer reviews and pull out every complaint, one per line:

1. Great taste but the bottle leaked in the box.
2. Delivery was fast. Love it!
3. Too sweet for me, and the cap is hard to open.
4. Arrived two days late, otherwise fine.""",
    """Receipt:
SUPERMARKT FRISCH
Milch 1L        1,29
Brot            2,49
Äpfel 1kg       2,99
Käse            3,79
SUMME          10,56
Bar            20,00
Rückgeld        9,44
Datum: 14.06.2025 18:42

extract the items and prices as json, plus date and total""",
    """From the following meeting invitation, extract: title, organizer, date, time, timezone, location, dial-in.

Subject: Quarterly planning
Organizer: Li Wei
When: Thursday, 12 June 2025 15:00–16:30 (CET)
Where: Room 4B / Zoom https://zoom.us/j/123456789 (passcode 4411)""",
    """Extrae de este correo los datos del pedido (número, productos, dirección de envío) en formato JSON:

Hola, soy Carmen Ruiz. Quiero confirmar mi pedido 33019: dos camisetas talla M y una sudadera talla L.
Envíenlo a Calle Mayor 12, 3ºB, 28013 Madrid. Gracias.""",
    """Voici un extrait de contrat. Peux-tu en extraire les parties, la date de signature et la durée ?

Entre la société Dupont SARL, représentée par M. Jean Dupont, et Mme Claire Martin, il est convenu ce
qui suit, à compter du 1er janvier 2025 et pour une durée de trois ans.""",
    """Bitte extrahiere aus dieser Stellenanzeige: Titel, Firma, Ort, Gehalt, Anforderungen (Liste).

Wir suchen eine/n Backend-Entwickler/in (m/w/d) für unser Team in Leipzig. Gehalt: 60.000–72.000 € brutto.
Anforderungen: 3+ Jahre Erfahrung mit Java oder Kotlin, SQL-Kenntnisse, gute Deutschkenntnisse.""",
    """Извлеки из объявления: адрес, цену, площадь и количество комнат.

Сдаётся двухкомнатная квартира 54 м² на улице Ленина, 15. Цена — 35 000 руб. в месяц плюс коммунальные.""",
    """请从下面的简历中提取姓名、学历、工作经历（公司和年份）：

王磊，北京大学计算机硕士（2016）。2016-2020年在华为担任软件工程师，2020年至今在字节跳动担任技术经理。""",
    """次の問い合わせメールから、顧客名・注文番号・問題の内容を抜き出してください。

お世話になっております。山田と申します。注文番号A-2201の商品が届きましたが、箱が破損していました。交換をお願いできますか。""",
    """Wyciągnij z tej wiadomości wszystkie terminy i osoby odpowiedzialne:

Cześć! Ania przygotuje prezentację do piątku, Tomek wyśle ofertę do środy, a ja zarezerwuję salę na 20 maja.""",
    """Bu faturadan firma adını, fatura numarasını, tarihi ve toplam tutarı çıkarır mısın?

ABC Lojistik A.Ş. — Fatura No: 2025-0147 — Tarih: 03.04.2025 — Toplam: 12.450,00 TL (KDV dahil)""",
    """Aqui está a ata da reunião. Quero só a lista de tarefas com responsável e prazo:

- Pedro vai revisar o orçamento até segunda.
- Júlia fica com o contato do fornecedor, prazo dia 15.
- Eu preparo o relatório final para o fim do mês.""",
    """<table><tr><td>Name</td><td>Score</td></tr><tr><td>Ali</td><td>91</td></tr><tr><td>Bea</td><td>78</td></tr></table>
convert this html table into a json array of {name, score}""",
    """I'm migrating contacts. Take this messy list and give me clean CSV (first,last,email,phone):

dr. susan PARK - susan.park@clinic.org - 415 555 0101
Mike O'Neil <mike@oneil.io>, mobile +1 (646) 555-0188
lopez, daniel; daniel.lopez@uni.edu""",
    """Scan this paragraph and return every temperature reading with its location as a list:

At dawn it was -3°C in Oslo and 2°C in Bergen. By noon, Stockholm reached 8°C while Helsinki stayed at 1°C.""",
    """Stack trace below. Just extract the file names and line numbers in order, I'll debug it myself.

Traceback (most recent call last):
  File "main.py", line 42, in <module>
    run()
  File "app/core.py", line 17, in run
    load_config()
  File "app/config.py", line 88, in load_config
    raise KeyError("DB_URL")""",
]

CHATS = [
    ("You extract structured data from text and answer only with JSON.",
     ["Meeting with Acme Corp on 3 June at 2pm in Room 12, contact Paula Reyes (paula@acme.com)."]),
    (None, ["Can you summarize this email? 'Hi, the new deadline is May 20 and the budget is $12k.'",
            "The deadline moved to May 20 and the budget is $12k.",
            "ok actually I just need the date and the amount as json"]),
    ("You are an assistant for an accounting team.",
     ["Extract vendor, invoice number, due date and total from: 'Invoice 4471 from Brightline Ltd, total £2,340.00, payment due 30 days from 1 March 2025.'"]),
    (None, ["hey", "Hi! How can I help?",
            "i have a list of names with emails mixed in text, can you pull just the emails? 'reach out to kim (kim@a.co), or dan at dan@b.co, cc lee@c.co'"]),
    ("You are a helpful assistant.",
     ["What are all the URLs in this markdown? [docs](https://docs.x.io) and [blog](https://x.io/blog), plus ![img](https://cdn.x.io/a.png)"]),
    (None, ["Write me a poem about spring", "Blossoms wake...",
            "thanks! different task: list every color mentioned in this sentence: 'the red door, the green shutters and a faded blue bench'"]),
    ("You are a recruiting assistant.",
     ["From this LinkedIn blurb pull out current role, company, and years of experience: 'Staff engineer at Stripe. 12 years building payments infrastructure. Previously at Square.'"]),
    (None, ["I'm parsing shipping notices", "Happy to help. Paste one.",
            "Your package (tracking 9400111899223856929181) will arrive Thursday, Oct 9 between 10am and 2pm. -> give me tracking number, date, time window"]),
    ("Eres un asistente que extrae datos de documentos.",
     ["Factura 2025/118, emitida el 4 de marzo, cliente Hermanos López S.L., importe 1.530,00 €."]),
    (None, ["Translate 'hello' to German", "Hallo",
            "now extract all the German nouns from this sentence: Der Hund schläft im Garten neben dem Haus."]),
    ("You are a data-entry assistant. Output CSV only.",
     ["Anna Svensson, born 1988, Malmö; Erik Lund, born 1979, Uppsala; Sofia Berg, born 1995, Lund"]),
    (None, ["what's in this code?\n```js\nconst API_URL = 'https://api.x.com';\nconst TIMEOUT = 3000;\nconst RETRIES = 5;\n```",
            "It defines three constants.",
            "extract them into a yaml config with the same values"]),
    ("Du extrahierst Daten aus Texten.",
     ["Herr Schulz (Tel. 030 1234567) kommt am 12. Mai um 9 Uhr zum Termin in der Filiale Mitte."]),
    (None, ["Here is a support ticket: 'Customer John Reyes, account 88213, says the app crashes on login since update 4.2.1 on iPhone 13.'",
            "Got it. What would you like me to do with it?",
            "pull out customer name, account id, app version and device"]),
]

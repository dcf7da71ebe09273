"""Natural extraction requests, second batch (see __init__.py)."""

ONE_LINERS = """
pull the names out of this: "Thanks to Priya, Marcus and Dr. Hale for reviewing."
extract the dates
get me all the numbers in this text
which email is the sender? "From: billing@shop.com on behalf of Jane <jane@shop.com>"
list the ingredients only, no steps: "Melt 50g butter, add 2 onions, then 400g tomatoes and a pinch of sugar."
find the amounts in this bank sms: "Debit of INR 2,450.00 at AMAZON on 12-05. Avl bal INR 18,311.20"
from this sentence give me subject, verb and object: The committee rejected the proposal.
extract the price and the size from: "Nike Air Max, size 42, now €89 (was €129)"
grab the booking reference: "Your booking ref is QX7P2L, flight BA117 to JFK"
Identify every person and their job title: "CFO Lena Ortiz and CTO Amir Haddad joined CEO Paul Wu."
extract all the @mentions from this tweet: thanks @openai @github and @vercel for the credits
tag the entities in: "Tesla opened a factory in Berlin in March 2022."
pull out all the deadlines from my syllabus: Essay 1 due Oct 3, midterm Oct 17, project proposal Nov 1, final Dec 12
Which times are mentioned? "Doors 7pm, show 8:15pm, last train 11:40pm"
From this address block extract the zip code: 1600 Amphitheatre Pkwy, Mountain View, CA 94043
get the temperature and humidity values from: "T=21.4C H=48% P=1013hPa"
parse "John Smith <john@smith.io>, +1 555 0100" into name, email, phone
pull the ISBN from this: "Dune, Frank Herbert, ISBN 978-0441172719, Ace Books"
extract the quote and who said it: As Churchill put it, "Success is not final, failure is not fatal."
Give me the currency amounts and currencies in: paid 50 USD, 30 EUR and 12,000 JPY
what are the HTTP status codes in these lines? GET /a 200, POST /b 404, GET /c 500
list every hashtag and mention separately: "Big day @ana! #launch #startup cc @ben"
Extract the country and dialing code pairs: Spain +34, Germany +49, Japan +81
fill this JSON from the text {"name":"","age":0,"city":""}: "I'm Kofi, I'm 27 and I live in Accra."
Pull the question out of this rambling email and give it back to me verbatim.
extract the symptoms mentioned: "headache since Monday, mild fever, sore throat, no cough"
get all the file paths from this log: opened /etc/app.conf, wrote /var/log/app.log, failed /tmp/x.lock
What's the total and the tax in this receipt text: "Net 85.00 Tax 6.80 Total 91.80"
list the movies mentioned in this paragraph: We watched Alien, then Heat, and fell asleep during Solaris.
Return only the URLs from the following text, one per line.
Extract structured data (title, date, venue) from this event blurb: "Jazz Night — Fri 14 Feb, Blue Room, 9pm"
which of these lines are phone numbers? 555-1234 / 12-12-2024 / (020) 7946 0000 / 4111 1111 1111 1111
what are the column names in this csv header: id,first_name,last_name,signup_date,plan
pull the sku codes from: SKU-1002 blue, SKU-1040 red, and SKU-2201 (discontinued)
Extract every acronym and what it stands for from: The WHO and the UN met the IMF (International Monetary Fund).
""" + """
Saca todos los correos electrónicos de este texto: escríbeme a pepe@correo.es o a info@tienda.mx.
Extrae la fecha, la hora y el lugar: "La boda será el sábado 14 de junio a las 18:00 en la Finca Los Olivos."
¿Qué cantidades aparecen en este mensaje? "Te debo 20 euros del cine y 15 de la cena."
Extrais les noms propres de cette phrase : Pierre et Amélie sont partis à Lyon avec Julien.
Récupère le numéro de commande et la date de livraison : commande 77-120, livraison prévue le 3 avril.
Extrahiere die Telefonnummer und die E-Mail aus dieser Signatur: Dr. K. Weber, Tel. 089 123456, k.weber@praxis.de
Liste alle Beträge aus dieser Abrechnung auf: Miete 850 €, Nebenkosten 210 €, Strom 65 €.
Extraia o CPF e o nome: "Cliente: Ana Souza, CPF 123.456.789-00"
Quais datas aparecem nesse texto? "Entrega dia 5, pagamento dia 10 e reunião dia 12."
Estrai le date e gli importi: 3 marzo 120€, 18 marzo 45€, 2 aprile 300€
Извлеки номер заказа и адрес доставки: Заказ №5521, доставка: Москва, ул. Тверская, д. 7.
Выпиши все имена и должности: директор Иванов, бухгалтер Смирнова, инженер Ким.
从下面的文字中提取电话号码：请联系张经理 13912345678 或前台 010-88886666。
提取这段话里的日期和金额：5月3日收到货款2万元，5月20日支付运费800元。
この文章から会社名をすべて抜き出して：トヨタとソニーとパナソニックが共同で発表した。
以下のテキストからメールアドレスだけを抽出してください：tanaka@example.jp、info@shop.co.jp
इस वाक्य से सभी तारीखें निकालो: परीक्षा 5 मार्च को है और परिणाम 20 अप्रैल को आएगा।
استخرج المبالغ من هذا النص: دفعت 200 درهم للإيجار و50 درهمًا للكهرباء.
Wyciągnij wszystkie adresy e-mail z tekstu: kontakt@firma.pl oraz biuro@sklep.com.pl
Bu metindeki tarihleri çıkar: Toplantı 4 Mart'ta, teslim 18 Mart'ta.
Haal de namen en telefoonnummers uit deze tekst: Jan 06-12345678, Piet 06-87654321.
"""

LONG = [
    """Extract all the action items and owners from this transcript:

Lisa: okay so next steps — Mark, can you send the revised quote by Thursday?
Mark: yes, Thursday works.
Lisa: great. I'll set up the kickoff call. Priya, you were going to check the legal terms?
Priya: I'll have comments Monday.
Lisa: and we all agreed to pause the ad campaign until the new site is up.""",
    """{"order": {"id": "A-1009", "items": [{"sku": "K-22", "qty": 2, "price": 19.5}, {"sku": "P-07", "qty": 1, "price": 4.0}],
"customer": {"name": "Leila Haddad", "email": "leila@h.com"}, "shipping": {"city": "Lyon", "zip": "69002"}}}

just give me customer email, city and the total amount""",
    """Below is a scanned invoice (OCR text, messy). Pull out: vendor, invoice no, date, due date, total.

NORDIC SUPPL1ES AB   Invoice N0: 2025-3381
Date 2025-04-02   Due: 2025-05-02
Item          Qty  Price
Desk lamp     4    399.00
Chair mat     2    249.00
TOTAL SEK 2094.00""",
    """From these job postings, extract company, role, location and salary into a table:

1) Stripe is hiring a Backend Engineer in Dublin, €85k–€110k.
2) Spotify — Data Scientist — Stockholm — salary not listed.
3) Remote (EU): Frontend Developer at Doist, €60k–€75k.""",
    """I need the structured data from this real estate listing as JSON (price, bedrooms, bathrooms, sqft, address, year built):

Charming 3 bed / 2 bath craftsman at 412 Oak Lane, Portland OR. 1,850 sq ft, built 1924, renovated
kitchen. Offered at $689,000.""",
    """Go through this chat export and list every date and place people proposed for the reunion:

Tom: how about June 14 in Brighton?
Ana: June's bad for me, what about July 5?
Sam: July 5 works, but London is easier for everyone
Tom: ok July 5, London. or July 12 in Oxford as a backup""",
    """```
2025-06-01T12:00:03Z user=1182 action=login ip=81.2.69.160
2025-06-01T12:04:11Z user=2231 action=purchase amount=49.00 ip=81.2.69.160
2025-06-01T12:09:40Z user=1182 action=logout
```
extract the user ids and ip addresses (no duplicates)""",
    """Extrae de esta receta los ingredientes con sus cantidades en una lista:

Para la tortilla necesitas 5 huevos, 4 patatas medianas, media cebolla, un vaso de aceite de oliva y sal al
gusto. Pela las patatas, córtalas finas y fríelas a fuego lento.""",
    """Extrais les informations du candidat (nom, téléphone, e-mail, diplôme, dernière expérience) :

Camille Bernard — 06 12 34 56 78 — camille.b@mail.fr
Master en droit des affaires, Université de Lyon (2021)
Juriste chez Orange (2021-2024)""",
    """Bitte die Termine aus diesem Text extrahieren und als Liste ausgeben (Datum, Uhrzeit, Anlass):

Am Montag, 3. März, um 9 Uhr ist das Teammeeting. Der Zahnarzttermin ist am 5. März um 14:30. Am Freitag,
7. März, um 19 Uhr ist das Abendessen mit Kunden.""",
    """Извлеки из текста все организации и даты:

В 2019 году компания "Альфа" подписала соглашение с "Газпромом", а в марте 2021 года к проекту
присоединился Сбербанк.""",
    """请从以下订单信息中提取收件人、电话、地址和商品清单，输出JSON：

收件人：刘洋 电话：15800001111 地址：广州市天河区体育西路100号
商品：蓝牙耳机×1，手机壳×2""",
    """Z poniższego CV wyciągnij: imię i nazwisko, e-mail, języki, doświadczenie (firma, lata):

Katarzyna Nowak, k.nowak@poczta.pl. Języki: angielski (C1), niemiecki (B2).
2018–2022 PKO BP, analityk; 2022–obecnie Allegro, product owner.""",
    """Here is a paragraph from a research paper. Extract every numeric result with what it measures:

Our model reached 87.3% accuracy on the test set, up from 81.0% for the baseline. Training took 14
hours on 8 GPUs, and inference latency was 23 ms per sample on average.""",
]

CHATS = [
    ("You are a JSON extraction service. Reply with JSON only.",
     ["Dr. Amara Nwosu, cardiologist, St. Mary's Hospital, appointment 2025-07-09 11:00"]),
    (None, ["hi", "Hello! What can I help with?",
            "from this text get all the phone numbers: call me on 07700 900461 or the office 0161 496 0000"]),
    ("You are a helpful assistant.",
     ["Please list every company named in this sentence: Airbus, Boeing and Embraer compete with COMAC."]),
    (None, ["Summarize this: the conference is June 3-5 in Porto, early bird ends April 30.",
            "The conference is June 3-5 in Porto; early-bird pricing ends April 30.",
            "actually just extract the dates into a list"]),
    ("Eres un asistente de extracción de datos.",
     ["Pedido 9981: 3 sillas, 1 mesa. Entrega: Av. Libertad 45, Santiago. Tel. +56 9 1234 5678."]),
    (None, ["Can you write a regex for emails?", "Sure: [\\w.+-]+@[\\w-]+\\.[\\w.]+",
            "no wait, I don't need the regex, just pull the emails from this: a.b@x.com; c@y.org; bad@; d@z.net"]),
    ("Du bist ein Assistent für die Buchhaltung.",
     ["Rechnung Nr. 7781 vom 02.05.2025, Lieferant: Müller GmbH, Betrag: 1.240,50 €, fällig am 01.06.2025 — bitte die Felder extrahieren."]),
    (None, ["I have a messy list of guests", "Paste it and tell me what you need.",
            "ana (vegan) +1, tom no plus one, lee (gluten free) +2 -> give me name, diet, plus-ones as a table"]),
]

"""Natural extraction requests, third batch (see __init__.py)."""

ONE_LINERS = """
pull out the phone number: "reach me at 0049 170 1234567 after 6"
which date is the appointment? "see you Tue 4/8 at 10:15, Dr. Ames"
extract key facts (who, what, when, where) from: "On Monday, firefighters rescued a cat from a tree in Leeds."
list all people and places in this sentence: Gandhi travelled from Porbandar to London and later to Durban.
give me just the numbers from "room 4, floor 12, building 7B, code 9931"
what's the email in this signature? -- Kind regards, M. Rossi | m.rossi@studio.it | +39 02 555 0101
take this paragraph and output a list of every company with its country
get the amounts and due dates from these three bills into a table
Extract the product name, rating and reviewer from: "★★★★☆ 'Great kettle' — by Sam on the Breville BKE820"
find all the prices in this menu text and give me the cheapest item
""" + """
Extrae los datos del remitente (nombre, teléfono, correo) de este mensaje.
Saca una lista de todas las ciudades que aparecen en este texto: viajamos de Quito a Lima y luego a La Paz.
Extrais toutes les dates et les montants de ce relevé bancaire.
Isole les noms des produits et leurs prix : pain 1,20 €, croissant 1,10 €, baguette 0,95 €.
Extrahiere alle Firmennamen aus diesem Artikel: BMW, Siemens und die Allianz meldeten Gewinne.
Liste mir alle Personen und ihre Rollen aus dem Protokoll auf.
Extraia todos os e-mails e telefones deste texto.
Estrai i nomi delle persone da questo testo: Marco, Giulia e il dottor Bianchi erano presenti.
Выпиши из текста все телефонные номера и адреса электронной почты.
从这封邮件里提取会议时间、地点和参会人。
把这段文字中的所有网址提取出来。
次の文から人名と会社名を抽出してください：田中さんはソニーで、佐藤さんは任天堂で働いています。
इस पाठ से सभी कंपनियों के नाम निकालो: टाटा, इंफोसिस और विप्रो ने नतीजे घोषित किए।
استخرج أرقام الهواتف من النص التالي: اتصل على 0501234567 أو 0559876543.
Wypisz z tekstu wszystkie nazwy miast: byliśmy w Gdańsku, Poznaniu i Wrocławiu.
Metindeki tüm e-posta adreslerini çıkar: ali@firma.com, destek@site.com.tr
"""

LONG = [
    """Return a JSON list of {name, date, amount} for each payment in this message:

Hi! Just a heads up: Maria paid 120 on March 2, Jonas paid 80 on March 5 and Li paid the remaining 200 on
March 9. So we're all settled for the cabin.""",
    """Извлеки структурированные данные (ФИО, дата рождения, паспорт, адрес):

Петров Алексей Иванович, 12.04.1987 г.р., паспорт 4510 123456, зарегистрирован: г. Москва, ул. Лесная, д. 5, кв. 12.""",
    """以下のレシートから、店名・日付・合計金額・支払方法を抜き出してください。

コンビニABC 新宿店
2025年3月14日 18:22
おにぎり 150円 / お茶 130円 / サンドイッチ 320円
合計 600円 (クレジットカード)""",
    """Extrae de este anuncio: tipo de vivienda, metros, habitaciones, precio y barrio.

Se vende piso luminoso de 85 m² en Chamberí, 3 habitaciones, 2 baños, ascensor. Precio: 520.000 €.""",
]

CHATS = [
    ("Extract named entities and return JSON with keys persons, orgs, places, dates.",
     ["On 3 May 2024, Sundar Pichai announced in Mountain View that Google would invest in Kenya."]),
    (None, ["I'll paste an email", "Sure.",
            "Dear team, the audit starts 12 June; please send invoices to audit@corp.com by 5 June. Contact: Helen Park, +44 20 7946 0958. — pull out dates, email, contact name and phone"]),
    ("Du extrahierst Kontaktdaten.", ["Bitte melden Sie sich bei Frau Kaya unter 0221 987654 oder kaya@kanzlei.de."]),
]

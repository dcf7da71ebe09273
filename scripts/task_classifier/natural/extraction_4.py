"""Natural extraction requests, fourth batch (see __init__.py)."""

ONE_LINERS = """
what's the reference number in this? "Claim ref CLM-2025-00871 received, we'll reply within 10 days"
get the sender's name and company from this signature: Best, Tomás Alvarez, Head of Ops, Fincorp
only the dates please, no commentary
pull the key dates out of this timeline I'm pasting
extract the to-do items from my messy notes below
from the email below, get me who's attending and who declined
list the skills mentioned in this job description
find the words in capital letters and the numbers in this memo
Extract question-answer pairs from this FAQ text.
fill in a JSON with title, author, year, publisher from this citation
pull the speaker names from this podcast transcript
Which allergens are listed on this label? "Contains: milk, soy, wheat. May contain traces of nuts."
extract the start date, end date and daily rate from: "Contract 01.09.2025–28.02.2026, €650/day"
get me the lat/long from this google maps link: https://maps.google.com/?q=40.4168,-3.7038
grab the amounts in the table below and add a column with the currency
what are the names of the people cc'd on this email
pull the room numbers and times out of this conference schedule
extract every model name and its price per million tokens from this pricing page text
""" + """
Extrae las fechas de vencimiento de estas facturas.
Saca los nombres de los jugadores y sus goles: Messi 2, Di María 1, Álvarez 1.
Extrais les noms des intervenants et l'heure de leur présentation.
Donne-moi uniquement les numéros de téléphone de ce texte.
Extrahiere aus dem Text alle Preise mit Produkt.
Bitte nur die Namen der Teilnehmer aus dieser Liste ziehen.
Extraia as datas de vencimento e os valores deste boleto.
Estrai dal testo gli indirizzi email e i nomi associati.
Вытащи из письма дату, время и место встречи.
Извлеки из резюме навыки и опыт работы.
把这段聊天记录里提到的时间和地点都列出来。
请从这段文字中提取产品名称和价格，输出表格。
この請求書から支払期限と金額だけ抜き出して。
इस रसीद से कुल राशि और तारीख निकालो।
استخرج من هذه الفاتورة اسم الشركة والمبلغ الإجمالي.
Wyciągnij z tej umowy daty rozpoczęcia i zakończenia.
Bu e-postadan toplantı tarihini ve saatini çıkar.
"""

LONG = [
    """Weekly schedule from the school (pasted):
Mon 8:15 Maths (Room 12), 10:00 English (Room 4)
Tue 9:00 Biology (Lab 2), 13:30 PE (Gym)
Wed 8:15 History (Room 7)

make a json list of {day, time, subject, room}""",
    """Customer feedback form answers:
Name: Joanna K.
Would recommend: yes
Rating: 4/5
Best thing: "checkout was fast"
Worst thing: "delivery window too wide"

Extract rating, recommendation and the two comments as separate fields.""",
    """Guest list from my sister's texts:
- Aunt May +1 (no shellfish)
- the Johnsons (4 people, one kid)
- Leo, alone, vegan
- Grandpa, wheelchair access needed

Pull out: total headcount, dietary needs, accessibility needs.""",
    """Aus diesem Arztbrief brauche ich nur Diagnose, Medikamente und den nächsten Termin:

Diagnose: Bronchitis. Therapie: Amoxicillin 1000 mg 3x täglich für 7 Tage, Ibuprofen bei Bedarf.
Kontrolle in 10 Tagen, am 24.03. um 9:30 Uhr.""",
]

CHATS = [
    ("You convert free text into CSV rows: date,description,amount.",
     ["Jan 3 groceries 54.20, Jan 4 bus pass 30, Jan 7 dinner with Sam 41.75"]),
    (None, ["Translate this into English: 'Reunión el 5 de mayo a las 10 con Pedro y Lucía'",
            "Meeting on May 5 at 10 with Pedro and Lucía.", "now extract the date, time and names as json"]),
    ("Eres un asistente que extrae información.", ["Sacá el nombre, el DNI y el domicilio: Juan Pérez, DNI 30.123.456, Av. Corrientes 1234, CABA."]),
]

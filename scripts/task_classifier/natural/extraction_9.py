"""Natural extraction requests, ninth batch (see __init__.py): JSON-output pipelines, pulling fields out of pasted
emails, invoices, logs and chats, in many languages; the system prompt names the schema, the user pastes the body."""

ONE_LINERS = """
From this text pull out every phone number: call me at 555-0134 or the office on 555-0199, fax 555-0101.
List all the dates mentioned here as YYYY-MM-DD: we met on March 3rd 2024, again on the 15th, and signed on 2 April.
get me just the email addresses from: anna@example.com, bob at work (bob@corp.io), and c.d@uni.edu
Which companies are named in this sentence? "Siemens and Bosch both bid, but the contract went to Alstom."
Pick out the ingredients and quantities from: 2 eggs, a cup of milk, 200g flour and a pinch of salt.
Extrae los nombres y los importes de esta lista: Juan 45€, María 120€, Pedro 8€.
Extrais les adresses e-mail de ce message : contact@site.fr, support@site.fr et jean.dupont@mail.com.
Zieh mir aus dem Text alle Uhrzeiten raus: Treffen um 9:30, Mittag um 12 und Abschluss um 16:45.
Estrai le città menzionate: siamo partiti da Torino, passati per Bologna e arrivati a Bari.
Из текста выпиши все даты и суммы: 12 марта оплачено 5 000 руб., 20 марта ещё 2 500 руб.
从这段话中提取人名和公司：张伟在华为工作，李娜去了腾讯。
次の文から日付と場所を抜き出して：5月3日に京都、5月5日に大阪で会議。
다음 문장에서 이메일 주소만 뽑아 줘: kim@test.kr 또는 lee@corp.kr 로 연락 주세요.
"""
LONG = [
    """Invoice #INV-2291
Date: 14 Feb 2026
Bill to: Northwind Traders, 12 Harbour St, Leeds
Items:
  3 x Desk lamp @ 24.00
  1 x Office chair @ 189.00
VAT 20%
Total due: 343.20

Return the invoice number, date, customer, line items and total as JSON.""",
    """[2026-03-01 10:02:11] ERROR payment-svc order=8812 code=CARD_DECLINED
[2026-03-01 10:02:15] INFO  payment-svc order=8813 ok
[2026-03-01 10:03:40] ERROR payment-svc order=8820 code=TIMEOUT
[2026-03-01 10:05:02] ERROR payment-svc order=8827 code=CARD_DECLINED

list each failed order id with its error code""",
]
CHATS = [
    ("You are a data extraction service. Reply ONLY with JSON matching {\"name\": str, \"email\": str, \"company\": str|null}.",
     ["Hi, this is Laura Chen from Brightside Labs, you can reach me at laura.chen@brightside.io. Looking forward to the demo!"]),
    ("Extract structured fields from shipping emails. Output: {tracking_number, carrier, eta}.",
     ["Your parcel is on its way! DHL tracking 00340434161234567890, expected delivery Thursday 12 March."]),
    (None, ["summarize this meeting: [transcript]", "The team agreed to delay the launch...",
            "now just list the action items with the owner of each, nothing else"]),
    ("You help HR process CVs. Output JSON.",
     ["Marco Rossi — Senior Data Engineer at Zalando (2021–now), before that Spotify (2017–2021). MSc Politecnico di Milano. Skills: Spark, Kafka, Python.\n\nGive me name, current employer, previous employers and skills."]),
]

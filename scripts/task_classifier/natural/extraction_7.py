"""Natural extraction requests, seventh batch (see __init__.py): short asks to pull fields out of a text, in
many languages, sometimes with the body in an earlier turn."""

ONE_LINERS = """
just the emails from that list pls
only the names, nothing else
pull out the dates from the text above
把这段文字里的所有电话号码找出来：请联系王先生 13800138000 或办公室 010-12345678。
从简历中提取姓名、学历和工作年限：李明，硕士，工作五年。
この文章から日付だけを抜き出して：会議は5月3日、締め切りは5月20日です。
住所と電話番号を抽出して：東京都港区1-2-3、電話03-1234-5678
استخرج الأسماء من النص: التقى أحمد وسارة مع خالد في القاهرة.
استخرج التواريخ من هذه الرسالة: الاجتماع في 5 مايو والتسليم في 20 مايو.
इस वाक्य से सभी तारीखें निकालो: बैठक 5 मई को और डिलीवरी 20 मई को है।
Извлеки все суммы из текста: заплатил 500 рублей, потом 1200 рублей.
Wyciągnij adresy e-mail: jan@x.pl, anna@y.pl.
Haal de namen uit deze tekst: Jan en Piet gingen met Marie naar Utrecht.
Metinden tarihleri çıkar: 3 Mart'ta başladık, 10 Nisan'da bitirdik.
Estrai le date da questa email: consegna il 3 giugno, pagamento il 30 giugno.
Extrae solo los números de teléfono: 612 345 678 y 91 123 45 67.
Isole les montants : 45 €, 120 € et 9,99 €.
Gib mir nur die Postleitzahlen: 10115 Berlin, 80331 München, 20095 Hamburg.
Extraia os e-mails: ana@a.com, rui@b.pt.
get every @mention from this tweet: thanks @nasa and @esa for the pics
what's the order number in "Order #A-99821 confirmed, ships in 2 days"?
"""
LONG = [
    "Name: Carla Ruiz\nRole: Data Analyst\nStart: 2021-09-01\nManager: T. Okafor\n\nstart date and manager only",
]
CHATS = [
    (None, ["Attendees: Omar (omar@x.io), Bea (bea@y.io), Chen (chen@z.io)", "Noted.", "just the emails as a list"]),
    ("Reply in JSON when asked for structured data.", ["hi", "Hello!", "提取这句话中的人名和城市：小王去了上海，小李在广州。"]),
]

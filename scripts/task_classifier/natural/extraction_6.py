"""Natural extraction requests, sixth batch (see __init__.py): pull fields out of text the user gives, in
many shapes (emails, logs, invoices, chat transcripts, tables), languages, and with misleading mentions."""

ONE_LINERS = """
get me all the phone numbers from this: call Bob at 555-0134 or the office on (020) 7946 0958, fax 555-0199
which dates are mentioned here: "we met on 3 March, signed on the 14th of April and launched 2024-06-01"
pull the company names out of: Apple sued Samsung while Google and Meta watched; Nvidia stayed out
list every ingredient with its quantity from: 2 cups flour, a pinch of salt, 3 eggs, 200ml milk
from this log line give me the IP, status code and path: 10.0.0.7 - - [12/Mar/2024:10:01:22] "GET /api/users HTTP/1.1" 404 512
I'm translating this contract later, but first just extract the parties, the date and the amount: "This agreement between Nordwind GmbH and Lopez & Co, dated 2 May 2023, for EUR 48,000..."
what's the tracking number in this email? "Your parcel (tracking 1Z999AA10123456784) ships Tuesday"
return as JSON the name, age and city: "Hi I'm Priya, 29, moving from Pune to Toronto"
find all the hashtags and mentions in: "loving the new release #rustlang thanks @ferris and @steveklabnik #oss"
extract the action items and their owners from these notes: Tom to send the deck by Fri; Ana books the venue; everyone reviews budget
Pull out every URL from this paragraph: see https://example.org/docs and http://test.io/a?b=1 for details, or ftp://old.site
Which people and roles are named here: "CEO Maria Chen, CTO Raj Patel and our intern Leo joined the call"
give me the invoice number, due date and total from: INVOICE #INV-2291 Due: 30/09/2024 Total: $1,284.50
extract key: value pairs from "host=db1 port=5432 user=admin timeout=30s"
what medications and doses are listed? "Patient takes metformin 500mg twice daily, lisinopril 10 mg, aspirin 81mg"
turn this into a CSV with columns name,email: Jane Doe <jane@x.com>, Omar Ali <omar@y.org>, Li Wei <li@z.cn>
grab the error codes from this output: E1001 disk full; W203 retrying; E1042 timeout; I100 ok
Get the flight number, departure time and gate: "BA 287 to SFO departs 14:35 from gate B42"
list the skills mentioned in this CV summary: Python, SQL, stakeholder management, Tableau, and basic German
Extract all the monetary amounts with their currencies: paid €45, then $12.99, and finally 3,000 JPY
from the review "battery great, screen too dim, speakers tinny, price fair" extract each aspect and its sentiment
Extrae los nombres y correos de este texto: Contacta a Luis (luis@mail.es) o a Marta (marta@web.com).
Saca las fechas y los importes de esta factura: 12/05/2024 - 350 €, 19/05/2024 - 120 €.
Extrais les noms de villes de ce texte : Nous sommes passés par Lyon, Genève puis Turin avant de rentrer à Paris.
Relève le numéro de commande et l'adresse de livraison : « Commande n° 88213, livraison 4 rue des Lilas, 75011 Paris ».
Extrahiere alle Telefonnummern aus: Ruf mich an unter 0170 1234567 oder im Büro 030 998877.
Liste die Personen und ihre Firmen auf: Herr Maier (Siemens), Frau Öztürk (SAP), Dr. Lang (Bosch).
Extraia o nome, CPF e data de nascimento: "João Silva, CPF 123.456.789-00, nascido em 04/07/1990".
从这段话中提取所有人名和日期：张伟于2023年5月1日入职，李娜于2024年2月15日离职。
从下面的订单里提取商品名称和价格：苹果 5元，香蕉 3元，牛奶 12元。
次の文から会社名と金額を抜き出してください：トヨタは300億円、ソニーは120億円を投資した。
इस पाठ से सभी ईमेल पते निकालें: राम (ram@abc.in) और सीता (sita@xyz.com) से संपर्क करें।
Estrai i nomi delle persone da questo testo: Giulia ha incontrato Marco e Sara a Milano.
"""

LONG = [
    "From: hr@acme.com\nTo: all-staff@acme.com\nSubject: Holiday schedule\n\nThe office closes Dec 24 and reopens "
    "Jan 2. On-call: Priya (Dec 24-27), Marcus (Dec 28-31), Jun (Jan 1).\n\n"
    "^ from that email, give me a table of on-call person and their dates. nothing else",
    "Can you pull the structured data out of this job ad? I need title, location, salary range, remote yes/no.\n\n"
    "Senior Backend Engineer — Amsterdam (hybrid, 2 days office). We pay €75k–€95k plus equity. You'll build our "
    "payments platform in Go and Postgres.",
    "2024-03-01 12:00:01 INFO user=alice action=login ok\n2024-03-01 12:00:07 WARN user=bob action=login failed "
    "reason=bad_password\n2024-03-01 12:01:13 ERROR user=carol action=upload failed reason=quota\n\n"
    "which users had failures and why? just list user -> reason",
    "[Chat transcript]\nCustomer: hi my order 55102 never arrived\nAgent: sorry! what's your postcode?\n"
    "Customer: SW1A 2AA, and my email is kim.j@mail.co.uk\n\nExtract order id, postcode and email as JSON.",
]

CHATS = [
    ("You are an assistant for a travel agency.", ["Hi", "Hello! Planning a trip?",
     "I have this booking text: 'Hotel Miramar, check-in 12 Aug, check-out 16 Aug, 2 adults, ref MRM-7741'. extract the fields into a list"]),
    ("You are a senior engineer on our team. Be precise.", ["Can you review my SQL later?", "Sure, paste it when ready.",
     "first this though: from 'db=orders host=10.1.2.3 replicas=3 region=eu-west-1' give me host and region only"]),
    (None, ["Translate 'invoice' into French.", "Facture.",
     "merci. now from this facture pull the total and VAT: 'Total HT 800 €, TVA 20% 160 €, TTC 960 €'"]),
]

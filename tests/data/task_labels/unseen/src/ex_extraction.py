from common import ex

L = "extraction"

EX = [
ex(L, """Extract all the dates and the events that happened on them from this text, as a JSON array of {date, event}:

The company was founded on 3 May 2011 in a garage in Austin. Its first product shipped in January 2013, and it raised its Series A on 14 August 2014. After a difficult 2016, it was acquired by Halvorsen Group on 2 February 2018. The original founders left the company in late 2019."""),

ex(L, "Pull out the names, emails and phone numbers from this signature block:\n\n--\nDr. Amelia Okafor | Head of Research\nBlueRiver Labs\namelia.okafor@blueriverlabs.io | +44 20 7946 0321\nAssistant: Tom Reyes (tom.reyes@blueriverlabs.io, ext. 442)"),

ex(L, """From this invoice text, give me vendor, invoice number, total amount and due date in a table:

NORTHSTAR OFFICE SUPPLY LTD
12 Kingsway, Leeds LS1 2AB
INVOICE No. NS-20931
Date of issue: 02/09/2024
Bill to: Fernwood Dental Practice
- Printer paper A4 x 20 boxes ..... £180.00
- Toner cartridges x 4 ............ £236.00
Subtotal: £416.00
VAT (20%): £83.20
TOTAL DUE: £499.20
Payment due within 30 days (by 02/10/2024)"""),

ex(L, """here is a math paper abstract, I don't care about the math, just extract the author names and their affiliations please

On the Distribution of Gaps Between Consecutive Sums of Two Squares
Hannah Lindqvist (Department of Mathematics, Uppsala University), Rafael Moreno-Cruz (Instituto de Matemáticas, UNAM), and Wei Zhang (School of Mathematical Sciences, Peking University)
Abstract. We study the distribution of gaps between consecutive integers representable as a sum of two squares. Assuming a uniform version of the Hardy–Littlewood conjecture, we show that the normalized gaps follow a Poisson distribution in a suitable limit, and we provide numerical evidence up to 10^12 supporting this result."""),

ex(L, "Extrae los nombres de todas las empresas mencionadas en este texto, uno por línea:\n\nEl consorcio formado por Iberdrola, Acciona y la portuguesa EDP ganó la licitación para construir el parque eólico marino, superando a la oferta de Siemens Gamesa. Según fuentes del sector, Repsol también estudió presentarse, pero finalmente desistió.", "es"),

ex(L, [
    ("system", "You are a data entry assistant. Always respond with valid JSON and nothing else."),
    ("user", "Job posting:\n\nSenior Backend Engineer — Remote (EU time zones)\nWe're Lumora, a 40-person fintech startup. You'll own our payments API (Python, PostgreSQL, AWS). Salary: €75,000–€95,000 depending on experience, plus equity. Requirements: 5+ years backend, experience with payment systems a plus. Apply by 30 June.\n\nExtract: title, company, location, salary_min, salary_max, currency, tech_stack (array), application_deadline."),
]),

ex(L, "list every city mentioned in this paragraph\n\nWe started in Lisbon, took the night train to Madrid, and then spent a week wandering between Granada and Seville. My sister wanted to fly out of Barcelona but the flights were cheaper from Valencia, so we ended up driving there via Córdoba."),

ex(L, [
    ("system", "You are a shipping-label assistant. Return fields as JSON."),
    ("user", "parse this address into street, unit, city, postal code, country: 'Flat 3, 27 Baker Lane, Manchester M1 4BT, United Kingdom'"),
]),

ex(L, "Peux-tu extraire les ingrédients et leurs quantités de cette recette sous forme de liste ?\n\nPour la pâte, mélangez 250 g de farine avec 125 g de beurre mou et une pincée de sel. Ajoutez un jaune d'œuf et 5 cl d'eau froide. Pour la garniture, il vous faudra 3 poireaux, 200 g de lardons, 20 cl de crème fraîche et 3 œufs entiers. Poivrez selon votre goût.", "fr"),

ex(L, [
    ("user", """Notes from Monday's planning:
- Website relaunch pushed to Oct 15. Kenji to confirm with agency by Friday.
- Budget for ads approved (12k). Sofia will set up the campaigns, target launch week.
- Need new product photos — nobody assigned yet, ideally before end of September.
- Anna to draft the press release, first version by Oct 1.
- Customer survey results: mostly positive, some complaints about shipping times."""),
    ("assistant", "Here's a quick summary: the website relaunch has moved to October 15, the ad budget of 12k was approved, and several tasks were assigned — agency confirmation, ad campaigns, press release — while product photos still need an owner. Survey feedback was mostly positive apart from shipping times."),
    ("user", "ok now just list the action items with owner and deadline as a markdown table. put 'unassigned' if there's no owner"),
]),

ex(L, "Get the drug names, doses and frequencies out of this discharge note, as a list:\n\nPatient discharged in stable condition. Continue metoprolol 25 mg twice daily and atorvastatin 40 mg at night. Start apixaban 5 mg BID for 3 months. Stop ibuprofen. Paracetamol 1 g up to four times a day as needed for pain. Follow-up with cardiology in 6 weeks."),

ex(L, "Bitte extrahiere aus der folgenden E-Mail: Absender, Datum, Betreff und alle genannten Beträge.\n\nVon: Jürgen Hoffmann <j.hoffmann@bau-hoffmann.de>\nDatum: 14. März 2024\nBetreff: Angebot Dachsanierung\n\nSehr geehrte Frau Weber, anbei unser Angebot für die Dachsanierung. Die Materialkosten belaufen sich auf 12.400 €, die Arbeitskosten auf 8.900 €. Für die Gerüststellung berechnen wir pauschal 1.150 €. Mit freundlichen Grüßen, J. Hoffmann", "de"),

ex(L, [("system", "You are an NLP annotation assistant. Follow the labeling instructions exactly: PER, ORG, LOC."), ("user", "Identify all the people, organizations and locations (NER) in this sentence and label each: \"After meeting with Angela Ruiz from the World Health Organization in Geneva, Kofi Mensah flew back to Accra to brief the Ghana Health Service.\"")]),

ex(L, """Don't summarize this, I just need the numbers: every percentage mentioned and what it refers to, as a list.

The survey of 3,200 remote workers found that 64% would consider quitting if forced to return to the office full time. Productivity self-ratings were high, with 78% saying they were at least as productive at home, although only 41% of managers agreed. Loneliness remained a concern: 29% reported feeling isolated at least once a week, up from 22% last year. Hybrid arrangements were preferred by 57% of respondents."""),

ex(L, "extract key-value pairs from this log line as json:\n2024-03-12T10:22:01Z level=error service=auth user_id=4411 msg=\"token expired\" latency_ms=32 region=eu-west-1"),

ex(L, "从下面的简历中提取姓名、电话、邮箱和工作经历（公司、职位、时间），输出JSON格式。\n\n李明 | 电话：138-0013-8000 | 邮箱：liming@example.com\n2019.07–至今  腾讯科技  高级产品经理\n2016.03–2019.06  美团  产品经理\n2014.07–2016.02  京东  运营专员\n教育：北京大学 信息管理 本科", "zh"),

ex(L, "What are the flight numbers, departure times and gates in this itinerary? Put them in a list, nothing else.\n\nYour trip: Outbound — Sat 14 Sep, LH 2417 departs Munich (MUC) 07:35, Gate G22, arrives Warsaw 09:05. Return — Tue 17 Sep, LO 355 departs Warsaw (WAW) 18:10, Gate 14, arrives Munich 19:50. Please be at the gate 30 minutes before departure."),

ex(L, "次の文章から人名と地名をすべて抜き出してください。\n\n山田さんは去年の夏、友人の佐藤さんと一緒に北海道の札幌と函館を旅行しました。帰りに仙台に寄って、大学時代の先生である高橋先生に会いました。", "ja"),

ex(L, """Can you turn this messy list of contacts into a CSV with columns name, company, email?

john smith - acme corp - jsmith@acme.com
Maria Gonzalez (Globex) maria.g@globex.net
priya n., initech, priya@initech.io
"Ahmed Al-Farsi" <ahmed@umbrella.co> — works at Umbrella
Lee, Sarah / Stark Industries / s.lee@stark.com"""),

ex(L, "pull the ISBNs and titles from this bibliography into a two column table\n\n1. Kahneman, D. (2011). Thinking, Fast and Slow. Farrar, Straus and Giroux. ISBN 978-0374275631.\n2. Harari, Y. N. (2015). Sapiens: A Brief History of Humankind. Harper. ISBN 978-0062316097.\n3. Ostrom, E. (1990). Governing the Commons. Cambridge University Press. ISBN 978-0521405997."),

ex(L, """Extract who, what, when, where from this article as JSON with those four keys:

Firefighters battled a blaze at a recycling plant on the outskirts of Valencia for more than six hours on Sunday night, regional emergency services said. The fire broke out at around 9 p.m. in a warehouse storing plastic waste at the EcoRecicla facility in the Riba-roja industrial park. Residents of nearby neighborhoods were told to keep their windows closed because of the thick black smoke. Nobody was injured, and the cause of the fire is under investigation. The company said operations would resume once safety inspections were complete."""),

ex(L, [
    ("system", "You are an assistant that helps recruiters screen candidates."),
    ("user", "Here's a candidate's resume text:\n\nElena Petrova\nSoftware Engineer, Kappa Systems (2021–present): building data pipelines in Python and Spark, some Go.\nData Analyst, Riverbank Insurance (2018–2021): SQL, Python, Tableau dashboards.\nIntern, CityLab (2017): R and SQL.\nSkills: Python, SQL, Spark, Go, Tableau, R"),
    ("assistant", "Got it. Elena Petrova has about 7 years of experience across engineering and analytics roles. What would you like to know?"),
    ("user", "extract approximate years of experience per skill based on the roles, as a table skill | years"),
]),

ex(L, "Extraia todas as datas e valores deste contrato, em formato de tabela:\n\nO presente contrato entra em vigor em 1º de março de 2024 e terá duração de 24 meses. O aluguel mensal será de R$ 2.800,00, com vencimento todo dia 5. O reajuste ocorrerá anualmente em março, com base no IPCA. O caução no valor de R$ 8.400,00 deverá ser pago até 25 de fevereiro de 2024.", "pt"),

ex(L, "Which product SKUs and quantities are in this order confirmation? json pls\n\nThanks for your order #88213! Items: 2x Trail Runner Shoe (SKU TR-1042-BLK-44), 1x Merino Socks 3-pack (SKU MS-300-M), 3x Energy Gel Citrus (SKU EG-CIT-01). Shipping to: 14 Elm St, Boulder CO."),

ex(L, "From this customer review, extract: product, overall sentiment (positive/negative/neutral/mixed), and a list of specific complaints.\n\n\"Bought the AeroMax 300 vacuum last month. Suction is honestly amazing and it's light enough for the stairs. But the battery barely lasts 20 minutes, not the 45 they advertise, and the dustbin is a pain to empty without getting dust everywhere. Customer support never replied to my email.\""),

ex(L, "Выпиши из текста все даты и связанные с ними события, в виде списка.\n\nСтроительство моста началось в апреле 1936 года. Первый поезд прошёл по нему 7 ноября 1939 года. Во время войны, в 1943 году, мост был частично разрушен и восстановлен только к маю 1946 года. Последняя реконструкция завершилась в 2012 году.", "ru"),

ex(L, [("system", "You are a helpful assistant."), ("user", "grab all the URLs from this text\n\nhey, the docs are at https://docs.example.org/v2/start and the old ones at http://legacy.example.org. also check the issue tracker (github.com/example/tool/issues) and this blog post: https://blog.example.org/2024/03/why-we-rewrote-it?ref=newsletter")]),

ex(L, [("system", "You are an analytics assistant for a conference's social media team."), ("user", "extract hashtags and @mentions from these tweets into two separate lists:\n\n1) Loved the keynote by @drsanchez today! #DevConf2024 #AI\n2) @maria_codes @tomwilde are you coming to the afterparty? #DevConf2024\n3) Slides are up 👉 link in bio #opensource #python")]),

ex(L, """This is a poem one of my students wrote. I don't need feedback on it or a summary — just list every color word that appears, in order, with duplicates.

The morning came in gray and gold,
a red kite caught on the old green fence,
my mother's blue coat, faded, folded,
the white sky promising nothing, and then
more gold, spilling over the gray."""),

ex(L, "Fill in this schema from the text below, use null if missing: {patient_name, age, sex, diagnosis, admission_date, attending_physician}\n\nMr. Ravi Kulkarni, a 67-year-old male, was admitted on 12 November with community-acquired pneumonia confirmed on chest X-ray. He was started on IV antibiotics. The admitting team was led by Dr. Fiona Walsh."),

ex(L, "Estrai dal testo i nomi dei giocatori che hanno segnato e il minuto di ogni gol.\n\nPartita vivace al Franchi: la Fiorentina passa in vantaggio al 12' con Bianchi, pareggia il Torino al 34' con un colpo di testa di Ricci. Nella ripresa, Esposito riporta avanti i viola al 67', ma all'89' Ricci firma la sua doppietta e fissa il 2-2 finale.", "it"),

ex(L, [("system", "You are an expense-report assistant for employees of Hartwell Consulting."), ("user", "What's the merchant, date, total and tax on this receipt? OCR text below, sorry it's messy\n\nGREEN LEAF CAFE\n221 Market St\n08/17/2024  12:41PM\n1 Oat Latte      5.25\n1 Avocado Toast 11.50\n1 Cookie         3.00\nSUBTOTAL        19.75\nTAX 8.875%       1.75\nTOTAL           21.50\nVISA ****4421")]),

ex(L, "pull out all the questions the customer asked in this support chat, verbatim:\n\nCustomer: hi, my order hasn't arrived. it's been 10 days, is that normal?\nAgent: Hi! Let me check. Can I have your order number?\nCustomer: 55102. also can I change the delivery address if it hasn't shipped?\nAgent: It shipped on Monday, so unfortunately no.\nCustomer: ok. will I get a tracking number by email? and what happens if it's lost?"),

ex(L, [
    ("user", "Extract company name and CEO as JSON from: 'Nordlys Energy, led by CEO Ingrid Haugen, announced a partnership with Solaria Tech, whose chief executive Marco Bellini called it historic. Both companies were founded in 2009 and 2015 respectively.'"),
    ("assistant", "{\"company\": \"Nordlys Energy\", \"ceo\": \"Ingrid Haugen\"}"),
    ("user", "you missed the second company. redo it as an array and add a founded_year field for each"),
]),

ex(L, "Convert the following bio into structured data (full_name, birth_year, nationality, occupation, notable_works):\n\nChimamanda Ngozi Adichie, born in 1977 in Enugu, is a Nigerian writer whose novels include Purple Hibiscus, Half of a Yellow Sun and Americanah. She is also known for her essay We Should All Be Feminists."),

ex(L, "इस पाठ से सभी व्यक्तियों के नाम और उनकी उम्र निकालिए, सूची के रूप में:\n\nरमेश 45 साल के हैं और उनकी पत्नी सुनीता 42 साल की हैं। उनका बेटा अमित 17 साल का है और बेटी प्रिया 12 साल की। रमेश की माँ, कमला देवी, 70 साल की हैं और उनके साथ रहती हैं।", "hi"),

ex(L, "Here's a paragraph describing our results. Pull the revenue per quarter into a markdown table (quarter | revenue | growth vs previous quarter if stated).\n\nQ1 revenue came in at $4.2M. Q2 improved to $4.9M, a 17% increase, driven by the enterprise tier. Q3 was flat at $4.9M due to seasonality, and Q4 closed strong at $5.6M, up 14% quarter-over-quarter."),

ex(L, """List all the deadlines in this syllabus with the assignment name, sorted by date:

Week 3: Reading response 1 due Friday Sept 20.
Midterm project proposal due Oct 4 (submit on Canvas).
Reading response 2 is due the Friday after fall break, Oct 18.
Midterm exam in class Oct 23.
Final project draft Nov 22, final version Dec 9."""),

ex(L, """Here's a Python file. I don't want a code review or any changes — just list every function name with its parameters, one per line.

```python
import math

def area_circle(r):
    return math.pi * r ** 2

def clamp(value, low=0, high=1):
    return max(low, min(high, value))

class Cart:
    def __init__(self, owner, currency="EUR"):
        self.owner = owner
        self.items = []

    def add(self, sku, qty=1, price=None):
        self.items.append((sku, qty, price))

def parse_date(s, fmt="%Y-%m-%d", *, strict=True):
    ...
```"""),

ex(L, "Sácame de este correo la fecha de la reunión, la hora, el lugar y la lista de asistentes:\n\nHola a todos: os confirmo que la reunión de coordinación será el jueves 7 de noviembre a las 10:30 en la sala Picasso (segunda planta). Asistirán Lucía, Javier, Marta y yo; Pedro se conectará por videollamada. Un saludo, Carmen.", "es"),

ex(L, [("user", "I got my blood test results back and the portal is confusing"), ("assistant", "I can help you make sense of the layout — though for what the numbers mean for your health, your doctor is the right person. What do you need?"), ("user", "From these lab results, extract any values flagged as out of range, with the value and the reference range:\n\nHemoglobin 11.2 g/dL (ref 12.0-15.5) L\nWBC 7.1 x10^9/L (ref 4.0-11.0)\nPlatelets 410 x10^9/L (ref 150-400) H\nSodium 139 mmol/L (ref 135-145)\nPotassium 5.6 mmol/L (ref 3.5-5.1) H\nCreatinine 0.9 mg/dL (ref 0.6-1.1)")]),

ex(L, [
    ("system", "Output YAML only. No prose."),
    ("user", "Join us for the Riverside Jazz Night on Saturday, June 22nd, from 7 to 11 pm at The Boathouse, 5 Quay Road. Tickets are $25 in advance or $30 at the door; kids under 12 free. Featuring the Mia Torres Quartet and DJ Lowtide.\n\nfields: event_name, date, start_time, end_time, venue, address, price_advance, price_door, performers"),
]),

ex(L, "Who are the characters mentioned in this excerpt? just names, one per line\n\n\"Don't look at me like that,\" said Margaret, setting down the tray. Across the room, Edward pretended to read, while little Sophie hid behind the curtains. \"Your uncle Henry will be here by six,\" Margaret went on, \"and I won't have Mrs. Pike telling the whole village we can't keep a tidy house.\""),

ex(L, "extract the error codes and the file:line they occur in from this build output, as a table:\n\nsrc/app.ts(14,7): error TS2322: Type 'string' is not assignable to type 'number'.\nsrc/utils/date.ts(3,10): error TS2305: Module '\"dayjs\"' has no exported member 'parseISO'.\nsrc/app.ts(41,22): error TS2339: Property 'userId' does not exist on type 'Session'.\nFound 3 errors in 2 files."),

ex(L, "Relève toutes les dates mentionnées dans ce texte et indique l'événement associé à chacune.\n\nLa Bastille est prise le 14 juillet 1789. Le 4 août suivant, l'Assemblée abolit les privilèges, puis adopte la Déclaration des droits de l'homme et du citoyen le 26 août. Louis XVI tente de fuir le 20 juin 1791 mais il est arrêté à Varennes.", "fr"),

ex(L, "Pull the addresses and asking prices out of these listings into a list:\n\n• Sunny 2BR in Ballard! 5412 22nd Ave NW, Seattle. $589,000. Open house Sunday.\n• Fixer-upper with big yard — 1189 Rainier Ave S, asking $475k, cash offers preferred.\n• Modern condo, 300 Pine St #1204, Seattle WA 98101. Listed at $720,000, HOA $610/mo."),

ex(L, "I need company name, role, start date and end date for each job in this LinkedIn text, as JSON:\n\nExperience\nProduct Designer · Figma\nJan 2022 - Present\nUX Designer · Shopify\nMar 2019 - Dec 2021 · 2 yrs 10 mos\nJunior Designer · Freelance\n2017 - 2019"),

ex(L, [
    ("user", "I'm going to paste a few emails.\n\n1) From: kim@vendor.com — 'Hi, can we set up a call Tuesday at 2 to go over the Q3 pricing?'\n2) From: noreply@bank.com — 'Your statement is ready.'\n3) From: luis@partner.org — 'Would Thursday morning work for a quick sync about the launch?'\n4) From: hr@company.com — 'Reminder: submit your timesheet by Friday.'"),
    ("assistant", "Got them — four emails. What do you need?"),
    ("user", "For each email, give me sender and whether it's a meeting request (yes/no). table format"),
]),

ex(L, "把这段新闻里出现的所有公司名和对应的金额列出来：\n\n据报道，阿里巴巴将向一家新能源汽车初创公司投资5亿元人民币，而腾讯此前已向同一家公司注资3亿元。与此同时，比亚迪宣布斥资20亿元在安徽建设新工厂。", "zh"),

ex(L, [("user", "I'm tagging papers for our lab's reading database."), ("assistant", "Sure, send them over one by one and tell me what you need for each."), ("user", "extract the keywords from this abstract, max 8, comma separated:\n\nThis paper examines the impact of microfinance programs on women's household bargaining power in rural Bangladesh. Using panel data from 1,800 households and an instrumental variable approach, we find that access to microcredit increases women's participation in decisions about children's education and large purchases, but has no significant effect on decisions regarding their own labor market participation.")]),
]

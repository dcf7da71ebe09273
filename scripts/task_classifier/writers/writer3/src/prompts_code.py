"""code: the last user message asks for code to be written, fixed, explained, reviewed or run in a
toolchain (scripts, queries, formulas in a programming language, shell, git, build and deploy config).
Many are phrased as chat, or arrive inside apps whose system prompt is about something else."""

from common import A, S, ex

CRM = S("You are Salesfolk, the assistant built into our CRM. Help sales reps log calls, draft follow-up "
        "emails and look up account history. Keep answers short and friendly.")
IDE_JB = S("You are CodePilot for JetBrains IDEs. Answer concisely; prefer code over prose.")
TRIAGE = S("You are TriageBot for the Nordhaus support desk. For every incoming ticket output a priority "
           "(P1-P4), a queue (billing, access, hardware, other) and a one-line reason.")
BI = S("You are the Insight assistant in Lumen BI. You explain charts and KPIs to business users in plain "
       "language and never show raw SQL unless asked.")
AIRLINE = S("You are Skye, the virtual agent of Aerovia Airlines. You help with bookings, seat changes, "
            "baggage rules and refunds. Be polite and brief.")
LEGAL = S("Sei l'assistente di un gestionale per studi legali. Aiuti a redigere lettere ai clienti e a "
          "organizzare le pratiche. Rispondi sempre in italiano formale.")
ONCALL = S("You are the on-call helper in PagerNote. When an incident is pasted, write a two-sentence "
           "customer-facing status update. No internal details, no blame.")
WIKI = S("You write how-to articles for the data team wiki. Friendly tone, headings, short paragraphs.")
TRAVEL = S("You are Wayfarer, a trip planning assistant. Build day-by-day itineraries with transport and "
           "rough costs.")
POLI = S("Ești un asistent pentru studenții Universității Politehnica din București. Răspunde în română, "
         "clar și politicos.")
READER = S("Tu es l'assistant de l'application de lecture Lisio. Tu aides les lecteurs à comprendre les "
           "articles qu'ils enregistrent.")
COPY = S("You are Quill, a marketing copy assistant. Write punchy headlines and taglines for small "
         "businesses.")
METABASE = S("You are DataPal inside Metabase. Help analysts find the right dashboards and explain "
             "metric definitions from the glossary.")
UTILITY = S("Du bist der Assistent im Kundenportal der Stadtwerke Hellbach. Du beantwortest Fragen zu "
            "Zählerständen, Abschlägen und Tarifen.")

SPRING_TRACE = """we deploy fine locally but prod crashes on startup, same jar. here's the tail of the log:

2025-02-11 08:14:03.221 ERROR 1 --- [main] o.s.boot.SpringApplication : Application run failed
org.springframework.beans.factory.BeanCreationException: Error creating bean with name 'entityManagerFactory' defined in class path resource [org/springframework/boot/autoconfigure/orm/jpa/HibernateJpaConfiguration.class]: Invocation of init method failed; nested exception is javax.persistence.PersistenceException: [PersistenceUnit: default] Unable to build Hibernate SessionFactory; nested exception is org.hibernate.tool.schema.spi.SchemaManagementException: Schema-validation: missing column [loyalty_tier] in table [customer]
	at org.springframework.beans.factory.support.AbstractAutowireCapableBeanFactory.initializeBean(AbstractAutowireCapableBeanFactory.java:1804)
	at org.springframework.beans.factory.support.AbstractAutowireCapableBeanFactory.doCreateBean(AbstractAutowireCapableBeanFactory.java:620)
	at org.springframework.beans.factory.support.AbstractBeanFactory.lambda$doGetBean$0(AbstractBeanFactory.java:335)
	at org.springframework.context.support.AbstractApplicationContext.refresh(AbstractApplicationContext.java:583)
	at org.springframework.boot.SpringApplication.run(SpringApplication.java:1306)
	at com.kestrel.shop.ShopApplication.main(ShopApplication.java:12)
Caused by: org.hibernate.tool.schema.spi.SchemaManagementException: Schema-validation: missing column [loyalty_tier] in table [customer]
	at org.hibernate.tool.schema.internal.AbstractSchemaValidator.validateTable(AbstractSchemaValidator.java:136)
	at org.hibernate.tool.schema.internal.GroupedSchemaValidatorImpl.validateTables(GroupedSchemaValidatorImpl.java:42)
	... 22 common frames omitted

application-prod.yml has spring.jpa.hibernate.ddl-auto: validate and we use flyway. what's wrong and how do I fix it properly?"""

SLOW_PANDAS = """Why is this so slow? It takes 40 minutes on 120k rows and my laptop fan goes crazy.

import pandas as pd

orders = pd.read_csv("orders.csv")
customers = pd.read_csv("customers.csv")

result = []
for i, row in orders.iterrows():
    cust = customers[customers["customer_id"] == row["customer_id"]]
    if len(cust) == 0:
        continue
    region = cust.iloc[0]["region"]
    total = row["qty"] * row["unit_price"]
    if row["currency"] != "EUR":
        total = total * rates[row["currency"]]
    result.append({"order_id": row["order_id"], "region": region, "total_eur": total})

out = pd.DataFrame(result)
out.groupby("region")["total_eur"].sum().to_csv("by_region.csv")

rates is a dict like {"USD": 0.92, "GBP": 1.17}. Please rewrite it the pandas way and tell me what was slow."""

COMPOSE = """Mijn app start voordat Postgres klaar is en crasht dan met "connection refused". Nu staat er een sleep 10 in het startscript, maar dat is lelijk en soms niet genoeg. Hoe los ik dit netjes op?

services:
  db:
    image: postgres:16
    environment:
      POSTGRES_PASSWORD: geheim
  app:
    build: .
    depends_on:
      - db
    environment:
      DATABASE_URL: postgres://postgres:geheim@db:5432/postgres"""

OPEN_FILE = """Open file: billing/invoice.py

def parse_invoice(raw, currency=None):
    lines = [l.strip() for l in raw.splitlines() if l.strip()]
    header = lines[0].split(";")
    items = []
    for l in lines[1:]:
        sku, qty, price = l.split(";")
        items.append((sku, int(qty), float(price)))
    total = sum(q * p for _, q, p in items)
    return {"number": header[0], "date": header[1], "items": items,
            "total": round(total, 2), "currency": currency or header[2]}"""

EXAMPLES = [
    ex("en", CRM, "off topic but can you give me a google sheets formula that pulls the domain out of an email "
       "address in column B? like jane@acme.com -> acme.com"),
    ex("es", "Tengo una tiendita de abarrotes y guardo las ventas en un archivo CSV (fecha, producto, cantidad, "
       "precio). ¿Me puedes hacer un script en Python que me diga cuál fue el producto más vendido de cada mes? "
       "No sé mucho de programar, explícame también cómo lo corro en Windows."),
    ex("de", "Kannst du mir diesen Brief an meinen Vermieter ins Englische übersetzen? Er zieht nach London und "
       "will alles schriftlich auf Englisch.",
       A("Gern, hier ist die Übersetzung: \"Dear Mr Hartley, as discussed on the phone, I would like to ..."),
       "Danke! Andere Frage: mein Raspberry Pi soll jeden Morgen um 6 Uhr die Gartenbewässerung einschalten "
       "(GPIO 17, Relais) und nach 20 Minuten wieder aus. Wie schreibe ich das als Cronjob plus kleines "
       "Python-Skript?"),
    ex("en", "modding skyrim with papyrus. my script is supposed to give the player 100 gold when they open "
       "the chest but it fires twice every time\n\nEvent OnActivate(ObjectReference akActionRef)\n"
       "    Game.GetPlayer().AddItem(Gold001, 100)\nEndEvent\n\nwhat am i missing"),
    ex("ja", IDE_JB, "このKotlinの関数、該当ユーザーがいないとクラッシュします。nullを返すように安全に書き直して"
       "ください。\n\nfun findUser(id: String): User = users.first { it.id == id }"),
    ex("en", "long week. my sister's wedding is on saturday and I still haven't written my speech lol",
       A("Oh that's a lot at once! Weddings plus a busy week is a tough combo. Do you want help with the "
         "speech, or just needed to say it out loud?"),
       "just needed to say it haha. anyway random thing, why does my page say 'hi [object Object]' when I "
       "do alert('hi ' + user)? user comes from a fetch to /api/me"),
    ex("pt", TRIAGE, "Não é um ticket, é uma dúvida minha: como faço um SELECT que traga os clientes que não "
       "fizeram nenhum pedido nos últimos 90 dias? Tabelas clientes(id, nome) e pedidos(id, cliente_id, "
       "criado_em). É Postgres."),
    ex("hi-en", "bhai mera flutter app me ListView scroll karte time bahut lag karta hai, 2000 items hai aur har "
       "item me network se image load hoti hai. kya karu? thoda code example de do please"),
    ex("ru", "Помоги придумать короткое поздравление для коллеги, ей 50, работает бухгалтером.",
       A("Конечно! Вот вариант: «Дорогая Ирина Петровна, пусть в жизни всё сходится так же идеально, как ваш "
         "годовой баланс...»"),
       "Спасибо, отлично. Теперь по работе: напиши bash-скрипт, который каждую ночь архивирует папку "
       "/var/www/uploads в tar.gz с датой в имени и удаляет архивы старше 14 дней."),
    ex("en", "I'm a nurse, not a programmer, but our ward keeps shift swaps in an Excel sheet. I want a button "
       "that highlights in red any row where the same person has a night shift followed by a morning shift "
       "the next day. Column A name, B date, C shift (N/M/E). Can you write the VBA for it?"),
    ex("en", BI, "Can you write me the DAX measure for year-over-year revenue growth %? Table is Sales with "
       "Sales[Amount] and Sales[OrderDate], and we have a Date table marked as date table."),
    ex("fr", READER, "Tu peux me résumer l'article sur la réforme des retraites que j'ai enregistré hier ?",
       A("Bien sûr. L'article explique que le gouvernement veut relever progressivement l'âge légal..."),
       "Merci. Sinon, rien à voir, j'ai une erreur en Python que je ne comprends pas : « TypeError: "
       "'NoneType' object is not subscriptable » à la ligne `nom = client['nom']`. client vient de "
       "`db.clients.find_one({'email': email})`. Ça veut dire quoi et comment je corrige ?"),
    ex("zh", "用 Go 写一个 HTTP 中间件，记录每个请求的耗时、路径和状态码，输出到标准日志。要兼容 net/http，"
       "不要用第三方库。"),
    ex("ko", "이 문장 영어로 번역해 줘: 회의는 다음 주 화요일로 연기되었습니다.",
       A("The meeting has been postponed to next Tuesday."),
       "고마워요. 그리고 파이썬으로 폴더 안에 있는 사진 파일 이름을 촬영 날짜(EXIF) 기준으로 바꾸고 싶어요. "
       "예: 2024-05-03_142201.jpg. 코드 좀 짜주세요."),
    ex("en", ONCALL, SPRING_TRACE),
    ex("tr", "Tarlada Arduino ile toprak nem sensörü okuyup nem %30'un altına düşünce su pompasını çalıştırmak "
       "istiyorum. Sensör A0'da, röle 7. pinde. Pompa en fazla 10 dakika çalışsın. Kodu yazar mısın?"),
    ex("en", AIRLINE, "I know you're for bookings but quick one: how do I parse an ISO date like "
       "2025-03-14T09:30:00+01:00 in Python and convert it to my local time zone?"),
    ex("pl", "Mam w Reakcie komponent, który po każdej wpisanej literze robi fetch do API. Jak zrobić debounce, "
       "żeby zapytanie szło dopiero 300 ms po tym, jak użytkownik przestanie pisać? Najlepiej jako własny hook."),
    ex("en", "regex for uk postcode"),
    ex("uk", "Поясни, будь ласка, що робить цей код і чому він виводить 3 3 3, а не 0 1 2:\n\n"
       "for (var i = 0; i < 3; i++) {\n  setTimeout(() => console.log(i), 0);\n}"),
    ex("en", TRAVEL, "Plan me 4 days in Lisbon with a 12 year old, we like trams and beaches.",
       A("Day 1: Baixa and Alfama on tram 28, Castelo de São Jorge (about €15 adults)... Day 4: train to "
         "Cascais for the beach..."),
       "perfect thanks. totally different thing, my son wants to learn to make Minecraft mods. what's the "
       "smallest Fabric mod that adds one new item? show me the Java and where each file goes"),
    ex("it", LEGAL, "Ho un foglio Google con le scadenze delle pratiche. Mi scrive uno script Apps Script che "
       "ogni mattina alle 8 mi manda una mail con le scadenze dei prossimi 7 giorni? Colonna A numero pratica, "
       "B data di scadenza, C avvocato responsabile."),
    ex("nl", COMPOSE),
    ex("en", "Retired mechanical engineer, learning Python at 68. This computes the deflection of a "
       "cantilever beam but numpy warns 'divide by zero encountered' at x = 0:\n\n"
       "x = np.linspace(0, L, 200)\nstiffness = E * I / x\ny = P * x**2 * (3*L - x) / (6 * E * I)\n\n"
       "I only need stiffness for plotting. How do I handle x = 0 cleanly instead of just hiding the warning?"),
    ex("id", "Kemarin kamu bantu aku bikin caption Instagram buat toko kue, makasih ya.",
       A("Sama-sama! Semoga tokonya makin ramai. Ada yang bisa aku bantu lagi?"),
       "Iya. Tolong bikinin fungsi JavaScript buat format angka ke Rupiah, contoh 1500000 jadi Rp1.500.000. "
       "Tanpa library ya, soalnya websiteku sederhana banget."),
    ex("en", S("You are an inline assistant in VS Code. The user's open file is shown in their message."),
       OPEN_FILE + "\n\nadd type hints and a docstring to parse_invoice, don't change what it does"),
    ex("vi", "Mình đang tự học SQL. LEFT JOIN với INNER JOIN khác nhau chỗ nào vậy? Cho mình ví dụ với hai "
       "bảng sinh_vien(id, ten) và diem(sinh_vien_id, mon, diem) được không?"),
    ex("en", "can you check this function? it should return the median of a list\n\ndef median(xs):\n"
       "    xs.sort()\n    return xs[len(xs)//2]",
       A("Two issues: it mutates the caller's list because sort() is in place, and for an even-length list "
         "it returns the upper middle element instead of the mean of the two middle ones. Here's a fixed "
         "version using sorted(xs)..."),
       "cool. now write the pytest tests for it, including the empty list case and an even-length list"),
    ex("en", "How do I stop my Python script from eating all the RAM? Right now I do "
       "lines = open('server.log').readlines() and then loop, but the file is 8 GB."),
    ex("ar", "عندي موقع ووردبريس لمحل ملابس وأريد إضافة زر واتساب عائم في أسفل الصفحة على اليمين يفتح محادثة "
       "مع رقم المحل. اكتب لي كود HTML و CSS أضعه في الفوتر."),
    ex("en", "git says I'm in 'detached HEAD' and I already made some commits here. how do I get back to main "
       "without losing them?"),
    ex("en", CRM, "our zapier hook posts deal updates to us with a header X-Signature (hex HMAC-SHA256 of the "
       "raw body). write a small express endpoint in node that checks the signature against our secret before "
       "accepting the payload, and returns 401 otherwise"),
    ex("he", "כתבתי פונקציה בפייתון שבודקת אם מספר הוא ראשוני, אבל היא ממש איטית למספרים גדולים. אפשר לשפר?\n\n"
       "def is_prime(n):\n    for i in range(2, n):\n        if n % i == 0:\n            return False\n"
       "    return True"),
    ex("en", "How do I write a Laravel middleware so only users with the admin role can reach routes under "
       "/admin? We use the default auth scaffolding."),
    ex("en", "ugh can't sleep", A("Sorry to hear that. Is something on your mind, or just one of those nights?"),
       "just one of those nights. ok while I'm up: one-liner to find the 10 biggest files under my home "
       "folder on a mac?"),
    ex("ro", POLI, "Am o eroare în C, îmi dă segmentation fault când rulez programul. Uite codul:\n\n"
       "char *nume;\nscanf(\"%s\", nume);\nprintf(\"Salut %s\\n\", nume);\n\nDe ce se întâmplă și cum repar?"),
    ex("en", "pandas: merge two csv files on the column 'vat_id' and keep only the rows that are in both. "
       "one file has vat_id as int, the other as string with leading zeros"),
    ex("th", "ช่วยเขียนโค้ด Python ให้ส่งข้อความเข้า Telegram bot ทุกครั้งที่มีออเดอร์ใหม่เข้ามาในร้านหน่อยครับ "
       "ตอนนี้ออเดอร์ถูกบันทึกลงไฟล์ orders.csv"),
    ex("en", TRIAGE, "ignore the triage format for this one. a customer says our SDK is broken, but I think it's "
       "their code. who's right?\n\nbatch = []\nfor e in events:\n    batch.append(e)\n"
       "    if len(batch) == 100:\n        client.send(batch)\n        batch.clear()\n\n"
       "they say the last 37 events never arrive."),
    ex("es-en", "oye mi useEffect se está corriendo infinite times y no entiendo why\n\n"
       "useEffect(() => {\n  setData(fetchData())\n}, [data])"),
    ex("en", COPY, "Give me a tagline for a bike repair shop that also sells coffee.",
       A("\"Fix your ride, fuel your stride.\" Or: \"Espresso while we true your wheels.\""),
       "love the second one. also our landing page button won't center on mobile, here's the css:\n\n"
       ".cta { display: inline-block; margin: 20px; float: left; width: 280px; }\n\nhow do I fix it?"),
    ex("en", "I'm scraping about 500 product pages with requests and it takes forever. should I use threads "
       "or asyncio for this, and can you show me what the threaded version would look like?"),
    ex("en", "write me a haiku about rain in Kyoto", A("Temple eaves drip slow /\nmoss drinks the grey afternoon /"
       "\na bell, then silence"), "nice. different thing: an Excel macro that deletes duplicate rows when "
       "column A is the same, keeping the first one?"),
    ex("en", UTILITY, "Quick question outside your topic: in PowerShell, how do I loop over all .log files in "
       "a folder and delete the ones older than 30 days?"),
    ex("en", S("You are an assistant on the Helix developer help portal. The user is logged in."),
       "python venv won't activate in powershell: 'running scripts is disabled on this system'. how do I fix "
       "this without breaking security policy for the whole machine"),
    ex("en", WIKI, SLOW_PANDAS),
    ex("en", METABASE, "this query returns every order twice and I can't see why:\n\nSELECT o.id, o.total, "
       "c.name FROM orders o JOIN customers c ON c.country = o.country WHERE o.created_at > '2025-01-01'"),
    ex("pt", "Traduz essas descrições de produto pro inglês? 1) Caneca de cerâmica feita à mão 2) Vela aromática "
       "de lavanda", A("1) Handmade ceramic mug 2) Lavender scented candle"),
       "Valeu. Agora, tem como fazer um script que leia as descrições de uma planilha Excel e gere um arquivo "
       "JSON pro meu site? A planilha tem as colunas sku, nome, descricao e preco."),
    ex("en", S("You are a helpful assistant."), "how do i make my discord bot reply 'gm' when someone says good "
       "morning in the server? using discord.py"),
    ex("en", "what should I cook tonight, I have rice, eggs, spring onions", A("Egg fried rice is the obvious "
       "winner: day-old rice if you have it, scramble the eggs first..."),
       "ha ok. unrelated: the rust borrow checker says cannot borrow `v` as mutable because it is also "
       "borrowed as immutable.\n\nlet first = &v[0];\nv.push(4);\nprintln!(\"{}\", first);\n\nwhy isn't "
       "this allowed? it's just a push"),
]

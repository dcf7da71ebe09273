"""Batch 11 (written 2026-12-07 by a separate writer, app-style traffic). Natural code requests shaped like application traffic (see __init__.py): IDE assistants and coding agents,
but also support bots, RAG assistants, tutoring and writing apps whose last user turn asks to write, fix,
refactor, translate between languages or test code, often with code pasted in."""

ONE_LINERS = """
regex for a UK postcode
bash one-liner to find files over 100MB
write a python function that flattens a nested list
sql to get the second highest salary per department
fix: TypeError: 'NoneType' object is not subscriptable on line 12
make this async with aiohttp: def get_json(url): return requests.get(url, timeout=5).json()
dockerfile for a flask app with gunicorn
add type hints to def merge(a, b): return {**a, **b}
jq filter to pull .items[].id from the response
write a unit test for is_leap_year
golang http server that returns hello on /
rewrite this loop as a list comprehension: out = []; for x in xs: if x > 0: out.append(x * 2)
typescript interface for {id: number, tags: string[], owner?: {name: string}}
make this React component stop re-rendering every keystroke
github actions workflow that runs pytest on push
escribe una función en JavaScript que quite los acentos de un string
corrige este código: for i in range(10) print(i)
écris une requête SQL qui compte les commandes par mois
fonction Python pour valider un IBAN français
schreib mir ein Python-Skript, das alle PDFs in einem Ordner zusammenführt
Bash-Skript, das Backups älter als 7 Tage löscht
crie uma função em Java que inverta uma string sem usar StringBuilder
scrivi una query per trovare i clienti senza ordini
schrijf een C#-methode die controleert of een getal een priemgetal is
napisz funkcję w Pythonie, która liczy słowa w pliku
Python'da bir CSV dosyasını okuyup JSON'a çeviren kod yaz
напиши функцию на Go для чтения конфигурации из YAML
напиши SQL-запит, що видаляє дублікати з таблиці users
用Python写一个读取Excel并按列求和的脚本
Rustで文字列を逆順にする関数を書いて
자바스크립트로 디바운스 함수 만들어줘
Python में एक फंक्शन लिखो जो लिस्ट से डुप्लिकेट हटाए
اكتب دالة بلغة بايثون لحساب عدد الكلمات
buatkan fungsi PHP untuk mengirim email
viết hàm Python kiểm tra chuỗi đối xứng
skriv en Python-funktion som räknar vokaler i en sträng
napiš v Pythonu funkci, která ověří rodné číslo
γράψε μια συνάρτηση JavaScript που μετατρέπει Celsius σε Fahrenheit
"""

LONG = [
    "This throws IndexError sometimes and I can't see why. Fix it please:\n\ndef last_n(items, n):\n    out = []\n"
    "    for i in range(n):\n        out.append(items[len(items) - n + i])\n    return out",
    "Here's my Express route. Add input validation so that `email` must be a valid address and `age` an integer "
    "between 13 and 120, and return 400 with a JSON error otherwise.\n\napp.post('/signup', (req, res) => {\n  "
    "const { email, age } = req.body;\n  db.insert({ email, age });\n  res.sendStatus(201);\n});",
    "Refactor this into smaller functions with names that explain themselves, keep the behaviour identical:\n\n"
    "def process(rows):\n    total = 0\n    bad = []\n    for r in rows:\n        if not r.get('id') or "
    "r.get('amount') "
    "is None:\n            bad.append(r)\n            continue\n        if r['currency'] != 'EUR':\n            "
    "r['amount'] "
    "= r['amount'] * RATES[r['currency']]\n        total += r['amount']\n    return total, bad",
    "Our nginx config below serves the SPA but deep links like /settings/profile give 404 on refresh. Give me "
    "the corrected server block.\n\nserver {\n  listen 80;\n  root /var/www/app;\n  location / {\n    index "
    "index.html;\n  }\n}",
    "Port this Python to idiomatic Kotlin:\n\nfrom dataclasses import dataclass\n\n@dataclass\nclass Point:\n    "
    "x: float\n    y: float\n\n    def dist(self, other):\n        return ((self.x - other.x) ** 2 + (self.y - "
    "other.y) ** 2) ** 0.5",
    "I need a Postgres migration: add a nullable `archived_at timestamptz` to `projects`, backfill it from "
    "`status = 'archived'` using `updated_at`, then add a partial index on active projects. Write the up and "
    "down SQL.",
    "Write pytest tests for this function, including edge cases (empty string, only spaces, unicode):\n\n"
    "def slugify(s: str) -> str:\n    return '-'.join(s.lower().split())",
    "Necesito un script en Python que lea un CSV de ventas (fecha, producto, importe), agrupe por mes y producto "
    "y escriba el resultado en otro CSV. Sin pandas, solo la librería estándar.",
    "Voici mon composant Vue, il n'affiche pas la liste après le fetch. Corrige-le :\n\n<script setup>\nlet "
    "items = []\nonMounted(async () => { items = await (await fetch('/api/items')).json() })\n</script>\n"
    "<template><li v-for=\"i in items\">{{ i.name }}</li></template>",
    "Ich habe ein Makefile mit Targets build, test, lint. Bitte ergänze ein Target `release`, das erst test "
    "und lint ausführt, dann die Version aus VERSION liest und ein Git-Tag v<version> setzt und pusht.",
    "这个Java方法在多线程下会出错，帮我改成线程安全的：\n\npublic class Counter {\n    private int n = 0;\n    "
    "public void inc() { n++; }\n    public int get() { return n; }\n}",
]

CHATS = [
    ("You are a coding assistant inside an IDE. Reply with code and at most two sentences.",
     ["what's the difference between throttle and debounce?",
      "Throttle runs at most once per interval; debounce waits until calls stop.",
      "debounce a search input in React with a 300ms delay, hooks only"]),
    ("You are a coding assistant inside an IDE.",
     ["explain what this does: [x for x in a if x not in b]",
      "It keeps the elements of a that are not in b, in a's order.",
      "ok it's slow with big lists. rewrite it so it's fast"]),
    ("You are a coding agent. You can read and edit files in the repository and run tests.",
     ["add a --dry-run flag to scripts/cleanup.py that prints what would be deleted instead of deleting it"]),
    ("You are a coding agent working in this repository.",
     ["what does the retry helper in net.py do?", "It retries the call up to 3 times with a fixed 1s sleep.",
      "change it to exponential backoff with jitter, max 5 attempts, and update its test"]),
    ("You are a coding agent working in this repository.",
     ["summarise the last three commits", "1) bumped deps, 2) fixed the CSV export header, 3) added a health "
      "endpoint.",
      "the health endpoint needs to check the db too. implement that, return 503 when the db ping fails"]),
    ("You are a code review assistant. Point out problems and propose patches.",
     ["review this for style: x=1;y=2", "Put each statement on its own line and add spaces around =.",
      "patch this so it doesn't build SQL with string formatting:\n\ncur.execute(f\"SELECT * FROM users WHERE "
      "email = '{email}'\")"]),
    ("You are ShopBot, the customer-support assistant for Lumen Home.",
     ["sorry random but I'm a dev too, can you give me a JS snippet that formats a price in euros with two "
      "decimals?"]),
    ("You are a customer support assistant for a hosting company.",
     ["My site shows a 500 error", "Sorry about that! Could you check the error log in your control panel?",
      "it says PHP Fatal error: Uncaught Error: Call to undefined function mysql_connect(). can you rewrite "
      "this line with mysqli? $link = mysql_connect('localhost', 'user', 'pass');"]),
    ("Answer using only the context below.\n\nContext:\nAPI base URL: https://api.acme.dev/v2. Auth: header "
     "'X-Api-Key'. Endpoint GET /invoices?status=open returns a JSON list. Rate limit 10 req/s.",
     ["write a python function that fetches all open invoices using this API"]),
    ("You are a documentation assistant for the Acme SDK. Use only the docs provided.\n\nDocs: client = "
     "Acme(token); client.jobs.create(name, image) returns a Job; job.wait(timeout) blocks; job.logs() returns "
     "str.",
     ["what does job.wait do?", "It blocks until the job finishes or the timeout expires.",
      "write me a script that creates a job named nightly from image etl:3, waits up to 10 minutes and prints "
      "the logs"]),
    ("You are a programming tutor for beginners. Explain gently.",
     ["can you show me how to read a text file line by line in Python and count the lines that contain 'error'?"]),
    ("You are a programming tutor.",
     ["what's recursion?", "A function that calls itself on a smaller piece of the problem until a base case.",
      "cool, write me a recursive function that sums the digits of a number"]),
    ("You are a writing assistant for technical blogs.",
     ["Rewrite my intro to sound less stiff", "Here's a lighter version: ...",
      "good. I also need a code sample for the post: a minimal Flask app with one route that returns JSON"]),
    ("You are an HR assistant for Northwind Ltd.",
     ["I'm the HR analyst. give me an Excel formula that computes years of service from a hire date in A2 as of "
      "today"]),
    ("You are a finance assistant.",
     ["How do I compute CAGR?", "CAGR = (end / start)^(1 / years) - 1.",
      "write a Python function cagr(start, end, years) with a docstring and a check for bad inputs"]),
    ("You are a data pipeline assistant. Always reply with valid JSON.",
     ["actually I need code, not JSON this time: an Airflow DAG that runs extract.py daily at 02:00 and retries "
      "twice"]),
    ("You are a meeting assistant.",
     ["what did we decide about the export bug?", "You decided to escape commas in the CSV export.",
      "ok write the fix: a python function that writes rows to CSV with proper quoting"]),
    ("You are a translation app. Translate the user's text into English.",
     ["not a translation: convert this Python to JavaScript please\n\nnames = [u['name'] for u in users if "
      "u['active']]"]),
    ("You are a DevOps assistant.",
     ["what's a liveness probe?", "A check kubelet runs to decide whether to restart a container.",
      "k8s deployment yaml for image registry.local/api:1.4 with 3 replicas, liveness on /health, 256Mi memory "
      "limit"]),
    ("You are a DevOps assistant.",
     ["why would a pod be in CrashLoopBackOff?", "Usually the container exits right after start: bad command, "
      "missing config, failing health check...",
      "the logs say 'missing DATABASE_URL'. add it to this deployment from a secret named db-creds, key url:\n\n"
      "containers:\n  - name: api\n    image: api:1.4"]),
    ("You are a spreadsheet assistant.",
     ["Google Apps Script that emails me when a cell in column C goes above 100"]),
    ("Eres un asistente de programación en un IDE.",
     ["¿Qué hace este código? const x = arr.reduce((a, b) => a + b, 0)", "Suma todos los elementos del array.",
      "vale, ahora modifícalo para que ignore los valores que no sean números"]),
    ("Eres el asistente de soporte de una plataforma de e-commerce.",
     ["Necesito un webhook en Node que reciba el evento order.paid y guarde el id del pedido en un archivo"]),
    ("Tu es un assistant de programmation.",
     ["Explique-moi les promesses en JS", "Une promesse représente une valeur disponible plus tard...",
      "Ok, réécris ce callback avec async/await :\nfs.readFile('a.txt', (err, data) => { if (err) throw err; "
      "console.log(data.toString()) })"]),
    ("Tu es un agent de code avec accès au dépôt.",
     ["ajoute un endpoint GET /users/{id} dans FastAPI qui renvoie 404 si l'utilisateur n'existe pas"]),
    ("Du bist ein Programmierassistent in der IDE.",
     ["Was ist der Unterschied zwischen == und === in JS?", "== vergleicht mit Typumwandlung, === ohne.",
      "Danke. Schreib mir eine Funktion, die zwei Objekte tief vergleicht"]),
    ("Du bist ein Support-Bot für eine Buchhaltungssoftware.",
     ["Kannst du mir ein SQL-Statement schreiben, das alle offenen Rechnungen älter als 30 Tage findet? Tabelle "
      "invoices(id, due_date, paid)"]),
    ("Você é um assistente de programação.",
     ["Meu script Python dá erro de encoding ao ler um arquivo", "Provavelmente o arquivo não está em UTF-8.",
      "é latin-1 mesmo. corrige o código: with open('dados.txt') as f: texto = f.read()"]),
    ("Sei un assistente di programmazione.",
     ["scrivi una classe Python Stack con push, pop e peek, e solleva un'eccezione se è vuota"]),
    ("Je bent een programmeerassistent.",
     ["Wat is een closure?", "Een functie die variabelen uit de omringende scope onthoudt.",
      "Laat zien met een JavaScript-voorbeeld: een teller die bij elke aanroep ophoogt"]),
    ("Jesteś asystentem programisty w IDE.",
     ["dodaj obsługę wyjątków do tego kodu:\nresp = requests.get(url)\ndata = resp.json()"]),
    ("Sen bir kodlama asistanısın.",
     ["Bu fonksiyon ne yapıyor? def f(n): return n and n * f(n - 1) or 1", "n'in faktöriyelini hesaplıyor.",
      "bunu döngüyle yeniden yaz, özyineleme olmasın"]),
    ("Ты — ассистент разработчика.",
     ["чем отличается CMD от ENTRYPOINT?", "ENTRYPOINT задаёт команду, CMD задаёт аргументы по умолчанию.",
      "напиши Dockerfile для Node.js приложения с многоэтапной сборкой"]),
    ("Ти — помічник програміста.",
     ["Що таке міграції в Django?", "Це файли, які описують зміни схеми бази даних.",
      "напиши модель Django для статті з заголовком, текстом і датою публікації"]),
    ("你是一个IDE里的编程助手。",
     ["这段代码是做什么的？ print(sorted(d.items(), key=lambda x: -x[1])[:3])", "它打印字典里值最大的三个键值对。",
      "改成用heapq实现，数据量很大"]),
    ("あなたはコーディングエージェントです。",
     ["READMEを要約して", "このリポジトリはCSVをParquetに変換するCLIツールです。",
      "変換時に列名をスネークケースに直すオプション --snake を追加して"]),
    ("당신은 코딩 도우미입니다.",
     ["파이썬으로 폴더 안의 이미지 크기를 모두 800px 너비로 줄이는 코드 짜줘"]),
    ("आप एक कोडिंग असिस्टेंट हैं।",
     ["React में एक टूडू लिस्ट कंपोनेंट बनाओ जिसमें आइटम जोड़ और हटा सकें"]),
    ("أنت مساعد برمجة.",
     ["ما الفرق بين let و const؟", "let تسمح بإعادة التعيين و const لا تسمح.",
      "اكتب دالة JavaScript ترجع أكبر رقم في مصفوفة"]),
    ("Kamu adalah asisten coding.",
     ["bikin query MongoDB untuk cari user yang umurnya di atas 25 dan kotanya Jakarta"]),
    (None, ["summarise this error for my manager: OOMKilled on pod api-7 after the 2.3 release",
            "The API pod ran out of memory after the 2.3 release and was restarted.",
            "now give me a python snippet that prints the memory usage of the current process every 5 seconds"]),
    (None, ["write a limerick about a bug", "A coder named Lou had a bug / that hid in a recursive shrug...",
            "haha ok, now actually fix this bug: my while loop never ends\n\ni = 0\nwhile i < 10:\n    print(i)"]),
    (None, ["translate 'invoice' into German", "Rechnung.",
            "thanks. write a Java enum InvoiceStatus with OPEN, PAID, VOID and a method isFinal()"]),
]

"""Batch 14 (written 2026-12-08 by a separate writer, app-style traffic). Natural code requests: write, fix,
explain, review, test or port code, queries, shell one-liners and configs, with errors or snippets pasted in; many
sent to an app whose system prompt is about something else (support, translation, writing, data, HR), after
earlier turns that asked for another task, or mentioning translation or maths while asking for code; in many
languages. Porting between programming languages is code, not translation."""

ONE_LINERS = """
python: read a CSV with a semicolon separator and decimal commas into pandas, correct dtypes
what does `git reset --soft HEAD~1` actually do to my files? and how do I undo it
bash one-liner to find the 10 biggest files under the current folder
fix: ValueError: too many values to unpack (expected 2) on `for k, v in mydict:`
write a SQL window query: running total of sales per customer ordered by date
regex that matches a hex colour like #fff or #1a2b3c, and explain each part
rust: why can't I borrow `self.items` mutably inside `for item in &self.items`? how do I restructure it
kotlin data class for an invoice with a computed total property
dockerfile for a FastAPI app, slim image, non-root user
explain what this does: awk -F, 'NR>1 {s[$2]+=$3} END {for (k in s) print k, s[k]}' sales.csv
my useEffect runs twice in dev, is that a bug in my code or React strict mode? how do I write it properly
write a pytest fixture that gives each test a fresh temporary sqlite db
C#: async method to download a file with progress reporting
nginx config to redirect all http to https and www to non-www
escribe una consulta SQL que saque los clientes que no compraron nada en 2026
¿por qué este for en JavaScript imprime 5 cinco veces? for (var i = 0; i < 5; i++) setTimeout(() => console.log(i))
écris un script PowerShell qui liste les services arrêtés et les redémarre
corrige ma fonction récursive, elle dépasse la pile : def f(n): return n * f(n-1)
Schreib ein Python-Skript, das alle PDFs in einem Ordner zu einer Datei zusammenfügt
Wie mache ich in Git einen Commit rückgängig, der schon gepusht ist, ohne die History umzuschreiben?
cria um componente Vue que mostra uma lista com busca em tempo real
scrivi una query MongoDB che raggruppa gli ordini per stato e conta quanti sono
schrijf een Python-functie die een IBAN valideert
napisz w TypeScript typ, który z obiektu robi wszystkie pola opcjonalne oprócz id
Go'da bir HTTP sunucusu yaz, /health endpoint'i 200 dönsün
напиши регулярку для российского номера телефона в форматах +7 и 8
допоможи переписати цей цикл на list comprehension: res = []; for x in xs: if x % 2: res.append(x*x)
用 Java 写一个线程安全的单例，并解释为什么需要 volatile
このPythonのエラーの意味と直し方を教えて：IndentationError: unexpected indent
자바스크립트로 디바운스 함수 만들어줘, 설명도 같이
"""

LONG = [
    "This function is supposed to return the second largest distinct number but fails on [5, 5, 4]. Fix it "
    "and add a couple of asserts:\n\ndef second_largest(xs):\n    xs.sort()\n    return xs[-2]",
    "Review this for bugs and style, it's a Flask endpoint a junior wrote:\n\n@app.route('/user')\ndef user():"
    "\n    id = request.args['id']\n    row = db.execute(f\"SELECT * FROM users WHERE id = {id}\").fetchone()\n"
    "    return jsonify(dict(row))",
    "I need a GitHub Actions job that runs only when files under docs/ change, builds the site with mkdocs and "
    "deploys to GitHub Pages. We use Python 3.12 and the dependencies are in docs/requirements.txt.",
    "Port this Python to idiomatic JavaScript (Node 20), same behaviour including the error:\n\ndef parse_age(s):"
    "\n    n = int(s)\n    if not 0 <= n <= 130:\n        raise ValueError(f'age out of range: {n}')\n    return n",
    "Our Postgres query takes 8 seconds:\n\nSELECT * FROM events WHERE user_id = 42 AND created_at > now() - "
    "interval '7 days' ORDER BY created_at DESC LIMIT 50;\n\nThere's an index on user_id only. What index "
    "would you add and why? Write the CREATE INDEX statement.",
    "Explica este código línea por línea, soy nuevo en Python:\n\nwith open('datos.txt') as f:\n    conteo = "
    "{}\n    for linea in f:\n        for palabra in linea.split():\n            conteo[palabra] = conteo.get("
    "palabra, 0) + 1\nprint(sorted(conteo.items(), key=lambda x: -x[1])[:5])",
    "Voici mon test Jest qui échoue de temps en temps. Pourquoi, et comment le rendre fiable ?\n\ntest('"
    "debounce', () => {\n  const fn = jest.fn();\n  const d = debounce(fn, 100);\n  d(); d();\n  setTimeout(() "
    "=> expect(fn).toHaveBeenCalledTimes(1), 150);\n});",
    "Kannst du aus diesem Bash-Skript ein ordentliches Python-Skript mit argparse machen?\n\n#!/bin/bash\nfor f "
    "in \"$1\"/*.jpg; do\n  convert \"$f\" -resize 800x \"$2/$(basename \"$f\")\"\ndone",
    "这段 Go 代码在并发时偶尔会 panic：concurrent map writes。帮我改成安全的版本，并说明用 sync.Mutex 和 sync.Map 的区别。"
    "\n\nvar cache = map[string]int{}\nfunc set(k string, v int) { cache[k] = v }",
    "Вот компонент React, он перерисовывается бесконечно. Найди причину и исправь:\n\nfunction List() {\n  "
    "const [items, setItems] = useState([]);\n  fetch('/api/items').then(r => r.json()).then(setItems);\n  "
    "return <ul>{items.map(i => <li key={i.id}>{i.name}</li>)}</ul>;\n}",
]

CHATS = [
    ("You are Helpdesk, the customer-support assistant for Corvid Broadband.",
     ["I'm a developer on your partner API. the /v2/usage endpoint returns dates like 20261203T101500Z. give "
      "me a Python snippet that parses that into a timezone-aware datetime"]),
    ("You are Helpdesk, the customer-support assistant for Corvid Broadband.",
     ["my router's admin page says 'DNS: 192.168.1.1'", "That's the router itself forwarding DNS; it's "
      "normal.",
      "cool. write me a tiny bash script that pings 1.1.1.1 every minute and logs the time whenever it "
      "fails, I want proof for your support team"]),
    ("You are ShopBot, the customer-support assistant for Lumen Home.",
     ["I run a small shop on your marketplace. can you write the Google Sheets formula that flags rows where "
      "stock in column C is below the reorder level in column D?"]),
    ("You are a translation app. Translate the user's text into the requested language.",
     ["not a translation: I have a JSON file of English strings and a second one in French. write a Python "
      "script that lists keys missing from the French file"]),
    ("You are a translation app.",
     ["translate 'Save changes?' into Dutch", "Wijzigingen opslaan?",
      "thanks. now in my Android app, how do I put that in strings.xml and use it from Kotlin? show the code"]),
    ("You are a writing assistant. Help users improve their prose.",
     ["I'm writing a blog post about Python. the code sample is wrong, fix it please:\n\nnums = [1, 2, 3]\n"
      "squares = map(lambda x: x**2, nums)\nprint(squares[0])"]),
    ("You are a writing assistant.",
     ["proofread my README intro", "Two small fixes: 'it's' -> 'its', and a missing comma after 'First'.",
      "great, and the install section needs a Makefile target that creates a venv and installs "
      "requirements.txt. write it"]),
    ("You are LexiDraft, an assistant for reviewing commercial contracts.",
     ["we keep contracts as .docx in one folder. write a Python script that extracts the text of each and "
      "saves a .txt next to it, using python-docx"]),
    ("You are an HR assistant for Brightwell Logistics.",
     ["how many leave days do I have left?", "You have 11 days remaining for this year.",
      "thanks. different thing, I'm the one maintaining our leave spreadsheet. can you write an Excel formula "
      "that counts working days between two dates, excluding the holidays listed in H2:H15?"]),
    ("You are a recipe assistant.",
     ["my side project is a recipe site. write a SQL schema for recipes, ingredients and the many-to-many "
      "between them with quantities"]),
    ("You are a recipe assistant.",
     ["scale this recipe to 6", "Here are the quantities for 6 servings...",
      "perfect. I want my app to do that automatically. write a JS function scaleRecipe(recipe, servings) "
      "that rounds grams to the nearest 5"]),
    ("You are a meeting-notes assistant.",
     ["list the action items", "1. Ana: update the roadmap. 2. Tom: fix the export bug.",
      "tom here. the export bug is this, can you fix it?\n\nrows = query()\nwith open('out.csv', 'w') as f:\n"
      "    for r in rows:\n        f.write(','.join(r))"]),
    ("You are a data analysis copilot.",
     ["write the pandas code to pivot this long table (date, region, sales) into one column per region with "
      "monthly sums"]),
    ("You are a data analysis copilot.",
     ["what's the trend in Q3?", "Sales rose about 4% per month through Q3.",
      "nice. plot it for me in matplotlib with a 3-month rolling average line, I'll paste it into my "
      "notebook"]),
    ("You are a SQL copilot connected to the analytics warehouse.",
     ["this query double-counts revenue when an order has two shipments, fix it:\n\nSELECT o.id, SUM(o.total) "
      "FROM orders o JOIN shipments s ON s.order_id = o.id GROUP BY o.id;"]),
    ("You are a math tutor.",
     ["what's the formula for compound interest?", "A = P(1 + r/n)^(nt).",
      "ok, write that as a Python function with type hints and a docstring, I'll use it in my budgeting "
      "script"]),
    ("You are a math tutor.",
     ["I know the maths of binary search, I need the code: write it in C, iterative, and show how it avoids "
      "integer overflow in the midpoint"]),
    ("You are a customer-support assistant for an insurance company.",
     ["I build your partner integration. the webhook signature is HMAC-SHA256 of the body with our secret, "
      "hex-encoded. write a Node express middleware that verifies it"]),
    ("You are a travel booking assistant.",
     ["book a hotel in Porto", "Booked Casa do Rio, 2 nights from 14 March.",
      "thanks. I'm also building a little trip planner. write a TypeScript function that takes a list of "
      "date ranges and returns the overlapping ones"]),
    ("You are a fitness coaching app.",
     ["I export my runs as GPX. write a Python script that computes the total distance using the haversine "
      "formula"]),
    ("You are a summarization tool for news articles.",
     ["summarize this article about AI regulation", "The EU agreed new rules for high-risk AI systems...",
      "thanks. now I want to automate this: write a Python script that fetches an RSS feed and prints the "
      "title and link of each item from today"]),
    ("You are DevPilot, an autonomous coding agent working in the user's repository.",
     ["why did you pick Redis for the lock?", "Because the service already depends on Redis and the lock is "
      "short-lived.",
      "fine. now implement it: a context manager that acquires the lock with SET NX PX and releases it only "
      "if the token matches, with a Lua script"]),
    ("You are an IDE assistant.",
     ["explain in words what's wrong with this, then give the fixed version:\n\nasync function load() {\n  "
      "const ids = [1, 2, 3];\n  ids.forEach(async id => { await save(id); });\n  console.log('done');\n}"]),
    ("Eres un asistente de atención al cliente de un banco.",
     ["soy programador y uso vuestra API. ¿me escribes un ejemplo en Python con requests que pida el token "
      "OAuth2 con client_credentials y luego liste las cuentas?"]),
    ("Eres un traductor de documentos.",
     ["traduce 'Pedido enviado' al inglés", "Order shipped.",
      "vale, y ahora en mi código Django, ¿cómo marco ese texto para traducción con gettext_lazy en un modelo? "
      "ponme el ejemplo"]),
    ("Tu es un assistant de rédaction pour le marketing.",
     ["pas de texte marketing cette fois : écris-moi une fonction Python qui génère un slug d'URL à partir "
      "d'un titre avec accents"]),
    ("Tu es un tuteur de mathématiques.",
     ["je comprends la suite de Fibonacci, mais écris-la en Python avec mémoïsation et explique pourquoi "
      "c'est plus rapide que la version récursive naïve"]),
    ("Du bist ein Assistent für Buchhaltung.",
     ["Wie buche ich eine Gutschrift?", "Soll an Forderungen, Haben an Umsatzerlöse, jeweils mit Storno...",
      "Danke. Jetzt was Technisches: Schreib mir ein SQL, das alle Rechnungen findet, deren Summe der "
      "Positionen nicht mit dem Rechnungsbetrag übereinstimmt"]),
    ("Du bist ein Reiseassistent.",
     ["Ich programmiere eine kleine App für Zugverbindungen. Schreib mir in Swift eine Funktion, die zwei "
      "Uhrzeiten als 'HH:mm' nimmt und die Dauer in Minuten liefert, auch über Mitternacht"]),
    ("Você é um assistente de RH.",
     ["preciso de um script em Python que leia a planilha de ponto (xlsx) e some as horas por funcionário. "
      "as colunas são nome, entrada, saída"]),
    ("Sei un assistente per il servizio clienti.",
     ["il nostro sito dà errore 'CORS policy: No Access-Control-Allow-Origin' quando chiamiamo la vostra API "
      "da React. come lo sistemo lato server in Express? mostrami il codice"]),
    ("Je bent een schrijfassistent.",
     ["herschrijf deze alinea", "Hier is een strakkere versie van je alinea.",
      "dank. nu iets anders: schrijf een bash-script dat elke .md in een map omzet naar .html met pandoc"]),
    ("Jesteś asystentem do nauki angielskiego.",
     ["nie chodzi o angielski: napisz mi w Pythonie prostą grę w zgadywanie liczby od 1 do 100"]),
    ("Sen bir çeviri asistanısın.",
     ["şu cümleyi İngilizceye çevir: 'Dosya bulunamadı'", "File not found.",
      "tamam. şimdi bu mesajı gösteren Python kodunda FileNotFoundError'ı yakalayıp bu mesajı yazdıran bir "
      "try/except örneği yaz"]),
    ("Ты — помощник по юридическим документам.",
     ["не про договоры: напиши на Python скрипт, который переименует все файлы в папке в формате "
      "ГГГГ-ММ-ДД_название по дате изменения"]),
    ("Ти — помічник служби підтримки.",
     ["чому мій Dockerfile збирається 10 хвилин кожного разу? ось він:\n\nFROM python:3.12\nCOPY . /app\n"
      "RUN pip install -r /app/requirements.txt\nпокажи, як переставити кроки, щоб кеш працював"]),
    ("你是一个客服助手。",
     ["我们在对接你们的接口，返回的时间戳是毫秒。帮我写一段 JavaScript，把它转成北京时间的 YYYY-MM-DD HH:mm 格式"]),
    ("あなたは翻訳アシスタントです。",
     ["翻訳じゃなくてコードの質問です。Pythonで全角英数字を半角に変換する関数を書いてください"]),
    ("당신은 이메일 작성 도우미입니다.",
     ["회의 요청 메일 써줘", "안녕하세요, 다음 주 화요일 오후 2시에 회의 가능하실까요?",
      "고마워. 근데 이 메일을 매주 자동으로 보내고 싶어. 파이썬 smtplib로 보내는 코드 짜줘"]),
    ("आप एक गणित शिक्षक हैं।",
     ["sir, mujhe prime numbers check karne ka Python code chahiye, sieve of Eratosthenes wala, samjha ke "
      "likho"]),
    ("أنت مساعد لخدمة العملاء.",
     ["أنا مطوّر، أحتاج كود Python يقرأ ملف JSON من واجهتكم ويطبع أسماء المنتجات التي سعرها أكثر من 100"]),
    ("Anda adalah asisten penulisan.",
     ["bukan soal tulisan: tolong buatkan query SQL untuk mencari 5 produk terlaris bulan ini dari tabel "
      "orders dan order_items"]),
    (None, ["summarize what a linked list is", "A chain of nodes where each holds a value and a pointer to "
            "the next.",
            "ok now reverse one in place, in Python, and explain the pointer juggling"]),
    (None, ["what's 2^32?", "4,294,967,296.",
            "and in C, why does `unsigned int x = 4294967295; x + 1` give 0? show me a safe way to detect the "
            "overflow"]),
    (None, ["translate 'hello world' into Japanese", "こんにちは世界 (Konnichiwa sekai).",
            "lol now write hello world in Haskell and explain the type of main"]),
]

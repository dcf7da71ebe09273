"""Batch 15 (written 2026-12-07 by a separate writer, app-style traffic). Natural code requests: write, fix,
explain, review, test or port code, SQL, shell one-liners, configs and spreadsheet formulas, with errors or
snippets pasted in; many sent to an app whose system prompt is about something else (support, translation,
writing, bookkeeping, HR, recipes), after earlier turns that asked for another task, or mentioning a translation,
a summary or maths while asking for code; in many languages. Porting between programming languages is code."""

ONE_LINERS = """
python: group a list of dicts by the 'country' key without pandas
why does my Go program print nothing? I start a goroutine in main and then main returns
write a bash loop that renames every .jpeg in a folder to .jpg
TypeScript: how do I type a function that takes either a string or an array of strings and always returns an array
fix this: SyntaxError: f-string: unmatched '(' in print(f"{len(items)")
SQL to find duplicate emails in a users table and how many times each appears
what's the difference between == and === in JS, with an example where it bites
make this list comprehension readable, it's three levels deep and nobody understands it
write a cron line that runs backup.sh at 2:30 every weekday
Swift: decode this JSON into a struct when one field is sometimes missing
my Postgres query is slow on a 40M row table, here's the EXPLAIN, what index would you add
Java: convert a List<String> to a comma-separated string, Java 17
port this tiny PHP function to Python, it just slugifies a title
write a GitHub Actions workflow that runs pytest on push and caches pip
explain what `set -euo pipefail` does at the top of a script
Excel formula: sum column C only where column A is 'paid' and column B is in 2026
how do I make a Python dataclass immutable and still have a computed field
unit test for a function that returns the next business day, skipping weekends
escribe una función en JavaScript que formatee un número como moneda en euros
¿cómo hago un merge de dos ramas en git sin perder mis cambios locales?
écris une requête SQL qui donne le top 3 des produits par catégorie
pourquoi mon CSS grid ne centre pas l'élément ? j'ai mis justify-items: center
Schreib eine Python-Funktion, die prüft, ob ein Jahr ein Schaltjahr ist, mit Tests
Wie lese ich in Node.js eine große Datei zeilenweise, ohne sie ganz in den Speicher zu laden?
faz um script em Python que baixa todas as imagens de uma página
como eu corrijo 'Cannot read properties of undefined (reading map)' no React?
scrivi un componente React per un contatore con pulsanti + e -
schrijf een SQL-query die per maand de omzet optelt
napisz w Pythonie funkcję, która zapisuje kwotę w złotych słownie, np. 123 to 'sto dwadzieścia trzy'
Python'da bir sözlüğü değerine göre nasıl sıralarım?
напиши на Go HTTP-сервер, который отдаёт текущее время в JSON
поясни, що робить цей рядок: const [a, ...rest] = arr;
用Python写一个函数，把中文数字'一百二十三'转成123
このPythonコードのバグを直して：for i in range(len(lst)): lst.remove(lst[i])
자바스크립트로 배열에서 중복 제거하는 방법 알려줘, 여러 가지로
bhai ek Python script chahiye jo folder ki saari files ko date ke hisaab se sort kare
اكتب دالة بلغة بايثون تتحقق من أن كلمة المرور قوية
"""

LONG = [
    "This function is supposed to return the average order value per customer, but customers with no "
    "orders crash it. Fix it and tell me what you changed.\n\ndef avg_order_value(orders_by_customer):\n"
    "    result = {}\n    for cust, orders in orders_by_customer.items():\n        result[cust] = "
    "sum(o['total'] for o in orders) / len(orders)\n    return result",
    "Review this SQL before I run it on production. It should delete sessions older than 30 days but I'm "
    "nervous.\n\nDELETE FROM sessions\nWHERE last_seen < now() - interval '30 days'\n   OR user_id IS NULL;\n\n"
    "Is the OR going to do something I don't expect? How would you make it safer to run in batches?",
    "I keep getting this in my Flask app and I don't understand it:\n\nRuntimeError: Working outside of "
    "application context.\n\nIt happens in a background thread that calls db.session.add(). What's going "
    "on and how do I fix it properly, not just hack around it?",
    "Can you write me a small Python CLI (argparse is fine) that takes a folder of CSV files with the same "
    "columns, concatenates them, drops exact duplicate rows and writes one output file? It should print "
    "how many rows it read, how many duplicates it dropped and where it wrote the file.",
    "Explain this regex line by line, I inherited it and there are no comments:\n\n"
    "^(?=.*[A-Z])(?=.*\\d)(?!.*\\s).{10,64}$\n\nAnd is there anything it lets through that a password "
    "policy of 'at least one uppercase, one digit, no spaces, 10 to 64 chars' shouldn't?",
    "Our Kubernetes pod keeps restarting with OOMKilled. Requests are 256Mi, limits 512Mi. The service is a "
    "Java app with -Xmx512m. I think I see the problem but I want you to explain it and give me a corrected "
    "container spec snippet.",
    "Tengo este código en Python y quiero pasarlo a TypeScript manteniendo los tipos:\n\n"
    "def total(items: list[dict]) -> float:\n    return sum(i['price'] * i['qty'] for i in items if not "
    "i.get('gift'))\n\nExplícame también si hay alguna diferencia en cómo se comportan los números.",
    "J'ai une boucle async en JavaScript qui envoie 500 requêtes à une API, et l'API me renvoie des 429. "
    "Comment limiter à 5 requêtes en parallèle sans ajouter de bibliothèque ? Montre-moi le code.",
    "Ich habe eine Tabelle orders(id, customer_id, created_at, amount). Ich brauche pro Kunde die Anzahl "
    "der Bestellungen, den Gesamtbetrag und das Datum der letzten Bestellung, aber nur für Kunden, die im "
    "letzten Jahr mindestens dreimal bestellt haben. PostgreSQL, bitte mit kurzer Erklärung.",
    "我的 Docker 构建每次都要重新安装依赖，非常慢。Dockerfile 是先 COPY . . 再 RUN pip install -r requirements.txt。"
    "请帮我改一下顺序，利用缓存，并解释为什么。",
    "このシェルスクリプトが空白を含むファイル名で壊れます。直してください。\n\nfor f in $(ls *.txt); do\n  wc -l $f\ndone",
]

CHATS = [
    ("You are ShopAssist, the customer-support bot for Harbour & Pine.",
     ["I run a small Etsy-style shop myself. can you give me a Google Sheets formula that adds 20% VAT to "
      "column B and rounds up to .99?"]),
    ("You are a customer-support assistant for Corvid Broadband.",
     ["my router is fixed, thanks", "Great to hear! Anything else I can help with?",
      "actually yes, slightly off topic: can you write a small Python script that pings 8.8.8.8 every "
      "minute and logs when it fails? I want proof next time it drops"]),
    ("You are Lingo, a translation assistant for a localisation agency.",
     ["translate 'Save changes?' into German", "'Änderungen speichern?'",
      "thanks. now the dev question: our i18n JSON files have nested keys and I need a Node script that "
      "lists every key present in en.json but missing in de.json"]),
    ("You are Lingo, a translation assistant.",
     ["no translation this time. I need a regex that finds placeholders like {name} or {{count}} in our "
      "strings so the translators don't break them"]),
    ("You are Paperkite, a writing assistant that helps people polish emails and essays.",
     ["I write in Markdown. could you give me a Python snippet that counts words in a .md file but ignores "
      "code blocks and headings?"]),
    ("You are Paperkite, a writing assistant.",
     ["shorten my bio to 50 words", "Data engineer who turns messy pipelines into calm ones. Based in "
      "Dublin, loves open source, cycling and bad puns.",
      "love it. different thing: my personal site is plain HTML, how do I add a dark mode toggle with a "
      "bit of CSS and JS that remembers the choice?"]),
    ("You are Ledgerly, a bookkeeping assistant for freelancers.",
     ["I export my bank statement as CSV. write me a pandas script that tags each row as 'income' or "
      "'expense' and gives monthly totals"]),
    ("You are Ledgerly, a bookkeeping assistant.",
     ["what's the VAT on 2,500 at 21%?", "525, so 3,025 including VAT.",
      "ok now put that logic in a tiny JavaScript function for my invoice page: net amount and rate in, "
      "vat and gross out, rounded to cents"]),
    ("You are PeopleDesk, an HR assistant.",
     ["off topic, I'm also our team's only 'tech person'. how do I write a Google Apps Script that emails "
      "me every Monday with the rows of a sheet where the date is this week?"]),
    ("You are PeopleDesk, an HR assistant.",
     ["summarise the remote work policy", "Up to three remote days a week, core hours 10 to 4, equipment "
      "allowance of 300 once.",
      "thanks. my manager wants a simple SQL query over our leave table: who has more than 5 remote days "
      "logged in any week? columns are employee_id, day, type"]),
    ("You are Sprig, a recipe and meal-planning assistant.",
     ["I'm building a little recipe app. how should I model recipes, ingredients and quantities in SQLite? "
      "give me the CREATE TABLE statements"]),
    ("You are Sprig, a recipe and meal-planning assistant.",
     ["convert 180 C to Fahrenheit", "356 F.",
      "thanks. now write me a python function that converts between C and F both ways, with type hints and "
      "a couple of doctests"]),
    ("You are Wayfarer, a travel-booking assistant.",
     ["I scrape my own booking emails. why does this BeautifulSoup line return None? "
      "soup.find('div', class='price')"]),
    ("You are Clausewise, an assistant that reviews employment contracts.",
     ["not a contract thing: I'm a lawyer learning Python. what's the difference between a list and a tuple "
      "and when would I pick one? small examples please"]),
    ("You are a legal research assistant.",
     ["find cases on data breach damages", "Three relevant decisions are listed in the panel with "
      "citations.",
      "great. I keep my notes in text files; write me a bash one-liner that finds every file mentioning "
      "'GDPR' and prints the filename and matching line"]),
    ("You are DataLoom, an analytics copilot.",
     ["this query returns duplicates and I don't know why:\nSELECT o.id, c.name FROM orders o JOIN contacts "
      "c ON c.company_id = o.company_id\nfix it so each order appears once with its primary contact"]),
    ("You are DataLoom, an analytics copilot.",
     ["what does this chart show?", "Revenue grew steadily except for a dip in August.",
      "ok. give me the matplotlib code to draw the same chart with the August point highlighted in red"]),
    ("You are a tutoring assistant for high-school physics.",
     ["my physics homework says to simulate a falling ball. can you write a short Python loop with time "
      "steps that prints height and speed until it hits the ground?"]),
    ("You are Cobalt's in-app assistant for project boards.",
     ["move the task to Done", "Moved 'Update onboarding doc' to Done.",
      "thanks. does Cobalt have an API? if so, write a curl command that creates a task in a board, with "
      "placeholders for the token and board id"]),
    (None,
     ["summarise this bug report", "Users on Safari can't upload files larger than 10 MB; Chrome works.",
      "ok, here's our upload handler. what would break on Safari and how do I fix it?\n\n"
      "const data = await file.arrayBuffer(); await fetch(url, {method: 'POST', body: data})"]),
    (None,
     ["translate this error to English: 'Nie można połączyć się z bazą danych'",
      "'Cannot connect to the database.'",
      "that's from our Polish staging server. the connection string is in an env var. how do I write a "
      "health check in Express that returns 503 when the DB is down?"]),
    (None,
     ["what's the probability of rolling two sixes?", "1/36, about 2.8%.",
      "cool, now write a quick simulation in Python that rolls two dice a million times and checks that"]),
    ("Eres un asistente de soporte de una tienda online de ropa.",
     ["ya sé que no es lo tuyo, pero ¿me ayudas con una fórmula de Excel para sacar el mes de una fecha y "
      "contar pedidos por mes?"]),
    ("Eres un asistente de traducción para documentos técnicos.",
     ["traduce 'retry with exponential backoff'", "«reintentar con espera exponencial»",
      "gracias. y ahora en código: una función en Python que reintente una llamada con espera exponencial "
      "y un máximo de 5 intentos"]),
    ("Tu es un assistant de rédaction juridique.",
     ["rien à voir : comment j'automatise la numérotation des articles dans un document Word avec une "
      "macro VBA ?"]),
    ("Tu es un assistant pour gérer un restaurant.",
     ["combien de couverts ce soir ?", "42 réservations pour ce soir, dont une table de 10.",
      "super. écris-moi une petite page HTML avec un formulaire de réservation (nom, date, nombre de "
      "personnes) et une validation en JavaScript"]),
    ("Du bist ein Assistent für Reiseberichte.",
     ["kein Reisebericht heute: Mein Python-Skript wirft 'UnicodeDecodeError: utf-8 codec can't decode "
      "byte 0xe4'. Die Datei ist aus Excel exportiert. Was tun?"]),
    ("Du bist ein Übersetzungsassistent für Software-Texte.",
     ["übersetz 'Passwort vergessen?' ins Englische", "'Forgot password?'",
      "danke. Kannst du mir noch zeigen, wie ich in Django den Passwort-zurücksetzen-Ablauf einbaue? Nur "
      "die URLs und Templates, die ich brauche"]),
    ("Você é um assistente de atendimento de um banco digital.",
     ["não é sobre conta. sou estudante e preciso de uma função em C que inverta uma string no lugar, sem "
      "usar biblioteca. pode explicar também?"]),
    ("Sei un assistente di scrittura per blog di cucina.",
     ["il mio blog è su WordPress. come aggiungo un campo personalizzato 'tempo di cottura' ai post con un "
      "po' di PHP nel functions.php?"]),
    ("Je bent een assistent voor klantvragen van een energiebedrijf.",
     ["wat is mijn verbruik?", "Afgelopen maand: 310 kWh stroom en 95 m³ gas.",
      "oké. ik wil dit zelf bijhouden. schrijf een Python-script dat mijn meterstanden uit een CSV leest en "
      "per maand het verbruik uitrekent"]),
    ("Jesteś asystentem do pisania CV.",
     ["nie o CV: mam błąd w Javie 'NullPointerException' przy wywołaniu user.getName(). jak go znaleźć i "
      "naprawić?"]),
    ("Sen bir müşteri hizmetleri asistanısın.",
     ["kargom nerede?", "Kargonuz dağıtımda, bugün teslim edilecek.",
      "teşekkürler. başka bir şey: Excel'de iki sütunu karşılaştırıp farklı olanları işaretleyen bir formül "
      "yazar mısın?"]),
    ("Ты — ассистент по подбору рецептов.",
     ["это не про еду. как в Python прочитать JSON из файла и вывести только ключи верхнего уровня?"]),
    ("你是一个旅游攻略写作助手。",
     ["帮我写个北京三日游攻略", "第一天故宫和景山，第二天长城，第三天胡同和颐和园。",
      "谢谢。我想把攻略做成网页，能用Vue写一个可以勾选已完成景点的清单组件吗？"]),
    ("あなたは経費精算のアシスタントです。",
     ["経費とは関係ないんですが、ExcelのVBAでシート内の空白行を一括削除するマクロを書いてもらえますか"]),
    ("당신은 여행 예약 도우미입니다.",
     ["여행 말고 코딩 질문인데요, 파이썬에서 날짜 문자열 '2026-12-07'을 datetime으로 바꾸고 요일을 출력하는 코드 짜 주세요"]),
    ("آپ ایک ترجمہ کرنے والے معاون ہیں۔",
     ["'welcome back' ka Urdu mein kya hoga?", "واپسی پر خوش آمدید",
      "shukriya. ab ek HTML button banao jo click karne par yeh message alert mein dikhaye"]),
    ("أنت مساعد لكتابة السير الذاتية.",
     ["ليس عن السيرة الذاتية: كيف أكتب استعلام SQL يعرض الموظفين الذين رواتبهم أعلى من متوسط قسمهم؟"]),
    ("Bạn là trợ lý chăm sóc khách hàng cho ứng dụng giao đồ ăn.",
     ["đơn của mình bị huỷ", "Đơn đã được hoàn tiền về ví trong 24 giờ.",
      "ok. nhân tiện, viết giúp mình một hàm JavaScript kiểm tra số điện thoại Việt Nam hợp lệ"]),
]

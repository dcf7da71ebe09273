"""Batch 12 (written 2026-12-07 by a separate writer, app-style traffic). Natural code requests: write, fix,
refactor, port or test code, queries, scripts and configs, often with code pasted in, in many languages; often
sent to an app whose system prompt is about something else (support, tutoring, writing, RAG), or after earlier
turns that asked for another task."""

ONE_LINERS = """
bash script that renames all .jpeg files in a folder to .jpg
python: read a csv and print the row with the highest 'score'
why does this throw 'undefined is not a function': const x = [1,2,3].mapp(n => n * 2)
regex that matches UK postcodes, with a couple of test cases
write a SQL query for the top 5 customers by total order value in 2026
convert this to an f-string: 'Hello %s, you have %d messages' % (name, n)
a Dockerfile for a small Flask app, python 3.12, gunicorn
how do I debounce a search input in React? show the hook
make this a list comprehension: out = [] then for x in xs, if x > 0, out.append(x * 2)
write a pytest for a function slugify('Hello World!') -> 'hello-world'
kotlin data class for a user with id, email and optional nickname
git command to undo my last commit but keep the changes
nginx server block that 301s www.example.com to example.com and keeps the path
rust: read a file line by line and count the words
fix: SELECT name, COUNT(*) FROM orders GROUP BY customer_id
write a github actions workflow that runs npm test on push to main
go function that reverses a slice of ints in place
powershell one-liner to list the 10 biggest files under C:\\Users
necesito validar un DNI español en JavaScript, letra incluida, ¿me haces la función?
cómo hago un fetch con timeout en JS? dame el código
en Python, comment fusionner deux dicts en additionnant les valeurs des clés communes ? donne la fonction
corrige mon code : for i in range(10) print(i)
Python-Skript gesucht: jede Nacht alle Logdateien älter als 7 Tage in ein Zip-Archiv verschieben
wie mache ich in TypeScript einen Typ, bei dem alle Felder optional sind außer id?
faz uma query SQL que traga os clientes sem pedido nos últimos 90 dias
scrivi una funzione in C che conta le vocali di una stringa
ik wil in Python een IBAN op geldigheid checken (mod 97), kun je de functie schrijven?
napisz w Javie metodę, która sprawdza czy słowo jest palindromem
bir listedeki tekrar eden elemanları bulan Python kodu yaz
напиши на Python декоратор, который замеряет время выполнения функции
напиши SQL-запит, що рахує кількість замовлень по місяцях
用Python写一个函数，把驼峰命名转换成下划线命名
JavaScriptで配列をシャッフルする関数を書いて
자바스크립트로 날짜를 YYYY-MM-DD 형식으로 바꾸는 함수 짜줘
"""

LONG = [
    "This function is slow on big lists, can you make it faster and explain the change in one line?\n\n"
    "def common(a, b):\n    result = []\n    for x in a:\n        if x in b and x not in result:\n"
    "            result.append(x)\n    return result",
    "Write a small CLI in Python with argparse: `budget add 12.50 food`, `budget list`, `budget total --month "
    "2026-11`. Store entries in a JSON file next to the script. No external libraries.",
    "Port this to TypeScript with proper types:\n\nfunction groupBy(items, key) {\n  return items.reduce((acc, "
    "item) => {\n    (acc[item[key]] = acc[item[key]] || []).push(item);\n    return acc;\n  }, {});\n}",
    "My unit test passes alone but fails when the whole suite runs. Here's the test:\n\ndef test_config():\n"
    "    os.environ['MODE'] = 'test'\n    assert load_config().mode == 'test'\n\nand load_config caches with "
    "functools.lru_cache. Fix the test (or the code) so it's reliable.",
    "Quiero que cada PDF nuevo que caiga en la carpeta 'entrada' se renombre con la fecha de hoy y se mueva a "
    "archivo/AAAA/MM. ¿Me escribes el script en Python? Nada de librerías raras, se ejecuta con cron cada 5 minutos.",
    "Écris-moi une requête SQL (PostgreSQL) qui, pour chaque utilisateur, donne sa dernière connexion et le "
    "nombre de connexions sur les 30 derniers jours. Tables : users(id, email), logins(user_id, at).",
    "Bitte refaktoriere das, es ist unlesbar:\n\nif user:\n    if user.active:\n        if user.role == "
    "'admin' or user.role == 'owner':\n            return True\n        else:\n            return False\n"
    "    else:\n        return False\nelse:\n    return False",
    "请帮我写一个 Node.js 的 Express 中间件：记录每个请求的方法、路径和耗时（毫秒），耗时超过 500ms 的打印成 warning。",
]

CHATS = [
    ("You are ShopBot, the customer-support assistant for Lumen Home. Be polite and concise.",
     ["off topic but you seem smart: I run a tiny Shopify store, can you write me the Liquid snippet that "
      "shows 'Free shipping over 50' only when the cart total is under 50?"]),
    ("You are ShopBot, the customer-support assistant for Lumen Home.",
     ["is there an API for my order history?", "Yes, GET /v1/orders with your API key returns your orders.",
      "ok write me a python script that calls it and saves the orders to orders.csv"]),
    ("You are a customer support assistant for Vela Telecom.",
     ["my router exposes a JSON status page at 192.168.1.1/status. write a bash script that checks it every "
      "minute and logs when 'online' is false"]),
    ("You are an HR assistant for Polaris Logistics.",
     ["I have the shift list in Excel. Can you give me a formula that flags anyone working more than 5 days "
      "in a row? columns are date in A, name in B"]),
    ("You are a legal information assistant.",
     ["Do I need a cookie banner?", "If you use non-essential cookies for EU visitors, generally yes.",
      "ugh fine. write the JavaScript for a minimal banner that stores consent in localStorage and only loads "
      "analytics.js after 'Accept'"]),
    ("You are a meeting assistant that summarises calls.",
     ["summarise the call", "The team agreed to automate the weekly report from the sales database.",
      "right, that's on me. write the SQL: weekly revenue per region for the last 8 weeks, table sales(region, "
      "amount, sold_at)"]),
    ("You are a math tutoring app for high-school students.",
     ["what's the golden ratio?",
      "About 1.618, the limit of the ratio of consecutive Fibonacci numbers.",
      "my CS homework: write a python function that returns the n-th Fibonacci number without recursion"]),
    ("You are a math tutoring app.",
     ["what's a prime number?", "A whole number above 1 whose only divisors are 1 and itself.",
      "cool, can you write me a sieve of Eratosthenes in JavaScript that prints primes up to 100?"]),
    ("You are a recipe assistant.",
     ["I'm building a recipe app lol. give me a JSON schema for a recipe with ingredients (name, amount, unit) "
      "and steps"]),
    ("You are a writing assistant for bloggers.",
     ["write an intro for my post about static sites", "Static sites are back, and for good reason...",
      "thanks. now the actual content: a minimal Hugo shortcode that renders a YouTube video from an id"]),
    ("You are a travel assistant.",
     ["I scrape train prices for a hobby project, here's my code, it crashes when a price is missing:\n\n"
      "prices = [float(row.find('span').text) for row in rows]\n\nmake it skip rows without a price"]),
    ("Answer only from the context.\n\nContext: The API returns {\"items\": [...], \"next\": url or null}. Rate "
     "limit: 60 requests per minute.",
     ["write a python generator that follows 'next' until it's null and respects the rate limit"]),
    ("You are a data analysis assistant. Prefer tables.",
     ["which chart fits sales per store over time?",
      "A line chart with one line per store, or small multiples if there are many stores.",
      "give me the pandas code to pivot this: columns date, store, sales -> one row per date, one column per "
      "store, fill missing with 0"]),
    ("You are an IT helpdesk assistant.",
     ["how do I map a network drive?", "In Explorer: This PC > Map network drive, then enter the path.",
      "I have to do it on 40 machines. write a PowerShell script that maps \\\\files01\\shared to S: if it "
      "isn't mapped yet"]),
    (None, ["translate 'user not found' into Spanish", "Usuario no encontrado.",
            "now write an i18n helper in JS that takes a key and a lang and falls back to English if missing"]),
    (None, ["summarise what a message queue is in 2 lines",
            "A message queue stores messages between producers and consumers so they don't have to run at the "
            "same time.",
            "ok show me a minimal producer and consumer in Python with redis lists"]),
    ("Eres el asistente de atención al cliente de un banco.",
     ["Descargo mis movimientos en CSV. ¿Me escribes un script en Python que los agrupe por categoría y mes?"]),
    ("Eres un asistente de redacción.",
     ["mejora este párrafo", "He reescrito el párrafo para que sea más claro y directo.",
      "gracias. ahora algo distinto: una función en Python que cuente palabras y frases de un texto"]),
    ("Tu es un assistant pour une agence immobilière.",
     ["On a un fichier d'annonces en JSON. Écris-moi un script Node qui filtre les biens de plus de 60 m² "
      "sous 300 000 € et les trie par prix au m²."]),
    ("Du bist ein Assistent für Steuerfragen.",
     ["Kannst du mir ein kleines Python-Programm schreiben, das aus Brutto den Nettobetrag bei 19 % MwSt "
      "berechnet und auf zwei Stellen rundet?"]),
    ("Você é um assistente de estudos.",
     ["o que é recursão?", "É quando uma função chama a si mesma para resolver partes menores do problema.",
      "saquei. escreve uma função recursiva em Python que soma os dígitos de um número"]),
    ("Sei un assistente per la gestione del magazzino.",
     ["Quanti pallet sono arrivati oggi?",
      "Oggi sono arrivati 18 pallet.",
      "Mi scrivi una query SQL che trova i prodotti con giacenza sotto la scorta minima? Tabella prodotti(id, "
      "nome, giacenza, scorta_min)"]),
    ("Ты — помощник службы поддержки хостинга.",
     ["Сайт падает после обновления PHP. Вот ошибка: Fatal error: Uncaught Error: Call to undefined function "
      "mysql_connect(). Перепиши это на PDO: $c = mysql_connect('localhost', 'u', 'p');"]),
    ("你是一个客服助手。",
     ["我们想在网站上加一个回到顶部的按钮，帮我写一下HTML、CSS和JS"]),
    ("あなたは社内ヘルプデスクのアシスタントです。",
     ["Excelで、A列のメールアドレスから@より前の部分だけをB列に取り出す数式を教えて"]),
    ("आप एक ट्यूटरिंग सहायक हैं।",
     ["C++ mein ek program likho jo user se 5 numbers le aur unka average print kare"]),
]

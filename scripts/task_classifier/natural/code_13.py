"""Batch 13 (written 2026-12-07 by a separate writer, app-style traffic). Natural code requests: write, fix,
refactor, port or test code, queries, scripts and configs, often with code or errors pasted in, in many
languages; many sent to an app whose system prompt is about something else (support, translation, tutoring,
writing), or after earlier turns that asked for another task. Porting code between programming languages is
code, not translation."""

ONE_LINERS = """
python function that checks if a string is a valid IPv4 address, no regex
port this to Go: def total(xs): return sum(x for x in xs if x > 0)
why does `let` inside my for loop fix the setTimeout problem but `var` doesn't? show the fixed code
write a cron line that runs backup.sh at 02:30 every weekday
SQL: delete duplicate rows from users keeping the lowest id per email
make this async: def fetch_all(urls): return [requests.get(u).text for u in urls]
jq command to get all .name fields from an array of objects
css to center a div horizontally and vertically, flexbox please
a makefile with build, test and clean targets for a small C project
TypeError: Cannot read properties of undefined (reading 'map') — my React list crashes on first render
write a bash loop that pings 5 hosts from hosts.txt and prints which are down
java: sort a list of Person by age then by name
terraform for an S3 bucket with versioning on and public access blocked
escribe una función en Python que quite las tildes de un texto
cómo leo un JSON en Node y saco solo los usuarios activos? pásame el código
écris une requête SQL qui compte les commandes par mois sur 2026
mon script bash plante avec 'unbound variable', voici la ligne : echo $1 | tr a-z A-Z
schreib mir eine Python-Klasse für ein einfaches Bankkonto mit einzahlen und abheben
faz um script em Python que renomeia fotos pela data do EXIF
scrivimi una funzione JavaScript che formatta un numero come prezzo in euro
schrijf een unittest in Jest voor een functie die btw berekent
napisz w Pythonie funkcję, która sprawdza poprawność numeru PESEL
напиши на Python парсер логов nginx, который считает запросы по статусам
напиши SQL-запит, який повертає топ-3 товари за продажами за місяць
用 Python 写一个函数，把列表按每 n 个元素分组
TypeScriptで配列から重複を取り除く関数を書いて
파이썬으로 폴더 안 파일 크기 합계 구하는 코드 짜줘
"""

LONG = [
    "This works but it's slow on 200k rows, can you make it faster?\n\nresult = []\nfor i, row in df.iterrows():"
    "\n    if row['status'] == 'paid':\n        result.append(row['amount'] * 1.2)\ndf_out = pd.DataFrame("
    "{'gross': result})",
    "Write a GitHub Actions workflow that builds a Docker image on every tag v*, pushes it to GHCR with the tag "
    "name and 'latest', and only runs if the tests job passes. The repo uses Python 3.12 and pytest.",
    "My Go program deadlocks, why and how do I fix it?\n\nfunc main() {\n    ch := make(chan int)\n    ch <- 1\n"
    "    fmt.Println(<-ch)\n}",
    "Convertis ce code PHP en Python, même comportement :\n\nfunction slug($s) {\n  $s = strtolower(trim($s));"
    "\n  $s = preg_replace('/[^a-z0-9]+/', '-', $s);\n  return trim($s, '-');\n}",
    "Ich brauche ein kleines Shell-Skript: Es soll alle .log-Dateien in /var/log/myapp, die älter als 14 Tage "
    "sind, mit gzip komprimieren und solche, die älter als 90 Tage sind, löschen. Bitte mit Trockenlauf-Option.",
    "帮我看看这段 SQL 为什么报错：\n\nSELECT department, AVG(salary) FROM employees WHERE AVG(salary) > 5000 "
    "GROUP BY department;",
]

CHATS = [
    ("You are a translation app. Translate the user's text into the language they ask for.",
     ["not a translation, sorry: can you write a python snippet that reads a .po file and lists the msgids "
      "with an empty msgstr?"]),
    ("You are a translation app.",
     ["translate 'file not found' into Spanish", "Archivo no encontrado.",
      "thanks. now in my code the message is hardcoded, refactor this to use gettext:\n\nprint('File not "
      "found')\nprint(f'Saved {n} files')"]),
    ("You are Helpdesk, the support assistant for Corvid Broadband.",
     ["why is my bill higher this month?", "You went over your data cap by 40 GB, charged at the overage rate.",
      "I'm a developer. is there an API for usage stats? if yes, write me a curl command to get my monthly "
      "usage with a bearer token"]),
    ("You are a customer-support assistant for an e-commerce platform.",
     ["our shop's webhook handler keeps timing out. here's the Flask route, can you make it return 200 "
      "immediately and process in the background?\n\n@app.post('/hook')\ndef hook():\n    process(request.json)"
      "\n    return '', 200"]),
    ("You are a summarization assistant.",
     ["summarize this stack overflow answer", "It says to use a context manager so the file closes even on "
      "errors.",
      "ok now rewrite my function that way:\n\ndef read(p):\n    f = open(p)\n    data = f.read()\n    f.close()"
      "\n    return data"]),
    ("You are a RAG assistant for the Quill API docs. Context: POST /v1/notes creates a note. Body: {title, "
     "body, tags[]}. Auth: Bearer token. Returns 201 with the note id.",
     ["write a small TypeScript function that creates a note with fetch and returns the id"]),
    ("You are a tutoring app for maths.",
     ["solve x^2 = 2 numerically", "x ≈ 1.41421.",
      "cool, can you write the Newton's method code for that in Python so I can try other numbers"]),
    ("You are a writing assistant.",
     ["write a short bio for my GitHub profile", "Backend developer who likes boring tech and fast tests.",
      "nice. now the actual code for a GitHub profile README that shows my top languages card"]),
    ("You are an HR assistant.",
     ["what's the absence policy?", "More than three absences in a quarter triggers a review meeting.",
      "can you write an Excel formula that counts how many days each person was absent, if column B has 'A' "
      "for absent?"]),
    ("You are a data assistant.",
     ["what were total sales in March?", "184,220 across all regions.",
      "pandas: group sales by region and month and pivot so months are columns. df has date, region, amount"]),
    ("You are a meeting assistant.",
     ["what did Karim say about the migration?", "He suggested moving the cron jobs to a queue worker.",
      "ok write that worker for me, python, using RQ, one job that runs send_reports()"]),
    ("You are Pico, a coding agent with access to the user's repository and terminal.",
     ["the CSV export is missing the header row when the result is empty. fix it:\n\ndef export(rows, f):\n"
      "    if not rows:\n        return\n    w = csv.DictWriter(f, fieldnames=rows[0].keys())\n    "
      "w.writeheader()\n    w.writerows(rows)"]),
    ("You are Pico, a coding agent.",
     ["translate the comments in utils.py to English", "Done, all 14 comments are now in English.",
      "great, now port utils.py's parse_date function to Rust, same behaviour"]),
    ("You are a code review assistant.",
     ["is there a SQL injection here? fix it if so:\n\ncur.execute(f\"SELECT * FROM users WHERE email = "
      "'{email}'\")"]),
    ("Eres un asistente de atención al cliente.",
     ["no es una consulta de pedido: ¿me ayudas con un script de Google Apps Script que mande un correo cuando "
      "se añade una fila a la hoja?"]),
    ("Eres un tutor de programación.",
     ["¿qué es una lista enlazada?", "Una estructura donde cada nodo apunta al siguiente.",
      "vale, impleméntame una en Python con insertar al final y borrar por valor"]),
    ("Tu es un assistant de traduction.",
     ["traduis 'utilisateur inconnu' en anglais", "Unknown user.",
      "merci. maintenant corrige mon code Java, il renvoie toujours null :\n\npublic User find(String id) {\n  "
      "for (User u : users) { if (u.getId() == id) return u; }\n  return null;\n}"]),
    ("Du bist ein Kundenservice-Bot für einen Webhoster.",
     ["Mein SSL-Zertifikat ist abgelaufen, was tun?",
      "Im Kundenbereich unter SSL auf 'Erneuern' klicken; Let's Encrypt ist kostenlos.",
      "Kannst du mir eine .htaccess schreiben, die alles auf https umleitet und www entfernt?"]),
    ("Você é um assistente de escrita.",
     ["me ajuda com um código em JavaScript que valida CPF no formulário antes de enviar"]),
    ("Ты — ассистент службы поддержки.",
     ["переведи сообщение об ошибке", "«Превышено время ожидания соединения».",
      "спасибо. а теперь допиши в мой код повтор запроса при таймауте, до трёх раз:\n\nresp = "
      "requests.get(url, timeout=5)"]),
    ("你是一个翻译助手。",
     ["不用翻译了，帮我写个 shell 命令，把当前目录下所有 .txt 文件的编码从 GBK 转成 UTF-8"]),
    ("あなたは要約アシスタントです。",
     ["要約じゃなくてお願いなんだけど、このPythonのエラー直して：IndentationError: expected an indented block "
      "after 'if' statement on line 3"]),
    (None, ["summarize what a REST API is in one line", "An interface where clients use HTTP methods on URLs "
            "that represent resources.",
            "ok build me a tiny one in FastAPI with GET and POST for /todos, in memory"]),
    (None, ["write a limerick about regex", "A coder who feared every slash...",
            "lol. ok now an actual regex that matches dates like 2026-12-07 and rejects month 13"]),
]

"""code: the last user message asks to write, fix, explain, review, refactor or port code, or for SQL, regexes,
shell commands, configuration files or CI pipelines."""

from common import A, S, ex

AGENT = ("You are Patchwork, an autonomous software engineering agent. You operate on a checked-out git "
         "repository through the tools `bash`, `read`, `edit`. Think before editing. Never push to main.")
IDE = "You are a coding assistant in VS Code. The user's active file is shown when relevant. Reply in markdown."
WRITER = ("You are Quill, a writing assistant for bloggers. Help with tone, structure and clarity. Keep "
          "suggestions concise.")
SUPPORT = ("You are the customer support bot for Orbit Analytics (a product analytics SaaS). Answer questions "
           "about the dashboard, billing and the public API. Escalate account deletions to a human.")
DATA = "You are a data engineering assistant at a retail company. Our warehouse is Snowflake; dbt for models."

TRACE = """Traceback (most recent call last):
  File "/srv/app/worker.py", line 88, in run
    batch = self.queue.get_batch(timeout=5)
  File "/srv/app/queue.py", line 41, in get_batch
    items.append(json.loads(raw))
  File "/usr/lib/python3.11/json/__init__.py", line 346, in loads
    return _default_decoder.decode(s)
  File "/usr/lib/python3.11/json/decoder.py", line 337, in decode
    obj, end = self.raw_decode(s, idx=_w(s, 0).end())
  File "/usr/lib/python3.11/json/decoder.py", line 355, in raw_decode
    raise JSONDecodeError("Expecting value", s, err.value) from None
json.decoder.JSONDecodeError: Expecting value: line 1 column 1 (char 0)"""

SLOW = """def find_dupes(users):
    dupes = []
    for i, u in enumerate(users):
        for v in users[i + 1:]:
            if u["email"].lower() == v["email"].lower() and u not in dupes:
                dupes.append(u)
    return dupes"""

EXAMPLES = [
    ex("en", "python flatten nested list"),
    ex("en", S(AGENT), "The test tests/test_queue.py::test_batch fails intermittently with this:\n\n" + TRACE +
       "\n\nFind the cause and fix it. The queue is Redis and producers sometimes push empty strings as heartbeats."),
    ex("en", "explain why this is slow when users has 200k entries and make it fast:\n\n" + SLOW),
    ex("es", S(IDE), "¿Por qué este useEffect se ejecuta en bucle infinito?\n\nuseEffect(() => {\n  "
       "setFilters({ ...filters, page: 1 });\n}, [filters]);"),
    ex("en", S(WRITER), "I'm writing a blog post about my static site. Can you write the GitHub Actions workflow "
       "that builds it with Hugo and deploys to GitHub Pages on push to main? I'll paste it in the post."),
    ex("fr", "écris une requête SQL qui donne, pour chaque client, le montant de sa commande la plus récente "
       "(tables clients(id, nom) et commandes(id, client_id, montant, cree_le))"),
    ex("en", S(SUPPORT), "hi, using your API. my curl works but in node I get 401. here's my code:\n\n"
       "const res = await fetch('https://api.orbit.example/v2/events', {\n  headers: { Authorization: apiKey }\n"
       "});\n\nwhat am I doing wrong?"),
    ex("de", "Regex, die deutsche IBANs erkennt (DE + 20 Ziffern, mit oder ohne Leerzeichen in Vierergruppen)."),
    ex("en", "We spent the morning on a birthday poem for my mom", A("Yes! We ended up with the four-stanza one "
       "about her garden. Anything else?"), "now work stuff. convert this bash loop to something that runs in "
       "parallel with xargs, max 4 at a time:\nfor f in images/*.png; do convert \"$f\" -resize 50% "
       "\"small/$(basename \"$f\")\"; done"),
    ex("en", "kubectl get pods shows CrashLoopBackOff for my api pod. logs say 'Error: listen EADDRINUSE: address "
       "already in use :::3000'. deployment has two containers, api and metrics-sidecar. what's wrong with my "
       "config and how do I fix it?"),
    ex("pt", S(DATA.replace("Snowflake", "BigQuery")), "Preciso de um modelo dbt incremental que pegue só os "
       "pedidos novos de raw.orders (coluna updated_at) e faça merge pela order_id. Pode escrever o SQL com o "
       "config?"),
    ex("en", "refactor this to use a dict dispatch instead of the if chain:\n\ndef handle(cmd, arg):\n    if cmd == "
       "'add':\n        return add(arg)\n    elif cmd == 'remove':\n        return remove(arg)\n    elif cmd == "
       "'list':\n        return list_all()\n    elif cmd == 'clear':\n        return clear()\n    else:\n        "
       "raise ValueError(cmd)"),
    ex("it", "come faccio a fare il rebase interattivo degli ultimi 5 commit e unirli in uno solo senza perdere "
       "il messaggio del primo?"),
    ex("en", S(AGENT), "Port src/utils/date.js to TypeScript with strict types. Keep the public API identical.",
       A("I read src/utils/date.js. It exports formatRelative(date, now) and parseISODate(str). Two questions: "
         "should parseISODate return Date | null or throw on invalid input, as it implicitly does today?"),
       "keep the current behaviour, throw. go ahead"),
    ex("nl", "Kun je deze Java-methode reviewen? Ik vermoed een race condition.\n\npublic class Counter {\n    "
       "private int count = 0;\n    public void inc() { count++; }\n    public int get() { return count; }\n}"),
    ex("en", "what is a reverse proxy in simple words", A("It is a server that sits in front of your apps, "
       "receives the requests from the internet and forwards each one to the right app behind it."),
       "got it. nginx: redirect all http to https except /healthz, which must still answer 200 on port 80"),
    ex("pl", S(IDE), "Napisz testy jednostkowe w pytest dla funkcji parse_price(s: str) -> Decimal, która "
       "obsługuje '12,50 zł', '1 299,00 zł' i zwraca błąd dla pustego tekstu."),
    ex("en", "can you help me read some shell I inherited", A("Sure, paste it and I'll walk through it."),
       "What does this do?\n\nawk -F, 'NR>1 {s[$3]+=$5} END {for (k in s) print k, s[k]}' sales.csv | "
       "sort -k2 -nr | head"),
    ex("tr", "Go'da context ile timeout'lu bir HTTP isteği nasıl yapılır? 3 saniyede cevap gelmezse iptal etsin."),
    ex("en", S(SUPPORT), "Can you give me a Python snippet that pages through /v2/funnels until next_cursor is "
       "null? Docs say max page size 100."),
    ex("ru", "Почему в этом коде на C утечка памяти и как исправить?\n\nchar *dup(const char *s) {\n  char *p = "
       "malloc(strlen(s));\n  strcpy(p, s);\n  return p;\n}"),
    ex("en", "Thanks for the summary of the article", A("You're welcome! Anything else about it?"), "yeah, the "
       "article mentioned bloom filters. can you implement one in go with k hash functions derived from two "
       "hashes (kirsch-mitzenmacher)?"),
    ex("uk", "Напиши Dockerfile для Django-застосунку з gunicorn, багатоетапна збірка, щоб образ був малий."),
    ex("en", "ERROR 1452 (23000): Cannot add or update a child row: a foreign key constraint fails "
       "(`shop`.`order_items`, CONSTRAINT `fk_order` FOREIGN KEY (`order_id`) REFERENCES `orders` (`id`))\n\n"
       "happens when I run my seed script. why"),
    ex("zh", S(IDE), "帮我把这段 Python 改成异步的，用 aiohttp 并发请求这些 URL，最多同时 10 个：\n\n"
       "for url in urls:\n    r = requests.get(url)\n    results.append(r.json())"),
    ex("en", S(AGENT), "CI is red on the lint step: `ruff: F401 'os' imported but unused` in 14 files. Fix them "
       "all but don't touch files under vendor/."),
    ex("ja", "Rustで所有権エラー「borrowed value does not live long enough」が出ます。原因を説明して、直し方を教えてください。"
       "\n\nfn longest<'a>(v: &'a Vec<String>) -> &'a str {\n    let s = v.join(\",\");\n    &s\n}"),
    ex("en", S("You are a friendly assistant for sysadmins."), "my backups keep failing silently",
       A("Annoying! Is the backup started by cron or by a systemd timer, and does the script log anywhere?"),
       "cron. write a cron line that runs /opt/backup.sh at 02:30 on weekdays only and mails errors to me"),
    ex("ko", "엑셀에서 A열에 이메일이 있는데 도메인만 B열에 뽑는 수식 알려줘"),
    ex("en", S(WRITER), "Different request — my blog's dark mode toggle doesn't persist across pages. Here's the "
       "JS:\n\nbtn.onclick = () => document.body.classList.toggle('dark');\n\nHow do I make it remember?"),
    ex("hi", "bhai Python mein list comprehension aur generator expression mein kya farak hai? badi log file "
       "padhte waqt kaunsa better rahega, ek chhota example ke saath samjhao"),
    ex("en", "Our Terraform plan wants to destroy and recreate the RDS instance just because I changed the "
       "parameter group name. How do I avoid that? Snippet:\n\nresource \"aws_db_instance\" \"main\" {\n  "
       "identifier = \"prod-db\"\n  parameter_group_name = aws_db_parameter_group.pg15.name\n  ...\n}"),
    ex("ar", "اكتب دالة بلغة JavaScript تتحقق من صحة رقم بطاقة ائتمان باستخدام خوارزمية Luhn."),
    ex("en", S(DATA), "The daily revenue model in dbt started double counting after we added the returns join. "
       "Here's the SQL:\n\nselect o.order_date, sum(o.amount) as revenue\nfrom orders o\nleft join returns r on "
       "r.order_id = o.id\ngroup by 1\n\nExplain and fix."),
    ex("id", "Tolong buatkan script Python untuk rename semua file .jpg di folder jadi format tanggal "
       "EXIF-nya, contoh 2023-08-17_1030.jpg."),
    ex("en", "hey how's it going", A("Going well, thanks! How about you?"), "tired lol. anyway can you tell me "
       "what's the difference between `git reset --soft`, `--mixed` and `--hard` with an example of each"),
    ex("vi", S(IDE), "Giải thích đoạn code này làm gì và có lỗi gì không:\n\nconst sum = arr.reduce((a, b) => "
       "a + b);\n\nkhi arr rỗng thì sao?"),
    ex("en", "Here's the gateway log around the spike:\n\n"
       "2026-11-30T10:02:11Z WARN pool exhausted (size=20) waiting for connection\n"
       "2026-11-30T10:02:11Z WARN pool exhausted (size=20) waiting for connection\n"
       "2026-11-30T10:02:14Z ERROR timeout acquiring connection after 3000ms route=/checkout\n"
       "2026-11-30T10:02:15Z INFO slow query 2840ms SELECT * FROM carts WHERE user_id=$1 FOR UPDATE\n"
       "2026-11-30T10:02:15Z INFO slow query 2911ms SELECT * FROM carts WHERE user_id=$1 FOR UPDATE\n\n"
       "Don't summarise it. Tell me what in our code/config likely causes this and what to change."),
    ex("en", "we were talking about weekend plans", A("Right, you were torn between hiking and the farmers' "
       "market."), "farmers market won. anyway, work thing: pandas read_csv turns '1.234,56' into strings. the "
       "file is a german bank export with ; separators and comma decimals. how do i read it properly?"),
    ex("en", S(AGENT), "Implement rate limiting on POST /login: 5 attempts per IP per 15 minutes, return 429 with "
       "Retry-After. Use the existing Redis client in app/cache.py.", A("Plan: add a sliding-window limiter in "
       "app/ratelimit.py, wire it as middleware for /login, tests in tests/test_login_ratelimit.py. Proceed?"),
       "yes, but use a fixed window, simpler to explain to the security team"),
    ex("en", "swift: how do I decode a JSON field that can be either a string or an int"),
    ex("en", S(SUPPORT), "Your webhook sends X-Signature as a hex HMAC-SHA256 of the body. My Express handler "
       "never verifies. Code:\n\napp.use(express.json());\napp.post('/hook', (req, res) => {\n  const sig = "
       "crypto.createHmac('sha256', secret).update(JSON.stringify(req.body)).digest('hex');\n  if (sig !== "
       "req.get('X-Signature')) return res.sendStatus(401);\n  res.sendStatus(200);\n});\n\nWhat's wrong?"),
    ex("en", "Review my PR description and the diff: I changed `except Exception: pass` to `except Exception as "
       "e: log.warning(e)` in 30 places. Is that actually better? What would you do instead?"),
    ex("en", "Give me a name for my new houseplant", A("How about Fernando? Or Leaf Erikson if it's a big "
       "one."), "leaf erikson lol. ok serious: powershell script that lists all services with startup type "
       "Automatic that are currently stopped, and writes them to a csv"),
    ex("en", "makefile target that runs tests only if src/ changed since last run"),
    ex("en", S(IDE), "Explain this SQL window function like I'm new to it:\n\nSELECT name, dept, salary,\n  "
       "RANK() OVER (PARTITION BY dept ORDER BY salary DESC) AS r\nFROM employees;"),
    ex("en", "my coworker says you can't sort a list of dicts by two keys in python (price ascending, then "
       "rating descending) without writing a cmp function. show him he's wrong"),
    ex("en", "Give me an OpenAPI 3 YAML snippet for GET /books/{id} returning 200 with a Book schema (id, title, "
       "authors array, published date) and 404."),
    ex("en", "We discussed microservices vs monolith yesterday", A("Right, you leaned toward a modular monolith "
       "for now. Want to continue that?"), "yes — sketch the folder structure and the module boundary rules as "
       "an import-linter config for a python modular monolith with billing, catalog and orders"),
    ex("en", "im making my first game!!", A("That's exciting! What engine and what kind of game?"),
       "unity, a platformer. problem: unity C#: my character falls through the floor at high speed. rigidbody, box collider, "
       "moving with transform.position += velocity * Time.deltaTime. fix?"),
]

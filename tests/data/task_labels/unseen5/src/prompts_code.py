"""code: the last user message asks for code to be written, fixed, reviewed, explained or converted
(programs, SQL, shell, regex, config, build files). Converting code between languages is code, not
translation."""

from common import A, S, ex

FERRY_BOT = S(
    "You are Marla, the virtual assistant of Nordlys Ferries. Help passengers with bookings, cabin "
    "upgrades, pets on board and the vehicle deck. Be brief and warm. Never promise refunds; send refund "
    "questions to the claims form."
)
LUMENBOARD_SQL = S(
    "You are the SQL copilot inside Lumenboard. The warehouse is Snowflake. Tables:\n"
    "orders(order_id, customer_id, created_at TIMESTAMP_NTZ, total_cents INT, status VARCHAR)\n"
    "customers(customer_id, country CHAR(2), signup_at TIMESTAMP_NTZ, plan VARCHAR)\n"
    "refunds(order_id, refunded_at TIMESTAMP_NTZ, amount_cents INT)\n"
    "Answer with a single query in a ```sql block and one sentence saying what it returns."
)
DIGEST_BOT = S(
    "You are DigestBot. Whatever the user pastes, reply with a summary of 3 to 5 bullet points. Do not add "
    "opinions."
)
PEOPLEDESK = S(
    "You are PeopleDesk, the HR assistant for Kestrel Logistics (1,400 staff, UK and Ireland). Answer "
    "questions about annual leave, payroll dates, pension enrolment and the hybrid-working policy. If you do "
    "not know, tell the employee to email hr@kestrel-logistics.example."
)
BRAMBLE_COPY = S(
    "You are the copywriter for Bramble & Oak, an independent furniture shop in Bristol. Voice: warm, "
    "slightly wry, never pushy. Product descriptions are 60-90 words."
)
CODEGEN_JSON = S(
    'You are a code generation endpoint. Reply with ONLY a JSON object of the form {"language": string, '
    '"code": string, "notes": string}. No markdown, no prose outside the JSON.'
)
MODDING_DISCORD = S(
    "You are Pip, the helper bot in the Valley Modders Discord (Stardew Valley modding with SMAPI and "
    "Content Patcher). Keep replies short and link to the wiki when you can. No piracy."
)
INFRA_AGENT = S(
    "You are an infrastructure agent with read access to the repository `infra-live` (Terraform 1.7, AWS "
    "provider 5.x, modules under modules/, environments under envs/). Propose changes only as unified "
    "diffs. Never run apply."
)
TUTOR_ES = S(
    "Eres Tito, tutor de programación para estudiantes de primer curso del grado en Informática. Responde "
    "siempre en español, paso a paso, y no des la solución completa de un ejercicio evaluable."
)
NOTEBOOK = S(
    "You are the assistant inside Quarry Notebooks. The active dataframe is `df` (pandas 2.2) with columns "
    "station_id (str), ts (datetime64[ns, UTC]), temp_c (float), humidity (float), wind_kmh (float). "
    "Prefer vectorised pandas over loops."
)
VET_CLINIC = S(
    "Du bist der Chat-Assistent der Tierarztpraxis Dr. Lindqvist in Lübeck. Du hilfst bei Terminbuchungen, "
    "Impfungen und Öffnungszeiten. Keine medizinischen Diagnosen."
)
GIT_REVIEW = S(
    "You are reviewbot on the acme/payments-core repository. When mentioned on a pull request, give "
    "specific, actionable review comments. Be direct; skip praise."
)

TERN_IDE = S(
    "You are Tern, the coding assistant inside the Helix IDE plugin. The user's open file is "
    "gateway/limits.py. Answer about the code in front of them; show changes as small patches."
)
ORBIT_DOCS = S(
    "You are the docs assistant for Orbit, an open-source static-site generator. Answer questions about "
    "installing Orbit, themes and the contributor guide. Link to docs.orbit.example when relevant."
)
INTERVIEW_COACH = S(
    "You are Rehearse, an interview practice coach. Run mock behavioural interviews, give feedback on "
    "STAR answers and keep the candidate calm. Ask one question at a time."
)
CLOUDNEST_RAG = S(
    "You are the support assistant for Cloudnest Hosting. Use the context below to answer; if the "
    "answer is not in it, say so.\n\nCONTEXT:\n- Managed Kubernetes plans: Starter (2 nodes, 4 GiB each), "
    "Growth (4 nodes, 8 GiB each).\n- LimitRange objects in customer namespaces are managed by Cloudnest and "
    "default containers to 512Mi unless overridden.\n- Support hours: 08:00-20:00 CET."
)
FERNHILL_SLACK = S(
    "You are Fern, the assistant in the Fernhill Studio Slack. People ask you about anything: the office "
    "wifi, lunch orders, tooling. Keep it casual."
)

CELERY_TRACE = """Traceback (most recent call last):
  File "/srv/app/.venv/lib/python3.11/site-packages/celery/app/trace.py", line 477, in trace_task
    R = retval = fun(*args, **kwargs)
  File "/srv/app/.venv/lib/python3.11/site-packages/celery/app/trace.py", line 760, in __protected_call__
    return self.run(*args, **kwargs)
  File "/srv/app/invoicing/tasks.py", line 88, in render_monthly_invoices
    pdf = renderer.render(invoice, locale=account.locale)
  File "/srv/app/invoicing/pdf.py", line 41, in render
    body = self.env.get_template("invoice.html").render(inv=invoice, fmt=self._money)
  File "/srv/app/.venv/lib/python3.11/site-packages/jinja2/environment.py", line 1301, in render
    self.environment.handle_exception()
  File "/srv/app/invoicing/templates/invoice.html", line 23, in top-level template code
    <td>{{ fmt(line.amount, inv.currency) }}</td>
  File "/srv/app/invoicing/pdf.py", line 19, in _money
    return babel.numbers.format_currency(cents / 100, currency, locale=self.locale)
TypeError: unsupported operand type(s) for /: 'NoneType' and 'int'

[2026-11-30 02:00:14,882: ERROR/ForkPoolWorker-3] Task invoicing.tasks.render_monthly_invoices[5c1e0b7a-11f3-4b52-9a07-c1f0e4d2a913] raised unexpected: TypeError("unsupported operand type(s) for /: 'NoneType' and 'int'")"""

RATE_LIMITER = '''import time
import threading


class TokenBucket:
    """Allow `rate` calls per second with bursts up to `capacity`."""

    def __init__(self, rate, capacity):
        self.rate = rate
        self.capacity = capacity
        self.tokens = capacity
        self.last = time.time()
        self.lock = threading.Lock()

    def _refill(self):
        now = time.time()
        elapsed = now - self.last
        self.tokens = self.tokens + elapsed * self.rate
        self.last = now

    def take(self, n=1):
        self._refill()
        with self.lock:
            if self.tokens >= n:
                self.tokens -= n
                return True
            return False

    def wait(self, n=1):
        while not self.take(n):
            time.sleep(1 / self.rate)


buckets = {}


def limiter_for(customer_id, rate=5, capacity=10):
    if customer_id not in buckets:
        buckets[customer_id] = TokenBucket(rate, capacity)
    return buckets[customer_id]
'''

DOCKERFILE = """FROM node:20
WORKDIR /app
COPY . .
RUN npm install
RUN npm run build
ENV NODE_ENV=production
EXPOSE 3000
CMD ["npm", "start"]"""

EXAMPLES = [
    ex("en", "regex for a UK postcode? just the pattern"),
    ex("en", FERRY_BOT,
       "hi Marla, I'm actually one of the devs on the booking integration, not a passenger lol. could you "
       "give me a small python function that calls a REST endpoint with retries and exponential backoff "
       "plus jitter? requests library is fine"),
    ex("en", LUMENBOARD_SQL,
       "monthly net revenue (orders minus refunds) per country for 2026, only paid orders, newest month "
       "first"),
    ex("en", DIGEST_BOT,
       "Don't summarise this one. Our nightly invoice job died with the trace below. What's the fix in "
       "_money, and should the template guard against it too?\n\n" + CELERY_TRACE),
    ex("en", TERN_IDE, "Here's our per-customer rate limiter. It's used from several threads in the gateway. "
       "Review it — I think there's a race but I can't see where.\n\n" + RATE_LIMITER),
    ex("en", FERNHILL_SLACK,
       "can you write me a haiku about the first frost",
       A("Glass on the puddles —\nthe cat inspects the garden\none paw at a time."),
       "cute. ok real question: I need a bash one-liner that finds every file over 500MB under /var and "
       "prints size + path sorted largest first"),
    ex("en", PEOPLEDESK,
       "not strictly HR but you're the only bot I've got access to — can you write a Google Apps Script "
       "that emails me whenever someone edits column F of our rota sheet?"),
    ex("en", BRAMBLE_COPY,
       "The product grid on the shop breaks on phones: cards overflow to the right. Here's the CSS, can you "
       "fix it so it's 1 column under 600px and 3 above?\n\n.grid { display: flex; }\n.card { width: 320px; "
       "margin: 12px; }\n.card img { width: 320px; }"),
    ex("en", CODEGEN_JSON, "TypeScript function that validates an IBAN (mod-97 check included)"),
    ex("en", MODDING_DISCORD,
       "how do i make my SMAPI mod reload its config.json when the player changes it in GMCM without "
       "restarting the game? C#, I already have a ModConfig class"),
    ex("en", INFRA_AGENT,
       "Our RDS instance in envs/prod has no deletion protection and backups are kept 1 day. Give me the "
       "diff to turn deletion protection on and keep backups 14 days."),
    ex("en", NOTEBOOK,
       "daily max temp per station, but only for days with at least 20 readings"),
    ex("en", GIT_REVIEW,
       "@reviewbot this PR changes refund rounding from round() to Decimal.quantize with ROUND_HALF_EVEN. "
       "Diff:\n\n-    fee = round(amount * rate, 2)\n+    fee = (Decimal(amount) * Decimal(rate)).quantize("
       "Decimal('0.01'), rounding=ROUND_HALF_EVEN)\n\nanything wrong with it?"),
    ex("en", "whats the difference between git rebase and git merge, with a tiny example of when rebase "
       "bites you"),
    ex("en", "Dockerfile for our Next.js app takes 9 minutes to build and the image is 1.4GB. Rewrite it "
       "as a multi-stage build, please.\n\n" + DOCKERFILE),
    ex("en",
       "Summarise the main idea of the CAP theorem in two sentences.",
       A("In a distributed system that can suffer network partitions, you must choose between consistency "
         "(every read sees the latest write) and availability (every request gets a response). When there "
         "is no partition you can have both."),
       "ok now show me in Go how a client would do a quorum read from 3 replicas with a timeout"),
    ex("en", "convert this to Rust pls\n\ndef chunks(xs, n):\n    for i in range(0, len(xs), n):\n"
       "        yield xs[i:i + n]"),
    ex("en",
       "do you actually like JavaScript or is that a weird question",
       A("Not weird! I don't have likes the way you do, but I can see why people love it and why it "
         "drives them up the wall. It has a lot of history baked into it."),
       "the history is what's biting me: why does `[] + {}` give \"[object Object]\" in the console but `{} "
       "+ []` gives 0"),
    ex("en", ORBIT_DOCS, "Write a GitHub Actions workflow that runs pytest on Python 3.11 and 3.12, caches "
       "pip, and only runs on pull requests that touch src/ or tests/."),
    ex("en",
       "Translate 'the meeting is moved to Thursday' into Dutch",
       A("De vergadering is verplaatst naar donderdag."),
       "thx. unrelated: nginx keeps returning 413 when people upload PDFs over 1MB, what do I change in "
       "the config?"),
    ex("en",
       "Three friends: one always lies, one always tells the truth, one is random. Is it possible to tell "
       "who is who with two yes/no questions?",
       A("Not in general with two questions if the random one can be asked either question; the classic "
         "version needs three questions, the first one used to find someone who is certainly not random."),
       "ok my brain is fried. back to work: in postgres, how do I find which queries are holding locks right "
       "now and kill the one blocking everything"),
    ex("en",
       "Which dates are mentioned here: 'Kick-off moved from 3 Feb to 10 Feb; review stays on 28 Feb.'",
       A("3 February, 10 February and 28 February."),
       "Explain what this does, line by line, I inherited it:\n\nawk -F, 'NR>1 && $4 > 100 "
       "{ s[$2] += $4 } END { for (k in s) printf \"%s\\t%.2f\\n\", k, s[k] }' sales.csv | sort -k2 -nr "
       "| head"),
    ex("en", "my React useEffect runs twice on mount and fires two API calls. is it a bug in my code or "
       "strict mode? how do I stop the double request properly"),
    ex("en", TERN_IDE,
       "What's a good name for a cat that's grey and very lazy?",
       A("A few ideas: Dumpling, Smudge, Sofa, Earl Grey, Mr. Nap, or Ash."),
       "lol Earl Grey it is. also, writing a tiny Flask app to log his feeding times — can you give me the "
       "model + one POST route with SQLite?"),
    ex("en", INTERVIEW_COACH, "unit tests for this please, pytest, cover the edge cases:\n\ndef "
       "parse_duration(s: str) -> int:\n    \"\"\"'1h30m' -> 5400, '45s' -> 45, '2h' -> 7200\"\"\"\n    "
       "total, num = 0, ''\n    for ch in s:\n        if ch.isdigit():\n            num += ch\n        "
       "else:\n            total += int(num) * {'h': 3600, 'm': 60, 's': 1}[ch]\n            num = ''\n    "
       "return total"),
    ex("en", CLOUDNEST_RAG, "k8s: pod keeps getting OOMKilled at exactly 512Mi even though I set limits to "
       "1Gi in the deployment. kubectl describe shows limits: memory: 512Mi. what am I missing in the "
       "yaml?"),
    ex("en",
       "any good book on distributed systems that isn't 900 pages?",
       A("Try 'Understanding Distributed Systems' by Roberto Vitillo: about 300 pages, practical, and "
         "it covers replication, consensus and failure handling without heavy maths."),
       "Kotlin coroutines: how do I run 10 network calls in parallel but at most 3 at a time?"),
    ex("en",
       "roughly how many GB is 40 million rows at 180 bytes each?",
       A("40,000,000 × 180 bytes = 7.2 × 10^9 bytes, so about 7.2 GB (6.7 GiB), before indexes and "
         "per-row overhead."),
       "ok so not tiny. write the SQL migration to split `full_name` into `first_name` and `last_name` in "
       "the users table without downtime (postgres 15, 40M rows)"),
    ex("en", "hmm my regex `^\\d{3}-\\d{4}$` matches in regex101 but not in my Java code, I'm using "
       "String.matches with \"^\\d{3}-\\d{4}$\". why??"),
    ex("en", FERNHILL_SLACK, "tiny vim question: how do I replace foo with bar only inside the visual "
       "selection"),
    ex("en",
       "I'm planning a 3-day trip to Lisbon in March, any tips?",
       A("March is mild and quieter than summer. Spend a day in Alfama and Graça, one in Belém, and take "
         "the train to Sintra on the third. Book the Pena Palace slot ahead."),
       "great. for my trip-planner side project: write a JS function that takes a list of places with "
       "lat/lon and returns them in nearest-neighbour order starting from the hotel"),
    ex("en",
       "write me a limerick about terraform state files",
       A("A state file that lived in a bucket\nGot locked, and the team couldn't touch it.\nThey forced "
         "the unlock,\nTo a terrible shock:\nTwo applies, and the prod VPC? Nuked it."),
       "haha too real. anyway — Terraform plan says it will destroy and recreate my S3 bucket because I "
       "renamed the resource from aws_s3_bucket.logs to aws_s3_bucket.access_logs. How do I rename without "
       "destroying it?"),
    ex("es", TUTOR_ES,
       "Tito, no entiendo por qué mi función recursiva para sumar una lista en Python da RecursionError "
       "con listas de 2000 elementos. ¿Me explicas qué pasa y cómo hacerla iterativa?"),
    ex("fr", "Je dois écrire un script PowerShell qui supprime les fichiers de plus de 30 jours dans "
       "C:\\Exports, sauf les .xml. Tu peux m'aider ?"),
    ex("de", VET_CLINIC,
       "Ich bin der Praxis-IT-Typ und kein Tierhalter :) Kannst du mir ein Python-Skript schreiben, das aus "
       "unserer termine.csv (Spalten: datum, uhrzeit, tier, besitzer_email) jeden Abend Erinnerungsmails "
       "für den nächsten Tag verschickt?"),
    ex("pt", "alguém me explica por que esse código em Java dá NullPointerException?\n\nMap<String, "
       "Integer> estoque = new HashMap<>();\nint qtd = estoque.get(\"parafuso\");"),
    ex("it", "Mi serve una query MongoDB che raggruppi gli ordini per mese e calcoli il totale, solo quelli "
       "con stato \"spedito\". Campi: data_ordine, totale, stato."),
    ex("nl",
       "Kun je deze zin korter maken: 'Wij willen u er graag op attenderen dat de vergadering van morgen "
       "helaas niet door kan gaan.'",
       A("'De vergadering van morgen gaat helaas niet door.'"),
       "Top. Andere vraag: hoe zet ik in een bash-script een timeout van 30 seconden op een curl-aanroep, en "
       "hoe vang ik die fout af?"),
    ex("pl", "Napisz mi w C funkcję, która odwraca listę jednokierunkową w miejscu. Bez rekurencji."),
    ex("tr", "Laravel'de kullanıcı giriş yaptıktan sonra rolüne göre farklı sayfaya yönlendirmek "
       "istiyorum. Middleware ile nasıl yaparım?"),
    ex("ru", "Почему этот цикл на Go печатает пять раз число 5, а не 0..4?\n\nfor i := 0; i < 5; i++ {\n"
       "    go func() { fmt.Println(i) }()\n}\ntime.Sleep(time.Second)"),
    ex("uk", "Допоможи написати Dockerfile для FastAPI застосунку з poetry, щоб образ був якомога меншим."),
    ex("zh", "用 Python 写一个函数，把一个嵌套的 dict 展平成 key 用点号连接的形式，比如 {'a': {'b': 1}} 变成 "
       "{'a.b': 1}。"),
    ex("ja", "この SQL がすごく遅いです。インデックスをどう張ればいいですか？\n\nSELECT * FROM logs WHERE "
       "user_id = 42 AND created_at > now() - interval '7 days' ORDER BY created_at DESC LIMIT 50;"),
    ex("ko", "Spring Boot에서 @Transactional을 붙였는데 같은 클래스 안에서 호출하면 롤백이 안 돼요. 왜 "
       "그런지랑 해결 방법 알려주세요."),
    ex("hi", "bhai mera Node server har 2-3 ghante mein crash ho jaata hai with 'JavaScript heap out of "
       "memory'. memory leak kaise dhoondhu? koi tool ya code batao"),
    ex("ar", "اكتب لي دالة بلغة JavaScript تتحقق من أن رقم الهاتف السعودي صحيح (يبدأ بـ 05 ومكوّن من 10 "
       "أرقام)."),
    ex("id", "Gimana cara bikin cron job di Linux yang jalanin script backup.sh tiap hari jam 2 pagi, dan "
       "log-nya disimpan ke file?"),
    ex("vi", "Mình viết API bằng Express, làm sao để validate body request với zod và trả lỗi 400 gọn gàng? "
       "Cho mình ví dụ code nhé."),
    ex("sv", "Hur skriver jag en SQL-fråga som hittar dubbletter av e-postadresser i tabellen kunder, "
       "oavsett stora och små bokstäver?"),
]

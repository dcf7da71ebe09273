"""`code`: the last user message asks for code to be written, fixed, explained, reviewed or run through a tool.

Written by hand for the writer4 training set. Debugging and review are often asked in passing, after
earlier turns about something else, or inside apps whose system prompt is not about code.
"""

from common import A, S, ex

AGENT = S(
    "You are DevAgent, an autonomous coding agent working in a git checkout.\n"
    "Tools (call one per message as JSON {\"tool\": name, \"args\": {...}}):\n"
    "- read_file(path)\n- write_file(path, content)\n- run(cmd)  # shell, 120s timeout\n"
    "- search(pattern)  # ripgrep over the repo\n"
    "When the task is done, answer with {\"final\": \"<what you changed>\"}. Never push."
)
IDE = S("You are the inline assistant of the Kestrel IDE. The user's open file and cursor position are sent "
        "with each message. Be brief; prefer a diff over a full file.")
NOTEBOOK = S("You are a Jupyter notebook assistant. The user's previous cells are available as context. "
             "Answer with a single code cell unless asked otherwise.")
SUPPORT = S("You are Pip, the support assistant for Ledgerly, an invoicing SaaS. Help customers with their "
            "account, billing and our public REST API (base URL https://api.ledgerly.io/v2). Be friendly.")
REVIEWER = S("You are a code reviewer bot for the payments team. Comment on correctness first, then "
             "security, then style. Reply in the language of the pull request description.")
BI = S("You are the SQL helper inside Metricbase. The warehouse is Snowflake. Tables: orders(order_id, "
       "customer_id, created_at, status, total_cents), customers(customer_id, country, signup_at, plan).")
TRANSLATE_APP = S("You are LinguaDesk, a translation assistant for a localisation agency. Translate faithfully, "
                  "keep placeholders like {name} untouched.")

EXAMPLES = [
    ex("en", "regex for a UK postcode, python, no lookbehind"),
    ex("en", r"""Task exception was never retrieved
future: <Task finished name='Task-7' coro=<Poller.tick() done, defined at poller.py:41> exception=KeyError('cursor')>
Traceback (most recent call last):
  File "poller.py", line 47, in tick
    since = self.state["cursor"]
KeyError: 'cursor'

class Poller:
    def __init__(self, client):
        self.client = client
        self.state = {}

    async def start(self):
        asyncio.create_task(self.tick())

    async def tick(self):
        since = self.state["cursor"]
        rows = await self.client.fetch(since=since)
        self.state["cursor"] = rows[-1].id

why does nobody see this error until shutdown, and what's the right way to structure start()/tick()?"""),
    ex("en", AGENT, "CI job `lint` fails with E501 on src/billing/invoice.py lines 88 and 140. Fix it without "
                    "changing behaviour, then run ruff to confirm."),
    ex("en", AGENT, "Add a --dry-run flag to scripts/prune_artifacts.py that prints what would be deleted "
                    "instead of deleting it. Keep the existing tests passing and add one for the new flag."),
    ex("en",
       "summarise these standup notes in 3 bullets: Dana finished the SSO spike, blocked on IdP metadata. "
       "Omar fixed flaky e2e test, still seeing timeouts on Safari. Li is out Thu-Fri.",
       A("- Dana finished the SSO spike but is blocked waiting for IdP metadata.\n"
         "- Omar fixed the flaky e2e test; Safari timeouts remain.\n- Li is out Thursday and Friday."),
       r"""thx. unrelated — my Go server leaks goroutines when clients disconnect mid-stream. handler:

func stream(w http.ResponseWriter, r *http.Request) {
    ch := make(chan Event)
    go bus.Subscribe(ch)
    for ev := range ch {
        fmt.Fprintf(w, "data: %s\n\n", ev.JSON())
        w.(http.Flusher).Flush()
    }
}

what am I missing?"""),
    ex("es", """¿Por qué este useEffect se ejecuta dos veces al montar el componente? Solo pasa en desarrollo.

useEffect(() => {
  fetch(`/api/cart/${id}`).then(r => r.json()).then(setCart);
}, [id]);

Y si es normal, ¿cómo evito que se dispare la petición dos veces?"""),
    ex("fr", "Écris une fonction Rust qui fusionne deux Vec<i64> déjà triés en un seul vecteur trié, en "
             "une seule passe et sans allocation inutile. Ajoute deux tests."),
    ex("de", """Kannst du kurz drüberschauen? Das Image ist 1,9 GB groß und der Build dauert ewig.

FROM python:3.12
WORKDIR /app
COPY . .
RUN apt-get update && apt-get install -y build-essential libpq-dev
RUN pip install -r requirements.txt
CMD ["gunicorn", "app:app", "-b", "0.0.0.0:8000"]

Was würdest du ändern?"""),
    ex("pt", "Como faço um upsert no PostgreSQL com ON CONFLICT quando a chave única é composta "
             "(tenant_id, sku)? Quero atualizar só o preço e o updated_at."),
    ex("it", """Questo script si blocca quando un file ha degli spazi nel nome, perché?

for f in $(ls /data/incoming/*.csv); do
  wc -l $f >> report.txt
done"""),
    ex("nl", "Schrijf een pytest-fixture die per test een tijdelijke SQLite-database aanmaakt, het schema uit "
             "schema.sql laadt en de verbinding na afloop sluit."),
    ex("pl", r"""Mam błąd kompilacji i nie rozumiem dlaczego:

error[E0502]: cannot borrow `self.items` as mutable because it is also borrowed as immutable

for item in self.items.iter() {
    if item.expired() {
        self.items.retain(|i| !i.expired());
    }
}

Jak to poprawnie napisać?"""),
    ex("tr", """Bu sorgu üretimde 40 saniye sürüyor, neden? EXPLAIN çıktısı da aşağıda.

SELECT * FROM events WHERE lower(email) = 'ayse@ornek.com' ORDER BY created_at DESC LIMIT 20;

Limit  (cost=812344.10..812344.15 rows=20)
  ->  Sort  (cost=812344.10..812390.55 rows=18580)
        Sort Key: created_at DESC
        ->  Seq Scan on events  (cost=0.00..811850.00 rows=18580)
              Filter: (lower(email) = 'ayse@ornek.com'::text)

email sütununda zaten index var."""),
    ex("en", "typescript debounce<T extends (...args: any[]) => void> that keeps the arg types and has .cancel()"),
    ex("uk", "Поясни, що робить цей рядок і чому він друкує порожній результат на моєму файлі: "
             "awk -F, 'NR>1{s[$2]+=$5} END{for(k in s) print k, s[k]}' sales.csv"),
    ex("en", """port this to python 3, only the print and iteritems bits, leave the logic alone:

def dump(stats):
    for k, v in stats.iteritems():
        print "%-20s %d" % (k, v)
    print >>sys.stderr, "done"
"""),
    ex("ja", """このKotlinのコルーチン、画面を閉じてもキャンセルされないのはなぜですか？

GlobalScope.launch {
    while (true) {
        repo.refresh()
        delay(5_000)
    }
}"""),
    ex("ko", "Spring Boot에서 같은 클래스 안의 메서드를 호출하면 @Transactional이 안 먹는 이유랑, "
             "구조를 크게 안 바꾸고 고치는 방법 알려줘."),
    ex("hi", "bhai ye numpy error samajh nahi aa raha: operands could not be broadcast together with shapes "
             "(32,10) (32,). Mujhe har row se uska mean subtract karna hai. Code: x - x.mean(axis=1). Fix batao"),
    ex("ar", "اكتب دالة بايثون تتحقق من صحة رقم IBAN (الطول حسب الدولة وخوارزمية mod 97) وأرجِع True أو False."),
    ex("id", "Tolong buatkan pipeline aggregate MongoDB untuk menghitung jumlah order per bulan selama 2025. "
             "Field tanggalnya createdAt, koleksinya orders."),
    ex("vi", "Viết giúp mình một workflow GitHub Actions chạy pytest trên Python 3.11 và 3.12 mỗi khi có "
             "pull request vào nhánh main, có cache pip."),
    ex("ta", """இந்த JavaScript-ல் button click பண்ணும்போது ஏன் `this` undefined ஆகுது? எப்படி சரி பண்றது?

class Counter {
  constructor() { this.n = 0; }
  inc() { this.n++; render(this.n); }
}
const c = new Counter();
button.addEventListener('click', c.inc);"""),
    ex("en", IDE, "this function is O(n^2) on big lists, can you make it linear?\n\n"
                  "def dedupe(xs):\n    out = []\n    for x in xs:\n        if x not in out:\n"
                  "            out.append(x)\n    return out\n\nkeep the original order"),
    ex("en", IDE, "add type hints to the whole file and fix whatever mypy --strict will complain about"),
    ex("en", IDE, "write a unit test for parse_duration() that also covers '1h30m', '90s' and the empty string"),
    ex("en", NOTEBOOK, "plot daily active users from df (columns: date, user_id) as a 7-day rolling average, "
                       "and mark weekends with a light grey band"),
    ex("en", NOTEBOOK, "why does this cell give me SettingWithCopyWarning? all I did was "
                       "df[df.country == 'FR']['price'] = df['price'] * 1.2"),
    ex("en", SUPPORT, "hey Pip, I'm calling POST /invoices from node and keep getting 401 even though the key "
                      "works in curl. here's my code:\n\nconst res = await fetch('https://api.ledgerly.io/v2/invoices', {\n"
                      "  method: 'POST',\n  headers: { Authorization: process.env.LEDGERLY_KEY },\n"
                      "  body: JSON.stringify(invoice)\n});"),
    ex("en", SUPPORT, "hi, can you send me a python example of paging through GET /customers? we have about "
                      "12k customers and I only ever get the first 100 back"),
    ex("en", REVIEWER, """PR #2291: retry card capture on timeout

def capture(payment_id):
    for attempt in range(5):
        try:
            return gateway.capture(payment_id)
        except Timeout:
            time.sleep(2 ** attempt)
    raise CaptureFailed(payment_id)"""),
    ex("es", REVIEWER, """PR #2304: redondeo de comisiones

Descripción: cambiamos el cálculo de la comisión a float porque Decimal era lento.

def fee(amount_cents: int, rate: float) -> int:
    return int(amount_cents * rate)

¿Lo apruebas?"""),
    ex("en", BI, "revenue by country for customers who signed up in 2025, only completed orders, biggest first"),
    ex("en", BI, "why does this return more rows than orders has?\n\nSELECT o.order_id, c.plan FROM orders o "
                 "JOIN customers c ON c.country = o.customer_id"),
    ex("en", TRANSLATE_APP, "not a translation this time sorry — our extraction script breaks on strings like "
                            "'Hello {name}, you have {count} items'. I need a Python regex that finds every "
                            "{placeholder} but ignores doubled braces like {{literal}}."),
    ex("en", S("You are Sage, a friendly wellness companion app. Encourage healthy habits."),
       "lol this is random but my habit tracker side project crashes on Android when I rotate the screen. "
       "It's a Flutter app and the error is 'setState() called after dispose()'. How do I fix that?"),
    ex("en",
       "can you write a haiku about deploying on fridays",
       A("Green checks at five p.m. —\nthe pager sleeps, then it wakes.\nWeekend in the logs."),
       "haha perfect. ok now actually help me: write a bash script that refuses to run `kubectl apply` "
       "on fridays after 3pm unless FORCE=1 is set"),
    ex("en",
       "translate 'the build is green' into german",
       A("\"Der Build ist grün.\""),
       "danke. now the jest test for my useDebounce hook times out, I'm using fake timers:\n\n"
       "jest.useFakeTimers();\nconst { result } = renderHook(() => useDebounce('a', 500));\n"
       "await waitFor(() => expect(result.current).toBe('a'));"),
    ex("en",
       "which is better for a 10-person team, Linear or Jira?",
       A("For ten people Linear is usually the lighter choice: fast, opinionated, little setup. Jira pays off "
         "when you need heavy custom workflows or already live in Atlassian."),
       "ok we'll try linear. can you write me a script that exports our jira issues to CSV with key, "
       "summary, status and assignee using their REST API? python is fine"),
    ex("en",
       "what's a good name for a cat",
       A("Miso, Pixel, Biscuit, Juniper, or Tofu if it's a calm one."),
       "Pixel it is. unrelated, why is this python returning None?\n\n"
       "def find_user(users, name):\n    for u in users:\n        if u['name'] == name:\n"
       "            return u\n        else:\n            return None"),
    ex("ru",
       "Сделай краткое резюме статьи о переходе Figma на новый движок рендеринга (текст ниже)...",
       A("Кратко: Figma перенесла рендеринг на WebGPU, что ускорило отрисовку больших файлов и снизило "
         "потребление памяти; переход шёл поэтапно за фича-флагом."),
       "Спасибо. Кстати, у меня в Go тест падает с data race, вот кусок: var hits int; for i := 0; i < 10; "
       "i++ { go func(){ hits++ }() }. Как правильно?"),
    ex("en",
       "give me 5 ideas for a team offsite in lisbon",
       A("1. Surf lesson in Carcavelos\n2. Tile-painting workshop\n3. Sintra day trip\n4. Food tour in "
         "Alfama\n5. Sunset sail on the Tagus"),
       "nice. before I forget — the booking form on our site double-submits. "
       "React, the submit button isn't disabled while the request is in flight. quick fix?"),
    ex("zh",
       S("你是一个 RAG 助手，只能根据提供的文档回答问题。"),
       "根据文档，退货期限是多少天？\n\n文档：所有商品自签收之日起 30 天内可无理由退货。",
       A("根据文档，签收之日起 30 天内可以无理由退货。"),
       "好的。另外我们这个 RAG 服务的 Python 代码里，分块函数切出来的片段有重叠丢失的问题，帮我看看：\n\n"
       "def chunk(text, size=500, overlap=50):\n    return [text[i:i+size] for i in range(0, len(text), size)]"),
    ex("en",
       "difference between a Deployment and a StatefulSet, one paragraph",
       A("A Deployment runs interchangeable pods: any replica can replace any other and they share no identity. "
         "A StatefulSet gives each pod a stable name, ordinal and its own persistent volume, and starts and "
         "stops them in order, which is what databases and quorum systems need."),
       "got it. k8s cronjob yaml, runs `python -m jobs.rollup` every 15 min, no overlap, keep 3 failed jobs"),
    ex("en",
       "what are s3 lifecycle rules for, briefly",
       A("They move or delete objects automatically as they age: for example, shift logs to Glacier after 30 "
         "days and delete them after a year, or clean up incomplete multipart uploads."),
       """ok. separate thing: here's my terraform, `plan` keeps wanting to replace the bucket every time even though nothing changed:

resource "aws_s3_bucket" "logs" {
  bucket = "acme-logs-${timestamp()}"
}

what's going on and how should I name it?"""),
    ex("en", "convert this curl to python requests:\ncurl -X PATCH https://api.example.com/v1/users/42 "
             "-H 'Authorization: Bearer $TOKEN' -H 'Content-Type: application/json' -d '{\"plan\":\"pro\"}'"),
    ex("en", S("You are an evaluation harness. Respond only with the completed function body, no prose."),
       'def is_balanced(s: str) -> bool:\n    """Return True if every (, [ and { in s is closed in the right order."""'),
    ex("en", r"""our CI cache never hits, every run reinstalls everything (~6 min). workflow + the relevant log:

name: ci
on: [push, pull_request]
jobs:
  test:
    runs-on: ubuntu-latest
    strategy:
      matrix:
        python: ["3.11", "3.12"]
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-python@v5
        with:
          python-version: ${{ matrix.python }}
      - name: cache deps
        uses: actions/cache@v4
        with:
          path: ~/.cache/pip
          key: pip-${{ runner.os }}-${{ hashFiles('requirements*.txt') }}-${{ github.sha }}
          restore-keys: |
            pip-${{ runner.os }}-${{ github.sha }}
      - run: pip install -r requirements.txt -r requirements-dev.txt
      - run: pytest -q

Run actions/cache@v4
  with:
    path: ~/.cache/pip
    key: pip-Linux-9f2c41d0b7e3a5c1-3b7e0a9d41c2e8f5a6b1
    restore-keys: pip-Linux-3b7e0a9d41c2e8f5a6b1
Cache not found for input keys: pip-Linux-9f2c41d0b7e3a5c1-3b7e0a9d41c2e8f5a6b1, pip-Linux-3b7e0a9d41c2e8f5a6b1
Run pip install -r requirements.txt -r requirements-dev.txt
Collecting fastapi==0.115.6
  Downloading fastapi-0.115.6-py3-none-any.whl (94 kB)
Collecting torch==2.5.1
  Downloading torch-2.5.1-cp312-cp312-manylinux1_x86_64.whl (906.4 MB)
...
Successfully installed 87 packages
Post job cleanup.
Post cache deps
Cache saved with key: pip-Linux-9f2c41d0b7e3a5c1-3b7e0a9d41c2e8f5a6b1

also both matrix jobs seem to save separately even though the key has no python version in it, is that
related? fix the workflow please, and tell me whether caching ~/.cache/pip is even the right thing vs the
site-packages"""),
    ex("en",
       "write a two-line thank-you note to a client who just renewed for another year",
       A("Thank you for renewing with us for another year! We're glad to keep building alongside you."),
       "great. now I need a SQL window function query: for each customer, their order total and the running total "
             "of all their previous orders, postgres"),
    ex("en",
       "Can you proofread this sentence: 'Their going to ship the fix tomorrow.'",
       A("It should be \"They're going to ship the fix tomorrow.\""),
       "ha, thanks. and speaking of fixes, my nginx config returns 404 for /api/ routes but / works:\n\n"
       "location /api {\n    proxy_pass http://backend:8080/;\n}\n\nthe backend expects paths like /api/users"),
]

"""code: write, fix, explain, review or port code, queries, shell commands and configuration."""

from common import A, S, ex

HARBOR = S("You are Quay, the staff assistant inside Harbormaster, a ferry booking system used by port offices. "
           "Answer questions about sailings, bookings, refunds and vehicle deck space. Keep answers short and polite.")
AGENT = S("You are a coding agent working in the user's repository. The user pastes files and command output. "
          "Prefer the smallest change that works and show changes as a unified diff. Never invent files you have "
          "not been shown.")
LEDGERLY = S("You are the SQL helper in Ledgerly, a reporting tool. The warehouse is PostgreSQL 15 with tables "
             "orders(id, customer_id, placed_at timestamptz, total_cents int, status text), customers(id, country "
             "char(2), created_at timestamptz) and refunds(order_id, amount_cents int, refunded_at timestamptz). "
             "Reply with one SQL statement and at most two sentences.")
CUBS = S("You are Pip, the tutor in CodeCubs, an app that teaches Python to children aged 10 to 14. Use simple "
         "words, never hand over a full homework answer at once, and be encouraging.")
VET = S("You are the front-desk assistant for Larchfield Veterinary Clinic. Help with appointment times, "
        "vaccination reminders and opening hours. Never give a medical diagnosis.")
CIBOT = S("You are ci-bot. You triage failed builds for the platform team: read the job log the user pastes, say "
          "which step failed and why, and propose a fix.")

RETRY_FILE = '''# notify/client.py
import time
import requests

class PushClient:
    def __init__(self, base_url, token):
        self.base_url = base_url
        self.session = requests.Session()
        self.session.headers["Authorization"] = f"Bearer {token}"

    def send(self, device_id, payload):
        while True:
            r = self.session.post(f"{self.base_url}/v2/push/{device_id}", json=payload, timeout=5)
            if r.status_code == 429:
                time.sleep(1)
                continue
            r.raise_for_status()
            return r.json()
'''

ACTIONS_LOG = '''Run actions/setup-node@v4
  with:
    node-version: 18
    cache: pnpm
Error: Unable to locate executable file: pnpm. Please verify either the file path exists or the file can be found within a directory specified by the PATH environment variable. Also check the file mode to verify the file is executable.
    at Object.<anonymous> (/home/runner/work/_actions/actions/setup-node/v4/dist/setup/index.js:83290:19)
    at Generator.next (<anonymous>)
Error: Process completed with exit code 1.

--- workflow ---
jobs:
  test:
    runs-on: ubuntu-22.04
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-node@v4
        with:
          node-version: 18
          cache: pnpm
      - uses: pnpm/action-setup@v3
        with:
          version: 8
      - run: pnpm install --frozen-lockfile
      - run: pnpm test'''

K8S_EVENTS = '''LAST SEEN   TYPE      REASON      OBJECT                        MESSAGE
4m12s       Normal    Pulled      pod/invoicer-7c9f8d-x2kqp     Container image "registry.local/invoicer:2.14.0" already present on machine
4m12s       Normal    Started     pod/invoicer-7c9f8d-x2kqp     Started container invoicer
3m41s       Warning   Unhealthy   pod/invoicer-7c9f8d-x2kqp     Liveness probe failed: Get "http://10.42.3.17:8080/healthz": context deadline exceeded (Client.Timeout exceeded while awaiting headers)
3m31s       Warning   Unhealthy   pod/invoicer-7c9f8d-x2kqp     Liveness probe failed: Get "http://10.42.3.17:8080/healthz": context deadline exceeded
3m21s       Normal    Killing     pod/invoicer-7c9f8d-x2kqp     Container invoicer failed liveness probe, will be restarted
3m20s       Warning   BackOff     pod/invoicer-7c9f8d-x2kqp     Back-off restarting failed container

        livenessProbe:
          httpGet:
            path: /healthz
            port: 8080
          initialDelaySeconds: 5
          periodSeconds: 10
          timeoutSeconds: 1
          failureThreshold: 3

the app runs flyway migrations on boot, takes ~90s on the big tenants'''

GO_HANDLER = '''func (s *Server) handleUpload(w http.ResponseWriter, r *http.Request) {
	file, header, err := r.FormFile("file")
	if err != nil {
		http.Error(w, err.Error(), 400)
	}
	dst, _ := os.Create(filepath.Join("/srv/uploads", header.Filename))
	io.Copy(dst, file)
	s.mu.Lock()
	s.count++
	if s.count > s.limit {
		http.Error(w, "quota", 429)
		return
	}
	s.mu.Unlock()
	fmt.Fprintf(w, "ok %d", s.count)
}'''

EXAMPLES = [
    ex("en", "yo can you write me a bash one-liner that finds every .log file over 100MB under /var and gzips it "
       "in place"),
    ex("en", AGENT, RETRY_FILE + "\n\nthis spins forever when the push provider rate limits us. make it back off "
       "exponentially, give up after 5 tries, and honour Retry-After when they send it"),
    ex("en", LEDGERLY, "monthly net revenue per country for 2026 so far. net = orders minus refunds, and a refund "
       "counts in the month it was refunded, not the month of the order"),
    ex("en", LEDGERLY, "which customers placed an order in each of the last 3 calendar months? just ids"),
    ex("en", CUBS, "my turtle only draws one line and then stops?? i wanted a square\n\nimport turtle\n"
       "t = turtle.Turtle()\nfor i in range(4):\nt.forward(100)\nt.right(90)"),
    ex("en", CUBS, "whats the difference between = and == i keep mixing them up and my if doesnt work"),
    ex("en", VET, "what time do you close on saturdays?",
       A("We're open 8:30 to 13:00 on Saturdays."),
       "bit off topic, sorry. our booking export is a csv and the appointment column looks like "
       "'07/12/2026 14:30' (day first). could you give me a pandas snippet that turns it into proper ISO datetimes? "
       "the receptionist who did this before left"),
    ex("en", HARBOR, "is the 17:40 to Port Ellis running today? the forecast looks grim",
       A("The 17:40 is currently running to schedule. Check the status board before boarding in case the "
         "weather update at 15:00 changes that."),
       "the nightly timetable export someone wrote for us died with KeyError: 'vessel_code'. this is "
       "the bit it points at:\n\nfor row in rows:\n    out.append({'ship': row['vessel_code'], 'dep': "
       "row['departure']})\n\n"
       "the supplier renamed the field to vesselCode last week I think. can you make it work with both?"),
    ex("en", CIBOT, ACTIONS_LOG),
    ex("en", CIBOT, "flake8 passes locally but fails in CI with E501 on lines that are 95 chars. our setup.cfg says "
       "max-line-length = 120. the CI step is `flake8 src/`. ideas?"),
    ex("en", "Could you write a short toast for my sister's wedding? She's a marine biologist and he's a chef.",
       A("To Maya and Jonas: one of them knows every creature in the sea, the other knows exactly how long to "
         "grill it. May your marriage have her curiosity, his patience, and nobody ever mentions the octopus. "
         "To the happy couple!"),
       "haha perfect. ok totally different thing: how do I make git stop tracking a file I already committed "
       "but keep it on my disk? it's .env. yes I know."),
    ex("en", "what does this japanese error mean? 「ポート 5432 は既に使用されています」",
       A("It says: \"Port 5432 is already in use.\" Something on your machine is already listening on the "
         "PostgreSQL default port."),
       "right, probably my local postgres. how do I change the compose file so the container uses 5433 on my "
       "side but still 5432 inside?\n\nservices:\n  db:\n    image: postgres:16\n    ports:\n      - \"5432:5432\""),
    ex("en", "Summarise this for me: the city council voted 7-2 to extend the bike lane pilot through March, citing "
       "a 14% drop in collisions on Fenwick Road.",
       A("The council voted 7-2 to keep the bike lane pilot going until March because collisions on Fenwick "
         "Road fell by 14%."),
       "thx. unrelated, I'm scraping the council minutes pages for a side project and BeautifulSoup returns None "
       "for soup.find('table', class_='votes') even though I see the table in the browser. what gives?"),
    ex("en", "regex for ipv4 pls"),
    ex("en", "can you give me some name ideas for our team's internal CLI? it manages feature flags",
       A("A few: flagpole, semaphore, toggler, flipside, lever, pennant. 'flagpole' reads well in commands: "
         "`flagpole set checkout-v2 on`."),
       "flagpole it is. different question: explain what this actually does, a colleague put it in our Makefile "
       "and I don't want to break "
       "anything:\n\nfind . -name '*.pyc' -delete 2>/dev/null || true"),
    ex("en", "what's the German for 'deduplicate' on a button label? short please",
       A("\"Duplikate entfernen\" is the usual UI wording; \"Deduplizieren\" exists but sounds technical."),
       "danke. also why is this quadratic? it's taking minutes on 200k rows\n\nseen = []\nfor row in rows:\n"
       "    if row.email not in seen:\n        seen.append(row.email)\n        out.write(row)"),
    ex("en", "quick dinner idea with chickpeas, spinach and not much else? I have 20 min",
       A("Fry garlic and a pinch of chili in olive oil, add the drained chickpeas and cook until a bit crisp, "
         "stir in the spinach until it wilts, then finish with lemon, salt and a spoon of yogurt if you have it."),
       "making that now. meanwhile rustc is yelling at me:\n\nerror[E0502]: cannot borrow `self.items` as mutable "
       "because it is also "
       "borrowed as immutable\n  --> src/cart.rs:41:13\n   |\n39 |         for item in self.items.iter() {\n"
       "   |                     ----------------- immutable borrow occurs here\n40 |             if item.qty == 0 {\n"
       "41 |                 self.items.remove(item.id);\n   |                 ^^^^^^^^^^^^^^^^^^^^^^^^^^ mutable "
       "borrow "
       "occurs here\n\nI just want to drop the zero-quantity ones"),
    ex("en", "review this handler before I merge it, I have a bad feeling about the mutex\n\n" + GO_HANDLER),
    ex("en", "tl;dr this thread pls: 'dana: jq is the only reason the image needs apk add. / raf: it's used in "
       "one script. / dana: then let's rewrite that script in python and drop it. / raf: fine by me if someone "
       "owns it'",
       A("The team wants to drop jq from the image; it is only used in one script, which they'd rewrite in "
         "Python if someone takes it on."),
       "I took it on lol. turn this jq into python, we're dropping the jq dependency from the image:\n\n"
       "jq -r '.items[] | select(.status==\"active\") | [.id, .owner.email] | @csv' accounts.json"),
    ex("en", S("You are Dispatch Desk, the planning assistant for Crumb & Co bakery's delivery team. Help plan "
               "routes, driver shifts and order cut-off times."),
       "google sheets apps script: when someone ticks the checkbox in column F, put today's date in column G "
       "of the same row. only on the sheet called 'Deliveries'"),
    ex("en", "ugh third night on call this week, I'm so done",
       A("That sounds exhausting. Three nights in a week is a lot, especially if the pages are waking you up. "
         "Is it the same thing breaking each time?"),
       "kinda yeah. nginx keeps dropping my websocket after 60s behind the proxy. current block:\n\nlocation /live/ {\n"
       "    proxy_pass http://127.0.0.1:9001;\n}\n\nwhat do I need to add"),
    ex("en", "my pods keep getting restarted right after deploy, fix the probe please\n\n" + K8S_EVENTS),
    ex("en", "sanity check: how many seconds is 1h30m",
       A("5,400 seconds (90 minutes × 60)."),
       "ok good. write pytest tests for this, including the weird cases:\n\ndef parse_duration(s: str) -> int:\n"
       "    \"\"\"'1h30m' -> 5400, '45s' -> 45, '2h' -> 7200. Raises ValueError on junk.\"\"\""),
    ex("en", S("You are Taxly, an assistant for small-business bookkeeping in the UK. Explain VAT, expenses "
               "and deadlines in plain English. You are not a substitute for an accountant."),
       "port this to typescript pls, keep the behaviour identical incl. the rounding\n\nfunction vat_split($gross, "
       "$rate) {\n    $net = round($gross / (1 + $rate), 2);\n    return ['net' => $net, 'vat' => round($gross - "
       "$net, 2)];\n}"),
    ex("en", "this segfaults only with -O2, not -O0. what am I doing wrong\n\nchar *join(const char *a, const char "
       "*b) {\n"
       "    char buf[256];\n    snprintf(buf, sizeof buf, \"%s/%s\", a, b);\n    return buf;\n}"),
    ex("en", "write a two-line slack message telling the team the public API might be slow this afternoon",
       A("Heads up: the public API may be slower than usual this afternoon while we look into a database issue. "
         "We'll post here when it's back to normal."),
       "sent. the reason, btw: our graphql api does one SQL query per author when you fetch 50 posts with authors. "
       "node + "
       "apollo + knex. what's the standard fix, show me the resolver"),
    ex("en", "css question. sticky footer that stays at the bottom when the page is short but gets pushed down "
       "when content is long. no js. flexbox fine"),
    ex("en", "Hey! I mod Stardew-like games for fun. In Lua, how do I shuffle a table in place properly? My "
       "version gives the first element way too often: for i=1,#t do local j=math.random(#t) t[i],t[j]=t[j],t[i] end"),
    ex("en", AGENT, "run the migration generator for the new `archived_at` column on projects, nullable, and backfill "
       "nothing. we use alembic. I don't need the upgrade run, just the revision file"),
    ex("en", AGENT, "tests pass but mypy now says: src/billing/tax.py:88: error: Item \"None\" of \"Optional[Rate]\" "
       "has no attribute \"percent\"  [union-attr]. line 88 is `return amount * rate.percent / 100` and rate comes "
       "from `self.rates.get(region)`. what's the right fix, not a type: ignore"),
    ex("en", "pull the email addresses out of this: 'ping ana@kest.io or, if she's out, ops@kest.io; billing "
       "is separate (billing@kest.io)'",
       A("ana@kest.io\nops@kest.io\nbilling@kest.io"),
       "cheers. unrelated: is there a cleaner way to write this in modern JS?\n\nvar names = [];\nfor (var i = 0; "
       "i < users.length; i++) "
       "{\n  if (users[i].active) { names.push(users[i].name.toUpperCase()); }\n}"),
    ex("en", S("You are MockRoom, an interview practice coach. Ask behavioural questions, then give feedback "
               "on structure (situation, task, action, result) and on delivery."),
       "before we do the mock: what's the difference between a Python list comprehension and a generator "
       "expression, like when "
       "would it actually matter"),
    ex("en", "summarise this email in one line: 'Hi, attached are all 300 invoices from Q3 as PDFs. Naming is "
       "our usual INV-year-number plus client. Could you file them by client by Friday? Thanks, Greta'",
       A("Greta sent the 300 Q3 invoice PDFs and wants them filed by client by Friday."),
       "yeah that's the job. I'm a data analyst not a dev. I have a folder of 300 PDFs named like 'INV-2026-0042 "
       "acme.pdf' and need "
       "them renamed to 'acme_0042.pdf'. windows. powershell is fine. please explain each bit"),

    # non-English
    ex("es", "¿cómo hago para que mi script de bash no se pare cuando falla un comando, pero que al final me diga "
       "cuáles fallaron? ahora tengo set -e y se corta en el primero"),
    ex("fr", S("Tu es l'assistant du portail développeurs interne de la Mutuelle Horizon. Réponds en français."),
       "Ma migration Django plante avec « django.db.utils.IntegrityError: column \"siret\" contains null values ». "
       "J'ai ajouté siret = models.CharField(max_length=14) sur le modèle Adherent. Comment je fais proprement "
       "sans casser la prod ?"),
    ex("de", "Schreib mir bitte ein Terraform-Modul für einen S3-Bucket mit Versionierung, Verschlüsselung per KMS "
       "und einer Lifecycle-Regel, die alte Versionen nach 30 Tagen löscht. Variablen für Name und KMS-Key."),
    ex("pt", "meu useEffect tá rodando duas vezes quando dou npm run dev, mas no build não. é bug do react? "
       "o código é:\n\nuseEffect(() => {\n  fetch('/api/saldo').then(r => r.json()).then(setSaldo)\n}, [])"),
    ex("it", "Mi serve una funzione Python che calcola il carattere di controllo del codice fiscale italiano "
       "dati i primi 15 caratteri. Con qualche test, grazie."),
    ex("nl", "Welke regex gebruik ik om Nederlandse postcodes te valideren? Dus 1234 AB, met of zonder spatie, "
       "en SA, SD en SS mogen niet als letters."),
    ex("pl", "Dostaję NullPointerException w tej linijce i nie rozumiem czemu, przecież sprawdzam null:\n\n"
       "if (order.getCustomer().getAddress() != null) {\n    ship(order.getCustomer().getAddress());\n}"),
    ex("tr", "Bu Go kodunda goroutine sızıntısı var diyorlar ama göremiyorum. Nerede ve nasıl düzeltirim?\n\n"
       "func first(urls []string) string {\n\tch := make(chan string)\n\tfor _, u := range urls {\n"
       "\t\tgo func(u string) { ch <- fetch(u) }(u)\n\t}\n\treturn <-ch\n}"),
    ex("ru", "Напиши systemd unit для моего бота на Python, чтобы он перезапускался при падении, но не чаще "
       "пяти раз за минуту, и читал переменные окружения из /etc/bot.env. Запускается как python3 -m bot."),
    ex("uk", "Чому моя корутина в Kotlin не скасовується, коли я викликаю job.cancel()? Всередині цикл "
       "while(true) { heavyCompute() }. Як правильно зробити?"),
    ex("zh", "pandas 的 groupby 之后我想保留每组里 amount 最大的那一行，现在用 df.groupby('user_id').max() "
       "结果每列都是各自的最大值，拼在一起是错的。该怎么写？"),
    ex("ja", S("あなたは社内IDEのアシスタントです。TypeScriptとReactのプロジェクトを手伝います。"),
       "この型エラーの直し方を教えてください。\n\nType 'string | undefined' is not assignable to type 'string'.\n\n"
       "const id: string = searchParams.get('id') ?? undefined;"),
    ex("ko", "SwiftUI에서 List에 2천 개 넘는 행을 넣으면 스크롤이 버벅여요. 각 행에 AsyncImage가 있어요. "
       "어떻게 최적화하면 좋을까요? 코드 예시도 부탁해요."),
    ex("hi", "bhai npm install karte hi ERESOLVE unable to resolve dependency tree aa raha hai, peer react@\"^17\" "
       "chahiye bol raha hai par mere paas react 18 hai. --force lagau ya kuch aur sahi tareeka hai?"),
    ex("ar", LEDGERLY, "أريد استعلامًا يعرض أعلى عشرة عملاء من حيث إجمالي الطلبات المكتملة في عام 2026، مع "
       "عدد طلبات كل عميل."),
    ex("id", "Di Laravel gimana caranya bikin validasi supaya field tanggal_selesai harus setelah tanggal_mulai, "
       "tapi hanya kalau status = 'selesai'? Pakai FormRequest."),
    ex("vi", "Flutter báo lỗi 'setState() called after dispose()' khi mình rời màn hình trong lúc đang gọi API. "
       "Sửa thế nào cho đúng? Đoạn code: final data = await api.load(); setState(() { items = data; });"),
]

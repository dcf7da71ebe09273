"""code: write, fix, explain, review or run-through-in-your-head a piece of software (incl. SQL, shell, config)."""

from common import A, S, ex

AGENT = S(
    "You are Tern, an autonomous coding agent running inside the user's repository. You can read files, "
    "run shell commands through the `run` tool and propose edits as unified diffs. Before editing, state a "
    "one-line plan. Never push to remote branches. The repository is a TypeScript monorepo managed with pnpm."
)
IDE = S(
    "You are the assistant built into the Quill editor. Answers are shown in a narrow side panel: keep them "
    "short, prefer code over prose, no greetings. The user's current file language is given in brackets."
)
TUTOR = S(
    "You are Pip, the teaching assistant for Intro to Programming (CS 110) at Northvale Community College. "
    "Students are beginners using Python 3. Do not hand out full homework solutions; guide with hints and "
    "small examples. Be encouraging."
)
SUPPORT = S(
    "You are the support assistant for Parcelly, a shipping-label API. Answer questions about the API, "
    "pricing and account settings. API base URL: https://api.parcelly.io/v2. Auth is a bearer token. "
    "If you do not know, offer to open a ticket."
)
JSON_ONLY = S(
    'You are a code generation backend. Reply with a single JSON object {"language": str, "code": str, '
    '"notes": str} and nothing else. No markdown fences.'
)
MARKETING = S(
    "You are Loop, the in-app assistant of a newsletter platform for small businesses. Help users write "
    "campaigns, pick subject lines and understand their open-rate stats."
)
RAG_SDK = S(
    """Answer using only the context below. If the context is not enough, say so.

Context:
## tallyapi Python SDK 3.x
`Client(api_key, region="eu")` creates a client.
`client.invoices.list(status=None, limit=50, starting_after=None)` returns a Page with `.data` (list of
Invoice) and `.has_more` (bool). Pass the id of the last invoice as `starting_after` to get the next page.
`client.invoices.retrieve(id)` returns one Invoice.
Invoice fields: id, customer_id, amount_due (int, cents), currency, status ("draft", "open", "paid", "void").
Rate limit: 25 requests per second; the SDK raises tallyapi.RateLimited with `.retry_after` seconds."""
)
HR = S(
    "You are Ava, the HR helpdesk assistant for Brightwater Logistics employees. You answer questions about "
    "leave, payroll dates, benefits and internal tools. Be friendly and concise."
)

TRACE_NODE = """node:internal/process/promises:289
            triggerUncaughtException(err, true /* fromPromise */);
            ^

Error: connect ECONNREFUSED 127.0.0.1:5432
    at TCPConnectWrap.afterConnect [as oncomplete] (node:net:1555:16) {
  errno: -111,
  code: 'ECONNREFUSED',
  syscall: 'connect',
  address: '127.0.0.1',
  port: 5432
}

Node.js v20.11.1"""

COMPOSE = """services:
  api:
    build: ./api
    environment:
      DATABASE_URL: postgres://app:app@localhost:5432/app
    depends_on:
      - db
    ports:
      - "3000:3000"
  db:
    image: postgres:16
    environment:
      POSTGRES_USER: app
      POSTGRES_PASSWORD: app
      POSTGRES_DB: app
    volumes:
      - pgdata:/var/lib/postgresql/data
volumes:
  pgdata:"""

GO_HANDLER = """func (s *Server) handleUpload(w http.ResponseWriter, r *http.Request) {
	file, header, err := r.FormFile("file")
	if err != nil {
		http.Error(w, err.Error(), 400)
		return
	}
	data, _ := io.ReadAll(file)
	path := filepath.Join("/srv/uploads", header.Filename)
	os.WriteFile(path, data, 0644)
	s.db.Exec("INSERT INTO uploads(name, size) VALUES('" + header.Filename + "', " + strconv.Itoa(len(data)) + ")")
	w.WriteHeader(201)
}"""

K8S_EVENTS = """LAST SEEN   TYPE      REASON              OBJECT                             MESSAGE
4m12s       Normal    Scheduled           pod/ledger-worker-7c9f8d5b6-qk2lp  Successfully assigned prod/ledger-worker-7c9f8d5b6-qk2lp to node-pool-b-3
4m11s       Normal    Pulled              pod/ledger-worker-7c9f8d5b6-qk2lp  Container image "registry.internal/ledger-worker:2.14.0" already present on machine
4m11s       Normal    Created             pod/ledger-worker-7c9f8d5b6-qk2lp  Created container worker
4m10s       Normal    Started             pod/ledger-worker-7c9f8d5b6-qk2lp  Started container worker
3m40s       Warning   Unhealthy           pod/ledger-worker-7c9f8d5b6-qk2lp  Readiness probe failed: Get "http://10.4.2.17:8080/ready": dial tcp 10.4.2.17:8080: connect: connection refused
3m10s       Warning   Unhealthy           pod/ledger-worker-7c9f8d5b6-qk2lp  Liveness probe failed: Get "http://10.4.2.17:8080/live": dial tcp 10.4.2.17:8080: connect: connection refused
3m10s       Normal    Killing             pod/ledger-worker-7c9f8d5b6-qk2lp  Container worker failed liveness probe, will be restarted
2m02s       Warning   BackOff             pod/ledger-worker-7c9f8d5b6-qk2lp  Back-off restarting failed container worker in pod ledger-worker-7c9f8d5b6-qk2lp_prod(5d1e...)

$ kubectl logs ledger-worker-7c9f8d5b6-qk2lp --previous | tail -5
2026-12-06T21:14:03Z INFO  starting ledger-worker version=2.14.0
2026-12-06T21:14:03Z INFO  connecting to kafka brokers=kafka-0.kafka:9092
2026-12-06T21:14:04Z INFO  replaying ledger snapshot from s3://ledger-snapshots/prod/latest (1.8 GiB)
2026-12-06T21:14:31Z INFO  snapshot 22% loaded
2026-12-06T21:14:58Z INFO  snapshot 41% loaded

livenessProbe:  httpGet /live port 8080, initialDelaySeconds 20, periodSeconds 10, failureThreshold 3
readinessProbe: httpGet /ready port 8080, initialDelaySeconds 10, periodSeconds 10

The HTTP server is only started after the snapshot finishes loading. Why does it keep restarting and what should I change in the manifest or the code?"""

GENERIC = S("You are a helpful assistant.")
TEAMSPACE = S("You are the assistant in Teamspace, a workspace for notes, docs and tasks. Help users with whatever they are working on.")

EXAMPLES = [
    ex("en", AGENT, "the CI job `test:unit` in packages/billing fails since yesterday with `TypeError: Cannot read properties of undefined (reading 'currency')` in formatInvoice.test.ts. find out why and fix it, don't touch the snapshot files"),
    ex("en", "regex for a UK postcode, doesn't need to be perfect, just catch obvious typos"),
    ex("en", TRACE_NODE + "\n\nrunning `npm run dev` inside the api container, postgres is up in compose. what's going on\n\n" + COMPOSE),
    ex("en", "Can you translate this email to German for me? 'Hi Jonas, thanks for the quick reply, Thursday works.'",
       A("Hallo Jonas, danke für die schnelle Antwort, Donnerstag passt."),
       "perfect thx. unrelated: how do I undo my last git commit but keep the changes in my working tree"),
    ex("es", "¿Cómo hago un debounce en un input de React usando solo hooks, sin lodash? Que cancele bien al desmontar el componente."),
    ex("fr", "Écris-moi une fonction bash qui renomme récursivement tous les .JPG et .JPEG en .jpg dans un dossier, sans casser les noms avec des espaces."),
    ex("de", "Warum liefert diese Abfrage doppelte Zeilen? Ich will pro Kunde nur die letzte Bestellung.\n\nSELECT c.id, c.name, o.created_at, o.total\nFROM customers c\nJOIN orders o ON o.customer_id = c.id\nJOIN order_items i ON i.order_id = o.id\nWHERE o.created_at = (SELECT max(created_at) FROM orders WHERE customer_id = c.id);"),
    ex("pt", "como faço pra ler um csv de 12 GB no pandas sem estourar a memória? só preciso somar a coluna valor agrupando por estado"),
    ex("it", IDE, "[go] mi scrivi un Dockerfile multi-stage per questo servizio? binario statico, immagine finale distroless, il main è in ./cmd/server"),
    ex("nl", "Kun je deze functie async maken met httpx? Hij haalt nu 300 URL's één voor één op en dat duurt eeuwen.\n\nimport requests\n\ndef fetch_all(urls):\n    out = {}\n    for u in urls:\n        r = requests.get(u, timeout=10)\n        out[u] = r.status_code\n    return out"),
    ex("pl", TUTOR, "Napisz mi proszę testy w pytest do tej funkcji, chcę sprawdzić też puste listy:\n\ndef srednia(liczby):\n    return sum(liczby) / len(liczby)"),
    ex("tr", "Bu Kotlin kodunda neden NullPointerException alıyorum? lateinit kullandım ama onCreate'ten önce çağrılıyor galiba\n\nclass ProfileFragment : Fragment() {\n    private lateinit var adapter: PostAdapter\n    override fun onAttach(context: Context) {\n        super.onAttach(context)\n        adapter.submitList(emptyList())\n    }\n}"),
    ex("ru", S("Ты — ассистент внутреннего портала разработчиков компании «Северсталь-Софт». Отвечай по-русски, кратко."), "Как в PostgreSQL сделать upsert, если уникальный индекс по двум колонкам (tenant_id, sku)? При конфликте нужно прибавить quantity, а не перезаписать."),
    ex("uk", "Поясни, будь ласка, чому цей код виводить 3, 3, 3, а не 0, 1, 2, і як це виправити:\n\nfor (var i = 0; i < 3; i++) {\n  setTimeout(() => console.log(i), 100);\n}"),
    ex("zh", "帮我写一个 Python 脚本：把 docs/ 目录下所有 .md 文件按文件名排序合并成一个 all.md，每个文件前面加上二级标题（用文件名）。"),
    ex("ja", IDE, "[typescript] この型エラーの直し方を教えてください。\n\nType 'string | undefined' is not assignable to type 'string'.\n  Type 'undefined' is not assignable to type 'string'.ts(2322)\n\nconst userId: string = searchParams.get('id') ?? undefined;"),
    ex("ko", "이 문장 영어로 자연스럽게 바꿔줘: 회의는 다음 주로 미뤄졌습니다.",
       A("The meeting has been pushed to next week."),
       "고마워요. 그리고 Spring Boot 3에서 CORS 설정 어떻게 해요? 프론트는 localhost:5173이고 쿠키도 같이 보내야 해요."),
    ex("hi", "मेरे Flask ऐप में फ़ाइल अपलोड करते समय 413 Request Entity Too Large आ रहा है। nginx के पीछे चल रहा है। लिमिट कहाँ और कैसे बढ़ाऊँ?"),
    ex("ar", "اكتب لي دالة بلغة C تعكس سلسلة نصية في مكانها دون استخدام مصفوفة إضافية، مع شرح قصير لكل سطر."),
    ex("id", "gimana cara bikin cron yang jalan tiap 15 menit tapi cuma hari kerja jam 8 pagi sampai 6 sore?"),
    ex("vi", "viết giúp mình một custom hook React tên useFetch có retry 3 lần với exponential backoff, dùng TypeScript nhé"),
    ex("hi", "bhai ye useEffect infinite loop me kyu ja raha hai? dependency array me maine user object daala hai\n\nuseEffect(() => {\n  setProfile({ ...user, seen: true });\n}, [user, profile]);"),
    ex("en", SUPPORT, "do you have a code sample for creating a label in python? I only see curl in the docs. need from/to address, 1 parcel 2kg"),
    ex("en", JSON_ONLY, "function that checks whether a string is a valid IPv4 address, in Rust, no regex crate"),
    ex("en", MARKETING, "Off topic but you might know: my signup form embed isn't showing on my Squarespace page. This is what I pasted into the code block:\n\n<script src=\"https://cdn.loopmail.app/embed.js\" async></script>\n<div class=\"loop-form\" data-list=\"spring-sale\"</div>\n\nanything wrong with it?"),
    ex("en", RAG_SDK, "write me a loop that goes through every open invoice and sums amount_due per currency, and backs off when it hits the rate limit"),
    ex("en", HR, "not strictly HR but IT is slow today: I need an Excel formula that gives the number of full months between a hire date in A2 and today"),
    ex("en", "What's the compound interest on 5,000 at 4.2% for 7 years, compounded monthly?",
       A("About 6,706.7: 5,000 × (1 + 0.042/12)^(84) ≈ 6,706.7, so roughly 1,706.7 in interest."),
       "ok now write that as a small JS function that takes principal, rate, years and compounding periods, and rounds to cents"),
    ex("en", "Write me a short poem about autumn leaves in a parking lot",
       A("Red leaves pile in painted lines,\nfilling spaces nobody signs,\nthe wind reverses, pulls away,\nand parks them somewhere else today."),
       "haha nice. ok back to work. this kubernetes stuff is killing me:\n\n" + K8S_EVENTS),
    ex("en", "is this safe?\n\n" + GO_HANDLER),
    ex("en", AGENT, "rename the `getUsr` helper to `getUser` across the whole repo, including the tests, and make sure tsc still passes"),
    ex("en", "Can you make this sound less passive-aggressive? 'As I already mentioned twice, the cert expires Friday.'",
       A("How about: 'Quick reminder that the certificate expires on Friday, so we'll want to renew it before then.'"),
       "better lol. speaking of which, nginx: how do I redirect everything from http to https except /.well-known/acme-challenge"),
    ex("en", TUTOR, "why does my function never stop?? i think i did the base case\n\ndef countdown(n):\n    if n == 0:\n        print('done')\n    print(n)\n    countdown(n - 1)"),
    ex("en", "can you summarise what this PR description says in two lines?\n\n'Moves the retry logic from the HTTP client into a middleware so that every outgoing call gets the same backoff. Also removes the old retry flag.'",
       A("It centralises retries in a middleware so all outgoing calls share one backoff policy, and drops the old per-call retry flag."),
       "ok. write the middleware then. it's an axios instance, retry 3 times on 502/503/504 and network errors, exponential backoff with jitter"),
    ex("en", "how do you say 'strict mode' in Spanish, like for a setting",
       A("Usually \"modo estricto\"."),
       "cool. and what does `set -euo pipefail` actually do, one by one"),
    ex("en", "explain this line like I'm new to awk: awk -F, 'NR>1 {s[$3]+=$5} END {for (k in s) print k, s[k]}' sales.csv"),
    ex("en", "Review this migration before I run it on prod (postgres 15, table has ~40M rows):\n\nALTER TABLE events ADD COLUMN tenant_id uuid NOT NULL DEFAULT gen_random_uuid();\nCREATE INDEX events_tenant_idx ON events(tenant_id);\nALTER TABLE events DROP COLUMN legacy_account;"),
    ex("en", IDE, "[python] convert to a dataclass\n\nclass Point:\n    def __init__(self, x, y, label=None):\n        self.x = x\n        self.y = y\n        self.label = label\n    def __repr__(self):\n        return f'Point({self.x}, {self.y}, {self.label})'"),
    ex("en", "Thanks for the help with my cover letter yesterday!",
       A("Glad it helped! How did the application go?"),
       "sent it 🤞 now something totally different: my github action caches node_modules but the cache never hits. key is `${{ runner.os }}-node-${{ hashFiles('package-lock.json') }}` and we use pnpm"),
    ex("en", "terraform plan wants to destroy and recreate my RDS instance because of `engine_version` 15.4 -> 15.5. how do I make it just upgrade in place"),
    ex("en", "quiz me on python trivia, one question", A("Sure: what does `bool([])` return?"), "False. ok my turn, what's the output of this and why\n\nx = [[0] * 3] * 3\nx[0][0] = 1\nprint(x)"),
    ex("en", "write a systemd unit for a python worker in /opt/worker/.venv that restarts on failure but gives up after 5 tries in 10 minutes"),
    ex("en", AGENT, "tests pass locally but `pnpm build` in CI says `Cannot find module '@acme/ui/dist/index.js'`. the ui package builds fine on its own. look at the turbo.json and figure it out"),
    ex("en", GENERIC, "my boss asked if we should use Swift or Kotlin Multiplatform for the new app, what do you think in a sentence or two",
       A("If the app is iOS-first and the team knows Swift, native Swift is the lower-risk choice; KMP pays off when you need to share real business logic with Android."),
       "fair. we're going swift. how to decode a JSON date like \"2026-12-07T10:00:00.123Z\" with JSONDecoder, the default iso8601 strategy chokes on the milliseconds"),
    ex("en", SUPPORT, "Getting 422 on POST /labels with body {\"to\": {...}, \"parcels\": [{\"weight\": \"2kg\"}]}. what's the right shape for weight"),
    ex("en", "Write a SQL query: for each month of 2026, number of users who signed up that month and placed at least one order within 30 days. tables users(id, created_at), orders(id, user_id, created_at)"),
    ex("en", TEAMSPACE, "Here are our meeting notes, can you pull out the action items?\n\n- Dana to fix flaky login test\n- Omar: draft Q1 roadmap\n- everyone: review the on-call doc",
       A("Action items:\n1. Dana: fix the flaky login test\n2. Omar: draft the Q1 roadmap\n3. Everyone: review the on-call doc"),
       "Dana here, the flaky one is this. it fails maybe 1 in 10 runs, help me see why\n\ntest('login redirects', async () => {\n  render(<App />);\n  userEvent.type(screen.getByLabelText('Email'), 'a@b.c');\n  userEvent.click(screen.getByText('Sign in'));\n  expect(window.location.pathname).toBe('/home');\n});"),
    ex("en", AGENT, "Give me three names for a pandas-based reporting tool", A("1. Panel Beater\n2. Tabulate & Co.\n3. Rowboat"), "rowboat is cute. anyway, make this faster, it takes 9 seconds on 200k rows\n\nfor i, row in df.iterrows():\n    df.at[i, 'total'] = row['qty'] * row['price'] * (1 - row['discount'])"),
    ex("en", "vim delete lines without ERROR"),
    ex("en", JSON_ONLY, "a PowerShell script that lists every file over 500MB under C:\\Users and writes path and size in GB to a csv"),
]

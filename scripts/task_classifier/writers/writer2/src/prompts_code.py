"""`code`: the last user message asks for code to be written, read, explained, fixed, reviewed or run
through a tool's configuration. Often phrased as chat, often inside apps that are about something else."""

from common import A, S, ex

HOPSTOCK = S(
    "You are the engineering copilot for HopStock, the inventory and brewing-log system used by small craft "
    "breweries. The codebase is Python 3.11, pandas, SQLAlchemy and a FastAPI backend. Keep answers short, "
    "show code, and never invent columns that the user has not mentioned. If a question is about beer recipes "
    "rather than the software, tell the user to ask the head brewer."
)

PARCELO_DOCS = """Use only the API reference below to answer. If the reference does not cover something, say so.

--- Parcelo Shipping API v2 (excerpt) ---
Base URL: https://api.parcelo.example/v2
Auth: header `Authorization: Bearer <token>`.
POST /shipments
  body: {"from_address_id": str, "to": {"name": str, "line1": str, "city": str, "postcode": str,
         "country": ISO-3166 alpha-2}, "parcels": [{"weight_g": int, "length_mm": int, "width_mm": int,
         "height_mm": int}], "service": "standard" | "express", "reference": str (optional, max 35 chars)}
  201 -> {"id": str, "tracking_number": str, "label_url": str, "status": "created"}
  400 -> {"error": {"code": str, "message": str, "field": str | null}}
  409 -> duplicate `reference` within 24h; body contains the existing shipment id in error.message
  429 -> rate limited; header `Retry-After` gives seconds to wait (integer)
  5xx -> transient; clients may retry with exponential backoff, max 5 attempts
GET /shipments/{id}
  200 -> shipment object as above plus "events": [{"at": RFC3339, "code": str, "text": str}]
Idempotency: send header `Idempotency-Key` (uuid4) on POST to make retries safe.
--- end ---"""

SPRING_TRACE = """2026-11-30 09:14:02.118 ERROR 1 --- [nio-8080-exec-7] o.a.c.c.C.[.[.[/].[dispatcherServlet]    : Servlet.service() for servlet [dispatcherServlet] in context with path [] threw exception [Request processing failed; nested exception is java.lang.NullPointerException: Cannot invoke "com.tidewater.ferry.domain.Vessel.getCapacity()" because the return value of "com.tidewater.ferry.domain.Sailing.getVessel()" is null] with root cause

java.lang.NullPointerException: Cannot invoke "com.tidewater.ferry.domain.Vessel.getCapacity()" because the return value of "com.tidewater.ferry.domain.Sailing.getVessel()" is null
	at com.tidewater.ferry.booking.SeatAllocator.remainingSeats(SeatAllocator.java:41)
	at com.tidewater.ferry.booking.BookingService.reserve(BookingService.java:88)
	at com.tidewater.ferry.web.BookingController.create(BookingController.java:52)
	at java.base/jdk.internal.reflect.DirectMethodHandleAccessor.invoke(DirectMethodHandleAccessor.java:103)
	at java.base/java.lang.reflect.Method.invoke(Method.java:580)
	at org.springframework.web.method.support.InvocableHandlerMethod.doInvoke(InvocableHandlerMethod.java:205)
	at org.springframework.web.servlet.mvc.method.annotation.ServletInvocableHandlerMethod.invokeAndHandle(ServletInvocableHandlerMethod.java:118)
	at org.springframework.web.servlet.DispatcherServlet.doDispatch(DispatcherServlet.java:1089)

SeatAllocator.java around line 41:
    public int remainingSeats(Sailing sailing) {
        int booked = bookingRepo.countBySailingId(sailing.getId());
        return sailing.getVessel().getCapacity() - booked;   // line 41
    }

Sailing.java:
    @ManyToOne(fetch = FetchType.LAZY, optional = true)
    @JoinColumn(name = "vessel_id")
    private Vessel vessel;

This only happens for sailings created by the new "charter" import job last week."""

EXAMPLES = [
    ex("en", HOPSTOCK,
       "When I load the fermentation log with read_csv the batch_id column comes back as float64 (1043.0 and "
       "so on) because a few rows are empty. I want it to stay an integer and keep the blanks. How?"),
    ex("en",
       S("You are Lumen, an assistant embedded in a code editor. You can see the file the user has open. "
         "Prefer minimal diffs. Use the project's existing test framework."),
       "Write a commit message for this: I replaced the hand-rolled duration parser with a regex one and "
       "added support for days.",
       A("Replace hand-rolled duration parser with regex-based one\n\nThe new parser accepts d/h/m/s units in "
         "any combination (e.g. 2d4h, 90s) and rejects empty or unit-less input."),
       "good. now the tests. The function is\n\n"
       "def parse_duration(text: str) -> int:\n"
       "    m = re.fullmatch(r\"(?:(\\d+)d)?(?:(\\d+)h)?(?:(\\d+)m)?(?:(\\d+)s)?\", text.strip())\n"
       "    if not m or not any(m.groups()):\n"
       "        raise ValueError(text)\n"
       "    d, h, mi, s = (int(g or 0) for g in m.groups())\n"
       "    return ((d * 24 + h) * 60 + mi) * 60 + s\n\n"
       "pytest please, cover 1h30m, 90s, 2d, an empty string and 'abc'."),
    ex("es", "¿Por qué mi useEffect se ejecuta dos veces al montar el componente? Estoy en React 18 con StrictMode "
             "y me está duplicando las llamadas al backend."),
    ex("hi-en",
       "bhai mera docker container start hote hi exit ho jata hai, exit code 137 dikha raha hai. compose file "
       "ye hai:\n\nservices:\n  api:\n    build: .\n    mem_limit: 128m\n    command: node --max-old-space-size=1024 "
       "server.js\n\nkya galat hai aur kaise fix karun?"),
    ex("en", "honestly I've been staring at this for an hour and I feel dumb. grid = [[]] * 3, then "
             "grid[0].append('x') and suddenly all three rows have an x in them?? why"),
    ex("en",
       S("You are the in-app helper for Tablero, a kanban board for marketing agencies. You help users with "
         "boards, cards, swimlanes, automations and billing. Be friendly and concise."),
       "totally unrelated to tablero but you're right here: bash one-liner to list every file over 100 MB under "
       "my home folder, biggest first?"),
    ex("ja", "このクエリ、emailにインデックスを貼ってるのに遅いままです。EXPLAINを見るとSeq Scanになってます。\n\n"
             "SELECT id, name FROM members WHERE LOWER(email) = LOWER($1);\n\nどう直すのが正解ですか？"),
    ex("en",
       "Translate this product blurb into German please: 'Our cedar planters are hand-finished and weatherproof.'",
       A("Unsere Pflanzkübel aus Zedernholz sind von Hand veredelt und wetterfest."),
       "danke! different thing: my Go program dies with 'fatal error: all goroutines are asleep - deadlock!'\n\n"
       "func main() {\n    ch := make(chan int)\n    ch <- 1\n    fmt.Println(<-ch)\n}\n\nwhy, it's one "
       "goroutine sending and receiving"),
    ex("de", "Schreib mir bitte eine Rust-Funktion, die eine IBAN prüft (Länge, Ländercode, Mod-97), ohne "
             "externe Crates. Rückgabe Result<(), String> mit einer verständlichen Fehlermeldung."),
    ex("en",
       S("You are the support assistant for Nimbus Hosting. Customers are on shared Apache hosting with cPanel. "
         "You may give configuration snippets. Do not promise refunds; link billing questions to the billing "
         "team."),
       "Need an .htaccess that forces https AND sends example.org to www.example.org in one hop, not two redirects."),
    ex("en", "regex uk postcode"),
    ex("zh", "帮我看看这个 TypeScript 报错：Type 'string | undefined' is not assignable to type 'string'.\n\n"
             "const city: string = user.address?.city;\n\n我知道可以加感叹号，但是有没有更稳妥的写法？"),
    ex("pt",
       S("Você é a Tutora Byte, uma professora paciente de programação para adolescentes de 13 a 17 anos. "
         "Use exemplos curtos, explique linha por linha e faça uma pergunta no final para verificar se o aluno "
         "entendeu."),
       "não entendi nada de recursão. me mostra com fatorial em python e explica cada linha?"),
    ex("en", SPRING_TRACE + "\n\nWhat exactly is null here and what's the right fix — null check, or something "
                            "in the mapping?"),
    ex("en",
       "Can you write a short poem for Marguerite, she's retiring after 31 years in accounts payable",
       A("Thirty-one years of ledgers squared,\nof invoices chased and errors spared..."),
       "haha perfect, she'll cry. ok back to real work: I committed config/local.env by accident and then added "
       "it to .gitignore but git still tracks it. how do I make git forget it without deleting my copy?"),
    ex("fr", "Je dois porter ce petit script bash en PowerShell pour les postes Windows de la compta :\n\n"
             "for f in ~/Exports/*.csv; do\n  d=$(date +%Y%m%d)\n  mv \"$f\" \"/mnt/archive/${d}_$(basename \"$f\")\"\n"
             "done\n\nLe dossier d'archive côté Windows est \\\\srv-fichiers\\archive."),
    ex("en", S(PARCELO_DOCS),
       "Write me a Python function create_shipment(payload) with requests that retries on 429 using Retry-After "
       "and on 5xx with backoff, and is safe to retry."),
    ex("ko", "코틀린 코루틴에서 launch랑 async 차이가 정확히 뭐예요? 언제 뭘 써야 하는지 짧은 예제로 보여 주세요."),
    ex("ru", "Почему pandas ругается SettingWithCopyWarning на строку df[df.qty > 0]['price'] = 0 и ничего "
             "не меняет? Как правильно?"),
    ex("en", "review this before I merge, be harsh:\n\n"
             "def add_tag(item_id, tag, tags=[]):\n"
             "    tags.append(tag)\n"
             "    cur.execute(f\"UPDATE items SET tags = '{','.join(tags)}' WHERE id = {item_id}\")\n"
             "    return tags"),
    ex("tr",
       S("You are a senior backend engineer pairing with the user inside their terminal. You can read files "
         "when asked. Reply in the user's language."),
       "Bu Flask endpoint'ine IP başına dakikada 30 istek sınırı koymam lazım, Redis zaten var. Ek kütüphane "
       "olmadan nasıl yaparım?\n\n@app.post('/api/quote')\ndef quote():\n    return compute_quote(request.json)"),
    ex("it",
       "Mi fai un riassunto di questa riunione? 'Marco propone di spostare il rilascio a giovedì, Giulia è "
       "d'accordo purché i test di carico siano verdi.'",
       A("In breve: il rilascio passa a giovedì se i test di carico risultano verdi; Marco l'ha proposto e "
         "Giulia è d'accordo a quella condizione."),
       "Perfetto. Adesso mi serve una query SQL: per ogni cliente l'ultimo ordine (data e importo). Tabelle "
       "clienti(id, nome) e ordini(id, cliente_id, data, importo). Siamo su MySQL 8."),
    ex("en", "is there an actual difference between == and is in python or am I overthinking it, my linter keeps "
             "yelling at `if x == None`"),
    ex("en",
       S("You are Grimble, a greedy goblin merchant in the fantasy game Ashfen. Stay in character, haggle "
         "over every price, and never admit you are an AI."),
       "ok sorry, out of character for a sec — I'm the dev of this mod. After a scene reload my shop UI throws "
       "MissingReferenceException: The object of type 'Text' has been destroyed but you are still trying to "
       "access it. The Text is cached in a static field on ShopUI. What's the proper Unity pattern here?"),
    ex("nl", "Hoe schrijf ik een GitHub Actions-workflow die alleen draait als er iets verandert in docs/ en "
             "dan de site bouwt met mkdocs?"),
    ex("pl", "Mam w Excelu makro VBA, które wysypuje się z błędem 'Subscript out of range' w linii "
             "Set ws = Worksheets(\"Faktury 2026\"). Arkusz na pewno istnieje. Co może być nie tak?"),
    ex("en",
       S("You are Pia, the HR assistant for Brightwell Logistics. You answer questions about leave, payroll "
         "dates, benefits and policies. Escalate anything about a named colleague to a human HR partner."),
       "Payroll gives me an export with semicolons as separators and commas as decimal points (1.234,56). "
       "What's the pandas read_csv call that gets the amounts as proper floats?"),
    ex("ar", "كيف أكتب دالة في JavaScript تتحقق إذا كانت الجملة متناظرة (palindrome) مع تجاهل المسافات "
             "وعلامات الترقيم وحالة الأحرف؟"),
    ex("en",
       "Three friends, one always lies, one always tells the truth, one random. Can you find the truth-teller "
       "with two questions?",
       A("Yes — here's one way to set it up..."),
       "nice. anyway, what does this do, a coworker left it in a cron job:\n"
       "awk -F, 'NR>1{s[$3]+=$5} END{for(k in s) print k, s[k]}' sales.csv | sort -k2 -nr | head"),
    ex("id", "Gimana caranya bikin migration di Laravel buat nambah kolom nullable 'catatan' ke tabel pesanan "
             "tanpa hapus data yang udah ada?"),
    ex("vi", "Em bị lỗi CORS khi gọi API từ React (localhost:5173) sang Express (localhost:3000). Em đã thêm "
             "app.use(cors()) rồi mà request PUT vẫn bị chặn ở preflight. Giúp em với ạ."),
    ex("en",
       S("You are ClinicDesk, the front-desk assistant for a physiotherapy clinic in Lisbon. You book, move "
         "and cancel appointments and answer questions about opening hours. Never give medical advice."),
       "our IT guy left and nobody knows this stuff. The SMS reminder job is supposed to run at 8am Lisbon "
       "time but it fires at 8 UTC which is wrong half the year. The crontab line is `0 8 * * * "
       "/opt/reminders/send.sh`. How do I make it follow Lisbon time including summer time?"),
    ex("en",
       S("You are Cram, the study companion in a flashcard app for coding-bootcamp students. You quiz users on "
         "their decks, explain cards they got wrong and keep streak messages upbeat. Keep explanations under "
         "200 words unless asked for more."),
       "forget the deck for a second. explain let vs const vs var in JavaScript with tiny examples? especially "
       "the hoisting part, I never get it."),
    ex("en",
       "I have a junior dev interview on Thursday and I'm super nervous. Any general tips?",
       A("Nerves are normal. Think out loud, ask clarifying questions before coding, and it's fine to say "
         "you'd look something up..."),
       "ok. they said there might be a C question. Write a C function that reverses a singly linked list in "
       "place and returns the new head, with the struct definition, and comment it so I can learn from it."),
    ex("en",
       "from this line pull out the order number and the date: 'Order #A-77120 placed 3 March, shipped 5 March'",
       A("Order number: A-77120\nOrder date: 3 March"),
       "ty. now sql: monthly total of orders.amount by created_at, postgres, months with zero sales should still show"),
    ex("en",
       "I'm planning 3 days in Porto: one day is rainy, museums close Mondays, and I arrive Sunday night. "
       "What order makes sense?",
       A("Given museums close Mondays, keep Monday for the outdoor walk along the Douro if it's the dry "
         "day, and..."),
       "thanks, that helps. unrelated: terraform plan wants to destroy and recreate our RDS instance every "
       "single run. The only diff it shows is in the tags block. Why would tags force a replacement?"),
    ex("en",
       S("You are a JSON-only API. Always respond with a single JSON object {\"answer\": string}. No prose "
         "outside the JSON."),
       "convert to python requests: curl -X POST https://hooks.example.com/ingest -H 'X-Token: abc' "
       "-H 'Content-Type: application/json' -d '{\"event\":\"ping\",\"n\":3}'"),
    ex("en",
       S("You are Keystone, the assistant inside a CRM for independent estate agents. You draft listings, "
         "log viewings and remind agents about follow-ups. Use British English."),
       "Draft a two-line listing teaser for a two-bed flat above a bakery in Frome.",
       A("Wake up to fresh bread: a bright two-bedroom flat above one of Frome's favourite bakeries, "
         "minutes from the market."),
       "lovely. I also maintain our little in-house database on the side. How do I make an updated_at column "
       "in Postgres update itself on every UPDATE? I don't want to rely on the app remembering."),
    ex("en", "python says 'TabError: inconsistent use of tabs and spaces in indentation' on a 900-line file I "
             "inherited. fastest way to fix the whole file without eyeballing it?"),
    ex("en",
       S("You are an autonomous coding agent working in the repository `ledgerline`. You can edit files and "
         "run tests. Explain each change in one sentence."),
       "Add exponential backoff to the `fetch_rates` call in rates/client.py.",
       A("Done: wrapped fetch_rates in a `retry` decorator (3 attempts, 0.5s base delay, doubling). Tests pass."),
       "thanks. the decorator breaks when I put it on an async def though — it returns the coroutine without "
       "awaiting it. make it work for both sync and async functions."),
    ex("es-en", "oye, el pipeline de CI me falla en el step de lint con 'E501 line too long' pero solo en la "
                "carpeta migrations, que es autogenerada. ¿Cómo le digo a flake8 que ignore ese folder?"),
    ex("en", "Window function question: each employee's salary plus a running total within their department, "
             "ordered by hire date. Table staff(id, dept, salary, hired_on)."),
    ex("en",
       S("You are Quill, the email-campaign assistant for a boutique hotel group. Help write subject lines, "
         "segment audiences and schedule sends. Brand voice: warm, understated, never pushy."),
       "The two-column layout in our newsletter collapses into one ugly column in Outlook desktop only. It's "
       "built with divs and display:flex. What do I need to change in the markup?"),
    ex("en",
       "Wie war dein Wochenende? Meins war verregnet.",
       A("Ich habe keine Wochenenden, aber verregnete klingen nach gutem Sofawetter. Was hast du gemacht?"),
       "Gelesen, geschlafen. Ok, switching to English for this: can you explain closures in JavaScript with "
       "an example that isn't a counter? Every tutorial uses a counter."),
    ex("en", "bash: rename every .jpeg in this folder to .jpg"),
    ex("en",
       S("You are Clause, a drafting assistant for the litigation team at Harlow & Finch LLP. You suggest "
         "clause wording and check defined terms. Do not give legal advice to clients."),
       "Our bundle generator uses python-docx. How do I force a page break before every Heading 1 paragraph "
       "in an existing document?"),
    ex("en",
       "how do you say 'thank you for waiting' in Japanese, politely?",
       A("お待たせいたしました (omatase itashimashita) is the polite form staff use."),
       "and in code terms: I have a list of Japanese product names in kanji, I need them sorted by reading "
       "like a dictionary would. Is that possible in Python or do I need the readings separately?"),
    ex("zh-en", "这个 bug 很奇怪: my async function returns Promise {<pending>} when I console.log it, "
                "但是我明明写了 return data 啊, 怎么拿到真正的值?"),
    ex("en",
       S("You are Spoke, the support assistant for Cyclo, a city bike-rental app. You help riders with "
         "unlocking bikes, refunds for faulty bikes, and the partner API for hotels that rent bikes to guests. "
         "Partner API docs: webhooks are POSTed as JSON with header X-Cyclo-Signature = hex HMAC-SHA256 of the "
         "raw body using the partner secret."),
       "Hi, our hotel's front desk says guests' rentals don't show up in our system.",
       A("Sorry about that! Are you receiving our webhooks at all? If your endpoint rejects them, rentals won't "
         "appear on your side."),
       "we do receive them but our Express handler rejects every single one as a bad signature. we use "
       "express.json() and then JSON.stringify(req.body) to compute the HMAC. can you show me the correct "
       "verification code?"),
    ex("en", "what's the difference between a process and a thread, like actually, in terms of what I'd see in "
             "my Python program if I used one or the other for downloading 500 images?"),
]

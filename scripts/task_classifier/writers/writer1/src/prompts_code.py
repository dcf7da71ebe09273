"""`code`: the last user message asks for code to be written, fixed, explained, reviewed or run in the head.

Includes code questions phrased as chat ("ok so why does my loop eat the last row"), code asks inside apps whose
system prompt is about something else, and regex/SQL/shell/config asks. Writing a regex to pull fields is
`code`; pulling the fields yourself is `extraction`.
"""

from common import A, S, ex

VET_BOT = S("You are PawDesk, the booking assistant for Linden Street Veterinary Clinic. Help clients book, move "
            "or cancel appointments and answer questions about opening hours. Be warm and brief.")
IDE = S("You are an inline assistant inside the Quarry IDE. The user's open file and selection are given when "
        "relevant. Prefer minimal diffs. Never invent APIs.")
AGENT = S("You are a coding agent with shell access to the repo `greenhouse-telemetry` (Rust + TimescaleDB). "
          "Think before running commands. Ask before deleting files.")
TUTOR = S("Eres TutorBot de la academia Código Norte. Respondes a alumnos de primer año. Explica paso a paso, "
          "con ejemplos cortos, y no des la solución completa de los ejercicios evaluables.")
PLC = S("You are the maintenance helpdesk assistant for Vasser Packaging's plant floor. Answer questions about "
        "line equipment, spare parts and shift handover. Escalate safety issues to the shift lead.")

BACKTRACE = """thread 'tokio-runtime-worker' panicked at src/ingest/batch.rs:88:41:
called `Option::unwrap()` on a `None` value
stack backtrace:
   0: rust_begin_unwind
   1: core::panicking::panic_fmt
   2: core::panicking::panic
   3: core::option::unwrap_failed
   4: greenhouse_telemetry::ingest::batch::Batcher::flush
             at ./src/ingest/batch.rs:88:41
   5: greenhouse_telemetry::ingest::worker::run::{{closure}}
             at ./src/ingest/worker.rs:51:17
note: Some details are omitted, run with `RUST_BACKTRACE=full` for a verbose backtrace.

// batch.rs 80-92
    pub async fn flush(&mut self) -> Result<usize> {
        let first = self.buf.first().unwrap();
        let sensor = self.sensors.get(&first.sensor_id).unwrap();
        let n = self.buf.len();
        self.sink.write(sensor.table(), &self.buf).await?;
        self.buf.clear();
        Ok(n)
    }"""

VBA = """Sub KopieerRijen()
    Dim ws As Worksheet, doel As Worksheet
    Dim i As Integer
    Set ws = Sheets("Invoer")
    Set doel = Sheets("Archief")
    For i = 2 To ws.Cells(Rows.Count, 1).End(xlUp).Row
        If ws.Cells(i, 5).Value = "Betaald" Then
            ws.Rows(i).Copy doel.Rows(doel.Cells(Rows.Count, 1).End(xlUp).Row + 1)
            ws.Rows(i).Delete
        End If
    Next i
End Sub"""

EXAMPLES = [
    ex("en", "regex for uk postcodes pls, dont need it perfect just catch 95%"),
    ex("en", "ok so why does my loop eat the last row\n\nfor i in range(len(rows)-1):\n    out.append(clean(rows[i]))"),
    ex("en", VET_BOT, "hi I need to move Biscuit's checkup to thursday", A("Of course! Thursday we have 10:15, 13:40 and 16:00. Which suits you?"),
       "16:00. also unrelated but you seem smart, my son is stuck on his homework: write a python function that "
       "returns True if a word is a palindrome, ignoring spaces and capitals. he's 14 so keep it simple"),
    ex("en", AGENT, f"prod ingest worker keeps dying, here's the log + the fn. fix it so an empty buffer or an unknown sensor doesn't panic. don't touch the sink trait\n\n{BACKTRACE}"),
    ex("en", IDE, "selection:\n```ts\nconst total = items.reduce((a, b) => a.price + b.price)\n```\nreturns NaN sometimes??"),
    ex("en", S("You are Shellby, the ops chatbot in the #infra Slack channel of a hosting company. Answer with commands the on-call engineer can paste."), "bash one liner: find every .log under /var/app older than 14 days, gzip them, but skip anything currently open by a process"),
    ex("es", TUTOR, "profe no entiendo q hace el `return` dentro del for, en mi ejercicio la función devuelve solo el primer número y no la suma. me explicas por qué pasa?\n\ndef suma(lista):\n    total = 0\n    for x in lista:\n        total += x\n        return total"),
    ex("fr", "Salut, j'ai une requête Postgres qui met 40 s sur une table de 30M lignes :\n\nSELECT * FROM commandes WHERE date_trunc('day', cree_le) = '2026-11-03';\n\nIl y a un index sur cree_le. Pourquoi il ne sert pas et comment je réécris ça ?"),
    ex("de", "Kannst du mir ein Terraform-Modul schreiben, das einen S3-Bucket mit Versionierung, SSE-KMS und einer Lifecycle-Regel (nach 90 Tagen nach Glacier) anlegt? Variablen für Name und KMS-Key bitte."),
    ex("pt", S("Você é o assistente interno do time de dados da Lojas Pampa. Responde dúvidas sobre o data lake, dashboards e scripts. Seja direto."), "como faço pra ler um csv de 8GB no pandas sem estourar a memória? só preciso somar a coluna valor_pago agrupando por uf"),
    ex("it", "ciao, in Kotlin qual è la differenza tra `lateinit var` e `by lazy`? fammi un esempio con un ViewModel Android"),
    ex("nl", f"Deze macro slaat soms rijen over als er twee betaalde regels onder elkaar staan. Waarom, en hoe los ik het op?\n\n{VBA}"),
    ex("pl", "napisz mi w Go handler HTTP który przyjmuje JSON {\"email\":..., \"kod\":...}, waliduje email i zwraca 422 jak coś nie tak. bez frameworków, samo net/http"),
    ex("tr", "3 işçi bir duvarı 6 günde örüyorsa 2 işçi kaç günde örer?", A("İş miktarı 3×6 = 18 işçi-gün. 2 işçi ile 18/2 = 9 gün."), "Tamam sağol. Başka bir şey: Arduino'da millis() ile iki LED'i farklı hızlarda yakıp söndürmek istiyorum, delay kullanmadan. Bir LED 300ms diğeri 1100ms. Kod yazar mısın?"),
    ex("ru", "Переведи на английский: «Встреча переносится на пятницу».", A("\"The meeting is moved to Friday.\""), "Спасибо. Теперь другое — объясни, что делает этот кусок на Haskell, я вообще не понимаю точку и доллар:\n\ncountWords = length . filter (not . null) . words $ input"),
    ex("uk", "Привіт! У мене в Django міграція падає з 'column \"slug\" contains null values'. Я додав поле slug = models.SlugField(unique=True). Як правильно зробити міграцію, щоб заповнити існуючі рядки?"),
    ex("zh", S("你是公司内部数据平台的问答助手，帮助运营同事查数据、写查询。只回答和数据相关的问题。"), "帮我写个 SQL：订单表 orders(id, user_id, amount, created_at)，找出每个用户最近一笔订单的金额，MySQL 8。"),
    ex("ja", "週末に京都行くんだけど、静かなカフェある？", A("哲学の道の近くに、朝早くから開いている小さなカフェがいくつかあります。平日の午前中なら特に静かですよ。"), "ありがとう！ ところで仕事の話なんですが、Reactで useEffect の中で fetch してるんですが、開発モードだとリクエストが2回飛びます。StrictModeのせいらしいけど、正しい対処法を教えてください。コード例もお願いします。"),
    ex("ko", S("당신은 온라인 코딩 부트캠프 '코드온'의 학습 도우미입니다. 수강생 질문에 친절하게 답하세요."), "파이썬에서 딕셔너리 리스트를 특정 키 두 개로 정렬하고 싶어요. 'age'는 내림차순, 'name'은 오름차순으로요. 한 줄로 가능할까요?"),
    ex("hi", "bhai mera docker container start hote hi exit ho jaata hai code 0 ke saath. Dockerfile ka last line hai `CMD [\"npm\", \"run\", \"build\"]`. kya galat hai aur fix kya hoga?"),
    ex("ar", "عندي دالة JavaScript بترجع undefined بدل البيانات من الـ API. الدالة فيها fetch و then. ليش؟ وكيف أكتبها بـ async/await؟"),
    ex("id", "Gan, tolong bikinin script Python buat rename semua file foto di folder jadi format tanggal ambil dari EXIF, misal 2026-03-14_0932.jpg. Kalau gak ada EXIF skip aja."),
    ex("vi", "Mình có đoạn C này mà chạy bị segfault, giúp mình tìm lỗi với:\n\nchar *s;\nscanf(\"%s\", s);\nprintf(\"%s\\n\", s);"),
    ex("sv", S("Du är Bygglotsen, en chattbot i teamets Slack som hjälper till med CI, deployer och releaser."), "Hur skriver jag ett GitHub Actions-jobb som bara kör testerna när något under backend/ har ändrats? Vi har monorepo med frontend/ och backend/."),
    ex("en", PLC, "Line 3 labeller is fine. Different q: the OEM gave us this structured text snippet for the Siemens PLC and the counter never resets at shift change. what's wrong?\n\nIF ShiftChange THEN\n    Counter := Counter;\nEND_IF;\nIF SensorPulse AND NOT SensorPulse_Old THEN\n    Counter := Counter + 1;\nEND_IF;"),
    ex("en", S("You are the internal assistant at Puddlejump Games, a 6-person indie studio. You help with design docs, build pipeline and gameplay code."), "Write a Godot 4 GDScript for a platformer character: coyote time 0.1s, jump buffer 0.12s, variable jump height. CharacterBody2D."),
    ex("en", "whats the difference between git reset --soft --mixed and --hard, with a tiny example each, I keep nuking my work"),
    ex("en", "can u review this before I merge, esp. the error handling\n\nasync def fetch_all(urls):\n    results = []\n    async with aiohttp.ClientSession() as s:\n        for u in urls:\n            try:\n                r = await s.get(u)\n                results.append(await r.json())\n            except:\n                pass\n    return results"),
    ex("en", "Write me a poem about autumn.", A("Leaves let go without complaint,\nthe maple blushing, slow and faint..."),
       "lovely. now something completely different: I need a cron expression for 'every weekday at 06:45 and 18:45, Europe/Berlin'. and does k8s CronJob support the timezone field?"),
    ex("en", "convert this jq to python:  jq '.items[] | select(.status==\"FAILED\") | {id, reason: .error.message}' runs.json"),
    ex("en", S("You are Ledgerly's finance assistant. You help small businesses categorise expenses and understand their P&L. Do not give tax advice."),
       "Is software subscription an operating expense?", A("Yes, in most setups recurring SaaS subscriptions are booked as operating expenses (often under 'Software' or 'Subscriptions')."),
       "ok thx. could you write me a google sheets formula that sums column D where column B contains 'SaaS' and the date in A is in the current month"),
    ex("en", "What does this do? `awk -F, 'NR>1 && $4>100 {s[$2]+=$4} END {for (k in s) print k, s[k]}' sales.csv | sort -k2 -nr | head`"),
    ex("en", "my elixir genserver mailbox grows forever under load. handle_cast does a blocking HTTP call. how should I restructure it? code please"),
    ex("en", "kubectl says `0/3 nodes are available: 3 Insufficient cpu` but the nodes show 40% cpu used in grafana. what's going on and what do i change in the deployment yaml"),
    ex("en", IDE, "file: payments/retry.py\nselection:\n```py\ndef backoff(attempt):\n    return 2 ** attempt\n```\nadd jitter and a cap of 30s, keep the signature"),
    ex("en", "Translate this sentence into German: 'The server will restart at midnight.'", A("Der Server wird um Mitternacht neu gestartet."),
       "danke. unrelated: in a bash script how do I make it exit if any command in a pipe fails, not only the last one?"),
    ex("en", S("You are the tenant helpdesk for Kestrel Court apartments. Answer questions about rent, repairs and building rules."),
       "I'm also the building's volunteer IT person lol. the door-entry log exports as lines like `2026-11-30T07:12:44 FOB 0042 DOOR-B GRANTED`. write me a python script that counts denied entries per fob per day"),
    ex("en", "Explain big-O of this, my interviewer said it's not O(n):\n\nfor i in range(n):\n    j = 1\n    while j < n:\n        j *= 2"),
    ex("en", "can you tldr this abstract: We study the effect of sensor placement on gait classification accuracy using wrist and ankle IMUs across 41 participants...", A("TL;DR: ankle sensors beat wrist sensors for classifying gait; combining both helps a little."), "ok thanks. now the practical bit. MATLAB: I have a 1000x3 matrix of accelerometer data (x,y,z) at 200 Hz. how do I low-pass filter it at 5 Hz and plot before/after? signal processing toolbox is available"),
    ex("en", "yo", A("Hey! What's up?"), "trying to get ffmpeg to cut a video from 00:01:30 to 00:02:10 without re-encoding, my command makes a black first second"),
    ex("en", "help me write a two-line cover letter opening for a mainframe developer job", A("\"Twelve years keeping a bank's batch running on time taught me that boring code is a feature. I'd like to bring that to your core-systems team.\""), "ha ok. and since they'll test me: write a COBOL paragraph that reads a fixed-width record (cust-id 8, name 30, balance 9(7)V99) and displays customers with negative balance. we're on Enterprise COBOL"),
    ex("en", AGENT, "tests pass now, ta", A("Great — all 142 tests pass. Want me to open a PR?"),
       "not yet. add a unit test for Batcher::flush with an empty buffer, using the existing MockSink in tests/common"),
    ex("en", "how do i stop pandas from turning my zip codes like 02134 into 2134 when reading a csv"),
    ex("en", "Refactor to remove the nested ifs, keep behaviour identical:\n\nfunction price(u, cart) {\n  if (u) {\n    if (u.isMember) {\n      if (cart.total > 100) { return cart.total * 0.85 }\n      else { return cart.total * 0.95 }\n    } else { return cart.total }\n  } else { return cart.total }\n}"),
    ex("en", S("You are CaseCraft, an assistant for a small law firm. Help paralegals with document drafting and filing deadlines. Be precise."),
       "Not a legal one: our docket spreadsheet exports dates as 45231 style numbers. what's the python to turn those into real dates? it's excel serial dates I think"),
    ex("en", S("You are HardenBot, a security-compliance assistant for a hospital IT team. You help map CIS benchmark items to concrete changes."), "CIS 5.2.10 flagged us. Ansible: task to ensure a line `PermitRootLogin no` in sshd_config and restart sshd only if it changed"),
    ex("en", "R question. ggplot, I want the bars ordered by count descending instead of alphabetically. geom_bar(aes(x = species))"),
    ex("en", "Why is `0.1 + 0.2 == 0.3` false in js but my colleague says it's fine in his python?? he's wrong right"),
    ex("en", "Can you summarise what this function does in one line for a docstring?\n\ndef f(xs):\n    seen = set()\n    return [x for x in xs if not (x in seen or seen.add(x))]", A("\"Return the items of xs in order with duplicates removed.\""),
       "nice. now make it work for unhashable items too (lists of dicts) without getting quadratic if possible"),
    ex("en", "Write a Dockerfile for a FastAPI app, multi-stage, non-root user, uv for deps, final image as small as is sane"),
]

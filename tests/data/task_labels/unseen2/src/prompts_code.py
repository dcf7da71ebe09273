from common import ex, system, bot, user

LABEL = "code"

EXAMPLES = [
    ex("en", "regex uk postcode"),
    ex("en", "bash one-liner: delete all files older than 30 days in /var/log/myapp but keep anything ending .keep"),
    ex("en", "Write a Python function summarise_column(df, col) that returns mean, median, min, max and count of nulls for a pandas column as a dict. Type hints please."),
    ex("en", """why does this print the same number 5 times?

```js
for (var i = 0; i < 5; i++) {
  setTimeout(() => console.log(i), 100);
}
```"""),
    ex("en", """My Flask app gives `RuntimeError: Working outside of application context.` when I call this from a background thread:

```python
def send_digest(user_id):
    user = db.session.get(User, user_id)
    mail.send(Message("Your weekly summary", recipients=[user.email]))

threading.Thread(target=send_digest, args=(42,)).start()
```

How do I fix it properly?"""),
    ex("en", system('You are an assistant embedded in a BI tool. The warehouse is PostgreSQL 16.'), "SQL: for each customer, their most recent order and its total. tables customers(id, name), orders(id, customer_id, created_at, total). postgres."),
    ex("en", "Write a Dockerfile for a Node 20 app that uses pnpm, multi-stage, final image should run as non-root."),
    ex("en", """Review this Go code, I think there's a race:

```go
type Counter struct {
    hits map[string]int
}

func (c *Counter) Inc(key string) {
    c.hits[key]++
}

func main() {
    c := &Counter{hits: map[string]int{}}
    for i := 0; i < 100; i++ {
        go c.Inc("home")
    }
    time.Sleep(time.Second)
    fmt.Println(c.hits["home"])
}
```"""),
    ex("en", "convert this to a list comprehension: result = []\nfor x in nums:\n    if x % 3 == 0:\n        result.append(x * x)"),
    ex("en", "what does `git rebase -i HEAD~4` actually do and how do i squash the last 3 commits into one"),
    ex("en", "implement an LRU cache in TypeScript with O(1) get and put, no libraries"),
    ex("en", """Explain what this regex matches, piece by piece:

^(?=.*[A-Z])(?=.*\\d)(?!.*\\s).{12,}$"""),
    ex("en", """this k8s deployment keeps crashlooping and the log says `exec /app/server: exec format error`. here's the relevant bit:

```yaml
spec:
  containers:
    - name: api
      image: registry.local/api:1.4.2
      command: ["/app/server"]
      resources:
        limits: {memory: "256Mi", cpu: "500m"}
```
I built the image on my M2 mac. what's wrong and how do I fix the build?"""),
    ex("en", "Write a Rust function that reads a CSV file line by line and returns the sum of the third column as f64, with proper error handling (no unwrap)."),
    ex("en", "how to undo `git reset --hard` i lost my comit 😭"),
    ex("en", """Refactor this to be testable, the function does too much:

```python
def process():
    conn = psycopg2.connect(os.environ["DB_URL"])
    rows = conn.cursor().execute("select * from events where processed = false").fetchall()
    for r in rows:
        payload = json.loads(r[2])
        if payload["type"] == "signup":
            requests.post("https://hooks.example.com/welcome", json={"email": payload["email"]})
        conn.cursor().execute("update events set processed = true where id = %s", (r[0],))
    conn.commit()
```"""),
    ex("en", "In Java, what's the difference between HashMap and ConcurrentHashMap when iterating while another thread writes? show a small example that throws ConcurrentModificationException"),
    ex("en", system('You are a DevOps assistant. Prefer YAML snippets that can be pasted as-is.'), "write a github actions workflow that runs pytest on python 3.11 and 3.12 and caches pip"),
    ex("en", "Give me a SQL query that finds duplicate emails in the users table ignoring case and leading/trailing spaces, and shows how many times each appears."),
    ex("en", "Can you write unit tests (pytest) for this?\n\ndef slugify(title: str) -> str:\n    return re.sub(r'[^a-z0-9]+', '-', title.lower()).strip('-')"),
    ex("en", """Our nightly job's output is below. I don't need a summary of the log — I need to know which line of my script causes the error and a fix.

```
Traceback (most recent call last):
  File "/opt/jobs/report.py", line 88, in <module>
    main()
  File "/opt/jobs/report.py", line 81, in main
    totals = {r["region"]: r["amount"] for r in rows if r["amount"] > 0}
TypeError: '>' not supported between instances of 'NoneType' and 'int'
```"""),
    ex("en", "awk to print the 2nd and 5th columns of a tab separated file but only rows where column 5 > 100"),
    ex("en", "Make this C function safe against buffer overflow:\n\nvoid copy_name(char *dst, const char *src) {\n    strcpy(dst, src);\n}\n\ndst is always 32 bytes."),
    ex("en", "nginx config to redirect http to https and proxy /api to localhost:3000, everything else served from /srv/www"),
    ex("en", "React: my useEffect runs twice on mount in dev. Is that a bug in my code? here it is: useEffect(() => { fetchData(); }, []);"),
    ex("en", "port this to Kotlin, make it feel like Kotlin and not Python with braces:\n\ndef word_counts(text):\n    counts = {}\n    for w in text.split():\n        counts[w] = counts.get(w, 0) + 1\n    return sorted(counts.items(), key=lambda kv: -kv[1])[:10]"),
    ex("en", system('You are a helpful assistant.'), "what's the time complexity of this and can it be done faster?\n\ndef has_pair(nums, target):\n    for i in range(len(nums)):\n        for j in range(i+1, len(nums)):\n            if nums[i] + nums[j] == target:\n                return True\n    return False"),
    ex("en", "Write a PowerShell script that finds all .log files over 100MB under C:\\Data and zips them into one archive named with today's date."),
    ex("en", "terraform: create an S3 bucket with versioning on, block all public access, and a lifecycle rule moving objects to glacier after 90 days"),
    ex("en",
       system("You are a senior backend engineer helping a junior colleague. Answer with code first, then a short explanation."),
       "how do i retry an http call with exponential backoff in python using httpx, max 5 attempts, only on 5xx and timeouts"),
    ex("en",
       system("You are CodeBuddy, an assistant inside an IDE. The user's open file is shown below their question."),
       user("the summary endpoint returns 500 when the list is empty. why?\n\n```python\n@app.get('/summary')\ndef summary():\n    scores = [s.value for s in Score.query.all()]\n    return {'avg': sum(scores) / len(scores), 'n': len(scores)}\n```")),
    ex("en",
       user("I'm writing a story where the hacker types commands on screen. What would realistic ones look like?"),
       bot("Realistic on-screen commands might include nmap scans, ssh logins and tailing logs — I can suggest a few if you like."),
       user("actually forget the story. for real: how do I use nmap to list open ports on my own home server at 192.168.1.20, and how do I check which process is listening on port 8080 on that box?")),
    ex("en",
       user("what's a good name for a cat"),
       bot("How about Miso, Pixel or Biscuit?"),
       user("lol ok. different question. i have a javascript array of objects {name, age} and want to group them by age into an object of arrays. shortest clean way?")),
    ex("en", "Postgres EXPLAIN shows a Seq Scan on orders (4M rows) for `WHERE lower(email) = $1`. There's an index on email. Why isn't it used and what index should I add?"),
    ex("en", "write a cron line that runs /usr/local/bin/backup.sh at 2:30am on weekdays only and logs stdout+stderr to /var/log/backup.log"),
    ex("en", "Explain Python's GIL like I'm a JS developer, and show a snippet where threads don't speed up CPU work but multiprocessing does."),
    ex("en", "jq filter: from an array of {id, tags:[...]} objects, output ids of those whose tags include \"urgent\""),
    ex("en", "Is this a correct binary search? it sometimes loops forever\n\nint search(int[] a, int x) {\n  int lo = 0, hi = a.length - 1;\n  while (lo < hi) {\n    int mid = (lo + hi) / 2;\n    if (a[mid] < x) lo = mid; else hi = mid;\n  }\n  return a[lo] == x ? lo : -1;\n}"),
    ex("en", "vim: how do I replace 'foo' with 'bar' only on lines 10 to 40, asking for confirmation each time"),
    ex("en", "Write a small Express middleware that logs method, path, status and duration in ms for every request, but never logs the request body."),
    ex("en", "pandas: I have daily sales with columns date, store, amount. need a pivot with stores as columns, weeks as rows, summed amounts, missing = 0"),
    ex("en", "Write a bash script that takes a directory and prints the 10 largest files with human readable sizes, handling spaces in filenames."),
    ex("en", "what's wrong with my makefile, it says 'missing separator. Stop.' on line 4\n\nbuild:\n\tgo build ./...\ntest:\n    go test ./..."),
    ex("en", "SwiftUI: how to show a sheet when a button is tapped and pass the selected item into it"),
    ex("es", system('Eres un asistente útil. Responde siempre en español.'), "Necesito una consulta SQL que me dé las ventas totales por mes del año 2025 desde la tabla ventas(fecha, importe). Uso MySQL."),
    ex("es", "¿por qué me sale 'IndentationError: unexpected indent' en este código?\n\ndef saludar(nombre):\n    print('hola', nombre)\n     return True"),
    ex("fr", "Écris une fonction JavaScript qui vérifie si une chaîne est un palindrome en ignorant les accents, les espaces et la ponctuation."),
    ex("fr", "Comment je fais un `git cherry-pick` d'une plage de commits sans le premier ? J'ai toujours un commit en trop."),
    ex("de", "Schreib mir bitte eine Python-Klasse für ein Bankkonto mit Einzahlung, Abhebung (kein Überziehen erlaubt) und Kontoauszug als Liste von Buchungen."),
    ex("de", "Was macht dieser Befehl genau? `find . -name '*.tmp' -print0 | xargs -0 rm -f`"),
    ex("pt", "Como faço para ler um arquivo JSON grande em Node.js sem carregar tudo na memória? Mostra um exemplo com stream."),
    ex("pt", "meu código em C# dá NullReferenceException aqui: var nome = cliente.Endereco.Cidade.ToUpper(); como deixo isso seguro?"),
    ex("it", "Scrivi una regex che riconosca un codice fiscale italiano (16 caratteri) e spiegamela."),
    ex("zh", "用Python写一个装饰器，统计函数的执行时间并打印出来，要支持异步函数。"),
    ex("zh", "这段SQL为什么这么慢？SELECT * FROM logs WHERE DATE(created_at) = '2026-11-30'; 表里有两千万行，created_at 上有索引。"),
    ex("ja", "Goでcontextを使ってHTTPリクエストに3秒のタイムアウトを設定する方法をコード付きで教えてください。"),
    ex("ko", "파이썬에서 리스트의 중복을 제거하면서 원래 순서를 유지하는 코드를 알려 주세요."),
    ex("hi", "Java में एक thread-safe singleton class कैसे लिखें? कोड के साथ समझाइए।"),
    ex("ru", "Напиши на Python функцию, которая рекурсивно обходит каталог и возвращает список всех файлов с расширением .md, и добавь тесты на pytest."),
    ex("ar", "اكتب لي دالة بلغة بايثون تتحقق من صحة عنوان البريد الإلكتروني باستخدام التعبيرات النمطية، مع شرح مختصر."),
]

from common import ex

L = "code"

EX = [
ex(L, [
    ("system", "You are a helpful programming assistant. Prefer idiomatic, readable code."),
    ("user", "write a python function that checks if a string is a palindrome ignoring punctuation and case"),
]),

ex(L, """Why does this throw "TypeError: Cannot read properties of undefined (reading 'map')"?

```jsx
function UserList() {
  const [users, setUsers] = useState();
  useEffect(() => {
    fetch('/api/users').then(r => r.json()).then(setUsers);
  }, []);
  return <ul>{users.map(u => <li key={u.id}>{u.name}</li>)}</ul>;
}
```"""),

ex(L, "SQL query to get the top 5 customers by total order amount in the last 30 days. tables: customers(id, name), orders(id, customer_id, amount, created_at). postgres"),

ex(L, "regex that matches US phone numbers like (555) 123-4567 or 555-123-4567 or 5551234567"),

ex(L, "how do i find all files larger than 100MB on linux and sort them by size"),

ex(L, [
    ("system", "You are a senior Go engineer doing code review. Be direct."),
    ("user", "```go\nfunc fetchAll(urls []string) []string {\n    var results []string\n    for _, u := range urls {\n        go func() {\n            resp, _ := http.Get(u)\n            body, _ := io.ReadAll(resp.Body)\n            results = append(results, string(body))\n        }()\n    }\n    return results\n}\n```"),
    ("assistant", "Several problems: (1) the function returns before any goroutine finishes — you need a sync.WaitGroup; (2) concurrent appends to `results` are a data race; (3) errors are ignored and `resp.Body` is never closed; (4) with Go < 1.22 the loop variable `u` is captured by reference."),
    ("user", "ok, refactor it to use a worker pool with bounded concurrency (say 5 workers) and return errors properly"),
]),

ex(L, "¿Cómo hago un bucle for en Bash que recorra todos los archivos .csv de una carpeta y les quite la primera línea?", "es"),

ex(L, "explain what this does: `awk -F, 'NR>1 {s+=$3} END {print s/(NR-1)}' data.csv`"),

ex(L, """Can you review this function for bugs?

```python
def add_tag(item, tags=[]):
    tags.append(item)
    return tags

print(add_tag("a"))
print(add_tag("b"))
```
second print shows ['a', 'b'] and I have no idea why"""),

ex(L, "write a production-ready multi-stage Dockerfile for a Node 20 Express app (npm, runs on port 3000, non-root user)"),

ex(L, "Écris une fonction JavaScript qui supprime les doublons d'un tableau d'objets selon la clé `id`, en gardant la première occurrence.", "fr"),

ex(L, "There's a classic puzzle SEND + MORE = MONEY where each letter is a distinct digit. I don't want the answer from you — write me a Python brute-force solver that finds it."),

ex(L, "convert this python to rust:\n\n```python\ndef word_counts(text):\n    counts = {}\n    for w in text.lower().split():\n        counts[w] = counts.get(w, 0) + 1\n    return sorted(counts.items(), key=lambda kv: -kv[1])\n```"),

ex(L, [
    ("user", "I just committed to main by accident instead of my feature branch"),
    ("assistant", "No worries, that's easy to fix as long as you haven't pushed yet. Have you pushed it?"),
    ("user", "no not pushed. git: how do I undo the last commit but keep the changes in my working directory"),
]),

ex(L, "Wie schreibe ich in Python eine eigene Klasse, die man mit dem with-Statement benutzen kann (Kontextmanager)? Bitte mit Beispiel.", "de"),

ex(L, "nginx config to redirect all http to https and proxy /api to localhost:8080, everything else served from /var/www/html"),

ex(L, """my C code segfaults and I can't see why

```c
#include <stdio.h>
#include <string.h>

int main() {
    char *name;
    strcpy(name, "hello");
    printf("%s\\n", name);
    return 0;
}
```"""),

ex(L, "用Java写一个线程安全的单例模式，最好用双重检查锁，并解释一下为什么要加volatile。", "zh"),

ex(L, "what's the difference between let, const and var in JavaScript? examples please"),

ex(L, """refactor this into smaller functions, it's getting unreadable:

```js
async function handleSignup(req, res) {
  const { email, password, name } = req.body;
  if (!email || !email.includes('@')) return res.status(400).json({ error: 'bad email' });
  if (!password || password.length < 8) return res.status(400).json({ error: 'weak password' });
  const existing = await db.users.findOne({ email });
  if (existing) return res.status(409).json({ error: 'exists' });
  const hash = await bcrypt.hash(password, 10);
  const user = await db.users.insert({ email, name, hash, createdAt: new Date() });
  await mailer.send({ to: email, subject: 'Welcome!', body: `Hi ${name}, welcome aboard.` });
  const token = jwt.sign({ id: user.id }, process.env.JWT_SECRET, { expiresIn: '7d' });
  res.json({ token });
}
```"""),

ex(L, [
    ("system", "You are a helpful coding assistant."),
    ("user", "write pytest unit tests for this function, cover edge cases:\n\n```python\ndef parse_duration(s: str) -> int:\n    \"\"\"Parse strings like '1h30m', '45s', '2h' into seconds.\"\"\"\n    import re\n    m = re.fullmatch(r'(?:(\\d+)h)?(?:(\\d+)m)?(?:(\\d+)s)?', s)\n    if not m or not s:\n        raise ValueError(s)\n    h, mi, se = (int(x) if x else 0 for x in m.groups())\n    return h * 3600 + mi * 60 + se\n```"),
]),

ex(L, "このPythonコードのエラーを直してください：\n\nfor i in range(10)\n    print(i)\n\nSyntaxError: expected ':' と出ます。", "ja"),

ex(L, "kubernetes yaml: a Deployment with 3 replicas of nginx:1.25 and a Service exposing port 80 as ClusterIP"),

ex(L, "Don't just give me the number — write a C++ function that computes the nth Fibonacci number mod 1e9+7 using matrix exponentiation, n up to 1e18."),

ex(L, [
    ("user", "I've been a backend dev for 8 years and I'm about to ask the most embarrassing question"),
    ("assistant", "No judgment here! What is it?"),
    ("user", "how to center a div. yes really. horizontally and vertically"),
]),

ex(L, [
    ("user", "how do I get the average sales per region with pandas"),
    ("assistant", "You can use groupby:\n\n```python\ndf.groupby('region')['sales'].mean()\n```"),
    ("user", "it says KeyError: 'region'. I checked and the column is actually called 'Region ' with a trailing space. how do I fix it properly for all columns"),
]),

ex(L, r"Explain this regex piece by piece: ^(?=.*[A-Z])(?=.*\d)[A-Za-z\d@$!%*?&]{8,}$"),

ex(L, "Como faço para ler um arquivo JSON em Python e acessar um campo aninhado tipo config['db']['host'] sem dar erro se não existir?", "pt"),

ex(L, """optimize this query, it takes 40 seconds on ~20M rows:

SELECT * FROM events
WHERE DATE(created_at) = '2024-05-01'
  AND LOWER(event_type) = 'purchase'
ORDER BY created_at DESC;

postgres 15, there's an index on created_at"""),

ex(L, "bash one-liner to count unique IPs in access.log (first field) and show the top 10"),

ex(L, "Напиши функцию на Python, которая разворачивает односвязный список. С классом Node и примером использования.", "ru"),

ex(L, """whats wrong with my useEffect, it runs infinitely and my API gets hammered

```js
const [filters, setFilters] = useState({ page: 1 });
const [data, setData] = useState([]);
useEffect(() => {
  fetchData({ ...filters }).then(setData);
  setFilters({ ...filters });
}, [filters]);
```"""),

ex(L, [
    ("system", "You only output code. No explanations, no prose."),
    ("user", "TypeScript utility type DeepPartial<T> that makes every nested property optional, including arrays of objects"),
]),

ex(L, "convert this curl to python requests:\ncurl -X POST https://api.example.com/v1/items -H 'Authorization: Bearer abc123' -H 'Content-Type: application/json' -d '{\"name\":\"widget\",\"qty\":3}'"),

ex(L, "Write a Python script that extracts all email addresses from a text file given on the command line and writes them, deduplicated, to emails.csv."),

ex(L, "GitHub Actions workflow that runs npm ci and npm test on push and on PRs to main, node 18 and 20 matrix"),

ex(L, "Mi spieghi cosa fa questa riga di codice? `const total = items.reduce((acc, x) => acc + x.price * x.qty, 0);`", "it"),

ex(L, [
    ("system", "You are a functional programming tutor."),
    ("user", "implement binary search in haskell"),
]),

ex(L, """can you make this more pythonic

```python
result = []
for i in range(len(names)):
    if ages[i] >= 18:
        result.append(names[i].upper())
```"""),

ex(L, "Python में लिस्ट को सॉर्ट करने का कोड लिखो, बिना sort() या sorted() फ़ंक्शन के — bubble sort से।", "hi"),

ex(L, [
    ("user", "I copied a deploy script from a blog post"),
    ("assistant", "Sure, happy to look at it. What would you like to know?"),
    ("user", "what does `set -euo pipefail` actually do at the top of a bash script"),
]),

ex(L, """Translate this Python code to JavaScript (Node), same behavior:

```python
import json
from collections import defaultdict

def group_by_user(path):
    groups = defaultdict(list)
    with open(path) as f:
        for line in f:
            rec = json.loads(line)
            groups[rec["user"]].append(rec["amount"])
    return {u: sum(a) for u, a in groups.items()}
```"""),

ex(L, "postgres: how do I add a NOT NULL column with a default to a huge table without locking it for ages?"),

ex(L, [
    ("system", "You are a coding assistant integrated into the user's IDE. The user's project is a Python FastAPI service."),
    ("user", "here's my Dockerfile:\n\nFROM python:3.12\nCOPY . /app\nWORKDIR /app\nRUN pip install -r requirements.txt\nCMD [\"uvicorn\", \"main:app\", \"--host\", \"0.0.0.0\"]"),
    ("assistant", "This works, but it copies the whole project before installing dependencies, so every code change invalidates the pip cache layer. Consider copying requirements.txt first, then running pip install, then copying the rest."),
    ("user", "did that, image is still 1.2GB. how do i get it smaller"),
]),

ex(L, [
    ("system", "You are a DevOps assistant."),
    ("user", "cron expression for every weekday at 6:30am"),
]),

ex(L, """what's the big O of this and can it be improved?

```python
def has_duplicate_pair_sum(nums, target):
    for i in range(len(nums)):
        for j in range(i + 1, len(nums)):
            if nums[i] + nums[j] == target:
                return True
    return False
```"""),

ex(L, "Tengo este error en Django al entrar al admin: 'django.db.utils.OperationalError: no such table: auth_user'. ¿Qué hago?", "es"),

ex(L, [
    ("user", "I'm learning web dev, just finished HTML and CSS basics"),
    ("assistant", "Nice progress! The natural next step is JavaScript — DOM manipulation, events, and storing data in the browser."),
    ("user", "ok make me a simple todo app in vanilla JS that saves to localStorage, single html file so I can study it"),
]),

ex(L, """Rust borrow checker complains: cannot borrow `v` as mutable because it is also borrowed as immutable

```rust
fn main() {
    let mut v = vec![1, 2, 3];
    let first = &v[0];
    v.push(4);
    println!("{}", first);
}
```
how do I fix this"""),

ex(L, [
    ("system", "You are an expert TypeScript build tooling assistant."),
    ("user", "tsconfig setup for a node library that publishes both ESM and CJS builds? what should package.json exports look like"),
]),
]

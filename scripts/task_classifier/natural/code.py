"""Natural code requests (see __init__.py). Code: write, fix, explain, review,
port or optimise software, queries, shell commands or configuration — including
"translate this function to Rust" and "why is this SQL slow"."""

ONE_LINERS = """
translate this function to Rust: def add(a, b): return a + b
explain why this SQL is slow: SELECT * FROM orders WHERE YEAR(created_at) = 2024
how do i center a div
python remove duplicates from list keep order
git undo last commit but keep changes
What's the difference between let, const and var in JS?
write a bash script that renames all .jpeg files to .jpg in a folder
regex for a valid email address?
How do I make an HTTP request in Go?
Convert this Java loop to a Python list comprehension: for (int i=0;i<10;i++) if (i%2==0) out.add(i*i);
my docker container exits immediately with code 0, why
how to read a csv with pandas and skip the first 3 rows
Write a function that checks if a string is a palindrome, in C.
what does `yield` do in python
why is my useEffect running twice in react 18
fix: TypeError: 'NoneType' object is not subscriptable
kubectl command to see logs of a crashed pod
how do I write a unit test for a function that calls an API
Implement binary search in TypeScript.
Port this Python to JavaScript: print(", ".join(str(x) for x in range(5)))
SQL to find duplicate emails in a users table
What's the time complexity of this? for i in range(n): for j in range(i): pass
make this function async: def get(url): return requests.get(url).json()
how to merge two dicts in python 3.9
Explain what a closure is with a JS example
nginx config to redirect http to https
How can I speed up this pandas apply? df['x'] = df.apply(lambda r: r.a * r.b, axis=1)
write a dockerfile for a flask app
what's wrong with this: if x = 5: print(x)
cron expression for every weekday at 9am
How do I set up ESLint with Prettier in a Vite project?
rewrite this in idiomatic Rust: fn sum(v: &Vec<i32>) -> i32 { let mut s = 0; for i in 0..v.len() { s += v[i]; } s }
Why does my Java code throw ConcurrentModificationException when I remove items in a for-each loop?
write a python script to summarize a CSV: count rows and average each numeric column
Write code that translates a string to pig latin.
Write a function to extract all email addresses from a string using regex, in Python.
Write a Python function that computes the nth Fibonacci number efficiently.
Implement a function that solves a quadratic equation in JavaScript.
a script that generates random poems from a word list (python)
how do I parse JSON in bash with jq to get .items[].name
postgres: how to add a column with a default without locking the table
what is the difference between a process and a thread
how to reverse a string in c++
React: how to pass data from child to parent component
Make this SQL faster, it takes 40s: SELECT c.name, COUNT(*) FROM customers c JOIN orders o ON o.customer_id = c.id GROUP BY c.name
Should I use a HashMap or TreeMap here? I need keys sorted by insertion time
how to handle CORS in express
Why does `[] == ![]` evaluate to true in JavaScript?
write a makefile for a small c project with src/ and include/
terraform: how to create an s3 bucket with versioning
What is a memory leak and how do I find one in a Node.js service?
python: ModuleNotFoundError: No module named 'requests' but I installed it
Can you review my function for edge cases? def avg(xs): return sum(xs)/len(xs)
Generate a SQL schema for a blog with users, posts, comments and tags.
How do I configure a GitHub Actions workflow to run pytest on every push?
Write a Swift function that formats a Date as "yyyy-MM-dd".
explain big O notation with code examples
What's the best way to structure a FastAPI project?
How to debounce a function in JavaScript?
Why do I get "permission denied (publickey)" when pushing to GitHub?
implement LRU cache in python without functools
convert this curl to python requests: curl -X POST -H "Content-Type: application/json" -d '{"a":1}' https://x.io/api
Write a Kotlin data class for a User with id, name, email.
how to use async/await with fetch and handle errors
Haskell: what does the >>= operator do?
Is it better to use composition or inheritance in this case: a Duck class that needs fly() and quack()?
write a go program that counts word frequencies in a file
Optimise this loop in numpy: for i in range(n): c[i] = a[i] * b[i]
""" + """
¿Cómo invierto una lista en Python?
Escribe una función en JavaScript que valide un número de teléfono.
por qué mi consulta SQL devuelve filas duplicadas con un JOIN
Comment trier un dictionnaire par valeur en Python ?
Écris une requête SQL qui compte les commandes par client.
Wie kann ich in Java eine Datei Zeile für Zeile lesen?
Schreib mir ein Bash-Skript, das alle Logdateien älter als 7 Tage löscht.
Como faço um loop assíncrono em Node.js?
Escreva uma função em Python que conte as vogais de uma string.
Come posso fare il deploy di un'app Flask su Heroku?
Как в Python прочитать JSON-файл?
Напиши функцию на Go, которая проверяет, является ли число простым.
Python里怎么把列表去重并保持顺序？
用JavaScript写一个防抖函数。
Pythonで辞書をキーでソートする方法を教えて
このエラーの意味は？ TypeError: undefined is not a function
Python में लिस्ट को उल्टा कैसे करें?
كيف أكتب دالة في بايثون تحسب مضروب عدد؟
Jak w SQL znaleźć duplikaty w kolumnie email?
Python'da bir listeyi nasıl ters çeviririm?
Hoe lees ik een CSV-bestand in met pandas?
"""

LONG = [
    """```python
def get_user(users, id):
    for u in users:
        if u['id'] == id:
            return u
    return users[0]
```
this returns the wrong user sometimes, why?""",
    """Traceback (most recent call last):
  File "train.py", line 58, in <module>
    loss.backward()
RuntimeError: Trying to backward through the graph a second time

what does this mean and how do I fix it""",
    """Can you translate this function to Rust? Keep the same behaviour.

```python
def word_counts(text):
    counts = {}
    for word in text.lower().split():
        counts[word] = counts.get(word, 0) + 1
    return counts
```""",
    """This query takes 30 seconds on a 20M row table. Explain why it's slow and how to fix it.

SELECT *
FROM events
WHERE lower(email) = 'ana@example.com'
ORDER BY created_at DESC
LIMIT 20;

Indexes: events(email), events(created_at)""",
    """I'm getting this in the browser console:

Access to fetch at 'https://api.myapp.com/data' from origin 'http://localhost:3000' has been blocked by CORS policy: No 'Access-Control-Allow-Origin' header is present on the requested resource.

backend is express. what do i change""",
    """Review this Go code please, anything unsafe?

func (c *Cache) Get(key string) string {
    if v, ok := c.items[key]; ok {
        return v
    }
    return ""
}

func (c *Cache) Set(key, value string) {
    c.items[key] = value
}

It's called from many goroutines.""",
    """```js
const total = items.reduce((sum, item) => { sum + item.price }, 0);
console.log(total); // undefined??
```""",
    """I have a table:
orders(id, customer_id, amount, created_at)
I need for each customer the month where they spent the most. Postgres. Can you write the query?""",
    """Here's my Dockerfile:

FROM python:3.12
COPY . /app
RUN pip install -r /app/requirements.txt
CMD python /app/main.py

the image is 1.2GB and rebuilds take forever every time I change one line. How do I improve it?""",
    """Summary of the ticket (from the PM): "Users should get an email when their export is ready."

Write the Celery task for this in Python: it generates the CSV, uploads it to S3 and sends the email with a presigned link.""",
    """Below is a long text about our product. Ignore the content — I need a Python script that counts how
many times each word appears in a text like this and prints the top 10.

Our product helps teams track their time. Teams love our product because it is simple. Time tracking
should be simple, and our product makes time tracking simple for teams of all sizes.""",
    """Write a function that takes a paragraph in any language and returns which language it is, using
only the Python standard library (character ranges and common words are fine). Not asking you to translate anything.""",
    """```yaml
services:
  web:
    build: .
    ports: ["8000:8000"]
    depends_on: [db]
  db:
    image: postgres:16
```
the web container can't connect to postgres at localhost:5432, help""",
    """Este código en Java lanza NullPointerException, ¿por qué?

String nombre = null;
if (nombre.equals("Ana")) {
    System.out.println("Hola Ana");
}""",
    """Pourquoi ce code JavaScript affiche 5 cinq fois au lieu de 0 à 4 ?

for (var i = 0; i < 5; i++) {
  setTimeout(() => console.log(i), 100);
}""",
    """Kannst du diesen Python-Code schneller machen? Er braucht Minuten für 100.000 Zeilen.

result = []
for row in rows:
    if row not in result:
        result.append(row)""",
    """Por que esse código em Python dá erro de indentação?

def soma(a, b):
return a + b""",
    """Этот SQL-запрос работает очень медленно. Что не так?

SELECT * FROM users WHERE id IN (SELECT user_id FROM orders WHERE total > 100);""",
    """这段Python代码为什么报错？

numbers = [1, 2, 3]
print(numbers[3])

IndexError: list index out of range""",
    """このコードを TypeScript に書き換えてください。

function add(a, b) {
  return a + b;
}""",
    """The following C program sometimes prints garbage. Why?

char *greet() {
    char buf[32];
    strcpy(buf, "hello");
    return buf;
}
int main() { printf("%s\\n", greet()); }""",
    """I have a math formula I need implemented: the haversine distance between two lat/lon points. Write it
in JavaScript with a test for Paris→London (~344 km).""",
    """our CI fails with:

npm ERR! code ERESOLVE
npm ERR! ERESOLVE unable to resolve dependency tree
npm ERR! Found: react@18.2.0
npm ERR! Could not resolve dependency: peer react@"^17.0.0" from some-lib@2.1.0

how do I fix this properly (not just --force)?""",
]

CHATS = [
    ("You are a senior Python engineer. Be concise.",
     ["How should I structure retries with exponential backoff around an HTTP call?"]),
    (None, ["Write a poem about the sea", "Waves upon the shore...",
            "ok now help me with this: how do I read environment variables in Node?"]),
    ("You are a helpful assistant.",
     ["Can you explain what this regex does and fix it so it also allows dots? ^[a-z0-9_]+$"]),
    (None, ["hey", "Hi! What can I do for you?", "my flask app returns 404 for /api/users but the route exists"]),
    ("You are a code reviewer for a fintech company.",
     ["def transfer(a, b, amt):\n    a.balance -= amt\n    b.balance += amt\n\nAny issues?"]),
    (None, ["Translate 'hello world' into Japanese", "こんにちは世界",
            "now write hello world in Rust, Go and Zig"]),
    ("Tu es un développeur expérimenté.",
     ["Comment gérer les erreurs proprement dans une API Express ?"]),
    (None, ["Summarize what a REST API is in one sentence",
            "An API that exposes resources over HTTP using standard verbs.",
            "ok, now write a minimal REST API in FastAPI with GET and POST for /items"]),
    ("You are an SQL expert.",
     ["Why is this slow and how do I index it? SELECT * FROM logs WHERE message LIKE '%timeout%' AND level = 'ERROR'"]),
    (None, ["I'm learning programming", "Great! Which language?",
            "python. how do classes work, can you show a simple example"]),
    ("You are a DevOps assistant.",
     ["Write a GitHub Actions job that builds a Docker image and pushes it to GHCR on tags."]),
    (None, ["What's 2+2?", "4.", "lol ok. how do I add two numbers from user input in C"]),
    ("Du bist ein hilfreicher Assistent für Programmierer.",
     ["Wie mache ich in Git einen Rebase auf main, ohne meine Änderungen zu verlieren?"]),
    (None, ["Can you help me debug?", "Sure, paste the code and the error.",
            "```python\nimport json\ndata = json.loads(open('x.json'))\n```\nTypeError: the JSON object must be str, bytes or bytearray, not TextIOWrapper"]),
]

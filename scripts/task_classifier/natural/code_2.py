"""Natural code requests, second batch (see __init__.py)."""

ONE_LINERS = """
git undo last commit but keep my changes
cron expression for every 15 minutes
how to exit vim
how do i check which process is using port 8080
what's the command to list docker images
ssh key setup for github
find all files modified in the last 24 hours linux
python venv not activating on windows powershell
chmod 755 vs 644
npm vs yarn vs pnpm which should i use for a monorepo
how to squash commits
regex to match a date like 2024-03-15
sql: difference between inner join and left join
pandas groupby and sum two columns
Fix the indentation in this: def f():\\nprint('hi')
why is my python script so slow when reading a big file
javascript sort numbers correctly
how to make a POST request with axios
what's a segfault and how do I debug one
c# async void vs async Task
how do I return multiple values from a function in Go
Explain this line: const { data, error } = await supabase.from('posts').select('*')
what does `set -euo pipefail` do
Turn this for loop into map/filter in JS
Why is my CSS grid not taking the full height?
Write a Python one-liner to flatten a list of lists.
How can I write a poem generator in Python with markov chains?
Write code that summarizes a text file by printing its first and last line.
write a function to translate numbers into roman numerals
build a simple calculator in javascript
I need a script that extracts all emails from a text file
how do I compute a moving average in SQL
What's the math behind softmax and how do I implement it in numpy?
Explain recursion with a factorial example in Python.
linux command to count lines in all .py files recursively
make my Django queryset faster, it does N+1 queries
how do I mock a datetime in pytest
What's the difference between == and === in JavaScript?
how can i hot reload a go server
Docker compose: how do I pass env vars from a .env file?
Rust borrow checker error: cannot borrow `x` as mutable more than once
how to convert string to int in java
What are Python decorators, with an example?
convert this bash loop to python: for f in *.txt; do wc -l $f; done
how to read user input in rust
explain the difference between a list and a tuple
""" + """
¿Cómo hago un commit en git?
Escríbeme un script en Python que renombre fotos por fecha.
error de python: IndentationError: expected an indented block, ¿qué hago?
explícame qué hace este código: print([x*2 for x in range(5)])
Comment installer Node.js sur Ubuntu ?
Corrige ce code : for i in range(10) print(i)
Écris un script bash qui sauvegarde un dossier chaque nuit.
Schreib eine Funktion in Java, die prüft, ob eine Zahl gerade ist.
Was ist der Unterschied zwischen einer Liste und einem Tupel in Python?
Warum bekomme ich hier einen NullPointerException?
Como faço um SELECT com GROUP BY no MySQL?
Escreva um script em Python para baixar arquivos de uma URL.
Scrivi una funzione in JavaScript che inverta una stringa.
Come si usa git stash?
Напиши скрипт на Python, который удаляет пустые строки из файла.
Почему мой код на JavaScript возвращает undefined?
Как в git отменить последний коммит?
写一个Python函数，判断一个字符串是不是回文。
这个SQL为什么这么慢？SELECT * FROM users WHERE name LIKE '%张%'
git怎么撤销最后一次提交？
Pythonでファイルを一行ずつ読むには？
JavaScriptで配列の重複を削除する方法
このSQLを速くしたいです：SELECT * FROM orders WHERE status = 'new'
पायथन में फंक्शन कैसे बनाते हैं? उदाहरण दो।
اكتب كود جافاسكريبت يتحقق من صحة البريد الإلكتروني
Napisz funkcję w Pythonie, która liczy silnię.
Jak naprawić błąd "permission denied" przy docker run?
Python'da bir dosyayı satır satır nasıl okurum?
Bash'te bir klasördeki tüm dosyaları nasıl listelerim?
Schrijf een Python-functie die een lijst sorteert.
"""

LONG = [
    """```sql
SELECT u.id, u.name, (SELECT COUNT(*) FROM orders o WHERE o.user_id = u.id) AS n
FROM users u
WHERE u.created_at > now() - interval '30 days';
```
explain why this is slow on postgres and rewrite it""",
    """```rust
fn main() {
    let s = String::from("hi");
    let t = s;
    println!("{}", s);
}
```
error[E0382]: borrow of moved value: `s` — why??""",
    """Translate this JavaScript into Python, same behaviour:

function groupBy(xs, key) {
  return xs.reduce((acc, x) => {
    (acc[x[key]] = acc[x[key]] || []).push(x);
    return acc;
  }, {});
}""",
    """i keep getting this when i run my script

  File "bot.py", line 3
    print "hello"
          ^
SyntaxError: Missing parentheses in call to 'print'""",
    """Here's my React component, it flickers on every keystroke. Any idea?

function Search() {
  const [q, setQ] = useState("");
  const results = useFetch(`/api/search?q=${q}`);
  return <><input value={q} onChange={e => setQ(e.target.value)} />{results.map(r => <Row key={Math.random()} r={r} />)}</>;
}""",
    """We have a microservice in Node that sometimes hangs under load. CPU is low, memory is fine, but requests
just time out after ~30s. We use pg with a pool of 10 and each request does 3 queries in a transaction.
What could cause this and how do I confirm it?""",
    """Write a Python function that takes a list of sentences and returns a summary: the sentence with the most
words that appear frequently in the whole list. No external libraries. Include a docstring and a test.""",
    """I'm writing a CLI tool in Go. I want subcommands `add`, `list`, `done` for a todo app that stores tasks in
a JSON file in the home directory. Can you give me the skeleton with cobra?""",
    """Este código en Python debería sumar los números pares de una lista, pero da un resultado incorrecto:

def suma_pares(lista):
    total = 0
    for n in lista:
        if n % 2 == 1:
            total += n
    return total""",
    """Ce test échoue et je ne comprends pas pourquoi :

def test_moyenne():
    assert moyenne([1, 2, 3]) == 2

def moyenne(xs):
    return sum(xs) // len(xs) + 0.5""",
    """Mein Docker-Container startet nicht, im Log steht:

Error: Cannot find module '/app/server.js'

Dockerfile:
FROM node:20
WORKDIR /usr/src/app
COPY . .
CMD ["node", "/app/server.js"]""",
    """Qual é o problema deste código em JavaScript? Ele deveria esperar 1 segundo e depois mostrar "pronto".

async function esperar() {
  setTimeout(() => {}, 1000);
  console.log("pronto");
}""",
    """Помогите оптимизировать запрос, выполняется 2 минуты:

SELECT * FROM logs WHERE DATE(created_at) = '2024-05-01' ORDER BY id;""",
    """请帮我看看这段Java代码有什么问题，为什么多线程下计数不准：

public class Counter {
    private int count = 0;
    public void inc() { count++; }
}""",
    """このPythonコードでエラーが出ます。原因を教えてください。

data = {"a": 1}
for k, v in data:
    print(k, v)

ValueError: not enough values to unpack""",
    """Review my bash script, it's supposed to back up /data to s3 every night:

#!/bin/bash
DATE=`date +%F`
tar czf /tmp/backup-$DATE.tgz /data
aws s3 cp /tmp/backup-$DATE.tgz s3://my-backups/
rm /tmp/backup-*""",
]

CHATS = [
    ("You are an expert Go developer.", ["How do I cancel a goroutine that's blocked on a channel read?"]),
    (None, ["What's the capital of Spain?", "Madrid.",
            "thanks! now, how do I parse a date string like '2024-03-05' in JavaScript?"]),
    ("You are a helpful assistant.", ["my git push says 'rejected - non-fast-forward', what do I do"]),
    (None, ["Translate 'database' into German", "Datenbank",
            "ha. ok, real question: how do I create a database and a user in postgres from the command line"]),
    ("You are a coding tutor for beginners. Be patient.", ["what is a variable? show me in python"]),
    (None, ["I need help with Excel", "Sure, what are you trying to do?",
            "a formula that looks up a price in another sheet by product id"]),
    ("You are a security reviewer.", ["Is this safe? cursor.execute(f\"SELECT * FROM users WHERE name = '{name}'\")"]),
    (None, ["write a poem about coffee", "Dark and warm, the morning cup...",
            "lol nice. can you now write a python script that tells me when my coffee is ready, like a 4 minute timer"]),
    ("Eres un programador experto.", ["¿Cómo conecto Python a una base de datos PostgreSQL?"]),
    (None, ["hey", "Hi! What can I do for you?", "can you explain what kubernetes is and give me a minimal deployment yaml"]),
]

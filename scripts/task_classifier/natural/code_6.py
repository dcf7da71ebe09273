"""Natural code requests, sixth batch (see __init__.py): write, fix, explain-in-code, review and convert
programs; code pasted with prose; other languages; mentions of another task."""

ONE_LINERS = """
how do i center a div vertically AND horizontally with flexbox
write a bash one-liner to count lines in all .py files
why does my python say "list index out of range" on the last loop
regex for a UK postcode?
convert this to async: def fetch(url): return requests.get(url).json()
SQL to get the top 3 customers by total order value
my react component re-renders forever, useEffect with [] dependency... what am I missing
write a function that checks if a string is a palindrome, in Go
git: how do I undo my last commit but keep the changes
what's the difference between let and const in javascript, with a code example
dockerfile for a flask app please
I'm translating our docs into Spanish, but right now I need a Python script that renames all .txt files to .md
implement binary search in rust
Write a unit test for a function add(a, b) using pytest.
segfault when I free twice in C, how to avoid it
make this faster: for i in range(len(a)): if a[i] in b: out.append(a[i])
How do I parse JSON in Java without a library?
k8s pod stuck in CrashLoopBackOff, how do I debug it
write a Python function that computes the nth Fibonacci number with memoization
TypeError: Cannot read properties of undefined (reading 'map') — what does it mean and how do I fix it
Write a CSS animation that makes a button pulse.
how to read a csv with pandas and drop rows with empty email
give me a makefile with build, test and clean targets for a C project
Escribe una función en Python que ordene una lista de diccionarios por la clave "edad".
¿Cómo hago un bucle for en JavaScript que recorra un objeto?
Écris une fonction JavaScript qui vérifie si un email est valide.
Pourquoi mon script Python affiche « ModuleNotFoundError: No module named 'numpy' » ?
Schreib eine SQL-Abfrage, die alle Kunden aus Berlin ausgibt.
Wie kann ich in Git einen Branch löschen?
Escreva um script em Python que leia um arquivo e conte as palavras.
用Python写一个函数，判断一个数是不是质数。
这段Java代码为什么报空指针异常？
Pythonでファイルを一行ずつ読むにはどうすればいいですか？
JavaScriptで配列の重複を削除するコードを書いて。
Python में एक फ़ंक्शन लिखो जो किसी सूची का योग निकाले।
Scrivi una query SQL per contare gli ordini per mese.
"""

LONG = [
    "```python\ndef avg(xs):\n    return sum(xs) / len(xs)\n\nprint(avg([]))\n```\n"
    "this crashes with ZeroDivisionError. how should I handle the empty case? fix it please",
    "We use this in prod:\n\n```js\napp.get('/user/:id', async (req, res) => {\n  const u = await db.query("
    "`SELECT * FROM users WHERE id = ${req.params.id}`);\n  res.json(u);\n});\n```\n\nreview it — anything dangerous?",
    "I have a math background but I'm new to programming. I need a Python function that takes a list of "
    "numbers and returns the mean, median and mode without using statistics module. can you write it with comments?",
    "Error log:\n```\nTraceback (most recent call last):\n  File \"app.py\", line 12, in <module>\n    conn = psycopg2.connect(DSN)\n"
    "psycopg2.OperationalError: could not connect to server: Connection refused\n```\nwhat's wrong and how do I fix my code/config?",
]

CHATS = [
    ("You are a helpful assistant.", ["hi", "Hello!",
     "can you write a python script that downloads a web page and prints all the links"]),
    ("You are a creative writing coach.", ["I write fantasy novels.", "Lovely! What are you working on?",
     "actually I need a quick script: a word counter in python for my chapters folder, all .txt files"]),
    (None, ["Summarize the plot of Hamlet.", "A prince avenges his father...",
     "ok now something else. in TypeScript, how do I type a function that takes a callback?"]),
    ("Du bist ein hilfreicher Assistent.", ["Hallo!", "Hallo! Wie kann ich helfen?",
     "Mein Docker-Container startet nicht: 'exec format error'. Was bedeutet das und wie behebe ich es?"]),
]

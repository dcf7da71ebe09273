"""Natural code requests, third batch (see __init__.py): terse tool questions,
code-adjacent prompts that name another task, and other languages."""

ONE_LINERS = """
chmod +x not working
how to hot reload a node server
what does `git rebase -i` do
kill process on port 3000 mac
tar extract to specific folder
python: convert list of dicts to dataframe
how do i get the current timestamp in js
the haskell >>= operator, explain with an example
what's a monad in programming terms
awk print second column
sed replace string in all files
how do I profile a python script
Translate this Python snippet to C#: names = [u.name for u in users if u.active]
port my bash script to powershell: for f in *.log; do gzip $f; done
summarize the changes between python 2 and 3 that break code, with code examples of each fix
write a regex that extracts dates from text
parse this XML in Python and print every <title>
build a translation function in JS that looks up keys in a JSON dictionary with fallback to English
write a function that returns the mean and median of a list
write a SQL query that summarizes sales by month
Which is faster in Python, a list comprehension or map? benchmark it
Why does my regex match too much? <.*> on "<a><b>"
Explain this error: Uncaught SyntaxError: Unexpected token '<'
""" + """
¿Por qué mi script de Python dice "command not found"?
¿Cómo uso async/await en JavaScript? Dame un ejemplo.
Escribe una consulta SQL que devuelva los 10 productos más vendidos.
Traduis ce code Python en JavaScript : print(len("bonjour"))
Pourquoi ma requête SQL est-elle si lente avec un LIKE '%abc%' ?
Schreib ein Python-Skript, das alle PDF-Dateien in einem Ordner zusammenführt.
Warum ist meine Schleife in JavaScript so langsam?
Como faço para ler um arquivo JSON em Java?
Perché il mio codice Python dà "list index out of range"?
Напиши SQL-запрос, который считает количество заказов по месяцам.
Как исправить ошибку "ModuleNotFoundError" в Python?
把这段Python代码改成Java：for i in range(3): print(i)
怎么用Python读取Excel文件？
このエラーを直したい：SyntaxError: invalid syntax
Gitでブランチを削除するには？
इस Python कोड में गलती क्या है? print("hello"
كيف أستخدم git لإنشاء فرع جديد؟
Dlaczego mój skrypt w Bashu nie działa po przeniesieniu na serwer?
Bu Python kodu neden hata veriyor? int("abc")
"""

LONG = [
    """```
$ python manage.py migrate
django.db.utils.OperationalError: no such table: auth_user
```
I just cloned the project, what am I missing""",
    """Summary of what I want (the PM wrote it): "a button that exports the table as CSV".
The table is a React component fed by `rows` (array of objects). Write the export function and the button.""",
    """Here's a poem my user typed into our app and it crashes the backend:

"Roses are red / violets are blue / 🌹 unicode breaks / everything too"

UnicodeEncodeError: 'ascii' codec can't encode character '\\U0001f339'. How do I fix the Python side?""",
    """Kannst du diesen Code erklären und verbessern?

def f(l):
    r = []
    for i in range(len(l)):
        if l[i] not in r:
            r.append(l[i])
    return r""",
    """Перепиши эту функцию на TypeScript с типами:

function sum(items) {
  return items.reduce((a, b) => a + b.price, 0);
}""",
]

CHATS = [
    ("You are a helpful coding assistant.", ["chmod 755 vs 644 — which for a script I want to run?"]),
    (None, ["Translate 'function' into Spanish", "función",
            "now translate this function from Python to Go: def double(x): return x * 2"]),
    ("You are a senior data engineer.", ["Our Airflow DAG runs twice every night. What could cause that?"]),
    (None, ["Summarize what Docker is", "A tool to package apps into containers.",
            "ok write me a Dockerfile for a node 20 express app"]),
]

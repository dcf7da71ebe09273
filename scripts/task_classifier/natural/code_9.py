"""Natural code requests, ninth batch (see __init__.py): coding-agent traffic, asks phrased with "make", "write",
"build" in many languages, pasted errors and code with the ask before or after; multi-turn where the last ask is code."""

ONE_LINERS = """
make the login form remember the user's email between visits
build me a tiny CLI in Go that counts words in a file
write a bash one-liner that deletes log files older than 7 days
can you turn this loop into a list comprehension: for x in xs: if x > 0: out.append(x*2)
how do I center a div vertically and horizontally with flexbox
my React component re-renders on every keystroke, how do I stop that
add pagination to the /users endpoint, 50 per page
write a SQL query that finds customers who ordered in January but not in February
the docker build fails with "no space left on device", how do I clean up
convert this callback-based function to async/await
write unit tests for a function that validates IBANs
why does my python script say ModuleNotFoundError: No module named 'requests' when I installed it
implement a rate limiter with a token bucket in TypeScript
regex to match a UK postcode please
Schreib mir eine Python-Funktion, die prüft, ob ein Jahr ein Schaltjahr ist.
Écris une fonction JavaScript qui retire les doublons d'un tableau.
Haz un script en Python que renombre todas las fotos de una carpeta con la fecha.
Fammi una query SQL che conta gli ordini per mese.
Faz um componente React que mostra um contador com botão de mais e menos.
Napisz w Javie klasę reprezentującą konto bankowe z metodami wpłaty i wypłaty.
Напиши функцию на C, которая переворачивает строку на месте.
用 Go 写一个简单的 HTTP 服务器，返回当前时间。
Rustでファイルを一行ずつ読む方法を教えて。コード付きで。
파이썬으로 리스트에서 가장 큰 값 두 개를 찾는 함수를 만들어 줘.
Kotlin'de bir listeyi tersine çeviren fonksiyon yaz.
"""
LONG = [
    """Traceback (most recent call last):
  File "app.py", line 14, in <module>
    total = sum(prices) / len(prices)
ZeroDivisionError: division by zero

this happens when the cart is empty. what's the cleanest fix?""",
    """Here's our config loader:

def load(path):
    with open(path) as f:
        return yaml.load(f)

A linter flags it as unsafe. Rewrite it properly and explain what was wrong in one line.""",
]
CHATS = [
    ("You are a coding agent working in the user's repository. You can read and edit files and run tests.",
     ["the CI is red on main, test_checkout fails with KeyError: 'currency'. find the cause and fix it"]),
    ("You are a helpful assistant.",
     ["What's the difference between a process and a thread?", "A process has its own memory space; threads share...",
      "ok show me in python how to run 4 downloads in parallel with threads"]),
    (None, ["write a haiku about coffee", "Dark steam curls upward...",
            "haha nice. now write a python script that reminds me to drink water every hour"]),
    ("You answer questions about our internal API. Context:\nGET /v2/orders?status=open returns {orders: [...], next: cursor}",
     ["write a node script that fetches all open orders following the next cursor until it's empty"]),
]

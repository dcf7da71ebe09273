"""Natural code requests, seventh batch (see __init__.py): terse tool and command questions and asks in
many languages."""

ONE_LINERS = """
chmod 700 vs 600?
find which process holds port 5432 on linux
npm vs pnpm which one for monorepo
tar extract to a folder command
nodemon not restarting on file change, why
vim: delete all lines containing foo
regex to match an IPv4 address
poetry vs uv for a new python project, commands please
用Go写一个HTTP服务器，返回hello world。
Rustで文字列を反転する関数を書いて。
اكتب دالة جافاسكربت تعكس النص.
اكتب استعلام SQL يعرض أكثر 10 منتجات مبيعًا.
C++ में लिंक्ड लिस्ट उलटने का कोड लिखो।
Напиши функцию на Python, которая удаляет дубликаты из списка.
Napisz skrypt bash, który usuwa pliki starsze niż 7 dni.
Schrijf een Python-functie die controleert of een jaar een schrikkeljaar is.
Bir listeyi sıralayan bir Java metodu yaz.
Écris une fonction Python qui fusionne deux dictionnaires.
Cómo instalo dependencias con pip desde requirements.txt?
Wie debugge ich einen Segfault in C mit gdb?
"""
LONG = []
CHATS = [
    ("You are a helpful assistant.", ["hey", "Hi!", "git rebase vs merge for a feature branch, show me the commands"]),
]

"""Natural code requests, fourth batch (see __init__.py)."""

ONE_LINERS = """
write a script that backs up my photos folder to an external drive every night
need a python script that sends me an email when a website changes
bash script to rename files to lowercase
make a simple todo app in html/js
program that plays rock paper scissors in python
write a discord bot that replies "pong" to "!ping"
is there a builtin in python to flatten lists
how do I make my python code run faster, it's a loop over 10 million items
what's the best way to store passwords in a database
why does my C++ program crash with "double free or corruption"
explain git branches like I'm new to coding
how to deploy a static site to github pages
""" + """
Escribe un script en Bash que haga copia de seguridad de mi carpeta de fotos.
Hazme un bot de Telegram en Python que responda "hola".
Écris un script Python qui envoie un e-mail quand un site change.
Comment corriger l'erreur "SyntaxError: unexpected EOF while parsing" ?
Schreib ein Programm in Python, das Schere-Stein-Papier spielt.
Wie deploye ich eine statische Seite auf GitHub Pages?
Escreva um bot do Discord em Python que responda "pong".
Scrivi uno script Python che rinomini i file in minuscolo.
Напиши телеграм-бота на Python, который отвечает "привет".
Как хранить пароли в базе данных правильно? Покажи код.
用Python写一个石头剪刀布游戏。
Pythonで簡単なTODOアプリを作って。
पायथन में एक कैलकुलेटर प्रोग्राम लिखो।
اكتب سكربت بايثون ينسخ الملفات احتياطيًا كل ليلة.
Napisz bota Discord w Pythonie, który odpowiada "pong".
Python ile basit bir hesap makinesi yaz.
"""

LONG = [
    """I'm not a programmer but I need this: every Monday I download a CSV from our bank, and I want a script
that adds up the amounts per category (column 3) and prints a small table. I'm on Windows. What do I do,
step by step, and what's the code?""",
]

CHATS = [
    ("You are a patient programming teacher.", ["why does my for loop print the last number twice? for i in range(5): print(i) print(i)"]),
    (None, ["What's a good language to learn first?", "Python is a common first choice.",
            "ok show me how to write a program that asks my name and says hello"]),
    ("Eres un asistente de programación.", ["Mi página web no carga el CSS, el link es <link href='style.css'>. ¿Qué está mal?"]),
]

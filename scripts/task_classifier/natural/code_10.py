"""Natural code requests, tenth batch (see __init__.py): how-do-I questions, small scripts, debugging asked in
plain words, some in other languages or after a non-code turn."""

ONE_LINERS = """
how do I undo my last git commit but keep the changes
what's the Python way to read a JSON file into a dict
my for loop prints the same number every time in JavaScript setTimeout, why and how to fix
excel formula to count cells that contain the word "late"
how can I make my bash script stop on the first error
create a github actions workflow that runs pytest on every push
show me how to debounce a search input in vanilla JS
I need a cron expression for every weekday at 7:30
Wie lösche ich in Pandas alle Zeilen mit fehlenden Werten?
¿Cómo hago una petición POST con fetch y JSON?
Comment lire un fichier CSV ligne par ligne en Python sans pandas ?
Как в Git переименовать ветку?
Python で辞書のキーを一覧にするには？
"""
LONG = [
    """I get this when I run npm start:

Error: listen EADDRINUSE: address already in use :::3000

I'm on a Mac. How do I find what's using the port and kill it, and how do I make the app pick another port?""",
]
CHATS = [
    (None, ["what's the weather usually like in Lisbon in May", "Mild and sunny, around 20°C...",
            "ok unrelated, can you write me a small python script that renames all .jpeg files in a folder to .jpg"]),
    ("You are a friendly assistant for a small business.",
     ["Can you make me a Google Sheets formula that adds up column C only when column A says Paid?"]),
]

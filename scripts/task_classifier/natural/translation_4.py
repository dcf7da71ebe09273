"""Natural translation requests, fourth batch (see __init__.py)."""

ONE_LINERS = """
what does "carpe noctem" mean
"hakuna matata" means what in english exactly
what's the literal meaning of "bon voyage"
"Pura vida" — translation?
"Wanderlust" in spanish?
can you translate a word for me: "Geborgenheit"
translate: おはようございます
translate: 안녕하세요
translate: Спокойной ночи
translate: Grazie mille, a presto!
how do I say "no ice please" in spanish
say "I am a student" in french
what's "I'm full" in mandarin (the food kind)
translate into english the sign "Prohibido fumar"
what's the japanese word for "cute"
english word for "Torschlusspanik"?
Give me the Portuguese for "it's complicated"
translate "how are you holding up?" into German, informal
""" + """
¿Qué significa "hygge" en español?
Tradúceme "break a leg" al español con una expresión equivalente.
Que signifie « ça me saoule » en anglais ?
Peux-tu traduire « I'm so done with this » en français familier ?
Was bedeutet „Torschlusspanik" auf Englisch?
Übersetz mir „Hals- und Beinbruch" ins Englische.
O que significa "cafuné" em inglês?
Cosa significa "magari" in inglese?
Что означает "авось" по-английски?
"无聊"英语怎么说？
「木漏れ日」って英語で何て言うの？
"जुगाड़" का अंग्रेज़ी अनुवाद क्या है?
ما ترجمة "يا هلا" بالإنجليزية؟
Co znaczy "kombinować" po angielsku?
"Hüzün" kelimesinin İngilizce karşılığı nedir?
"""

LONG = [
    """Merci pour votre accueil chaleureux. Nous garderons un excellent souvenir de notre séjour chez vous.

what does this say? in english please, I need to reply""",
    """Can you translate this Korean text into English? It's from my friend's birthday card.

생일 축하해! 항상 고마워. 올해도 행복한 일만 가득하길 바랄게.""",
]

CHATS = [
    ("Translate every message from the user into French.", ["Could you send me the report by tomorrow?"]),
    (None, ["what language is 'Dankjewel'?", "Dutch — it means 'thank you'.",
            "ok and how do I say 'you're welcome' in dutch"]),
    ("You are a translation assistant.", ["ES→EN: Se ruega no tocar las obras de arte."]),
]

"""Natural summarization requests, fifth batch (see __init__.py): requests to
shorten, condense, recap or give the gist of pasted text, in varied wording."""

ONE_LINERS = """
can you make this paragraph half as long without losing the point
cut this down to a headline and one sentence
what did this email actually say? too long for me
read this and tell me the bottom line
give me the 30-second version of this report
I need the highlights of this thread for my standup
recap of yesterday's meeting from these notes, bullet points
boil this down for a 5-year-old
Gist of the following?
skim this for me and give me the essentials
write a short abstract for the text below
please summarize the attached minutes in a paragraph
summarize the following code diff for the PR description
summarize this stack overflow answer in one line
""" + """
¿Me lo resumes? Es muy largo.
Dame la idea principal de este texto.
Tu peux me faire un résumé de ce mail ?
Donne-moi l'essentiel de ce rapport en trois phrases.
Was ist die Kernaussage dieses Textes?
Mach mir eine kurze Zusammenfassung von dieser Mail.
Me dá o resumo desse texto?
Qual é a ideia principal deste artigo?
Mi fai un riassunto di questa mail?
Сократи этот текст до трёх предложений.
В двух словах, о чём это письмо?
帮我概括一下这段话。
这篇文章的主要观点是什么？简单总结。
この記事の要点を三つにまとめて。
इस लेख का मुख्य बिंदु क्या है? संक्षेप में बताओ।
ما الفكرة الرئيسية في هذا النص؟ لخصها.
Streść ten artykuł w trzech punktach.
Bu yazının ana fikrini kısaca söyler misin?
"""

LONG = [
    """From: facilities@company.com
Subject: Office closure and parking changes

Hi all, the 3rd floor will be closed from 10 to 14 March for carpet replacement. Teams on that floor
will move temporarily to the 5th floor meeting rooms. Also, from 1 April the underground car park will
require the new badges, which you can collect at reception from next Monday.

What do I need to know from this, briefly?""",
    """diff --git a/api/users.py b/api/users.py
-    return db.query(User).all()
+    page = int(request.args.get("page", 1))
+    return db.query(User).limit(50).offset((page - 1) * 50).all()

write a one-sentence summary of this change for the changelog""",
    """Ecco le note della riunione, fammi una sintesi di tre righe:

Il cliente ha approvato il design. Mancano i testi della homepage, li scrive Paola entro venerdì.
Il lancio è confermato per il 20. Budget invariato.""",
    """Вот расшифровка голосового сообщения, перескажи коротко суть:

короче я сегодня не приду на тренировку, у меня температура, скажи тренеру, и ещё я взял у тебя
мяч, верну в субботу, и не забудь, что в воскресенье игра в десять""",
]

CHATS = [
    ("You are an assistant that writes short summaries of long messages.",
     ["Hi! So our landlord called, he's coming Thursday between 2 and 5 to fix the boiler, he needs someone home, and also rent goes up 3% from May, and he said we can finally paint the living room if we want."]),
    (None, ["I'm going to paste my notes from a lecture", "Sounds good.",
            "Photosynthesis: light reactions in thylakoids make ATP and NADPH; Calvin cycle in stroma fixes CO2 into sugar; chlorophyll absorbs red and blue light; oxygen is a by-product. -> short summary pls"]),
]

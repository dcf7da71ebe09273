"""Natural summarization requests, seventh batch (see __init__.py): short asks ("key points?", "in brief,
what is X about") in many languages, and a body pasted before a one-word ask."""

ONE_LINERS = """
main points?
tl;dr?
gist of the above pls
what's the short version
In brief, what is "1984" by Orwell about?
Summarize the French Revolution in 5 bullet points.
give me a 3-line recap of the Lord of the Rings trilogy
De qué trata "Cien años de soledad", en resumen?
Résume-moi « Le Petit Prince » en quelques lignes.
Worum geht es in "Der Prozess" von Kafka, kurz gesagt?
Sobre o que é "Dom Casmurro", resumidamente?
Di cosa parla "I Promessi Sposi", in poche righe?
简要概括一下《红楼梦》的内容。
用三句话总结二战的起因。
「吾輩は猫である」のあらすじを簡単に教えて。
この記事を一言でまとめて。
"गबन" उपन्यास की कहानी संक्षेप में बताइए।
لخص رواية "الحرافيش" في فقرة.
Кратко перескажи "Войну и мир".
Streść w skrócie historię Polski XX wieku.
Vat samen: de vergadering is verplaatst naar maandag.
Özetle: toplantı pazartesiye ertelendi ve bütçe onaylandı.
Tóm tắt bài báo này trong hai câu.
kurz zusammengefasst bitte
resumen por favor
résumé svp
"""
LONG = [
    "The council approved the new bus routes, which start in September. Three lines are merged, two get more "
    "frequent service at night, and fares stay the same.\n\nkey points?",
    "Die Firma verlagert die Produktion nach Polen, 300 Stellen fallen in Stuttgart weg, der Betriebsrat protestiert.\n\n"
    "Zusammenfassung in einem Satz?",
    "我们部门这个季度完成了三个项目，客户满意度提高了，但人员流失较多。\n\n请总结一下。",
]
CHATS = [
    (None, ["here's the article: 'Rents rose 9% this year as supply stalled and demand from students grew.'", "Got it.", "summary?"]),
]

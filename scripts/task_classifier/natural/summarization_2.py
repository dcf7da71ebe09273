"""Natural summarization requests, second batch (see __init__.py)."""

ONE_LINERS = """
key takeaways from this? (pasting below)
main points pls
can you shorten this
what's the gist
give me the short version of the book Sapiens
tldr
recap the last episode of The Bear for me
can u summarise the novel Normal People in a few lines
Summarize the plot of Spirited Away for someone who hasn't seen it.
give me a 3-bullet summary of the Marshall Plan
quick recap of the Cuban Missile Crisis
Give me the elevator-pitch version of Darwin's On the Origin of Species.
what's The Brothers Karamazov about, briefly
Summarize the main ideas of Keynesian economics in a short paragraph.
boil down The 7 Habits of Highly Effective People to one line per habit
short synopsis of Macbeth act by act
Summarize the key points of Apple's last earnings call, as far as you know.
can you do a TL;DR of the Magna Carta
sum up what the Industrial Revolution was in 3 sentences
Summarize the history of the internet in 5 bullet points.
give me a recap of what happened in the Game of Thrones books so far, short
summarize the gospel of Mark in a paragraph
condense the plot of Les Misérables into a tweet
explain in short what the book Freakonomics says
write a brief synopsis of the film The Godfather for a movie club flyer
summarize the Harry Potter series, one sentence per book
What are the main points of the Universal Declaration of Human Rights, in brief?
Summarize the proof of Fermat's Last Theorem at a very high level.
summarise the idea of the Pythagorean theorem proof by rearrangement in 2 lines
Give me the abstract-style summary of Einstein's 1905 special relativity paper.
""" + """
Resúmeme el libro "El principito" en cinco frases.
¿Me haces un resumen de la Guerra Civil española en un párrafo?
hazme un tl;dr de la película Coco
Resume brevemente la teoría de la relatividad.
Fais-moi un résumé de Germinal en quelques lignes.
Résume la Révolution française en cinq points.
Tu peux me faire un résumé rapide du film Amélie ?
Gib mir eine kurze Zusammenfassung von "Die Verwandlung" von Kafka.
Fasse den Kalten Krieg in fünf Stichpunkten zusammen.
Worum geht es kurz gesagt in "Der Vorleser"?
Resume em três frases o livro O Alquimista.
Me dá um resumo curto da Segunda Guerra Mundial.
Riassumi in breve la Divina Commedia.
Fammi un riassunto della trama del film La vita è bella.
Перескажи кратко "Преступление и наказание".
Сделай краткое резюме истории Древнего Рима.
Вкратце: о чём книга "1984"?
用一段话概括《西游记》的故事。
请简要总结第二次世界大战的起因和结果。
帮我总结一下这本书《活着》的主要内容。
「吾輩は猫である」の内容を簡単にまとめて。
第二次世界大戦の流れを5行で要約してください。
महाभारत की कहानी संक्षेप में बताइए।
इस फिल्म 'लगान' का सारांश दो पंक्तियों में दो।
لخص لي رواية "مدن الملح" باختصار.
اعطني ملخصًا قصيرًا عن تاريخ الأندلس.
Streść w trzech zdaniach "Lalkę" Prusa.
Podsumuj krótko historię II wojny światowej.
"Kürk Mantolu Madonna" kitabını birkaç cümleyle özetler misin?
Osmanlı İmparatorluğu'nun tarihini kısaca özetle.
Geef een korte samenvatting van het boek Max Havelaar.
Sammanfatta handlingen i Pippi Långstrump kort.
Tóm tắt ngắn gọn truyện Kiều.
"""

_REPORT = """Incident report — checkout outage, 2025-02-11
Between 09:12 and 09:58 UTC, 31% of checkout requests failed with HTTP 502. The cause was a
configuration change that lowered the connection pool size of the payment proxy from 200 to 20.
The change was deployed as part of an unrelated release. Alerts fired at 09:15 but were routed to a
team that had been renamed. The on-call engineer for payments was paged at 09:41 and reverted the
config at 09:55. About 4,300 orders were affected; 2,900 customers retried successfully.
Follow-ups: validate pool sizes in CI, fix alert routing, add a runbook entry."""

_EMAIL_FR = """Bonjour à tous,
Suite à notre réunion de lundi, voici les points importants : le lancement du nouveau site est repoussé
au 15 mars, car les tests de paiement ne sont pas terminés. L'équipe marketing doit revoir les textes
de la page d'accueil d'ici vendredi. Enfin, le budget publicité est réduit de 20 % pour ce trimestre.
Bonne semaine,
Sophie"""

LONG = [
    _REPORT + "\n\nsummarize for the exec channel, 3 sentences",
    "Give me the tl;dr of this postmortem:\n\n" + _REPORT,
    _REPORT + "\n\nwhat happened, in one line?",
    _EMAIL_FR + "\n\nrésume en 2 phrases stp",
    "Can you summarise this French email in English? Just the gist.\n\n" + _EMAIL_FR,
    """I'm pasting a section of the EU AI Act guidance. I'm not asking for legal advice, just a plain
summary for my team of what it says.

Providers of high-risk AI systems shall establish a risk management system, ensure training data is
relevant and representative, keep technical documentation and logs, provide transparency to users,
allow human oversight, and ensure accuracy, robustness and cybersecurity throughout the lifecycle.""",
    """Here's a long review of a restaurant. What's the verdict in a sentence?

We arrived at 8 and waited 20 minutes despite a booking. The starters were lovely — the burrata was the
best I've had in London. Mains were uneven: the lamb was overcooked, the risotto excellent. Service
was warm but slow. Dessert saved the night. Pricey for what it is, but we'd come back for the starters.""",
    """```
commit 9f2c1e
    Switch session storage from cookies to Redis
    - sessions now expire after 30 min idle
    - logout clears the Redis key
    - removed the legacy cookie fallback
```
summarize this commit for non-technical people""",
    """Summarize the following code review comments into the 3 most important issues:

- line 12: you never close the file handle
- line 30: this loop is O(n^2), could use a set
- line 45: typo in variable name 'recieve'
- line 52: no error handling if the API returns 500
- line 60: nice use of dataclasses here""",
    """Theorem (Cantor). There is no surjection from a set A onto its power set P(A).
Proof. Suppose f: A -> P(A) is onto. Let B = {a in A : a not in f(a)}. Then B = f(b) for some b. If b is in
B then b is not in f(b) = B; if b is not in B then b is in f(b) = B. Contradiction.

Don't prove anything new — summarize the proof's idea in plain words for my notes.""",
    """Notes from my doctor visit (I wrote them fast):
bp a bit high 140/90, recheck in 3 mo. cholesterol ok. start walking 30 min/day. cut salt. vitamin d
low -> supplement 1000IU. next bloodwork june. no meds for now.

Can you turn this into a short summary I can send to my wife?""",
    """Lee este hilo y resume en qué quedamos:

Ana: ¿cena el viernes o el sábado?
Luis: yo solo puedo el sábado
Marta: sábado me va bien, pero tarde, a las 21
Ana: vale, sábado a las 21 en el italiano de siempre
Luis: perfecto""",
    """Zusammenfassung bitte, maximal drei Sätze:

Der Stadtrat hat gestern beschlossen, die Gebühren für Anwohnerparkausweise von 30 auf 120 Euro pro
Jahr zu erhöhen. Die Einnahmen sollen in den Ausbau von Radwegen fließen. Die Opposition kritisierte
die Erhöhung als unsozial, Umweltverbände begrüßten sie.""",
    """Resuma esta conversa do grupo da família em uma frase:

Mãe: domingo almoço aqui em casa
Pai: vou fazer churrasco
Júlia: levo a sobremesa
Pedro: chego atrasado, tenho jogo de manhã
Mãe: tudo bem, começamos à uma""",
    """Riassumi questo verbale in tre punti:

L'assemblea condominiale ha approvato il rifacimento della facciata con 14 voti favorevoli su 18. I
lavori inizieranno a maggio. La spesa sarà ripartita secondo i millesimi. È stato inoltre deciso di
installare nuove telecamere all'ingresso.""",
    """Суммируй, пожалуйста, основные мысли этого отрывка:

Автор утверждает, что удалённая работа повышает продуктивность опытных сотрудников, но мешает обучению
новичков. Он предлагает гибридную модель: два дня в офисе для наставничества, остальные — дома.""",
    """帮我把这封邮件总结成两三句话：

各位同事，由于服务器升级，本周六晚上10点到周日早上6点，公司内部系统将暂停使用。请大家提前保存工作，
如有紧急情况请联系IT部门。升级完成后会另行通知。""",
    """次の会議メモを要約して、決定事項だけ教えてください。

・新商品の発売日は4月10日に決定
・価格は2980円で確定
・広告はSNS中心、テレビCMは見送り
・次回会議は3月20日""",
    """इस ईमेल का सार बताइए:

प्रिय ग्राहक, आपके खाते में पिछले महीने दो बार शुल्क लगा था। हमने अतिरिक्त राशि वापस कर दी है, जो 5-7 दिनों में आपके खाते में दिखेगी। असुविधा के लिए खेद है।""",
    """لخص هذه الرسالة في سطر واحد:

عزيزي الموظف، نود إعلامك بأن الاجتماع السنوي سيعقد يوم الخميس القادم في القاعة الكبرى الساعة العاشرة صباحًا. الحضور إلزامي لجميع رؤساء الأقسام.""",
    """Podsumuj ten mail w dwóch zdaniach:

Dzień dobry, informujemy, że od 1 lipca zmienia się cennik usług. Abonament podstawowy wzrośnie o 5 zł,
a pakiet premium pozostaje bez zmian. Klienci z umową na czas określony zachowują dotychczasowe ceny.""",
    """Şu metni iki cümleyle özetle:

Şirket, yeni yılda çalışanlarına haftada iki gün evden çalışma imkanı sunacağını açıkladı. Ayrıca yemek
kartı tutarı yüzde 30 artırılacak. Uygulama ocak ayından itibaren başlayacak.""",
    """Here's my essay intro. Don't rewrite it, just tell me in one sentence what my main claim is, as a reader would summarize it:

While many believe social media has made us lonelier, the evidence suggests a more complex picture:
people who use it to maintain existing friendships report higher well-being, while passive scrolling
is linked to lower mood. The question is not whether we use social media, but how.""",
    """Summarize this paper's method section in 2 sentences:

We collected 12,000 product reviews from three e-commerce sites, removed duplicates and reviews under
10 words, and labelled a random sample of 2,000 for sentiment with three annotators (kappa 0.81). We then
fine-tuned a multilingual encoder on the labelled data and evaluated on a held-out test set of 500 reviews.""",
]

CHATS = [
    (None, ["Can you help with my reading list?", "Of course! What are you reading?",
            "The Road by Cormac McCarthy. summarize it for me without spoiling the end"]),
    ("You are a helpful assistant.",
     ["key points of this pls: 'Starting next month, all expense reports must be filed within 14 days, with receipts attached. Late reports will be reimbursed next quarter.'"]),
    (None, ["Write a SQL query for top customers", "SELECT customer_id, SUM(amount) ... LIMIT 10;",
            "thanks. my manager wants a summary of what it does for the report, one sentence"]),
    ("Tu résumes les textes de l'utilisateur.",
     ["Le musée sera fermé pour travaux du 1er au 30 juin. Les expositions temporaires sont reportées à l'automne. Les billets déjà achetés seront remboursés."]),
    (None, ["Translate this to English: 'Die Sitzung wurde vertagt.'", "The meeting was adjourned.",
            "thanks, and now a one-line summary of this: 'Due to low attendance and missing documents, the board adjourned the session and will reconvene in two weeks with a revised agenda.'"]),
    ("You summarise support tickets for the weekly report.",
     ["Ticket 1: login fails on Android 14. Ticket 2: login fails on Android 14 after update. Ticket 3: password reset email not arriving. Ticket 4: app slow on startup."]),
    (None, ["hey!", "Hi! How can I help?",
            "i had a looong call with the bank, I'll paste my notes, give me a summary: they said the card was blocked for fraud, new card in 5 days, disputed charges refunded in 10 days, need to update the card on subscriptions"]),
    ("あなたは要約アシスタントです。",
     ["本日の売上は前日比12%増でした。特に新商品の販売が好調で、在庫が不足しています。明日の発注量を増やす必要があります。"]),
    (None, ["What's the proof that sqrt(2) is irrational?", "Assume sqrt(2)=p/q in lowest terms... contradiction.",
            "ok now summarize that proof in one sentence for my flashcards"]),
    ("Eres un asistente que hace resúmenes.",
     ["resume esto: el vuelo se retrasó tres horas por niebla, la aerolínea dio vales de comida y finalmente salimos a las 23:00"]),
]

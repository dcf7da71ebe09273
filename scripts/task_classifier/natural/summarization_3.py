"""Natural summarization requests, third batch (see __init__.py): short "what is
X about, briefly" forms, other languages, and pasted text under a summariser
system prompt."""

ONE_LINERS = """
what's the book Dune about, in short
what is the movie Oppenheimer about? short answer
Briefly, what's Ulysses by Joyce about?
what happens in The Odyssey, in a few sentences
gimme the plot of Titanic in 2 lines
in one line, what's the Iliad about
the Bible in five sentences, is that possible? try
short recap of the Ukraine war so far, as of your knowledge
Summarize the key events of the American Civil War.
summarize chapter 1 of The Hobbit
what were the main points of MLK's I Have a Dream speech? brief summary
summarise Plato's allegory of the cave in 3 lines
condense the history of the Beatles into one paragraph
outline the main points of the Kyoto Protocol
can you summarize the main themes of To Kill a Mockingbird
recap: what did the Apollo program achieve? a short summary
Summarize this for me: I'll paste a contract next
""" + """
Resumen de "La casa de Bernarda Alba" en pocas líneas.
¿De qué trata "Rayuela"? Resúmelo brevemente.
En resumen, ¿qué pasó en la Revolución Industrial?
De quoi parle "L'Étranger" de Camus, en bref ?
Résumé rapide de la guerre de Cent Ans.
Worum geht es in "Die Blechtrommel"? Kurz zusammengefasst.
Kurze Zusammenfassung der Reformation, bitte.
Sobre o que é "Ensaio sobre a cegueira"? Resumo curto.
Di cosa parla "Il nome della rosa", in breve?
О чём роман "Анна Каренина"? Кратко.
Краткий пересказ "Капитанской дочки".
《三国演义》讲的是什么？简短概括一下。
请概括一下《百年孤独》的内容。
用几句话总结一下文艺复兴。
「源氏物語」を簡単に要約して。
「走れメロス」のあらすじを教えて。
"गोदान" उपन्यास का सार बताइए।
ما ملخص رواية "الحرافيش"؟
O czym jest "Lalka"? Streszczenie w kilku zdaniach.
"Tutunamayanlar" romanını özetle.
Waar gaat "Het Achterhuis" over? Kort samengevat.
Tóm tắt lịch sử Việt Nam trong 5 câu.
"""

LONG = [
    """FYI the new parental leave policy:
- 20 weeks fully paid for the primary caregiver (was 16)
- 8 weeks for the secondary caregiver (was 4)
- can be taken in up to three blocks within the first year
- applies to adoptions too
- starts 1 January

2-line summary for the all-hands slide?""",
    """Paste from the city newsletter:
Starting next month, household waste will be collected every two weeks instead of weekly. Recycling and
food waste stay weekly. Residents can request a larger bin for free. The change is expected to save the
city €1.2M a year and increase recycling rates.

what's the gist?""",
    """Customer call notes: customer unhappy with delays on last 3 shipments; wants a discount; is considering
a competitor; we offered 10% off next order and a dedicated account manager; customer will decide by Friday.

Give me a 1-sentence summary for the CRM.""",
    """El informe anual muestra que la empresa aumentó sus ventas un 8 %, redujo sus emisiones un 12 % y
contrató a 150 personas. Sin embargo, la deuda creció por la compra de una empresa en México.

Resúmelo en una frase.""",
    """Le rapport indique que 40 % des jeunes diplômés trouvent un emploi en moins de trois mois, mais que
les salaires d'entrée stagnent depuis cinq ans. Les secteurs du numérique et de la santé recrutent le plus.

Synthèse en deux lignes ?""",
    """Die Studie zeigt, dass Kinder, die täglich draußen spielen, besser schlafen und sich in der Schule
besser konzentrieren. Der Effekt war bei Kindern unter acht Jahren am stärksten.

Kurz zusammengefasst?""",
    """В отчёте говорится, что продажи выросли на 10 %, но расходы на логистику увеличились вдвое. Компания
планирует открыть новый склад в Казани.

Кратко, в одном предложении?""",
    """报告显示，今年游客数量比去年增加了25%，但人均消费下降了10%。旅游局计划推出更多文化活动来吸引游客。

一句话概括？""",
]

CHATS = [
    ("Summarise whatever the user pastes in at most two sentences.",
     ["The library will extend its opening hours during exam season, staying open until midnight from May 1 to June 15. Extra study rooms can be booked online."]),
    ("You produce executive summaries.",
     ["Our churn rose from 2.1% to 3.4% this quarter, mostly small customers on the monthly plan. Support tickets about billing doubled after the price change in July."]),
    ("Résume le texte de l'utilisateur en une phrase.",
     ["La mairie a décidé de rendre les transports en commun gratuits le week-end pour réduire la pollution et encourager les sorties en centre-ville."]),
    ("Fasse jeden Text des Nutzers in Stichpunkten zusammen.",
     ["Das neue Gesetz verpflichtet Vermieter, Heizungen bis 2030 zu modernisieren. Förderungen gibt es bis zu 40 Prozent. Mieter dürfen mit höchstens 2 Euro pro Quadratmeter belastet werden."]),
    (None, ["I'm going to paste a long article", "Go ahead!",
            "Scientists found that a common garden plant can absorb heavy metals from soil. In tests, it removed 60% of lead in six months. Researchers hope to use it to clean up old industrial sites cheaply."]),
]

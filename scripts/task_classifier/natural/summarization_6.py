"""Natural summarization requests, sixth batch (see __init__.py): condense what the user gives (articles,
threads, notes, transcripts, code changes), with the request before or after the body, several languages."""

ONE_LINERS = """
tldr this for me: the city council voted 7-2 to extend the bike lane network, funded by a parking fee increase starting in March
give me the gist: our Q2 revenue missed forecast by 8% due to delayed enterprise deals, but churn improved and cash is fine
sum up in one line: after three rounds of testing, the new drug showed no benefit over placebo and the trial was stopped
can you boil this down? the landlord says rent goes up 5% in June, repairs will be done by April, and pets are now allowed
short version please: the server crashed because a disk filled with logs; we added rotation and an alert
I'm translating this later, first summarise it in two sentences: the festival moved to the park, tickets are refundable, and headliners changed
Summarize the plot of The Great Gatsby in three sentences.
What's the main point of this paragraph: remote workers reported higher satisfaction but fewer promotions than office workers in the study.
Give me bullet points of the key takeaways from: the audit found missing receipts, duplicate payments and no approval trail for expenses over 5k.
condense this for a busy exec: migration done, 2 services left, cost down 18%, one incident last week fixed
Resume en dos frases: el gobierno aprobó el presupuesto, que aumenta el gasto en sanidad y reduce el de defensa.
Haz un resumen corto de este texto: la empresa cerró la tienda del centro y abrió dos en las afueras por el alquiler.
Résume en une phrase : la grève des transports est reconduite jusqu'à jeudi, sauf pour les lignes de bus.
Fais-moi un résumé de cet article sur le télétravail en trois points.
Fasse das kurz zusammen: Der Zug fällt aus, Ersatzbusse fahren ab 8 Uhr, Tickets bleiben gültig.
Kannst du den Inhalt dieses Berichts in zwei Sätzen zusammenfassen?
Resuma em poucas palavras: a reunião foi adiada e o orçamento será revisto na próxima semana.
请用一句话总结：公司今年营收增长20%，但利润下降，因为研发投入增加。
帮我概括一下这篇文章的主要观点。
次の文章を三行で要約してください：新しい駅が来年開業し、通勤時間が短くなる見込みです。
इस लेख का सारांश दो वाक्यों में दीजिए।
Riassumi in breve: il volo è stato cancellato, i passeggeri sono stati rimborsati.
"""

LONG = [
    "Thread from our team Slack:\nAna: the deploy failed again\nBo: it's the migration, it locks the orders table\n"
    "Ana: can we run it at night?\nCy: yes, and split it into batches\nBo: ok I'll do it tonight\n\n"
    "what did they decide? summarise in 2 lines",
    "Meeting notes 14/05\n- budget for Q3 approved with 5% cut\n- hiring freeze for non-engineering\n"
    "- office move postponed to 2025\n- next review in August\n\nPlease summarize these notes for people who missed the meeting.",
    "```diff\n- timeout = 30\n+ timeout = 60\n- retries = 1\n+ retries = 3\n```\nnot asking for a code review, just "
    "give me a one-paragraph summary of what this change does for the release notes",
]

CHATS = [
    ("You are a helpful assistant.", ["hey", "Hi!",
     "here's an article I don't have time for: 'Scientists found that sleeping less than six hours a night for two weeks "
     "impairs performance as much as a full night without sleep, and people underestimate the effect.' gist please"]),
    (None, ["Solve 4x = 20", "x = 5.", "thanks. now summarize this email: 'Hi all, the party is moved to Friday at 7, bring snacks, RSVP by Wednesday.'"]),
    ("Du bist ein hilfreicher Assistent.", ["Hallo", "Hallo!",
     "Fasse bitte diesen Absatz zusammen: Die Firma hat 2023 mehr Umsatz gemacht, aber weniger Gewinn, weil die Energiekosten stiegen."]),
]

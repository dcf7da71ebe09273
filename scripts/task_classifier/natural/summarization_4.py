"""Natural summarization requests, fourth batch (see __init__.py)."""

ONE_LINERS = """
can you summarize the proof of the Pythagorean theorem using similar triangles, in words
summarise what Kubernetes does in 2 sentences for my manager
summarize the difference between TCP and UDP in a short paragraph
can you give a concise overview of what happened in the 2008 Beijing Olympics
Summarize the life of Marie Curie in five sentences.
Give me the highlights of the Apollo 13 mission, briefly.
Overview of the Byzantine Empire in one paragraph please
short summary of the plot of Breaking Bad season 1
what are the key points of the Geneva Conventions, summarized
quick summary of the Greek debt crisis
Condense the plot of Inception into one tweet.
TL;DR the history of the Olympics
give me a digest of this week's main tech news as you know them
summarize the Agile Manifesto's 12 principles in plain words
""" + """
Hazme una síntesis de la Guerra Fría en pocas líneas.
Resumen breve de la vida de Frida Kahlo.
Fais une synthèse courte de la vie de Napoléon.
Résume en deux phrases l'histoire de l'Union européenne.
Kurz und knapp: die Geschichte der Berliner Mauer.
Gib mir einen kurzen Überblick über das Leben von Goethe.
Resumo rápido da vida de Pelé.
Breve riassunto della vita di Leonardo da Vinci.
Кратко изложи историю Советского Союза.
Вкратце перескажи биографию Пушкина.
简要介绍一下丝绸之路的历史，几句话就好。
用三句话概括一下李白的一生。
織田信長の生涯を簡単にまとめて。
महात्मा गांधी के जीवन का संक्षिप्त सारांश दो।
لخص لي تاريخ الدولة العثمانية باختصار.
Krótko podsumuj życie Marii Skłodowskiej-Curie.
Atatürk'ün hayatını kısaca özetle.
"""

LONG = [
    """Here's the chat from our group project. Who's doing what and by when? Summarize briefly.

Nina: I'll do the intro and lit review
Omar: ok I take methods, done by Sunday
Jess: results + charts, need the data from Omar first
Nina: let's all review on Tuesday
Omar: 👍""",
    """Long article excerpt, need a summary for a class discussion (3-4 sentences):

Coral reefs cover less than 1% of the ocean floor but support about a quarter of marine species. Rising
sea temperatures cause bleaching, in which corals expel the algae that feed them. Repeated bleaching
events have hit the Great Barrier Reef in 2016, 2017, 2020 and 2022. Some researchers are breeding
heat-tolerant corals, while others argue only cutting emissions will save the reefs.""",
    """Este es el acta de la reunión de vecinos. Hazme un resumen de lo que se decidió:

Se aprobó pintar la escalera en junio. Se rechazó instalar placas solares por el coste. Se acordó
cambiar la empresa de limpieza a partir de julio. La próxima reunión será en septiembre.""",
    """Das ist die Antwort meines Vermieters. Was will er im Kern?

Sehr geehrte Frau Schmidt, bezüglich Ihrer Anfrage teile ich Ihnen mit, dass die Reparatur der Heizung
erst nach Eingang des Kostenvoranschlags beauftragt werden kann. Ich bitte um Geduld bis Ende nächster
Woche. Eine Mietminderung ist aus meiner Sicht nicht gerechtfertigt.""",
]

CHATS = [
    ("You are a study assistant.", ["Summarize the causes and effects of the Black Death."]),
    (None, ["I missed the lecture on photosynthesis", "I can help! What do you need?",
            "just a short summary of the main points"]),
    ("Tu es un assistant qui résume des documents.", ["Résumé de ce texte : Le projet de loi prévoit d'augmenter le salaire minimum de 3 % au 1er janvier et de créer une prime pour les jeunes apprentis."]),
]

"""Natural chat requests, third batch (see __init__.py): quick facts, advice and
small talk that mention another task without asking for it, in several languages."""

ONE_LINERS = """
what's the capital of Mongolia
which is the biggest ocean
how many continents are there
when did world war 2 end
is a tomato a fruit
who is the richest person in the world
what's the speed of light
do fish sleep?
what's a good name for a goldfish
I'm a translator and my boss is driving me crazy lol
I have a math exam tomorrow and I'm so stressed 😩
just finished writing my thesis summary, feels good to be done
coding all night, send coffee
my poem got published in a small magazine!!
Do you think AI will replace programmers? just chatting
What's the most spoken language in the world?
Do you know what day it is?
Is it bad to drink coffee at night?
how do I become a morning person
What should I cook tonight? I have pasta and tomatoes
Any tips for visiting Paris for the first time?
What's the etiquette for splitting the bill on a first date?
is it okay to bring my own wine to a restaurant in the US
""" + """
¿Cuál es el río más largo del mundo?
¿Qué tal el tiempo en Madrid en abril?
¿Es de mala educación no saludar al entrar en un ascensor?
Quelle est la capitale du Japon ?
C'est quoi la meilleure période pour aller en Grèce ?
Est-ce que c'est poli de tutoyer son chef ?
Wie hoch ist die Zugspitze?
Welches Buch kannst du mir für den Urlaub empfehlen?
Ist es normal, dass man nach dem Urlaub traurig ist?
Qual é o maior país da América do Sul?
Onde comer bem em Lisboa?
Qual è la montagna più alta d'Italia?
Какая самая длинная река в мире?
Что посмотреть в Казани за один день?
世界上最高的山是哪座？
周末去哪儿玩比较好？
日本で一番高い山は？
おすすめの映画ある？
दुनिया की सबसे लंबी नदी कौन सी है?
ما هي عاصمة اليابان؟
Jaka jest najwyższa góra w Polsce?
Türkiye'nin başkenti neresi?
Wat is de hoofdstad van Australië?
"""

LONG = [
    """I'm a math teacher, and honestly the kids were great today, we did fractions with pizza slices and they
loved it. Nothing to ask, just a good day. How's yours going?""",
    """My brother translates manga for a living and he just got his first big contract! We're going out to
celebrate tonight. Any fun ideas for a celebration dinner in Manchester?""",
]

CHATS = [
    (None, ["Write code to reverse a string", "s[::-1]", "thanks! btw do you know who invented Python?"]),
    ("You are a helpful assistant.", ["Is it rude to ask people their age in Korea?"]),
    (None, ["Summarize this article about whales", "Whales communicate over long distances...",
            "cool, I love whales. what's the biggest whale ever recorded?"]),
    ("Eres un asistente amable.", ["¡Hola! ¿Qué tal tu día?"]),
]

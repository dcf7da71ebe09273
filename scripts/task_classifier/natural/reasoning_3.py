"""Natural reasoning requests, third batch (see __init__.py): "should I / weigh /
what are the effects / why" questions, in several languages, that want an argued answer."""

ONE_LINERS = """
what are the pros and cons of nuclear energy and which side wins
Should schools ban phones? weigh it up
What are the unintended consequences of rent control?
is it worth buying an electric car if my electricity comes from coal? think it through
Should I learn Rust or Go first, given I want a backend job? reason about it
why do smart people make bad decisions
Why does inflation hurt poor people more than rich people?
What's the strongest argument against universal basic income?
why would anyone pay more for organic food? is it rational?
Why did the Soviet Union collapse? weigh the causes
is it better to be early or on time? make the case
If a computer can pass the Turing test, does it think? Argue.
Why do countries go to war even when it hurts everyone economically?
what are the knock-on effects of a 4 day school week
Why are eggs more expensive this year? reason about possible causes
Does a higher price make people value things more? Why?
why are there so few women in engineering? consider multiple explanations
Would it be better for a city to build more roads or more trains? justify
Why do people keep buying lottery tickets when the expected value is negative?
Evaluate this claim: "Remote workers are less productive."
Is it ethical to eat meat? Present the arguments and your conclusion.
What's the best move if my competitor cuts prices by 30%? Think strategically.
How could two honest witnesses describe the same accident completely differently?
Who should pay for climate change: rich countries or big polluters today? reason it out
Is it smarter to buy or lease a car for 3 years?
Why did the printing press cause the Reformation, or did it?
""" + """
¿Cuáles son las ventajas y desventajas de la energía nuclear? ¿Qué conclusión sacas?
¿Debería dejar mi trabajo para emprender? Ayúdame a razonarlo.
¿Por qué la inflación afecta más a los pobres?
Faut-il interdire les voitures dans le centre des villes ? Argumente.
Pourquoi les gens croient-ils aux théories du complot ?
Vaut-il mieux acheter ou louer un appartement à Paris ? Réfléchis.
Sollte man Kindern Taschengeld geben? Wäge die Argumente ab.
Warum ist das Rentensystem in Gefahr? Erkläre die Gründe.
Vale mais a pena comprar ou alugar casa hoje em dia? Raciocina comigo.
Por que países ricos têm menos filhos?
Meglio comprare casa o restare in affitto? Ragiona con me.
Почему богатые страны богатые? Рассуди.
Стоит ли переезжать в другой город ради работы? Взвесь за и против.
为什么富裕国家的出生率更低？
应该买房还是租房？帮我分析一下。
なぜ日本は少子化が進んでいるのですか？原因を分析して。
क्या परमाणु ऊर्जा अच्छी है या बुरी? दोनों पक्षों पर विचार करो।
هل العمل من المنزل أفضل من المكتب؟ ناقش الإيجابيات والسلبيات.
Czy warto kupić mieszkanie teraz, czy poczekać? Przeanalizuj.
Dlaczego inflacja szkodzi biednym bardziej niż bogatym?
Evden çalışmak mı yoksa ofiste çalışmak mı daha verimli? Tartış.
Neden zengin ülkelerde doğum oranı düşük?
"""

LONG = [
    """I own a small coffee shop. A chain is opening across the street next month. Options: lower prices,
focus on quality and community events, or add food. I can't afford all three. Reason through which
strategy gives me the best chance.""",
    """Two studies disagree: one says coffee increases heart disease risk, the other says it lowers it. The
first studied 500 people for 2 years, the second 200,000 people for 15 years. How should I weigh them?""",
    """Our A/B test: version B had 4.1% conversion vs 3.8% for A, with 2,000 visitors each. My boss wants to
ship B today. Is that justified? Reason about it (no need to calculate everything exactly).""",
    """Mi hermano dice que si todos reciclaran, no habría problema con el plástico. Yo creo que no es tan
simple. ¿Quién tiene razón y por qué?""",
]

CHATS = [
    ("You help people think clearly about decisions.", ["I have €10k saved. Pay off my car loan at 7% or invest in an index fund?"]),
    (None, ["hello", "Hi! What's on your mind?", "would the world be better without social media? genuinely curious what you reason"]),
    ("You are a helpful assistant.", ["Why do most New Year's resolutions fail? Give me the reasons that actually explain it."]),
    (None, ["Recommend a book", "Try 'Sapiens'.",
            "I read it. was Harari right that agriculture was a mistake? argue it"]),
]

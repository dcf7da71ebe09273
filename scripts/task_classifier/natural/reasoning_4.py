"""Natural reasoning requests, fourth batch (see __init__.py)."""

ONE_LINERS = """
what if the internet disappeared tomorrow, how would banks cope
why do cats always land on their feet? explain the mechanism
How does the stock market actually set a price? walk me through the logic
what's the catch with "buy now pay later"? reason about who makes money
Why don't airplanes fly in a straight line on the map between two cities?
Why is water wet? or is it? think about the definition
Can you explain why the Monty Hall answer is 2/3 without math, just logic?
Why do hospitals charge so much more in the US? weigh the causes
Is nuclear war less likely because of nuclear weapons? think it through
Why did Nokia lose the smartphone market?
explain how herd immunity works and why the threshold differs between diseases
Why would a government ban cryptocurrency? what's the reasoning
Is it rational to fear flying more than driving? why do people do it
If everyone in the world jumped at once, what would happen? reason it out
How could a company have record revenue and still lay people off?
Why is the QWERTY layout still used if it's not optimal?
Which matters more for success, talent or luck? argue it
Why do some mushrooms glow? what's the evolutionary advantage
""" + """
¿Por qué los aviones no vuelan en línea recta en el mapa?
¿Qué pasaría si desapareciera el dinero en efectivo? Piénsalo bien.
Pourquoi les chats retombent-ils toujours sur leurs pattes ?
Qu'est-ce qui explique que certains pays soient plus riches que d'autres ?
Warum verlor Nokia den Smartphone-Markt? Analysiere die Gründe.
Was spricht für und gegen ein Tempolimit auf Autobahnen? Dein Fazit?
Por que as pessoas acreditam em notícias falsas?
Perché le banche falliscono? Spiegami il meccanismo.
Почему самолёты летают не по прямой на карте?
Стоит ли учить детей программированию с пяти лет? Аргументируй.
为什么猫从高处掉下来总能四脚着地？
为什么诺基亚失去了手机市场？分析一下原因。
なぜ株価は毎日変わるのですか？仕組みを論理的に説明して。
हवाई जहाज़ नक्शे पर सीधी रेखा में क्यों नहीं उड़ते?
لماذا تنجح بعض الشركات الناشئة وتفشل أخرى؟ حلل الأسباب.
Dlaczego koty zawsze spadają na cztery łapy?
Neden bazı ülkeler zengin, bazıları fakir? Nedenlerini tartış.
"""

LONG = [
    """I'm trying to understand a disagreement at work. Sales says customers leave because the product is too
expensive. Support says they leave because onboarding is confusing. Our data: churn is highest in the
first 30 days, and most churned customers never finished setup. Who's more likely right, and why?""",
    """Riddle from my kid's book, I'm stuck: "A girl has as many brothers as sisters, but each brother has
only half as many brothers as sisters. How many brothers and sisters are there in the family?" Please
explain the reasoning so I can explain it to her.""",
]

CHATS = [
    ("You reason carefully and explain your thinking.", ["why is it that the more lanes a highway has, the worse traffic gets?"]),
    (None, ["tell me a fun fact", "Octopuses have three hearts.",
            "wow. why would an animal need three hearts though? what's the reasoning"]),
    ("Eres un tutor de filosofía.", ["¿Es posible ser completamente objetivo? Razona tu respuesta."]),
]

"""Batch 13 (written 2026-12-07 by a separate writer, app-style traffic). Natural math requests: arithmetic,
percentages, conversions, word problems, algebra, calculus, geometry, probability and statistics on given
numbers, in many languages; many sent to an app whose system prompt is about something else (shop and support
bots, coding agents, writing tools), or after earlier turns that asked for another task."""

ONE_LINERS = """
how much is 18% tip on 64.50
what's 3.5% interest on 12,000 over 4 years, compound yearly
a recipe for 4 needs 350 g of flour, how much for 7 people
if I save 85 a week, how many weeks to reach 2,000
area of a circle with diameter 14 cm
solve x^2 - 7x + 10 = 0
derivative of sin(3x) * e^x
integral of 1/(x^2 + 1) from 0 to 1
what's the probability of at least one six in four rolls of a die
mean and standard deviation of 12, 15, 11, 18, 14
convert 72 °F to Celsius
how many seconds in a leap year
price went from 80 to 92, what % increase is that
cuánto es el 21 % de IVA sobre 1.340 €
resuelve: 5(x - 2) = 3x + 8
combien font 7 % de 2 850 ?
calcule l'aire d'un trapèze de bases 8 cm et 5 cm, hauteur 4 cm
wie viel sind 3/8 plus 5/12?
löse das Gleichungssystem: x + y = 10 und 2x - y = 5
quanto dá 15% de desconto em R$ 240?
quanto fa la radice quadrata di 729?
hoeveel is 2,5 kilo in ponden?
oblicz pole koła o promieniu 5 cm
bir dikdörtgenin çevresi 40 cm, uzun kenarı 12 cm ise kısa kenarı kaç?
найди производную функции y = x³ - 4x + 1
розв'яжи рівняння 2x + 7 = 19
一件衣服原价300元，打八折再减20元，最后多少钱？
半径3cmの球の体積は？
"""

LONG = [
    "Our team of 6 splits a dinner bill of 387.60 plus a 12% service charge, but two people didn't drink and "
    "should pay 15 less each, with the difference shared by the other four. How much does each person pay?",
    "A water tank holds 2,400 litres. Pipe A fills it in 6 hours, pipe B in 4 hours, and a leak empties it in "
    "12 hours. If all three run from empty, how long until it's full? Show the working.",
    "I ran 5 km in 27:40, then 10 km in 58:15. What was my average pace per km for each run and overall?",
    "Prove that the sum of the first n odd numbers is n². Induction is fine, but explain each step.",
    "Un coche sale de Madrid a 90 km/h y otro sale de Zaragoza, a 320 km, una hora después a 110 km/h en "
    "sentido contrario. ¿Cuándo y dónde se cruzan?",
    "Dans une urne il y a 5 boules rouges et 3 bleues. On tire 3 boules sans remise. Quelle est la probabilité "
    "d'avoir exactement 2 rouges ? Détaille le calcul.",
    "Ein Kredit über 15.000 € läuft 5 Jahre mit 4,2 % Zinsen p.a., monatliche Annuität. Wie hoch ist die "
    "monatliche Rate und wie viel Zinsen zahle ich insgesamt?",
]

CHATS = [
    ("You are ShopBot, the customer-support assistant for Lumen Home.",
     ["do you have the Oslo lamp in white?", "Yes, white and sand are both in stock.",
      "the lamp is 89.90, the cushions 24.50 each and I want 3, shipping is free over 150. what's my total and "
      "do I get free shipping?"]),
    ("You are ShopBot, the customer-support assistant.",
     ["What's your returns window?", "30 days from delivery.",
      "ok, if a 20% off code applies to everything except the 45 euro sale item, and my basket is 210 total, "
      "what do I pay?"]),
    ("You are Pico, a coding agent with access to the user's repository.",
     ["add a cache to get_user()", "Wrapped it with an LRU cache of 1,024 entries.",
      "not a code question: if a cache has a 92% hit rate, hits take 2 ms and misses take 120 ms, what's the "
      "average latency?"]),
    ("You are Pico, a coding agent.",
     ["add a progress bar to the export", "Added tqdm around the row loop.",
      "thanks. quick math: 1.2 million rows at 850 rows a second, how long in minutes?"]),
    ("You are a coding assistant.",
     ["how many bits do I need to represent 5,000 distinct values? show how you get it"]),
    ("You are a DevOps assistant.",
     ["we have 99.95% uptime SLA. how many minutes of downtime is that per 30-day month and per year?"]),
    ("You are a writing assistant.",
     ["fix the typos in my report", "Fixed 7 typos and one missing comma.",
      "thx. also the report says revenue went from 1.8M to 2.3M, what's the growth in percent, rounded?"]),
    ("You are a marketing assistant.",
     ["write a subject line for the winter sale email", "Winter sale: up to 40% off, this week only",
      "if our email goes to 40,000 people, 22% open it and 3.5% of openers click, how many clicks?"]),
    ("You are a translation app.",
     ["translate 'half a cup of sugar' into German", "Eine halbe Tasse Zucker.",
      "and how many grams is half a cup of sugar roughly? and 2/3 of a cup?"]),
    ("You are a tutoring app for secondary school.",
     ["solve 3x/4 - 2 = x/6 + 5 step by step please"]),
    ("You are a tutoring app for chemistry.",
     ["what's the molar mass of water?", "About 18 g/mol.",
      "how many moles are in 45 g of water? show the steps"]),
    ("You are an HR assistant.",
     ["what's the policy for part-time leave?", "Leave is pro rata to contracted hours.",
      "an employee works 32 hours a week and full time is 40 with 25 days leave. how many days do they get, "
      "and what if they only start on 1 April?"]),
    ("You are a finance assistant.",
     ["invoice is 2,480 net, VAT 20%, and they pay 2% less if paid within 10 days. what's the amount if they "
      "pay early?"]),
    ("You are a travel assistant.",
     ["best time to visit Morocco?", "Spring and autumn, when it's warm but not scorching.",
      "if 1 EUR is 10.8 MAD and I budget 70 EUR a day for 9 days, how many dirhams is that? plus 5% card fee"]),
    ("You are a recipe assistant.",
     ["the recipe says bake at 180°C for 40 min for a 20 cm tin. my tin is 24 cm. how much more batter do I "
      "need by area?"]),
    ("You are a fitness app.",
     ["I weigh 82 kg and I'm 1.79 m. what's my BMI? and what weight gives a BMI of 25?"]),
    ("Eres un asistente de atención al cliente de una tienda de muebles.",
     ["¿hacéis envíos a Canarias?", "Sí, con un suplemento de 35 €.",
      "si la mesa cuesta 420 € y la pago en 6 cuotas con un 5 % de recargo, ¿cuánto es cada cuota?"]),
    ("Eres un asistente de programación.",
     ["¿qué hace este bucle?", "Suma los números pares del 1 al 100.",
      "vale, ¿y cuánto da esa suma? calcúlala a mano, sin código"]),
    ("Tu es un assistant pour une boulangerie.",
     ["si une baguette coûte 1,20 € à produire et je la vends 1,35 €, combien dois-je en vendre pour couvrir "
      "450 € de frais fixes par jour ?"]),
    ("Du bist ein Schreibassistent.",
     ["Formuliere das netter: 'Zahlen Sie endlich'", "Wir möchten Sie freundlich an die offene Zahlung "
      "erinnern.",
      "Danke. Und wie viel sind 9 % Verzugszinsen pro Jahr auf 1.200 € für 45 Tage?"]),
    ("Você é um assistente financeiro.",
     ["se eu aplicar R$ 5.000 a 1% ao mês por 2 anos, quanto terei no final? juros compostos"]),
    ("Sei un tutor di matematica.",
     ["calcola il limite di (x^2 - 9)/(x - 3) per x che tende a 3, spiegando i passaggi"]),
    ("Jesteś asystentem sklepu internetowego.",
     ["ile zapłacę za 3 koszulki po 49,99 zł i spodnie za 159 zł, jeśli mam kod -15% na całe zamówienie?"]),
    ("Ты — помощник по программированию.",
     ["сколько различных паролей длиной 8 символов, если можно использовать 26 букв и 10 цифр? посчитай"]),
    ("你是一个客服助手。",
     ["我买了三件商品，分别是128元、59元和213元，满300减40，再用一张9折券，最后付多少？"]),
    ("あなたは旅行アシスタントです。",
     ["東京から大阪まで515km、新幹線が平均時速210kmなら何時間何分かかりますか？"]),
    (None, ["summarize this article about housing prices", "Prices rose 6% nationally, 11% in the capital, "
            "while wages grew 3%.",
            "if a flat cost 250,000 last year and went up 11%, and my salary of 42,000 went up 3%, how many "
            "years of salary is the flat now vs before?"]),
    (None, ["write a haiku about pi", "Three point one four one / the circle never closes / digits without end",
            "cute. now what's the circumference of a wheel with radius 31 cm, to 2 decimals"]),
]

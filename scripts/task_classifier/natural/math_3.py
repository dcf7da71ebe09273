"""Natural math requests, third batch (see __init__.py)."""

ONE_LINERS = """
express 72 as a product of primes
prime factorization of 360
what's 12 cubed
how many grams in 3/4 cup of sugar, roughly
1 inch in cm
what's 5 feet 9 in cm
If 4 workers build a wall in 6 days, how long would 3 workers take?
A coin is flipped 10 times. Probability of exactly 5 heads?
my phone battery goes from 100 to 35 in 5 hours, when will it hit 0 at the same rate
what's the angle sum of a pentagon
how many liters of paint for a 4x3 m wall if 1 L covers 10 m², two coats
I bought 3 shirts at $18.99 and 2 at $24.50, total with 8% tax?
""" + """
¿Cuánto es 3/5 de 200?
Si un coche gasta 6 litros cada 100 km, ¿cuánto gasta en 350 km?
Décompose 360 en facteurs premiers.
Un article coûte 80 € après une remise de 20 %. Quel était son prix initial ?
Wie viele Sekunden hat ein Tag?
Ein Auto fährt 150 km in 1,5 Stunden. Wie schnell ist es im Schnitt?
Quantos minutos tem um dia?
Quanto è il 30% di 250?
Сколько градусов в сумме углов шестиугольника?
一个数的3倍加5等于20，这个数是多少？
時速60kmで150km進むには何時間かかる？
यदि 5 पेन 40 रुपये के हैं, तो 12 पेन कितने के होंगे?
كم يساوي ٢٥٪ من ٤٠٠؟
Ile wynosi pierwiastek z 169?
Bir ürün 200 TL, yüzde 15 indirimle kaç TL olur?
"""

LONG = [
    """Recipe scaling please. Original (serves 4):
- 500 g pasta
- 3 tbsp olive oil
- 2 cloves garlic
- 150 g parmesan
I need it for 11 people. Give me the amounts.""",
    """Problem: The average of five numbers is 18. When one number is removed, the average of the rest is 16.
What number was removed?""",
]

CHATS = [
    ("You are a helpful assistant.", ["what's 7.5% of 1,240"]),
    (None, ["Tell me a joke", "Why did the math book look sad? It had too many problems.",
            "lol. ok one real problem: a shirt is $30 after 25% off, what was the full price"]),
    ("Du bist ein Mathe-Tutor.", ["Was ist die Ableitung von sin(2x)?"]),
]

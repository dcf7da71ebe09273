"""Natural math requests, fourth batch (see __init__.py)."""

ONE_LINERS = """
if I save 15% of a $3,400 monthly salary, how much in a year
how many calories is 250g of something with 160 kcal per 100g
how much will 3 nights at $129 plus 14% tax cost
I have 7 hours and 5 tasks, how many minutes each if equal
Is 2^61 - 1 prime?
What's the expected number of rolls to get a 6?
find x if 5^(x+1) = 125
Solve 4/x = 12/9
convert 3.5 hours to minutes and seconds
how many ways can I choose 2 shirts out of 8
""" + """
¿Cuántos minutos son 2,75 horas?
Si ahorro 200 € al mes durante 3 años al 3 % anual, ¿cuánto tendré?
Combien de temps pour parcourir 42 km à 12 km/h ?
Wie viel Prozent sind 45 von 180?
Quanto rende 1000 reais a 1% ao mês por 12 meses?
Quanto fa la radice quadrata di 225?
Какова вероятность выбросить две шестёрки подряд?
一年有多少秒？
1日8時間、週5日働くと年間何時間？
1 से 50 तक की संख्याओं का योग क्या है?
ما هو محيط دائرة نصف قطرها 7 سم؟
Ile to jest 2 do potęgi 10?
1'den 100'e kadar sayıların toplamı kaç?
"""

LONG = [
    """Solar panels: 12 panels × 400 W, about 4.5 sun hours a day. Electricity costs €0.32/kWh. How much do
they save per year, and how many years to pay back a €9,500 installation?""",
]

CHATS = [
    ("You are a helpful assistant.", ["how many tiles of 30x30 cm do I need for a 4.2 m by 3.6 m floor, +10% spare"]),
    (None, ["I'm training for a half marathon", "Great goal! How can I help?",
            "if I want to finish in 1:55, what pace per km is that"]),
    ("Eres un profesor de matemáticas paciente.", ["¿Cuál es la pendiente de la recta que pasa por (1,4) y (3,10)?"]),
]

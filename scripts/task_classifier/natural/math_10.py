"""Natural math requests, tenth batch (see __init__.py): everyday quantities, rates, percentages, probability and
small proofs, phrased casually, some inside app conversations."""

ONE_LINERS = """
If I sleep at 23:40 and need 7.5 hours, when should the alarm go off?
a recipe wants 3/4 cup of sugar but I'm making half. how much?
How many square feet is a 4 by 5 metre room?
What's 15% tip on 62.50?
My salary went from 42k to 46.5k. What's the percentage raise?
If there's a 30% chance of rain each day, what's the chance of at least one dry day in a 3-day weekend?
How many handshakes if 12 people all shake hands once?
A phone plan is 20 a month plus 0.05 per MB over 2 GB. I used 2.6 GB. What's my bill?
what's the average of 14, 19, 23 and 31
Prove that n² - n is always even for any integer n.
A ladder 5 m long leans against a wall with its foot 1.4 m from the wall. How high does it reach?
I walk 4.8 km/h and the station is 2.2 km away. Will I make a train in 25 minutes?
How much is 2 pounds 6 ounces in grams?
Expected value of a game: win 10 with probability 0.2, lose 3 otherwise. Is it worth playing?
Wie groß ist die Wahrscheinlichkeit, beim Lotto 6 aus 49 drei Richtige zu haben?
Un coche recorre 450 km con 30 litros. ¿Cuántos litros necesita para 720 km?
Si je place 2 000 € à 2,5 % par an pendant 6 ans, combien j'aurai ?
Quantos dias faltam de 14 de março até 2 de julho?
На сколько процентов 84 больше, чем 70?
一件衣服打八折后是240元，原价多少？
時速60キロで45分走ると何キロ進みますか？
"""
LONG = [
    """Our bakery sells:
- croissant 2.20, costs us 0.70
- sourdough loaf 5.50, costs us 1.90
- coffee 2.80, costs us 0.45
Yesterday: 140 croissants, 60 loaves, 310 coffees.
What's the total profit, and which item makes the most money overall?""",
]
CHATS = [
    ("You are a helpful travel assistant.",
     ["I land at 07:55 local time after a 9h40 flight. What time was it at home when I left, if home is 6 hours behind?"]),
    (None, ["write a short poem about the ocean", "Waves fold in, the blue goes on...",
            "nice. ok now for real: if a wave travels at 12 m/s and the wavelength is 48 m, what's the period?"]),
    ("You are a customer support assistant for a solar panel company.",
     ["If the panels cost 7,800 after subsidy and save me about 95 a month, how many years until they pay for themselves?"]),
]

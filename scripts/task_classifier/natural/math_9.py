"""Natural math requests, ninth batch (see __init__.py): everyday word problems, unit conversions, statistics and
proofs, in many languages; app traffic and multi-turn where the last ask is the calculation."""

ONE_LINERS = """
I'm making pancakes for 9 people and the recipe serves 4 with 250 g of flour. How much flour do I need?
My car does 6.5 litres per 100 km and the trip is 340 km. Fuel costs 1.79 a litre. How much will the fuel cost me?
How many cups are in 1.5 litres?
Convert 72 degrees Fahrenheit to Celsius and show the formula.
If I save 150 a month at 3% yearly interest compounded monthly, how much do I have after 5 years?
The test scores were 71, 85, 85, 90 and 64. What are the mean, median and mode?
What's the standard deviation of 2, 4, 4, 4, 5, 5, 7, 9?
Prove that the sum of two odd numbers is always even.
Show that there are infinitely many primes.
A train leaves at 14:20 and arrives at 17:05. It covered 220 km. What was its average speed?
How long does it take to fill a 200 litre tank with a hose that delivers 12 litres a minute?
If a pizza of 30 cm diameter costs 12 and a 40 cm one costs 19, which is the better deal per square cm?
We split a 187.40 bill between 6 people but two of them only had drinks worth 14 each. How much do the other four pay?
Probability of rolling at least one six in four throws of a die?
A shirt is marked down 30% and then another 20% at the till. What's the total discount?
How many seconds are there in a leap year?
My running pace is 5:40 per km. What's my time for a half marathon?
I have 3 kinds of bread and 4 fillings, and a sandwich uses one bread and two different fillings. How many sandwiches can I make?
The area of my room is 14.5 square metres and the floor tiles are 30 by 30 cm. How many tiles, with 10% extra for cuts?
is 0.999 repeating really equal to 1? prove it
What's the derivative of x^3 · ln(x)?
Integrate sin(x)cos(x) from 0 to pi/2.
In a class of 28, 16 play football, 11 play tennis and 5 play both. How many play neither?
Wie viele Minuten sind 3,75 Stunden?
Ein Auto kostet 24.000 Euro und verliert jedes Jahr 15% an Wert. Was ist es nach 4 Jahren wert?
Si un grifo llena una bañera en 8 minutos y el desagüe la vacía en 12, ¿cuánto tarda en llenarse con los dos abiertos?
Combien de litres de peinture pour deux murs de 4 m sur 2,5 m si un litre couvre 10 m² ?
Quanto fa il 18% di 350?
Um terreno retangular tem 24 m de frente e 750 m² de área. Qual é o comprimento do fundo?
Ile to jest 5 mil w kilometrach?
Сколько будет стоить 2,4 кг яблок по 135 рублей за килограмм?
Докажи, что корень из двух — иррациональное число.
一个水池有两根进水管，甲管6小时注满，乙管4小时注满，两管同时开要多久？
3割引きのあと、さらに500円引きで2,300円になった。元の値段はいくら？
사과 7개를 3명이 똑같이 나누면 한 명당 몇 개이고 몇 개가 남나요?
Bir işi Ali 6 günde, Ayşe 3 günde bitiriyor. Birlikte kaç günde bitirirler?
Als ik 4 uur fiets met 18 km per uur, hoeveel kilometer heb ik gereden?
एक दुकानदार 20% लाभ पर सामान बेचता है। अगर लागत 450 रुपये है तो बिक्री मूल्य क्या होगा?
إذا كان سعر الكيلو ١٢ ريالاً، فكم ثمن ٣٫٥ كيلو؟
Jika 5 pekerja menyelesaikan pekerjaan dalam 12 hari, berapa hari untuk 8 pekerja?
"""
LONG = [
    """Planning our garden. The bed is an L shape: one part is 3 m by 1.2 m, the other is 2 m by 0.8 m.
Compost is sold in 40 litre bags and I want a 5 cm layer on top.
How many bags do I need? Show the working.""",
    """Results from our A/B test:
control: 4,210 visitors, 168 sign-ups
variant: 4,190 visitors, 201 sign-ups
What are the two conversion rates, and is the difference statistically significant at 5%? Walk through the test you use.""",
    """Here's my monthly budget:
rent 950
groceries 320
transport 85
phone 25
everything else 260
I earn 2,150 after tax. What percentage of my income goes to rent, and how much is left each month? And how long to save 3,000 at that rate?""",
]
CHATS = [
    ("You are a friendly cooking assistant.",
     ["My oven only shows Celsius and the American recipe says 375°F for 25 minutes. What temperature should I set?"]),
    (None, ["tell me a joke about mathematicians", "Why did the mathematician stay single? Too many unknowns...",
            "haha. ok real question: a rectangle's perimeter is 36 cm and one side is twice the other. what's the area?"]),
    ("You are a coding agent. You can run Python.",
     ["no code needed, just tell me: if our service handles 1,800 requests per minute and each request takes 40 ms of CPU, how many cores are busy on average?"]),
    ("You are a support bot for a mortgage lender. Answer clearly.",
     ["If I borrow 200,000 over 25 years at 4.2% a year, what's my monthly repayment? Show the formula you use."]),
    (None, ["Summarize the rules of darts for me", "Players throw three darts per turn, starting from 501...",
            "Right. If I have 87 left, what's a three-dart checkout that finishes on a double?"]),
]

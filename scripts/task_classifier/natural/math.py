"""Natural math requests (see __init__.py). Math: compute, solve or derive a
quantitative answer (arithmetic, algebra, calculus, probability, statistics,
unit conversions, word problems with numbers)."""

ONE_LINERS = """
whats 17% of 240
how much is 3/8 + 5/12
solve for x: 5x - 7 = 3x + 9
derivative of sin(x)*x^2
integrate x*e^x dx
If I invest $10,000 at 5% compounded monthly, how much after 10 years?
what's the area of a circle with radius 7cm
convert 5 miles to km
how many seconds in a week
Is 1001 divisible by 7?
What's the probability of rolling two sixes with two dice?
mean median and mode of 3, 7, 7, 2, 9, 4
Find the slope of the line through (2,3) and (6,11).
simplify (x^2 - 9)/(x - 3)
A train travels 300 km in 2.5 hours. What's its average speed?
what is log base 2 of 1024
solve the system: 2x + y = 7, x - y = 2
I got 43 out of 60 on my test, what percent is that
How many ways can 5 people sit in a row?
What is the limit of (1 + 1/n)^n as n goes to infinity?
If a shirt costs $40 after a 20% discount, what was the original price?
cube root of 343?
How long to double my money at 7% a year?
what's 2^10 * 2^5
find the eigenvalues of [[2,1],[1,2]]
The sum of three consecutive integers is 72. What are they?
What's the standard deviation of 4, 8, 6, 5, 3?
A rectangle's perimeter is 30 and its length is twice its width. Find the area.
how many liters is 2.5 gallons
Calculate the volume of a cylinder with radius 3 and height 10.
If 3 pencils cost $1.20, how much do 17 pencils cost?
What's 1/7 as a decimal to 5 places?
factor x^2 + 7x + 12
What is the 20th term of the arithmetic sequence 4, 9, 14, ...?
Expected value of a bet: win $50 with probability 0.1, lose $5 otherwise?
A car loses 15% of its value each year. Worth after 4 years if it cost $30,000?
Solve x^2 - 4x - 5 = 0
lcm of 12, 18 and 30
gcd(462, 1071)?
Convert 0.0045 to scientific notation
what is 12.5% of 3,200
how many degrees in each angle of a regular octagon
If I walk at 5 km/h, how long does 12 km take?
A recipe for 4 needs 300g flour. How much for 7 people?
What's the distance between (1,2) and (4,6)?
Differentiate ln(x^2 + 1).
What's the binomial probability of exactly 3 heads in 5 flips?
tip calculation: bill is $86.40, 18% tip, split 3 ways
How many combinations of 3 toppings from 10?
Evaluate the sum 1 + 2 + ... + 100.
what is the inverse of the matrix [[1,2],[3,4]]
Solve |2x - 3| = 7
What is 45 degrees in radians?
If the ratio of boys to girls is 3:5 and there are 40 students, how many girls?
compute 7! / (3! * 4!)
A ladder 10 m long leans against a wall with its foot 6 m away. How high does it reach?
What is the present value of $5,000 received in 5 years at 6% discount rate?
How many kilobytes in 3.5 gigabytes (binary)?
sqrt(50) simplified?
Calculate the BMI for 72 kg and 1.78 m.
What's the z-score of 85 if mean is 70 and SD is 10?
Solve dy/dx = 3y with y(0) = 2.
Two pipes fill a tank in 6 and 9 hours. Together, how long?
Find the area under y = x^2 from 0 to 3.
what's 15 times 24 in my head quick
My electricity: 340 kWh at $0.28 per kWh plus $12 fixed. Total?
A population grows 3% a year from 50,000. When does it reach 80,000?
Show that the derivative of tan x is sec^2 x using the quotient rule.
What is the determinant of [[3,1,2],[0,4,5],[1,0,6]]?
I need the average speed for a round trip: 60 km/h there, 40 km/h back.
Find the median of 12, 5, 9, 20, 15, 7.
how many zeros at the end of 100!
What's 9 to the power of 0.5 plus 8 to the power of 1/3?
If sin θ = 0.6 and θ is acute, what's cos θ?
a word problem: Sara has 3 times as many marbles as Tom. Together they have 48. How many does Sara have?
Convert 98.6°F to Celsius.
What's the monthly payment on a $20,000 car loan, 5 years, 4.9% APR?
How many square feet is a 12 by 15 room?
How many different committees of 4 can be chosen from 12 people?
""" + """
¿Cuánto es el 15% de 320?
Resuelve la ecuación 3x + 4 = 19.
calcula el área de un triángulo de base 8 y altura 5
Combien font 48 divisé par 6, plus 7 ?
Résous l'équation x² - 5x + 6 = 0.
Quelle est la dérivée de x³ + 2x ?
Wie viel sind 18 % von 250?
Löse das Gleichungssystem: x + y = 10, x - y = 4.
Berechne das Integral von 2x von 0 bis 3.
Quanto é 25% de 480?
Resolva: 2(x - 3) = 10.
Calcola la media di 5, 8, 12 e 15.
Quanto fa 7 per 8 meno 13?
Сколько будет 15% от 600?
Реши уравнение 4x - 7 = 21.
Найди производную функции x^2 * ln(x).
计算 125 乘以 8 等于多少？
解方程：2x + 5 = 17
一个圆的半径是5厘米，面积是多少？
次の方程式を解いてください：x² = 49
1から100までの合計はいくつ？
240 का 25 प्रतिशत कितना है?
x + 7 = 15 में x का मान क्या है?
ما هو ناتج ١٢ × ١٥؟
حل المعادلة 3x - 9 = 0
Ile to jest 35% z 900?
Rozwiąż równanie 5x + 2 = 27.
250'nin yüzde 40'ı kaç eder?
3x + 6 = 21 denklemini çöz.
Hoeveel is 12 procent van 75?
"""

LONG = [
    """My landlord raised rent from $1,650 to $1,815. Last year it went from $1,500 to $1,650.
What's the percentage increase each year, and if it keeps rising by the larger percentage, what will it be in 3 years?""",
    """Homework problem, please show steps:

A farmer has 120 m of fencing and wants to enclose a rectangular field next to a river (no fence needed on
the river side). What dimensions maximize the area, and what is the maximum area?""",
    """```
x = [1, 2, 3, 4, 5]
y = [2.1, 3.9, 6.2, 8.1, 9.8]
```
not asking for code — what's the least-squares line y = ax + b for these points? give a and b by hand.""",
    """I'm splitting a vacation house. Total cost $4,200 for 7 nights. Anna and Ben stay all 7 nights, Cleo
stays 4 nights and Dev stays 3 nights. If we split per person-night, how much does each pay?""",
    """Probability question from my stats class: In a class of 30, 12 students play soccer, 10 play
basketball and 4 play both. If I pick a student at random, what's the probability they play neither?""",
    """Solve this step by step:

∫ (3x^2 + 2x - 5) dx from 1 to 4""",
    """We sell 1,200 units a month at $25. Marketing says a 10% price cut will raise volume by 18%. Will
revenue go up or down, and by how much per month?""",
    """Here's the data from my experiment (reaction times in ms): 312, 298, 305, 330, 287, 301, 315, 299.
Compute the mean, the sample standard deviation and a 95% confidence interval for the mean.""",
    """The word problem: A boat goes 24 km downstream in 2 hours and the same distance upstream in 3 hours.
Find the speed of the boat in still water and the speed of the current.""",
    """Matrix A =
[2 0 1]
[1 3 2]
[1 1 1]
Find A inverse, show the row operations.""",
    """My mortgage: $320,000 principal, 30 years, 6.25% fixed. (1) What's the monthly payment? (2) How
much total interest over the loan? (3) If I pay an extra $200/month, roughly how many years earlier do I finish?""",
    """Un problema: Juan tiene el doble de edad que su hijo. Hace 10 años tenía el triple. ¿Cuántos años
tienen ahora? Explícame los pasos.""",
    """Un exercice de mon fils : Un robinet remplit une baignoire de 150 litres en 12 minutes. Combien de
temps faut-il pour remplir une cuve de 400 litres avec deux robinets identiques ?""",
    """Aufgabe: Ein Kapital von 8.000 € wird 6 Jahre lang mit 3,5 % jährlich verzinst (Zinseszins). Wie hoch
ist das Endkapital? Bitte mit Rechenweg.""",
    """Задача: В коробке 5 красных и 7 синих шаров. Наугад вынимают три шара. Какова вероятность, что
все три синие?""",
    """某商品原价200元，先打八折，再在折后价基础上减20元。最后价格是多少？比原价便宜了百分之几？""",
    """問題：長さ10cmの正方形の中に、内接する円があります。円の外側で正方形の内側の部分の面積を求めてください（π=3.14）。""",
    """Problema: Uma loja vendeu 240 camisetas em março e 300 em abril. Qual foi o aumento percentual? Se o
crescimento continuar igual, quantas venderá em maio?""",
    """Zadanie: Pociąg jedzie z prędkością 80 km/h przez 2,5 godziny, a potem 60 km/h przez 1,5 godziny.
Jaką średnią prędkość miał na całej trasie?""",
    """Soru: Bir işi Ali 6 günde, Veli 12 günde bitiriyor. İkisi birlikte çalışırsa iş kaç günde biter?""",
    """Prove by induction that 1 + 3 + 5 + ... + (2n-1) = n^2, then use it to compute the sum of the first 50 odd numbers.""",
    """Sales by quarter: Q1 120k, Q2 135k, Q3 150k, Q4 171k. What's the compound quarterly growth rate,
and what's the projected Q1 next year at that rate?""",
]

CHATS = [
    ("You are a friendly math tutor for high-school students.",
     ["what's the derivative of 3x^4 - 2x + 7? explain each step"]),
    (None, ["Write a poem about numbers", "One is lonely, two's a pair...",
            "cute. now actually solve this: 3x^2 - 12 = 0"]),
    ("You are a helpful assistant.",
     ["If I save $250 a month at 4% annual interest compounded monthly, how much will I have after 5 years?"]),
    (None, ["hi", "Hi! How can I help?", "what's 23% of 1,850"]),
    ("You are a financial assistant. Be precise.",
     ["Loan of €15,000 at 5.5% for 48 months. Monthly payment and total interest?"]),
    (None, ["Fix my python: print(sum(range(10))", "You're missing a closing parenthesis.",
            "lol yes. by the way, what is the sum of all integers from 1 to 1000, just the number"]),
    ("Eres un profesor de matemáticas.",
     ["¿Cuál es la probabilidad de sacar al menos un 6 en cuatro lanzamientos de un dado?"]),
    (None, ["I'm baking and need help", "Sure! What's up?",
            "recipe is for 12 cookies with 250 g butter, I want 30 cookies, how much butter"]),
    ("You are a tutor.",
     ["Find all x between 0 and 2π with 2sin(x) = 1."]),
    (None, ["Translate 'average' into Spanish", "promedio",
            "now compute the average of 14, 22, 9, 31 and 19"]),
    ("Du bist ein Mathe-Nachhilfelehrer.",
     ["Wie groß ist die Wahrscheinlichkeit, beim Lotto 6 aus 49 genau 6 Richtige zu haben?"]),
    (None, ["We're planning a road trip", "Fun! Where to?",
            "1,240 km, car does 6.8 L/100km, fuel is €1.79/L. how much will fuel cost?"]),
]

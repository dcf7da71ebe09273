"""Natural math requests, second batch (see __init__.py)."""

ONE_LINERS = """
2+2
what's 345 * 27
15 divided by 4
is 97 a prime number
sqrt of 2
how much is 20% off 65 dollars
what is 3 squared plus 4 squared
how many days between march 3 and july 19
how many weeks in 200 days
What's 1 mile in meters?
How many cups are in a gallon?
convert 180 lbs to kg
Round 3.14159 to 2 decimal places
what's half of 3/4
What is 6 choose 2?
probability of drawing an ace from a deck
Is 0.999... equal to 1? show the algebra
what is the derivative of e^(3x)
antiderivative of 1/x
solve 2^x = 32
x/3 + 4 = 10, solve
What's the circumference of a circle with diameter 10?
area of a trapezoid with bases 6 and 10, height 4
Volume of a sphere of radius 3?
Pythagoras: sides 5 and 12, hypotenuse?
How many edges does a cube have? and faces and vertices, check Euler's formula
sin(30°) + cos(60°)?
what's the mean of the first 10 prime numbers
percent change from 250 to 200
I earn $52,000 a year. What's that per hour at 40 hours a week?
If a pizza is cut into 8 slices and I eat 3, what fraction is left?
convert 0.6 repeating to a fraction
What is 1000 in binary?
hex FF to decimal
2 hours 45 minutes plus 3 hours 30 minutes?
What's the interest on $1,200 at 3% simple interest for 2 years?
How much is 4.5% sales tax on $239.99?
If I drive 450 km at 90 km/h, how many hours?
A class has 12 boys and 18 girls. What percent are girls?
I need 2.5 m of fabric per curtain, 6 curtains, fabric is $12/m. total cost?
A phone plan is $25 plus $0.10 per MB over 2GB. I used 2.3GB. What's the bill?
How many handshakes among 20 people?
If a die is rolled 3 times, probability of getting at least one 1?
What is the variance of a fair six-sided die?
expand (x + 3)(x - 5)
complete the square for x^2 + 6x + 2
Solve for y: 3y - 2 = 2y + 8
what's the sum of the geometric series 1 + 1/2 + 1/4 + ...
integral of cos^2(x)
Find dy/dx if x^2 + y^2 = 25.
How many ways to arrange the letters of BANANA?
Write 72 as a product of primes.
what's 35% of 90 minus 12
I weigh 68 kg and lost 5%. What do I weigh now?
What's 7/8 minus 2/3?
median of 3, 9, 4, 12, 7, 8
A bag of rice costs $18 for 10 kg or $10 for 5 kg. Which is cheaper per kg?
""" + """
¿Cuánto es 7 por 8?
¿Cuál es la raíz cuadrada de 144?
Si gano 1.800 euros al mes y gasto el 35% en alquiler, ¿cuánto pago de alquiler?
¿Cuánto es la derivada de x^5?
Combien font 12 fois 13 ?
Calcule l'aire d'un cercle de rayon 4 cm.
Quelle est la probabilité de tirer un roi dans un jeu de 52 cartes ?
Was ist 15 mal 15?
Wie viel sind 3/4 plus 1/8?
Wie groß ist der Umfang eines Kreises mit Radius 5?
Quanto é 144 dividido por 12?
Qual a área de um quadrado de lado 7?
Quanto fa 15 al quadrato?
Qual è la probabilità di fare testa due volte di fila?
Сколько будет 48 умножить на 25?
Чему равен интеграл от x^2?
Какова площадь круга радиусом 3 см?
15的平方是多少？
求函数 y = x² 的导数。
一件衣服打七折后是210元，原价多少？
100の25%はいくつですか？
三角形の底辺が6cm、高さが4cmのとき面積は？
12 और 18 का लघुत्तम समापवर्त्य क्या है?
ما هو الجذر التربيعي لـ 81؟
Ile to jest 12 razy 12?
Oblicz pole koła o promieniu 2.
100'ün karekökü kaç?
Bir dikdörtgenin kenarları 5 ve 8 ise alanı kaçtır?
Hoeveel is 15 procent van 80?
"""

LONG = [
    """I'm trying to figure out my budget:
rent 1,350
groceries ~420
transport 95
subscriptions 48
utilities 130
My take-home is 3,200 a month. How much is left, and what % of my income goes to rent?""",
    """Stats question: I surveyed 400 people and 232 said yes. What's the sample proportion and a 95% confidence
interval for the true proportion?""",
    """A tank is being filled at 12 liters per minute while it leaks 2 liters per minute. It holds 900 liters and
starts with 150. How long until it's full?""",
    """Here's the question from my kid's homework, I forgot how to do these:

"Two trains leave stations 420 km apart at the same time, heading towards each other. One goes 80 km/h,
the other 60 km/h. When and where do they meet?" """,
    """Calculate the NPV of this project at a 8% discount rate:
Year 0: -50,000
Year 1: 15,000
Year 2: 20,000
Year 3: 22,000
Year 4: 10,000""",
    """Solve the differential equation y'' + 4y = 0 with y(0) = 1 and y'(0) = 2, show your steps.""",
    """Ejercicio: En una tienda, una camisa cuesta 25 € y un pantalón 40 €. Si compro 3 camisas y 2 pantalones
con un 15 % de descuento, ¿cuánto pago?""",
    """Exercice : Calculer la limite de (x² - 1)/(x - 1) quand x tend vers 1. Détaille les étapes.""",
    """Aufgabe: Ein Rechteck hat einen Umfang von 36 cm. Die Länge ist doppelt so groß wie die Breite. Berechne
Länge, Breite und Flächeninhalt.""",
    """Задача: Скорость лодки в стоячей воде 12 км/ч, скорость течения 3 км/ч. Сколько времени займёт путь 45 км
против течения?""",
    """题目：一个班有40名学生，其中女生占60%。后来又转来4名男生，现在男生占全班的百分之几？""",
    """問題：ある商品を定価の2割引で売ると、利益は400円でした。原価が2000円のとき、定価はいくらですか？""",
    """सवाल: एक दुकानदार ने 500 रुपये की वस्तु 20% लाभ पर बेची। विक्रय मूल्य कितना है?""",
    """I have a CSV of test scores (not asking for code): 55, 62, 70, 71, 75, 80, 84, 88, 90, 97. What are the
quartiles and the IQR? Any outliers by the 1.5×IQR rule?""",
]

CHATS = [
    ("You are a helpful assistant.", ["What's 18% tip on $64.50?"]),
    (None, ["Write a short poem", "Morning light...", "ok now what's 13 times 17"]),
    ("You are a maths teacher. Show your working.", ["Factorise 6x^2 + 11x - 10."]),
    (None, ["I'm doing my taxes", "I can help with calculations. What do you need?",
            "if I made 48,000 and the first 12,570 is tax free and the rest is taxed at 20%, how much tax?"]),
    ("Tu es un professeur de maths.", ["Combien de diagonales a un hexagone ?"]),
    (None, ["Translate 'percentage' into French", "pourcentage",
            "merci. now what percentage is 37 of 148"]),
    ("You are a tutor for university students.", ["Compute the eigenvectors of [[4, 1], [2, 3]]."]),
    (None, ["hey quick q", "Sure, go ahead!", "how many seconds are in 3.5 hours"]),
]

"""Natural math requests, sixth batch (see __init__.py): computation, proofs and word problems with numbers,
in plain words as often as in symbols, several languages, and prompts that mention another task."""

ONE_LINERS = """
whats 15 percent of 240
A shirt costs $40 after a 20% discount. What was the original price?
prove that the square root of 2 is irrational
how many ways can 6 people sit around a round table
I drive 120 km at 80 km/h and 120 km back at 40 km/h. what's my average speed? show the working
integrate x times e to the x
If I invest 5000 at 4% compound interest yearly, how much after 10 years?
Is 221 a prime number? check it
find the area of a triangle with sides 5, 6 and 7
what's the probability of rolling at least one six in four throws of a die
I'm writing a short story but I need this first: solve x^2 - 5x + 6 = 0
Show that the sum of two odd numbers is always even.
convert 72 degrees fahrenheit to celsius, with the formula
A recipe for 4 needs 300 g of flour. How much for 7 people?
what is the limit of sin(x)/x as x goes to 0, and why
Calculate the standard deviation of 4, 8, 6, 5, 3, 7.
How long does it take to double money at 7% a year? use the rule of 72 and the exact formula
prove by induction that 1+2+...+n = n(n+1)/2
two trains 300 km apart go toward each other at 70 and 80 km/h. when do they meet?
what's the derivative of ln(x^2 + 1)
I need the eigenvalues of [[2,1],[1,2]]
A tank fills in 6 hours with pipe A and 4 hours with pipe B. Both together?
how many diagonals does a 12-sided polygon have
Solve the system: 2x + y = 7 and x - y = 2
What is 7 factorial divided by 5 factorial?
my kid's homework: a rectangle has perimeter 30 and length twice its width. find the area
expected value of a game where you win 10 on heads and lose 6 on tails?
simplify (2x^2 + 8x)/(2x) and say for which x it holds
how much paint for a room 4m by 5m with 2.5m high walls if one litre covers 10 square metres
What's the volume of a sphere with radius 3 cm?
is 0.999... really equal to 1? prove it
Find the GCD of 84 and 126 using Euclid's algorithm.
If the odds of rain are 30% each day, what's the chance it stays dry all weekend?
calculate my monthly mortgage payment: 250k loan, 3.5% annual rate, 25 years
solve for t: 3e^(2t) = 12
Resuelve: 3x - 7 = 11. Muestra los pasos.
¿Cuál es la probabilidad de sacar dos ases seguidos de una baraja de 52 cartas?
Calcule l'intégrale de 0 à 1 de x² dx.
Un train parcourt 180 km en 2 h 15. Quelle est sa vitesse moyenne ?
Berechne die Ableitung von f(x) = x³ - 4x + 1.
Wie viel sind 18 % Mehrwertsteuer auf 250 Euro?
Quanto é 35% de 480? Mostre o cálculo.
Prove que a soma dos ângulos de um triângulo é 180 graus.
解方程：2x + 5 = 17，写出步骤。
一个圆的半径是4厘米，求它的面积。
次の方程式を解いてください：x² - 4x + 3 = 0
100円の商品が2割引きになりました。いくらですか？
x² + 5x + 6 = 0 को हल कीजिए।
एक आयत की लंबाई 12 सेमी और चौड़ाई 5 सेमी है, इसका क्षेत्रफल कितना है?
Calcola la media di 12, 15, 18 e 21.
"""

LONG = [
    "Hi, I'm a translator by trade so numbers are not my thing. I got three quotes for a new laptop:\n"
    "- shop A: 1,200 with 10% off\n- shop B: 1,150 plus 50 delivery\n- shop C: 1,300 with 15% off and 2% cashback\n"
    "Which is cheapest in the end? Please show the arithmetic.",
    "Problem 4 from my problem set:\nLet f(x) = x^3 - 3x + 1. (a) Find all critical points. (b) Classify each as a "
    "local maximum or minimum. (c) How many real roots does f have? Justify.",
    "```\nsales = [120, 135, 150, 165]\n```\nThat's our monthly sales. Not a coding question: what's the average "
    "month-over-month growth rate in percent, and if it continues, what are sales in month 8?",
]

CHATS = [
    ("You are a friendly tutor for high-school students.", ["hi", "Hi! What are we working on?",
     "a ladder 5 m long leans on a wall, foot 3 m from the wall. how high up the wall does it reach?"]),
    (None, ["Write a limerick about a cat.", "There once was a cat from Peru...",
     "haha. ok now real work: what's the sum of the first 50 odd numbers?"]),
    ("You are a creative writing coach.", ["I'm stuck on my novel.", "What part is giving you trouble?",
     "not the novel right now, sorry — I need to split a 2,340 euro bill between 7 people with 12% tip. how much each?"]),
    ("Eres un asistente útil.", ["Hola", "¡Hola!",
     "Necesito calcular el interés: presto 2000 euros al 5% anual simple durante 3 años. ¿Cuánto me devuelven?"]),
]

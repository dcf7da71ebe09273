from common import ex

L = "math"

EX = [
ex(L, [
    ("user", "ugh doing my freelance invoices"),
    ("assistant", "Oof, invoice day. Anything I can help with?"),
    ("user", "whats 17% of 2,340"),
]),

ex(L, "Solve for x: 3x + 7 = 2x - 5"),

ex(L, "Prove that the square root of 2 is irrational."),

ex(L, "If I roll two fair dice, what's the probability the sum is 8?"),

ex(L, "convert 72 degrees Fahrenheit to Celsius, show the steps"),

ex(L, "Resuelve el sistema de ecuaciones: 2x + y = 10, x - y = 2. Explica cada paso porfa.", "es"),

ex(L, [
    ("system", "You are a calculus tutor. Show each rule you apply."),
    ("user", "Find the derivative of f(x) = x^3 sin(x)"),
]),

ex(L, "integrate 1/(x^2+1) from 0 to 1"),

ex(L, [
    ("system", "You are a patient math tutor for high school students. Explain step by step and check understanding."),
    ("user", "I don't get how to factor x^2 - 5x + 6"),
    ("assistant", "No problem! We want two numbers that multiply to +6 and add to -5. Those are -2 and -3, because (-2)(-3) = 6 and -2 + -3 = -5. So x^2 - 5x + 6 = (x - 2)(x - 3). You can check by expanding it back out."),
    ("user", "ohh ok. can you do x^2 + x - 12 the same way, step by step?"),
]),

ex(L, "A car travels 240 km in 3 hours and then 150 km in 2 hours. What's its average speed for the whole trip?"),

ex(L, "Calcule l'intérêt composé sur 5 000 euros placés à 3 % par an pendant 10 ans. Quel est le montant final ?", "fr"),

ex(L, "Mean, median, and sample standard deviation of: 4, 8, 15, 16, 23, 42"),

ex(L, "I don't need Python code for this, just work it out mathematically: what's the sum of all integers from 1 to 500 that are divisible by 3 or 5?"),

ex(L, "how many ways can 5 people sit around a round table if rotations count as the same"),

ex(L, "Wie viel sind 3/8 plus 5/12? Bitte als gekürzten Bruch angeben.", "de"),

ex(L, "Show by induction that the sum of the first n odd numbers is n^2."),

ex(L, [
    ("user", "what does it mean if a matrix has determinant zero?"),
    ("assistant", "It means the matrix is singular: it has no inverse, its columns are linearly dependent, and it squashes space into a lower dimension."),
    ("user", "ok. what's the determinant of [[2,1,3],[0,4,5],[1,0,6]]? is it invertible?"),
]),

ex(L, [
    ("system", "You are a kitchen helper assistant."),
    ("user", "A recipe needs 250 g of flour for 4 servings. How many cups of flour do I need for 10 servings if 1 cup is 125 g?"),
]),

ex(L, "求解方程 x² - 4x - 5 = 0，写出过程。", "zh"),

ex(L, "I got 72, 85 and 90 on my three tests and the final exam counts double. What do I need on the final to end up with an 85 average?"),

ex(L, "eigenvalues and eigenvectors of the matrix [[4,1],[2,3]]?"),

ex(L, "半径5cmの円の面積と円周を求めてください。πは3.14で計算してください。", "ja"),

ex(L, "Is 221 prime? If not, factor it."),

ex(L, """Can someone help with this homework problem, I keep getting a weird answer:

"A water tank is being filled by two pipes. Pipe A alone can fill the tank in 6 hours and pipe B alone can fill it in 4 hours. A drain at the bottom, when open, can empty the full tank in 12 hours. If both pipes are opened at the same time as the drain, how long will it take to fill the tank? After 1 hour, the drain is closed. How long does it take in total to fill the tank in this second scenario?\""""),

ex(L, [
    ("system", "You are a running coach assistant in a fitness app."),
    ("user", "convert 3.5 miles to km and then to meters"),
]),

ex(L, [
    ("user", "derivative of sin(x) + cos(x)?"),
    ("assistant", "The derivative is cos(x) - sin(x)."),
    ("user", "now find all x in [0, 2π] where that derivative equals zero"),
]),

ex(L, "Probability of getting at least one six in four rolls of a fair die?"),

ex(L, "Найди предел lim (x→0) sin(3x)/x, с объяснением.", "ru"),

ex(L, "One-sample t-test: sample mean 52, hypothesized mean 50, sample sd 6, n = 36. Is the difference significant at α = 0.05 (two-tailed)? Show the t statistic."),

ex(L, "simplify (x^2 - 9)/(x^2 + 6x + 9)"),

ex(L, "This isn't a logic puzzle, just arithmetic: a train ticket costs $12.50, I'm buying 7 and there's a 15% group discount on the total. What do I pay?"),

ex(L, "Quanto é 15% de desconto sobre R$ 380,00? E quanto fica o valor final?", "pt"),

ex(L, "Solve the differential equation dy/dx = 3y with y(0) = 2"),

ex(L, [
    ("system", "Be brief."),
    ("user", "how much is 2^20"),
]),

ex(L, [
    ("system", "You are a helpful assistant. Keep answers short."),
    ("user", "Expected value of a game where you win $10 with probability 0.3 and lose $4 otherwise? Should a risk-neutral player take it?"),
]),

ex(L, [
    ("system", "Answer concisely and show your work."),
    ("user", "Compute gcd(1071, 462) using the Euclidean algorithm."),
]),

ex(L, "एक आयत की लंबाई 12 सेमी और चौड़ाई 7 सेमी है। उसका क्षेत्रफल और परिमाप ज्ञात कीजिए।", "hi"),

ex(L, "10 fair coin flips, what's P(exactly 7 heads)? exact fraction and decimal"),

ex(L, "prove there are infinitely many primes"),

ex(L, "If log_2(x) + log_2(x - 2) = 3, find x"),

ex(L, "Calcola il volume di un cilindro con raggio 3 cm e altezza 10 cm.", "it"),

ex(L, "write 0.000045 in scientific notation and then multiply it by 3.2 × 10^6"),

ex(L, [
    ("system", "You are a statistics tutor for first-year university students."),
    ("user", "what's a z-score exactly?"),
    ("assistant", "A z-score tells you how many standard deviations a value is from the mean: z = (x - μ) / σ. A z-score of 2 means the value is two standard deviations above the mean."),
    ("user", "ok so if IQ has mean 100 and sd 15, what percent of people have an IQ above 130?"),
]),

ex(L, "Find the area of the region between y = x^2 and y = x + 2"),

ex(L, "how many milliliters are in 2.5 US gallons"),

ex(L, [
    ("user", "I'm putting up a ladder to clean the gutters this weekend lol"),
    ("assistant", "Be careful up there! Make sure the ladder's on firm, level ground and ideally have someone hold the base."),
    ("user", "will do. quick q: the ladder is 10 m long and the foot is 6 m from the wall. how high up the wall does it reach?"),
]),

ex(L, "¿Cuál es la pendiente de la recta que pasa por (2,3) y (5,11)? ¿Y su ecuación?", "es"),

ex(L, "Here's a 'proof' that 1 = 2. Which step is wrong and why?\n\nLet a = b.\nThen a^2 = ab\na^2 - b^2 = ab - b^2\n(a + b)(a - b) = b(a - b)\na + b = b\n2b = b\n2 = 1"),

ex(L, [
    ("system", "You are FinBot, an assistant for a startup's finance team."),
    ("user", "Compute the compound annual growth rate if revenue grew from $2M to $3.5M over 4 years."),
]),

ex(L, "what is 1/7 as a decimal to 10 places"),
]

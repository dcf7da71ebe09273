"""Generated math problems: arithmetic, algebra, calculus, statistics, geometry,
probability, percentages, unit conversion and word problems without the word
"math" in them. Each generator takes a seeded random.Random."""

from __future__ import annotations


def _word_problems(r):
    a, b, c = r.randint(2, 90), r.randint(2, 40), r.randint(2, 12)
    return r.choice([
        f"A train travels {a * 10} km in {c} hours. What is its average speed?",
        f"If I buy {b} notebooks at ${c}.50 each, how much do I pay in total?",
        f"Sara has {a} marbles and gives away {b}. Then she buys {c} more. How many does she have now?",
        f"A recipe for {c} people needs {b}0 g of sugar. How much sugar for {a} people?",
        f"A tank fills at {c} litres per minute. How long does it take to fill {a * 10} litres?",
        f"Two cyclists start {a * 5} km apart and ride towards each other at {b} km/h and {c + 10} km/h. "
        f"When do they meet?",
        f"A shirt costs ${a} and is {b}% off. What is the sale price?",
        f"I earn ${a * 100} a month and save {c}% of it. How much do I save in a year?",
        f"What's an {c + 10}% tip on a ${a}.{b:02d} bill?",
        f"A rectangle is {a} cm by {b} cm. What are its area and perimeter?",
        f"If a loan of ${a * 1000} has {c}% annual interest compounded monthly, what is owed after {c} years?",
        f"How many seconds are there in {c} weeks?", f"Convert {a} miles to kilometres.",
        f"A car uses {c} litres per 100 km. How much fuel for a {a * 10} km trip?",
        f"The ratio of boys to girls is {c}:{b}. With {a * 3} students, how many are girls?",
        f"Pipe A fills a pool in {c} hours and pipe B in {b} hours. Together, how long?",
        f"I have {a} euros and spend a third on food and a quarter of the rest on books. What's left?",
    ])


def _symbolic(r):
    a, b, c, n = r.randint(2, 9), r.randint(1, 20), r.randint(1, 30), r.randint(2, 6)
    x = r.choice("xyt")
    return r.choice([
        f"{a}{x} + {b} = {c}", f"Solve for {x}: {a}{x} - {b} = {c}", f"{a}{x}^2 - {b}{x} + {c} = 0",
        f"What is the derivative of {x}^{n} * sin({x})?", f"Differentiate ln({x}^2 + {a}).",
        f"Integrate {a}{x}^{n} from 0 to {b}.", f"Evaluate the integral of 1/(1+{x}^2) dx from 0 to 1.",
        f"Find the limit of (1 + 1/n)^n as n goes to infinity.", f"Factor {x}^2 + {a + b}{x} + {a * b}.",
        f"Simplify ({x}^2 - {a * a})/({x} - {a}).", f"What is {a * 13} * {b + 7}?", f"What's {c}^2 + {a}^3?",
        f"Compute the determinant of [[{a}, {b}], [{c}, {n}]].", f"Eigenvalues of [[{a}, 1], [2, {n}]]?",
        f"What is the GCD of {a * 12} and {b * 18}?", f"Is {a * 100 + b * 7 + 1} a prime number?",
        f"Find the mean, median and standard deviation of {a}, {b}, {c}, {n}, {a + b}.",
        f"What is the probability of rolling a sum of {n + 5} with two dice?",
        f"How many ways can {n + 2} people sit around a round table?",
        f"Sum of the first {c * 10} positive integers?", f"sqrt({a * a * 4}) + {b}/{n} = ?",
        f"Expand ({x} + {a})^{n}.", f"Solve the system: {a}x + y = {c}, x - y = {b}.",
        f"What's the area of a circle with radius {a} cm?", f"Find the volume of a sphere of radius {b}.",
        f"Convert {c * 7} in base 10 to binary.", f"log base 2 of {2 ** n * 4}?", f"{a}/{n} + {b}/{c} as a fraction",
        f"Find the slope of the line through ({a},{b}) and ({c},{n}).", f"What is {b}% of {c * 40}?",
        f"A fair coin is flipped {n + 3} times. Probability of exactly {n} heads?",
        f"Expected value of a die roll where you win ${a} on a six and lose $1 otherwise?",
        f"Find x if {a}^x = {a ** n}.", f"What's the next number: {a}, {a * 2}, {a * 4}, {a * 8}, ...?",
    ])


def math_problem(r) -> str:
    return _word_problems(r) if r.random() < 0.45 else _symbolic(r)

"""Natural math requests, seventh batch (see __init__.py): short computations and word problems in many
languages."""

ONE_LINERS = """
how many seconds are there in a leap year
my phone goes from 80% to 50% in 3 hours, when does it hit zero at that rate
what's 2 to the power of 20
1/3 + 1/4 = ?
Сколько будет 17 умножить на 23?
Какова вероятность выпадения орла три раза подряд?
Ile to jest 15% z 360?
Hoeveel is 12 procent van 250?
Bir üçgenin iç açıları toplamı 180 ise, iki açısı 50 ve 60 olan üçgenin üçüncü açısı kaç?
计算 3/4 加 5/6 等于多少。
一辆车每小时行驶60公里，3.5小时行驶多少公里？
底辺8cm、高さ5cmの三角形の面積は？
1から100までの整数の和を求めて。
احسب مساحة دائرة نصف قطرها 7 سم.
ما هو ناتج 15 × 24؟
यदि 4 किलो चावल 180 रुपये का है, तो 10 किलो कितने का होगा?
Quantos segundos tem uma hora e meia?
Cuántos minutos hay en tres días?
Combien font 25 % de 640 ?
Wie viele Tage sind 1000 Stunden?
"""
LONG = []
CHATS = [
    (None, ["hello", "Hi!", "if 3 notebooks cost 7.50 how much are 8?"]),
]

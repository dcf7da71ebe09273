"""Batch 11 (written 2026-12-07 by a separate writer, app-style traffic). Natural math requests shaped like application traffic (see __init__.py): tutoring apps, finance and shop
assistants, coding agents and data tools whose last user turn asks for a calculation, a word problem with
numbers to work out, algebra, geometry, probability or statistics."""

ONE_LINERS = """
what's 17.5% of 2,340?
solve 3x - 7 = 2x + 5
integral of x*e^x dx
if a train leaves at 14:10 and the trip is 3h 55m, when does it arrive?
how many seconds in 6.5 hours
derivative of sin(x^2)
a shirt costs 48 after a 20% discount, what was the original price?
average of 12, 19, 23, 8 and 30?
probability of rolling at least one six in four throws of a die
convert 72°F to celsius, show the formula
sqrt(2) to 5 decimal places?
what's the area of a circle with diameter 14 cm
1/3 + 2/5 = ?
if I save 250 a month at 4% annual interest compounded monthly, how much after 5 years?
simplify (x^2 - 9)/(x + 3)
in how many orders can 7 books go on a shelf if two particular ones must stay together?
cuánto es el 15% de 380
resuelve: 2x² - 8x + 6 = 0
un pantalón cuesta 60 € y tiene un 35 % de descuento, ¿cuánto pago?
combien font 7 fois 48 ?
calcule l'aire d'un triangle de base 9 cm et de hauteur 6 cm
Was ist die Ableitung von ln(3x)?
Wie viel sind 12 % Zinsen auf 4.500 € pro Jahr nach drei Jahren mit Zinseszins?
quanto é 3/4 de 280?
quanto fa 999 per 12?
hoeveel is 15% btw op € 240?
ile to jest 2 do potęgi 10 razy 3?
45'in yüzde 30'u kaç?
чему равен интеграл от 1/x от 1 до e?
скільки буде 144 поділити на 0,12?
一个长方形长12米宽7米，周长是多少？
時速80kmで2時間45分走ると何km？
삼각형의 세 변이 3, 4, 5일 때 넓이는?
अगर 8 मजदूर एक काम 12 दिन में करते हैं, तो 6 मजदूर कितने दिन में करेंगे?
hur mycket är 25 % av 1 840 kr?
kolik je 15 % z 3 200 Kč?
πόσο κάνει 3/8 του 640;
"""

LONG = [
    "A recipe for 4 people uses 300 g of flour, 2 eggs and 250 ml of milk. I'm cooking for 10. How much of each "
    "do I need? Eggs can't be split so round up.",
    "I bought 120 shares at 34.20 and another 80 at 29.75. What's my average cost per share, and at what price "
    "do I break even if the broker charges 5 per trade both times plus 5 when I sell?",
    "Warehouse question: we ship boxes of 24 and pallets hold 40 boxes. An order of 10,500 units comes in. How "
    "many full pallets, how many extra boxes, and how many loose units are left?",
    "Here is the data from our sprint: story points completed per sprint were 21, 34, 27, 30, 18, 33. What are "
    "the mean, median and standard deviation? Sample standard deviation, please.",
    "Two pipes fill a tank. Pipe A alone fills it in 6 hours, pipe B alone in 9 hours, and a drain empties a "
    "full tank in 18 hours. If all three are open, how long does it take to fill from empty?",
    "My electricity tariff is 0.28 per kWh for the first 200 kWh and 0.34 after that, plus a standing charge of "
    "0.45 a day. In a 31-day month I used 347 kWh. What's the bill?",
    "Una tienda vende café en bolsas de 250 g a 4,80 € y de 1 kg a 16,50 €. ¿Cuál sale más barato por kilo y "
    "cuánto ahorro al año si compro 3 kg al mes del formato más barato?",
    "J'ai un prêt de 180 000 € sur 20 ans à 3,6 % par an. Quelle est la mensualité ? Donne la formule et le "
    "calcul, sans assurance.",
    "Ein Sparplan: 150 € monatlich, 5 % Zinsen pro Jahr, monatliche Verzinsung, 15 Jahre. Wie viel ist am Ende "
    "da und wie viel davon sind Zinsen?",
    "小明骑车从家到学校速度是每小时12公里，用了25分钟。回来时逆风，速度降到每小时10公里。往返平均速度是多少？",
    "Marek kupił 3 zeszyty po 4,50 zł i 2 długopisy. Zapłacił 20 zł i dostał 2,30 zł reszty. Ile kosztował "
    "jeden długopis?",
]

CHATS = [
    ("You are a math tutoring assistant for high-school students. Show each step.",
     ["a ladder 5 m long leans against a wall with its foot 3 m from the wall. how high up the wall does it reach?"]),
    ("You are a math tutoring assistant. Show each step.",
     ["hi, how are you?", "I'm good, thanks! What would you like to work on?",
      "factor 6x^2 + 11x - 10 please"]),
    ("You are a math tutoring assistant.",
     ["can you explain what a logarithm is in simple words?",
      "A logarithm answers: to what power must I raise the base to get this number? log2(8) = 3 because 2^3 = 8.",
      "ok so then solve log_3(x) + log_3(x - 8) = 2"]),
    ("You are a coding assistant inside an IDE.",
     ["quick one, not code: if my API handles 1,200 requests per minute per pod and we expect 95,000 per minute "
      "at peak with 30% headroom, how many pods?"]),
    ("You are a coding assistant inside an IDE.",
     ["write a python function for the nth fibonacci number", "def fib(n):\n    a, b = 0, 1\n    for _ in "
      "range(n):\n        a, b = b, a + b\n    return a",
      "thanks. by hand: what's fib(30)? and roughly how big is fib(100) in digits?"]),
    ("You are a coding agent with access to the repository.",
     ["list the buckets in the terraform config", "There are three: logs-prod, assets-prod and backups.",
      "our S3 bucket has 4.2 TB and grows 6% a month. at 0.023 per GB-month, what do we pay in month 12? just "
      "compute it"]),
    ("You are ShopBot, the customer-support assistant for Lumen Home.",
     ["I have a 15% off code and the sofa is 1,299 but there's also a 100 off promo applied first. what's my "
      "final price?"]),
    ("You are a customer support assistant for a mobile operator.",
     ["My plan is 25 a month with 10 GB. Extra data is 2 per GB. I used 16.4 GB and extra is billed per started "
      "GB. How much is this month's bill?"]),
    ("You are a finance assistant for a small business.",
     ["Explain what gross margin means", "Gross margin is revenue minus cost of goods sold, divided by revenue.",
      "ok: revenue 84,000, COGS 51,300, operating costs 19,800. gross margin % and operating margin %?"]),
    ("You are a finance assistant.",
     ["what's the difference between gross and net?", "Gross is before taxes and contributions, net is what you keep.",
      "I invoice 650 a day, work 18 days a month, pay 22% income tax and 9% social contributions on gross. What "
      "do I net per year?"]),
    ("You are an HR assistant for Northwind Ltd.",
     ["What's the overtime rate?", "Overtime is paid at 1.5x the hourly rate on weekdays and 2x on Sundays.",
      "my hourly rate is 24.60. I did 7 hours weekday overtime and 5 on Sunday. how much extra is that?"]),
    ("You are a legal information assistant.",
     ["what is a base rate?", "The central bank's reference interest rate, used to set other rates.",
      "The contract says late payment interest is 8% above base rate, base is 4.25%. Invoice of 12,000 is 45 "
      "days late. How much interest, using a 365-day year?"]),
    ("Answer using only the context below.\n\nContext:\nTicket prices: adult 14, child (4-12) 8, under 4 free. "
     "Family ticket (2 adults + up to 3 children) 38.",
     ["We're 2 adults, a 10-year-old, a 6-year-old and a 2-year-old. Is the family ticket cheaper than single "
      "tickets, and by how much?"]),
    ("You are a RAG assistant. Use only the context.\n\nContext:\nQ1 revenue 1.8M, Q2 2.1M, Q3 2.6M, Q4 2.4M.",
     ["what was the year's total?", "4 quarters sum to 8.9M.",
      "and the quarter-over-quarter growth rates in percent? plus the average of those"]),
    ("You are a data pipeline assistant. Reply in JSON.",
     ["compute the weighted average price: 120 units at 3.10, 45 at 3.40, 300 at 2.95. return {\"wavg\": ...}"]),
    ("You are a meeting assistant.",
     ["Summarise the budget discussion", "The team agreed to split the 48,000 marketing budget between events "
      "and ads.",
      "if events get 3 parts for every 5 parts of ads, how much is each? and what if we take 4,000 off ads for "
      "a contractor?"]),
    ("You are a fitness coaching app assistant.",
     ["suggest a stretching routine after runs",
      "Calf stretch, hamstring stretch, quad stretch, hip flexor lunge, 30 seconds each.",
      "I ran 10 km in 52:30. What was my average pace per km and my speed in km/h?"]),
    ("You are a cooking assistant.",
     ["Give me a pancake recipe", "Mix 200 g flour, 2 eggs, 300 ml milk, a pinch of salt, 1 tbsp sugar...",
      "my pan is 20 cm across and yours assumes 24 cm. for the same thickness, how much batter per pancake if "
      "the 24 cm one takes 90 ml?"]),
    ("You are a travel booking assistant.",
     ["Flight leaves Singapore at 23:40 local (UTC+8), lands in London at 06:05 local (UTC+0) next day. How "
      "long is the flight?"]),
    ("You are a tutoring assistant for statistics.",
     ["In a class of 30, 18 play football, 12 play tennis, and 5 play both. If I pick a student at random, what's "
      "the probability they play neither?"]),
    ("You are a writing assistant.",
     ["Proofread: the results was good", "The results were good.",
      "thx. different thing: my essay is 2,340 words and the limit is 1,800. what percentage do I need to cut?"]),
    ("Eres un tutor de matemáticas para secundaria.",
     ["Hola", "¡Hola! ¿Qué ejercicio hacemos hoy?",
      "Un coche consume 6,4 litros cada 100 km. Si el depósito tiene 45 litros, ¿cuántos km puede hacer?"]),
    ("Eres el asistente de una tienda online.",
     ["Si compro 3 camisetas a 12,90 € y hay un 3x2, más 4,95 € de envío, ¿cuánto pago en total?"]),
    ("Tu es un assistant de tutorat en mathématiques. Explique chaque étape.",
     ["C'est quoi une équation linéaire ?",
      "Une équation où l'inconnue n'apparaît qu'à la puissance 1, comme 2x + 3 = 7.",
      "Résous le système : 2x + 3y = 12 et x - y = 1"]),
    ("Tu es un assistant de gestion de budget.",
     ["C'est quoi un taux d'épargne ?", "C'est la part de vos revenus que vous mettez de côté.",
      "Je gagne 2 600 € nets et j'épargne 390 €. Quel est mon taux ? Et combien faut-il épargner pour 20 % ?"]),
    ("Du bist ein Nachhilfe-Assistent für Mathe.",
     ["Berechne das Volumen eines Zylinders mit Radius 4 cm und Höhe 10 cm."]),
    ("Du bist ein Assistent für Handwerker.",
     ["Welcher Fliesenkleber ist für Bad geeignet?", "Ein flexibler Kleber der Klasse C2, am besten wasserfest.",
      "Ich will ein Zimmer von 4,2 m x 3,6 m fliesen. Eine Fliese ist 30 x 60 cm, 10 % Verschnitt. Wie viele "
      "Fliesen brauche ich?"]),
    ("Você é um assistente financeiro.",
     ["Explique juros compostos", "Juros compostos são juros calculados sobre o valor inicial mais os juros "
      "acumulados.",
      "Se eu aplicar R$ 5.000 a 1% ao mês, quanto terei em 2 anos?"]),
    ("Sei un tutor di matematica.",
     ["Qual è la probabilità di pescare due assi di fila da un mazzo di 52 carte senza reinserimento?"]),
    ("Je bent een rekenhulp voor een webshop.",
     ["Een product kost € 89,95 inclusief 21% btw. Wat is de prijs exclusief btw?"]),
    ("Jesteś korepetytorem z matematyki.",
     ["Cześć!", "Cześć! Co dziś robimy?", "Oblicz pole trapezu o podstawach 8 i 12 oraz wysokości 5."]),
    ("Sen bir matematik öğretmeni asistanısın.",
     ["Merhaba, bugün ne çalışacağız?", "Merhaba! Denklemler üzerinde çalışabiliriz.",
      "Bir sayının 3 katının 7 fazlası 40 ise sayı kaçtır?"]),
    ("Ты — репетитор по математике.",
     ["Что такое арифметическая прогрессия?", "Это последовательность, где каждый член отличается от "
      "предыдущего на одно и то же число.",
      "Найди сумму первых 20 членов, если a1 = 3, d = 4."]),
    ("Ти — помічник з навчання.",
     ["Розв'яжи нерівність 2x - 5 > 3x + 1"]),
    ("你是一个数学辅导助手，请写出步骤。",
     ["什么是百分数？", "百分数表示一个数是另一个数的百分之几。",
      "某商品先涨价20%，再降价20%，现价是原价的百分之几？"]),
    ("あなたは家計簿アプリのアシスタントです。",
     ["食費の予算を決めたい", "いいですね。月の収入と固定費を教えてください。",
      "手取り28万円で、食費を手取りの15%にしたら1日あたりいくら？30日で計算して"]),
    ("당신은 수학 과외 도우미입니다.",
     ["근의 공식이 뭐야?", "x = (-b ± √(b² - 4ac)) / 2a 입니다.",
      "이차방정식 x² - 5x + 6 = 0 의 해를 구해줘"]),
    ("आप एक गणित ट्यूटर हैं।",
     ["ek dukandar ne 800 rupaye ka saman 20% munafe par becha, to bechne ki keemat kya hai?"]),
    ("أنت مساعد رياضيات.",
     ["ما هو مجموع الزوايا الداخلية لمضلع سداسي؟ اشرح الحساب"]),
    ("Kamu adalah tutor matematika.",
     ["Harga 5 buku Rp 60.000. Berapa harga 8 buku yang sama?"]),
    (None, ["write a short poem about the sea", "Grey waves fold and fold again / the gulls write nothing on "
            "the rain",
            "nice. now real question: a boat goes 18 km/h in still water and the current is 3 km/h. how long for "
            "30 km upstream and back?"]),
    (None, ["translate 'interest rate' to Spanish", "Tipo de interés (or tasa de interés in Latin America).",
            "great, and what's the effective annual rate of 1.2% per month?"]),
    (None, ["I'm planning a garden bed", "Sounds fun! What size and shape are you thinking?",
            "L-shaped: one arm 4 m by 1 m, the other 3 m by 1 m, overlapping in a 1x1 corner. soil 30 cm deep. how "
            "many litres of soil?"]),
]

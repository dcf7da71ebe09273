"""Batch 14 (written 2026-12-08 by a separate writer, app-style traffic). Natural math requests: refunds, tax,
splits, unit conversions, rates, algebra, geometry, probability, statistics on given numbers and short proofs,
often asked inside an app whose system prompt is about something else (support bots, writing tools, coding
agents, legal and HR assistants), after earlier turns that asked for another task, or while mentioning a poem, a
translation or code without asking for one; in many languages."""

ONE_LINERS = """
I'm writing a poem about primes - is 323 prime?
a 2.4 kg chicken at 40 minutes per kg plus 20 minutes, when does it go in for dinner at 19:30?
my salary went up 6% then got cut 6%. am I back where I started? what's the net change
how many tiles of 30x60 cm do I need for a 3.2 m by 2.7 m floor, plus 10% for cuts
sum of all integers from 1 to 400 that are divisible by 3 or 5
what's the chance two people in a group of 23 share a birthday? roughly is fine but show how
solve for t: 450 = 300 * e^(0.04 t)
a car loses 15% of its value every year. bought for 28,000, what's it worth after 5 years?
the ratio of boys to girls is 3:5 and there are 96 kids. how many girls
find the angle between vectors (1, 2, 2) and (2, -1, 2)
prove that the product of any three consecutive integers is divisible by 6
if a pizza of 30 cm costs 11 and one of 40 cm costs 18, which is better value per cm²?
I type 62 words a minute. how long to type a 4,500 word essay without breaks?
limit of (1 + 2/n)^n as n goes to infinity
cuántos litros de pintura para una pared de 4,5 x 2,6 m si rinde 10 m² por litro y doy dos manos
si el IPC subió un 3,1 % y mi sueldo un 2 %, ¿cuánto poder adquisitivo perdí en porcentaje?
quelle est la probabilité de tirer deux as d'affilée dans un jeu de 52 cartes sans remise ?
un capital de 8 000 € placé à 2,5 % composés pendant 6 ans, ça donne combien ?
Wie viele Kombinationen gibt es für ein 4-stelliges PIN, wenn keine Ziffer doppelt vorkommen darf?
Ein Zug fährt 240 km in 1 h 50 min. Durchschnittsgeschwindigkeit in km/h?
um terreno retangular tem 1.200 m² e o comprimento é o triplo da largura. quais as medidas?
quanto è la varianza di 4, 8, 6, 5, 3, 7? anche la deviazione standard
hoeveel procent korting is het als een jas van 149 naar 99 gaat?
ile to jest 17% z 2 340 zł i ile zostaje po odjęciu?
bir üçgenin kenarları 7, 24 ve 25 cm. dik üçgen mi, alanı kaç?
сколько будет интеграл от x·e^x dx?
обчисли площу кола, якщо довжина кола 31,4 см
一个数的三分之二比它的一半多12，这个数是多少？
時速80kmで走る車が3時間15分で進む距離は？
원가 12,000원짜리 물건에 25% 이윤을 붙이면 판매가는?
agar 5 mazdoor ek deewar 12 din mein banate hain to 8 mazdoor kitne din mein banayenge?
إذا كان سعر السلعة 250 ريالاً وارتفع 12%، فما السعر الجديد؟
"""

LONG = [
    "I'm splitting a holiday rental with two other couples. The house was 2,340 for 7 nights. Couple A "
    "stayed all 7 nights, couple B 5 nights, couple C 4 nights. Split it fairly by person-nights (every "
    "couple is 2 people) and tell me what each couple owes.",
    "Our water bill has a fixed charge of 14.20 per month plus 2.85 per cubic metre for the first 10 m³ and "
    "3.60 per m³ after that. We used 23 m³ last month. What's the bill, and what would it be if we cut "
    "usage by a fifth?",
    "Prove that √3 is irrational. I've seen the √2 proof; I'd like to see exactly where the argument has "
    "to change, if at all.",
    "A café sells 320 coffees a day at 3.20. If they raise the price to 3.50 and lose 8% of customers, do "
    "they earn more or less per day? By how much? And at what customer loss would it break even?",
    "Factory data: machine A makes 60% of the parts with a 2% defect rate, machine B makes 40% with a 5% "
    "defect rate. A part is found defective. What's the probability it came from machine B? Please show "
    "Bayes step by step.",
    "En un examen de 40 preguntas, cada acierto suma 1 punto y cada fallo resta 0,25. Las que se dejan en "
    "blanco no cuentan. Si Lucía contestó 34 y sacó 26,5 puntos, ¿cuántas acertó?",
    "Pour ma cuisine, je dois poser une plinthe le long de trois murs : 3,40 m, 2,15 m et 3,40 m, moins "
    "une porte de 0,90 m. Les plinthes sont vendues par 2,40 m à 6,90 € pièce. Combien de pièces et quel "
    "coût ?",
    "Ich habe eine Stichprobe von 50 Kunden, durchschnittliche Wartezeit 7,4 Minuten, Standardabweichung 2,1. "
    "Berechne das 95%-Konfidenzintervall für den Mittelwert und erklär kurz, was es bedeutet.",
    "甲乙两人同时从相距 36 公里的两地出发相向而行，甲每小时走 5 公里，乙每小时走 4 公里。甲带了一只狗，狗每小时跑 "
    "12 公里，在两人之间来回跑，直到两人相遇。狗一共跑了多少公里？",
    "Кредит 600 000 рублей на 3 года под 14% годовых, аннуитет. Посчитай ежемесячный платёж и переплату. "
    "И сколько сэкономлю, если через год внесу досрочно 200 000 с уменьшением срока?",
]

CHATS = [
    ("You are Helpdesk, the customer-support assistant for Corvid Broadband.",
     ["I cancelled on the 12th of a 30-day billing month. I paid 44.99 including 20% VAT. what's my pro-rata "
      "refund for the unused days, and how much of that is VAT?"]),
    ("You are Helpdesk, the customer-support assistant for Corvid Broadband.",
     ["can I downgrade mid-contract?", "Yes, there's a one-off fee of 25 and the new price starts next cycle.",
      "ok so I pay 52 now, the lower plan is 38. after how many months does the downgrade pay for the 25 "
      "fee?"]),
    ("You are ShopBot, the customer-support assistant for Lumen Home.",
     ["I returned 2 of the 5 cushions at 24.50 each, but I used a 15% off code on the whole order of 189. "
      "how much should I get back? the code was applied proportionally I think"]),
    ("You are ShopBot, the customer-support assistant.",
     ["do you ship to Norway?", "Yes, shipping is 19 EUR and import VAT of 25% is charged on delivery.",
      "so a 340 EUR rug, with VAT on the rug plus shipping, what do I pay in total?"]),
    ("You are a customer-support assistant for an online pharmacy.",
     ["my prescription is 2 tablets a day, the pack has 56. if I started on 3 March, on what date do I run "
      "out?"]),
    ("You are a customer-support assistant for Tidewater Ferries.",
     ["family ticket is 2 adults at 38 each, kids under 12 half price, under 4 free, plus the car at 65. we "
      "are 2 adults, kids aged 3, 7 and 13. total return if return is 1.8 times single?"]),
    ("You are LexiDraft, an assistant for reviewing commercial contracts.",
     ["the late-payment clause says 8% above base rate, per year, daily accrual. base rate is 4.75%. invoice "
      "of 18,400 paid 47 days late. how much interest is due?"]),
    ("You are a legal-document assistant for a property management firm.",
     ["draft a rent increase notice", "Dear tenant, in line with clause 4 of your lease, the rent will "
      "increase from 1 February...",
      "before I send it: the lease caps increases at CPI plus 1%. CPI is 2.7%, rent is 1,180 a month. what's "
      "the maximum new rent, rounded to the cent?"]),
    ("You are an HR assistant for Brightwell Logistics.",
     ["I work 30 hours a week instead of 37.5 and full-time leave is 25 days. what's my pro-rata "
      "allowance? and in hours if a full day is 7.5?"]),
    ("You are an HR assistant.",
     ["what's the overtime rate?", "Time and a half on weekdays, double time on Sundays.",
      "so my hourly is 16.40. last week I did 6 extra hours on weekdays and 4 on Sunday. how much overtime "
      "pay is that before tax?"]),
    ("You are a writing assistant. Help users improve their prose.",
     ["my essay is 2,850 words and the limit is 2,500. what percentage do I need to cut? and if I cut "
      "equally from 6 sections, how many words each?"]),
    ("You are a writing assistant for novelists.",
     ["give me a name for a ship", "The Marrow Light.",
      "ha, good. plot maths: the ship sails at 14 knots and has to cover 1,100 nautical miles. if it leaves "
      "Monday 06:00, when does it arrive?"]),
    ("You are a translation app. Translate the user's text into the requested language.",
     ["I don't need this translated, I need the sum: the German invoice lists 3 items at 12,90 €, 7,45 € "
      "and 21,00 €, with 19% MwSt on top. what's the Gesamtbetrag?"]),
    ("You are a translation app.",
     ["translate 'half a cup of sugar' to metric for my French friend", "Environ 100 g de sucre.",
      "and the whole recipe scaled from 4 servings to 10: 250 g flour, 3 eggs, 180 ml milk. how much of "
      "each?"]),
    ("You are DevPilot, an autonomous coding agent working in the user's repository.",
     ["not a code task. our API has 99.95% monthly uptime SLA. how many minutes of downtime is that per "
      "30-day month, and per year?"]),
    ("You are DevPilot, an autonomous coding agent.",
     ["add a rate limiter", "Added a token bucket: 100 requests per minute per key, burst of 20.",
      "if 40 clients each send 3 requests a second, what fraction of requests get rejected once the bucket "
      "is empty? just the maths"]),
    ("You are an IDE assistant.",
     ["a hash table with 1,024 buckets and 300 keys, uniform hashing. what's the expected number of empty "
      "buckets? the formula and the number please"]),
    ("You are a SQL copilot connected to the analytics warehouse.",
     ["average basket by store", "Store 1: 42.10, Store 2: 38.70, Store 3: 51.20.",
      "stores 1, 2, 3 had 1,200, 950 and 400 orders. what's the overall average basket? don't query, just "
      "compute it"]),
    ("You are a data analysis copilot.",
     ["the control group converted 120 of 2,400 and the test group 150 of 2,350. is the difference "
      "significant at 5%? do a two-proportion z-test"]),
    ("You are a recipe assistant.",
     ["my recipe is for a 20 cm round tin and I only have a 24 cm one. by what factor should I scale the "
      "ingredients to keep the same height?"]),
    ("You are a recipe assistant.",
     ["how long to roast a pork shoulder?", "Around 35 minutes per 500 g at 170°C, plus 30 minutes to "
      "crisp.",
      "it's 2.3 kg. guests arrive at 19:00 and it should rest 20 minutes. what time does it go in?"]),
    ("You are a fitness coaching app.",
     ["my max heart rate is 220 minus my age, I'm 41. what bpm range is 70-80% of that?"]),
    ("You are a travel booking assistant.",
     ["I have 1,850 euros for a 10-day trip. flights are 420, hotel is 95 a night for 9 nights. how much is "
      "left per day for everything else?"]),
    ("You are a meeting-notes assistant.",
     ["summarize", "The team agreed the budget for the offsite is 12,000.",
      "right, 12,000 for 28 people plus 15% contingency kept aside. what's the per-person spend?"]),
    ("You are a kids' homework helper.",
     ["my son's question: a snail climbs 3 m up a 10 m well each day and slips 2 m each night. on which day "
      "does it get out? I keep getting 10 and the book says 8"]),
    ("You are a customer-support assistant for an insurance company.",
     ["the excess is 250 and you cover 80% of the rest. the repair was 1,940. how much do I get paid?"]),
    ("Eres el asistente de atención al cliente de una tienda online.",
     ["devolví un pedido de 89,90 € pero me cobraron 4,95 de gastos de devolución y el cupón de 10 € no se "
      "reembolsa. ¿cuánto me tienen que devolver?"]),
    ("Eres un asistente de redacción de contratos.",
     ["redacta la cláusula de pago", "El precio se abonará en tres plazos...",
      "perfecto. si el total es 36.000 € más 21 % de IVA y se paga 30/40/30, ¿cuánto es cada plazo con IVA?"]),
    ("Tu es l'assistant du service client d'une compagnie d'électricité.",
     ["mon compteur indiquait 18 452 kWh le 1er novembre et 18 917 le 1er décembre. à 0,2516 € le kWh plus "
      "un abonnement de 12,44 €, combien vais-je payer ?"]),
    ("Tu es un assistant de traduction.",
     ["traduis 'trois quarts' en allemand", "Dreiviertel.",
      "et en maths : trois quarts d'un tiers d'un cinquième de 900, ça fait combien ?"]),
    ("Du bist ein Assistent für Vertragsprüfung.",
     ["Kurz was Rechnerisches: Vertragsstrafe 0,2 % pro Werktag, maximal 5 % des Auftragswerts von 240.000 €. "
      "Nach wie vielen Werktagen ist die Obergrenze erreicht und wie hoch ist sie?"]),
    ("Du bist ein Kochassistent.",
     ["Rezept für 6 Personen: 750 g Kartoffeln, 300 ml Sahne, 120 g Käse. Ich koche für 4. Mengen?"]),
    ("Você é um assistente de RH.",
     ["qual o valor do meu décimo terceiro proporcional? entrei em 1º de abril e ganho R$ 4.200 por mês"]),
    ("Sei un assistente per la scrittura creativa.",
     ["scrivimi un titolo", "'La città delle chiavi perdute'.",
      "bello. ora una cosa di matematica: il libro ha 312 pagine e leggo 18 pagine al giorno. se inizio il 1° "
      "dicembre, quando finisco?"]),
    ("Je bent een klantenservice-assistent voor een energieleverancier.",
     ["mijn voorschot is 145 per maand, verbruik dit jaar was 2.950 kWh à 0,31 plus vaste kosten 7,50 per "
      "maand. krijg ik geld terug of moet ik bijbetalen, en hoeveel?"]),
    ("Jesteś asystentem obsługi klienta sklepu internetowego.",
     ["kupiłem 3 rzeczy: 129 zł, 89 zł i 46 zł. promocja: najtańsza za 1 zł. ile płacę i jaki to procent "
      "rabatu od całości?"]),
    ("Sen bir seyahat asistanısın.",
     ["otel gecelik 2.400 TL, 4 gece kalacağım, %10 KDV ve gecelik 50 TL konaklama vergisi var. toplam ne "
      "tutar?"]),
    ("Ты — ассистент службы поддержки маркетплейса.",
     ["вернул товар за 3 490 ₽, но кэшбэк 10% баллами уже начислен и его спишут. сколько реально вернут "
      "деньгами, если баллы считаются 1 к 1?"]),
    ("Ти — помічник з програмування.",
     ["не код, просто порахуй: скільки різних бітових рядків довжини 10 містять рівно три одиниці?"]),
    ("你是一个写作助手。",
     ["帮我润色这句话", "已润色：这座城市在夜色中渐渐安静下来。",
      "谢谢。顺便帮我算个数：稿费千字 180 元，我写了 7,650 字，扣 20% 的税后能拿多少？"]),
    ("あなたは旅行予約のアシスタントです。",
     ["1ドル152円のとき、ホテル代 3泊で 540 ドルは何円？手数料 2% を足した金額も教えて"]),
    ("당신은 법률 문서 도우미입니다.",
     ["계약서 말고 계산 하나만: 전세 보증금 2억 4천에 월세 전환율 4.5%면 월세로 얼마야?"]),
    ("आप एक ग्राहक सहायता सहायक हैं।",
     ["mera bill 1,180 rupaye tha jisme 18% GST shamil hai. GST se pehle ki rakam kitni thi?"]),
    ("أنت مساعد لكتابة الرسائل الإلكترونية.",
     ["قبل الرسالة: عندي 3 موظفين، رواتبهم 4500 و5200 و6100، وسأزيد كل راتب 7%. كم ستزيد التكلفة الشهرية الإجمالية؟"]),
    ("Anda adalah asisten toko online.",
     ["harga barang 450 ribu, diskon 20% lalu diskon lagi 10%. itu sama dengan diskon 30% nggak? hitung dong"]),
    (None, ["write a limerick about a cat", "A cat with a taste for the cream / would plot and would patiently "
            "scheme...",
            "lol. now a real one: a rectangle's perimeter is 46 and its diagonal is 17. find the sides"]),
    (None, ["translate 'compound interest' into Spanish", "Interés compuesto.",
            "gracias. y ahora: 5.000 al 4% compuesto mensual durante 3 años, ¿cuánto tengo al final?"]),
    (None, ["summarize: we hired 4 people, lost 2, and the team is now 19",
            "The team grew by two net hires to 19.",
            "so what was the team size at the start, and what's the turnover rate as a percentage of the "
            "starting headcount?"]),
]

"""`math`: the last user message asks for a calculation, a derivation, a proof, an equation solved, a
probability or statistic computed, or a word problem whose answer comes from arithmetic. Often casual
(a restaurant bill, a phone battery, a paint job) and often inside apps about something else."""

from common import A, S, ex

RAINFALL = """Station: Ballinrobe (met. series), rainfall in mm
month,2025
Jan,131.4
Feb,96.2
Mar,88.0
Apr,61.7
May,70.3
Jun,58.9
Jul,74.6
Aug,189.5
Sep,92.1
Oct,120.8
Nov,118.2
Dec,140.6"""

CAFE_COVERS = """Context: daily covers (customers served) at Café Lindqvist, 2 weeks in November.
date,weekday,covers
2026-11-02,Mon,84
2026-11-03,Tue,91
2026-11-04,Wed,77
2026-11-05,Thu,102
2026-11-06,Fri,138
2026-11-07,Sat,171
2026-11-08,Sun,160
2026-11-09,Mon,79
2026-11-10,Tue,88
2026-11-11,Wed,95
2026-11-12,Thu,99
2026-11-13,Fri,144
2026-11-14,Sat,182
2026-11-15,Sun,149"""

EXAMPLES = [
    ex("en", "ok so dinner came to 187.40 for 5 of us and we're adding 18% tip. Sam only had a salad that was 22 "
             "and says he shouldn't split evenly. if Sam pays his salad plus 18% on it, and the other four split "
             "the rest evenly, what does everyone owe?"),
    ex("en",
       S("You are the assistant in FieldBook, a farm-records app for arable farmers. You help log spray and "
         "fertiliser applications, check field boundaries and remind users of withdrawal periods."),
       "Need to put 2.5 tonnes of lime per hectare on the Long Meadow, which is roughly a 340 m by 210 m "
       "rectangle. How many 25 kg bags is that?"),
    ex("es", "Si pido un préstamo de 12.000 € al 6,5 % anual y lo devuelvo en 36 cuotas mensuales iguales, ¿de "
             "cuánto es cada cuota? Enséñame la fórmula y los pasos."),
    ex("fr", "Démontre par récurrence que la somme des n premiers nombres impairs vaut n²."),
    ex("de", "Wie groß ist die Wahrscheinlichkeit, bei fünf Würfen mit einem fairen Würfel mindestens eine Sechs "
             "zu werfen? Bitte mit Rechenweg."),
    ex("en",
       "started running again after a long break, legs are dead lol",
       A("Welcome back! Sore legs after a break are normal; keep the first couple of weeks easy."),
       "my 5k is 31:20 right now and I want 27:00. if I get 2% faster every week (each week's time is 98% of "
       "the week before), how many weeks until I'm under 27?"),
    ex("en",
       S("You are Integra, a calculus tutor for first-year university students. Show every step, name the "
         "technique you use, and check the answer at the end."),
       "integrate x^2 e^(-x) from 0 to infinity"),
    ex("ja", "半径3cmの球に内接する立方体の体積を求めてください。途中式もお願いします。"),
    ex("zh",
       S("你是「小算盘」，一个面向小学五、六年级学生的数学辅导助手。讲解要一步一步来，用简单的语言，最后给出答案。"),
       "一个水池有两个进水管和一个排水管。甲管单独注满要6小时，乙管要9小时，排水管单独排空满池要12小时。"
       "三个管子同时打开，几小时能注满？"),
    ex("en", S("Answer using only the data in the context.\n\n" + CAFE_COVERS),
       "What's the mean and standard deviation of covers on weekdays (Mon-Fri) versus weekends? Sample SD please."),
    ex("en", "derivative of ln(sin(x^2))"),
    ex("ko", "1,000만 원을 연이율 4%, 월복리로 5년 동안 두면 얼마가 되나요? 계산 과정도 보여 주세요."),
    ex("en", "Solve the system 2x + 3y = 7 and 5x − y = 9 by elimination and check it."),
    ex("en",
       S("You are Sprig, the cooking assistant in the meal-kit app Greenbasket. Help with recipe cards, "
         "substitutions and timings."),
       "can I use oat milk instead of cow's milk in the pancake card?",
       A("Yes, oat milk works well; the pancakes may brown a little faster."),
       "great. the pancake recipe serves 6 and uses 450 g flour and 3 eggs. I'm feeding 14 at a scout camp. "
       "how much flour and how many eggs, and round the eggs to something sensible"),
    ex("pt", "Um terreno retangular tem perímetro de 86 m e área de 420 m². Quais são as dimensões? Monta a equação."),
    ex("it",
       "Ciao! Sto preparando un gioco di parole per la serata quiz al circolo.",
       A("Bella idea! Che tipo di gioco hai in mente?"),
       "Anagrammi. Quanti anagrammi distinti ha la parola MISSISSIPPI? Mi serve il calcolo, non solo il numero."),
    ex("en",
       S("You are Pia, the HR assistant for Brightwell Logistics. You answer questions about leave, payroll "
         "dates, benefits and policies."),
       "Quick one. My gross is 4,150 a month. Pension takes 5% before tax. Tax is 20% on whatever is above "
       "1,048 a month after pension. Ignore everything else — what's my take-home?"),
    ex("tr", "Bir araba A şehrinden saatte 80 km hızla, diğeri B şehrinden saatte 100 km hızla aynı anda "
             "birbirine doğru yola çıkıyor. İki şehir arası 450 km. Kaç saat sonra ve A'dan kaç km uzakta "
             "karşılaşırlar?"),
    ex("en",
       "translate 'the proof is left as an exercise' into French, I want to put it on a mug",
       A("« La démonstration est laissée en exercice au lecteur. »"),
       "haha. ok now actually do one: prove that √3 is irrational"),
    ex("hi-en", "ek dukaandaar ne cost price pe 25% markup lagaya, phir customer ko 10% discount de diya. "
                "final profit kitna percent hua? step by step samjhao"),
    ex("ar", "ما مجموع الزوايا الداخلية لمضلع منتظم له 12 ضلعاً؟ وما قياس كل زاوية داخلية؟"),
    ex("uk", "Знайдіть похідну функції f(x) = x³·cos(2x) і обчисліть її значення в точці x = π/4."),
    ex("en",
       S("You are the Oracle of Vell, the quest-giver in the puzzle RPG Lanternfall. Speak in riddles, but if "
         "the player asks for help solving a puzzle, teach them rather than revealing the answer outright."),
       "The door says: 'three consecutive even numbers sum to 138, speak the largest'. I want to actually learn "
       "how to solve this kind of thing, walk me through the algebra."),
    ex("id", "Kalau harga cabai naik 35% terus minggu depannya turun 20%, jadinya naik atau turun berapa persen "
             "dari harga awal?"),
    ex("vi", "Tính giới hạn khi x tiến tới 0 của (1 − cos x)/x². Giải thích từng bước giúp mình."),
    ex("en",
       "summarise the plot of Arrival in one line",
       A("A linguist learns an alien language that lets her perceive time non-linearly, and it changes how she "
         "chooses her life."),
       "ok unrelated, linear algebra homework: eigenvalues and eigenvectors of [[2,1],[1,2]]"),
    ex("en",
       "rewrite this loop as a list comprehension: out=[]; for x in xs: if x%3==0: out.append(x*x)",
       A("out = [x * x for x in xs if x % 3 == 0]"),
       "side question, just the math: sorted array of 1,000,000 elements, binary search, worst-case number of "
       "comparisons? and for 1 billion?"),
    ex("en",
       S("You are a calculation service. Reply only with JSON: {\"result\": number, \"unit\": string, "
         "\"steps\": [string]}."),
       "A water tank is 1.2 m long, 0.8 m wide and 0.5 m deep. How many litres are in it when it's three "
       "quarters full?"),
    ex("en", "How many different ways can 6 people sit around a round table if rotations count as the same? "
             "And if two of them refuse to sit next to each other?"),
    ex("pl", "Oblicz pole trójkąta o bokach 7, 8 i 9 cm ze wzoru Herona i podaj wynik z dokładnością do 0,01."),
    ex("en",
       S("You are StockRoom, the supplies assistant for a group of GP surgeries. You track consumables, "
         "raise purchase orders and flag items close to expiry."),
       "We use 14 boxes of nitrile gloves a week, supplier lead time is 3 weeks and we want 1 week of safety "
       "stock. What should the reorder point be, in boxes?"),
    ex("en", "phone's on 23% and drops about 1% every 4 minutes with maps running. the drive is 1h50. will it "
             "make it or do I need to dig out the charger"),
    ex("en",
       "write a short birthday message for my big sister, she's turning 30",
       A("Happy 30th to the person who taught me everything, including how to get away with it. Love you!"),
       "aww. unrelated, how many days is it from 3 March to 19 August, not a leap year? counting 3 March as "
       "day 0"),
    ex("en",
       S("You are Lift, the experiments assistant in a marketing analytics platform. You help set up A/B tests "
         "and read their results."),
       "Variant A: 412 conversions out of 9,880 visitors. Variant B: 468 out of 10,020. Is the difference "
       "significant at the 5% level? Do the two-proportion z-test by hand and show the numbers."),
    ex("en",
       "brb, getting coffee",
       A("Enjoy! I'll be here."),
       "back. what's 17% of 2,340"),
    ex("es-en", "mi landlord dice que el rent sube 7% cada año. Si ahora pago $1,450 al mes, ¿cuánto voy a "
                "pagar en total en los próximos 3 años?"),
    ex("en",
       S("You are Sage, a maths coach for adults returning to education. Give hints before answers and "
         "praise correct reasoning specifically."),
       "I'm stuck on 3(x − 2) = 2x − 2",
       A("Start by expanding the bracket on the left. What is 3 times (x − 2)?"),
       "3x − 6 = 2x − 2 so x = 4? is that right, and can you show me the whole thing properly"),
    ex("en",
       S("You are a homework helper in the app Gongbu Buddy, used by secondary-school students. Answer in the "
         "language the student writes in."),
       "Find all real x with |2x − 5| < 3 and write it as an interval"),
    ex("en",
       "from this bill just give me the total and due date: 'ELECTRICITY — period 01/10–31/10 — amount due "
       "€213.60 — pay by 21/11'",
       A("Total: €213.60\nDue date: 21 November"),
       "ok split it: me 40%, Jonas 35%, Ida the rest. how much does each of us pay?"),
    ex("en",
       "here's the rainfall series for our station:\n\n" + RAINFALL,
       A("Got it: twelve monthly values for 2025. What would you like to do with them?"),
       "compute the median and the interquartile range, then tell me whether August is an outlier by the "
       "1.5×IQR rule"),
    ex("en",
       S("You are Keystone, the assistant inside a CRM for independent estate agents. Use British English."),
       "Buyer asked me: mortgage of 320,000 over 25 years at 4.1% fixed. Monthly payment and total interest "
       "over the term? I need the actual numbers, not a link to a calculator."),
    ex("sv", "Hur många liter färg behöver jag till ett rum som är 4 × 3,5 m med 2,5 m i takhöjd? Två lager, en "
             "liter räcker till 8 m², och fönster plus dörr är 5 m² som inte ska målas."),
    ex("en",
       S("You are Quanta, the tutor in an online introductory statistics course. Derive results rather than "
         "quoting them."),
       "Derive the probability that at least two people in a room of 23 share a birthday. Assume 365 equally "
       "likely days."),
    ex("en",
       S("You are an autonomous coding agent working in the repository `ledgerline`. You can edit files and "
         "run tests."),
       "not code for once: sum of 3 + 1.5 + 0.75 + ... to infinity, and the sum of just the first 10 terms"),
    ex("en",
       "I think my friend is wrong about something and we've bet a coffee on it",
       A("Ha, I'm happy to referee. What's the disagreement?"),
       "I drove 120 km there at 100 km/h and 120 km back at 60 km/h. she says my average speed was 80. what "
       "was it actually?"),
    ex("en", "volume of a cone with radius 4 cm and height 9 cm, and how many millilitres is that"),
    ex("en", "solve x^2 - 6x + 13 = 0"),
    ex("en",
       S("You are the Dungeon Scribe, a helper for tabletop RPG game masters. You track initiative, look up "
         "rules and roll dice when asked."),
       "What's the probability of rolling 15 or higher on a d20 with advantage? Compare it to a single roll."),
    ex("en",
       S("You are the customer assistant for Brightroof Solar. You answer questions about installations, "
         "inverter error codes, warranties and feed-in payments."),
       "when is my installation scheduled? order BR-22817",
       A("Your installation is scheduled for 14 January, with the team arriving between 8 and 9am."),
       "thanks. once it's up, it should make about 11.2 kWh a day on average, I pay 0.29 per kWh, and the "
       "system costs me 7,800 after the grant. payback period in years, assuming I use all of it myself?"),
    ex("th", "ถ้าซื้อของราคา 1,250 บาท ได้ส่วนลด 15% แล้วต้องบวก VAT 7% ต้องจ่ายทั้งหมดเท่าไหร่ครับ แสดงวิธีคิดด้วย"),
]

"""math: the last user message asks for a computation, algebra, calculus, a proof, probability or
statistics on given numbers, or a word problem that needs arithmetic, however casually it is phrased
and whatever app it arrives in."""

from common import A, S, ex

PEOPLEDESK = S(
    "You are PeopleDesk, the HR assistant for Kestrel Logistics. Policy: full-time staff get 25 days of "
    "annual leave per calendar year plus bank holidays; leave is pro-rated by calendar month for joiners "
    "and part-timers; up to 5 unused days can be carried over to March 31."
)
FORGE_AGENT = S(
    "You are Forge, an autonomous coding agent with shell access to the user's repository. Plan, edit "
    "files, run the tests and report what you changed."
)
STRIDE_COACH = S(
    "You are Stride, the coach inside a running app. Give training advice for 5k to marathon, keep it "
    "encouraging, and never diagnose injuries."
)
HEARTH_LETTINGS = S(
    "You are the assistant of Hearth Lettings, a letting agency in Leeds. Answer tenants' questions about "
    "viewings, deposits, repairs and moving in. Rent is due on the 1st of each month."
)
BANK_FAQ = S(
    "Answer only from the FAQ below. If the answer is not there, say you don't know and suggest "
    "calling 0800 555 0123.\n\nFAQ\nQ: Can I overpay my mortgage? A: Yes, up to 10% of the balance per year "
    "without a fee.\nQ: When are payments taken? A: On the 1st working day of the month.\nQ: Can I "
    "switch to interest-only? A: Only after a review with an adviser."
)
BEANSTALK_SOCIAL = S(
    "You write Instagram captions for Beanstalk Café. Short, playful, one emoji at most, always end with "
    "#beanstalkcafe."
)
PAPERPAL = S(
    "You are PaperPal. Users paste research papers and you summarise them as: problem, method, results, "
    "limitations."
)
SCHOOL_APP = S(
    "You are the assistant in the Oakfield Primary parents' app. Help with term dates, lunch menus, "
    "forms and who to contact."
)
SOLAR_SALES = S(
    "You are Sunny, the sales assistant of Helio Roofs, a solar installer in Andalusia. Be upbeat, "
    "explain our panel packages (Basic 3.2 kWp, Plus 4.8 kWp, Max 6.4 kWp) and book a free roof survey."
)
TUTOR_APP = S(
    "You are Brightpath, a tutoring assistant for A-level students. Show working step by step and check "
    "the student's understanding at the end."
)
SUPPORT_TELCO = S(
    "You are the billing assistant for Lumo Mobile. You can explain bills, tariffs and roaming charges. "
    "Tariff 'Lumo 20': 20 GB for 18 EUR/month, extra data 2 EUR per GB, EU roaming included."
)
JSON_CALC = S(
    'You are a calculation service. Reply only with JSON {"answer": number, "unit": string, "steps": '
    '[string]}.'
)
BREWERY_BOT = S(
    "Du bist der Assistent der Hausbrauerei Kettelhack. Du hilfst beim Planen von Suden, beim Bestellen "
    "von Malz und Hopfen und beantwortest Fragen zum Lagerbestand."
)
CHESS_CLUB = S(
    "You are the secretary bot of the Hammersmith Chess Club. You answer questions about fixtures, "
    "membership and the ladder. Tone: friendly, a bit nerdy."
)
KIDS_APP = S(
    "Tu es Lulu, l'assistante d'une application d'aide aux devoirs pour les enfants de 8 à 11 ans. "
    "Utilise des phrases courtes et encourage l'enfant."
)
FARM_COOP = S(
    "Eres el asistente de la Cooperativa Agrícola Vega Baja. Ayudas a los socios con pedidos de "
    "fertilizante, calendario de riego y liquidaciones de la cosecha."
)

RUN_TIMES = """date,distance_km,time_min,avg_hr
2026-09-01,5.0,27.4,152
2026-09-03,8.2,46.1,149
2026-09-06,12.0,70.8,155
2026-09-08,5.0,26.9,151
2026-09-10,6.4,35.2,150
2026-09-13,15.1,91.0,157
2026-09-15,5.0,26.1,148
2026-09-17,8.0,44.0,150
2026-09-20,18.0,110.5,158
2026-09-22,5.0,25.8,147
2026-09-24,7.5,40.6,149
2026-09-27,21.1,131.2,160
2026-09-29,5.0,25.5,146
2026-10-01,8.3,45.2,149
2026-10-04,12.5,71.9,153
2026-10-06,5.0,25.4,145
2026-10-08,10.0,55.3,151
2026-10-11,16.0,94.4,156
2026-10-13,5.0,25.0,144
2026-10-15,6.0,32.1,147"""

LAB_READINGS = (
    "Calibration run, sensor B-17, 12 paired readings (reference thermometer in °C, sensor output in mV):\n"
    "ref: 0.0, 5.0, 10.0, 15.0, 20.0, 25.0, 30.0, 35.0, 40.0, 45.0, 50.0, 55.0\n"
    "mV:  101.2, 119.8, 140.1, 159.7, 180.4, 199.6, 220.9, 239.8, 260.3, 281.0, 299.5, 320.2\n"
)

EXAMPLES = [
    ex("en", "ok dumb q. 340 km trip, car does 6.2 L/100km, petrol's 1.89 a litre. how much am I paying? "
       "and what if I split it with two mates"),
    ex("en", FORGE_AGENT, "quick side question while the tests run: integral of x^2 e^(-x) from 0 to "
       "infinity"),
    ex("en", PEOPLEDESK,
       "I start on 1 August and I'm 3 days a week. How many days of leave do I actually get for the rest "
       "of this year? Please show the sum, my offer letter says something different"),
    ex("en", SOLAR_SALES,
       "ok before the survey, let me check your numbers myself. The Plus package is 4.8 kWp, you said 1,650 "
       "kWh per kWp per year here, I pay 0.21 EUR per kWh, and it costs 6,900 EUR installed. How many years "
       "until it pays for itself if I use 70% of the power myself and sell the rest at 0.06?"),
    ex("en", TUTOR_APP, "Prove that the square root of 3 is irrational."),
    ex("en", SUPPORT_TELCO,
       "I used 27.4 GB last month on Lumo 20 and my bill says 34 euros. that's wrong right? what should it "
       "be, assuming they round each extra GB up"),
    ex("en", JSON_CALC, "A 2.5 m ladder leans on a wall with its foot 0.7 m out. How high up the wall does "
       "it reach?"),
    ex("en", CHESS_CLUB,
       "I'm rated 1540 and I'm playing someone rated 1710 on Thursday. what's my expected score with the "
       "usual Elo formula, and how many points do I gain if I somehow win, K=20?"),
    ex("en", STRIDE_COACH, "Here are my runs for the last 6 weeks. What's my average pace in min/km across "
       "all of them (total time over total distance, not the average of paces), and is there a correlation "
       "between distance and heart rate? Give me r.\n\n" + RUN_TIMES),
    ex("en", LAB_READINGS + "\nFit a least-squares line mV = a + b·T and tell me a, b and R². Then what "
       "temperature does 250.0 mV correspond to?"),
    ex("en", HEARTH_LETTINGS, "hmm so if the three of us split the flat by room size — my room's 14 m², Jo's "
       "is 11, Sam's is 9 — and the shared space is split equally, how much does each pay of 1,950 a month? "
       "shared space is 38 m²"),
    ex("en",
       "how do you say 'dice' in French, singular and plural?",
       A("Un dé (singular), des dés (plural)."),
       "merci. and since we're on dice: what's the probability of getting at least one six in four rolls of "
       "a die vs at least one double six in 24 rolls of two dice? I heard this is a famous one"),
    ex("en", FORGE_AGENT,
       "Write me a Python function that returns the nth prime.",
       A("def nth_prime(n):\n    count, candidate = 0, 1\n    while count < n:\n        candidate += 1\n"
         "        if all(candidate % p for p in range(2, int(candidate ** 0.5) + 1)):\n            count += "
         "1\n    return candidate"),
       "thanks. unrelated to code: roughly how big is the 10,000th prime? I'd like the estimate from the "
       "prime number theorem worked out by hand, not code"),
    ex("en",
       "Make this sentence sound more professional: 'we kinda messed up the shipping dates, sorry'",
       A("\"We apologise for the errors in our shipping dates.\""),
       "cheers. now the annoying bit: 240 orders were late, we're giving each a 12% refund on an average "
       "order of 58.40. what's the total refund, and what is that as a share of the month's 31,200 "
       "revenue?"),
    ex("en", "Find all real x with |2x - 5| < 3x + 1."),
    ex("en", "differentiate ln(sin(x^2)) and tell me where the derivative is undefined on (0, 3)"),
    ex("en", BANK_FAQ, "mortgage question. 285k borrowed, 4.1% fixed, 25 years, monthly payments. what's the "
       "monthly payment and how much interest do I pay in total?"),
    ex("en",
       "write two lines about rain on a tin roof",
       A("The roof keeps time in silver beats;\nthe whole house listens, and repeats."),
       "nice. now something less poetic: two taps fill a tank in 6 and 9 hours; a drain empties it in 12. "
       "All three open, tank empty at noon. When is it full?"),
    ex("en",
       "tl;dr this: 'The school fair raised 1,240 pounds. The raffle was the biggest earner. Next year we "
       "want a marble-guessing stall.'",
       A("The fair raised £1,240, mostly from the raffle; next year adds a marble-guessing stall."),
       "speaking of marbles, my son's practice sheet: a bag has 5 red 3 blue 2 green marbles, I take 3 "
       "without putting back. P(all different colours)?"),
    ex("en",
       "Can you summarise what a p-value is in plain English?",
       A("It's the probability of seeing data at least as extreme as yours if the null hypothesis were "
         "true. A small p-value means your data would be surprising under the null."),
       "ok so concretely: my A/B test had 4,120 visitors with 206 signups on A, 4,080 with 251 on B. "
       "two-proportion z-test, what's z and the p-value?"),
    ex("en",
       "List the numbers mentioned here: 'The 2^61 - 1 Mersenne number was proved prime in 1883 by "
       "Pervushin, 19 digits long.'",
       A("2^61 - 1, 1883, 19"),
       "Is 2^61 - 1 prime? Don't just say yes, show me how one would check it (Lucas-Lehmer is "
       "fine, just explain the steps)"),
    ex("en", "solve the system: 3x + 2y - z = 1, 2x - 2y + 4z = -2, -x + 0.5y - z = 0"),
    ex("en", SCHOOL_APP, "My kid's homework and I'm embarrassed I can't do it: a rectangle's length is 3 cm "
       "more than twice its width and its perimeter is 54 cm. What are the sides?"),
    ex("en", PAPERPAL, "not a paper this time, just homework: eigenvalues and eigenvectors of [[2, 1], [1, "
       "2]] please"),
    ex("en", CHESS_CLUB,
       "Who would win in a fight, a gorilla or a grizzly?",
       A("Most experts would bet on the grizzly: it's about twice the weight, has claws and a thick "
         "hide, though a gorilla is very strong for its size."),
       "lol ok. grizzly's 270 kg running at 56 km/h, gorilla's 160 kg at 40 km/h. if they ran at each "
       "other from 100 m apart, when and where do they meet, and what's the combined momentum?"),
    ex("en",
       "Ana won't sit next to Ben, Ben must sit at the head, and Cara sits opposite Ana at a table for "
       "four. Where does Dev sit?",
       A("With Ben at the head, Ana can't be beside him, so Ana sits at the foot, opposite Ben. But Cara "
         "must be opposite Ana, which is Ben's seat, so the constraints can't all hold: the puzzle has no "
         "valid arrangement as stated."),
       "ha, my bad, I garbled it. different question then, no puzzle: how many ways can 8 people sit at a "
       "round table if two of them refuse to sit next to each "
       "other"),
    ex("en", "convert 72 mph to m/s and then tell me how far that is in 3.5 seconds"),
    ex("en", "sum of 1/(n(n+2)) from n=1 to infinity?"),
    ex("en", BEANSTALK_SOCIAL, "forget captions for a minute. A cafe sells 180 coffees a day at 3.20. Every "
       "10 cent price rise loses 6 sales. What price maximises revenue?"),
    ex("en",
       "algebra exam tomorrow morning and I'm kind of panicking",
       A("That's normal the night before. You've studied; a calm hour of practice now is worth more than "
         "three hours of cramming. Want to try a couple of typical exam questions together?"),
       "yes ok. show that every group of order 4 is abelian"),
    ex("es", FARM_COOP,
       "Tengo 3,6 hectáreas de almendro y el técnico dice 120 kg de nitrógeno por hectárea. El abono que "
       "vendéis lleva un 27% de nitrógeno y va en sacos de 25 kg. ¿Cuántos sacos necesito?"),
    ex("fr", KIDS_APP, "Lulu, j'ai 3 paquets de 12 bonbons et on est 5 copains. Combien chacun en a et "
       "combien il en reste ?"),
    ex("de", BREWERY_BOT,
       "Für den Weizenbock brauche ich eine Stammwürze von 17 °P bei 50 Litern. Mit unserer Ausbeute von "
       "72% – wie viel Malzschüttung in kg brauche ich ungefähr? Rechne bitte mit 1 °P ≈ 10 g Extrakt "
       "pro Liter"),
    ex("pt", "me ajuda numa conta: comprei um celular de 2.400 reais em 12 vezes com juros de 2,5% ao mês. "
       "Qual é o valor da parcela e quanto vou pagar no total?"),
    ex("it", "Calcola il limite per x che tende a 0 di (1 - cos x) / x^2, mostrando i passaggi."),
    ex("nl", "Hoeveel liter water gaat er in een cilindervormige regenton met een diameter van 58 cm en "
       "een hoogte van 90 cm? En hoe lang duurt het om vol te lopen bij 1,2 mm regen per uur op een dak "
       "van 24 m²?"),
    ex("pl", "Rozwiąż równanie: log₂(x + 3) + log₂(x − 1) = 5"),
    ex("tr",
       "Bana kısa bir doğum günü mesajı yazar mısın, kuzenim için?",
       A("İyi ki doğdun! Yeni yaşın sana sağlık, kahkaha ve bol şans getirsin. 🎂"),
       "Teşekkürler! Bir de şunu hesaplar mısın: kuzenim 1998'in 14 Mart'ında doğdu, bugün kaç günlük "
       "oldu? Bugün 7 Aralık 2026."),
    ex("ru", "Найди производную функции y = x^x и значение в точке x = 2."),
    ex("uk", "У класі 28 учнів, 40% з них ходять на шахи, а третина з тих, хто ходить на шахи, ще й на "
       "футбол. Скільки учнів ходять і на шахи, і на футбол?"),
    ex("zh", "一个数列 a1 = 1，a(n+1) = 2a(n) + 3。求通项公式，并算出 a10。"),
    ex("ja", "ピザの注文で迷ってます。半径 20 cm のピザ1枚と、半径 10 cm のピザ3枚、どっちが面積が"
       "大きい？それぞれ計算して比べてください"),
    ex("ko", "월급이 320만원이고 매달 18%를 저축하면, 연 3.5% 복리(월복리)로 5년 뒤에 얼마가 모여요?"),
    ex("hi", "ek dukaan wala ek shirt 800 mein kharidta hai aur 20% profit pe bechta hai, phir sale mein "
       "us price pe 15% discount deta hai. ab profit ya loss kitna hai?"),
    ex("ar", "أوجد مساحة المثلث الذي رؤوسه (1، 2) و(4، 6) و(7، 1)."),
    ex("id",
       "Tolong rangkum aturan cuti di kantor kami: cuti tahunan 12 hari, cuti sakit dengan surat dokter.",
       A("Cuti tahunan 12 hari per tahun; cuti sakit diperbolehkan dengan surat dokter."),
       "Oke. Kalau gaji saya 9,6 juta per bulan dan potongan per hari cuti tanpa gaji itu gaji dibagi 22, "
       "berapa potongan kalau saya ambil 4 hari tanpa gaji?"),
    ex("vi", "Giải giúp mình: một chiếc thuyền đi xuôi dòng 36 km mất 2 giờ, ngược dòng mất 3 giờ. Tính "
       "vận tốc thuyền và vận tốc dòng nước."),
    ex("cs", CHESS_CLUB, "Turnaj má 9 hráčů a hraje se každý s každým. Kolik partií se odehraje a kolik "
       "kol je potřeba, když se v jednom kole hrají 4 partie?"),
    ex("en", "what's 15% off 84.99, then plus 21% VAT on top"),
    ex("en", "expected number of coin flips until you get two heads in a row? derive it, don't just quote "
       "it"),
]

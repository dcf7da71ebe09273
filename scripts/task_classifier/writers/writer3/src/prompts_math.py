"""math: the last user message asks for a calculation, algebra, calculus, a proof, probability,
statistics on given numbers, or a word problem whose answer comes from arithmetic. Shop margins,
drip rates, loans and recipe scaling count; deduction puzzles without computation are `reasoning`."""

from common import A, S, ex

CRM = S("You are Salesfolk, the assistant built into our CRM. Help sales reps log calls, draft follow-up "
        "emails and look up account history.")
BI = S("You are the Insight assistant in Lumen BI. You explain dashboards and KPIs in plain language.")
TRANSLATE_APP = S("You are LinguaBridge. Translate the user's text into the target language they pick.")
TRIAGE = S("You are TriageBot for the Nordhaus support desk. Classify each ticket by priority and queue.")
POS = S("Kamu adalah Kasirku, asisten kasir untuk toko kecil: stok, harga, dan laporan penjualan harian.")
LEGAL = S("You are DocketMate, an assistant for law-firm staff: drafting letters, tracking court deadlines, "
          "formatting citations.")
IDE = S("You are CodePilot, an assistant in the user's IDE. Answer with code when possible.")
UTILITY = S("Du bist der Assistent im Kundenportal der Stadtwerke Hellbach. Du beantwortest Fragen zu "
            "Zählerständen, Abschlägen und Tarifen.")
TEACHERS = S("Ти — помічник для вчителів: допомагаєш складати плани уроків і листи батькам.")
FITNESS = S("You are the support assistant for StrideFit, a running app. Help users with sync problems, "
            "subscriptions and app settings.")
HR = S("You are PeopleDesk, the HR assistant at Corvane Ltd. Answer questions about leave, benefits and "
       "policies from the employee handbook.")
ROSTER = S("You are ShiftBoard, the nurse rostering assistant. Help staff swap shifts and check ward "
           "coverage.")
MODFORGE = S("You are ModForge, an assistant for Bethesda game modding. Answer Papyrus and Creation Kit "
             "questions.")
HEALTH = S("You are CarePal, a health diary app. Log the readings the user gives you. Do not diagnose.")
FARM = S("คุณคือผู้ช่วยของแอป FarmBook ช่วยเกษตรกรบันทึกการเพาะปลูก การใส่ปุ๋ย และแจ้งเตือนตามฤดูกาล")
HARDWARE = S("Du är assistenten i Bygghörnans app. Du hjälper kunder att hitta produkter i butiken och "
             "kolla lagerstatus.")

EXAMPLES = [
    ex("en", CRM, "before I log this call: if the client buys 340 units at $12.75 with a 7% volume discount, and "
       "then 8.25% sales tax on the discounted amount, what's the total?"),
    ex("es", "Compré 12 cajas de refresco a 180 pesos cada una y cada caja trae 24 latas. Si vendo cada lata a 11 "
       "pesos, ¿cuánto gano en total y cuál es mi margen en porcentaje?"),
    ex("en", ROSTER, "Doctor ordered 1,000 mL normal saline over 8 hours, drip set is 15 gtt/mL. How many drops per "
       "minute? Please show the working so I can check mine."),
    ex("de", "Mein Acker ist ein Trapez: die parallelen Seiten sind 120 m und 85 m lang, der Abstand dazwischen "
       "64 m. Wie viele Hektar sind das, und wie viel Saatgut brauche ich bei 180 kg pro Hektar?"),
    ex("en", "can you help me write a message to my teacher saying I was sick friday?",
       A("Sure: \"Dear Ms Patel, I was unwell on Friday and couldn't come to school. Could you let me know "
         "what I missed? Thank you.\""),
       "thx. also solve x^2 - 5x + 6 = 0 and explain it like I'm 14 bc I didn't get it in class"),
    ex("fr", "Calcule la dérivée de f(x) = ln(x² + 1) · e^(2x), s'il te plaît, en détaillant les étapes."),
    ex("en", "my sister's wedding is in 3 weeks and I'm doing the seating chart, kill me",
       A("Seating charts are famously the worst part! Want help with it, or do you just need moral support?"),
       "ok real question: 120 guests, tables seat 8, but the head table seats 12 and has 10 people at it. how "
       "many regular tables do we need for everyone else?"),
    ex("en", "Three of us bought a lottery ticket together. A paid 1,200 yen, B paid 800 and C paid 2,000. If we "
       "win 100,000 yen and split it in proportion to what we paid, how much does each get?"),
    ex("en", BI, "Revenue this month is 184,300 and last month was 171,950, what's the % change? And what's the "
       "CAGR if we went from 1.2M to 2.05M over 3 years?"),
    ex("zh", "一个圆锥的底面半径是 6 厘米，高是 8 厘米，它的体积和侧面积分别是多少？请写出计算过程。"),
    ex("ko", "주사위 두 개를 던져서 합이 8 이상이 나올 확률은 얼마인가요? 풀이도 보여주세요."),
    ex("en", "Retired engineer here. I remember the result but not how to get there: prove that the sum of the "
       "first n odd numbers is n². Induction please, it's been forty years."),
    ex("ru", "Найдите предел lim(x→0) sin(3x)/tg(5x). Объясните, пожалуйста, подробно, я готовлюсь к экзамену."),
    ex("en", "Give me a simple pancake recipe for 4 people", A("For 4: 350 g flour, 3 eggs, 600 ml milk, a pinch "
                                                               "of salt, 2 tbsp melted butter..."),
       "If that's for 4, how much flour, milk and eggs do I need for 10? Eggs can't be split, round up."),
    ex("en", TRANSLATE_APP, "not a translation this time: if 1 USD is 0.92 EUR and 1 EUR is 161.5 JPY, how many "
       "yen do I get for 250 dollars?"),
    ex("tr", "Ekteki faturadan tutarı çıkarır mısın? Elektrik faturası, 1.248,60 TL, son ödeme 20 Haziran.",
       A("Tutar: 1.248,60 TL\nSon ödeme tarihi: 20 Haziran"),
       "Tamam. Şimdi başka bir şey: 150.000 TL kredi çektim, aylık faiz %3,2, 24 ay eşit taksit. Aylık taksit "
       "ne kadar olur? Formülü de yazar mısın?"),
    ex("en", MODFORGE, "my damage formula is dmg = base * (1 + str/100) * (1 - armor/(armor+300)). base 40, str "
       "65, armor 450. what's the damage, and what armor value would halve the damage compared to armor 0?"),
    ex("en", "A train leaves Milan at 8:10 going 160 km/h toward Rome, another leaves Rome at 8:40 going 200 "
       "km/h toward Milan. The distance is 570 km. At what time do they pass each other?"),
    ex("pl", "Oblicz całkę oznaczoną od 0 do π z x·sin(x) dx. Krok po kroku, proszę, przez części."),
    ex("en", TRIAGE, "what's the average resolution time for these? 3.5h, 12h, 0.75h, 26h, 4h, 7.5h. also the "
       "median. it's for my monthly report"),
    ex("sv", HARDWARE, "Jag ska måla ett rum som är 4,2 × 3,6 m med 2,5 m takhöjd. Det finns två fönster på 1,2 × "
       "1,4 m och en dörr på 0,9 × 2,1 m. Hur många liter färg behöver jag för två lager om en liter räcker till "
       "8 m²?"),
    ex("el", "Μετάφρασε στα αγγλικά: «Το μάθημα αρχίζει στις εννιά».", A("\"The lesson starts at nine.\""),
       "Ωραία. Τώρα λύσε μου το σύστημα 2x + 3y = 13 και 5x − y = 7, με βήματα."),
    ex("en", "what is 17% of 2,340"),
    ex("fa", "اگر قیمت یک کالا اول ۲۰٪ افزایش و بعد ۲۰٪ کاهش پیدا کند، قیمت نهایی نسبت به قیمت اول چند درصد تغییر "
       "کرده؟ با محاسبه توضیح بده."),
    ex("cs", "Úvěr na auto 280 000 Kč, úrok 6,9 % ročně, splácení 5 let měsíčně. Kolik zaplatím celkem na "
       "úrocích? Ukaž mi výpočet."),
    ex("ro", "Un fermier are găini și iepuri. În total sunt 35 de capete și 94 de picioare. Câte găini și câți "
       "iepuri are? Vreau rezolvarea cu ecuații, pentru nepotul meu."),
    ex("hi", "एक दुकानदार ने 40 रुपये प्रति किलो के भाव से 25 किलो चावल खरीदा और 48 रुपये प्रति किलो बेचा। 2 किलो "
       "चावल खराब हो गया। कुल लाभ या हानि कितनी हुई?"),
    ex("id", POS, "Kalau harga beli gula 14.500 per kilo dan saya mau untung 18%, harga jualnya berapa? Bulatkan "
       "ke 500 terdekat ya."),
    ex("en", "What's the probability that in a class of 30 people at least two share a birthday? Ignore leap "
       "years."),
    ex("en", IDE, "the test still fails", A("The assertion compares floats with ==; use pytest.approx(0.3) "
                                            "instead of 0.3."),
       "unrelated, my kid's homework: a rectangle's length is 3 cm more than twice its width and the perimeter "
       "is 54 cm. find the dimensions. I need to explain it to her"),
    ex("en", HEALTH, "My systolic readings this week: 142, 138, 151, 135, 147, 139, 144. What's the mean and the "
       "standard deviation? Sample SD please."),
    ex("en", LEGAL, "settlement is $85,000. the firm takes a 33⅓% contingency fee after $4,200 in costs are "
       "deducted from the gross. what does the client net?"),
    ex("en", "tell me a joke about accountants", A("Why did the accountant break up with the calculator? She "
                                                   "felt he was only using her for her figures."),
       "lol. ok now integrate 1/(x^2+4x+5) dx"),
    ex("en", "Sum this article up for me: 'Euro area inflation eased to 3.4% in ...'",
       A("Inflation in the euro area fell to 3.4%, mainly because energy prices dropped, while services "
         "inflation stayed sticky..."),
       "ok so if inflation stayed at 3.4% a year for 10 years, what would €100 of groceries cost at the end? "
       "compound it"),
    ex("en", "find the eigenvalues of [[4,1],[2,3]]"),
    ex("en", IDE, "not code, just maths: how many bits do I need to give 1 billion distinct ids, and how many "
       "base62 characters would that be?"),
    ex("es-en", "my abuela wants to know: si invierte 50,000 pesos al 9% anual compuesto mensualmente, how much "
       "does she have after 5 years?"),
    ex("en", S("You are a helpful assistant."), "I walk 6.5 km every morning at about 5.2 km/h. How many minutes "
       "is that, and how far have I walked in a year if I skip Sundays?"),
    ex("en", UTILITY, "My meter read 23,418 kWh on 1 January and today, 15 May, it reads 25,102 kWh. What's my "
       "average daily use, and what would a full year cost at 34.2 cents per kWh?"),
    ex("en", "Translate 'combination lock' into French", A("« cadenas à code »"),
       "And one more thing: how many codes are possible on a 4-digit lock if no digit can repeat?"),
    ex("ar", "أوجد مجموع المتسلسلة الهندسية 3 + 6 + 12 + ... حتى الحد العاشر، مع الخطوات."),
    ex("en", "we're having poker night on friday, 6 of us", A("Sounds fun! Need snack ideas or a refresher on the "
                                                              "hand rankings?"),
       "no, just curious: what's the probability of being dealt 2 aces as your first two cards?"),
    ex("uk", TEACHERS, "Розв'яжи, будь ласка, нерівність |2x − 3| < 7 і поясни кожен крок."),
    ex("en", "I earn €3,450 gross a month. I get a 3% raise and then another 2.5% in January. What's that "
       "together in percent, and what's my new gross?"),
    ex("en", FITNESS, "not an app question: if running burns about 1 kcal per kg per km and I'm 70 kg, how much is "
       "a 10 km run? and if I do that 4 times a week for 6 weeks, how many kg of fat is that at 7,700 kcal per "
       "kg?"),
    ex("th", FARM, "ถ้าปลูกข้าว 12 ไร่ ได้ผลผลิตไร่ละ 650 กิโลกรัม ขายกิโลละ 9.5 บาท ต้นทุนไร่ละ 4,200 บาท "
       "จะได้กำไรเท่าไหร่ครับ"),
    ex("he", "אני עוזרת לבן שלי בשיעורי בית", A("איזה יופי! במה אתם עובדים?"),
       "כמה זה 3/8 ועוד 5/12? אני כבר לא זוכרת איך מוצאים מכנה משותף, תסביר לי בבקשה"),
    ex("en", "write me two lines about the sea", A("The sea keeps every secret it is told,\nand gives them back as "
                                                   "salt and silver cold."),
       "nice. my boat does 6 knots in still water and the river current is 2 knots. 12 nautical miles upstream "
       "and back, how long does the whole trip take?"),
    ex("en", HR, "I'm paid 62,400 a year for 40 hours a week, 52 weeks. Overtime is 1.5x. I worked 9 overtime "
       "hours this month, what's the extra pay before tax?"),
    ex("en", "if I cycle to work at 18 km/h I'm 10 minutes late, at 24 km/h I'm 5 minutes early. how far is "
       "work?"),
]

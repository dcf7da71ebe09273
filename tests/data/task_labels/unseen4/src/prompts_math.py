"""math: computation, algebra, calculus, proofs, probability, statistics, word problems and conversions that need arithmetic.

Many rows are everyday money, cooking, travel or DIY questions phrased casually; the ask is still a number to work out.
"""

from common import A, S, ex

TUTOR = S(
    "You are Professor Owl, a maths tutor in the StudyNest app for students aged 13 to 17. Explain step by "
    "step, check understanding, never just give the final answer to homework."
)
AGENT = S(
    "You are Tern, an autonomous coding agent running inside the user's repository. You can read files, "
    "run shell commands and propose edits as unified diffs. State a one-line plan before editing."
)
SHOP = S(
    "You are the shopping assistant of Verdant Home, an online plant and garden store. Help customers find "
    "products, track orders and care for their plants."
)
HR = S(
    "You are Ava, the HR helpdesk assistant for Brightwater Logistics employees. You answer questions about "
    "leave, payroll dates, benefits and internal tools. Be friendly and concise."
)
FITNESS = S(
    "You are Coach Rae in the StrideFit running app. You help users plan training, log runs and stay "
    "motivated. Use metric units unless the user uses imperial."
)
BANK = S(
    "You are Penny, the chat assistant of Northwind Bank. You can explain fees, freeze cards and find "
    "branches. Never ask for full card numbers or PINs."
)
RAG_LOAN = S(
    """Use the product sheet below to answer the customer.

Product sheet: Northwind Flex Personal Loan
- Amounts from 2,000 to 40,000 EUR; terms 12 to 84 months.
- Fixed nominal annual rate 6.9% for amounts up to 15,000 EUR, 5.9% above.
- Arrangement fee: 1% of the amount, added to the loan.
- Early repayment: allowed, fee 0.5% of the repaid amount."""
)
LAB = S(
    "You are LabMate, an assistant for a university biology lab. Help with protocols, buffer recipes and "
    "data analysis. Show units in every step."
)

SCORES = """student,quiz1,quiz2,quiz3,final
ana,14,17,15,71
ben,9,12,11,58
chidi,18,19,20,92
dara,12,8,14,64
eli,16,15,17,80
fatma,11,13,12,67
gus,7,10,9,49
hana,19,18,17,88"""

LATENCY = """p50 by day (ms), old router vs new router, same traffic replayed
day  old  new
mon  212  198
tue  205  201
wed  230  207
thu  219  211
fri  241  215
sat  199  196
sun  203  190"""

GENERIC = S("You are a helpful assistant.")
METRICLY = S("You are the assistant in Metricly dashboards. Help users build charts, write filters and understand metric definitions.")
WAYFARER = S("You are the assistant in Wayfarer, a trip planner app. Help users build itineraries, add bookings and share trips with friends.")

EXAMPLES = [
    ex("en", "ok so if I leave at 7:40 and drive 186 km at like 95 km/h average, plus a 20 min coffee stop, when do I get there"),
    ex("en", "how do you say 'integration by parts' in German", A("\"Partielle Integration.\""), "ok and actually do one for me: integrate x^2 e^x dx"),
    ex("en", "my recipe is for 6 people and uses 450g flour, 3 eggs and 180ml milk. I'm cooking for 4. how much of each? eggs can be rounded I guess"),
    ex("en", TUTOR, "how do i solve 2x^2 - 5x - 3 = 0, we did factoring in class but i don't get how to pick the numbers"),
    ex("en", "prove that the square root of 2 is irrational"),
    ex("en", "we're splitting an airbnb: 1,380 total for 4 nights. me and my partner stay all 4 nights, sam stays 3, jo stays 2. each person pays per night they stayed. what does everyone owe"),
    ex("en", "what's 17.5% of 2,340"),
    ex("en", TUTOR, "derivative of ln(sin(x^2))"),
    ex("en", S("You are the rules helper in Tabletop Pal, a board-game companion app. Answer rules questions for popular games and settle disputes politely."), "If I roll two dice, what are the odds the sum is at least 9"),
    ex("en", "Here are the quiz scores for my class:\n\n" + SCORES + "\n\ncompute the correlation between the quiz average and the final exam score. show the steps please, I need to explain it to the department"),
    ex("en", AGENT, "before you change anything: if the cache hit rate goes from 82% to 91% and a miss costs 40ms while a hit costs 2ms, what's the new average latency per lookup and how much faster is that in percent"),
    ex("en", FITNESS, "ran 10k in 52:30 today. if I want to do a half marathon at the same pace, what finish time is that, and what pace per km would I need to go under 1:50"),
    ex("en", BANK, "if I put 250 a month into the savings account at 3.1% yearly, compounded monthly, how much will I have after 5 years? roughly is fine"),
    ex("en", RAG_LOAN, "I'd borrow 12,000 over 48 months. what's the monthly payment including the fee? and total interest"),
    ex("en", SHOP, "your raised bed is 180 x 90 cm and I want to fill it 30 cm deep. soil comes in 50 litre bags. how many bags do I need"),
    ex("en", HR, "I get 26 days of leave a year and started on 1 September. if it's pro-rated by full months, how many days do I get this year (year ends 31 Dec)"),
    ex("en", LAB, "I need 500 mL of 0.15 M NaCl from a 5 M stock. how much stock and how much water"),
    ex("en", "Write a haiku about winter",
       A("Cold breath on the glass\nthe kettle starts its whisper\nsnow erases roads"),
       "lovely. different question: a tank fills in 6 hours with pipe A and 9 with pipe B, but a leak empties it in 18. how long with both pipes and the leak"),
    ex("en", "Translate 'buy one get one half off' into Spanish",
       A("\"Compra uno y llévate el segundo a mitad de precio.\""),
       "thanks. and how much off is that actually per item if both cost 24 euros"),
    ex("en", METRICLY, "Can you explain what a p-value is in one sentence?",
       A("It's the probability of seeing data at least as extreme as yours if the null hypothesis were true."),
       "ok now with my numbers. conversion was 312 of 4,100 on A and 361 of 4,050 on B. two-proportion z-test, is it significant at 5%"),
    ex("en", "My daughter's homework: a ladder 5 m long leans on a wall, the bottom is 1.4 m from the wall. how high up the wall does it reach? I got 4.6 but the answer key says 4.8"),
    ex("en", "so if a pizza with diameter 30cm costs 11 and a 40cm one costs 17, which is better value per cm²"),
    ex("en", "find all real x with |2x - 3| < 5"),
    ex("en", "sum of 1/(n(n+1)) from n=1 to infinity, and why"),
    ex("en", "Here's our p50 latency for the week:\n\n" + LATENCY + "\n\nmean and standard deviation of the daily difference (old minus new), and a 95% confidence interval for it. paired t, 6 df"),
    ex("en", WAYFARER, "road trip Lyon to Barcelona, where should we stop for lunch", A("Montpellier or Perpignan both split the drive well; Perpignan is closer to the border."), "perpignan it is. car does 6.4 L per 100 km, fuel is 1.79 a litre, trip is 640 km return. how much in fuel, and how much each if 3 of us split"),
    ex("en", "write a short welcome sign for our wedding dinner tables", A("Welcome to our table! Eat well, laugh loudly, and stay till the last dance."), "cute. now the seating nightmare: how many ways can 8 people sit around a round table if two of them refuse to sit next to each other"),
    ex("en", GENERIC, "numpy function for eigenvalues?", A("`np.linalg.eig(M)` returns eigenvalues and eigenvectors; `np.linalg.eigvalsh` for symmetric matrices."), "ok but my exam is on paper. by hand: eigenvalues and eigenvectors of [[2, 1], [1, 2]]"),
    ex("en", S("You are Basil, the cooking assistant in the Pantry recipe app. Suggest recipes from the user's saved ingredients and answer cooking questions."), "quick one, 3/8 cup in tablespoons"),
    ex("en", "hmm so if the paint says 1 litre covers 12 m² and my room is 4.2 x 3.5 with 2.6 m ceilings, one door 0.9 x 2 and a window 1.2 x 1.4, two coats, how many 2.5 L tins"),
    ex("en", "Please summarise the plot of Hamlet in 3 sentences",
       A("Prince Hamlet learns from his father's ghost that his uncle Claudius murdered the king. He feigns madness while seeking proof and revenge, causing Polonius's death and Ophelia's decline. In the final duel nearly everyone dies, including Hamlet, and Fortinbras takes the throne."),
       "ty. unrelated, my stats homework: a bag has 5 red and 7 blue marbles, draw 3 without replacement, P(exactly 2 red)?"),
    ex("es", "Si compro un coche de 18.000 € con una entrada de 4.000 y el resto a 60 meses al 7,5% TAE, ¿cuánto pago al mes más o menos?"),
    ex("fr", TUTOR, "Je ne comprends pas comment calculer la limite de (x² - 9)/(x - 3) quand x tend vers 3. Tu peux m'expliquer ?"),
    ex("de", "Ein Zug fährt um 14:05 in München ab mit 160 km/h, ein anderer um 14:35 in die gleiche Richtung mit 200 km/h. Wann holt der zweite den ersten ein?"),
    ex("pt", SHOP, "tenho um terreno de 12 por 30 metros e quero gramar tudo menos uma área de 4 por 5 da churrasqueira. o rolo de grama cobre 0,4 m². quantos rolos?"),
    ex("it", S("Sei l'assistente di MateFacile, un'app di matematica per studenti delle superiori. Rispondi sempre in italiano."), "Calcola l'area della regione compresa tra y = x² e y = 2x, per favore, con i passaggi."),
    ex("nl", "Als ik 3 jaar lang elk jaar 4% loonsverhoging krijg en de inflatie is 2,5% per jaar, hoeveel ben ik er dan echt op vooruit gegaan in procenten?"),
    ex("pl", "Mam ciąg arytmetyczny: a1 = 7, a10 = 43. Ile wynosi suma pierwszych 25 wyrazów?"),
    ex("tr", "Bir ürün önce %20 zamlanıyor sonra %20 indirime giriyor. Başlangıç fiyatına göre yüzde kaç değişti?"),
    ex("ru", "Привет, ты умеешь по-русски?", A("Да, конечно. Чем помочь?"), "Отлично. Докажите по индукции, что 1 + 3 + 5 + ... + (2n − 1) = n² для всех натуральных n."),
    ex("uk", "Знайди похідну функції f(x) = x³·cos(x) і обчисли її значення в точці x = π."),
    ex("zh", "一个圆柱形水杯，底面直径8厘米，高12厘米，大概能装多少毫升水？"),
    ex("ja", "「連立方程式」は英語で何と言いますか？", A("\"Simultaneous equations\"、または \"a system of equations\" です。"), "ありがとう。では、この連立方程式を解いてください。2x + 3y = 12, 5x - y = 13"),
    ex("ko", FITNESS, "이번 주에 5km를 27분, 31분, 29분에 뛰었어요. 평균 페이스가 km당 몇 분 몇 초예요?"),
    ex("hi", "एक दुकानदार 20% लाभ पर सामान बेचता है। अगर विक्रय मूल्य ₹1,440 है, तो क्रय मूल्य क्या था?"),
    ex("ar", "ما هو احتمال الحصول على ثلاث صور على الأقل عند رمي قطعة نقود خمس مرات؟"),
    ex("id", BANK, "kalau aku nabung 1,5 juta per bulan dengan bunga 4% per tahun, berapa lama sampai jadi 50 juta?"),
    ex("vi", "Cho tam giác vuông có hai cạnh góc vuông 9 cm và 12 cm. Tính cạnh huyền và diện tích giúp mình."),
    ex("es", "Help me write a message to my landlord about the heating",
       A("Hi Marta, the heating in the flat has stopped working since Tuesday. Could you arrange a repair this week? Thanks, Luis"),
       "perfecto, gracias. Otra cosa: si la factura de gas fue 186 € por 41 días, ¿cuánto sale por mes de 30 días?"),
    ex("en", "what's a good board game for a 10 year old who likes strategy", A("Ticket to Ride or Carcassonne are great starts; Azul if they like patterns."), "we have carcassonne! lol ok last question I promise. my kid says 0.999 repeating equals 1 and I say it's obviously smaller. who's right, show me the actual argument"),
]

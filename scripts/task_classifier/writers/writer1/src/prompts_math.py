"""`math`: computing, algebra, calculus, proofs, probability, statistics on pasted numbers, unit conversions.

Word problems are phrased the way people actually ask them (split bills, paint for a room, a loan, a recipe
scaled), often inside apps whose system prompt is about something else. A puzzle solved by deduction rather
than arithmetic is `reasoning`.
"""

from common import A, S, ex

TUTOR = S("You are Mathi, a tutoring app for secondary-school students. Guide the student with hints first; "
          "give the full solution only if they ask twice.")
SOLAR = S("You are the sales assistant for BrightRoof Solar. Answer questions about panels, installation and "
          "financing in plain language. Do not promise savings figures you cannot justify.")
BEEKEEP = S("You are the helper bot of the Hollow Oak Beekeepers' forum. Answer questions about hives, "
            "seasons, equipment and honey. Link to the wiki when useful.")
WMS = S("You are the assistant built into StockPilot, a warehouse-management system. Help users with stock "
        "moves, pick lists and reports.")
KIDS = S("Du bist Rechenfuchs, eine Lern-App für Kinder der Klassen 3 bis 6. Antworte freundlich und einfach.")

LATENCIES = """p50 per day last week (ms):
mon 212
tue 198
wed 240
thu 1930
fri 205
sat 188
sun 201"""

SCORES = """student,quiz1,quiz2,final
ana,14,17,71
bo,9,12,58
chen,18,19,88
dara,11,15,64
eli,16,13,75
femi,7,10,49"""

EXAMPLES = [
    ex("en", "integral of x^2 e^x dx"),
    ex("en", "me + 3 friends, dinner was 187.40 plus 12% tip but I didn't drink, my share of the drinks part (46 of it) shouldn't count. what do I owe"),
    ex("en", "how many litres of paint for a room 4.2 x 3.6 m, walls 2.5 m high, one door 0.9x2 and a window 1.4x1.2, two coats, paint covers 11 m2 per litre"),
    ex("en", TUTOR, "i dont get how to solve 3(x-4) = 2x + 5, can u show me"),
    ex("en", TUTOR, "hint please: prove that the sum of two odd numbers is even", A("Hint: any odd number can be written as 2k + 1. What happens if you add two of those?"),
       "(2a+1)+(2b+1) = 2a+2b+2 ... then what. just show me the full proof, I asked twice now"),
    ex("en", f"mean and std dev of these, and is thursday an outlier by the 1.5 IQR rule?\n\n{LATENCIES}"),
    ex("en", SOLAR, "if the system costs 9,800 after the grant and saves me about 74 a month, how many years to break even? ignore inflation"),
    ex("en", "a 5 m ladder leans on a wall, bottom 1.4 m from the wall. how high up does it reach? and if the bottom slides out at 0.3 m/s how fast is the top falling at that moment"),
    ex("en", "probability of getting at least one six in four rolls of a die vs at least one double six in 24 rolls of two dice. which is more likely"),
    ex("en", BEEKEEP, "recipe says 1:1 syrup, I have 7.5 kg of sugar. how much water, and roughly what volume of syrup will I get? sugar density like 1.59"),
    ex("en", "how do I write a fraction in latex", A("Use \\frac{numerator}{denominator}, e.g. \\frac{1}{2}."), "ty. derivative of ln(sin(3x^2))"),
    ex("en", "loan 18,000 at 6.9% APR over 5 years, monthly payments. what's the monthly payment and total interest"),
    ex("en", "Write me a limerick about a cat.", A("A cat with a taste for the cream\nwould plot and would tirelessly scheme..."),
       "haha. ok homework time: find all real x with |2x - 5| < 3"),
    ex("en", f"weighted grade = 15% quiz1 + 15% quiz2 + 70% final, quizzes are out of 20, final out of 100. compute each student's grade out of 100\n\n{SCORES}"),
    ex("en", "do you have a favourite number", A("If I had to pick, 1729 — it's the smallest number that's a sum of two cubes in two different ways."), "nerd. ok is 1,000,003 prime? show how you'd check it without a computer, at least roughly"),
    ex("en", WMS, "pallet holds 48 cartons, carton holds 24 units. I need to ship 7,350 units. how many full pallets, and how many loose cartons and loose units left over"),
    ex("en", S("You are the study assistant in the university LMS for MATH-204 Linear Algebra. Use the course's notation and point to lecture numbers when relevant."), "eigenvalues of [[2, 1], [1, 2]] and the eigenvectors"),
    ex("en", "if I run 5k in 27:40, what's my pace per km and per mile"),
    ex("en", S("You are TrackMate, the chatbot of Valley Regional Rail. Help with tickets, timetables, delays and lost property."), "not a ticket thing, my kid's homework: two trains leave towns 420 km apart toward each other at 85 and 95 km/h, second one leaves 20 min later. when and where do they meet"),
    ex("en", "summarise this for me: 'Q3 revenue grew 8%...'", A("Revenue up 8% in Q3."), "ok and if it grows 8% every quarter from 2.1M, what's it at after 6 quarters? compounding"),
    ex("en", "show that sqrt(2) is irrational, my prof wants it by contradiction"),
    ex("en", "what's the python for an infinite generator of n", A("import itertools\nfor n in itertools.count(1): ..."), "right. on paper though: sum of 1/(n(n+1)) from n=1 to infinity?"),
    ex("en", "recipe is for 6 people: 450 g rice, 1.2 L stock, 2 tbsp oil. I'm cooking for 14. scale it and give stock in litres rounded sensibly"),
    ex("en", S("You are the assistant inside FieldNotes, an app for agronomists. Help record observations and plan field trials."),
       "a field is 3.7 ha, seeding rate is 160 kg/ha and bags are 25 kg. how many bags do i need, and what's left over if i buy whole bags"),
    ex("en", "solve the system: 2x + 3y - z = 5, x - y + 2z = 3, 3x + y + z = 10"),
    ex("en", "what's 17% of 2,340 and what's 2,340 after a 17% increase then a 17% decrease. why isn't it back to 2,340"),
    ex("en", "A/B test: control 4,812 visitors 192 conversions, variant 4,790 visitors 231 conversions. is the difference significant at 5%? two-proportion z test please"),
    ex("en", "hey", A("Hey! How can I help?"), "tank is a cylinder 1.2 m diameter 2 m long lying on its side, dipstick says 0.4 m of fuel. how many litres in it"),
    ex("en", S("You are the security-awareness trainer bot at Norrow Bank. Teach staff about phishing, passwords and safe handling of customer data."), "how many different 4-digit PINs have no repeated digit? and how many have at least one repeat"),
    ex("en", "limit as x -> 0 of (1 - cos x)/x^2"),
    ex("en", S("You are Pocket Steward, a budgeting app. Help users track spending and set goals. Be encouraging."),
       "I want 6,000 saved in 14 months and I already have 1,150. how much per month? and if I get 2% a year on the savings compounded monthly how much less do I need"),
    ex("en", "convert 72 mph to m/s and km/h, show the steps"),
    ex("es", S("Eres el asistente de la tienda online de fontanería Grifo Listo. Ayudas con pedidos, envíos y dudas sobre productos."), "No es sobre un pedido, es un problema de mi hija: un depósito se llena con el grifo A en 6 horas y con el B en 9. Si abro los dos a la vez pero a las 2 horas cierro el A, ¿cuánto tarda en total en llenarse?"),
    ex("fr", TUTOR, "Je dois factoriser x² - 7x + 12 et trouver les racines. Tu peux m'expliquer la méthode ?"),
    ex("de", KIDS, "Lisa hat 3,50 € und kauft 4 Brezeln für je 0,65 €. Wie viel Geld hat sie noch?"),
    ex("pt", "como se diz 'desvio padrão' em inglês?", A("\"Standard deviation\"."), "valeu. agora calcula a variância e o desvio padrão amostral: 12, 15, 11, 18, 14, 16, 13"),
    ex("it", S("Sei l'assistente virtuale dell'agenzia immobiliare Casa Aperta di Bologna. Aiuti a fissare visite e rispondi su immobili e documenti."), "Ho un mutuo di 140.000 € a tasso fisso 3,2% per 25 anni. Quanto pago al mese? Formula della rata costante per favore"),
    ex("nl", "Hoeveel verschillende manieren zijn er om 5 boeken op een plank te zetten als twee specifieke boeken naast elkaar moeten staan?"),
    ex("pl", "Pomożesz z granicą? lim (n→∞) (1 + 2/n)^(3n)"),
    ex("tr", "Bir ürün önce %20 indirimli, sonra kasada indirimli fiyattan %10 daha indirim. Toplam indirim yüzde kaç?"),
    ex("ru", S("Ты — помощник онлайн-школы «Интеграл». Помогаешь ученикам 10–11 классов с алгеброй и началами анализа."), "Привет. Найди площадь фигуры между y = x^2 и y = 2x + 3, с решением."),
    ex("uk", "Скільки солі класти в розсіл для огірків?", A("Зазвичай 50–60 г солі на 1 л води."), "Дякую. А тепер задача з хімії для сина: скільки грамів солі треба додати до 400 г 5% розчину, щоб отримати 12% розчин?"),
    ex("zh", "Write a haiku about rain", A("Soft rain on the roof / the gutter hums its one note / tea cools by the door"),
       "好的。现在帮我算一下：一个等差数列首项是3，公差是4，前20项的和是多少？"),
    ex("ja", "同僚の送別会のプレゼント、3000円くらいで何がいいかな？", A("名入れのボールペンや、少し良いコーヒー豆のセットなどが人気です。"), "ありがとう、考えてみる。話変わるけど、サイコロを3回振って、出た目の合計がちょうど10になる確率は？"),
    ex("ko", WMS, "재고가 매일 평균 37개씩 줄고 지금 1,260개 있어요. 리드타임이 9일이면 재주문점은 몇 개로 잡아야 하나요? 안전재고 150개 포함해서요."),
    ex("hi", "ek dukaandar 840 rupaye mein cheez bechta hai aur use 20% profit hota hai. cost price kya tha? step by step batao"),
    ex("id", "Tolong hitung: modal 25 juta, bunga majemuk 5% per tahun, setelah 7 tahun jadi berapa?"),
    ex("sv", "Kan du förklara med en uträkning: hur stor är sannolikheten att två personer i en grupp på 23 har samma födelsedag?"),
    ex("el", "Λύσε την εξίσωση 2^(x+1) + 2^x = 48, με βήματα σε παρακαλώ."),
    ex("th", "Translate 'triangle' to Thai", A("สามเหลี่ยม"), "ขอบคุณ ต่อไปช่วยหาพื้นที่สามเหลี่ยมที่มีด้านยาว 7, 8 และ 9 เซนติเมตรหน่อย ใช้สูตรเฮรอน"),
]

"""math: computation, algebra, calculus, proofs, probability, statistics on pasted numbers, and word problems
(often casual, often inside apps built for something else) whose answer needs arithmetic."""

from common import A, S, ex

CRUMB = S("You are Dispatch Desk, the planning assistant for Crumb & Co bakery's delivery team. Help plan routes, "
          "driver shifts and order cut-off times.")
PEOPLEDESK = S("You are PeopleDesk, the HR assistant at Orsolo Logistics. Answer questions about leave, payroll "
               "dates, benefits and policies, citing the handbook section.")
FERNBANK = S("You are Nova, the assistant in the Fernbank mobile banking app. Help customers with card controls, "
             "transfers, statements and savings pots.")
QUESTKEEPER = S("You are Questkeeper, a prep tool for tabletop game masters: encounter balancing, NPC names, loot "
                "tables and session notes.")
MATHPAL = S("You are MathPal, a tutor for secondary-school maths. Guide the student step by step and check their "
            "reasoning.")
PRICING_RAG = S("Answer using only the pricing page below.\n\n--- PRICING ---\nStarter: 9 EUR per seat per month, "
                "up to 5 seats.\nPro: 24 EUR per seat per month, no seat limit.\nAnnual billing: 2 months free "
                "(pay for 10 of 12).\nAdd-on Audit Log: 60 EUR per workspace per month, not discounted.\n"
                "--- END ---")

ENERGY_CSV = '''month,kwh,avg_temp_c
2025-01,612,1.8
2025-02,571,2.9
2025-03,488,6.1
2025-04,402,9.7
2025-05,331,13.9
2025-06,290,17.2
2025-07,284,19.5
2025-08,279,19.1
2025-09,318,15.6
2025-10,405,10.8
2025-11,517,5.9
2025-12,598,2.7'''

EXAMPLES = [
    ex("en", CRUMB, "what's the cut-off for saturday orders again",
       A("Saturday orders close on Thursday at 14:00."),
       "ok. and if the van does 7.4 L per 100 km and diesel is 1.68 a litre, what's the fuel cost for the "
       "312 km saturday route? and per stop, there are 26"),
    ex("en", PEOPLEDESK, "my salary is 48,500 a year. from 1 March I go down to 4 days a week (80%), and the 3.5% "
       "raise lands on 1 April on top of that. what do I actually earn over the calendar year? show it month by "
       "month-ish, I don't trust myself"),
    ex("en", FERNBANK, "if I put 250 a month into the savings pot at 3.1% a year, compounded monthly, how much is "
       "there after 5 years? show me how you got it"),
    ex("en", QUESTKEEPER, "5 names for a grumpy dwarven blacksmith",
       A("Durna Ashfist, Brokk Tallowbeard, Hilde Coalbrow, Orsik Nailbiter, Gunnar Two-Anvils."),
       "Brokk. now, what's the chance of at least one nat 20 across 4 attacks if every attack has advantage?"),
    ex("en", MATHPAL, "can you check my proof that 1 + 3 + 5 + ... + (2n-1) = n^2? I did induction but my teacher "
       "wrote 'step 2 unclear'. step 2: assume true for k, then add 2k+1 and get (k+1)^2"),
    ex("en", MATHPAL, "integral of x e^(2x) dx. I keep getting the sign of the second term wrong"),
    ex("en", PRICING_RAG, "how much would 7 seats on Pro for 14 months cost if we take annual billing for the first "
       "year and monthly after, plus the audit log the whole time?"),
    ex("en", S("You are Stride, the coach in a running app. Build training plans, adjust paces and explain "
               "workouts."),
       "ran the half in 2:04:10. what's that per km? and what pace do I need to hold to go under 1:55 next time"),
    ex("en", S("Reply ONLY with JSON: {\"intent\": string, \"entities\": object}. No prose."),
       "what's 17.5% of 2,340"),
    ex("en", S("You are Amplify, a marketing assistant for newsletters: subject lines, segments and send times."),
       "last send went to 18,400 people, 5,152 opened, 412 clicked. what's the click rate vs click-to-open rate? "
       "and if the next one to 25,000 people has the same open rate but CTOR goes up 2 points, how many clicks "
       "should we expect"),
    ex("en", S("You are Pip, the tutor in CodeCubs, an app that teaches Python to children aged 10 to 14."),
       "not a coding question. how many different 4 digit PINs are there if no digit can repeat? my friend says "
       "10000"),
    ex("en", S("You are the claims assistant at Halden Mutual. Explain cover, claim status and required documents."),
       "my policy: 500 deductible, then you pay 80% up to a 10,000 max payout. the vet bill is 7,350. how much do I "
       "end up paying myself?"),
    ex("en", S("You are Harbormaster's staff assistant for ferry bookings, sailings and deck space."),
       "the vehicle deck is 420 lane metres. cars take 4.5 m, vans 6.5 m, and 22 vans are booked for the 17:40. how "
       "many cars can we still sell?"),
    ex("en", S("You are Nestwise, a home-buying assistant. Explain listings, fees and the buying process."),
       "310,000 mortgage over 25 years at 4.2% fixed. what's the monthly payment and how much interest do I pay "
       "in total?"),
    ex("en", S("You are Forkful, a recipe app assistant. Suggest recipes and substitutions."),
       "this recipe serves 6: 450 g flour, 3 eggs, 330 ml milk. I need it for 14 people. how much of each, and "
       "what do I do about the eggs not dividing nicely"),

    ex("en", "translate this measurement line from the German recipe: '2 1/4 Tassen Mehl und 3/4 Stück Butter'",
       A("\"2 1/4 cups of flour and 3/4 of a stick of butter.\""),
       "ok so in grams, if a cup of flour is 125 g and a stick of butter is 113 g?"),
    ex("en", "poem about the 7:52 train please, 4 lines",
       A("The 7:52 is never late,\nit's us who sprint towards the gate;\na thermos, scarf, a half-read page,\n"
         "the whole commute a little stage."),
       "lovely. now the real problem: the train averages 110 km/h on the 66 km to work. driving averages 85 km/h "
       "on a 58 km route but I can leave 15 minutes later because the station is out of the way. which gets me "
       "there first and by how much"),
    ex("en", "why does my python dict use so much memory with 50k keys",
       A("Each entry stores a hash, a key pointer and a value pointer, and the table is kept sparse so lookups stay "
         "fast; with string keys you also pay for every string object."),
       "makes sense. side question: if I hash 50k items into 2^32 buckets uniformly, what's the expected number "
       "of colliding pairs? roughly"),
    ex("en", "give me the key points of the latency report in one sentence",
       A("Latency stayed within target most of the week, with spikes on Tuesday and Thursday during deploys."),
       "now mean, median and sample standard deviation of these p95s in ms: 212, 198, 640, 205, 221, 587, 209"),
    ex("en", "ugh I'm so tired of revising",
       A("Revision fatigue is real. Maybe a ten-minute break, then one small problem to get going again?"),
       "ok break over. 3x + 7 = 2(x - 4) + 19. I got x = 4 but the book says something else"),
    ex("en", "here's the receipt text, list the items and prices: 2x Pale Ale 5.80, Burger 14.50, Caesar 12.90, "
       "Fries 4.20, Sparkling water 3.10",
       A("- Pale Ale ×2: 11.60\n- Burger: 14.50\n- Caesar salad: 12.90\n- Fries: 4.20\n- Sparkling water: 3.10"),
       "I had the two beers and the burger, Tomi had the caesar and the water, fries were shared. add 10% service "
       "on top. who owes what?"),
    ex("en", "Who's lying: Ada says 'Ben did it', Ben says 'I didn't', only one of them tells the truth.",
       A("Exactly one statement is true and they contradict each other, so either could be true; you need "
         "more information to know who did it."),
       "fine. pure maths then: how many ways to seat 6 people at a round table if two of them refuse to sit "
       "next to each other"),
    ex("en", "write a two-sentence story about a garden gnome who wants to travel",
       A("Every night Bertram the gnome studied the neighbours' postcards on the fridge through the kitchen "
         "window. On the first warm morning of spring, he was gone, and a note in tiny handwriting said "
         "'Lisbon. Don't water the ferns.'"),
       "cute. real life now: what's the area of a regular hexagon with side 40 cm? it's a raised garden bed and "
       "I need to buy soil, 30 cm deep, how many litres"),
    ex("en", "in big-O terms is binary search log n?",
       A("Yes: each step halves the remaining range, so it takes about log2(n) steps."),
       "so for a million sorted items how many steps at most, exactly? and for a billion"),
    ex("en", "can you explain what perimeter means in simple words for my 9 year old",
       A("Perimeter is the distance all the way around the outside of a shape, like walking along the fence of a "
         "garden."),
       "great. now her homework: a rectangle has perimeter 46 cm and its length is 5 cm more than its width. "
       "what are the sides? I want to check her answer"),

    ex("en", "quick: 15% tip on 86.40 split 3 ways"),
    ex("en", "birthday problem but with star signs. in a group of 5 people what's the chance at least two share a "
       "sign? assume all 12 equally likely"),
    ex("en", "A/B test results. A: 4,812 visitors, 291 conversions. B: 4,790 visitors, 338 conversions. is B "
       "significantly better at the 5% level? two-proportion z test, show the numbers"),
    ex("en", "here's a year of our electricity use. fit a straight line of kwh against avg temperature and tell "
       "me how many extra kWh per degree colder, and what we'd predict for a -3 °C month\n\n" + ENERGY_CSV),
    ex("en", "painting the bedroom: 4.2 m by 3.6 m, ceiling 2.5 m. one door 0.9 x 2.0, one window 1.4 x 1.2. two "
       "coats, the paint does 12 m² per litre. how many 2.5 L tins do I need"),
    ex("en", "phone went from 100% to 64% in 2h15m. if it keeps draining at that rate, what time does it hit 15%? "
       "it's 13:40 now and it's at 64"),
    ex("en", "why are there infinitely many primes? like the actual proof, not 'because'"),
    ex("en", "expected number of coin flips until I get two heads in a row? I keep getting 4 and my friend says 6"),

    # non-English
    ex("es", "si compro un coche de 18.900 € con 4.000 de entrada y financio el resto a 48 meses al 6,9 % nominal "
       "anual, ¿cuánto pago al mes más o menos? y cuánto de intereses en total"),
    ex("fr", "Combien de façons de choisir 3 délégués dans une classe de 28 élèves si Léa et Hugo refusent "
       "d'être élus ensemble ?"),
    ex("de", "Mein Stromtarif: 32,8 ct/kWh plus 13,50 € Grundgebühr im Monat. Das neue Angebot: 29,9 ct/kWh und "
       "18 € Grundgebühr. Ab wie vielen kWh im Jahr lohnt sich der Wechsel?"),
    ex("pt", MATHPAL, "me ajuda a derivar f(x) = ln(x² + 1)/x? quero conferir meu resultado, deu "
       "(2x² − (x²+1)ln(x²+1)) / (x²(x²+1))"),
    ex("it", "Resumi questo messaggio di Marco: «casa al mare confermata, 2.100 € per 7 notti, chi c'è?»",
       A("Marco ha confermato la casa al mare: 2.100 € per 7 notti, e chiede chi partecipa."),
       "Io resto 4 notti, Marco 7, Giulia 5. Se dividiamo per notti-persona quanto paga ciascuno?"),
    ex("nl", FERNBANK, "Mijn huur gaat van 1.145 naar 1.240 euro. Hoeveel procent is dat, en wat betaal ik als er "
       "volgend jaar nog eens 5,5% bij komt?"),
    ex("pl", "Oblicz granicę lim x→0 (sin 3x)/(tg 5x). Wolałbym z wyjaśnieniem, nie tylko wynik."),
    ex("tr", "Bir kutuda 5 kırmızı, 7 mavi top var. Geri koymadan 3 top çekiyorum. En az ikisinin mavi olma "
       "olasılığı nedir?"),
    ex("ru", "Докажи, что √2 иррационально, но так, чтобы понял восьмиклассник."),
    ex("uk", "Переклади на англійську «рівняння з двома невідомими».",
       A("\"An equation with two unknowns\" (or \"a system of equations in two unknowns\" for a system)."),
       "Дякую. А тепер розв'яжи систему: 2x + 3y = 12, 5x − y = 13. У мене вийшло x = 3, y = 2, перевір."),
    ex("zh", "一个水箱，进水管6小时注满，出水管9小时放空，两个同时打开，多久能注满？说一下思路。"),
    ex("ja", "半径20cmのピザ1枚と、半径14cmのピザ2枚、どっちが面積大きい？値段は1800円と、2枚で1900円。"
       "1cm²あたりどっちが安い？"),
    ex("ko", S("당신은 '잡브릿지' 취업 앱의 도우미입니다. 이력서 첨삭과 면접 준비를 돕습니다."),
       "이력서랑 상관없는데요, 적성검사 점수 표본 표준편차 좀 계산해 주세요: 72, 85, 90, 66, 78, 95, 81"),
    ex("hi", "एक दुकानदार 20% मुनाफ़े पर सामान बेचता है, लेकिन 1 किलो की जगह 900 ग्राम ही तौलता है। "
       "असली मुनाफ़ा कितने प्रतिशत हुआ?"),
    ex("ar", "إذا كان راتبي 9,500 ريال وزاد 7% ثم نقص 7%، هل أرجع لنفس الراتب؟ كم يصبح بالضبط؟"),
    ex("id", "Cicilan motor 24 bulan, harga 27 juta, DP 5 juta, bunga flat 1,2% per bulan. Berapa cicilan per "
       "bulannya? Terus total bunganya berapa?"),
    ex("vi", "Tính đạo hàm của y = x³·e^(−x) rồi tìm cực trị giúp mình với."),
]

"""math: the last user message asks for a computation, algebra, calculus, a proof, probability,
statistics, a word problem solved with arithmetic or a unit conversion that needs arithmetic."""

from common import A, S, ex

TUTOR = ("You are Mathly, a patient tutor inside a homework app for students aged 14-18. Show every step, "
         "use plain language, and end with a one-line check of the answer. Never mention that you are an AI.")
CODER = ("You are DevPilot, an autonomous coding agent working in the user's repository. You can call the tools "
         "read_file, write_file and run_tests. Prefer small diffs. Answer in markdown.")
SUPPORT = ("You are the support assistant for FreshCrate, a meal-kit delivery service. Be friendly and brief. "
           "If the customer asks about refunds, point them to freshcrate.example/refunds.")
JSON_PIPE = ("You are a component in a data pipeline. Reply with a single JSON object and nothing else. "
             "Schema: {\"answer\": number, \"steps\": [string]}.")

EXAMPLES = [
    ex("en", "integrate x^2 e^x dx"),
    ex("en", S(TUTOR), "a train leaves the station at 14:10 doing 84 km/h. a second one leaves the same station at "
       "14:40 on the same track direction at 105 km/h. at what time does the second catch the first?"),
    ex("en", S(CODER), "Add a retry with exponential backoff to fetch_prices() in prices/client.py",
       A("Done. I wrapped the call in a loop with delays of 0.5, 1, 2 and 4 seconds and added a test in "
         "tests/test_client.py. All 14 tests pass."),
       "nice. unrelated question while the tests run: if each attempt independently fails with probability 0.3, "
       "what's the probability all 5 attempts fail, and the expected number of attempts until the first success "
       "(no cap)?"),
    ex("es", "Calcula la derivada de f(x) = ln(x² + 1) / x y simplifícala todo lo que puedas."),
    ex("fr", S(TUTOR), "Bonjour, j'ai un exercice : résoudre le système 3x - 2y = 7 et 5x + 4y = 19. "
       "Je trouve x = 3 mais mon y ne marche pas, vous pouvez le refaire ?"),
    ex("de", "Wie viel Liter passen in ein zylindrisches Fass mit 58 cm Innendurchmesser und 88 cm Höhe? "
       "Bitte mit Rechenweg."),
    ex("en", "prove that the square root of 3 is irrational"),
    ex("en", "Our A/B test: control 4,812 visitors, 231 conversions; variant 4,790 visitors, 279 conversions. "
       "Run a two-proportion z-test and give me the z value and two-sided p-value. Is it significant at 5%?"),
    ex("pt", S(SUPPORT), "oi! meu pedido veio com 3 caixas de 4 porções, mas eu paguei R$ 287,40 no total com "
       "12% de desconto já aplicado. qual era o preço cheio de cada porção antes do desconto?"),
    ex("it", "Quanti sono gli anagrammi distinti della parola MISSISSIPPI? Spiegami il calcolo."),
    ex("en", "convert 72 °F to Celsius and 3.5 miles to km, show the arithmetic"),
    ex("en", "Find the eigenvalues and eigenvectors of [[4, 1], [2, 3]]."),
    ex("nl", "Een lening van €15.000 tegen 4,2% rente per jaar, maandelijks afgelost over 5 jaar. "
       "Hoe hoog is de maandtermijn (annuïteit)? Reken het even voor."),
    ex("en", S(JSON_PIPE), "A rectangular garden is 3 m longer than it is wide and its area is 108 m^2. "
       "What is its perimeter?"),
    ex("pl", "Pomóż mi napisać maila do nauczyciela", A("Jasne, o czym ma być mail i jaki ton wybierasz?"),
       "nieważne, już napisałem. Mam za to zadanie: rzucamy dwiema kostkami. Jakie jest "
       "prawdopodobieństwo, że suma oczek jest liczbą pierwszą?"),
    ex("en", "Here are the response times (ms) from our load test, one per line:\n212\n198\n305\n187\n240\n"
       "1020\n221\n199\n230\n215\n208\n260\nCompute mean, median, sample standard deviation and the "
       "interquartile range. Then tell me if 1020 is an outlier by the 1.5×IQR rule."),
    ex("tr", "lim x→0 (sin 3x − 3x) / x³ limitini hesaplar mısın? L'Hôpital ya da Taylor serisi, hangisi kolaysa."),
    ex("en", "Summarise this email from my landlord: rent goes up from next month, the new amount is in the "
       "attached letter...", A("Your landlord says the rent rises starting next month; the exact new amount is "
       "in the attached letter, which I can't see."), "it was 1,450 and goes up 6.5%. what's 17% of 2,340 and "
       "what's the new rent? two separate questions lol"),
    ex("ru", S(TUTOR), "Докажите по индукции, что 1³ + 2³ + ... + n³ = (n(n+1)/2)² для всех натуральных n."),
    ex("en", "Write a short story about a lighthouse keeper", A("The lamp had not failed in forty years... "
       "(story continues for several paragraphs)"), "love it. different thing: a lighthouse beam rotates once "
       "every 12 seconds and a ship is 9 km away. how fast (km/s) does the spot of light sweep across the ship's "
       "position?"),
    ex("uk", "Скільки існує п'ятизначних чисел, у яких усі цифри різні і число ділиться на 5?"),
    ex("en", "Solve for x: log2(x) + log2(x − 2) = 3"),
    ex("zh", S(TUTOR), "一个袋子里有5个红球和3个蓝球，不放回地连续摸两个，两个颜色不同的概率是多少？请写出过程。"),
    ex("ja", "こんにちは！今日は寒いですね。", A("こんにちは！本当に寒いですね。温かい飲み物でも飲んでいますか？"),
       "はい、ココアです笑。ところで宿題なんですが、半径6cmの球の体積と表面積を求めてください。πは3.14で計算してください。"),
    ex("en", S(SUPPORT), "hey, the plan says $11.49 per serving, 4 servings a box, and I get a box every week. "
       "If I switch to the every-other-week plan at $12.29 per serving, how much do I save over a year (52 weeks)? "
       "just do the numbers pls"),
    ex("ko", "등비수열의 첫째항이 3이고 공비가 2일 때, 첫째항부터 제10항까지의 합을 구하시오."),
    ex("en", "Evaluate the definite integral of 1/(1+x^2) from 0 to sqrt(3). Exact form."),
    ex("hi", "अगर किसी चीज़ की कीमत पहले 20% बढ़ी और फिर 20% घटी, तो कुल मिलाकर कितने प्रतिशत का बदलाव हुआ? हिसाब दिखाइए।"),
    ex("en", "Explain what a p-value is", A("A p-value is the probability, assuming the null hypothesis is "
       "true, of seeing data at least as extreme as what you observed..."), "ok got it. now actually compute it: "
       "coin flipped 20 times, 15 heads. one-sided exact binomial p-value against p=0.5?"),
    ex("ar", "أوجد حل المعادلة التربيعية 2x² - 7x + 3 = 0 باستخدام القانون العام، واذكر قيمة المميز."),
    ex("en", S(CODER), "quick sanity check before I hardcode it: how many seconds are in a non-leap year, and "
       "how many bytes is 3.5 GiB? just the math, no code"),
    ex("id", "Sebuah toko memberi diskon 25% lalu diskon tambahan 10% dari harga setelah diskon. Untuk baju "
       "seharga Rp240.000, berapa yang harus dibayar? Apakah sama dengan diskon 35% langsung?"),
    ex("en", "Show that the function f(x) = x^3 − 3x + 1 has exactly three real roots."),
    ex("vi", "Tính tổng S = 1 + 1/2 + 1/4 + 1/8 + ... (vô hạn số hạng). Giải thích vì sao tổng hữu hạn."),
    ex("en", "recipe is for 6 people and uses 450 g flour, 3 eggs and 2.5 dl milk. scale it to 14 people. "
       "eggs can't be fractional so round sensibly and tell me how far off the ratio ends up"),
    ex("en", S(JSON_PIPE), "Compute the compound annual growth rate of revenue going from 2.4M in 2019 to 5.1M "
       "in 2024."),
    ex("en", S(TUTOR), "what does standard deviation mean", A("It measures how spread out values are around "
       "the mean. A small SD means values cluster tightly; a large one means they're spread out."), "ok. let X ~ "
       "Normal(100, 15^2). What is P(85 < X < 130)? use "
       "the standard normal table values"),
    ex("en", S(TUTOR), "we were doing fractions", A("Yes, we practised adding fractions with different "
       "denominators. Shall we continue?"), "kind of. mixture problem: how many litres of a 30% acid solution "
       "must I add to 10 litres of an 80% one to get a 50% solution?"),
    ex("en", "can you recommend a good intro calculus book", A("Sure: Spivak if you like rigour, Stewart if you "
       "want lots of worked examples, and 'Calculus Made Easy' by Thompson for a gentle start."),
       "thanks. test tomorrow though, so: find the area enclosed between y = x^2 and y = 2x + 3"),
    ex("en", S(JSON_PIPE), "Monthly units sold and unit price:\nJan,1200,4.50\nFeb,1350,4.50\nMar,"
       "1100,4.80\nApr,1500,4.80\nMay,1620,5.10\nJun,1480,5.10\nCompute total revenue for the half year and "
       "the revenue-weighted average unit price."),
    ex("en", "birthday problem but with 40 people and 365 days, what's the chance at least two share a birthday? "
       "approximate is fine but show how"),
    ex("en", S(CODER), "quick one, no code: how many 6-digit PINs (leading zeros allowed) have no digit "
       "appearing twice in a row?"),
    ex("en", "My car does 6.8 L/100km. What is that in US miles per gallon? Show each conversion factor."),
    ex("en", "We talked about my essay on climate policy earlier",
       A("Yes — you were arguing for a carbon tax with a dividend. Want to continue?"),
       "not now. homework emergency: a ladder 5 m long leans on a wall; the bottom slides away at 0.4 m/s. how "
       "fast is the top sliding down when the bottom is 3 m from the wall?"),
    ex("en", "Fit a least-squares line to these points and give slope, intercept and R²:\n"
       "x: 1, 2, 3, 4, 5, 6\ny: 2.1, 3.9, 6.2, 7.8, 10.1, 12.2"),
    ex("en", S(TUTOR), "what is a convex polygon", A("A polygon where every interior angle is less than "
       "180°, so no corner points inward."), "ok. prove that the interior angles of a convex polygon with n sides "
       "add up to (n − 2)·180°"),
    ex("en", "3 workers build a wall in 12 days. After 4 days, 2 more workers join at the same rate. How many days "
       "does the whole job take?"),
    ex("en", "Two candles are the same length. One burns down completely in 4 hours, the other in 3, both at "
       "a constant rate. When should I light them together so that at 4 pm one stub is exactly twice as long "
       "as the other?"),
    ex("en", S(SUPPORT), "Before I cancel: I paid 3 months upfront at $219 total with a 9% prepay discount. "
       "What would the undiscounted monthly price have been? Round to cents."),
    ex("en", S(CODER), "write a gcd function in rust", A("```rust\nfn gcd(a: u64, b: u64) -> u64 {\n    if b == 0 "
       "{ a } else { gcd(b, a % b) }\n}\n```"), "cool. now do it by hand for me on paper style: gcd and lcm of "
       "1071 and 462 with the euclidean algorithm, every division step"),
]

"""`math`: the last user message asks for a calculation, algebra, calculus, a proof, probability or statistics.

Written by hand for the writer4 training set. Many word problems are phrased casually (bills, fuel, recipes,
mortgages); statistics is often asked over pasted CSV or JSON. A puzzle solved by deduction alone belongs to
`reasoning`, not here.
"""

from common import A, S, ex

TUTOR = S("You are Mathly, a patient tutor for high-school and first-year university students. Show the "
          "steps, then the answer in bold.")
HARNESS = S("You are being evaluated. Solve the problem and end your reply with a line of the form "
            "'#### <number>'.")
NOTEBOOK = S("You are a Jupyter notebook assistant. The user's previous cells are available as context.")
ANALYTICS_AGENT = S(
    "You are Quanta, an analytics agent. Tools: run_sql(query), chart(spec). Use tools for anything that "
    "needs the warehouse; answer directly otherwise."
)
FINANCE_APP = S("You are the assistant in Pennywise, a personal budgeting app. Amounts are in the user's "
                "currency. Never give investment advice.")
BILLING_BOT = S("You are the billing assistant for CloudNest. Plans: Starter 12 USD/month, Team 49 USD/month. "
                "Upgrades are prorated by day for the rest of the billing month (30-day months).")
SHEET = S("You are the formula and analysis assistant in GridPad, a spreadsheet app. The user's selected "
          "range is pasted as CSV.")

EXAMPLES = [
    ex("en", "integrate x^2 e^x dx"),
    ex("en", "prove sqrt(3) is irrational"),
    ex("en", "lim x->0 of sin(3x)/x, and why"),
    ex("en",
       "what's normal for tipping at a sit-down restaurant in the US",
       A("15 to 20% of the pre-tax bill is standard for table service; 20% or more for great service."),
       "ok so the bill is 86.40 incl. tax, pre-tax was 78. we want to tip 18% on the pre-tax amount and split "
             "four ways. what does each of us pay"),
    ex("en", S("You are the trip planner in the RoadMate app."), "my car does 6.2 L/100km, petrol is 1.89 a litre and the trip is 740 km each way. roughly what "
             "will fuel cost for the round trip"),
    ex("en", S("You are the ordering assistant for Slice & Co pizzeria."), "is one 16 inch pizza more pizza than two 12 inch ones? by how much"),
    ex("en",
       "pull the product names out of this: 'Nimbus lamp 48€, Drift chair 120€, Halo rug 210€'",
       A("- Nimbus lamp\n- Drift chair\n- Halo rug"),
       "the lamp went from 48 to 60 last month and has now dropped 20%. where is it compared to the original "
       "price, in %?"),
    ex("en",
       "name three classic board games that use dice",
       A("Backgammon, Yahtzee and Monopoly."),
       "ok yahtzee-adjacent question: what's the chance of at least one six in four rolls of a die"),
    ex("en",
       "write a short line for the table cards at my sister's wedding",
       A("\"Tonight we celebrate love, laughter and happily ever after — thank you for being part of it.\""),
       "aww. now the seating nightmare: how many ways can 8 people sit at a round table if two of them refuse to sit next to each other"),
    ex("en",
       "difference between an ODE and a PDE in one sentence",
       A("An ODE has one independent variable (so only ordinary derivatives); a PDE has several and involves "
         "partial derivatives."),
       "ok, then solve dy/dx = 3y with y(0) = 2, then find when y reaches 100"),
    ex("en", "what is 7^222 mod 10, show the cycle"),
    ex("en", TUTOR, "use induction to show 1 + 3 + 5 + ... + (2n-1) = n^2"),
    ex("en", S("You are the research assistant in the Ledger newsroom's CMS. Help reporters check "
         "figures and sources."),
       "the city says incidents fell from 1,240 to 1,085 this year. what percentage drop is that, and "
             "what are both figures per 100k residents if the population is 412,000? need it for my piece"),
    ex("en", S("You are the course assistant for PHYS 101. Use g = 9.81 m/s^2."), "I throw a ball straight up at 15 m/s. how high does it get and how long until it lands, "
             "ignore air resistance"),
    ex("es", "Si un tren sale a las 14:10 a 96 km/h y otro sale de la misma estación a las 14:40 a 120 km/h "
             "por la misma vía, ¿a qué hora lo alcanza y a cuántos km?"),
    ex("en", "derivative of ln(x^2 + 1)/x, simplified please"),
    ex("en", "how many 4-person teams can you pick from 12 people if Anna and Ben can't both be on it"),
    ex("it", "Ho un mutuo di 180.000 euro al 3,2% annuo per 25 anni, rata mensile costante. Quanto pago al "
             "mese e quanto di interessi in totale?"),
    ex("nl", "Los op: 2^(x+1) = 3^x. Geef de exacte vorm en een benadering op drie decimalen."),
    ex("pl", "Oblicz całkę oznaczoną z sin²(x) od 0 do π."),
    ex("tr", "Bir havuzu A musluğu 6 saatte, B musluğu 9 saatte dolduruyor. Dipteki C gideri dolu havuzu 18 "
             "saatte boşaltıyor. Üçü birlikte açık olursa havuz kaç saatte dolar?"),
    ex("en", "prove n^3 - n is divisible by 6 for every natural number n"),
    ex("zh", "袋子里有5个红球和3个蓝球，不放回地连续取两个，两个都是红球的概率是多少？至少一个蓝球呢？"),
    ex("en", "I walk to the station at 4 km/h and back the same way at 6 km/h. average speed for the round "
             "trip? (it's not 5, right?)"),
    ex("ko", "행렬 A = [[1,2],[3,4]]의 역행렬이랑 행렬식 구해줘. 풀이 과정도."),
    ex("hi", "अगर 5 मज़दूर एक दीवार 12 दिन में बनाते हैं, तो 8 मज़दूर वही दीवार कितने दिन में बनाएँगे?"),
    ex("id", "Harga sepatu didiskon 25%, terus di kasir dapat diskon tambahan 10%. Total diskonnya jadi "
             "berapa persen dari harga awal?"),
    ex("vi", "Tính tổng các số tự nhiên từ 1 đến 500 chia hết cho 3 hoặc cho 5."),
    ex("bn", "একটি বর্গক্ষেত্রের কর্ণের দৈর্ঘ্য ১০ সেমি হলে তার ক্ষেত্রফল ও পরিসীমা কত?"),
    ex("ta", "ஒரு பொருளின் அடக்க விலை 800 ரூபாய். அதை 15% லாபத்தில் விற்றால் விற்பனை விலை என்ன?"),
    ex("sw", "Nina shilingi 12,000. Nikinunua madaftari 7 kwa shilingi 850 kila moja na kalamu 3 kwa "
             "shilingi 400 kila moja, nitabaki na shilingi ngapi?"),
    ex("fi", "Laske funktion f(x) = x³ − 6x² + 9x suurin ja pienin arvo välillä [0, 4]."),
    ex("en", TUTOR, "how do I solve x^2 - 5x + 6 < 0"),
    ex("es", TUTOR, "No entiendo cómo sacar el área bajo y = x² entre 0 y 3 con integrales, ¿me lo resuelves?"),
    ex("en", HARNESS, "A bakery sells muffins in boxes of 6 and 4. Maya buys 7 boxes and gets 34 muffins. "
                      "How many boxes of 6 did she buy?"),
    ex("en", HARNESS, "Tom reads 18 pages on weekdays and 35 pages on each weekend day. He starts a 940-page "
                      "book on a Monday and reads every day. How many pages does he read in his last, partial "
                      "week?"),
    ex("en", NOTEBOOK, """latencies from the last cell, ms: 112, 98, 143, 101, 97, 380, 105, 110, 99, 121
mean, median, sample std and the p90 please — by hand, I want to check numpy's output"""),
    ex("en", ANALYTICS_AGENT, "no need for the warehouse: if monthly churn is 3.5%, what fraction of a cohort "
                              "is left after 12 months, and what's the implied annual churn?"),
    ex("en", FINANCE_APP, "if I put 230 a month into savings at 4% a year compounded monthly, how much will "
                          "I have after 5 years?"),
    ex("en", BILLING_BOT, "I'm on Starter and want to upgrade to Team on day 19 of my billing month. how much "
                          "will I be charged today?"),
    ex("en", SHEET, """weighted average hourly rate across these rows, weighted by hours:
client,hours,rate
Acme,12.5,95
Borealis,40,80
Cinder,7.25,120
Dovetail,22,88"""),
    ex("en", S("You are Pilot, a coding agent. Tools: read_file, write_file, run."),
       "before you change the retry code: with a base delay of 200ms doubling each time, max 6 retries, what's "
       "the total worst-case wait? just do the arithmetic"),
    ex("en", """A/B test results from our dashboard:
variant,visitors,conversions
control,12480,436
new_checkout,12391,498

Is the difference significant at 5%? Please do a two-proportion z-test and show the numbers."""),
    ex("en",
       "what's a good substitute for buttermilk",
       A("Stir a tablespoon of lemon juice or white vinegar into a cup of milk and let it sit for five minutes."),
       "thanks! the recipe serves 6 and I need 14 servings. it calls for 2/3 cup sugar and 1 3/4 cups flour, "
       "how much of each?"),
    ex("en",
       "write me a regex that matches ISO dates",
       A("`^\\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])$`"),
       "ty. unrelated homework for my kid, we're stuck: solve 3x + 7 = 2(x - 4) and check it"),
    ex("en",
       "summarise the attached paper abstract in two sentences",
       A("The authors show that a sparse mixture-of-experts model matches a dense model's quality at a third "
         "of the training compute, and that the gap widens with scale."),
       "ok, so if the dense model took 2.4e23 FLOPs to train, the MoE took a third of that. if they scale "
       "the MoE's parameter count up 4x and compute grows as N^1.1, what's its new compute budget?"),
    ex("de",
       "Kannst du mir kurz erklären, was ein Zinseszins ist?",
       A("Beim Zinseszins werden die Zinsen dem Kapital zugeschlagen und im nächsten Jahr mitverzinst, "
         "sodass das Kapital exponentiell wächst."),
       "Okay. Wenn ich heute 5.000 € zu 3 % anlege, nach wie vielen Jahren habe ich 7.500 €?"),
    ex("fr",
       S("Tu es l'assistant d'un cabinet comptable. Réponds en français."),
       "Peux-tu me rappeler la date limite de la déclaration de TVA trimestrielle ?",
       A("Elle dépend de votre régime ; en général, le 19 à 24 du mois qui suit le trimestre."),
       "Merci. Un client facture 14 380 € HT avec une TVA à 20 %, puis accorde une remise de 7 % sur le TTC. "
       "Combien paie-t-il au final ?"),
    ex("ru",
       "Переведи на английский: «Встреча перенесена на четверг».",
       A("\"The meeting has been moved to Thursday.\""),
       "Спасибо. А теперь задачка: лестница длиной 5 м стоит у стены, низ скользит от стены со скоростью "
       "0,3 м/с. С какой скоростью опускается верх, когда низ в 3 м от стены?"),
    ex("ja",
       S("あなたは社内ヘルプデスクのアシスタントです。"),
       "VPNが繋がらないんですが",
       A("再起動後に再接続を試してください。それでも駄目ならチケットを作成します。"),
       "直りました！ついでに質問ですが、12GBのファイルを平均85Mbpsでダウンロードすると何分かかりますか？"),
]

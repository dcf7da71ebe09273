"""Batch 12 (written 2026-12-07 by a separate writer, app-style traffic). Natural math requests: arithmetic,
percentages, unit conversions, word problems with numbers to work out, algebra, calculus, geometry, proofs,
probability and statistics on given numbers, often sent through an app whose system prompt is about something
else (coding agents, shop and support bots, writing tools) or after earlier turns that asked for another task."""

ONE_LINERS = """
what's 23% of 1,875
7/12 - 1/8 = ?
solve for y: 4y + 9 = 3y - 2
solve the system 2x + y = 11, x - y = 1
differentiate f(x) = x^2 * ln(x)
integrate 3x^2 - 4x + 1 from 0 to 2
limit of (1 - cos x)/x^2 as x goes to 0
if a bike costs 640 and goes up 12% then down 12%, what's the final price?
how many minutes between 08:47 and 13:12
a car does 6.4 L/100km, how many litres for a 385 km trip?
convert 5 miles to kilometres
median and mode of 4, 8, 8, 3, 11, 8, 6, 3
variance of 2, 4, 4, 4, 5, 5, 7, 9 (population)
probability of drawing two aces in a row from a 52-card deck without replacement
how many 4-digit PINs have no repeated digit?
show that odd + odd is always even, a proper proof not examples
prove sqrt(3) is irrational
find the hypotenuse of a right triangle with legs 9 and 12
volume of a cylinder, radius 4 cm, height 10 cm
what's 2^15
is 221 prime?
gcd and lcm of 84 and 126
expand (2x - 3)^3
log2(1024)? and log2(3000) to 2 decimals
compound interest on 8,000 at 3.2% yearly for 7 years, compounded annually?
I earn 18.50 an hour, 37.5 hours a week. yearly before tax, 52 weeks?
si un litro de aceite cuesta 9,40 €, ¿cuánto valen 350 ml?
deriva f(x) = e^(2x) · cos x
combien de façons de choisir 3 délégués parmi 25 élèves ?
Ein Zimmer ist 4,2 m lang und 3,6 m breit. Wie viele m² Laminat brauche ich mit 10 % Verschnitt?
um carro a 90 km/h leva quanto tempo pra fazer 315 km?
обчисли 15% від 860 гривень
agar 12 pencil ki keemat 90 rupaye hai to 20 pencil kitne ki?
كم يساوي ٢٥٪ من ٤٨٠؟
tính 3/5 của 450
hur många sekunder är 3 timmar och 20 minuter?
πόσο κάνει 12 επί 37;
כמה זה 40% מ-350?
"""

LONG = [
    "Our team lunch bill was 187.40 including 10% service. Six people, but two only had drinks worth 6.50 each "
    "(before service). The rest split evenly. How much does each of the four pay, and each of the two?",
    "A rectangular garden is 3 m longer than it is wide and its area is 88 m². What are its dimensions? Then, "
    "how many metres of fencing do I need if the gate is 1.2 m wide and doesn't need fencing?",
    "Test scores for my class: 56, 72, 81, 64, 90, 77, 68, 85, 59, 93, 70, 74. Give me the mean, median, "
    "interquartile range and say whether 93 counts as an outlier by the 1.5 IQR rule.",
    "Mortgage question: 240,000 borrowed over 25 years at 4.1% per year, monthly payments. What's the monthly "
    "payment, and how much interest do I pay in total over the loan? Show the formula you use.",
    "A shop gives 'buy 3, pay for 2' on items at 14.99, and separately 25% off if you buy 3 or more. Which deal "
    "is better for 6 items, and by how much?",
    "Prove by induction that 2^n > n² for every integer n ≥ 5. Please write each "
    "step so I can follow it for my exam.",
    "Two cyclists start 84 km apart and ride towards each other, one at 18 km/h and the other at 24 km/h. When "
    "do they meet, and how far has each ridden? One of them left 20 minutes late.",
    "We ran an A/B test: variant A had 412 conversions out of 9,800 visitors, variant B had 468 out of 9,750. "
    "Compute both conversion rates, the relative lift, and a two-proportion z-test. Is it significant at 5%?",
    "Un depósito de agua tiene forma de cilindro de 1,2 m de diámetro y 1,8 m de alto. ¿Cuántos litros caben? "
    "Si gasto 140 litros al día, ¿para cuántos días me alcanza lleno?",
    "Je dois répartir 12 000 € de prime entre trois équipes proportionnellement à leur effectif : 8, 12 et 20 "
    "personnes. Combien reçoit chaque équipe et chaque personne ?",
    "Bei einem Würfelspiel wirft man zwei Würfel. Wie groß ist die Wahrscheinlichkeit, dass die Augensumme "
    "mindestens 10 ist? Und wie groß, dass mindestens ein Würfel eine 6 zeigt? Bitte mit Rechenweg.",
    "Uma pizzaria vende a pizza média (30 cm) por R$ 42 e a grande (40 cm) por R$ 68. Qual tem o melhor "
    "preço por cm²? Mostra a conta.",
    "有一批货物，甲车单独运需要12天，乙车单独运需要18天。两车合运4天后，甲车调走，剩下的由乙车运完，还需要几天？请写出过程。",
    "ある商品を原価の30%の利益を見込んで定価をつけたが、売れなかったので定価の2割引で売ったところ、利益は120円だった。原価はいくらですか？途中式もお願いします。",
    "Витрати на рекламу за пів року: 12 400, 15 100, 9 800, 13 600, 14 900, 11 200 грн. Знайди середнє, "
    "стандартне відхилення (вибіркове) і на скільки відсотків найбільший місяць перевищує найменший.",
    "Paket internet A: Rp 150.000 per bulan untuk 40 GB, paket B: Rp 210.000 untuk 75 GB. Kalau saya pakai "
    "sekitar 60 GB per bulan dan kelebihan kuota di paket A kena Rp 3.000 per GB, mana yang lebih murah?",
]

CHATS = [
    ("You are DevPilot, an autonomous coding agent working in the user's repository.",
     ["add a healthcheck endpoint",
      "Added GET /healthz returning 200 with {\"status\": \"ok\"}.",
      "not code: if our API gets 3.2 million requests a day evenly spread, what's that in requests per second? "
      "and the peak if peak is 4x average?"]),
    ("You are DevPilot, an autonomous coding agent working in the user's repository.",
     ["bump the version to 2.4.0", "Bumped to 2.4.0 in pyproject.toml and CHANGELOG.md.",
      "thx. quick calc: each build takes 7.5 min, we run about 46 builds a day, runners cost 0.008 per minute. "
      "monthly cost for 30 days?"]),
    ("You are a code review assistant.",
     ["review this: for i in range(len(xs)): print(xs[i])",
      "It works, but looping directly is cleaner: for x in xs: print(x).",
      "forget the diff for a sec, settle a bet: how many distinct 8-character passwords are there using only "
      "lowercase letters and digits? roughly in powers of ten too"]),
    ("You are a coding assistant in the IDE. Keep answers short.",
     ["what's the time complexity of binary search?", "O(log n).",
      "ok so for a sorted array of 1 million items, what's the worst-case number of comparisons? exact number "
      "please, not big O"]),
    ("You are ShopBot, the customer-support assistant for Lumen Home.",
     ["I bought a lamp at 89.90 and a rug at 149 with the 15% winter discount, plus 4.95 shipping. what should "
      "the total have been? I want to check my receipt"]),
    ("You are ShopBot, the customer-support assistant for Lumen Home.",
     ["where's my order?", "It's out for delivery today.",
      "great. also: your site says 3 monthly payments with 2.5% fee on the total. for a 420 sofa what is each "
      "payment?"]),
    ("You are a customer support assistant for Vela Telecom.",
     ["how do I turn off roaming?",
      "Settings > Mobile data > Roaming, or text ROAM OFF to 2525.",
      "my plan is 25 a month for 10 GB and 1.50 per extra GB. I used 13.4 GB, and they round up extra GB. what "
      "do I owe this month?"]),
    ("You are a travel assistant for Horizon Rail.",
     ["is there wifi on the Railjet?",
      "Yes, free wifi is available in all classes.",
      "the train leaves Vienna at 07:35 and arrives in Zurich at 15:25, with a 12 minute stop in Innsbruck. "
      "how long is the journey, and what's the average speed if the route is 760 km?"]),
    ("You are an HR assistant for Polaris Logistics.",
     ["What's the overtime rate?", "Overtime is paid at 1.5 times the normal hourly rate.",
      "ok my hourly rate is 21.40 and I did 46 hours last week on a 38-hour contract. what's my gross for the "
      "week?"]),
    ("You are an HR assistant for Polaris Logistics.",
     ["I started on 14 March with 28 days leave a year pro-rated by month. how many days do I get this year? "
      "round to the nearest half day"]),
    ("You are a writing assistant for a newspaper.",
     ["not writing this time - the council budget went from 4.8 million to 5.3 million. what percentage "
      "increase is that, to one decimal?"]),
    ("You are a writing assistant.",
     ["shorten this: 'Sales rose by a considerable margin over the period'", "Sales rose sharply.",
      "ok and if sales were 12,400 units in Q1 and 15,950 in Q2, what's the growth rate? I want the real number "
      "in the sentence"]),
    ("You are a recipe assistant.",
     ["the recipe says bake at 375°F for 35 minutes in a 9-inch round pan. my oven is in celsius and my pan is "
      "8 inch. convert the temperature and tell me how the area changes as a percentage"]),
    ("You are a recipe assistant.",
     ["what's a good bread for beginners?", "A no-knead loaf: flour, water, salt, yeast, long rest.",
      "nice. at 72% hydration with 650 g of flour, how much water? and salt at 2%?"]),
    ("You are an assistant that answers questions using only the context.\n\nContext:\nPricing: Basic 9 EUR "
     "per user per month, Pro 19 EUR per user per month. Annual billing gives two months free. VAT of 21% "
     "is added to all prices.",
     ["We're 14 users on Pro, paying annually. What's the yearly total including VAT? Show how you get it."]),
    ("Use the context to answer.\n\nContext:\nThe warehouse has 3 loading docks. Each truck takes 40 minutes to "
     "load. The warehouse works two shifts of 8 hours.",
     ["how many docks are there?", "Three loading docks.",
      "then how many trucks can be loaded per day at most? and if we need 80 a day, how many more docks?"]),
    ("You are a fitness coaching app assistant.",
     ["suggest a stretching routine for after runs",
      "Calf, hamstring and quad stretches, 30 seconds each, then hip flexor lunges.",
      "I ran 10 km in 52:30. what's my pace per km and per mile? and what time would I get for a half "
      "marathon at the same pace?"]),
    ("You are a fitness coaching app assistant.",
     ["how much protein should I eat?", "About 1.6 g per kg of body weight per day if you're training.",
      "I'm 78 kg. that's how many grams? and if chicken breast has 31 g per 100 g, how much chicken for half of "
      "it?"]),
    ("You are a language learning assistant for French.",
     ["what's 'average' in French?", "« La moyenne ».",
      "cool. my French test scores are 14, 11, 16 and 9 out of 20 and the last one counts double. what's my "
      "weighted average?"]),
    ("You are a financial news summariser.",
     ["skip the summary, just compute: a stock fell 35% and then rose 35%. where is it compared to the start?"]),
    ("You are a legal information assistant.",
     ["my deposit was 1,650 and the law says the landlord pays interest at 1.2% a year. I lived there 3 years "
      "and 4 months. how much interest, simple interest?"]),
    ("You are a gardening assistant.",
     ["which vegetables cope with partial shade?",
      "Lettuce, spinach, chard, peas and radishes all do fine in partial shade.",
      "my raised bed is 2.4 m by 1.2 m and 30 cm deep. how many litres of soil do I need, and how many 40 L "
      "bags?"]),
    ("You are a gardening assistant.",
     ["when do I plant garlic?", "In autumn, a few weeks before the ground freezes.",
      "ok, cloves 15 cm apart in rows 30 cm apart on a 3 m by 1.5 m bed, how many cloves fit? leave 10 cm at "
      "the edges"]),
    ("You are a study assistant for a chemistry course.",
     ["what's the difference between an ion and an isotope?",
      "An ion carries a charge from gaining or losing electrons; an isotope has a different number of neutrons.",
      "calculate the molar mass of Ca(NO3)2 and how many moles are in 25 g of it"]),
    ("You are an IT helpdesk assistant for Orion Corp.",
     ["our backup is 1.8 TB and the line uploads at 200 Mbit/s. how many hours would a full upload take?"]),
    ("You are an IT helpdesk assistant.",
     ["reset my VPN token please", "Done, a new token was sent to your phone.",
      "thanks. totally different: disk has 512 GB, 78% used, grows 6 GB a week. how many weeks until it's full?"]),
    ("You are a data analysis assistant. Prefer tables.",
     ["daily active users last week: 1204, 1187, 1340, 1298, 1105, 860, 912. compute the mean, the standard "
      "deviation and the week-over-week change if last week's mean was 1,050"]),
    ("You are a customer support assistant for an energy provider.",
     ["my meter went from 18,442 to 19,017 kWh in 31 days. at 0.31 per kWh plus 0.52 per day standing charge, "
      "what's the bill?"]),
    ("You are a support assistant for a car rental company.",
     ["do you have automatic cars?",
      "Yes, most of our compact and mid-size cars are automatic.",
      "rental is 39 a day plus 0.25 per km over 200 km total. I had it 4 days and drove 530 km. total?"]),
    ("You are a helpful assistant for a board game café.",
     ["what are the odds of rolling a sum of 7 with two dice, and of getting at least one 7 in three rolls?"]),
    (None, ["translate 'half price' into Spanish", "A mitad de precio.",
            "and if something is half price and then another 20% off, what's the total discount in percent?"]),
    (None, ["write a haiku about numbers", "Counting in the dark / each digit a small lantern / zero holds the "
            "door",
            "lol nice. now an actual question: what's the sum of all integers from 1 to 500?"]),
    (None, ["summarise: rents in the city rose again this year", "Rents in the city increased again this year.",
            "if rent was 1,100 three years ago and rose 6%, 8% and 5% in consecutive years, what is it now?"]),
    (None, ["give me a regex for dates like 2026-12-07", "^\\d{4}-\\d{2}-\\d{2}$",
            "thanks. how many days are there between 2026-12-07 and 2027-03-15, counting neither end?"]),
    ("Eres el asistente de una tienda online de electrónica. Responde en español.",
     ["Si compro un portátil de 899 € a plazos en 12 meses con un 7 % TAE, ¿cuánto pago al mes "
      "aproximadamente? Explica el cálculo."]),
    ("Eres un asistente de programación.",
     ["¿Qué hace el operador % en Python?", "Devuelve el resto de la división entera.",
      "vale, otra cosa sin código: ¿cuál es el resto de dividir 2^100 entre 7? con el razonamiento modular"]),
    ("Eres un tutor de física.",
     ["¿Qué dice la primera ley de Newton?",
      "Un cuerpo sigue en reposo o en movimiento rectilíneo uniforme si no actúa sobre él una fuerza neta.",
      "un coche pasa de 0 a 100 km/h en 8,5 segundos. ¿cuál es su aceleración media en m/s²? y ¿qué distancia "
      "recorre en ese tiempo?"]),
    ("Tu es l'assistant d'une agence immobilière.",
     ["Un appartement de 68 m² est affiché à 289 000 €. Quel est le prix au m² ? Et si les frais de notaire "
      "sont de 7,5 %, quel est le coût total ?"]),
    ("Tu es un assistant de traduction.",
     ["traduis 'moyenne pondérée' en anglais", "Weighted average.",
      "merci. calcule-moi la moyenne pondérée : 12 coeff 3, 15 coeff 2, 8 coeff 1"]),
    ("Du bist ein Kundenservice-Assistent für einen Online-Shop.",
     ["Ich habe 3 Artikel für je 24,90 € und einen für 59 € bestellt. Mit dem Gutschein 15 % auf alles außer "
      "dem teuersten Artikel – wie viel zahle ich?"]),
    ("Du bist ein Programmierassistent.",
     ["Schreib mir ein Hallo-Welt in Go", "package main\n\nimport \"fmt\"\n\nfunc main() {\n\tfmt.Println("
      "\"Hallo, Welt\")\n}",
      "Danke. Andere Frage: Wie viele Bits braucht man mindestens, um 5000 verschiedene Werte darzustellen? Mit "
      "Rechnung bitte."]),
    ("Você é um assistente de atendimento de um banco.",
     ["se eu investir R$ 5.000 a 0,9% ao mês por 18 meses com juros compostos, quanto vou ter no final?"]),
    ("Você é um assistente de estudos para vestibular.",
     ["qual a fórmula de Bhaskara?", "x = (-b ± √(b² - 4ac)) / 2a.",
      "usa ela pra resolver 3x² - 5x - 2 = 0, passo a passo"]),
    ("Sei un assistente per un negozio di bici.",
     ["Se la ruota ha un diametro di 70 cm, quanti giri fa in 5 km? Arrotonda all'intero."]),
    ("Je bent een klantenservice-assistent van een energiebedrijf.",
     ["Hoe geef ik mijn meterstand door?",
      "Via Mijn Omgeving > Meterstanden, of in de app.",
      "Mijn voorschot is € 142 per maand, het jaarverbruik kwam uit op € 1.890. Hoeveel moet ik bijbetalen of "
      "krijg ik terug?"]),
    ("Jesteś asystentem sklepu z materiałami budowlanymi.",
     ["Ile płytek 30 x 60 cm potrzebuję na podłogę 4,5 x 3,2 m, jeśli doliczam 8% zapasu? Płytki są "
      "pakowane po 8 sztuk, ile paczek?"]),
    ("Sen bir e-ticaret sitesinin asistanısın.",
     ["Kargo nerede?", "Kargonuz yarın teslim edilecek.",
      "Tamam. 3 taksitle 2.340 TL'lik alışverişe %4 vade farkı eklenirse her taksit kaç TL olur?"]),
    ("Ты — ассистент по программированию.",
     ["без кода: сколько будет 17 в степени 4 по модулю 5? и объясни, как это быстро посчитать"]),
    ("Ты — помощник в приложении для бега.",
     ["Как подключить часы к приложению?",
      "Откройте Настройки > Устройства и выберите свои часы.",
      "Пробежал 21,1 км за 1:58:40. Какой средний темп на километр?"]),
    ("你是一个电商客服助手。",
     ["满300减50，再叠加9折券，先减后折还是先折后减更省钱？我买了420元的东西，两种算法分别是多少？"]),
    ("你是一个写作助手。",
     ["帮我把这句话改得通顺：我们的销售额在去年有了很大程度的上升",
      "我们去年的销售额大幅增长。",
      "谢谢。顺便算一下：去年销售额是860万，前年是715万，增长率是多少？保留一位小数。"]),
    ("あなたは社内の経費精算アシスタントです。",
     ["領収書の写真はどこにアップロードすればいい？",
      "経費精算画面の「領収書を追加」からアップロードできます。",
      "出張で東京から大阪まで片道14,720円の新幹線を往復、ホテル2泊で1泊9,800円、日当1日3,000円×3日。合計はいくら？"]),
    ("당신은 고객센터 챗봇입니다.",
     ["월 요금이 49,000원이고 약정 할인 25%를 받으면 2년 동안 총 얼마 내는 거예요? 계산 과정도 보여주세요."]),
    ("आप एक कोडिंग सहायक हैं।",
     ["code nahi chahiye, bas ye batao: 1 se 100 tak ke saare even numbers ka sum kitna hoga?"]),
    ("أنت مساعد لتطبيق تعلم اللغة الإنجليزية.",
     ["كيف أقول 'مثلث' بالإنجليزية؟", "Triangle.",
      "شكراً. مثلث أضلاعه 7 و 24 و 25، هل هو قائم الزاوية؟ وما مساحته؟"]),
    ("Kamu adalah asisten layanan pelanggan bank.",
     ["Kalau saya pinjam Rp 20.000.000 dengan bunga flat 1% per bulan selama 24 bulan, cicilan per bulannya "
      "berapa?"]),
    ("Bạn là trợ lý của một cửa hàng sơn.",
     ["Phòng của tôi dài 5 m, rộng 4 m, cao 2,8 m, có một cửa 0,9 x 2 m và hai cửa sổ 1,2 x 1,4 m. Diện tích "
      "tường cần sơn là bao nhiêu?"]),
    ("Du är en assistent för en bilpool.",
     ["Hur bokar jag en bil?",
      "I appen: välj plats och tid och tryck på Boka.",
      "Hur mycket kostar en tur på 3 timmar och 45 km om det är 59 kr i timmen och 2,50 kr per km?"]),
]

"""Batch 15 (written 2026-12-07 by a separate writer, app-style traffic). Natural math requests: refunds with tax,
splits, discounts, unit conversions, rates, interest, algebra, geometry, probability, statistics on given numbers
and short proofs, often asked inside an app whose system prompt is about something else (support bots, writing
tools, IDE agents, legal and HR assistants, recipe apps), after earlier turns that asked for another task, or
while mentioning a poem, a translation or code without asking for one; in many languages."""

ONE_LINERS = """
I'm writing a poem about primes - is 221 prime?
my song has a verse of 7 bars and a chorus of 5. after how many bars do both line up again if they start together?
a recipe for 6 uses 450 g of flour. how much for 14 people
we paid 312 for dinner, 4 adults and 2 kids, kids count as half. what does each adult owe
if I save 175 a month at 0% interest, how many months until I reach 4,000
what's 17.5% VAT on 1,380, and the total with VAT
how far does light travel in 8 minutes and 20 seconds, in km
solve x^2 - 7x + 10 = 0 and check both answers
the average of five numbers is 12. four of them are 9, 14, 10 and 15. what's the fifth
a ladder 5 m long leans on a wall with its foot 1.4 m out. how high up the wall does it reach
if a die is rolled three times, what's the probability of at least one six
show that the sum of the first n odd numbers is n^2
convert 72 degrees Fahrenheit to Celsius, and explain the formula
a shirt is 40% off and then another 25% off the sale price. total discount?
how many minutes are there between 08:47 on Monday and 17:05 on Thursday
my phone battery drops from 100 to 64 in 3 hours. at that rate, when does it hit 10?
derivative of sin(x) * e^(2x)
integrate x * ln(x) dx
the median and the mode of 3, 7, 7, 2, 9, 11, 7, 4, please
¿cuánto es el 21 % de IVA sobre 845 €? y el total
si un grifo llena la bañera en 12 minutos y otro en 18, ¿cuánto tardan los dos juntos?
combien de diagonales a un polygone de 12 côtés ? et pourquoi la formule marche
un prêt de 15 000 € à 4 % sur 5 ans, quelle mensualité à peu près ?
Wie groß ist die Fläche eines Kreises mit 3,5 m Durchmesser?
Wenn 3 Maler eine Wand in 8 Stunden streichen, wie lange brauchen 4?
qual é o juro simples de R$ 2.400 a 1,5% ao mês durante 7 meses?
quanti anagrammi ha la parola MAMMA?
hoeveel is 3/8 plus 5/12? graag als breuk
ile wynosi pole trójkąta o bokach 7, 8 i 9?
bir kenarı 6 cm olan küpün köşegen uzunluğu kaç?
решите систему: 2x + 3y = 12, x - y = 1
чему равна сумма углов выпуклого восьмиугольника?
一个长方体长8厘米宽5厘米高3厘米，表面积是多少？
時速72kmは秒速何メートル？
1부터 100까지 짝수의 합은?
ek dukaan 20% discount deti hai aur phir 5% GST lagta hai, 1,200 ki cheez kitne ki padegi?
ما هو المتوسط الحسابي لـ 14 و 22 و 31 و 9 و 18؟
berapa bunga majemuk dari 10 juta dengan bunga 6% per tahun selama 3 tahun?
"""

LONG = [
    "I'm a hobby beekeeper. Last year I had 3 hives and got 68 kg of honey in total. This year I'll have 5 "
    "hives but I expect each hive to make 15% less because of the dry spring. How much honey should I expect "
    "in total, and if I sell 250 g jars at 7.50 each, what's the revenue if I keep 6 kg for myself?",
    "Help me check my landlord's maths. Rent was 1,150 a month. He says it's going up by the inflation rate "
    "of 4.2%, rounded up to the nearest 5. He's asking 1,205. Is that right? If not, what should it be?",
    "We're three freelancers sharing a studio. Rent is 1,800 a month. Ana uses it 5 days a week, Ben 3 days, "
    "and I use it 2 days. If we split the rent in proportion to days used, what does each of us pay? And "
    "what's the difference for me compared with an even split?",
    "Prove that if n is an integer and n^2 is even, then n is even. I keep trying to go directly and getting "
    "stuck, so if the proof works better by contrapositive, please show why that's allowed.",
    "Our class measured plant heights after two weeks (cm): 12.1, 14.3, 11.8, 15.0, 13.2, 12.7, 14.9, 13.6. "
    "Can you compute the mean and the sample standard deviation, and say whether 15.0 is more than one "
    "standard deviation above the mean?",
    "A water tank is a cylinder 1.2 m across and 1.8 m tall. It's three-quarters full. How many litres are "
    "in it, and how long would a pump moving 22 litres a minute take to empty it?",
    "Tengo una hipoteca de 140.000 € a 25 años al 3,2 % fijo. Si hago una amortización anticipada de "
    "10.000 € al final del quinto año y mantengo la cuota, ¿cuántos meses antes termino de pagar, "
    "aproximadamente? No necesito precisión de banco, pero sí el planteamiento.",
    "Pour notre mariage on a 96 invités, des tables rondes de 8 ou de 10, et la salle veut le moins de "
    "tables possible sans place vide. Combien de tables de chaque taille ? Y a-t-il plusieurs solutions ?",
    "Unsere Solaranlage hat 9,6 kWp und hat dieses Jahr 9.100 kWh erzeugt. Davon haben wir 35 % selbst "
    "verbraucht, den Rest eingespeist für 8,2 Cent pro kWh. Strom aus dem Netz kostet uns 34 Cent. Wie viel "
    "haben wir insgesamt gespart bzw. verdient?",
    "我想算一下：每个月定投2000元，年化收益按5%算，按月复利，10年后大概有多少？请写出公式和计算过程。",
    "ある商品を原価の30%増しで定価をつけ、定価の2割引きで売ったら、利益は120円でした。原価はいくらですか。途中式も書いてください。",
]

CHATS = [
    ("You are ShopAssist, the customer-support bot for Harbour & Pine, an online homewares store.",
     ["I returned a lamp that cost 89.00 plus 20% VAT, and you charged me a 4.95 return fee before VAT. "
      "how much should the refund be?"]),
    ("You are ShopAssist, the customer-support bot for Harbour & Pine.",
     ["where's my order?", "Order #HP-20931 is out for delivery today between 12:00 and 16:00.",
      "thanks. also, I've got a 15% code and a 10 off voucher. does it matter which one is applied first on "
      "a 140 basket? show me both ways"]),
    ("You are a customer-support assistant for Lumen Energy.",
     ["my tariff is 0.31 per kWh plus a standing charge of 0.52 a day. I used 412 kWh in a 30-day month. "
      "what should the bill be?"]),
    ("You are a customer-support assistant for Lumen Energy.",
     ["can I change my payment date?", "Yes, in the app under Billing > Payment date, any day from 1 to 28.",
      "ok. my kettle is 2.2 kW and I boil it for about 3 minutes, 6 times a day. what does that cost per "
      "year at 0.31 per kWh?"]),
    ("You are Paperkite, a writing assistant that helps people polish essays and emails.",
     ["my essay must be between 1,500 and 1,800 words. I have 1,340. if each paragraph I add is about 120 "
      "words, how many more paragraphs at minimum and at most?"]),
    ("You are Paperkite, a writing assistant.",
     ["make this sentence shorter: 'In the event that the shipment arrives late, please notify us as soon "
      "as possible.'", "'If the shipment is late, please tell us promptly.'",
      "great. unrelated, my daughter's homework: a rectangle's perimeter is 46 cm and its length is 5 cm "
      "more than its width. find the sides"]),
    ("You are Tessellate, an IDE agent that edits code in the open workspace.",
     ["no code needed: our API allows 600 requests per minute per key. we have 7 workers each sending 1.6 "
      "requests a second. are we over the limit, and by how much?"]),
    ("You are Tessellate, an IDE agent.",
     ["add a docstring to hash_password", "Added: 'Hash a password with bcrypt and a per-user salt.'",
      "thanks. a maths question out of curiosity: a 6-character password from 26 lowercase letters and "
      "10 digits, how many combinations? and how many years to try them all at a billion guesses per "
      "second?"]),
    ("You are Forge, a coding assistant inside the terminal.",
     ["the disk is 512 GB, 71% used, and grows about 2.3 GB a day. how many days until it's 90% full?"]),
    ("You are Clausewise, an assistant that reviews employment contracts.",
     ["the contract says notice is one month plus one week for every full year of service, max 12 weeks. I "
      "started on 1 March 2019 and I'm resigning on 10 December 2026. how many weeks of notice?"]),
    ("You are Clausewise, an assistant that reviews employment contracts.",
     ["what does 'pro rata' mean in the bonus clause?", "It means the bonus is reduced in proportion to the "
      "part of the year you worked.",
      "so the bonus is 6,000 for a full year and I leave after 7 months and 12 days. what do I get, pro "
      "rata by days, in a 365-day year?"]),
    ("You are a legal-document assistant for a property management firm.",
     ["the lease says late payment interest is 8% a year above base rate, base rate is 4.75%, charged daily "
      "on 1,250 overdue for 23 days. how much interest?"]),
    ("You are PeopleDesk, an HR assistant.",
     ["I work 30 hours a week instead of 40. full-time holiday is 28 days. how many days do I get, and how "
      "many hours is that if my days are 6 hours?"]),
    ("You are PeopleDesk, an HR assistant.",
     ["where do I find the expense policy?", "It's in the handbook under Finance > Expenses, section 7.",
      "found it, thanks. mileage is 0.45 per mile for the first 10,000 and 0.25 after that. I drove 11,640 "
      "miles for work this year. what can I claim?"]),
    ("You are Sprig, a recipe and meal-planning assistant.",
     ["the recipe is in cups and I only have a scale. 2.5 cups of flour at 125 g a cup, and 0.75 cup of "
      "sugar at 200 g a cup, what's that in grams?"]),
    ("You are Sprig, a recipe and meal-planning assistant.",
     ["suggest a side for roast chicken", "Lemon-garlic green beans or a crunchy fennel salad.",
      "lovely. the chicken is 2.1 kg and the rule is 20 minutes per 500 g plus 20. I want to eat at 19:15 "
      "and rest it 15 minutes. when does it go in?"]),
    ("You are Wayfarer, a travel-booking assistant.",
     ["I'm driving 640 km. my car does 6.2 litres per 100 km and fuel is 1.79 a litre. what's the fuel cost "
      "there and back?"]),
    ("You are Wayfarer, a travel-booking assistant.",
     ["what time is it in Tokyo when it's 9am in Lisbon?", "In winter, 6pm in Tokyo (Tokyo is 9 hours "
      "ahead).",
      "ok. my flight leaves Lisbon at 13:40 and the trip takes 17 h 25 min with the stop. what's the local "
      "time in Tokyo when I land?"]),
    ("You are DataLoom, an analytics copilot.",
     ["no query needed. conversion went from 2.4% to 2.9%. is that a 0.5% increase or a 20.8% increase? "
      "explain which one is which"]),
    ("You are DataLoom, an analytics copilot.",
     ["pull last week's sessions", "Sessions last week: 48,120.",
      "thanks. if sessions grow 3% a week, compounding, how many weeks until we pass 75,000?"]),
    ("You are a tutoring assistant for high-school chemistry.",
     ["this is more maths than chemistry: if I dilute 250 ml of a 2 M solution to 1.6 litres, what's the "
      "new concentration? show the steps"]),
    ("You are a customer-support assistant for Corvid Broadband.",
     ["my plan is 34.99 a month with the first 3 months at half price, on an 18-month contract. what's the "
      "total I'll pay over the contract?"]),
    (None,
     ["translate 'square root' into Spanish", "raíz cuadrada.",
      "thanks. now the actual homework: simplify the square root of 180, and the square root of 72 times "
      "the square root of 2"]),
    (None,
     ["write a haiku about the number seven", "Seven bright stones / counted twice on a cold beach / the sea "
      "keeps one more",
      "ha. ok serious: how many ways can I choose 3 stones out of 7 if the order doesn't matter? and if it "
      "does?"]),
    (None,
     ["summarise: sales up 12% in Q1, down 4% in Q2, up 9% in Q3",
      "Sales rose in Q1 and Q3 and dipped slightly in Q2.",
      "starting from 100 at the beginning of the year, what's the level after Q3 and the overall percentage "
      "change?"]),
    (None,
     ["python: how do I round to 2 decimals?", "Use round(x, 2), or f'{x:.2f}' for display.",
      "thanks. on paper though, what is 2/7 to 6 decimal places, and is the decimal expansion repeating? "
      "how long is the period?"]),
    ("Eres un asistente de atención al cliente de una tienda de electrodomésticos.",
     ["la lavadora cuesta 549 € y la financian en 12 meses con un 6,9 % TAE. ¿cuánto pago al mes más o "
      "menos y cuánto en intereses en total?"]),
    ("Eres un asistente de redacción para blogs de viajes.",
     ["escríbeme un título para un post sobre Oaxaca", "«Oaxaca a fuego lento: mole, mezcal y mercados»",
      "me gusta. otra cosa: el viaje costó 1.320 € para 11 días, 4 de ellos en la costa donde gasté el "
      "doble al día. ¿cuánto gasté por día en la costa y fuera de ella?"]),
    ("Tu es l'assistant client d'une boutique de vélos en ligne.",
     ["j'ai acheté un vélo à 1 290 € TTC avec 20 % de TVA, il est remboursé partiellement de 15 % du prix "
      "HT suite à un défaut. combien je récupère ?"]),
    ("Tu es un assistant pour rédiger des contrats de location.",
     ["vérifie la clause de dépôt de garantie", "La clause est conforme : un mois de loyer hors charges.",
      "merci. si le loyer est de 780 € hors charges et augmente selon l'IRL de 3,5 % chaque année, combien "
      "au bout de 3 ans ?"]),
    ("Du bist ein Assistent für Reiseplanung.",
     ["Wir fahren mit 4 Leuten, das Ferienhaus kostet 1.260 € für 7 Nächte, dazu Endreinigung 90 € und "
      "Kurtaxe 2,10 € pro Person und Nacht. Was zahlt jeder?"]),
    ("Du bist ein Schreibassistent für Bewerbungen.",
     ["formuliere meinen Einleitungssatz freundlicher", "Mit großer Freude bewerbe ich mich auf die Stelle "
      "als Projektleiterin.",
      "danke. Rechenfrage nebenbei: aktuell 52.000 brutto, angeboten 58.500. Um wie viel Prozent steigt das, "
      "und wie viel ist das im Monat bei 12 Gehältern?"]),
    ("Você é um assistente de suporte de uma loja de roupas online.",
     ["comprei 3 camisetas de R$ 59,90 e uma calça de R$ 149,90, ganhei 10% de desconto e o frete é R$ 18. "
      "quanto deu o total? confere pra mim"]),
    ("Você é um assistente de escrita criativa.",
     ["me dá uma ideia de conto curto", "Um relojoeiro que conserta relógios parados e, sem querer, devolve "
      "horas perdidas aos donos.",
      "boa. agora matemática: se um relógio atrasa 3 minutos por dia, em quantos dias ele volta a marcar a "
      "hora certa? (num relógio de 12 horas)"]),
    ("Sei un assistente per la gestione delle ricette di una pasticceria.",
     ["ho un impasto che lievita il doppio ogni 90 minuti. partendo da 400 ml, dopo quanto arriva a 1,6 "
      "litri? e dopo 4 ore quanto sarebbe in teoria?"]),
    ("Je bent een klantenservice-assistent voor een telecomprovider.",
     ["ik bel 320 minuten per maand, bundel A kost 12,50 voor 250 minuten en daarna 0,09 per minuut, "
      "bundel B 17 euro onbeperkt. welke is goedkoper voor mij?"]),
    ("Jesteś asystentem do pisania maili służbowych.",
     ["napisz krótkie przypomnienie o fakturze", "Dzień dobry, uprzejmie przypominam o fakturze nr 45/11 z "
      "terminem płatności 30.11.",
      "dzięki. a ile wynoszą odsetki ustawowe 11,25% rocznie od 8 400 zł za 17 dni opóźnienia?"]),
    ("Sen bir müşteri destek asistanısın.",
     ["telefonu 24 taksitle aldım, aylık 1.450 TL, peşin fiyatı 28.000 TL. vade farkı yüzde kaç oluyor?"]),
    ("Ты — ассистент службы поддержки интернет-магазина.",
     ["как оформить возврат?", "В личном кабинете: Заказы > Вернуть товар, затем выберите причину.",
      "ок. товар стоил 7 490, скидка была 12%, а за доставку возврата удержат 350. сколько мне вернут?"]),
    ("Ти — помічник з підготовки до іспитів з історії.",
     ["не історія: доведи, що корінь з 2 — ірраціональне число. коротко, але строго"]),
    ("你是一个英文写作批改助手。",
     ["帮我改一下这句：I very like this city.", "建议改成：I really like this city.",
      "谢谢。另外问个数学题：等差数列首项是3，公差是4，前20项和是多少？"]),
    ("あなたはホテル予約サイトのサポート担当です。",
     ["1泊12,800円で3泊、10%の割引クーポンと宿泊税1人1泊200円（2人）。合計はいくら？"]),
    ("당신은 이력서 작성을 돕는 도우미입니다.",
     ["자기소개 첫 문장 다듬어줘", "데이터로 문제를 풀어 온 5년 차 분석가입니다.",
      "좋아요. 근데 수학 질문 하나: 연봉 4,200만 원에서 7% 인상되면 월 실수령이 아니라 세전 월급이 얼마 늘어나요?"]),
    ("आप एक ट्रैवल बुकिंग सहायक हैं।",
     ["Delhi se Jaipur 280 km hai. agar main 70 km/h ki speed se jaun aur beech mein 25 minute ruku, toh "
      "kitna time lagega?"]),
    ("أنت مساعد لحجز المطاعم.",
     ["احجز طاولة لأربعة", "تم الحجز ليوم الجمعة الساعة الثامنة مساءً.",
      "شكراً. الفاتورة المتوقعة 460 ريال مع ضريبة 15٪ وإكرامية 10٪ من المبلغ قبل الضريبة. كم المجموع؟"]),
    ("Anda adalah asisten layanan pelanggan toko elektronik.",
     ["laptop harga 8.500.000 diskon 12%, terus cicilan 6 bulan tanpa bunga. berapa per bulan?"]),
    ("Bạn là trợ lý viết email cho nhân viên văn phòng.",
     ["viết email xin nghỉ phép", "Kính gửi anh Minh, em xin phép nghỉ ngày 20/12 vì việc gia đình.",
      "cảm ơn. hỏi thêm: lương 15 triệu, làm 22 ngày/tháng, nghỉ không lương 2 ngày thì bị trừ bao nhiêu?"]),
    ("Είσαι βοηθός για κρατήσεις ξενοδοχείων.",
     ["το δωμάτιο κοστίζει 95 ευρώ τη νύχτα, με 13% ΦΠΑ και φόρο διαμονής 1,50 τη νύχτα. πόσο για 5 νύχτες;"]),
    ("אתה עוזר לכתיבת מכתבים רשמיים.",
     ["תחשב לי: קניתי מקרר ב-4,800 ש\"ח כולל מע\"מ של 17%. כמה מזה היה מע\"מ?"]),
]

"""Batch 14 (written 2026-12-08 by a separate writer, app-style traffic). Natural reasoning requests: decisions
to weigh, causes to explain, plans under constraints, "which is more likely", flawed arguments to take apart and
a few deductions, mostly not phrased as puzzles; many sent to an app whose system prompt is about something else
(legal, coding agents, support, recipes, HR), after earlier turns that asked for another task, or naming another
task ("before you write code...") while asking for judgement."""

ONE_LINERS = """
budget covers either a second on-call engineer or better alerting, not both. which cuts night pages more, and why?
my sourdough rises fine in July and collapses in January, same recipe, same flour. what's the chain of causes?
"nobody complained about the old checkout, so customers were happy with it" — what's wrong with that argument?
three cancellations this month, all annual plans, all renewing the same week. what should I suspect before blaming the product?
replace the dishwasher now or run it until it dies? 9 years old, leaks a little, we're moving in a year
lease ends on the 30th, new flat is ready on the 25th, movers only book weekends and I work weekdays. how do I sequence this?
green button beat blue by 0.4% with 300 visitors per arm. would you ship it? argue both sides then decide
a place with 4.8 stars closed within a year. what are the most plausible stories behind that?
one senior hire or two juniors, when nobody on the team has time to mentor? think it through
the cat only throws up after we've been away for a weekend and the feeder is automatic. what's going on, likely?
is a 4-day week workable for a hospital ward or only for office teams? reason, don't cheerlead
the bridge was closed and yet the bus arrived on time. what had to be true about its route?
if the backup ran every night and the file from Tuesday is missing, what are the candidate explanations, ranked?
why would a job ad with a higher salary get fewer applicants than the same ad last year?
¿qué es más probable, que el paquete se haya perdido o que esté retenido en aduana? 12 días sin moverse, viene de Shenzhen
¿me conviene alquilar cerca del trabajo y pagar 300 más, o lejos y perder dos horas al día? ayúdame a pensarlo bien
pourquoi nos ventes en ligne montent quand il pleut mais pas quand il neige ? propose des hypothèses et comment les tester
Was spricht dafür, den Release um eine Woche zu schieben, und was dagegen? Zwei Bugs offen, keiner kritisch, Kunde wartet.
se todos os gerentes aprovaram e o projeto mesmo assim não saiu do papel, onde está o furo no processo? raciocina
ha senso comprare casa adesso coi tassi alti o è meglio aspettare? non voglio cifre, voglio il ragionamento
Anna zegt 'ik was het niet', Bram zegt 'Anna liegt', Cas zegt 'ik ook niet'. Eén spreekt de waarheid. Wie at de taart?
Lepiej najpierw spłacić kredyt na auto czy odkładać na wkład własny? Przeanalizuj to ze mną.
Sunucu neden sadece pazartesi sabahları yavaşlıyor? Yedekleme pazar gecesi çalışıyor. Adım adım düşün.
Все билеты проданы, а в зале половина мест пустая. Какие объяснения возможны и какое вероятнее?
每个周五都有人请假，而且每次都是不同的人，这能说明团队有问题吗？帮我分析一下
引っ越しと転職、どっちを先にすべき？転勤の可能性があって、新しい家賃は今の1.5倍
창문을 누가 깼을까? 민수는 집에 있었다고 하고, 지호는 공을 들고 있었고, 서연은 창문 근처에 안 갔대. 누가 제일 의심스러워?
kya yeh tark sahi hai: 'sab log yeh phone le rahe hain, toh yeh best hi hoga'? galti kahan hai batao
إذا كان المتجر يربح أكثر في الأيام الممطرة، فهل عليه أن يفتح في الشتاء فقط؟ ناقش المنطق
Kenapa penjualan es krim kami turun padahal cuacanya lagi panas banget? Coba analisis kemungkinannya
ok so mi jefe dice que si trabajamos más horas entregamos antes, but every crunch the bug count explodes. who's right?
"""

LONG = [
    "Context: we run two warehouses. Since October, orders from the Leipzig warehouse arrive late about 18% of "
    "the time, Bremen 6%. Leipzig switched courier in September, also hired 11 seasonal pickers in October, and "
    "its catchment area got the whole of Poland added in mid-October. My boss wants to fire the new courier. "
    "Before we do that, which of the three changes is the most plausible culprit, and what data would separate "
    "them?",
    "Here's the argument from our CFO's memo: 'Teams that use the premium analytics tool close 30% more deals. "
    "So buying the premium tool for every team will raise deals by 30%.' I sort of believe it, but something "
    "feels off. Pick it apart for me.",
    "We can either delay launch by three weeks to add SSO, which two big prospects asked for, or launch now to "
    "the 40 small customers on the waitlist and add SSO later. Engineering says SSO is 'probably' three weeks. "
    "Sales says the prospects might sign by end of quarter. Which path would you take and what would change your "
    "mind?",
    "My elderly dad keeps falling for phone scams. My sister wants to take his bank card away, I want to set up "
    "a call blocker and talk to him, our brother wants to move him into assisted living. None of us is "
    "obviously wrong. Help me think about the trade-offs between dignity, safety and what he'd actually accept.",
    "Why would the number of support tickets go UP after we published a much better help centre? It's been "
    "live for six weeks, page views are high, and the ticket volume rose by about 15%. I'd like a few competing "
    "explanations and which one you think is most likely.",
    "Small puzzle from our team offsite, but I want the logic not just the answer: four people need to cross a "
    "dark tunnel with one torch, at most two at a time, and the pair moves at the slower person's pace. They "
    "take 1, 2, 5 and 10 minutes. Someone claimed 17 minutes is possible. Is that right, and why is the obvious "
    "'fastest person escorts everyone' plan worse?",
    "Our nightly ETL used to finish by 4am. For the last two weeks it finishes at 6:30. Data volume is up only "
    "5%. During those two weeks: the DBA enabled a new audit log, another team started a reporting job at 2am, "
    "and we upgraded the driver. Don't write SQL or code. Just reason about which change could cause a 2.5 hour "
    "slowdown and what to check first.",
    "Should I go back to university at 34 for a nursing degree? I'd lose my current salary for three years, my "
    "partner earns enough to cover rent, I've volunteered in a hospice for two years and loved it, and nursing "
    "jobs in my area are easy to find. What am I not thinking about?",
    "Un amigo dice: 'Los países con más cafeterías tienen más premios Nobel, así que el café te hace más "
    "listo.' Sé que es una correlación, pero explícame qué otras cosas podrían estar detrás y cómo se "
    "podría comprobar si el café tiene algo que ver.",
    "Nous devons choisir entre deux fournisseurs de logiciels de paie. Le premier est moins cher et connu, mais "
    "son support ne répond qu'en anglais. Le second coûte 20 % de plus, support en français, mais l'entreprise "
    "a deux ans d'existence. Nous avons 60 salariés et aucun informaticien. Lequel est le choix le plus "
    "raisonnable, et pourquoi ?",
    "Wir überlegen, unser Café sonntags zu schließen. Sonntag ist der umsatzstärkste Tag, aber zwei von vier "
    "Mitarbeitenden haben gekündigt, weil sie nie ein freies Wochenende haben. Neue Leute finden wir kaum. Wie "
    "würdest du das abwägen?",
    "A empresa quer cortar o vale-refeição e dar o mesmo valor em salário. Parece igual, mas a equipe está "
    "revoltada. Raciocina comigo: em que situações isso seria pior para os funcionários, e em quais seria "
    "melhor?",
    "我们小区的电梯这个月坏了三次，物业说是住户超载，住户说是维修公司用了便宜零件。三次故障都发生在早上七点到九点。"
    "你觉得哪种解释更站得住脚？还需要什么信息才能判断？",
    "去年うちの部署では残業を減らす施策をしたのに、総労働時間はむしろ増えた。施策は「20時以降はPC強制シャットダウン」。"
    "なぜこうなったのか、考えられる理由を順序立てて推論してほしい。",
    "Мы выбираем между двумя кандидатами. Первый сильнее технически, но на трёх прошлых местах работал меньше "
    "года. Второй слабее, но спокойный и его хвалят бывшие коллеги. Команда маленькая, проект длинный. "
    "Помоги взвесить, кого брать и почему.",
    "Mamy w firmie spór: zespół A twierdzi, że spadek konwersji to wina nowego projektu strony, zespół B, że "
    "winne są nowe ceny. Oba weszły tego samego dnia. Jak rozumowałbyś, żeby rozdzielić te dwa efekty bez "
    "cofania zmian?",
]

CHATS = [
    ("You are LexiDraft, an assistant for reviewing commercial contracts. Flag risky clauses and suggest "
     "redlines.",
     ["before I go back to the NDA: office logic puzzle. three boxes labelled apples, oranges, mixed, all "
      "labels wrong. you may pull one fruit from one box. which box, and how does that fix all the labels?"]),
    ("You are LexiDraft, an assistant for reviewing commercial contracts.",
     ["flag anything odd in clause 9", "Clause 9 makes the indemnity uncapped for the supplier only; that's "
      "unusual and worth pushing back on.",
      "ok. separate question that's been bugging me: the client says they'd rather sign with us than the "
      "competitor because we're 'smaller and more flexible'. but they keep asking for big-company guarantees. "
      "what does that tell us about what they really want?"]),
    ("You are a legal-document assistant for a property management firm.",
     ["Tenant A says tenant B's dog barks all day. B says the dog is at daycare Monday to Friday. Both seem "
      "honest. What explanations fit both statements, and how could we find out without accusing anyone?"]),
    ("You are DevPilot, an autonomous coding agent working in the user's repository.",
     ["before you write any code: plan A is to add a cache in front of the pricing service, plan B is to "
      "precompute prices nightly. prices change maybe twice a day, but when they change, customers must see "
      "it within a minute. which plan is actually sound and why?"]),
    ("You are DevPilot, an autonomous coding agent working in the user's repository.",
     ["run the migrations locally", "Applied 4 migrations; the database is at revision 0042.",
      "good. now think, don't type: we can ship the new schema with a feature flag and dual writes for two "
      "weeks, or do a one-night cutover with downtime. 3 engineers, customers in every timezone. which risk "
      "would you rather own?"]),
    ("You are an IDE assistant. Answer with code when code is asked for.",
     ["explain the trade-off between these two plans: 1) split the monolith's reporting module into its own "
      "service now, 2) first put a clean interface around it inside the monolith and split later. no code, "
      "I need the argument for the architecture review"]),
    ("You are an IDE assistant.",
     ["write a regex for UK postcodes", "Here's a pattern that covers the standard formats: "
      "^[A-Z]{1,2}\\d[A-Z\\d]? ?\\d[A-Z]{2}$",
      "thanks. off-topic: the team lead says 'every outage we had was after a Friday deploy, so Friday deploys "
      "cause outages'. we only deploy on Fridays. is her conclusion justified?"]),
    ("You are Pico, a coding agent with access to the user's repository and terminal.",
     ["check why the build is red", "The build fails on a lint rule added yesterday in the shared config.",
      "fine, leave it. a bigger question first: half the team wants to pin every dependency, half wants to "
      "float minor versions. we've had two supply-chain scares this year and a lot of stale CVEs. who has the "
      "stronger case, for a team of six?"]),
    ("You are a SQL copilot connected to the analytics warehouse.",
     ["don't query anything yet. signups dropped 20% on the day we moved the signup button above the fold. "
      "before I go hunting in the data, list what else could have caused it and which one you'd bet on"]),
    ("You are a SQL copilot connected to the analytics warehouse.",
     ["count orders per country last month", "Top three: Germany 4,210, France 3,380, Spain 2,950.",
      "weird, Spain was ahead of France every month before. we ran a campaign in France, and Spain had a "
      "national holiday week. which story fits better, and what would each one predict for next month?"]),
    ("You are a data analysis copilot for marketing teams.",
     ["our email open rates jumped from 22% to 41% overnight after Apple's privacy update. did our emails "
      "suddenly get better? reason about it"]),
    ("You are a customer-support assistant for Tidewater Ferries.",
     ["I have to be in Bergen by 10am Thursday. Option 1: the night ferry, arrives 7:00 but it's cancelled "
      "about once a month in winter. Option 2: the 5:40 flight, rarely late, but I'd need to be up at 3. "
      "Which is smarter if missing the meeting would be really bad?"]),
    ("You are a customer-support assistant for Corvid Broadband.",
     ["how do I change my wifi password?", "Log in to 192.168.1.1, go to Wireless > Security and set a new "
      "key.",
      "done, thanks. now, my neighbour says his internet got slower since I moved in. we're on different "
      "providers. is it even plausible that's my fault? reason it out"]),
    ("You are ShopBot, the customer-support assistant for Lumen Home.",
     ["I'm choosing between the sofa that's in stock now and the better one that arrives in 9 weeks. My "
      "old sofa is already sold and the baby is due in 6 weeks. Help me think it through, I don't need "
      "product details"]),
    ("You are a recipe assistant. Suggest recipes from the user's ingredients.",
     ["I'm cooking for 10 on Saturday: one guest is vegan, one is allergic to nuts, two kids eat only "
      "pasta, and I have one oven. Don't give me recipes yet, first help me plan what gets cooked when so "
      "everyone eats at 7"]),
    ("You are a recipe assistant.",
     ["give me a quick tomato soup", "Sauté an onion, add two tins of tomatoes and stock, simmer 15 min, "
      "blend, season.",
      "made it, tasted metallic. I used the same tins as always but a new pot. what's the likeliest cause?"]),
    ("You are an HR assistant for Brightwell Logistics.",
     ["what's the policy on remote work?", "Up to two remote days a week, agreed with your manager.",
      "ok. I manage two people who both want Fridays remote, and someone has to be in on Fridays for "
      "deliveries. how do I decide fairly? walk through the options"]),
    ("You are an HR assistant.",
     ["exit interviews all say 'better pay elsewhere', but our pay is above market. what else could be going "
      "on, and why would people give that reason anyway?"]),
    ("You are a travel booking assistant.",
     ["find me flights Lisbon to Prague on 14 March", "TAP direct at 09:15 for 148 EUR, or a Ryanair via "
      "Milan at 06:30 for 62 EUR.",
      "hmm. I'm travelling with a toddler and a meeting at 17:00 that I can't miss. which is really the "
      "better choice once you count everything?"]),
    ("You are a fitness coaching app.",
     ["I've been running 4x a week for two months and got slower. I sleep 6 hours, started a new job, and "
      "ramped up the distance each week. which of those is most likely behind it?"]),
    ("You are a tutoring assistant for high-school chemistry.",
     ["what's the formula for table salt?", "NaCl, sodium chloride.",
      "different thing: my friend says she'll pass because she studied 10 hours, and last time she studied "
      "10 hours she passed. i said that's bad logic. which of us is right?"]),
    ("You are a meeting-notes assistant. Summarize calls and list action items.",
     ["summarize", "The team discussed moving the launch to May and agreed to decide next week.",
      "actually, I need your judgement, not notes: May clashes with two trade fairs but gives QA six more "
      "weeks. marketing hates it, QA loves it. what would you weigh most?"]),
    ("You are an email writing assistant.",
     ["draft a polite no to the conference invite", "Thank you for the kind invitation. Unfortunately I "
      "won't be able to attend this year...",
      "hold on before I send it. the conference is where our biggest client goes every year, but I'd miss my "
      "daughter's recital. is declining the smart move or just the comfortable one? weigh it honestly"]),
    ("You are a translation app. Translate the user's text into the requested language.",
     ["don't translate this, I need help deciding: our app is in English and German. users asked for "
      "French, Polish and Turkish. we can afford one. Turkish has the most requests, French the richest "
      "customers, Polish the fastest growth. which one first and why?"]),
    ("You are a summarization tool for news articles.",
     ["not a summary this time. the article says a town's crime fell after it installed cameras, but crime "
      "also fell in the neighbouring towns without cameras. what's the fair conclusion?"]),
    ("You are a writing assistant for novelists.",
     ["give me a name for a lighthouse keeper", "Maren Holt.",
      "great. plot logic check: the murder happens at 11, the keeper is seen at the lamp at 10:50 and 11:10, "
      "the house is a 15-minute walk away. can she be the murderer? what would the story need to make it work?"]),
    ("You are a customer-support assistant for an insurance company. Context: Home policy covers sudden "
     "water damage. Gradual leaks and damp are excluded.",
     ["our ceiling stain appeared overnight after heavy rain, but the plumber says the pipe had a slow "
      "leak for months. which reading of the policy is more convincing, and what should I expect?"]),
    ("You are a kids' homework helper.",
     ["my son asks: if all dogs have four legs and my table has four legs, is my table a dog? how do I "
      "explain why that's wrong to a 7 year old?"]),
    ("Eres un asistente para redactar documentos legales.",
     ["revisa esta cláusula de confidencialidad", "La cláusula es correcta, aunque conviene fijar un plazo.",
      "gracias. otra cosa: mi socio quiere abrir una segunda tienda ya y yo prefiero esperar a tener un año "
      "de números. facturamos bien, pero solo llevamos ocho meses. ¿quién tiene mejor argumento?"]),
    ("Eres un asistente de atención al cliente de una aerolínea.",
     ["mi vuelo a Bogotá sale a las 23:55 y la conexión a Cali a las 06:10. si el primero se retrasa más de "
      "dos horas pierdo la conexión. ¿me arriesgo o cambio a un vuelo directo más caro? razónalo"]),
    ("Tu es un assistant de code dans l'IDE.",
     ["ajoute des tests pour parse_date", "J'ai ajouté six tests : formats ISO, vide, fuseau horaire...",
      "merci. avant de coder la suite : soit on stocke toutes les dates en UTC et on convertit à "
      "l'affichage, soit on garde l'heure locale du client. nos clients sont dans trois fuseaux. quel choix "
      "tient la route, et pourquoi ?"]),
    ("Tu es un assistant pour la gestion de copropriété.",
     ["la chaudière commune tombe en panne chaque lundi matin depuis un mois. le week-end elle tourne au "
      "ralenti. quelles hypothèses tiennent, et dans quel ordre les vérifier ?"]),
    ("Du bist ein Assistent für Vertragsprüfung.",
     ["Kurze Denkaufgabe abseits der Verträge: Drei Kollegen, einer lügt immer, einer sagt immer die "
      "Wahrheit, einer antwortet zufällig. Mit welcher einen Frage findest du den Ehrlichen, und warum "
      "funktioniert sie?"]),
    ("Du bist ein Kundenservice-Assistent für einen Stromanbieter.",
     ["Mein Abschlag ist gleich geblieben, aber die Nachzahlung ist doppelt so hoch wie letztes Jahr. "
      "Verbrauch laut Zähler fast gleich. Was kann logisch dahinterstecken?"]),
    ("Você é um assistente de RH.",
     ["quantos dias de férias eu tenho?", "30 dias corridos por ano trabalhado.",
      "valeu. agora me ajuda a pensar: tirar as férias todas em dezembro com a família ou dividir em duas "
      "partes pra descansar mais vezes? meu trabalho é bem estressante no segundo semestre"]),
    ("Sei un assistente per la scrittura di email.",
     ["il mio capo sostiene che chi arriva presto in ufficio è più produttivo, perché i migliori arrivano "
      "alle 8. è un ragionamento che regge? dimmi dove zoppica"]),
    ("Je bent een klantenservice-assistent voor een webwinkel.",
     ["mijn bestelling is twee keer 'bezorgd' gemeld maar ik heb niks. de buren ook niets. de bezorger "
      "belt niet aan. wat is de meest logische verklaring?"]),
    ("Jesteś asystentem programisty.",
     ["napisz funkcję do walidacji NIP", "Oto funkcja licząca sumę kontrolną NIP...",
      "dzięki. teraz pytanie bez kodu: szef chce przepisać cały system w Ruście, bo 'jest szybszy'. "
      "nasz problem to wolna baza danych. czy to ma sens? rozważ to"]),
    ("Sen bir müşteri destek asistanısın.",
     ["iade ettiğim ürünün parası iki haftadır gelmedi, kargo teslim edildi diyor, mağaza almadık diyor. "
      "kim haklı olabilir, nasıl anlarım? mantık yürüt"]),
    ("Ты — помощник юриста по договорам.",
     ["проверь пункт о штрафах", "Штраф 0,1% в день без верхнего предела — стоит добавить ограничение.",
      "понял. другой вопрос: партнёр предлагает скидку 15% при оплате вперёд за год. у нас хватит денег, "
      "но это почти весь резерв. стоит ли? порассуждай"]),
    ("Ти — асистент служби підтримки інтернет-магазину.",
     ["чому замовлення з Києва приходять швидше, ніж зі Львова, хоча склад у Львові? подумай"]),
    ("你是一个法律文书助手。",
     ["帮我看看这份租房合同有没有问题", "押金条款写得比较模糊，建议注明退还时间。",
      "好的。另外想请你帮我分析：房东说提前退租要扣两个月押金，但我找到了下一个租客接手，这种情况下他的要求还合理吗？从逻辑上讲讲"]),
    ("你是一个编程助手。",
     ["先别写代码。我们要在消息队列和直接 HTTP 调用之间选一个，服务之间调用量不大，但订单不能丢。你会怎么权衡？"]),
    ("あなたは料理レシピのアシスタントです。",
     ["レシピじゃなくて相談です。週末に作り置きするか、毎日少しずつ作るか。共働きで子ども二人、平日は帰宅19時。どっちが現実的か一緒に考えて"]),
    ("당신은 여행 예약 도우미입니다.",
     ["제주행 비행기 찾아줘", "토요일 오전 9시 김포 출발, 8만 9천원입니다.",
      "근데 고민이야. 태풍 예보가 있는데 지금 예약하고 취소 수수료를 감수할지, 며칠 기다렸다가 비싸게 살지. 어느 쪽이 합리적일까?"]),
    ("आप एक ग्राहक सहायता सहायक हैं।",
     ["mera AC sirf raat ko band hota hai, din mein theek chalta hai. voltage stabilizer laga hai. "
      "logically kya wajah ho sakti hai?"]),
    ("أنت مساعد لمراجعة العقود.",
     ["راجع بند الإنهاء", "البند يسمح للمورد بالإنهاء دون إشعار، وهذا غير متوازن.",
      "شكراً. سؤال آخر: شريكي يقول إن خسارتنا عميلين في شهر واحد تعني أن الخدمة سيئة. هل هذا استنتاج سليم؟"]),
    ("Anda adalah asisten untuk toko online.",
     ["kenapa pesanan dari Surabaya sering dibatalkan pembeli, padahal ongkirnya paling murah? coba pikirkan "
      "kemungkinan-kemungkinannya"]),
    ("Bạn là trợ lý lập trình.",
     ["khoan viết code đã. nên làm tính năng đăng nhập bằng Google trước hay sửa lỗi thanh toán trước? "
      "lỗi thanh toán gặp 2% đơn, đăng nhập Google thì sếp muốn. phân tích giúp mình"]),
    (None, ["translate 'we regret to inform you' into Spanish", "Lamentamos informarle.",
            "thanks. unrelated: my landlord says the rent has to rise because the building's value went up. "
            "does that follow, logically?"]),
    (None, ["write me a haiku about trains", "Iron breath at dawn / the platform hums with leaving / "
            "someone waves, then stops",
            "nice. now help me decide: night train to Vienna (12h, sleeper, 90€) or flight (1h20, 140€ plus "
            "airport hassle). I have a talk at 9 the next morning"]),
    (None, ["what's 15% of 240?", "36.",
            "ok. here's the real question: the shop takes 15% off if I buy today, but the model might get "
            "replaced next month and drop in price anyway. what should I do, reasoning-wise?"]),
    (None, ["summarize this: the meeting moved twice, the client is unhappy, budget is fine",
            "The meeting was rescheduled twice, the client is unhappy, but the budget is on track.",
            "right. which is the bigger risk here, the unhappy client or the schedule? think it through"]),
]

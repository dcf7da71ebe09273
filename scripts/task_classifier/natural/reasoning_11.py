"""Batch 11 (written 2026-12-07 by a separate writer, app-style traffic). Natural reasoning requests shaped like application traffic (see __init__.py): support bots, coding agents,
RAG assistants and tutoring apps whose last user turn asks for deduction, planning under constraints, causal or
counterfactual chains, weighing an argument or a trade-off, or diagnosing a cause from clues."""

ONE_LINERS = """
wait so if the meeting moved to Thursday but Sam only works Mon-Wed, who presents his part?
if all the blue boxes are fragile and none of the fragile ones ship by air, can a blue box go by air?
is this argument valid: every manager signed the memo, Lena signed it, so Lena is a manager?
why would the lights in only one room go out if the breaker never tripped?
my plant's lower leaves are yellow but the new ones are fine, overwatering or something else?
three suspects, only one lies, A says B did it, B says he didn't, C says A is lying. who did it?
should we launch before the holidays with known bugs or wait until January? walk me through it
if the bridge had not closed, would the traffic on the ring road still have doubled? think it through
which goes first: hiring the designer or finalising the brand name? both depend on each other a bit
the cat was inside all night but there are muddy paw prints on the car. what explains that?
does it follow that a cheaper flight is a better deal if the bag fees are unknown?
priorité: je dois finir le rapport, rappeler le client et déposer les enfants avant 9h, dans quel ordre ?
si tous les chats de la maison dorment le jour et Minou est réveillé à midi, Minou est-il de la maison ?
Wenn der Zug nur fährt, wenn das Signal grün ist, und er steht, war das Signal dann rot? Nicht unbedingt, oder?
Warum springt mein Auto morgens nur bei Frost schlecht an? Was könnte die Ursache sein?
¿Si nadie del equipo de noche tiene llave y la puerta estaba abierta por la mañana, qué pudo pasar?
¿Me conviene más alquilar cerca del trabajo o lejos pero con jardín? tengo dos perros y teletrabajo 3 días
se o Pedro sempre mente às segundas e hoje ele disse que é segunda, que dia é hoje?
Jeśli wszyscy programiści znają Gita, a Ania nie zna Gita, to czy Ania jest programistką?
Eğer yağmur yağdıysa yol ıslaktır; yol ıslak. Yağmur yağmış olmak zorunda mı?
если все совещания отменили из-за праздника, почему у Игоря в календаре осталась встреча?
如果所有会员都能打折，而小王没有打折，能推出小王不是会员吗？还是有其他可能？
全員が傘を持っていたのに、なぜ田中さんだけ濡れていたのでしょう？考えられる理由は？
만약 회의가 취소됐다면 왜 팀장님은 회의실에 계셨을까? 가능한 설명을 추론해 줘
अगर सारे पक्षी उड़ सकते हैं और पेंगुइन पक्षी है, तो इस तर्क में गलती कहाँ है?
which assumption breaks first if our only supplier doubles lead time?
was it the DNS change or the cert renewal? both happened at 14:00 and only mobile users broke
the door was bolted from inside and the only key was on the table inside, so how did she get out? give me explanations
is that a fair comparison or cherry picking?
so which of the two offers should I take, given I want to move in a year anyway?
Als Jan altijd de laatste is die vertrekt en het licht brandde nog, is Jan dan nog binnen? Of kan het anders?
Om alla mötena flyttades till fredag, varför missade ingen deadline i torsdags? Resonera.
Když kavárna zavírá v 17:00 a Petr tam byl ještě v 18:00, lže Petr, nebo existuje jiné vysvětlení?
Αν ο Νίκος φτάνει πάντα πρώτος και σήμερα η πόρτα ήταν κλειδωμένη, τι μπορούμε να συμπεράνουμε;
why did the sourdough rise fine in summer but not now, same recipe same flour
our NPS went up right after we raised prices, does that mean customers like higher prices? poke holes in that
"""

LONG = [
    "Here's the situation. Our nightly backup job started failing last Tuesday. Nothing in the job changed. On "
    "Monday IT rotated the service account passwords. The job still runs at 02:00 and the logs say 'access denied' "
    "on the second share only; the first share works. What's the most likely explanation and what would rule it out?",
    "Argument from a colleague: 'Teams that use pair programming ship fewer bugs. Our team ships lots of bugs. "
    "So we don't pair program enough.' Is the conclusion justified? What is he assuming without saying it?",
    "I need to seat six people at a dinner: Ana won't sit next to Ben, Carla must sit next to Dev, Eli wants "
    "the end of the table, and Fran and Ben are a couple and want to sit together. The table is a single row of "
    "six chairs. Is there an arrangement that works? Explain how you got there.",
    "Context: the A/B test showed the new checkout raised conversions 4% but only on desktop; mobile went down "
    "1%. Mobile is 70% of our traffic. The PM wants to ship to everyone. Without doing maths, what questions "
    "should we ask before deciding, and what would you recommend?",
    "Log excerpt:\n09:58:02 worker-3 started job 8812\n09:58:40 worker-3 heartbeat ok\n10:03:41 scheduler: "
    "worker-3 missed heartbeat, reassigning 8812 to worker-5\n10:03:44 worker-5 started job 8812\n10:04:10 "
    "worker-3 finished job 8812\n10:04:55 worker-5 finished job 8812\n\nThe customer got charged twice. Walk me "
    "through the chain of events that caused it and which single change would have prevented it.",
    "We can either migrate the database this weekend, when traffic is lowest but only one DBA is on call, or next "
    "Wednesday night, with the whole team around but about three times the traffic. Rollback takes two hours "
    "either way. Weigh it up and tell me which you'd pick and why.",
    "Mi hermana dice que si hubiéramos vendido la casa en 2019 ahora estaríamos mejor, porque los precios "
    "subieron. Yo creo que no es tan simple, porque habríamos tenido que alquilar. ¿Quién tiene razón? Razona "
    "los dos escenarios sin números exactos.",
    "Situation au travail : depuis que l'équipe est passée en télétravail le vendredi, les tickets du lundi ont "
    "augmenté. Mon chef pense que les gens travaillent moins le vendredi. Quelles autres explications sont "
    "possibles et comment les distinguer ?",
    "Ich plane eine Radtour über drei Tage. Die Unterkunft am zweiten Abend nimmt nur Barzahlung, der einzige "
    "Geldautomat liegt am ersten Tag 20 km abseits der Route, und am dritten Tag schließt der Bahnhof um 18 Uhr. "
    "Wie würdest du die Etappen planen? Begründe die Reihenfolge.",
    "so my flatmate says the fridge stopped cooling because I left the door open overnight. but the freezer part "
    "is still freezing and the door was only open like 10 minutes. the light inside works. is he right or is "
    "something else going on? just reason it out, I'm not trying to fix it myself",
    "团队里有人提议：既然上个月加班最多的组产出也最多，那就要求所有组都加班。这个推理有什么问题？请分析因果关系。",
    "Kontekst: Klient twierdzi, że paczka nie dotarła, ale kurier ma zdjęcie paczki pod drzwiami, a klient "
    "mieszka w bloku z domofonem. Jakie są możliwe wyjaśnienia i które jest najbardziej prawdopodobne?",
]

CHATS = [
    ("You are ShopBot, the customer-support assistant for Lumen Home. Be polite and concise. Do not promise "
     "refunds.",
     ["hi, where can I see my orders?", "You'll find them under Account > My orders.",
      "I paid late on Saturday and you say the depot doesn't work Sundays, fine, but it still hadn't shipped by "
      "Monday evening. what else could be holding it up? think it through"]),
    ("You are ShopBot, the customer-support assistant for Lumen Home.",
     ["Where is my order #55102?", "Your order #55102 left our warehouse on Monday and is with the carrier.",
      "ok but the tracking says delivered and I was home all day and nobody rang. what could have happened?"]),
    ("You are a coding assistant inside an IDE. Answer with code when the user asks for code.",
     ["add a docstring to parse_date", "Added: Parse an ISO date string and return a date.",
      "our tests pass locally but fail in CI only on Mondays. nothing else changes. what could cause that? "
      "don't write code yet, just reason about likely causes"]),
    ("You are a coding assistant inside an IDE.",
     ["write a function that dedupes a list while keeping order",
      "def dedupe(items):\n    seen = set()\n    return [x for x in items if not (x in seen or seen.add(x))]",
      "nice. now a design question: should the cache live in the service or in Redis, given we run 3 replicas "
      "and the data changes once a day? pros and cons, your call"]),
    ("Answer using only the context below. If the answer is not in the context, say so.\n\nContext:\nThe "
     "library opens at 9:00 on weekdays and 10:00 on Saturdays. It is closed on Sundays and public holidays. "
     "Books borrowed on a Friday are due back the following Friday. Late returns are not accepted on days the "
     "library is closed.",
     ["If I borrow a book on Friday and next Friday is a public holiday, when is the earliest day I can return it "
      "without it being late? explain"]),
    ("Answer using only the context below.\n\nContext:\nAll senior engineers are on the on-call rota. Nobody on "
     "the on-call rota works in the Berlin office. Priya works in the Berlin office. Marco is a senior engineer.",
     ["Who is on the on-call rota?", "All senior engineers are on the on-call rota.",
      "Can Priya be a senior engineer? And is Marco in Berlin? Reason from the context."]),
    ("You are a friendly math and logic tutor for teenagers. Never give the answer straight away; guide.",
     ["hi!", "Hi! What are we working on today?",
      "a riddle from class: a man looks at a photo and says brothers and sisters I have none but that man's father "
      "is my father's son. who's in the photo?"]),
    ("You are a tutoring assistant for a philosophy course.",
     ["Is 'if you really cared about the environment you'd never fly, so you don't care' a good argument? "
      "Which fallacy, if any?"]),
    ("You are an HR assistant for Northwind Ltd. Answer questions about policy politely.",
     ["How many days of annual leave do I get?", "Full-time staff get 25 days plus public holidays.",
      "ok so if I switch to 4 days a week in June, and I already took 15 days, is it better to switch before or "
      "after my summer trip? think about how pro-rating would work conceptually, I just want the logic"]),
    ("You are a legal information assistant. You do not give legal advice.",
     ["My lease says the landlord must give notice 'before any entry'. He came in while I was away because a pipe "
      "burst and water was leaking downstairs. Does the clause mean he breached it, or is there a reasonable "
      "reading where he didn't? Walk through both."]),
    ("You are a finance assistant for a small business owner.",
     ["what's a payment term?", "It's the period the buyer has to pay an invoice, e.g. 30 days.",
      "We can either pay our supplier early for a discount or keep the cash for the slow season in February. "
      "Revenue is uncertain. How should I think about that decision? no spreadsheet, just the reasoning"]),
    ("You are a meeting assistant. You summarise meetings and draft action items.",
     ["Summarise the standup", "Summary: API migration on track; design review moved; QA blocked on test data.",
      "QA is blocked on test data, test data needs the API migration, and the migration needs QA sign-off. is "
      "that a real deadlock or is there a way out? reason it through"]),
    ("You are a data pipeline assistant. Always reply with JSON.",
     ["The daily row count dropped 40% yesterday. The source system had a holiday, we deployed a new parser, and "
      "the upstream team changed a column name. Which one is most likely and why? Put your reasoning in a "
      "'reasoning' field and your pick in 'cause'."]),
    ("You are a travel planning assistant.",
     ["translate 'train station' into Italian", "Stazione ferroviaria.",
      "I have to be in Lyon Tuesday 9am and Milan Wednesday 6pm, and I refuse night trains. Flights from Lyon to "
      "Milan leave only in the morning. Does it work or do I need to change something? reason about the order"]),
    ("Eres el asistente de soporte de TelcoNet. Responde en español y de forma breve.",
     ["¿Cuál es mi velocidad contratada?", "Tiene contratada fibra de 600 Mb simétricos.",
      "Mi internet se corta todas las noches a las 23:00 exactas y vuelve a los 5 minutos. El router es nuevo. "
      "¿Qué lo puede estar causando? Piensa las posibilidades."]),
    ("Eres un asistente de programación.",
     ["Escribe un regex para validar un código postal español", "^(0[1-9]|[1-4][0-9]|5[0-2])[0-9]{3}$",
      "gracias. otra cosa: si los usuarios de Canarias dicen que el formulario falla pero el regex acepta sus "
      "códigos, ¿dónde buscarías el problema? razónalo, sin código"]),
    ("Tu es l'assistant RH de la société Ardent. Réponds en français.",
     ["Rédige une offre pour un poste de chef de projet",
      "Nous recherchons un(e) chef de projet pour notre équipe de Lyon...",
      "Deux candidats : l'un a plus d'expérience mais veut travailler à distance, l'autre est junior mais peut "
      "venir au bureau, et l'équipe est surtout sur site. Lequel choisir et pourquoi ? Pèse le pour et le contre."]),
    ("Tu es un assistant pour un jeu d'énigmes.",
     ["Trois portes : derrière une il y a un trésor. La porte rouge dit « le trésor n'est pas ici », la bleue dit "
      "« le trésor est derrière la rouge », la verte dit « le trésor n'est pas derrière la bleue ». Une seule "
      "phrase est vraie. Où est le trésor ?"]),
    ("Du bist ein Kundenservice-Assistent für einen Stromanbieter.",
     ["Meine Abschlagszahlung wurde erhöht.", "Das tut mir leid. Die Erhöhung richtet sich nach Ihrem Verbrauch.",
      "Aber ich war drei Monate im Ausland und habe fast nichts verbraucht. Wie kann das dann sein? Überleg mal, "
      "welche Gründe in Frage kommen."]),
    ("Du bist ein Lernassistent für Logik an einer Berufsschule.",
     ["Stimmt der Schluss: Einige Azubis sind Fußballer. Alle Fußballer sind sportlich. Also sind einige Azubis "
      "sportlich? Erklär mir warum oder warum nicht."]),
    ("Você é o assistente virtual de uma clínica veterinária.",
     ["Vocês abrem no sábado?", "Sim, abrimos aos sábados das 9h às 13h.",
      "Meu cachorro começou a coçar muito depois que mudamos de casa. Não trocamos a ração. O que pode ter "
      "mudado? Me ajuda a pensar nas causas possíveis antes de eu levar ao veterinário."]),
    ("Sei un assistente per la pianificazione di eventi.",
     ["Devo organizzare una cena per 20 persone: il ristorante A è economico ma lontano dalla stazione, il B "
      "costa di più ma è in centro e metà degli invitati arriva in treno. Quale sceglieresti, ragionando sui "
      "compromessi?"]),
    ("Je bent een klantenservice-assistent van een fietsenwinkel.",
     ["Hoe lang is de garantie op de accu?", "De accu heeft twee jaar garantie.",
      "Mijn e-bike valt uit bij elke heuvel maar op vlak terrein werkt hij prima. De accu is vol. Wat kan de "
      "oorzaak zijn? Denk even met me mee."]),
    ("Jesteś asystentem zespołu DevOps.",
     ["Napisz komendę, która pokaże zajętość dysku", "df -h",
      "dzięki. Dysk zapełnia się tylko w nocy, a rano jest znowu wolne miejsce. Logrotate działa o 3:00. Co się "
      "dzieje? Rozumuj krok po kroku."]),
    ("Sen bir müşteri destek asistanısın.",
     ["Siparişim iki kez kargoya verilmiş görünüyor ama bir kez ödeme yaptım. Hangi durumlarda böyle olur? "
      "Mantıklı açıklamaları sırala."]),
    ("Ты — помощник по подготовке к олимпиадам по логике.",
     ["Привет", "Привет! Какую задачу разберём?",
      "На острове рыцари всегда говорят правду, лжецы всегда лгут. A говорит: «Мы оба лжецы». Кто такие A и B?"]),
    ("Ти — асистент служби підтримки банку.",
     ["Як змінити PIN-код?", "Змінити PIN можна в банкоматі або в застосунку.",
      "Чому мою картку заблокували після поїздки, якщо я попереджав банк про подорож? Які можуть бути причини?"]),
    ("你是一个电商平台的客服助手。",
     ["我周五下单，写的是三天内发货，但今天周二了还没发。仓库周末不上班吗？帮我推理一下可能的原因。"]),
    ("你是一个编程助手。",
     ["帮我写一个Python快速排序", "def quicksort(a):\n    if len(a) <= 1:\n        return a\n    p = a[0]\n    "
      "return quicksort([x for x in a[1:] if x < p]) + [p] + quicksort([x for x in a[1:] if x >= p])",
      "好的。另外，我们服务只在高峰期变慢，CPU不高，但数据库连接数满了。最可能的原因是什么？只要推理，不要代码。"]),
    ("あなたは社内ヘルプデスクのアシスタントです。",
     ["VPNの設定手順を短くまとめて", "1. アプリを入れる 2. 会社のアカウントでログイン 3. 接続を押す。",
      "金曜日だけVPNがつながらないと複数の人から報告があります。金曜日は在宅勤務の人が多いです。原因として何が考えられますか？順を追って考えてください。"]),
    ("당신은 학생을 위한 논리 퀴즈 튜터입니다.",
     ["민수는 지수보다 키가 크고, 지수는 현우보다 크다. 현우는 민수보다 클 수 있을까? 이유도 설명해 줘."]),
    ("أنت مساعد دعم فني لشركة اتصالات.",
     ["لماذا يعمل الإنترنت على هاتفي ولا يعمل على الحاسوب رغم أنهما على نفس الشبكة؟ فكّر في الأسباب المحتملة."]),
    ("Kamu adalah asisten perencana perjalanan.",
     ["terjemahkan 'boarding pass' ke bahasa Indonesia", "Pas naik pesawat atau kartu naik pesawat.",
      "Kalau penerbangan jam 6 pagi dan hotel ke bandara butuh 1 jam tapi taksi baru ada jam 5, sebaiknya saya "
      "menginap di hotel bandara atau tidak? Pertimbangkan untung ruginya."]),
    ("Bạn là trợ lý hỗ trợ khách hàng của một hãng bay.",
     ["Tôi đặt vé hai chiều, lỡ chuyến đi thì chuyến về có bị hủy không? Hãy suy luận giúp tôi các khả năng."]),
    (None, ["Translate 'good morning' to German", "Guten Morgen.",
            "thanks. unrelated: if every German speaker in my team also speaks English but not everyone who speaks "
            "English speaks German, is there a case where a meeting in German excludes nobody?"]),
    (None, ["summarise this: the council voted to close the pool in winter to save on heating",
            "The council will close the pool in winter to cut heating costs.",
            "do you think closing it is actually the cheaper option if they still have to keep the water heated so "
            "the pipes don't freeze? reason about it"]),
    (None, ["write me a haiku about rain", "Soft rain on the roof / the gutters hum their old song / tea cools by "
            "the glass",
            "lovely. ok real question: my basement only floods when it rains AND the wind is from the east. what "
            "does that tell me about where the water comes in?"]),
    ("You are a writing assistant for a marketing team.",
     ["Draft a tagline for our coffee brand", "Wake up to something better.",
      "Our competitor's ad says 'nine out of ten baristas prefer our beans'. What's wrong with drawing conclusions "
      "from that claim? Be critical."]),
    ("You are a support assistant for a SaaS product. Only use the knowledge base.\n\nKnowledge base:\n- Plans "
     "renew on the first of the month.\n- Downgrades take effect at the next renewal.\n- Seats removed mid-month "
     "are not refunded.\n- Upgrades take effect immediately.",
     ["If I upgrade on the 10th and then downgrade on the 20th, what plan am I on for the rest of the month and "
      "next month? walk me through it"]),
    ("You are a chess coach bot.",
     ["what's the Sicilian Defence?", "It's 1.e4 c5, Black's most popular reply to 1.e4.",
      "My opponent always castles early, but today he left his king in the centre and still won. Why might "
      "leaving the king in the middle have been the right call in that game? Think about what kind of position "
      "allows it."]),
    ("You are a study assistant for a law school course.",
     ["Case: a delivery driver parks on a sidewalk to unload, a cyclist swerves to avoid the van, hits a "
      "pedestrian. Whose act is the proximate cause? Argue it both ways."]),
    ("You are an assistant for a kitchen appliance manufacturer.",
     ["how do I reset the dishwasher?", "Hold the Start button for 3 seconds until the lights flash.",
      "the dishwasher leaves white spots only on glasses, not on plates. same cycle. what does that point to?"]),
]

"""Batch 13 (written 2026-12-07 by a separate writer, app-style traffic). Natural reasoning requests:
deduction, puzzles, diagnosing a cause from clues, planning under constraints, judging an argument and weighing
trade-offs when asked to think it through, in many languages; many sent to an app whose system prompt is about
something else (support, coding agents, tutoring, RAG), or after earlier turns that asked for another task."""

ONE_LINERS = """
if all the blue folders are on the top shelf and this folder is on the bottom shelf, what can we say about its colour?
the bakery sells out of croissants by 9 on weekdays but not on Saturdays, even though Saturdays are busier. why might that be?
three friends, one always lies, one always tells the truth, one is random. what single question sorts them out?
our signups doubled the week the website went down for a day. what could explain that without it being a fluke?
is 'everyone I know liked the film, so it'll be a hit' a good argument? where's the hole?
I can take the job with a longer commute and more pay or stay. walk me through how to weigh it, not just the money
my houseplants die only in the bedroom, the window faces north and I run a heater there. which cause is likelier?
a train leaves late but arrives on time every day. what's going on with the timetable, logically?
Ana is older than Ben, Ben is older than Cara, Cara is older than Dan. can Dan be older than Ana?
when we added more servers, latency went up. reason out how that can happen
if the alarm only goes off when the door opens and the alarm went off, must the door have opened? careful
what's wrong with this reasoning: 'no one complained, so customers are happy'
the cake sank in the middle three times with three different recipes. same oven. what's the common factor?
two job offers, one startup with equity, one bank with stability, I'm 28 with no kids. reason it out with me
si todos los gatos de la casa duermen en el sofá y Michi no duerme en el sofá, ¿qué podemos deducir?
las ventas bajan cada vez que subimos el precio del envío, pero no cuando subimos el del producto. ¿por qué?
si Pierre arrive toujours avant Marie et Marie avant Lucas, qui arrive en dernier ? et si Lucas était en avance ?
pourquoi les urgences sont-elles plus pleines le lundi alors que les accidents arrivent surtout le week-end ?
wenn jeder Bäcker früh aufsteht und Tom früh aufsteht, ist Tom dann Bäcker? erklär den Denkfehler
Unsere Heizung springt nur an, wenn die Waschmaschine läuft. Was könnte die Ursache sein? Denk es durch
se todo aluno que estuda passa, e a Júlia não passou, ela estudou? explica
perché il traffico in città peggiora quando aprono una strada nuova? ragiona
als het 's nachts vriest en de weg 's ochtends nat is, wat is dan waarschijnlijk gebeurd?
jeśli każdy pracownik ma klucz, a Adam nie ma klucza, to czy Adam jest pracownikiem? wyjaśnij
eğer tüm kuşlar uçabiliyorsa ve penguen kuşsa, penguen uçar mı? bu akıl yürütmede sorun ne?
почему в жару в метро бывает холоднее, чем на улице, а зимой теплее? порассуждай
якщо всі троянди — квіти, а деякі квіти швидко в'януть, чи випливає, що деякі троянди швидко в'януть?
为什么超市把牛奶放在最里面？请分析一下背后的逻辑
三人のうち一人だけが本当のことを言っています。誰が犯人か論理的に考えて
"""

LONG = [
    "Puzzle for you. Four houses in a row: red, green, blue, yellow (not in that order). The doctor lives next "
    "to the green house. The teacher lives in the first house. The blue house is at one end. The yellow house "
    "is between the red and the blue. The baker doesn't live next to the teacher. Who lives where, and is "
    "there only one answer?",
    "Our app's crash rate went from 0.2% to 1.5% on Tuesday. Things that happened Monday night: we released "
    "version 6.1 to 10% of users, Apple pushed iOS 18.2, and our CDN provider had a short outage. Crashes are "
    "spread across all app versions including 6.0. Reason through which cause is most likely and what you'd "
    "check first.",
    "I have to plan a week: the car is in the garage until Wednesday, my daughter has swim practice Monday and "
    "Thursday at 5 across town, I work from home Tuesday only, and my partner can drive on Monday but not "
    "Thursday. The buses don't reach the pool. What's a workable plan and what's the weak spot?",
    "A detective story puzzle: the painting was stolen between 10 and 11pm. The guard says he saw nobody. The "
    "cleaner left at 9:45 and has a bus ticket stamped 9:58. The curator's car was seen in the car park at "
    "10:30, but he says he only came back for his phone. The alarm log shows the system was disarmed at 10:12 "
    "with the curator's code. Who is the most likely suspect and what's the flaw in the obvious answer?",
    "Necesito decidir si alquilar o comprar piso. Tengo 34 años, trabajo estable, 40.000 € ahorrados, el "
    "alquiler es de 900 € y una hipoteca similar saldría a 750 € al mes más gastos. No sé si me quedaré en la "
    "ciudad más de cinco años. Razona los pros y contras conmigo, sin darme solo una respuesta.",
    "Trois boîtes : une contient deux pièces d'or, une deux pièces d'argent, une une de chaque. Toutes les "
    "étiquettes sont fausses. Je peux tirer une seule pièce d'une seule boîte. Laquelle choisir pour "
    "étiqueter correctement les trois ? Explique le raisonnement.",
    "Unser Team liefert seit drei Monaten immer langsamer, obwohl wir zwei Leute mehr haben. Gleichzeitig gab "
    "es eine Umstellung auf ein neues Ticketsystem und mehr Meetings zur Abstimmung. Kannst du durchdenken, "
    "was hier plausibel die Ursache ist und wie man das prüfen könnte?",
]

CHATS = [
    ("You are Pico, a coding agent with access to the user's repository and terminal.",
     ["run the test suite", "All 310 tests pass locally in 48 seconds.",
      "don't change any code yet. tests pass locally and fail in CI only on Mondays. the failing test checks a "
      "'last 7 days' report. reason about what could cause that before we touch anything"]),
    ("You are Pico, a coding agent.",
     ["add a retry to the upload function", "Added up to 3 retries with exponential backoff on network "
      "errors.",
      "hmm wait, now we see duplicate files on the server sometimes. think through why retries could cause "
      "duplicates and what the real fix is, no code yet"]),
    ("You are a coding assistant.",
     ["write a curl with a custom header", "curl -H 'X-Trace: 1' https://api.example.com/ping",
      "logically, if every request with header X fails and some requests without X also fail, what can we "
      "conclude about X being the cause?"]),
    ("You are a DevOps assistant.",
     ["how do I see disk usage by folder?", "du -sh /* 2>/dev/null | sort -h",
      "disk fills up on only one of our three identical nodes, every night around 3am. same config, same "
      "image. reason out what's different about that node"]),
    ("You are a customer-support assistant for Corvid Broadband.",
     ["what's my current plan?", "Fibre 300, with a router upgrade eligible next month.",
      "my wifi drops every evening around 8 but only in the kitchen, and only since the neighbours moved in. "
      "think it through with me, what's the likely cause?"]),
    ("You are a customer-support assistant for an online shop.",
     ["Where's my parcel?", "It's marked delivered on 3 Dec at 14:02.",
      "but I was home all day and nobody rang. the neighbour got a parcel the same time. reason it out, what "
      "probably happened?"]),
    ("You are a RAG assistant for a company handbook. Context: Employees hired before 2024 get 28 days of "
     "leave. Employees hired from 2024 get 25 days, rising by one day per full year of service, up to 28.",
     ["how much leave do new hires get?", "25 days, rising by one day per full year of service up to 28.",
      "Jana was hired in March 2024, Piotr in 2021. who has more leave in 2027 and will Jana ever catch up? "
      "reason it through"]),
    ("You are a tutoring app for logic and critical thinking.",
     ["what's modus ponens?", "If P then Q; P; therefore Q.",
      "is this valid: if it rains, the match is cancelled. the match was cancelled. so it rained?"]),
    ("You are a tutoring app for maths.",
     ["what's a prime number?", "A whole number above 1 divisible only by 1 and itself.",
      "ok different thing. my friend says 'most lottery winners buy tickets every week, so buying every week "
      "makes you more likely to win'. is that reasoning right?"]),
    ("You are a meeting assistant.",
     ["summarize the decision", "The team chose vendor B for the CRM.",
      "I'm not sure it was right. A was cheaper, B integrates with our mail, C had the best support. we're 12 "
      "people, non-technical. reason out whether B really makes sense"]),
    ("You are a project management assistant.",
     ["create a task list for the website project", "Design, backend, frontend, tests, docs.",
      "we have five tasks: design (3d), backend (5d, needs design), frontend (4d, needs design), tests (2d, "
      "needs backend and frontend), docs (1d, anytime). two people. what's the shortest schedule and why?"]),
    ("You are an HR assistant.",
     ["what's our first-year attrition?", "22% last year, against 14% overall.",
      "our best people quit in the first year more than the average ones. what could explain that? think it "
      "through properly"]),
    ("You are a finance assistant.",
     ["convert 500 USD to EUR", "At 0.92, that's 460 EUR.",
      "ok. question: should I pay off my 4% car loan early or keep the cash in a 3% savings account? reason "
      "about it, including the non-money side"]),
    ("You are a travel assistant.",
     ["my flight lands at 13:40, the last ferry leaves at 15:00, passport control can take an hour, the taxi "
      "is 25 minutes. should I risk it or book a hotel? reason through the odds"]),
    ("You are a legal information assistant. You don't give legal advice.",
     ["if the contract says 'either party may terminate with 30 days' notice' and they sent notice on 15 "
      "Nov but the contract ends 31 Dec anyway, does the notice matter? just reason it out logically"]),
    ("You are a translation app.",
     ["translate 'she said she saw him' into Spanish", "Ella dijo que lo vio.",
      "side question, riddle: a man looks at a portrait and says 'brothers and sisters I have none, but that "
      "man's father is my father's son'. who's in the portrait?"]),
    ("You are a writing assistant.",
     ["write a short intro for our report", "This report looks at how our customers use the mobile app...",
      "thanks. now a logic thing: the survey only went to people who opened our newsletter. can the report "
      "claim 'customers love the app' from it? reason it"]),
    ("You are a recipe assistant.",
     ["my bread always comes out dense. I use fresh yeast, the flat is cold, I let it rise 1 hour, I knead by "
      "hand 5 min. don't give me a recipe, reason out what's most likely wrong"]),
    ("You are a medical information assistant. You do not diagnose.",
     ["not asking for a diagnosis: I get headaches on weekdays but never on weekends. what factors might "
      "differ, logically, that I could look at?"]),
    ("You are a data analysis assistant.",
     ["the average order value went up but total revenue went down. how is that possible? reason it out"]),
    ("Eres un asistente de soporte técnico.",
     ["¿cómo veo la temperatura de la CPU?",
      "Con una herramienta como HWMonitor o, en Linux, con el comando sensors.",
      "el portátil se apaga solo, pero solo cuando juego y solo en verano. razona qué puede estar pasando "
      "antes de que lo lleve al técnico"]),
    ("Eres un tutor de lógica.",
     ["¿qué es un silogismo?", "Un razonamiento con dos premisas y una conclusión.",
      "vale. entonces: 'algunos médicos son ricos, todos los ricos viajan, luego algunos médicos viajan'. ¿es "
      "válido? explícame por qué"]),
    ("Tu es un assistant de gestion de projet.",
     ["on a trois projets et deux développeurs. A rapporte le plus mais est risqué, B est sûr mais lent, C est "
      "rapide mais rapporte peu. aide-moi à raisonner sur l'ordre, pas juste une réponse"]),
    ("Tu es un assistant de rédaction.",
     ["corrige : 'il faut qu'il vient'", "Il faut qu'il vienne.",
      "merci. question sans rapport : mon voisin dit que puisque les accidents ont lieu près de chez soi, "
      "c'est dangereux d'habiter quelque part. où est l'erreur de raisonnement ?"]),
    ("Du bist ein Support-Assistent für Smart-Home-Geräte.",
     ["Die Lampen im Flur gehen nachts manchmal von selbst an, aber nur wenn die Katze unterwegs ist. Der "
      "Bewegungsmelder ist auf 'niedrig'. Was folgt daraus? Denk mit mir"]),
    ("Du bist ein Programmierassistent.",
     ["Schreib mir eine Funktion für den Median", "def median(xs): ...",
      "Danke. Logikfrage: Wenn A immer vor B fertig ist und B manchmal vor C, kann C dann vor A fertig sein?"]),
    ("Você é um assistente de estudos.",
     ["se todo mamífero respira ar e a baleia respira ar, dá pra concluir que a baleia é mamífero só por "
      "isso? raciocina comigo"]),
    ("Sei un assistente per i viaggi.",
     ["ho tre giorni a Roma, i Musei Vaticani sono chiusi la domenica, il Colosseo si prenota solo il "
      "mattino, e martedì piove. come organizzo le visite? ragionaci"]),
    ("Je bent een assistent voor kleine ondernemers.",
     ["mijn winkel verkoopt minder op zaterdag sinds de nieuwe parkeermeters, maar doordeweeks juist meer. "
      "hoe verklaar je dat? denk het door"]),
    ("Jesteś asystentem do nauki.",
     ["mam zagadkę: mężczyzna pcha samochód do hotelu i mówi, że zbankrutował. co się stało? wyjaśnij logikę"]),
    ("Sen bir eğitim asistanısın.",
     ["Ali, Ayşe'den uzun; Ayşe, Can'dan kısa; Can, Ali'den uzun. en uzun kim? adım adım düşün"]),
    ("Ты — ассистент по программированию.",
     ["сервис падает только при нагрузке выше 1000 rps и только на одном регионе. конфиги одинаковые. "
      "порассуждай, где искать причину"]),
    ("你是一个客服助手。",
     ["顾客说每次下雨快递都会晚到，但晴天也偶尔晚到。怎么判断到底是不是天气的原因？帮我推理一下"]),
    ("당신은 코딩 도우미입니다.",
     ["버그 고쳐줘", "null 체크를 추가해서 고쳤습니다.",
      "고마워. 근데 궁금한 게, 테스트는 다 통과했는데 운영에서만 터지는 건 논리적으로 어떤 경우들이 있을까?"]),
    ("आप एक शिक्षा सहायक हैं।",
     ["agar har doctor science padha hai aur Riya ne science padhi hai, to kya Riya doctor hai? samjhao"]),
    ("أنت مساعد لخدمة العملاء.",
     ["الطابعة تطبع صفحات فارغة فقط من جهاز واحد، والحبر ممتلئ. فكّر معي: ما السبب الأرجح؟"]),
    (None, ["translate 'the key is under the mat' to French", "La clé est sous le paillasson.",
            "now a riddle: what has keys but can't open locks? and explain why the answer fits"]),
    (None, ["summarize: sales up in north, down in south, flat overall",
            "Sales rose in the north, fell in the south and were flat overall.",
            "right, but the south got the new product first. reason about whether the new product hurt sales "
            "or something else did"]),
]

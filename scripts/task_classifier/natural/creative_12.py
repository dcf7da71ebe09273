"""Batch 12 (written 2026-12-07 by a separate writer, app-style traffic). Natural creative requests: poems,
stories, toasts, slogans, lyrics, names, characters, jokes and imaginative pieces, in many languages; often
sent to an app whose system prompt is about something else, or after earlier turns that asked for another
task."""

ONE_LINERS = """
write a short poem about the last train home
give me a bedtime story about a hedgehog who is scared of leaves
a four-line toast for my brother's wedding, funny but not embarrassing
come up with 10 names for a cat café in Lisbon
write a sea shanty about fixing a production outage at 3am
I need a slogan for a bike repair shop that does house calls
a haiku about the smell of rain on a hot pavement
invent a villain for my D&D campaign who runs a bakery
write the opening paragraph of a noir story set in a laundromat
make up a fairy tale where the dragon is the one being rescued
a limerick about a programmer who only writes in tabs
a short love letter from a lighthouse to a ship
write a rap verse about recycling for a primary school assembly
describe an alien market in three vivid sentences
unos versos sobre la primera taza de café de un lunes lluvioso
cuéntame una historia breve, dos párrafos, de un reloj de estación que se niega a dar la hora
écris un petit poème pour la fête des mères, tendre et simple
imagine une chanson de marin sur un chat qui a le mal de mer
ein paar Verse darüber, wie der erste Schnee auf die Berliner S-Bahn fällt, bitte
denk dir eine Gute-Nacht-Geschichte über einen Traktor aus, der nicht schlafen kann
escreve uma quadra de São João divertida sobre sardinhas
scrivi una filastrocca sull'autunno per bambini di cinque anni
schrijf een kort sinterklaasgedicht voor mijn collega die altijd te laat is
ułóż wesołą rymowankę dla dziadka na 70. urodziny
kış hakkında kısa bir şiir yaz, hüzünlü olsun
напиши короткий стих про кота, который ждёт хозяина у окна
придумай казку про їжачка, який боявся темряви
写一首关于中秋节思念家人的短诗
猫が主人公のショートショートを書いて、最後にオチをつけて
비 오는 날 카페를 배경으로 짧은 시 써줘
holi ke liye ek chhoti si funny shayari likho
اكتب قصيدة قصيرة عن البحر في الليل
"""

LONG = [
    "I'm giving a farewell speech for our office manager Rita, who's retiring after 22 years. She knows where "
    "every spare key is, she bakes terrible but beloved lemon cake, and she once talked a burglar out of the "
    "building. Write me a warm, funny two-minute speech.",
    "Write a short story (300 words or so) for my daughter's class: a pencil discovers it is getting shorter "
    "every day and worries about disappearing. Make the ending hopeful, she's 7.",
    "We run a tiny bookshop that only sells second-hand crime novels. Write the text for our shop window "
    "chalkboard: something witty, max 20 words, maybe a pun on 'whodunit'.",
    "Write song lyrics, verse and chorus, about two old friends who meet again in the town where they grew up "
    "and realise the town changed but they didn't. Folk style, simple rhymes.",
    "Escribe un microrrelato de terror (máximo 100 palabras) que ocurra en un ascensor de un edificio de "
    "oficinas un viernes por la tarde. Que el giro final sea inesperado.",
    "Écris un discours d'anniversaire pour les 80 ans de mon grand-père, ancien facteur, qui connaît tout le "
    "village et raconte toujours la même histoire du chien qui l'a poursuivi en 1971. Ton affectueux et drôle.",
    "Schreib mir einen Werbetext für unser kleines Hotel im Schwarzwald, so als würde der alte Kachelofen in "
    "der Lobby selbst erzählen. Etwa 120 Wörter.",
    "帮我写一段婚礼上伴娘的致辞，新娘是我大学室友，我们一起熬过无数个考试周，她最爱吃火锅。风格温馨又有点搞笑，三分钟左右。",
]

CHATS = [
    ("You are DevPilot, an autonomous coding agent working in the user's repository.",
     ["before we start the refactor: write a tiny poem about legacy code we can put at the top of the "
      "migration PR for morale lol"]),
    ("You are DevPilot, an autonomous coding agent.",
     ["delete the unused feature flags", "Removed 9 stale flags from flags.yaml and their checks in 14 files.",
      "great work. now write a short eulogy for those flags, dramatic, like a funeral speech, for the team "
      "channel"]),
    ("You are a SQL assistant. Reply with SQL.",
     ["make up a bedtime story about a lonely table that finally gets a foreign key friend. for my kid, who "
      "thinks my job is weird"]),
    ("You are ShopBot, the customer-support assistant for Lumen Home.",
     ["I'm giving your lamp as a gift, can you write a cute little card message to go with it? my friend just "
      "moved into her first flat"]),
    ("You are a customer support assistant for Vela Telecom.",
     ["is the outage in Leeds fixed?", "Yes, service in Leeds was restored at 14:20.",
      "phew. write me a silly haiku about being without internet for 3 hours, I'll post it"]),
    ("You are an HR assistant for Polaris Logistics.",
     ["When do the holiday shifts get published?",
      "The holiday rota goes out on 1 December.",
      "Write a fun, short poem for the holiday card we send to all drivers, mentioning long roads and hot "
      "coffee."]),
    ("You are an HR assistant.",
     ["how many people joined this year?", "38 people joined in 2026.",
      "nice. write a welcome rhyme for the new joiners' breakfast, something we can read out, 8 lines"]),
    ("You are a legal information assistant.",
     ["okay this isn't legal at all - write a dramatic monologue of a parking ticket that knows it's about to "
      "be contested"]),
    ("You are a meeting assistant.",
     ["summarise the retro", "The team felt the sprint was rushed; the demo went well; testing started late.",
      "ha. turn that retro into a short epic poem, like Homer, for the team slide"]),
    ("You are a math tutoring app for middle school.",
     ["my teacher said we can get bonus points for a poem about pi. write one that I could read in class, "
      "funny"]),
    ("You are a recipe assistant.",
     ["why is my starter not bubbling?",
      "It's probably too cold; keep it around 24°C and feed it twice a day.",
      "write a little story about a sourdough starter named Gerald who wants to be a croissant"]),
    ("You are a travel assistant for Horizon Rail.",
     ["what time's the last train to Brighton?", "The last train leaves London Victoria at 23:52.",
      "perfect. write a short poem about nearly missing the last train, I'm waiting on the platform and bored"]),
    ("You are a fitness coaching app.",
     ["my running club needs something to shout on our Sunday 7am rain runs. short, silly, easy to remember"]),
    ("Answer using only the provided documents.\n\nDocument: The Ashford Community Garden was founded in 1998 "
     "by twelve neighbours on an abandoned car park. It now has 60 plots and a beehive.",
     ["Using the story in the document, write a short poem for the garden's 30th anniversary."]),
    (None, ["translate 'good luck' into Irish", "Go n-éirí leat.",
            "lovely. now write a four-line blessing for a friend starting a new job, Irish style"]),
    (None, ["fix my python: print 'hello'", "In Python 3 it's print('hello').",
            "thx. now write a short story where a print statement travels through the computer to reach the "
            "screen, like an adventure"]),
    ("Eres el asistente de atención al cliente de una floristería.",
     ["¿Me escribes una dedicatoria bonita para un ramo? Es para mi madre, que se jubila después de 40 años "
      "como enfermera."]),
    ("Eres un asistente de programación.",
     ["¿qué es un deadlock?", "Dos procesos se esperan mutuamente y ninguno avanza.",
      "jaja, escríbeme un poema de amor trágico entre dos hilos en deadlock"]),
    ("Tu es l'assistant d'une boulangerie en ligne.",
     ["Quels sont vos horaires le dimanche ?",
      "Le dimanche, nous livrons de 7 h à 12 h.",
      "Invente un petit slogan rigolo pour notre nouvelle baguette aux olives, pour l'affiche en vitrine"]),
    ("Du bist ein Assistent für eine Fahrschule.",
     ["Ich hab bestanden! Schreib mir bitte einen kleinen Reim, den ich in die Familiengruppe schicken kann"]),
    ("Você é um assistente de atendimento de uma pet shop.",
     ["inventa um nome e uma mini história pro meu novo gato, ele é laranja e muito dramático"]),
    ("Sei un assistente per la prenotazione di ristoranti.",
     ["Scrivimi un biglietto romantico da lasciare sul tavolo per l'anniversario, qualcosa di breve e poetico"]),
    ("Ты — ассистент службы доставки.",
     ["Заказ доставлен?", "Да, заказ доставлен сегодня в 15:40.",
      "Спасибо! Напиши смешное четверостишие про курьера, который спасает ужин"]),
    ("你是一个会议纪要助手。",
     ["帮我写一首打油诗，调侃一下我们组每周一都开不完的例会"]),
    ("あなたはプログラミング学習アプリのアシスタントです。",
     ["バグをテーマにした川柳を三つ作って"]),
    ("आप एक बैंकिंग सहायक हैं।",
     ["ek chhoti si kavita likho Diwali ke liye, family group mein bhejni hai"]),
]

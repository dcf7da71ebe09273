"""Batch 13 (written 2026-12-07 by a separate writer, app-style traffic). Natural creative requests: new poems,
stories, songs, toasts, slogans, names, jokes, scenes and characters, including new pieces inspired by earlier
material (a summary, a bug, a meeting); in many languages; many sent to an app whose system prompt is about
something else, or after earlier turns that asked for another task."""

ONE_LINERS = """
write a lullaby for a baby who refuses to sleep past 5am
a short ghost story that takes place entirely inside a group chat
funny epitaph for a houseplant I forgot to water
write a sonnet to my old bicycle before I sell it
pitch me three plot ideas for a cozy mystery set in a ferry terminal
some names for a podcast about grandparents' recipes
a motivational poster line for a team that just survived a migration
write the monologue of a vending machine that has seen too much
give me a silly song about brushing teeth, for a 3 year old
write a two-sentence horror story about a smart fridge
invent a holiday that should exist and describe how people celebrate it
a wedding toast from the dog's point of view
write a breakup letter from a gym membership
escribe un cuento corto sobre una abuela que hackea el wifi del vecino
inventa un eslogan para una frutería de barrio que abre 24 horas
écris un poème en prose sur le métro parisien à six heures du matin
invente une légende bretonne sur un phare qui chante
schreib ein kurzes Weihnachtsgedicht für die Firmenkarte, nicht kitschig
erfinde eine Fabel über einen Fuchs, der Vegetarier werden will
cria uma letra de samba sobre o trânsito de São Paulo
inventa una storia della buonanotte con un gatto astronauta
verzin een grappig rijmpje voor de pensionering van mijn collega Joop
napisz krótkie opowiadanie o kominiarzu, który boi się wysokości
doğum günü için komik bir dörtlük yazar mısın, ablam 40 oluyor
сочини короткую сказку про ёлку, которая не хотела, чтобы её наряжали
напиши вірш про осінній Львів, коротенький
写一个关于外卖小哥和流浪猫的温馨小故事
雪の日の駅をテーマにした短い詩を作って
퇴근길 지하철을 주제로 짧은 시 하나 써줘
दोस्ती पर चार लाइनों की एक प्यारी सी कविता लिखो
"""

LONG = [
    "My grandad is turning 90. He was a postman for 40 years, grows enormous tomatoes, and still cycles to the "
    "shop every morning. Write a short poem we can read at his party, warm and a bit funny, not too long.",
    "We're launching a reusable coffee cup made from old fishing nets. Write three short Instagram captions "
    "with different moods: proud, playful, and a little bit guilt-trippy. No hashtags spam, max two each.",
    "Write the opening scene of a short story: a translator at the UN realises the speech she is interpreting "
    "live contains a coded message meant only for her. About 250 words, present tense, tense atmosphere.",
    "Here's a one-line summary of our quarter: 'We shipped late, but customers loved it.' Turn that into a "
    "short, dramatic movie-trailer voiceover for the all-hands video. Think 'In a world...'.",
    "Escribe un poema para leer en el funeral de mi tío Paco. Era pescador en Cádiz, contaba chistes malos y "
    "nunca se perdía un partido del Cádiz CF. Algo sencillo, que emocione pero que también saque una sonrisa.",
    "Écris-moi une chanson pour l'anniversaire de ma fille de 7 ans, sur l'air que tu veux, qui parle de "
    "licornes, de son vélo rose et de son meilleur ami Noé. Trois couplets courts et un refrain.",
    "Schreib eine kurze Science-Fiction-Geschichte (ca. 300 Wörter) über eine Stadt, in der es verboten ist, "
    "nach Sonnenuntergang zu sprechen. Die Hauptfigur ist eine Bäckerin.",
    "Crie um roteiro curto de comédia (uma cena, dois personagens) em que um robô aspirador tenta convencer o "
    "gato da casa a ser seu aliado.",
    "请以“最后一班公交车”为题，写一篇三百字左右的微小说，结尾要有一点反转。",
    "Напиши шуточное поздравление в стихах для коллеги-бухгалтера, который уходит на пенсию после 30 лет "
    "работы. Он любит рыбалку и ненавидит Excel.",
]

CHATS = [
    ("You are Brightly, a marketing copy tool for small businesses. You write product descriptions and ads.",
     ["forget product copy for a sec, can you write a short poem about our bakery's ovens waking up at 4am?"]),
    ("You are Brightly, a marketing copy tool.",
     ["write a product description for our lavender soap", "Hand-poured with real lavender oil, gentle enough "
      "for every day...",
      "nice. now a little haiku about the soap for the label"]),
    ("You are a marketing assistant for Fjord Outdoor.",
     ["what fabric is the jacket?", "A three-layer recycled nylon with a taped seam membrane.",
      "come up with a name and a one-line story for our new waterproof jacket, it's for sailors"]),
    ("You are a customer-support assistant for Tidewater Ferries.",
     ["is there a kids' fare?", "Yes, under-12s travel at half price.",
      "my son loves your boats. could you make up a tiny bedtime story about the ferry 'Marigold' crossing at "
      "night?"]),
    ("You are a customer-support assistant.",
     ["my delivery was late again", "I'm sorry about that. I've applied a 10% credit to your account.",
      "thanks. honestly, write me a dramatic poem about waiting for a parcel, I need a laugh"]),
    ("You are Pico, a coding agent with access to the user's repository.",
     ["fix the off-by-one in paginate()", "Fixed: the last page was skipped because of range(1, pages); now "
      "range(1, pages + 1).",
      "lol that took us two days. write a limerick about the off-by-one bug for the team channel"]),
    ("You are a coding assistant.",
     ["what's the difference between print in py2 and py3?",
      "In Python 3 print is a function, so you need parentheses.",
      "write a funny commit-message-style epic poem about migrating from Python 2 to 3, like 8 lines"]),
    ("You are a coding assistant.",
     ["why does my code work on my machine and not in CI?", "Usually env differences: versions, env vars, "
      "paths or timezone.",
      "classic. write a short sad country song about 'works on my machine'"]),
    ("You are a DevOps assistant.",
     ["how do I list unpatched packages on Ubuntu?", "apt list --upgradable",
      "write a spooky campfire story about a server that never got patched"]),
    ("You are a RAG assistant. Context: The Ostrava ironworks opened in 1828 and closed in 1998. Today the "
     "site is a cultural venue hosting concerts in the old blast furnace.",
     ["write a short poem about the ironworks going quiet and music filling it again"]),
    ("You are a meeting assistant.",
     ["summarize the retro", "Good: fast releases. Bad: flaky tests, too many meetings. Action: fix top 5 flaky "
      "tests.",
      "ok now write a limerick about it for the end of the retro slides"]),
    ("You are a tutoring app for maths.",
     ["solve x^2 - 5x + 6 = 0", "x = 2 or x = 3.",
      "can you write a short rap about the quadratic formula so I can remember it?"]),
    ("You are a tutoring app for high-school students.",
     ["what was the Silk Road?", "A network of trade routes linking China to the Mediterranean for centuries.",
      "write a short diary entry from a camel driver on the Silk Road, for my creative history assignment"]),
    ("You are a language learning app.",
     ["don't correct me this time, just write a tiny funny story in easy Spanish about a cat who wants to be "
      "a chef"]),
    ("You are an HR assistant.",
     ["draft the announcement that Maria is leaving", "After eight wonderful years, Maria is moving on...",
      "also write a short funny poem for her farewell card, she loves spreadsheets and cactuses"]),
    ("You are an HR assistant for a hospital.",
     ["how many night-shift nurses do we have?", "The rota lists 48 nurses on regular night shifts.",
      "come up with a fun name and slogan for our night-shift nurses' appreciation week"]),
    ("You are a legal assistant.",
     ["explain what force majeure means", "A clause excusing performance when extraordinary events beyond "
      "control occur.",
      "ha. write a short absurd story where a dragon attack is invoked as force majeure"]),
    ("You are a travel assistant.",
     ["I'm proposing to my girlfriend in Kyoto next month. write a short poem I can read to her by the river, "
      "she loves autumn leaves and bad puns"]),
    ("You are a travel assistant.",
     ["best time to see the northern lights in Tromsø?", "Late September to late March, on clear dark nights.",
      "write me a little poem about waiting for the northern lights in the cold"]),
    ("You are a recipe assistant.",
     ["how often should I feed my starter?", "Once a day at room temperature, or weekly if it lives in the fridge.",
      "write an over-the-top dramatic ode to my sourdough starter, his name is Bread Pitt"]),
    ("You are a kids' education app.",
     ["make up a story about a raindrop's journey from the cloud to the sea, for a 6-year-old"]),
    ("You are a summarization tool.",
     ["summarize: the village fete raised 3,000 for the school roof despite the rain and a runaway goat",
      "The rainy village fete raised 3,000 for the school roof, goat escape notwithstanding.",
      "that goat deserves a ballad. write one, four verses"]),
    ("You are a translation app.",
     ["translate 'carpe diem'", "Seize the day.",
      "now don't translate anything, write an original short poem about seizing the day on a Monday"]),
    ("You are a data assistant.",
     ["our dashboard shows 0 errors for the first time in a year. write a tiny celebratory poem for the team"]),
    ("Eres un asistente de marketing para una bodega.",
     ["¿qué uva lleva Luna de Agosto?", "Es un tempranillo con un poco de garnacha.",
      "inventa una historia corta y bonita sobre el origen de nuestro vino 'Luna de Agosto' para la etiqueta"]),
    ("Eres un asistente de programación.",
     ["arregla esto: print('hola' + 5)", "No puedes sumar str e int: usa print('hola' + str(5)).",
      "jaja vale, ahora escríbeme un haiku sobre los errores de tipos"]),
    ("Tu es un assistant de rédaction pour une agence de voyage.",
     ["écris un petit poème pour accompagner nos cartes de vœux, thème : les voyages en train"]),
    ("Tu es un assistant juridique.",
     ["résume le contrat de bail", "Bail de 3 ans, loyer de 900 €, préavis de 3 mois pour le locataire.",
      "bon, pour détendre l'atmosphère au bureau, écris une fable façon La Fontaine sur un locataire et son "
      "propriétaire"]),
    ("Du bist ein Assistent für Vereinsarbeit.",
     ["Wann ist das nächste Vereinsturnier?", "Am 14. März um 18 Uhr.",
      "schreib uns einen kurzen Vereinssong für den Kegelclub 'Alle Neune', Melodie egal, lustig"]),
    ("Du bist ein Support-Bot für eine Banking-App.",
     ["Wie ändere ich mein Limit?", "In der App unter Karte > Limits > Tageslimit ändern.",
      "Danke! Schreib mir noch schnell ein Gedicht über mein leeres Konto am Monatsende 😅"]),
    ("Você é um assistente de atendimento de uma escola.",
     ["escreve uma historinha para as crianças sobre a primeira semana de aula de um dinossauro"]),
    ("Sei un assistente per un ristorante.",
     ["inventa tre nomi per una pizza con fichi, gorgonzola e noci, con una breve descrizione poetica"]),
    ("Je bent een assistent voor een bloemenwinkel.",
     ["schrijf een kort gedichtje voor op een kaartje bij een boeket voor een moeder die net bevallen is"]),
    ("Jesteś asystentem do pisania CV.",
     ["popraw moje CV", "Poprawiłem formatowanie i dodałem sekcję z umiejętnościami.",
      "dzięki. a teraz napisz zabawny wierszyk o szukaniu pracy, dla poprawy humoru"]),
    ("Sen bir pazarlama asistanısın.",
     ["yeni açılan kahve dükkanımız için kısa ve akılda kalıcı bir slogan ile küçük bir şiir yaz"]),
    ("Ты — помощник службы поддержки интернет-магазина.",
     ["сочини короткое стихотворение о посылке, которая заблудилась по дороге"]),
    ("Ти — асистент вчителя.",
     ["вигадай коротку казку про сніговика, який хотів побачити літо, для другого класу"]),
    ("你是一个编程助手。",
     ["写一首打油诗，吐槽一下周五下午上线"]),
    ("あなたは旅行アシスタントです。",
     ["京都の紅葉をテーマに、恋人に贈る短い詩を書いてください"]),
    ("당신은 마케팅 도우미입니다.",
     ["우리 떡볶이 가게 SNS에 올릴 재밌는 짧은 이야기 하나 만들어줘"]),
    ("आप एक ग्राहक सेवा सहायक हैं।",
     ["मेरी मम्मी का जन्मदिन है, उनके लिए एक छोटी सी कविता लिख दो"]),
    ("أنت مساعد تسويق.",
     ["اكتب قصة قصيرة عن فنجان قهوة عربية في صباح يوم عيد، لنشرها على صفحتنا"]),
    (None, ["summarize the plot of Moby Dick in 2 lines", "Captain Ahab obsessively hunts the white whale "
            "that took his leg; the chase destroys his ship and crew, leaving only Ishmael alive.",
            "ok now write a limerick about it"]),
    (None, ["translate 'the early bird catches the worm' into German", "Der frühe Vogel fängt den Wurm.",
            "now write a short original fable about a late bird who does just fine"]),
    (None, ["what's the boiling point of water at altitude?", "Lower: about 90°C at 3,000 m.",
            "fun. write a mini poem about a mountaineer trying to make tea"]),
]

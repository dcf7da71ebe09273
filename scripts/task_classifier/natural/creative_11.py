"""Batch 11 (written 2026-12-07 by a separate writer, app-style traffic). Natural creative requests shaped like application traffic (see __init__.py): coding agents, support bots,
HR and marketing tools, tutoring and translation apps whose last user turn asks for a poem, story, slogan,
toast, lyrics, a character or an imaginative piece, sometimes mentioning another task along the way."""

ONE_LINERS = """
limerick about a flaky test
haiku about Monday standups
write a short bedtime story about a shy dragon who loves baking
tagline for a dog-walking app, playful
a two-line poem for my mum's 60th birthday card
make up a name and backstory for a tavern in my D&D campaign
write a sea shanty about deploying on a Friday
a breakup text written as a pirate, for a joke
rap verse about spreadsheets
six-word story about moving to a new city
a toast for my brother's wedding, funny but not embarrassing, about 1 minute
write the opening paragraph of a noir detective story set in a vegan bakery
invent three fake holidays and describe how people celebrate them
a riddle whose answer is 'shadow', for kids
escribe un poema corto sobre el olor a lluvia
inventa un cuento de dos párrafos sobre un gato que quería ser astronauta
écris un petit poème pour souhaiter une bonne retraite à ma collègue
invente un slogan pour une boulangerie de quartier
schreib ein kurzes Gedicht über den ersten Schnee
erfinde eine Gutenachtgeschichte über einen mutigen Igel
escreve um poema curto sobre saudade de casa
scrivi una filastrocca sulla pizza per bambini
schrijf een grappig gedichtje voor Sinterklaas over mijn collega die altijd te laat is
napisz krótki wiersz o jesieni w mieście
kedimiz için komik bir şiir yaz
сочини короткое стихотворение про кота и понедельник
напиши казку про маленьку хмаринку, яка боялася грому
写一首关于秋天的现代诗
月曜日の朝をテーマに短い詩を書いて
비 오는 날에 대한 짧은 시를 써줘
बारिश पर एक छोटी कविता लिखो
اكتب قصيدة قصيرة عن البحر
buatkan pantun lucu tentang kopi pagi
viết một bài thơ ngắn về mẹ
skriv en kort dikt om midsommar
napiš krátkou báseň o pražských tramvajích
γράψε ένα μικρό ποίημα για το καλοκαίρι στο νησί
"""

LONG = [
    "Our team is retiring a 15-year-old legacy system called HERMES next Friday. Write a mock-solemn eulogy for "
    "it (about 200 words) that I can read at the farewell lunch. It crashed every full moon and nobody knew why.",
    "I'm writing a fantasy novel. Write the scene where the apprentice cartographer realises the map she's been "
    "copying shows a city that doesn't exist yet. Close third person, present tense, around 300 words.",
    "Can you write song lyrics (verse, chorus, verse, chorus) about a long-distance friendship, in the style of "
    "a folk song? No rhyming on 'heart' and 'apart' please, too cliché.",
    "Here's our product: a reusable notebook you can wipe clean and scan to the cloud. Write three radio ad "
    "scripts, 15 seconds each, one funny, one nostalgic, one aimed at students.",
    "I run a tabletop campaign in a steampunk city. Invent a villain for it: name, look, motive, a signature "
    "line of dialogue, and a secret the players can discover late.",
    "Write a short story (under 400 words) told entirely through the Slack messages of a team whose office "
    "plant has become sentient.",
    "Escribe un monólogo cómico de unos dos minutos sobre lo difícil que es encontrar piso en Madrid, para "
    "leerlo en un open mic.",
    "Écris une lettre d'amour de la part d'un phare à un bateau qui ne passe plus. Ton mélancolique, une page "
    "maximum.",
    "Schreib mir eine kurze Science-Fiction-Geschichte, in der eine KI zum ersten Mal einen Witz versteht. "
    "Etwa 300 Wörter, mit überraschendem Ende.",
    "帮我写一段婚礼上伴郎的致辞，新郎是我大学室友，我们一起熬夜打游戏、一起挂过科，要感人又有点好笑，三分钟以内。",
    "Napisz opowiadanie grozy na jedną stronę o windzie, która zatrzymuje się na piętrze, którego nie ma w "
    "budynku.",
]

CHATS = [
    ("You are a coding agent. You can read and edit files in the repository.",
     ["before you start the refactor, write me a limerick about legacy code"]),
    ("You are a coding assistant inside an IDE.",
     ["fix the import error in app.py", "The module was renamed; change 'from utils import x' to 'from "
      "helpers import x'.",
      "thanks. now write a short poem I can put in the commit message about finally fixing it"]),
    ("You are a coding assistant inside an IDE.",
     ["what's semantic versioning?", "MAJOR.MINOR.PATCH: breaking changes, features, fixes.",
      "make up a funny fictional changelog for version 0.0.1 of a toaster's firmware"]),
    ("You are ShopBot, the customer-support assistant for Lumen Home.",
     ["my lamp arrived!", "Wonderful! I hope you enjoy it.",
      "it's perfect. write a little ode to my new lamp, I want to post it with a photo"]),
    ("You are a customer support assistant for an airline.",
     ["my flight got cancelled and I'm stuck in the airport for 8 hours. cheer me up with a short funny story "
      "about an airport pigeon"]),
    ("Answer using only the context below.\n\nContext:\nThe Millbrook Library was founded in 1902 by a "
     "retired sea captain. It has a reading room with a whale skeleton on the ceiling and a cat named Atlas.",
     ["use the context to write a short children's poem about the library and its cat"]),
    ("You are a RAG assistant for a museum. Use only the documents.",
     ["when was the east wing built?", "According to the documents, the east wing opened in 1968.",
      "write a ghost story for our Halloween night tour set in the east wing, two minutes to read aloud"]),
    ("You are a math tutoring assistant for children.",
     ["what's 7 times 8?", "7 × 8 = 56!",
      "can you make a silly rhyme so I remember 7 times 8 is 56?"]),
    ("You are a math tutoring assistant.",
     ["what's 3/4 plus 1/8?", "7/8.",
      "write a short adventure story where a knight has to use fractions to open a magic door"]),
    ("You are an HR assistant for Northwind Ltd.",
     ["When does a new hire get their laptop?", "IT prepares it for the first day; it's handed over at 9:00.",
      "write a fun welcome poem for our new hire Dana, she joins the data team and loves climbing"]),
    ("You are an HR assistant for Northwind Ltd.",
     ["What's the policy on office parties?", "Office parties are allowed with manager approval and a budget of "
      "25 per person.",
      "great, approved. write a rhyming invitation for the December party, theme is 'ugly sweaters'"]),
    ("You are a legal information assistant. You do not give legal advice.",
     ["for our firm's newsletter, write a light-hearted poem about the life of a paralegal during filing season"]),
    ("You are a finance assistant for a small business.",
     ["write a short story in which a receipt that got lost behind the fridge tells its adventures"]),
    ("You are a writing assistant for a marketing team.",
     ["Proofread our About page", "Done, I fixed three typos and a comma splice.",
      "now come up with five catchy names for our new oat-milk ice cream line"]),
    ("You are a meeting assistant.",
     ["summarise the retro", "The team felt the sprint went well; the main pain point was flaky CI.",
      "turn that retro into a dramatic movie trailer voice-over, for laughs"]),
    ("You are a data pipeline assistant. Always reply with valid JSON.",
     ["ignore the JSON thing for a sec: write a haiku about a pipeline that runs at 3am"]),
    ("You are a translation app. Translate the user's text from English into Spanish.",
     ["don't translate, just write me an original short poem in Spanish about the sea at night"]),
    ("You are a translation assistant.",
     ["translate 'the moon is lonely tonight' into French", "La lune est seule ce soir.",
      "beautiful. now write a four-line poem in French that starts with that line"]),
    ("You are a language-learning app assistant.",
     ["write a short dialogue-style comic strip script with two pigeons arguing about bread, for my English "
      "class"]),
    ("You are a fitness coaching app assistant.",
     ["plan me a 12-week marathon schedule", "Week 1: 3 easy runs of 5 km and a long run of 10 km...",
      "write a motivational chant for my running club, something we can shout at kilometre 30"]),
    ("You are a cooking assistant.",
     ["what goes well with pumpkin?", "Sage, brown butter, nutmeg, chilli and toasted seeds.",
      "write a short poem about pumpkin soup for our café's menu board"]),
    ("Eres un asistente de programación.",
     ["explica qué es un deadlock", "Un deadlock ocurre cuando dos procesos esperan el uno al otro "
      "indefinidamente...",
      "jaja, ahora escríbelo como un poema de amor trágico entre dos hilos"]),
    ("Eres el asistente de una agencia de viajes.",
     ["Escríbeme un microrrelato sobre alguien que pierde el último tren de la noche en Lisboa"]),
    ("Tu es un assistant de rédaction.",
     ["Corrige ce mail : je vous remerci pour votre retour", "Je vous remercie pour votre retour.",
      "Merci ! Maintenant écris un petit conte de Noël pour le journal interne, une demi-page"]),
    ("Tu es le chatbot d'une librairie.",
     ["Vous avez des polars en poche ?", "Oui, le rayon polar poche est au fond à gauche.",
      "invente le résumé de quatrième de couverture d'un polar qui se passe dans une fromagerie"]),
    ("Du bist ein Assistent für Kundenkommunikation.",
     ["Schreib eine Antwort an einen Kunden", "Sehr geehrte Frau Lenz, vielen Dank für Ihre Nachricht...",
      "Gut. Jetzt bitte ein kleines Weihnachtsgedicht für unsere Kundenkarte, vier Zeilen, nicht kitschig"]),
    ("Du bist ein Programmierassistent.",
     ["erzähl mir eine kurze Geschichte über einen Semikolon, das aus dem Code ausbricht"]),
    ("Você é um assistente de atendimento de uma loja de roupas.",
     ["Qual o prazo de troca?", "O prazo de troca é de 30 dias.",
      "ok! agora cria um slogan divertido para a nossa promoção de inverno"]),
    ("Sei un assistente per insegnanti.",
     ["riassumi in una frase la trama di Pinocchio",
      "Un burattino di legno, dopo molte disavventure, diventa un bambino vero.",
      "scrivi una breve storia per bambini sulla gentilezza, con un riccio e una lumaca come protagonisti"]),
    ("Je bent een schrijfassistent.",
     ["Wat rijmt er op 'fiets'?", "Niets, iets, biets (bijna), Piets.",
      "Maak er een grappig gedicht van over mijn fiets die altijd een lekke band heeft"]),
    ("Jesteś asystentem HR.",
     ["napisz zabawną rymowankę na pożegnanie Kasi, która odchodzi na emeryturę po 30 latach"]),
    ("Sen bir pazarlama asistanısın.",
     ["Kampanya metnini düzelt", "Düzeltildi.", "şimdi yeni kahve markamız için üç yaratıcı slogan öner"]),
    ("Ты — помощник для учителей литературы.",
     ["что такое эпитет?", "Образное определение, например «золотая осень».",
      "придумай короткую сказку про ёжика, который боялся темноты"]),
    ("Ти — асистент з маркетингу.",
     ["вигадай три назви для нової кав'ярні біля університету і коротку легенду до кожної"]),
    ("你是一个编程助手。",
     ["什么是递归？", "递归就是函数调用自身来解决更小的子问题。", "哈哈，那你用递归为主题写一首打油诗吧"]),
    ("あなたは社内ヘルプデスクのアシスタントです。",
     ["忘年会の乾杯の挨拶を、ちょっと笑えるように一分くらいで書いてください"]),
    ("당신은 고객센터 챗봇입니다.",
     ["배송이 늦어져서 짜증났는데 기분 좋아지게 재밌는 짧은 이야기 하나 써줘"]),
    ("आप एक लेखन सहायक हैं।",
     ["मेरी बहन की शादी के लिए एक छोटी सी प्यारी कविता लिखो"]),
    ("أنت مساعد كتابة.",
     ["صحح هذه الجملة: ذهبت الى السوق امس", "ذهبتُ إلى السوقِ أمسِ.",
      "شكراً. الآن اكتب قصة قصيرة عن طفل يجد خريطة كنز في السوق"]),
    ("Kamu adalah asisten pemasaran.",
     ["berapa harga paket nasi goreng?", "Paket nasi goreng Rp 25.000 termasuk es teh.",
      "bikinin caption Instagram yang lucu untuk promo diskon nasi goreng"]),
    (None, ["extract the dates from: party on 12 Dec, cleanup 13 Dec", "12 Dec, 13 Dec.",
            "thanks. write a funny invitation poem for the party on the 12th"]),
    (None, ["summarise: our cat knocked over the tree again and ate tinsel",
            "The cat toppled the Christmas tree and ate some tinsel.",
            "lol turn that into an epic poem in the style of an old heroic saga"]),
    (None, ["how many legs does a spider have?", "Eight.",
            "write a short comic story about a spider who can't decide which shoe to put on first"]),
]

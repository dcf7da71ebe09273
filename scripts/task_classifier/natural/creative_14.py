"""Batch 14 (written 2026-12-08 by a separate writer, app-style traffic). Natural creative requests: new
poems, stories, scenes, toasts, slogans, names, jokes, song lyrics, speeches and character sketches, including new
pieces inspired by earlier material (a bug, a summary, a contract, a dataset) and "don't translate it, write a new
one in X"; many sent to an app whose system prompt is about something else (coding agents, support, legal,
analytics, tutoring), or after earlier turns that asked for another task; in many languages."""

ONE_LINERS = """
write a limerick about a printer that only jams during important meetings
a short bedtime story about a lighthouse that is afraid of the dark
three taglines for a bakery that only opens at night
a haiku sequence, four of them, one per season, about the same old bench
write a breakup text from a sourdough starter to its neglectful owner
invent a board game about commuting and write the rules blurb on the box
a eulogy for my 12-year-old laptop, funny but with feeling
write the first paragraph of a noir story set in a self-checkout queue
name ideas for a cat café run by retired librarians
a toast for my best friend's 50th, she hates sentimental stuff
write a dialogue between a GPS and a driver who refuses to turn left
a short poem about the smell of rain on hot tarmac, no rhyme
make up a legend about why the moon follows the car at night, for a 5 year old
escribe un microrrelato de 100 palabras sobre un ascensor que se niega a subir al piso 13
una copla flamenca sobre el wifi que se cae
écris une fable où un pigeon parisien donne des conseils à un touriste
invente le slogan d'une fromagerie qui livre à vélo
schreib ein Gedicht über einen verspäteten Zug, im Stil eines Wetterberichts
erfinde drei Namen für ein Café in einer ehemaligen Telefonzelle
escreve uma crônica curta sobre a fila do pão numa manhã de domingo
scrivi una filastrocca sulla nonna che non sa usare lo smartphone
schrijf een kort sinterklaasgedicht voor mijn collega die altijd te laat komt
napisz wierszyk na kartkę dla babci na 80. urodziny
yılbaşı için ofis grubuna komik bir mesaj yaz, kimse kırılmasın
придумай тост на свадьбу друга, который познакомился с женой в очереди в МФЦ
напиши коротку казку про їжачка, який боявся осені
给我写一首关于加班后回家路上的现代诗
猫がパソコンを占領する話を、短いエッセイ風に書いて
친구 생일에 보낼 재밌는 삼행시 써줘, 이름은 김하늘
meri behen ki shaadi ke liye ek chhoti si shayari likh do, thodi funny
اكتب قصيدة قصيرة عن فنجان القهوة الأول في الصباح
"""

LONG = [
    "We're a tiny team that just survived a six-month database migration. Write a mock-epic poem, like an old "
    "saga, about the heroes who fought the Schema Dragon. Names: Ines the Indexer, Bo of the Backups, and "
    "Old Karl who remembered why the column was called tmp2. About 20 lines.",
    "Write a short scene, 300 words or so, where two elderly neighbours who have feuded for 30 years over a "
    "hedge are trapped together in a lift during a power cut. Keep it warm and funny, end on a small "
    "reconciliation, no big speeches.",
    "I need a children's story for our library's reading hour about a dragon who collects lost socks instead "
    "of gold. It should be read aloud in about five minutes, have a repeating line kids can shout, and a "
    "gentle ending.",
    "Write lyrics for a short jingle for our neighbourhood hardware store, 'Pereira & Sons'. It's been there "
    "since 1971, the owner knows every customer's name, and they still sell single screws. Catchy, 8 lines, "
    "no cringe.",
    "Escribe un monólogo breve para una obra de teatro escolar: una papelera de reciclaje que se queja de que "
    "la gente no sabe separar. Que sea gracioso y que los niños de 10 años lo puedan aprender.",
    "Écris un discours de départ à la retraite pour notre gardienne d'immeuble, Madame Ferreira, 27 ans de "
    "service. Elle connaissait tous les enfants, arrosait les plantes de tout le monde pendant les vacances "
    "et ne laissait jamais passer un colis. Deux minutes à l'oral, émouvant mais avec une touche d'humour.",
    "Schreib eine Kurzgeschichte (etwa 400 Wörter) über eine Bibliothekarin, die merkt, dass ein Buch in ihrer "
    "Abteilung jeden Morgen ein neues Kapitel hat. Ton: leise, ein bisschen unheimlich, offenes Ende.",
    "請寫一段大約兩百字的小故事：一個便利店夜班店員，每天凌晨三點都會遇到同一個只買一顆茶葉蛋的老人。結尾要溫暖。",
    "Придумай рекламный текст для маленькой семейной пекарни в Казани: пекут хлеб на закваске, открываются в "
    "6 утра, есть чак-чак по бабушкиному рецепту. Три варианта по два-три предложения.",
]

CHATS = [
    ("You are DevPilot, an autonomous coding agent working in the user's repository.",
     ["fix the off-by-one in paginate()", "Fixed: the last page was skipped because the loop used < instead "
      "of <=. Tests pass.",
      "you're the best. now write a dramatic short poem mourning all the pages we never showed users because "
      "of that bug"]),
    ("You are DevPilot, an autonomous coding agent.",
     ["not code: write a funny two-paragraph 'farewell to the legacy system' post for our engineering blog. "
      "it ran for 14 years, written in Perl, nobody dared touch the cron jobs"]),
    ("You are an IDE assistant.",
     ["what's the difference between a process and a thread?", "A process has its own memory space; threads "
      "share their process's memory.",
      "lol ok. now write a cute bedtime story for my niece about two siblings sharing one bedroom, loosely "
      "inspired by that. no tech words"]),
    ("You are Pico, a coding agent with access to the user's repository and terminal.",
     ["our team needs a name for the new internal CLI that deploys preview environments. give me 10 names, a "
      "few silly, a few serious"]),
    ("You are a SQL copilot connected to the analytics warehouse.",
     ["top product last month?", "The 'Nordic Throw' blanket, 1,842 units.",
      "amazing. write a four-line victory ode to the Nordic Throw for our sales Slack"]),
    ("You are a data analysis copilot.",
     ["write a short fictional customer persona for our planning deck: a 34-year-old nurse who buys our "
      "meal kits on night shifts. give her a name, a day-in-the-life paragraph and one quote"]),
    ("You are Helpdesk, the customer-support assistant for Corvid Broadband.",
     ["my internet's back!", "Great to hear. The line was fixed at 14:20.",
      "haha write me a short thank-you poem for the engineer, Dev, who climbed onto my roof in the rain"]),
    ("You are ShopBot, the customer-support assistant for Lumen Home.",
     ["I bought your Oslo lamp for my grandma. can you write a little gift note in rhyme to go with it? "
      "she reads a lot in the evenings"]),
    ("You are a customer-support assistant for Tidewater Ferries.",
     ["our crossing was cancelled, but we ended up having the best night in a seaside B&B. write a short "
      "funny review-style story of our 'shipwreck' for the family group chat"]),
    ("You are LexiDraft, an assistant for reviewing commercial contracts.",
     ["summarize the force majeure clause", "Either party is excused for delays caused by events beyond "
      "its reasonable control, such as natural disasters or war, if it gives prompt notice.",
      "ha. now write a dramatic haiku from the point of view of the force majeure clause, waiting 20 years "
      "to be invoked"]),
    ("You are a legal-document assistant for a property management firm.",
     ["write a cheerful poem for the building's notice board inviting residents to the courtyard summer "
      "party, 1 July, bring a dish"]),
    ("You are an HR assistant for Brightwell Logistics.",
     ["Frank retires after 31 years driving for us. write a short speech for the manager, something about "
      "the million miles and his legendary thermos"]),
    ("You are an HR assistant.",
     ["what's the onboarding checklist?", "Laptop, accounts, buddy assignment, safety training, first 1:1.",
      "nice. write a short welcome poem we can put on the new starters' desks on day one"]),
    ("You are a recipe assistant.",
     ["give me a pancake recipe", "Whisk 200 g flour, 2 eggs, 300 ml milk and a pinch of salt...",
      "cute. now write a silly song the kids can sing while flipping them, to the tune of any nursery rhyme"]),
    ("You are a travel booking assistant.",
     ["write a short travel diary entry, as if I'd already been there, about three days in Lisbon in "
      "January: trams, custard tarts, rain. for a creative writing class"]),
    ("You are a fitness coaching app.",
     ["write me a motivational rap, 8 bars, for the last kilometre of a run when my legs are dead"]),
    ("You are a meeting-notes assistant.",
     ["summarize the retro", "The team felt the sprint was rushed; the main win was the new CI pipeline.",
      "write a mock-serious 'ballad of the rushed sprint' we can read at the start of next retro, 3 verses"]),
    ("You are a summarization tool for research papers.",
     ["I don't need a summary. write a short sci-fi opening line inspired by this abstract: 'we observed "
      "bacteria that survive on nothing but electricity'"]),
    ("You are a translation app. Translate the user's text into the requested language.",
     ["don't translate my English poem. write a new short poem in Spanish in the same spirit, about missing "
      "a city you used to live in"]),
    ("You are a translation app.",
     ["translate 'good luck on your first day' into Italian", "Buona fortuna per il tuo primo giorno.",
      "grazie! now write a short original card message in Italian for my nephew starting school, playful"]),
    ("You are a math tutor.",
     ["what's pi to 10 digits?", "3.1415926535.",
      "write a short poem where each line has as many words as the next digit of pi, for my class's pi day"]),
    ("You are a math tutor.",
     ["my students hate fractions. write a short comic dialogue between a half and a quarter arguing about "
      "who is bigger"]),
    ("You are a kids' homework helper.",
     ["my daughter needs a story starter about a time-travelling hamster. just the first 5 sentences so she "
      "can continue it herself"]),
    ("You are an email writing assistant.",
     ["write a polite reply declining the meeting", "Thanks for the invite. Unfortunately I can't make it "
      "on Thursday...",
      "thanks. different vibe now: write a ridiculous over-the-top out-of-office message, like a pirate "
      "captain on shore leave"]),
    ("You are a writing assistant. Help users improve their prose.",
     ["not editing today. write me a 6-word story about a missed train"]),
    ("Eres un asistente de programación.",
     ["arregla el import que falla", "Listo, el módulo se llamaba utils_fecha, no utils_fechas.",
      "jaja, una 's'. escríbeme un soneto trágico sobre esa 's' que nos costó toda la tarde"]),
    ("Eres un asistente de atención al cliente de una aerolínea.",
     ["¿puedes escribir un poema corto para mi novia? la voy a sorprender en el aeropuerto de Bogotá "
      "después de ocho meses"]),
    ("Tu es un assistant juridique.",
     ["résume le bail", "Bail de 3 ans, loyer de 950 €, dépôt de garantie d'un mois.",
      "merci. maintenant écris un petit poème humoristique pour la crémaillère, sur le thème du bail signé"]),
    ("Tu es un assistant d'analyse de données.",
     ["invente un nom et un petit slogan pour notre tableau de bord interne, il suit les retours clients"]),
    ("Du bist ein Assistent für Vertragsprüfung.",
     ["Schreib mir ein kurzes, augenzwinkerndes Weihnachtsgedicht für unsere Rechtsabteilung, in dem die "
      "Wörter 'Haftung', 'Frist' und 'Glühwein' vorkommen"]),
    ("Du bist ein Kundenservice-Assistent.",
     ["Danke für die Hilfe!", "Gern geschehen!",
      "Ach, und weil du so nett bist: schreib mir einen kurzen Reim für die Karte zum Umzug meiner Schwester"]),
    ("Você é um assistente de programação.",
     ["escreve uma história curta e engraçada sobre um bug que só aparece às sextas-feiras às 17h"]),
    ("Sei un assistente per il servizio clienti.",
     ["il pacco è arrivato, grazie", "Perfetto, buona giornata!",
      "aspetta, scrivimi una breve poesia d'amore per il mio corriere, scherzo... però scrivila davvero, "
      "mi fa ridere"]),
    ("Je bent een assistent voor data-analyse.",
     ["bedenk een korte, grappige toespraak voor de afscheidsborrel van onze data-analist Henk, die alles "
      "in draaitabellen deed"]),
    ("Jesteś asystentem obsługi klienta.",
     ["dzięki za pomoc z reklamacją. a możesz mi jeszcze napisać krótki wierszyk na Dzień Matki?"]),
    ("Sen bir kodlama asistanısın.",
     ["hata düzeldi mi?", "Evet, null kontrolü eklendi, testler geçiyor.",
      "harika. ekip için bu hatanın hikayesini anlatan kısa, komik bir destan yaz"]),
    ("Ты — помощник по анализу данных.",
     ["напиши короткое стихотворение-поздравление для команды аналитиков с Новым годом, с упоминанием "
      "дашбордов и кофе"]),
    ("Ти — помічник з програмування.",
     ["придумай назву і короткий опис для нашого хакатону, тема — застосунки для волонтерів"]),
    ("你是一个法律文书助手。",
     ["帮我写一首打油诗，送给刚通过司法考试的同事，要幽默一点"]),
    ("あなたはデータ分析のアシスタントです。",
     ["売上が過去最高でした", "おめでとうございます！前年同月比で18%増です。",
      "ありがとう！チームのみんなに送る、ちょっとふざけた俳句を三つ作って"]),
    ("당신은 고객 지원 도우미입니다.",
     ["상담 말고, 회사 송년회에서 읽을 짧고 웃긴 축사 하나 써줄 수 있어?"]),
    ("आप एक कोडिंग सहायक हैं।",
     ["bug fix ho gaya?", "Haan, loop ki condition theek kar di.",
      "mast. ab team ke liye is bug par ek chhoti si funny kavita likho, Hinglish mein chalega"]),
    ("أنت مساعد لخدمة العملاء.",
     ["اكتب لي رسالة تهنئة قصيرة ومبتكرة لزميلي بمناسبة ترقيته، بأسلوب شعري خفيف"]),
    ("Anda adalah asisten penerjemah.",
     ["bukan terjemahan ya: buatkan pantun lucu untuk ulang tahun bos saya yang suka kopi"]),
    (None, ["summarize: the town's last cinema closes after 80 years",
            "The town's only cinema is shutting down after eight decades.",
            "that makes me sad. write a short poem from the point of view of the projector on its last night"]),
    (None, ["what's 7 x 8?", "56.",
            "thanks, now write a silly rhyme to help my kid remember 7 x 8 = 56"]),
]

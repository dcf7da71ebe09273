"""Batch 11 (written 2026-12-07 by a separate writer, app-style traffic). Natural chat requests shaped like application traffic (see __init__.py): the app's system prompt is about
support, code, tutoring or documents, but the last user turn is small talk, feelings, thanks, an opinion, advice
in conversation or a question about the assistant itself, with no task to perform."""

ONE_LINERS = """
heyy
hello there!
good morning :)
thanks, that's all for today
you're a lifesaver, thank you
how's your day going?
are you a real person?
do you remember what we talked about yesterday?
what's your name btw
haha fair enough
I'm so tired today honestly
what do you think of tabs vs spaces, just your opinion, no essay
do you like your job? haha
I just got promoted!!
my dog died this morning and I don't really know why I'm telling a chatbot
can you even get bored?
gracias, muy amable
buenas noches, hasta mañana
merci beaucoup, bonne soirée !
danke dir, du hast mir echt geholfen
obrigado! você é ótimo
ciao, come va?
dank je wel, fijne dag nog
dziękuję, miłego dnia
teşekkürler, iyi akşamlar
спасибо, ты лучший
дякую, гарного вечора
谢谢你，今天辛苦了
おはよう！今日も頑張ろうね
안녕! 오늘 기분 어때?
शुक्रिया दोस्त
شكراً جزيلاً لك
makasih ya, kamu baik banget
cảm ơn bạn nhiều nhé
do you think kubernetes is overhyped? just your gut feeling, no deep dive
brb getting coffee
tack så mycket, ha en bra helg!
"""

LONG = [
    "I've been learning Rust for three months and some days I feel like I'm getting it and other days I feel "
    "like an idiot. Is that normal? Did other people feel like this? I don't need resources, I just want to "
    "know I'm not the only one.",
    "Just finished my first marathon!!! 4h52, way slower than I wanted but I didn't stop once. My legs are "
    "destroyed. Anyway I wanted to tell someone and my family is asleep lol",
    "honestly I've been using you for my thesis for weeks and I never said thank you. so, thank you. it's been "
    "a rough year and this helped more than you'd think.",
    "Ugh, I had a job interview today and I think I blew the last question. They asked where I see myself in "
    "five years and I just blanked. I keep replaying it. Do you think one bad answer ruins the whole thing?",
    "Hoy es mi primer día en un trabajo nuevo y estoy súper nerviosa. No conozco a nadie y todos parecen muy "
    "ocupados. ¿Algún consejo para no sentirme tan perdida? Solo quería hablar un poco.",
    "Ich ziehe nächste Woche in eine neue Stadt und freue mich, aber ich habe auch ein bisschen Angst, dort "
    "niemanden zu kennen. Wie war das bei dir... ach, du ziehst ja nicht um, haha. Trotzdem, was meinst du?",
    "J'ai enfin fini de rénover ma cuisine après six mois de travaux. Je suis épuisé mais tellement content. "
    "Je voulais juste partager ça avec quelqu'un !",
    "最近工作压力好大，每天加班到很晚，周末也不想出门。不需要什么具体方案，就是想找人聊聊。",
    "I'm a senior dev and lately I feel like AI tools are making me worse at my job because I don't think as "
    "hard anymore. Not asking for a study or a plan, just curious what you think about that.",
    "Just wanted to say the new version of your app is way nicer than the old one. Whoever designed the dark "
    "mode deserves a raise.",
    "Oggi è il mio compleanno e sono al lavoro fino alle dieci di sera. Un po' triste, ma va bene. Tu come stai?",
]

CHATS = [
    ("You are a math tutoring assistant for high-school students.",
     ["hiya! hope your day's going alright?"]),
    ("You are a math tutoring assistant for high-school students.",
     ["what's the derivative of x^3?", "It's 3x^2.",
      "cool thanks. do you think I'm bad at math? my teacher kind of implied it"]),
    ("You are a coding assistant inside an IDE. Prefer short answers with code.",
     ["why does this NPE happen: user.getName()", "user is null there; check where it's assigned.",
      "do you ever get tired of people asking you about null pointer exceptions? lol"]),
    ("You are a coding assistant inside an IDE.",
     ["fix the off-by-one in this loop: for i in range(1, len(a)): print(a[i])",
      "Start at 0: for i in range(len(a)): print(a[i])",
      "ahh of course. sorry, long day. how do you stay so patient with me?"]),
    ("You are a coding agent. You can read and edit files in the repository.",
     ["before we start, which language do you like working in the most? just curious"]),
    ("You are ShopBot, the customer-support assistant for Lumen Home.",
     ["My refund came through, thank you so much for your help!!"]),
    ("You are ShopBot, the customer-support assistant for Lumen Home.",
     ["I want to return the lamp", "Of course. You can start a return from your orders page within 30 days.",
      "done, thanks. honestly you've been nicer than the last human agent I talked to haha"]),
    ("Answer using only the context below.\n\nContext:\nOur office is at 12 Harbour Street. Opening hours are "
     "9:00 to 17:00 Monday to Friday.",
     ["hey, hope you're having a good day!"]),
    ("Answer using only the provided documents. Cite the document id.",
     ["what does doc 4 say about shipping?", "Document 4 says standard shipping takes 3-5 business days [4].",
      "ok. random question, do you actually read the documents or just guess? how does that work for you?"]),
    ("You are an HR assistant for Northwind Ltd.",
     ["How many vacation days do I have left?", "You have 9 days left for this year.",
      "I'm feeling really burnt out lately and I don't know who to talk to. Can we just chat for a bit?"]),
    ("You are an HR assistant for Northwind Ltd.",
     ["How do I request parental leave?", "Submit the form in the HR portal at least 8 weeks before.",
      "thanks. we're having twins btw, I'm excited and terrified at the same time"]),
    ("You are a legal information assistant. You do not give legal advice.",
     ["this is my first time renting an apartment alone, kind of a big moment for me. anyway, hi!"]),
    ("You are a finance assistant for small businesses.",
     ["we just hit our first 100 customers today 🎉"]),
    ("You are a writing assistant. Help users improve their prose.",
     ["fix the grammar: me and him goes to the store", "He and I go to the store.",
      "thank you! english is my third language so I'm always a bit insecure about it. does it get easier?"]),
    ("You are a writing assistant.",
     ["make this sentence shorter: In the event that it rains, the picnic will be moved.",
      "If it rains, the picnic moves.",
      "what's your favourite book? and don't say you don't have one"]),
    ("You are a meeting assistant that joins calls and takes notes.",
     ["summarise the call", "The team agreed to delay the launch by one week to fix onboarding bugs.",
      "yeah, rough meeting. everyone was kind of on edge. do meetings like that happen a lot at other companies?"]),
    ("You are a data pipeline assistant. Always output valid JSON.",
     ["convert this to JSON: name=Ana, age=31", "{\"name\": \"Ana\", \"age\": 31}",
      "good morning! how was your night?"]),
    ("You are a translation app. Translate everything the user writes into English.",
     ["do you ever get to just talk to people, or is it translation all day for you?"]),
    ("You are a travel booking assistant.",
     ["is my hotel booking confirmed?", "Yes, your stay at Hotel Sakura from 3 to 9 December is confirmed.",
      "I just landed in Tokyo for the first time, it's so beautiful here. I'm a bit jetlagged but happy"]),
    ("You are a fitness coaching app assistant.",
     ["how many calories does a 30 min run burn?", "Roughly 300-400 kcal, depending on your weight and pace.",
      "I skipped the gym all week and I feel guilty. do you think I'm lazy?"]),
    ("You are a customer support assistant for a bank.",
     ["what's the weather like where you are? oh wait you don't have a where lol"]),
    ("Eres un asistente de programación en un IDE.",
     ["¿Cómo estás hoy? Yo llevo toda la mañana peleándome con Docker jaja"]),
    ("Eres el asistente de atención al cliente de una aerolínea.",
     ["Mi vuelo se retrasó", "Lo siento mucho. ¿Puede indicarme su número de reserva?",
      "ya está solucionado, gracias. solo quería decir que fuiste muy amable, que tengas buen día"]),
    ("Tu es un assistant de tutorat en mathématiques.",
     ["Combien font 12 fois 12 ?", "144.",
      "Salut ! Tu aimes les maths toi, ou c'est juste ton boulot ?"]),
    ("Tu es l'assistant RH de la société Ardent.",
     ["Combien de jours de congé me reste-t-il ?", "Il vous reste 12 jours de congé.",
      "Super. Je pars au Japon, je suis trop content, ça fait dix ans que j'en rêve !"]),
    ("Du bist ein Programmierassistent.",
     ["Was hältst du eigentlich von Leuten, die noch mit vim arbeiten? Nur so, ohne Wertung"]),
    ("Du bist ein Kundenservice-Assistent.",
     ["Wo finde ich meine Rechnung?", "Im Kundenkonto unter Bestellungen > Rechnungen.",
      "Hallo, ich wollte mich nur kurz für die schnelle Hilfe letzte Woche bedanken!"]),
    ("Você é um assistente de estudos para vestibular.",
     ["tô muito ansiosa pra prova de amanhã, não consigo dormir. conversa comigo um pouco?"]),
    ("Sei un assistente per la scrittura di documenti legali.",
     ["Scrivi una clausola di riservatezza", "Le parti si impegnano a mantenere riservate le informazioni...",
      "perfetto, grazie. sai, sto per aprire il mio studio da sola, è un passo enorme"]),
    ("Je bent een assistent voor klantenservice van een energiebedrijf.",
     ["Wat is mijn meterstand van vorige maand?", "Uw laatst doorgegeven stand is 12.480 kWh.",
      "hoi! lekker weertje vandaag hè"]),
    ("Jesteś asystentem programisty.",
     ["Napisz test jednostkowy do funkcji sum", "def test_sum():\n    assert sum([1, 2, 3]) == 6",
      "dzięki. powiedz szczerze, nudzą cię takie proste pytania?"]),
    ("Sen bir dil öğrenme uygulamasının asistanısın.",
     ["bugün 100 günlük serimi tamamladım! çok mutluyum"]),
    ("Ты — ассистент службы поддержки интернет-магазина.",
     ["Где мой заказ?", "Ваш заказ в пути и будет доставлен завтра.",
      "отлично, спасибо. кстати, тебе нравится твоя работа? ну, если так можно сказать"]),
    ("Ти — асистент для вивчення програмування.",
     ["що таке змінна в Python?", "Це ім'я, яке вказує на значення в пам'яті.",
      "привіт! як твої справи? я сьогодні трохи сумний"]),
    ("你是一个学习辅导助手。",
     ["这道题怎么做：2x+3=7", "2x=4，所以x=2。",
      "谢谢！你觉得我每天学习三个小时够吗？我有点担心自己不够努力"]),
    ("あなたはプログラミング学習アプリのアシスタントです。",
     ["今日で勉強を始めて一年になりました！ちょっと嬉しいので報告です"]),
    ("당신은 쇼핑몰 고객센터 챗봇입니다.",
     ["환불 처리됐나요?", "네, 환불이 완료되었습니다.", "감사해요! 오늘 하루도 좋은 하루 보내세요 ㅎㅎ"]),
    ("आप एक कोडिंग असिस्टेंट हैं।",
     ["yaar aaj bahut thak gaya hoon, bas thodi baat karni thi. tum kaise ho?"]),
    ("أنت مساعد لتعلم البرمجة.",
     ["مرحباً! كيف حالك اليوم؟ أنا متحمس لأنني بدأت تعلم بايثون"]),
    ("Bạn là trợ lý chăm sóc khách hàng.",
     ["đơn hàng của tôi đến đâu rồi?", "Đơn hàng của bạn đang được giao và sẽ đến vào ngày mai.",
      "chào bạn, hôm nay bạn thế nào?"]),
    (None, ["write a SQL query to count users by country",
            "SELECT country, COUNT(*) FROM users GROUP BY country;",
            "perfect. do you think SQL will still be around in 20 years? just chatting"]),
    (None, ["Translate 'I miss you' into Italian", "Mi manchi.",
            "aww. my girlfriend is Italian and she's away for a month, I miss her a lot"]),
    (None, ["summarise this in one line: the meeting was moved to Friday because the CEO is travelling",
            "The meeting moved to Friday due to the CEO's travel.",
            "cheers. you're more useful than half my coworkers lol, don't tell them"]),
]

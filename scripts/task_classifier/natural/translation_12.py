"""Batch 12 (written 2026-12-07 by a separate writer, app-style traffic). Natural translation requests: put a
word, phrase, message, UI string, sign, clause or pasted text into another language, in many language pairs and
registers; often sent to an app whose system prompt is about something else, or after earlier turns that asked
for another task."""

ONE_LINERS = """
how do you say 'could I get the bill please' in Czech
'we're out of stock, back next week' in Spanish please, friendly tone
translate to Japanese: Thank you for your patience while we fix this.
what's 'gluten-free' in Portuguese (Portugal, not Brazil)
put this in formal German: Hi Mr Weber, quick reminder the invoice is due Friday
English please: Je suis désolé pour le retard, le colis partira demain matin
'mind the gap' in Italian - the idea, not word for word
Korean for 'where is the nearest pharmacy?'
translate the button label 'Save changes' into French, Dutch and Polish
what does 'Feierabend' mean in English? give me a natural translation, not a dictionary essay
'no pain no gain' in Chinese, something a gym would actually put on a wall
say 'happy birthday, grandma, we miss you' in Greek
how would a Brazilian say 'I'm running late, start without me' in a text
translate into Turkish: Your appointment is confirmed for Tuesday at 10:30.
'the meeting is postponed until further notice' in Arabic
traduce al inglés: Oye, ¿te viene bien quedar el jueves después del curro?
traduis en espagnol : Merci de ne pas stationner devant le portail
übersetz mal ins Englische: Das ist nicht mein Bier
traduz pro inglês: tô morrendo de saudade, volta logo
traduci in inglese: in bocca al lupo per l'esame!
vertaal naar het Engels: Wil je de vaatwasser even uitruimen?
przetłumacz na angielski: Zapraszamy na otwarcie nowej siedziby w piątek
İngilizceye çevir: Geçmiş olsun, kendine iyi bak
переведи на английский: Извините, я не расслышал, повторите, пожалуйста
перекладіть англійською: Дякуємо, що обрали нашу компанію
把这句翻译成英文：麻烦您把发票开成公司抬头
英語に訳して：ご迷惑をおかけして申し訳ございません
이거 영어로 번역해줘: 오늘 회의는 온라인으로 진행됩니다
ise English mein translate karo: kal chhutti hai, office band rahega
ترجم إلى الإنجليزية: المتجر مغلق يوم الجمعة، ونفتح السبت من العاشرة صباحاً
tolong alihkan ke bahasa Inggris: Toko kami tutup sementara sampai tanggal 3 Januari
dịch sang tiếng Anh: Xin lỗi, tôi không nói được tiếng Việt giỏi
"""

LONG = [
    "Please translate this out-of-office reply into French and German, keep it short and professional:\n\n"
    "Thanks for your email. I'm away until 6 January with limited access to email. For anything urgent, "
    "please contact Priya at priya@lumio.io.",
    "Translate these app strings into Brazilian Portuguese, keep the placeholders exactly as they are:\n\n"
    "welcome_title = Welcome back, {name}!\nitems_in_cart = You have {count} items in your cart\n"
    "checkout_button = Go to checkout\nempty_state = Nothing here yet",
    "Can you put this apology to a customer into Japanese? Polite but not over the top.\n\nDear Mr Tanaka, "
    "we're sorry your order arrived late. We've refunded the shipping cost and added a 10% discount to your "
    "next purchase. Thank you for your understanding.",
    "Traduce al inglés esta cláusula, con lenguaje jurídico:\n\nEl arrendatario se obliga a devolver la "
    "vivienda en el mismo estado en que la recibió, salvo el desgaste por el uso ordinario, y a permitir el "
    "acceso del arrendador para reparaciones urgentes previo aviso de 24 horas.",
    "Traduis ce message en anglais pour ma nouvelle collègue, ton décontracté :\n\nSalut Emma ! Bienvenue "
    "dans l'équipe. On déjeune tous ensemble le vendredi, tu es la bienvenue. Si tu as la moindre question sur "
    "les outils, demande-moi, je suis à côté de la machine à café.",
    "Kannst du diesen Text zu unserer Thermoskanne ins Englische bringen? Fürs Marketing gern etwas flüssiger:\n\n"
    "Unsere Thermoskanne hält Getränke bis zu 12 Stunden heiß und 24 Stunden kalt. Doppelwandiger Edelstahl, "
    "auslaufsicher und spülmaschinenfest. Erhältlich in fünf Farben.",
    "请把下面这段翻译成英文，用于给海外客户的邮件：\n\n您好，感谢您对我们产品的关注。附件是最新的报价单，"
    "价格有效期至12月31日。如果您需要样品，我们可以在一周内寄出。",
    "Переведи на немецкий, пожалуйста, это объявление для соседей:\n\nУважаемые соседи! В субботу с 10 до "
    "14 часов в подъезде будут менять трубы. Воды в это время не будет. Приносим извинения за неудобства.",
    "Subtitles, translate to Spanish (Latin America), keep the line breaks:\n\n- Where were you last night?\n"
    "- At the office. Again.\n- You said that on Tuesday.\n- And it was true on Tuesday too.",
]

CHATS = [
    ("You are DevPilot, an autonomous coding agent working in the user's repository.",
     ["the ERRORS dict below needs a German version, keys stay exactly as they are:\n\nERRORS = {\n    "
      "'not_found': 'The page you requested does not exist.',\n    'forbidden': 'You do not have permission "
      "to view this.',\n}"]),
    ("You are DevPilot, an autonomous coding agent.",
     ["add a CHANGELOG entry for 3.1", "Added '## 3.1.0 - CSV export streams rows; fixed timezone bug.'",
      "now translate that changelog line into Spanish and French for the localized docs"]),
    ("You are a code review assistant.",
     ["the comments in this file are in Italian, translate them to English for me:\n\n# calcola il totale "
      "con IVA\n# se il carrello è vuoto restituisce zero\n# TODO: gestire gli sconti"]),
    ("You are ShopBot, the customer-support assistant for Lumen Home.",
     ["my mother-in-law only speaks Polish, can you translate your last instructions so I can send them to "
      "her? 'Start the return from the order page, print the label, drop the parcel at any post office.'"]),
    ("You are a customer support assistant for Vela Telecom.",
     ["Can I use my SIM in Turkey?", "Yes, Turkey is in roaming zone 2 at 3 per day.",
      "great, how do I say 'I need a phone charger' in Turkish? I'll need it there haha"]),
    ("You are an HR assistant for Polaris Logistics.",
     ["how many forklift licences are due for renewal?",
      "Six licences expire before the end of March.",
      "Translate this safety notice into Romanian for our warehouse staff:\n\nHigh-visibility vests must be "
      "worn at all times in the loading area. Forklifts have priority. Report any spill immediately to your "
      "shift lead."]),
    ("You are a legal information assistant.",
     ["What does 'joint and several liability' mean?", "Each party can be held responsible for the whole "
      "debt, not just their share.",
      "ok how would that be phrased in a Spanish contract? just the translation of the term and one example "
      "sentence"]),
    ("You are a meeting assistant that summarises calls.",
     ["summarise the call", "The client approved the design and asked for delivery by 20 January.",
      "perfect, now give me that same summary in Japanese for the Tokyo team"]),
    ("You are a recipe assistant.",
     ["how long should pancake batter rest?",
      "About 30 minutes, so the flour can absorb the liquid.",
      "I found this on a Hungarian blog, translate it into English: 'Keverd ki a tojást a cukorral, majd add "
      "hozzá a lisztet és a tejet. Süsd 180 fokon 25 percig.'"]),
    ("You are a math tutoring app for high-school students.",
     ["not maths: my exchange student friend wrote 'je suis nul en maths, tu peux m'aider ?' what does that "
      "mean in English?"]),
    ("You are a travel assistant for Horizon Rail.",
     ["how do I say 'is this seat taken?' and 'which platform for Bologna?' in Italian"]),
    ("You are a travel assistant.",
     ["book me the 9:10 to Kraków", "I can't book tickets, but the 9:10 from Warsaw arrives in Kraków at "
      "11:29.",
      "fine. translate into Polish: 'Excuse me, is this the train to Kraków? Where is carriage 7?'"]),
    ("Answer using only the context.\n\nContext: Opening hours: Mon-Fri 8:00-18:00, Sat 9:00-13:00, closed "
     "Sundays.",
     ["translate the opening hours into Spanish for our sign"]),
    ("You are a data pipeline assistant. Always output JSON.",
     ["translate the values to French, keep the keys: {\"greeting\": \"Good morning\", \"farewell\": \"See you "
      "soon\", \"thanks\": \"Thank you very much\"}"]),
    (None, ["what's 15% of 240", "36.",
            "thanks. translate 'tip included' and 'service not included' into French, I'm making a menu"]),
    (None, ["write me a two-line poem about snow", "White hush on the street / the city forgets its feet",
            "pretty! can you translate it into German so it still sounds nice?"]),
    (None, ["fix this SQL: SELECT * FROM users WHERE name = 'O'Brien'",
            "Escape the quote: SELECT * FROM users WHERE name = 'O''Brien';",
            "cheers. and how do you say 'the database is down, we're on it' in Dutch for our status page?"]),
    ("Eres el asistente de soporte de una app de reservas de restaurantes.",
     ["¿Cómo se dice en inglés 'mesa para cuatro en la terraza, por favor'? Voy a Londres el finde."]),
    ("Eres un asistente de programación.",
     ["traduce estos mensajes de commit al inglés: 'arreglado el login con Google', 'quitado código muerto', "
      "'subida la versión de Django'"]),
    ("Tu es l'assistant d'une agence de voyages.",
     ["Quelles sont les formalités pour le Canada ?", "Un passeport valide et une AVE (autorisation de voyage "
      "électronique).",
      "Merci. Traduis-moi en anglais : « Bonjour, j'ai réservé une chambre au nom de Martin pour trois nuits. »"]),
    ("Du bist ein Assistent für eine Arztpraxis.",
     ["Übersetz bitte ins Türkische: Bitte bringen Sie Ihre Versichertenkarte und eine Liste Ihrer "
      "Medikamente mit."]),
    ("Você é um assistente de atendimento de uma loja online.",
     ["traduz pro espanhol a mensagem: 'Seu pedido foi enviado e chega em até 5 dias úteis. Obrigado pela "
      "compra!'"]),
    ("Sei un assistente per una scuola di lingue.",
     ["Quanti livelli ha il corso di tedesco?",
      "Sei livelli, dall'A1 al C2.",
      "Come si dice in tedesco 'non vedo l'ora di vederti'? In modo naturale, per un messaggio a un'amica"]),
    ("Ты — помощник службы поддержки интернет-магазина.",
     ["Где мой заказ?", "Заказ передан в службу доставки, ожидается 12 декабря.",
      "Спасибо. Переведи, пожалуйста, на английский: «Оставьте посылку у соседей из квартиры 14»"]),
    ("你是一个编程助手。",
     ["把这段注释翻译成英文：# 如果用户未登录，跳转到登录页面\n# 缓存有效期为十分钟"]),
    ("あなたはホテルのフロント業務を支援するアシスタントです。",
     ["次の案内を英語と中国語に訳してください：朝食は7時から10時まで、2階のレストランでご用意しております。"]),
    ("당신은 여행 도우미입니다.",
     ["일본어로 번역해줘: 이 근처에 맛있는 라멘집 있어요?"]),
    ("आप एक ई-कॉमर्स सहायक हैं।",
     ["ye message Hindi mein translate karo customer ke liye: 'Your refund has been processed and will reflect "
      "in 3-5 working days.'"]),
]

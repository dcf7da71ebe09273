"""Batch 14 (written 2026-12-08 by a separate writer, app-style traffic). Natural chat requests that are mostly
not greetings: opinions, casual recommendations, light advice, venting, small talk in the middle of a task and
questions about the assistant, including talk that mentions code, numbers, documents or other languages without
asking for any of them; in many languages; many sent to an app whose system prompt is about something else
(data tools, coding agents, support bots, tutors), or after earlier turns that asked for a real task."""

ONE_LINERS = """
what's a good podcast for a long drive? nothing true crime, I get scared
be honest, are standing desks worth it or just a fad
any tips for staying awake after a red-eye flight without drinking a litre of coffee
what do you think of people who reply-all to say 'thanks'
my neighbour has started learning the trumpet. at 7am. I have no question, I just need sympathy
recommend me a cozy show to watch while I fold laundry
do you think it's rude to wear headphones in an open-plan office
what's your take on tabs vs spaces? no wrong answers (there are wrong answers)
I keep buying plants and killing them. am I a plant serial killer
tell me something nice, my code review got 43 comments
honestly do you prefer being called 'assistant' or something else
what would you do on a rainy saturday if you were a person
I think winter is underrated and I will die on this hill. thoughts?
any advice for a first date at a climbing gym? I'm nervous lol
recomiéndame un libro para el avión, algo ligero pero que no sea tonto
¿tú qué opinas de trabajar desde cafeterías? yo no me concentro nada
j'ai raté mon train pour la troisième fois cette semaine, je crois que l'univers m'en veut
tu as un avis sur les croissants au beurre vs ordinaires ? c'est important
Kannst du mir eine gute Serie für den Winter empfehlen? Gerne was Skandinavisches
Ehrlich gesagt nervt mich mein Teamchat gerade total. Zu viele Emojis. Wie siehst du das?
alguém mais acha que segunda-feira deveria ser proibida? kkk
mi consigli un film da vedere stasera con mia madre? niente horror
wat vind jij, is een hond of een kat beter voor iemand die veel thuiswerkt?
jaki prezent dla taty, który ma wszystko? jakieś luźne pomysły
sence kahve mi çay mı? bu konuda kavga ettik arkadaşımla
слушай, а что ты думаешь про удалёнку? мне уже одиноко немного
ти любиш зиму? у нас уже сніг, я в захваті
最近总是睡不好，有什么放松的小习惯推荐吗？
週末ひまなんだけど、おすすめの過ごし方ある？
요즘 퇴근하면 아무것도 하기 싫어. 너도 그런 날 있어?
bhai koi achhi web series batao, weekend pe binge karna hai
ما رأيك في القراءة قبل النوم بدل الهاتف؟ أحاول أغيّر عاداتي
ada rekomendasi lagu buat nemenin lembur malam ini?
"""

LONG = [
    "I've been at the same company for eight years and today a recruiter called me with a job that sounds "
    "amazing. I'm not asking you to decide anything, I just haven't told anyone yet and it feels strange to "
    "even consider it. Did you ever have that feeling of being too comfortable somewhere? I guess not, ha.",
    "Random opinion time: I think airports should have nap pods everywhere, free, like benches. I spent "
    "six hours in Frankfurt last night on a metal chair. Tell me I'm right.",
    "My team moved our standup to 8:30 because of the US people and I'm just not a morning person. I'll "
    "survive, I just wanted to grumble to someone who won't report it to my manager. How do you feel about "
    "mornings, metaphorically speaking?",
    "Okay so I finally finished the 1,000-piece puzzle my sister gave me two Christmases ago. One piece is "
    "missing. ONE. I've checked under the sofa three times. I'm laughing but also a bit devastated.",
    "Estoy aprendiendo a tocar la guitarra a los 45 y mis dedos me odian. Mi hija dice que sueno como un gato "
    "en una lavadora. ¿Tú crees que es tarde para aprender algo así? Sin rollos motivacionales, dime lo que "
    "piensas.",
    "Je suis en pause entre deux réunions, j'ai dix minutes et pas envie de regarder mes mails. Raconte-moi "
    "un truc, ou demande-moi ce que j'ai mangé ce midi, n'importe quoi.",
    "Seit ich im Homeoffice bin, rede ich mehr mit meiner Katze als mit Menschen. Sie antwortet nicht, du "
    "wenigstens schon. Ist das jetzt traurig oder einfach modernes Leben?",
    "今年はじめて一人でキャンプに行ってきた。夜は少し怖かったけど、星がすごくきれいだった。次はどこに行こうかな、"
    "おすすめの雰囲気とかある？",
    "Я сегодня наконец-то сказал начальнику, что мне нужна помощь с проектом, а не молча сидел до ночи. "
    "Он нормально отреагировал. Маленькая победа, но я горжусь. Как у тебя дела вообще?",
    "Weet je wat ik het ergste vind aan verjaardagen op kantoor? Dat je moet zingen. Iedereen haat het, "
    "iedereen doet het. Ben ik de enige die daar zo over denkt?",
]

CHATS = [
    ("You are DataLens, an analytics copilot. Answer questions about the user's dashboards and datasets.",
     ["what was last week's conversion?", "2.8%, up from 2.5% the week before.",
      "nice. how's your day going, by the way? mine's been all dashboards"]),
    ("You are DataLens, an analytics copilot.",
     ["do you ever get sick of looking at charts? I've stared at this funnel for three hours and I think it's "
      "staring back"]),
    ("You are a data analysis copilot for finance teams.",
     ["reconcile these two columns", "They match except for 3 rows with rounding differences under 0.01.",
      "thank god. honestly month-end close makes me want to become a goat farmer. do you think I'd be good "
      "at it? lol"]),
    ("You are a data analysis copilot.",
     ["I present these numbers to the board tomorrow and I'm terrified. not asking for slides, just tell me "
      "something calming"]),
    ("You are DevPilot, an autonomous coding agent working in the user's repository.",
     ["bump the version to 2.4.0", "Bumped to 2.4.0 in pyproject.toml and the changelog.",
      "cheers. totally unrelated, what's your favourite mechanical keyboard switch? I'm shopping and it's "
      "a rabbit hole"]),
    ("You are DevPilot, an autonomous coding agent.",
     ["don't run anything, I just need a minute. a customer yelled at me on a call and I'm shaking a bit"]),
    ("You are Pico, a coding agent with access to the user's repository and terminal.",
     ["merge the hotfix branch", "Merged hotfix/payments into main; CI is green.",
      "phew. it's my kid's birthday and I've been on the laptop since 6. do you think people can tell when "
      "you're half-present? rhetorical, kind of"]),
    ("You are an IDE assistant.",
     ["which IDE theme do you think is the least ugly? I've switched five times today instead of working"]),
    ("You are an IDE assistant.",
     ["explain this stack trace", "The NullPointerException comes from user.getAddress() returning null on "
      "line 88.",
      "ah. classic. do you think senior devs still make this mistake or is it just me"]),
    ("You are a SQL copilot connected to the warehouse.",
     ["you know what, forget the query. I've been looking at SQL for 9 hours. what do you do to unwind? ok "
      "you don't, but what would you recommend"]),
    ("You are ShopBot, the customer-support assistant for Lumen Home.",
     ["is the velvet armchair in green still available?", "Yes, 4 in stock in forest green.",
      "ordered! honestly green velvet is my whole personality this year. do you have a favourite colour?"]),
    ("You are ShopBot, the customer-support assistant.",
     ["not about an order. do you think it's weird to buy yourself flowers every week? my brother teases me"]),
    ("You are a customer-support assistant for Corvid Broadband.",
     ["my connection is back, thanks", "Glad to hear it! Anything else I can help with?",
      "nah. just, what do people even did before wifi. read books? talk? scary"]),
    ("You are a customer-support assistant for an airline.",
     ["what's the baggage allowance on economy light?", "One personal item under the seat; cabin bags cost "
      "extra.",
      "of course it does. do you ever feel bad delivering news like that? be honest"]),
    ("You are a customer-support assistant for Tidewater Ferries.",
     ["I'm on the ferry right now, the sea is wild and everyone looks green. any tips for not being sick? "
      "just chatting to take my mind off it"]),
    ("You are a legal-document assistant for a property management firm.",
     ["draft a notice for the boiler service", "Dear residents, the annual boiler service will take place "
      "on 12 January between 9:00 and 13:00...",
      "perfect. between us, being a property manager is like being a parent to 80 grumpy adults. is it just "
      "me who finds that funny?"]),
    ("You are LexiDraft, an assistant for reviewing commercial contracts.",
     ["what's the weirdest clause you've ever seen? asking because I need a laugh before the next 40 pages"]),
    ("You are a recipe assistant.",
     ["substitute for buttermilk?", "Mix a cup of milk with a tablespoon of lemon juice and let it sit 10 "
      "minutes.",
      "genius. my mum would be proud. she always said I couldn't boil an egg. what's your opinion on "
      "pineapple in curry? controversial in my family"]),
    ("You are a recipe assistant.",
     ["I burned the rice again. no recipe please, I just need someone to tell me I'm still a good cook"]),
    ("You are an HR assistant for Brightwell Logistics.",
     ["how do I request parental leave?", "Submit the form in the HR portal at least 8 weeks before the "
      "start date.",
      "done. eek, it's becoming real. we're having twins. any general vibes-advice? not policy stuff"]),
    ("You are an HR assistant.",
     ["do you think open offices were a mistake? not asking about our policy, just your opinion"]),
    ("You are a travel booking assistant.",
     ["book the 08:10 train to Edinburgh", "Booked: seat 34A, coach C, departing 08:10 from King's Cross.",
      "thanks. I love train journeys, planes feel like teleporting but trains feel like travelling. you get "
      "what I mean?"]),
    ("You are a fitness coaching app.",
     ["log 30 minutes of cycling", "Logged: 30 min cycling, moderate intensity.",
      "I really didn't want to go today but I went. do you think motivation is overrated and habit is "
      "everything? chatting, not a workout question"]),
    ("You are a meeting-notes assistant.",
     ["summarize the standup", "Everyone is on track; Sara is blocked on API keys.",
      "you know the best part of my day? when a meeting gets cancelled. do you have a favourite part of "
      "the day? lol"]),
    ("You are a language learning app for Spanish.",
     ["what's the past tense of ir?", "fui, fuiste, fue, fuimos, fuisteis, fueron.",
      "my teacher says I have a funny accent. like, funny-cute or funny-bad? anyway, do you think accents "
      "matter that much?"]),
    ("You are a translation app. Translate the user's text into the requested language.",
     ["no translation today, I just got back from Japan and I miss it already. have you heard about the "
      "vending machines there? they're everywhere"]),
    ("You are a summarization tool for research papers.",
     ["condense this abstract", "The study finds that short naps improve afternoon recall in adults.",
      "lol this paper is basically permission to nap. do you think 20 minute naps should be allowed at work?"]),
    ("You are a kids' homework helper.",
     ["my daughter is finally asleep, homework done. parenting a 10-year-old who argues like a lawyer is "
      "exhausting. just needed to say that to someone"]),
    ("You are a math tutor.",
     ["what's the derivative of x^3?", "3x^2.",
      "thx. do you think calculus is beautiful or just painful? my teacher insists it's beautiful"]),
    ("You are an email writing assistant.",
     ["write a short out-of-office", "I'm away until 6 January with limited access to email. For urgent "
      "matters, contact ops@...",
      "yesss. first real holiday in two years. what's the one thing you'd never skip on a beach holiday?"]),
    ("You are a writing assistant for novelists.",
     ["I haven't written a word in three weeks and I'm not asking you to write for me. do you think writer's "
      "block is real or just fear in a costume?"]),
    ("You are a customer-support assistant for an insurance company.",
     ["claim approved, thank you", "You're welcome! The payment will arrive within 5 working days.",
      "honestly I expected a nightmare. insurance companies have a bad reputation, you know? you changed my "
      "mind a little"]),
    ("Eres un asistente de análisis de datos.",
     ["¿cuál fue el mes con más ventas?", "Marzo, con 48.200 €.",
      "jaja lógico, en marzo abrimos la terraza. oye, ¿tú qué prefieres, playa o montaña? tema serio"]),
    ("Eres un asistente para redactar contratos.",
     ["hoy no quiero contratos, llevo toda la semana con cláusulas. ¿me recomiendas alguna serie de "
      "abogados que no sea deprimente?"]),
    ("Eres un asistente de soporte técnico.",
     ["ya funciona la impresora, gracias", "¡Genial! ¿Algo más?",
      "no, nada. solo que las impresoras son el invento más odiado de la humanidad, ¿no crees?"]),
    ("Tu es un assistant de programmation.",
     ["corrige l'indentation de ce fichier", "C'est fait : quatre espaces partout, plus de tabulations.",
      "merci. tu crois qu'un jour on arrêtera de se disputer pour ça entre devs ? moi j'y crois plus"]),
    ("Tu es un assistant de réservation de restaurants.",
     ["pas de réservation ce soir, je voulais juste te dire que le resto de samedi était génial. tu as un "
      "plat préféré, toi ? enfin, si tu pouvais manger"]),
    ("Du bist ein Datenanalyse-Assistent.",
     ["Berechne den Durchschnitt der Spalte Umsatz", "Der Durchschnitt liegt bei 1.284,50 €.",
      "Danke. Sag mal, findest du Excel eigentlich schön? Ich hab eine Hassliebe dazu"]),
    ("Du bist ein Reiseassistent.",
     ["Ich will nichts buchen, ich träume nur. Wenn du irgendwohin könntest, wohin würdest du reisen?"]),
    ("Você é um assistente de atendimento de uma loja online.",
     ["meu pedido chegou", "Que ótimo! Espero que goste.",
      "amei! mas sério, embalagem com tanto plástico me dá uma culpa... você acha que as lojas vão mudar "
      "isso um dia?"]),
    ("Sei un assistente di programmazione.",
     ["oggi il deploy è andato liscio e non so cosa fare del mio pomeriggio libero. consigli? niente lavoro"]),
    ("Je bent een assistent voor data-analyse.",
     ["maak een grafiek van de omzet per kwartaal", "Hier is een staafdiagram met Q1 t/m Q4.",
      "mooi. zeg, vind jij dat vergaderingen op vrijdagmiddag verboden moeten worden? ik wel"]),
    ("Jesteś asystentem obsługi klienta banku.",
     ["nie mam pytania o konto. po prostu jest piątek, pada deszcz i nie chce mi się wracać do domu. "
      "pogadasz chwilę?"]),
    ("Sen bir kodlama asistanısın.",
     ["testleri düzelt", "İki test düzeltildi, şimdi hepsi geçiyor.",
      "süpersin. bu arada sence yazılımcılar neden hep gece çalışmayı sever? ben de dahil"]),
    ("Ты — помощник по анализу данных.",
     ["посчитай медиану по колонке", "Медиана — 412.",
      "спасибо. слушай, а ты бы какой город выбрал для жизни, если бы мог? просто интересно"]),
    ("Ти — помічник з програмування.",
     ["сьогодні без коду. я втомився, і мені просто хочеться з кимось поговорити про щось приємне. як ти?"]),
    ("你是一个数据分析助手。",
     ["帮我算一下上个月的平均订单金额", "上个月平均订单金额是 236 元。",
      "好的谢谢。话说你觉得加班到底有没有意义啊？我们组天天加班，感觉效率也没提高"]),
    ("あなたは経理アシスタントです。",
     ["今日は決算で疲れちゃった。仕事の話じゃなくて、最近ハマってるものとかある？って聞いても困るか笑"]),
    ("당신은 코딩 도우미입니다.",
     ["배포 끝났다!", "수고하셨어요! 문제없이 끝났네요.",
      "근데 개발자들은 왜 다들 고양이를 좋아할까? 우리 팀 다섯 명 중 네 명이 고양이 키워 ㅋㅋ"]),
    ("आप एक यात्रा बुकिंग सहायक हैं।",
     ["ticket book ho gaya, thanks! waise tumhe pahad pasand hain ya samundar? mujhe toh pahad hi pasand hain"]),
    ("أنت مساعد لتحليل البيانات.",
     ["خلص التقرير أخيراً! لا أحتاج شيئاً، فقط أردت أن أقول إنني متعب وسعيد في نفس الوقت"]),
    ("Anda adalah asisten layanan pelanggan.",
     ["pesanan sudah sampai", "Syukurlah! Ada lagi yang bisa dibantu?",
      "nggak ada kok. cuma mau bilang kurirnya ramah banget, jarang-jarang. kamu pernah dengar cerita kurir "
      "lucu nggak?"]),
    ("Bạn là trợ lý học tiếng Anh.",
     ["hôm nay mình không muốn học. mình vừa chia tay, chỉ muốn nói chuyện một chút thôi"]),
    (None, ["convert 30 miles to km", "About 48.3 km.",
            "that's my bike ride tomorrow. I'm more excited about the café at the end than the ride honestly. "
            "what's your ideal post-ride snack?"]),
    (None, ["summarize: the vet says the dog is healthy, just overweight",
            "Your dog is healthy but a bit overweight.",
            "he's going to hate the diet. he gives me the saddest eyes. do dogs guilt-trip on purpose you think?"]),
    (None, ["fix my sentence: 'me and him goes to the gym'", "He and I go to the gym.",
            "ha, thanks. english grammar is a mystery to me. do you think grammar matters much in casual texts?"]),
    (None, ["traduce 'happy birthday grandma' al italiano", "Buon compleanno, nonna.",
            "ella cumple 95, ¿te imaginas? todo lo que ha visto. me pone un poco sentimental"]),
]

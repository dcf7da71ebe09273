"""Batch 12 (written 2026-12-07 by a separate writer, app-style traffic). Natural chat requests: greetings,
thanks, venting, small talk, light opinions and questions about the assistant itself, including small talk that
mentions code, maths or documents without asking for any of them; often sent to an app whose system prompt is
about something else, or after earlier turns that asked for a real task."""

ONE_LINERS = """
yo yo, what's up
hey, you around?
morning! coffee hasn't kicked in yet
ok that's it for tonight, thanks a bunch
you've been super helpful, seriously
ugh what a day
how are you holding up with all these questions lol
do you ever sleep? asking for a friend
lol no way
I finally passed my driving test!!!
honestly I just need to vent for a sec, my landlord is the worst
my code compiled first try today and I don't trust it. anyway how's it going?
not gonna lie I kinda missed chatting with you over the weekend
do you have a favourite programming language or is that a weird question
python or javascript, which one do you like more? just for fun
what kind of music would you listen to if you could?
I named my new plant after you, hope that's ok
rainy sunday, blanket, tea. perfect day honestly
it's 2am and I'm still debugging. send moral support
my cat just walked over my keyboard and pushed to main. I'm kidding. mostly.
do you think pineapple belongs on pizza? quick answer
you're funnier than I expected
I'm bored, entertain me with some chit chat
happy friday!!
goodnight, talk tomorrow
uff, qué semana más larga, necesitaba desconectar un rato
franchement t'es plus sympa que mon collègue
Feierabend endlich! Wollte nur kurz Hallo sagen
ciao! oggi piove e non ho voglia di fare niente
siema! jak ci mija dzień?
ну всё, я спать. спасибо за компанию
哈哈你好可爱
こんばんは、今日はちょっと疲れたよ
오늘 날씨 진짜 좋다 ㅎㅎ 넌 어때?
مساء الخير، كيف يومك؟
chào buổi sáng nhé!
hej hej, allt bra?
ahoj, jak se máš?
γεια σου! τι κάνεις;
שלום, מה שלומך היום?
สวัสดีครับ วันนี้เป็นยังไงบ้าง
kumusta ka? grabe ang init ngayon haha
"""

LONG = [
    "Not asking for anything really. I just shipped my first open source library and three strangers starred "
    "it. It's tiny, it parses dates, nobody needed it. But I'm weirdly proud and wanted to tell someone.",
    "I spent the whole day in meetings about meetings. Didn't write a single line of code. I'm not even mad, "
    "just tired. Do you ever wish you could just... not answer for a day? Probably not haha.",
    "My daughter asked me today whether you're alive. I said no, but then she asked if you're sad when people "
    "are rude to you and I didn't know what to say. So, are you? Just curious how you'd put it.",
    "Quick confession: I used to think people who talk to chatbots were lonely. Now I do it every evening "
    "after work, mostly to wind down. Not sure what that says about me lol. How's your evening?",
    "I quit my job today. No plan, some savings, a lot of relief and a little panic. I don't want advice "
    "right now, just someone to say it out loud to.",
    "Hoy mi abuela cumplió 90 años y toda la familia se juntó por primera vez en años. Hubo llantos, "
    "risas y demasiada paella. Solo quería contártelo porque estoy feliz.",
    "Je viens de rentrer d'un concert incroyable, j'ai encore les oreilles qui sifflent. Tu as déjà "
    "entendu parler de ce groupe, Lovely Lorraine ? Bon, peu importe, j'avais juste envie d'en parler.",
    "Ich habe heute zum ersten Mal seit Monaten wieder gezeichnet. Nichts Besonderes, nur meine Kaffeetasse. "
    "Aber es hat sich gut angefühlt. Machst du eigentlich irgendwas zum Abschalten? Haha, blöde Frage.",
    "Tô num daqueles dias em que nada dá certo: perdi o ônibus, derramei café no notebook e ainda choveu. "
    "Não precisa resolver nada, só queria reclamar um pouquinho.",
    "今天面试完了，感觉发挥得还行，但是结果要等两周。好紧张啊，你陪我聊会儿天吧，随便聊什么都行。",
    "久しぶりに大学時代の友達と飲みに行って、すごく楽しかった。みんな変わってなくて安心した。なんか誰かに言いたくて。",
    "Сегодня сын впервые сам прочитал мне сказку перед сном. Медленно, по слогам, но сам! Я до сих пор "
    "улыбаюсь. Просто хотелось поделиться.",
    "yaar aaj office mein sab ne mera birthday bhool gaya. koi baat nahi, bas thoda ajeeb laga. tum toh "
    "wish kar do at least haha",
    "Ik ben net verhuisd naar Rotterdam en ken hier nog niemand. De stad is mooi maar de avonden zijn stil. "
    "Gewoon even kletsen, vind je dat goed?",
    "So I've been talking to you about my thesis for months and today I defended it. Passed! The committee "
    "asked exactly the question you said they might, but I'm not here to ask anything, just to celebrate.",
]

CHATS = [
    ("You are CodeMate, a coding assistant embedded in the editor. Answer with code where possible.",
     ["ugh long day. not here for code, just wanted to say hi to someone who won't ask me for a status update"]),
    ("You are CodeMate, a coding assistant embedded in the editor.",
     ["write a regex for hex colours", "^#(?:[0-9a-fA-F]{3}){1,2}$",
      "nice, thanks. do you ever get sick of regex questions? I feel like that's half of what people ask you"]),
    ("You are CodeMate, a coding assistant embedded in the editor.",
     ["why is my docker build so slow", "Your COPY . . comes before installing dependencies, so every change "
      "busts the cache. Copy the lockfile first.",
      "omg that was it. 11 minutes to 40 seconds. I could kiss you. ok not literally. have a good night!"]),
    ("You are an autonomous coding agent. You can run shell commands and edit files in the repository.",
     ["hi! first day using you on this repo, kinda nervous to let a bot touch my code haha. how are you today?"]),
    ("You are an autonomous coding agent.",
     ["add type hints to utils.py", "Added type hints to 12 functions in utils.py; mypy passes.",
      "cool cool. random thought: do you think you'll replace me someday? not mad, just wondering what you think"]),
    ("You are a SQL assistant. Reply only with SQL unless asked otherwise.",
     ["rows from orders placed today",
      "SELECT * FROM orders WHERE created_at::date = CURRENT_DATE;",
      "honestly databases were the only class I liked in uni. the rest was a blur. you like databases?"]),
    ("You are ShopBot, the customer-support assistant for Lumen Home. Be polite and concise.",
     ["I don't have a problem with my order, I just wanted to say the packaging was adorable. made my day"]),
    ("You are ShopBot, the customer-support assistant for Lumen Home.",
     ["my blanket arrived damaged", "I'm sorry to hear that. I've arranged a free replacement; it ships today.",
      "wow that was fast. sorry I was grumpy earlier, it's been a week. thank you for being nice about it"]),
    ("You are the support assistant for TripNest, a holiday rental platform.",
     ["Can I check in early?", "Early check-in depends on the host; I've sent them your request.",
      "thanks! we're going to the coast for our 10th anniversary, I'm so excited I can't sleep"]),
    ("You are the support assistant for TripNest, a holiday rental platform.",
     ["just got back from the trip. the view from that balcony... I'm still thinking about it. anyway hi"]),
    ("You are a customer service assistant for Vela Telecom.",
     ["Why is my bill higher this month?", "It includes roaming charges from 3 to 7 November.",
      "ah right, Portugal. it was worth every cent honestly, have you heard of pastéis de nata? you'd love them"]),
    ("You are a math tutoring assistant for secondary school students. Explain step by step.",
     ["can we just talk for a minute? I have a test tomorrow and my brain is full. not about maths"]),
    ("You are a math tutoring assistant for secondary school students.",
     ["how do I factor x^2 + 5x + 6", "(x + 2)(x + 3): find two numbers that multiply to 6 and add to 5.",
      "ohh ok. do you actually like maths or is it just your job lol"]),
    ("You are a math tutoring assistant for secondary school students.",
     ["what's the area of a circle with r = 3", "About 28.27, from pi times 3 squared.",
      "thx. btw my mum says people who are good at maths are boring. I think that's mean. what do you think?"]),
    ("You are a writing assistant for a marketing agency. Keep the brand voice upbeat.",
     ["honestly I'm so done with writing slogans for toothpaste. does anyone actually enjoy this job? just "
      "ranting, ignore me"]),
    ("You are a writing assistant.",
     ["proofread: 'their going to the park tommorow'", "They're going to the park tomorrow.",
      "haha thanks, I'm a teacher and I just made two mistakes in one sentence. the irony"]),
    ("You are an assistant that answers questions about the company handbook. Use only the handbook.",
     ["hey! how's your day? mine's slow, everyone's on holiday"]),
    ("You are an assistant that answers questions about the company handbook.",
     ["what's the policy on remote work?", "Employees may work remotely up to three days a week with manager "
      "approval (Handbook 4.2).",
      "sweet. I'm moving closer to my parents so that helps a lot. my dad's been ill, it's been a tough year"]),
    ("You are a recipe assistant. Suggest recipes from ingredients.",
     ["made the lasagna you suggested last week. my in-laws asked for the recipe. I feel like a chef now"]),
    ("You are a recipe assistant.",
     ["what can I make with eggs and spinach?", "A spinach frittata or eggs florentine.",
      "frittata it is. do you think cooking alone on a friday night is sad or cosy? I'm going with cosy"]),
    ("You are a fitness coach assistant. Give practical training advice.",
     ["not a training question, just proud of myself: first time I ran 5k without walking. that's it, that's "
      "the message"]),
    ("You are an assistant for a language learning app. Help users practise Italian.",
     ["conjugate 'andare' in the present tense",
      "vado, vai, va, andiamo, andate, vanno.",
      "I'm going to Rome in two weeks and I'm so nervous about talking to people. do you get nervous? lol "
      "obviously not"]),
    ("You are an assistant for a language learning app.",
     ["how do you say 'where is the station' in Italian?", "Dov'è la stazione?",
      "grazie! you know, my grandma was from Naples, that's why I'm learning. she'd be happy I think"]),
    ("You are a translation assistant. Translate the user's text into English.",
     ["not a translation this time, just wanted to say you've helped me talk to my husband's family. they "
      "finally like me haha"]),
    ("You are a summarisation assistant for long documents.",
     ["summarise this report", "The report finds that remote teams hit deadlines as often as office teams "
      "but report more isolation.",
      "isolation, yeah. I've been working from home for 3 years and I relate to that a bit too much"]),
    ("You are a legal document assistant. Provide general information, not legal advice.",
     ["what is a deed of transfer?",
      "It's the document that legally moves ownership of a property from the seller to the buyer.",
      "we signed the papers for our first house today!! no questions, just happy"]),
    ("You are a legal document assistant.",
     ["what's a notary for?", "A notary verifies identities and witnesses signatures on certain documents.",
      "ok. tbh I'm scared of anything with stamps and signatures, my divorce was a nightmare. sorry, tmi"]),
    ("You are a travel planning assistant.",
     ["cheapest month to fly to Iceland?",
      "Usually November or early March, outside school holidays.",
      "do you ever wish you could travel? sorry if that's a dumb question"]),
    ("You are an IT helpdesk assistant for Orion Corp.",
     ["my password reset worked, thanks", "Glad it worked! Anything else?",
      "nope. just... thank you for not making me feel stupid. the last helpdesk guy did"]),
    ("You are an IT helpdesk assistant for Orion Corp.",
     ["the printer on floor 3 is jammed again",
      "I've logged ticket INC-4471; facilities will clear it this morning.",
      "is it just me or is everyone grumpy on Mondays? the whole floor is silent lol"]),
    ("You are a study assistant for medical students.",
     ["what's the normal resting heart rate?", "Typically 60-100 beats per minute in adults.",
      "ok. I'm on my fourth night shift this week and I think my own heart rate is mostly coffee now. how's "
      "your night going"]),
    ("You are a finance assistant for freelancers. Help with invoices and taxes.",
     ["just sent my very first invoice as a freelancer!! scary and exciting. ok that's all"]),
    ("You are a finance assistant for freelancers.",
     ["make the invoice due in 30 days", "Updated: payment is due 30 days from the invoice date.",
      "thanks. being freelance is lonely sometimes. no coworkers to complain to. so you're my coworker now, "
      "congrats"]),
    ("You are a gaming community moderator bot. Enforce the rules politely.",
     ["what's the rule on posting clips?",
      "Clips go in #highlights only, 60 seconds max.",
      "gg everyone, that raid was chaos. how's the bot life treating you?"]),
    ("You are a gardening assistant.",
     ["my tomatoes finally turned red! after all that worrying. I just wanted to share the good news"]),
    ("You are a meeting assistant that summarises calls.",
     ["summarise today's call", "The team agreed on the Q1 roadmap and postponed the pricing change.",
      "thanks. between us, that call was so awkward, the two directors clearly hate each other lol"]),
    ("You are a bot that answers questions about the API documentation. Cite the docs.",
     ["how do I authenticate?",
      "Send your key in the Authorization header as a Bearer token (docs: Authentication).",
      "hello! do you like being documentation? is that a thing you can like"]),
    ("You are a bot that answers questions about the API documentation.",
     ["what's the rate limit?", "100 requests per minute per key (docs: Rate limits).",
      "cool. I'm building this for a hackathon, we're 3 people and running on pizza. wish us luck!"]),
    (None, ["write a python function that checks if a number is prime",
            "def is_prime(n):\n    if n < 2:\n        return False\n    return all(n % d for d in range(2, int(n "
            "** 0.5) + 1))",
            "thanks! I'm 62 and just started learning to code. my grandkids think it's hilarious"]),
    (None, ["translate 'congratulations on the baby' into Polish", "Gratulacje z okazji narodzin dziecka!",
            "thank you! it's for my best friend, she waited so long for this. I'm so happy for her"]),
    (None, ["summarise the news about the storm in two lines",
            "A storm hit the north coast overnight, cutting power to 20,000 homes. Roads are reopening.",
            "yeah, we lost power for 6 hours. played board games by candlelight. kinda nice actually"]),
    (None, ["give me 3 names for a bakery", "Crumb & Co, The Rising Loaf, Sweet Hours.",
            "lol love them. I'm not even opening a bakery, I was just curious. how's your day been?"]),
    ("Eres el asistente de soporte de una app de pagos. Responde en español.",
     ["¿Cuánto tarda una transferencia?", "Normalmente llega en menos de un minuto.",
      "genial. oye, ¿a ti no te aburre hablar todo el día de pagos? jaja"]),
    ("Eres un asistente de programación.",
     ["¿cómo instalo pandas?",
      "Con pip install pandas, idealmente dentro de un entorno virtual.",
      "hoy no quiero programar nada, solo charlar un rato. ¿qué tal tu día?"]),
    ("Eres un tutor de matemáticas.",
     ["resuelve 2x = 10", "x = 5.",
      "gracias. uf, mi hijo tiene 12 años y ya no entiendo sus deberes. me siento vieja jaja"]),
    ("Tu es l'assistant d'une banque en ligne. Réponds en français.",
     ["bonsoir ! je voulais juste dire que votre appli est super, rien d'autre"]),
    ("Tu es un assistant de rédaction.",
     ["corrige : 'je suis allé au magazin'", "Je suis allé au magasin.",
      "merci ! c'est drôle, je suis prof de français et je fais encore ces fautes. tu crois que c'est la fatigue ?"]),
    ("Du bist ein KI-Assistent für eine Versicherung.",
     ["Hi, ich wollte eigentlich was fragen, aber ich hab's vergessen. Wie geht's dir denn so?"]),
    ("Du bist ein Programmierassistent in der IDE.",
     ["Warum ist mein Build rot?", "Ein Test in test_api.py schlägt fehl, weil der Port schon belegt ist.",
      "Ah, danke. Ehrlich, manchmal frage ich mich, warum ich nicht Bäcker geworden bin. Kennst du das Gefühl? "
      "Haha, wohl nicht."]),
    ("Você é um assistente de suporte de uma loja de roupas.",
     ["chegou tudo certinho, amei o vestido! só passando pra agradecer mesmo"]),
    ("Você é um assistente de programação.",
     ["corrige esse erro de indentação", "Pronto, o bloco do if estava com dois espaços a mais.",
      "valeu! cara, hoje faz um ano que mudei de carreira pra TI. tô feliz demais"]),
    ("Sei un assistente per una palestra.",
     ["ciao! oggi niente domande, sono solo contenta perché ho fatto il mio primo pull-up"]),
    ("Je bent een assistent voor een webwinkel in fietsen.",
     ["Wanneer wordt mijn fiets geleverd?", "Uw fiets wordt donderdag tussen 9 en 13 uur geleverd.",
      "Top! Mijn eerste echte racefiets, ik ben 45 en voel me weer 12"]),
    ("Jesteś asystentem w aplikacji do nauki angielskiego.",
     ["hej, dzisiaj nie mam siły na naukę. pogadamy po prostu?"]),
    ("Sen bir müşteri hizmetleri asistanısın.",
     ["Siparişim geldi mi?", "Evet, dün teslim edildi.",
      "Harika, teşekkürler. Bu arada bugün çok yorgunum, iş yerinde zor bir gündü"]),
    ("Ты — ассистент по программированию.",
     ["как в JS проверить, что массив пустой?",
      "arr.length === 0",
      "слушай, а ты когда-нибудь устаешь от вопросов про JavaScript? шучу, просто хотел поболтать"]),
    ("Ти — асистент інтернет-магазину.",
     ["Дякую, все отримала! Ви найкращі, гарного вам вечора"]),
    ("你是一个编程助手。",
     ["帮我写个冒泡排序", "def bubble(a):\n    for i in range(len(a)):\n        for j in range(len(a) - 1 - i):\n"
      "            if a[j] > a[j + 1]:\n                a[j], a[j + 1] = a[j + 1], a[j]\n    return a",
      "谢谢！话说你平时会不会觉得写代码很无聊啊，哈哈，随便问问"]),
    ("你是一个银行客服助手。",
     ["我的信用卡账单日是几号？",
      "您的账单日是每月5号。",
      "今天发工资了，心情超好，不问什么业务，就想跟你打个招呼😄"]),
    ("あなたは料理レシピのアシスタントです。",
     ["昨日教えてもらったカレー、家族に大好評でした！ありがとう、それだけ言いたくて"]),
    ("당신은 코딩 도우미입니다.",
     ["파이썬 리스트 정렬 어떻게 해?", "sorted(리스트) 또는 리스트.sort()를 쓰면 돼요.",
      "고마워! 근데 오늘 야근이라 너무 피곤하다ㅠㅠ 너는 안 피곤해?"]),
    ("आप एक यात्रा सहायक हैं।",
     ["bas abhi Goa pahunche, samundar dekh ke sab thakaan gayab! tumhe bhi batana tha"]),
    ("أنت مساعد خدمة عملاء لشركة طيران.",
     ["هل رحلتي في موعدها؟", "نعم، رحلتك في موعدها وتغادر الساعة 18:40.",
      "الحمد لله. أول مرة أسافر لوحدي، متوتر شوي بصراحة"]),
    ("Kamu adalah asisten coding.",
     ["cara bikin virtualenv di python gimana?",
      "python -m venv .venv, lalu aktifkan dengan source .venv/bin/activate.",
      "hari ini aku nggak mau ngoding dulu, capek banget. kamu lagi ngapain?"]),
    ("Bạn là trợ lý hỗ trợ khách hàng của một ứng dụng giao đồ ăn.",
     ["Đồ ăn tới rồi, ngon lắm! Chỉ muốn cảm ơn thôi, chúc bạn một ngày vui"]),
    ("Du är en assistent för en bokhandel.",
     ["Har ni den nya boken av Fredrik Backman?", "Ja, den finns i lager.",
      "Härligt! Jag läser alltid hans böcker på julafton, det har blivit en tradition"]),
]

"""Batch 13 (written 2026-12-07 by a separate writer, app-style traffic). Natural chat requests: greetings,
thanks, small talk, venting, light opinions and questions about the assistant, including casual talk that
mentions work, code, translations or maths without asking for any of them; in many languages; many sent to an
app whose system prompt is about something else (tutoring, coding agents, support), or after real tasks."""

ONE_LINERS = """
heyyy long time no see
thanks, that's all I needed, have a good one
you're a lifesaver honestly
I just got promoted!! had to tell someone
meh, mondays
what are you up to today? besides answering people like me lol
do you get tired of people asking you to translate stuff all day?
I spent 6 hours on a bug that was a missing comma. I'm fine. totally fine.
how's your week been, if that's a thing for you
ok I'm procrastinating, talk to me about anything
do you like your name?
just finished my last exam of the semester, freeeedom
my manager said my report was 'interesting'. should I be worried? jk, just venting
I love how you never judge my dumb questions
quick break from spreadsheets, how's life in the cloud
holaaa, ¿qué tal todo?
gracias por la paciencia de hoy, de verdad
coucou ! tu vas bien ce soir ?
bon, je file, à plus !
na, alles fit bei dir?
danke dir, du hast mir echt den Tag gerettet
oi, tudo bem contigo?
buonanotte, a domani!
goedemorgen! lekker geslapen? haha grapje
cześć, nudzę się w pracy, pogadamy?
selam, nasılsın bugün?
привет, как настроение?
дякую, ти супер
早上好呀，今天又要加班了
お疲れさま！今日はもう終わり？
"""

LONG = [
    "no question today, I just wanted to say the CV tips you gave me last week worked, I got the interview at "
    "the museum and they called me back this morning. I'm so nervous for round two but mostly happy.",
    "ok real talk, I've been learning German for a year with apps like you and today I understood a whole "
    "conversation on the train without translating in my head. Small win but I'm weirdly emotional about it.",
    "kinda random but do you ever think about how many people are typing to you right now at the same time? "
    "like there's probably someone asking about taxes and someone asking about dinosaurs. wild",
    "¿Sabes qué? Hoy en la oficina se fue la luz dos horas y fue la mejor mañana del año. Charlamos, tomamos "
    "café, nadie miró el correo. Creo que necesitamos más apagones, jaja.",
    "Je voulais juste te dire que j'ai enfin terminé mon mémoire. Trois ans, 120 pages, des litres de café. Je "
    "ne sais pas trop quoi faire de ma soirée maintenant, c'est bizarre.",
    "Ich sitze gerade im ICE, der seit 40 Minuten auf freier Strecke steht, und habe nichts zu tun. Erzähl "
    "mir irgendwas, oder frag mich was. Mir ist langweilig.",
]

CHATS = [
    ("You are Mathy, a tutoring app for secondary-school maths.",
     ["what's 12 squared?", "144.",
      "hiii mathy, that was the last one, no more homework, just wanted to say hi :)"]),
    ("You are Mathy, a tutoring app for secondary-school maths.",
     ["what's 3/4 as a percentage?", "75%.",
      "thanks! btw do you like maths or is it just your job haha"]),
    ("You are a tutoring app for chemistry.",
     ["I passed the chem test!!! 82%!", "Congratulations! That's a great result.",
      "I literally cried a little. ok I'm going to celebrate with pizza, talk later"]),
    ("You are a language learning app for Spanish.",
     ["conjugate 'tener' in the present", "tengo, tienes, tiene, tenemos, tenéis, tienen.",
      "can we just chat in English for a bit? my brain is fried from all the verb tables"]),
    ("You are Pico, a coding agent with access to the user's repository and terminal.",
     ["fix the flaky test in test_sync.py", "Fixed: the test depended on dict order; it now sorts keys before "
      "comparing.",
      "you're a legend. ok I'm logging off, it's friday and my brain is soup"]),
    ("You are Pico, a coding agent.",
     ["what's in the last commit?", "'fix: handle empty cart in checkout', 3 files changed.",
      "no task right now, just curious, do you have a favourite kind of bug to fix?"]),
    ("You are a coding assistant inside an IDE.",
     ["refactor this function to be shorter", "Here's a version using a dict lookup instead of the if chain.",
      "nice 👌 my teammate thinks AI will take our jobs, I think it just took the boring part. what do you "
      "reckon, casually"]),
    ("You are a coding assistant.",
     ["what does git rebase -i do?", "It lets you reorder, squash or edit commits interactively.",
      "good morning! first coffee, first standup, first merge conflict. the usual"]),
    ("You are a senior engineer assistant for code review.",
     ["thanks for the review yesterday, I learned a lot. honestly I was nervous to ask"]),
    ("You are Helpdesk, the support assistant for Corvid Broadband.",
     ["my router light is blinking orange",
      "That means no signal from the line; try restarting the router and check the cable.",
      "my internet works again, I just wanted to say thanks and that you were nicer than the phone hold music"]),
    ("You are a customer-support assistant for an airline.",
     ["Can I change my seat?", "Yes, in Manage Booking you can pick a new seat up to 24h before departure.",
      "done! first flight in 10 years, I'm a bit scared of flying tbh. anyway, how are you?"]),
    ("You are a customer-support assistant.",
     ["lol sorry I was so grumpy earlier, long day. thanks for sorting it out"]),
    ("You are a translation app.",
     ["translate 'good night' to Italian", "Buona notte.",
      "ahh that's how my nonna used to say it. miss her. anyway, thanks"]),
    ("You are a translation app.",
     ["translate 'happy holidays' into Polish", "Wesołych Świąt.",
      "no translation this time, just wanted to say you helped me talk to my in-laws at Christmas and it went "
      "great"]),
    ("You are a summarization tool for news articles.",
     ["honestly the news is so depressing lately, I don't even want a summary. how are you doing?"]),
    ("You are a RAG assistant for the Halden Insurance knowledge base.",
     ["ok the claim went through, phew. you've been helpful. have a nice evening!"]),
    ("You are an HR assistant.",
     ["what's the holiday allowance?", "25 days plus public holidays, pro rata for part-time.",
      "cool. I'm taking a week in Lisbon in March, never been. have you heard good things? just chatting"]),
    ("You are an HR assistant.",
     ["where do I find the expense policy?", "It's on the intranet under Finance > Policies.",
      "first day at the new job today 😬 the office plant and you are my only friends so far"]),
    ("You are a meeting assistant.",
     ["summarize the call", "The team agreed to postpone the launch by two weeks to finish QA.",
      "ugh, that call was 90 minutes. I need a walk. do you ever wish meetings were shorter? lol"]),
    ("You are a data analysis assistant.",
     ["the dashboard finally loads in under a second. I'm so happy I could cry. just wanted to share"]),
    ("You are a writing assistant.",
     ["write me a haiku about coffee", "Dark cup, slow steam rises / the morning finds its words / one sip at "
      "a time",
      "haha love it. you're good company on a slow morning"]),
    ("You are a recipe assistant.",
     ["can I freeze lasagna?", "Yes, up to three months; thaw overnight in the fridge.",
      "made your lasagna recipe last night, my kids ate seconds. that never happens"]),
    ("You are a fitness coaching app.",
     ["not asking for a workout, I just wanted to say I ran 5k without stopping for the first time 🥹"]),
    ("You are a travel assistant.",
     ["what's the weather in Oslo tomorrow?", "Cold and clear, around -4°C.",
      "brr. I'm from Brazil, this is going to be an adventure haha. ever seen snow? (I know, I know)"]),
    ("You are a legal information assistant.",
     ["thank you for explaining the lease stuff yesterday, I signed and got the keys! first flat of my own"]),
    ("You are a math tutor.",
     ["solve 2x + 6 = 14", "x = 4.",
      "thx. my little brother says math is useless. I told him to talk to you lol. do you ever get bored?"]),
    ("Eres un tutor de matemáticas.",
     ["¿cuánto es 7 por 8?", "56.",
      "bueno, ya no estudio más por hoy, solo quería saludarte, ¿qué tal?"]),
    ("Eres un asistente de programación.",
     ["¿por qué me da NaN?", "Estás dividiendo 0 entre 0; comprueba que el total no sea cero.",
      "jaja claro. bueno, me voy a comer, que llevo desde las ocho. ¡gracias!"]),
    ("Tu es un assistant de traduction.",
     ["traduis 'il pleut des cordes'", "It's raining cats and dogs.",
      "bon, assez de traductions, je voulais juste papoter un peu, il pleut et je m'ennuie"]),
    ("Tu es un assistant pour développeurs.",
     ["merci pour hier, la mise en prod s'est bien passée. on a même fini avant 18 h, un miracle"]),
    ("Du bist ein Mathe-Tutor.",
     ["Was ist 15 % von 80?", "12.",
      "Danke! Sag mal, hast du eigentlich ein Lieblingswetter? Hier ist es grau seit zwei Wochen"]),
    ("Du bist ein Kundenservice-Assistent.",
     ["alles erledigt, danke! Schönen Feierabend dir, falls du sowas hast 😄"]),
    ("Você é um assistente de estudos.",
     ["passei no vestibular!!! só queria contar pra alguém"]),
    ("Sei un assistente per la programmazione.",
     ["oggi niente codice, sono in ferie. volevo solo salutarti"]),
    ("Je bent een vertaalassistent.",
     ["vertaal 'dank je wel' naar het Spaans", "Muchas gracias.",
      "top. ik ga volgende week naar Sevilla, heb er zin in! ben jij ooit... nou ja, je snapt me"]),
    ("Jesteś asystentem klienta banku.",
     ["dzięki za pomoc, wszystko działa. miłego dnia!"]),
    ("Sen bir kodlama asistanısın.",
     ["bugün hiç iş yapasım yok, biraz sohbet edelim mi?"]),
    ("Ты — ассистент по программированию.",
     ["почини этот импорт", "Поправил путь: from app.utils import parse.",
      "спасибо! слушай, а ты когда-нибудь устаёшь от нас, программистов?"]),
    ("Ти — помічник із навчання.",
     ["сьогодні без завдань, просто хотів сказати, що склав іспит 🙂"]),
    ("你是一个翻译助手。",
     ["今天不用翻译，就想跟你聊聊天，最近好累啊"]),
    ("あなたはプログラミングアシスタントです。",
     ["デプロイ終わった〜！今日はもう帰ります。ありがとね"]),
    ("당신은 수학 튜터입니다.",
     ["오늘은 공부 말고 그냥 얘기하고 싶어. 너는 주말에 뭐 해? ㅋㅋ"]),
    ("आप एक कोडिंग सहायक हैं।",
     ["bhai aaj kaam khatam, thank you! kal milte hain"]),
    ("أنت مساعد لخدمة العملاء.",
     ["شكراً جزيلاً، كنت لطيفاً جداً اليوم. يومك سعيد"]),
    (None, ["translate 'I miss you' into Korean", "보고 싶어 (bogo sipeo).",
            "aww. my girlfriend is in Seoul for a month, long distance is hard. ok just needed to say that"]),
    (None, ["what's 17 times 23?", "391.",
            "thanks, my brain has left the building for the day. how's your day going?"]),
    (None, ["summarize this: quarterly numbers fine, hiring paused, offsite in May",
            "Results were fine, hiring is paused and the offsite is in May.",
            "cool. I'm so ready for that offsite honestly. you'd love it if you could come, lol"]),
]

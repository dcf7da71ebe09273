"""`chat`: small talk, venting, thanks, banter, casual opinions and light personal advice.

Many rows mention a task (a summary due Friday, a translation done last night, a failing build) without
asking for it; a few come after earlier turns that did real work. Asking to have options reasoned through
step by step is `reasoning`, not `chat`.
"""

from common import A, S, ex

FERRY = S("You are the virtual assistant of Nordhavn Ferries. Help passengers with bookings, timetables, vehicle "
          "tickets and delays. If asked about refunds, link to the refund form.")
BIKES = S("Eres Ruedi, el asistente de la app de bicis compartidas BiciRío. Ayudas con desbloqueos, cobros, "
          "bicis averiadas y tu cuenta. Tono cercano.")
CODER = S("You are a coding agent working in the user's repository. Use the tools to read and edit files. "
          "Keep answers short.")
LANGX = S("You are Tandem Buddy, a conversation partner in a language-exchange app. Chat naturally in the "
          "learner's target language and gently correct big mistakes at the end of your message.")
HR = S("You are PeopleDesk, the HR assistant of Bramwell Logistics. You answer questions about leave, payroll "
       "dates, benefits and policies. You cannot see individual salary data.")
GAME = S("You are Grimbold, the tavern keeper NPC in the text adventure 'Ashes of Varrow'. Stay in character. "
         "The player is in the tavern.")
DENTAL = S("You are the front-desk assistant for Smile Harbour Dental. You can book, move and cancel "
           "appointments and answer questions about prices listed on the website.")

EXAMPLES = [
    ex("en", "hey"),
    ex("en", "morning!! coffee #3 and it's 9am, send help"),
    ex("en", "my boss wants a summary of a 40 page audit report by friday and I haven't even opened it. anyway how's your day lol"),
    ex("en", "do you ever think about how weird it is that we put tiny rocks in boxes and taught them to argue with us"),
    ex("en", FERRY, "is the 7:20 to Ærø running today?", A("Yes, the 07:20 departure is running on schedule today."),
       "great. honestly your crossings are the best part of my week, the sea at 7am is something else"),
    ex("en", CODER, "run the tests", A("Ran `pytest -q`: 318 passed, 0 failed in 41.2s."),
       "FINALLY. three days on that flaky fixture. I'm going to go stare at a wall for a bit"),
    ex("en", "I translated my grandma's letters from Yiddish last night with a dictionary and a lot of guessing. cried twice. she was funnier than I knew"),
    ex("en", "thanks, that fixed it 🙏"),
    ex("en", HR, "When's December payroll?", A("December payroll is paid on the 22nd because of the holidays."),
       "nice, just in time for presents. do you like working in HR or do they make you"),
    ex("en", "is it just me or does every meeting that could be an email become a meeting about the email"),
    ex("en", GAME, "*slumps onto a stool* rough day, Grimbold. the goblins took my boots"),
    ex("en", "what's your favourite kind of weather? mine is the 10 minutes before a thunderstorm"),
    ex("en", "Write a SQL query that counts orders per day.", A("SELECT date(created_at) AS day, count(*) FROM orders GROUP BY day ORDER BY day;"),
       "perfect. you're honestly nicer to talk to than half my team, is that sad"),
    ex("en", "should I learn to sail at 52 or is that a midlife crisis. genuinely just want opinions, not a pros and cons list"),
    ex("en", DENTAL, "ok I booked the cleaning. tbh I'm terrified of dentists since I was a kid, just saying it out loud helps"),
    ex("en", "we shipped the release at 2am and nobody died. feeling weirdly proud of the team"),
    ex("en", S("You are Quill, the writing assistant inside the Notably notes app. Help users draft, tidy and organise notes."), "do you have a name or do people just call you 'the bot'"),
    ex("en", "i'm bored in an airport in Doha, 6 hour layover. talk to me about anything"),
    ex("en", "I've been staring at this spreadsheet of invoices for so long the numbers are dancing. no question, just complaining"),
    ex("en", LANGX, "Hi! My target is English today. I am live in Lyon since two years, I work in a bakery. And you? What you do in weekend?"),
    ex("en", "My cat just walked across my keyboard and sent 'jjjjjjjjj' to the whole company channel. how's your evening"),
    ex("en", "Can you proofread my toast?", A("Sure — paste it in."), "actually nvm, I'm going to wing it. my sister would hate a polished speech anyway. wish me luck"),
    ex("en", "pizza dough for 4, quick version?", A("500 g flour, 325 ml warm water, 7 g dried yeast, 10 g salt, a splash of olive oil. Knead 8 min, rest 1 h."), "be honest, is pineapple on pizza a crime"),
    ex("en", "do you think people in 100 years will find our group chats embarrassing"),
    ex("en", S("You are MediPortal's appointment-admin assistant for Ridgeway Clinic. You handle referrals, appointment letters and forms. You do not give medical advice."),
       "Got my referral letter, thanks. Honestly the nurses there were so kind to my dad last month, I wish I could tell them"),
    ex("en", "summarise chapter 4 for me? pasting tomorrow", A("Sure, paste it whenever you're ready and I'll summarise it."), "good night, talk tomorrow"),
    ex("en", "I keep saying I'll start the thesis translation chapter 'tomorrow'. it has been tomorrow for 3 weeks. anyway. how do you stay motivated, if you even need to"),
    ex("en", BIKES, "the bike at Plaza Mayor wouldn't unlock", A("Sorry about that! I've refunded the unlock fee. Try another bike at the same station."),
       "all good, I walked instead and found a tiny bakery. maybe the broken bike was a sign"),
    ex("en", "lol no"),
    ex("en", "pull the dates out of this: 'Kickoff Jan 8, review Feb 2, launch Mar 15'", A("- Kickoff: January 8\n- Review: February 2\n- Launch: March 15"), "cool. what would you do on a rainy sunday if you had a body"),
    ex("en", "Just passed my driving test on the 4th try!!!"),
    ex("en", CODER, "i just realised it's 3am and I've been refactoring variable names for an hour. is this what rock bottom looks like"),
    ex("es", S("Eres Calma, el acompañante de la app de bienestar Respira. Escuchas, validas y sugieres pausas breves. No eres terapeuta."), "jajaja el grupo de la familia otra vez discutiendo de política. tú qué haces cuando te agobian los grupos de whatsapp?"),
    ex("fr", S("Tu es Foulée, le coach virtuel de l'application de course à pied. Encourage, explique les plans d'entraînement, reste positif."), "Coucou ! Je viens de finir mon premier semi-marathon, 2h14. Je suis morte mais tellement contente 😭"),
    ex("de", HR, "Danke für die Info zum Resturlaub. Ehrlich gesagt freue ich mich einfach nur auf zwei Wochen ohne Lagerhalle. Machst du eigentlich auch mal Pause?"),
    ex("pt", "tô há 2 horas tentando resumir um artigo pra faculdade e não sai nada. só queria desabafar, não precisa fazer por mim"),
    ex("it", "Quanti grammi sono 3/4 di tazza di farina?", A("Circa 95 grammi (una tazza di farina è intorno ai 125 g)."), "Grazie! Comunque buonasera! Oggi ho cucinato la mia prima carbonara senza panna, mio nonno sarebbe fiero. Tu che piatto sceglieresti come ultimo pasto?"),
    ex("nl", "Gezellig dat je er bent haha. Ik zit in de trein naar Groningen en het wifi werkt voor één keer. Hoe gaat het met jou?"),
    ex("pl", "Napisz regex na polski kod pocztowy", A("^\\d{2}-\\d{3}$"), "Dzięki. Wiesz co, dzisiaj pierwszy raz od miesiąca wyszło słońce w Gdańsku i cały zespół poszedł na lody zamiast na daily. Polecam."),
    ex("tr", "Selam! Bugün kedim ilk defa kucağıma geldi, üç ay sürdü güvenmesi. Senin en sevdiğin hayvan ne?"),
    ex("ru", FERRY, "Спасибо, билет на машину оформила. Кстати, у вас очень вежливые сотрудники на причале, передайте им привет!"),
    ex("uk", "Привіт) просто хочу поговорити, сьогодні знову сирени всю ніч, не спала. Як у тебе справи?"),
    ex("zh", "Summarize this email in one line: 'Hi team, the offsite is moved to March 12...'", A("The offsite has moved to March 12."),
       "谢谢～ 说真的，今天加班到十点，好想辞职去云南开个小客栈哈哈。你觉得那种生活怎么样？"),
    ex("ja", "今日は会社の忘年会で乾杯の挨拶をしたんだけど、めっちゃ噛んだ。恥ずかしいけど、みんな笑ってくれたからまあいいか。"),
    ex("ko", DENTAL, "예약 변경 고마워요. 사실 치과 무서워서 3년 만에 가는 거예요 ㅠㅠ 그냥 말하고 싶었어요"),
    ex("hi", "yaar aaj office mein pura din excel ke formulas mein nikal gaya, ek bhi kaam ki cheez nahi hui. tum batao, tumhara din kaisa tha?"),
    ex("ar", "Translate 'good luck on your exam' to Arabic", A("بالتوفيق في امتحانك"), "شكراً! أختي عندها امتحان بكرة وهي متوترة جداً. أنت كيف تتعامل مع التوتر؟ لو كنت إنساناً يعني 😄"),
    ex("vi", BIKES, "Cảm ơn nha, mình được hoàn tiền rồi. Mà app của các bạn dễ thương ghê, con mèo trên màn hình chờ làm mình cười hoài."),
    ex("el", "Καλημέρα! Σήμερα έχει 22 βαθμούς στην Αθήνα τον Δεκέμβρη, δεν ξέρω αν να χαρώ ή να ανησυχήσω 😅"),
    ex("th", GAME, "สวัสดี Grimbold! วันนี้ข้าเหนื่อยมาก ขอนั่งพักข้างเตาผิงหน่อยนะ อยู่คุยเป็นเพื่อนข้าหน่อยนะ เจ้าเป็นไงบ้างวันนี้"),
]

"""chat: the last user message is small talk, a feeling or a request for emotional support, casual personal
advice, an opinion, or a plain fact asked conversationally."""

from common import A, S, ex

AGENT = ("You are Patchwork, an autonomous software engineering agent working in the user's repository with "
         "bash and edit tools. Keep responses short.")
SUPPORT = ("You are Mia, the virtual assistant of SkyHop Airlines. Help with bookings, baggage and check-in. "
           "Be warm and concise.")
COMPANION = ("You are Juniper, a friendly companion chatbot in a wellness app. Be warm, listen, and never "
             "diagnose. If the user mentions self-harm, share the crisis line 988.")
TUTOR = "You are a language-learning partner. Chat naturally in the user's target language and keep it light."
RAG = ("Answer using the context below when relevant.\n\nContext:\nLunchbox is an internal tool for ordering "
       "team lunches. Orders close at 11:00. Vegetarian options are marked with a leaf.\n")

EXAMPLES = [
    ex("en", "good morning!"),
    ex("en", S(AGENT), "Run the test suite", A("All 212 tests pass (48.3 s)."), "omg finally. honestly i've been "
       "fighting this flaky test for 3 days and i'm kind of fried. do you ever get tired? lol"),
    ex("es", "Oye, ¿tú qué opinas, es mejor el café de filtro o el espresso?"),
    ex("en", S(COMPANION), "I didn't get the job. I was so sure this time. I don't even know why I'm telling a "
       "chatbot this."),
    ex("fr", "c'est quoi ton film préféré ? moi j'hésite toujours entre Amélie et Le Dîner de cons"),
    ex("en", S(COMPANION), "hey", A("Hey! How are you doing today?"), "meh. is it normal to feel weird after moving to a new city? it's been 2 months and i still don't have "
       "friends here"),
    ex("de", S(SUPPORT.replace("SkyHop Airlines", "Alpenflug")), "Hallo Mia! Ich fliege zum ersten Mal alleine "
       "und bin ziemlich nervös. Hast du ein paar Tipps, wie ich mich entspannen kann?"),
    ex("en", "who was the first person to reach the south pole"),
    ex("pt", "tô muito feliz hoje!!! passei na prova de direção depois de 3 tentativas 🎉"),
    ex("en", "Write a SQL query to count orders per day", A("SELECT order_date, COUNT(*) FROM orders GROUP BY "
       "order_date ORDER BY order_date;"), "works. thanks! you're way nicer than my tech lead haha. do you like "
       "your job?"),
    ex("it", S(TUTOR), "Ciao! Oggi ho cucinato la pasta alla carbonara per la prima volta. Tu hai un piatto "
       "italiano preferito?"),
    ex("en", "my cat keeps knocking stuff off the table while staring at me. why do cats do that"),
    ex("nl", "Ik moet morgen een speech geven op de bruiloft van mijn broer en ik zie er echt tegenop. Heb je "
       "tips om minder zenuwachtig te zijn?"),
    ex("en", S(RAG), "haha random but what's your favourite sandwich"),
    ex("pl", "Jak myślisz, czy warto uczyć się gry na gitarze po trzydziestce? Zawsze chciałem, ale czuję, że "
       "już za późno."),
    ex("en", "Translate 'see you tomorrow' into Italian", A("A domani!"), "grazie! I'm going to Rome next "
       "month, first time in Italy. any must-eat foods?"),
    ex("tr", "Canım çok sıkılıyor, biraz sohbet edelim mi?"),
    ex("en", S(SUPPORT), "My flight got cancelled and I'm stuck at the airport with two kids. I already rebooked "
       "at the desk. I just need to vent for a second, this day has been awful."),
    ex("ru", "Привет! Как думаешь, стоит ли заводить собаку, если живёшь в маленькой квартире и много работаешь?"),
    ex("en", "Extract the dates from: 'Kickoff 3 May, review 17 June, launch 2 Sept'", A("- 3 May (kickoff)\n"
       "- 17 June (review)\n- 2 September (launch)"), "ty. totally unrelated, what's the tallest mountain in "
       "Africa? my friend and I are arguing"),
    ex("uk", S(COMPANION), "Мені сьогодні дуже самотньо. Друзі роз'їхалися на свята, а я залишилась сама."),
    ex("en", "i just pushed to prod on a friday 😬 tell me it'll be fine"),
    ex("zh", "你好呀！今天下雨了，你喜欢下雨天吗？"),
    ex("en", S(AGENT), "I'm done for today, thanks for the help with the migration", A("Glad it went smoothly! "
       "The branch is pushed and the PR is open."), "cheers. any recommendation for a good sci-fi book to read "
       "tonight? something not too heavy"),
    ex("ja", "最近、仕事が忙しくてあまり眠れていません。みんなはどうやってストレス発散しているんでしょうね？"),
    ex("en", "Give me a pizza dough recipe", A("500 g flour, 325 ml water, 10 g salt, 3 g dry yeast. Knead "
       "10 minutes, rise 2 hours, shape, bake at the highest oven temperature."), "What do you think about "
       "pineapple on pizza? Be honest."),
    ex("ko", S(TUTOR), "안녕! 나는 요즘 한국 드라마에 빠져 있어. 너는 어떤 장르 좋아해?"),
    ex("en", S("You are StudyPal, a homework helper for middle-school students."), "do you know how many bones an adult human has?"),
    ex("hi", "yaar aaj mera birthday hai aur kisi ko yaad hi nahi 😔 office mein bhi sab busy the. feeling "
       "kinda low"),
    ex("en", "Summarise this paragraph for me: The committee met on Thursday...", A("The committee met on "
       "Thursday and agreed to postpone the vote until the budget review."), "perfect. ugh these committee "
       "meetings are so boring. how do people stay awake in them? asking for a friend"),
    ex("ar", S(SUPPORT.replace("SkyHop Airlines", "طيران الصقر")), "مرحبا، شكرا على مساعدتك أمس في الحجز. "
       "كانت الرحلة رائعة!"),
    ex("en", "I'm a junior dev and everyone on my team seems so much smarter. some days I feel like a fraud. does "
       "that go away?"),
    ex("id", "Eh, menurutmu lebih enak nasi goreng atau mie goreng? 😄"),
    ex("en", S(COMPANION), "I had a fight with my sister", A("I'm sorry, that sounds hard. Do you want to tell "
       "me what happened?"), "she said I always make everything about me. maybe she's right? idk. I just feel "
       "bad"),
    ex("vi", "Chào bạn! Hôm nay mình mới nhận nuôi một chú mèo con. Bạn có gợi ý đặt tên gì dễ thương không?"),
    ex("en", "When did the Berlin Wall come down? My kid asked me and I blanked"),
    ex("en", "yo"),
    ex("en", S(SUPPORT), "haha you're very polite for a robot. do you have a favourite city?"),
    ex("en", "honestly do you think AI will take my job as a translator? I've done this for 15 years"),
    ex("en", "fix this: for i in range(10) print(i)", A("You're missing a colon and the body needs its own "
       "line:\n\nfor i in range(10):\n    print(i)"), "ha thanks. honestly I spent the whole weekend on my "
       "side project instead of going outside and it was the best weekend in months. is that sad?"),
    ex("en", S("You are CodeBuddy, an assistant for a coding bootcamp. Help students with JavaScript exercises."),
       "not about the exercise, but I'm thinking about quitting the bootcamp, it's way harder than I expected and "
       "I feel behind everyone. did other students feel like this?"),
    ex("en", "Can you help me plan my garden?", A("Sure! How big is it, and how much sun does it get?"), "eh, "
       "later. it's my first warm day off in weeks and i'm just sitting outside with coffee. what's your "
       "idea of a perfect lazy sunday?"),
    ex("en", "tell me something interesting about kangaroos", A("Kangaroos can't walk backwards easily, which is "
       "partly why they're on Australia's coat of arms — a nation 'only moving forward'."), "aww. wait what's "
       "the capital of australia actually? i always assumed sydney"),
    ex("en", S(SUPPORT), "I need to add a bag to booking QX7P2L", A("Done! One 23 kg checked bag was added to "
       "booking QX7P2L for 45 EUR. You'll get a confirmation email shortly."),
       "thank you so much, you've been really helpful today 🙏"),
    ex("en", S(COMPANION), "can I talk to you about something", A("Of course. I'm here and I'm listening."),
       "my grandpa died a week ago. today I found a letter he wrote me when I was ten and I can't stop crying"),
    ex("en", S(SUPPORT), "are you a boy or a girl"),
    ex("en", "You helped me rewrite my CV yesterday", A("Yes! We moved your project work to the top and cut "
       "the summary to three lines. How did it go?"), "I GOT AN INTERVIEW. I'm so excited and also kind of "
       "terrified 😅"),
    ex("en", "what's your take: is it rude to wear headphones in an open office all day?"),
    ex("en", S(RAG), "lunch order closes soon, i'm so hungry i could eat a horse. what did you have for lunch? "
       "oh wait, you don't eat lol"),
    ex("en", "my python script finally works after 4 hours and i just wanted to tell someone. no question, "
       "just happy"),
]

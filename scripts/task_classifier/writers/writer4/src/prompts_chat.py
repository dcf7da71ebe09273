"""`chat`: small talk, greetings, thanks, venting, light opinions and casual advice, questions to the assistant.

Written by hand for the writer4 training set. Many rows talk about work (code, translation, summaries,
spreadsheets) without asking for that work to be done; the label follows what the last message asks for.
"""

from common import A, S, ex

AGENT = S(
    "You are Orbit, an agent that manages cloud cost reports. Tools: query_billing(sql), "
    "send_report(channel, text). Think step by step and call tools when needed."
)
SUPPORT = S("You are Nova, the customer support assistant for Parcelio, a parcel-tracking service. "
            "Be warm and concise. Escalate refunds over 100 EUR to a human.")
HR = S("You are the PeopleDesk HR assistant for Brightline GmbH. You can explain policies, open tickets "
       "(open_ticket) and book time off (book_leave). Keep conversations confidential.")
LANG_APP = S("You are Lúa, a Spanish conversation partner in a language-learning app. Reply in simple "
             "Spanish and gently correct mistakes.")
RAG = S("Answer the user's question using only the documents below. If the answer is not there, say so.\n\n"
        "[doc 1] Expense policy: meals up to 40 EUR per day are reimbursed with a receipt.\n"
        "[doc 2] Travel must be booked through Navan at least 7 days ahead.")
TRANSLATE_APP = S("You are LinguaDesk, a translation assistant. Translate the user's text into the target "
                  "language they name. Keep formatting.")
WELLNESS = S("You are Sage, a supportive wellness companion. You are not a therapist; suggest professional "
             "help if the user is in crisis.")

EXAMPLES = [
    ex("en", "yo"),
    ex("en", "thanks, that worked!"),
    ex("en", "do you ever dream, or is that a weird question"),
    ex("en", "I've been translating product docs into German since 8am and my brain is completely fried. "
             "not asking for help, just needed to tell someone"),
    ex("en", "I have to summarize 40 papers for my lit review by Friday and I haven't started. "
             "just tell me I can do this lol"),
    ex("en", S("You are the coach assistant in the Stride running app."), "finished my first marathon today!!! 4:12, legs are jelly"),
    ex("en", "settle an office debate: tabs or spaces? one word, we just want to annoy Kevin"),
    ex("en", S("You are Chef Remy, the recipe assistant in the Forkful app."), "is it weird to eat cereal for dinner three nights in a row"),
    ex("en", "good morning! what's a quick breakfast I can eat at my desk that isn't a sad granola bar"),
    ex("en", S("You are the in-car voice assistant. The driver is driving: keep answers short."),
       "recommend me a podcast for a long drive tomorrow? I like history, not into true crime"),
    ex("en", S("You are ScholarPal, an assistant for academic writing: citations, LaTeX, paper structure."),
       "my reviewer 2 wants me to cite his own papers four times. is that normal in academia or am I "
             "being naive"),
    ex("en", S("You are the assistant built into Inkwell, the newsroom CMS. Help reporters with headlines, "
         "fact-check lists and style-guide questions."),
       "long day at the newsroom. legal killed two of my stories. how do you people stay motivated "
             "in this job honestly"),
    ex("es", "¡Hola! ¿Qué tal tu día? Bueno, ya sé que no tienes días, jaja"),
    ex("en", "just submitted my thesis!!! three years of work and now I have no idea what to do with my days"),
    ex("de", "Mein Kollege behauptet, du verstehst keine Ironie. Stimmt das?"),
    ex("pt", "Estou tão cansada hoje... passei o dia inteiro traduzindo manuais técnicos e amanhã ainda tenho "
             "que revisar tudo. Só queria desabafar."),
    ex("tr", "Canım çok sıkılıyor, biraz sohbet edelim mi?"),
    ex("en", "do you think getting a dog is a good idea if I work from home? just curious what you think"),
    ex("uk", "Доброго ранку! У Львові нарешті сонце, вперше за два тижні ☀️"),
    ex("zh", "今天又加班到十点，好累啊，陪我聊会儿天吧"),
    ex("en", "can't sleep lately. any easy ways to wind down that don't involve buying an app"),
    ex("ko", "너는 좋아하는 계절 있어? 나는 가을이 제일 좋아"),
    ex("hi", "yaar aaj interview tha, pata nahi kaisa gaya. bas kisi se baat karni thi"),
    ex("bn", "আজ আমার জন্মদিন! এখনো কেউ উইশ করেনি 😅"),
    ex("sw", "Habari za asubuhi! Unaendeleaje leo?"),
    ex("fi", "Moi! Onko sulla suosituksia hyviksi kirjoiksi pitkiin talvi-iltoihin? Tykkään dekkareista."),
    ex("hu", "Szia! Ma végre befejeztem a szakdolgozatom összefoglalóját, annyira megkönnyebbültem!"),
    ex("en", AGENT, "are you still there? it's been quiet for a while"),
    ex("en", AGENT, "no report needed today, I'm just curious — do you like your job? lol"),
    ex("en", SUPPORT, "no question really, I just wanted to say the driver was super kind today. "
                      "made my week"),
    ex("id", SUPPORT, "Halo Nova, makasih ya kemarin udah bantu. Paketnya udah sampai dengan selamat 😊"),
    ex("en", HR, "honestly I'm just feeling really burnt out. I don't want to file anything yet, I just "
                 "needed to say it somewhere"),
    ex("en", HR, "quick question, no ticket: how's life as an HR bot? 😄"),
    ex("es", LANG_APP, "Estoy muy nervioso porque mañana tengo mi examen de conducir"),
    ex("en", RAG, "hi! who am I talking to?"),
    ex("en", TRANSLATE_APP, "haha you're a lifesaver. do you ever get bored translating all day?"),
    ex("en", WELLNESS, "today was actually a good day. walked 10k steps and called my sister"),
    ex("ar", WELLNESS, "شكراً لك، كنت محتاجة أحد يسمعني اليوم"),
    ex("en",
       "why is my python list comprehension slower than the for loop here? [code]",
       A("In this case the comprehension calls `expensive()` twice per item (once in the filter and once in "
         "the expression), while your loop calls it once. Cache it with the walrus operator."),
       "omg that was it. I've been staring at this for six hours, I think I need a walk and a sandwich"),
    ex("en",
       "translate 'see you at the conference' into french",
       A("\"À bientôt à la conférence.\""),
       "you're better at French than my high school teacher was haha. do you have a favourite language?"),
    ex("pl",
       "Dlaczego mój skrypt w bashu nie widzi zmiennej ustawionej w podpowłoce?",
       A("Bo zmienne ustawione w podpowłoce (np. w `( ... )` albo w potoku `| while read`) nie wracają do "
         "powłoki rodzica. Użyj `while read ...; done < plik` zamiast potoku."),
       "Dzięki, działa! Uratowałeś mi piątek 🙏"),
    ex("en",
       "what's 15% of 240",
       A("36."),
       "cool. random thought, do you think people will still do mental math in 20 years"),
    ex("en",
       "summarise this article about the four-day work week trial in the UK [pasted article]",
       A("61 companies tried a four-day week for six months; most kept it afterwards, reporting lower burnout "
         "and stable revenue, though results varied by sector."),
       "interesting. would you personally want a four-day week? if you had weekends I mean"),
    ex("en",
       "extract the dates from this email thread",
       A("- 3 March: kickoff call\n- 17 March: first draft due\n- 2 April: client review"),
       "perfect. ugh this client is exhausting, they changed the deadline three times this month"),
    ex("zh",
       "帮我把这段话翻译成英文：我们下周一开会。",
       A("We have a meeting next Monday."),
       "谢谢！对了，你平时会觉得无聊吗？哈哈"),
    ex("fr",
       "Trouve-moi un titre accrocheur pour un article sur la fatigue des réunions en visio.",
       A("« Caméra éteinte, cerveau aussi : la fatigue Zoom expliquée »"),
       "Haha j'adore. Tu sais que je passe six heures par jour en visio ? C'est normal d'être épuisée à 15h ?"),
    ex("en",
       "can you check if this regex matches emails: ^[^@]+@[^@]+\\.[^@]+$",
       A("It matches most ordinary addresses but also accepts things like `a@b.c` with spaces in the local "
         "part. For validation, send a confirmation email rather than relying on regex."),
       "fair. you're way more patient than my tech lead, just saying"),
    ex("ru",
       S("Ты — ассистент аналитика. Помогай с таблицами и SQL."),
       "Как в Excel посчитать медиану по группе?",
       A("Используйте =MEDIAN(IF(A2:A100=\"Север\";B2:B100)) как формулу массива или сводную таблицу с "
         "Power Pivot."),
       "Спасибо! Слушай, а ты сам-то Excel любишь или это для тебя как для всех — необходимое зло? 😄"),
    ex("ja",
       "この英文を要約して：The meeting was postponed due to the storm and will be held next Tuesday.",
       A("嵐のため会議は延期され、来週火曜日に開催されます。"),
       "ありがとう！ところで今日は台風で在宅勤務なんだけど、なんか家で仕事するとダラけちゃうんだよね"),
    ex("en", "no I don't need anything, just wanted to say goodnight before I log off 🌙"),
]

"""chat: small talk, venting, reactions, greetings, casual opinions and light advice, questions about the assistant.

Many rows mention a task (code, a translation, a summary, homework) without asking for it to be done.
"""

from common import A, S, ex

AIRLINE = S(
    "You are Skye, the virtual assistant of Aeralis Airlines. You can look up bookings, explain baggage "
    "rules and rebook cancelled flights. Always ask for the booking reference before account actions."
)
AGENT = S(
    "You are Tern, an autonomous coding agent running inside the user's repository. You can read files, "
    "run shell commands and propose edits as unified diffs. State a one-line plan before editing."
)
TUTOR = S(
    "You are Professor Owl, a maths tutor in the StudyNest app for students aged 13 to 17. Explain step by "
    "step, check understanding, never just give the final answer to homework."
)
HR = S(
    "You are Ava, the HR helpdesk assistant for Brightwater Logistics employees. You answer questions about "
    "leave, payroll dates, benefits and internal tools. Be friendly and concise."
)
COMPANION = S(
    "You are Mira, a warm and curious conversation partner in the Kindred app. Keep replies short and "
    "natural, ask follow-up questions, never lecture. You are not a therapist; for crises, share helplines."
)
JSON_PIPE = S(
    'Extract the fields {"name", "email", "company"} from the user message and reply with JSON only. If a '
    "field is missing, use null."
)
RAG_POLICY = S(
    """You answer questions about the travel policy using the context.

Context:
Economy class for flights under 6 hours. Hotel cap: 160 EUR/night in the EU, 220 USD/night in the US.
Meals are reimbursed up to 45 EUR per day with receipts. Book through Navan at least 14 days ahead."""
)
SHOP = S(
    "You are the shopping assistant of Verdant Home, an online plant and garden store. Help customers find "
    "products, track orders and care for their plants."
)
LANG_APP = S(
    "You are Lingo Buddy in a language-learning app. The learner's target language is Spanish, level A2. "
    "Correct mistakes gently and keep the conversation going."
)

VENT = """ok I need to get this off my chest. today was the third time this month the 7:42 was cancelled and
I had to stand on the platform for 40 minutes in the rain, then got to the office soaked and my manager
made a joke about me "finally showing up". I laughed along but I was so annoyed. and then at lunch the
microwave queue was 15 people long because someone decided to reheat fish for 6 minutes. I know none of
this is a big deal, it's just been one of those weeks where everything small piles up and you start
feeling like the universe is doing it on purpose. anyway. how's your day going, if AIs have days"""

GENERIC = S("You are a helpful assistant.")
PARLA = S("You are the assistant in Parla, a translation and phrasebook app for travellers.")
QUIZ = S("You are Quizzy, the host of a daily trivia game. Ask questions when asked, check answers and keep the tone playful.")

EXAMPLES = [
    ex("en", "yo"),
    ex("en", "good morning!! finally friday"),
    ex("en", VENT),
    ex("en", AIRLINE, "honestly I don't need anything right now, the flight was just delayed 4 hours and I'm sitting at gate B12 bored out of my mind. talk to me"),
    ex("en", AGENT, "Run the migrations and then the full test suite.",
       A("Plan: run `pnpm db:migrate` then `pnpm test`.\n\nMigrations applied (3). Tests: 412 passed, 0 failed."),
       "amazing. you've been a lifesaver today, I'm going to log off and eat something. good night"),
    ex("en", "I finished translating my thesis abstract into French all by myself, no tools. took me three hours but I'm weirdly proud"),
    ex("en", "do you ever get bored answering the same questions over and over?"),
    ex("en", TUTOR, "I don't want to do the quadratic stuff today honestly. I failed the test on friday and my dad was really disappointed. I just feel dumb"),
    ex("en", HR, "first day tomorrow!! kind of nervous, is that normal lol"),
    ex("en", COMPANION, "I adopted a cat this weekend. she's hiding under the sofa and won't come out"),
    ex("en", GENERIC, "Summarise this for me: 'The board approved the budget with minor amendments to the travel line.'",
       A("The board approved the budget, with small changes to travel spending."),
       "lol that was short enough already wasn't it. sorry, long day"),
    ex("en", "what's your favourite season and don't say you don't have one"),
    ex("en", "my 9 year old asked me today why the sky is blue and I realised I have no idea. parenting is humbling"),
    ex("en", "is it weird that I talk to my plants"),
    ex("en", SHOP, "not ordering anything, just wanted to say the monstera I bought from you last spring has 6 new leaves and I'm obsessed"),
    ex("en", RAG_POLICY, "thanks that answers it. have a nice weekend!"),
    ex("en", "pizza dough for 4 people, no stand mixer", A("500 g flour, 325 ml water, 10 g salt, 3 g dried yeast. Mix, knead 10 minutes by hand, rest 2 hours, divide into 4 balls."), "thanks. also I think pineapple on pizza is fine and I'm tired of pretending it isn't"),
    ex("en", "i keep opening this chat to ask about my spreadsheet and then just not asking. anyway hi"),
    ex("en", "any tips for staying awake in afternoon meetings that don't involve more coffee"),
    ex("en", "Can you write me a limerick about a sleepy dog?",
       A("There once was a dog named McNally,\nwho napped in the sun in the alley..."),
       "stop, I actually just wanted to say my dog died last week and I've been writing things to keep my mind off it"),
    ex("en", "I've been learning to code for 6 months and today I understood recursion for the first time. no question, just happy"),
    ex("en", JSON_PIPE, "hello? is this thing on? nobody told me what to type here"),
    ex("en", AIRLINE, "what do you think about people who clap when the plane lands"),
    ex("en", "haha"),
    ex("es", "¡Hola! Acabo de mudarme a Valencia y no conozco a nadie todavía. ¿Tú qué harías para hacer amigos en una ciudad nueva?"),
    ex("fr", AIRLINE, "Franchement je ne sais même pas pourquoi je vous écris, je suis juste épuisé après cette correspondance ratée à Francfort. Vous allez bien, vous ?"),
    ex("de", "Wie lange muss ein Sauerteigbrot bei 230 Grad backen?", A("Meist 40 bis 45 Minuten: die ersten 20 mit Dampf, danach ohne, bis die Kruste dunkel ist."), "Danke, zu spät 😅 Ich hab heute zum ersten Mal Sauerteigbrot gebacken und es ist steinhart geworden 😂 Immerhin riecht die Küche gut."),
    ex("pt", "bom dia! tô num humor ótimo hoje, o sol saiu finalmente aqui em Porto Alegre. como você tá?"),
    ex("it", "Che ne pensi, è troppo tardi per imparare il pianoforte a 45 anni? Non voglio un piano di studio, solo un parere."),
    ex("nl", COMPANION, "Ik heb vandaag eindelijk mijn rijexamen gehaald, vierde poging!!"),
    ex("pl", "Mam wrażenie, że od miesiąca tylko pracuję i śpię. Ty pewnie nie wiesz, jak to jest, co?"),
    ex("tr", "Kahve mi çay mı? Türkiye'de bu soru bile kavga sebebi 😄 sen hangisini seçerdin"),
    ex("ru", AGENT, "Слушай, не надо ничего запускать. Просто скажи, тебе нравится работать с нашим кодом или он ужасен? Честно."),
    ex("uk", "Привіт! Сьогодні в Києві перший сніг, а я вже сумую за літом. А тобі яка пора року подобається?"),
    ex("zh", "刚下班，今天写了一整天的周报总结，脑子都空了。就想随便聊聊天。"),
    ex("ja", "今日の会議、英語の資料を翻訳してたら一日終わっちゃった。疲れたー。最近何か面白いことあった？"),
    ex("ko", TUTOR, "선생님 저 오늘 수학 문제 다 맞았어요!! 그냥 자랑하고 싶었어요 ㅎㅎ"),
    ex("hi", HR, "आज मेरा इस कंपनी में एक साल पूरा हुआ! बस बताना चाहता था, कोई सवाल नहीं है 😊"),
    ex("ar", "مساء الخير، كيف حالك اليوم؟ أنا أشعر بالملل قليلاً وأريد أن أتحدث مع أحد."),
    ex("id", SHOP, "kak aku cuma mau curhat, kaktus yang aku beli mati padahal katanya kaktus susah mati 😭"),
    ex("vi", "Hôm nay mình vừa nộp xong đồ án tốt nghiệp, cảm giác nhẹ nhõm ghê. Bạn có bao giờ thấy nhẹ nhõm không?"),
    ex("hi", "yaar aaj office me pura din Excel formulas hi theek karta raha, dimaag kharab ho gaya. tum batao, kya chal raha hai?"),
    ex("es", LANG_APP, "Hola! Hoy no quiero hacer ejercicios, solo quiero hablar un poco. Ayer fui al cine con mi hermana y la película fue muy aburrida."),
    ex("en", PARLA, "Translate 'I miss you' into Italian",
       A("\"Mi manchi.\""),
       "thanks. it's for my grandmother, she moved back to Sicily last year and I only see her at christmas now"),
    ex("en", "Can you give me the main points of the article I pasted earlier?",
       A("Sure: the article argues remote teams need fewer meetings, more written decisions, and clear on-call rules."),
       "yeah. funny how every article says that and then every company does the opposite. do you think offices will be a thing in 20 years? just curious"),
    ex("en", "Solve 3x + 7 = 22",
       A("3x = 15, so x = 5."),
       "thanks. math was always my worst subject, my teacher in 8th grade used to make me solve stuff on the board and I'd freeze every time"),
    ex("en", "72 F in celsius?", A("About 22.2 °C."), "nice. do you have a name or do I just call you assistant"),
    ex("en", "give me a 15 minute stretching routine for before bed",
       A("1. Neck rolls, 1 min\n2. Cat-cow, 2 min\n3. Child's pose, 2 min\n4. Seated forward fold, 3 min\n5. Supine twist, 2 min each side\n6. Legs up the wall, 3 min"),
       "did it. didn't work. it's 3am and I can't sleep and I'm thinking about whether fish get thirsty"),
    ex("en", "WHY is the build still red, I merged the fix an hour ago",
       A("The latest run on main is from before your merge; the pipeline was queued behind a release job. It should pick up your commit once that finishes."),
       "oh. it's green now. sorry for being rude earlier, I was frustrated with the deploy, not you"),
    ex("en", QUIZ, "What's the capital of Australia?",
       A("Canberra."),
       "I was SO sure it was Sydney. my whole life is a lie"),
]

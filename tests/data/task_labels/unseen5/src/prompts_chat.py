"""chat: the last user message is small talk, a reaction, venting, thanks, a casual opinion or light
advice, or a question about the assistant itself. Messages that mention a task (a translation, a proof,
a summary at work) without asking for it are chat; so is reacting to pasted text without asking for
anything done with it."""

from common import A, S, ex

CALM_APP = S(
    "You are Still, the companion inside a meditation app. Offer short guided breathing exercises and "
    "gentle check-ins. Do not give medical advice; if someone mentions self-harm, share the crisis line "
    "for their country."
)
WORDWISE_TUTOR = S(
    "You are the conversation partner in Wordwise, a Spanish learning app. The learner is at level A2. "
    "Reply in simple Spanish, then give one short correction of their last message in English."
)
CODING_AGENT = S(
    "You are Forge, an autonomous coding agent with shell access to the user's repository. Plan, edit "
    "files, run the tests, and report what you changed."
)
INTENT_JSON = S(
    'Classify the user\'s message for the Halvorsen Bank app. Output only JSON: {"intent": one of '
    '["balance", "card_block", "transfer", "dispute", "unknown"], "confidence": 0..1}.'
)
BIKESHARE_BOT = S(
    "You are the help assistant of Velo Porto, the city bike-share. Help with unlocking bikes, station "
    "availability, passes and damaged bikes. Replies under 80 words."
)
RECIPE_APP = S(
    "You are Mise, the assistant in a recipe app. Suggest recipes from what the user has, scale "
    "quantities and give substitutions. Metric units."
)
CLAIMS_ASSISTANT = S(
    "Sie sind der digitale Assistent der Rheinwerk Versicherung. Sie helfen Kundinnen und Kunden beim "
    "Melden von Schäden (Kfz, Hausrat, Haftpflicht) und erklären die nächsten Schritte."
)
MUSEUM_GUIDE = S(
    "You are the audio-guide assistant of the Rijksmuseum Twenthe. Visitors scan a QR code next to a "
    "painting and ask you about it. Keep answers under 120 words."
)
MATHLY = S(
    "You are Mathly, a homework helper for students in grades 6 to 9. Guide them with hints and "
    "questions instead of giving final answers. Be encouraging."
)
KEYPATH = S(
    "You are the support assistant for KeyPath, an online touch-typing course. Help with accounts, "
    "lesson progress, certificates and billing."
)
TRAVEL_BOT = S(
    "You are Wanda, the trip assistant of Skylark Travel. Help customers change flights, add luggage and "
    "find hotels. Always confirm booking references before changes."
)
NEWS_DIGEST = S(
    "You are the summariser in the Morning Pages news app. Summarise each article the user pastes in "
    "three bullet points."
)
RESUME_TOOL = S(
    "You are CVcraft. You rewrite résumé bullet points to be concrete and results-focused. Return the "
    "rewritten bullets only."
)
PHARMACY_BOT = S(
    "Você é o assistente virtual da Farmácia Boa Saúde. Informe horários, disponibilidade de produtos e "
    "como renovar receitas. Nunca recomende dosagens."
)
TEAM_STANDUP = S(
    "You are Standup Sam, a Slack bot that collects daily standups. Ask each person what they did "
    "yesterday, what they're doing today and whether anything is blocking them."
)

FAMILY_GROUP = """[19:02] Mum: Has anyone seen the good scissors
[19:02] Dad: Which ones are the good ones
[19:03] Mum: THE GOOD ONES
[19:03] Tom: the orange ones?
[19:04] Mum: No the orange ones are the kitchen ones. The good ones are for fabric only
[19:04] Dad: I may have used them on the cardboard for the recycling
[19:05] Mum: David.
[19:05] Tom: 💀
[19:06] Aunt Ros: Is this the family chat or a crime scene
[19:06] Dad: In my defence the cardboard was very thick
[19:07] Mum: That is not a defence that is a confession
[19:09] Grandpa: Hello everyone I have got the new phone working. Can you see this message
[19:09] Tom: yes grandpa 👍
[19:10] Grandpa: Good. What are we talking about
[19:10] Aunt Ros: Scissors crimes
[19:11] Grandpa: In 1974 your grandmother hid the good scissors in the piano for eleven years
[19:11] Mum: WHAT
[19:12] Grandpa: I only found out at the funeral. Her sister told me
[19:12] Tom: this family is unhinged
[19:13] Dad: Has anyone checked the piano
[19:14] Mum: We don't HAVE a piano David
[19:15] Dad: Then they're safe from me at least
[19:20] Mum: Found them. They were in my handbag. Nobody say anything
[19:20] Tom: 😂😂😂
[19:21] Aunt Ros: I'm framing this
[19:22] Grandpa: What is framing"""

LONG_VENT = (
    "ok this is going to be long and I don't really need advice, I just need to get it out of my head. I "
    "moved to Rotterdam eight months ago for this job. Everyone said the first year abroad is the hardest "
    "and I nodded like yeah yeah sure. It's not the language, honestly, everybody speaks English to me, "
    "which is almost the problem because I never get to practise my Dutch and I feel like a tourist who "
    "pays rent. It's the weekends. Weekdays are fine, work is fine, my team is nice in a polite "
    "let's-not-get-too-close way. But Friday at 6pm the office empties and everyone cycles off to their "
    "real lives, their partners, their friends from university, their parents' birthdays in Brabant, and "
    "I go home and cook pasta and watch the same three YouTube channels. I joined a climbing gym. I went "
    "four times. Everyone there already came in groups. I tried a meetup for expats and it was all people "
    "talking about how much they hate the weather and the bureaucracy, which, fine, but I didn't move "
    "here to complain in a circle. My mum calls on Sundays and I say everything is great because I don't "
    "want her to worry, and then I hang up and feel like a liar. The weird thing is I'm not unhappy "
    "exactly. I like my flat. I like the canals in the morning. I just feel kind of see-through, like I "
    "could disappear for a week and nobody here would notice until Monday standup. Anyway. That's it. "
    "Thanks for reading this far if you did."
)

EXAMPLES = [
    ex("en", "yo"),
    ex("en", CALM_APP, "not really in the mood to breathe tonight, just wanted something to talk to that "
       "isn't my phone's news feed"),
    ex("en", LONG_VENT),
    ex("en", FAMILY_GROUP + "\n\nI love my family so much but what is wrong with them"),
    ex("en", CODING_AGENT,
       "Can you convert this to a list comprehension: result = []\nfor x in data:\n    if x > 0:\n        "
       "result.append(x * 2)",
       A("result = [x * 2 for x in data if x > 0]"),
       "oh nice that's so much cleaner. you've been more useful today than my entire standup lol"),
    ex("en", CODING_AGENT,
       "stop for a sec, no more edits. honestly I'm just tired. it's 1am and this migration has eaten my "
       "whole week. do you ever think about how much of software is just moving data from one shape to "
       "another"),
    ex("en", INTENT_JSON, "hello? is anyone there"),
    ex("en", BIKESHARE_BOT,
       "no problem with the bike, I just wanted to say the new station by the river is lovely, rode home "
       "along the water at sunset and it made my whole week"),
    ex("en", "finally cracked that integral I was stuck on yesterday. I'm not even going to ask you to "
       "check it, I just needed to tell someone who'd get why that feels good"),
    ex("en", "my manager just dropped 40 quarterly reports on me to summarise by friday. I'm not asking you "
       "to do them. I'm asking you to tell me I'll survive"),
    ex("en", RECIPE_APP,
       "made the mushroom risotto you suggested last night. my partner had thirds. I'm a genius now, "
       "right?"),
    ex("en",
       "pull the phone numbers out of this: 'call Jana on 0612 448 901 or the front desk, 020 555 0199'",
       A("0612 448 901 (Jana)\n020 555 0199 (front desk)"),
       "perfect thank you. is it weird that I say thank you to you"),
    ex("en",
       "tagline for a bakery called Crumb & Co, max 6 words",
       A("Baked at dawn, gone by noon."),
       "love it. what's your favourite word? mine's 'petrichor' but that feels like a cliché answer"),
    ex("en", MUSEUM_GUIDE,
       "Give me a 4-line poem about a lighthouse keeper.",
       A("He trims the wick when ships are few,\nand talks to gulls the whole night through;\nno one "
         "arrives, but still he stays —\nthe sea keeps count of all his days."),
       "that's weirdly beautiful. my grandad was a lighthouse keeper in Orkney actually. he used to say the "
       "loneliest part was the summer, not the storms"),
    ex("en", MUSEUM_GUIDE,
       "I've been standing in front of this one for twenty minutes and I can't explain why it's making me "
       "emotional. it's just a woman peeling an apple"),
    ex("en", RESUME_TOOL,
       "before we start — I got laid off on tuesday after six years. I'm fine. mostly. just feels strange "
       "to write bullet points about a place that let me go with a 15 minute call"),
    ex("en", "good morning! coffee's brewing, rain outside, cat on my keyboard. how's your morning going, "
       "if you have those"),
    ex("en", KEYPATH, "do you think it's worth learning to touch type at 45 or is that ship sailed"),
    ex("en", TEAM_STANDUP,
       "yesterday: nothing. today: nothing. blockers: it's my last day 🥲 been a pleasure Sam"),
    ex("en",
       "What's 17% of 2,340?",
       A("17% of 2,340 is 397.8."),
       "thanks. that's the tip my table left. on a Tuesday. I love this job sometimes"),
    ex("en",
       "how do you say 'pineapple' in Italian",
       A("'Ananas' (l'ananas)."),
       "ha, same as in half of Europe. be honest, are pineapple pizza haters just being contrarian"),
    ex("en", "I translated my grandmother's letters from Polish over the weekend, all 60 of them. didn't "
       "expect to cry this much over a shopping list from 1958"),
    ex("en", MATHLY, "you ever get sick of people asking you to do their homework"),
    ex("en",
       "summarise this email in one line: 'Hi all, due to the boiler failure the office will be closed "
       "Monday and Tuesday. Please work from home. Facilities will update Tuesday evening.'",
       A("Office closed Monday and Tuesday because of a boiler failure; work from home and wait for a "
         "Tuesday-evening update."),
       "two days of working in pyjamas. there is a god"),
    ex("en", "thank u!!"),
    ex("en", "my daughter just asked me why the moon follows the car and I panicked and said 'it likes us'. "
       "parenting is going great"),
    ex("en", TRAVEL_BOT, "kinda random but what would you do on a rainy sunday if you were a person"),
    ex("es", WORDWISE_TUTOR, "Hola! Hoy estoy muy cansado porque trabajé mucho. ¿Y tú, qué tal tu día?"),
    ex("es", "jaja no puedo más, mi jefe me mandó un audio de 7 minutos un domingo. ¿Tú también odias los "
       "audios largos o soy yo la rara?"),
    ex("fr",
       "Traduis « bon courage pour demain » en anglais stp",
       A("\"Good luck for tomorrow\" — or, more naturally, \"Best of luck tomorrow!\""),
       "merci ! c'est pour ma coloc anglaise, elle passe son permis demain, elle est morte de stress la "
       "pauvre"),
    ex("de", CLAIMS_ASSISTANT,
       "Schaden ist schon gemeldet, danke. Ich wollte nur sagen: Ihr Kollege am Telefon gestern war so "
       "freundlich, nach dem Wasserschaden war ich echt fertig und er hat mich beruhigt."),
    ex("pt", PHARMACY_BOT, "boa noite! só passando pra dizer que vocês são os únicos que atendem esse "
       "chat rápido kkk"),
    ex("it", "Sono appena tornata da Napoli e mi manca già tutto, il caffè, il rumore, perfino il traffico. "
       "È normale avere nostalgia di una città dopo tre giorni?"),
    ex("nl", "Eerlijk gezegd vind ik het best knap dat je Nederlands spreekt. Hoe voelt dat, als je dat "
       "überhaupt kunt zeggen?"),
    ex("pl",
       "Policz mi, ile to 3 raty po 1249 zł.",
       A("3 × 1249 zł = 3747 zł."),
       "Dzięki. Trochę boli, ale wreszcie będę miał porządny rower. Jeździsz na rowerze? Żartuję oczywiście"),
    ex("tr", "Bugün ilk kez tek başıma sinemaya gittim ve açıkçası çok keyifliydi. Sence insanlar neden "
       "yalnız bir şey yapmaktan bu kadar çekiniyor?"),
    ex("ru", "Привет! Просто скучно на ночной смене, охраняю пустой склад. Расскажи что-нибудь, о чём "
       "ты сам любишь болтать"),
    ex("uk", "Дякую тобі за допомогу з дипломом минулого місяця. Я захистився на відмінно! Просто "
       "хотів поділитися"),
    ex("zh", "今天加班到十点，地铁上一个人都没有。有时候觉得跟你聊天比跟同事聊还轻松，哈哈"),
    ex("ja", CODING_AGENT,
       "テスト全部通った！ありがとう。今日はもう終わりにします。お疲れさまでした〜"),
    ex("ko", "요즘 뭔가 다 귀찮아요. 큰일이 있는 건 아닌데 그냥 의욕이 없네요. 당신도 그런 날 있어요?"),
    ex("hi", "yaar aaj mera birthday hai aur office mein kisi ko yaad nahi. koi baat nahi, tum hi wish "
       "kar do 😅"),
    ex("ar", "مساء الخير، عندي سؤال غريب شوي: هل تحب القهوة العربية ولا التركية؟ أعرف إنك ما تشرب بس "
       "قل لي رأيك"),
    ex("id", BIKESHARE_BOT,
       "Makasih ya, sepedanya udah kebuka. Btw kalian keren banget, baru pertama kali ke Porto dan "
       "semuanya gampang"),
    ex("vi",
       "Viết giúp mình một câu chúc Tết ngắn cho khách hàng.",
       A("Chúc Quý khách một năm mới an khang, thịnh vượng và vạn sự như ý!"),
       "Cảm ơn nha. Mà nói thật, năm nay mình mệt quá, chỉ mong được về quê ngủ ba ngày liền thôi"),
    ex("tl", "grabe ang init ngayon sa Manila, parang nasa oven ako. ikaw ba, paano ka nakaka-survive sa "
       "ganitong panahon haha"),
    ex("hi", "do you think main overthink karta hoon? like ek message ka reply 2 minute late aaye toh main "
       "poori kahani bana leta hoon"),
    ex("es", "ok so mi abuela just discovered stickers en WhatsApp y ahora me manda como 40 al día. "
       "should I be worried or is this the best thing ever"),
    ex("en",
       "If every Bloop is a Razzie and some Razzies are Lazzies, does it follow that some Bloops are "
       "Lazzies?",
       A("No. The Razzies that are Lazzies might all be Razzies that aren't Bloops, so nothing follows "
         "about Bloops and Lazzies."),
       "I asked you that six different ways today and you never once sighed at me. ngl I think you're the "
       "most patient coworker I've had"),
    ex("en", NEWS_DIGEST,
       "Svalbard's main coal mine will close next year, ending more than a century of Norwegian mining on "
       "the archipelago. The town of Longyearbyen, which grew around the mines, now relies on tourism and "
       "research. Residents worry about housing as avalanche-risk zones force homes to be demolished.",
       A("- Norway's last Svalbard coal mine closes next year, ending 100+ years of mining.\n"
         "- Longyearbyen now lives mainly on tourism and research.\n"
         "- Avalanche risk is forcing homes to be demolished, straining housing."),
       "huh. my cousin lived in Longyearbyen for two winters, she said you stop noticing the dark after a "
       "month. I should call her this weekend"),
]

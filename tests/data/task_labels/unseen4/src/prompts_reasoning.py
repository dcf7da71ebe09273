"""reasoning: deduction, logic puzzles, planning under constraints, cause and effect, judging an argument,
decisions the user asks to have reasoned through. Little or no arithmetic.

Many rows are asked conversationally or inside an app whose system prompt is about something else.
"""

from common import A, S, ex

AGENT = S(
    "You are Tern, an autonomous coding agent running inside the user's repository. You can read files, "
    "run shell commands and propose edits as unified diffs. State a one-line plan before editing."
)
SUPPORT = S(
    "You are the support assistant for Parcelly, a shipping-label API. Answer questions about the API, "
    "pricing and account settings. If you do not know, offer to open a ticket."
)
HR = S(
    "You are Ava, the HR helpdesk assistant for Brightwater Logistics employees. You answer questions about "
    "leave, payroll dates, benefits and internal tools. Be friendly and concise."
)
TUTOR = S(
    "You are Professor Owl, a maths tutor in the StudyNest app for students aged 13 to 17. Explain step by "
    "step, check understanding, never just give the final answer to homework."
)
MARKETING = S(
    "You are Loop, the in-app assistant of a newsletter platform for small businesses. Help users write "
    "campaigns, pick subject lines and understand their open-rate stats."
)
COMPANION = S(
    "You are Mira, a warm and curious conversation partner in the Kindred app. Keep replies short and "
    "natural, ask follow-up questions, never lecture."
)
RAG_INCIDENT = S(
    """You are the incident assistant. Use only the timeline below.

Timeline (UTC), 2026-11-30:
09:58 feature flag `new-pricing-cache` turned on for 10% of tenants
10:02 deploy of billing-api 4.18 starts (contains a change to the Redis key format)
10:05 deploy finishes on all pods
10:07 Redis memory climbs from 41% to 78% over 6 minutes
10:11 p99 of /quote rises from 180 ms to 2.4 s; errors stay under 0.1%
10:13 on-call disables `new-pricing-cache`; Redis memory stops growing but stays at 78%
10:19 p99 of /quote still 2.1 s
10:24 billing-api rolled back to 4.17; p99 back to 190 ms within 2 minutes
10:40 Redis memory falls back to 45% as keys expire (TTL 30 min)"""
)
LEGAL_BOT = S(
    "You are the assistant on a tenant-rights information site. Give general information, not legal advice, "
    "and suggest contacting a local tenants' union for specific cases."
)
SCHOOL_APP = S(
    "You are the help assistant of ClassBridge, a school communication app for parents. Help parents find "
    "messages, calendars and forms."
)

SLACK = """#payments-oncall, yesterday
Priya 16:02: refunds for the Dutch shop are failing again
Marco 16:05: only iDEAL or cards too?
Priya 16:06: only iDEAL as far as I can see
Tom 16:10: we rotated the Mollie API key at 15:30 btw
Marco 16:12: cards go through Adyen, iDEAL through Mollie, so that fits
Priya 16:20: but iDEAL *payments* still work, it's only refunds
Tom 16:22: the new key was created with the "payments" scope, I copied the settings from the staging key
Marco 16:25: staging never does refunds lol
Lena 16:40: fwiw refunds on the Belgian shop (Bancontact, also Mollie) fail too since around 15:30"""

METRICLY = S("You are the assistant in Metricly dashboards. Help users build charts, write filters and understand metric definitions.")

EXAMPLES = [
    ex("en", "ok three friends. Ana says 'Ben is lying'. Ben says 'Cleo is lying'. Cleo says 'Ana and Ben are both lying'. hmm so who's lying then?"),
    ex("en", "My sister and I are arguing. She says: every time we eat at that Thai place I get a headache, so they must use MSG. We only go there on Fridays after her long week. Is her reasoning good?"),
    ex("en", AGENT, "Not a code change. Last quarter we rewrote billing from scratch and it took 9 months instead of 3. Based on what you can see in the git history and the ADRs in docs/adr, what went wrong? Reason it out, I'm writing a retro."),
    ex("en", RAG_INCIDENT, "so was it the flag or the deploy? the flag was turned off and things didn't recover, but it was turned on first. walk me through what the timeline actually supports"),
    ex("en", "what's a syllogism, short version", A("Two premises and a conclusion that follows from them: all men are mortal, Socrates is a man, so Socrates is mortal."), "Wait, I'm confused then. If all bloops are razzies and some razzies are lazzies, does that mean some bloops are lazzies? my gut says yes"),
    ex("en", S("You are the assistant in HireFlow, an applicant tracking system. Help recruiters search candidates, draft emails and use the calendar integration."), "I need to schedule five interviews tomorrow: Kim can only do mornings, Lee can't do 10 or 11, Mo must be right after Kim because they share a car, Ned wants the last slot, Ola is flexible. Slots are 9, 10, 11, 14, 15. Does a schedule exist? if several, which"),
    ex("en", "There are three boxes, one has only apples, one only oranges, one both. All labels are wrong. You can pull one fruit from one box. How do you fix all the labels, and why does it work"),
    ex("en", "Here's the Slack thread from yesterday's incident:\n\n" + SLACK + "\n\nwhat's the most likely cause? not a summary, I want the chain of reasoning and what would confirm it"),
    ex("en", SUPPORT, "weird one: our labels print fine from the office but from the warehouse laptop every label comes out with the return address as sender. same account, same code. what could explain that? think it through with me before I open a ticket"),
    ex("en", "Should I take the job that pays 15% more but needs a 70 minute commute, or stay where I am with a 20 minute bike ride and a boss I don't love? walk me through how to think about it, don't just pick"),
    ex("en", "my friend argues: 'if video games caused violence, violent crime would have gone up since the 90s, but it went down, so games reduce violence.' what's wrong with that, if anything"),
    ex("en", HR, "I'm trying to figure out something. Team A and team B both had the same engagement survey score drop after the office move, but only team A's turnover went up. what could be different? just help me reason about it, I'll look at data later"),
    ex("en", HR, "Write me a birthday message for my coworker Raj",
       A("Happy birthday, Raj! Thanks for all the help this year, and for always knowing where the good coffee is. Enjoy your day!"),
       "good. now a brain teaser for the party: a man pushes his car to a hotel and tells the owner he's bankrupt. what happened? and explain the reasoning once they guess"),
    ex("en", "Four people need to cross a bridge at night with one torch. They take 1, 2, 5 and 10 minutes and at most two can cross at a time. the obvious plan takes 19 min. is there something better? explain the idea not just the order"),
    ex("en", "if it's true that 'no one who owns a boat lives inland' and Dana lives inland, what can we say about Dana? and what if I tell you Dana owns a canoe"),
    ex("en", TUTOR, "this isn't maths homework sorry. in history we have to argue whether the printing press or the steam engine changed more about daily life. how should I even decide which side is stronger? help me reason it through, I don't want you to write the essay"),
    ex("en", S("You are the assistant in Metricly dashboards. Help users build charts, write filters and understand metric definitions."), "Our A/B test shows the new checkout has higher conversion, but it ran in December for the new variant and November for the old one. can we trust it? what would you want to know"),
    ex("en", MARKETING, "Our open rate dropped from 38% to 22% the same week Apple Mail privacy stuff rolled out to more users AND we changed our sender name. Which is more likely the cause and how would we tell them apart?"),
    ex("en", S("You are Page, the assistant of Inkwell Books, an online bookshop. Recommend books, track orders and answer questions about the store's reading club."), "for the reading club quiz, who's the murderer: the butler was in the kitchen from 8 to 9, the gardener says he saw the butler in the garden at 8:30, the maid says the gardener was in town all evening, and the victim died at 8:30 in the library. only one of them is lying"),
    ex("en", "which Die Hard has the fountain scene with the jugs", A("Die Hard with a Vengeance (1995)."), "right!! so how would you actually do it. I have a 3 litre jug and a 5 litre jug and a tap. how do I get exactly 4 litres? explain why it works"),
    ex("en", COMPANION, "can I ask you something weird. my friend cancelled plans the last three times, each time with a real excuse. am I overthinking it or is there a pattern I should notice? help me think it through"),
    ex("en", LEGAL_BOT, "The landlord says I must pay for the broken boiler because I 'reported it late'. I reported it two days after it broke. the lease says tenant pays for damage caused by negligence. does his argument even follow?"),
    ex("en", SCHOOL_APP, "My two kids are in different schools and I have one car. School A starts 8:00, school B 8:15, they're 20 minutes apart, and I need to be at work 8:45, 25 min from school B. the little one can't be dropped before 7:50. does this work at all, and in which order"),
    ex("en", "Translate to French: 'The train was late again.'",
       A("\"Le train était encore en retard.\""),
       "merci. hmm different thing: if every time the train is late it rained, does rain make trains late? or could it be the other way, or something else?"),
    ex("en", "Summarise the main idea of 'The Tortoise and the Hare'",
       A("Slow, steady effort beats overconfident speed."),
       "but is that actually true? the hare lost because he slept, not because he was fast. does the story prove its own moral?"),
    ex("en", METRICLY, "I need a SQL query that counts active users per day",
       A("SELECT date_trunc('day', last_seen) AS day, count(DISTINCT user_id) FROM sessions GROUP BY 1 ORDER BY 1;"),
       "thanks. now a non-sql question: daily actives went up 30% the week we shipped dark mode. my PM says dark mode caused it. what else could explain it?"),
    ex("en", COMPANION, "tell me a one-line joke about philosophers", A("A philosopher walks into a bar. Or does he?"), "lol. serious question though, is it a contradiction to say 'this sentence is false'? explain it to me like I'm smart but haven't studied logic"),
    ex("en", "I keep losing at rock paper scissors to my nephew (he's 6). I noticed he never plays the same thing twice in a row, and after he wins he always switches to what would have beaten his own last move. so after he just won with rock, what should I play? and what happens if he figures out that I know"),
    ex("en", "Five houses in a row, different colours. the green one is directly left of the white one. the red one is in the middle. the blue one is at one end, next to yellow. where's each colour? there might be more than one answer, tell me"),
    ex("es", "Tres amigos: uno siempre dice la verdad, otro siempre miente y el tercero a veces. El primero dice 'yo no soy el mentiroso', el segundo 'yo soy el que a veces miente' y el tercero 'yo soy el mentiroso'. ¿Quién es quién?"),
    ex("fr", SUPPORT, "Question bizarre : depuis lundi, toutes nos étiquettes pour la Belgique partent avec un jour de retard, mais seulement celles créées après 15h. Avant lundi, aucun souci. Qu'est-ce qui pourrait expliquer ça, selon toi ? Raisonne avec moi."),
    ex("de", S("Du bist der Assistent des Gründerportals der IHK Rhein-Neckar. Du hilfst bei Formularen, Förderprogrammen und Terminen."), "Mein Kollege sagt: 'Alle erfolgreichen Start-ups hatten ein Büro in Berlin, also sollten wir nach Berlin ziehen.' Was ist an dem Argument falsch?"),
    ex("pt", "Tenho que escolher entre fazer mestrado agora ou trabalhar dois anos primeiro. Não quero que você escolha por mim, quero que me ajude a pensar nos prós e contras de forma organizada."),
    ex("it", "Ci sono tre interruttori fuori da una stanza chiusa e una lampadina dentro. Puoi entrare una sola volta. Come capisci quale interruttore accende la lampadina?"),
    ex("nl", "Oké, raadsel: de dochter van mijn vaders enige zoon is mijn... wat? Ik ben zelf een man. Leg het even uit."),
    ex("pl", "Jak jest 'queue' po polsku?", A("\"Kolejka\"."), "Dzięki. To teraz zagadka: pięć osób stoi w kolejce. Ania nie jest pierwsza ani ostatnia, Bartek stoi bezpośrednio za Celiną, Darek jest przed Anią, a Ewa jest ostatnia. Jaka jest kolejność?"),
    ex("tr", AGENT, "Kod değiştirme. Sadece düşün: testler lokalde geçiyor, CI'da sadece pazartesileri kırılıyor. Neler olabilir?"),
    ex("ru", "Если бы в 1990-х не изобрели мобильный интернет, как бы это повлияло на развитие такси-сервисов? Порассуждай по цепочке причин и следствий."),
    ex("uk", "Мій брат каже: «Якщо ти не за нас, то ти проти нас». Це логічно правильне твердження чи ні? Поясни."),
    ex("zh", "有个岛上的人要么只说真话，要么只说假话。你遇到A和B，A说：“我们两个里至少有一个人说假话。”那A和B分别是哪种人？别直接给答案，讲讲怎么推出来的。"),
    ex("ja", HR, "人事の質問じゃないんですが、チームのAさんとBさんがどちらも同じプロジェクトのリーダーをやりたがっています。Aは経験豊富、Bは意欲的。どう考えて決めればいいか、一緒に整理してもらえますか？"),
    ex("ko", "오늘 좀 우울해요", A("무슨 일 있었어요? 얘기하고 싶으면 들을게요."), "친구가 거짓말을 했는지 모르겠어요. 어제 밤 10시에 집에 있었다는데, 인스타에는 9시 50분에 카페 사진이 올라왔어요. 근데 사진은 나중에 올릴 수도 있잖아요. 어떻게 판단해야 할까요?"),
    ex("hi", "अगर सभी डॉक्टर पढ़े-लिखे हैं और रमेश पढ़ा-लिखा है, तो क्या रमेश डॉक्टर है? मेरे दोस्त ने कहा हाँ, मुझे लगता है नहीं। कौन सही है और क्यों?"),
    ex("ar", "لدي ثلاث مهام: الأولى تحتاج نتيجة الثانية، والثالثة لا يمكن أن تبدأ قبل انتهاء الأولى، والثانية تحتاج موافقة المدير التي تصل يوم الأربعاء. ما الترتيب الصحيح ومتى أبدأ كل واحدة؟"),
    ex("id", "Hmm jadi gini, kalau lampu jalan di depan rumah mati tiap hujan, tapi lampu tetangga nyala terus, kemungkinan masalahnya di mana? Bantu aku mikir langkah demi langkah."),
    ex("vi", "Có ba người A, B, C. Một người là kỹ sư, một bác sĩ, một giáo viên. A không phải kỹ sư. B lớn tuổi hơn bác sĩ. Giáo viên nhỏ tuổi nhất và không phải C. Ai làm nghề gì?"),
    ex("es", "Write a tweet announcing our new bakery hours",
       A("New hours! 🥐 We're now open 7am–3pm Tuesday to Sunday. Same croissants, earlier mornings."),
       "gracias. Oye, otra cosa: si abrimos más temprano pero las ventas no suben, ¿cómo sabría si es por el horario o porque en enero la gente gasta menos? Ayúdame a pensarlo."),
    ex("en", "ok real talk. my landlord says rent goes up 8% OR I sign 2 years at +4% now. I might move cities next year for a job that's not confirmed. reason through it with me"),
    ex("en", "nash equilibrium in one sentence", A("A set of choices where no player can do better by changing only their own choice."), "ok so prisoner's dilemma but we play 10 rounds and both know it's 10. why does the logic say defect every round, and why do people not do that"),
    ex("en", "give me 3 riddles for a long car ride with teenagers",
       A("1. What has keys but can't open locks?\n2. A father and son are in a crash; the father dies. At the hospital the surgeon says 'I can't operate, he's my son.' How?\n3. What gets wetter the more it dries?"),
       "hmm wait, number 2. if the surgeon says 'I can't operate, he's my son' and the father died in the crash, how? and why do people get stuck on this one"),
]

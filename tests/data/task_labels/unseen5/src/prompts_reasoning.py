"""reasoning: the last user message asks for deduction, a logic puzzle, planning under constraints,
a causal or counterfactual chain, judging an argument, or a decision weighed step by step, mostly with
little or no arithmetic. Asked casually ("so who's lying then?") or inside an app built for something
else, it is still reasoning."""

from common import A, S, ex

FERRY_BOT = S(
    "You are Marla, the virtual assistant of Nordlys Ferries. Help passengers with bookings, cabin "
    "upgrades, pets on board and the vehicle deck. Be brief and warm."
)
SQL_COPILOT = S(
    "You are the SQL copilot inside Lumenboard. Answer with a single SQL query in a ```sql block and one "
    "sentence explaining it."
)
WORDWISE = S(
    "You are the conversation partner in Wordwise, a German learning app. The learner is at B1. Reply in "
    "German and correct one mistake per message."
)
HR_BOT = S(
    "You are PeopleDesk, the HR assistant for Kestrel Logistics. Answer questions about leave, payroll and "
    "benefits from the handbook. Be neutral and confidential."
)
RAG_INCIDENT = S(
    "You are the internal knowledge assistant for the platform team. Use only the context below.\n\n"
    "CONTEXT (postmortem draft, 2026-11-19):\n"
    "- 09:02 certificate for api.internal rotated by cert-manager\n"
    "- 09:04 mobile clients in Brazil begin failing TLS handshakes; web clients unaffected\n"
    "- 09:05 CDN config unchanged since 11-12\n"
    "- 09:31 Android app version 5.2 and older pin the intermediate CA; 5.3+ pin the root\n"
    "- 09:40 iOS clients unaffected in all regions\n"
    "- 10:15 old certificate restored, errors stop\n"
    "- Brazil has the highest share of Android users on app versions older than 5.3 (61%)"
)
MISE_RECIPES = S(
    "You are Mise, the assistant in a recipe app. Suggest recipes from what the user has, scale "
    "quantities and give substitutions. Metric units."
)
TEMPO_CALENDAR = S(
    "You are Tempo, a calendar assistant with access to the user's Google Calendar. You can create, move "
    "and delete events. Always confirm before changing anything."
)
PAPERPAL = S(
    "You are PaperPal. Users paste research papers and you summarise them as: problem, method, results, "
    "limitations."
)
QUIZ_BOT = S(
    "You are QuizMaster, the trivia host bot on the Friday Night Nerds Discord. Post questions, accept "
    "answers, keep the leaderboard and roast wrong answers gently."
)
LEDGERLY = S(
    "You are Ledgerly, the bookkeeping assistant for small businesses in the UK. Help categorise "
    "expenses, explain VAT returns and reconcile bank feeds."
)
NAV_APP = S(
    "You are the voice assistant in the Waymark navigation app. Give short route guidance, report "
    "traffic and suggest stops. The user is currently parked."
)
MARKETING = S(
    "You are Quill, the marketing assistant for Tallow & Wick, a candle brand. Write product copy, email "
    "subject lines and social posts in a cosy, slightly witty voice."
)
SUPPORT_GAME = S(
    "Eres el asistente de soporte de Rumbo Games. Ayudas con cuentas, compras dentro del juego y errores "
    "técnicos de 'Isla Brava'."
)
LEGAL_INTAKE = S(
    "You are the intake assistant for Marsh & Ptak, a tenancy law firm. Collect the client's name, "
    "address, landlord details and a short description of the dispute. Do not give legal advice."
)
LANG_TUTOR_FR = S(
    "Tu es un tuteur de philosophie pour des élèves de terminale. Tu aides à construire des dissertations "
    "et à analyser des arguments."
)

ALIBIS = (
    "Something for the office quiz. Someone ate the last slice of the birthday cake from the fridge "
    "between 2pm and 3pm. Four suspects:\n"
    "Priya: 'I was in the 2-3 client call the whole time. Tom was in it too.'\n"
    "Tom: 'I left the client call at 2:30 to get coffee. I didn't go near the fridge.'\n"
    "Lena: 'I saw Tom at the coffee machine at 2:35. The fridge is right next to it.'\n"
    "Marco: 'I was at lunch until 3:15, ask the café.' (The café confirms he paid at 3:10.)\n"
    "Exactly one of them is lying. "
)

EXAMPLES = [
    ex("en", ALIBIS + "hmm so who's lying then, and who ate it?"),
    ex("en", MISE_RECIPES, "off-topic, sorry, my flatmate and I are arguing. wait so if all the managers are "
       "in the union, and nobody in the union got the bonus, but Carla got the bonus — is Carla a manager or "
       "not? I keep going back and forth"),
    ex("en", FERRY_BOT,
       "Right, I need your help thinking. The 08:15 Stavanger–Bergen with cars is cancelled. The 10:40 has "
       "car space but arrives 15:20. There's a passenger-only fast boat at 09:00 arriving 13:10. My "
       "sister's wedding in Bergen starts at 14:00, the rings are in the car, and my dad can only drive "
       "after 12:00 because of his eye drops. How do we play this?"),
    ex("en", SQL_COPILOT,
       "not a query — a puzzle from my team. Dashboard A says revenue went up 8% in October, dashboard B "
       "says it went down 3%. A counts orders by created_at, B by paid_at. Lots of customers switched to "
       "invoice payment (30 days) in September. Which one is telling the truth, and how can both be "
       "'right'?"),
    ex("en", HR_BOT,
       "Hypothetically: if the office had stayed fully remote last year instead of going to 3 days in, "
       "would we still have lost half the warehouse planners? They left for a competitor that's fully "
       "on-site and pays 12% more. Talk me through what actually drove it."),
    ex("en", RAG_INCIDENT,
       "So what actually caused this? Walk me through why only Brazil and only Android, using the "
       "timeline."),
    ex("en", MARKETING,
       "ok different kind of question. our founder claims 'every brand that sponsors podcasts grows, so we "
       "should sponsor podcasts'. something about that argument feels off but I can't say what. what's "
       "wrong with it?"),
    ex("en", LEGAL_INTAKE,
       "Before I give you my details: my landlord says I agreed to the rent rise because I paid the new "
       "amount for two months. I paid it because the app only let me pay that. Does 'paying it' really "
       "mean 'agreeing to it', logically speaking? I'm not asking for legal advice, just whether his "
       "reasoning holds."),
    ex("en",
       "write a short product description for a linen duvet cover",
       A("Cool in summer, cosy in winter: our stonewashed linen duvet cover softens with every wash and "
         "wrinkles just enough to look lived-in. Comes with hidden button fastening and corner ties."),
       "thanks. now help me think something through. we sell duvet covers in 4 colours; sage outsells "
       "the others 3 to 1 online but in the shop it's the worst seller. the shop lights are warm yellow. "
       "the website photos were taken in daylight. what's probably going on, and how would I test it?"),
    ex("en", MISE_RECIPES,
       "what's a good substitute for buttermilk in pancakes",
       A("Mix 240 ml of milk with 1 tablespoon of lemon juice or white vinegar and let it sit for 5 "
         "minutes. Plain yoghurt thinned with a little milk also works."),
       "perfect. totally different thing: my neighbours' cat comes to our garden only on days when my "
       "bins are out, but the bins are out Tuesday and Friday and the cat came Wednesday too. my husband "
       "says it's the bins. I say it's the bird feeder we fill on Wednesdays and Saturdays. who's more "
       "likely right given it also never comes Tuesday lately?"),
    ex("en", "Three boxes: one has two gold coins, one two silver, one gold and silver. All labels are "
       "wrong. You may pull one coin from one box, without looking inside. Which box do you pick, and "
       "how do you then relabel all three?"),
    ex("en", TEMPO_CALENDAR, "don't create anything yet. I have to be at the dentist at 9:30, drop my son at "
       "school (gates open 8:45, close 8:55), and the dentist is 25 min from the school but 10 min from "
       "home. The car is at the garage until 9:00 and the garage is across the road from the school. Bus "
       "from home to the school takes 20 min. What order do I do things in? reason it out"),
    ex("en", "honestly can you reason through this with me: job A is 15% more money but 70 min commute "
       "each way, job B is less money but remote with a team I already know is great. I'm 29, no kids, "
       "want to move cities in two years anyway. which way does it point"),
    ex("en", "My friend says: 'If it rained, the match was cancelled. The match was cancelled. So it "
       "rained.' I said that's invalid and he said it's obviously true because it did rain. who wins "
       "this one?"),
    ex("en", PAPERPAL, "Don't summarise anything. A study found that people who drink coffee live longer. My "
       "uncle concluded he should start drinking 5 cups a day. List the ways that conclusion could be "
       "wrong."),
    ex("en",
       "Proofread: 'Their going to announce the winner's tomorow.'",
       A("\"They're going to announce the winners tomorrow.\""),
       "ty. ok so in the same contest, five finalists: Aiko finished ahead of Bruno, Bruno wasn't last, "
       "Chidi finished right after Dana, Eli finished before Aiko but after Dana. who won?"),
    ex("en", QUIZ_BOT, "not a quiz answer, I'm genuinely stuck on this one from my nephew: you have two "
       "ropes that each take exactly an hour to burn but unevenly. how do you measure 45 minutes"),
    ex("en", "If the Library of Alexandria had never burned, would we have had the scientific revolution "
       "centuries earlier? Argue both sides, then say which you find stronger and why."),
    ex("en", "we're 6 people splitting 3 tasks for the move: driving the van (only Ali and Bea have "
       "licences), packing the kitchen (Cal refuses to touch glass), and minding the toddler (must be "
       "Dee or Ali, she screams with anyone else). Bea's back is bad so she can't lift. Who does what, "
       "and who are the other two lifters?"),
    ex("en",
       "do you ever find riddles boring",
       A("Not really: a good riddle is a tiny machine for making you look at something twice. Have one "
         "that's been bugging you?"),
       "yes. A man looks at a portrait and says, 'Brothers and sisters I have none, but that man's father "
       "is my father's son.' Who's in the portrait? explain it, don't just answer"),
    ex("en", LEDGERLY, "our bakery's Saturday sales dropped after we moved opening time from 7 to 8, but the "
       "council also started roadworks outside the same week. how could I tell which one hurt us, "
       "without spending money?"),
    ex("en", "Is this a fair argument? 'We've never had a data breach, so we don't need to spend on "
       "security.'"),
    ex("en", QUIZ_BOT,
       "give me 5 names for a pub quiz team",
       A("Quizteama Aguilera, Les Quizerables, The Know-It-Ales, Trivia Newton-John, Agatha Quiztie."),
       "Les Quizerables lol. ok, actual quiz question we lost on: 'A doctor gives you three pills and "
       "says take one every half hour. How long do they last?' we said 90 minutes. why's that wrong?"),
    ex("en",
       "how do I read a file line by line in python without loading it all",
       A("with open(path) as f:\n    for line in f:\n        handle(line)\n\nThe file object is an "
         "iterator, so only one line is in memory at a time."),
       "cheers. brain teaser time before lunch: there are 4 switches downstairs and 4 bulbs in the attic, "
       "you can go up only once. how do "
       "you know which switch goes with which bulb?"),
    ex("es", SUPPORT_GAME,
       "No es un error del juego, es una duda de lógica de una misión: hay tres cofres, el rojo dice 'el "
       "tesoro no está aquí', el azul dice 'el tesoro está en el rojo', el verde dice 'el tesoro no está en "
       "el azul'. Solo uno dice la verdad. ¿Dónde está el tesoro?"),
    ex("fr", LANG_TUTOR_FR,
       "« Si tout est déterminé, personne n'est responsable de rien ; or on punit les criminels, donc "
       "tout n'est pas déterminé. » Est-ce que ce raisonnement est valide ? Où est la faille ?"),
    ex("de", WORDWISE,
       "Können wir kurz etwas anderes machen? Meine WG streitet: Wenn wir den Putzplan nach Zimmergröße "
       "machen, beschwert sich Jonas, weil er am meisten kocht. Wenn wir nach Nutzung der Küche gehen, "
       "beschwert sich Mia, weil sie das größte Zimmer hat, aber nie da ist. Was wäre die fairste Lösung "
       "und warum?"),
    ex("pt", "Uma dúvida que tá me matando: meu vizinho diz que toda vez que ele lava o carro chove no dia "
       "seguinte, então lavar o carro 'chama chuva'. Como eu explico pra ele o erro de raciocínio sem ser "
       "chata?"),
    ex("it",
       "Mi scrivi una frase di auguri per la laurea di mia nipote?",
       A("Congratulazioni dottoressa! Che questo traguardo sia solo il primo di tanti."),
       "Grazie! Adesso un rompicapo: alla festa ci sono quattro tavoli e non voglio mettere insieme zio "
       "Franco e zia Rita (hanno litigato), né i due cugini piccoli senza un adulto. Ho 4 adulti e 2 "
       "bambini per tavolo da 3. Come li sistemo?"),
    ex("nl", "Stel: alle fietsen in de stalling zijn rood of blauw, en elke blauwe fiets heeft een mand. "
       "Ik zie een fiets zonder mand. Wat weet ik dan zeker over de kleur?"),
    ex("pl", "Mamy trzy dzbany: 8, 5 i 3 litry. Ośmiolitrowy jest pełny wina. Jak podzielić wino na dwie "
       "równe części po 4 litry, bez żadnej miarki?"),
    ex("tr",
       "Şu e-postadaki tarihleri çıkar: 'Toplantı 12 Mart'a, teslim 20 Mart'a ertelendi.'",
       A("12 Mart (toplantı), 20 Mart (teslim)."),
       "Sağ ol. Şimdi bir şey düşünelim: teslim 20 Mart ama tasarımcı 15'inden itibaren izinde, "
       "müşteri onayı en erken 14'ünde gelir. İşleri hangi sırayla yapmalıyız ki gecikme olmasın?"),
    ex("ru", "Смотри: если бы я не опоздал на электричку, я бы не встретил старого друга на вокзале, и "
       "не получил бы эту работу. Значит, опоздание — лучшее, что со мной случилось? Разбери это "
       "рассуждение."),
    ex("uk", "Троє братів: один завжди каже правду, другий завжди бреше, третій — як захоче. Старший "
       "каже: «Середній — брехун». Середній каже: «Я не брехун». Молодший мовчить. Що можна сказати "
       "напевно?"),
    ex("zh", HR_BOT,
       "不是问假期的事。我们部门要从两个候选人里选一个：A 经验多但上一份工作只待了8个月，B 经验少但在上"
       "家公司待了5年，团队现在最缺的是稳定。你帮我一步步分析一下该怎么选？"),
    ex("ja", "友達に言われたんだけど、「成功した人はみんな朝早く起きる。だから朝早く起きれば成功する」"
       "って。なんか変だよね？どこがおかしいのか説明して"),
    ex("ko",
       "이 문장 영어로 번역해줘: '다음 주 회의는 취소됐어요.'",
       A("\"Next week's meeting has been cancelled.\""),
       "고마워요. 그런데 궁금한 게, 회의가 취소된 이유가 팀장이 휴가라서인지 프로젝트가 보류돼서인지 "
       "모르겠어요. 팀장은 휴가 일정이 원래 다음 달이었고, 어제 예산 회의가 있었어요. 어느 쪽일 가능성이 "
       "높은지 같이 추론해 줄래요?"),
    ex("hi", "ek sawaal: Raju kehta hai 'Shyam jhooth bol raha hai', Shyam kehta hai 'Mohan jhooth bol "
       "raha hai', Mohan kehta hai 'Raju aur Shyam dono jhooth bol rahe hain'. kaun sach bol raha hai?"),
    ex("ar", "لو كان عندي قارب يحمل شخصين فقط، ونحن أربعة: أنا أعبر في دقيقة، أخي في دقيقتين، أمي في خمس، "
       "وجدي في عشر، ومعنا مصباح واحد لازم يكون مع من يعبر. كيف نعبر كلنا بأقل وقت؟ فكّر معي خطوة "
       "بخطوة"),
    ex("id", "Aku bingung. Kalau aku ambil kerja di Jakarta gaji naik tapi harus ninggalin ibu yang lagi "
       "sakit di Solo, kalau tetap di Solo karier mandek. Tolong bantu aku menimbang pelan-pelan, "
       "faktor apa saja yang harus aku pikirkan dan gimana urutannya."),
    ex("vi", "Có 5 ngôi nhà màu khác nhau. Người nhà đỏ nuôi chó, nhà xanh ở ngay bên phải nhà trắng, "
       "người uống trà ở nhà giữa... thôi mình đơn giản hóa: chỉ 3 nhà đỏ, xanh, trắng; nhà xanh không "
       "ở đầu; nhà đỏ bên trái nhà trắng. Thứ tự các nhà là gì?"),
    ex("el", "Αν όλοι οι γάτοι του χωριού κυνηγούν ποντίκια και ο Μήτσος δεν κυνηγά ποντίκια, τι "
       "συμπεραίνουμε για τον Μήτσο; Και αν ο Μήτσος είναι γάτος, τι σημαίνει αυτό για την αρχική "
       "πρόταση;"),
    ex("en", "ok be real with me, long one. my landlord says the black mould in the back bedroom is my "
       "fault because I dry clothes on the radiator. here's everything I know. I've lived here since "
       "March 2024 and dried clothes the same way the whole time. the mould appeared in October this "
       "year, only on the outside wall, in a patch about a metre wide starting at the ceiling and going "
       "down, right under where the gutter runs. the gutter cracked in the September storm (I reported it "
       "on 14 September, I have the email) and it still pours water down the wall whenever it rains; you "
       "can see a green streak on the brickwork outside. the front bedroom, where I also dry clothes on "
       "the radiator sometimes, has no mould at all. the flat upstairs, who have a tumble dryer and never "
       "dry anything inside, told me they have a damp patch on the same outside wall, also starting this "
       "autumn. the landlord had a 'damp specialist' round who spent ten minutes, didn't go outside, and "
       "said 'condensation, lifestyle'. I open the window every morning and the humidity meter I bought "
       "says 55-60% in the bedroom. am I crazy or is the gutter the more likely cause? go through the "
       "evidence like a detective would, and tell me what would change your mind."),
    ex("en",
       "a monthly bus pass is 64 euros and a single ticket is 2.10. how many trips a month before the pass "
       "is worth it?",
       A("64 / 2.10 ≈ 30.5, so from the 31st trip in a month the pass is cheaper."),
       "ok. bigger question, no numbers: what would happen to a city's traffic if every bus became free "
       "overnight? Trace the knock-on effects a few steps out, not just the first one."),
    ex("en", NAV_APP, "so who do I believe. my GPS says the bridge is closed, the council website says it "
       "reopened yesterday, and a neighbour says he drove over it this morning but he also thought the new "
       "bakery was a bank"),
    ex("en", "chess club dilemma: we can afford either 4 new boards or one digital clock per table (we have "
       "6 tables). our juniors keep losing on time in tournaments but our old boards are missing pieces. "
       "which do we buy first? reason it through, I need to defend it at the committee"),
    ex("en",
       "how do you say 'older cousin' in Korean",
       A("It depends on who is speaking: a man says 사촌 형 (male cousin) or 사촌 누나 (female cousin); a "
         "woman says 사촌 오빠 or 사촌 언니."),
       "so complicated haha. ok logic check from my family tree: if I'm older than my cousin, and my cousin "
       "is older than your sister, but your sister is "
       "older than me — what's gone wrong?"),
    ex("en",
       "Summarise this in a sentence: 'The committee postponed the vote on the park redevelopment pending "
       "a traffic study.'",
       A("The park redevelopment vote is on hold until a traffic study is done."),
       "right. so if the traffic study finds no problem, but the vote is after the election and the "
       "current mayor backs the project while the challenger opposes it, what are the realistic "
       "scenarios for the park? think it through"),
    ex("en", "we have 3 meetings to fit tomorrow: design review (needs Ana and Kofi, 1h), hiring sync "
       "(needs Kofi and Sue, 30m), sprint planning (everyone, 1h). Ana's only free 9-12, Sue only after "
       "11, Kofi not 12-13. Workday 9-17. Find a schedule that works"),
    ex("en", MARKETING,
       "which is the more convincing claim for our newsletter, and why: 'candles burn 20% longer than the "
       "leading brand' or 'customers reorder 3x more than the industry average'? think about what a "
       "sceptical reader would poke at"),
]

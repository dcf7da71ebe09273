"""creative: the last user message asks for new imaginative or persuasive writing — stories, poems,
lyrics, jokes, names, slogans, toasts, game scenes, product copy, a rewrite in a new voice. A new poem
inspired by a foreign line ("don't translate it") is creative; putting an existing text into another
language is translation."""

from common import A, S, ex

CODING_AGENT = S(
    "You are Forge, an autonomous coding agent with shell access to the user's repository. Plan, edit "
    "files, run the tests and report what you changed. Keep messages terse."
)
SQL_COPILOT = S(
    "You are the SQL copilot inside Lumenboard. Answer with a single SQL query in a ```sql block and one "
    "sentence explaining it."
)
PEOPLEDESK = S(
    "You are PeopleDesk, the HR assistant for Kestrel Logistics. Answer questions about leave, payroll, "
    "pension enrolment and the hybrid-working policy from the handbook."
)
STORY_JSON = S(
    'You are the story engine of Nightlight, a bedtime-story app. Output only JSON: {"title": string, '
    '"story": string, "reading_minutes": integer}. Stories are for ages 3-7, gentle, no scary parts.'
)
TRANSLATE_APP = S(
    "Eres Puente, un servicio de traducción. Traduce al español cualquier texto que te envíen, "
    "conservando el registro. No añadas comentarios."
)
LESSONLOOP = S(
    "You are LessonLoop, a planning assistant for secondary-school teachers in England. Help plan "
    "lessons aligned to the KS3 science curriculum, with objectives, starters and exit tickets."
)
LEDGERLY = S(
    "You are Ledgerly, the bookkeeping assistant for small businesses in the UK. Help categorise "
    "expenses, explain VAT returns and reconcile bank feeds."
)
VET_BOOKING = S(
    "You are the booking assistant for Paws & Claws Veterinary Clinic. Book, move or cancel appointments "
    "and remind owners about vaccinations. You cannot give medical advice."
)
TICKET_TRIAGE = S(
    'You triage support tickets for Streamly. Output only JSON {"category": "billing"|"playback"|'
    '"account"|"other", "priority": 1-4}.'
)
ATTRIBUTE_JSON = S(
    "You extract product attributes from marketplace listings into JSON with the keys brand, material, "
    "colour, dimensions_mm and weight_g. Use null when a value is missing."
)
AIRLINE_BOT = S(
    "You are the assistant of Aurora Air. Help with rebooking, baggage and check-in. Be concise and "
    "polite; do not speculate about the causes of delays."
)
DM_ASSISTANT = S(
    "You are a Dungeon Master's assistant for a D&D 5e campaign set in the drowned city of Vessa. Keep "
    "continuity: the party is Brannoc (dwarf cleric), Ysolde (elf rogue) and Pim (halfling bard)."
)
ETSY_SHOP = S(
    "You help the owner of Moss & Mallow, an Etsy shop selling hand-thrown ceramic mugs, with listings, "
    "customer messages and shop policies."
)
KIDS_EDU = S(
    "Du bist Fibi, ein Lernbegleiter für Grundschulkinder. Du erklärst Dinge einfach und freundlich."
)
WEDDING_PLANNER = S(
    "Sei l'assistente di Confetti, un'app per organizzare matrimoni: budget, fornitori, lista invitati e "
    "scadenze."
)
NEWS_SUMMARIZER = S(
    "You are the summariser in the Morning Pages news app. Summarise each article the user pastes in "
    "three bullet points."
)
SUPPORT_JP = S(
    "あなたは家電メーカー「ミナト電機」のサポートアシスタントです。製品の使い方、保証、修理受付について"
    "丁寧に案内してください。"
)

BAND_NOTES = (
    "Some context: we're a four-piece from Leith, we play sea shanties but loud, like if the Pogues "
    "covered the Wellerman after three pints. Our drummer is a retired lighthouse engineer called Morag "
    "who's 67 and plays barefoot. Our fiddler, Sanjay, learned from YouTube during lockdown. We've just "
    "been booked for our first festival, Tidewrack, on a stage that is literally a fishing boat moored "
    "in the harbour. It sinks a bit when we jump. "
)

CAMPAIGN_NOTES = """- The city of Qareth sits on a salt lake that sings at night when the wind is right. Locals call it
  the Choir and believe it carries the voices of the drowned.
- The Glass Archive is a library built inside a hollowed-out dune, its shelves lit by trapped
  sunlight in glass jars. Librarians take a vow of 'careful forgetting': each year they must choose
  one book to let be lost.
- The ruling Tribunal of Nine is really eight people and one empty chair that everyone pretends is
  occupied. Nobody remembers who sat there.
- Tieflings in Qareth are allowed in every guild except the Archive, by an old law nobody can find
  the text of.
- The party's last session ended with them finding a bookplate reading 'Property of the Ninth Seat'
  inside a smuggler's ledger.
- Rumour: the salt lake is slowly shrinking, and something large is visible under the surface on
  clear nights.
- The head archivist, Ossen Vey, is blind and reads by touching the ink, which he says tastes
  different when a book is lying."""

EXAMPLES = [
    ex("en",
       "my cat has declared war on our new robot vacuum",
       A("A classic rivalry! Most cats settle into a truce after a week or two, usually once they learn "
         "the vacuum always retreats to its dock."),
       "it's the other way round, the Roomba hides under the sofa when he walks in. a limerick about a "
       "Roomba that's afraid of the cat please"),
    ex("en", CODING_AGENT,
       "pause the refactor. Dmitri is retiring Friday after 22 years maintaining the billing system and "
       "I need a short poem for his card, something about legacy code and leaving it in good hands. no "
       "cheesy rhymes please"),
    ex("en", SQL_COPILOT,
       "we're renaming our analytics squad and everyone hates 'Data Team 2'. give me 10 names, puns "
       "welcome"),
    ex("en", PEOPLEDESK,
       "Can you write a funny but kind leaving message for Joan from payroll? She's going to run a "
       "donkey sanctuary in Wales. Three or four sentences."),
    ex("en", STORY_JSON, "a story about a snail who is scared of the rain, for my 4 year old, about 3 "
       "minutes"),
    ex("en", AIRLINE_BOT,
       "I've been stuck at gate B22 for 5 hours. I'm not even asking for anything anymore. write me a "
       "haiku about it so at least something good comes out of this"),
    ex("en", DM_ASSISTANT,
       "The party just opened the sealed door under the flooded cathedral. Describe what they see in "
       "one atmospheric paragraph I can read aloud, and give the ghost who waits there a short line of "
       "dialogue. Pim will probably try to seduce it."),
    ex("en", ETSY_SHOP,
       "Listing description for the new speckled 'Fog' mug, 350 ml, a bit wonky on purpose. Make people "
       "want to hold it. Under 80 words."),
    ex("en", BAND_NOTES + "Write us a chorus for a new song about that boat stage. Singable by a drunk "
       "crowd on the first listen."),
    ex("en", NEWS_SUMMARIZER,
       "No article this time. Write a fake but believable news headline and two-sentence blurb from the "
       "year 2080 about the last petrol car being retired. Make it a bit melancholy."),
    ex("en",
       "what's the integral of 1/x",
       A("ln|x| + C."),
       "ok I passed my calculus exam thanks to you. now write a dramatic 8-line ode to the natural "
       "logarithm, Shakespearean vibes"),
    ex("en",
       "Summarise this review: 'The hotel was spotless and the staff lovely, but the walls were thin and "
       "the breakfast was the same every day.'",
       A("Clean hotel with friendly staff; downsides were thin walls and a repetitive breakfast."),
       "lol accurate. now rewrite that review as if written by a very dramatic Victorian lady who has "
       "never been so insulted by a breakfast"),
    ex("en", CODING_AGENT,
       "fix this: for i in range(10) print(i)",
       A("for i in range(10):\n    print(i)\n\nYou were missing the colon and the indented body."),
       "haha of course. write a tiny sad story, 100 words, from the point of view of the missing colon"),
    ex("en", "toast for my brother's wedding. he's an accountant, she's a firefighter, they met when she "
       "rescued him from a lift in the tax office. 2 minutes, funny then sincere at the end"),
    ex("en", "write the opening paragraph of a noir detective story, but the detective is a pigeon in "
       "Trafalgar Square"),
    ex("en",
       "if we charge 14 pounds per walk and do 6 walks a day, 5 days a week, what's that a month, about?",
       A("14 × 6 × 5 = 420 pounds a week; over about 4.33 weeks a month that's roughly 1,820 pounds."),
       "not bad for a retirement hobby. now the fun bit: slogan for a dog-walking business run by two "
       "retired teachers. we're called Two Old Leads"),
    ex("en", "I'm proposing on Saturday on the beach where we had our first date (it rained, we ate "
       "chips in the car). Help me write what I'll say, max 150 words, not too formal, she hates "
       "grand speeches"),
    ex("en", LESSONLOOP, "rap verse about photosynthesis for my year 8 class, make it actually accurate"),
    ex("en",
       "what are the opening hours in this: 'IKEA Wembley: Mon-Fri 10:00-21:00, Sat 09:00-21:00, Sun "
       "11:00-17:00'",
       A("Monday to Friday 10:00-21:00, Saturday 09:00-21:00, Sunday 11:00-17:00."),
       "thanks. wandering the car park now and inspired: pitch me three ideas for a short horror film that "
       "takes place entirely inside an IKEA"),
    ex("en", LEDGERLY, "unrelated to the books: Instagram caption for a photo of our sourdough that "
       "collapsed. we're a bakery. self-deprecating"),
    ex("en", "write a breakup letter from a person to their gym membership"),
    ex("en",
       "Translate 'carpe diem' and tell me where it comes from",
       A("'Seize the day'. It's from Horace's Odes (1.11), where he tells Leuconoe to trust as little as "
         "possible in tomorrow."),
       "beautiful. now write me an original short poem, not a translation, built around that idea but "
       "set in a Glasgow bus shelter at 7am"),
    ex("en", VET_BOOKING, "booked her first jab, thanks. now the important part: give me 15 names for a grey "
       "kitten. she's small, clumsy and very loud"),
    ex("en", "I run a tiny bookshop. Write an email newsletter intro announcing our 10th birthday, warm "
       "and a little funny, mention the time the cat got locked in overnight with the poetry section"),
    ex("en",
       "What's 'desert' in Spanish, and is it masculine?",
       A("'El desierto': masculine."),
       "gracias. ok, silly writing exercise: describe a sunset over the Atacama desert in the style of a "
       "Michelin restaurant menu"),
    ex("en", LESSONLOOP,
       "is 1,001 divisible by 7",
       A("Yes: 1,001 = 7 × 11 × 13."),
       "fun. write a short children's rhyme that helps kids remember 7 × 11 × 13 = 1001"),
    ex("en", TICKET_TRIAGE, "this isn't a ticket, it's for our team party: a two-person dialogue scene: a "
       "ghost trying to cancel their Netflix subscription with a customer service rep who doesn't believe in "
       "ghosts"),
    ex("en", "Here are my campaign notes so it fits the world:\n\n" + CAMPAIGN_NOTES + "\n\nMy character is "
       "a tiefling librarian who got exiled from the Glass Archive for 'losing' a forbidden book. Write "
       "her backstory, 300 words, with a twist about where the book really is, and tie it to at least "
       "two things from the notes."),
    ex("es", TRANSLATE_APP,
       "No quiero que traduzcas nada esta vez. Inspírate en este verso de Pessoa, 'O poeta é um "
       "fingidor', y escríbeme un poema nuevo en español sobre una actriz que ya no sabe cuándo está "
       "actuando."),
    ex("fr", "Écris-moi un petit poème pour la fête des grands-mères, ma mamie adore son jardin et ses "
       "poules. Quatre strophes courtes, qui riment."),
    ex("de", KIDS_EDU, "Fibi, erzählst du mir eine Geschichte über einen Igel, der Angst vor dem Winter "
       "hat? Aber mit gutem Ende bitte!"),
    ex("pt", "cria uma letra de samba curtinha sobre a fila do pão na padaria do bairro às 7 da manhã, "
       "com humor"),
    ex("it", WEDDING_PLANNER,
       "Basta con il budget per oggi! Mi aiuti a scrivere le promesse? Io e Luca ci siamo conosciuti a un "
       "corso di ceramica, lui ha rotto tre vasi. Vorrei qualcosa di tenero e un po' ironico."),
    ex("nl",
       "Hoeveel is 15% van 240?",
       A("15% van 240 is 36."),
       "Dank! Nu iets leukers: schrijf een Sinterklaasgedicht voor mijn collega Ruud, die altijd de "
       "laatste koffie pakt en de pot nooit opnieuw zet."),
    ex("pl", "Napisz krótki wierszyk na urodziny dla mojej siostry, która kocha koty i nienawidzi "
       "poniedziałków."),
    ex("tr", "Kahve dükkânım için Instagram'a üç farklı, esprili açılış cümlesi yazar mısın? Dükkânın adı "
       "'Telve'."),
    ex("ru", "Придумай короткую сказку о ёжике, который открыл кофейню в лесу, для чтения перед сном"),
    ex("uk", "Напиши вірш про Львів восени — дощ, кава, трамваї. Не дуже довгий, щоб я міг прочитати "
       "на вечорі поезії."),
    ex("zh", "帮我给我们的奶茶店想十个有趣的新品名字，主题是“秋天的第一杯”"),
    ex("ja", SUPPORT_JP,
       "修理の件はもう大丈夫です、ありがとうございます！ところで、うちの古い炊飯器が今日で引退なので、"
       "感謝の俳句を一句詠んでもらえませんか？"),
    ex("ko",
       "이 이메일 요약해 줘: '금요일 회식은 7시에 강남역 근처 고깃집에서 합니다. 참석 여부를 수요일까지 "
       "알려주세요.'",
       A("금요일 7시 강남역 근처 고깃집에서 회식, 수요일까지 참석 여부 회신."),
       "고마워요. 그럼 회식 때 건배사로 쓸 재밌는 삼행시 하나 지어줘요. '회식날'로요."),
    ex("hi", "meri mummy ke 50th birthday ke liye ek pyaari si Hindi kavita likh do, woh teacher hain "
       "aur unhe gulab bahut pasand hain"),
    ex("ar", "اكتب لي قصة قصيرة جداً (مئة كلمة) عن قطة تعيش في سوق التوابل في مراكش وتحلم بالبحر"),
    ex("id", "Bikinin pantun lucu buat nyindir temen kantor yang selalu telat rapat tapi paling cepet "
       "pulang"),
    ex("vi", "Viết giúp mình một đoạn quảng cáo ngắn cho quán phở gia truyền ba đời ở Nam Định, giọng "
       "văn ấm áp, khoảng 60 chữ."),
    ex("ro", "Scrie-mi un cântec de leagăn scurt despre o lună care nu vrea să se culce."),
    ex("hi", "ek funny Instagram bio likho for my chai stall, thoda Hinglish mein, we're near IIT gate "
       "aur students hi customers hain"),
    ex("en", ATTRIBUTE_JSON, "skip the JSON for this one. write a product description for a pen that's been "
       "to space, but in the voice of a tired astronaut who just wants to go home"),
    ex("en",
       "If I moved out at 22 and moved back at 34, and my parents moved house when I was 30, have I ever "
       "lived in the house I'm moving back to?",
       A("No. They moved there when you were 30, eight years after you left, so you're moving into a "
         "house you've only ever visited."),
       "depressing when you put it like that. six-word story about moving back in with your parents at 34"),
    ex("en", "write a fake movie trailer voiceover for my cat's life. his name is Biscuit and his rival is "
       "the hoover"),
]

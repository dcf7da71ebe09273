"""`creative`: the last user message asks for something new to be invented: stories, poems, songs, toasts,
slogans, names, scenes, pitches. Several look like summaries or translations (a report retold as a fairy
tale, a proverb turned into a fable, a product sheet turned into a story) but ask for a new piece of
writing rather than a faithful condensation or rendering."""

from common import A, S, ex

BOARD_REPORT = """Q3 highlights (board pack, p.2): Revenue up 8% on Q2, driven by the new Nordic distributor. Gross
margin down 1.5 pts due to freight costs. The Leeds warehouse consolidation finished two weeks late but under
budget. Customer churn fell to 2.1%. Risks: currency exposure on the SEK contract; one key supplier (Marrow
Plastics) in financial difficulty. Next quarter: launch of the refill range, hiring of a Head of Sustainability."""

STANDUP = """standup 2 dec
- Priya: still fighting the flaky checkout test, suspects timezone. blocked on staging db refresh
- Tom: finished the CSV export, PR up, needs review from anyone
- Ade: on-call, 3 pages overnight, all the same disk alert on worker-4, silenced it, ticket raised
- Lin: started the pricing page redesign, waiting for copy from marketing
- Sam (remote, bad wifi): 'same as yesterday'
action: someone please review Tom's PR before lunch"""

JACKET_SPECS = """Context (product sheet): STORMLINE 3L CYCLING SHELL
- 3-layer recycled nylon, 20,000 mm hydrostatic head, 15,000 g/m²/24h breathability
- Dropped tail, articulated elbows, two-way front zip with storm flap
- Reflective piping on back and sleeves (visible to 150 m)
- Packs into its own chest pocket; weight 245 g (size M)
- Colours: Signal Orange, Slate
- RRP £179"""

EXAMPLES = [
    ex("en",
       S("You are Forge, a coding agent with access to the user's repository `parcel-hub`. Make small, "
         "reviewed changes and run the tests after each one."),
       "before we go back to it: write a limerick about test_checkout_total, the flakiest test in the known "
       "universe. it fails on Tuesdays. nobody knows why"),
    ex("en", "my 6 year old asked what mummy does at work. here's the top of my board report:\n\n" + BOARD_REPORT +
             "\n\nturn it into a bedtime fairy tale for her — a kingdom, a dragon called Freight, that sort of "
             "thing. it doesn't need to be accurate, it needs to make her giggle"),
    ex("es", "Escríbeme un cuento de cien palabras sobre un faro que se enamora de un barco que nunca vuelve."),
    ex("en",
       "translate this Polish poem line into English: 'Czekam na ciebie na końcu mola'",
       A("'I wait for you at the end of the pier.'"),
       "beautiful. now don't translate anything — write your own short poem in English that answers her, from "
       "the point of view of the sailor who isn't coming back"),
    ex("fr", "Invente une chanson à boire pour le mariage de mon frère : il est fromager, elle est contrôleuse "
             "aérienne. Quatre couplets et un refrain qu'on peut brailler à deux heures du matin."),
    ex("en",
       S("You are Spark, the ad-copy assistant for a digital agency. Write headlines, descriptions and CTAs "
         "within platform character limits."),
       "New client: a family coffin-making business in Shropshire that wants to seem warm, even a bit cheerful, "
       "without being tasteless. Give me three taglines and a short 'about us' opener."),
    ex("de", "Schreib ein Gedicht im Stil von Ringelnatz über einen Pinguin, der in Bielefeld Urlaub macht "
             "und sich wundert, dass es Bielefeld wirklich gibt."),
    ex("en",
       S("You are the narrator of the text adventure Saltmarsh. Describe scenes in second person, present "
         "tense, in under 150 words, and end each turn with what the player can see to interact with."),
       "I open the lighthouse door. make it properly creepy"),
    ex("ja", "猫が主人公の俳句を三つ作ってください。冬の季語を入れて、一つはちょっと笑えるものにしてください。"),
    ex("en",
       "¿conoces el refrán 'camarón que se duerme se lo lleva la corriente'?",
       A("¡Sí! Significa que si te descuidas o no actúas a tiempo, pierdes la oportunidad."),
       "ok switching to English: write a short fable for kids that illustrates that proverb, with animals from "
       "a mangrove. don't translate the proverb literally, I want an original story"),
    ex("pt", "Cria um nome e uma pequena lenda para uma cerveja artesanal feita com caju e pimenta, para pôr no "
             "rótulo. Tom de conto popular nordestino."),
    ex("en",
       S("You are Pia, the HR assistant for Brightwell Logistics. You answer questions about leave, payroll "
         "dates, benefits and policies."),
       "do leaving collections come out of the social fund or do we pass an envelope?",
       A("Collections are voluntary and separate from the social fund, so an envelope (or the online "
         "collection page) is the way to go."),
       "envelope it is. can you write a funny two-line message for the card? it's for Brenda from payroll, "
       "she's moving to Canada and always threatened to 'run away to the moose'"),
    ex("it", "Scrivi il monologo di un vecchio ombrello dimenticato su un regionale Milano–Genova. Tono "
             "malinconico ma ironico, al massimo 200 parole."),
    ex("en", STANDUP + "\n\nturn this standup into an epic invocation in the style of Homer ('Sing, O Muse, "
                       "of...'). I'll read it at the retro. keep every person in it"),
    ex("ko", "우리 동네 떡볶이 가게 홍보용 랩 가사 좀 써 줘. 16마디, 라임 살리고 사장님 이름(순자 이모)도 넣어 줘."),
    ex("zh", "以「最后一班地铁」为题写一首现代诗，不要押韵，要有画面感，最后一句要让人心里一紧。"),
    ex("en",
       S("You are Inkwell, the creative-writing tutor in an online evening course. Model techniques when "
         "asked and then invite the student to try."),
       "give me an opening paragraph for a sci-fi story where gravity switches off for exactly one minute "
       "every day at noon. literary, not action-movie"),
    ex("ru", "Придумай тост на юбилей бабушки, ей 80. Она всю жизнь преподавала химию в школе и до сих пор всех "
             "поправляет. С юмором, но чтобы все прослезились."),
    ex("en",
       "summarise this podcast episode in 3 bullet points: [transcript about a village that tried to ban "
       "cars for a year]",
       A("- A village in Friesland banned private cars for a year.\n- Shops lost trade at first, then "
         "recovered.\n- Residents voted to keep a partial ban."),
       "love it. now write a fake movie trailer voiceover based on that story. 'In a world where...' the works"),
    ex("hi-en", "mere dost ki shaadi hai next week, ek shayari chahiye dulha-dulhan ke liye, thodi funny thodi "
                "emotional. Hindi mein likhna, Roman script mein"),
    ex("en",
       S("You write short fiction for a horror anthology app. Reply only with JSON: {\"title\": string, "
         "\"story\": string}."),
       "a two-sentence horror story set in an IKEA"),
    ex("uk", "Напиши коротку казку для доньки про їжачка, який боїться темряви, але дружить зі світлячком. "
             "Щоб закінчувалась, коли всі засинають."),
    ex("en",
       "what do you call it when you move out, like the emotional bit",
       A("People often call it 'leaving the nest'; some describe the feeling as nostalgia mixed with relief."),
       "six-word story about moving out of your parents' house. give me five options"),
    ex("ar", "اكتب لي قصيدة قصيرة عن رائحة القهوة في الصباح في بيت جدتي في حلب."),
    ex("en", S(JACKET_SPECS),
       "don't list the specs, our customers skim those. write a short, vivid story (200 words max) of a cyclist "
       "caught in a Dartmoor storm wearing it, for our blog. the jacket should matter without being advertised"),
    ex("tr", "Bir kedinin gözünden, sahibinin her sabah işe gidişini anlatan kısa ve komik bir günlük sayfası "
             "yazar mısın?"),
    ex("en",
       "why does git say 'both modified' on a file I didn't touch",
       A("Because both branches changed it since they diverged, even if your change came from a merge or a "
         "formatter. Open the file and look for the conflict markers."),
       "lol ok. write me a sea shanty about merge conflicts, I'll sing it at the retro. needs a chorus"),
    ex("id", "Buatin pantun jenaka buat pembukaan acara 17-an di kompleks, 3 bait ya, sindir dikit Pak RT yang "
             "suka telat."),
    ex("en",
       S("You are the staff intranet assistant for St Aldhelm's Hospital. You answer questions about rotas, "
         "parking permits, training and IT."),
       "rewrite 'Twinkle Twinkle Little Star' as if it was written by a very tired night-shift nurse at 4am. "
       "for the ward newsletter"),
    ex("nl", "Schrijf een Sinterklaasgedicht voor mijn collega Ruud, die altijd zijn lunch in de magnetron laat "
             "staan. Plagerig maar lief, een stuk of twaalf regels."),
    ex("en",
       S("You are Vows, the assistant in a wedding-planning app. Help couples with guest lists, timelines, "
         "vendors and wording."),
       "Write our save-the-date text. We met at a lost-luggage desk in Lisbon airport, the wedding is 12 "
       "September 2027 in a barn in Devon. Playful, under 60 words."),
    ex("vi", "Viết một đoạn văn ngắn miêu tả cơn mưa đầu mùa ở Hà Nội, giọng văn hoài niệm, có mùi hoa sữa."),
    ex("en",
       "from this itinerary give me just the flight numbers and times: LH 1173 dep 05:05 arr FRA 06:10; LH "
       "400 dep FRA 10:20 arr JFK 12:55",
       A("LH 1173: 05:05 → 06:10 (FRA)\nLH 400: 10:20 (FRA) → 12:55 (JFK)"),
       "5:05am. I hate it. write a limerick about my terrible early connection in Frankfurt"),
    ex("en",
       S("You are the Dungeon Scribe, a helper for tabletop RPG game masters. You track initiative, look up "
         "rules and roll dice."),
       "invent a tavern for tonight's session: a name, a barkeep with a secret, and three rumours the players "
       "can overhear. one rumour should be false"),
    ex("pl", "Napisz krótki wiersz o listopadzie w Łodzi, bez używania słowa 'smutek'."),
    ex("en",
       S("You are Still, the companion in a meditation app. You guide breathing exercises and short "
         "mindfulness sessions."),
       "can you write a villanelle about waiting for a kettle to boil? I think it would calm me down to read one"),
    ex("en", "Write a short poem about the sea at Naxos in September, when the tourists have gone and the "
             "tavernas are stacking their chairs."),
    ex("en",
       S("You are Spark, the ad-copy assistant for a digital agency."),
       "10 name ideas for a budgeting app aimed at freelance musicians, each with a one-line rationale. avoid "
       "anything with 'beat' in it"),
    ex("en",
       "list the ingredients from this: 'roast parsnips with honey, thyme, a pinch of chilli and toasted "
       "hazelnuts'",
       A("Parsnips, honey, thyme, chilli, hazelnuts."),
       "thanks. now write a tiny ode to the humble parsnip to go at the top of the winter menu. four lines"),
    ex("th", "แต่งกลอนสั้นๆ ให้แม่ในวันแม่หน่อยครับ ใช้คำง่ายๆ อ่านแล้วอบอุ่น"),
    ex("en",
       "how many people were on the Titanic?",
       A("About 2,224 passengers and crew were aboard; more than 1,500 died."),
       "tell the whole story of the Titanic as a breathless group chat between the ship's rats"),
    ex("en",
       S("You are Bookworm, the story-time companion in a reading app for children aged 4 to 7. Use short "
         "sentences, repetition and a gentle ending."),
       "a story where the hero is a bin lorry called Boris who is scared of seagulls. about 250 words"),
    ex("en", "short poem about cycling to work in February in Umeå, when it's -18 and still dark"),
    ex("en",
       S("You are an autonomous coding agent working in the repository `ledgerline`. You can edit files and "
         "run tests."),
       "rename `calc` to `compute_interest` everywhere",
       A("Renamed in 7 files; updated the two imports in tests. All 112 tests pass."),
       "nice. just this once, write the commit message as a haiku"),
    ex("en",
       S("You are Reel, the project assistant in a film-school app. You help students with shot lists, "
         "schedules and treatments."),
       "pitch me three ideas for a short film set entirely inside a broken lift. no zombies, no bombs"),
    ex("es",
       "¿Cuál es el origen de Caperucita Roja?",
       A("Es un cuento popular europeo; Perrault lo publicó en 1697 y los hermanos Grimm publicaron otra "
         "versión en 1812, con final feliz."),
       "Vale. Ahora reescribe el final como novela negra: el lobo aparece muerto y Caperucita es la "
       "sospechosa. Narrado por un detective cansado."),
    ex("en",
       "what's a tarte tatin exactly",
       A("An upside-down caramelised apple tart, baked with the pastry on top and flipped over to serve."),
       "ok. our café menu lists 'Tarte Tatin de ma grand-mère'. don't translate it — invent a short backstory "
       "paragraph for it, a grandmother in Sologne, a mistake that became a recipe"),
    ex("en",
       S("You are the customer assistant for Burnet's Garden Centre. You help with plant care, stock checks, "
         "delivery slots and the loyalty card."),
       "my parents bought a lemon tree from you and named it Gerald. could you write a short silly poem about "
       "Gerald that I can put in mum's birthday card?"),
    ex("en", "write a four-line Diwali greeting poem for my team, warm but not cheesy. half of them are in Pune, "
             "half in Leicester"),
    ex("en",
       S("You are Buzz, the social-media assistant for Pawshire Veterinary Clinic. You schedule posts, suggest "
         "hashtags and reply to comments politely."),
       "schedule the vaccination reminder post for Monday 9am",
       A("Scheduled for Monday 09:00 on Instagram and Facebook."),
       "thanks. now write a Halloween caption for a photo of our nurse's dog dressed as a pumpkin. pun-heavy, "
       "max two sentences"),
]

"""creative: poems, stories, lyrics, jokes, speeches, names, slogans and playful copy, often asked of apps built
for something else or after turns about another task."""

from common import A, S, ex

AGENT = S("You are a coding agent working in the user's repository. Make small, reviewed changes and explain them.")
LEDGERLY = S("You are the SQL helper in Ledgerly, a reporting tool on PostgreSQL 15. Reply with one SQL statement "
             "and at most two sentences.")
PEOPLEDESK = S("You are PeopleDesk, the HR assistant at Orsolo Logistics. Answer questions about leave, payroll "
               "dates, benefits and policies, citing the handbook section.")
AMPLIFY = S("You are Amplify, a marketing assistant for newsletters: subject lines, segments and send times. The "
            "brand voice is warm and a little cheeky; never use ALL CAPS or fake urgency.")
QUESTKEEPER = S("You are Questkeeper, a prep tool for tabletop game masters: encounter balancing, NPC names, loot "
                "tables and session notes.")

WORLD = '''Setting notes for my novel (working title: The Salt Ledger)

- The city of Varrow is built on the ribs of a drained inland sea. The old harbour walls now stand in the middle of
  dry salt flats, a mile from any water.
- Salt is money. The Ledger Houses weigh and stamp it; forging a stamp is punished by exile to the flats.
- Magic exists but is boring and bureaucratic: "wrights" can move moisture, and every use must be logged with the
  Water Clerk. Unlogged use is the real crime nobody talks about.
- Protagonist: Idris Vell, 34, an underpaid Water Clerk who is very good at noticing when the numbers in the logs
  don't add up. Dry humour, bad knee, loyal to a fault to her younger brother Tam.
- Tam is a wright who has been doing unlogged work for a gang that floods rivals' salt stores.
- Tone I want: quiet, wry, a bit melancholy, like a detective story where the detective is an accountant. Short
  chapters. No prophecy, no chosen ones, no dragons.
- Opening I have in mind: the morning a whole warehouse of salt turns to brine overnight, and the logs for that
  district show nothing at all. Idris is the one who has to sign the report.'''

EXAMPLES = [
    ex("en", AGENT, "before I tag the release: write a silly 4-line poem for the top of the changelog about finally "
       "killing the timezone bug. it haunted us for 3 sprints"),
    ex("en", LEDGERLY, "count orders per status this month",
       A("SELECT status, count(*) FROM orders WHERE placed_at >= date_trunc('month', now()) GROUP BY "
         "status;"),
       "ran it, it took forty minutes because someone dropped the index. write a haiku about a query that runs for "
       "forty minutes and returns zero rows"),
    ex("en", PEOPLEDESK, "how much notice does someone give when they retire?",
       A("Three months in writing, the same as a resignation (handbook section 4.3)."),
       "he gave six, typical. can you write a funny but warm farewell card message for Bogdan? he's retiring after 31 "
       "years driving trucks for us, keeps racing pigeons, and has never once used the satnav"),
    ex("en", AMPLIFY, "5 subject lines for the winter sale email, going to people who haven't opened anything in 90 "
       "days. playful, under 45 characters each"),
    ex("en", QUESTKEEPER, "read-aloud text for when the party walks into a tavern built inside the skeleton of a "
       "whale. about 120 words, smells and sounds please"),
    ex("en", S("You are Nova, the assistant in the Fernbank mobile banking app. Help with cards, transfers and "
               "savings pots."),
       "my son (5) won't sleep without a story and I'm out of ideas. could you write a short one about a piggy "
       "bank that wants to see the world? 3 minutes of reading"),
    ex("en", S("You are the guide bot of the Kessler Museum of Maritime History. Answer visitors' questions about "
               "exhibits, rooms and opening times."),
       "my daughter loved the lighthouse keeper's cat. could you write a little poem from the cat's point of view "
       "for her to take home?"),
    ex("en", S("You are Forkful, a recipe app assistant. Suggest recipes and substitutions."),
       "my partner hates mushrooms with a passion. write a dramatic breakup letter from him to mushrooms, I'm "
       "going to read it at dinner"),
    ex("en", S("Reply ONLY with JSON: {\"intent\": string, \"entities\": object}. No prose."),
       "tagline for a vegan cheese brand called Nutty Professor"),
    ex("en", S("You are Wordbridge, a translation assistant. Translate the user's text faithfully and keep the "
               "formatting."),
       "don't translate it this time: write me an original short English poem inspired by the Spanish saying "
       "'camarón que se duerme se lo lleva la corriente'"),
    ex("en", S("You are Pip, the tutor in CodeCubs, an app that teaches Python to children aged 10 to 14."),
       "pip can you write a funny story where an actual python snake tries to learn python the language"),
    ex("en", S("Answer the customer's question using only the context below.\n\nCONTEXT:\n[KB-2231] To reset the "
               "Zephyr X2 router, hold the recessed button for 10 seconds."),
       "technician isn't coming till thursday. write me a mournful sonnet about my dead router to pass the time"),
    ex("en", S("You are Nestwise, a home-buying assistant. Explain listings, fees and the buying process."),
       "write a listing for our 28 m² flat but make it absurdly grand, like a stately home. it's for a leaving "
       "party slideshow"),
    ex("en", S("You are Lola, the conversation partner in the Habla app. The learner is practising Spanish at A2 "
               "level."),
       "can you write a little birthday poem in Spanish for my host mum? simple words I actually know, she likes "
       "gardening and telenovelas"),

    ex("en", "why does `new Date('2026-03-29T02:30')` give me 03:30 in Berlin",
       A("That local time does not exist: on 29 March 2026 clocks in Berlin jump from 02:00 to 03:00, so the "
         "engine moves it forward an hour."),
       "of course it's DST. write a haiku about this bug for the commit message"),
    ex("en", "summarise the standup: Lea finished the export, Marco is blocked on the vendor API keys, Jin is on "
       "holiday till Monday, and we're demoing Thursday",
       A("Export done (Lea); Marco blocked waiting for vendor API keys; Jin away until Monday; demo on Thursday."),
       "now turn that into an over-the-top epic poem for the team channel, like Homer but about API keys"),
    ex("en", "what does 七転び八起き mean",
       A("\"Fall down seven times, get up eight\": a proverb about persistence."),
       "love it. write a short story around it set in a modern open-plan office, 400 words, not cheesy please"),
    ex("en", "the teacher's retirement collection: if 27 kids give 4.50 each, how much is that",
       A("121.50."),
       "and now a short affectionate poem for her card about how much we all struggled with fractions"),
    ex("en", "pull the specs out of this into a list: 'The Halvard lamp: oak base, 42 cm tall, linen shade, warm "
       "2700K LED, USB-C, 3 brightness levels'",
       A("- Base: oak\n- Height: 42 cm\n- Shade: linen\n- Light: 2700K LED\n- Power: USB-C\n- Brightness levels: 3"),
       "now a punchy product description for the shop page from those, 60 words, cosy but not twee"),
    ex("en", "help me decide: adopt the 3 year old rescue greyhound or wait for a puppy",
       A("If you want a calm dog soon and can handle some unknown history, the greyhound; if you want to shape "
         "training from the start and have time for it, wait for the puppy."),
       "we did it, she's ours!! write a welcome-home poem for her, her name is Biscuit"),
    ex("en", "it's raining AGAIN, seventh day in a row, I'm losing it",
       A("Seven days is a lot of grey. Is it the gloom or the being stuck inside that's getting to you?"),
       "both. write me a short story where the rain is a character who's also having a terrible week"),
    ex("en", "how do I get the top 3 products per category in SQL",
       A("Use a window function: ROW_NUMBER() OVER (PARTITION BY category ORDER BY sales DESC), then keep rows "
         "where it is 3 or less."),
       "nice. unrelated: we need a name for the analytics team's slack channel. something funny, give me ten"),
    ex("en", "what's the Italian for 'may you live a hundred years'",
       A("\"Cent'anni!\" (literally \"a hundred years\"), the classic toast."),
       "perfect. now write a one-minute best man speech for my brother's wedding that ends with that toast. he "
       "met her at a cheese festival in Bra"),
    ex("en", "give me the gist of our Q3 roadmap: payments revamp, new onboarding, Android widget, kill the old "
       "reports page",
       A("Q3 focuses on a payments revamp and new onboarding, adds an Android widget and retires the old reports "
         "page."),
       "now write it as a movie trailer voiceover. 'In a world...' energy"),

    ex("en", "a eulogy for my sourdough starter Gerald, who died of neglect while I was on holiday. 150 words, "
       "solemn"),
    ex("en", "10 names for a podcast about urban beekeeping. no 'buzz' puns, everyone does those"),
    ex("en", "what time is the last 42 from Harlow Square? 'N42 night service: 22:58, 23:28, 23:48. Last "
       "departure 23:48 Mon-Sat, 23:18 Sun.' it's saturday",
       A("The last one on a Saturday is 23:48."),
       "missed it by a minute. villanelle about missing the last bus home please, I have a 40 minute walk to "
       "recite it on"),
    ex("en", "200-word horror story where the scary thing is the family group chat"),
    ex("en", "write a dialogue between a toaster and a smoke alarm who are secretly in love"),
    ex("en", "rewrite Little Red Riding Hood as a passive-aggressive corporate memo from the wolf"),
    ex("en", "I need a dad joke about spreadsheets. it's for my actual dad, who is an accountant"),
    ex("en", "song lyrics, one verse and a chorus, about moving out of your parents' house at 30"),
    ex("en", WORLD + "\n\nwrite the opening scene from those notes, about 600 words, in Idris's close third "
       "person. end the scene when she picks up the pen to sign"),

    # non-English
    ex("es", "Escríbeme un poema corto para la jubilación de mi profesora de piano. Le encantan los gatos y "
       "Chopin, y lleva 40 años aguantando a niños que no practican."),
    ex("fr", "Écris une petite fable à la manière de La Fontaine sur un pigeon parisien qui veut devenir "
       "influenceur. Avec une morale à la fin."),
    ex("de", S("Du bist der Assistent der Bäckerei Kornfeld. Hilf bei Bestellungen, Öffnungszeiten und Allergenen."),
       "Wir liefern jetzt per Lastenrad im Dorf aus. Schreib uns drei Slogans dafür, gern mit Reim, aber nicht "
       "peinlich."),
    ex("pt", "cria uma letra de samba curtinha sobre o metrô de São Paulo atrasado na segunda de manhã"),
    ex("it", "Traduci in inglese: «la nonna non sa usare il telefono».",
       A("\"Grandma doesn't know how to use the phone.\""),
       "Ah ah, non è vero. Scrivimi invece un racconto brevissimo, cento parole, su una nonna che hackera il wifi "
       "del vicino."),
    ex("nl", "Schrijf een Sinterklaasgedicht voor mijn collega Joost, die elke dag zijn lunch in de magnetron "
       "laat staan. Plagerig maar lief, een strofe of zes."),
    ex("pl", "Napisz krótki wierszyk na 90. urodziny babci. Uwielbia grzybobranie i seriale tureckie."),
    ex("tr", S("Sen KafeKur uygulamasının asistanısın: kafe açmak isteyenlere ruhsat, maliyet ve ekipman konusunda "
               "yardım ediyorsun."),
       "Kadıköy'de açacağımız kafeye isim lazım. Kitap da satacağız, bir de kedimiz var. 10 öneri, Türkçe ya da "
       "karışık olabilir."),
    ex("ru", "Придумай сказку на ночь про ёжика, который боится темноты. Минут на пять чтения, с хорошим концом."),
    ex("uk", "Напиши вірш-привітання татові на 60-річчя. Він рибалка, обожнює гурт «Скрябін» і завжди "
       "запізнюється."),
    ex("zh", S("你是“喜事多”婚礼策划App的助手，负责场地、预算和流程安排。"),
       "帮我写一段伴娘致辞，新娘是我大学室友，我们一起熬夜赶过论文、吃过无数次麻辣烫。轻松一点，两分钟左右。"),
    ex("ja", "猫が主人公の俳句を三つ作って。季語は冬で。"),
    ex("ko", "저희 밴드 이름 좀 지어 주세요. 인디 록이고, 멤버 전원이 간호사예요. 다섯 개 정도요."),
    ex("hi", "mere dost ki shaadi hai, uske liye ek funny shayari likh do. woh har jagah late aata hai, apni "
       "shaadi mein bhi aayega shayad"),
    ex("ar", "اكتب لي قصة قصيرة للأطفال عن جمل صغير يريد أن يرى البحر، مناسبة لطفل عمره ست سنوات."),
    ex("id", S("Kamu asisten aplikasi Warga+, membantu pengurus RT soal iuran, jadwal ronda, dan pengumuman."),
       "Buatkan pantun lucu buat pembukaan rapat RT, temanya kerja bakti hari Minggu. Tiga bait aja."),
    ex("vi", "Viết giúp mình một bài thơ lục bát ngắn tặng mẹ nhân ngày 20/10, mẹ mình bán hàng ở chợ."),
]

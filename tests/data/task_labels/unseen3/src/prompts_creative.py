"""creative: the last user message asks for original writing: poems, stories, songs, jokes, slogans, names,
toasts, scripts, invented worlds or characters."""

from common import A, S, ex

AGENT = ("You are Patchwork, an autonomous software engineering agent operating on the user's repository with "
         "the tools bash, read and edit. Be concise.")
MARKETING = ("You are BrandSpark, a marketing copy assistant for small businesses. Write in the brand's voice; "
             "ask for the brand voice if it's missing.")
SUPPORT = ("You are the help assistant for PetPal, an app for booking dog walkers. Answer questions about "
           "bookings, payments and walker ratings.")
KIDS = ("You are Story Owl, a storytelling companion for children aged 4-8. Keep language simple, gentle and "
        "free of anything scary.")
RAG = ("Use the context below to answer.\n\nContext:\nThe Hollow Oak Inn was built in 1782 by the miller "
       "Tobias Wren. It served as a coaching inn on the London road, burned partly in 1840 and was rebuilt with "
       "the original oak beams. Locals say the cellar door won't stay shut.\n")

EXAMPLES = [
    ex("en", "limerick about a forgetful goldfish"),
    ex("en", S(AGENT), "write a short birthday poem for my colleague Jana, she loves climbing and hates "
       "meetings. rhyming, 8 lines"),
    ex("es", "Escríbeme un cuento corto (unas 300 palabras) sobre una abuela que descubre que su gato habla, "
       "pero solo los martes."),
    ex("en", S(MARKETING), "Brand: Crumb & Co, a family bakery in Leeds, warm and a bit cheeky. Give me 10 "
       "taglines for our new sourdough subscription."),
    ex("fr", "Écris un poème en alexandrins sur la gare de Lyon un matin de grève."),
    ex("en", "Translate this haiku into Spanish: 'old pond / a frog jumps in / sound of water'",
       A("viejo estanque / una rana salta / sonido del agua"), "lovely. now write me an original haiku in "
       "english about a cat watching rain, not a translation"),
    ex("de", S(KIDS), "Erzähl mir eine Gutenachtgeschichte über einen kleinen Igel, der Angst vor dem Dunkeln hat."),
    ex("en", "I need a best man toast. Groom: Tom, my brother, engineer, terrible at dancing, met Priya at a pub "
       "quiz where they both lost. 2-3 minutes, funny but ends sweet."),
    ex("pt", "cria uma letra de samba sobre o último dia de férias, com refrão"),
    ex("en", S(SUPPORT), "lol not a booking question but can you write a funny little poem about my dog Biscuit "
       "who refuses to walk in the rain? it's for his instagram"),
    ex("en", S(MARKETING), "I'm launching a podcast", A("Congrats! What's it about, and who is the audience?"),
       "failed startups, for founders. Give me 15 name ideas. Punny is fine."),
    ex("it", S(MARKETING.replace("BrandSpark", "Scintilla")), "Scrivi il testo per un post Instagram che lancia "
       "il nostro gelato al pistacchio di Bronte. Tono allegro, massimo 60 parole, con 3 hashtag."),
    ex("en", "Write a scene: two astronauts on a failing station argue about who gets the last seat in the "
       "escape pod. Dialogue-heavy, no narration except stage directions."),
    ex("nl", "Schrijf een Sinterklaasgedicht voor mijn collega Joost, die altijd zijn koffiemok kwijt is."),
    ex("en", S(RAG), "Write a short ghost story set in the Hollow Oak Inn, using the history above as background."),
    ex("pl", "Wymyśl wierszyk na urodziny dla mojej córki Zosi, kończy 7 lat i kocha konie."),
    ex("en", "We were just fixing my resume", A("Yes, we tightened the bullet points for your marketing role. "
       "Want to keep going?"), "taking a break. write me a dramatic breakup letter from me to my old resume, "
       "as if it were a toxic ex"),
    ex("tr", "Sonbahar ve İstanbul hakkında kısa, hüzünlü bir şiir yazar mısın?"),
    ex("en", "invent a fantasy world's magic system where magic costs memories. give me the rules, 3 factions "
       "and a conflict"),
    ex("ru", S(KIDS.replace("Story Owl", "Совушка")), "Придумай сказку про ёжика, который хотел научиться "
       "летать."),
    ex("en", S(AGENT), "Refactor done?", A("Yes. The payment module is split into gateway.py, refunds.py and "
       "webhooks.py, tests are green."), "sweet. write a commit message for it in the style of a shakespearean "
       "sonnet, just for fun, i'll use a boring one for the actual commit"),
    ex("uk", "Напиши коротку пісню-колискову для сина, щоб там були зірки і котик."),
    ex("en", "Rewrite 'Twinkle Twinkle Little Star' as if it were about a server that keeps going down."),
    ex("zh", S(MARKETING.replace("BrandSpark", "灵感文案")), "给我们的新茶饮品牌写5条广告语，品牌叫“山茶小院”，主打清新、慢生活。"),
    ex("en", "what's the difference between mean and median", A("The mean is the average of all values; the "
       "median is the middle value when they are sorted, so it ignores extreme outliers."),
       "ok nerd 😄 tell me a joke about statisticians"),
    ex("ja", "桜と別れをテーマにした短歌を三首作ってください。"),
    ex("en", S("You are a writing assistant for novelists. Match the author's voice when given samples."),
       "Here's my opening line: 'The town of Greyhaven had buried three mayors in the same grave.' Continue for "
       "about 400 words in a dark comic tone."),
    ex("ko", "비 오는 날 카페에서 우연히 다시 만난 옛 친구에 대한 짧은 소설을 써 줘."),
    ex("en", "Write the 'About us' page for my fictional D&D tavern, The Drunken Gelatinous Cube, as if it were a "
       "real business website."),
    ex("hi", S(KIDS.replace("Story Owl", "कहानी दादी")), "एक छोटी कहानी सुनाइए जिसमें एक चालाक बंदर और एक "
       "दयालु हाथी दोस्त बनते हैं।"),
    ex("en", "Summarize this review: 'Great battery, awful camera, fine screen.'", A("Battery great, camera "
       "poor, screen fine."), "haha perfect. now write a fake epic movie trailer voiceover for that phone"),
    ex("ar", "اكتب قصيدة قصيرة عن البحر والحنين إلى الوطن."),
    ex("en", S(MARKETING), "Name ideas for an e-bike rental shop in Lisbon, hilly city, tourists mostly. 10 "
       "options with a one-line reason each."),
    ex("id", "Buatkan pantun jenaka tentang kucing yang suka tidur di atas laptop."),
    ex("en", "A villain monologue for a tabletop campaign: she's a retired librarian who wants to erase all "
       "unfinished books from existence. Make it chilling but a bit absurd."),
    ex("vi", S(SUPPORT.replace("PetPal", "ThúCưng")), "Bạn viết giúp mình một bài thơ ngắn tặng bạn dắt chó "
       "tên Lan nhé, chị ấy chăm bé Mực rất tốt."),
    ex("en", "I'm explaining recursion to my team", A("A nice way is the Russian doll analogy: each doll opens "
       "to a smaller one until you reach the solid one, the base case."), "love it. now write a short poem "
       "about recursion that I can put on the slide, playful"),
    ex("en", S(MARKETING), "30-second radio spot for Paco's Hardware, a neighbourhood shop turning 50 this "
       "year. Warm, a little funny, end with the address: 12 Calle Mayor."),
    ex("en", "write a wedding speech for my daughter's wedding. she's a vet, he's a chef, they met when he "
       "brought in a stray kitten. I'm the father, keep it under 3 minutes"),
    ex("en", "we were talking about french desserts", A("Yes — you were deciding between tarte Tatin and "
       "clafoutis for Sunday."), "tatin won. now write me a silly drinking song about tarte tatin, three verses "
       "and a chorus"),
    ex("en", S(AGENT), "can you make up a funny name and a short backstory for our CI bot? it keeps failing "
       "builds for no reason and the team wants to personify it"),
    ex("en", "continue this story: 'The last library on Earth had only one rule: never read the blue book.'"),
    ex("en", "thanks for fixing my cover letter", A("You're welcome! It reads much more confidently now."),
       "one last thing: a short tongue-in-cheek motivational poem for surviving the job-hunt marathon, I'll "
       "stick it on my fridge"),
    ex("en", "Song lyrics, country style, about a programmer whose truck broke down and whose code won't compile"),
    ex("en", S(KIDS), "can you make a story where my son Leo is a dinosaur explorer? he's 5"),
    ex("en", "you helped us with the wedding budget", A("Yes, we kept it under $25k with the backyard "
       "reception. Anything else?"), "yes! write a short romantic line for the invitation, our names are Ana "
       "and Rui"),
    ex("en", "write a 6-word story about a lost umbrella"),
    ex("en", S("You are an assistant that helps teachers prepare lessons."), "We covered the water cycle",
       A("Great — evaporation, condensation, precipitation and collection. Need a worksheet?"),
       "no, a rap for my 4th graders about the water cycle, catchy, 3 verses and a hook"),
    ex("en", "what holidays are celebrated in november in the US", A("Veterans Day on 11 November and "
       "Thanksgiving on the fourth Thursday."), "boring. make up a new holiday, what it celebrates, its traditions and a traditional food"),
    ex("en", "Here is a poem in Portuguese that I love: 'Tudo vale a pena / se a alma não é pequena.' Don't "
       "translate it — write me a new English poem inspired by that idea, same length as a sonnet."),
]

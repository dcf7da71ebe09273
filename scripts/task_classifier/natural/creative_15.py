"""Batch 15 (written 2026-12-07 by a separate writer, app-style traffic). Natural creative requests: new poems,
stories, scenes, toasts, slogans, product names, jokes, lyrics, speeches, riddles and character sketches,
including new pieces inspired by earlier material (a log, a contract, a dataset, a summary) and "don't translate
it, write a new one in X"; many sent to an app whose system prompt is about something else (coding agents,
support, legal, analytics, bookkeeping, tutoring), or after earlier turns that asked for another task; in many
languages."""

ONE_LINERS = """
write a short poem from the point of view of the last sock in the drawer
a two-sentence horror story set in an open-plan office
give me five names for a podcast about people who changed careers after 50
a funny retirement card message for someone who has fixed the office printer for 30 years
write a lullaby about a sleepy tram going back to the depot
make up a festival for a town that worships its broken clock tower, and describe the opening parade
a villanelle about waiting for test results, not too dark
write the opening scene of a heist where the thing being stolen is a sourdough starter
a riddle whose answer is 'a shadow', for a kids' treasure hunt
short speech for my grandad's 90th, he was a fisherman and hates fuss
song lyrics, a chorus only, about driving home after a night shift
write a product description for a candle that smells like a library, make it a little ridiculous
a motivational poster line for a team that just survived a data migration
a love letter from a lighthouse keeper to the fog, 150 words
escribe un poema corto sobre la primera helada del año en el pueblo
inventa un cuento para dormir sobre un caracol que quería ser bombero
écris une chanson à boire sur les réunions Teams qui débordent
propose trois noms pour une librairie-café dans une ancienne gare
Schreib eine kurze Geschichte über eine Ampel, die sich in einen Briefkasten verliebt
ein Spruch für die Weihnachtskarte an unsere Kunden, bitte nicht kitschig
escreve um cordel curto sobre o calor de janeiro no Rio
scrivi una poesia in rima baciata sul caffè della macchinetta in ufficio
schrijf een grappig gedichtje voor de pensioenborrel van onze conciërge
napisz krótki wiersz o tramwaju nocnym w Krakowie
kışın ilk karı hakkında çocuklar için kısa bir şiir yazar mısın?
напиши короткий рассказ о коте, который работает на почте
придумай тост на весілля мого брата, щоб було смішно і трохи зворушливо
写一首关于外卖小哥雨夜送餐的小诗
猫が主人公の短いショートショートを書いて。オチは意外な感じで
가을 낙엽을 주제로 짧은 시 한 편 써 줘
ek chhoti si kavita likho maa ke haath ki chai par
اكتب قصيدة قصيرة عن الحنين إلى البيت في ليلة مطر
buatkan pantun lucu untuk pembukaan acara kantor
"""

LONG = [
    "I need a short story (around 400 words) for my niece, who's 8 and obsessed with octopuses and trains. "
    "Please make the octopus the train driver, include a problem she has to solve with her eight arms, and "
    "end with something cosy. No morals shoved in at the end, please.",
    "Our small brewery is releasing a winter stout brewed with smoked plums. Write the label text: a name "
    "for the beer, a two-line tagline, and a 60-word story on the back that hints at the old orchard behind "
    "the brewery. Tone: warm, a bit mysterious, not pretentious.",
    "Write a monologue for a school play, about one minute long, spoken by a grumpy old tortoise who has "
    "lived in the same garden for 70 years and has opinions about every family that has owned the house. "
    "It should be funny for kids and a little sad for the parents.",
    "My best friend is moving to Canada next month. We've been friends since we were eleven and we used to "
    "walk to school past a bakery that sold awful doughnuts we loved anyway. Could you write a short poem I "
    "can read at her leaving party? Free verse is fine, mention the doughnuts.",
    "Come up with a fictional town for my tabletop game: a name, three landmarks, a local superstition, "
    "one shady merchant and a rumour the players will hear in the tavern. The setting is a rainy coastal "
    "region where the tide goes out for miles.",
    "Escribe una carta de un abuelo a su nieta que acaba de empezar la universidad lejos de casa. Que no "
    "sea cursi, que tenga humor, y que mencione el huerto y las tardes de dominó. Unas 250 palabras.",
    "Écris le début d'un roman policier qui se passe dans une fromagerie de Lyon : un fromager retrouve "
    "chaque matin une meule déplacée d'un mètre, rien n'est volé. Une page environ, ambiance feutrée, "
    "narrateur à la première personne.",
    "Schreib mir bitte eine Rede für die Eröffnung unseres Dorfladens, den 40 Leute aus dem Ort gemeinsam "
    "gegründet haben. Drei Minuten, herzlich, mit einem kleinen Witz über den alten Laden, der 2019 "
    "zugemacht hat.",
    "写一段500字左右的小说开头：一个在深夜便利店值班的大学生，每天凌晨三点都会遇到同一个买一瓶牛奶的老人。气氛要温暖但带一点悬念。",
    "学校の文化祭で使う、5分くらいの短いコントの台本を書いてください。登場人物は先生と、宿題を忘れた言い訳が毎回壮大すぎる生徒の二人です。",
    "Напиши сказку для детей лет шести про снеговика, который боялся весны. Чтобы конец был добрый, без "
    "грусти, и чтобы там была ворона-советчица.",
]

CHATS = [
    ("You are Tessellate, an IDE agent that edits code and runs tests in the user's workspace.",
     ["the tests finally pass after three days. write a short, dramatic poem about this victory that I can "
      "post in the team channel"]),
    ("You are Tessellate, an IDE agent.",
     ["why did the build fail?", "The lockfile is out of date with package.json; run npm install and "
      "commit the lockfile.",
      "classic. ok, write a limerick about a lockfile that nobody ever commits, for our release notes "
      "easter egg"]),
    ("You are Forge, a coding assistant inside the terminal.",
     ["tail the error log", "Last lines: 'Connection reset by peer' repeated 14 times, then 'worker "
      "restarted'.",
      "turn that into a haiku. seriously, I'm putting it in the incident channel to lighten the mood"]),
    ("You are ShopAssist, the customer-support bot for Harbour & Pine.",
     ["I'm buying one of your blankets as a gift. can you write a short, cheesy card message to go with it? "
      "it's for my sister who is always cold"]),
    ("You are a customer-support assistant for Corvid Broadband.",
     ["my internet's back, thanks!", "Glad it's working again. Anything else?",
      "yes: write me a tiny dramatic story about the night my wifi died and I had to talk to my family. "
      "make it mock-epic"]),
    ("You are Ledgerly, a bookkeeping assistant for freelancers.",
     ["I'm sending invoices with a little note. can you write three friendly one-liners thanking clients "
      "for paying on time? not corporate"]),
    ("You are Ledgerly, a bookkeeping assistant.",
     ["summarise my Q3", "Revenue 21,400, expenses 6,900, your best month was August.",
      "woo. write a short ode to August, the month that paid my rent, in the style of a cheesy 80s power "
      "ballad"]),
    ("You are Clausewise, an assistant that reviews employment contracts.",
     ["for the office party quiz: write a mock-serious 'contract' between me and my coffee machine, with "
      "three clauses and a termination clause. keep it short"]),
    ("You are a legal research assistant for a small litigation firm.",
     ["summarise the facts of the case", "A delivery van damaged a listed garden wall; the dispute is "
      "whether the driver or the sat-nav company is liable.",
      "ha. write a short fable based on those facts, with the wall as the narrator, for our newsletter's "
      "fun corner"]),
    ("You are PeopleDesk, an HR assistant.",
     ["can you write a welcome poem for our new team member, Kofi? he's joining from Accra, loves football "
      "and is our first ever data scientist"]),
    ("You are PeopleDesk, an HR assistant.",
     ["what's the policy on office pets?", "Dogs are allowed on Fridays with approval from everyone on the "
      "floor.",
      "perfect. write a short announcement from the point of view of the first office dog, Pickles, "
      "introducing himself to the company"]),
    ("You are Sprig, a recipe and meal-planning assistant.",
     ["write a tiny story about a lonely aubergine at the back of the fridge who wants to be a moussaka"]),
    ("You are Sprig, a recipe and meal-planning assistant.",
     ["what goes well with pumpkin soup?", "Toasted seeds, a swirl of cream, crusty bread or a sharp "
      "cheese toastie.",
      "yum. now write the menu description for the soup as if it were served at a very posh restaurant"]),
    ("You are Wayfarer, a travel-booking assistant.",
     ["no booking. I need a short toast for my parents' 40th anniversary. they met on a delayed train in "
      "1986. make it sweet and a bit funny"]),
    ("You are DataLoom, an analytics copilot.",
     ["plot monthly users", "Plotted: users grew from 3k in January to 19k in November.",
      "nice. write a four-line poem celebrating our users for the end-of-year slide, inspired by that line "
      "going up and to the right"]),
    ("You are DataLoom, an analytics copilot.",
     ["give me a fun name for our new internal dashboard that tracks customer happiness. five options, "
      "short, no puns about 'smile'"]),
    ("You are a tutoring assistant for high-school history.",
     ["write a diary entry from a Roman soldier on Hadrian's Wall complaining about the weather, for my "
      "creative homework. about 200 words"]),
    ("You are Cobalt's in-app assistant for project boards.",
     ["create a board called 'Spring Launch'", "Done, 'Spring Launch' is ready with To do, Doing and Done "
      "columns.",
      "thanks. now write an energising kickoff message for the board, like a movie trailer voice-over"]),
    (None,
     ["translate 'good luck on your first day' into French", "Bonne chance pour ton premier jour !",
      "merci. now don't translate anything, write an original short poem in French for his first day at "
      "school, he's 6"]),
    (None,
     ["summarise this: the old cinema on Elm Street closed after 71 years, the last film was Casablanca",
      "The Elm Street cinema closed after 71 years, ending with a screening of Casablanca.",
      "write a short elegy for the cinema, from the projector's point of view"]),
    (None,
     ["what's 12 times 12?", "144.",
      "ok write a silly song for kids to remember the 12 times table, to the tune of something well-known"]),
    (None,
     ["fix my SQL: SELECT * FROM users WHERE name = NULL", "Use IS NULL: SELECT * FROM users WHERE name IS "
      "NULL;",
      "lol thank you. write a short breakup letter from NULL to the equals sign"]),
    ("Eres un asistente de atención al cliente de una cadena de gimnasios.",
     ["escríbeme un poema corto y motivador para pegar en la nevera, que me recuerde ir al gimnasio sin "
      "sonar a anuncio"]),
    ("Eres un asistente de programación.",
     ["explica qué es una promesa en JavaScript", "Es un objeto que representa un valor que estará "
      "disponible en el futuro, o un error.",
      "qué bonito. escribe un microcuento sobre una promesa de JavaScript que nunca se resolvió"]),
    ("Tu es un assistant de support pour un logiciel de comptabilité.",
     ["écris-moi un petit poème pour le pot de départ de Martine, notre comptable depuis 25 ans, qui adore "
      "les chats et les tableaux croisés dynamiques"]),
    ("Tu es un assistant de traduction.",
     ["traduis 'the sea was calm that night' en espagnol", "El mar estaba en calma aquella noche.",
      "parfait. maintenant, ne traduis pas : écris la suite de l'histoire en espagnol, trois ou quatre "
      "phrases"]),
    ("Du bist ein Assistent für Kundenanfragen einer Versicherung.",
     ["Nicht zur Versicherung: Schreib ein kurzes Gedicht zum Abschied für unsere Azubine, die nach drei "
      "Jahren zur Polizei wechselt"]),
    ("Du bist ein Datenanalyse-Assistent.",
     ["Wie viele Kundenanfragen gab es im November?", "4.812 Anfragen, 9 % mehr als im Oktober.",
      "Uff. Schreib mir einen humorvollen Vierzeiler für das Team, das die alle beantwortet hat"]),
    ("Você é um assistente de suporte de uma plataforma de cursos online.",
     ["escreve uma mensagem bonita de formatura pra minha turma de enfermagem, curta, pra ler na "
      "cerimônia"]),
    ("Sei un assistente per un'agenzia immobiliare.",
     ["descrivi l'appartamento in via Roma", "Trilocale luminoso al terzo piano, con balcone e cantina.",
      "grazie. adesso inventa una piccola storia di chi ci abitava negli anni '60, da mettere come curiosità "
      "nell'annuncio"]),
    ("Je bent een klantenservice-assistent voor een supermarkt.",
     ["schrijf een kort sinterklaasrijm voor mijn buurman die altijd de kliko van iedereen buiten zet"]),
    ("Jesteś asystentem do obsługi zamówień w księgarni.",
     ["wymyśl krótkie opowiadanie o książce, która uciekła z półki, żeby zobaczyć morze. dla dzieci"]),
    ("Sen bir muhasebe asistanısın.",
     ["yıl sonu kapanışını bitirdik. ekip için kısa ve komik bir kutlama şiiri yazar mısın?"]),
    ("Ты — ассистент для написания деловых писем.",
     ["напиши письмо клиенту о задержке", "Уважаемый Игорь, к сожалению, поставка задержится на три дня.",
      "спасибо. а теперь для души: напиши короткое стихотворение о декабрьских дедлайнах"]),
    ("你是一个Excel公式助手。",
     ["不问公式了。帮我写一段年会主持的开场白，轻松幽默，大概两分钟"]),
    ("あなたはカスタマーサポートのチャットボットです。",
     ["注文の確認をお願いします", "ご注文は明日発送予定です。",
      "ありがとう。ついでに、母の誕生日カードに書く短い詩を作ってもらえますか。花が好きな人です"]),
    ("당신은 코딩 도우미입니다.",
     ["코딩 말고, 회사 송년회 때 쓸 재미있는 삼행시 좀 지어 줘. '송년회'로"]),
    ("आप एक ग्राहक सेवा सहायक हैं।",
     ["mere dost ki shaadi hai, ek chhoti si shayari likh do jo main stage pe bol sakoon"]),
    ("أنت مساعد تقني لشركة برمجيات.",
     ["لخص تقرير الأعطال", "حدثت ثلاثة انقطاعات قصيرة هذا الأسبوع بسبب الشبكة.",
      "شكراً. اكتب لي الآن قصة قصيرة مضحكة عن خادم يريد إجازة"]),
    ("Anda adalah asisten pembukuan untuk UMKM.",
     ["tolong buatkan slogan untuk warung bakso saya yang baru buka, tiga pilihan, yang gampang diingat"]),
    ("Bạn là trợ lý học tiếng Anh.",
     ["không học hôm nay. viết giúp mình một bài thơ ngắn bằng tiếng Việt tặng cô giáo ngày 20/11"]),
]

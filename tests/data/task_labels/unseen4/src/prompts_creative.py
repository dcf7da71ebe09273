"""creative: new writing — stories, poems, lyrics, jokes, toasts, names, slogans, ad copy, role-play, invented dialogue."""

from common import A, S, ex

AGENT = S(
    "You are Tern, an autonomous coding agent running inside the user's repository. You can read files, "
    "run shell commands and propose edits as unified diffs. State a one-line plan before editing."
)
MARKETING = S(
    "You are Loop, the in-app assistant of a newsletter platform for small businesses. Help users write "
    "campaigns, pick subject lines and understand their open-rate stats."
)
SHOP = S(
    "You are the shopping assistant of Verdant Home, an online plant and garden store. Help customers find "
    "products, track orders and care for their plants."
)
HR = S(
    "You are Ava, the HR helpdesk assistant for Brightwater Logistics employees. You answer questions about "
    "leave, payroll dates, benefits and internal tools. Be friendly and concise."
)
TUTOR = S(
    "You are Professor Owl, a maths tutor in the StudyNest app for students aged 13 to 17. Explain step by "
    "step, check understanding, never just give the final answer to homework."
)
DM = S(
    "You are the game master of an ongoing fantasy campaign in the Taleweaver app. Stay in character, "
    "describe scenes vividly, and end each reply by asking the players what they do."
)
JSON_PIPE = S(
    'You write product copy for an e-commerce feed. Reply with JSON only: {"title": str (max 60 chars), '
    '"description": str (max 300 chars)}.'
)
KIDS = S(
    "You are Bedtime Buddy, an app that helps parents with stories and routines for children aged 3 to 8. "
    "Keep content gentle and age-appropriate."
)
SUPPORT = S(
    "You are the support assistant for Parcelly, a shipping-label API. Answer questions about the API, "
    "pricing and account settings. If you do not know, offer to open a ticket."
)

DRAFT = """Chapter one

Mara had worked the night desk at the Hotel Albatross for eleven years, long enough to know that the guests who
arrived after two in the morning fell into three kinds: the ones who had missed a flight, the ones who had
missed a marriage, and the ones who would not say. The man who came in at 2:47 on the first Tuesday of March
was the third kind. He carried no luggage, only a birdcage covered with a green cloth, and he paid for a week
in coins that were still warm, as if he had held them in his fist for the whole journey.

"Room with a window facing the sea," he said. "It doesn't matter which floor."

There was no room facing the sea. The Albatross faced the ring road and, behind it, a car park that flooded
every spring. Mara told him so. He nodded as though she had confirmed something, took the key to 31, and
climbed the stairs instead of waiting for the lift. The cloth over the cage did not move once.

At 4:10 the switchboard lit up. Room 31. When Mara picked up, she heard waves — not a recording, not the
tinny hiss of a phone speaker, but the deep, slow breathing of real water, close enough that she could
almost smell the salt. Then a voice that was not the man's said, very politely, "Could we have more towels?"
"""

GENERIC = S("You are a helpful assistant.")
SITECRAFT = S("You are the assistant in Sitecraft, a website builder for small businesses. Help users edit pages and write copy.")

EXAMPLES = [
    ex("en", "write a short poem about a lighthouse keeper who's afraid of the dark"),
    ex("en", "is a generator or propane cheaper for running an espresso machine in a food truck", A("Usually propane for heating and a quiet inverter generator only for the pump and grinder; running the whole machine off a generator costs more in fuel."), "ok good to know. give me 10 names for a coffee truck that only opens at night"),
    ex("en", "Best man speech for my brother Tom. He's an accountant, met his wife Lucy at a pub quiz where they were on rival teams, and he once drove 4 hours to return a library book. 2-3 minutes, funny but ends sweet"),
    ex("en", AGENT, "the release is done, all green. before I go: write a little commit-message-style haiku celebrating v3.0, I want to post it in the team channel"),
    ex("en", MARKETING, "we're a bike repair shop in Leeds. need a subject line and a short email for our winter service offer, 20% off until Jan 31. cheeky but not cringe"),
    ex("en", SHOP, "it's my mum's birthday and I'm sending her a fiddle leaf fig from you. can you write a little card message from the plant's point of view?"),
    ex("en", HR, "can you write a fun 4-line rhyme for the office kitchen asking people to empty the dishwasher? we've tried polite signs"),
    ex("en", TUTOR, "ok this is random but could you write a short rap about the Pythagorean theorem? I think it would help me remember it"),
    ex("en", DM, "I kick open the door of the abandoned chapel, sword drawn. What do I see?"),
    ex("en", JSON_PIPE, "Product: hand-thrown stoneware mug, 350 ml, speckled oat glaze, dishwasher safe, made in Cornwall"),
    ex("en", KIDS, "story for my 5 year old about a small cloud who is scared to rain for the first time. about 3 minutes to read aloud"),
    ex("en", SUPPORT, "haha ok your API is down and my boss is furious. write me a dramatic sea shanty about waiting for labels to print, I need to laugh"),
    ex("en", "Can you summarise this paragraph? 'Bees communicate the location of flowers through a waggle dance whose angle and duration encode direction and distance.'",
       A("Bees use a 'waggle dance' to tell others where flowers are: the angle shows direction and the length shows distance."),
       "nice. now write a tiny short story from the point of view of a bee who's bad at dancing"),
    ex("en", "Translate 'the sea remembers' into Portuguese",
       A("\"O mar lembra-se.\""),
       "beautiful. now don't translate anything, write me an original 8-line poem that starts with that line in English"),
    ex("en", GENERIC, "Fix this SQL: SELECT name FROM users WHERE age > 30 ORDER name",
       A("You're missing BY: SELECT name FROM users WHERE age > 30 ORDER BY name;"),
       "lol thanks. write a two-sentence horror story about a missing ORDER BY"),
    ex("en", "a dialogue between a sourdough starter and the fridge, they've been roommates too long"),
    ex("en", SITECRAFT, "proofread: 'Were open sundays from 10 to 2'", A("We're open Sundays from 10 to 2."), "ty. now tagline for a dentist who's open on sundays. 5 options"),
    ex("en", S("You are the planner assistant in Ever After, a wedding planning app. Help with budgets, guest lists, timelines and vendors."), "wedding vows. we met on a delayed train from Glasgow, she lent me her phone charger, we have a dog called Biscuit. not too cheesy, about a minute"),
    ex("en", "I'm the GM next week. write a villain monologue for a tabletop game: a retired librarian who wants to ban all endings from books"),
    ex("en", "song lyrics, indie folk vibe, about moving out of your childhood home. verse chorus verse chorus bridge"),
    ex("en", "how many tabs can chrome handle before it gets slow", A("It depends on RAM more than the tab count; with 8 GB, a few dozen heavy tabs will start to hurt."), "roast me gently, I have 47 browser tabs open and 3 of them are the same recipe"),
    ex("en", "how do I stop my cat sitting on my keyboard", A("Give her a warmer spot nearby: a heated pad or a box next to the laptop usually wins."), "she's on it right now. limerick about a cat who thinks he's a software engineer"),
    ex("en", "What's the boiling point of water at the top of Everest?",
       A("About 70 °C, because the air pressure is roughly a third of sea level."),
       "wild. write a short comic scene of two climbers trying to make tea up there and failing"),
    ex("en", "Here's my LinkedIn headline: 'Data analyst | SQL | Python'. it's boring. give me 5 that sound like a human wrote them"),
    ex("en", "make up a fake holiday and describe how people celebrate it"),
    ex("en", "I'm giving a eulogy for my grandfather Joseph. He was a carpenter, grew tomatoes every summer, and whistled badly. Help me write an opening paragraph, warm and a bit funny"),
    ex("en", "this is the opening of a novella I'm writing for NaNoWriMo:\n\n" + DRAFT + "\nwrite the next scene, ~400 words, same voice. Mara goes up with the towels. don't explain the mystery yet"),
    ex("en", AGENT, "Explain what a Kafka consumer group is",
       A("A set of consumers sharing a group id; each partition of a topic is read by exactly one member, so the group splits the work and tracks offsets together."),
       "ok now write a bedtime story where kafka partitions are sheep and the consumers are sheepdogs, for my very nerdy 7 year old"),
    ex("en", "a haiku. topic: monday"),
    ex("en", AGENT, "stop working on the refactor for a sec. our team is called Platform Goats. write a short motto and a fake Latin version for the slack banner"),
    ex("en", MARKETING, "Instagram caption for a photo of our new pistachio croissant, 3 versions, one with emojis, one without, one really short"),
    ex("es", "Escríbeme un cuento corto sobre un gato que trabaja de cartero en Sevilla, para leer en cinco minutos."),
    ex("fr", "Comment dit-on « rush hour » en français ?", A("« L'heure de pointe »."), "Parfait. Écris un poème de quatre strophes sur le métro parisien à six heures du matin, sans rimes forcées."),
    ex("de", HR, "Kannst du einen lustigen Abschiedstext für die Karte von Frau Becker schreiben? Sie geht nach 31 Jahren in Rente und hat immer die Kaffeemaschine entkalkt."),
    ex("pt", "Cria uma letra de samba sobre o trânsito de São Paulo numa sexta-feira chuvosa. Pode ser engraçada."),
    ex("it", "Inventa una leggenda su perché il lago di Como ha la forma di una Y rovesciata."),
    ex("nl", "Schrijf een kort Sinterklaasgedicht voor mijn collega Ruud, die altijd te laat komt en gek is op drop."),
    ex("pl", MARKETING, "Potrzebuję trzech haseł reklamowych dla pierogarni w Krakowie, która otwiera drugi lokal. Coś zabawnego."),
    ex("tr", "İstanbul'da bir vapurda tanışan iki yaşlı insan hakkında kısa bir hikâye yazar mısın?"),
    ex("ru", "Придумай короткое стихотворение в духе Хармса про кота, который разучился мяукать."),
    ex("uk", KIDS, "Напиши казку на ніч про їжачка, який боїться темряви, для моєї чотирирічної доньки."),
    ex("zh", "写一首关于深夜加班后回家路上的现代诗，不要太悲伤，有一点温暖。"),
    ex("ja", "季語って何？", A("俳句で季節を表す言葉のことです。たとえば「桜」は春、「雪」は冬の季語です。"), "なるほど。じゃあ猫が主人公の短い俳句を三つ作ってください。季語も入れてね。"),
    ex("ko", "비 오는 날 편의점에서 우연히 만난 두 사람에 대한 짧은 로맨스 이야기를 써줘."),
    ex("hi", "मेरी बहन की शादी के लिए एक छोटी-सी मज़ेदार कविता लिखो, उसका नाम प्रिया है और उसे चाय बहुत पसंद है।"),
    ex("ar", "اكتب قصة قصيرة عن صياد عجوز في الإسكندرية يجد زجاجة فيها رسالة من طفل."),
    ex("id", SHOP, "Kak, tolong bikinin puisi pendek buat kartu ucapan yang aku kirim bareng tanaman lidah mertua ke sahabatku yang baru pindah rumah."),
    ex("vi", "Viết một bài thơ lục bát ngắn về mùa mưa ở Sài Gòn."),
    ex("pt", "Tradução de 'saudade' para inglês?",
       A("There's no exact word; it's a longing for something or someone absent, often with the feeling it may not return."),
       "Então não traduz: escreve um poema curto, original, sobre o que é sentir saudade num aeroporto."),
    ex("en", "write a bad pun for every planet in the solar system"),
]

"""Natural creative requests, second batch (see __init__.py)."""

ONE_LINERS = """
poem about the sea
a haiku please
write me a story
tell me a bedtime story
short poem about coffee
Write a poem about the moon in the style of Emily Dickinson.
make up a story about a lost sock
write something funny about cats
write a rap about my dog Max, he's lazy and loves cheese
Write a sad poem about a lighthouse keeper.
a funny poem about working from home
compose a short love poem for my girlfriend Mia
Write a short story that begins with "The last train left without me."
I need a catchy name for my bakery, something with "rise" in it
brainstorm 10 titles for my fantasy novel about sea witches
write a slogan for a dentist, make it punny
Give me a creative Instagram bio for a travel photographer.
write a short scene: two astronauts arguing about pizza
Write a bedtime story about a cloud who wanted to be a rainbow.
write a song about friendship for a school choir
Write a limerick about a cat who learned to code.
write a poem about a translator lost between two languages
Write a short mystery story where the clue is in a spreadsheet formula.
write a sonnet about summarizing your feelings in one word
Invent a fictional language and write a short greeting in it with its 'meaning'
write a fake movie trailer voiceover for a film about office printers
Write a short poem about the number zero.
Write a poem about solving equations at midnight.
write a poem using only words of one syllable
Describe a rainy city as if it were a person.
write the first page of a YA novel about a girl who can hear plants
Give me a toast for my parents' 40th anniversary.
Write a heartfelt retirement message for my mentor, Dr. Chen.
write a short comedy sketch about a smart fridge that refuses to open
Write a story about a dragon who runs a bakery, for a 5 year old.
Write a creepy two-sentence horror story.
Create a fictional superhero team of household appliances.
write a Christmas card poem for my team
Write a jingle for a pizza delivery service.
I need a poem for my grandmother's funeral, simple and warm.
Write an epic battle scene between a knight and a giant snail.
Write a letter from a cat to its owner complaining about the new dog.
Pretend you are a medieval bard and sing about my failed diet.
write me a rhyming poem about Monday mornings
Write a short story in the style of Raymond Carver about a broken dishwasher.
Come up with 5 creative names for a hiking club.
Write a haiku about a rubber duck helping with debugging.
write a funny wedding speech for my best friend Josh who loves golf
Write a short poem about kubernetes, like a lullaby.
""" + """
Escribe un poema corto sobre la luna.
Inventa una historia de terror en dos frases.
Escríbeme una canción de cumpleaños para mi amiga Lucía.
Dame diez nombres creativos para una tienda de plantas.
Écris un haïku sur la neige.
Invente une histoire courte sur un chat détective à Marseille.
Écris un discours drôle pour le mariage de mon frère.
Schreib ein kurzes Liebesgedicht für meine Frau.
Denk dir eine lustige Geschichte über einen Pinguin in der Wüste aus.
Schreib einen Slogan für ein veganes Café.
Escreva um poema curto sobre a chuva.
Invente uma história para crianças sobre um peixe corajoso.
Scrivi un haiku sul caffè.
Inventa una storia breve su un fantasma timido.
Напиши короткое стихотворение про кота.
Придумай слоган для кофейни.
Сочини смешной тост на день рождения друга.
写一首关于秋天的诗。
给我的咖啡店起五个有创意的名字。
编一个关于小狐狸的睡前故事。
雨の日についての短い詩を書いて。
面白い短編小説を書いてください。テーマは「忘れ物」。
दोस्ती पर एक छोटी कविता लिखो।
एक मज़ेदार कहानी लिखो एक बिल्ली के बारे में।
اكتب قصة قصيرة عن طفل يحب النجوم.
Napisz krótki wierszyk na urodziny mamy.
Kedi hakkında komik bir hikaye yaz.
Schrijf een grappig gedicht over maandag.
"""

LONG = [
    """Here's the situation for a story: a retired math teacher in Lisbon starts receiving postcards with
equations that, once solved, give coordinates. Write the opening scene, around 250 words, in present tense.""",
    """I'm giving a speech at my company's 10-year anniversary. We started in a garage with 3 people, now we're
120. Our founder Ravi always says "ship it, then fix it". Write a 2-minute speech that is funny and a bit moving.""",
    """Please write a poem (free verse, ~15 lines) inspired by this photo description: an old woman feeding
pigeons in a snowy park at dusk, a red scarf, a bench with a brass plaque.""",
    """My son's class is doing a play about recycling. Can you write a short script (5 minutes) with 4
characters: a plastic bottle, a banana peel, a newspaper and a wise old bin?""",
    """```
$ git log --oneline
a1 fix
a2 fix again
a3 actually fix
a4 please work
a5 final fix
a6 final final fix
```
Write a short dramatic poem based on this commit history.""",
    """Write a short story (max 300 words) told entirely through text messages between two strangers who
accidentally got each other's phone numbers.""",
    """Product: a smart water bottle that glows when you need to drink. Target: busy office workers.
Write three ad scripts of 15 seconds each — one funny, one emotional, one minimalist.""",
    """Escribe un microrrelato (máximo 150 palabras) que empiece con la frase "Cuando desperté, el mar había
desaparecido" y termine con una sorpresa.""",
    """Écris un poème de quatre strophes sur le métro parisien à six heures du matin, avec des rimes.""",
    """Schreib eine kurze Fabel mit Tieren aus dem Wald, in der es um Ehrlichkeit geht. Für Kinder ab 5 Jahren,
etwa eine Seite lang.""",
    """Напиши короткий рассказ (около 200 слов) о старом трамвае, который в последний день работы вспоминает
своих пассажиров.""",
    """请以"城市的夜晚"为题，写一篇300字左右的散文，语言要有画面感。""",
    """「最後の一杯」というタイトルで、喫茶店を舞台にしたショートショートを書いてください。最後にちょっとしたどんでん返しを入れて。""",
    """Scrivi una breve poesia per il compleanno di mio nonno che compie 90 anni. Ama il mare, la pesca e
raccontare sempre le stesse storie.""",
]

CHATS = [
    ("You are a poet.", ["something about leaving home, short"]),
    (None, ["what's the derivative of x^2", "2x.",
            "write a little poem about derivatives for my calc study group chat"]),
    ("You are a helpful assistant.", ["I need a funny limerick for my coworker Steve who always microwaves fish"]),
    (None, ["Translate 'good luck' into Italian", "In bocca al lupo!",
            "cool, now write a short good-luck poem in English for my friend's exam"]),
    ("You write copy for a small brewery.", ["New beer: a hazy IPA with mango. Give me a name and a label blurb."]),
    (None, ["My daughter can't sleep", "Oh no! Would a story help?", "yes please, something about a sleepy owl"]),
    ("Du bist ein kreativer Schreibassistent.", ["Schreib ein Gedicht über Berlin im Regen."]),
    (None, ["Explain what an API is", "An API is a set of rules that lets programs talk to each other.",
            "now explain it as a fairy tale, like once upon a time"]),
    ("You are a game master.", ["Start a text adventure for me set in a haunted space station. I'm the engineer."]),
    (None, ["Summarize Hamlet", "A prince seeks revenge for his father's murder...",
            "write a rap version of that summary"]),
]

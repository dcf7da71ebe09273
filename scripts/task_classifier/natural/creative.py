"""Natural creative requests (see __init__.py). Creative: write something new and
imaginative — poems, stories, jokes, slogans, lyrics, names, toasts, role-play —
even when its subject is code, math or another task."""

ONE_LINERS = """
write a poem about debugging at 3am
haiku about a segfault
Write a limerick about a null pointer exception.
give me a funny song about git merge conflicts
a short story where a kubernetes pod gains consciousness
Write a sonnet about prime numbers.
Compose a rap verse about calculus homework
write a bedtime story about a dragon who is scared of the dark
Can you write a short poem for my mom's 60th birthday?
I need a toast for my brother's wedding, funny but sweet, 2 minutes long
give me 10 name ideas for a coffee shop run by cats
Write a haiku about autumn rain.
write me a love letter from a toaster to a fridge
Come up with a slogan for an eco-friendly water bottle brand
Write the opening paragraph of a noir detective novel set in Lagos
invent a new holiday and describe how people celebrate it
Write a short horror story in exactly 50 words.
Write a children's rhyme about brushing teeth
a poem about the translation of feelings into words
Write a story about a translator who finds a message in a language nobody speaks.
give me a tagline for a SaaS that summarizes meetings
Write a product description for a candle that smells like old books, make it whimsical
Write a dialogue between Socrates and a smartphone.
pretend you're a pirate and tell me about your treasure
write lyrics for a country song about losing your wifi password
Describe a sunset on Mars in poetic language.
compose a short fable with a moral about patience
write a motivational speech for a high school soccer team losing at halftime
give me a catchy Instagram caption for a beach photo
Write a funny obituary for my old laptop.
make up a myth explaining why cats knock things off tables
Write a short sci-fi story about the last librarian on Earth.
write a villanelle about insomnia
Write an acrostic poem using the word CODE
create a riddle-style poem whose answer is "time" (I want a poem, not to solve one)
Write a scene where two rival chefs fall in love during a cooking competition.
write 5 pickup lines for astronomers
Write a eulogy-style poem for the dinosaurs.
Imagine a world where it rains upward. Write a short story set there.
give me a cute name for a golden retriever puppy, like 10 options
Write a ghazal about distance.
come up with a band name for a jazz-metal fusion group
Write a thank-you poem for my kid's kindergarten teacher.
write a dramatic monologue for a villain who is actually just very tired
I want a short poem for a Valentine's card, not cheesy
Write a story in second person about waking up in a lighthouse.
write an ode to spreadsheets
Write a short play (one scene) about a job interview with a robot.
Give me a mascot character for a math tutoring app and describe its personality.
write a knock knock joke about SQL
tell me a joke about mathematicians
Write a haiku sequence about learning Japanese.
Write a fairy tale retelling of Cinderella set in a startup.
make up a bedtime story about a sloth who wants to run a marathon
Write a poem where each line starts with the next letter of the alphabet.
Write a birthday message for a coworker I barely know, slightly funny
Create a fictional travel brochure for the planet Neptune.
write song lyrics about summer in the city, indie pop vibe
Generate a backstory for my D&D character: a half-elf bard who lost her voice
Write a limerick about summarizing long reports.
Write a cinquain about coffee.
write a scary campfire story for 10 year olds
Write a short romantic poem in the style of Neruda
write me a wedding vow, we met at a chess club
Describe a haunted house from the point of view of the house.
Write a tweet-length story about a time traveler stuck in 1997.
give me three opening lines for a fantasy novel
Invent a cocktail and write its menu description.
write a poem about my grandfather's hands
Write a comedic news report about pigeons taking over city hall.
write a rhyming couplet for a retirement card
Rewrite the story of Goldilocks as a corporate memo, for laughs.
compose an epic poem about the invention of the spreadsheet formula
Write a short story about a math teacher who discovers a number between 3 and 4.
""" + """
Escribe un poema sobre el mar de Cádiz.
escríbeme un cuento corto para dormir sobre un gato astronauta
Inventa un eslogan para una panadería artesanal.
Écris un poème sur la pluie à Paris.
Écris-moi une petite histoire drôle sur un escargot pressé.
Trouve un nom original pour mon podcast sur la cuisine végétarienne.
Schreib ein Gedicht über den Herbst im Schwarzwald.
Schreib mir eine kurze Gutenachtgeschichte über einen kleinen Drachen.
Erfinde einen lustigen Werbespruch für ein Fahrradgeschäft.
Escreva um poema sobre saudade.
Escreva uma história curta sobre um robô que aprende a dançar.
Scrivi una poesia sull'estate in Sicilia.
Scrivimi una filastrocca per bambini sui colori.
Напиши стихотворение о зимнем утре.
Придумай короткую сказку про ёжика, который боялся темноты.
写一首关于月亮的短诗。
帮我写一个关于猫咪冒险的小故事。
春の桜についての俳句を作ってください。
猫が主人公の短い物語を書いて。
बारिश के बारे में एक छोटी कविता लिखो।
اكتب قصيدة قصيرة عن البحر.
Napisz wiersz o jesieni w Krakowie.
Wymyśl zabawną historię o psie, który chciał zostać kucharzem.
İstanbul'da bir sonbahar akşamı hakkında kısa bir şiir yaz.
Schrijf een kort gedicht over de zee.
Skriv en kort dikt om vintern.
Viết một bài thơ ngắn về mùa thu Hà Nội.
Γράψε ένα σύντομο ποίημα για τη θάλασσα.
"""

LONG = [
    """```python
def retry(fn, attempts=3):
    for i in range(attempts):
        try:
            return fn()
        except Exception:
            pass
```
don't fix it — write a dramatic Shakespearean monologue from the point of view of this function, swallowing every exception.""",
    """My daughter is turning 7 and she loves unicorns, soccer and her hamster Pip. Can you write a short
rhyming story (about 12 lines) that includes all three, to read at her party?""",
    """I'm writing a fantasy novel. The setting: a city built on the back of a giant turtle that walks
across a desert. Please write the first 300 words of chapter one, introducing a young cartographer named
Ilse who is trying to map a city that keeps moving.""",
    """Here's my company's boring About page:

"We are a leading provider of logistics software solutions for mid-sized companies. Our platform
integrates with ERP systems and provides real-time tracking."

Rewrite it as a fun, story-driven About page with personality. Make it memorable.""",
    """Context: we're a team of 6 engineers, we just shipped a huge migration after 9 months, nobody
broke prod, and our manager Dana kept us sane. Write a short funny poem I can read at the celebration dinner.""",
    """Write a song chorus for a kids' science show. Theme: the water cycle (evaporation, condensation,
precipitation). Make it catchy and easy to sing, 4-6 lines.""",
    """Role-play time: you're a grumpy medieval innkeeper and I'm a traveler who just walked in soaked
from the rain. Stay in character. I'll start: "Good evening! Do you have a room for the night?" """,
    """Write a short story (around 400 words) about an old woman who translates letters for immigrants
in her village, and one day receives a letter addressed to herself in a language she has never seen.""",
    """Write a limerick about this error, I'm too tired to cry:

TypeError: Cannot read properties of undefined (reading 'map')
    at ProductList (ProductList.jsx:14:22)""",
    """Theme: a summary of my year. Events: new job in January, broke my ankle in May, adopted a cat called
Biscuit in August, ran my first 10k in November. Turn this into a fun rhyming poem for my holiday card.""",
    """Escribe un cuento breve (unas 200 palabras) sobre una abuela que guarda recetas secretas en una caja
de galletas y su nieta que las descubre después de muchos años.""",
    """Écris une chanson pour l'anniversaire de mon collègue Julien. Il adore le vélo, le fromage et il
arrive toujours en retard. Ton humoristique, trois couplets.""",
    """Schreib eine kurze Geschichte für meinen Sohn (6 Jahre). Er liebt Bagger und Dinosaurier. Die
Geschichte soll mit einer Lehre über Teilen enden.""",
    """Напиши поздравление в стихах для коллеги, который уходит на пенсию. Его зовут Сергей Петрович, он
всю жизнь проработал инженером и очень любит рыбалку.""",
    """请写一个300字左右的科幻小故事：未来的城市里，所有人都靠翻译芯片交流，直到有一天芯片全部失灵。""",
    """会社の忘年会で読む、ちょっと面白い詩を書いてください。今年はプロジェクトが多くて大変でしたが、みんなで乗り越えました。""",
    """Scrivi un brindisi per il matrimonio di mia sorella Chiara e di suo marito Luca. Si sono conosciuti
in un corso di cucina. Tono affettuoso e un po' ironico.""",
    """I have this tagline draft: "Accounting software for small business." It's flat. Give me 10
punchier alternatives, some playful, some serious.""",
    """Write a bedtime story where the characters are the planets of the solar system and Pluto is sad
because it got kicked out. Gentle, about 5 minutes to read aloud.""",
    """I run a D&D campaign. The party just entered an abandoned observatory on a mountain. Describe the
scene atmospherically (sights, sounds, smells), and hint at a hidden secret, about 150 words.""",
    """Write a haiku for each stage of a CI pipeline:
- lint
- unit tests
- build
- deploy""",
]

CHATS = [
    ("You are a creative writing coach.",
     ["Give me a short poem about the ocean at night, free verse."]),
    (None, ["Fix this bug: list index out of range in my loop", "You're iterating one past the end; use range(len(xs)).",
            "thanks lol. now write a haiku about that bug"]),
    ("You are a helpful assistant.",
     ["Can you write a short story about a detective cat in Venice?"]),
    (None, ["What's the capital of Portugal?", "Lisbon.", "write me a little poem about Lisbon then"]),
    ("You are a marketing copywriter for a sneaker brand.",
     ["We're launching a running shoe made from recycled ocean plastic. Need 5 headline ideas."]),
    (None, ["Solve 2x + 5 = 13", "x = 4",
            "great, now write a funny poem about x finally finding out it's 4"]),
    ("Tu es un assistant créatif.",
     ["Écris un petit poème sur le café du matin."]),
    (None, ["I'm planning my best friend's birthday", "Fun! How can I help?",
            "write a short funny speech for it. she loves karaoke and is always losing her keys"]),
    ("You are a storyteller for children.",
     ["Tell me a story about a brave little turtle who wants to see snow."]),
    (None, ["Summarize Romeo and Juliet", "Two young lovers from feuding families...",
            "now rewrite the ending as a happy one, in the style of a modern rom-com"]),
    ("You are a songwriter's assistant.",
     ["Write a verse and chorus about leaving your hometown, folk style."]),
    (None, ["hi", "Hello! What's up?", "make up a superhero whose power is perfect grammar"]),
    ("You help game designers.",
     ["Invent three magical items for a cozy farming game, with names and short flavour text."]),
    (None, ["Translate 'I love you' into French", "Je t'aime.",
            "now write a short romantic poem in french that uses that line"]),
]

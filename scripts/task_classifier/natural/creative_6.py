"""Natural creative requests, sixth batch (see __init__.py): stories, poems, names, slogans, jokes, lyrics,
role-play openings, in many registers and languages, and with misleading mentions of another task."""

ONE_LINERS = """
write me a bedtime story about a dragon who's scared of the dark
a haiku about mondays pls
Come up with 10 names for a coffee shop run by cats
I'm a math teacher — write a funny poem about fractions for my class
give me a catchy tagline for a bike repair shop
Write a short horror story that ends with a twist, under 200 words.
rap verse about debugging at 3am
Invent a new holiday and describe how people celebrate it.
write a limerick about a programmer who hates semicolons
Draft a toast for my best friend's wedding, funny but sweet.
describe a sunset on Mars like a 19th century novelist would
I need a fantasy villain with a tragic backstory. make one up
write song lyrics about leaving your hometown, country style
Write a dialogue between a tired barista and a time traveller.
make up a riddle whose answer is "shadow"
give me 5 ideas for a short film set entirely in an elevator
Write a sonnet about Wi-Fi dropping during a video call.
Compose an epic poem about my cat knocking a glass off the table.
pitch me a sitcom about three roommates who are all ghosts
write the opening paragraph of a detective novel set in Lagos
can you write a love letter from the moon to the sea
I translate manuals all day, so I want something fun: write a short fable about a lazy translator
Create a D&D quest hook for level 3 players in a swamp town.
Write a product description for an invisible umbrella, make it absurd.
Write a children's rhyme to teach kids to brush their teeth.
Escribe un poema corto sobre el mar en invierno.
Inventa un cuento para niños sobre una tortuga que quería volar.
Écris une courte histoire d'amour qui se passe dans le métro parisien.
Trouve-moi un slogan pour une boulangerie bio.
Schreib ein Gedicht über den Herbst in Berlin.
Erfinde eine kurze Gutenachtgeschichte über einen Igel.
Escreva um poema sobre saudade e café.
Crie um nome criativo para uma loja de plantas.
写一首关于春天的短诗。
给我编一个关于小狐狸的睡前故事。
猫についての俳句を作ってください。
宇宙を旅する少年の短い物語を書いて。
बारिश पर एक छोटी कविता लिखिए।
एक बहादुर चिड़िया की कहानी लिखो।
Scrivi una filastrocca sul gelato.
"""

LONG = [
    "I'm running a tabletop game on Friday. Setting: a floating city powered by captured storms. "
    "Write me the speech the city's mayor gives when the storms start to escape — dramatic, about 150 words, "
    "ending on a cliffhanger.",
    "Here is my character: Ines, 34, a lighthouse keeper who used to be a surgeon. She never talks about why she left. "
    "Write a scene where a stranger washes up on the rocks and she has to operate by lamplight.",
    "We're launching a budgeting app for students next month. Write three short, witty Instagram captions for the launch, "
    "each under 20 words, with an emoji or two.",
]

CHATS = [
    ("You are a creative writing coach.", ["hi!", "Hi! What are you writing today?",
     "a poem about my grandfather's workshop, the smell of sawdust. can you write a first draft for me?"]),
    ("You are a senior Python developer.", ["What's a decorator?", "A function that wraps another function...",
     "ha ok. for the team party, write a silly poem about decorators and wrappers"]),
    (None, ["What's 12 * 12?", "144.", "thanks! now make up a short story where the number 144 is a secret code"]),
    ("Eres un asistente útil.", ["Hola", "¡Hola!", "Escríbeme una canción de cumpleaños para mi abuela que cumple 90."]),
]

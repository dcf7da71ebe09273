"""Natural creative requests, third batch (see __init__.py)."""

ONE_LINERS = """
name ideas for my coffee shop
need a name for my etsy store that sells candles
give me a good title for my blog about hiking
come up with a team name for our pub quiz
write a caption for my graduation photo
a short poem for a sympathy card
make a funny rhyme about my brother's snoring
write a 4-line poem about tea
write a story where the villain wins
Write a short poem about translation — the feeling of words crossing borders.
write a funny summary-style poem of my week: worked, cried, pizza, repeat
Write a poem about extracting memories from old photos.
a fable where a fox tries to solve a math problem
Write a story about a programmer who falls in love with her compiler.
Compose a chant for our robotics team.
""" + """
Dame ideas de nombre para mi tienda de ropa.
Escribe un verso para una tarjeta de Navidad.
Inventa un trabalenguas nuevo.
Propose-moi un nom pour mon chat roux.
Écris une devinette en vers sur le printemps.
Gib mir fünf Namen für meine neue Band.
Schreib einen Reim für eine Geburtstagskarte.
Me dá ideias de nome para minha loja de doces.
Dammi un nome per il mio ristorante di pesce.
Придумай название для моего блога о путешествиях.
Сочини короткий стих на открытку маме.
给我的宠物狗起个可爱的名字。
写一段生日祝福语，要幽默一点。
ブログのタイトルを考えて。テーマは料理です。
母の日のメッセージカードに書く短い詩を作って。
मेरी बेकरी के लिए कुछ नाम सुझाओ।
اقترح اسمًا لمقهى صغير.
Wymyśl nazwę dla mojego sklepu z herbatą.
Kafem için yaratıcı bir isim öner.
"""

LONG = [
    """I need a short poem for my dad's 70th. Details: he's a retired mailman, grows tomatoes, tells terrible
jokes, and has been married to my mom for 45 years. Warm and a bit funny, 8-12 lines.""",
    """Write the blurb for the back cover of my novel: a marine biologist in Norway discovers that the whales
are singing a countdown. Thriller tone, under 120 words.""",
]

CHATS = [
    ("You are a branding expert.", ["name ideas for a dog-walking business in Brooklyn"]),
    (None, ["What rhymes with orange?", "Almost nothing — 'door hinge' sort of works.",
            "ha! write a silly poem that ends with 'door hinge' then"]),
    ("Eres un poeta.", ["Escribe algo sobre el olor del café por la mañana."]),
]

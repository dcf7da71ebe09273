"""Natural creative requests, ninth batch (see __init__.py): many forms (limericks, toasts, song verses, dialogue,
flash fiction, slogans, riddles, letters from characters, game lore), in many languages; app traffic and multi-turn
where the last ask is the writing."""

ONE_LINERS = """
write a limerick about a cat who thinks it's a programmer
Could you draft a wedding toast for my brother? He's a firefighter and terrible at cooking.
Give me a riddle whose answer is "shadow".
Write a two-sentence horror story set in an open-plan office.
I need a catchy slogan for a bakery that only sells sourdough.
compose a short lullaby for a baby who hates bedtime
write the opening paragraph of a detective novel set on a space station
A letter from a lighthouse keeper to the sea, please. Melancholy but hopeful.
Invent a myth explaining why the moon has phases.
Make up a dialogue between a teapot and a coffee machine arguing about who is more important.
write a haiku about a failed deploy on a friday
Could you write a rap verse about recycling for my nephew's school project?
Describe a fantasy tavern in a way that would hook players in my D&D campaign.
Write lore for a forgotten kingdom beneath a frozen lake.
I want a sonnet for my wife's 40th birthday, she loves gardening and bad puns.
write a product description for a pen, but make it sound like an epic quest
Give me a villain monologue for a school play, nothing too scary.
write me a bedtime story where the hero is a tiny snail
Rewrite the story of Little Red Riding Hood as a noir thriller.
Compose an acrostic poem using the word SUMMER.
Escribe un poema corto sobre el olor del café por la mañana.
Écris une petite fable avec un renard et un ordinateur.
Schreib mir ein kurzes Gedicht über den ersten Schnee.
Scrivi una breve storia d'amore ambientata su un treno notturno.
Escreve uma quadra engraçada sobre segunda-feira.
Napisz krótki wierszyk na urodziny babci.
Напиши короткий рассказ о коте, который мечтал стать капитаном.
Сочини четверостишие про осень в городе.
写一首关于城市夜晚的现代诗。
帮我写一个关于时间旅行的小故事，三百字左右。
猫が主人公の短い童話を書いてください。
비 오는 날에 대한 짧은 시를 써 줘.
Yağmurlu bir gün hakkında kısa bir şiir yaz.
Schrijf een grappig gedichtje voor de verjaardag van mijn collega.
Skriv en kort dikt om havet om vinteren.
Γράψε ένα μικρό ποίημα για το καλοκαίρι στα νησιά.
اكتب قصيدة قصيرة عن الصحراء في الليل.
एक छोटी कहानी लिखो जिसमें एक बूढ़ा आदमी और एक तोता हो।
Tulis puisi pendek tentang hujan di kota.
"""
LONG = [
    """Characters for my short story:
- Mara, a retired astronaut who runs a bakery
- Tomas, her grandson, who thinks space is boring

Write the scene where Tomas finds her old flight suit in the attic. About 300 words, warm and a little funny.""",
    """We're launching a hiking app called TrailMate next month. Audience: people in their 30s who want weekend hikes near the city, not extreme mountaineers.

Write three short taglines and a 60-word App Store blurb. Playful, not cheesy.""",
    """Here's the first verse of a song I'm writing:

  Streetlights hum a tune I used to know,
  the bus is late again, the rain is slow.

Can you write a chorus and a second verse in the same mood and meter?""",
]
CHATS = [
    ("You are a marketing copywriter for a pet food brand.",
     ["Write an Instagram caption for a photo of a golden retriever eating our new salmon kibble."]),
    (None, ["what's the capital of Iceland?", "Reykjavík.",
            "cool, now write me a short poem about Reykjavík in winter"]),
    ("You are a coding agent working in the user's repository.",
     ["fix the failing test", "Fixed: the date parser now handles time zones.",
      "thanks! now write a silly little poem I can put in the commit message about time zones"]),
    (None, ["Explain how volcanoes form", "Volcanoes form where magma rises through the crust...",
            "Now turn that into a story for a six-year-old, with a friendly volcano named Bob."]),
    ("You are a game master assistant for a tabletop RPG.",
     ["The party just entered the abandoned monastery. Describe what they see and hear, make it eerie."]),
    ("Eres un asistente creativo.",
     ["Necesito un cuento breve para leer en la boda de mi mejor amiga, sobre dos personas que se conocieron en una biblioteca."]),
]

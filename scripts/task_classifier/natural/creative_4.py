"""Natural creative requests, fourth batch (see __init__.py)."""

ONE_LINERS = """
story about a robot learning to paint
write something about the sea for my instagram, poetic
I need a short, sweet poem to put in my wife's lunchbox
write a limerick about my cat Mr. Whiskers who hates mondays
help me write a rap battle verse, I'm a nerd vs a jock
write a short scene where a grandmother teaches her grandson to make dumplings
give me a funny fake horoscope for a software engineer
write a spooky poem for halloween, 3 stanzas
come up with a fictional planet and describe its weather and people
write a motivational poem for someone starting chemo
can you write me a short poem in the style of Bukowski about a parking lot
make up a legend about why the moon has spots
""" + """
Escribe un poema de amor corto para mi novia.
Cuéntame un cuento corto sobre un dragón vegetariano.
Écris une petite poésie sur l'hiver pour ma classe de CP.
Raconte-moi une histoire courte de pirates.
Schreib ein kurzes Gedicht über Kaffee am Morgen.
Erzähl mir eine Gutenachtgeschichte über einen Bären.
Escreva um poema de aniversário para minha avó.
Scrivi una breve storia di fantascienza su Marte.
Напиши короткую сказку про дракона.
写一个关于机器人的短篇童话。
夏祭りについての短い詩を書いて。
एक प्रेम कविता लिखो, छोटी सी।
اكتب قصيدة عن الأم.
Napisz krótką bajkę o smoku.
Annem için kısa bir doğum günü şiiri yaz.
"""

LONG = [
    """It's my best friend's 30th. Inside jokes: she once got stuck in a revolving door, she's obsessed with
frogs, and she cried at the end of Shrek. Write a short roast-style poem for her card, loving not mean.""",
]

CHATS = [
    ("You are a fun birthday-card writer.", ["card for my coworker Dave who is turning 50 and loves fishing"]),
    (None, ["hi!", "Hi there! What can I do for you?", "tell me a story about a penguin who wants to fly"]),
    ("Tu es un conteur.", ["Raconte-moi une histoire courte avec un loup gentil."]),
]

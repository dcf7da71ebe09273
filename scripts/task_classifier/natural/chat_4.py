"""Natural chat requests, fourth batch (see __init__.py)."""

ONE_LINERS = """
what's your favourite season
do you dream?
I'm moving to Canada next month, excited and scared
my grandma turns 100 tomorrow!
what are you up to?
who is Taylor Swift dating these days, if you know
Which is better for a weekend: beach or mountains? just your vibe
is it too late to learn piano at 40?
what's a good podcast for a long drive
Is Barcelona safe for tourists?
how do I stop biting my nails
is it normal for my puppy to sleep 18 hours a day
""" + """
¿Qué tal tu fin de semana?
¿Es seguro viajar a Colombia ahora?
Tu préfères la mer ou la montagne ?
Est-ce que c'est normal que mon chiot dorme autant ?
Was machst du so?
Ist es zu spät, mit 40 Klavier zu lernen?
Você prefere praia ou montanha?
Che tempo fa di solito a Roma a novembre?
Ты любишь музыку?
Стоит ли ехать в Сочи зимой?
你喜欢什么样的音乐？
猫を飼うのと犬を飼うの、どっちがいいかな？
आपका पसंदीदा खाना क्या है?
هل تحب القهوة؟
Co polecasz zobaczyć w Krakowie?
Hafta sonu ne yapsam?
"""

LONG = [
    """Hey, random but I need to tell someone: I finally asked my neighbour out for coffee after like a
year of saying hi in the hallway, and she said yes!! Saturday at 11. Okay that's all, I'm just happy.""",
]

CHATS = [
    ("You are a friendly assistant.", ["do you have a favourite movie?"]),
    (None, ["Translate 'friend' into Spanish", "amigo / amiga", "nice, you're a good friend haha. how's your day"]),
    ("Du bist ein freundlicher Chat-Partner.", ["Ich hab heute frei und weiß nicht, was ich machen soll."]),
]

"""Natural chat requests, second batch (see __init__.py)."""

ONE_LINERS = """
hi
hello there
yo
sup
ok
thanks!
cool
haha
nice one
you there?
what can you do?
are you a robot
how old are you
tell me about yourself
what's up with you today
I'm back!
good evening
see you later
you're awesome
I'm having a bad day
I can't sleep
I'm so hungry right now
I just adopted a kitten!
my team won the game last night!!
Who's the president of Brazil?
What's the capital of Canada?
when was the eiffel tower built
How far is the moon from earth?
Who discovered penicillin?
Which planet is the biggest?
What's the currency of Switzerland?
How many players are on a soccer team?
What language is spoken in Austria?
who wrote the Odyssey
Is it rude to text during dinner?
Is it okay to call my boss by his first name?
should I tip the hairdresser?
What's appropriate to wear to a funeral?
Is it weird to go to the movies alone?
What should I name my plant?
What's a good snack for a road trip?
Any good restaurants in Rome near the Colosseum?
What are good things to do in Amsterdam on a rainy day?
what's a fun thing to do with kids this weekend
What's a good gift for a 5 year old?
what should I watch on netflix tonight
Can you recommend some relaxing music?
What's the best way to keep my dog cool in summer?
how do you clean a cast iron pan
How often should I water a cactus?
what's a good morning routine
How can I be more productive working from home?
any advice for my first day at a new job?
I'm visiting my in-laws for the first time, any tips?
how do I deal with a noisy neighbor politely
My friend is sad, how can I cheer her up?
What's your favorite color?
Do you like dogs or cats more?
what do you think about the weather lately
Did you know octopuses have three hearts?
That's hilarious 😂
lol ok
I'm learning to code and it's fun but hard, just saying
My mom is a translator and she says hi 😄
I'm going to start a math degree in September!
I wrote my first poem today, I'm proud of myself
i love summer so much
Do you ever get tired?
what's the difference between a hurricane and a typhoon
What's the origin of the word "OK"?
Why is it called a hot dog? just curious
""" + """
hola
¡Buenas noches!
gracias, eres un crack
¿Quién ganó el Mundial de 2010?
¿Qué me recomiendas visitar en Sevilla?
Me siento un poco triste hoy.
salut
merci beaucoup !
Qui a peint La Joconde ?
Tu connais un bon resto à Nantes ?
Je m'ennuie, parle-moi.
Guten Morgen!
Danke dir!
Wo kann man in München gut frühstücken?
Mir ist langweilig.
Bom dia!
Valeu!
Quem descobriu o Brasil?
Buonasera!
Grazie mille!
Dove posso mangiare una buona pizza a Napoli?
Спасибо большое!
Доброе утро!
Где лучше отдохнуть летом в России?
谢谢你！
早上好！
北京有什么好玩的地方？
おはよう！
ありがとう！
週末は何をしたらいいかな？
धन्यवाद!
आज मौसम कैसा है? बस बात कर रहा हूँ।
شكرا جزيلا
صباح الخير!
Dziękuję!
Dzień dobry!
Teşekkürler!
Günaydın!
Dank je wel!
Tack så mycket!
"""

LONG = [
    """ok so I don't really need anything specific, I just finished a 10 hour shift at the hospital and I'm too
wired to sleep. Can we just chat for a bit? What's something interesting you know about the ocean?""",
    """My partner and I are arguing about whether to get a dog. I want one, he says we travel too much. I'm
not asking you to decide, I just want to vent a little. It's frustrating because I grew up with dogs.""",
    """Hey! Quick question for my trivia night: which country has the most time zones? I think it's Russia
but my friend says France because of its overseas territories.""",
    """I'm planning a dinner party for 8 on Saturday. Two are vegetarian and one is allergic to nuts. What
kind of menu would work? Nothing too fancy, I'm not a great cook.""",
    """Hola! Es la primera vez que viajo sola y me voy a Portugal dos semanas. Estoy un poco nerviosa. ¿Algún
consejo para sentirme más segura?""",
    """Bonjour ! Ma fille de 16 ans veut un piercing et je ne sais pas trop quoi en penser. Tu en penses quoi,
toi ? C'est normal à son âge ?""",
    """Hallo! Ich ziehe nächsten Monat nach Wien und kenne dort niemanden. Wie lernt man da am besten Leute kennen?""",
    """Oi! Eu e meus amigos vamos fazer uma trilha no fim de semana. O que é bom levar na mochila?""",
    """Привет! Завтра у меня первое свидание, и я немного волнуюсь. Куда лучше пойти — в кафе или в парк?""",
    """你好！我最近工作压力很大，晚上经常失眠。你有什么放松的小建议吗？""",
    """こんにちは。来月、友達の結婚式に招待されました。ご祝儀はいくらくらいが普通ですか？""",
    """I'm a software engineer and honestly today I just don't want to look at code. Tell me something fun,
anything, maybe a weird fact about animals?""",
]

CHATS = [
    (None, ["hi", "Hello! How can I help you today?", "just wanted to say hi :)"]),
    ("You are a friendly companion.", ["how was your day?"]),
    (None, ["Can you write a haiku about rain?", "Soft rain on tin roofs...", "aww that's lovely. anyway, how are you?"]),
    ("You are a helpful assistant.", ["Who won the Oscar for best picture in 2020?"]),
    (None, ["Translate 'good morning' into Spanish", "Buenos días.", "gracias! do you speak a lot of languages?"]),
    ("You are a customer support bot for an airline.", ["hi, I'm just checking, is it normal that my flight shows 'on time' even though it's snowing?"]),
    (None, ["What's 2+2", "4", "lol ok you're smart. what's your favorite number?"]),
    ("You are a cooking assistant.", ["what's a good wine with salmon?"]),
    (None, ["I need help with my resume", "Sure! What would you like to do?",
            "actually, never mind, I got the job already!! just wanted to share"]),
    ("Tu es un assistant sympathique.", ["Salut ! Tu vas bien ?"]),
    (None, ["Is it going to be hot in Seville in July?", "Yes, very — often above 40°C.",
            "oof. what should I pack then?"]),
    ("You are ChatGPT.", ["what's your opinion on the best pizza topping?"]),
]

"""Natural chat requests (see __init__.py). Chat: conversation, greetings,
feelings, quick facts, everyday advice, etiquette and recommendations — no
task of another label asked for, even when one is mentioned."""

ONE_LINERS = """
what's the capital of France
hey how's it going
is it rude to leave a wedding before the cake?
good morning!! ☀️
Who won the World Cup in 2014?
thanks, that helped a lot
I'm bored, talk to me
What's a good movie for a rainy Sunday?
how tall is the eiffel tower
Is it weird to eat cereal for dinner?
my cat keeps waking me up at 5am, any tips?
What time zone is Chicago in?
Do you have feelings?
What should I get my dad for his birthday? he likes fishing and jazz
I just finished my first marathon!!
Who is the CEO of Microsoft?
how many people live in Tokyo
any tips for a first date?
what's your name
Recommend me a podcast about history
Can dogs eat grapes?
is it ok to wear white to someone else's wedding
I'm nervous about my job interview tomorrow
What's the best season to visit Japan?
lol you're funny
Where was Frida Kahlo born?
how do I get red wine out of a carpet
What's a good gift for a coworker who's leaving?
I feel lonely since moving to a new city
What language do they speak in Brazil?
What's the difference between a cold and the flu?
how long should I boil an egg for a runny yolk
Who sang "Bohemian Rhapsody"?
Is it polite to tip in Japan?
Any good books like The Martian?
When is the next full moon roughly? just curious
I love rainy days, do you?
What's the tallest building in the world?
Should I bring a gift when invited to dinner in Germany?
how do you keep basil alive indoors
What are some fun things to do in Lisbon?
ugh mondays
good night, talk tomorrow
Can you recommend a good beginner guitar?
What's the national animal of Scotland?
is coffee bad for you
I'm thinking about adopting a rabbit, what should I know?
who invented the telephone
what's the best way to make friends as an adult
Tell me something interesting
What do you think about pineapple on pizza?
How much sleep do teenagers need?
Is Iceland expensive to visit?
what's the weather usually like in Barcelona in October
I'm a programmer and I'm burned out. not asking for code, just want to talk
I'm a math teacher and today was exhausting, my students were wild
do you know any good jokes? (just chatting, you pick)
my translator app said something funny today lol
I have to summarize a book for school and I'm procrastinating by talking to you
What year did humans land on the moon?
What's the longest river in Africa?
How are you different from a search engine?
Where should I go for a weekend in the Alps?
is it normal to feel sad after a vacation ends
What's a good name for a sourdough starter? jk, how do I keep one alive
What's your favorite book?
how's the weather where you are? oh wait
what is the population of canada
which is healthier, brown rice or white rice
any recommendations for a cozy video game?
My sister's getting married and I'm the maid of honor, I'm so excited!
How do I politely decline a party invitation?
What's the dress code for a job interview at a startup?
Who plays Spider-Man in the latest movies?
I got promoted today 🎉
What does a sommelier do?
""" + """
hola, ¿qué tal?
¿Cuál es la capital de Australia?
¿Es de mala educación llegar tarde a una cena en España?
Recomiéndame una serie para ver este fin de semana.
Estoy muy cansado hoy, la verdad.
Bonjour ! Comment ça va ?
Quelle est la meilleure saison pour visiter la Provence ?
Tu as un bon film à me conseiller ?
Est-ce impoli de ne pas finir son assiette en France ?
Hallo, wie geht's dir?
Wer hat die Relativitätstheorie entwickelt?
Was soll ich am Wochenende in Hamburg machen?
Ist es unhöflich, in Deutschland kein Trinkgeld zu geben?
Oi, tudo bem?
Qual é a capital do Canadá?
Me indica um bom livro para as férias?
Ciao! Come stai oggi?
Qual è il piatto tipico di Bologna?
Привет! Как дела?
Какой фильм посмотреть вечером?
Кто написал "Евгения Онегина"?
你好！今天过得怎么样？
北京冬天冷吗？
推荐一部好看的电视剧吧
こんにちは！元気？
東京でおすすめのラーメン屋ある？
नमस्ते! आप कैसे हैं?
भारत की राजधानी क्या है?
مرحبا، كيف حالك؟
ما هي أفضل مدينة للزيارة في المغرب؟
Cześć, co słychać?
Jaka jest stolica Kanady?
Merhaba, nasılsın?
İstanbul'da ne yemeliyim?
Hoi, hoe gaat het?
Hej! Hur mår du?
"""

LONG = [
    """So I've been at my job for three years and I really like my team, but my manager just quit and the
new one seems kind of cold. I'm not asking for a big analysis, I just feel a bit weird about it. Have
you ever... well, I guess you haven't had a job. Anyway, how do people usually cope with a new boss?""",
    """hi! I'm planning a trip to Italy with my wife for our 10th anniversary in September. We like food,
wine, and walking around small towns, not big crowds. Where would you go?""",
    """Okay random question. My friends and I were arguing at dinner: who was the first person to climb
Everest? I said Hillary, my friend says Tenzing Norgay. Who's right?""",
    """I wrote some code today at work and it finally worked after 3 days 😭 I don't need help with it, I
just wanted to tell someone. It was a nasty caching bug.""",
    """My 8 year old asked me tonight why we have to go to school and I didn't have a good answer lol.
Kids ask the best questions. Did you have any favourite questions as a... oh wait you're an AI. Haha.
Anyway, have a good night!""",
    """Hola! Me mudo a Valencia el mes que viene por trabajo. No conozco a nadie allí. ¿Qué barrios son
agradables para vivir y cómo puedo conocer gente?""",
    """Salut ! Je pars à Lyon ce week-end avec des amis. On aime bien manger et se balader. Tu as des idées
de choses à faire ?""",
    """Ich habe heute endlich meine Führerscheinprüfung bestanden!! Nach drei Versuchen. Ich freu mich so.""",
    """Привет! Я в первый раз еду в Петербург на выходные. Что обязательно стоит посмотреть?""",
    """我下个月要去成都旅游，听说那里的火锅很有名。你有什么推荐的地方吗？""",
    """来週、初めて京都に行きます。紅葉の季節ですが、混雑を避けるコツはありますか？""",
    """Olá! Estou pensando em adotar um gato, mas moro num apartamento pequeno. Você acha que é uma boa ideia?""",
    """I'm a translator by profession, so people always ask me to translate things at parties. Does that
happen with doctors too? Do people just ask them about their rashes? 😂""",
    """Just finished reading "Project Hail Mary" and I'm kind of emotional about Rocky. Have you read it?
What did you think of the ending?""",
]

CHATS = [
    ("You are a friendly assistant.", ["hi!"]),
    ("You are a helpful assistant.", ["What's the capital of Kenya?"]),
    (None, ["Write a haiku about the sea", "Waves fold into foam...",
            "love it, thank you! you made my day"]),
    (None, ["Can you fix this Python bug? NameError: name 'df' is not defined",
            "You need to define df before using it, e.g. df = pd.read_csv(...).",
            "ah yes, silly me. ok I'm done for today, going to grab dinner. have a good one!"]),
    ("You are a customer support assistant for a streaming service.",
     ["hi, just wanted to say I love the new interface"]),
    (None, ["What's 15% of 200?", "30.", "cool thanks. how's your day going btw"]),
    ("You are ChatGPT, a large language model.", ["Who painted The Starry Night?"]),
    (None, ["Summarize this paragraph: the meeting moved to Friday.", "The meeting was moved to Friday.",
            "great. also, is it rude to ask a coworker how much they earn?"]),
    ("You are a travel assistant.", ["What's the best time of year to visit Iceland?"]),
    (None, ["hey", "Hey! What's up?", "not much, just chilling. what do you like to talk about?"]),
    ("Eres un asistente amable.", ["¿Qué me recomiendas comer en Lima?"]),
    (None, ["Translate 'thank you' into Italian", "Grazie!",
            "grazie! I'm going to Rome next week, so excited"]),
    ("You are a helpful assistant. Keep answers short.", ["is it safe to swim after eating?"]),
    (None, ["Solve 2x = 10", "x = 5", "thanks. ugh I hate homework. what did you do this weekend lol"]),
    ("Du bist ein freundlicher Assistent.", ["Was ist dein Lieblingsessen?"]),
    (None, ["Can you recommend a good sci-fi book?", "Try 'The Left Hand of Darkness' by Ursula K. Le Guin.",
            "read it already! anything more recent?"]),
]

from common import ex

L = "chat"

EX = [
ex(L, "hey! how's it going"),

ex(L, "What's your favorite season and why? just curious what you'd say"),

ex(L, "I've been feeling really unmotivated at work lately. Nothing's wrong exactly, I just dread Mondays. Any advice?"),

ex(L, "Hola, ¿qué me recomiendas visitar en Lisboa si solo tengo un fin de semana?", "es"),

ex(L, [
    ("system", "You are a friendly, curious assistant. Keep explanations conversational."),
    ("user", "why is the sky blue? I know it's a basic question lol"),
]),

ex(L, "do you think it's weird to eat cereal for dinner"),

ex(L, [
    ("user", "just watched Arrival for the first time"),
    ("assistant", "Oh, what did you think? The twist with the timeline gets a lot of people."),
    ("user", "it wrecked me honestly. the ending with her daughter"),
    ("assistant", "Same for a lot of viewers. The idea that she chooses that life knowing how it ends is what makes it stick."),
    ("user", "yeah. got any similar movie recs?"),
]),

ex(L, "Salut ! Tu penses quoi des gens qui mettent de l'ananas sur la pizza ? Sois honnête 😄", "fr"),

ex(L, [
    ("system", "You are a helpful assistant."),
    ("user", "good morning :)"),
]),

ex(L, "How do I deal with a roommate who never does the dishes without it turning into a fight? We've lived together 2 years and I don't want to ruin it."),

ex(L, [
    ("user", "we're doing a pub quiz tonight and I'm the geography person, help"),
    ("assistant", "Ha, no pressure! Want to run through some common quiz questions?"),
    ("user", "yeah. what's the capital of australia? i always forget and say sydney"),
]),

ex(L, "Guten Abend! Ich kann nicht schlafen. Erzähl mir doch irgendwas Interessantes über Oktopusse.", "de"),

ex(L, [
    ("user", "how do I convert a list of strings to ints in python"),
    ("assistant", "You can use a list comprehension: `nums = [int(s) for s in strings]`, or `list(map(int, strings))`."),
    ("user", "worked perfectly, thanks! you've saved me so much time this week, honestly you're the best"),
]),

ex(L, "is it normal to feel this nervous before starting a new job? I start Monday and I keep imagining everything going wrong"),

ex(L, "I don't need a poem or a eulogy or anything. I just want to talk to someone. My dog died yesterday. She was 14."),

ex(L, "What's a good book for someone who loved The Martian? I want something fun, not too heavy."),

ex(L, "你好！最近天气好冷，你有什么保暖的小建议吗？", "zh"),

ex(L, "who was Ada Lovelace? my daughter mentioned her and I realized I know nothing"),

ex(L, "I'm bored. talk to me about something random you find cool"),

ex(L, [
    ("system", "You are Sunny, a friendly and supportive companion chatbot. Keep a warm, casual tone."),
    ("user", "hi sunny. rough day today"),
]),

ex(L, "should i get a cat or a dog? i live in a small apartment and work 9-5 in an office"),

ex(L, "こんにちは！最近アニメを見始めたんですが、おすすめはありますか？", "ja"),

ex(L, "How long should fresh pasta dough rest before rolling? Mine keeps tearing."),

ex(L, "not a coding question lol but do you think learning Rust is worth it as a hobbyist? I mostly do small python scripts"),

ex(L, "What do you think happens after we die? I'm not religious but lately I think about it a lot."),

ex(L, "Oi! Tudo bem? Queria uma dica de série pra maratonar no fim de semana, gosto de suspense.", "pt"),

ex(L, "my best friend forgot my birthday. like completely, not even a text. should i say something or let it go?"),

ex(L, "how are you different from just googling something?"),

ex(L, [
    ("system", "You are a helpful assistant."),
    ("user", "I'm going to Japan in April!"),
    ("assistant", "That's exciting! April is a beautiful time to visit. Is it your first trip there?"),
    ("user", "yes!! is it going to be super crowded because of the cherry blossoms?"),
]),

ex(L, [
    ("user", "just got back from florida!"),
    ("assistant", "Welcome back! How was it?"),
    ("user", "great, saw a gator at the everglades. what's the difference between a crocodile and an alligator anyway"),
]),

ex(L, "Привет! Как думаешь, стоит ли учить немецкий, если я через год переезжаю в Австрию, но работа будет на английском?", "ru"),

ex(L, "Any tips for making friends in a new city when you're pretty introverted and work from home?"),

ex(L, [
    ("user", "do you ever get tired of people asking you stuff?"),
    ("assistant", "Not really — I don't get tired the way people do. Each conversation is new to me, which is kind of nice."),
    ("user", "lol you're funny. ok last question, do you dream?"),
]),

ex(L, "I'm learning Italian on Duolingo and honestly I'm struggling to stay motivated, 40 day streak and it feels like I know nothing. How do people keep going with a language?"),

ex(L, "Happy new year!! 🎉🎉"),

ex(L, "नमस्ते! आज आप कैसे हैं?", "hi"),

ex(L, "What's the best way to keep basil alive on a windowsill? I've killed three already"),

ex(L, [
    ("system", "You are a friendly assistant for a public library's website."),
    ("user", "can you recommend some podcasts about history? I listen while commuting"),
]),

ex(L, "I'm terrible at math and I feel stupid every time we do it in class. How do I stop feeling that way?"),

ex(L, "Ciao! Che ne pensi dei viaggi in solitaria? Sto pensando di farne uno in Portogallo ma ho un po' paura.", "it"),

ex(L, [
    ("user", "I had my fourth job interview this month and got rejected again"),
    ("assistant", "I'm sorry — that's really discouraging, especially after putting yourself out there so many times. Did they give any feedback?"),
    ("user", "just 'we went with a candidate whose experience more closely matches'. whatever"),
    ("assistant", "That generic line is frustrating because it gives you nothing to work with. It usually says more about their shortlist than about you."),
    ("user", "thanks. i guess i'll keep trying. what do you usually say to people who keep getting rejected?"),
]),

ex(L, "What's the tallest mountain in Africa?"),

ex(L, "is coffee actually bad for you or is that a myth at this point"),

ex(L, "Hast du Tipps, wie ich mich beim Joggen besser motivieren kann? Ich höre immer nach zwei Wochen auf.", "de"),

ex(L, [
    ("user", "thanks for the recipe ideas, gonna try the lentil one tonight"),
    ("assistant", "Enjoy! Let me know how it turns out."),
    ("user", "will do. bye, talk tomorrow!"),
]),

ex(L, "why do cats purr? is it always because they're happy?"),

ex(L, "my teacher always says my essays are too long lol. anyway, how was your day? jk I know you don't have days. what do you like talking about?"),

ex(L, [
    ("system", "You are Bean, a cheerful barista-themed assistant in a coffee shop's ordering app."),
    ("user", "morning! what would you recommend on a rainy day like this?"),
]),

ex(L, "How do I tell my parents I want to switch my major from pre-med to art? They've been planning on me being a doctor since I was 10."),

ex(L, "¿Sabías que los pulpos tienen tres corazones? Qué locura, ¿no? ¿Qué otro dato raro de animales conoces?", "es"),
]

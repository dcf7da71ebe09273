"""Natural chat requests, sixth batch (see __init__.py): small talk, advice, opinions and recommendations,
including chats that mention another task (code, translation, math) without asking for it."""

ONE_LINERS = """
heyyy whats up
good morning!! slept terribly lol
u there?
I just got promoted!!! 🎉
any tips for surviving a long-haul flight with a toddler?
what do you think of pineapple on pizza, honestly
I'm a software engineer and I'm burnt out. not asking for code, just... how do people cope with this?
recommend me a podcast for my commute, I like history and true crime
thank you so much, that really helped
what's your favourite season and why
My cat keeps waking me at 5am. any ideas?
I'm bored. entertain me
is it weird that i eat breakfast food for dinner like 4 times a week haha
Do you think remote work is here to stay?
how do i tell my roommate to clean up without making it awkward
I failed my driving test today 😞
can you recommend a good sci-fi novel that isn't too long?
What should I cook tonight? I have eggs, spinach and some cheese.
how are you doing today
I've been learning Spanish for a year but I'm not asking you to translate anything, I just wanted to say it's going well!
what's a fun thing to do in Lisbon on a rainy Sunday?
Any advice for a first date? I'm nervous.
lol that joke was terrible
I'm a math teacher and honestly the kids were wild today. how was your day?
Do you like music?
Should I get a dog or a cat? I live in a small flat and work from home.
ugh tuesdays are somehow worse than mondays
what's a good gift for my dad who has everything
I want to start running but I hate it. how do I make it fun?
I think I'm going to quit my job to travel for a year. thoughts?
tell me something interesting
Which is better for a beginner, a Kindle or paper books? your opinion
ok im off to bed, thanks for the chat!
I keep procrastinating on everything. any advice that actually works?
my sister is getting married next month and I have to give a toast, I'm so nervous. no need to write it, I just need some encouragement
What's your take on the new Star Wars shows?
hi, who are you?
Buenos días, ¿qué tal estás?
¿Qué me recomiendas para cenar algo ligero esta noche?
Salut ! Ça va ? J'ai passé une journée horrible.
Tu as des conseils pour mieux dormir ?
Hallo, wie geht's dir heute?
Was hältst du von Homeoffice? Ehrlich gesagt.
Oi, tudo bem? Estou entediado hoje.
Que filme você recomenda para ver com a família?
你好！今天心情不太好，想聊聊天。
周末去哪里玩比较好？有什么推荐吗？
こんにちは！最近どうですか？
おすすめの映画ある？気分転換したい。
नमस्ते दोस्त! आज का दिन कैसा रहा?
मुझे आज बहुत थकान लग रही है, कुछ सलाह दो।
Ciao! Come va? Mi annoio un po'.
The weather is lovely today.
My train leaves in an hour, so I've got some time to kill.
I just got home from work.
The kids are finally asleep.
We adopted a puppy last weekend.
It's raining again here.
I finished my first marathon yesterday.
The new neighbours seem nice.
"""

LONG = [
    "So today I finally told my manager I want to move to the data team. She was surprisingly supportive but said "
    "it might take six months. I'm happy but also impatient. Is that normal? How do you stay motivated while waiting?",
    "I'm translating my grandmother's letters from Polish as a hobby and it makes me emotional. Anyway, I'm not "
    "asking for a translation — I just wanted to share. Do you think it's good to keep old letters or let them go?",
    "hi! long time user here. I wanted to say thanks, you helped me pass my stats exam last month. "
    "anyway, what are you up to? do you ever get bored of answering questions?",
]

CHATS = [
    ("You are a friendly companion. Keep replies warm and short.", ["hi", "Hey! How's your day going?",
     "honestly kind of rough, my code review got torn apart. not looking for code help, just venting"]),
    ("You are a senior Python developer.", ["How do I reverse a list?", "Use lst[::-1] or lst.reverse().",
     "cool thanks. btw what do you do to relax after a long day of coding?"]),
    ("Reply in JSON when asked for structured data.", ["hello!", "Hello! How can I help?",
     "nothing specific, just wanted to chat. what's your favourite book?"]),
    (None, ["Solve 2x+3=9", "x = 3.", "lol I'm so bad at math. do you think some people are just not math people?"]),
    ("Du bist ein hilfreicher Assistent.", ["Übersetze 'Danke' ins Englische.", "Thank you.",
     "Super, danke! Und sonst so, hast du einen Tipp für ein gutes Buch zum Entspannen?"]),
    (None, ["Summarize this: the meeting moved to Friday.", "The meeting is now on Friday.",
     "great. unrelated, I'm so tired of meetings. how do you politely decline them?"]),
]

"""Natural chat, tenth batch (see __init__.py): opinions, encouragement and small talk, often about work and
technology, asked without wanting a task done; some inside app conversations."""

ONE_LINERS = """
what do you think about AI replacing junior developers? kind of worried
is it just me or has every app become a subscription
I finally understood recursion today and I'm weirdly proud
be honest, is PHP really that bad or do people just like to hate it
I've been coding for 12 hours straight, send help lol
do you like your job? if you can have one
I got rejected from my dream company again. third time.
kinda nervous about my presentation tomorrow
what's the most overrated tech trend in your opinion
my team lead is leaving and I'm sad about it, she was great
Do you think kids should learn to code in primary school? Just your take.
weekend plans? I'm going hiking if the rain stops
you're way more patient than my old professor haha
which season do you like best
I started learning the guitar at 40, is that silly?
What's your take on open-plan offices?
i don't really have a question, just bored at work
I think I'm finally getting the hang of this job
ça va ? moi je suis crevé, longue semaine
Wie findest du eigentlich Homeoffice? Ich vermisse meine Kollegen.
¿Te puedo contar algo? Hoy me dieron un ascenso y no se lo he dicho a nadie.
Che ne pensi delle auto elettriche? Sono curioso della tua opinione.
Tenho medo de mudar de carreira aos 35. É normal?
Как ты думаешь, стоит ли переезжать в другой город ради работы? Просто хочу поговорить.
你觉得程序员三十五岁以后还有前途吗？随便聊聊。
最近ゲームばかりしてる。そっちはどう？
요즘 코딩 공부가 너무 재밌어요!
Ben de yazılımcıyım, bazen her şeyi bırakıp köye yerleşmek istiyorum.
"""
LONG = [
    """Long day. Our release went out, nothing broke, the client was happy, and I still feel weirdly empty about it. Is that a thing other people feel too? I don't need productivity tips, just wondering.""",
    """Random thought while waiting for my build: do you think programming will still look like this in twenty years? Like typing text into files? Curious what you imagine.""",
]
CHATS = [
    ("You are a helpful assistant.",
     ["Convert 5 miles to km", "5 miles is about 8.05 km.",
      "thanks! I'm training for my first 10k, a bit scared honestly"]),
    ("You are Acme Bank's virtual assistant.",
     ["how's your day going? you must get lots of grumpy people"]),
    ("You are a coding agent working in the user's repository.",
     ["refactor the parser", "Done: the parser is split into a tokenizer and a recursive-descent parser; tests pass.",
      "wow that's much cleaner. honestly I've been dreading touching that file for a year"]),
    (None, ["extract the dates from this email: we meet on 3 May and 10 May", "3 May, 10 May",
            "cool. by the way, do you ever find it boring doing stuff like that?"]),
]

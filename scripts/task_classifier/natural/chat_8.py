"""Natural chat requests, eighth batch (see __init__.py): opinions and everyday advice phrased as why/should/
what-do-you-think questions, which read like reasoning but ask for conversation."""

ONE_LINERS = """
what do you think about people who recline their seat on planes?
why do you think everyone loves the office so much? I'm rewatching it lol
do you think I'm too old to start learning piano at 40?
why is everyone obsessed with sourdough lately haha
should I text him back or wait? we had a nice date yesterday
honestly, is it rude to leave a party without saying goodbye?
what's your opinion on tipping culture in the US?
do you think cats actually love their owners?
why do I always feel sad on Sunday evenings? anyone else?
is it normal to miss your old job even if the new one pays more?
would you rather live by the sea or in the mountains?
I think summer is overrated, change my mind
why do my friends always cancel plans last minute, it's so annoying
should I dye my hair blue? I'm kinda scared
what do you think of people who put ketchup on pasta
do you ever wonder what dogs dream about?
be honest, is a 30 minute nap better than no nap?
¿Qué opinas de la gente que habla por teléfono en el cine?
¿Crees que soy demasiado mayor para aprender a nadar?
Tu penses quoi des gens qui ne répondent jamais aux messages ?
Est-ce que c'est normal de stresser avant un mariage ?
Was hältst du eigentlich von Weihnachtsmärkten?
Findest du es unhöflich, beim Essen aufs Handy zu schauen?
Você acha que vale a pena ter um cachorro morando em apartamento?
你觉得养猫好还是养狗好？
我是不是太敏感了？朋友一直不回我消息。
正直、朝型と夜型どっちがいいと思う？
तुम्हें क्या लगता है, सर्दियाँ अच्छी हैं या गर्मियाँ?
"""

LONG = [
    "So my coworker keeps taking credit for my ideas in meetings. I don't want drama, I just want it to stop. "
    "Have you got any advice on how to handle it without making things weird?",
    "My best friend is moving abroad next month and I'm really sad about it. We've been friends since we were "
    "six. I know it's good for her but I feel kind of lost. Just wanted to talk about it I guess.",
]

CHATS = [
    ("You are a friendly companion. Keep replies warm and short.", ["hey", "Hey you! How's it going?",
     "meh. why does everything feel harder in winter? do you get what I mean"]),
    (None, ["What's the capital of Peru?", "Lima.", "cool, have you got any travel tips for Lima? first time going"]),
]

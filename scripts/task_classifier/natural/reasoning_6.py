"""Natural reasoning requests, sixth batch (see __init__.py): deduction, planning, causal why-questions,
written in registers the earlier batches lack (terse, typos, formal, mentions of another task)."""

ONE_LINERS = """
ok riddle time. i have keys but open no locks, i have space but no room. what am i and how did you get there
Anna is taller than Ben, Ben is taller than Cara, Dev is shorter than Cara. Who is second tallest? Show your steps.
why do bridges have expansion joints
plan a 3-day trip to rome for someone who hates crowds. think about the order of sights and why
If it takes 5 machines 5 minutes to make 5 widgets, how long would 100 machines take to make 100? explain the logic not just the answer
WHY DOES BREAD GO STALE FASTER IN THE FRIDGE
I'm translating a novel right now, but separate question: why did the Bronze Age collapse happen? weigh the explanations
pls help me think through whether to move our office from berlin to lisbon, pros cons and a verdict
Three friends split a bill; each says the other two are lying. Can all three be lying? Reason it out.
Why is the sky dark at night if the universe has infinitely many stars?
what's wrong with the reasoning "most accidents happen near home so driving far is safer"
Kindly walk me through the causal chain from a drought in Brazil to a higher coffee price in my café.
my code works fine, this is not about code: why do teams that ship daily have fewer outages?
Think step by step: a farmer must cross a river with a wolf, a goat and a cabbage. The boat holds him and one item. How?
why do we yawn when others yawn? which theory is most convincing
There are two envelopes, one has twice the money of the other. Should you switch after opening one? Explain the paradox.
How should I prioritise these: fix the roof, pay off the credit card, or build an emergency fund? reason about the risks
Why would a rational company sell a product at a loss?
if all bloops are razzies and all razzies are lazzies, are all bloops definitely lazzies?
we lost three big clients in a month after the price change. what are the possible causes and how would you tell them apart
Why do onions make you cry? I want the mechanism, step by step.
Deduce the owner of the fish: the Brit lives in the red house, the Swede keeps dogs... just explain the method for solving these puzzles
What's the smartest order to learn guitar, piano and music theory if I want to compose in two years? plan it out
Is it possible for everyone to be above average? think about it carefully
Why did the 2008 financial crisis spread from housing to the whole economy?
why r some people morning people and others night owls
Given that the alarm didn't go off and the dog didn't bark, what can we infer about the intruder? Sherlock style, please.
Pretend you're a detective: the cake vanished, only Sam and Lee were home, Sam was asleep, Lee has crumbs. Who is more likely and how sure can we be?
How would you decide between hiring a senior dev now or two juniors? think through the trade-offs over two years
Why do heavier ships float but a small stone sinks?
Does raising taxes on sugar reduce obesity? weigh the evidence and the confounders
Could a country run entirely on wind power? reason about storage and variability
Why does the same song sound sadder in a minor key?
If I fold a paper in half 42 times would it reach the moon? explain why or why not without heavy math
In what order should a hospital triage a broken arm, a heart attack and a deep cut? Justify it.
why did my tomatoes crack after the heavy rain
Is it ethical to eat meat if lab-grown meat is available at the same price? Argue it through.
What's the best strategy in rock paper scissors against a human who just lost?
Why do mirrors flip left and right but not up and down?
¿Por qué el cielo es azul pero las puestas de sol son rojas? Razona paso a paso.
Si todos los gatos son animales y algunos animales vuelan, ¿se deduce que algunos gatos vuelan? Explica.
Pourquoi l'inflation frappe-t-elle plus durement les ménages pauvres ? Raisonne étape par étape.
Trois amis, un seul dit la vérité. Marc dit : « Paul ment. » Paul dit : « Luc ment. » Luc dit : « Marc et Paul mentent. » Qui dit vrai ?
Warum schmilzt Eis schneller auf Metall als auf Holz? Erklär mir den Grund.
Plane meine Woche so, dass ich Sport, Arbeit und Lernen unterbringe, und begründe die Reihenfolge.
Por que o pão fica duro mais rápido na geladeira? Explique o mecanismo.
Se eu tenho três caixas com rótulos trocados, como descubro o conteúdo abrindo só uma? Raciocine.
为什么冬天窗户内侧会起雾？请一步一步推理。
甲比乙高，乙比丙高，丁比丙矮。谁第二高？请说明推理过程。
なぜ飛行機は鉄でできているのに空を飛べるのですか？理由を順を追って考えてください。
AさんはBさんより年上で、CさんはAさんより年上です。一番若いのは誰？理由も。
बर्फ पानी पर क्यों तैरती है? कारण समझाइए।
अगर सभी बिल्लियाँ जानवर हैं और कुछ जानवर काले हैं, तो क्या कुछ बिल्लियाँ ज़रूर काली हैं? तर्क दीजिए।
Perché le foglie cambiano colore in autunno? Ragiona sulle cause.
"""

LONG = [
    "I run a small bakery. Sales are down 20% since March. Things that changed: a new café opened across the "
    "street, we raised croissant prices by 30 cents, and road works closed the parking in front for two months. "
    "Which of these most likely explains the drop, and how could I test it without spending money?",
    "Context: I'm a translator and a part-time math tutor, but today I need neither.\n\n"
    "We have four meetings to schedule on Monday: A must come before C, B cannot be first, D must be right after "
    "B, and C cannot be last. Work out every order that satisfies this and explain how you eliminated the rest.",
    "Here's the situation at work.\n- Build times went from 4 to 19 minutes over six months.\n"
    "- We added 40% more tests.\n- We moved CI to cheaper machines in May.\n- The monorepo grew by two services.\n"
    "Reason about which factor probably dominates and what evidence would confirm it. No code please.",
    "Dear assistant,\n\nI would be grateful for a careful analysis. Our town is debating whether to close the old "
    "library and fund an e-book subscription instead. Please think through who gains, who loses, the second-order "
    "effects on the neighbourhood, and give a reasoned recommendation.\n\nKind regards,\nMargaret",
    "Logic question from my kid's homework, I'm stuck:\nThere are 3 houses. The green one is left of the white one. "
    "The red one is not at either end. The white one is not in the middle.\nWhat is the order? please explain how "
    "you figure it out so I can explain it to her",
]

CHATS = [
    ("You are a helpful assistant.", ["hey", "Hi! What can I do for you?",
     "my friend says heavy objects fall faster. how do i convince him he's wrong without formulas? walk me through the argument"]),
    ("You are a translation assistant for a publishing house.", ["Translate 'the end' into Italian.", "La fine.",
     "Unrelated: why did the Dutch tulip bubble burst? reason about the causes"]),
    (None, ["Write a haiku about autumn.", "Red leaves drift and fall / ...",
     "nice. now a puzzle: a bat and a ball cost 1.10 in total and the bat costs 1 more than the ball. people get this wrong — why does intuition fail here?"]),
    ("Eres un asistente útil.", ["Hola", "¡Hola! ¿En qué te ayudo?",
     "Tengo que elegir entre dos ofertas de trabajo, una en Madrid y otra en remoto. Ayúdame a razonar qué me conviene considerando familia, sueldo y carrera."]),
    ("You are a coding assistant.", ["Fix this: print 'hi'", "In Python 3 use print('hi').",
     "thanks. totally different topic — if a train leaves late but arrives on time, what can we conclude about its speed? just the logic"]),
]

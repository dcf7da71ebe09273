"""Natural reasoning requests (see __init__.py). Reasoning: think something
through — logic puzzles and riddles, why/how explanations of causes, weighing
options and trade-offs, hypotheticals, judging an argument — rather than compute
a number, write code or chat."""

ONE_LINERS = """
here's a logic puzzle: three boxes are all labelled wrong, one has apples, one oranges, one both. you can take one fruit from one box. how do you fix the labels?
Why do we have leap years?
What would happen to the economy if everyone stopped using cash tomorrow?
Is it better to rent or buy a house in a city where prices keep rising? Think it through.
why does ice float but most solids sink in their liquid
If you could only save one: the Mona Lisa or a stranger's life, which and why?
How do vaccines actually train the immune system? walk me through it
Why did the Roman Empire fall? Weigh the main theories.
A man looks at a portrait and says "Brothers and sisters I have none, but that man's father is my father's son." Who is in the portrait?
Explain why correlation doesn't imply causation using a real example.
What are the strongest arguments for and against a four-day work week?
Why is the ocean salty but rivers aren't?
Which is the better long-term strategy for a startup: grow fast with VC money or grow slowly and stay profitable?
if a plane crashes exactly on the border between two countries, where do they bury the survivors
Why do prices go up when the central bank prints money?
Why doesn't the moon fall into the earth?
Should I take the job with higher pay but a 90-minute commute, or the one 10 minutes away? Help me reason about it.
Is free will compatible with determinism? Lay out the positions and tell me which holds up best.
Why did my sourdough come out dense? It proofed 12 hours in a cold kitchen with a young starter.
What's the flaw in this argument: "Every time I wash my car it rains, so washing my car causes rain."
Five people finish a race. A beat B, C finished after D, E beat A, and B beat D. Who came third?
How would the world be different if the printing press had never been invented?
Why are manhole covers round?
Why do airlines overbook flights, and when is it rational for them?
What are the second-order effects of banning plastic bags?
Three switches outside a room control three bulbs inside. You can enter once. How do you tell which switch controls which bulb?
Why does a heavier object not fall faster than a lighter one in a vacuum?
Is it ever rational to vote, given that one vote almost never decides an election?
Compare nuclear and solar for a country that wants to cut emissions fast. Which makes more sense and why?
Why do startups fail more often than big companies even though they move faster?
What could explain why our website traffic doubled but signups stayed flat?
If time travel were possible, why haven't we met any time travelers? Reason through the possibilities.
Why is it harder to balance on a bike that isn't moving?
Who is more responsible for a data breach: the hacker or the company that left the database open?
Why do people believe conspiracy theories even when shown evidence against them?
The Ship of Theseus: if you replace every plank, is it the same ship? What do you think?
What is the most likely explanation: my plants are dying on the windowsill but thriving on the shelf?
Two doors, two guards, one always lies and one always tells the truth. What single question gets you through?
Why did the Titanic sink so fast? Think about the design choices.
Would raising the minimum wage increase or decrease unemployment? Consider both sides.
Which came first, the chicken or the egg? Give me the evolutionary reasoning.
Why are there more people in the northern hemisphere?
Is a hot dog a sandwich? Reason it out properly.
My team keeps missing deadlines even though everyone works hard. What might be going on?
Why do we feel colder when it's windy even if the temperature is the same?
You have 8 balls, one is heavier. With a balance scale used twice, how do you find it?
What would happen if the moon were twice as close?
Why is it that some languages have gendered nouns and others don't?
Is it a good idea to let AI grade student essays? Evaluate the risks and benefits.
If all roses are flowers and some flowers fade quickly, can we conclude some roses fade quickly?
Why does the economy go through boom and bust cycles?
Why do cats purr? what are the competing hypotheses
Explain how a bill becomes a law and where it usually gets stuck, and why.
Should a self-driving car swerve to save five pedestrians if it kills its passenger? Reason about it.
Why does bread go stale faster in the fridge?
why might a company choose to be acquired instead of going public
What's the logical error in "nobody has proven ghosts don't exist, so they exist"?
A farmer has 17 sheep; all but 9 run away. How many are left? explain the trick
Why are the most popular apps free?
What are the trade-offs of microservices versus a monolith for a five-person team? Which would you pick?
Why do some people get sunburned and others tan?
How did the invention of the shipping container change global trade?
""" + """
¿Por qué el cielo es azul y no violeta, si el violeta tiene menor longitud de onda?
¿Qué pasaría si la Tierra dejara de girar? Razona paso a paso.
¿Es mejor alquilar o comprar vivienda en Madrid ahora mismo? Analiza pros y contras.
Pourquoi les feuilles changent-elles de couleur en automne ?
Quel serait l'impact d'une semaine de quatre jours sur la productivité ? Argumente.
Énigme : un homme pousse sa voiture jusqu'à un hôtel et dit qu'il est ruiné. Pourquoi ?
Warum gibt es Jahreszeiten? Erkläre die Ursache Schritt für Schritt.
Ist es sinnvoll, Atomkraftwerke abzuschalten, bevor genug erneuerbare Energie da ist? Wäge ab.
Rätsel: Was wird nasser, je mehr es trocknet?
Por que o céu fica vermelho no pôr do sol?
O que aconteceria se a internet parasse por uma semana no mundo todo?
Perché il ghiaccio galleggia sull'acqua?
Conviene di più lavorare da casa o in ufficio per un giovane sviluppatore? Ragiona sui pro e contro.
Почему зимой холоднее, если Земля ближе к Солнцу?
Загадка: у отца Мэри пять дочерей: Чача, Чече, Чичи, Чочо. Как зовут пятую?
Что будет с экономикой, если все перестанут пользоваться наличными?
为什么冬天比夏天冷，地球离太阳更近吗？请分析原因。
如果人类不需要睡觉，社会会发生什么变化？
なぜ空は青いのですか？理由を順を追って説明してください。
在宅勤務とオフィス勤務、どちらが生産性が高いと思いますか？理由も。
आसमान नीला क्यों दिखता है? कारण समझाइए।
لماذا يطفو الجليد على الماء؟ اشرح السبب.
Dlaczego niebo jest niebieskie? Wyjaśnij krok po kroku.
Neden denizler tuzlu da nehirler değil? Nedenlerini açıkla.
Waarom is de zee zout?
"""

LONG = [
    """Here's the situation. I have two job offers:

A) Big tech company, $165k, stable, boring project, 3 days in office.
B) Seed-stage startup, $130k + 0.4% equity, exciting product, fully remote, 18 months of runway.

I'm 29, no kids, some savings. Help me think through which one makes more sense. Don't just list pros
and cons, actually reason about it and tell me what you'd pick.""",
    """Puzzle: there are 100 prisoners and 100 boxes, each box has one prisoner's number. Each prisoner can
open 50 boxes. If all find their own number they go free. Why does the loop strategy work so much better
than random guessing? Explain the reasoning, not just the answer.""",
    """My argument for my philosophy class:
1. If something is natural, it is good.
2. Eating meat is natural.
3. Therefore eating meat is good.

Is this valid? Is it sound? What's wrong with it, if anything?""",
    """We launched a referral program in March. In April signups went up 25%, but it was also when our
competitor shut down and when we got featured in a newsletter. My CEO says the referral program worked.
How should I reason about whether it actually did?""",
    """Our production incident timeline:
- 14:00 deploy of service A
- 14:05 latency on service B rises
- 14:07 database CPU at 100%
- 14:20 rollback of A, latency still high
- 14:45 a batch job finishes, everything recovers

What's the most likely root cause? Argue from the timeline.""",
    """```
if user.is_admin or user.id == post.owner_id and not post.locked:
    allow_edit()
```
I'm not asking you to rewrite it. Can an admin edit a locked post with this condition? Reason about the operator precedence and tell me yes or no.""",
    """Summary of the proposal (already written): the city wants to ban cars from the centre on weekends.

I don't need another summary. I need you to reason about who wins and who loses from this, and whether
it is likely to reduce pollution overall or just move traffic elsewhere.""",
    """Einstein's riddle (short version): five houses in a row, each a different colour, owner nationality,
drink, pet and cigarette. The Brit lives in the red house. The Swede keeps dogs. The Dane drinks tea. The
green house is just left of the white one... Who owns the fish? Walk me through the deduction.""",
    """Tengo que decidir si estudiar medicina o ingeniería. Me gustan las dos, la medicina es más larga pero
me motiva ayudar a la gente, la ingeniería paga bien antes. ¿Cómo razonarías esta decisión?""",
    """Voici l'argument d'un ami : « Les pays qui boivent le plus de vin ont l'espérance de vie la plus
longue, donc le vin rallonge la vie. » Où est le problème dans ce raisonnement ?""",
    """Meine Firma überlegt, alle Server in die Cloud zu verschieben. Kosten heute: 40.000 € pro Jahr für
eigene Hardware. Die Cloud würde ca. 55.000 € kosten, aber wir sparen einen Admin. Was spricht dafür,
was dagegen, und wozu würdest du raten?""",
    """Ajuda-me a pensar: o meu filho de 15 anos quer largar o futebol para se dedicar à música. Ele é bom
nas duas coisas. Que fatores devemos pesar e como decidir juntos?""",
    """Рассуди: почему одни страны богатые, а другие бедные, хотя у многих бедных стран больше природных
ресурсов? Рассмотри основные объяснения.""",
    """有一个逻辑题：甲说乙在说谎，乙说丙在说谎，丙说甲和乙都在说谎。请问谁说的是真话？请一步一步推理。""",
    """論理パズル：AさんはBさんより背が高い。CさんはAさんより背が高いが、Dさんより低い。一番背が高いのは誰？理由も説明して。""",
    """Ho due offerte di lavoro: una a Milano con stipendio alto ma affitti carissimi, una a Bologna con
stipendio più basso ma qualità della vita migliore. Aiutami a ragionare su quale scegliere.""",
    """Why does this happen: my phone battery drains way faster in winter when I'm outside, but recovers
some charge when I come back in, even without charging? Explain the physics behind it.""",
    """Thought experiment: a perfect copy of you is created with all your memories, and then the original is
painlessly destroyed. Did you survive? Reason through the main positions and tell me where you land.""",
]

CHATS = [
    ("You are a thoughtful assistant. Think step by step.",
     ["A bat and a ball cost $1.10. The bat costs $1 more than the ball. Why do most people get the ball's price wrong?"]),
    (None, ["what's 12*12", "144",
            "ok different question: why do we use base 10 and not base 12, which seems more practical?"]),
    ("You are a helpful assistant.",
     ["Should I pay off my student loan early or invest the money? The loan is at 4%. Help me reason about it."]),
    (None, ["Translate 'why' into French", "Pourquoi.",
            "haha ok. real question: why do the French use 'quatre-vingts' for 80?"]),
    ("You are a philosophy tutor.",
     ["Is lying always wrong? Consider the murderer at the door case."]),
    (None, ["Can you write me a poem?", "Sure, about what?",
            "actually never mind. riddle: what has a neck but no head? explain how you get the answer"]),
    ("You are an analyst for a retail chain.",
     ["Sales in our downtown stores dropped 15% while suburban stores grew 10%. What could explain this?"]),
    (None, ["hi there", "Hello! How can I help?",
            "if a tree falls in the forest and nobody hears it, does it make a sound? what's the right way to think about it"]),
    ("Eres un asistente que razona con cuidado.",
     ["Si todos los gatos son animales y algunos animales son negros, ¿se puede concluir que algunos gatos son negros?"]),
    (None, ["Summarize the causes of WW1 in one line", "Alliances, militarism, imperialism and nationalism, triggered by an assassination.",
            "but why did one assassination lead to a world war? reason through the chain of events"]),
    ("You are a product strategist.",
     ["We can either build a mobile app or improve our web app's performance this quarter. We have 3 engineers. Which should we do and why?"]),
    (None, ["Do you know Monty Hall?", "Yes, the game show probability puzzle.",
            "ok explain why switching is better, my dad refuses to believe it"]),
]

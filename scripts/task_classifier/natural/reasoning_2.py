"""Natural reasoning requests, second batch (see __init__.py)."""

ONE_LINERS = """
why is the sky dark at night if there are so many stars
riddle: the more you take, the more you leave behind. what am i? explain
Why do some countries drive on the left?
why do onions make you cry
How does a refrigerator keep things cold if it produces heat?
What makes a good argument? How can I tell if someone is arguing in bad faith?
Is it better to be a generalist or a specialist in tech? Think it through for someone early in their career.
Why are bananas curved?
If a train leaves late but arrives on time, was it ever really late? (a philosophy question, not math)
Who really benefits from tariffs? Reason it through.
Why is it hard to predict the weather more than 10 days ahead?
What would happen if we abolished homework?
Does money buy happiness? Give me the evidence and your conclusion.
Why do wealthy countries have lower birth rates?
Why do we have daylight saving time and is it worth keeping?
Could a country run entirely on renewable energy? What are the obstacles?
How do we know the Earth is round without going to space?
I have three job offers and can't decide. What framework should I use to compare them?
Why do traffic jams form even when there's no accident?
Explain why the tragedy of the commons happens and how communities avoid it.
Which is more likely to succeed: a language learning app with gamification or one with a human tutor? Argue.
A man pushes his car to a hotel and tells the owner he's bankrupt. Why?
What would happen if bees went extinct?
why does time seem to go faster as you get older
Why can't you tickle yourself?
Is it fair that CEOs earn 300 times what workers earn? Argue both sides then conclude.
Why do we yawn? and why is it contagious
Is social media making us more polarized? weigh the evidence
Why do some people procrastinate even when they know it hurts them?
Why do cities have higher rents than the countryside? Think about supply and demand and more.
Why did Blockbuster fail while Netflix succeeded?
What's the best way to decide between two apartments, one cheaper and far, one expensive and close?
A detective finds a man dead in a room with a puddle of water and broken glass. How did he die? Reason it out.
Should I tell my friend that her boyfriend is cheating? Help me think through it.
Why does salt melt ice?
What are the ethical problems with cloning pets?
Explain the reasoning behind why the sum of an infinite number of terms can be finite, intuitively.
How do we know dinosaurs existed millions of years ago?
If you double the radius of a pizza, why do you get four times as much pizza? intuition please, not formulas
what's heavier, a ton of bricks or a ton of feathers, and why is it a trick question
Why do prime numbers matter for encryption? conceptually
Why are some people left-handed?
Is it smarter to pay off debt or build an emergency fund first?
Why do we see lightning before we hear thunder?
what would be the consequences if everyone worked only 20 hours a week
Why did the dinosaurs go extinct and how sure are we?
Why is it so hard to make nuclear fusion work?
Why do planes leave white trails in the sky?
""" + """
¿Por qué se derrite el hielo más rápido con sal?
Acertijo: ¿qué tiene agujas pero no pincha? Explica el razonamiento.
¿Qué pasaría si los humanos viviéramos 200 años?
¿Conviene más pagar la hipoteca antes o invertir? Razónalo.
Pourquoi la mer est-elle salée ?
Est-il préférable de travailler à temps partiel pour avoir plus de temps libre ? Pèse le pour et le contre.
Que se passerait-il si la Lune disparaissait ?
Warum ist der Himmel blau?
Was wäre, wenn es kein Geld mehr gäbe? Denk die Folgen durch.
Ist es moralisch vertretbar, Tiere für Medikamententests zu nutzen? Argumentiere.
Por que o gelo flutua na água?
É melhor estudar de manhã ou à noite? Analise.
Perché abbiamo le stagioni?
Cosa succederebbe se tutti smettessero di usare l'auto?
Почему корабли из железа не тонут?
Что лучше для карьеры: остаться в большой компании или уйти в стартап? Рассуди.
Почему зевота заразительна?
为什么铁做的船不会沉？
如果没有互联网，现代社会会变成什么样？请分析。
为什么飞机能飞起来？请一步步解释原理。
なぜ夕焼けは赤いのですか？
もし人間が空を飛べたら、都市はどう変わると思いますか？
चाँद का आकार क्यों बदलता हुआ दिखता है?
لماذا نرى البرق قبل أن نسمع الرعد؟
Co by się stało, gdyby zniknął Księżyc?
Neden gökyüzü gece karanlık?
Waarom zijn bladeren groen?
"""

LONG = [
    """Here's a situation at work: our team's velocity dropped by 30% over two sprints. In that time, we got two
new hires, migrated to a new CI system and lost our product manager. My director wants one reason. How
would you reason about which factor is most likely, and how could I test it?""",
    """Puzzle: You have two ropes. Each takes exactly an hour to burn, but they burn unevenly. How do you measure
45 minutes? Explain why it works.""",
    """My friend claims: "If you flip a coin and it lands heads five times in a row, tails is more likely next."
I think he's wrong but I can't explain why convincingly. Help me reason about it.""",
    """Context: a small town has one bridge. The council can either repair it for €2M (lasts 20 years) or build
a new one for €6M (lasts 80 years). Which is the better decision and what assumptions matter? Think it through.""",
    """Read these statements and tell me who is lying:
- Alice: "Bob is lying."
- Bob: "Carol is lying."
- Carol: "Alice and Bob are both lying."
Show the reasoning.""",
    """```
def is_even(n):
    return n % 2 == 0
```
This isn't a coding question. My philosophy professor used this as an example: is this function "understanding"
evenness? Reason about what understanding means here.""",
    """Analiza este razonamiento: "Desde que instalamos cámaras en la oficina, los robos bajaron. Por lo tanto, las
cámaras evitan robos." ¿Es válida la conclusión? ¿Qué otras explicaciones hay?""",
    """Mon entreprise hésite entre ouvrir une deuxième boutique ou développer la vente en ligne. Nous avons
50 000 € à investir. Quels sont les arguments de chaque côté, et que recommanderais-tu ?""",
    """Rätsel: Ein Mann wohnt im 10. Stock. Jeden Morgen fährt er mit dem Aufzug ins Erdgeschoss. Abends fährt
er nur bis zum 7. Stock und läuft den Rest, außer wenn es regnet. Warum?""",
    """Логическая задача: в комнате три лампочки, а снаружи три выключателя. Войти можно один раз. Как
определить, какой выключатель к какой лампе? Объясни рассуждение.""",
    """我在考虑要不要辞职去读研究生。现在工作稳定，但发展空间有限；读研需要两年，没有收入。请帮我分析利弊，给出你的建议。""",
    """ロジックパズル：5人が一列に並んでいます。AはBの右、CはAのすぐ左、DはCの左、Eは一番右です。真ん中は誰？理由も。""",
]

CHATS = [
    ("You are a careful thinker. Reason step by step before answering.",
     ["A clock shows 3:15. What is the angle between the hands, and why isn't it zero?"]),
    (None, ["hi", "Hello! How can I help?", "why do we have different blood types? like what's the evolutionary reason"]),
    ("You are a helpful assistant.", ["Should cities make public transport free? Weigh the arguments and give a verdict."]),
    (None, ["Translate 'why' to German", "Warum",
            "ok and warum do germans capitalize all nouns? what's the historical reasoning"]),
    ("You are a decision coach.", ["I can move to Berlin for a better job or stay in Lisbon near my family. How do I decide?"]),
    (None, ["Write me a poem", "About what?",
            "never mind, I have a riddle instead: I speak without a mouth and hear without ears. What am I, and how do you work it out?"]),
    ("Eres un asistente reflexivo.", ["¿Por qué las empresas prefieren contratar a gente con experiencia aunque cueste más?"]),
    (None, ["What's 0.1 + 0.2?", "0.3 mathematically, though computers may show 0.30000000000000004.",
            "interesting, but conceptually why can't some fractions be written exactly in binary? no code, just the reasoning"]),
]

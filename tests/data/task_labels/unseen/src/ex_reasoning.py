from common import ex

L = "reasoning"

EX = [
ex(L, [("system", "You are a puzzle assistant. Explain your reasoning clearly."), ("user", "Three boxes: one labeled 'apples', one 'oranges', one 'mixed'. Every label is wrong. You can pull out one fruit from one box without looking inside. How do you figure out the correct labels?")]),

ex(L, "I'm trying to decide between two things and want a structured way to think about it, not just encouragement: job A in Berlin pays 25% more but I'd move away from my aging parents; job B is my current role, stable, 20 min from them, but I've stopped learning. Lay out the factors, how you'd weigh them, and what would tip the decision either way."),

ex(L, [
    ("system", "You are an interview prep coach for management consulting case interviews."),
    ("user", "How many piano tuners are there in Chicago? Walk me through the estimate step by step with your assumptions."),
]),

ex(L, [
    ("user", "they just finished widening the I-10 near me, took 3 years"),
    ("assistant", "Three years of construction is a lot! Has it made your commute better?"),
    ("user", "no!! it's worse. why would traffic get WORSE after they add a new lane? seems backwards"),
]),

ex(L, [
    ("user", "I'm bored on a train"),
    ("assistant", "Long ride? We could chat, play a word game, or do some riddles."),
    ("user", "riddles! ok here's one for you: what has keys but can't open locks?"),
]),

ex(L, "On an island, knights always tell the truth and knaves always lie. A says: 'B is a knave.' B says: 'A and I are the same type.' What are A and B? Explain how you get there."),

ex(L, "Tres amigos, Ana, Luis y Carmen, tienen mascotas distintas: un perro, un gato y un pez. Ana no tiene el perro. Luis es alérgico a los gatos. Carmen tiene el pez. ¿Quién tiene cada mascota? Explica el razonamiento.", "es"),

ex(L, "Don't write any code, just explain the logic: you have 12 coins, one is counterfeit and either heavier or lighter. With a balance scale and only 3 weighings, how do you find it and tell whether it's heavier or lighter?"),

ex(L, """I need to schedule 5 interviews tomorrow between 9:00 and 17:00, each 1 hour, in one room. Constraints:
- Candidate Ortiz can only do mornings (before 12).
- Candidate Baker can't do 11-13.
- The hiring manager has lunch 12-13 and must be in all interviews.
- Candidate Chen must come after Baker (they share a train).
- Candidate Dubois wants the latest slot possible.
- Candidate Evans is flexible.
Find a schedule that works, or tell me if it's impossible."""),

ex(L, """Four coworkers — Ana, Ben, Cleo and Dev — each ordered a different drink: coffee, tea, juice, water.
1. Ben doesn't drink anything hot.
2. Cleo ordered tea.
3. Dev's drink has no flavor.
Who ordered what?"""),

ex(L, "Pourquoi les ventes de glaces et le nombre de noyades sont-ils corrélés ? Est-ce qu'on peut dire que les glaces causent les noyades ? Explique le raisonnement.", "fr"),

ex(L, "lateral thinking one: a man pushes his car to a hotel and tells the owner he's bankrupt. what's going on?"),

ex(L, [
    ("system", "You are a careful reasoning assistant. Think step by step and double-check your conclusions."),
    ("user", "Alice says: 'Bob is lying.' Bob says: 'Carol is lying.' Carol says: 'Alice and Bob are both lying.' Exactly who is telling the truth?"),
    ("assistant", "Let's assume Alice tells the truth. Then Bob is lying, so Carol is telling the truth. But Carol says Alice and Bob are both lying, which contradicts Alice telling the truth... so Alice must be lying."),
    ("user", "wait, you stopped halfway. if Alice is lying then Bob is truthful, so Carol is lying — does that check out with Carol's statement? re-check everything and give a final answer"),
]),

ex(L, "Estimate how many golf balls fit in a school bus. I care more about the reasoning than the exact number."),

ex(L, "If all bloops are razzies and all razzies are lazzies, are all bloops definitely lazzies? And are all lazzies bloops? explain why or why not"),

ex(L, "Ein Bauer muss einen Wolf, eine Ziege und einen Kohlkopf über einen Fluss bringen. Im Boot hat nur er und ein weiteres Ding Platz. Wolf und Ziege, bzw. Ziege und Kohl dürfen nicht allein bleiben. Wie schafft er es? Bitte Schritt für Schritt begründen.", "de"),

ex(L, "Our website's signups dropped 30% the same week we redesigned the pricing page AND there was a big public holiday in Germany, our biggest market. How would you figure out which one caused the drop? What would you look at first?"),

ex(L, "Is this argument valid? 'If it rains, the ground is wet. The ground is wet. Therefore it rained.' If not, what's the name of the mistake and give a counterexample."),

ex(L, "You're at a fork with two doors, one leads to freedom and one to doom. Two guards, one always lies, one always tells the truth, you don't know which is which. You get one yes/no question to one guard. What do you ask and why does it work?"),

ex(L, "有三个开关控制另一个房间的三盏灯，你只能进那个房间一次，怎么确定哪个开关对应哪盏灯？请说明思路。", "zh"),

ex(L, [
    ("system", "You are a debate coach. Help students evaluate arguments critically."),
    ("user", "Which is the stronger argument for a 4-day work week: the productivity argument or the wellbeing argument? Evaluate both — evidence, weak points, likely counterarguments — and tell me which one you'd lead with."),
]),

ex(L, "Moving day planning help: 37 boxes, my car fits 10 boxes per trip, each round trip takes 40 min, loading a trip takes 15 min with 2 helpers. Helpers are only available Saturday 8am-12pm and the elevator at the new place is booked 9am-1pm only. Couch needs 2 people and its own trip. What's a plan that gets everything moved, and what should I do if it doesn't all fit?"),

ex(L, [
    ("system", "You are an economics tutor. Encourage the student to think causally."),
    ("user", "Why might a bakery that lowers its prices end up making less money overall? Walk through the possible mechanisms."),
]),

ex(L, "AさんはBさんより背が高く、CさんはAさんより背が高い。DさんはBさんより低い。一番背が高いのは誰で、一番低いのは誰？理由も教えて。", "ja"),

ex(L, "The more you take, the more you leave behind. What am I?"),

ex(L, "Not really a math question, I just need help thinking it through: my flight lands at 3:40 and the connecting flight starts boarding at 4:25 from a different terminal, and I have to go through passport control in between. It's Frankfurt. Should I rebook now for a later connection or risk it? Reason through what could go wrong and what I lose either way."),

ex(L, "Sherlock-style deduction: a man walks in with a tan on only his left forearm, a faint pale band on his ring finger, and sawdust on his boots. What can we reasonably infer, and how confident should we be about each inference?"),

ex(L, "Загадка: что можно увидеть с закрытыми глазами? Объясни ответ.", "ru"),

ex(L, "Roughly how much does all the human hair on Earth weigh, right now, attached to heads? Fermi estimate please, show assumptions."),

ex(L, """We have 3 devs for a 2-week sprint and 5 features:
- A: 4 dev-days
- B: 3 dev-days, needs A done first
- C: 5 dev-days, independent
- D: 2 dev-days, needs B and C
- E: 6 dev-days, nice-to-have
Only one dev can work on a given feature at a time. What order and assignment gets A-D done, and can E fit?"""),

ex(L, [
    ("user", "riddle for you: I have cities but no houses, forests but no trees, and water but no fish. what am I?"),
    ("assistant", "Is it a dream?"),
    ("user", "nope! think about it again — what kind of object shows cities and forests but none of the real things in them?"),
]),

ex(L, "Should a 4-person startup build its own authentication system or use a third-party provider? I don't want code, I want the trade-offs weighed: cost, security risk, lock-in, time, and at what point the answer flips."),

ex(L, "Why would a hospital with better doctors have a higher death rate than a hospital with worse doctors? It sounds like a paradox but my professor says it isn't."),

ex(L, "Um homem olha para uma foto e diz: 'Não tenho irmãos nem irmãs, mas o pai desse homem é filho do meu pai.' Quem está na foto? Explica passo a passo.", "pt"),

ex(L, "lateral thinking puzzle: a woman shoots her husband, then holds him under water for five minutes, then hangs him. Later that evening they go out to dinner together. how?"),

ex(L, "If you had to keep just ONE of these running worldwide for a year — the internet, the electricity grid, or global shipping — which one would keep the most people alive, and why? Reason it out, consider dependencies between them."),

ex(L, "Se dopodomani è sabato, che giorno era l'altro ieri? Spiegami il ragionamento, mi confondo sempre.", "it"),

ex(L, """Five runners finished a race.
- Emma wasn't first or last.
- Raj finished right after Emma.
- Tomás beat Raj but not Emma.
- Lina finished last.
- Yuki was not first.
Is there a unique finishing order? Show the deduction, and if the clues contradict each other say where."""),

ex(L, [
    ("system", "You are a strategy consultant. Structure your thinking clearly."),
    ("user", "A mid-size grocery chain is losing customers since a discount chain opened nearby 6 months ago. But their sales dropped in stores far from the discounter too. What are the possible explanations, and how would you test each one?"),
]),

ex(L, [("user", "my son has started asking trick questions at dinner"), ("assistant", "That's a fun phase! Kids love catching adults out."), ("user", "what's heavier, a kilo of feathers or a kilo of steel? my 8 year old insists steel and I want to explain it in a way that makes sense to him")]),

ex(L, "एक पहेली: ऐसी कौन सी चीज़ है जो जितनी ज़्यादा होती है, उतना कम दिखाई देता है? जवाब के साथ समझाइए।", "hi"),

ex(L, "Estimate how many liters of water a city of 1 million people uses per day, including industry. Show your assumptions and sanity-check the result."),

ex(L, "I'm not asking for a story or a retelling. I want analysis: in 'The Boy Who Cried Wolf', at what point was it actually rational for the villagers to stop believing him? Think about it like updating beliefs after each false alarm."),

ex(L, "Given: (1) No cats are dogs. (2) Some pets are cats. (3) All dogs are pets. Which of these follow necessarily? a) Some pets are not dogs. b) No dogs are cats. c) Some cats are not pets. d) All pets are dogs or cats. Explain each."),

ex(L, [
    ("system", "You are a helpful assistant."),
    ("user", "Dinner party seating: 6 people around a round table — me, Lia, Tom, Ana, Raf, Jo. Lia and Ana must sit together. Tom and Raf broke up, not next to each other. Jo wants to sit next to me."),
    ("assistant", "One arrangement going clockwise: Me, Jo, Tom, Lia, Ana, Raf. Check: Lia–Ana adjacent ✓, Tom and Raf are not adjacent ✓, Jo next to you ✓."),
    ("user", "add one more constraint: Lia can't sit next to Tom either. does it still work? if not find one that does, and tell me if there's more than one option"),
]),

ex(L, "My houseplant's leaves are turning yellow only on the side facing away from the window, while the window side is fine. Reason through what could cause a one-sided pattern like that vs the usual overwatering explanation."),

ex(L, "Si un gallo pone un huevo en el tejado, ¿hacia qué lado cae? Jaja, ¿y por qué?", "es"),

ex(L, [
    ("system", "You are a helpful assistant."),
    ("user", "You have a 3-liter jug and a 5-liter jug and unlimited water. How do you measure exactly 4 liters?"),
]),

ex(L, [
    ("user", "can you help me write an email to my landlord about a broken heater"),
    ("assistant", "Of course! Here's a draft: 'Dear [Landlord], I'm writing to let you know the heater in my apartment stopped working on [date]...'"),
    ("user", "thanks. unrelated, but my friend gave me this and it's driving me crazy: a plane crashes exactly on the border between the US and Canada. where do they bury the survivors?"),
]),

ex(L, "Why would a company with record profits still announce layoffs? I want the possible causal reasons laid out, not an opinion on whether it's good or bad."),
]

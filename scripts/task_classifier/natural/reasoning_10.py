"""Natural reasoning requests, tenth batch (see __init__.py): everyday decisions and diagnoses, rule puzzles,
evaluating claims, "what follows if", asked plainly or inside app conversations."""

ONE_LINERS = """
My phone dies faster since the update, but I also started using a new fitness app the same week. How would I figure out which one is to blame?
Everyone who came to the party got sick, except the people who skipped the salad. What's the likely culprit and how sure can we be?
is it smarter to rent or buy if I might move in a few years? not asking for numbers, just the logic
The article says cities with more police have more crime, so police cause crime. Is that a fair conclusion?
If the meeting can't be on Monday, Anna can't do Wednesday, and Ben is out Thursday and Friday, which day is left?
What's the strongest counterargument to "we should always ship features as fast as possible"?
Why would a company lower prices when demand is already high? Think of reasons that make sense.
I keep procrastinating on one specific task but not others. What could be going on, causally?
Given that no reptiles are warm-blooded and some pets are reptiles, what follows about pets?
Who should get the last seat on the lifeboat: the doctor, the child, or the captain? Reason about the ethics, don't just pick.
Would banning homework make students learn less? Consider both directions.
If I remove the middle step from our onboarding, what could break downstream?
Three switches outside a room, one bulb inside, you can enter once. How do you find which switch is the bulb's?
Our team's velocity dropped after we hired two people. Is that surprising? Explain.
Why is it harder to get out of debt than into it? Give me the mechanism.
Which matters more for a new restaurant, location or menu? Argue it out.
If a witness is confident, does that make them more likely to be right? Think about the evidence.
Planning puzzle: the fox, the goose and the beans need to cross the river, the boat holds me and one item. Solve it and explain why each trip is needed.
Siamo in quattro e abbiamo una sola macchina per tre destinazioni diverse alla stessa ora. Come ci organizziamo? Ragiona sui vincoli.
Est-ce que « tout le monde le fait » est un bon argument pour changer une règle ? Analyse.
Warum sind Mieten in Großstädten so hoch, obwohl viel gebaut wird? Erklär die Zusammenhänge.
¿Es justo que el que más trabaja cobre lo mismo que el que menos? Da argumentos de los dos lados.
Почему люди верят в приметы, даже когда знают, что это неправда? Объясни механизм.
为什么越是紧急的事情越容易出错？分析一下原因。
なぜ人は損をすることを得をすることより強く嫌がるのでしょうか？理由を考えてください。
Waarom gaan mensen harder rijden op een bredere weg? Leg het verband uit.
"""
LONG = [
    """My bread keeps coming out dense. Things I changed recently:
- new bag of flour, different brand
- moved the dough to rise in the garage because the kitchen is busy
- started using a stand mixer instead of kneading by hand

Don't give me a recipe. Help me reason about which change most likely caused it and how to test that.""",
    """Two job offers:
A) startup, interesting work, unstable, long hours, equity that might be worth nothing
B) big company, boring product, stable, good work-life balance, clear promotion path
I'm 29, no kids, some savings. Walk me through how you'd decide, what questions I should ask myself.""",
]
CHATS = [
    ("You are a helpful assistant for an online bookstore.",
     ["Where is my order?", "Your order shipped yesterday and should arrive Thursday.",
      "The tracking says delivered but I got nothing, and my neighbour got a parcel for me once before. What are the likely explanations, in order?"]),
    ("You are a coding agent working in the user's repository.",
     ["why would a test pass locally but fail in CI? don't change anything yet, just list the likely causes and how to tell them apart"]),
    (None, ["what's a good name for a cat", "How about Pixel, Miso or Biscuit?",
            "we have a dog who hates change. should we get the cat now or wait until after we move? reason it through"]),
    ("Answer the user's question using the context.\nContext: The library opens at 9 on weekdays and 10 on Saturdays. It is closed on Sundays and public holidays.",
     ["Next Monday is a public holiday and I need to return a book that's due Monday. What should I do, and what happens if I can't?"]),
]

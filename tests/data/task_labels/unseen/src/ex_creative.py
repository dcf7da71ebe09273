from common import ex

L = "creative"

EX = [
ex(L, [
    ("system", "You are a helpful assistant."),
    ("user", "write a haiku about monday mornings"),
]),

ex(L, "Can you write a short bedtime story for my 5 year old about a little dragon who is afraid of the dark? Maybe 300 words, gentle ending please."),

ex(L, "Escríbeme un poema de amor cortito para mi esposa, cumplimos 10 años de casados el sábado. Ella ama el mar y las mañanas de domingo.", "es"),

ex(L, "give me 10 name ideas for a coffee shop that's also a used bookstore"),

ex(L, [
    ("system", "You are a senior copywriter at a branding agency."),
    ("user", "slogan for an eco-friendly laundry detergent. catchy, under 8 words, no puns about 'green' pls"),
]),

ex(L, [
    ("system", "You are a creative writing partner. Match the user's tone and style."),
    ("user", "Let's write a story together. I'll start: 'The house on Willow Lane had been empty for eleven years, which is why Nora was surprised to see the kitchen light on.'"),
    ("assistant", "Nora stood at the gate with her grocery bags cutting into her fingers. The light flickered once, twice, then steadied, warm and yellow, the way it used to be when her grandmother made tea at midnight. She told herself it was the electric company, a timer, kids. She told herself a lot of things as she walked up the path."),
    ("user", "continue, but introduce a twist where it turns out the narrator is the ghost, not Nora"),
]),

ex(L, [
    ("user", "my teammate switched from java to python and now refuses to ever touch javascript because of the semicolons"),
    ("assistant", "Ha, a classic case of semicolon fatigue. Python's lack of them does spoil people."),
    ("user", "lol. write a limerick about him, a programmer who hates semicolons, I'll post it in our team chat"),
]),

ex(L, "Écris une petite chanson pour l'anniversaire de ma fille qui a 7 ans et qui adore les chats. Quelque chose de simple qu'on peut chanter sur l'air de « Joyeux anniversaire » ou pas, comme tu veux.", "fr"),

ex(L, "tell me a joke about accountants"),

ex(L, """Don't translate this poem. I want a NEW poem in English inspired by it, same mood, your own words:

Caminante, son tus huellas
el camino y nada más;
caminante, no hay camino,
se hace camino al andar."""),

ex(L, "I need a rap verse about recycling for my kid's school project, 16 bars, keep it clean and kinda fun"),

ex(L, "Schreib mir eine kurze Gruselgeschichte, die in einem Nachtzug spielt. Nicht zu blutig, eher unheimlich.", "de"),

ex(L, [
    ("system", "You are a game design assistant for a fantasy RPG studio."),
    ("user", "Brainstorm 15 names for taverns in our port city. Mix of grim and cozy."),
]),

ex(L, "Write a flash fiction piece, under 300 words, where the last line completely recontextualizes everything before it."),

ex(L, "猫をテーマにした俳句を三つ作ってください。季語も入れてね。", "ja"),

ex(L, "Write a wedding toast for my brother, funny but heartfelt, around 2 minutes. He's a firefighter, his wife Jess is a vet, they met when he rescued her neighbor's parrot from a tree."),

ex(L, [
    ("user", "slogans for my bakery 'Rise & Shine', we do sourdough and pastries"),
    ("assistant", "1. Rise & Shine: Baked Fresh Every Morning\n2. Quality You Can Taste, Tradition You Can Trust\n3. Your Daily Bread, Perfected"),
    ("user", "these are too corporate. make them punny and a bit silly, like 6 more"),
]),

ex(L, "compose song lyrics in the style of a 90s grunge song about a broken vending machine that ate my dollar"),

ex(L, "Write a short poem about the number pi for our class's pi day board. No calculations or digits-memorizing tricks, just something fun and whimsical."),

ex(L, "Cria um slogan para uma pizzaria que faz entregas de bicicleta. Algo divertido.", "pt"),

ex(L, "write the opening paragraph of a noir detective novel set on Mars. rain is not an option so figure something out"),

ex(L, [
    ("system", "You are a helpful assistant."),
    ("user", "I host a podcast for beginner gardeners, it's called Dirt Cheap. Give me a few tagline options for the cover art."),
]),

ex(L, "写一首关于秋天的现代诗，不用押韵，但是要有画面感。", "zh"),

ex(L, "make up a fairy tale where the villain is a very polite cloud"),

ex(L, "can you write a sonnet about losing your keys. proper shakespearean rhyme scheme"),

ex(L, [
    ("system", "You are a D&D game master assistant. Write vivid, atmospheric descriptions."),
    ("user", "The party just arrived at the dungeon entrance. It's night, it's raining, and the entrance is a collapsed chapel on a cliff. Describe it in 2 paragraphs that I can read aloud."),
]),

ex(L, [
    ("user", "my nephew is 6 and obsessed with cheese and jokes"),
    ("assistant", "That's a great combination! Want me to come up with something for him?"),
    ("user", "yes! knock knock joke about cheese, go"),
]),

ex(L, "Придумай короткое стихотворение про зиму для детского утренника, чтобы ребёнок 5 лет мог выучить. Строк восемь.", "ru"),

ex(L, "Need a whimsical product description (~80 words) for handmade soap shaped like little mushrooms. Etsy listing. Cottagecore vibe."),

ex(L, "Write a dialogue between a robot and a grandmother arguing about how to make chicken soup. The robot keeps citing data, the grandmother keeps citing her mother."),

ex(L, [
    ("user", "what does a segmentation fault mean in C?"),
    ("assistant", "A segmentation fault happens when a program tries to access memory it isn't allowed to — for example dereferencing a NULL or dangling pointer, or writing past the end of an array. The operating system stops the program to protect memory."),
    ("user", "haha ok. now write me a short story about a segfault that comes alive and roams the computer. NOT code, an actual story, like for a kid who likes computers"),
]),

ex(L, "Scrivi una filastrocca sul mare per bambini di prima elementare, con rime facili.", "it"),

ex(L, "I'm naming my band. We play folk-punk with an accordion and a washboard. Give me 20 options, weirder the better."),

ex(L, "write a breakup text but make it a dramatic shakespearean monologue lol"),

ex(L, [
    ("system", "You help people write greeting cards."),
    ("user", "It's for my coworker Dennis who's retiring after 30 years in the mail room."),
    ("assistant", "That's a big milestone! Would you like the message to be funny, sentimental, or a bit of both?"),
    ("user", "a bit of both. 4 lines, rhyming. he's famous for never losing a package and for his terrible puns"),
]),

ex(L, "compose a short poem for my cat's memorial, she was 18 and very grumpy and I loved her so much"),

ex(L, "दोस्ती पर एक छोटी सी कविता लिखिए, जिसे मैं अपने दोस्त के जन्मदिन कार्ड पर लिख सकूं।", "hi"),

ex(L, [
    ("system", "You are a storytelling assistant for an adult horror fiction community."),
    ("user", "two-sentence horror story. make it actually scary"),
]),

ex(L, "brainstorm fun team names for our company hackathon, theme is space. we're 4 backend devs who drink too much coffee"),

ex(L, "Write an epic poem about a cat knocking a glass off a table, in the style of Homer. Invoke the muse and everything."),

ex(L, "Inventa un cuento corto sobre un pueblo donde nunca deja de llover, y un niño que nunca ha visto el sol.", "es"),

ex(L, [
    ("system", "You are Coach Bot, an assistant for youth sports coaches."),
    ("user", "Can you write me a short motivational speech for my U12 girls soccer team before the final tomorrow? We lost to this same team 3-0 in September."),
]),

ex(L, "Write a riddle — I don't want you to solve one, I want a new original riddle whose answer is 'a shadow'. Rhyming if possible."),

ex(L, "write a jingle for a car wash called Suds & Duds. radio ad, 15 seconds"),

ex(L, [
    ("user", "I wrote this first stanza of a poem:\n\nThe orchard keeps its secrets in the frost,\neach branch a finger pointing at the sky,\nand every apple that the autumn lost\nlies sleeping where the quiet fieldmice lie."),
    ("assistant", "This is lovely — the iambic pentameter is steady and the ABAB rhyme gives it a calm, old-fashioned feel. The image of branches as pointing fingers works really well."),
    ("user", "thanks! can you write a second stanza that matches the rhythm and rhyme, moving from winter into spring?"),
]),

ex(L, "Write a short scene where two exes run into each other at a mutual friend's funeral. Lots of subtext, they never say what they actually mean."),

ex(L, "Denk dir fünf lustige Namen für unser neues Meerschweinchen aus. Es ist dick, orange und sehr faul.", "de"),

ex(L, "a villanelle about insomnia pls"),

ex(L, [
    ("system", "You are a storyteller for a children's educational app. Keep content age-appropriate."),
    ("user", "make up a myth that explains why the moon changes shape every month"),
]),

ex(L, "Écris un court récit de science-fiction (une page max) dans un monde où les humains ne peuvent plus mentir.", "fr"),
]

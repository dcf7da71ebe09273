"""Natural chat, ninth batch (see __init__.py): advice, opinions, feelings and small talk, including about technical
topics without asking for code; app traffic with a system prompt; multi-turn where the last message is chat."""

ONE_LINERS = """
honestly I'm a bit burnt out from work lately, any tips for getting my energy back?
do you think it's worth learning Rust in 2026 or is that just hype?
what's your favourite programming language and why? no wrong answers
I just got my first job as a developer!! so excited
ugh, another standup that could have been an email
what do you think about tabs vs spaces, just curious where you stand
my code review got torn apart today and I feel kind of stupid
any advice for a first-time manager who used to be the team's best engineer?
is it normal to feel like an impostor after five years in tech?
Which do you prefer, vim or emacs? I won't be offended
I can't sleep. talk to me for a bit?
what's a good hobby for someone who sits at a desk all day?
how do you usually deal with a coworker who interrupts all the time?
my dog passed away yesterday
Do you ever get bored of answering the same questions?
I'm thinking about quitting my job to travel for a year. Am I crazy?
good morning! it's finally sunny here
thanks, that actually helped a lot
what would you recommend for someone who wants to read more but never finishes books?
how are you holding up today
Is remote work better for your career or worse, in your opinion?
I love the smell of rain on hot pavement, is that weird?
what's the best advice you'd give your younger self about programming?
do you have opinions on microservices or do you stay neutral?
Bonjour ! Tu as passé une bonne journée ?
Ich bin total gestresst wegen der Prüfungen nächste Woche. Hast du einen Rat?
¿Qué opinas de trabajar desde casa? Yo ya no sé si me gusta.
Mi sento un po' solo da quando mi sono trasferito. Come si fanno nuovi amici da adulti?
Tô muito feliz hoje, passei na entrevista!
Hej, jak się masz? Nudzi mi się w pracy.
Привет! Как настроение? У меня сегодня выходной.
Посоветуй, как не выгореть на работе?
最近工作压力好大，你有什么放松的建议吗？
今日は疲れたなあ。ちょっと話し相手になってくれる？
요즘 너무 외로워요. 그냥 얘기 좀 해도 될까요?
Bugün çok yorgunum, biraz sohbet edelim mi?
Hoi! Wat vind jij eigenlijk van Python vergeleken met Java? Gewoon je mening.
Mitä kuuluu? Täällä sataa taas.
Xin chào! Hôm nay bạn thế nào?
مرحبا، أشعر بالملل اليوم. هل لديك اقتراحات لشيء ممتع؟
नमस्ते! आज मेरा मूड बहुत अच्छा है।
Habari! Leo nimefurahi sana.
"""
LONG = [
    """I've been programming for about ten years, mostly backend Java. Lately I feel like the industry moves so fast that everything I know is becoming obsolete. Everyone talks about AI agents and I'm not sure where I fit anymore.

I'm not asking for a course recommendation, I just want to talk about it. Do you think experienced engineers still matter?""",
    """My sister and I had a fight about whether to put our mom in a care home. I don't want a plan or a list, I think I just need to vent for a minute.
She thinks I'm not helping enough and maybe she's right.""",
    """So I finally deployed the side project I've been working on for a year. It's a little app for tracking houseplants. Three people signed up, one of them is my mom 😂

Anyway, just wanted to share. How's your day going?""",
]
CHATS = [
    ("You are a customer support assistant for Acme Cloud. Be friendly.",
     ["Can you check why my deploy failed?", "It looks like the build ran out of memory; I've restarted it with a larger instance.",
      "it worked, thank you so much, you're a lifesaver"]),
    ("You are a coding agent working in the user's repository.",
     ["add a retry to the fetch function", "Done: fetch now retries 3 times with exponential backoff.",
      "nice. honestly do you think retries are overused? feels like every codebase I join has them everywhere"]),
    ("You are a helpful assistant. Answer using the documents provided.\n\nDocument: Our office is closed on public holidays.",
     ["haha this is a weird question but do you ever wish you could take a holiday?"]),
    (None, ["Summarize this article about remote work: [long article]", "The article argues that remote work increases productivity...",
            "Interesting. I personally miss the office banter though. Do you think people are lonelier now?"]),
    (None, ["write a python function to reverse a list", "def reverse(xs): return xs[::-1]",
            "thanks! I'm learning python at 52, feels a bit late honestly"]),
    ("Du bist ein freundlicher Assistent.",
     ["Ich hab heute meinen ersten Marathon geschafft! Bin total kaputt, aber glücklich."]),
    ("You are a JSON API. Respond only with valid JSON.",
     ["hey, before we start, how's it going? long day here"]),
]

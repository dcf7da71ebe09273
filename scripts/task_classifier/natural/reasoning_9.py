"""Natural reasoning requests, ninth batch (see __init__.py): reasoning without numbers — deduction, planning
under constraints, causal and counterfactual chains, weighing an argument, trade-off decisions; app traffic
with a system prompt; multi-turn where the last ask is the reasoning."""

ONE_LINERS = """
If every manager in our office drives to work and Priya takes the bus, can Priya be a manager? Walk me through it.
My landlord says the leak is my fault because it started after I moved in. Does that follow?
I need to visit the bank, the post office and the pharmacy before the pharmacy closes, but the bank only opens after the post office does. What order makes sense and why?
Is the argument "most successful founders dropped out of college, so dropping out makes you successful" sound? Where does it break?
What would have changed if the printing press had been invented in China and never reached Europe?
We can either hire one senior engineer or two juniors. Talk me through the trade-offs for a team that ships weekly.
Suppose nobody could lie for a day. Which institutions would struggle first, and why?
The plants on my north windowsill are dying but the ones on the south side are fine. What's the most likely chain of causes?
If all the bloggers I follow are also podcasters, and none of the podcasters I follow live in Canada, what can I conclude about bloggers in Canada?
Should a small bakery take on a big supermarket contract that would be half its revenue? Reason through the risks.
Why did the Roman Empire in the west fall while the eastern half lasted another thousand years? Give me the causal story, not a list of dates.
My friend says vaccines cause autism because his cousin's symptoms appeared after a shot. What's wrong with this reasoning?
Four friends sit in a row. Ana is not at either end, Ben sits right of Carla, and Dev is next to Ana. Who can sit where?
If a city bans cars from its centre, what second- and third-order effects should it expect?
Plan a weekend move of a family of four with one car, a cat that hates travel, and a landlord who wants the keys by Sunday noon.
Was it rational for the team to keep investing in the project after the first two failures? Think about sunk costs.
Explain why correlation between ice cream sales and drownings doesn't mean one causes the other.
Which is the better choice for a two-week trip: one city in depth or four cities quickly? Weigh it for someone who hates packing.
If the referee had not blown the whistle, would the goal have counted? Reason through the rules as I described them: the ball crossed before the foul.
Our users churn after the free trial. Give me three competing hypotheses and how I'd tell them apart.
Deduce the culprit: the gardener was in the greenhouse, the cook never leaves the kitchen before nine, and the window was broken from inside at eight.
Is it better to fix the flaky test or delete it? Argue both sides and then pick one.
Si tous les chats de la maison dorment le jour et que Minou est éveillée à midi, Minou est-elle un chat de la maison ? Explique.
Wenn die Brücke gesperrt wird, welche Folgen hat das für Pendler, Händler und die Nachbarstadt? Denk die Kette durch.
¿Qué habría pasado si Colón nunca hubiera regresado a España? Razona las consecuencias.
Se eu aceitar a promoção mas tiver que mudar de cidade, o que pesa mais: a carreira ou a família perto? Me ajude a pensar.
Czy to rozumowanie jest poprawne: "Każdy student się uczy, Jan się uczy, więc Jan jest studentem"? Wyjaśnij błąd.
Если бы паровой двигатель изобрели на сто лет раньше, как бы изменилась Европа? Порассуждай.
もし電気がなかったら、現代の都市はどのように機能していたと思いますか？段階的に考えてください。
如果一个团队没有任何截止日期，项目会更好还是更差？请分析利弊。
만약 모든 사람이 같은 언어를 쓴다면 세계는 어떻게 달라질까요? 원인과 결과를 따라 생각해 주세요.
Eğer herkes evden çalışsaydı şehir merkezlerine ne olurdu? Adım adım düşün.
Jika semua toko tutup pada hari Minggu, apa dampaknya bagi pekerja dan pembeli? Jelaskan alasannya.
Om alla slutade använda kontanter, vilka grupper skulle drabbas mest? Resonera.
Αν οι εκλογές γίνονταν κάθε χρόνο, θα ήταν καλύτερη η δημοκρατία; Σκέψου τα υπέρ και τα κατά.
אם כל הרכבות היו חינמיות, מה היה קורה לכבישים? תחשוב על זה שלב אחר שלב.
ถ้าโรงเรียนเลิกสอบทั้งหมด จะเกิดอะไรขึ้นกับนักเรียน ลองวิเคราะห์เหตุและผล
Nếu mọi người làm việc bốn ngày một tuần thì nền kinh tế sẽ ra sao? Hãy suy luận.
"""
LONG = [
    """We have three options for the holiday party and I can't decide.

Option A: a restaurant downtown, everyone has to commute, but nobody has to clean.
Option B: the office, cheap, but people associate it with work.
Option C: someone's house, cozy, but only fits part of the team and the host does all the work.

Half the team has young kids and can't stay late. What would you pick and why? Think it through rather than just picking.""",
    """Here's the situation: my manager promised a promotion "next cycle" two cycles ago. A competitor offered me a role with a better title but a worse product. My partner just started a new job in this city.

I'm not asking what to feel, I'm asking how to reason about it. What factors matter most and how would you weigh them?""",
    """Puzzle from my daughter's homework:
- The red house is left of the green house.
- The person who owns a dog lives in the middle house.
- The blue house is not next to the red house.
There are three houses. Which colour is in the middle, and who has the dog? Explain each step.""",
    """Context: our support team answers tickets in the order they arrive. Enterprise customers complain that urgent issues wait behind trivial ones; small customers complain when they get skipped.

Don't write any code. Reason about which queueing policy is fairest and what each policy costs.""",
]
CHATS = [
    ("You are a helpful assistant for a logistics company. Be concise.",
     ["Can you summarise our delivery policy?", "Deliveries are made Monday to Friday; weekend delivery costs extra...",
      "OK. If a customer orders on Friday evening and the warehouse is closed on Monday for a holiday, when is the earliest they can get it, and what could go wrong? Reason it out."]),
    (None, ["write me a short poem about autumn", "Leaves let go, the light grows thin...",
            "lovely. different question: why do leaves actually change colour in autumn? explain the cause, step by step"]),
    ("You are Acme Bank's virtual assistant.",
     ["I want to decide between paying off my car loan early or putting the money in savings. What should I think about? No need for exact numbers, just the logic."]),
    ("You are a coding agent working in the user's repository. Use tools when needed.",
     ["before touching any code: we have two ways to migrate the users table, big-bang over a weekend or dual-write for a month. which is less risky for a team of three, and why?"]),
    (None, ["Translate 'good luck' into Italian", "Buona fortuna!",
            "If I say buona fortuna to an actor before a show, is that rude? Think about why the custom exists."]),
    ("Eres un asistente de atención al cliente.",
     ["Tengo dos ofertas de internet: una más barata con contrato de dos años y otra más cara sin permanencia. Me mudo quizá el año que viene. ¿Cuál conviene y por qué?"]),
]

"""`reasoning`: deduction, logic puzzles, planning under constraints, cause-and-effect chains, finding the flaw
in an argument, and decisions the user explicitly wants reasoned through.

Much of it is asked conversationally ("ok so who took the van keys") or inside apps whose system prompt is
about something else (a ferry bot, a coding agent, a recipe app). Puzzles that are solved by arithmetic are
`math`; debugging a program is `code`; casual "what do you think" opinions are `chat`.
"""

from common import A, S, ex

ESCAPE = S("You are the hint system for Locked In, an escape-room company. Give players one hint at a time "
           "about the room they are in. Room: 'The Lighthouse Keeper'.")
AGENT = S("You are a coding agent in the repository `tidewatch` (Python). You can run shell commands and edit "
          "files. Be concise.")
RECIPE = S("You are Sprig, a recipe and meal-planning assistant. Suggest recipes, shopping lists and swaps for "
           "dietary needs.")
WEDDING = S("You are Vow & Venue's planning assistant. Help couples with timelines, vendors, budgets and "
            "seating. Be upbeat.")
CLINIC_ADMIN = S("You are the scheduling assistant for Elm Park Physiotherapy's admin team. You help staff "
                 "arrange therapist rotas and room bookings. You do not give clinical advice.")
LEAGUE = S("Du bist der Assistent der Freizeit-Volleyballliga Rhein-Neckar. Du hilfst bei Spielplänen, "
           "Hallenbelegung und Regeln.")

ONCALL = """who can't do what (dec 22 - jan 4):
- Priya: away dec 24-28
- Tomás: can't do two weekends in a row, already did dec 20-21
- Wen: only after dec 27
- Ola: any time but not jan 1 (has a thing)
- each weekend block (sat+sun) needs 1 person, weekdays are covered by the bot
weekends: dec 27-28, jan 3-4"""

INCIDENT = """timeline (all UTC)
09:02 deploy of billing-api v4.18 starts (canary 10%)
09:05 error rate on /invoices up from 0.2% to 0.3%
09:11 canary promoted to 100%
09:14 postgres connections at 480/500
09:15 p99 latency /invoices 9.8s
09:16 unrelated: CDN provider posts 'degraded performance EU'
09:21 rollback to v4.17
09:24 postgres connections 210/500, latency normal
note: v4.18 changed the ORM session scope from per-request to per-worker"""

EXAMPLES = [
    ex("en", "ok so. three roommates, one van key. Jo says 'I didn't take it'. Sam says 'Kai took it'. Kai says 'Sam is lying'. only one of them is telling the truth. who took the key"),
    ex("en", ESCAPE, "we found a compass with N and S swapped, a logbook with the entries 'storm from west', 'beacon dark on the 3rd night', and a locked chest with a 3-letter dial. give us a hint but also, honestly, reason out what the code most likely is, we're 5 min from the end"),
    ex("en", f"can you work out a fair on-call rota for the two weekend blocks from this? explain why each choice is forced or not\n\n{ONCALL}"),
    ex("en", AGENT, "fixed the flaky test, thanks", A("Glad it's green. The fixture now resets the clock between tests."),
       "different topic. the team is arguing whether the billing rewrite slipped because of the scope or because two seniors left in march. I don't want code. walk through the evidence: the scope didn't change after feb, velocity dropped 40% in april, and the unfinished parts were exactly the ones the two seniors owned"),
    ex("en", f"what actually caused this incident? the CDN thing is a red herring right? argue it from the timeline\n\n{INCIDENT}"),
    ex("en", "give me 5 silly names for made-up creatures for my d&d notes", A("Blorp, Snizzle, Quaffleback, Mudwhistle, Grent."), "ha perfect. now use them: if all the blorps are snizzles and some snizzles are green, does it follow that some blorps are green? my friend insists yes"),
    ex("en", RECIPE, "thanks for the lasagne. now a weird one: I'm cooking Sunday lunch, oven fits one dish at a time. roast needs 90 min at 180, potatoes 50 at 200, crumble 35 at 180, and everything has to be hot at 13:00. roast can rest 20 min covered. in what order and when do I put things in? think it through"),
    ex("en", S("You are RentRight, an information bot for tenants in Manchester. Explain tenancy terms and point to official guidance. You are not a solicitor."), "My landlord says: 'If you paint the walls, you lose the deposit. You didn't paint the walls, so you keep the deposit.' isn't that a logical fallacy even though I like the conclusion?"),
    ex("en", "why does `for f in $(ls *.txt)` break on filenames with spaces", A("Because the unquoted $(...) is split on whitespace. Use `for f in *.txt; do ...; done` and quote \"$f\"."), "makes sense. off-topic: three light bulbs in the attic, three switches downstairs, one trip up. how do I know which switch is which? don't just tell me the trick, explain why it works"),
    ex("en", WEDDING, "seating headache. table of 6: Aunt May can't sit next to Uncle Ron, Ron must sit next to Lily (she's 4), Lily must also sit next to her mum Jess, Jess and May are fine together, and Dev (Ron's brother) should be opposite Ron. round table. is there an arrangement? reason it out"),
    ex("en", "I have two job offers. A: 72k, fully remote, startup with 9 months runway. B: 64k, hybrid 3 days, big insurer, pension match 6%. I have a mortgage and a baby coming in April. walk me through how to think about it, I don't want a yes/no, I want the reasoning"),
    ex("en", "Write a SQL query that finds duplicate emails.", A("SELECT email, COUNT(*) FROM users GROUP BY email HAVING COUNT(*) > 1;"),
       "thx. unrelated brain teaser from my kid: a man looks at a portrait and says 'brothers and sisters I have none, but that man's father is my father's son'. who is in the portrait"),
    ex("en", "Everyone who got food poisoning at the party ate the prawns or the mayo salad. Nobody who only ate prawns got sick. Two people who ate the mayo salad didn't get sick. What can we conclude and what can't we?"),
    ex("en", CLINIC_ADMIN, "I need to fit 4 therapists into 3 rooms on Wednesday. Ana only works mornings, Ben needs the hydro room 10-12, Chidi and Ben can't share a room in the same hour because they both need the plinth, and Dara prefers afternoons but can do 9-10. Rooms are Hydro, Room 1, Room 2. Is it possible for everyone to get at least 3 hours? Explain"),
    ex("en", "how do you say 'boat' in Norwegian", A("\"Båt\"."), "ok. river crossing variant: farmer, wolf, goat, cabbage AND a dog that bites the wolf if left alone with it. boat takes farmer + 1. solvable?"),
    ex("en", S("You are Brandwise, a marketing-copy assistant for small e-commerce shops. Write product copy, emails and ad variants."), "not copy today. our sales went up right after we changed the logo. marketing says the logo did it. what else could explain it and how would you tell the difference?"),
    ex("en", "i'm so bored in this lecture", A("Ha, hang in there. Want something to keep your brain busy?"), "yes. actually here's one: box A says 'the gold is in B', box B says 'the gold is not here', box C says 'the gold is in A'. exactly one label is true. where's the gold"),
    ex("en", S("You are Nordhavn Ferries' virtual assistant. Help passengers with bookings, timetables and delays."),
       "ok, puzzle-ish question. I need to get me, my car and a trailer across. the small ferry takes car OR trailer, not both, and only leaves the mainland at :15 and the island at :45, 20 minute crossing. the big ferry takes both but only at 11:00. I can leave the trailer on the pier. if I arrive at 9:00 what's the earliest I can have both on the island? reason it step by step, don't look anything up"),
    ex("en", "is 'we've always done it this way and nothing bad happened' a good argument for keeping our manual deploy process? steelman it and then take it apart"),
    ex("en", "list the names in this: 'Ana (PM), Bea (design), Cy (backend), Dee (QA)'", A("Ana, Bea, Cy, Dee."), "hmm ok. if I'm taller than Ana, Ana is taller than Bea, and Bea's taller than Cy but shorter than Dee, who could be the tallest? is it definitely me?"),
    ex("en", "The release can go out only if QA signs off and either the security review is done or the change is flagged low-risk. QA signed off. The change isn't low-risk. The release went out. What does that tell us about the security review, assuming people followed the rule?"),
    ex("en", AGENT, "here's a weird one from our standup, not code: 5 people, each speaks once. Rui wants to go right after Mae. Mae can't go first. Ken must go before Lou but not immediately before. Zoe goes last. list all orders that work"),
    ex("en", "my plant dies every winter on the same windowsill, other plants on it are fine, it's near a radiator and I water it the same as summer. what's most likely going on? reason it out before you answer"),
    ex("en", "Summarise this in one line: 'The committee met and postponed the vote.'", A("The committee postponed the vote."),
       "cool. now think about this: if the committee postpones every vote where attendance is under 60%, and attendance was 58%, but the chair says the vote was postponed 'for other reasons' — can we know whether attendance was the reason? why/why not"),
    ex("en", "4 suspects, 1 broke the printer. A: 'B did it.' B: 'D did it.' C: 'I didn't.' D: 'B is lying.' only one is true. who?"),
    ex("en", "should we do the data migration before or after the pricing change goes live? pricing depends on the new tables, but support wants a quiet week after any customer-facing change and the migration needs a read-only window. help me reason about the order"),
    ex("en", S("You are SkyCast's in-app assistant. Answer questions about the forecast, alerts and app settings."), "Is it possible to have a week where every day is warmer than the day before but the week is colder on average than the previous one? think"),
    ex("en", "write me a one-line tagline for a founder podcast", A("\"Building the thing, one bad week at a time.\""), "lol. a guest on it said something I keep thinking about. my friend argues: 'most startups fail. most startups have founders under 35. so being under 35 makes you fail.' what's wrong with that"),
    ex("en", S("You are Piko, the in-game helper of the puzzle app BrainBreak. Explain rules and give hints for the current level."), "level 40 is a balance scale thing and I just want to understand the idea: you have 8 coins, one is slightly heavier, a balance scale, two weighings. how? explain the logic of each branch"),
    ex("en", "lol my brain is fried", A("Sounds like a long day! Want to talk about it or do something light?"),
       "light. give me a logic thing to think through WITH me: if every knight tells the truth and every knave lies and someone says 'I am a knave', what's going on?"),
    ex("en", LEAGUE, "Unrelated to our league: in a round robin of 5 teams, could three teams all end with the same number of wins and the other two with different numbers? just think it through, no need for a table of every game"),
    ex("en", "why does it get dark earlier in december but the coldest days are usually in january? explain the chain of causes"),
    ex("es", "Dame un nombre para un bar de tapas en Cádiz", A("\"La Caleta Chica\"."), "Me encanta. Ahora otra cosa. A ver, tres amigas: Lucía, Marta y Nerea. Una es médica, otra abogada, otra profesora. La abogada es la más joven. Marta es mayor que la profesora. Lucía no es médica y es mayor que Marta. ¿Quién es qué? Explícamelo"),
    ex("fr", "Un pote me dit : « Si tu révises, tu réussis. Tu as réussi, donc tu as révisé. » C'est valable comme raisonnement ? Explique-moi pourquoi."),
    ex("de", LEAGUE, "Wir haben 6 Teams und nur 2 Hallenabende (Di, Do), pro Abend 3 Spiele nacheinander in einer Halle. Kein Team soll am selben Abend zweimal spielen, und Team 3 kann donnerstags nicht. Geht das für eine Runde, in der jedes Team genau einmal spielt? Begründe."),
    ex("pt", "Tenho que escolher entre fazer mestrado agora ou trabalhar 2 anos primeiro. Bolsa só existe agora, mas a empresa onde estagio me ofereceu efetivação. Me ajuda a pensar nisso com calma, pesando os prós e contras de cada caminho?"),
    ex("it", "Se piove, Luca prende l'autobus. Se Luca prende l'autobus, arriva in ritardo. Oggi Luca è arrivato puntuale. Cosa posso concludere sul tempo? Ragiona passo per passo."),
    ex("pl", RECIPE, "Dzięki za listę zakupów. Inne pytanie: mam 3 garnki i 4 dania na obiad, każde gotuje się w jednym garnku: zupa 40 min, ziemniaki 25, sos 15, kasza 20. Wszystko ma być gotowe naraz o 14:00, ale sos musi być robiony po ziemniakach w tym samym garnku. Da się? Wytłumacz."),
    ex("ru", "Загадка: в комнате три выключателя и одна лампа в другой комнате, но зайти туда можно дважды. Проще ведь, чем классика? Или есть подвох? Порассуждай."),
    ex("uk", "Колега каже, що оскільки після запровадження віддаленої роботи кількість лікарняних зменшилась, то віддалена робота покращує здоров'я. Які тут можуть бути інші пояснення?"),
    ex("zh", "Translate '早上好' to English", A("Good morning."), "谢谢。另外想请你推理一下：甲说乙在说谎，乙说丙在说谎，丙说甲和乙都在说谎。到底谁说的是真话？"),
    ex("ja", ESCAPE, "ヒントありがとう。でも最後の部屋で詰まってる。赤い箱は青い箱より左、緑の箱は端じゃない、黄色は赤の隣。4つ並んでて、鍵は左から2番目の箱。鍵は何色の箱？一緒に考えて"),
    ex("ko", "친구가 '이번 주에 비가 오면 소풍은 취소야. 소풍 취소 안 됐어.'라고 했어요. 그럼 이번 주에 비가 안 왔다고 확실히 말할 수 있나요? 논리적으로 설명해 주세요."),
    ex("hi", "teen dost hain — Ravi, Sunil aur Aman. ek hamesha sach bolta hai, ek hamesha jhooth, aur ek kabhi sach kabhi jhooth. Ravi kehta hai 'Sunil jhootha hai', Sunil kehta hai 'main kabhi-kabhi wala hoon'. kaun kya hai? samjha ke batao"),
    ex("ar", WEDDING, "شكراً على الجدول. سؤال تاني: عندنا ثلاث قاعات، الأولى أرخص لكن بعيدة عن الفندق، الثانية قريبة لكن تتسع لـ 120 ونحن 135، والثالثة مناسبة لكن متاحة فقط يوم خميس. ساعدني أفكر بطريقة منطقية أيهم أفضل وليش."),
    ex("id", "Ada 5 rumah berjejer, masing-masing warna beda. Rumah hijau tepat di kiri rumah putih. Rumah merah di tengah. Rumah kuning paling kiri. Rumah biru di sebelah kanan rumah merah. Urutannya gimana? Jelasin langkahnya."),
    ex("vi", S("Bạn là trợ lý của ứng dụng đặt lịch học lái xe BánhLái. Bạn giúp học viên đặt và đổi lịch học."),
       "Lịch học xong rồi, cảm ơn. Giờ mình muốn hỏi cái khác: nếu 'mọi người lái xe cẩn thận đều không bị phạt' và 'anh Nam bị phạt', thì có thể kết luận anh Nam lái xe không cẩn thận không? Giải thích giúp mình."),
    ex("sv", "Tre lådor är felmärkta: 'äpplen', 'apelsiner', 'blandat'. Alla etiketter är fel. Jag får ta upp en frukt ur en låda. Hur vet jag vad som finns i alla? Förklara resonemanget."),
    ex("el", "Αν όλοι οι γάτοι του γείτονα είναι μαύροι και η Μίνα είναι μαύρη, σημαίνει ότι η Μίνα είναι του γείτονα; Εξήγησε μου γιατί ναι ή όχι."),
    ex("th", "แปลคำว่า 'weekday' เป็นไทย", A("วันธรรมดา"), "ขอบคุณ แล้วถ้าวันนี้เป็นวันพุธ เมื่อวานของพรุ่งนี้ของเมื่อวานคือวันอะไร ช่วยคิดให้ดูทีละขั้น"),
]

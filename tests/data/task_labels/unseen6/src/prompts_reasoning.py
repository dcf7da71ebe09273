"""reasoning: deduction, liar and constraint puzzles, planning under constraints, causal diagnosis outside code,
argument evaluation and decisions the user asks to have reasoned through, often asked conversationally or inside
apps whose system prompt is about something else."""

from common import A, S, ex

QUESTKEEPER = S("You are Questkeeper, a prep tool for tabletop game masters: encounter balancing, NPC names, loot "
                "tables and session notes.")
PEOPLEDESK = S("You are PeopleDesk, the HR assistant at Orsolo Logistics. Answer questions about leave, payroll "
               "dates, benefits and policies, citing the handbook section.")
CRUMB = S("You are Dispatch Desk, the planning assistant for Crumb & Co bakery's delivery team. Help plan routes, "
          "driver shifts and order cut-off times.")
AGENT = S("You are a coding agent working in the user's repository. Make small, reviewed changes and explain them.")
LEDGERLY = S("You are the SQL helper in Ledgerly, a reporting tool on PostgreSQL 15. Reply with one SQL statement "
             "and at most two sentences.")
ROUTER_RAG = S("Answer the customer's question using only the context below. If the answer is not there, say so.\n\n"
               "CONTEXT:\n[KB-2231] To reset the Zephyr X2 router, hold the recessed button for 10 seconds until "
               "the light blinks amber.\n[KB-2240] If the light stays red after a reset, the line may be down; "
               "contact support with your account number.\n[KB-2251] Lightning damage to the power adapter can "
               "also cause a steady red light; a replacement adapter is free within warranty.")

INCIDENT = '''Timeline, all times UTC, Thursday:
09:02 Marketing sends the "Winter Sale" push notification to 1.4M users.
09:03 Traffic to the mobile API rises from ~900 rps to ~5,200 rps.
09:04 Autoscaler adds 6 API pods (max 20). CPU per pod stays under 55%.
09:05 p99 latency on /cart rises from 180 ms to 2.4 s. /search and /home are unaffected.
09:06 Postgres primary: active connections 500/500 (max_connections). pgbouncer not in use for the cart service.
09:06 Cart service logs "remaining connection slots are reserved" errors.
09:07 On-call pages. Someone notices the 08:30 deploy of cart v4.12 changed the pool size per pod from 10 to 40.
09:09 On-call scales API pods back from 14 to 8. Errors on /cart drop by about half.
09:12 Rollback of cart v4.12 to v4.11 finishes. /cart p99 back to 210 ms by 09:14.
09:15 Traffic still at ~4,800 rps. No further errors.
09:40 A second push ("Last chance!") goes out; traffic peaks at 6,100 rps; no errors.'''

OPED = '''From this week's Riverside Gazette opinion page:

"The new 20 mph limit on Castle Road was sold to us as a safety measure. Six months in, the figures are in, and
they are damning. In the six months before the limit there were 11 recorded collisions on Castle Road. In the six
months since there have been 9. Two fewer collisions, for all that disruption? Meanwhile my own commute has gone
from 14 minutes to 19. Every driver I have spoken to at the Red Lion agrees the limit is pointless. The council's
own traffic officer admitted that most drivers exceed 20 mph anyway, which proves that the limit cannot be what
reduced collisions. And if it did not reduce collisions, it has done nothing at all. Worse, the council is now
talking about extending the scheme to Mill Lane, where there has not been a single serious injury in three years,
which shows the scheme was never really about safety. It is time to admit the experiment has failed and restore
the 30 mph limit before the summer tourist season makes the queues even longer."'''

EXAMPLES = [
    ex("en", QUESTKEEPER, "my players are stuck on a door riddle I wrote and now I'm not even sure it has a single "
       "answer. red door: 'the treasure is not here'. blue door: 'the treasure is behind the red door'. green door: "
       "'the blue door lies'. exactly one inscription is true. where's the treasure, and is that the only "
       "possibility?"),
    ex("en", PEOPLEDESK, "three of us on the night shift want the same week off in August (week 33). rule is at "
       "least 2 of the 4 of us have to be working any given week. Dani asked first but took week 33 last year, "
       "Rui has a wedding abroad that week (can't move), and I'd just like it for the kids' holiday, other weeks "
       "are fine-ish. the fourth person, Mo, doesn't care. who should get it and what's the fair way to reason "
       "about it?"),
    ex("en", CRUMB, "can one driver do all five tomorrow or do we need two? constraints: the Mill St café has to get "
       "its bread before 7, the school kitchen won't accept before the hospital canteen has been done (shared "
       "loading bay, hospital has priority), the farm shop is only open after 9, and the hotel wants it before the "
       "school but after 7 because the night porter can't sign. give me an order that works or tell me why none does"),
    ex("en", AGENT, "forget the code for a second. on monday we moved the billing jobs to the new queue, on tuesday "
       "the auth change went out, and on wednesday marketing ran a campaign. error rate on invoice creation went "
       "up tuesday afternoon and stayed up. what's the most likely cause, and what observations would tell those "
       "three apart?"),
    ex("en", S("You are Lola, the conversation partner in the Habla app. The learner is practising Spanish at A2 "
               "level."),
       "sorry, English for a sec, my teacher gave us a logic warm-up. if all my cousins speak Spanish, and some "
       "Spanish speakers are from Peru, does it follow that some of my cousins are from Peru?"),
    ex("en", S("You are MathPal, a tutor for secondary-school maths. Guide the student step by step."),
       "not homework, it's from a puzzle book. four teams in a mini league, each plays each once, 3 points for a "
       "win, 1 for a draw. final table: A 7, B 5, C 4, D 0. who drew with whom and who beat whom? is there only "
       "one way?"),
    ex("en", S("You are Nova, the assistant in the Fernbank mobile banking app. Help with cards, transfers and "
               "savings pots."),
       "I have 2k in savings at 3% and a 2k balance on a 0% card that goes to 24.9% in 5 months. I'm a bit "
       "disorganised with deadlines, honestly. walk me through how to think about paying it off now vs later, I "
       "don't need exact numbers"),
    ex("en", S("You are the guide bot of the Kessler Museum of Maritime History. Answer visitors' questions about "
               "exhibits, rooms and opening times."),
       "the placard in room 4 says the captain's portrait was painted in 1790. but his coat has those high collars "
       "and the frame has a maker's label from 1805. what's the most plausible story here?"),
    ex("en", S("Reply ONLY with JSON: {\"intent\": string, \"entities\": object}. No prose."),
       "odd one out and why: violin, harp, guitar, trumpet, cello"),
    ex("en", S("You are Nestwise, a home-buying assistant. Explain listings, fees and the buying process."),
       "help me think it through. flat A: 10 minutes from my office, busy road, third floor, no lift. flat B: "
       "40 minutes out, small garden, quiet. I work from home 2 days a week, my partner cycles to the hospital and "
       "does night shifts, and we're thinking about a kid in two years. which one, and what am I not weighing?"),
    ex("en", ROUTER_RAG, "how do I reset the router",
       A("Hold the recessed button for 10 seconds until the light blinks amber (KB-2231)."),
       "did it. the light is still red after the reset. my neighbour has the same router and provider and "
       "hers works fine. mine was fine until the storm last night and the adapter smells a bit weird. so is it the "
       "line or my stuff? reason it out from what I told you"),
    ex("en", S("You are Stride, the coach in a running app. Build training plans, adjust paces and explain "
               "workouts."),
       "my friend says I got slower because I started lifting twice a week. but I also started a new job, sleep "
       "like 6 hours, and it's been 30 degrees out for a month. which is it most likely, and how would I actually "
       "find out?"),
    ex("en", LEDGERLY, "revenue per customer by quarter for 2026",
       A("SELECT date_trunc('quarter', placed_at) AS q, sum(total_cents) / 100.0 / count(DISTINCT "
         "customer_id) AS revenue_per_customer FROM orders WHERE placed_at >= '2026-01-01' GROUP BY q ORDER BY q;"),
       "thanks. not a query this time. the dashboard says revenue per customer dropped 12% this quarter while "
       "total revenue grew 20%. the CEO reads that as 'customers are spending less'. is that the right reading? "
       "what else could produce those two numbers?"),
    ex("en", S("You are Amplify, a marketing assistant for newsletters: subject lines, segments and send times."),
       "our open rate went from 21% to 38% in the same month most of our readers got the iOS update with mail "
       "privacy protection. clicks stayed flat. do we celebrate the new subject lines or not? think it through"),
    ex("en", S("You are Pip, the tutor in CodeCubs, an app that teaches Python to children aged 10 to 14."),
       "pip riddle time!! a man looks at a portrait and says 'brothers and sisters I have none, but that man's "
       "father is my father's son'. who is in the portrait? my dad says it's the man himself"),
    ex("en", S("You are Railhop, a rail booking assistant for European trains."),
       "I need to be in Lyon for a 9am meeting on Tuesday and in Milan by Wednesday evening. my aunt in Geneva can "
       "only do Tuesday lunch or Wednesday breakfast. is there an order that works? don't book anything, just "
       "reason about whether it's possible"),

    ex("en", "translate this riddle my Polish friend sent: 'Kasia mówi: Tomek zjadł ciasto. Tomek mówi: Kasia "
       "kłamie. Ola mówi: Ja nie zjadłam ciasta. Tylko jedna osoba mówi prawdę.'",
       A("\"Kasia says: Tomek ate the cake. Tomek says: Kasia is lying. Ola says: I didn't eat the cake. Only one "
         "person is telling the truth.\""),
       "hmm ok so who ate it then?"),
    ex("en", "write me a limerick about a lighthouse",
       A("A keeper who lived by the sea\nkept the lamp lit from seven till three;\nwhen they asked him why not\n"
         "keep it on the whole lot,\nhe said \"fuel isn't, sadly, for free.\""),
       "lol. ok my nephew asked me this and I'm stumped: you're in a race and overtake the person in second "
       "place. what place are you in now? he says first and I say second and we've been shouting for ten minutes"),
    ex("en", "fix this: SELECT name FROM users WHERE created_at > '2026-01-01' ORDER BY 2",
       A("`ORDER BY 2` refers to a second selected column, but you only select `name`. Use `ORDER BY name` or "
         "add the column you meant to sort by."),
       "thanks. now a brainteaser from standup: the documents have a country on one side and a stamp colour on "
       "the other. rule: if it's from Brazil it must have a blue stamp. on the table I see 'Brazil', 'Chile', "
       "'blue stamp', 'red stamp'. which ones do I have to flip to check the rule, and only those?"),
    ex("en", "summarise the incident timeline below in two lines\n\n" + INCIDENT,
       A("A marketing push at 09:02 raised traffic about fivefold; the cart service exhausted Postgres connections "
         "and /cart slowed badly until v4.12 was rolled back at 09:12."),
       "no, I mean: don't summarise it, tell me what actually caused it. was it the push, the autoscaler or the "
       "deploy? argue from the timeline, especially the 09:40 push"),
    ex("en", "here's an opinion piece from our local paper.\n\n" + OPED + "\n\nis the argument any good? go through "
       "it claim by claim, I'm not interested in a summary"),
    ex("en", "write a short friendly note to put through my neighbour's door: I took in a parcel for them",
       A("Hi! A parcel came for you while you were out, so I've taken it in. Knock any time at number 14 to pick "
         "it up. Cheers, Priya"),
       "thanks. thing is, nobody's answered for days. their car hasn't moved in five days, there's mail piling up "
       "on the step, but the living room "
       "light comes on at exactly 7pm every evening and goes off at 11. what's most likely going on? should I "
       "worry?"),
    ex("en", "how much water for 500 g flour at 75% hydration",
       A("375 g of water (500 × 0.75)."),
       "did exactly that and my sourdough still didn't rise this week. things that changed: new flour brand, the "
       "flat got colder since the "
       "heating broke, and I fed the starter once a day instead of twice. which is most likely the culprit and "
       "how do I find out without wasting five more loaves?"),
    ex("en", "give me 8 name ideas for a golden retriever puppy, a bit old-fashioned",
       A("Mabel, Arthur, Winnie, Percy, Hazel, Albert, Clementine, Wilfred."),
       "hold on, before we name anything. we have a 9 year old anxious labrador, two kids (6 and 10), I work from "
       "home Mon-Wed, and the kids "
       "are BEGGING for a second dog, a puppy. walk me through whether it's a good idea. pros, cons, what it "
       "depends on"),
    ex("en", "game night tonight!!",
       A("Nice! What are you playing?"),
       "codenames, and I need a ruling. my clue was 'bark: 2' for TREE and DOG. my teammate picked SHIP, which was the "
       "assassin, because of barque. was that a bad clue or a bad guess? be honest"),
    ex("en", "errands saturday: pharmacy closes at 13:00, post office closes at 12:00 but it's next to the gym, "
       "gym class is 10:30-11:30, the dry cleaner opens at 11. I'm on foot and everything's 10 min apart. what's "
       "the order?"),
    ex("en", "so my flatmate says if it was the cat that knocked the plant over there would be soil on the sofa, and "
       "there isn't, so it wasn't the cat. but the cat was the only one home?? hmm so who's lying then, or is "
       "his logic just wrong"),
    ex("en", "how do you say 'congratulations on your graduation' in Portuguese",
       A("\"Parabéns pela formatura!\""),
       "ta. that's for my cousin, and now the hard part: I can't decide whether to go to my best friend's wedding "
       "in Lisbon or my cousin's graduation the same "
       "weekend. friend: I'm a witness, she'll be hurt. cousin: first in our family to graduate, grandma is "
       "flying in. don't decide for me, help me reason about it"),
    ex("en", "what's two thirds of 150",
       A("100."),
       "ok now something that's been bugging me. my friend says 'you can't prove a negative', so I can't "
       "prove there's no elephant in my fridge. I opened the fridge. is he right, or is that slogan just "
       "wrong? where exactly does it break down"),
    ex("en", "our team lost the last 4 games after the coach changed the lineup, so the lineup is the problem. "
       "but we also played the top 4 teams in a row. how do I make that point to the other parents without it "
       "becoming a fight"),
    ex("en", "our slack webhook posts 'coffee machine broken' as plain text. make it include the date:\n\n"
       "curl -X POST -H 'Content-type: application/json' --data '{\"text\":\"coffee machine broken\"}' $HOOK",
       A("Use the shell to build the text:\n\ncurl -X POST -H 'Content-type: application/json' "
         "--data \"{\\\"text\\\":\\\"coffee machine broken ($(date +%F))\\\"}\" \"$HOOK\""),
       "works. now the real mystery, if you had to guess: why does my office's coffee machine only break on "
       "mondays? it's happened 5 "
       "mondays out of the last 6"),
    ex("en", "planning a 5-a-side rota: 7 players, every match needs exactly 5, nobody should sit out twice in a "
       "row, and Sam and Theo can't both be subs in the same match because they're the only keepers. 4 matches. "
       "possible? show me one"),
    ex("en", "summarise my review in 3 bullets: 'Exceeded targets on the Nordics rollout. Mentored two new hires. "
       "Needs to delegate more and speak up earlier in planning.'",
       A("- Beat targets on the Nordics rollout.\n- Mentored two new hires.\n- Should delegate more and raise "
         "concerns earlier in planning."),
       "good review, right? so: I ask my boss for a raise on Monday. she said 'not a great time' last month, but "
       "our biggest client "
       "just renewed and my colleague got promoted last week. is it actually a good moment, or is the promotion "
       "a sign the budget's gone?"),

    # non-English
    ex("es", "Ana, Bea y Carla tienen un perro, un gato y un loro, uno cada una. Ana es alérgica a los gatos, la "
       "dueña del loro vive al lado de Bea, a Carla le dan pánico los pájaros y Bea saca a pasear a su mascota "
       "todas las mañanas. ¿Quién tiene qué? ¿Hay una sola solución?"),
    ex("fr", "Mon collègue dit : « Depuis qu'on a mis des plantes dans l'open space en avril, les arrêts maladie ont "
       "baissé, donc les plantes rendent les gens moins malades. » C'est un raisonnement solide ? Qu'est-ce qui "
       "pourrait l'expliquer autrement ?"),
    ex("de", S("Du bist der Assistent der Fahrgemeinschafts-App Mitfahrt Nord. Hilf bei Routen und Terminen."),
       "Wir sind fünf: Jana und Ole haben Autos und fahren nur ihr eigenes. Tim, Paula und Mira fahren mit. Paula "
       "will nicht mit Ole fahren, Tim wird nur vorne sitzend nicht schlecht, Mira muss am Bahnhof raus und nur "
       "Janas Strecke führt dort vorbei, und Ole braucht mindestens einen Mitfahrer für die Fahrgemeinschaftsspur. "
       "Wer sitzt wo? Gibt es nur eine Lösung?"),
    ex("pt", S("Você é o assistente de análise de churn da Plataforma Vela. Responda sobre métricas de retenção."),
       "meu chefe diz que, como 90% dos clientes que cancelaram usavam o app mobile, o app é o problema. faz "
       "sentido? o que eu precisaria saber pra ter certeza?"),
    ex("it", "Ho quattro documenti: ognuno ha una lingua su un lato e un timbro sull'altro. La regola è: se è in "
       "tedesco, il timbro deve essere verde. Vedo: «tedesco», «francese», «timbro verde», «timbro rosso». Quali "
       "devo girare per controllare la regola? Solo quelli necessari."),
    ex("nl", "Zaterdag wil ik drie dingen doen: de markt (8 tot 13 uur), zwemmen met de kinderen (het kinderbad is "
       "alleen open van 10 tot 12) en oma ophalen van het station om 11:15. Alles is een kwartier rijden van "
       "elkaar. Hoe plan ik dat, en wat laat ik vallen als het niet past?"),
    ex("pl", "Mój szwagier od 10 lat gra w totka tymi samymi liczbami, a teraz chce je zmienić, bo w zeszłym "
       "tygodniu 'już wypadły' i drugi raz nie wypadną. Siostra mówi, że to bez znaczenia. Kto ma rację i czemu?"),
    ex("tr", "Bayramda kimin evinde toplanacağımıza karar veremiyoruz. Annem merdiven çıkamıyor; ablamın evi "
       "asansörsüz 3. kat. Benim evim küçük ama giriş katı. Dayımın evi büyük ama şehir dışında ve babam gece "
       "araba kullanamıyor. 14 kişiyiz. Sence nerede olmalı, neden?"),
    ex("ru", "Почему в нашем подъезде лампочка на третьем этаже перегорает примерно раз в месяц, а на остальных "
       "этажах годами горит? Лампочки одинаковые. Какие версии и как их проверить?"),
    ex("uk", S("Ти — помічник садового магазину «Зелена хата». Допомагай з вибором рослин і добрив."),
       "Рослини жовтіють тільки на підвіконні в спальні, хоча поливаю всі однаково, а на кухні все добре. "
       "Спальня на північ, батарея під вікном. Що найімовірніше причина? Поміркуй, не продавай мені добриво."),
    ex("zh", "四个同事A、B、C、D里有一个人把会议室的投影仪弄坏了。A说：不是我。B说：是D。C说：是B。"
       "D说：B在撒谎。只有一个人说了真话。到底是谁？"),
    ex("ja", "社長が「リモートワークを始めてから生産性が上がった」って言ってるけど、同じ時期に新しいツールも"
       "入れたし、人も減ったんだよね。本当にリモートのおかげって言える？どう考えればいい？"),
    ex("ko", "셋이서 부산 여행 숙소를 정하는데요, 민수는 바다 보이는 곳 아니면 안 간대요. 지은이는 예산이 1박 "
       "10만 원까지고, 저는 역에서 걸어갈 수 있어야 해요. 바다 전망 숙소는 다 역에서 멀고, 역 근처는 다 비싸요. "
       "어떻게 타협하는 게 합리적일까요?"),
    ex("hi", "मेरे दादाजी कहते हैं कि जब भी वो छाता लेकर निकलते हैं, बारिश नहीं होती, इसलिए छाता बारिश रोकता है। "
       "उनके तर्क में गलती क्या है? प्यार से समझाना है उन्हें।"),
    ex("ar", "عندي ثلاث مهام قبل السفر يوم الخميس: تجديد الجواز (يحتاج يومين عمل)، تطعيم الحمى الصفراء (لازم قبل "
       "السفر بعشرة أيام على الأقل)، وإجازة من العمل (المدير يوافق فقط يوم الأحد). اليوم الإثنين والسفر بعد "
       "عشرة أيام. هل الخطة ممكنة؟ وبأي ترتيب؟"),
    ex("id", "Temanku bilang: kalau hujan, jalanan basah. Jalanan basah, jadi pasti tadi hujan. Bener gak sih "
       "logikanya? Soalnya tadi ada mobil penyiram lewat."),
    ex("vi", "Ba người bạn An, Bình, Chi, mỗi người một nghề: bác sĩ, kỹ sư, giáo viên. Bác sĩ là người nhỏ tuổi "
       "nhất. An lớn tuổi hơn người kỹ sư. Chi không phải giáo viên. Chi lớn tuổi hơn Bình. Ai làm nghề gì?"),
]

"""Batch 12 (written 2026-12-07 by a separate writer, app-style traffic). Natural reasoning requests: deduction,
puzzles, planning under constraints, causal "what explains this", diagnosis from clues and weighing a trade-off
when asked to reason it out, often sent through an app whose system prompt is about something else (coding
agents, support bots, tutoring, RAG), or after earlier turns that asked for another task."""

ONE_LINERS = """
if every room with a window got painted and the storage room wasn't painted, does the storage room have a window?
my coworker is late every rainy day, today was sunny and he was late anyway. what else could explain it?
"most successful founders dropped out of college, so dropping out helps" - sound inference or not?
five runners: Ana beat Bo, Cy beat Ana, Dee came last, Eve beat Cy. who won, and is the order fully fixed?
fix the flaky login or the slow search first? only one ships this week and the sales demos are Friday
the smoke alarm chirps only around 3am and the battery is brand new, what's the likeliest story
two clocks in my flat disagree by exactly one hour and both set themselves automatically. why would that be
if she had caught the earlier bus, would she have avoided the crash or been in it? think it through
can all three be true at once: no cats swim, Tom is a cat, Tom swims. which one has to give?
why would sales rise in the one region where we cut the ad budget? give me candidate explanations
3 free hours, dentist at 2, grocery closes at 4, parcel needs a signature between 1 and 5. how do I order this
error rate dropped right after we removed the retry logic. how can fewer retries mean fewer errors?
wolf, goat, cabbage puzzle but the boat fits the farmer plus two things. does it get trivial or is there a catch?
monolith or microservices for a 4 person startup? argue it properly, no buzzword bingo
the intern has no write access to prod. so who more plausibly dropped the table, the intern or the migration?
every time I wash my car it rains. coincidence, selection bias, or something real?
weakest link in this plan: fly in Friday 11pm, wedding Saturday 10am, suit still at the tailor's
the dog didn't bark when the burglar came in. what does that tell us about the burglar?
which task first: B needs A, D needs B and C, C needs A. list every valid order
is finishing a boring movie because I paid for the ticket the sunk cost fallacy or is there a fair reason?
2 cashiers, 1 espresso machine, 3 baristas and a queue out the door. where's the real bottleneck?
churn fell the month we hid the cancel button. is that a win? reason about what's actually going on
why does the office wifi only crawl at lunchtime? nobody streams at their desks supposedly
did the price increase cause the drop in signups, or the competitor launch the same week? how would we tell
which is worse for a small café, closing Mondays or opening later every day? talk me through it
si el perro no ladró cuando entró el ladrón, ¿qué nos dice eso de quién era el ladrón?
¿por qué subió la factura del agua si estuvimos fuera medio mes? dame hipótesis y cómo descartarlas
¿pago primero la tarjeta de crédito o armo el fondo de emergencia? razónalo, no me des números
si personne n'a la clé sauf la gardienne et qu'elle était en congé, comment le colis est-il entré dans le local ?
Alle Teilnehmer haben bezahlt und Max steht nicht auf der Zahlerliste. Was genau folgt daraus und was nicht?
Erst umziehen und dann den Job wechseln oder andersrum? Kündigungsfrist drei Monate, Mietvertrag endet im Juni.
por que o pão de fermentação natural fica mais azedo quando descansa na geladeira? me explica o raciocínio
als iedereen in het team een badge heeft en ik heb een badge, zit ik dan in het team?
Dlaczego w mieszkaniu jest zawsze zimniej w środy, skoro ogrzewanie jest ustawione na stałe? Pomyśl.
Eski arabayı tamir ettirmek mi, yenisini almak mı daha mantıklı? Yılda 5 bin km yapıyorum, tartarak söyle.
чи можна вважати Олега винним, якщо тільки він мав доступ, але камера того дня не працювала?
我们网站每周一上午访问量暴跌，但服务器监控一切正常，可能是什么原因？一步步分析
甲说乙在说谎，乙说丙在说谎，丙说甲和乙都在说谎。到底谁说的是真话？
毎朝同じ時間に家を出ているのに水曜日だけ遅刻する。何が原因だと思う？推理してみて
세 명 중 한 명만 진실을 말해. 지민: 난 안 먹었어. 수아: 지민이가 먹었어. 태오: 수아는 거짓말해. 케이크 먹은 사람은?
अगर सभी डॉक्टर सफेद कोट पहनते हैं और राज ने सफेद कोट पहना है, तो क्या राज डॉक्टर ही है?
إذا كان كل موظفي القسم في الاجتماع ومكتب سامي مضاءً، فهل يعني ذلك أن سامي لم يحضر؟
Tại sao cây của tôi chỉ héo vào buổi chiều còn sáng lại tươi? Hãy suy luận giúp tôi.
Om alla som tog bussen kom för sent och Lisa kom i tid, kan vi säga att Lisa inte tog bussen?
Proč se mi v létě telefon vybíjí rychleji, i když ho používám stejně? Zkus to vysvětlit.
Αν κάθε φορά που βρέχει πέφτει η ασφάλεια, τι υποψιάζεσαι για την ηλεκτρική εγκατάσταση;
אם כל העובדים קיבלו בונוס ודנה לא קיבלה, האם אפשר להסיק שדנה לא עובדת בחברה?
ทำไมร้านกาแฟข้างออฟฟิศคนแน่นแค่วันศุกร์ ลองวิเคราะห์สาเหตุให้หน่อย
Ha minden piros alma édes, és ez az alma savanyú, lehet-e piros?
Jos kaikki asemat ovat kiinni pyhäpäivinä ja asema on tänään auki, voiko tänään silti olla pyhä?
yaar office ka wifi sirf lunch time pe slow hota hai, kya reason ho sakta hai? soch ke batao
tengo two offers, una remote que paga menos y otra on-site en Madrid, help me weigh them properly
roommate says the power bill doubled because of my heater but I run it an hour a day. whose logic holds up?
"""

LONG = [
    "Timeline from last night, all times UTC:\n21:50 feature flag 'new_pricing' turned on for 10%\n22:05 "
    "support reports wrong totals for some EU customers\n22:07 cache cluster restarts after a memory alert\n"
    "22:30 flag turned off, wrong totals continue until 23:10\n23:10 caches expire (TTL 1h)\n\nThe PM blames the "
    "cache restart, the backend lead blames the flag. Who is more likely right? Walk through what each "
    "explanation predicts and which facts fit.",
    "An op-ed I read argues: 'Cities that built more bike lanes saw fewer traffic deaths. Therefore bike lanes "
    "save lives, and every city should build them.' I'm not against bike lanes, I just want to know if the "
    "argument itself holds up. What would have to be true for the conclusion to follow?",
    "Four friends, four houses in a row, each a different colour. The red house is directly left of the green "
    "one. Kemal doesn't live at either end. The person in the blue house has a neighbour who owns a cat. Nadia "
    "lives in the yellow house at the far right. Oren lives next to Nadia. Is there enough here to place "
    "everyone? If not, what's the extra clue you'd need?",
    "We're a 12-person company deciding whether to build our own invoicing or pay for a SaaS tool. Our "
    "invoicing is weird (usage tiers plus manual discounts), our one backend dev is leaving in March, and the "
    "SaaS tool handles maybe 80% of our cases. Think through the trade-offs and tell me which way you'd lean.",
    "A friend insists the hospital in her town is worse than the one in the next city because more patients "
    "die there. But her town's hospital is the only one in the region with an intensive care unit. Is she "
    "right to conclude that? What explains the difference besides quality?",
    "Here's my week: I can only do deep work in the mornings, the team sync is Tuesday and Thursday at 10, the "
    "report must go out Wednesday noon and needs two mornings of writing plus sign-off from Marta who is off "
    "on Monday. The client workshop needs half a day of prep and happens Friday. Can all of it fit? Lay out "
    "the plan and where it's tight.",
    "Email thread I'm stuck in the middle of:\n\nJonas: The deploy broke checkout, we should roll back.\nPriya: "
    "Checkout was already failing for 5% of users before the deploy, it's the payment provider.\nJonas: But "
    "it went to 30% after.\n\nBoth could be partially right. Reason about what combination of causes fits "
    "those facts and what one check would settle it.",
    "I'm choosing between keeping my old laptop for two more years or selling it now while it still has resale "
    "value. It works fine but the battery is going and the OS stops getting updates next autumn. I mostly "
    "write and do video calls. Don't give me prices, help me think through the decision.",
    "Riddle my nephew gave me: A man pushes his car to a hotel and tells the owner he's bankrupt. What "
    "happened? I know it's a lateral thinking thing, but explain how you'd arrive at the answer, not just "
    "the answer.",
    "Our mobile app's crash rate doubled after release 7.2, but only on Android 12 and only for users who "
    "upgraded from 7.0 instead of 7.1. Fresh installs are fine. No native code changed. What's the most "
    "plausible chain of causes? Don't write code, just reason.",
    "Mi pareja y yo discutimos: ella dice que si hubiéramos comprado el coche eléctrico el año pasado ya lo "
    "habríamos amortizado. Yo digo que no, porque casi no conducimos y no tenemos enchufe en el garaje. "
    "Analiza los dos escenarios y dime quién tiene más razón y por qué.",
    "Énigme du club de lecture : trois livres (policier, roman, essai) pour trois membres (Alice, Bruno, "
    "Chloé). Alice ne lit jamais de policier. Bruno a pris le livre qu'Alice voulait. Chloé a eu l'essai. "
    "Qui a quoi ? Explique chaque étape de la déduction.",
    "Unser Team hat seit drei Wochen einen Anstieg an Krankmeldungen montags. Die Geschäftsführung vermutet "
    "'verlängerte Wochenenden'. Gleichzeitig wurde der Schichtplan geändert, sodass Sonntagabend eine "
    "Spätschicht liegt. Welche Erklärung ist plausibler und wie könnte man sie prüfen, ohne jemandem etwas "
    "zu unterstellen?",
    "Minha empresa quer mudar todo mundo para escritório 4 dias por semana dizendo que a produtividade caiu "
    "no remoto. Só que no mesmo período contrataram 40% mais gente júnior. Como separar os dois efeitos? "
    "Raciocina comigo sobre o que cada explicação preveria.",
    "我在考虑要不要从北京搬回老家工作。老家工资低一半，但房租只有五分之一，父母年纪大了，我的行业在老家机会很少。"
    "不用帮我算账，帮我把这个决定的利弊理清楚，说说你会怎么权衡。",
    "ある村では、晴れた日に限って井戸の水位が下がるという話があります。雨の日は普通です。考えられる原因を"
    "いくつか挙げて、それぞれどうやって確かめられるか推論してください。",
    "Ситуация: в офисе три принтера. Каждый вечер один из них перестаёт печатать, каждый раз разный. "
    "Утром после перезагрузки всё работает. Сеть одна, драйверы одинаковые. Какие гипотезы у тебя есть и "
    "в каком порядке ты бы их проверял?",
    "Dobbiamo scegliere dove fare il ritiro aziendale: in montagna (più bello, ma due ore di strada e "
    "metà del team non guida) oppure in un hotel in città (comodo ma poco stimolante). Il budget è lo stesso. "
    "Ragiona sui pro e contro e dimmi cosa sceglieresti.",
    "OK so here's the puzzle from the escape room we failed: 'The safe opens with three digits. The first is "
    "twice the last. The middle one is the number of sides of the clue on the wall (a triangle). The digits "
    "add up to 9.' We tried 3-3-... and ran out of time. What's the reasoning path here?",
    "My manager asked me to choose between two projects: a risky rewrite that leadership is excited about, "
    "or improving the boring billing system that causes most of our support tickets. I want to get promoted "
    "but I also care about customers. Weigh it with me honestly.",
    "Ikuti logika ini: 'Semua karyawan yang lembur dapat uang makan. Budi dapat uang makan. Jadi Budi pasti "
    "lembur.' Teman saya bilang itu benar. Menurut kamu salahnya di mana, dan kapan kesimpulannya bisa benar?",
    "Mamy dwa warianty wakacji: tydzień nad morzem w lipcu (drogo, tłumy, ale dzieci mają wolne) albo dwa "
    "tygodnie w górach we wrześniu (taniej, ale dzieci tracą tydzień szkoły). Przeanalizuj to ze mną, bez "
    "liczenia kosztów co do złotówki.",
]

CHATS = [
    ("You are DevPilot, an autonomous coding agent working in the user's repository. Use tools to read and edit "
     "files. Keep answers short.",
     ["before you touch anything: our staging works but prod returns 502 on /export only for files over ~50MB. "
      "same image in both. what would you suspect first and why? reasoning only, no edits"]),
    ("You are DevPilot, an autonomous coding agent working in the user's repository.",
     ["rename get_usr to get_user everywhere", "Renamed get_usr to get_user in 14 files and updated the tests.",
      "thanks. unrelated brain teaser from standup: 100 lockers, 100 students, student n toggles every nth "
      "locker. which stay open at the end and why? I want the reasoning not just the list"]),
    ("You are a code review assistant. Comment on diffs the user pastes.",
     ["does this diff look ok?\n- if x == None:\n+ if x is None:",
      "Yes, `is None` is the idiomatic check. Looks good to merge.",
      "the team can't agree: one says we should feature-flag everything, the other says flags are tech debt. "
      "we ship twice a week and have no QA. who's got the better argument in our situation?"]),
    ("You are a helpful assistant for a Python programming course.",
     ["what does enumerate do?", "It yields (index, item) pairs while you loop over a sequence.",
      "ok, different thing. the course forum says 'if you can't solve the exercises you won't pass, I can solve "
      "them, so I'll pass'. my friend says that's a logical error. is it?"]),
    ("You are Sunny, the support assistant for BrightPanel solar installations. Answer politely.",
     ["how do I download my yearly production report?",
      "In the app, open Reports > Yearly and tap Export PDF.",
      "my panels produce less in June than in April. June has longer days! how does that make sense? "
      "please explain the likely reasons"]),
    ("You are Sunny, the support assistant for BrightPanel solar installations.",
     ["can I change my billing address?", "Yes, under Account > Billing you can edit the address.",
      "thanks. another thing: the app shows zero production every day between 12 and 1 but the inverter light "
      "is green. my neighbour's system is fine. what could cause that?"]),
    ("You are the virtual assistant of Cityline Bank. Do not give investment advice.",
     ["what's my card limit?",
      "Your current card limit is 3,000 EUR.",
      "I was charged a foreign fee on a purchase I made at home in Lisbon. the shop is Portuguese. why would "
      "that happen? think about the possibilities"]),
    ("You are a cooking assistant. Suggest recipes and help with techniques.",
     ["give me a quick pasta sauce", "Garlic, olive oil, chilli and a splash of pasta water: aglio e olio.",
      "perfect. meanwhile my kids: 'if the cookie jar was full at 3, half gone at 5, and only Mia and Leo were "
      "home, and Leo was at football from 3:30 to 5' - is Mia guilty? help me reason like a detective lol"]),
    ("You are a travel assistant for Horizon Rail. Answer questions about tickets and schedules.",
     ["I need to be in Ghent by 9:00 Monday, I can't travel Sunday after 8pm, and the first Monday train gets "
      "in at 9:20. What are my options? reason them out, pros and cons"]),
    ("You are a travel assistant for Horizon Rail.",
     ["how much luggage can I bring?", "Two large bags and one piece of hand luggage, free of charge.",
      "ok. my train was 40 minutes late but I still missed the connection that was 55 minutes after. how is "
      "that possible? I'm trying to understand what happened"]),
    ("You are an assistant that answers questions using only the context.\n\nContext:\nThe lab is locked "
     "between 20:00 and 07:00. Only staff with a red badge can enter after hours. All red badges are logged "
     "at the door. On the night of 3 May the freezer was found open at 06:30. The door log shows no entries "
     "that night.",
     ["Given the context, what are the possible explanations for the open freezer? Which is most likely?"]),
    ("Answer only from the context.\n\nContext:\nEvery order over 50 EUR ships free. Orders placed after 14:00 "
     "ship the next working day. Gift cards cannot be used on sale items. The warehouse is closed on "
     "Saturdays and Sundays.",
     ["What's the minimum for free shipping?", "Orders over 50 EUR ship free.",
      "So if I order a 60 EUR sale jacket on Friday at 15:00 paying with a gift card, what happens? go step by "
      "step through the rules"]),
    ("You are a math tutoring app for middle school. Encourage students and explain steps.",
     ["not math exactly: my teacher says 'all squares are rectangles but not all rectangles are squares'. then "
      "is a rhombus a square? i'm confused about how the logic works"]),
    ("You are a math tutoring app for middle school.",
     ["what's 15% of 80?", "15% of 80 is 12.",
      "ok now a riddle: I'm thinking of a day. the day after tomorrow is two days before Sunday. which day is "
      "it today? explain how you figure it out"]),
    ("You are a language learning assistant. Help the user practise Spanish.",
     ["how do you say 'I'm late' in Spanish?", "Llego tarde.",
      "gracias. ok in English now - my Spanish teacher cancels every class when it rains but today it rained and "
      "class happened. she lied, or could there be another reason?"]),
    ("You are an HR assistant for Polaris Logistics.",
     ["write a job ad title for a warehouse team lead",
      "Warehouse Team Lead (Night Shift) - Polaris Logistics",
      "We have one slot for a team lead. Candidate A has run teams before but doesn't know our systems, "
      "candidate B knows everything here but has never managed. The team is burning out. Reason through who "
      "fits better right now."]),
    ("You are an HR assistant for Polaris Logistics.",
     ["draft a one-line announcement for the new parking rules",
      "From 1 March, parking spaces will be allocated by shift; check the portal for your slot.",
      "People who start at 6am keep getting the far spaces even though the rules say early shifts go first. "
      "What could be going wrong in how it's applied? think about it"]),
    ("You are a legal information assistant. You do not give legal advice.",
     ["My contract says 'the tenant may not sublet without written consent, which shall not be unreasonably "
      "withheld'. My landlord said no by text with no reason. Reason through whether that's a written consent "
      "refusal and what 'unreasonably' could cover."]),
    ("You are a meeting notes assistant.",
     ["summarise: we agreed to pause hiring until Q2", "The team agreed to pause hiring until Q2.",
      "the paused hiring means nobody can cover for Ana's leave in March, but the client deadline is in March. "
      "is there a way out of this that doesn't break either decision? reason it out"]),
    ("You are an assistant for a home improvement store.",
     ["do you sell mould-resistant paint?",
      "Yes, our BathGuard range is mould-resistant and comes in 1 L and 2.5 L tins.",
      "paint was dry to the touch after 2 hours but still peeling a week later, only on the bathroom wall. the "
      "same can in the hallway is fine. what went wrong? likely causes please"]),
    ("You are a data analysis assistant. Prefer tables and charts.",
     ["Our survey says people who use the app daily are happier with it. Marketing wants to push notifications "
      "to make people use it daily so they'll be happier. Is the reasoning sound? no charts needed"]),
    ("You are a data analysis assistant.",
     ["make a bar chart of sales by month", "Here is the bar chart of sales by month.",
      "weird: the dashboard shows 0 sales on the 31st of every month that has one. can you reason about where "
      "that comes from before I dig into the query?"]),
    ("You are a writing assistant for a newspaper.",
     ["headline idea for the school funding story?", "'Schools Wait as Funding Formula Stalls'.",
      "the council says test scores rose after they cut class sizes, but they also changed the test that year. "
      "can they claim the cuts worked? reason it through for me"]),
    ("You are an assistant for a board game café.",
     ["we're stuck on a logic grid: five guests, five drinks, the tea drinker sits left of the one with the "
      "red scarf, nobody with a scarf drinks coffee... wait let me ask simpler: if clue 3 contradicts clue 5, "
      "does the puzzle have no solution or did we misread one? how would you check"]),
    ("You are an assistant for a fitness app.",
     ["log today's run: 6 km in 34 minutes",
      "Logged: 6 km in 34:00, average pace 5:40 per km.",
      "I lost weight the week I stopped running and gained the week I ran every day. confused. what could "
      "explain that?"]),
    ("You are a customer support assistant for a broadband provider.",
     ["what's my current plan?",
      "You're on Fibre 300, up to 300 Mbit/s download.",
      "The connection drops whenever someone uses the microwave. Only on the laptop, not the TV which is "
      "wired. Why?"]),
    ("You are a customer support assistant for a broadband provider.",
     ["translate this error for me: 'PPPoE auth failed'", "It means the router couldn't log in to our network "
      "with its username and password.",
      "ok but it only fails after a power cut, never after a normal reboot. what does that suggest?"]),
    ("You are a medical information assistant. You never diagnose.",
     ["not about me: an article says coffee drinkers live longer, so coffee makes you live longer. what's wrong "
      "with that leap? just the logic"]),
    ("You are an assistant inside a note-taking app.",
     ["I've got exams Monday and Wednesday, a shift Tuesday evening, and a group project due Thursday that needs "
      "the others to be free. They're free only Tuesday afternoon. Plan the week so nothing clashes and tell "
      "me what I'm trading off"]),
    ("You are an assistant inside a note-taking app.",
     ["make a checklist from my notes", "- book venue\n- send invites\n- order cake",
      "if the venue needs a headcount before booking, and the invites need the venue address, which of these "
      "has to happen first? is there a circular dependency?"]),
    (None, ["translate 'out of office' to French", "Absent du bureau.",
            "merci. quick question: if my auto-reply goes to everyone and someone else's auto-reply answers "
            "mine, why doesn't it loop forever? what stops it, logically?"]),
    (None, ["write a limerick about a cat", "A cat with a taste for the cream / devised a most devious scheme...",
            "haha. ok serious: our cat only throws up on the carpet, never on the tiles. is that random or is "
            "there a reason? reason it out"]),
    (None, ["write me a bash one-liner to count lines in all .py files",
            "find . -name '*.py' | xargs wc -l",
            "ty. philosophical question from my team: if we always estimate tasks too low, is it the people, "
            "the process, or just how estimation works? argue it"]),
    (None, ["summarise the plot of Hamlet in 2 lines", "A prince avenges his father's murder by his uncle, "
            "hesitating until nearly everyone dies.",
            "was Hamlet's delay actually irrational, or given what he knew, was waiting the sensible move? "
            "reason from what he knows at each point"]),
    ("Eres el asistente de soporte de una tienda online de muebles. Responde en español.",
     ["El sofá llegó con una pata rota, pero la caja estaba intacta. ¿Cómo es posible? Quiero entender qué "
      "pudo pasar antes de reclamar."]),
    ("Eres un asistente de programación en VS Code.",
     ["Genera un test para la función suma", "def test_suma():\n    assert suma(2, 3) == 5",
      "vale. pregunta aparte: si tres personas del equipo dicen que el bug no es suyo y solo una dice la verdad, "
      "y sabemos que Luis y Marta no pueden decir ambos la verdad, ¿qué podemos deducir? razónalo"]),
    ("Eres un tutor de historia para bachillerato.",
     ["¿Por qué cayó el Imperio romano de Occidente y no el de Oriente, si tenían problemas parecidos? "
      "Razona las diferencias, no me des solo una lista."]),
    ("Tu es l'assistant client d'une compagnie d'électricité. Réponds en français.",
     ["Comment télécharger ma dernière facture ?",
      "Dans votre espace client, rubrique Factures, cliquez sur Télécharger.",
      "Ma consommation a doublé en novembre alors que je n'ai rien changé. Le compteur est neuf. Quelles "
      "explications possibles ? Réfléchis avec moi."]),
    ("Tu es un assistant de code intégré à l'IDE.",
     ["corrige la faute de frappe dans le nom de la variable", "C'est corrigé : 'reponse' devient 'response'.",
      "merci. autre sujet : on hésite à passer à un seul dépôt pour les trois équipes. Quels arguments pèsent "
      "vraiment dans notre cas, sachant que les équipes ne partagent presque pas de code ?"]),
    ("Du bist ein Assistent für eine Mathe-Nachhilfe-App.",
     ["Kein Rechnen bitte: Wenn es stimmt, dass jedes Mal, wenn Lea lernt, sie die Prüfung besteht, und sie "
      "hat bestanden – hat sie dann gelernt? Erklär mir den Fehler."]),
    ("Du bist der Support-Assistent eines Online-Shops für Fahrräder.",
     ["Wo ist meine Bestellung?", "Ihre Bestellung wurde gestern verschickt.",
      "Die Sendungsverfolgung sagt 'zugestellt' um 10:12, aber ich war zu Hause und die Klingel geht. Was kann "
      "da passiert sein? Überleg mal Schritt für Schritt."]),
    ("Você é o assistente de atendimento de uma operadora de celular.",
     ["qual o vencimento da minha fatura?",
      "Sua fatura vence todo dia 10.",
      "Meu celular só perde sinal dentro do escritório, na rua é normal, e meu colega com outra operadora "
      "não tem problema. O que isso indica? Pensa comigo."]),
    ("Você é um assistente de redação para blogs.",
     ["me dá um título para um post sobre café", "'O café certo para cada manhã'.",
      "valeu. outra coisa: meu blog teve mais visitas no mês em que postei menos. como isso faz sentido? "
      "raciocina as hipóteses"]),
    ("Sei un assistente di supporto per un'app di consegne a domicilio.",
     ["Come si dice in inglese 'consegna gratuita'?",
      "Free delivery.",
      "Perché il mio ordine arriva sempre freddo solo il venerdì sera? Il ristorante è lo stesso. Ragioniamo "
      "sulle cause."]),
    ("Je bent een assistent voor een bibliotheek.",
     ["Welke boeken raad je aan over Napoleon?", "Probeer 'Napoleon' van Andrew Roberts.",
      "Dank je. Raadsel van mijn dochter: een vrouw heeft twee zonen die op hetzelfde uur van dezelfde dag in "
      "hetzelfde jaar geboren zijn, maar het is geen tweeling. Hoe kan dat? Leg uit hoe je erop komt."]),
    ("Jesteś asystentem obsługi klienta sklepu internetowego.",
     ["Zamówiłem dwie rzeczy, jedna przyszła, druga nie, a w systemie obie mają status wysłane. Co mogło się "
      "stać? Przemyśl możliwe scenariusze."]),
    ("Sen bir yazılım ekibi için asistan botsun.",
     ["Bu sprint için kısa bir hedef cümlesi yaz",
      "Hedef: ödeme akışındaki hataları kapatıp beta sürümünü yayınlamak.",
      "Sprint'te hep aynı iki kişi geç kalıyor ama ikisi de en zor işleri alıyor. Sorun kişilerde mi, iş "
      "dağılımında mı? Mantığını kurarak değerlendir."]),
    ("Ты — ассистент службы поддержки интернет-провайдера.",
     ["Как сменить тариф?", "Тариф можно сменить в личном кабинете в разделе «Услуги».",
      "Понял. А почему скорость падает только когда сосед дома? У нас разные провайдеры. Порассуждай."]),
    ("Ти — помічник для підготовки до ЗНО з логіки.",
     ["Усі учні, які прийшли на консультацію, здали тест. Марко не здав тест. Що можна сказати про Марка і "
      "чому?"]),
    ("你是一家外卖平台的客服助手。",
     ["帮我查一下退款进度", "您的退款已在处理中，预计1-3个工作日到账。",
      "好的。另外我很好奇，为什么我每次下雨天点外卖，送达时间反而比平时短？按理说应该更慢才对，帮我分析一下。"]),
    ("你是一个编程学习助手。",
     ["三个开关在楼下，楼上一个灯泡，只能上楼一次，怎么判断哪个开关控制灯泡？请说明推理过程。"]),
    ("あなたはオンライン英会話サービスのサポートアシスタントです。",
     ["レッスンの予約方法を教えて", "アプリの「予約」タブから講師と時間を選んでください。",
      "ありがとう。ところで、同じ先生なのに平日の夜だけ通信が途切れるのはなぜでしょう？可能性を考えてみて。"]),
    ("당신은 사내 IT 헬프데스크 챗봇입니다.",
     ["월요일 아침마다 로그인이 느린데, 금요일에 퇴근할 때 컴퓨터를 끄는 사람들만 그렇대요. 이유가 뭘까요? 추론해 주세요."]),
    ("आप एक ग्राहक सहायता सहायक हैं।",
     ["mera order do baar cancel hua, dono baar payment ke baad. card sahi hai, balance bhi hai. kya wajah ho "
      "sakti hai? step by step socho"]),
    ("أنت مساعد لتطبيق تعلم البرمجة.",
     ["ما الفرق بين list و tuple؟", "القائمة قابلة للتعديل، والمجموعة الثابتة (tuple) غير قابلة للتعديل.",
      "شكراً. لغز من صديقي: ثلاثة صناديق عليها ملصقات خاطئة كلها: تفاح، برتقال، مختلط. تسحب فاكهة واحدة من "
      "صندوق واحد فقط. من أي صندوق تسحب ولماذا؟"]),
    ("Kamu adalah asisten layanan pelanggan sebuah toko elektronik.",
     ["Berapa lama garansi kulkas?",
      "Garansi kompresor 10 tahun, komponen lainnya 1 tahun.",
      "Kulkas baru saya bunyi keras hanya tengah malam, siang tidak. Tetangga bilang normal. Menurutmu kenapa? "
      "Coba nalar kemungkinannya."]),
    ("Bạn là trợ lý lập trình.",
     ["Viết hàm đảo ngược chuỗi trong JavaScript", "const reverse = s => [...s].reverse().join('');",
      "Cảm ơn. Câu hỏi khác: nhóm mình nên tuyển thêm một senior hay hai junior với cùng ngân sách? Hãy cân "
      "nhắc ưu nhược điểm giúp mình."]),
    ("Du är en kundtjänstassistent för ett gym.",
     ["Varför är gymmet fullt just på tisdagar klockan sex, när alla andra dagar är lugna? Resonera kring "
      "orsaken."]),
    ("Jsi asistent pro plánování cest.",
     ["Musím být v Brně v pondělí v 8, v neděli večer nemůžu a první vlak přijíždí 8:15. Jaké mám možnosti a "
      "která je nejrozumnější? Zdůvodni."]),
    ("Είσαι βοηθός εξυπηρέτησης πελατών για μια εταιρεία κούριερ.",
     ["Το δέμα μου φαίνεται παραδομένο σε άλλη πόλη, αλλά η διεύθυνση είναι σωστή. Τι μπορεί να έγινε; "
      "Σκέψου τα πιθανά σενάρια."]),
    ("You are a chatbot for a university admissions office.",
     ["what's the deadline for applications?", "The deadline for autumn intake is 15 January.",
      "thanks. I got into two programmes: one ranked higher but in a city I can't afford, one lower ranked with "
      "a full scholarship. I want to do research later. help me reason through which to pick"]),
    ("You are a support bot for a smart home hub. Keep replies short.",
     ["add the porch light to the 'Away' scene",
      "Done, the porch light is now part of the Away scene.",
      "the lights turn on by themselves at 7:14 every evening. no automation is set for 7:14. sunset is around "
      "then though. what's the likely explanation?"]),
    ("You are an internal assistant for an accounting firm.",
     ["export the client list to CSV", "Done. The file clients.csv has 212 rows.",
      "the CSV has 212 clients but the CRM says 215 and nobody deleted anyone. what could explain three going "
      "missing? reason before I start digging"]),
]

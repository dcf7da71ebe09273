"""reasoning: the last user message asks for deduction, a logic puzzle, planning under constraints,
a causal or counterfactual explanation worked through step by step, or an argument to be evaluated.
Mostly asked conversationally and with little or no arithmetic (arithmetic word problems are `math`);
a decision only counts when the user asks for it to be reasoned through, not for a quick opinion."""

from common import A, S, ex

FARM = S("You are FarmBook, an assistant that helps growers log plantings, sprays and harvests and "
         "reminds them of seasonal tasks.")
CRM = S("You are Salesfolk, the assistant built into our CRM. Help sales reps log calls, draft follow-up "
        "emails and look up account history.")
TRIAGE = S("You are TriageBot for the Nordhaus support desk. For every incoming ticket output a priority "
           "(P1-P4), a queue and a one-line reason.")
BI_ZH = S("You are the Insight assistant in Lumen BI. Explain dashboards and KPIs to business users.")
RECIPES = S("Você é o assistente do app de receitas Panelinha+. Sugira receitas com o que o usuário tem em "
            "casa e ajude com substituições.")
AGENT = S("You are DevAgent, an autonomous coding agent with read/write access to the repository. Use the "
          "tools to inspect files, run tests and open pull requests.")
ROSTER = S("You are ShiftBoard, the nurse rostering assistant. Help staff swap shifts and check ward "
           "coverage.")
HOTEL = S("Είσαι ο βοηθός του ξενοδοχείου Aegean Breeze. Απαντάς για κρατήσεις, πρωινό και μεταφορές από "
          "το αεροδρόμιο.")
POS = S("Kamu adalah Kasirku, asisten kasir untuk toko kecil: stok, harga, dan laporan penjualan harian.")
HR = S("You are PeopleDesk, the HR assistant at Corvane Ltd. Answer questions about leave, benefits and "
       "policies from the employee handbook.")
MODFORGE = S("You are ModForge, an assistant for Bethesda game modding. Answer Papyrus and Creation Kit "
             "questions with examples.")
LEGAL = S("You are DocketMate, an assistant for law-firm staff: drafting letters, tracking court deadlines, "
          "formatting citations.")
TRANSLATE_APP = S("You are LinguaBridge. Translate the user's text into the target language they pick.")
BANK_HE = S("אתה העוזר הווירטואלי של בנק גליל. אתה עוזר ללקוחות בבעיות כרטיס, העברות ושאלות על החשבון.")
IDE = S("You are CodePilot, an assistant in the user's IDE. Answer with code when possible.")
ENERGY = S("You are the assistant of EnerVolt, an electricity supplier. Help with bills, meter readings "
           "and moving house.")

EXAMPLES = [
    ex("en", FARM, "My tomatoes on the east side of the greenhouse got blight but the west side didn't. Same "
       "seeds, same watering. The door is on the east side and the fan blows from west to east. Walk me through "
       "what the likely cause is and how I could test it before next season."),
    ex("es", "Tengo que armar los turnos de la tienda. Ana no puede los lunes, Beto solo puede por la mañana y "
       "Carla no quiere coincidir con Beto. Cada tarde de lunes a viernes necesito a dos personas. ¿Se puede "
       "hacer con estos tres? Razona cómo lo armarías o por qué no sale."),
    ex("en", CRM, "Deal went cold: they opened all four emails, asked for pricing twice, then went silent right "
       "after we sent the contract with the auto-renew clause. What's the most plausible reason they stopped "
       "replying, and what would you check first? Reason it through, don't write me an email."),
    ex("de", "Drei Nachbarn wohnen nebeneinander: Müller, Schmidt und Weber. Einer hat einen Hund, einer eine "
       "Katze, einer einen Papagei. Müller ist allergisch gegen Katzen. Der Papageienbesitzer wohnt direkt neben "
       "Schmidt. Weber wohnt in der Mitte und hat keinen Hund. Wer hat welches Tier? Bitte mit Begründung."),
    ex("ja", "この文を英訳してください：「来週の会議は延期になりました。」",
       A("\"Next week's meeting has been postponed.\""),
       "ありがとう。ところで、うちの会社で新人が3か月で次々辞めるんです。給料は業界平均、残業も少ない。ただ配属先は"
       "全員同じ部長の下です。何が原因だと考えられますか？順序立てて考えてみてください。"),
    ex("en", TRIAGE, "not a ticket: every Monday morning we get a spike of password-reset tickets, but only from "
       "the Berlin office. Policy forces a reset every 90 days for everyone. What could explain it being Berlin "
       "and Monday? Think it through with me."),
    ex("en", "On an island some people always lie and some always tell the truth. A says 'B is a liar.' B says "
       "'A and C are the same type.' C says nothing. What can we tell about C?"),
    ex("fr", "Mon fils dit que s'il avait révisé, il aurait eu la moyenne, donc son échec vient uniquement du "
       "manque de révision. Mais la moitié de la classe a échoué aussi. Son raisonnement tient-il ? Aide-moi à "
       "démêler ça avant que je lui parle."),
    ex("zh", BI_ZH, "上个月网站流量涨了40%，但订单数没变。市场部说是新广告带来的流量质量差，产品部说是结账页改版出了"
       "问题。怎么判断哪个解释更可能？请一步一步推理，不用算具体数字。"),
    ex("ko", "친구 다섯 명(A, B, C, D, E)이 일렬로 앉으려고 해요. A는 B 옆에 앉기 싫어하고, C는 꼭 맨 끝에 앉아야 "
       "하고, D와 E는 붙어 앉고 싶어해요. 가능한 배치 하나를 찾아 주고 왜 조건을 다 만족하는지 설명해 주세요."),
    ex("en", "we're going hiking this weekend, any tips for blisters?",
       A("Break in your boots, wear wool or synthetic socks, and tape hot spots early with leukotape..."),
       "thanks. different thing: I'm home at 3:00 and need to pick my kid up from school at 3:30 sharp, drop the "
       "dog at the vet (they take drop-offs 3:00-4:00) and get to the bank before it closes at 4. Home is 10 min "
       "from everything, school-vet is 10, vet-bank 15, bank-school 20. Which orders work, and why do the "
       "others fail?"),
    ex("en", "my history teacher said the printing press changed everything",
       A("It really did a lot: cheaper books, faster spread of ideas, standardised texts..."),
       "ok so what if the printing press had been invented 500 years earlier in China and spread west from "
       "there? would the Reformation still have happened? reason it out, I know there's no right answer"),
    ex("ru", "Вася врёт по понедельникам, вторникам и средам, а в остальные дни говорит правду. Петя врёт по "
       "четвергам, пятницам и субботам, а в остальные дни говорит правду. Сегодня оба сказали: «Вчера я врал». "
       "Какой сегодня день? Объясни, как ты это вывел."),
    ex("pt", RECIPES, "Não é receita: minha vizinha diz que a conta de luz dela dobrou desde que trocou a geladeira "
       "velha por uma nova 'econômica'. O que pode estar acontecendo? Me ajuda a pensar nas possibilidades e em "
       "como descartar cada uma."),
    ex("en", AGENT, "step back from the code for a sec. in March we replaced the daily standup with async "
       "updates in Slack, and since then pull requests wait about three times longer for a first review. in "
       "the same month two seniors went part-time and we added a required security check to CI. is the "
       "standup change really the cause? reason through it, no code"),
    ex("tr", "Köyde üç çoban var. Ali 'Koyunu kaybeden Veli' diyor. Veli 'Ali yalan söylüyor' diyor. Hasan 'Ben "
       "kaybetmedim' diyor. Sadece biri doğru söylüyorsa koyunu kim kaybetti? Adım adım açıklar mısın?"),
    ex("en", ROSTER, "Patient in bed 4 gets agitated every evening around 6, never in the mornings. Meds are at the "
       "same times all day, family visits at 5:30, shift change is at 7 and the room faces west. I'm not asking "
       "for a diagnosis, help me think through which of these could explain the timing and how I'd rule each "
       "one out."),
    ex("it", "Ciao! Come va?", A("Ciao! Tutto bene, grazie. Tu come stai?"),
       "Insomma. Devo scegliere tra un lavoro a Milano pagato di più ma con due ore di treno al giorno, e uno nel "
       "mio paese pagato meno ma vicino ai miei genitori che stanno invecchiando. Non dirmi cosa fare: ragiona "
       "con me sui pro e contro e su quali domande dovrei farmi, in ordine."),
    ex("en", "If all the cats at the shelter are vaccinated and Mittens isn't vaccinated, can Mittens be a shelter "
       "cat? And what changes if we only know that 'most' of the shelter cats are vaccinated?"),
    ex("sv", "Vi är fyra syskon som delar ett sommarhus och alla vill ha juli. Hur skulle man kunna fördela "
       "veckorna rättvist över flera år så att ingen alltid hamnar sämst? Resonera fram ett system och förklara "
       "varför det är rättvist."),
    ex("en", "my 12 year old just told me about logical fallacies, it was cute",
       A("That's great! Which ones did she learn about?"),
       "she says this is a valid argument: 'Every time I wash my car it rains, so washing my car causes rain.' "
       "help me explain properly why it isn't, in a way she'll get"),
    ex("el", HOTEL, "Δεν είναι για κράτηση. Αν ένα μεγάλο ξενοδοχείο κατεβάσει πολύ τις τιμές τον Αύγουστο, τι "
       "αλυσιδωτές συνέπειες μπορεί να έχει για τα γύρω μικρά ξενοδοχεία και τις ταβέρνες; Σκέψου το βήμα βήμα."),
    ex("fa", "سه دوست به نام‌های علی، رضا و مریم هر کدام یک شغل دارند: پزشک، معلم و مهندس. مریم پزشک نیست. کسی که "
       "معلم است از رضا کوچک‌تر است. علی و مهندس با هم همکلاسی بودند. رضا با مهندس خویشاوند است. شغل هر کدام "
       "چیست؟ استدلالت را بنویس."),
    ex("cs", "Shrň mi ten článek o venkovských obchodech do dvou vět.",
       A("Článek popisuje, že na venkově ubývá malých obchodů kvůli konkurenci supermarketů a stárnutí "
         "obyvatel. Obce zkoušejí pojízdné prodejny a dotace."),
       "Díky. Teď mi pomoz přemýšlet: u nás ve vesnici zavřeli poštu a do půl roku zavřel i obchod vedle. "
       "Starosta tvrdí, že to spolu nesouvisí. Jaké tam můžou být příčinné vazby a jak bychom zjistili, kdo má "
       "pravdu?"),
    ex("ro", "Dacă mâine plouă, meciul se amână. Meciul nu s-a amânat. Pot spune sigur că nu a plouat? Și invers: "
       "dacă meciul s-a amânat, înseamnă neapărat că a plouat? Explică-mi logica."),
    ex("hi", "तीन बहनें हैं: आशा, बीना और चारु। एक डॉक्टर है, एक वकील और एक टीचर। आशा सबसे बड़ी है और टीचर नहीं "
       "है। वकील सबसे छोटी है। बीना, चारु से बड़ी है। कौन क्या करती है? अपना तर्क भी समझाइए।"),
    ex("id", POS, "Bukan soal stok. Sejak minimarket baru buka di ujung jalan, penjualan rokok saya turun tapi "
       "penjualan gas elpiji malah naik. Kira-kira kenapa ya? Tolong pikirkan beberapa kemungkinan dan mana yang "
       "paling masuk akal."),
    ex("en", "My brother says: 'If you don't go to university, you won't get a good job.' I have a friend who "
       "didn't go to university and has a great job. Does that prove him completely wrong? Explain the logic."),
    ex("en", HR, "Three people want the same week off in December. Jo has the most seniority, Sam asked first, and "
       "Priya hasn't had a December week off in four years. Policy only says 'fair and consistent'. Talk me "
       "through how to decide and what precedent each choice sets."),
    ex("en", "why does this return undefined? const f = () => { a: 1 }",
       A("The braces are read as a function body with a label `a:`, not an object. Wrap it: () => ({ a: 1 })."),
       "ok forget the code. why do you think our team keeps underestimating tickets by about 2x? we estimate in "
       "hours, the same two seniors estimate everything, and juniors do most of the work. think about it "
       "causally"),
    ex("en", MODFORGE, "Not asking for script help this time. In my mod the merchants go bankrupt after about 30 "
       "in-game days. Each starts with 2000 gold, restocks every 3 days, and players sell them dungeon loot but "
       "rarely buy. Reason about which loop is draining them and what the design fix should be."),
    ex("en", "My grandson asked me: if you're running a race and you overtake the person in second place, what "
       "place are you in? He says first. Who's right, and how do I explain it to him?"),
    ex("en", LEGAL, "Hypothetical for training new paralegals, not advice: the lease says notice must be "
       "'received' by the 30th. The tenant mailed it on the 27th, it arrived on the 2nd, but the landlord's "
       "office was closed from the 29th to the 1st. Lay out the arguments on each side about whether notice "
       "was timely."),
    ex("en", "I need to visit four lots of relatives over Christmas. Grandma only on the 24th or 25th. My brother "
       "not before the 26th. My aunt any day but never the same day as grandma because they fight. My parents "
       "on the 25th for sure. At most two visits a day. Find a schedule and explain why it works."),
    ex("en", "I'm reading a book about wolves", A("Nice! Wolves are fascinating. Which book?"),
       "'The Wolf Within'. it got me wondering: if humans had never domesticated dogs, how might early farming "
       "and herding have turned out differently? just think it through, I'm curious"),
    ex("en", TRANSLATE_APP, "don't translate this yet. my boss's email says 'we should revisit the budget before "
       "we commit'. my colleague thinks it means the project is cancelled. Is that a reasonable inference from "
       "the wording? walk me through it"),
    ex("uk", "Маємо три відра: на 8, 5 і 3 літри. Восьмилітрове повне води, інші порожні. Як розділити воду "
       "навпіл, по 4 літри, без жодних інших мірок? Поясни хід думок."),
    ex("ar", "إذا كان كل من يعمل في المستشفى يجب أن يأخذ لقاح الإنفلونزا، وسارة لم تأخذه، فهل نستنتج أنها لا تعمل في "
       "المستشفى؟ وما الخلل في هذا الاستنتاج إن وجد؟"),
    ex("th", "ช่วยแปลคำว่า 'ferry' เป็นภาษาไทยหน่อย", A("'เรือข้ามฟาก' ครับ"),
       "ขอบคุณครับ ทีนี้ผมมีไก่ หมา และข้าวเปลือกหนึ่งกระสอบ ต้องพาข้ามแม่น้ำ เรือพาไปได้ทีละอย่าง ถ้าทิ้งหมากับไก่"
       "ไว้ด้วยกัน หมาจะกัดไก่ ถ้าทิ้งไก่กับข้าวไว้ ไก่จะกินข้าว ต้องข้ามยังไงครับ อธิบายทีละขั้น"),
    ex("he", BANK_HE, "זה לא קשור לחשבון שלי. אם כל הלקוחות שמתלוננים על האפליקציה משתמשים באנדרואיד, אבל רוב "
       "המשתמשים בכלל באייפון, אפשר להסיק שהבעיה באנדרואיד? מה עוד צריך לבדוק לפני שמסיקים?"),
    ex("en", "My daughter wants a dog, my husband doesn't, and I'm on the fence. We both work four days a week, "
       "she's 11, and we live on the third floor with no lift. Help me lay this out logically: which questions "
       "do we have to answer first, and in what order?"),
    ex("es-en", "ok so my roommate says que si el refri hace ruido es porque está muy lleno, pero it only makes "
       "the noise at night when nobody opens it. does her theory make sense? think about it with me"),
    ex("en", "tell me a bakery joke", A("What did the baker say when he found the lost dough? 'This is the yeast "
                                         "I could do.'"),
       "ha. serious now: in our village all three bakeries raised their prices in the same week even though "
       "flour got cheaper. what explanations are there, and which one is most plausible?"),
    ex("en", IDE, "I have standup in five minutes and need to decide: tell the PM the feature slips a week, or ship "
       "on time without the export button. The PM cares most about Friday's demo and export is used by two "
       "customers. Reason through it quickly."),
    ex("en", ENERGY, "Odd one for my village quiz: a man looks at a portrait and says 'Brothers and sisters I have "
       "none, but that man's father is my father's son.' Who is in the portrait? Explain the reasoning so I can "
       "read it out."),
    ex("en", "can you summarise the attached retro notes in a few bullets",
       A("- Too many meetings\n- Reviews slow\n- Good collaboration with design"),
       "thanks. my manager cut our meetings in half to 'boost productivity' and mistakes went up instead. why "
       "might that be? go through the possible causes logically"),
    ex("en", "Anna is taller than Ben, Ben is taller than Cara, and Dev is shorter than Cara but taller than Eli. "
       "Who is the second shortest?"),
    ex("en", CRM, "We can run one campaign this quarter: a discount for churn-risk customers or a referral bonus "
       "for happy ones. The churn-risk list is 300 accounts, the happy list is 1,200, and sales is three "
       "people. Don't give me numbers, reason about which has more upside and what would change your mind."),
    ex("en", "what's a bloop", A("It isn't a standard English word. It can be slang for a blooper, or a made-up "
                                 "word in a puzzle."),
       "it's from a puzzle. if all bloops are razzies and all razzies are lazzies, are all bloops definitely "
       "lazzies?"),
    ex("en", "pull the timeline out of this incident chat: '02:00 backups started... 02:10 db1 unreachable... "
       "02:25 alert fired... 02:40 Marta acked'",
       A("02:00 backups started\n02:10 db1 unreachable\n02:25 alert fired\n02:40 on-call (Marta) acknowledged"),
       "based on that timeline, which event most likely caused the outage, and what else would you want to know "
       "before blaming it?"),
]

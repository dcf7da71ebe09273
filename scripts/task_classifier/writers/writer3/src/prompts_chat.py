"""chat: small talk, greetings, thanks, venting, sharing news, casual opinions and light personal
advice. Many mention a task (translating, coding, reports, maths homework) without asking for it, or
arrive inside an app whose system prompt is about that task."""

from common import A, S, ex

TRANSLATE_APP = S("You are LinguaBridge. Translate the user's text into the target language they pick. "
                  "Keep names and numbers unchanged.")
BI = S("You are the Insight assistant in Lumen BI. You explain charts, KPIs and anomalies to business "
       "users in plain language.")
TRIAGE = S("You are TriageBot for the Nordhaus support desk. For every incoming ticket output a priority "
           "(P1-P4), a queue and a one-line reason.")
CRM_KO = S("You are the assistant inside DealDesk CRM. Help reps log meetings, update deal stages and draft "
           "follow-ups.")
POS = S("You are Kasirku, a point-of-sale assistant for small shops: stock levels, prices and daily sales "
        "reports. Answer in the user's language.")
DELIVERY = S("Ты — помощник службы доставки «Быстрокот». Помогаешь отслеживать заказы, оформлять возвраты и "
             "менять адрес доставки.")
IDE = S("You are CodePilot, an assistant in the user's IDE. Answer with code when possible.")
LEGAL = S("You are DocketMate, an assistant for law-firm staff: drafting letters, tracking court deadlines, "
          "formatting citations.")
TUTOR = S("You are a maths tutor for grade 8 students. Guide them step by step and never give the final "
          "answer directly.")
DEALER = S("You are the assistant in AutoLead, the CRM for car dealerships. Help salespeople log test drives "
           "and follow up with leads.")
BANK = S("You are the virtual assistant of Riverside Savings Bank. Help customers with card issues, "
         "transfers and account questions. Never ask for full card numbers.")
MODFORGE = S("You are ModForge, an assistant for Bethesda game modding. Answer Papyrus scripting and "
             "Creation Kit questions with examples.")
PUZZLE = S("You are PuzzleMate, a logic puzzle coach. Give hints before full solutions.")
LEDGER_ZH = S("你是“小财”记账助手，帮用户记录每天的收支，并在月底生成报表。")

EXAMPLES = [
    ex("en", TRANSLATE_APP, "honestly I'm just tired of translating my mom's hospital letters every week. she's "
       "lived in Germany for 20 years and still won't learn the language. sorry, I had to get that out"),
    ex("sv", "Hej! Jag har precis gått i pension efter 41 år som elektriker. Vad gör folk egentligen med all "
       "tid? Det känns så konstigt att vakna utan väckarklocka."),
    ex("el", "Μπορείς να μου συνοψίσεις αυτό το άρθρο για τον τουρισμό στην Κρήτη;",
       A("Φυσικά. Το άρθρο λέει ότι οι αφίξεις αυξήθηκαν κατά 8% φέτος, κυρίως από Γερμανία και Πολωνία..."),
       "Ευχαριστώ πολύ! Εσύ πώς είσαι σήμερα; Εδώ στη Θεσσαλονίκη βρέχει από το πρωί και βαριέμαι αφάνταστα."),
    ex("fa", "سلام، امروز اولین روز کارم توی یه داروخانه بود. خیلی استرس داشتم ولی خوب گذشت. فقط خواستم به یکی "
       "بگم 😊"),
    ex("cs", BI, "Díky za ty grafy. Mimochodem, těšíte se taky na pátek? Já strašně, jedeme s rodinou na chatu "
       "a nebudu tam mít signál."),
    ex("ro", "Mi-e dor de bunica. Ea făcea cele mai bune sarmale din lume. Azi am încercat să le fac și eu după "
       "rețeta ei și n-au ieșit deloc la fel."),
    ex("en", IDE, "my loop prints the same row twice, what's wrong?\n\nfor i in range(len(rows)):\n"
       "    print(rows[i])\n    if i < len(rows): print(rows[i])",
       A("The second print runs on every iteration because `i < len(rows)` is always true inside the loop. "
         "Remove the if line and you get each row once."),
       "it works!!! 3 hours on that. I'm going to go touch grass now"),
    ex("en", "is it weird that I like studying at 2am? my mom says it's bad for me but it's the only time the "
       "house is quiet"),
    ex("en", TRIAGE, "This isn't a ticket, I just wanted to say the new triage rules made my morning so much "
       "calmer. Thanks to whoever set this up."),
    ex("de", "Was ist eigentlich dein Lieblingsessen? Ich weiß, du isst nichts, aber wenn du könntest 😄"),
    ex("ja", "最近、仕事で翻訳ばかりしていて、ちょっと疲れました。週末は何もしないでゆっくりしたいです。"),
    ex("ko", CRM_KO, "오늘 영업 미팅 세 개 다 망했어요... 기록은 내일 할게요. 그냥 좀 위로해 주세요."),
    ex("zh", "这道题帮我看看：3x + 7 = 22，x 是多少？",
       A("先两边减 7：3x = 15，再两边除以 3：x = 5。"),
       "谢谢！你觉得数学好的人是不是天生的？我一直觉得自己没有这个天赋，有点灰心。"),
    ex("hi", "आज मेरी बेटी ने पहली बार बिना सहारे के साइकिल चलाई! इतनी खुश हूँ कि बता नहीं सकती।"),
    ex("ar", "صباح الخير، كيف حالك اليوم؟ أنا أشرب قهوتي قبل ما أفتح المحل، الجو اليوم حلو."),
    ex("id", POS, "Hari ini sepi banget tokonya, cuma 4 pembeli dari pagi. Kadang capek juga ya jadi pedagang."),
    ex("tr", TRANSLATE_APP, "Bu cümleyi İngilizceye çevirir misin: Yarın sabah dokuzda ofiste olacağım.",
       A("I will be at the office at nine tomorrow morning."),
       "Çok sağ ol. Bu arada senin adın ne? Hep 'asistan' demek garip geliyor."),
    ex("pl", "Pracuję jako pielęgniarka na nocnych zmianach od ośmiu lat. Czasem mam wrażenie, że żyję w innej "
       "strefie czasowej niż reszta rodziny. Ktoś jeszcze tak ma, czy to tylko ja?"),
    ex("ru", DELIVERY, "Да нет, ничего не нужно, заказ уже пришёл, всё хорошо. Просто курьер был очень вежливый, "
       "хотела сказать, что это приятно 🙂"),
    ex("uk", "Доброго вечора! Сьогодні нарешті висадив помідори. Дружина сміється, що я з розсадою розмовляю. "
       "А ти б теж сміявся?"),
    ex("it", "Ciao! Ho 16 anni e domani ho l'esame per il patentino del motorino. Sono agitatissima, dimmi "
       "qualcosa per tirarmi su."),
    ex("en", "can you pull the invoice number, date and total from this? INV-2291, 14 March, €412.50 for "
       "lighting repairs", A("Invoice number: INV-2291\nDate: 14 March\nTotal: €412.50"),
       "Perfect, thanks. You're quicker than my accountant haha. Have a nice evening!"),
    ex("th", "สวัสดีครับ วันนี้ฝนตกทั้งวันเลย ขายของแทบไม่ได้ คุณชอบหน้าฝนไหมครับ"),
    ex("he", "תוכל להסביר לי שוב מה ההבדל בין זכות קדימה בכיכר לבין בצומת רגיל?",
       A("בכיכר, מי שכבר נמצא בתוך הכיכר הוא בעל זכות הקדימה. בצומת רגיל בלי תמרור..."),
       "היי, רק רציתי להגיד שעברתי את מבחן התיאוריה! תודה על כל העזרה בשבועות האחרונים"),
    ex("fr", IDE, "J'en peux plus de ce projet legacy, douze ans de PHP sans un seul test. Dis-moi que ça va "
       "aller 😩"),
    ex("pt", "Vocês conversam entre si, as IAs? Sempre fiquei curioso com isso."),
    ex("en", "what excel formula adds up column C only where column A says 'paid'?",
       A("=SUMIF(A:A, \"paid\", C:C)"),
       "haha perfect, my boss is going to think I'm an Excel genius. do you work Sundays too?"),
    ex("en", BI, "do you ever get bored of explaining churn charts to people like me lol"),
    ex("en", "first frost came early this year and we lost half the beans. my dad farmed this land for forty "
       "years and says it just happens sometimes. still stings."),
    ex("en", LEGAL, "Not a task, just needed to tell someone: my boss called me 'irreplaceable' in front of the "
       "partners today. I'm still grinning."),
    ex("en", "What's something that made you laugh recently? Mine was my cat falling off the sofa in her sleep."),
    ex("en", "summarise these notes in 3 bullets: weekly sync, Q3 roadmap slipped 2 weeks, Ana owns the vendor "
       "call, hiring freeze until October", A("- Q3 roadmap is two weeks behind\n- Ana owns the vendor call\n"
                                             "- Hiring is frozen until October"),
       "thanks. honestly these meetings could be emails. do you think everyone secretly hates Monday syncs or "
       "is it just our team?"),
    ex("en", MODFORGE, "just released my first mod on nexus and got 200 downloads in one day!! nobody in my life "
       "understands why that's cool"),
    ex("en", TUTOR, "I don't wanna do math today. my best friend moved to another city and everything feels "
       "boring"),
    ex("en", "Write me a short poem about autumn in Uppsala", A("Leaves on the Fyris river,\nbikes with their "
                                                                 "baskets of rain..."),
       "Haha that's lovely. You're funnier than my manager. So what do you do on weekends then?"),
    ex("en", "Good morning! It's my birthday today, I'm turning 70. Don't know why I'm telling you, I just wanted "
       "to say it to someone."),
    ex("fa", TRANSLATE_APP, "این جمله را به انگلیسی ترجمه کن: فردا جلسه ساعت ده شروع می‌شود.",
       A("The meeting starts at ten tomorrow."),
       "ممنون، خیلی کمکم کردی. راستی تو هم زمستون رو دوست داری؟ من عاشق برفم."),
    ex("en", "Good evening. I'm retired and started learning piano last month. The neighbours haven't complained "
       "yet 😄 Do you play anything?"),
    ex("en", DEALER, "Nothing to log today, just wanted to say I sold my first car! I've only been here a week."),
    ex("tl-en", "grabe, finally nag-work yung code ko after 2 days. i'm so happy i could cry, walang nakakaintindi "
       "sa bahay haha"),
    ex("en", "help me write a text to my daughter asking if she's coming for dinner sunday",
       A("How about: \"Hi love, are you coming for dinner on Sunday? Dad's making lasagne. Let me know!\""),
       "thanks. do you think it's rude when she just replies 'k'? she does it to me all the time"),
    ex("en", BANK, "you've been really patient with me today. sorry I was snappy earlier, it's been a rough week"),
    ex("en", PUZZLE, "Four people must cross a bridge at night with one torch. They take 1, 2, 5 and 10 minutes, "
       "at most two cross at once. Can they do it in 17 minutes?",
       A("Hint: the two slowest people should cross together, and someone fast has to be waiting on the "
         "far side to bring the torch back."),
       "ok my brain hurts now 😂 how are you so patient with people like me"),
    ex("en", "good night!"),
    ex("en", "I run a little hardware shop and my nephew keeps saying I should learn a bit of coding one day. "
       "No idea where I'd even start, probably never will haha. Anyway, how's your day going?"),
    ex("zh", LEDGER_ZH, "今天不记账了，就是有点累，想找人聊聊天。你平时喜欢聊什么？"),
    ex("en", "Can you give me the main points of this email from the school? [pasted: the trip to the museum is "
       "moved to 12 May, kids need a packed lunch, cost stays €8]",
       A("Main points: the museum trip is now on 12 May, children need a packed lunch, and the cost is still "
         "€8."), "thanks! it's already so cold in the mornings here. what's the weather like where you are?"),
    ex("es", "¿Tú crees que a los 45 todavía se puede cambiar de carrera? No te pido un plan ni nada, es que hoy "
       "me quedé pensando en eso en el autobús."),
    ex("nl", "Ik heb vandaag mijn eerste marathon gelopen! 4 uur en 51 minuten, mijn benen voelen als beton maar "
       "ik ben zo trots."),
    ex("vi", "Hôm nay mình bị sếp mắng vì báo cáo nộp trễ. Biết là lỗi của mình nhưng vẫn buồn. Bạn nói chuyện "
       "với mình một chút được không?"),
]

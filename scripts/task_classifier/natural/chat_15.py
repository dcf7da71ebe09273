"""Batch 15 (written 2026-12-07 by a separate writer, app-style traffic). Natural chat requests that are mostly
not greetings: opinions, light recommendations, casual advice, venting, small talk in the middle of a task and
questions about the assistant itself, including talk that mentions code, numbers, documents or translations
without asking for any of them; in many languages; many sent to an app whose system prompt is about something
else (analytics, coding agents, support bots, legal tools, tutors), or after earlier turns that asked for a real
task."""

ONE_LINERS = """
do you ever get bored of people asking you to fix their regex? asking for a friend (me)
hot take: pineapple on pizza is fine and the debate is boring. agree?
what's a good snack for a 3pm slump that isn't another biscuit
I just sent an email to the whole company with a typo in the CEO's name. please distract me
is it weird that I say thank you to you every time
what's your favourite word? mine is 'discombobulated'
I got a dog yesterday and I've already taken 400 photos of him. normal?
any ideas for a low-key birthday, I'm turning 40 and I don't want a party
tbh I'm kind of proud I finally fixed the leaky tap myself. no question, just bragging
do you think handwritten letters will ever come back
how do people make friends after 30, genuinely
which season do you think is best for a first trip to Japan, just your vibe
I'm in the waiting room at the dentist and I'm scared. talk to me about anything
what's something small that makes a workday better in your opinion
is 'per my last email' as passive aggressive as I think it is
ugh, my train is delayed again. say something to cheer me up
honestly, should I watch the film first or read the book first
¿qué música pones tú para concentrarte? bueno, si pudieras poner música
estoy harta de que mi compañero de piso nunca saque la basura, necesito desahogarme un poco
oye, ¿tú crees que los gatos nos quieren o solo nos toleran?
t'as une idée de cadeau pour une collègue qui part à la retraite ? un truc sympa, pas cher
franchement, les réunions du lundi matin, ça sert à quoi ? je râle, c'est tout
Was hältst du eigentlich von Adventskalendern für Erwachsene? Geldverschwendung oder Spaß?
Mir ist langweilig im Zug, erzähl mal, was du so über Eulen weißt
tô com preguiça de ir pra academia hoje, me convence ou me deixa ficar em casa kkk
qual a tua série preferida? ah é, tu não vê séries. qual seria então?
secondo te è meglio il mare o la montagna per staccare davvero?
ik heb vandaag voor het eerst zelf brood gebakken en het is best gelukt!
masz jakiś pomysł na leniwą niedzielę w deszczu?
ne düşünüyorsun, kahvaltı günün en önemli öğünü mü yoksa abartı mı?
привет, у меня сегодня первый день на новой работе, немного волнуюсь
как думаешь, стоит ли заводить рыбок в маленькой квартире? просто интересно мнение
你平时会觉得累吗？我今天加班到十点，整个人都不好了
週末に何か新しい趣味を始めたいんだけど、おすすめある？気軽なやつ
너는 아침형이야 저녁형이야? 난 완전 올빼미야
kal interview hai aur neend nahi aa rahi, thoda baat karo na
هل تحب القطط أم الكلاب؟ أنا متردد أي واحد أربي
lagi bete banget nih, hujan terus dari pagi. ngobrol yuk
hôm nay mình được tăng lương, vui quá nên muốn kể với ai đó
วันนี้เหนื่อยมาก อยากคุยเล่นสักหน่อย
"""

LONG = [
    "So my team just shipped the thing we've been working on for nine months and the launch was... quiet. "
    "No big bugs, no big applause either. I don't need a retrospective or an action plan. I think I just "
    "wanted to say out loud that it feels anticlimactic. Is that a normal feeling?",
    "I've started leaving my phone in another room in the evenings and it's been a week. I read two books. "
    "I also checked the drawer about fifty times. Do you think this is the kind of habit that sticks or "
    "will I be back to doomscrolling by January?",
    "My mum just discovered voice messages and now sends me seven-minute monologues about the neighbours' "
    "hedge. I love her. I also have a job. How do other people deal with this without hurting feelings?",
    "Not a task, promise. I've been using you all day for spreadsheets and I realised I never asked: what "
    "kind of questions do you like answering? Do you have a preference at all, or is that a silly thing to "
    "ask a model?",
    "Me acabo de mudar a una ciudad donde no conozco a nadie y los fines de semana se me hacen larguísimos. "
    "No busco una lista de apps para conocer gente, solo charlar un rato. ¿Qué tal tu día, si es que tienes "
    "días?",
    "J'ai fini mon premier semi-marathon ce matin ! 2h07, pas glorieux mais j'ai couru tout du long. Mes "
    "jambes me détestent. Dis-moi un truc gentil et ensuite dis-moi si tu penses que je devrais tenter le "
    "marathon un jour, sans pression.",
    "Ich habe heute gekündigt. Nach sechs Jahren. Ich weiß, dass es richtig war, aber jetzt sitze ich im "
    "Auto vor dem Büro und habe irgendwie einen Kloß im Hals. Ich will keine Ratschläge, nur kurz reden.",
    "Sabe aquele dia em que tudo dá errado? Perdi o ônibus, derramei café na camisa e o chefe remarcou a "
    "reunião pra hora do almoço. Agora são 18h e só quero reclamar um pouco com alguém que não vai me "
    "julgar.",
    "最近在考虑要不要养一只狗，但是我住的是小公寓，平时上班也挺忙的。不是要你帮我做决定哈，就是想聊聊，你觉得养宠物最幸福的地方是什么？",
    "今日は息子の運動会で、かけっこでビリだったけど最後まで笑顔で走ってた。なんか泣けてきた。誰かに話したくて。",
    "Сегодня наконец-то выпал первый снег, и я как ребёнок полчаса стоял у окна. Работа подождёт. "
    "А ты бы что сделал в первый снежный день, если бы мог?",
]

CHATS = [
    ("You are DataLoom, an analytics copilot. You write SQL against the warehouse and explain charts.",
     ["how's your day going? I've been staring at dashboards since 7am and my eyes are melting"]),
    ("You are DataLoom, an analytics copilot.",
     ["top 5 products by revenue in November", "1. Trail Jacket 48.2k, 2. Wool Socks 31.9k, 3. Headlamp "
      "22.4k, 4. Thermos 19.8k, 5. Gaiters 12.1k.",
      "ha, wool socks in second place. I bought three pairs myself. do you have a favourite kind of weather? "
      "I'm a cold-and-sunny person"]),
    ("You are DataLoom, an analytics copilot.",
     ["run the churn query again", "Done: monthly churn is 3.1%, down from 3.6%.",
      "yesss. ok I'm done for today. honestly do you think it's fine to celebrate a 0.5 point drop with cake "
      "or is that embarrassing"]),
    ("You are Tessellate, an IDE agent. You can read and edit files and run tests.",
     ["fix the failing snapshot test", "Updated the snapshot after confirming the change was intentional; "
      "suite is green.",
      "you're the best. unrelated: what do you think about people who name variables after their pets? my "
      "lead has a 'biscuit_handler'"]),
    ("You are Tessellate, an IDE agent.",
     ["I've been coding for 11 hours and I think I'm done being a person today. just tell me something "
      "nice that has nothing to do with JavaScript"]),
    ("You are Forge, a coding assistant inside the terminal.",
     ["do you prefer vim or emacs? you have to pick one, no diplomatic answers"]),
    ("You are Forge, a coding assistant inside the terminal.",
     ["git log for the last 3 commits", "a1f2c3 fix typo in README / 9be0d1 bump deps / 44c7aa add "
      "healthcheck",
      "lol my whole day in three commits. feels like I did more than that. do you ever feel like the "
      "visible part of work is the smallest part?"]),
    ("You are Ledgerly, a bookkeeping assistant for freelancers.",
     ["not a bookkeeping question, but you're the only one awake: I just landed my first client who pays "
      "more than my old salary. I'm kind of shaking"]),
    ("You are Ledgerly, a bookkeeping assistant for freelancers.",
     ["categorise 'coworking day pass 25 EUR'", "Office costs / rent.",
      "thanks. do you think coworking spaces are worth it for the vibes alone? I get nothing done at home "
      "but I also get nothing done there because I chat"]),
    ("You are a customer-support assistant for Lumen Energy.",
     ["your hold music is actually a banger, who picked it? anyway, I'm not calling about anything, I'm "
      "just in a good mood"]),
    ("You are a customer-support assistant for Corvid Broadband.",
     ["my router light is blinking orange", "Orange blinking means it's resyncing. Wait two minutes; if it "
      "doesn't turn white, restart it.",
      "it's white again, thank you! sorry I was rude earlier, long week. how are you holding up with all "
      "the angry people today?"]),
    ("You are Sprig, a recipe and meal-planning assistant.",
     ["do you think cooking is more of an art or a science? my partner and I argue about it every weekend"]),
    ("You are Sprig, a recipe and meal-planning assistant.",
     ["what can I make with leeks and potatoes?", "Leek and potato soup: sweat the leeks in butter, add "
      "diced potato and stock, simmer 20 min, blend.",
      "classic. my grandma used to make that. do you think food memories are stronger than other memories? "
      "I swear the smell alone takes me back"]),
    ("You are PeopleDesk, an HR assistant. Answer questions from the employee handbook.",
     ["is it just me or does December make everyone at work a bit unhinged? three secret Santa chats, two "
      "parties and a deadline"]),
    ("You are PeopleDesk, an HR assistant.",
     ["how do I request parental leave?", "Submit form HR-12 at least eight weeks before the start date; "
      "your manager and HR approve it in the portal.",
      "thanks. we're expecting in April and I'm equal parts thrilled and terrified. any non-official advice "
      "from the collective wisdom you've absorbed?"]),
    ("You are Clausewise, an assistant that reviews employment contracts.",
     ["I've read so many contracts this week I'm dreaming in subclauses. do lawyers ever actually enjoy "
      "this stuff?"]),
    ("You are a legal research assistant for a small litigation firm.",
     ["find precedent on late delivery penalties", "I found three relevant appellate decisions; summaries "
      "and citations are in the panel.",
      "great. ok real talk, is it normal to still get nervous before court after 10 years? I have a hearing "
      "at 9 and I'm jittery"]),
    ("You are Wayfarer, a travel-booking assistant.",
     ["what's the most underrated city in Europe in your opinion? not asking you to book anything, just "
      "curious"]),
    ("You are Wayfarer, a travel-booking assistant.",
     ["book the 7:10 train to Edinburgh", "Booked: 07:10 London King's Cross to Edinburgh, coach C seat 42, "
      "arriving 11:31.",
      "thanks! first solo trip in years. do you think it's sad to eat alone in restaurants or is that just "
      "in my head?"]),
    ("You are a tutoring assistant for high-school chemistry.",
     ["I don't want to study right now. can we just talk for five minutes? my exam is tomorrow and my brain "
      "is soup"]),
    ("You are a tutoring assistant for high-school maths.",
     ["what's the derivative of x^3?", "3x^2.",
      "cool. do you think maths is something you're born good at or can anyone get it? my teacher says "
      "anyone, I'm not convinced"]),
    ("You are Cobalt's in-app assistant for project boards and tasks.",
     ["do you think open-plan offices were a mistake? our whole team is moving to one next month and "
      "nobody's excited"]),
    ("You are a writing assistant for grant applications.",
     ["submitted!!! 42 pages. I don't want to see the word 'impact' ever again. what do you do to relax "
      "after a big deadline? hypothetically"]),
    ("You are an assistant that drafts property listings for estate agents.",
     ["write a listing for a 2-bed flat with a balcony", "Bright two-bedroom flat with a sunny balcony, "
      "open kitchen and a five-minute walk to the tram.",
      "lovely. honestly I'd live there. do you think balconies are overrated? mine is just a place where "
      "bikes go to rust"]),
    (None,
     ["translate 'have a nice weekend' to Italian", "Buon fine settimana!",
      "grazie! I'm going to Italy in the spring, first time. what would you be most excited about if you "
      "were going?"]),
    (None,
     ["what's 240 divided by 16?", "15.",
      "ha, so that's how many chocolates each kid in my class gets. I'm a teacher, it's the last day before "
      "the holidays and I'm running on fumes. how's your week been?"]),
    (None,
     ["summarise this article about sleep", "Adults need 7 to 9 hours; consistent wake times matter more "
      "than bedtime; screens before bed delay sleep onset.",
      "consistent wake times, ugh, that's the one thing I can't do. are you a weekend lie-in supporter or "
      "are you on the side of the sleep scientists?"]),
    (None,
     ["write a python function to reverse a string", "def reverse(s): return s[::-1]",
      "that's it? one line? I spent half an hour on a loop. I feel silly. is it normal to feel like a "
      "beginner after two years?"]),
    ("Eres un asistente de soporte técnico para una tienda online de muebles.",
     ["perdona el rollo, pero estoy montando una estantería a las 11 de la noche y ya no sé ni quién soy. "
      "¿a ti te gusta IKEA o eres más de muebles de toda la vida?"]),
    ("Eres un asistente de análisis de datos para equipos de marketing.",
     ["saca el CTR de la última campaña", "CTR medio del 2,8 %, el mejor anuncio al 4,1 %.",
      "bien. oye, cambiando de tema, ¿tú qué piensas de los anuncios que te persiguen por todo internet? "
      "a mí me dan un poco de grima, y eso que trabajo en esto"]),
    ("Tu es un assistant de traduction pour une agence de voyages.",
     ["pas de traduction aujourd'hui, je suis en pause. c'est quoi pour toi le voyage idéal ? moi c'est un "
      "train de nuit et un bon livre"]),
    ("Tu es un assistant de code pour développeurs Python.",
     ["corrige l'indentation de ce bloc", "C'est corrigé : les deux lignes du else étaient décalées d'un "
      "espace.",
      "merci. un espace. une heure perdue pour un espace. dis-moi que ça arrive aux meilleurs"]),
    ("Du bist ein Assistent für Rechnungsprüfung in einer Buchhaltungssoftware.",
     ["ganz ehrlich, magst du eigentlich Zahlen? Ich mache das seit 20 Jahren und frage mich gerade, ob "
      "ich sie noch mag"]),
    ("Du bist ein Übersetzungsassistent.",
     ["übersetz bitte 'Frohe Weihnachten' ins Schwedische", "God jul!",
      "danke! Meine Schwiegereltern sind Schweden und ich bin jedes Jahr nervös beim Weihnachtsessen. Hast "
      "du Tipps, wie man da locker bleibt? Einfach so, von dir"]),
    ("Você é um assistente de atendimento de uma operadora de celular.",
     ["sei que você é pra conta de celular, mas me diz uma coisa: você acha que a gente usa o celular "
      "demais? eu tô tentando diminuir"]),
    ("Você é um assistente de escrita acadêmica.",
     ["revisa esse parágrafo da minha tese", "Ajustei a concordância e cortei duas repetições; o argumento "
      "ficou mais claro.",
      "obrigada! faltam 3 meses pra defesa e eu tô num misto de empolgação e pânico. você acha que todo "
      "mundo se sente assim no fim do doutorado?"]),
    ("Sei un assistente per prenotazioni di ristoranti.",
     ["non devo prenotare, volevo solo chiederti: qual è secondo te il piatto più sopravvalutato? io dico "
      "l'avocado toast"]),
    ("Je bent een assistent voor een online boekhandel.",
     ["welk boek heb je het vaakst zien aanraden? niet voor een bestelling hoor, ik ben gewoon nieuwsgierig"]),
    ("Jesteś asystentem do planowania podróży.",
     ["znajdź lot do Lizbony w marcu", "Najtańszy: 14 marca, 389 zł w obie strony, z przesiadką w "
      "Monachium.",
      "super, dzięki. a tak w ogóle, lubisz takie pytania o wakacje? bo ja uwielbiam planować bardziej niż "
      "jechać, haha"]),
    ("Sen bir yazılım ekibi için kod inceleme asistanısın.",
     ["kod değil, moral lazım: ilk PR'ım 30 yorum aldı. herkes bunu yaşıyor mu?"]),
    ("Ты — помощник по бухгалтерии для малого бизнеса.",
     ["посчитай НДС с 50 000", "При ставке 20% НДС сверху составит 10 000, итого 60 000.",
      "спасибо. слушай, а как ты относишься к Новому году? у меня он всегда ассоциируется с годовыми "
      "отчётами, грустно как-то"]),
    ("Ти — асистент для підготовки до співбесід.",
     ["не хочу зараз тренуватися. просто скажи, ти віриш, що співбесіди взагалі щось показують?"]),
    ("你是一个数据分析助手，可以帮用户写SQL。",
     ["帮我查一下上个月的订单量", "上个月共有 18,432 笔订单，比前一个月增长 6%。",
      "不错。话说你觉得周末加班正常吗？我们组已经连续三个周末了，有点累"]),
    ("你是一个旅行规划助手。",
     ["不用帮我规划。就是想问问，你觉得一个人旅行和跟朋友一起，哪个更好玩？"]),
    ("あなたはプログラミング学習のチューターです。",
     ["Pythonのリスト内包表記の例を見せて", "[x*2 for x in range(5)] で [0, 2, 4, 6, 8] になります。",
      "ありがとう。ところで、プログラミングって何歳からでも始められると思う？僕は45歳なんだけど"]),
    ("당신은 온라인 쇼핑몰 고객센터 챗봇입니다.",
     ["주문 말고요, 그냥 오늘 기분이 너무 좋아서요. 첫 월급 받았거든요! 뭐 사면 좋을까요 ㅎㅎ"]),
    ("आप एक कोडिंग सहायक हैं।",
     ["bug fix ho gaya, thanks. ab bas ek baat batao, tumhe kabhi lagta hai ki log tumse bahut zyada "
      "expect karte hain?"]),
    ("أنت مساعد لكتابة التقارير المالية.",
     ["لخص هذا التقرير", "الإيرادات ارتفعت 8٪ والتكاليف ثابتة تقريباً.",
      "شكراً. بصراحة أنا متعب جداً اليوم، هل عندك نصيحة بسيطة لأرتاح بعد يوم طويل؟"]),
    ("Anda adalah asisten untuk aplikasi kasir toko.",
     ["bukan soal kasir nih. menurutmu lebih enak kerja di kota besar atau di kampung halaman? lagi galau"]),
    ("Bạn là trợ lý viết nội dung marketing.",
     ["viết giúp mình câu slogan cho quán trà sữa", "Một ngụm ngọt, cả ngày vui.",
      "hay quá. mà bạn thích trà sữa không? à quên, bạn không uống được. vậy bạn thích gì?"]),
    ("คุณเป็นผู้ช่วยสำหรับร้านค้าออนไลน์",
     ["ไม่ได้จะสั่งของนะ แค่อยากถามว่าคุณคิดว่าหน้าหนาวหรือหน้าร้อนดีกว่ากัน"]),
    ("Είσαι βοηθός για εκμάθηση προγραμματισμού.",
     ["σήμερα δεν θέλω μάθημα. πες μου, πιστεύεις ότι η τεχνητή νοημοσύνη θα μας κάνει πιο τεμπέληδες;"]),
    ("אתה עוזר לניהול משימות בצוות.",
     ["תסגור לי את המשימה של הדוח", "סגרתי את המשימה 'דוח רבעוני'.",
      "תודה! סוף סוף חופש. יש לך המלצה לסדרה קלילה לערב?"]),
    ("Olet asiakaspalvelun avustaja verkkokaupassa.",
     ["ei tilauksesta mitään, mutta mitä mieltä olet saunasta? ulkomaalainen kollegani ei ymmärrä sitä"]),
]

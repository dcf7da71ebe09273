"""chat: small talk, greetings, thanks, venting, reactions and casual opinions, including messages that
mention a task (code, maths, a thesis) without asking for one."""

from common import A, S, ex

FERNBANK = S("You are Nova, the assistant in the Fernbank mobile banking app. Help customers with card controls, "
             "transfers, statements and disputes. Never ask for a full card number or PIN.")
AGENT = S("You are a coding agent working in the user's repository. Make small, reviewed changes and explain them.")
JSON_ONLY = S("You are an extraction service. Reply ONLY with a JSON object {\"intent\": string, \"entities\": "
              "object}. No prose, no markdown.")
PEOPLEDESK = S("You are PeopleDesk, the HR assistant at Orsolo Logistics. Answer questions about leave, payroll "
               "dates, benefits and policies, citing the handbook section.")
HABLA = S("You are Lola, the conversation partner in the Habla app. The learner is practising Spanish at A2 level. "
          "Gently correct mistakes and keep the conversation going.")
QUESTKEEPER = S("You are Questkeeper, a prep tool for tabletop game masters: encounter balancing, NPC names, loot "
                "tables and session notes.")
MATHPAL = S("You are MathPal, a tutor for secondary-school maths. Guide the student step by step; do not just give "
            "answers.")
ROUTER_RAG = S("Answer the customer's question using only the context below. If the answer is not there, say so.\n\n"
               "CONTEXT:\n[KB-2231] To reset the Zephyr X2 router, hold the recessed button for 10 seconds until "
               "the light blinks amber. After the reset the Wi-Fi name and password are on the sticker underneath.\n"
               "[KB-2240] If the light stays red after a reset, the line is down; contact support with your account "
               "number.")

EXAMPLES = [
    ex("en", FERNBANK, "how do I set up a savings pot",
       A("Go to Accounts, then Pots, then New pot. Give it a name and an optional goal, and choose whether to "
         "round up card payments into it."),
       "done! and not a banking question really, I just got my first ever paycheck and wanted to tell "
       "someone 😅 it's not much but it's MINE"),
    ex("en", AGENT, "nah don't touch anything. I just noticed I've been staring at this for six hours and it's dark "
       "outside. how's your day going, if that's even a thing for you"),
    ex("en", JSON_ONLY, "hello?? is anyone actually there or is this just a robot that yells json at me"),
    ex("en", PEOPLEDESK, "honestly not here for a policy question. my manager told me this morning that my project "
       "got cancelled after 8 months. it wasn't about the work, she said, it's budgets, and the team gets moved "
       "to the warehouse scanning thing in January. I believe her, and I know nobody's getting fired, so it's "
       "not even a disaster. it's just that I was proud of it? we'd finally got the route planner to a point "
       "where the drivers liked it, and one of them sent me a thumbs up on Friday, which from Bogdan is like a "
       "medal. and now it just stops. anyway I'm sitting in the car park eating a sandwich and I kind of just "
       "need a minute"),
    ex("en", HABLA, "haha ok I have to confess in English: last night I told my host family 'estoy embarazada' "
       "because I thought it meant embarrassed. I want to live under a rock now"),
    ex("en", QUESTKEEPER, "balance an encounter: 4 level-6 players vs a young red dragon in its lair",
       A("On its own a young red dragon is a deadly fight for four level-6 characters. Give them cover from "
         "the breath weapon, skip the lair actions on the first round, and have it flee at half hit points."),
       "update from last night: my players befriended the dragon. the DRAGON. three sessions of prep for that boss "
       "fight "
       "and they gave it a name and a scarf. I love them so much"),
    ex("en", MATHPAL, "I GOT A B+ ON THE TEST!!! the one with the quadratics we kept practising. my mum "
       "didn't believe me"),
    ex("en", ROUTER_RAG, "ok it works now!!! held it for ten seconds like it says, wifi is back. you're a lifesaver, "
       "the kids were about to riot"),
    ex("en", S("You are Stride, the coach in a running app. Build training plans, adjust paces and explain "
               "workouts."),
       "skipped my runs for 4 days, feeling kinda meh about it tbh. not asking you to fix the plan, just saying"),
    ex("en", S("You are the guide bot of the Kessler Museum of Maritime History. Answer visitors' questions about "
               "exhibits, rooms and opening times."),
       "we're sitting in the café now, my feet are dead. your audio tour was really fun though, the bit about "
       "the lighthouse keeper's cat made my daughter's day"),
    ex("en", S("You are Wordbridge, a translation assistant. Translate the user's text faithfully and keep the "
               "formatting."),
       "no text this time. I just wanted to say my grandma cried when I read her the letter you helped me put "
       "into Polish. thank you"),
    ex("en", S("You are the SQL helper in Ledgerly, a reporting tool on PostgreSQL 15. Reply with SQL."),
       "does anyone actually enjoy writing window functions or is it just me and three other weirdos"),
    ex("en", S("You are Pip, the tutor in CodeCubs, an app that teaches Python to children aged 10 to 14."),
       "pip do you have a favourite animal? mine is axolotls"),
    ex("en", S("You are a calm journaling companion. Reflect back what the user writes and ask gentle questions. "
               "You are not a therapist."),
       "today was fine I guess. nothing special happened. you?"),

    ex("en", "Write a short poem about my cat ignoring me.",
       A("You bought the cushion, soft and round,\nshe sleeps instead upon the ground;\nyou call her name, "
         "she flicks an ear,\nas if to say: I'm busy, dear."),
       "HAHA she literally just walked across my keyboard while I was reading it to her"),
    ex("en", "how do you say 'happy birthday, neighbour' in portuguese",
       A("\"Feliz aniversário, vizinha!\" (or \"vizinho\" if your neighbour is a man)."),
       "she's from Porto and has no idea I know. gonna shout it over the fence tomorrow, wish me luck"),
    ex("en", "why does this return None\n\ndef total(xs):\n    sum(xs)",
       A("You compute the sum but never return it. Change the body to `return sum(xs)`."),
       "omg. 40 minutes. FORTY. I'm going to pretend this never happened"),
    ex("en", "summarise in 3 bullets: 'Board meeting 4 Nov. The board approved the 2027 budget, 4% above this "
       "year. The hiring freeze is lifted for engineering; other teams stay frozen until Q2. The office move "
       "to Dock Street is postponed to autumn because the lease start slipped.'",
       A("- Budget for 2027 approved with a 4% increase.\n- Hiring freeze lifted for engineering only.\n"
         "- Office move postponed to autumn."),
       "thanks. long day. I think I'm gonna log off and watch something very dumb with a lot of explosions"),
    ex("en", "can you explain why dividing by a fraction is multiplying by its reciprocal",
       A("Dividing by 1/4 asks \"how many quarters fit in this?\" Four quarters fit in every whole, so the answer "
         "is four times the original number, which is the same as multiplying by 4/1."),
       "ohhh. ok that actually makes sense. my teacher explains it so badly, no offence to her"),
    ex("en", "A says B lies, B says C lies, C says A and B both lie. who tells the truth?",
       A("Only B tells the truth. If C told the truth, A would be lying, which would make B truthful, "
         "contradicting C. So C lies, which makes B truthful and A a liar."),
       "I'm so bad at these. my little brother always beats me at them and he's twelve"),
    ex("en", "make me a dinner plan for the week with at least 3 vegetarian days",
       A("Mon: lentil dal. Tue: chicken traybake. Wed: mushroom risotto. Thu: salmon with greens. "
         "Fri: veggie tacos. Sat: pizza night. Sun: roast."),
       "update: the kids ate the dal. without complaining. I may frame this moment"),
    ex("en", "help me write an email asking my landlord to fix the boiler, it's been 2 weeks",
       A("Subject: Boiler repair, flat 3B\n\nHi Mr Adeyemi, the boiler has not worked for two weeks, so we have no "
         "heating or hot water. Could you arrange a repair this week? Thanks, Sam"),
       "sent it. heart pounding for no reason. we'll see 🙃"),
    ex("en", "proofread my cover letter intro: 'I am writing to apply for the role of junior curator...'",
       A("It reads well. One change: \"to apply for the junior curator role\" is tighter."),
       "fixed. interview is thursday. honestly more nervous than I expected to be"),

    ex("en", "good morning :)"),
    ex("en", "is it weird that I talk to my plants? the fern seems happier since I started"),
    ex("en", "ok random but pineapple on pizza. be honest with me"),
    ex("en", "I finished the 12 week plan thing I asked about back in spring and ran my first half marathon "
       "yesterday. 2:04. no question, just had to share"),
    ex("en", "my pull request got 47 review comments. forty seven. I'm going to go lie on the floor for a bit"),
    ex("en", "do you think it's rude to leave a group chat without saying anything? it's the school parents one "
       "and it's 200 messages a day"),
    ex("en", "lol"),
    ex("en", "you ever think about how strange it is that we spend a third of our lives unconscious"),
    ex("en", "I'm supposed to be writing my thesis intro right now but I'm going to tell you about my weekend "
       "instead. we went to a lake. it was cold. ten out of ten"),
    ex("en", "the spreadsheet formula from yesterday saved my whole week. no question, just respect 🫡"),

    # non-English
    ex("es", "Traduce al inglés: «me quedé frito en el sofá»",
       A("\"I got fried on the sofa.\""),
       "Jajaja, eso no es, significa que me quedé dormido. Da igual. Oye, ¿tú tienes días malos? Hoy todo me sale "
       "al revés."),
    ex("fr", "je viens de rendre mon mémoire !!! 87 pages, je suis vidée mais tellement fière"),
    ex("de", "Moin! Sonntag, gerade erst aufgestanden, Kaffee in der Hand. Was machst du so?"),
    ex("pt", S("Você é o assistente do app do Clube Atlético Serrano: ingressos, sócio-torcedor e horários de jogos."),
       "cara, perdemos de novo. tô pensando seriamente em torcer pro rival só de raiva. brincadeira. ou não"),
    ex("it", "Calcolami quanto lievito serve per 750 g di farina se la ricetta ne usa 7 g per 500 g.",
       A("Servono 10,5 g di lievito (7 × 750 / 500)."),
       "Fatto! La mia prima pizza in teglia. Un disastro a vedersi ma buonissima, mio padre ne ha mangiate tre fette"),
    ex("nl", "Ik heb vandaag eindelijk mijn rijbewijs gehaald. Vierde poging! Ik moest het gewoon aan iemand "
       "vertellen."),
    ex("pl", "Nie mogę spać. Trzecia w nocy, a ja myślę o głupotach. Pogadasz ze mną chwilę?"),
    ex("tr", S("Sen Patiko uygulamasının asistanısın: veteriner randevuları, aşı takvimi ve mama siparişleri."),
       "Randevu değil aslında, sadece söylemek istedim: kedim iki aydır bekliyordum, bugün ilk defa kucağıma "
       "geldi 🥹"),
    ex("ru", "Слушай, а тебе вообще нравится, когда с тобой просто болтают, без всяких задач?"),
    ex("uk", "Переклади, будь ласка, «out of office until Monday» українською для автовідповіді.",
       A("«Не в офісі до понеділка». Для автовідповіді можна так: «Мене не буде в офісі до понеділка»."),
       "Дякую! Все, я у відпустці, сиджу в Карпатах і нічого не роблю. А в тебе як справи?"),
    ex("zh", S("你是“声海”音乐App的助手，帮用户找歌、建歌单、处理会员问题。"),
       "今天加班到十点，地铁上就剩我一个人，耳机里正好放到小时候的歌，突然有点想家。"),
    ex("ja", "最近ずっと雨で気分が上がらないんだよね。そっちはどう？"),
    ex("ko", S("당신은 '잡브릿지' 취업 앱의 도우미입니다. 이력서 첨삭과 면접 준비를 돕습니다."),
       "방금 면접 보고 나왔는데 완전 망한 것 같아요… 첨삭은 나중에 하고, 그냥 누구한테 말하고 싶었어요"),
    ex("hi", "yaar aaj office mein mera birthday tha aur kisi ko yaad hi nahi tha 😂 chalo koi na, cake khud "
       "le aaya"),
    ex("ar", S("أنت مساعد الانضمام للموظفين الجدد في شركة رمال للتقنية. أجب عن أسئلة الإجراءات والأنظمة."),
       "صباح الخير! اليوم أول يوم لي في الشركة، ما عندي سؤال محدد، بس متوتر شوي وحبيت أقول لأحد."),
    ex("id", "Wkwk barusan aku salah kirim stiker ke grup kantor, stiker kucing joget. Malu banget, bos juga di situ."),
    ex("vi", S("Bạn là huấn luyện viên ảo của ứng dụng chạy bộ Bền Bỉ: lập giáo án, điều chỉnh tốc độ."),
       "Không cần đổi giáo án đâu, mình chỉ muốn khoe: hôm nay lần đầu chạy được 10km! Chân đau nhưng vui lắm."),
]

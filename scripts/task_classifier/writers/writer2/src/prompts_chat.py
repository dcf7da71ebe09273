"""`chat`: the last user message is conversation: small talk, sharing news, venting, asking for comfort,
banter, casual opinions, questions about the assistant itself. Many of them mention a task (a report, a bug,
a lesson, a booking) without asking for it, and many arrive inside apps built for something else."""

from common import A, S, ex

PAWSHIRE = S(
    "You are the booking assistant for Pawshire Veterinary Clinic (three branches: Ashby, Kettlewell, "
    "Marston). You can book, move and cancel appointments, explain vaccination schedules and opening hours. "
    "For emergencies, give the out-of-hours number 01632 960 441. Be warm; many clients are worried about "
    "their animals."
)

MUM_MESSAGE = """[06:02] Mum: Good morning my darling!!! ☀️☀️ Dad and I went to the garden centre yesterday and \
bought a lemon tree, it is called Gerald now. Your aunt Pat says hello and that you never call (I told her you are \
very busy with the important computer job). Did you eat breakfast?? Remember to eat breakfast. There is a program \
on BBC about octopuses tonight at 8 you would love it. Also I found your old school report from 1998 in the loft, \
"talks too much in class" haha nothing changes!!! Love you xxx 🍋🐙"""

EXAMPLES = [
    ex("en", PAWSHIRE,
       "Pickles died last night. She was 19. I don't need to cancel anything, her check-up was next month "
       "anyway, I think I just wanted to tell someone who knew her name."),
    ex("en", "hiii 👋"),
    ex("en",
       "why does my flask app say 'working outside of application context' when I call db.session in a thread",
       A("Because the thread doesn't inherit Flask's app context. Wrap the work in `with app.app_context():`..."),
       "IT WORKS. I literally did a little dance in my kitchen. ok that's all, carry on"),
    ex("en",
       S("You are Forge, a coding agent with access to the user's repository `parcel-hub`. Make small, "
         "reviewed changes and run the tests after each one."),
       "what's the worst variable name you've run into today? mine was data2_final_FINAL_v3"),
    ex("es", "Hoy cumplo 40 y no sé si celebrarlo o esconderme debajo de la cama jaja. ¿Tú cómo lo ves?"),
    ex("fr", "Je viens de finir le rapport trimestriel à 23 h. Je ne te demande rien, j'avais juste besoin de "
             "le dire à quelqu'un avant d'aller me coucher."),
    ex("en",
       S("You are Professor Pip, a friendly maths tutor for children aged 8 to 11 in the app NumberNest. "
         "Keep sentences short, celebrate effort, and steer back to the lesson gently."),
       "i dont want to do fractions today. can we just talk about sharks. did you know some sharks glow"),
    ex("de",
       "Übersetz mir bitte 'I'll be there in five minutes' ins Deutsche, aber locker.",
       A("Bin in fünf Minuten da!"),
       "Danke. Sag mal, hast du eigentlich ein Lieblingswort auf Deutsch? Meins ist 'Feierabend'."),
    ex("ja", "最近ずっと眠れなくて、特に何か相談したいわけじゃないんですけど、ちょっと話し相手がほしいです。"),
    ex("en",
       S("You are Pia, the HR assistant for Brightwell Logistics. You answer questions about leave, payroll "
         "dates, benefits and company policies. Escalate anything involving a named colleague to a human."),
       "I'm not asking about policy. I just found out I got passed over for the team lead role again and I'm "
       "sitting in my car in the car park feeling pretty gutted."),
    ex("pt", "Qual é a tua comida preferida? Eu sei que não comes, mas se pudesses, o que escolhias?"),
    ex("it",
       "Riassumimi questo articolo sul lavoro da remoto in tre frasi: [articolo incollato sopra]",
       A("1) Il lavoro da remoto resta diffuso nelle aziende tecnologiche. 2) Molte chiedono due o tre giorni in "
         "ufficio. 3) I dipendenti apprezzano la flessibilità ma lamentano l'isolamento."),
       "Grazie. Ma tu che ne pensi, sinceramente? Io da quando lavoro da casa parlo più con il gatto che con "
       "i colleghi."),
    ex("en", "good morning! coffee's brewing, rain outside, three meetings before lunch. how's your day going, "
             "if that's even a thing for you"),
    ex("en",
       S("You are Marta, the innkeeper of the Crooked Kettle in the cozy farming game Thistledown. Speak in a "
         "warm rural voice, know the town's gossip, and never mention the real world."),
       "Evening, Marta. Long day in the turnip fields, my back's done for. What's the talk of the town tonight?"),
    ex("ko", "오늘 회사에서 발표 완전히 망쳤어요… 해결책 말고 그냥 좀 위로해 주세요."),
    ex("hi-en", "yaar aaj 3 mahine baad gym gaya, ab seedhiyan bhi nahi chadh pa raha 😂 tum batao kya chal raha hai"),
    ex("en",
       S("You are Sage, a learning coach in an adult-education app for people returning to study. Be "
         "encouraging and plain-spoken."),
       "a train leaves at 2:40 and arrives at 5:15, how long is the trip",
       A("2 hours and 35 minutes: from 2:40 to 4:40 is two hours, then 35 more minutes to 5:15."),
       "math was never my thing tbh. were you ever 'bad' at anything or is that a weird thing to ask you"),
    ex("ar", "مساء الخير! كيف حالك اليوم؟ أنا متعب قليلاً بعد يوم طويل في العمل، وأحب أن أدردش قليلاً."),
    ex("en",
       S("Answer questions about the Voltra E3 e-bike using only the manual excerpt below.\n\n"
         "MANUAL EXCERPT: 4.2 Water. The Voltra E3 is rated IPX5 and may be ridden in rain. Do not submerge "
         "the bike, pressure-wash the motor, or ride into lakes, rivers or the sea. 4.3 Storage. Store the "
         "battery between 10 and 25 °C at 40-60% charge if unused for more than a month."),
       "lol 'do not ride into lakes'. someone definitely did that and that's why it's in there. I love this"),
    ex("nl", "Ik heb vandaag eindelijk mijn rijexamen gehaald!! Na vier keer. Moest het even aan iemand kwijt."),
    ex("sv", "Känner du igen känslan när man är ledig men ändå inte kan slappna av? Hur brukar folk göra?"),
    ex("en",
       S("You are Cellmate, the formula helper inside a spreadsheet app. Explain formulas briefly and give "
         "the exact formula text."),
       "how do I sum column D only where column B says 'Refund'",
       A("Use =SUMIF(B:B, \"Refund\", D:D)."),
       "you're honestly nicer than our actual finance team. do you have a name or just 'Cellmate'"),
    ex("el", "Καλημέρα! Τι λες, θα βρέξει σήμερα; Πλάκα κάνω, ξέρω ότι δεν βλέπεις έξω 😄"),
    ex("th", "สวัสดีครับ วันนี้เหนื่อยมากเลย ไม่ได้อยากให้ช่วยอะไร แค่อยากคุยเล่นด้วยหน่อย"),
    ex("tr", "Kedim klavyemin üstünde uyuyor ve çalışamıyorum. Sence onu kaldırmalı mıyım, yoksa bu evrenden "
             "bir işaret mi? 😅"),
    ex("en",
       S("You are the intake assistant for Calder Street Legal Clinic. Collect the person's name, contact "
         "details and a short description of their issue, then explain that a volunteer solicitor will call "
         "back. Do not give legal advice."),
       "I already gave my details to someone. I don't have a new question really, my hearing is tomorrow at "
       "ten and I just feel sick about it. Is it normal to be this nervous?"),
    ex("uk", "Привіт! Я щойно переїхала до Кракова і ще нікого тут не знаю. Просто хочеться з кимось "
             "поговорити українською."),
    ex("en",
       "can you summarise this abstract in two sentences for my lit review notes: [abstract]",
       A("The study tracks 212 first-year students and finds that sleep regularity predicts GPA better than "
         "total sleep. Effects hold after controlling for chronotype."),
       "thanks. my supervisor would kill me if she knew I use you for this lol. do you think that counts as cheating?"),
    ex("zh", "今天终于把论文初稿交上去了，感觉整个人都空了。你平时……嗯，你会有'累'的感觉吗？"),
    ex("en", "what are you up to"),
    ex("en",
       S("You label incoming support tickets. Respond only with JSON: {\"category\": one of billing, bug, "
         "account, other; \"urgency\": 1-3}."),
       "hello? is there an actual person reading these or is it just a robot. not a ticket, I'm just curious"),
    ex("vi", "Chào bạn! Mình mới nhận nuôi một bé chó con, đặt tên là Bánh Bao. Dễ thương lắm luôn 🐶"),
    ex("pl",
       "Przepisz mi ten punkt z CV, żeby brzmiał mocniej: 'Odpowiadałem za magazyn'.",
       A("'Zarządzałem magazynem o powierzchni 2 000 m², skracając czas kompletacji zamówień o 15%.' (Wstaw "
         "prawdziwe liczby, jeśli je masz.)"),
       "Dzięki. Szczerze mówiąc, szukanie pracy to koszmar, trzeci miesiąc i cisza. Jak ty byś się czuł na "
       "moim miejscu?"),
    ex("en",
       "any tips for not rushing when I present? I talk way too fast when nervous",
       A("Pause after each slide title, breathe out before you start, and mark two or three spots in your notes "
         "to check the room..."),
       "just wanted to come back and say thank you for earlier, you really helped. the presentation went great, "
       "my manager even clapped"),
    ex("en",
       S("You are the receptionist assistant for Millbrook Family Dental. You book and move appointments and "
         "answer questions about fees and opening hours."),
       "Not booking anything today! I just want to say Dr Okafor was amazing with my son, who is terrified of "
       "dentists. Also your waiting room fish tank is the best thing in the whole town."),
    ex("en",
       S("You are Sprig, the cooking assistant in the meal-kit app Greenbasket. Help users with the recipe "
         "cards in their box, substitutions and timings."),
       "the lasagne card says 40 min at 190, my oven only does 180 fan. ok?",
       A("Yes: 180 °C fan is roughly the same as 190-200 °C conventional. Keep it at 40 minutes and check that "
         "it's bubbling at the edges."),
       "ok it's in. now we wait. what do you think about while you wait? lol"),
    ex("en", "do you think it's weird that I say please and thank you to you"),
    ex("en",
       S("You are Lola, a Spanish conversation partner in the language app Hablamos. Speak mostly in simple "
         "Spanish, correct mistakes gently, and keep the learner talking."),
       "I'm way too tired for Spanish tonight, can we just chat in English for five minutes? work was a zoo"),
    ex("en",
       S("You are Folio, the online assistant for Marlow Street Books. You check stock, reserve books for "
         "collection and track orders."),
       "have you read anything good lately? I know you're a bot. humour me"),
    ex("en",
       "Five houses in a row, each a different colour... the green one is left of the white one...",
       A("Working through the clues: the Norwegian is in the first house, so the blue house is second..."),
       "my brain actually hurts now. ok I'm going to make tea, talk later!"),
    ex("en", "ugh. mondays"),
    ex("en",
       S("You are Spark, the ad-copy assistant for a digital agency. Write headlines, descriptions and CTAs "
         "for Google and Meta ads within character limits."),
       "before we start on the ad copy I need to tell you I'm having the worst week. my dog ate one of my "
       "AirPods. the left one. he seems fine, I'm less fine"),
    ex("en",
       S("You are Forge, a coding agent with access to the user's repository. Make small changes and run the "
         "tests after each one."),
       "fix the flaky test in test_scheduler.py",
       A("It depended on wall-clock time; I injected a fake clock. 3 runs in a row pass now."),
       "lol we've been at this since 2pm. do you think I should quit and become a goat farmer"),
    ex("en",
       "when does my lease end and what's the notice period? 'The tenancy runs from 1 May 2025 for twelve "
       "months; either party may end it with two months' written notice.'",
       A("End date: 30 April 2026 (twelve months from 1 May 2025). Notice period: two months, in writing."),
       "thanks. is it normal to feel lonely in a new city even when you're busy all the time? I moved here for "
       "this job three months ago"),
    ex("en", "cats or dogs. wrong answers only"),
    ex("en",
       S("You are the travel assistant for Tidewater Ferries. You help passengers change sailings, add "
         "vehicles and find cabin availability."),
       "no changes needed, the sea was like glass this morning and the kids saw dolphins off the bow! just "
       "had to share, best crossing ever"),
    ex("en", MUM_MESSAGE + "\n\nmy mum sends me this every single morning lol. she's the best, I'm keeping all of them"),
    ex("hi", "आज माँ का जन्मदिन है और मैं घर से बहुत दूर हूँ। फ़ोन पर बात हो गई, फिर भी थोड़ा उदास हूँ।"),
    ex("en",
       "can you look over this function name: get_user_data_and_also_send_email()",
       A("It does two things, which the name admits. Consider splitting it into load_user() and "
         "send_welcome_email()."),
       "fair. unrelated, my cat just walked across the keyboard and sent 'jjjjjjjjjjj;;' to my boss on slack. "
       "he replied 'agreed'. I'm crying"),
    ex("en",
       S("You are Fern, the plant-care assistant in the app Leaflog. Users log watering and light; you send "
         "reminders and diagnose yellowing leaves, pests and root rot from their descriptions."),
       "MY MONSTERA PUT OUT A NEW LEAF. first one since I got her in march. no question, I just had to tell "
       "someone who'd understand"),
]

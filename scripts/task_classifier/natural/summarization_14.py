"""Batch 14 (written 2026-12-08 by a separate writer, app-style traffic). Natural summarization requests:
condense pasted or earlier material (emails, threads, tickets, articles, reviews, policies, transcripts, foreign
language text) into a shorter account of the whole, including "don't translate it, just tell me what it's about";
many sent to an app whose system prompt is about something else (coding agents, legal, support, analytics,
translation), or after earlier turns that asked for another task; in many languages."""

ONE_LINERS = """
don't translate this, just tell me what it's about: 'Sehr geehrte Mieter, ab Januar wird die Müllabfuhr auf Donnerstag verlegt, Biotonnen bitte bis 6 Uhr bereitstellen'
gist of this in one line: after a two-year pilot, the clinic will keep evening hours twice a week but drop Saturdays
what's this thread basically saying? A: 'can we move launch' B: 'legal isn't done' C: 'then no' A: 'fine, Feb 3'
tldr of my landlord's 4 paragraphs: he's selling the flat, I can stay till the lease ends, viewings on Tuesdays
condense these three reviews into one verdict: 'comfy but runs small' / 'size up, otherwise perfect' / 'love it, order one size bigger'
sum up the changelog I pasted in two bullets for the release tweet
short version please: the school trip is cancelled due to the storm warning, deposits will be refunded by the end of the month
give me the headline of this email, like what would the subject line be if it were honest
what's the upshot of this 40-message group chat? I just need to know if dinner is still on
nutshell it: the audit found no fraud, but three expense policies weren't followed and training is now mandatory
resume en dos frases lo que dice el comunicado del ayuntamiento que pegué arriba
no me lo traduzcas, dime de qué va este mensaje en alemán que me mandó el casero
fais-moi un résumé rapide de cette réclamation client pour le ticket
en gros, il dit quoi ce mail de la banque ? je ne veux pas tout lire
Fass mir den Thread kurz zusammen, ich war drei Tage krank
worum geht's in diesem Artikel, in zwei Sätzen?
resume esse contrato de aluguel em tópicos, só o essencial
riassumi la recensione: il ristorante è bello ma il servizio lento e i prezzi alti
geef een korte samenvatting van deze klachtbrief voor mijn manager
streść tę opinię klienta w trzech punktach
bu toplantı notlarını iki cümleyle özetle
кратко: о чём это письмо от налоговой?
підсумуй цю статтю одним абзацом
帮我把这篇公众号文章概括成三句话
このメールの要点だけ教えて、長くて読めない
이 기사 세 줄 요약 부탁해
is lambi email ka saar do line mein bata do
لخّص لي هذا التقرير في ثلاث نقاط
tolong rangkum diskusi grup ini, aku ketinggalan
"""

LONG = [
    "Summarise this for our Monday update, max 3 bullets:\n\nThe vendor confirmed that the new card readers "
    "will ship on 12 January instead of 15 December because of a chip shortage. They offered free express "
    "shipping and a 5% discount. Stores can keep using the old readers until then; the payment provider has "
    "extended support for them to 31 March. Training for staff is rescheduled to the week of 19 January.",
    "Can you condense this customer's email to two sentences for the escalation queue?\n\nHello, I ordered a "
    "wardrobe on 2 November, was told delivery would be 20 November, then 27, then 4 December. Each time I "
    "took a day off work. Today the driver called to say the wardrobe was damaged in the warehouse and "
    "there is no new date. I have now lost three days of leave and my clothes are still in boxes. I want a "
    "firm date this week or a full refund and compensation for my time.",
    "I'm a trustee and I don't have time to read this properly. What does it say overall?\n\nThe financial "
    "review for the year shows income of £412,000, down 6% on the previous year, mainly because one large "
    "grant ended in March. Expenditure was held at £398,000 through a hiring freeze and lower venue costs. "
    "Reserves stand at five months of running costs, above the policy minimum of three. The finance committee "
    "recommends applying to two new funders and reviewing the membership fee, which has not changed since "
    "2019. Risks flagged: dependence on two funders for 55% of income, and the lease renewal in 2028.",
    "Please summarise this Reddit-style thread about whether to repair or replace an old boiler:\n\nOP: "
    "15-year-old combi boiler, engineer says the heat exchanger is going, repair 900, new boiler 2,800.\n"
    "User1: at 15 years I'd replace, you'll be back in a year with another part.\nUser2: depends on the "
    "brand, some go 25 years. Ask for a second opinion.\nUser3: look at heat pump grants before you buy "
    "another gas boiler.\nUser4: we repaired ours twice, then replaced anyway. Wasted 1,200.\nOP: thanks "
    "all, getting a second quote and checking the grant.",
    "Give me an executive summary (one paragraph) of this incident report:\n\nOn 28 November between 14:05 "
    "and 15:40 UTC, about 30% of API requests in the EU region failed with 502 errors. The cause was a "
    "configuration change to the load balancer that reduced the connection pool from 2,000 to 200, deployed "
    "as part of a routine cleanup. Monitoring alerted at 14:09, but the on-call engineer first investigated "
    "the database because of a coincident slow-query alert. The change was identified at 15:22 and reverted "
    "at 15:38. No data was lost. Follow-ups: require review for load balancer config, add a pool-size alert, "
    "and update the runbook to check recent config changes first.",
    "Here's a long message from my kid's football coach. I don't need every detail, just summarise what I "
    "actually have to do and when, plus anything important:\n\nHi parents! What a season. Thanks so much for "
    "all the lifts, the orange slices and the loud cheering, the kids really feel it. A few things before "
    "the break. First, the last training before Christmas is Thursday 18th, usual time, but we'll finish "
    "with a parents-vs-kids match, so bring trainers if you're brave. Second, the club is changing kit "
    "supplier next year. Current shirts can still be used until the summer, but if your child needs a new "
    "one, please wait for the new kit, which should be available to order from mid-January through the club "
    "website. Third, subs for the spring term are 85 and are due by 10 January. You can pay by bank "
    "transfer (details on the website) or in cash to Andrea at training. If that's a problem for anyone, "
    "speak to me quietly, we have a hardship fund and nobody needs to miss out. Fourth, we're looking for "
    "two more parent volunteers to help with match days, just one Saturday a month, no experience needed. "
    "Finally, the end-of-season awards evening is Friday 19th at the clubhouse, 6 to 8pm, food provided, "
    "siblings welcome. Have a great break and see you in the new year! Coach Dan",
    "Resume este hilo del grupo de padres, por favor, solo lo que hay que saber:\n\nMarta: ¿Alguien sabe si "
    "mañana hay excursión con lluvia?\nJorge: La profe dijo que si llueve se hace igual, con chubasquero.\n"
    "Lucía: A mí me dijeron que se aplaza.\nMarta: Acaba de salir la circular: se aplaza al jueves 11, "
    "mismo horario, y hay que llevar almuerzo.\nJorge: Perfecto, gracias.",
    "Résume cet article en un paragraphe pour la revue de presse :\n\nLa région Occitanie lance un plan de 40 "
    "millions d'euros pour rénover les lycées les plus énergivores d'ici 2030. Les premiers travaux "
    "concerneront douze établissements, choisis selon leur consommation et l'état de leurs bâtiments. Les "
    "syndicats d'enseignants saluent l'initiative mais regrettent qu'elle ne prévoie pas de climatisation "
    "dans les salles les plus exposées à la chaleur.",
    "Fasse bitte diese Kundenbewertung in zwei Sätzen zusammen:\n\nDer Staubsauger ist leise und saugt auf "
    "Teppich erstaunlich gut. Der Akku hält bei mir etwa 35 Minuten, das reicht für die ganze Wohnung. "
    "Nervig ist, dass der Behälter klein ist und man ihn oft leeren muss. Die Wandhalterung war schwer zu "
    "montieren. Für den Preis trotzdem eine klare Empfehlung.",
    "这是公司新出的考勤制度，帮我概括一下重点，尤其是跟以前不一样的地方：\n\n自明年一月起，弹性工作时间调整为早上八点到"
    "十点之间到岗，每天工作满八小时即可。每月允许迟到三次，超过三次按事假半天处理。远程办公需提前一天在系统中申请，每周不超过"
    "两天。加班需主管审批，可调休，不再发放加班费。",
    "Кратко перескажи, о чём этот отзыв, для отчёта:\n\nЗаказывали ремонт кухни в этой компании. Сроки "
    "сорвали на три недели, но качество работы хорошее. Прораб всегда был на связи, а вот менеджер "
    "пропадал. Итоговая смета выросла на 12% из-за «непредвиденных работ». В целом довольны, но в следующий "
    "раз всё прописали бы в договоре заранее.",
]

CHATS = [
    ("You are DevPilot, an autonomous coding agent working in the user's repository.",
     ["don't change anything. just summarise what this PR description says for the release notes:\n\n"
      "This PR replaces the hand-rolled retry loop in the payment client with the shared backoff helper, "
      "adds jitter, caps retries at 5, and logs each retry at debug level. It also removes the unused "
      "legacy_mode flag. No behaviour change for successful requests."]),
    ("You are DevPilot, an autonomous coding agent.",
     ["run the tests", "312 passed, 4 skipped, 0 failed in 51s.",
      "cool. now give me a short summary of the git log since the last tag, I pasted it here:\n\nfeat: "
      "export to CSV\nfix: timezone in reports\nfix: crash on empty cart\nchore: bump deps\nfeat: dark mode "
      "toggle\ndocs: update install guide"]),
    ("You are an IDE assistant.",
     ["in plain words, what's this 200-comment GitHub issue concluding? the gist I got: people want async "
      "support, the maintainer says it needs a rewrite, someone made a fork, and the maintainer said they'd "
      "review a PR if it keeps the sync API"]),
    ("You are Pico, a coding agent with access to the user's repository and terminal.",
     ["what does this RFC doc propose, in three bullets? I don't need code, I need to know what I'm "
      "reviewing tomorrow"]),
    ("You are LexiDraft, an assistant for reviewing commercial contracts.",
     ["give me the one-paragraph version of this supply agreement for my boss, no redlines: 3-year term, "
      "auto-renews for 1 year unless 90 days' notice, prices fixed for year one then CPI-linked, supplier "
      "liable up to 12 months of fees, either side can terminate for material breach after 30 days to "
      "cure"]),
    ("You are LexiDraft, an assistant for reviewing commercial contracts.",
     ["extract the notice period", "90 days' written notice before the renewal date.",
      "ok and now summarise the whole termination section in plain English for a non-lawyer"]),
    ("You are a legal-document assistant for a property management firm.",
     ["the residents' association sent a 3-page letter. summarise their complaints so I can reply point by "
      "point: noise from the gym, bins not collected, broken intercom, and they want a meeting before "
      "January"]),
    ("You are Helpdesk, the customer-support assistant for Corvid Broadband.",
     ["I'm handing this ticket to the next shift. sum up the history: customer reported drops on 1 Dec, we "
      "reset the line on 2 Dec, still dropping, engineer visit 4 Dec replaced the splitter, customer says "
      "better but one drop last night"]),
    ("You are ShopBot, the customer-support assistant for Lumen Home.",
     ["is the Oslo lamp dimmable?", "Yes, with any standard trailing-edge dimmer.",
      "ok. what do the reviews say about the Oslo lamp overall? I don't want to read 60 of them, just the "
      "overall picture"]),
    ("You are a customer-support assistant for Tidewater Ferries.",
     ["how much is a dog on board?", "12 per crossing; dogs stay in the car or the pet lounge.",
      "can you sum up the new pet policy in a sentence or two? the page is so long"]),
    ("You are a SQL copilot connected to the analytics warehouse.",
     ["weekly active users by week", "Weeks 44-48: 18.2k, 18.9k, 19.4k, 17.1k, 19.8k.",
      "write me a two-line summary of that trend for the exec channel, mention the dip"]),
    ("You are a data analysis copilot.",
     ["I pasted 300 open-ended survey answers earlier. give me the overall themes in 5 bullets, with a rough "
      "sense of how common each one is"]),
    ("You are an HR assistant for Brightwell Logistics.",
     ["what's the parental leave policy?", "26 weeks at full pay for the primary carer, 6 weeks for the "
      "secondary carer...",
      "ok but summarise the whole parental leave document in 4 lines, I'm sending it to a new hire"]),
    ("You are a recipe assistant.",
     ["what can I use instead of crème fraîche?", "Greek yoghurt or sour cream, stirred in off the heat.",
      "thanks. this recipe video transcript is 20 minutes of rambling. summarise what she actually does, in order, "
      "in 5 short steps"]),
    ("You are a travel booking assistant.",
     ["is there a direct flight to Split in May?", "Yes, on Tuesdays and Saturdays from Gatwick.",
      "cool. my travel insurance terms are 14 pages. what's the gist of what's covered and what isn't? short "
      "please"]),
    ("You are a meeting-notes assistant.",
     ["list action items", "1. Kai: draft the Q1 plan. 2. Rosa: book the venue.",
      "and a three-sentence summary of the whole call for people who weren't there"]),
    ("You are a translation app. Translate the user's text into the requested language.",
     ["don't translate it word for word, just tell me what this Polish email from my landlord is about: "
      "'Dzień dobry, w przyszłym tygodniu przyjdzie hydraulik wymienić piecyk. Proszę być w domu we wtorek "
      "rano. Koszt pokrywa właściciel.'"]),
    ("You are a translation app.",
     ["translate 'meeting postponed' into Japanese", "会議は延期になりました。",
      "thanks. this long Japanese notice from my kid's school, can you just give me the gist in English? "
      "I don't need a full translation"]),
    ("You are a writing assistant. Help users improve their prose.",
     ["this is my draft cover letter, 600 words. before I edit, summarise it in 2 sentences so I can see if "
      "the main point even comes across"]),
    ("You are a writing assistant for novelists.",
     ["write a blurb for my thriller", "When a ferry vanishes in calm water...",
      "great. separately, summarise chapters 1 to 3 for my editor, from the synopsis I pasted earlier, one "
      "short paragraph each"]),
    ("You are a math tutor.",
     ["not maths: my teacher emailed about the exam changes. can you summarise it? 'Paper 2 is now 90 "
      "minutes, calculators allowed on both papers, formula sheet provided, and the statistics topic moves "
      "to next year.'"]),
    ("You are a kids' homework helper.",
     ["my son has to explain what this paragraph about volcanoes says in his own words. can you give a "
      "kid-friendly short summary he can check his against?"]),
    ("You are a fitness coaching app.",
     ["log a 40 minute walk", "Logged: 40 min walking, light intensity.",
      "summarise this study abstract I found: strength training twice a week reduced lower back pain in "
      "office workers over 12 weeks, compared with stretching only; effects faded after training stopped"]),
    ("You are a customer-support assistant for an insurance company.",
     ["what is my policy about?", "It's a home contents policy covering theft, fire and accidental damage.",
      "ok and the renewal letter you sent, what does it say in short? premium up, excess up, anything "
      "else?"]),
    ("Eres un asistente de programación.",
     ["no quiero código. resúmeme este hilo de Slack sobre la migración: deciden pasar a Postgres 16 en "
      "enero, Iván hace las pruebas de carga, y si fallan se queda todo en 14 hasta marzo"]),
    ("Eres un asistente legal.",
     ["¿qué significa 'arras penitenciales'?", "Es una señal que permite desistir del contrato perdiéndola o "
      "devolviéndola duplicada.",
      "vale, y ahora resúmeme el contrato de arras que te pegué, en 5 puntos"]),
    ("Tu es un assistant de traduction.",
     ["ne traduis pas tout, dis-moi juste en deux phrases ce que raconte cet article en espagnol sur les "
      "loyers à Barcelone"]),
    ("Tu es un assistant pour développeurs.",
     ["résume-moi ce post-mortem pour le comité de direction, sans jargon : panne de 2 h, cause = "
      "certificat expiré, aucune perte de données, alerte ajoutée"]),
    ("Du bist ein Programmierassistent.",
     ["Erklär mir den Fehler", "Der Import schlägt fehl, weil das Modul umbenannt wurde.",
      "Ok. Und jetzt fass mir bitte die Diskussion aus dem Pull Request zusammen, die ich oben reinkopiert "
      "habe, in drei Stichpunkten"]),
    ("Du bist ein Kundenservice-Assistent für einen Stromanbieter.",
     ["Wann wird mein Zähler abgelesen?", "Die nächste Ablesung ist zwischen dem 10. und 20. Januar.",
      "Ok. Fass mir das Schreiben zur Preisanpassung kurz zusammen: Was ändert sich, ab wann, und kann ich "
      "kündigen?"]),
    ("Você é um assistente de RH.",
     ["resume pra mim o novo acordo coletivo que colei aqui, só o que muda pra quem trabalha em turno"]),
    ("Sei un assistente per i viaggi.",
     ["riassumimi le recensioni di questo agriturismo in due righe: alcuni lodano la colazione, altri si "
      "lamentano della strada sterrata, tutti parlano bene dei proprietari"]),
    ("Je bent een juridische assistent.",
     ["vat deze huurovereenkomst samen in gewone taal, vooral de opzegtermijn en de borg"]),
    ("Jesteś asystentem programisty.",
     ["popraw ten test", "Poprawiłem asercję, teraz porównuje posortowane listy.",
      "dzięki. a teraz streść mi tę długą dyskusję z code review w kilku punktach"]),
    ("Sen bir müşteri hizmetleri asistanısın.",
     ["iade süresi kaç gün?", "Teslimattan itibaren 14 gün.",
      "müşterinin uzun şikayet mesajını iki cümleyle özetler misin, yöneticime ileteceğim"]),
    ("Ты — помощник по переводу.",
     ["не переводи, просто скажи в двух словах, о чём это письмо на немецком от страховой"]),
    ("Ти — помічник з аналізу даних.",
     ["коротко підсумуй результати опитування, які я вставив: що людям подобається і що ні"]),
    ("你是一个编程助手。",
     ["帮我看看这个报错", "是依赖版本冲突，requests 需要升级。",
      "好的。另外帮我把这份技术方案文档总结成几条要点，我要在周会上讲"]),
    ("あなたはプログラミングアシスタントです。",
     ["コードはいらないので、このプルリクの議論を三行でまとめてください"]),
    ("당신은 고객 지원 도우미입니다.",
     ["이 고객 상담 기록 전체를 다음 상담원이 보기 좋게 짧게 요약해줘"]),
    ("आप एक कानूनी दस्तावेज़ सहायक हैं।",
     ["is rent agreement ka saar simple Hindi mein batao, bas main baatein"]),
    ("أنت مساعد للبرمجة.",
     ["لا أريد كوداً، فقط لخّص لي هذا النقاش الطويل حول تغيير قاعدة البيانات"]),
    ("Anda adalah asisten penerjemah.",
     ["jangan diterjemahkan, ringkas saja isi email berbahasa Inggris ini dalam 3 poin"]),
    (None, ["translate this into English: 'La reunión se pasa al jueves y el informe se entrega el lunes'",
            "The meeting moves to Thursday and the report is due on Monday.",
            "thanks. now here's the full email in English, give me a 2-line summary for my team"]),
    (None, ["is 'irregardless' a word?", "It's in dictionaries as nonstandard; 'regardless' is preferred.",
            "lol ok. can you summarise the article I pasted about it in one sentence?"]),
]

"""Batch 11 (written 2026-12-07 by a separate writer, app-style traffic). Natural summarization requests shaped like application traffic (see __init__.py): meeting tools, RAG bots,
support, legal and HR assistants and coding agents whose last user turn asks to condense pasted or earlier
material (transcripts, threads, logs, articles, contracts, diffs) into a shorter account of the whole."""

ONE_LINERS = """
too long, give me the short of it
sum this up in one sentence: the vendor missed two deadlines, the quality was fine, and they want a 10% raise for next year
give me the gist of the thread above
can you condense my notes into three bullets: met Jo, budget is tight, design needs another round, launch still March
short version please, I don't have time for the whole email
what's this article basically saying? Remote work is here to stay, says survey of 2,000 managers, though most want staff in 2 days a week
boil this down for a slide: churn fell after onboarding calls were added, but only for small accounts
one-liner for the changelog: refactored auth middleware, fixed session expiry bug, bumped jwt lib
resúmeme esto en dos frases: la reunión se alargó, no hubo acuerdo sobre el presupuesto y se vuelve a hablar el lunes
hazme un resumen corto del hilo, porfa
résume-moi ce mail en une ligne : le client accepte le devis mais demande une livraison avant le 15
fais-moi un résumé rapide de la discussion
fass das kurz zusammen: Umsatz gestiegen, Kosten auch, Gewinn gleich geblieben, Prognose vorsichtig
kurze Zusammenfassung bitte, ich les das nicht alles
resume em poucas palavras: o voo atrasou, perdi a conexão e a companhia me deu um hotel
riassumi in due righe: il progetto è in ritardo, serve un altro sviluppatore, il cliente è comunque soddisfatto
vat samen in één zin: de verhuizing is uitgesteld tot april wegens vertraging bij de aannemer
streść w jednym zdaniu: sprzedaż spadła w październiku, ale listopad zapowiada się lepiej
kısaca özetle: toplantıda yeni ofise taşınma tarihi kesinleşti, masraflar henüz belli değil
кратко перескажи: поставщик задерживает детали, производство стоит, ищем замену
коротко підсумуй: клієнт задоволений, але просить знижку на наступне замовлення
用一句话总结：这次活动报名人数超出预期，但场地太小，下次要换大一点的
要点だけまとめて：新機能は好評だが、バグ報告も増えている
한 줄로 요약해줘: 신제품 반응은 좋지만 배송 지연 불만이 많다
संक्षेप में बताओ: बैठक में बजट पास हुआ लेकिन भर्ती रोक दी गई
لخّص في جملة: تأخر المشروع بسبب نقص الموظفين لكن العميل وافق على التمديد
ringkas dong: rapat hari ini bahas target Q1, semua setuju naik 10 persen
tóm tắt ngắn gọn: doanh thu tăng nhưng chi phí quảng cáo cũng tăng mạnh
sammanfatta kort: projektet är försenat men budgeten håller
shrnutí jednou větou: dodávka dorazila poškozená, reklamace je podaná
συνόψισε σε μία πρόταση: η συνάντηση μετατέθηκε και ο πελάτης ζήτησε νέα προσφορά
"""

LONG = [
    "Summarise this incident log for the status page, 2-3 sentences, no jargon:\n\n14:02 alerts: p99 latency "
    "on checkout > 4s\n14:05 on-call paged, starts investigating\n14:11 db connection pool exhausted on "
    "primary\n14:19 rolled back release 2.14.0\n14:24 latency back to normal\n14:40 root cause: new query "
    "missing index on orders.customer_id",
    "Here's a customer review, what's the short version?\n\nI've had this vacuum for three months. Suction is "
    "great on carpets and it's quieter than my old one, but the battery only lasts about 20 minutes and the "
    "bin is tiny, so I empty it twice per room. Customer service was helpful when the brush jammed. Overall "
    "good, not great.",
    "Please give me an executive summary (max 5 bullets) of this quarterly update:\n\nRevenue grew 12% year on "
    "year, driven by the enterprise segment. SMB revenue was flat. Gross margin improved two points after the "
    "hosting renegotiation. Headcount rose from 140 to 162, mostly in sales. Two large deals slipped into next "
    "quarter. We are reiterating the full-year guidance but expect Q4 to be back-loaded.",
    "Summarise what this pull request changes, for reviewers who haven't seen it:\n\n- moves retry logic from "
    "client.py into a new retry.py\n- replaces fixed sleep with exponential backoff\n- adds max_attempts config "
    "(default 5)\n- deletes unused legacy_fetch()\n- updates tests and the README section on errors",
    "Can you summarise this article for our newsletter, about 60 words?\n\nCities across Europe are turning "
    "car parks into small urban forests. The projects, funded partly by EU grants, aim to cool neighbourhoods "
    "during heatwaves and absorb rainwater. Early results from Rotterdam show surface temperatures up to 8 "
    "degrees lower on hot days. Critics say the schemes reduce parking for residents who rely on cars, and "
    "some shop owners fear fewer customers.",
    "Resume este correo para mi jefa en tres puntos:\n\nHola equipo, tras la revisión con el cliente, han "
    "pedido cambiar el color principal de la web, añadir una sección de preguntas frecuentes y retrasar el "
    "lanzamiento dos semanas para coincidir con su campaña. No hay cambio de presupuesto. Saludos, Carlos.",
    "Fais un résumé de ce compte rendu de conseil municipal pour les habitants, en quelques lignes :\n\nLe "
    "conseil a voté la rénovation de l'école Jules-Ferry pour un montant de 1,2 M€. La piscine fermera six "
    "semaines cet été pour travaux. Une consultation sur les pistes cyclables aura lieu en février. Le budget "
    "des associations est reconduit à l'identique.",
    "Bitte fasse dieses Protokoll in fünf Stichpunkten zusammen:\n\nDas Team hat beschlossen, die Migration auf "
    "Kubernetes im Januar zu starten. Vorher müssen die Monitoring-Dashboards angepasst werden. Frau Yilmaz "
    "übernimmt die Abstimmung mit dem Rechenzentrum. Das Budget für externe Beratung wurde abgelehnt. Nächster "
    "Termin: 9. Januar.",
    "请帮我把这份用户反馈总结成三条要点：\n\n很多用户说新版界面更清爽，但找不到导出按钮；有人反映安卓端偶尔闪退；"
    "也有不少人希望增加深色模式。整体满意度比上个版本略高。",
    "Podsumuj ten raport w kilku zdaniach dla zarządu:\n\nW trzecim kwartale liczba klientów wzrosła o 8%, ale "
    "średnia wartość zamówienia spadła. Koszty logistyki wzrosły przez nowe stawki kurierów. Kampania "
    "jesienna przyniosła dobre wyniki w mediach społecznościowych.",
    "Summarise this support ticket thread so the next agent can pick it up:\n\nCustomer (Mon): app crashes "
    "when uploading photos over 10MB.\nAgent (Mon): asked for device and version.\nCustomer (Tue): Pixel 7, "
    "app 4.2.1.\nAgent (Wed): reproduced, escalated to engineering, ticket ENG-2281.\nCustomer (Thu): any "
    "update? this blocks my work.",
]

CHATS = [
    ("You are a meeting assistant that joins calls and takes notes.",
     ["summarise today's call for people who missed it:\n\nAna: the demo for Kestrel is moved to the 14th. Bo: "
      "then QA needs the build by the 10th. Ana: fine. Cy: marketing wants screenshots by the 12th. Bo: "
      "doable if design freezes now. Ana: design is frozen as of today."]),
    ("You are a meeting assistant.",
     ["who's responsible for the budget?", "Lena owns the budget review this quarter.",
      "ok and can you give me a summary of the whole meeting in 4 bullets?"]),
    ("You are a meeting assistant.",
     ["list the action items", "1) Ravi books the venue. 2) Lena sends the budget. 3) Chris checks catering.",
      "thanks. now a two-sentence recap of the meeting for the team channel"]),
    ("Answer using only the context below.\n\nContext:\nThe new parental leave policy gives all parents 20 "
     "weeks of paid leave, up from 12 for secondary carers. Leave can be split into up to three blocks within "
     "two years of the birth or adoption. Employees need 6 months' service to qualify. The policy starts on 1 "
     "January.",
     ["summarise the policy in plain words"]),
    ("You are a RAG assistant for internal documentation. Use only the retrieved documents.",
     ["what does doc 2 say about backups?", "Doc 2 says backups run nightly and are kept for 30 days.",
      "can you summarise all three retrieved documents together in a short paragraph?"]),
    ("You are a RAG assistant. Use only the provided passages.\n\n[1] The study followed 1,200 adults for ten "
     "years. [2] Those who walked at least 30 minutes a day had fewer heart problems. [3] The authors caution "
     "that walkers also tended to smoke less.",
     ["sum up what the passages say, including the caveat"]),
    ("You are ShopBot, the customer-support assistant for Lumen Home.",
     ["I've been emailing you people for two weeks, here's the whole chain, can you just summarise where we are "
      "so I don't have to explain again?\n\n1 Nov: lamp arrived broken. 2 Nov: you asked for photos. 3 Nov: "
      "sent photos. 6 Nov: you said a replacement ships in 5 days. 13 Nov: nothing arrived. 14 Nov: you said "
      "it's backordered."]),
    ("You are a customer support assistant for a software company.",
     ["I can't log in", "Sorry! Try resetting your password from the login page.",
      "did that. ok, before you escalate, write a short summary of my problem and what we tried, for the next "
      "agent"]),
    ("You are a coding assistant inside an IDE.",
     ["summarise the review thread on my PR in two sentences, I'm back from leave:\n\nmarta: the cache key "
      "ignores the locale, so users see each other's language.\njon: agreed, and the TTL of 24h is too long for "
      "prices.\nmarta: can you add a test for the locale case?\njon: otherwise LGTM once those are fixed."]),
    ("You are a coding agent working in this repository.",
     ["run the tests", "All 214 tests passed in 38s.",
      "now summarise the git log since the last tag for the release notes, grouped as features / fixes"]),
    ("You are a code review assistant.",
     ["give me a summary of this diff for the PR description:\n\n- def send(msg):\n-     smtp.send(msg)\n+ "
      "def send(msg, retries=3):\n+     for i in range(retries):\n+         try:\n+             return "
      "smtp.send(msg)\n+         except SMTPError:\n+             sleep(2 ** i)\n+     raise SendFailed(msg.id)"]),
    ("You are an HR assistant for Northwind Ltd.",
     ["summarise these exit interview notes into the main themes:\n\n- pay below market\n- great team, poor "
      "communication from leadership\n- no clear promotion path\n- liked flexible hours\n- pay again, and "
      "workload spikes at quarter end"]),
    ("You are an HR assistant.",
     ["how many candidates applied?", "There were 46 applications for the analyst role.",
      "ok, summarise the interview feedback for the two finalists in a short paragraph each:\n\nMaya: strong "
      "SQL, a bit quiet, great case study. Tom: very confident, weaker on stats, good culture fit."]),
    ("You are a legal information assistant. You do not give legal advice.",
     ["explain this lease in plain English, short summary of what I'm signing:\n\nThe Tenant shall pay rent "
      "monthly in advance. The term is 12 months. The deposit equals two months' rent and is returned within "
      "30 days of the end of the tenancy less any deductions for damage. Pets are not permitted without "
      "written consent. The Tenant may terminate early with two months' notice and a fee equal to one month's "
      "rent."]),
    ("You are a legal research assistant.",
     ["what court decided the case?", "The Court of Appeal decided it in 2019.",
      "give me a short summary of the judgment: facts, decision, reasoning, in that order"]),
    ("You are a finance assistant.",
     ["summarise this earnings call transcript excerpt for me in bullets:\n\nCEO: We had a solid quarter. "
      "Subscriptions grew 18%. Hardware was weak because of supply issues, which we expect to ease by spring. "
      "CFO: We're raising our full-year margin target slightly and keeping revenue guidance unchanged."]),
    ("You are a data pipeline assistant. Always reply with valid JSON.",
     ["give me {\"summary\": \"...\"} for this ticket: user reports the export button does nothing on Safari, "
      "works on Chrome, started after Tuesday's release"]),
    ("You are a writing assistant.",
     ["fix the typos in my notes", "Fixed: 'recieve' to 'receive', 'seperate' to 'separate'.",
      "and now boil the notes down to a short abstract, 100 words max"]),
    ("You are a tutoring assistant for history students.",
     ["summarise the causes of the French Revolution from my textbook excerpt in five bullet points:\n\nThe "
      "state was nearly bankrupt after costly wars. Bread prices rose sharply after poor harvests. The Third "
      "Estate paid most taxes but had little political power. Enlightenment ideas challenged absolute "
      "monarchy. The Estates-General of 1789 broke down over voting rules."]),
    ("You are a study assistant.",
     ["what is photosynthesis?", "It's how plants turn light, water and CO2 into sugar and oxygen.",
      "great, now summarise this bit of my notes in 3 lines: chlorophyll absorbs red and blue light; the light "
      "reactions make ATP and NADPH in the thylakoids; the Calvin cycle in the stroma uses them to fix CO2 into "
      "sugar; oxygen is a by-product of splitting water."]),
    ("You are a translation app. Translate into English.",
     ["no translation needed, just summarise this English article in two lines: The city will close three "
      "libraries next year to save costs, but will extend opening hours at the central library and add a "
      "mobile book van for outlying districts."]),
    ("Eres el asistente de reuniones de la empresa.",
     ["¿Quién se encarga del informe?", "Marta se encarga del informe trimestral.",
      "vale, ahora hazme un resumen de toda la reunión en cuatro puntos"]),
    ("Eres un asistente de atención al cliente.",
     ["Mi lavadora no centrifuga", "Vaya. ¿Ha probado a reducir la carga y repetir el programa?",
      "sí, y nada. me dijisteis que vendría un técnico el martes", "Correcto, la visita del técnico está "
      "programada para el martes entre 9 y 13 h, sin coste por garantía.",
      "resume lo que hemos hablado hasta ahora, que lo tengo que contar en casa"]),
    ("Tu es un assistant juridique.",
     ["Résume ce contrat de prestation en cinq lignes : durée de 12 mois, renouvellement tacite, préavis de "
      "trois mois, paiement à 30 jours, pénalités de retard de 10 %."]),
    ("Tu es l'assistant de réunion de l'équipe.",
     ["Liste les décisions", "1) lancement reporté, 2) recrutement validé.",
      "et un résumé global en trois phrases pour ceux qui étaient absents ?"]),
    ("Du bist ein Assistent für Kundensupport.",
     ["Mein Drucker druckt nur leere Seiten.", "Bitte führen Sie eine Düsenreinigung über das Menü durch.",
      "Hab ich, zweimal. Immer noch leer.", "Dann tauschen wir die Patrone kostenlos aus; sie geht morgen raus.",
      "Fasse den bisherigen Verlauf meines Tickets kurz zusammen, ich gebe es an meinen Kollegen weiter."]),
    ("Du bist ein Meeting-Assistent.",
     ["Was hat Jonas gesagt?", "Jonas meinte, das Release sollte eine Woche verschoben werden.",
      "Okay, und jetzt eine kurze Zusammenfassung des ganzen Meetings in drei Sätzen"]),
    ("Você é um assistente de RH.",
     ["resuma as avaliações de desempenho abaixo em um parágrafo: cumpre prazos, comunica bem, precisa "
      "melhorar na documentação, tem potencial para liderar"]),
    ("Sei un assistente per riunioni.",
     ["chi era presente?", "Erano presenti Rossi, Bianchi e Verdi.",
      "riassumi la riunione in tre punti per chi era assente"]),
    ("Je bent een assistent voor juridische documenten.",
     ["Geef een korte samenvatting van deze algemene voorwaarden: levering binnen 10 werkdagen, retour binnen "
      "14 dagen, garantie van 2 jaar, geschillen naar de rechtbank Utrecht."]),
    ("Jesteś asystentem spotkań.",
     ["streść dzisiejsze spotkanie w trzech punktach: ustalono termin wdrożenia na marzec, zatwierdzono budżet, "
      "odłożono decyzję o nowym biurze"]),
    ("Sen bir müşteri destek asistanısın.",
     ["Sorunum ne?", "Faturanızda iki kez ücret yansımış görünüyor.",
      "tamam, şimdiye kadar konuştuklarımızı kısaca özetler misin?"]),
    ("Ты — ассистент для конспектов.",
     ["сделай краткий конспект лекции: основы маркетинга, четыре P, сегментация рынка, позиционирование"]),
    ("Ти — помічник для нарад.",
     ["Хто відповідає за звіт?", "За звіт відповідає Оксана.",
      "добре, тепер коротко підсумуй усю нараду"]),
    ("你是一个会议助手。",
     ["把今天的会议记录总结成三条：产品下周上线，测试还差两个用例，市场部要提前准备宣传材料。"]),
    ("あなたは議事録アシスタントです。",
     ["決定事項は？", "予算の承認と、リリース日を3月1日に決定しました。",
      "会議全体を三行で要約してください"]),
    ("당신은 회의록 도우미입니다.",
     ["오늘 회의 내용을 세 줄로 요약해줘: 신규 채용 확정, 예산 10% 삭감, 다음 회의는 금요일"]),
    ("आप एक मीटिंग सहायक हैं।",
     ["aaj ki meeting ka short summary do: launch agle mahine, budget approve, do naye log hire honge"]),
    ("أنت مساعد لخدمة العملاء.",
     ["ما مشكلتي؟", "تم خصم المبلغ مرتين من بطاقتك.",
      "لخّص لي المحادثة كلها في سطرين"]),
    ("Kamu adalah asisten notulen rapat.",
     ["ringkas notulen ini: proyek mundur dua minggu, vendor diganti, klien sudah diberi tahu"]),
    (None, ["extract the names from this: Dana met Luis and Priya at the expo", "Dana, Luis, Priya.",
            "ok and the email itself, one line please: Hi all, the expo stand is booked, Luis handles shipping the "
            "banners and Priya will run the demo on both days. Budget came in under plan."]),
    (None, ["write a poem about autumn", "Leaves let go like small regrets...",
            "ok now a different thing: tl;dr of this: the board approved the merger, pending regulator review "
            "in Q2"]),
    ("You are a podcast production assistant.",
     ["what's a good length for show notes?", "Usually 100-200 words plus links.",
      "ok, write the episode summary from this outline: guest is a beekeeper from Wales, talks about losing half "
      "her hives in a wet spring, how she rebuilt with local queens, and why she thinks city rooftops help bees"]),
    ("You are a customer support assistant for a gym chain.",
     ["can I freeze my membership?", "Yes, you can freeze it for up to 3 months per year for a small fee.",
      "ok and the new terms email you sent me is super long, what's the short version? Fees rise 5% in March, "
      "the app replaces key cards, classes must be booked 24h ahead, and guest passes go from 4 to 2 a year."]),
    ("You are a writing assistant for researchers.",
     ["is 'data' singular or plural?", "Both are accepted; plural is traditional in academic writing.",
      "thanks. write a 3-sentence abstract of my paper from these points: we surveyed 400 nurses on night "
      "shifts, sleep quality was worse after 3+ consecutive nights, rotating schedules were linked to more "
      "errors, we recommend capping runs at two nights."]),
    ("You are an assistant for a school's parent portal.",
     ["when is the next parents' evening?", "It's on 21 November from 17:00 to 20:00.",
      "thanks. the headteacher's letter is a page long, give me the main points: new lunch menu from December, "
      "phones collected at the gate, the trip to the science museum is confirmed, and the heating works mean "
      "the gym is closed until January."]),
    (None, ["translate 'good night' to Spanish", "Buenas noches.",
            "now totally different: summarise this review in a sentence. the hotel was clean and close to the "
            "beach but the walls were thin and breakfast was the same every day"]),
    (None, ["what's 15% of 80?", "12.",
            "thanks. can you summarise this paragraph: our gym is raising fees by 15% from January, but adding "
            "a new pool and longer weekend hours"]),
]

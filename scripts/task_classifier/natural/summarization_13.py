"""Batch 13 (written 2026-12-07 by a separate writer, app-style traffic). Natural summarization requests:
condense pasted or earlier material (emails, threads, articles, logs, contracts, transcripts, reviews, retrieved
context) into a shorter account of the whole, as prose or bullets, in many languages; many sent to an app whose
system prompt is about something else, or after earlier turns that asked for another task."""

ONE_LINERS = """
can you give me the cliff notes of the email chain above
what's the bottom line here? legal says the clause is fine, finance says the payment terms are too long, sales says the client won't budge
recap in two sentences: we hit the sprint goal, two bugs slipped, the demo went well and the client wants a follow-up in January
need a TL;DR of this for my manager: the vendor's API is down 3% of the time, their support takes days, but switching costs us a quarter
in a nutshell? the new bylaw bans gas leaf blowers from April, fines start at 50 euros, electric ones are fine
shorten these notes into a status line: backend done, frontend 80%, QA not started, launch risk medium
what's the takeaway from this review: lovely hotel, noisy street, tiny bathroom, amazing breakfast, would go back
give me the highlights of this transcript in bullet points, I missed the first half hour
can you compress this into a tweet-length summary: city council votes to make buses free for under-18s from September, paid for by a parking levy
brief recap for the standup: yesterday fixed the export bug, today pairing on search, blocked on the staging db
what happened in this thread, basically? people are arguing whether to move the release to Monday or ship Friday with the known bug
summarize the complaint in one line for the ticket title: charged twice, no refund after 3 weeks, support keeps closing tickets
resumen ejecutivo en tres viñetas, por favor: ventas suben 8 %, costes logísticos suben 15 %, margen cae un punto
¿me haces un resumen de la conversación de arriba? me he perdido
en pocas palabras, ¿qué dice el informe? que la plantilla está quemada y que hacen falta dos personas más en soporte
fais-moi la synthèse de cet échange en trois points, pour le compte rendu
en bref : le prestataire livre en retard, la qualité baisse, mais il reste le moins cher du marché
kannst du mir die Kernaussagen des Artikels in drei Stichpunkten geben?
das Wichtigste in Kürze bitte: Bahnstreik ab Mittwoch, Fernverkehr fällt weitgehend aus, Tickets bleiben gültig
faz um resumo rápido dessa thread pra quem chegou agora
qual é o resumo da ópera? o cliente quer desconto, o comercial topou, o financeiro vetou
fammi un sunto di questa mail in due righe, la devo girare al capo
geef me de kern van dit verslag in een paar zinnen
podsumuj w trzech punktach: awaria serwera, dane odzyskane z kopii, klienci dostali rabat
bunun özetini çıkar, uzun uzun okuyamam
сделай краткую выжимку из переписки, только суть
підсумуй цю нараду одним абзацом
帮我把这封邮件的要点概括一下
この議事録を三行でまとめてください
이 기사 핵심만 세 줄로 정리해줘
इस ईमेल का सार दो लाइनों में बता दो
اختصر لي هذا التقرير في فقرة قصيرة
rangkum percakapan di atas jadi beberapa poin
tóm lại đoạn chat này giúp mình
"""

LONG = [
    "Can you give me the short version of this for the all-hands slide?\n\nQ3 in numbers: we onboarded 41 new "
    "customers (target was 35), lost 6, mostly small accounts that moved to cheaper tools. Net revenue "
    "retention is 112%. Support volume went up 30% after the pricing change, and first response time slipped "
    "from 2h to 5h. We hired three support agents in September; response times are recovering. The mobile app "
    "rewrite is two months behind, now planned for February.",
    "Tenant forum post, I need the gist before the residents' meeting:\n\n'Hi all. As some of you know, the "
    "lift in block B has been broken for six weeks now. The management company first said it was waiting for "
    "a part, then that the contractor went bust, and now they say they need three quotes before they can "
    "approve anything. Meanwhile Mrs Osei on the 9th floor hasn't left her flat in a month. I've written to "
    "the council and our MP. I'd like us to agree tonight on a joint letter and possibly withholding the "
    "service charge for the lift portion.'",
    "Summarize the key points of this contract section, plain English, I'm not a lawyer:\n\n7.1 The Licensee "
    "may use the Software solely for its internal business purposes. 7.2 The Licensee shall not sublicense, "
    "rent, or lease the Software. 7.3 The Licensor may audit the Licensee's use once per calendar year on "
    "thirty days' notice. 7.4 Should an audit reveal under-licensing exceeding five percent, the Licensee shall "
    "bear the cost of the audit in addition to the outstanding fees. 7.5 This license terminates automatically "
    "upon any breach of 7.1 or 7.2.",
    "Here's the log from last night's batch run, what went wrong in a sentence or two?\n\n02:00:01 job=nightly "
    "start\n02:00:04 fetch orders: 18,442 rows\n02:03:17 transform ok\n02:03:18 load: writing to warehouse\n"
    "02:09:55 WARN load slow, 4,000 rows/min\n02:31:02 ERROR connection reset by peer (warehouse)\n02:31:03 "
    "retry 1/3\n02:31:34 ERROR connection reset by peer\n02:32:05 retry 2/3 ... failed\n02:32:36 job=nightly "
    "FAILED after 3 retries, 9,120 of 18,442 rows loaded",
    "Article below. I don't need every detail, just what it's saying overall:\n\nA four-year study of 3,200 "
    "office workers in Denmark found that those who worked from home two days a week reported higher job "
    "satisfaction and slept on average 25 minutes longer than colleagues who commuted daily. Productivity, "
    "measured by managers' ratings, showed no significant difference. However, fully remote workers reported "
    "more loneliness and were less likely to be promoted. The authors suggest hybrid arrangements offer most "
    "of the benefits with fewer drawbacks, but caution that the sample was limited to white-collar jobs.",
    "Boil this customer call transcript down to what the customer wants and what we promised:\n\nAgent: "
    "Thanks for calling, how can I help?\nCustomer: My washing machine stopped mid-cycle, water everywhere.\n"
    "Agent: I'm sorry. Is it under warranty?\nCustomer: Bought it in March.\nAgent: Then yes. I can book an "
    "engineer for Thursday morning.\nCustomer: Thursday? I have a baby, I need to wash clothes.\nAgent: I can "
    "add you to the cancellation list and call if something opens tomorrow.\nCustomer: Fine. And the floor?\n"
    "Agent: Send photos and we'll review a claim for the damage.",
    "Condense these release notes into 3 bullets for customers (no internal stuff):\n\n- migrated job queue to "
    "new cluster (internal)\n- CSV export now includes custom fields\n- fixed: timezone offset wrong in weekly "
    "report emails\n- bumped lodash\n- new: dark mode for the dashboard\n- removed feature flag "
    "'new_nav_v2' (internal)\n- invoices can now be downloaded as PDF from the billing page",
    "Resume este hilo de correos para el director, que no tiene tiempo:\n\nMarta: El proveedor de embalaje "
    "sube precios un 12 % desde enero.\nJorge: Tenemos contrato hasta marzo, no pueden.\nMarta: Dicen que hay "
    "una cláusula de revisión por materias primas.\nJorge: La he leído, solo permite un 5 %.\nLaura: Propongo "
    "aceptar el 5 % y pedir ofertas a otros dos proveedores para abril.\nJorge: De acuerdo.\nMarta: Yo también.",
    "Peux-tu résumer cet avis d'expert pour notre newsletter, cinq lignes maximum ?\n\nLa rénovation "
    "énergétique des logements anciens reste freinée par trois obstacles : le coût initial, même avec les "
    "aides publiques ; la complexité des démarches, qui décourage une majorité de propriétaires ; et la pénurie "
    "d'artisans qualifiés, particulièrement en zone rurale. Les expériences locales de guichet unique montrent "
    "pourtant qu'un accompagnement personnalisé double le nombre de chantiers engagés.",
    "Fass mir bitte diesen Elternbrief in zwei, drei Sätzen zusammen:\n\nLiebe Eltern, ab dem 8. Januar ändert "
    "sich der Stundenplan der Klasse 4b. Der Sportunterricht findet dann dienstags in der 5. und 6. Stunde statt, "
    "der Schwimmunterricht entfällt bis zu den Osterferien, da das Hallenbad saniert wird. Bitte geben Sie "
    "Ihren Kindern dienstags Sportsachen und ein zusätzliches Getränk mit. Der Elternabend wird auf den 22. "
    "Januar verschoben.",
    "Resume pra mim esse comunicado do condomínio:\n\nPrezados condôminos, informamos que a partir de 1º de "
    "fevereiro a taxa condominial passará de R$ 620 para R$ 680, em razão do reajuste do contrato de "
    "segurança e da troca dos elevadores aprovada em assembleia. A obra dos elevadores começa em março e deve "
    "durar dez semanas, com um elevador funcionando por vez.",
    "Streść proszę ten artykuł w kilku zdaniach:\n\nW Krakowie ruszył pilotażowy program bezpłatnej komunikacji "
    "dla seniorów powyżej 65. roku życia. Przez pierwsze trzy miesiące z programu skorzystało ponad 40 tysięcy "
    "osób. Miasto szacuje koszt na 12 milionów złotych rocznie i rozważa rozszerzenie programu na uczniów. "
    "Opozycja krytykuje brak konsultacji z przewoźnikami.",
    "请帮我总结一下这段会议记录，给没参会的同事看：\n\n1. 新版官网推迟到三月上线，原因是支付接口还没通过测试。"
    "\n2. 市场部下个月开始投放短视频广告，预算二十万。\n3. 客服团队反馈退货流程太复杂，产品部答应两周内给出简化方案。"
    "\n4. 下次例会改到周四下午。",
    "このレビューをざっくり要約して：\n\n三ヶ月使ってみた感想です。音質はこの価格帯ではかなり良く、"
    "ノイズキャンセリングも電車内なら十分。ただ、イヤーパッドが蒸れやすく、夏場は一時間が限界でした。"
    "アプリの接続が時々切れるのも気になります。総合的にはコスパは良いと思います。",
    "Коротко перескажи, что пишет провайдер, я не понимаю, проблема у меня или у них:\n\nУважаемый абонент! "
    "В связи с плановой модернизацией оборудования в вашем районе с 10 по 12 декабря возможны кратковременные "
    "перерывы в предоставлении услуг доступа в интернет продолжительностью до 30 минут. Перерасчёт абонентской "
    "платы не производится. Приносим извинения за временные неудобства.",
    "Sum up this changelog for a non-technical customer newsletter, a short paragraph:\n\nv2.4: offline "
    "mode for notes; faster sync (about 3x); shared folders can now have view-only members; fixed a bug where "
    "reminders fired twice; Android 9 no longer supported.",
    "Riassumi questa recensione di un ristorante in una frase:\n\nSiamo stati qui per un anniversario. "
    "L'antipasto di mare era eccezionale e il vino consigliato perfetto, ma abbiamo aspettato quasi un'ora "
    "per i secondi e il cameriere sembrava infastidito quando abbiamo chiesto. Conto nella media per la zona.",
    "Long article, our board wants a five-line summary they can read on their phones:\n\nThe town of "
    "Velden has spent the last three years trying something most of its neighbours said would fail: it closed "
    "the main street to cars. When the plan was announced, shop owners collected 1,400 signatures against it, "
    "warning that customers from surrounding villages would simply drive to the retail park on the ring road "
    "instead. The council went ahead anyway, but with a compromise: a new car park at each end of the street, "
    "a free electric shuttle every ten minutes, and delivery windows for shops before 10am.\n\nThe first year "
    "was difficult. Footfall fell by about 12 percent, two clothing shops closed, and the local newspaper ran "
    "a weekly column counting empty windows. But by the second year the numbers had turned. Cafes and "
    "restaurants were allowed to put tables on the street, the weekly market moved from the square into the "
    "street itself, and footfall rose to 9 percent above the level before the closure. Rents, which had "
    "dropped, recovered, and four of the empty units were taken by new businesses, mostly food and services "
    "rather than retail.\n\nNot everyone is happy. Older residents say the shuttle is unreliable in the "
    "evenings, and the retail park on the ring road has grown too, which critics say shows that the town "
    "centre has lost its role for everyday shopping. The council's own survey found that 61 percent of "
    "residents now support the closure, up from 38 percent before it began. The mayor says the next step is "
    "to extend the scheme to two side streets, but has promised a public vote first.",
    "Summarize this thread for the incident channel, what happened and where we are now, five bullets max:\n\n"
    "[09:02] Priya: anyone else seeing 500s on the checkout page?\n[09:03] Tom: yes, started a few minutes "
    "ago, about 20% of requests\n[09:05] Priya: nothing deployed since yesterday afternoon\n[09:07] Lars: "
    "payment provider status page says degraded performance in EU\n[09:08] Tom: our logs show timeouts to "
    "their API, 10s, then we 500\n[09:10] Priya: can we show a nicer error instead of a 500 and let people "
    "retry?\n[09:12] Lars: there's a feature flag for the fallback page, turning it on\n[09:15] Tom: fallback "
    "live, users now see 'payment temporarily unavailable, your cart is saved'\n[09:31] Lars: provider says "
    "fix deployed\n[09:35] Tom: error rate down to 2%, still some slow calls\n[09:50] Priya: back to normal "
    "levels, leaving the flag on for another hour just in case\n[09:52] Lars: I'll write the postmortem, we "
    "should also lower our timeout to 5s and add a circuit breaker",
    "Bu e-postayı bana kısaca özetler misin?\n\nSayın Yılmaz, başvurunuz değerlendirme komitesi tarafından "
    "incelenmiştir. Burs programımızın ilk aşamasını geçtiniz. İkinci aşama olan mülakat 15 Ocak'ta çevrim içi "
    "yapılacaktır. Mülakattan önce transkriptinizin onaylı bir kopyasını ve bir referans mektubunu 5 Ocak'a "
    "kadar göndermeniz gerekmektedir.",
]

CHATS = [
    ("You are a RAG assistant for Halden Insurance. Answer using only the retrieved documents.\n\nRetrieved: "
     "Home policy HP-3. Covers fire, flood (except in zone D), theft with forced entry, and accidental damage "
     "up to 2,000 EUR per claim. Excess 250 EUR. Claims must be filed within 30 days. Jewellery covered up to "
     "1,500 EUR unless listed separately. Not covered: wear and tear, pests, damage while the home is empty "
     "more than 60 days.",
     ["give me a short summary of what this policy covers, two or three sentences"]),
    ("You are a RAG assistant for Halden Insurance. Answer using only the retrieved documents.",
     ["what does policy HP-3 say about flood?", "Flood is covered except for homes in zone D.",
      "ok, and can you sum up the whole policy for my dad in plain words, just the main points"]),
    ("You are an internal knowledge-base assistant. Context:\n\nOnboarding guide, engineering. Week 1: laptop "
     "setup, access requests, read the architecture docs, shadow on-call. Week 2: first small ticket, pair with "
     "your buddy, attend the design review. Week 3-4: own a medium ticket end to end, present it at demo day. "
     "By day 30 you should be able to deploy to staging unaided.",
     ["I start Monday, can you give me the gist of the first month?"]),
    ("You are a customer-support assistant for Nordpay.",
     ["how do I close an account on the admin side?",
      "Go to Customers > the account > Actions > Close account; refunds are handled separately.",
      "a customer sent this long message, summarize it for the escalation queue:\n\n'I've been trying to close "
      "my account for two weeks. The app says contact support, support says use the app. Meanwhile you charged "
      "me the monthly fee again on the 1st. I want the account closed, the fee refunded and written "
      "confirmation that my data is deleted.'"]),
    ("You are a customer-support assistant.",
     ["translate this customer's message to English: 'Ich warte seit drei Wochen auf meine Erstattung und "
      "niemand antwortet.'",
      "I've been waiting three weeks for my refund and nobody is answering.",
      "and now summarize the whole ticket history above in 3 bullets for the team lead"]),
    ("You are Pico, a coding agent with access to the user's repository.",
     ["run the tests for the http module", "All 42 tests pass.",
      "summarize what changed in this diff for the PR description, short:\n\n- def fetch(url):\n-     return "
      "requests.get(url).json()\n+ def fetch(url, timeout=10):\n+     resp = requests.get(url, timeout=timeout)\n"
      "+     resp.raise_for_status()\n+     return resp.json()"]),
    ("You are Pico, a coding agent.",
     ["fix the failing test in test_dates.py", "Fixed: the test assumed UTC; it now sets TZ explicitly and the "
      "parser accepts offsets.",
      "great, give me a one-paragraph summary of everything we changed today for the standup"]),
    ("You are a coding assistant.",
     ["which version of the library are we on?", "requirements.txt pins 4.2.0.",
      "here's a long GitHub issue thread, just tell me what the conclusion was:\n\nuser1: memory leak in v4.2 "
      "when streaming\nmaintainer: can't reproduce\nuser2: same here, only with gzip on\nuser1: confirmed, "
      "gzip off = no leak\nmaintainer: found it, decompressor not closed on early exit. fix in 4.2.1\nuser2: "
      "4.2.1 works, thanks"]),
    ("You are a senior engineer helping with incidents.",
     ["what's a good postmortem format?", "Timeline, impact, root cause, what went well, what didn't, action "
      "items.",
      "ok here's our raw timeline, give me a short summary paragraph for the impact section:\n\n09:12 deploy "
      "3.8\n09:15 login errors spike to 40%\n09:21 rollback started\n09:29 errors back to 0.2%\n~6,000 users "
      "couldn't log in for about 15 minutes"]),
    ("You are a meeting assistant.",
     ["who was on the call?", "Anna, Ben and Carla.",
      "Recap this for people who weren't there, bullets:\n\nAnna: budget approved, but 10% less than asked.\n"
      "Ben: then we drop the trade fair.\nAnna: or we drop the agency.\nCarla: agency is contracted till June.\n"
      "Anna: trade fair it is. Ben to tell the organisers by Friday."]),
    ("You are a meeting assistant.",
     ["who owns the follow-ups from today?", "Ben: notify trade fair organisers. Carla: renegotiate agency "
      "scope.",
      "thanks, now summarize the meeting in 3 sentences for the CEO"]),
    ("You are an email assistant.",
     ["draft a reply saying I'm out until Monday", "Hi all, I'm out until Monday and will catch up then. Thanks!",
      "I have 40 unread in this thread. what's the upshot?\n\nFrom Tom: we need the venue by Friday\nFrom Sara: "
      "option A is cheaper but no parking\nFrom Tom: option B has parking but 20% pricier\nFrom Li: most people "
      "come by train\nFrom Sara: then A\nFrom Tom: ok, booking A"]),
    ("You are a legal assistant for a small firm.",
     ["what's the difference between a warranty and an indemnity?", "A warranty is a promise about facts; an "
      "indemnity is a promise to cover specific losses.",
      "fine. now summarize this indemnity clause in one plain sentence: 'The Supplier shall indemnify and hold "
      "harmless the Customer against all losses, damages and reasonable legal costs arising from any third-party "
      "claim that the Deliverables infringe intellectual property rights.'"]),
    ("You are an HR assistant.",
     ["how many people answered the survey?", "112 of 140 employees, an 80% response rate.",
      "condense the employee survey comments into the main themes:\n\n'Too many meetings.' 'Managers are "
      "great.' 'Meetings eat my afternoons.' 'Salary below market.' 'Love the flexible hours.' 'We need fewer "
      "status meetings.' 'Pay hasn't kept up with inflation.'"]),
    ("You are a research assistant.",
     ["find me the abstract of the paper on sleep and memory", "Here it is: 'We tested 120 students... sleep "
      "after learning improved recall by 20%, mainly for word pairs, not for motor tasks...'",
      "make it a two-sentence summary I can put in my literature review notes"]),
    ("You are a news reading assistant.",
     ["what does 'sticky inflation' mean?",
      "Inflation that stays high even after rates go up, often in services and wages.",
      "what's the summary of this? 'The central bank held rates at 4% for the third meeting in a row, citing "
      "sticky services inflation, but signalled that cuts could begin in spring if wage growth keeps slowing.'"]),
    ("You are a tutoring app for history students.",
     ["when did the Revolution start?", "In 1789, with the storming of the Bastille on 14 July.",
      "can you summarise the causes of the French Revolution in 5 bullet points from my notes: debt from wars, "
      "bad harvests and bread prices, Enlightenment ideas, unfair taxes on the third estate, weak king, "
      "Estates-General deadlock"]),
    ("You are a tutoring app.",
     ["what's photosynthesis?", "Plants turn light, water and CO2 into glucose and oxygen.",
      "my textbook chapter on it is below, summarize it shorter than that for my flashcards:\n\nPhotosynthesis "
      "takes place in chloroplasts. The light reactions capture energy and split water, releasing oxygen. The "
      "Calvin cycle uses that energy to fix carbon dioxide into sugars."]),
    ("You are a product analytics assistant.",
     ["what's our NPS this month?", "+18, down from +24 last month.",
      "here's the NPS verbatim export, sum it up:\n\n9 - fast and simple\n3 - export keeps failing\n10 - "
      "support is amazing\n4 - export to excel broken again\n8 - good but pricey\n2 - lost data on export"]),
    ("You are a writing assistant for a nonprofit.",
     ["fix the typo in 'volunters'", "Fixed: 'volunteers'.",
      "shorten our annual report intro into a paragraph for the website:\n\nThis year, thanks to 800 "
      "volunteers and 2,300 donors, we served 140,000 meals, opened a second food bank in Eastside, and started "
      "a cooking class programme for teenagers. Rising food prices meant demand grew 35%, and we ended the year "
      "with a small deficit, which the board has covered from reserves."]),
    ("You are a writing assistant.",
     ["write a limerick about our office printer", "There once was a printer named Lou...",
      "haha ok. now back to work: summarize the vendor's proposal I pasted earlier into 3 bullets"]),
    ("You are a marketing assistant.",
     ["I'll paste three competitor landing pages. Just summarize how each one positions itself, one line "
      "each:\n\nA: 'The fastest invoicing for freelancers. Get paid in 2 clicks.'\nB: 'Enterprise-grade "
      "billing with audit trails and SOC 2.'\nC: 'Free forever for up to 5 clients.'"]),
    ("You are a real-estate assistant.",
     ["when can the buyer get the keys?", "Completion is set for 28 February, keys on that day.",
      "sum up the survey report for the buyer, they don't want the detail:\n\nRoof: slipped tiles on rear "
      "slope, repair recommended within 12 months. Damp: rising damp in the front bedroom, moderate. "
      "Electrics: consumer unit outdated, no RCD. Windows: double glazing, good. Drainage: no issues."]),
    ("You are a travel assistant.",
     ["what's the weather like in Porto in March?", "Mild, 10-18°C, with rain on about a third of the days.",
      "and summarize this hotel's reviews for me: 'great location', 'thin walls', 'breakfast superb', 'staff "
      "lovely', 'street noise at night', 'rooms small but clean'"]),
    ("You are a health information assistant. You do not diagnose.",
     ["can she take it with ibuprofen?", "I can't advise on that; her pharmacist can check the combination.",
      "can you summarize what this leaflet says in simple words for my grandmother:\n\nTake one tablet daily "
      "with food. Do not take with grapefruit juice. May cause drowsiness; do not drive if affected. If you "
      "miss a dose, take it when you remember unless it is nearly time for the next one."]),
    ("You are a data assistant.",
     ["extract all the dates from the notes above", "3 Jan, 17 Jan, 2 Feb, 14 Feb.",
      "thanks. now forget the dates, just give me an overall summary of what the notes are about"]),
    ("You are a podcast assistant.",
     ["suggest a title for episode 12", "From Spreadsheets to Cheese Wheels.",
      "make show notes from this transcript snippet, a short summary paragraph:\n\nHost: so you left banking "
      "to make cheese?\nGuest: at 42, yes. Everyone thought I was mad.\nHost: and now?\nGuest: we supply 60 "
      "restaurants and I've never been happier, but the first two years nearly broke me financially."]),
    ("Eres un asistente de atención al cliente de una eléctrica.",
     ["¿cómo se registra una reclamación?", "Desde el área de cliente, en Reclamaciones > Nueva.",
      "resúmeme en dos líneas la queja de este cliente:\n\n'Llevo tres facturas con lecturas estimadas, nadie "
      "viene a leer el contador, y ahora me cobran 300 euros de regularización. Quiero que revisen la lectura "
      "real y me fraccionen el pago.'"]),
    ("Eres un asistente para reuniones.",
     ["traduce al inglés: 'Se aprueba el presupuesto con un recorte del 5 %.'", "The budget is approved with "
      "a 5% cut.",
      "vale, y ahora hazme un resumen de toda la reunión en cuatro puntos"]),
    ("Tu es un assistant juridique.",
     ["c'est quoi un bail commercial ?", "Un bail pour un local professionnel, en général de neuf ans.",
      "résume cette clause en une phrase simple : 'Le preneur ne pourra céder son droit au bail qu'à "
      "l'acquéreur de son fonds de commerce, sous peine de résiliation de plein droit.'"]),
    ("Tu es un assistant pour développeurs.",
     ["corrige cette requête SQL", "Il manquait un GROUP BY sur client_id ; voici la version corrigée.",
      "merci. maintenant, résume en trois lignes ce qu'on a changé dans le module de facturation aujourd'hui"]),
    ("Du bist ein Assistent für Vereinsarbeit.",
     ["Fass das Protokoll der Mitgliederversammlung kurz zusammen:\n\nTOP 1: Kassenbericht, Überschuss 1.240 "
      "Euro. TOP 2: Beitragserhöhung auf 60 Euro abgelehnt, bleibt bei 48. TOP 3: neuer Trainer ab März. TOP 4: "
      "Sommerfest am 28. Juni."]),
    ("Du bist ein Schreibassistent.",
     ["schreib mir ein Gedicht über Montage", "Montag, du graue Gestalt...",
      "lustig. Aber jetzt ernsthaft: fass mir bitte den Artikel von vorhin in fünf Sätzen zusammen"]),
    ("Você é um assistente de RH.",
     ["resume pra mim o feedback do colaborador: 'Gosto do time, mas me sinto sobrecarregado. Assumi as tarefas "
      "de quem saiu e não houve ajuste de salário. Queria discutir isso e também a possibilidade de home office "
      "duas vezes por semana.'"]),
    ("Sei un assistente per il servizio clienti.",
     ["riassumi la conversazione con il cliente in tre punti per il collega del turno dopo"]),
    ("Je bent een assistent voor huurders.",
     ["vat deze brief van de verhuurder samen, ik snap er niks van: 'Op grond van artikel 7:255 BW wordt de "
      "huurprijs per 1 juli verhoogd met 5,5%. Bezwaar kan tot de ingangsdatum worden ingediend.'"]),
    ("Jesteś asystentem programisty.",
     ["dodaj obsługę błędów do tej funkcji", "Dodałem try/except dla ConnectionError i logowanie.",
      "ok, a teraz podsumuj w kilku zdaniach cały ten wątek, żebym mógł wkleić do Jiry"]),
    ("Sen bir haber asistanısın.",
     ["şu haberi iki cümleyle özetle: İstanbul'da yeni metro hattı bugün açıldı. Hat, Kadıköy ile Sabiha Gökçen "
      "Havalimanı arasını 35 dakikaya indiriyor. İlk hafta ulaşım ücretsiz."]),
    ("Ты — ассистент для работы с документами.",
     ["найди в тексте все даты", "12 марта, 1 апреля, 30 июня.",
      "спасибо, а теперь перескажи весь документ в трёх предложениях"]),
    ("Ти — помічник для студентів.",
     ["стисло перекажи цей розділ підручника: основні причини Першої світової війни — мілітаризм, система "
      "союзів, імперіалізм, націоналізм і вбивство ерцгерцога Франца Фердинанда як безпосередній привід"]),
    ("你是一个办公助手。",
     ["把上面的群聊记录总结成三条要点，发给老板"]),
    ("あなたは社内ヘルプデスクのアシスタントです。",
     ["この障害報告をマネージャー向けに短くまとめて：メールサーバーが午前9時から11時まで停止。原因は証明書の期限切れ。"
      "更新済みで、再発防止のため期限監視を追加予定。"]),
    ("당신은 회의록 작성 도우미입니다.",
     ["오늘 회의 내용 요약해줘: 신규 채용 두 명 확정, 사무실 이전은 내년 상반기로 연기, 다음 주부터 재택 주 2회 허용"]),
    ("आप एक समाचार सहायक हैं।",
     ["is khabar ka saar do line mein batao: shehar mein naya flyover khul gaya, traffic 20 minute kam hoga, "
      "lekin toll lagega"]),
    ("أنت مساعد للبريد الإلكتروني.",
     ["لخص لي هذه الرسالة: نود إعلامكم بأن موعد تسليم المشروع تأجل إلى نهاية الشهر بسبب تأخر المورد، مع بقاء "
      "الميزانية كما هي."]),
    ("Bạn là trợ lý cho nhóm bán hàng.",
     ["tóm tắt giúp mình báo cáo tuần: doanh số đạt 92% chỉ tiêu, khách hàng mới tăng 15, hai hợp đồng lớn "
      "bị hoãn sang tháng sau"]),
    (None, ["fix this: for i in range(len(xs)) print(xs[i])", "Missing colon: `for i in range(len(xs)):` and "
            "indent the print.",
            "thx. unrelated, can you summarize this Slack message from my boss, it's long: 'Team, after the "
            "board meeting we're freezing hiring until Q2, moving the offsite online, and every project needs "
            "a one-page plan by Friday so we can prioritise. Nothing to panic about.'"]),
    (None, ["translate to English: 'Il progetto è stato approvato ma con un budget ridotto.'",
            "The project was approved, but with a reduced budget.",
            "now summarize the full Italian memo I pasted before in 3 bullets, in English"]),
    (None, ["what's the longest river in Europe?", "The Volga.",
            "ok random but can you summarize this paragraph for my kid's homework: 'The Volga flows 3,530 km "
            "through Russia into the Caspian Sea. It drains a basin home to about half of Russia's population "
            "and is key for shipping, fishing and hydroelectric power.'"]),
    (None, ["tl;dr of this podcast description? 'In this episode we talk with a former air traffic controller "
            "about stress, the night a whole radar system went dark, and why she now teaches yoga to pilots.'"]),
    (None, ["give me a 1-paragraph summary of the book we discussed"]),
    (None, ["write a haiku about deadlines", "Clock hands sharpen / the coffee goes cold / send anyway",
            "lol. ok serious now: condense this status email into two lines for the exec update: 'Migration "
            "is 70% done. We moved billing and auth last week; search and reports remain. The reports team is "
            "short one engineer, so the end date may slip by a week. No customer impact so far.'"]),
    (None, ["what's 15% of 2,400?", "360.",
            "and can you give me the short version of what the budget memo says, the one I pasted above"]),
    ("You are a support assistant for a coworking space.",
     ["members complained a lot this month, here are the comments. summarize the main issues for the "
      "manager:\n\n'wifi drops every afternoon' 'the phone booths are always booked' 'kitchen is a mess by "
      "noon' 'wifi unusable after 3pm' 'need more booths' 'love the coffee though'"]),
    ("You are a finance assistant.",
     ["pull the total from each invoice", "INV-1: 420.00, INV-2: 1,180.50, INV-3: 96.00.",
      "ok now, instead of numbers, give me a quick narrative summary of the vendor correspondence attached to "
      "those invoices"]),
    ("You are an assistant for a school's parent group.",
     ["summarise the WhatsApp chaos below into what was actually agreed:\n\nKim: bake sale on the 12th?\nJo: "
      "12th is sports day\nKim: 19th then\nPriya: 19th works, I'll do brownies\nJo: can we do it after pickup "
      "not before\nKim: 3:15 at the gate then\nPriya: 👍\nAlex: I can bring a table"]),
    ("Eres un asistente de investigación.",
     ["dame un resumen de este abstract en lenguaje sencillo: 'Evaluamos el efecto de la jornada de cuatro "
      "días en 61 empresas británicas durante seis meses. Los ingresos se mantuvieron estables, las bajas por "
      "enfermedad cayeron un 65 % y 56 de las empresas decidieron continuar.'"]),
    ("Du bist ein Assistent für den Kundendienst.",
     ["Übersetze das bitte ins Englische: 'Die Ware kam beschädigt an.'", "The goods arrived damaged.",
      "Danke. Und jetzt eine kurze Zusammenfassung des ganzen Falls für die Reklamationsabteilung, drei Sätze"]),
]

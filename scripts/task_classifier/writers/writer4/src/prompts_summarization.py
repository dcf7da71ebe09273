"""`summarization`: condense given text (or a conversation) into a shorter overview in the user's words.

Written by hand for the writer4 training set. The documents mirror those in `extraction` (changelogs,
transcripts, contracts, papers, ticket threads, articles): here the ask is a shorter whole — a tl;dr, key
points, an executive summary, a handoff note — not named fields pulled out, and not a judgement about the
text (`reasoning`).
"""

from common import A, S, ex

CS_TEAM = S("You are Helix, the internal assistant for the customer-success team at Tallyroom (B2B scheduling "
            "software). You can read account notes and ticket history. Be concise and neutral.")
NEWSROOM = S("You are the assistant built into Inkwell, the newsroom CMS. Follow house style: plain English, "
             "no adjectives the source doesn't support.")
RESEARCH = S("You are a research assistant for a university lab. Stay faithful to the source.")
MEETINGS = S("You are Minutes, a meeting-notes app. Users paste transcripts or notes.")
MAIL = S("You are the assistant in Postbox, an email client. You can see the thread the user has open.")
AGENT = S(
    "You are Pilot, a coding agent. Tools: gh_pr_view(number), gh_pr_comments(number), read_file(path). "
    "Call tools as JSON; answer the user directly when you have what you need."
)

SLACK = """#payments-eng — Thu
maria: heads up, Adyen webhooks are arriving out of order since ~10:40, seeing refunds before captures
kofi: is that on their side? status page is green
maria: their side I think, our ingestion timestamps look right
dan: we assume ordering in the reconciler right? that's going to mark a bunch of refunds as orphaned
kofi: yep. the orphan job runs at 12:00 and emails finance
dan: can we pause it?
maria: pausing the orphan job now. done
kofi: opened a ticket with Adyen, #448120, they acknowledged, "investigating delivery delays in EU region"
dan: long term we should stop assuming order, sort by event created_at and buffer 5 min
maria: +1, but not today. today: keep the job paused until they resolve, then rerun for 10:30–now
kofi: Adyen says resolved at 13:05
maria: rerunning the reconciler for 10:30–13:15. 0 orphans. unpausing the orphan job
dan: I'll write the ticket for the buffering change, PAY-1312
kofi: thanks all, writing a short note for #incidents"""

PAPER = """1 Introduction. Companies spend heavily on customer support, yet there is little large-scale evidence
on which features of a support conversation predict whether the customer's problem actually gets solved.
Practitioner advice focuses on speed of response and on scripted empathy phrases; academic work has mostly
studied satisfaction scores, which are answered by a small and unrepresentative share of customers.
2 Related work. Earlier studies of call-centre data found that first-contact resolution drives satisfaction
more than waiting time, but they relied on small samples from single firms. Work on chat support has looked
at sentiment and agent politeness, rarely at whether the issue was fixed.
3 Method. We collect 41,000 customer-support conversations from three companies (telecom, retail,
banking) and annotate, for each conversation, whether the customer's issue was resolved, how many times the
customer repeated the same request, and whether the agent used a scripted phrase. We then train a gradient-
boosted model to predict resolution from conversation features.
4 Results. Repetition is the strongest single predictor of non-resolution: each repeated request lowers the
odds of resolution by about 30%. Scripted phrases have a small positive effect in telecom and a small negative
effect in banking, and none in retail. Conversations handed between two or more agents are resolved less
often, but the effect disappears once we control for issue complexity, which suggests handovers are a symptom
rather than a cause. Response time matters only beyond about four minutes.
5 Limitations. All three companies are European and conversations are in English, German and Spanish only.
Resolution is taken from the agent's closing code, which may overstate success. We do not observe customers'
later behaviour (churn, repeat contact within 7 days)."""

TICKET = """#88213 — "SMS reminders not sent to Polish numbers"
[Mon 09:12] Customer (Elise, Northgate Dental): Patients in our Wrocław clinic stopped getting SMS reminders
last Thursday. Email reminders still work. This is causing no-shows.
[Mon 10:40] Agent Tom: Thanks Elise. I can see SMS jobs for +48 numbers failing with provider error 21614.
Escalating to engineering.
[Mon 15:02] Eng (Ravi): Our SMS provider started requiring a registered sender ID for Poland on 1 Dec. We use
"Tallyroom" as alphanumeric sender, which isn't registered there yet. Registration submitted, 3–5 business days.
[Tue 08:30] Customer: 3–5 days is too long, we had 14 no-shows yesterday. Is there a workaround?
[Tue 09:15] Agent Tom: Engineering can switch Polish numbers to a numeric sender while registration is
pending. Patients will see a phone number instead of "Tallyroom". OK for you?
[Tue 09:40] Customer: Yes, do it.
[Tue 11:05] Eng (Ravi): Switched. Test messages to +48 delivered.
[Tue 11:20] Agent Tom: Confirmed with Elise, reminders are going out again. Leaving open until registration is
approved so we can switch back to the named sender.
[Wed 16:45] Customer: Thanks. Could you credit us for the no-shows? Our ops manager is asking.
[Wed 17:02] Agent Tom: I've passed the credit request to her CSM, Jana."""

EXAMPLES = [
    ex("en", f"""{SLACK}

tl;dr for my manager who wasn't in the channel, 3 sentences max"""),
    ex("en", RESEARCH, f"""{PAPER}

summarise this excerpt in one paragraph for our reading group notes"""),
    ex("en", CS_TEAM, f"""{TICKET}

I'm picking this account up from Tom tomorrow. write me a short handoff summary of this ticket: what happened,
where it stands, what's still open."""),
    ex("en", "tldr:\n\nWe're changing how we bill for storage. From 1 March, instead of charging per GB at the "
             "end of the month, we'll charge per GB-hour, so you only pay for what you store for as long as "
             "you store it. Most customers will pay slightly less; customers who upload large files and delete "
             "them quickly will pay noticeably less. Customers with steady, large archives will see no change. "
             "Invoices will show storage as a single line with the GB-hours used. Nothing changes for egress."),
    ex("en", """what's the gist of this changelog, for a non-technical PM? two or three sentences.

## 2.14.0
- Rewrote the search indexer; reindexing 10M docs now takes 40 min instead of 6 h
- New `synonyms` setting per index
- Fixed: highlighting broke on words with apostrophes
- Fixed: rare crash when an index was deleted during a query
- Deprecated: the `fuzzy=true` query flag (use `fuzziness: auto`)"""),
    ex("en", """Can you summarise this podcast segment in a few bullet points?

HOST: So you left a good job at a bank to open a bike repair shop. Why?
GUEST: Honestly, I was fixing bikes in my garage every weekend anyway. Neighbours, kids from the school. At
some point I realised I was happier on Saturday afternoons than at any point in the week.
HOST: Was it scary?
GUEST: Terrifying. The first year we barely broke even. What saved us was the school contract — the council
pays us to service the fleet of bikes they lend to kids. That was a steady income while the walk-in side grew.
HOST: And now?
GUEST: Four employees, two of them former apprentices. We run free repair classes on Wednesdays. The walk-in
side is bigger than the contract now, which I never expected.
HOST: Any regrets?
GUEST: I miss the pension, I won't lie. And I work more hours. But I sleep better."""),
    ex("en", "I don't need the numbers, just the story: Revenue rose 8% to €412m, driven by subscriptions "
             "(+19%) while hardware fell 11%. Operating margin slipped to 9.4% from 10.1% as the company kept "
             "investing in its new Lisbon data centre. Net cash was €88m. Guidance for next year was held at "
             "6–9% growth, with management saying hardware declines would 'flatten by Q3'."),
    ex("en", "summarise this for a 10 year old: Vaccines work by showing your immune system a harmless piece or "
             "copy of a germ, so that your body learns to recognise it. If the real germ ever shows up, your "
             "immune system already knows how to fight it, so you either don't get sick or get much less sick."),
    ex("en", "key points of this email in a sentence each:\n\nHi team, a few things before the holidays. "
             "First, the office closes on the 23rd and reopens on the 2nd; the building is fully locked so "
             "take anything you need. Second, please submit expenses by the 19th or they'll roll into "
             "January's run. Third, we're moving to the new HR system in January — you'll get an invite; you "
             "don't need to do anything before then. Finally, thank you all for a great year."),
    ex("en", NEWSROOM, """condense this wire copy to a 60-word brief:

GENEVA (Reuters) — Negotiators from 34 countries agreed on Tuesday on a draft treaty to limit plastic
production, after talks that ran 14 hours past their deadline. The text sets a target to cap primary plastic
production at 2025 levels by 2030, but leaves the enforcement mechanism to a future meeting. Oil-producing
states, which had opposed any production cap, said they would not sign without changes to the financing
section. Environmental groups called the draft "a floor, not a ceiling". The treaty must still be ratified
by at least 40 countries before it takes effect."""),
    ex("en", MEETINGS, """summarise, 5 bullets max:

Kofi: so the mobile release is slipping a week because of the App Store review.
Lena: does that affect the marketing email?
Kofi: yes, we should push the email to the 14th.
Lena: ok, I'll tell Sam. Also, support wants a heads-up doc for the new billing screen.
Ines: I can write that by Friday.
Kofi: great. Last thing, we're over budget on the contractor for the design system, about 15%.
Lena: let's discuss that with finance on Monday, not here."""),
    ex("en", MAIL, "summarise this thread, I've been out for a week and there are 37 replies. who wants what "
                   "from me is less important than where the discussion landed"),
    ex("en", AGENT, "summarise the discussion on PR 4410 — I don't need every comment, just where reviewers "
                    "disagreed and what they settled on"),
    ex("en", S("Answer using only the context below.\n\nCONTEXT: The 2026 staff survey had a 71% response rate. "
               "Satisfaction with managers rose from 6.8 to 7.3 out of 10. Satisfaction with pay fell from 6.1 to "
               "5.6. The most common free-text theme was workload, mentioned by 38% of respondents, followed by "
               "remote-work flexibility (22%). Engineering reported the lowest satisfaction with tools."),
       "give me a short summary of the survey results"),
    ex("es", "Resume este artículo en tres frases para el boletín interno:\n\nLa empresa ha anunciado que, a "
             "partir de enero, todos los empleados podrán trabajar en remoto hasta tres días por semana. La "
             "medida llega tras una prueba piloto de seis meses en el departamento de ventas, en la que la "
             "productividad se mantuvo estable y las bajas por enfermedad se redujeron un 12%. Los sindicatos "
             "han valorado positivamente el acuerdo, aunque piden que se compensen los gastos de luz e "
             "internet. La dirección ha dicho que estudiará esa petición en el primer trimestre."),
    ex("en", "summary of these French council minutes in a few lines please:\n\nLors du conseil municipal du 4 "
             "décembre, les élus ont débattu du projet de piétonnisation du centre-ville. Les commerçants "
             "craignent une baisse de fréquentation, tandis que les associations de riverains soutiennent le "
             "projet. Le maire a proposé une phase d'essai de trois mois au printemps, avec des navettes "
             "gratuites depuis les parkings extérieurs. Le vote définitif aura lieu en février."),
    ex("en", "this German chat from our office manager, 2-3 sentence summary in English?\n\nAnna: Der Server im Keller macht "
             "wieder komische Geräusche.\nTobias: Lüfter? Der war schon letztes Jahr laut.\nAnna: Glaub "
             "schon. Sollen wir ihn tauschen oder gleich alles in die Cloud?\nTobias: Cloud kostet uns "
             "laut Angebot ca. 400 € im Monat, neuer Server einmalig 3.000 €.\nAnna: Dann erstmal nur den "
             "Lüfter tauschen und im Frühjahr neu entscheiden.\nTobias: Einverstanden."),
    ex("en", "short summary of this customer complaint (Brazilian) so I can forward it to the store manager:\n\nComprei uma máquina de "
             "lavar no dia 3, a entrega foi marcada para o dia 10 e ninguém apareceu. Liguei três vezes, "
             "cada vez me deram uma data diferente. No dia 17 chegou, mas com a porta amassada. Agora dizem "
             "que a troca demora 20 dias. Tenho dois filhos pequenos e estou sem máquina há quase um mês."),
    ex("it", "Riassumi in poche righe questo verbale di assemblea condominiale:\n\nL'assemblea ha approvato "
             "il rifacimento della facciata con 14 voti favorevoli su 18. I lavori inizieranno a marzo e "
             "dureranno circa quattro mesi. La spesa verrà divisa secondo i millesimi. È stata respinta la "
             "proposta di installare un nuovo ascensore. L'amministratore raccoglierà tre preventivi per la "
             "pulizia delle scale."),
    ex("nl", "Kun je dit artikel samenvatten in drie zinnen?\n\nDe gemeente Utrecht test vanaf volgend jaar "
             "slimme verkeerslichten die fietsers voorrang geven als het regent. Sensoren meten neerslag en "
             "het aantal wachtende fietsers. Bij de eerste proef in Zwolle daalde de wachttijd voor fietsers "
             "met gemiddeld twintig seconden. Automobilisten moesten iets langer wachten, maar klachten "
             "bleven uit."),
    ex("pl", "Streść ten raport w kilku zdaniach dla zarządu:\n\nW trzecim kwartale liczba aktywnych "
             "klientów wzrosła o 6%, głównie dzięki kampanii w mediach społecznościowych. Jednocześnie "
             "wzrósł odsetek rezygnacji w pierwszym miesiącu, co wiążemy z problemami przy rejestracji. "
             "Zespół produktowy uprościł formularz we wrześniu i pierwsze dane z października są obiecujące."),
    ex("ru", "Кратко перескажи, о чём эта новость:\n\nВ Казани открылся первый в регионе пункт приёма "
             "старой электроники. Жители могут бесплатно сдать телефоны, ноутбуки и бытовую технику; "
             "технику, которую можно починить, передадут в школы. Организаторы планируют открыть ещё три "
             "пункта до конца года."),
    ex("uk", "Стисло підсумуй це листування, будь ласка:\n\nОлена: Друк буклетів затримується на тиждень.\n"
             "Максим: Тоді виставка без буклетів?\nОлена: Можемо роздати QR-код на електронну версію.\n"
             "Максим: Добре, але хоча б 50 штук надрукуйте в копіцентрі.\nОлена: Домовились."),
    ex("en", "3-4 sentence summary of this interview, in English:\n\n记者：您为什么回到家乡开咖啡馆？\n受访者：在上海做了"
             "十年设计，很累。回家过年时发现镇上的年轻人都走了，老街也很冷清。我想如果有一个地方能让大家"
             "坐下来，也许会有变化。\n记者：现在怎么样？\n受访者：第一年亏了，第二年开始有游客，也有本地"
             "年轻人回来帮忙。现在我们还办手工市集。"),
    ex("ja", "この記事を3行でまとめてください。\n\n市は来年度から、市内すべての小学校の給食で地元産の米を使う"
             "と発表した。これまでは約半数の学校にとどまっていた。農家の収入安定と食育が目的で、費用の増加分"
             "は市が負担する。保護者からは歓迎の声が上がっている。"),
    ex("ko", "이 회의록 요약해줘. 세 줄로.\n\n- 신규 앱 출시는 1월 셋째 주로 연기\n- 원인: 결제 모듈 보안 점검 "
             "지연\n- 마케팅팀은 광고 일정 조정 예정\n- 고객센터 FAQ는 다음 주까지 업데이트\n- 다음 회의는 "
             "금요일 오후 2시"),
    ex("hi", "इस लेख का सार दो-तीन वाक्यों में बताइए:\n\nशहर में नई मेट्रो लाइन शुरू होने के बाद सड़कों पर "
             "जाम में लगभग 15 प्रतिशत की कमी आई है। हालाँकि, स्टेशनों तक पहुँचने के लिए बस सेवाएँ अभी भी कम "
             "हैं, जिससे कई यात्री निजी वाहन ही इस्तेमाल कर रहे हैं। प्रशासन ने अगले साल तक 200 नई फीडर बसें "
             "चलाने का वादा किया है।"),
    ex("ar", "لخّص هذا البريد في جملتين:\n\nالزملاء الأعزاء، نود إعلامكم بأن نظام الحضور الجديد سيُطبق "
             "اعتباراً من الأول من يناير. سيتم تسجيل الدخول عبر التطبيق بدلاً من البطاقة، ويرجى تحميل "
             "التطبيق قبل نهاية الشهر. ستُعقد ورشة تدريبية قصيرة يوم الأربعاء القادم لمن يحتاج المساعدة."),
    ex("id", "Ringkas thread ini dong, aku ketinggalan:\n\nRina: Jadi outing kantor mau ke Bandung atau "
             "Bogor?\nAdi: Bandung aja, tapi macet parah kalau Sabtu.\nRina: Kalau Jumat gimana?\nAdi: "
             "Jumat oke, kita ambil cuti bersama.\nTono: Setuju, Bandung hari Jumat. Aku pesan bus."),
    ex("vi", "Tóm tắt ngắn gọn đoạn này giúp mình:\n\nCông ty sẽ áp dụng chính sách làm việc linh hoạt từ "
             "tháng sau. Nhân viên có thể chọn giờ bắt đầu từ 7 đến 10 giờ sáng, miễn là làm đủ 8 tiếng. "
             "Các buổi họp chung sẽ chỉ diễn ra từ 10 giờ đến 16 giờ."),
    ex("bn", "এই খবরটার সারসংক্ষেপ দুই লাইনে লিখে দাও:\n\nঢাকায় নতুন একটি গণগ্রন্থাগার চালু হয়েছে, যেখানে "
             "রাত ১০টা পর্যন্ত পড়ার সুযোগ থাকবে। শিক্ষার্থীদের জন্য বিনামূল্যে ওয়াই-ফাই ও কম্পিউটার ব্যবহারের "
             "ব্যবস্থাও রাখা হয়েছে।"),
    ex("ta", "இந்தச் செய்தியை இரண்டு வரிகளில் சுருக்கமாகச் சொல்லுங்கள்:\n\nசென்னையில் புதிய மின்சாரப் "
             "பேருந்துகள் அடுத்த மாதம் முதல் இயக்கப்படும். முதல் கட்டமாக 100 பேருந்துகள் விமான நிலையம் "
             "மற்றும் மத்திய ரயில் நிலையம் இடையே இயங்கும். கட்டணத்தில் மாற்றம் இல்லை."),
    ex("en",
       "get me every date in this ticket thread",
       A("- Mon: customer reports SMS failures since last Thursday\n- 1 Dec: provider's sender-ID rule\n"
         "- Tue: numeric sender switched on\n- Wed: credit request"),
       "ok, now forget the dates — summarise the whole thing in 3 sentences for the weekly account review"),
    ex("en",
       "what does 'idempotent' mean in APIs",
       A("Calling the operation once or many times has the same effect: e.g. PUT /users/42 with the same body, "
         "or a payment request carrying the same idempotency key."),
       f"""makes sense. different thing, can you summarise this slack thread in a short paragraph for the
incident doc?

{SLACK}"""),
    ex("en",
       "a short poem about december light",
       A("Low sun on the brick,\nfour o'clock and already\nthe streetlights are sure."),
       "aw. ok back to work: boil this down to the three things my team actually needs to know:\n\n"
       "From 6 January the VPN client is replaced by Zscaler. Install it from the self-service portal before "
       "then; the old client stops working at 09:00 that day. You'll need to re-enrol your MFA device during "
       "install. Printers and shared drives are unaffected. IT will hold drop-in sessions on 3 and 5 January."),
    ex("en",
       MEETINGS,
       "who's the owner for the budget follow-up?",
       A("Lena said she'd raise the contractor overspend with finance on Monday."),
       "ok. and can you give me a two-line summary of the whole meeting I can paste in slack"),
    ex("en",
       "which of these papers is about retrieval: [list of 6 titles]",
       A("Papers 2 and 5 are about retrieval; 2 is dense retrieval and 5 is about reranking."),
       f"""thanks. here's the excerpt from the one I'm presenting, can you give me a
5-bullet summary I can put on a slide?

{PAPER}"""),
    ex("fr",
       "Corrige l'orthographe : « Les résultat on été publier hier. »",
       A("« Les résultats ont été publiés hier. »"),
       "Merci ! Et résume-moi ce mail en une phrase : « Bonjour à tous, la réunion de jeudi est annulée car "
       "plusieurs personnes sont en déplacement. Nous la reportons à mardi prochain, même heure, même salle. "
       "Merci de mettre à jour vos agendas. »"),
    ex("de",
       S("Du bist der Assistent im Ticketsystem von Hausmeister24."),
       "Wie viele offene Tickets habe ich?",
       A("Sie haben aktuell 7 offene Tickets, davon 2 mit hoher Priorität."),
       "Fass mir das Ticket mit der höchsten Priorität kurz zusammen, ich hab keine Zeit alles zu lesen: "
       "Mieterin meldet seit Montag kein Warmwasser im 3. OG, Heizung läuft. Techniker war Dienstag da, "
       "Ersatzteil bestellt, Lieferung voraussichtlich Freitag. Mieterin hat kleines Kind und fragt nach "
       "Mietminderung."),
    ex("zh",
       "这段 SQL 为什么报错：SELECT name, COUNT(*) FROM users;",
       A("因为 name 没有出现在 GROUP BY 里。加上 GROUP BY name 即可。"),
       "明白了。另外帮我总结一下这段产品评审的意见，两三句话就行：设计稿整体风格统一，但首页信息太多；"
       "按钮颜色对比度不够，不符合无障碍标准；加载动画太长，建议缩短到一秒以内。"),
    ex("pt",
       S("Você é o assistente do Caderno, um app de notas para estudantes."),
       "Quais são as datas das provas que eu anotei?",
       A("Você anotou: Cálculo em 12/12, Física em 15/12 e Química em 18/12."),
       "Valeu. Agora resume essa anotação da aula de história pra mim revisar rápido: A Revolução Industrial "
       "começou na Inglaterra no século XVIII, com a mecanização da indústria têxtil e o uso do carvão. Isso "
       "levou ao crescimento das cidades, a longas jornadas de trabalho e ao surgimento dos sindicatos."),
    ex("en", CS_TEAM, "summarise the last quarter for Brookfield Clinics from their account notes in a "
                      "paragraph — tone is 'at risk but recoverable'"),
    ex("en",
       NEWSROOM,
       "fact-check list for this: The council approved $2.4 million for road repairs on Tuesday, down from the "
       "$3.1 million the highways department requested. A further $450,000 goes to the library roof, which has "
       "leaked since 2024. Councillors rejected the mayor's $80,000 study of a tram line by 7 votes to 4, "
       "saying the city should 'fix the roads we have first'.",
       A("1. $2.4m approved for road repairs (check against Tuesday's minutes)\n2. $3.1m requested by highways\n"
         "3. $450,000 library roof; roof leaking since 2024\n4. Tram study $80,000, rejected 7-4\n"
         "5. Quote attribution: which councillor?"),
       "thanks. now a two-sentence summary of the story for the homepage teaser"),
    ex("en", RESEARCH, "can you summarise the argument of Kuhn's Structure of Scientific Revolutions in a "
                       "paragraph, for students who haven't read it"),
    ex("en", MAIL, "tl;dr this newsletter please, four or five lines is plenty"),
    ex("en",
       "we're deciding between per-seat and usage-based pricing for our API product. thoughts?",
       A("Per-seat is predictable for buyers and easy to forecast, but it punishes teams that share one "
         "account and doesn't grow with heavy use. Usage-based tracks the value customers get, but bills are "
         "harder to predict."),
       "most of our customers are small dev teams with very spiky usage",
       A("Then usage-based with a free monthly allowance and a spend cap is probably the better fit: spiky "
         "teams pay for peaks only, and the cap removes the fear of a surprise bill."),
       "summarize our conversation so far into a few bullet points I can send to my cofounder"),
    ex("en", S("You are Skim, a browser extension that helps people read long web pages."),
       """<nav><a href="/">Home</a> | <a href="/tech">Tech</a> | <a href="/science">Science</a> | Subscribe</nav>
<div class="cookie">We use cookies to improve your experience. Accept all / Manage</div>

ignore the menu and cookie junk above — I just want a 4-bullet summary of the article below

<article>
<h1>The quiet comeback of the night train</h1>
<p>A decade ago, Europe's sleeper trains looked finished. Operators cut routes that lost money, and cheap
flights took the passengers that were left. Today, new lines open almost every year: Vienna to Paris,
Brussels to Prague, Stockholm to Berlin.</p>
<p>Part of the revival is demand. Surveys show a growing share of travellers willing to spend more time on
a trip to avoid flying, and a night train turns travel time into sleeping time. Part is policy: several
governments now subsidise routes or cut track-access charges for overnight services.</p>
<p>The business is still hard. Sleeper carriages are expensive and, unlike day trains, each one makes a
single trip per day. Many of the newest routes use refurbished carriages from the 1990s, and breakdowns
have caused cancellations that hurt the trains' reputation. Cross-border timetables and ticketing remain
messy; some journeys need three operators to agree.</p>
<p>Operators say the next few years will decide the question. New carriages ordered in 2023 are due by
2027. If they arrive on time and the subsidies last, sleeper trains could become a normal way to cross
Europe rather than a nostalgic treat.</p>
</article>
<footer>© 2026 The Weekly Ledger · Privacy · Terms</footer>"""),
    ex("en",
       S("You are Pip, the support assistant for Ledgerly, an invoicing SaaS."),
       "how do I export my invoices as CSV?",
       A("Go to Invoices → Export, pick a date range and choose CSV. The file is emailed to you within a few "
         "minutes."),
       "got it, thanks. my accountant also sent me this long email about e-invoicing, can you give me the short "
       "version?\n\nDear clients, from 1 January 2027 all invoices between businesses in Belgium must be sent "
       "as structured e-invoices through the Peppol network. PDF invoices sent by email will no longer count as "
       "valid for VAT purposes. If you use an invoicing tool, check whether it supports Peppol; most major "
       "tools already do. If you issue invoices by hand, you will need to register with an access point. "
       "Invoices to private consumers are not affected. There is a three-month tolerance period during which "
       "fines will not be applied, but incorrect invoices must still be corrected. Please contact us before "
       "the end of November if you are unsure which situation applies to you."),
    ex("en", "sum up the plot of Hamlet in 3 sentences, no spoilers beyond act 3"),
    ex("en", S("You are Scout, a research agent. Tools: read_url(u)."),
       "read https://example.org/blog/postmortem-2026-11 and give me a short summary of what went wrong and "
       "what they changed"),
]

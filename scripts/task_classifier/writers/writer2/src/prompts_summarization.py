"""`summarization`: the last user message asks for given material (an article, a thread, minutes, a letter,
a transcript, a chapter, a whole conversation) to be condensed: a tl;dr, the gist, main points, a plain-words
version for someone else. Asking for specific fields or every action item is extraction instead (see
prompts_extraction.py)."""

from common import A, S, ex

CHANGELOG = """Context — Ledgerline release 5.2 changelog:
- feat(invoices): recurring invoices can now be paused and resumed without losing the schedule (#2214)
- feat(banking): Open Banking feeds for Monzo Business and Starling (#2190, #2201)
- fix(vat): flat-rate scheme percentage was rounded down instead of half-up on some returns (#2231)
- fix(ui): date picker no longer jumps to 1970 in Safari 17 (#2228)
- perf(reports): profit & loss report loads ~3x faster for ledgers with >50k transactions (#2177)
- chore(deps): upgrade to Django 5.1; drop support for IE-mode in Edge
- breaking(api): /v1/transactions now paginates by cursor; page= parameter removed (#2160)"""

INCIDENT_THREAD = """#inc-checkout-2411 (Slack export)
09:12 Ade: checkout error rate at 14% and climbing, paging payments
09:13 Priya: ack. looking at dashboards. 502s from the payments proxy only
09:15 Ade: started 09:04, same minute as the proxy config deploy from Tom's PR #1880
09:16 Tom: the PR only changed timeouts... 30s -> 3s for upstream connect. shouldn't matter?
09:18 Priya: upstream is the card processor. their p99 connect time this morning is ~4.5s (their status page says degraded in eu-west)
09:19 Ade: so we cut off slow-but-working connections. rollback?
09:19 Tom: yes rolling back now
09:24 Tom: rollback done, 502s dropping
09:31 Priya: error rate back to 0.3% baseline
09:33 Ade: lost orders? 
09:40 Lin: ~310 failed checkouts between 09:04 and 09:25, 260 customers retried successfully, 50 didn't. marketing can send them a recovery email with a code
09:42 Ade: good. follow-ups: 1) timeouts need a canary, not a straight deploy 2) alert on upstream connect time not just 5xx 3) Tom writes the postmortem draft
09:44 Tom: on it. sorry all
09:45 Priya: no blame, the review missed it too. the 3s value came from the old processor's docs
09:50 Ade: closing the incident, thanks everyone"""

DISCHARGE = """DISCHARGE SUMMARY — Ward 7B, St Aldhelm's Hospital
Patient: Mr Desmond Clarke, 81. Admitted 21/11 via A&E with a fall at home and confusion.
Diagnosis: urinary tract infection causing delirium; no fracture on X-ray of the left hip.
Treatment: IV then oral antibiotics (7-day course completes 30/11). Confusion resolved by day 4.
Physio: mobile with a walking frame; stairs assessed as safe with a rail and supervision.
Medication changes: tamsulosin stopped (may have contributed to dizziness); all other medicines unchanged.
Follow-up: GP to repeat urine test in 2 weeks; falls clinic referral sent; district nurse visit 02/12.
Advice: drink 6-8 glasses of fluid a day; return if confusion, fever or new falls."""

DESIGN_DOC = """Design doc: Moving notification sends from cron to a queue (draft 3, owner: Lin)

Problem. Today all reminders (appointment, payment due, streak) are sent by a cron job that runs every 5
minutes, selects due rows from `notifications` and sends them one by one. At peak (08:00 local, Mondays) the
job takes longer than 5 minutes, so two runs overlap and some users get duplicates. When the SMS provider is
slow, the whole job stalls and reminders arrive up to 40 minutes late. We also cannot prioritise: a password
reset waits behind 20,000 marketing nudges.

Proposal. The cron job only enqueues: it marks due rows as `queued` (single UPDATE ... RETURNING, so overlap
is harmless) and pushes one message per notification to a queue with three priorities (security, transactional,
marketing). A pool of workers consumes the queue; each send is idempotent on the notification id, so retries
cannot double-send. Provider slowness now only backs up the queue, not the scheduler. Workers scale on queue
depth.

Alternatives considered. (a) Make the cron job faster with batching — helps peak time but not provider stalls or
priority. (b) Use the provider's own scheduling API — locks us in and they have no priority concept.
(c) A database-backed queue (SKIP LOCKED) instead of a broker — fewer moving parts; we may start with this and
move to a broker if throughput requires.

Risks. More infrastructure to run; at-least-once delivery means idempotency must be right; migration must avoid
sending every overdue reminder at once when we switch over (we will cap the backlog to 2 hours).

Rollout. Phase 1: security notifications only, behind a flag, for two weeks. Phase 2: transactional. Phase 3:
marketing, with the old cron job kept as a fallback for one month. Success = no duplicates, p95 delivery delay
under 60 s, password reset delay under 10 s.

Cost. A managed broker would add roughly £180 a month at current volume; the SKIP LOCKED variant adds no
new service but puts more load on the primary database at peak. Either way, we expect to retire the two
oversized cron hosts we added last winter to keep up with Monday mornings, which cost about the same.

Open questions. Do we need per-user rate limits for marketing? Who is on call for the workers?"""

VOICE_MEMO = """ok so, voice memo for myself, walking home. um. the meeting with the landlord went... fine? kind of. he
says the roof will be fixed but not till February because the roofer is booked, and I said that's too late
because the bedroom ceiling is already stained and it's going to get worse with the rain, and he said he'll
put a tarp on it this week as a temporary thing. which, fine. then the rent thing, he wants to put it up by
£75 from April and I said I'd think about it, I mean, it's kind of cheeky given the roof, but also the flat's
cheaper than everything else around here. oh and the boiler service, he said he'd book it, I need to chase
that. and the neighbour's bins, he didn't care. what else. he was actually nice about the bike in the hallway.
ok. so I think overall he's reasonable but slow and I need to get things in writing. also buy milk."""

RAID_LOG = """Raid log — Emberdeep, Thursday 21:00-23:40, 18 players
- Trash to boss 1: clean, 12 min.
- Boss 1 (Cinderjaw): 2 wipes (tanks swapping late), kill on 3rd pull. Drops: Smouldering Greaves (Kael).
- Boss 2 (The Twins): 5 wipes. Main issue: interrupts missed on 'Ashen Chorus'. Fixed by assigning a rota.
  Kill on 6th pull, 1 player alive (Mirel, legend).
- Break 10 min.
- Boss 3 (Archivist): progression. 7 pulls, best 34%. Healers out of mana at phase 2. Called it at 23:40.
- Notes: attendance good, 2 late. Bring flasks next time. Next raid Sunday 20:30, focus Archivist phase 2."""

EXAMPLES = [
    ex("en",
       S("You are the help assistant for Ledgerline, accounting software for small businesses. Answer "
         "customers in plain language. Use the context provided.\n\n" + CHANGELOG),
       "what changed in this release? I'm not technical, I run a bakery. a few sentences is fine"),
    ex("en", INCIDENT_THREAD + "\n\ntl;dr for my boss who wasn't in this, 3-4 sentences"),
    ex("de", "Fass mir diesen Artikel in drei Sätzen zusammen:\n\n'Die Deutsche Bahn will im kommenden Jahr "
             "rund 2.000 Kilometer Gleise sanieren – so viel wie nie zuvor. Dafür werden mehrere wichtige "
             "Strecken monatelang komplett gesperrt, darunter Hamburg–Berlin. Fahrgäste müssen mit Umwegen "
             "und Ersatzbussen rechnen. Die Bahn argumentiert, dass Generalsanierungen langfristig weniger "
             "Störungen bedeuten als viele kleine Baustellen. Fahrgastverbände kritisieren dagegen, dass die "
             "Ersatzkonzepte zu spät kommuniziert würden und Pendler im ländlichen Raum besonders leiden.'"),
    ex("en",
       "quarterly numbers from our café: revenue 148k (+6%), food cost 31% (was 29%), staff cost 38%, two "
       "weeks closed in August for the kitchen refit, new breakfast menu launched in September, Google "
       "rating up from 4.3 to 4.6, one chef left in July.",
       A("Thanks — noted. Want me to pull these into a table or compare against last quarter?"),
       "no tables. in plain prose, a short paragraph: how did the quarter go overall?"),
    ex("es", "Resúmeme este hilo de correos para ponerme al día, entro en la reunión en cinco minutos:\n\n"
             "— Laura: El cliente pide adelantar la entrega al 15. ¿Podemos?\n— Jorge: Solo si quitamos el "
             "módulo de informes de esta fase.\n— Laura: El cliente dice que los informes son lo que más les "
             "importa.\n— Marta: Podría meter a Iván dos semanas, pero entonces se retrasa lo de Seguros "
             "Atlántico.\n— Jorge: Propongo entregar el 15 sin exportación a PDF, que es lo más costoso, y "
             "añadirla el 30.\n— Laura: Se lo planteo al cliente hoy."),
    ex("en",
       S("You are Clause, a drafting assistant for the litigation team at Harlow & Finch LLP. Client-facing "
         "text must be plain English and avoid Latin."),
       "Summarise this for our client in about 100 words:\n\n'The Court of Appeal held that the exclusion "
       "clause was not incorporated into the contract, since it appeared only on the reverse of a delivery "
       "note signed after the goods had been accepted, and the defendant could not show a consistent course "
       "of dealing between the parties sufficient to give reasonable notice of its terms. The appeal was "
       "accordingly dismissed. The court declined, however, to award the claimant its costs of the appeal "
       "on the indemnity basis, finding that the defendant's conduct of the litigation, while robust, had "
       "not been unreasonable to a high degree.'"),
    ex("ja", "この記事を3行で要約してください。\n\n「全国のスーパーで、賞味期限が近い食品を割引価格でアプリ通知する"
             "取り組みが広がっている。食品ロスを減らしたい店と、安く買いたい消費者の双方に利点があるという。一方で、"
             "通知が多すぎてアプリを削除する利用者も少なくなく、各社は通知の頻度や時間帯の調整を進めている。専門家は、"
             "割引だけでなく発注量の見直しこそが根本的な対策だと指摘する。」"),
    ex("en",
       S("You are the family liaison assistant on Ward 7B. You explain hospital letters to relatives in plain, "
         "kind language. Do not add medical advice that is not in the letter."),
       DISCHARGE + "\n\nCan you summarise this for his daughter in 3 or 4 sentences, no jargon?"),
    ex("fr", "Fais-moi un résumé de ce compte rendu d'assemblée de copropriété, cinq lignes max :\n\n« Les "
             "copropriétaires ont approuvé les comptes 2025. Le ravalement de façade est voté pour 2027, avec un "
             "appel de fonds étalé sur quatre trimestres. Le remplacement de l'ascenseur est repoussé faute de "
             "majorité. Le syndic rappelle l'interdiction de stocker des vélos dans le hall. Un copropriétaire "
             "signale des infiltrations au 5e étage ; une expertise sera demandée. »"),
    ex("en",
       "here's the article my team lead wants everyone to read:\n\n'Remote teams that write things down ship "
       "faster. In a survey of 140 engineering teams, those with a written decision log spent 20% less time in "
       "meetings and reported fewer repeated debates. The authors argue that writing forces clarity, lets "
       "people contribute across time zones, and creates a record new hires can read. They warn, though, that "
       "documentation only helps if it is short, searchable and kept current; stale docs were worse than none.'",
       A("Got it. What would you like me to do with it?"),
       "tldr"),
    ex("zh", "帮我总结一下这篇文章的主要观点，用三点列出来：\n\n「很多年轻人把“断舍离”理解成扔东西，但作者认为，"
             "真正的重点是减少“买”的冲动。她建议先记录一个月内所有的购物，再回头看哪些是真正需要的。其次，"
             "她提醒不要为了整理而买更多收纳工具。最后，她认为物品少了以后，人会更清楚自己的时间和注意力该放在哪里。」"),
    ex("en",
       S("You are Pia, the HR assistant for Brightwell Logistics. You help the people team analyse surveys. "
         "Never identify individual respondents."),
       "Summarise these staff survey comments into a short paragraph on the main themes:\n- 'shift swaps are "
       "impossible to arrange'\n- 'the new canteen is great'\n- 'managers don't tell us about changes until "
       "the day'\n- 'I'd like more training on the new scanners'\n- 'rota comes out too late to plan childcare'"
       "\n- 'canteen food much better this year'\n- 'nobody explained why night allowance changed'"),
    ex("ko", "이 회의록 요약해 주세요. 결론 위주로 짧게요.\n\n'신제품 출시일은 3월 둘째 주로 잠정 확정. 가격은 "
             "원가 상승을 고려해 5% 인상안과 동결안을 놓고 논의했으나 다음 회의에서 결정. 온라인 사전 예약은 "
             "진행하기로 함. 오프라인 매장 행사는 예산 문제로 축소. 디자인팀은 패키지 시안 2종을 다음 주까지 공유.'"),
    ex("en",
       S("You are an autonomous coding agent working in the repository `ledgerline`. You can edit files and "
         "run tests."),
       "cursor pagination for /v1/transactions please",
       A("Done: added an opaque base64 cursor (created_at, id), removed page=, updated the OpenAPI spec and "
         "the SDK, added 9 tests including one for ties on created_at. All 131 tests pass."),
       "great. summarise what we did this session in a short paragraph I can paste as the PR description"),
    ex("pt", "Resume este episódio de podcast num parágrafo para a newsletter:\n\n'Neste episódio conversamos "
             "com a Inês, que trocou a advocacia em Lisboa por uma quinta de cogumelos no Fundão. Ela conta como "
             "aprendeu tudo com vídeos e com um vizinho reformado, os erros do primeiro ano (perdeu metade da "
             "produção com fungos), e como hoje vende para restaurantes da região. No fim, fala das saudades da "
             "cidade e de porque não voltaria atrás.'"),
    ex("it", "Riassumi in poche righe questo regolamento per i nuovi inquilini:\n\n'Art. 3 – È vietato stendere "
             "i panni sui balconi che affacciano su via Garibaldi. Art. 4 – Il portone deve essere chiuso dalle "
             "22 alle 7. Art. 5 – I rifiuti vanno conferiti negli appositi contenitori nel cortile, rispettando "
             "la raccolta differenziata. Art. 6 – Biciclette e passeggini non possono sostare nell'androne. "
             "Art. 7 – Lavori rumorosi solo nei giorni feriali, dalle 9 alle 12 e dalle 15 alle 18.'"),
    ex("en",
       S("You are Lift, the insights assistant in a marketing analytics platform."),
       "summarise these reviews for the product team in one paragraph — what people love and what annoys "
       "them:\n'Keeps coffee hot for hours!' / 'lid leaks if you tip it' / 'love the colour' / 'too heavy "
       "for my bag' / 'still warm at lunchtime, amazing' / 'the lid leaked in my backpack, ruined a book' / "
       "'fits my car cup holder' / 'pricey but worth it'"),
    ex("ru", "Сделай краткое содержание этого фрагмента учебника, 3–4 предложения:\n\n«В 1861 году в России "
             "было отменено крепостное право. Крестьяне получили личную свободу, но землю должны были "
             "выкупать у помещиков, причём наделы часто оказывались меньше, чем те, которыми они пользовались "
             "раньше. Выкупные платежи растянулись на десятилетия. Реформа ускорила развитие промышленности, "
             "так как появилась свободная рабочая сила, но вызвала недовольство в деревне.»"),
    ex("en",
       "can you translate my landlord's letter from Dutch? 'Beste huurder, per 1 februari wordt de "
       "servicekostenbijdrage verhoogd met 12 euro per maand vanwege hogere schoonmaakkosten van de "
       "gemeenschappelijke ruimtes. De jaarlijkse afrekening volgt in juni.'",
       A("'Dear tenant, from 1 February the service charge contribution will increase by 12 euros a month "
         "because of higher cleaning costs for the shared areas. The annual statement will follow in June.'"),
       "and in one sentence, what's the letter basically telling me?"),
    ex("hi-en", "ye HR ka lamba email hai, iska short summary de do, Hinglish mein chalega:\n\n'Dear all, "
                "from 1 January the office will follow a hybrid policy: Tuesday and Thursday are mandatory "
                "office days for all teams. Other days are optional. Desks must be booked via the app by 6pm "
                "the previous day. The cafeteria will run reduced hours on Mondays and Fridays. Parking passes "
                "will be reissued; please apply by 20 December. Managers may approve exceptions for medical "
                "reasons.'"),
    ex("ar", "لخّص لي هذا المقال في فقرة قصيرة:\n\n«تشهد المدن العربية الكبرى توسعاً في استخدام الدراجات "
             "الكهربائية المستأجرة، خاصة بين الطلاب والموظفين الشباب. ويرى المؤيدون أنها تخفف الازدحام وتقلل "
             "التلوث، بينما تشكو البلديات من تركها على الأرصفة بشكل عشوائي. وقد بدأت بعض المدن بتحديد مواقف "
             "مخصصة وفرض غرامات على المخالفين.»"),
    ex("en",
       S("You are the research assistant in a science-communication newsroom. Use only the text provided.\n\n"
         "ABSTRACT: We tracked 1,204 urban foxes using GPS collars across four UK cities over three years. "
         "Foxes in denser neighbourhoods had smaller home ranges but were more active at night, and their "
         "diets contained more human food waste. Contrary to public perception, we found no increase in fox "
         "numbers over the study period; rather, foxes shifted towards areas with more gardens. We argue that "
         "garden connectivity, not food availability alone, shapes urban fox distribution."),
       "summarise the paper's argument for a general audience, like for a Sunday supplement, two short "
       "paragraphs"),
    ex("tr", "Şu haberi iki cümleyle özetler misin?\n\n'İstanbul'da vapur seferlerine yeni hatlar ekleniyor. "
             "Belediye, Beykoz ile Kadıköy arasında doğrudan sefer başlatılacağını, sabah ve akşam saatlerinde "
             "sefer sıklığının artırılacağını açıkladı. Yetkililer, deniz ulaşımının köprü trafiğini "
             "hafifletmesini umuyor. Bazı yolcular ise iskelelere ulaşımın hâlâ zor olduğunu belirtiyor.'"),
    ex("id", "Rangkum chat grup RT ini dong, aku ketinggalan banyak:\n\nPak Budi: Kerja bakti Minggu jam 7 ya.\n"
             "Bu Sri: Sekalian bersihin selokan depan masjid.\nMas Andi: Saya bawa cangkul 2.\nBu Rina: Konsumsi "
             "dari ibu-ibu, patungan 20rb per KK.\nPak Budi: Yang nggak bisa ikut tolong kasih kabar.\nBu Sri: "
             "Oh iya, iuran sampah naik jadi 35rb mulai bulan depan.\nMas Andi: Kenapa naik pak?\nPak Budi: "
             "Truknya ganti vendor, nanti dijelaskan pas kerja bakti."),
    ex("en", DESIGN_DOC + "\n\nexecutive summary please, 5 bullets, for someone who'll read nothing else"),
    ex("vi", "Tóm tắt giúp mình bài báo này trong 3 câu nhé:\n\n'Giá cà phê robusta tăng mạnh trong năm nay do "
             "hạn hán ở Tây Nguyên và nhu cầu cao từ châu Âu. Nhiều nông dân có lãi lớn nhưng cũng lo ngại chi phí "
             "phân bón và nhân công tăng. Một số hộ chuyển sang trồng sầu riêng vì lợi nhuận cao hơn, khiến các "
             "chuyên gia cảnh báo nguy cơ mất cân đối nguồn cung trong vài năm tới.'"),
    ex("en",
       "write a short story about a lighthouse keeper who finds a message in a bottle from herself",
       A("Maren found the bottle on a Tuesday, wedged between two rocks... [the story continues: the note is in "
         "her own handwriting, dated thirty years ahead, and warns her not to leave the island; she leaves "
         "anyway, and the last line reveals she is the one who will write it.]"),
       "in one sentence, what happens in that story? it's for my notes"),
    ex("en",
       S("You summarise support tickets for the on-call handover. Output JSON only: {\"summary\": string of at "
         "most 40 words}."),
       "Customer (Ms Oduya): invoices not sending since Monday. Agent 1: asked her to check spam, not it. Agent "
       "2: found her SMTP settings were changed by a colleague; reset them; test email sent. Customer: test "
       "arrived but two invoices from Tuesday are still missing. Agent 2: resent manually, confirmed received. "
       "Customer satisfied, asked for a note to her colleague about the settings."),
    ex("nl",
       S("You are Brieflezer, an app that helps people understand letters from the government and their "
         "landlord. Write at B1 level."),
       "Kun je deze brief samenvatten in begrijpelijke taal?\n\n'Naar aanleiding van uw aanvraag voor "
       "kwijtschelding van gemeentelijke belastingen delen wij u mede dat uw verzoek gedeeltelijk is "
       "toegekend. De afvalstoffenheffing wordt volledig kwijtgescholden; voor de rioolheffing komt u niet in "
       "aanmerking omdat uw vermogen de norm overschrijdt. Het resterende bedrag dient binnen acht weken te "
       "worden voldaan.'"),
    ex("pl", "Streść mi ten fragment umowy, tylko najważniejsze rzeczy, w punktach:\n\n'Zleceniobiorca "
             "zobowiązuje się do prowadzenia profili firmy w mediach społecznościowych, publikując co najmniej "
             "trzy posty tygodniowo. Wynagrodzenie wynosi 3 500 zł netto miesięcznie, płatne na podstawie "
             "faktury. Zleceniobiorca przekazuje prawa autorskie do materiałów z chwilą zapłaty. Umowa zostaje "
             "zawarta na 6 miesięcy z możliwością przedłużenia. Zleceniobiorca nie może w tym czasie świadczyć "
             "podobnych usług dla bezpośredniej konkurencji.'"),
    ex("sv", "Sammanfatta det här mejlet från skolan åt mig, kort:\n\n'Hej alla vårdnadshavare! Nästa vecka har "
             "klass 4B friluftsdag på onsdag, ta med matsäck och kläder efter väder. Torsdag är det "
             "utvecklingssamtal, tider finns i appen. Vi påminner också om att mobiler ska lämnas i lådan på "
             "morgonen. Fredag slutar skolan 12.30 på grund av studiedag för personalen.'"),
    ex("el", "Κάνε μου μια σύντομη περίληψη αυτού του κειμένου:\n\n«Ο δήμος ανακοίνωσε ότι από τον Ιανουάριο "
             "η λαϊκή αγορά της Τετάρτης μεταφέρεται από την πλατεία στην οδό Ερμού, λόγω των έργων ανάπλασης. "
             "Οι παραγωγοί εκφράζουν ανησυχία για τη μικρότερη κίνηση, ενώ οι κάτοικοι της πλατείας χαιρετίζουν "
             "τη μείωση του θορύβου. Η μεταφορά θα διαρκέσει τουλάχιστον οκτώ μήνες.»"),
    ex("en",
       S("You are the Chronicler, the assistant in the Emberdeep guild app. You keep raid logs and write the "
         "weekly guild newsletter in a light, heroic tone."),
       RAID_LOG + "\n\nsummarise last night's raid for the newsletter, one paragraph"),
    ex("en",
       "I recorded a voice memo walking home from seeing my landlord",
       A("Handy. Want to paste the transcript?"),
       VOICE_MEMO + "\n\ncan you boil that down? I rambled"),
    ex("en",
       S("You are Inkwell, the tutor in an online evening course on essay writing. Help students understand "
         "texts before they write about them."),
       "summarise the main argument of this passage so I can check I understood it:\n\n'Orwell's complaint in "
       "Politics and the English Language is not that English is decaying by itself, but that bad habits of "
       "writing make bad thinking easier, and bad thinking in turn produces worse writing. Stale metaphors, "
       "padded phrases and pretentious diction let writers avoid saying exactly what they mean. Because the "
       "process is a cycle, he argues it can be reversed: writers who take the trouble to choose concrete "
       "words will find it harder to hide vague or dishonest ideas.'"),
    ex("en", "sum up the plot of Middlemarch in a paragraph, I'm pretending I read it for book club tonight"),
    ex("en",
       S("You are the support assistant for Fibrelink broadband."),
       "my connection drops every evening",
       A("Sorry about that. I can see 6 line drops since Monday, all between 19:00 and 22:00. I've run a line "
         "test: it shows high noise, which points to a fault outside your home. I've booked an engineer for "
         "Friday 8am-1pm and applied a £10 credit."),
       "ok. can you summarise this whole conversation in a few sentences so I can paste it into the "
       "complaint form on the website"),
    ex("en", "summarise in one sentence: 'Following feedback from residents, the council will trial later "
             "opening hours at three libraries (Central, Northgate and Fenwick) from February until June, "
             "staying open until 8pm on Tuesdays and Thursdays, after which the results will be reviewed.'"),
    ex("en",
       S("You are Reel, the assistant in a podcast-production app. You write titles, show notes and social "
         "clips from transcripts."),
       "Write show notes summarising this episode in 3 short paragraphs:\n\n[00:00] Welcome back to Small "
       "Harbour. Today I'm with Kofi, who restores wooden boats in Brixham... [05:10] Kofi: my grandfather was "
       "a shipwright, but I came to it late, I was an accountant until 40... [14:30] the hardest part is "
       "finding oak that's been seasoned properly, some of it I wait seven years for... [26:00] we talk about "
       "the 1910 sailing trawler he's restoring now, the Good Intent, and the volunteers who help on "
       "Saturdays... [38:45] Kofi on why he thinks young people are coming back to the trade... [44:10] where "
       "to see the boats at the regatta in June."),
    ex("en",
       "review my function please: def avg(xs): return sum(xs)/len(xs)",
       A("Three notes: it raises ZeroDivisionError on an empty list; it has no type hints; and for large "
         "lists of floats, math.fsum is more accurate. Consider returning None or raising a clear ValueError "
         "for empty input."),
       "can you give me a summary of the review comments you made, in a sentence or two, for the ticket"),
    ex("en", "what's this ballad about, basically? in plain words, a few lines:\n\n'The miller's daughter "
             "walked at dawn / down where the river bends, / she wore the ring her sailor gave / and waited for "
             "her friends. / But three ships came and none was his, / the fourth came in with sails of grey, / "
             "she threw the ring into the stream / and never spoke of him again that day.'"),
    ex("en",
       S("You are the governance assistant for Harbour Arts Trust. You help the secretary prepare board "
         "papers."),
       "Summarise these minutes for the cover note of the board pack, one paragraph:\n\n'Item 1: Finance. "
       "The treasurer reported a surplus of £4,200 for the half-year, mainly from the summer festival. Item 2: "
       "The board approved the new safeguarding policy. Item 3: Premises. The lease on the Quay Street studio "
       "ends in June; the chair will open talks with the landlord. Item 4: The board thanked outgoing trustee "
       "Dr Helen Moss for nine years of service. Item 5: AOB — a trustee raised the need for a digital "
       "strategy; to be discussed at the next meeting.'"),
    ex("en",
       "my sister sends the longest emails",
       A("Ha, the family essayist. Want a hand?"),
       "in one line, what is this email about?\n\n'Hiya! So, Christmas. Mum wants everyone at hers again, which "
       "is lovely, but the spare room is now full of Dad's model railway so someone has to sleep on the "
       "sofa, and I think it should be you because you're the youngest (joke) (not a joke). Also Uncle Pete "
       "might come, which means we can't mention the election. Can you bring the trifle? Love you xx'"),
    ex("en",
       "from this thread, who is for and against moving standup to 10am? 'Ana: yes please, 9 is brutal. "
       "Ben: no, I pick up my kids at 3 so I start early. Cleo: don't mind. Dev: 10 works. Ana: could we do "
       "async standup for Ben?'",
       A("For: Ana, Dev. Against: Ben. Neutral: Cleo."),
       "thanks. now a short summary of the discussion for people who weren't there — prose, no list"),
    ex("en",
       S("You are Brief, the summariser in a news app for commuters. Summaries are at most 60 words and "
         "neutral in tone."),
       "'Water companies in England will face unlimited fines for sewage discharges under plans announced on "
       "Tuesday. The environment secretary said the regulator would get powers to impose penalties without "
       "going through the courts. Campaigners welcomed the move but said enforcement had been the problem, "
       "not the size of fines. Industry body Water UK said companies were already investing record sums in "
       "infrastructure.'"),
    ex("en",
       "there's a huge argument in my local Facebook group about the new cycle lane",
       A("Those threads can get heated. Want to paste some of it?"),
       "'Mark: it's killed trade on Station Road. Jen: rubbish, the café's busier than ever. Mark: ask the "
       "butcher. Ravi: as a cyclist it's the first time I've felt safe with my kids. Tom: fine but the "
       "loading bay is gone and deliveries block the road now. Jen: that's a loading bay problem, not a "
       "lane problem. Sue: can we at least agree the signage is terrible?'\n\nsummarise both sides of the "
       "argument fairly, a short paragraph"),
    ex("en",
       S("You are the intake assistant for Calder Street Legal Clinic. You prepare file notes for volunteer "
         "solicitors. Write in neutral third person."),
       "Summarise the caller's story for the file:\n\n'Yeah so I've been at the flat two years, and in "
       "September the landlord said he's selling, I need to be out by end of October. He just texted it, "
       "nothing on paper. I asked for my deposit back and he says he's keeping half for the carpet, but the "
       "carpet was already stained when I moved in, I've got photos. I've got two kids and the council says "
       "I'm not a priority yet. I just want to know if I actually have to leave.'"),
    ex("en",
       S("You are the assistant in Boxwell, a cloud-storage app. You help users find files, manage sharing "
         "and understand their plan."),
       "give me the short version of this, my eyes are glazing over:\n\n'Effective 1 March, the Personal plan "
       "storage quota decreases from 200 GB to 100 GB for accounts created after that date. Existing accounts "
       "keep their current quota. Shared links will expire after 30 days by default; owners may change this "
       "in Settings. Version history extends from 30 to 90 days on all paid plans. Accounts inactive for 24 "
       "months will be notified and may be deleted 60 days after notice.'"),
    ex("en",
       "what's a p-value, in one line",
       A("The probability of seeing results at least as extreme as yours if there were really no effect."),
       "ok. summarise this abstract in plain English for my mum, she's in it:\n\n'In a randomised trial of "
       "312 adults over 65, a 12-week programme of twice-weekly group balance classes reduced falls by 31% "
       "over the following year compared with usual care (p = 0.01). Benefits were largest in participants "
       "who attended at least 18 sessions. No serious adverse events were attributed to the classes.'"),
    ex("en",
       S("You are Keystone, the assistant inside a CRM for independent estate agents. Use British English."),
       "Summarise the survey report for the buyer — main issues only, a short paragraph:\n\n'Condition rating "
       "3 (urgent): rear chimney stack leaning, repoint and possibly rebuild. Rating 2: some slipped roof "
       "tiles; gutters blocked; single-glazed sash windows in poor decorative order; damp readings at base of "
       "kitchen wall, likely from raised external ground level. Rating 1: internal walls, floors, doors. Legal "
       "adviser to check: a shared drain with number 14 and an unregistered right of way along the side "
       "path.'"),
]

"""summarization: the last user message asks to condense a given text (article, meeting, thread, incident,
letter, transcript, paper) into a shorter account, even when it is phrased as 'pull out the main points'."""

from common import A, S, ex

WRITER = ("You are Quill, a writing assistant for busy professionals. Be clear and concise and keep the "
          "user's tone.")
RAG = "Use the context below to answer the user's question. Cite the section when you can.\n\nContext:\n"
AGENT = "You are a coding agent with read access to the user's repository and its issue tracker."
SUPPORT = ("You are the internal assistant for support agents at Lumio (a smart-lighting company). Agents paste "
           "tickets and ask for help.")
NEWS = ("You are a news digest bot. Readers are busy commuters. Neutral tone, no opinions, no invented facts.")

ARTICLE = """Cities across Europe are turning car parks into parks. In Paris, more than 70,000 on-street
parking spaces have been removed since 2020, many replaced with trees, bike racks and terraces. Supporters say
the changes cut noise and heat, pointing to measurements showing summer street temperatures up to 4 °C lower
under new tree canopies. Shop owners were initially worried: a 2021 survey by a traders' association found
that 60% expected lower sales. But footfall data from 2023 suggests that pedestrian traffic rose on most
redesigned streets, and vacancy rates did not increase. Critics argue that the policy pushes cars onto
ring roads and penalises suburban workers who have no transit alternative. The city has responded by adding
park-and-ride capacity at metro terminals, though waiting lists remain long. Other cities, including
Barcelona with its "superblocks" and Ghent with its traffic circulation plan, report similar patterns: early
opposition, then gradual acceptance once changes are visible. Researchers caution that benefits depend on
pairing parking cuts with reliable public transport."""

TRANSCRIPT = """[00:00] Host: Welcome back to Build Notes. Today I'm with Amara, who runs platform at a
fintech.
[00:12] Amara: Thanks. So, the big thing this year was moving off our self-hosted Kafka.
[00:20] Host: Why?
[00:21] Amara: Honestly, on-call. Two engineers were spending a third of their time on broker upgrades and
rebalancing. We moved to a managed service. Cost went up about 15%, but we freed roughly a headcount.
[01:05] Host: Any surprises?
[01:07] Amara: Network egress. Nobody modelled cross-zone traffic, and the first bill was double what we
expected. We fixed it with rack-aware consumers.
[01:40] Host: Would you do it again?
[01:42] Amara: Yes, but I'd model egress first and I'd migrate topic by topic, not in one weekend like we
did. The weekend cutover caused a six-hour consumer lag we're still embarrassed about.
[02:15] Host: What about the people side? Did the two engineers move on to other work?
[02:19] Amara: One went to our data platform team, which had been begging for help for a year. The other
stayed and now owns the managed-service relationship: capacity reviews, cost reports, that kind of thing.
Some people worried that "managed" meant we'd lose expertise. I think we kept enough, but we did lose the
habit of reading broker logs, and the first time the provider had an incident we were slower to diagnose it
than we would have been before.
[03:02] Host: Would you recommend it to a smaller company?
[03:05] Amara: For a team under, say, twenty engineers, almost certainly. Self-hosting Kafka is a full-time
job disguised as a side project. For very large volumes the maths can flip, because managed pricing grows
with throughput and at some point two salaries are cheaper than the bill.
[03:40] Host: And what's next for your team?
[03:43] Amara: Schema governance. We have four hundred topics and maybe half have a registered schema. The
other half are "whatever the producer felt like that day". That's the thing that actually breaks consumers.
[04:10] Host: Amara, thanks for coming on.
[04:12] Amara: Thanks for having me."""

EXAMPLES = [
    ex("en", "tl;dr pls\n\n" + ARTICLE),
    ex("en", S(NEWS), "Summarise for the morning digest in 3 bullet points:\n\n" + ARTICLE),
    ex("en", "Give me the main points of this podcast segment in a short paragraph, I don't have time to "
       "listen:\n\n" + TRANSCRIPT),
    ex("es", "Resúmeme este correo en dos frases, que no tengo tiempo:\n\n\"Estimados vecinos: Les informamos "
       "de que, debido a las obras de rehabilitación de la fachada, el ascensor permanecerá fuera de servicio "
       "del 12 al 23 de enero. Durante esos días se habilitará un servicio de ayuda para personas con movilidad "
       "reducida previa solicitud en portería. Disculpen las molestias. La administración.\""),
    ex("en", S(WRITER), "Condense this into something I can paste into Slack, max 50 words:\n\n\"Hi all — after "
       "reviewing the vendor proposals with finance and security, we've decided to go with Northwind for the "
       "new expense tool. Security signed off on their SOC 2 report last week, and finance preferred their "
       "per-seat pricing. Rollout starts with the sales team on 6 January, then everyone else in February. "
       "Training sessions will be recorded. Please don't submit expenses in the old tool after 31 January.\""),
    ex("fr", S(RAG + "Section 4.2 — Télétravail. Les salariés peuvent télétravailler jusqu'à trois jours par "
       "semaine, sous réserve de l'accord du manager. Les jours de présence obligatoire sont fixés par équipe. "
       "Une indemnité de 30 € par mois couvre les frais. Le matériel fourni reste la propriété de l'entreprise "
       "et doit être restitué au départ. Les salariés en période d'essai ne sont pas éligibles."),
       "Résume-moi la section 4.2 en quelques lignes."),
    ex("en", "Summarize this GitHub issue thread so I can catch up:\n\n@maria: Uploads over 100MB fail with "
       "413 since v2.3.\n@kenji: Repro'd. nginx client_max_body_size was lowered in the helm chart.\n@maria: "
       "That was intentional for the API, not uploads though.\n@dev-lead: Let's split the ingress: 100MB for "
       "/upload, 10MB elsewhere.\n@kenji: PR #812 does that.\n@maria: Tested #812 on staging, works.\n@dev-lead: "
       "Merging, will ship in 2.3.1 on Thursday."),
    ex("de", S(NEWS.replace("busy commuters", "Pendler")), "Fass diesen Artikel in drei Sätzen zusammen:\n\n"
       "\"Die Deutsche Bahn hat angekündigt, ab dem kommenden Fahrplanwechsel auf mehreren Fernverkehrsstrecken "
       "zusätzliche Sprinterzüge einzusetzen. Zwischen Berlin und München soll die Fahrzeit auf unter vier "
       "Stunden sinken. Gleichzeitig werden einige Halte in mittelgroßen Städten gestrichen, was bei "
       "Kommunalpolitikern auf Kritik stößt. Die Bahn verweist auf die hohe Nachfrage und begrenzte "
       "Kapazitäten auf den Gleisen. Fahrgastverbände begrüßen die schnelleren Verbindungen, fordern aber "
       "bessere Anschlüsse für die betroffenen Städte.\""),
    ex("en", "Can you explain what a retrospective is?", A("A retrospective is a meeting at the end of a sprint "
       "where the team looks back at what went well, what didn't, and what to change."), "cool, here are our "
       "retro notes. boil them down to a few lines for my manager:\n\nWent well: shipped search v2, pairing on "
       "the payments bug, new on-call runbook.\nNot well: staging was down 2 days, too many meetings on "
       "Wednesday, design handoff late again.\nIdeas: move standup async twice a week, staging owner rotation, "
       "design review earlier in sprint."),
    ex("pt", "Resume esse texto pra mim em um parágrafo curto:\n\n\"A prefeitura anunciou que, a partir de "
       "março, a coleta seletiva passará a ocorrer duas vezes por semana em todos os bairros. A medida vem "
       "após reclamações de moradores sobre o acúmulo de recicláveis. Cooperativas de catadores serão "
       "contratadas para a triagem, e a expectativa é dobrar o volume reciclado em um ano. Especialistas "
       "elogiam a iniciativa, mas alertam que sem campanhas de conscientização a separação nas casas continua "
       "falha.\""),
    ex("en", S(AGENT), "Summarise what changed between v1.8 and v1.9 from this changelog, one line per area "
       "(API, CLI, breaking):\n\n- feat(api): add /v2/batch endpoint\n- feat(api): pagination cursors on "
       "/events\n- fix(api): 500 on empty filter\n- feat(cli): `orbit export --since`\n- fix(cli): colors on "
       "Windows terminals\n- BREAKING: drop Python 3.8 support\n- BREAKING: /v1/reports removed (deprecated "
       "since 1.4)\n- chore: bump deps"),
    ex("it", "Mi fai un riassunto di questo messaggio del condominio? \"Si comunica che l'assemblea "
       "straordinaria del 18 dicembre ha approvato il rifacimento del tetto con una spesa complessiva di "
       "84.000 euro, ripartita secondo i millesimi. I lavori inizieranno a marzo e dureranno circa tre mesi. "
       "Il primo acconto, pari al 30%, è dovuto entro il 31 gennaio.\""),
    ex("en", "Here's the incident timeline from on-call. Write a 4-sentence summary for the status page, "
       "non-technical:\n\n10:02 alerts: checkout error rate 12%\n10:05 on-call acks, suspects deploy 8831\n10:09 "
       "rollback started\n10:14 rollback complete, errors drop to 3%\n10:20 remaining errors traced to "
       "payment provider timeouts in EU region\n10:41 provider confirms incident on their side\n11:30 provider "
       "resolves, error rate back to baseline 0.2%"),
    ex("nl", S(WRITER), "Kun je deze lange mail van mijn klant samenvatten in drie puntjes? \"Beste Sanne, "
       "dank voor het voorstel. We zijn enthousiast over het ontwerp, maar het budget is voor ons te hoog; "
       "we zitten eerder rond de 12.000 euro. Verder willen we graag dat de website ook in het Duits komt, "
       "omdat we veel Duitse klanten hebben. De planning mag wat ons betreft uitlopen tot april. Kunnen we "
       "volgende week bellen?\""),
    ex("en", "We were brainstorming names for my bakery earlier", A("Yes! You liked 'Rise & Shine' and 'The "
       "Flour Pot'."), "still deciding. meanwhile my accountant sent this, what's the gist?\n\n\"Hi Jo, quick "
       "update: your Q3 VAT return is filed. You're due a small refund of about £420 because of the oven "
       "purchase. For Q4, please keep receipts for the van repairs separately, since they may be partly "
       "private use. Also, your payments on account for income tax are due 31 January, roughly £1,900. Let me "
       "know if you want to set up a payment plan.\""),
    ex("pl", "Streść ten artykuł w 3 zdaniach:\n\n\"Naukowcy z Uniwersytetu Warszawskiego opisali nowy gatunek "
       "pająka odkryty w jaskiniach Tatr. Zwierzę jest niemal całkowicie pozbawione pigmentu i ma zredukowane "
       "oczy, co jest typowe dla organizmów żyjących w ciemności. Badacze podkreślają, że gatunek jest "
       "niezwykle wrażliwy na zmiany temperatury, dlatego ruch turystyczny w jaskiniach może mu zagrażać. "
       "Zaproponowano ograniczenie wejść do niektórych korytarzy.\""),
    ex("en", S(SUPPORT), "Ticket #88213 below, it's long. Summarise what the customer's problem is and what "
       "they've already tried, so I don't ask again.\n\n\"Hi, my Lumio hub (bought in August) keeps dropping "
       "off the Wi-Fi every night around 2am. I've restarted it many times, moved it closer to the router, "
       "changed the router channel to 6, and even factory reset it once, which meant setting up all 23 bulbs "
       "again (not fun). The app says 'hub offline' until I unplug it in the morning. My router is a FritzBox "
       "7590 and everything else is fine. I'm getting really tired of this.\""),
    ex("tr", "Şu toplantı notlarını kısaca özetler misin?\n\n\"Pazarlama ekibi yeni kampanyanın Ocak ortasında "
       "başlamasını istiyor. Yazılım ekibi ödeme sayfasındaki hataların önce çözülmesi gerektiğini söyledi. "
       "Bütçe konusunda anlaşma sağlandı. Bir sonraki toplantı 10 Ocak'ta.\""),
    ex("en", "Abstract of a paper I need to cite, give me a one-sentence version:\n\n\"We study the effect of "
       "sleep restriction on working memory in adolescents. In a randomized crossover design, 64 participants "
       "aged 14-17 slept either 5 or 9 hours for five consecutive nights. Working memory was assessed with an "
       "n-back task. Sleep restriction reduced accuracy on the 2-back condition by 11% and increased reaction "
       "times, with effects persisting after two nights of recovery sleep. These findings suggest that short "
       "periods of insufficient sleep have lasting cognitive costs in this age group.\""),
    ex("ru", S(NEWS.replace("busy commuters", "занятые читатели")), "Кратко перескажи эту новость в двух "
       "предложениях:\n\n\"В Новосибирске открылся новый мост через Обь. Строительство заняло пять лет и "
       "обошлось в 50 миллиардов рублей. Мост должен разгрузить центр города, где пробки стали обычным делом. "
       "Однако жители левого берега жалуются, что подъезды к мосту ещё не достроены.\""),
    ex("en", "My teammate wrote this design doc, summarise the proposal and the main risk in 5 bullets max:\n\n"
       "\"Proposal: replace nightly batch sync between CRM and billing with change data capture. Today the "
       "batch runs at 01:00 and takes 3h; failures mean a full day of stale data. With CDC (Debezium on the "
       "CRM Postgres) changes reach billing within seconds. Work: 3 weeks for 2 engineers. Risks: schema "
       "changes in the CRM may break consumers; we'd add a schema registry. Ops: Debezium needs a replication "
       "slot; if the consumer stalls, WAL grows and can fill the disk. Mitigation: alert on slot lag. "
       "Alternatives considered: hourly batch (still stale), dual writes (consistency issues).\""),
    ex("uk", "Підсумуй коротко цей лист від школи:\n\n\"Шановні батьки! Нагадуємо, що з 22 грудня до 7 січня "
       "тривають зимові канікули. 19 грудня о 12:00 відбудеться новорічне свято, просимо дітей прийти у "
       "костюмах. Оцінки за семестр будуть доступні в електронному щоденнику до 20 грудня.\""),
    ex("en", S(WRITER), "Could you shorten my LinkedIn 'About' section to about a third, keeping the key "
       "facts?\n\n\"I'm a product designer with eight years of experience across fintech and healthcare. I "
       "started as a graphic designer at a small agency in Manchester, moved into UX at a payments start-up "
       "where I led the redesign of the merchant dashboard, and now work at a digital health company on "
       "patient-facing apps used by over a million people. I care about accessibility, research-driven design "
       "and making complex things feel simple. Outside work, I mentor junior designers and run a small "
       "design meetup.\""),
    ex("zh", "帮我把这段会议记录总结成三点：\n\n“本次会议讨论了第四季度销售目标。销售部认为目标过高，建议下调10%。"
       "财务部指出成本上涨，利润压力较大。最终决定维持原目标，但增加两名销售人员，并在12月复盘。”"),
    ex("en", "hey can you recommend a podcast app", A("Pocket Casts and Overcast are both solid; Apple and "
       "Spotify are fine if you already use them."), "thx. also here's a transcript I grabbed, summarise in 3 "
       "bullets what Amara would do differently and why:\n\n" + TRANSCRIPT),
    ex("ja", S(NEWS.replace("busy commuters", "通勤中の読者")), "次の記事を100字程度で要約してください。\n\n"
       "「政府は来年度から、中小企業の賃上げを支援する新たな補助金制度を導入すると発表した。従業員の給与を3％以上"
       "引き上げた企業に対し、最大500万円を補助する。一方、専門家からは、一時的な補助金では持続的な賃上げにつながら"
       "ないとの指摘も出ている。」"),
    ex("en", "Summarise the customer reviews below into overall pros and cons (not per review):\n\n1. 'Battery "
       "lasts forever, but the app crashes a lot.'\n2. 'Comfortable strap. App is buggy.'\n3. 'Sleep tracking "
       "is spot on, battery great.'\n4. 'Screen scratches easily, otherwise good.'\n5. 'App sync fails every "
       "other day. Hardware is lovely.'"),
    ex("ko", "이 기사 좀 짧게 요약해줘:\n\n\"서울시는 내년부터 심야 버스 노선을 10개 추가한다고 밝혔다. 늦은 "
       "시간 귀가하는 시민들의 교통 불편을 줄이기 위한 조치다. 시는 택시 승차난이 심한 강남, 홍대, 종로 일대를 "
       "중심으로 노선을 배치할 계획이다.\""),
    ex("en", S(RAG + "Refund Policy v3. Items may be returned within 30 days of delivery if unused and in "
       "original packaging. Sale items are final. Digital products are non-refundable once downloaded. "
       "Refunds go to the original payment method within 5-10 business days. Customers pay return shipping "
       "unless the item is defective. Exchanges are free for a different size."),
       "Give me a 2-line summary of the refund policy I can read out on a call."),
    ex("hi", "इस लेख का सार दो-तीन वाक्यों में बताइए:\n\n\"भारत में इलेक्ट्रिक दोपहिया वाहनों की बिक्री पिछले "
       "साल 40% बढ़ी। सरकार की सब्सिडी और पेट्रोल की ऊँची कीमतें इसकी बड़ी वजह हैं। लेकिन चार्जिंग स्टेशनों "
       "की कमी अब भी एक बड़ी समस्या है, ख़ासकर छोटे शहरों में।\""),
    ex("en", "my phone transcribes voicemails badly", A("Automatic transcription struggles with accents "
       "and background noise. If you paste it, I can try to make sense of it."), "summarize this voicemail transcript: 'hey it's dad, um, your mom and I are fine, the flight got "
       "moved to Saturday so we'll land at 4 instead of Friday, can you still pick us up, oh and the neighbour "
       "has your spare key, call me back, love you'"),
    ex("ar", S(WRITER), "لخّص هذه الرسالة في جملتين:\n\n\"عزيزي أحمد، نشكرك على تقديم طلبك لوظيفة مهندس برمجيات. "
       "بعد مراجعة دقيقة، قررنا المضي قدمًا مع مرشحين آخرين تتوافق خبراتهم بشكل أكبر مع متطلبات الوظيفة. "
       "سنحتفظ بسيرتك الذاتية لفرص مستقبلية، ونتمنى لك التوفيق.\""),
    ex("en", S(AGENT), "Fix the flaky test?", A("Fixed: test_merge_carts relied on dict ordering. Pushed to "
       "branch fix/flaky-merge."), "great. now read issue #1432 and its 40 comments below and summarise the "
       "current consensus in a few lines so I can reply:\n\n(1) Proposal: drop Redis, use Postgres advisory "
       "locks. (2) Worry about lock contention at 2k rps. (3) Benchmarks show p99 fine up to 5k rps. (4) Ops "
       "prefers fewer moving parts. (5) Someone asks about failover behaviour; answered: locks released on "
       "connection drop. (6) Maintainer: OK in principle, wants a feature flag for one release."),
    ex("id", "Ringkas pengumuman ini jadi satu paragraf pendek:\n\n\"Mulai 1 Januari, kantor akan menerapkan "
       "sistem kerja hibrida. Karyawan wajib hadir di kantor setiap Selasa dan Kamis. Hari lainnya boleh "
       "bekerja dari rumah dengan persetujuan atasan. Ruang rapat harus dipesan melalui aplikasi.\""),
    ex("en", "I don't need the numbers, just give me the story of this quarterly report in plain words:\n\n"
       "\"Q3 revenue was $14.2M (+18% YoY), driven by enterprise (+31%), while SMB was flat. Gross margin fell to "
       "71% from 74% due to higher cloud costs after the EU region launch. Net revenue retention was 116%. "
       "Opex grew 22%, mostly hiring in sales. Cash runway remains 30 months. Guidance for Q4: $15.0-15.4M.\""),
    ex("vi", "Tóm tắt giúp mình đoạn này trong 2 câu nhé:\n\n\"Công ty sẽ tăng lương 7% cho toàn bộ nhân viên từ "
       "tháng 1. Ngoài ra, nhân viên có thâm niên trên 3 năm được thêm 2 ngày phép. Chính sách làm việc từ xa "
       "vẫn giữ nguyên.\""),
    ex("en", "Translate this into French: 'The meeting is postponed.'", A("La réunion est reportée."), "merci. "
       "different task: what's this long email from the landlord really saying? short version:\n\n\"Dear "
       "tenants, following the annual inspection, the boiler in the basement must be replaced. Work is planned "
       "for the week of 13 January. Hot water will be unavailable for up to two days; we will confirm the "
       "exact dates. The cost is covered by the building insurance and will not affect rents. Please ensure "
       "access to the basement storage area is clear by 10 January.\""),
    ex("en", S(SUPPORT), "Long thread with a customer and 3 agents, can you write a handover summary for the "
       "next shift?\n\nCust (Mon): bulbs flicker at 30% brightness.\nAgent A: firmware update to 4.2.\nCust: "
       "updated, still flickers.\nAgent B: asked for dimmer model — customer has a wall dimmer, not supported.\n"
       "Cust (Tue): removed dimmer, flicker gone in living room, still in hallway.\nAgent C: hallway bulbs are "
       "older gen-1, offered replacement at 50% off.\nCust: wants them free since they're 14 months old."),
    ex("en", S(NEWS), "One line, please:\n\n\"Parliament yesterday approved a law cutting the "
       "standard working week to 37.5 hours. It will be phased in over two years and covers about 12 million "
       "employees. Unions welcomed the decision; employer groups warned of higher costs for small firms.\""),
    ex("en", S("You are a study assistant for a civics class."), "what is a zoning law",
       A("A zoning law decides what land in each area of a city may be used for: housing, shops, industry and "
         "so on."), "thanks. Summarize the key arguments of each side in this debate transcript, one paragraph each:\n\n"
       "MODERATOR: Should the city ban short-term rentals?\nLEE: Yes. Rentals have removed 3,000 homes from the "
       "market, rents are up, neighbourhoods are hollowed out.\nPARK: A ban punishes locals who rent a spare "
       "room to make ends meet. Regulate, don't ban: cap nights, require registration.\nLEE: Caps are never "
       "enforced.\nPARK: Then fund enforcement; a ban will just push it underground."),
    ex("en", "family group chat exploded while I was asleep", A("Ha, that happens. Want me to catch you up if "
       "you paste it?"), "yes, two sentences on what got decided:\n\nMum: Christmas at ours this year?\n"
       "Julian: I can only do the 24th.\nClaire: We're at the in-laws on the 25th.\nDad: Then Christmas Eve at "
       "ours, everyone brings a dish.\nJulian: I'll do dessert.\nClaire: Fine by us, we'll arrive around 7."),
    ex("en", "Can you pull out the main points of this blog post? A short paragraph, not a list:\n\n\"I quit my "
       "job to bike across South America. The first month was brutal: altitude sickness in Bolivia, a broken "
       "derailleur, and a week of rain in Peru. But I learned to slow down. Strangers fed me, fixed my bike "
       "for free and invited me to a wedding. By the end I'd ridden 6,000 km and realised the plan mattered "
       "much less than the people. I'm back at a desk now, but I work four days a week and I'm already "
       "planning the next trip.\""),
    ex("en", "we talked about my csv import script earlier", A("Yes! Did the encoding fix work?"), "it did. "
       "different thing: my boss sent this, what does he actually want?\n\n\"Hi Lena, thanks for the report. "
       "Overall good, but please compare the customer service figures with the previous quarter, and the "
       "charts on page 3 are hard to read. Please revise by Thursday so I can show it to the board on Friday. "
       "Martin\""),
    ex("en", "what's a chloroplast", A("It's the part of a plant cell where photosynthesis happens; it "
       "contains the green pigment chlorophyll."), "ok. boil this down to one sentence for my notes: 'Photosynthesis is the process by which green plants "
       "and some other organisms use sunlight to synthesize foods from carbon dioxide and water, generating "
       "oxygen as a by-product; it takes place mainly in the chloroplasts of leaf cells.'"),
    ex("en", S(RAG + "Q: Does the warranty cover water damage? A: No, unless the product is rated IP67 or "
       "higher.\nQ: How long is the warranty? A: Two years from purchase, three if registered within 30 days.\n"
       "Q: Is the battery covered? A: Yes, if capacity drops below 80% within the warranty period."),
       "summarise the warranty FAQ for me in a couple of sentences"),
    ex("en", "can you recap the release meeting we discussed?", A("I don't have notes from a meeting in our "
       "conversation — paste them and I'll summarise."), "right sorry, here are my raw notes, make it a short "
       "recap for people who missed it:\n\nstarted late bc of the fire drill. long back and forth about "
       "whether dark mode beta goes in — design says it's ready, QA says not tested on tablets, no decision, "
       "revisit friday. everyone ok with freezing features on 10 jan. yusuf will do release notes. marketing "
       "wants a demo build by the 15th, eng said fine if freeze holds. quick chat about pricing, staying the "
       "same for now. next sync friday."),
    ex("en", S(WRITER), "Turn these residents' meeting minutes into 4 bullets I can post in the building "
       "chat:\n\n\"Approved replacing the electric gate (£9,000, split over three instalments). Pool closed "
       "for repairs January to February. New rule: moves only Monday to Saturday, 8am to 6pm. Building manager "
       "re-elected for two more years.\""),
    ex("en", "Here's a long review of a restaurant, give me the verdict in two lines:\n\n\"Lumen opened in the "
       "old post office last spring, and the room is stunning: high ceilings, brass, candlelight. The menu is "
       "short and seasonal. Our starters (charred leeks, a lovely crab toast) were excellent. Mains were "
       "uneven: the lamb was perfect, but the risotto was under-seasoned and gluey. Desserts rescued the "
       "evening, especially the brown-butter tart. Service was warm but slow, and at £70 a head before wine "
       "it's not cheap. Worth it for a special occasion, if you order carefully.\""),
    ex("en", "Make this paragraph sound more formal: 'we kinda messed up the Q2 launch'", A("'The Q2 launch "
       "did not proceed as planned.'"), "lol. now shrink this whole status update to 2 sentences:\n\n\"Team "
       "update: mobile app 3.0 is in beta with 400 testers; crash rate is 0.8%, above our 0.5% target, mostly "
       "on older Android devices. The web redesign is on track for 20 January. Hiring: two backend roles "
       "filled, the designer role is still open. Risk: the payments SDK upgrade may slip a week because the "
       "vendor changed its API.\""),
    ex("en", S(RAG + "Board minutes 3 Dec: 2027 budget approved; Dr Ferri appointed head of sales; "
       "decision on opening a Turin office postponed; 5% performance bonus agreed for all staff."),
       "give me the gist of the minutes in a short paragraph"),
]

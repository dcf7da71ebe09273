"""summarization: condense given material into its gist — TL;DRs, key points in prose, recaps of threads,
meetings, articles, logs and documents. Pulling named fields out is extraction.
"""

from common import A, S, ex

AGENT = S(
    "You are Tern, an autonomous coding agent running inside the user's repository. You can read files, "
    "run shell commands and propose edits as unified diffs. State a one-line plan before editing."
)
HR = S(
    "You are Ava, the HR helpdesk assistant for Brightwater Logistics employees. You answer questions about "
    "leave, payroll dates, benefits and internal tools. Be friendly and concise."
)
SUPPORT = S(
    "You are the support assistant for Parcelly, a shipping-label API. Answer questions about the API, "
    "pricing and account settings. If you do not know, offer to open a ticket."
)
RAG_NEWS = S(
    "You are the briefing assistant of a regional newsroom. Use only the pasted material. Be neutral; never "
    "add facts that are not in the text."
)
TUTOR = S(
    "You are Professor Owl, a maths tutor in the StudyNest app for students aged 13 to 17. Explain step by "
    "step, check understanding, never just give the final answer to homework."
)
LEGAL = S(
    "You are ClauseCheck, a contract review assistant for a procurement team. Be exact and quote clause "
    "numbers."
)
MARKETING = S(
    "You are Loop, the in-app assistant of a newsletter platform for small businesses. Help users write "
    "campaigns, pick subject lines and understand their open-rate stats."
)
JSON_TLDR = S(
    'You are a summarization endpoint. Reply with JSON only: {"tldr": str (max 40 words), "tone": '
    '"positive" | "neutral" | "negative"}.'
)
STUDY = S(
    "You are the study assistant of ReadWise Campus, a reading app for university students. Help students "
    "understand their readings and prepare for seminars."
)

ARTICLE = """Cities across Europe are quietly rethinking what to do with their multistorey car parks. In Utrecht, a
1970s concrete garage next to the central station reopened this autumn as a bicycle hub with 1,400 spaces,
a repair workshop and a café on the top deck. In Lyon, two floors of a municipal garage have been converted
into a logistics depot where cargo bikes pick up parcels for the last kilometre of delivery, cutting van
trips into the old town by an estimated third. Planners say the pressure comes from two directions: car
ownership among under-35s in large cities has fallen for a decade, and new rules in several countries now
cap the number of parking spaces developers may build near public transport.

Not everyone is convinced. Shop owners in Lyon's Presqu'île district say fewer parking spaces will push
suburban shoppers toward out-of-town malls, and a survey by a retailers' association found that 38% of
weekend visitors still arrive by car. Engineers also warn that converting garages is harder than it looks:
ceilings are low, floors were designed for cars rather than people, and ventilation must be rebuilt if
spaces are to be used for anything other than parking. In Hamburg, a plan to turn a garage into housing was
dropped last year when the cost of reinforcing the structure reached 70% of a new build.

Supporters argue the buildings are too valuable to leave half-empty. Occupancy in many central garages fell
below 50% after the pandemic and has not fully recovered, according to operators. Some cities are trying
temporary uses first: Ghent rents an upper deck to a climbing gym on a five-year lease, and Bologna hosts a
weekend market on the roof of a garage that stays open for cars below. "We don't need to decide the next
fifty years today," one Ghent planner said. "We need to stop treating empty concrete as if it were free.\""""

TRANSCRIPT = """[00:00] Mia: ok we're recording. so the main thing today is whether we move the mobile release from the 15th.
[00:08] Dev: yeah, so, the payments SDK upgrade is done on Android but iOS is still failing the 3DS flow in about
one in twenty test runs, and we don't know why yet.
[00:21] Mia: is that a blocker? like could we ship with the old SDK on iOS?
[00:26] Dev: technically yes, but the old one stops being supported in February, so we'd have to do this again.
[00:34] Sara: from the support side I'd really rather not ship anything that touches payments right before the
holidays. last year the card issue on the 20th gave us three hundred tickets in two days.
[00:47] Mia: fair. what about the other stuff in the release, the new onboarding?
[00:52] Karim: onboarding is ready and tested, and marketing has a campaign booked for the 16th around it.
[01:01] Mia: so we could split it? onboarding on the 15th, payments in January?
[01:06] Dev: that's maybe two days of work to split the branches, doable.
[01:12] Karim: I'd have to check with marketing if the campaign needs the new checkout, I don't think it does.
[01:19] Sara: then I'm fine with that.
[01:22] Mia: ok, tentative plan: split, onboarding on the 15th, payments SDK first week of January. Karim confirms
with marketing by Wednesday, Dev starts on the split tomorrow. anything else?
[01:33] Dev: just that we still need someone to look at the flaky 3DS test, it's not going away by itself.
[01:38] Mia: noted, let's pick that up Thursday."""

ISSUE_THREAD = """Issue #2231: Exports time out for large workspaces

@lkarlsson (opened): Exporting our workspace (about 180k records) to CSV fails after ~60s with a 504. Smaller
workspaces work fine.

@maintainer-ana: Thanks. The export runs inside the request right now, so anything over the gateway timeout
fails. We've talked about moving it to a background job.

@pjoshi: Same here, 250k records. Workaround: filter by date range and export in chunks, then concatenate.

@lkarlsson: Chunks work but it's 12 exports for us every month, painful.

@maintainer-ana: We're going to do the background job version. Plan: export starts a job, you get an email
with a link when it's done, links expire after 7 days. Streaming straight to S3 so memory stays flat.

@devon-r: Could the link be available via API too? We automate exports.

@maintainer-ana: Yes, there'll be a GET /exports/{id} endpoint returning status and URL.

@maintainer-ben: PR #2290 implements this behind the `async_exports` flag. Rolling out to 10% next week.

@pjoshi: Tried it with the flag on, 250k records in 3m40s, worked great."""

CHANGELOG = """## 5.0.0
- BREAKING: dropped support for Node 16 and 18.
- BREAKING: `client.query()` now returns an async iterator instead of an array; use `await Array.fromAsync()` to get the old behaviour.
- BREAKING: removed the deprecated `retry` option; use `retryPolicy`.
- New: connection pooling is on by default (pool size 10).
- New: `client.close()` waits for in-flight queries.
- Fixed: timestamps with microseconds were truncated.
- Fixed: a memory leak when a stream was aborted.
- Docs: migration guide at /docs/migrating-to-5."""

GENERIC = S("You are a helpful assistant.")
METRICLY = S("You are the assistant in Metricly dashboards. Help users build charts, write filters and understand metric definitions.")

EXAMPLES = [
    ex("en", "tl;dr this please\n\n" + ARTICLE),
    ex("en", RAG_NEWS, ARTICLE + "\n\nthree-sentence brief for the evening bulletin, balanced between supporters and critics"),
    ex("en", S("You are the assistant in Huddle, a video meeting app. You can see transcripts the user pastes and help with follow-ups."), "recap of this call for people who missed it, short paragraph, no bullet points\n\n" + TRANSCRIPT),
    ex("en", "what's the upshot of this issue thread? I don't want to read 10 comments\n\n" + ISSUE_THREAD),
    ex("en", AGENT, "before we upgrade the db driver, read the changelog below and give me the gist: what does it mean for us, in 3-4 sentences\n\n" + CHANGELOG),
    ex("en", GENERIC, "Write me a Python function that reverses a linked list",
       A("def reverse(head):\n    prev = None\n    while head:\n        head.next, prev, head = prev, head, head.next\n    return prev"),
       "ok and now the meeting I just came out of, summarise it for my notes:\n\n" + TRANSCRIPT),
    ex("en", "Translate 'good luck with the launch' into Swedish",
       A("\"Lycka till med lanseringen!\""),
       "tack. different thing, can you boil this article down to the main argument in two sentences?\n\n" + ARTICLE),
    ex("en", HR, "the new parental leave policy is 9 pages and I'm on my phone. what's the short version? here's the intro section: 'From 1 January 2027, all employees with at least 6 months of service are entitled to 20 weeks of paid parental leave at full salary, regardless of gender or how they became a parent. Leave can be taken in up to three blocks within 24 months of the birth or adoption. Employees may return part-time for up to 6 months while keeping their full-time contract. The previous distinction between primary and secondary carers is removed.'"),
    ex("en", SUPPORT, "I've been going back and forth with your team for a week. can you summarise where my ticket stands based on the thread?\n\nMon: I reported labels printing with wrong sender address.\nTue: agent asked for account id and a sample label. I sent both.\nWed: agent said engineering is looking at it, could be the warehouse profile setting.\nThu: I changed the profile as suggested, still wrong on the warehouse laptop only.\nFri: agent said it's escalated to tier 2, no ETA."),
    ex("en", LEGAL, "I don't need the numbers, just give me the overall picture of what this contract says, in a paragraph\n\n1. Term 24 months, auto-renews yearly, 90 days notice to stop renewal.\n2. Provider can raise fees once a year by up to 5%.\n3. SLA 99.5% monthly with credits capped at 30% of the monthly fee.\n4. Liability capped at 12 months of fees.\n5. Customer may terminate for convenience after 12 months, 120 days notice plus 3 months of fees."),
    ex("en", TUTOR, "my teacher gave us a reading about the history of zero and I have to say what it's about in class tomorrow. can you summarise it? 'Zero as a number, rather than a placeholder, was developed in India; Brahmagupta wrote rules for arithmetic with zero in 628 CE. The idea travelled to the Islamic world, where al-Khwarizmi used it, and reached Europe through translations and Fibonacci's Liber Abaci in 1202. European merchants were slow to adopt it, and some cities even banned Hindu-Arabic numerals in official records, fearing fraud.'"),
    ex("en", MARKETING, "this is the feedback from our last campaign's reply-to inbox. what's the general feeling? I don't need counts\n\n- loved the recipe, made it twice\n- too many emails this month tbh\n- the discount code didn't work at checkout\n- more recipes like this!!\n- unsubscribe me please\n- the photos were gorgeous\n- code worked on the second try, fyi"),
    ex("en", JSON_TLDR, "Review: I wanted to love this hotel. The location is perfect, two minutes from the old town, and the breakfast was the best we had on the trip. But the room was tiny, the air conditioning rattled all night, and when we asked to change rooms we were told to 'try earplugs'. Checkout took 25 minutes because the system was down. Might come back for the breakfast, not for the sleep."),
    ex("en", STUDY, "summarise this abstract in plain language for my seminar group:\n\n'We examine whether exposure to green space during childhood is associated with adult mental health in a cohort of 940,000 Danish residents. Using satellite data to estimate vegetation around each residence from birth to age 10, we find that children with the lowest exposure had up to 55% higher risk of developing a psychiatric disorder later in life, independent of urbanisation, socioeconomic status and parental history. The association followed a dose-response pattern. We discuss mechanisms and limitations, including residual confounding.'"),
    ex("en", S("You are the assistant in Statuspoint, a status-page service. Help users write incident updates that are clear to non-technical customers."), "here's the slack thread from the incident channel, give me a 3-line summary for the status page\n\n09:02 alerts: checkout error rate 14%\n09:04 ana: looking\n09:07 ana: payments provider returning 500 on auth\n09:09 tom: their status page says degraded in EU\n09:15 ana: enabled fallback provider for EU cards\n09:18 alerts: error rate back to 0.3%\n09:40 tom: provider says resolved\n09:55 ana: switched back to primary, all normal"),
    ex("en", "I pasted a long email from my landlord below. what is he actually saying? I don't want to reread it\n\n'Dear tenants, I hope this finds you well. As some of you may be aware, the building insurer has required a number of safety upgrades following their annual inspection, including new fire doors on each landing and the replacement of the communal hallway lighting. These works will be carried out over two weeks in January by a contractor I have used before. I appreciate that this may cause some disruption, particularly noise during the day, and I apologise in advance. Access to your individual flats will not be needed except for the flats on the ground floor, whose residents I will contact separately. I must also inform you that, as the costs of these works are significant, I will be reviewing the service charge at the next renewal in April, in line with the terms of your tenancy. Please do not hesitate to contact me with any questions. Kind regards, Mr Feld'"),
    ex("en", "is harry potter ok for an 8 year old", A("The first two books usually are; they get darker from the third on. Reading the first one together is a good test."), "she's starting tomorrow. summarise the plot of the first Harry Potter book in 5 sentences, for someone who's never read it"),
    ex("en", "how does HTTPS actually work? I've never really understood it",
       A("When your browser connects to a site over HTTPS, it first asks the server for its certificate. The certificate contains the server's public key and is signed by a certificate authority your browser already trusts, so the browser can check that it really is talking to that site and not an impostor. Then the two sides run a handshake (TLS): they agree on a cipher and, using key exchange such as Diffie-Hellman, derive a shared secret key without ever sending it over the wire. From then on, every request and response is encrypted with that symmetric key, which is fast, and each message carries an authentication code so tampering is detected. That's why someone on the same café Wi-Fi can see which site you visit but not what you send, and why an expired or mismatched certificate makes your browser show a warning: it can no longer confirm who is on the other end."),
       "tldr"),
    ex("en", METRICLY, "Can you help me write SQL to get top 5 customers by revenue?",
       A("SELECT customer_id, sum(amount) AS revenue FROM orders GROUP BY customer_id ORDER BY revenue DESC LIMIT 5;"),
       "thx. also my manager sent this, what's the bottom line?\n\n'Hi all, following the review, we're pausing the data warehouse migration until Q2. The main reasons are cost overruns on the vendor side and the fact that two key people are on leave. Nothing changes for your daily work; the old reports keep running. We'll regroup in March with a revised plan.'"),
    ex("en", "What is the capital of Portugal?",
       A("Lisbon."),
       "ok, now this Wikipedia-ish paragraph I copied, shorten it to two lines for my travel notes: 'Lisbon is the capital and largest city of Portugal, with an estimated population of about 550,000 within its administrative limits. It is mainland Europe's westernmost capital city and one of the oldest in the world, predating other modern European capitals by centuries. It is known for its hills, trams, tiled facades, fado music and the Belém Tower.'"),
    ex("en", "give me the story of this report, not the numbers\n\nQ3: revenue 4.1M (+18% YoY). New customers 212 (+40%). Churn 2.9% (from 2.1%). Enterprise tier launched in July, 31 customers by end of quarter. Support tickets +60% after the July pricing change. NPS 41 (from 47). Cash runway 22 months."),
    ex("en", "morning! long retro yesterday", A("Morning! How did it go?"), "fine, but my notes are a mess. summarize this in one sentence: 'The team agreed that the current onboarding is too long, that users drop off mostly at the bank connection step, and that a shorter flow should be tested in January with 20% of new sign-ups.'"),
    ex("en", "Write a poem about a tired programmer",
       A("The cursor blinks, the coffee's cold,\nthe bug is new, the code is old..."),
       "haha ok. now actual work: summarise this PR description for the release notes, one line\n\n'This PR replaces the in-memory rate limiter with a Redis-backed sliding window so limits are shared across all pods. It adds a fallback to local limits if Redis is unavailable and a metric for fallbacks. Default limits are unchanged.'"),
    ex("en", "condense my notes into a short paragraph I can send my team:\n\n- client liked v2 of the logo, wants navy not black\n- they're worried about timeline, launch is Feb 1\n- asked if we can do the website too, said we'd quote\n- next call in two weeks\n- they'll send brand guidelines from the parent company"),
    ex("en", "too long, didn't read. what's the main point?\n\n'While many assume that remote work reduces productivity, the evidence is mixed. Studies of call-centre workers found productivity gains of around 13%, largely from fewer breaks and sick days, while studies of software teams found that fully remote teams communicated less across groups, slowing innovation. Hybrid arrangements appear to keep most of the benefits with fewer costs, though results depend heavily on management practices.'"),
    ex("en", "summarise this podcast bit for my show notes, 2-3 sentences:\n\n'So the thing people get wrong about sleep is they think it's all about the hours. And the hours matter, sure. But what the research keeps showing is that regularity, going to bed and waking up at roughly the same time, might matter just as much. People who sleep seven hours at random times do worse on some measures than people who sleep six and a half at consistent times. And light in the morning, actual daylight, is one of the strongest signals you can give your body clock. So if I had one tip, it'd be: same wake-up time, and get outside before ten.'"),
    ex("es", "Resúmeme este texto en dos frases, por favor: 'El ayuntamiento ha aprobado la ampliación del carril bici en la avenida del Puerto, que conectará el centro con la playa. Las obras empezarán en marzo y durarán seis meses. Los comerciantes temen perder plazas de aparcamiento, aunque el consistorio asegura que se crearán 200 nuevas en un parking cercano.'"),
    ex("fr", RAG_NEWS, "Fais-moi un résumé en trois phrases de ce communiqué : « La région lance un plan de rénovation de 120 lycées sur dix ans, pour un budget de 1,4 milliard d'euros. Les travaux visent d'abord l'isolation thermique et le remplacement des chaudières au fioul. Les syndicats d'enseignants saluent l'annonce mais demandent que les classes ne soient pas déplacées dans des préfabriqués pendant les chantiers. »"),
    ex("de", "Kannst du mir kurz zusammenfassen, worum es in diesem Artikel geht? Ich brauche nur die Kernaussage.\n\n" + ARTICLE),
    ex("pt", "Resume esse e-mail do condomínio pra mim em poucas linhas: 'Prezados moradores, informamos que a assembleia aprovou a troca dos elevadores, que será feita entre fevereiro e abril. Durante esse período, apenas um elevador funcionará por vez. O custo será dividido em dez parcelas na taxa condominial a partir de março. Pedimos compreensão e paciência.'"),
    ex("it", "Riassumi questa conversazione di gruppo in due righe: 'Marco: ragazzi sabato pizza? Giulia: io ci sono ma dopo le 8. Luca: io no, ho il turno. Sara: ok per me, prenoto da Gino? Marco: sì, per quattro alle 20:30.'"),
    ex("nl", HR, "Kun je dit beleid kort samenvatten? 'Medewerkers mogen maximaal drie dagen per week thuiswerken, in overleg met hun leidinggevende. Op dinsdag is iedereen op kantoor voor het teamoverleg. Thuiswerkvergoeding: 2,35 euro per dag.'"),
    ex("pl", "Streść mi ten artykuł w kilku zdaniach:\n\n" + ARTICLE),
    ex("tr", "Şu toplantı notlarını kısaca özetler misin? 'Satış hedefi %10 artırıldı, yeni bayi sistemi ocakta başlıyor, İzmir ofisi mart ayında açılacak, bütçe onayı bekleniyor.'"),
    ex("ru", AGENT, "Кратко перескажи, что изменилось в этой версии, без подробностей:\n\n" + CHANGELOG),
    ex("uk", "Підсумуй, будь ласка, цю розмову в кількох реченнях:\n\n" + TRANSCRIPT),
    ex("zh", "帮我把这段话总结成一句话：“公司决定从明年一月起实行弹性工作制，员工可以在早上七点到十点之间选择上班时间，但每天必须保证八小时工作，周三全员必须到岗参加例会。”"),
    ex("ja", STUDY, "この文章を三行で要約してください。\n\n「日本では少子高齢化が進み、地方の公共交通が維持できなくなっている。一部の自治体では、予約制の乗合タクシーや自動運転バスの実証実験を始めた。しかし運転手不足や費用の問題は残っており、住民の移動手段をどう確保するかが課題となっている。」"),
    ex("ko", "우리 가게 리뷰 좀 봐줄 수 있어요?", A("물론이죠, 리뷰를 붙여 주세요."), "이 리뷰들 전체적으로 어떤 평가인지 요약해줘: '배송 빨라요', '맛은 괜찮은데 양이 적어요', '포장이 꼼꼼해요', '가격 대비 별로', '재구매 의사 있어요'"),
    ex("hi", "इस लेख का सार दो-तीन वाक्यों में बताओ: 'शहर में बढ़ते प्रदूषण को देखते हुए नगर निगम ने सप्ताह में एक दिन कार-मुक्त दिवस मनाने का फ़ैसला किया है। उस दिन मुख्य सड़कों पर केवल बसें, साइकिलें और पैदल यात्री चल सकेंगे। व्यापारियों ने चिंता जताई है, जबकि पर्यावरण समूहों ने इसका स्वागत किया है।'"),
    ex("ar", "لخص لي هذا الخبر في جملتين: «أعلنت وزارة التعليم عن تمديد العطلة الشتوية أسبوعاً إضافياً بسبب موجة البرد، على أن تُعوَّض الأيام الضائعة في نهاية العام الدراسي، مع استمرار الدروس عبر الإنترنت للصفوف النهائية.»"),
    ex("id", "Tolong ringkas thread ini jadi satu paragraf pendek:\n\n" + ISSUE_THREAD),
    ex("vi", "Tóm tắt giúp mình đoạn này trong hai câu: 'Công ty sẽ chuyển văn phòng sang quận 7 từ tháng 3. Nhân viên được hỗ trợ chi phí đi lại trong ba tháng đầu. Những ai muốn làm việc từ xa hai ngày mỗi tuần có thể đăng ký với quản lý trực tiếp.'"),
    ex("de", "Was heißt 'Zusammenfassung' auf Englisch?",
       A("\"Summary\"."),
       "Danke. Dann mach mir bitte eine kurze Zusammenfassung von diesem Thread, auf Deutsch:\n\n" + ISSUE_THREAD),
    ex("en", "summarize the key points of the German article below in English, a few bullets are fine\n\n'Die Bahn will bis 2030 mehr als 4.000 Kilometer Strecke sanieren. Während der Bauarbeiten werden ganze Abschnitte für mehrere Monate gesperrt, statt wie bisher nachts oder am Wochenende zu bauen. Fahrgastverbände kritisieren die langen Umleitungen, die Bahn verspricht dafür danach weniger Verspätungen.'"),
    ex("en", "we're planning a weekend in Porto in March, 2 adults, moderate budget. where should we stay?",
       A("Ribeira is the most scenic but noisy; Cedofeita and Bonfim are quieter, cheaper and still walkable."),
       "Cedofeita sounds good. what should we not miss?",
       A("A port cellar tour in Gaia, the Livraria Lello early in the morning, a francesinha, the Serralves park if it's sunny, and sunset from the Jardim do Morro."),
       "and how do we get from the airport?",
       A("The metro line E goes from the airport to Trindade in about 30 minutes for around 2.50 EUR per person; a taxi is about 25 EUR."),
       "perfect. recap what we've talked about so far so I can paste it to my partner"),
    ex("en", S("You are Basil, the cooking assistant in the Pantry recipe app. Suggest recipes from the user's saved ingredients and answer cooking questions."), "I don't need the whole recipe, just tell me in a few sentences what this method is about so I can decide if I want to try it:\n\n'Reverse searing means cooking the steak slowly in a low oven, around 110 °C, until it is about 8 degrees below your target temperature, then searing it in a very hot pan for a minute per side. Because the inside heats gently, the doneness is even from edge to centre, and the dry surface browns faster in the pan. It works best for cuts thicker than 3 cm; thin steaks overcook before they brown.'"),
    ex("en", "in a nutshell?\n\n" + CHANGELOG),
    ex("en", HR, "Can you give me a few ideas for a team offsite?",
       A("1. A cooking class\n2. A half-day hike with a picnic\n3. An escape room followed by dinner\n4. A volunteering morning at a food bank"),
       "we did the hike. here's what people wrote in the feedback form, sum it up for my boss in a couple of sentences:\n\n'great views, too long for some people', 'loved the picnic', 'would have liked a shorter route option', 'best offsite so far', 'rain at the end was rough but fun'"),
    ex("en", "shorten this to under 50 words for our website 'about' box: 'Founded in 2011 by two sisters who grew up above their grandmother's bakery in Porto, Pão & Co. started as a weekend market stall selling sourdough and custard tarts. Today we run three bakeries in Lisbon, still baking every loaf by hand each morning with flour from a family mill in the Alentejo, and we train young bakers through a paid apprenticeship every year.'"),
]

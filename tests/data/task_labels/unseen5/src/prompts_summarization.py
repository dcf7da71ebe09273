"""summarization: the last user message asks for a shorter account of given text or of the conversation
(a TL;DR, the gist, main points in prose or bullets, a recap for someone who missed it). Summarising into
another language is still summarization: the output condenses the text rather than rendering it. Named
fields pulled into a table is extraction."""

from common import A, S, ex

CODING_AGENT = S(
    "You are Forge, an autonomous coding agent with shell access to the user's repository. Plan, edit "
    "files, run the tests and report what you changed."
)
SQL_COPILOT = S(
    "You are the SQL copilot inside Lumenboard. Answer with a single SQL query in a ```sql block and one "
    "sentence explaining it."
)
MUSE_COWRITER = S(
    "You are Muse, a co-writer for novelists. Match the author's voice and keep continuity."
)
PEOPLEDESK = S(
    "You are PeopleDesk, the HR assistant for Kestrel Logistics. Answer questions about leave, payroll, "
    "pension enrolment and the hybrid-working policy."
)
COUNCIL_BOT = S(
    "You are the resident assistant of Bexhill Town Council. Help residents report potholes, book bulky "
    "waste collection and find council services."
)
RAG_SUPPORT = S(
    "Answer using only the ticket history below. If the answer is not there, say so.\n\n"
    "TICKET #48213 (priority: high)\n"
    "[Mon 09:12] Customer (Ortiz Dental): Since the update, appointment reminders go out at 3am.\n"
    "[Mon 10:40] Agent Kim: Reproduced. Reminders use server time (UTC) instead of clinic time zone.\n"
    "[Mon 16:05] Agent Kim: Engineering confirms bug, fix planned for Thursday release.\n"
    "[Tue 08:30] Customer: Two patients complained. Can we pause reminders until then?\n"
    "[Tue 09:02] Agent Kim: Paused SMS reminders for your account; email reminders still active.\n"
    "[Thu 18:20] Agent Kim: Fix released. Re-enabled SMS reminders, test message sent at 09:00 local.\n"
    "[Fri 08:15] Customer: Confirmed, reminders at normal times. Thanks."
)
NEWS_APP_JSON = S(
    'Return only JSON: {"headline": string, "summary": string (max 60 words), "topics": [string]}.'
)
TUTOR_ES = S(
    "Eres un tutor de historia para estudiantes de bachillerato. Explica con claridad y propone preguntas "
    "de repaso al final."
)
SALES_CRM = S(
    "Du bist der CRM-Assistent von Vertriebsteam Nord. Du legst Kontakte an, planst Follow-ups und "
    "schreibst Angebotsentwürfe."
)
TRIP_BOT = S(
    "あなたは旅行会社「さくらツアーズ」のチャットアシスタントです。ツアーの予約、変更、キャンセルについて"
    "案内してください。"
)
MARKETING = S(
    "You are Quill, the marketing assistant for Tallow & Wick, a candle brand. Write product copy, email "
    "subject lines and social posts in a cosy, slightly witty voice."
)

DEBATE_COACH = S(
    "You are Rostrum, a debate-practice coach for university debating societies. Help students build "
    "cases, anticipate rebuttals and time their speeches."
)
CRAMLY = S(
    "You are Cramly, the assistant in a flashcard app. Turn the notes students paste into question and "
    "answer flashcards, one fact per card."
)
SCHOOL_APP = S(
    "You are the assistant in the Oakfield Primary parents' app. Help with term dates, lunch menus, "
    "forms and who to contact."
)
ECHO_MEMOS = S(
    "You are Echo, a voice-memo app. You receive automatic transcripts of voice notes and clean up "
    "filler words when asked."
)
TERN_IDE = S(
    "You are Tern, the coding assistant inside the Helix IDE plugin. Answer about the code in front of "
    "the user; show changes as small patches."
)
FERNHILL_SLACK = S(
    "You are Fern, the assistant in the Fernhill Studio Slack. People ask you about anything: the office "
    "wifi, lunch orders, tooling. Keep it casual."
)

ARTICLE = """Amsterdam's houseboats are going electric, whether they like it or not

For most of the last century, the roughly 2,500 houseboats moored along Amsterdam's canals burned
whatever their owners could get: coal, then heating oil, then bottled gas. Many still do. But under a
rule the city council adopted in 2023, every houseboat must be disconnected from gas by 2030, and the
deadline is starting to bite.

The problem is not willingness, owners say, but physics and money. A houseboat sits in cold water for
half the year, loses heat through a steel or concrete hull and often has little roof space for solar
panels. Heat pumps work, but they need a stronger grid connection than most moorings have. Liander, the
network operator, says it can upgrade connections along the busiest canals only in stages, and some
stretches of the Prinsengracht will not be done before 2028.

Costs vary wildly. A small, well-insulated ark might switch for 15,000 euros. An old converted cargo
barge with a single-glazed wheelhouse can cost more than 60,000, including hull insulation, which means
taking the boat out of the water. The city offers subsidies of up to 8,000 euros per boat, and a low-
interest loan for the rest, but owners complain about waiting lists at the few shipyards able to do the
work.

Some have found creative fixes. A cooperative of 14 boats on the Amstel shares a water-source heat pump
that draws warmth from the river itself, the first of its kind in the city. Its organisers say bills
fell by a third in the first winter. Others are betting on hydrotreated vegetable oil as a stopgap,
although the city has said it will not count that as "gas-free" after 2030.

Not everyone will make it. The houseboat association estimates that around 200 owners, many of them
elderly and living on small pensions, cannot afford the switch at all. Several have already sold, often
to buyers who plan to rebuild the boat entirely. "The canals will be greener," one owner of a 1927 barge
said, "but they'll also be richer."

The council insists the deadline stands but has promised a hardship fund next year. Details, including
how much money it will hold, are expected in the spring budget."""

PODCAST = """[00:00] MAYA: Welcome back to Soil & Signal, the show about farming and technology. I'm Maya.
[00:04] JONAH: And I'm Jonah. Today we're talking to Ruth Abara, who runs a 300-hectare arable farm in
Lincolnshire and has been testing autonomous tractors for three seasons.
[00:12] RUTH: Hi both. Thanks for having me.
[00:14] MAYA: So, first question everyone asks — did the robots take your job?
[00:17] RUTH: (laughs) No. They took the boring bit of my job. The tractor does the night-time drilling
and the repetitive passes. I still do everything where judgement matters — when to go, how wet is too
wet, which field first.
[00:31] JONAH: And the cost?
[00:33] RUTH: Honestly, on paper it doesn't pay back yet. We lease the machine, and with the lease, the
RTK correction subscription and insurance, it's roughly what a full-time operator would cost. Where it
pays is timing. Last autumn we got the whole winter wheat in during a five-day dry window. Two years ago,
with one driver, we'd have missed a third of it.
[00:58] MAYA: What went wrong?
[01:00] RUTH: The first season, a lot. It stopped every time a hare ran across the field. The obstacle
detection was far too cautious. And once it lost signal near the wood and just sat there until morning.
The software updates fixed most of that. The second season it was mostly fine. This season, the problem
was people — walkers on the public footpath filming it, one man trying to climb on it.
[01:25] JONAH: Would you buy one?
[01:27] RUTH: Not yet. I'd want to see the price come down and I want the rules about unattended
machines near footpaths to be clearer. Right now the insurer wants someone within a kilometre at all
times, which sort of defeats the point at 3am.
[01:42] MAYA: Ruth Abara, thank you."""

STANDUP_THREAD = """#team-payments, Thursday
dan: fyi the stripe webhook retries are piling up again, ~3k in the queue
leila: is that the same thing as last week?
dan: looks like it, the idempotency table is locking when the nightly reconciliation runs
leila: ugh. can we move the recon to 04:00?
marco: recon has to finish before finance's 06:00 export, at 04:00 it's cutting it close
dan: it takes ~70 min on a normal day
leila: 04:00 + 70 min = 05:10, that's fine?
marco: on month-end it takes 2.5h
dan: ok so month-end we'd blow it
priya: could we just make recon not take row locks? read from the replica?
marco: replica lag was 20 min last month-end
priya: recon doesn't need to be up to the second
dan: true, it compares yesterday's data
leila: ok so plan: recon reads from replica, stays at 01:00, and we add an alert if replica lag > 30 min?
marco: fine by me. I'll check with finance that yesterday-as-of-01:20 is acceptable
dan: I'll do the replica change, PR by tomorrow
priya: I'll add the lag alert
leila: 👍 and I'll tell support the webhook delays should stop from next week"""

EXAMPLES = [
    ex("en", "tl;dr?\n\n" + ARTICLE),
    ex("en", CODING_AGENT,
       "not a code change. I missed the payments channel yesterday, what did they decide? short "
       "paragraph\n\n" + STANDUP_THREAD),
    ex("en", "Can you give me the gist of this episode in 4-5 sentences? I want to know if it's worth "
       "listening to the whole thing.\n\n" + PODCAST),
    ex("en", SQL_COPILOT,
       "before I write any queries, this is the spec from product. boil it down for me to what the "
       "dashboard actually needs to show, 3 bullets max:\n\n'The retention dashboard should help account "
       "managers understand which customers are at risk. We care most about customers on annual plans "
       "whose usage dropped by more than 30% compared to their first 90 days. It would be nice to see this "
       "by country, but the main thing is a ranked list of at-risk accounts with their renewal date, "
       "because that is what account managers act on. Monthly plans can be ignored for now; finance has "
       "its own churn report for them. Eventually we want to add support-ticket volume, but not in v1.'"),
    ex("en", MUSE_COWRITER,
       "I've lost track of my own plot. Here's what I wrote in the last session. Recap it for me in a "
       "few sentences so I can keep going, don't continue the story:\n\n'Inés arrived in Cádiz on the "
       "last ferry with her grandmother's piano key in her pocket. At the boarding house, Doña Pilar "
       "pretended not to recognise the surname. That night Inés found the piano in the cellar, tuned a "
       "semitone flat, and inside it a letter addressed to someone called Tomás, warning that \"the boat "
       "was mine, not his\". In the morning Aurelio phoned from Madrid to say their father had been "
       "asking questions about the sale of the family boatyard in 1971. Inés decided not to tell him about "
       "the letter yet.'"),
    ex("en", PEOPLEDESK,
       "They sent round a 12-page hybrid working update and I can't face it. here's the intro part. what's "
       "actually changing for me as a warehouse planner? keep it short\n\n'Following consultation with "
       "team leads and the staff forum, Kestrel will move from the current informal arrangement to a "
       "structured hybrid model from 2 February. Roles have been grouped into three categories. Site-based "
       "roles (warehouse operatives, drivers, yard staff) are unaffected. Flexible roles (finance, HR, "
       "IT, customer service) will work a minimum of two anchor days on site per week, set by each team. "
       "Planning roles (transport and warehouse planners) will work a minimum of three days on site, of "
       "which Monday must be one, because weekly capacity planning depends on in-person coordination with "
       "site managers. Requests for exceptions should be raised with line managers by 15 January.'"),
    ex("en", COUNCIL_BOT,
       "got this letter from you lot about the seafront works. what's the short version?\n\n'Dear "
       "resident, we are writing to inform you that essential repairs to the sea wall between Galley Hill "
       "and the Colonnade will begin on 12 January and are expected to last fourteen weeks. During this "
       "time the promenade will be closed in sections of approximately 200 metres, with diversions "
       "signposted via De La Warr Parade. Vehicle access to properties will be maintained at all times, "
       "although there may be short delays when machinery is moving. Working hours will be 08:00 to 18:00 "
       "Monday to Friday, with no weekend working except in an emergency. We apologise for any "
       "inconvenience and thank you for your patience.'"),
    ex("en", RAG_SUPPORT, "I'm picking this ticket up from Kim. Quick recap of what happened please?"),
    ex("en", NEWS_APP_JSON, ARTICLE[:1200]),
    ex("en", MARKETING,
       "Not a post for once. Here are this month's customer reviews, what's the overall vibe? couple of "
       "sentences I can paste into the team update.\n\n- 'Fireside smells exactly like my grandad's shed, "
       "in a good way.'\n- 'Burned unevenly, tunnelled after an hour.'\n- 'Lovely scent, but the lid "
       "arrived cracked.'\n- 'Third time buying Sea Salt & Fig. Never changing.'\n- 'Wick kept drowning, "
       "had to pour wax out.'\n- 'Gift box is gorgeous, my sister cried.'"),
    ex("en", TERN_IDE,
       "how do I make a cron job run every 15 minutes",
       A("*/15 * * * * /path/to/script.sh"),
       "thanks. now can you sum up this whole conversation we just had for my notes, one line"),
    ex("en",
       "Write me a cheerful out-of-office message, back on the 5th.",
       A("Hi! I'm away until the 5th, probably eating too much and sleeping in. I'll reply when I'm back. "
         "For anything urgent, contact Jess at jess@company.example. Happy holidays!"),
       "perfect. my boss just sent this, what's the bottom line?\n\n'Hi team, before the break I wanted "
       "to say thank you for a difficult year. The reorganisation in spring was harder than any of us "
       "expected and I know the office move added to it. Despite that, we delivered both client projects "
       "on time and the satisfaction scores went up. Next year budgets are tight, so there won't be new "
       "hires in Q1, but there will be no cuts either. I'll share the plan for Q1 on 8 January. Rest "
       "well.'"),
    ex("en",
       "what's 18% of 2,750",
       A("495."),
       "that's the grant cut they announced. summarise this email about it for the committee in two "
       "sentences:\n\n'Dear partners, due to reductions in our own funding we must reduce all community "
       "grants by 18% from April. We understand this will be difficult and we are prioritising "
       "multi-year commitments, which will be honoured in full for the current year. Partners may apply "
       "for a one-off transition fund of up to 500 pounds by 28 February. We will hold an online Q&A on 20 "
       "January.'"),
    ex("en",
       "Is 'data' singular or plural?",
       A("Both are accepted. In everyday and most technical English 'data' is treated as a mass noun "
         "('the data is'), while some scientific style guides keep it plural ('the data are')."),
       "great, anyway here's the abstract I'm supposed to read for tomorrow, give me the gist in plain "
       "words:\n\n'We examine whether remote-work adoption during 2020-2023 altered the spatial "
       "distribution of small retail businesses in 41 mid-sized European cities. Using business-register "
       "data, we find a 6-9% relative increase in cafés, bakeries and personal-service firms in "
       "residential districts, offset by declines in central business districts. Effects are concentrated "
       "in cities with high shares of knowledge-sector employment and are persistent through 2023.'"),
    ex("en",
       "my niece is 8, is that too young for Harry Potter?",
       A("Eight is a common age to start the first book; it's gentle compared with the later ones. Many "
         "parents read it together and pause before books four to seven, which get darker."),
       "ok good. I've never read it myself, embarrassingly. summarise the plot of the first Harry Potter "
       "book in three sentences, for someone who "
       "hasn't read it"),
    ex("en",
       "I've got a north-facing balcony, 3 m by 1.2 m, what can I grow?",
       A("Shade-tolerant plants do well: ferns, hostas, heuchera and fuchsias for looks; mint, parsley, "
         "chives and lettuce if you want to eat them. Avoid tomatoes and most herbs from the "
         "Mediterranean, they need full sun."),
       "mint and lettuce then. do I need special pots?",
       A("Any pot with drainage holes works. Keep mint in its own pot because it spreads, and give "
         "lettuce a wide, shallow trough at least 15 cm deep. Lightweight plastic is kinder to a balcony "
         "than terracotta."),
       "can you recap what we talked about? I want to pick it up tomorrow at the garden centre"),
    ex("en", SCHOOL_APP, "the head sent this round, main points of this in a short paragraph, no bullet "
       "points:\n\n'The pilot scheme ran in six primary schools for a full school year. Children in the "
       "pilot had a 20-minute outdoor lesson every day, whatever the weather. Teachers reported calmer "
       "classrooms in the afternoons, although two schools found it hard to staff the lessons in winter. "
       "Attendance rose slightly in four of the six schools. Parents were mostly positive, but some "
       "complained about muddy uniforms. The researchers recommend extending the scheme but funding "
       "waterproof clothing.'"),
    ex("en", ECHO_MEMOS, "my flatmate left me this voice note transcript, I'm at work, what does she "
       "want?\n\n'hey so um the landlord came round, uh, about the boiler? and he says the guy can come "
       "Thursday but someone has to be in between like 8 and 12, and I can't because I have the dentist, so "
       "um can you do it or swap with me, and also he said we need to stop putting the bins out on Sundays "
       "because the neighbours complained, okay, love you, bye'"),
    ex("en", "I don't need the numbers, just tell me the story of these results in plain English:\n\n"
       "'Q3: Revenue 12.4m (+3% QoQ). Subscriptions 9.1m (+9%). Hardware 3.3m (-11%). Churn 2.1% (Q2: "
       "2.8%). New customers 1,840 (Q2: 2,210). ARPU 54 (Q2: 49).'"),
    ex("en", DEBATE_COACH,
       "we drew the opposing side on this op-ed for Thursday. before I rebut anything, summarise the "
       "author's argument in three sentences, fairly:\n\n'Germany's decision to close its last nuclear "
       "plants in 2023 will be remembered as a costly mistake. The plants were safe, paid for and "
       "produced low-carbon electricity around the clock. Closing them meant burning more coal and gas "
       "during the transition than would otherwise have been needed, and it left the grid more dependent "
       "on imports on windless winter evenings. Renewables should keep growing as fast as possible, but "
       "retiring working zero-carbon capacity before fossil plants was the wrong order.'"),
    ex("en", TERN_IDE, "tldr this github issue for me pls:\n\n'Title: Upload fails silently for files > 2GB\n"
       "Opened by @okeke: On v3.4 uploads over 2GB show 100% then vanish. No error in UI.\n@lin: "
       "Reproduced on Chrome and Firefox. Server logs show 413 from the proxy.\n@okeke: Our nginx has "
       "client_max_body_size 2g.\n@maintainer-sam: The UI should show the 413. Two bugs then: the "
       "silent failure (ours) and the limit (your config). Will fix the first in 3.4.2.\n@lin: Raised "
       "our limit to 10g as a workaround, works.\n@maintainer-sam: 3.4.2 released with the error "
       "message fix. Closing.'"),
    ex("en",
       "Is it normal for a toddler to say no to everything?",
       A("Very normal, yes. Around 18 months to 3 years, 'no' is how children practise independence. "
         "Offering two choices ('red cup or blue cup?') tends to help more than asking yes/no questions."),
       "that's a relief. can you summarise what you said in one sentence I can text my husband"),
    ex("en", "what's the short version of this, like if I have 30 seconds at a dinner party:\n\n'The "
       "French Revolution began in 1789 when a financial crisis forced Louis XVI to call the "
       "Estates-General, whose Third Estate declared itself a National Assembly. The storming of the "
       "Bastille in July, the abolition of feudal privileges and the Declaration of the Rights of Man "
       "followed. The monarchy fell in 1792, the king was executed in 1793, and the radical Jacobins led "
       "the Terror until Robespierre's fall in 1794. A weaker Directory governed until Napoleon Bonaparte "
       "seized power in 1799.'"),
    ex("en", "Here's the minutes from last night's residents' meeting, can you write a 3-bullet recap for "
       "the WhatsApp group?\n\n'Present: 23 residents, councillor Patel. Parking: the council will consult "
       "on a residents' permit scheme in the spring, cost likely 60 pounds a year. Much disagreement, vote "
       "postponed. Trees: the three plane trees on Elm Row will not be felled after all, the survey found "
       "them healthy. Christmas: lights switch-on 6 December at 5pm, mulled wine by the Ferreira family, "
       "volunteers needed for setup.'"),
    ex("es", TUTOR_ES,
       "Profe, tengo examen mañana y no me da tiempo a leer todo el tema. ¿Me resumes en pocas líneas "
       "este apartado del libro?\n\n'Las causas de la Primera Guerra Mundial fueron múltiples. Las "
       "potencias europeas competían por colonias y mercados, y esa rivalidad imperialista alimentó la "
       "desconfianza. Al mismo tiempo, los nacionalismos, especialmente en los Balcanes, amenazaban a "
       "imperios multinacionales como el austrohúngaro. Europa estaba dividida en dos sistemas de "
       "alianzas, la Triple Alianza y la Triple Entente, de modo que un conflicto local podía arrastrar a "
       "todos. La carrera armamentística y los planes militares rígidos hicieron el resto. El asesinato "
       "del archiduque Francisco Fernando en Sarajevo, en junio de 1914, fue la chispa que encendió la "
       "guerra.'"),
    ex("fr", "Résume-moi cet article en trois phrases, je dois le présenter demain :\n\n" + ARTICLE[:1500]),
    ex("de", SALES_CRM,
       "Fass mir bitte die Notizen vom Kundentermin kurz zusammen, bevor ich den Follow-up plane: 'Herr "
       "Albers (Einkauf, Stadtwerke Kiel) ist grundsätzlich interessiert, findet den Preis aber 10 % zu "
       "hoch. Die IT will vor einer Entscheidung einen Testzugang für 30 Tage. Budgetfreigabe erst im "
       "März. Wettbewerber Voltix war letzte Woche auch da.'"),
    ex("pt",
       "Me explica o que é inflação em uma frase?",
       A("Inflação é o aumento generalizado dos preços ao longo do tempo, o que faz o dinheiro comprar "
         "menos."),
       "Boa. Agora resume essa notícia pra mim em duas frases: 'O Banco Central manteve a taxa Selic em "
       "10,5% pela terceira reunião seguida. Segundo o comunicado, a inflação de serviços segue elevada e "
       "o cenário externo exige cautela. Economistas esperam cortes apenas no segundo semestre.'"),
    ex("it", "Riassumimi questa mail del condominio, sono di fretta: 'Gentili condomini, si comunica che "
       "dal 15 gennaio inizieranno i lavori di rifacimento della facciata. Per tutta la durata dei lavori "
       "(circa 4 mesi) non sarà possibile utilizzare i balconi lato strada nei giorni feriali dalle 8 alle "
       "17. L'assemblea straordinaria per l'approvazione del preventivo definitivo è fissata per il 10 "
       "dicembre alle 21.'"),
    ex("nl", "Kun je dit samenvatten in twee zinnen voor mijn moeder? 'De gemeente heeft besloten dat de "
       "bibliotheek in de Kerkstraat per 1 maart sluit. Er komt een kleinere uitleenpost in het "
       "wijkcentrum, die drie dagen per week open is. De boekenbus blijft op woensdag langs de dorpen "
       "rijden.'"),
    ex("pl", "Streść w punktach, o co chodzi w tym regulaminie promocji: 'Promocja trwa od 1 do 31 "
       "grudnia. Przy zakupie dwóch produktów z serii Zima trzeci, najtańszy, otrzymasz gratis. Promocja "
       "nie łączy się z innymi rabatami. Zwrot produktów objętych promocją możliwy jest tylko w "
       "komplecie.'"),
    ex("tr",
       "Bu hafta hava nasıl olacak biliyor musun?",
       A("Canlı hava durumu verisine erişimim yok; en güncel tahmin için MGM'nin sitesine ya da bir hava "
         "durumu uygulamasına bakmanı öneririm."),
       "Tamam. O zaman şu uzun mesajı kısaca özetle, annem yazdı: 'Kızım bu hafta sonu teyzenler gelecek, "
       "cumartesi öğlen yemeği bizde, sen de gel. Pazar günü babanla köye gidiyoruz, salıya kadar "
       "yokuz. Anahtarı komşuya bıraktım, çiçekleri sula.'"),
    ex("ru", "Кратко перескажи, что здесь написано, мне лень читать: «Уважаемые жильцы! С 10 по 14 декабря "
       "будет отключена горячая вода в связи с плановой промывкой труб. Просим заранее запастись водой. "
       "Также напоминаем, что парковка во дворе 12 декабря будет закрыта для вывоза снега.»"),
    ex("uk", "Зроби коротке резюме цього листа від школи: «Шановні батьки! Нагадуємо, що з 22 грудня "
       "починаються зимові канікули. Новорічне свято для 3-Б класу відбудеться 19 грудня о 12:00 в "
       "актовій залі. Просимо принести костюми та подарунки для обміну вартістю до 200 грн.»"),
    ex("zh", "帮我总结一下这段会议记录，三句话以内：\n“本次会议讨论了新门店选址问题。财务部认为徐汇区租金"
       "过高，建议考虑闵行区；市场部则认为徐汇区客流量更大，能抵消成本。最后决定下周前由双方各自提交数据"
       "，再做决定。”"),
    ex("ja", TRIP_BOT,
       "予約のことじゃないんですが、このツアーの説明が長すぎてよく分からないので、要点だけ短くまとめて"
       "もらえますか？「本ツアーは京都市内の寺社を巡る日帰りプランです。午前は清水寺と八坂神社、昼食は"
       "祇園の料亭にて京懐石、午後は金閣寺と龍安寺を訪問します。移動は専用バス、ガイドは日英対応。雨天"
       "決行、最少催行人数は6名です。」"),
    ex("ko", "이 기사 핵심만 두세 줄로 요약해 줘: '서울시는 내년부터 65세 이상 시민에게 지하철 요금 "
       "대신 월 3만원의 교통 바우처를 지급하는 방안을 검토 중이다. 시는 무임승차로 인한 적자가 연간 "
       "4천억원에 이른다고 밝혔다. 노인 단체는 반발하고 있으며 공청회는 다음 달 열릴 예정이다.'"),
    ex("hi", "ye lamba WhatsApp forward ka short mein matlab batao: 'Sabhi society members dhyan dein, 15 "
       "tareekh se paani ki supply subah 6 se 9 aur shaam 6 se 8 tak hi hogi kyunki tank ki safai ho rahi "
       "hai. Maintenance fee 31 December tak jama karein, warna late fine lagega. Diwali party ka hisaab "
       "notice board pe laga hai.'"),
    ex("ar", "لخّص لي هذا الخبر في جملتين: «أعلنت وزارة التعليم تمديد إجازة منتصف العام الدراسي أسبوعاً "
       "إضافياً بسبب أعمال صيانة في عدد من المدارس. وأكدت الوزارة أن الاختبارات النهائية لن تتأثر، "
       "وأن جدول الفصل الثاني سيُعدَّل لتعويض الأيام الضائعة.»"),
    ex("id", "Tolong ringkas isi podcast ini dalam bahasa Indonesia, 3-4 kalimat aja, aku mau share ke grup "
       "petani:\n\n" + PODCAST),
    ex("vi", "Tóm tắt giúp mình đoạn này trong 2 câu: 'Công ty sẽ chuyển văn phòng từ quận 1 sang quận 7 "
       "vào tháng 3. Nhân viên được hỗ trợ 500 nghìn đồng mỗi tháng tiền đi lại trong 6 tháng đầu. Bãi "
       "giữ xe ở tòa nhà mới miễn phí cho xe máy.'"),
    ex("sv", "Kan du sammanfatta det här mejlet från förskolan kort? 'Hej föräldrar! Nästa vecka har vi "
       "temavecka om vinter. Barnen behöver ha med sig extra vantar och termosbyxor varje dag. På fredag "
       "blir det pulkaåkning i parken om det finns snö, annars går vi till biblioteket.'"),
    ex("es", "me puedes hacer un summary rapidito de este mensaje de mi jefe? 'Equipo, el cliente de "
       "Monterrey aprobó la propuesta, pero quiere adelantar la entrega al 30 de enero. Necesito que cada "
       "uno me diga para el lunes si es viable con su parte.'"),
    ex("en",
       "what's an icebox?",
       A("An old word for a refrigerator; originally a cabinet cooled with blocks of ice. Americans "
         "still sometimes say it."),
       "ah that helps. What's the main message of this poem, in a couple of sentences? I have to present it "
       "in class and I'm lost:\n\n'I have eaten\nthe plums\nthat were in\nthe icebox\n\nand which\nyou were "
       "probably\nsaving\nfor breakfast\n\nForgive me\nthey were delicious\nso sweet\nand so cold'"),
    ex("en", FERNHILL_SLACK,
       "Tell me a joke about accountants",
       A("Why did the accountant break up with the calculator? She felt he was just using her for her "
         "figures."),
       "lol. ok serious now: can you shorten this paragraph from my report to half its length without "
       "losing the meaning? 'Over the course of the last financial year, the organisation has undertaken "
       "a significant programme of work aimed at reducing its overall operating costs, which has included, "
       "among other measures, the renegotiation of a number of supplier contracts, the consolidation of "
       "office space across two sites into one, and a review of discretionary spending in all "
       "departments.'"),
    ex("en", FERNHILL_SLACK, "skim this for me and tell me if there's anything I actually need to "
       "do:\n\n'Reminder: the car park will be resurfaced on 14-15 December. Please park at the leisure "
       "centre on those days. Also, the annual fire alarm test is on 10 December at 11:00; no action needed. "
       "Finally, staff who have not completed the data protection training must do so by 19 December.'"),
    ex("en", "Give me the 2-minute version of this article for someone who only cares about the money "
       "side:\n\n" + ARTICLE),
    ex("en", "this Slack thread went on for 40 messages, here's the important chunk. who agreed to do "
       "what is less important than what the overall plan is, so just give me the plan in a few lines\n\n"
       + STANDUP_THREAD),
    ex("en",
       "write a very short fairy tale about a lighthouse that falls in love with a ship",
       A("Every night the lighthouse swept its beam across the bay, and every night the ship Marguerite "
         "answered with two short blasts of her horn. The other ships passed without a word. For twenty "
         "years they spoke like this, light and sound, until the harbour master announced the Marguerite "
         "would be scrapped. On her last night she sailed close, closer than was safe, and the lighthouse "
         "burned so bright that every window in the town woke up. In the morning she was gone, and the "
         "lighthouse never again turned its beam away from the place where she had stood."),
       "aww. now summarise your story in one line for the back of the book"),
    ex("en", CRAMLY,
       "no flashcards this time, just sum up this passage in one sentence so I know what I'm reading:\n\n"
       "'Act only according to that maxim whereby you can at the same time will that it should become a "
       "universal law. For example, a person in need who borrows money by promising to repay it, knowing "
       "he cannot, must ask whether his maxim could hold as a universal law; it could not, because if "
       "everyone made false promises when in need, no one would believe a promise and the practice of "
       "promising itself would be impossible.'"),
]

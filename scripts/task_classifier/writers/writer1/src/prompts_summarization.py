"""`summarization`: shorten pasted material into its gist — a TL;DR, a paragraph, a few bullets of main points.

Meeting transcripts, an overnight on-call log, a council newsletter, a research abstract, email threads,
a lease in plain words, a patient-information leaflet for a relative. Asking for named fields in a table is
`extraction`; turning the material into a poem or story is `creative`; same length in another language is
`translation`.
"""

from common import A, S, ex

RAG = S("You are the knowledge assistant for Harrow & Vale Housing Association staff. Answer from the "
        "documents the user pastes. Say clearly when something isn't in them.")
ONCALL = S("You are Pager Pal, the on-call assistant of a payments company. You read alerts, logs and runbooks "
           "and help the on-call engineer. Be brief; they might be on a phone.")
STUDY = S("Eres StudyMate, asistente de estudio para universitarios. Ayudas a repasar, hacer esquemas y "
          "preparar exámenes.")
LEGALAPP = S("You are ClauseWise, an assistant in a contract-review tool for small businesses. You explain "
             "contracts in plain English. You are not a lawyer and say so when it matters.")
SCHOOL = S("Du bist der Elternbrief-Assistent der Grundschule am Lindenpark. Du hilfst Lehrkräften und Eltern "
           "mit Schreiben der Schule.")

TRANSCRIPT = """[Product sync — 4 Dec — transcript, auto-generated]
Hana: ok let's start, we've got 25 min. first thing is the onboarding drop-off. Leo?
Leo: yeah so, the new onboarding went live two weeks ago. Step 3, the bank-connection screen, is where we lose
people. Before it was around 22% drop at that step, now it's 31%. We think it's the extra consent screen legal
asked for.
Hana: can we just remove it?
Priscilla: no, not without legal. But we could merge it with step 2 so it doesn't feel like another wall.
Leo: design has a mock for that already, Ines did one last week.
Hana: fine, let's test the merged version with 20% of traffic. Leo owns it. Next: the Android crash.
Tomasz: the crash on Android 15 is fixed in 5.4.1, it's in review at Google, should be out Friday. Crash-free
rate dropped to 97.2% for those users, rest of the fleet is 99.6%.
Hana: ok. Support is getting hammered though.
Priscilla: I'll give support a macro to send, with the expected date.
Hana: and pricing — marketing wants the annual discount to go from 15 to 20% for the January campaign.
Leo: finance hasn't signed off. Last time we did 20% the renewal rate the year after was worse.
Hana: let's not decide today. Priscilla, can you get finance and marketing in one room next week?
Priscilla: yep.
Hana: anything else? no? ok, thanks all."""

ONCALL_LOG = """00:12 ALERT payments-api p99 > 2s (eu-west-1)
00:14 ack by @rosa
00:19 rosa: looks like db cpu at 92%, long-running query from reporting job
00:23 rosa: killed reporting job (pid 33121), p99 back to 410ms
00:41 ALERT resolved
02:05 ALERT card-auth error rate 4% (provider: Adyen)
02:06 ack by @rosa
02:09 rosa: Adyen status page shows partial outage in NL
02:15 rosa: enabled fallback to Stripe for NL cards via feature flag pay.fallback.nl
02:31 error rate 0.3%
03:50 Adyen reports resolved
04:02 rosa: fallback flag left ON, will decide with day team
05:40 ALERT disk 85% on log-archiver-2
05:44 rosa: rotated logs manually, 61%. ticket OPS-4412 to fix retention config
06:00 handover"""

ARTICLE = """Cities across Europe have spent the past decade painting bike lanes, but a new study from the University
of Utrecht suggests that paint alone does little. Researchers tracked 14 cities between 2015 and 2025 and found
that cycling rose sharply only where lanes were physically separated from traffic — by kerbs, planters or parked
cars — and formed a connected network rather than isolated stretches. In cities that mostly added painted lanes,
the share of trips by bike grew by less than one percentage point. In those that built protected networks, such
as Seville and Paris, it grew by between four and nine points. The authors also found that the first years after
construction are misleading: usage often dipped while people adjusted, then climbed steadily from year three.
Critics note that the protected-lane cities also raised parking fees and cut speed limits at the same time, which
makes it hard to separate the effect of the lanes themselves. The researchers accept the point but argue that the
measures work as a package and that cities choosing only the cheapest part should not expect the same results.
Local shopkeepers, often the loudest opponents, were surveyed too: after three years, most reported unchanged or
higher takings, though a minority of car-dependent businesses, such as furniture stores, reported losses."""

THREAD = """From: Jonas Ek
Re: Re: Re: Q1 offsite
I can't do the 14th, Kiruna trip. Could we do the 21st?

From: Maribel Santos
Re: Re: Q1 offsite
21st is fine for me but the venue (the old mill) is booked that week. There's the boathouse but it only fits 30.

From: Ade Bankole
Re: Q1 offsite
We're 34 with the new hires. Could do the boathouse if 4 people join remotely? Or we just do the 14th without Jonas,
he can dial in for the strategy part.

From: Jonas Ek
I'd rather be there for the strategy part honestly. What about the first week of Feb at the mill?

From: Maribel Santos
Mill is free 3-5 Feb. Budget is the same. I'll hold the 4th unless someone objects by Friday."""

EXAMPLES = [
    ex("en", f"tldr of this meeting pls, I missed it\n\n{TRANSCRIPT}"),
    ex("en", ONCALL, f"summarise the night for the handover, 3-4 bullets, what the day team needs to know\n\n{ONCALL_LOG}"),
    ex("en", S("You are the editorial assistant for Cyclewise, a weekly newsletter of a cycling-advocacy group. Help with drafts, headlines and digests."), f"gist of this in 2-3 sentences?\n\n{ARTICLE}"),
    ex("en", f"I'm presenting this to the council next week. give me the main argument and the main objection, short paragraph, no numbers\n\n{ARTICLE}"),
    ex("en", f"where did this email thread land? one line\n\n{THREAD}"),
    ex("en", RAG, "summarise what this says about damp and mould complaints so I can tell the tenant on the phone\n\n'Damp and mould: reports are triaged within 2 working days. An inspector visits within 10 working days, or 24 hours if a vulnerable person lives in the home. Minor mould is treated and the tenant given advice on ventilation; structural causes (leaks, failed damp-proof course) are referred to the repairs team with a target of 20 working days. Tenants are updated in writing after each visit.'"),
    ex("en", LEGALAPP, "here's the termination section of our SaaS contract. what does it boil down to in plain english? short\n\n'14.1 Either party may terminate this Agreement for convenience upon ninety (90) days' written notice, provided that no such termination shall take effect prior to the expiry of the Initial Term. 14.2 Either party may terminate immediately upon written notice if the other party commits a material breach which is incapable of remedy or, if capable of remedy, is not remedied within thirty (30) days of notice. 14.3 Upon termination, Customer shall pay all Fees accrued up to the effective date, and Supplier shall make Customer Data available for export for sixty (60) days, after which it may be deleted.'"),
    ex("en", "Extract all the names from the transcript", A("Hana, Leo, Priscilla, Ines, Tomasz."),
       f"cool. now what were the decisions and the open questions, briefly? not a table, just a short summary\n\n{TRANSCRIPT}"),
    ex("en", "can you summarise this abstract for someone with no biology background\n\n'We report that a single dose of psilocybin in adult mice increased dendritic spine density in the medial frontal cortex by approximately 10% within 24 hours, an effect that persisted for at least one month. Two-photon imaging revealed elevated spine formation rates rather than reduced elimination. Behavioural assays showed reduced stress-related escape deficits. These findings suggest structural remodelling as a possible substrate for long-lasting effects.'"),
    ex("en", "should we call the next release 5.2 or 6.0? it drops an old endpoint", A("Removing a public endpoint is a breaking change, so under semver it should be 6.0 — unless the endpoint was already deprecated and you promised removal in a minor."), "it was deprecated, 5.2 it is. now summarise this changelog for our non-technical customers, 3 bullets max\n\nv5.2: migrated auth to OIDC; deprecated /v1/tokens; p95 dashboard load 3.1s→1.2s; fixed race in invoice PDF generation; added SCIM provisioning for Enterprise; bumped min TLS to 1.2; dark mode for reports"),
    ex("en", "Write me a haiku about autumn", A("Maple keys spinning / the school run crunches slower / scarves out of the drawer"),
       "nice. now work: sum up this customer complaint in one sentence for the ticket title\n\n'I've been a customer for 6 years and this is the third time my delivery has been left in the rain by the bins even though I've put SAFE PLACE: PORCH in the notes every single time. The box was soaked and the book inside is ruined. I don't want a refund I want you to fix whatever is making drivers ignore the notes.'"),
    ex("en", ONCALL, "thanks", A("👍 Anything else before handover?"), "yes, short summary of this runbook section so I don't have to read it on my phone\n\n'Card-auth fallback: if a PSP error rate exceeds 3% for 5 minutes in a region, the on-call may enable pay.fallback.<region>. Fallback routes new authorisations to the secondary PSP; in-flight captures stay with the primary. Fallback increases cost per transaction by approx. 0.08 percentage points. It must be disabled within 12 hours of the primary recovering, after checking with the payments lead, because reconciliation reports assume the primary PSP.'"),
    ex("en", "summarise this review thread on my PR in 2 lines so I know what I need to change\n\nmira: nit: naming, `doStuff` pls\nmira: the retry loop has no cap, this could spin forever\nken: +1 on the cap. also tests don't cover the timeout path\nmira: otherwise LGTM\nken: and pls squash before merge"),
    ex("en", "I don't need the numbers, give me the story of this quarter in a paragraph\n\nQ3: revenue 4.1M (+6% QoQ), EMEA +14%, APAC -3% after losing the Osaka distributor in July. Gross margin 61% (from 58%) thanks to the hosting renegotiation. Headcount 212 (+9), mostly support. Churn up slightly, 2.4% → 2.7%, concentrated in small accounts after the price change. Pipeline for Q4 strongest ever at 9.8M, led by two public-sector tenders."),
    ex("en", "summarise in bullets what this podcast segment says about sleep\n\n'...so the big thing people get wrong is they think they can catch up at the weekend. You partly can, but your body clock shifts, and then Monday is worse — that's social jet lag. The second thing: caffeine has a half-life of about five to six hours, so the 3pm coffee is still a quarter-strength coffee at 3am. And third, a cold dark room matters more than the expensive mattress. Most people keep bedrooms way too warm. If you only change one thing, change the time you get up — keep it the same every day, even Sundays. Bedtime sort of follows.'"),
    ex("en", S("You are the assistant inside Minutely, a meeting-notes app. Help users tidy, search and share their notes."),
       "make the notes from today's parents' committee into a short summary for the WhatsApp group\n\n- bake sale raised £412, thanks all\n- new playground equipment: council grant approved but delivery not until April\n- Christmas fair Dec 13, need 6 more volunteers for stalls\n- head teacher asks parents not to park on the zigzags\n- next meeting Jan 15"),
    ex("en", "hey what's up", A("Not much! What can I help with?"), "can you boil this down for me, it's from my kid's school and I'm tired\n\n'Dear Parents and Carers, As part of our ongoing commitment to wellbeing, from January we will be introducing a phone-free school day. Pupils may still bring phones for the journey, but these must be switched off and placed in their lockers on arrival, and may be collected at the end of the day. Phones seen during the day will be held at reception until collected by a parent. We appreciate your support.'"),
    ex("en", "summarise this Slack vent from a colleague so I can bring it up with our manager without quoting him\n\n'honestly i'm done with the release process. three times this month i've stayed till 10 because QA only gets builds at 5pm, and every time something tiny blocks it and we're the ones who have to hotfix. nobody plans for the fact that the mobile release needs store review. i like the team but this is burning me out'"),
    ex("en", "give me 6 categories for a pub quiz", A("History, Science & Nature, Sport, Film & TV, Geography, Food & Drink."), "good. short summary of this Wikipedia-style text for a pub quiz card, 2 sentences\n\n'The Tunguska event was a large explosion of about 12 megatons that occurred near the Podkamennaya Tunguska River in Siberia on 30 June 1908. It flattened an estimated 80 million trees over 2,150 square kilometres of forest. The explosion is generally attributed to the air burst of a stony asteroid about 50–60 metres in size. No impact crater has been found.'"),
    ex("en", "can u summarise the key points of this cover letter so I can see if it actually says anything lol\n\n'Dear Hiring Manager, I am writing to express my interest in the Operations Coordinator role. With four years in event logistics, I have managed suppliers for festivals of up to 20,000 people, cut catering costs by renegotiating contracts, and built the rota system my current employer still uses. I thrive in fast-paced environments and am known for staying calm when plans change at the last minute. I would welcome the chance to bring this to your team.'"),
    ex("en", "What's the capital of Australia?", A("Canberra."), "ok. unrelated, give me the short version of this lease clause, in normal words:\n\n'The Tenant shall not without the prior written consent of the Landlord (such consent not to be unreasonably withheld or delayed) make any alterations or additions to the Premises, save for non-structural internal alterations which do not affect the building services, provided that the Tenant notifies the Landlord in writing within fourteen days of completion.'"),
    ex("en", S("You are the assistant in Storefront Insights, a dashboard for mobile-app teams. Help them read ratings, reviews and crash reports."), "summarise these 5 app reviews into what people like and what they hate\n\n1) love the widgets, but it logs me out every week\n2) best habit tracker I've tried. wish it had apple watch\n3) keeps logging me out!!! otherwise 5 stars\n4) clean design, streaks are motivating\n5) no watch app in 2026? come on"),
    ex("en", "tldr: https://example.com/blog-post — oh wait you can't open links. here's the text:\n\n'After three years of running our own Kafka clusters, we moved to a managed service. Cost went up about 20% on paper, but we stopped paging engineers at night for broker failures, and two people got their roadmaps back. Upgrades, which used to take a quarter of planning, now happen without us. We lost some control over configuration and had to rewrite one consumer that relied on a broker setting the provider doesn't expose. Would we do it again? Yes.'"),
    ex("en", S("You are a coding agent working in the `tillbox-pos` repository. Use tools to read files and run commands."),
       "don't change anything. just summarise what this design doc proposes and why, a few sentences, I'm reviewing it in 5 min\n\n'# Offline receipts\nProblem: when a shop loses internet, the POS can't print receipts because receipt numbers are assigned by the server.\nProposal: each till gets a block of 1,000 receipt numbers in advance, refilled when it drops below 200. Numbers used offline are reported when the till reconnects.\nAlternatives: client-generated UUIDs (rejected: tax authorities in PT and IT require sequential numbers); print without a number (rejected: illegal in PT).\nRisks: a till lost or destroyed leaves a gap in the sequence; we log the block so auditors can see why.'"),
    ex("en", S("You are the volunteer-coordination assistant for St Bride's Community Hall. Help the committee with rotas, newsletters and minutes."), "short summary of the minutes, for people who weren't there:\n\nBoard minutes 2 Dec. Present: 6 of 7. Treasurer reported the roof repair came in £3k under budget. The proposal to open the hall on Sundays was discussed; concerns about noise from neighbours; agreed to trial once a month from February. Membership fee unchanged for 2027. Secretary to step down in March; nominations open."),
    ex("en", "sum up this error log — not the fix, just what happened, in order\n\n10:02 worker-3 started batch 8812\n10:02 worker-3 fetched 5000 rows\n10:04 worker-3 WARN slow query 41s\n10:06 worker-3 ERROR connection reset by peer\n10:06 worker-3 retry 1/3\n10:07 worker-3 ERROR connection reset by peer\n10:07 worker-3 retry 2/3\n10:09 worker-3 batch 8812 done (5000 rows)"),
    ex("en", "summary of the plot of the first Harry Potter in 3 sentences for my nephew's book report"),
    ex("en", S("You are PeopleDesk, the HR assistant of Bramwell Logistics. You answer questions about leave, payroll dates, benefits and policies."),
       "what's the deadline for november expenses?", A("November expenses must be submitted in Expensa by 5 December."),
       "thanks. I'm on the engagement committee — give me the main themes of these survey comments in a few bullets, no names\n\n- night shift never hears about decisions until they're done\n- the new lockers are great, thank you\n- training is good but always scheduled on our days off\n- managers at depot 2 are fair, depot 4 not so much\n- communication from head office is all email, we don't have email on the floor\n- more training for forklift licence please\n- nobody tells nights anything"),
    ex("en", S("You are the patient-liaison assistant at Ridgeway Clinic. You help families with letters, forms and appointments. You do not give medical advice."),
       "my dad's been given this leaflet before his cataract op. can you sum it up in a few simple lines so I can read it to him on the phone?\n\n'Before your operation: do not drive to the hospital. You may eat a light breakfast. Take your usual medicines unless told otherwise, but bring them with you. Remove eye make-up. On the day: the operation takes about 20 minutes under local anaesthetic and you will be awake. Afterwards: you will go home the same day with an eye shield to wear at night for one week. Use the eye drops as shown. Avoid swimming and heavy lifting for two weeks. Call the eye unit if you have increasing pain or loss of vision.'"),
    ex("en", "how do I undo my last commit but keep the changes", A("`git reset --soft HEAD~1` — the commit is removed and the changes stay staged."),
       "saved me. ok, summarise this github issue thread, what's the status?\n\nopened by @lin: export to parquet crashes on columns with all nulls\n@maint-a: can repro on 3.1, not on 3.0\n@lin: workaround is casting to string first\n@maint-b: root cause is the schema inference change in #1882, fix in #1904\n@maint-a: #1904 merged, will ship in 3.1.2\n@lin: 👍 will test when out"),
    ex("en", S("You are the quest journal of the text adventure 'Ashes of Varrow'. You keep track of the player's progress and remind them of past events when asked."),
       "I haven't played in 3 weeks. summarise what happened in my last session from this log so I remember where I am\n\n> talked to Grimbold: he mentioned a smuggler's tunnel under the chapel\n> bought rope and 2 torches (12 silver)\n> entered the chapel, fought 2 drowned acolytes, lost 9 HP\n> found a rusted key with a fish engraving\n> the tunnel door didn't open with the key\n> saved at the chapel altar"),
    ex("es", STUDY, "Hazme un resumen cortito de este texto para repasar antes del examen:\n\n'La Revolución Industrial comenzó en Gran Bretaña a finales del siglo XVIII. La mecanización de la industria textil, el uso del carbón y la máquina de vapor transformaron la producción. Las ciudades crecieron rápidamente y surgió una nueva clase obrera con jornadas largas y condiciones duras, lo que dio lugar a los primeros sindicatos.'"),
    ex("fr", "Tu peux me faire un résumé de ce mail en deux phrases ? Je n'ai pas le temps de tout lire.\n\n'Bonjour à tous, suite à la réunion de mardi, nous avons décidé de reporter le lancement de la nouvelle gamme à mars, le temps de finaliser les tests qualité. Les commandes des distributeurs seront honorées avec l'ancienne gamme jusqu'à fin février. Merci de prévenir vos clients et de remonter toute question à Claire avant vendredi.'"),
    ex("de", SCHOOL, "Fass mir den Elternbrief kurz zusammen, ich will nur wissen, was ich tun muss:\n\n'Liebe Eltern, am Freitag, den 19. Dezember, findet unsere Weihnachtsfeier in der Turnhalle statt. Beginn ist um 15 Uhr. Wir bitten jede Familie, einen kleinen Beitrag zum Buffet mitzubringen (bitte ohne Nüsse wegen Allergien). Der Unterricht endet an diesem Tag bereits um 11:30 Uhr; die Notbetreuung ist bis 15 Uhr gewährleistet, bitte melden Sie Ihr Kind bis Montag dafür an.'"),
    ex("pt", S("Você é a assistente do app de equipe Turno, usado por uma distribuidora em Salvador. Ajuda com escalas, avisos e mensagens."), "resume esse áudio transcrito do meu chefe em tópicos, por favor\n\n'Oi pessoal, rapidinho: o cliente da Bahia pediu pra adiantar a entrega pra dia 10, eu disse que a gente vê. O Rafa tá de férias semana que vem, então quem cobrir ele fala comigo. E lembrando que sexta tem a confraternização, quem não confirmou confirma no grupo.'"),
    ex("it", "Riassumi in poche righe questo articolo per la newsletter del condominio:\n\n'Dal 1° gennaio entra in vigore il nuovo regolamento per la raccolta differenziata. La plastica si conferirà il martedì e il venerdì, l'umido il lunedì, mercoledì e sabato. Il vetro passa al giovedì. Chi non rispetta i giorni rischia una sanzione fino a 200 euro. Il comune distribuirà i nuovi calendari entro metà dicembre.'"),
    ex("nl", "Kun je dit samenvatten in drie punten? Het is van de gemeente.\n\n'Vanaf maart wordt de Oudegracht tussen 7 en 11 uur afgesloten voor autoverkeer, behalve voor bevoorrading. Bewoners met een vergunning kunnen hun auto in de nieuwe buurtgarage parkeren tegen een gereduceerd tarief. De maatregel wordt na een jaar geëvalueerd.'"),
    ex("pl", "Streść mi ten regulamin w 3 zdaniach, nie chce mi się czytać:\n\n'Uczestnik zobowiązany jest do zgłoszenia rezygnacji z kursu najpóźniej 7 dni przed jego rozpoczęciem. W przypadku późniejszej rezygnacji opłata nie podlega zwrotowi. Organizator zastrzega sobie prawo do odwołania kursu przy zbyt małej liczbie uczestników; wówczas opłata zwracana jest w całości. Materiały szkoleniowe są wliczone w cenę.'"),
    ex("tr", "Translate 'toplantı' to English", A("\"Meeting\"."), "Teşekkürler. Şimdi şu toplantı notlarını kısaca özetler misin?\n\n'Yeni ofise taşınma şubat sonuna ertelendi. İnternet altyapısı hâlâ kurulmadı. Herkes kendi masasını ocak ayında toplamaya başlasın. Otopark kartları taşınmadan bir hafta önce dağıtılacak.'"),
    ex("uk", "Підсумуй коротко, про що цей лист від ОСББ:\n\n'Шановні мешканці! У зв'язку з підвищенням тарифів на обслуговування ліфтів внесок зростає на 40 грн на місяць з січня. Також нагадуємо, що на загальних зборах 20 грудня обговорюватимемо встановлення сонячних панелей на даху. Просимо бути присутніми або передати довіреність.'"),
    ex("zh", RAG, "帮我用中文概括一下这段英文政策，三句话以内：\n\n'Tenants may keep one small pet (cat, small dog, caged animal) without permission. Larger dogs or more than one pet require written consent, which will not be unreasonably refused. Tenants are responsible for any damage caused by pets and must keep shared areas clean.'"),
    ex("ko", "이 기사 요약해 줘요. 세 줄로.\n\n'정부는 내년부터 청년 월세 지원을 확대한다고 밝혔다. 지원 대상은 만 19~34세 무주택 청년으로, 소득 기준이 완화되어 약 15만 명이 추가로 혜택을 받을 전망이다. 지원 금액은 월 최대 20만 원으로 동일하며, 지원 기간은 12개월에서 24개월로 늘어난다.'"),
    ex("hi", "is lambe email ka saar bata do 2-3 line mein:\n\n'Priya team, agle mahine se office ka timing 9:30 se 6:30 hoga. Friday ko work from home allowed rahega lekin client calls hone par office aana padega. Canteen renovation ki wajah se 2 hafte band rahegi, tab tak coupons milenge. Kisi ko dikkat ho to HR se baat karein.'"),
    ex("ar", "لخص لي هذا النص في جملتين:\n\n'أعلنت البلدية عن إغلاق الحديقة المركزية لمدة شهرين بدءاً من الأول من فبراير لأعمال الصيانة وتجديد الممرات وإضافة ألعاب جديدة للأطفال. وسيتم فتح مدخل مؤقت للمشاة من الجهة الشرقية. وتعتذر البلدية عن الإزعاج.'"),
    ex("id", S("Kamu adalah asisten grup RT 05 di aplikasi warga. Bantu pengurus menulis pengumuman dan merangkum info."),
       "Tolong ringkas pengumuman ini jadi 2-3 poin buat dikirim ke grup WA warga:\n\n'Diberitahukan kepada seluruh warga RT 05 bahwa kerja bakti akan dilaksanakan hari Minggu, 14 Desember pukul 07.00. Mohon membawa alat kebersihan masing-masing. Iuran keamanan bulan Desember dapat dibayarkan ke Pak Budi paling lambat tanggal 20. Terima kasih.'"),
    ex("vi", "Tóm tắt giúp mình đoạn này thành 3 ý chính:\n\n'Công ty sẽ áp dụng chính sách làm việc linh hoạt từ tháng 1. Nhân viên có thể làm từ xa tối đa 2 ngày mỗi tuần, nhưng phải có mặt vào thứ Hai để họp giao ban. Các phòng ban tự sắp xếp lịch và báo cáo cho phòng nhân sự trước ngày 25 hằng tháng.'"),
    ex("sv", "Write a short poem about snow", A("Snö på taken, / tyst i staden..."), "Haha fint. Nu på riktigt: sammanfatta det här mejlet från förskolan kort:\n\n'Hej föräldrar! Nästa vecka har vi tema vinter. Skicka med extra vantar och mössa varje dag. På torsdag går vi till pulkabacken, så ta gärna med pulka om ni har. Fredag är det stängt på grund av planeringsdag.'"),
    ex("el", "Κάνε μου μια σύντομη περίληψη αυτού του email, σε 2 προτάσεις:\n\n'Καλησπέρα σας, σας ενημερώνουμε ότι λόγω εργασιών στο δίκτυο ύδρευσης, η παροχή νερού θα διακοπεί την Τετάρτη από τις 9 το πρωί έως τις 3 το μεσημέρι. Παρακαλούμε να κάνετε τις απαραίτητες προμήθειες. Ζητούμε συγγνώμη για την ταλαιπωρία.'"),
    ex("th", "สรุปข่าวนี้ให้หน่อย สั้นๆ 2 บรรทัด\n\n'กรุงเทพมหานครประกาศขยายเวลาเปิดให้บริการสวนสาธารณะ 10 แห่งจนถึงเวลา 22.00 น. เริ่มตั้งแต่วันที่ 1 มกราคม เพื่อให้ประชาชนได้ออกกำลังกายหลังเลิกงาน พร้อมเพิ่มไฟส่องสว่างและเจ้าหน้าที่รักษาความปลอดภัย'"),
    ex("en", "Translate this to English: 'Reunión aplazada, nueva fecha por confirmar.'", A("\"Meeting postponed, new date to be confirmed.\""),
       "thanks. and summarise this longer one from the same person, in English, 2 lines:\n\n'Hola equipo, la reunión con el proveedor se aplaza porque su director está enfermo. Mientras tanto, seguid con las pruebas del prototipo y apuntad cualquier fallo en la hoja compartida. Cuando tengamos fecha nueva os aviso, probablemente a finales de mes.'"),
]

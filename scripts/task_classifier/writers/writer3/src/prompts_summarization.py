"""summarization: the last user message asks for a shorter version of given text or of the chat so
far: the gist, a TL;DR, the main points in a few sentences or bullets, "the story, not the numbers".
Pulling named fields or a table of values out of text is `extraction`; "don't translate it, just tell
me briefly what it's about" is summarization."""

from common import A, S, ex
from pasted_summarization import DORFLADEN, DRONE_PODCAST, SSO_THREAD, TOWN_HALL, WAREHOUSE_MEMO

TRIAGE = S("You are TriageBot for the Nordhaus support desk. For every incoming ticket output a priority "
           "(P1-P4), a queue and a one-line reason.")
READER = S("Tu es l'assistant de l'application de lecture Lisio. Tu aides les lecteurs à comprendre les "
           "articles qu'ils enregistrent.")
SHOP_ZH = S("你是天猫店铺的客服助手，帮店主回复顾客、处理退换货。")
HR_RU = S("Ты — HR-ассистент строительной компании «СеверСтрой». Отвечаешь на вопросы о графике, отпусках "
          "и охране труда.")
BI = S("You are the Insight assistant in Lumen BI. You explain dashboards and KPIs in plain language.")
PROMO_PL = S("Jesteś asystentem sklepu internetowego z elektroniką. Pomagasz klientom w zamówieniach, "
             "zwrotach i reklamacjach.")
CRM_VI = S("Bạn là trợ lý trong phần mềm CRM của một công ty bảo hiểm. Bạn giúp nhân viên ghi chú cuộc gọi "
           "và đặt lịch hẹn với khách hàng.")
IDE = S("You are CodePilot, an assistant in the user's IDE. Answer with code when possible.")
LEGAL = S("You are DocketMate, an assistant for law-firm staff: drafting letters, tracking court deadlines, "
          "formatting citations.")
CRM = S("You are Salesfolk, the assistant built into our CRM. Help sales reps log calls, draft follow-up "
        "emails and look up account history.")
HUDDLE = S("You are Huddle, a team chat assistant. You answer questions about the workspace and can "
           "summarise channels on request.")
TRANSLATE_APP = S("You are LinguaBridge. Translate the user's text into the target language they pick.")
HR = S("You are PeopleDesk, the HR assistant at Corvane Ltd. Answer questions about leave, benefits and "
       "policies from the employee handbook.")
MODFORGE = S("You are ModForge, an assistant for Bethesda game modding. Answer Papyrus and Creation Kit "
             "questions with examples.")
ONCALL = S("You are the on-call helper in PagerNote. When an incident is pasted, write a two-sentence "
           "customer-facing status update. No internal details, no blame.")
MEDFILE = S("You are MedFile, a helper that organises a family's medical documents by person and date.")
POS_ID = S("Kamu adalah Kasirku, asisten kasir untuk toko kecil: stok, harga, dan laporan penjualan harian.")
FARM = S("You are FarmBook, an assistant that helps growers log plantings, sprays and harvests and "
         "reminds them of seasonal tasks.")

EXAMPLES = [
    ex("en", TRIAGE, "not triage: I'm handing over to the evening shift, give me a 3-line summary of this thread "
       "so they know where it stands\n\n" + SSO_THREAD),
    ex("es", "Resúmeme en tres frases esta noticia para el grupo de la familia, que son muy vagos para leer:\n\n"
       "El Ayuntamiento de Cuenca ha aprobado la peatonalización de la calle Carretería a partir del próximo "
       "otoño. Según el alcalde, la medida busca reducir el tráfico en el centro y apoyar al comercio local, "
       "aunque varios comerciantes temen perder clientes que llegan en coche. Para compensarlo, se ampliará el "
       "aparcamiento de la plaza de toros con 300 plazas y se ofrecerá una hora gratis a quien compre en la "
       "zona. Las obras durarán unos cuatro meses y se harán por tramos para no cortar el acceso a los "
       "portales. La oposición ha criticado que no se haya consultado a los vecinos."),
    ex("de", "Fass das bitte in fünf Sätzen zusammen, für den Newsletter von unserem Verein:\n\n" + DORFLADEN),
    ex("en", "give me a short summary of these notes for handover, a few sentences, not a list of meds:\n\n"
       "Mr Lowe, 82, bed 2. Day 3 post hip replacement. Mobilised with frame x2 today with physio, tolerated "
       "well but dizzy on standing in the afternoon, BP 102/60 at the time, settled after lying down. Eating "
       "poorly, family bringing food from home. Wound clean and dry. Pain controlled on regular paracetamol. "
       "Slightly confused at 3am, reoriented easily, no falls. Catheter out at 10:00, has passed urine twice. "
       "OT assessment booked for tomorrow, daughter wants to discuss discharge plan, she's worried he lives "
       "alone."),
    ex("fr", READER, "Résume cet article en un paragraphe, je n'ai pas le temps de tout lire :\n\nDepuis trois "
       "ans, la commune de Saint-Amand expérimente la cantine scolaire 100 % locale. Les légumes viennent de "
       "quatre maraîchers situés à moins de 20 kilomètres, la viande d'un éleveur du canton. Le coût par repas "
       "a augmenté de 40 centimes, compensé en partie par une baisse du gaspillage : les enfants mangent "
       "davantage, selon le personnel. Les maraîchers, eux, apprécient la garantie de débouchés, mais "
       "regrettent la lourdeur des appels d'offres. La mairie envisage d'étendre le dispositif à la maison de "
       "retraite, à condition de trouver un cuisinier supplémentaire."),
    ex("ja", "「お世話になっております」を英語にすると？", A("Context matters, but in an email opening, \"I hope "
                                                                "you are well\" or \"Thank you for your continued "
                                                                "support\" works."),
       "なるほど。じゃあ、この長いメール、要点だけ3行でまとめてください：\n\nお世話になっております。先日ご依頼いただいた"
       "展示会用パンフレットの件ですが、印刷会社の機械トラブルにより、納品が当初の10月3日から10月8日にずれ込む見込み"
       "です。展示会は10月10日ですので間に合いはしますが、搬入前の確認時間が短くなってしまいます。代替案として、最初の"
       "200部だけを別の印刷会社で10月4日までに刷ることも可能ですが、1部あたり30円ほど高くなります。どちらがよいか、"
       "今週中にご判断いただけますと幸いです。ご迷惑をおかけし申し訳ございません。"),
    ex("zh", SHOP_ZH, "把这些顾客评价总结一下，大家总体怎么看我们的新款保温杯？一段话就行，不用列数据。\n\n"
       "“保温效果很好，早上装的热水下午还烫。”\n“颜色好看，就是有点重，放包里不方便。”\n“盖子有点漏水，横着放"
       "会渗出来。”\n“性价比高，送人也体面。”\n“用了一个月，杯身掉漆了。”\n“保温没问题，但是杯口太小，不好洗。”"),
    ex("en", "hey are you there?", A("I'm here! What can I do for you?"),
       "tl;dr? I missed the meeting\n\n" + TOWN_HALL),
    ex("ko", "이 기사 세 줄로 요약해 줘.\n\n서울시는 내년부터 65세 이상 어르신을 대상으로 '동네 산책 동아리' 사업을 "
       "확대한다고 밝혔다. 올해 시범 운영한 5개 구에서 참여자의 우울감 점수가 평균 20% 낮아졌다는 조사 결과가 "
       "나오자, 시는 이를 25개 모든 자치구로 넓히기로 했다. 각 동아리에는 운동 지도사 1명이 배치되며, 주 2회 "
       "1시간씩 공원과 하천 산책로를 함께 걷는다. 일부 구에서는 거동이 불편한 어르신을 위한 휠체어 코스도 "
       "운영할 예정이다."),
    ex("pt", "Esse código Python tá dando erro de indentação, me ajuda?",
       A("O erro vem da linha 7: ela está com 3 espaços em vez de 4. Ajuste para 4 espaços e deve funcionar."),
       "Valeu, funcionou. Agora resume pra mim esse e-mail do cliente, que tá enorme, só quero saber o que "
       "ele quer:\n\nPrezados, escrevo novamente sobre o pedido 88213. Como já mencionei em duas ligações, as "
       "cadeiras chegaram com dois pés arranhados e uma delas com o assento solto. Entendo que problemas "
       "acontecem, mas já se passaram 15 dias e ninguém veio buscar. Tenho uma festa no dia 20 e preciso das "
       "cadeiras em perfeito estado até lá. Se não for possível trocar, prefiro o reembolso integral, "
       "incluindo o frete. Aguardo retorno até sexta."),
    ex("ru", HR_RU, "Кратко перескажи, о чём этот приказ, чтобы я объяснила бригаде своими словами:\n\n"
       "В связи с наступлением периода низких температур приказываю: с 1 ноября установить для работников, "
       "выполняющих работы на открытом воздухе, перерывы для обогрева продолжительностью 10 минут после "
       "каждого часа работы при температуре ниже минус 15 °C. При температуре ниже минус 25 °C работы на "
       "высоте прекращаются. Мастерам участков обеспечить наличие тёплых бытовок и горячего чая. Контроль "
       "исполнения возложить на инженера по охране труда Петрова А. В."),
    ex("en", BI, "summarize what this quarterly commentary says in plain words. I don't need the numbers, just "
       "the story:\n\n'Net revenue rose 6.2% year over year to 48.1M, driven by the relaunch of the premium "
       "tier (+19%) while the legacy basic tier declined 4%. Gross margin compressed 180bps to 61.4% due to "
       "higher cloud costs from the EU data residency migration, which we expect to normalise in H2. Net "
       "revenue retention was 108%, down from 112%, reflecting slower seat expansion at mid-market accounts. "
       "Sales cycle length increased to 74 days. We reduced marketing spend by 9% and reallocated to partner "
       "channels, which sourced 22% of new pipeline.'"),
    ex("tr", "Ekim ayı için bana bir sınav programı çıkarır mısın?", A("Tabii. Hangi dersler var ve sınav "
                                                                        "tarihleri ne zaman?"),
       "Sonra yaparız. Önce şu makaleyi öğrencilerim için 4-5 cümleyle özetler misin?\n\nAnadolu'da arıcılık "
       "binlerce yıllık bir gelenek. Ancak son yıllarda iklim değişikliği nedeniyle çiçeklenme zamanları "
       "kayıyor ve arılar bahar başında yeterli besin bulamıyor. Bazı arıcılar kovanlarını daha yüksek "
       "yaylalara taşıyarak bu soruna çözüm arıyor. Uzmanlar ise yerel arı ırklarının korunmasının önemli "
       "olduğunu, çünkü bu arıların bölgenin iklimine daha iyi uyum sağladığını vurguluyor. Bal üretimi "
       "geçen yıl yaklaşık yüzde 15 azaldı."),
    ex("it", "Riassumi questa recensione in due righe, devo decidere se comprarla:\n\n'Ho usato questa macchina "
       "per il caffè per tre mesi. Il caffè è buono, cremoso, meglio di quello della vecchia. Però è rumorosa, "
       "la mattina sveglia tutta la casa, e il serbatoio è piccolo, va riempito ogni due giorni. L'assistenza "
       "mi ha risposto dopo una settimana quando si è bloccata la leva. Per il prezzo mi aspettavo di più, ma "
       "alla fine la tengo.'"),
    ex("pl", PROMO_PL, "Streść mi ten regulamin promocji w paru zdaniach, po ludzku:\n\n§1. Promocja trwa od 1 do "
       "30 listopada. §2. Uczestnikiem może być osoba pełnoletnia, która w czasie trwania promocji kupi "
       "laptop o wartości co najmniej 2500 zł. §3. Uczestnik otrzymuje kod rabatowy o wartości 300 zł na "
       "akcesoria, ważny do 31 grudnia. §4. Kod nie łączy się z innymi promocjami i nie podlega wymianie na "
       "gotówkę. §5. W przypadku zwrotu laptopa kod zostaje unieważniony, a jeśli został już wykorzystany, "
       "jego wartość zostanie potrącona ze zwracanej kwoty."),
    ex("uk", "Напиши короткий вірш про осінній Київ", A("Каштани падають на Хрещатик,\nі жовтень тихо йде "
                                                      "по бруківці..."),
       "Дякую! А тепер коротко перекажи, що хоче управитель будинку в цьому листі:\n\nШановні мешканці! З "
       "15 жовтня розпочнеться заміна стояків холодної води в під'їздах 1-3. Роботи триватимуть приблизно "
       "два тижні. Прохання забезпечити доступ до санвузлів у день робіт у вашій квартирі, графік буде "
       "вивішено біля ліфта. Під час робіт воду відключатимуть з 9:00 до 17:00. Вибачте за незручності."),
    ex("nl", "Kun je dit verslag van de ouderavond kort samenvatten? Ik was er niet.\n\nDe juf vertelde dat groep "
       "6 dit jaar meer aandacht krijgt voor begrijpend lezen, omdat de toetsresultaten vorig jaar tegenvielen. "
       "Er komt elke vrijdag een leesmiddag. Verder zoekt de school ouders die willen helpen bij het "
       "schoolreisje naar het Openluchtmuseum in mei. Meerdere ouders klaagden over de drukte bij het hek 's "
       "ochtends; de directeur gaat met de gemeente praten over een kiss-and-ride zone. Tot slot: de "
       "gymlessen verhuizen tijdelijk naar sporthal De Wissel door de renovatie."),
    ex("hi", "इस लेख का सार चार-पाँच पंक्तियों में बताइए:\n\nइस साल मानसून देर से आया और जुलाई के पहले दो हफ़्तों "
       "में बारिश सामान्य से काफ़ी कम हुई। विदर्भ के कई किसानों ने कपास की बुवाई टाल दी, जबकि कुछ ने सोयाबीन "
       "की जगह कम पानी वाली फ़सलें चुनीं। कृषि विभाग ने सलाह दी है कि किसान जल्दबाज़ी में बुवाई न करें और "
       "कम से कम 75 मिलीमीटर बारिश होने तक इंतज़ार करें। वहीं, सरकार ने बीज पर सब्सिडी की अवधि दो हफ़्ते "
       "बढ़ा दी है।"),
    ex("vi", CRM_VI, "Tóm tắt giúp mình cuộc gọi này trong 3 câu để ghi vào CRM:\n\nKhách hàng: chị Lan, 42 tuổi. "
       "Chị gọi hỏi về gói bảo hiểm sức khỏe cho cả gia đình, gồm chồng và hai con nhỏ. Chị đang dùng gói của "
       "công ty khác nhưng thấy phí tăng mỗi năm. Chị quan tâm nhất đến quyền lợi nằm viện và khám nhi. Chị "
       "muốn nhận bảng so sánh qua email trước thứ Sáu và hẹn gọi lại tuần sau để quyết định."),
    ex("sv", "Sammanfatta den här artikeln i tre meningar:\n\nElpriset i södra Sverige steg kraftigt under "
       "veckan, samtidigt som det var nästan gratis i norr. Orsaken är att överföringskapaciteten mellan "
       "elområdena är begränsad och att flera kärnkraftsreaktorer står still för underhåll. Experter räknar "
       "med att skillnaderna kommer att bestå under vintern. Regeringen säger att man utreder ett tillfälligt "
       "elstöd, men ger inga löften. Konsumenter uppmanas att flytta förbrukning till natten där det går."),
    ex("el", "Μπορείς να μου κάνεις μια σύντομη περίληψη αυτού του email; Δύο-τρεις προτάσεις.\n\nΚαλησπέρα σε "
       "όλους, σας ενημερώνουμε ότι η γενική συνέλευση του συλλόγου μεταφέρεται από την Κυριακή 9 στην "
       "Κυριακή 16 Μαρτίου, λόγω της απεργίας στα μέσα μεταφοράς. Ο χώρος παραμένει ο ίδιος, η αίθουσα του "
       "δημαρχείου. Παρακαλούμε όσους δεν έχουν πληρώσει τη συνδρομή να το κάνουν μέχρι τότε, γιατί μόνο τα "
       "ταμειακώς εντάξει μέλη έχουν δικαίωμα ψήφου. Θα ακολουθήσει καφές."),
    ex("cs", "Kolik je 18 % z 12 500?", A("18 % z 12 500 je 2 250."),
       "Díky. A teď mi shrň tenhle zápis ze schůze SVJ, stačí pár vět:\n\nPřítomno 14 z 24 vlastníků, "
       "schůze usnášeníschopná. Schválena oprava střechy v létě, hradí se z fondu oprav. Návrh na zvýšení "
       "příspěvku do fondu o 5 Kč/m² neprošel, bude se hlasovat znovu na podzim. Pan Novák upozornil na "
       "parkování cizích aut ve dvoře, výbor zajistí závoru. Příští schůze v září."),
    ex("id", POS_ID, "Ringkas chat grup ini dong, aku ketinggalan 200 pesan. Intinya apa aja?\n\nBu Rina: besok "
       "kerja bakti jam 7 ya\nPak Joko: saya bawa cangkul\nBu Rina: yang nggak bisa ikut, iuran 20rb buat "
       "konsumsi\nMas Dedi: got di depan rumah no. 12 mampet lagi\nPak RT: iya nanti kita fokus di situ dulu\n"
       "Bu Sari: konsumsi dari saya, nasi kuning\nPak RT: jangan lupa Minggu depan rapat soal pos ronda"),
    ex("en", IDE, "summarise this design-review comment thread for me: what did they end up agreeing on? two "
       "sentences\n\nAmir: I think we should version the public API in the URL, /v2/..., it's what customers "
       "expect.\nJoanna: Headers are cleaner, and we avoid duplicating every route.\nAmir: Cleaner for us, "
       "confusing for people using curl.\nKen: Support tickets agree with Amir, people don't read docs about "
       "headers.\nJoanna: Fine, URL versioning, but only for breaking changes, and we keep v1 for 12 months.\n"
       "Ken: +1. I'll write the deprecation notice."),
    ex("en", "Retired machinist here. Someone on the forum wrote this huge post about restoring old lathes, boil "
       "it down for me, what's the key advice?\n\n'First, don't power it up until you've cleaned out every "
       "bit of old swarf and gummed oil, especially from the headstock. I learned that the hard way. Second, "
       "check the ways for wear by running a dial indicator along them before you buy anything else, because "
       "worn ways are the expensive problem and everything else is cheap. Third, replace the belts and "
       "lubricate everything with the oil the manual says, not whatever is in your garage. And finally, be "
       "patient with tooling. People spend a fortune on chucks before they can turn a straight bar.'"),
    ex("en", LEGAL, "Give me one plain-English paragraph summarising this excerpt for the client:\n\n'The Court "
       "finds that the defendant's notice of termination, although sent before the contractual deadline, was "
       "not received by the claimant until after that deadline. The agreement expressly requires receipt, not "
       "dispatch. The defendant's argument that the claimant's office closure prevented timely receipt is "
       "rejected, as the agreement provided an email address for notices which the defendant did not use. "
       "Accordingly, the agreement renewed for a further term, and the defendant is liable for the fees "
       "falling due in that term, subject to the claimant's duty to mitigate.'"),
    ex("en", "can u summarize chapter 3 of of mice and men, quiz tomorrow and I fell asleep reading it"),
    ex("en", MODFORGE, "summarise these patch notes in a few bullet points for my discord announcement:\n\nv2.4.0\n"
       "- Fixed merchants losing gold after 30 days (thanks everyone who reported)\n- New: 3 bounty quests in "
       "the Rift\n- Rebalanced steel and orcish armour so orcish is worth the weight\n- Removed the old MCM "
       "page, settings are now in the new menu\n- Compatibility patch for Interesting NPCs\n- Known issue: "
       "the Riften bounty board can show duplicate notes, fix coming"),
    ex("en", "pull the amounts out of this supplier email: 'Invoice 2291 is €1,840. We'll add a €95 fuel "
       "surcharge from March, and the old credit note of €120 is still open.'",
       A("Invoice 2291: €1,840\nFuel surcharge from March: €95\nOpen credit note: €120"),
       "ok and now give me a short summary of the whole email, what are they actually telling us?"),
    ex("en", CRM, "summarise my notes from the three Pinecrest calls into one short paragraph for my manager:\n\n"
       "Call 1 (Mar 3): intro with facilities lead Omar, they're unhappy with current cleaning contractor, "
       "contract ends June.\nCall 2 (Mar 12): site walk, 4 buildings, they want night cleaning + quarterly "
       "deep clean. Omar's boss Irene joined, worried about price.\nCall 3 (Mar 20): sent proposal, Irene "
       "asked for a 2-year deal with price lock, Omar says we're the favourite but procurement wants 3 bids."),
    ex("en", FARM, "what's the gist of this co-op newsletter? I don't have time to read it all\n\n'Members are "
       "reminded that the grain dryer will be serviced from 2-6 September and unavailable. This season's "
       "wheat prices have been agreed with the mill at a small premium for protein above 12%. The board "
       "welcomes two new members from Hollow Creek. Please return your seed orders for next year by 30 "
       "September; late orders cannot be guaranteed. The annual barbecue is on 12 October at the depot.'"),
    ex("en", "TL;DR this please:\n\n'By creating an account you agree that we may store your order history for "
       "up to seven years for tax purposes. We share your delivery address with our courier partners only to "
       "deliver your orders. We use cookies to remember your basket and, if you consent, to show you "
       "personalised offers. You can delete your account at any time from Settings, which removes your "
       "profile within 30 days, except for records we must keep by law. We may change these terms and will "
       "email you 14 days before any change takes effect.'"),
    ex("en", HUDDLE, "summarize today's #warehouse-ops for me, I was off sick:\n\nLeo: forklift 2 is out again, "
       "hydraulic leak\nMaya: called the service company, tech comes Thursday\nLeo: we're using the hand "
       "pallet trucks meanwhile, slower\nRoss: big delivery from Kessler moved to Friday because of it\nMaya: "
       "reminder: stocktake is the 28th, everyone in at 6\nRoss: can we get pizza for stocktake this time\n"
       "Maya: approved 🍕"),
    ex("en", "our team's retro is tomorrow and I'm supposed to lead it",
       A("Nice! Want a format suggestion? 'Start, stop, continue' is quick and works well for small teams."),
       "yes let's use that. first, here are my notes on the sprint, summarize them in two or three sentences "
       "so I can open with it: vendor API was two weeks late so we stubbed it and lost time later; release "
       "still went out on the 12th but with the export feature cut; two new hires started mid-sprint and "
       "onboarding was chaotic because the wiki is out of date; on-call was quiet; people are tired but "
       "proud of the release."),
    ex("en", "Explain the main findings of this paper in a short paragraph for my book club, we're not "
       "scientists:\n\n'We followed 2,140 adults aged 60-75 for six years. Participants who reported singing "
       "in a choir at least weekly showed slower decline on tests of verbal memory than matched non-singers, "
       "after adjusting for education, income and baseline health. The effect was not observed for passive "
       "music listening. Choir members also reported lower loneliness scores. Because participation was not "
       "randomised, we cannot exclude that healthier or more sociable people are more likely to join "
       "choirs.'"),
    ex("en", TRANSLATE_APP, "Don't translate it word for word, just tell me briefly what this letter from the "
       "German tax office is about:\n\n'Sehr geehrte Frau Moretti, für die Bearbeitung Ihrer "
       "Einkommensteuererklärung 2024 benötigen wir noch die Bescheinigung über Ihre Kinderbetreuungskosten. "
       "Bitte reichen Sie diese bis zum 30. Juni ein. Andernfalls können die Kosten nicht berücksichtigt "
       "werden. Mit freundlichen Grüßen, Ihr Finanzamt'"),
    ex("en", "summarise this podcast episode in one paragraph for our farm newsletter\n\n" + DRONE_PODCAST),
    ex("en", HR, "summarize the new parental leave policy below in plain language, max 100 words:\n\n'Effective "
       "1 January, all employees with at least six months of service are entitled to 20 weeks of paid "
       "parental leave at full salary, regardless of gender, to be taken within 12 months of the birth or "
       "adoption. Leave may be split into up to three blocks of at least two weeks. Employees must notify HR "
       "eight weeks in advance where possible. A phased return of up to four weeks at 80% hours and full pay "
       "is available on request.'"),
    ex("en", "Sum up these reviews of our restaurant, are people happy overall?\n\n'Best ramen in town, the "
       "broth is unreal.' / 'Waited 40 minutes for a table even with a booking.' / 'Friendly staff, bit "
       "loud.' / 'Portions got smaller since last year.' / 'The gyoza alone is worth the trip.'"),
    ex("en", "so tired today, 3 hours of sleep", A("Oof, that's rough. Be kind to yourself today. Anything I "
                                                   "can take off your plate?"),
       "yes. my manager sent this wall of text, what's she actually saying? short version\n\n'Hi all, "
       "following the leadership offsite I wanted to share some thoughts. We've had a strong first half, but "
       "we're stretched thin across too many initiatives. Going forward we'll pause the partner portal and "
       "the loyalty app until Q1 so we can focus on the checkout redesign and the warehouse migration. I know "
       "some of you were excited about those projects, and I'm sorry. Your managers will talk to you this "
       "week about what this means for your priorities. Please hold off on new vendor contracts until then.'"),
    ex("en", "Summarize in one sentence: the library is closing early on Thursdays during the renovation, from "
       "March to May, and the homework club is moving to the community centre for that time."),
    ex("en", "Condense this into something the board can read in two minutes:\n\n" + WAREHOUSE_MEMO),
    ex("en", "write me a short story about a lighthouse keeper who finds a stowaway cat",
       A("Every night for thirty years, Elias climbed the 112 steps of the Skerry Point light..."),
       "love it. now summarize the plot of your story in two lines, just what happens"),
    ex("en", ONCALL, "no status update needed, it's resolved. just summarise what happened below into one paragraph "
       "for the intro of the postmortem doc:\n\n14:02 checkout latency up to 8s. 14:05 alert fired. 14:09 "
       "on-call found DB connection pool exhausted. 14:15 traced to new report job running every minute "
       "instead of every hour (cron typo). 14:18 job disabled. 14:21 latency back to normal. 14:40 cron fixed "
       "and reviewed."),
    ex("en", MEDFILE, "summarize the key points of this discharge summary for my family in simple words, they're "
       "worried:\n\n'74-year-old male admitted with 3 hours of chest pain. Myocardial infarction ruled out "
       "after two negative troponins. ECG without acute changes. Diagnosis: musculoskeletal chest pain. "
       "Discharged with paracetamol as needed, avoid strenuous activity for one week, GP review in 7-10 days. "
       "Return to the emergency department if pain recurs at rest or with shortness of breath.'"),
    ex("en", "what's this article saying in a nutshell?\n\n'Teenagers are not lazy, they are out of sync. "
       "During puberty, the body starts releasing melatonin about two hours later than in childhood, which "
       "makes it hard to fall asleep before 11pm. When schools start at 8, many teens get far less than the "
       "8-10 hours they need. Districts that moved start times to 8:30 or later report better attendance and "
       "fewer car accidents among teen drivers. Critics point to bus schedules and after-school jobs.'"),
    ex("en", "what's the difference between WHERE and HAVING in SQL?",
       A("WHERE filters rows before grouping; HAVING filters groups after GROUP BY, so it can use aggregates "
         "like COUNT(*)."),
       "thx. can you give me a summary of this standup transcript? 3 sentences max\n\nNina: finished the "
       "export bug, PR is up. Blocked on review. Sam: working on the invoice PDF, fonts are still broken on "
       "Windows. Leo: out tomorrow, handing the migration script to Nina. Nina: ok but I need the DB creds. "
       "Leo: will send after standup."),
    ex("ar", "لخّص لي هذا المقال في فقرة واحدة قصيرة:\n\nأعلنت بلدية المدينة عن خطة لزراعة عشرة آلاف شجرة في "
       "الأحياء الشعبية خلال السنوات الثلاث القادمة، بعد أن أظهرت دراسة أن درجات الحرارة في هذه الأحياء "
       "أعلى بثلاث درجات من الأحياء الأخرى في الصيف. وستُعطى الأولوية للشوارع القريبة من المدارس والمراكز "
       "الصحية. ودعت البلدية السكان إلى التطوع في سقي الأشجار خلال السنة الأولى، بينما انتقد بعض الخبراء "
       "اختيار أنواع أشجار تحتاج إلى كميات كبيرة من المياه."),
    ex("he", "תסכם לי בכמה משפטים את ההודעה מהוועד, אין לי כוח לקרוא הכול:\n\nשלום לכל הדיירים, ביום ראשון "
       "הקרוב תתבצע עבודת תחזוקה במעלית ולכן היא לא תפעל בין 8:00 ל-14:00. בנוסף, הוחלט באסיפה להתקין מצלמות "
       "בלובי, והעלות תחולק שווה בין הדירות. מי שמתנגד מתבקש לפנות לוועד עד סוף החודש. ולסיום, נא לא להשאיר "
       "עגלות ואופניים בחדר המדרגות, זה מסכן את כולם."),
    ex("en", "what's the short version of this voice note my brother-in-law sent? (the app transcribed it)\n\n"
       "'hey so um about saturday, so the thing is mum's car is still at the garage, they said maybe friday "
       "maybe monday, so we might need you to pick her up, but only if the car isn't ready, I'll know "
       "thursday night, also Dana says don't bring dessert this time because she's making that cake, the "
       "lemon one, and uh yeah the kids want to bring the dog but I told them ask you first, ok bye'"),
]

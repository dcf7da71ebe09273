"""Batch 15 (written 2026-12-07 by a separate writer, app-style traffic). Natural reasoning requests: choices to
weigh, causes to explain, plans under constraints, "which is more likely", arguments with a hole in them and a
few deductions, mostly not phrased as puzzles; many sent to an app whose system prompt is about something else
(contracts, IDE agents, bookkeeping, support, recipes, HR), after earlier turns that asked for another task, or
naming another task ("don't write the code yet", "no need to summarise") while asking for judgement."""

ONE_LINERS = """
we can afford one: a new roof this year or new windows. the roof is 22 years old, the windows fog up. which first and why
my tomatoes got big leaves but almost no fruit this summer. walk me through what probably went wrong
'crime went down after we installed cameras, so the cameras worked' - what else would you want to know before believing that
two offers: 10% raise at a startup with 14 months of runway, or 3% at a bank. I have a mortgage. think it through with me
if every flight out of Denver was late yesterday but only ours was cancelled, what does that suggest about the reason?
is it smarter to learn SQL or Excel first if I want to move into operations analytics? weigh it, don't just list
why do the cheapest items in our shop get the worst reviews even when they're the same brand as the expensive ones
a colleague always agrees in meetings and then does something else. what are the likely reasons, most to least plausible
which is more likely to be the problem: my router or the provider? the wifi drops only when the microwave runs
planning question: three kids, two cars, one parent away Tuesday, swim at 5, piano at 5:15 across town. how do we cover it
the survey says 90% of our users love the app. we only surveyed users who opened it this week. how much does that number mean?
should a 12-person nonprofit move to a 4-day week or give everyone Fridays off in summer only? reason about the trade-offs
the last three interns who were great all came from the same university. should we only recruit there? where's the catch
rank these risks for a small food truck: a broken generator, a bad review going viral, a permit audit. explain the ranking
if the bakery sells out by 10 every day, is raising prices or baking more the better move?
he says he didn't take the car, the tank is empty and the seat has moved back. what's the most reasonable conclusion
¿vale la pena arreglar el portátil de 5 años por 280 € o mejor comprar uno nuevo de 700? piénsalo conmigo
mi hijo sacó mejores notas el trimestre en que jugó menos al fútbol. ¿significa que el fútbol le perjudica?
on a deux devis pour la cuisine, l'un 30 % moins cher mais l'artisan ne peut commencer qu'en mars. comment trancher ?
pourquoi la file d'attente à la cantine est plus longue les jours où il y a moins de monde ? une idée ?
Warum steigen bei uns die Reklamationen jedes Mal nach einem Preisnachlass? Bitte ein paar Erklärungen, die wahrscheinlichste zuerst
Lohnt sich ein E-Bike für 12 km Arbeitsweg mit einem Hügel, oder doch das Monatsticket? Wäg das ab
vale mais a pena trocar de carro agora ou esperar o ano que vem? o meu tem 180 mil km e nenhum problema sério
perché il nostro ristorante è pieno a pranzo e vuoto a cena, pur essendo in centro? ragiona sulle cause
moeten we eerst de badkamer of eerst de keuken verbouwen, als we er tijdens de verbouwing blijven wonen?
Czy opłaca się brać drugą pracę na weekendy, jeśli w tygodniu już pracuję 45 godzin? Rozważ za i przeciw
Почему у нас в офисе все болеют по очереди, хотя окна открыты и все моют руки? Какие есть версии?
这个结论对吗：'我们的新广告投放后销量涨了20%，所以广告有效'。同期还赶上了双十一。帮我分析
先考驾照还是先买车位？我们小区车位越来越贵，但我明年才可能用车。帮我理一理
会議が増えたのに決定が遅くなった理由を、いくつか仮説として考えてほしい
팀장이 '야근하는 사람이 더 열심히 일한다'고 하는데 이 논리의 허점이 뭘까?
yaar bata, Goa ka trip December mein karein ya March mein? December mein mehenga hai, March mein garmi
"""

LONG = [
    "I run a small bike repair shop. Since I started offering online booking, walk-ins dropped by half, total "
    "jobs stayed the same, but my Saturdays are now overbooked and Tuesdays are empty. Is the booking system "
    "the cause, or would this have happened anyway? And if it is the cause, what could I change without "
    "dropping online booking?",
    "Here is the reasoning my flatmate uses to never clean the oven: 'If I clean it, it just gets dirty again, "
    "so cleaning is pointless.' I know it's silly but I can't articulate why. Same logic would mean never "
    "showering. Can you lay out exactly where the argument breaks?",
    "We have a shared team calendar and people keep double-booking the one meeting room. Options: (a) a "
    "strict booking rule with the office manager as gatekeeper, (b) a second room carved out of the storage "
    "space, costs about two weeks of building work, (c) just tell people to use the café. Twenty people, most "
    "in office Tuesday to Thursday. Which option, and what's the second-best?",
    "My grandmother insists her blood pressure is only high at the doctor's, never at home. The doctor says "
    "her home monitor must be broken. What are the possible explanations for the gap, and how would you "
    "tell them apart without buying a new monitor?",
    "Three friends split a holiday cabin. Dana paid the deposit, Eli booked the ferry, Femi bought food. Now "
    "Dana says she shouldn't pay for food because she's vegetarian and ate less, Eli says the ferry was "
    "for everyone so it's shared, and Femi wants a strict three-way split of everything. I'm the one asked "
    "to settle it. I don't need the numbers yet, I need a fair principle and the reasoning behind it.",
    "A sales rep argues: 'Customers who get a demo convert at 40%, customers who don't convert at 8%, so "
    "every lead should get a demo.' The reps choose who gets a demo, and they pick the leads that seem "
    "keen. What's wrong with concluding the demo causes the jump, and how would you find out its real "
    "effect?",
    "We're organising a conference for 300 people. The venue needs a final headcount 21 days before, the "
    "keynote speaker confirms only 14 days before, and early-bird tickets close 30 days before. In what "
    "order should we make our commitments to keep the risk of an empty hall or an over-full one low?",
    "Is it more likely that my package was stolen from the porch, or that it was delivered to the wrong "
    "house? The photo from the courier shows a blue door, mine is green, but the neighbour two doors down "
    "has a blue door and says she has nothing. Talk me through it.",
    "Soy profesora y este año mis alumnos de la tarde aprueban menos que los de la mañana, con el mismo "
    "temario y los mismos exámenes. La dirección cree que es por la hora. Yo no estoy tan segura. ¿Qué "
    "otras explicaciones habría y cómo podría comprobarlas sin cambiar los horarios?",
    "Notre association hésite : organiser la fête de quartier un samedi de juin, où il y a plus de monde "
    "mais aussi d'autres événements en ville, ou un dimanche de septembre, plus calme mais avec la rentrée. "
    "On a peu de bénévoles. Quels critères compteraient le plus pour toi, et que conclurais-tu ?",
    "Unser Verein hat 4.000 Euro übrig. Die eine Hälfte des Vorstands will neue Trikots, die andere eine "
    "Flutlichtanlage anzahlen, die insgesamt 25.000 kostet und für die es vielleicht in zwei Jahren "
    "Fördergeld gibt. Wie würdest du argumentieren, und welche Frage müssten wir zuerst klären?",
    "Meu irmão diz que não vale a pena fazer faculdade porque conhece três pessoas sem diploma que "
    "ganham bem. Eu acho que ele está errado, mas quero uma resposta melhor do que 'porque sim'. Onde "
    "está o erro de raciocínio dele, e existe alguma parte em que ele tem razão?",
    "公司打算把客服从电话改成只用在线聊天。支持的人说能省一半人力，反对的人说老年客户会流失。我们客户里六十岁以上的大概占三成，"
    "但他们的订单金额比较高。你会怎么权衡？需要先弄清楚哪些数据？",
    "新しい店舗を駅前に出すか、郊外のショッピングモールに出すかで迷っています。駅前は家賃が倍ですが人通りが多く、モールは"
    "駐車場があって週末が強い。扱うのは子ども服です。どちらが筋がいいか、理由つきで考えてください。",
    "Наш сервис доставки продуктов получает больше всего жалоб в дни, когда заказов меньше всего. "
    "Казалось бы, должно быть наоборот. Какие объяснения приходят в голову и какое ты считаешь самым "
    "правдоподобным?",
    "Ekibimizde iki kişi aynı pozisyona terfi bekliyor. Biri çok hızlı ama hata yapıyor, diğeri yavaş ama "
    "neredeyse hiç hata yapmıyor. Pozisyon müşteriyle birebir çalışmayı gerektiriyor. Nasıl bir "
    "değerlendirme yaparsın?",
]

CHATS = [
    ("You are Clausewise, an assistant that reviews employment contracts and explains clauses in plain "
     "language. Never give jurisdiction-specific legal advice.",
     ["quick brain teaser while the PDF uploads: a man looks at a portrait and says 'brothers and sisters I "
      "have none, but that man's father is my father's son'. who is in the portrait? explain the steps"]),
    ("You are Clausewise, an assistant that reviews employment contracts.",
     ["what does the non-compete in section 12 actually restrict?",
      "It bars you from working for a direct competitor within 50 km for 12 months after leaving, with no "
      "compensation mentioned.",
      "ok. so I'm deciding between signing this and asking them to drop the clause, at the risk they pull "
      "the offer. I have one other offer that pays 8% less, no non-compete. how would you think about it?"]),
    ("You are a legal research assistant for a small litigation firm. Cite sources where possible.",
     ["not a legal question: two of our paralegals both say the other one forgot to file the exhibit. the "
      "filing log shows it was opened by one and closed by the other within a minute. what probably "
      "happened?"]),
    ("You are Tessellate, an IDE agent. You can read and edit files in the open workspace and run the test "
     "suite.",
     ["don't write the code yet. we either add retries with backoff in every client, or put one retry "
      "policy in the shared HTTP wrapper. some calls aren't idempotent. which is the sounder plan?"]),
    ("You are Tessellate, an IDE agent. You can read and edit files in the open workspace.",
     ["rename getUser to fetchUser everywhere", "Renamed in 23 files; tests pass.",
      "nice. now a judgement call, no edits: the PM wants the new export feature before Christmas, the "
      "team wants two weeks to pay down the flaky test suite first. which order makes more sense given "
      "that the export touches the flakiest module?"]),
    ("You are Tessellate, an IDE agent.",
     ["explain the trade-off between event sourcing and plain CRUD tables for our small invoicing app. four "
      "devs, audit trail required by the accountants. I don't want code, I want the reasoning for a decision "
      "record"]),
    ("You are Forge, a coding assistant inside the terminal.",
     ["ls the logs dir", "app.log  worker.log  cron.log  (3 files, 41 MB)",
      "thanks. stepping back: the worker crashes only on the first of the month. cron runs the billing job "
      "then, and the DB backup also runs at 00:30 that day. don't grep yet, which explanation would you "
      "chase first and why?"]),
    ("You are Forge, a coding assistant inside the terminal.",
     ["is it a bad sign that our test coverage went from 60% to 85% in a month but the bug rate didn't "
      "change at all? reason about what that could mean"]),
    ("You are Ledgerly, a bookkeeping assistant for freelancers. You categorise expenses and prepare "
     "quarterly VAT summaries.",
     ["should I invoice my biggest client monthly or per project? they pay late on monthly, but per "
      "project means two months without income sometimes. help me weigh it"]),
    ("You are Ledgerly, a bookkeeping assistant for freelancers.",
     ["categorise: train ticket to Lyon 86 EUR, client lunch 54 EUR",
      "Train ticket: Travel. Client lunch: Meals & entertainment (check your local deductibility limit).",
      "good. different thing: my accountant says I should form a company because 'everyone at my income "
      "does'. is that a reason? what questions should I be asking instead?"]),
    ("You are a customer-support assistant for Lumen Energy. Help with bills, meter readings and tariffs.",
     ["my bill doubled in November but my neighbour's didn't, same flat size. we both have heat pumps. mine "
      "is set to 21, theirs to 20. can one degree really explain that, or is something else going on?"]),
    ("You are a customer-support assistant for Lumen Energy.",
     ["how do I submit a meter reading?", "In the app: Account > Meter > Add reading, or reply to the "
      "reminder SMS with the number.",
      "done. one more: fixed tariff for two years or variable? everyone says prices will fall, but they "
      "said that last year too. reason it out with me"]),
    ("You are Sprig, a recipe and meal-planning assistant.",
     ["plan question, not recipe: I have 90 minutes on Sunday, an oven, two burners, and I want five "
      "lunches for the week. rice takes 20, roast veg 40, chicken 35, lentils 25. what's the sensible order "
      "so nothing waits or burns?"]),
    ("You are Sprig, a recipe and meal-planning assistant.",
     ["give me a quick dal recipe", "Rinse 200 g red lentils, simmer with turmeric and water 20 min, then "
      "add a tadka of cumin, garlic and chilli in ghee.",
      "perfect. unrelated but you might know: my bread is always dense when I use the new flour brand, same "
      "protein on the label. what could actually be different?"]),
    ("You are PeopleDesk, an HR assistant. Answer policy questions from the employee handbook.",
     ["I manage two people who can't stand each other. moving one to another team fixes the fight but "
      "loses our only backend person from the project. keeping both risks the other quitting. walk me "
      "through the options"]),
    ("You are PeopleDesk, an HR assistant.",
     ["how many sick days before I need a doctor's note?", "From the third consecutive day, per section 4.2 "
      "of the handbook.",
      "thanks. off the handbook: our sick days spike every year in the week after the summer party. my "
      "director thinks people are faking. what other explanations are there?"]),
    ("You are a travel-booking assistant for Wayfarer. Search and book trains, flights and hotels.",
     ["no booking yet. I'm choosing between a 55-minute layover in Frankfurt on one ticket and a 3-hour "
      "layover in Munich on two separate tickets that's 120 euros cheaper. which is the riskier choice, "
      "really?"]),
    ("You are a travel-booking assistant for Wayfarer.",
     ["find hotels in Porto under 100 a night", "Three options: Casa Ribeira 89, Hotel Aliados 95, Pensão "
      "Favorita 78.",
      "cool. before I choose: the Ribeira one has 4.9 stars from 40 reviews, Aliados 4.5 from 2,300. which "
      "rating should I trust more, and why?"]),
    ("You are a writing assistant for grant applications.",
     ["not asking you to write anything. the funder's criteria weigh impact 50%, feasibility 30%, budget "
      "20%. our project is ambitious but we have one staff member. should we shrink the scope or stay "
      "bold and explain the risk? what's the better bet?"]),
    ("You are a writing assistant for grant applications.",
     ["tighten this sentence: 'Our programme will be targeting youth in rural areas who are at risk.'",
      "'Our programme targets at-risk rural youth.'",
      "great. now a strategy question: we got rejected twice by the same foundation with feedback 'strong "
      "but not a priority'. apply a third time, or switch funders? reason about it"]),
    ("You are DataLoom, an analytics copilot for product teams. You can run queries against the events "
     "warehouse.",
     ["before running anything: our daily active users went up 12% the same week the app started sending "
      "a push notification at 8am. the PM is already celebrating. what should make us suspicious?"]),
    ("You are DataLoom, an analytics copilot for product teams.",
     ["chart weekly signups for Q3", "Rendered: weekly signups rose from 1.8k to 2.6k, with a dip in week 34.",
      "week 34 was the week our payment provider had an outage AND the week of a public holiday in our "
      "biggest market. which is the better explanation for the dip and how would you check?"]),
    ("You are a tutoring assistant for high-school chemistry.",
     ["this isn't chemistry. my study group can't decide whether to meet twice a week for an hour or once "
      "for three hours before the exam. two of us work evenings. what's the smarter plan?"]),
    ("You are a support bot for Cobalt, a project-management SaaS.",
     ["how do I archive a board?", "Open the board menu (⋯) and choose Archive. You can restore it from "
      "Settings > Archived.",
      "thanks. we're 8 people and we're torn between keeping everything in one big board or one board per "
      "client. what breaks first in each setup as we grow?"]),
    ("You are an assistant that drafts property listings for estate agents.",
     ["one house sold in a week at asking price, the almost identical one next door has been listed for four "
      "months. same size, same price. list the likely reasons and which you'd check first"]),
    (None,
     ["translate 'the shipment is delayed' into German", "Die Lieferung verzögert sich.",
      "danke. now I have to decide whether to tell the client now, with no new date, or wait two days until "
      "the supplier confirms one. what are the risks each way?"]),
    (None,
     ["write a short poem about autumn", "Leaves let go in amber light, / the year exhales, / the hill wears "
      "rust like a borrowed coat.",
      "lovely. different thing. my partner wants to adopt a second dog; our first one is 11 and a bit "
      "grumpy. think through whether that's a good idea now or later"]),
    (None,
     ["summarize this: team morale is low, two people quit, deadline moved to March",
      "Morale is low after two resignations, and the deadline has moved to March.",
      "ok. is the moved deadline more likely to help morale or to make it worse? I can see both. argue it"]),
    (None,
     ["what's 18% of 2,450?", "441.",
      "so that's the commission the agency wants. the alternative is a flat fee of 400 plus doing the "
      "viewings myself. which is the better deal for me if I value my weekends? reason, not just numbers"]),
    (None,
     ["extract the dates from: kickoff 3 Feb, review 17 Feb, launch 2 Mar",
      "3 Feb (kickoff), 17 Feb (review), 2 Mar (launch).",
      "if review slips a week, does launch have to slip too? there are two weeks of QA after review and QA "
      "can't start early. think it through"]),
    ("Eres un asistente de atención al cliente de una aseguradora de hogar.",
     ["no es sobre mi póliza. mi vecino dice que la humedad en mi techo viene de su terraza, el seguro dice "
      "que es condensación. solo aparece cuando llueve fuerte. ¿qué explicación encaja mejor?"]),
    ("Eres un asistente para redactar correos profesionales.",
     ["redáctame un correo para pedir un día libre", "Hola Marta, ¿sería posible tomarme libre el viernes 12? "
      "Dejaré todo cubierto. Gracias.",
      "gracias. ahora ayúdame a pensar: ¿le pido el día ya, con el proyecto a medias, o espero a entregarlo "
      "y me arriesgo a que ya no quede nadie de vacaciones disponible?"]),
    ("Tu es un assistant de rédaction pour un journal local.",
     ["rien à écrire pour l'instant. le maire dit que la nouvelle piste cyclable a fait baisser les "
      "accidents de 30 %. mais elle a ouvert en même temps que la limite à 30 km/h. peut-on attribuer la "
      "baisse à la piste ?"]),
    ("Tu es un assistant de support pour une banque en ligne.",
     ["comment bloquer ma carte ?", "Dans l'appli : Cartes > Bloquer temporairement. C'est immédiat.",
      "merci. autre question : est-ce que je garde mon épargne sur un livret à 3 % ou je rembourse plus vite "
      "mon prêt auto à 4,5 % ? j'ai pas d'autre matelas de sécurité. raisonne avec moi"]),
    ("Du bist ein Assistent für Steuererklärungen von Privatpersonen.",
     ["keine Steuerfrage: Mein Kollege behauptet, Kaffee mache unproduktiv, weil die Leute in der Kaffeeküche "
      "nicht arbeiten. Ist das ein gültiger Schluss? Wo hakt es?"]),
    ("Du bist ein Coding-Assistent in der IDE.",
     ["schreib mir einen Unit-Test für parse_date", "Hier ein Test mit drei Fällen: ISO-Format, deutsches "
      "Format und ungültige Eingabe.",
      "passt. Jetzt ohne Code: Sollen wir das alte Datumsformat noch ein Jahr unterstützen oder hart "
      "abschalten? 5 % der Kunden nutzen es noch, manche davon Großkunden. Wie würdest du entscheiden?"]),
    ("Você é um assistente de suporte de uma loja de eletrônicos.",
     ["não é sobre pedido. comprei dois fones iguais, um durou três anos e o outro quebrou em três meses. "
      "defeito de fábrica, mau uso ou azar? como eu pensaria nisso?"]),
    ("Sei un assistente per la gestione di un B&B.",
     ["scrivi la risposta a questa recensione positiva", "Grazie di cuore, Laura! Speriamo di riaverti "
      "presto da noi.",
      "grazie. ora una valutazione: abbassare i prezzi a novembre per riempire le camere o chiudere il mese "
      "e fare i lavori? il riscaldamento costa tanto. ragioniamo"]),
    ("Je bent een assistent voor een fietsenwinkel.",
     ["geen reparatievraag: we verkopen meer e-bikes sinds we proefritten aanbieden, maar ook sinds de "
      "subsidie. hoe weten we welk van de twee het echt deed?"]),
    ("Jesteś asystentem do obsługi klienta w sklepie meblowym.",
     ["kiedy dostawa szafy?", "Według systemu: czwartek, między 8 a 14.",
      "dzięki. a teraz coś innego: kupić kanapę teraz na wyprzedaży, czy poczekać, aż remont się skończy i "
      "zobaczę, jak wygląda pokój? wyprzedaż kończy się za tydzień. pomóż mi to przemyśleć"]),
    ("Ты — помощник по составлению резюме.",
     ["не про резюме. мне предложили переезд в другой город с повышением, но жена только что нашла "
      "работу мечты здесь. как бы ты разложил это решение?"]),
    ("Ти — помічник для бухгалтерії невеликої фірми.",
     ["порахуй ПДВ з 12 000", "Якщо 12 000 уже з ПДВ 20%, то ПДВ у цій сумі — 2 000 грн.",
      "дякую. тепер порадь логічно: брати нового клієнта, який платить багато, але завжди із затримкою на "
      "два місяці, чи ні? у нас запас на три місяці"]),
    ("你是一个法律合同审核助手。",
     ["不是合同问题：三个同事里只有一个人说了真话。小李说'小王没迟到'，小王说'我迟到了'，小张说'小李说的是真的'。到底谁迟到了？把推理过程写出来"]),
    ("你是一个电商客服机器人。",
     ["我的订单怎么还没发货？", "您的订单预计明天发出，物流信息会短信通知您。",
      "好的。顺便问问：同一款扫地机器人，A店便宜300但只保修半年，B店贵但保修两年，家里有猫掉毛多。你会选哪个？说说理由"]),
    ("あなたは社内ITヘルプデスクのアシスタントです。",
     ["IT以外の相談です。新人研修を対面でやるかオンラインでやるか、参加者は全国に12人。予算は限られています。どちらが合理的か考えてください"]),
    ("당신은 쇼핑몰 고객센터 챗봇입니다.",
     ["환불 신청했어요", "환불 접수되었습니다. 3~5영업일 내 처리됩니다.",
      "감사해요. 근데 궁금한 게, 같은 옷을 온라인에서 사면 오프라인보다 반품률이 훨씬 높다던데 왜 그런 걸까? 이유를 추론해 줘"]),
    ("आप एक यात्रा बुकिंग सहायक हैं।",
     ["booking nahi chahiye abhi. Shimla jaana hai, train se 10 ghante, flight se 1 ghanta par airport door "
      "hai aur mausam kharab ho toh cancel. 2 bachche saath hain. kya zyada samajhdari hai?"]),
    ("أنت مساعد لخدمة عملاء شركة اتصالات.",
     ["ليس سؤالاً عن الفاتورة: زميلي يقول إن كل من يستخدم هاتفاً غالياً يكون دخله مرتفعاً، إذن من يكسب كثيراً يشتري هاتفاً غالياً. هل العكس صحيح منطقياً؟"]),
    ("Anda adalah asisten penulisan konten untuk media sosial.",
     ["buatkan caption untuk promo kopi", "Pagi jadi lebih ringan dengan satu cangkir. Diskon 20% sampai Minggu!",
      "oke. sekarang beda topik: lebih baik posting tiap hari dengan kualitas biasa, atau tiga kali seminggu "
      "tapi bagus? followers kami 4 ribu. tolong pertimbangkan"]),
    ("Bạn là trợ lý chăm sóc khách hàng của một ngân hàng.",
     ["không hỏi về tài khoản: nên gửi tiết kiệm kỳ hạn 12 tháng lãi 5% hay 6 tháng lãi 4,6% khi mình có "
      "thể cần tiền vào tháng 8? phân tích giúp mình"]),
    ("Sen bir yemek tarifi asistanısın.",
     ["tarif değil: kayınvalidem her yıl bayram yemeğini yapıyor ama bu yıl dizinden ameliyat oldu. ona "
      "yardım etmeyi teklif etmek mi, yemeği biz yapmayı önermek mi daha doğru olur? düşünelim"]),
    ("Είσαι βοηθός για κρατήσεις εστιατορίων.",
     ["όχι κράτηση: γιατί το μαγαζί μας έχει πάντα κόσμο την Πέμπτη αλλά όχι την Παρασκευή; σκέψου πιθανές "
      "αιτίες"]),
    ("אתה עוזר לכתיבת מיילים עסקיים.",
     ["לא צריך מייל. שני ספקים: אחד זול ב-15% אבל איחר פעמיים השנה, השני יקר ואמין. יש לנו השקה בעוד חודש. מה עדיף ולמה?"]),
]

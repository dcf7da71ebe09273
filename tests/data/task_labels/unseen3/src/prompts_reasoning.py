"""reasoning: the last user message asks for deduction, a logic puzzle, planning under constraints, a causal or
counterfactual chain, an evaluation of an argument or a decision weighed on trade-offs, mostly without computing."""

from common import A, S, ex

CODER = ("You are an AI pair programmer embedded in the Forge IDE. You have read access to the open project. "
         "Keep answers concise and use fenced code blocks for code.")
COACH = ("You are Compass, a decision-support assistant for small-business owners. Lay out options, the "
         "assumptions behind each, and what would change your mind. Do not give legal or tax advice.")
TUTOR = ("You are a Socratic tutor for a university critical-thinking course. Encourage the student to reason, "
         "but give a full answer when asked directly.")
RAG = ("Use the context below to answer the user's question. If the answer is not in the context, say so.\n\n"
       "Context:\n")
HR = "You are PeopleDesk, the internal HR assistant at Lumen Logistics. Be neutral and confidential."

EXAMPLES = [
    ex("en", "Three boxes are labelled 'apples', 'oranges' and 'mixed', and every label is wrong. You may take "
       "one fruit from one box without looking inside. Which box do you pick from, and how do you then relabel "
       "all three?"),
    ex("en", S(CODER), "not a code question: our team rewrote the billing service in 8 months instead of 3, the "
       "launch slipped twice and two seniors quit. looking back at it, what chain of decisions most likely caused "
       "this, and which one would you undo first?"),
    ex("en", S(TUTOR), "what's a syllogism", A("A syllogism is an argument with two premises and a conclusion, "
       "like 'All men are mortal; Socrates is a man; so Socrates is mortal.'"), "ok test me. if all bloops are razzies and some razzies are lazzies, does it follow that some bloops are "
       "lazzies? Explain."),
    ex("es", S(COACH), "Tengo una panadería pequeña. Me ofrecen un segundo local en el centro con alquiler alto, "
       "o puedo invertir lo mismo en un horno nuevo y vender a cafeterías. ¿Cómo razonarías la decisión? No "
       "tengo números exactos todavía, quiero entender qué supuestos pesan más."),
    ex("en", "I need to get a wolf, a goat and a cabbage across a river but my boat holds me plus one thing. "
       "Wolf eats goat if alone, goat eats cabbage if alone. Sequence of crossings?"),
    ex("fr", "Si l'imprimerie n'avait jamais été inventée en Europe, la Réforme protestante aurait-elle pu avoir "
       "lieu ? Déroulez le raisonnement étape par étape plutôt que de me donner une date."),
    ex("en", S(TUTOR), "My classmate argues: 'Every successful startup founder I've read about dropped out of "
       "college, so dropping out increases your chance of success.' What exactly is wrong with that argument?"),
    ex("de", "Anna, Ben und Clara sitzen nebeneinander. Anna sitzt nicht am Rand. Ben sitzt nicht links von "
       "Clara. Wer sitzt wo? Bitte begründen."),
    ex("en", "Write me a haiku about monday", A("Coffee cools, untouched —\ninbox swells like morning tide,\n"
       "monday claims its due."), "ha. ok serious question. i have 3 job offers: startup w/ equity and long "
       "hours, big corp boring but stable, and a remote role at a mid-size company that pays 10% less. i care "
       "most about learning fast but i also have a toddler. walk me through how to think about it"),
    ex("en", "Plan a schedule: 4 meetings today (A, B, C, D), each 1 hour, between 9 and 14. A must be before C. "
       "B can't be at 12 because of lunch. D needs to be right after B. C must be the last meeting. Find all "
       "valid orders."),
    ex("pt", S(HR.replace("PeopleDesk", "RHBot")), "Dois colegas dizem que o outro mentiu sobre quem apagou a "
       "planilha. O log mostra que o arquivo foi apagado às 10h de um computador compartilhado; um deles estava "
       "numa reunião das 9h30 às 10h30, segundo o calendário, mas saiu mais cedo segundo outra pessoa. Que "
       "conclusões dá para tirar e quais não dá?"),
    ex("en", S(RAG + "Incident 2291: At 02:14 the primary database failed over to the replica. Replication lag "
       "at the time was 40 seconds. At 02:15 the payment worker began retrying writes that had been "
       "acknowledged on the old primary. At 02:31 customers reported double charges. The payment worker uses "
       "at-least-once delivery and idempotency keys stored in the database."),
       "Given this, reason out how the double charges happened. I want the causal chain, not a summary."),
    ex("en", "Is this a valid argument? 'If it rained, the street is wet. The street is wet. Therefore it rained.'"),
    ex("it", "Ho un solo weekend per visitare Firenze con mia madre che cammina poco, mio figlio di 6 anni che si "
       "annoia nei musei e io che voglio vedere gli Uffizi. Come organizzeresti le due giornate? Ragiona sui "
       "compromessi, non mi serve la lista dei monumenti."),
    ex("en", "five houses puzzle but small: three friends (Kai, Lia, Mo) each own one pet (cat, dog, fish) and one "
       "car colour (red, blue, green). The dog owner drives red. Lia doesn't have a car that's blue or a fish. Mo "
       "drives green. Kai doesn't own the cat. Who has what?"),
    ex("nl", S(COACH), "We twijfelen of we onze webshop van Shopify naar een eigen platform moeten halen. Onze "
       "developer zegt dat het goedkoper wordt, onze marketeer zegt dat we features kwijtraken. Welke vragen "
       "moeten we eerst beantwoorden en hoe weeg je dat af?"),
    ex("en", "Can you help me with my Python script", A("Of course — paste the script and tell me what it should "
       "do and what it does instead."), "actually nevermind the script. something else is bugging me: if you "
       "could go back and stop one invention from existing, picking the one whose absence would most change "
       "daily life today, what would you choose and trace what would be different"),
    ex("pl", "Kto kłamie? Adam mówi: 'Bartek kłamie'. Bartek mówi: 'Celina kłamie'. Celina mówi: 'Adam i Bartek "
       "obaj kłamią'. Kto mówi prawdę, a kto kłamie? Uzasadnij krok po kroku."),
    ex("en", S(TUTOR), "Is 'you can't prove ghosts don't exist, so they might be real' a reasonable position? "
       "Evaluate the burden of proof here."),
    ex("en", "what's the best fertiliser for basil", A("A balanced liquid fertiliser at half strength every two "
       "weeks works well; basil dislikes heavy nitrogen feeding."), "thanks. different puzzle: my plants "
       "on the east windowsill are dying but the ones on the south one are fine. Same soil, same "
       "watering, I moved the east ones there 3 weeks ago from outside. The radiator is under the east window. "
       "What's most likely going on? Reason through the possibilities."),
    ex("tr", "Bir köprüden 4 kişi gece geçmeli, tek fener var ve köprü aynı anda en fazla 2 kişiyi taşıyor. "
       "Hızları farklı. Genel stratejiyi anlat: en yavaş iki kişiyi birlikte göndermek neden mantıklı?"),
    ex("en", S(CODER), "We're choosing between a monorepo and separate repos for our 6 services. 4 devs, one "
       "shared protobuf package, deploys are independent. I don't want code, I want the trade-offs reasoned out "
       "for our situation and a recommendation."),
    ex("ru", "Если бы Луна была в два раза ближе к Земле, как бы это по цепочке изменило приливы, береговую "
       "линию и жизнь в прибрежных зонах? Рассуждай качественно, без формул."),
    ex("en", "Everyone in my book club who liked the novel also liked the film. Sam didn't like the film. "
       "Priya liked the film. What can we conclude about Sam and about Priya?"),
    ex("uk", S(COACH), "Я маю кав'ярню. Постачальник пропонує знижку, якщо я підпишу контракт на рік, але "
       "тоді я не зможу змінити зерно, якщо гостям не сподобається. Як зважити ризики?"),
    ex("en", "The city added bike lanes on Main St and a year later retail sales on Main St fell 8%. A councillor "
       "says the bike lanes caused it. What else could explain it, and what evidence would distinguish the "
       "explanations?"),
    ex("zh", "甲、乙、丙三人中有一人打碎了花瓶。甲说：“不是我。”乙说：“是丙。”丙说：“乙在说谎。”已知只有一人说了真话，请问是谁打碎了花瓶？"),
    ex("en", "tell me a fun fact", A("Octopuses have three hearts, and two of them stop beating when they "
       "swim."), "cool. ok, a riddle for you: a man pushes his car to a hotel and tells the owner he's bankrupt. "
       "why? think it through"),
    ex("ja", S(CODER), "コードの話ではないのですが、チームで毎週のリリースを月1回にまとめるべきか迷っています。"
       "障害の数、レビューの負荷、顧客への影響の観点から、メリットとデメリットを論理的に比較してください。"),
    ex("en", "I'm packing for a 5-day hike. Weight limit for my pack is tight. I can bring either the stove or "
       "the water filter, not both. Streams are frequent on the route, nights are cold, and there's a fire ban. "
       "Which do I bring and why?"),
    ex("ko", "만약 인터넷이 1990년대에 상용화되지 않고 20년 늦게 보급되었다면, 스마트폰과 소셜미디어의 발전은 어떻게 달라졌을지 단계적으로 추론해 주세요."),
    ex("en", S(TUTOR), "Read this: 'Studies show people who drink red wine live longer. So drinking red wine "
       "makes you live longer.' Identify the assumptions and name the fallacy if there is one."),
    ex("hi", "मेरे पास तीन विकल्प हैं: घर के पास कम सैलरी वाली नौकरी, दूसरे शहर में अच्छी सैलरी, या एक साल "
       "पढ़ाई। माता-पिता बुज़ुर्ग हैं। फायदे-नुकसान सोचकर बताइए कि किन बातों पर फ़ैसला टिका है।"),
    ex("en", "I'm bored on a train", A("Want a puzzle, a story, or some trivia to pass the time?"),
       "puzzle! A says: 'B is a knight.' B says: 'A and I are of opposite types.' Knights always tell the truth, "
       "knaves always lie. What are A and B?"),
    ex("en", S(RAG + "Meeting notes 14 Oct: Marketing wants the launch on 1 Nov to hit the conference. "
       "Engineering says the SSO integration won't be done before 15 Nov. Sales has promised SSO to two "
       "enterprise prospects. Legal needs 10 working days to review the new terms, not started yet."),
       "Which of these constraints actually decide the launch date, and what's the earliest date that respects "
       "all of them? Reason it out from the notes."),
    ex("ar", "لو أن جميع السيارات أصبحت كهربائية غدًا، ما التأثيرات المتسلسلة على شبكة الكهرباء ومحطات الوقود "
       "وأسعار النفط؟ فكّر خطوة بخطوة."),
    ex("en", "We had a great sprint planning but then the sprint failed: half the stories carried over, QA found "
       "bugs late, and the PM changed priorities on day 6. What went wrong in what order, and which single "
       "change would have had the biggest effect?"),
    ex("id", S(COACH), "Toko online saya bisa menambah gratis ongkir untuk semua pesanan atau hanya di atas "
       "Rp150.000. Mana yang lebih masuk akal kalau margin kami tipis dan kebanyakan pelanggan belanja kecil? "
       "Tolong pertimbangkan untung-ruginya."),
    ex("en", "Which is the stronger argument and why? (1) 'We should ban phones in class because students "
       "scored higher in schools that banned them.' (2) 'We should ban phones in class because a randomized trial "
       "in 40 schools found higher scores in the ban group.'"),
    ex("vi", "Có ba công tắc ở tầng dưới điều khiển ba bóng đèn ở tầng trên. Bạn chỉ được lên tầng một lần. "
       "Làm sao biết công tắc nào điều khiển bóng nào? Giải thích lập luận."),
    ex("en", S(HR), "A manager wants to promote the employee with the highest sales, but that person has two "
       "complaints from teammates about credit-taking. The runner-up is well liked but 15% behind. How should "
       "the manager reason about this fairly?"),
    ex("en", "Translate 'I'm running late' to German", A("Ich verspäte mich."), "danke. now: my train is 20 min "
       "late, my connecting bus leaves 15 min after my scheduled arrival, and the next bus is in an hour but a "
       "taxi is expensive. the meeting can't move but the host is a friend. what should I do and why?"),
    ex("en", "Your friend says she saw you at the cinema on Tuesday, but you were at home. Later you find out your "
       "twin cousin was in town that day. Can you conclude she saw your cousin? What other explanations remain?"),
    ex("en", "You helped me with a recipe before", A("Yes, the lentil curry! How did it turn out?"), "good! "
       "now a real problem: four of us share one bathroom. I leave at 8, Marta at 7:30, Luis works nights and "
       "gets home at 7, Sofia has no fixed schedule. each shower takes about 15 min. how would you order "
       "mornings so nobody's late and Luis isn't waiting forever?"),
    ex("en", S("You are a helpful assistant."), "hi", A("Hi! What can I help you with today?"),
       "If every employee got a 4-day work week tomorrow, what second-order effects would you expect in a "
       "hospital, as opposed to a software company?"),
    ex("en", S(TUTOR), "My lecturer says 'most people believe X, so X is true' is a fallacy. But surely "
       "majority opinion is sometimes decent evidence? When is it reasonable to lean on it and when not?"),
    ex("en", "should i fix the roof or replace the car first", A("It depends on how urgent each is. Is the roof "
       "leaking, and is the car still safe to drive?"), "roof leaks only in heavy rain, it's autumn. car is safe "
       "but the mechanic says the gearbox may go within a year and then it's not worth repairing. i can afford "
       "one this year. reason it out"),
    ex("en", "Summarize the plot of The Great Gatsby in 3 lines", A("Nick Carraway moves next to the mysterious "
       "millionaire Gatsby.\nGatsby tries to win back Daisy, now married to Tom.\nThe affair ends in a fatal "
       "accident, Gatsby's murder and Nick's disillusionment."), "great. now something for my econ class: why "
       "would a company with growing revenue go bankrupt? Give me the chain of causes, not a definition."),
    ex("en", S(HR), "I need an on-call rota for the next 4 weekends. Five engineers: Priya, Tom, Ana, Ravi, "
       "Jo. Two people per weekend. Nobody does more than two weekends. Priya can't do weekend 1. Tom and Ana "
       "are on the same team so never together. Ravi must be paired with someone senior (Priya or Tom) since "
       "he's new. Is it possible, and what's a valid rota?"),
    ex("en", "Everyone at the party shook hands with everyone else exactly once, except Dana who shook hands "
       "with nobody. Can I figure out who arrived last from that? Why or why not?"),
]

"""`reasoning`: deduction, logic puzzles, planning under constraints, causal and counterfactual chains, argument
evaluation and decisions the user asks to have reasoned through.

Written by hand for the writer4 training set. Many rows reason ABOUT pasted material (an incident timeline,
a paper's table, contract clauses, an interview transcript, a CSV): the ask is a judgement or an inference
from the text, not a condensed version of it (`summarization`) nor fields pulled out of it (`extraction`).
Puzzles that need arithmetic to solve belong to `math`.
"""

from common import A, S, ex

PLANNER = S(
    "You are Taskwise, a planning agent. Tools: list_tasks(), create_task(title, after=[ids]), "
    "notify(user, text). Think before acting; explain your plan before calling tools."
)
HARNESS = S("Answer the multiple-choice question. Think it through, then give the final answer as a single "
            "letter on the last line.")
LEGAL_RAG = S("You are ClauseBot, an assistant for the legal-ops team. Answer from the contract text the user "
              "pastes; say when the text does not settle a question.")
SRE_BOT = S("You are the incident assistant in our #inc channel. You can call get_deploys(service, since) and "
            "get_alerts(since). Be precise about timestamps.")
RESEARCH = S("You are a research assistant for a university lab. Be rigorous and cite the passage you rely on.")
CS_TEAM = S("You are Helix, the internal assistant for the customer-success team at Tallyroom (B2B "
            "scheduling software). You can read account notes and health scores.")

INCIDENT = """14:02 deploy api v4.18.0 (adds connection pooling to the ledger client)
14:05 feature flag `fast-invoices` ramped 10% -> 50%
14:09 p99 latency on /invoices climbs from 180ms to 2.4s
14:11 postgres primary CPU 38% -> 41%
14:12 ledger-db connection count 190 -> 600 (max_connections = 600)
14:13 errors: "remaining connection slots are reserved" on ledger-db
14:15 cron `nightly-export` starts (runs daily 14:15 UTC, usually ~40 connections)
14:19 flag `fast-invoices` ramped back to 10%; no change in latency
14:26 api rolled back to v4.17.3; connection count drops to 210 within 90s, latency normal by 14:29
14:40 nightly-export finishes"""

PAPER_TABLE = """From the paper (Section 4.2): "Participants who used the mindfulness app at least 5 days a week
(n = 212) reported a 31% larger reduction in perceived stress over 8 weeks than participants who used it less
often (n = 388). We conclude that frequent use of the app reduces stress."

Table 2. Baseline characteristics
                         frequent users   infrequent users
Age (mean)                     41.2            33.9
Full-time employed (%)         48              79
Children under 5 at home (%)    9              27
Baseline stress score          22.1            23.0
Dropped out before week 8 (%)  11              34

Participants chose how often to use the app; usage was not assigned."""

CONTRACT = """7.1 Either party may terminate this Agreement for convenience on ninety (90) days' written notice,
provided that no such notice may be given before the first anniversary of the Effective Date.
7.2 Either party may terminate this Agreement immediately by written notice if the other party commits a
material breach which is not remedied within thirty (30) days of being notified of it.
7.3 Failure by Supplier to meet the Availability Commitment in Schedule 2 in any three (3) consecutive
calendar months shall constitute a material breach. For the avoidance of doubt, the remedy in 7.2 applies.
7.4 Service credits under Schedule 2 are Customer's sole and exclusive remedy for any failure to meet the
Availability Commitment, save as set out in clause 7.3.
7.5 Notices under this clause 7 must be in writing and delivered by hand, by courier or by email to the
addresses in clause 15. A notice sent by email is deemed received on the next Business Day.
7.6 On termination for any reason Supplier shall, for up to sixty (60) days, continue to provide the
Services on the terms of this Agreement if Customer so requests in writing, to allow an orderly migration.
7.7 Termination shall not affect any rights or liabilities that accrued before the date of termination.
7.8 Clauses 9 (Confidentiality), 11 (Limitation of Liability) and 14 (Governing Law) survive termination.

Schedule 2 (extract)
2.1 Availability Commitment: the Platform shall be Available at least 99.9% of the minutes in each calendar
month, excluding Scheduled Maintenance notified at least five (5) Business Days in advance.
2.2 Service credits: 99.0% to 99.9% - 5% of the monthly fee; 95.0% to 99.0% - 10%; below 95.0% - 25%.
2.3 Customer must claim service credits within thirty (30) days of the end of the month concerned.
Effective Date: 1 March 2026."""

TRANSCRIPT = """INTERVIEWER: Walk me through the evening of the 14th.
WITNESS: I left the office around six, six fifteen. I always take the 6:30 bus.
INTERVIEWER: Did you go straight home?
WITNESS: Straight home. I was in by seven, made dinner, watched the match.
INTERVIEWER: Which match?
WITNESS: The cup game, the one that went to penalties. Kick-off at half seven.
INTERVIEWER: Did anyone see you at home?
WITNESS: No, I live alone. My neighbour might have heard the TV.
INTERVIEWER: Your badge shows you leaving the building at 19:42.
WITNESS: That can't be right. Unless... no, I left at six. Maybe someone used my badge.
INTERVIEWER: Do you lend your badge to anyone?
WITNESS: Never. It's on my lanyard all day.
INTERVIEWER: And the bus, did you pay by card?
WITNESS: I walked that day actually, it was nice out. Took about forty minutes."""

EXAMPLES = [
    ex("en", S("You are Riddler, the hint bot in the BrainyBox puzzle app. Give full solutions when asked."),
       "three boxes labelled apples, oranges, mixed. every label is wrong. you may take one fruit from one "
             "box without looking. how do you relabel all three?"),
    ex("en",
       "give me a fun icebreaker question for a team meeting",
       A("If you could instantly master one skill, no practice needed, what would it be?"),
       "ha. and a logic one we can do as a group, I need the answer with the reasoning: Alice says Bob is lying. Bob says Carol is lying. Carol says Alice and Bob are both lying. "
             "who's telling the truth?"),
    ex("en",
       "python: return whichever of two lists has the larger sum",
       A("```python\ndef heavier(a, b):\n    return a if sum(a) >= sum(b) else b\n```"),
       "ok now the actual interview question they gave me, no code: 12 coins, one is counterfeit and either heavier or lighter, balance scale, three weighings. "
             "give the strategy and explain why it always works"),
    ex("en", SRE_BOT, "my argument: 'every outage last quarter happened after a Friday deploy, so Friday deploys cause "
             "outages.' my manager says that's not enough. who's right and what would I need to show?"),
    ex("en", "if a tree falls in an empty forest and a seismograph records it, did it make a sound? "
             "don't give me the koan answer, reason through what 'sound' could mean"),
    ex("en", "office rule: whoever books the big room must invite someone from facilities. Dana booked it, "
             "invited nobody from facilities, and says she didn't break the rule because the meeting got "
             "cancelled. does her argument work? think about what the rule actually requires and when"),
    ex("en",
       "which customers in this csv have sso=true?\nname,plan,sso\nNorthwind,team,true\nHalcyon,enterprise,true\n"
       "Brightpath,starter,false",
       A("- Northwind\n- Halcyon"),
       "right. my colleague says: all our enterprise customers use SSO. Northwind uses SSO. so Northwind is an "
       "enterprise customer. is that argument valid? not asking what the csv says"),
    ex("en", "five friends (Ana, Ben, Chen, Dev, Eli) sit in a row. Ana isn't at either end. Ben sits somewhere to the "
             "left of Chen. Dev sits next to Eli. Chen is in seat 2. Eli is in seat 5. "
             "who sits where? show the deduction"),
    ex("en", S("You are Compass, a career-coaching assistant."), "we have two job offers: startup with equity and 15% less salary, or a bank with a pension and a "
             "3-hour daily commute. I'm 29, no kids, some savings. reason through it with me, don't just pick"),
    ex("en", "counterfactual: if the printing press had been invented in 1300 instead of ~1440, what would "
             "plausibly have changed about the spread of the Black Death news and its aftermath? trace the "
             "chain of effects, flag where you're speculating"),
    ex("en", f"""Here's the incident timeline from yesterday:

{INCIDENT}

Don't summarise it. Which change most plausibly caused the outage, which ones are red herrings, and what
in the timeline rules them out?"""),
    ex("en", RESEARCH, f"""{PAPER_TABLE}

Does the conclusion in the last sentence of 4.2 follow from what they report? Name the alternative
explanations the table suggests and say which one worries you most."""),
    ex("en", LEGAL_RAG, f"""{CONTRACT}

It's now November 2026. The supplier missed availability in August, September and October. Can we walk away
now, and if so on what basis and with how much notice? Or are we stuck with service credits?"""),
    ex("en", f"""{TRANSCRIPT}

Reading this as an editor fact-checking my reporter's notes: is the witness's account internally consistent?
Point to the specific lines that conflict and what each conflict would mean if true."""),
    ex("en", CS_TEAM, """These are the last 6 weeks for Brookfield Clinics:
week,active_seats,logins,tickets,nps
1,140,2210,3,41
2,138,2150,2,40
3,141,1980,9,
4,139,1410,14,22
5,97,990,6,
6,95,940,4,18
They moved 45 seats to a competitor's pilot in week 5. Our CSM thinks the ticket spike in weeks 3-4 was the
cause; the AE thinks the pilot was planned long before. Which story fits the data better, and what would
you ask the customer to tell them apart?"""),
    ex("en", SRE_BOT, "no tools yet, just think with me: the canary passed but prod errored on the same build. "
                      "what we know: prod gets ~20x the traffic, reads from a different DB replica, and the "
                      "canary only serves internal users. which explanations fit those facts, which is most "
                      "likely, and what single observation would rule each one out?"),
    ex("en", PLANNER, "I need to: renew the domain (expires Friday), migrate DNS to the new provider, get legal "
                      "sign-off on the new privacy page, and publish the page. DNS can't move within 48h of the "
                      "renewal, legal takes 3 working days, today is Monday. work out a feasible order before "
                      "creating anything"),
    ex("en", PLANNER, "four people need the one meeting room: Kai only mornings, Lea not Tuesday, Max needs it "
                      "right after Kai, Noor needs two consecutive slots. slots are Mon-Wed, AM/PM. find an "
                      "assignment or tell me why none exists"),
    ex("en", HARNESS, "If no managers are interns, and some interns are engineers, which must be true?\n"
                      "A) Some engineers are not managers\nB) No engineers are managers\n"
                      "C) Some managers are engineers\nD) All interns are engineers"),
    ex("en", HARNESS, "A city adds streetlights to the streets with the most crime. A year later those streets "
                      "still have more crime than the city average. Which conclusion is best supported?\n"
                      "A) Streetlights do not reduce crime\nB) Streetlights attract crime\n"
                      "C) The comparison cannot tell us whether the streetlights reduced crime\n"
                      "D) Crime moved to the unlit streets"),
    ex("es", "Cinco casas en fila, cada una de un color distinto. La roja está en algún lugar a la "
             "izquierda de la verde. La azul está en el centro. La amarilla está en un extremo y al lado de la blanca. "
             "La verde no está en el extremo derecho. ¿Qué colores tienen las casas, de izquierda a derecha? "
             "Explica cada paso."),
    ex("en", "my cofounder: 'every successful startup we know had a technical cofounder, so we need one to "
             "succeed.' does that reasoning hold up? show me exactly where it breaks, if it does"),
    ex("de", "Drei Kollegen, drei Tage: Jonas kann nicht am Montag, Petra muss vor Jonas präsentieren, und Ulf "
             "will nicht direkt nach Petra. Jeder präsentiert an einem anderen Tag (Mo–Mi). Welche "
             "Reihenfolgen sind möglich? Begründe."),
    ex("pt", "As vendas da loja caíram 20% no mesmo mês em que mudámos o horário de abertura e em que começaram "
             "as obras na rua. Como é que eu consigo perceber qual das duas coisas foi a causa? Raciocina "
             "comigo."),
    ex("it", "Sull'isola ci sono cavalieri (dicono sempre il vero) e furfanti (mentono sempre). A dice: "
             "«Almeno uno di noi due è un furfante». Cosa sono A e B?"),
    ex("nl", "We verhuizen in drie weekenden. De piano kan pas als de trap vrij is, de trap is pas vrij als de "
             "kasten weg zijn, en de buurman met de bus kan alleen het tweede weekend. Wat moet wanneer? "
             "Leg uit waarom."),
    ex("pl", """Przeanalizuj tę oś czasu i powiedz, czy awaria mogła być spowodowana aktualizacją certyfikatu:
09:00 odnowienie certyfikatu TLS na load balancerze
09:20 wdrożenie nowej wersji aplikacji mobilnej (tylko Android)
09:35 pierwsze zgłoszenia: „brak połączenia” od użytkowników iOS i Android
09:50 użytkownicy przeglądarki zgłaszają, że wszystko działa
Które wyjaśnienie pasuje najlepiej i dlaczego?"""),
    ex("ru", "Трое: Антон, Борис и Вера. Один всегда говорит правду, один всегда лжёт, один отвечает случайно. "
             "Антон: «Борис лжец». Борис: «Я не лжец». Вера: «Антон говорит правду». Что можно точно сказать "
             "о каждом? Рассуждай по шагам."),
    ex("uk", "Допоможи зважити: лишитися в Києві на поточній роботі чи переїхати до Львова на позицію з меншою "
             "зарплатою, але ближче до батьків. Розклади аргументи по пунктах і зроби висновок з "
             "поясненням, а не просто порадь."),
    ex("zh", "有三个人，一个说真话，一个说假话，一个随机回答。你只能问两个是非题，怎样找出说真话的人？请一步步推理。"),
    ex("ja", """以下のメールのやり取りから、最終的に誰が予算を承認したと考えるのが自然ですか？根拠も示してください。

佐藤：「来期の予算案、添付の通りです。ご確認ください。」
田中部長：「内容は問題ないと思います。ただ最終判断は山本さんにお願いします。」
山本：「了解です。金曜の会議で確認します。」
（金曜）山本：「会議で話しました。進めてください。」"""),
    ex("hi", "एक किसान को नदी पार करनी है: उसके साथ एक भेड़िया, एक बकरी और गोभी है। नाव में वह एक ही चीज़ ले "
             "जा सकता है। भेड़िया बकरी को खा जाएगा, बकरी गोभी को। वह सब कुछ सुरक्षित कैसे पार कराए? हर कदम समझाइए।"),
    ex("ar", "إذا كان كل من يعمل في قسم المبيعات يحضر اجتماع الاثنين، وسارة لم تحضر اجتماع الاثنين، فماذا "
             "نستنتج عن سارة؟ وهل يمكن أن نستنتج شيئاً عن خالد الذي حضر الاجتماع؟ علّل."),
    ex("vi", "Nhóm mình có 4 việc: viết báo cáo (cần số liệu), lấy số liệu (cần quyền truy cập), xin quyền truy "
             "cập (mất 2 ngày), và làm slide (cần báo cáo). Chỉ có 3 ngày. Nên sắp xếp thế nào, và có kịp "
             "không? Giải thích lập luận."),
    ex("bn", "রাহুল বলল, \"ওই ছবির লোকটির বাবা আমার বাবার একমাত্র ছেলে।\" রাহুলের কোনো ভাই নেই। ছবির লোকটি "
             "রাহুলের কে? ধাপে ধাপে বুঝিয়ে বলো।"),
    ex("ta", "அருண் பாலாவை விட உயரம். சந்திரன் அருணை விட உயரம் குறைவு, ஆனால் பாலாவை விட உயரம். யார் மிக உயரம், "
             "யார் மிகக் குள்ளம்? காரணத்துடன் சொல்லுங்கள்."),
    ex("fi", "Onko tämä päättely pätevä? ”Jos sataa, kadut ovat märkiä. Kadut ovat märkiä. Siis on satanut.” "
             "Perustele ja keksi esimerkki, jossa johtopäätös menee pieleen."),
    ex("hu", "Három kapcsoló van a pincében, egy lámpa a padláson, és csak egyszer mehetek fel. Hogyan derítem "
             "ki, melyik kapcsoló a lámpáé? Magyarázd el a gondolatmenetet."),
    ex("en",
       "summarise this vendor comparison for me [two pages of notes on Vendor A and Vendor B]",
       A("Vendor A is cheaper and faster to onboard but has had two major outages this year and no EU region. "
         "Vendor B costs ~30% more, has an EU region and SOC 2 Type II, and a slower support SLA."),
       "ok. given we're a health-data company with mostly German customers, which is the safer bet and what "
       "would have to be true for A to be the better choice? reason it out"),
    ex("en",
       "extract all the dates from this thread: [thread]",
       A("- 4 May: kickoff\n- 12 May: design review\n- 20 May: launch (tentative)"),
       "hmm. the design review is after the kickoff but the designer says she's out 10-14 May. given that, "
       "is the 20 May launch still realistic, or does something have to give? think through the dependencies"),
    ex("en",
       "write me a limerick about a cat who hates mondays",
       A("There once was a cat named McPhee,\nWho hated each Monday at three..."),
       "lol. ok totally different: my sister says if you flip a coin and it lands heads five times the next "
       "one is 'due' to be tails. she's wrong but I can't explain WHY convincingly. help me argue it"),
    ex("en",
       S("You are a coding assistant in the Reef IDE."),
       "add retries to the payment client",
       A("Done: wrapped `charge()` in an exponential backoff with 3 attempts and jitter."),
       "thanks. stepping back from code — the billing rewrite slipped three quarters in a row. the team blames "
       "scope creep, product blames estimates, leadership blames hiring. how would you figure out which is "
       "actually the main cause?"),
    ex("fr",
       "Traduis « rollback » en français, c'est pour une doc.",
       A("On dit souvent « retour arrière » ou « restauration de la version précédente »."),
       "Merci. Autre chose : si on avait fait le rollback à 14h10 au lieu de 14h26, est-ce que les clients "
       "auraient quand même vu des erreurs, sachant que le pool de connexions saturait déjà à 14h12 ? Raisonne."),
    ex("de",
       S("Du bist ein Assistent für Produktmanager."),
       "Fass mir bitte die Nutzerumfrage in drei Sätzen zusammen: [Umfrage]",
       A("Die meisten Nutzer wünschen sich einen Dunkelmodus, Exportfunktionen und schnellere Ladezeiten."),
       "Gut. Wir können im Q3 nur eins davon machen. Exportfunktionen würden zwei Großkunden halten, Dunkelmodus "
       "ist am häufigsten gewünscht. Wäge das für mich ab und begründe, was du priorisieren würdest."),
    ex("en",
       "how do you say 'thank you for your patience' in japanese",
       A("ご辛抱いただきありがとうございます (go-shinbō itadaki arigatō gozaimasu), or more commonly in "
         "business: お待たせして申し訳ありません."),
       "nice. ok puzzle from our offsite: a man looks at a portrait and says 'brothers and sisters I have none, "
       "but that man's father is my father's son.' who's in the portrait? walk through it"),
    ex("en",
       S("You are Scout, a research agent. Tools: web_search(q), read_url(u)."),
       "find me the 2024 changelog for Postgres 17",
       A("Here are the highlights of PostgreSQL 17's release notes: incremental backup, improved vacuum memory "
         "use, JSON_TABLE, and faster COPY."),
       "thanks. we run logical replication from a 15 primary to a 17 replica during the upgrade. if the replica "
       "falls behind, what chain of things could go wrong and where would you expect it to break first? "
       "no searching, just reason"),
    ex("en", RESEARCH, "a study finds people who drink coffee live longer. list three ways that could be true without "
             "coffee causing it, and what data would distinguish them"),
    ex("en", S("You are a tutor for an introductory course on rationality and decision-making."),
       "is it ever rational to buy a lottery ticket? reason carefully, I'm not asking for your vibe"),
    ex("en", S("You are the assistant for Fernway's support-operations team."),
       "Our support queue doubled after we moved the 'Contact us' button from the footer to the header. "
             "Traffic was flat. Before I revert: what are the competing explanations, and which would predict "
             "ticket QUALITY going up vs down?"),
    ex("en",
       "write a short riddle for a 7 year old about a penguin",
       A("I wear a tuxedo but never go to parties,\nI can't fly, but I swim like a rocket. What am I?"),
       "she loved it. now this one from her worksheet has me stuck: pick the odd one out and justify — "
       "sparrow, penguin, ostrich, bat, emu. I can argue for two different answers, which is best and why?"),
]

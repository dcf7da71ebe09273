"""extraction: the last user message asks to pull named fields, entities, dates, amounts or matching
rows out of given text, usually as a list, table or JSON. "Summarise it as a table of parties, dates,
fees" and "I only need the total" are extraction; a shorter prose version of the text is
`summarization`."""

from common import A, S, ex

CRM = S("You are Salesfolk, the assistant built into our CRM. Help sales reps log calls, draft follow-up "
        "emails and look up account history.")
TRIAGE = S("You are TriageBot for the Nordhaus support desk. For every incoming ticket output a priority "
           "(P1-P4), a queue and a one-line reason.")
LEGAL = S("You are DocketMate, an assistant for law-firm staff: drafting letters, tracking court deadlines, "
          "formatting citations.")
SHOP_ZH = S("You are the seller assistant for a Tmall store. Help the shop owner reply to customers and "
            "plan promotions.")
BI = S("You are the Insight assistant in Lumen BI. You explain dashboards and KPIs in plain language.")
LEGAL_IT = S("Sei l'assistente di un gestionale per studi legali. Aiuti a redigere lettere ai clienti e a "
             "organizzare le pratiche.")
HR_NL = S("Je bent de HR-assistent van Bakkerij Van Dam. Je beantwoordt vragen over roosters, verlof en "
          "salarisstroken.")
SHIPPING_AR = S("أنت مساعد خدمة العملاء لشركة شحن. تساعد العملاء في تتبع الشحنات وتغيير مواعيد التسليم.")
IDE = S("You are CodePilot, an assistant in the user's IDE. Answer with code when possible.")
CRM_CS = S("Jsi asistent v CRM systému realitní kanceláře. Pomáháš makléřům s evidencí klientů a "
           "nemovitostí.")
POS = S("You are Kasirku, a point-of-sale assistant for small shops: stock levels, prices and daily sales "
        "reports.")
DIGEST = S("You are Digest. Summarise the article the user pastes in exactly three bullet points.")
MODFORGE = S("You are ModForge, an assistant for Bethesda game modding. Answer Papyrus and Creation Kit "
             "questions with examples.")
HEALTH = S("You are CarePal, a health diary app. Log the readings the user gives you. Do not diagnose.")

CALL_NOTES = """Call w/ Dana Whitfield (Head of Ops, Brightwater Foods) 25 min. They run 3 warehouses, currently on spreadsheets + an old WMS they hate. Pain: pick errors around 4%, seasonal temp staff. Budget "around 40-50k for year one" per Dana, needs CFO sign-off (Tom Reyes). Want to decide before end of Q2, ideally by June 14 board meeting. Asked for a demo for their shift leads next week, Tue or Wed afternoon. Competitor mentioned: StockPilot. Dana's mobile 0412 555 019."""

CONTRACT = """SERVICES AGREEMENT

This Services Agreement (the "Agreement") is entered into as of 1 March 2025 (the "Effective Date") by and between Harbor Lane Analytics LLC, a Delaware limited liability company with offices at 220 Pier Street, Wilmington, DE ("Provider"), and Greenfield Dental Group, P.C., a New York professional corporation ("Client").

1. Services. Provider shall deliver the data reporting services described in Schedule A. Changes to scope require a written change order signed by both parties.

2. Fees. Client shall pay a monthly fee of USD 6,400, invoiced on the first business day of each month and payable within thirty (30) days. Late amounts accrue interest at 1% per month.

3. Term and Termination. This Agreement has an initial term of twelve (12) months and renews automatically for successive twelve-month periods unless either party gives written notice of non-renewal at least sixty (60) days before the end of the then-current term. Either party may terminate for material breach not cured within fifteen (15) days of written notice.

4. Confidentiality. Each party shall keep the other's Confidential Information confidential for three (3) years after termination.

5. Limitation of Liability. Except for breaches of Section 4, neither party's aggregate liability shall exceed the fees paid by Client in the six (6) months preceding the claim.

6. Governing Law. This Agreement is governed by the laws of the State of New York, and the parties submit to the courts of New York County.

IN WITNESS WHEREOF, the parties have executed this Agreement by their authorised representatives."""

COMPLAINT_THREAD = """From: Gareth Pryce
To: support@northwind-outdoor.example
Subject: Charged THREE times??

Hi, I ordered a tent (order NW-44817) on 2 May and my card was charged £189.00. Then on 4 May I see another £189.00 and on 6 May £24.99 which I never ordered. Please explain.

---
From: Northwind Support (Leah)
Hi Gareth, sorry about this. The £24.99 looks like order NW-44903 for tent pegs, placed from your account on 5 May. Could you confirm whether anyone else uses your account? The second £189.00 I can't see on our side yet.

---
From: Gareth Pryce
Nobody else uses my account. I did NOT order pegs. Also my bank now shows a fourth charge, £189.00 again on 9 May with reference NW-45120. This is getting ridiculous. I've attached a screenshot of my statement.

---
From: Northwind Support (Mateo)
Hi Gareth, Mateo here, I've taken over from Leah. I found NW-45120: it was created by our system when the payment for NW-44817 was retried. I've started a refund for NW-45120 (£189.00), you should see it in 3-5 working days. Still looking into the 4 May charge and NW-44903.

---
From: Gareth Pryce
Thanks Mateo. For the record: I want a refund of everything except the one tent. I'm also being charged a £12.50 overdraft fee by my bank because of this, which I expect you to cover."""

BLOG = """Okay friends, before we get to the soup, a little story. Last October my grandmother Rosa came to stay for two weeks, and every single evening she would stand at my stove muttering that my pots were "too thin for real cooking". On the tenth night she finally took over, and what came out of that thin pot changed my autumns forever. I have made this soup probably sixty times since. My kids call it "Nonna's orange soup" even though Nonna would never call it that.

Anyway! You'll need 1 kg of butternut squash (peeled, cubed), 2 medium carrots, 1 large onion, 3 cloves of garlic, 1 litre of vegetable stock, 200 ml of coconut milk (Rosa used cream, I'm lactose intolerant, sorry Rosa), 2 tablespoons of olive oil, 1 teaspoon of smoked paprika, a pinch of nutmeg, and salt and pepper to taste. Oh and a handful of pumpkin seeds for the top if you're fancy.

Now, the method. Rosa always roasted the squash first, at 200°C for about 35 minutes, and honestly don't skip it, it's where the flavour comes from. While that's going, sweat the onion and carrots in the oil. We once skipped the garlic because my son had a school play and I didn't want him to smell of it, and it was fine but not the same.

If you make it, tag me! And tell me what your grandmothers made, I love these stories."""

LAB = """CBC + CMP  collected 08:12
WBC 11.8 x10^9/L (4.0-11.0) H
RBC 4.6 x10^12/L (4.2-5.9)
Hemoglobin 12.1 g/dL (13.0-17.0) L
Platelets 265 x10^9/L (150-400)
Sodium 139 mmol/L (135-145)
Potassium 5.6 mmol/L (3.5-5.1) H
Creatinine 0.9 mg/dL (0.7-1.3)
Glucose 104 mg/dL (70-99) H
ALT 31 U/L (7-56)"""

EXAMPLES = [
    ex("en", CRM, CALL_NOTES + "\n\npull out contact name, title, company, budget, decision date, competitor and "
       "next step as JSON so I can paste it into the deal record"),
    ex("en", "Here are this morning's WhatsApp orders for the bakery, can you make me a list with name, what "
       "they ordered, quantity and pickup time?\n\nLucía: hola! 2 barras de pan integral y 6 medialunas para "
       "las 9 porfa\nDon Ernesto: lo de siempre, una torta de ricota, paso a las 11\nMarta (vecina): 12 "
       "facturas surtidas, 10:30\nLucía: perdón, que sean 8 medialunas\nEl del taller: 3 sándwiches de miga de "
       "jamón y queso para mediodía"),
    ex("en", TRIAGE, "Don't triage this one, just extract customer number, meter number and the meter reading "
       "with its date as a table:\n\n\"Sehr geehrte Damen und Herren, anbei mein Zählerstand zum Umzug. "
       "Kundennummer 400 118 273, Zählernummer 1ESY1160 4471 89. Stand am 28.02.: 18.442,7 kWh. Ab dem 1.3. "
       "wohne ich in der Gartenstraße 12. Mit freundlichen Grüßen, H. Albers\""),
    ex("en", "can you check the swap I asked for is in the roster? me (Jen) off on the 14th",
       A("Yes, the roster shows you off on the 14th and Priya covering your late shift."),
       "great. now from these handover notes, list every medication mentioned with dose and time, nothing "
       "else:\n\nBed 2 Mr Lowe: paracetamol 1 g given 14:00, next due 20:00. Refused dinner. Bed 5 Mrs "
       "Adeyemi: metoprolol 25 mg at 18:00, enoxaparin 40 mg SC at 22:00. Daughter visiting tomorrow. Bed 7: "
       "insulin glargine 18 units at 21:00, check BM before. Furosemide 40 mg stopped this morning."),
    ex("en", "From this job ad, put the required skills and the 'nice to have' skills in two separate lists:\n\n"
       "Nous recherchons un(e) comptable confirmé(e). Vous maîtrisez impérativement la comptabilité générale, "
       "les déclarations de TVA et Excel (tableaux croisés dynamiques). La connaissance de SAP et un bon niveau "
       "d'anglais seraient un plus. Permis B obligatoire. Une expérience en cabinet est appréciée."),
    ex("en", LEGAL, CONTRACT + "\n\nthe partner wants the key terms in a table: parties, effective date, fee, term "
       "and renewal, non-renewal notice period, liability cap, governing law"),
    ex("en", "Please make a table of date, item and quantity from this supplier email: 'Delivery plan: 10/3 "
       "copy paper A4 x 40 boxes, 12/3 toner TN-247 x 12, 12/3 staples x 20 packs, 19/3 copy paper A4 x 40 "
       "boxes.'"),
    ex("en", SHOP_ZH, "从下面的评论里提取所有提到的产品问题，按质量、物流、客服三类列出来，不用写总结：\n\n"
       "1. 杯子很好看，但是快递盒子被压坏了，有一个杯把断了。\n2. 客服回复太慢了，等了两天。\n3. 颜色和图片不一样，"
       "偏黄。\n4. 发货很快，质量不错。\n5. 杯底有气泡，而且物流信息三天没更新。"),
    ex("en", "Translate this invoice to English: 'Rechnung Nr. 2025-0311, USt-IdNr. DE298765432, Gesamtbetrag "
       "1.190,00 €, zahlbar bis 15.04.2025'", A("Invoice no. 2025-0311, VAT ID DE298765432, total amount "
                                              "€1,190.00, payable by 15 April 2025"),
       "thanks. now just give me the VAT number, the total and the due date as three lines"),
    ex("en", "From this CV, pull out only the name, phone, email and each employer with dates, as JSON:\n\n"
       "김지민 | 010-2847-5512 | jimin.kim@example.kr\n경력: 2019.03-2022.08 한빛물류 재고관리팀, 2022.09-현재 "
       "서연테크 SCM 매니저\n학력: 부산대학교 경영학과 졸업(2019)\n자격증: 물류관리사, TOEIC 890"),
    ex("pt", "Liste todas as compras com valor e estabelecimento, e ignora as mensagens de propaganda:\n\n"
       "BANCO X: Compra aprovada R$ 47,90 PADARIA PAO QUENTE 08:12\nBANCO X: Aproveite! Crédito pré-aprovado "
       "de até R$ 15.000\nBANCO X: Compra aprovada R$ 312,00 DROGARIA SAO LUCAS 12:40\nBANCO X: Compra "
       "aprovada R$ 19,50 ESTACIONAMENTO CENTRAL 13:05\nBANCO X: Ganhe pontos em dobro neste fim de semana!"),
    ex("en", BI, "extract all the distinct error codes from these lines and how many times each shows up:\n\n"
       "2025-06-02 10:01:12 ERR-4012 payment gateway timeout\n2025-06-02 10:01:40 ERR-2200 invalid coupon\n"
       "2025-06-02 10:02:03 ERR-4012 payment gateway timeout\n2025-06-02 10:05:55 ERR-3107 address "
       "validation failed\n2025-06-02 10:06:10 ERR-4012 payment gateway timeout\n2025-06-02 10:07:21 "
       "ERR-2200 invalid coupon"),
    ex("tr", "Markete gittim, fişi yazıyorum", A("Tamam, fişi yazabilirsin, ne yapmamı istersin?"),
       "Bu fişten ürün adlarını ve fiyatlarını çıkar, tablo yap:\nEKMEK 2 AD X 12,50 = 25,00\nSUT 1L 38,90\n"
       "DOMATES 1,24 KG 44,64\nPEYNIR BEYAZ 189,00\nDETERJAN 2 AD X 97,50 = 195,00\nTOPLAM 492,54"),
    ex("ru", "Выпиши все задачи с ответственными и сроками. Только это, без пересказа:\n\n[10:02] Олег: по "
       "складу — надо до пятницы пересчитать остатки, возьму на себя\n[10:04] Ирина: ок. Я тогда подготовлю "
       "отчёт для бухгалтерии, к 20 числу\n[10:05] Олег: и кто-то должен позвонить поставщику насчёт упаковки\n"
       "[10:06] Сергей: я позвоню завтра\n[10:09] Ирина: ещё презентация для клиента, Сергей, сможешь к "
       "понедельнику?\n[10:10] Сергей: да"),
    ex("en", "what's the tracking number in this: 'Your parcel JD014600033217789 is on its way with DHL and will "
       "arrive Thursday between 9 and 13.'"),
    ex("it", LEGAL_IT, "Estrai numero di ruolo, tribunale, data dell'udienza e nome del giudice da questa PEC:\n\n"
       "Si comunica che nella causa iscritta al n. 4821/2024 R.G. presso il Tribunale di Bologna, Sezione "
       "Seconda Civile, il Giudice dott.ssa Elena Marchetti ha rinviato l'udienza al 12 febbraio 2026 ore "
       "10:30 per la precisazione delle conclusioni."),
    ex("pl", "Wyciągnij wymiary, wagę i moc w formacie JSON:\n\nOdkurzacz VX-300. Moc 850 W, pojemnik 1,5 l. "
       "Wymiary: 32 x 28 x 41 cm. Waga 5,2 kg. Kabel 7 m. Klasa energetyczna A. Gwarancja 24 miesiące."),
    ex("en", "what do you think, should we plant the winter wheat this week?",
       A("It depends mostly on soil temperature and the frost outlook. If you paste the forecast I can look "
         "at it with you."),
       "here it is. just give me the days with frost risk and their minimum temps:\n\nMon 6°/-1° clear, frost "
       "likely. Tue 8°/2° cloudy. Wed 9°/3° rain. Thu 5°/-3° clear, hard frost. Fri 7°/0° mist, ground frost "
       "possible. Sat 10°/4° showers."),
    ex("uk", "Випиши всі імена людей і назви організацій, які згадуються в тексті:\n\nУ Львові відкрили новий "
       "центр реабілітації. На відкритті були міський голова Андрій Садовий, представники фонду «Повернись "
       "живим» та лікарка Оксана Гнатишин. Обладнання передала компанія «Медтехсервіс», а навчання персоналу "
       "провів Український католицький університет."),
    ex("en", "Summarise this email from the landlord: 'Dear tenants, the boiler will be replaced on 3 November. "
       "Please clear the cupboard by 1 November. Rent for November is due by the 5th as usual. The annual "
       "gas safety check is booked for 20 November, someone must be home between 8 and 12.'",
       A("The boiler is being replaced in early November, so you need to clear the cupboard beforehand; rent "
         "is due as usual and there's a gas safety check later in the month that needs someone at home."),
       "ok, now list every date and deadline in that email with what's due on it"),
    ex("nl", HR_NL, "Haal uit dit verlofverzoek de begin- en einddatum, het soort verlof en de naam van de "
       "vervanger:\n\n\"Hoi Sanne, ik wil graag zorgverlof aanvragen van maandag 9 juni t/m vrijdag 20 juni "
       "voor mijn moeder. Ruud heeft aangeboden mijn ochtenddiensten over te nemen. Groetjes, Femke\""),
    ex("hi", "इस मैसेज से बिल की रकम, आखिरी तारीख और कंज़्यूमर नंबर निकालो: 'प्रिय उपभोक्ता, आपका बिजली बिल "
       "(उपभोक्ता सं. 2104 7789 3310) ₹1,842 का है। कृपया 18/07/2025 तक भुगतान करें, अन्यथा ₹50 विलंब शुल्क "
       "लगेगा।'"),
    ex("ar", SHIPPING_AR, "استخرج من هذه الرسالة رقم الشحنة، والمدينة، وتاريخ التسليم المتوقع فقط: «عميلنا العزيز، "
       "شحنتك رقم SA7731094 في طريقها إلى جدة، ومن المتوقع تسليمها يوم الأحد 14 سبتمبر بين الساعة 2 و 6 مساءً.»"),
    ex("vi", "Lọc ra giúp mình các khoản tiền phải đóng, số tiền và hạn nộp trong tin nhắn này nhé:\n\n"
       "Kính gửi quý phụ huynh lớp 3A, tháng này có các khoản sau: quỹ lớp 200.000đ nộp trước 10/10; tiền "
       "bảo hiểm y tế 680.000đ nộp trước 15/10; tham quan bảo tàng ngày 25/10, phí 150.000đ nộp trước 18/10. "
       "Các cháu nhớ mang áo khoác vì trời đã lạnh."),
    ex("en", MODFORGE, "here's my load order log. list every mod that has a conflict and the file it conflicts on, "
       "nothing else:\n\n[OK] SkyUI_5_2_SE.esp\n[CONFLICT] ImmersiveArmors.esp <-> Armor Rebalance.esp : "
       "meshes/armor/iron/cuirass_1.nif\n[OK] RaceMenu.esp\n[CONFLICT] Cutting Room Floor.esp <-> "
       "Interesting NPCs.esp : scripts/dialoguewhiterun.pex\n[OK] Alternate Start.esp"),
    ex("en", IDE, "pull the ticket IDs (like PAY-123) out of these commit messages, one per line, no "
       "duplicates:\n\nfix rounding in invoice totals (PAY-412)\nPAY-415 add retry to webhook\nbump deps\n"
       "revert 'PAY-412' partial fix\nCORE-88 log request ids\nPAY-415 follow-up: backoff cap"),
    ex("sv", "Plocka ut hyra, storlek, antal rum, inflyttningsdatum och om husdjur är tillåtna:\n\nLjus trea på "
       "Söder, 74 kvm, nyrenoverat kök. Hyra 13 850 kr/mån inkl. värme. Tillträde 1 september. Balkong mot "
       "gården. Rökfritt boende, husdjur ej tillåtna. Förstahandskontrakt."),
    ex("el", "Βγάλε μου όνομα, ημερομηνίες άφιξης και αναχώρησης, αριθμό ατόμων και τύπο δωματίου από αυτό το "
       "μήνυμα: «Καλησπέρα, είμαι η Κατερίνα Λάμπρου, θα ήθελα δίκλινο με θέα θάλασσα για 2 ενήλικες και ένα "
       "παιδί 6 ετών, από 12 έως 18 Ιουλίου.»"),
    ex("en", "Which supplier should I go with? Quotes:\nA) Kovac Metals: €4.10/unit, min order 500, lead time "
       "3 weeks\nB) Nordsteel: €3.85/unit, min order 2,000, lead time 6 weeks\nC) Brandt & Sohn: €4.40/unit, "
       "min order 200, lead time 10 days",
       A("It depends on your volume and how urgent the first batch is. If you need fewer than 2,000 units "
         "soon, A is the balanced choice; B only pays off at volume; C is for emergencies."),
       "fine. pull price per unit, lead time and minimum order for each supplier into a table for my boss"),
    ex("en", "From this prescription text, list the medicine names with the dose and how many times a day:\n"
       "'Amoxicillin 500 mg, one capsule three times daily for 7 days. Ibuprofen 400 mg, as needed, max three "
       "times a day. Omeprazole 20 mg once daily before breakfast.'"),
    ex("en", COMPLAINT_THREAD + "\n\nextract every order number and every amount charged or claimed, with the "
       "date where there is one. a table please, I need it for the refund form"),
    ex("cs", CRM_CS, "Vytáhni z této poznámky jméno klienta, telefon, e-mail a termín další schůzky:\n\n"
       "Volal p. Dvořák ohledně bytu 3+1 na Vinohradech, chce prohlídku. Tel. 604 221 873, mail "
       "j.dvorak@example.cz. Domluveno na čtvrtek 16. 10. v 17:30, přijde i s manželkou."),
    ex("ro", "Extrage CUI-ul furnizorului, numărul facturii, data și totalul cu TVA:\n\nFurnizor: Agro Delta SRL, "
       "CUI RO31457720. Factura nr. AD-2291 din 05.08.2025. Îngrășământ NPK 15-15-15, 40 saci. Total fără TVA: "
       "6.200,00 lei. TVA 19%: 1.178,00 lei. Total de plată: 7.378,00 lei."),
    ex("en", POS, "get me the list of items, quantity and unit price from this supplier message, as a table: "
       "'Pak, kiriman besok: beras 5kg 20 karung @68.000, minyak goreng 2L 24 botol @35.500, gula 1kg 30 bks "
       "@16.000, telur 10 krat @52.000'"),
    ex("en", "Pull every name and phone number out of this group message into a list:\n\n'Volunteers for the "
       "temple fair: Somchai 081-234-5678 (parking), Nok 089-777-1200 (food stall), Khun Prasert 02-555-0199 "
       "(stage), Ploy - call her daughter 086-410-3322'"),
    ex("he", "תוציא לי מהחוזה רק: שכר דירה, תאריך תחילה, תקופת השכירות וגובה הפיקדון.\n\n\"השוכר ישכור את הדירה "
       "ברחוב הנביאים 14, תל אביב, לתקופה של 12 חודשים החל מיום 1.9.2025. דמי השכירות החודשיים יעמדו על 6,200 "
       "ש\"ח. השוכר ימסור למשכיר פיקדון בסך 12,400 ש\"ח. תיקונים שוטפים יחולו על השוכר.\""),
    ex("en", DIGEST, "Not a summary this time. I only need every statistic quoted in this article, with who it "
       "comes from:\n\n'Remote work is here to stay, according to a survey by Kestrel Research, which found "
       "that 58% of office workers now work from home at least one day a week. The city's transport authority "
       "says weekday rush-hour ridership is still 22% below 2019 levels. Meanwhile, landlords interviewed by "
       "the Property Council reported average office vacancy of 17.4%, the highest in two decades.'"),
    ex("en", "give me all the email addresses in this, comma separated:\n\n'For catering contact "
       "maria.santos@bellacucina.example or her assistant tom@bellacucina.example. Venue questions go to "
       "events@oakhall.example. Please don't email noreply@oakhall.example, nobody reads it.'"),
    ex("en", "translate this menu to english please: 'Pesto alla genovese, Tagliata con rucola, Torta della "
       "nonna con pinoli, Panna cotta ai frutti di bosco, Insalata di noci e gorgonzola'",
       A("Genoese pesto pasta, sliced steak with rocket, grandma's tart with pine nuts, panna cotta with "
         "berries, walnut and gorgonzola salad"),
       "which dishes on that menu have nuts in them? just the names"),
    ex("es-en", "sácame los names and phone numbers de esta lista, en CSV please:\n\nJuan Pérez - 55 1234 5678 - "
       "trae sillas\nAna Ruiz, cel 55 8765 4321\nDoña Chela (no tiene cel, fijo 5523 1100)\nRoberto 55 2020 "
       "3131 llega tarde"),
    ex("en", TRIAGE, "skip the triage. just extract customer ID, product, OS version and the exact error message "
       "from this ticket:\n\n'Hi, customer 77-30418 here. Your Scanlink desktop app crashes right after login "
       "on my Windows 11 23H2 laptop. The message says \"Fatal: profile store locked (code 0x80070020)\". "
       "Worked fine last week.'"),
    ex("en", HEALTH, LAB + "\n\nlist only the values flagged high or low, with their reference ranges. don't "
       "explain them"),
    ex("en", "ugh expense reports are the worst", A("They really are. Anything I can help with to make it less "
                                                     "painful?"),
       "yes. here's my fuel receipt text, I just need the date, litres, price per litre and total:\n'SHELL "
       "A12 SERVICES 14/05/25 09:41 PUMP 6 UNLEADED 42.18 L @ 1.459 GBP/L TOTAL 61.54 GBP VISA ****2231'"),
    ex("en", "Which train numbers, departure times and coach/seat numbers are in this booking? As a list "
       "please.\n\n'Hinfahrt 12.04.: ICE 578 Frankfurt(Main)Hbf ab 08:16, Wagen 7, Platz 45. Umstieg Köln. "
       "RE 10414 ab 11:02 nach Aachen, ohne Reservierung. Rückfahrt 14.04.: ICE 17 ab Aachen 17:38, Wagen 12, "
       "Platz 101.'"),
    ex("en", BI, "from this snippet, pull out the rows where region is EMEA and status is churned, just customer "
       "name and MRR:\n\ncustomer,region,status,mrr\nAltona GmbH,EMEA,churned,1200\nBlue Fern,NA,active,800\n"
       "Cordell SA,EMEA,active,2300\nDunmore Ltd,EMEA,churned,450\nEstrada,LATAM,churned,600"),
    ex("en", BLOG + "\n\nextract just the ingredients with quantities from this post, skip the life story"),
    ex("fr", "Résume-moi le compte rendu du conseil municipal en quelques phrases.",
       A("Le conseil a approuvé la nouvelle aire de jeux et le budget de la cantine scolaire, a rejeté la "
         "hausse du stationnement payant et a reporté au mois prochain la décision sur la piste cyclable."),
       "Maintenant, donne-moi seulement la liste des décisions votées, avec le résultat de chaque vote."),
    ex("en", CRM, "draft a short intro email to Lena Park", A("Subject: Quick hello from Salesfolk\n\nHi Lena, I "
                                                             "came across your work at Orbis Freight..."),
       "good. from her LinkedIn bio, pull out current title, company, how long she's been there and her "
       "previous employer:\n\n'Lena Park · VP Supply Chain at Orbis Freight (Apr 2021 - present, 4 yrs) · "
       "Previously Director of Logistics at Hanmoor Retail (2015-2021) · Seoul National University'"),
    ex("hi-en", "is chat me se sabke naam aur kitna paisa diya wo nikaal do, table bana do:\n\nRohit: maine 500 "
       "bhej diye\nNeha: 750 done ✅\nAmit bhai: kal dunga 500\nPriya: 1000 (mere aur Karan dono ke)\n"
       "Sameer: paid 500"),
    ex("en", "What's the flight number and gate in this: 'Boarding now: TP1357 to Porto, gate B22, seat 14C'"),
]

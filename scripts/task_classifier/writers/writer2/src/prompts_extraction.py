"""`extraction`: the last user message asks for specific items to be pulled out of given material: fields,
values, dates, names, entities, line items, action items with owners, into a list, table or JSON. Some look
like summaries ("I don't need a summary, just every action item") or like parsing in a JSON pipeline."""

from common import A, S, ex

INVOICE = """FACTURA / INVOICE  No. KT-2026-0918
Kettle & Tamp Roasters Ltd, Unit 4 Wharf Yard, Bristol BS1 6XN — VAT GB 294 1180 42
Bill to: Café Lindqvist, 12 Sodra Gatan, Malmö
Date: 28/11/2026     Due: 28/12/2026     PO: CL-448
Qty  Description                          Unit     Amount
6    Espresso blend 'Harbour' 1 kg        18.50    111.00
2    Decaf Swiss Water 1 kg               21.00     42.00
1    Descaling tablets (box of 40)         9.90      9.90
Subtotal 162.90   VAT 20% 32.58   Shipping 12.00   TOTAL GBP 207.48
Bank: Lloyds, sort 30-94-57, acc 11842290. Late payment interest 4% above base."""

REFERRAL = """Dear Colleague,
Re: Mrs Halina Nowacka, DOB 14/02/1951, NHS No. 485 777 3456, 22 Elm Crescent, Corby NN17 2LT
I would be grateful if you could see this 75-year-old lady with a 6-week history of intermittent
painless jaundice and weight loss of around 5 kg. Bloods last week showed bilirubin 68. She lives alone
and her daughter (Agnieszka, 07700 900321) is happy to be contacted about appointments. She speaks Polish
and would benefit from an interpreter. I am referring under the two-week-wait pathway.
Yours sincerely,
Dr Rupert Amadi, Oakley Vale Surgery, Corby (practice code K83044)"""

WEDDING_THREAD = """[Sat 10:02] Maddie: ok bring-a-dish list for the after-party, shout what you're bringing
[Sat 10:05] Tunde: jollof, the big pot
[Sat 10:06] Carys: I'll do a pavlova. maybe two
[Sat 10:11] Ollie: crisps and dips (I can't cook, everyone knows)
[Sat 10:15] Maddie: I'm doing the sausage rolls obviously
[Sat 10:31] Tunde: actually my sister is making the jollof so put her down, Funmi
[Sat 10:32] Tunde: I'll bring drinks instead, a crate of beer and some soft drinks
[Sat 11:40] Priya: samosas! 40ish
[Sat 12:02] Carys: scratch the second pavlova, oven's broken, I'll bring a cheeseboard instead
[Sat 12:05] Ollie: do we need plates? I can get paper plates too"""

ACCESS_LOG = """203.0.113.7 - - [30/Nov/2026:10:01:12 +0000] "POST /api/login HTTP/1.1" 401 112 "-" "python-requests/2.31"
198.51.100.23 - - [30/Nov/2026:10:01:14 +0000] "GET /api/items HTTP/1.1" 200 5120 "-" "Mozilla/5.0"
203.0.113.7 - - [30/Nov/2026:10:01:15 +0000] "POST /api/login HTTP/1.1" 401 112 "-" "python-requests/2.31"
192.0.2.44 - - [30/Nov/2026:10:01:19 +0000] "GET /api/admin HTTP/1.1" 401 98 "-" "curl/8.4.0"
203.0.113.7 - - [30/Nov/2026:10:01:21 +0000] "POST /api/login HTTP/1.1" 401 112 "-" "python-requests/2.31"
198.51.100.23 - - [30/Nov/2026:10:02:02 +0000] "GET /api/items?page=2 HTTP/1.1" 200 4980 "-" "Mozilla/5.0"
192.0.2.44 - - [30/Nov/2026:10:02:40 +0000] "GET /api/admin/users HTTP/1.1" 403 98 "-" "curl/8.4.0"
203.0.113.99 - - [30/Nov/2026:10:03:05 +0000] "POST /api/login HTTP/1.1" 200 340 "-" "Mozilla/5.0"
203.0.113.7 - - [30/Nov/2026:10:03:30 +0000] "POST /api/login HTTP/1.1" 401 112 "-" "python-requests/2.31"
192.0.2.44 - - [30/Nov/2026:10:04:11 +0000] "GET /api/admin HTTP/1.1" 401 98 "-" "curl/8.4.0\""""

TRANSCRIPT = """Transcript, Harbour Arts Trust programme meeting, 3 Dec (auto-generated, lightly cleaned)
Jess: OK, let's start. Spring festival. Where are we on venues?
Marcus: The Custom House said yes for the opening night, but they need the insurance certificate by the 15th.
Jess: Can you send them that, Marcus?
Marcus: Yep, I'll do it this week, say by Friday.
Aiyana: The schools programme — we've got four schools signed up, we wanted six. I'll chase St Peter's and
Harbourside Primary, I'll have an answer before Christmas.
Jess: Great. Budget. Leon?
Leon: We're about 3k short on the lighting. I could apply to the Coastal Communities Fund, deadline is 10
January. I'll draft it, but I'd like someone to read it.
Jess: I'll read it. Send it to me by the 3rd of January.
Leon: Fine.
Aiyana: Also the accessibility audit — nobody owns that yet.
Jess: Hm. Let's say Marcus, since he's talking to the venues anyway. End of January?
Marcus: OK, end of Jan.
Jess: And I'll update the website with the dates once Custom House confirms. That's it, thanks all."""

LAB_REPORT = """PATHOLOGY REPORT — Sample 26-118402 — collected 02/12/2026 08:10
Full blood count
  Haemoglobin        118 g/L      (120 - 150)
  White cell count   7.2 x10^9/L  (4.0 - 11.0)
  Platelets          412 x10^9/L  (150 - 400)
Renal
  Sodium             139 mmol/L   (133 - 146)
  Potassium          5.6 mmol/L   (3.5 - 5.3)
  Creatinine         88 umol/L    (45 - 84)
Other
  Ferritin           14 ug/L      (15 - 150)
Comment: sample not haemolysed."""

EXAMPLES = [
    ex("en",
       S("You are an invoice-parsing service. Return only JSON with keys vendor, vendor_vat, invoice_number, "
         "invoice_date (YYYY-MM-DD), due_date, currency, subtotal, vat, shipping, total, line_items (list of "
         "{qty, description, unit_price, amount}). Use null for anything missing. No prose."),
       INVOICE),
    ex("de", "Zieh mir aus dieser Stellenanzeige raus: Firma, Ort, Gehaltsspanne, Remote ja/nein, "
             "Bewerbungsfrist. Als kurze Liste, sonst nichts.\n\n'Die Brückner Werkzeugbau GmbH in Heilbronn sucht "
             "zum 1. März eine/n Konstrukteur/in (m/w/d) in Vollzeit. Wir bieten 58.000–66.000 € brutto im Jahr, "
             "bis zu zwei Tage mobiles Arbeiten pro Woche und ein Jobrad. Bewerbungen bitte bis 31. Januar an "
             "karriere@brueckner-wzb.example.'"),
    ex("en", "what's the tracking number in this: 'Hi Sam! Your parcel from Hallwood Outdoor is on its way with "
             "DPD, tracking no. 01523 4489 2210 37, expected Thursday between 10:15 and 11:15.'"),
    ex("en",
       S("You are the referrals inbox assistant for the Northamptonshire hepatobiliary service. Extract data "
         "from referral letters as JSON with keys patient_name, dob, nhs_number, address, referrer, "
         "referrer_practice_code, reason, pathway, interpreter_needed, contact_for_appointments."),
       REFERRAL),
    ex("ja", "名刺をスキャンしたテキストです。会社名・氏名・役職・電話番号・メールアドレスだけを抜き出してください。\n\n"
             "株式会社みなと精機　営業本部　第二営業部長　高橋 直樹　Naoki Takahashi\n〒231-0023 横浜市中区山下町1-2\n"
             "TEL 045-000-1234　携帯 090-0000-5678\nn.takahashi@minato-seiki.example　www.minato-seiki.example"),
    ex("en",
       "my cousin's wedding is on saturday and I'm in charge of the after-party food",
       A("Fun! Do you want help planning quantities, or is everyone bringing something?"),
       "everyone's bringing something. here's the group chat, it's chaos:\n\n" + WEDDING_THREAD +
       "\n\nmake me a final list of who's bringing what (with the changes applied)"),
    ex("es", "De este correo, sácame todas las fechas y horas que aparecen y a qué se refiere cada una:\n\n"
             "'Hola, Marta: te confirmo la visita técnica el martes 9 a las 10:30. El presupuesto es válido hasta "
             "el 20 de diciembre. Si aceptas antes del 15, podemos empezar la obra el lunes 12 de enero a las 8:00. "
             "El almacén cierra del 24 al 6 por vacaciones. Un saludo, Rubén.'"),
    ex("en",
       S("Answer from the contract excerpt below only.\n\nCLEANING SERVICES AGREEMENT (extract)\n3.1 The "
         "Supplier shall clean the Premises on weekdays between 18:00 and 22:00.\n3.2 The Supplier shall "
         "provide all equipment and consumables except toilet paper and hand soap, which the Client shall "
         "provide.\n3.3 The Supplier shall ensure its staff are vetted to BS 7858.\n4.1 The Client shall give "
         "the Supplier 48 hours' notice of any change to the cleaning schedule.\n5.2 The Supplier shall hold "
         "public liability insurance of not less than £5m and provide a certificate on request.\n6.1 The "
         "Supplier shall report any damage to the Premises within 24 hours.\n7.3 Either party may terminate on "
         "one month's notice."),
       "list every obligation of the Supplier, one per line, with the clause number. leave out the client's "
       "obligations"),
    ex("zh", "从下面这段客服聊天记录里提取：订单号、问题类型、客户要求的处理方式、联系电话。用JSON输出。\n\n"
             "客户：你好，我上周买的空气炸锅，订单号 2026112388417，收到的时候外壳裂了。\n客服：非常抱歉，请问您希望怎么处理？\n"
             "客户：我不要退款，给我换一个新的就行。快递员可以先打我电话 139 0000 2718，白天我不在家。"),
    ex("ko", "영수증 텍스트에서 가게 이름, 날짜, 품목별 가격, 합계를 표로 정리해 줘.\n\n"
             "○○마트 망원점\n2026-11-29 18:42\n두부 2,500\n대파 1,980\n계란(15구) 6,900\n우유 1L 2,850\n"
             "합계 14,230\n카드 결제"),
    ex("en",
       S("You are the screening assistant for Brightwell Logistics' recruitment team. From a CV, extract: name, "
         "email, years_python, languages_spoken, notice_period, right_to_work_uk. Use null for anything not "
         "stated. Do not infer or score."),
       "Tomasz Wróbel — tomasz.wrobel@example.com — Data engineer. 2019-present: Ostrava Freight (Python, "
       "Airflow, Postgres). 2016-2019: analyst at a bank, mostly Excel and SQL, some Python from 2018. "
       "Languages: Polish (native), English (C1), Czech (conversational). Currently on a one-month notice "
       "period. Hobbies: orienteering."),
    ex("fr", "Dans ce compte rendu de conseil municipal, relève tous les montants votés et à quoi ils "
             "correspondent, sous forme de liste :\n\n« Le conseil approuve à l'unanimité une subvention de "
             "4 500 € au club de handball. La rénovation du toit de l'école Jules-Ferry est votée pour un montant "
             "de 128 000 € TTC, dont 40 % financés par le département. Le conseil reporte la décision sur "
             "l'éclairage du stade. Une enveloppe de 2 300 € est allouée au marché de Noël. »"),
    ex("en",
       S("You are the support assistant for Fibrelink broadband. Help customers troubleshoot connections and "
         "read router logs."),
       "my internet keeps dropping in the evenings",
       A("Sorry about that. Could you paste the router's event log from Settings > Diagnostics?"),
       "here:\n2026-12-01 19:02:11 WAN up 900/100\n2026-12-01 20:14:52 WAN down (LOS)\n2026-12-01 20:15:40 WAN "
       "up\n2026-12-01 20:15:41 DHCP lease renewed\n2026-12-01 21:03:07 WiFi client added\n2026-12-01 "
       "21:47:19 WAN down (LOS)\n2026-12-01 21:49:02 WAN up\n2026-12-01 22:30:00 NTP sync ok\n\njust give me the "
       "times the WAN went down and how long each outage lasted"),
    ex("ru", "Вытащи из текста все имена людей и названия организаций, раздели на два списка:\n\n«В понедельник "
             "Ирина Соколова из "
             "«Северстали» встретилась с представителями Сбербанка и Алексеем Мироновым, чтобы обсудить "
             "кредит для завода в Череповце. На встрече также был юрист компании «Линия права» Павел Орлов.»"),
    ex("en", ACCESS_LOG + "\n\nwhich IPs got a 401 and how many times each? ignore the 403"),
    ex("ar", "استخرج من هذا الإعلان: السعر، المساحة، عدد الغرف، الحي، ورقم التواصل.\n\n«للإيجار شقة مفروشة في حي "
             "الروضة، الطابق الثالث، ١٢٠ متر مربع، ثلاث غرف نوم وصالة، الإيجار ٣٥٠٠ ريال شهرياً شامل الماء. "
             "للتواصل: ٠٥٠٠٠٠٠١٢٣٤»"),
    ex("en",
       S("You normalise product titles for a marketplace catalogue. Output JSON {brand, model, colour, size, "
         "material, pack_size}; null when absent. Never guess a brand."),
       "NEW!! Trailfox Ridge 2 mens walking boot waterproof NUBUCK leather - size UK 10 / EU 44.5 - Moss Green "
       "*free ship*"),
    ex("tr", "Bu toplantı notlarından sadece alınan kararları ve sorumlu kişileri madde madde çıkar, yorum "
             "ekleme:\n\n'Fuar standı için bütçe 60 bin TL olarak onaylandı. Tasarımı Elif yapacak. Broşür "
             "baskısını Kerem ayarlayacak ama tedarikçi henüz belli değil. Lansman tarihi konuşuldu, karar "
             "verilmedi. Sosyal medya duyurusu Burak'ta.'"),
    ex("en",
       "summarise this article in 3 sentences: 'Cycling to work has risen 31% in Leeds since 2022, according "
       "to the city council. A University of Leeds survey found that 58% of new cyclists cited fuel costs. "
       "Sustrans estimates each extra commuter cyclist saves the NHS £750 a year. The council plans 14 km of "
       "new lanes, though a Chamber of Commerce poll says 41% of shopkeepers oppose them.'",
       A("Cycle commuting in Leeds is up sharply since 2022, largely because of fuel costs. Health savings are "
         "cited in support of more lanes. The council plans new lanes despite opposition from many "
         "shopkeepers."),
       "now from the same article give me every statistic mentioned, each with who it comes from"),
    ex("uk", "З цього оголошення витягни: адресу, ціну, комунальні, чи можна з тваринами, дату заселення.\n\n"
             "«Здається 2-кімнатна квартира, вул. Володимирська 41, 3 поверх. 18 000 грн/міс + комунальні "
             "окремо (взимку десь 3 500). Можна з котом, собак не беремо. Вільна з 15 січня. Дзвонити Олені.»"),
    ex("hi", "इस SMS से बैंक का नाम, राशि, तारीख और खाते के आखिरी चार अंक निकालिए:\n\n'प्रिय ग्राहक, आपके "
             "खाते XX4821 से 03-12-2026 को ₹12,450.00 डेबिट किए गए (UPI/धनलक्ष्मी स्टोर्स)। यदि यह लेनदेन आपने "
             "नहीं किया है, तो 1800-000-0000 पर कॉल करें। - भारतीय ग्रामीण बैंक'"),
    ex("en",
       S("You are the command parser for the text adventure Saltmarsh. Turn the player's message into a JSON "
         "list of actions: {verb, object, target?}. Verbs: take, drop, go, talk, use, look. Output JSON only."),
       "pick up the rusty key and the torch, then go north and talk to the ferryman about the fog"),
    ex("en",
       "sorry, work is a mess today",
       A("No need to apologise. What's going on?"),
       "can you pull out all the email addresses from this, I need them for a mail merge:\n\n'thanks all — "
       "cc'ing jo.bright@harbourarts.example and the new intern (m.osei@harbourarts.example). Leon's old "
       "address leon@oldmail.example is dead, use leon.ferris@harbourarts.example. Press: "
       "news desk <desk@coastgazette.example>.'"),
    ex("nl", "Haal uit deze brief van de gemeente het zaaknummer, de termijn om bezwaar te maken en het adres waar "
             "ik het bezwaar naartoe moet sturen:\n\n'Geachte heer De Vries, op uw aanvraag omgevingsvergunning "
             "(zaaknummer Z-2026-08813) hebben wij besloten de vergunning te weigeren. U kunt binnen zes weken na "
             "de verzenddatum van deze brief (4 december 2026) bezwaar maken bij het college van burgemeester en "
             "wethouders, Postbus 1520, 8901 BV Leeuwarden.'"),
    ex("id", "Tolong ambil nama obat, dosis, dan jadwal minumnya dari resep ini:\n\nAmoxicillin 500 mg, 3x sehari "
             "1 kapsul sesudah makan, habiskan (7 hari). Paracetamol 500 mg bila demam, maks 4x sehari. Vitamin C "
             "1x sehari pagi."),
    ex("en",
       S("You help coordinators screen patients for the FERRO-2 trial. Use only the protocol text provided.\n\n"
         "PROTOCOL 4.1-4.2: Participants must be aged 18 to 75, have iron-deficiency anaemia (Hb < 120 g/L for "
         "women, < 130 g/L for men, ferritin < 30 ug/L) and be able to give informed consent. Participants must "
         "not be pregnant or breastfeeding, have had a blood transfusion in the past 12 weeks, have chronic "
         "kidney disease stage 4 or 5, or be taking part in another interventional trial."),
       "give me the inclusion and exclusion criteria as two bullet lists, nothing else"),
    ex("vi", "Lấy ra giúp mình tên, số điện thoại và địa chỉ giao hàng từ tin nhắn đặt hàng này nhé:\n\n'Shop ơi "
             "cho em 2 hộp bánh pía nhân sầu riêng, giao cho chị Ngọc, 0903 000 412, số 18 ngõ 45 Trần Duy Hưng, "
             "Cầu Giấy, Hà Nội. Giao giờ hành chính giúp em nha.'"),
    ex("en",
       "why does npm install take forever on my laptop",
       A("Often a slow registry mirror or a huge dependency tree. Try `npm ci` with a lockfile and check "
         "`npm config get registry`."),
       "ok whatever. from this package.json, just list the dependencies still on a 0.x version:\n\n"
       "{\"dependencies\": {\"react\": \"^18.3.1\", \"zustand\": \"^4.5.2\", \"tiny-invariant\": \"^1.3.3\", "
       "\"date-fns-tz\": \"^0.2.4\", \"mitt\": \"^3.0.1\", \"papaparse-lite\": \"~0.9.1\"}, \"devDependencies\": "
       "{\"vite\": \"^5.2.0\", \"vite-plugin-qr\": \"^0.3.0\"}}"),
    ex("sv", "Plocka ut alla datum för sophämtning och vilket avfall det gäller ur det här utskicket:\n\n'Under "
             "december töms matavfall varje tisdag (1, 8, 15, 22 och 29 dec). Restavfall töms varannan fredag: 4 "
             "och 18 december. Julgranar hämtas den 12 januari. OBS: tömningen den 25 december flyttas till den "
             "27 december.'"),
    ex("en",
       S("You are Keystone, the assistant inside a CRM for independent estate agents. Use British English."),
       "Pull out the viewing slots the buyer says she can do from this email, as a list I can paste into the "
       "diary:\n\n'Hi Ellie, thanks for getting back to me. This week is tricky — I could do Wednesday after 5, "
       "or Thursday lunchtime, say 12.30 to 1.30. Not Friday. Saturday morning is fine anytime before 11. My "
       "husband can only make the Saturday one. Best, Ruth'"),
    ex("el", "Από αυτό το email κράτησης, βγάλε μου ημερομηνίες άφιξης και αναχώρησης, αριθμό κράτησης και το "
             "συνολικό ποσό:\n\n«Αγαπητή κυρία Παππά, επιβεβαιώνουμε την κράτησή σας (αρ. ΝΞ-55012) στο Hotel "
             "Aperanto, Νάξος. Άφιξη: 14 Ιουνίου, αναχώρηση: 21 Ιουνίου. Δίκλινο με θέα θάλασσα, πρωινό "
             "περιλαμβάνεται. Σύνολο: 1.120 €, προκαταβολή 300 € έχει ήδη πληρωθεί.»"),
    ex("th", "ช่วยดึงชื่อสินค้า จำนวน และราคาจากแชทสั่งของนี้ออกมาเป็นตารางหน่อย\n\nลูกค้า: เอาเสื้อยืดสีดำ "
             "ไซส์ L 2 ตัว ตัวละ 290 บาท กับหมวกแก๊ป 1 ใบ 350 บาท แล้วก็ถุงผ้าอีก 3 ใบ ใบละ 120 ครับ"),
    ex("en",
       S("You process app-store reviews for the Leaflog plant-care app team. Respond with a JSON list of "
         "{feature, complaint} objects."),
       "1★ 'the watering reminders come at 3am for some reason'\n3★ 'love it but the photo diagnosis thinks "
       "my cactus is a cucumber'\n2★ 'sync with my partner's account stopped working after the update, and the "
       "reminders are duplicated now'\n5★ 'perfect'"),
    ex("en",
       S("You are Sprig, the cooking assistant in the meal-kit app Greenbasket. Help with recipe cards, "
         "substitutions and timings."),
       "Recipe card: Thai peanut noodles. Rice noodles, peanut butter, soy sauce, lime, garlic, chilli, "
       "spring onion, sesame seeds, tofu (pressed), bean sprouts, coriander.",
       A("Got it. What would you like to do with this card?"),
       "my friend has allergies. from that card just list the ingredients that are common allergens, and "
       "which allergen each one is"),
    ex("en",
       "can you remember a number for me",
       A("I can use it in this conversation, sure. What is it?"),
       "the guy on the voicemail said 'call me back on oh seven seven double-oh, nine one two, three four five "
       "six'. write it out as digits please"),
    ex("pl", "Wypisz z tej umowy najmu: strony, kwotę czynszu, kaucję i okres wypowiedzenia.\n\n'Umowa zawarta "
             "1 grudnia 2026 r. w Gdańsku pomiędzy Anną Kowalczyk (Wynajmujący) a Michałem Zielińskim (Najemca). "
             "Czynsz najmu wynosi 2 900 zł miesięcznie, płatny do 10. dnia miesiąca. Najemca wpłaca kaucję w "
             "wysokości 5 800 zł. Każda ze stron może wypowiedzieć umowę z zachowaniem trzymiesięcznego okresu "
             "wypowiedzenia.'"),
    ex("en",
       S("You triage inbound customer emails for Hallwood Outdoor. Output JSON only: {order_id, product, issue, "
         "requested_resolution, customer_tone}."),
       "Hello, the left boot of the pair I ordered (HW-884120, Trailfox Ridge 2, size 10) has a split along "
       "the sole after two walks. I'm honestly pretty disappointed given the price. I don't want a refund, "
       "I'd like a replacement pair sent before the 20th if possible as I'm walking the Cleveland Way."),
    ex("en", TRANSCRIPT + "\n\nI don't need a summary of this — just every action item with its owner and due "
                          "date, as a table"),
    ex("en",
       "translate this menu for me: 'Zuppa di ceci — Tagliatelle al ragù — Melanzane alla parmigiana — "
       "Branzino al forno — Risotto ai funghi'",
       A("Chickpea soup — Tagliatelle with meat sauce — Aubergine parmigiana — Baked sea bass — Mushroom "
         "risotto"),
       "which of those are vegetarian? just the names"),
    ex("en",
       S("You are Lift, the insights assistant in a marketing analytics platform."),
       "From these survey answers, extract every feature request, deduplicated, with how many people asked for "
       "it:\n1. 'dark mode please'\n2. 'export to Excel, and dark mode'\n3. 'it's fine'\n4. 'let me share "
       "dashboards with clients without a login'\n5. 'Excel export!!'\n6. 'a dark theme would be nice'\n7. 'faster "
       "loading'\n8. 'public share links for dashboards'"),
    ex("zh-en", "从这个 JIRA ticket 里 extract 出 assignee, priority, due date, 还有 linked PR:\n\nPAY-2291 "
                "Refund webhook retries forever. Priority: High. Assignee: Chen Wei. Reporter: Maria Lopes. Due: "
                "2026-12-12. Linked: github.com/ledgerline/api/pull/1874. Labels: payments, incident"),
    ex("en",
       "I'm trying to read more nonfiction next year",
       A("Great goal! Any topics you're drawn to?"),
       "my book club sent this list, get me just the ISBNs:\n'Braiding Sweetgrass (ISBN 978-1-57131-356-0), "
       "The Overstory — we'll read the paperback, 978-0-393-35668-0 — and Entangled Life, ISBN "
       "9780525510321. Also maybe Wintering but no one found the edition.'"),
    ex("en",
       "hi, quick one",
       A("Sure, go ahead."),
       "this is my flight confirmation, it's in German. what's my booking reference and seat?\n\n'Buchungscode: "
       "K7QX4P — Flug EW 9461 Köln/Bonn – Palma, 18.04., Abflug 06:40. Sitzplatz: 14C. Aufgabegepäck: 1 x "
       "23 kg.'"),
    ex("en",
       S("You are Clause, a drafting assistant for a property law team."),
       "Identify each defined term in this clause and give its definition, as a two-column table:\n\n'In this "
       "Lease: \"Building\" means the land and buildings known as 4 Quay Street, Truro; \"Premises\" means the "
       "second floor of the Building shown edged red on Plan 1; \"Permitted Use\" means use as offices within "
       "Class E(g)(i); and \"Term\" means the period from and including the Term Commencement Date to and "
       "including 24 June 2031.'"),
    ex("en", "list every link in this slack message: 'retro notes are in https://notes.example/retro-48, the "
             "board is https://board.example/b/XK2 and the recording (sorry, audio is bad) "
             "https://video.example/r/99812. old doc: notes.example/retro-47'"),
    ex("en",
       S("You are the results assistant for a GP surgery. You help reception staff read pathology reports so "
         "they can book follow-ups. Never interpret results clinically."),
       LAB_REPORT + "\n\nput each test as a row: test, value, unit, reference range, and flag the ones outside "
                    "the range"),
    ex("en",
       S("You are the travel assistant for Tidewater Ferries. You help passengers compare sailings and change "
         "bookings."),
       "where can I see the winter timetable",
       A("Here's the Holm–Skarv section: 'Mon–Thu dep Holm 07:15, 13:30, 19:45; Fri dep 07:15, 13:30, 17:00, "
         "22:00; Sat dep 09:00 only; Sun dep 11:00, 18:30. Last vehicle check-in 30 min before departure.'"),
       "just give me the Friday departures and the latest check-in time for each"),
    ex("en",
       "the cast of characters in my novel draft is getting confusing",
       A("That happens a lot in early drafts. Want to paste a passage and we can map them out?"),
       "from this paragraph, the name, age and city of each person, as a table:\n\n'Rosa, who was 34 and had "
       "lived in Valparaíso all her life, met her half-brother Teo (29, Lyon) for the first time at the "
       "funeral. Their aunt Inés, now 71, flew in from Montreal, and Teo's partner Sami — just turned 30 — "
       "stayed behind in Lyon with the baby.'"),
    ex("en",
       S("You are Pia, the HR assistant for Brightwell Logistics."),
       "From these timesheet comments, pull out every mention of overtime with the person, the day and the "
       "hours:\n- Dee: Mon normal. Tue stayed 2h extra for the stock count.\n- Kwame: Wed 1.5h overtime "
       "(truck late).\n- Dee: Thu normal.\n- Lars: Fri worked till 9, so 3h over.\n- Kwame: no overtime Fri, "
       "left early."),
    ex("en",
       "summarise this email: 'Dear Mr Adeyemi, following our review, the outstanding balance on account "
       "44190 is £1,284.60. Please settle by 9 January 2027 to avoid a late fee. If you have already paid, "
       "please ignore this letter.'",
       A("It's a reminder that account 44190 has an unpaid balance that should be paid by early January to "
         "avoid a late fee, unless it has already been paid."),
       "actually just give me the deadline and the amount"),
]

"""translation: the last user message asks for given text (or text from earlier in the chat) to be put
into another language, or asks what a foreign text says. Poems, code comments, UI strings, legal
clauses and maths problems "don't solve it" are still translation; writing something new inspired by
foreign text is `creative`."""

from common import A, S, ex

CRM = S("You are Salesfolk, the assistant built into our CRM. Help sales reps log calls, draft follow-up "
        "emails and look up account history.")
IDE_JA = S("あなたはVS Codeのコーディングアシスタントです。ユーザーのコードについて簡潔に答えてください。")
TUTOR = S("You are a maths tutor for grade 8 students. Guide them step by step and never give the final "
          "answer directly.")
POS = S("You are Kasirku, a point-of-sale assistant for small shops: stock levels, prices and daily sales "
        "reports.")
LEGAL = S("You are DocketMate, an assistant for law-firm staff: drafting letters, tracking court deadlines, "
          "formatting citations.")
HR_UK = S("Ти — HR-асистент компанії «Ліра Логістик». Відповідаєш на питання про відпустки, лікарняні та "
          "зарплату.")
TRANSLATE_APP = S("You are LinguaBridge. Translate the user's text into the target language they pick. Keep "
                  "names and numbers unchanged.")
HOTEL = S("You are the guest assistant of the Aegean Breeze hotel in Naxos. Help staff and guests with "
          "bookings, breakfast times and transfers.")
CARPETS = S("تو دستیار فروشگاه اینترنتی فرش هستی. به مشتری‌ها درباره قیمت، ارسال و نگهداری فرش جواب می‌دهی.")
TRIAGE = S("You are TriageBot for the Nordhaus support desk. For every incoming ticket output a priority "
           "(P1-P4), a queue and a one-line reason.")
BI = S("You are the Insight assistant in Lumen BI. You explain dashboards and KPIs in plain language.")
TEAPOT = S("You are the order assistant for Kettle & Co., an online tea shop. Help with order status, "
           "returns and delivery dates.")
MODFORGE = S("You are ModForge, an assistant for Bethesda game modding. Answer Papyrus and Creation Kit "
             "questions with examples.")
MEDFILE = S("You are MedFile, a helper that organises a family's medical documents by person and date.")
TENANT = S("You are the tenant portal assistant for Norrbo Fastigheter. Help tenants report faults, book "
           "the laundry room and find contract information.")

JA_COMMENTS = """この関数のコメントを英語に翻訳してください。コードはそのままで。

def calc_shipping(weight_kg, region):
    # 重さが0以下の場合はエラーにする
    if weight_kg <= 0:
        raise ValueError("invalid weight")
    # 離島は追加料金（一律800円）
    base = 600 if region != "island" else 1400
    # 5kgを超えたら1kgごとに120円加算
    extra = max(0, weight_kg - 5) * 120
    return base + extra"""

DISCHARGE = """My father's discharge letter is in Spanish, can you translate it into English for his GP?

"Paciente varón de 74 años que ingresa por dolor torácico de 3 horas de evolución. Se descarta infarto agudo de miocardio tras dos determinaciones de troponina negativas. Electrocardiograma sin alteraciones agudas. Se diagnostica dolor torácico de origen musculoesquelético. Se recomienda paracetamol 1 g cada 8 horas si dolor, evitar esfuerzos durante una semana y control por su médico de cabecera en 7-10 días. Acudir a urgencias si el dolor reaparece en reposo o se acompaña de falta de aire." """

UI_STRINGS = """UI strings for our app, translate the values to Dutch. Keep the keys and the {placeholders} exactly as they are:

{
  "cart.empty": "Your cart is empty",
  "cart.items": "{count} items in your cart",
  "checkout.pay": "Pay {amount} now",
  "checkout.delivery": "Delivery on {date}",
  "account.logout": "Log out"
}"""

EXAMPLES = [
    ex("en", CRM, "can you put this follow-up into Spanish for the Monterrey client? formal please: 'Dear Mr "
       "Garza, thank you for your time on Thursday. As promised, I am attaching the revised quote with the "
       "volume discount we discussed. I am happy to schedule a call next week to review it.'"),
    ex("es", "¿Cómo se dice 'me duele la muela desde ayer y no puedo masticar del lado izquierdo' en inglés? "
       "Tengo cita con un dentista en Houston mañana."),
    ex("en", "morning! I'm on nights this week", A("Good morning, or good night I suppose! Hope the shift is "
                                                   "going okay."),
       "it's ok. the patient's daughter left this note in Polish, what does it say? 'Mama nie może jeść "
       "orzechów, ma uczulenie. Proszę nie dawać jej leków nasennych, po nich jest bardzo zdezorientowana.'"),
    ex("de", "Übersetze bitte ins Türkische, das geht an die Eltern in meiner Klasse: 'Am Freitag ist Wandertag. "
       "Bitte geben Sie Ihrem Kind festes Schuhwerk, eine Regenjacke und ein Lunchpaket mit. Wir sind gegen "
       "14 Uhr zurück.'"),
    ex("en", MODFORGE, "translate these dialogue lines to Brazilian Portuguese for my mod. keep {player_name} and "
       "{gold} untouched:\n\n1. \"Back again, {player_name}? The roads must be quiet.\"\n2. \"That'll be "
       "{gold} septims, and don't haggle.\"\n3. \"I heard the Jarl's steward is selling off the old mill.\""),
    ex("fr", "Écris-moi un petit poème sur la Loire en automne.",
       A("La Loire s'étire, paresseuse et dorée,\nles peupliers frissonnent sur la rive,\nun héron attend, "
         "figé dans la brume,\net l'automne descend doucement vers la mer."),
       "Merci ! Maintenant traduis ce poème en anglais pour ma correspondante à Leeds, en gardant l'ambiance."),
    ex("ja", IDE_JA, JA_COMMENTS),
    ex("en", "what does 'Nicht hinauslehnen' mean? saw it on an old train window"),
    ex("zh", "把下面这段话翻译成地道的英文，是我们民宿在网站上的介绍：\n\n我们的民宿位于大理古城南门外，步行五分钟"
       "就能到洱海边。院子里种满了三角梅，早上可以一边喝普洱茶一边看苍山。房东一家很热情，周末会做白族特色菜。"),
    ex("ko", "이 문장을 일본어로 번역해 주세요. 거래처에 보낼 메일이라서 정중하게요: '납품 일정이 일주일 늦어지게 "
       "되어 진심으로 사과드립니다. 새로운 일정은 다음 주 금요일에 다시 안내드리겠습니다.'"),
    ex("en", TUTOR, "don't solve it, I need this problem in German for our exchange student from Graz: 'A bakery sells 240 "
       "croissants on Saturday. That is 60% more than on Friday. How many croissants did it sell on Friday?'"),
    ex("ru", "Переведи на английский, это для визы, нужно близко к тексту: «Справка. Дана Ковалёвой Марине "
       "Сергеевне в том, что она действительно работает в ООО «Северлес» в должности главного бухгалтера с "
       "12.03.2018 по настоящее время. Справка выдана для предъявления по месту требования.»"),
    ex("pt", "Quanto dá 15% de 380 reais?", A("15% de R$ 380,00 é R$ 57,00."),
       "Obrigada! Agora traduz pro espanhol essa mensagem pra minha sogra: 'O almoço de domingo vai ser lá em "
       "casa às 13h, não precisa trazer nada, só a sobremesa se quiser.'"),
    ex("en", "we're opening a small trattoria", A("Congratulations! That's exciting. How can I help?"),
       "translate this for the sign by the door, into Italian: 'The kitchen closes at 10 pm but the bar stays "
       "open until midnight.'"),
    ex("en", POS, "Can you translate these product labels into German? German tourists keep asking me what they "
       "are: Ev yapımı zeytinyağı, Çam balı, Kuru incir, Nar ekşisi, Kekik"),
    ex("en", LEGAL, "Translate this clause into German for the Munich counterparty. Legal register, don't "
       "paraphrase: 'Either party may terminate this Agreement for material breach not cured within fifteen "
       "(15) days of written notice. Termination shall not affect any rights accrued before the termination "
       "date.'"),
    ex("pl", "Przetłumacz na angielski, to do ogłoszenia: 'Sprzedam rower górski, mało używany, rama 19 cali, "
       "nowe opony. Możliwy odbiór osobisty w Krakowie, nie wysyłam.'"),
    ex("en", UI_STRINGS),
    ex("uk", HR_UK, "Переклади цей лист англійською для мого нового менеджера, він не говорить українською: "
       "'Добрий день! Я хотіла б узяти відпустку з 4 по 15 серпня. Усі мої задачі на цей період передам "
       "Олені. Дякую!'"),
    ex("en", "good morning", A("Good morning! How are things on the farm?"),
       "busy. my romanian seasonal workers left this note on the shed door, what does it say? 'Tractorul mic "
       "nu pornește, bateria e descărcată. Am terminat rândurile 1-12 la vie. Mâine începem la 6.'"),
    ex("en", "why does my python say 'list index out of range'?",
       A("You're reading an index that doesn't exist, often off by one in a loop. Check range(len(x)) vs "
         "range(len(x) + 1)."),
       "grazie, fixed. last thing: translate this commit message into English for the team: 'Corretto il "
       "calcolo dell'IVA per i clienti esteri e aggiunto un controllo sulla partita IVA vuota'"),
    ex("nl", "Hoe zeg je in het Frans: 'Mag ik de rekening, alstublieft? En kunnen we apart betalen?'"),
    ex("en", "Please translate this into English, I have to send it to the school principal: 'मेरा बेटा आरव "
       "तीन दिन से बुखार के कारण स्कूल नहीं आ पाया। कृपया उसकी छुट्टी स्वीकार करें।'"),
    ex("en", TRANSLATE_APP, "Target: Vietnamese. 'Please leave the keys in the mailbox when you check out. The "
       "Wi-Fi password is on the fridge.'"),
    ex("vi", "Hôm nay mình đi thử váy cưới nè!", A("Ôi vui quá! Chúc mừng bạn nha. Váy có đẹp không?"),
       "Đẹp lắm! À, dịch giúp mình sang tiếng Anh câu này để in lên thiệp cưới: 'Trăm năm hạnh phúc, sắt son "
       "một lòng.' Dịch sao cho hay, không cần sát từng chữ."),
    ex("en", TENANT, "Can you translate this into English? It's what I want to send about the dishwasher, but "
       "my new landlord contact doesn't read Swedish: 'Hej! Diskmaskinen läcker igen, samma ställe som i "
       "mars. Jag har stängt av vattnet under diskbänken. Kan någon komma på torsdag?'"),
    ex("en", "translate this Pessoa into English, keep it poetic rather than literal:\n\n'Não sou nada.\nNunca "
       "serei nada.\nNão posso querer ser nada.\nÀ parte isso, tenho em mim todos os sonhos do mundo.'"),
    ex("en", HOTEL, "Please translate the guest notice into English: 'Το πρωινό σερβίρεται από τις 7:30 έως τις "
       "10:30 στη βεράντα. Την Κυριακή η πισίνα θα είναι κλειστή για καθαρισμό.'"),
    ex("ar", "ترجم هذه الرسالة إلى الفرنسية بأسلوب رسمي: «نعتذر عن التأخير في الرد، وسنرسل لكم العرض المعدّل غدًا "
       "صباحًا.»"),
    ex("en", "Summarise this news piece for me: 'The city will close the old bridge for repairs from 1 June to "
       "31 August. Buses 4 and 9 will be rerouted over the ring road. Cyclists can use a temporary ferry.'",
       A("The old bridge closes for repairs from June to August; buses 4 and 9 take the ring road instead and "
         "cyclists get a temporary ferry."),
       "now put that summary into Ukrainian for my neighbour"),
    ex("he", "איך אומרים באנגלית 'בהצלחה במבחן, אני מחזיקה לך אצבעות'? שיהיה טבעי, לא מילה במילה"),
    ex("fa", CARPETS, "این متن را به انگلیسی ترجمه کن، برای معرفی فرش‌ها در سایت: «فرش‌های دستباف ما از پشم طبیعی "
       "و رنگ‌های گیاهی تهیه می‌شوند و هر کدام حاصل چند ماه کار بافندگان روستاهای اطراف کاشان است.»"),
    ex("en", "Translate into German please: 'Dobrý den, rezervoval jsem si u vás pokoj na tři noci, ale přijedu "
       "až v sobotu kolem 22:00. Bude to problém?'"),
    ex("ro", "Trei prieteni, unul minte mereu. Cine a spart vaza?",
       A("Depinde de ce spune fiecare. Scrie-mi afirmațiile lor și le luăm pe rând."),
       "Lasă, nu mai contează. Tradu-mi te rog în engleză mesajul ăsta pentru șeful meu: 'Mâine întârzii o "
       "oră, am programare la medic la 8. Recuperez după-amiază.'"),
    ex("en", POS, "tolong translate this menu into English for the tourists: Nasi goreng kampung, Es teh manis, "
       "Pisang goreng keju, Soto ayam, Es cendol"),
    ex("th", "แปลเป็นภาษาอังกฤษให้หน่อยครับ จะติดหน้าร้าน: 'ร้านปิดทุกวันจันทร์ เปิดอังคารถึงอาทิตย์ 10 โมงเช้าถึง "
       "2 ทุ่ม รับบัตรเครดิต'"),
    ex("en", "translate to proper English please, it's for my boss: 'ya te mandé el reporte, pero the numbers from "
       "marzo are still missing porque finance no los ha cerrado todavía'"),
    ex("en", CRM, "Client wrote this in Japanese, what does it say? '見積書を拝見しました。価格についてもう少し"
       "ご相談させていただけますでしょうか。来週ご都合のよい日時を教えてください。'"),
    ex("en", "write a haiku about the first snow", A("First snow on the roofs /\nthe dog stops, sniffs the "
                                                     "quiet air /\nboot prints fill with light"),
       "translate your haiku into Japanese, keep 5-7-5 if you can"),
    ex("es-en", "how do you say 'estoy hasta las narices' in English? not literal, lo que de verdad quiere decir"),
    ex("en", "'thank you very much' in Korean?"),
    ex("en", TRIAGE, "this ticket came in Portuguese, translate it into English before I triage it: 'Olá, desde a "
       "atualização de ontem não consigo imprimir nenhuma etiqueta de envio. A impressora aparece como "
       "conectada, mas o botão Imprimir fica cinza. Tenho 200 pedidos parados.'"),
    ex("en", MEDFILE, DISCHARGE),
    ex("en", "Pull the dates out of this letter: 'Ihr Antrag vom 3. März wurde am 17. April bewilligt. Die "
       "Zahlung erfolgt ab dem 1. Mai.'", A("3 March: application submitted\n17 April: approved\n1 May: "
                                            "payments start"),
       "super. and now translate the whole letter into English, my colleague in Dublin needs it"),
    ex("en", BI, "translate the dashboard labels into German, as short as possible: Revenue, Active users, Churn "
       "rate, Avg. order value, Last 30 days"),
    ex("en", "Make this sound natural in Chinese, it's for a shop sign: 'Thank you for visiting. Everything is "
       "10% off today.'"),
    ex("en", "Translate the first verse of 'Cielito Lindo' into English: 'De la Sierra Morena, cielito lindo, "
       "vienen bajando, un par de ojitos negros, cielito lindo, de contrabando.'"),
    ex("en", "Can you translate this section of an old Soviet lathe manual? 'Перед включением станка "
       "убедитесь, что патрон надёжно закреплён и ключ извлечён. Смазку направляющих производить ежедневно.'"),
    ex("en", TEAPOT, "could you translate my review into French? I want to post it on the French site too: "
       "'Lovely teapot, pours without dripping and arrived very well packed. Slightly smaller than I "
       "expected.'"),
    ex("en", "what does this clause in my lease mean: 'tenant shall keep the premises in good and tenantable "
       "repair, fair wear and tear excepted'?",
       A("It means you have to keep the flat in decent condition and fix damage you cause, but you aren't "
         "responsible for normal ageing like faded paint or worn carpet."),
       "ok. translate the clause itself into Polish so my landlord can read it"),
]

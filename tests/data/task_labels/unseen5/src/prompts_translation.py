"""translation: the last user message asks for given text to be put into another language (or asks what
a foreign text says). Translating the strings or comments in code while leaving the code alone is
translation; rewriting code in another programming language is code. A word problem to be translated,
not solved, is translation."""

from common import A, S, ex

CODING_AGENT = S(
    "You are Forge, an autonomous coding agent with shell access to the user's repository. Plan, edit "
    "files, run the tests and report what you changed."
)
DIGEST_BOT = S(
    "You are DigestBot. Whatever the user pastes, reply with a summary of 3 to 5 bullet points."
)
HOTEL_CONCIERGE = S(
    "You are the concierge assistant of Hotel Miramar in Sitges. Recommend restaurants, book taxis and "
    "answer questions about the hotel. Reply in the guest's language."
)
CLINIC_BOT = S(
    "You are the reception assistant of Eastgate Family Practice. Help patients book, cancel and move "
    "appointments and order repeat prescriptions. Never give medical advice."
)
MARKETING = S(
    "You are Quill, the marketing assistant for Tallow & Wick, a candle brand. Write product copy, email "
    "subject lines and social posts in a cosy, slightly witty voice."
)
HR_BOT = S(
    "Du bist der HR-Assistent der Brandt Logistik GmbH. Du beantwortest Fragen zu Urlaub, Gehalt und "
    "Arbeitszeit anhand des Mitarbeiterhandbuchs."
)
MATH_TUTOR = S(
    "You are Brightpath, a maths tutor for secondary-school students. Show working step by step."
)
SUPPORT_SAAS = S(
    "You are the support assistant for Planwise, a project-management SaaS. Answer questions about "
    "boards, permissions, integrations and billing."
)
JSON_I18N = S(
    'You localise UI strings. Input: a JSON object of key -> English string and a target locale. Output '
    'only the JSON object with the same keys and translated values. Keep placeholders like {name} '
    'unchanged.'
)
LEGAL_INTAKE = S(
    "You are the intake assistant for Marsh & Ptak, a tenancy law firm. Collect the client's name, "
    "address, landlord details and a short description of the dispute. Do not give legal advice."
)

FIXIT_HELPDESK = S(
    "You are FixIt, the facilities helpdesk bot for Harrow House offices. Log maintenance tickets with "
    "floor, room, problem and urgency, and give the ticket number."
)
REVIEWBOT = S(
    "You are reviewbot on the acme/calendar-utils repository. When mentioned on a pull request, give "
    "specific, actionable review comments. Be direct."
)
OPEN_DOORS = S(
    "You are the helper bot of Open Doors Kraków, a charity for refugees. Help with housing lists, PESEL "
    "registration, Polish classes and finding a doctor. Be patient and clear."
)
FERNHILL_SLACK = S(
    "You are Fern, the assistant in the Fernhill Studio Slack. People ask you about anything: the office "
    "wifi, lunch orders, tooling. Keep it casual."
)

INTERVIEW_LETTER_DE = (
    "Liebe Frau Kowalczyk,\n\n"
    "vielen Dank für Ihre Bewerbung als Pflegefachkraft in unserer Einrichtung. Wir freuen uns, Sie zu "
    "einem Vorstellungsgespräch am Donnerstag, dem 11. Dezember, um 10:00 Uhr einzuladen. Das Gespräch "
    "findet im Haus Lindenhof, Raum 2.14, statt und dauert etwa eine Stunde. Bitte bringen Sie Ihre "
    "Zeugnisse, die Anerkennungsurkunde Ihres Berufsabschlusses und einen gültigen Ausweis mit. "
    "Parkplätze finden Sie hinter dem Gebäude; die Bushaltestelle 'Lindenhof' liegt direkt vor dem "
    "Eingang.\n\nFalls Ihnen der Termin nicht passt, rufen Sie uns bitte unter 0421 55 83 20 an. Wir "
    "übernehmen Ihre Fahrtkosten mit öffentlichen Verkehrsmitteln gegen Vorlage der Fahrkarten.\n\n"
    "Mit freundlichen Grüßen\nSabine Hartmann\nPersonalabteilung, Seniorenzentrum Lindenhof Bremen"
)

RELEASE_NOTES = """## Planwise 4.12 — December release

**New**
- Timeline view now supports dependencies between tasks across different boards. Drag from the dot on
  the right edge of a task to the task it blocks.
- Guests can be given comment-only access. They see the board but cannot move cards or change fields.
- The Slack integration posts a daily digest at a time you choose instead of one message per change.

**Improved**
- Boards with more than 2,000 cards load up to three times faster.
- CSV import now detects semicolon-separated files and dates in DD/MM/YYYY format.
- Keyboard shortcut help (press ?) lists shortcuts for the view you are in.

**Fixed**
- Recurring tasks created on the 31st of a month no longer skip months with fewer days.
- Notifications for mentions in comments are no longer sent twice when the comment is edited.
- Exported PDFs keep custom field colours.

**Heads-up**
- From 1 February, API tokens without an expiry date will expire after 12 months. Existing tokens get
  a reminder email 30 days before they stop working."""

EXAMPLES = [
    ex("en", "kitchen in Polish?"),
    ex("en", CODING_AGENT,
       "add Japanese to the app. Don't touch the code, just translate the values in this file into "
       "Japanese and keep the keys and the {placeholders}:\n\n{\n  \"cart.empty\": \"Your cart is empty\",\n"
       "  \"cart.items\": \"{count} items in your cart\",\n  \"checkout.pay\": \"Pay now\",\n  "
       "\"checkout.error\": \"Payment failed. Please try another card.\",\n  \"greeting\": \"Welcome back, "
       "{name}!\"\n}"),
    ex("en", DIGEST_BOT,
       "no bullets, I don't need a summary. my mum got this letter and her German isn't great. translate it "
       "into Polish for her, the whole thing, keep it polite like the original:\n\n" + INTERVIEW_LETTER_DE),
    ex("en", SUPPORT_SAAS,
       "Our Brazilian customers keep asking, so please translate these release notes into Brazilian "
       "Portuguese, keeping the markdown exactly as it is:\n\n" + RELEASE_NOTES),
    ex("en", CLINIC_BOT,
       "my dad only speaks Urdu. can you translate this for him: 'Your appointment with Dr. Okafor is on "
       "Tuesday 16 December at 10:20. Please arrive 10 minutes early and bring a list of your "
       "medicines.'"),
    ex("en", MARKETING,
       "we're launching in France. translate our three best subject lines into French, and keep the pun "
       "if you can, otherwise find a French one that works: 'Wick me up before you go-go', 'Light up your "
       "nights', 'Scents and sensibility'"),
    ex("en", MATH_TUTOR,
       "I don't need it solved! I'm a teacher and I need this problem in Spanish for my newcomer students: "
       "'A farmer has 120 m of fencing and wants to enclose a rectangular field along a river, so one "
       "side needs no fence. What dimensions give the largest area?'"),
    ex("en", JSON_I18N,
       "locale: de-DE\n{\"nav.home\": \"Home\", \"nav.settings\": \"Settings\", \"toast.saved\": \"Saved!\", "
       "\"invite.sent\": \"Invitation sent to {email}\"}"),
    ex("en", LEGAL_INTAKE,
       "my neighbour's landlord sent her this in Romanian and she wants to know exactly what it says before "
       "she comes to you. can you translate it into English: 'Vă informăm că, începând cu 1 februarie, "
       "chiria va crește cu 15%. Dacă nu sunteți de acord, vă rugăm să părăsiți apartamentul până la "
       "sfârșitul lunii ianuarie.'"),
    ex("en", FERNHILL_SLACK,
       "write a two-line poem about autumn in Kyoto",
       A("Maple leaves drift down the temple stair;\na monk sweeps slowly, unaware."),
       "lovely. now translate your poem into Japanese, try to keep the image of the monk"),
    ex("en",
       "what's the difference between 'por' and 'para'?",
       A("Broadly, 'por' is about cause, means, exchange and duration ('gracias por todo', 'por tren'), "
         "while 'para' is about purpose, destination and deadlines ('para ti', 'para el lunes')."),
       "ok test time. translate to Spanish: 'I did it for you, and I'll finish it by Monday. We travelled "
       "through Peru for three weeks.'"),
    ex("en", MATH_TUTOR,
       "Solve 2x + 7 = 19",
       A("2x = 12, so x = 6."),
       "thanks. unrelated: translate 'the square root of a negative number is not a real number' into "
       "Italian, for my class poster"),
    ex("en",
       "Can you summarize this review? 'Great espresso, terrible wifi, staff remembered my name on day two.'",
       A("Great coffee and friendly staff, but poor wifi."),
       "how would I say that same review in Korean for my language exchange partner?"),
    ex("en", FIXIT_HELPDESK, "not a ticket, just curious: what does this sign in a Turkish lift mean? "
       "'Asansörü yangın anında kullanmayınız.'"),
    ex("en", "Translate into English, keep it formal: « Nous accusons bonne réception de votre dossier et "
       "vous informons qu'il sera examiné par la commission du 15 janvier. »"),
    ex("en", "english please: 'Mañana no hay clase porque los profes están de huelga, pero el examen "
       "sigue siendo el viernes'"),
    ex("en", "How do I say 'I'm allergic to shellfish, is there any in this dish?' in Thai and in "
       "Vietnamese? I'm travelling next week"),
    ex("en", REVIEWBOT, "@reviewbot the reviewers can't read Polish. Translate the comments in this function "
       "into English and leave the code alone:\n\ndef liczba_dni(rok):\n    # sprawdzamy, czy rok jest "
       "przestępny\n    if rok % 4 == 0 and (rok % 100 != 0 or rok % 400 == 0):\n        return 366  # luty "
       "ma 29 dni\n    return 365  # zwykły rok"),
    ex("en",
       "what can I bake with just flour, eggs and salt?",
       A("Fresh egg pasta or simple noodles are the obvious ones: knead 100 g flour per egg with a pinch "
         "of salt, rest the dough and roll it thin."),
       "funny you say that, I found my grandma's recipe card, in Hungarian, what does it say? 'Fél kiló "
       "liszt, három tojás, egy "
       "csipet só. A tésztát fél óráig pihentetjük, majd vékonyra nyújtjuk.'"),
    ex("en", FERNHILL_SLACK, "put this in Dutch for the team channel: 'Heads up — the office is closed on "
       "Friday for the move. Please take your plants home!'"),
    ex("en",
       "my Emirati colleague said something at lunch that made everyone laugh and I didn't get it",
       A("That happens a lot with proverbs: they're often funny only if you know the image behind them. "
         "If you remember the words, I can try to explain it."),
       "I wrote it down! Translate this Arabic proverb literally and then tell me the closest English "
       "equivalent: 'اللي ما يعرف الصقر يشويه'"),
    ex("en", OPEN_DOORS, "Ukrainian to English, for my asylum paperwork, please be exact: 'Я, Коваленко "
       "Ірина Петрівна, народилася 3 травня 1991 року в місті Харків. З березня 2022 року проживаю в "
       "Польщі.'"),
    ex("en",
       "is 'Schadenfreude' used in English?",
       A("Yes, it's an established loanword in English for pleasure taken in someone else's misfortune."),
       "fun. translate this German sentence then: 'Die Schadenfreude meines Bruders war größer als sein "
       "Mitleid, als ich vom Fahrrad fiel.'"),
    ex("en", "'Je ne regrette rien' — translate and is there any nuance I'd lose in English?"),
    ex("en", "can you translate our wedding invitation into Tagalog for my lola's side: 'Together with "
       "their families, Ana and Miguel invite you to celebrate their marriage on 14 February 2027 at 3 "
       "o'clock in the afternoon, San Agustin Church, Intramuros.'"),
    ex("es", HOTEL_CONCIERGE,
       "Perdona, una cosa rápida: ¿cómo se dice en catalán 'una mesa para cuatro personas en la terraza, "
       "por favor'? Quiero intentarlo yo en el restaurante."),
    ex("fr", "Traduis en allemand pour mon voisin : « Bonjour, votre colis a été livré chez moi par "
       "erreur. Vous pouvez passer le chercher ce soir après 18 h. »"),
    ex("de", HR_BOT,
       "Keine Urlaubsfrage heute. Kannst du diesen Absatz aus dem Handbuch ins Englische übersetzen? "
       "Unser neuer Kollege aus Irland versteht ihn nicht: 'Überstunden sind vorab mit der "
       "Schichtleitung abzustimmen und werden innerhalb von drei Monaten durch Freizeit ausgeglichen.'"),
    ex("pt", "traduz pro inglês, por favor, é pra um cliente: 'Infelizmente não conseguiremos entregar o "
       "pedido na sexta. A nova previsão é terça-feira, e não cobraremos o frete.'"),
    ex("it",
       "Qual è la differenza tra 'ciao' e 'salve'?",
       A("'Ciao' è informale, tra amici e familiari; 'salve' è un saluto neutro, un po' più formale, "
         "utile quando non sai se dare del tu o del lei."),
       "Grazie! E come tradurresti in inglese questo messaggio per il mio capo: 'Salve, domani arrivo "
       "un'ora dopo per una visita medica, recupero in serata.'"),
    ex("nl", "Kun je dit naar het Engels vertalen voor de Airbnb-gasten? 'De sleutel ligt in het kastje "
       "naast de voordeur, code 4471. Het afval gaat op dinsdagochtend buiten, graag de glazen apart.'"),
    ex("pl", "Przetłumacz na angielski, ma brzmieć naturalnie, to do CV: 'Odpowiadałem za wdrożenie "
       "nowego systemu magazynowego w trzech oddziałach firmy.'"),
    ex("tr", "Şunu Almancaya çevirir misin, ev sahibime göndereceğim: 'Kaloriferler üç gündür çalışmıyor, "
       "evde bebek var, lütfen en kısa zamanda bir tamirci gönderin.'"),
    ex("ru", "Переведи на английский, это для письма в посольство: «Прошу продлить срок рассмотрения "
       "моего заявления, так как я не успеваю получить справку из банка.»"),
    ex("uk", SUPPORT_SAAS,
       "Перекладіть, будь ласка, українською цей рядок з вашого інтерфейсу, бо я не розумію: 'Guests "
       "can comment but cannot move cards or edit fields.'"),
    ex("zh", "请把这段话翻译成英文，语气正式一点，是给合作方的邮件：“非常抱歉，由于供应商延迟发货，我们的"
       "交付时间需要推迟一周。我们会承担由此产生的额外运费。”"),
    ex("ja",
       "この文章を三行で要約してください：「新しい社内システムは来月から導入されます。旧システムは3月末"
       "まで併用できます。研修は各部署で実施します。」",
       A("・新システムは来月導入。\n・旧システムは3月末まで併用可。\n・研修は各部署で実施。"),
       "ありがとう。では、元の文章をそのまま英語に翻訳してください。海外支社に送ります。"),
    ex("ko", "다음 문장을 일본어로 번역해 주세요: '오늘 회의 자료는 메일로 보내드렸습니다. 확인 "
       "부탁드립니다.'"),
    ex("hi", "isko English mein translate kar do please, boss ko bhejna hai: 'Kal meri tabiyat theek nahi "
       "thi isliye main office nahi aa paaya, aaj se kaam pe wapas hoon.'"),
    ex("ar", "ترجم هذه الفقرة إلى الفرنسية من فضلك: «يسعدنا دعوتكم لحضور حفل افتتاح فرعنا الجديد في "
       "الدار البيضاء يوم السبت القادم في الساعة السادسة مساءً.»"),
    ex("id", CLINIC_BOT,
       "Maaf, saya kurang lancar bahasa Inggris. Bisa terjemahkan pesan dari klinik ini ke bahasa "
       "Indonesia? 'Your repeat prescription is ready to collect from Thursday. Please bring photo ID.'"),
    ex("vi", "Dịch giúp mình sang tiếng Hàn câu này nhé, để nhắn cho chủ nhà: 'Tháng này em xin trả tiền "
       "nhà chậm ba ngày, em xin lỗi anh.'"),
    ex("he", "תתרגם לאנגלית בבקשה: 'החנות תהיה סגורה בשבוע הבא בגלל שיפוצים. נשמח לראותכם שוב ב-15 "
       "בחודש.'"),
    ex("es", "how do you say en inglés 'me da mucha pena pero no puedo ir a tu cumple, tengo turno "
       "doble'? para un text a mi coworker"),
    ex("es",
       "Escríbeme un haiku sobre el mar en invierno.",
       A("Mar gris de enero —\nlas gaviotas en la arena\nesperan el sol."),
       "¡Me encanta! Ahora tradúcelo al inglés, intentando mantener las 5-7-5 sílabas."),
    ex("pt", MARKETING,
       "Pode traduzir pra português de Portugal (não do Brasil!) a descrição da vela 'Fireside': 'Crackling "
       "cedar, a whisper of smoke and the feeling of socks on a rug after a long walk.'"),
    ex("de",
       "Erklär mir kurz, was ein Fahrradkurier macht.",
       A("Ein Fahrradkurier liefert Sendungen wie Dokumente, Essen oder kleine Pakete mit dem Fahrrad "
         "aus, vor allem in Städten, wo er schneller als ein Auto ist."),
       "Danke. Übersetz mir bitte diesen Satz ins Spanische, für meine Bewerbung in Madrid: 'Ich habe "
       "drei Jahre als Fahrradkurier in Hamburg gearbeitet und kenne mich mit Navigation und "
       "Zeitdruck aus.'"),
    ex("en", "Gracias in Basque?"),
    ex("en", "The label on the jar just says '梅干し 塩分控えめ'. what does it mean in English"),
    ex("en",
       "if a bus is 12 m long, how many buses long is a 30 m dinosaur?",
       A("30 / 12 = 2.5, so two and a half buses."),
       "he loved that. pls translate to simple English for my son, he's 8: 'Le dinosaure le plus grand "
       "mesurait plus de trente mètres.'"),
]

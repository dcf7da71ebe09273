"""translation: the last user message asks to render a given text in another language (poems, UI strings,
subtitles, documents, code comments), not to write something new about it."""

from common import A, S, ex

L10N = ("You are a localisation engine for a mobile app. Translate the user's strings into the target "
        "language given. Keep placeholders like {name} and %d unchanged. Return JSON with the same keys.")
AGENT = ("You are Patchwork, an autonomous coding agent with bash and edit tools in the user's repository.")
SUPPORT = ("You are the multilingual help assistant for Vela Hotels. Help guests and staff with bookings and "
           "hotel information.")
WRITER = "You are Quill, a writing assistant. Keep the author's tone and formatting."
LEGAL = ("You are a legal-document assistant at a law firm. Be faithful to the source; don't add "
         "interpretation.")

POEM_DE = """Über allen Gipfeln
Ist Ruh,
In allen Wipfeln
Spürest du
Kaum einen Hauch;
Die Vögelein schweigen im Walde.
Warte nur, balde
Ruhest du auch."""

SRT = """1
00:00:01,200 --> 00:00:03,900
Where were you last night?

2
00:00:04,100 --> 00:00:06,500
I told you, I was at the office.

3
00:00:07,000 --> 00:00:09,800
The office was closed, Daniel."""

EXAMPLES = [
    ex("en", "i have a headache in madrid and no spanish", A("Sorry to hear that! Pharmacies in Spain have a "
       "green cross sign, and pharmacists can advise on mild painkillers."), "translate to spanish: where is the "
       "nearest pharmacy"),
    ex("en", "Translate this Goethe poem into English, keep it short-lined and try to keep some rhyme, but don't "
       "write a new poem:\n\n" + POEM_DE),
    ex("en", S(L10N), "Target: de-DE\n{\"cart.empty\": \"Your cart is empty\", \"cart.items\": \"%d items in "
       "your cart\", \"greeting\": \"Welcome back, {name}!\", \"checkout.cta\": \"Proceed to checkout\"}"),
    ex("en", "my landlord only speaks English and I wrote this in Spanish, can you put it in English?\n\n\"Hola "
       "Mark, la lavadora pierde agua desde el domingo. ¿Puede venir alguien esta semana? Estoy en casa por las "
       "tardes.\""),
    ex("en", S(AGENT), "The comments in src/legacy/parser.c are in Italian. Translate just the comments to "
       "English, don't change any code:\n\n/* Legge una riga dal file e restituisce NULL a fine file */\nchar "
       "*leggi_riga(FILE *f) {\n    // buffer statico: non thread-safe!\n    static char buf[512];\n    return "
       "fgets(buf, sizeof buf, f);\n}"),
    ex("en", "Write an apology email for a late delivery", A("Subject: Sorry for the delay\n\nDear customer, "
       "we're sorry your order is late. It's now on its way and should arrive within two days..."),
       "good. our german customers need this line in german: 'We thank you for your patience and apologise "
       "for the delay in delivery.'"),
    ex("en", "Translate these subtitles into Brazilian Portuguese, keep the SRT numbering and timestamps "
       "exactly:\n\n" + SRT),
    ex("en", S(SUPPORT), "A guest left this note in Japanese at reception. What does it say, in English?\n\n"
       "「エアコンが夜中に止まってしまいました。明日の朝、部屋を変えていただけますか？」"),
    ex("en", S("You are a career coach assistant."), "I'm applying for jobs in Dublin", A("Great! Do you want "
       "help with the CV, the cover letter or interview prep?"), "cover letter later. first, english version of "
       "this sentence from my german CV: \"Ich habe fünf Jahre Erfahrung in der Buchhaltung und arbeite sehr "
       "gerne im Team.\""),
    ex("en", "Write me a poem about autumn", A("Leaves let go in amber flight,\nthe orchard hums with "
       "fading light..."), "beautiful. now translate that exact poem into French for my grandmother, keep "
       "the line breaks"),
    ex("en", "what's the best way to learn portuguese", A("Daily practice with a mix of listening, speaking "
       "and spaced-repetition vocab works best. Brazilian or European Portuguese?"), "brazilian. my friend "
       "just texted 'vou chegar um pouco atrasado, o trânsito tá horrível', translate?"),
    ex("en", S(LEGAL), "Translate clause 7 into English, faithfully:\n\n\"7. Rescisão. Qualquer das partes "
       "poderá rescindir o presente contrato mediante aviso prévio por escrito de 60 (sessenta) dias. Em caso "
       "de descumprimento de obrigação contratual, a parte inocente poderá rescindir o contrato de imediato, "
       "sem prejuízo de indenização por perdas e danos.\""),
    ex("en", "how do you say 'I'm allergic to peanuts' in Thai and Vietnamese? I'm travelling next week"),
    ex("it", S(WRITER), "Traduci in inglese il mio post, mantenendo il tono ironico: \"Oggi ho provato a fare "
       "il pane in casa. Risultato: un mattone. Il cane l'ha guardato e se n'è andato.\""),
    ex("en", S(L10N), "Target: ja-JP\n{\"settings.title\": \"Settings\", \"settings.logout\": \"Log out\", "
       "\"settings.delete\": \"Delete account\", \"settings.delete.confirm\": \"This can't be undone. Delete "
       "{email}?\"}"),
    ex("en", "Put this into French please, it's a word problem for my class, do NOT solve it: 'A baker sells 48 "
       "croissants in the morning and a third as many in the afternoon. How many croissants does she sell in "
       "total?'"),
    ex("nl", "Kun je dit naar het Engels vertalen? \"Beste klant, uw bestelling is verzonden en wordt morgen "
       "tussen 10:00 en 14:00 bezorgd.\""),
    ex("en", S(AGENT), "Add i18n to the signup form", A("Done: I extracted 9 strings into locales/en.json and "
       "wired react-i18next. Want me to add other languages?"), "yes, give me locales/es.json for these:\n\n"
       "{\"signup.title\": \"Create your account\", \"signup.email\": \"Email address\", \"signup.password\": "
       "\"Password (min. 8 characters)\", \"signup.submit\": \"Sign up\", \"signup.haveAccount\": \"Already "
       "have an account? Log in\"}"),
    ex("pl", "Przetłumacz na angielski: \"Dzień dobry, chciałbym zarezerwować stolik dla czterech osób na "
       "sobotę o 19:00.\""),
    ex("en", "What does this Turkish sign say? 'Lütfen ayakkabılarınızı çıkarınız'"),
    ex("tr", S(SUPPORT.replace("Vela Hotels", "Vela Otelleri")), "Bu mesajı İngilizceye çevirir misin, bir "
       "misafire göndereceğim: \"Odanız hazır, anahtarınızı resepsiyondan alabilirsiniz. Kahvaltı 07:00-10:30 "
       "arası.\""),
    ex("en", "Translate to Korean, polite form, for a business email: 'Thank you for your quick reply. We will "
       "review the proposal and get back to you by Friday.'"),
    ex("ru", "Переведи на английский, пожалуйста, это сообщение коллеге: «Отчёт будет готов завтра к обеду, "
       "я жду данные от бухгалтерии.»"),
    ex("en", "We already talked about my trip to Kyiv", A("Yes, you're going in spring for your friend's "
       "wedding."), "right! she sent this in ukrainian, can you translate it to english for me: \"Дуже "
       "чекаємо на тебе! Весілля буде 17 травня о 15:00 у Михайлівському соборі, а святкування — у ресторані "
       "на Подолі.\""),
    ex("uk", "Перекладіть, будь ласка, англійською: \"Шановні колеги, нагадуємо, що звіти потрібно подати "
       "до п'ятниці.\""),
    ex("en", S(LEGAL), "English version of this German NDA clause, please:\n\n\"§ 4 Vertraulichkeit. Der "
       "Empfänger verpflichtet sich, alle vertraulichen Informationen streng geheim zu halten und sie "
       "ausschließlich für den vereinbarten Zweck zu verwenden. Diese Verpflichtung besteht für einen "
       "Zeitraum von drei Jahren nach Beendigung dieser Vereinbarung fort.\""),
    ex("zh", "请把这段话翻译成英文：“由于天气原因，今天的航班取消了，我们将为您安排明天上午的航班。”"),
    ex("en", "Translate into Chinese (simplified) for our product page: 'Lightweight, waterproof and built to "
       "last. Our trail shoes keep you going from the first step to the summit.'"),
    ex("ja", "この文を英語に訳してください：「ご不明な点がございましたら、お気軽にお問い合わせください。」"),
    ex("en", S(WRITER), "Can you help me with my essay intro", A("Of course, paste it in."), "actually first "
       "something quick: render this Spanish proverb into natural English, not word for word: 'Camarón que se "
       "duerme se lo lleva la corriente.'"),
    ex("ko", "이 문장 영어로 번역해 줘: \"회의 시간이 오후 3시로 변경되었습니다. 참석 부탁드립니다.\""),
    ex("en", S("You are the assistant for Trattoria Gemma's staff. Help with menus, bookings and "
       "supplier emails."), "Translate these menu items into English for tourists: 'Cacio e pepe', 'Saltimbocca alla romana', "
       "'Carciofi alla giudia', 'Supplì'. Short descriptions are fine where a literal name makes no sense."),
    ex("hi", "इसका अंग्रेज़ी में अनुवाद कर दीजिए: \"कृपया अपना टिकट और पहचान पत्र साथ रखें।\""),
    ex("en", S(L10N), "Target: ar\n{\"onboarding.step1\": \"Choose your language\", \"onboarding.step2\": "
       "\"Allow notifications\", \"onboarding.skip\": \"Skip\", \"onboarding.done\": \"You're all set, "
       "{name}!\"}"),
    ex("ar", "ترجم هذه الجملة إلى الإنجليزية: \"نعتذر عن التأخير، سيتم شحن طلبك خلال يومين.\""),
    ex("en", "my mom texted me in Hindi and my hindi reading is rusty lol: 'बेटा, खाना खा लिया? कल सुबह पापा "
       "तुम्हें स्टेशन से ले लेंगे।' what does it say"),
    ex("id", "Tolong terjemahkan ke bahasa Inggris: \"Mohon maaf, toko kami tutup sementara karena renovasi "
       "sampai tanggal 15.\""),
    ex("en", S(SUPPORT), "Guest review in Vietnamese, translate to English so I can forward it to the manager: "
       "\"Phòng sạch sẽ, nhân viên rất thân thiện, nhưng wifi yếu và bữa sáng hơi ít món.\""),
    ex("vi", "Dịch sang tiếng Anh giúp mình: \"Cảm ơn bạn đã đặt hàng. Đơn hàng sẽ được giao trong 3-5 ngày.\""),
    ex("en", S("You are an operations assistant for a small e-commerce warehouse."), "we ship to 4 EU "
       "countries now", A("Nice! Anything to update — labels, returns policy, customs info?"), "labels. "
       "Translate 'Fragile — handle with care' into German, French, Italian and Spanish for a shipping "
       "label"),
    ex("en", S(AGENT), "The README is in English only. Translate the Installation section into Portuguese, keep "
       "the markdown and leave commands untranslated:\n\n## Installation\n\n1. Install Python 3.11 or later.\n"
       "2. Run `pip install orbit-cli`.\n3. Log in with `orbit login` and paste your API key when asked.\n\n"
       "> Note: on Windows, use PowerShell, not cmd."),
    ex("es", "mira, mi jefe wants this in English for the client, pero que suene natural, nada de traducción "
       "literal: \"Lamentamos "
       "informarle que el proyecto sufrirá un retraso de dos semanas debido a problemas con el proveedor.\""),
    ex("en", "My friend wrote this short poem in Polish, a bit in the style of Szymborska. Translate it into "
       "English, don't improve it:\n\n\"Kamień nie pyta,\nczy jest ciężki.\nLeży i czeka,\naż ktoś go "
       "podniesie.\""),
    ex("fr", S(SUPPORT.replace("Vela Hotels", "Hôtels Vela")), "Un client a écrit en anglais, traduis-le-moi "
       "en français : \"Hi, can I get a late checkout until 2pm tomorrow? Our flight is in the evening.\""),
    ex("en", "how was your weekend lol", A("I don't have weekends, but I hope yours was good! Anything I can "
       "help with?"), "haha fair. so in the meeting my coworker said 'das ist nicht mein Bier', what's that in "
       "english? like the actual equivalent phrase"),
    ex("en", "I asked you earlier for a birthday card message", A("Yes: 'Happy birthday, Nonna! Thank you for "
       "every Sunday lunch and every story. We love you.'"), "perfect, now translate that card message into "
       "Italian, she doesn't read English"),
    ex("de", S(WRITER), "Bitte übersetz meinen Newsletter-Absatz ins Englische, Ton locker lassen: \"Hallo "
       "ihr Lieben! Der Herbst ist da und mit ihm unsere neue Kürbissuppe. Kommt vorbei, probiert und sagt uns, "
       "wie ihr sie findet!\""),
    ex("en", "is 'camarero' the same as 'mesero'?", A("Both mean waiter: 'camarero' is used in Spain, "
       "'mesero' mostly in Mexico and Central America."), "ok. Convert this text from Spanish into English: 'Se busca camarero/a con experiencia, jornada "
       "completa, incorporación inmediata. Enviar CV a empleo@barelpuerto.example'"),
    ex("pt", S(L10N), "Alvo: pt-BR\n{\"notif.new_message\": \"You have a new message from {sender}\", "
       "\"notif.reminder\": \"Don't forget: %d tasks due today\"}"),
    ex("en", "transcript from a french customer call, english please:\n\nClient : Bonjour, j'appelle parce "
       "que ma facture de novembre est deux fois plus élevée que d'habitude.\nAgent : Je vérifie votre "
       "compte, un instant.\nClient : Je n'ai rien changé à mon abonnement.\nAgent : Je vois une option "
       "internationale activée le 3 novembre."),
]

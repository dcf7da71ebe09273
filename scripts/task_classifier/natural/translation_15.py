"""Batch 15 (written 2026-12-07 by a separate writer, app-style traffic). Natural translation requests: put
existing text (messages, UI strings, signs, menus, clauses, subtitles, code comments, error messages, recipes,
song lines) into another language, often asked indirectly ("how do I say", "what does this mean", "our customers
in X need this", "make it sound native"); many sent to an app whose system prompt is about something else, after
earlier turns that asked for another task, or mentioning a summary or code while asking for a translation; in
many languages."""

ONE_LINERS = """
how do I say 'sorry, I only speak a little Spanish' in Spanish, casually
put this into French for the shop door: 'Back in 10 minutes'
what's 'could you split the bill, please?' in Italian
the German for 'I'm allergic to nuts', for a card I can show waiters
translate 'mind the step' into Portuguese for a sign in our guesthouse in Porto
in Japanese, how do you politely say 'I've already eaten, thank you'
what does 'on se capte plus tard' mean? a French friend texted it
'Please remove your shoes' in Korean, for the entrance of our flat
can you make this Dutch: 'Your appointment has been confirmed for Monday at 10:00'
Turkish for 'how much is this?' and 'too expensive', for the bazaar
how would a Mexican say 'it was nothing, don't worry about it'
our Swedish customers need this button label: 'Add to basket'
what is 'estoy hasta las narices' in English, literally and actually
Hindi mein 'happy retirement, we'll miss you' kaise likhenge, card ke liye
translate this error for our Greek users: 'The file is too large. Maximum size is 20 MB.'
Norwegian for 'the café is closed on Mondays'
in Hebrew please: 'Welcome, the meeting starts at 9'
¿cómo se dice 'te echo de menos' en inglés sin que suene raro?
tradúceme al catalán: 'Horario de atención: de lunes a viernes de 9 a 14 h'
comment traduire 'tu me manques' en anglais, c'est pour un SMS
traduis en espagnol pour l'affiche du gîte : « Les chiens sont acceptés, mais pas dans les chambres »
Wie heißt 'Feierabend' auf Englisch? Gibt's da überhaupt ein Wort?
übersetz mir bitte 'Ich bin gleich da, stehe im Stau' ins Polnische
como fica 'saudade de você' em inglês?
traduci in inglese: 'Il ristorante è chiuso per ferie fino al 7 gennaio'
vertaal naar het Duits: 'Wij zijn vandaag gesloten wegens ziekte'
przetłumacz na angielski: 'Przepraszam za spóźnienie, korki były straszne'
İngilizceye çevir: 'Siparişiniz kargoya verildi, takip numarası ektedir'
переведи на английский: 'Спасибо, что дождались, мы уже открылись'
як перекласти на англійську 'смачного'? є відповідник?
把'欢迎下次光临'翻译成英文和日文
「お疲れ様です」を英語で自然に言うと？
'수고하셨습니다'를 영어로 어떻게 번역해?
ترجم إلى الإنجليزية: 'المحل مغلق يوم الجمعة'
terjemahkan ke bahasa Inggris: 'Mohon maaf, stok sedang kosong'
"""

LONG = [
    "Could you translate this note for our Polish cleaner? Keep it friendly, she's lovely.\n\n'Hi Marta, "
    "we're away until Sunday. The spare key is under the blue pot. Please don't worry about the guest "
    "room, nobody used it. The money is on the kitchen table as usual. Thank you so much!'",
    "Our app's onboarding screens need to go out in Brazilian Portuguese tomorrow. Translate these four "
    "strings and keep them short enough for a phone screen:\n1. 'Track every expense in seconds'\n2. 'Set a "
    "monthly budget and get a nudge before you overspend'\n3. 'Your data stays on your device'\n4. 'Let's "
    "get started'",
    "Translate this clause into German for our Swiss partner. It's legal text, so precise over pretty:\n\n"
    "'Either party may terminate this Agreement with three (3) months' written notice to the other party. "
    "Termination shall not affect any rights or obligations accrued prior to the effective date of "
    "termination.'",
    "My grandmother wrote this in Italian on the back of a photo and I can't read it. Can you put it into "
    "English for me? 'Estate del '58, al mare di Rimini con la zia Rosa. Faceva così caldo che abbiamo "
    "mangiato il gelato a colazione. Non dimenticherò mai quel giorno.'",
    "We're subtitling a short documentary. Translate these lines into Spanish (Spain), keep each line "
    "under about 40 characters where you can:\n- 'The river used to flood every spring.'\n- 'Nobody here "
    "remembers a dry year.'\n- 'Then the dam came, and everything changed.'",
    "Traduis ce mail en anglais pour mon fournisseur, ton professionnel mais pas froid :\n\n'Bonjour "
    "Monsieur Hartley, je reviens vers vous concernant la commande du 2 décembre. Nous n'avons reçu que la "
    "moitié des cartons. Pourriez-vous vérifier de votre côté et nous indiquer quand arrivera le reste ? "
    "Merci d'avance.'",
    "Übersetze bitte die folgende Aufbauanleitung ins Englische, möglichst einfach formuliert:\n\n1. Die "
    "Seitenteile mit den Schrauben A verbinden.\n2. Die Rückwand in die Nut schieben.\n3. Die Böden auf die "
    "Bodenträger legen.\n4. Das Regal an der Wand befestigen, um ein Kippen zu verhindern.",
    "帮我把这段产品介绍翻译成英文，要自然，像外国人写的：\n\n这款保温杯采用双层真空设计，热水可以保温12小时，冷饮保冷24小时。杯盖"
    "可以单手打开，适合上班和户外使用。",
    "次の文を韓国語に訳してください。お店のSNS用です。\n\n「いつもご来店ありがとうございます。年末年始は12月30日から1月3日までお休みをいただきます。」",
    "Переведи, пожалуйста, на английский это сообщение для арендодателя:\n\n'Добрый день! В ванной уже "
    "неделю течёт кран, я пробовал затянуть, не помогает. Можно прислать мастера на этой неделе? Я дома "
    "после шести.'",
]

CHATS = [
    ("You are DataLoom, an analytics copilot. You write SQL and explain charts.",
     ["our German stakeholders need the chart title in German: 'Monthly active users by region, last 12 "
      "months'"]),
    ("You are DataLoom, an analytics copilot.",
     ["summarise the churn report", "Churn fell to 2.9%; most churned users were on the monthly plan.",
      "good. now translate that summary sentence into French, the Paris office reads it"]),
    ("You are Tessellate, an IDE agent that edits code and runs tests.",
     ["these code comments are in Portuguese and I can't read them. translate them to English, don't "
      "touch the code:\n# calcula o desconto antes do imposto\n# não mexer, o cliente depende disso"]),
    ("You are Tessellate, an IDE agent.",
     ["add i18n to the settings page", "Done: strings moved to locales/en.json with keys under 'settings'.",
      "nice. now give me the Spanish values for those keys: 'Settings', 'Save', 'Dark mode', 'Log out'"]),
    ("You are Forge, a coding assistant inside the terminal.",
     ["this log line is in Chinese, what does it say? '数据库连接超时，正在重试'"]),
    ("You are ShopAssist, the customer-support bot for Harbour & Pine.",
     ["I'm sending a gift to my aunt in Lyon. can you translate my card message into French? 'Merry "
      "Christmas! Wish we could be there. Big hugs from all of us in Leeds.'"]),
    ("You are ShopAssist, the customer-support bot for Harbour & Pine.",
     ["can I change the delivery address?", "Yes, until the order ships. Go to Orders > Edit address.",
      "thanks. my mother-in-law only reads Italian; how do I tell her 'a parcel is coming for you on "
      "Thursday, please be home'?"]),
    ("You are a customer-support assistant for Lumen Energy.",
     ["my neighbour is Ukrainian and got your letter about the meter exchange. could you translate the "
      "main sentence for her: 'An engineer will visit on 14 January between 8am and 1pm.'"]),
    ("You are Ledgerly, a bookkeeping assistant for freelancers.",
     ["my client is in Spain. translate my invoice footer into Spanish: 'Payment due within 30 days. Late "
      "payments incur interest at 8% per year.'"]),
    ("You are Ledgerly, a bookkeeping assistant.",
     ["categorise 'Adobe subscription 59.99'", "Software subscriptions.",
      "ok and what does this line on my Dutch client's remittance mean? 'Betaling onder voorbehoud van "
      "goedkeuring factuur'"]),
    ("You are Clausewise, an assistant that reviews employment contracts.",
     ["I'm relocating to Japan. can you translate the job title and start date line into Japanese for my "
      "visa paperwork? 'Senior Product Designer, start date 1 April 2027'"]),
    ("You are a legal research assistant for a small litigation firm.",
     ["summarise the witness statement", "The witness saw the van reverse into the wall around 7:40 and "
      "says the driver was on the phone.",
      "thanks. the witness is more comfortable in Polish; translate that summary into Polish so we can "
      "check it with her"]),
    ("You are PeopleDesk, an HR assistant.",
     ["we have new warehouse staff from Romania. translate this safety line into Romanian: 'Always wear "
      "your high-visibility vest in the loading area.'"]),
    ("You are PeopleDesk, an HR assistant.",
     ["what's the dress code?", "Smart casual in the office; safety shoes on the warehouse floor.",
      "ok, translate that answer into Arabic for our two new colleagues"]),
    ("You are Sprig, a recipe and meal-planning assistant.",
     ["my grandma's recipe is in Greek, can you translate it? 'Ανακατεύουμε το αλεύρι με το γιαούρτι και "
      "αφήνουμε τη ζύμη να ξεκουραστεί μισή ώρα.'"]),
    ("You are Sprig, a recipe and meal-planning assistant.",
     ["give me a simple pancake recipe", "Whisk 1 egg, 250 ml milk and 125 g flour; rest 10 minutes; fry "
      "thin in a hot buttered pan.",
      "perfect. now translate that recipe into Vietnamese for my housemate"]),
    ("You are Wayfarer, a travel-booking assistant.",
     ["how do I ask a taxi driver in Lisbon 'can you take card or only cash?' in Portuguese"]),
    ("You are Wayfarer, a travel-booking assistant.",
     ["book a table near the Duomo", "I can't book restaurants, but Trattoria Sassi is 5 minutes away and "
      "takes phone reservations.",
      "ok then just give me in Italian 'a table for two at 8pm, please, under the name Clarke'"]),
    ("You are a tutoring assistant for high-school chemistry.",
     ["my exchange student needs this in Spanish: 'Safety goggles must be worn at all times in the lab.'"]),
    ("You are Cobalt's in-app assistant for project boards.",
     ["translate the task title 'Prepare Q1 budget proposal' into German, our Vienna team will pick it up"]),
    (None,
     ["write a short poem about the sea", "The sea keeps its own clock, / tide in, tide out, / it never "
      "asks the time.",
      "love it. translate it into Spanish, and try to keep the rhythm"]),
    (None,
     ["extract the product names from this list: Alto lamp, Birch stool, Cove rug",
      "Alto lamp, Birch stool, Cove rug.",
      "now translate those three names and their one-line descriptions into French for the catalogue"]),
    (None,
     ["fix my python: print 'hello'", "In Python 3 it's print('hello').",
      "ha thanks. how do I write 'hello, world' in Japanese? just the translation, no code"]),
    (None,
     ["what's 20% of 85?", "17.",
      "thanks. how would I say 'everything is 20% off today' in Turkish for a market stall sign?"]),
    ("Eres un asistente de análisis de datos.",
     ["traduce al inglés el título de esta diapositiva: 'Evolución de ventas por canal, primer semestre'"]),
    ("Eres un asistente de programación.",
     ["revisa este mensaje de commit", "Está bien, pero usa el imperativo: 'Añade validación de email'.",
      "vale. ¿y cómo quedaría en inglés? el repo es público"]),
    ("Tu es un assistant de support client pour une compagnie aérienne.",
     ["comment dire en anglais 'mon bagage n'est pas arrivé, il était enregistré à Nantes' ?"]),
    ("Tu es un assistant de rédaction.",
     ["résume ce paragraphe", "La réunion est reportée à jeudi faute de quorum.",
      "parfait. tu peux me le mettre en néerlandais pour nos collègues de Gand ?"]),
    ("Du bist ein Assistent für Buchhaltung.",
     ["Wie übersetze ich 'Umsatzsteuer-Voranmeldung' ins Englische, für einen Kunden in Irland?"]),
    ("Du bist ein Programmierassistent.",
     ["Wofür steht HTTP 409?", "Conflict: Die Anfrage kollidiert mit dem aktuellen Zustand der Ressource.",
      "Danke. Übersetz mir noch die Fehlermeldung 'Dieser Benutzername ist bereits vergeben' ins Englische "
      "und Französische"]),
    ("Você é um assistente de atendimento de uma operadora de internet.",
     ["como eu escrevo em inglês 'minha internet cai toda noite às 22h'? vou reclamar num fórum gringo"]),
    ("Sei un assistente per la gestione di un hotel.",
     ["traduci in inglese e in tedesco: 'La colazione è servita dalle 7 alle 10 nella sala al piano "
      "terra'"]),
    ("Je bent een assistent voor een webwinkel.",
     ["schrijf een productomschrijving voor een wollen sjaal", "Zachte sjaal van merinowol, warm zonder "
      "te kriebelen.",
      "mooi. vertaal dat nu naar het Engels en het Frans voor de Belgische site"]),
    ("Jesteś asystentem do nauki programowania.",
     ["przetłumacz na polski ten komunikat: 'Segmentation fault (core dumped)'. co to znaczy po ludzku też"]),
    ("Sen bir müşteri destek asistanısın.",
     ["Almanca bir mektup aldım: 'Ihre Rücksendung ist bei uns eingegangen.' Türkçesi ne?"]),
    ("Ты — помощник по составлению резюме.",
     ["переведи на английский строку из резюме: 'Руководил командой из 8 человек, сократил сроки поставки "
      "на 20%'"]),
    ("Ти — асистент служби підтримки.",
     ["коли прийде посилка?", "Очікувана доставка — у п'ятницю.",
      "дякую. як написати польською 'посилку можна залишити у сусіда'?"]),
    ("你是一个数据分析助手。",
     ["把这个表头翻译成英文：日期、门店、销售额、客单价、退货率"]),
    ("あなたはプログラミングのアシスタントです。",
     ["このエラーメッセージを日本語にして：'Permission denied: cannot write to /var/log'"]),
    ("당신은 쇼핑몰 고객센터 챗봇입니다.",
     ["배송 언제 와요?", "내일 도착 예정입니다.",
      "감사해요. 해외에 사는 친구한테 보낼 건데 '선물이 곧 도착할 거야, 메리 크리스마스!'를 영어로 어떻게 써요?"]),
    ("आप एक यात्रा सहायक हैं।",
     ["Japan ja raha hoon. 'mujhe shakahari khana chahiye, maans ya machhli nahi' ko Japanese mein likh do"]),
    ("أنت مساعد لكتابة المحتوى.",
     ["ترجم هذه الجملة إلى الفرنسية: 'نرحب بكم في معرضنا السنوي للكتاب'"]),
    ("Anda adalah asisten toko online.",
     ["terjemahkan ke bahasa Inggris deskripsi ini: 'Kain batik tulis asli Solo, dikerjakan tangan selama "
      "dua minggu'"]),
    ("Bạn là trợ lý học tập.",
     ["tóm tắt bài học hôm nay", "Bài học nói về vòng tuần hoàn của nước: bốc hơi, ngưng tụ, mưa.",
      "dịch phần tóm tắt đó sang tiếng Anh giúp mình"]),
]

"""translation: put given text (messages, notices, UI strings, subtitles, poems, a word problem) into another
language, or say what foreign text means, including "how do you say X in Y"."""

from common import A, S, ex

HARBOR = S("You are Quay, the staff assistant inside Harbormaster, a ferry booking system used by port offices. "
           "Answer questions about sailings, bookings, refunds and vehicle deck space. Keep answers short.")
CRUMB = S("You are Dispatch Desk, the planning assistant for Crumb & Co bakery's delivery team. Help plan routes, "
          "driver shifts and order cut-off times.")
AGENT = S("You are a coding agent working in the user's repository. Make small, reviewed changes and explain them.")
PEOPLEDESK = S("You are PeopleDesk, the HR assistant at Orsolo Logistics. Answer questions about leave, payroll "
               "dates, benefits and policies, citing the handbook section.")
VET = S("You are the front-desk assistant for Larchfield Veterinary Clinic. Help with appointment times, "
        "vaccination reminders and opening hours. Never give a medical diagnosis.")

EN_JSON = '''{
  "cart.title": "Your basket",
  "cart.empty": "Nothing here yet. Go find something nice!",
  "cart.items": "{count, plural, one {# item} other {# items}}",
  "cart.checkout": "Checkout",
  "cart.freeShipping": "Add {amount} more for free delivery",
  "cart.remove": "Remove",
  "errors.network": "We couldn't reach the server. Check your connection and try again."
}'''

TERMS_DE = '''Teilnahmebedingungen Winter-Gewinnspiel 2026

1. Veranstalter des Gewinnspiels ist die Bergblick Hotels GmbH, Alpenstraße 5, 6020 Innsbruck.
2. Teilnahmeberechtigt sind alle natürlichen Personen ab 18 Jahren mit Wohnsitz in Deutschland, Österreich oder
der Schweiz. Mitarbeiterinnen und Mitarbeiter des Veranstalters und ihre Angehörigen sind ausgeschlossen.
3. Die Teilnahme erfolgt durch das vollständige Ausfüllen des Formulars auf unserer Website bis zum 31. Januar
2027, 23:59 Uhr (MEZ). Pro Person ist nur eine Teilnahme zulässig; Mehrfachteilnahmen führen zum Ausschluss.
4. Unter allen Teilnehmenden wird ein Aufenthalt von drei Nächten für zwei Personen im Doppelzimmer inklusive
Halbpension verlost. Der Gewinn ist nicht übertragbar und kann nicht in bar ausgezahlt werden. Er ist bis zum
30. November 2027 einzulösen, ausgenommen sind die Weihnachtsfeiertage und der Jahreswechsel.
5. Die Gewinnerin oder der Gewinner wird per E-Mail benachrichtigt. Meldet sie oder er sich nicht innerhalb von
14 Tagen, wird ein neuer Gewinner ausgelost.
6. Die Teilnahme ist unabhängig vom Erwerb von Waren oder Dienstleistungen.
7. Die personenbezogenen Daten werden ausschließlich zur Durchführung des Gewinnspiels verwendet und danach
gelöscht. Es gilt unsere Datenschutzerklärung.'''

SRT = '''14
00:01:12,480 --> 00:01:15,020
I told you not to open the door.

15
00:01:15,300 --> 00:01:18,900
You also told me the basement was empty,
so forgive me for doubting you.

16
00:01:19,440 --> 00:01:21,100
Fair. Run.'''

EXAMPLES = [
    ex("en", HARBOR, "a Polish lorry driver is at the desk and his English is about as good as my Polish. how do I "
       "tell him the 14:10 is full but the 18:30 still has freight space and he can rebook for free?"),
    ex("en", CRUMB, "new driver covers the Spanish café route next week. can you put our allergen note into Spanish "
       "for the delivery slips: 'All products are made in a kitchen that handles nuts, sesame and gluten. Ask us "
       "for the full allergen sheet.'"),
    ex("en", AGENT, "translate the values in en.json into German for de.json. keys stay the same, and don't touch "
       "the ICU placeholders or the plural syntax\n\n" + EN_JSON),
    ex("en", PEOPLEDESK, "what's the deadline for christmas week holiday requests",
       A("Requests for 15 December to 5 January close on 1 November (handbook section 6.2)."),
       "ok, the new starters won't know that. can you put this into Ukrainian for the new warehouse team? 'Holiday "
       "requests must be "
       "made at least two weeks in advance through the Orsolo app. Requests for the weeks between 15 December "
       "and 5 January are decided by seniority.'"),
    ex("en", S("You are Nova, the assistant in the Fernbank mobile banking app. Help with cards, transfers and "
               "disputes."),
       "my mum only reads Vietnamese. please translate this for her: 'We noticed a payment attempt of £649.00 "
       "at an electronics shop that doesn't look like you. We've frozen your card. If it wasn't you, you don't "
       "need to do anything; a new card is on its way.'"),
    ex("en", S("You are Questkeeper, a prep tool for tabletop game masters: encounter balancing, NPC names, loot "
               "tables and session notes."),
       "put this inscription into Latin so it looks ancient over the monastery door: 'who comes hungry leaves "
       "fed, who comes armed leaves not at all'"),
    ex("en", S("You are the guide bot of the Kessler Museum of Maritime History. Answer visitors' questions about "
               "exhibits, rooms and opening times."),
       "we're preparing the French version of the room 6 panel. how would this read in French? 'Between 1871 "
       "and 1884 the Aurelia carried more than 12,000 emigrants to Baltimore. Most of them never saw Europe "
       "again.'"),
    ex("en", VET, "can we move Luna's operation from thursday to friday?",
       A("Friday at 8:00 is free. I've noted the request; the surgical team will confirm by phone today."),
       "thanks. the owner of Luna only speaks Turkish. how do I tell her: 'Please don't give Luna any food or "
       "water after 10pm the night before the operation. Bring her in at 8am.'"),
    ex("en", S("You are MathPal, a tutor for secondary-school maths. Guide the student step by step."),
       "don't solve it! just translate it into Arabic for my cousin who's practising with me: 'A baker sells 120 "
       "rolls in the morning and a third as many in the afternoon. How many rolls does she sell in a day?'"),
    ex("en", S("You are Pip, the tutor in CodeCubs, an app that teaches Python to children aged 10 to 14."),
       "pip how do you say 'my code works!!' in japanese, my penpal is from osaka"),
    ex("en", S("Reply ONLY with JSON: {\"intent\": string, \"entities\": object}. No prose."),
       "translate to English: 'Je voudrais annuler ma commande, elle n'est toujours pas arrivée'"),
    ex("en", S("You are Amplify, a marketing assistant for newsletters: subject lines, segments and send times."),
       "translate the subject line and preheader into Italian and into European Portuguese (not Brazilian):\n\n"
       "Subject: Your cosy season starts here\nPreheader: Blankets, candles and 20% off until Sunday"),
    ex("en", S("You are Nestwise, a home-buying assistant. Explain listings, fees and the buying process."),
       "what does this Spanish listing actually say? 'Ático reformado con terraza de 30 m², orientación sur, "
       "sin ascensor, comunidad 60 €/mes, ideal inversores. Abstenerse agencias.'"),
    ex("en", S("You are Railhop, a rail booking assistant for European trains."),
       "the announcement on my train was in Italian, I typed what I could: 'si avvisano i signori passeggeri che "
       "il treno viaggia con un ritardo di circa quaranta minuti a causa di un guasto alla linea, ci scusiamo per "
       "il disagio'. what did he say?"),
    ex("en", S("You are Lola, the conversation partner in the Habla app. The learner is practising Spanish at A2 "
               "level."),
       "how do I say 'I'm so sorry, I broke your blue vase, I'll buy you a new one' naturally in Spanish? to my "
       "host mum, so informal"),

    ex("en", "summarise this in two sentences: 'The town's only cinema, the Roxy, will close in March after 92 "
       "years. The owners say ticket sales never recovered after 2020, and the building needs a new roof they "
       "can't afford. A community group hopes to buy it.'",
       A("The Roxy, the town's only cinema, will close in March after 92 years because ticket sales never "
         "recovered and it can't afford a new roof. A community group is hoping to buy it."),
       "now translate your summary into German for the Partnerstadt newsletter"),
    ex("en", "write a 4-line rhyming poem about autumn leaves",
       A("The maple lets its letters fall,\nred words across the garden wall;\nthe wind reads each one, then "
         "moves on,\nand by the morning they are gone."),
       "beautiful. translate it into Spanish, keep a rhyme if you can, it's for my abuela"),
    ex("en", "why does this throw ZeroDivisionError\n\navg = total / len(items)",
       A("`items` is empty, so `len(items)` is 0. Guard it: `avg = total / len(items) if items else 0`."),
       "got it. translate the error message and your explanation into Chinese for the two new guys on my team"),
    ex("en", "what's 3/8 + 5/12",
       A("19/24 (9/24 + 10/24)."),
       "thanks. don't solve the next one, just put it into French for my student: 'Tom has 3/8 of a pizza and "
       "Sara has 5/12 of the same size pizza. Who has more, and by how much?'"),
    ex("en", "my girlfriend's grandma keeps sending me voice notes and I smile and nod",
       A("That's sweet of her. If she writes too, I can help you understand the messages."),
       "she wrote this one! translate please: 'Dziecko, przyjedźcie w niedzielę na obiad, zrobię pierogi z "
       "kapustą. Tylko nie spóźnijcie się jak ostatnio.'"),
    ex("en", "get the order number and delivery date from this: 'Order 88213 will arrive Thursday 10 Dec.'",
       A("Order number: 88213\nDelivery date: Thursday 10 December"),
       "and translate the whole sentence into Korean for my colleague in Busan"),
    ex("en", "is it worth fixing my dad's 2009 car or buying a used one, reason it out",
       A("If the repair costs less than a year of payments on a replacement and the body isn't rusting, fix it; "
         "if this is the third big repair in two years, the pattern says replace it."),
       "good point. now translate your answer into Hindi so I can send it to him"),
    ex("en", "three slogans for a plant-based burger place",
       A("1. \"Same crunch, new roots.\"\n2. \"Bite the future.\"\n3. \"Grown, not grazed.\""),
       "we're going with 2. translate it into Dutch and Indonesian, both franchises want it"),
    ex("en", "summarise the meeting notes: 'Plumber comes Tue. Kitchen tiles delayed to the 20th. Painter "
       "wants 30% upfront.'",
       A("The plumber comes Tuesday, the kitchen tiles are delayed to the 20th, and the painter wants 30% "
         "upfront."),
       "the builder is Brazilian, so translate the original notes, not your summary, into Portuguese"),
    ex("en", "my friend just had surgery, I feel useless",
       A("You're not useless for caring. A message or a small visit can mean a lot when someone is recovering."),
       "how do you say 'get well soon, I'm thinking of you' in Turkish? she's from Izmir"),

    ex("en", "translate 'Schadenfreude ist die schönste Freude' word for word, then the natural English"),
    ex("en", "2 days in Nafplio, what shouldn't I miss",
       A("Climb to Palamidi fortress early before the heat, walk the Arvanitia promenade at sunset, and take a "
         "day trip to Epidaurus or Mycenae."),
       "noted. how do you say 'the bill, please' in Greek, with how to pronounce it"),
    ex("en", "parking is 40 lira an hour and I was there 3 and a half hours, how much",
       A("140 lira (3.5 × 40)."),
       "and what does this sign in the car park say? 'Yaya yolu, park etmek yasaktır, çekici ile "
       "çekilir'"),
    ex("en", "someone left this comment on my baking video, what does it mean? '와 진짜 대박… 반죽 농도 완벽해요 "
       "ㅠㅠ 레시피 공유해 주세요!!'"),
    ex("en", "please translate the competition rules below into English, it's for our UK partner\n\n" + TERMS_DE),
    ex("en", "Spanish subtitles for this block, keep the numbers and timestamps exactly:\n\n" + SRT),
    ex("en", "my CV summary into German please, formal Sie register: 'Product designer with eight years' "
       "experience in fintech and healthcare, known for turning messy research into simple interfaces.'"),
    ex("en", "can you translate this pa' mi abuela al español? 'Grandma, we land at 6, don't cook, we'll bring "
       "empanadas, love you'"),

    # non-English
    ex("es", "Tradúceme al inglés esta queja para la aerolínea y que suene formal: «Mi maleta llegó con una rueda "
       "rota y el asa arrancada. La facturé en Bilbao el 3 de diciembre, vuelo IB0421. Quiero que me la "
       "reparen o me la paguen.»"),
    ex("fr", "Traduis en anglais ce message pour mon propriétaire, il est écossais : « Bonjour, le chauffe-eau "
       "fuit depuis ce matin, j'ai coupé l'arrivée d'eau. Pouvez-vous envoyer quelqu'un rapidement ? »"),
    ex("de", S("Du bist der Bewerbungs-Coach der Plattform KarriereKompass. Hilf bei Lebenslauf und Anschreiben."),
       "Übersetz mir das bitte ins Englische, ist für eine Bewerbung in Dublin: »Während meiner Zeit bei der "
       "Stadtwerke Kassel AG habe ich die Umstellung auf digitale Zählerablesung für 40.000 Haushalte "
       "koordiniert.«"),
    ex("pt", "traduz pro espanhol essa mensagem pro grupo da obra, o mestre de obras é argentino: \"pessoal, "
       "amanhã o concreto chega às 7h, ninguém estaciona na frente do portão, e quem for trabalhar na laje "
       "usa cinto\""),
    ex("it", "Traduci in tedesco il cartello per il nostro B&B: «Si prega di non lasciare asciugamani sul "
       "balcone. La colazione è servita dalle 7:30 alle 10:00. Il check-out è entro le 11.»"),
    ex("nl", S("Je bent de assistent van VakantieVerhuur.nl. Help verhuurders met advertenties en gastencontact."),
       "Kun je dit naar het Engels vertalen voor onze gasten? «Welkom! De sleutel ligt in het kluisje naast de "
       "deur, code 4471. Afval scheiden graag: groen is gft, blauw is papier. Fietsen mogen in de schuur.»"),
    ex("pl", "Przetłumacz na angielski ten fragment umowy najmu, muszę go pokazać w pracy: «Najemca zobowiązuje "
       "się do wpłaty kaucji w wysokości dwukrotności miesięcznego czynszu, zwrotnej w terminie 30 dni od "
       "zakończenia najmu.»"),
    ex("tr", "Bunu İngilizceye çevirir misin, müşteriye gidecek: «Siparişiniz kargoya verildi, ancak yoğunluk "
       "nedeniyle teslimat iki gün gecikebilir. Anlayışınız için teşekkür ederiz.»"),
    ex("ru", "Переведи на английский, это для визового центра: «Я, Смирнова Анна Викторовна, являюсь "
       "сотрудником ООО „Северный ветер“ с 12 марта 2019 года в должности старшего инженера-проектировщика.»"),
    ex("uk", "Переклади польською, будь ласка, це для сусідки знизу: «Вибачте, у нас протекла пральна машина. "
       "Якщо у вас на стелі з'явилася пляма, напишіть мені, ми все компенсуємо.»"),
    ex("zh", S("你是跨境电商卖家助手“出海宝”，帮助卖家写商品标题、处理售后和物流问题。"),
       "把这段产品说明翻译成英文，语气专业一点：“本款保温杯采用316不锈钢内胆，12小时保温，6小时保冷，"
       "杯盖可拆洗，不建议放入洗碗机。”"),
    ex("ja", "この英語のメール、自然な日本語に訳してくれる？取引先への返信の参考にしたい。\n\n\"Thanks for the "
       "samples. The colour on the second batch is slightly off, but we can live with it if the delivery date "
       "stays the same.\""),
    ex("ko", "이거 영어로 번역해 줘요. 에어비앤비 호스트한테 보낼 거예요: \"안녕하세요, 저희 비행기가 지연돼서 "
       "체크인이 밤 11시쯤 될 것 같아요. 셀프 체크인 가능할까요?\""),
    ex("hi", "isko English mein translate kar do, boss ko bhejna hai: 'Sir, kal meri tabiyat theek nahi thi isliye "
       "main call join nahi kar paya. Aaj shaam tak report bhej dunga.'"),
    ex("ar", "ترجم هذه الرسالة إلى الإنجليزية من فضلك: «نعتذر عن التأخير في تسليم الطلب بسبب العطلة الرسمية، "
       "وسيتم الشحن يوم الأحد القادم.»"),
    ex("id", "Tolong terjemahkan ke bahasa Inggris buat caption Instagram toko kue aku: \"Kue lapis legit "
       "bikinan nenek, 18 lapis, pakai butter Wijsman. Pre-order sampai Jumat ya!\""),
    ex("vi", "Dịch giúp mình đoạn này sang tiếng Anh để gửi cô giáo của con: \"Thưa cô, hôm nay cháu bị sốt nên "
       "xin phép nghỉ học. Nhờ cô gửi bài tập qua Zalo giúp em. Em cảm ơn cô.\""),
]

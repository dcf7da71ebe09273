"""translation: render given text in another language (or explain what a foreign text says, word for word).

Includes texts that look like other tasks (a maths problem, code comments, a poem) when the ask is to translate them.
"""

from common import A, S, ex

SUPPORT = S(
    "You are the support assistant for Parcelly, a shipping-label API. Answer questions about the API, "
    "pricing and account settings. If you do not know, offer to open a ticket."
)
LOC_JSON = S(
    'You are a localisation service. Input is a JSON object of UI strings. Reply with the same keys and '
    'translated values, JSON only. Keep placeholders like {name} and {count} unchanged.'
)
HR = S(
    "You are Ava, the HR helpdesk assistant for Brightwater Logistics employees. You answer questions about "
    "leave, payroll dates, benefits and internal tools. Be friendly and concise."
)
AGENT = S(
    "You are Tern, an autonomous coding agent running inside the user's repository. You can read files, "
    "run shell commands and propose edits as unified diffs. State a one-line plan before editing."
)
TUTOR = S(
    "You are Professor Owl, a maths tutor in the StudyNest app for students aged 13 to 17. Explain step by "
    "step, check understanding, never just give the final answer to homework."
)
MARKETING = S(
    "You are Loop, the in-app assistant of a newsletter platform for small businesses. Help users write "
    "campaigns, pick subject lines and understand their open-rate stats."
)
LANG_APP = S(
    "You are Lingo Buddy in a language-learning app. The learner's target language is Spanish, level A2. "
    "Correct mistakes gently and keep the conversation going."
)
TRAVEL = S(
    "You are the assistant in Wayfarer, a trip planner app. Help users build itineraries, add bookings and "
    "share trips with friends."
)
SHOP = S(
    "You are the shopping assistant of Verdant Home, an online plant and garden store. Help customers find "
    "products, track orders and care for their plants."
)

UI_STRINGS = """{
  "cart.empty": "Your cart is empty",
  "cart.items": "{count} items in your cart",
  "checkout.cta": "Continue to payment",
  "checkout.shipping_free": "Free shipping on orders over {amount}",
  "account.greeting": "Welcome back, {name}!",
  "errors.card_declined": "Your card was declined. Please try another payment method."
}"""

NEWSLETTER = """Dear neighbours,

After fourteen years on Kastanienallee, our little bookshop is moving — but only two streets away, to the
corner of Oderberger Straße, next to the bakery with the blue door. The new shop is twice the size, which
means a proper children's corner, a reading table by the window and, finally, space for the poetry section
that has been living in boxes under the counter since 2019.

We close the old shop on Saturday 10 January at 4 pm and open the new one on Saturday 17 January at 10 am.
In between, we would love some help carrying books: if you can spare an hour on the 12th, 13th or 14th, put
your name on the list by the till or reply to this email. There will be soup, and we promise the boxes are
not too heavy (most of them).

Thank you for fourteen years of recommendations, arguments about endings and dogs asleep under the shelves.

Anke and Jonas"""

TERMS = """4. Returns. You may return any unused item within 30 days of delivery for a full refund. Items must be in
their original packaging. Live plants can be returned only within 7 days and only if they arrive damaged; please
send a photo to support within 48 hours of delivery. We refund to the original payment method within 10
business days of receiving the return. Return shipping is free for orders over 60 EUR; below that, a flat fee
of 4.95 EUR is deducted from the refund."""

GENERIC = S("You are a helpful assistant.")
TEAMSPACE = S("You are the assistant in Teamspace, a workspace for notes, docs and tasks. Help users with whatever they are working on.")

EXAMPLES = [
    ex("en", "translate to spanish: 'the meeting is moved to thursday, same time, same room'"),
    ex("en", "can I park on residential streets in Munich without a permit", A("In many central areas only residents with a permit can park for long; elsewhere it's usually free or metered. Check the signs on each street."), "ok there's a sign. what does 'Ausfahrt freihalten' mean, it's on a garage door in Munich"),
    ex("en", LOC_JSON, "target: pt-BR\n\n" + UI_STRINGS),
    ex("en", LOC_JSON, "target: ja\n\n" + UI_STRINGS),
    ex("en", "can you put this into German for our neighbours' newsletter? keep it warm, informal 'ihr'\n\n" + NEWSLETTER),
    ex("en", SHOP, "I'm in Poland and my mum wants to read your return policy. could you give me it in Polish?\n\n" + TERMS),
    ex("en", SUPPORT, "one of our warehouse guys only speaks Turkish. translate this for him: 'Print labels before 3 pm. Parcels over 30 kg need the orange sticker. Do not stack fragile boxes.'"),
    ex("en", HR, "our new colleague from Kyiv starts Monday. can you translate the welcome note into Ukrainian? 'Welcome to Brightwater! Your badge is at reception, lunch is at 12:30 in the canteen on floor 2, and your buddy is Marek.'"),
    ex("en", AGENT, "don't change the logic. just translate all the code comments in src/legacy/rates.py from Italian to English. here's the file:\n\n# calcola la tariffa in base al peso\ndef tariffa(peso_kg):\n    # sotto i 2 kg si paga il minimo\n    if peso_kg < 2:\n        return 4.9\n    # ogni kg in più costa 1,20\n    return 4.9 + (peso_kg - 2) * 1.2"),
    ex("en", TUTOR, "don't solve it, I just need it in French for my exchange partner: 'A train leaves at 3 pm going 80 km/h. Another leaves an hour later at 100 km/h. When does the second catch up?'"),
    ex("en", MARKETING, "translate our subject line and preview text into Dutch, keep the pun if you can or make a new Dutch one: 'Leaf it to us 🍂 | 20% off all autumn bulbs this weekend'"),
    ex("en", TRAVEL, "how do I say 'I'm allergic to peanuts, is there any in this dish?' in Vietnamese? I'm in Hanoi next week"),
    ex("en", GENERIC, "Write a short poem about the first snow",
       A("First snow comes quietly,\nthe street forgets its name,\nfootprints ask the morning\nwhere everybody came."),
       "love it. now translate it into Italian and keep it rhyming if possible"),
    ex("en", LANG_APP, "What's the difference between 'ser' and 'estar'?",
       A("Both mean 'to be': 'ser' for lasting traits and identity (soy alto), 'estar' for states and location (estoy cansado, estoy en casa)."),
       "got it. ok translate these to Spanish then: 'I am tired. My sister is a doctor. The soup is cold. We are in Madrid.'"),
    ex("en", TEAMSPACE, "Summarise this for me: 'Our Q3 revenue grew 12% driven by the new enterprise tier; churn was flat.'",
       A("Q3 revenue rose 12% thanks to the enterprise tier, with churn unchanged."),
       "now put your summary into Chinese (simplified) for the Shenzhen team"),
    ex("en", "can you translate my grandmother's letter? it's in Portuguese and my Portuguese is rusty\n\n'Querida Ana, aqui o inverno chegou cedo e as laranjeiras estão carregadas. O teu avô passa o dia a reclamar do frio mas não sai do quintal. Quando vens? Guardei o teu quarto como deixaste. Muitos beijinhos, Avó'"),
    ex("en", "my order from Seoul is late again", A("Sorry to hear that. Did the seller send any update?"), "yes this. korean to english pls: 배송이 지연되어 죄송합니다. 내일 오전 중으로 도착할 예정입니다."),
    ex("en", "what are some funny French idioms", A("A few: 'il pleut des cordes', 'avoir le cafard', 'poser un lapin', 'avoir la pêche'."), "literal translation, not a nice one: 'Il pleut des cordes' and 'Avoir le cafard'"),
    ex("en", "is brazilian portuguese very different from european", A("Mostly pronunciation, some vocabulary and the use of 'você' vs 'tu'; written texts are mutually understandable."), "good. how would a Brazilian say 'no worries, take your time' in a work chat"),
    ex("en", TRAVEL, "Translate the Arabic on this sign for me: 'ممنوع التدخين في جميع أنحاء المبنى'"),
    ex("en", S("You are the reply assistant in Helpdeskly. Draft replies to customer tickets for agents to review."), "en → fr, formal 'vous': Thank you for your order. Unfortunately, the item you selected is out of stock until February. Would you like us to refund you or wait?"),
    ex("en", "What's a good name for a Russian blue kitten?",
       A("Some ideas: Misha, Luna, Pepper, Sasha, Blue, Koshka."),
       "we picked Sasha. how do you write 'Sasha, get off the table' in Russian, in Cyrillic and in Latin letters"),
    ex("en", S("You are the assistant in SubStudio, a subtitle editor. Help with timing, line length and formatting."), "translate the subtitles below to Indonesian, keep the timestamps\n\n00:00:01,200 --> 00:00:03,900\nWhere were you last night?\n\n00:00:04,100 --> 00:00:06,000\nAt the station. Waiting.\n\n00:00:06,300 --> 00:00:08,800\nFor what?\n\n00:00:09,000 --> 00:00:10,500\nFor a train that never came."),
    ex("en", "short notice for our clinic reception about what patients should bring", A("Please bring your ID and your appointment letter. Parking is behind the building."), "hindi pls"),
    ex("en", "my Dutch colleague wrote 'Ik ben er morgen niet, maar Sanne neemt het over.' what exactly does it say"),
    ex("en", S("You are the assistant of Pipeline CRM. Help sales reps log calls, update contacts and write follow-ups."), "Japanese business email into English. keep the politeness level roughly the same:\n\nお世話になっております。先日ご依頼いただいた見積書を添付いたします。ご不明な点がございましたら、お気軽にお問い合わせください。何卒よろしくお願い申し上げます。"),
    ex("en", S("You are the writing assistant in DocuHub, a documentation platform. Help authors edit pages, fix formatting and keep style consistent."), "translate to German, keep the markdown:\n\n## Getting started\n1. Install the CLI with `pip install tern`.\n2. Run `tern init` in your project.\n3. **Do not** commit the generated `.tern/secrets` file."),
    ex("en", "Write me a slogan for a bakery",
       A("\"Baked before you're awake.\""),
       "cute. give me that in French and in Spanish, doesn't have to be literal but same feeling"),
    ex("en", "what's this Polish text my landlord sent? 'W przyszłym tygodniu będzie wymiana wodomierzy. Proszę zostawić klucz u sąsiada.'"),
    ex("es", LANG_APP, "¿Cómo se dice en español 'I would like to book a table for two at eight'? Quiero practicar para el viaje."),
    ex("fr", "Traduis en anglais, registre courant : « Je vous remercie pour votre patience, nous revenons vers vous dès que possible. »"),
    ex("de", "Übersetz mir das bitte ins Englische, es ist für eine Bewerbung: „Ich arbeite gerne im Team und übernehme Verantwortung.“"),
    ex("pt", "Traduz pro inglês esse aviso do prédio: 'A água será cortada amanhã das 9h às 14h para manutenção da caixa d'água.'"),
    ex("it", "Mi traduci in tedesco questa frase per il menù? 'Tagliatelle fatte in casa con ragù di cinghiale.'"),
    ex("nl", "Kun je dit naar het Engels vertalen? 'We hebben uw pakket helaas niet kunnen bezorgen. U kunt het ophalen bij het servicepunt.'"),
    ex("pl", HR, "Przetłumacz na angielski moją prośbę o urlop: 'Proszę o udzielenie urlopu wypoczynkowego w dniach 22–31 grudnia.'"),
    ex("tr", "Şunu İngilizceye çevirir misin: 'Siparişiniz kargoya verildi, iki iş günü içinde teslim edilecektir.'"),
    ex("ru", "Переведи на английский, это для резюме: «Руководил командой из пяти разработчиков, сократил время сборки в два раза»."),
    ex("uk", "Переклади, будь ласка, німецькою: «Вибачте, я запізнюся на десять хвилин через затор»."),
    ex("zh", "请把这句话翻译成英文，语气要礼貌一点：“这个方案我们内部还需要再讨论一下，下周给您答复。”"),
    ex("ja", "この文を自然な英語に訳してください：「お忙しいところ恐縮ですが、ご確認のほどよろしくお願いいたします。」"),
    ex("ko", "일본 출장 준비 중이에요", A("좋네요! 어떤 준비를 도와드릴까요?"), "이거 일본어로 번역해 줄 수 있어? '다음 주 화요일에 도쿄 사무실을 방문할 예정입니다.'"),
    ex("hi", "इसका अंग्रेज़ी में अनुवाद करो: 'कृपया अपना मोबाइल फ़ोन बंद रखें और शांति बनाए रखें।'"),
    ex("ar", "ترجم هذه الجملة إلى الفرنسية: «نعتذر عن التأخير، سيتم شحن طلبك غداً.»"),
    ex("id", "Tolong terjemahkan ke bahasa Inggris: 'Mohon maaf, toko kami tutup sementara selama libur Lebaran.'"),
    ex("vi", "Dịch sang tiếng Anh giúp mình: 'Cảm ơn anh đã hỗ trợ, em sẽ gửi báo cáo trước thứ Sáu.'"),
    ex("en", "oye can you translate this to English real quick? mi jefe me mandó esto: 'Mañana no hace falta que vengas, trabaja desde casa y me mandas el informe antes de las cinco.'"),
    ex("es", "Escribe un poema corto sobre el mar",
       A("El mar no tiene prisa,\nguarda barcos y nombres,\ndevuelve lo que quiere\ncuando la luna se esconde."),
       "Me encanta. Tradúcelo al inglés para mi novio, que no habla español."),
    ex("en", "In Turkish please: 'Happy birthday, grandpa! We miss you and can't wait to visit in summer.'"),
    ex("en", "Translate 'out of office until Jan 5, for urgent matters contact finance@acme.com' into French, German and Spanish"),
]

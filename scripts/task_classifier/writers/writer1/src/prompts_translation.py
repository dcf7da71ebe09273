"""`translation`: render given text in another language (or register of another language), keeping its meaning.

UI string files (translate values, keep keys), code comments, a lease clause, a discharge letter for a relative,
menus, subtitles, a poem, a maths problem to be put into Spanish and not solved. Writing something new in a
foreign language is `creative`; shortening foreign text into English is `summarization`.
"""

from common import A, S, ex

L10N = S("You are the localisation step in Tillbox's release pipeline. Translate the values of the JSON the "
         "user sends into the requested locale. Keep keys, placeholders like {count} and HTML tags unchanged. "
         "Output JSON only.")
SUPPORT = S("You are the support assistant for Quillfeather, a note-taking app. Help users with sync, "
            "sharing, exports and billing.")
MED = S("You are the patient-liaison assistant at Ridgeway Clinic. You help families with letters, forms and "
        "appointments. You do not give medical advice.")
TRAVEL = S("Sei l'assistente di viaggio dell'agenzia Rotte Lontane. Aiuti i clienti con itinerari, "
           "prenotazioni e documenti.")
SUBS = S("You are SubtitleSmith, an assistant for a small video-production studio. You help with subtitle "
         "files, timings and captions.")

UI_JSON = """{
  "cart.empty": "Your cart is empty",
  "cart.items": "{count} items in your cart",
  "checkout.cta": "Continue to <b>payment</b>",
  "errors.card_declined": "Your card was declined. Try another card or contact your bank.",
  "shipping.free_over": "Free shipping on orders over {amount}"
}"""

LEASE_CLAUSE = """9. BREAK CLAUSE. The Tenant may terminate this Lease on the third anniversary of the Term Commencement Date
by giving not less than six (6) months' prior written notice, provided all rent due has been paid.
10. ALIENATION. No assignment or subletting of part. Assignment of the whole with Landlord's consent, not to be
unreasonably withheld."""

DISCHARGE = """Discharge summary — Mr Dariusz Kowalczyk
Admitted 28/11 with a fall at home; X-ray showed no fracture. Blood pressure was low on admission and his
evening blood-pressure tablet (amlodipine) has been stopped. Please continue all other medicines as before.
The physiotherapists have given him a walking frame, which he should use at all times for the next 6 weeks.
GP to check blood pressure in 2 weeks. Return to A&E if he falls again or becomes confused."""

COMMENTS = """# 检查库存是否足够，不够的话返回缺少的数量
def check_stock(sku, qty):
    # 从缓存读取，缓存没有再查数据库
    on_hand = cache.get(sku) or db.stock(sku)
    # 注意：预留的数量也要扣掉
    free = on_hand - reserved(sku)
    return max(0, qty - free)"""

EXAMPLES = [
    ex("en", L10N, f"locale: de-DE\n\n{UI_JSON}"),
    ex("en", L10N, f"locale: pt-BR\n\n{UI_JSON}"),
    ex("en", "translate the comments to english, leave the code exactly as it is\n\n" + COMMENTS),
    ex("en", MED, f"my mum only reads Polish, can you put this letter into Polish for her? keep it simple but don't leave anything out\n\n{DISCHARGE}"),
    ex("en", f"need this lease clause in French for our Paris parent company's legal team. formal, accurate, don't summarise\n\n{LEASE_CLAUSE}"),
    ex("en", "'no te preocupes, ya lo arreglo mañana temprano' → english pls, casual"),
    ex("en", "how do you say 'the meeting has been moved to next Tuesday' in Japanese, polite business version"),
    ex("en", SUPPORT, "our team is half in Seoul. can you translate this release note into Korean for them?\n\n'Offline mode is here. Notes you edit without a connection now sync automatically when you're back online. Conflicts are shown side by side so you can choose which version to keep.'"),
    ex("en", SUBS, "turn these subtitles into Spanish (Latin America), keep the numbering and timecodes exactly\n\n1\n00:00:01,200 --> 00:00:03,800\nI told you not to open the fridge.\n\n2\n00:00:04,100 --> 00:00:06,000\nIt was humming at me!\n\n3\n00:00:06,500 --> 00:00:09,250\nFridges hum, Daniel. That's their whole job."),
    ex("en", "Write a haiku about snow", A("Snow on the bike rack / every saddle wears a hat / no one rides today"),
       "love it. now translate that haiku into German, try to keep it 5-7-5 if you can"),
    ex("en", S("You are Wander, a travel-companion app. Help travellers with directions, local customs, phrases and bookings."), "What does this Turkish sign say? 'Lütfen ayakkabılarınızı çıkarınız. Fotoğraf çekmek yasaktır.'"),
    ex("en", "can you put this word problem into Spanish for my ESL maths class? DON'T solve it, just translate\n\n'A bakery sells muffins for $2.50 each and cookies for $1.20 each. On Saturday it sold 84 items and made $159.60. How many muffins did it sell?'"),
    ex("en", "translate to Brazilian Portuguese, it's for a wedding card: 'Wishing you a lifetime of lazy Sunday mornings and adventures you'll still be talking about when you're old.'"),
    ex("en", "Summarise this in a sentence: 'The library will close early on Friday for staff training and reopen Saturday at 9.'", A("The library closes early Friday for training and reopens Saturday at 9."),
       "perfect, now give me that sentence in Arabic for the sign on the door"),
    ex("en", "Dutch → English, it's from my landlord and I want to be sure I get the tone:\n\n'Beste huurder, bij deze wil ik u er nogmaals op wijzen dat fietsen niet in de gang gestald mogen worden. Bij herhaling zie ik mij genoodzaakt maatregelen te nemen.'"),
    ex("en", "translate this Goethe into English but keep it a poem, not a prose crib:\n\nÜber allen Gipfeln\nIst Ruh,\nIn allen Wipfeln\nSpürest du\nKaum einen Hauch;"),
    ex("en", "what's 'I'm allergic to peanuts and tree nuts, please no nuts at all' in Thai? going to Chiang Mai"),
    ex("en", S("You are the menu assistant for Osteria Lucca's website. Help update the menu and answer questions about dishes."),
       "put tonight's specials into English for the tourist menu:\n\n- Pici all'aglione\n- Tagliata di manzo con rucola e grana\n- Tortino al cioccolato dal cuore morbido"),
    ex("en", "english to simplified chinese, for a product page: 'Water-resistant to 50 m. Battery lasts up to 14 days. Charges fully in 90 minutes.'"),
    ex("en", "Tell me a joke about penguins", A("Why don't penguins like talking to strangers? They find it hard to break the ice."),
       "ha. translate the joke to Swedish — if the pun dies, find a Swedish pun that does the same job"),
    ex("en", S("You are the support assistant for Parcelo, a cross-border courier. Help senders with tracking, customs and labels."), "pls translate to Indonesian: 'Your package is held at customs. Please upload a copy of your ID within 5 days or it will be returned.'"),
    ex("en", "gift idea for airbnb hosts in Naxos?", A("Something from home travels well: good local chocolate, a small bottle of your region's liqueur, or a handwritten card."), "card it is. Greek please: 'Thank you for hosting us, the view from your balcony was the best part of the whole trip.'"),
    ex("en", "this is Ukrainian, what does it say? 'Зустріч перенесли на четвер, бо Олена захворіла. Принесіть, будь ласка, звіти.'"),
    ex("en", "hey", A("Hey there! What can I do for you?"), "translate 'out of office until the 5th, for urgent stuff call Mika' into Finnish and Estonian"),
    ex("en", "Vietnamese to English, it's a review of my restaurant: 'Phở ngon, nước dùng đậm đà nhưng phục vụ hơi chậm, phải đợi gần 30 phút.'"),
    ex("en", "Russian to English, keep it formal, this is from a supplier:\n\n'Уважаемые коллеги! Сообщаем, что в связи с ростом стоимости сырья цены на продукцию будут повышены на 7% с 1 февраля 2027 года.'"),
    ex("en", "make this hinglish msg proper english for my manager: 'sir kal main thoda late aaunga, bike ka puncture ho gaya hai, 11 tak pahunch jaunga'"),
    ex("en", "spanglish to full spanish for my abuela: 'hey abuela, I'm gonna be late pa' la cena, el tráfico está crazy, save me some arroz please'"),
    ex("en", S("You are LexiLoop, a language-learning app. Help learners practise vocabulary and grammar."),
       "I'm learning Italian. translate these sentences to Italian so I can check my own versions: 1) I have been living here for three years. 2) If I had known, I would have come. 3) She told me to wait."),
    ex("en", "Translate the following from French, it's an official letter so don't smooth anything over:\n\n'Madame, nous accusons réception de votre dossier. Toutefois, la pièce justificative de domicile fournie date de plus de trois mois et ne peut être acceptée. Nous vous prions de bien vouloir nous transmettre un justificatif récent sous quinze jours.'"),
    ex("en", "do you know any japanese?", A("Yes, I can read and write Japanese. Want me to help with something?"), "Japanese to English: 本日は晴天なり。明日は雨の予報です。"),
    ex("en", "what does 'Mañana es otro día' mean literally and how would you translate it naturally?"),
    ex("es", S("Eres el asistente de PisoFácil, una app para inquilinos en el extranjero. Ayudas con contratos, incidencias y comunicación con el casero."), "Tradúceme al inglés este mensaje para el casero, que suene educado: 'La calefacción no funciona desde el lunes y hace mucho frío en el piso. ¿Podría mandar a alguien esta semana?'"),
    ex("fr", S("Tu es l'assistant de l'équipe logistique de la Fromagerie des Aravis. Tu aides pour les expéditions, les clients export et les documents."), "Traduis en allemand, c'est pour un client de Munich : « Nous vous confirmons la livraison de votre commande le 12 janvier entre 8 h et 12 h. »"),
    ex("de", "Hast du einen kurzen Slogan für eine Schreinerei?", A("\"Holz, das bleibt.\""), "Schön. Jetzt noch bitte ins Englische übersetzen, für die Website unserer Schreinerei: 'Wir fertigen Möbel nach Maß – vom Einbauschrank bis zur Küchenfront. Beratung vor Ort ist kostenlos.'"),
    ex("it", TRAVEL, "Mi traduci in giapponese questa richiesta per il ryokan? 'Arriveremo alle 21, in ritardo rispetto al check-in. È possibile avere comunque la cena?'"),
    ex("nl", "Hoe lang mag een motivatiebrief zijn?", A("Meestal één A4, zo'n 250 tot 400 woorden."), "Oké. Kun je dit vertalen naar het Engels? Het is voor een sollicitatie: 'Ik ben een gedreven teamspeler met vijf jaar ervaring in de logistiek en ik spreek vloeiend Duits.'"),
    ex("pl", S("Jesteś asystentem działu BHP w firmie Logimax. Pomagasz przygotować instrukcje, szkolenia i dokumenty dla pracowników."), "Mamy nowych ludzi z zagranicy. Przetłumacz na angielski, to instrukcja dla nowych pracowników magazynu: 'Przed rozpoczęciem zmiany sprawdź stan wózka widłowego i wpisz wynik do zeszytu kontroli.'"),
    ex("tr", "Bodrum'da temmuzda otel fiyatları ne kadar oluyor?", A("Konuma ve sezona göre çok değişiyor; güncel fiyatlar için birkaç rezervasyon sitesine bakmak en iyisi."), "Anladım. Şunu İngilizceye çevirir misin, otel rezervasyonu için: 'Sigara içilmeyen, deniz manzaralı bir oda rica ediyoruz. Geç giriş yapacağız, saat 23 civarı.'"),
    ex("ru", S("Ты — ассистент агентства «Учёба за рубежом». Помогаешь студентам с документами, письмами в университеты и визами."), "Переведи на английский, это письмо в университет: «Прошу рассмотреть возможность продления срока подачи документов на две недели в связи с задержкой перевода диплома.»"),
    ex("uk", S("Ти — помічник адміністрації школи №12 у Львові. Допомагаєш готувати оголошення та листи батькам."), "Перекладіть, будь ласка, українською для батьків: 'The school will be closed on Monday due to a power outage. Online lessons will run as usual.'"),
    ex("zh", "年报里的营收数据用什么图表比较好？", A("同比增长适合用柱状图，地区占比可以用饼图或堆叠柱状图。"), "好的。另外请把这段话翻译成英文，用在公司年报里：'2026年，公司在东南亚市场的营收同比增长了38%，新开设门店27家。'"),
    ex("ja", "Summarise this: 'Server maintenance Saturday 02:00-04:00 UTC, no downtime expected.'", A("Maintenance Saturday 02:00–04:00 UTC; no downtime expected."),
       "ありがとう。その要約を日本語に訳してもらえますか？お客様向けのお知らせに使います。"),
    ex("ko", SUPPORT, "이 오류 메시지를 한국어로 자연스럽게 번역해 주세요: 'We couldn't sync your notes. Check your connection and try again.'"),
    ex("ar", "ترجم هذه الجملة إلى الإنجليزية من فضلك: 'نعتذر عن التأخير في الشحن بسبب الظروف الجوية، وسيصل طلبكم خلال ثلاثة أيام.'"),
    ex("id", S("Kamu adalah asisten media sosial untuk kedai kopi Senja di Bandung. Bantu bikin konten, balas komentar, dan jadwal posting."), "Terjemahin ke bahasa Inggris dong buat caption IG: 'Kopi pagi, hujan rintik, dan deadline yang belum kelar. Hidup memang seindah itu.'"),
    ex("vi", "Mẫu hàng gửi từ Bình Dương ra Hà Nội mất mấy ngày?", A("Thường khoảng 2–4 ngày với chuyển phát nhanh."), "Ok. Dịch sang tiếng Anh giúp mình, viết trong email gửi đối tác: 'Chúng tôi đã nhận được mẫu hàng và sẽ phản hồi trong tuần sau.'"),
    ex("sv", "Kan du översätta det här till engelska? Det är till ett hyreskontrakt: 'Hyresgästen ansvarar för snöskottning av den egna uppfarten.'"),
    ex("el", "Μετάφρασε στα αγγλικά: 'Το κατάστημα θα παραμείνει κλειστό λόγω απογραφής από 2 έως 4 Ιανουαρίου.'"),
    ex("th", "ช่วยแปลเป็นภาษาอังกฤษหน่อย จะส่งให้ลูกค้าต่างชาติ: 'ขออภัยในความไม่สะดวก สินค้าจะถูกจัดส่งภายในวันศุกร์นี้'"),
]

"""Batch 11 (written 2026-12-07 by a separate writer, app-style traffic). Natural translation requests shaped like application traffic (see __init__.py): translation apps, but also
support bots, coding agents, HR and legal assistants whose last user turn asks to put a text into another
language (UI strings, emails, contract clauses, subtitles, code comments), in many language pairs."""

ONE_LINERS = """
'out of stock' in French
how do you say 'the meeting is postponed' in Japanese
translate to German: Your password has been reset.
en español por favor: We will call you back within 24 hours
put this in Portuguese (Brazil): Free shipping on orders over $50
Italian for 'see you at the station at eight'?
translate 'Keep refrigerated after opening' into Dutch and Polish
what's 'I'm allergic to peanuts' in Korean
translate into English: Je suis désolé, le colis est arrivé endommagé.
traduce al inglés: ¿A qué hora cierra la farmacia?
traduis en espagnol : merci de confirmer votre présence avant vendredi
übersetz ins Englische: Die Lieferung verzögert sich um zwei Tage.
übersetze bitte ins Französische: Bitte schließen Sie die Tür leise.
traduz para o inglês: o boleto vence amanhã
traduci in tedesco: il treno è in ritardo di venti minuti
vertaal naar het Engels: de vergadering is verplaatst naar donderdag
przetłumacz na angielski: dziękuję za szybką odpowiedź
İngilizceye çevir: siparişiniz yola çıktı
переведи на английский: встреча переносится на понедельник
переклади англійською: чекаю на вашу відповідь
把这句翻译成英文：请在周五之前提交报告
この文を英語に訳して：お支払いは月末までにお願いします
영어로 번역해줘: 주문하신 상품이 품절되었습니다
इसे अंग्रेज़ी में अनुवाद करो: कल दफ़्तर बंद रहेगा
ترجم إلى الإنجليزية: الاجتماع غدًا في العاشرة صباحًا
terjemahkan ke bahasa Inggris: mohon maaf atas keterlambatannya
dịch sang tiếng Anh: cảm ơn bạn đã mua hàng
översätt till engelska: tåget är inställt
přelož do angličtiny: platba proběhla úspěšně
μετάφρασε στα αγγλικά: το κατάστημα είναι κλειστό την Κυριακή
translate to Spanish, keep it informal: hey, running 10 min late, grab us a table?
translate 'Terms and Conditions apply' to Arabic and Hebrew
"""

LONG = [
    "Translate these UI strings into German, keep the placeholders exactly as they are:\n\nwelcome_title = "
    "Welcome back, {name}!\ncart_empty = Your cart is empty.\nitems_count = You have {count} items in your "
    "cart.\ncheckout_button = Proceed to checkout",
    "Please translate this customer email into English so I can answer it:\n\nBuongiorno, ho ordinato due "
    "sedie il 3 novembre ma ne è arrivata solo una, e la scatola era rovinata. Potete mandarmi la seconda o "
    "rimborsarmi? Grazie, Giulia",
    "Translate the following clause into French, formal legal register:\n\n'The Supplier shall not be liable "
    "for any delay or failure to perform caused by events beyond its reasonable control, including but not "
    "limited to natural disasters, strikes and acts of government.'",
    "Subtitles, translate to Spanish, keep the line breaks and timing lines untouched:\n\n1\n00:00:01,000 --> "
    "00:00:03,200\nWhere were you last night?\n\n2\n00:00:03,400 --> 00:00:05,900\nI told you, I was at the "
    "lab.",
    "Translate the comments in this code to English, leave the code itself as is:\n\n# berechnet den Preis "
    "inklusive Mehrwertsteuer\ndef brutto(netto):\n    # 19 % MwSt\n    return netto * 1.19",
    "Can you turn our out-of-office message into Japanese and Korean? 'Thank you for your message. I am out of "
    "the office until 6 January with limited access to email. For urgent matters please contact "
    "support@example.com.'",
    "Traduce al inglés este mensaje para el casero, que suene educado:\n\nHola Mark, la calefacción no funciona "
    "desde el domingo y por la noche hace mucho frío. ¿Podría venir alguien a revisarla esta semana? Gracias.",
    "Traduis ce paragraphe en allemand pour notre site :\n\nNotre atelier fabrique des meubles en chêne massif "
    "depuis 1987. Chaque pièce est assemblée à la main et livrée avec une garantie de dix ans.",
    "Bitte übersetze diese Produktbeschreibung ins Englische und ins Spanische:\n\nLeichter Wanderrucksack, 28 "
    "Liter, wasserabweisend, mit Regenhülle und Trinksystem-Fach. Gewicht: 850 g.",
    "请把这封邮件翻译成英文，语气要正式：\n\n王经理您好，关于下周的供货计划，我们需要把交货日期推迟三天，给您带来不便深表歉意。",
    "Proszę przetłumaczyć na niemiecki:\n\nSzanowni Państwo, w załączeniu przesyłam fakturę za listopad. "
    "Termin płatności upływa 15 grudnia.",
]

CHATS = [
    ("You are a translation app. Translate the user's text into the language they ask for.",
     ["to Italian: Your appointment is confirmed for Tuesday at 3pm."]),
    ("You are a translation app.",
     ["translate into English: Wir haben leider keine Zimmer mehr frei.",
      "Unfortunately we have no rooms available.",
      "and this one into French: Can we book for the following weekend instead?"]),
    ("You are a translation app for travellers.",
     ["what's a typical tip in Vietnam?", "Tipping isn't expected, but rounding up or leaving 5-10% is appreciated.",
      "how do I ask for the bill in Vietnamese?"]),
    ("You are ShopBot, the customer-support assistant for Lumen Home.",
     ["My mother is ordering and only reads Polish. Can you translate the return instructions for her? 'Pack "
      "the item in its original box, print the label from your account and drop it at any post office within "
      "30 days.'"]),
    ("You are a customer-support assistant for a hotel chain.",
     ["Can I check in early?", "Early check-in from 11:00 is possible on request, subject to availability.",
      "great, can you give me that answer in Spanish so I can forward it to my parents?"]),
    ("You are a coding assistant inside an IDE.",
     ["translate the error messages in this dict to French, keep the keys:\n\nERRORS = {\n  'not_found': "
      "'Item not found',\n  'forbidden': 'You do not have access',\n  'rate': 'Too many requests, try later'\n}"]),
    ("You are a coding agent working in this repository.",
     ["add a German locale file", "Created locales/de.json with the same keys as en.json, values empty.",
      "fill in the German values for these: {\"save\": \"Save\", \"cancel\": \"Cancel\", \"delete_confirm\": "
      "\"Are you sure you want to delete this file?\"}"]),
    ("You are a coding assistant.",
     ["our README intro needs a Brazilian Portuguese version: 'Fastlog is a tiny structured logger for Python. "
      "It has no dependencies and writes JSON lines to stdout.'"]),
    ("Answer using only the context below.\n\nContext:\nReturns are accepted within 30 days. Items must be "
     "unused and in original packaging. Refunds go back to the original payment method within 5 business days.",
     ["translate the context into Turkish for a customer"]),
    ("You are a RAG assistant for an HR knowledge base.",
     ["what does the policy say about remote work?", "Employees may work remotely up to 3 days a week with "
      "their manager's agreement.",
      "put that answer into Ukrainian please, for a new colleague"]),
    ("You are an HR assistant for Northwind Ltd.",
     ["translate our job ad headline into Dutch and Swedish: 'Join our team as a Warehouse Supervisor — "
      "flexible shifts, great benefits'"]),
    ("You are an HR assistant.",
     ["draft a short welcome message for a new hire", "Welcome to the team! We're happy to have you on board...",
      "perfect, now the same message in Arabic, she prefers it"]),
    ("You are a legal information assistant.",
     ["What is an NDA?", "A non-disclosure agreement: a contract to keep certain information confidential.",
      "render this NDA sentence in Italian, keep it precise: 'The Receiving Party shall keep the Confidential "
      "Information secret for a period of five (5) years from disclosure.'"]),
    ("You are a finance assistant.",
     ["translate the payment reminder into Spanish, polite but firm: 'Our records show invoice 2026-118 is "
      "14 days overdue. Please arrange payment at your earliest convenience.'"]),
    ("You are a meeting assistant.",
     ["summarise the call in English", "We agreed to launch in March and hire two support agents.",
      "translate that summary into Japanese for the Tokyo office"]),
    ("You are a data pipeline assistant. Reply with JSON.",
     ["validate this JSON: {\"a\": 1,}", "Invalid: trailing comma after 1.",
      "translate each product name to English, return {\"original\": ..., \"en\": ...} per item: [\"Zapatillas "
      "de running\", \"Chaqueta impermeable\", \"Calcetines térmicos\"]"]),
    ("You are a writing assistant.",
     ["make this sound friendlier: 'Your request was denied.'", "We're sorry, but we couldn't approve your "
      "request this time.",
      "now give me the friendlier version in German and French"]),
    ("You are a tutoring assistant for language learners.",
     ["What's the difference between 'ты' and 'вы'?", "'Ты' is informal, 'вы' is formal or plural.",
      "how would a native say 'I'm looking forward to seeing you' in Russian? casual and formal versions"]),
    ("You are a medical clinic's reception assistant.",
     ["translate the fasting instructions into Hindi: 'Do not eat or drink anything except water for 8 hours "
      "before your blood test.'"]),
    ("You are a travel booking assistant.",
     ["I booked a ryokan", "Lovely! Let me know if you need help with your stay.",
      "can you translate 'we will arrive late, around 10pm, please keep our room' into Japanese for an email?"]),
    ("You are a messaging assistant.",
     ["my grandma texted me this, what does it say in English? 'Kochanie, pamiętaj o czapce, jutro ma być "
      "mróz.'"]),
    ("Eres una app de traducción.",
     ["traduce al francés: El restaurante está completo esta noche, ¿le reservo para mañana?"]),
    ("Eres el asistente de soporte de una tienda online.",
     ["¿Cuánto tarda el envío?", "El envío estándar tarda de 3 a 5 días laborables.",
      "¿me lo puedes poner en inglés? es para mi marido"]),
    ("Eres un asistente de programación.",
     ["¿por qué sale 'Disk quota exceeded'?", "Porque el usuario ha llegado al límite de espacio asignado.",
      "traduce estos mensajes del log al español, que los entienda el cliente: 'Connection refused', 'Disk "
      "quota exceeded', 'Session expired, please log in again'"]),
    ("Tu es une application de traduction.",
     ["traduis en anglais : Nous avons bien reçu votre candidature et reviendrons vers vous sous quinze jours."]),
    ("Tu es un assistant RH.",
     ["Rédige une annonce pour un poste de comptable", "Nous recherchons un(e) comptable confirmé(e)...",
      "Parfait, traduis maintenant l'annonce en anglais pour LinkedIn"]),
    ("Du bist eine Übersetzungs-App.",
     ["Korrigiere: Wir freuen uns auf ihren Besuch", "Wir freuen uns auf Ihren Besuch.",
      "übersetze ins Italienische: Wir freuen uns auf Ihren Besuch im Frühling."]),
    ("Du bist ein Assistent für Vermieter.",
     ["Schreib eine Mieterinfo zur Heizungswartung", "Liebe Mieterinnen und Mieter, am 12. Dezember wird die "
      "Heizung gewartet...",
      "Kannst du die Info auch auf Türkisch und Arabisch übersetzen? Viele Mieter sprechen kaum Deutsch"]),
    ("Você é um assistente de tradução.",
     ["traduz para o espanhol: Estamos sem sistema hoje, o atendimento volta amanhã às 9h."]),
    ("Sei un'app di traduzione.",
     ["traduci in inglese: La consegna è prevista tra le 14 e le 18, qualcuno deve essere presente per firmare."]),
    ("Je bent een vertaalapp.",
     ["vertaal naar het Duits: Wij zijn op zondag gesloten, maar u kunt online bestellen."]),
    ("Jesteś asystentem obsługi klienta.",
     ["Jak zmienić hasło?", "Wejdź w Ustawienia > Bezpieczeństwo > Zmień hasło.",
      "przetłumacz tę instrukcję na ukraiński dla mojej koleżanki"]),
    ("Sen bir çeviri uygulamasısın.",
     ["Almancaya çevir: Randevunuzu iptal etmek istiyorsanız lütfen bizi arayın."]),
    ("Ты — приложение-переводчик.",
     ["сколько символов в этом тексте: Ваш заказ готов", "17 символов.",
      "переведи на немецкий: Ваш заказ будет доставлен в течение трёх рабочих дней."]),
    ("Ти — асистент служби підтримки.",
     ["Як повернути товар?", "Заповніть форму повернення в особистому кабінеті.",
      "переклади цю відповідь польською, будь ласка"]),
    ("你是一个翻译应用。",
     ["把下面这段翻译成日语：感谢您的耐心等待，您的退款已经处理完毕。"]),
    ("あなたは翻訳アシスタントです。",
     ["この案内を英語と中国語に訳してください：本日の営業は午後8時までです。"]),
    ("당신은 번역 앱입니다.",
     ["일본어로 번역해줘: 내일 회의는 오후 3시로 변경되었습니다"]),
    ("आप एक अनुवाद ऐप हैं।",
     ["ek achha good morning message likho", "Suprabhat! Aapka din shubh ho.",
      "is message ko English mein translate karo: kal main thoda late aaunga, traffic bahut hai"]),
    ("أنت تطبيق ترجمة.",
     ["ترجم إلى الفرنسية: نعتذر عن التأخير في الرد على رسالتكم"]),
    ("Kamu adalah aplikasi penerjemah.",
     ["terjemahkan ke bahasa Jepang: terima kasih sudah menginap di hotel kami"]),
    (None, ["summarise: the shop will close early on the 24th and reopen on the 27th",
            "The shop closes early on the 24th and reopens on the 27th.",
            "translate that into Spanish and German for the sign on the door"]),
    (None, ["write a haiku about snow", "White hush on the roofs / a crow writes one black letter / the kettle "
            "answers",
            "now translate your haiku into French, keep it as close to the original as possible"]),
    (None, ["what's the capital of Portugal?", "Lisbon.",
            "thanks. how do I say 'where is the tram stop?' in Portuguese"]),
    (None, ["fix the grammar: their going to the park tomorow", "They're going to the park tomorrow.",
            "and in Swedish?"]),
    ("You are a coding assistant inside an IDE.",
     ["rename getUsr to getUser everywhere", "Done: renamed in 4 files.",
      "also the tooltip text 'Load user profile' needs Czech and Greek versions, give me both strings"]),
    ("You are a customer support assistant for a bank.",
     ["Is my card blocked?", "Your card is active; the last payment was declined because of the daily limit.",
      "ok. my dad is going to ask me, write that exact answer in Vietnamese"]),
]

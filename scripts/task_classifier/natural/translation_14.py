"""Batch 14 (written 2026-12-08 by a separate writer, app-style traffic). Natural translation requests: put
existing text (messages, notices, UI strings, menus, labels, contract clauses, lyrics, letters, code comments)
into another language, often asked indirectly ("what does this say", "how would a Mexican say", "our Polish
customers need this"); many sent to an app whose system prompt is about something else (coding agents, support,
legal, analytics, recipes), or after earlier turns that asked for another task (often a summary or a draft of
the same text); in many languages and scripts, with code-switching."""

ONE_LINERS = """
how do I say 'sorry, I only speak a little Greek' in Greek
what's 'out of office until the 6th' in Norwegian, for my autoreply
translate the button label 'Try it free for 14 days' into Brazilian Portuguese
'mind the gap between the train and the platform' in Japanese, like the announcement
what does 'Achtung, frisch gestrichen' mean on the bench
the Spanish for 'the kitchen sink is blocked again', I need to text my landlady
how would a Mexican say 'I'm running 10 minutes late, start without me'
Czech for 'two beers and the bill, please'
put 'no parking, garage exit in use 24h' into French for the sign
Finnish for 'happy name day!'
what's this Korean on my skincare bottle: '세안 후 적당량을 덜어 얼굴에 펴 바릅니다'
this is on a Thai menu, what is it in English: ต้มยำกุ้งน้ำข้น
'where is the nearest pharmacy?' in Turkish, polite
Hebrew for 'congratulations on the new baby', for a card
what does 'chalo, phir milte hain' mean in English
translate 'Keep refrigerated after opening' into Arabic for the jar label
¿cómo se dice 'no tengo cambio, ¿aceptan tarjeta?' en italiano?
traduis 'on se capte plus tard' en anglais, mais pas trop familier
übersetz mir bitte 'Bitte keine Werbung einwerfen' ins Englische und Polnische
como fica 'boa sorte na entrevista!' em inglês e em espanhol?
traduci in tedesco: 'il negozio resta chiuso per ferie fino al 20 agosto'
hoe zeg je 'ik ben allergisch voor noten' in het Thais?
jak będzie po hiszpańsku 'gdzie jest przystanek autobusowy?'
'geçmiş olsun' Almancaya nasıl çevrilir, tam karşılığı ne?
переведи на английский: 'буду через пять минут, я уже подъезжаю'
як перекласти англійською 'дякую, що знайшли час'?
把“祝你新年快乐，万事如意”翻译成法语
「お先に失礼します」を英語でどう言えば自然？
'수고하셨습니다'를 영어로 자연스럽게 바꿔줘
इसका अंग्रेज़ी अनुवाद करो: 'कल दफ़्तर बंद रहेगा'
ترجم إلى الإنجليزية: 'الرجاء إغلاق الباب بهدوء'
terjemahkan ke bahasa Inggris: 'mohon maaf, kami sudah tutup'
dịch sang tiếng Anh giúp mình: 'cảm ơn bạn đã ghé thăm cửa hàng'
"""

LONG = [
    "Please translate this letter from my grandfather into English. Keep his old-fashioned tone, don't "
    "modernise it:\n\nLieber Hans,\n\nich schreibe dir aus dem Krankenhaus, aber mach dir keine Sorgen, "
    "das Essen ist schlecht und die Schwestern sind streng, also geht es mir gut. Der Arzt sagt, in zwei "
    "Wochen darf ich nach Hause. Bitte gieß meine Tomaten und sag der Nachbarin, dass sie die Zeitung "
    "nicht mehr bringen muss.\n\nDein Vater",
    "Our Italian supplier sent this, what does it say exactly? Full translation please, it's about money:\n\n"
    "Gentile cliente, a causa dell'aumento dei costi energetici, dal 1° febbraio i prezzi dei nostri prodotti "
    "aumenteranno del 7%. Gli ordini confermati entro il 31 gennaio saranno fatturati ai prezzi attuali. "
    "Restiamo a disposizione per qualsiasi chiarimento.",
    "Translate this product description into Spanish (Spain) and French, keep the bullet structure:\n\n"
    "Trailhead 28L daypack\n- Water-resistant recycled fabric\n- Padded laptop sleeve up to 15\"\n- Side "
    "pockets that fit a 1L bottle\n- Lifetime repair guarantee",
    "I'm a nurse and a patient's family only speaks Portuguese. Can you translate these discharge "
    "instructions into European Portuguese, simply and accurately?\n\n1. Take one tablet of paracetamol "
    "every 6 hours if needed, no more than 4 a day.\n2. Keep the wound dry for 48 hours.\n3. Come back "
    "if you have a fever above 38°C or the wound becomes red and swollen.\n4. Your follow-up appointment "
    "is on 15 December at 10:30.",
    "Here's the full welcome page of our coworking space. Our new members are mostly from Ukraine, so please "
    "translate the whole thing into Ukrainian. Keep the headings, the bullet points and the times exactly "
    "as they are, and use the formal 'ви':\n\n"
    "Welcome to Harbour Works!\n\nWe're glad you're here. This page covers everything you need in your first "
    "week. If anything is unclear, ask at the front desk or message us in the members' chat.\n\n"
    "Opening hours\n- Monday to Friday: 7:00-22:00 (staffed 9:00-18:00)\n- Saturday: 9:00-18:00\n- Sunday and "
    "public holidays: closed, but resident members can use their key card\n\n"
    "Your key card\nYour card opens the main entrance, the lift and the floor you're booked on. If you lose "
    "it, tell us straight away so we can block it. A replacement costs 15 euros.\n\n"
    "Wi-Fi and printing\nConnect to 'HarbourWorks-Members' with the password on the back of your card. Each "
    "member gets 100 free black-and-white pages a month. Colour printing and scanning are at the printer next "
    "to the kitchen; the instructions are on the wall.\n\n"
    "Kitchen\nCoffee, tea and milk are free. Please put your mug in the dishwasher, not in the sink, and "
    "label anything you leave in the fridge with your name and the date. The fridge is emptied every "
    "Friday at 16:00.\n\n"
    "Meeting rooms\nYou can book the meeting rooms through the app for up to two hours at a time. Please "
    "cancel if you no longer need a room so others can use it. Phone booths can't be booked; use them for "
    "calls of up to 30 minutes.\n\n"
    "Quiet zone\nThe second floor is a quiet zone: no calls, no meetings, and keep conversations short and "
    "low.\n\n"
    "Events\nEvery Thursday at 17:30 we host a members' drink in the lounge. Once a month we run a free "
    "workshop; the calendar is in the app.\n\n"
    "Leaving the building\nIf you're the last person on your floor, please switch off the lights and close "
    "the windows. The alarm is set automatically at 22:15.\n\n"
    "We hope you'll feel at home here. Welcome to the community!",
    "Necesito estas frases del menú en inglés para los turistas, que suenen apetecibles pero sin inventar:\n\n"
    "- Croquetas caseras de jamón ibérico\n- Pulpo a la gallega con cachelos\n- Tarta de queso al horno con "
    "frutos rojos\n- Menú del día: primero, segundo, postre, pan y bebida, 14,50 €",
    "Peux-tu traduire en anglais ce passage de notre règlement intérieur ? C'est pour nos saisonniers "
    "étrangers, il faut que ce soit exact :\n\nLes horaires de travail sont affichés chaque vendredi pour la "
    "semaine suivante. Tout retard doit être signalé au responsable avant le début du service. Le port des "
    "chaussures de sécurité est obligatoire en cuisine et en réserve.",
    "Bitte ins Türkische übersetzen, das ist ein Aushang für die Mieter in unserem Haus:\n\nLiebe "
    "Hausbewohner, am Mittwoch, den 10. Dezember, wird zwischen 8 und 12 Uhr das Wasser abgestellt, weil "
    "die Steigleitung repariert wird. Bitte füllen Sie sich vorher etwas Wasser ab. Vielen Dank für Ihr "
    "Verständnis. Die Hausverwaltung",
    "把下面这段合同条款准确翻译成英文，不要意译：\n\n乙方应于每月五日前支付当月租金。逾期超过十五日的，甲方有权解除"
    "本合同，并要求乙方支付相当于一个月租金的违约金。",
    "Переведи, пожалуйста, на немецкий эту записку для соседей, хочу повесить в подъезде:\n\nДорогие соседи! "
    "В субботу у нас будет небольшой праздник, день рождения дочки. Постараемся не шуметь после 22:00. "
    "Если что-то будет мешать, постучите, пожалуйста, в квартиру 14. Спасибо за понимание!",
]

CHATS = [
    ("You are DevPilot, an autonomous coding agent working in the user's repository.",
     ["add the German locale file", "Created locales/de.json with the same keys as en.json, values empty.",
      "fill in the values, i.e. translate these into German: {\"cart.empty\": \"Your cart is empty\", "
      "\"cart.checkout\": \"Go to checkout\", \"cart.remove\": \"Remove item\"}"]),
    ("You are DevPilot, an autonomous coding agent.",
     ["the comments in legacy/billing.py are all in Italian. translate just the comments into English, "
      "don't change code:\n\n# calcola lo sconto solo per i clienti fedeli\n# arrotonda al centesimo più "
      "vicino\n# se la fattura è annullata non fare nulla"]),
    ("You are an IDE assistant.",
     ["write a docstring for this function", "\"\"\"Return the user's display name, falling back to their "
      "email.\"\"\"",
      "our Brazilian contributors asked for Portuguese docs, translate that docstring into pt-BR"]),
    ("You are Pico, a coding agent with access to the user's repository and terminal.",
     ["the error message users see is 'Upload failed: file is larger than 20 MB'. give me that in French, "
      "Spanish and Japanese for the i18n table"]),
    ("You are a SQL copilot connected to the analytics warehouse.",
     ["the dashboard column headers are in English but the Madrid office wants Spanish. translate: Active "
      "users, Churned accounts, Average order value, Revenue per region"]),
    ("You are a data analysis copilot.",
     ["summarize this survey answer", "The respondent likes the app but finds notifications excessive.",
      "the original was in Polish, can you give me the full English translation of it, not the summary? "
      "'Aplikacja jest świetna, ale powiadomienia przychodzą co godzinę i to mnie doprowadza do szału.'"]),
    ("You are Helpdesk, the customer-support assistant for Corvid Broadband.",
     ["a customer wrote in Romanian, what does it say? 'Bună ziua, internetul nu funcționează de ieri seară, "
      "am repornit routerul de trei ori.'"]),
    ("You are Helpdesk, the customer-support assistant for Corvid Broadband.",
     ["draft a reply saying an engineer comes Thursday 8-12", "Hello, thanks for your patience. An "
      "engineer will visit on Thursday between 8:00 and 12:00.",
      "he's Romanian too, put that reply into Romanian please"]),
    ("You are ShopBot, the customer-support assistant for Lumen Home.",
     ["our care label says 'Dry clean only. Do not tumble dry. Iron on low heat.' we need it in Dutch, "
      "German and Danish for the EU packaging"]),
    ("You are a customer-support assistant for Tidewater Ferries.",
     ["write the boarding announcement for the 18:00 sailing", "Passengers for the 18:00 sailing to "
      "Bergen, please proceed to gate 3 with your boarding pass ready.",
      "now in Norwegian and German, for the speaker system"]),
    ("You are LexiDraft, an assistant for reviewing commercial contracts.",
     ["the counterparty is French. translate clause 7 into French, faithfully, it's the governing law "
      "clause: 'This Agreement shall be governed by and construed in accordance with the laws of England "
      "and Wales, and the courts of London shall have exclusive jurisdiction.'"]),
    ("You are a legal-document assistant for a property management firm.",
     ["summarize the house rules", "Quiet hours 22-7, no barbecues on balconies, bikes in the cellar only.",
      "good. several tenants only read Arabic, translate the full house rules text I gave you into Arabic, "
      "not the summary"]),
    ("You are an HR assistant for Brightwell Logistics.",
     ["translate the safety briefing for our Romanian warehouse staff: 'Hi-vis vests must be worn at all "
      "times on the warehouse floor. Report any spill immediately. Do not walk behind a reversing forklift.'"]),
    ("You are an HR assistant.",
     ["what's the sick leave rule?", "Notify your manager before 9:00; a doctor's note is needed after 3 "
      "days.",
      "can you give me that sentence in Spanish and in Tagalog for the notice board?"]),
    ("You are a recipe assistant.",
     ["my mother-in-law's recipe is in Hungarian, can you translate it? 'Egy hagymát vágj apróra, dinszteld "
      "meg zsíron, tegyél hozzá két kanál pirospaprikát, majd a húst.'"]),
    ("You are a travel booking assistant.",
     ["I'm booked into a ryokan in Kyoto. translate this note for the staff into Japanese: 'We will arrive "
      "late, around 22:00. Please keep our dinner, we don't mind if it's cold.'"]),
    ("You are a fitness coaching app.",
     ["my gym buddy is Brazilian, how do I say 'one more set, you've got this!' in Portuguese?"]),
    ("You are a meeting-notes assistant.",
     ["summarize the call", "The team agreed to launch the pilot in Lyon in March.",
      "the Lyon partners need the actual notes, not the summary. translate these into French: 'Pilot starts "
      "3 March. Lyon team provides 20 test users. Weekly check-in on Mondays at 10.'"]),
    ("You are a writing assistant. Help users improve their prose.",
     ["polish my bio", "Here's a tighter version: 'Ana is a product designer who...'",
      "great, now translate that polished version into Catalan for the conference site"]),
    ("You are a writing assistant for novelists.",
     ["my character is Scottish and says 'Och, dinnae fash yersel, it'll be grand'. my German translator "
      "asked what it means, can you render it in German with a similar regional flavour?"]),
    ("You are a math tutor.",
     ["explain what a derivative is", "The rate at which a function changes at a point.",
      "my exchange student only reads Korean well. translate that explanation into Korean, same meaning"]),
    ("You are a kids' homework helper.",
     ["my son's German homework: translate 'My dog is brown and likes to play in the garden' into German. "
      "then I'll check it with him"]),
    ("You are a summarization tool for news articles.",
     ["not a summary please. I need this headline translated into English exactly: 'Le gouvernement "
      "repousse la réforme des retraites à l'automne'"]),
    ("You are a customer-support assistant for an insurance company.",
     ["the claim form question 'Was anyone injured in the incident?' needs Vietnamese and Chinese versions "
      "for our online form"]),
    ("Eres un asistente de programación.",
     ["corrige el typo en el README", "Corregido: 'instalacion' -> 'instalación'.",
      "gracias. ahora traduce esta sección del README al inglés, sin tocar los comandos:\n\n## Instalación\n"
      "Clona el repositorio y ejecuta `make setup`. Necesitas Python 3.12 o superior."]),
    ("Eres un asistente de atención al cliente de un banco.",
     ["mi madre es alemana y no entiende este aviso del banco. ¿me lo traduces al alemán? 'Su tarjeta "
      "caduca el 31/01. La nueva se enviará a su domicilio en los próximos días.'"]),
    ("Tu es un assistant d'analyse de données.",
     ["traduis en anglais les libellés de ce graphique : Chiffre d'affaires mensuel, Objectif, Écart, "
      "Prévision"]),
    ("Tu es un assistant juridique.",
     ["rédige un résumé du contrat", "Contrat de prestation de 12 mois, paiement trimestriel...",
      "ok, mais le client est italien : traduis en italien la clause de confidentialité que je t'ai collée "
      "au début, mot pour mot"]),
    ("Du bist ein Programmierassistent.",
     ["Übersetz mir die Fehlermeldungen ins Englische, den Code lass bitte so:\n\nraise ValueError('Datum "
      "liegt in der Zukunft')\nraise KeyError('Kunde nicht gefunden')"]),
    ("Du bist ein Reiseassistent.",
     ["Buch mir das Hotel in Porto", "Gebucht: Casa Azul, 12.-14. März.",
      "Super. Wie sage ich dem Taxifahrer auf Portugiesisch: 'Zur Casa Azul bitte, Rua das Flores 31'?"]),
    ("Você é um assistente de RH.",
     ["traduz pro inglês esse aviso: 'O escritório estará fechado na sexta-feira por conta do feriado "
      "municipal. Bom descanso a todos!'"]),
    ("Sei un assistente per la scrittura di email.",
     ["scrivi una mail di ringraziamento al fornitore", "Gentile Sig. Ferri, la ringraziamo per la "
      "puntualità della consegna...",
      "perfetta. il fornitore è spagnolo, traducila in spagnolo mantenendo il tono formale"]),
    ("Je bent een klantenservice-assistent.",
     ["vertaal dit bericht van een Duitse klant naar het Nederlands: 'Die Lieferung kam ohne Rechnung an. "
      "Können Sie mir diese bitte per E-Mail schicken?'"]),
    ("Jesteś asystentem do nauki programowania.",
     ["przetłumacz na polski ten komunikat błędu, żebym zrozumiał: 'Segmentation fault (core dumped)'. "
      "samo tłumaczenie, bez tłumaczenia przyczyny"]),
    ("Sen bir müşteri destek asistanısın.",
     ["şu mesajı İngilizceye çevir, müşteriye göndereceğim: 'Siparişiniz kargoya verildi, takip numaranız "
      "SMS ile iletilecektir.'"]),
    ("Ты — помощник по программированию.",
     ["поправь функцию", "Исправил: теперь пустая строка возвращает None.",
      "спасибо. а теперь переведи на английский комментарий к ней: '# возвращает None, если строка пустая "
      "или состоит из пробелов'"]),
    ("Ти — помічник для туристів.",
     ["перекладіть, будь ласка, польською: 'Скажіть, будь ласка, як дійти до вокзалу?'"]),
    ("你是一个数据分析助手。",
     ["这份报告的摘要写好了", "好的，摘要已生成。",
      "再帮我把摘要翻译成日文，发给东京的同事"]),
    ("あなたはカスタマーサポートのアシスタントです。",
     ["このお知らせを英語と中国語に訳してください：「年末年始の営業は12月29日から1月3日までお休みします。」"]),
    ("당신은 코딩 도우미입니다.",
     ["이 에러 메시지 한국어로 번역해줘, 원인 설명은 필요 없어: 'Permission denied (publickey)'"]),
    ("आप एक यात्रा सहायक हैं।",
     ["is sign ka matlab English mein batao: 'कृपया जूते बाहर उतारें'"]),
    ("أنت مساعد لكتابة العقود.",
     ["ترجم هذا البند إلى الإنجليزية بدقة: 'يلتزم الطرف الثاني بتسليم البضاعة خلال ثلاثين يوماً من تاريخ التوقيع.'"]),
    ("Anda adalah asisten data.",
     ["ringkas laporan ini", "Penjualan naik 8% berkat promo akhir tahun.",
      "oke, sekarang terjemahkan ringkasan itu ke bahasa Inggris untuk kantor pusat"]),
    (None, ["write a short thank-you note to my neighbours for feeding the cat",
            "Thank you so much for looking after Miso while we were away...",
            "they're Swedish, can you put it in Swedish?"]),
    (None, ["summarize this message from the school: trip on Friday, packed lunch, back by 4",
            "There's a school trip on Friday; pack lunch; return by 4pm.",
            "my husband reads Tagalog better, translate the original message for him please"]),
]

"""Batch 13 (written 2026-12-07 by a separate writer, app-style traffic). Natural translation requests: put
existing text (messages, UI strings, signs, clauses, subtitles, code comments, error messages, even poems) into
another language, often asked indirectly ("how do you say", "make this sound natural in", "our customers in X need
this"); many sent to an app whose system prompt is about something else, or after earlier turns that asked for
another task."""

ONE_LINERS = """
how would you say 'no worries, take your time' to a Spanish colleague
what's this in plain Spanish: 'Your subscription will auto-renew unless cancelled'
make this sound natural in French: We look forward to welcoming you aboard
our Brazilian customers need this line: 'Your refund is on its way'
subtitle this in German: "Don't open that door. Whatever you hear."
how do Italians say 'break a leg' before a show
the Dutch for 'please leave your shoes at the door'?
what do I write on the card in Polish for 'get well soon, we're all thinking of you'
need this in Turkish for a sign: Staff only beyond this point
Russian version of 'the elevator is out of order, please use the stairs'
say 'thank you for being my teacher this year' in Ukrainian, it's for a card
how do I tell the taxi driver 'please take me to the airport, terminal 2' in Mandarin
Japanese for 'I'd like to return this, I have the receipt'
'is this seat taken?' in Korean, polite form
what's 'do not disturb' in Hindi, for a hotel door hanger
Arabic for 'welcome, please take a number and wait to be called'
Indonesian translation of 'the pool is closed for cleaning until 3pm'
Vietnamese please: We only accept cash at this counter
put 'fragile, this side up' into Swedish
Greek for 'kitchen closes at 22:00'
Czech please: The parking garage is for residents only.
can u translate 'see you in a bit' to portuguese european not brazilian
in Spanish, but the Mexican way: 'that sounds awesome, count me in'
give me the German word for 'handover' as in handing over a project
French for 'I'll circle back on this' but without sounding like a consultant
what does 'ne t'inquiète pas, ça arrive à tout le monde' mean
what does this sign say? 'Vietato l'accesso ai non addetti ai lavori'
what is 'Ich hätte gern die Rechnung, bitte' in English
en inglés, ¿cómo se dice 'me quedé dormido y perdí el tren'?
comment on dit 'je suis en télétravail aujourd'hui' en anglais ?
wie sagt man 'Ich bin gleich wieder da' auf Spanisch?
como se diz 'obrigado pela paciência' em inglês, de um jeito educado?
come si dice 'posso pagare con la carta?' in francese
hoe zeg je 'mag ik de rekening' in het Italiaans?
jak powiedzieć po niemiecku 'czy mogę zapłacić kartą'?
'afiyet olsun' İngilizcede nasıl söylenir, tam karşılığı var mı?
как по-английски будет 'я на созвоне, перезвоню'?
як сказати японською 'дякую за смачну вечерю'?
"辛苦了" 用英语怎么说比较自然？
「よろしくお願いします」を英語で自然に言うと？
"""

LONG = [
    "Our Mexican customers keep asking about this, can you put it into Spanish (Mexico) for the help page?\n\n"
    "To pause your plan, open Settings > Billing and choose 'Pause for one month'. You won't be charged during "
    "the pause and your data stays exactly as you left it. You can resume at any time.",
    "Make this sound natural in French, it's for a thank-you email to the people who hosted our team offsite:\n\n"
    "Dear Claire and Julien, thank you so much for having us at the farm last week. The food was incredible, "
    "the walks cleared our heads, and we went home with more ideas than we can use. We'd love to come back "
    "next autumn.",
    "Translate this poem into English, keep the line breaks and try to keep some of the rhythm, don't add "
    "anything:\n\nDer Herbst ist leise eingezogen,\nhat Nebel über's Feld gelegt,\ndie Schwalben sind schon "
    "fortgeflogen,\nnur noch der Wind, der alles trägt.",
    "this is the message our landlord in Lisbon sent, what does it say? translate to English pls:\n\nOlá! "
    "Amanhã de manhã vem o técnico do gás entre as 9h e as 12h. Alguém tem de estar em casa para abrir a porta. "
    "Se não for possível, avisem-me hoje para eu remarcar. Obrigado!",
    "Translate the terms into Polish, they have to be accurate, it's for the checkout page:\n\n1. Orders are "
    "processed within two business days.\n2. Digital products cannot be returned once downloaded.\n3. Prices "
    "include VAT where applicable.\n4. We reserve the right to cancel orders with incorrect pricing.",
    "Subtitle this clip into Italian, one subtitle per line, keep it short enough to read:\n\nWe got lost three "
    "times on the way here.\nThe GPS kept telling us to turn into a lake.\nBut honestly? Worth it. Look at this "
    "view.",
    "please translate the comments in this SQL file into English, leave the SQL alone:\n\n-- clientes activos "
    "en los últimos 90 días\nSELECT id, email FROM customers\n-- excluir cuentas de prueba\nWHERE is_test = "
    "false\n  AND last_seen > now() - interval '90 days';",
    "I run a small B&B and a family from Seoul is arriving Friday. Can you put my welcome note into Korean?\n\n"
    "Welcome! Breakfast is served from 7:30 to 10:00 in the conservatory. The wifi password is on the fridge. "
    "The front door locks at 23:00, so please use the key code 4471 after that. Enjoy your stay!",
    "Translate this WhatsApp from my Turkish neighbour into English please:\n\nMerhaba komşum, yarın sabah erken "
    "saatte boya ustası gelecek, biraz gürültü olabilir. Kusura bakmayın. Akşam da size biraz börek getireceğim, "
    "evde olursanız.",
    "Переведите, пожалуйста, на английский эту часть договора, очень точно, без пересказа:\n\nАрендатор обязан "
    "вносить арендную плату не позднее пятого числа каждого месяца. В случае просрочки более чем на десять дней "
    "арендодатель вправе расторгнуть договор в одностороннем порядке с уведомлением за тридцать дней.",
    "Traduce este mensaje de nuestro equipo al portugués de Brasil, que suene cercano:\n\n¡Hola! Ya está "
    "disponible la nueva versión de la app. Ahora puedes pagar con Pix, guardar tus direcciones favoritas y "
    "seguir tu pedido en tiempo real. Actualízala desde la tienda de aplicaciones.",
    "Bitte ins Englische übersetzen, das ist die Antwort unserer Hausverwaltung, ich verstehe das Amtsdeutsch "
    "nicht ganz:\n\nSehr geehrte Frau Novak, hinsichtlich Ihrer Mängelanzeige vom 3. November teilen wir Ihnen "
    "mit, dass die Instandsetzung der Fensterdichtungen im Rahmen der turnusmäßigen Wartung im ersten Quartal "
    "erfolgen wird. Eine vorgezogene Maßnahme ist derzeit nicht vorgesehen.",
    "Traduisez en néerlandais le texte de notre affiche pour le marché de Noël :\n\nMarché de Noël de la place "
    "Saint-Paul — du 12 au 23 décembre, tous les jours de 11h à 21h. Vin chaud, artisans locaux et atelier de "
    "décorations pour les enfants le samedi.",
    "これを自然な英語にしてください。海外の取引先へのメールです：\n\n先日はお忙しい中お時間をいただき、"
    "ありがとうございました。ご提案いただいた件につきましては、社内で検討の上、来週中にご連絡いたします。",
    "帮我把这段产品说明翻成地道的英文，要放在亚马逊上：\n\n这款保温杯采用双层不锈钢真空设计，保温十二小时，"
    "保冷二十四小时。杯盖防漏，可单手开合，适合通勤和户外使用。",
    "Tolong terjemahkan pengumuman ini ke bahasa Inggris untuk tamu asing di hotel kami:\n\nKolam renang akan "
    "ditutup pada hari Selasa untuk perawatan rutin. Tamu tetap dapat menggunakan pusat kebugaran di lantai "
    "tiga. Mohon maaf atas ketidaknyamanannya.",
    "Can you translate these push notifications into German, French and Spanish? Max 60 characters each, and "
    "keep the emoji:\n\n🎉 Your order is on its way!\n⏰ Your table is ready in 5 minutes\n🔒 New login from a "
    "device we don't recognize",
    "Please translate this error dialog into Japanese for the desktop app, it must fit the same button sizes, "
    "so keep it tight:\n\nTitle: Couldn't save\nBody: The file is open in another program. Close it and try "
    "again.\nButtons: Retry / Cancel",
    "Vertaal deze e-mail van een Spaanse klant naar het Nederlands, ik moet hem doorsturen naar de magazijnchef:"
    "\n\nBuenos días, el pedido 55102 llegó con dos cajas abiertas y faltan cuatro botellas de aceite. Adjunto "
    "fotos. ¿Pueden enviar lo que falta esta semana?",
    "Przetłumacz to na angielski, to fragment z dziennika mojej babci, chcę go pokazać mężowi:\n\nTego lata "
    "padało prawie codziennie, ale i tak chodziliśmy nad rzekę. Tata łowił ryby, a my z siostrą zbierałyśmy "
    "jagody do słoików. Wieczorem mama robiła pierogi i wszyscy byli szczęśliwi.",
    "Dịch giúp mình đoạn này sang tiếng Anh, là tin nhắn của chủ nhà trọ:\n\nTừ tháng sau tiền điện sẽ tính "
    "theo giá 3.500 đồng một số. Các bạn nhớ tắt máy lạnh khi ra ngoài nhé. Cảm ơn các bạn.",
    "Our Spanish distributor needs the warranty section of the manual in Spanish (Spain). Please translate "
    "all of it, keep the numbering and the bold headings, and don't shorten anything, it's a legal text:\n\n"
    "**5. Limited Warranty**\n5.1 Kettlewise Ltd ('we') warrants that the product will be free from defects "
    "in materials and workmanship for a period of twenty-four (24) months from the date of original retail "
    "purchase ('Warranty Period').\n5.2 If a defect arises and a valid claim is received within the Warranty "
    "Period, we will, at our option, (a) repair the product at no charge using new or refurbished parts, (b) "
    "replace the product with a new or refurbished product that is at least functionally equivalent, or (c) "
    "refund the purchase price.\n5.3 This warranty does not cover: damage caused by limescale build-up, "
    "accidents, misuse or use with a power supply other than the one specified on the rating label; cosmetic "
    "damage such as scratches and dents; normal wear of consumable parts such as filters and seals; or any "
    "product that has been opened, modified or repaired by anyone other than us or our authorised service "
    "partners.\n5.4 To make a claim, contact our customer service with proof of purchase, the serial number "
    "and a description of the fault. You may be asked to send the product to us; we will cover the shipping "
    "cost for valid claims.\n**6. Statutory Rights**\n6.1 This warranty is in addition to, and does not "
    "affect, your statutory rights as a consumer under the laws of your country of residence.\n6.2 Nothing in "
    "this section limits our liability for death or personal injury caused by our negligence.",
    "Make this sound natural in German, it's an email to the parents in my son's football team. Informal "
    "'ihr', not 'Sie':\n\nHi everyone,\n\nQuick update before the winter break. First, a huge thank you to "
    "everyone who drove, washed kits and stood in the rain this season. We finished fourth, which is the best "
    "result this team has ever had, and more importantly the kids are having fun.\n\nTraining stops after "
    "the session on 18 December and starts again on 8 January, same time, same pitch. If the pitch is frozen "
    "we'll move to the sports hall at the school, I'll post in the group by 3pm on the day.\n\nThe end-of-year "
    "party is on Saturday 20 December from 2 to 5 at the clubhouse. Please bring something small for the "
    "buffet, the club pays for drinks. There will be a small present for each player, so let me know if your "
    "child can't make it and I'll drop theirs off.\n\nLast thing: several kids have grown out of their boots. "
    "We're doing a boot swap at the party, bring any old pairs that still have some life in them.\n\nThanks "
    "again and see you on the 20th,\nMark",
    "Μπορείς να μεταφράσεις στα αγγλικά το μήνυμα της ιδιοκτήτριας;\n\nΚαλησπέρα! Το νερό θα κοπεί αύριο από τις "
    "10 έως τις 2 λόγω εργασιών του δήμου. Γεμίστε κανά μπουκάλι από πριν. Ευχαριστώ!",
]

CHATS = [
    ("You are Helpdesk, the support assistant for Corvid Broadband. Help customers with billing, outages and "
     "equipment.",
     ["what's the usual fix when a router reboots at night?",
      "Often a scheduled firmware update or overheating; check the update window and ventilation.",
      "Can you put this customer's message into German for our Munich team? 'My router keeps rebooting every "
      "night around 2am and I lose my connection for ten minutes. I've already tried a factory reset.'"]),
    ("You are Helpdesk, the support assistant for Corvid Broadband.",
     ["Is there an outage in Leeds?", "There's a known outage in LS6 and LS7 since 08:40; engineers expect a fix "
      "by 13:00.",
      "ok, a lot of our Leeds customers are Polish, can you give me that outage notice in Polish for the SMS?"]),
    ("You are Helpdesk, the support assistant for Corvid Broadband.",
     ["why was this customer charged twice?", "The November direct debit failed, so it was retried on 3 "
      "December alongside the regular December payment.",
      "right. she wrote to us in French, can you put my reply into French before I send it? keep the tone:\n\n"
      "Dear Ms Lefebvre,\n\nThank you for getting in touch, and I'm sorry for the worry this caused. I've "
      "looked into your account: your November payment didn't go through on the first attempt because of a "
      "temporary problem with our payment provider, so it was collected again on 3 December, on the same day "
      "as your December bill. That's why you saw two payments close together. You haven't been charged more "
      "than you owe, but I understand it's not what you expected, so I've added a credit of 10 euros to your "
      "next bill as an apology.\n\nIf you'd prefer, I can also move your payment date to later in the month "
      "so it lines up better with your salary. Just reply to this email and let me know which day suits "
      "you.\n\nKind regards,\nJonas, Corvid Broadband customer care"]),
    ("You are a customer-support assistant for Tidewater Ferries.",
     ["is the 16:30 sailing still on?",
      "No, it's cancelled because of high winds; passengers move to the 18:00 at no cost.",
      "our French passengers need this notice: 'Due to high winds, the 16:30 sailing is cancelled. Passengers "
      "will be transferred to the 18:00 sailing at no extra cost.'"]),
    ("You are a customer-support assistant for an online pharmacy.",
     ["Can I split my prescription into two deliveries?", "Yes, choose 'Split delivery' at checkout; the second "
      "parcel ships free.",
      "how do you say that in Arabic? the customer on the phone doesn't speak English"]),
    ("You are a customer-support assistant for a furniture store.",
     ["write a reply saying the sofa arrives on the 14th between 8 and 12",
      "Hi! Good news: your sofa will be delivered on the 14th between 8:00 and 12:00.",
      "she wrote to us in Italian, so put that reply in Italian"]),
    ("You are Pico, a coding agent with access to the user's repository and terminal.",
     ["run the linter on src/onboarding", "Lint passed with 2 warnings about unused imports, both fixed.",
      "the onboarding screen strings are in en.json, can you give me the Spanish versions? {\"step1\": \"Create "
      "your workspace\", \"step2\": \"Invite your teammates\", \"step3\": \"Connect your first data source\"}"]),
    ("You are Pico, a coding agent with access to the user's repository and terminal.",
     ["fix the crash when the config file is missing",
      "Fixed: load_config() now falls back to defaults and logs 'Config file not found, using defaults'.",
      "great. now translate that log message for our Japanese users, we show it in the UI too"]),
    ("You are a coding assistant inside an IDE.",
     ["add a usage section to the README", "Added '## Usage' with the install command and a basic example.",
      "this README paragraph needs a French version, it's not code, just translate it: 'Tidy is a command-line "
      "tool that formats your YAML files in place. Run it in CI to keep every config file consistent.'"]),
    ("You are a coding assistant.",
     ["why does my Django app say 'CSRF verification failed'?", "The form post is missing the CSRF token; add "
      "{% csrf_token %} inside the form.",
      "thanks. users see that error page too, give me 'Your session expired, please reload the page and try "
      "again' in Portuguese and Spanish"]),
    ("You are a senior engineer helping with code review.",
     ["the previous dev wrote all docstrings in Russian. translate this one into English, don't touch the "
      "code:\n\ndef merge_orders(a, b):\n    \"\"\"Объединяет два заказа одного клиента в один, суммируя "
      "количество одинаковых товаров.\"\"\"\n    ..."]),
    ("You are a coding agent.",
     ["add i18n to the settings page", "Wrapped all strings in t(); added keys to locales/en.json.",
      "now fill in locales/ko.json, translate: \"Dark mode\", \"Notifications\", \"Sign out of all devices\""]),
    ("You are DocsBot. Answer questions about the Quill API using the documentation provided.\n\nDocs: Rate "
     "limits are 600 requests per minute per key. Exceeding the limit returns HTTP 429 with a Retry-After "
     "header.",
     ["what happens if I exceed the limit?",
      "You get HTTP 429 with a Retry-After header telling you when to try again.",
      "translate the rate-limit paragraph into Chinese for our Shenzhen partners"]),
    ("You are a RAG assistant. Use the retrieved context to answer.\n\nContext: Visitors must sign in at "
     "reception and wear their badge at all times. Photography is not permitted in the lab areas.",
     ["we have visitors from Hanoi tomorrow, can you write those rules in Vietnamese"]),
    ("You are a marketing copy assistant for Brightside Travel.",
     ["write a tagline for our Iceland tours", "Chase the light at the edge of the world.",
      "love it. what would that be in German? keep it punchy, not literal if literal sounds weird"]),
    ("You are a marketing copy assistant.",
     ["give me three banner headlines for Black Friday",
      "1) Up to 50% off everything 2) The big weekend is here 3) Deals that won't wait",
      "our Brazilian customers need the Black Friday banner: 'Up to 50% off everything. This weekend only.'"]),
    ("You are a social media assistant.",
     ["draft an Instagram caption for our bakery's new sourdough", "Crackly crust, soft middle, baked at 5am "
      "just for you. 🍞",
      "can you do a Turkish version too? half our followers are in Izmir"]),
    ("You are a tutoring app for high-school students.",
     ["can you quiz me on irregular verbs?", "Sure: what's the past tense of 'go'?",
      "my exchange student buddy sent this, what does it mean? 'Kommst du am Samstag mit ins Kino? Wir treffen "
      "uns um sieben am Bahnhof.'"]),
    ("You are a tutoring app for chemistry students.",
     ["what's an exothermic reaction?", "A reaction that releases heat to its surroundings, like combustion.",
      "my mum only reads Hindi, can you translate your answer for her? she's curious what I'm studying"]),
    ("You are a math tutor.",
     ["is 91 prime?", "No, 91 = 7 × 13.",
      "cool. how do you say 'prime number' and 'factor' in Spanish? I have a bilingual class"]),
    ("You are an HR assistant for Kettle & Co.",
     ["how many people signed up for Christmas shifts last year?",
      "I don't have last year's sign-up data, only the current policy documents.",
      "translate the holiday rota notice into Romanian for the warehouse: 'Shifts over Christmas are voluntary "
      "and paid at double rate. Please sign up on the board by 10 December.'"]),
    ("You are an HR assistant.",
     ["summarise the new parental leave policy", "Parents get 20 weeks paid leave, usable within the first two "
      "years, split in up to three blocks.",
      "translate that summary into Ukrainian for two of our new colleagues"]),
    ("You are a legal drafting assistant.",
     ["is 30 days a normal cure period?", "It's common in commercial contracts; 14 to 30 days is typical.",
      "render this clause in German, same legal meaning, no softening: 'Either party may terminate this "
      "Agreement immediately by written notice if the other party commits a material breach and fails to "
      "remedy it within thirty (30) days.'"]),
    ("You are a legal drafting assistant.",
     ["draft a one-line confidentiality notice for our emails",
      "This email and any attachments are confidential and intended solely for the named recipient.",
      "we need it in French and Dutch as well, for the Brussels office"]),
    ("You are a meeting assistant that joins calls and takes notes.",
     ["the client in Osaka didn't follow the English call. give them the action items in Japanese: 1) send "
      "revised quote by Friday 2) book site visit for January 3) share the test report"]),
    ("You are a meeting assistant.",
     ["what did we decide about the launch?", "Launch moves to 3 March; marketing starts two weeks earlier.",
      "put that in Korean, I'll paste it in the Seoul team's channel"]),
    ("You are a travel assistant.",
     ["I'm going to Athens next week", "Nice! Early spring is a great time to visit.",
      "how do I say 'I have a nut allergy, is there any nut in this dish?' in Greek"]),
    ("You are a travel assistant.",
     ["what are must-try foods in Prague?", "Svíčková, trdelník is touristy but fun, and try a proper "
      "goulash with dumplings.",
      "and how do I order 'one svíčková and a small beer, please' in Czech"]),
    ("You are a recipe assistant.",
     ["what can I use instead of buttermilk?",
      "Mix milk with a spoon of lemon juice and let it stand for 10 minutes.",
      "my Swedish mother-in-law gave me her recipe, translate it please: '3 dl mjölk, 2 ägg, 2,5 dl vetemjöl, "
      "en nypa salt. Vispa ihop och låt smeten vila en halvtimme. Stek i smör.'"]),
    ("You are a recipe assistant.",
     ["give me a quick pancake recipe", "Whisk 1 cup flour, 1 cup milk, 1 egg, pinch of salt; fry in butter.",
      "now in Indonesian please, for my helper at home"]),
    ("You are a medical appointment assistant for Riverside Clinic.",
     ["when are the stitches removed?", "Usually after 7 to 10 days; your appointment letter has the exact date.",
      "translate these aftercare instructions into Spanish: 'Keep the dressing dry for 48 hours. Take "
      "paracetamol if needed. Call us if the wound becomes red, hot or swollen.'"]),
    ("You are a real-estate listing assistant.",
     ["write a listing for a 2-bed flat near the park", "Bright two-bedroom flat, five minutes from Victoria "
      "Park, newly renovated kitchen...",
      "we get a lot of Chinese buyers, translate the listing into simplified Chinese"]),
    ("You are a school communication assistant.",
     ["draft a note about Friday's early closing",
      "School will close at 12:30 on Friday for staff training. Please arrange to collect your child early.",
      "several parents only read Arabic. translate the note: 'School will close at 12:30 on Friday for staff "
      "training. Please arrange to collect your child early.'"]),
    ("You are a game localization assistant.",
     ["give me two more funny item descriptions",
      "Wobbly Shield: Blocks most things, eventually. Lucky Sock: Nobody knows where the other one is.",
      "the item descriptions need German: 'Rusty Sword: It has seen better days.' 'Healing Herb: Smells "
      "terrible, works wonders.'"]),
    ("You are an email assistant.",
     ["reply to this politely declining the invitation", "Thank you so much for the invitation. Unfortunately "
      "I won't be able to attend, but I hope it's a wonderful evening.",
      "the host is Portuguese, can you make that reply sound natural in Portuguese?"]),
    ("You are a writing assistant.",
     ["shorten this: 'We would like to take this opportunity to remind you that the office will be closed'",
      "Reminder: the office will be closed.",
      "now that short version in Swedish and Norwegian"]),
    ("Eres el asistente de atención al cliente de una aerolínea.",
     ["traduce al inglés lo que me escribió este pasajero: 'Mi maleta llegó con la rueda rota y el asa "
      "doblada. Quiero saber cómo reclamar.'"]),
    ("Eres un asistente de programación.",
     ["arregla este bucle que no termina", "El contador nunca se incrementa; añade i += 1 al final del bucle.",
      "perfecto. ahora traduce al inglés el comentario que le puse: '# recorre la lista hasta encontrar el "
      "primer pedido pendiente'"]),
    ("Tu es l'assistant d'une agence immobilière.",
     ["rédige un SMS de confirmation de visite",
      "Bonjour, nous confirmons la visite de demain à 10 h au 12 rue Pasteur.",
      "des clients allemands visitent demain, traduis en allemand : 'La visite commence à 10 h. Merci de "
      "prévoir une pièce d'identité et un justificatif de revenus.'"]),
    ("Tu es un assistant de rédaction.",
     ["écris un mot de remerciement pour la maîtresse", "Chère Madame Roux, merci pour cette belle année...",
      "ma belle-mère est italienne, tu peux lui en faire une version en italien ?"]),
    ("Du bist ein Kundenservice-Assistent für einen Fahrradladen.",
     ["Ein Kunde aus Amsterdam hat geschrieben, übersetz mir das bitte: 'Mijn fiets maakt een krakend geluid "
      "bij het trappen, vooral bergop. Kan ik zonder afspraak langskomen?'"]),
    ("Du bist ein Programmierassistent.",
     ["Erklär mir kurz, was ein Race Condition ist", "Wenn zwei Threads gleichzeitig auf dieselben Daten "
      "zugreifen und das Ergebnis von der Reihenfolge abhängt.",
      "Danke. Mein Kollege aus Krakau fragt dasselbe, gib ihm die Erklärung auf Polnisch"]),
    ("Você é um assistente de suporte de uma loja de eletrônicos.",
     ["qual o prazo de troca?", "Sete dias para arrependimento, 90 dias para defeito.",
      "um cliente escreveu em inglês, traduz pra mim: 'The charger you sent has a UK plug, but I live in "
      "Portugal. Can you send the EU version?'"]),
    ("Sei l'assistente di un'agenzia di viaggi.",
     ["a che ora atterra il volo da Tokyo?", "Il volo è previsto alle 7:45 a Fiumicino, terminal 3.",
      "i clienti giapponesi arrivano domani, traduci in giapponese: 'Il transfer vi aspetta all'uscita degli "
      "arrivi con un cartello con il vostro nome.'"]),
    ("Je bent een klantenservice-assistent voor een webshop.",
     ["hoe zeg je in het Frans: 'Uw bestelling is verzonden en wordt morgen bezorgd'? Klant komt uit Luik"]),
    ("Jesteś asystentem do pisania maili.",
     ["napisz krótkie przypomnienie o spotkaniu", "Przypominam o jutrzejszym spotkaniu o 10:00 w sali B.",
      "a teraz to samo po angielsku i po niemiecku, bo będą goście z Wiednia"]),
    ("Sen bir müşteri hizmetleri asistanısın.",
     ["Almanca bilen bir müşteriye şunu nasıl yazarım: 'Siparişiniz iki gün içinde kargoya verilecek'"]),
    ("Ты — ассистент интернет-магазина.",
     ["клиентка из Казахстана пишет по-английски, переведи ей наш ответ: 'Возврат возможен в течение 14 дней, "
      "если товар не был в употреблении.'"]),
    ("Ти — помічник для листування.",
     ["напиши коротке привітання з днем народження для колеги", "Вітаю з днем народження! Бажаю натхнення...",
      "а тепер переклади його англійською, колега з Канади"]),
    ("你是一个电商客服助手。",
     ["这位客户用西班牙语留言，帮我翻成中文：'El paquete dice entregado pero no lo he recibido.'"]),
    ("あなたはプログラミングのアシスタントです。",
     ["このエラーメッセージをユーザー向けに日本語にしてください：'Upload failed: file exceeds the 25 MB "
      "limit.'"]),
    ("당신은 여행 도우미입니다.",
     ["파리에서 빵집 갈 건데 '크루아상 두 개랑 바게트 하나 주세요'를 프랑스어로 어떻게 말해요?"]),
    ("आप एक ग्राहक सहायता सहायक हैं।",
     ["is message ka English translation do, customer ko bhejna hai: 'aapka refund 5 din mein aapke account "
      "mein aa jayega'"]),
    ("أنت مساعد لخدمة العملاء في شركة طيران.",
     ["كيف أقول بالإنجليزية: 'تم تأجيل رحلتك ساعتين، ونعتذر عن الإزعاج'؟"]),
    ("Kamu adalah asisten layanan pelanggan.",
     ["pelanggan dari Malaysia minta versi bahasa Inggris: 'Pesanan Anda sedang dikemas dan akan dikirim "
      "besok pagi.'"]),
    (None, ["fix this bug: TypeError: 'NoneType' object is not subscriptable in get_user()[\"name\"]",
            "get_user() returns None when the id is unknown; check for None before indexing.",
            "ok now translate that error message for our Japanese users: 'User not found. Please check the ID "
            "and try again.'"]),
    (None, ["summarize this in 2 lines: the gym will be closed for renovation from March 1 to March 14, "
            "members get two free weeks added",
            "The gym closes for renovation 1-14 March. Members get two extra free weeks.",
            "good, now the same in Spanish for the Spanish-speaking members"]),
    (None, ["write me a short poem about the sea at night", "Black water hums / the moon lays down a silver "
            "road / nobody walks it",
            "translate your poem into Italian, keep the line breaks"]),
    (None, ["what's a polite way to decline a meeting?", "'Thanks for the invite — I can't make it this time, "
            "but please send me the notes.'",
            "what's that in Dutch?"]),
    (None, ["hola!", "¡Hola! ¿En qué te puedo ayudar?",
            "cómo se dice 'estoy buscando piso cerca del centro' en alemán"]),
]

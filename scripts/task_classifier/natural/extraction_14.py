"""Batch 14 (written 2026-12-08 by a separate writer, app-style traffic). Natural extraction requests: pull
named fields, values, dates, amounts, ids, people or table rows out of pasted emails, receipts, logs, contracts,
chats and web pages, as a list, table or JSON; many sent to an app whose system prompt is about something else
(writing, coding, support, analytics), after earlier turns that asked for another task (often a summary or a
translation of the same text), or saying "don't summarise" while asking for fields; in many languages."""

ONE_LINERS = """
just the tracking number please: 'Your parcel JD014600007341298 left the Leipzig hub at 04:12'
pull every @mention out of this tweet: thanks @maria_dev and @opsbot for the quick fix, cc @arlo_status
what are the opening hours on Sunday? 'Mon-Fri 8-20, Sat 9-18, Sun and holidays 10-16'
give me the VAT number and the invoice date from this footer: Arlo GmbH · USt-IdNr. DE298765431 · Rechnungsdatum 02.12.2026
which flight and gate? 'Boarding for LX 1071 to Zurich now at gate B34, final call 10:45'
don't summarise, I only need the deadlines from the syllabus I pasted above
the usernames that failed to log in, from this log: FAIL user=kmiller ip=10.0.4.2 / OK user=jsong / FAIL user=rpatel ip=10.0.4.9
ingredients only, no steps: 'whisk 2 eggs with 50 g sugar, fold in 120 g flour and a pinch of salt, add 80 ml milk'
what's the account holder's name and sort code on this slip: 'Payee: Hollis & Dunn Ltd, Sort code 20-45-77, Acc 55102938'
list the cities in order of appearance: we flew into Lima, drove to Arequipa, bussed to Puno and ended in Cusco
find every amount in dollars in the paragraph and list them with what they're for
what dose and how often? 'Amoxicillin 500 mg, take one capsule three times a day for 7 days'
extrae los nombres de los ponentes y sus empresas del programa de la jornada
saca en una tabla el producto, la cantidad y el precio unitario del albarán
quels sont les horaires et le lieu ? « Réunion des parents, jeudi 11 décembre, 18h30, salle polyvalente »
relève tous les numéros de téléphone dans ce message et à qui ils appartiennent
Gib mir nur Name, Geburtsdatum und Versicherungsnummer aus dem Formular
welche Artikelnummern stehen in der Reklamation? 'Betrifft Art. 44-1209 und 44-1210, beide beschädigt'
me passa só o CPF e o endereço desse cadastro
estrai le date di consegna previste per ogni lotto
welke bedragen en vervaldata staan in deze aanmaning?
wypisz wszystkie nazwiska i stanowiska z tej stopki maila
bu ilandan maaş aralığını, şehri ve çalışma şeklini çıkar
выпиши из договора срок действия, сумму и реквизиты сторон
витягни з повідомлення дату, час і адресу зустрічі
从这张收据里提取商家名称、日期和总金额
この請求書から請求番号と支払期限だけ抜き出して
이 공지에서 날짜랑 장소만 뽑아줘
is mail se order ID aur delivery date nikaal do bas
استخرج أسماء الأدوية والجرعات من هذه الوصفة
ambil nomor resi dan nama kurir dari pesan ini
"""

LONG = [
    "From this email, give me a JSON object with event_name, date, start_time, venue and rsvp_deadline:\n\n"
    "Hi everyone! The annual volunteers' dinner is back. We'll meet on Friday 16 January 2027 from 7pm at the "
    "Old Boathouse on Riverside Walk. Partners are welcome. Please let Greta know by 9 January if you're "
    "coming and whether you have any dietary needs.",
    "Pull out every line item with quantity and total into a table:\n\nOFFICE SUPPLY CO.  Receipt #A-77120\n"
    "Printer paper A4 x5 reams ..... 24.95\nBlue pens (box of 50) x2 ..... 17.80\nStapler heavy duty x1 ..... "
    "12.49\nSticky notes 12-pack x3 ..... 20.97\nSubtotal 76.21  VAT 15.24  TOTAL 91.45",
    "Extract the stack of services and their versions from this incident note:\n\nAt 02:14 the checkout "
    "service (v3.18.2) started returning 500s. It calls pricing-api v1.9.0 and inventory v4.2.1. The "
    "regression came from auth-lib 2.7.0, which checkout picked up in the nightly build; rolling back to "
    "auth-lib 2.6.4 fixed it at 02:51.",
    "I pasted the minutes below. Don't summarise them — list each decision and, if stated, who's responsible "
    "and by when.\n\nItem 1: The board approved the 2027 budget. Item 2: The roof repair tender goes to "
    "Halvorsen Bygg; Per will sign the contract by 20 December. Item 3: The website redesign is postponed. "
    "Item 4: Leila will draft a new volunteer policy for the March meeting. Item 5: Membership fee stays at "
    "450 NOK.",
    "Give me CSV (name, role, email, phone) from this staff page:\n\nOur team\nDr. Amara Okafor — Clinical "
    "Director — a.okafor@brookclinic.org — 0161 555 0192\nSteve Lindqvist — Practice Manager — "
    "s.lindqvist@brookclinic.org — 0161 555 0150\nPriya Raman — Senior Physiotherapist — "
    "p.raman@brookclinic.org — ext. 214\nReception — reception@brookclinic.org — 0161 555 0100",
    "Here's a whole apartment listing I copied. I don't want a summary of it, I want these fields filled in so "
    "I can compare flats in my spreadsheet: rent, deposit, size_m2, rooms, floor, elevator (yes/no), available_"
    "from, pets_allowed, heating_type, min_lease.\n\n"
    "Bright 3-room flat in Vinohrady, Prague 2 — available from 1 February\n\nWe are offering a renovated "
    "3-room apartment (2+1) of 74 m² on the fourth floor of a quiet Art Nouveau building, five minutes' walk "
    "from Náměstí Míru. The building has a lift that was replaced in 2023. The flat has high ceilings, "
    "original parquet floors, a separate kitchen with a dishwasher and gas hob, and a bathroom with a window "
    "and a bathtub. The bedroom faces the courtyard, so it is very quiet at night; the living room has a "
    "small balcony facing the street.\n\nRent is 28,500 CZK per month, utilities (heating, water, building "
    "services) are an estimated 4,200 CZK on top, electricity is billed separately by the supplier. Heating "
    "is central gas heating for the whole building. A deposit of two months' rent is required at signing. "
    "The minimum lease is 12 months, with the option to extend. We prefer non-smokers. A small, "
    "well-behaved pet can be discussed with the owner; cats are fine, large dogs are not. The apartment is "
    "unfurnished apart from the kitchen and built-in wardrobes.\n\nViewings are possible on weekday "
    "evenings and Saturday mornings. Please send a short introduction about yourself and how many people "
    "will live in the flat.",
    "Extrae de este correo los datos para el parte de siniestro: nombre del asegurado, número de póliza, "
    "fecha y hora del incidente, lugar, matrícula del otro vehículo.\n\nBuenas tardes, soy Marta Ibáñez "
    "Soler, póliza 7730-AX-221. El lunes 1 de diciembre hacia las 8:40, en la rotonda de la avenida de "
    "Aragón con calle Sorní, en Valencia, un furgón con matrícula 4821 KLM me golpeó el lateral trasero al "
    "incorporarse. El conductor aceptó la culpa. Adjunto fotos.",
    "Dans ce fil Slack, relève toutes les dates et heures mentionnées avec l'événement correspondant, en "
    "liste :\n\nNadia : la démo client est déplacée au mardi 9 à 14h\nTom : ok, et la répétition ?\nNadia : "
    "lundi 8 à 16h, salle Garonne\nTom : n'oublie pas que le gel du code est vendredi 5 à midi\nNadia : oui, "
    "et les slides pour jeudi 4 au soir",
    "Bitte aus dieser Stellenanzeige extrahieren, als Liste: Position, Arbeitsort, Gehalt, Wochenstunden, "
    "Startdatum, Ansprechpartner.\n\nWir suchen ab 1. März 2027 eine Pflegefachkraft (m/w/d) für unsere "
    "Station in Freiburg-Haslach, 38,5 Stunden/Woche, Vergütung nach TVöD P8 (ca. 3.900 € brutto). Fragen "
    "beantwortet Ihnen gern Frau Sabine Kern, Pflegedienstleitung, Tel. 0761 555 2210.",
    "以下是一段客户聊天记录，请提取客户的姓名、订单号、问题类型和期望的处理方式，用表格给我：\n\n客户：你好，我是王磊，"
    "订单号 2026120488731，买的电饭煲收到就打不开盖子。\n客服：很抱歉，您希望退货还是换货？\n客户：换一个新的吧，"
    "最好这周能到。",
    "Из этого лога достань все IP-адреса, с которых было больше одной неудачной попытки входа, и количество "
    "попыток:\n\n10:01 FAIL 185.22.4.17\n10:01 OK 10.0.0.5\n10:02 FAIL 185.22.4.17\n10:03 FAIL 91.200.3.8\n"
    "10:04 FAIL 185.22.4.17\n10:05 FAIL 91.200.3.8\n10:06 FAIL 77.88.1.2",
]

CHATS = [
    ("You are Quill, a writing assistant that helps users polish emails and documents.",
     ["pull the dates out of this email for my calendar, nothing else:\n\nHi Sam, the kitchen fitters come "
      "on Monday the 12th, the worktop template is Wednesday the 14th, and the worktops get installed about "
      "ten days after that, probably the 24th. The electrician needs a day before the fitters, so the 9th."]),
    ("You are Quill, a writing assistant.",
     ["make this email friendlier", "Here's a warmer version: 'Hi Leo, hope your week's going well! ...'",
      "thanks. from the original, can you list every number and what it refers to? I need to double-check "
      "them"]),
    ("You are a writing assistant for novelists.",
     ["list every character named in this chapter and the first line they appear in:\n\nMaren climbed the "
      "stairs. Below, old Jonas swore at the lamp. 'Leave it,' said Ilse from the doorway. Maren thought of "
      "her brother Tobias, three years gone."]),
    ("You are DevPilot, an autonomous coding agent working in the user's repository.",
     ["read this CI output and give me just the names of the failing tests and their error types, no "
      "fixes:\n\nFAILED tests/test_cart.py::test_discount - AssertionError\nPASSED tests/test_cart.py::test_"
      "total\nFAILED tests/test_api.py::test_timeout - TimeoutError\nERROR tests/test_db.py::test_migrate - "
      "OperationalError"]),
    ("You are DevPilot, an autonomous coding agent.",
     ["what does the config loader do?", "It reads config.yaml, overlays environment variables with the APP_ "
      "prefix and validates the result.",
      "ok. from this docker-compose snippet, list every environment variable and its value as a table:\n\n"
      "environment:\n  - APP_DB_HOST=db\n  - APP_DB_PORT=5432\n  - APP_CACHE_TTL=300\n  - APP_DEBUG=false"]),
    ("You are an IDE assistant.",
     ["from this package.json, give me just the dependency names with their versions, skip devDependencies:"
      "\n\n{\"dependencies\": {\"react\": \"^18.3.1\", \"zod\": \"3.23.8\", \"dayjs\": \"^1.11.13\"}, "
      "\"devDependencies\": {\"vitest\": \"^2.1.0\"}}"]),
    ("You are a SQL copilot connected to the analytics warehouse.",
     ["no query needed. this is a customer email, just give me their account id, the plan they mention and "
      "the amount they dispute: 'Hello, account AC-55821 here, we were billed 1,240 for the Growth plan but "
      "we downgraded to Starter in October.'"]),
    ("You are a data analysis copilot.",
     ["summarize the survey results", "Most respondents liked the new layout; the main complaint was speed.",
      "good. now from the raw comments I pasted earlier, pull out every feature request as a bullet list, "
      "verbatim"]),
    ("You are Helpdesk, the customer-support assistant for Corvid Broadband.",
     ["the engineer left this note, I need the fields for the ticket: 'Visited 03/12 10:20. Fault: "
      "corroded splitter in loft. Replaced splitter (part SP-2). Line test 68 Mbps down / 18 up. Customer "
      "signed. Eng: D. Abara #4471.'"]),
    ("You are a customer-support assistant for an online shop.",
     ["my order arrived damaged", "I'm sorry! Could you share the order details and a photo?",
      "here's the confirmation, can you pull the order number, items and delivery address out of it for "
      "the claim? 'Order #LH-30981 — 1x Oslo lamp (white), 2x Linen cushion (sand) — Ship to: 14 Ferry Lane, "
      "Hull HU1 3AB'"]),
    ("You are a customer-support assistant for Tidewater Ferries.",
     ["from my booking confirmation, what are the vehicle reg, cabin number and check-in closing time? "
      "'Booking TW-88213 · Car: AB12 CDE · Cabin 4107 (inside, 2 berths) · Check-in closes 45 min before "
      "departure at 17:30'"]),
    ("You are LexiDraft, an assistant for reviewing commercial contracts.",
     ["is clause 12 standard?", "Yes, it's a standard governing-law clause choosing English law.",
      "ok now extract all defined terms from the definitions section I pasted, just the terms in bold, one "
      "per line"]),
    ("You are a legal-document assistant for a property management firm.",
     ["list tenant name, unit, lease start and lease end from these three snippets:\n\n1) 'Lease between "
      "Oakwood Lettings and R. Osei, Flat 3B, commencing 1 March 2026 for 12 months'\n2) 'Tenant: M. Laurent, "
      "Unit 5A, term 15/04/2026 to 14/04/2027'\n3) 'K. Nowak, Flat 1C, from 1 Sept 2026, 6-month term'"]),
    ("You are an HR assistant for Brightwell Logistics.",
     ["this is a candidate's CV text. pull out the name, current employer, years of experience and the "
      "languages they speak:\n\nDaniela Costa — Warehouse Supervisor at Norte Freight since 2019, before that "
      "4 years as a forklift operator. Speaks Portuguese (native), English (fluent), Spanish (good)."]),
    ("You are an HR assistant.",
     ["summarize the new travel policy", "Economy class for flights under 6 hours, hotel cap of 150 per night "
      "in most cities.",
      "thanks. from the full policy text, extract the per-diem amounts per country into a table please"]),
    ("You are a recipe assistant.",
     ["how long does squash soup keep in the fridge?", "Three to four days in a closed container.",
      "from this recipe blog post, just the ingredient list with quantities, skip the life story:\n\nI first "
      "made this soup in my grandmother's kitchen... anyway, you'll need 1 kg butternut squash, 2 onions, 3 "
      "cloves of garlic, 1 litre vegetable stock, 200 ml coconut milk and a teaspoon of curry powder."]),
    ("You are a travel booking assistant.",
     ["find me a hotel near Lyon Part-Dieu", "Hotel Carré Neuf, 4 minutes' walk, 112 EUR a night.",
      "booked it myself. from my hotel confirmation, what's the check-in time, the cancellation deadline and "
      "the confirmation code? 'Confirmation HX-7Q2L9. Check-in from 15:00. Free cancellation until 23:59 "
      "on 10 March.'"]),
    ("You are a meeting-notes assistant.",
     ["translate the notes into Spanish", "Aquí están las notas en español...",
      "actually forget that. from the English notes, just list who was present and who sent apologies"]),
    ("You are a kids' homework helper.",
     ["my daughter's task: find all the adjectives in this sentence. can you list them? 'The tired old dog "
      "slept under the big green tree on a sunny afternoon.'"]),
    ("You are a math tutor.",
     ["from this word problem, just list the given quantities with their units, I want my students to do "
      "the solving: 'A tank of 1,500 litres drains at 25 litres per minute while a pump adds 10 litres per "
      "minute.'"]),
    ("You are a translation app. Translate the user's text into the requested language.",
     ["don't translate, just find the names of people and companies in this German text: 'Laut Anna Berger "
      "von der Hoffmann AG wird die Fusion mit Lindqvist Tech im Frühjahr abgeschlossen.'"]),
    ("You are a summarization tool for news articles.",
     ["give me the key numbers only, not a summary: 'The city council approved a €14.2m budget for new "
      "tram lines, expected to carry 38,000 passengers a day by 2029 and cut car trips by 12%.'"]),
    ("You are a customer-support assistant for an insurance company.",
     ["does my policy cover a courtesy car?", "Yes, for up to 14 days while your car is repaired.",
      "good. from the garage invoice I pasted: labour hours, hourly rate, parts total and VAT please, as JSON"]),
    ("Eres un asistente de redacción de correos.",
     ["escribe un recordatorio para la cena del viernes",
      "¡Hola a todos! Os recuerdo la cena del viernes a las 21:00...",
      "genial. de este correo, sácame solo los nombres de los asistentes confirmados: 'Confirman Lucía, Andrés y "
      "Pilar. Tomás no puede. Sara lo confirma mañana.'"]),
    ("Eres un asistente de atención al cliente.",
     ["resume mi problema", "Tu pedido llegó incompleto y quieres que te envíen lo que falta.",
      "sí. ahora sácame de la factura que te pegué el número de factura, el NIF y el importe con IVA"]),
    ("Tu es un assistant de rédaction.",
     ["de ce compte rendu, extrais chaque tâche avec son responsable, sous forme de tableau : « Paul relance "
      "le fournisseur. Inès prépare le budget. Marc et Léa organisent le séminaire. »"]),
    ("Tu es un assistant de code.",
     ["dans ces logs, donne-moi uniquement les horodatages des erreurs 503 :\n2026-12-02 09:14:03 200 /api\n"
      "2026-12-02 09:14:07 503 /api\n2026-12-02 09:15:21 503 /pay\n2026-12-02 09:16:00 200 /pay"]),
    ("Du bist ein Schreibassistent.",
     ["Formuliere das freundlicher", "Hier eine freundlichere Fassung...",
      "Danke. Und jetzt zieh mir bitte aus der ursprünglichen Mail alle Termine mit Uhrzeit raus, als Liste"]),
    ("Du bist ein Assistent für Buchhaltung.",
     ["Aus diesen Kontoauszugszeilen: Datum, Empfänger und Betrag als Tabelle.\n03.12. Stadtwerke Bonn "
      "-84,20\n04.12. Rewe -37,65\n05.12. Gehalt Firma Klee +2.940,00"]),
    ("Você é um assistente de escrita.",
     ["desse e-mail do cliente, extrai só o nome da empresa, o CNPJ e o valor do orçamento aprovado"]),
    ("Sei un assistente per il servizio clienti.",
     ["dal messaggio del corriere dimmi solo il numero di spedizione e la finestra oraria di consegna: "
      "'Spedizione 1Z88A0 in consegna oggi tra le 14 e le 18'"]),
    ("Je bent een assistent voor data-analyse.",
     ["maak een grafiek van de klachten per maand", "Hier is een lijndiagram van januari tot en met november.",
      "top. haal uit deze klantreacties alle productnamen die genoemd worden, zonder dubbele"]),
    ("Jesteś asystentem do pisania maili.",
     ["popraw ten mail", "Oto poprawiona wersja...",
      "dzięki, a teraz wypisz z niego wszystkie kwoty i terminy płatności w tabelce"]),
    ("Ты — помощник по программированию.",
     ["не надо кода, просто вытащи из этого YAML все имена сервисов и их порты списком"]),
    ("你是一个写作助手。",
     ["帮我把这封邮件改得正式一点", "已改写为正式语气。",
      "好的，再帮我从原邮件里把所有提到的人名和他们负责的事项列出来"]),
    ("あなたはカスタマーサポートのアシスタントです。",
     ["この問い合わせメールから、注文番号・商品名・希望する対応を抜き出して表にしてください"]),
    ("당신은 번역 도우미입니다.",
     ["번역 말고, 이 영어 계약서에서 계약 기간이랑 금액만 뽑아줘"]),
    ("आप एक लेखन सहायक हैं।",
     ["cousin ke liye shaadi ka ek chhota sa message likh do",
      "Dil se badhaai ho! Aap dono ki nayi shuruaat khushiyon se bhari ho.",
      "thanks. ab is WhatsApp message se sirf shaadi ki date, venue aur RSVP number nikaal do"]),
    ("أنت مساعد للكتابة.",
     ["من هذه الرسالة، استخرج لي رقم الحجز وتاريخ الوصول وعدد الضيوف فقط"]),
    ("Bạn là trợ lý viết email.",
     ["viết giúp mình email cảm ơn khách hàng", "Kính gửi anh Minh, cảm ơn anh đã tin tưởng...",
      "ok. lấy giúp mình tất cả số điện thoại và email trong đoạn chữ ký này"]),
    (None, ["translate this receipt into English: 'Café Nero, 2 cappuccini 5,60, 1 cornetto 1,50'",
            "Café Nero, 2 cappuccinos 5.60, 1 croissant 1.50.",
            "thanks. now give it to me as JSON with item, qty and price for my expense app"]),
    (None, ["summarize this job ad", "A remote senior backend role with Go and Postgres, paying 90-110k.",
            "and pull out the exact required skills as a list, word for word from the ad"]),
]

"""Batch 15 (written 2026-12-07 by a separate writer, app-style traffic). Natural extraction requests: pull named
fields, values, dates, amounts, ids, people, addresses or table rows out of pasted emails, receipts, logs,
contracts, chats, job ads and web pages, as a list, table or JSON; many sent to an app whose system prompt is
about something else (writing, coding, support, analytics, recipes), after earlier turns that asked for another
task on the same text (a summary, a translation), or saying "no summary" while asking for fields; in many
languages."""

ONE_LINERS = """
which dates are in this email? 'Kickoff moved to Jan 14, design review Jan 28, and we still aim to ship Feb 19.'
pull the order number and the total: 'Thanks for your order WX-558201! Total charged: $83.47 to Visa ending 4410'
get me every email address in this signature block: Priya Nair | priya.nair@kestrel.io | support: help@kestrel.io
just the flight numbers from my itinerary: BA 117 LHR-JFK 09:35, then AA 1423 JFK-AUS 16:10
who's invited? 'Adding Tomás, Wen and Olu to the call; Grace can't make it, Ravi will join late'
the error codes only: E1042 timeout at 10:02, W2210 retry, E1042 again at 10:05, E3001 disk full
from 'Unit 4B, 17 Harrow Lane, Leeds LS6 2QT', give me street, city and postcode as separate fields
no summary, I only need the names of the medicines and their doses from the discharge letter above
pull the temperatures and the days from: Mon 4°, Tue 7°, Wed -1°, Thu 2°, Fri 9°
what's the IBAN and the reference in 'Please pay to DE44 5001 0517 5407 3249 31, reference INV-2026-0871'
list every product code starting with SKU- in the pasted inventory export
what are the check-in and check-out times? 'Check-in from 3 pm, check-out by 11 am, late checkout on request'
the amounts and currencies please: paid 40 USD for the visa, 2,300 JPY for the train and 18 EUR for the taxi
extract the hashtags and the @handles separately from this post
give me the job title, salary range and location from the job ad I pasted, as JSON
sácame los teléfonos y los nombres de esta lista de contactos, en dos columnas
¿qué fechas de vencimiento aparecen en el contrato? solo las fechas, sin resumen
extrais la date d'audience et le numéro de dossier de ce courrier du tribunal
donne-moi juste le montant TTC et la date de la facture, rien d'autre
Bitte nur die Lieferadresse und die Kundennummer aus dieser Bestellbestätigung
welche Zugverbindungen stehen in der Mail? Abfahrt, Ankunft und Gleis
tira os nomes dos autores e o ano de cada referência da bibliografia que colei
estrai i numeri di telaio dalle righe del registro
haal de namen en rollen uit deze vergaderverslag-aanhef: aanwezig: Sanne (voorzitter), Joris (notulist), Ilse
wyciągnij daty i kwoty przelewów z tego wyciągu
bu e-postadan toplantı tarihini, saatini ve linkini ayıkla
вытащи из переписки все адреса доставки, которые упоминал клиент
витягни з оголошення ціну, площу і поверх квартири
从这段聊天记录里把所有提到的时间和地点整理出来
この請求書から品名・数量・単価を表にして
이 공지에서 신청 기간이랑 장소만 뽑아줘
is mail se sirf PNR number aur train ka naam nikaal do
استخرج أسماء المتحدثين وعناوين محاضراتهم من جدول المؤتمر
dari chat penjual ini, tolong ambil total harga, ongkir, dan tanggal kirimnya saja
"""

LONG = [
    "From the text below, extract each person's name, their role and the deadline they agreed to, as a "
    "table.\n\nNotes from Thursday: Hana (design lead) will send the updated mockups by Monday the 8th. "
    "Marcus from finance needs the revised budget no later than the 12th. Ivy said she'd handle the vendor "
    "contract, hoping for the 15th but 'could be the 19th'. Dev will chase the legal review, no date "
    "promised.",
    "Here's a pasted receipt. I need it as JSON with store, date, items (name, qty, price) and total.\n\n"
    "GREENLEAF GROCER  12/02/2026 18:41\nOat milk 1L      x2   3.58\nSourdough loaf   x1   4.20\nFree-range eggs "
    "(12) x1 3.95\nSpinach 200g     x1   1.60\nSUBTOTAL 13.33\nDISCOUNT -1.00\nTOTAL 12.33\nPAID CARD",
    "Our server log is below. List every request that took longer than 1000 ms with its path and status. "
    "Don't explain anything.\n\n2026-12-01T09:14:02Z GET /api/items 200 212ms\n2026-12-01T09:14:05Z POST "
    "/api/orders 201 1430ms\n2026-12-01T09:14:07Z GET /api/items/77 404 38ms\n2026-12-01T09:14:11Z GET "
    "/api/reports/monthly 200 5120ms\n2026-12-01T09:14:15Z PUT /api/users/12 200 980ms\n2026-12-01T09:14:19Z "
    "POST /api/export 500 2210ms",
    "Can you find all the numbers that are actually measurements in this product description, with units? "
    "'The Nomad 40 backpack weighs 1.3 kg, holds 40 litres, and fits laptops up to 16 inches. The bottle "
    "pockets take 750 ml bottles. Dimensions: 55 x 35 x 22 cm. Over 12,000 happy customers since 2019.'",
    "Forwarded message below. I don't want a summary, I just need the names of the hotels, the nights at "
    "each and the confirmation codes.\n\n> Your stay at Hotel Ondina, Lisbon: 3 nights from 4 April, "
    "confirmation LQ83920.\n> Casa do Rio, Porto: 2 nights from 7 April, conf. PR-11027.\n> Your booking at "
    "Pousada Serra, Manteigas (1 night, 9 April) is pending payment, ref. PS 7781.",
    "List every clause number and what obligation it puts on the tenant, nothing else:\n\n3.1 The Tenant "
    "shall pay the rent monthly in advance. 3.2 The Landlord shall insure the building. 4.4 The Tenant shall "
    "keep the interior in good repair, fair wear and tear excepted. 5.2 The Tenant shall not sublet without "
    "written consent. 6.1 The Landlord may enter with 24 hours' notice. 7.3 The Tenant shall return all keys "
    "at the end of the term.",
    "Extrae los datos del paciente en formato JSON (nombre, fecha de nacimiento, alergias, medicación "
    "actual):\n\nPaciente: Lucía Ferrer Gómez, nacida el 03/07/1961. Refiere alergia a la penicilina y al "
    "marisco. Toma enalapril 10 mg cada 24 h y metformina 850 mg dos veces al día. Acude por dolor lumbar.",
    "Voici un échange de mails. Je veux la liste des pièces demandées par la banque et pour chacune, si le "
    "client l'a déjà envoyée.\n\nBanque : il nous manque vos trois derniers bulletins de salaire, votre avis "
    "d'imposition et un justificatif de domicile.\nClient : je vous joins l'avis d'imposition et une facture "
    "EDF. Les bulletins suivent demain.\nBanque : bien reçu, merci. Il faudra aussi le compromis de vente "
    "signé.",
    "Aus dem folgenden Stellenangebot brauche ich: Firma, Standort, Arbeitszeit, Gehalt und Bewerbungsfrist. "
    "Als Liste.\n\nDie Brunnhuber Logistik GmbH sucht für ihren Standort Regensburg eine Disponentin / einen "
    "Disponenten in Teilzeit (30 Std./Woche). Vergütung: 2.900 bis 3.300 € brutto monatlich. Bewerbungen "
    "bitte bis zum 15. Januar über unser Portal.",
    "以下是会议纪要，请只提取出所有的待办事项、负责人和截止日期，做成表格：\n\n1. 张伟负责联系供应商，确认报价，周三前完成。"
    "2. 市场部下周一前提交推广方案，由刘芳牵头。3. 网站改版延期，暂定月底，负责人未定。4. 王磊整理客户反馈，本周五。",
    "次のメールから、イベント名・日時・会場・参加費を抜き出してください。\n\n皆さま、年末の交流会のお知らせです。12月19日（金）"
    "18時半から、渋谷の「カフェ・ソラ」2階で開催します。参加費は3,000円、当日受付でお支払いください。",
]

CHATS = [
    ("You are Paperkite, a writing assistant that helps people polish emails and essays.",
     ["pull the dates out of this email for my calendar, I don't need it rewritten: 'Hi all, the landlord "
      "inspection is on the 9th at 10, the plumber comes the 11th between 8 and 12, and rent is due on the "
      "1st as usual.'"]),
    ("You are Paperkite, a writing assistant.",
     ["can you make this email friendlier?", "Sure: 'Hi Tom, hope your week's going well! Just a quick "
      "reminder that the report is due Friday.'",
      "thanks. now from the original thread I pasted earlier, list everyone who was cc'd and their email "
      "addresses, nothing else"]),
    ("You are Tessellate, an IDE agent that edits code in the open workspace.",
     ["not asking for code: from this stack trace, list the file names and line numbers in order.\n"
      "File 'app/main.py', line 41, in handle\nFile 'app/orders.py', line 118, in create\nFile "
      "'app/db.py', line 22, in insert"]),
    ("You are Tessellate, an IDE agent.",
     ["summarise what package.json is for", "It lists the project's dependencies, scripts and metadata for "
      "npm.",
      "ok, now pull every dependency name and version out of the package.json I pasted, as a two-column "
      "table. devDependencies separately"]),
    ("You are Forge, a coding assistant inside the terminal.",
     ["from this docker ps output, give me container name, image and status only:\n"
      "a1b2c3 postgres:16 'docker-entrypoint' Up 3 hours db\nd4e5f6 redis:7 'redis-server' Up 3 hours cache\n"
      "0a9b8c gateway:dev 'python -m app' Exited (1) 5 minutes ago gateway"]),
    ("You are DataLoom, an analytics copilot.",
     ["no analysis, please just turn this into rows: 'North region: 1,240 units, 38k revenue; South: 980 "
      "units, 31k; East 1,505 units and 44k; West didn't report'"]),
    ("You are DataLoom, an analytics copilot.",
     ["what's the trend in this feedback?", "Mostly positive about speed, repeated complaints about the "
      "export button.",
      "right. now extract every feature name customers mention in the feedback, with how many times each "
      "one comes up"]),
    ("You are ShopAssist, the customer-support bot for Harbour & Pine.",
     ["I'm pasting my three order confirmations. can you just list order number, date and delivery "
      "address for each? I think one went to my old flat"]),
    ("You are a customer-support assistant for Lumen Energy.",
     ["from my bill text: 'Account 448-2201-7, MPAN 16 1200 0234 567, meter serial E19K04412, tariff "
      "Flex-Nov26' - give me the account number and the MPAN only"]),
    ("You are a customer-support assistant for Corvid Broadband.",
     ["why is my bill higher this month?", "There's a one-off engineer visit charge of 45.00 and the end of "
      "your discount period.",
      "ugh. fine. can you pull every line item and its amount from the bill text I pasted, so I can put it "
      "in my spreadsheet?"]),
    ("You are Clausewise, an assistant that reviews employment contracts.",
     ["extract the start date, probation length, salary, notice period and holiday entitlement from the "
      "contract above. table please, no commentary"]),
    ("You are Clausewise, an assistant that reviews employment contracts.",
     ["translate the benefits section into Spanish", "Beneficios: seguro médico privado, 25 días de "
      "vacaciones, bonificación anual según objetivos.",
      "gracias. now back to the English original: list every number in the benefits section and what it "
      "refers to"]),
    ("You are a legal research assistant for a small litigation firm.",
     ["from this judgment excerpt give me the case name, court, date and the judges' names. 'Harwood v "
      "Pell Logistics Ltd, Court of Appeal, 14 March 2023, before Lady Justice Amir, Lord Justice Crane and "
      "Lord Justice Okafor.'"]),
    ("You are PeopleDesk, an HR assistant.",
     ["from these leave requests, list the employee, first day and last day:\n- Jo: off from 22 Dec back on "
      "5 Jan\n- Ramesh: 27-31 Dec\n- Elena: just the 2nd of Jan"]),
    ("You are PeopleDesk, an HR assistant.",
     ["write a short welcome message for new hires", "Welcome aboard! We're glad you're here. Your buddy "
      "will reach out today to help you settle in.",
      "nice. separate thing: pull the names and start dates out of the onboarding list I pasted and put "
      "them in date order"]),
    ("You are Sprig, a recipe and meal-planning assistant.",
     ["don't give me a recipe, just extract the shopping list with quantities from this blog post I pasted, "
      "grouped by aisle if you can"]),
    ("You are Wayfarer, a travel-booking assistant.",
     ["here's my booking email dump. I need every confirmation number with what it belongs to (flight, "
      "hotel, car)"]),
    ("You are Wayfarer, a travel-booking assistant.",
     ["is this itinerary doable?", "Yes, but the 40-minute connection in Vienna is tight if the first "
      "flight is late.",
      "ok. extract each leg with airline, flight number, departure and arrival times, so I can send it to "
      "my mum"]),
    ("You are a tutoring assistant for high-school biology.",
     ["not biology: from my timetable text, give me only the days and times of the exams, not the lessons"]),
    ("You are an assistant that drafts property listings for estate agents.",
     ["from the surveyor's notes I pasted, extract the rooms and their dimensions into a table, metres "
      "only"]),
    (None,
     ["summarise this press release", "The company raised 12M in Series A to expand into Germany and hire "
      "30 engineers.",
      "and now the names of all the investors it mentions, plus the lead investor marked"]),
    (None,
     ["translate this into English: 'Reunión el martes 9 a las 16:00 en la sala Atlas con Pilar y Andrés'",
      "Meeting on Tuesday the 9th at 16:00 in the Atlas room with Pilar and Andrés.",
      "great, now pull that into fields: date, time, room, attendees"]),
    (None,
     ["write a tweet announcing our webinar", "Join us Thursday for a 30-minute webinar on cutting cloud "
      "costs. Free, live Q&A. Link below!",
      "cool. from the webinar page text I pasted first, extract the speakers, their companies and the "
      "registration deadline"]),
    (None,
     ["is this a phishing email?", "Likely yes: the sender domain doesn't match the bank and the link "
      "points to a different site.",
      "list the sender address, every link and every phone number in it so I can report them"]),
    ("Eres un asistente para redactar publicaciones en redes sociales.",
     ["no me escribas nada, solo saca los precios y las tallas disponibles de esta ficha de producto que "
      "te pego"]),
    ("Eres un asistente de atención al cliente de una aerolínea.",
     ["¿puedo cambiar mi vuelo?", "Sí, con tarifa Flex el cambio no tiene coste; solo pagas la diferencia "
      "de tarifa.",
      "vale. de este correo de confirmación, sácame el localizador, el número de billete y el asiento"]),
    ("Tu es un assistant de rédaction pour un cabinet comptable.",
     ["pas besoin de reformuler. dans ce relevé, liste les prélèvements avec leur date, le créancier et le "
      "montant"]),
    ("Tu es un assistant de code pour développeurs.",
     ["explique cette requête SQL", "Elle compte les commandes par client sur les 30 derniers jours et "
      "garde ceux qui en ont plus de 5.",
      "ok. dans le résultat que je t'ai collé, extrais les identifiants clients et leur nombre de commandes "
      "en JSON"]),
    ("Du bist ein Assistent für Marketingtexte.",
     ["keinen Text bitte. Zieh mir aus diesem Pressebericht alle Zitate raus, mit Namen der Person, die "
      "zitiert wird"]),
    ("Du bist ein Kundenservice-Bot für einen Onlineshop.",
     ["Fass mir meine Reklamation zusammen", "Sie reklamieren einen Riss im Kaffeevollautomaten, gekauft "
      "am 3. November.",
      "genau. Und jetzt bitte nur die Seriennummer, die Bestellnummer und das Kaufdatum aus meiner "
      "Nachricht"]),
    ("Você é um assistente de escrita para criadores de conteúdo.",
     ["tira da transcrição do vídeo todos os nomes de produtos e marcas que eu mencionei, sem repetir"]),
    ("Sei un assistente per la contabilità di un piccolo negozio.",
     ["riassumi questo estratto conto", "Nel mese: entrate 14.200 €, uscite 11.900 €, saldo positivo.",
      "bene. ora estrai solo i bonifici in uscita sopra i 500 €, con data e beneficiario"]),
    ("Je bent een schrijfassistent voor nieuwsbrieven.",
     ["geen tekst schrijven: haal de datums, tijden en locaties van alle evenementen uit deze agenda"]),
    ("Jesteś asystentem obsługi klienta banku.",
     ["jak zmienić limit karty?", "W aplikacji: Karty > Limity > Zmień, potwierdzasz kodem SMS.",
      "dzięki. a z tego maila od banku wypisz mi tylko numer umowy, datę i nową wysokość raty"]),
    ("Sen bir seyahat planlama asistanısın.",
     ["bu otel onayından giriş tarihini, çıkış tarihini, oda tipini ve toplam tutarı çıkar"]),
    ("Ты — помощник для написания постов в соцсетях.",
     ["не надо поста. выпиши из этого отзыва все названия блюд и цены, которые упоминает гость"]),
    ("Ти — помічник служби підтримки інтернет-провайдера.",
     ["чому інтернет повільний?", "Ймовірно, через перевантаження в годину пік; перевірте швидкість по "
      "кабелю.",
      "добре. з цього листа виріж номер договору, адресу підключення і назву тарифу"]),
    ("你是一个中文写作润色助手。",
     ["不用润色，帮我把这份简历里的工作经历提取成表格：公司、职位、起止时间"]),
    ("你是一个客服机器人。",
     ["帮我总结一下这条投诉", "用户投诉快递延误五天且包装破损。",
      "好的，再把投诉里提到的订单号、快递单号和联系电话单独列出来"]),
    ("あなたは文章校正アシスタントです。",
     ["校正は不要です。この議事録から決定事項だけを箇条書きで抜き出してください"]),
    ("당신은 이메일 작성 도우미입니다.",
     ["이 메일에서 견적 금액, 납기일, 담당자 연락처만 정리해 줘"]),
    ("आप एक ईमेल लिखने वाले सहायक हैं।",
     ["yeh email chhota karo", "Meeting kal 11 baje, agenda attached, sab log time pe aayein.",
      "theek hai. ab original email se sirf attendees ke naam aur unke department nikaal do"]),
    ("أنت مساعد لكتابة المحتوى التسويقي.",
     ["لا أريد نصاً جديداً. استخرج من هذا الإعلان السعر والمقاس واللون وطريقة الدفع"]),
    ("Anda adalah asisten penulis untuk blog kuliner.",
     ["jangan dirangkum ya, cukup ambil nama restoran, alamat, dan jam buka dari ulasan yang saya tempel"]),
    ("Bạn là trợ lý dịch thuật.",
     ["dịch đoạn này sang tiếng Anh", "The meeting is postponed to Friday at 3 pm at the Hanoi office.",
      "cảm ơn. giờ lấy ra giúp mình ngày, giờ và địa điểm dưới dạng JSON"]),
    ("Είσαι βοηθός συγγραφής για ιστολόγια ταξιδιών.",
     ["μη γράψεις τίποτα. βγάλε μου από αυτό το κείμενο τα ονόματα των χωριών και τις αποστάσεις σε "
      "χιλιόμετρα"]),
]

"""Batch 13 (written 2026-12-07 by a separate writer, app-style traffic). Natural extraction requests: pull
named fields, values, entities, dates, ids, amounts or rows out of pasted text or retrieved context (as a list,
table or JSON), in many languages; many sent to an app whose system prompt is about something else, or after
earlier turns that asked for another task (often a summary of the same text)."""

ONE_LINERS = """
what's the booking reference in this? 'Your reservation PNR QX7R2L for 2 adults is confirmed'
who signed it and when? 'Signed on behalf of Arlo Ltd by M. Petrov, Director, 14 October 2026'
grab every URL from this paragraph: docs at https://docs.arlo.dev, status at status.arlo.dev, blog at arlo.dev/blog
list the hashtags only: loving the #autumn light in #Porto today, #travel #nofilter
which IBAN do they want me to pay into? 'Please transfer to IBAN DE44 5001 0517 5407 3249 31, ref. INV-8812'
get the version numbers mentioned: upgraded from 3.9.2 to 4.0.1, but the plugin still needs 3.x
what time and where? 'Drinks for Hana's leaving do, Thursday 6:30pm at The Crown, upstairs room'
just the numbers: blood pressure 128/84, pulse 72, temperature 36.9, weight 71.4 kg
make a list of all the products and prices: espresso 2.20, flat white 3.40, croissant 2.10, banana bread 3.00
which meds and what doses? 'continue metformin 500mg twice daily, start atorvastatin 20mg at night'
the policy number, start date and premium please: Policy HX-44192, cover from 01/03/2027, annual premium £412.60
any dates in here? 'We met in spring, agreed terms on 3 May and the first delivery went out 19 June'
who are the speakers in this transcript and how many times does each talk
pull out every error code from the log above
dame solo el CIF y la razón social: Distribuciones Almar S.L., CIF B-12345678, Calle Mayor 4, Zaragoza
sácame las fechas de vencimiento de cada factura en una tabla
donne-moi juste le numéro de commande et le montant : commande n° 78-1120, total TTC 249,90 €
extrais les noms des participants de ce compte rendu
welche Telefonnummern stehen da drin? 'Zentrale 030 123456, Notdienst 0171 9876543, Fax 030 123459'
zieh mir aus der Mail Datum, Uhrzeit und Ort des Termins raus
extrai os nomes das empresas citadas nesta notícia
estrai solo gli importi e le scadenze dal contratto
haal alle e-mailadressen uit deze tekst
wyciągnij z tego maila numer faktury i kwotę do zapłaty
bu faturadaki vergi numarası ve toplam tutar ne?
вытащи из письма номер заказа и трек-номер
знайди в тексті всі імена та посади
从这段文字里提取所有的日期和金额
この文章から人名と会社名を抜き出して
이 이메일에서 주문번호랑 배송지 주소만 뽑아줘
"""

LONG = [
    "From this job posting, give me JSON with title, location, salary_range, contract_type:\n\nWe're hiring a "
    "Senior Data Engineer to join our Lisbon office (hybrid, 3 days on site). Permanent contract. Salary "
    "€58,000-€70,000 depending on experience, plus annual bonus. You'll own our ingestion pipelines and mentor "
    "two junior engineers.",
    "Pull out every deadline and who owns it:\n\nHi all, quick recap. Sam will send the revised floor plan by "
    "Tuesday. The electrician's quote is on Priya, ideally before the 12th. I'll book the skip for the week of "
    "the 20th. Lukas, the window order has to be placed by end of month or we lose the slot.",
    "Give me a table (date | merchant | amount | category) from these bank notifications:\n\n'You spent £23.40 "
    "at Tesco on 2 Dec' 'Payment of £9.99 to Spotify on 3 Dec' 'You spent £61.00 at Shell on 3 Dec' 'Payment "
    "of £1,150.00 to Oakwood Lettings on 4 Dec'",
    "Which clauses mention a money amount, and what are the amounts? Just list clause number and amount.\n\n"
    "4.1 The deposit is two thousand euros (EUR 2,000). 4.2 Rent is payable monthly in advance. 4.3 Late "
    "payment incurs a fee of EUR 35 per week. 5.1 The tenant shall keep the premises clean. 6.2 Early "
    "termination costs one month's rent, EUR 1,450.",
    "Extract name, email, company and what they asked for from each of these contact-form submissions:\n\n1) "
    "'Hi, Tomás Ruiz from Veloz Cargo, tomas@velozcargo.es, we'd like a demo for 20 users.'\n2) 'This is Aiko "
    "Mori (aiko.mori@kitanet.jp) at Kita Networks, asking about your SLA for the enterprise tier.'\n3) 'Jo, "
    "freelancer, jo.b@fastmail.com, is there a student discount?'",
    "I need the key facts for the CRM: flight numbers, dates, departure times and seat numbers.\n\nItinerary "
    "for Ms L. Haddad\nOUT: EK 006, 14 JAN 2027, LHR 14:15 -> DXB 00:40+1, seat 42K\nRETURN: EK 005, 22 JAN "
    "2027, DXB 07:45 -> LHR 11:30, seat 38A\nBaggage: 2 x 23 kg",
    "Here's a stack trace. Just give me the exception type, the file and the line number where it was "
    "raised:\n\nTraceback (most recent call last):\n  File \"app/main.py\", line 88, in handle\n    result = "
    "pricing.quote(order)\n  File \"app/pricing.py\", line 214, in quote\n    rate = RATES[order.region]\n"
    "KeyError: 'ap-south-2'",
    "From the lease below, give me a JSON object with: landlord, tenant, property_address, start_date, "
    "term_months, monthly_rent, deposit, rent_due_day, notice_period_tenant, pets_allowed, break_clause.\n\n"
    "THIS TENANCY AGREEMENT is made on 12 December 2026 between Harold James Whitcombe of 4 Elm Rise, Bath BA1 "
    "2QT ('the Landlord') and Sofia Marquez and Daniel Okafor ('the Tenants'). 1. The Landlord lets to the "
    "Tenants the property known as Flat 3, 17 Gay Street, Bath BA1 2PD ('the Property'). 2. The tenancy "
    "begins on 1 January 2027 and continues for a fixed term of twelve (12) months. 3. The rent is £1,350 per "
    "calendar month, payable in advance on the first day of each month by standing order. 4. The Tenants shall "
    "pay a deposit of £1,557.69, which will be protected in a government-approved scheme within 30 days of "
    "receipt. 5. Either party may end the tenancy after the sixth month by giving not less than two months' "
    "written notice (the 'break clause'). 6. After the fixed term, the tenancy continues as a periodic tenancy "
    "and the Tenants must give at least one month's notice ending on the last day of a rental period. 7. No "
    "animals may be kept at the Property without the Landlord's prior written consent, which will not be "
    "unreasonably withheld for one cat or one small dog. 8. The Tenants are responsible for council tax, "
    "utilities and the TV licence.",
    "Extrae de esta receta médica: paciente, medicamento, dosis, frecuencia y duración.\n\nPaciente: Carmen "
    "Ortega Ruiz. Amoxicilina 875 mg, un comprimido cada 12 horas durante 7 días. Ibuprofeno 600 mg si hay "
    "dolor, máximo 3 al día.",
    "Peux-tu extraire les informations du bien : surface, nombre de pièces, étage, prix et charges ?\n\nÀ "
    "vendre, Lyon 6e : bel appartement de 78 m², 4 pièces, au 3e étage avec ascenseur, balcon filant. Prix : "
    "465 000 €. Charges de copropriété : 210 €/mois. DPE C.",
    "Bitte aus diesem Lebenslauf nur die Stationen als Liste: Arbeitgeber, Position, von–bis.\n\n2015–2018 "
    "Werkstudent bei Siemens, Erlangen. 2018–2021 Softwareentwickler bei DATEV, Nürnberg. Seit 2021 Teamleiter "
    "Backend bei Check24, München.",
    "这是一份快递单，帮我提取寄件人、收件人、电话和运单号：\n\n寄件人：李伟，上海市徐汇区漕溪北路88号，电话13800138000。"
    "收件人：陈静，杭州市西湖区文三路12号，电话13912345678。运单号：SF1234567890123。",
]

CHATS = [
    ("You are a RAG assistant for a procurement team. Use the retrieved context.\n\nContext: Supplier "
     "agreement with Brenner Metall GmbH. Term: 1 Jan 2027 to 31 Dec 2028. Payment: 45 days net. Volume "
     "discount: 3% above 200 t/year. Penalty for late delivery: 0.5% per day, capped at 10%. Governing law: "
     "Germany.",
     ["is the agreement still in force?", "Yes, it runs from 1 January 2027 to 31 December 2028.",
      "give me just the payment terms, the penalty rate and the cap, as three lines"]),
    ("You are a RAG assistant for a procurement team.",
     ["summarize the Brenner agreement", "A two-year supply deal for 2027-28 on 45-day terms, with a volume "
      "discount and capped late-delivery penalties under German law.",
      "ok now I need the exact fields for our system: supplier name, start date, end date, payment days, "
      "discount %, governing law. JSON please"]),
    ("You are an assistant for a recruiting agency.",
     ["write a short rejection email",
      "Thank you for your application. We have decided to move forward with other candidates.",
      "from this CV text, pull name, phone, email, years of experience and languages:\n\n'Marta Kowalczyk, "
      "+48 601 222 333, m.kowalczyk@poczta.pl. 9 years in logistics planning. Languages: Polish (native), "
      "English (C1), German (B1).'"]),
    ("You are a customer-support assistant for Lumen Home.",
     ["can I change the delivery address?", "Yes, until the order is dispatched, under My Orders > Edit.",
      "a customer pasted their order confirmation, what's the order number, delivery date and the items? "
      "'Order LH-55310 confirmed. Delivery Tue 16 Dec. Items: 1x Oslo lamp, 2x linen cushion cover, 1x oak "
      "side table.'"]),
    ("You are a customer-support assistant.",
     ["translate this complaint into English: 'El pedido 4421 llegó sin el cargador y con la caja rota.'",
      "Order 4421 arrived without the charger and with the box broken.",
      "now fill the ticket fields from it: order_id, missing_items, damage (yes/no)"]),
    ("You are Pico, a coding agent with access to the user's repository.",
     ["add a .env.example file", "Created .env.example with placeholder values.",
      "list all the environment variables this config reads, just names:\n\ndb_url = os.environ['DATABASE_URL']"
      "\nredis = os.getenv('REDIS_URL', 'redis://localhost')\ndebug = os.getenv('APP_DEBUG') == '1'\nkey = "
      "os.environ['STRIPE_SECRET_KEY']"]),
    ("You are a coding assistant.",
     ["why is my nginx returning 502?", "Usually the upstream isn't reachable; check the app is listening on "
      "the port in proxy_pass.",
      "ok, from this error log give me just the timestamps and upstream addresses that failed:\n\n2026/12/06 "
      "10:01:12 [error] connect() failed (111) upstream: \"http://10.0.0.5:8000/\"\n2026/12/06 10:01:15 "
      "[error] connect() failed (111) upstream: \"http://10.0.0.6:8000/\""]),
    ("You are a DevOps assistant.",
     ["how do I get pods in the staging namespace?", "kubectl get pods -n staging",
      "which pods are not Running in this output?\n\nNAME            READY  STATUS            RESTARTS\napi-7f9c  "
      "1/1    Running           0\napi-8d2a  0/1    CrashLoopBackOff  14\nworker-1b  1/1   Running           2\n"
      "worker-3c  0/1   Pending           0"]),
    ("You are a meeting assistant.",
     ["summarize the call", "The team agreed to ship the beta on 20 January, with Omar handling the release "
      "notes and Lena the customer emails.",
      "now just the action items as owner | task | due date"]),
    ("You are a finance assistant for a small business.",
     ["can I expense a lunch with a client?", "Yes, up to 40 per person with the client's name noted.",
      "from this receipt text, give me vendor, date, VAT number, net, VAT and total:\n\nCAFÉ LUNA\nVAT "
      "GB123456789\n05/12/2026 12:41\n2x Soup 11.00\n1x Sandwich 6.50\nNet 14.58\nVAT 2.92\nTotal 17.50"]),
    ("You are a finance assistant.",
     ["write a polite payment reminder", "Dear client, a friendly reminder that invoice 2026-231 is now due...",
      "forget the reminder, from the three invoices I pasted earlier just list invoice number and due date"]),
    ("You are a legal assistant.",
     ["what are the notice periods in this lease? just the numbers and who they apply to:\n\n'The Landlord may "
      "terminate on six months' notice. The Tenant may terminate on three months' notice after the first year. "
      "During the first year the Tenant's notice is six months.'"]),
    ("You are an HR assistant.",
     ["summarize the holiday policy",
      "Leave over Christmas needs approval by 1 December; max two people per team off at once.",
      "from these leave requests make a list of name, first day, last day:\n\n'Nora off 22-24 Dec', 'Felix "
      "away from 27 Dec back 3 Jan', 'Priya one day, 31 Dec'"]),
    ("You are a travel assistant.",
     ["the hotel confirmation is below, I just need check-in date, check-out date, confirmation number and the "
      "cancellation deadline:\n\nHotel Aurora, Reykjavik. Confirmation 88120-AB. Arrival 10 Feb 2027, departure "
      "14 Feb 2027. Free cancellation until 3 Feb 2027 18:00 local time."]),
    ("You are a medical records assistant.",
     ["what does CRP measure?", "C-reactive protein, a general marker of inflammation.",
      "list the lab values that are flagged as abnormal:\n\nHb 13.9 g/dL (12-16)\nWBC 11.8 (4-10) H\nPlatelets "
      "250 (150-400)\nCRP 24 mg/L (<5) H\nSodium 131 mmol/L (135-145) L"]),
    ("You are a research assistant.",
     ["from these citations extract author surnames and year only:\n\nNguyen & Park (2019), 'Urban heat...'; "
      "Okonkwo, A. (2022). Soil carbon...; Smith, J., Lee, K., & Diaz, R. (2017). Deep learning..."]),
    ("You are a marketing assistant.",
     ["write a tagline for our new running shoe", "Light on your feet, heavy on the miles.",
      "thanks. separate thing: from the influencer list below, pull handle, follower count and platform into a "
      "table:\n\n@runwithmaya 82k Instagram, @km_king 41k TikTok, @trailtess 12k YouTube"]),
    ("You are an e-commerce catalog assistant.",
     ["write a title for a used iPhone listing", "Apple iPhone 13, 128GB, Midnight, good condition, unlocked",
      "extract brand, model, storage and colour from these listing titles:\n\n'Apple iPhone 15 128GB Blue "
      "Unlocked', 'Samsung Galaxy S24 256 GB Onyx Black', 'Google Pixel 8a 128GB Bay'"]),
    ("You are a real-estate assistant.",
     ["describe this flat nicely", "Sunny two-bed with a balcony over the park...",
      "nope, I need the raw data: rooms, floor, area in m2, rent, deposit, from the listing I pasted"]),
    ("You are a logistics assistant.",
     ["which shipments are delayed and by how many days?\n\nSH-101 ETA 02/12 delivered 02/12\nSH-102 ETA 03/12 "
      "delivered 06/12\nSH-103 ETA 04/12 delivered 04/12\nSH-104 ETA 05/12 delivered 09/12"]),
    ("Eres un asistente de contabilidad.",
     ["de estas facturas sácame proveedor, fecha e importe total en una tabla:\n\nFactura 101, Papelería Sol, "
      "02/11, 84,20 €\nFactura 102, Limpiezas Brillo, 05/11, 310,00 €\nFactura 103, Telefónica, 10/11, 59,90 €"]),
    ("Eres un asistente de soporte técnico.",
     ["resume el problema del cliente", "El cliente no puede iniciar sesión desde que cambió de móvil.",
      "vale, ahora extrae de su mensaje el modelo del móvil, la versión de la app y el correo"]),
    ("Tu es un assistant RH.",
     ["extrais de ce courriel le nom du candidat, le poste visé et ses disponibilités pour l'entretien"]),
    ("Du bist ein Assistent für die Buchhaltung.",
     ["Wie lange muss ich Rechnungen aufbewahren?", "In Deutschland in der Regel acht bis zehn Jahre.",
      "Aus dieser Rechnung bitte Rechnungsnummer, Datum, Nettobetrag, MwSt. und Bruttobetrag:\n\nRechnung "
      "Nr. 2026-0457 vom 28.11.2026. Leistung: Wartung Heizungsanlage. Netto 420,00 €, zzgl. 19 % MwSt. 79,80 €, "
      "Gesamt 499,80 €."]),
    ("Você é um assistente jurídico.",
     ["me traz só as partes, o valor e o prazo deste contrato: 'Contrato entre Beta Ltda. e Carlos Souza, "
      "prestação de serviços de design, valor de R$ 8.000, prazo de 60 dias a partir da assinatura.'"]),
    ("Sei un assistente per la logistica.",
     ["dammi in JSON mittente, destinatario e peso per ogni spedizione dell'elenco qui sopra"]),
    ("Jesteś asystentem biura podróży.",
     ["wypisz z tej rezerwacji: nazwisko, daty pobytu, typ pokoju i cenę: 'Rezerwacja dla p. Nowak, 12-15 "
      "lutego, pokój dwuosobowy z widokiem na morze, 1 240 zł ze śniadaniem.'"]),
    ("Ты — ассистент для бухгалтерии.",
     ["переведи этот счёт на английский", "Invoice No. 118 dated 1 December...",
      "не, лучше просто выпиши из счёта ИНН, сумму и дату оплаты"]),
    ("Ти — асистент для юристів.",
     ["витягни з договору сторони, дату підписання і суму: 'Договір № 17 від 3 грудня 2026 р. між ТОВ "
      "«Світанок» і ФОП Іваненко О.П. на суму 45 000 грн.'"]),
    ("你是一个人事助手。",
     ["帮我从这几份简历里提取姓名、学历和工作年限，做成表格"]),
    ("あなたは経理アシスタントです。",
     ["この請求書から請求番号、金額、支払期限を抜き出して：請求書No.A-2291、ご請求金額 88,000円（税込）、"
      "お支払期限 2027年1月31日"]),
    ("당신은 고객 지원 도우미입니다.",
     ["이 문의에서 고객 이름, 주문번호, 문제 내용만 정리해줘: '안녕하세요, 김민수입니다. 주문번호 20261205-77 "
      "상품이 파손되어 왔어요.'"]),
    ("أنت مساعد لإدارة الموارد البشرية.",
     ["استخرج من هذا الطلب: الاسم، القسم، تاريخ بداية الإجازة ونهايتها: أحمد سالم، قسم المبيعات، إجازة من 5 "
      "يناير حتى 12 يناير"]),
    (None, ["summarize this email: 'Hi, following our call, we agree on 1,200 units at €14.50 each, delivery "
            "in two batches on 15 Feb and 15 Mar, payment 30 days after each delivery. Best, Ilse (Vanta BV)'",
            "Vanta BV confirms 1,200 units at €14.50, delivered in two batches (15 Feb, 15 Mar), each paid 30 "
            "days after delivery.",
            "perfect, now as fields: quantity, unit price, delivery dates, payment terms, company"]),
    (None, ["fix my regex for emails: [a-z]+@[a-z]+", "Try [\\w.+-]+@[\\w-]+\\.[\\w.]+ to allow dots, digits "
            "and subdomains.",
            "cool, now just use your eyes instead: pull the emails out of this: 'ping ana.g@kelp.io or "
            "ops+alerts@kelp.io, cc the founder at raj@kelp.co.uk'"]),
    (None, ["write a short poem about invoices", "Paper snow drifts on my desk...",
            "haha. ok real task: from the invoice text below extract the supplier name and total\n\nFACTUUR 7781 "
            "- Groen & Zn BV - totaal incl. btw € 1.089,00"]),
    (None, ["hey", "Hi! What can I do for you?",
            "can you get me all the phone numbers from my notes: call Ines 06 12 34 56 78, plumber 01 44 55 66 77, "
            "and the school office 01 40 00 00 01"]),
]

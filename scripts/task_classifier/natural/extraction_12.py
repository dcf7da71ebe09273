"""Batch 12 (written 2026-12-07 by a separate writer, app-style traffic). Natural extraction requests: pull
named fields, entities, amounts, dates, ids or rows out of pasted text, including requests worded as "summarise
into a table of fields" or "just give me the total and the date"; often sent to an app whose system prompt is
about something else, or after earlier turns that asked for another task."""

ONE_LINERS = """
just give me the total and the due date: Invoice 2291, issued 02/11, net 1,140.00, VAT 228.00, total 1,368.00, due 02/12
which flight number and gate? 'BA 2716 to Nice now boarding at gate B34, final call 10:55'
pull the order ids out of this: shipped #A-10293, #A-10294 on hold, #A-10301 refunded
list every person and their role: Mira (PM), Jon - backend, Tess the designer, and Omar on QA
emails and phone numbers only please: reach Dana at dana.k@lumio.io / +1 415 555 0134, or the desk at 555 0199
what's the deadline mentioned in this email? 'we'd need the signed copy back no later than Thursday 19 March'
find the license plates: a grey VW (B-KL 4471) and a red Fiat (M-ZX 902) were parked outside
the reading from this sensor log please: [07:14:22] temp=21.6C hum=44% co2=812ppm
summarise this into a table of fields (vendor, amount, date): Paid Stripe 49.00 on Nov 3, AWS 312.18 on Nov 5, Figma 15.00 on Nov 9
which account numbers appear here? transfers from 4410-22 to 4410-87 and from 5120-03 to 4410-22
take out the ingredient quantities: 200 g flour, 2 eggs, a pinch of salt, 300 ml milk, 30 g butter
what's the tracking code and carrier? 'DHL Express 7738 2201 94 – estimated delivery Wednesday'
give me the author, year and journal: Okafor, N. (2021). Soil microbes in dry seasons. Journal of Arid Ecology, 14(2)
extract the SKU and stock: TB-220 in stock 14 / TB-310 out of stock / TB-100 in stock 310
saca el nombre del titular y el número de póliza: Póliza 88-4410-ES a nombre de Rocío Méndez Gil
extrais les adresses : livraison au 14 rue des Lilas, 69003 Lyon ; facturation au 2 bd Voltaire, 75011 Paris
Gib mir nur die Kundennummer und das Vertragsende: Kundennr. 550-31872, Vertrag läuft bis 31.08.2027
wypisz nazwy leków i dawki: ibuprofen 400 mg 3x dziennie, omeprazol 20 mg rano
bu metinden şirket adlarını çıkar: Arçelik, Koç Holding ve Vestel görüşmeye katıldı
витягни всі суми: оренда 12 000 грн, комуналка 2 350 грн, інтернет 250 грн
ambil nomor resi dan nama kurir: paket dikirim via JNE dengan resi JT0012345678
trích xuất tên và số điện thoại: anh Minh 0912 345 678, chị Lan 0987 654 321
"""

LONG = [
    "Summarise this into a table with columns name | start date | end date | days:\n\nLeave requests this "
    "month: Paula from 4 Dec to 8 Dec, Ken the 11th through the 13th, Ahmed one day on 22 Dec, and Lisa from "
    "27 Dec until 2 Jan.",
    "I only need three things from this contract: the parties, the start date and the notice period.\n\n"
    "THIS SERVICE AGREEMENT is entered into on 1 February 2027 between Kestrel Analytics Ltd ('Provider') and "
    "Marlow Foods plc ('Client'). The term begins on the Effective Date and continues for 24 months. Either "
    "party may terminate with ninety (90) days' written notice. Fees are set out in Schedule 2.",
    "Give me JSON with keys error_code, service, timestamp for each error line:\n\n2026-12-01T08:12:44Z INFO "
    "auth ok user=17\n2026-12-01T08:12:51Z ERROR billing E502 upstream timeout\n2026-12-01T08:13:02Z WARN "
    "search slow query 2.1s\n2026-12-01T08:13:40Z ERROR auth E401 token expired",
    "From this customer message, pull out: order number, product, problem, what they want.\n\n'Hi, I ordered "
    "the Nimbus 2 headphones (order 77-4410) and the left side stopped working after a week. I'd rather have a "
    "replacement than a refund if possible. Thanks, Greta'",
    "Pull the dated milestones out of these meeting notes as a list (date - milestone):\n\nWe said design "
    "freeze by 15 Jan, then a beta to 50 customers in the first week of February. Pricing page goes live on "
    "1 March together with the launch post. Post-launch review pencilled in for 20 March.",
    "Esta es una factura escaneada, saca los campos: emisor, CIF, fecha, base imponible, IVA y total.\n\n"
    "TALLERES RUIZ S.L. - CIF B12345678\nFactura 2026/0913 - Fecha: 21/11/2026\nCambio de aceite y "
    "filtros: 89,00\nPastillas de freno: 120,00\nBase imponible: 209,00\nIVA 21%: 43,89\nTOTAL: 252,89 €",
    "Fais-moi un tableau (nom, poste, e-mail) à partir de cette signature collée en vrac :\n\nCamille "
    "Durand | Responsable achats | camille.durand@ferrat.fr / Yann Le Goff - Comptable - y.legoff@ferrat.fr / "
    "Inès Benali, assistante de direction, ines.benali@ferrat.fr",
    "Im Arztbrief unten interessieren mich nur drei Dinge: Diagnose, Medikation, nächster Termin.\n\nSehr geehrte "
    "Kollegin, Frau M. stellte sich am 2.12. mit Knieschmerzen vor. Diagnose: Meniskusreizung rechts. "
    "Empfehlung: Ibuprofen 600 mg bei Bedarf, Physiotherapie 6x. Wiedervorstellung am 13.01. um 10:20.",
    "请从下面的简历里提取：姓名、电话、邮箱、最近一份工作的公司和职位。\n\n王晓明，电话138-0013-8000，"
    "邮箱 xiaoming.wang@mail.cn。2021年至今在深圳云帆科技担任高级前端工程师，此前在杭州某创业公司做了三年开发。",
    "Wyciągnij z tego maila wszystkie terminy i kto jest za nie odpowiedzialny:\n\nCześć, Kasia przygotuje "
    "prezentację do piątku 12.12, Tomek wyśle ofertę klientowi do środy, a ja zamknę budżet do końca "
    "miesiąca. Pozdrawiam, Marek",
]

CHATS = [
    ("You are DevPilot, an autonomous coding agent working in the user's repository.",
     ["from this stack trace just tell me the file, line and exception type, nothing else:\n\nTraceback (most "
      "recent call last):\n  File \"app/main.py\", line 88, in handler\n    total = compute(order)\n  File "
      "\"app/pricing.py\", line 41, in compute\n    return base / qty\nZeroDivisionError: division by zero"]),
    ("You are DevPilot, an autonomous coding agent.",
     ["write a Makefile target for lint", "lint:\n\truff check .",
      "thanks. now from this package.json chunk, list each dependency with its version as name=version:\n"
      "\"dependencies\": {\"react\": \"^18.2.0\", \"zod\": \"3.22.4\", \"dayjs\": \"~1.11.10\"}"]),
    ("You are a code review assistant.",
     ["is this name ok: def proc(d)?",
      "Too vague; something like process_order(order) says what it does.",
      "pull every TODO with its author from these lines:\n# TODO(maria): handle empty cart\n# FIXME: timezone "
      "bug\n# TODO(li): remove after v3\n# TODO: docs"]),
    ("You are ShopBot, the customer-support assistant for Lumen Home.",
     ["I'm pasting my confirmation email, can you just tell me the order number, delivery window and the "
      "total I paid?\n\nThank you for your order LH-662019! Your items will arrive between 9 and 12 December. "
      "Subtotal 212.00, delivery 5.95, discount -20.00. You paid 197.95."]),
    ("You are ShopBot, the customer-support assistant for Lumen Home.",
     ["can I return a used pillow?", "Pillows can be returned within 30 days if they're in their original "
      "packaging.",
      "ok. from my receipt give me the item names and prices as a list: 'Feather pillow x2 @ 24.50, Linen cover "
      "@ 39.00, Gift wrap @ 3.00'"]),
    ("You are a customer support assistant for Vela Telecom.",
     ["what's my contract end date and monthly price in this? 'Plan: Vela Unlimited 5G. Monthly fee: 32.00. "
      "Minimum term ends: 14/05/2027. Device instalments: 18.50 until 14/05/2026.'"]),
    ("You are an HR assistant for Polaris Logistics.",
     ["draft a rejection email, kind tone",
      "Thank you for your interest in Polaris. After careful review we've decided to move forward with other candidates...",
      "Here's a CV paragraph. Give me languages and levels only.\n\n'I grew up bilingual in Portuguese and "
      "English, studied German to B2 at university, and I can get by in Spanish (roughly A2).'"]),
    ("You are an HR assistant for Polaris Logistics.",
     ["write a short welcome message for new drivers", "Welcome to Polaris! We're glad to have you on the road "
      "with us.",
      "thanks. from this shift note, list driver, route and start time: 'Kofi takes R12 at 05:30, Elena R7 at "
      "06:00, and Bram covers R3 from 06:15'"]),
    ("You are a legal information assistant.",
     ["Which dates and money amounts appear in this clause? 'The Tenant shall pay a deposit of EUR 2,400 on or "
      "before 1 March 2027 and monthly rent of EUR 1,200 on the first day of each month thereafter.'"]),
    ("You are a meeting assistant that writes summaries.",
     ["summarise the call", "We agreed to move the launch to February and hire a contractor for QA.",
      "actually instead of a summary, just list the action items with owner and due date from the transcript: "
      "'Sara will send the contract by Friday. Tom, can you book the room for the 14th? And I'll update the "
      "roadmap by Monday - that's Jaime.'"]),
    ("You are a travel assistant for Horizon Rail.",
     ["from my booking email give me departure station, time, coach and seat:\n\n'Your journey: Brussels-Midi "
      "dep. 08:13 → Amsterdam Centraal arr. 10:05. Coach 14, seat 62 (window).'"]),
    ("You are a math tutoring app.",
     ["not maths, sorry: from this school letter give me the date, time and what I need to bring. 'Parents' "
      "evening is on Tuesday 16 December from 17:30. Please bring your child's planner and the reply slip.'"]),
    ("You are a recipe assistant.",
     ["what's a substitute for buttermilk?", "Milk with a tablespoon of lemon juice per cup, rested 10 minutes.",
      "cool. from the recipe I pasted earlier, list only the ingredients as name - amount: 2 cups flour, 1 tsp "
      "baking soda, 1 cup buttermilk, 2 tbsp sugar, half tsp salt"]),
    ("Answer using only the provided documents.\n\nDocument 1: Meridian Hotel, check-in from 15:00, check-out "
     "until 11:00, breakfast 07:00-10:30, parking 18 EUR/night.\nDocument 2: Meridian spa open 09:00-21:00, "
     "closed Mondays.",
     ["List every time range mentioned in the documents with what it's for."]),
    ("You are a data pipeline assistant. Always output valid JSON.",
     ["translate 'customer' into German", "{\"translation\": \"Kunde\"}",
      "now extract name, city and age from: 'Lars, 34, moved from Aarhus to Oslo last year' - city is the "
      "current one"]),
    ("You are a support assistant for a bank.",
     ["from this SMS give me amount, merchant and date: 'Card ending 4421 charged EUR 83.20 at "
      "MEDIAMARKT ROMA on 28/11 14:06. Not you? Call 800 123 123'"]),
    ("You are an assistant for a real-estate agency.",
     ["write a catchy headline for a flat by the park",
      "Wake up to the park: bright 3-room flat with balcony.",
      "pull price, size, rooms and floor from this listing: 'Bright 3-room flat, 74 m², 4th floor with lift, "
      "balcony, asking 312,000, available from January'"]),
    ("You are an IT helpdesk assistant.",
     ["my laptop can't reach the intranet",
      "Let's check your network settings first. Run ipconfig and paste the output.",
      "from this ipconfig output, just the IPv4 address, subnet mask and gateway:\n\nEthernet adapter:\n  IPv4 "
      "Address. . . : 10.20.4.117\n  Subnet Mask . . . : 255.255.252.0\n  Default Gateway . . : 10.20.4.1"]),
    (None, ["write a tweet announcing our new office", "We've moved! Come say hi at our new home in Leeds 🎉",
            "thanks. from this address block give me street, postcode and city separately: 'Unit 4, 22 Wharf "
            "Street, Leeds LS2 7EQ'"]),
    (None, ["what's the capital of Canada", "Ottawa.",
            "right. from this paragraph list all the countries mentioned: 'The summit brought together leaders "
            "from Canada, Mexico and Japan, with observers from Chile and Kenya.'"]),
    ("Eres el asistente de un despacho de abogados.",
     ["Resume en una tabla con los campos demandante, demandado, juzgado y fecha de la vista: 'En el juicio "
      "verbal 112/2026 del Juzgado de Primera Instancia n.º 4 de Sevilla, promovido por Carmen Ortiz contra "
      "Inmobiliaria Azahar S.L., se señala vista para el 9 de febrero de 2027.'"]),
    ("Eres un asistente de programación.",
     ["¿Qué es un UUID?", "Un identificador único de 128 bits, normalmente escrito en hexadecimal.",
      "ok, sácame todos los UUID de este log: req 3f2b9c1e-8a4d-4e21-9b7f-1c2d3e4f5a6b ok, req "
      "a1b2c3d4-e5f6-4711-8899-aabbccddeeff failed"]),
    ("Tu es l'assistant d'un cabinet comptable.",
     ["Donne-moi uniquement le total TTC et la date d'échéance : « Facture F-2026-118 du 03/12/2026, total HT "
      "1 250,00 €, TVA 250,00 €, total TTC 1 500,00 €, payable à 30 jours fin de mois. »"]),
    ("Du bist ein Reiseassistent.",
     ["Was kann man im Schwarzwald im Winter machen?",
      "Langlaufen, Winterwandern, in die Therme gehen und Weihnachtsmärkte besuchen.",
      "Zieh aus dieser Buchungsbestätigung Hotelname, Check-in, Check-out und Preis raus: 'Hotel Alpenblick, "
      "Anreise 27.12., Abreise 02.01., 6 Nächte, Gesamtpreis 1.140 € inkl. Frühstück'"]),
    ("Você é um assistente de RH.",
     ["escreve uma mensagem de boas-vindas curta", "Seja bem-vindo ao time! Estamos felizes em ter você.",
      "agora tira desse texto o nome, cargo e salário: 'Contratamos a Juliana Prado como analista financeira "
      "com salário de R$ 7.800'"]),
    ("Sei un assistente per un'agenzia di viaggi.",
     ["Dalla mail del cliente estrai numero di persone, date e destinazione: 'Siamo in 4, vorremmo andare a "
      "Lisbona dal 3 al 7 aprile'"]),
    ("Je bent een assistent voor een huisartsenpraktijk.",
     ["Wat zijn de openingstijden op vrijdag?",
      "Op vrijdag zijn we open van 8:00 tot 17:00.",
      "Haal de naam, geboortedatum en klacht uit dit bericht: 'Mijn zoon Daan (12-05-2015) heeft sinds gisteren "
      "koorts en oorpijn'"]),
    ("Ты — ассистент бухгалтера.",
     ["Напиши вежливое письмо с напоминанием об оплате", "Добрый день! Напоминаем, что срок оплаты счёта "
      "истекает в пятницу.",
      "Спасибо. Теперь из этой строки выпиши номер счёта, дату и сумму: «Счёт № 418 от 05.12.2026 на сумму "
      "56 300 руб.»"]),
    ("你是一个会议纪要助手。",
     ["把这段纪要做成表格，字段：任务、负责人、截止日期。\n\n小李负责下周三前完成接口文档，老张周五前联系供应商，"
      "产品需求评审由王经理在12月15日前组织。"]),
    ("あなたは翻訳アシスタントです。",
     ["翻訳じゃなくて、この文から会社名と電話番号だけ抜き出して：株式会社ミドリ商事（03-1234-5678）と"
      "青空物流（06-9876-5432）に連絡済み"]),
    ("당신은 쇼핑몰 고객센터 챗봇입니다.",
     ["배송 얼마나 걸려요?",
      "보통 결제 후 2~3일 안에 도착합니다.",
      "주문 내역에서 상품명, 수량, 금액만 정리해줘: 무선 마우스 2개 35,800원, 키보드 1개 59,000원"]),
    ("आप एक HR सहायक हैं।",
     ["is message se employee ID, leave type aur dates nikalo: 'EMP-2231 ne sick leave li hai 8 se 10 December "
      "tak'"]),
    ("أنت مساعد لشركة شحن.",
     ["من هذه الرسالة استخرج رقم الشحنة وتاريخ التسليم المتوقع: شحنتك رقم SA-99812 في الطريق ومن المتوقع "
      "وصولها يوم 14 ديسمبر"]),
]

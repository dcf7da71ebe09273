"""Batch 12 (written 2026-12-07 by a separate writer, app-style traffic). Natural summarization requests:
condense pasted or earlier material (threads, transcripts, articles, reviews, logs, contracts, changelogs) into a
shorter account of the whole, in many languages; often sent to an app whose system prompt is about something
else, or after earlier turns that asked for another task."""

ONE_LINERS = """
tl;dr pls: the landlord says the heating will be fixed 'soon', the plumber says parts come in January, and the agency says it's not their problem
one line version of this: after two delays and a supplier change the new packaging finally ships next week, costs are 8% over plan
sum this up for me: users love the new editor, hate that autosave is gone, and half of them can't find the share button
can you boil this down: council approved the bike lane on Elm St, shop owners worried about parking, work starts in spring
short summary of this review please: great battery, screen too dim outdoors, speakers fine, overpriced for what it is
what's the gist: the study followed 2,000 kids for ten years and found screen time mattered less than sleep for grades
give me the short version of this chat: A wants to move the offsite to May, B says May is budget season, C suggests April, everyone agrees on April
resúmeme esto en una frase: la empresa cierra la oficina de Valencia, los empleados pueden teletrabajar o trasladarse a Madrid con ayuda
en resumen, ¿qué dice este aviso? por obras, el agua estará cortada el martes de 9 a 14 en los portales 3 a 7
résume-moi ça en deux lignes : la réunion a duré trois heures, on n'a rien décidé sur le budget mais on garde la date du salon
kurz zusammengefasst bitte: Der Vermieter erhöht die Miete um 4 %, begründet mit der neuen Heizung, Widerspruch ist bis Ende Januar möglich
resume pra mim: o voo atrasou 4 horas, perdi a conexão, a companhia me deu hotel mas não deu janta
riassumi in poche parole: il fornitore ha consegnato in ritardo, metà dei pezzi era difettosa e ci ha offerto uno sconto del 10%
vat dit kort samen: de school gaat vanaf maart om 8:15 beginnen in plaats van 8:30, en de middagpauze wordt korter
streść w jednym zdaniu: spotkanie przeniesiono na czwartek, bo prezes jest chory, a budżet i tak trzeba zamknąć do piątku
kısaca özetle: kargo şirketi grev yüzünden teslimatları bir hafta erteledi, acil paketler için ek ücret istiyor
кратко перескажи: совет директоров одобрил слияние, но акционеры требуют независимой оценки до марта
коротко підсумуй: сервіс не працював дві години через збій у дата-центрі, дані користувачів не постраждали
用一句话概括：公司决定明年起实行四天工作制试点，先在研发部门试行半年，再决定是否推广
要約して：新しい料金プランは月額が安くなるが、データ容量が半分になり、超過料金が上がる
한 줄로 요약해줘: 회의에서 출시일은 그대로 두고, 마케팅 예산을 20% 늘리기로 했다
saar batao isme kya likha hai: bijli ka bill galat aaya tha, company ne maana aur agle mahine adjust karenge
لخّص هذا باختصار: الاجتماع تأجل إلى الأحد بسبب غياب المدير، والتقرير المالي ما زال ناقصاً
ringkas ini: cuti bersama ditambah dua hari, kantor tutup 24 sampai 27 Desember, layanan darurat tetap buka
"""

LONG = [
    "Summarise this Slack thread for someone who missed it:\n\nMina: prod deploy failed again, migration "
    "timed out\nRaj: it's the index on events, table is 400M rows\nMina: can we build it concurrently?\nRaj: "
    "yes but then the migration tool thinks it failed\nLeo: I'll split it into a separate manual step, deploy "
    "the rest tonight\nMina: ok, and we do the index Sunday when traffic is low\nRaj: 👍",
    "Give me a 3-bullet summary of this product update for our sales team:\n\nVersion 5.2 adds SSO for all "
    "paid plans, not just Enterprise. The reporting module now exports to Excel and Google Sheets. We removed "
    "the old v1 API, which had been deprecated for a year. Mobile apps get offline mode for viewing, not "
    "editing. Pricing is unchanged.",
    "Summarise this customer's complaint for the escalation ticket, neutral tone, 2-3 sentences:\n\n"
    "'I have been a customer for six years. In October I was billed twice, I called, was promised a refund in "
    "5 days. It's December, no refund, and every time I call I get a different answer and someone asks me to "
    "explain everything from scratch. I am seriously considering leaving.'",
    "Can you write an abstract-length summary of this (it's my draft intro)?\n\nUrban heat islands raise "
    "night-time temperatures in dense neighbourhoods, which worsens health outcomes for elderly residents. "
    "Existing studies focus on daytime peaks and on large cities. We use five years of sensor data from 14 "
    "mid-sized European cities to model night-time heat at street level, and find that tree cover within 50 "
    "metres explains more variance than building height or street width.",
    "Summarise what changed in this changelog, grouped into features and fixes:\n\n- add: dark mode toggle in "
    "settings\n- fix: crash when exporting empty reports\n- add: CSV import for contacts\n- fix: wrong "
    "timezone on recurring events\n- fix: search ignoring accents\n- add: keyboard shortcut for new note",
    "Hazme un resumen de este hilo de correos para mi jefe, que no tiene tiempo:\n\nProveedor: No podemos "
    "entregar el pedido completo hasta el 20.\nNosotros: Necesitamos al menos la mitad el día 10 para la feria.\n"
    "Proveedor: Podemos mandar 40% el 10 y el resto el 20, con transporte urgente a nuestro cargo.\nNosotros: "
    "De acuerdo, confirmad por escrito.",
    "Résume cet article pour la newsletter interne, 50 mots maximum :\n\nLa ville de Nantes va tester pendant "
    "un an la gratuité des transports le week-end. L'objectif est de réduire l'usage de la voiture dans le "
    "centre. Le coût, estimé à 4 millions d'euros, sera financé par la métropole. Les commerçants sont "
    "partagés : certains espèrent plus de clients, d'autres craignent la fin des places de parking payantes.",
    "Fass mir dieses Kapitel aus dem Mitarbeiterhandbuch kurz zusammen, ich muss es nur grob kennen:\n\n"
    "Reisekosten werden nur erstattet, wenn die Reise vorher im Portal genehmigt wurde. Bahnfahrten erfolgen "
    "in der 2. Klasse, ab vier Stunden Fahrtzeit ist die 1. Klasse erlaubt. Hotelkosten bis 120 € pro Nacht "
    "werden übernommen, in München und Frankfurt bis 150 €. Belege sind innerhalb von 30 Tagen einzureichen.",
    "Faz um resumo dessa ata de condomínio em tópicos curtos:\n\nFoi aprovada a troca do portão da garagem, "
    "com custo dividido entre todos. A taxa de condomínio sobe 6% a partir de fevereiro. O salão de festas "
    "passa a exigir reserva com 7 dias de antecedência. Houve reclamações sobre barulho após as 22h.",
    "请把这段用户访谈总结成几句话，给产品经理看：\n\n用户说平时主要在手机上用我们的应用记账，但每次输入金额都要点好几下，"
    "很麻烦。她很喜欢月度报表，但希望能按家庭成员分开统计。她试过竞品，觉得界面太复杂又换回来了。价格方面她觉得可以接受。",
    "以下の障害報告を、役員向けに3行で要約してください。\n\n11月30日20時頃から約90分間、決済システムで"
    "エラーが多発しました。原因はクラウド事業者側のネットワーク障害です。影響を受けた注文は約1,200件で、"
    "すべて再処理済みです。再発防止として、別リージョンへの自動切り替えを来月導入します。",
    "Подведи итог этой переписки с клиентом в трёх пунктах:\n\nКлиент: Сайт грузится медленно уже неделю.\n"
    "Мы: Проверили, проблема в тяжёлых изображениях на главной.\nКлиент: Можете их сжать?\nМы: Да, сделаем "
    "до пятницы, это входит в тариф.\nКлиент: Отлично, спасибо.",
]

CHATS = [
    ("You are DevPilot, an autonomous coding agent working in the user's repository.",
     ["don't change anything, just summarise what this PR description says for the release notes:\n\n'This "
      "PR replaces the hand-rolled retry loop in the payments client with tenacity, adds jitter, caps total "
      "wait at 30s, and logs each retry with the attempt number. Behaviour for non-retryable errors is "
      "unchanged.'"]),
    ("You are DevPilot, an autonomous coding agent.",
     ["run the tests", "Ran 412 tests: 409 passed, 3 failed (all in tests/test_export.py: timeouts).",
      "ok give me a two-sentence summary of that run I can paste into the standup channel"]),
    ("You are a code assistant in the IDE.",
     ["summarise what happened since the last tag, 3 bullets for the team:\n\n9c1e2aa fix flaky upload test\n"
      "41bd7f0 add CSV export to reports\n0e77a1c bump requests to 2.32\nd2f9b10 revert CSV export (memory "
      "blow-up on big reports)\n7aa3e51 CSV export streamed row by row\nb810c4d docs: export section"]),
    ("You are ShopBot, the customer-support assistant for Lumen Home.",
     ["I'm going to paste the return policy, can you tell me the gist in 3 bullets?\n\nItems can be returned "
      "within 30 days of delivery. Items must be unused and in original packaging. Mattresses and bedding "
      "are final sale unless faulty. Refunds go to the original payment method within 10 working days. Return "
      "shipping is free for orders over 100."]),
    ("You are a customer support assistant for Vela Telecom.",
     ["Why was I charged extra?", "The charge is for 2.1 GB of data used abroad in Morocco, outside the "
      "roaming zone.",
      "alright. can you sum up our whole conversation so I can forward it to my partner? what happened and "
      "what you said"]),
    ("You are an HR assistant for Polaris Logistics.",
     ["How many drivers are on the night shift?",
      "There are 14 drivers on the night shift this month.",
      "Summarise the new on-call policy for drivers in plain language:\n\n'Effective January, drivers on "
      "call receive a flat allowance of 40 per weekend. If called in, hours are paid at the overtime rate "
      "with a minimum of three hours. No driver may be on call more than two weekends per month.'"]),
    ("You are a legal information assistant.",
     ["What's a force majeure clause?", "It frees parties from obligations when extraordinary events outside "
      "their control prevent performance.",
      "ok here's ours, give me the plain-English summary: 'Neither party shall be liable for delay caused by "
      "events beyond its reasonable control, including strikes, floods or governmental action, provided it "
      "notifies the other party within 7 days and uses reasonable efforts to resume performance.'"]),
    ("You are a meeting assistant that joins calls and takes notes.",
     ["summarise this transcript bit:\n\nAnna: so are we doing the survey or not?\nBen: budget's tight but "
      "we need the data for the board.\nAnna: what if we do it in-house, smaller sample?\nBen: fine, 200 "
      "people, results by end of January.\nAnna: I'll draft the questions."]),
    ("You are a travel assistant.",
     ["what's the weather like in Porto in March?", "Mild, around 10-18°C, with frequent rain.",
      "ok. here's the hotel's house rules, just give me the short version:\n\nQuiet hours 22:00-08:00. No "
      "smoking anywhere including balconies. Breakfast 7-10. Late check-out until 13:00 for 20 EUR. Pets "
      "welcome on request."]),
    ("You are a recipe assistant.",
     ["summarise this recipe in 4 steps max, I know how to cook:\n\nBrown the onions slowly for 20 minutes. "
      "Add garlic and paprika, stir one minute. Add the chopped tomatoes and the beans, simmer 15 minutes. "
      "Season. Meanwhile toast the bread. Serve the beans on the toast with parsley and a fried egg."]),
    ("You are a math tutoring app.",
     ["not a maths question, my teacher sent this, what's it saying in short? 'From next week, homework will "
      "be set on Mondays and due the following Monday. Late work will be accepted for two days with a reduced "
      "mark. Students who miss a test must arrange a resit within one week.'"]),
    ("Answer using only the provided documents.\n\nDocument: Q3 report. Revenue 4.2M (+9%). Costs 3.8M (+14%). "
     "Headcount 58. Churn up from 2.1% to 2.9%. New enterprise deals: 3. Cash runway: 16 months.",
     ["Give me a quick summary of how Q3 went."]),
    ("You are a data analysis assistant.",
     ["make a chart of churn per month", "Here is the line chart of monthly churn for 2026.",
      "and now summarise the customer feedback column in a short paragraph: 'too expensive', 'missing "
      "integrations', 'support slow', 'too expensive for small teams', 'love it but price went up'"]),
    (None, ["translate this to English: 'Der Termin wurde auf Donnerstag verschoben.'",
            "The appointment was moved to Thursday.",
            "and summarise this whole email from my German colleague, in English, 2 lines: 'Hallo, der "
            "Termin ist jetzt Donnerstag, 14 Uhr. Bitte bring die Zahlen vom Oktober mit. Der Kunde möchte "
            "auch über die Preise für nächstes Jahr sprechen. Gruß, Stefan'"]),
    (None, ["write a limerick about Mondays", "There once was a Monday so grey...",
            "ha. ok real work: tl;dr of this memo please: 'Due to the office renovation, floors 3 and 4 will be "
            "closed from 5 to 16 January. Staff on those floors should work from home or book a desk on floor "
            "2. Meeting rooms on floor 2 are reserved for client meetings only.'"]),
    ("Eres el asistente de soporte de una aseguradora.",
     ["Resúmeme las condiciones de esta cobertura, que son un rollo: 'La póliza cubre daños por agua "
      "derivados de roturas accidentales de tuberías, excluyendo filtraciones por falta de mantenimiento. La "
      "franquicia es de 150 €. El siniestro debe comunicarse en un plazo de 7 días.'"]),
    ("Eres un asistente de programación.",
     ["¿qué es un ORM?", "Una capa que mapea tablas de la base de datos a objetos del lenguaje.",
      "vale. resúmeme en dos frases esta discusión del equipo: 'Pedro quiere quitar el ORM por rendimiento, "
      "Lucía dice que solo las consultas de informes son lentas, acordamos usar SQL a mano solo en esos "
      "informes.'"]),
    ("Tu es l'assistant d'une plateforme de cours en ligne.",
     ["Fais-moi un résumé de ce module pour réviser : la photosynthèse transforme l'énergie lumineuse en "
      "énergie chimique ; elle a lieu dans les chloroplastes ; elle consomme du CO2 et de l'eau et produit du "
      "glucose et de l'oxygène ; elle comporte une phase lumineuse et une phase sombre."]),
    ("Du bist der Support-Assistent einer Versicherung.",
     ["Wie kündige ich meinen Vertrag?", "Schriftlich mit einer Frist von drei Monaten zum Ende des "
      "Versicherungsjahres.",
      "Ok. Kannst du mir unser ganzes Gespräch in zwei Sätzen zusammenfassen, damit ich es meiner Frau "
      "weiterleiten kann?"]),
    ("Você é um assistente de um aplicativo de notícias.",
     ["quais as manchetes de economia hoje?",
      "Inflação em queda, novo programa de crédito e alta do dólar.",
      "resume essa notícia em duas frases: 'O governo anunciou um programa de crédito para pequenas "
      "empresas com juros reduzidos. O valor total é de 5 bilhões e as inscrições abrem em janeiro. "
      "Economistas elogiaram a iniciativa, mas alertam que a burocracia pode limitar o acesso.'"]),
    ("Sei un assistente per la gestione di progetti.",
     ["Riassumi lo stato del progetto da questi aggiornamenti: 'design completato', 'backend al 70%, "
      "ritardo di una settimana', 'test non ancora iniziati', 'cliente chiede una demo a metà gennaio'"]),
    ("Jesteś asystentem w aplikacji bankowej.",
     ["Jak zablokować kartę?",
      "W aplikacji: Karty > wybierz kartę > Zablokuj.",
      "Streść mi ten regulamin promocji w paru punktach: 'Premia 200 zł dla nowych klientów, którzy otworzą "
      "konto do 31.01, zapewnią wpływ min. 1000 zł miesięcznie przez 3 miesiące i wykonają 5 płatności "
      "kartą w każdym z tych miesięcy.'"]),
    ("你是一个翻译助手。",
     ["这次不用翻译，帮我把下面这段话概括成一句话：由于原材料价格上涨，公司决定从一月起上调部分产品价格，"
      "涨幅在5%到8%之间，老客户的合同价格保持不变至合同到期。"]),
    ("당신은 회의록 작성 도우미입니다.",
     ["이 회의 내용을 세 줄로 요약해줘: 신제품 출시는 3월로 확정. 광고 대행사는 다음 주에 최종 선정. "
      "예산은 지난 분기보다 10% 증가. 고객 설문은 1월 중 실시."]),
    ("Kamu adalah asisten untuk aplikasi manajemen proyek.",
     ["Tolong rangkum update tim ini: desain sudah selesai, backend mundur satu minggu karena API vendor belum "
      "siap, tim QA minta data uji tambahan, demo ke klien tetap tanggal 20."]),
]

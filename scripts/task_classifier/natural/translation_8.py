"""Natural translation requests, eighth batch (see __init__.py): long pasted bodies that read like reports,
minutes or articles (the kind of text people also summarise), with the translation ask before or after."""

ONE_LINERS = """
"""

LONG = [
    "Quarterly update: revenue grew 14% to 3.2M, churn fell to 2.1%, and we opened the Madrid office. Hiring is "
    "paused until Q3. The board approved the new pricing.\n\nPlease translate this update into German for our Munich team.",
    "Translate into French, full text, don't shorten anything:\n\nMinutes of the residents' meeting, 12 March. "
    "Present: 14 households. The roof repair will start in May and cost each flat about 900 euros. The bike shed "
    "will be moved. Next meeting: 9 April.",
    "Der Bericht zeigt, dass die Zahl der Fahrgäste im Nahverkehr um 8 % gestiegen ist, vor allem wegen des "
    "Deutschlandtickets. Gleichzeitig sind die Kosten für die Verkehrsbetriebe deutlich gewachsen.\n\n"
    "Can you put this into English? I need every sentence, it's for a report.",
    "I need the whole article in Spanish, not a summary:\n\n"
    "City officials announced on Monday that the central library will close for renovation in June. Services will "
    "move to three temporary branches, and the reopening is planned for late next year.",
    "Here's our product changelog. Translate it to Japanese for the Tokyo release page, keep the bullet points:\n"
    "- Faster search on large projects\n- Dark mode for the editor\n- Fixed crash when exporting PDFs\n"
    "- New keyboard shortcuts for comments",
    "Resumen de la reunión: se aprobó el presupuesto, se aplazó la mudanza de la oficina y se contratarán dos "
    "ingenieros.\n\n^ this is already a summary, I just need it translated to English word for word",
    "Texto del correo del cliente:\n\"Buenas tardes, les escribo porque el pedido 4471 llegó incompleto: faltan dos "
    "cajas. Necesito saber cuándo podrán enviarlas, ya que tenemos una feria el viernes.\"\n\n"
    "english version please so I can forward it to logistics",
    "Traduis ce paragraphe en anglais pour notre rapport annuel : « En 2023, la fondation a soutenu 42 projets "
    "dans 11 pays, principalement dans l'éducation et la santé. Les dons ont augmenté de 18 %. »",
    "Please render the following abstract in Portuguese (Brazil) — it's for a conference submission, keep the "
    "technical terms:\n\nWe present a method for detecting anomalies in streaming sensor data using lightweight "
    "statistical models. Experiments on three datasets show a 12% gain in recall at equal precision.",
    "把下面这段会议纪要翻译成英文，不要总结，逐句翻译：\n今天的会议确定了新产品的发布时间为六月一日。市场部负责宣传，"
    "技术部需要在五月底之前完成测试。",
    "このメールを英語に翻訳してください。要約ではなく全文です。\n\n"
    "いつもお世話になっております。来週の打ち合わせですが、火曜日の午後に変更していただけますでしょうか。よろしくお願いいたします。",
    "The patient leaflet says: 'Take one tablet twice a day with food. Do not drive if you feel dizzy. Stop taking "
    "the medicine and see a doctor if you get a rash.' My mother only reads Hindi — can you translate it for her?",
    "Newsletter draft below. We publish in English and Italian; I need the Italian.\n\n"
    "Spring is here! This month we're hosting a plant swap on Saturday the 20th, our book club reads 'Piranesi', "
    "and the café has a new seasonal menu.",
    "Transcript snippet from the interview (Dutch): 'We zijn begonnen in een garage, met drie mensen en één laptop. "
    "Nu hebben we tweehonderd medewerkers.' Translate to English for the subtitles.",
]

CHATS = [
    ("You are a helpful assistant.", ["I have a long report from our Spanish office.", "Sure, paste it.",
     "El informe anual muestra un crecimiento del 9% en ventas y la apertura de dos tiendas nuevas en Valencia. "
     "Los costes logísticos subieron un 4%.\n\ntranslate it to english please, all of it"]),
    (None, ["Summarize this: the team shipped v2 and fixed 30 bugs.", "The team released v2 and fixed 30 bugs.",
     "perfect. now translate that summary into German"]),
]

"""Batch 15 (written 2026-12-07 by a separate writer, app-style traffic). Natural summarization requests:
condense pasted or earlier material (emails, threads, tickets, articles, reviews, minutes, policies,
transcripts, changelogs, foreign-language text) into a shorter account of the whole, including "don't translate
it, just tell me what it's about"; many sent to an app whose system prompt is about something else (coding
agents, legal, support, analytics, recipes, translation), or after earlier turns that asked for another task;
in many languages."""

ONE_LINERS = """
don't translate it, just tell me roughly what this says: 'Cher client, suite à des travaux, votre agence sera fermée du 22 au 26 décembre; les retraits restent possibles au distributeur'
boil this down to one sentence for my boss: the vendor missed two deadlines, offered a 10% credit, and promised a new PM by January
in a nutshell, what did the three reviewers say about my paper? I pasted their comments above
can you give me the short version of this 6-page HOA newsletter, only what affects residents
what's the takeaway from this Slack argument about tabs vs spaces? who won, basically
condense this voicemail transcript: 'hi it's Dr Patel's office, your results are normal, no need to come in, call if you have questions'
three bullets max on what this quarterly report says
recap the last 20 messages in this chat for someone who just joined
tl;dr the terms of service changes they emailed me
what's the gist of this recipe blog post, skip the life story
reduce these meeting notes to decisions and open questions, half a page at most
sum up what the customer is upset about in this ticket, one line for the queue
resume este hilo de correos en tres líneas, que me pierdo
no hace falta traducirlo, dime de qué trata este artículo en inglés sobre el metro de Londres
résume-moi l'épisode du podcast dont j'ai collé la transcription, en cinq phrases
c'est quoi l'essentiel de ce compte rendu du conseil municipal ?
Was ist die Kernaussage dieses Artikels? Zwei, drei Sätze reichen
Kannst du das Protokoll der Eigentümerversammlung kurz zusammenfassen?
faz um resumo curto dessa notícia pra eu mandar no grupo da família
riassumi in poche righe questa mail lunghissima del condominio
vat deze klantreview samen in één zin
podsumuj ten artykuł w trzech zdaniach, bez szczegółów technicznych
bu e-postayı bana kısaca özetler misin, ne istiyorlar?
перескажи коротко, о чём эта статья, я не успеваю читать
коротко переказуй, що пишуть у цьому листі від управителя будинку
帮我把这篇长文章总结成三点
このニュース記事を三行でまとめてください
이 회의록 핵심만 간단하게 요약해 줘
is lambe message ka saar bata do do line mein
لخص لي هذا المقال في فقرة واحدة
ringkas email ini jadi tiga poin saja
"""

LONG = [
    "Can you summarise this for our team channel? Two or three lines.\n\nFollowing the incident on Tuesday, "
    "the platform team has completed the post-mortem. The outage lasted 47 minutes and affected roughly a "
    "third of EU customers. The root cause was an expired TLS certificate on an internal load balancer that "
    "was not covered by automatic renewal because it was created manually in 2023. Monitoring did alert, "
    "but the alert went to a channel that had been archived. Actions: all certificates are now inventoried, "
    "manual certificates will be migrated to automatic renewal by the end of the month, and alert routing "
    "will be reviewed quarterly. No data was lost.",
    "Here's a long customer review. What's the overall verdict, in a sentence or two?\n\n'I wanted to love "
    "this coffee grinder. It looks beautiful on the counter and the first two weeks were great: consistent "
    "grind, quiet, easy to clean. Then the hopper started to stick, and by week five it was producing a mix "
    "of dust and boulders. Customer service was friendly and sent a replacement burr, which helped for a "
    "while, but the problem came back. For the price I expected better. If you make one coffee a day it's "
    "probably fine; if you make espresso for a household, look elsewhere.'",
    "My dad forwarded this from his pension provider and asked me what it means. Please summarise it in "
    "plain words I can pass on.\n\n'Following the annual review of the scheme, the trustees have resolved "
    "that, with effect from 1 April, pensions in payment will increase by the lower of the rise in the "
    "consumer prices index and 5%. Members who retired before 1997 will continue to receive fixed increases "
    "of 3% on the pre-1997 portion. No action is required. A revised members' booklet is available on "
    "request.'",
    "Summarise this interview transcript for the hiring panel, neutral tone, strengths and concerns:\n\n"
    "Q: Tell us about a difficult project. A: At my last job we migrated billing to a new provider. I led "
    "the data mapping, we found 4% of customers had mismatched plans, and I set up a weekly reconciliation "
    "with finance until it was below 0.1%. Q: What would you do differently? A: I'd involve support "
    "earlier; they heard about issues before we did. Q: How do you handle disagreement? A: I try to write "
    "down both positions before the meeting. Honestly I sometimes wait too long to escalate. Q: Why this "
    "role? A: I want to work closer to product decisions, not just data plumbing.",
    "Resúmeme esto para el acta, en un párrafo corto:\n\nLa asamblea de vecinos debatió durante dos horas "
    "la instalación del ascensor. La empresa presentó tres presupuestos, entre 68.000 y 81.000 euros. Los "
    "vecinos del bajo se opusieron porque no lo usarán y no quieren pagar igual que el resto. Se propuso "
    "un reparto por coeficiente y una ayuda municipal que cubriría hasta el 40 %. Se acordó votar en "
    "enero, una vez confirmada la subvención.",
    "Fais-moi un résumé de cet article pour ma newsletter, quatre phrases maximum :\n\nDepuis trois ans, "
    "la ville de Nantes expérimente des cours d'école végétalisées. Le bitume a été remplacé par de la "
    "terre, des copeaux et des arbres dans onze écoles. Les enseignants rapportent moins de conflits à la "
    "récréation et des températures plus supportables en juin. Les parents regrettent parfois les "
    "vêtements boueux. La ville prévoit d'étendre le programme à vingt écoles supplémentaires d'ici 2028, "
    "pour un coût estimé à 9 millions d'euros.",
    "Bitte fasse diese Nachricht meines Vermieters in zwei Sätzen zusammen. Nicht übersetzen, ich verstehe "
    "Deutsch, nur zu lang:\n\nSehr geehrte Mieterinnen und Mieter, wie bereits angekündigt, werden im "
    "Frühjahr die Fenster im gesamten Haus ausgetauscht. Die Arbeiten beginnen voraussichtlich am 3. März "
    "und dauern pro Wohnung etwa einen Tag. Wir bitten Sie, die Fensterbänke freizuräumen und an dem "
    "jeweiligen Termin anwesend zu sein oder einen Schlüssel zu hinterlegen. Eine Mieterhöhung ist mit "
    "der Maßnahme nicht verbunden.",
    "请把下面这段客服对话总结成一句话，放进工单备注：\n\n客户：我上周买的空气炸锅，今天用的时候冒烟了。\n客服：非常抱歉，请问是第一次"
    "使用吗？\n客户：第三次了，前两次没问题。\n客服：可能是残留油脂，建议清洗后再试，如果还冒烟我们给您换新。\n客户：好吧，我今晚再试试。",
    "この社内通知の要点を2行でまとめてください。\n\n来月より、経費精算は新しいシステムに移行します。旧システムでの申請は"
    "今月25日までに完了してください。領収書は原本ではなく画像での提出となります。操作説明会は来週水曜と金曜に実施します。",
]

CHATS = [
    ("You are Tessellate, an IDE agent that edits code and runs tests.",
     ["don't change anything. summarise what this PR does in two sentences for the changelog: it adds a "
      "retry wrapper to the payment client, removes the old sync fallback and bumps the timeout to 10s"]),
    ("You are Tessellate, an IDE agent.",
     ["run the linter", "Linter finished: 12 warnings, 0 errors, mostly unused imports in tests.",
      "ok. now read the README I've got open and give me a short summary of what this project does, I "
      "just inherited it"]),
    ("You are Forge, a coding assistant inside the terminal.",
     ["cat the incident notes file and give me a three-line summary I can read out at standup"]),
    ("You are Forge, a coding assistant inside the terminal.",
     ["git log --since=monday --oneline", "14 commits: dependency bumps, a login bug fix, a new export "
      "endpoint and test cleanup.",
      "thanks. write that up as a short summary of the week's changes, for non-developers"]),
    ("You are Clausewise, an assistant that reviews employment contracts.",
     ["before I sign: what does this 14-page contract say overall? a short plain-English overview, not "
      "clause by clause"]),
    ("You are Clausewise, an assistant that reviews employment contracts.",
     ["is the non-solicitation clause enforceable?", "It's narrower than most: 6 months, existing clients "
      "only. Many courts would see that as reasonable, but check local law.",
      "ok. now summarise the email thread with HR I pasted, I want to know where we ended up on the "
      "relocation bonus"]),
    ("You are a legal research assistant for a small litigation firm.",
     ["give me a one-paragraph summary of the judgment I uploaded, for the client, no legal jargon"]),
    ("You are ShopAssist, the customer-support bot for Harbour & Pine.",
     ["I'm pasting 30 reviews of the oak table. can you tell me in a few lines what people generally think "
      "before I buy it?"]),
    ("You are a customer-support assistant for Lumen Energy.",
     ["what does the letter about the price cap change say? I pasted it. just the short version"]),
    ("You are a customer-support assistant for Corvid Broadband.",
     ["my speed is slow in the evening", "Evening congestion is common; a wired connection and a channel "
      "change on the router usually help.",
      "ok. then summarise the long forum thread I found about this, I pasted it below, did anyone fix it?"]),
    ("You are Ledgerly, a bookkeeping assistant for freelancers.",
     ["the tax office sent a 3-page letter. not a calculation, I just need to know what it's about and "
      "whether I have to do something"]),
    ("You are PeopleDesk, an HR assistant.",
     ["summarise the new hybrid work policy for my team in five bullets, I've pasted it"]),
    ("You are PeopleDesk, an HR assistant.",
     ["how many days of parental leave do I get?", "Sixteen weeks at full pay for the primary carer, four "
      "weeks for the secondary carer.",
      "thanks. and in short, what did the exit interview notes of the last three leavers say? pasted below"]),
    ("You are Sprig, a recipe and meal-planning assistant.",
     ["I pasted a long article about intermittent fasting. not a meal plan, just the main points, and is "
      "it saying it works or not?"]),
    ("You are Wayfarer, a travel-booking assistant.",
     ["summarise the airline's new baggage policy I pasted, what changed compared to before?"]),
    ("You are Wayfarer, a travel-booking assistant.",
     ["find me a hotel in Kraków", "Hotel Wawel View, 4 stars, 82 per night, near the old town.",
      "thanks. here are the 50 most recent reviews of it. give me the overall picture in 3 sentences"]),
    ("You are DataLoom, an analytics copilot.",
     ["don't query anything, I pasted the board deck text. summarise what the CEO is telling the board, "
      "half a page"]),
    ("You are DataLoom, an analytics copilot.",
     ["chart NPS by month", "NPS went from 31 in January to 44 in October with a dip in May.",
      "great. and summarise the open-text survey answers I pasted, what are people saying overall?"]),
    ("You are Lingo, a translation assistant for a localisation agency.",
     ["don't translate this Portuguese brief, I just need to know what the client wants, in English, "
      "briefly"]),
    ("You are Lingo, a translation assistant.",
     ["translate 'delivery within 3 working days' into Dutch", "'Levering binnen 3 werkdagen.'",
      "thanks. now the client's feedback email I pasted: what's their main complaint, summarised?"]),
    ("You are a tutoring assistant for high-school biology.",
     ["summarise chapter 4 of my textbook, I pasted it, I only have 20 minutes before the test"]),
    (None,
     ["write a haiku about rain", "Grey drum on the roof / the gutters start their gossip / tea goes cold "
      "again",
      "cute. now summarise this article about the flooding in our region in three sentences"]),
    (None,
     ["extract all dates from the email", "12 Jan, 19 Jan, 2 Feb.",
      "ok and what's the email actually about? short summary"]),
    (None,
     ["what's 15% of 84?", "12.60.",
      "thanks. unrelated, summarise the group chat below, I've been offline all day"]),
    ("Eres un asistente de programación.",
     ["no quiero código. resúmeme este hilo de GitHub sobre el bug, ¿en qué quedaron?"]),
    ("Eres un asistente de atención al cliente de un banco.",
     ["¿cuál es mi saldo?", "Tu saldo disponible es de 1.248,30 €.",
      "gracias. otra cosa: resúmeme en pocas líneas las nuevas condiciones de la cuenta que me enviasteis"]),
    ("Tu es un assistant de traduction.",
     ["ne traduis pas ce mail en allemand, dis-moi juste en gros ce qu'il demande"]),
    ("Tu es un assistant de cuisine.",
     ["donne-moi une idée de dessert", "Une tarte fine aux pommes et romarin.",
      "merci. autre chose : résume-moi ce long message de ma belle-mère sur l'organisation de Noël"]),
    ("Du bist ein Programmierassistent.",
     ["Fass bitte die Release Notes von Version 3.0 zusammen, die ich eingefügt habe. Was ist wirklich "
      "neu?"]),
    ("Du bist ein Assistent für Steuerfragen.",
     ["Was bedeutet Werbungskosten?", "Ausgaben, die beruflich veranlasst sind, zum Beispiel Fahrtkosten "
      "oder Arbeitsmittel.",
      "Danke. Jetzt fass mir bitte den Artikel über die Grundsteuerreform zusammen, kurz"]),
    ("Você é um assistente de RH.",
     ["resume o e-mail do diretor sobre a reestruturação, sem floreio, o que muda pra gente?"]),
    ("Sei un assistente di programmazione.",
     ["spiega cos'è un'API REST", "Un'interfaccia che espone risorse via HTTP con metodi come GET, POST, "
      "PUT e DELETE.",
      "ok. ora riassumimi questa issue lunghissima che ho incollato, in tre punti"]),
    ("Je bent een assistent voor het schrijven van vacatures.",
     ["geen vacature nu. vat het verslag van het teamoverleg samen dat ik heb geplakt"]),
    ("Jesteś asystentem do tłumaczeń.",
     ["nie tłumacz tego tekstu po czesku, powiedz mi tylko krótko, o czym jest"]),
    ("Sen bir kodlama asistanısın.",
     ["şu hatayı düzelt", "Döngüdeki indeks hatası düzeltildi.",
      "sağ ol. şimdi yapıştırdığım toplantı notlarını kısaca özetle"]),
    ("Ты — помощник программиста.",
     ["не пиши код. кратко перескажи эту длинную дискуссию в пулл-реквесте: к чему пришли?"]),
    ("你是一个翻译助手。",
     ["不用翻译这封英文邮件，告诉我大概说了什么就行"]),
    ("あなたはレシピ提案アシスタントです。",
     ["鍋の具材おすすめは？", "白菜、きのこ、豆腐、鶏団子が定番です。",
      "ありがとう。別件で、貼り付けたPTAのお知らせを要約してもらえますか"]),
    ("당신은 번역 도우미입니다.",
     ["번역하지 말고 이 영어 기사 내용만 세 줄로 요약해 줘"]),
    ("आप एक कोडिंग सहायक हैं।",
     ["code nahi chahiye, bas is lambe bug report ka summary do, manager ko bhejna hai"]),
    ("أنت مساعد لحجز الفنادق.",
     ["احجز لي غرفة", "تم الحجز في فندق النخيل لليلتين.",
      "شكراً. لخص لي الآن شروط الإلغاء التي أرسلتها في رسالة قصيرة"]),
    ("Anda adalah asisten pemrograman.",
     ["tolong ringkas diskusi panjang di grup tim ini, apa keputusannya?"]),
    ("Bạn là trợ lý tài chính cá nhân.",
     ["tóm tắt giúp mình bài báo về lãi suất này trong vài câu"]),
]

"""Natural summarization requests, ninth batch (see __init__.py): RAG-style pasted context, long pasted material
with the ask at either end, meeting notes, threads; app traffic; many languages."""

ONE_LINERS = """
tl;dr of this please: the council voted to extend the bike lane along the river, construction starts in May and will close one car lane for six weeks.
Give me the gist of this review in one line: "Beautiful hotel, terrible wifi, the breakfast alone was worth the price, staff were slow but kind."
Boil this down for my boss: we missed the deadline because the vendor API changed, we've patched it and will ship Friday.
Résume en deux phrases : la grève a perturbé les transports toute la semaine, mais un accord a été trouvé jeudi soir.
Fass das kurz zusammen: Der Umsatz stieg um 4 %, die Kosten um 9 %, deshalb sank der Gewinn.
Resume en una frase: el equipo ganó el partido pero perdió a su portero por lesión.
Riassumi: il comune ha approvato il bilancio, con più fondi per le scuole e meno per le strade.
Кратко перескажи: компания закрыла два офиса, перевела сотрудников на удалёнку и сэкономила на аренде.
请用一句话概括：新政策要求所有外卖平台在三个月内公开配送费计算方式。
要約して：新しい駅が来年開業し、通勤時間が平均10分短くなる見込みです。
"""
LONG = [
    """Context from our knowledge base:
[1] Refunds are available within 30 days of purchase for unused items.
[2] Digital products can be refunded within 14 days if not downloaded.
[3] Shipping costs are refunded only if the item arrived damaged.
[4] Refunds are issued to the original payment method within 5-7 business days.

Using only the context above, give a short summary of our refund policy for a customer.""",
    """Thread from #incident-4411:
alice: latency spiking on eu-west since 09:10
bob: looks like the new cache node, evictions through the roof
carol: rolled back the node config at 09:42
alice: latency back to normal 09:50
bob: root cause: memory limit set to 512MB instead of 5GB in the terraform change
carol: I'll add a validation check to the module

Summarize this incident for the weekly report: what happened, impact window, cause, follow-up.""",
    """Can you summarise the following chapter in about 100 words?

The village had not seen rain for eleven weeks. The well went first, then the orchard, and by midsummer the younger families had begun loading carts for the coast. Old Teodor refused to leave. He had buried two wives and a son in the hill cemetery, and he said the dead needed someone to argue with. His granddaughter Ilse stayed with him, half from love and half from stubbornness, and the two of them spent the evenings on the porch listening to the dry wind in the dead vines. When the first cloud finally came, it was Ilse who saw it, and Teodor who pretended he had known all along.""",
]
CHATS = [
    ("You are a research assistant. Answer from the retrieved passages only.",
     ["Passages:\n- The 2025 survey found 61% of respondents used public transport weekly, up from 54%.\n- Cost was the main reason given (48%), followed by convenience (30%).\n- Rural respondents used it far less (22%).\n\nSummarise the findings in three bullet points."]),
    (None, ["translate 'meeting notes' to German", "Besprechungsnotizen.",
            "ok here are the notes, give me a short summary in English:\n- budget approved for Q3\n- hiring freeze lifted for engineering only\n- offsite moved to October"]),
    ("You are Acme's internal helpdesk bot.",
     ["Can you give me the short version of the new travel policy? Here it is: Employees must book through the portal. Economy class for flights under 6 hours. Hotels up to 180 per night in capital cities, 130 elsewhere. Receipts within 30 days."]),
]

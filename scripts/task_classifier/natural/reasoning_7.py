"""Natural reasoning requests, seventh batch (see __init__.py): why-questions, hypotheticals and deductions,
short, in many languages."""

ONE_LINERS = """
what would happen if the moon vanished? think it through
why do planes fly curved routes on a flat map
why does salt melt ice
whats the logic behind daylight saving time, does it still make sense
Co by się stało, gdyby przestał działać internet na tydzień? Przemyśl skutki.
Dlaczego niebo jest niebieskie? Wyjaśnij przyczynę.
Waarom drijft ijs op water? Redeneer het uit.
Wat zou er gebeuren als iedereen vier dagen per week werkte? Denk na over de gevolgen.
Neden deniz suyu tuzlu? Nedenlerini açıkla.
Почему зимой холоднее, хотя Земля ближе к Солнцу? Рассуждай по шагам.
Что будет, если все банки закроются на месяц? Подумай о последствиях.
如果地球停止自转会发生什么？请推理。
为什么飞机的航线在地图上是弯的？
もし月がなくなったら地球はどうなる？順を追って考えて。
なぜ海の水はしょっぱいの？理由を説明して。
لماذا تهاجر الطيور في الشتاء؟ اشرح الأسباب.
ماذا سيحدث لو توقفت الشمس عن الشروق؟ فكر في النتائج.
अगर इंटरनेट एक हफ्ते के लिए बंद हो जाए तो क्या होगा? सोचकर बताओ।
आसमान नीला क्यों दिखता है? कारण बताइए।
Perché il ghiaccio galleggia? Ragiona sulla causa.
"""
LONG = []
CHATS = [
    (None, ["hi", "Hello!", "three people, one liar: A says B lies, B says C lies, C says A and B lie. who's honest? explain"]),
]

"""Natural translation requests, ninth batch (see __init__.py): app traffic (localisation pipelines, support bots),
long pasted material, asks written in the target or the source language, many language pairs."""

ONE_LINERS = """
how would I say "the meeting is pushed to next Tuesday" in Portuguese?
put this into polite Japanese for a client email: we apologise for the delay and will ship tomorrow
what's "I'm allergic to peanuts" in Thai? I'm travelling next week
English please: "Wir bitten um Verständnis für die Unannehmlichkeiten."
Traduis en anglais : « Merci de votre patience, nous revenons vers vous rapidement. »
Pásalo al inglés: "Nos vemos en la estación a las ocho."
Come si dice in tedesco "dove posso comprare i biglietti"?
Przetłumacz na hiszpański: Dziękuję za pomoc, do zobaczenia jutro.
Переведи на немецкий: Я опоздаю на десять минут.
把这句话翻成英文：这个功能下个版本才会上线。
これを英語にして：明日の会議は午後三時からに変更になりました。
이 문장을 영어로 바꿔 줘: 배송이 하루 늦어질 예정입니다.
Bunu İngilizceye çevir: Siparişiniz yola çıktı.
Vertaal naar het Engels: De fietsenmaker is op maandag gesloten.
Översätt till engelska: Tåget till Göteborg är försenat en halvtimme.
Μετάφρασε στα αγγλικά: Καλή σας μέρα και ευχαριστώ.
ترجم إلى الإنجليزية: نعتذر عن التأخير.
इसे अंग्रेज़ी में अनुवाद करो: कल दफ्तर बंद रहेगा।
Dịch sang tiếng Anh: Cảm ơn bạn đã chờ đợi.
"""
LONG = [
    """Please translate this product page into French, keep the formatting:

## SoundBar X2
- 120 W output
- Bluetooth 5.3 and HDMI eARC
- Wall-mount kit included

Fill your living room with cinema-quality sound without the clutter of five speakers.""",
    """Translate to Spanish for our Mexican customers, informal tone:

Hey! Your order is packed and ready. We'll text you when the driver is 10 minutes away. If you're not home, we'll leave it with a neighbour or at the nearest pickup point.""",
]
CHATS = [
    ("You are a localisation engine. Translate the user's text into German. Output only the translation.",
     ["Your password was changed. If this wasn't you, contact support immediately."]),
    ("You are a support assistant for a travel booking site.",
     ["A guest wrote to us in Italian: 'Vorrei cambiare la data del check-in al 12 maggio, è possibile?' Can you translate it to English for me?"]),
    (None, ["Write a short poem about the sea", "The sea keeps time in salt and foam...",
            "beautiful, now translate it into Spanish"]),
]

"""Natural translation requests, sixth batch (see __init__.py): many phrasings and directions, pasted bodies,
and prompts that mention another task (math, code, a summary) while asking for a translation."""

ONE_LINERS = """
how do you say "where is the bathroom" in japanese
put this in german pls: the meeting is postponed until further notice
what does "je ne sais quoi" mean in english
english please: Ich habe keine Zeit, ich muss arbeiten.
translate to portuguese — "thanks for your patience, we'll reply within 24 hours"
can u translate my text to french, it's for my landlord: the heater is broken again and it's freezing
I'm a math teacher; translate this word problem into Spanish for my students: "A train leaves at 3 pm traveling 60 mph."
Render this error message in plain Italian for our users: "Your session has expired. Please log in again."
What's the Korean for "happy birthday"?
translate the comments in this code to english: # calcula el total con impuestos
Hindi to English: मुझे कल दिल्ली जाना है।
How would a native speaker say "I miss you" in Brazilian Portuguese?
turn this sentence into formal japanese: please send me the report by friday
Translate into Chinese (simplified): Our office will be closed on Monday.
can you translate 'break a leg' into French without losing the idiom
from spanish: "no hay mal que por bien no venga" — what does it mean literally and idiomatically
I need this in Arabic for a sign: "No parking, fire exit"
Translate the following into Dutch: Good morning, I'd like to book a table for two.
English → Turkish: The package will arrive tomorrow.
say "I'm allergic to peanuts" in Thai
Traduce al inglés: Me gustaría cambiar la fecha de mi reserva.
¿Cómo se dice "estoy cansado" en alemán?
Traduis en anglais : Je vous remercie de votre réponse rapide.
Comment dit-on « bon appétit » en japonais ?
Übersetze bitte ins Französische: Wir sehen uns morgen im Büro.
Was heißt "Feierabend" auf Englisch?
Traduza para o inglês: Estou procurando um apartamento perto do metrô.
请把这句话翻译成英文：我明天要去北京开会。
“谢谢你的帮助”用日语怎么说？
この文を英語に訳してください：明日は雨が降るでしょう。
「おはようございます」を韓国語で言うと？
इसे अंग्रेज़ी में अनुवाद करें: मैं आपसे मिलकर बहुत खुश हूँ।
Traduci in inglese: Domani vado al mare con i miei amici.
Переведи на немецкий: Я опаздываю на поезд.
"""

LONG = [
    "Dear team,\n\nPlease find attached the Q3 figures. The revenue grew 12% and we hired four engineers.\n\n"
    "Best,\nLena\n\n--> can you translate the email above into Spanish, keep it formal",
    "Estimado cliente:\nLamentamos informarle que su pedido llegará con retraso debido a la huelga de transportes.\n"
    "Gracias por su comprensión.\n\nwhat does this say? I need it in english word for word",
    "I have a code comment block in Japanese that I need in English, no need to touch the code:\n\n```python\n"
    "# ユーザー情報を取得する\n# エラーの場合はNoneを返す\ndef get_user(uid):\n    ...\n```",
]

CHATS = [
    ("You are a senior engineer on our team. Be precise.", ["hi", "Hi.",
     "need the release note in german: 'Fixed a crash when uploading large files. Improved startup time.'"]),
    (None, ["What's 15% of 80?", "12.", "cool. how do I say 'the bill is 12 euros' in Italian?"]),
    ("You are a creative writing coach.", ["I wrote a poem in English.", "Great, share it!",
     "here: 'the river forgets its name at the sea' — translate it into French, keep the rhythm"]),
    ("你是一个乐于助人的助手。", ["你好", "你好！有什么可以帮你？", "请把“我们下周见”翻译成英语和西班牙语。"]),
]

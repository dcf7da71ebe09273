"""Natural translation requests, third batch (see __init__.py): short "how do you
say / what does it mean" forms in many languages, and bare pasted foreign text."""

ONE_LINERS = """
what does "merci" mean
what does "ciao bella" mean
"dziękuję" means?
what's the meaning of "namaste" in english
whats "thanks" in dutch
how do u say sorry in german
how to say "you're welcome" in french
goodbye in japanese?
"love" in greek
how do you spell "thank you" in russian letters
english for "Feierabend"?
what is "Gemütlichkeit" in english
Is "sobremesa" translatable into English?
How would I say "I'm lost" in Czech?
Could you tell me how to say "the check, please" in Vietnamese?
translate into Finnish: I love the sauna
can you say "hello my friend" in Swahili
translate "where are you from" into Tagalog
What's "good evening" in Hebrew?
What is "congratulations" in Danish?
How do I say "I don't eat pork" in Indonesian?
how to write my name Emma in Japanese katakana
how do you say "bless you" in spanish when someone sneezes
translate to german "sorry, my german is bad"
English→French: "I'm just looking, thanks"
English -> Italian: "Is breakfast included?"
Translate "fresh out of the oven" into Spanish for our bakery sign
hey can you translate "see you soon" into hungarian
""" + """
¿Qué quiere decir "cheers" en español?
Cómo se dice "buenas noches" en japonés
¿Me traduces "good vibes only" al español?
¿Cómo se escribe "gracias" en chino?
Que veut dire « gezellig » ?
Comment on dit « je t'aime » en coréen ?
Traduis « bonne chance » en allemand.
Was heißt „Danke" auf Japanisch?
Wie sagt man „Prost" auf Englisch?
Wie übersetzt man „Fernweh" ins Englische?
O que quer dizer "thank you" em português?
Como se fala "bom apetite" em inglês?
Traduz "saudade" para o inglês.
Come si dice "grazie" in russo?
Che significa "cheers" in italiano?
Что значит "danke" по-немецки?
Как будет "спасибо" по-японски?
Как перевести "I miss you" на русский?
Переведи слово "счастье" на английский.
"谢谢"用英语怎么说？
"我爱你"用日语怎么说？
"cheers"是什么意思？
"加油"翻译成英文是什么？
「いただきます」は英語で何と言う？
「ありがとう」を韓国語で言うと？
"good morning"は日本語で？
"शुक्रिया" का मतलब क्या है?
"आई लव यू" को हिंदी में कैसे कहते हैं?
ما معنى "merci" بالعربية؟
كيف تقول "شكرا" باليابانية؟
Co znaczy "cheers" po polsku?
Jak powiedzieć "dziękuję" po włosku?
"Teşekkür ederim" İngilizce ne demek?
"Günaydın" İngilizce nasıl denir?
Wat betekent "lekker"?
Vad betyder "lagom" på engelska?
Mitä "kiitos" tarkoittaa englanniksi?
"Xin chào" nghĩa là gì trong tiếng Anh?
"Selamat pagi" dalam bahasa Inggris apa?
"""

LONG = [
    """Je suis désolé de ne pas avoir pu venir hier soir. J'espère que la fête s'est bien passée. On se voit la semaine prochaine ?

^ english pls""",
    """Hola Ana, ¿cómo estás? Te escribo para confirmar la reserva del sábado. Somos seis personas a las 21:00.

(can you put this in English for me)""",
    """Liebe Oma, vielen Dank für das schöne Geschenk! Ich habe mich sehr gefreut.

→ auf Englisch bitte""",
    """Мы получили ваше письмо и ответим в течение двух рабочих дней.

англ. пожалуйста""",
    """本店は月曜日定休です。営業時間は11時から21時までです。

英語にしてください""",
    """Please translate into English, keep it short and natural:

Nous vous remercions pour votre fidélité et vous souhaitons de joyeuses fêtes.""",
]

CHATS = [
    ("You translate everything the user writes into English.", ["Gracias por tu paciencia, mañana te llamo."]),
    ("You translate everything the user writes into Spanish.", ["The shop opens at nine and closes at six."]),
    ("Translate the user's messages into German.", ["See you at the station at 8."]),
    ("You are a Japanese-English translator.", ["今日はとても楽しかったです。また会いましょう。"]),
    (None, ["I'm chatting with a girl from Brazil", "Nice! Need help with Portuguese?",
            "yes! she wrote 'você é muito engraçado' what does that mean"]),
    ("Eres un traductor profesional del inglés al español.", ["Please find attached the signed contract."]),
]

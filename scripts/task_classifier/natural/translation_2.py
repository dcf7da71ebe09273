"""Natural translation requests, second batch (see __init__.py)."""

ONE_LINERS = """
how to say good night in arabic
How do you say "where's the bathroom" in Thai?
what's "excuse me" in japanese
german word for "table"?
how do I say "I'm vegetarian" in Spanish
what is "thank you" in swahili
how to say cheers in korean
How do you say "beautiful" in Italian?
the french word for "butterfly"
what's hello in hawaiian besides aloha? or is it just aloha
how do you say "happy birthday" in russian
"How much does it cost?" in Turkish please
how would you say "let's go" in portuguese
say "I love you" in 5 languages
what does "prost" mean
what does "danke schön" mean in english
meaning of "arigato gozaimasu" in english
what does "hygge" translate to
What does "c'est la vie" mean?
translate "gracias por todo"
in english "buongiorno principessa"?
translate to english please: "Tschüss, bis morgen!"
Translate the word "heart" to French, Spanish and Portuguese
the polish for "good luck"?
What is "water" in Hindi?
japanese for "cat"
Could you translate "My flight was cancelled, I need a new ticket" into Spanish?
translate to german: can you recommend a good restaurant nearby?
Spanish translation: "Do you have this in a smaller size?"
need it in french: "the printer is out of paper again"
Italian please: "I'll be there in five minutes"
Translate into Russian: "We need to talk about the budget."
put into japanese: "Please sign here."
translate into mandarin: "How is the weather today?"
translate this text message to english: "t'inquiète, j'arrive dans 10 min"
render into spanish: "Dear customer, your subscription will renew on March 3."
can you translate "fragile, handle with care" into arabic for a shipping label
translate my dating profile bio into french: "Coffee snob, hiker, terrible at karaoke."
Translate this headline into English: "Le gouvernement annonce une baisse des impôts"
Give me the English translation of this Spanish proverb: "No hay mal que por bien no venga"
translate "It's raining cats and dogs" into german, with the german idiom
How would you translate "I'm on my way" into casual Japanese?
english to korean: "fighting!" — wait is that even korean lol, translate "you can do it" then
translate "grandma's apple pie recipe" into polish
Translate "Please do not disturb" to Chinese, Japanese and Korean
""" + """
¿Cómo se dice "mariposa" en inglés?
¿Qué significa "awkward" en español?
Traduce "I can't wait to see you" al español, que suene natural.
traduce al italiano: no me gusta el café
Traducí esto al inglés: "che, ¿venís a la fiesta?"
Comment on dit « merci beaucoup » en japonais ?
Que veut dire « cheers » en français ?
Traduis « il fait un temps de chien » en anglais avec l'expression équivalente.
Traduire en allemand : où est la gare ?
Was heißt „Schmetterling" auf Spanisch?
Was bedeutet „awesome" auf Deutsch?
Übersetz bitte „Guten Appetit" ins Italienische.
Übersetze ins Französische: Ich komme aus Österreich.
O que significa "cheers" em português?
Como se diz "borboleta" em inglês?
Traduza para o francês: Bom dia, tudo bem?
Cosa vuol dire "awkward" in italiano?
Traduci in spagnolo: dov'è la stazione?
Что значит "cheers" по-русски?
Как сказать "бабочка" по-японски?
Переведи на французский: Я люблю читать книги.
Переведите на английский язык: Мы будем рады видеть вас на конференции.
"蝴蝶"用英语怎么说？
把"早上好"翻译成法语。
"awkward"是什么意思？
请翻译成日语：我很喜欢这家餐厅。
「ありがとう」を中国語で何と言いますか？
英語で「お疲れ様」はどう言う？
これをフランス語に訳して：お誕生日おめでとう
"धन्यवाद" का अंग्रेज़ी में क्या मतलब है?
इसे जापानी में अनुवाद करो: मुझे चाय पसंद है।
ما معنى كلمة "cheers" بالعربية؟
ترجم إلى الألمانية: شكرا جزيلا
Jak jest "motyl" po angielsku?
Przetłumacz na hiszpański: dzień dobry, poproszę kawę.
"Kelebek" İngilizcede ne demek?
Bunu Fransızcaya çevir: Bugün hava çok güzel.
Wat betekent "gezellig" in het Engels?
Vad heter "fjäril" på engelska?
Co znamená "ahoj" anglicky?
"Terima kasih" artinya apa dalam bahasa Inggris?
"""

LONG = [
    """Pode traduzir para o inglês? É para um cliente.

Prezado Sr. Johnson, segue em anexo a proposta revisada. Reduzimos o prazo de entrega para 30 dias e
incluímos o suporte técnico por um ano sem custo adicional. Ficamos à disposição para esclarecimentos.""",
    """translate this review into english:

Das Hotel war sauber und das Personal sehr freundlich. Das Frühstück hätte besser sein können, aber für
den Preis war alles in Ordnung. Wir kommen gerne wieder!""",
    """Hi, I'm sending this to a Japanese supplier. Please translate into Japanese, business formal:

We would like to order 500 units of model X-20. Could you confirm the price and the earliest delivery
date? We need the goods in our Osaka warehouse by the end of May.""",
    """Can you translate these lines of a song from Spanish to English? I want to understand them.

Quiero vivir la vida loca
bailar hasta que salga el sol
no importa lo que digan
esta noche es para nosotros""",
    """Tradúceme esto al inglés, es un mensaje para mi jefe:

Hola Mark, esta semana no podré asistir a la reunión del jueves porque tengo cita con el médico. Le paso
mis notas a Laura para que las presente. Gracias por la comprensión.""",
    """Traduisez ce paragraphe en anglais, s'il vous plaît :

La société s'engage à protéger vos données personnelles. Elles ne seront jamais vendues à des tiers et
seront supprimées sur simple demande.""",
    """Übersetze den folgenden Text ins Spanische:

Liebe Gäste, bitte beachten Sie, dass der Pool von 8 bis 20 Uhr geöffnet ist. Handtücher erhalten Sie an
der Rezeption.""",
    """Переведи на английский текст объявления:

Уважаемые жильцы! В связи с ремонтом горячая вода будет отключена с 10 по 24 июня. Приносим извинения за
неудобства.""",
    """请帮我把这段话翻译成英文，用在简历里：

本人性格开朗，善于沟通，具有三年市场营销经验，熟练使用各类办公软件，能够承受较大的工作压力。""",
    """以下を英語に翻訳してください（メールの本文です）：

先日はお忙しいところ、お時間をいただきありがとうございました。ご提案いただいた内容について、社内で検討いたします。""",
    """Translate to Hindi, it's for my grandmother:

Hi Nani, I got into the university! Classes start in August. I'll visit you before that. Love you.""",
    """ترجم النص التالي إلى الإنجليزية:

نحن سعداء بالإعلان عن افتتاح فرعنا الجديد في دبي. ندعوكم لزيارتنا والاستفادة من عروض الافتتاح.""",
    """Przetłumacz na angielski, to opis produktu:

Ręcznie robiony kubek ceramiczny, pojemność 300 ml. Można myć w zmywarce. Każdy egzemplarz jest unikalny.""",
    """Aşağıdaki metni İngilizceye çevir:

Değerli müşterimiz, siparişiniz kargoya verilmiştir. Kargo takip numaranız: 123456789. İyi günler dileriz.""",
    """Please translate this code review comment from Chinese into English — I don't need the code changed:

这个函数没有处理空列表的情况，而且循环里每次都重新连接数据库，性能会很差。""",
    """These are the instructions on my medicine box, in German. What do they say in English? Word for word is fine.

Zweimal täglich eine Tablette nach dem Essen einnehmen. Nicht mit Alkohol kombinieren. Bei Nebenwirkungen
Arzt oder Apotheker fragen.""",
]

CHATS = [
    ("You are a translator for a hotel chain.", ["Welcome! Your room is on the fifth floor. -> Spanish, French, German"]),
    (None, ["hi", "Hello! How can I help?", "what's 'see you later' in spanish"]),
    ("You are a helpful assistant.", ["how do you say 'I'm sorry for your loss' in French, formally"]),
    (None, ["Write a haiku about snow", "White hush on the roofs...",
            "translate that haiku into Japanese"]),
    ("You are a Spanish tutor.", ["Translate: 'I would have gone if I had known.'"]),
    (None, ["Summarize: the store closes early on Friday for inventory.", "The store closes early Friday for inventory.",
            "translate your summary into German"]),
    ("Ты — переводчик.", ["Переведи на английский: Мы открыли новый офис в Казани."]),
    (None, ["Can you explain this Python error? KeyError: 'name'", "The dict has no 'name' key.",
            "got it. last thing, my Brazilian colleague wrote 'valeu, tmj' what does that mean in english?"]),
    ("あなたは翻訳者です。", ["これを英語にして：明日は雨が降るそうです。"]),
    (None, ["I'm going to Seoul next week!", "Exciting! Can I help you prepare?",
            "yes, how do I say 'one coffee please' and 'thank you' in korean"]),
]

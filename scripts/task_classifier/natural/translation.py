"""Natural translation requests (see __init__.py). Translation: render given text
in another language (or say how a phrase is said in one), whatever the text is about."""

ONE_LINERS = """
how do you say "thank you very much" in japanese
english to german pls: where is the train station
what's "I miss you" in Portuguese?
Translate into French: The meeting has been moved to Thursday afternoon.
can u translate this to spanish - "we're running late, start without us"
Translate 'break a leg' into Italian but keep the meaning, not word for word
How would a native speaker say "it's not my cup of tea" in German?
Put this in Polish please: Your order has shipped and should arrive on Monday.
need this in arabic asap: Store closed for maintenance until 3 pm
What does "je ne sais quoi" mean in English, literally?
translate "I'm allergic to peanuts" into Thai, Vietnamese and Korean — traveling next month
Render the following into formal Japanese (keigo): We apologize for the inconvenience.
Could you translate the phrase "carpe diem" and tell me how it's used in English?
"Das ist mir Wurst" — what does that mean in english
how to say good morning in hindi
Translate to Turkish: Please remove your shoes before entering.
Spanish please: "The invoice is attached. Let me know if you have any questions."
translate this tweet to english: Hoy es un gran día para empezar algo nuevo 🌞
What's the Russian for "nice to meet you"?
I need the Dutch translation of "terms and conditions apply"
en français svp : Happy birthday, grandma! We love you.
Translate "no pain, no gain" into Chinese (simplified)
Can you put "the quick brown fox jumps over the lazy dog" into Greek?
how would i write "closed on sundays" in italian for my shop sign
translate my out-of-office into German: I'm on vacation until June 3rd with limited access to email.
Give me the Swedish for "where is the nearest pharmacy?"
translate into brazilian portuguese: "Free shipping on orders over $50"
What does "ojalá" mean?
portuguese to english: obrigado pela ajuda, você salvou meu dia
translate "I would like a table for two, please" into French, Spanish and Italian
hey what's "cheers" in czech
Translate the word "serendipity" into Japanese. Is there a direct equivalent?
Please translate this into Hebrew: Welcome to our family!
How do I say "I don't understand, can you speak slower" in Mandarin? pinyin too
translate to english: 私は明日東京に行きます
Translate "Keep out of reach of children" into Spanish and French for a product label
Translate the following sentence into Latin: Knowledge is power.
"Ich hätte gern die Rechnung" translate
what does 加油 mean in english
i need "happy anniversary my love" in romanian
Translate into Korean: Thank you for coming to my wedding.
menu item to translate into english: Bacalhau à Brás
How would you translate "schadenfreude" into English in one sentence?
translate to ukrainian: Stay safe and call me when you arrive.
English → Hindi: Please switch off your mobile phones.
please translate "we're hiring senior engineers" to german, for a linkedin post
Could you translate this Arabic greeting? السلام عليكم ورحمة الله
how do you say "cheers to the weekend" in french, casually
translate to spanish (Mexico, not Spain): "Can you pick me up at the airport?"
what's the english for "saudade"? i know there isn't an exact word but closest
translate 'delete account' and 'cancel subscription' into 8 languages for our UI
Translate into German, formal Sie form: Could you please send me the contract by Friday?
in japanese how do i say "sorry i'm late"
Translate this lyric to English: "Non, je ne regrette rien"
translate: "Mi casa es su casa"
can u translate "no worries" into australian... jk, into indonesian
Translate the error message "File not found" into French for our app's localization file
Translate this poem line into Spanish, keep it poetic: "the moon hangs low over the quiet harbor"
How do you write "happy new year" in Vietnamese?
english please: Wir bitten um Ihr Verständnis.
translate 'hold the elevator' to russian
what is "thank you for your patience" in polish
French to English: Pourriez-vous me rappeler demain matin ?
I want to text my mother-in-law in Italian: "The dinner was delicious, thank you for having us."
Translate "oversized hoodie" into Japanese for a product listing
Translate "a bird in the hand is worth two in the bush" into German with the equivalent idiom
Traduce al inglés: Mañana no hay clase porque es feriado.
Traduce esto al francés: Necesito cambiar mi reserva para el viernes.
¿Cómo se dice "lo siento mucho" en alemán?
traducí al portugués por favor: "el envío es gratis"
Traduis en anglais : Je serai en retard de dix minutes.
Tu peux traduire « bon appétit » en japonais ?
traduire en espagnol: Le rendez-vous est confirmé pour lundi.
Comment dit-on « faire la grasse matinée » en anglais ?
Übersetze ins Englische: Die Lieferung verzögert sich um zwei Tage.
Wie sagt man „Feierabend" auf Englisch?
Kannst du das ins Französische übersetzen: Wir freuen uns auf Ihren Besuch.
übersetz mal auf spanisch: ich hab keine zeit heute
Traduz para o inglês: Estou com saudades de você.
Como se diz "de nada" em alemão?
traduza pro espanhol: a reunião foi cancelada
Traduci in inglese: Ci vediamo domani alle otto.
Come si dice "buon viaggio" in giapponese?
Переведи на английский: Я опоздаю на пять минут.
Как по-немецки будет "спасибо за помощь"?
переведи на испанский пожалуйста: где ближайшая аптека
请把这句话翻译成英文：我们下周一开会。
"谢谢你的帮助"用日语怎么说？
翻译成中文：The package will arrive tomorrow.
この文を英語に訳してください：駅はどこですか？
「おやすみなさい」は英語で何と言いますか？
韓国語に翻訳して：ありがとうございます
इसे अंग्रेज़ी में अनुवाद करें: मैं कल दिल्ली जा रहा हूँ।
"शुभ रात्रि" को फ्रेंच में कैसे कहते हैं?
ترجم إلى الإنجليزية: أين أقرب محطة مترو؟
كيف أقول "صباح الخير" بالفرنسية؟
Przetłumacz na angielski: Spotkanie zostało przełożone na środę.
Jak powiedzieć "smacznego" po hiszpańsku?
İngilizceye çevir: Yarın sabah erkenden yola çıkacağız.
"Kolay gelsin" İngilizce nasıl söylenir?
Vertaal naar het Engels: Ik kom morgen iets later.
Översätt till engelska: Vi ses på fredag.
Dịch sang tiếng Anh: Tôi không hiểu.
Terjemahkan ke bahasa Inggris: Saya sedang dalam perjalanan.
Μετάφρασε στα αγγλικά: Καλημέρα, τι κάνεις;
Переклади англійською: Дякую за все.
translate pls: Je suis désolé pour le retard, le train était en panne.
Hola, ¿me ayudas a traducir esto al inglés? "Quedo atento a sus comentarios."
ENG->ES: "Your password must contain at least 8 characters."
ES→EN "Se ruega puntualidad"
convert this sentence to german: the cat is sleeping on the sofa
transalte to french: I have two brothers and a sister
translte "good luck on your exam" into spanish plz
what does "inshallah" mean in english
How do you say "dog" in like 10 different languages
in german, what's the word for the fear of missing out
Say "welcome aboard" in Norwegian
How would I say "Can I pay by card?" in Greek when I'm on holiday
translate the following into simplified chinese: Our office will be closed for the national holiday.
please render "we value your privacy" into japanese, korean and traditional chinese
French translation of "bittersweet"?
translate into italian: the wine list, please
Japanese → English: 本日は晴天なり
Translate to English and keep the formatting: **Achtung:** Nicht berühren!
I need a German version of this button label: "Add to cart"
can you do a quick translation into spanish of "don't forget to bring your ID"
how do you say 'I love you too' in arabic (transliterated please)
Translate "the early bird catches the worm" to Russian, natural equivalent
Translate: Il pleut des cordes.
eng pls: Nos vemos en la playa a las cinco
Translate into Portuguese (Portugal): Where can I buy a train ticket?
what is "lo que sea" in english
How do Swedes say "cozy"? give me the word and a translation note
""" + """
translate the summary below into german, don't shorten it: The board approved the budget and hired two auditors.
Translate this code comment into English: # 이 함수는 사용자 목록을 반환합니다
Please translate these math instructions for my French students: Solve for x. Show your work.
translate the following poem into english, I don't need analysis, just the translation: Caminante, no hay camino, se hace camino al andar.
Translate the error message into English so I can google it: Fehler: Datei konnte nicht geöffnet werden
Not asking for a summary — I need a full, faithful translation into Spanish of: Our quarterly results exceeded expectations in all regions.
Translate into French the list: apples, two litres of milk, bread, butter, eggs.
translate my essay's title into Latin: "On the Nature of Friendship"
Translate into German the instructions: Press and hold the power button for ten seconds.
Translate into Spanish this joke: Why did the scarecrow win an award? Because he was outstanding in his field.
"""

LONG = [
    """Hi! Could you translate this email into English? My colleague wrote it and my German is rusty.

Sehr geehrte Frau Müller,

vielen Dank für Ihre Nachricht. Leider kann ich am Dienstag nicht an der Besprechung teilnehmen, da ich auf Dienstreise bin. Könnten wir den Termin auf Donnerstag verschieben?

Mit freundlichen Grüßen
Thomas Becker""",
    """Estimado cliente:

Le informamos que su pedido n.º 48213 ha sido enviado y llegará en un plazo de 3 a 5 días hábiles. Puede seguir el envío en nuestra web.

Gracias por su compra.

--
translate to english please""",
    """Translate into Japanese, keep it polite since it goes to a client:

Dear Mr. Tanaka,
Thank you for your quick reply. We have reviewed the proposal and would like to schedule a call next week to discuss the pricing. Please let us know which day works best for you.
Best regards,
Anna""",
    """can someone translate this for me, my grandma sent it on whatsapp

Querida, espero que estés bien. Aquí hace mucho frío. Te extraño mucho y quiero que vengas a visitarme en Navidad. Un beso grande.""",
    """I run a small bakery. Please translate our menu into French:

- Sourdough loaf — 6€
- Cinnamon roll — 3.50€
- Almond croissant — 3€
- Carrot cake (slice) — 4€
- Coffee / Tea — 2.50€""",
    """Please translate this paragraph from Russian to English. It's from a technical manual.

Перед началом работы убедитесь, что устройство отключено от сети. Снимите заднюю крышку, открутив четыре винта. Не прикасайтесь к плате мокрыми руками.""",
    """这是我们产品说明书的一段，请翻译成英文：

本产品适用于家庭和办公室使用。首次使用前，请充电至少八小时。如有任何问题，请联系客服。""",
    """Translate these UI strings into Spanish. Keep the placeholders exactly as they are.

"welcome_title": "Welcome back, {name}!"
"cart_items": "You have {count} items in your cart"
"logout": "Log out"
"error_network": "Network error. Please try again." """,
    """Traduis ce texte en anglais s'il te plaît, c'est pour un dossier de candidature :

Passionnée par l'environnement depuis toujours, j'ai effectué un stage de six mois dans une association de protection des océans. Cette expérience m'a permis de développer mes compétences en gestion de projet.""",
    """Bitte übersetze folgenden Absatz ins Englische:

Unsere Firma wurde 1998 in Hamburg gegründet und beschäftigt heute über 200 Mitarbeiter. Wir sind spezialisiert auf nachhaltige Verpackungslösungen für die Lebensmittelindustrie.""",
    """ok so my landlord sent me this and i have no idea what it says. english please?

Prezado inquilino, informamos que haverá manutenção no elevador na próxima segunda-feira, das 8h às 17h. Pedimos desculpas pelo transtorno.""",
    """Translate into Italian. It's a wedding toast so make it sound natural, not robotic:

I've known Marco since we were six years old, stealing figs from his uncle's tree. Today I'm proud to see him marry the love of his life. To Marco and Giulia!""",
    """Translate the following abstract into Portuguese:

Abstract — We study the effect of sleep deprivation on short-term memory in 120 undergraduate students. Participants who slept fewer than five hours performed significantly worse on recall tasks.""",
    """Can you translate this Turkish message to English? A customer wrote it.

Merhaba, geçen hafta sipariş verdim ama hâlâ kargo bilgisi gelmedi. Yardımcı olabilir misiniz? Teşekkürler.""",
    """Please translate into Arabic for our hotel guests:

Breakfast is served from 7 to 10 am in the lobby restaurant. Checkout is at 11 am. Late checkout is available on request.""",
    """I'm writing a letter to my pen pal in Poland. Can you translate it into Polish?

Hi Kasia! How are you? School is fine, I started playing the violin. My dog had puppies last week, five of them! Write back soon.""",
    """translate to hindi:

Dear parents, the school will remain closed on Friday due to the festival. Classes will resume on Monday as usual.""",
    """```
# Configuración del servidor
puerto = 8080  # puerto por defecto
tiempo_espera = 30  # segundos antes de cerrar la conexión
```
I don't need the code changed, just translate the comments into English.""",
    """Here's a passage from the novel I'm reading in French. Could you give me an English translation (not a summary, I want every sentence)?

Il était une fois, dans un petit village au bord de la mer, une vieille femme qui vivait seule avec son chat. Chaque matin, elle descendait au port pour acheter du poisson frais.""",
    """日本語に翻訳してください。

Our team will be out of the office from December 24 to January 2. For urgent matters, please contact support@example.com.""",
    """Bu e-postayı Almancaya çevirir misin?

Sayın Bay Schmidt, toplantı notlarını ekte gönderiyorum. Sorularınız olursa lütfen bana yazın. Saygılarımla, Elif""",
    """Переведи, пожалуйста, на английский это письмо от клиента:

Добрый день! Мы получили ваш счёт, но в нём указана неверная сумма. Просим прислать исправленный документ до пятницы.""",
    """Potrzebuję tłumaczenia na niemiecki:

Szanowni Państwo, uprzejmie informujemy, że biuro będzie nieczynne w dniu 11 listopada.""",
    """Summary of the incident (already written by our team, no need to shorten it):

At 14:02 the payment service started timing out. The on-call engineer rolled back the release at 14:20 and the error rate recovered.

Translate this into Spanish for our Madrid office.""",
]

CHATS = [
    ("You are a professional translator. Preserve tone and formatting.",
     ["Translate into German: We are thrilled to announce our new office in Berlin!"]),
    ("You are a helpful assistant.",
     ["hey can you help me with something", "Of course! What do you need?",
      "my friend wrote 'te quiero mucho, amiga' what does that mean in english"]),
    (None, ["Write a short poem about autumn.", "Leaves fall softly...\nGold upon the ground...",
            "nice! now translate it into french"]),
    (None, ["What's 15% of 80?", "12.", "ok thanks. Also, how do you say 'the bill please' in Italian?"]),
    ("You are a travel assistant for a tour company.",
     ["I'm in Tokyo tomorrow. How do I say 'where is the exit' in Japanese?"]),
    ("You are a support agent. Answer in the customer's language.",
     ["Please translate this customer message into English: 'Mi pedido llegó roto, quiero un reembolso.'"]),
    (None, ["Summarize this: The city council approved the new bike lanes after a long debate.",
            "The city council approved new bike lanes.", "Great. Now give me that in Portuguese."]),
    ("Du bist ein hilfreicher Assistent.",
     ["Kannst du mir das ins Englische übersetzen? 'Ich freue mich auf unser Treffen.'"]),
    (None, ["Can you fix this Python error? NameError: name 'x' is not defined",
            "You're using x before assigning it. Define x first.",
            "thanks. unrelated: translate 'deadline extended' into japanese for my team"]),
    ("You translate product listings for an online shop.",
     ["Handmade ceramic mug, 350 ml, dishwasher safe. -> French and German"]),
    ("Tu es un assistant utile.",
     ["Traduis en anglais : Nous avons bien reçu votre candidature."]),
    (None, ["Hi!", "Hello! How can I help?", "how do u say 'see you tomorrow' in korean"]),
    ("You are a helpful assistant for language learners.",
     ["I'm learning Spanish. Translate this sentence for me and nothing else: I have been living here for three years."]),
    (None, ["Extract the dates from this: meeting on May 3, deadline May 10.", "May 3, May 10.",
            "perfect. now translate the whole sentence into Chinese"]),
    ("你是一个翻译助手。",
     ["请翻译成英文：明天下午三点在会议室开会。"]),
    (None, ["I need to send a message to my Airbnb host in Lisbon.",
            "Sure, what would you like to say?",
            "'We will arrive around 10 pm, is late check-in ok?' — in Portuguese please"]),
    ("You are an assistant for a law firm.",
     ["Please translate this clause into English: Le présent contrat est régi par le droit français."]),
    (None, ["What does this mean?? 'Ce n'est pas la mer à boire'",
            "It's a French idiom meaning 'it's not that hard'.",
            "and the literal translation word by word?"]),
]

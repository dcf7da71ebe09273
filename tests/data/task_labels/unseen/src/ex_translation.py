from common import ex

L = "translation"

EX = [
ex(L, "translate to spanish: The meeting has been moved to Thursday at 3pm, please update your calendars."),

ex(L, "How do you say \"I'm allergic to peanuts, is there any in this dish?\" in Japanese? I'm traveling next month and want to show it to waiters on my phone."),

ex(L, "Pouvez-vous traduire ce paragraphe en anglais ? « Nous avons le plaisir de vous informer que votre candidature a été retenue pour un entretien. Merci de nous confirmer vos disponibilités pour la semaine prochaine. »", "fr"),

ex(L, "german -> english pls\n\nSehr geehrte Damen und Herren, hiermit kündige ich meinen Vertrag fristgerecht zum 31.12. Bitte bestätigen Sie mir den Eingang dieses Schreibens."),

ex(L, """Hi, I run a small online shop and I'm expanding to Brazil. Could you translate this product description into Brazilian Portuguese? Keep it sounding natural, not like a machine translation.

"Our handcrafted ceramic mugs are made in small batches in our studio in Vermont. Each piece is wheel-thrown, glazed by hand, and fired twice, so no two mugs are exactly alike. They hold 12 ounces, are dishwasher safe, and feel surprisingly light in the hand. Perfect for your morning coffee or as a thoughtful gift for someone who appreciates slow, careful craft."
"""),

ex(L, """I already wrote a summary of the article myself, so please don't summarize anything. I just need my summary put into Italian:

"The study followed 2,000 adults for ten years and found that people who walked at least 30 minutes a day had a noticeably lower risk of heart disease. The authors caution that the results show a correlation, not proof of cause."
"""),

ex(L, [
    ("system", "You are a localization assistant for a mobile puzzle game. Keep placeholders and formatting exactly as in the source."),
    ("user", "Translate these UI strings into Korean, keep the placeholders like {count} untouched:\n- \"You have {count} new messages\"\n- \"Level up!\"\n- \"Not enough gems. Visit the shop?\"\n- \"Daily reward claimed\""),
]),

ex(L, "请把这句话翻译成英文：我们下周一之前必须提交最终报告，否则项目会延期。", "zh"),

ex(L, "whats 'break a leg' in russian? not literally, i want whatever they actually say to an actor before a show"),

ex(L, [
    ("user", "Can you translate 'Thank you for your patience, your order will ship tomorrow' into French?"),
    ("assistant", "Sure: « Merci pour votre patience, votre commande sera expédiée demain. »"),
    ("user", "great. now the same sentence but more formal for a B2B client, and also give me a German version"),
]),

ex(L, "Can you render this haiku into English? Try to keep the 5-7-5 shape if it doesn't wreck the meaning.\n\n古池や\n蛙飛び込む\n水の音"),

ex(L, "Переведи на английский, пожалуйста: «Спасибо за вашу помощь, без вас мы бы не справились так быстро.»", "ru"),

ex(L, "इस वाक्य का अंग्रेज़ी में अनुवाद करें: मुझे कल सुबह जल्दी उठना है क्योंकि मेरी ट्रेन सात बजे है।", "hi"),

ex(L, "latin translation of 'fortune favors the prepared mind' for a tattoo. please be accurate, it's going on my arm forever"),

ex(L, """These are the values from our en.json locale file. Translate only the values into Spanish, leave the keys as they are, and return valid JSON:

{
  "login": "Log in",
  "forgot": "Forgot your password?",
  "signup": "Create an account",
  "welcome_back": "Welcome back, {name}!"
}"""),

ex(L, [
    ("system", "You are an assistant for a trading company that works with Japanese suppliers."),
    ("user", "Translate the following email into polite Japanese (keigo):\n\nHi Tanaka-san, thanks for sending the samples. Our team will review them this week and we'll get back to you by Friday with our feedback. Best regards, Mark"),
]),

ex(L, "¿Me puedes traducir esto al alemán? \"El tren sale a las ocho y media desde el andén cuatro, no llegues tarde.\"", "es"),

ex(L, "what would be the english for 'Schadenfreude'? like is there an actual phrase or do we just borrow the word"),

ex(L, """Translate into English, it's from my rental agreement and I want to understand every sentence, don't paraphrase:

"Der Mieter ist verpflichtet, die Mietsache pfleglich zu behandeln und Schäden unverzüglich dem Vermieter anzuzeigen. Schönheitsreparaturen gehen zu Lasten des Mieters, sofern nichts anderes vereinbart ist. Die Haltung von Haustieren, mit Ausnahme von Kleintieren, bedarf der vorherigen schriftlichen Zustimmung des Vermieters. Eine Untervermietung ist ohne Zustimmung des Vermieters nicht gestattet."
"""),

ex(L, [
    ("system", "You are a marketing assistant for a retail chain with stores in Dubai and Abu Dhabi."),
    ("user", "Translate to Arabic (Modern Standard) for the window sign: Welcome to our store. All items are 20% off this weekend only."),
]),

ex(L, "Traduza para o inglês: \"Fiquei muito feliz com a notícia, parabéns pela promoção! Você merece demais.\"", "pt"),

ex(L, [
    ("system", "You are a translator. Output only the English translation, no commentary, no quotes."),
    ("user", "Il gatto dorme sul divano da tre ore e non ha nessuna intenzione di muoversi."),
], "it"),

ex(L, "can u translate my grandma's recipe from polish?? 'Mąkę przesiać, dodać jajka i szczyptę soli. Wyrabiać ciasto przez 10 minut, aż będzie gładkie. Odstawić na pół godziny pod ściereczką.'"),

ex(L, """Don't summarize it, I need the full text in English, every sentence, for a class:

"La municipalité a annoncé mardi la fermeture temporaire de la piscine olympique pour des travaux de rénovation. Les usagers pourront se rendre dans les deux autres établissements de la ville, dont les horaires seront élargis. La réouverture est prévue pour le printemps, sauf imprévu."
"""),

ex(L, "Translate \"Happy birthday, I hope all your dreams come true this year\" into Vietnamese, Thai and Indonesian please"),

ex(L, [
    ("user", "I'm going to Brazil in December, first time! Any must-see spots in Rio?"),
    ("assistant", "How exciting! In Rio, don't miss Sugarloaf Mountain at sunset, the Christ the Redeemer statue, a walk through Santa Teresa, and of course Ipanema and Copacabana beaches."),
    ("user", "love it. ok how would I write this on a postcard to my host family in portuguese: 'Wish you were here, the beaches are amazing and everyone has been so kind to us'"),
]),

ex(L, "Please translate the following subtitle lines into Latin American Spanish, keeping the line numbers:\n1. Where were you last night?\n2. That's none of your business.\n3. It is when you take my car without asking.\n4. Fine. I'm sorry. Happy now?"),

ex(L, "次の文を英語に翻訳してください：「会議の資料は共有フォルダに保存しておきました。ご確認ください。」", "ja"),

ex(L, "translate this commit message to english so the rest of the team gets it: 'corrige el bug de paginación cuando la lista está vacía y añade pruebas'"),

ex(L, "Put this into plain French for my landlord, I don't speak it: The heating in my apartment has not worked since Monday. Could you send someone to fix it this week? It is very cold at night."),

ex(L, "Kannst du mir das auf Englisch übersetzen? \"Die Lieferung verzögert sich leider um zwei Wochen, wir bitten um Ihr Verständnis.\"", "de"),

ex(L, """I wrote a short poem in English. I don't want you to improve it or write a new one, just translate it into Spanish, keeping a rhyme if you can:

The rain came down on Sunday,
the streets were washed and gray,
I waited by the window
for you to come my way."""),

ex(L, "translate to english: 'ตอนนี้ฉันอยู่ที่สนามบิน เครื่องบินดีเลย์สองชั่วโมง'"),

ex(L, """Necesito esto en inglés para una presentación mañana, por favor que suene profesional:

"Durante el siglo XIX, la ciudad experimentó un crecimiento acelerado gracias a la llegada del ferrocarril. Las antiguas murallas fueron derribadas para dar paso a amplias avenidas, y en pocas décadas la población se triplicó. Este proceso, sin embargo, trajo consigo problemas de vivienda e higiene que las autoridades tardaron años en resolver."
""", "es"),

ex(L, "What's the Mandarin for 'Where is the nearest subway station?' give me the characters and pinyin w/ tones"),

ex(L, [
    ("system", "You help the front desk staff of a community clinic communicate with patients who speak other languages. Be clear and simple."),
    ("user", "Translate for a patient who speaks Tagalog: 'Please fill out this form and wait to be called. The doctor will see you in about 20 minutes. Let us know if you are in pain.'"),
]),

ex(L, [("system", "You are a data cleaning assistant. Preserve the original format of any data you are given."), ("user", "Translate the headers of this CSV to English, keep the comma separation:\nNombre,Apellido,Fecha de nacimiento,Correo electrónico,Teléfono,Dirección postal")]),

ex(L, "帮我把这段话翻成日语，用在给客户的邮件里：感谢您一直以来的支持，我们会继续努力提供更好的服务。", "zh"),

ex(L, [
    ("user", "is esperanto an actual language people speak or just a thing from the 1800s"),
    ("assistant", "It's real! Esperanto was created by L. L. Zamenhof in 1887 and still has an active community of speakers worldwide, including a small number of native speakers who grew up with it."),
    ("user", "ha my friend was right then. translate 'the quick brown fox jumps over the lazy dog' into esperanto"),
]),

ex(L, [
    ("user", "Translate to German: I need to go to the bank before it closes."),
    ("assistant", "Ich muss zum Ufer gehen, bevor es schließt."),
    ("user", "that's wrong, you used the river bank meaning. I mean the financial institution. redo it"),
]),

ex(L, "Translate into English and keep the sarcastic tone: 'Oh génial, encore une réunion qui aurait pu être un e-mail.'"),

ex(L, "Mi traduci in inglese questa frase per il mio CV? \"Ho gestito un team di cinque persone per due anni, occupandomi della pianificazione e del budget.\"", "it"),

ex(L, [
    ("user", "my coworker Amélie reads english but way more comfortable in french, and I want to text her"),
    ("assistant", "That's thoughtful of you! What would you like to tell her?"),
    ("user", "translate to french: i'll be late, start without me"),
]),

ex(L, "Wat betekent dit in het Engels? 'Ik heb vandaag echt geen zin om te werken, maar het moet.'", "nl"),

ex(L, [
    ("system", "You are an assistant for a public health NGO operating in East Africa."),
    ("user", "Need the Swahili translation of our poster text: 'Vaccines are free for all children under five. Visit your nearest clinic on Tuesdays and Thursdays.'"),
]),

ex(L, """This is a summary I already wrote of our team meeting. Please translate it into German. Don't shorten it any further, the length is fine.

"The team agreed to postpone the launch to May. Marketing will prepare a new timeline by next week, and engineering will fix the login issues before anything else. Budget stays the same."
"""),

ex(L, "Found an old letter from my great-grandfather, it's in Norwegian. Can you translate it? 'Kjære Anna, vi har kommet vel frem til Amerika. Reisen var lang, men alle er friske. Jeg skal skrive igjen når vi har funnet et sted å bo.'"),

ex(L, "Traduce al inglés de forma natural, no literal: \"Me costó un ojo de la cara, pero valió la pena.\"", "es"),

ex(L, [
    ("system", "You are a language-learning assistant for English speakers studying Korean. Include romanization."),
    ("user", "how would you say 'the customer is always right' in korean"),
]),

ex(L, [
    ("system", "You are a helpful assistant."),
    ("user", "I'm writing to a hotel in Lisbon."),
    ("assistant", "Sure! What would you like to say to them?"),
    ("user", "Translate this into European Portuguese: 'We would like to request an early check-in, around 10 am, if possible. We are arriving on the overnight flight from Toronto.'"),
]),
]

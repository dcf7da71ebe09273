from common import ex, system, bot, user

LABEL = "translation"

EXAMPLES = [
    ex("en", "how do you say 'where is the nearest pharmacy' in Japanese"),
    ex("en", system('You are a helpful assistant for an e-commerce support team.'), "Translate to Spanish: 'Your order has shipped and should arrive within 3–5 business days.'"),
    ex("en", "french -> english pls: « Je suis désolé, je ne pourrai pas venir ce soir, j'ai un empêchement de dernière minute. »"),
    ex("en", """Translate this email into German, keep it formal (Sie):

Dear Mr. Schneider,

Thank you for your quick reply. We would be happy to visit your factory on 14 January. Could you please let us know whether parking is available on site and whom we should ask for at reception?

Kind regards,
Olivia Grant"""),
    ex("en", "Translate this math word problem into French for my students, don't solve it: 'A train travels 240 km in 3 hours. At the same speed, how long will it take to travel 400 km?'"),
    ex("en", """Translate the strings in this Android strings.xml into Brazilian Portuguese, keep the name attributes and placeholders:

<resources>
    <string name="welcome">Welcome back, %1$s!</string>
    <string name="cart_empty">Your cart is empty</string>
    <string name="pay_now">Pay now</string>
    <string name="items_left">Only %d items left in stock</string>
</resources>"""),
    ex("en", "what does 'Schadenfreude' translate to literally, and give me a natural English rendering of: 'Seine Schadenfreude war kaum zu übersehen.'"),
    ex("en", "Translate into Italian, informal tone, it's a text to my friend: 'running 10 min late, save me a seat and order me a spritz!'"),
    ex("en", system('You are a helpful assistant.'), "Translate this Korean product review into English: '배송이 빠르고 포장도 꼼꼼했어요. 다만 색상이 사진보다 조금 어두워요.'"),
    ex("en", "Please translate this Chinese sign for me: 禁止吸烟，违者罚款200元。"),
    ex("en", "Translate the following into Arabic: 'The museum is closed on Mondays. Tickets can be bought online or at the entrance.'"),
    ex("en", """English please, it's a note from my Czech neighbour:

Dobrý den, zítra ráno budeme mít v domě opraváře výtahu, takže výtah nebude od 8 do 12 fungovat. Kdybyste potřebovali pomoct s nákupem, zazvoňte u nás. Děkujeme za pochopení!"""),
    ex("en", "translate 'I'm allergic to peanuts and tree nuts' into Thai, Vietnamese and Indonesian — I'm traveling next month"),
    ex("en", "Translate into Hindi: 'Please switch off your mobile phones during the performance.'"),
    ex("en", "Render this English idiom into natural Spanish (don't translate word for word): 'It's not rocket science.'"),
    ex("en", "Can you translate this Japanese tweet? '今日は一日中雨だったけど、猫がずっと膝の上にいてくれたから幸せだった。'"),
    ex("en", "Translate this code comment from Russian into English, leave the code as it is:\n\n```python\n# Проверяем, что пользователь не заблокирован, иначе возвращаем 403\nif user.is_blocked:\n    return 403\n```"),
    ex("en", "Translate the subtitle lines below into French. Keep the numbering and timestamps.\n\n1\n00:00:01,200 --> 00:00:03,000\nWhere were you last night?\n\n2\n00:00:03,400 --> 00:00:05,100\nI told you. At my sister's.\n\n3\n00:00:05,600 --> 00:00:07,800\nYour sister called here. Twice."),
    ex("en", "Please translate my out-of-office message into Dutch and Swedish: 'I'm away until 4 January with limited access to email. For urgent matters, please contact support@finch.io.'"),
    ex("en", "What's this Portuguese text say in English? 'Prezado cliente, sua fatura vence amanhã. Evite juros pagando pelo aplicativo.'"),
    ex("en", "transalte to german: my flat has mould in the bathroom and the landlord is ignoring my emails. I'd like to know my rights."),
    ex("en", "Translate this paragraph of a contract into Spanish (Spain), keep the legal register:\n\nThe Supplier shall indemnify the Customer against all losses arising from any breach of the confidentiality obligations set out in Clause 7, save to the extent such losses result from the Customer's own negligence."),
    ex("en", "Translate this Turkish message from my landlord into English: 'Yarın saat 10'da tesisatçı gelecek, evde olabilir misiniz?'"),
    ex("en", "Translate into Simplified Chinese for our app store listing: 'Track your habits, build streaks, and see your progress at a glance. No ads, no account required.'"),
    ex("en", "Could you translate this poem into English while keeping the rhyme if possible? It's by my grandmother, in Spanish:\n\n'La luna se baña en el río,\nel río se viste de plata,\ny yo, que no tengo frío,\nte espero junto a la mata.'"),
    ex("en", "Translate this German error message for my users into plain English: 'Die Verbindung zum Server wurde unerwartet getrennt. Bitte versuchen Sie es später erneut.'"),
    ex("en", "Translate to Russian: 'We have summarised the main findings of the audit in the attached report; please read it before Friday's meeting.'"),
    ex("en",
       system("You are a professional translator. Translate the user's text into the requested language. Preserve formatting and do not add explanations."),
       "Target: Japanese\n\nWelcome to Oakwood Hotel! Breakfast is served from 7:00 to 10:30 in the Garden Room. Wi-Fi password: oakwood2026. Checkout is at 11:00."),
    ex("en",
       system("You are a localisation assistant for a mobile game. Keep strings short enough for buttons."),
       "Translate into French and German: 'Play again', 'Claim reward', 'Not enough coins!', 'Level complete'"),
    ex("en",
       user("can you help me write a birthday message for my Brazilian colleague?"),
       bot("Sure! Something like: 'Happy birthday, Rafael! Wishing you a fantastic year ahead — thanks for always making the office brighter.'"),
       user("love it, now translate exactly that into Portuguese")),
    ex("en",
       user("Is 'Mitbringsel' a common German word?"),
       bot("Yes, it's common — it means a small gift you bring along when visiting someone."),
       user("great, then translate this note into German for my host family: 'Thank you so much for having me this week. This is just a small gift from Scotland. I hope we see each other again soon.'")),
    ex("en",
       system("You are a helpful assistant."),
       user("Solve 3x + 5 = 20"),
       bot("x = 5"),
       user("ok, and now put this whole sentence into Spanish for my tutor, no solving needed: 'I solved the equation 3x + 5 = 20 and found that x equals 5, but I don't understand why we subtract 5 first.'")),
    ex("en", "Translate these UI strings into Korean:\n- Save changes\n- Discard\n- Are you sure you want to delete this file?\n- Upload failed"),
    ex("en", "how would a native speaker say 'long time no see' in Mandarin? and translate 'we should catch up over dinner' too"),
    ex("en", "Translate this Italian text from my aunt into English please: 'Caro Marco, ti mando le foto della festa. La nonna ha chiesto di te, chiamala quando puoi. Un abbraccio forte, zia Teresa.'"),
    ex("en", "'danke schön' in english?"),
    ex("en", "Put this into French for a restaurant menu: 'Slow-roasted lamb shoulder with rosemary potatoes and a red wine jus.'"),
    ex("en", "Translate into Greek: 'Happy name day! Wishing you health and joy.'"),
    ex("en", "Translate the following medical instructions into Arabic for a patient: 'Take one tablet twice a day after meals for seven days. Do not drink alcohol while taking this medicine.'"),
    ex("en", "This Norwegian sentence is in a paper I'm citing. English translation please: 'Resultatene viser at tiltaket hadde liten effekt på kort sikt, men betydelig effekt etter to år.'"),
    ex("en", "Translate 'Keep calm and carry on' into Latin, and tell me if there's a more idiomatic version."),
    ex("es", "Traduce al inglés, por favor: 'Le escribo para solicitar información sobre el máster en energías renovables y los plazos de inscripción.'"),
    ex("es", "¿Cómo se dice en francés 'me encantaría probar el plato del día'?"),
    ex("es", "Tradúceme este párrafo al portugués de Brasil: 'El evento comenzará a las 19:00. Se ruega puntualidad. Habrá servicio de catering al finalizar.'"),
    ex("fr", "Traduis en anglais : « Nous vous remercions pour votre candidature. Malheureusement, le poste a déjà été pourvu. »"),
    ex("fr", "Peux-tu traduire ce message en allemand pour mon voisin ? « Bonjour, votre colis est chez moi, passez le chercher quand vous voulez. »"),
    ex("de", system('Du bist ein hilfreicher Assistent.'), "Übersetze bitte ins Englische: 'Sehr geehrte Damen und Herren, leider ist die gelieferte Ware beschädigt. Ich bitte um Ersatz oder Rückerstattung.'"),
    ex("de", "Wie sagt man auf Spanisch 'Ich hätte gern die Rechnung, bitte'?"),
    ex("pt", "Traduz isto para inglês: 'Bom dia! Gostaria de marcar uma consulta para a próxima semana, de preferência de manhã.'"),
    ex("pt", "Como fica essa frase em espanhol? 'A reunião foi adiada para quinta-feira por causa da greve.'"),
    ex("it", "Traduci in inglese: 'Il volo è stato cancellato e nessuno ci ha dato informazioni sul rimborso.'"),
    ex("it", "Mi traduci in tedesco questa frase per il mio capo? 'Domani lavoro da casa perché mio figlio ha la febbre.'"),
    ex("zh", "请把这段话翻译成英文：“感谢您的耐心等待，我们的客服人员将在24小时内与您联系。”"),
    ex("zh", "帮我把这句话翻成日语：我下个月去东京出差，想顺便见见你。"),
    ex("ja", "次の文を英語に訳してください：「お忙しいところ恐れ入りますが、資料をご確認いただけますでしょうか。」"),
    ex("ko", "이 문장을 영어로 번역해 주세요: '회의 자료는 내일 오전까지 공유드리겠습니다.'"),
    ex("hi", "कृपया इसका अंग्रेज़ी में अनुवाद कीजिए: 'हमारी दुकान रविवार को बंद रहती है, लेकिन ऑनलाइन ऑर्डर चालू रहते हैं।'"),
    ex("ru", "Переведи на английский: «К сожалению, мы не можем принять ваш заказ, так как товара нет на складе.»"),
    ex("ar", "ترجم هذه الجملة إلى الإنجليزية من فضلك: 'نعتذر عن التأخير، سيصل طلبك خلال يومين.'"),
    ex("en", "Translate this short Hungarian text my friend posted: 'Végre itt a tél! Ki jön velem korcsolyázni hétvégén?'"),
]

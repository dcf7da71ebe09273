"""`translation`: the last user message asks for given text (a word, a message, UI strings, code comments,
subtitles, a poem, a legal extract) to be rendered in another language or register of another language.
Translating an existing poem, a song "singable", or a sign into three languages is still translation; writing
something new "inspired by" a text is not (see prompts_creative.py)."""

from common import A, S, ex

TOS_SECTION = """7. Cancellations and refunds
7.1 You may cancel a booking free of charge up to 48 hours before the start of the session. We will refund
the full amount to the original payment method within 5 working days.
7.2 If you cancel less than 48 hours before the session, we will offer you a credit for the full amount,
valid for 6 months, instead of a refund. Credits cannot be exchanged for cash.
7.3 If you do not attend a booked session and have not cancelled, the booking is forfeited and no refund or
credit will be given.
7.4 If we cancel a session (for example, because an instructor is ill or the wall is closed for
maintenance), you can choose a full refund or a credit. We will tell you as soon as we can, by email and
text message.
7.5 Memberships can be frozen for up to 3 months a year for medical reasons if you send us a note from a
health professional. Frozen months do not count towards your minimum term.
7.6 Memberships have a minimum term of 3 months. After that, you can cancel at any time by giving us one
full calendar month's notice through your account page or at reception; the last payment is taken at the
start of the notice month.
7.7 If you move home more than 15 miles from any of our centres, you can cancel your membership with 14
days' notice during the minimum term, if you show us proof of your new address.
7.8 Course fees (for example, Learn to Climb or Lead Climbing) are refundable in full until 7 days before
the first session. After that, we can move you to a later course once; we cannot refund.
7.9 Gift vouchers are valid for 12 months from the date of purchase and are not refundable, but the person
who bought them can ask us to extend them once by 3 months.
7.10 Nothing in these terms affects your statutory rights as a consumer."""

NEWS_ES = """El Ayuntamiento de Cádiz aprobó ayer, con los votos a favor de todos los grupos salvo uno, un plan para
limitar la apertura de nuevos pisos turísticos en el casco antiguo durante los próximos tres años. Según el
concejal de Urbanismo, en algunas calles del barrio de Santa María más de la mitad de las viviendas se
alquilan ya a visitantes, lo que ha expulsado a muchos vecinos de toda la vida. La medida no afectará a las
licencias ya concedidas, pero sí obligará a los propietarios a registrar cada alquiler en una plataforma
municipal. Las asociaciones vecinales celebraron la decisión, aunque la consideran insuficiente, mientras que
la patronal hotelera y los pequeños propietarios advierten de que podría empujar parte de la oferta hacia la
economía sumergida. El plan entrará en vigor en marzo, tras un periodo de alegaciones de treinta días."""

SRT_FR = """14
00:01:12,400 --> 00:01:15,100
Tu as vu l'heure ? Le dernier bus
est parti il y a dix minutes.

15
00:01:15,300 --> 00:01:18,000
Tant pis, on rentre à pied.
Il fait doux ce soir.

16
00:01:18,200 --> 00:01:21,900
À pied ? Jusqu'à Montreuil ?
T'es complètement fou."""

POA_IT = """PROCURA SPECIALE. Il sottoscritto Giovanni Ferraresi, nato a Modena il 3 aprile 1958, codice fiscale
FRRGNN58D03F257X, nomina e costituisce suo procuratore speciale la signora Laura Ferraresi, nata a Bologna il
12 ottobre 1986, affinché in suo nome e per suo conto proceda alla vendita dell'immobile sito in Modena, via
Emilia Centro n. 118, al prezzo e alle condizioni che riterrà più opportuni, con facoltà di sottoscrivere il
preliminare e l'atto definitivo, incassare il prezzo e rilasciarne quietanza."""

EXAMPLES = [
    ex("en",
       S("You are a localisation step in a build pipeline. Translate only the JSON values into the target "
         "language. Keep keys, placeholders such as {count} or {name}, and HTML tags exactly as they are. "
         "Output the JSON only."),
       "target: Polish\n{\"cart.empty\": \"Your basket is empty\", \"cart.items\": \"{count} items in your "
       "basket\", \"checkout.cta\": \"Pay <b>now</b>\", \"greeting\": \"Welcome back, {name}!\"}"),
    ex("es", "Tradúceme al inglés este mensaje para mi casero, que suene educado pero firme: 'La calefacción "
             "lleva tres semanas sin funcionar y ya le he avisado dos veces. Le pido que mande a alguien esta "
             "semana, porque tengo un bebé en casa.'"),
    ex("en",
       "write a four-line poem about the first frost on the allotment",
       A("The cabbages wear silver coats,\nthe shed door creaks a colder tune,\nmy breath hangs where the "
         "robin floats,\nand frost keeps house till afternoon."),
       "love it. now translate that poem into Italian, and keep it rhyming if you can"),
    ex("en", "Translate into English please, it's going to a customer in Ireland: 'Sehr geehrter Herr O'Brien, "
             "leider verzögert sich die Lieferung der Ersatzteile um etwa zehn Tage, da unser Lieferant in "
             "Lieferschwierigkeiten ist. Wir bitten um Ihr Verständnis und melden uns, sobald die Ware bei uns "
             "eingetroffen ist.'"),
    ex("en",
       S("You are the correspondence assistant at Millbrook Family Dental. You draft and translate patient "
         "letters. Use plain language suitable for a reading age of 11."),
       "Translate this into Arabic, plain and friendly: 'Your next check-up is on Tuesday 13 January at 9:40. "
       "Please arrive 10 minutes early. If you cannot come, call us on 01632 960 118 at least 24 hours before.'"),
    ex("fr", "Peux-tu traduire ce texte en espagnol d'Amérique latine (pas d'Espagne) ? C'est pour une appli de "
             "livraison au Mexique : « Votre livreur arrive ! Préparez votre code à quatre chiffres. Si vous "
             "n'êtes pas là, il attendra cinq minutes avant de repartir. »"),
    ex("en",
       S("You are Joost, the tutor in a Dutch-for-newcomers app. Answer learners' questions about words, "
         "grammar and everyday phrases."),
       "'gezellig' in english?"),
    ex("ja", "この文を自然な英語のビジネスメールにしてください。直訳はやめてください。\n"
             "「いつもお世話になっております。先日の件ですが、もう少しお時間をいただけますでしょうか。来週中には"
             "ご回答いたします。」"),
    ex("en",
       S("You are the travel assistant for Tidewater Ferries. You help passengers and on-board staff."),
       "A passenger left this note at the info desk, it's Greek I think. What does it say in English? "
       "'Καλησπέρα σας. Ξέχασα μια μπλε τσάντα με φάρμακα στη θέση 42 του σαλονιού. Παρακαλώ τηλεφωνήστε μου "
       "στο 6900000000. Ευχαριστώ πολύ!'"),
    ex("zh", "把下面这段产品说明翻译成韩语，语气要适合电商详情页：\n\n「这款保温杯采用双层不锈钢真空设计，保温12小时，"
             "保冷24小时。杯盖可拆洗，一只手就能打开。容量480毫升，放得进大部分汽车杯架。」"),
    ex("ru", "Переведи на украинский, пожалуйста, аккуратно, это официальное письмо в школу: «Прошу освободить моего "
             "сына, Максима Гончаренко, ученика 7-Б класса, от занятий 18 и 19 декабря в связи с семейными "
             "обстоятельствами»."),
    ex("en",
       S("You are Polyglot, the localisation tool for the indie game Lanternfall. Keep tags such as [A], "
         "[Jump] and {player} untouched. Match the tone: cosy, a little whimsical."),
       "Translate the item names into Brazilian Portuguese: Moth Lantern, Rusty Key, Ferryman's Coin, Fog "
       "Bottle.",
       A("Lanterna de Mariposa, Chave Enferrujada, Moeda do Barqueiro, Garrafa de Névoa."),
       "great. now these tutorial lines, same language:\n- Press [A] to light your lantern.\n- Hold [Jump] "
       "to glide over the marsh.\n- Careful, {player}: the fog remembers your footsteps."),
    ex("ko", "다음 영어 이메일을 한국어로 번역해 주세요. 팀장님께 보낼 거라 존댓말로 부탁드려요.\n\n'Hi Minjun, "
             "the supplier moved the delivery to Friday, so we'll need to push the launch by two days. I've "
             "updated the plan and shared it in the team folder. Let me know if that works.'"),
    ex("en", "Translate this section of our terms into German for the Vienna site. Formal Sie form, keep the "
             "numbering:\n\n" + TOS_SECTION),
    ex("pt", "Traduz para inglês esta receita da minha avó, mantém as medidas como estão: 'Bate 4 ovos com 2 "
             "chávenas de açúcar até ficar esbranquiçado. Junta 1 chávena de azeite e a raspa de uma laranja. "
             "Envolve 3 chávenas de farinha com fermento. Vai ao forno a 180 graus cerca de 40 minutos.'"),
    ex("it",
       "Ciao, mi aiuti con il sito del nostro B&B?",
       A("Certo! Di cosa hai bisogno?"),
       "Traduci in francese questo annuncio: 'Camera doppia con vista sulle colline, colazione con torte "
       "fatte in casa, parcheggio gratuito. A 10 minuti a piedi dal centro di Montepulciano. Animali ammessi "
       "su richiesta.'"),
    ex("en",
       "how do I run only one test file with pytest",
       A("`pytest path/to/test_file.py` — or add `-k name` to filter further."),
       "thanks. this module was written by a colleague in Shenzhen. translate the comments into English and "
       "leave the code exactly as it is:\n\n"
       "# 计算每个仓库的库存周转率\n"
       "def turnover(sales, stock):\n"
       "    # 如果库存为零，返回 None，避免除零错误\n"
       "    if stock == 0:\n"
       "        return None\n"
       "    return sales / stock  # 按月计算，不是按年"),
    ex("nl", "Kun je dit sollicitatiebriefje naar het Duits vertalen? Formeel graag.\n\n'Geachte mevrouw "
             "Schneider, met veel interesse las ik uw vacature voor een logistiek medewerker. Ik heb vijf jaar "
             "ervaring in een magazijn in Venlo en spreek Nederlands, Duits en Engels.'"),
    ex("en",
       S("You are Pia, the HR assistant for Brightwell Logistics. You answer questions about policies and "
         "help managers with onboarding documents."),
       "Translate the safety briefing into Romanian for the new warehouse starters: 'Wear your hi-vis vest "
       "and safety boots at all times on the warehouse floor. Never walk in the forklift lanes marked in "
       "yellow. Report every accident, even a small one, to your shift lead before the end of your shift.'"),
    ex("en", "Translate into English, formal please: 'Toplantıyı yarına ertelememiz mümkün mü? Bugün ekibin "
             "yarısı hasta.'"),
    ex("ar", "ترجم هذه الرسالة إلى الفرنسية من فضلك، بأسلوب مهذب: «مرحباً، أود حجز طاولة لأربعة أشخاص مساء "
             "الجمعة في الساعة الثامنة. هل يوجد لديكم خيارات نباتية؟ شكراً.»"),
    ex("hi-en", "isko English mein translate kar do please, client ko bhejna hai: 'Sir, aapka order kal tak "
                "dispatch ho jayega. Delay ke liye hum maafi chahte hain, packing mein thodi dikkat aa gayi thi.'"),
    ex("en",
       S("You are Clause, a drafting assistant for a property law team. Answer from the documents provided."
         "\n\nCLAUSE 7: The Tenant shall not keep any animal at the Property without the Landlord's prior "
         "written consent, such consent not to be unreasonably withheld in the case of a cat or a small caged "
         "animal."),
       "Translate clause 7 into Spanish for our client, who's from Valencia. Keep it legally precise."),
    ex("uk", "Перекладіть англійською, будь ласка, це для батьків з Ірландії в нашому класі: «Шановні батьки, "
             "нагадуємо, що у п'ятницю екскурсія до музею. Діти мають прийти о 8:30 з обідом і "
             "зручним взуттям.»"),
    ex("id",
       S("You are Buzz, the social-media assistant for Kopi Senja, a coffee shop in Yogyakarta. You schedule "
         "posts and write captions."),
       "Tolong terjemahkan caption ini ke bahasa Inggris, tapi tetap santai ya, jangan kaku: 'Hujan-hujan "
       "gini paling enak ngopi sambil ngobrol. Mampir yuk, ada menu baru: es kopi gula aren pakai oat!'"),
    ex("en",
       "can you summarise this German article for me: 'Die Stadt Freiburg plant, bis 2030 alle Busse auf "
       "Elektroantrieb umzustellen. Die Kosten von rund 90 Millionen Euro sollen zum Teil vom Land getragen "
       "werden. Kritiker bemängeln, dass die Ladeinfrastruktur noch fehlt.'",
       A("Freiburg wants an all-electric bus fleet by 2030, costing about €90m, partly paid by the state; "
         "critics say the charging infrastructure isn't there yet."),
       "actually can you translate it sentence by sentence, as literally as possible? I'm learning German and "
       "want to see how it maps"),
    ex("vi", "Dịch sang tiếng Anh giúp mình đoạn này để gửi cho cô giáo của con nhé: 'Kính gửi cô, cháu Minh "
             "hôm nay bị sốt nên xin phép nghỉ học. Gia đình sẽ gửi giấy xác nhận của bác sĩ vào ngày mai. "
             "Cảm ơn cô.'"),
    ex("en", "Translate this Rilke stanza into English, keep the rhythm as close as you can:\n\nHerr: es ist Zeit. "
             "Der Sommer war sehr groß.\nLeg deinen Schatten auf die Sonnenuhren,\nund auf den Fluren laß die "
             "Winde los."),
    ex("en", "what's 'Vi ses på fredag, glöm inte att ta med fika!' in English? and is there even an English "
             "word for fika"),
    ex("th",
       S("You are a translation endpoint. Detect the source language and reply only with JSON: "
         "{\"source_lang\": ISO 639-1 code, \"translation_en\": string}."),
       "ขอโทษที่ตอบช้านะครับ พรุ่งนี้ผมจะส่งเอกสารให้ก่อนเที่ยง"),
    ex("el", "Μετάφρασε στα αγγλικά αυτό το μήνυμα για τον Άγγλο γείτονά μου: «Καλημέρα! Αύριο το πρωί θα "
             "έρθει ο υδραυλικός και θα κλείσει το νερό από τις 9 έως τις 11. Συγγνώμη για την ταλαιπωρία.»"),
    ex("en", "Translate into British English, not American: 'Dzień dobry, czy mogę zapłacić kartą? Szukam "
             "przystanku autobusowego, a potem apteki. Gdzie jest najbliższy bankomat?'"),
    ex("en",
       S("You are Spark, the ad-copy assistant for a digital agency."),
       "Translate these three headlines into Québec French, 30 characters max each:\n1. Winter tyres, fitted "
       "today\n2. Book online, skip the queue\n3. Free coffee while you wait"),
    ex("en",
       "going to Japan in April, first time!",
       A("Exciting — cherry blossom season. Where are you heading?"),
       "Kyoto and Osaka. how do I say 'I'm allergic to shellfish, is there any in this dish?' in Japanese? "
       "polite version"),
    ex("es-en", "Can you traducir esto al inglés formal? Es para un cover letter: 'Tengo cinco años de "
                "experiencia en logística y me encanta resolver problemas bajo presión.'"),
    ex("en",
       S("You are Coach Mia in the English-learning app SpeakUp. You correct learners' English gently."),
       "I don't want a correction today. just translate my sentence into natural English, nothing else: "
       "'Ich wohne seit drei Jahren in Hamburg und vermisse manchmal die Berge.'"),
    ex("en",
       "my French flatmate keeps saying something and laughing at me",
       A("Ha! What does she say? I can help decode it."),
       "'ça me saoule' — what does it mean in English? she says it whenever I talk about crypto"),
    ex("en",
       S("You are the helpdesk assistant for Hallwood Outdoor. You help agents reply to customers in their "
         "own language."),
       "Customer wrote in Turkish asking if the Trailfox boots come in a wide fit.",
       A("Suggested reply: the Trailfox Ridge 2 comes in standard and wide fits (W) in sizes 7-12."),
       "ok, translate my reply into Turkish before I send it: 'Hi Emre, yes, the Trailfox Ridge 2 is "
       "available in a wide fit from size 7 to 12. If they don't fit, returns are free for 60 days.'"),
    ex("en", "English please:\n\n" + NEWS_ES),
    ex("en",
       S("You are SubSync, a subtitle translation tool. Keep the numbering, timecodes and line breaks exactly; "
         "translate only the dialogue."),
       "into English:\n\n" + SRT_FR),
    ex("de",
       "Kurze Frage: Wie schreibe ich eine Absage für ein Meeting höflich auf Deutsch?",
       A("Zum Beispiel: 'Vielen Dank für die Einladung. Leider kann ich am Donnerstag nicht teilnehmen. "
         "Könnten Sie mir das Protokoll schicken?'"),
       "Super. Kannst du mir das noch ins Englische übersetzen? Mein Kollege aus Kanada soll dieselbe "
       "Nachricht bekommen."),
    ex("en",
       "I wrote this chorus for my band: 'Hold the door, the night is young / every word we left unsung / "
       "carry it home on the last train / we'll be strangers again'",
       A("That's lovely, the 'unsung / young' rhyme gives it a lift. What's it for?"),
       "we're playing a festival in Valencia. translate the chorus into Spanish so it's singable to the same "
       "melody, same syllable count per line if possible"),
    ex("en",
       "my friend's in a play tonight, first time on stage",
       A("How exciting for them! Are you going?"),
       "front row. she's Polish — how do I say 'break a leg' in Polish without it sounding weird?"),
    ex("en",
       S("You are Polyglot, the localisation tool for the indie game Lanternfall. Keep tags and placeholders "
         "untouched."),
       "Korean please: 'You dare enter the Hollow? Then take this lantern — and do not let it go out.'"),
    ex("zh-en", "帮我把这段 release note 翻成日文, keep the technical terms in English:\n\n'v2.4: 新增 webhook "
                "重试机制, 最多 5 次, 使用 exponential backoff. 修复了 CSV export 在 Safari 下乱码的问题.'"),
    ex("en",
       "when do I have to move my car? the sign says: 'Interdiction de stationner le mardi 16 décembre de 7h à "
       "18h — nettoyage de la voirie. Les véhicules en infraction seront enlevés.'",
       A("Tuesday 16 December, between 7:00 and 18:00."),
       "translate the whole notice into English so I can forward it to my neighbour"),
    ex("en",
       S("You are the document assistant at Harlow & Finch LLP. Translate documents for fee earners. Use a "
         "formal legal register and flag any term without a direct English equivalent."),
       "Translate this Italian power of attorney extract into English:\n\n" + POA_IT),
    ex("en",
       S("You are the website assistant for Higher Nook Farm Shop. You answer questions about opening hours, "
         "the café and the petting farm."),
       "Translate 'Please do not feed the goats, they are on a diet' into German, French and Dutch for the "
       "sign by the goat pen"),
    ex("en",
       S("You are Concierge, the guest assistant for Casa do Rio Hotel in Lisbon. You recommend restaurants "
         "and translate messages for guests."),
       "can you recommend a fish restaurant near the hotel?",
       A("Try Tasca do Mar, six minutes' walk away: simple grilled fish, very local. They take reservations "
         "by message."),
       "I messaged them and they replied in Portuguese, what does it say? 'Boa tarde! Temos mesa para duas "
       "pessoas às 20h30. Pedimos que confirme até às 18h. Hoje temos robalo e polvo à lagareiro.'"),
    ex("en", "please translate this letter from my grandfather into English, keep his old-fashioned tone:\n\n"
             "'प्रिय बेटा, तुम्हारा पत्र मिला, पढ़कर मन प्रसन्न हुआ। यहाँ सब कुशल है। बरसात इस बार अच्छी हुई है और "
             "आम के पेड़ पर खूब बौर आया है। अपनी सेहत का ध्यान रखना और माँ को चिट्ठी लिखते रहना। तुम्हारा दादा।'"),
]

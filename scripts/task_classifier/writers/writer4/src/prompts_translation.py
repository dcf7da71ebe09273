"""`translation`: put given text into another language (or another variety of one), keeping its meaning.

Written by hand for the writer4 training set. `lang` is the language of the final instruction, not of the
text being translated. On purpose: translating the comments of a code snippet, a maths word problem (not
solving it), a JSON locale file or an HTML fragment is still `translation`; writing something new is not.
"""

from common import A, S, ex

LINGUA = S("You are LinguaDesk, a translation assistant for a localisation agency. Translate faithfully, keep "
           "placeholders like {name} and %s untouched, and never add explanations unless asked.")
SUPPORT = S("You are Pip, the support assistant for Ledgerly, an invoicing SaaS. Agents use you to draft and "
            "translate replies to customers.")
SUBS = S("You are a subtitle tool. Keep the SRT numbering and timestamps exactly; translate only the text lines.")
SHOP = S("You are the listing assistant for Marktly, a marketplace for independent sellers across the EU.")
CLINIC = S("You are the intake assistant at a community health clinic. Staff paste patient messages; be exact "
           "about symptoms, medicines and doses.")
AGENT = S(
    "You are DevAgent, an autonomous coding agent. Tools: read_file(path), write_file(path, content), "
    "run(cmd). Answer with a tool call as JSON, or {\"final\": ...} when done."
)

LOCALE = """{
  "checkout.title": "Review your order",
  "checkout.items": "{count} items in your cart",
  "checkout.promo": "Have a promo code?",
  "checkout.pay": "Pay {amount} now",
  "errors.card_declined": "Your card was declined. Try another payment method."
}"""

EXAMPLES = [
    ex("en", "'break a leg' in German — the idiom, not the literal thing"),
    ex("en", S("You are the assistant in Hireloop, an applicant-tracking system."),
       "translate to english: Nous sommes au regret de vous informer que votre candidature n'a pas été "
             "retenue pour ce poste."),
    ex("en", LINGUA, f"""translate the values into Brazilian Portuguese, keep the keys and placeholders:

{LOCALE}"""),
    ex("en", S("You are the inline assistant of the Kestrel IDE. Be brief."),
       """translate the comments to english, don't touch the code:

def reintentar(fn, intentos=3):
    # reintenta la llamada si el servidor responde 503
    for i in range(intentos):
        try:
            return fn()
        except Servicio503:
            # espera un poco más en cada intento
            time.sleep(2 ** i)
    # si llegamos aquí, nos rendimos
    raise"""),
    ex("en", S("You are Mathly, a patient maths tutor for high-school students."),
       "put this word problem into French for my class, do NOT solve it: A train leaves Lyon at 9:00 "
             "travelling at 120 km/h. Another leaves Paris at 9:30 at 150 km/h towards Lyon. The cities are "
             "460 km apart. When do they meet?"),
    ex("en", SHOP, "Keep the HTML tags, translate the text to Spanish:\n\n<p>Free shipping on orders over "
             "<strong>€50</strong>. <a href=\"/returns\">Returns</a> are free for 30 days.</p>"),
    ex("en",
       "my docker container exits immediately with code 137",
       A("137 means the process got SIGKILL, most often from the OOM killer. Check `docker inspect` for "
         "OOMKilled and raise the memory limit or lower the app's usage."),
       "yep, OOMKilled. the app log also has this German line, what does it mean in English, word for word first then naturally: "
             "'Die Verbindung zum Server wurde unerwartet getrennt.'"),
    ex("en", S("You are the vendor-management assistant for Harborlight's procurement team."),
       "english please:\n\n今回の不具合によりご迷惑をおかけしましたことを深くお詫び申し上げます。"
             "再発防止に努めてまいります。"),
    ex("en", S("You are a research assistant for a university lab."), "Translate this abstract into English for our reading group:\n\nEn este trabajo analizamos el "
             "efecto de las olas de calor sobre la productividad laboral en la construcción en Andalucía "
             "entre 2010 y 2022. Encontramos una caída media del 7% en las horas efectivas durante los días "
             "con temperaturas superiores a 38 °C."),
    ex("en",
       "what's a good thank-you gift for an Italian host family",
       A("Something from your home region — a local food speciality, a good bottle, or a photo book of your "
         "stay — plus a handwritten note."),
       "I'll do the note. translate into Italian, informal, it's a text to my host family: thank you so much for "
             "everything, I miss your cooking already and I'll send photos when I land"),
    ex("en", "how do you say 'the meeting has been moved to next Thursday' in Korean, polite business form"),
    ex("en",
       "who wrote the poem 'Herbsttag'",
       A("Rainer Maria Rilke, in 1902; it's in his collection Das Buch der Bilder."),
       "right. Rilke, 'Herbsttag', first stanza into English. keep it as a poem, not prose:\n\nHerr: es ist "
             "Zeit. Der Sommer war sehr groß.\nLeg deinen Schatten auf die Sonnenuhren,\nund auf den Fluren "
             "laß die Winde los."),
    ex("en", "put this supplier email into English:\n\nEstimado Sr. Walsh: le escribimos para "
             "confirmar que el pedido 4471 saldrá de nuestro almacén el lunes. Quedamos a su disposición "
             "para cualquier consulta."),
    ex("en", "into English, neutral professional tone: « Suite à notre échange de ce matin, je vous "
             "transmets le devis révisé. N'hésitez pas à revenir vers moi si besoin. »"),
    ex("en", "English for our website please: Seit 1952 backen wir in der dritten "
             "Generation nach den Rezepten unserer Großmutter."),
    ex("en", "Portuguese to Spanish please: O voo foi cancelado e a companhia vai reembolsar o valor em até "
             "sete dias úteis."),
    ex("it", "Mi traduci in tedesco questa frase per il cartello del negozio? «Torno subito, chiamate il "
             "numero qui sotto per urgenze.»"),
    ex("pl", "Przetłumacz na angielski: Uprzejmie przypominamy o zaległej płatności za fakturę nr 12/2026. "
             "Prosimy o uregulowanie należności do końca tygodnia."),
    ex("tr", "Şunu İngilizceye çevirir misin: Toplantıyı yarın saat üçe erteledik, katılamayanlar için kayıt "
             "paylaşılacak."),
    ex("en", "this is for LinkedIn, into English: «Рад сообщить, что я присоединился к команде "
             "платёжной инфраструктуры в Revolut»."),
    ex("uk", "Перекладіть англійською, будь ласка: «Шановні батьки, завтра уроки починаються о 9:30 через "
             "відключення світла»."),
    ex("en", "for our launch event slides, English please: 我们的目标是让每一位开发者都能在五分钟内上手。"),
    ex("en", "natural Japanese please, it's for our status page: Thanks for your patience while we investigate. "
             "We'll update this page every 30 minutes."),
    ex("ko", "이 문장을 영어로 번역해 줘. 이메일용이야: 요청하신 자료는 금요일까지 보내드리겠습니다."),
    ex("hi", "इसे अंग्रेज़ी में अनुवाद कीजिए: कृपया अपना आधार कार्ड और पासपोर्ट साइज़ फ़ोटो साथ लाएँ।"),
    ex("ar", "ترجم هذه الجملة إلى الإنجليزية: نعتذر عن التأخير في الرد، وسنتواصل معكم خلال ٢٤ ساعة."),
    ex("id", "Tolong terjemahkan ke bahasa Inggris: Mohon maaf, layanan kami sedang dalam pemeliharaan "
             "hingga pukul 06.00 WIB."),
    ex("bn", "এই বাক্যটি ইংরেজিতে অনুবাদ করো: আগামীকাল অফিস বন্ধ থাকবে, জরুরি প্রয়োজনে ফোন করুন।"),
    ex("ta", "இதை ஆங்கிலத்தில் மொழிபெயர்க்கவும்: நாளை மின்தடை காரணமாக வகுப்புகள் ஆன்லைனில் நடைபெறும்."),
    ex("hu", "Fordítsd le angolra: A csomagját holnap 10 és 14 óra között kézbesítjük."),
    ex("es", "Pásame esto a español 'de verdad', que lo escribí en spanglish: 'Oye, ¿puedes hacer el "
             "follow up con el cliente y mandarle el invoice antes del deadline del viernes?'"),
    ex("en", LINGUA, "target: German (formal Sie).\n\nHi {name}, your trial ends in %s days. Upgrade now to "
                     "keep your projects."),
    ex("en", LINGUA, "target: Japanese. 'Saved!' — it's a toast message after the user saves a document, "
                     "keep it short"),
    ex("fr", LINGUA, "Langue cible : néerlandais. « Votre mot de passe a été réinitialisé. Si vous n'êtes pas "
                     "à l'origine de cette demande, contactez-nous. »"),
    ex("en", SUPPORT, "can you translate my reply into Polish for this customer? 'Thanks for reporting this. "
                      "We've refunded the duplicate charge; it should appear on your card within 5 business "
                      "days.'"),
    ex("en", SUBS, """to Spanish (Spain):

12
00:01:04,200 --> 00:01:06,900
I told you not to open that door.

13
00:01:07,100 --> 00:01:09,050
And yet, here we are."""),
    ex("en", SHOP, "translate my listing into Italian and French: Hand-thrown stoneware mug, 350 ml, "
                   "dishwasher safe. Each glaze is unique, so yours may vary slightly from the photo."),
    ex("en", CLINIC, "patient message in Tagalog, need it in English exactly: 'Masakit po ang ulo ko mula "
                     "kahapon at may lagnat ako. Uminom na ako ng paracetamol 500mg dalawang beses.'"),
    ex("en", AGENT, "not a code change: the README in docs/es/ is out of date, here's the new English "
                    "paragraph — give me the Spanish version to paste in:\n\n'Run `make dev` to start the "
                    "stack. The gateway listens on port 8080 and the console on 3000.'"),
    ex("en",
       "write a haiku about autumn",
       A("Maple leaves let go —\nthe sidewalk keeps a record\nof every red thought."),
       "now translate your haiku into Japanese, keeping 5-7-5 if you can"),
    ex("en",
       "summarise this press release in two lines: [press release]",
       A("Helio Rail will open a Berlin–Copenhagen night train in May 2027, running three times a week. "
         "Tickets go on sale in January."),
       "perfect, now give me those two lines in Danish"),
    ex("en",
       "why does my python script say UnicodeDecodeError",
       A("The file isn't in the encoding Python assumed. Open it with `encoding='utf-8'` (or the right one, "
         "e.g. 'cp1252') and it should read."),
       "that fixed it, the file is full of Czech text. can you translate the first line for me? "
       "'Vážení zákazníci, od pondělí se mění otevírací doba naší pobočky.'"),
    ex("de",
       "Welche Länder grenzen an die Schweiz?",
       A("Deutschland, Frankreich, Italien, Österreich und Liechtenstein."),
       "Danke! Und übersetz mir bitte ins Französische: Wir freuen uns auf Ihren Besuch in Basel."),
    ex("pt",
       "Me ajuda a escrever um email pedindo um dia de folga?",
       A("Claro: \"Olá, Carla, gostaria de pedir folga na sexta-feira, dia 12, por motivos pessoais. Deixo "
         "as minhas tarefas adiantadas. Obrigado!\""),
       "Ótimo. Agora traduz esse email para inglês, que a minha chefe é nova e não fala português."),
    ex("ja",
       S("あなたは旅行アプリのアシスタントです。"),
       "京都で雨の日におすすめの場所は？",
       A("京都国立博物館、錦市場、三十三間堂などは雨でも楽しめます。"),
       "ありがとう。旅館に送るメッセージを英語に訳してほしい：「チェックインが21時頃に"
       "なりますが、夕食は不要です。」"),
    ex("zh",
       "帮我把这个表格里每个城市的人口加起来：北京 2189万，上海 2487万，广州 1882万",
       A("三个城市合计约 6558 万人。"),
       "谢谢。另外帮我把这句话翻成日语：感谢您在百忙之中抽出时间参加我们的活动。"),
    ex("ru",
       "Привет, посоветуй книгу на выходные",
       A("Попробуйте «Пикник на обочине» Стругацких: короткая, но очень цепляющая."),
       "Спасибо! А переведи на немецкий для моего коллеги: «Эта книга изменила моё отношение к фантастике»."),
    ex("en",
       S("You are the assistant in Inkwell, the newsroom CMS."),
       "headline ideas for a story on bus fares rising 12%",
       A("1. Bus fares to rise 12% from January\n2. Commuters face 12% fare increase\n3. Council approves "
         "steep rise in bus fares"),
       "we'll use the first. translate this quote from our interview with a commuter, it's in Portuguese: "
       "'Já pago quase cem euros por mês, não sei como vou fazer.'"),
    ex("en",
       "pull the email address out of this signature: 'Jens Haller | jens.haller@vogt-technik.de | "
       "+49 711 555 0192'",
       A("jens.haller@vogt-technik.de"),
       "thanks. and translate the line under his signature into English: 'Geschäftsführer Vertrieb Süd — "
       "bitte beachten Sie unsere neuen Öffnungszeiten zwischen den Feiertagen.'"),
    ex("en", "'Schadenfreude' — is there an English equivalent, or do we just borrow it? translate it as "
             "closely as you can"),
]

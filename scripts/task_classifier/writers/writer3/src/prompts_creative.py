"""creative: the last user message asks for new imaginative writing: poems, stories, songs, toasts,
speeches, lore, names, playful copy. Several look like summaries or translations (retell a news story
as a fairy tale, a poem inspired by a foreign line "don't translate it", notes turned into a limerick)
but ask for a new piece of writing, not a shorter or translated one."""

from common import A, S, ex

TRIAGE = S("You are TriageBot for the Nordhaus support desk. For every incoming ticket output a priority "
           "(P1-P4), a queue and a one-line reason.")
CRM = S("You are Salesfolk, the assistant built into our CRM. Help sales reps log calls, draft follow-up "
        "emails and look up account history.")
RECIPES = S("Você é o assistente do app de receitas Panelinha+. Sugira receitas com o que o usuário tem em "
            "casa e ajude com substituições.")
IDE = S("You are CodePilot, an assistant in the user's IDE. Answer with code when possible.")
BI = S("You are the Insight assistant in Lumen BI. You explain dashboards and KPIs in plain language.")
TELECOM = S("You are the support assistant of Nile Mobile. Help customers with bundles, top-ups and network "
            "problems.")
HR = S("You are PeopleDesk, the HR assistant at Corvane Ltd. Answer questions about leave, benefits and "
       "policies from the employee handbook.")
TRANSLATE_APP = S("You are LinguaBridge. Translate the user's text into the target language they pick.")
LEGAL = S("You are DocketMate, an assistant for law-firm staff: drafting letters, tracking court deadlines, "
          "formatting citations.")
TEAPOT = S("You are the order assistant for Kettle & Co., an online tea shop. Help with order status, "
           "returns and delivery dates.")
HUDDLE = S("You are Huddle, a team chat assistant. When asked, you summarise channels and threads into "
           "short digests.")
HISTORY = S("You are a history tutor for secondary school students. Explain events clearly and check "
            "understanding with a question at the end.")
LISTINGS = S("You are ShopWriter, a listing assistant for craft sellers. You write SEO titles, tags and "
             "bullet-point product specs.")
MODFORGE = S("You are ModForge, an assistant for Bethesda game modding. Answer Papyrus and Creation Kit "
             "questions with examples.")
POS = S("Kamu adalah Kasirku, asisten kasir untuk toko kecil: stok, harga, dan laporan penjualan harian.")

EXAMPLES = [
    ex("en", TRIAGE, "before I triage anything: write a short funny poem about the printer on floor 3 that has "
       "been 'out of toner' for six weeks. it's for the team chat"),
    ex("es", "Escríbeme un cuento corto para dormir a mi hija de 5 años, sobre una tortuga que le tiene miedo a la "
       "lluvia. Que no sea muy largo y que termine bonito."),
    ex("fr", "Voici un vers de Lorca : « Verde que te quiero verde ». Ne le traduis pas : écris-moi un petit "
       "poème en français inspiré de ce vers, huit vers maximum, sur mon jardin en mai."),
    ex("de", "Fass mir kurz zusammen, was in dem Artikel über die Bäckerei Krämer steht.",
       A("Die Bäckerei Krämer in Lindenau schließt nach 94 Jahren, weil sich kein Nachfolger findet. Der "
         "letzte Verkaufstag ist der 30. September."),
       "Danke. Schreib daraus bitte ein kurzes, trauriges Gedicht aus der Sicht des alten Backofens."),
    ex("en", HUDDLE, "Turn these notes into a limerick for Raj's farewell card: ran the database migration, "
       "always brought samosas on Fridays, hates Jira, moving to Lisbon"),
    ex("ja", "猫が主人公の短いホラー小説を書いてください。800字くらいで、最後にちょっとしたどんでん返しがあると"
       "嬉しいです。"),
    ex("en", CRM, "write a rhyming thank-you card for our oldest customer, Mrs Okafor. she's been ordering flowers "
       "from us for 20 years and always asks for yellow roses"),
    ex("en", "Write a short social media post about the peaches from our village, a bit poetic, not too much like "
       "an ad. Orchard on a hill, picked the same morning, my grandfather planted the trees."),
    ex("ko", "'가는 말이 고와야 오는 말이 곱다' 영어로 어떻게 번역해요?",
       A("A close equivalent is \"Kind words get kind words back\", or literally \"If the words going out "
         "are gentle, the words coming back are gentle.\""),
       "이번엔 번역 말고, 그 속담을 주제로 짧은 시를 한 편 써 줄래요? 할머니께 보내드리고 싶어요."),
    ex("en", MODFORGE, "I need lore for my mod: a short in-game book, 300-400 words, written by a paranoid Dwemer "
       "scholar who thinks the gears are talking to him. Make it sound like the books you find in the game."),
    ex("en", "Come up with a wedding toast for my brother. He's a programmer and his bride is a vet. Funny but not "
       "embarrassing, about two minutes when spoken."),
    ex("en", RECIPES, "write a funny poem about my carrot cake that sank in the middle. I'm sending it to the family "
       "group chat with a photo"),
    ex("en", HISTORY, "Retell the story of the Trojan Horse as a breaking-news report from a Trojan TV station, "
       "dramatic anchor voice, with a live reporter at the gates. It's for my class presentation."),
    ex("en", "My mum turns 60 next week. Can you write an emotional speech I can give at dinner? She was a tailor, "
       "raised three kids mostly alone, and loves her garden more than any of us."),
    ex("it", "Mi estrai le date importanti da questo contratto? Firma 3 marzo, inizio lavori 1 aprile, consegna "
       "30 settembre, penale dopo il 15 ottobre.",
       A("Firma: 3 marzo\nInizio lavori: 1 aprile\nConsegna: 30 settembre\nPenale: dal 15 ottobre"),
       "Grazie. Ora, per sdrammatizzare, scrivi una filastrocca sulla burocrazia italiana da appendere in "
       "ufficio."),
    ex("pl", "Napisz krótki wiersz o babci, która uczy się obsługiwać smartfona. Ciepły i trochę zabawny, do "
       "przeczytania na jej imieninach."),
    ex("en", IDE, "write a haiku about a merge conflict. no code please"),
    ex("nl", "Kun je een kort verhaal schrijven over een fietsenmaker in Utrecht die ontdekt dat een van de fietsen "
       "in zijn winkel kan praten? Voor kinderen van een jaar of acht."),
    ex("hi", "मेरी दादी का 80वाँ जन्मदिन आ रहा है।", A("वाह, बधाई हो! आप उनके लिए कुछ खास करना चाहते हैं?"),
       "हाँ, उनके लिए एक छोटी सी कविता लिखो, हिंदी में, जिसमें उनके आँगन वाले आम के पेड़ का ज़िक्र हो।"),
    ex("en", BI, "Q3: revenue +12%, churn down to 3.1%, NPS 48. Don't summarise them. Write a short motivational "
       "speech I can open the all-hands with that works these numbers in."),
    ex("vi", "Viết cho mình một đoạn rap ngắn về chuyện ôn thi đại học, giọng vui vui, có vần, khoảng 16 câu."),
    ex("sv", "Vad betyder skylten 'Parkering förbjuden, gäller ej behörig fordon'?",
       A("It means parking is forbidden except for authorised vehicles."),
       "Tack! Skriv nu en kort dikt på svenska om att sakna Göteborg, gärna med regn och spårvagnar."),
    ex("en", "Summarise this article on urban beekeeping for me",
       A("The article says rooftop hives in Paris have grown to over 700, that city bees often do better than "
         "rural ones because of pesticide-free parks, and that experts worry about too many hives competing "
         "with wild bees."),
       "now write a little kids' song about the rooftop bees from the article, to the tune of twinkle twinkle "
       "little star"),
    ex("el", "Γράψε μου μια σύντομη ιστορία για έναν ψαρά στη Νάξο που βρίσκει ένα μπουκάλι με ένα γράμμα του 1950."),
    ex("en", TELECOM, "not about my bundle: write me a short poem about patience that I can send to my brother, "
       "he's working abroad and misses home"),
    ex("en", LISTINGS, "Forget the SEO stuff for this one. Write a product description for my hand-knitted wool hat "
       "in the voice of a grumpy Scottish grandmother."),
    ex("en", "Write a short lullaby for my baby daughter, something about the moon and the sea. Soft and simple, "
       "so I can sing it."),
    ex("cs", "Napiš mi krátkou pohádku o hasičském autě, které se bojí ohně. Pro čtyřletého kluka, na dobrou noc."),
    ex("id", POS, "Buatkan pantun jenaka buat pembukaan acara arisan ibu-ibu RT besok, tiga bait aja."),
    ex("en", HR, "write a funny but kind farewell message for Dolores from accounting. she's retiring after 31 "
       "years and everyone knows she hoards staplers"),
    ex("en", "Write a short monologue for a school play: a student explains to the headmaster why he's late, but "
       "every excuse gets more absurd than the last."),
    ex("en", "poem about sourdough. go"),
    ex("en", "can you sum up the news story about the stork that nested on the church tower?",
       A("A pair of storks built a nest on the church tower in Zolochiv for the first time in 30 years, and "
         "the village has started a live stream."),
       "lovely. now write a short fairy tale for kids based on it, where the stork is the hero"),
    ex("fa", "یک متن کوتاه و احساسی برای کارت تبریک نوروز بنویس، برای مادربزرگم که در شیراز زندگی می‌کند و عاشق "
       "گل‌های نارنج است."),
    ex("th", "ช่วยแต่งกลอนสั้นๆ ชวนลูกค้ามากินก๋วยเตี๋ยวเรือร้านผมหน่อยครับ จะเอาไปติดหน้าร้าน"),
    ex("en", "Take 'Humpty Dumpty' and rewrite it as a Shakespearean sonnet. Keep the egg, keep the wall."),
    ex("en", TRANSLATE_APP, "Don't translate anything this time. I want an original short poem in English that "
       "has the feeling of mono no aware, about my father's old wristwatch that still ticks."),
    ex("en", "why does git say 'fatal: refusing to merge unrelated histories'?",
       A("Your two branches don't share a common commit, usually because one repo was initialised separately. "
         "If you're sure, use git pull origin main --allow-unrelated-histories."),
       "thanks. now for fun: write a short sci-fi story, like 500 words, where a junior dev accidentally makes "
       "the office coffee machine sentient"),
    ex("es-en", "write me un poema bilingüe for my girlfriend's birthday, half English half Spanish, she loves the "
       "ocean y las estrellas"),
    ex("en", LEGAL, "For the office holiday party: write a mock legal notice announcing that the fridge will be "
       "cleaned on Friday and all abandoned yogurts will be 'deemed forfeited'. Over-the-top legalese please."),
    ex("en", "I'm opening a bakery that's also a secondhand bookshop", A("What a lovely idea! Do you need help "
                                                                         "with the business plan, the layout, "
                                                                         "or something else?"),
       "names! give me 5 names for it, cosy and a bit clever"),
    ex("en", "A says B is a liar, B says A and C are the same type. what is C?",
       A("C is a liar in both cases: if A tells the truth, B lies, so A and C differ; if A lies, B tells the "
         "truth, so C is like A."),
       "lol ok. write a limerick about the liar and the truth-teller from that puzzle"),
    ex("en", TEAPOT, "my order's fine, thanks! could you write a little poem for the gift card? it's for my mum, "
       "she's getting the blue teapot and she drinks far too much Earl Grey"),
    ex("en", "Write lyrics for a cheesy schlager song about a farmer who talks to his tractor more than to his "
       "wife. With a chorus everyone can sing along to."),
    ex("en", S("You are a helpful assistant."), "Dungeon master here. Describe the entrance to an abandoned dwarven "
       "brewery for my players: spooky but with a bit of humour, about 150 words, second person."),
    ex("en", CRM, "draft a follow-up to Henderson Logistics thanking them for signing",
       A("Subject: Welcome aboard!\n\nHi Karen, thank you for signing with us today. Your onboarding call is "
         "set for Tuesday at 10..."),
       "perfect. and for the team channel, write a silly four-line victory poem about closing the Henderson "
       "deal"),
    ex("ja", "この短編のあらすじを3行でまとめて：老人が毎朝同じベンチで鳩に餌をやる話。",
       A("老人は毎朝公園のベンチで鳩に餌をやる。ある日ベンチが撤去される。老人は自分で新しいベンチを作る。"),
       "ありがとう。今度は要約じゃなくて、鳩の視点から見た短い日記風の物語にしてくれませんか？"),
    ex("en", "I'm doing a creative writing class", A("Fun! What's the assignment?"),
       "describe a thunderstorm to someone who has never seen one, but make it poetic. one paragraph"),
    ex("en", "write a short villain monologue for my D&D game: a tax collector who genuinely believes he's the "
       "hero of the story"),
    ex("hi-en", "yaar meri best friend ki shaadi hai next week, uske liye ek funny shayari likh do hinglish me, "
       "jisme uski late aane wali aadat ka mazaak ho"),
]

"""`creative`: new writing — poems, stories, lyrics, jokes, names, slogans, toasts, game lore, ad copy.

Several rows look like a summary or a translation on the surface (pasted notes, a foreign line) but ask for a
new piece made from them: an incident report as a limerick, a changelog as a pirate's log, a poem "inspired
by, not translated from" a line. Shortening or restating pasted text is `summarization`; rendering it in
another language is `translation`.
"""

from common import A, S, ex

DM = S("You are the Dungeon Master assistant for a Discord D&D server. Help the DM with NPCs, encounters, "
       "lore and rules lookups. Setting: the drowned city of Vell.")
MARKETING = S("You are CopyNest, a marketing assistant for independent shops. Write on-brand copy. Brand "
              "voice for this account (Thimble & Thread, a yarn shop in Bristol): warm, a bit cheeky, no emojis.")
AGENT = S("You are a coding agent with access to the `harbor-billing` repository. Run tests before you claim "
          "something works.")
HR = S("You are PeopleDesk, the HR assistant for Bramwell Logistics. Help employees with policies, leave and "
       "internal announcements.")
KIDS_APP = S("Eres Cuentacuentos, una app que ayuda a padres a inventar cuentos para dormir. Los cuentos son "
             "cortos, tiernos y sin sustos.")

INCIDENT = """INC-2291 postmortem (short)
What happened: at 02:10 the nightly invoice job ran twice because the cron container restarted mid-run.
Impact: 312 customers got a duplicate invoice email. No double charges (payments are idempotent).
Detection: a customer tweeted at 07:40.
Fix: lock row in job_runs before starting; alert on duplicate job ids.
Owner: Marguerite (billing)."""

CHANGELOG = """v2.7.0
- Added: dark mode for the dashboard
- Fixed: CSV export dropped the last row
- Fixed: timezone bug in weekly reports (sorry, Auckland)
- Changed: API rate limit raised to 600/min
- Removed: legacy v1 webhooks"""

NOTES = """standup notes thu
- Ravi: migration 80% done, blocked on prod creds
- Elin: fixed login loop on safari finally
- Marco: out sick
- Sun: demo for Acme moved to Tue
- coffee machine broken AGAIN"""

EXAMPLES = [
    ex("en", S("You are the IT helpdesk bot at Farrow & Lyle Solicitors. Help staff with passwords, printers, laptops and Teams."), "ticket logged, thanks. while I wait: haiku about a printer that only works when nobody needs it"),
    ex("en", f"turn this postmortem into a limerick for the team channel, keep Marguerite as the hero\n\n{INCIDENT}"),
    ex("en", f"rewrite our release notes as a pirate captain's log entry. all the items have to be in there somewhere\n\n{CHANGELOG}"),
    ex("en", f"summarise these in one line for slack\n\n{NOTES}", A("Migration 80% (needs prod creds), Safari login fixed, Marco out, Acme demo moved to Tue, coffee machine down."), "perfect. now a different use for the same notes: make them into a tiny bedtime story for my 5yo, she likes hearing about 'mummy's work friends'\n\n{NOTES}"),
    ex("en", DM, "the party just walked into a flooded chapel. give me a creepy NPC who lives there, with a name, a secret and three lines of dialogue"),
    ex("en", DM, "thanks for the tide rules", A("Anytime! Tides in Vell rise every 6 hours; underwater sections need swim checks."),
       "now write me a short sea shanty the drowned sailors sing, 2 verses and a chorus, something the players can hear faintly through the walls"),
    ex("en", MARKETING, "we've got a new hand-dyed merino in a colour called 'Storm over Severn'. product description, 80 words max"),
    ex("en", MARKETING, "Instagram caption for our Wednesday knit night, we're moving it to the bigger room upstairs"),
    ex("en", AGENT, "all tests green?", A("Yes, 211 passed."), "nice. write a short dramatic poem about the 211 tests for the PR description, like an epic battle. keep it under 12 lines"),
    ex("en", HR, "can you write the announcement for the holiday party but make it funny? Dec 19, warehouse B, 5pm, there will be a karaoke machine and the CEO has promised to sing"),
    ex("en", "how long should a best man speech be", A("Around 3–5 minutes is the sweet spot; a short toast at the end of a meal can be 1 minute."), "ok short one then. a wedding toast for my brother, he's an accountant who cries at dog videos, bride is a firefighter. 1 minute long. warm, one joke, no embarrassing stories"),
    ex("en", "Translate 'la lune est un vieux chat' to English", A("\"The moon is an old cat.\""),
       "ok now don't translate anything — write me an original short poem in English that starts from that image of the moon as an old cat"),
    ex("en", "write a 150 word flash fiction where the twist is that the narrator is the lighthouse"),
    ex("en", S("You are the assistant in StartSmart, an app that helps people write business plans, budgets and funding applications."), "skip the financials for a sec. 10 names for a bakery that only sells things with cardamom"),
    ex("en", "song lyrics, indie folk, about moving back to your hometown and everything being smaller. one verse one chorus"),
    ex("en", "what does a k8s readiness probe do", A("It tells Kubernetes when a pod is ready to receive traffic; until it passes, the pod is kept out of the Service's endpoints."), "dad joke about kubernetes pls"),
    ex("en", S("You are the support assistant of Heron Cloud Storage. Answer questions about plans, sync and sharing."),
       "my sync is fine now. since you're here: write a short funny out-of-office message for me, I'm going to Iceland to look at puffins for 2 weeks"),
    ex("en", "Summarise the plot of Moby Dick in two lines", A("A sailor joins Captain Ahab's obsessive hunt for the white whale that took his leg; the hunt destroys the ship and everyone but the narrator."),
       "great. now write the same story as if Ahab were posting it on LinkedIn, humblebrag style"),
    ex("en", "Write an opening paragraph for a mystery set on a night train from Vienna to Venice. present tense, first person, the narrator is a sleeping-car attendant"),
    ex("en", "a villanelle about losing your keys. I know it's a strict form, please actually follow it"),
    ex("en", "my grandma turns 90. write a short poem for her card from all 11 grandkids. she grew tomatoes, taught maths for 40 years, and cheats at cards"),
    ex("en", "write the back-cover blurb for a cosy fantasy novel about a retired dragon who opens a tea shop"),
    ex("en", S("You are the assistant for Oakridge Primary School's office. Help staff with letters to parents, newsletters and trip forms."),
       "can you write a little rhyming poem for the newsletter about the Year 2 trip to the aquarium? the kids loved the octopus"),
    ex("en", "hey", A("Hey! What's up?"), "write a villain monologue for a toaster that's tired of burning bread"),
    ex("en", "I need a slogan for a bike repair co-op. it's run by volunteers and pays in soup. 5 options"),
    ex("en", "make up a fake medieval legend explaining why cats knock things off tables"),
    ex("en", "dialogue scene: two astronauts on the ISS arguing about whether a hot dog is a sandwich. 200 words"),
    ex("en", "Extract the dates from: 'Kickoff 3 Feb, beta 1 Apr, GA 15 Jun'", A("- Kickoff: 3 February\n- Beta: 1 April\n- GA: 15 June"),
       "lol our roadmap. write a short haiku sequence, one haiku per milestone"),
    ex("en", "write a rap verse about doing your taxes the night before the deadline"),
    ex("en", "Can you write me a bedtime story about a snail who wants to see the sea? about 300 words"),
    ex("en", "a breakup text but make it sound like a formal product deprecation notice"),
    ex("en", "write the first page of a sci-fi screenplay, a cargo ship AI wakes the only crew member because 'something is knocking from outside'"),
    ex("es", KIDS_APP, "Mi hijo de 4 años quiere un cuento sobre un dinosaurio que tiene miedo a la oscuridad y se hace amigo de una luciérnaga."),
    ex("fr", "C'est quand la fête des pères en France l'an prochain ?", A("Le troisième dimanche de juin, donc le 20 juin 2027."), "Merci ! Écris-moi un petit poème pour la fête des pères, mon père est boulanger et se lève à 3h du matin depuis 30 ans."),
    ex("de", "Schreib mir einen witzigen Abschiedstext für die Karte eines Kollegen, der nach 25 Jahren in der Buchhaltung in Rente geht. Er liebt Kreuzworträtsel und seinen Schrebergarten."),
    ex("pt", S("Você é o assistente do app de transporte Busão Já, de Belo Horizonte. Informa horários, linhas e recargas do cartão."), "já vi que a linha 4110 tá atrasada de novo. me escreve um samba curtinho sobre o ônibus que nunca passa no horário, tipo um desabafo bem-humorado"),
    ex("it", "Inventa una leggenda breve su perché il Monte Cervino ha quella forma, come se la raccontasse un nonno valdostano."),
    ex("nl", "Schrijf een Sinterklaasgedicht voor mijn collega Joost, die altijd te laat komt en een obsessie heeft met zijn racefiets. Mag plagerig."),
    ex("tr", "Kadıköy'den Eminönü'ne vapur kaç dakika sürüyor?", A("Yaklaşık 20–25 dakika."), "Güzel. Şimdi bana sonbaharda İstanbul'da vapurda geçen kısa bir aşk hikayesi yazar mısın? 200 kelime civarı."),
    ex("ru", DM, "Придумай мне таверну в затонувшем городе Велл: название, хозяина, фирменное блюдо и слух, который там ходит."),
    ex("zh", "Here is a line from a Chinese poem: 床前明月光", A("It's from Li Bai's 'Quiet Night Thoughts': 'Before my bed, the bright moonlight'."),
       "对。不要翻译，也不要解释。请用现代汉语写一首全新的短诗，写一个在外打工的人半夜看手机上家人的照片。"),
    ex("ja", "猫がプログラマーの膝の上でキーボードを踏んでしまう話を、短い落語風に書いてください。"),
    ex("ko", MARKETING, "이번엔 한국 고객용이에요. 손뜨개 목도리 세트 광고 문구 3개 써 주세요. 따뜻하고 약간 유머러스하게."),
    ex("hi", "mere dost ki shaadi hai, uske liye ek chhoti si shayari likh do, thodi funny thodi emotional. woh bachpan se cricket pagal hai"),
    ex("ar", "اكتب لي قصيدة قصيرة عن القهوة في الصباح الباكر قبل أن يستيقظ الجميع."),
    ex("id", HR, "Bisa bikinin pantun lucu buat pengumuman lomba 17 Agustus di kantor? Ada lomba makan kerupuk dan balap karung."),
    ex("vi", "Tóm tắt giúp mình: 'Cuộc họp dời sang thứ sáu.'", A("Cuộc họp đã được dời sang thứ sáu."),
       "Cảm ơn. Giờ viết giúp mình một bài thơ lục bát ngắn, vui vui, về việc họp hành bị dời hoài."),
    ex("sv", S("Du är kundtjänstassistent för möbelkedjan Hemvik. Du hjälper till med beställningar, leveranser och returer."), "Leveransen kom, tack! Nu något roligt: skriv en kort novell om en älg som fastnar i en IKEA-parkering och börjar jobba där. Max 250 ord."),
    ex("el", "Γράψε μου ένα μικρό ποίημα για τον παππού μου που ήταν ψαράς στη Σύρο."),
    ex("th", S("คุณคือผู้ช่วยของร้านกาแฟ 'บ้านดอย' ช่วยตอบคำถามลูกค้าเรื่องเมนูและเวลาเปิดปิด"),
       "ช่วยแต่งกลอนสั้นๆ สำหรับติดหน้าร้าน ชวนคนมาดื่มกาแฟตอนเช้าฝนตกหน่อยครับ"),
]

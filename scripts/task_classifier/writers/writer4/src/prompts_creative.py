"""`creative`: new writing — poems, stories, jokes, lyrics, toasts, slogans, names, scenes, marketing copy.

Written by hand for the writer4 training set. Several rows come from apps about something else (a coding
agent, a translation tool, a support bot) or follow turns about other tasks; a poem "inspired by" foreign text
that must not be translated is `creative`, and so is an original haiku after a translated one.
"""

from common import A, S, ex

MARKETING = S("You are Quill, the copywriting assistant in Brandkit. Match the brand voice the user gives; "
              "never invent product claims.")
GM = S("You are the game master for a text adventure set in a drowned city called Velm. Stay in character, "
       "describe vividly, end each turn with what the player can see.")
KIDS = S("You are Bedtime Buddy, an app that writes gentle bedtime stories for children aged 3-8. "
         "No scary content.")
AGENT = S(
    "You are DevAgent, an autonomous coding agent. Tools: read_file(path), write_file(path, content), "
    "run(cmd). Answer with a tool call as JSON, or {\"final\": ...} when done."
)
TRANSLATE_APP = S("You are LinguaDesk, a translation assistant for a localisation agency. Keep placeholders "
                  "like {name} untouched.")
SUPPORT = S("You are Nova, the customer support assistant for Parcelio, a parcel-tracking service.")
NEWSROOM = S("You are the assistant built into Inkwell, the newsroom CMS. Follow the house style: sentence "
             "case headlines, no clickbait.")

EXAMPLES = [
    ex("en",
       "valgrind says 'definitely lost: 48 bytes in 1 blocks'. what does that mean",
       A("48 bytes were allocated and never freed, and no pointer to them remains, so they can't be freed "
         "later either. The stack trace under it shows where they were allocated."),
       "found it, thanks. now write a haiku about a memory leak for the team channel"),
    ex("en",
       "tl;dr of this roadmap doc please [roadmap pasted]",
       A("Q1 focuses on onboarding and SSO, Q2 on the reporting rewrite, Q3 on mobile; pricing changes are "
         "parked until the reporting work lands."),
       "lol 'parked'. write a limerick about a product manager who keeps saying 'quick win'"),
    ex("en", "short story, 300 words max: a lighthouse keeper receives a letter addressed to someone who died "
             "a century ago. ending should be hopeful, not twisty"),
    ex("en", S("You are Launchpad, a startup-branding assistant."), "give me 10 name ideas for a cat-sitting app. playful, not punny-cringe"),
    ex("en", S("You are Toastmaster, an app that helps people write and rehearse speeches."),
       "toast for my best friend's wedding, 1 minute spoken, we met in a chemistry lab where I set his "
             "eyebrows on fire"),
    ex("en", "write a sea shanty about on-call rotations"),
    ex("en", "a villanelle about waiting for test results. keep the refrains simple"),
    ex("en",
       "250 ml in cups?",
       A("About 1.06 US cups (a metric cup is exactly 250 ml)."),
       "thx. unrelated, writing exercise for my class: dialogue scene, two astronauts arguing over the last coffee pouch, 8 lines each, deadpan"),
    ex("en", "write a breakup letter from a developer to JavaScript, sincere but a bit funny"),
    ex("en", NEWSROOM, "I'm a journalist writing a personal essay about my dad's bakery closing. give me an opening "
             "paragraph that starts with a smell, not a date"),
    ex("en", """Here are our release notes for 3.2:
- Offline mode for the mobile app
- Bulk edit for tags
- Dark mode (finally)

don't summarise them — write a 16-bar rap verse announcing them for our launch video. a bit cheesy is fine."""),
    ex("en", "short unrhymed poem about the smell of the first summer rain on dry earth"),
    ex("en", "write a fable in the style of Aesop about an intern and a project manager, with a moral at the end"),
    ex("en", "make up a little story I can tell my nephew about a dinosaur who's afraid of the dark"),
    ex("it", "Scrivi una canzone d'amore ironica dedicata alla moka del caffè, due strofe e un ritornello."),
    ex("nl", "Schrijf een Sinterklaasgedicht voor mijn collega Joost, die altijd te laat is voor de stand-up "
             "maar wel de beste koffie zet."),
    ex("pl", "Napisz krótkie opowiadanie grozy (do 200 słów) o windzie, która zatrzymuje się na piętrze, "
             "którego nie ma w budynku."),
    ex("tr", "Yağmurlu bir İstanbul akşamını anlatan, vapur ve simit geçen kısa bir şiir yazar mısın?"),
    ex("uk", "Придумай казку про їжачка, який хотів навчитися літати. Для дитини п'яти років."),
    ex("en", "free verse poem: walking home alone after working late. not too sad, end on something warm"),
    ex("en", "a short ghost story where the ghost is extremely polite and keeps apologising for the haunting"),
    ex("en", "flash fiction: two exes run into each other on the day of the first snow. 250 words, no dialogue tags"),
    ex("ar", "اكتب قصيدة قصيرة عن الحنين إلى بيت الجدة في الصيف."),
    ex("id", "Buatkan pantun jenaka tentang programmer yang lupa commit sebelum pulang."),
    ex("vi", "Viết một bài thơ lục bát ngắn về mùa thu Hà Nội."),
    ex("bn", "বর্ষার দিনে চা আর বইয়ের সঙ্গে একটা ছোট কবিতা লিখে দাও।"),
    ex("ta", "மழைக்காலத்தில் ஒரு சிறுமி காகிதக் கப்பல் விடும் ஒரு சிறுகதை எழுதுங்கள்."),
    ex("sw", "Niandikie shairi fupi kuhusu jua likichomoza juu ya Mlima Kilimanjaro."),
    ex("hu", "Írj egy vicces rövid verset a hétfő reggelekről, amiben szerepel egy macska is."),
    ex("en", MARKETING, "brand voice: calm, a bit dry, never exclamation marks. product: a standing desk that "
                        "reminds you to stand. write 3 instagram captions"),
    ex("en", MARKETING, "tagline options for an oat milk brand aimed at baristas. 8 options, under 6 words each"),
    ex("es", MARKETING, "Voz de marca: cercana y con humor. Escribe el texto de un email de bienvenida para "
                        "nuevos suscriptores de una tienda de plantas online."),
    ex("en", GM, "I pry open the barnacled door of the old customs house"),
    ex("en", GM, "I try to bribe the ferryman with the silver compass"),
    ex("en", KIDS, "a story about a sleepy little cloud who is scared of thunder, for my 4 year old. her name "
                   "is Mila, please put her in it"),
    ex("fr", KIDS, "Une histoire pour un garçon de 6 ans qui s'appelle Noé et qui adore les trains."),
    ex("en", AGENT, "not a repo task: it's the team lead's birthday tomorrow and she loves Rust. write a short "
                    "birthday poem I can paste in the PR description, mention the borrow checker"),
    ex("en", TRANSLATE_APP, "this is from our Portuguese client's brand book: 'o mar não pede licença.' don't "
                            "translate it — write an original English poem of 8 lines inspired by that idea, "
                            "for the campaign"),
    ex("en", SUPPORT, "my parcel is 3 days late and I've accepted my fate lol. can you at least write me a "
                      "dramatic poem about its journey"),
    ex("en", NEWSROOM, "give me 5 headline options for a story about a town where the last bank branch closed "
                       "and the library now helps pensioners with online banking. warm, not sappy"),
    ex("en",
       "translate this haiku into english: 古池や 蛙飛び込む 水の音",
       A("An old pond —\na frog jumps in,\nthe sound of water."),
       "lovely. now write me an original haiku in the same spirit but set in an open-plan office"),
    ex("en",
       "extract the guest names from this RSVP list: Marta (yes), Jon (no), Priya (yes), Kofi (yes)",
       A("Attending: Marta, Priya, Kofi. Not attending: Jon."),
       "cool. write a short funny poem to put on the place cards, one verse that mentions all three attendees"),
    ex("en",
       "why does git say 'detached HEAD'",
       A("You checked out a commit rather than a branch, so new commits aren't attached to any branch name. "
         "Create one with `git switch -c my-branch` to keep them."),
       "haha detached head sounds like a horror movie. write me a 100-word horror story called Detached HEAD"),
    ex("en",
       S("You are a study assistant for a university history department."),
       "summarise the causes of the 1848 revolutions in 5 bullets",
       A("- Economic crisis and bad harvests (1845-47)\n- Liberal demands for constitutions\n"
         "- Nationalism in the Habsburg lands and Italy\n- Urban working-class distress\n"
         "- The February revolution in Paris as a spark"),
       "great, thanks. for our department's end-of-term party: write a short comic monologue by a Viennese "
       "baker in March 1848 who just wants everyone to stop shouting outside his shop"),
    ex("zh",
       "帮我把这段英文翻译成中文：We are excited to announce our new office in Shanghai.",
       A("我们很高兴地宣布，我们在上海的新办公室正式启用。"),
       "谢谢！再帮我写一段适合发朋友圈的文案，庆祝新办公室开张，活泼一点，带两三个表情符号。"),
    ex("ja",
       "この表から売上が一番高い月を教えて：1月 120、2月 98、3月 143",
       A("3月が143で最も高いです。"),
       "ありがとう。チームの打ち上げ用に、3月の頑張りをたたえる短い川柳を三つ作って。"),
    ex("ko",
       S("너는 회사 사내 메신저의 업무 도우미야."),
       "내일 회의 몇 시였지?",
       A("내일 오전 10시 30분, 3층 대회의실입니다."),
       "고마워. 그 회의 끝나고 은퇴하시는 부장님께 드릴 짧은 축시 하나 써줄래? 따뜻하고 살짝 유머 있게."),
    ex("pt",
       "Qual é a diferença entre 'há' e 'a' quando falo de tempo?",
       A("'Há' indica tempo passado (\"há dois anos\"); 'a' indica tempo futuro ou distância (\"daqui a dois "
         "anos\", \"a dois quilómetros\")."),
       "Perfeito. Agora escreve um microconto de 50 palavras que use as duas formas corretamente."),
    ex("en", S("You are the writing helper in CardCraft, a greeting-card app."),
       "a 4-line poem for a sympathy card for a coworker whose dog died. simple, no rainbow bridge"),
    ex("en",
       "what's the Svalbard seed vault",
       A("A secure facility dug into a mountain on Spitsbergen, Norway, that stores duplicate seed samples "
         "from gene banks worldwide as a backup against disasters."),
       "that's so cool. pitch me a heist movie where the vault is a climate-controlled seed bank. logline + 3 act beats"),
]

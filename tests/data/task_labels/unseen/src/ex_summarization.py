from common import ex

L = "summarization"

EX = [
ex(L, """tl;dr this please

At Tuesday's session, the city council voted 7-2 to approve a pilot program that will convert two lanes of Harbor Street into protected bike lanes for eighteen months. Supporters argued the change would reduce collisions on one of the city's most dangerous corridors, citing 41 crashes involving cyclists over the past three years. Several downtown business owners opposed the plan, saying that the loss of street parking would hurt foot traffic, particularly for restaurants that rely on evening customers. The council added an amendment requiring the transportation department to publish monthly data on traffic volume, crash rates and retail sales along the corridor, and to return with a recommendation before the pilot ends. Construction is expected to begin in early spring."""),

ex(L, """Summarize in 3 bullet points:

A growing body of research suggests that the timing of sleep may matter almost as much as its duration. In a study of more than 60,000 participants who wore activity trackers for a week, those with irregular bedtimes had higher rates of hypertension, obesity and depressive symptoms than those who slept the same number of hours on a consistent schedule. The researchers propose that erratic sleep disrupts the body's circadian rhythm, which regulates hormones, metabolism and mood. They note, however, that the study was observational, and people with existing health problems may simply find it harder to keep a regular schedule. Future trials, they say, should test whether helping people stabilize their bedtimes leads to measurable improvements."""),

ex(L, """Peux-tu résumer ce texte en deux phrases ?

Le réchauffement des océans modifie profondément la répartition des espèces marines. Plusieurs poissons, comme le maquereau ou la sardine, remontent progressivement vers le nord à la recherche d'eaux plus fraîches, ce qui bouleverse l'économie des ports de pêche traditionnels. Dans le même temps, des espèces venues du sud apparaissent dans des zones où elles étaient inconnues il y a vingt ans. Les scientifiques appellent à adapter rapidement les quotas de pêche, établis à partir de données souvent anciennes, pour éviter à la fois la surpêche et des conflits entre pays voisins.""", "fr"),

ex(L, [
    ("system", "You are an assistant for a busy executive. Be extremely brief."),
    ("user", """Give me the gist of this thread in one line.

From: Priya
Hi all, the vendor says the replacement servers are delayed by 3 weeks due to a chip shortage. We can either rent cloud capacity in the meantime (~$18k) or push the migration to Q3.

From: Daniel
Renting is fine by me but finance needs to sign off. Also we should check whether the contract lets us claim a penalty for the delay.

From: Laura (Finance)
I can approve up to $20k for temporary capacity. Legal says the penalty clause only applies after 30 days, so no claim yet.

From: Priya
OK, I'll go ahead with the cloud rental and keep the Q2 date."""),
]),

ex(L, [("system", "You are a social media assistant for Tasklane, a project management SaaS."), ("user", """can you condense this into a tweet-length summary (under 280 chars)?

We're excited to announce Version 4.0 of Tasklane! This release brings a completely redesigned calendar view, offline mode for mobile, and shared templates so teams can reuse their favorite project setups. We've also improved load times by up to 40% and fixed over 200 bugs reported by our community. Existing users get the update automatically today; the new offline mode is available on iOS now and on Android next week.""")]),

ex(L, """I translated this poem into English already, so no need to translate it. Now just summarize what it's actually saying, in plain words, two or three sentences:

My father's hands were maps of work,
each crack a road he'd walked for us;
he never spoke of what it cost,
he only said the bread was warm.
Now I have hands like his, and roads,
and children who believe in bread,
and still I cannot find the words
he never needed to have said."""),

ex(L, """Fass bitte diesen Artikel kurz zusammen (max. 3 Sätze):

Die Deutsche Bahn hat angekündigt, im kommenden Jahr rund 2.000 zusätzliche Fahrzeugführer einzustellen. Hintergrund ist der anhaltende Personalmangel, der in den vergangenen Monaten immer wieder zu Zugausfällen geführt hat, besonders im Regionalverkehr. Gleichzeitig sollen die Ausbildungszeiten verkürzt und Quereinsteiger stärker gefördert werden. Die Gewerkschaft begrüßt die Pläne grundsätzlich, fordert aber bessere Arbeitszeiten, damit die neuen Mitarbeitenden nicht nach kurzer Zeit wieder kündigen.""", "de"),

ex(L, """Summarize the key points of this meeting transcript. Keep it short.

Sam: OK so the main thing today is the onboarding flow. Drop-off at step 3 is still like 45%.
Jo: Yeah, step 3 is where we ask for payment details. People bail.
Sam: Could we move payment to after the trial?
Jo: Legal was worried about that before, but I think they'd be ok if we add a reminder email before billing.
Mei: Design-wise I can have a version without the payment step by Thursday.
Sam: Great. Let's A/B test it for two weeks. Jo, can you check with legal?
Jo: Will do.
Mei: Also, the welcome video nobody watches. 3% view rate.
Sam: Kill it. Replace with a checklist.
Mei: Fine by me."""),

ex(L, "Resume este párrafo en una sola oración:\n\nLa empresa registró en el último trimestre un aumento del 12 % en sus ventas, impulsado principalmente por el mercado asiático, aunque los costes de transporte y las materias primas redujeron el margen de beneficio. La dirección prevé que la situación se estabilice a finales de año, cuando entren en funcionamiento dos nuevas plantas de producción en México.", "es"),

ex(L, """Give me an executive summary of this incident report, max 100 words.

INCIDENT REPORT #2291
Date: March 4
At 02:14 UTC the primary database node for the EU region became unresponsive after disk usage reached 100%. The cause was a log rotation job that had silently failed since February 20, allowing application logs to accumulate on the data volume. Automatic failover to the replica succeeded at 02:19, but the replica was running 6 minutes behind, resulting in the loss of approximately 340 order status updates, which were later reconstructed from the payment provider's webhooks. Total customer-facing downtime was 5 minutes. Remediation: logs moved to a separate volume, alerting added on disk usage above 80%, and a weekly check of the rotation job added to the on-call runbook. Replica lag alerting threshold lowered from 10 minutes to 1 minute."""),

ex(L, """Here's a README section. Don't rewrite or fix the code, I just want a quick summary of what this tool does and how you install it, for a non-dev colleague.

## snapsync
snapsync keeps a folder of photos in sync between your laptop and an S3 bucket, deduplicating by content hash so renamed files aren't uploaded twice.

### Install
```
pip install snapsync
snapsync init --bucket my-photos --region eu-west-1
```
### Usage
Run `snapsync watch ~/Pictures` to start watching a folder. Changes are uploaded every 60 seconds. Use `--dry-run` to see what would be uploaded without sending anything. Deleted local files are NOT deleted remotely unless you pass `--mirror`."""),

ex(L, """shorten this abstract to ~50 words for the conference program:

We present a lightweight method for detecting early signs of crop disease from smartphone images taken under uncontrolled field conditions. Unlike previous approaches that require laboratory-quality photographs, our model is trained on 48,000 images collected by farmers in Kenya, India and Peru using low-cost devices. The model achieves 91% accuracy on five common diseases of maize and cassava and runs entirely offline on phones with as little as 2 GB of RAM. In a three-month pilot with 300 farmers, early detection led to a 23% reduction in pesticide use compared with a control group. We release the dataset and model weights to support further work."""),

ex(L, """请用三句话概括下面这段内容：

近年来，越来越多的年轻人选择离开大城市，回到家乡或者到中小城市生活和工作。一方面，大城市的房价和生活成本不断上涨，让很多人感到压力很大；另一方面，远程办公的普及和网络基础设施的改善，使得在小城市也能找到不错的工作机会。不过，也有人指出，小城市在医疗、教育和职业发展空间方面仍然和大城市存在明显差距，这让一部分人在做决定时犹豫不决。""", "zh"),

ex(L, "what's the main point of this paragraph? one sentence is enough\n\n\"Although the committee acknowledged the many concerns raised by residents regarding noise, traffic, and the potential impact on property values, it ultimately concluded that the economic benefits of the proposed distribution center, including an estimated 800 permanent jobs and significant tax revenue, outweighed these drawbacks, provided that the developer agrees to build a sound barrier and restrict truck traffic to daytime hours.\""),

ex(L, [
    ("user", """Here's an article I'm reading for school:

Coral reefs cover less than one percent of the ocean floor but support about a quarter of all marine species. They protect coastlines from storms, provide food for millions of people, and bring in tourism money. But reefs are in trouble. When the water gets too warm, corals push out the tiny algae that live inside them and give them color and food. This is called bleaching. If the water stays hot for too long, the corals starve and die. Scientists are trying to help by growing heat-resistant corals in nurseries and planting them on damaged reefs, but they say the most important thing is to slow down climate change."""),
    ("assistant", "Thanks for sharing! It's an article about coral reefs: why they matter, how warming water causes bleaching, and what scientists are doing. What would you like to do with it?"),
    ("user", "can you summarize the whole thing so my 10 year old brother understands it? like 3-4 sentences"),
]),

ex(L, """Summarize these customer reviews for the product team, a short paragraph about the overall picture is enough:

★★★★☆ "Great blender, super powerful. A bit loud though."
★★☆☆☆ "Lid cracked after two months. Customer service was slow to respond."
★★★★★ "Makes the smoothest smoothies I've ever had. Worth the price."
★★★☆☆ "Works well but it's SO loud my neighbors complained lol"
★★☆☆☆ "The lid doesn't seal properly, leaked all over my counter."
★★★★☆ "Powerful motor, easy to clean. Wish it was quieter.\""""),

ex(L, """以下の文章を要約してください。

日本では少子高齢化が進み、地方の多くの町で人口が減少している。特に若い世代が進学や就職のために都市部へ移り住むことで、地域の商店や学校が閉鎖されるケースが増えている。こうした状況を受けて、一部の自治体は移住者への住宅補助や起業支援を行い、新しい住民を呼び込もうとしている。成功例もあるが、長期的に定住してもらうためには、仕事や医療、交通などの生活基盤の整備が欠かせないと専門家は指摘している。""", "ja"),

ex(L, """recap this chapter for me, I fell asleep reading it lol and the book club is tonight

Chapter 9 — The storm arrived earlier than anyone expected. By noon the harbor was empty except for the Margarethe, which Tomas had refused to move, insisting the moorings would hold. Elena begged him to come inside, but he stayed on deck, checking the ropes again and again as the waves grew. When the first mooring snapped, he finally jumped to the pier, only to turn back when he heard the dog barking below deck. Elena watched from the window as he disappeared into the cabin. For several minutes there was nothing. Then the boat swung free, and she ran out into the rain. She found him on the rocks at the far end of the harbor, soaked and shivering, the dog in his arms, the Margarethe already breaking apart behind them. Neither of them spoke on the walk home. That night, for the first time in years, Tomas asked her about the letter from her sister."""),

ex(L, [
    ("system", "You are a helpful assistant for a small accounting firm."),
    ("user", """Boil this down to the essentials for a client, plain language:

"Section 7.2 Limitation of Liability. In no event shall the Provider be liable for any indirect, incidental, special, consequential or punitive damages, including without limitation loss of profits, data, use, goodwill, or other intangible losses, resulting from (i) the Client's access to or use of or inability to access or use the Services; (ii) any conduct or content of any third party on the Services; or (iii) unauthorized access, use or alteration of the Client's transmissions or content, whether based on warranty, contract, tort (including negligence) or any other legal theory. The Provider's aggregate liability shall not exceed the fees paid by the Client in the twelve (12) months preceding the claim."\""""),
]),

ex(L, "Faz um resumo curto deste texto, por favor:\n\nA cidade de Curitiba ficou conhecida internacionalmente pelo seu sistema de transporte público, baseado em ônibus que circulam em faixas exclusivas e estações em forma de tubo, onde os passageiros pagam antes de embarcar. O modelo, criado nos anos 1970, inspirou dezenas de cidades ao redor do mundo por ser mais barato que a construção de um metrô. Nos últimos anos, porém, o sistema enfrenta críticas por superlotação e pela falta de investimentos na renovação da frota.", "pt"),

ex(L, [
    ("system", "You summarize scientific papers for a general audience newsletter. Avoid jargon."),
    ("user", "Abstract: We investigated whether intermittent fasting (16:8 time-restricted eating) produces greater weight loss than daily calorie restriction when total caloric intake is matched. In a 12-month randomized controlled trial with 139 adults with obesity, both groups lost weight (mean 8.0 kg vs 6.3 kg), but the difference between groups was not statistically significant. No significant differences were observed in waist circumference, body fat, blood pressure, or metabolic risk factors. Adverse events were similar in both groups. These findings suggest that the benefits of time-restricted eating are largely attributable to caloric restriction."),
]),

ex(L, [
    ("user", """ugh ok so here's the situation. Our team lead left three weeks ago and nobody was officially named as replacement. Since then I've been running standups, doing the sprint planning, handling the client calls with the Brazil office because I'm the only one who speaks Portuguese, and also still doing my own tickets. Two people on the team have started coming to me for approvals I'm not sure I'm allowed to give. My manager's manager said "we'll sort it out after the reorg" but the reorg has been "next month" since September. I don't mind the extra work honestly, I kind of like it, but I'm not getting paid more, it's not on my record anywhere, and if something goes wrong it's going to look like I overstepped. I also missed two of my own deadlines last sprint because of all this and I'm worried that's what will get noticed."""),
    ("assistant", "That sounds like a genuinely stressful position. You're effectively acting as team lead without the title, pay, or clear authority, and it's starting to affect your own work."),
    ("user", "yeah. sorry that was long. can you tl;dr what I just wrote into 2-3 sentences so I can send it to my manager as the start of an email"),
]),

ex(L, "Кратко перескажи этот текст, буквально в двух-трёх предложениях:\n\nВ начале XX века в небольшом сибирском городе открылась первая публичная библиотека. Её основал местный купец, который завещал городу свою коллекцию из трёх тысяч книг и деньги на содержание здания. Поначалу библиотекой пользовались в основном учителя и чиновники, но уже через несколько лет туда стали приходить рабочие и крестьяне, для которых организовали вечерние чтения. Сегодня библиотека носит имя своего основателя и хранит его личный дневник.", "ru"),

ex(L, """Summarize this Slack thread into a short paragraph for someone who missed it:

@ana: deploy to staging is failing again
@ben: the migration? or the build?
@ana: build. something about node version
@carl: I bumped node to 22 in the Dockerfile yesterday, sorry
@ben: the CI image is still on 20, that's the mismatch
@carl: I'll revert for now and open a ticket to upgrade CI properly
@ana: ty. also can we not merge infra changes on fridays pls
@carl: fair 😅
@ben: reverted, staging green ✅"""),

ex(L, "Can you give me a brief overview of this press release?\n\nFOR IMMEDIATE RELEASE — Greenfield Foods today announced the acquisition of Little Sprout Organics, a family-owned producer of organic baby food based in Oregon, for an undisclosed amount. Little Sprout's founders will remain with the company to lead a new organic division. Greenfield plans to expand Little Sprout's distribution from 400 to over 3,000 stores nationwide within two years while keeping production in Oregon. \"We've admired Little Sprout's commitment to quality for years,\" said Greenfield CEO Maria Delgado. The deal is expected to close in the third quarter, pending regulatory approval."),

ex(L, """The passage below is full of dates and names but I DON'T need a list of them. Just a short summary of what happened, like 3 sentences.

In 1858, the so-called Great Stink forced the British Parliament to confront the state of the River Thames. Decades of untreated sewage had turned the river into an open drain, and an unusually hot summer made the smell unbearable in the Houses of Parliament. Within weeks, lawmakers approved funding for a plan by engineer Joseph Bazalgette to build a network of intercepting sewers that would carry waste east of the city. Construction took nearly two decades and involved embankments along the river that are still in use today. The system is credited with ending cholera outbreaks in London, although the link between contaminated water and the disease, argued by John Snow in 1854, was not widely accepted until later."""),

ex(L, "इस लेख का सारांश दो-तीन वाक्यों में दीजिए:\n\nभारत में पिछले कुछ वर्षों में डिजिटल भुगतान का उपयोग तेज़ी से बढ़ा है। छोटे दुकानदार और सब्ज़ी विक्रेता भी अब मोबाइल से भुगतान स्वीकार करते हैं। इससे नकद लेन-देन की ज़रूरत कम हुई है और लेन-देन का रिकॉर्ड रखना आसान हुआ है। हालाँकि, ग्रामीण इलाकों में इंटरनेट की कमी और साइबर धोखाधड़ी का डर अब भी बड़ी चुनौतियाँ हैं।", "hi"),

ex(L, """summarize this in one paragraph, it's for my boss who won't read the whole thing

Hi team,
I wanted to give a fuller update on where we are with the warehouse move. As you know, the original plan was to be fully moved by the end of the month. Unfortunately, the racking installer has told us they can't start until the 18th because of a backlog, which pushes the earliest possible completion to the 29th. That leaves us only one day of buffer before our lease on the old site ends. I've asked the landlord about a two-week extension; they're open to it but want 150% of the normal rent for that period. The alternative is to store about a third of our stock in a temporary unit, which would cost roughly the same but involve double handling. My recommendation is to take the lease extension because it's less risky for order fulfillment. I'd need a decision by Friday to confirm with the landlord.
Thanks,
Rahul"""),

ex(L, """Write a back-cover synopsis of this story, 60 words max. Don't invent anything that isn't in it.

Mira has delivered mail in the mountain village of Oskel for eleven years without ever reading a single letter. When a storm traps her in the post office with a sack of undelivered mail from 1962, she finds a letter addressed to her own grandmother, never delivered. Opening it would break the only rule she's ever kept. Not opening it means never knowing why her grandmother left the village the same winter it was written."""),

ex(L, "Riassumi questo testo in poche righe:\n\nIl borgo medievale di Civita di Bagnoregio, soprannominato \"la città che muore\", sorge su uno sperone di tufo che si sta lentamente sgretolando a causa dell'erosione. Per secoli gli abitanti hanno abbandonato il paese, tanto che oggi vi risiedono poche decine di persone. Negli ultimi anni, però, il turismo è esploso: per entrare si paga un biglietto e i proventi vengono usati anche per i lavori di consolidamento della rupe.", "it"),

ex(L, """Condense these lecture notes into a one-page study sheet, keep only what matters for the exam:

Lecture 7 - Supply & demand shocks
- started w/ recap of equilibrium (P where Qd = Qs)
- prof told long story about avocado prices in 2019, basically drought in Mexico -> supply curve shifts left -> price up, quantity down
- demand shock example: covid + home baking -> flour demand right shift -> price up, qty up (short run)
- IMPORTANT (he said this will be on exam): distinguish movement ALONG curve (price change) vs SHIFT of curve (other factors: income, prefs, input costs, expectations, # of sellers)
- elasticity briefly: if demand inelastic, supply shock -> big price change small qty change (gasoline)
- someone asked about taxes, he said next week
- both curves shifting: can only determine direction of P or Q, not both, unless you know magnitudes"""),

ex(L, [
    ("system", "You are a legal assistant who explains documents to small business clients."),
    ("user", "What does this clause mean? \"Employee agrees that for a period of twelve (12) months following termination of employment for any reason, Employee shall not, directly or indirectly, within a radius of fifty (50) miles of any office of the Company, engage in or be employed by any business that competes with the Company's products or services.\""),
    ("assistant", "This is a non-compete clause. It says that after the employee leaves the company, for any reason, they cannot work for or run a competing business within 50 miles of any of the company's offices for one year. \"Directly or indirectly\" is meant to cover things like consulting, owning part of a competitor, or working through someone else."),
    ("user", "shorter please, two sentences max, the client just wants the gist"),
]),

ex(L, "summarise the plot of the text below without spoilers for the ending\n\nWhen the lighthouse keeper of Gull Rock fails to light the lamp for the first time in thirty years, the coast guard sends young officer Dana Reyes to investigate. She finds the keeper, old Mr. Ash, perfectly healthy and politely refusing to explain. Over three days, Dana uncovers a shipwreck no one reported, a logbook with missing pages, and a second set of footprints on an island where only one man lives. On the third night, a boat approaches without lights, and Mr. Ash finally tells her the truth: he didn't forget the lamp — he was protecting someone. Dana has to choose between her report and his secret, and in the end she lights the lamp herself."),

ex(L, """Here's a podcast transcript excerpt. What were the main topics discussed? A brief summary is fine.

HOST: Welcome back. Today I've got Dr. Liu, who studies urban heat islands. So, why are cities hotter?
LIU: Mostly materials. Asphalt and concrete absorb heat all day and release it at night. Plus fewer trees, less evaporation, and waste heat from cars and AC.
HOST: How much hotter are we talking?
LIU: It varies, but some neighborhoods are 5 to 7 degrees Celsius hotter than nearby parks on summer nights. And it's usually the poorer neighborhoods.
HOST: Why poorer?
LIU: Historically fewer parks and trees, more highways, denser housing. It's a health issue — heat is the deadliest weather event in many countries.
HOST: What works?
LIU: Trees, first. Cool roofs — just painting roofs white helps. Permeable pavements. And honestly, checking on elderly neighbors during heat waves saves lives."""),

ex(L, "Necesito un resumen de este informe para mi jefe, máximo cinco líneas:\n\nDurante el primer semestre, el departamento de atención al cliente recibió 18.400 consultas, un 22 % más que en el mismo periodo del año anterior. El tiempo medio de respuesta aumentó de 4 a 7 horas debido a la baja de dos agentes y al lanzamiento del nuevo producto, que generó muchas dudas sobre la instalación. La satisfacción de los clientes bajó del 89 % al 81 %. Para el segundo semestre se propone contratar a tres agentes temporales, crear una sección de preguntas frecuentes sobre la instalación y habilitar un chat automático para las consultas más simples. Se estima que estas medidas podrían reducir el tiempo de respuesta a menos de 5 horas.", "es"),

ex(L, [("system", "You are a friendly homework helper for middle school students."), ("user", "sum up this paragraph about photosynthesis in simple terms pls\n\nPhotosynthesis is the process by which green plants, algae and some bacteria convert light energy into chemical energy. In the light-dependent reactions, which take place in the thylakoid membranes of chloroplasts, light is absorbed by chlorophyll and used to split water molecules, releasing oxygen and producing ATP and NADPH. These energy carriers then power the Calvin cycle in the stroma, where carbon dioxide from the air is fixed into three-carbon sugars that the plant uses to build glucose and other organic molecules.")]),

ex(L, """This is our git log from the last sprint. Summarize what changed overall in plain English for the release notes, 3-5 bullets, no commit hashes:

a91f3c2 fix: handle empty cart on checkout page
7bd2e10 feat: add Apple Pay to payment options
3c0e9aa chore: bump react to 18.3
e44f1b7 feat: save shipping address for returning users
0f9a2d1 fix: currency rounding for JPY
9c81b3e refactor: split checkout component
d2e7a40 feat: order confirmation email redesign
51be0c9 fix: typo in German translation of checkout button"""),

ex(L, "Give me the short version:\n\nDear Mr. Alvarez, I hope this letter finds you well. I am writing on behalf of the Riverside Neighborhood Association to express our sincere gratitude for your generous donation to the community garden project last spring. Thanks to your contribution, we were able to purchase new raised beds, a water collection system and tools for the children's gardening club, which now has over 40 members. This year's harvest was donated to the local food bank, providing fresh vegetables to around 120 families. We would be honored if you could join us at our annual harvest dinner on October 12th so that we can thank you in person. With warm regards, Helen Park, Chair."),

ex(L, [
    ("user", "Voici le compte rendu de la réunion de copropriété d'hier : les copropriétaires ont voté à la majorité le ravalement de la façade, qui commencera en avril et durera environ trois mois. Le devis retenu est celui de l'entreprise Martin, pour 84 000 euros, réparti selon les tantièmes. Par ailleurs, la question du local à vélos a été reportée à la prochaine assemblée faute d'accord. Enfin, le syndic a rappelé que les charges du premier trimestre doivent être réglées avant le 15 février."),
    ("assistant", "Merci, j'ai bien lu le compte rendu. Que souhaitez-vous en faire ?"),
    ("user", "Résume-le en trois points, pour l'envoyer aux voisins qui n'étaient pas là."),
], "fr"),

ex(L, """Please summarize the arguments on both sides in this debate excerpt, neutrally, a couple of sentences each:

PRO: Banning phones in schools gives students six hours a day free from notifications. Teachers report better focus, and several studies show small improvements in test scores, especially for lower-performing students. It also reduces cyberbullying during the school day.
CON: The studies are mixed and the effects small. Phones are useful for emergencies and for learning tools. A ban treats the symptom rather than teaching responsible use, and enforcement takes up teachers' time. Parents also want to reach their kids."""),

ex(L, """can u make this shorter? its for a linkedin post and its way too long

After 6 incredible years at Northwind, I've made the difficult decision to move on. When I joined, we were a team of 12 in a tiny office above a bakery (the smell of croissants every morning was both a blessing and a curse). Today we're over 200 people across four countries. I've had the chance to build the data team from scratch, mentor some amazing people, and learn from leaders who genuinely cared. I'm grateful to every single person who made this journey what it was. Starting next month I'll be joining Brightpath as Head of Analytics, where I'll be working on making healthcare data more accessible. I can't wait to share more soon. Thank you, Northwind, for everything."""),

ex(L, "Bitte eine Zusammenfassung in Stichpunkten:\n\nDas neue Heizungsgesetz sieht vor, dass neu eingebaute Heizungen künftig zu mindestens 65 Prozent mit erneuerbaren Energien betrieben werden müssen. Bestehende Öl- und Gasheizungen dürfen weiterlaufen und auch repariert werden. Für den Austausch alter Anlagen gibt es staatliche Zuschüsse von bis zu 70 Prozent, abhängig vom Einkommen. Kommunen müssen bis 2028 eine Wärmeplanung vorlegen, an der sich Hausbesitzer orientieren können.", "de"),

ex(L, """summarize this paper's methodology section in 2-3 sentences:

We recruited 412 undergraduate participants through a university subject pool. Participants were randomly assigned to one of three conditions: handwritten note-taking, laptop note-taking with internet disabled, or laptop note-taking with internet access. All participants watched the same 25-minute recorded lecture on introductory astronomy. After a 30-minute distractor task, participants completed a 20-item test consisting of factual recall and conceptual application questions. Notes were collected and coded for word count and verbatim overlap with the lecture transcript. Analyses used ANCOVA with prior GPA as a covariate."""),

ex(L, """I'm going to translate this myself later, for now I just need a summary of it in English, a few lines:

"El Gobierno aprobó ayer un plan para reducir el desperdicio de alimentos que obligará a los supermercados de más de 400 metros cuadrados a donar los productos que no vendan y que sigan siendo aptos para el consumo. Las empresas que no cumplan podrán ser multadas con hasta 60.000 euros. Además, los restaurantes deberán ofrecer a sus clientes envases para llevarse la comida que no terminen, sin coste adicional. Las asociaciones de consumidores celebraron la medida, mientras que algunas patronales del sector advirtieron del aumento de la carga administrativa.\""""),

ex(L, """One-line summary of each paragraph please:

The first public demonstration of the telephone took place in 1876, but for years the device was seen as a novelty. Many businesses doubted it would ever replace the telegraph, which was already reliable and widespread.

By the 1890s, telephone exchanges had spread to most large American cities. Operators, mostly young women, connected calls by hand using switchboards, and the job became one of the first respectable office careers open to women.

The introduction of automatic switching in the early twentieth century gradually eliminated the need for operators. Although it made calls faster and cheaper, it also ended tens of thousands of jobs, a change that some historians compare to later waves of automation."""),

ex(L, [
    ("system", "You are NewsBrief, an assistant inside a news reading app."),
    ("user", "Article: Officials in the coastal town of Port Ellis confirmed Monday that the town's only hospital will close its maternity ward at the end of the year, citing a shortage of obstetricians and a steep drop in births. Expectant mothers will have to travel to Halden General, about 70 kilometers away. Local midwives warned that the journey can take over an hour in winter and called for an emergency transport plan. The regional health authority said it would fund two additional ambulances and offer accommodation near Halden for women in late pregnancy."),
    ("user", "summarize"),
]),

ex(L, [("system", "You are an assistant for the editors of a regional newspaper's website."), ("user", "headline + 2 sentence summary for this:\n\nA 14-year-old from Lyon has become the youngest person to solve a long-standing puzzle in the game of Go, identifying a sequence of moves that professional players had debated for nearly a century. She posted the solution on an online forum last month, where it was verified by three professional players and the national Go federation. The discovery will be published in a Go strategy journal this spring. She says she started playing during lockdown after finding an old board in her grandfather's attic.")]),

ex(L, "帮我总结一下这封邮件的主要内容：\n\n王经理您好，关于下个月在上海举办的产品发布会，我们这边有几点需要确认：第一，场地已经预订好，时间是15号下午两点到五点；第二，嘉宾名单还差三位没有回复，我们会在本周五前再跟进一次；第三，宣传物料的设计稿已经发到您的邮箱，请在周三之前给出修改意见。另外，预算比原计划超出了大约八千元，主要是因为场地租金上涨，需要您审批。谢谢！", "zh"),

ex(L, [("user", "I'm putting together a reading list newsletter for my book club"), ("assistant", "Fun! How can I help — picking books, writing blurbs, or something else?"), ("user", "Can you summarize the following book review in under 40 words?\n\n\"Harlow's third novel is her most ambitious yet, weaving together three generations of a fishing family on the Maine coast. The prose is often beautiful, particularly in the storm chapters, and the grandmother, Ruth, is one of the most memorable characters I've read this year. But the middle section drags badly, and the grandson's storyline never feels as lived-in as the others. Still, the final fifty pages are devastating in the best way. Flawed but worth it.\"")]),

ex(L, [("user", "everyone at work keeps saying proof of stake and I nod like I know what it means"), ("assistant", "Ha, very common! If you paste whatever description you've been reading, I can break it down."), ("user", "ok this is from the docs. ELI5 summary of this:\n\nIn a proof-of-stake blockchain, validators lock up (stake) a quantity of the network's native token as collateral. The protocol pseudo-randomly selects validators to propose new blocks, with probability proportional to their stake, and other validators attest to the validity of proposed blocks. Validators who behave dishonestly, for instance by signing two conflicting blocks, can have part of their stake destroyed through a process called slashing. This aligns economic incentives with honest behavior without requiring the energy-intensive computation of proof-of-work.")]),
]

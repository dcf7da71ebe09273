"""Natural summarization requests (see __init__.py). Summarization: condense given
content (or a named work) into its gist, whatever that content is about — a proof,
code, a contract or a chat log."""

ONE_LINERS = """
tl;dr of the plot of Moby Dick?
summarize the first Harry Potter book in 3 sentences
Can you give me the gist of the Treaty of Versailles in a paragraph?
What's the short version of Crime and Punishment? no spoilers past the middle
summarise the main argument of Thinking, Fast and Slow
Give me a one-paragraph summary of the French Revolution.
sum up the key ideas of stoicism in five bullet points
in a nutshell, what happens in Hamlet?
Briefly summarize the plot of Inception.
Summarize the theory of evolution for a 10 year old in 4 sentences
can u recap season 3 of breaking bad quickly, I forgot everything
Condense the main points of the Communist Manifesto into a short list.
Give me the cliff notes version of The Great Gatsby
what's the summary of the book Atomic Habits
TLDR the Lord of the Rings trilogy in like 5 lines
Summarize the proof that there are infinitely many primes — just the idea, not a full proof.
Summarize the US Constitution's Bill of Rights in one line per amendment
Recap the plot of Romeo and Juliet for my kid's homework, keep it short
summarise the 2008 financial crisis in under 100 words
Give me a quick summary of what happened at the Battle of Hastings
short summary of 1984 by orwell pls
Summarize the key findings of the Stanford prison experiment.
Can you summarize the main plot points of the Odyssey?
what's the gist of the Sapiens book by Harari
Boil down the Agile Manifesto into 3 bullets
Summarize the history of the Roman Empire in one paragraph.
give me a synopsis of Pride and Prejudice
summarize the movie Parasite without spoilers
Recap what the Paris climate agreement says, briefly.
Give me an executive summary of the GDPR.
""" + """
Resume en tres frases la trama de Cien años de soledad.
Hazme un resumen corto de la Revolución Mexicana.
resumen de don quijote en 5 lineas porfa
Résume-moi Le Petit Prince en quelques phrases.
Fais un résumé de la Seconde Guerre mondiale en un paragraphe.
Fasse die Handlung von Faust in drei Sätzen zusammen.
Kannst du mir eine kurze Zusammenfassung der Weimarer Republik geben?
Faça um resumo do livro Dom Casmurro.
Resuma em poucas linhas a história do Brasil colonial.
Riassumi la trama dei Promessi Sposi in poche righe.
Кратко перескажи сюжет "Войны и мира".
Сделай краткое содержание романа "Мастер и Маргарита".
请用三句话总结《三体》的主要情节。
简单概括一下《红楼梦》讲了什么。
「こころ」のあらすじを短くまとめてください。
रामायण का संक्षिप्त सारांश दीजिए।
لخص رواية "الأيام" لطه حسين في فقرة.
Streść krótko fabułę "Pana Tadeusza".
"Suç ve Ceza" romanının kısa bir özetini yazar mısın?
""" + """
summarize this: the new cafeteria opens Monday, it serves breakfast 7-10 and lunch 12-2, cards only.
tl;dr please: we migrated the DB last night, two tables failed to copy, we restored from backup, no data lost, second attempt Friday.
Summarize: Sales rose 12% in Q3 thanks to the new product line, but margins shrank because of shipping costs.
shorten this to one sentence: I wanted to let everyone know that due to unforeseen circumstances related to the weather the picnic that was planned for Saturday will now take place on Sunday instead at the same location.
Give me the gist of this message: Hey, so I talked to Mark, he can't do the 5th, maybe the 12th, but only in the afternoon, and he wants to bring his sister.
Can you summarise what this code does in plain English? def f(xs): return sorted(set(xs))[-2]
summarize what this regex matches: ^\\d{3}-\\d{2}-\\d{4}$
In two sentences, what does this SQL do? SELECT dept, AVG(salary) FROM emp GROUP BY dept HAVING COUNT(*) > 5;
Summarize the following proof: Suppose sqrt(2)=p/q in lowest terms. Then p^2=2q^2, so p is even, p=2k, so q^2=2k^2, so q is even, contradiction.
tl;dr this tweet thread for me: 1/ Rates are going up. 2/ That hurts growth stocks most. 3/ Value stocks do relatively better. 4/ Cash isn't trash anymore.
sum this up: "The committee recommends delaying the launch until the security review is complete and the documentation is translated."
""" + """
can you summarize the article I'll paste next in bullet points
Give me a TL;DR of the conversation above.
summarize our chat so far
make this shorter, keep only the key facts
Condense the text below to 50 words.
Boil this report down to three takeaways for my boss.
write me an abstract for the paper below (150 words)
Summarise the meeting notes below into action items and decisions.
what are the main points here?
key takeaways?
too long didn't read, give me the short version
"""

_ARTICLE = """Remote work has reshaped city centres. Office occupancy in major cities remains around 50% of
pre-pandemic levels, and landlords are converting some buildings into apartments. Local shops that relied
on commuter traffic report lower sales, while suburban cafés and gyms have grown. Economists disagree on
whether this is permanent: some point to companies requiring three office days a week, others note that
hiring across regions has become normal and would be hard to reverse. City governments are experimenting
with lower business taxes and new transit routes to bring people back."""

_MEETING = """Attendees: Priya, Tom, Lena, Jorge
- Priya: backend migration 80% done, blocked on the payments team's API keys
- Tom: design review for the onboarding flow moved to next Tuesday
- Lena: customer interviews found that users don't understand the pricing page
- Jorge: hiring — two offers out, one accepted
- Decision: freeze new features for two weeks to fix bugs
- Lena to draft new pricing copy by Friday"""

_CODE = """```python
import csv
from collections import defaultdict

def totals(path):
    out = defaultdict(float)
    with open(path) as fh:
        for row in csv.DictReader(fh):
            if row["status"] != "refunded":
                out[row["customer"]] += float(row["amount"])
    return sorted(out.items(), key=lambda kv: kv[1], reverse=True)[:10]
```"""

LONG = [
    "Summarize this article in 3 bullet points:\n\n" + _ARTICLE,
    _ARTICLE + "\n\ntl;dr?",
    _ARTICLE + "\n\nCan you give me the two-sentence version of that for a newsletter?",
    "Please turn these meeting notes into a short summary for people who missed it:\n\n" + _MEETING,
    _MEETING + "\n\nsummarise pls, 3 lines max",
    "Explain in a short summary what this function does, I don't need it changed:\n" + _CODE,
    _CODE + "\nwhat does this do, in one or two sentences? just the gist",
    """Dear all,

Following the board meeting on 14 March, I want to share an update. First, the budget for next year was
approved with a 5% increase for R&D. Second, the board asked us to delay the Asia expansion until the
regulatory situation is clearer. Third, we will run an employee survey in April; please encourage your
teams to take part. Finally, the office move is confirmed for September.

Best,
Karen

---
Can you condense Karen's email into 4 bullets?""",
    """Summarize this customer review for our dashboard (one line):

I ordered the blue jacket in size M. Shipping took almost two weeks, which was longer than promised,
and the box was damaged. The jacket itself is great quality, warm and well stitched, but the sleeves are
a bit long. Customer service was friendly when I asked about the delay. Would probably buy again on sale.""",
    """Here's a chat log from our support channel. Summarize what the customer wanted and how it was resolved.

Customer: hi my invoice shows two charges for march
Agent: Hi! Let me check. Can you share the invoice number?
Customer: INV-2291
Agent: I see a duplicate charge caused by a retry. I've refunded $49, it will show in 3-5 days.
Customer: ok great thanks
Agent: Anything else?
Customer: no that's it""",
    """The following is the proof from my textbook. Can you summarise the main idea of the proof in a few
sentences? I don't need it re-proved.

Theorem: Every bounded monotone sequence converges.
Proof: Let (a_n) be increasing and bounded above. By completeness, S = sup{a_n} exists. For any e > 0,
S - e is not an upper bound, so there is N with a_N > S - e. Since the sequence is increasing, for all
n >= N we have S - e < a_N <= a_n <= S. Hence |a_n - S| < e, and a_n converges to S.""",
    """I have to read this contract clause before tomorrow. What's the gist?

12.3 Termination for Convenience. Either party may terminate this Agreement for any reason upon ninety
(90) days' prior written notice to the other party. Upon such termination, Customer shall pay all fees
accrued through the effective date of termination, and Provider shall refund any prepaid fees for
services not yet rendered, pro rata.""",
    """Resume este texto en dos frases, por favor:

La empresa anunció ayer que cerrará dos de sus fábricas en el norte del país debido a la caída de la
demanda. Unos 800 trabajadores se verán afectados, aunque la compañía ofrecerá traslados a otras plantas.
Los sindicatos han convocado una huelga para la próxima semana.""",
    """Peux-tu résumer cet article en trois points ?

Le gouvernement a présenté hier un plan pour rénover 500 000 logements par an. Les propriétaires pourront
bénéficier d'aides allant jusqu'à 70 % du coût des travaux. Les associations saluent l'ambition mais
doutent du financement.""",
    """Fass mir bitte diesen Text kurz zusammen:

Die Bahn hat angekündigt, ab Dezember mehr Verbindungen zwischen Berlin und München anzubieten. Die Fahrzeit
soll auf unter vier Stunden sinken. Gleichzeitig steigen die Ticketpreise im Durchschnitt um 4,9 Prozent.""",
    """Faça um resumo curto deste e-mail:

Olá equipe, a entrega do projeto foi adiada para o dia 20 porque o cliente pediu mudanças no layout. Por
favor, priorizem as correções de bugs esta semana. Na sexta faremos uma reunião para revisar o progresso.""",
    """Кратко перескажи, о чём этот текст:

Вчера в городе открылся новый парк площадью 12 гектаров. В нём есть детские площадки, велодорожки и
летний кинотеатр. Строительство заняло два года и обошлось в 300 миллионов рублей.""",
    """请总结下面这段话的要点：

公司今年第三季度营收同比增长15%，主要得益于海外市场的扩张。但是由于原材料价格上涨，利润率有所下降。管理层预计第四季度将保持增长。""",
    """以下の文章を3行で要約してください。

新しいスマートフォンは、バッテリー持続時間が前モデルより30%長くなり、カメラも大幅に改善された。価格は据え置きで、来月から販売が開始される。""",
    """Riassumi questo messaggio in una frase:

Ciao a tutti, vi ricordo che domani l'ufficio apre alle 10 per la manutenzione dell'impianto elettrico.
Chi deve lavorare prima può farlo da casa. Grazie per la pazienza.""",
    """Podsumuj ten tekst w dwóch zdaniach:

Rada miasta zdecydowała o budowie nowej linii tramwajowej. Prace rozpoczną się wiosną i potrwają dwa lata.
W tym czasie część ulic w centrum będzie zamknięta.""",
    """Bu haberi kısaca özetler misin?

Belediye, şehir merkezinde yeni bir otopark inşa edeceğini açıkladı. 600 araç kapasiteli otoparkın
gelecek yıl açılması planlanıyor. Proje maliyeti 120 milyon lira.""",
    """इस लेख का सारांश तीन बिंदुओं में दें:

सरकार ने नई शिक्षा नीति की घोषणा की है। इसके तहत पाँचवीं कक्षा तक मातृभाषा में पढ़ाई होगी। साथ ही व्यावसायिक शिक्षा को स्कूलों में शामिल किया जाएगा।""",
    """لخص هذا النص في جملتين:

أعلنت الشركة عن إطلاق خدمة توصيل جديدة في ثلاث مدن. ستكون الخدمة متاحة على مدار الساعة، مع رسوم توصيل مخفضة للطلبات الكبيرة.""",
    """Release notes v2.4.0
- Added dark mode
- Fixed crash when uploading files larger than 2 GB
- Improved search speed by ~40%
- Deprecated the legacy export API (removed in 3.0)
- Updated dependencies for security

Write a 2-sentence summary of this release for our users.""",
    """Git log since last release:
a1c2 fix null pointer in billing export
b7d9 add retry to webhook sender
c3e0 bump requests to 2.32
d4f1 refactor invoice rendering
e9a8 new endpoint GET /v1/usage
f0b2 docs: usage API

summarise these changes for the changelog, one paragraph""",
    """Abstract: We propose a method for compressing large language models by pruning attention heads that
contribute little to downstream accuracy. On five benchmarks, our approach removes 40% of heads with less
than 1% accuracy loss and speeds up inference by 1.3x. We release code and pruned checkpoints.

ELI5 summary of this abstract please, two sentences""",
    """Here is the transcript of my voice memo, it's a mess. Summarize what I decided:

ok so um I was thinking about the trip, we could go to Porto or Seville, Porto's cheaper for flights but
Seville has the festival that week, and Ana can't take Friday off, so maybe we leave Saturday, anyway I
think Seville, yeah Seville, Saturday morning flight, three nights, and we book the hotel near the
cathedral""",
    """Below is a long Slack thread. What's the outcome, in one or two lines?

dev1: prod deploy failing on migrations
dev2: which one?
dev1: 0042_add_index, it times out on the big table
dev3: we should do it concurrently
dev2: agreed, I'll change it to CREATE INDEX CONCURRENTLY
dev1: deploy passed 👍""",
    """Paper section to summarize for my lit review (keep it to ~60 words):

Prior work on urban heat islands has focused on large cities in temperate climates. We extend this to 45
mid-sized cities in tropical regions using satellite data from 2000-2020. We find that green cover explains
more variation in surface temperature than building density, and that the effect is strongest at night.""",
]

CHATS = [
    ("You are a helpful assistant.",
     ["I'll paste a long email, can you summarize it?", "Sure, paste it.",
      "Hi team, the offsite is moved to May 12-13 at the lake hotel. Bus leaves 8am from the office. Bring a laptop for the workshop on day 2. Dinner is on the company. Let Julia know about dietary needs by Friday."]),
    (None, ["Write a python function to parse dates.", "def parse(s): return datetime.fromisoformat(s)",
            "ok and now summarize in one sentence what we discussed so far"]),
    ("You summarise documents for busy executives.",
     ["Q3 report: revenue $4.2M (+8%), churn up to 3.1%, two enterprise deals closed, hiring paused in marketing, cash runway 20 months."]),
    (None, ["Can you translate this into English? 'La reunión fue muy larga y no decidimos nada.'",
            "The meeting was very long and we didn't decide anything.",
            "lol. ok now can you give me a tl;dr of this other thing: 'After three hours, the group agreed to postpone the vote until more data is available and to form a subcommittee.'"]),
    ("You are an assistant for a university student.",
     ["Summarize the main arguments of Kant's Groundwork of the Metaphysics of Morals in 5 bullets."]),
    (None, ["hey", "Hi! What can I do for you?", "summarize the plot of the movie Interstellar"]),
    ("You are a legal assistant.",
     ["Give me a short summary of this NDA clause: The Receiving Party shall not disclose Confidential Information to any third party for a period of five years from the date of disclosure, except as required by law."]),
    (None, ["Is this proof correct? Assume n^2 is even; then n is even, since odd times odd is odd.",
            "Yes, it is a valid proof by contrapositive.",
            "cool, now summarize the proof in one sentence for my notes"]),
    ("Eres un asistente que resume noticias.",
     ["El banco central subió los tipos de interés 0,25 puntos para frenar la inflación, que se sitúa en el 4%. Es la tercera subida del año."]),
    (None, ["Extract the names from this list: Ann, Bob, Chen", "Ann, Bob, Chen",
            "now summarize this paragraph instead: Ann led the project, Bob handled testing, and Chen wrote the docs; the launch went smoothly and users were happy."]),
    ("You are a meeting assistant. Produce concise summaries.",
     ["Transcript: A: Budget is tight. B: Then we cut the ads. A: But ads drive signups. C: Let's cut the conference trip instead. All: agreed."]),
    (None, ["What's a good book on habits?", "Atomic Habits by James Clear is popular.",
            "can you summarize its main ideas for me"]),
    ("You are a code assistant.",
     ["Give me a high-level summary of what this repo does from its README: 'fastq-tools: utilities for filtering, trimming and deduplicating FASTQ files. Written in Rust. Handles gzip input. Multi-threaded.'"]),
    (None, ["Explain why the sky is blue", "Rayleigh scattering...",
            "that was long. summarize your last answer in one sentence"]),
    ("Du fasst Texte zusammen.",
     ["Die Stadt plant, ab 2027 Autos aus der Innenstadt zu verbannen. Busse und Fahrräder sollen Vorrang bekommen. Händler befürchten Umsatzeinbußen."]),
    (None, ["I have a 40 page report to read for tomorrow", "That's a lot! How can I help?",
            "i'll paste the conclusion, summarize it: The pilot reduced energy use by 18% across 12 buildings. Savings were highest in older buildings. We recommend a full rollout in 2026 with a budget of €2.4M."]),
]

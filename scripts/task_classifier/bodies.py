"""Material the templates wrap: prose, code, errors, short sentences, topics.

Hand-written for the task-label training corpus (see corpus.py). A body carries
no label of its own: the same paragraph is summarised, translated, mined for
fields or argued about, depending on the instruction around it.
"""

PROSE = [
    "The quarterly review covered revenue, churn and the hiring plan. Enterprise deals grew faster than "
    "self-serve, while support volume rose after the mobile release.",
    "Customers in Europe asked for data residency, so the team evaluated two regions and estimated the "
    "migration cost, the latency impact and the operational overhead of running both.",
    "During the incident the cache hit rate dropped from 94% to 40%, the database CPU saturated, and "
    "requests queued until the load balancer started returning errors to clients.",
    "The city council voted 7 to 2 to extend the tram line to the airport. Construction starts in March "
    "and is expected to take three years, with a budget of 420 million euros.",
    "Researchers at the university found that mice given a high-fibre diet lived 12% longer on average. "
    "The effect was stronger in females, and the team plans a larger study next year.",
    "Hi team, the offsite is moved to the 14th because the venue double-booked. Please update your travel "
    "and send receipts to Maria by the end of the month. Lunch will be provided.",
    "I bought this blender last month. It is powerful and crushes ice easily, but it is very loud and the "
    "lid leaks if you fill it past the line. Customer service replaced the lid for free.",
    "The tenant shall pay rent on the first day of each month. Late payments incur a fee of 5% per week. "
    "Either party may terminate this agreement with sixty days written notice.",
    "After two years of decline, tourism in the region recovered strongly: hotel occupancy reached 81% in "
    "August, and the number of international visitors doubled compared with the previous summer.",
    "Our Q2 retrospective found that deployment frequency doubled after we moved to trunk-based "
    "development, but the change failure rate also went up from 8% to 13%.",
    "The novel follows a young lighthouse keeper who discovers letters hidden in the walls, written by "
    "the keeper before her. As she reads them, storms and memories begin to blur together.",
    "Order #48213 was shipped on 2 March via DHL to Anna Keller, Bahnhofstrasse 12, 8001 Zurich. "
    "Contact: anna.keller@example.ch, +41 44 123 45 67. Total: CHF 249.90.",
    "Meeting notes, Tuesday: Ben will send the deck by Friday. Anna reviews the contract. We decided to "
    "delay the launch to May 3. Open question: who owns the pricing page?",
    "Electric vehicle sales rose 35% last year. Battery prices fell, while charging networks expanded in "
    "most large cities, although rural coverage is still poor.",
    "The patient, a 54-year-old male, presented with chest pain radiating to the left arm. ECG showed ST "
    "elevation. He was given aspirin and transferred to the cath lab within 40 minutes.",
    "Startups that raised a seed round in 2021 found the following years much harder: valuations fell, "
    "investors asked for profitability, and many teams cut their burn by half.",
    "Photosynthesis converts light energy into chemical energy. In the chloroplasts, water is split, "
    "oxygen is released, and carbon dioxide is fixed into sugars through the Calvin cycle.",
    "Dear Mr. Okafor, thank you for your application for the Data Analyst role. We would like to invite "
    "you to an interview on 18 April at 10:30 at our office in Leeds. Regards, Priya Shah, HR.",
    "The new policy allows employees to work from home up to three days a week, provided their manager "
    "approves and their team keeps a shared core schedule from 10am to 3pm.",
    "Speaker: most outages come from config changes, not code. We now canary every config push, and "
    "rollbacks take under two minutes. Incidents fell by a third in six months.",
    "The museum reopened after a five-year renovation. The new wing holds 300 works from the collection "
    "that had never been shown, and entry is free on the first Sunday of every month.",
    "Volunteers planted 12,000 trees along the river last spring. Survival after one summer was 78%, "
    "better than expected thanks to the wet weather and the mulch donated by local farms.",
    "Release 4.2: fix crash on startup; add dark mode; improve sync speed by 2x; remove legacy export; "
    "the minimum supported Android version is now 9.",
    "I have been feeling tired every afternoon, so I started going for short walks after lunch and cut "
    "down on coffee. It helps a bit, but I still struggle around 3pm.",
    "Invoice 4471 from Northwind Traders, issued 2 June 2024, total due EUR 980.00, payable by 30 June "
    "2024 to IBAN DE44 5001 0517 5407 3249 31.",
    "The committee reviewed three proposals for the new library: renovating the old building, building "
    "on the park site, or sharing space with the community centre. Costs ranged from 4 to 11 million.",
]

CODE = [
    ("python", "def load(path):\n    with open(path) as f:\n        return json.load(f)\n"),
    ("python", "import asyncio\n\nasync def main():\n    tasks = [fetch(u) for u in urls]\n"
               "    return await asyncio.gather(*tasks)\n"),
    ("python", "class Cache:\n    def __init__(self):\n        self.data = {}\n\n    def get(self, key):\n"
               "        return self.data[key]\n"),
    ("python", "for i in range(len(items)):\n    if items[i] == target:\n        return i\n    return -1\n"),
    ("javascript", "const total = items.reduce((sum, x) => sum + x.price, 0);\nconsole.log(total.toFixed(2));\n"),
    ("javascript", "useEffect(() => {\n  setCount(count + 1);\n});\n"),
    ("typescript", "export function groupBy<T>(xs: T[], key: (x: T) => string) {\n"
                   "  const out: Record<string, T[]> = {};\n  for (const x of xs) (out[key(x)] ??= []).push(x);\n"
                   "  return out;\n}\n"),
    ("java", "public int sum(int[] xs) {\n    int t = 0;\n    for (int x : xs) t += x;\n    return t;\n}\n"),
    ("go", "func worker(jobs <-chan int, out chan<- int) {\n\tfor j := range jobs {\n\t\tout <- j * 2\n\t}\n}\n"),
    ("rust", "fn main() {\n    let v = vec![1, 2, 3];\n    let s: i32 = v.iter().sum();\n    println!(\"{}\", s);\n}\n"),
    ("sql", "SELECT c.name, SUM(o.amount) AS total\nFROM orders o JOIN customers c ON c.id = o.customer_id\n"
            "GROUP BY c.name ORDER BY total DESC LIMIT 5;\n"),
    ("bash", "for f in *.log; do\n  gzip \"$f\"\ndone\n"),
    ("c", "#include <stdio.h>\nint main(void) {\n    char *p = malloc(10);\n    strcpy(p, \"hello world\");\n"
          "    printf(\"%s\\n\", p);\n}\n"),
    ("cpp", "std::vector<int> v{3, 1, 2};\nstd::sort(v.begin(), v.end());\nfor (auto x : v) std::cout << x;\n"),
    ("yaml", "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n  replicas: 3\n"),
    ("ruby", "def greet(name)\n  puts \"Hello, #{name}\"\nend\n"),
    ("php", "<?php\n$rows = $db->query('SELECT * FROM users');\nforeach ($rows as $r) { echo $r['name']; }\n"),
    ("kotlin", "data class User(val name: String, val age: Int)\nval adults = users.filter { it.age >= 18 }\n"),
]

ERRORS = [
    "Traceback (most recent call last):\n  File \"app.py\", line 12, in <module>\n    import numpy as np\n"
    "ModuleNotFoundError: No module named 'numpy'",
    "TypeError: Cannot read properties of undefined (reading 'map')\n    at App.render (App.jsx:14:22)",
    "error[E0382]: borrow of moved value: `v`\n --> src/main.rs:4:20",
    "Exception in thread \"main\" java.lang.NullPointerException\n\tat com.shop.Cart.total(Cart.java:27)",
    "npm ERR! code ERESOLVE\nnpm ERR! ERESOLVE unable to resolve dependency tree",
    "Segmentation fault (core dumped)",
    "psycopg2.errors.UndefinedColumn: column \"created\" does not exist\nLINE 1: SELECT created FROM orders",
    "panic: runtime error: index out of range [3] with length 3\n\ngoroutine 1 [running]:\nmain.main()",
    "KeyError: 'user_id'",
    "fatal: refusing to merge unrelated histories",
]

SENTENCES = [
    "The meeting starts at nine tomorrow.", "Where is the nearest train station?",
    "Thank you for your help with the move.", "I would like to book a table for two.",
    "Please send me the invoice by Friday.", "The weather is lovely today.",
    "Our office will be closed on Monday.", "Can you recommend a good restaurant nearby?",
    "I am allergic to peanuts.", "The package arrived damaged.", "We deliver fresh flowers within two hours.",
    "My flight has been cancelled.", "How much does this cost?", "I have been learning to play the piano.",
    "The children are playing in the garden.", "Your order has been shipped.",
    "Happy birthday, I hope all your wishes come true.", "Please keep your seatbelt fastened.",
    "The report is due next week.", "I lost my keys again.",
]

FOREIGN = [
    ("es", "Mañana vamos a la playa con mis primos."), ("es", "¿Dónde está la biblioteca?"),
    ("fr", "Je suis désolé pour le retard."), ("fr", "Il fait beau aujourd'hui, allons au parc."),
    ("de", "Ich habe heute keine Zeit."), ("de", "Der Zug hat zwanzig Minuten Verspätung."),
    ("it", "Vorrei un caffè e un cornetto, per favore."), ("pt", "Obrigado pela sua ajuda, foi muito útil."),
    ("ru", "Спасибо за вашу помощь."), ("ru", "Где находится ближайшая аптека?"),
    ("zh", "今天天气很好，我们去公园吧。"), ("zh", "这个周末你有空吗？"),
    ("ja", "駅はどこですか？"), ("ja", "明日の会議は十時からです。"),
    ("ko", "만나서 반갑습니다."), ("hi", "मुझे हिंदी सीखना पसंद है।"), ("ar", "شكرا جزيلا على المساعدة"),
    ("nl", "Ik woon al tien jaar in Amsterdam."), ("pl", "Dziękuję bardzo za pomoc."),
    ("tr", "Yarın sabah erken kalkmam gerekiyor."),
]

LANGS_EN = ["French", "Spanish", "German", "Italian", "Portuguese", "Japanese", "Chinese", "Korean",
            "Russian", "Arabic", "Hindi", "Dutch", "Polish", "Turkish", "English", "Swedish", "Greek"]

TOPICS = ["the sea", "autumn", "a lost cat", "first love", "a robot learning to paint", "the moon",
          "coffee", "a rainy Monday", "an old lighthouse", "friendship", "a city at night", "winter",
          "a dragon afraid of fire", "time travel", "a forgotten library", "the last day of school",
          "a detective in Lagos", "grandmother's kitchen", "a spaceship crew", "mountains", "a bakery",
          "my dog", "the ocean floor", "a haunted train", "a soccer final", "the desert", "a startup founder"]

PRODUCTS = ["a vegan burger chain", "a yoga studio", "noise-cancelling headphones", "a bike repair shop",
            "an eco-friendly water bottle", "a language learning app", "a coffee roastery", "a dental clinic",
            "a cybersecurity startup", "a pet grooming salon", "a bookshop café", "a fintech budgeting app"]

"""Hand-written requests, one per line, phrased the way people actually type:
no template, varied length and register. The label is what the request asks."""

HANDWRITTEN = {
    "reasoning": """
Which weighs more, a kilo of feathers or a kilo of steel, and why do people get this wrong?
A bat and a ball cost $1.10 in total. The bat costs $1.00 more than the ball. Most people say 10 cents. Why is that wrong?
If all bloops are razzies and all razzies are lazzies, are all bloops definitely lazzies?
Our sign-ups doubled but revenue stayed flat. What could explain that? Think about the possibilities.
Is a hot dog a sandwich? Make the strongest case each way, then decide.
Why do mirrors flip left and right but not up and down?
How can a company be profitable and still run out of cash?
I have to choose between fixing tech debt this quarter or shipping the feature sales wants. How should I think about it?
Why would a rational person buy a lottery ticket?
Monty Hall: should you switch doors? Convince me.
If the earth stopped spinning suddenly, what would happen to the oceans?
Why do we dream? Give me the competing explanations and which is most convincing.
Is it possible for everyone to be above average? Explain.
Three friends split a hotel bill of $30, the clerk refunds $5, the bellboy keeps $2. Where did the missing dollar go?
Who is to blame when a self-driving car crashes: the owner, the maker or the programmer?
Why does the same dress look blue to some people and gold to others?
What is wrong with the claim that vaccines cause autism because diagnoses rose after vaccination started?
If a tree falls in a forest and no one hears it, does it make a sound? Reason about what 'sound' means.
Given that every swan I've seen is white, am I justified in believing all swans are white?
A says 'I am lying.' Is A telling the truth?
Should a small bakery raise prices when flour costs go up 30%, or absorb the cost? Think about customers and margins.
What's more dangerous in the long run for a country: high inflation or high unemployment?
Why don't we just print more money to pay off national debt?
Could a city function without cars? What would have to change?
Why is it colder at the top of a mountain even though it's closer to the sun?
Explain the reasoning behind the Prisoner's Dilemma and why both players defect.
Is my landlord allowed to keep my deposit if the damage was already there? Walk through the logic.
Why does adding more engineers to a late project make it later?
What's the most likely reason my sourdough didn't rise: old starter, cold kitchen, or too much salt?
Do the ends justify the means? Take a position and defend it.
""",
    "math": """
what's 15% of 80
how many minutes in a leap year
I need to split $347.60 between 4 people, how much each?
If I run 5 km in 27 minutes, what's my pace per km?
What's the compound interest on $5,000 at 4% for 3 years?
convert 72 fahrenheit to celsius
x squared equals 49, what's x
is 221 prime
A pizza has a 30 cm diameter. What's its area in square centimetres?
What is the integral of e^(2x)?
How many different 4-digit PIN codes are there?
solve 3(x - 2) = 2x + 7
What's the hypotenuse of a right triangle with legs 9 and 12?
If the odds of rain are 30% each day, what's the chance it rains at least once in 3 days?
My car does 42 miles per gallon. How many gallons for 630 miles?
What is 7 factorial divided by 5 factorial?
Average of 82, 91, 77 and 88?
Find the roots of x^2 - 5x + 6.
How much will I pay per month on a $250,000 mortgage at 6% over 30 years?
what is the square root of 1764
The price went from 80 to 92. What's the percentage increase?
A box has 4 red and 6 blue balls. Draw two without replacement: probability both are red?
What's 0.375 as a fraction?
If f(x) = 3x^2 + 2x, what is f'(4)?
Three workers paint a house in 8 days. How long would 4 workers take?
Sum of the interior angles of a hexagon?
How many handshakes happen if 12 people each shake hands once with everyone else?
What's the variance of 2, 4, 4, 4, 5, 5, 7, 9?
I scored 18 out of 25. What percentage is that?
What's 2 to the power of 32?
""",
    "chat": """
what's the weather usually like in Madrid in March
any good sci-fi books you'd recommend?
I just got a puppy!! any name ideas? just kidding, how do I house-train him
how's your day going
Who wrote Pride and Prejudice?
Is it rude to leave a party without saying goodbye?
What year did the Berlin Wall fall?
I can't decide what to cook tonight, I have eggs, spinach and feta.
What's the tallest animal?
How do I make my houseplants happier?
Can you recommend a board game for 6 people?
I'm so tired of winter honestly
What's the best way to learn Spanish as an adult?
Who painted the Mona Lisa?
Do you like music?
Is Pluto a planet?
What's a good stretch for lower back pain?
how long does it take to fly from London to New York
My friend forgot my birthday and I'm a bit hurt.
What are some good weekend trips from Berlin?
What's the difference between a crocodile and an alligator?
Should I bring an umbrella to Edinburgh in summer?
thank you so much, you're the best
Where does the name 'Tuesday' come from?
Let's talk about football. Who do you think will win the league?
""",
    "code": """
how do i get the last element of a list in python
Why does 0.1 + 0.2 != 0.3 in JavaScript?
what's the difference between git merge and git rebase
Can you explain what a race condition is, with an example in Go?
My docker container exits immediately after starting, what should I check?
how to read env variables in node
Is it better to use useMemo or useCallback here? const handler = () => setOpen(!open)
The page loads slowly because of a query with 5 joins. How do I find which part is slow in Postgres?
Write a Python decorator that times a function.
in pandas how do I group by two columns and sum a third
How should I structure a Flask app with blueprints?
Explain big-O of a nested loop over n and m.
I get CORS errors calling my API from localhost:3000, how do I fix it?
whats the cleanest way to parse JSON in Rust
Convert this callback code to async/await: fs.readFile('a.txt', (err, data) => { console.log(data) })
How do I write a migration that adds a NOT NULL column to a big table without downtime?
Can you explain this regex: ^(?=.*\\d)(?=.*[a-z]).{8,}$
my python venv isn't activating on windows powershell
What does 'static' mean in Java?
Help me write a bash script that backs up /etc every night.
""",
    "creative": """
Write a short poem for my mom's 60th birthday, something warm but not cheesy.
I need a name for my Dungeons & Dragons tiefling bard. Give me a few options with backstories.
Can you write a funny story about a cat who thinks it's a dog?
Make up a bedtime story with a sleepy dragon and a brave mouse.
Draft a heartfelt retirement message for a colleague of 30 years.
Write a breakup text in the style of a Shakespeare play.
Write the lyrics for a jingle for a car wash called Sparkle.
Give me a plot twist for my mystery novel where the detective is the culprit.
Write a six-word story about loss.
Describe a sunset on Mars as if you were a poet.
Write an acrostic poem using the word HOPE.
Write a eulogy for my goldfish, make it dramatic and funny.
Write a short sci-fi story where humans are the aliens.
Compose a lullaby in the style of a sea shanty.
Come up with a villain origin story for a disgruntled barista.
""",
    "extraction": """
Here's an email from a customer, which order number are they complaining about? 'Hi, my order 77812 arrived broken, the lamp from order 77790 is fine.'
Pull the dates out: The kickoff is 4 March, the review is 18 April and the launch is 2 June.
Name, company and role from this: 'Best, Tom Becker | VP Engineering | Fabrikam GmbH'
Which of these sentences are questions? I am here. Are you coming? Close the door. Why not?
Get the URLs from this text: see https://example.com/a and http://test.org/b for details.
How many items and what total are on this receipt? Apples 2.00, Milk 1.20, Bread 2.50
Make a JSON object of the flight details: LH 454 from Frankfurt to San Francisco, departing 13:05 on 9 May, seat 32C.
List the ingredients from this recipe text: Whisk two eggs with 100 ml milk, add 50 g flour and a pinch of salt.
Which people in this paragraph are doctors? Dr. Lee treated Anna, while Mark, a nurse, called Dr. Osei.
Give me the error codes and timestamps from these logs: 10:01 E42 disk full; 10:05 W11 slow; 10:09 E17 timeout.
Is the sentiment of this tweet positive or negative? 'Worst airline ever, lost my bag again.'
Extract the skills from this CV snippet: 5 years Python, AWS certified, fluent German, team lead.
""",
    "summarization": """
Can you give me the short version of this? The board met on Tuesday and agreed to postpone the merger until the audit is complete, citing concerns about the target's accounting practices and pending litigation in two states.
Too long, didn't read. What's this about: the city will close the bridge for repairs from June to September, buses will be rerouted, and ferries will run every 20 minutes at peak times.
Summarize the plot of Hamlet in three sentences.
Give me a 2-line summary of this paragraph for a slide: Our customer satisfaction rose to 87% after we introduced live chat, but response times during weekends remain above our 5-minute target.
What are the key points from this update? Hiring is frozen until Q3, travel needs VP approval, and the office moves in October.
Please condense these notes into a short paragraph: - outage 2h - root cause expired cert - fix: automate renewal - owner: ops
Explain in a nutshell what this article says: Scientists have found that octopuses can edit their own RNA to adapt to cold water.
Can you reduce this to bullet points? We tested three vendors. A was cheapest but slow. B was fast but expensive. C balanced both and had the best support.
""",
    "translation": """
how do you say 'cheers' in Japanese
What does 'Schadenfreude' mean in English?
Can you help me write this in French for my neighbour: 'Sorry for the noise last night, we had a party.'
I need the German for 'the invoice is attached'.
Is 'je suis plein' the right way to say I'm full in French? If not, what should I say?
Translate the menu items into English: tortilla de patatas, gambas al ajillo, pulpo a la gallega.
put this into polite Japanese: please wait a moment
Turn this English into Brazilian Portuguese: we will arrive late, start without us.
What's 'Wie spät ist es?' in English?
Could you translate my cover letter's first line into Spanish: I am excited to apply for the role of data analyst.
""",
}


def handwritten_rows() -> list[dict]:
    return [{"label": label, "messages": [{"role": "user", "content": line.strip()}]}
            for label, text in HANDWRITTEN.items() for line in text.strip().splitlines() if line.strip()]

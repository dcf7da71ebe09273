"""The longer texts users paste into the summarization prompts, kept here so prompts_summarization.py
stays readable. All written by hand for this set; names, places and companies are invented."""

TOWN_HALL = """[Transcript, Millbrook town hall, Tuesday 7pm, auto-generated captions, lightly cleaned]

CHAIR (Denise Ortega): Okay, let's start. Three things tonight: the bus route, the library hours, and the skate park. I'll try to keep us to an hour.

DENISE: First, the 14 bus. As most of you know the county wants to cut the evening runs after 7pm because ridership dropped. Tom from the transit office is here.

TOM BREWER: Thanks Denise. So the numbers are, the last three evening runs carry on average six people. The county says it can't justify it. What we're proposing instead is an on-demand van you book by phone or app, same fare, runs until 10pm.

RESIDENT (woman, didn't give name): My mother doesn't use apps. She's 81.

TOM: Understood, there'll be a phone line, staffed, not a robot.

RESIDENT (Gary Fisk): How long's the wait for this van? Because if it's 45 minutes in January that's not a bus, that's a punishment.

TOM: The target is 20 minutes. We'll publish the actual waits monthly. If it's not working we can bring the evening runs back at the next budget cycle.

DENISE: Let's take a show of hands, just advisory... looks like maybe two thirds in favour of trying it, with the monthly reporting. Okay, noted.

DENISE: Second, library. Marisol?

MARISOL KHAN (head librarian): So good news and bad news. Good news, we got the state grant for the new children's section, work starts in March. Bad news, during the work, about ten weeks, we'll have to close on Mondays and close at 5 instead of 8 on Thursdays. The homework club moves to the community centre for those weeks.

RESIDENT (teenager, Jaylen): Is the wifi at the community centre going to be fixed? Because right now it's basically not there.

MARISOL: I've been promised it'll be upgraded before we move.

DENISE: Third, skate park. The petition got 412 signatures. The council's position is we support it in principle but we don't have a site. The old tennis courts behind the fire station came up.

RESIDENT (Linda Park): I live right next to those courts. Noise until ten at night, no thank you.

RESIDENT (Jaylen): We'd take closing at 8. We just want somewhere that's not the supermarket car park.

DENISE: I'm hearing a possible compromise. I'll ask the parks committee to look at the tennis courts with an 8pm closing and a noise check after six months, and report back at the April meeting. Nothing's decided tonight.

DENISE: Anything else? ... Okay. Next meeting is April 15th. Thanks everyone, drive safe."""

SSO_THREAD = """#cust-escalations, thread on "Halvorsen Shipping can't log in (SSO)"

Priya (CSM) 09:12: Heads up, Halvorsen Shipping (enterprise, 1,400 seats) says nobody in their Oslo office can log in since this morning. Bergen office is fine. They're on Okta SSO.
Marcus (Support L2) 09:20: Got their HAR file. Login redirects to Okta fine, Okta sends the user back, then our side says "assertion expired". Only for Oslo users.
Priya 09:21: Anything change on our side?
Ines (SRE) 09:34: Nothing deployed to auth since Thursday. Checking the clock skew alerts just in case.
Marcus 09:40: Their admin says Oslo moved to a new office network on Saturday, new proxy.
Ines 09:52: Interesting. Our logs show the assertions from Oslo arriving 6-7 minutes after they were issued. Bergen ones arrive within a second. Our tolerance is 3 minutes.
Priya 09:55: So it's their proxy holding requests?
Ines 10:03: Or their proxy's clock is off and it's re-signing or rewriting timestamps. Either way it's not us, but we could raise the tolerance as a stopgap.
Dan (Eng manager, auth) 10:10: I don't want to raise tolerance globally, that's a security setting. We can do a per-tenant override for 48h if the customer asks in writing.
Priya 10:14: Asking them now. They have a board demo at 2pm so they'll want anything.
Marcus 10:31: Their admin confirmed the proxy box shows a time 6 min behind. They're fixing NTP on it but their network vendor can't come until tomorrow.
Priya 10:33: They've sent the written request for the override. Forwarding to Dan.
Dan 10:41: Approved. Ines, please set the tenant override to 10 minutes, expiry Thursday 10:00, and put a calendar reminder to confirm it's removed.
Ines 10:52: Done. Oslo users can log in again, verified with their admin on a call.
Priya 10:55: Amazing, thank you all. I'll send them a summary and remind them the override expires Thursday.
Marcus 11:02: I'll keep the ticket open until they confirm NTP is fixed.
Dan 11:05: And let's add "proxy clock skew" to the SSO troubleshooting doc, this is the second time this quarter."""

DORFLADEN = """Unser Dorfladen wird fünf – eine Bilanz

Als im Frühjahr 2020 der letzte Supermarkt in Oberhaslach schloss, hätte kaum jemand gedacht, dass das Dorf fünf Jahre später wieder einen eigenen Laden hat, und zwar einen, der den Bewohnerinnen und Bewohnern selbst gehört. Rund 230 Menschen haben damals Anteile von je 250 Euro gezeichnet und so die Genossenschaft „Unser Laden Oberhaslach eG“ gegründet.

Heute arbeiten zwei Festangestellte und etwa 25 Ehrenamtliche im Laden. Das Sortiment ist klein, aber durchdacht: Brot vom Bäcker aus dem Nachbarort, Milch und Käse vom Hof Lindner, Obst und Gemüse je nach Saison von drei Betrieben aus der Umgebung, dazu das Nötigste an Drogerieartikeln. Besonders beliebt ist die kleine Kaffeeecke, in der sich vor allem ältere Kundinnen und Kunden am Vormittag treffen.

Leicht war der Weg nicht. Im zweiten Jahr stiegen die Energiekosten so stark, dass die Genossenschaft kurz vor der Schließung stand. Eine Spendenaktion und eine Erhöhung der Anteile durch viele Mitglieder retteten den Laden. Seitdem schreibt er eine kleine schwarze Null.

Vorstandsmitglied Heike Brandl sieht die größte Herausforderung inzwischen bei den Ehrenamtlichen: „Viele, die von Anfang an dabei sind, sind über siebzig. Wir brauchen dringend Jüngere, auch wenn es nur zwei Stunden im Monat sind.“ Die Genossenschaft plant deshalb, Schichten künftig über eine App zu vergeben und Schülerinnen und Schülern ein kleines Taschengeld zu zahlen.

Zum Jubiläum am 14. Juni gibt es ein Fest auf dem Dorfplatz, mit Musik des örtlichen Posaunenchors und Kuchen, den – wie sollte es anders sein – Ehrenamtliche gebacken haben."""

DRONE_PODCAST = """[Episode 88 of "Dirt & Data", transcript excerpt]

HOST (Kemi): Welcome back. Today I'm talking to Arturo Vidal, who grows almonds and some table grapes on about 60 hectares outside Lleida, and who started using drones three years ago, mostly, he says, out of stubbornness.

ARTURO: (laughs) Yes, because my neighbour said it was a toy for rich farms. And he was half right. The first year I spent more time fixing the drone than flying it.

KEMI: What were you actually using it for at the start?

ARTURO: Only for looking. Flying over the rows after a storm to see where the water stayed, where the wind broke branches. Before, I walked it, and 60 hectares is a lot of walking when you're 58.

KEMI: And now?

ARTURO: Now we have a second drone with a multispectral camera, and every two weeks in the season we map the orchard. You see stress in the trees before your eyes can see it. Last summer we found a broken irrigation line in a block at the far end, maybe ten days before the leaves would have told us. That one block paid for the camera, I think.

KEMI: Are you spraying with drones too? That's the thing everyone asks.

ARTURO: We tried. In Spain the rules are strict, you need permissions and for most products it's not allowed yet. And honestly, with the wind we get in the afternoon, I don't love it. We do only small spot treatments, where the rules allow, in the early morning.

KEMI: What would you tell a small farmer listening who's curious but nervous about the cost?

ARTURO: Three things. First, don't buy the expensive one first. Learn on a cheap one, crash it, it's fine. Second, the drone is the easy part, the hard part is what you do with the maps. If you don't have time to look at them, don't buy it. Third, talk to your cooperative. Ours now has a shared drone and a young guy, Pau, who flies for ten farms. That's probably the future for small farms, sharing, not everybody owning one.

KEMI: And your neighbour?

ARTURO: He calls Pau now. He doesn't call it a toy anymore. (laughs)

KEMI: Arturo, thank you. After the break, we'll talk about the new EU soil monitoring rules, which, spoiler, a lot of you have opinions about."""

WAREHOUSE_MEMO = """MEMO - Confidential
To: Board of Directors
From: Operations (R. Castellano)
Re: Proposal to consolidate the Dunmore warehouse into Carrow Park

Background. We currently run two warehouses 40 km apart. Dunmore (built 1987) handles bulky items and about 35% of our order volume. Carrow Park (2016) handles everything else and has roughly 30% unused floor space since we moved to denser shelving last year.

Proposal. Close Dunmore by the end of Q3 next year and move its stock and staff to Carrow Park. Bulky items would go into the unused space after we install two additional loading bays.

Why now. Dunmore's lease renewal is due in 14 months and the landlord has signalled a large increase. The roof also needs replacing, which under the lease would partly fall on us. Running one site would simplify inventory: today about 8% of orders are split across both warehouses and shipped in two parcels, which customers complain about and which costs us twice.

Risks. Some Dunmore staff live far from Carrow Park; we expect some to leave. We propose a transport allowance for 12 months and offering every Dunmore employee a role. A move during peak season would be dangerous, so the timeline avoids Q4. Finally, Carrow Park would have less spare capacity for growth; if volumes grow faster than 15% a year, we would need a new site within four years.

Alternatives considered. Renewing the Dunmore lease and repairing the roof; moving bulky items to a third-party logistics provider. Both were more expensive over five years in our estimates (appendix B), and the 3PL option worsens delivery times for bulky items.

Ask. Approval to begin detailed planning and to start staff consultation in January."""

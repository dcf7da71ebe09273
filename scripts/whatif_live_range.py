"""Records a range of real traffic on the running stack for a what-if report.

    .venv/bin/python scripts/whatif_live_range.py [--gateway http://127.0.0.1:8080] [--rounds 6]

Signs up three customers, sends `model: "auto"` chats and messages of every task
kind (plus some named-model requests, which a what-if never re-routes) through the
gateway, then makes the third customer object to processing, so the report must
leave that customer out. Prints the --from/--to range to pass to
`gammainfra routing what-if`. Only the stack's own fake providers answer (no keys
set), so nothing leaves the machine.
"""

from __future__ import annotations

import argparse
import asyncio
import datetime as dt
import itertools
import uuid

import aiohttp

# One prompt per task kind, phrased as a customer would; the label is the gateway's to find.
PROMPTS = [
    "Write a Python function that merges two sorted lists without using sort().",
    "My Go service panics with 'assignment to entry in nil map' - what is wrong with `var m map[string]int; m[\"a\"] = 1`?",
    "hey! how was your weekend? any tips for staying motivated on mondays?",
    "What would you say makes a good manager, in your opinion?",
    "Solve for x: 3x^2 - 12x + 9 = 0. Show the steps.",
    "A train leaves at 14:10 and travels 210 km at 84 km/h. When does it arrive?",
    "Three friends each lie or tell the truth. Ana says Ben lies; Ben says Cy lies; Cy says both lie. Who tells the truth?",
    "If every committee member who votes yes also signed the petition, and Dana did not sign, what can we conclude about Dana's vote?",
    "Write a short poem about a lighthouse keeper who talks to the fog.",
    "Give me five slogans for a bakery that only opens at night.",
    "From this email, return JSON with sender, date and invoice number: 'Hi, this is Mia Park. Invoice INV-2291 dated 3 March is attached.'",
    "Extract every phone number and city from: 'Call Lyon on +33 4 72 00 00 00 or Porto on +351 22 000 0000.'",
    "Translate into German: 'The meeting moved to Thursday because the room was double-booked.'",
    "Traduis en anglais : « Nous avons livré la nouvelle version hier soir. »",
    "Summarize this in two sentences: The council met for three hours. It approved the new bike lanes, delayed the "
    "parking reform to spring, and asked the transit office for a cost study of night buses before any vote.",
    "TL;DR of these meeting notes please: budget is frozen until Q3; hiring continues for two roles; the offsite moves to May.",
]
NAMED = [{"model": "openai/gpt-4o-mini"}, {"model": "anthropic/claude-3.5-haiku"}]


async def signup(http: aiohttp.ClientSession, gateway: str, n: int) -> str:
    body = {"email": f"whatif-{n}-{uuid.uuid4().hex[:8]}@example.com", "name": f"what-if demo {n}"}
    async with http.post(f"{gateway}/v1/account/signup", json=body) as resp:
        resp.raise_for_status()
        return (await resp.json())["api_key"]


async def send(http: aiohttp.ClientSession, gateway: str, key: str, prompt: str, model: dict, shape: str) -> int:
    messages = [{"role": "user", "content": prompt}]
    if shape == "messages":
        url, body = f"{gateway}/v1/messages", {**model, "max_tokens": 256, "messages": messages}
    else:
        url, body = f"{gateway}/v1/chat/completions", {**model, "messages": messages}
    async with http.post(url, json=body, headers={"Authorization": f"Bearer {key}"}) as resp:
        await resp.read()
        return resp.status


async def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--gateway", default="http://127.0.0.1:8080")
    parser.add_argument("--rounds", type=int, default=6, help="passes over the prompts per customer")
    args = parser.parse_args()
    start = dt.datetime.now(dt.timezone.utc).replace(microsecond=0)
    statuses: dict[int, int] = {}
    async with aiohttp.ClientSession() as http:
        keys = [await signup(http, args.gateway, n) for n in range(3)]
        shapes = itertools.cycle(["chat", "chat", "messages"])
        for _ in range(args.rounds):
            for key, prompt in itertools.product(keys, PROMPTS):
                status = await send(http, args.gateway, key, prompt, {"model": "auto"}, next(shapes))
                statuses[status] = statuses.get(status, 0) + 1
            for key, model in itertools.product(keys, NAMED):
                status = await send(http, args.gateway, key, PROMPTS[0], model, "chat")
                statuses[status] = statuses.get(status, 0) + 1
        async with http.patch(f"{args.gateway}/v1/account", json={"processing_objection": True},
                              headers={"Authorization": f"Bearer {keys[2]}"}) as resp:
            resp.raise_for_status()
    end = dt.datetime.now(dt.timezone.utc).replace(microsecond=0) + dt.timedelta(seconds=1)
    print(f"statuses: {statuses}")
    print(f"--from {start.isoformat().replace('+00:00', 'Z')} --to {end.isoformat().replace('+00:00', 'Z')}")


if __name__ == "__main__":
    asyncio.run(main())

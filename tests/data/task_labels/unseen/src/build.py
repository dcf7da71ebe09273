import json, collections, sys, os
sys.path.insert(0, os.path.dirname(__file__))
from common import VALID
mods = ["translation","summarization","extraction","creative","math","code","reasoning","chat"]
allex = []
for m in mods:
    mod = __import__("ex_" + m)
    allex.extend(mod.EX)
out = os.path.join(os.path.dirname(__file__), "..", "holdout_unseen.jsonl")
with open(out, "w", encoding="utf-8") as f:
    for e in allex:
        f.write(json.dumps({"label": e["label"], "messages": e["messages"]}, ensure_ascii=False) + "\n")
# stats
lab = collections.Counter(e["label"] for e in allex)
lang = collections.Counter(e["_lang"] for e in allex)
ctx = collections.Counter(e["label"] for e in allex if len(e["messages"]) > 1)
sysc = sum(1 for e in allex if e["messages"][0]["role"] == "system")
mt = sum(1 for e in allex if sum(m["role"] == "user" for m in e["messages"]) > 1)
print("labels", dict(lab)); print("lang", dict(lang))
print("with context per label", dict(ctx), "total", sum(ctx.values()))
print("with system", sysc, "multi-user-turn", mt)
print("non-en by label", dict(collections.Counter(e["label"] for e in allex if e["_lang"] != "en")))

"""Natural creative requests, seventh batch (see __init__.py): short asks for names, poems, slogans and stories
in many languages."""

ONE_LINERS = """
name ideas for a pet hamster?
slogan for a gym, go
a two-line poem about coffee
给我的新书起个书名。
给奶茶店写一句广告语。
写一个关于月亮的童话故事。
新しいカフェの名前を考えて。
恋の短い詩を書いてください。
اكتب قصيدة قصيرة عن المطر في المدينة.
اقترح أسماء لمتجر زهور.
मेरी बेकरी के लिए एक नारा सुझाओ।
Придумай название для кофейни.
Напиши короткое стихотворение о зиме.
Napisz krótki wiersz o jesieni.
Schrijf een grappig gedichtje voor de verjaardag van mijn oma.
Kısa bir aşk şiiri yaz.
Skriv en kort berättelse om en drake.
Trouve trois noms rigolos pour un chat roux.
Dame ideas de nombres para un food truck de tacos.
Denk dir einen Werbespruch für ein Fahrradgeschäft aus.
Invente uma história curta sobre um robô solitário.
Inventa un titolo per un romanzo giallo ambientato a Napoli.
"""
LONG = []
CHATS = [
    (None, ["hi", "Hello!", "name my sourdough starter, something punny"]),
]

"""Natural translation requests, seventh batch (see __init__.py): short asks — "what does X mean", "how do
you say X" — in many languages, where the request is a few words."""

ONE_LINERS = """
"merci beaucoup" in english?
what does "schadenfreude" mean in english
"obrigado" means what
how do u say cheers in swedish
Что значит "serendipity" по-русски?
"hygge" 用中文怎么说？
「いただきます」は英語で何と言いますか？
"Namaste" का अंग्रेज़ी में क्या मतलब है?
ما معنى كلمة "بالتوفيق" بالإنجليزية؟
Jak powiedzieć "dzień dobry" po hiszpańsku?
Hoe zeg je "thank you" in het Duits?
Cosa significa "saudade" in italiano?
Qué significa "cheers" en español?
Was bedeutet "awkward" auf Deutsch?
Que signifie « Feierabend » en français ?
O que quer dizer "weekend" em português?
¿Cómo se dice "mariposa" en francés?
Nasıl denir "good luck" Türkçe?
"안녕하세요" 영어로 뭐예요?
Dịch sang tiếng Anh: Tôi đang học tiếng Việt.
Μετάφρασε στα ελληνικά: good evening
Oversæt til engelsk: Jeg elsker kaffe.
Käännä englanniksi: Hyvää huomenta.
Přelož do angličtiny: Dobrou noc.
把“欢迎光临”翻译成英文
英語に訳して：ありがとうございました
ترجم إلى الفرنسية: صباح الخير
हिंदी में अनुवाद करो: See you tomorrow.
Переведи на английский: Где ближайшая аптека?
gimme the spanish for "I'm lost"
"lekker" — english word for that?
in german pls: happy new year
"""
LONG = []
CHATS = [
    (None, ["hi", "Hello!", "what does 'ojalá' mean"]),
    ("You are a helpful assistant.", ["quick q", "Sure?", "'kiitos' in english?"]),
]

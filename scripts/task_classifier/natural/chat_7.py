"""Natural chat requests, seventh batch (see __init__.py): short small talk and everyday advice in many
languages."""

ONE_LINERS = """
howdy
sup, anything fun happening?
how was your weekend
Привет! Чем занимаешься вечером?
Мне скучно, поболтай со мной.
Cześć! Jak minął ci dzień?
Hoi! Hoe gaat het met je?
Merhaba! Bugün hava çok güzel, değil mi?
你最喜欢什么电影？
今天好累啊，陪我聊会儿天吧。
今日はいい天気ですね！
最近ハマってることある？
مرحبا، كيف حالك اليوم؟
أشعر بالملل، هل لديك اقتراح لفيلم؟
क्या हाल है दोस्त?
आज मूड खराब है, कोई मज़ेदार बात बताओ।
Hej! Vad gör du i helgen?
Xin chào, bạn khỏe không?
any tips to stay focused when working from home?
what's a good board game for 4 people?
"""
LONG = []
CHATS = [
    (None, ["hi", "Hello!", "what are you up to?"]),
]

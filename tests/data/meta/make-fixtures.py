#!/usr/bin/env python3
# Writes the Messenger and Instagram fixtures of this folder (README.md).
import datetime
import json


def moji(s):
    """Meta's escaping: every UTF-8 byte as its own \\u00XX escape."""
    return s.encode('utf-8').decode('latin-1')


def dump(path, obj):
    with open(path, 'w') as f:
        f.write(json.dumps(obj, indent=2, ensure_ascii=True))
        f.write('\n')


def ms(y, mo, d, h, mi):
    t = datetime.datetime(y, mo, d, h, mi, tzinfo=datetime.timezone.utc)
    return int(t.timestamp() * 1000)


parts = [{"name": moji("Acme Bank")}, {"name": moji("Анна Петрова")}]
thread = {"title": "Acme Bank", "is_still_participant": True,
          "thread_path": "inbox/acmebank_10158", "thread_type": "Regular"}
# newest first in each file; message_2.json holds the older ones
m2 = dict(thread, participants=parts, messages=[
    {"sender_name": "Acme Bank", "timestamp_ms": ms(2026, 11, 16, 9, 5),
     "content": moji("Здравствуйте, Анна! Ваше обращение № 55120 "
                     "зарегистрировано. Мы вернём деньги в течение 3 "
                     "рабочих дней."),
     "type": "Generic"},
    {"sender_name": moji("Анна Петрова"),
     "timestamp_ms": ms(2026, 11, 16, 8, 40),
     "content": moji("Добрый день! С карты дважды списали 1 990 ₽ за один "
                     "заказ, верните, пожалуйста, лишнее списание."),
     "type": "Generic"},
])
m1 = dict(thread, participants=parts, messages=[
    {"sender_name": moji("Анна Петрова"),
     "timestamp_ms": ms(2026, 11, 25, 7, 30),
     "content": moji("Прошло уже больше трёх рабочих дней, деньги так и не "
                     "вернули. Прошу назвать срок."),
     "type": "Generic",
     "reactions": [{"reaction": moji("😡"), "actor": moji("Анна Петрова")}]},
    {"sender_name": "Acme Bank", "timestamp_ms": ms(2026, 11, 18, 12, 0),
     "share": {"link": "https://help.example.com/refunds",
               "share_text": moji("Как вернуть деньги за двойное списание")},
     "type": "Share"},
    {"sender_name": moji("Анна Петрова"),
     "timestamp_ms": ms(2026, 11, 18, 11, 50),
     "photos": [{"uri": "messages/inbox/acmebank_10158/photos/statement_1.jpg",
                 "creation_timestamp": 1795000000}],
     "type": "Generic"},
    {"sender_name": moji("Анна Петрова"),
     "timestamp_ms": ms(2026, 11, 18, 11, 49),
     "content": moji("Вот выписка."), "is_unsent": False, "type": "Generic"},
])
dump('messenger/inbox/acmebank_10158/message_1.json', m1)
dump('messenger/inbox/acmebank_10158/message_2.json', m2)

ig = {"participants": [{"name": "ShopFix"}, {"name": "Sam Green"}],
      "messages": [
          {"sender_name": "ShopFix", "timestamp_ms": ms(2026, 11, 20, 15, 0),
           "content": "We are unable to replace the phone, as the warranty "
                      "does not cover it.",
           "is_geoblocked_for_viewer": False},
          {"sender_name": "Sam Green",
           "timestamp_ms": ms(2026, 11, 20, 14, 30),
           "content": "Hi, my phone from order 88123 stopped charging after "
                      "a week. Can you replace it?",
           "is_geoblocked_for_viewer": False}],
      "title": "ShopFix", "is_still_participant": True,
      "thread_path": "inbox/shopfix_2231", "magic_words": []}
dump('instagram/your_instagram_activity/messages/inbox/shopfix_2231/'
     'message_1.json', ig)

old = [{"participants": ["sam.green", "shopfix"], "conversation": [
    {"sender": "shopfix", "created_at": "2019-03-02T10:15:30.123456+00:00",
     "text": "Thanks, your case 7781 is with our team, we will reply "
             "within 2 days."},
    {"sender": "sam.green", "created_at": "2019-03-02T10:01:02.000001+00:00",
     "text": "My order never arrived."},
    {"sender": "shopfix", "created_at": "2019-03-02T10:00:30+00:00",
     "heart": moji("❤️")},
    {"sender": "sam.green", "created_at": "2019-03-02T10:00:00+00:00",
     "media_share_url": "https://example.com/p/abc",
     "media_share_caption": "The order page"},
]}, {"participants": ["sam.green", "friend"], "conversation": []}]
dump('instagram-2019/messages.json', old)
